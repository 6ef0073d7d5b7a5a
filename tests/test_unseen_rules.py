"""Rules for text nobody tuned for (issue 17, French): dates, codes, number formats, ellipses, the thing counted and
speakers, each on made-up sentences (no fact of the seeds)."""

from __future__ import annotations

import pytest
from support import attributed, make_article

from recoupe.attribution import attribute
from recoupe.entities import extract_actor_mentions
from recoupe.frames import frame_figures
from recoupe.numbers import extract_figures


def figures_of(nlp, text):
    article = make_article(text)
    return extract_figures(nlp(article.text), article)


def counts(nlp, text):
    return [(f.text, f.value) for f in figures_of(nlp, text) if f.kind == "count"]


# --- dates, years and times are no counts -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Les exercices ont eu lieu entre le 4 et le 9 mars dans la région du lac.",
    "Les manœuvres se sont tenues du 4 au 9 mars, puis entre le 12 et le 14 avril.",
    "Les réunions des 4, 5 et 6 juin ont été annulées par la préfecture.",
    "La grève a duré du lundi 3 au mercredi 5 février dans tout le canton.",
    "Les soldats sont arrivés le 12/03/2024 à la base, puis repartis le 31.10.2024.",
    "La réunion a commencé à 14h30 et s'est terminée à 18 h 15, puis à 10:45 le lendemain.",
    "Le conflit dure depuis 2022 et les combats se sont intensifiés de 2023 à 2024.",
    "Le plan de 2019 chiffré par le gouvernement reste en vigueur.",  # a count of thousands would make its noun plural
])
def test_dates_years_and_times_are_not_counts(nlp, text):
    assert counts(nlp, text) == []


# --- numbers in links and codes -----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Le document est disponible sur https://www.exemple.org/view.php?id=48213 depuis lundi.",
    "Le rapport, publié sur …/view.php?id=48213, a été retiré depuis par ses auteurs.",
    "Le lien exemple.org/news/2024/10/31/article-98765 ne fonctionne plus depuis hier.",
    "Les familles peuvent appeler le +41 22 345 67 89 ou le 022 345 67 89 toute la journée.",
    "Les dons vont au compte IBAN CH93 0076 2011 6238 5295 7 ouvert par la commune.",
    "La résolution porte la référence S/2024/123 et le document la réf. 48213 au registre.",
    "Le numéro 0800 123 456 est gratuit, a rappelé la mairie aux habitants inquiets.",
])
def test_links_codes_phones_and_accounts_are_not_counts(nlp, text):
    assert counts(nlp, text) == []


# --- number formats -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, surface, value", [
    ("Le canton compte 25'000 soldats de réserve, selon l'armée.", "25'000", 25000),
    ("Le canton compte 25’000 soldats de réserve, selon l'armée.", "25’000", 25000),
    ("La fête a réuni 1'250'000 visiteurs en dix jours, selon les organisateurs.", "1'250'000", 1250000),
    ("La ville a accueilli 1.500 réfugiés en un mois, selon la préfecture.", "1.500", 1500),
    ("La ville a accueilli 1 500 réfugiés en un mois, selon la préfecture.", "1 500", 1500),
    ("La vidéo a été vue 500k fois, puis partagée par 12k comptes, selon la plateforme.", "12k", 12000),
    ("Le dispositif mobilise 1,5 million de bénévoles, selon les associations.", "1,5 million", 1.5e6),
    ("Le budget prévoit 2,3 milliards de francs pour les routes, selon le canton.", "2,3 milliards", 2.3e9),
    ("Le fonds versera 1,2 mio de francs aux communes, selon le canton.", "1,2 mio", 1.2e6),
])
def test_number_formats(nlp, text, surface, value):
    found = {f.text: f.value for f in figures_of(nlp, text)}
    assert found.get(surface) == pytest.approx(value), found


@pytest.mark.parametrize("text, surface, value, currency", [
    ("Le canton versera CHF 25'000 aux familles, selon le Conseil d'Etat.", "25'000", 25000, "franc"),
    ("Le billet coûte 12 CHF selon le guide.", "12", 12, "franc"),
    ("L'Etat versera 2 millions de FCFA aux écoles, selon le ministère.", "2 millions", 2e6, "franc cfa"),
])
def test_currency_codes(nlp, text, surface, value, currency):
    (figure,) = figures_of(nlp, text)
    assert (figure.text, figure.value, figure.kind, figure.object) == (surface, value, "amount", currency)


# --- ellipsis ---------------------------------------------------------------------------------------

def test_an_elided_duration_is_not_a_count(nlp):
    """ "six à neuf" counts years, like "12 ans" before it: no figure."""
    assert counts(nlp, "Ils ont fait 12 ans de service pour les uns et six à neuf pour les autres.") == []


def test_an_elided_noun_after_autres_is_the_previous_one(nlp):
    figures = figures_of(nlp, "Le bilan fait état de 30 soldats tués et 25 autres blessés dans l'attaque.")
    assert [(f.text, f.object, f.predicate) for f in figures] == [("30", "soldat", "tuer"), ("25", "soldat", "blesser")]


