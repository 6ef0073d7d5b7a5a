"""A topic's French label ("soldats sud-africains envoyés ou présents en Espagne (premier envoi)"), and the helpers
topics.py and verdicts.py share."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache
from typing import Optional

from .frames import lexicons
from .lexicon import load
from .models import Figure


def modality_class(modality: Optional[str]) -> str:
    return "actual" if modality in (None, "actual") else "prospective"


@lru_cache(maxsize=4096)
def _feminine(noun: str) -> bool:
    """Whether a French noun is feminine, by the model's reading of it after "les" ("les femmes", "les voitures")."""
    from .nlp import get_nlp

    doc = get_nlp("fr")(f"les {_plural(noun)}")
    return len(doc) > 1 and doc[-1].morph.get("Gender") == ["Fem"]


def _agreed(participle: str, noun: str) -> str:
    """A class's participle agreeing with a feminine noun: "femmes blessées", "maisons détruites"; a label of
    several words ("envoyés ou présents") is left as it is."""
    if not participle.isalpha() or participle[-2:] not in ("és", "is", "us", "ts") or not noun or not _feminine(noun):
        return participle
    return participle[:-1] + "es"


def label(members: list[Figure], spec: dict, topic: str) -> str:
    """A French label: "soldats sud-africains envoyés ou présents en Espagne (premier envoi)"."""
    entity = topic.split("/")[0].split(":")[0].split("@")[0].split("~")[0]
    kind = None
    if entity in ("amount", "percent") and topic.startswith(entity + ":"):
        kind, entity = entity, re.split(r"[/:@~]", topic[len(entity) + 1:])[0]  # "amount:dollar~prévu" -> dollar
    elif ":" in entity:
        kind, entity = entity.split(":", 1)
    words = [_plural(entity)]
    if kind == "amount":
        words = [f"montants en {_plural(entity)}" if entity else "montants"]
    elif kind == "percent":
        words = [("% d'" if entity[:1].lower() in "aeiouyéèêâîôûœ" else "% de ") + entity] if entity else ["pourcentages"]
    group = _commonest(f.entity_group for f in members if f.entity_group)
    if "/" in topic and group:
        words.append(f"({group})" if kind == "percent" else _plural(group))  # a share's holder: "% de voix (Doe)"
    prospective = "~" in topic
    cumulative = spec.get("cumulative")
    if spec.get("label") and lexicons()["canonical"].get((members[0].event_class or "").split(":")[0]) == entity:
        spec = {}  # "manifestants", not "manifestants rassemblés"
    if spec.get("label"):
        said = "prévus" if prospective and spec["label"].startswith("envoy") else spec["label"]
        words.append(_agreed(said, entity) if kind is None else said)
    elif members[0].event_class and ":" in topic.split("@")[0] and members[0].event_class not in lexicons()["classes"] and \
            (members[0].event_class or "").split(":")[0] not in lexicons()["classes"] and \
            members[0].event_class.split(":")[0] not in FRAME_MARKS:
        words.append(f"({members[0].event_class.split(':')[0]})")  # an event no class knows: "barrages (rompre)"
    if "@" in topic:
        name = topic.split("@", 1)[1].split("~")[0]
        said = any(f.scope for f in members)
        # a place's scope written in another language is said by the place's name, in French ("à Garoua")
        written = [f.scope for f in members if f.scope and not (
            (f.scope_key or "").startswith(NAMED_SCOPES) and f.scope.split()[0].lower() in OTHER_PREPOSITIONS)]
        country = _commonest(f.scope_key for f in members if (f.scope_key or "").startswith("country:"))
        bare = _french_country(country.split(":", 1)[1]) or name if country else name  # "Sudan" -> "Soudan"
        if country:  # a country's count "vers les pays voisins", "au sud de Marrakech" or "Birmanie" (a subject)
            # does not say the country: its French name does ("au Maroc", "au Myanmar (Birmanie)")
            written = [s for s in written if (name in s or bare in s) and s.split()[0].lower() in PLACE_PREPOSITIONS]
        written = [_without_adverbs(_plain(s)) for s in written]  # "À seulement Petit-Goâve": "à Petit-Goâve"
        scope = _commonest(s for s in written if name in s) or _commonest(written) or bare  # a toll's town and
        first_word = scope.split()[0].lower() if scope.split() else ""  # country: the country
        if name == LOCAL.split(":", 1)[1]:
            scope = f"({name})"  # "manifestants (lieu non précisé)"
        elif "@ailleurs" in topic:
            scope = scope[:1].lower() + scope[1:]  # "ailleurs dans l'est du pays"
            if first_word != "ailleurs":
                scope = f"ailleurs ({scope})"  # "ailleurs (in other storm-hit areas)", in any language
        elif first_word in PLACE_PREPOSITIONS or first_word == "pour":  # "pour le secteur privé": a part, as is
            scope = "à" + scope[1:] if first_word == "a" else scope[:1].lower() + scope[1:]
        elif not said or first_word in OTHER_PREPOSITIONS:
            # a scope the dossier gave these figures, none of them says it ("blessés (France)"), or one said in
            # English that names no place ("mineurs interpellés (in the capital)", not "à in the capital")
            scope = f"({scope})"
        else:
            scope = f"{_preposition(scope)} {scope}"  # a bare name: "à Samarcande", "au Maroc", "en Irak"
        words.append(scope)
    if ":premier" in topic:
        words.append("(premier envoi)")
    marks = set(re.split(r"[:@~/]", topic.split("@")[0])) | set((members[0].event_class or "").split(":"))
    if cumulative or "cumul" in marks:
        words.append(FRAME_MARKS["cumul"])
    day = next((mark for mark in marks if re.fullmatch(r"\d{4}-\d{2}-\d{2}", mark)), None)
    for mark in ("grave", "léger", "dont", "partiel", "exclu", "jour", "semaine", *RATES):  # why these figures are not compared with the quantity's others
        if mark in marks:
            words.append(f"(en une nuit ou un jour, au {day})" if mark == "jour" and day else FRAME_MARKS[mark])
    words += ["(renforts)"] if ":renfort" in topic.split("@")[0] else []
    year = next((mark for mark in marks if re.fullmatch(r"\d{4}", mark)), None)
    if year:
        words.append(f"(en {year})")  # another year's event: "morts au Maroc (en 1960)"
    if prospective and not (spec.get("label") or "").startswith("envoy"):
        words.append("(prévision)")
    return " ".join(w for w in words if w)


