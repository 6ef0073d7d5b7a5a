"""Frames, topics and verdicts: figures measuring the same real-world quantity share a topic across articles,
different quantities do not, and figures are compared only with figures about the same moment."""

from __future__ import annotations

import sqlite3

import pytest

from support import by_text, dossier, make_article
from recoupe import pipeline, resolve
from recoupe.dates import as_of, infer_published, offset_in_sentence
from recoupe.lexicon import demonym
from recoupe.topics import assign_topics, interval, rounding

FIRST = "soldat/nord-coréen:presence:premier@Russie"



# --- the seeds ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seeds(seed_db):
    conn = sqlite3.connect(seed_db)
    conn.row_factory = sqlite3.Row
    yield conn
    conn.close()


def test_the_first_contingent_agrees(seeds):
    members = seeds.execute("select * from figures where topic = ?", [FIRST]).fetchall()
    assert sorted(f["value"] for f in members) == [1500] * 8
    assert len({f["article_id"] for f in members}) == 5
    spread = seeds.execute("select * from topic_spread where topic = ?", [FIRST]).fetchone()
    assert (spread["verdict"], spread["consistent"]) == ("agree", 1)
    assert "soldats nord-coréens" in spread["label"] and "premier" in spread["label"]


def test_the_first_group_sent_to_kursk_is_its_own_quantity(seeds):
    figure = seeds.execute("select * from figures where text = '2 600'").fetchone()
    assert (figure["event"], figure["scope"], figure["hedged"]) == ("envoyer", "dans la région de Koursk", 1)
    assert seeds.execute("select count(*) from figures where topic = ?", [figure["topic"]]).fetchone()[0] == 1
    assert figure["topic"] != FIRST


def test_a_headline_repeating_its_articles_source_is_no_source_of_its_own(seeds):
    """"1.500 soldats nord-coréens s'entraînent en Russie" (a headline, credited to no one) repeats what its body
    credits to the NIS: every outlet repeats one agency, so the first contingent has one independent source."""
    spread = seeds.execute("select * from topic_spread where topic = ?", [FIRST]).fetchone()
    assert spread["n_independent_sources"] == spread["n_sources"] == 1 and spread["verdict"] == "agree"


def test_containers_and_shells_agree(seeds):
    for texts in (("13 000", "plus de 13.000"), ("Jusqu’à huit millions", "plus de 8 millions")):
        rows = seeds.execute(f"select topic from figures where text in (?, ?)", texts).fetchall()
        assert len(rows) == 2 and rows[0]["topic"] == rows[1]["topic"]
        spread = seeds.execute("select * from topic_spread where topic = ?", [rows[0]["topic"]]).fetchone()
        assert spread["verdict"] == "agree"


def test_planned_figures_are_kept_apart_from_actual_ones(seeds):
    planned = seeds.execute("select modality, topic from figures where object = 'soldat' and value = 12000").fetchall()
    assert {f["modality"] for f in planned} == {"planned", "possible"}  # "prévoit d'envoyer", "pourrait être"
    assert {f["topic"] for f in planned} == {"soldat/nord-coréen:presence@Russie~prévu"}


def test_every_seed_figure_is_dated(seeds):
    undated_articles = {r[0] for r in seeds.execute("select id from articles where published is null")}
    for figure in seeds.execute("select * from figures where kind != 'measure'"):
        assert (figure["as_of"] is None) == (figure["article_id"] in undated_articles and figure["as_of_from"] is None)
    # "des navires ... ont été repérés près de Vladivostok du 8 au 13 octobre": the last day
    assert {r[0] for r in seeds.execute("select as_of from figures where sentence like '%du 8 au 13 octobre%'")} == {
        "2024-10-13"}
    # 001 gives no date in metadata: "vendredi 18 octobre" in its text, the year from the dossier
    assert seeds.execute("select published from articles where source_file like '%001_%'").fetchone()[0] == "2024-10-18"


def test_timeline_gives_each_topic_by_date(seeds):
    rows = seeds.execute("select * from timeline where topic = ?", [FIRST]).fetchall()
    assert len(rows) == 8 and all(r["in_conflict"] == 0 for r in rows)
    dated = [r["as_of"] for r in rows if r["as_of"]]
    assert dated == sorted(dated)


# --- frames on made-up sentences ---------------------------------------------------------------------


def test_frame_of_a_hedged_count_in_a_region(nlp):
    figures = by_text(dossier(nlp, "Selon des sources anonymes, 3 000 soldats russes seraient arrivés à Marseille."))
    figure = figures["3 000"]
    assert (figure.entity, figure.entity_group, figure.event, figure.event_class) == (
        "soldat", "russe", "arriver", "presence")
    assert (figure.modality, figure.hedged, figure.scope) == ("actual", 1, "à Marseille")


@pytest.mark.parametrize("sentence, modality", [
    ("Le pays prévoit d'envoyer 5 000 soldats en Pologne.", "planned"),
    ("Le pays a décidé d'envoyer 5 000 soldats en Pologne.", "planned"),
    ("L'armée devrait déployer 2 000 soldats en Pologne.", "planned"),
    ("Le pays pourrait envoyer 5 000 soldats en Pologne.", "possible"),
    ("Le pays a envoyé 5 000 soldats en Pologne.", "actual"),
    ("Un million de manifestants sont attendus jeudi.", "planned"),
])
def test_modality(nlp, sentence, modality):
    figure = dossier(nlp, sentence).figures[0]
    assert figure.modality == modality, sentence


def test_a_demonym_used_as_a_noun_counts_people_of_that_group(nlp):
    result = dossier(nlp, "Kiev estime que 9 000 Nord-Coréens se trouvent en Russie.",
                     "Selon Séoul, 3 000 soldats nord-coréens sont arrivés en Russie.")
    figures = by_text(result)
    assert figures["9 000"].entity_group == "nord-coréen" and figures["9 000"].event == "se trouver"
    assert figures["9 000"].topic == figures["3 000"].topic == "soldat/nord-coréen:presence@Russie"


def test_tolls_group_whatever_noun_counts_them(nlp):
    text = ("Au moins 78 migrants ont péri dans le naufrage, selon les garde-côtes. Le HCR compte 79 morts. "
            "Les 104 rescapés ont été conduits à Kalamata. Au total, 104 personnes ont été secourues. "
            "Quelque 500 personnes sont portées disparues. Douze soldats ont été tués.")
    result = dossier(nlp, text)
    topics = {f.text: f.topic for f in result.figures}
    assert topics["Au moins 78"] == topics["79"] == "mort"
    # the rescued counted in the one town the toll names and with no place are one toll (_tolls_as_one)
    assert {f.topic for f in result.figures if f.text == "104"} == {"survivant@Kalamata"}
    assert topics["Quelque 500"] == "disparu"
    assert topics["Douze"] == "soldat:killed"


def test_local_counts_stay_apart_from_national_ones(nlp):
    text = ("Jeudi, 1,1 million de personnes ont manifesté en France, dont 80 000 à Paris, selon le ministère. "
            "À Lyon, ils étaient environ 20 000 manifestants selon la police. "
            "Les manifestants étaient nombreux à Nantes (10 000 selon la police, 25 000 selon les syndicats).")
    topics = {f.text: f.topic for f in dossier(nlp, text, published=["2023-01-20"]).figures}
    assert topics["1,1 million"] == "manifestant@France"
    assert topics["80 000"] == "manifestant@Paris"
    assert topics["environ 20 000"] == "manifestant@Lyon"
    assert topics["10 000"] == topics["25 000"] == "manifestant@Nantes"


def test_where_a_speaker_spoke_is_not_where_the_counted_are(nlp):
    """A sentence-opening place frames the count ("À Lyon, ils étaient 20 000"), but not a count inside what
    someone says there ("À Islamabad, le ministère a indiqué qu'au moins 298 Pakistanais étaient à bord")."""
    figures = by_text(dossier(nlp, "À Islamabad, le ministère a indiqué qu'au moins 298 Pakistanais étaient à bord."))
    assert figures["au moins 298"].scope is None
    assert figures["au moins 298"].entity_group == "pakistanais"


def test_another_source_on_the_same_quantity(nlp):
    """"De son côté" gives the same quantity as the figure before, by another source: the same scope."""
    text = ("À Paris, la CGT a annoncé 700 000 manifestants. "
            "De son côté, la préfecture de police a avancé le chiffre de 81 000 manifestants.")
    figures = by_text(dossier(nlp, text, published=["2023-03-07"]))
    assert figures["700 000"].topic == figures["81 000"].topic == "manifestant@Paris"
    assert figures["700 000"].in_conflict == figures["81 000"].in_conflict == 1