def test_spelled_bounds_of_a_range(nlp):
    (figure,) = figures_of(nlp, "L'armée a engagé une à trois compagnies dans l'opération.")
    assert (figure.text, figure.qualifier, figure.value_low, figure.value_high, figure.object) == (
        "une à trois", "range", 1, 3, "compagnie")
    (figure,) = figures_of(nlp, "Le chantier emploiera six à neuf ouvriers selon la commune.")
    assert (figure.text, figure.value_low, figure.value_high, figure.object) == ("six à neuf", 6, 9, "ouvrier")


def test_un_a_un_and_a_new_ship_stay_no_count(nlp):
    assert counts(nlp, "Les blessés sont sortis un à un du bâtiment, vers un navire neuf.") == []


# --- the thing counted --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, surface, obj, obj_text", [
    ("Le pays a envoyé 3 000 soldats. Ils occupent six camps militaires et deux terrains d'exercice.",
     "six", "camp", "camps militaires"),
    ("Le pays a envoyé 3 000 soldats. Ils occupent six camps militaires et deux terrains d'exercice.",
     "deux", "terrain", "terrains d'exercice"),
    ("La marine a affrété trois navires de transport pour 2 000 soldats.", "trois", "navire", "navires de transport"),
])
def test_each_figure_keeps_its_own_noun(nlp, text, surface, obj, obj_text):
    figure = next(f for f in figures_of(nlp, text) if f.text == surface)
    assert (figure.object, figure.object_text) == (obj, obj_text)


def test_a_plural_noun_tagged_as_a_verb_is_still_the_counted_noun(nlp):
    """When the tagger reads "camps" as a form of "camper", the figure keeps its own noun rather than borrowing the
    soldiers of the figure before (the tag is forced here: the model tags these sentences right)."""
    article = make_article("Le pays a envoyé 3 000 soldats. Ils occupent six camps et deux terrains.")
    doc = nlp(article.text)
    for token in doc:
        if token.text in ("camps", "terrains"):
            token.pos_ = "VERB"
    figures = extract_figures(doc, article)
    assert [(f.text, f.object) for f in figures] == [("3 000", "soldat"), ("six", "camp"), ("deux", "terrain")]


def test_a_gapped_figure_takes_the_noun_before_and_ends_its_phrase(nlp):
    """ "12 000 soldats et Minsk 3 000": the verb and the noun are left out after a name; the first phrase stops
    before the coordinated name."""
    figures = figures_of(nlp, "Moscou a déployé 12 000 soldats et Minsk 3 000, selon le renseignement.")
    assert [(f.text, f.object, f.object_text) for f in figures] == [
        ("12 000", "soldat", "soldats"), ("3 000", "soldat", None)]
    figures = figures_of(nlp, "Le pays aligne 300 chars et la Pologne 250, selon l'institut.")
    assert [(f.text, f.object) for f in figures] == [("300", "char"), ("250", "char")]
    assert counts(nlp, "Le constructeur a vendu des Boeing 737 et des Airbus 320 cette année.") == []


@pytest.mark.parametrize("written", ["Nord-Coréens", "Nord\u2011Coréens", "Nord Coréens"])
def test_a_demonym_counts_people_of_a_group(nlp, written):
    article = make_article(f"Environ 9 000 {written} sont arrivés dans la région en octobre.")
    doc = nlp(article.text)
    (figure,) = frame_figures(doc, extract_figures(doc, article), [], [])
    assert (figure.object, figure.object_text, figure.predicate) == ("nord-coréen", written, "arriver")
    assert (figure.entity, figure.entity_group) == ("personne", "nord-coréen")


# --- speakers ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Ces effectifs ont confirmé leur présence dans la vallée, où 4 000 soldats sont arrivés.",
    "Ce renfort a permis de tenir la ligne, et 2 000 soldats sont restés sur place.",
])
def test_a_demonstrative_noun_phrase_is_no_speaker(nlp, text):
    claims, sources = attributed(nlp, text)
    assert claims == [] and set(sources.values()) == {None}


def test_a_demonstrative_body_still_speaks(nlp):
    claims, _ = attributed(nlp, "Cette organisation a indiqué que 300 familles avaient quitté la ville.")
    assert [c.speaker_text for c in claims] == ["Cette organisation"]


def test_a_capital_in_the_content_is_not_the_speaker(nlp):
    claims, sources = attributed(
        nlp,
        "Le ministre Jean Dupont a démenti l'information. Moscou a pourtant reçu 12 000 soldats, a-t-il ajouté.",
    )
    assert sources == {"12 000": "Le ministre Jean Dupont"}


def test_the_person_opening_the_previous_sentence_speaks_in_a_t_il(nlp):
    _, sources = attributed(
        nlp,
        "Jean Dupont, porte-parole de la présidence, était en visite mardi.\n"
        "Moscou a déjà envoyé 12 000 soldats, a-t-il ajouté.",
    )
    assert sources == {"12 000": "Jean Dupont"}


