"""Quantity frames on made-up sentences (issue 12, the frame side): what each figure counts, where and when, so that
the figures of one real-world quantity meet in one topic, through the real extraction and resolution."""

from __future__ import annotations

from recoupe.topic_labels import UNHELD
from support import by_text, dossier



def test_a_local_place_no_gazetteer_knows_is_a_scope_of_its_own(nlp):
    """A street, a square, a monument or a border scopes a count locally (its phrase is its key), after a connector
    too ("Pourtant à la frontière, …"): the national count stays apart. "sur place" is no place."""
    figures = by_text(dossier(nlp, "Samedi, 90 000 manifestants ont défilé en France. "
                              "Près du Théâtre Municipal, une vingtaine de personnes se sont réunies. "
                              "Pourtant à la frontière franco-belge, une centaine de manifestants ont bloqué un péage. "
                              "Vers 17 heures, 300 personnes étaient repoussées vers la place du Marché. "
                              "Plusieurs centaines de manifestants se sont ensuite rassemblés devant la mairie. "
                              "Des dizaines de policiers sont sur place.", published=["2021-03-07"]))
    national = figures["90 000"].topic
    assert national == "manifestant@France"
    assert figures["une vingtaine"].scope == "Près du Théâtre Municipal"
    assert figures["une centaine"].scope == "à la frontière franco-belge"
    assert figures["300"].scope == "vers la place du Marché"
    assert figures["Plusieurs centaines"].scope == "devant la mairie"
    assert len({national} | {figures[t].topic for t in ("une vingtaine", "une centaine", "300", "Plusieurs centaines")}) == 5
    assert figures["Des dizaines"].scope is None


def test_a_preposition_opening_a_sentence_is_no_place(nlp):
    """"A midi" (spaCy's place on a sentence-opening "A" and a lower-case word) is no place; "A Rennes" is Rennes."""
    result = dossier(nlp, "A midi, les manifestants étaient 12.000 en France. A Rennes, environ 2 000 manifestants "
                     "se sont rassemblés.", published=["2021-03-07"])
    assert "A midi" not in {p.name for p in result.places}
    figures = by_text(result)
    assert figures["environ 2 000"].topic == "manifestant@Rennes"


def test_people_named_by_what_they_wear_are_the_protesters(nlp):
    """A noun no class knows, said to demonstrate ("87 000 bonnets verts ont manifesté") or whose protest the
    article names ("la mobilisation des bonnets verts"), counts people: the protesters, in every figure of it."""
    result = dossier(nlp, "La mobilisation des bonnets verts a repris samedi. Selon le ministère, 87 000 bonnets "
                     "verts ont manifesté en France. Le collectif a publié son propre décompte : 120 000 bonnets "
                     "verts.", "Samedi, 90 000 manifestants ont défilé en France.", published=["2021-03-07"] * 2)
    figures = by_text(result)
    assert figures["87 000"].topic == figures["120 000"].topic == figures["90 000"].topic == "manifestant@France"


def test_arrests_of_protesters_and_custody_are_two_quantities(nlp):
    """"220 manifestants interpellés" are arrests; "placés en garde à vue" and "gardes à vue" are custody, a count of
    its own ("dont 975 gardes à vue" is no share of the arrests, and "à vue" no place)."""
    figures = by_text(dossier(nlp, "Il y a eu 1 385 interpellations partout en France, dont 975 gardes à vue. "
                              "Au total, 220 manifestants ont été interpellés dans le pays, et 81 placés en garde à vue. "
                              "Selon la police, 1 700 personnes sont placées en garde à vue.",
                              published=["2021-03-07"]))
    arrests = figures["1 385"].topic
    assert arrests == figures["220"].topic == "interpellation@France"
    custody = figures["975"].topic
    assert custody.startswith("garde à vue") and ":dont" not in custody and "vue@vue" not in custody
    assert figures["81"].entity == figures["1 700"].entity == "garde à vue"
    assert figures["81"].event_class == figures["1 700"].event_class == "custody"


def test_a_midday_count_is_a_partial_count(nlp):
    """A protest count given at midday is partial, apart from the day's count; the counts of other days the same
    sentence compares it with are not partial."""
    figures = by_text(dossier(nlp, "A midi, les manifestants étaient 12.000 en France, contre 38.600 le 22 décembre. "
                              "Le soir, 50 000 manifestants avaient défilé en France.", published=["2021-03-07"]))
    assert figures["12.000"].topic == "manifestant:partiel@France"
    assert figures["38.600"].topic == figures["50 000"].topic == "manifestant@France"


def test_a_scope_does_not_leak_from_a_share_or_a_list(nlp):
    """A figure without a noun takes the scope of the whole before it, not of its share ("dont 5 500 à Paris"),
    nor of the last town of a list in parentheses ("(Paris 4000, Lyon 4500) … (84 000)"); a place noun before a
    parenthesis scopes it ("la capitale (7 000)")."""
    figures = by_text(dossier(nlp, "Samedi, 36 500 manifestants ont défilé en France, dont 5 500 à Paris. Pour "
                              "rappel : 113 000 dont 2 200 à Paris le 17 novembre. "
                              "Selon le ministère, 69 000 manifestants ont défilé en France (Paris 4000, Lyon 4500) en "
                              "baisse par rapport au 19 janvier (84 000). Le record est à Toulouse, loin devant la "
                              "capitale (7 000).", published=["2021-03-07"]))
    assert figures["113 000"].topic == figures["36 500"].topic == "manifestant@France"
    assert figures["84 000"].topic == "manifestant@France"
    assert figures["4500"].topic == "manifestant@Lyon"
    assert figures["7 000"].topic == figures["5 500"].topic == "manifestant@Paris"


def test_a_count_named_by_its_container(nlp):
    """"le nombre de X, qui …, était de 87 700": the container names what is counted, across a relative clause."""
    figures = by_text(dossier(nlp, "Selon le ministère, 69 000 manifestants ont défilé. Selon le collectif, le "
                              "nombre de manifestants, qui ont défilé dans 161 villes, était de 87 700.",
                              published=["2021-03-07"]))
    assert figures["87 700"].topic == figures["69 000"].topic
    assert figures["161"].topic != figures["87 700"].topic


def test_a_count_a_source_rules_out_is_no_count_of_the_toll(nlp):
    """"des dizaines, et non des milliers": the thousands are ruled out, not a toll to compare."""
    figures = by_text(dossier(nlp, "Le bilan de la tempête est de 39 morts. Le ministre pense que le nombre de morts "
                              "se compterait en dizaines, et non en milliers.", published=["2021-03-07"]))
    ruled_out = next(f for t, f in figures.items() if "milliers" in t)
    assert ruled_out.event_class == "exclu"
    assert ruled_out.topic != figures["39"].topic


