"""Figures extractor: the seeds against the hand-made gold, the rule passages, and what must never be a count."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from support import SEEDS, make_article
from figure_scoring import figure_to_prediction, load_gold, score, source_matches
from recoupe.ingest import normalize_whitespace
from recoupe.models import Article, stable_id
from recoupe.numbers import extract_figures

PASSAGES = yaml.safe_load((Path(__file__).parent / "passages" / "figures.yml").read_text(encoding="utf-8"))

# Surfaces in the seeds that are not counts: dates, years, calibres, ordinals, anaphoric sets.
NOT_COUNTS = {
    "000_2fc6b54701b2ed49.txt": ["1er novembre", "122", "152 mm", "premier groupe", "l’un ou l’autre"],
    "001_fd0b306409274ced.txt": ["18 octobre", "du 8 au 13 octobre", "les deux pays", "premier contingent"],
    "002_073be19748641bf7.txt": ["18 octobre 2024", "août 2023", "17 octobre 2024", "fin 2023", "du 8 au 13 octobre",
                                 "les deux pays"],
    "003_dde4b7436e70457b.txt": ["1953", "1er novembre", "l’un des deux pays", "les deux dirigeants"],
    "004_97458b054b6302ec.txt": ["du 8 au 13 octobre", "1950-1953", "deux dernières années", "l’un des pays"],
}


@pytest.fixture(scope="module")
def seed_figures(seed_docs):
    return {name: extract_figures(doc, article) for name, (article, doc) in seed_docs.items()}


@pytest.fixture(scope="module")
def seed_score(seed_figures):
    predictions = [figure_to_prediction(f, name) for name, figures in seed_figures.items() for f in figures]
    return score(predictions, load_gold())


# --- seeds against the gold ------------------------------------------------------------------


def test_gold_covers_every_seed(seed_articles):
    assert set(load_gold()) == set(seed_articles)


@pytest.mark.parametrize("name", sorted(NOT_COUNTS))
def test_seed_f1_per_article(seed_score, name):
    result = seed_score["articles"][name]
    assert result["f1"] >= 0.95, result


def test_seed_qualifier_accuracy(seed_score):
    assert seed_score["qualifier_accuracy"] >= 0.95, seed_score["errors"]["qualifier"]
    assert seed_score["overall"]["f1"] >= 0.95


@pytest.mark.parametrize("name", sorted(NOT_COUNTS))
def test_no_date_year_calibre_or_ordinal_counted(seed_figures, seed_articles, name):
    text = seed_articles[name].text
    counts = [f for f in seed_figures[name] if f.kind != "measure"]
    for surface in NOT_COUNTS[name]:
        occurrences = [m.span() for m in re.finditer(re.escape(surface), text)]
        assert occurrences, f"{surface!r} not in {name}"
        for start, end in occurrences:
            overlapping = [f.text for f in counts if f.start < end and start < f.end]
            assert not overlapping, f"{surface!r} stored as a count: {overlapping}"


def test_calibres_are_measures(seed_figures):
    calibres = [f for f in seed_figures["000_2fc6b54701b2ed49.txt"] if f.text in ("122", "152")]
    assert calibres and all(f.kind == "measure" and f.object == "mm" for f in calibres)


def test_markup_and_page_codes_of_the_raw_files_are_not_counts(nlp):
    """Even without ingest's cleaning, scraper debris and page codes give no figure."""
    seen = set()
    for name in ("001_fd0b306409274ced.txt", "003_dde4b7436e70457b.txt"):
        raw = normalize_whitespace((SEEDS / name).read_text(encoding="utf-8"))
        article = Article(id="raw", text=raw, raw_text=raw, word_count=len(raw.split()), sha256="x", source_file=name)
        figures = extract_figures(nlp(raw), article)
        for marker in ("jsx-2028956212", "fr-02", "8 heures"):
            for match in re.finditer(re.escape(marker), raw):
                seen.add(marker)
                assert not [f for f in figures if f.start < match.end() and match.start() < f.end], marker
        assert {f.value for f in figures if f.kind == "count"} >= {1500.0}
    assert seen == {"jsx-2028956212", "fr-02", "8 heures"}


