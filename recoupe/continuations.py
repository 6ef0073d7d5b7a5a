"""Sentences that go on with the last speaker's words without a reporting verb of their own: a quote that goes on
(in the same sentence's next ones, in the paragraph a quote left open runs into), an interview's answer after the
speaker's name; split out of recoupe/claims.py, which calls them for the sentences no report speaks in."""

from __future__ import annotations

from typing import Optional, TYPE_CHECKING

from spacy.tokens import Doc

from .extensions import reports_of
from .layout import OPENING_QUOTES
from .models import Article, Claim, stable_id
from .reporting import _hearsay_conditional, words
from .speakers import _Said
from .subjects import _unit_tokens

if TYPE_CHECKING:
    from .layout import Layout


def _inside_quote(text: str, start: int, end: int) -> str:
    inner = text[start:end].strip()
    inner = inner.lstrip("«“„\"‘’'").rstrip("»”\"’'")
    return inner.strip()


def _answer_goes_on(doc: Doc, article: Article, layout: Layout, unit: int, last: _Said,
                    by_unit: dict[int, list[_Said]]) -> Optional[_Said]:
    """"Jean Roux : On sait que … Il y a eu 40 morts.": the sentences after a speaker's label in its paragraph (an
    interview's answer) are that speaker's, up to a question."""
    paragraph = layout.unit_paragraph[unit]
    labelled = next(u for u in range(unit + 1) if layout.unit_paragraph[u] == paragraph)
    label = [s for s in by_unit.get(labelled, []) if s.trigger is not None and doc[s.trigger].text == ":"]
    if len(label) != 1 or layout.unit_paragraph[last.unit] != paragraph \
            or layout.text[layout.units[unit][0]:layout.units[unit][1]].rstrip().endswith("?"):
        return None
    if not _same_speaker(label[0], last) and not _unquoted_label(doc, layout, label[0]):
        return None  # after a quoted label, another speaker of the paragraph ends its words
    start, end = layout.units[unit]
    answer = last if _same_speaker(label[0], last) else label[0]  # a transcript's answer is the label's, whoever it cites
    return _Said(_inherited(article, answer.claim, start, end, layout.text[start:end], "asserts", None), answer.mention,
                 None, unit)


def _unquoted_label(doc: Doc, layout: Layout, label: _Said) -> bool:
    """Whether the words after a speaker's label and colon are no quote: a transcript's answer."""
    after = doc[label.trigger + 1] if label.trigger + 1 < len(doc) else None
    return after is not None and not layout.in_quote(after.idx)


def _quote_only(layout: Layout, unit: int) -> bool:
    """Whether the sentence is (almost) all a quote."""
    start, end = layout.units[unit]
    content = [i for i in range(start, end) if not layout.text[i].isspace()]
    return bool(content) and sum(1 for i in content if layout.in_quote(i)) / len(content) >= 0.8


def _continued_quote(article: Article, layout: Layout, unit: int, last: _Said) -> Optional[_Said]:
    """A sentence that is only a quote, right after an attributed one, carries the same speaker."""
    if not 0 < unit - last.unit <= 2 or layout.unit_paragraph[unit] - layout.unit_paragraph[last.unit] > 1:
        return None
    if not _quote_only(layout, unit):
        return None
    start, end = layout.units[unit]
    text = layout.text[start:end]
    w = words(article.language)
    stance = "denies" if w.denial_words.search(text) else "cannot_confirm" if w.cannot_confirm.search(text) else last.claim.stance
    if stance == "denies" and last.claim.stance != "denies":
        stance = last.claim.stance
    claim = _inherited(article, last.claim, start, end, text, stance, _inside_quote(layout.text, start, end))
    return _Said(claim, last.mention, None, unit)


def _inherited(article: Article, parent: Claim, start: int, end: int, text: str, stance: str,
               quote: Optional[str]) -> Claim:
    """A claim of another sentence by the speaker of `parent` (a quote that goes on, a quote before "He said.", a
    later sentence of a quote): no verb of its own."""
    return Claim(id=stable_id(article.id, start, end, parent.speaker_text), article_id=article.id,
                 speaker_mention_id=parent.speaker_mention_id, speaker_text=parent.speaker_text, text=text,
                 verb=None, stance=stance, quote=quote, start=start, end=end)


def _same_speaker(a: _Said, b: _Said) -> bool:
    if a.mention is not None and b.mention is not None:
        return a.mention.id == b.mention.id or a.mention.name == b.mention.name
    return (a.claim.speaker_text or "").lower() == (b.claim.speaker_text or "").lower()


