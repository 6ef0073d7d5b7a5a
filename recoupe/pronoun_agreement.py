"""Whether a speaker can be what a subject pronoun stands for, by the gender and number the pronoun asks (speakers.py
reads it): "elles" is not "d'autres témoins", "il" not "les organisations", "ils" not "l'ATS". Moved from speakers.py."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from spacy.tokens import Doc, Token

from .nlp import doc_language, tokens_from

if TYPE_CHECKING:
    from .layout import Layout
    from .speakers import _Said


# A name with a singular article and no coordination: one body, never what "ils" / "elles" stand for
def _singular_name(text: str) -> bool:
    lower = text.lower()
    return lower.startswith(("l'", "l’", "la ", "le ")) and " et " not in lower and "," not in lower
# The gender and number a subject pronoun asks of the one it stands for
PRONOUN_AGREEMENT = {"il": ("Masc", "Sing"), "elle": ("Fem", "Sing"), "ils": ("Masc", "Plur"), "elles": ("Fem", "Plur")}


def _agrees(doc: Doc, layout: Layout, said: _Said, pronoun: str) -> bool:
    """Whether a speaker named by a common noun can be what the pronoun stands for: "elles" is not "d'autres
    témoins", "il" not "les organisations". A name (no gender known) can, unless a singular article opens it
    for a plural pronoun."""
    wanted = PRONOUN_AGREEMENT.get(pronoun) if doc_language(doc) == "fr" else None
    head = _speaker_noun(doc, layout, said) if wanted else None
    if head is None:  # a name: "ils" is not "l'ATS" ("…, selon un décompte de l'ATS. Ils ont exigé …")
        return not wanted or wanted[1] != "Plur" or not _singular_name(said.claim.speaker_text or "")
    gender, number = head.morph.get("Gender"), head.morph.get("Number")
    return not (gender and wanted[0] not in gender) and not (number and wanted[1] not in number)


def _speaker_noun(doc: Doc, layout: Layout, said: _Said) -> Optional[Token]:
    """The common noun heading a speaker's phrase ("les autres témoins" -> témoins), None for a name."""
    text = said.claim.speaker_text or ""
    if said.mention is not None:
        start, end = said.mention.start, said.mention.end
    else:
        at = layout.text.find(text, said.claim.start, said.claim.end)
        if at < 0:
            return None
        start, end = at, at + len(text)
    for token in tokens_from(doc, start):  # the tokens before the phrase are skipped
        if token.pos_ in ("DET", "ADP", "PUNCT", "ADJ"):
            if token.idx >= end:
                break
            continue
        if token.idx >= end or token.pos_ != "NOUN" or token.text[:1].isupper():
            return None
        return token
    return None