def test_figures_carry_provenance(seed_figures, seed_articles):
    for name, figures in seed_figures.items():
        article = seed_articles[name]
        for figure in figures:
            assert article.text[figure.start:figure.end] == figure.text
            assert figure.text in figure.sentence and figure.sentence in article.text
            assert "\n" not in figure.sentence
            assert figure.article_id == article.id
            assert figure.id == stable_id(article.id, figure.start, figure.end, figure.text)
            assert figure.claim_id is None and figure.source_text is None and figure.topic is None


def test_bounds_follow_the_qualifier(seed_figures):
    for figure in (f for figures in seed_figures.values() for f in figures):
        if figure.qualifier == "exact":
            assert figure.value_low == figure.value_high == figure.value
        elif figure.qualifier == "approx":
            assert figure.value_low < figure.value < figure.value_high
        elif figure.qualifier == "at_least":
            assert figure.value_low == figure.value and figure.value_high is None
        elif figure.qualifier == "at_most":
            assert figure.value_low is None and figure.value_high == figure.value
        elif figure.qualifier == "vague":
            assert figure.value is None and figure.value_low < figure.value_high


def test_seed_strictness(seed_figures):
    by_text = {f.text: f for figures in seed_figures.values() for f in figures}
    assert by_text["plus de 8 millions"].strict and by_text["plus de 13.000"].strict
    assert not by_text["Jusqu’à huit millions"].strict
    assert not by_text["Pas moins de 1.500"].strict and not by_text["au moins 1 500"].strict


def test_object_phrase_is_the_surface(seed_figures):
    texts = {f.object_text for figures in seed_figures.values() for f in figures}
    assert "soldats d’infanterie nord-coréens" in texts
    assert "forces d’opérations spéciales nord-coréennes" in texts


def test_extraction_is_deterministic(seed_docs, seed_figures):
    article, doc = seed_docs["002_073be19748641bf7.txt"]
    assert extract_figures(doc, article) == seed_figures["002_073be19748641bf7.txt"]


# --- rule passages ---------------------------------------------------------------------------


def test_enough_passages():
    assert len(PASSAGES) >= 20
    assert len({p["id"] for p in PASSAGES}) == len(PASSAGES)


@pytest.mark.parametrize("passage", PASSAGES, ids=[p["id"] for p in PASSAGES])
def test_passage(nlp, passage):
    article = make_article(passage["text"])
    figures = extract_figures(nlp(article.text), article)
    got = [(f.text, f.value, f.qualifier, f.object, f.kind) for f in figures]
    expected = [
        (e["text"], None if e["value"] is None else float(e["value"]), e["qualifier"], e["object"], e.get("kind", "count"))
        for e in passage["figures"]
    ]
    assert got == expected, passage["rule"]
    for figure, wanted in zip(figures, passage["figures"]):
        if "strict" in wanted:
            assert figure.strict == wanted["strict"], figure.text
        if "low" in wanted:
            assert figure.value_low == wanted["low"], figure.text
        if "high" in wanted:
            assert figure.value_high == wanted["high"], figure.text


# --- percentages, qualifiers after an elision, parts of a whole (made-up sentences) ------------