# Marks of a topic's frame that keep its figures apart from the quantity of the same name, said in its label:
# a total since a moment, a count given before the day's end (frame_lexicon.PARTIAL), a number its source rules
# out (frame_lexicon.RULED_OUT).
# The scope topics give a count of a place the text does not say: listed, compared with nothing (verdicts)
LOCAL = "noun:lieu non précisé"
# The holder of a share whose holder is not said, in a dossier that says others' (topic_adoption._share_holders)
UNHELD = "bénéficiaire non précisé"

FRAME_MARKS = {"cumul": "(cumul)", "partiel": "(compte partiel, en cours de journée)",
               "exclu": "(chiffre écarté par sa source)", "dont": "(part d'un chiffre plus large)",
               "jour": "(en un jour ou deux, ou par jour)", "semaine": "(sur quelques jours, ou par semaine)",
               "grave": "(dans un état grave)", "léger": "(légèrement blessés)"}
RATES = {"par_mois": "(par mois)", "par_an": "(par an)"}  # a rate: "23 000 par jour" is never set against a total
FRAME_MARKS |= RATES
# The first words of a scope that say where by themselves ("près du Panthéon", "autour de la place"): no "à" before
PLACE_PREPOSITIONS = ("à", "a", "au", "aux", "en", "dans", "sur", "vers", "près", "autour", "devant", "derrière",
                      "sous", "entre", "hors", "chez", "face", "aux abords", "le long")