# --- dates ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("sentence, published, expected", [
    ("Des navires ont été repérés du 8 au 13 octobre avec 1 500 soldats.", "2024-10-18", ("2024-10-13", "sentence")),
    ("Jeudi, Budanov a affirmé que 11 000 soldats s'entraînaient.", "2024-10-18", ("2024-10-17", "weekday")),
    ("Ce vendredi, 1 500 soldats sont arrivés.", "2024-10-18", ("2024-10-18", "weekday")),
    ("Hier, 2 000 personnes ont manifesté.", "2023-01-20", ("2023-01-19", "weekday")),
    ("La CGT a dénombré 450 000 manifestants contre 800 000 le 23 mars.", "2023-03-28", ("2023-03-28", "article")),
    ("Ils seront 11 000 à partir du 1er novembre.", "2024-10-18", ("2024-10-18", "article")),
    ("Contre 500 000 samedi dernier.", "2023-02-18", ("2023-02-11", "weekday")),
    ("1 500 soldats sont arrivés.", None, (None, None)),
])
def test_as_of(sentence, published, expected):
    number = next(word for word in sentence.split() if word[0].isdigit())
    assert as_of(sentence, sentence.index(number), published) == expected


def test_a_figure_is_dated_where_it_stands_not_inside_a_longer_number(nlp):
    """"40 000 à Nice" after "(record de 240 000 le 7 mars)": the 7 March is the record's date, not Nice's."""
    text = ("Les syndicats ont compté 280 000 manifestants à Marseille (record de 240 000 le 7 mars) "
            "ou encore 40 000 à Nice (record de 30 000 le 7 mars).")
    figures = by_text(dossier(nlp, text, published=["2023-03-23"]))
    assert figures["40 000"].as_of == figures["280 000"].as_of == "2023-03-23"
    assert figures["240 000"].as_of == figures["30 000"].as_of == "2023-03-07"
    assert offset_in_sentence("de 240 000 et 40 000", "40 000") == 14
    assert offset_in_sentence("x 16 000 y 6 000", "6 000", start=121, text="0" * 100 + "le texte. x 16 000 y 6 000") == 11


def test_an_undated_article_is_dated_from_its_text():
    assert infer_published("Vendredi 18 octobre, le NIS a publié des photos. Le 13 octobre, déjà…", 2024) == "2024-10-18"
    assert infer_published("Rien ne date ce texte.", 2024) is None


# --- verdicts ------------------------------------------------------------------------------------


def test_rounding_follows_the_last_significant_digit():
    assert rounding(13000) == 500
    assert rounding(1500) == 50
    assert rounding(1280000) == 5000
    assert rounding(8000000) == 400000  # capped at 5 %
    assert rounding(1089) == 0.5


def test_a_bound_is_an_estimate_near_its_number(nlp):
    figures = by_text(dossier(nlp, "Jusqu'à huit millions d'obus ont été livrés.", "Plus de 8 millions d'obus ont été livrés."))
    up_to, more_than = figures["Jusqu'à huit millions"], figures["Plus de 8 millions"]
    assert interval(up_to)[1] >= interval(more_than)[0]
    assert up_to.topic == more_than.topic and up_to.in_conflict == more_than.in_conflict == 0


def test_protest_days_are_compared_day_by_day(nlp):
    """Two counts of two protest days three days apart are not a contradiction; two counts of one day are."""
    result = dossier(nlp,
                     "Jeudi, 1,1 million de personnes ont manifesté selon le ministère, 2 millions selon la CGT.",
                     "Dimanche, 500 000 personnes ont manifesté selon le ministère.",
                     published=["2023-01-20", "2023-01-23"])
    figures = by_text(result)
    assert {f.topic for f in figures.values()} == {"manifestant"}
    assert (figures["1,1 million"].as_of, figures["500 000"].as_of) == ("2023-01-19", "2023-01-22")
    assert figures["1,1 million"].in_conflict == figures["2 millions"].in_conflict == 1
    assert figures["500 000"].in_conflict == 0
    topic = next(t for t in result.topics if t.id == "manifestant")
    assert (topic.verdict, topic.factor, topic.windows) == ("differ", 1.818, 2)


def test_a_count_that_grew_is_no_contradiction(nlp):
    result = dossier(nlp, "1 500 soldats sont arrivés en Russie.", "12 000 soldats sont arrivés en Russie.",
                     published=["2024-10-10", "2024-11-05"])
    assert {t.verdict for t in result.topics} == {"agree"}
    assert {f.topic for f in result.figures} == {"soldat:presence@Russie"}


def test_topics_do_not_depend_on_order(nlp):
    result = dossier(nlp, "Selon Séoul, 3 000 soldats nord-coréens sont arrivés en Russie.",
                     "Kiev estime que 9 000 Nord-Coréens se trouvent en Russie. 1 000 soldats sont arrivés à Koursk.")
    plain = [f.model_copy(update={"topic": None}) for f in result.figures]
    forward = [f.topic for f in assign_topics(plain, result.places, result.place_mentions)]
    backward = [f.topic for f in reversed(assign_topics(list(reversed(plain)), result.places, result.place_mentions))]
    assert forward == backward == [f.topic for f in result.figures]


def test_demonyms_from_cldr_and_the_lexicon():
    assert demonym("nord-coréennes") == "nord-coréen"
    assert demonym("Russes") == "russe"
    assert demonym("américaine") == "américain"
    assert demonym("esclaves") is None and demonym("soldats") is None


def test_two_counts_set_side_by_side_are_no_contradiction(nlp):
    """One sentence, one source, no other source named between: "140 incendies ont été éteints et 50 sont
    toujours en cours" contrasts two counts. Two sources in one sentence are compared."""
    result = dossier(nlp, "Jeudi, 140 incendies ont été éteints et 50 sont toujours en cours, a indiqué le ministre.",
                     "Jeudi, à Rennes, les manifestants étaient 6 500 selon la préfecture, 15 000 selon les syndicats.",
                     published=["2023-03-24", "2023-03-24"])
    figures = by_text(result)
    assert figures["140"].in_conflict == figures["50"].in_conflict == 0
    assert figures["6 500"].in_conflict == figures["15 000"].in_conflict == 1


def test_names_and_margins_make_their_own_quantities(nlp):
    result = dossier(nlp, "LFI (74 députés) pourrait déposer une motion. Le groupe Liot (Liberté, indépendants, "
                     "20 députés) aussi. La motion a été rejetée à 9 voix près. Une autre a recueilli 94 voix.")
    figures = by_text(result)
    assert (figures["74"].entity_group, figures["20"].entity_group) == ("LFI", "Liot")
    assert figures["74"].topic != figures["20"].topic
    assert figures["9"].event == "écart" and figures["9"].topic != figures["94"].topic


def test_a_running_tally_from_one_source_grows_without_conflict(nlp):
    """Arrests counted through the day by the same source (or by none named) are updates; two sources disagree."""
    result = dossier(nlp, "Jeudi, selon la préfecture, 38 personnes avaient été interpellées à Lyon.",
                     "Jeudi, la préfecture a fait état de 44 interpellations à Lyon.",
                     "Jeudi, 30 interpellations ont eu lieu à Lyon.",
                     published=["2023-01-20"] * 3)
    figures = by_text(result)
    assert figures["38"].topic == figures["44"].topic == figures["30"].topic
    assert {f.in_conflict for f in figures.values()} == {0}


def test_a_range_is_one_estimate_unless_a_town_gives_two_counts_in_parentheses(nlp):
    result = dossier(nlp, "Les autorités craignent la présence de 500 à 1 000 casseurs dans le cortège.",
                     published=["2023-04-12"])
    assert {t.verdict for t in result.topics} == {"agree"}


def test_a_difference_is_no_count(nlp):
    text = ("Jeudi, 40 000 manifestants ont défilé à Marseille. Ils étaient aussi près de 25 000 manifestants à "
            "Montpellier, soit 10 000 de plus que lors de la première manifestation.")
    figures = by_text(dossier(nlp, text, published=["2023-01-31"]))
    assert figures["près de 25 000"].topic == "manifestant@Montpellier"
    assert figures["10 000"].event == "écart" and figures["10 000"].topic != figures["près de 25 000"].topic


def test_the_previous_day_of_an_event_is_the_one_the_dossier_dates(nlp):
    """"contre 500 000 lors de la précédente journée": the protest day before, as the dossier's figures date it."""
    result = dossier(nlp, "Jeudi 23 mars, 500 000 jeunes ont manifesté selon l'Unef. Jeudi 23 mars, 1 000 jeunes ont "
                     "manifesté à Nice.",
                     "Mardi, selon l'Unef, 400 000 jeunes ont participé aux manifestations, contre 450 000 lors de "
                     "la précédente journée.", published=["2023-03-24", "2023-03-29"])
    figures = by_text(result)
    assert figures["400 000"].as_of == "2023-03-28" and figures["450 000"].as_of == "2023-03-23"
    assert figures["400 000"].in_conflict == 0


