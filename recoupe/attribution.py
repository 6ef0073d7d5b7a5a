"""Attribution: claims (speaker, reporting verb or 'selon', quote, stance) and who each figure comes from.

The work happens in stages (recoupe/stages.py runs them once per article, in this order):
1. layout.py — `build_layout` cuts the text into paragraphs and sentence units that respect direct quotes
   (spaCy's sentence splitter breaks inside « … » on news text), and finds the quoted regions.
2. reports.py — `find_reports` finds every reporting construction: a reporting verb ("a déclaré", "rejette"),
   "selon X" / "d'après X", "X, citant Y", and the phrase that says who speaks (subjects.py walks the parse
   for it). It does not need actor mentions (actors.py uses it to tell a speaking "Élysée" from a place); a
   report whose verb has no subject takes the nearest name to its left among the candidates its reader gives.
3. claims.py — `attribute` turns reports into Claims (speakers.py: the speaker mention; stance, quote) and
   figure_sources.py attaches the figures.
The words these steps use are in recoupe/lexicons/<language>/attribution.yml (read by reporting.py).

This module keeps the names other modules and tests import from it.
"""

from .claims import _quoted, attribute, link_place_mentions
from .layout import Layout, build_layout
from .reporting import CIVILITIES, REPORTING_VERBS, TITLE_NOUNS, Report, verb_lemma, words
from .reports import find_reports
from .subjects import noun_phrase

__all__ = ["CIVILITIES", "REPORTING_VERBS", "TITLE_NOUNS", "Layout", "Report", "_quoted", "attribute",
           "build_layout", "find_reports", "link_place_mentions", "noun_phrase", "verb_lemma", "words"]
