HEADER = """# Hand annotation of audit/unseen15_en (10 real English articles, fifteenth English held-out set for issue 17), made
# without running recoupe and without reading its code or tests. Conventions: audit/unseen_README.md and the READMEs
# of unseen3_en to unseen14_en (same as the earlier sets); what this set decided beyond them is in
# audit/unseen15_en/README.md. Every row carries `start`/`end`: character offsets of `text` in the file as read in
# Python (UTF-8, title line included); `occurrence` counts whole-token matches of `text` (a number inside a longer
# number does not count). Claims' `start` is the offset of `sentence_start`.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "gold_tools"))
from rows_en import C, F, P, claims, figures, places  # noqa: E402,F401

NG, SD, NZ, SB, AU, AF, US, MW, KY, BF, ML, NE = (2328926, 366755, 2186224, 2103350, 2077456, 1149361, 6252001,
                                                  927384, 3580718, 2361809, 2453866, 2440476)

# ------------------------------------------------------------------ 001 Olisa.tv (NG): gunmen attack a wedding party at Kukum Daji, Kaduna State, July 2020
f = "001_olisa.txt"
YT = ["Yashen Titus", "Mr. Yashen Titus", "Titus", "the President of the Community’s Development Association",
      "Community’s Development Association"]
MJ = ["Muhammad Jalige", "ASP Muhammad Jalige", "Jalige", "The Police Public Relations Officer in the state",
      "Police Public Relations Officer", "police"]
F(f, "19", 19, "exact", "person", facet="killed", note="title")
F(f, "no fewer than 19", 19, "at_least", "person", facet="killed")
F(f, "17", 17, "exact", "person", facet="died instantly", source="Yashen Titus", alt=YT)
F(f, "32", 32, "exact", "person", facet="injured (rushed to hospitals)", source="Yashen Titus", alt=YT)
F(f, "two", 2, "exact", "person", facet="died in hospital", source="Yashen Titus", alt=YT)
C(f, "Speaking on the tragic incident", "Yashen Titus", "confirmed", alt=YT)
C(f, "“The attackers were heavily armed.", "Yashen Titus", "(quote after 'confirmed the incident', four sentences)",
  alt=YT, note="the quote has no tag of its own; it follows Titus's sentence and is his")
C(f, "“As I speak, some of the villagers", "Yashen Titus", "(quote continued)", alt=YT)
C(f, "The Police Public Relations Officer in the state", "Muhammad Jalige",
  "confirmed the incident and said the number of causalities is yet to be ascertained", stance="cannot_confirm",
  alt=MJ, alt_stance="asserts", note="confirms the attack, not the toll (\"causalities\" sic)")
C(f, "“Yes, there was an attack on Kukum Daji", "Muhammad Jalige", "he said", alt=MJ,
  note="the attack itself confirmed")
C(f, "The area has been fortified, but we are yet to confirm", "Muhammad Jalige", "(quote continued) he said",
  stance="cannot_confirm", alt=MJ, note="\"we are yet to confirm the number of casualty\"")
P(f, "Kaduna", "Kaduna State", "region", note="title \"Bloodbath in Kaduna\": the state, as in the body; the city is 2335727")
P(f, "Kukum Daji", "Kukum Daji", "other", note="village")
P(f, "Kaura", "Kaura", "region", note="\"Kaura Local Government Area\" (unseen8_en's rule: an LGA is its name, a region)")
P(f, "Kaduna State", "Kaduna State", "region")
P(f, "Kukum Daji", "Kukum Daji", "other", note="\"Kukum Daji Village\", in the police officer's quote")
P(f, "Kaura", "Kaura", "region", note="\"Kaura Local Government area\"")

# ------------------------------------------------------------------ 002 Sun Journal (US; AP text): Sudan disputes the WHO's Darfur toll, October 2004
f = "002_sunjournal.txt"
SG = ["Sudan", "Sudanese government", "Sudan’s government", "The government", "government", "Mohammed Yusuf Ibrahim"]
MI = ["Mohammed Yusuf Ibrahim", "Ibrahim", "state minister at the ministry of humanitarian affairs", "government minister",
      "a government minister", "ministry of humanitarian affairs", "Sudan"]
WHO = ["World Health Organization", "WHO", "the World Health Organization", "U.N. health agency", "U.N.", "U.N. report"]
DN = ["David Nabarro", "Dr. David Nabarro", "Nabarro", "WHO’s head of crisis operations", "WHO", "World Health Organization"]
F(f, "70,000", 70000, "exact", "person", facet="died in refugee camps (U.N. report)", source="Sudan",
  alt=SG + WHO + [None], note="the U.N. report's figure, relayed in the sentence where Sudan disputes it (unseen3_fr's rule)")
F(f, "more than 7,000", 7000, "at_most", "person", facet="died (government minister's ceiling)",
  source="Mohammed Yusuf Ibrahim", alt=MI, note="\"couldn’t be more than 7,000\": a negated amount is a ceiling")
F(f, "at least 70,000", 70000, "at_least", "person", facet="died in the camps", source="World Health Organization", alt=WHO)
F(f, "less than 10 percent", 10, "at_most", "percent", kind="percent", facet="real number as a share of the WHO estimate",
  source="Mohammed Yusuf Ibrahim", alt=MI)
F(f, "32 weeks", 32, "exact", "week", kind="duration", source="Mohammed Yusuf Ibrahim", alt=MI)
F(f, "half", 0.5, "exact", "share (of the $300 million received)", source="David Nabarro", alt=DN, borderline=True,
  note="\"only received half of the $300 million\": a fraction of an amount")
F(f, "$300 million", 300e6, "exact", "dollar", kind="money", facet="needed by the United Nations", source="David Nabarro", alt=DN)
F(f, "19-month", 19, "exact", "month", kind="duration", note="\"a 19-month rebellion\"")
F(f, "around 200", 200, "approx", "policeman", facet="killed (government's only toll)", source="Sudan", alt=SG)
C(f, "Sudan denies UN reports", "Sudan", "denies (title)", stance="denies", alt=SG)
C(f, "KHARTOUM, Sudan (AP) – Sudan disputed", "Sudan", "disputed", stance="denies", alt=SG)
C(f, "KHARTOUM, Sudan (AP) – Sudan disputed", "Mohammed Yusuf Ibrahim", "insisting", stance="denies", alt=MI,
  note="\"a government minister insisting Saturday that the number couldn’t be more than 7,000\" (named in the third paragraph)")
C(f, "KHARTOUM, Sudan (AP) – Sudan disputed", "U.N. report", "saying", alt=WHO, borderline=True,
  note="the disputed report, relayed as the object of Sudan's dispute")
C(f, "On Friday, the World Health Organization estimated", "World Health Organization", "estimated", alt=WHO)
C(f, "Mohammed Yusuf Ibrahim, state minister", "Mohammed Yusuf Ibrahim", "disputed", stance="denies", alt=MI)
C(f, "“This report is totally wrong", "Mohammed Yusuf Ibrahim", "he told The Associated Press", stance="denies", alt=MI)
C(f, "He said the real number was less than 10 percent", "Mohammed Yusuf Ibrahim", "said", stance="denies", alt=MI,
  alt_stance="asserts", note="gives a ceiling against the WHO's figure")
C(f, "He cited Sudanese government reports.", "Mohammed Yusuf Ibrahim", "cited", alt=MI, borderline=True,
  note="names his sources rather than stating a fact")
C(f, "“The reports we have here speak", "Mohammed Yusuf Ibrahim", "he said", stance="denies", alt=MI,
  note="\"nowhere could we see what they were talking about\"")
C(f, "He would not elaborate on the government reports", "Mohammed Yusuf Ibrahim", "would not elaborate ... or give more specific numbers",
  stance="cannot_confirm", alt=MI, note="a refusal to give numbers (unseen11_en's rule)")
C(f, "Dr. David Nabarro, WHO’s head of crisis operations", "David Nabarro", "said", alt=DN)
C(f, "“We are running on a threadbare", "David Nabarro", "he said", alt=DN)
C(f, "He said the United Nations has only received half", "David Nabarro", "said", alt=DN)
C(f, "The government denies supporting the militias", "Sudan", "denies; has called ... exaggerated", stance="denies",
  alt=SG, note="\"Sudan’s government is accused ...\" before it is impersonal: no claim")
C(f, "The only death toll it has provided", "Sudan", "it said", alt=SG)
P(f, "Sudan", "Sudan", "country", SD, note="title")
P(f, "KHARTOUM", "Khartoum", "city", 379252, note="dateline")
P(f, "Sudan", "Sudan", "country", SD, note="dateline \"KHARTOUM, Sudan (AP)\"")
P(f, "Sudan", "Sudan", "country", SD, note="\"Sudan disputed\" (the government)")
P(f, "Darfur", "Darfur", "region", note="\"western Darfur province\"")
P(f, "Darfur", "Darfur", "region", note="in Nabarro's quote")
P(f, "Sudan", "Sudan", "country", SD, note="\"Sudan’s government\"; \"Sudanese\" is a demonym: no row")
P(f, "Darfur", "Darfur", "region")

# ------------------------------------------------------------------ 003 Pacific Islands Report (AFP text): ethnic tension on Guadalcanal, Solomon Islands, June 1999
f = "003_pireport.txt"
DM = ["diplomatic and media sources", "diplomatic sources", "media sources", "sources"]
POL = ["Police", "police", "Solomon Islands police"]
F(f, "Two", 2, "exact", "person", facet="killed", source="diplomatic and media sources", alt=DM)
F(f, "thousands", None, "vague", "person", facet="driven out of villages", source="diplomatic and media sources", alt=DM)
F(f, "two", 2, "exact", "person", facet="killed (an old man and a boy)", source="Unconfirmed reports",
  alt=["reports", None], note="\"the two killed\": the same two; \"a five year old boy\" is an age: no row")
F(f, "two", 2, "exact", "person", facet="killed (confirmed by police)", source="Police", alt=POL)
F(f, "two", 2, "exact", "person", facet="killed (their origin)", source="Sources", alt=["sources", None] + DM,
  note="\"the two came from an area of Malaita\"")
F(f, "1,005", 1005, "exact", "worker", facet="brought into the capital (with their families)",
  source="Solomon Islands Plantations, Ltd.", alt=["Solomon Islands Plantations", "Solomon Islands Plantations, Ltd"])
F(f, "10,000", 10000, "exact", "refugee", facet="flow could rise to (forecast)", source="Village sources",
  alt=["village sources", "sources"])
C(f, "AUCKLAND, New Zealand (June 14, 1999", "diplomatic and media sources", "said", alt=DM)
C(f, "Unconfirmed reports say the two killed", "Unconfirmed reports", "say", alt=["reports"], borderline=True,
  note="unnamed reports (unseen14_en's \"Reports further revealed\")")
C(f, "Both Australia and New Zealand have warned", "Australia", "have warned", alt=["Australian government"],
  borderline=True, note="a travel warning, an advice more than a statement")
C(f, "Both Australia and New Zealand have warned", "New Zealand", "have warned", alt=["New Zealand government"],
  borderline=True, note="a travel warning, an advice more than a statement")
C(f, "Police have only confirmed that two people", "Police", "have only confirmed ... but will not give details",
  alt=POL, alt_stance="cannot_confirm", note="confirm the two deaths, refuse details")
C(f, "Sources say the two came from", "Sources", "say", alt=["sources"] + DM)
C(f, "The main hospital in Honiara is being", "officials", "said", alt=["hospital officials"])
C(f, "They would give no other details.", "officials", "would give no other details", stance="cannot_confirm",
  alt=["hospital officials"], borderline=True, note="a refusal to say more, with no figure asked for")
C(f, "Solomon Islands Plantations, Ltd. announced", "Solomon Islands Plantations, Ltd.", "announced",
  alt=["Solomon Islands Plantations", "Solomon Islands Plantations, Ltd"])
C(f, "Village sources said the refugee flow", "Village sources", "said", alt=["village sources", "sources"])
P(f, "Solomon Islands", "Solomon Islands", "country", SB, note="title")
P(f, "AUCKLAND", "Auckland", "city", 2193733, note="dateline")
P(f, "New Zealand", "New Zealand", "country", NZ, note="dateline")
P(f, "Guadalcanal", "Guadalcanal", "other", note="island")
P(f, "Solomon Islands", "Solomon Islands", "country", SB)
P(f, "Malaita Island", "Malaita", "other", note="island")
P(f, "Guadalcanal", "Guadalcanal", "other", note="\"men from Guadalcanal\"")
P(f, "Guadalcanal", "Guadalcanal", "other", occ=4,
  note="\"non-Guadalcanal residents\": the island's name in a compound (the 3rd whole-token Guadalcanal is in \"Guadalcanal Liberation Army\", a group)")
P(f, "Australia", "Australia", "country", AU)
P(f, "New Zealand", "New Zealand", "country", NZ)
P(f, "Solomons", "Solomon Islands", "country", SB)
P(f, "Honiara", "Honiara", "city", 2108502)
P(f, "Guadalcanal", "Guadalcanal", "other")
P(f, "Honiara", "Honiara", "city", 2108502, note="\"near Honiara\"; \"Malaitan\" is a demonym: no row")
P(f, "Malaita", "Malaita", "other", note="\"an area of Malaita\"")
P(f, "Honiara", "Honiara", "city", 2108502)
P(f, "Suva", "Suva", "city", 2198148, note="\"Solomon Islands Plantations, Ltd.\" before it is a company: no row")
P(f, "Honiara", "Honiara", "city", 2108502)
P(f, "Honiara", "Honiara", "city", 2108502)
P(f, "Guadalcanal", "Guadalcanal", "other", occ=7,
  note="\"indigenous Guadalcanal islanders\" (the 6th is in \"Guadalcanal Liberation Army\")")
P(f, "Malaita Island", "Malaita", "other")
P(f, "Guadalcanal", "Guadalcanal", "other", note="\"non-Guadalcanal people\"")

# ------------------------------------------------------------------ 004 Kolkata24x7 (IN): the US military denies that an air strike in Nangarhar killed civilians, August 2017
f = "004_kolkata24x7.txt"
USM = ["U.S. military", "The U.S. military", "US Military", "US military"]
BP = ["Bob Purtiman", "Purtiman", "a spokesman for the U.S. military in Afghanistan"] + USM
SW = ["Saaz Wali", "Wali", "the district governor of Haska Mena district", "district governor"]
F(f, "as many as 16", 16, "at_most", "civilian", facet="killed (reports denied)", source="U.S. military",
  alt=USM + ["reports", "Saaz Wali", None], note="the figure of the reports the military denies (unseen3_fr's rule)")
F(f, "zero", 0, "exact", "chance (of civilian casualties)", source="Bob Purtiman", alt=BP, borderline=True,
  note="\"zero chance\": a probability, not a count")
F(f, "as many as 16", 16, "at_most", "civilian", facet="killed", source="Saaz Wali", alt=SW)
C(f, "US Military Denies Air Strike", "U.S. military", "denies (title)", stance="denies", alt=USM)
C(f, "Kabul: The U.S. military denied reports", "U.S. military", "denied ..., saying", stance="denies", alt=USM)
C(f, "“The militants were observed loading", "Bob Purtiman", "said", alt=BP)
C(f, "“The strike was conducted in the middle", "Bob Purtiman", "he said", stance="denies", alt=BP,
  note="\"There was zero chance of civilian casualties\"")
C(f, "Earlier in the day, the district governor", "Saaz Wali", "told reporters", alt=SW)
P(f, "US", "United States", "country", US, note="title \"US Military\" (a country as modifier); \"Afghan\" is a demonym: no row")
P(f, "Kabul", "Kabul", "city", 1138958, note="dateline")
P(f, "U.S.", "United States", "country", US, note="\"The U.S. military\"")
P(f, "Nangarhar", "Nangarhar", "region", note="province")
P(f, "U.S.", "United States", "country", US)
P(f, "Afghanistan", "Afghanistan", "country", AF)
P(f, "Haska Mena", "Haska Mena", "region", note="\"Haska Mena district\"")
P(f, "U.S.", "United States", "country", US, note="\"a U.S. air strike\"")

# ------------------------------------------------------------------ 005 Malawi Voice (MANA): cholera in Rumphi, August 2022
f = "005_malawivoice.txt"
RDH = ["Rumphi District Hospital", "hospital"]
F(f, "four", 4, "exact", "cholera case", facet="confirmed", source="Rumphi District Hospital", alt=RDH)
F(f, "one", 1, "exact", "death", source="Rumphi District Hospital", alt=RDH)
F(f, "Two", 2, "exact", "case", facet="from Vongo area (Mzimba)", alt=RDH + ["Emmanuel Bulukutu", None],
  note="no reporting verb: the journalist's breakdown of the hospital's four")
F(f, "two", 2, "exact", "case", facet="from Chikwawa area (Rumphi)", alt=RDH + ["Emmanuel Bulukutu", None])
C(f, "Rumphi, August 28, Mana: Rumphi District Hospital has confirmed", "Rumphi District Hospital", "has confirmed",
  alt=RDH, note="Mana (the Malawi News Agency) in the dateline is the wire, not a speaker")
C(f, "District Commissioner (DC) for Rumphi", "Emmanuel Bulukutu", "has confirmed ..., saying",
  alt=["Bulukutu", "District Commissioner (DC) for Rumphi", "District Commissioner"])
C(f, "Director of Health and Social Services", "Western Nyirenda", "says",
  alt=["Dr. Western Nyirenda", "Nyirenda", "Director of Health and Social Services for the District"],
  note="announces a report to come")
P(f, "Rumphi", "Rumphi", "region", note="title \"Cholera hits Rumphi\": the district; the town is 924102")
P(f, "Rumphi", "Rumphi", "city", 924102, note="dateline \"Rumphi, August 28, Mana:\"")
P(f, "Rumphi", "Rumphi", "region", occ=4,
  note="\"District Commissioner (DC) for Rumphi\": the district (the 3rd whole-token Rumphi is in \"Rumphi District Hospital\", a building)")
P(f, "Vongo", "Vongo", "other", note="\"Vongo area\"; \"Traditional Authority (TA) Jalavikuwa\" and \"Paramount Chief Chikulamayembe\" are chiefs' titles: no rows")
P(f, "Mzimba", "Mzimba", "region", note="the district; the town is 925498; \"Rumphi District Council\" after it is an institution: no row")
P(f, "Chikwawa", "Chikwawa", "other", note="\"Chikwawa area\" in Rumphi district, not Malawi's southern Chikwawa district")

# ------------------------------------------------------------------ 006 Khabarhub (NP): Nepal's election results, November 2022
f = "006_khabarhub.txt"
EC = ["Election Commission", "EC", "The Election Commission (EC)", "Shaligram Sharma Paudel"]
SP = ["Shaligram Sharma Paudel", "Paudel", "EC spokesperson Shaligram Sharma Paudel", "EC spokesperson", "EC",
      "Election Commission"]
F(f, "three", 3, "exact", "district", facet="results not due by November 29", source="Election Commission", alt=EC,
  note="title: \"... but for three will come by November 29: Election Commission\"")
F(f, "three", 3, "exact", "district", facet="results pending", source="Shaligram Sharma Paudel", alt=SP)
F(f, "53", 53, "exact", "seat", facet="won (Nepali Congress, direct)", source="Election Commission", alt=EC)
F(f, "three", 3, "exact", "seat", facet="lead (Nepali Congress)", source="Election Commission", alt=EC)
F(f, "41", 41, "exact", "seat", facet="won (CPN (UML))", source="Election Commission", alt=EC + [None],
  note="\"Similarly, ...\": continues the EC's figures with no verb")
F(f, "two", 2, "exact", "seat", facet="lead (CPN (UML))", source="Election Commission", alt=EC + [None])
F(f, "17", 17, "exact", "seat", facet="won (CPN (Maoist Center))", source="Election Commission", alt=EC + [None])
F(f, "10", 10, "exact", "seat", facet="won (CPN (Unified Socialist))", source="Election Commission", alt=EC + [None])
F(f, "seven", 7, "exact", "seat", facet="won (RPP and RSP, each)", source="Election Commission", alt=EC + [None])
F(f, "one", 1, "exact", "place", facet="lead (RSP)", source="Election Commission", alt=EC + [None])
F(f, "6", 6, "exact", "place", facet="won (Janata Samajwadi Party Nepal)", source="Election Commission", alt=EC + [None])
F(f, "one", 1, "exact", "place", facet="lead (Janata Samajwadi Party Nepal)", source="Election Commission", alt=EC + [None])
F(f, "five", 5, "exact", "seat", facet="won (independents)", source="Election Commission", alt=EC + [None])
F(f, "four", 4, "exact", "seat", facet="won (Loktantrik Samajbadi Party)", source="Election Commission", alt=EC + [None])
F(f, "three", 3, "exact", "seat", facet="won (People’s Freedom Party)", source="Election Commission", alt=EC + [None])
C(f, "Election result of all districts but for three", "Election Commission", "(title: \"...: Election Commission\")", alt=EC)
C(f, "KATHMANDU: The Election Commission (EC) has informed", "Election Commission", "has informed", alt=EC)
C(f, "Speaking to the media in Kathmandu", "Shaligram Sharma Paudel", "shared", alt=SP)
C(f, "“We have received the results", "Shaligram Sharma Paudel", "he said (quote of three sentences)", alt=SP)
C(f, "According to the latest vote results", "latest vote results", "according to",
  alt=["vote results", "Election Commission", "EC"], borderline=True, note="a document (the results) as speaker")
C(f, "According to the EC, Nepali Congress", "Election Commission", "according to", alt=EC)
C(f, "Similarly, CPN (UML) has won", "Election Commission", "(continues the EC's figures)", alt=EC, borderline=True)
C(f, "CPN (Maoist Center) has won 17", "Election Commission", "(continues the EC's figures)", alt=EC, borderline=True)
C(f, "Likewise, Janata Samajwadi Party Nepal", "Election Commission", "(continues the EC's figures)", alt=EC,
  borderline=True)
C(f, "Independents won five seats", "Election Commission", "(continues the EC's figures)", alt=EC, borderline=True)
C(f, "EC spokesperson informed", "Shaligram Sharma Paudel", "informed", alt=SP)
P(f, "KATHMANDU", "Kathmandu", "city", 1283240, note="dateline")
P(f, "Kathmandu", "Kathmandu", "city", 1283240)
P(f, "Bajura", "Bajura", "region", note="district")
P(f, "Dolakha", "Dolakha", "region", note="district")
P(f, "Syangja", "Syangja", "region", note="district; \"Janata Samajwadi Party Nepal\" later is a party's name: no row")
P(f, "Bajura", "Bajura", "region")
P(f, "Dolakha", "Dolakha", "region")
P(f, "Syangja", "Syangja", "region")

# ------------------------------------------------------------------ 007 iNews Cayman (KY): the Finance Minister's first budget, 2013-2014
f = "007_ieyenews.txt"
MA = ["Archer", "Minister Archer", "the Finance Minister", "Finance Minister"]
BUD = MA + ["2013-2014 budget", "budget", None]
F(f, "$100.3 million", 100.3e6, "exact", "dollar", kind="money", facet="net surplus forecast (public sector)", alt=BUD,
  note="\"The 2013-2014 budget forecasts\": the budget document as subject")
F(f, "$95.3 million", 95.3e6, "exact", "dollar", kind="money", facet="surplus (core government)", alt=BUD)
F(f, "$5 million", 5e6, "exact", "dollar", kind="money", facet="surplus (statutory authorities and government companies)", alt=BUD)
F(f, "$51.9 million", 51.9e6, "exact", "dollar", kind="money", facet="capital investments (forecast)", alt=BUD)
F(f, "$644.6 million", 644.6e6, "exact", "dollar", kind="money", facet="operating revenues (forecast)", alt=BUD)
F(f, "$549.1", 549.1e6, "exact", "dollar", kind="money", facet="expenditures", alt=BUD,
  note="\"expenditures of $549.1\": \"million\" left out in the text; read from the sentence's other amounts")
F(f, "$31.4", 31.4e6, "exact", "dollar", kind="money", facet="financing expenses", alt=BUD, note="\"million\" left out likewise")
F(f, "$44.9 million", 44.9e6, "exact", "dollar", kind="money", facet="increase in cash balances (expected)",
  alt=MA + [None], note="\"are expected\" (passive); the Finance Minister is named at the end of the next sentence")
F(f, "$161.9 million", 161.9e6, "exact", "dollar", kind="money", facet="cash balances at 30 June 2014", alt=MA + [None])
F(f, "$59.9 million", 59.9e6, "exact", "dollar", kind="money", facet="in the operating bank account", source="Archer", alt=MA)
F(f, "$102 million", 102e6, "exact", "dollar", kind="money", facet="in reserve funds", source="Archer", alt=MA)
F(f, "Only one", 1, "exact", "tax measure", facet="new", source="Archer", alt=MA)
C(f, "Taking pride in “practising practical prudency”", "Archer", "assured", alt=MA,
  note="the text never gives his first name")
C(f, "Government’s “revenue outlook is stable", "Archer", "he underscored", alt=MA)
C(f, "The 2013-2014 budget forecasts", "2013-2014 budget", "forecasts", alt=["budget"] + MA, borderline=True,
  note="a document with a verb of forecast")
C(f, "Of this, $59.9 million would be", "Archer", "the Finance Minister said", alt=MA)
C(f, "Only one new tax measure", "Archer", "he noted", alt=MA)
C(f, "Outlining the new Government’s vision", "Archer", "emphasised", alt=MA)
C(f, "The budget is geared to restore trust", "Archer", "he added", alt=MA)
P(f, "Cayman Islands", "Cayman Islands", "country", KY)

# ------------------------------------------------------------------ 008 Winnipeg Sun (CA): the cost of Manitoba's 2011 flood, November 2012
f = "008_winnipegsun.txt"
PG = ["provincial government", "the provincial government", "province", "the province", "Manitoba"]
SA = ["Steve Ashton", "Ashton", "the minister of infrastructure and transportation",
      "minister of infrastructure and transportation"]
CS = ["Chuck Sanderson", "Sanderson", "director of the Emergency Measures Organization", "Emergency Measures Organization"]
F(f, "over $1.25 billion", 1.25e9, "at_least", "dollar", kind="money", facet="flood costs", note="title: \"could spill over $1.25 billion\"")
F(f, "$1.25 billion", 1.25e9, "at_least", "dollar", kind="money", facet="flood costs (fighting, rebuilding, compensation)",
  source="provincial government", alt=PG, note="\"could ultimately spill over the $1.25 billion mark\": a verb of crossing as a bound (unseen10_en)")
figures[-1]["occ"] = 2  # the 1st whole-token "$1.25 billion" is inside the title's "over $1.25 billion"
F(f, "just over $1 billion", 1e9, "at_least", "dollar", kind="money", facet="total flood bill (projected)",
  source="province", alt=PG)
F(f, "more than double", 2, "at_least", "ratio (DFA claims' growth)", alt=PG + SA + [None], borderline=True,
  note="a ratio (unseen14_en's \"about triple\")")
F(f, "$289 million", 289e6, "exact", "dollar", kind="money", facet="DFA claims (current)", alt=PG + SA + [None],
  note="no reporting verb")
F(f, "$600 million", 600e6, "exact", "dollar", kind="money", facet="DFA claims (could reach)", alt=PG + SA + [None])
F(f, "three times", 3, "exact", "ratio (2011 payout to the previous 10 years')", source="Chuck Sanderson", alt=CS,
  borderline=True, note="a ratio; \"This one event\" is not a count: no row")
F(f, "10 years", 10, "exact", "year", kind="duration", source="Chuck Sanderson", alt=CS)
F(f, "90%", 90, "exact", "percent", kind="percent", facet="DFA costs covered by the federal government")
F(f, "$100 million", 100e6, "exact", "dollar", kind="money", facet="federal advances", source="Steve Ashton", alt=SA)
F(f, "about $230 million", 230e6, "approx", "dollar", kind="money", facet="DFA payout (1997 flood)", source="Steve Ashton", alt=SA)
F(f, "7,000", 7000, "exact", "person", facet="cleared from their homes", source="Chuck Sanderson", alt=CS + SA + [None],
  note="\"Sanderson and Ashton continued to hammer home the magnitude of the 2011 flood, which saw ...\"")
F(f, "2,000", 2000, "exact", "person", facet="yet to return", source="Chuck Sanderson", alt=CS + SA + [None])
F(f, "276", 276, "exact", "family", facet="evacuated (near Lake Manitoba)", alt=PG + [None],
  note="the paragraph ends with \"the province said\"")
F(f, "200", 200, "exact", "family", facet="cleared to go back", alt=PG + [None])
F(f, "179", 179, "exact", "person", facet="forced to leave the Lake Manitoba First Nation (all home)", source="province", alt=PG)
C(f, "The costs of fighting, rebuilding", "provincial government", "said", alt=PG)
C(f, "And although the federal government", "Steve Ashton", "according to", alt=SA,
  note="\"the minister of infrastructure and transportation\", named in the next sentence")
C(f, "“We’re going to be out significantly", "Steve Ashton", "told reporters", alt=SA)
C(f, "“We’re going to be rebuilding", "Steve Ashton", "(quote continued)", alt=SA)
C(f, "Currently, the province projects", "province", "projects", alt=PG, borderline=True, note="a verb of forecast")
C(f, "“This one event in 2011", "Chuck Sanderson", "said", alt=CS)
C(f, "Currently, Manitoba has seen advances", "Steve Ashton", "said", alt=SA)
C(f, "The total DFA payout following the 1997 flood", "Steve Ashton", "said", alt=SA)
C(f, "“That was the Flood of the Century,”", "Steve Ashton", "he said", alt=SA)
C(f, "“I don’t know how you describe this flood.”", "Steve Ashton", "(quote continued)", alt=SA)
C(f, "Sanderson and Ashton continued to hammer home", "Chuck Sanderson", "continued to hammer home", alt=CS,
  borderline=True, note="insisting rather than a verb of saying; one verb, two speakers")
C(f, "Sanderson and Ashton continued to hammer home", "Steve Ashton", "continued to hammer home", alt=SA, borderline=True)
C(f, "All 179 people forced to leave", "province", "the province said", alt=PG)
P(f, "Manitoba", "Manitoba", "region", note="\"Manitoba’s 2011 flood\"; \"Province’s\" in the title and \"Manitobans\" give no row")
P(f, "Manitoba", "Manitoba", "region", note="\"Manitoba has seen advances\" (the province)")
P(f, "Ottawa", "Ottawa", "city", 6094817, note="the federal government by its capital (kept a city, unseen2's rule)")
P(f, "Lake Manitoba", "Lake Manitoba", "other", note="lake")
P(f, "Lake Manitoba First Nation", "Lake Manitoba First Nation", "other", note="First Nation (unseen12_en's rule)")

# ------------------------------------------------------------------ 009 Minivan News (MV): official results of the Maldives' parliamentary elections, March 2014
f = "009_minivannews.txt"
ECM = ["Elections Commission", "EC", "The Elections Commission (EC)"]
AM = ["Ali Mohamed Manik", "Manik", "EC member Ali Mohamed Manik"] + ECM
F(f, "85", 85, "exact", "constituency", alt=ECM + [None])
F(f, "189,482", 189482, "exact", "voter", facet="cast their ballots", alt=ECM + [None],
  note="no reporting verb: the official results the EC announced")
F(f, "240,652", 240652, "exact", "voter", facet="eligible", alt=ECM + [None])
F(f, "78.80 percent", 78.8, "exact", "percent", kind="percent", facet="turnout", alt=ECM + [None])
F(f, "95,744", 95744, "exact", "voter", facet="male", alt=ECM + [None])
F(f, "93,898", 93898, "exact", "voter", facet="female", alt=ECM + [None])
F(f, "52", 52, "exact", "complaint", facet="addressed", source="Ali Mohamed Manik", alt=AM)
F(f, "75", 75, "exact", "complaint", facet="lodged at the national complaints bureau", source="Ali Mohamed Manik", alt=AM)
F(f, "within 14 days", 14, "at_most", "day", kind="duration", facet="deadline to file cases at the High Court",
  note="\"Under electoral laws\": the law, not a speaker")
C(f, "The Elections Commission (EC) announced", "Elections Commission", "announced", alt=ECM)
C(f, "Speaking at a press conference held last night", "Ali Mohamed Manik", "noted", alt=AM)
C(f, "None of the remaining complaints", "Ali Mohamed Manik", "he said", alt=AM)

# ------------------------------------------------------------------ 010 The Guild (NG): the Seytenga massacre in Burkina Faso, June 2022
f = "010_theguildng.txt"
SS = ["security source", "a security source"]
LO = ["local official", "a local official"]
LB = ["Lionel Bilgo", "Bilgo", "Burkina Faso’s government spokesman", "government spokesman"]
UN = ["United Nations", "The United Nations", "UN"]
F(f, "100", 100, "exact", "villager", facet="killed", note="title")
F(f, "No fewer than 100", 100, "at_least", "villager", facet="killed (reportedly)", note="\"have been reportedly killed\": no author")
F(f, "about 3,000", 3000, "approx", "person", facet="fled the attack, arrived in Dori", source="local official", alt=LO)
F(f, "At least 100", 100, "at_least", "person", facet="died", source="local official", alt=LO + SS + [None],
  note="a quote with no speaker after the local official's sentence (unseen9_en's rule)")
F(f, "165", 165, "exact", "person", facet="provisional tally", source="local official", alt=LO + SS + [None])
F(f, "50", 50, "exact", "body", facet="found so far (not final)", source="Lionel Bilgo", alt=LB)
F(f, "thousands", None, "vague", "person", facet="killed (since 2015, Burkina Faso, Mali, Niger)")
F(f, "millions", None, "vague", "person", facet="displaced (since 2015)")
F(f, "11", 11, "exact", "military police", facet="killed (last Thursday)")
F(f, "36 months", 36, "exact", "month", kind="duration", facet="to restore democratic rule",
  alt=["military government", None], note="\"The military government has cited security concerns for its decision to take 36 months\"")
C(f, "Confirming the death toll on Tuesday", "security source", "confirming; disclosed", alt=SS)
C(f, "Also, a local official who spoke under anonymity", "local official", "said", alt=LO)
C(f, "“There were differing accounts of the death toll.", "local official", "(quote with no speaker)", alt=LO + SS,
  borderline=True, note="three sentences in quotes, no tag: the speaker before it (unseen9_en's rule)")
C(f, "Burkina Faso’s government spokesman, Lionel Bilgo", "Lionel Bilgo", "said", alt=LB, alt_stance="cannot_confirm",
  note="\"the figure was not final\": a partial count")
C(f, "The military government has cited security concerns", "military government", "has cited",
  alt=["The military government"], borderline=True, note="reasons given for a decision")
C(f, "The United Nations condemned the attack", "United Nations", "condemned (in a statement)", alt=UN, borderline=True,
  note="a condemnation (borderline verb) quoting \"claimed many victims\"")
P(f, "Burkina Faso", "Burkina Faso", "country", BF, note="title")
P(f, "Seytenga", "Seytenga", "other", note="village")
P(f, "Burkina Faso", "Burkina Faso", "country", BF, note="\"northern Burkina Faso\"")
P(f, "Dori", "Dori", "city", 2361082)
P(f, "Burkina Faso", "Burkina Faso", "country", BF, note="\"Burkina Faso’s surrounding Sahel region\"")
P(f, "Sahel", "Sahel", "region", note="Burkina Faso's Sahel region (an administrative region here)")
P(f, "Burkina Faso", "Burkina Faso", "country", BF, note="\"Burkina Faso’s government spokesman\"")
P(f, "Burkina Faso", "Burkina Faso", "country", BF)
P(f, "Mali", "Mali", "country", ML)
P(f, "Niger", "Niger", "country", NE)
P(f, "Burkina Faso", "Burkina Faso", "country", BF, note="\"Burkina Faso’s president\"")