def test_a_participle_read_as_an_adjective_still_says_the_event(nlp):
    """"149 policiers et gendarmes blessés": wounded, not the police deployed; "rien qu'à Paris" is in Paris."""
    figures = by_text(dossier(nlp, "Bilan : 149 policiers et gendarmes blessés, 172 interpellations.",
                              "Au total 11 500 policiers seront déployés en France. Ils seront 4 200 rien qu'à Paris.",
                              published=["2023-03-24", "2023-04-12"]))
    assert figures["149"].event_class == "wounded"
    assert figures["4 200"].scope_key != figures["11 500"].scope_key


def test_a_town_then_ou_scopes_the_counts_that_follow(nlp):
    """"Même chose à Toulouse (sud-ouest), où les organisateurs ont compté 65.000 manifestants": in Toulouse; the
    two counts of one town given together in parentheses ("(7.800 et 20.000 samedi)") are compared."""
    text = ("Jeudi, 1,3 million de manifestants ont défilé en France. Même chose à Toulouse (sud-ouest), où les "
            "organisateurs ont compté 65.000 manifestants. Au Havre, ils étaient 5.800 selon la préfecture, 20.000 "
            "selon les syndicats (7.800 et 20.000 samedi).")
    figures = dossier(nlp, text, published=["2023-02-17"]).figures
    by = {(f.text, f.start): f for f in figures}
    assert next(f for f in figures if f.text == "65.000").topic == "manifestant@Toulouse"
    saturday = [f for f in figures if f.as_of == "2023-02-11"]
    assert sorted(f.text for f in saturday) == ["20.000", "7.800"] and all(f.in_conflict for f in saturday)


def test_a_long_relative_clause_on_a_town_scopes_its_count(nlp):
    """"Ils étaient 4 000 à Grenoble, où la police a essuyé des jets de pierres et procédé à 12 interpellations": the
    arrests are Grenoble's, not the country's; a clause that names another place before its count is not read this way."""
    text = ("Ils étaient 4 000 à Grenoble, où les forces de l'ordre ont essuyé quelques jets de pierres et procédé à "
            "12 interpellations, selon la préfecture. À Lille, où la police venue de Paris a procédé à 9 "
            "interpellations, le calme est revenu.")
    figures = by_text(dossier(nlp, text, published=["2023-02-17"]))
    assert figures["12"].scope == "à Grenoble" and figures["12"].topic.endswith("@Grenoble")
    assert figures["9"].scope == "À Lille"  # the sentence's frame, not Paris named inside the clause


def test_a_record_beaten_is_dated_by_its_own_day(nlp):
    text = ("Des chiffres records ont été annoncés, battant à chaque fois le score de la mobilisation du 7 mars : "
            "280 000 manifestants à Marseille (record de 240 000 le 7 mars).")
    figures = by_text(dossier(nlp, text, published=["2023-03-23"]))
    assert (figures["280 000"].as_of, figures["240 000"].as_of) == ("2023-03-23", "2023-03-07")


def test_a_periphrasis_is_its_town_and_cote_is_no_counted_noun(nlp):
    """"dans la Ville Lumière" is Paris when the dossier names Paris; "(contre 87 000 côté police)" counts what
    the figure before it counts."""
    result = dossier(nlp, "Jeudi, la CGT a compté 500 000 manifestants à Paris (contre 87 000 côté police).",
                     "Jeudi, la CGT dénombre 300 000 manifestants dans la Ville Lumière.",
                     published=["2023-01-20", "2023-01-20"])
    figures = by_text(result)
    assert figures["500 000"].topic == figures["87 000"].topic == figures["300 000"].topic == "manifestant@Paris"


def test_a_total_since_a_moment_is_its_own_quantity(nlp):
    """"Depuis jeudi, … 855 interpellations en France": a total, apart from one day's arrests; "la plus faible
    depuis le début", after a comma, is a comparison."""
    result = dossier(nlp, "Jeudi, 172 personnes ont été interpellées en France, selon le ministre.",
                     "Depuis jeudi, le ministre a affirmé qu'il y avait eu 855 interpellations en France.",
                     "La CGT a revendiqué 1,3 million de manifestants, participation la plus faible depuis le début.",
                     published=["2023-03-24", "2023-03-27", "2023-03-24"])
    figures = by_text(result)
    assert figures["855"].topic == "interpellation:cumul@France" != figures["172"].topic
    assert figures["1,3 million"].topic == "manifestant"
    assert next(t for t in result.topics if t.id == figures["855"].topic).label.endswith("(cumul)")


def test_forces_are_deployed_and_a_pair_of_nouns_is_one_set(nlp):
    """"12.000 policiers et gendarmes mobilisés" are deployed; "gendarmes et policiers blessés" are the same
    people as "policiers et gendarmes blessés"."""
    result = dossier(nlp, "Jeudi, 12.000 policiers et gendarmes ont été mobilisés en France.",
                     "Jeudi, 149 policiers et gendarmes ont été blessés en France.",
                     "Jeudi, 149 gendarmes et policiers ont été blessés en France.",
                     published=["2023-03-24"] * 3)
    figures = result.figures
    deployed = next(f for f in figures if f.text == "12.000")
    assert deployed.event_class == "presence" and deployed.entity == "gendarme et policier"
    wounded = [f for f in figures if f.text == "149"]
    assert len({f.topic for f in wounded}) == 1 and wounded[0].topic == "gendarme et policier:wounded@France"
    assert next(t for t in result.topics if t.id == wounded[0].topic).label.startswith("gendarmes et policiers")


def test_a_town_adjective_scopes_the_count_to_the_town(nlp):
    """"dans le cortège parisien" is in Paris when the dossier names Paris: a Paris forecast is no national one."""
    result = dossier(nlp, "Entre 400 000 et 600 000 manifestants pourraient défiler jeudi en France. Les participants "
                     "pourraient être entre 40 000 et 70 000 dans le cortège parisien.",
                     "Jeudi, 57 000 manifestants ont défilé à Paris.", published=["2023-04-12", "2023-04-14"])
    figures = by_text(result)
    assert figures["entre 40 000 et 70 000"].topic == "manifestant@Paris~prévu"
    assert figures["entre 40 000 et 70 000"].topic != figures["Entre 400 000 et 600 000"].topic


# --- tolls, populations and amounts on a story nobody tuned for (issue 12) ---------------------------


def bilingual(nlp, *texts, published=None):
    """dossier() with each made-up article parsed by its own language's model."""
    from recoupe.nlp import get_nlp

    extractions = []
    for index, text in enumerate(texts):
        article = make_article(text, name=f"p{index}.txt")
        if published:
            article = article.model_copy(update={"published": published[index]})
        extractions.append(pipeline.extract(article, get_nlp(article.language)(article.text)))
    return resolve.resolve(extractions, [])


def test_a_toll_whatever_word_and_language_counts_it(nlp):
    """The dead are one quantity whether the text counts "morts", "personnes mortes", "personnes tuées" or, in
    English, "deaths", "people killed" or "the toll"; the missing likewise ("disparus", "portées disparues",
    "reported missing")."""
    result = bilingual(
        nlp,
        "Le ministère a indiqué que 1 200 personnes étaient mortes et que 4 000 habitants étaient portés disparus. "
        "Le nombre de personnes tuées pourrait grimper à 9 000 personnes, selon le maire. On compte 800 disparus.",
        "The agency reported 1,500 deaths on Tuesday, while 3,800 people are reported missing. Officials have "
        "now pegged the toll at 2,100.")
    topics = {f.text: f.topic for f in result.figures}
    assert topics["1 200"] == topics["pourrait grimper à 9 000"] == topics["1,500"] == topics["2,100"] == "mort"
    assert topics["4 000"] == topics["800"] == topics["3,800"] == "disparu"


def test_a_toll_in_the_stricken_town_and_in_its_country_is_one_quantity(nlp):
    """A disaster's toll given in its town and in its country is the one toll the sources compare; a toll said to
    be elsewhere stays apart; tolls of two towns stay two quantities."""
    result = dossier(nlp, "Au moins 2 000 personnes sont mortes à Agadir, selon le gouverneur. Selon la mairie, "
                          "3 800 morts ont été recensés dans la ville.",
                     "Le Croissant-Rouge compte 5 000 morts au Maroc, et 150 morts ailleurs dans le pays.",
                     published=["2023-09-11", "2023-09-12"])
    figures = by_text(result)
    assert figures["Au moins 2 000"].topic == figures["5 000"].topic == figures["3 800"].topic == "mort@Maroc"
    assert figures["150"].topic == "mort@ailleurs"
    label = {t.id: t.label for t in result.topics}
    assert label["mort@ailleurs"] == "morts ailleurs dans le pays"
    apart = dossier(nlp, "Selon la préfecture, 3 personnes sont mortes à Lyon et 5 personnes sont mortes à Grenoble.")
    assert len({f.topic for f in apart.figures}) == 2