NAMED_SCOPES = ("place:", "country:", "town:")  # scope keys of a named place (not a noun: "sur le front")
# The first words of a scope written in English ("in the northern city of Garoua"): the label names the place in
# French instead ("à Garoua")
OTHER_PREPOSITIONS = ("in", "at", "near", "around", "inside", "within", "across", "throughout", "outside", "among",
                      "towards", "toward", "on", "close")


@lru_cache(maxsize=1)
def _territories() -> dict:
    """The countries' French names (CLDR) by ISO code."""
    import babel
    return dict(babel.Locale("fr").territories)


@lru_cache(maxsize=1)
def _country_names() -> frozenset:
    """The countries' French names: the names _preposition knows the grammar of."""
    return frozenset(_territories().values())


def _french_country(code: str) -> Optional[str]:
    """A country's French name by its ISO code, for a label whose figures named it in another language."""
    return _territories().get(code)


def _preposition(name: str) -> str:
    """The French preposition before a place's bare name: a country's by its grammar ("au Maroc", "en France",
    "en Irak", "aux Philippines", "à Cuba"; recoupe/lexicons/fr/scope.yml), "à" before any other name."""
    rules = load("scope", "fr").get("country_prepositions") or {}
    if name in (rules.get("acronyms") or {}):
        return rules["acronyms"][name]
    if name not in _country_names() or name in (rules.get("without_article") or []):
        return "à"
    if name in (rules.get("plural") or []) or name.endswith("s") and name not in (rules.get("singular_in_s") or []):
        return "aux"
    if name[:1].lower() in "aeiouyéèêâîôûœ" or name.endswith("e") and name not in (rules.get("masculine_in_e") or []):
        return "en"
    return "au"


def _commonest(values) -> Optional[str]:
    """The most frequent value, ties broken alphabetically (never by the order of the articles)."""
    counts = Counter(values)
    return min(counts, key=lambda v: (-counts[v], str(v))) if counts else None


def _plural(word: str) -> str:
    if " et " in word:  # "gendarme et policier" -> "gendarmes et policiers"
        return " et ".join(_plural(part) for part in word.split(" et "))
    if " " in word:  # "garde à vue" -> "gardes à vue", "arrêt de travail" -> "arrêts de travail"
        head, rest = word.split(" ", 1)
        return f"{_plural(head)} {rest}"
    if not word or word.endswith(("s", "x", "z")):
        return word
    if word.endswith(("y", "al", "au", "eu")) and not _french_noun(word):
        # a noun of an English article the lexicons do not translate: "arrivals", "families", not "arrivaux"
        return word[:-1] + "ies" if re.search(r"[^aeiou]y$", word) else word + "s"
    if word.endswith("al"):
        return word[:-2] + "aux"
    if word.endswith(("au", "eu")):
        return word + "x"
    return word + "s"


def _plain(scope: str) -> str:
    """A scope as a label writes it: a headline's hashtag and emoji left out ("au #Tchad 🇹🇩" -> "au Tchad")."""
    kept = "".join(c for c in scope if unicodedata.category(c) not in ("So", "Sk", "Cs") and not "\U0001F1E6" <= c
                   <= "\U0001F1FF" and c not in "\ufe0f\u200d")
    return re.sub(r"\s{2,}", " ", re.sub(r"#(?=\w)", "", kept)).strip()


def _without_adverbs(scope: str) -> str:
    adverbs = load("scope", "fr").get("label_adverbs") or ()
    if not adverbs:
        return scope
    pattern = r"(?<![\w'’])(?:" + "|".join(re.escape(a) for a in adverbs) + r")(?:\s+|['’])"
    return re.sub(r"\s{2,}", " ", re.sub(pattern, "", scope, flags=re.I)).strip()


def _french_noun(word: str) -> bool:
    from .nlp import known_noun

    return known_noun(word)