# (sentence, [(text, value, qualifier, strict, kind, object), ...])
GRAMMAR_CASES = [
    ("Les loyers vont baisser d’environ 40 euros par mois.", [("environ 40", 40, "approx", False, "amount", "euro")]),
    ("Les ventes ont progressé d'au moins 6 % en un an.",
     [("au moins 6 %", 6, "at_least", False, "percent", "vente")]),
    ("Le pays veut revenir sous les 4 % de chômage.", [("sous les 4 %", 4, "at_most", True, "percent", "chômage")]),
    ("Le maire veut ramener la dette sous la barre des 60 % du budget.",
     [("sous la barre des 60 %", 60, "at_most", True, "percent", "dette")]),
    ("La coalition reste en deçà de 200 sièges.", [("en deçà de 200", 200, "at_most", True, "count", "siège")]),
    ("Les dépenses iront au-delà de 90 millions d'euros.",
     [("au-delà de 90 millions", 9e7, "at_least", True, "amount", "euro")]),
    ("Le lac est monté au-dessus de 12 mètres.", [("au-dessus de 12", 12, "at_least", True, "measure", "mètre")]),
    ("Les pertes sont supérieures à 300 tonnes.",
     [("supérieures à 300", 300, "at_least", True, "measure", "tonne")]),
    # percentage points are a percent; "en dix points" and "points de suture" are not
    ("Le chômage a reculé de 0,4 point cette année.", [("0,4 point", 0.4, "exact", False, "percent", "chômage")]),
    ("L'écart entre les listes est inférieur à 3 points.",
     [("inférieur à 3 points", 3, "at_most", True, "percent", "écart")]),
    ("Le blessé a reçu six points de suture.", [("six", 6, "exact", False, "count", "point")]),
    # what a percentage measures
    ("La banque prévoit une croissance de 1,5 % l'an prochain.",
     [("1,5 %", 1.5, "exact", False, "percent", "croissance")]),
    ("Le pays affiche un déficit de 4,2 % du PIB.", [("4,2 %", 4.2, "exact", False, "percent", "déficit")]),
    ("Dans la commune, la participation a atteint 58 % dimanche.",
     [("58 %", 58, "exact", False, "percent", "participation")]),
    ("Les impôts locaux baisseront de 7 % en mars.", [("7 %", 7, "exact", False, "percent", "impôt")]),
    ("Le taux de pauvreté devrait atteindre 15 % cette année.",
     [("15 %", 15, "exact", False, "percent", "pauvreté")]),
    ("Le parti a obtenu 22 % des voix.", [("22 %", 22, "exact", False, "percent", "voix")]),
    ("La fréquentation est estimée à 52 %, contre 48 % attendus par les organisateurs.",
     [("52 %", 52, "exact", False, "percent", "fréquentation"),
      ("48 %", 48, "exact", False, "percent", "fréquentation")]),
    ("La liste verte a réuni 35 % des suffrages. Elle devance la liste rose (30 %) et la liste bleue (12 %).",
     # "suffrages", "votes" and "voix" are one thing counted (numbers.yml concepts)
     [("35 %", 35, "exact", False, "percent", "voix"), ("30 %", 30, "exact", False, "percent", "voix"),
      ("12 %", 12, "exact", False, "percent", "voix")]),
    # a collective noun before a unit is a measure
    ("Les habitants ont marché une vingtaine de kilomètres.",
     [("une vingtaine", 20, "approx", False, "measure", "kilomètre")]),
    # a part of a whole: both numbers count; "l'un des deux" is still a known set
    ("La liste gagne dans trois des huit cantons, et l'un des deux maires s'est retiré.",
     [("trois", 3, "exact", False, "count", "canton"), ("huit", 8, "exact", False, "count", "canton")]),
]


@pytest.mark.parametrize("text, expected", GRAMMAR_CASES, ids=[case[0][:40] for case in GRAMMAR_CASES])
def test_french_grammar_of_figures(nlp, text, expected):
    article = make_article(text)
    figures = extract_figures(nlp(article.text), article)
    got = [(f.text, f.value, f.qualifier, f.strict, f.kind, f.object) for f in figures]
    assert got == [(t, float(v), q, s, k, o) for t, v, q, s, k, o in expected]


def test_percentage_points_keep_their_unit_in_the_text(nlp):
    article = make_article("Selon le sondage, la majorité a perdu 5 points, à 41 %.")
    figures = extract_figures(nlp(article.text), article)
    assert [(f.text, f.kind) for f in figures] == [("5 points", "percent"), ("41 %", "percent")]


# --- the scorer itself -----------------------------------------------------------------------


