"""French attribution, issue 17 eighth round: causes pooled over the French single-article sets' misses, each a
general construction of reported speech (a verb of forecast or fear with a clause on "que", an incise whose speaker
follows an aside with a noun complement, a reporting verb's participle with its agent, a refusal to comment, a
negated belief in the first person). One made-up passage per rule; none comes from an audit set."""

from __future__ import annotations

from support import attributed, said


# --- verbs of forecast and fear with a clause on "que" ---------------------------------------------------------------

def test_a_verb_of_hope_with_a_clause_on_que_reports(nlp):
    claims, _ = attributed(nlp, "Un conseiller du maire espère que la nouvelle digue protégera le quartier.")
    assert said(claims, "espère") == ["Un conseiller du maire"]


def test_a_verb_of_fear_with_a_clause_on_que_reports(nlp):
    claims, _ = attributed(nlp, "L'ONG craint que les pluies ne touchent encore la vallée.")
    assert said(claims, "craint") == ["L'ONG"]


def test_waiting_for_something_reports_nothing(nlp):
    claims, _ = attributed(nlp, "Les habitants attendent que la rivière baisse pour rentrer chez eux.")
    assert claims == []


# --- an aside between the incise's verb and its speaker --------------------------------------------------------------

def test_an_aside_with_a_noun_complement_before_the_speaker(nlp):
    claims, sources = attributed(nlp, "Le syndicat a publié ses chiffres. « Nous étions 4 000 dans la rue » a indiqué "
                                      "dans sa déclaration de presse le secrétaire général du syndicat.")
    assert said(claims, "Nous étions") == ["le secrétaire général du syndicat"]
    assert sources["4 000"] == "le secrétaire général du syndicat"


def test_an_aside_on_lors_before_the_speaker(nlp):
    claims, sources = attributed(nlp, "« Nous avons soigné 120 blessés », a affirmé lors d'une conférence de presse "
                                      "le directeur de l'hôpital.")
    assert said(claims, "120 blessés") == ["le directeur de l'hôpital"]
    assert sources["120"] == "le directeur de l'hôpital"


# --- a reporting verb's participle with its agent ---------------------------------------------------------------------

def test_a_participle_of_saying_with_its_agent(nlp):
    claims, sources = attributed(nlp, "Le taux de chômage indiqué par l'institut de statistique est de 6,2 %.")
    assert said(claims, "Le taux") == ["l'institut de statistique"]
    assert sources["6,2 %"] == "l'institut de statistique"


def test_a_participle_of_saying_opening_the_sentence(nlp):
    claims, _ = attributed(nlp, "Décrit par plusieurs témoins comme un avion militaire, l'appareil a survolé la ville.")
    assert said(claims, "Décrit") == ["plusieurs témoins"]


def test_a_participle_with_a_manner_after_par_is_no_report(nlp):
    claims, sources = attributed(nlp, "Le projet annoncé par voie de presse comprend la rénovation de 30 écoles.")
    assert said(claims, "Le projet") == []
    assert sources["30"] is None


# --- stances ------------------------------------------------------------------------------------------------------------

def test_refusing_any_comment_with_a_is_cannot_confirm(nlp):
    claims, _ = attributed(nlp, "La mairie se refusait à tout commentaire, estimant que « le chiffre importe peu ».")
    assert [c.stance for c in claims if c.speaker_text == "La mairie"] == ["cannot_confirm"]


def test_a_negated_belief_in_the_first_person_denies(nlp):
    claims, _ = attributed(nlp, "« Nous ne pensons pas que ces 40 bateaux aient quitté le port », a répondu la "
                                "capitainerie.")
    assert [c.stance for c in claims if "40 bateaux" in c.text] == ["denies"]


# --- an infinitive of saying under a verb of aspect or control ---------------------------------------------------------

def test_an_infinitive_of_saying_under_a_verb_of_aspect_takes_its_subject(nlp):
    claims, sources = attributed(nlp, "Les riverains continuent d'affirmer que la crue a détruit 60 maisons.")
    assert said(claims, "continuent") == ["Les riverains"]
    assert sources["60"] == "Les riverains"


def test_an_infinitive_under_a_verb_of_asking_is_not_the_askers(nlp):
    claims, _ = attributed(nlp, "Le ministre a demandé au préfet de confirmer le bilan.")
    assert said(claims, "Le ministre") == ["Le ministre"]  # the request is his, the confirmation nobody's yet


def test_a_participle_of_saying_deep_in_another_clause_gives_no_figure(nlp):
    _, sources = attributed(nlp, "Quand la mairie appelle au calme, appel répété par le maire lui-même, elle pense "
                                 "aux trois quartiers touchés.")
    assert sources["trois"] is None


# --- citing, sentencing, depicting, a stray comma before a civility ----------------------------------------------------

def test_a_finite_verb_of_citing_with_its_subject_speaks_for_its_subject(nlp):
    claims, sources = attributed(nlp, "Le président de la commission a cité face à la presse, Lyon qui a enregistré "
                                      "64 % de participation.")
    assert said(claims, "a cité") == ["Le président de la commission"]
    assert sources["64 %"] == "Le président de la commission"


def test_a_sentence_passed_is_no_report(nlp):
    claims, sources = attributed(nlp, "Trois élus ont été condamnés lundi à 2 ans de prison par le tribunal, a-t-on "
                                      "appris de source judiciaire.")
    assert {c.speaker_text for c in claims} == {"source judiciaire"}
    assert sources["Trois"] == "source judiciaire"


def test_a_verb_of_depiction_with_a_quote_reports(nlp):
    claims, sources = attributed(nlp, "La conseillère Anne Roux dépeint la fête entre «la tradition» et des recettes "
                                      "de plusieurs millions de francs. Cet événement compte, a-t-elle déclaré.")
    assert said(claims, "dépeint") == ["La conseillère Anne Roux"]
    assert said(claims, "Cet événement") == ["La conseillère Anne Roux"]


def test_a_stray_comma_between_the_verb_and_a_civility(nlp):
    claims, _ = attributed(nlp, "Une amende trop lourde estime, Me Paul Girard, avocat de la société.")
    assert said(claims, "estime") == ["Me Paul Girard, avocat de la société"]


def test_a_participle_of_saying_after_a_comma_names_who_gave_the_toll(nlp):
    claims, _ = attributed(nlp, "L'ONG conteste le bilan de la tragédie, annoncé par le ministère de la Défense. Le "
                                "ministère maintient ses chiffres.")
    assert "le ministère de la Défense" in said(claims, "annoncé par")


def test_the_agent_of_a_verb_of_asking_is_not_the_speaker(nlp):
    claims, _ = attributed(nlp, "Des témoins interrogés par la presse parlent de 300 morts.")
    assert "la presse" not in {c.speaker_text for c in claims}


def test_a_participle_inside_selon_gives_the_sentence_its_agent(nlp):
    _, sources = attributed(nlp, "Le oui l'a emporté avec 71,2 % des voix, selon les résultats provisoires proclamés par "
                                 "le président de la commission électorale.")
    assert sources["71,2 %"] == "le président de la commission électorale"