@pytest.mark.parametrize("text", [
    "« Nous voyons arriver de nouvelles unités », a affirmé Marie Martin, analyste à l'institut. "
    "Au total, 8 000 soldats depuis août.",
    "Le chef du renseignement, Jean Dupont, a affirmé mardi la présence de troupes. "
    "Soit 8 000 soldats au total.",
])
def test_the_verbless_sentence_after_a_speaker_continues_the_statement(nlp, text):
    _, sources = attributed(nlp, text)
    assert sources["8 000"] and ("Marie Martin" in sources["8 000"] or "Jean Dupont" in sources["8 000"])


@pytest.mark.parametrize("text", [
    "« Nous voyons arriver de nouvelles unités », a affirmé Marie Martin, analyste à l'institut. "
    "Au total, 8 000 soldats ont franchi la frontière depuis août.",
    "Le chef du renseignement, Jean Dupont, a affirmé mardi la présence de troupes. "
    "Il s'agit de 8 000 soldats au total.",
])
def test_a_sentence_with_a_verb_of_its_own_after_a_speaker_is_the_journalist_s(nlp, text):
    # issue 17's French sets: of the figures the continuation gave an indicative sentence, none was the speaker's
    _, sources = attributed(nlp, text)
    assert sources["8 000"] is None


def test_no_continuation_into_a_new_paragraph_or_another_actor(nlp):
    _, sources = attributed(
        nlp,
        "« Nous voyons arriver de nouvelles unités », a affirmé Marie Martin, analyste.\n\n"
        "Au total, 8 000 soldats ont franchi la frontière. Le Comité international de la Croix-Rouge compte 300 "
        "blessés.",
    )
    assert sources == {"8 000": None, "300": None}


@pytest.mark.parametrize("text, speaker", [
    ("Moscou a déployé 12 000 soldats, affirme dans un communiqué le ministère de la Défense.",
     "le ministère de la Défense"),
    ("Moscou a déployé 12 000 soldats, ce qu'a confirmé le ministère de la Défense.", "le ministère de la Défense"),
])
def test_the_speaker_after_the_verb_past_an_aside_or_in_a_relative(nlp, text, speaker):
    claims, sources = attributed(nlp, text)
    assert [c.speaker_text for c in claims] == [speaker] and sources == {"12 000": speaker}


def test_an_object_after_the_verb_is_no_postposed_speaker(nlp):
    claims, _ = attributed(nlp, "Pyongyang, qui a envoyé des troupes, a démenti toute implication.")
    assert [(c.speaker_text, c.stance) for c in claims] == [("Pyongyang", "denies")]


# --- reporting verbs the lists lacked, and forms the tagger gets wrong ----------------------------------------

@pytest.mark.parametrize("text, speaker, verb", [
    ("Les rues étaient vides à midi, a constaté sur place une journaliste de l'agence.",
     "une journaliste de l'agence", "constater"),
    ("La mairie a réaffirmé dans un communiqué son soutien aux commerçants.", "La mairie", "réaffirmer"),
    ("Le syndicat a réitéré ses critiques contre la direction.", "Le syndicat", "réitérer"),
    ("« Les travaux sont terminés », a renseigné le préfet Paul Lemoine.", "le préfet Paul Lemoine", "renseigner"),
])
def test_more_reporting_verbs(nlp, text, speaker, verb):
    claims, _ = attributed(nlp, text)
    assert [(c.speaker_text, c.verb) for c in claims] == [(speaker, verb)]


def test_a_denial_in_the_present_of_a_headline(nlp):
    claims, _ = attributed(nlp, "Tempête sur la côte, la mairie dément le bilan de douze blessés")
    assert [(c.speaker_text, c.stance) for c in claims] == [("la mairie", "denies")]


def test_reconnait_in_the_1990_spelling(nlp):
    claims, _ = attributed(nlp, "La direction de l'usine reconnait des retards dans la livraison.")
    assert [c.verb for c in claims] == ["reconnaître"]


@pytest.mark.parametrize("text, speaker", [
    ("Ce chiffre a été fermement démenti par la préfecture.", "la préfecture"),
    ("Cette version est catégoriquement démentie par les syndicats du port.", "les syndicats du port"),
])
def test_the_agent_of_a_passive_reporting_verb_speaks(nlp, text, speaker):
    claims, _ = attributed(nlp, text)
    assert [(c.speaker_text, c.stance) for c in claims] == [(speaker, "denies")]


def test_a_passive_without_agent_has_no_speaker(nlp):
    claims, _ = attributed(nlp, "Les détails de l'accord n'ont pas été révélés.")
    assert claims == []


def test_a_stray_closing_quote_opens_nothing(nlp):
    claims, _ = attributed(nlp, 'Ils étaient 200 à protester contre les mesures prises par la mairie". '
                                "La marche s'est déroulée dans le calme, a précisé la gendarmerie.")
    assert [(c.speaker_text, c.text[:9]) for c in claims] == [("la gendarmerie", "La marche")]