def test_source_matching_is_lenient_on_case_accents_and_lists():
    assert source_matches("le lieutenant-général Kyrylo Budánov", ["Budanov"])
    assert source_matches("Les services de renseignement sud-coréens", "service de renseignement sud-coréen")
    assert source_matches(None, [None, "NIS"])
    assert not source_matches(None, ["NIS"])
    assert not source_matches("Zelensky", ["NIS", "Budanov"])


def test_scorer_counts_errors():
    gold = {"a.txt": [{"text": "10", "value": 10, "qualifier": "exact", "object": "soldat", "source": "NIS"},
                      {"text": "des centaines", "value": None, "low": 200, "high": 1000, "qualifier": "vague",
                       "object": "soldat", "source": None},
                      {"text": "122", "value": 122, "qualifier": "exact", "object": "mm", "kind": "measure"}]}
    predictions = [
        {"article": "a.txt", "value": 10, "object": "Soldat", "qualifier": "approx", "source": "le NIS"},
        {"article": "a.txt", "value": None, "value_low": 200, "value_high": 1000, "object": "soldat",
         "qualifier": "vague", "source": None},
        {"article": "a.txt", "value": 3, "object": "brigade", "qualifier": "exact", "source": None},
    ]
    result = score(predictions, gold)
    assert result["articles"]["a.txt"]["tp"] == 2
    assert result["articles"]["a.txt"]["precision"] == pytest.approx(2 / 3)
    assert result["articles"]["a.txt"]["recall"] == 1.0
    assert result["qualifier_accuracy"] == 0.5
    assert result["attribution_accuracy"] == 1.0


@pytest.mark.parametrize(
    "sentence, figure, predicate",
    [
        ("Au moins 34 personnes ont été tuées dans la nuit.", "Au moins 34", "tuer"),
        ("L'attaque de la nuit dernière a fait 12 personnes blessées dans le centre.", "12", "blesser"),
        ("La police a interpellé 441 personnes pendant la manifestation de jeudi.", "441", "interpeller"),
        ("Environ 750 000 personnes sont dans le besoin.", "Environ 750 000", None),
    ],
)
def test_predicate_says_what_happened_to_the_counted(nlp, sentence, figure, predicate):
    article = make_article(sentence)
    (found,) = [f for f in extract_figures(nlp(article.text), article) if f.text == figure]
    assert found.predicate == predicate


def test_nautical_miles_are_a_measure_not_thousands(nlp):
    article = make_article("Le chalutier a sombré à 47 milles nautiques de la côte, selon les garde-côtes grecs.")
    found = [(f.text, f.kind, f.object) for f in extract_figures(nlp(article.text), article)]
    assert found == [("47", "measure", "mille nautique")]


def test_spelled_numbers_jump_to_the_docs_number_words(nlp):
    """`next_number_word` gives the number words `is_number_word` finds token by token (made-up sentence)."""
    from recoupe.number_reading import is_number_word, next_number_word

    doc = nlp("Deux cents manifestants, puis trois mille, selon les neuf syndicats ; Vingt-et-un et douze.")
    expected = [t.i for t in doc if is_number_word(t)]
    found, i = [], -1
    while (i := next_number_word(doc, i)) < len(doc):
        found.append(i)
    assert found == expected and len(found) >= 5


def test_a_range_of_four_digit_counts_is_no_pair_of_years(nlp):
    """ "entre 1000 et 1500 personnes": the first end has no noun of its own but the range counts people; "entre
    1990 et 2000 une forte croissance" stays two years."""
    article = make_article("La manifestation autorisée a rassemblé entre 1000 et 1500 personnes, selon la police. "
                           "Le pays a connu entre 1990 et 2000 une forte croissance des exportations.")
    figures = extract_figures(nlp(article.text), article)
    assert [(f.text, f.value_low, f.value_high, f.qualifier) for f in figures] == [
        ("entre 1000 et 1500", 1000.0, 1500.0, "range")]
