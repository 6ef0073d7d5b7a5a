"""Row builders of the English single-article sets' gold_src/rows.py (unseen4_en, unseen5_en): F (figure), C
(claim), P (place) append to the lists below; audit/gold_tools/build_en_gold.py locates them and writes gold.yml."""
figures, claims, places = [], [], []


def F(file, text, value, qualifier, counted, kind="count", source=None, alt=None, facet=None, note=None,
      high=None, borderline=False):
    r = {"file": file, "text": text, "value": value}
    if high is not None:
        r["high"] = high
    r.update({"qualifier": qualifier, "counted": counted})
    if facet:
        r["facet"] = facet
    r.update({"kind": kind, "source": source})
    if alt:
        r["alt_sources"] = alt
    if borderline:
        r["borderline"] = True
    if note:
        r["note"] = note
    figures.append(r)


def C(file, sentence_start, speaker, verb, stance="asserts", alt=None, alt_stance=None, note=None, borderline=False):
    r = {"file": file, "sentence_start": sentence_start, "speaker": speaker}
    if alt:
        r["alt_speakers"] = alt
    r.update({"verb": verb, "stance": stance})
    if alt_stance:
        r["alt_stance"] = alt_stance
    if borderline:
        r["borderline"] = True
    if note:
        r["note"] = note
    claims.append(r)


def P(file, text, name, kind, gid=None, note=None, lat=None, lon=None, occ=None):
    r = {"file": file, "text": text, "name": name, "kind": kind, "geonames_id": gid}
    if occ:
        r["occ"] = occ
    if lat is not None:
        r["latitude"], r["longitude"] = lat, lon
    if note:
        r["note"] = note
    places.append(r)
