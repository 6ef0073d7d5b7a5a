"""Figures: counts and amounts in French text, with qualifier and the thing counted.

How a figure is found, in order:

1. Number expressions. Digits with a thousands separator (".", a space: ingest has already turned
   no-break and narrow no-break spaces into plain ones, or the Swiss apostrophe: "25'000", "25’000") and a
   decimal comma, optionally followed by a multiplier ("1.500", "12 000", "1,28 million", "8 millions",
   "3,2 Mds €", "1,2 mio", glued "500k"; an English decimal point only before a multiplier: "3.5 millions"); spelled-out numbers, valued by text2num ("huit millions", "quatre",
   "deux mille", "un million et demi"); collective nouns ("une dizaine" = about 10, approx) and vague
   quantities ("des centaines", "plusieurs milliers", "des dizaines de milliers": qualifier vague, no point
   value, value_low = 2 units, value_high = 10 units).
2. What is not a count is left out: links, query strings, paths and anything with "/", "=", "@" or "#" in it
   ("…/view.php?id=48213", "12/03/2024", "S/2024/123"), phone numbers ("+41 22 345 67 89", "022 345 67 89") and bank
   accounts; dates ("1er novembre", "du 8 au 13 octobre", "entre le 4 et le 9 mars", "août 2023", "vendredi 18"),
   years (four digits without separator, unless a noun follows: "2000 soldats" is a count, "en 2023" is not),
   ISO dates and year ranges ("2024-10", "1950-1953"), times and durations ("8 heures", "deux dernières
   années"), occurrences ("trois fois"), fractions ("deux tiers"), ordinals ("1er", "premier"), ratios
   ("un sur deux"), identifiers glued to letters or hyphens ("jsx-2028956212", "fr-02", "F-16"), named by a
   preceding noun ("article 5", "résolution 2231") or a name ("Boeing 737", "CAC 40"), labels right after a
   common noun with no counted noun after them ("magnitude 7,8"), codes with a leading zero and phone numbers,
   anaphoric small sets named with a definite determiner ("les deux pays"), number words inside proper names
   ("Kim Jong Un"), the article "un", the adjective "neuf" ("un navire neuf").
   Measurements ("obus de 122 et 152 mm", "une quinzaine de kilomètres") are kept with kind='measure' (the unit
   in `object`); money is kind 'amount' (the currency in `object`); "30 %" and percentage points ("0,3 point",
   kept in the figure's text) are kind 'percent', `object` being what is measured (see 4).
   A number after another and "des" counts the whole ("cinq des sept circonscriptions": two figures).
   A number whose noun is left out after a duration of its sentence is one too ("12 ans pour les uns et six à
   neuf pour les autres"); after a name and "et" it repeats an earlier figure ("12 000 soldats et Minsk 3 000").
3. Qualifier, from the words just before (or right after) the number, the longest match winning; a qualifier
   may follow an elided "d'", "l'", "qu'" ("baisser d'environ 30 euros"):
   approx ("près de", "environ", "quelque", "plus proche de", "autour de", "avoisiner"...): value_low/high =
   value -/+ 10 % (20 % for "une dizaine", "une centaine");
   at_least ("au moins", "pas moins de", "franchir la barre des": strict=False; "plus de", "au-delà de",
   "dépasser": strict=True): low = value, high = None;
   at_most ("jusqu'à", "au plus": strict=False; "moins de", "sous (la barre des)", "en deçà de": strict=True):
   low = None, high = value;
   range ("entre 10 000 et 12 000", "de 10 000 à 12 000", "deux ou trois"; not after a verb of change:
   "est passé de 300 à 400" is two figures, nor alone in parentheses after a name: "à Nantes (10.000 à
   25.000)" is two counts of one place, from two sources): low/high, value = midpoint;
   vague (see 1); otherwise exact (low = high = value).
4. Object: the noun the number quantifies. Word order first (the noun right after the number, past "de"
   after a multiplier or collective noun, past a partitive "des" and pre-nominal adjectives: "millions d'obus",
   "dizaines d'autres officiers", "25 des 30 drones"; a nominalized adjective or participle counts: "300
   blessés"), else the parse (the nummod/det head of the number, or the "de" + noun complement of a
   multiplier). `object` is the lemma, with nouns for military personnel (soldat, militaire, troupe, force,
   combattant, ...) folded into "soldat"; `object_text` is the noun phrase as written (noun, adjectives and
   "de" complements, no clauses). When no noun follows (ellipsis), the object comes from, in order: a noun
   naming a figure in the sentence ("le nombre de blessés serait de 3 500"); the subject of "être" before the
   number ("les manifestants étaient 3 000"); for a headline, the object of the same value in the body (else
   the article's most counted object); for a body figure, the nearest figure before it in the same or the
   previous sentence ("le chiffre final pourrait être plus proche de 12.000"). Such objects leave
   `object_text` empty.
   A percentage's object is what it measures, in order: a bare "de" + noun after it ("3 % de déficit"); the
   noun it complements ("une croissance de 0,8 %"); through the parse, the object or else the subject of the
   verb or adjective it is the level or change of ("la participation a atteint 66,7 %", "les crédits baisseront
   de 12 %", "amputer la croissance de 0,3 point", "l'écart est inférieur à 2 points"), a rate noun standing
   for its complement ("le taux de chômage" -> chômage); last, its base ("5,5 % du PIB", "31 % des voix").
   None of these: the object of the previous percentage of the sentence ("contre 4,9 % prévus"), or of the
   sentence before for one in parentheses ("devant X (27,9 %)").

`sentence` is spaCy's sentence, with fragments that do not end a sentence joined to the rest of their line
and cut at line breaks (so a headline is its own sentence).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from types import SimpleNamespace
from typing import Optional

from spacy.tokens import Doc, Token
from text_to_num import text2num

from .lexicon import FOLDER, demonym, load
from .models import Article, Figure, stable_id
from .nlp import doc_language, known_noun, known_word, sentence_index, sentence_spans

# --- small lexicons of French ---------------------------------------------------------------

FIGURE_WORDS = load("figures")

MONTHS = (
    "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre"
)
WEEKDAYS = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
# Words that make the number a time, a duration or a number of occurrences, not a count of things.
TIME_WORDS = (
    r"h|heures?|minutes?|min|secondes?|jours?|journées?|nuits?|semaines?|mois|ans?|années?|décennies?|siècles?"
    r"|trimestres?|semestres?|fois|reprises"
)
FRACTIONS = r"tiers|quarts?|demis?|moitiés?|cinquièmes?|sixièmes?|huitièmes?|dixièmes?|centièmes?|millièmes?"
PRE_ADJECTIVES = r"(?:premi(?:er|ère)s?|dernier|derniers|dernières?|prochaine?s?|autres?|bonnes?|longues?|courtes?)"
# Units of measurement: the number measures something rather than counting it.
MEASURE_UNITS = (
    r"mm|cm|km|m|kg|g|t|tonnes?|kilotonnes?|mégatonnes?|kt|kilomètres?|mètres?|centimètres?|millimètres?"
    r"|kilos?|kilogrammes?|grammes?|litres?|l|hectares?|ha|km²|m²|km2|m2|degrés?|°c?|°|mégawatts?|kilowatts?"
    r"|gigawatts?|watts?|mw|gw|kw|km/h|nœuds?|noeuds?|pieds?|miles?|milles? (?:nautiques?|marins?)|pouces?|barils?|calibres?"
)
CURRENCIES = {
    "€": "euro", "euro": "euro", "eur": "euro", "$": "dollar", "dollar": "dollar", "usd": "dollar",
    "livre": "livre", "livre sterling": "livre", "£": "livre", "rouble": "rouble", "won": "won", "yuan": "yuan",
    "yen": "yen", "franc": "franc", "hryvnia": "hryvnia", "roupie": "roupie",
}
CURRENCIES.update(FIGURE_WORDS["currency_codes"])
CURRENCY_CODES = "|".join(sorted((re.escape(code) for code in FIGURE_WORDS["currency_codes"]), key=len, reverse=True))
CURRENCY_AFTER = (
    rf"€|\$|£|eur\b|usd\b|(?:de |d')?(?:{CURRENCY_CODES}\b|"
    r"(?:euros?|dollars?|livres? sterling|livres?|roubles?|wons?|yuans?|yens?|francs?|hryvnias?|roupies?)\b)"
)
PERCENT_AFTER = r"%|pour ?cent\b|pour-cent\b|points? de pourcentage\b"
# "0,3 point", "5 points" after a number: percentage points (the gap or change between two percentages), so the
# figure is a percent; "point" stays in the figure's text ("5 points") to tell it from "5 %". Not when "de" + another
# noun follows ("3 points de suture", "points de vente"); "en dix points" (a plan's items) is excluded in classify.
PERCENTAGE_POINTS = r"points?\b(?!\s*(?:de\s|d')\s*(?!pourcentage|plus|moins|écart|avance|retard))"
# Nouns that name a number (an identifier) rather than count with it: "article 5", "vol 17".
IDENTIFIER_HEADS = (
    r"article|art\.|numéro|n°|no\.|page|p\.|chapitre|résolution|loi|décret|paragraphe|alinéa|route|autoroute|vol"
    r"|salle|chambre|bâtiment|porte|terminal|niveau|catégorie|version|modèle|tome|volume|épisode|saison|édition"
    r"|amendement|code|matricule|secteur|district|arrondissement|zone|lot|dossier|station|quai|ligne|"
    + "|".join(re.escape(word) for word in FIGURE_WORDS["identifier_heads"])
)
ADDRESS_WORDS = r"rue|avenue|boulevard|bd|place|allée|chemin|impasse|quai"
# Multipliers written after digits, and their value.
MULTIPLIERS = {"m": 1e6, "mille": 1e3, "million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9,
               "billion": 1e12, "billions": 1e12, "md": 1e9, "mds": 1e9, "mrd": 1e9, "mrds": 1e9}
MULTIPLIERS.update({word: float(value) for word, value in FIGURE_WORDS["word_multipliers"].items()})
SUFFIX_MULTIPLIERS = {word: float(value) for word, value in FIGURE_WORDS["suffix_multipliers"].items()}
# Collective nouns: "une dizaine" is about 10, "des dizaines" is vague.
COLLECTIVES = {
    "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
    "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "millier": 1e3, "million": 1e6, "milliard": 1e9,
}
# Nouns after which "de" + noun is the thing counted ("millions d'obus", "centaines de soldats").
COUNTING_NOUNS = {"million", "millions", "milliard", "milliards", "billion", "billions", "millier", "milliers"} | {
    name + suffix for name in COLLECTIVES for suffix in ("", "s")
}
# Verbs of change: "de A à B" after them is a change from A to B, not a range.
CHANGE_VERBS = r"pass|augment|grimp|chut|baiss|mont|diminu|recul|progress|évolu|bondi|tomb|réduit|porté|relev|abaiss"
DEFINITE_DETERMINERS = r"les|des|aux|ces|ses|leurs|nos|vos|mes|tes|le|la|l'|ce|cet|cette|sa|son|leur|notre|votre"
# Nouns for military personnel, counted as one object.
PERSONNEL_NOUNS = {
    "soldat", "militaire", "troupe", "force", "combattant", "fantassin", "conscrit", "recrue", "mercenaire",
    "réserviste", "commando", "parachutiste", "militaires", "troupes", "forces",
}
PERSONNEL_OBJECT = "soldat"
# Nouns that name a figure: their "de" complement is the thing counted ("le nombre de blessés").
FIGURE_NOUNS = {"nombre", "chiffre", "total", "bilan", "effectif", "estimation", "décompte", "quantité"}
# Nouns that name a rate or a change: their "de" complement is what a percentage measures ("le taux de chômage",
# "une hausse des prix de 3 %").
RATE_NOUNS = FIGURE_NOUNS | {
    "taux", "part", "proportion", "pourcentage", "niveau", "indice", "hausse", "baisse", "augmentation",
    "diminution", "progression", "recul", "chute", "réduction", "repli",
}
# Verbs of level whose object is a percentage of their subject: "la participation a atteint 66,7 %". Other verbs
# ("le parti a obtenu 31 % des voix") leave the object to the percentage's own complement.
LEVEL_VERBS = {
    "atteindre", "représenter", "dépasser", "franchir", "excéder", "frôler", "avoisiner", "approcher", "égaler",
    "culminer", "plafonner", "peser",
}
# Prepositions that introduce a percentage as a level or a change of the subject: "baisser de 12 %",
# "estimée à 52 %", "passer sous les 3 %", "inférieur à 2 points".
LEVEL_CASES = {"de", "d'", "d’", "à", "au", "aux", "sous"}
# Nouns of a threshold: "sous la barre des 3 %" says of its noun what "sous les 3 %" says.
THRESHOLD_NOUNS = {"barre", "seuil", "cap", "palier"}

APPROX_BAND = 0.10  # "près de 11 000" is taken as 11 000 +/- 10 %
COLLECTIVE_BAND = 0.20  # "une dizaine" is looser: 10 +/- 20 %

# Qualifiers written before the number: (pattern, qualifier, strict). The longest match ending at the number wins.
QUALIFIERS_BEFORE = [
    (r"pas moins d(?:e|')", "at_least", False),
    (r"au moins", "at_least", False),
    (r"au minimum|un minimum d(?:e|')|minimum", "at_least", False),
    (r"(?:(?:bien|largement|un peu) )?plus d(?:e|')", "at_least", True),
    (
        r"au[- ]delà d(?:e|es|u|')|au[- ]dessus d(?:e|es|u|')|davantage d(?:e|')|supérieur(?:e|s|es)? (?:à|aux?)",
        "at_least",
        True,
    ),
    (r"dépass\w* (?:les |la barre des |le cap des |le seuil des )?|excéd\w* (?:les )?", "at_least", True),
    (r"(?:franchi\w*|atteint\w*|passé\w*) (?:la barre|le cap|le seuil) des", "at_least", False),
    (r"jusqu'à|jusqu'a", "at_most", False),
    (r"(?:tout )?au plus|au maximum|un maximum d(?:e|')|pas plus d(?:e|')|maximum", "at_most", False),
    (r"(?:(?:bien|un peu) )?moins d(?:e|')|inférieur(?:e|s|es)? (?:à|aux?)", "at_most", True),
    # "sous les 3 %", "sous la barre des 3 %", "en deçà des 289 sièges", "en dessous de 5 %"
    (
        r"sous (?:les |la barre d(?:e|es|u|') ?|le seuil d(?:e|es|u|') ?|le cap d(?:e|es|u|') ?)"
        r"|en[- ]deçà d(?:e|es|u|')|en[- ]dessous d(?:e|es|u|')|au[- ]dessous d(?:e|es|u|')",
        "at_most",
        True,
    ),
    (
        r"près d(?:e|')|pres d(?:e|')|environ|quelque|(?:plus )?proche d(?:e|')|autour d(?:e|')"
        r"|aux alentours d(?:e|')|approximativement|à peu près|presque|quasiment|pratiquement|de l'ordre d(?:e|')"
        r"|grosso modo|avoisin\w* (?:les )?|frôl\w* (?:les )?|approch\w* (?:les )?",
        "approx",
        False,
    ),
]
# A qualifier starts a word, or follows an elided "de", "le/la", "que" ("baisser d'environ 30 euros",
# "d'au moins 8 %", "qu'au moins"); `norm` has typographic apostrophes already straightened.
QUALIFIER_START = r"(?:(?<![\w'])|(?<=\bd')|(?<=\bl')|(?<=\bqu'))"
QUALIFIERS_AFTER = [
    (r"environ", "approx", False),
    (r"au moins|au minimum|ou plus|et plus", "at_least", False),
    (r"(?:tout )?au plus|au maximum", "at_most", False),
]

DIGITS = re.compile(
    r"(?<![\w.,/@#:-])(\d{1,3}(?:[ .'’]\d{3})+|\d+)(?:,(\d+))?(?![\w@/]|[.,:/-]\d)"
    r"(?:\s?(millions?|milliards?|mille|billions?|mds?|mrds?|"
    + "|".join(re.escape(word) for word in FIGURE_WORDS["word_multipliers"])
    + r"|M(?=\s?[€$£]))\b)?",
    re.IGNORECASE,
)
# "3.5 millions": a decimal point (English style) is read as one only before a multiplier.
POINT_DECIMAL = re.compile(r"(?<![\w.,/@#-])(\d+)\.(\d{1,2})\s?(millions?|milliards?)\b", re.IGNORECASE)
# "500k", "1,5k": a multiplier glued to the digits
SUFFIXED = re.compile(
    r"(?<![\w.,/@#:-])(\d{1,3})(?:,(\d{1,2}))?(" + "|".join(SUFFIX_MULTIPLIERS) + r")(?![\w'’@/-])", re.IGNORECASE
)
# What holds digits but is no number: links, query strings, file names, tokens with "/", "=", "@", "#" (dates
# "12/03/2024", references "S/2024/123"), international and national phone numbers, bank accounts (IBAN and runs of
# four-digit groups). Anchored at the start of a non-space run, so each run is tried once (linear time).
CODES = [
    re.compile(r"(?<!\S)\S*?(?:[/=@#]|\?\w)\S*"),
    re.compile(r"(?<![\w.-])(?:www\.)?[\w-]{1,63}\.(?:[a-z]{2,6})\b(?:[/?]\S*)?"),
    re.compile(r"(?<![\w+])\+\d{1,3}(?:[ .-]?\(0\))?(?:[ .-]\d{1,4}){2,6}(?!\d)"),
    re.compile(r"(?<![\w+,.])0\d{1,3}(?:[ .-]\d{2,4}){2,5}(?!\d)"),
    re.compile(r"(?<!\w)[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?(?!\w)"),
    re.compile(r"(?<![\w.,])\d{4}(?: \d{4}){2,8}(?!\w)"),
]
PHONE = re.compile(r"(?<![\w+])(?:\+\d{2,3}[ .]?\d|0\d)(?:[ .]?\d{2}){4}(?!\d)")
AND_A_HALF = re.compile(r"\s+et\s+demie?\b", re.IGNORECASE)  # "un million et demi"
VAGUE = re.compile(
    r"\b(?:des|plusieurs|quelques|de nombreu(?:x|ses)|d'innombrables)\s+"
    r"(dizaines|douzaines|vingtaines|centaines|milliers|millions|milliards)"
    r"(?:\s+d(?:e\s|')(milliers|millions|milliards))?\b",
    re.IGNORECASE,
)
COLLECTIVE = re.compile(
    r"\b(?:une|un)\s+(dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine"
    r"|centaine|millier)(?:\s+d(?:e\s|')(milliers|millions|milliards))?\b",
    re.IGNORECASE,
)
DE_FORMS = ("de", "d'", "d’", "des", "du")
QUOTES = ("»", "«", "”", "“", '"')
WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")  # a word, hyphenated or not ("sans-abri")
PLURAL_UNITS = {"dizaines": 10, "douzaines": 12, "vingtaines": 20, "centaines": 100, "milliers": 1e3,
                "millions": 1e6, "milliards": 1e9}


@lru_cache(maxsize=None)
def words(language: str = "fr") -> SimpleNamespace:
    """A language's words and patterns for figures: French from the constants of this module, another language
    from recoupe/lexicons/<language>/numbers.yml (same names, lower case; see the English one)."""
    if language != "fr" and (FOLDER / language / "numbers.yml").exists():
        lex = load("numbers", language)
        flags = re.IGNORECASE
        return SimpleNamespace(**({
            **lex,
            **{key: re.compile(lex[key], flags) if lex.get(key) else None for key in COMPILED},
            "partitives": tuple(lex.get("partitives", ())), "language": language,
        } | dict(
            qualifiers_before=[tuple(q) for q in lex["qualifiers_before"]],
            qualifiers_after=[tuple(q) for q in lex["qualifiers_after"]],
            personnel_nouns=frozenset(lex["personnel_nouns"]), counting_nouns=frozenset(lex["counting_nouns"]),
            figure_nouns=frozenset(lex["figure_nouns"]), rate_nouns=frozenset(lex["rate_nouns"]),
            level_verbs=frozenset(lex["level_verbs"]), level_cases=frozenset(lex["level_cases"]),
            threshold_nouns=frozenset(lex["threshold_nouns"]), de_forms=tuple(lex["de_forms"]),
            empty_predicates=frozenset(lex["empty_predicates"]), phrase_deps=frozenset(lex["phrase_deps"]),
            concepts=lex.get("concepts") or {}, verb_concepts=lex.get("verb_concepts") or {},
        )))
    return SimpleNamespace(
        language="fr", number_language="fr", number_and="et", not_counts=[["un"], ["une"]],
        months=MONTHS, weekdays=WEEKDAYS, time_words=TIME_WORDS, fractions=FRACTIONS,
        pre_adjectives=PRE_ADJECTIVES, measure_units=MEASURE_UNITS, currencies=CURRENCIES,
        currency_after=CURRENCY_AFTER, currency_before=rf"(?<![\w])(€|\$|£|eur|usd|{CURRENCY_CODES})\s*$", percent_after=PERCENT_AFTER,
        percentage_points=PERCENTAGE_POINTS, identifier_heads=IDENTIFIER_HEADS, address_words=ADDRESS_WORDS,
        multipliers=MULTIPLIERS, collectives=COLLECTIVES, counting_nouns=COUNTING_NOUNS, change_verbs=CHANGE_VERBS,
        change_lead=r"(?:de|d')", definite_determiners=DEFINITE_DETERMINERS, personnel_nouns=PERSONNEL_NOUNS,
        personnel_object=PERSONNEL_OBJECT, figure_nouns=FIGURE_NOUNS, rate_nouns=RATE_NOUNS,
        level_verbs=LEVEL_VERBS, level_cases=LEVEL_CASES, threshold_nouns=THRESHOLD_NOUNS,
        qualifiers_before=QUALIFIERS_BEFORE, qualifier_start=QUALIFIER_START, qualifiers_after=QUALIFIERS_AFTER,
        digits=DIGITS, thousands=r"[ .'’]", point_decimal=POINT_DECIMAL, phone=PHONE, and_a_half=AND_A_HALF,
        vague=VAGUE, collective=COLLECTIVE, de_forms=DE_FORMS, partitives=("des", "d'entre", "d’entre"),
        plural_units=PLURAL_UNITS, empty_predicates=EMPTY_PREDICATES, phrase_deps=PHRASE_DEPS, copula="être",
        date_after=rf"\s*(?:er\b)?(?:\s*(?:au|et|à|-|–|,)\s*(?:le\s+)?\d{{1,2}}(?:er)?){{0,3}}\s*(?:{MONTHS})\b",
        date_before=rf"\b(?:{MONTHS}|{WEEKDAYS})\s*$",
        time_after=rf"\s*(?:d'|de\s+)?(?:{PRE_ADJECTIVES}\s+)?(?:{TIME_WORDS})\b(?!-)",
        unit_after_counting=rf"\s*(?:de\s+|d')(?:{MEASURE_UNITS})(?![\w'])", unit_prefix=r"^(?:de\s+|d')",
        range_and=r"\s*et\s*", range_and_lead=r"\bentre\s*$", range_or=r"\s*(?:à|ou)\s*",
        range_lead=r"\b(?:entre|de|d'|du)\s*$", ratio_words=["sur"], percent_not_after=r"\ben\s*$",
        pour_cent=["pour", "cent"], neuf="neuf", concepts={}, verb_concepts={}, not_objects=(), lone_unless_noun=[],
    )


# Entries of a numbers.yml that are compiled to patterns
COMPILED = ("digits", "point_decimal", "phone", "and_a_half", "vague", "collective")


@dataclass
class Quantity:
    """A number expression found in the text, before it becomes a Figure."""

    start: int  # offsets of the number itself (with its multiplier), qualifier excluded
    end: int
    value: Optional[float]
    base: float  # the number before its multiplier: 1.28 in "1,28 million"
    multiplier: float = 1.0
    spelled: bool = False  # written in words ("quatre")
    vague: bool = False
    collective: bool = False  # "une dizaine"
    low: Optional[float] = None
    high: Optional[float] = None
    ends_with_counting_noun: bool = False  # "huit millions", "des centaines": the object follows "de"


# --- entry point -----------------------------------------------------------------------------


def extract_figures(doc: Doc, article: Article) -> list[Figure]:
    """Every count or amount in the article (attribution is filled later by attribution.py)."""
    text = article.text
    norm = "".join(c.lower() if len(c.lower()) == 1 else c for c in text.replace("’", "'"))  # offsets carry over
    sentences = sentence_spans(doc)
    doc.user_data.setdefault("language", article.language)
    quantities = find_quantities(doc, text, norm)
    figures: list[Figure] = []
    index = 0
    while index < len(quantities):
        quantity = quantities[index]
        following = quantities[index + 1] if index + 1 < len(quantities) else None
        if following and is_range(norm, quantity, following, doc_language(doc)):
            figure = build_range(doc, article, norm, sentences, quantity, following)
            index += 2
        else:
            figure = build_figure(doc, article, norm, sentences, quantity, following)
            index += 1
        if figure is not None and not elided_time(doc, norm, sentences, quantities, quantity, figure):
            figures.append(figure)
    figures = recover_objects(figures, article, doc, sentences)
    return [f.model_copy(update={"predicate": predicate_of(doc, f)}) for f in figures]


def elided_time(doc: Doc, norm: str, sentences, quantities: list[Quantity], quantity: Quantity, figure: Figure) -> bool:
    """ "12 ans de service pour les uns et six à neuf pour les autres": a number whose noun is elided counts what
    the number before it in the sentence counted; when that one was a time or a duration, so is this one."""
    if figure.kind != "count" or figure.object or not sentences:
        return False
    earlier = [q for q in quantities if q.end <= quantity.start and exclusion(doc, norm, q) != "anaphoric"]
    if not earlier:
        return False  # ("les uns" is no number of the sentence)
    previous = earlier[-1]
    if sentence_index(sentences, previous.start) != sentence_index(sentences, quantity.start):
        return False
    return exclusion(doc, norm, previous) == "time"


# --- what happened to the counted things -----------------------------------------------------

# Verbs that say nothing about what the counted things went through ("34 personnes sont là")
EMPTY_PREDICATES = frozenset({"être", "avoir", "faire", "devoir", "pouvoir", "rester", "sembler", "compter", "y"})


def predicate_of(doc: Doc, figure: Figure) -> Optional[str]:
    """Lemma of the verb saying what happened to the counted things: the participle after the noun ("34
    personnes tuées"), the verb the noun is the subject of ("1 500 soldats sont arrivés") or the object of ("a
    envoyé 3 000 soldats"). None when the text gives none or the object was recovered from elsewhere."""
    if figure.object is None or figure.kind != "count":
        return None
    span = doc.char_span(figure.start, figure.end, alignment_mode="expand")
    if span is None:
        return None
    elided = elided_participle(doc, span.end)
    if elided is not None:  # "25 autres blessés" -> blesser
        lemma = _verb_lemma(elided)
        return re.sub(r"é$", "er", lemma) if lemma else None
    # a participle counts in English ("900 killed"); French reads its nominalized adjectives from the noun's clause
    kinds = ("NOUN", "PROPN") if doc_language(doc) == "fr" else ("NOUN", "PROPN", "VERB", "ADJ")
    noun = next((t for t in doc[span.end:span.end + 8] if t.pos_ in kinds and object_lemma(t) == figure.object), None)
    if noun is None:
        people = next((t for t in doc[span.end:span.end + 8] if (people_named(doc, t) or ("",))[0] == figure.object), None)
        noun = people_named(doc, people)[1] if people is not None else None
    if noun is None:
        return None
    for child in noun.children:
        if child.i > noun.i and (child.dep_ == "acl" and child.pos_ == "VERB" or "Part" in child.morph.get("VerbForm")):
            return _verb_lemma(child)
    # "1,089 million de personnes ont manifesté": the multiplier heads the phrase and holds its role
    holder = noun.head if noun.dep_ == "nmod" and span.start <= noun.head.i < noun.i else noun
    head = holder.head
    if holder.dep_ in ("nsubj", "nsubj:pass", "obj", "nsubjpass", "dobj") and head.pos_ == "VERB" and head.i != holder.i:
        return _verb_lemma(head)
    # the parse lost the clause: "… personnes ont manifesté" read by position (auxiliaries and adverbs skipped)
    following = doc[noun.i + 1:noun.i + 5]
    for token in following:
        if token.pos_ in ("AUX", "ADV"):
            continue
        if token.pos_ == "VERB" and not any(c.dep_.startswith("nsubj") for c in token.children if c.i > noun.i):
            return _verb_lemma(token)
        break
    return None


def _verb_lemma(token: Token) -> Optional[str]:
    if token.lemma_ == "porter" and any(c.lower_.startswith("disparu") for c in token.children):
        return "disparaître"  # "portées disparues"
    lemma = token.lemma_.lower()
    if token.pos_ == "ADJ" and lemma.endswith(("é", "ée", "és", "ées")):  # "blessées" tagged ADJ, lemma "blessé"
        lemma = re.sub(r"é(?:e|s|es)?$", "er", lemma)
    w = words(doc_language(token.doc))
    return None if lemma in w.empty_predicates else w.verb_concepts.get(lemma, lemma)


# --- finding number expressions --------------------------------------------------------------


def find_quantities(doc: Doc, text: str, norm: str) -> list[Quantity]:
    w = words(doc_language(doc))
    found: list[Quantity] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    for match in w.vague.finditer(norm):
        unit = w.plural_units[match.group(1)] * (w.plural_units[match.group(2)] if match.group(2) else 1)
        found.append(Quantity(match.start(), match.end(), None, unit, vague=True, low=2 * unit, high=10 * unit,
                              ends_with_counting_noun=True))
        taken.append(match.span())
    for match in w.collective.finditer(norm):
        if not free(*match.span()):
            continue
        value = w.collectives[match.group(1)] * (w.plural_units[match.group(2)] if match.group(2) else 1)
        found.append(Quantity(match.start(), match.end(), value, value, collective=True, ends_with_counting_noun=True))
        taken.append(match.span())
    for match in w.phone.finditer(text):  # not a number at all: keep its digits out
        taken.append(match.span())
    for pattern in CODES:
        taken.extend(match.span() for match in pattern.finditer(text) if re.search(r"\d", match.group(0)))
    for match in SUFFIXED.finditer(text):
        if not free(*match.span()):
            continue
        base = float(f"{match.group(1)}.{match.group(2)}") if match.group(2) else float(match.group(1))
        multiplier = SUFFIX_MULTIPLIERS[match.group(3).lower()]
        found.append(Quantity(match.start(), match.end(), base * multiplier, base, multiplier))
        taken.append(match.span())
    for match in w.point_decimal.finditer(text) if w.point_decimal else ():
        base = float(f"{match.group(1)}.{match.group(2)}")
        multiplier = w.multipliers[match.group(3).lower()]
        found.append(Quantity(match.start(), match.end(), base * multiplier, base, multiplier,
                              ends_with_counting_noun=True))
        taken.append(match.span())
    for match in w.digits.finditer(text):
        if not free(*match.span()):
            continue
        integer = re.sub(w.thousands, "", match.group(1))
        base = float(f"{integer}.{match.group(2)}") if match.group(2) else float(integer)
        multiplier = w.multipliers[match.group(3).lower()] if match.group(3) else 1.0
        found.append(Quantity(match.start(), match.end(), base * multiplier, base, multiplier,
                              ends_with_counting_noun=bool(match.group(3)) and multiplier >= 1e6))
        taken.append(match.span())
    for quantity in spelled_numbers(doc):
        if free(quantity.start, quantity.end):
            found.append(quantity)
            taken.append((quantity.start, quantity.end))
    for quantity in found:
        half = w.and_a_half.match(text, quantity.end)
        if half and quantity.multiplier > 1 or half and quantity.ends_with_counting_noun and quantity.value:
            unit = quantity.multiplier if quantity.multiplier > 1 else last_multiplier(quantity.value)
            quantity.value += unit / 2
            quantity.end = half.end()
    return sorted(found, key=lambda q: q.start)


def last_multiplier(value: float) -> float:
    """The multiplier a spelled number ends with: 1e6 for "deux millions"."""
    for unit in (1e12, 1e9, 1e6, 1e3):
        if value >= unit and value % unit == 0:
            return unit
    return 1.0


def is_number_word(token: Token) -> bool:
    word = token.text.lower()
    if not re.fullmatch(r"[a-zà-ÿ]+(?:-[a-zà-ÿ]+)*", word) or word == "milles":
        return False  # "mille" is invariable: "milles" are (nautical) miles
    try:
        text2num(word, words(doc_language(token.doc)).number_language)
    except ValueError:
        return False
    return True


def spelled_numbers(doc: Doc) -> list[Quantity]:
    """Runs of number words, valued by text2num ("deux mille", "huit millions", "vingt et un")."""
    w = words(doc_language(doc))
    quantities = []
    i = 0
    while i < len(doc):
        if not is_number_word(doc[i]):
            i += 1
            continue
        run = [doc[i]]
        j = i + 1
        while j < len(doc):
            if is_number_word(doc[j]):
                run.append(doc[j])
            elif doc[j].lower_ == w.number_and and j + 1 < len(doc) and is_number_word(doc[j + 1]):
                run.append(doc[j])
            else:
                break
            j += 1
        # the longest prefix text2num accepts ("deux et trois" -> "deux")
        while run:
            try:
                value = text2num(" ".join(t.text.lower() for t in run), w.number_language)
                break
            except ValueError:
                run.pop()
        if not run:
            i += 1
            continue
        if run[-1].lower_ == w.number_and:
            run.pop()
        i = run[-1].i + 1
        if keep_spelled(doc, run):
            last = run[-1].lower_
            quantities.append(Quantity(run[0].idx, run[-1].idx + len(run[-1]), float(value), float(value),
                                       spelled=True, ends_with_counting_noun=last in w.counting_nouns))
    return quantities


def keep_spelled(doc: Doc, run: list[Token]) -> bool:
    """Number words that are not a count: the article "un", "pour cent", names, the adjective "neuf"."""
    w = words(doc_language(doc))
    spelled = [t.lower_ for t in run]
    first = run[0]
    if (spelled in w.not_counts or spelled == [w.neuf]) and range_bound(doc, first):
        return True  # "une à trois compagnies", "six à neuf"
    if spelled in w.not_counts:
        return False
    after = doc[run[-1].i + 1] if run[-1].i + 1 < len(doc) else None
    if spelled in w.lone_unless_noun and (after is None or after.pos_ != "NOUN"):
        return False  # "one of the towns", but "one soldier"
    if first.i > 0 and doc[first.i - 1].lower_ == w.pour_cent[0] and spelled[0] == w.pour_cent[1]:
        return False
    if first.text[0].isupper() and not is_sentence_start(doc, first):
        return False  # part of a name: "Kim Jong Un", "les Vingt-Sept"
    if spelled == [w.neuf]:
        after = doc[first.i + 1] if first.i + 1 < len(doc) else None
        return after is not None and (after.pos_ in ("NOUN", "PROPN", "NUM") or is_number_word(after))
    return True


def range_bound(doc: Doc, token: Token) -> bool:
    """A number word that is one bound of a range: "une" before "à trois", "neuf" after "six à" (not "un à un")."""
    words = FIGURE_WORDS["range_words"]
    after = doc[token.i + 1:token.i + 3]
    before = doc[max(token.i - 2, 0):token.i]
    other = None
    if token.lower_ in ("un", "une") and len(after) == 2 and after[0].lower_ in words:
        other = after[1]
    elif token.lower_ == "neuf" and len(before) == 2 and before[1].lower_ in words:
        other = before[0]
    return other is not None and other.lower_ not in ("un", "une") and (other.like_num or is_number_word(other))


def is_sentence_start(doc: Doc, token: Token) -> bool:
    if token.is_sent_start or token.i == 0:
        return True
    previous = doc[token.i - 1]
    return "\n" in previous.text or previous.text in (".", "!", "?", "«", "“", '"', ":", "—", "-")


# --- from a quantity to a figure -------------------------------------------------------------


def is_range(norm: str, first: Quantity, second: Quantity, language: str = "fr") -> bool:
    """"entre A et B", "de A à B", "A à B", "A ou B": one figure with two bounds."""
    w = words(language)
    between = norm[first.end:second.start]
    if first.vague or second.vague:
        return False
    if re.fullmatch(w.range_and, between):
        return bool(re.search(w.range_and_lead, norm[max(0, first.start - 12):first.start]))
    if re.fullmatch(w.range_or, between):
        if re.search(rf"(?:{w.change_verbs})\w*\s+{w.change_lead}\s*$", norm[max(0, first.start - 30):first.start]):
            return False  # "est passé de 300 à 400": a change, two figures
        if re.search(r"\w\s*\((?:[^()\d]{1,20},\s*)?$", norm[max(0, first.start - 30):first.start]) \
                and re.match(r"\s*\)", norm[second.end:]):
            return False  # "à Nantes (10.000 à 25.000)": two counts of one place, the police's and the unions
        return not is_date(norm, first, language) and not is_date(norm, second, language)
    return False


def build_range(doc, article, norm, sentences, first: Quantity, second: Quantity) -> Optional[Figure]:
    low, high = first.value, second.value
    if first.multiplier == 1 and second.multiplier > 1 and first.base < 1000:  # "entre 1 et 2 millions"
        low = first.base * second.multiplier
    if exclusion(doc, norm, second) or exclusion(doc, norm, first):
        return None
    lead = re.search(words(doc_language(doc)).range_lead, norm[max(0, first.start - 10):first.start])
    start = first.start - (len(lead.group(0)) if lead else 0)
    kind, obj, obj_text = classify(doc, norm, second)
    low, high = min(low, high), max(low, high)
    return make_figure(article, doc, sentences, start, second.end, (low + high) / 2, low, high, "range", False,
                       obj, obj_text, kind)


def build_figure(doc, article, norm, sentences, quantity: Quantity, following: Optional[Quantity]):
    if exclusion(doc, norm, quantity):
        return None
    kind, obj, obj_text = classify(doc, norm, quantity, following)
    start, end = quantity.start, quantity.end
    if quantity.vague:
        return make_figure(article, doc, sentences, start, end, None, quantity.low, quantity.high, "vague", False,
                           obj, obj_text, kind)
    value = quantity.value
    qualifier, strict = "exact", False
    before = qualifier_before(norm, start, doc_language(doc))
    after = qualifier_after(norm, end, doc_language(doc))
    if before:
        qualifier, strict, start = before
    elif after:
        qualifier, strict, end = after
    elif quantity.collective:
        qualifier = "approx"
    band = COLLECTIVE_BAND if quantity.collective else APPROX_BAND
    low, high = {
        "exact": (value, value),
        "approx": (value * (1 - band), value * (1 + band)),
        "at_least": (value, None),
        "at_most": (None, value),
    }[qualifier]
    return make_figure(article, doc, sentences, start, end, value, low, high, qualifier, strict, obj, obj_text, kind)


def make_figure(article, doc, sentences, start, end, value, low, high, qualifier, strict, obj, obj_text, kind):
    value, low, high = (None if x is None else round(x, 6) for x in (value, low, high))
    sentence_start, sentence_end = sentences[sentence_index(sentences, start)] if sentences else (0, len(article.text))
    surface = article.text[start:end]
    return Figure(
        id=stable_id(article.id, start, end, surface),
        article_id=article.id,
        start=start,
        end=end,
        sentence=article.text[sentence_start:sentence_end],
        text=surface,
        value=value,
        value_low=low,
        value_high=high,
        qualifier=qualifier,
        strict=strict,
        object=obj,
        object_text=obj_text,
        kind=kind,
    )


def qualifier_before(norm: str, start: int, language: str = "fr") -> Optional[tuple[str, bool, int]]:
    w = words(language)
    window = norm[max(0, start - 40):start]
    best = None
    for pattern, qualifier, strict in w.qualifiers_before:
        match = re.search(rf"{w.qualifier_start}(?:{pattern})\s*$", window)
        if match and (best is None or match.start() < best[0]):
            best = (match.start(), qualifier, strict)
    if best is None:
        return None
    return best[1], best[2], start - (len(window) - best[0])


def qualifier_after(norm: str, end: int, language: str = "fr") -> Optional[tuple[str, bool, int]]:
    window = norm[end:end + 30]
    for pattern, qualifier, strict in words(language).qualifiers_after:
        match = re.match(rf"\s*(?:{pattern})\b", window)
        if match:
            return qualifier, strict, end + match.end()
    return None


# --- what is not a count ---------------------------------------------------------------------


def is_date(norm: str, quantity: Quantity, language: str = "fr") -> bool:
    w = words(language)
    after = norm[quantity.end:quantity.end + 40]
    before = norm[max(0, quantity.start - 25):quantity.start]
    if re.match(w.date_after, after):
        return True  # "18 octobre", "du 8 au 13 octobre", "entre le 4 et le 9 mars", "les 4, 5 et 6 mars"
    if quantity.value is not None and 31 < quantity.value < 1000:
        return False  # "ont tué lundi 40 terroristes": neither a day of the month nor a year
    return bool(re.search(w.date_before, before))  # "août 2023", "vendredi 18"


def is_year(doc: Doc, norm: str, quantity: Quantity) -> bool:
    """Four digits without separator, 1000-2100, are a year unless a counted noun follows ("2000 soldats")."""
    surface = norm[quantity.start:quantity.end]
    if not re.fullmatch(r"\d{4}", surface) or not 1000 <= quantity.value <= 2100:
        return False
    span = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
    following = doc[span.end] if span is not None and span.end < len(doc) else None
    w = words(doc_language(doc))
    if following is not None and following.pos_ == "NOUN" and not re.fullmatch(w.time_words, following.lower_):
        # "the 2016 elections", "in 2020 polls": a year before its noun, in a language that writes counts of
        # thousands with a separator (English "2,000 soldiers") and says where a year stands (year_before)
        year_before = getattr(w, "year_before", None)
        before = norm[max(0, quantity.start - 20):quantity.start]
        return bool(year_before and 1900 <= quantity.value <= 2100 and re.search(year_before, before, re.I))
    return True


def exclusion(doc: Doc, norm: str, quantity: Quantity) -> Optional[str]:
    """Why this number is not a count (None when it is one)."""
    w = words(doc_language(doc))
    after = norm[quantity.end:quantity.end + 40]
    before = norm[max(0, quantity.start - 30):quantity.start]
    if is_date(norm, quantity, w.language):
        return "date"
    if is_year(doc, norm, quantity):
        return "year"
    if re.match(w.time_after, after):
        return "time"  # "8 heures", "deux dernières années", "une vingtaine d'années"
    if re.match(rf"\s*(?:{w.fractions})\b", after):
        return "fraction"  # "deux tiers"
    if re.fullmatch(r"0\d+", norm[quantity.start:quantity.end]):
        return "code"  # a leading zero: a code or a phone number, not a count
    if re.search(rf"(?<!\w)(?:{w.identifier_heads})\s*$", before, re.IGNORECASE) or re.match(
        rf"\s*(?:{w.address_words})\b", after
    ):
        return "identifier"
    previous = token_before(doc, quantity)
    followed_by_noun = counted_noun(doc, quantity)[0] is not None
    name_before = previous is not None and (
        previous.pos_ == "PROPN"
        or (previous.text[:1].isupper() and previous.is_alpha and not is_sentence_start(doc, previous))
    )
    if name_before and not followed_by_noun and not quantity.spelled and not gapped(doc, previous) \
            and previous.lower_ not in CURRENCIES:  # "CHF 25'000" is an amount
        return "identifier"  # a model or index number: "Boeing 737", "CAC 40"
    if (
        previous is not None and previous.pos_ == "NOUN" and previous.is_lower and not followed_by_noun
        and (not quantity.spelled or quantity.value == 0) and qualifier_before(norm, quantity.start, w.language) is None
    ):
        return "label"  # a number right after a common noun names or grades it: "magnitude 7,8", "chambre 12",
        # "déficit zéro"
    if not followed_by_noun and not quantity.spelled and quantity.value is not None and _fractional(quantity.value) and (
        re.search(r"\b(?:de|d')\s*$", before) or (previous is not None and previous.pos_ == "NOUN")
    ):
        return "label"  # a decimal counts nothing without a noun: "d'une magnitude de 7,8", "une note de 4,5"
    if previous is not None and previous.lower_ in w.ratio_words and not followed_by_noun:
        return "ratio"  # "un enfant sur deux", "9 sur 10"
    definite_before = re.search(rf"(?<![\w'])(?:{w.definite_determiners})\s*$", before)
    if quantity.spelled and quantity.value < 100 and definite_before and not whole_of_a_part(doc, previous):
        return "anaphoric"  # "les deux pays", "l'un des deux dirigeants"
    return None


def _fractional(value: float) -> bool:
    """A decimal part the text wrote, not the float error of a multiplier ("16,51 milliards" is 16510000000.000002)."""
    return abs(value - round(value)) > 1e-12 * max(1.0, abs(value))


def gapped(doc: Doc, name: Token) -> bool:
    """ "Moscou a déployé 12 000 soldats et Minsk 3 000": a name after "et" or a comma, then a number, repeats the
    verb and the noun of an earlier figure of the sentence (which has a noun: "Boeing 737 et Airbus 320" has none)."""
    start = name
    while start.i > 0 and (doc[start.i - 1].pos_ == "PROPN" or doc[start.i - 1].text[:1].isupper()) \
            and start.i - name.i < 4 and not start.is_sent_start:
        start = doc[start.i - 1]
    link = start.i - 1
    if link > 0 and doc[link].pos_ == "DET":  # "et la Pologne 250"
        link -= 1
    if link < 0 or doc[link].lower_ not in ("et", ",", "contre", "ou"):
        return False
    for token in doc[name.sent.start:link]:
        if token.like_num and (noun_after(doc, token.i + 1, False) is not None):
            return True
    return False


def whole_of_a_part(doc: Doc, previous: Optional[Token]) -> bool:
    """ "cinq des sept circonscriptions": after a number and "des", the number counts the whole the first one is
    a part of, not a known set ("l'un des deux pays" stays anaphoric: "un" is a pronoun there)."""
    if previous is None or previous.lower_ not in ("des", "d'entre", "d’entre") or previous.i == 0:
        return False
    part = doc[previous.i - 1]
    return (part.like_num or is_number_word(part)) and part.lower_ not in ("un", "une")


# --- kind and object -------------------------------------------------------------------------


def token_before(doc: Doc, quantity: Quantity) -> Optional[Token]:
    span = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
    return doc[span.start - 1] if span is not None and span.start > 0 else None


def classify(doc: Doc, norm: str, quantity: Quantity, following: Optional[Quantity] = None):
    """(kind, object, object_text) of a quantity."""
    w = words(doc_language(doc))
    after = norm[quantity.end:quantity.end + 40]
    unit = re.match(rf"\s*(?:{w.measure_units})(?![\w'])", after)
    if unit is None and quantity.ends_with_counting_noun:  # "une quinzaine de kilomètres", "des millions de tonnes"
        unit = re.match(w.unit_after_counting, after)
    if unit is None and following is not None:  # "122 et 152 mm": the unit is shared
        between = norm[quantity.end:following.start]
        if re.fullmatch(r"\s*(?:et|ou|à|,)\s*", between):
            unit = re.match(rf"\s*(?:{w.measure_units})(?![\w'])", norm[following.end:following.end + 40])
    if unit:
        name = re.sub(w.unit_prefix, "", unit.group(0).strip())
        singular = " ".join(re.sub(r"(?<=\w{4})s$", "", word) for word in name.split())
        return "measure", singular, None  # "kilomètres" -> "kilomètre", "milles nautiques" -> "mille nautique"
    currency = re.match(rf"\s*(?:{w.currency_after})", after)
    currency_before = re.search(w.currency_before, norm[max(0, quantity.start - 6):quantity.start])
    if currency or currency_before:
        name = re.sub(w.unit_prefix, "", (currency or currency_before).group(0).strip())
        obj = next((w.currencies[key] for key in sorted(w.currencies, key=len, reverse=True) if name.startswith(key)), name)
        _noun, obj_text = counted_noun(doc, quantity)
        return "amount", obj, obj_text
    percent = re.match(rf"\s*(?:{w.percent_after})", after)
    if percent is None and not re.search(w.percent_not_after, norm[max(0, quantity.start - 4):quantity.start]):
        percent = re.match(rf"\s*(?:{w.percentage_points})", after)
    if percent:
        quantity.end += percent.end()  # the sign belongs to the number: "30 %", "5 points"
        noun, obj_text = percent_object(doc, quantity)
        return "percent", noun, obj_text
    noun, obj_text = counted_noun(doc, quantity)
    return "count", noun, obj_text


def counted_noun(doc: Doc, quantity: Quantity, expect_de: bool = False):
    """The noun the number quantifies, as (normalized lemma, surface phrase), or (None, None)."""
    span = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None, None
    if elided_participle(doc, span.end) is not None and any(
        t.like_num or is_number_word(t) for t in doc[span.sent.start:span.start]
    ):
        return None, None  # "30 soldats tués et 25 autres blessés": the noun is the one before
    last = span[-1]
    expect_de = expect_de or quantity.ends_with_counting_noun
    noun = noun_after(doc, span.end, expect_de)
    if noun is None:
        noun = noun_from_parse(last, expect_de)
    if noun is None:
        return None, None
    people = people_named(doc, noun)
    if people is not None:  # "9 000 Nord-Coréens", "9 000 Nord Coréens": people of a group (frames.py)
        group, last_word = people
        return group, doc[noun.i:last_word.i + 1].text
    return object_lemma(noun), phrase_of(doc, span.end, noun)


HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-"})


def people_named(doc: Doc, noun: Token) -> Optional[tuple[str, Token]]:
    """A capitalized demonym used as a noun, as (its masculine singular, its last token): "Nord-Coréens",
    "Nord‑Coréens" (no-break hyphen), or written in two words, "Nord Coréens"."""
    word = noun.text.translate(HYPHENS)
    if not word[:1].isupper():
        return None
    following = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if following is not None and following.text[:1].isupper() and f"{word.lower()}-" in load("demonyms").get("prefixes", []):
        compound = demonym(f"{word}-{following.text}")
        if compound:
            return compound, following
    found = demonym(word)
    return (found, noun) if found else None


def percent_object(doc: Doc, quantity: Quantity):
    """What a percentage measures, as (lemma, phrase), or (None, None), in order:
    a "de" + bare noun after it ("3 % de déficit"); the noun it complements ("une croissance de 0,8 %");
    the subject (or object) of the verb or adjective it is the level or change of ("la participation a atteint
    66,7 %", "les crédits baisseront de 12 %", "amputer la croissance de 0,3 point", "l'écart est inférieur à
    2 points"); last, its base ("5,5 % du PIB", "31 % des voix"). A participle after it ("4,9 % prévus") is none."""
    span = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None, None
    sign = span.root  # "%", "point(s)"; the number in "12 pour cent"
    measured = complement_after(doc, span.end, base=False)
    if measured is not None:
        return object_lemma(measured), phrase_of(doc, span.end, measured)
    base = complement_after(doc, span.end, base=True)
    # "sous la barre des 3 %": the threshold noun stands in the sentence for the percentage
    w = words(doc_language(doc))
    anchor = sign.head if sign.dep_ == "nmod" and sign.head.lemma_.lower() in w.threshold_nouns else sign
    measured = noun_before_de(anchor) or level_subject(anchor)
    if measured is not None:
        measured = rate_complement(measured)
        if measured.lemma_.lower() in w.rate_nouns and base is not None:
            measured = base  # "une hausse de 3 % des prix": prices rise
        return object_lemma(measured), phrase_of(doc, measured.i, measured)
    if base is not None:
        return object_lemma(base), phrase_of(doc, span.end, base)
    return None, None


def complement_after(doc: Doc, index: int, base: bool) -> Optional[Token]:
    """The noun after "de" right after a percentage: with a determiner ("du PIB", "des voix", "de la population")
    it is the base (base=True); bare ("de déficit", "d'économies") it is what is measured (base=False)."""
    if index + 1 >= len(doc) or doc[index].lower_ not in words(doc_language(doc)).de_forms:
        return None
    bare = doc[index].lower_ in ("de", "d'", "d’") and doc[index + 1].pos_ != "DET"
    if bare == base:
        return None
    noun = noun_after(doc, index, expect_de=True)
    return noun if noun is not None and noun.pos_ in ("NOUN", "PROPN", "ADJ", "VERB") else None


def noun_before_de(sign: Token) -> Optional[Token]:
    """ "une croissance de 0,8 %", "un déficit de 5,5 % du PIB", "le déficit sous la barre des 3 %": the noun the
    percentage complements."""
    head = sign.head
    if sign.dep_ == "nmod" and head.pos_ == "NOUN" and head.i < sign.i and cases_of(sign) & words(doc_language(sign.doc)).level_cases:
        return head
    return None


def level_subject(sign: Token) -> Optional[Token]:
    """The noun a percentage is the level or the change of, through the verb or adjective that governs it."""
    subject = next((c for c in sign.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    if subject is not None:  # "le chômage est de 7 %": the percentage heads the clause
        return subject if subject.pos_ == "NOUN" else None
    head, cases = sign.head, cases_of(sign)
    if head.pos_ not in ("VERB", "ADJ") or head == sign:
        return None
    if sign.dep_ == "obj" and not cases:  # "a atteint 66,7 %"
        return subject_of(head) if head.lemma_ in words(doc_language(sign.doc)).level_verbs else None
    if not (sign.dep_ == "obj" or sign.dep_.startswith("obl")) or not cases & words(doc_language(sign.doc)).level_cases:
        return None
    obj = next((c for c in head.children if c.dep_ == "obj" and c.pos_ == "NOUN" and c != sign), None)
    if obj is not None:
        return obj  # "amputer la croissance de 0,3 point", "ramener le déficit sous les 3 %": the object moves
    return subject_of(head)


def subject_of(predicate: Token) -> Optional[Token]:
    """The noun subject of a verb or adjective, through "devrait atteindre", coordination, relative clauses
    ("le chômage, qui a atteint 7 %") and participles ("la participation, estimée à 52 %")."""
    node = predicate
    for _ in range(4):
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        if subject is not None:
            if subject.pos_ == "NOUN":
                return subject
            if subject.pos_ == "PRON" and node.dep_ == "acl:relcl" and node.head.pos_ == "NOUN":
                return node.head
            return None
        if node.dep_ == "acl" and node.head.pos_ == "NOUN":
            return node.head
        if node.dep_ not in ("xcomp", "conj") or node.head == node:
            return None
        node = node.head
    return None


def rate_complement(noun: Token) -> Token:
    """ "le taux de chômage" -> chômage: a noun naming a rate or a change stands for its "de" complement."""
    w = words(doc_language(noun.doc))
    if noun.lemma_.lower() not in w.rate_nouns:
        return noun
    for child in noun.children:
        if child.dep_ == "nmod" and child.pos_ == "NOUN" and noun.i < child.i and cases_of(child) & set(w.de_forms):
            if not any(c.like_num for c in child.children):  # not the percentage itself: "une hausse de 3 %"
                return child
    return noun


def cases_of(token: Token) -> set[str]:
    return {c.lower_ for c in token.children if c.dep_ == "case"}


def noun_after(doc: Doc, index: int, expect_de: bool) -> Optional[Token]:
    """The noun right after the number in word order, past "de" (after "millions") and pre-nominal adjectives."""
    w = words(doc_language(doc))
    i = index
    if expect_de and i < len(doc) and doc[i].lower_ in w.de_forms:
        i += 1
    elif i + 1 < len(doc) and doc[i].lower_ in w.partitives:  # partitive: "25 des 30 drones"
        i += 1
        while i < len(doc) and (doc[i].like_num or is_number_word(doc[i])):
            i += 1
    while i < len(doc) and doc[i].text in QUOTES:  # "« au moins 1 200 » personnes"
        i += 1
    for j in range(i, min(i + 4, len(doc))):
        token = doc[j]
        if token.lower_ in w.not_objects:
            return None
        if token.pos_ in ("NOUN", "PROPN") and not token.is_punct:
            return token
        participle = token.pos_ == "VERB" and "Part" in token.morph.get("VerbForm")
        if token.pos_ == "VERB" and not participle and token.is_lower and WORD.fullmatch(token.text) \
                and token.text.endswith(("s", "x")) and known_noun(token.text[:-1]):
            return token  # a plural noun the tagger took for a verb: "six camps", "deux gardes"
        if (token.pos_ == "ADJ" or participle) and WORD.fullmatch(token.text):
            following = doc[j + 1] if j + 1 < len(doc) else None
            if following is not None and following.pos_ in ("NOUN", "ADJ") and WORD.fullmatch(following.text):
                continue  # a pre-nominal adjective: "d'autres officiers", "1 500 nouveaux soldats"
            return token  # a nominalized adjective or participle: "300 blessés", "1 500 militaires"
        return None
    return None


def elided_participle(doc: Doc, index: int) -> Optional[Token]:
    """ "25 autres blessés": after the number, "autres" and a participle or adjective with no noun after it."""
    if index + 1 >= len(doc) or doc[index].lower_ not in FIGURE_WORDS["elision_words"]:
        return None
    word = doc[index + 1]
    following = doc[index + 2] if index + 2 < len(doc) else None
    if word.pos_ not in ("ADJ", "VERB", "NOUN") or not WORD.fullmatch(word.text) or not word.lower_.endswith(
        ("é", "és", "ée", "ées", "s", "t", "ts")
    ):
        return None
    if following is not None and following.pos_ in ("NOUN", "ADJ") and WORD.fullmatch(following.text):
        return None  # "25 autres soldats blessés": a noun follows
    if word.pos_ == "NOUN" and "Part" not in word.morph.get("VerbForm") and not word.lower_.endswith(("é", "és", "ée", "ées")):
        return None  # "25 autres navires"
    return word


def noun_from_parse(last: Token, expect_de: bool) -> Optional[Token]:
    """The noun the parse attaches the number to: its nummod/det head, or the "de" complement of a multiplier."""
    if expect_de:
        for child in last.children:
            if child.dep_ == "nmod" and child.i > last.i and any(c.lower_ in DE_FORMS for c in child.children):
                return child
            if child.dep_ == "prep" and child.i > last.i and child.lower_ in words(doc_language(last.doc)).de_forms:
                return next((c for c in child.children if c.dep_ == "pobj"), None)  # "thousands of troops"
        return None
    head = last.head
    if last.dep_ in ("nummod", "det") and head.pos_ in ("NOUN", "PROPN") and 0 < head.i - last.i <= 4:
        between = last.doc[last.i + 1:head.i]
        if all(t.pos_ in ("ADJ", "NUM") for t in between):  # nothing but adjectives between number and noun
            return head
    return None


PHRASE_DEPS = {"amod", "nmod", "case", "det", "flat:name", "fixed", "conj", "cc", "nummod", "compound"}


def phrase_of(doc: Doc, start_index: int, noun: Token) -> str:
    """The noun phrase from just after the number to the end of the noun's modifiers (no clauses)."""
    w = words(doc_language(doc))
    end = noun.i
    i = noun.i + 1
    while i < len(doc) and i - noun.i <= 8:
        token = doc[i]
        if token.is_punct and token.text not in ("-",) or token.is_space:
            break
        if token.like_num or is_number_word(token) or token.lower_ in w.counting_nouns:
            # another figure begins: "2 000 manifestants et une dizaine de blessés"; what is coordinated just before
            # it is that figure's ("12 000 soldats et Minsk 3 000")
            cc = [t.i for t in doc[noun.i + 1:i] if t.pos_ == "CCONJ"]
            if cc:
                end = min(end, cc[-1] - 1)
            break
        path_ok = True
        node = token
        while node.i != noun.i:
            if node.dep_ not in w.phrase_deps or node.head == node or node.head.i < noun.i:
                path_ok = False
                break
            if node.dep_ == "nmod" and not any(c.dep_ == "case" and c.lower_ in w.de_forms for c in node.children):
                path_ok = False
                break
            node = node.head
        if not path_ok:
            break
        end = i
        i += 1
    first = doc[start_index] if start_index <= noun.i else noun
    while first.i < noun.i and (
        first.lower_ in w.de_forms or first.text in QUOTES or first.like_num or is_number_word(first)
    ):
        first = doc[first.i + 1]
    phrase = doc[first.i:end + 1]
    # drop a dangling coordinator or preposition at the end
    while len(phrase) > 1 and phrase[-1].pos_ in ("CCONJ", "ADP", "DET"):
        phrase = phrase[:-1]
    return phrase.text


def object_lemma(token: Token) -> str:
    """Normalized lemma of the counted noun, with military personnel folded into one object. In a language other
    than French the lemma goes through the language's concept table first ("soldier" -> "soldat", "killed" ->
    "mort"), so that the same thing counted meets across languages, shown in French."""
    w = words(doc_language(token.doc))
    lemma = noun_lemma(token).translate(HYPHENS)
    lemma = w.concepts.get(lemma, lemma)
    return w.personnel_object if lemma in w.personnel_nouns else lemma


def noun_lemma(token: Token) -> str:
    surface = token.text.lower().replace("’", "'")
    lemma = token.lemma_.lower()
    if doc_language(token.doc) != "fr":
        return other_language_lemma(token, surface, lemma)
    # spaCy's rule lemmatizer strips the "s" of invariable nouns ("obus" -> "obu", "pays" -> "pay", "corps"):
    # a singular in -a, -i, -o, -u, -y or -p that its own tables do not know is not a word; keep the surface.
    if surface.endswith("s") and lemma == surface[:-1] and re.search(r"[aiouyp]$", lemma) and not known_word(lemma):
        return surface
    if token.pos_ in ("ADJ", "VERB"):  # a nominalized adjective or participle: "blessés" -> "blessé"
        return re.sub(r"(?<=\w{3})s$", "", surface)
    return lemma or surface


def other_language_lemma(token: Token, surface: str, lemma: str) -> str:
    """English (and any language but French): the model's lemma of a noun ("troops" -> "troop"); a participle
    or adjective standing for people keeps its form ("killed", "wounded"), which the concept table maps."""
    if token.pos_ in ("ADJ", "VERB"):
        return surface
    return lemma or surface


# --- context: objects of elided figures ------------------------------------------------------


def recover_objects(figures: list[Figure], article: Article, doc: Doc, sentences) -> list[Figure]:
    """Fill the object of figures whose noun is elided, from the sentence or the article's other figures."""
    counted = [f for f in figures if f.kind == "count" and f.object]
    salient = Counter(f.object for f in counted).most_common(1)[0][0] if counted else None
    recovered = []
    for figure in figures:
        if figure.kind == "percent" and not figure.object:
            obj = object_of_previous_percent(recovered, figure, sentences, article.text)
            recovered.append(figure.model_copy(update={"object": obj}) if obj else figure)
            continue
        if figure.kind != "count" or figure.object:
            recovered.append(figure)
            continue
        here = sentence_index(sentences, figure.start)
        obj = named_by_figure_noun(doc, sentences[here]) if sentences else None
        obj = obj or subject_of_copula(doc, figure.start)
        if obj is None and in_headline(figure, article):
            same_value = [f for f in counted if f.value == figure.value and f.start != figure.start]
            obj = same_value[0].object if same_value else salient
        elif obj is None:
            earlier = [
                f for f in counted if f.start < figure.start and here - sentence_index(sentences, f.start) <= 1
            ]
            if earlier:
                obj = earlier[-1].object
        recovered.append(figure.model_copy(update={"object": obj}) if obj else figure)
    return recovered


def object_of_previous_percent(earlier: list[Figure], figure: Figure, sentences, text: str) -> Optional[str]:
    """ "5,5 % du PIB, contre 4,9 % prévus": a percentage with nothing to say what it measures is elided from the
    previous percentage of its sentence; in parentheses ("31,2 % des suffrages. … devant X (27,9 %)"), a list of
    scores, also from the sentence before."""
    if not sentences:
        return None
    here = sentence_index(sentences, figure.start)
    parenthesized = text[:figure.start].rstrip().endswith("(") and text[figure.end:].lstrip().startswith(")")
    reach = 1 if parenthesized else 0
    for previous in reversed(earlier):
        if previous.kind == "percent" and previous.object and here - sentence_index(sentences, previous.start) <= reach:
            return previous.object
    return None


def subject_of_copula(doc: Doc, start: int) -> Optional[str]:
    """ "Les manifestants étaient 3 000": the subject of "être" before the number is the thing counted."""
    before = [t for t in doc if t.idx + len(t) <= start]
    w = words(doc_language(doc))
    if not before or before[-1].lemma_ != w.copula:
        return None
    for token in reversed(before[:-1]):
        if token.is_punct or token.is_space:
            return None
        if token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() not in w.figure_nouns:
            return object_lemma(token) if token.pos_ == "NOUN" else None
        if token.pos_ in ("NOUN", "PRON"):
            return None  # a pronoun or a noun naming a figure: the object comes from the context
    return None


def named_by_figure_noun(doc: Doc, bounds: tuple[int, int]) -> Optional[str]:
    """ "Le nombre de blessés serait de 3 500": the object is the complement of a noun that names a figure."""
    sentence = doc.char_span(*bounds, alignment_mode="expand")
    w = words(doc_language(doc))
    for token in sentence or []:
        if token.lemma_.lower() in w.figure_nouns and token.pos_ == "NOUN":
            for child in token.children:
                if child.dep_ == "nmod" and child.i > token.i and child.pos_ == "NOUN" and any(
                    c.lower_ in ("de", "d'", "d’", "des") for c in child.children
                ):
                    return object_lemma(child)
                if child.dep_ == "compound" and child.i < token.i and child.pos_ == "NOUN":  # "the death toll"
                    return object_lemma(child)
                if child.dep_ == "prep" and child.i > token.i and child.lower_ in w.de_forms:  # "the number of dead"
                    noun = next((c for c in child.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "ADJ")), None)
                    if noun is not None:
                        return object_lemma(noun)
    return None


def in_headline(figure: Figure, article: Article) -> bool:
    """A figure on the title line, or on a short line without sentence punctuation (a headline)."""
    line_start = article.text.rfind("\n", 0, figure.start) + 1
    line_end = article.text.find("\n", figure.start)
    line = article.text[line_start:line_end if line_end >= 0 else len(article.text)].strip()
    if article.title and line == article.title.strip():
        return True
    return len(line.split()) <= 15 and not line.endswith((".", "!", "?", "»", "”", '"', ";", ":"))
