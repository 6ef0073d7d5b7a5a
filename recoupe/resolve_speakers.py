"""Speakers across articles: the bodies an article names only by a description become actors, people named by a
title alone merge with the named one, and each claim and figure gets its actor and its original source.

A speaker the article names only by a description of a body or group ("selon la police", "les syndicats
revendiquent") becomes an actor too (`unnamed_speakers`): one per description and per town framing its sentence
or paragraph, or, for a singular one ("le syndicat"), the body with that head noun named last before it.

Then each claim and figure gets its actor and its original source (citing.py finds whom a speaker cites).
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Optional

from . import lexicon
from .attribution import TITLE_NOUNS
from .names import ARTICLE_WORDS, _fold_word
from .models import Actor, ActorMention, ActorMerge, Article, Claim, Figure, Place, PlaceMention, stable_id
from .resolve_actors import (
    BODY, HYPHENATED_ACRONYM, UNCLOSED_ACRONYM, _fold_phrase, _heads, _vocabulary, apply_merges, description_words, name_key)

def unnamed_speakers(
    claims: list[Claim], figures: list[Figure], actors: list[Actor], mentions: list[ActorMention],
    articles: list[Article], places: list[Place], place_mentions: list[PlaceMention],
) -> tuple[list[Actor], list[ActorMention], list[Claim], list[Figure]]:
    """Speakers the article names by a definite description of a body or group ("selon la police", "les
    syndicats revendiquent"), made actors so that they count as sources: a singular one ("le syndicat") is the
    body named last before it in its article whose words hold the description's; otherwise one actor per
    description and per place it speaks for, the town or region named in its sentence or earlier in its
    paragraph ("À Rennes, … selon la préfecture" is "préfecture (Rennes)"; with no town, the national one)."""
    lexicon_words = {language: [tuple(_fold_phrase(p)) for p in lexicon.entry("sources", "collective_speakers", language)]
                     for language in ("fr", "en")}
    body_words = {language: lexicon_words[language] + [
        tuple(_fold_phrase(p)) for p in lexicon.load("sources", language).get("collective_bodies") or []]
        for language in ("fr", "en")}
    national = {_fold_word(w) for language in ("fr", "en")
                for w in lexicon.entry("sources", "national_heads", language)}
    text_of = {a.id: a.text for a in articles}
    english = {a.id for a in articles if a.language == "en"}  # head nouns come last: "the health ministry"
    place_of = {p.id: p for p in places}
    local: dict[str, list[PlaceMention]] = defaultdict(list)  # towns and regions named, per article
    for m in place_mentions:
        if place_of.get(m.place_id) and place_of[m.place_id].kind in ("city", "region", "area"):
            local[m.article_id].append(m)
    places_at: dict[str, list[PlaceMention]] = defaultdict(list)  # every place named, per article
    for m in place_mentions:
        if m.place_id in place_of:
            places_at[m.article_id].append(m)
    by_article: dict[str, list[ActorMention]] = defaultdict(list)
    for m in sorted(mentions, key=lambda m: m.start, reverse=True):
        by_article[m.article_id].append(m)
    vocab = {}
    group_of: dict[str, list[ActorMention]] = defaultdict(list)
    for m in mentions:
        group_of[m.actor_id].append(m)
    new_actors: dict[str, Actor] = {}
    new_mentions: list[ActorMention] = []
    speaker_of_claim: dict[str, ActorMention] = {}
    mention_by_id = {m.id: m for m in mentions}
    by_alias: dict[str, set[str]] = defaultdict(set)
    for actor in actors:
        for alias in {actor.name, *actor.aliases}:
            by_alias[" ".join(_fold_phrase(alias))].add(actor.id)
    titles: dict[str, set[str]] = defaultdict(set)  # a title, folded -> the persons the dossier gives it
    for actor in actors:
        if actor.kind == "person" and actor.role:
            titles[_folded_title(actor.role)].add(actor.id)
    by_id = {a.id: a for a in actors}
    holders = {title: by_id[next(iter(ids))] for title, ids in titles.items() if len(ids) == 1}
    office_holders = _office_holders(mentions, text_of, english)
    role_holders = _role_holders(actors, group_of)
    people = _people_by_article(actors, group_of)
    for claim in claims:
        if not claim.speaker_text:
            continue
        text = text_of[claim.article_id]
        start = text.find(claim.speaker_text.strip(), claim.start, claim.end)
        if start < 0:
            continue
        dateline = DATELINE.match(claim.speaker_text.strip())
        if dateline and claim.speaker_text.strip()[dateline.end():]:  # "LAHAINA, Hawaii (KHNL) - Officials": the dateline is no speaker
            start += dateline.end()
            claim = claim.model_copy(update={"speaker_text": claim.speaker_text.strip()[dateline.end():]})
        body = _spokesperson_of(claim.speaker_text.strip())
        if body is not None:  # "a FEMA spokesperson", "le porte-parole du ministère": the body speaks
            start += claim.speaker_text.strip().rfind(body[1])
            claim = claim.model_copy(update={"speaker_text": body[1]})
        end = start + len(claim.speaker_text.strip())
        issuer = _issuer_after(claim.speaker_text.strip(), text, end, claim.end)
        if issuer is not None:  # "selon le dernier bilan communiqué par les autorités": the authorities speak
            start, end = issuer
            claim = claim.model_copy(update={"speaker_text": text[start:end]})
        elif _official_document(claim.speaker_text.strip()):  # "selon les chiffres officiels": the authorities'
            claim = claim.model_copy(update={"speaker_text": "the authorities" if claim.article_id in english
                                             else "les autorités"})
        else:
            owner = _document_owner(claim.speaker_text.strip())
            if owner is not None:  # "selon un premier décompte du Nombre jaune": the owner's count
                start += claim.speaker_text.strip().rfind(owner)
                end = start + len(owner)
                claim = claim.model_copy(update={"speaker_text": owner})
        unnamed_source = _unnamed_source(claim.speaker_text.strip())
        relay = _relayed_by(text, end, claim.end) if unnamed_source is not None else None
        if relay is not None:  # "d'après des sources sécuritaires, citées par l'AFP": the agency relays them
            start, end = relay
            claim = claim.model_copy(update={"speaker_text": text[start:end]})
            unnamed_source = None
        if unnamed_source is not None:  # "selon une source policière", "security sources said": one source per kind
            actor_id = stable_id("actor", "unnamed", "source", unnamed_source[1])
            known = new_actors.get(actor_id) or Actor(id=actor_id, name=unnamed_source[0], kind="organisation")
            new_actors[actor_id] = known.model_copy(update={
                "aliases": sorted(set(known.aliases) | {claim.speaker_text.strip()}), "mention_count": known.mention_count + 1})
            mention = ActorMention(
                id=stable_id(claim.article_id, "actor", start, end), article_id=claim.article_id, start=start, end=end,
                sentence=claim.text, surface=text[start:end], kind="organisation", name=unnamed_source[0], actor_id=actor_id)
            new_mentions.append(mention)
            speaker_of_claim[claim.id] = mention
            continue
        person = _person_named(claim.speaker_text.strip(), claim.article_id, people) if not claim.speaker_mention_id else None
        if person is not None:  # "Green said Friday": the person of that name the article names, NER having missed it
            mention = ActorMention(
                id=stable_id(claim.article_id, "actor", start, end), article_id=claim.article_id, start=start, end=end,
                sentence=claim.text, surface=text[start:end], kind="person", name=by_id[person].name, actor_id=person)
            new_mentions.append(mention)
            speaker_of_claim[claim.id] = mention
            continue
        if claim.article_id in english:
            spoken = mention_by_id.get(claim.speaker_mention_id) if claim.speaker_mention_id else None
            # an office alone, whatever the article's speaker heuristics took it for: no mention, a mention of
            # another sentence's person ("the governor" after "Police Chief Tom Reyes"), or a name's first words
            office = _office_of_speaker(claim.speaker_text.strip()) if spoken is None or not (
                start <= spoken.start < end) or (spoken.kind != "person" and spoken.end < end) else None
            holder = _holder_of(office, claim.article_id, start, office_holders) if office else None
            if holder is not None and holder in by_id:  # "the governor said": the person introduced as governor
                mention = ActorMention(
                    id=stable_id(claim.article_id, "actor", start, end), article_id=claim.article_id, start=start,
                    end=end, sentence=claim.text, surface=text[start:end], kind="person", name=by_id[holder].name,
                    role=" ".join(office), actor_id=holder)
                new_mentions.append(mention)
                speaker_of_claim[claim.id] = mention
                continue
        member = MEMBER.match(claim.speaker_text.strip())
        parents = by_alias.get(" ".join(_fold_phrase(member.group(2))), set()) if member else set()
        spoken = mention_by_id.get(claim.speaker_mention_id) if claim.speaker_mention_id else None
        if (member and (spoken is None or spoken.actor_id in parents) and member.group(1).islower() and member.group(2)[:1].isupper()
                and description_words(member.group(1)) == [BODY]
                and any(by_id[p].kind == "organisation" for p in parents if p in by_id)):
            # "une agence de l'ONU", "cet organisme de l'ONU": a body of a named one, an actor of its own that
            # merge_speakers resolves to the one such body the dossier names
            described = member.group(0)[member.start(1):].strip()
            actor_id = stable_id("actor", "unnamed", " ".join(w for w in _fold_phrase(described) if w not in ARTICLE_WORDS), "")
            known = new_actors.get(actor_id) or Actor(id=actor_id, name=described, kind="organisation")
            new_actors[actor_id] = known.model_copy(update={
                "aliases": sorted(set(known.aliases) | {claim.speaker_text.strip()}), "mention_count": known.mention_count + 1})
            mention = ActorMention(
                id=stable_id(claim.article_id, "actor", start, end), article_id=claim.article_id, start=start, end=end,
                sentence=claim.text, surface=text[start:end], kind="organisation", name=described, actor_id=actor_id)
            new_mentions.append(mention)
            speaker_of_claim[claim.id] = mention
            continue
        in_english = claim.article_id in english
        match = re.match(r"^(les|le|la|l['’]|the)\s*(\S.*)$", claim.speaker_text.strip(), re.I | re.S)
        if match is None and claim.speaker_text.strip()[:1].islower():
            # "selon une note du renseignement territorial": the document's issuer, its article left behind
            match = re.match(r"^()(\S.*)$", claim.speaker_text.strip(), re.S)
        placed = None  # the place an English description names ("Riverside officials", "officials in Riverside")
        if in_english and match is not None and match.group(1) and match.group(2)[:1].isupper():
            # "the Riverside police": a place's name before the description
            at = start + len(claim.speaker_text.strip()) - len(match.group(2))
            inner, placed = _english_description(match.group(2), text, at, places_at[claim.article_id], place_of)
            if placed is not None:
                match = inner
        if in_english and match is None:
            match, placed = _english_description(claim.speaker_text.strip(), text, start, places_at[claim.article_id], place_of)
            spoken = mention_by_id.get(claim.speaker_mention_id) if claim.speaker_mention_id else None
            if placed and spoken and spoken.kind == "organisation" and _speaks_alone(group_of[spoken.actor_id], text_of):
                match, placed = None, None  # "County Hall officials": the body that speaks in its own name elsewhere
        words = _fold_phrase(match.group(2)) if match else []
        known_words = lexicon_words["en" if in_english else "fr"]
        if in_english and match is not None:
            described_words = re.split(r"\s+", match.group(2).strip())
            cut = next((i for i, w in enumerate(described_words) if w.lower() in PREPOSITIONS_EN), len(described_words))
            if placed is None and cut < len(described_words):
                placed = _place_in(text, start + claim.speaker_text.strip().find(match.group(2).strip()), end,
                                   places_at[claim.article_id], place_of, described_words[cut:])
            if not re.fullmatch(r"[a-z][a-z’' -]*", " ".join(described_words[:cut])) or words[:1] and words[0] in INDEFINITE_EN:
                words = []  # "the Interior Ministry": a name NER missed; "a spokesman for the militants": no body
            elif any(w in PREPOSITIONS_EN for w in words):
                words = words[:min(i for i, w in enumerate(words) if w in PREPOSITIONS_EN)]  # the head before "for"
            synonyms = _english_speaker_synonyms()
            words = [synonyms.get(w, w) for w in words]
        head = (lambda p: tuple(words[-len(p):]) == p) if in_english else (lambda p: tuple(words[:len(p)]) == p)
        lower_case = match is not None and match.group(2)[:1].islower()
        if match is None or not any(head(p) for p in (body_words["en" if in_english else "fr"] if lower_case else known_words)):
            titled = bool(words) and match.group(2).split()[0].lower() in TITLE_NOUNS  # "le ministre de l'Intérieur"
            indefinite = re.match(r"(?:des|une?|plusieurs|certaine?s|d['’]autres|de nombreu\w+)\s", claim.speaker_text.strip(), re.I)
            holder = holders.get(_folded_title(match.group(2))) if titled and not claim.speaker_mention_id else None
            if holder is None and titled and not claim.speaker_mention_id:
                # "le haut-commissaire de la République" for the person introduced as "haut-commissaire de la
                # République en Nouvelle-Calédonie": a role whose words hold the title's
                holder = _title_holder(match.group(2), claim.article_id, start, role_holders, by_id)
            if holder is not None:  # "selon le ministre de l'Intérieur": the one person the dossier gives that title
                mention = ActorMention(
                    id=stable_id(claim.article_id, "actor", start, end), article_id=claim.article_id, start=start,
                    end=end, sentence=claim.text, surface=text[start:end], kind="person", name=holder.name,
                    role=match.group(2).strip(), actor_id=holder.id)
                new_mentions.append(mention)
                speaker_of_claim[claim.id] = mention
                continue
            named = None if claim.speaker_mention_id or titled or indefinite else _proper_name_in(text, start, end)
            if named is None or tuple(_fold_phrase(text[named[0]:named[1]])) in known_words or no_speaker(
                    text[named[0]:named[1]]):
                continue  # "des ONG locales": a common noun in capitals
            # a name NER missed ("d'après les chiffres de la Voix du Nord", "le cabinet indépendant Occurrence"):
            # the actor of that name when there is one, else a new one
            name_start, name_end = named
            name = text[name_start:name_end]
            # "l'Assistance publique-Hôpitaux de Paris (AP-HP)": the long form, known by its acronym like "AP-HP"
            bracketed = UNCLOSED_ACRONYM.match(name)
            long_form, acronym = (bracketed.group(1), bracketed.group(2)) if bracketed else (name, None)
            if acronym is None and HYPHENATED_ACRONYM.fullmatch(name):
                acronym = name
            known_ids = by_alias.get(" ".join(_fold_phrase(name)), set()) or by_alias.get(
                " ".join(_fold_phrase(acronym or "")), set()) or _body_starting_with(text[name_start:end], actors)
            actor_id = next(iter(known_ids)) if len(known_ids) == 1 else stable_id(
                "actor", "named", " ".join(_fold_phrase(acronym or name)))
            if actor_id not in known_ids:
                known = new_actors.get(actor_id) or Actor(id=actor_id, name=long_form, kind="organisation")
                if acronym and known.name == acronym and long_form != acronym:
                    known = known.model_copy(update={"name": long_form})  # a body by its long form, not its acronym
                new_actors[actor_id] = known.model_copy(update={
                    "aliases": sorted(set(known.aliases) | {long_form} | ({acronym} if acronym else set())),
                    "mention_count": known.mention_count + 1})
                name = long_form
            mention = ActorMention(
                id=stable_id(claim.article_id, "actor", name_start, name_end), article_id=claim.article_id,
                start=name_start, end=name_end, sentence=claim.text, surface=name, kind="organisation", name=name,
                actor_id=actor_id)
            new_mentions.append(mention)
            speaker_of_claim[claim.id] = mention
            continue
        if claim.speaker_mention_id is not None and not (placed and start <= mention_by_id[claim.speaker_mention_id].start < end
                                                           if claim.speaker_mention_id in mention_by_id else False):
            antecedent = mention_by_id.get(claim.speaker_mention_id)
            if antecedent is None or claim.start <= antecedent.start < claim.end:
                continue  # named in its own sentence
            here = _place_spoken_for(text, start, claim, local[claim.article_id], place_of)
            there = _place_spoken_for(text, antecedent.start, _sentence_claim(claim, antecedent, text),
                                      local[claim.article_id], place_of)
            if here is None or (there is not None and here.id == there.id) or words and (words[-1] if in_english else words[0]) in national:
                continue  # "la préfecture" for the one named before, unless it speaks for another town; a ministry
                # speaks for the whole country ("À Paris, 87 000 personnes, selon le ministère")
        described = re.sub(r"\s*\([^()]*\)", "", match.group(2)).strip() or match.group(2).strip()  # "les syndicats (7.800 et 20.000)"
        if in_english and placed:
            described = " ".join(described_words[:cut])  # "officials in Riverside" -> "officials (Riverside)"
        actor_id = None
        plural = match.group(1).lower() == "les" or (in_english and described.endswith("s"))
        if not plural and claim.speaker_mention_id is None and not placed:  # "le syndicat": the body named last before it
            wanted = description_words(described)
            # "l'organisme", "the agency", "the modelling firm": a generic noun of bodies is the body named last in
            # its paragraph
            generic = bool(match.group(1)) and (wanted == [BODY] if not in_english else
                                                bool(words) and words[-1] in _english_body_nouns())
            for m in by_article[claim.article_id]:  # last first
                if m.end > start or m.kind != "organisation":
                    continue
                if m.actor_id not in vocab:
                    vocab[m.actor_id] = (_vocabulary(group_of[m.actor_id]), _heads(group_of[m.actor_id]))
                known_words, heads = vocab[m.actor_id]
                if generic and "\n" in text[m.end:start]:
                    break  # a generic noun names a body of its own paragraph only
                if generic or wanted and set(wanted) <= known_words and wanted[0] in heads:  # "la police" is no "préfecture de police"
                    actor_id = m.actor_id
                    break
        if actor_id is None:
            national_head = bool(words) and (words[-1] if in_english else words[0]) in national
            place = placed or (None if national_head else _place_spoken_for(text, start, claim, local[claim.article_id], place_of))
            key = " ".join(w for w in words if w not in ARTICLE_WORDS)
            actor_id = stable_id("actor", "unnamed", key, place.id if place else "")
            name = described + (f" ({place.name})" if place else "")
            known = new_actors.get(actor_id) or Actor(id=actor_id, name=name, kind="organisation")
            new_actors[actor_id] = known.model_copy(update={
                "aliases": sorted(set(known.aliases) | {claim.speaker_text.strip()}),
                "mention_count": known.mention_count + 1})
        mention = ActorMention(
            id=stable_id(claim.article_id, "actor", start, end), article_id=claim.article_id, start=start, end=end,
            sentence=claim.text, surface=text[start:end], kind="organisation", name=described, actor_id=actor_id)
        new_mentions.append(mention)
        speaker_of_claim[claim.id] = mention
    if not speaker_of_claim:
        return actors, mentions, claims, figures
    known_ids = {m.id for m in mentions}
    new_mentions = [m for m in {m.id: m for m in new_mentions}.values() if m.id not in known_ids]
    counts = defaultdict(int)
    for m in new_mentions:
        counts[m.actor_id] += 1
    actors = [a.model_copy(update={"mention_count": a.mention_count + counts[a.id]}) if counts[a.id] else a
              for a in actors] + sorted(new_actors.values(), key=lambda a: a.id)
    claims = [c.model_copy(update={"speaker_mention_id": speaker_of_claim[c.id].id}) if c.id in speaker_of_claim else c
              for c in claims]
    speaker_text = {c.id: (c.speaker_text or "").strip() for c in claims}
    figures = [
        f.model_copy(update={"source_mention_id": speaker_of_claim[f.claim_id].id})
        if f.claim_id in speaker_of_claim and f.source_text and f.source_text.strip() == speaker_text[f.claim_id]
        else f
        for f in figures
    ]
    return actors, mentions + new_mentions, claims, figures


# A dateline opening a story ("RIVERTON, Ohio (AP) - ", "PARIS (AFP) — ", or its dash alone): capitals, a place,
# an outlet, a dash
DATELINE = re.compile(r"(?:[A-Z][A-Z'’. -]{2,}(?:,[^-–—\n]{0,60})?(?:\s*\([^()\n]{1,40}\))?\s+)?[-–—]+\s*")


# --- a document's issuer, official figures ----------------------------------------------------------------


def _issuer_after(speaker: str, text: str, end: int, limit: int) -> Optional[tuple[int, int]]:
    """The issuer named after a document that speaks ("le dernier bilan officiel communiqué | par les
    autorités", "the latest toll released | by the county"): the offsets of "les autorités", or None. Only when
    the speaker is a document (sources.yml documents) with no owner of its own."""
    if not unowned_document(speaker) and not _official_document(speaker):
        return None
    found = re.match(r"(?:\s+[^\W\d_][\w’'-]*){0,3}?\s+(?:par|by)\s+((?:les|le|la|l['’]|the)\s*[^,;:.!?()«»“”\"]+?)"
                     r"\s*(?=[,;:.!?()«»“”\"]|$)", text[end:limit])
    if found is None:
        return None
    return end + found.start(1), end + found.end(1)


SOURCE_FR = re.compile(r"(?:(?:une?|des|les?|la|l['’]|plusieurs|d['’]autres|de)\s*)?(sources?)\s+([^\W\d_][\w’'-]*)", re.I)
POSSESSIVES = frozenset(("our", "my", "his", "her", "their", "its", "your", "nos", "notre", "vos", "votre", "mes", "tes",
                         "ses", "leurs", "news"))
SOURCE_EN = re.compile(r"(?:(?:an?|the|some|several|other)\s+)?([^\W\d_][\w’'-]*)\s+(sources?)", re.I)


def _unnamed_source(speaker: str) -> Optional[tuple[str, str]]:
    """A source without a name but of a kind ("une source policière", "des sources sécuritaires", "a security
    source", "police sources"): (its name, its folded kind); one actor per kind. None for anything else
    ("des sources", "selon nos sources")."""
    vague = {_fold_word(w) for language in ("fr", "en") for w in lexicon.entry("sources", "vague_source_words", language) or []}
    french = SOURCE_FR.fullmatch(speaker)
    if french and french.group(2).islower() and _fold_word(french.group(2)) not in _DETERMINERS | vague:
        kind = _fold_word(french.group(2))
        return f"sources {french.group(2)}" if french.group(1).lower().endswith("s") else f"source {french.group(2)}", kind
    english = SOURCE_EN.fullmatch(speaker)
    if english and _fold_word(english.group(1)) not in _DETERMINERS | vague and english.group(1).lower() not in POSSESSIVES:
        return f"{english.group(1).lower()} sources", _fold_word(english.group(1))
    return None


def _document_owner(speaker: str) -> Optional[str]:
    """The owner of a document that speaks ("un premier décompte du Nombre jaune", "le bilan de la préfecture",
    "the latest count of the county"): the owner's words as written, or None (no document, or no owner)."""
    documents = _documents()
    found = re.fullmatch(r"(?:\S+\s+){0,3}?(\S+)\s+(?:du|des|de\s+la|de\s+l['’]|de|d['’]|of(?:\s+the)?)\s*[«\"“]?\s*"
                         r"([^«»\"“”]+?)\s*[»\"”]?", speaker, re.I | re.S)
    if found is None:
        return None
    head = _fold_word(found.group(1))
    if head not in documents and head.rstrip("sx") not in documents:
        return None
    words = found.group(0)[:found.start(1)].split()
    if any(_fold_word(w) in documents for w in words):
        return None
    return found.group(2)


def _relayed_by(text: str, end: int, limit: int) -> Optional[tuple[int, int]]:
    """", citées par l'AFP" right after a speaker: the offsets of the relay ("l'AFP"), or None."""
    found = re.match(r"\s*,\s*(?:cité|citée|cités|citées|relayée?s?|reprise?s?|quoted|cited)\s+(?:par|by)\s+"
                     r"((?:les|le|la|l['’]|the)?\s*[^,;:.!?()«»“”\"]+?)\s*(?=[,;:.!?()«»“”\"]|$)", text[end:limit], re.I)
    return (end + found.start(1), end + found.end(1)) if found else None


def _official_document(speaker: str) -> bool:
    """A count called official and nobody's ("les chiffres officiels", "le bilan officiel", "the official toll";
    not "les statistiques officielles", an institute's): sources.yml official_counts."""
    words = [_fold_word(w) for w in re.findall(r"[^\W\d_][\w-]*", speaker)]
    if "counts" not in _DOCUMENTS:
        _DOCUMENTS["counts"] = frozenset(_fold_word(w) for language in ("fr", "en")
                                         for w in lexicon.entry("sources", "official_counts", language) or [])
    documents = _DOCUMENTS["counts"]
    return (any(w in _official_words() for w in words) and any(w in documents or w.rstrip("sx") in documents for w in words)
            and not any(w in _OWNER_WORDS for w in words[1:]) and not any(w[:1].isupper() for w in speaker.split()[1:]))


# --- a spokesperson without a name speaks for the body --------------------------------------------------------

SPOKES_DETERMINERS = {"du": "le ", "des": "les ", "de la": "la ", "de l'": "l'", "de l’": "l’", "de": ""}


def _spokesperson_of(speaker: str) -> Optional[tuple[str, str]]:
    """The body an unnamed spokesperson speaks for, as (determiner to read before it, its words as written):
    "A FEMA spokesperson" -> ("", "FEMA"); "a spokesman for the ministry" -> ("", "the ministry"); "le
    porte-parole du ministère" -> ("le ", "ministère"). None for anything else ("Jane Doe, a spokesperson")."""
    nouns = "|".join(re.escape(w) for language in ("fr", "en")
                     for w in lexicon.entry("sources", "spokesperson_nouns", language) or [])
    if not nouns:
        return None
    found = _spokesperson_phrase(speaker, nouns)
    if found is None:
        return None
    words = re.findall(r"[^\W\d_][\w-]*", found[1])
    if not any(w[:1].isupper() for w in words):  # "a spokesman for the militants": people, no body
        endings = (lexicon.load("events", "fr").get("people_suffixes") or []) + (
            lexicon.load("sources", "en").get("people_suffixes") or [])
        head = (words[-1] if re.search(r"\b(?:for|of)\b", speaker) is None and not re.search(r"\bporte-parole\b", speaker, re.I)
                else next((w for w in words if w.lower() not in _DETERMINERS and w.lower() not in ARTICLE_WORDS), ""))
        bare = head.lower()[:-1] if head.lower().endswith("s") and len(head) > 3 else head.lower()
        if any(bare.endswith(e) for e in endings):
            return None
    return found


def _spokesperson_phrase(speaker: str, nouns: str) -> Optional[tuple[str, str]]:
    before = re.fullmatch(rf"(?:an?|the)\s+(.+?)\s+(?:{nouns})", speaker, re.I | re.S)
    if before and not before.group(1).endswith(("'s", "’s")):
        return "", before.group(1)
    after = re.fullmatch(rf"(?:an?|the|une?|le|la|l['’])\s*(?:{nouns})\s+(?:for|of)\s+(.+)", speaker, re.I | re.S)
    if after:
        return "", after.group(1)
    french = re.fullmatch(rf"(?:une?|le|la|l['’])\s*(?:{nouns})\s+(du|des|de\s+la|de\s+l['’]|de)\s*(.+)", speaker, re.I | re.S)
    if french:
        return SPOKES_DETERMINERS.get(re.sub(r"\s+", " ", french.group(1).lower()), ""), french.group(2)
    return None


# --- English descriptions: "Officials said", "Riverside officials", "officials in Riverside" --------------------


def _english_speaker_synonyms() -> dict:
    if "synonyms" not in _DOCUMENTS:
        _DOCUMENTS["synonyms"] = {_fold_word(k): _fold_word(v) for k, v in
                                  (lexicon.load("sources", "en").get("speaker_synonyms") or {}).items()}
    return _DOCUMENTS["synonyms"]


def _english_description(speaker: str, text: str, start: int, places: list[PlaceMention], place_of
                         ) -> tuple[Optional[re.Match], Optional[Place]]:
    """A capitalised English speaker that is a description all the same: the first word of a sentence
    ("Officials said", "County officials said") read in lower case, and a place's name before lower-case words
    ("Riverside officials said": the officials of that place). (None, None) otherwise."""
    words = speaker.split()
    if len(words) < 1 or not words[0][:1].isupper():
        return None, None
    lower_from = next((i for i, w in enumerate(words) if w[:1].islower()), len(words))
    if 0 < lower_from < len(words):
        lead_end = start + len(" ".join(words[:lower_from]))
        named = [m for m in places if start <= m.start and m.end <= lead_end + 1]
        if named and text[named[0].start:named[-1].end] == " ".join(words[:lower_from]).rstrip("’'s").rstrip("’'"):
            return re.match(r"^()(\S.*)$", " ".join(words[lower_from:]), re.S), place_of[named[0].place_id]
    opens = not text[:start].rstrip(" \t") or text[:start].rstrip(" \t")[-1] in ".!?\n\"“”-–—"
    if opens and words[0][1:].islower() and all(not w[:1].isupper() for w in words[1:lower_from or 1]) and (
            lower_from in (1, len(words)) and all(w[:1].islower() for w in words[1:])):
        return re.match(r"^()(\S.*)$", words[0].lower() + speaker[len(words[0]):], re.S), None
    return None, None


def _english_body_nouns() -> frozenset:
    if "bodies" not in _DOCUMENTS:
        _DOCUMENTS["bodies"] = frozenset(_fold_word(w) for w in lexicon.load("sources", "en").get("body_nouns") or [])
    return _DOCUMENTS["bodies"]


def _speaks_alone(group: list[ActorMention], text_of: dict[str, str]) -> bool:
    """Whether a body is named somewhere without "officials" or "authorities" after it: it speaks as a body."""
    for m in group:
        after = re.match(r"\s*([a-z]+)", text_of.get(m.article_id, "")[m.end:m.end + 30])
        if not after or _english_speaker_synonyms().get(_fold_word(after.group(1))) != "authority":
            return True
    return False


def _place_in(text: str, start: int, end: int, places: list[PlaceMention], place_of, tail: list[str]) -> Optional[Place]:
    """The place a description's complement names ("officials in Riverside"): a place mention filling the words
    after the preposition."""
    if len(tail) < 2:
        return None
    inside = [m for m in places if start <= m.start and m.end <= end]
    if inside and text[inside[-1].end:end].strip(" ,.") == "":
        return place_of[inside[-1].place_id]
    return None


# --- an office named alone: "the governor said" ------------------------------------------------------------


def _english_titles() -> tuple[frozenset, dict]:
    if "titles" not in _DOCUMENTS:
        data = lexicon.load("sources", "en")
        _DOCUMENTS["titles"] = (frozenset(str(t).lower() for t in data.get("office_titles") or []),
                                {str(k).lower(): str(v).lower() for k, v in (data.get("title_abbreviations") or {}).items()})
    return _DOCUMENTS["titles"]


def _title_words_before(text: str, start: int) -> list[str]:
    """The words of the title a name is introduced with, right before it ("Hawaii Gov. Jane Doe" -> hawaii,
    governor; "County Police Chief John Roe" -> county, police, chief), lower case, abbreviations written out;
    empty when no office title is among them."""
    offices, abbreviations = _english_titles()
    words = re.findall(r"[^\W\d_][\w’'&-]*\.?|[^\w\s]", text[max(0, start - 80):start])
    found: list[str] = []
    for word in reversed(words):
        bare = word.rstrip(".").lower()
        bare = abbreviations.get(bare, bare)
        if not word[:1].isalpha() or bare in ("the", "a", "an") or not (word[:1].isupper() or bare in offices):
            break
        found.insert(0, bare)
        if len(found) >= 6:
            break
    return found if any(w in offices for w in found) else []


def _office_holders(mentions: list[ActorMention], text_of: dict[str, str], english: set[str]
                    ) -> dict[str, list[tuple[str, int, str, list[str]]]]:
    """office title -> (article, offset, actor, title words) of each person of an English article introduced with it."""
    offices, _ = _english_titles()
    found: dict[str, list[tuple[str, int, str, list[str]]]] = defaultdict(list)
    for m in mentions:
        if m.kind != "person" or m.article_id not in english or not m.actor_id:
            continue
        words = _title_words_before(text_of[m.article_id], m.start)
        for title in {w for w in words if w in offices}:
            found[title].append((m.article_id, m.start, m.actor_id, words))
    return found


def _office_of_speaker(speaker: str) -> Optional[list[str]]:
    """The office words of a speaker named by an office alone: "the governor", "Hawaii's governor", "the island's
    mayor", "The police chief" -> ["governor"], ["mayor"], ["police", "chief"]; None for anything else ("a
    spokesperson", "the governor's office", "Gov. Jane Doe")."""
    offices, _ = _english_titles()
    words = re.findall(r"[^\W\d_][\w’'&.-]*", speaker)
    if not words or words[0].lower() in INDEFINITE_EN:
        return None
    if words[-1].lower() not in offices:
        return None
    lower = []
    for word in reversed(words[:-1]):  # the lower-case words of the office before its head ("police chief")
        if not word.islower() or word in ("the",) or word.endswith(("'s", "’s")):
            break
        lower.insert(0, word)
    rest = words[:len(words) - 1 - len(lower)]
    # before the office only a determiner, a possessive or a place's name ("Hawaii governor")
    if any(not (w.lower() == "the" or w.endswith(("'s", "’s")) or w[:1].isupper()) for w in rest):
        return None
    return [w.lower() for w in lower] + [words[-1].lower()]


def _holder_of(office: list[str], article_id: str, offset: int,
               holders: dict[str, list[tuple[str, int, str, list[str]]]]) -> Optional[str]:
    """The person introduced with that office: the last one before the speaker in its article, else the one its
    article introduces later, else the only one in the dossier."""
    fits = [(a, at, actor) for a, at, actor, words in holders.get(office[-1], []) if set(office) <= set(words)]
    before = [(at, actor) for a, at, actor in fits if a == article_id and at < offset]
    if before:
        return max(before)[1]
    here = {actor for a, _, actor in fits if a == article_id}
    if len(here) == 1:
        return next(iter(here))
    everywhere = {actor for _, _, actor in fits}
    return next(iter(everywhere)) if len(everywhere) == 1 else None


# English words before a description's head that make it no body's ("a spokesman", "some residents"), and after it
INDEFINITE_EN = frozenset({"a", "an", "some", "several", "many", "most", "few", "other", "one", "two", "three", "no"})
PREPOSITIONS_EN = frozenset({"for", "of", "from", "in", "at", "with", "on", "to", "by"})

# "une agence de l'ONU", "cet organisme des Nations unies", "an agency of the UN": a body (group 1) of another (2)
MEMBER = re.compile(r"^(?:(?:une?|cette|cet|ce|le|la|an?|this|the)\s+|l['’]\s*)(\w+)\s+"
                    r"(?:de\s+l['’]\s*|de\s+la\s+|du\s+|des\s+|de\s+|of\s+(?:the\s+)?)(\S.*)$", re.I | re.S)


def _people_by_article(actors: list[Actor], group_of) -> dict[str, list[tuple[str, list[str], int]]]:
    """article -> (person id, name tokens, number of articles naming the person) for the people named in full."""
    from .names import _name_tokens

    found: dict[str, list[tuple[str, list[str], int]]] = defaultdict(list)
    for actor in actors:
        tokens = _name_tokens(actor.name)
        if actor.kind != "person" or len(tokens) < 2:
            continue
        articles = {m.article_id for m in group_of.get(actor.id, [])}
        for article in articles:
            found[article].append((actor.id, tokens, len(articles)))
    return found


def _person_named(speaker: str, article_id: str, people) -> Optional[str]:
    """The person a speaker names by a surname or full name the parse left without a mention ("Green said"): the
    one of the article with that name; of two, the one the dossier names in at least twice as many articles."""
    from .names import _name_tokens

    if not re.fullmatch(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}", speaker):
        return None
    tokens = _name_tokens(speaker)
    fits = [(actor, count) for actor, name, count in people.get(article_id, [])
            if tokens == name or len(tokens) == 1 and tokens[0] in (name[0], name[-1])]
    fits = sorted(set(fits), key=lambda f: -f[1])
    if len(fits) == 1 or len(fits) > 1 and fits[0][1] >= 2 * fits[1][1]:
        return fits[0][0]
    return None


def _role_words(role: str) -> list[str]:
    """A role's words that say which office: "représentant de l'État dans l'archipel" -> [representant]."""
    _, places = _offices()
    functions = {_fold_word(w) for w in lexicon.load("sources", "fr").get("function_words") or []} | {"dan"}
    return [w for w in _office_words(role, places) if w not in functions]


def _role_holders(actors: list[Actor], group_of) -> list[tuple[str, list[str], set[str]]]:
    """(person id, role words, articles) for each role a person is given."""
    found = []
    for actor in actors:
        if actor.kind != "person":
            continue
        for m in group_of.get(actor.id, []):
            if m.role:
                words = _role_words(m.role)
                if words:
                    found.append((actor.id, words, {m.article_id}))
    return found


def _title_holder(title: str, article_id: str, offset: int, role_holders, by_id) -> Optional[Actor]:
    """The one person given a role that holds a title's words, same head first ("le haut-commissaire de la
    République" is the person introduced as "haut-commissaire de la République en Nouvelle-Calédonie"); the
    one of the speaker's article when the dossier has several."""
    wanted = _role_words(title)
    if not wanted:
        return None
    fits = {actor for actor, words, _ in role_holders if words[0] == wanted[0] and set(wanted) <= set(words)}
    if len(fits) > 1:
        fits = {actor for actor, words, articles in role_holders if actor in fits and article_id in articles}
    return by_id.get(next(iter(fits))) if len(fits) == 1 else None


def _folded_title(title: str) -> str:
    return " ".join(w for w in _fold_phrase(title) if w not in ARTICLE_WORDS)


def _body_starting_with(phrase: str, actors: list[Actor]) -> set[str]:
    """The one organisation whose name starts with the words of a speaker phrase that names a body by its first
    words ("selon la Chambre de commerce" for the "Chambre de commerce et d'industrie de …" the dossier names),
    as a set of its id (empty when none or several)."""
    from .resolve_actors import _name_words

    words = _name_words(re.sub(r"\s*\([^()]*\)", "", phrase))
    if len(words) < 2:
        return set()
    fits = {a.id for a in actors if a.kind == "organisation" and _name_words(a.name)[:len(words)] == words}
    return fits if len(fits) == 1 else set()


def _proper_name_in(text: str, start: int, end: int) -> Optional[tuple[int, int]]:
    """The run of capitalised words in a speaker phrase, from its first capital that does not open a sentence
    to its last ("la Voix du Nord" -> "Voix du Nord"), or None."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^\W\d_][\w’'-]*", text[start:end])]
    capitals = []
    for s, e in spans:
        word = text[start + s:start + e]
        word = re.sub(r"^[dlDL][’']", "", word)
        opens_sentence = not text[:start + s].rstrip() or text[:start + s].rstrip()[-1] in ".!?«\n"
        if word[:1].isupper() and not opens_sentence and word.lower() not in ARTICLE_WORDS:
            capitals.append((s, e))  # ("(source : La chaîne météo)": a capital article after a colon is no name)
    if not capitals:
        return None
    first, last = capitals[0][0], capitals[-1][1]
    if text[start + first:start + first + 2].lower() in ("d'", "d’", "l'", "l’"):
        first += 2
    return start + first, start + last


def _sentence_claim(claim: Claim, mention: ActorMention, text: str) -> Claim:
    """A stand-in claim spanning the sentence of `mention`, to ask which town frames it."""
    start = text.find(mention.sentence, max(0, mention.start - len(mention.sentence)))
    start = start if 0 <= start <= mention.start else mention.start
    return claim.model_copy(update={"start": start, "end": start + len(mention.sentence)})


# "À Rennes, …", "Mais à Marseille, …", "Du côté de Lyon, …": a town that frames its sentence
FRAME = re.compile(r"\s*(?:(?:et|mais|puis|enfin|ensuite|and|but)\s+)?(?:à|a|au|aux|dans|en|côté|du côté de|in)\s+"
                   r"(?:(?:la|le|les)\s+|l['’]\s*)?$", re.I)


def _place_spoken_for(text: str, offset: int, claim: Claim, local: list[PlaceMention], place_of) -> Optional[Place]:
    """The town or region a speaker speaks for: the one that frames its sentence ("À Rennes, … selon la
    préfecture"), else one framing an earlier sentence of its paragraph. A town inside the sentence ("dont
    80 000 à Paris, selon les syndicats") is what a figure counts, not whom the speaker speaks for."""
    paragraph = text.rfind("\n", 0, claim.start) + 1
    framing = []
    for m in local:  # the article's towns and regions
        if not paragraph <= m.start < claim.end or m.start > offset:
            continue
        sentence_start = max(paragraph, *(text.rfind(p, paragraph, m.start) + len(p) for p in (". ", "! ", "? ", "» ")))
        if FRAME.fullmatch(text[sentence_start:m.start]) and re.match(r"\s*[,(]", text[m.end:m.end + 3]):
            framing.append(m)
    return place_of[max(framing, key=lambda m: m.start).place_id] if framing else None


def merge_speakers(actors: list[Actor], mentions: list[ActorMention]
                   ) -> tuple[list[Actor], list[ActorMention], list[ActorMerge]]:
    """Speakers named by a word that stands for a body (sources.yml `speaks_as`: "la place Beauvau", "la police"
    giving a national count, "les syndicats" speaking together) merged into that body, when the dossier names it
    and the speaker is no town's ("police (Lyon)" stays apart)."""
    def folded(name: str) -> str:
        return " ".join(w for w in _fold_phrase(name) if w not in ARTICLE_WORDS)

    table = {folded(k): folded(v) for k, v in (lexicon.load("sources").get("speaks_as") or {}).items()}
    group_of: dict[str, list[ActorMention]] = defaultdict(list)
    for m in sorted(mentions, key=lambda m: (m.article_id, m.start, m.end)):
        group_of[m.actor_id].append(m)
    by_name: dict[str, list[Actor]] = defaultdict(list)  # by its name, else by an alias
    by_alias: dict[str, list[Actor]] = defaultdict(list)
    for actor in actors:
        by_name[folded(actor.name)].append(actor)
        for name in actor.aliases:
            by_alias[folded(name)].append(actor)
    found = []
    for actor in sorted(actors, key=lambda a: a.id):
        if actor.kind != "organisation" or not group_of[actor.id]:
            continue
        wanted = table.get(folded(actor.name))
        if not wanted:
            continue  # no word of speaks_as: an empty key would find any actor whose name folds to nothing ("A")
        targets = {t.id: t for t in by_name.get(wanted or "", []) or by_alias.get(wanted or "", []) if t.id != actor.id}
        if len(targets) == 1:
            target = next(iter(targets.values()))
            found.append((actor.id, target.id, "speaks_as", 0.6,
                          f"'{actor.name}' speaks as '{target.name}' (sources.yml speaks_as), named in the dossier"))
    found += _member_merges(actors, group_of, by_name, by_alias, folded)
    found += _first_words_of_a_named_body(actors, group_of)
    found += _local_government_merges(actors, group_of)
    found += _office_merges(actors, group_of)
    if not found:
        return actors, mentions, []
    return apply_merges({a.id: a for a in actors}, mentions, group_of, found)


def _first_words_of_a_named_body(actors: list[Actor], group_of) -> list[tuple[str, str, str, float, str]]:
    """A body that speaks under a common noun ("selon le haut-commissariat", "la chambre de commerce a
    indiqué") is the one body the dossier names with a name starting with those words ("Haut-Commissariat de la
    République", "Chambre de commerce et d'industrie de …") (0.6). Not a plural, a town's ("police (Lyon)") or a
    vague word ("le gouvernement")."""
    from .resolve_actors import _name_words, _new_head_after

    vague = {_fold_word(w) for w in lexicon.load("sources", "fr").get("vague_heads") or []}
    named = [a for a in actors if a.kind == "organisation" and a.name[:1].isupper() and group_of[a.id]]
    found = []
    for actor in sorted(actors, key=lambda a: a.id):
        name = actor.name.strip()
        if actor.kind != "organisation" or not group_of[actor.id] or "(" in name:
            continue
        words = _name_words(name)
        if not words or words[0] in vague or words[0].endswith(("s", "x")) and len(words) == 1:
            continue
        if name[:1].isupper() and len(words) < 2:
            continue  # one capitalised word: resolve_actors' short_name rule, which knows the places
        # a longer name, or the same words written otherwise ("le haut-commissariat de la République")
        fits = {a.id: a for a in named if a.id != actor.id and _name_words(a.name)[:len(words)] == words and (
            len(_name_words(a.name)) > len(words) and not _new_head_after(a.name, len(words)) or name[:1].islower())}
        shortest = min(fits.values(), key=lambda a: (len(_name_words(a.name)), a.id), default=None)
        if shortest is not None and all(_name_words(a.name)[:len(_name_words(shortest.name))] == _name_words(shortest.name)
                                        for a in fits.values()):
            target = shortest  # "Haut-Commissariat de la République" and the same "… en Nouvelle-Calédonie"
            found.append((actor.id, target.id, "short_name", 0.6,
                          f"'{actor.name}' is the first words of '{target.name}', the only body of the dossier "
                          "whose name starts so"))
    return found


def _local_government_merges(actors: list[Actor], group_of) -> list[tuple[str, str, str, float, str]]:
    """English officials of a local government: "county officials", "the county" are the one body the dossier
    names "<Place> County"; "Riverside officials" are the body named "Riverside County" (or "Riverside City
    Council"...) when the dossier names exactly one such (en/sources.yml local_government) (0.6)."""
    from .resolve_actors import _name_words

    nouns = {_fold_word(w) for w in lexicon.load("sources", "en").get("local_government") or []}
    if not nouns:
        return []
    authority = {w for w, v in _english_speaker_synonyms().items()} | {"authority"}
    named = [a for a in actors if a.kind == "organisation" and a.name[:1].isupper() and group_of[a.id]]
    found = []
    for actor in sorted(actors, key=lambda a: a.id):
        if actor.kind != "organisation" or not group_of[actor.id]:
            continue
        placed = re.fullmatch(r"([a-z][\w ’'-]*?)\s*\((.+)\)", actor.name.strip())
        desc, place = (placed.group(1), placed.group(2)) if placed else (actor.name.strip(), None)
        if not desc[:1].islower():
            continue
        words = [w for w in _name_words(desc) if w not in ("the",)]
        if place is not None:
            wanted = _name_words(place)
            if len(words) == 1 and words[0] not in authority:  # "Riverside police": the "Riverside Police Department"
                fits = {a.id: a for a in named if a.id != actor.id and any(
                    _name_words(n)[:len(wanted)] == wanted and words[0] in _name_words(n)[len(wanted):]
                    for n in {a.name, *a.aliases})}
            elif not words or any(w not in authority for w in words):
                continue
            else:
                fits = {a.id: a for a in named if a.id != actor.id and any(
                    _name_words(n)[:len(wanted)] == wanted and len(_name_words(n)) == len(wanted) + 1
                    and _name_words(n)[-1] in nouns for n in {a.name, *a.aliases})}
        else:
            if not words or words[0] not in nouns or any(w not in authority for w in words[1:]):
                continue
            fits = {a.id: a for a in named if a.id != actor.id and any(
                len(_name_words(n)) >= 2 and _name_words(n)[-1] == words[0] and n[:1].isupper()
                for n in {a.name, *a.aliases})}
        if len(fits) == 1:
            target = next(iter(fits.values()))
            found.append((actor.id, target.id, "description", 0.6,
                          f"'{actor.name}' speaks for the local government the dossier names '{target.name}', "
                          "the only one that fits"))
    return found


def _offices() -> tuple[set[str], set[str]]:
    data = lexicon.load("sources", "fr")
    titles = {_fold_word(w) for w in data.get("office_titles") or []}
    return titles, {_fold_word(w) for w in data.get("office_places") or []}


def _office_words(phrase: str, places: set[str]) -> list[str]:
    return [w for w in _fold_phrase(phrase)
            if w not in ARTICLE_WORDS and w not in places]


def _introduced_as(mention: ActorMention, titles: set[str], places: set[str]) -> Optional[list[str]]:
    """The office a person is introduced with in a mention's sentence, as folded words: "le préfet de la Somme,
    Jeanne Martin" -> ["prefet", "somme"]; "Jeanne Martin, préfète de la Somme," too. None without one."""
    at = mention.sentence.find(mention.surface)
    if at < 0:
        return None
    before = _office_words(mention.sentence[max(0, at - 80):at], places)[-6:]
    heads = [i for i, w in enumerate(before) if w in titles]
    if heads:
        return before[heads[-1]:] + [w for w in _office_words(mention.surface, places)]
    after = re.match(r"\s*,\s*([^,.;:!?]{3,80})", mention.sentence[at + len(mention.surface):])
    if after:
        words = _office_words(after.group(1), places)
        if words and words[0] in titles:
            return words + _office_words(mention.surface, places)
    return None


def _office_merges(actors: list[Actor], group_of) -> list[tuple[str, str, str, float, str]]:
    """A speaker named by an office alone ("le préfet", "le préfet du département", "le haut-commissaire") is the
    person the dossier introduces with that office, its place words included ("le préfet de la Somme, Jeanne
    Martin"): the one named last before it in its article, else the one its article introduces later (0.7), else
    the only one in the dossier (0.6). Two people of that office and none in its article: no merge."""
    office_titles, places = _offices()
    titles = office_titles | {_fold_word(w) for w in TITLE_NOUNS}
    holders: dict[str, list[tuple[ActorMention, list[str]]]] = defaultdict(list)  # title -> (mention, office words)
    for actor in actors:
        if actor.kind != "person":
            continue
        for m in group_of[actor.id]:
            office = _introduced_as(m, titles, places)
            if office:
                holders[office[0]].append((m, office))
    found = []
    for actor in sorted(actors, key=lambda a: a.id):
        words = actor.name.split()
        if actor.kind != "organisation" or not group_of[actor.id] or not words or actor.name[:1].isupper():
            continue
        office = _office_words(re.sub(r"\s*\([^()]*\)\s*$", "", actor.name), places)
        if not office or office[0] not in office_titles or _fold_word(words[0]) != words[0].lower().replace("é", "e").replace("è", "e"):
            continue  # not an office, or a plural ("les préfets")
        fits = [(m, o) for m, o in holders.get(office[0], []) if set(office[1:]) <= set(o)]
        people = {m.actor_id for m, _ in fits}
        if not people:
            continue
        mention = group_of[actor.id][0]
        before = [(m.start, m.actor_id) for m, _ in fits if m.article_id == mention.article_id and m.end <= mention.start]
        here = {m.actor_id for m, _ in fits if m.article_id == mention.article_id}
        if before:
            target, confidence, why = max(before)[1], 0.7, "introduced with that office last before it in its article"
        elif len(here) == 1:
            target, confidence, why = next(iter(here)), 0.7, "introduced with that office later in its article"
        elif len(people) == 1:
            target, confidence, why = next(iter(people)), 0.6, "the only person the dossier introduces with that office"
        else:
            continue
        name = next(a.name for a in actors if a.id == target)
        found.append((actor.id, target, "title", confidence, f"'{actor.name}' is '{name}', {why}"))
    return found


def _member_merges(actors, group_of, by_name, by_alias, folded) -> list[tuple[str, str, str, float, str]]:
    """"une agence de l'ONU" is the body of the UN the dossier names whose name holds the UN's ("Bureau de
    coordination des affaires humanitaires des Nations unies"): the one named in the description's article (0.7),
    else the only one in the dossier (0.6)."""
    found = []
    for actor in sorted(actors, key=lambda a: a.id):
        member = MEMBER.match(actor.name) or MEMBER.match("l'" + actor.name)
        if actor.kind != "organisation" or not group_of[actor.id] or member is None or not actor.name[:1].islower():
            continue
        if description_words(member.group(1)) != [BODY]:
            continue
        parents = {p.id: p for p in by_name.get(folded(member.group(2)), []) or by_alias.get(folded(member.group(2)), [])}
        if len(parents) != 1:
            continue
        parent = next(iter(parents.values()))
        keys = {tuple(w for w in name_key(n) if description_words(w) != [BODY])  # "Organisation des Nations unies"
                for n in {parent.name, *parent.aliases} if not n.isupper()}            # -> nation, uni
        keys = {k for k in keys if len(k) >= 2}
        if not keys:
            continue
        fits = []
        for other in actors:
            if other.id in (actor.id, parent.id) or other.kind != "organisation" or not group_of[other.id]:
                continue
            words = description_words(other.name)
            if not words or words[0] != BODY:
                continue
            own = set().union(*(name_key(n) for n in {other.name, *other.aliases}))
            if any(set(key) <= own for key in keys):
                fits.append(other)
        articles = {m.article_id for m in group_of[actor.id]}
        here = [o for o in fits if any(m.article_id in articles for m in group_of[o.id])]
        if len(here) == 1:
            target, confidence, where = here[0], 0.7, "the only one named in its article"
        elif len(fits) == 1:
            target, confidence, where = fits[0], 0.6, "the only one in the dossier"
        else:
            continue
        found.append((actor.id, target.id, "description", confidence,
                      f"'{actor.name}' is a body of '{parent.name}'; '{target.name}' is {where}"))
    return found


# --- claims and figures -------------------------------------------------------------------------------------


def link_sources(claims: list[Claim], figures: list[Figure], mentions: list[ActorMention]) -> tuple[list[Claim], list[Figure]]:
    """Each claim's and figure's actor, and its original source: whom it cites, else itself."""
    actor_of = {m.id: m.actor_id for m in mentions}

    def original(actor: Optional[str], said: Optional[str], mention_id: Optional[str], text: Optional[str]) -> dict:
        if mention_id is None and text is None:  # cites nobody: the original source is the speaker
            return {"original_source_id": actor, "original_source_text": said}
        return {"original_source_id": actor_of.get(mention_id) if mention_id else None}

    linked_claims = []
    for c in claims:
        actor = actor_of.get(c.speaker_mention_id)
        linked_claims.append(c.model_copy(update={
            "actor_id": actor, **original(actor, c.speaker_text, c.original_mention_id, c.original_source_text)}))
    linked_figures = []
    for f in figures:
        actor = actor_of.get(f.source_mention_id)
        update = {"source_actor_id": actor, **original(actor, f.source_text, f.original_mention_id, f.original_source_text)}
        if actor is None and f.source_text and no_speaker(f.source_text):
            # "interpellations", "début": a word no person, body or group of people is ever named by
            update.update(source_text=None, source_mention_id=None, original_source_text=None,
                          original_source_id=update.get("original_source_id") if f.original_mention_id else None)
        elif actor is None and f.source_text and unowned_document(f.source_text):
            if update.get("original_source_id"):  # "selon le communiqué": the word of whoever issued it
                update["source_actor_id"] = update["original_source_id"]
            else:  # "selon des chiffres officiels": a document no one is said to have issued is no source
                update.update(source_text=None, source_mention_id=None, original_source_text=None)
        linked_figures.append(f.model_copy(update=update))
    return linked_claims, linked_figures


_DETERMINERS = frozenset(("le", "la", "les", "l", "un", "une", "des", "du", "ce", "cet", "cette", "ces", "son", "sa",
                          "ses", "leur", "leurs", "the", "a", "an", "its", "their", "these", "those", "this", "that"))


def determiners_only(words: list[str], fold=str.lower) -> bool:
    """Whether every word (as `fold` reads it) is a determiner ("The", "les"); an acronym written like one ("UN")
    is none."""
    return all(fold(w) in _DETERMINERS and not (len(w) > 1 and w.isupper()) for w in words)


_OWNER_WORDS = frozenset(("de", "d", "du", "des", "of", "from", "by", "par", "selon", "according"))


def unowned_document(text: str) -> bool:
    """Whether a source as written is a document that names no one who issued it ("les dernières données
    sud-coréennes", "the latest figures"; not "des chiffres officiels", the authorities'): its head noun, within its first three words after
    the determiners, is one of sources.yml `documents` (French and English), and no complement ("de la CGT",
    "of the ministry") or capitalised name says whose it is."""
    words = [w for w in re.findall(r"[\w-]+", text) if w]
    if not words or any(w[:1].isupper() for w in words[1:]):
        return False
    folded = [_fold_word(w) for w in words]
    if any(w in _OWNER_WORDS for w in folded[1:]):
        return False
    content = [w for w in folded if w not in _DETERMINERS]
    if any(w in _official_words() for w in content):
        return False  # "des chiffres officiels": the authorities' figures (attribution.yml official_words)
    documents = _documents()
    return any(w in documents or w.rstrip("sx") in documents for w in content[:3])


_DOCUMENTS: dict = {}


def no_speaker(text: str) -> bool:
    """Whether a source as written can name no one: determiners alone ("The", from "The fire brigade" cut short),
    or one bare lower-case word, without a determiner, that is no word of people or bodies ("début",
    "interpellations"). Words of people and
    bodies are the speaker words of sources.yml and attribution.yml (collective speakers, titles, source nouns,
    description heads), the people nouns of events.yml, and the endings of French nouns of agents and status
    ("manifestants", "grévistes", "riverains")."""
    words = [w for w in re.findall(r"[^\W\d_][\w-]*", text)]
    if words and determiners_only(words, _fold_word):
        return True
    if len(words) != 1 or not words[0].islower():
        return False  # "le texte", "the statement": a description with its determiner may name a document's issuer
    word = _fold_word(words[0])
    if word in _speaker_words():
        return False
    bare = words[0].lower()
    bare = bare[:-1] if len(bare) > 3 and bare[-1] in "sx" else bare
    return not any(bare.endswith(e) for e in _people_suffixes())


def _people_suffixes() -> list:
    """The endings of nouns of people (events.yml, sources.yml), loaded once instead of on every call."""
    if "suffixes" not in _DOCUMENTS:
        _DOCUMENTS["suffixes"] = (lexicon.load("events", "fr").get("people_suffixes") or []) + (
            lexicon.load("sources", "en").get("people_suffixes") or [])
    return _DOCUMENTS["suffixes"]


def _speaker_words() -> frozenset:
    def get(name: str, key: str, language: str) -> list:
        value = lexicon.load(name, language).get(key) or lexicon.load(name, "fr").get(key) or []
        return [w for family in value.values() for w in family] if isinstance(value, dict) else list(value)

    if "speakers" not in _DOCUMENTS:
        words = set()
        for language in ("fr", "en"):
            for name, key in (("sources", "collective_speakers"), ("sources", "description_heads"),
                              ("sources", "documents"), ("sources", "office_titles"), ("attribution", "title_nouns"),
                              ("attribution", "source_nouns"), ("events", "people_nouns")):
                for phrase in get(name, key, language):
                    words.update(_fold_word(w) for w in str(phrase).split())
        _DOCUMENTS["speakers"] = frozenset(words)
    return _DOCUMENTS["speakers"]


def _official_words() -> frozenset:
    if "official" not in _DOCUMENTS:
        _DOCUMENTS["official"] = frozenset(_fold_word(w) for language in ("fr", "en")
                                           for w in lexicon.entry("attribution", "official_words", language))
    return _DOCUMENTS["official"]


def _documents() -> frozenset:
    if "all" not in _DOCUMENTS:
        _DOCUMENTS["all"] = frozenset(_fold_word(w).rstrip("sx") for language in ("fr", "en")
                                      for w in lexicon.entry("sources", "documents", language)) | frozenset(
            _fold_word(w) for language in ("fr", "en") for w in lexicon.entry("sources", "documents", language))
    return _DOCUMENTS["all"]