def test_an_incise_source_does_not_end_the_clause_and_avec_follows_its_town(nlp):
    """"4 000 manifestants, selon la préfecture, ont défilé à Lyon" is in Lyon; "un record à Toulouse, avec
    10 000 manifestants" in Toulouse; "dans le centre de la ville" in the last town named."""
    figures = by_text(dossier(nlp, "Samedi, 90 000 manifestants ont défilé en France. La mobilisation a atteint un "
                              "record à Toulouse, avec 10 000 manifestants. A Bordeaux, des heurts ont éclaté. "
                              "Quelque 4 000 manifestants, selon la préfecture, ont défilé samedi dans le centre de la "
                              "ville. Au moins 3 000 manifestants, selon la police, ont défilé à Lyon.",
                              published=["2021-03-07"]))
    assert figures["10 000"].topic == "manifestant@Toulouse"
    assert figures["Quelque 4 000"].topic == "manifestant@Bordeaux"
    assert figures["Au moins 3 000"].topic == "manifestant@Lyon"


def test_people_of_their_own_are_no_metonymy(nlp):
    """"400 000 jeunes ont manifesté" count the young, "12.000 policiers et gendarmes mobilisés" the forces: neither
    is the protesters' count."""
    figures = by_text(dossier(nlp, "Jeudi, 1,1 million de manifestants ont défilé en France. Selon le syndicat "
                              "étudiant, 400 000 jeunes ont manifesté. 12.000 policiers et gendarmes ont été "
                              "mobilisés jeudi.", published=["2021-03-07"]))
    assert figures["400 000"].entity == "jeune"
    assert figures["12.000"].event_class == "presence"
    assert len({figures[t].topic for t in ("1,1 million", "400 000", "12.000")}) == 3


def test_triage_words_say_the_wounded(nlp):
    """"9 personnes en état d'urgence absolue" are wounded, not dead."""
    figures = by_text(dossier(nlp, "Le bilan fait état de 11 morts, 9 personnes en état d'urgence absolue et 246 "
                              "personnes en état d'urgence relative.", published=["2021-03-07"]))
    assert figures["9"].event_class == figures["246"].event_class == "wounded"
    assert figures["11"].event_class == "killed"


def test_another_source_takes_the_scope_of_the_count_it_answers(nlp):
    """"De son côté, la préfecture … 81 000" answers the Paris count, not the unscoped past bound said between."""
    figures = by_text(dossier(nlp, "À Paris, la CGT a annoncé 700 000 manifestants pour cette sixième journée. C'est "
                              "bien davantage que lors des précédentes journées, où le syndicat n'avait jamais "
                              "revendiqué plus d'un demi-million de personnes mobilisées. De son côté, la préfecture "
                              "de police a avancé le chiffre de 81 000 manifestants.", published=["2023-03-07"]))
    assert figures["81 000"].topic == figures["700 000"].topic == "manifestant@Paris"


def test_an_estimate_joined_to_the_next_counts_what_it_counts(nlp):
    """"plusieurs centaines, voire quelques milliers de morts": both count the dead."""
    figures = by_text(dossier(nlp, "Le bilan est de 31 morts. Les autorités ont d'abord évoqué \"plusieurs centaines\" "
                              "voire \"quelques milliers\" de morts.", published=["2021-03-07"]))
    estimates = [f for t, f in figures.items() if t.startswith(("plusieurs", "quelques"))]
    assert len(estimates) == 2 and {f.entity for f in estimates} == {"mort"}
    assert {f.topic for f in estimates} == {figures["31"].topic}


def test_a_time_opening_a_sentence_is_no_place_and_le_departement_is_the_one_named(nlp):
    """"Au lendemain du passage de X, …" is a time; "31 morts dans le département" is in the last region named."""
    figures = by_text(dossier(nlp, "La tempête a frappé la Guadeloupe samedi. Le bilan fait état de 31 morts dans le "
                              "département. Au lendemain du passage de Zora, les autorités ont évoqué 40 morts.",
                              published=["2021-03-07"]))
    assert figures["31"].topic == figures["40"].topic
    assert figures["40"].scope is None


def test_damage_in_two_pegged_currencies_is_one_quantity_compared_in_euros(nlp):
    """An amount in CFP francs and one in euros are the same kind of quantity (a fixed peg, currencies.yml), compared
    in euros; what the sum measures is the noun it is said of, whatever the verb ("de dégâts", "les dégâts sont
    évalués à", "des dégâts estimés à"); a bare "francs" is the CFP franc the article names; an amount restated
    ("18 milliards CFP, soit 150 millions d'euros") measures what the first measures; aid stays apart."""
    result = dossier(nlp, "Les pillages ont causé 18 milliards de francs de dégâts. 18 milliards CFP, soit 150 millions "
                          "d'euros. L'Etat a versé 40 millions d'euros d'aides.",
                     "Selon la chambre de commerce, les dégâts sont évalués à 151 millions d'euros.",
                     "Les dégâts, estimés à 300 millions d'euros selon le maire, dépassent les prévisions.",
                     published=["2025-03-04", "2025-03-04", "2025-03-04"])  # one day: a later, higher estimate
    figures = by_text(result)  # would read as the count growing (verdicts), not as a contradiction
    damage = figures["18 milliards"].topic
    assert damage == "amount:euro:dégâts"
    assert figures["151 millions"].topic == figures["300 millions"].topic == figures["150 millions"].topic == damage
    assert figures["18 milliards"].object == "franc cfp"
    assert figures["40 millions"].topic == "amount:euro:aides"
    topic = next(t for t in result.topics if t.id == damage)
    assert topic.verdict == "contradict" and 1.9 < topic.factor < 2.1  # 300 M€ against 150 M€ (18 bn F CFP), not 120×


def test_police_and_gendarmes_however_named_are_one_set(nlp):
    """"policiers", "policiers et gendarmes", "membres des forces de l'ordre", "police officers" count one set of
    people (events.yml `forces`): their wounded are one toll whatever the outlet calls them."""
    figures = by_text(dossier(nlp, "Au total, 54 policiers et gendarmes ont été blessés, selon le ministre.",
                              "Une centaine de membres des forces de l'ordre ont été blessés, selon la préfecture.",
                              "Plus de 60 policiers ont été blessés, selon un syndicat.",
                              published=["2025-03-04", "2025-03-04", "2025-03-04"]))
    assert figures["54"].topic == figures["Une centaine"].topic == figures["Plus de 60"].topic
    assert figures["54"].topic.startswith("gendarme et policier:wounded")


