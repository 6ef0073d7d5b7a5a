"""Topic labels say the frame that keeps a topic apart (recoupe/topic_labels.py)."""
from __future__ import annotations

from recoupe.models import Figure
from recoupe.topic_labels import label


def figure(**fields) -> Figure:
    base = dict(id="f1", article_id="a1", start=0, end=3, text="100", sentence="100.", value=100.0,
                qualifier="exact")
    return Figure(**{**base, **fields})


def test_a_label_says_why_its_figures_are_apart():
    partial = label([figure(event_class="gathering:partiel", entity="manifestant")], {"label": "rassemblés"},
                    "manifestant:partiel@Lyon")
    assert partial.endswith("(compte partiel, en cours de journée)")
    share = label([figure(event_class="killed", entity="gendarme")], {}, "gendarme:dont")
    assert "(part d'un chiffre plus large)" in share
    total = label([figure(event_class="cumul", entity="entreprise")], {"cumulative": True}, "entreprise:cumul")
    assert total == "entreprises (cumul)"


def test_a_label_writes_french_plurals_and_places():
    assert label([figure(entity="garde à vue")], {}, "garde à vue").startswith("gardes à vue")
    near = label([figure(entity="manifestant", scope="autour de la place du marché")], {},
                 "manifestant@autour de la place du marché")
    assert near == "manifestants autour de la place du marché"


def test_a_scope_no_figure_of_the_topic_says_is_given_apart():
    assert label([figure(entity="blessé")], {}, "blessé:dont@Norvège").startswith("blessés (Norvège)")


def test_an_english_noun_the_lexicons_keep_takes_an_english_plural():
    """A noun of an English article no lexicon translates is written as English writes its plural ("arrivals",
    "families"), not by French rules ("arrivaux"); French nouns keep theirs ("chevaux", "journaux")."""
    assert label([figure(entity="arrival")], {}, "arrival").startswith("arrivals")
    assert label([figure(entity="family")], {}, "family").startswith("families")
    assert label([figure(entity="journal")], {}, "journal").startswith("journaux")
    assert label([figure(entity="bureau")], {}, "bureau").startswith("bureaux")


def test_a_countrys_bare_name_takes_its_preposition():
    """"morts au Maroc", "en Irak", "aux Philippines", "à Cuba", "en RDC"; a town or a region keeps "à"."""
    expected = {"Maroc": "au Maroc", "France": "en France", "Irak": "en Irak", "Philippines": "aux Philippines",
                "Mozambique": "au Mozambique", "Cuba": "à Cuba", "RDC": "en RDC", "Samarcande": "à Samarcande"}
    for name, place in expected.items():
        said = label([figure(entity="mort", event_class="killed", scope=name)], {}, f"mort@{name}")
        assert said == f"morts {place}", said


def test_a_shares_holder_is_named_not_made_plural():
    share = label([figure(kind="percent", entity="percent:voix", entity_group="Durand")], {}, "percent:voix/Durand")
    assert share == "% de voix (Durand)"


def test_a_country_s_count_is_labelled_by_the_country_not_by_a_phrase_naming_no_place():
    """"3,5 millions fuyaient vers les pays voisins" in a country's topic: the label says "au Soudan", not "vers
    les pays"."""
    from recoupe.models import Figure
    from recoupe.topic_labels import label

    def figure(scope):
        return Figure(id=scope or "x", article_id="a", start=0, end=2, text="12", value=12.0, qualifier="exact",
                      sentence="12 déplacés.", kind="count", object="déplacé", entity="déplacé",
                      event_class="displaced", scope=scope, scope_key="country:SD")

    assert label([figure("vers les pays"), figure(None)], {"label": "déplacés"}, "déplacé@Sudan") == "déplacés au Soudan"


def test_a_country_s_count_is_labelled_by_the_country_not_by_a_town_or_a_bare_subject():
    """A national toll some of whose figures say "au sud de Marrakech" is labelled "au Maroc"; one whose figures
    name the country as a subject ("Birmanie") takes the country's French name with its preposition; a scope that
    says the country keeps its words ("dans la Thaïlande voisine")."""
    def figure(scope, key):
        return Figure(id=scope or "x", article_id="a", start=0, end=2, text="12", value=12.0, qualifier="exact",
                      sentence="12 morts.", kind="count", object="mort", entity="mort", event_class="killed",
                      scope=scope, scope_key=key)

    assert label([figure("au sud de Marrakech", "country:MA"), figure(None, "country:MA")], {}, "mort@Maroc") \
        == "morts au Maroc"
    assert label([figure("Birmanie", "country:MM")], {}, "mort@Myanmar (Birmanie)") == "morts au Myanmar (Birmanie)"
    assert label([figure("Dans la Thaïlande voisine", "country:TH")], {}, "mort@Thaïlande") \
        == "morts dans la Thaïlande voisine"


def test_a_label_leaves_an_adverb_of_the_written_scope_out():
    only = label([figure(entity="disparu", scope="À seulement Valognes", scope_key="place:p1")], {}, "disparu@Valognes")
    assert only == "disparus à Valognes"


def test_a_label_leaves_a_headlines_hashtag_and_emoji_out_and_an_english_scope_apart():
    """"au #Tchad 🇹🇩" is written "au Tchad"; "in the capital", an English scope naming no place, stands apart in
    brackets ("à in the capital" is no French)."""
    hashtag = label([figure(entity="mort", scope="au #Tchad 🇹🇩", scope_key="country:TD")], {}, "mort@Tchad")
    assert hashtag == "morts au Tchad"
    english = label([figure(entity="mineur", scope="in the capital", scope_key="noun:capital")], {},
                    "mineur@capital")
    assert english == "mineurs (in the capital)"


def test_a_participle_agrees_with_a_feminine_noun():
    assert label([figure(entity="maison")], {"label": "détruits"}, "maison:destroyed") == "maisons détruites"
    assert label([figure(entity="femme")], {"label": "blessés"}, "femme:wounded") == "femmes blessées"
    assert label([figure(entity="bâtiment")], {"label": "détruits"}, "bâtiment:destroyed") == "bâtiments détruits"
