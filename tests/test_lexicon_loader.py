"""The lexicons are read with libyaml's safe loader when PyYAML has it (recoupe/lexicon.py): every shipped lexicon
gives the same values, of the same types, as PyYAML's pure-Python safe loader."""

from __future__ import annotations

import yaml

from recoupe import lexicon


def same(a, b) -> bool:
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    return a == b


def test_every_lexicon_reads_the_same_as_with_the_pure_python_loader():
    for path in lexicon.files():
        text = path.read_text(encoding="utf-8")
        assert same(yaml.load(text, Loader=lexicon.SAFE_LOADER), yaml.safe_load(text)), path.name


def test_a_made_up_lexicon_keeps_its_quotes_accents_and_types():
    text = "words:\n  - d'après\n  - 'l’État'\n  - \"à terme\"\nlimit: 3\nratio: 0.5\non: yes\nempty:\n"
    assert same(yaml.load(text, Loader=lexicon.SAFE_LOADER), yaml.safe_load(text))
