"""Who speaks, in English articles: an office named alone, officials without a name, a body by its description.
Made-up articles built through the real pipeline."""

from __future__ import annotations

import sqlite3


def sources(tmp_path, **articles):
    from recoupe.pipeline import build

    for name, text in articles.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "d.db"
    build([tmp_path], db, cache_dir=None)
    con = sqlite3.connect(db)
    found = dict(con.execute("select f.text, a.name from figures f left join actors a on a.id = f.source_actor_id"))
    con.close()
    return found


def test_an_office_named_alone_is_the_person_introduced_with_it(tmp_path):
    """"the governor said", "the island's governor", "the police chief": the person the article introduces with
    that office ("Gov. Lucie Ferrand", "County Police Chief Tom Reyes"), else the one the dossier does."""
    found = sources(
        tmp_path,
        a="Fire toll rises\n\nGov. Lucie Ferrand said on Tuesday that 300 homes had burned. County Police Chief Tom "
          "Reyes said 12 people were still missing.\n\nAt least 40 people have died, the governor said later.\n",
        b="Shelters open\n\nThe island's governor announced on Friday that 25 shelters were open across the island.\n\n"
          "About 900 residents had left their homes, the police chief said.\n",
    )
    assert found["300"] == found["At least 40"] == found["25"] == "Lucie Ferrand"
    assert found["12"] == found["About 900"] == "Tom Reyes"


def test_officials_without_a_name_are_one_source_and_a_place_makes_them_its_own(tmp_path):
    """"Officials said" opening a sentence (or after a dateline), "officials said" and "authorities said" are the one source of
    unnamed officials (en/sources.yml speaker_synonyms); "Ohio officials" are that place's; "County officials"
    speak for a county."""
    found = sources(
        tmp_path,
        a="Storm toll rises\n\nOfficials said on Monday that 45 people had died in the storm.\n\n"
          "The storm also cut power to 20,000 homes, authorities said. Ohio officials said 12 schools were closed.\n",
        b="Clean-up begins\n\nAbout 600 volunteers joined the clean-up, officials said on Friday.\n\n"
          "County officials said 70 roads remained closed.\n",
        c="Shelters\n\nRIVERTON, Ohio (AP) - Officials say 350 people spent the night in shelters.\n",
    )
    assert found["45"] == found["20,000"] == found["About 600"] == found["350"] == "officials"
    assert found["12"] == "officials (Ohio)"
    assert found["70"] == "county officials"


def test_a_generic_noun_of_bodies_is_the_body_named_last_before_it(tmp_path):
    """"the agency said", "the modelling firm estimates", "l'organisme explique": the organisation its article
    named last before it in its paragraph (en/sources.yml body_nouns, fr/sources.yml description_heads body)."""
    found = sources(
        tmp_path,
        a="Losses mount\n\nThe Northern Relief Network said 4,000 families needed shelter. The agency said 900 tents "
          "had been sent.\n\nThe modelling firm estimates that losses could reach $2 billion, Kestrel Analytics said. "
          "The firm said 1,200 homes were insured.\n",
        b="Saturation\n\nLa Fédération des banques alimentaires a distribué 8 000 repas. L'organisme explique que "
          "2 500 familles sont inscrites.\n",
    )
    assert found["4,000"] == found["900"] == "Northern Relief Network"
    assert found["1,200"] == "Kestrel Analytics"
    assert found["2 500"] == "Fédération des banques alimentaires"


def test_officials_of_a_local_government_are_that_body(tmp_path):
    """"county officials" and "Ohio officials" are the "Ohio County" the dossier names (the one body named
    after a place and a noun of local government, en/sources.yml local_government)."""
    found = sources(
        tmp_path,
        a="Flood toll\n\nOhio County said 14 bridges were closed on Monday.\n",
        b="Roads reopen\n\nCounty officials said 30 roads had reopened. Ohio officials said 8 schools would reopen.\n",
    )
    assert found["14"] == found["30"] == found["8"] == "Ohio County"


def test_a_spokesperson_without_a_name_speaks_for_the_body(tmp_path):
    """"a Relief Network spokesperson said", "le porte-parole du ministère de la Santé a indiqué": the body is the
    source (en and fr sources.yml spokesperson_nouns); a named spokesperson stays a person."""
    found = sources(
        tmp_path,
        a="Shelters\n\nThe Northern Relief Network opened 12 shelters on Monday. A Northern Relief Network "
          "spokesperson said 3,000 people had slept there.\n",
        b="Épidémie\n\nLe ministère de la Santé a recensé 40 cas lundi. Selon le porte-parole du ministère de la "
          "Santé, 15 patients sont hospitalisés.\n",
    )
    assert found["3,000"] == "Northern Relief Network"
    assert found["15"] == "ministère de la Santé"


def test_a_places_police_is_its_named_police_department(tmp_path):
    """"the Ohio police" is the "Ohio Police Department" the dossier names (a place's body of that noun)."""
    found = sources(
        tmp_path,
        a="Flood toll\n\nThe Ohio Police Department said 14 bridges were closed on Monday.\n",
        b="Roads reopen\n\nThe Ohio police said 30 roads had reopened.\n",
    )
    assert found["14"] == found["30"] == "Ohio Police Department"


def test_a_surname_the_parse_missed_is_the_person_its_article_names(tmp_path):
    """"Ferrand said Friday that …" with no mention from the parse: the person of that name its article names,
    the governor rather than her husband (named in one article against three)."""
    found = sources(
        tmp_path,
        a="Fire\n\nGov. Lucie Ferrand visited the shelters on Monday.\n",
        b="Fire\n\nGov. Lucie Ferrand said the camp would close.\n",
        c="Fire\n\nGov. Lucie Ferrand and her husband, Paul Ferrand, spoke on Friday.\n\nFerrand said Friday that "
          "2,200 structures have been destroyed.\n",
    )
    assert found["2,200"] == "Lucie Ferrand"


def test_the_police_and_officials_of_a_county_are_the_body_the_dossier_names(tmp_path):
    """"Police said", "the police said" are the "Riverton Police" the dossier names, the only body named with words
    before that head noun (English puts it last); "Marion County officials" are the body named "Marion County"
    (the place's own last word a noun of local government)."""
    found = sources(
        tmp_path,
        a="Arrests\n\nOn Monday, the Riverton Police said that 30 people had been arrested.\n",
        b="Clashes\n\nPolice said 12 officers were hurt on Tuesday. About 40 people were detained, the police said.\n",
        c="Roads\n\nMarion County said on Monday that 14 bridges were closed.\n\n"
          "Marion County officials said 20 roads remained closed.\n",
    )
    assert found["30"] == found["12"] == found["About 40"] == "Riverton Police"
    assert found["14"] == found["20"] == "Marion County"