def _open_quote_goes_on(article: Article, layout: Layout, unit: int, last: _Said,
                        by_unit: dict[int, list[_Said]]) -> Optional[_Said]:
    """« Nous sommes surpris. Pour être honnête, on imaginait cinquante licenciements. (no closing mark): a paragraph
    that opens on a quote it never closes is all quote, and in French a quote left open at a paragraph's end runs on
    into the next one, to its closing mark; not one an incise ends (« … , a déclaré X."). Their sentences go on with
    the words of the speaker of the sentence before."""
    paragraph = layout.unit_paragraph[unit]
    before = layout.unit_paragraph[last.unit]
    if not 0 <= paragraph - before <= 1:
        return None
    runs_on = paragraph > 0 and before >= paragraph - 1 and _left_open(layout, paragraph - 1) \
        and not _closed_before(layout, paragraph, layout.units[unit][0]) \
        and not any(s.trigger is not None for s in by_unit.get(_last_unit(layout, paragraph - 1), []))
    if not (_opens_unclosed_quote(layout, paragraph) or runs_on):
        return None
    start, end = layout.units[unit]
    stance = last.claim.stance if last.claim.stance in ("asserts", "reported") else "asserts"
    return _Said(_inherited(article, last.claim, start, end, layout.text[start:end], stance, None), last.mention, None, unit)


def _hearsay_goes_on(doc: Doc, article: Article, layout: Layout, unit: int, last: _Said) -> Optional[_Said]:
    """"Selon la Croix-Rouge, 12 personnes ont été tuées. Ce bilan serait provisoire.": a sentence right after an
    attributed one in its paragraph, whose main verb is in the conditional of hearsay (not "devrait", "pourrait", "il
    faudrait", nor a hypothesis on "si"), goes on with that speaker's account, as reported; so does one opening the next
    paragraph ("… selon la Croix-Rouge.\n\nCe bilan serait provisoire."): the conditional marks it as hearsay still,
    unless the speaker before denies, or the sentence after it in its paragraph says who speaks ("Le soutien aurait
    augmenté. C'est ce qu'affirment les services secrets")."""
    if unit - last.unit != 1 or layout.unit_paragraph[unit] - layout.unit_paragraph[last.unit] > 1:
        return None
    if layout.unit_paragraph[unit] != layout.unit_paragraph[last.unit] and (last.claim.stance == "denies" or any(
            r.unit == unit + 1 and layout.unit_paragraph[unit + 1] == layout.unit_paragraph[unit] for r in reports_of(doc))):
        return None
    start, end = layout.units[unit]
    lo, hi = _unit_tokens(doc, layout, unit)
    roots = [t for t in doc[lo:hi] if t.dep_ == "ROOT" and not layout.in_quote(t.idx)]
    if not roots or layout.text[start:end].rstrip().endswith("?") or any(
            t.lower_ in ("si", "s'", "s’") and t.dep_ == "mark" for t in doc[lo:hi]):
        return None
    for root in roots:
        group = [root] + [c for c in root.children if c.dep_.startswith("aux") or c.dep_ == "cop"]
        if not any(_hearsay_conditional(t) and t.lemma_ not in _WISHES for t in group):
            return None
    return _Said(_inherited(article, last.claim, start, end, layout.text[start:end], "reported", None), last.mention,
                 None, unit)


_WISHES = frozenset({"falloir", "valoir", "vouloir", "aimer", "souhaiter"})  # "il faudrait", "voudrait": a wish


def _paragraph_text(layout: Layout, paragraph: int) -> str:
    start, end = layout.paragraphs[paragraph]
    return layout.text[start:end]


def _opens_unclosed_quote(layout: Layout, paragraph: int) -> bool:
    """Whether the paragraph opens on a quote mark that nothing in it closes."""
    text = _paragraph_text(layout, paragraph).lstrip()
    return text[:1] == "«" and "»" not in text


def _left_open(layout: Layout, paragraph: int) -> bool:
    """Whether the paragraph's last quote is never closed in it."""
    text = _paragraph_text(layout, paragraph)
    return "«" in text and "»" not in text[text.rindex("«"):]


def _last_unit(layout: Layout, paragraph: int) -> int:
    return max(u for u, p in enumerate(layout.unit_paragraph) if p == paragraph)


def _closed_before(layout: Layout, paragraph: int, offset: int) -> bool:
    """Whether the quote running into the paragraph closed before this offset."""
    start, _ = layout.paragraphs[paragraph]
    return "»" in layout.text[start:offset]