def test_a_running_toll_since_the_start_of_the_story_is_the_toll(nlp):
    """"depuis le début des émeutes" names the start of the story: its count is the running toll every unmarked
    toll is, not a total of its own; "depuis jeudi" still is one."""
    figures = by_text(dossier(nlp, "Cinq personnes sont mortes dans les émeutes, selon les autorités.",
                              "Au total, six personnes sont décédées depuis le début des émeutes, selon le ministre. "
                              "Depuis jeudi, 120 personnes ont été interpellées.",
                              published=["2025-03-04", "2025-03-06"]))
    assert figures["Cinq"].topic == figures["six"].topic
    assert ":cumul" in figures["120"].topic

def test_a_date_in_digits_after_le_and_an_ordinal_occurrence():
    """"le 24/11" is the 24 November of the article's year (a fraction is never a date); in "Le 17 novembre, …
    282 000, et le deuxième 106 000", the 106 000 is about the second occurrence, not the 17th."""
    from recoupe import dates

    assert dates.as_of("53 000 dont 7 000 à Paris le 24/11", 0, "2018-12-01") == ("2018-11-24", "sentence")
    assert dates.as_of("Le score est de 3/4 pour 12 personnes.", 20, "2018-12-01") == ("2018-12-01", "article")
    s = "Le 17 novembre, premier acte, avait réuni 282.000 personnes, et le deuxième 106.000, dont 8.000 à Paris."
    assert dates.as_of(s, s.index("282.000"), "2018-12-01") == ("2018-11-17", "sentence")
    assert dates.as_of(s, s.index("106.000"), "2018-12-01") == ("2018-12-01", "ordinal:2")
    assert dates.earlier_day("ordinal:2", "2018-12-01", {"2018-11-17": 3, "2018-11-24": 2, "2018-12-01": 4}) \
        == "2018-11-24"


def test_a_share_of_a_toll_undergoes_what_the_whole_does_and_forces_of_whom_nothing_is_said_are_present(nlp):
    """"la mort de sept personnes, dont deux gendarmes": the gendarmes were killed (a quantity of their own, not the
    forces deployed); "a coûté la vie à cinq personnes" is a toll; "ils étaient 80 000 policiers et gendarmes en
    France" counts forces present, not the wounded of the only other count of them; "déploiement de 2 700
    policiers" is a presence."""
    result = dossier(nlp, "Les émeutes ont causé la mort de sept personnes, dont deux gendarmes. Le drame a "
                          "coûté la vie à cinq personnes. Nouméa : déploiement de 2 700 policiers et gendarmes. "
                          "Côté forces de l'ordre, ils étaient 3 000 policiers et gendarmes en France. "
                          "Selon une source policière, quatre membres des forces de l'ordre ont été blessés.",
                     published=["2024-05-16"])
    figures = by_text(result)
    assert figures["deux"].event_class == "killed" and figures["deux"].topic.endswith(":dont")
    assert figures["quatre"].event_class == "wounded"
    assert figures["cinq"].event_class == "killed"
    assert figures["2 700"].event_class == "presence"
    assert figures["3 000"].topic == "gendarme et policier:presence@France"


def test_jobs_lost_and_the_parts_of_a_sum(nlp):
    """"5 000 pertes d'emplois" counts jobs, lost (the event noun's complement is what is counted) and "Cela
    représente 1 500 emplois" says nothing of them (a counting verb); "1,2 milliard pour le secteur privé, et 1
    milliard pour les infrastructures publiques" are two parts of a sum, each a quantity ("pour l'heure" is no
    part)."""
    figures = by_text(dossier(nlp, "On a 5.000 pertes d'emplois directs, selon la chambre. Cela représente 1.500 "
                                   "emplois, selon le syndicat. Le gouvernement a estimé le coût de la crise à 1,2 "
                                   "milliard d'euros pour le secteur privé, et à 1 milliard pour les infrastructures "
                                   "publiques. Les dégâts sont évalués pour l'heure à 900 millions d'euros.",
                              published=["2024-07-06"]))
    assert figures["5.000"].topic == figures["1.500"].topic == "emploi:lost"
    assert figures["1,2 milliard"].topic == "amount:euro:coût@secteur privé"
    assert figures["1 milliard"].topic == "amount:euro:coût@infrastructures publiques"
    assert figures["900 millions"].topic == "amount:euro:dégâts"


def test_reinforcements_are_a_batch_and_people_out_of_work_are_unemployed(nlp):
    """"1 100 policiers et gendarmes supplémentaires", "un millier de membres des forces de l'ordre
    supplémentaires", "480 gendarmes en renfort" are batches sent on top of those there: one quantity, apart from
    the total present ("2 700 policiers et gendarmes"); "15 000 personnes au chômage partiel" are the unemployed, not
    the people of the dossier's other counts (the dead); "Décès de deux gendarmes" is a toll."""
    figures = by_text(dossier(nlp, "Nouméa : déploiement de 2700 policiers et gendarmes. Le ministre a annoncé le "
                                   "déploiement d'un millier de membres des forces de l'ordre supplémentaires. Elles "
                                   "seront renforcées par 480 gendarmes en renfort. Quatre personnes sont mortes. "
                                   "Selon la chambre, 15.000 personnes seront au chômage partiel.",
                              "Décès de deux gendarmes à Nouméa dans la nuit de mercredi.",
                              published=["2024-05-16", "2024-05-16"]))
    batch = figures["un millier"].topic
    assert batch == figures["480"].topic == "gendarme et policier:presence:renfort"
    assert figures["2700"].topic == "gendarme et policier:presence"
    assert figures["15.000"].event_class == "unemployed"
    assert figures["deux"].event_class == "killed"


def test_a_noun_before_a_dash_is_what_the_figure_counts(nlp):
    """"en procédant à des interpellations - 82 la première nuit": the 82 are arrests (a noun a class knows, right
    before a dash or a colon)."""
    figures = by_text(dossier(nlp, "Les forces de l'ordre sécurisent les lieux en procédant à des interpellations - 82 "
                                   "la première nuit. Au total, 36 personnes ont été arrêtées selon les autorités.",
                              published=["2024-05-16"]))
    assert figures["82"].topic == figures["36"].topic == "interpellation"


