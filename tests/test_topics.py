"""Topics: figures measuring the same quantity share a topic across articles, different measures do not."""

from __future__ import annotations

import pytest

from support import make_article
from recoupe.numbers import extract_figures
from recoupe.topics import assign_topics

ARMY_SIZE = ("1,28 million", "1,2 million")


def intersects(a, b) -> bool:
    """Whether two figures' intervals meet, honouring open bounds ("plus de 8 millions" excludes 8 millions)."""
    low_a = float("-inf") if a.value_low is None else a.value_low
    high_a = float("inf") if a.value_high is None else a.value_high
    low_b = float("-inf") if b.value_low is None else b.value_low
    high_b = float("inf") if b.value_high is None else b.value_high
    if high_a < low_b or high_b < low_a:
        return False
    if high_a == low_b:  # touching bounds: a meeting point only if neither side excludes it
        return not ((a.qualifier == "at_most" and a.strict) or (b.qualifier == "at_least" and b.strict))
    if high_b == low_a:
        return not ((b.qualifier == "at_most" and b.strict) or (a.qualifier == "at_least" and a.strict))
    return True


@pytest.fixture(scope="module")
def figures(seed_docs):
    extracted = []
    for name, (article, doc) in sorted(seed_docs.items()):
        extracted += [(name, f) for f in extract_figures(doc, article)]
    topics = assign_topics([f for _, f in extracted])
    return [(name, f) for (name, _), f in zip(extracted, topics)]


def find(figures, text, article_prefix=None):
    found = [f for name, f in figures if f.text == text and (article_prefix is None or name.startswith(article_prefix))]
    assert found, text
    return found


def test_every_count_with_an_object_has_a_topic(figures):
    for _, figure in figures:
        assert (figure.topic is not None) == (figure.object is not None)


def test_first_contingent_is_one_topic_where_the_sources_agree(figures):
    contingent = [(name, f) for name, f in figures if f.object == "soldat" and f.value == 1500]
    assert len(contingent) == 8 and {name[:3] for name, _ in contingent} == {"000", "001", "002", "003", "004"}
    topic = {f.topic for _, f in contingent}
    assert topic == {"soldat:first"}
    members = [f for _, f in figures if f.topic == "soldat:first"]
    # Every 1 500 agrees with every other, and nothing else is in the topic: Budanov's "premier groupe de
    # 2 600 soldats" bound for Kursk (000) is a group sent to the front, not the first contingent shipped.
    assert all(intersects(a, b) for _, a in contingent for _, b in contingent)
    assert sorted(f.value for f in members) == [1500] * 8


def test_shells_disagree_in_one_topic(figures):
    up_to = find(figures, "Jusqu’à huit millions")[0]
    more_than = find(figures, "plus de 8 millions")[0]
    assert up_to.topic == more_than.topic == "obus"
    assert not intersects(up_to, more_than)


def test_army_size_disagrees_and_stands_apart(figures):
    sizes = [find(figures, text)[0] for text in ARMY_SIZE]
    assert sizes[0].topic == sizes[1].topic == "soldat:stock"
    assert not intersects(*sizes)
    planned = [f for _, f in figures if f.object == "soldat" and f.value == 12000]
    training = find(figures, "près de 11 000") + find(figures, "11 000") + find(figures, "environ 10 000")
    assert sizes[0].topic not in {f.topic for f in planned + training}


def test_planned_total_agrees_across_articles(figures):
    planned = [(name, f) for name, f in figures if f.object == "soldat" and f.value == 12000]
    assert {name[:3] for name, _ in planned} == {"000", "003", "004"}  # 003 twice: headline and body
    assert {f.topic for _, f in planned} == {"soldat:total"}
    assert all(intersects(a, b) for _, a in planned for _, b in planned)


def test_troops_in_training_are_their_own_topic(figures):
    training = find(figures, "près de 11 000") + find(figures, "11 000") + find(figures, "environ 10 000")
    assert {f.topic for f in training} == {"soldat:training"}


def test_objects_measured_one_way_keep_a_bare_topic(figures):
    assert {f.topic for _, f in figures if f.object in ("conteneur", "brigade")} == {"conteneur", "brigade"}
    assert {f.topic for _, f in figures if f.kind == "measure"} == {"measure:mm"}


def test_topics_do_not_depend_on_order(figures):
    plain = [f.model_copy(update={"topic": None}) for _, f in figures]
    forward = [f.topic for f in assign_topics(plain)]
    backward = [f.topic for f in reversed(assign_topics(list(reversed(plain))))]
    assert forward == backward == [f.topic for _, f in figures]


def test_facet_rule_on_passages(nlp):
    """Strong cues name the quantity; a bare or weakly cued figure with the same value adopts its facet."""
    passages = [
        "Un premier contingent de 300 soldats est arrivé à la frontière.",
        "Selon l'état-major, 300 soldats s'entraînent déjà près de la frontière.",
        "Quelque 900 soldats suivent une formation dans le nord du pays.",
        "L'armée compte 40 000 soldats en service.",
        "Au total, 500 chars ont été livrés. Jusqu'à 450 chars seraient opérationnels.",
    ]
    extracted = []
    for index, text in enumerate(passages):
        article = make_article(text, name=f"p{index}.txt")
        extracted += extract_figures(nlp(article.text), article)
    assigned = [(f.text, f.topic) for f in assign_topics(extracted)]
    assert [topic for text, topic in assigned if text == "300"] == ["soldat:first", "soldat:first"]
    topic_of = dict(assigned)
    assert topic_of["Quelque 900"] == "soldat:training"
    assert topic_of["40 000"] == "soldat:stock"
    assert topic_of["500"] == topic_of["Jusqu'à 450"] == "char"  # chars are measured one way: no facet needed


def test_tolls_group_whatever_noun_counts_them(nlp):
    from recoupe.pipeline import extract

    text = ("Au moins 78 migrants ont péri dans le naufrage, selon les garde-côtes. Le HCR compte 79 morts. "
            "Les 104 rescapés ont été conduits à Kalamata. Au total, 104 personnes ont été secourues. "
            "Quelque 500 personnes sont portées disparues. Douze soldats ont été tués.")
    article = make_article(text)
    figures = assign_topics(extract(article, nlp(article.text)).figures)
    topics = {f.text: f.topic for f in figures}
    assert topics["Au moins 78"] == topics["79"] == "mort"
    assert topics["104"] == "survivant" and topics["Quelque 500"] == "disparu"
    assert topics["Douze"] == "soldat:mort"


def test_where_a_speaker_spoke_is_not_where_the_counted_are(tmp_path):
    """A sentence-opening place frames the count ("À Lyon, ils étaient 20 000"), but not a count inside what
    someone says there ("À Islamabad, le ministère a indiqué qu'au moins 298 Pakistanais étaient à bord")."""
    import sqlite3

    from recoupe.pipeline import build

    (tmp_path / "a.txt").write_text(
        "Naufrage : le bilan s'alourdit\n\nÀ Islamabad, le ministère a indiqué qu'au moins 298 Pakistanais étaient "
        "à bord. À Lyon, ils étaient environ 20 000 manifestants selon la police.", encoding="utf-8")
    build([tmp_path], tmp_path / "d.db")
    with sqlite3.connect(tmp_path / "d.db") as conn:
        topics = dict(conn.execute("select text, topic from figures"))
    assert topics["au moins 298"] == "pakistanais"
    assert topics["environ 20 000"] == "manifestant@Lyon"