def _quote_paragraph_goes_on(article: Article, layout: Layout, unit: int, said: list[_Said]) -> Optional[_Said]:
    """« C'est un miracle. » C'est ce que nous a dit Jean Roux. (a paragraph of facts, a subheading) « Les arbres sont
    tombés. On a pompé toute la nuit. »: a paragraph that is all one quote, with no speaker of its own, a few
    paragraphs after a speaker quoted in direct speech, with no one speaking between, goes on with that speaker's
    words (a reporter's transcript: the last voice heard is the one quoted). Its first sentence here; the others follow
    as a quote goes on (`_continued_quote`)."""
    if not said:
        return None
    last = said[-1]
    paragraph = layout.unit_paragraph[unit]
    p_start, p_end = layout.paragraphs[paragraph]
    if not 1 < paragraph - layout.unit_paragraph[last.unit] <= _QUOTE_PARAGRAPH_REACH \
            or unit > 0 and layout.unit_paragraph[unit - 1] == paragraph:
        return None  # nearer paragraphs: the continuations above; only a paragraph's first sentence
    text = layout.text[p_start:p_end].strip()
    if text[:1] not in "«“" or not _quote_only_span(layout, p_start, p_end):
        return None
    quoted = [s for s in said if s.unit >= last.unit - 1 and s.claim.quote and _same_speaker(s, last)]
    if not quoted:
        return None  # the last speaker was reported, not quoted: whose words these are is not said
    start, end = layout.units[unit]
    return _Said(_inherited(article, last.claim, start, end, layout.text[start:end], "asserts",
                            _inside_quote(layout.text, start, end)), last.mention, None, unit)


def _colon_quote_goes_on(article: Article, layout: Layout, unit: int, said: list[_Said],
                         mentions: list) -> Optional[_Said]:
    """« Nous sommes sortis 40 fois », explique Jean Roux. (next paragraph) Le bilan reste modeste : « Rien ne nous a
    surpris. …: a paragraph opening on a few words of the journalist's, with nobody named in them, then a colon and a
    quote that runs to the sentence's end, right after a paragraph where the last speaker is quoted, goes on with that
    speaker's words (the quote's next sentences follow as a quote goes on, `_continued_quote`)."""
    if not said:
        return None
    last = said[-1]
    paragraph = layout.unit_paragraph[unit]
    if paragraph - layout.unit_paragraph[last.unit] != 1 or unit > 0 and layout.unit_paragraph[unit - 1] == paragraph:
        return None
    if not any(s.claim.quote for s in said if layout.unit_paragraph[s.unit] == paragraph - 1 and _same_speaker(s, last)):
        return None  # the last speaker was reported, not quoted
    start, end = layout.units[unit]
    text = layout.text[start:end]
    colon = text.find(":")
    opening = colon + 1 + len(text[colon + 1:]) - len(text[colon + 1:].lstrip())
    if colon < 0 or text[opening:opening + 1] not in OPENING_QUOTES or layout.in_quote(start + colon) \
            or not _quote_only_span(layout, start + opening, end):
        return None
    if any(start <= m.start < start + colon for m in mentions):
        return None  # "La voisine, Anne Roux : « … »": someone of its own is named before the colon
    return _Said(_inherited(article, last.claim, start, end, text, "asserts", _inside_quote(layout.text, start, end)),
                 last.mention, None, unit)


_QUOTE_PARAGRAPH_REACH = 3  # paragraphs after the quoted speaker's: one of facts and a subheading between, at most


def _quote_only_span(layout: Layout, start: int, end: int) -> bool:
    content = [i for i in range(start, end) if not layout.text[i].isspace()]
    return bool(content) and sum(1 for i in content if layout.in_quote(i)) / len(content) >= 0.8


_BULLETS = ("•", "◦", "▪", "‣", "·", "-", "–", "—", "*")


def _bulleted(layout: Layout, unit: int) -> bool:
    """Whether the unit's paragraph is an item of a list: it opens on a bullet or a dash."""
    start, end = layout.paragraphs[layout.unit_paragraph[unit]]
    return layout.text[start:end].lstrip().startswith(_BULLETS)


def _list_goes_on(article: Article, layout: Layout, unit: int, said: list[_Said]) -> Optional[_Said]:
    """"Selon le bilan présenté par les autorités : (next lines) • 36 personnes ont été évacuées. • 236 logements ont été
    inondés.": a sentence ending on a colon after someone speaks, then a list whose items open on a bullet, each item
    with no speaker of its own: every item goes on with that speaker's words (a list the colon announces)."""
    if not said or unit == 0 or not _bulleted(layout, unit):
        return None
    last = said[-1]
    if last.unit != unit - 1:
        return None
    announced = layout.text[slice(*layout.units[last.unit])].rstrip().endswith(":")
    if not (announced or last.claim.verb is None and _bulleted(layout, last.unit)):
        return None
    start, end = layout.units[unit]
    return _Said(_inherited(article, last.claim, start, end, layout.text[start:end], last.claim.stance,
                            _inside_quote(layout.text, start, end)), last.mention, None, unit)