def test_two_counts_joined_share_the_participle_after_the_second(nlp):
    """"49 militaires et 14 policiers blessés": the soldiers were wounded too, not present; "emplois perdus" and
    "pertes d'emplois" are jobs lost (class `lost`)."""
    figures = by_text(dossier(nlp, "Le bilan s'établit à 49 militaires et 14 policiers blessés, selon les chiffres. "
                                   "Selon la chambre, 5.000 emplois directs ont été perdus.", published=["2024-06-03"]))
    assert figures["49"].event_class == figures["14"].event_class == "wounded"
    assert figures["5.000"].topic == "emploi:lost"


def test_new_dead_and_a_recent_span_are_an_increment_not_the_toll(nlp):
    """A toll marked new ("45 nouveaux décès", "9 new deaths") or counted over a recent span ("ces sept derniers
    jours", "over the past week") is that period's count, apart from the running toll; a toll "en 48 heures" is
    still the toll so far."""
    figures = by_text(dossier(nlp, "L'épidémie a fait 45 nouveaux décès au cours de la semaine. "
                              "Au total, 812 personnes sont mortes depuis le début de l'épidémie. "
                              "Dans la province, 17 personnes sont mortes ces sept derniers jours. "
                              "Le séisme a fait 2 300 morts en 48 heures. "
                              "Le pays a enregistré 900 cas, dont 21 décès, au cours de la semaine écoulée.",
                              published=["2021-03-07"]))
    assert figures["45"].event_class == "killed:nouveaux"
    assert figures["17"].event_class == "killed:semaine"
    assert figures["2 300"].event_class == "killed"
    assert figures["21"].event_class == "killed:semaine"
    assert figures["45"].topic != figures["812"].topic


def test_new_deaths_in_english_are_an_increment():
    """The English marks: "9 new deaths", "over the past week"."""
    from recoupe.nlp import get_nlp

    figures = by_text(dossier(get_nlp("en"), "Health officials reported 9 new deaths on Monday. "
                              "The outbreak has killed 640 people since January. "
                              "Some 31 people died over the past week, the ministry said.",
                              published=["2021-03-07"]))
    assert figures["9"].event_class == "killed:nouveaux"
    assert figures["Some 31"].event_class == "killed:semaine"
    assert figures["640"].event_class != figures["9"].event_class


def test_a_share_belongs_to_whom_the_sentence_gives_it(nlp):
    """Whose share a percentage is (frame_holders.py): the subject of "obtenir", the antecedent of "qui a obtenu",
    the name after "à" with "donner", the subject of the verb "avec" hangs on, the name after "pour". Two holders'
    shares are two quantities; a gap in points is a difference, no share."""
    figures = by_text(dossier(nlp, "Paul Durand a été déclaré vainqueur avec 58 % des voix, contre 37 % pour Marie "
                              "Lefort. La commission a donné 57 % des voix à Paul Durand. Les partisans de Marie "
                              "Lefort, qui a obtenu 38 % des voix, contestent. Durand a obtenu 57,5 % des voix, "
                              "moins de cinq points de moins que prévu.", published=["2031-05-04"]))
    assert figures["58 %"].entity_group == figures["57 %"].entity_group == figures["57,5 %"].entity_group == "Durand"
    assert figures["37 %"].entity_group == figures["38 %"].entity_group == "Lefort"
    assert figures["58 %"].topic == figures["57 %"].topic != figures["37 %"].topic == figures["38 %"].topic
    assert figures["moins de cinq points"].event_class == "écart"


def test_a_share_in_english_belongs_to_its_winner():
    from recoupe.nlp import get_nlp

    figures = by_text(dossier(get_nlp("en"), "Jane Doe won 54% of the vote. The commission gave John Smith 41% of "
                              "the vote.", published=["2031-05-04"]))
    assert figures["54%"].entity_group == "Doe" and figures["41%"].entity_group == "Smith"


def test_an_english_share_after_a_possessive_or_on_after_a_name_is_that_names():
    """ "to Doe's 31%" is Doe's share; "ahead of Jean Roe on 35%" is Roe's, however the parse hangs "on"."""
    from recoupe.nlp import get_nlp

    figures = by_text(dossier(get_nlp("en"), "Jane Smith said her count gave her 54% of the votes, to Doe's 31%. "
                              "Smith was declared the winner with 52% of the vote, ahead of rival leader Jean Roe "
                              "on 36%.", published=["2031-05-04"]))
    assert figures["31%"].entity_group == "Doe" and figures["36%"].entity_group == "Roe"
    assert figures["52%"].entity_group == "Smith"


def test_a_candidate_s_votes_are_held_like_a_share_and_the_total_is_nobody_s(nlp):
    """"Paul Durand a obtenu 871 748 voix": Durand's votes, a quantity of their own beside Lefort's and beside the
    votes counted in all (events.yml `holder_counts`); the same in English."""
    from recoupe.nlp import get_nlp

    figures = by_text(dossier(nlp, "Paul Durand a obtenu 871 748 voix, selon la commission. Marc Lefort a recueilli "
                              "500 000 voix. Au total, 2 millions de voix ont été comptées.", published=["2031-05-04"]))
    assert figures["871 748"].entity_group == "Durand" and figures["500 000"].entity_group == "Lefort"
    assert figures["2 millions"].entity_group is None
    assert len({figures[t].topic for t in ("871 748", "500 000", "2 millions")}) == 3
    english = by_text(dossier(get_nlp("en"), "Jane Roe won 1.2 million votes and John Doe received 800,000 votes, "
                              "the commission said.", published=["2031-05-04"]))
    assert english["1.2 million"].entity_group == "Roe" and english["800,000"].entity_group == "Doe"


def test_a_holder_word_two_actors_contain_is_the_one_that_goes_by_it():
    """ "Okou" is in "Pierre Okou" (also called "Okou") and in a stray "Blaming Okou": the shares of "Okou" and of
    "Pierre" are the first one's."""
    from recoupe.models import Actor, Figure
    from recoupe.share_holders import one_holder_per_person

    actors = [Actor(id="a", name="Pierre Okou", kind="person", aliases=["Pierre Okou", "Okou"]),
              Actor(id="b", name="Blaming Okou", kind="person", aliases=["Blaming Okou"])]
    shares = [Figure(id=str(i), article_id="x", start=0, end=4, text="35 %", sentence="35 %.", value=35.0,
                     qualifier="exact", kind="percent", entity_group=holder)
              for i, holder in enumerate(["Okou", "Okou", "Pierre"])]
    assert {f.entity_group for f in one_holder_per_person(shares, actors)} == {"Okou"}


