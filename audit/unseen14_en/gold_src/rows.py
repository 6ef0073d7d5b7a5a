HEADER = """# Hand annotation of audit/unseen14_en (10 real English articles, fourteenth English held-out set for issue 17), made
# without running recoupe and without reading its code or tests. Conventions: audit/unseen_README.md and the READMEs
# of unseen3_en to unseen13_en (same as the earlier sets); what this set decided beyond them is in
# audit/unseen14_en/README.md. Every row carries `start`/`end`: character offsets of `text` in the file as read in
# Python (UTF-8, title line included); `occurrence` counts whole-token matches of `text` (a number inside a longer
# number does not count). Claims' `start` is the offset of `sentence_start`.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "gold_tools"))
from rows_en import C, F, P, claims, figures, places  # noqa: E402,F401

MW, KE, LK, IE, BB, PG, FJ, GH = 927384, 192950, 1227603, 2963597, 3374084, 2088628, 2205218, 2300660

# ------------------------------------------------------------------ 001 The Star (MY; Xinhua): flash floods in Nkhotakota, Malawi, March 2024
f = "001_thestar.txt"
REP = ["updated report", "an updated report on the situation", "report", "Xinhua"]
WM = ["Wongani Mkandawire", "Mkandawire", "the district's information officer", "district's information officer",
      "information officer"]
F(f, "4", 4, "exact", "death", facet="dead", note="title")
F(f, "more than 9,000", 9000, "at_least", "person", facet="displaced", note="title")
F(f, "Four", 4, "exact", "person", facet="confirmed dead", source="updated report", alt=REP)
F(f, "two", 2, "exact", "person", facet="missing", source="updated report", alt=REP)
F(f, "10", 10, "exact", "camp", facet="established", source="Wongani Mkandawire", alt=WM)
F(f, "9,362", 9362, "exact", "person", facet="displaced (in camps)", source="Wongani Mkandawire", alt=WM)
F(f, "78", 78, "exact", "pregnant woman", facet="displaced", source="Wongani Mkandawire", alt=WM)
F(f, "nearly 750", 750, "approx", "child", facet="displaced (under five)", source="Wongani Mkandawire", alt=WM,
  note="\"under the age of five\" is an age: no row")
F(f, "4,911", 4911, "exact", "person", facet="affected (outside camps)", alt=WM + [None],
  note="next sentence after Mkandawire's, no reporting verb")
F(f, "14,273", 14273, "exact", "person", facet="affected (total)", alt=WM + [None])
F(f, "thousands", None, "vague", "person", facet="affected", source="Wongani Mkandawire", alt=WM)
F(f, "one", 1, "exact", "death", facet="confirmed", alt=["preliminary report", "a preliminary report"],
  note="the preliminary report's figure")
F(f, "over 7,000", 7000, "at_least", "person", facet="displaced", alt=["preliminary report", "a preliminary report"])
C(f, "LILONGWE, March 4 (Xinhua) -- Four people", "updated report", "according to", alt=REP,
  note="an unsigned report obtained by Xinhua; kept as a named document (the situation report)")
C(f, "A total of 10 camps", "Wongani Mkandawire", "said", alt=WM)
C(f, "An additional 4,911 people", "Wongani Mkandawire", "(continues his statement)", alt=WM, borderline=True,
  note="no reporting verb: continues the information officer's figures")
C(f, "\"The need for more relief items", "Wongani Mkandawire", "said the district's information officer", alt=WM)
C(f, "This updated report builds on", "preliminary report", "confirmed", alt=["a preliminary report"], borderline=True,
  note="a document that \"confirmed one death\"")
P(f, "Malawi", "Malawi", "country", MW, note="title")
P(f, "LILONGWE", "Lilongwe", "city", 927967, note="dateline")
P(f, "Nkhotakota", "Nkhotakota", "region", note="the district (\"one of Malawi's lakeshore districts\"); the town is 924705")
P(f, "Malawi", "Malawi", "country", MW, note="\"Malawi's lakeshore districts\"")
P(f, "Malawi", "Malawi", "country", MW, occ=4, note="\"the Malawi government\" (the 3rd whole-token Malawi is in \"Malawi Defense Force\", the 5th in \"Malawi Red Cross Society\": organisations)")

# ------------------------------------------------------------------ 002 Nation (KE): Kuppet strike, first day of third term, August 2024
f = "002_nation.txt"
AM = ["Akello Misori", "Misori", "Kuppet secretary general Akello Misori", "Kuppet"]
F(f, "five-hour", 5, "exact", "hour", kind="duration", note="\"A five-hour long meeting\"")
F(f, "about 500", 500, "approx", "learner", facet="reported to school (Lake Primary School)")
F(f, "1,600", 1600, "exact", "learner", note="\"about 500 out of 1,600 leaners\" (sic)")
F(f, "1,850", 1850, "exact", "learner", note="Shauri Yako Primary School's population")
F(f, "less than 100", 100, "at_most", "learner", facet="reported for lessons")
F(f, "seven", 7, "exact", "learner", facet="turned up (Lala Primary School)")
F(f, "400", 400, "exact", "learner")
C(f, "“Parents aren’t sure", "Akello Misori", "said (quote of three sentences)", alt=AM)
C(f, "The CS agreed that we have genuine concerns", "Akello Misori", "(quote continued)", alt=AM)
C(f, "The CS agreed that we have genuine concerns", "Alfred Mutua", "agreed (relayed by Misori)",
  alt=["CS", "cabinet secretary for Labour Alfred Mutua", "Mutua"], borderline=True,
  note="the Labour CS's position as Misori relays it")
C(f, "We’re not in a hurry,”", "Akello Misori", "said Kuppet secretary general Akello Misori", alt=AM)
P(f, "Homa Bay County", "Homa Bay County", "region",
  note="county; the schools' names (Lake, Shauri Yako, Lala Primary School) are buildings': no rows")

# ------------------------------------------------------------------ 003 Sri Lanka Guardian: floods, June 2008
f = "003_srilankaguardian.txt"
KE_ = ["Keerthi Ekanayake", "Ekanayake", "National Coordinator of the Disaster Management Centre Keerthi Ekanayake",
       "Disaster Management Centre"]
F(f, "15", 15, "exact", "death", note="title")
F(f, "over 200,000", 200000, "at_least", "person", facet="displaced", note="title")
F(f, "Fifteen", 15, "exact", "person", facet="dead", alt=KE_ + [None],
  note="first sentence, no verb; Ekanayake is named in the next one")
F(f, "five", 5, "exact", "person", facet="disappeared", alt=KE_ + [None])
F(f, "Over 214,043", 214043, "at_least", "person", facet="displaced", source="Keerthi Ekanayake", alt=KE_)
F(f, "54,503", 54503, "exact", "family", facet="displaced", source="Keerthi Ekanayake", alt=KE_)
F(f, "about 16000", 16000, "approx", "family", facet="displaced (Kalutara)", source="Keerthi Ekanayake", alt=KE_)
F(f, "4948", 4948, "exact", "family", facet="displaced (Rathnapura)", source="Keerthi Ekanayake", alt=KE_ + [None],
  note="\"In addition, ...\": continues his indirect speech with no verb")
F(f, "8200", 8200, "exact", "family", facet="displaced (Colombo)", source="Keerthi Ekanayake", alt=KE_ + [None])
F(f, "15331", 15331, "exact", "family", facet="displaced (Gampaha)", source="Keerthi Ekanayake", alt=KE_ + [None])
F(f, "8442", 8442, "exact", "family", facet="displaced (Galle)", source="Keerthi Ekanayake", alt=KE_ + [None])
F(f, "442", 442, "exact", "family", facet="displaced (Kegalle)", source="Keerthi Ekanayake", alt=KE_)
F(f, "1100", 1100, "exact", "family", facet="displaced (Matara)", source="Keerthi Ekanayake", alt=KE_)
C(f, "Fifteen persons have been dead", "Keerthi Ekanayake", "(told the reporters, next sentence)", alt=KE_,
  borderline=True, note="no verb in the sentence itself")
C(f, "Over 214,043 persons", "Keerthi Ekanayake", "told the reporters", alt=KE_)
C(f, "He also said that Kalutara", "Keerthi Ekanayake", "also said", alt=KE_)
C(f, "In addition, 4948 families", "Keerthi Ekanayake", "(continues his statement)", alt=KE_, borderline=True)
C(f, "442 families and 1100 families", "Keerthi Ekanayake", "he added", alt=KE_)
C(f, "He further said that the damage", "Keerthi Ekanayake", "further said", stance="cannot_confirm", alt=KE_,
  alt_stance="asserts", note="\"the damage has not yet estimated\" (sic): no figure for the damage")
P(f, "Colombo", "Colombo", "city", 1248991, note="dateline \"(June 03, Colombo, Sri Lanka Guardian)\"; \"Sri Lanka Guardian\" is the outlet's name: no row")
P(f, "Kalutara", "Kalutara", "region", note="\"Kalutara district\"; the town is 1241964")
P(f, "Rathnapura", "Ratnapura", "region", note="district, in a list of districts; the town is 1228730")
P(f, "Colombo", "Colombo", "region", note="district, in a list of districts; the city is 1248991")
P(f, "Gampaha", "Gampaha", "region", note="\"Gampaha district\"")
P(f, "Galle", "Galle", "region", note="district, in a list of districts; the town is 1246294")
P(f, "Kegalle", "Kegalle", "region", note="\"Kegalle and Matara districts\"; the town is 1240723")
P(f, "Matara", "Matara", "region", note="district; the town is 1235846")

# ------------------------------------------------------------------ 004 Beat 102 103 (IE): the INMO's first nurses' strike, 30 January 2019
f = "004_beat102103.txt"
HSE = ["HSE", "The HSE", "Health Service Executive"]
CH = ["Colm Henry", "Dr. Colm Henry", "Dr Henry", "Henry", "HSE"]
F(f, "37,000", 37000, "exact", "nurse and midwife", facet="strike", note="title")
F(f, "24 hour", 24, "exact", "hour", kind="duration", note="\"their first 24 hour strike\"")
F(f, "4", 4, "exact", "hospital", note="in the South East")
F(f, "37,000", 37000, "exact", "person", facet="demanding pay restoration (on strike)")
F(f, "25,000", 25000, "exact", "appointment", facet="cancelled", source="HSE", alt=HSE)
C(f, "The HSE says it won't be", "HSE", "says", alt=HSE)
C(f, "Mary Dunne is a nurse", "Mary Dunne", "she says", alt=["Dunne"],
  note="the sentence introduces an audio clip that the text does not give")
C(f, "Emer is one of the nurses", "Emer", "she remembers", borderline=True,
  note="\"remembers\" introduces an audio clip; a memory more than a statement")
C(f, "Dr. Colm Henry, Chief Clinical Officer", "Colm Henry", "says", alt=CH)
C(f, "\"People may experience increased delays", "Colm Henry", "said Dr Henry", alt=CH)
C(f, "As the Labour Court says", "Labour Court", "says", alt=["The Labour Court"],
  note="\"it cannot intervene in the dispute\": a statement about itself, not a figure (asserts)")
P(f, "South East", "South East", "region",
  note="Ireland's South East; University Hospital Waterford and Wexford General Hospital are buildings' names: no rows")

# ------------------------------------------------------------------ 005 Y103 (BB): David Denny plans another Black Lives Matter march, June 2020
f = "005_y103fm.txt"
DD = ["David Denny", "Denny", "General Secretary of the Caribbean Movement for Peace and Integration, David Denny",
      "the organizer", "Caribbean Movement for Peace and Integration"]
F(f, "Less than 48 hours", 48, "at_most", "hour", kind="duration")
F(f, "as many as 200", 200, "at_most", "participant", facet="planned", source="David Denny", alt=DD + [None],
  note="\"has signalled his intention to stage another demonstration – this time with as many as 200 participants\"")
F(f, "six feet", 6, "exact", "foot", kind="measure", source="David Denny", alt=DD, note="social distancing")
F(f, "200", 200, "exact", "person", facet="permission to march (asked)", source="David Denny", alt=DD)
F(f, "almost 200", 200, "approx", "person", facet="turned up (protest at the US Embassy)", source="David Denny", alt=DD)
C(f, "Less than 48 hours after police", "David Denny", "has signalled his intention", alt=DD, borderline=True,
  note="an intention announced, not a statement of fact")
C(f, "He also suggested that the Royal Barbados Police Force", "David Denny", "suggested", alt=DD)
C(f, "Seemingly undaunted by yesterday’s events", "David Denny", "revealed", alt=DD)
C(f, "He is also hoping to secure a meeting", "David Denny", "is hoping", alt=DD, borderline=True,
  note="a wish (verbs of wish are borderline)")
C(f, "“We are working towards protest action", "David Denny", "Denny explained (quote of two sentences)", alt=DD)
C(f, "That would allow us to march", "David Denny", "(quote continued)", alt=DD)
C(f, "He added that the restructured proposal", "David Denny", "added", alt=DD)
C(f, "“I am going to ask permission", "David Denny", "the organizer added (quote of two sentences)", alt=DD)
C(f, "The protestors who turned up are very youthful", "David Denny", "(quote continued)", alt=DD)
P(f, "Barbados", "Barbados", "country", BB, occ=2,
  note="\"the people of Barbados\"; the first whole-token Barbados is in \"Royal Barbados Police Force\" (organisation); \"U.S. Embassy\" and \"American Embassy\" are a building")
P(f, "Banks Brewery", "Banks Brewery", "other", note="landmark: the march's starting point (a brewery)")
P(f, "Harris Paints", "Harris Paints", "other", note="landmark: the march's end point (a paint factory/shop)")

# ------------------------------------------------------------------ 006 InQueensland (AU; AP text): the Enga landslide toll, May 2024
f = "006_inqld.txt"
GO = ["Papua New Guinea government official", "A Papua New Guinea government official", "government official",
      "Luseta Laso Mana", "Papua New Guinea government"]
LM = ["Luseta Laso Mana", "Laso Mana", "Mana", "acting director of the country’s National Disaster Center",
      "National Disaster Center"]
IOM = ["International Organisation for Migration", "IOM", "The International Organisation for Migration", "UN",
       "United Nations", "United Nation"]
F(f, "past 2000", 2000, "at_least", "death", note="title: \"death toll surges past 2000\"")
F(f, "more than 2000", 2000, "at_least", "person", facet="buried alive", source="Papua New Guinea government official", alt=GO)
F(f, "about triple", 3, "approx", "ratio (government figure to UN estimate)", borderline=True,
  note="a ratio, no count: borderline like unseen2_fr's \"1 personne sur 97\"")
F(f, "670", 670, "exact", "person", facet="killed (UN estimate)", source="United Nations", alt=IOM + [None],
  note="\"the United Nation estimate of 670\" (sic), set against the government's figure by the journalist")
F(f, "five", 5, "exact", "person", facet="remains recovered", source="local authorities", alt=["authorities"])
F(f, "six", 6, "exact", "person", facet="remains recovered (earlier tally)", alt=["local authorities", None],
  note="\"the tally of six reported on Sunday\": passive, no author given")
F(f, "more than 2000", 2000, "at_least", "person", facet="buried alive", source="Luseta Laso Mana", alt=LM)
F(f, "670", 670, "exact", "death", facet="estimated death toll", source="International Organisation for Migration", alt=IOM)
C(f, "A Papua New Guinea government official has told", "Papua New Guinea government official", "has told", alt=GO)
C(f, "The remains of only five people", "local authorities", "reported", alt=["authorities"])
C(f, "In a letter to the UN resident coordinator", "Luseta Laso Mana", "said (in a letter)", alt=LM)
C(f, "The International Organisation for Migration, which is working", "International Organisation for Migration",
  "has not changed its estimated death toll", alt=IOM, borderline=True,
  note="an institution keeping its figure (acts rather than speaks); asserts its 670 against the government's 2000")
P(f, "PNG", "Papua New Guinea", "country", PG, note="title")
P(f, "Papua New Guinea", "Papua New Guinea", "country", PG, note="\"A Papua New Guinea government official\"")
P(f, "South Pacific", "South Pacific", "region")
P(f, "Yambali", "Yambali", "other", note="village")
P(f, "Enga", "Enga", "region", note="\"Enga province\"")

# ------------------------------------------------------------------ 007 News Himalayan (Xinhua): Tropical Cyclone Cody in Fiji, January 2022
f = "007_newshimalayan.txt"
ND = ["National Disaster Management Office", "NDMO", "The National Disaster Management Office (NDMO)"]
IS = ["Inia Seruiratu", "Seruiratu", "Fiji’s Minister for Disaster Management Inia Seruiratu",
      "Minister for Disaster Management"]
F(f, "Over 4,000", 4000, "at_least", "Fijian", facet="in evacuation centres", note="title")
F(f, "Around 4,630", 4630, "approx", "person", facet="taking shelter")
F(f, "162", 162, "exact", "evacuation center")
F(f, "115", 115, "exact", "evacuation center", facet="open (Western side of Viti Levu)", source="National Disaster Management Office", alt=ND)
F(f, "42", 42, "exact", "evacuation center", facet="open (central division)", source="National Disaster Management Office", alt=ND)
F(f, "five", 5, "exact", "evacuation center", facet="open (northern division)", source="National Disaster Management Office", alt=ND)
F(f, "one", 1, "exact", "person", facet="dead")
F(f, "about 2,000", 2000, "approx", "person", facet="fled their homes")
C(f, "The National Disaster Management Office (NDMO) said", "National Disaster Management Office", "said", alt=ND)
C(f, "The NDMO was trying to get schools", "Inia Seruiratu", "said", alt=IS)
C(f, "He said that they were focusing", "Inia Seruiratu", "said", alt=IS)
C(f, "Seruiratu said for electricity", "Inia Seruiratu", "said", alt=IS)
P(f, "SUVA", "Suva", "city", 2198148, note="dateline")
P(f, "Fiji", "Fiji", "country", FJ, note="\"across Fiji\"; \"Fijians\" in the title is a demonym: no row")
P(f, "Viti Levu", "Viti Levu", "other", note="island")
P(f, "Vanua Levu", "Vanua Levu", "other", note="island")
P(f, "Fiji", "Fiji", "country", FJ, note="\"the second largest island of Fiji\"")
P(f, "Fiji", "Fiji", "country", FJ, note="\"Fiji’s Minister for Disaster Management\"")
P(f, "Fiji", "Fiji", "country", FJ, occ=5, note="\"across Fiji at the height of the storm\" (the 4th is in \"Fiji Roads Authority\")")
P(f, "Fiji", "Fiji", "country", FJ, note="\"The cyclone season in Fiji\"")

# ------------------------------------------------------------------ 008 Daily Statesman (GH): police officers injured at the Arise Ghana demonstration, June 2022
f = "008_dailystatesman.txt"
GPS = ["Ghana Police Service", "The Ghana Police Service", "Police", "the Police", "police", "The Service",
       "Police Administration", "The Police Administration"]
AA = ["Ansah-Ankrofi", "Chief Superintendent Ansah-Ankrofi"] + GPS
F(f, "two", 2, "exact", "personnel", facet="undergoing surgery", source="Ghana Police Service", alt=GPS)
F(f, "15", 15, "exact", "personnel", facet="injured", source="Ghana Police Service", alt=GPS)
F(f, "12", 12, "exact", "officer", facet="injured (earlier count)", source="Ghana Police Service", alt=GPS)
F(f, "15", 15, "exact", "officer", facet="injured", source="Ghana Police Service", alt=GPS)
F(f, "two", 2, "exact", "officer", facet="undergoing emergency surgery", source="Ghana Police Service", alt=GPS)
F(f, "twelve", 12, "exact", "personnel", facet="injured", source="Ghana Police Service", alt=GPS)
F(f, "three", 3, "exact", "protester", facet="arrested", source="Ghana Police Service", alt=GPS)
F(f, "twelve", 12, "exact", "officer", facet="injured", source="Ansah-Ankrofi", alt=AA)
C(f, "The Ghana Police Service has confirmed", "Ghana Police Service", "has confirmed", alt=GPS)
C(f, "According to the Police, the rest", "Ghana Police Service", "according to", alt=GPS)
C(f, "“The number of officers who were injured", "Ghana Police Service", "the Police said in a statement", alt=GPS)
C(f, "The Service expressed gratitude", "Ghana Police Service", "expressed gratitude", alt=GPS, borderline=True,
  note="thanks, not a statement of fact")
C(f, "“We are grateful to our sector Minister", "Ghana Police Service", "it added (quote of two sentences)", alt=GPS)
C(f, "The Police Administration wishes to express", "Ghana Police Service", "(quote continued)", alt=GPS)
C(f, "Earlier, a statement from the Police said", "Ghana Police Service", "a statement ... said", alt=GPS)
C(f, "A statement signed by Chief Superintendent Ansah-Ankrofi", "Ansah-Ankrofi", "pointed out", alt=AA)
C(f, "According to her, the twelve officers", "Ansah-Ankrofi", "according to her", alt=AA)
C(f, "Reports further revealed", "Reports", "revealed", alt=["reports"], borderline=True,
  note="unnamed reports (no claim in unseen10_en); kept borderline")
P(f, "Accra", "Accra", "city", 2306104,
  note="\"Ghana Police Service\" and \"Arise Ghana\" are an organisation's and a group's names: no rows")

# ------------------------------------------------------------------ 009 Canada's National Observer: British Columbia's budget, February 2023
f = "009_nationalobserver.txt"
KC = ["Katrine Conroy", "Conroy", "Finance Minister Katrine Conroy", "Finance Minister"]
KP = ["Ken Peacock", "Peacock", "B.C. Business Council spokesman Ken Peacock", "B.C. Business Council", "Business Council"]
F(f, "billions", None, "vague", "dollar", kind="money", facet="spent on health, housing and families")
F(f, "$4.2 billion", 4.2e9, "exact", "dollar", kind="money", facet="deficit projection (2023-2024)", source="Katrine Conroy", alt=KC)
F(f, "$11 billion", 11e9, "exact", "dollar", kind="money", facet="deficit projection (over three years)", source="Katrine Conroy", alt=KC)
F(f, "three years", 3, "exact", "year", kind="duration", source="Katrine Conroy", alt=KC)
F(f, "almost $6 billion", 6e9, "approx", "dollar", kind="money", facet="surplus 2022-2023 (original forecast)")
F(f, "$3.6 billion", 3.6e9, "exact", "dollar", kind="money", facet="surplus 2022-2023 (pared back)")
F(f, "2.8 per cent", 2.8, "exact", "percent", kind="percent", facet="economic growth (2022)",
  note="\"is forecast\": passive, no author")
F(f, "0.4 per cent", 0.4, "exact", "percent", kind="percent", facet="economic growth (2023 forecast)")
F(f, "1.5 per cent", 1.5, "exact", "percent", kind="percent", facet="economic growth (2024 forecast)")
F(f, "107.9 billion", 107.9e9, "exact", "dollar", kind="money", facet="total debt (next year)",
  note="written without \"$\" (the next figure has it)")
F(f, "$93.4 billion", 93.4e9, "exact", "dollar", kind="money", facet="total debt (this year)")
C(f, "Finance Minister Katrine Conroy said", "Katrine Conroy", "said", alt=KC)
C(f, "“When times are tough", "Katrine Conroy", "she said", alt=KC)
C(f, "Conroy defended the government’s plan", "Katrine Conroy", "defended ..., saying", alt=KC)
C(f, "“We’ve proven during the pandemic", "Katrine Conroy", "she said (quote of three sentences)", alt=KC)
C(f, "“It’s just not the right time", "Katrine Conroy", "(quote continued)", alt=KC)
C(f, "It’s not the right time to start asking", "Katrine Conroy", "(quote continued)", alt=KC)
C(f, "B.C. Business Council spokesman Ken Peacock said", "Ken Peacock", "said", alt=KP)
C(f, "He said the council doesn’t support", "Ken Peacock", "said ..., saying", alt=KP,
  note="disagrees with the deficits (an opinion, not the denial of a claim: asserts)")
C(f, "“They are spending right across the board", "Ken Peacock", "he said", alt=KP)
C(f, "It’s just too loose.”", "Ken Peacock", "(quote continued)", alt=KP)
P(f, "BC", "British Columbia", "region", note="title")
P(f, "British Columbia", "British Columbia", "region")
P(f, "B.C.", "British Columbia", "region", note="\"saying B.C.’s economy is strong\"")
P(f, "B.C.", "British Columbia", "region", occ=3, note="\"Economic growth in B.C.\" (the 2nd B.C. is in \"B.C. Business Council\", an organisation)")
P(f, "B.C.", "British Columbia", "region", note="\"B.C.’s total debt\"")

# ------------------------------------------------------------------ 010 Ghana Guardian: police deny a shooting at the EC office in Kumasi, September 2024
f = "010_ghanaguardian.txt"
GPS = ["Ghana Police Service", "The Ghana Police Service", "Police", "the Police", "police"]
F(f, "One", 1, "exact", "person", facet="injured",
  note="the journalist's background, against the police's denial that any demonstrator was injured")
C(f, "Police deny shooting incident", "Police", "deny (title)", stance="denies", alt=GPS)
C(f, "The Ghana Police Service has refuted", "Ghana Police Service", "has refuted", stance="denies", alt=GPS)
C(f, "In a press statement, the Police dismissed", "Ghana Police Service", "dismissed", stance="denies", alt=GPS)
C(f, "They clarified that some demonstrators", "Ghana Police Service", "clarified", alt=GPS)
C(f, "“We urge the media", "Ghana Police Service", "the Police stated", alt=GPS)
P(f, "Kumasi", "Kumasi", "city", 2298890, note="title")
P(f, "Kumasi", "Kumasi", "city", 2298890)
P(f, "Ashanti Region", "Ashanti Region", "region")
P(f, "Ashanti Region", "Ashanti Region", "region")
