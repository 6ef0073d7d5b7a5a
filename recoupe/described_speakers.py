"""Speakers an article names only by a description become actors (`unnamed_speakers`).

A speaker the article names only by a description of a body or group ("selon la police", "les syndicats
revendiquent") becomes an actor too: one per description and per town framing its sentence or paragraph, or, for a
singular one ("le syndicat"), the body with that head noun named last before it. A title alone ("le ministre de
l'Intérieur", "the governor") is the person who holds it (office_holders.py); what the phrase itself says (a
document, an unnamed source, a spokesperson) is read by source_phrases.py.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Optional

from . import lexicon
from .attribution import TITLE_NOUNS
from .models import Actor, ActorMention, Article, Claim, Figure, Place, PlaceMention, stable_id
from .names import ARTICLE_WORDS, _fold_word, split_acronym
from .office_holders import (
    _folded_title, _holder_of, _office_holders, _office_of_speaker, _people_by_article, _person_named, _role_holders,
    _title_holder)
from .resolve_actors import BODY, _fold_phrase, _heads, _vocabulary, description_words
from .short_names import _name_words
from .source_phrases import (
    DATELINE, INDEFINITE_EN, MEMBER, PREPOSITIONS_EN, _document_owner, _english_body_nouns, _english_speaker_synonyms,
    _issuer_after, _official_document, _relayed_by, _spokesperson_of, _unnamed_source, no_speaker)

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
        if dateline and claim.speaker_text.strip()[dateline.end():]:  # "RIVERTON, Ohio (KXYZ) - Officials": the dateline is no speaker
            start += dateline.end()
            claim = claim.model_copy(update={"speaker_text": claim.speaker_text.strip()[dateline.end():]})
        body = _spokesperson_of(claim.speaker_text.strip())
        if body is not None:  # "a Relief Agency spokesperson", "le porte-parole du ministère": the body speaks
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
                # République en <territory>": a role whose words hold the title's
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
            long_form, acronym = split_acronym(name)
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


def _body_starting_with(phrase: str, actors: list[Actor]) -> set[str]:
    """The one organisation whose name starts with the words of a speaker phrase that names a body by its first
    words ("selon la Chambre de commerce" for the "Chambre de commerce et d'industrie de …" the dossier names),
    as a set of its id (empty when none or several)."""
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