def test_a_share_is_no_total_since_a_moment(nlp):
    figures = by_text(dossier(nlp, "Le parti au pouvoir depuis 1975 a remporté 61 % des voix.",
                              published=["2031-05-04"]))
    assert "cumul" not in (figures["61 %"].event_class or "")


def test_a_count_beside_another_is_not_what_befell_it(nlp):
    """A noun another number counts ("1 100 décès", "70 personnes décédées") says nothing of what befell the cases
    counted beside it; a token the tokenizer left glued to a mark ('cas,"avec') counts its first word."""
    figures = by_text(dossier(nlp, "Le bilan a atteint 1.100 décès, pour un total de 42.438 cas. Le pays a "
                              'enregistré 16.700 cas,"avec un peu plus de 570 personnes décédées" cette année.',
                              published=["2031-05-04"]))
    assert figures["42.438"].event_class != "killed" and figures["16.700"].event_class != "killed"
    assert figures["16.700"].object == "cas" and figures["16.700"].entity == "cas"
    assert figures["1.100"].event_class == figures["un peu plus de 570"].event_class == "killed"


def test_a_span_after_another_number_is_that_numbers(nlp):
    """"22 personnes sont mortes pendant ces deux jours, ce qui porte le total à 104": the two days are the 22's."""
    figures = by_text(dossier(nlp, "Les heurts ont fait 22 morts pendant ces deux jours, ce qui porte le nombre total "
                              "de victimes à 104 depuis le début du mouvement.", published=["2031-05-04"]))
    assert figures["22"].event_class == "killed:jour"
    assert figures["104"].event_class == "killed"


def test_a_whole_opening_the_sentence_is_what_its_part_counts(nlp):
    """"Parmi les fugitifs, une trentaine …": a part of the fugitives, not of the wounded counted before."""
    figures = by_text(dossier(nlp, "Les affrontements ont fait 33 morts et 15 blessés. Parmi les fugitifs, une "
                              "trentaine seraient des djihadistes.", published=["2031-05-04"]))
    assert figures["une trentaine"].entity == "fugitif" and figures["une trentaine"].share
    assert figures["une trentaine"].topic != figures["15"].topic


def test_a_share_after_a_name_in_parentheses_or_a_participle_is_that_names(nlp):
    figures = by_text(dossier(nlp, "Paul Durand réélu avec 58 % des voix a prêté serment. Suit l'opposante Marie "
                              "Lefort (36 % des voix).", published=["2031-05-04"]))
    assert figures["58 %"].entity_group == "Durand" and figures["36 %"].entity_group == "Lefort"


def test_a_share_no_sentence_gives_a_holder_is_the_holders_of_the_same_value(nlp):
    """"contre 35 %" is not the subject's share, "la Cour a confirmé sa réélection avec 60 %" names no holder; a
    share with no holder is the holder's whose share the dossier gives with that value (_share_holders)."""
    figures = by_text(dossier(nlp, "Paul Durand a obtenu 60,2 % des voix, contre 35 %. La Cour a confirmé sa réélection "
                              "avec 60 % des voix.", published=["2031-05-04"]))
    assert figures["35 %"].entity_group == UNHELD  # nobody's: the dossier names Durand's, so it is compared with nothing
    assert figures["60 %"].entity_group == "Durand" and figures["60 %"].topic == figures["60,2 %"].topic


def test_a_share_with_a_verb_of_ranking_has_no_event_of_that_verb(nlp):
    """ "les résultats qui placeraient le président en tête avec plus de 50 %": a vote share, not people "placés"
    (arrested); "30 % des manifestants ont été arrêtés" keeps its arrest."""
    figures = by_text(dossier(nlp, "Les résultats placeraient le président en tête avec plus de 50 % des voix.",
                              "Près de 30 % des manifestants ont été arrêtés."))
    assert figures["plus de 50 %"].event_class is None
    assert figures["Près de 30 %"].event_class == "arrested"


def test_a_share_belongs_to_the_winner_a_verb_declares_or_a_pronoun_stands_for():
    """The name a verb of declaring makes the winner holds the share, not the body that declares ("the council
    declared Jane Doe winner with 53 percent"); a pronoun subject stands for the name before it ("Smith published a
    tally showing he had won 55%"); a verb with no subject of its own takes its governor's ("claiming to have won")."""
    from recoupe.nlp import get_nlp

    figures = by_text(dossier(get_nlp("en"), "The electoral council declared President Jane Doe winner of the vote on "
                              "Monday with 53.66 percent of votes. Smith published a tally that showed he had secured "
                              "54.8% of the votes. Opposition candidate Tom Smith declared himself the winner, claiming "
                              "to have won 55% of the votes.", published=["2031-05-04"]))
    assert figures["53.66 percent"].entity_group == "Doe"
    assert figures["54.8%"].entity_group == figures["55%"].entity_group == "Smith"


def test_a_french_share_belongs_to_the_winner_the_results_declare(nlp):
    """ "Le Conseil a déclaré Paul Durand vainqueur avec 53 %", "les résultats donnent Paul Durand vainqueur avec
    53 %"; a list line "1er Paul Durand vainqueur avec 71 %" (a noun at the root of the parse) ends."""
    figures = by_text(dossier(nlp, "Le Conseil constitutionnel a déclaré Paul Durand vainqueur avec 53,66 % des voix. "
                              "Les résultats donnent Paul Durand vainqueur avec 53,6 % des suffrages.\n\n"
                              "1er Paul Durand vainqueur avec 71,09 %\n\n2e Marie Lefort 14,4 %",
                              published=["2031-05-04"]))
    assert figures["53,66 %"].entity_group == figures["53,6 %"].entity_group == "Durand"
    assert figures["53,66 %"].topic == figures["53,6 %"].topic  # "suffrages" and "voix" are one thing counted


def test_one_persons_shares_meet_whichever_part_of_the_name_each_article_writes(nlp):
    """ "Jean Mba Ndong a obtenu 35 %" (holder Ndong) and "Jean Mba a recueilli 35,2 %" (holder Mba) are one person's
    share when the dossier's actors make them one person (share_holders.py)."""
    figures = by_text(dossier(nlp, "Jean Mba Ndong a obtenu 35 % des voix, selon la commission.",
                              "Jean Mba a recueilli 35,2 % des voix. Le candidat Jean Mba conteste.",
                              "Pierre Okou a obtenu 60 % des voix.", published=["2031-05-04"] * 3))
    assert figures["35 %"].entity_group == figures["35,2 %"].entity_group
    assert figures["35 %"].topic == figures["35,2 %"].topic != figures["60 %"].topic