def test_a_feared_toll_is_compared_with_the_counts_of_its_day(nlp):
    """"Le bilan pourrait atteindre 20 000 morts" is a source's estimate of the toll: compared with the counts of
    the same day (two sources far apart contradict), not with the counts of days later (the toll grew)."""
    result = dossier(nlp, "Selon le maire, le bilan pourrait atteindre 20 000 morts.",
                     "Le ministère de l'Intérieur a recensé plus de 3 800 morts.",
                     "Selon l'agence de l'ONU, le bilan s'élève désormais à 11 000 morts.",
                     published=["2023-09-13", "2023-09-13", "2023-09-20"])
    figures = by_text(result)
    feared = figures["pourrait atteindre 20 000"]  # the modal verb is part of the figure: an upper bound
    assert feared.topic == figures["plus de 3 800"].topic == figures["11 000"].topic == "mort"
    assert feared.in_conflict == figures["plus de 3 800"].in_conflict == 1
    assert figures["11 000"].in_conflict == 0
    topic = next(t for t in result.topics if t.id == "mort")
    assert topic.verdict == "contradict" and topic.windows == 2


def test_a_toll_counted_the_same_day_by_a_named_source_and_an_unnamed_one_is_compared(nlp):
    """Unlike arrests through one day, a toll from a named source and one from another article naming none are two
    counts of the same day; in one article, a toll that rose is one count growing."""
    grew = dossier(nlp, "Selon la protection civile, le bilan atteint désormais 60 morts. Hier, 26 morts avaient "
                        "été annoncés.", published=["2023-09-15"])
    assert {f.in_conflict for f in grew.figures} == {0} and len({f.topic for f in grew.figures}) == 1
    result = dossier(nlp, "Selon le Croissant-Rouge, au moins 11 000 personnes ont été tuées.",
                     "Au moins 5 500 personnes ont été tuées, selon un nouveau bilan.",
                     published=["2023-09-15", "2023-09-15"])
    figures = by_text(result)
    assert figures["au moins 11 000"].topic == figures["Au moins 5 500"].topic
    assert figures["au moins 11 000"].in_conflict == figures["Au moins 5 500"].in_conflict == 1


def test_a_town_population_stays_apart_from_counts_of_its_people(nlp):
    """"Une ville de 100 000 habitants" is a population: not the residents who protest, not the displaced "parmi
    les 100 000 habitants"."""
    result = dossier(nlp, "Des centaines d'habitants ont manifesté samedi devant la mairie. La ville, peuplée de "
                          "90 000 habitants, est dévastée. « Au moins 20 000 personnes ont été déplacées » parmi "
                          "les 100 000 habitants, selon l'agence.")
    figures = by_text(result)
    assert figures["90 000"].topic == figures["100 000"].topic == "habitant:population"
    assert figures["Des centaines"].topic != figures["90 000"].topic
    assert figures["Au moins 20 000"].topic == "déplacé"
    assert next(t.label for t in result.topics if t.id == "habitant:population") == "habitants"


def test_amounts_are_what_is_done_with_them(nlp):
    """Two sums of money given for different things are two quantities, and their label says the currency (and the
    buildings a sum goes to: "aux écoles", scope.yml `site_kinds`)."""
    result = dossier(nlp, "Le Parlement a mis à disposition 2 millions de dollars pour la reconstruction. "
                          "Le gouvernement a alloué 18 millions de dollars aux écoles.")
    figures = by_text(result)
    assert figures["2 millions"].topic != figures["18 millions"].topic
    labels = {t.label for t in result.topics}
    assert labels == {"montants en dollars (mettre) pour la reconstruction", "montants en dollars (allouer) aux écoles"}


def test_a_toll_is_dated_by_its_report_not_by_the_storm(nlp):
    """A date that names the day of what caused the toll ("le passage dimanche de la tempête", "the earthquake on
    Sunday") is not the day of the count; a date said of the count is ("retrouvés mercredi")."""
    result = bilingual(nlp, "Le passage dimanche de la tempête a fait plus de 3 800 morts, selon le ministère. "
                            "Au moins 250 corps ont été retrouvés mercredi, selon la même source.",
                       "The earthquake on Sunday killed at least 1,200 people, officials said on Thursday.",
                       published=["2023-09-14", "2023-09-14"])
    figures = by_text(result)
    assert figures["plus de 3 800"].as_of == "2023-09-14"
    assert figures["Au moins 250"].as_of == "2023-09-13"
    assert figures["at least 1,200"].as_of == "2023-09-14"


def test_people_of_whom_nothing_is_said_are_compared_with_nothing(nlp):
    """"3 000 personnes" with no verb, no class and no group say nothing a reporter could compare."""
    result = dossier(nlp, "Le ministère évoque le chiffre de 3 000 personnes.",
                     "La Croix-Rouge évoque le chiffre de 9 000 personnes.", published=["2023-09-15", "2023-09-15"])
    figures = by_text(result)
    assert figures["3 000"].topic == figures["9 000"].topic
    assert figures["3 000"].in_conflict == figures["9 000"].in_conflict == 0


def test_an_increment_is_no_count(nlp):
    """"three more deaths had been confirmed, bringing the toll to 16": the three are no toll."""
    result = bilingual(nlp, "Officials said three more deaths had been confirmed, bringing the toll to 16.")
    figures = by_text(result)
    assert figures["three"].event_class == "écart" and figures["three"].topic != figures["16"].topic


def test_a_count_with_no_noun_of_its_own_is_what_its_verb_says(nlp):
    """"6,085 were known to have been displaced": no noun is said next to the number, so the verb (through "were
    known to") says what is counted, not a toll noun found elsewhere in the sentence."""
    result = bilingual(nlp, "The storm killed 4,000 people. IOM added that 6,085 were known to have been displaced, "
                            "with the number of deaths still unverified. Some 900 people were displaced in other "
                            "storm-hit areas.")
    figures = by_text(result)
    assert figures["4,000"].topic == "mort" and figures["6,085"].topic == "déplacé"
    assert figures["Some 900"].topic == "déplacé@ailleurs"
    assert next(t.label for t in result.topics if t.id == "déplacé@ailleurs") == \
        "déplacés ailleurs (in other storm-hit areas)"


def test_a_movement_named_as_its_people_is_counted_as_people(nlp):
    """"Bonnets verts", written as a name and said to march, are protesters: the same quantity as the ministry's
    count of "manifestants" that day; "l'acte 3 des Bonnets verts" counts no one."""
    result = dossier(nlp, "Acte 3\n\nSamedi, 41 000 « bonnets verts » ont défilé en France selon le syndicat. "
                          "C'était l'acte 3 des Bonnets verts.",
                     "Mobilisation\n\nSelon le ministère de l'Intérieur, 12 000 manifestants ont défilé samedi en "
                     "France. Quelque 9 000 Bonnets verts avaient manifesté la semaine précédente.",
                     published=["2025-03-09", "2025-03-09"])
    figures = by_text(result)
    assert figures["41 000"].topic == figures["12 000"].topic == figures["Quelque 9 000"].topic
    assert figures["41 000"].in_conflict and figures["12 000"].in_conflict
    assert figures.get("3") is None or figures["3"].topic != figures["12 000"].topic


def test_a_small_count_with_no_place_is_no_national_count(nlp):
    """"quelque 300 manifestants" somewhere, on a day the country counts 50 000, is a local count: listed under a
    place not said, compared with nothing; the two national counts of that day are compared."""
    result = dossier(nlp, "Samedi\n\nSelon le ministère, 50 000 manifestants ont défilé samedi en France. "
                          "Quelque 300 manifestants ont bloqué un rond-point samedi.",
                     "Samedi\n\nLe syndicat a compté 120 000 manifestants samedi en France. Une cinquantaine de "
                     "manifestants se sont rassemblés samedi devant la mairie.",
                     published=["2025-03-09", "2025-03-09"])
    figures = by_text(result)
    national = figures["50 000"].topic
    assert figures["120 000"].topic == national and figures["50 000"].in_conflict
    local = figures["Quelque 300"].topic
    assert local != national and "lieu non précisé" in local and not figures["Quelque 300"].in_conflict
    topic = next(t for t in result.topics if t.id == local)
    assert topic.verdict == "agree" and "(lieu non précisé)" in topic.label