# --- quotes: every sentence of a quote, a quote after a colon -------------------------------------------------

def test_every_sentence_of_a_quote_is_a_claim_of_its_speaker(nlp):
    claims, _ = attributed(nlp, "« Nous avons fini hier. Il ne restait que deux bureaux. M. Leroy les a comptés », "
                                "a ajouté le maire Paul Martin.")
    assert [(c.speaker_text, c.text[:12]) for c in claims] == [
        ("le maire Paul Martin", "« Nous avons"), ("le maire Paul Martin", "Il ne restai"),
        ("le maire Paul Martin", "M. Leroy les")]


def test_a_continued_quote_is_split_too_and_keeps_its_speaker(nlp):
    claims, _ = attributed(nlp, "« Le travail avance », a déclaré la directrice, Anne Petit. "
                                "« Les équipes sont là. Elles restent jusqu'à lundi. »")
    assert [c.text[:10] for c in claims] == ["« Le trava", "« Les équi", "Elles rest"]
    assert {c.speaker_text for c in claims} == {"la directrice, Anne Petit"}


@pytest.mark.parametrize("text, speaker", [
    ("Le maire, Jean Roux, ne se montre pas surpris, mais déçu : « C'est dommage. On aurait pu faire mieux. »",
     "Le maire, Jean Roux"),
    ("La porte-parole montre des photos du chantier avant de conclure : « Le retard est rattrapé. »",
     "La porte-parole"),
])
def test_a_quote_after_a_colon_is_the_subjects(nlp, text, speaker):
    claims, _ = attributed(nlp, text)
    assert claims and {c.speaker_text for c in claims} == {speaker}


def test_a_colon_quote_needs_a_subject_that_speaks(nlp):
    claims, _ = attributed(nlp, "Le programme du week-end est simple : « manger et dormir ».")
    assert claims == []


@pytest.mark.parametrize("text, speaker", [
    ("Pour la gendarmerie, ces chiffres sont très exagérés.", "la gendarmerie"),
    ("Pour les organisateurs, la marche a réuni 3 000 personnes.", "les organisateurs"),
])
def test_pour_a_body_gives_its_view(nlp, text, speaker):
    claims, _ = attributed(nlp, text)
    assert [c.speaker_text for c in claims] == [speaker]


@pytest.mark.parametrize("text", [
    "Pour les familles, une aide de 300 euros est prévue.",
    "Pour la première fois, 3 000 personnes ont défilé.",
])
def test_pour_a_beneficiary_is_no_view(nlp, text):
    claims, _ = attributed(nlp, text)
    assert claims == []


def test_a_negated_speaker_cannot_confirm_and_is_no_antecedent(nlp):
    claims, sources = attributed(
        nlp, "Le député Jean Roux fait état de trois blessés. Mais aucune source officielle ne confirme ce bilan. "
             "D'après lui, il s'agit de militants de son parti.")
    found = [(c.speaker_text, c.stance) for c in claims]
    assert ("aucune source officielle", "cannot_confirm") in found
    assert found[-1] == ("Le député Jean Roux", "asserts")


def test_a_title_names_the_person_introduced_with_it_not_the_body_inside(nlp):
    article = make_article("Le président de la Commission électorale, Jean Dupont, a présenté les résultats à Paris. "
                           "Selon le président de la Commission électorale, le maire sortant a obtenu 12 000 voix.")
    doc = nlp(article.text)
    mentions = extract_actor_mentions(doc, article)
    claims, _ = attribute(doc, article, mentions, [])
    by_id = {m.id: m for m in mentions}
    assert by_id[claims[-1].speaker_mention_id].name == "Jean Dupont"


def test_a_quote_glued_to_the_previous_stop_opens_a_sentence(nlp):
    claims, _ = attributed(nlp, "Le vote a été dépouillé jeudi à Lyon.« Tout est en ordre », a déclaré le préfet.")
    assert [c.text[:6] for c in claims] == ["« Tout"]


# --- places: abbreviations, region nouns (English and French) --------------------------------------------------

def places_of(text, language=None):
    from recoupe.nlp import get_nlp
    from recoupe.places import extract_places

    article = make_article(text)
    doc = get_nlp(language or article.language)(article.text)
    places, mentions = extract_places(doc, article)
    by_id = {p.id: p for p in places}
    return {m.surface: by_id[m.place_id] for m in mentions}


@pytest.mark.parametrize("text, surface, geonames_id", [
    ("Thousands of people marched across the US on Saturday, the police said.", "US", 6252001),
    ("Prices rose in U.S. cities and in the UK last year, the report said.", "U.S.", 6252001),
    ("Prices rose in U.S. cities and in the UK last year, the report said.", "UK", 2635167),
    ("L'opposition en RDC a appelé à manifester samedi à Kinshasa, a indiqué un porte-parole.", "RDC", 203312),
])
def test_country_abbreviations(text, surface, geonames_id):
    found = places_of(text)
    assert found[surface].geonames_id == geonames_id and found[surface].kind == "country"