def test_a_count_said_to_do_something_else_after_a_toll_is_not_the_tolls_ellipsis(nlp):
    """ "Four people were killed …; hundreds have heeded his call to rally": "hundreds" has its own verb, one no class
    knows, so it is not the toll said again without its noun (as "ils étaient 30" after "22 morts" is)."""
    from recoupe.nlp import get_nlp

    figures = by_text(dossier(get_nlp("en"), "Four people have been reported killed since demonstrators took to the "
                              "streets. The candidate insists that he won the vote, and hundreds have heeded his call "
                              "to rally in several cities.", published=["2031-05-04"]))
    assert figures["Four"].event_class == "killed" and figures["hundreds"].event_class != "killed"
    figures = by_text(dossier(nlp, "Les heurts ont fait 22 morts samedi. Mais selon la préfecture, ils étaient 30.",
                              published=["2031-05-04"]))
    assert figures["30"].event_class == "killed"


def test_a_participle_inside_a_name_is_no_event(nlp):
    """ "deux sources des Nations unies": "unies" belongs to the name, nothing befell the sources."""
    figures = by_text(dossier(nlp, "Les forces ont tué 48 civils, selon des données transmises par deux sources des "
                              "Nations unies.", published=["2031-05-04"]))
    assert figures["deux"].event != "unir"


def test_a_count_named_by_the_event_noun_it_follows_is_that_event_s_in_english_and_french(nlp):
    """"the deaths of hundreds of people", "the killing of 20 people": the noun before "of" is what happened to them,
    as "la mort de 20 personnes"; "a participation of 506 000 people in the marches" ("une participation de") counts
    the crowd, and people who "have taken to the streets" are protesters."""
    from recoupe.nlp import get_nlp

    figures = by_text(dossier(get_nlp("en"), "The UN called for an inquiry into the deaths of hundreds of people. "
                              "The killing of 20 people sparked outrage. Thousands of people have taken to the "
                              "streets of the capital."))
    assert figures["hundreds"].event_class == figures["20"].event_class == "killed"
    assert figures["Thousands"].event_class == "gathering"
    figures = by_text(dossier(nlp, "Le ministère fait état d'une participation de 506 000 personnes aux "
                              "manifestations."))
    assert figures["506 000"].event_class == "gathering"


def test_a_magnitude_is_a_reading_not_a_count():
    """"The 7.7-magnitude earthquake killed 1,644 people", "a magnitude of 7.7", "7,7 sur l'échelle de Richter":
    the 7.7 counts the magnitude, with no event and no place of its own, apart from the toll; an
    aftershock's magnitude is its own (frame_scales.py)."""
    from recoupe.nlp import get_nlp

    en = by_text(dossier(get_nlp("en"), "The 7.7-magnitude earthquake killed at least 1,644 people, the junta said.",
                         "The earthquake, with a magnitude of 7.7, struck near Mandalay.",
                         "It was followed by a strong 6.4 magnitude aftershock.", published=["2031-05-04"] * 3))
    assert en["7.7"].entity == "magnitude" and en["7.7"].event_class is None and en["7.7"].scope_key is None
    assert en["7.7"].topic != en["at least 1,644"].topic and en["6.4"].entity == "réplique"
    fr = by_text(dossier(get_nlp("fr"), "Le séisme, qui a atteint 7,7 sur l'échelle de Richter, a fait 1 644 morts.",
                         published=["2031-05-04"]))
    assert fr["7,7"].entity == "magnitude" and fr["7,7"].topic != fr["1 644"].topic


def test_a_count_whose_noun_is_the_subject_of_a_modal_verb_is_possible(nlp):
    """"le nombre de manifestants pourrait atteindre 50 000": what may be, not what is, like "50 000 manifestants
    pourraient défiler"; "devrait atteindre" is what is planned or expected."""
    figures = by_text(dossier(nlp, "Le nombre de manifestants pourrait atteindre 50 000 samedi, selon la préfecture.",
                              "Le nombre de visiteurs devrait atteindre 80 000 cet été.",
                              "Le nombre de manifestants a atteint 30 000 samedi.", published=["2031-03-04"] * 3))
    assert figures["pourrait atteindre 50 000"].modality == "possible"
    assert figures["80 000"].modality == "planned"
    assert figures["30 000"].modality == "actual"


def test_people_against_whom_charges_are_brought_are_prosecuted_not_a_protest_against_a_count(nlp):
    """ "des accusations de trahison contre 240 personnes", "charges against 240 people": 240 people prosecuted;
    "protests against 3,000 layoffs" count layoffs, not protesters (frame_events._event_against)."""
    from recoupe.nlp import get_nlp

    fr = by_text(dossier(nlp, "Le parquet a porté des accusations de trahison contre au moins 240 personnes.",
                         published=["2031-05-04"]))
    assert fr["au moins 240"].event_class == "prosecuted"
    en = by_text(dossier(get_nlp("en"), "Prosecutors filed treason charges against 240 people in the capital on "
                         "Monday, officials said. Protests against 3,000 layoffs continued.", published=["2031-05-04"]))
    assert en["240"].event_class == "prosecuted" and en["3,000"].event_class != "gathering"


def test_what_courts_do_after_the_arrests_are_quantities_of_their_own(nlp):
    """Arrested, prosecuted, held, convicted and freed people are five running counts, none a share of the
    protesters: "poursuivies" is prosecuted in the passive only ("poursuivent leur mouvement" goes on striking),
    "font l'objet de poursuites" is prosecuted."""
    figures = by_text(dossier(nlp, "Après les émeutes, 1 200 manifestants ont été interpellés dans le pays. Parmi "
                              "eux, 640 personnes sont poursuivies et 310 ont été placées en détention, tandis que 150 "
                              "ont été remises en liberté. Le tribunal a condamné 45 manifestants. Les 300 grévistes "
                              "poursuivent leur mouvement. Plus de 500 personnes font l'objet de poursuites.",
                              published=["2031-05-04"]))
    classes = {text: figures[text].event_class for text in ("1 200", "640", "310", "150", "45", "300", "Plus de 500")}
    assert classes == {"1 200": "arrested", "640": "prosecuted", "310": "detained", "150": "released",
                       "45": "convicted", "300": "strike", "Plus de 500": "prosecuted"}
    assert figures["640"].topic == figures["Plus de 500"].topic != figures["1 200"].topic