def test_people_of_whom_nothing_is_said_are_the_count_of_that_day_they_are_near(nlp):
    """In a dossier whose people are counted protesting and arrested alike, "« un peu moins de 13 000 personnes »"
    that day is the protesters' count (within three times of it, ten times and more from the arrests); "« 9
    000 personnes »" on a day nothing else is counted stays people."""
    result = dossier(nlp, "Samedi\n\nSamedi, 12 000 personnes ont manifesté en France, selon le ministère. "
                          "35 personnes ont été interpellées.",
                     "Samedi\n\nSamedi, 11 000 personnes ont défilé en France, selon la police, et 40 personnes "
                     "ont été interpellées.",
                     "Bilan\n\n« Un peu moins de 13 000 personnes », a dit samedi soir le ministre.",
                     "Lundi\n\n« 9 000 personnes », a dit lundi le ministre.",
                     published=["2025-03-09", "2025-03-09", "2025-03-09", "2025-03-11"])
    figures = by_text(result)
    assert figures["Un peu moins de 13 000"].topic == figures["12 000"].topic == figures["11 000"].topic
    assert figures["35"].topic != figures["12 000"].topic
    assert figures["9 000"].topic != figures["12 000"].topic


def test_a_number_its_speaker_rules_out_measures_nothing(nlp):
    """"des dizaines et pas des milliers" of dead: the thousands are ruled out, in no topic, and no conflict."""
    result = dossier(nlp, "Bilan\n\nLe bilan se compte en dizaines de morts et non en milliers, a dit le ministre "
                          "lundi. Selon la préfecture, 35 personnes sont mortes.",
                     "Bilan\n\n« Ce sera des dizaines de morts, pas des milliers », a dit lundi le maire.",
                     published=["2025-03-10", "2025-03-10"])
    figures = by_text(result)
    assert figures["en milliers"].topic is None and figures["des milliers"].topic is None
    assert figures["35"].topic and not figures["35"].in_conflict


def test_hundreds_feared_against_a_count_of_fourteen_contradict(nlp):
    """"plusieurs centaines" of dead the same day as "au moins 14 morts" are twice apart and more: a conflict; "des
    centaines, voire des milliers" set no vague word against another, and "des dizaines" against 35 is no conflict."""
    result = dossier(nlp, "Bilan\n\nLa tempête a fait au moins 14 morts dans l'île, selon la préfecture.",
                     "Bilan\n\nLe maire craint plusieurs centaines de morts dans l'île.",
                     "Bilan\n\nLe ministre parle de dizaines de morts. L'hôpital a recensé 35 morts.",
                     published=["2025-03-09", "2025-03-09", "2025-03-20"])
    figures = by_text(result)
    assert figures["au moins 14"].topic == figures["plusieurs centaines"].topic
    assert figures["au moins 14"].in_conflict and figures["plusieurs centaines"].in_conflict
    assert not figures["35"].in_conflict and not figures["dizaines"].in_conflict
    topic = next(t for t in result.topics if t.id == figures["au moins 14"].topic)
    assert topic.verdict == "contradict"


def test_a_toll_in_the_department_is_the_toll_of_the_place_named(nlp):
    """"31 morts dans le département" is the toll the other articles give for the one island they name."""
    result = dossier(nlp, "Bilan\n\nLe cyclone a fait 31 morts à Mayotte, selon le ministère.",
                     "Bilan\n\nSelon le ministère, le cyclone a fait 31 morts dans le département le plus pauvre du pays.",
                     published=["2024-12-18", "2024-12-18"])
    figures = by_text(result)
    assert len({f.topic for f in figures.values()}) == 1


def test_a_chronicle_dates_each_figure_by_its_section_heading(nlp):
    """A look back over several protest days, one dated heading per day: each figure is about its section's day,
    not the article's, and two days are not compared."""
    text = ("Retour sur trois samedis\n\nTroisième samedi : samedi 15 mars\n- 30 000 personnes manifestent en "
            "France selon le ministère.\nDeuxième samedi : samedi 8 mars\n- 45 000 personnes manifestent en France "
            "selon le ministère.\n")
    result = dossier(nlp, text, published=["2025-03-20"])
    figures = by_text(result)
    assert (figures["30 000"].as_of, figures["45 000"].as_of) == ("2025-03-15", "2025-03-08")
    assert not figures["30 000"].in_conflict and not figures["45 000"].in_conflict


def test_people_said_to_do_different_unknown_things_are_not_compared(nlp):
    """"1 200 personnes repoussées" by the police and "120 personnes accueillies" by hospitals, the same evening:
    no class says what either did, and they did different things: two quantities, no conflict."""
    result = dossier(nlp, "Soirée\n\nVers 17 heures, 1 200 personnes étaient repoussées vers la place, selon la "
                          "police.",
                     "Hôpitaux\n\nSelon l'hôpital, 120 personnes ont été accueillies samedi soir.",
                     published=["2025-03-08", "2025-03-08"])
    figures = by_text(result)
    assert not figures["1 200"].in_conflict and not figures["120"].in_conflict


# --- a coarser key: split only on evidence (issue 12, two stories nobody tuned for) ----------------


def test_a_verb_no_class_knows_splits_a_quantity_only_on_evidence(nlp):
    """Two verbs no class of events.yml knows ("écouler", "vendre") count one quantity unless the dossier tells
    them apart: one article giving two values far apart, one per verb, in one sentence ("a fabriqué 9 000 vélos
    et en a vendu 5 000")."""
    topics = {(f.article_id, f.text): f.topic for f in dossier(
        nlp, "L'usine a écoulé 5 000 vélos cette année.", "La marque a vendu 4 800 vélos en 2023.",
        "Selon la direction, l'usine a fabriqué 9 000 vélos, et la marque en a vendu 5 000.",
        published=["2023-08-20"] * 3).figures}
    by_text = {}
    for (article, text), topic in topics.items():
        by_text.setdefault(text, set()).add(topic)
    assert by_text["5 000"] == by_text["4 800"] == {"vélo:vendre"}
    assert by_text["9 000"] == {"vélo:fabriquer"}


def test_a_verb_no_class_knows_joins_the_class_its_noun_is_counted_with(nlp):
    """"Ont débarqué" is no class of events.yml: without evidence of another quantity, the people said to land are
    the arrivals the dossier counts ("sont arrivés")."""
    figures = by_text(dossier(nlp, "Mardi, 5 000 migrants sont arrivés en France.",
                              "Mardi, 5 200 migrants ont débarqué en France.", published=["2023-08-16"] * 2))
    assert figures["5 000"].topic == figures["5 200"].topic == "migrant:presence@France"


def test_a_margin_is_no_class_a_count_takes(nlp):
    """A margin ("à 9 voix près") is compared with nothing: a count whose verb says nothing does not take its class."""
    figures = by_text(dossier(nlp, "La motion a été rejetée à 9 voix près.", "Le texte a finalement obtenu 278 voix lors du vote.",
                              published=["2023-03-20"] * 2))
    assert figures["9"].event_class == "écart"
    assert figures["278"].topic != figures["9"].topic


def test_two_nouns_of_people_given_the_same_counts_count_the_same_people(nlp):
    """"Personnes" and "migrants" counted alike twice (the same day, the same value, the same thing said of them)
    are the same people: one quantity; the town the counts name and its country are one scope when the dossier
    names no other town for them."""
    figures = by_text(dossier(
        nlp, "Mardi, 5 000 migrants sont arrivés à Brest. Mercredi, 3 000 migrants sont arrivés en France.",
        "Mardi, 5 000 personnes ont débarqué sur les côtes françaises.",
        "Mercredi, près de 3 000 personnes sont arrivées à Brest.", published=["2023-08-16"] * 3))
    assert {figures[t].topic for t in ("5 000", "3 000", "près de 3 000")} == {"migrant:presence@France"}


def test_a_count_in_a_town_and_a_much_larger_count_in_its_country_stay_apart(nlp):
    """One article giving, for one day, a count in a town and a count in its country twice as large or more tells
    the two apart (the protesters of one town and of the whole country); so does a town's count given as a part
    ("dont un millier à Paris")."""
    figures = by_text(dossier(nlp, "Jeudi, 1 200 000 manifestants ont défilé en France, dont 80 000 à Brest.",
                              "Jeudi, 75 000 manifestants ont défilé à Brest.", published=["2023-03-10"] * 2))
    assert figures["75 000"].topic != figures["1 200 000"].topic
    figures = by_text(dossier(nlp, "Samedi, plus de 1 700 personnes ont été interpellées, dont un millier à Paris.",
                              "Samedi, 1 082 interpellations ont eu lieu à Paris.", published=["2018-12-09"] * 2))
    assert figures["un millier"].topic == figures["1 082"].topic == "interpellation@Paris"
    assert figures["plus de 1 700"].topic != "interpellation@Paris"