def test_fait_etat_tagged_a_participle_after_an_apposition(nlp):
    claims, sources = attributed(
        nlp, "Alors que la tension monte depuis samedi dans la capitale, le député Jean Roux, président du Parti "
             "du progrès (PDP), fait état d'au moins deux manifestants blessés.")
    assert [c.speaker_text for c in claims] == ["Jean Roux"] and sources == {"au moins deux": "Jean Roux"}


def test_a_country_named_like_a_region_noun_keeps_its_name():
    found = places_of("Thousands of people marched in cities across the United States on Saturday, organizers said.")
    assert (found["United States"].name, found["United States"].geonames_id) == ("United States", 6252001)


@pytest.mark.parametrize("text, surface", [
    ("Heavy rain flooded the western districts of Bangladesh on Monday, officials said.", "Bangladesh"),
    ("De fortes pluies ont touché les provinces du Canada, selon les services météo.", "Canada"),
])
def test_a_region_noun_before_a_country_is_the_country(text, surface):
    found = places_of(text)
    assert found[surface].kind == "country"


@pytest.mark.parametrize("text, names", [
    ("Floods hit the provinces of Balochistan and Sindh on Monday, officials said.", {"Balochistan", "Sindh"}),
    ("Des combats ont eu lieu dans les régions de Koursk et de Belgorod, selon l'armée.",
     {"région de Koursk", "région de Belgorod"}),
])
def test_a_plural_region_noun_is_the_lists_not_part_of_each_name(text, names):
    assert {p.name for p in places_of(text).values()} == names


# --- years before a noun (English) --------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Turnout fell sharply compared with 2016 polls, the commission said.",
    "In the 2016 elections, the party won in most regions, officials said.",
    "How many voters stayed home in 2020 polls remains unclear.",
])
def test_an_english_year_before_its_noun_is_no_count(text):
    from recoupe.nlp import get_nlp
    from recoupe.numbers import extract_figures

    article = make_article(text)
    assert [f.text for f in extract_figures(get_nlp("en")(article.text), article)] == []


def test_an_english_count_before_its_noun_stays_a_count():
    from recoupe.nlp import get_nlp
    from recoupe.numbers import extract_figures

    article = make_article("About 2000 soldiers were sent to the border on Monday, officials said.")
    assert [f.value for f in extract_figures(get_nlp("en")(article.text), article)] == [2000]


def test_a_major_city_is_not_displaced_by_a_small_namesake_in_the_named_country():
    found = places_of("Crowds also took to the streets of London and Paris in solidarity with the US marchers.")
    assert found["London"].country_code == "GB" and found["Paris"].country_code == "FR"


# --- denials in so many words -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "« Le chiffre donné par les syndicats est faux et ne relève que de l'imaginaire », a déclaré le préfet.",
    "Pour la préfecture, ce sont des chiffres imaginaires.",
    "Selon la mairie, ces bilans sont totalement erronés.",
])
def test_false_and_imaginary_figures_are_denials(nlp, text):
    claims, _ = attributed(nlp, text)
    assert [c.stance for c in claims] == ["denies"]


def test_a_false_alarm_is_no_denial(nlp):
    claims, _ = attributed(nlp, "Les pompiers ont été appelés pour une fausse alerte, a indiqué la mairie.")
    assert [c.stance for c in claims] == ["asserts"]


# --- figures: a weekday before a count, zero after a noun, decimals of a multiplier ---------------------------------

def test_a_weekday_before_a_number_above_31_is_no_date(nlp):
    assert counts(nlp, "Les frappes ont détruit mardi 45 véhicules près de la frontière.") == [("45", 45)]


def test_zero_after_a_noun_is_no_count(nlp):
    assert counts(nlp, "Le gouvernement vise toujours le déficit zéro et la tolérance zéro.") == []


def test_a_decimal_times_a_multiplier_is_an_amount(nlp):
    found = {f.text: f.value for f in figures_of(nlp, "L'éducation et la culture auront un budget de 16,51 milliards.")}
    assert found.get("16,51 milliards") == pytest.approx(16.51e9)


# --- forecasts, demands, chants -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, speaker, verb", [
    ("Cette année, la Ville espère limiter la hausse de ses dépenses à 2,4 %.", "la Ville", "espérer"),
    ("La direction s'attend à accueillir 3 000 visiteurs dimanche.", "La direction", "attendre"),
    ("Le syndicat exige « une enquête indépendante » sur l'accident.", "Le syndicat", "exiger"),
    ("La ministre de la Justice condamne « des violences inacceptables » contre les grévistes.",
     "La ministre de la Justice", "condamner"),
    ('"Démission" ont scandé les grévistes devant la mairie.', "les grévistes", "scander"),
])
def test_forecasts_demands_and_chants_with_a_figure_or_a_quote(nlp, text, speaker, verb):
    claims, _ = attributed(nlp, text)
    assert [(c.speaker_text, c.verb) for c in claims] == [(speaker, verb)]