def test_english_court_counts_and_detentions(nlp):
    """"charged", "faced prosecution", "convicted", "remained in custody", "released" say what courts did; "police
    detained 200" are arrests."""
    from recoupe.nlp import get_nlp

    figures = by_text(dossier(get_nlp("en"), "Police detained 200 people on Friday. Prosecutors charged 940 people, "
                              "and 615 people remained in custody. Over 900 people faced prosecution, and 77 people "
                              "were convicted. 120 prisoners were released.", published=["2031-05-04"]))
    classes = {text: figures[text].event_class for text in ("200", "940", "615", "Over 900", "77", "120")}
    assert classes == {"200": "arrested", "940": "prosecuted", "615": "detained", "Over 900": "prosecuted",
                       "77": "convicted", "120": "released"}
    on_trial = by_text(dossier(get_nlp("en"), "Some 350 people are on trial, the lawyers said.",
                               published=["2031-05-04"]))
    assert on_trial["Some 350"].event_class == "prosecuted"


def test_a_toll_in_the_ranks_of_the_forces_is_theirs(nlp):
    """"148 blessés dans les rangs des forces de l'ordre" are the forces' wounded, apart from all the wounded."""
    figures = by_text(dossier(nlp, "Le bilan fait état de 148 blessés dans les rangs des forces de l'ordre et 12 parmi "
                              "les manifestants. Au total, 160 personnes ont été blessées.", published=["2031-05-04"]))
    assert figures["148"].entity == "gendarme et policier" and figures["148"].event_class == "wounded"
    assert figures["12"].entity == "blessé"  # among the protesters: not the forces' (the ellipsis of the 148)
    assert figures["160"].topic != figures["148"].topic


def test_a_count_without_its_noun_reads_its_own_verb(nlp):
    """"… were arrested and close to 300 were injured": the second count's verb is its own, not the first's."""
    from recoupe.nlp import get_nlp

    figures = by_text(dossier(get_nlp("en"), "More than 500 people were arrested and close to 200 were injured "
                              "during the riots, the ministry said.", published=["2031-05-04"]))
    assert figures["More than 500"].event_class == "arrested"
    assert figures["close to 200"].event_class == "wounded"


def test_the_dead_buried_are_a_count_of_their_own_not_the_toll(nlp):
    """"2 000 corps enterrés" and "3 000 enterrements" count burials, beside the toll of "5 000 morts"."""
    figures = by_text(dossier(nlp, "Le bilan atteint 5 000 morts. Au moins 2 000 corps ont été enterrés dans des "
                              "fosses communes, selon la Croix-Rouge.", "Bourgneuf : 3 000 enterrements en une semaine",
                              published=["2024-05-02", "2024-05-03"]))
    assert figures["5 000"].event_class == "killed"
    assert figures["Au moins 2 000"].event_class == figures["3 000"].event_class == "buried"
    assert figures["Au moins 2 000"].topic == figures["3 000"].topic != figures["5 000"].topic


def test_others_said_to_be_wounded_are_the_wounded(nlp):
    """"30 autres sont blessées" after a toll count the wounded, as "30 blessés" does, not a thing called "autre"."""
    result = dossier(nlp, "L'explosion a fait 12 morts, selon la police. 30 autres sont blessées.",
                     "Le bilan : 12 morts et 30 blessés, selon la préfecture.", published=["2024-05-02", "2024-05-02"])
    wounded = [f for f in result.figures if f.text == "30"]
    assert len(wounded) == 2 and len({f.topic for f in wounded}) == 1
    assert {(f.event_class, f.entity) for f in wounded} == {("wounded", "blessé")}


def test_a_participle_after_another_count_is_that_counts(nlp):
    """"some 1,300 buildings damaged, 3,300 arrests, and over 700 officers injured": the parse hangs "injured" on the
    buildings; the officers were injured, the buildings damaged, and no French count of buildings joins the wounded."""
    from recoupe.nlp import get_nlp

    figures = by_text(dossier(get_nlp("en"), "The insurers’ estimate, which totals up the 11,300 claims linked to the six "
                              "nights of violence that saw 5,600 vehicles torched, some 1,300 buildings damaged, "
                              "3,300 arrests, and over 700 officers injured, comes after the riots.",
                              published=["2031-07-04"]))
    assert figures["some 1,300"].event_class != "wounded"
    assert figures["over 700"].event_class == "wounded"


def test_arrests_of_one_night_are_that_nights_count_not_the_total(nlp):
    """A running tally said of one night ("dans la nuit du lundi 4 au mardi 5 mars", "la nuit précédente") is that
    night's count: a quantity apart from the total since the start, which keeps the bare class."""
    figures = by_text(dossier(nlp, "Dans la nuit du lundi 4 au mardi 5 mars, 212 personnes ont été interpellées, "
                              "contre 340 la nuit précédente. Au total, 1 460 personnes ont été interpellées.",
                              published=["2019-03-05"]))
    assert figures["212"].event_class == "arrested:jour:2019-03-05"
    assert figures["340"].event_class == "arrested:jour:2019-03-04"
    assert (figures["212"].as_of, figures["340"].as_of) == ("2019-03-05", "2019-03-04")  # the night before: a day back
    assert figures["1 460"].event_class == "arrested"
    # each night its own quantity, dated by the morning it ends; the total apart
    assert len({figures["212"].topic, figures["340"].topic, figures["1 460"].topic}) == 3


def test_english_arrests_overnight_and_officers_injured_in_a_while_clause():
    """"overnight" and "last night" say one night; "79 police officers … were injured" after "while" are wounded (the
    phrase's head, not its first noun, is the passive subject)."""
    from recoupe.nlp import get_nlp

    figures = by_text(dossier(get_nlp("en"), "The ministry said 540 people were arrested overnight, while 61 police "
                              "officers and gendarmes were injured. Some 2,900 people have been arrested in all. "
                              "Police arrested 230 people last night, down from 410 the night before.",
                              published=["2019-03-05"]))
    assert figures["540"].event_class == "arrested:jour:2019-03-05"
    assert (figures["230"].as_of, figures["410"].as_of) == ("2019-03-05", "2019-03-04")  # "down from": its own date
    assert figures["61"].event_class == "wounded"
    assert figures["Some 2,900"].event_class == "arrested"