def test_a_capacity_is_its_own_quantity(nlp):
    """What a place can hold ("construit pour héberger 400 personnes", "d'une capacité de 400 places", "peut
    accueillir 400 exilés") is one quantity, the places, apart from the people there; "peut" makes it no plan."""
    figures = by_text(dossier(
        nlp, "Le centre, construit pour héberger moins de 400 personnes, en accueille actuellement plus de 6 000.",
        "Le centre, d'une capacité de 400 places, déborde.", "Le centre peut accueillir 400 exilés.",
        published=["2023-09-14"] * 3))
    assert figures["moins de 400"].topic == figures["400"].topic == "place"
    assert figures["plus de 6 000"].topic != "place"


def test_a_total_since_the_start_of_the_year_is_a_total_apart(nlp):
    """"Depuis le début de l'année" is a total since a date (not the story's own start): its own quantity."""
    figures = by_text(dossier(nlp, "Plus de 100 000 migrants sont arrivés en Italie depuis le début de l'année.",
                              "Mardi, 5 000 migrants sont arrivés en Italie.", published=["2023-09-14"] * 2))
    assert figures["Plus de 100 000"].topic.endswith(":cumul@Italie")
    assert figures["5 000"].topic == "migrant:presence@Italie"


def test_a_part_of_a_counted_set_is_a_quantity_apart(nlp):
    """"74 of the 97 dead have been identified", "six des victimes": a part of the toll, not the toll."""
    figures = by_text(bilingual(nlp, "So far, 74 of the 97 dead have been identified. The toll rose to 99 dead.",
                                "Seules six des victimes ont été identifiées. Le bilan est de 99 morts.",
                                published=["2023-09-15"] * 2))
    assert figures["74"].topic == figures["six"].topic == "mort:dont"
    assert figures["97"].topic == "mort"


def test_damage_and_losses_are_one_estimate_and_a_far_price_is_not(nlp):
    """"Les dégâts" and "les pertes" (two money classes of events.yml) are one estimate when no article tells them
    apart; a sum whose words say nothing of what it measures and twenty times away from it (a house's price) does
    not take its class."""
    figures = by_text(dossier(nlp, "Les dégâts sont estimés à 5 milliards d'euros, selon l'assureur.",
                              "Le montant des dégâts atteint 6 milliards d'euros.",
                              "Le prix moyen d'une maison sur l'île est de 300 000 euros.",
                              "Les pertes totales sont évaluées à 5,5 milliards d'euros.",
                              "Le gouvernement a débloqué 25 millions d'euros.",
                              "Selon un cabinet, l'addition atteindrait 4 milliards d'euros.", published=["2023-08-20"] * 6))
    assert figures["5 milliards"].topic == figures["6 milliards"].topic == figures["5,5 milliards"].topic
    assert figures["300 000"].topic != figures["5 milliards"].topic
    assert figures["25 millions"].topic != figures["5 milliards"].topic  # a verb's sum whose values never come near
    assert figures["4 milliards"].topic == figures["5 milliards"].topic  # the one class whose values come near


def test_a_count_over_a_stated_span_is_a_quantity_apart(nlp):
    """A count over a span its sentence states is apart from the counts of a moment: "en une seule journée", "ces
    dernières 48 heures" (a day or two), "entre lundi et mercredi" (days), "en 7 mois" (a total); a toll or a
    tally is not (the toll is the toll)."""
    figures = by_text(dossier(
        nlp, "Plus de 6 000 migrants ont débarqué en une seule journée en Italie.",
        "Ces dernières 48 heures, environ 7 000 migrants sont arrivés en Italie.",
        "Entre lundi et mercredi, environ 8 500 migrants sont arrivés en Italie.",
        "Selon le ministère, 92 000 migrants ont débarqué en Italie en 7 mois.",
        "Mardi, 5 000 migrants sont arrivés en Italie. En 24 heures, 12 personnes sont mortes en mer.",
        published=["2023-09-14"] * 5))
    assert figures["Plus de 6 000"].topic == figures["environ 7 000"].topic == "migrant:presence:jour@Italie"
    assert figures["environ 8 500"].topic == "migrant:presence:semaine@Italie"
    assert figures["92 000"].topic.endswith(":cumul@Italie")
    assert figures["5 000"].topic == "migrant:presence@Italie"
    assert ":jour" not in figures["12"].topic


def test_a_count_naming_no_place_is_the_one_towns_when_the_values_meet(nlp):
    """When a quantity's figures name one town only and no country, those naming no place are the town's once one
    of them meets a count of the town (within 15 %, within a week); a protest day's unscoped count is the
    country's."""
    figures = by_text(dossier(nlp, "En 24 heures, 6 000 migrants ont débarqué à Brest, selon la Croix-Rouge.",
                              "Plus de 6 000 migrants ont débarqué en une seule journée, selon le maire.",
                              "Mardi, 90 000 manifestants ont défilé. À Brest, 90 000 manifestants ont défilé mardi.",
                              published=["2023-08-20"] * 3))
    assert figures["6 000"].topic == figures["Plus de 6 000"].topic
    assert figures["6 000"].topic.endswith(":jour@Brest")
    assert len({f.topic for f in dossier(nlp, "Mardi, 90 000 manifestants ont défilé. À Brest, 90 000 manifestants "
                                         "ont défilé mardi.", published=["2023-08-15"]).figures}) == 2


def test_people_of_whom_nothing_is_said_are_no_toll_nor_arrests(nlp):
    """A toll or arrests are what a text says happened to people: in a dossier whose people are mostly counted dead,
    "« 300 000 personnes »" the minister names without a word of what befell them are not the dead."""
    result = dossier(nlp, "Bilan\n\nSelon le ministère, 2 000 personnes sont mortes samedi dans le séisme.",
                     "Bilan\n\nAu moins 2 100 personnes sont mortes, selon un nouveau bilan.",
                     "Aides\n\n« 300 000 personnes », a dit samedi le ministre.",
                     published=["2025-03-09", "2025-03-09", "2025-03-09"])
    figures = by_text(result)
    assert figures["2 000"].topic == figures["Au moins 2 100"].topic
    assert figures["300 000"].topic != figures["2 000"].topic


def test_a_crowd_is_one_quantity_whatever_english_verb_counts_it(nlp):
    """People who attended, took part in, turned out for or joined a march are its crowd, like its protesters and
    like "230,000 marched" with no noun; and "personnes ont rejoint la manifestation" are the French crowd."""
    result = bilingual(
        nlp,
        "Organisers said 500,000 people attended the march on Sunday. Police said 120,000 people took part.",
        "Hundreds of thousands turned out on Sunday. The union said 450,000 people joined the march, while the "
        "police counted 110,000 protesters.",
        "On Sunday, 480,000 marched through the city, organisers said.",
        "Dimanche, 400 000 personnes ont rejoint la manifestation, selon les syndicats. La police a compté 100 000 "
        "manifestants.",
        published=["2019-06-10"] * 4)
    topics = {f.text: f.topic for f in result.figures}
    crowd = topics["100 000"]
    assert crowd.startswith("manifestant")
    for text in ("500,000", "120,000", "450,000", "110,000", "480,000", "400 000"):
        assert topics[text] == crowd, text


def test_those_who_found_death_are_the_dead(nlp):
    """"ont trouvé la mort" says they died: the toll, not people found somewhere."""
    result = dossier(nlp, "Au moins 820 personnes ont trouvé la mort dans le séisme, selon le ministère.",
                     "Le séisme a fait 1 000 morts, selon un nouveau bilan.", published=["2023-09-09", "2023-09-09"])
    figures = by_text(result)
    assert figures["Au moins 820"].topic == figures["1 000"].topic


def test_a_container_or_a_declaring_verb_says_what_befell_the_people_counted(nlp):
    """"the number of people missing has dropped to 66", "listed as missing", "confirmed dead", "le nombre de
    personnes disparues s'élève à 300": the missing and the dead, not people at large."""
    result = bilingual(
        nlp,
        "The number of people missing after the floods has dropped to 66, officials said on Monday.",
        "Some 80 people are listed as missing, the mayor said on Monday.",
        "At least 36 people have been confirmed dead, the governor said on Monday.",
        "Selon la préfecture, le nombre de personnes disparues s'élève à 70 lundi.",
        "La préfecture a fait état lundi de 40 morts.",
        published=["2023-08-14"] * 5)
    topics = {f.text: f.topic for f in result.figures}
    assert topics["66"] == topics["Some 80"] == topics["70"] == "disparu"
    assert topics["At least 36"] == topics["40"] == "mort"