@pytest.mark.parametrize("text", [
    "Les familles attendent le retour des enfants.",
    "Le tribunal a condamné l'ancien directeur.",
    "Les grévistes scandent des slogans devant la mairie.",
])
def test_the_same_verbs_without_figure_or_quote_report_nothing(nlp, text):
    claims, _ = attributed(nlp, text)
    assert claims == []


def test_an_incise_whose_speaker_cites_another_source(nlp):
    from recoupe.subjects import _closes_unit

    # the speaker's phrase closes the sentence even when the source it cites follows ("citant", "s'appuyant sur")
    for text in ("Dix camions ont été détruits, a rapporté l'Agence de presse du Sahel citant une source militaire.",
                 "Dix camions ont été détruits, a rapporté l'Agence de presse du Sahel s'appuyant sur l'armée."):
        doc = nlp(text)
        head = next(t for t in doc if t.text == "Agence")
        assert _closes_unit(doc, head, 0, len(doc))
    claims, sources = attributed(
        nlp, "Au moins 30 rebelles ont été tués et 12 camions détruits, en riposte à l'attaque de la veille qui a "
             "coûté la vie à huit policiers, a rapporté l'Agence de presse du Sahel (APS) citant une source militaire.")
    assert [c.speaker_text for c in claims] == ["l'Agence de presse du Sahel (APS)"]
    assert set(sources.values()) == {"l'Agence de presse du Sahel (APS)"}


# --- who speaks: a quoted name, "notre interlocuteur", a version of the facts; a denied figure ------------------------

@pytest.mark.parametrize("text, speaker", [
    ("L'organisateur \"Alliance des cantons\" a annoncé que la marche durerait jusqu'au soir.",
     "L'organisateur \"Alliance des cantons\""),
    ("Le journal « Le Courrier » a rapporté que 300 personnes étaient présentes.", "Le journal « Le Courrier »"),
])
def test_a_quoted_name_after_the_speakers_noun_is_part_of_it(nlp, text, speaker):
    claims, _ = attributed(nlp, text)
    assert [c.speaker_text for c in claims] == [speaker]


def test_notre_interlocuteur_is_the_one_just_quoted(nlp):
    claims, sources = attributed(
        nlp, "En réalité, explique le porte-parole des rebelles, l'armée a reculé. Notre interlocuteur montre des "
             "photos avant de conclure : « Nous avons capturé plusieurs dizaines de soldats. »")
    assert {c.speaker_text for c in claims} == {"le porte-parole des rebelles"}
    assert sources == {"plusieurs dizaines": "le porte-parole des rebelles"}


def test_giving_a_version_of_the_facts_reports(nlp):
    claims, _ = attributed(nlp, "Dans un communiqué, l'armée a donné sa version des faits.")
    assert [c.speaker_text for c in claims] == ["l'armée"]


@pytest.mark.parametrize("text, surface", [
    ("Tempête sur la côte, la mairie dément le bilan de douze morts", "douze"),
    ("La préfecture conteste le chiffre de 3 000 manifestants.", "3 000"),
    ("Le ministère a démenti que 40 soldats soient morts.", "40"),
])
def test_a_denied_figure_is_not_the_deniers(nlp, text, surface):
    _, sources = attributed(nlp, text)
    assert sources[surface] is None


def test_a_figure_after_the_denial_clause_is_the_speakers(nlp):
    _, sources = attributed(nlp, "La préfecture conteste le chiffre de 3 000 manifestants, et compte 1 500 participants.")
    assert sources == {"3 000": None, "1 500": "La préfecture"}


@pytest.mark.parametrize("text, surface, value", [
    ("The government will spend Rs 34.5 lakh crore on roads, the minister said.", "34.5 lakh crore", 34.5e12),
    ("The state set aside Rs 120 crore for new schools, officials said.", "120 crore", 1.2e9),
    ("About 2.5 lakh people attended the rally, the police said.", "About 2.5 lakh", 2.5e5),
])
def test_indian_english_multipliers(text, surface, value):
    from recoupe.nlp import get_nlp
    from recoupe.numbers import extract_figures

    article = make_article(text)
    found = {f.text: f.value for f in extract_figures(get_nlp("en")(article.text), article)}
    assert found.get(surface) == pytest.approx(value), found


@pytest.mark.parametrize("text, surface, value, qualifier", [
    ("More than half a million people marched in the capital, organizers said.", "More than half a million", 5e5,
     "at_least"),
    ("The fund lost half a billion dollars last year, the auditors said.", "half a billion", 5e8, "exact"),
])
def test_half_a_million(text, surface, value, qualifier):
    from recoupe.nlp import get_nlp
    from recoupe.numbers import extract_figures

    article = make_article(text)
    found = {f.text: (f.value, f.qualifier) for f in extract_figures(get_nlp("en")(article.text), article)}
    assert found.get(surface) == (value, qualifier), found


# --- speakers by kind (issue 17, French attribution on untuned text) --------------------------------------------