def test_things_burned_or_damaged_are_one_quantity_in_either_language_and_labels_agree(nlp):
    """"incendiés", "brûlés", "torched", "burned" say one event (events.yml `burned`), "endommagés" and "damaged"
    another; an English counted noun meets its French concept ("vehicles" = "véhicules"); a class's participle agrees
    with a feminine noun ("voitures incendiées")."""
    from recoupe.nlp import get_nlp

    french = by_text(dossier(nlp, "Au total, 812 véhicules ont été incendiés et 96 bâtiments endommagés. "
                             "Quelque 430 voitures ont brûlé.", published=["2019-03-05"]))
    english = by_text(dossier(get_nlp("en"), "Rioters torched 812 vehicles and damaged 96 buildings. Some 430 cars "
                              "were burned.", published=["2019-03-05"]))
    assert french["812"].topic == english["812"].topic == "véhicule:burned"
    assert french["96"].topic == english["96"].topic == "bâtiment:damaged"
    assert french["Quelque 430"].topic == english["Some 430"].topic == "voiture:burned"
    ruined = by_text(dossier(nlp, "Le feu a détruit 75 bâtiments et en a endommagé 96 autres. La foule a embrasé "
                             "le quartier et 14 personnes ont été blessées.", published=["2019-03-05"]))
    assert ruined["75"].topic == "bâtiment:destroyed"  # destroyed is more than damaged: a quantity apart
    assert ruined["14"].event_class == "wounded"  # "embraser" says nothing burned
    labels = {t.id: t.label for t in dossier(nlp, "Quelque 430 voitures ont brûlé, et 12 femmes ont été blessées.",
                                             published=["2019-03-05"]).topics}
    assert labels["voiture:burned"] == "voitures incendiées" and labels["femme:wounded"] == "femmes blessées"


def test_every_night_of_a_tally_takes_the_place_its_other_nights_say(nlp):
    """The scope is adopted before each night becomes its own quantity: a night whose article says no place is
    counted where the other nights are ("en France"), not apart."""
    figures = by_text(dossier(nlp, "Dans la nuit de lundi à mardi, 212 personnes ont été interpellées en France.",
                              "Dans la nuit de mardi à mercredi, 340 personnes ont été interpellées, selon le ministère.",
                              published=["2019-03-05", "2019-03-06"]))
    assert figures["212"].topic.endswith("@France") and figures["340"].topic.endswith("@France")


def test_two_givers_sums_are_two_quantities_and_a_total_pledged_is_neither(nlp):
    """ "Le Koweït a promis 50 millions de dollars" and "la Norvège a promis 8 millions de dollars" are two donors'
    pledges, not two estimates of one sum; "Les donateurs ont promis 340 millions de dollars" names no giver
    (frame_holders.sum_giver)."""
    from recoupe.nlp import get_nlp

    en = by_text(dossier(get_nlp("en"), "Kuwait pledged 50 million dollars at the conference, while Norway promised "
                         "eight million dollars. Donors have pledged roughly $340 million in all, officials said.",
                         published=["2031-05-04"]))
    assert en["50 million"].entity_group == "Kuwait" and en["eight million"].entity_group == "Norway"
    assert en["roughly $340 million"].entity_group is None
    assert en["50 million"].topic != en["eight million"].topic and en["50 million"].in_conflict == 0


def test_a_count_a_place_labels_with_a_colon_holds_in_that_place(nlp):
    """ "des décès … dans plusieurs États : Bahia : 40 personnes ; Pernambouc : 12 personnes": each count is its region's, not
    the country's toll (frame_scope._labelled_by_place)."""
    figures = by_text(dossier(nlp, "Au Brésil, des décès ont été enregistrés dans plusieurs États : Bahia : 40 "
                              "personnes ; Pernambouc : 12 personnes.", published=["2031-05-04"]))
    assert figures["40"].scope == "Bahia" and figures["12"].scope == "Pernambouc"
    assert figures["40"].topic != figures["12"].topic


def test_a_valuing_verb_s_object_is_what_its_number_counts(nlp):
    """"estime les marcheurs à 321 000 minimum", "put the number of marchers at 12,000": the number after the
    valuing verb's preposition counts its object (through a noun naming a figure), not the qualifier after it."""
    from recoupe.nlp import get_nlp

    figures = by_text(dossier(nlp, "Marche\n\nSamedi, le collectif estime les marcheurs à 321 000 minimum.",
                              "Marche\n\nLa préfecture évalue le nombre de marcheurs à 12 000 maximum."))
    assert figures["321 000"].entity == figures["12 000 maximum"].entity == "manifestant"
    figures = by_text(dossier(get_nlp("en"), "March\n\nPolice put the number of marchers at 9,000 maximum."))
    assert figures["9,000 maximum"].entity == "manifestant"
    figures = by_text(dossier(nlp, "Marche\n\nLa CGT a estimé la mobilisation à 30 000."))
    assert figures["30 000"].entity != "mobilisation"  # an event, not what is counted


def test_a_figure_given_by_a_participle_counts_the_noun_of_the_figure_it_is_set_against(nlp):
    """"le compteur affiche 37 540 manifestants, contre les 20 090 donnés par le ministère": "donnés" says how the
    second figure was arrived at, it is neither what it counts nor an event; "affiche" (lemma "affiche") counts."""
    figures = by_text(dossier(nlp, "Marche\n\nLe compteur affiche 37 540 manifestants, contre les 20 090 donnés par le "
                                   "ministère."))
    assert figures["20 090"].entity == figures["37 540"].entity == "manifestant"
    assert figures["37 540"].event is None and figures["20 090"].event is None


def test_a_count_said_of_a_plural_pronoun_counts_the_people_it_stands_for(nlp):
    """"Les marcheurs sont de moins en moins nombreux. Ils étaient 15 500 samedi", "They were 4,000": the last plural
    subject naming people before the pronoun; its own clause gives no event; a subject naming no people gives none."""
    from recoupe.nlp import get_nlp

    figures = by_text(dossier(nlp, "Marche\n\nLes marcheurs sont de moins en moins nombreux. Ils étaient 15 500 samedi "
                                   "dans le pays, selon la police."))
    assert figures["15 500"].entity == "manifestant" and figures["15 500"].event is None
    figures = by_text(dossier(get_nlp("en"), "March\n\nThe marchers gathered in the rain. They were 4,000, police said."))
    assert figures["4,000"].entity == "manifestant"
    figures = by_text(dossier(nlp, "Grève\n\nLes syndicats ont appelé à la grève. Ils étaient 15 500 samedi."))
    assert figures["15 500"].entity != "syndicat"


def test_an_english_reporting_verb_is_no_event_of_what_is_counted():
    """"Organisers say as many as 230,000 protesters have joined": "say" is who counted, not what they did."""
    from recoupe.nlp import get_nlp

    figures = by_text(dossier(get_nlp("en"), "Hundreds of thousands march through the city again\n\nOrganisers say as "
                                             "many as 230,000 protesters have marched."))
    assert figures["as many as 230,000"].event != "say"
