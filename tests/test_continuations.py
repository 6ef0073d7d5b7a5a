"""The learned continuation (recoupe/continuations.py): off without a weights file (none is shipped: it did not beat
the rules leave-one-set-out, audit/train_continuations.py), and driven by the weights a lexicon folder gives.
Made-up passages."""

from __future__ import annotations

import pytest
from support import attributed, said

from recoupe.lexicon import OVERRIDE_VARIABLE, load


PASSAGE = "Le maire a annoncé 300 emplois. Nous sommes fiers de ces 40 postes."


def test_without_weights_no_sentence_is_read_as_the_last_speakers(nlp):
    claims, sources = attributed(nlp, PASSAGE)
    assert said(claims, "Nous sommes fiers") == []
    assert sources["40"] is None


@pytest.fixture
def weights(tmp_path, monkeypatch):
    (tmp_path / "fr").mkdir()
    (tmp_path / "fr" / "continuation.yml").write_text("weights: {bias: -1.0, first_person: 2.0}\n", encoding="utf-8")
    monkeypatch.setenv(OVERRIDE_VARIABLE, str(tmp_path))
    load.cache_clear()
    yield
    monkeypatch.delenv(OVERRIDE_VARIABLE)
    load.cache_clear()


def test_weights_make_a_sentence_in_the_first_person_the_last_speakers(nlp, weights):
    claims, sources = attributed(nlp, PASSAGE)
    assert said(claims, "Nous sommes fiers") == ["Le maire"]
    assert sources["40"] == "Le maire"


def test_weights_leave_a_sentence_with_no_feature_for_it_alone(nlp, weights):
    claims, _ = attributed(nlp, "Le maire a annoncé 300 emplois. La ville compte 40 écoles.")
    assert said(claims, "La ville compte") == []