def speakers_and_mentions(nlp, text):
    article = make_article(text)
    doc = nlp(article.text)
    mentions = extract_actor_mentions(doc, article)
    claims, figures = attribute(doc, article, mentions, extract_figures(doc, article))
    by_id = {m.id: m.name for m in mentions}
    return [(c.speaker_text, by_id.get(c.speaker_mention_id)) for c in claims], {f.text: f.source_text for f in figures}


@pytest.mark.parametrize("text, person", [
    ("Le porte-parole des grévistes, le Dr Paul Girard, a rejeté ce décompte.", "Paul Girard"),
    ("« Nous avons compté 40 blessés », a affirmé le porte-parole de la province, le ministre Paul Girard, "
     "à la radio publique.", "Paul Girard"),
    ("De son côté, le conseiller du maire chargé des relations avec les commerçants, Luc Fabre a indiqué que le "
     "dialogue continue.", "Luc Fabre"),
    ("« Le chiffre est trop bas », a admis à la presse le haut commissaire pour les sinistrés Marc Petit.", "Marc Petit"),
])
def test_a_title_speaks_for_the_person_named_after_it(nlp, text, person):
    speakers, _ = speakers_and_mentions(nlp, text)
    assert [mention for _, mention in speakers] == [person]


@pytest.mark.parametrize("text, speaker", [
    ("« Rien n'est joué », a déclaré à l'AFP Claire Dumas, une porte-parole de l'agence.", "Claire Dumas"),
    ("Le bilan pourrait atteindre 500 morts, a déclaré mercredi 13 septembre le maire Hugo Lenoir, à la radio.",
     "le maire Hugo Lenoir"),
    ("« Nous ne savons rien de plus », réagit à son tour Léa Morel, chargée du dossier à la mairie.", "Léa Morel"),
])
def test_the_speaker_after_an_addressee_a_date_or_an_adverbial(nlp, text, speaker):
    speakers, _ = speakers_and_mentions(nlp, text)
    assert [s for s, _ in speakers] == [speaker]


@pytest.mark.parametrize("text, speaker, verb", [
    ("Le maire de la commune craint qu'il y ait 300 sinistrés dans la vallée.", "Le maire de la commune", "craindre"),
    ("Le rectorat a fait savoir que 40 écoles resteraient fermées.", "Le rectorat", "faire savoir"),
    ('Les pompiers avaient évoqué la possibilité de "dizaines" de blessés.', "Les pompiers", "évoquer"),
])
def test_verbs_of_fear_faire_savoir_and_a_straight_quoted_figure(nlp, text, speaker, verb):
    claims, _ = attributed(nlp, text)
    assert [(c.speaker_text, c.verb) for c in claims] == [(speaker, verb)]


def test_an_incise_verb_after_a_quote_with_an_inverted_pronoun(nlp):
    claims, _ = attributed(nlp, "Le délégué syndical, Paul Girard, a rejeté ce chiffre. « Il est faux », a-t-il soutenu.")
    assert [c.verb for c in claims] == ["rejeter", "soutenir"]


def test_whose_testimony_speaks_and_a_figure_in_the_speaker_is_nobodys(nlp):
    claims, sources = attributed(nlp, "Le naufrage a fait 6 morts, selon le témoignage des 12 rescapés du bateau.")
    assert [c.speaker_text for c in claims] == ["12 rescapés du bateau"]
    assert sources == {"6": "12 rescapés du bateau", "12": None}


def test_the_same_source_and_the_figures_between_its_statements(nlp):
    _, sources = attributed(
        nlp,
        "La crue a fait 120 morts, selon le porte-parole de la protection civile. Soit 95 morts dans la seule ville "
        "basse. Au moins 30 étrangers figurent parmi les victimes. Au moins 40 corps ont été retrouvés mercredi, "
        "d'après la même source.\n\nLe fleuve a débordé sur 12 kilomètres.",
    )
    speaker = "le porte-parole de la protection civile"
    assert sources == {"120": speaker, "95": speaker, "Au moins 30": speaker, "Au moins 40": speaker, "12": None}


@pytest.mark.parametrize("text, speaker", [
    ("Le chef du gouvernement régional, Paul Girard, a évoqué un bilan d'au moins 200 morts dans la ville.",
     "Paul Girard"),
    ("Lors d'un point presse à Lyon, Anne Roux, responsable de la Croix-Rouge, a évoqué mardi un nombre « énorme » "
     "de morts.", "Anne Roux"),
])
def test_a_quantity_or_a_document_after_the_verb_is_what_is_said(nlp, text, speaker):
    speakers, _ = speakers_and_mentions(nlp, text)
    assert len(speakers) == 1 and speaker in speakers[0][0] and speakers[0][1] == speaker


def test_a_quantity_is_no_speaker(nlp):
    claims, _ = attributed(nlp, "Le nombre de disparus est « proche de 900 », affirmant que les recherches continuent.")
    assert all("nombre" not in (c.speaker_text or "") for c in claims)


