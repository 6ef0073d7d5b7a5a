"""What the stages write on a Doc (spaCy extensions, `doc._.NAME`), and a log of who wrote what.

Set by the build before the Doc enters `nlp.pipe`:
  article          the Article the Doc is parsed from (no article: the stages leave the Doc alone)
  file_seconds     the time budget of its extraction (recoupe/budget.py), None for no bound
Written by the stages (recoupe/stages.py), in pipe order:
  figures          recoupe_figures (numbers.py); sources added by recoupe_claims, frames by recoupe_frames
  places, place_mentions   recoupe_places (places.py); recoupe_claims links the mentions to claims
  layout           recoupe_layout (layout.py): paragraphs, sentence units, quotes
  reports          recoupe_reports (reports.py): every reporting construction, before candidate names
  actor_mentions   recoupe_actors (actors.py)
  claims           recoupe_claims (claims.py, figure_sources.py)
  error            the exception that stopped a stage; the stages after it leave the Doc alone
Read-only logs: `doc._.stages` (the stages that ran, in order) and `doc._.written` ((extension, stage) per write).
`layout` and `reports` are written once per Doc: writing one a second time raises, so nothing computes them twice.
"""

from __future__ import annotations


from spacy.tokens import Doc

from .budget import cpu_clock

WRITE_ONCE = ("layout", "reports")
INPUTS = ("article", "file_seconds")  # set by the build, not logged
VALUES = ("article", "file_seconds", "figures", "places", "place_mentions", "layout", "reports", "actor_mentions",
          "claims", "error")
_KEY = "recoupe"


def _store(doc: Doc) -> dict:
    store = doc.user_data.get(_KEY)
    if store is None:
        store = doc.user_data[_KEY] = {"values": {}, "stages": [], "written": [], "stage": None}
    return store


def _extension(name: str) -> None:
    def get(doc: Doc):
        return _store(doc)["values"].get(name)

    def put(doc: Doc, value) -> None:
        store = _store(doc)
        if name in WRITE_ONCE and name in store["values"]:
            raise RuntimeError(f"doc._.{name} is written once per Doc (by {store['written'][-1][1]!r} before)")
        store["values"][name] = value
        if name not in INPUTS:
            store["written"].append((name, store["stage"]))

    Doc.set_extension(name, getter=get, setter=put, force=True)


for _name in VALUES:
    _extension(_name)
Doc.set_extension("stages", getter=lambda doc: list(_store(doc)["stages"]), force=True)
Doc.set_extension("written", getter=lambda doc: list(_store(doc)["written"]), force=True)


def entering(doc: Doc, stage: str) -> float:
    """Log that `stage` runs on the Doc now (its writes are logged under its name); returns when the first stage
    started on this Doc (budget.cpu_clock: CPU time), where its time budget runs from."""
    store = _store(doc)
    store["stages"].append(stage)
    store["stage"] = stage
    return store.setdefault("started", cpu_clock())


def layout_of(doc: Doc):
    """The article's layout: the recoupe_layout stage's, or built now for a Doc that did not go through it."""
    if doc._.layout is None:
        from .layout import build_layout
        from .nlp import doc_text

        doc._.layout = build_layout(doc, doc_text(doc))
    return doc._.layout


def reports_of(doc: Doc):
    """The article's reports before candidate names: the recoupe_reports stage's, or found now."""
    if doc._.reports is None:
        from .reports import find_all_reports

        doc._.reports = find_all_reports(doc, layout_of(doc))
    return doc._.reports