def test_the_seriously_wounded_are_a_quantity_of_their_own(nlp):
    """"dont 1 200 dans un état grave", "51 personnes se trouvent dans un état grave" and "two in serious condition"
    count the seriously wounded, apart from all the wounded ("672 blessés", "At least 72 people were injured")."""
    result = bilingual(
        nlp,
        "Le séisme a fait 672 blessés, selon le ministère, dont 1 200 dans un état grave selon l'hôpital.",
        "Selon l'hôpital, 51 personnes se trouvent dans un état grave.",
        "At least 72 people were injured, two in serious condition, the hospital said.",
        published=["2023-09-09"] * 3)
    topics = {f.text: f.topic for f in result.figures}
    assert topics["672"] == topics["At least 72"] == "blessé"
    assert topics["51"] == topics["two"] == "blessé:grave"
    labels = {t.id: t.label for t in result.topics}
    assert "dans un état grave" in labels["blessé:grave"]


def test_a_number_after_and_is_no_noun_joined_to_the_one_before(nlp):
    """"2.901 morts et 5.530 blessés": the parse may call "5.530" a noun joined to "morts"; the dead are the dead."""
    result = dossier(nlp, "Le séisme a fait 2.901 morts et 5.530 blessés, selon un dernier bilan officiel.",
                     "Selon le ministère, le séisme a fait 2 900 morts.", published=["2023-09-12"] * 2)
    figures = by_text(result)
    assert figures["2.901"].topic == figures["2 900"].topic
    assert figures["5.530"].topic != figures["2.901"].topic


def test_a_rate_is_a_quantity_of_its_own(nlp):
    """A rate ("10 000 par jour", "chaque semaine", "23,000 a day", "82 deaths daily") is never set against a total:
    it is the count of a day (or a week), as a count over such a span is; "en une journée" stays that span, "a day
    after" is a date and "selon le rapport quotidien" says nothing of the count."""
    figures = by_text(dossier(
        nlp, "Au total, 300 000 réfugiés sont arrivés au Bangladesh, selon l'ONU.",
        "Environ 10 000 réfugiés arrivent au Bangladesh par jour, selon l'ONU.",
        "Chaque semaine, 40 000 réfugiés arrivent au Bangladesh.",
        "Plus de 12 000 réfugiés sont arrivés au Bangladesh en une seule journée.",
        "Au total, 310 000 réfugiés sont arrivés au Bangladesh, selon le rapport quotidien de l'ONU.",
        published=["2017-09-20"] * 5))
    total, daily, weekly = figures["300 000"], figures["Environ 10 000"], figures["40 000"]
    assert daily.topic.split("@")[0].endswith(":jour") and weekly.topic.split("@")[0].endswith(":semaine")
    assert len({total.topic, daily.topic, weekly.topic}) == 3
    assert figures["Plus de 12 000"].topic == daily.topic and figures["310 000"].topic == total.topic
    result = bilingual(nlp, "At least 23,000 refugees arrived in Bangladesh a day, the UN said.",
                       "Some 300,000 refugees have arrived in Bangladesh, the UN said.",
                       "Before the storm, the island had 82 deaths daily, the registry said.",
                       "A day after the storm, 300 people were dead, officials said.",
                       published=["2017-09-20"] * 4)
    english = by_text(result)
    assert ":jour" in english["At least 23,000"].topic and ":jour" not in english["Some 300,000"].topic
    assert ":jour" in english["82"].topic and ":jour" not in english["300"].topic
    spread = {t.id: t for t in result.topics}
    assert "par jour" in spread[english["82"].topic].label


def test_a_figure_dated_to_a_past_year_is_that_years_quantity(nlp):
    """A full date in a year before the dossier's ("le 24 février 2004, un séisme ... faisant 628 morts") puts the
    figure in that year's quantity, as a year said alone does; a date of the story's own year does not; "plus de
    2000 morts" is no year."""
    figures = by_text(dossier(
        nlp, "Le séisme a fait au moins 2 900 morts au Maroc, selon le ministère.",
        "Le 24 février 2004, un séisme avait frappé le Maroc, faisant 628 morts.",
        "Le 9 septembre, le séisme avait déjà fait plus de 2000 morts au Maroc.",
        published=["2023-09-12"] * 3))
    assert figures["628"].topic.startswith("mort:2004")
    recent = by_text(dossier(nlp, "Le soir, 50 000 manifestants avaient défilé en France, contre 38 600 le 22 décembre.",
                             published=["2021-03-07"]))
    assert recent["38 600"].topic == recent["50 000"].topic  # a date of the weeks before the dossier: the story's
    assert figures["plus de 2000"].topic == figures["au moins 2 900"].topic and ":20" not in figures["plus de 2000"].topic


def test_a_count_after_a_word_of_part_is_a_quantity_apart(nlp):
    """"7 000 personnes évacuées, parmi lesquelles environ 500 touristes", "including 300 children": the count after
    "dont", "parmi lesquels", "including", "of whom" is a part of the count before, not that count."""
    figures = by_text(bilingual(nlp, "About 7,000 people were evacuated, including 300 children.",
                                "Environ 7 000 personnes ont été évacuées, parmi lesquelles environ 500 touristes.",
                                published=["2021-09-20"] * 2))
    assert figures["300"].topic.endswith(":dont") and figures["environ 500"].topic.endswith(":dont")
    wholes = [f for text, f in figures.items() if "7" in text and "000" in text]
    assert len(wholes) == 2 and not any(f.topic.endswith(":dont") for f in wholes)


def test_a_count_joined_to_a_part_is_a_part_too_but_not_a_new_clause(nlp):
    """"120 blessés, dont 40 pompiers et 15 policiers": the second count after "dont", joined to the first by "et", is a
    part as well; "dont 20 enfants, et 300 habitants ont été relogés" opens a new clause, whose count is no part."""
    figures = by_text(dossier(nlp, "L'explosion a fait 120 blessés, dont 40 pompiers et 15 policiers, selon la mairie.",
                              "Au total 80 personnes ont été évacuées, dont 20 enfants, et 300 habitants ont été "
                              "relogés.", published=["2022-05-02"] * 2))
    assert figures["40"].topic.endswith(":dont") and figures["15"].topic.endswith(":dont")
    assert not figures["120"].topic.endswith(":dont") and not figures["300"].topic.endswith(":dont")


def test_people_whose_parse_lost_what_befell_them_take_no_toll_from_their_noun():
    """"Hundreds of people, the county says" says nothing of a toll: the people the dossier counts as badly wounded
    ("20 people suffered serious burns", framed as people of class wounded:grave) do not lend it their class as the
    one class of their noun; a class that is no toll still goes to people of whom nothing is said."""
    from recoupe.models import Figure

    def figure(index, text, value, event, cls):
        sentence = f"Sentence {index}: {text} people."
        vague = {"value_low": 200, "value_high": 1000, "qualifier": "vague"} if value is None else {"qualifier": "exact"}
        return Figure(id=f"f{index}", article_id=f"a{index}", start=12, end=12 + len(text), sentence=sentence,
                      text=text, value=value, object="personne", object_text="people", entity="personne",
                      event=event, event_class=cls, as_of="2023-08-14", **vague)

    toll = assign_topics([figure(1, "20", 20, "suffer", "wounded:grave"), figure(2, "hundreds", None, "say", None)])
    assert toll[0].topic.startswith("blessé")
    assert not toll[1].topic.startswith("blessé")
    crowd = assign_topics([figure(1, "20", 20, "march", "gathering"), figure(2, "hundreds", None, "say", None)])
    assert crowd[1].event_class == "gathering"


def test_a_toll_with_and_without_the_group_of_its_dead_is_one_toll(nlp):
    """"6 700 Rohingyas tués" and "au moins 6 700 morts" the same day are one toll, the group's; two French dead
    among 2 900 stay a toll of their own."""
    result = dossier(nlp, "Selon MSF, 6 700 Rohingyas ont été tués depuis août.",
                     "Au moins 6 700 personnes ont été tuées, selon MSF. Plus tôt, 400 personnes avaient été tuées.",
                     published=["2017-12-14", "2017-12-14"])
    figures = by_text(result)
    assert figures["6 700"].topic == figures["Au moins 6 700"].topic
    apart = by_text(dossier(nlp, "Le séisme a fait 2 900 morts au Maroc.", "Deux Français ont été tués au Maroc.",
                            published=["2023-09-11", "2023-09-11"]))
    assert apart["2 900"].topic != apart["Deux"].topic