def test_an_agency_acronym_addressee_and_a_stray_space_in_a_t_il(nlp):
    claims, _ = attributed(nlp, "« La grève est suivie », a expliqué à l'agence XPR Paul Girard, secrétaire du syndicat. "
                                "« Le ministère ne répond pas », a- t-il encore ajouté.")
    assert [c.speaker_text for c in claims] == ["Paul Girard, secrétaire du syndicat"] * 2


@pytest.mark.parametrize("text, stance", [
    ("Le porte-parole des grévistes a rejeté ce décompte. « Ce bilan n'est pas exact », a-t-il soutenu.", "denies"),
    ("« Nous ne savons pas ce qu'il est advenu de ces personnes », commente Paul Girard, membre de l'association.",
     "cannot_confirm"),
    ("Le responsable du rectorat a indiqué ne pas disposer de statistiques sur la grève.", "cannot_confirm"),
])
def test_stances_said_without_a_denial_verb(nlp, text, stance):
    claims, _ = attributed(nlp, text)
    assert claims[-1].stance == stance


def test_not_knowing_where_to_go_confirms_nothing(nlp):
    claims, _ = attributed(nlp, "« Je ne sais pas où aller », a confié Paul Girard, un habitant du quartier.")
    assert [c.stance for c in claims] == ["asserts"]


def test_a_quote_described_after_it(nlp):
    claims, _ = attributed(nlp, "« Des rues entières ont disparu », avait décrit plus tôt l'Organisation mondiale de la santé.")
    assert [(c.speaker_text, c.verb) for c in claims] == [("l'Organisation mondiale de la santé", "décrire")]


def test_a_gerund_of_waiting_forecasts_nothing(nlp):
    claims, _ = attributed(nlp, "En attendant la conférence, le conseil régional a déjà versé 2 millions d'euros.")
    assert claims == []


def test_a_selon_after_mais_speaks_for_its_own_clause(nlp):
    _, sources = attributed(nlp, "Il devrait s'agir d'au moins 500 morts, mais d'après la Croix-Rouge il y aurait "
                                 "1 100 morts.")
    assert sources == {"au moins 500": None, "1 100": "la Croix-Rouge"}
    _, sources = attributed(nlp, "Au moins 250 corps ont été retrouvés, alors que plus de 2400 personnes sont portées "
                                 "disparues, d'après la protection civile.")
    assert set(sources.values()) == {"la protection civile"}


def test_a_name_after_a_preposition_is_no_subject(nlp):
    _, sources = attributed(nlp, "Le mois dernier, l'Observatoire des migrations (OBSM), établi aussi à Lyon, avait "
                                 "de son côté donné un chiffre de plus de 50 000 arrivées.")
    assert sources["plus de 50 000"] in ("OBSM", "Observatoire des migrations")


def test_a_named_body_for_someone_and_a_relative_after_the_speaker(nlp):
    claims, _ = attributed(nlp, "Ce chiffre est désormais inférieur à 1 000, déplore le Haut-Commissariat pour les "
                                "sinistrés (HCS) à deux jours de la journée nationale. Les familles 'sont de moins en "
                                "moins nombreuses' à rentrer, affirme l'agence qui appelle les communes à agir.")
    assert [c.speaker_text for c in claims] == ["le Haut-Commissariat pour les sinistrés (HCS)", "l'agence"]


def test_il_a_few_sentences_after_the_one_speaker_quoted(nlp):
    _, sources = attributed(
        nlp,
        "Plus de 300 personnes sont mortes, a indiqué un responsable de la Fédération des secouristes.\n\n"
        "La région est éprouvée par les catastrophes. Le fleuve a débordé mardi.\n\n"
        "Le nombre de disparus est « proche de 900 », a-t-il indiqué lors d'un point presse.",
    )
    assert sources["proche de 900"] == "un responsable de la Fédération des secouristes"


def test_a_figure_given_by_someone_in_a_participle(nlp):
    _, sources = attributed(nlp, "Le nombre de blessés a été revu ; il est fixé à 1 250 au lieu des 1 400 annoncés par "
                                 "la préfecture. La ville compte 300 sinistrés, contre les 200 sinistrés avancés par la "
                                 "mairie.")
    assert sources == {"1 250": None, "1 400": "la préfecture", "300": None, "200": "la mairie"}


def test_the_figures_of_la_meme_source_are_the_first_claims(nlp):
    article = make_article("La crue a fait 120 morts, selon la protection civile. Au moins 40 corps ont été retrouvés "
                           "mercredi, d'après la même source.")
    doc = nlp(article.text)
    claims, figures = attribute(doc, article, extract_actor_mentions(doc, article), extract_figures(doc, article))
    assert figures[0].claim_id == figures[1].claim_id == claims[0].id


def test_two_counts_two_speakers_and_a_verb_tagged_as_a_noun(nlp):
    _, sources = attributed(nlp, "La préfecture avance, elle, 12.000 personnes dans les rues de la ville et la CGT "
                                 "dénombre 40.000 manifestants dans le centre.")
    assert sources == {"12.000": "La préfecture", "40.000": "la CGT"}