def test_a_toll_in_a_place_the_gazetteer_cannot_place_is_the_toll_of_the_one_country(nlp):
    """Two dead "à Petite-Terre" (no gazetteer places it) and the dead "à Mayotte" are one toll when the toll names
    that one country only."""
    result = dossier(nlp, "Deux personnes sont mortes à Petite-Terre, selon la préfecture.",
                     "Le cyclone a fait 14 morts à Mayotte, selon la préfecture.",
                     published=["2024-12-14", "2024-12-15"])
    figures = by_text(result)
    assert figures["Deux"].topic == figures["14"].topic


def test_people_who_arrived_are_the_displaced_when_the_dossier_counts_both_alike(nlp):
    """"87 000 Rohingyas sont arrivés au Bangladesh" is the count of the Rohingyas who fled there when the dossier
    gives the same counts of both on two days, and so are their arrivals over a week; soldiers sent meet no count
    of the displaced and stay apart."""
    result = dossier(nlp, "Selon l'ONU, 87 000 Rohingyas sont arrivés au Bangladesh. 500 soldats sont arrivés.",
                     "Selon l'ONU, 87 000 Rohingyas ont fui vers le Bangladesh.",
                     "Selon l'ONU, 123 000 Rohingyas sont arrivés au Bangladesh.",
                     "Selon l'ONU, 123 000 Rohingyas ont fui vers le Bangladesh. Cette semaine, 30 000 Rohingyas sont "
                     "arrivés au Bangladesh.",
                     published=["2017-09-04", "2017-09-04", "2017-09-05", "2017-09-05"])
    figures = by_text(result)
    assert figures["87 000"].topic == figures["123 000"].topic
    assert len({f.topic for f in result.figures if f.text in ("87 000", "123 000")}) == 1
    assert {f.event_class for f in result.figures if f.text in ("87 000", "123 000")} == {"displaced"}
    assert not figures["500"].topic.startswith("déplacé")
    assert figures["30 000"].event_class == "displaced:semaine"  # the arrivals of a week: the displaced of a week


def test_a_toll_over_a_day_weeks_into_a_story_is_that_days_toll(nlp):
    """"14 morts en 24 heures" in a story whose toll was counted weeks before is that day's toll (topic_spans.py),
    and so is "14 morts" the same day; the toll so far stays apart. In a story as young as the span ("2 300 morts
    en 48 heures" on its first days), the span's toll is the toll so far."""
    figures = by_text(dossier(nlp, "Au moins 40 personnes ont été tuées depuis le début des manifestations, selon une ONG.",
                              "Les violences ont fait 14 morts en 24 heures, selon le ministre. Le bilan total "
                              "s'élève à 97 morts, selon l'ONG.",
                              "Les violences de la nuit dernière font 14 morts dans le pays, dit la presse.",
                              published=["2031-03-01", "2031-03-29", "2031-03-29"]))
    assert figures["14"].topic.startswith("mort:jour")
    assert {f.topic for f in figures.values() if f.text == "14"} == {figures["14"].topic}
    assert figures["Au moins 40"].topic == figures["97"].topic != figures["14"].topic
    young = by_text(dossier(nlp, "Le séisme a fait 2 300 morts en 48 heures.", "Le séisme a fait 1 800 morts dans la "
                            "région, selon les secours locaux.",
                            published=["2031-03-02", "2031-03-01"]))
    assert young["2 300"].topic == young["1 800"].topic


def test_a_toll_that_is_named_peoples_count_that_day_is_theirs(nlp):
    """"33 morts" the day the dossier says 33 detainees died, beside a toll of 248 that day, are the detainees'
    dead (another event's), not a count of the whole toll to set against the 248 (topic_spans.named_dead)."""
    figures = by_text(dossier(nlp, "L'évasion a causé la mort de 33 détenus, selon la police. L'évasion a fait 33 morts "
                              "et 15 blessés dans la prison.",
                              "Au total, 248 personnes sont mortes depuis le début des manifestations, selon une ONG.",
                              published=["2031-03-26", "2031-03-26"]))
    assert figures["248"].topic.startswith("mort")
    assert {f.topic for f in figures.values() if f.text == "33"} == {figures["33"].topic}
    assert figures["33"].topic != figures["248"].topic


def test_a_share_takes_no_class_of_people(nlp):
    """A percentage of votes in a protest dossier is no crowd: its topic and label say the votes, not "rassemblés"."""
    figures = by_text(dossier(nlp, "Des milliers de manifestants ont défilé à Maputo. Selon la commission, Paul Durand "
                              "a obtenu 65 % des voix, et les manifestations ont éclaté.", published=["2031-05-04"]))
    assert figures["65 %"].event_class is None and figures["65 %"].topic == "percent:voix/Durand"


def test_a_verb_one_article_says_is_no_quantity_for_another_articles_count(nlp):
    """A figure whose words say nothing of what befell what it counts takes no class from a verb no lexicon knows
    that one article alone says: the "150 assaillants" who attacked are not the "13 assaillants neutralisés"."""
    figures = by_text(dossier(nlp, "Le ministre a indiqué que 13 assaillants ont été neutralisés dans la nuit.",
                              "Le gouvernement évoque l'attaque d'une gendarmerie par plus de 150 assaillants.",
                              published=["2031-05-04"] * 2))
    assert figures["plus de 150"].topic != figures["13"].topic
    figures = by_text(dossier(nlp, "Dans le Nord, il y a eu trois assaillants. Dans le Littoral, 13 assaillants ont été "
                              "neutralisés.", "Le gouvernement évoque l'attaque d'une gendarmerie par plus de 150 "
                              "assaillants.", published=["2031-05-04"] * 2))
    assert figures["trois"].event_class == figures["13"].event_class == "neutraliser"  # its own article says it
    assert figures["plus de 150"].event_class != "neutraliser"


def test_vague_counts_said_to_do_something_else_are_not_a_toll():
    """ "Hundreds of supporters defied a ban" (a verb no lexicon class knows, no value) is not the toll of "four
    supporters were killed": a toll is what a text says befell people."""
    from recoupe.nlp import get_nlp

    figures = by_text(dossier(get_nlp("en"), "Four opposition supporters were killed in the port city on Sunday.",
                              "Hundreds of the candidate's supporters defied a ban on gatherings to protest.",
                              published=["2031-05-04"] * 2))
    assert figures["Four"].event_class == "killed" and figures["Hundreds"].event_class != "killed"


def test_a_town_that_holds_a_toll_is_where_the_countrys_toll_is_beside_a_village_named_once(nlp):
    """Tolls of two towns stay apart, but a town most of the toll's figures name (two or more, twice every other
    place's) is where the country's toll is; the village named once keeps its own toll."""
    figures = by_text(dossier(nlp, "Les inondations ont fait 2 000 morts à Derna, selon le gouvernement.",
                              "Le bilan atteint 2 300 morts à Derna, selon les secours.",
                              "Au moins 2 100 personnes sont mortes à Derna.",
                              "En Libye, le bilan s'élève à 2 200 morts selon l'ONU.",
                              "À Tobrouk, douze personnes sont mortes.", published=["2023-09-13"] * 5))
    assert figures["2 000"].topic == figures["2 300"].topic == figures["2 200"].topic
    assert figures["douze"].topic != figures["2 000"].topic


def test_a_toll_over_the_past_days_is_the_toll_so_far_when_the_story_is_no_older():
    """"nearly 1,500 killed over the past three days" the day after the story's first toll: the span is the whole story,
    the count is the toll so far (compared with 2,000); four weeks into the story, it is that span's count, apart."""
    from recoupe.nlp import get_nlp

    said = "The Sudan Doctors Network reported that nearly 1,500 civilians were killed in the city over the past three days."
    young = by_text(dossier(get_nlp("en"), "More than 2,000 civilians were killed in the city, the government said.", said,
                            published=["2025-10-28", "2025-10-29"]))
    assert young["nearly 1,500"].topic == young["More than 2,000"].topic
    assert young["nearly 1,500"].in_conflict == young["More than 2,000"].in_conflict == 1
    old = by_text(dossier(get_nlp("en"), "More than 200 civilians were killed in the city, the government said.", said,
                          published=["2025-10-01", "2025-10-29"]))
    assert old["nearly 1,500"].topic != old["More than 200"].topic and ":semaine" in old["nearly 1,500"].topic


def test_a_date_beside_the_events_is_theirs_not_the_counts(nlp):
    """"les événements survenus le mercredi 1er octobre" date what happened: a toll given on Thursday is Thursday's."""
    from support import by_text, dossier

    figures = by_text(dossier(nlp, "Jeudi 2 octobre 2031 - Le ministère a déclaré que les événements violents survenus "
                              "le mercredi 1er octobre ont fait 354 blessés.", published=["2031-10-02"]))
    assert figures["354"].as_of == "2031-10-02"
