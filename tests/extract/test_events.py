from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from kg.extract import Context
from kg.extract.events import extract_events, extract_open_events
from kg.model import Article, Entity, EntityKind, Event, Modality
from tests.conftest import Parse


def _events(parse: Parse, text: str) -> dict[str, object]:
    doc, ctx = parse(text)
    return {e.predicate: e for e in extract_events(doc, ctx)}


@pytest.mark.parametrize(
    ("text", "predicate", "cls", "agent", "patient"),
    [
        (
            "Kim Jong Un inspected the Sunchon Phosphatic Fertilizer Factory.",
            "inspect",
            "Visit",
            "Kim Jong Un",
            "Sunchon Phosphatic Fertilizer Factory",
        ),
        ("Police arrested three smugglers in Hyesan.", "arrest", "Arrest", "police", "smugglers"),
        # An object "him" in a clause whose subject is a person's people is that person,
        # not the reporter named as the subject before.
        (
            "Reporter John Smith spoke to the crowd. Meanwhile, President Clinton's advisers "
            "met on Monday to urge him to veto the bill.",
            "urge",
            "Action",
            "advisers",
            "Clinton",
        ),
        (
            "Mary Jones spoke to the crowd on Monday. Later, Mr. Brown's lawyers asked her to "
            "leave the courtroom.",
            "ask",
            "Action",
            "lawyers",
            "Mary Jones",
        ),
        # A bare "the government" is the government its nation named before, not one at large;
        # a party's government stays the government the article goes on about.
        (
            "The Turkish government and the unions reached a deal on Monday. Under the deal, "
            "the government will raise wages by 10 percent.",
            "raise",
            "Action",
            "Turkish government",
            None,
        ),
        (
            "Political pressures may convince the Conservative government to keep its golden "
            "share. The government retained the single share after selling its stake in 1984.",
            "retain",
            "Action",
            "government",
            None,
        ),
        (
            "North Korea has conducted large-scale public campaigns.",
            "conduct",
            "Action",
            "Democratic People's Republic of Korea",
            None,
        ),
        (
            "Choe Son Hui met Sergei Lavrov in Moscow.",
            "meet",
            "Meeting",
            "Choe Son Hui",
            "Sergei Lavrov",
        ),
        # The parse hangs the subject on the participle between it and its verb.
        (
            "On Tuesday, investigators, wondering how the gunman could have left the house "
            "without being seen, searched the garden once more and unearthed a pistol.",
            "unearth",
            "Action",
            "investigators",
            None,
        ),
        # The parse hangs the second clause's subject on a noun of the first and leaves its
        # verb a conjunct with no subject of its own.
        (
            "South Hwanghae Province organized a seminar on raising rabbits in spring and "
            "Haeju City held an exhibition of local products.",
            "hold",
            "Meeting",
            "Haeju",
            None,
        ),
        # The parse hangs the name on the manner adverb and leaves the verb with no subject.
        (
            "Jang Kum Hui courteously conveyed warm greetings of the president to the prime "
            "minister.",
            "convey",
            "Action",
            "Jang Kum Hui",
            None,
        ),
        (
            "Pak Chol Min, chairman of the association, delivered an opening address and Ri "
            "Song Hui, director of its secretariat, made a report.",
            "make",
            "Action",
            "Ri Song Hui",
            None,
        ),
        # "It" after a sentence whose nearest subject is an embedded clause's stands for
        # that sentence's main subject.
        (
            "The Ministry of Forestry is pushing ahead with the tree-planting campaign. The "
            "ministry has sent seedlings to the counties, while tightening its control so that "
            "the campaign is carried out as planned. It dispatched experts of the Forest "
            "Research Institute to the sites.",
            "dispatch",
            "Action",
            "Ministry of Forestry",
            None,
        ),
        # An "it" that opens the sentence before goes on to the next "it".
        (
            "The Ministry of Forestry met on Monday. It launched the campaign to help the "
            "farmers plant trees on every hill. It has also pushed ahead with the building of "
            "nurseries.",
            "push",
            "Action",
            "Ministry of Forestry",
            None,
        ),
        # The last words of a body's name, taken for a group, name the body again.
        (
            "The Youth Shock Brigade of Engineers was formed last year. The shock brigade is "
            "solving problems arising in the building of the dams. It also held a workshop "
            "of the managers.",
            "hold",
            "Meeting",
            "Youth Shock Brigade of Engineers",
            None,
        ),
        # The "it" of a "that" clause telling a body's statement is that body.
        (
            "Shares rose after a Vantex Corp. announcement that it will hire an investment bank.",
            "hire",
            "Action",
            "Vantex Corp.",
            None,
        ),
        # A person listed with a group, whom the parse joins to a body inside the group's phrase.
        (
            "On the same day, members of a delegation of teachers at Kim Chaek University of "
            "Technology and Ri Chol Min, dean of the Pyongyang Medical College, laid floral "
            "baskets at the statues.",
            "lay",
            "Action",
            "Ri Chol Min",
            None,
        ),
        # Those called on or appealed to do what the infinitive says, as those urged do.
        (
            "The county committee called on the farm workers to finish the rice transplanting "
            "ahead of schedule.",
            "finish",
            "Action",
            "farm workers",
            None,
        ),
        (
            "The union appealed to the young workers to volunteer for the land reclamation "
            "projects.",
            "volunteer",
            "Action",
            "young workers",
            None,
        ),
        # ... also where the parse takes the infinitive for a clause of purpose.
        (
            "Rodong Sinmun\n- An editorial calls upon all the officials to become pioneers of"
            " good virtue leading the development of society.",
            "become",
            "Action",
            "officials",
            None,
        ),
        # A promise keeps the action its maker's, whoever it is made to.
        (
            "Kim Jong Un promised the flood victims to build new houses for them by October.",
            "build",
            "Action",
            "Kim Jong Un",
            None,
        ),
        # The subject of an adjective does what its infinitive tells.
        ("The rebels are ready to sign the ceasefire accord.", "sign", "Action", "rebels", None),
        ("Iraq is willing to release the hostages.", "release", "Action", "Iraq", "hostages"),
        # Some members of a group, counted or numbered, act as the group.
        ("Two of the suspects fled to Kenya on Monday.", "flee", "Action", "suspects", None),
        (
            "Some of the rebels surrendered their weapons to the army.",
            "surrender",
            "Action",
            "rebels",
            None,
        ),
        # A lone comma before the verb lists the first subject's verbs.
        (
            "The rebels seized the town and the bridge, killed four guards and withdrew.",
            "kill",
            "Action",
            "rebels",
            None,
        ),
        # A verb of an act done to someone, with a thing for its object, is its other sense.
        ("Investors welcomed the move on Friday.", "welcome", "Action", "investors", None),
        (
            "The protesters dismissed the criticism as propaganda.",
            "dismiss",
            "Action",
            "protesters",
            None,
        ),
        # A verb of launching launches what its object names, if anything launched.
        (
            "The farming teams launched a campaign to save the crops.",
            "launch",
            "Action",
            "farming teams",
            None,
        ),
        ("The army fired mortar shells at the village.", "fire", "Launch", "army", None),
        # A verb of giving or demonstrating with an abstract object tells no gift or protest.
        (
            "Kim Jong Un gave top priority to the harvest campaign.",
            "give",
            "Action",
            "Kim Jong Un",
            None,
        ),
        (
            "The Ministry of Agriculture provided all conditions for the farmers' work.",
            "provide",
            "Action",
            "Ministry of Agriculture",
            None,
        ),
        (
            "The Korean People's Army demonstrated its might to the world.",
            "demonstrate",
            "Action",
            "Korean People's Army",
            None,
        ),
        # Support or help given is backing, unless a word of real aid qualifies it.
        (
            "The Ministry of Public Health gave active support to the hospitals.",
            "give",
            "Action",
            "Ministry of Public Health",
            None,
        ),
        (
            "The Ministry of Public Health provided help to the construction project.",
            "provide",
            "Action",
            "Ministry of Public Health",
            None,
        ),
        (
            "The Ministry of Public Health gave medical support to the flood victims.",
            "give",
            "Transfer",
            "Ministry of Public Health",
            None,
        ),
        (
            "The Ministry of Agriculture sent flour to the flooded county.",
            "send",
            "Transfer",
            "Ministry of Agriculture",
            None,
        ),
        ("The students demonstrated in the square.", "demonstrate", "Protest", "students", None),
        # A subject the parse hangs as an apposition on the noun of an opening phrase.
        (
            "In the largest U.S. military operation since Vietnam, an estimated 20,000 "
            "American GIs have already massed to defend Saudi Arabia.",
            "mass",
            "Action",
            "American GIs",
            None,
        ),
        # A perfect with its own subject that the parse hangs on the noun it completes is no
        # participle describing that noun: its subject does it.
        (
            "They said the drift was the fact that many professional traders had chosen to "
            "square positions ahead of the weekend.",
            "choose",
            "Action",
            "many professional traders",
            None,
        ),
        # The holders an office names in apposition act, each one listed.
        (
            "The army GOC, Sir Ronald Blake, the acting chief of the RUC, Mr Peter Lyle, and one"
            " of Mr Whitelaw's juniors, Mr David Howell, also attended.",
            "attend",
            "Action",
            "Peter Lyle",
            None,
        ),
        (
            "Pak Thae Song received the visiting delegation on Monday.",
            "receive",
            "Reception",
            "Pak Thae Song",
            "visiting delegation",
        ),
    ],
)
def test_subject_verb_object_events(
    parse: Parse, text: str, predicate: str, cls: str, agent: str, patient: str | None
) -> None:
    event = _events(parse, text)[predicate]
    assert event.classes == (cls,)
    assert agent in [a.name for a in event.agents]
    if patient:
        assert any(p.name.startswith(patient) for p in event.patients)


@pytest.mark.parametrize(
    ("text", "predicate", "agent"),
    [
        # A wire lead holds the name back for the next sentence's subject.
        (
            "Kyle Technology Corp. said a Seattle investor has signed a letter of intent to buy "
            "the company.\n\nThe investor, Donald A. Wright, plans to run the company.",
            "sign",
            "Donald A. Wright",
        ),
        (
            "A man whose house was allegedly a bomb factory was arrested in Cape Town.\n\n"
            "The suspect -- Khalid Omar -- was scheduled to appear before a judge at midday.",
            "arrest",
            "Khalid Omar",
        ),
        # Not one who only speaks of the news.
        (
            "A gunman killed two guards at the bank on Friday. Mayor John Smith said the town "
            "was calm.",
            "kill",
            "gunman",
        ),
        # Not a description after someone is named: another person.
        (
            "Kofi Annan's envoy said a gunman killed two guards. John Smith was arrested.",
            "kill",
            "gunman",
        ),
    ],
)
def test_a_lead_names_its_subject_in_the_next_sentence(
    parse: Parse, text: str, predicate: str, agent: str
) -> None:
    event = _events(parse, text)[predicate]
    assert agent in [e.name for e in (*event.agents, *event.patients)]


@pytest.mark.parametrize(
    ("text", "predicate", "body"),
    [
        # The body named before the noun a pronoun stands for acts through its people.
        (
            "A Pentagon official said Monday that he expected more troops to arrive.",
            "expect",
            "Pentagon",
        ),
        (
            "A State Department duty officer said she had no information on the threat.",
            "have",
            "State Department",
        ),
    ],
)
def test_a_pronoun_for_a_bodys_people_brings_the_body(
    parse: Parse, text: str, predicate: str, body: str
) -> None:
    assert body in [a.name for a in _events(parse, text)[predicate].agents]


@pytest.mark.parametrize(
    ("text", "noun", "patient"),
    [
        ("McVeigh is on trial on charges of murder and conspiracy.", "trial", "McVeigh"),
        ("Three men remain under arrest in Nairobi.", "arrest", "men"),
        ("Police placed Hernandez under arrest on Friday.", "arrest", "Hernandez"),
        # The parse hangs the noun's own phrase on the copula.
        (
            "A manhunt was under way for suspected bomber Dzhokhar Tsarnaev.",
            "manhunt",
            "Dzhokhar Tsarnaev",
        ),
        # Its subject does a strike: no one undergoes it.
        ("The workers went on strike.", "strike", None),
    ],
)
def test_whom_a_copula_or_a_bare_state_phrase_tells_an_event_noun_of(
    parse: Parse, text: str, noun: str, patient: str | None
) -> None:
    patients = [p.name for p in _events(parse, text)[noun].patients]
    assert patients == ([patient] if patient else [])


@pytest.mark.parametrize(
    ("text", "predicate", "modality"),
    [
        ("Party officials are to visit the families of defectors.", "visit", Modality.PLANNED),
        ("Kim Jong Un will visit Russia.", "visit", Modality.PLANNED),
        ("Kim Jong Un did not visit the farm.", "visit", Modality.NEGATED),
        ("Kim Jong Un visited the farm.", "visit", Modality.ASSERTED),
    ],
)
def test_modality(parse: Parse, text: str, predicate: str, modality: Modality) -> None:
    assert _events(parse, text)[predicate].modality is modality


@pytest.mark.parametrize(
    ("text", "predicate", "other"),
    [
        # A body named before a noun for no people is none of its people.
        (
            "NATO voted to admit the three former Warsaw Pact nations on Friday.",
            "admit",
            "Warsaw Pact",
        ),
    ],
)
def test_no_patient_the_clause_does_not_name(
    parse: Parse, text: str, predicate: str, other: str
) -> None:
    event = _events(parse, text)[predicate]
    assert other not in [p.name for p in event.patients], event.patients


def test_place_and_coagents(parse: Parse) -> None:
    text = (
        "Party officials along with judiciary officials visited families of defectors in Hoeryong."
    )
    event = _events(parse, text)["visit"]
    assert {a.name for a in event.agents} == {"party officials", "judiciary officials"}
    assert event.place is not None and event.place.name == "Hoeryong"


def test_reporting_and_order_verbs_are_left_to_their_extractors(parse: Parse) -> None:
    events = _events(parse, "Kim Jong Un ordered officials to act, the source said.")
    assert "order" not in events and "say" not in events


def _open_events(parse: Parse, text: str) -> dict[str, Event]:
    doc, ctx = parse(text)
    return {e.predicate: e for e in extract_open_events(doc, ctx)}


@pytest.mark.parametrize(
    ("text", "predicate", "agent", "patient", "subject", "obj", "arguments"),
    [
        (
            "North Korea has referred to defectors as human trash.",
            "refer",
            "Democratic People's Republic of Korea",
            None,
            "North Korea",
            "defectors",
            ("as human trash",),
        ),
        (
            "Police arrested three smugglers in Hyesan.",
            "arrest",
            "police",
            "smugglers",
            "Police",
            "three smugglers",
            ("in Hyesan",),
        ),
        (
            "Kim Jong Un inspected the Sunchon Phosphatic Fertilizer Factory on Monday.",
            "inspect",
            "Kim Jong Un",
            "Sunchon Phosphatic Fertilizer Factory",
            "Kim Jong Un",
            "the Sunchon Phosphatic Fertilizer Factory",
            ("on Monday",),
        ),
    ],
)
def test_open_events_carry_the_clause_words(
    parse: Parse,
    text: str,
    predicate: str,
    agent: str,
    patient: str | None,
    subject: str,
    obj: str,
    arguments: tuple[str, ...],
) -> None:
    event = _open_events(parse, text)[predicate]
    assert event.extractor == "kg.events.v38"
    assert agent in [a.name for a in event.agents]
    assert [p.name for p in event.patients] == ([patient] if patient else [])
    assert (event.subject_texts, event.object_texts, event.arguments) == (
        (subject,),
        (obj,),
        arguments,
    )


def test_open_events_keep_facts_without_entities(parse: Parse) -> None:
    event = _open_events(parse, "The prices of rice rose sharply in the markets.")["rise"]
    assert event.subject_texts == ("The prices of rice",)
    assert not event.agents and event.label == "The prices of rice rise the markets"


@pytest.mark.parametrize(
    ("text", "predicate", "label"),
    [
        # The parse makes what followed the object of a verb that has no subject.
        (
            "The meeting opened with a report. Then followed speeches and a song performance.",
            "follow",
            "speeches follow",
        ),
        # A participle opening the sentence: who did it follows "were" or "are".
        (
            "Also competing in the final round are Spain, Brazil and Japan.",
            "compete",
            "Spain compete",
        ),
        (
            "Taking part in the festival were amateur art troupes of factories.",
            "take",
            "amateur art troupes take",
        ),
    ],
)
def test_inverted_clauses_are_events(parse: Parse, text: str, predicate: str, label: str) -> None:
    assert _open_events(parse, text)[predicate].label == label


@pytest.mark.parametrize(
    ("text", "predicate", "label"),
    [
        # A patient named deep inside the object: the label keeps the object's own words.
        (
            "The militia committed an inhuman crime of killing civilians in the village.",
            "commit",
            "The militia commit an inhuman crime of killing civilians in the village",
        ),
        (
            "The rebel chief led a stubborn resistance by mountain tribesmen against the army.",
            "lead",
            "The rebel chief lead a stubborn resistance by mountain tribesmen against the army",
        ),
        # The object names the patient itself.
        (
            "The police arrested Anna Berg in Oslo.",
            "arrest",
            "police arrest Anna Berg",
        ),
        # A passive with no doer: what underwent it and the participle, not the patient
        # made its own doer.
        (
            "Three smugglers were arrested near the border on Monday.",
            "arrest",
            "Three smugglers arrested",
        ),
        (
            "Lars Holm ran the shipping firm for years. He was taken to Oslo for questioning.",
            "take",
            "Lars Holm taken",
        ),
        (
            "The old bridge was blown up in August.",
            "blow",
            "The old bridge blown up",
        ),
        (
            "It was decided that every family will receive a bag of rice.",
            "decide",
            "It decided that every family will receive a bag of rice",
        ),
        (
            "The campaign was aimed at preventing floods in the valley.",
            "aim",
            "The campaign aimed at preventing floods in the valley",
        ),
        (
            "The new stadium was admired by the whole city after its opening.",
            "admire",
            "The new stadium admired by the whole city",
        ),
        # A bare time after a verb with no object tells when, not what was acted on.
        (
            "Shares of the airline closed Wednesday at a record low.",
            "close",
            "Shares of the airline close a record low",
        ),
        (
            "Governor Lena Marsh implied as much yesterday.",
            "imply",
            "Lena Marsh imply",
        ),
        # A day may be the object proper.
        (
            "The miners celebrated May Day with a sports festival.",
            "celebrate",
            "miners celebrate May Day",
        ),
        # A visit a light verb pays names the place visited, as the verb "visit" does.
        (
            "The delegation paid a visit to Vietnam in October.",
            "visit",
            "delegation visit Vietnam",
        ),
        # The lemmatizer reads "staged" as a form of "stag".
        (
            "In 1997 the army chief staged a coup in the capital.",
            "stage",
            "the army chief stage a coup",
        ),
    ],
)
def test_labels_name_what_the_clause_acts_on(
    parse: Parse, text: str, predicate: str, label: str
) -> None:
    assert _open_events(parse, text)[predicate].label == label


def test_who_took_part_may_be_parsed_as_the_participles_object(parse: Parse) -> None:
    text = (
        "Taking part in the contest were the national men's and women's volleyball teams"
        " which have won many titles in the Asian Games."
    )
    event = _open_events(parse, text)["take"]
    assert any("volleyball teams" in a.name for a in event.agents)


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("Following the talks, the delegation left for home.", "follow"),
        # A gerund subject of "is" names what something is.
        ("Ensuring the supply of fuel is a pressing task for the region.", "ensure"),
        # An inverted passive with no one named describes a scene.
        ("Inscribed on the monument were the words of the poem.", "inscribe"),
        # A company's measure with no figure given describes it.
        ("Halden Corp. posted a loss. Sales were the weakest in a decade.", "be"),
    ],
)
def test_what_is_no_inverted_clause_tells_no_event(parse: Parse, text: str, predicate: str) -> None:
    assert predicate not in _open_events(parse, text)


# A bracketed note of the editor's tells no act; the story's clause before it does.
@pytest.mark.parametrize(
    ("text", "predicate", "kept"),
    [
        (
            "He looked round the new greenhouse farm in Jungphyong. (photos accompanied)",
            "accompany",
            "look",
        ),
        ("The workers built a new bridge over the river (picture attached).", "attach", "build"),
        # The parse hangs the next item of a list on the note.
        (
            "- He inspected a new machine factory. (photos accompanied)\n- He met the"
            " officials of the ministry.",
            "accompany",
            "meet",
        ),
    ],
)
def test_a_bracketed_note_tells_no_event(
    parse: Parse, text: str, predicate: str, kept: str
) -> None:
    events = _open_events(parse, text)
    assert predicate not in events
    assert kept in events


# Definite plural acts in a clause's in/by phrase are its setting; one act named there is an
# event of its own.
@pytest.mark.parametrize(
    ("text", "predicate", "apart"),
    [
        (
            "The rebels used poison gas against the villagers in the battles near the dam.",
            "battle",
            False,
        ),
        ("The plan was exposed by the testimonies of two former guards.", "testimony", False),
        ("Two soldiers were caught in a battle between the army and the rebels.", "battle", True),
    ],
)
def test_acts_setting_a_clause_make_no_event_of_their_own(
    parse: Parse, text: str, predicate: str, apart: bool
) -> None:
    assert (predicate in _open_events(parse, text)) is apart


@pytest.mark.parametrize(
    ("text", "predicate", "agent"),
    [
        # A speaker that is no entity makes no statement; the claim is still an act.
        ("The militia claimed to have shot down two drones.", "claim", None),
        ("A commentary stresses that the sanctions are a crime against humanity.", "stress", None),
        # A country calling for something gives no order, but acts.
        ("Chile called for the withdrawal of foreign troops from the region.", "call", "Chile"),
        # An announcement by a body the text does not name is no statement, but an act.
        ("The ministry announced that the seizure of land had ended.", "announce", None),
        # An unnamed holder of an office speaks.
        ("The Peruvian president had said that the talks would resume.", "say", None),
        # A text says something of its own.
        ("An article says that the new dam will water thousands of hectares.", "say", None),
        # An order verb in the clause a statement reports tells an act of its own.
        (
            "Vantex Corp. posted a loss. The company said Peter Hale will personally direct "
            "the restructuring.",
            "direct",
            "Peter Hale",
        ),
        # A speaker the article names, or a pronoun standing for one, states something.
        (
            "Derek Glenn leads the inquiry. The killings, he said, seem to be unrelated.",
            "say",
            "Derek Glenn",
        ),
        (
            "Dalton Mills Inc. closed two plants last year. It has said it hopes to sell "
            "the land by 1992.",
            "say",
            "Dalton Mills Inc.",
        ),
        # A company named again by the first word of its full name, which the model left
        # untagged, and then by "it".
        (
            "Ratners Group PLC will buy the chain for $55 million. Ratners, which controls 25% "
            "of the British jewelry market, would increase its U.S. stores to 450. It has said "
            "it hopes to control 5% of the business by 1992.",
            "say",
            "Ratners Group PLC",
        ),
    ],
)
def test_speech_no_statement_or_order_reads_is_an_act(
    parse: Parse, text: str, predicate: str, agent: str | None
) -> None:
    event = _open_events(parse, text)[predicate]
    assert event.classes == ("Action",)
    assert [a.name for a in event.agents] == ([agent] if agent else [])


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        # A body or a source a plain "said" credits tells no act of its own.
        ("The harvest was good this year, the ministry said.", "say"),
        ("The official said that the bridge would open in May.", "say"),
        ("A source in the province recently reported that the market had closed.", "report"),
        # A text named again is one already told.
        ("The harvest was good this year, the statement said.", "say"),
        # A statement or an order already reads the verb.
        ("Kim Jong Un said that the plan had been fulfilled.", "say"),
        # So it does for a body a definite noun names again.
        (
            "Harbor Freight Lines Inc. posted a loss. The company said the charge would end "
            "the losses at its trucking unit.",
            "say",
        ),
        (
            "Halvard AB proposed to acquire the 22% it doesn't own of its U.S. unit, Halvard "
            "Systems Inc.\n\nThe unit said it can provide no assurance a transaction will "
            "occur.",
            "say",
        ),
        # A reporting verb joined to a statement's verb is the same statement.
        (
            "Peter Hale of Hale & Co. said he will keep his estimate but said he wonders "
            "whether even that low target is at risk.",
            "say",
        ),
        ("Kim Jong Un called on the officials to finish the project.", "call"),
        # A pronoun that stands for no named speaker is left to the statements.
        ("He claimed that the plan had been fulfilled.", "claim"),
        # "he added" closing a quotation is left to the attribution of the quotation.
        (
            "Kim Yo Jong visited the town, a Daily NK source said. “The residents have been "
            "told to prepare gifts for the families. Each family will receive a bag of "
            "rice,” he added.",
            "add",
        ),
        # A named speaker's "added" with an object tells no words.
        ("Governor Pataki named two judges last week. He added one more today.", "add"),
        # A passive tells what was said, not who said it.
        ("At least nine people were reported killed in the clashes.", "report"),
        # A request, and a participle that describes a noun, tell no act done.
        (
            "Dear residents of the flooded villages, Please inform us at any time if you feel "
            "any inconveniences.",
            "inform",
        ),
        (
            "Under the terms of the deal, announced Monday, the shareholders would receive a "
            "special dividend.",
            "announce",
        ),
    ],
)
def test_speech_read_elsewhere_or_only_crediting_is_no_act(
    parse: Parse, text: str, predicate: str
) -> None:
    assert predicate not in _open_events(parse, text)


def test_open_events_keep_v1_modality_and_leave_reporting_verbs(parse: Parse) -> None:
    events = _open_events(
        parse, "Party officials are to visit the families of defectors, the source said."
    )
    assert events["visit"].modality is Modality.PLANNED
    assert "say" not in events


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("The cabinet's decision to raise taxes angered farmers across the country.", "anger"),
        (
            "The government's order to close the schools worried parents in the capital.",
            "worry",
        ),
    ],
)
def test_what_came_of_an_order_told_in_full_is_no_action(
    parse: Parse, text: str, predicate: str
) -> None:
    assert predicate not in _open_events(parse, text)


@pytest.mark.parametrize(
    ("text", "predicate", "modality"),
    [
        (
            "It is the strong will of the DPRK people to further demonstrate the dignity of "
            "powerful Korea.",
            "demonstrate",
            Modality.PLANNED,
        ),
        (
            "It reflects the determination of the Workers' Party of Korea to give steady "
            "continuity to its history.",
            "give",
            Modality.PLANNED,
        ),
        ("Kim Jong Un visited the farm to guide the farmers.", "guide", Modality.ASSERTED),
    ],
)
def test_wished_acts_are_planned(
    parse: Parse, text: str, predicate: str, modality: Modality
) -> None:
    assert _open_events(parse, text)[predicate].modality is modality


@pytest.mark.parametrize(
    ("text", "predicate", "modality"),
    [
        (
            "Kim Jong Un instructed officials to visit the families of defectors.",
            "visit",
            Modality.ORDERED,
        ),
        # the gerund of an "in" phrase shares the modality of the clause it is hung on
        (
            "The order further directed party and judicial authorities to take the lead in"
            " embracing these individuals.",
            "embrace",
            Modality.ORDERED,
        ),
        (
            "Young people are to take part in building the power station.",
            "build",
            Modality.PLANNED,
        ),
        (
            "The scientists succeeded in launching the satellite.",
            "launch",
            Modality.ASSERTED,
        ),
        # What goes on from the content of an order is ordered too.
        (
            "The governor instructed officials to repair the dams and rebuild the bridges.",
            "rebuild",
            Modality.ORDERED,
        ),
        # A clause beside the order verb is done, not ordered.
        (
            "Kim Jong Un set forth the tasks for the mill and inspected its new workshop.",
            "inspect",
            Modality.ASSERTED,
        ),
    ],
)
def test_ordered_actions_are_not_asserted(
    parse: Parse, text: str, predicate: str, modality: Modality
) -> None:
    assert _open_events(parse, text)[predicate].modality is modality


@pytest.mark.parametrize(
    ("text", "predicate", "cls"),
    [
        ("Kim Jong Un held talks with Vladimir Putin in Pyongyang.", "talk", "Meeting"),
        ("The Missile Administration conducted a test-fire on Friday.", "test-fire", "Launch"),
        ("Choe Son Hui paid a visit to Moscow.", "visit", "Visit"),
        # A noun the lexicon lists with the word before it.
        (
            "Kim Jong Un gave field guidance to the Kangdong Precision Machine Factory.",
            "field guidance",
            "Visit",
        ),
        # An object that names no event is kept, not met about.
        ("Crane Co. holds an 8.9% stake in Milton Roy Corp.", "hold", "Action"),
        ("The rebels have held the hilltop stronghold for a decade.", "hold", "Action"),
    ],
)
def test_light_verbs_take_their_event_from_the_object(
    parse: Parse, text: str, predicate: str, cls: str
) -> None:
    event = _events(parse, text)[predicate]
    assert event.classes == (cls,)


def _by_predicate(parse: Parse, text: str) -> dict[str, Event]:
    """The open events of a text by predicate, the first telling of each kept."""
    doc, ctx = parse(text)
    found: dict[str, Event] = {}
    for event in extract_open_events(doc, ctx):
        found.setdefault(event.predicate, event)
    return found


# `taken`: the place is not named in the event's own clause but taken from another sentence
# or an anaphor ("there", "the city") resolved to one named before, and so marked less sure.
@pytest.mark.parametrize(
    ("text", "predicate", "place", "taken"),
    [
        # An in/at phrase of the clause.
        ("Kim Jong Un visited a new hospital in Pyongyang.", "visit", "Pyongyang", False),
        # Through a participle of the object.
        (
            "Kim Jong Un visited the factories under construction in Kangwon Province.",
            "visit",
            "Kangwon Province",
            False,
        ),
        # Through a relative clause that the parse hangs on the object.
        (
            "Kim Jong Un met the players who won the cup at the Kumsusan Palace on May 3.",
            "meet",
            "Kumsusan Palace",
            False,
        ),
        # Before a site.
        (
            "Wreaths were laid before the Revolutionary Martyrs Cemetery on Mt Taesong on "
            "September 8.",
            "lay",
            "Revolutionary Martyrs Cemetery on Mt Taesong",
            False,
        ),
        # Where a body's name locates it.
        ("The DPRK embassy in Moscow hosted a reception on Oct. 15.", "reception", "Moscow", False),
        # A name set after a comma beside a common noun for a place, hung on the verb.
        (
            "Thousands of farmers held a rally in the capital, Nairobi, on Monday.",
            "rally",
            "Nairobi",
            False,
        ),
        (
            "Fighting erupted in the northern province, Kandahar, police said.",
            "erupt",
            "Kandahar",
            False,
        ),
        # A craft downed over a place, in the gerund that tells what was suspected.
        (
            "Two men are suspected of blowing up an airliner over Lockerbie in 1988.",
            "suspect",
            "Lockerbie",
            False,
        ),
        ("Rebels shot down a helicopter over Chechnya on Friday.", "shoot", "Chechnya", False),
        # What the people acted on were doing at that moment went on where the act was.
        (
            "Police clashed in Karachi with students who were protesting against fee increases.",
            "protest",
            "Karachi",
            False,
        ),
        (
            "Riot police fired tear gas in Dhaka at workers who were demanding higher wages.",
            "demand",
            "Dhaka",
            False,
        ),
        # A place left.
        (
            "The sportspersons left Pyongyang International Airport on a splendidly-decorated "
            "open vehicle.",
            "leave",
            "Pyongyang International Airport",
            False,
        ),
        # A meeting is placed by the talk its host had in the next sentence ...
        (
            "Kim Jong Un received Sergei Shoigu on June 2. He had a talk with him at the "
            "Kumsusan Guesthouse.",
            "receive",
            "Kumsusan Guesthouse",
            True,
        ),
        # ... and what its host does next, that day, happens where it did.
        (
            "Kim Jong Un met Sergei Shoigu at the Kumsusan Guesthouse on June 2. He had a talk "
            "with Shoigu.",
            "talk",
            "Kumsusan Guesthouse",
            True,
        ),
        # "on an island in X".
        ("The shells hit the target on an island in the East Sea.", "hit", "East Sea", False),
        # A nominal event, its participle and recipient phrases.
        (
            "On Nov. 4 there took place ceremonies for conveying the gifts sent by Kim Jong Un "
            "to the builders involved in the reconstruction of flood-hit areas in "
            "North Hamgyong Province.",
            "ceremony",
            "North Hamgyong Province",
            False,
        ),
        # A common noun that repeats the end of a place named before.
        (
            "Kim Jong Un visited the April 25 Hostel. He met the pupils at a resting site of "
            "the hostel.",
            "meet",
            "April 25 Hostel",
            False,
        ),
        ("The brigade detonated twenty bombs across Belfast.", "detonate", "Belfast", False),
        # A noun that names an event, with a place in front of it.
        (
            "They recalled the agreement reached at the historic Hanoi summit in March 2019.",
            "summit",
            "Hanoi",
            False,
        ),
        # A building named by the organisation it houses.
        (
            "Kim Jong Un met the leading officials at the headquarters building of the WPK "
            "Central Committee on September 30.",
            "meet",
            "headquarters building of the WPK Central Committee",
            False,
        ),
        # Where the event it happened at was held.
        (
            "Pak Mi Song won a gold medal at the championships held in Vladivostok.",
            "win",
            "Vladivostok",
            False,
        ),
        # A noun event's "on" phrase.
        ("The Israeli military attack on the Gaza Strip continued.", "attack", "Gaza Strip", False),
        # A verbless piece the parser split from the sentence still says where.
        (
            "Kim Jong Un met the players and coaches who won the 2024 FIFA U-20 Women’s World "
            "Cup at the headquarters building of the WPK Central Committee on September 30.",
            "meet",
            "headquarters building of the WPK Central Committee",
            False,
        ),
        # Down a chain of "of" phrases to an "in" phrase, and "parts of X".
        (
            "The Israeli regime recently announced the seizure of 12.7 square km of "
            "Palestinian land in the West Bank.",
            "announce",
            "West Bank",
            False,
        ),
        (
            "Wreaths were laid at the graves of the fallen soldiers of the Korean People's "
            "Army in different parts of the DPRK on September 8.",
            "lay",
            "DPRK",
            False,
        ),
        # Damage is an event, where it was done.
        (
            "Kim Jong Un replied to a message of sympathy sent by Thongloun Sisoulith over the "
            "flood damage in some parts of the DPRK.",
            "damage",
            "DPRK",
            False,
        ),
        # Where what did it was: "caused by heavy rainfall in some parts of X".
        (
            "Kim Jong Un received a message of sympathy from Vladimir Putin over the recent "
            "serious damage caused by flood and heavy rainfall in some parts of the DPRK.",
            "damage",
            "DPRK",
            False,
        ),
        # "on the spot": where the article last said something happened, the site rather
        # than the county that locates it.
        (
            "New houses were built at the Undok Farm in Onchon County. A ceremony took place "
            "on the spot.",
            "ceremony",
            "Undok Farm",
            True,
        ),
        (
            "Officials gathered in the hall of the Sokam Hotel. A ceremony took place there.",
            "ceremony",
            "Sokam Hotel",
            True,
        ),
        # The piece the parser split from the sentence may have a participle of its own.
        (
            "Meanwhile, DPRK players Choe Wi Sam and Ri Phyong Sop bagged silver medals in "
            "the men's 10 meter synchronized platform event, Kim Kyong Nyo and Ri Hyang Ok in "
            "the women's 10 meter synchronized platform event and Ri Hyang Ok and Phyo So Gyong "
            "in the women's 3 meter synchronized springboard event at the 11th Asian Diving "
            "Championships held in China.",
            "bag",
            "China",
            False,
        ),
        # A farm, factory or college is where what happens at it happens.
        (
            "A meeting for account settlement and income distribution took place at the "
            "Toksong Farm in Anak County of South Hwanghae Province.",
            "meeting",
            "Toksong Farm",
            False,
        ),
        (
            "An inaugural ceremony of the newly-built conveyor system took place at the Komdok "
            "Mining Complex on Thursday.",
            "ceremony",
            "Komdok Mining Complex",
            False,
        ),
        (
            "The respected Comrade Kim Jong Un visited Pyongyang Teachers Training College one "
            "day in January, Juche 107 (2018).",
            "visit",
            "Pyongyang Teachers Training College",
            False,
        ),
        (
            "A banquet was given at the green zone park of the Central Cadres Training School "
            "of the Workers' Party of Korea on October 10.",
            "banquet",
            "Central Cadres Training School of the Workers' Party of Korea",
            False,
        ),
        # A visit to what names no place is where its visitors are told to enter next.
        (
            "Officials of the WPK Central Committee visited the sacred temple of Juche on "
            "October 10. The visitors entered the Kumsusan Palace of the Sun.",
            "visit",
            "Kumsusan Palace of the Sun",
            True,
        ),
        (
            "A performance was given at the Mansudae Art Theatre on Sunday.",
            "give",
            "Mansudae Art Theatre",
            False,
        ),
        # "visited the factory": the factory named before.
        (
            "A meeting marked the tenth anniversary of the field guidance over the Pyongyang "
            "Hosiery Factory. The reporter said that Kim Jong Un visited the factory in August "
            "2014.",
            "visit",
            "Pyongyang Hosiery Factory",
            False,
        ),
        # An embassy works on premises of its own, where a visit to it takes place.
        (
            "Senior officials visited the Vietnamese embassy on July 20.",
            "visit",
            "Vietnamese embassy",
            False,
        ),
        (
            "Senior officials paid a condolatory visit to the Russian embassy on July 20.",
            "visit",
            "Russian embassy",
            False,
        ),
        # "went round the museum": where the going round took place.
        (
            "Senior officials visited the revolutionary site. They went round the Party "
            "Founding Museum.",
            "go",
            "Party Founding Museum",
            False,
        ),
        # "here" in a participle's clause: the dateline's city.
        (
            "Pyongyang, July 20 (KCNA) -- A delegation of the Cuban Communist Party led by "
            "its secretary left here on July 19.",
            "leave",
            "Pyongyang",
            True,
        ),
        # ... also before a place only the subject's phrase or a destination names ...
        (
            "Pyongyang, May 2 (KCNA) -- A delegation of Korean teachers in China left here.",
            "leave",
            "Pyongyang",
            True,
        ),
        (
            "Pyongyang, May 2 (KCNA) -- A delegation of the Ministry of Culture of Laos left "
            "here for Moscow on Tuesday.",
            "leave",
            "Pyongyang",
            True,
        ),
        # ... but not before the in/at phrase of the verb's object.
        (
            "Pyongyang, May 2 (KCNA) -- The Lao ambassador hosted a reception at the "
            "Koryo Hotel here on Friday.",
            "reception",
            "Koryo Hotel",
            False,
        ),
        # A visit paid goes to the place its noun's "to" phrase names.
        (
            "The premier left for Hanoi to pay an official visit to Vietnam.",
            "visit",
            "Vietnam",
            False,
        ),
        (
            "The minister paid a courtesy visit to the Grand People's Study House.",
            "visit",
            "Grand People's Study House",
            False,
        ),
        # A place attacked is where the attack took place.
        (
            "According to media reports, the neo-Nazis of Ukraine attacked Sevastopol City of"
            " Russia with U.S.-supplied ATACMS army tactical missiles on June 23.",
            "attack",
            "Sevastopol",
            False,
        ),
        # The place a journey reached, in a "to" or "into" phrase, also after a particle.
        (
            "McVeigh checked into the Dreamland Motel later that day.",
            "check",
            "Dreamland Motel",
            False,
        ),
        (
            "Mr Whitelaw and Lord Carrington immediately flew back to Belfast in an RAF"
            " transport plane.",
            "fly",
            "Belfast",
            False,
        ),
        ("Chechen fighters crossed into Dagestan in support.", "cross", "Dagestan", False),
        (
            "Prosecutors say he drove the truck to Geary Lake in Kansas.",
            "drive",
            "Geary Lake",
            False,
        ),
        # An event noun's place may hang on a side its "between" phrase names.
        (
            "A man was killed in a battle between soldiers and gunmen in the Ardoyne area of "
            "Belfast.",
            "battle",
            "Ardoyne",
            False,
        ),
        (
            "Clashes between police and protesters in Gaza City left three dead.",
            "clash",
            "Gaza",
            False,
        ),
        # A setting out goes where its "for" phrase names, also where the parse reads "for ...
        # to" as a purpose clause's subject; the place left, as object, comes first.
        ("The foreign minister departed for Beijing on Monday.", "depart", "Beijing", False),
        (
            "The cosmonaut is leaving for the United States to start a new career.",
            "leave",
            "United States",
            False,
        ),
        ("The delegation left Pyongyang for Moscow on Sunday.", "leave", "Pyongyang", False),
        # The place entered; the place an act of violence befalls.
        (
            "His attorney said he entered the United States in 2010.",
            "enter",
            "United States",
            False,
        ),
        (
            "The truck was used in the bombing of the Murrah Federal Building.",
            "bombing",
            "Murrah Federal Building",
            False,
        ),
        # A "where" clause happens at the place it describes, the first of an apposition.
        (
            "One day in March 2004, Chairman Kim Jong Il visited Jungsan County, South "
            "Phyongan Province, where land realignment was going on at the final stage.",
            "go",
            "Jungsan County",
            False,
        ),
        (
            "The delegation went to the Kim Il Sung Square, where a mass rally took place.",
            "rally",
            "Kim Il Sung Square",
            False,
        ),
        # ... also the place a "near" phrase locates.
        (
            "The funeral was held at Ramstein Air Base, near Kaiserslautern, where the bodies "
            "of six soldiers were brought back by Defence Minister Peter Struck.",
            "bring",
            "Ramstein Air Base",
            False,
        ),
        # An embassy is a site as well as a body, its name's place not its head.
        (
            "The organizations held a rally outside the U.S. embassy in Seoul.",
            "rally",
            "U.S. embassy in Seoul",
            False,
        ),
        # The place an embassy's name locates it in is where what it hosts took place.
        (
            "The DPRK embassy in Moscow hosted a reception on Aug. 16 on the occasion of the"
            " 79th anniversary of Korea's liberation.",
            "reception",
            "Moscow",
            False,
        ),
        # A place below a country that the verb acts on, where no phrase names another.
        (
            "The British aircraft carrier Invincible is now patrolling the Persian Gulf"
            " alongside three US vessels.",
            "patrol",
            "Persian Gulf",
            False,
        ),
        (
            "Kim Jong Il set forth the plan to turn the Rungna Islet into a wonderful pleasure"
            " ground for citizens.",
            "turn",
            "Rungna Islet",
            False,
        ),
        # What is planned is to happen where its infinitive's phrases say.
        (
            "The suspect was scheduled to appear before a U.S. magistrate judge in Manhattan at"
            " midday.",
            "schedule",
            "Manhattan",
            False,
        ),
        # What a verb of trying or an implicative verb governs is done where the
        # infinitive's own in/at phrase says.
        (
            "In the 1860s the colonists sought to impose their rule in Bengal.",
            "seek",
            "Bengal",
            False,
        ),
        (
            "Hundreds of farmers began gathering in Dodoma on Monday for the harvest fair.",
            "begin",
            "Dodoma",
            False,
        ),
        # What was found was found where the participle that tells how it lay says.
        ("Hikers discovered a canoe abandoned in Tucson.", "discover", "Tucson", False),
        (
            "The van was found abandoned at the bus station in Tucson on Monday.",
            "find",
            "Tucson",
            False,
        ),
        # An "off" phrase places what happened at sea by the coast it names.
        ("Six fishermen were rescued off the coast of Ghana on Monday.", "rescue", "Ghana", False),
        # A body named after its building stands for the site: a centre, a monument.
        (
            "The minister met with flood victims at the Lakeside Medical Center on Monday.",
            "meet",
            "Lakeside Medical Center",
            False,
        ),
        (
            "Working people visited the Monument to Juche Idea.",
            "visit",
            "Monument to Juche Idea",
            False,
        ),
        # A bare "the city" or "the province" stands for the last place of its kind named.
        (
            "Riots broke out in Lyon on Monday. Police arrested forty people across the city.",
            "arrest",
            "Lyon",
            True,
        ),
        (
            "Police searched a house in Durban. Officers arrested the suspect at the city's "
            "airport on Friday.",
            "arrest",
            "Durban",
            True,
        ),
        (
            "Floods hit South Hwanghae Province. People in the province repaired the dams.",
            "repair",
            "South Hwanghae Province",
            True,
        ),
        # An occasion attended is where it was held.
        (
            "The foreign minister attended the Second Eurasian Youth Forum held in Kazan on "
            "Monday.",
            "attend",
            "Kazan",
            False,
        ),
        # Going into a place by stealth ends there.
        (
            "The spies infiltrated into the Kyongbok Palace at dawn.",
            "infiltrate",
            "Kyongbok Palace",
            False,
        ),
        # An event noun that names again what was told before takes its telling's place.
        (
            "A device exploded outside a bakery in Lyon on Friday. No group has claimed"
            " responsibility for the explosion.",
            "explosion",
            "Lyon",
            True,
        ),
        # The lead after a dateline that is only a city happened there.
        (
            "Mining Firm Fined\nBOSTON —\nA mining firm on Tuesday paid a fine to settle charges.",
            "pay",
            "Boston",
            True,
        ),
        # ... and the main clause of the lead after an agency's dateline.
        (
            "\nPONCE, Puerto Rico (AP) _ Firefighters rescued three children from a burning"
            " house on Friday. Officials praised the crew.",
            "rescue",
            "Ponce",
            True,
        ),
        # ... also after an agency's dateline without a date, on a line of its own; and
        # "here" below it is its city.
        (
            "\n\nNAIROBI (AP) --\n\nFirefighters rescued three children from a burning house on"
            " Friday. Officials praised the crew.",
            "rescue",
            "Nairobi",
            True,
        ),
        (
            "\n\nNAIROBI (AP) --\n\nThe mayor opened the new bridge on Friday. Hundreds of"
            " farmers marched here on Saturday to demand higher prices.",
            "march",
            "Nairobi",
            True,
        ),
        # ... and the participle of the lead's main clause, also where the parser splits
        # the lead's first word off as a sentence of its own.
        (
            "\n\nLAGOS, Nigeria (AP) _\n\nU.S. Envoy Mary Carlin closed the trade fair on"
            " Tuesday, meeting with Nigeria's oil minister to settle the dispute.",
            "meet",
            "Lagos",
            True,
        ),
        # A word for a kind of place is named by its "of" phrase, not by the larger place
        # before it.
        (
            "In the northern California town of Guerneville, a slab of hillside slid onto the "
            "road on Monday.",
            "slide",
            "Guerneville",
            False,
        ),
        # What a day is marked with happens where its in/at phrase says.
        (
            "The Day of the Nation was commemorated with an event at the Mausoleum of King "
            "Tongmyong on October 3.",
            "commemorate",
            "Mausoleum of King Tongmyong",
            False,
        ),
        # A place in apposition to the phrase's noun, or named before it.
        (
            "The delegates met in the Kenyan capital, Nairobi, on Monday.",
            "meet",
            "Nairobi",
            False,
        ),
        # Where those a thing is given or told to are: also for a meeting held to give it.
        (
            "The minister gave a lecture to the teachers and students at the Kim Chaek "
            "University of Technology.",
            "give",
            "Kim Chaek University of Technology",
            False,
        ),
        (
            "A meeting was held to convey a message of thanks of the Cabinet to the miners and "
            "officials at the Ryongyang Mine.",
            "meeting",
            "Ryongyang Mine",
            False,
        ),
        # Or the works whose staff they are.
        (
            "A meeting was held to convey a congratulatory message of the Cabinet to the "
            "workers and technicians of the Kaechon Glass Factory.",
            "meeting",
            "Kaechon Glass Factory",
            False,
        ),
        # The place the parse hangs on the second of two coordinated prepositions.
        (
            "Thousands of reservists gathered in and around Kuwait on Tuesday.",
            "gather",
            "Kuwait",
            False,
        ),
        # The part of a place the object names.
        ("Riot police patrolled the streets of Caracas on Sunday.", "patrol", "Caracas", False),
        # The city a market's prices are named by.
        (
            "Frankfurt share prices closed lower on Friday in thin trading.",
            "close",
            "Frankfurt",
            False,
        ),
        # A bombed embassy is a building, no body: the town it stands in is the place.
        (
            "A truck bomb exploded on Friday outside the U.S. embassy in Kampala.",
            "explode",
            "Kampala",
            False,
        ),
        # The place an "of" phrase names, which the place before the noun only locates.
        (
            "Detectives said they found a shotgun hidden in a garage in the Vermont village of "
            "Stowe.",
            "find",
            "Stowe",
            False,
        ),
        # A purpose gerund's in/at phrase, which the parse takes from the event's noun.
        (
            "There took place an art performance for celebrating the 76th founding anniversary"
            " of the Democratic People's Republic of Korea in the capital city of Pyongyang on"
            " Monday.",
            "take",
            "Pyongyang",
            False,
        ),
        # A place down the phrases of an "under" phrase, named by a common noun's "of" phrase.
        (
            "Major General Vyacheslav Gladkikh died after a roadside IED detonated under a"
            " convoy of Russian soldiers near the city of Deir ez-Zor.",
            "detonate",
            "Deir ez-Zor",
            False,
        ),
        # A division acting on a part of a place it names acts there, not all over itself.
        (
            "Yonthan County of North Hwanghae Province spruced up the area of Simwon Temple, a"
            " historical relic.",
            "spruce",
            "Simwon Temple",
            False,
        ),
        # A suburb is named after the city it lies by: its "of" phrase is the place.
        (
            "Investigators found a rifle buried near his home in the Dallas suburb of Plano.",
            "find",
            "Plano",
            False,
        ),
        # The town a region set off by commas follows.
        (
            "The van was found abandoned at the Dayton, Ohio, airport on Sunday.",
            "find",
            "Dayton",
            False,
        ),
        # Where a journey told by its end went (lexicon `journey_verbs`).
        # Also where the parse hangs the phrase on the "of" phrase of what is moved.
        (
            "Senator Dole led a delegation of farm leaders to Cuba to discuss trade.",
            "lead",
            "Cuba",
            False,
        ),
        ("Tanks rolled into the border town of Kessab on Monday.", "roll", "Kessab", False),
        # Where a copula puts the event its subject names.
        (
            "The deadliest blast was at the crowded Grand Central bus station.",
            "blast",
            "Grand Central bus station",
            False,
        ),
        # A site that a place's possessive locates (lexicon `possessed_site_nouns`), also
        # through the possessive's own compound.
        (
            "The accused took the stand on Monday in a Jerusalem district's court.",
            "take",
            "Jerusalem",
            False,
        ),
        (
            "Speculative investors pushed up Jaguar's share price five pence in late trading on"
            " London's stock exchange yesterday.",
            "push",
            "London",
            False,
        ),
        (
            "Gunmen attacked a patrol inside Lebanon's territory on Monday.",
            "attack",
            "Lebanon",
            False,
        ),
        # A clause joined by "when" or "as" tells the same moment as the clause it hangs on,
        # at the same place, either way (lexicon `simultaneous_marks`).
        (
            "In Kabul, two soldiers were wounded when a mine exploded under their truck.",
            "explode",
            "Kabul",
            False,
        ),
        (
            "Police fired tear gas in Jakarta as students marched toward the parliament.",
            "march",
            "Jakarta",
            False,
        ),
        (
            "A guard was shot dead when he opened the gate at the embassy in Lima.",
            "shoot",
            "Lima",
            False,
        ),
        # What is done in the air happens over the place its "over" phrase names (lexicon
        # `overhead_verbs`), also where the parse hangs the phrase on the object's "of".
        ("Two drones flew over Seoul on Monday.", "fly", "Seoul", False),
        # A visit's place the parser broke off its object ("Tanzanian capital Dar es Salaam")
        # or set beside it.
        (
            "After touring Tanzanian capital Dar es Salaam Thursday, the FBI director met police"
            " leaders.",
            "tour",
            "Dar es Salaam",
            False,
        ),
        (
            "Madeleine Albright visited the Kenyan capital, Nairobi, on Monday.",
            "visit",
            "Nairobi",
            False,
        ),
        # What is done on a visit happens where the visit went, wherever the parse hangs it.
        (
            "Madeleine Albright paid tribute to the bombing victims on a whirlwind visit to East"
            " Africa.",
            "pay",
            "East Africa",
            False,
        ),
        # Coordinated prepositions share their object.
        (
            "The U.S. is going to great lengths to build a mammoth force in and around Saudi"
            " Arabia.",
            "go",
            "Saudi Arabia",
            False,
        ),
        (
            "The group scattered a huge number of leaflets over the sky of Pyongyang on Friday.",
            "scatter",
            "Pyongyang",
            False,
        ),
        # "the Kenyan capital": the capital of the adjective's country, where the article
        # names it (taken from elsewhere, so less sure).
        (
            "Nairobi is hosting the talks. The ministers met in the Kenyan capital on Tuesday.",
            "meet",
            "Nairobi",
            True,
        ),
        # A verbless piece just before, in the paragraph, sets the scene (a broadcast's
        # lines); taken from elsewhere, so less sure.
        (
            "More heavy gunfire in the Serbian province of Kosovo. It's the second day of an"
            " offensive by the security forces against villages.",
            "offensive",
            "Kosovo",
            True,
        ),
        (
            "Atlanta nineteen ninety-six. A bomb blast shocks the Olympic games.",
            "blast",
            "Atlanta",
            True,
        ),
        # A market's move that names no place, where the move just before it was; taken
        # from elsewhere, so less sure.
        (
            "In Zurich, stocks ended higher in light trading. The SMI gained 12.4 points to "
            "1620.5.",
            "gain",
            "Zurich",
            True,
        ),
        # The points the move is by, on a word the verb governs ("19.69 points lower").
        (
            "In Frankfurt, stocks closed lower. The DAX finished 19.69 points lower.",
            "finish",
            "Frankfurt",
            True,
        ),
        (
            "In Frankfurt, stocks closed lower. The DAX dropped 19.69 points to 4,520.30.",
            "drop",
            "Frankfurt",
            True,
        ),
        # An address names the street first, the wider place after its comma.
        (
            "A woman was wounded when she answered a knock at her door in Ormeau Road, in the "
            "Ballynafeigh district of Belfast.",
            "answer",
            "Ormeau Road",
            False,
        ),
        (
            "Two policemen were killed on patrol in Newry, in County Down.",
            "kill",
            "Newry",
            False,
        ),
        # What goes through a building is where the building stands, beside another.
        (
            "Dozens were hurt when a blast tore through a hotel next to the French consulate in "
            "Karachi on Wednesday.",
            "blast",
            "Karachi",
            False,
        ),
    ],
)
def test_event_places(parse: Parse, text: str, predicate: str, place: str, taken: bool) -> None:
    doc, ctx = parse(text)
    event = next(e for e in extract_open_events(doc, ctx) if e.predicate == predicate)
    assert event.place is not None
    assert place in {event.place.name, *ctx.entities.aliases(event.place)}
    marked = event.place_confidence is not None and event.place_confidence < 1
    assert marked == taken, event.place_confidence


@pytest.mark.parametrize(
    ("text", "subject", "place", "sites"),
    [
        (
            "Pyongyang, May 5 (KCNA) -- A campaign for improving the living standards is "
            "underway in North Hwanghae Province, Jagang Province and Rason City.",
            "campaign",
            "North Hwanghae Province",
            {"North Hwanghae Province", "Jagang Province", "Rason"},
        ),
        (
            "Their drive is also brisk at the Migok Cooperative Farm and the Chongsan "
            "Cooperative Farm.",
            "drive",
            "Migok Cooperative Farm",
            {"Migok Cooperative Farm", "Chongsan Cooperative Farm"},
        ),
        # The parse may hang the place on the predicate's last word.
        (
            "The harvest is in full swing at the Migok Cooperative Farm and the Chongsan "
            "Cooperative Farm.",
            "harvest",
            "Migok Cooperative Farm",
            {"Migok Cooperative Farm", "Chongsan Cooperative Farm"},
        ),
        (
            "Negotiations are under way in Geneva with the rebels.",
            "Negotiations",
            "Geneva",
            {"Geneva"},
        ),
    ],
)
def test_a_copula_saying_something_goes_on_tells_an_event_done_where_it_names(
    parse: Parse, text: str, subject: str, place: str, sites: set[str]
) -> None:
    doc, ctx = parse(text)
    event = next(e for e in extract_open_events(doc, ctx) if subject in e.evidence[0].text.split())
    assert event.place is not None and event.place.name == place
    assert sites <= {e.name for e in event.patients}


@pytest.mark.parametrize(
    ("text", "sites"),
    [
        (
            "Workers of the Kim Chaek Iron and Steel Complex have modernized their production "
            "lines. The same is true of the cities of Kanggye and Manpo and Songgan County.",
            {"Kanggye", "Manpo", "Songgan County"},
        ),
        (
            "The Hwanghae Iron and Steel Complex increased production. The same is the case "
            "with the Chollima Steel Complex and the Songjin Steel Complex.",
            {"Chollima Steel Complex", "Songjin Steel Complex"},
        ),
    ],
)
def test_the_same_said_true_of_others_tells_their_event(
    parse: Parse, text: str, sites: set[str]
) -> None:
    doc, ctx = parse(text)
    event = next(e for e in extract_open_events(doc, ctx) if "same" in e.evidence[0].text)
    assert sites <= {e.name for e in event.patients}


def test_a_copula_not_saying_something_goes_on_tells_no_event(parse: Parse) -> None:
    doc, ctx = parse("The campaign is important for the farmers in Jagang Province.")
    assert not [e for e in extract_open_events(doc, ctx) if "campaign" in e.evidence[0].text]


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        # "through" gives the means here, not a way through a place.
        (
            "Officials said that Britain, through its embassies in Thailand and Cambodia, has "
            "been pushing hard for the release.",
            "push",
        ),
        ("The company has grown rich through many contracts in Iraq and Syria.", "grow"),
    ],
)
def test_a_means_through_places_nothing(parse: Parse, text: str, predicate: str) -> None:
    doc, ctx = parse(text)
    event = next(e for e in extract_open_events(doc, ctx) if e.predicate == predicate)
    assert event.place is None


@pytest.mark.parametrize(
    "text",
    [
        # The article names no capital of the adjective's country: no place.
        "Mombasa is hosting the talks. The ministers met in the Kenyan capital on Tuesday.",
        # Nor does the capital of another country stand for it.
        "Kampala is hosting the talks. The ministers met in the Kenyan capital on Tuesday.",
    ],
)
def test_a_capital_the_article_does_not_name_places_nothing(parse: Parse, text: str) -> None:
    doc, ctx = parse(text)
    event = next(e for e in extract_open_events(doc, ctx) if e.predicate == "meet")
    assert event.place is None


@pytest.mark.parametrize(
    ("text", "predicate", "site", "within"),
    [
        # A site in a county: the event happened at both.
        (
            "New houses have been built at the Sokchon Farm in Kujang County, North Phyongan "
            "Province.",
            "build",
            "Sokchon Farm",
            "Kujang County",
        ),
        # The town an embassy's name locates it in.
        (
            "The organizations held a rally outside the U.S. embassy in Seoul.",
            "rally",
            "U.S. embassy in Seoul",
            "Seoul",
        ),
        # "here" after a site is the dateline's city.
        (
            "Pyongyang, May 3 (KCNA) -- A reception was given at the Cuban embassy here on Friday.",
            "reception",
            "Cuban embassy",
            "Pyongyang",
        ),
        (
            "Twin girls were born at the Kaesong Maternity Hospital in the DPRK on Monday.",
            "bear",
            "Kaesong Maternity Hospital",
            "Democratic People's Republic of Korea",
        ),
        # Sites whose names share one noun: the first of them, in the town.
        (
            "Ceremonies for moving into new houses took place at Sinpo and Ryongsan farms in "
            "Sariwon City on Sunday.",
            "ceremony",
            "Sinpo Farm",
            "Sariwon",
        ),
        # A site the sentence does not locate is where the article locates it elsewhere.
        (
            "New houses have been built at the Sokchon Farm in Kujang County. Kim Jong Un "
            "visited the Sokchon Farm on Monday.",
            "visit",
            "Sokchon Farm",
            "Kujang County",
        ),
        # A town is no site: it has no place of its own to add.
        ("Kim Jong Un visited a new hospital in Pyongyang.", "visit", "Pyongyang", None),
        # Nor has a site the sentence locates nowhere.
        (
            "Kim Jong Un visited the Sokchon Farm on Monday.",
            "visit",
            "Sokchon Farm",
            None,
        ),
    ],
)
def test_event_place_within(
    parse: Parse, text: str, predicate: str, site: str, within: str | None
) -> None:
    doc, ctx = parse(text)
    event = next(e for e in extract_open_events(doc, ctx) if e.predicate == predicate)
    assert event.place is not None
    assert site in {event.place.name, *ctx.entities.aliases(event.place)}
    if within is None:
        assert event.place_within is None
    else:
        assert event.place_within is not None
        assert within in {event.place_within.name, *ctx.entities.aliases(event.place_within)}


@pytest.mark.parametrize(
    ("text", "predicate", "value"),
    [
        # What is planned is dated by the time of what it plans.
        (
            "The U.S. is planning to stage actual nuclear operation exercises with the ROK in "
            "December.",
            "plan",
            "2024-12",
        ),
        # So is what is set to happen.
        ("Construction of the new terminal is set to begin in early 2025.", "set", "2025"),
        # The parse hangs an invitation's past time on the infinitive of what was offered.
        (
            "The western military alliance invited the three countries to join the bloc in "
            "July 1997 at the Madrid summit.",
            "invite",
            "1997-07",
        ),
        (
            "Poland, the Czech Republic and Hungary, who were invited to join NATO in Madrid in "
            "July 1997, will officially join NATO on March 12.",
            "invite",
            "1997-07",
        ),
        # A broadcast tells history in the present after a paragraph's verbless date.
        (
            "Atlanta nineteen ninety-six. A bomb blast shocks the Olympic games. One person is "
            "killed.",
            "kill",
            "1996",
        ),
        # A time word that qualifies an event noun dates it.
        (
            "Israel's recent large-scale military attack against Lebanon caused huge casualties.",
            "attack",
            "PAST_REF",
        ),
        ("Yesterday's talks between the two sides were a success.", "talk", "2024-10-30"),
        # So does a date before it.
        (
            "He is not charged with taking part in the April 15, 2013, attack, which killed "
            "three people.",
            "attack",
            "2013-04-15",
        ),
        # So does a phrase of time after it.
        (
            "He was pleased with the visit of the delegation and its leader in early 1993.",
            "visit",
            "1993",
        ),
        ("The talks in April made public a statement.", "talk", "2024-04"),
        # An event noun the clause's act takes place at happened at the clause's time.
        (
            "In October last year, he was present at the ceremony of launching a submarine.",
            "ceremony",
            "2023-10",
        ),
        # "Then followed a ceremony": the event noun the parse makes an object happened.
        (
            "The finals took place on Oct. 30. Then followed a closing ceremony of the DPRK "
            "Championships.",
            "ceremony",
            "2024-10-30",
        ),
        # The time the parse hangs, with the subject, on a participle before the verb.
        (
            "The gunman fled on Oct. 23. On Tuesday, investigators, wondering how the gunman "
            "could have left the house without being seen, searched the garden once more and "
            "unearthed a pistol.",
            "unearth",
            "2024-10-29",
        ),
        # A day still to come when the article appeared dates nothing done: the visit
        # goes on from the day of the talks, not from the day the talks resume.
        (
            "The delegation held talks with the minister on October 28. The talks will resume "
            "on November 5. The delegation visited a museum in the city.",
            "visit",
            "2024-10-28",
        ),
        # "At that time" is the time last spoken of, which its value leaves vague.
        (
            "The ship left the port of Nampho on April 12, 1998. At that time the crew "
            "rescued three fishermen.",
            "rescue",
            "1998-04-12",
        ),
        # An occasion's name carries its time: the act done at it took place then.
        (
            "The government met the union on Monday. The alliance decided at last year's "
            "summit in Vilnius to admit two new members.",
            "decide",
            "2023",
        ),
        # The parse makes the clause after ", and the following year" describe the year.
        (
            "He joined the navy on March 2, 1990, and the following year he was sent to the "
            "naval academy.",
            "send",
            "1991",
        ),
    ],
)
def test_event_dates(parse: Parse, text: str, predicate: str, value: str) -> None:
    doc, ctx = parse(text, dt.date(2024, 10, 31))
    dated = [
        e.time.value
        for e in extract_open_events(doc, ctx)
        if e.predicate == predicate and e.time is not None
    ]
    assert any(v.startswith(value) for v in dated)


def test_a_competition_told_in_the_next_sentence_dates_and_places_what_happened_at_it(
    parse: Parse,
) -> None:
    text = (
        "Kim Kum Hyang, a player of the DPRK, placed first at the women's singles of the 2024 "
        "Asian Table Tennis Championships.\nThe championships, held in Astana of Kazakhstan "
        "from October 6 to 13, brought together more than 200 players."
    )
    doc, ctx = parse(text, published=dt.date(2024, 10, 14))
    event = next(e for e in extract_open_events(doc, ctx) if e.predicate == "place")
    assert event.time is not None and event.time.value.startswith("2024-10")
    assert event.place is not None and event.place.name == "Astana"
    assert event.place_confidence is not None and event.place_confidence < 1


def test_a_facility_is_the_place_of_what_happens_there(parse: Parse) -> None:
    doc, ctx = parse("A meeting took place at the Toksong Farm in Anak County.")
    event = next(e for e in extract_open_events(doc, ctx) if e.predicate == "meeting")
    assert event.place == Entity(EntityKind.ORGANIZATION, "Toksong Farm")
    named = {m.entity for m in ctx.entities.mentions}
    assert Entity(EntityKind.ORGANIZATION, "Toksong Farm") in named


@pytest.mark.parametrize(
    ("text", "predicate", "giver", "receiver"),
    [
        (
            "The county people's committee provided the cooperative farmers with fertilizer "
            "and farm machines.",
            "provide",
            "county people's committee",
            "cooperative farmers",
        ),
        (
            "The Ministry of Public Health supplied the flood victims with medicines.",
            "supply",
            "Ministry of Public Health",
            "flood victims",
        ),
        # The passive's subject is given the goods.
        (
            "The flood victims were provided with winter clothes by the Ministry of Commerce.",
            "provide",
            "Ministry of Commerce",
            "flood victims",
        ),
    ],
)
def test_whom_the_goods_of_a_with_phrase_are_furnished_to_receives_them(
    parse: Parse, text: str, predicate: str, giver: str, receiver: str
) -> None:
    event = _by_predicate(parse, text)[predicate]
    assert [a.name for a in event.agents] == [giver]
    assert [r.name for r in event.recipients] == [receiver]
    assert receiver not in {p.name for p in event.patients}


@pytest.mark.parametrize(
    ("text", "sender", "receiver"),
    [
        (
            "Kim Jong Un received a reply message from Xi Jinping, president of the People's "
            "Republic of China, on October 16.",
            "Xi Jinping",
            "Kim Jong Un",
        ),
        (
            "Kim Jong Un received a letter from Vladimir Putin on Monday.",
            "Vladimir Putin",
            "Kim Jong Un",
        ),
        # "from" hung on what the message is of.
        (
            "Kim Jong Un received a message of greeting from Xi Jinping, general secretary of "
            "the Central Committee of the Communist Party of China, on October 6.",
            "Xi Jinping",
            "Kim Jong Un",
        ),
        # Greetings and cards are sent as messages are, though no text of them is quoted.
        (
            "Kim Jong Un received greetings from the Communist Party of Chile on Monday.",
            "Communist Party of Chile",
            "Kim Jong Un",
        ),
        (
            "Kim Jong Un received a New Year card from the Socialist Party of Zambia.",
            "Socialist Party of Zambia",
            "Kim Jong Un",
        ),
    ],
)
def test_a_message_received_is_given_by_its_sender(
    parse: Parse, text: str, sender: str, receiver: str
) -> None:
    doc, ctx = parse(text)
    event = next(e for e in extract_open_events(doc, ctx) if e.predicate == "receive")
    assert event.classes == ("Transfer",)
    assert [a.name for a in event.agents] == [sender]
    assert [r.name for r in event.recipients] == [receiver]
    assert event.label.startswith(receiver)


@pytest.mark.parametrize(
    ("text", "senders"),
    [
        (
            "Messages came from the foreign minister of the Republic of Cuba and the president "
            "of the Communist Party of Chile.",
            ["Cuba", "Communist Party of Chile"],
        ),
        # A longer list, whose later items the parse hangs on the subject as appositions.
        (
            "Messages came from the foreign minister of the People's Republic of China, the "
            "foreign minister of the Republic of Cuba and the president of the Communist Party "
            "of Chile.",
            ["People's Republic of China", "Cuba", "Communist Party of Chile"],
        ),
        (
            "Congratulatory letters came from the Socialist Party of Zambia.",
            ["Socialist Party of Zambia"],
        ),
    ],
)
def test_messages_that_came_from_senders_are_given_by_them(
    parse: Parse, text: str, senders: list[str]
) -> None:
    doc, ctx = parse(text)
    event = next(e for e in extract_open_events(doc, ctx) if e.predicate == "come")
    assert event.classes == ("Transfer",)
    assert [a.name for a in event.agents] == senders


def test_a_delegation_that_came_from_abroad_is_no_transfer(parse: Parse) -> None:
    doc, ctx = parse("The delegation came from the Republic of Cuba on Monday.")
    event = next(e for e in extract_open_events(doc, ctx) if e.predicate == "come")
    assert "Transfer" not in event.classes


def test_a_message_heard_is_no_transfer(parse: Parse) -> None:
    doc, ctx = parse("Kim Jong Un heard a message from Vladimir Putin on Monday.")
    heard = next(e for e in extract_open_events(doc, ctx) if e.predicate == "hear")
    assert "Transfer" not in heard.classes


def test_a_delegation_received_from_abroad_is_a_reception(parse: Parse) -> None:
    doc, ctx = parse("Kim Jong Un received a delegation from Russia on Monday.")
    event = next(e for e in extract_open_events(doc, ctx) if e.predicate == "receive")
    assert event.classes == ("Reception",)
    assert [a.name for a in event.agents] == ["Kim Jong Un"]


def test_the_it_of_it_is_a_crime_goes_on_from_nothing(parse: Parse) -> None:
    text = (
        "It is a hideous war crime that civilians were killed. As a result, it reaped rich harvest."
    )
    assert _by_predicate(parse, text)["reap"].agents == ()


def test_a_place_people_are_sent_to_is_not_where_the_sending_was(parse: Parse) -> None:
    text = "The officials were dispatched to the flood-hit areas in Jagang Province."
    assert _by_predicate(parse, text)["dispatch"].place is None


def test_a_companys_shares_are_not_traded_where_it_is(parse: Parse) -> None:
    text = "The Avon, Conn., company's stock hit a high of $30 on Monday."
    assert _by_predicate(parse, text)["hit"].place is None


def test_a_research_body_is_no_site(parse: Parse) -> None:
    doc, ctx = parse("Kim Jong Un inspected the Nuclear Weapons Institute.")
    event = next(e for e in extract_open_events(doc, ctx) if e.predicate == "inspect")
    assert event.place is None


def test_a_city_told_by_an_adjective_is_not_the_last_city_named(parse: Parse) -> None:
    text = (
        "Police searched a house in Durban. Officers arrested the suspect in the Kenyan "
        "city on Friday."
    )
    assert _by_predicate(parse, text)["arrest"].place is None


def test_a_chamber_named_after_a_house_is_no_site(parse: Parse) -> None:
    text = "The mayor spoke in the House of Commons on Monday."
    assert _by_predicate(parse, text)["speak"].place is None


def test_the_building_of_a_body_described_is_no_site(parse: Parse) -> None:
    text = (
        "They are recollecting the undying exploits performed by Kim Il Sung in the building "
        "of the Juche-oriented Party."
    )
    assert _by_predicate(parse, text)["perform"].place is None


def test_an_arrival_two_sentences_on_places_no_visit(parse: Parse) -> None:
    text = (
        "Officials visited the sacred temple of Juche. They laid flowers. The visitors then "
        "entered the Kumsusan Palace of the Sun."
    )
    assert _by_predicate(parse, text)["visit"].place is None


def test_an_origin_is_not_where_the_event_happened(parse: Parse) -> None:
    event = _by_predicate(parse, "Kim Jong Un met schoolchildren from Sinuiju.")["meet"]
    assert event.place is None


def test_here_is_the_dateline_city(parse: Parse) -> None:
    text = "Pyongyang, July 23 (KCNA) -- A delegation of Russia arrived here on Tuesday."
    event = _by_predicate(parse, text)["arrive"]
    assert event.place is not None and event.place.name == "Pyongyang"


@pytest.mark.parametrize(
    ("text", "predicate", "participants"),
    [
        # Those present join the event the sentence is about.
        (
            "Kim Jong Un oversaw a test-fire of a new rocket launcher. Present at the test "
            "were Kim Jong Hak and Jang Chang Bom.",
            "test-fire",
            {"Kim Jong Un", "Kim Jong Hak", "Jang Chang Bom"},
        ),
        (
            "A banquet was given at the Mokran House. Kim Jong Un attended the banquet. Also "
            "on hand were Pavel Grinevich and other diplomats. Ri Chang Hwan made a speech at "
            "the banquet.",
            "banquet",
            {"Kim Jong Un", "Pavel Grinevich", "Ri Chang Hwan"},
        ),
        # An adverb may stand between the copula and the phrase.
        (
            "The two presidents signed the treaty at a ceremony in Vilnius. Defence Minister "
            "Tomas Brazas and senior army officers were also present at the ceremony.",
            "ceremony",
            {"Tomas Brazas", "senior army officers"},
        ),
        # The gathering the sentence itself names, when no event of its kind came before.
        (
            "Wreaths were laid at the cemeteries of martyrs on September 8. Present at the "
            "wreath-laying ceremonies were officials of local power organs and youth.",
            "ceremony",
            {"officials of local power organs"},
        ),
        # Nothing told before is what they attended: all those present take part in the
        # sentence's own event.
        (
            "A seminar of teachers took place in Osaka on Sunday. Present there were Chairman "
            "Ri Chol Su, First Vice-Chairman and concurrently Director of the Education "
            "Department Kang Yong Nam, Vice-Chairman Pak Sun Hui and officials of the "
            "association.",
            "be",
            {"Ri Chol Su", "Kang Yong Nam", "Pak Sun Hui", "officials of the association"},
        ),
        # A long list the parser cuts inside a name ("Im Kyong | Ha") goes on past the cut.
        (
            "A forum took place in Tokyo on October 5. Present there were Chairman Ho Jong Man, "
            "First Vice-Chairman and concurrently Director of the Organizational Department Pak "
            "Ku Ho, Vice-Chairman Nam Sung U, Vice-Chairman Jo Il Yon, Vice-Chairman Song Kun "
            "Hak, Vice-Chairman So Chung On, Director of the Rights and Welfare Department Im "
            "Kyong Ha, Director of the Economic Department Hyon Tae Sik and Director of the "
            "Financial Department Kim Kyong Ho of the Central Standing Committee of the General "
            "Association of Korean Residents in Japan (Chongryon), chairpersons of the Chongryon "
            "Headquarters, leading officials of the central organizations and affiliates of "
            "Chongryon, Kim Min Gwan, chairman of the Korean Youth Commercial Association in "
            "Japan, and other members of Chongsanghoe in different parts of Japan and Koreans.",
            "be",
            {"Ho Jong Man", "Im Kyong Ha", "Hyon Tae Sik", "Kim Min Gwan"},
        ),
        # ... and in what the sentence before tells with its main verb, whatever its class.
        (
            "The Day of Songun was marked with an event at the Songun Museum on August 25. "
            "Present there were Ri Chol Man, a deputy minister, and working people in Wonsan.",
            "mark",
            {"Ri Chol Man", "working people in Wonsan"},
        ),
        # Those attending join the gathering told before.
        (
            "The 3rd Festival of Folk Songs was held in Kaesong on Sunday. Attending the "
            "festival were officials of the Ministry of Culture and singers of art troupes.",
            "hold",
            {"officials of the Ministry of Culture"},
        ),
        # "are taking part in" tells what they do, not who was there.
        (
            "The defence ministers of the U.S. and Japan held talks in Tokyo on Monday. "
            "Meanwhile, major NATO members are taking part in the joint drills.",
            "take",
            {"major NATO members"},
        ),
        # A relative pronoun is the noun its clause describes.
        (
            "He said that Kim Jong Un, who inspected the tree nursery on November 10, 2014, "
            "bestowed deep trust on its employees.",
            "inspect",
            {"Kim Jong Un"},
        ),
        # A noun said of a named subject is that subject, for the clause describing it.
        (
            "The article says that Ri Chol Song is a veteran teacher who has trained hundreds"
            " of scientists.",
            "train",
            {"Ri Chol Song"},
        ),
        # The person an apposition describes, for the clause describing the apposition's noun.
        (
            "Mark Delaney, a retired teacher who works as a volunteer at the clinic, spoke to"
            " reporters on Monday.",
            "work",
            {"Mark Delaney"},
        ),
        # ... where the parse hangs the clause on a noun of the apposition after a comma.
        (
            "The defense called Peter Vance, owner of the diner at the time, who narrated "
            "photographs taken in the restaurant.",
            "narrate",
            {"Peter Vance"},
        ),
        # ... or on a place named after it: a place is no "who".
        (
            "Prosecutors called Yuhua Bai, owner of Hunam Palace, in Junction City, who "
            "testified about the night.",
            "testify",
            {"Yuhua Bai"},
        ),
        # A "she" opening the clause of a "who" is whom the "who" stands for.
        (
            "Elliott said that McVeigh came. Prosecutors called Yuhua Bai, owner of Hunam "
            "Palace, in Junction City, who testified that she took a phone order.",
            "take",
            {"Yuhua Bai"},
        ),
        # Those a group subject includes by name act with it.
        (
            "Senior Party and government officials, including Kim Tok Hun, Choe Ryong Hae and "
            "Ri Pyong Chol, visited the Kumsusan Palace of the Sun on October 10.",
            "visit",
            {"Kim Tok Hun", "Choe Ryong Hae", "Ri Pyong Chol"},
        ),
        # The "of" phrase of an object that names no one.
        (
            "He appreciated the services of the missile soldiers.",
            "appreciate",
            {"missile soldiers"},
        ),
        (
            "Kim Jong Un sent a wreath to the bier of Nguyen Phu Trong.",
            "send",
            {"Nguyen Phu Trong"},
        ),
        (
            "Kim Jong Un sent a message of greeting to Vladimir Putin.",
            "send",
            {"Vladimir Putin"},
        ),
        # Who organised or made what the object names.
        (
            "Kim Jong Un oversaw a performance test of drones organized by the Drone Institute.",
            "test",
            {"Drone Institute"},
        ),
        # A participle with its agent is a passive clause.
        (
            "They received the gifts sent by Kim Jong Un to the builders.",
            "send",
            {"Kim Jong Un", "builders"},
        ),
        # Companions of the subject, "together" hung on "with" by the parser.
        (
            "The Ministry of Public Health, together with the Kim Il Sung University and "
            "Pyongyang Medical College, held a scientific symposium on October 3.",
            "hold",
            {"Ministry of Public Health", "Kim Il Sung University", "Pyongyang Medical College"},
        ),
        # The bodies events took place at, the list going on after a comma.
        (
            "Events took place at the Primorye Branch Committee and the Khabarovsk Branch "
            "Committee of the Communist Party of the Russian Federation, the Irkutsk City Group "
            "for the Study of the Juche Idea and the Far Eastern Friendship Society.",
            "take",
            {"Irkutsk City Group", "Far Eastern Friendship Society"},
        ),
        # The countries on the other side of what an event noun names.
        (
            "Oman said its talks with Yemen and Eritrea on the border would resume in May.",
            "talk",
            {"Yemen", "Eritrea"},
        ),
        # A country an act of violence is aimed at is the side attacked.
        (
            "Syria massed troops on its border and warned against any Turkish attack on Iraq.",
            "attack",
            {"Iraq"},
        ),
        # Whom an amount is asked or bought from, hung on the amount's own phrase.
        (
            "President Harold Lane requested $40 million in flood relief funding from "
            "Congress on Tuesday.",
            "request",
            {"Harold Lane", "Congress"},
        ),
        # The body whose people a group in the object names.
        (
            "The government sent FBI agents to Lagos to help with the inquiry.",
            "send",
            {"Federal Bureau of Investigation"},
        ),
        (
            "Investigators questioned Halden Corp. employees about the blaze.",
            "question",
            {"investigators", "Halden Corp."},
        ),
        # The company whose stock or income rose or fell.
        (
            "Harmon Industries Inc.'s third-quarter net income fell 12% to $4.5 million.",
            "fall",
            {"Harmon Industries Inc."},
        ),
        # Who the subject acts in cooperation with.
        (
            "The Ministry of Public Health developed a remote diagnosis program in cooperation "
            "with the Pyongyang Medical College.",
            "develop",
            {"Ministry of Public Health", "Pyongyang Medical College"},
        ),
        # The named members of a group that acts.
        (
            "DPRK players Choe Wi Sam and Ri Phyong Sop bagged silver medals at the championships.",
            "bag",
            {"Choe Wi Sam", "Ri Phyong Sop"},
        ),
        # The sides of an event a noun names.
        (
            "Talks between Pak Sang Bom, vice-minister of Foreign Affairs of the DPRK, and "
            "Nguyen Minh Khoa, deputy minister of Foreign Affairs of Vietnam, took place here.",
            "talk",
            {"Pak Sang Bom", "Nguyen Minh"},
        ),
        # The owner of what an object or a recipient names.
        (
            "Watching the builders' work, Kim Jong Un expressed thanks to their devotion.",
            "express",
            {"Kim Jong Un", "builders"},
        ),
        (
            "Watching the builders' work, Kim Jong Un expressed thanks to their devotion.",
            "watch",
            {"builders"},
        ),
        # The body a group belongs to, and who heads it.
        (
            "Kim Tok Hun met with leading members of the Russian expert delegation headed by "
            "Igor Kalinin, vice-minister of Industry and Trade of the Russian Federation.",
            "meet",
            {"Kim Tok Hun", "Igor Kalinin"},
        ),
        # Who makes a report takes part in the meeting just told of.
        (
            "A meeting took place on Monday to mark the anniversary. Ryu Sang Gun, secretary of "
            "the committee, made a report.",
            "meeting",
            {"Ryu Sang Gun"},
        ),
        # Those present join a gathering rather than a visit told in passing.
        (
            "There were talks between Yun Jong Sam, minister of External Economic Relations, "
            "and Igor Kalinin, on a visit to the DPRK as head of a Russian delegation, on "
            "Tuesday. Present there were Kim Hwa Bom and Vladimir Sukharev.",
            "talk",
            {"Yun Jong Sam", "Igor Kalinin", "Kim Hwa Bom", "Vladimir Sukharev"},
        ),
        # "they" as the subject of a passive: the named subjects of the sentence before.
        (
            "Choe Son Hui, foreign minister of the DPRK, and her party left here on Monday. "
            "They were seen off at Pyongyang International Airport by Kim Jong Bok.",
            "see",
            {"Kim Jong Bok", "Choe Son Hui"},
        ),
        # A name the parser leaves at the root is the subject of the verb coordinated with it.
        (
            "Choe Son Hui, foreign minister of the DPRK, and her party left here on Monday to "
            "take part in the Women's Forum to be held in Russia.",
            "leave",
            {"Choe Son Hui"},
        ),
        # "it" doing something: the country or body that was the subject before.
        (
            "In August 2020, the U.S. snatched oil from a tanker. And in February the "
            "following year, it seized another tanker in the waters off the United Arab "
            "Emirates.",
            "seize",
            {"United States"},
        ),
        # ... or that the subject before named again by the last word of its name.
        (
            "South Hwanghae Province pays close attention to raising sheep. The province has "
            "built new sheep farms in two counties. And it bought hundreds of rams to improve "
            "the breed.",
            "buy",
            {"South Hwanghae Province"},
        ),
        # Whom an act is aimed at, and whom something is taken from.
        (
            "Israel's recent military attack and terrorist acts against Lebanon caused huge "
            "casualties.",
            "attack",
            {"Israel", "Lebanon"},
        ),
        (
            "In December alone, the U.S. stole a large amount of oil and food twice from Syria.",
            "steal",
            {"United States", "Syria"},
        ),
        # A meeting a verb told is the one "the meeting" and those present refer to; one
        # recalled in what was noted is not.
        (
            "Officials of the General Federation of Trade Unions of Korea met at the "
            "Revolutionary Battle Site on August 13. Prior to the meeting, the participants "
            "made a study tour of the site. They noted that the spirit of the members, "
            "enhanced through a meeting of officers and men, was fully displayed. Present "
            "there were Chairman Pak On Chol and other officials.",
            "meet",
            {"Pak On Chol"},
        ),
        # An object pronoun stands for the group named before, as a subject one does.
        (
            "The players and coaches rushed to him. The fatherly Marshal received them and "
            "congratulated them on their victory.",
            "congratulate",
            {"players and coaches"},
        ),
        # An object "him" or "her" is not its clause's named doer: the person named before.
        (
            "Ri Son Gwon met Sergei Lavrov on Monday. Lavrov asked him to convey his warm "
            "greetings to the leadership.",
            "ask",
            {"Sergei Lavrov", "Ri Son Gwon"},
        ),
        (
            "In a televised debate against John Miller, Robert Hayes attacked him for failing "
            "to cut taxes.",
            "attack",
            {"Robert Hayes", "John Miller"},
        ),
        # "she" and "her" stand for the woman named before, not the man named since (the
        # visit the congratulation was the purpose of takes her on).
        (
            "Kim Jong Un sent a birthday spread to Pak Sun Hui, a woman centenarian living in "
            "Kaechon City. Officials of the city visited her home to congratulate her.",
            "visit",
            {"Pak Sun Hui"},
        ),
        (
            "Kim Jong Un sent a birthday spread to Pak Sun Hui, a woman centenarian living in "
            "Kaechon City. Born into a poor family, she experienced the sorrow of hard times.",
            "experience",
            {"Pak Sun Hui"},
        ),
        # The partners of what the object's participle tells.
        (
            "Kim Jong Un met the players and coaches. He had a picture taken with the "
            "players and coaches.",
            "have",
            {"Kim Jong Un", "players and coaches"},
        ),
        # The body whose gathering a light verb tells.
        (
            "A session of the Permanent Commission of the Standing Committee of the Supreme "
            "People's Assembly took place.",
            "session",
            {"Permanent Commission"},
        ),
        # The country a nationality adjective names, when the article names it.
        (
            "Israel approved a plan. The Israeli military attack on the Gaza Strip continued.",
            "attack",
            {"Israel"},
        ),
        # Who did what one is thanked or congratulated for.
        (
            "The WPK Central Committee in the message extended deep gratitude to Dmitri "
            "Anatoliyevich Medvedev for sending the message of greeting to Kim Jong Un.",
            "send",
            {"Dmitri Anatoliyevich Medvedev", "Kim Jong Un"},
        ),
        (
            "The players and coaches rushed to him. Kim Jong Un congratulated them on "
            "creating another legendary tale.",
            "create",
            {"players and coaches"},
        ),
        # "both sides" at an event named before are its sides.
        (
            "Talks between Pak Sang Bom and Nguyen Minh Khoa took place in Pyongyang. At the talks "
            "both sides discussed the issues of cooperation and reached a consensus of views.",
            "reach",
            {"Pak Sang Bom", "Nguyen Minh"},
        ),
        # "including" hung on the subject's "of" phrase.
        (
            "Members of the Party central leadership body including Kim Tok Hun, Choe Ryong "
            "Hae and Ri Pyong Chol visited the Kumsusan Palace of the Sun on October 10.",
            "visit",
            {"Kim Tok Hun", "Choe Ryong Hae", "Ri Pyong Chol"},
        ),
        # Those in whose name a thing is laid, the subject of an inverted passive included.
        (
            "A floral basket in the name of Kim Jong Un was laid at the statues.",
            "lay",
            {"Kim Jong Un"},
        ),
        (
            "Placed at the statues were floral baskets in the names of the State Affairs "
            "Commission and the Cabinet of the DPRK.",
            "place",
            {"State Affairs Commission", "Cabinet"},
        ),
        # People of a clause that leaves out its verb.
        (
            "Meanwhile, Ri Jong Bom and Kim Kum Hyang came second and Ham Yu Sop and Pyon Song"
            " Il third in the mixed doubles.",
            "come",
            {"Ri Jong Bom", "Kim Kum Hyang", "Ham Yu Sop", "Pyon Song Il"},
        ),
        (
            "Kim Jong Un visited the Friendship Tower on July 26."
            " He was accompanied by Choe Son Hui, foreign minister of the DPRK, and Kim Song Nam,"
            " director of the International Department of the WPK Central Committee.",
            "visit",
            {"Kim Jong Un", "Choe Son Hui", "Kim Song Nam"},
        ),
        # Who is remembered "in memory of", not in a title "In Memory of ...".
        (
            "The visitors observed a moment's silence in memory of Nguyen Phu Trong.",
            "observe",
            {"visitors", "Nguyen Phu Trong"},
        ),
        # Whose a noun an infinitive follows is, does what it says; not so for an appeal.
        (
            "It is an attempt of the Western countries to confiscate Russian assets.",
            "confiscate",
            {"Western countries"},
        ),
        (
            "They denounced the moves of the hostile forces to violate the inviolable sphere"
            " under the exercise of sovereignty.",
            "violate",
            {"hostile forces"},
        ),
        # Whom a judging is about: the doers its "that" clause names.
        (
            "Kim Jong Un visited the factory. He appreciated that its officials and employees"
            " have produced efficient medicines.",
            "appreciate",
            {"Kim Jong Un", "officials and employees"},
        ),
        # ... and the owner of the thing it judges, named in the thing's "of" phrase.
        (
            "The Foreign Ministry strongly condemned the reckless actions of Japan.",
            "condemn",
            {"Foreign Ministry", "Japan"},
        ),
        # The list goes on after a name the parser hung on the verb.
        (
            "Also placed were wreaths in the names of the Ministry of National Defence, the "
            "Ministry of Foreign Affairs, the Ministry of Public Security and the Pyongyang "
            "Municipal People's Committee.",
            "place",
            {
                "Ministry of National Defence",
                "Ministry of Foreign Affairs",
                "Ministry of Public Security",
                "Pyongyang Municipal People's Committee",
            },
        ),
        # Whom a telling is about.
        (
            "Officials called at war veterans. They told about the great love and revolutionary "
            "obligation of Kim Jong Un.",
            "tell",
            {"Kim Jong Un"},
        ),
        # "the farm" is the farm named before, and "it" goes on from it.
        (
            "The Ilhae Farm has reaped rich harvest every year. The farm has established a "
            "scientific cultivation method. It has conducted a drainage project. As a result, "
            "it finished harvesting and threshing in a short span of time.",
            "finish",
            {"Ilhae Farm"},
        ),
        (
            "The Ilhae Farm has reaped rich harvest every year. The farm has established a "
            "scientific cultivation method.",
            "establish",
            {"Ilhae Farm"},
        ),
        # "the party" its own chairman speaks of is his party, though its name ends otherwise.
        (
            "Likud chairman Moshe Arens says the party will vote against the budget.",
            "vote",
            {"Likud"},
        ),
        # His party, not another party named before.
        (
            "The Labor Party met on Sunday. Likud chairman Moshe Arens says the party will vote "
            "against the budget.",
            "vote",
            {"Likud"},
        ),
        # "Its" goes on from the body an "it" before it stands for.
        (
            "The Jongsong General Pharmaceutical Factory has produced many medicines. It has "
            "increased the production of liquid medicine. Its production processes for "
            "injections won the GMP authentication.",
            "win",
            {"Jongsong General Pharmaceutical Factory"},
        ),
        # A delegation is an "it".
        (
            "The delegation of the Communist Party of Vietnam arrived at Pyongyang "
            "International Airport on Monday. It was greeted at the airport by Choe Son Hui.",
            "greet",
            {"Choe Son Hui", "delegation of the Communist Party of Vietnam"},
        ),
        # A march-past names its marchers.
        (
            "There was a march-past of the guard of honour of the Korean People's Army.",
            "march-past",
            {"guard of honour"},
        ),
        # The countries of sides named by title alone, also after a list's dash.
        (
            "Minju Joson\n- Talks between the vice-minister of Foreign Affairs of the DPRK and "
            "the executive deputy minister of Foreign Affairs of Vietnam took place here.",
            "talks",
            {"Vietnam", "Democratic People's Republic of Korea"},
        ),
        # Those a tribute is paid to before their statues or busts.
        (
            "Officials laid floral baskets at the statues of President Kim Il Sung and Chairman "
            "Kim Jong Il on Mansu Hill on New Year's Day.",
            "lay",
            {"officials", "Kim Il Sung", "Kim Jong Il"},
        ),
        (
            "Kim Jong Un placed flowers in front of the busts of O Jin U, Kim Il, Choe Chun "
            "Guk, Kang Kon and Kim Chaek.",
            "place",
            {"Kim Jong Un", "Kim Il", "Choe Chun Guk", "Kang Kon", "Kim Chaek"},
        ),
        # Those among the spectators were there.
        (
            "A volleyball game was held at the Pyongyang Indoor Stadium on December 31. Among "
            "the spectators were Kim Tok Hun, Jo Yong Won and Choe Ryong Hae.",
            "hold",
            {"Kim Tok Hun", "Jo Yong Won", "Choe Ryong Hae"},
        ),
        # Companions named in a participle clause.
        (
            "Kim Jong Un inspected the Pyongyang Hosiery Factory on Monday, accompanied by Jo "
            "Yong Won and Kim Tok Hun.",
            "inspect",
            {"Kim Jong Un", "Jo Yong Won", "Kim Tok Hun"},
        ),
        # A list of people with their titles, which the parse hangs on a title.
        (
            "Pak On Chol, chairman of the GFTUK Central Committee, and Han Jong Sam, chairman "
            "of the UAWK Central Committee, made reports at the meetings.",
            "make",
            {"Pak On Chol", "Han Jong Sam"},
        ),
        # ... or on the first name, in a passive's "by" phrase.
        (
            "The farmers were congratulated by Ri Hi Sun, chief secretary of the North "
            "Phyongan Provincial Committee of the Workers' Party of Korea, Kim Kwang Sop, "
            "chairman of the provincial rural economy committee, and officials in Jongju City.",
            "congratulate",
            {"Ri Hi Sun", "Kim Kwang Sop", "officials"},
        ),
        # A counted definite plural refers back to as many named before it.
        (
            "Xi Jinping congratulated the DPRK on the anniversary of diplomatic relations "
            "between the PRC and the DPRK. As the two countries established their official "
            "diplomatic relations 75 years ago, a new chapter was opened.",
            "establish",
            {"People's Republic of China", "Democratic People's Republic of Korea"},
        ),
        (
            "Kim Jong Un met Vladimir Putin in Pyongyang. Both leaders signed the treaty.",
            "sign",
            {"Kim Jong Un", "Vladimir Putin"},
        ),
        # A state's side acts for the countries of its "of" phrase.
        (
            "The military of the U.S. and the ROK signed the guidelines on nuclear deterrence.",
            "sign",
            {"United States", "Republic of Korea"},
        ),
        (
            "The chief executives of the U.S. and the ROK made public a joint statement on "
            "July 11.",
            "make",
            {"United States", "Republic of Korea"},
        ),
        # "They" after "Among the visitors were A, B and C" are the visitors.
        (
            "Senior officials of the Party Central Committee visited the Revolutionary Site "
            "for Party Foundation on October 9.\nAmong the visitors were officials of the WPK "
            "Central Committee, deputies to the Supreme People's Assembly and teachers of the "
            "Central Cadres Training School.\nThey went round the Party Founding Museum.",
            "go",
            {"visitors"},
        ),
        # Who claims an act did it.
        (
            "The Islamic State group claimed responsibility for a series of coordinated attacks"
            " across Paris in November 2015.",
            "attack",
            {"Islamic State"},
        ),
        ("The Taliban took credit for the attack in Kabul.", "attack", {"Taliban"}),
        # Those an "including" phrase on the clause lists undergo what its subject does.
        (
            "Leftists known to be sympathetic to the rebels were arrested, including Marta Ibarra,"
            " wife of the playwright Alfonso Mendiola, pilot Jaime Olave, and the writer Tomas"
            " Urquijo.",
            "arrest",
            {"Jaime Olave", "Tomas Urquijo"},
        ),
        # The people listed one a line under a line ending in a colon take part in what it
        # tells.
        (
            "Pyongyang, October 9 (KCNA) -- The members of the Cabinet newly appointed at the "
            "11th Session of the 14th Supreme People's Assembly are as follows:\n"
            "No Kwang Chol, minister of National Defence\n"
            "Ri Hak Su, minister of State Construction Control",
            "session",
            {"Supreme People's Assembly", "No Kwang Chol", "Ri Hak Su"},
        ),
        # An unnamed spokesperson or office-holder acts for the body of their "for" or "of"
        # phrase, or the one named in front of the title.
        (
            "A spokesman for the Ministry of National Defence of the DPRK released Sunday the "
            "final results of investigation.",
            "release",
            {"Ministry of National Defence"},
        ),
        (
            "A spokesman for the Ministry of National Defence of the DPRK warned that a "
            "violation of the territory would be met by an attack.",
            "warn",
            {"Ministry of National Defence"},
        ),
        (
            "The statement was timed to coincide with the visit by the new NATO secretary "
            "general to Ukraine.",
            "visit",
            {"North Atlantic Treaty Organization"},
        ),
        # A definite noun names again the organisation whose name it ends, also with words
        # of its state in front and in a list.
        (
            "Kim Jong Un initiated the construction of the Pyongyang Baby Home and the "
            "Pyongyang Orphanage in 2013. One day in October 2014, he visited the completed "
            "baby home.",
            "visit",
            {"Pyongyang Baby Home"},
        ),
        (
            "The Pukchang Thermal Power Complex was built in 1990. In 2004, Kim Jong Il looked "
            "round the rebuilt power complex.",
            "look",
            {"Pukchang Thermal Power Complex"},
        ),
        (
            "The Mausoleum of King Tangun was discovered in 1993. On October 29, 1994, Kim "
            "Jong Il looked round the rebuilt mausoleum.",
            "look",
            {"Mausoleum of King Tangun"},
        ),
        (
            "Kim Jong Un gave field guidance at the Taean Heavy Machine Complex and the "
            "Ryonggang Stone Processing Factory. He visited the machine complex and the "
            "factory in 2015.",
            "visit",
            {"Taean Heavy Machine Complex", "Ryonggang Stone Processing Factory"},
        ),
        # The enterprise at which building works are done takes part in them.
        (
            "The Metal Construction Company is pushing ahead with the construction of melting "
            "shop at the Chollima Steel Complex.",
            "push",
            {"Chollima Steel Complex"},
        ),
        (
            "Builders of the Kangson Industrial Construction Company are speeding up the "
            "construction of auxiliary buildings and the establishment of recycling process "
            "at the Ryonggang Stone Processing Factory.",
            "speed",
            {"Ryonggang Stone Processing Factory"},
        ),
        # The "at" phrase on the verb whose object is the works: each unit listed.
        (
            "The Kangdong Area Coal Mining Complex has accelerated the project at the "
            "Ponghwa Coal Mine and the Jangsu Coal Mine.",
            "accelerate",
            {"Ponghwa Coal Mine", "Jangsu Coal Mine"},
        ),
        # The units a plural noun after "at" shares are built at, as one named alone is.
        (
            "New houses have been built at Sinjidong and Sinsong farms in Hoechang County.",
            "build",
            {"Sinjidong Farm", "Sinsong Farm"},
        ),
        # "He" after the one person an article has named, not as a subject, is that person.
        (
            "The pharmacies are associated with the warm loving care shown by the respected "
            "General Secretary Kim Jong Un for the protection of the people's life.\nOne day in "
            "May Juche 111 (2022), he guided a consultative meeting of the Political Bureau.",
            "meeting",
            {"Kim Jong Un"},
        ),
        # "Who" right after a person's name describes the person, whatever the parse (here
        # of the words as the agency glues them).
        (
            "Builders have directed redoubled effort to the recovery work, encouraged by the "
            "great love and trust of the respected ComradeKim Jong Unwho visited the "
            "reconstruction site again and gave gifts to them.",
            "gift",
            {"Kim Jong Un"},
        ),
        # ", which" right after a country describes the country where the parse hangs the
        # clause on a noun that names no one.
        (
            "The speakers stressed the need to raise the voices of condemnation of the U.S., "
            "which during the war burned down peaceful villages and killed many civilians.",
            "kill",
            {"United States", "civilians"},
        ),
        # The members a count names act.
        (
            "Millions of young people have turned out in the nationwide struggle.",
            "turn",
            {"young people"},
        ),
        ("Thousands of citizens took part in the rally.", "take", {"citizens"}),
        # The groups of a list that opens with a group act, with the bodies listed in their
        # "of" phrases.
        (
            "The commanding officers and members of the Paektusan Hero Youth Shock Brigade, the "
            "young people of the Kim Chaek Iron and Steel Complex, the Taean Heavy Machine "
            "Complex, the Pyongyang Kim Jong Suk Textile Mill and many other working youth "
            "across the country volunteered to join the army.",
            "volunteer",
            {"Kim Chaek Iron and Steel Complex", "Taean Heavy Machine Complex", "Textile Mill"},
        ),
        # Those a gathering is given for take part in it.
        (
            "In the presence of Kim Jong Un, a splendid banquet for labor innovators and persons "
            "of meritorious service was given in the garden of the headquarters building.",
            "banquet",
            {"labor innovators"},
        ),
        (
            "Kim Jong Un made a speech at the reception for the war veterans.",
            "reception",
            {"war veterans"},
        ),
        # A country is given what is supplied to it.
        (
            "The U.S. supplied weapons to Ukraine.",
            "supply",
            {"United States", "Ukraine"},
        ),
        # A partner that names no one is the person its apposition names.
        (
            "President Clinton discussed the Iraq crisis with the one ally who has backed his"
            " threat of force, British prime minister Tony Blair.",
            "discuss",
            {"Clinton", "Tony Blair"},
        ),
        # Every member of a list in apposition to a group a partner phrase names.
        (
            "She travelled across the desert with two French reporters, Jean Dupont, Paul"
            " Marchand and Marie Lefebvre.",
            "travel",
            {"Jean Dupont", "Paul Marchand", "Marie Lefebvre"},
        ),
        # A list whose next name the parse hangs on an earlier word: each member receives.
        (
            "He stressed the need for unity while giving field guidance to the South Hamgyong"
            " Provincial Party Committee, the Ryongsong Machine Complex, etc.",
            "field guidance",
            {"South Hamgyong Provincial Party Committee", "Ryongsong Machine Complex"},
        ),
        # The members a subject names as its examples act.
        (
            "Several European states such as Belgium, Austria and Denmark have signed the accord.",
            "sign",
            {"Belgium", "Austria", "Denmark"},
        ),
        # The subject of a clause does what the gerund of its "in" phrase tells.
        (
            "Washington and London are virtually alone in warning Iraq of military strikes.",
            "warn",
            {"Washington", "Iraq"},
        ),
        (
            "The reinvasion fanatics of the SDF are taking the lead in fanning up"
            " ultra-nationalism in Japanese society.",
            "fan",
            {"reinvasion fanatics"},
        ),
        # Those a rally or a happening the lexicon does not name is "of" take part in it.
        (
            "A rally of civic and social organizations of various circles was held in Seoul on"
            " Oct. 5.",
            "rally",
            {"civic and social organizations"},
        ),
        (
            "An evening gala of youth and students and a firework display took place at"
            " Kim Il Sung Square in the capital city of Pyongyang on October 10.",
            "take",
            {"youth and students"},
        ),
        # Who a hope is for takes part in the hoping.
        (
            "Choe Son Hui in the message hoped that the Chinese people would achieve fresher"
            " successes.",
            "hope",
            {"Choe Son Hui", "Chinese people"},
        ),
        # A country is handed what is handed over to it.
        (
            "Two key suspects in the Kenya bombing have been handed over to the United States.",
            "hand",
            {"suspects", "United States"},
        ),
        # Those in attendance, listed with their titles, take part in the act.
        (
            "Congratulatory addresses were made there with the attendance of Choe Ung Sik,"
            " secretary of the Nampho Municipal Committee of the Workers' Party of Korea, Rim"
            " Yong Sop, vice-chairman of the municipal people's committee, and officials of the"
            " Party and power organs and agricultural workers in Waudo District.",
            "make",
            {"Choe Ung Sik", "Rim Yong Sop", "officials of the Party and power organs"},
        ),
        # Also a group the parse hangs on the verb, after the first listed.
        (
            "Speeches were made there with the attendance of Kim Chol Ho, secretary of the"
            " Kaesong Municipal Committee of the Workers' Party of Korea, and officials of the"
            " Party and power organs and agricultural workers in Panmun District.",
            "make",
            {"Kim Chol Ho", "agricultural workers in Panmun District"},
        ),
        # People listed with their titles, each hung by the parse on the body before it.
        (
            "Speeches were made by Hwang Kwang Sop, director of the Bureau for the Protection of"
            " Cultural Heritage, Kang Pok Hui, a teacher of Kim Il Sung University, Mun Kyong Sop,"
            " manager of the Okryu Restaurant, Pak Ryong Sik, dean of a faculty of Pyongyang"
            " University of Fine Arts, and Ri Ae Gyong, a doctor of Mangyongdae District"
            " Hospital.",
            "make",
            {"Hwang Kwang Sop", "Kang Pok Hui", "Mun Kyong Sop", "Pak Ryong Sik", "Ri Ae Gyong"},
        ),
        # Whose thing undergoes the act takes part in it.
        (
            "President Juvenal Habyarimana's plane was shot down in April 1994.",
            "shoot",
            {"Juvenal Habyarimana"},
        ),
        # The company named in front of the thing undergoing the act, named before in full.
        (
            "Dorvale Foods Corp. owns Krispo. Its Krispo snack unit was hurt by weak sales in"
            " Brazil.",
            "hurt",
            {"Krispo"},
        ),
        (
            "Halden Mining Corp. said Ostra Holdings Inc. had sought a stake. Halden disclosed"
            " the Ostra request on Monday.",
            "disclose",
            {"Halden Mining Corp.", "Ostra Holdings Inc."},
        ),
        # Whom what a passive's subject names is for, as an active's object.
        (
            "Congratulatory letters to Kim Jong Un were adopted at the meeting in Sofia.",
            "adopt",
            {"Kim Jong Un"},
        ),
        # Office-holders listed as appositions of the first: each acts for their body.
        (
            "The chairperson of the Socialist Party of Chile, the chairperson of the Motherland "
            "Party of Turkiye and the representative of the Korean Friendship Association "
            "praised the policy.",
            "praise",
            {"Socialist Party of Chile", "Motherland Party of Turkiye", "Korean Friendship"},
        ),
        # ... and a later one the parse hangs on a word of the first's phrase.
        (
            "The chairperson of the Nepal Center for the Study of Juche Politics and the chief "
            "of the Polish Group for the Study of Kimilsungism praised the policy.",
            "praise",
            {"Nepal Center for the Study of Juche Politics", "Polish Group for the Study"},
        ),
        # Those the event a subject names is of, where the verb only says it happened.
        ("The funeral of Nelson Mandela was held in Qunu.", "hold", {"Nelson Mandela"}),
        (
            "The remodeling of Kimchaek University of Technology was carried out last year.",
            "carry",
            {"Kimchaek University of Technology"},
        ),
        # Whom what the object names comes from.
        ("Netanyahu expects an equal effort from the Palestinians.", "expect", {"Palestinians"}),
        (
            "Paribas still needs the go-ahead from the Commission des Operations de Bourse.",
            "need",
            {"Commission des Operations de Bourse"},
        ),
        # Who made what the object names.
        (
            "Kim Jong Un enjoyed a performance by the Mansudae Art Troupe.",
            "enjoy",
            {"Mansudae Art Troupe"},
        ),
        # Whom an event noun's "of" phrase names again by surname.
        (
            "Dr. Walter Boyajian was killed at his home in October. Many voters were angered by "
            "the brutal murder of Boyajian, the mayor said.",
            "murder",
            {"Walter Boyajian"},
        ),
        # Who made the event a light verb's object names, the "by" hung on the verb.
        (
            "The mayor attended a rally Sunday by dock workers at the harbour of Hamburg.",
            "rally",
            {"dock workers"},
        ),
        # An act no event noun names: its "by" phrase, hung on the verb, names who acts.
        (
            "The rebel chief led a stubborn resistance by mountain tribesmen against the army.",
            "lead",
            {"mountain tribesmen"},
        ),
        # The organization named before a group or a thing it acts through.
        (
            "The ISIL terror group has used cheap drones to drop bombs near Mosul.",
            "use",
            {"Islamic State"},
        ),
        # A possessive pronoun before the noun of an infinitive stands for the subject of
        # the clause whose object the noun is.
        (
            "The rebels kept their promise to free the hostages in Bogota.",
            "free",
            {"rebels"},
        ),
        # "they" and "them" stand for the people or bodies one phrase names together before.
        (
            "Police questioned the protesters. Anna Berg and Lisa Holm stayed in custody as "
            "they were charged with fraud.",
            "charge",
            {"Anna Berg", "Lisa Holm"},
        ),
        (
            "The plaintiffs lost when Justice Harold Stone and Justice Mary Crane wrote the "
            "opinion. Instead of striking the law down, they chose to uphold it.",
            "choose",
            {"Harold Stone", "Mary Crane"},
        ),
        (
            "As peace-loving people protested, the United States, Japan and the ROK staged "
            "joint drills in June. In the past they staged many smaller exercises.",
            "stage",
            {"United States", "Japan"},
        ),
        # A group "them" passes as an object is less salient than the subjects before it.
        (
            "The directors said if Rolf Berg and Sven Lind mail an offer to shareholders by "
            "Nov. 22, the company will reimburse them up to $5 million.",
            "reimburse",
            {"Rolf Berg", "Sven Lind"},
        ),
        (
            "Delegates laid flowers before the statues of President Kim Il Sung and Chairman "
            "Kim Jong Il and paid tribute to them.",
            "pay",
            {"Kim Il Sung", "Kim Jong Il"},
        ),
        # The country or body whose office an unnamed office-holder holds takes part too.
        (
            "Choe Ryong Hae sent a message of greeting to the president of the Republic of "
            "Cuba on Monday.",
            "send",
            {"Choe Ryong Hae", "Cuba"},
        ),
        (
            "Kim Jong Un received a message of thanks from the prime minister of the Kingdom "
            "of Cambodia.",
            "receive",
            {"Kim Jong Un", "Cambodia"},
        ),
        # Whom a charge or a finding tells of: the named subject of its "that" clause.
        (
            "The speakers at the rally charged that Park Min Ho is dragging the country into a"
            " war.",
            "charge",
            {"Park Min Ho"},
        ),
        (
            "Federal investigators concluded that Daniel Ortiz had fired the shot.",
            "conclude",
            {"Daniel Ortiz"},
        ),
        # A long list of office-holders, parsed as appositions and conjuncts of the first.
        (
            "Kim Jong Un received messages of greeting from the president of the Republic of "
            "Cuba, the president and the vice-president of the Republic of Peru and the "
            "president of the Communist Party of Chile.",
            "receive",
            {"Cuba", "Peru", "Communist Party of Chile"},
        ),
        # Also where the parse hangs a later office-holder on the body of the one before.
        (
            "Kim Jong Un received messages of greeting from the president of the Lao People's"
            " Democratic Republic, the prime minister and the vice-president of the Republic of"
            " Belarus and the chairman of the Socialist Party of Zambia.",
            "receive",
            {"Laos", "Belarus", "Socialist Party of Zambia"},
        ),
        (
            "Laura Benson was named president and chief executive officer of Harbor Freight "
            "Lines Inc., the company said.",
            "name",
            {"Laura Benson", "Harbor Freight Lines Inc."},
        ),
        (
            "Thomas Reed resigned as chairman of Midland Steel Corp. to pursue other interests.",
            "resign",
            {"Thomas Reed", "Midland Steel Corp."},
        ),
        # The author of what a clause acts on, named in its "of" phrase.
        (
            "There was a joint performance of the Mansudae Art Troupe and the motivation team "
            "of the mill.",
            "be",
            {"Mansudae Art Troupe", "motivation team of the mill"},
        ),
        (
            "An appeal of the Solidarity Committee was read out at the rally.",
            "read",
            {"Solidarity Committee"},
        ),
        # Whom what acts comes from.
        (
            "The financial assistance from the Asian Development Bank is not helping.",
            "help",
            {"Asian Development Bank"},
        ),
        # The office its object is removed from: the body of it takes part.
        (
            "Mr. Harlan is seeking to oust Mr. Pruitt as chairman of Westbrook Mills Inc.",
            "seek",
            {"Pruitt", "Westbrook Mills Inc."},
        ),
        (
            "The board dismissed Sarah Lind as president of Carver Shipping Corp. on Monday.",
            "dismiss",
            {"Sarah Lind", "Carver Shipping Corp."},
        ),
        # Whom one gets, buys or asks something from, named in the verb's "from" phrase.
        (
            "Halden Corp. said it bought 1.2 million of its shares from an unaffiliated holder.",
            "buy",
            {"unaffiliated holder"},
        ),
        (
            "The Nordvik Group acquired the shipping unit from Halden Corp. for $30 million.",
            "acquire",
            {"Halden Corp."},
        ),
        # A country is one the thing is got from too; a city only whence it came.
        (
            "Pakistan bought 40 fighter jets from China and France last year.",
            "buy",
            {"China", "France"},
        ),
        # The parse may hang the "from" phrase on a word of the object's own clause; the
        # members the source's phrase names take part too.
        (
            "In June, Halden Corp. received a $31-a-share offer to take the company private "
            "from a management group including its chairman, Robert Tillman.",
            "receive",
            {"management group", "Robert Tillman"},
        ),
        (
            "Kim Jong Un received a floral basket from Zhao Minghua, director of the Sino-Korean "
            "Friendship Foundation.",
            "receive",
            {"Zhao Minghua"},
        ),
        # Whom the infinitive an act is about acts on or gives to takes part in the act: the
        # verb's own infinitive, and its object's.
        (
            "Halden Corp. agreed to sell its paper unit to Nordvik Group for $40 million.",
            "agree",
            {"Halden Corp.", "Nordvik Group"},
        ),
        (
            "Ryongchon County launched a campaign to encourage the cooperative farmers.",
            "launch",
            {"Ryongchon County", "cooperative farmers"},
        ),
        (
            "The Foreign Ministry of the DPRK issued a statement to denounce the United States.",
            "issue",
            {"Foreign Ministry", "United States"},
        ),
        # The sites named as examples of what the purpose acts on.
        (
            "Kangwon Province launched a campaign to restore historical relics, including"
            " Phyohun Temple and Singye Temple.",
            "launch",
            {"Kangwon Province", "Phyohun Temple", "Singye Temple"},
        ),
        # A body listed beside the subject though the parse hangs it on the subject's "under"
        # phrase, and a person hung on the first person's "of" phrase.
        (
            "The Ryongsong Textile Mill under the Ministry of Light Industry and the Kusong"
            " Machine Plant fulfilled their yearly plans ahead of schedule.",
            "fulfil",
            {"Ryongsong Textile Mill", "Kusong Machine Plant"},
        ),
        (
            "President Hans Vogel of Austria and Karl Roth of Germany signed the trade agreement"
            " on Friday.",
            "sign",
            {"Hans Vogel", "Karl Roth"},
        ),
        # So for the object, hung on its "in" phrase, and for whom it is sent to.
        (
            "Kim Jong Un inspected the Kangdong Farm in Kangdong County and the Sungri Motor"
            " Complex.",
            "inspect",
            {"Kangdong Farm", "Sungri Motor Complex"},
        ),
        (
            "The ministry sent letters to the Kumsong Tractor Factory in Nampho and the Taean"
            " Heavy Machine Complex.",
            "send",
            {"Kumsong Tractor Factory", "Taean Heavy Machine Complex"},
        ),
        # And for the doers a passive's "by" phrase gives as examples, and the hosts of an
        # event held at a body.
        (
            "The new design was drawn up by several units including the Kusong Designing"
            " Institute under the Ministry of Chemical Industry and the Hamhung Designing"
            " Institute.",
            "draw",
            {"Kusong Designing Institute", "Hamhung Designing Institute"},
        ),
        (
            "Harvest festivals were held at the Sinam Farm in Hoeryong County and the Kumsan Farm.",
            "hold",
            {"Sinam Farm", "Kumsan Farm"},
        ),
        # A gerund after "before" or "after", and one joined to it: the clause's subject does it.
        (
            "Anna Berg praised the rescue workers before meeting with the flood victims.",
            "meet",
            {"Anna Berg", "flood victims"},
        ),
        (
            "After touring the port and meeting with harbour officials, Karl Roth said the work"
            " was going well.",
            "meet",
            {"Karl Roth", "harbour officials"},
        ),
        # A gerund after "by", and one joined to it: the means the active clause's subject uses.
        (
            "The Pukchang Tractor Factory raised its output by introducing advanced production"
            " methods and renovating its equipment.",
            "renovate",
            {"Pukchang Tractor Factory"},
        ),
        (
            "The puppet military clique staged a provocation by flying drones over the border"
            " villages.",
            "fly",
            {"puppet military clique"},
        ),
        # Whom an act is aimed at, where the parse hangs "against" on the doer's "by" phrase.
        (
            "The article denounced the economic blockade imposed by the U.S. imperialists against"
            " Cuba.",
            "impose",
            {"U.S. imperialists", "Cuba"},
        ),
        (
            "The people will never forget the massacres committed by the Japanese imperialists"
            " against the Chinese people.",
            # The participle tells the act the object of a plain verb names: one event.
            "massacre",
            {"Japanese imperialists", "Chinese people"},
        ),
        # Whom an honour or praise is conferred on.
        (
            "The ministry bestowed medals on the flood victims and the rescue workers.",
            "bestow",
            {"flood victims", "rescue workers"},
        ),
        ("Anna Berg lavished praise on the rescue workers.", "lavish", {"rescue workers"}),
        # Whose the thing is that an object's or a subject's on/at phrase names.
        (
            "Moody's Investors Service lowered the rating on Halden Corp.'s senior debt.",
            "lower",
            {"Halden Corp."},
        ),
        # "the company's" names again the company the article is about.
        (
            "Halden Corp. posted a loss. The company's shares fell 5% on Friday.",
            "fall",
            {"Halden Corp."},
        ),
        (
            "Norden Mining Co. cut jobs. The move could boost the firm's value by 10%.",
            "boost",
            {"Norden Mining Co."},
        ),
        (
            "Earnings at Nordvik Group's shipping unit rose slightly in the quarter.",
            "rise",
            {"Nordvik Group"},
        ),
        # A bare figure of a report is the company named last's.
        (
            "Halden Corp. said its loss narrowed. Sales rose 8% to $40 million from $37 million.",
            "rise",
            {"Halden Corp."},
        ),
        (
            "Norden Mining Co. posted a loss. At Valdor Corp., net income fell 12% in the quarter.",
            "fall",
            {"Valdor Corp."},
        ),
        # A figure a copula gives is reported as a rise is.
        (
            "Halden Corp. said its loss narrowed. Revenue was $41 million, up from $38 million.",
            "be",
            {"Halden Corp."},
        ),
        ("In Tokyo on Friday, the stock price index was down 15.82 points.", "be", set()),
        # Whose shares a subject names by the first word of its name or in a "for" phrase.
        (
            "Fortress Savings Corp. posted a loss. In composite trading, Fortress shares closed"
            " yesterday at $9, down 25 cents.",
            "close",
            {"Fortress Savings Corp."},
        ),
        (
            "Telemark Inc. rejected the bid. Telemark shares fell 50 cents on Friday.",
            "fall",
            {"Telemark Inc."},
        ),
        (
            "Norden Mining Co. cut jobs. American depositary shares for Norden rose 40 cents.",
            "rise",
            {"Norden Mining Co."},
        ),
        # "The unit" is the body an apposition called a unit before, and "it" after it too.
        (
            "Norden Holding AB proposed to acquire the shares it doesn't own of its U.S. unit,"
            " Beta Business Systems Inc.\n\nThe unit said it can provide no assurance a"
            " transaction will occur.",
            "provide",
            {"Beta Business Systems Inc."},
        ),
        # The other side of the event a noun of the verb's "in" phrase names.
        (
            "Norden Partners said it has engaged in talks with other shareholders.",
            "engage",
            {"Norden Partners", "other shareholders"},
        ),
        # Event nouns of conflict, sanction, search and sale, and the phrases naming who
        # takes part in them.
        (
            "The battle between soldiers and rebels near the bridge lasted two days.",
            "battle",
            {"soldiers", "rebels"},
        ),
        (
            "The board was caught up in a dispute between Anna Berg and Halden Corp.",
            "dispute",
            {"Anna Berg", "Halden Corp."},
        ),
        (
            "A manhunt for Karl Roth was under way in Oslo after the robbery.",
            "manhunt",
            {"Karl Roth"},
        ),
        (
            "Officials said the trade embargo on Venezuela would remain in force.",
            "embargo",
            {"Venezuela"},
        ),
        # The country whose sovereignty an encroachment is upon, and its doer hung inside.
        (
            "The encroachment upon the sovereignty of Venezuela by the mercenaries is a crime.",
            "encroachment",
            {"Venezuela", "mercenaries"},
        ),
        # The parse may hang the phrase after the noun on a word before it.
        (
            "The minister issued a statement in denunciation of the reckless encroachment upon"
            " the sovereignty of Venezuela by the mercenaries.",
            "encroachment",
            {"Venezuela", "mercenaries"},
        ),
        (
            "The minister denounced Venezuela's infringement on Cuba's territorial waters.",
            "infringement",
            {"Venezuela", "Cuba"},
        ),
        # Whose sovereignty or rights an act of encroaching is upon (lexicon
        # `encroaching_verbs`).
        (
            "The minister said the mercenaries had infringed upon the sovereignty of Venezuela.",
            "infringe",
            {"mercenaries", "Venezuela"},
        ),
        (
            "Israel is encroaching on the rights of the Palestinian people.",
            "encroach",
            {"Israel", "Palestinian people"},
        ),
        (
            "Nordvik Group's profit fell because of growing competition from Halden Corp.",
            "competition",
            {"Halden Corp."},
        ),
        (
            "Anna Berg's testimony before the committee lasted four hours.",
            "testimony",
            {"Anna Berg"},
        ),
        # Whom a copula makes the subject or target of the act a noun names.
        (
            "Karl Roth has been the subject of a manhunt since the bombing in May.",
            "manhunt",
            {"Karl Roth"},
        ),
        ("Police said Anna Berg was the target of an attack in Oslo.", "attack", {"Anna Berg"}),
        # The company a stake, interest or shares acted on are in.
        (
            "Acme Corp. raised its stake in Beta Communications Corp. to 9%.",
            "raise",
            {"Acme Corp.", "Beta Communications Corp."},
        ),
        (
            "The government sold its 20% interest in Delta Motors PLC in 1986.",
            "sell",
            {"Delta Motors PLC"},
        ),
        # A percentage of a company is a holding in it, also of its shares, of a unit named in
        # apposition, and where the triple reads an infinitive's verb with the clause's.
        (
            "Acme Corp. agreed to buy as much as 15% of Delta Motors PLC.",
            "agree",
            {"Acme Corp.", "Delta Motors PLC"},
        ),
        (
            "Norden Mining sought approval to buy up to 25% of Halden Corp.'s shares.",
            "buy",
            {"Halden Corp."},
        ),
        (
            "Acme Corp. proposed to acquire the 22% it doesn't own of its U.S. unit, Beta "
            "Systems Inc.",
            "propose",
            {"Acme Corp.", "Beta Systems Inc."},
        ),
        # Whom a thing given or sent goes to, its "to" phrase hung on the goods of its "of"
        # phrase, or the thing named in the verb's own in/for phrase.
        (
            "Berg announced a gift of 300 tons of wheat flour to Bolivia and Peru.",
            "announce",
            {"Berg", "Bolivia", "Peru"},
        ),
        (
            "The accord provides for further payments of disputed royalties to Norden Mining.",
            "provide",
            {"Norden Mining"},
        ),
        (
            "Karl Roth, in a letter to Anna Lind, asked for an emergency summit.",
            "ask",
            {"Karl Roth", "Anna Lind"},
        ),
        # Who leads or backs an act, named in its "under" phrase.
        (
            "The new dam was built in Tanchon under the leadership of the Farmers' Union.",
            "build",
            {"Farmers' Union"},
        ),
        (
            "The rebels signed the accord under the mediation of Norway and Sweden.",
            "sign",
            {"rebels", "Norway", "Sweden"},
        ),
        # The "under" phrase hung on the object's "of" phrase, and its examples after "such".
        (
            "The Farmers' Union is opening a new era of its growth under the guidance of "
            "Karl Roth.",
            "open",
            {"Farmers' Union", "Karl Roth"},
        ),
        (
            "A rally was held in Tanchon under the sponsorship of such organizations as the "
            "Farmers' Union and the Miners' Union.",
            "rally",
            {"Farmers' Union", "Miners' Union"},
        ),
        # Those the act is done along with, the "with" hung on "along".
        (
            "Karl Roth inspected the new plant along with Anna Lind.",
            "inspect",
            {"Karl Roth", "Anna Lind"},
        ),
        (
            "Police arrested Karl Roth along with two other suspects.",
            "arrest",
            {"police", "Karl Roth", "suspects"},
        ),
        # A press review's piece: whom it tells of, in its clause or the clause it reports.
        (
            "Following are major articles in Rodong Sinmun on Friday:\n- An article says that "
            "the arms buildup of the U.S. is driving the region to a war.\n- Another article "
            "praises the miners of the Komdok Mining Complex.",
            "say",
            {"United States"},
        ),
        (
            "- Another article exposes the hostile moves of Japan against the DPRK.",
            "expose",
            {"Japan"},
        ),
        (
            "Following are major articles in Rodong Sinmun on Friday:\n- A political essay notes "
            "that the U.S. is the empire of evil.",
            "note",
            {"United States"},
        ),
        # A review's item under the paper's name: the item's own subject acts, and the paper
        # is the author of its own pieces.
        (
            "Following are major news items in leading newspapers on Monday:\nMinju Joson\n"
            "- The Cabinet premier sent a congratulatory message to the prime minister of Laos.",
            "send",
            {"Cabinet"},
        ),
        (
            "Following are major news items in leading newspapers on Monday:\nMinju Joson\n"
            "- An article calls upon officials to work with devotion for the people.",
            "call",
            {"Minju Joson", "officials"},
        ),
        # "The paper" of an item, first or later, is the paper whose name heads the items.
        (
            "Following are major news items in leading newspapers on Saturday:\nMinju Joson\n"
            "- The paper echoes what farmers have said after the harvest.",
            "echo",
            {"Minju Joson"},
        ),
        (
            "Following are major news items in leading newspapers on Tuesday:\nRodong Sinmun\n"
            "- An article calls for increasing grain output.\n"
            "- The paper carries photos showing the rice harvest in Ryongyon County.",
            "carry",
            {"Rodong Sinmun"},
        ),
        # A later item's piece is the heading paper's too, as the first item's is.
        (
            "Following are major news items in leading newspapers on Monday:\nMinju Joson\n"
            "- An article calls for increasing grain output.\n"
            "- Another article urges Japan to apologize for its past crimes.",
            "urge",
            {"Minju Joson", "Japan"},
        ),
        (
            "Pyongyang, September 16 (KCNA) -- Following are major news items in Rodong Sinmun,"
            " a leading newspaper of the DPRK, on Monday:\n- A plenary meeting took place.\n"
            "- The daily carries a decision on convening the assembly.",
            "carry",
            {"Rodong Sinmun"},
        ),
        # ... and so is the "it" that goes on from "the daily".
        (
            "Pyongyang, May 6 (KCNA) -- Following are major news items in Minju Joson, a"
            " leading newspaper of the DPRK, on Tuesday:\n- A national exhibition opened.\n"
            "- The daily carries a decree of the assembly.\n- It deals with a report on the"
            " session of the assembly.",
            "deal",
            {"Minju Joson"},
        ),
        # Those a reception is given in welcome or in honour of are its guests, and so is
        # whoever heads them.
        (
            "The Ministry of Culture hosted a reception at the Koryo Hotel in welcome of the "
            "delegation of the Communist Party of Cuba headed by Ana Perez.",
            "reception",
            {"Ministry of Culture", "delegation of the Communist Party of Cuba", "Ana Perez"},
        ),
        (
            "A banquet was given by the Ministry of Physical Culture and Sports in honour of "
            "the women's football players.",
            "banquet",
            {"Ministry of Physical Culture and Sports", "women's football players"},
        ),
        # Those whose efforts an act is owed to do it.
        (
            "Thanks to the untiring efforts of provincial officials and builders, the Kosong "
            "Power Station is nearing completion.",
            "near",
            {"Kosong Power Station", "provincial officials and builders"},
        ),
        # Whom anger is vented at, named on the verb or on the noun of the feeling.
        (
            "At the rally, people from all walks of life expressed their surging wrath at the "
            "Yoon group.",
            "express",
            {"people from all walks of life", "Yoon group"},
        ),
        (
            "They gave vent to towering anger and curse at puppet Yoon Suk Yeol, the war "
            "maniac. The broad masses took part in the rally.",
            "give",
            {"Yoon Suk Yeol"},
        ),
        # A Korean name's own first word, its surname, stands for the person named in full.
        (
            "Choe Son Hui, foreign minister of the DPRK, sent a message to Wang Yi. Choe in the "
            "message hoped that the Chinese people would achieve fresher successes.",
            "hope",
            {"Choe Son Hui", "Chinese people"},
        ),
        # Anger at a deed is at whose the deed is.
        (
            "The aim is to calm down the international community's anger at Israel's massacre "
            "of Palestinian civilians.",
            "calm",
            {"Israel"},
        ),
        # Whom a lecture is given before, and whom a wave answers where the parse hangs "to"
        # on "back".
        (
            "Kim Jong Un visited the school and gave a historic lecture before its teaching "
            "staff and students on October 17, 2022.",
            "give",
            {"Kim Jong Un", "teaching staff and students"},
        ),
        (
            "Kim Jong Un warmly waved back to the enthusiastically cheering participants.",
            "wave",
            {"Kim Jong Un", "participants"},
        ),
        # Whose the work or thing a passive subject (or a participle's noun) names takes part.
        (
            "A project for updating the Ryongsong Machine Complex has been accelerated.",
            "accelerate",
            {"Ryongsong Machine Complex"},
        ),
        (
            "The 79th birthday of the WPK was significantly celebrated in the country.",
            "celebrate",
            {"Workers' Party of Korea"},
        ),
        (
            "He said that the 30th formation anniversary of Chongsanghoe, organized by the "
            "great leader Kim Jong Il, would be greeted as an important occasion.",
            "organize",
            {"Kim Jong Il", "Chongsanghoe"},
        ),
        # Whose the thing or act an active clause's subject names takes part.
        (
            "Thanks to his wise leadership, the emblem of the WPK came into being.",
            "come",
            {"Workers' Party of Korea"},
        ),
        (
            "He said that the experts' examination of the field headquarters made a preliminary "
            "conclusion that the cause of the accident is attributable to the engine.",
            "make",
            {"experts"},
        ),
        # Examples the parse hangs deep inside a long subject act.
        (
            "Recently, officials of the Party and power organs and working people's "
            "organizations in the municipality and working people, youth and students of many "
            "units including the Chollima Steel Complex, the Kumsong Tractor Factory, the "
            "Taedae Vegetable Farm in Waudo District and the Nampho University of Education "
            "have visited the museum.",
            "visit",
            {"Chollima Steel Complex", "Kumsong Tractor Factory", "Nampho University of Education"},
        ),
        # A gapped ranking: each rank after the first finishes too.
        (
            "In the men's football matches, the Ryomyong Team came first, the Amnokgang Team "
            "second and the Hwaebul Team third.",
            "come",
            {"Ryomyong Team", "Amnokgang Team", "Hwaebul Team"},
        ),
        # A group ending a list of office-holders acts with them.
        (
            "The chairperson of the Motherland Party of Turkiye, the national chairman of the "
            "People's Progressive Party of Nigeria and other party leaders, too, expressed full "
            "support to the cause of the WPK.",
            "express",
            {"Motherland Party", "other party leaders"},
        ),
        # The partner of a drill named in apposition to the object.
        (
            "The U.S. launched a large-scale joint military drill Keen Sword with Japan.",
            "launch",
            {"Japan"},
        ),
        # Whom a clause reported by an act of speech speaks of takes part in the act, also
        # where the parse takes the reporting verb for an adjective of the clause's subject.
        (
            "Scott Ritter led the inspectors. Iraq alleged Ritter was an American spy whose "
            "team had a disproportionately high number of Americans.",
            "allege",
            {"Scott Ritter"},
        ),
        # A working party named by its noun alone is the one the article named in full, as it
        # brought it in, not one named again in between.
        (
            "A team of medical specialists arrived in Nairobi on Sunday. The U.S. team includes "
            "two surgeons. The team planned to leave for Dar es Salaam on Thursday.",
            "plan",
            {"team of medical specialists"},
        ),
        (
            "A U.N. inspection team arrived in Baghdad. Scott Ritter led his team on a tour of "
            "three sites.",
            "lead",
            {"U.N. inspection team"},
        ),
        # What the act an invitation offers is done to takes part in the invitation.
        (
            "The secretary of state has invited Polish Foreign Minister Bronislaw Geremek to "
            "visit the United States.",
            "invite",
            {"Bronislaw Geremek", "United States"},
        ),
        (
            "NATO invited Hungary, Poland and the Czech Republic to join the alliance.",
            "invite",
            {"Hungary", "Poland"},
        ),
        # A name a demonstrative's copula presents is whom the "she" after it stands for.
        (
            "The voice on the radio was calm. That was Sally Ride, after she flew as the first"
            " American woman in space.",
            "fly",
            {"Sally Ride"},
        ),
        (
            "A man walked up to the podium. This is John Whitmore. He founded the company in 1970.",
            "found",
            {"John Whitmore"},
        ),
        # Whom the act an object's "of" phrase tells is done to takes part.
        (
            "Officials said the exiles were studying the possibility of taking Maria Lopez to"
            " Costa Rica.",
            "study",
            {"Maria Lopez"},
        ),
        # A list the parse coordinates with the verb goes on from its "to" object.
        (
            "The spokesman said that warnings were given to the Samaritans, the police, the"
            " Belfast Telegraph and the local Rumour Service an hour before.",
            "give",
            {"Samaritans", "Rumour Service"},
        ),
        # Whom a copula names for the subject a relative clause describes does its act.
        ("The man who killed the doctor was James Kopp, police said.", "kill", {"James Kopp"}),
        (
            "The senior of the two officers who will take over his duties is Alan Baxter, 61.",
            "take",
            {"Alan Baxter"},
        ),
        ("The bidder which won the auction was IMA Holdings Corp.", "win", {"IMA Holdings"}),
        # The body that runs a company acts for it.
        (
            "Westland Corp. said its board rejected the offer from a rival bidder.",
            "reject",
            {"board", "Westland Corp."},
        ),
        (
            "Harlow Savings Bank's shares fell after management proposed a rights offering.",
            "propose",
            {"management", "Harlow Savings Bank"},
        ),
        # The company reporting that an office of its own, unnamed, is left or given.
        (
            "Harbor Industries Inc. said Peter Walsh resigned as general manager to pursue "
            "other interests.",
            "resign",
            {"Peter Walsh", "Harbor Industries"},
        ),
        # An "it" after a subject naming a company's stock stands for the company.
        (
            "Kestrel Software Inc. has had losses. Its stock has been trading under $4 a share."
            " Yesterday it closed at $4.375 a share.",
            "close",
            {"Kestrel Software Inc."},
        ),
        # The side an act of violence the verb answers is aimed at takes part.
        ("Egypt warned that it would respond to any Libyan attack on Sudan.", "respond", {"Sudan"}),
        ("The ministry condemned the raid on the refugees.", "condemn", {"refugees"}),
        # The country what an embargo's phrase names goes to undergoes it.
        (
            "The United Nations said the embargo on materials to Libya continued unabated.",
            "embargo",
            {"Libya"},
        ),
        # The body a seat sought or won is in takes part.
        (
            "Mr. Hanley left the bank last year to seek a seat in Australia's Parliament.",
            "seek",
            {"Parliament"},
        ),
        # "the four countries" are the last four named before.
        (
            "Ministers of Hungary, Poland, the Czech Republic and Slovakia met in Prague. The"
            " four countries signed a pact.",
            "sign",
            {"Hungary", "Poland", "Czechia", "Slovakia"},
        ),
        # With its subject parsed as an apposition, the clause still acts on what its
        # infinitive of purpose does.
        (
            "In the largest U.K. military operation since Suez, an estimated 8,000 British GIs"
            " have already massed to defend Oman.",
            "mass",
            {"Oman"},
        ),
        # A finite verb the parse takes for a participle modifying its object keeps its
        # subject and makes an event.
        (
            "In close cooperation with relevant units, the Hwangju County Committee has newly"
            " built and expanded duck farms in Hwangju and Yonthan counties.",
            "build",
            {"Hwangju County Committee"},
        ),
        (
            "In the machine-building industry, the Ryongsong Machine Complex and other units"
            " have successfully produced equipment needed for different sectors.",
            "produce",
            {"Ryongsong Machine Complex"},
        ),
        # "paid a visit to Mongolia" is "visited Mongolia", however the "to" phrase is parsed.
        (
            "The vice-premier left Pyongyang on Monday to pay an official visit to Mongolia.",
            "visit",
            {"Mongolia"},
        ),
        (
            "The delegation of the Lao People's Revolutionary Party paid a visit to Vietnam.",
            "visit",
            {"Vietnam"},
        ),
    ],
)
def test_event_participants(
    parse: Parse, text: str, predicate: str, participants: set[str]
) -> None:
    event = _by_predicate(parse, text)[predicate]
    names = {e.name for e in (*event.agents, *event.recipients, *event.patients)}
    assert all(any(p.casefold() in n.casefold() for n in names) for p in participants), names


@pytest.mark.parametrize(
    ("text", "units"),
    [
        (
            "Workers at the Taean Heavy Machine Complex and the Ryongsong Machine Complex have"
            " built new generators.",
            {"Taean Heavy Machine Complex", "Ryongsong Machine Complex"},
        ),
        (
            "Officials and workers at the Pukchang, Sunchon and other thermal power complexes"
            " built new generators.",
            {"Pukchang Thermal Power Complex", "Sunchon Thermal Power Complex"},
        ),
        # A meeting its speakers were at is no unit of theirs.
        ("Speakers at the meeting of the committee built new generators.", set()),
    ],
)
def test_the_units_a_subjects_people_work_at_act_through_them(
    parse: Parse, text: str, units: set[str]
) -> None:
    event = _by_predicate(parse, text)["build"]
    bodies = {e.name for e in event.agents if e.kind is EntityKind.ORGANIZATION}
    assert bodies == units, event.agents


@pytest.mark.parametrize(
    ("text", "predicate", "agents", "recipients"),
    [
        # "thanks to" credits the act to its doers, whom nothing is given.
        (
            "The work was carried out accurately thanks to the patriotic devotion and struggle "
            "of service personnel.",
            "carry",
            {"service personnel"},
            set(),
        ),
        # Thanks given: the "to" phrase names whom they go to.
        (
            "Watching the builders' work, Kim Jong Un expressed thanks to their devotion.",
            "express",
            {"Kim Jong Un"},
            {"builders"},
        ),
    ],
)
def test_thanks_to_credits_the_doers(
    parse: Parse, text: str, predicate: str, agents: set[str], recipients: set[str]
) -> None:
    event = _by_predicate(parse, text)[predicate]
    assert {e.name for e in event.agents} == agents, event
    assert {e.name for e in event.recipients} == recipients, event


def test_a_pronoun_stands_for_those_treated_as_a_group_not_for_the_group(
    parse: Parse,
) -> None:
    event = _by_predicate(
        parse,
        "The Workers' Party of Korea and the state have treated the teachers devoting "
        "themselves to education as patriots and provided them with excellent houses.",
    )["provide"]
    assert {e.name for e in event.recipients} == {"teachers"}, event


@pytest.mark.parametrize(
    ("text", "predicate", "role", "listed", "unlisted"),
    [
        # The parse hangs the later names of the list on the "under" phrase of the first.
        (
            "Good results were achieved at the Pukchang Thermal Power Complex under the Ministry"
            " of Electric Power Industry, the Sunchon Cement Complex and the Chollima Steel"
            " Complex.",
            "achieve",
            "patients",
            {"Pukchang Thermal Power Complex", "Sunchon Cement Complex", "Chollima Steel Complex"},
            "Ministry of Electric Power Industry",
        ),
        (
            "Floral baskets were sent by the Rodong Sinmun, the Korean Central News Agency under"
            " the Cabinet and the Korean Central TV.",
            "send",
            "agents",
            {"Rodong Sinmun", "Korean Central News Agency", "Korean Central TV"},
            "Cabinet",
        ),
        (
            "The award went to the Sariwon Potash Fertilizer Factory under the Ministry of"
            " Chemical Industry, the Namhung Youth Chemical Complex and other units.",
            "go",
            "recipients",
            {"Sariwon Potash Fertilizer Factory", "Namhung Youth Chemical Complex"},
            "Ministry of Chemical Industry",
        ),
        # A name after "and" that another verb has as its subject opens a clause of its own.
        (
            "Kim Jong Un congratulated the Korean People's Army, and the Ministry of National"
            " Defence expressed thanks.",
            "congratulate",
            "patients",
            {"Korean People's Army"},
            "Ministry of National Defence",
        ),
        # A name that owns what follows it, and a place after a place, name no peer.
        (
            "Crown Prince Hassan, King Hussein's brother and adviser, was asked about the message.",
            "ask",
            "patients",
            {"Hassan"},
            "Hussein",
        ),
        (
            "Kim Jong Un visited Kangbuk-ri, Kumchon County of North Hwanghae Province.",
            "visit",
            "patients",
            {"Kangbuk-ri"},
            "Kumchon County",
        ),
    ],
)
def test_names_listed_after_a_participant_share_its_role(
    parse: Parse, text: str, predicate: str, role: str, listed: set[str], unlisted: str
) -> None:
    event = _by_predicate(parse, text)[predicate]
    names = {e.name for e in (*event.agents, *event.recipients, *event.patients)}
    assert {e.name for e in getattr(event, role)} >= listed, event
    assert unlisted not in names, names


def test_no_such_thing_as_names_no_example(parse: Parse) -> None:
    # "no such area as X" denies there is one: X undergoes nothing.
    text = "No such region as the Korean peninsula can be found anywhere on earth."
    event = _by_predicate(parse, text)["find"]
    assert "Korean Peninsula" not in {e.name for e in event.patients}


def test_a_countrys_adjective_in_front_of_the_object_names_no_company(parse: Parse) -> None:
    text = "Cuban Sugar Corp. was founded in 1950. Protesters waved Cuban flags on Sunday."
    event = _by_predicate(parse, text)["wave"]
    assert "Cuban Sugar Corp." not in {e.name for e in (*event.agents, *event.patients)}


def test_a_name_after_the_object_hung_on_the_verb_undergoes_the_act(nlp: Language) -> None:
    # The parser makes this mistake only in some contexts, so the parse is given: the name in
    # apposition to "the Libyan" is a conjunct of "escorted".
    rows = [
        # word, space after, head, dep, pos, tag, lemma, entity
        ("Guards", True, 1, "nsubj", "NOUN", "NNS", "guard", "O"),
        ("escorted", True, 1, "ROOT", "VERB", "VBD", "escort", "O"),
        ("the", True, 3, "det", "DET", "DT", "the", "O"),
        ("Libyan", False, 1, "dobj", "ADJ", "JJ", "Libyan", "B-NORP"),
        (",", True, 1, "punct", "PUNCT", ",", ",", "O"),
        ("Salem", True, 7, "compound", "PROPN", "NNP", "Salem", "B-PERSON"),
        ("Abdel", True, 7, "compound", "PROPN", "NNP", "Abdel", "I-PERSON"),
        ("Karim", False, 1, "conj", "PROPN", "NNP", "Karim", "I-PERSON"),
        (",", True, 7, "punct", "PUNCT", ",", ",", "O"),
        ("to", True, 7, "prep", "ADP", "IN", "to", "O"),
        ("the", True, 11, "det", "DET", "DT", "the", "O"),
        ("airport", False, 9, "pobj", "NOUN", "NN", "airport", "O"),
        (".", False, 1, "punct", "PUNCT", ".", ".", "O"),
    ]
    words, spaces, heads, deps, pos, tags, lemmas, ents = (list(c) for c in zip(*rows, strict=True))
    doc = Doc(
        nlp.vocab,
        words=words,
        spaces=spaces,
        heads=heads,
        deps=deps,
        pos=pos,
        tags=tags,
        lemmas=lemmas,
        ents=ents,
    )
    ctx = Context.build(doc, Article("t", doc.text))
    (event,) = [e for e in extract_events(doc, ctx) if e.predicate == "escort"]
    assert [p.name for p in event.patients] == ["Salem Abdel Karim"]


def test_a_right_held_is_no_act_on_whom_it_would_be_used(parse: Parse) -> None:
    # Not an undertaking noun: whom the right would protect does not take part in having it.
    events = _by_predicate(parse, "Dock workers have the right to protect the seamen.")
    assert [p.name for p in events["protect"].patients] == ["seamen"]
    assert not events["have"].patients


def test_each_office_of_a_sender_named_by_title_gives_its_body(parse: Parse) -> None:
    # "from" hung on the receiving verb. Names are matched whole: the table above matches a
    # part of a name, and the party's name holds the country's.
    event = _by_predicate(
        parse,
        "Kim Jong Un received floral baskets from the first secretary of the C.C., Communist"
        " Party of Cuba and president of the Republic of Cuba and the president of the Republic"
        " of Angola.",
    )["receive"]
    names = {e.name for e in (*event.agents, *event.recipients, *event.patients)}
    assert {"Central Committee of the Communist Party of Cuba", "Cuba", "Angola"} <= names, names


def test_a_list_member_hung_as_a_conjunct_of_an_earlier_word_receives_too(parse: Parse) -> None:
    event = _events(
        parse,
        (
            "He stressed the importance of ensuring the unity of ideology and purpose within the"
            " Party while giving field guidance to the South Phyongan Provincial Party Committee,"
            " the Chollima Steel Complex, etc."
        ),
    )["field guidance"]
    assert {e.name for e in event.recipients} == {
        "South Phyongan Provincial Party Committee",
        "Chollima Steel Complex",
    }


def test_whom_an_appeal_is_made_to_receives_it(parse: Parse) -> None:
    text = "An editorial of Rodong Sinmun calls upon young people to volunteer for hard jobs."
    event = _by_predicate(parse, text)["call"]
    assert "young people" in {e.name for e in event.recipients}, event


def test_a_persons_relative_acts_of_his_own(parse: Parse) -> None:
    # Unlike a company's shares, a person's father is someone of his own: an unnamed person,
    # not the person whose father he is.
    event = _by_predicate(parse, "Maria Lopez's father died in the accident last year.")["die"]
    assert not event.patients and [e.name for e in event.agents] == ["father"], event


def test_a_companys_officer_acts_of_his_own(parse: Parse) -> None:
    text = "Halden Corp. posted a loss. The company's president quit suddenly."
    event = _by_predicate(parse, text)["quit"]
    assert not event.patients and not event.agents, event


@pytest.mark.parametrize(
    ("text", "predicate", "agents", "patients"),
    [
        # Members of the subject that stands for many, though listed after the object.
        (
            "Many officials visited the factory yesterday, including Kim Tok Hun and Choe Ryong"
            " Hae.",
            "visit",
            {"Kim Tok Hun", "Choe Ryong Hae"},
            set(),
        ),
        # Members of the object that stands for many.
        ("Police arrested them, including John Smith.", "arrest", set(), {"John Smith"}),
    ],
)
def test_those_included_take_the_part_of_whom_they_are_members(
    parse: Parse, text: str, predicate: str, agents: set[str], patients: set[str]
) -> None:
    event = _by_predicate(parse, text)[predicate]
    found_agents = {e.name for e in event.agents}
    found_patients = {e.name for e in event.patients}
    assert agents <= found_agents and not agents & found_patients, event
    assert patients <= found_patients and not patients & found_agents, event


@pytest.mark.parametrize(
    ("text", "predicate", "recipient"),
    [
        # An "its" after a subject naming a company's shares is not that company.
        (
            "Institut Merieux said 5,745,188 shares of Kestrel Inc. had been tendered to its"
            " offer.",
            "tender",
            "Kestrel Inc.",
        ),
    ],
)
def test_who_receives_nothing(parse: Parse, text: str, predicate: str, recipient: str) -> None:
    event = _by_predicate(parse, text)[predicate]
    assert recipient not in {e.name for e in event.recipients}, event.recipients


@pytest.mark.parametrize(
    ("text", "predicate", "absent"),
    [
        # A list ends at the first line that does not open with a person's name.
        (
            "Kim Jong Un inspected the Ryongsong Machine Complex. He said:\n"
            "The complex has made great successes.\n"
            "Ri Hak Su, the manager, gave an explanation.",
            "inspect",
            "Ri Hak Su",
        ),
        # A claim denied, or made by nobody, claims nothing.
        (
            "The IRA did not claim responsibility for the bombing.",
            "bombing",
            "Irish Republican Army",
        ),
        # A relative named in an "of" phrase of a listed person is not listed.
        (
            "Leftists known to be sympathetic to the rebels were arrested, including Marta Ibarra,"
            " wife of the playwright Alfonso Mendiola, pilot Jaime Olave, and the writer Tomas"
            " Urquijo.",
            "arrest",
            "Alfonso Mendiola",
        ),
        # A group named of the countries is not the countries.
        (
            "Kim Jong Un, president of the State Affairs of the Democratic People's Republic "
            "of Korea, sent a reply message to Vladimir Putin, president of the Russian "
            "Federation.\nThe friendly feelings of the armies and peoples of the two countries "
            "forged in the struggle serve as a strong driving force.",
            "forge",
            "Russian Federation",
        ),
        # ... not the last of those listed.
        (
            "Senior officials of the Party Central Committee visited the Revolutionary Site "
            "for Party Foundation on October 9.\nAmong the visitors were officials of the WPK "
            "Central Committee, deputies to the Supreme People's Assembly and teachers of the "
            "Central Cadres Training School.\nThey went round the Party Founding Museum.",
            "go",
            "teachers of the Central Cadres Training School",
        ),
        # Officials of a country are no side that acts for it.
        (
            "Officials of the DPRK visited the embassy of Vietnam.",
            "visit",
            "Democratic People's Republic of Korea",
        ),
        # Nor is the city those a subject names are of.
        ("Researchers of Pyongyang visited the Sariwon farms.", "visit", "Pyongyang"),
        # "One of the three countries" is not all three.
        (
            "The U.S., Japan and the ROK held a summit. The document specifies cooperation "
            "to cope with any threat faced by one of the three countries.",
            "face",
            "Japan",
        ),
        # "Two countries" without an article refers to none in particular.
        (
            "Kim Jong Un met Vladimir Putin in Pyongyang. Two countries signed the treaty.",
            "sign",
            "Russia",
        ),
        # A nationality adjective names no country the article does not name.
        (
            "The Israeli military attack on the Gaza Strip continued.",
            "attack",
            "Israel",
        ),
        # A name inside a title's "of" phrase is no member of a list of people.
        (
            "Ri Ok Ryon, the wife of Kim Tae Chol, and her daughter visited the exhibition.",
            "visit",
            "Kim Tae Chol",
        ),
        # The "it" of "it was proved that" stands for the clause.
        (
            "A joint investigation group was formed. As a result, it was scientifically proved "
            "that the drone came from the ROK.",
            "prove",
            "joint investigation group",
        ),
        # A group named nearer than the people named together is whom "they" stands for.
        (
            "Park Min Ho and Lee Jun Seo toured the plant while the workers sang songs. They "
            "showed great enthusiasm.",
            "show",
            "Park Min Ho",
        ),
        # A phrase across a quotation mark is the speaker's own.
        (
            'Park Min Ho and Lee Jun Seo met reporters. "They will regret it," the minister '
            "said of the protesters.",
            "regret",
            "Park Min Ho",
        ),
        # One person before is no "they".
        (
            "Kim Jong Un arrived in Moscow. They were greeted by Sergei Lavrov.",
            "greet",
            "Kim Jong Un",
        ),
        # "it" after a subject that is not a country or a body is not that body.
        (
            "The ship of Iran was detained. It carried oil to Venezuela.",
            "carry",
            "Iran",
        ),
        # Only a tribute laid before a statue is paid to the one it shows.
        ("Officials gathered at the statue of Kim Il Sung.", "gather", "Kim Il Sung"),
        ("Kim Jong Un appeared in a portrait of Kim Il Sung.", "appear", "Kim Il Sung"),
        # A country named in full in an object's phrase is where, not who.
        (
            "Mankind realized his personality, witnessing the miracles of the DPRK in 2023.",
            "witness",
            "Democratic People's Republic of Korea",
        ),
        # "Who" after a pronoun is left to the parse: "him" may be any person named before.
        (
            "Kim Son Hwa, vice-minister of Foreign Affairs, released a press statement.\nThe "
            "UN secretary-general parroted the word of the U.S. Department of State.\nI feel "
            "disappointed at the senseless words and deeds of him who has nothing to say even "
            "though he is dubbed a servant of the U.S.",
            "have",
            "Kim Son Hwa",
        ),
        # With two persons named before, "he" is left to the subject rules.
        (
            "The gifts were sent by Kim Jong Un to Vladimir Putin. Later he visited a farm.",
            "visit",
            "Vladimir Putin",
        ),
        # With one man named before, "she" is someone else.
        (
            "The gifts were sent to Vladimir Putin. Later she visited a farm.",
            "visit",
            "Vladimir Putin",
        ),
        # The body of an office-holder who does not act takes no part.
        (
            "I express contempt for the repeated misbehavior of the UN secretary-general.",
            "express",
            "United Nations",
        ),
        # Only a thing given or sent goes to whom its goods' "to" phrase names.
        (
            "Berg announced a study of rice exports to Bolivia.",
            "announce",
            "Bolivia",
        ),
        # A place a delegation travels to is not given anything.
        ("The delegation left for Russia by plane.", "leave", "Russian Federation"),
        ("The delegation left for Russia on Monday.", "leave", "Russian Federation"),
        # A light verb with a particle other than "out" tells no event its subject names.
        (
            "The fighting spirit of the Korean People's Army will be carried forward for ages.",
            "carry",
            "Korean People's Army",
        ),
        # What the main subject of the sentence before names stands for no "it" when that
        # subject is no body.
        (
            "The Ministry of Forestry is pushing ahead with the tree-planting campaign. The "
            "campaign is progressing well. It has been expanded to the east coast.",
            "expand",
            "Ministry of Forestry",
        ),
        # The subject of the first of two clauses the parse ran together does not act in
        # the second.
        (
            "South Hwanghae Province organized a seminar on raising rabbits in spring and "
            "Haeju City held an exhibition of local products.",
            "hold",
            "South Hwanghae Province",
        ),
        # A bare plural subject is not a group named only by how many it counted, nor one
        # joined with others.
        (
            "Many people gathered in the square. People recalled the victory.",
            "recall",
            "many people",
        ),
        (
            "Police and striking miners clashed near the pit. Police arrested six miners.",
            "arrest",
            "police and striking miners",
        ),
        (
            "There was a meeting of exemplary officials of the farmers union in Pyongyang. An "
            "essay says that officials should serve the people.",
            "serve",
            "exemplary officials of the farmers union",
        ),
        # "The alliance" with a phrase saying whose is another than the body named before; and
        # it is the body the article names again and again, not the one named last.
        (
            "NATO defence ministers met in Brussels on Tuesday. NATO said it would admit two new"
            " members. The alliance of Nordic states will sign the protocols in April.",
            "sign",
            "North Atlantic Treaty Organization",
        ),
        (
            "NATO said it would admit two new members, a spokesman for the European Commission"
            " said. The alliance will sign the accession protocols in April.",
            "sign",
            "European Commission",
        ),
        # The city a market's prices are named by is where they closed, not who closed them.
        ("Tokyo stock prices closed lower on Monday in heavy trading.", "close", "Tokyo"),
        # A press review's header, parsed with its first item, is none of what the item tells.
        (
            "Pyongyang, May 3 (KCNA) -- Following are major news items and articles in Rodong "
            "Sinmun, a leading newspaper of the DPRK, on Tuesday:\n- An article says that the "
            "U.S. is the empire of evil.",
            "say",
            "Rodong Sinmun",
        ),
        # The paper named above a review's item is not who did what the item tells.
        (
            "Following are major news items in leading newspapers on Monday:\nRodong Sinmun\n"
            "- Trade union officials in the capital city conducted political work at the "
            "construction site.",
            "conduct",
            "Rodong Sinmun",
        ),
        # A numbered article is a law's, not a newspaper piece telling of what it names.
        (
            "Article 9 of the Constitution of Japan stipulates that Japan renounces war.",
            "stipulate",
            "Japan",
        ),
        # A plural noun a phrase describes is no company named by a word of its name; nor is
        # a unit of another kind the unit called so before.
        (
            "International Business Machines Corp. makes computers.\n\nMachines using the 486 "
            "chip will challenge work stations.",
            "challenge",
            "International Business Machines Corp.",
        ),
        (
            "General Motors Corp. owns its defense unit, GM Hughes Electronics Corp.\n\nAt "
            "the lender, net dropped 3.1%. The finance unit attributed the decline to higher "
            "borrowing costs.",
            "attribute",
            "GM Hughes Electronics Corp.",
        ),
        # Counties a plural noun after a preposition shares are where, not who.
        ("New houses were built in Unsan and Yomju counties.", "build", "Yomju County"),
        # The office names its own company, which the reporting one is not.
        (
            "Harbor Industries Inc. said Peter Walsh resigned as chief executive officer of "
            "Lowell Tool Corp.",
            "resign",
            "Harbor Industries Inc.",
        ),
        # A "him" or "her" is not the salient person the article shows is of the other sex.
        (
            'Mrs. Maria Lopez, the mayor, was also wary of the visit. "I welcome him and urge'
            ' him to decide freely," she said.',
            "welcome",
            "Maria Lopez",
        ),
        (
            "Mr. Peter Hanley, the governor, spoke on Monday. A plan predates her election, "
            "aides said.",
            "predate",
            "Peter Hanley",
        ),
    ],
)
def test_who_takes_no_part(parse: Parse, text: str, predicate: str, absent: str) -> None:
    event = _by_predicate(parse, text)[predicate]
    names = {e.name for e in (*event.agents, *event.recipients, *event.patients)}
    assert absent not in names, names


def test_the_means_of_a_passive_clause_is_not_its_subjects_doing(parse: Parse) -> None:
    text = "The Pukchang Tractor Factory was modernized by introducing advanced methods."
    event = _by_predicate(parse, text).get("introduce")
    assert event is None or not event.agents, event


def test_a_gerund_recalling_an_event_told_before_is_no_event(parse: Parse) -> None:
    # A new act told by a gerund after "after" is one ("After touring the port, ...").
    text = (
        "Kim Jong Un oversaw a firing drill. After watching the firing drill and touring the"
        " barracks, Kim Jong Un went to the firing position."
    )
    events = _by_predicate(parse, text)
    assert "watch" not in events and "tour" in events, events


def test_the_present_situation_is_no_attendance(parse: Parse) -> None:
    text = "Kim Jong Un met Kim Tok Hun. The present situation is grave for Choe Ryong Hae."
    event = _by_predicate(parse, text)["meet"]
    assert "Choe Ryong Hae" not in {a.name for a in event.agents}


def test_a_bare_title_after_reverence_is_the_leader(parse: Parse) -> None:
    text = "Kim Jong Un arrived at the school. The fatherly Marshal received the pupils."
    event = _by_predicate(parse, text)["receive"]
    assert [a.name for a in event.agents] == ["Kim Jong Un"]


def test_what_a_visitor_does_there_happens_where_the_visit_did(parse: Parse) -> None:
    text = (
        "Kim Jong Un visited the April 25 Hostel on August 16. He talked with officials. "
        "He met the schoolchildren."
    )
    events = _by_predicate(parse, text)
    assert events["meet"].place is not None and events["meet"].place.name == "April 25 Hostel"


def test_those_present_were_not_at_what_a_relative_clause_recalls(parse: Parse) -> None:
    text = (
        "A performance was given at the Central Cadres Training School on October 10. The "
        "performers praised the efforts of Kim Jong Un who guided the rescue operation. Among "
        "the audience were Ri Chang Hwan and Kim Jae Sop."
    )
    events = _by_predicate(parse, text)
    present = {a.name for a in events["give"].agents}
    assert {"Ri Chang Hwan", "Kim Jae Sop"} <= present, present
    assert "Ri Chang Hwan" not in {a.name for a in events["guide"].agents}


def test_a_meeting_told_in_passing_places_nothing_after_it(parse: Parse) -> None:
    text = (
        "Kim Jong Un expressed his pleasure over the meeting in Pyongyang. Kim Jong Un visited "
        "a dining room for children."
    )
    assert _by_predicate(parse, text)["visit"].place is None


def test_a_noun_event_is_not_dated_by_the_narrative(parse: Parse) -> None:
    text = "Kim Jong Un met officials on July 26. They recalled the Hanoi summit."
    summit = _by_predicate(parse, text)["summit"]
    assert summit.time is None and summit.place is not None and summit.place.name == "Hanoi"


def test_a_bare_title_is_the_person_the_article_gave_it(parse: Parse) -> None:
    text = (
        "Choe Son Hui, foreign minister of the DPRK, arrived in Moscow. Kim Yo Jong stayed. "
        "The foreign minister met Sergei Lavrov."
    )
    event = _by_predicate(parse, text)["meet"]
    assert [a.name for a in event.agents] == ["Choe Son Hui"]


@pytest.mark.parametrize(
    ("text", "predicate", "role", "group"),
    [
        (
            "The war veterans expressed gratitude to the precious teachers. They hardened "
            "their will.",
            "harden",
            "agents",
            "war veterans",
        ),
        (
            "Kim Jong Un praised the officials and workers of the enterprise and sent gifts "
            "to them.",
            "send",
            "recipients",
            "officials and workers",
        ),
        # The sentence before goes on from its own subject, not a reported clause's.
        (
            "The speakers noted that the union officials and members have displayed noble "
            "traits. They expressed the will to follow the Party.",
            "express",
            "agents",
            "speakers",
        ),
        # "They" goes on from a "they" that goes on from the group.
        (
            "The speakers noted that the union officials and members have displayed noble "
            "traits. They said that the crisis was over. They expressed the will to follow "
            "the Party.",
            "express",
            "agents",
            "speakers",
        ),
        # A bare plural subject names again the group whose phrase said which ones.
        (
            "Present at the ceremony were Pak Chol, secretary of the county committee, and "
            "officials of the county people's committee and farmers in Ryongsan County. Then "
            "licenses were handed over. Officials visited the new houses to share joy with "
            "their owners.",
            "visit",
            "agents",
            "officials of the county people's committee",
        ),
        (
            "Acme Corp. holders approved the merger on Monday. Under the new terms, holders "
            "would receive a special dividend.",
            "receive",
            "agents",
            "Acme Corp. holders",
        ),
        # A relative pronoun's subject is nearer than the main clause's, and names the
        # several its clause describes.
        (
            "Newspapers here condemn the military gangsters who are acting rashly, even though "
            "they seriously infringed upon the sovereignty of the DPRK.",
            "infringe",
            "agents",
            "military gangsters",
        ),
        (
            "The performers paid high tribute to the participants in the Fatherland Liberation "
            "War who set an excellent example in defending the country, as they held the "
            "leader in high esteem and overcame the most serious challenges.",
            "overcome",
            "agents",
            "participants in the Fatherland Liberation War",
        ),
    ],
)
def test_they_and_them_stand_for_a_group_named_before(
    parse: Parse, text: str, predicate: str, role: str, group: str
) -> None:
    event = _by_predicate(parse, text)[predicate]
    assert any(e.name.startswith(group) for e in getattr(event, role))


@pytest.mark.parametrize(
    ("text", "predicate", "person"),
    [
        # The body hangs on the title in front of the name.
        (
            "FBI Director Louis Freeh arrived in Nairobi on Thursday. After meeting with Kenyan "
            "police leaders on Friday, the FBI chief praised their cooperation.",
            "praise",
            "Louis Freeh",
        ),
        (
            "U.N. Secretary-General Kofi Annan flew to Baghdad on Saturday. The U.N. chief met "
            "the Iraqi foreign minister on Sunday.",
            "meet",
            "Kofi Annan",
        ),
        # The acronym set beside the body's name in the title's "of" phrase names it too.
        (
            "Director of the U.S. Federal Bureau of Investigation (FBI) Louis Freeh arrived in "
            "Nairobi on Thursday. After touring the city, the FBI chief praised the police.",
            "praise",
            "Louis Freeh",
        ),
        # A person tied to no body the title names is not the one it stands for.
        (
            "Louis Freeh arrived in Nairobi on Thursday. The Exxon chief criticized the plan.",
            "criticize",
            None,
        ),
    ],
)
def test_a_title_a_body_names_stands_for_the_person_tied_to_it(
    parse: Parse, text: str, predicate: str, person: str | None
) -> None:
    event = _by_predicate(parse, text)[predicate]
    people = [e.name for e in event.agents if e.kind is EntityKind.PERSON]
    assert people == ([person] if person else []), event.agents


def test_the_owner_of_an_arrest_undergoes_it(parse: Parse) -> None:
    text = "Ri Chol Ho fled to China. The police reported his arrest on Monday."
    arrest = _by_predicate(parse, text)["arrest"]
    assert [p.name for p in arrest.patients] == ["Ri Chol Ho"] and not arrest.agents


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("The regime recently announced the seizure of land in the West Bank.", "announce"),
        ("The Israeli military attack on the Gaza Strip continued.", "attack"),
        # A thing told about, a quoted title inside it, is no speech reported.
        (
            "At the meeting the performers explained the reminiscences of fighters contained "
            'in Volume 20 of "Reminiscences of Anti-Japanese Guerrillas".',
            "explain",
        ),
        # A telling whose words are not given.
        ("They told about the great love and revolutionary obligation of Kim Jong Un.", "tell"),
        # Nouns of violence, legal acts, transactions and movements (lexicon `event_nouns`).
        ("Residents fled after the gunfire near the airport.", "gunfire"),
        ("The appeals court's ruling came after a two-day hearing.", "ruling"),
        ("The layoffs of 900 workers began in March.", "layoff"),
        ("The evacuation of the coastal villages ended on Sunday.", "evacuation"),
        # The object or passive subject of a plain act is an event of its own.
        ("Villagers said heavy gunfire was heard near the border on Sunday.", "gunfire"),
        ("The board approved the proposed merger with the insurer on Friday.", "merger"),
    ],
)
def test_announced_and_named_attacks_are_events(parse: Parse, text: str, predicate: str) -> None:
    assert predicate in _by_predicate(parse, text)


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        # A noun modifying another, and its conjunct.
        ("Federal and state arrest warrants were issued for the suspect on Monday.", "arrest"),
        ("The bank was hired to weigh restructuring or merger alternatives.", "merger"),
        # The last word of a name the entities missed, which takes no article.
        ("Shares of Rally Holdings rose after Burger Rally reported higher sales.", "rally"),
    ],
)
def test_an_event_noun_modifying_a_noun_or_ending_a_name_is_no_event(
    parse: Parse, text: str, predicate: str
) -> None:
    assert predicate not in _by_predicate(parse, text)


def test_a_bracket_explaining_the_story_tells_its_event(parse: Parse) -> None:
    text = (
        "The company sold its first computer in May. (A 16-bit chip processes 16 pieces of"
        " data at a time.)"
    )
    assert "process" in _open_events(parse, text)


# Nouns of acts that tell of no event here, beside the same noun where it does.
@pytest.mark.parametrize(
    ("text", "noun", "named"),
    [
        # A bare act in a verb's "to" phrase is the state the verb's act ends in; one the
        # phrase tells of with words of its own is an event.
        ("A young man in the city beat his old mother to death last month.", "death", False),
        ("The puppet court sentenced the trade unionist to death.", "death", False),
        ("The regime is driving the population to death by starvation.", "death", False),
        (
            "The paper referred to the death of the worker at the construction site.",
            "death",
            True,
        ),
        # Trials no one is named taking part in are hardships (lexicon `hardship_plurals`).
        (
            "The Korean people have won victory, overcoming the grim trials of history.",
            "trial",
            False,
        ),
        (
            "The two countries came through the pain and trials of the last century together.",
            "trial",
            False,
        ),
        ("The trials of the two suspects in the bombing will open in The Hague.", "trial", True),
        # A plural that names bodies (lexicon `unnamed_body_plurals`) is no event; the act the
        # same noun names in the singular is.
        (
            "Fine hostels were built at many industrial establishments in the province.",
            "establishment",
            False,
        ),
        (
            "Youth from industrial establishments and farms joined the rally.",
            "establishment",
            False,
        ),
        (
            "He referred to the establishment of a well-regulated command system in the unit.",
            "establishment",
            True,
        ),
        ("Shares rose after the sale of the cement unit was announced.", "sale", True),
        # The plural of a noun a company's report measures is the figure (lexicon
        # `company_measure_nouns`).
        ("Retail sales rose 2% in October.", "sale", False),
        ("The company earned $6.6 million on sales of $94.3 million.", "sale", False),
        # Bare after "for" or "on", the noun tells a state (lexicon `standing_phrases`).
        ("The company said its trucking unit is not for sale.", "sale", False),
    ],
)
def test_a_noun_of_an_act_is_an_event_only_where_it_tells_of_one(
    parse: Parse, text: str, noun: str, named: bool
) -> None:
    assert (noun in _by_predicate(parse, text)) is named


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        # The verb does the act the noun names (lexicon `event_doing_verbs`).
        ("The gunmen committed the massacre in the mountain village.", "massacre"),
        ("The company completed the acquisition of the mill last month.", "acquisition"),
        # An act kept from happening or asked for (lexicon `averting_verbs`).
        ("Farmers are working hard to prevent damage from the heavy rain.", "damage"),
        ("The protesters demanded the withdrawal of the foreign troops.", "withdrawal"),
    ],
)
def test_an_event_noun_a_verb_does_or_averts_is_no_second_event(
    parse: Parse, text: str, predicate: str
) -> None:
    assert predicate not in _by_predicate(parse, text)


@pytest.mark.parametrize(
    ("text", "predicate", "cls"),
    [
        # What rallies is traded (lexicon `traded_nouns`): a rise of prices.
        ("Stocks rallied late in the session on Friday.", "rally", "Action"),
        ("Dealers said a late rally in bonds lifted the market.", "rally", "Action"),
        # People rally in protest.
        ("Thousands of workers rallied in the square on Monday.", "rally", "Protest"),
        ("The students held a rally in front of the embassy.", "rally", "Protest"),
    ],
)
def test_a_market_rally_is_no_protest(parse: Parse, text: str, predicate: str, cls: str) -> None:
    assert _by_predicate(parse, text)[predicate].classes == (cls,)


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        # The statement of the body named reads it.
        (
            "The Ministry of Foreign Affairs announced that the seizure of land had ended.",
            "announce",
        ),
        ('Kim Yo Jong stated the position: "We will never forgive them."', "state"),
    ],
)
def test_an_announced_clause_is_left_to_statements(parse: Parse, text: str, predicate: str) -> None:
    assert predicate not in _by_predicate(parse, text)


def test_the_owner_of_the_means_is_the_agent_of_a_passive(parse: Parse) -> None:
    event = _by_predicate(parse, "Many villagers were killed by the soldiers' bombardments.")[
        "kill"
    ]
    assert [a.name for a in event.agents] == ["soldiers"]


def test_what_is_recalled_was_held_elsewhere(parse: Parse) -> None:
    events = _by_predicate(parse, "Kim Jong Un recalled the historic summit held in Hanoi.")
    assert events["recall"].place is None


def test_the_agent_owning_the_object_is_no_patient(parse: Parse) -> None:
    event = _by_predicate(parse, "Kim Jong Un recalled his talks with Vladimir Putin.")["recall"]
    assert [a.name for a in event.agents] == ["Kim Jong Un"]
    assert "Kim Jong Un" not in [p.name for p in event.patients]


def test_i_and_you_of_a_message_are_its_sender_and_addressee(parse: Parse) -> None:
    text = (
        "Pyongyang, October 23 (KCNA) -- Kim Jong Un sent a congratulatory message to Dinh "
        "Van Hoa, president of Vietnam, on October 22.\nThe message said:\nI extend warm "
        "congratulations to you on your election as president of Vietnam. -0-"
    )
    events = _by_predicate(parse, text)
    assert [a.name for a in events["extend"].agents] == ["Kim Jong Un"]
    assert [r.name for r in events["extend"].recipients] == ["Dinh Van Hoa"]
    # Whom "your" stands for is the one elected.
    assert [p.name for p in events["election"].patients] == ["Dinh Van Hoa"]


def test_a_numbered_factory_is_where_the_meeting_took_place(parse: Parse) -> None:
    text = "A meeting of workers was held at the Pyongyang Electric Cable General Factory 326."
    place = _by_predicate(parse, text)["meeting"].place
    assert place is not None and place.name == "Pyongyang Electric Cable General Factory 326"


@pytest.mark.parametrize(
    ("text", "predicate", "participants"),
    [
        # Countries a hyphen pairs in front of an event noun are its sides.
        (
            "The people staged a rally against the ROK-U.S. military exercises in Seoul.",
            "exercise",
            ["Republic of Korea", "United States"],
        ),
        # A body named in front of an event noun takes part in it.
        (
            "The Cabinet meeting discussed the flood rehabilitation.",
            "meeting",
            ["Cabinet"],
        ),
        # A country after "of" undergoes what a noun that is no visit or meeting names.
        (
            "Kim Il Sung founded the party soon after the liberation of Korea.",
            "liberation",
            ["Korea"],
        ),
        (
            "The peoples have been friends since the founding of the new China.",
            "founding",
            ["People's Republic of China"],
        ),
        # Who dies undergoes a death.
        (
            "Ambassadors expressed condolences over the death of Nguyen Phu Trong, general "
            "secretary of the Central Committee of the Communist Party of Vietnam.",
            "death",
            ["Nguyen Phu Trong"],
        ),
        # The sides of what is established.
        (
            "An article marks the 45th anniversary of the establishment of the diplomatic "
            "relations between the DPRK and Nicaragua.",
            "establishment",
            ["Democratic People's Republic of Korea", "Nicaragua"],
        ),
    ],
)
def test_noun_event_sides(parse: Parse, text: str, predicate: str, participants: list[str]) -> None:
    event = _events(parse, text)[predicate]
    names = [p.name for p in (*event.agents, *event.patients)]
    for name in participants:
        assert any(n.startswith(name) or name in n for n in names), (name, names)


@pytest.mark.parametrize(
    ("text", "predicate", "agent"),
    [
        # A person or body the "of" phrase of a noun with nothing to undergo it names does it,
        # as an owner does.
        (
            "Shares fell after the resignation of France's finance minister, Jean Dupont.",
            "resignation",
            "Jean Dupont",
        ),
        ("The talks followed the visit of the Cuban delegation to Hanoi.", "visit", "Cuban"),
        ("Reporters asked about the Acme Corp.'s takeover of a rival firm.", "takeover", "Acme"),
        (
            "Halden Corp.'s $40 million write-off of goodwill at its unit cut its profit.",
            "write-off",
            "Halden",
        ),
        # A "by" phrase right after the noun that the parse hangs on a word before it.
        (
            "It was the third day of an offensive by the rebel forces against towns held by "
            "the army.",
            "offensive",
            "rebel forces",
        ),
        (
            "The airlines said they would look for ways to get around Tuesday's ruling by the "
            "Federal Aviation Administration to ground the jets.",
            "ruling",
            "Federal Aviation Administration",
        ),
    ],
)
def test_noun_event_doers(parse: Parse, text: str, predicate: str, agent: str) -> None:
    event = _events(parse, text)[predicate]
    assert any(agent in a.name for a in event.agents), (agent, event.agents)


@pytest.mark.parametrize(
    ("text", "predicate", "agent"),
    [
        ("Hezbollah's attack took place on Sunday.", "attack", "Hezbollah"),
        (
            "The bombing by the Basque separatists took place at dawn.",
            "bombing",
            "Basque separatists",
        ),
    ],
)
def test_an_event_said_to_happen_is_done_by_its_nouns_doers(
    parse: Parse, text: str, predicate: str, agent: str
) -> None:
    event = _by_predicate(parse, text)[predicate]
    assert [a.name for a in event.agents] == [agent]
    assert agent not in {p.name for p in event.patients}


@pytest.mark.parametrize(
    ("text", "predicate", "agents", "patients"),
    [
        (
            "James Kopp fled. He was the 456th person to be placed on the FBI's most wanted list.",
            "place",
            [],
            ["James Kopp"],
        ),
        (
            "Eileen Collins was the first woman to command a space shuttle.",
            "command",
            ["Eileen Collins"],
            [],
        ),
        # A thing, or an "it" that stands for no one, does nothing of the kind.
        ("The plan is the best way to help farmers.", "help", [], ["farmers"]),
    ],
)
def test_whom_a_copula_says_an_infinitive_describes_does_it(
    parse: Parse, text: str, predicate: str, agents: list[str], patients: list[str]
) -> None:
    event = _by_predicate(parse, text)[predicate]
    assert [a.name for a in event.agents] == agents
    assert [p.name for p in event.patients] == patients


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        (
            "The daily Granma printed a letter on Monday. The father's second letter to the "
            "minister was published in Granma on Tuesday.",
            ["Granma"],
        ),
        # A place there is only where it came out.
        ("The book was published in Havana in 1962.", []),
    ],
)
def test_the_paper_a_text_is_published_in_publishes_it(
    parse: Parse, text: str, agents: list[str]
) -> None:
    events = [e for e in _open_events_list(parse, text) if e.predicate == "publish"]
    assert [a.name for a in events[-1].agents] == agents


def test_an_event_its_owner_undergoes_is_not_done_by_them(parse: Parse) -> None:
    event = _by_predicate(parse, "Nasser's arrest took place on Friday.")["arrest"]
    assert not event.agents


# A person's appointment or election befalls them; a body's, or a person's "of" someone, is
# their own act.
@pytest.mark.parametrize(
    ("text", "predicate", "agent", "patient"),
    [
        (
            "Anna Berg left the bank in May. Her appointment as chief executive followed a "
            "decade in Frankfurt.",
            "appointment",
            None,
            "Anna Berg",
        ),
        (
            "Boris Yeltsin won the vote. His election was welcomed in Washington.",
            "election",
            None,
            "Boris Yeltsin",
        ),
        (
            "Nasser's appointment as minister took place on Friday.",
            "appointment",
            None,
            "Nasser",
        ),
        (
            "President Moon was criticised. His appointment of new ministers angered the "
            "opposition.",
            "appointment",
            "Moon",
            None,
        ),
        (
            "The board's appointment of John Smith surprised analysts.",
            "appointment",
            "board",
            "John Smith",
        ),
        ("Nicaragua's election drew foreign observers.", "election", "Nicaragua", None),
        # "His" of the on/upon phrase is whom the clause addresses, not who sends.
        (
            "Kim Jong Un sent a congratulatory message to Sugiono upon his appointment as "
            "foreign minister of Indonesia.",
            "appointment",
            None,
            "Sugiono",
        ),
        (
            "President Bush congratulated Boris Yeltsin on his election.",
            "election",
            None,
            "Boris Yeltsin",
        ),
        ("Yeltsin thanked the voters on his election.", "election", None, "Yeltsin"),
    ],
)
def test_whom_an_appointment_befalls(
    parse: Parse, text: str, predicate: str, agent: str | None, patient: str | None
) -> None:
    doc, ctx = parse(text)
    event = next(e for e in extract_events(doc, ctx) if e.predicate == predicate)
    agents = [a.name for a in event.agents]
    patients = [p.name for p in event.patients]
    assert agents == ([agent] if agent else [])
    if patient:
        assert patient in patients
    # The noun's clause tells the event again ("surprised analysts"); its doer stays no patient.
    assert not set(agents) & set(patients)


@pytest.mark.parametrize(
    ("text", "predicate", "label"),
    [
        ("Nicaragua's election drew foreign observers.", "election", "Nicaragua election"),
        # No one does it: the owner it befalls names it.
        ("Boris Yeltsin's election surprised the West.", "election", "Boris Yeltsin election"),
        ("Nasser's arrest shocked Cairo.", "arrest", "Nasser arrest"),
    ],
)
def test_an_event_nouns_label_names_its_doer_or_else_whom_it_befalls(
    parse: Parse, text: str, predicate: str, label: str
) -> None:
    assert _by_predicate(parse, text)[predicate].label == label


@pytest.mark.parametrize(
    ("text", "predicate", "audience"),
    [
        (
            "The Cuban leader raised those worries during a speech to about 700 university "
            "students.",
            "raise",
            "university students",
        ),
        ("Obama warned Iran in an address to the United Nations.", "warn", "United Nations"),
    ],
)
def test_the_audience_of_a_speech_the_act_is_told_in_receives_it(
    parse: Parse, text: str, predicate: str, audience: str
) -> None:
    event = _by_predicate(parse, text)[predicate]
    assert any(audience in r.name for r in event.recipients)


def test_whom_a_speech_is_praised_for_is_not_addressed_by_the_praise(parse: Parse) -> None:
    text = "The minister praised Kim for his speech to the workers."
    event = _by_predicate(parse, text)["praise"]
    assert not [e for e in (*event.recipients, *event.patients) if "workers" in e.name]


def test_an_officials_resignation_happens_in_their_country(parse: Parse) -> None:
    text = "Shares fell after the resignation of France's finance minister, Jean Dupont."
    place = _events(parse, text)["resignation"].place
    assert place is not None and place.name == "France"


def test_what_a_takeover_is_of_undergoes_it(parse: Parse) -> None:
    text = "Analysts welcomed the takeover of the Acme Corp. by Globex Inc. on Monday."
    event = _events(parse, text)["takeover"]
    assert [a.name for a in event.agents] == ["Globex Inc."]
    assert any("Acme" in p.name for p in event.patients)


def test_single_place_in_front_stays_the_venue(parse: Parse) -> None:
    event = _events(parse, "They recalled the historic Hanoi summit in March 2019.")["summit"]
    assert event.place is not None and event.place.name.startswith("Hanoi")
    assert not [p for p in event.patients if p.kind is EntityKind.PLACE]


def test_an_appeal_leaves_who_is_to_do_it_open(parse: Parse) -> None:
    text = "They responded to the appeal of Kim Jong Un to go all out for tiding over the crisis."
    assert not _by_predicate(parse, text)["go"].agents


def test_a_title_in_memory_of_someone_pays_no_tribute(parse: Parse) -> None:
    text = (
        "Kim Jong Un received a message from the participants in the European regional seminar"
        ' "In Memory of Great President Kim Il Sung" held in Berlin.'
    )
    event = _by_predicate(parse, text)["receive"]
    assert "Kim Il Sung" not in {e.name for e in (*event.agents, *event.patients)}


@pytest.mark.parametrize(
    ("text", "predicate", "agents", "patients", "place"),
    [
        # A participle with its "by" phrase is passive, whatever its tag.
        (
            "The alleged killer, Chérif Chekatt – shot dead by police – had pledged allegiance"
            " to Islamic State.",
            "shoot",
            {"police"},
            {"Chérif Chekatt"},
            None,
        ),
        # Whom an act of violence a noun names is aimed at.
        (
            "Five people were killed in an attack on worshippers at a mosque in Christchurch.",
            "attack",
            set(),
            {"worshippers"},
            "Christchurch",
        ),
        # The noun a past participle follows undergoes it.
        (
            "We express our condolences to the families of the six U.S. service members killed"
            " in the attack.",
            "kill",
            set(),
            {"families of the six U.S. service members"},
            None,
        ),
        # ... unless it is the main verb the parse took for one, with an object of its own.
        (
            "Halvard Holdings Corp., a partnership of two Toronto investment firms, extended to"
            " Dec. 4 its $31-a-share offer for all Briggs Foods Inc. shares outstanding.",
            "extend",
            {"Halvard Holdings Corp."},
            set(),
            None,
        ),
        # Whom firing is aimed at.
        (
            "Gunmen opened fire on worshippers at a mosque in Kabul on Friday.",
            "open",
            {"gunmen"},
            {"worshippers"},
            "Kabul",
        ),
        (
            "Soldiers fired on protesters in Caracas on Monday.",
            "fire",
            {"soldiers"},
            {"protesters"},
            "Caracas",
        ),
        ("Kim Jong Un opened the exhibition on Friday.", "open", {"Kim Jong Un"}, set(), None),
        # An act and the participle that tells its toll are one event, in one place.
        (
            "On December 21, 2015 in Bagram, a suicide bomber blew himself up, killing six NATO"
            " service members.",
            "blow",
            set(),
            {"NATO service members"},
            "Bagram",
        ),
        (
            "A device exploded on Friday, wounding 13 people on a street in the city of Lyon.",
            "explode",
            set(),
            {"people"},
            "Lyon",
        ),
        # Collectives of wire news.
        (
            "Taliban gunmen attacked the camp. Twenty insurgents were killed.",
            "kill",
            set(),
            {"insurgents"},
            None,
        ),
        # An unnamed person or body told of again acts or undergoes the act.
        ("Police arrested the suspect on Saturday.", "arrest", {"police"}, {"suspect"}, None),
        # A court named by its common noun alone is not listed: the act has no agent.
        ("The court sentenced his friend to ten years.", "sentence", set(), {"friend"}, None),
        (
            "The government is pressuring public employees to vote.",
            "pressure",
            {"government"},
            {"public employees"},
            None,
        ),
        # A number without its noun: the group counted before it undergoes the act.
        (
            "They killed 23 Afghan soldiers and injured another 15.",
            "injure",
            set(),
            {"another 15 Afghan soldiers"},
            None,
        ),
        # A fight with someone, named by its noun, is an event they take part in.
        (
            "He died after a gunfight with police three days after the bombing.",
            "gunfight",
            set(),
            {"police"},
            None,
        ),
        # A within phrase says where, as an in phrase does.
        (
            "Protesters gathered within the city of Caracas on Monday.",
            "gather",
            {"protesters"},
            set(),
            "Caracas",
        ),
        # A surname the model tags as no name is the person named in full before.
        (
            "Health Secretary Thomas Lake visited the hospital in Accra on Monday. Lake agreed"
            " to a new contract for the nurses.",
            "agree",
            {"Thomas Lake"},
            set(),
            None,
        ),
        # ... also where a surname that is a word is tagged an adjective.
        (
            "The statement was released by District Attorney Paul Young on Monday.\n\nYoung"
            " heads a unit that is reviewing the killings.",
            "head",
            {"Paul Young"},
            set(),
            None,
        ),
        # "The father" is the person an apposition called the father before.
        (
            "Tomas Brenner, the boy's father, met his lawyers on Monday. The father will travel"
            " to Miami on Thursday.",
            "travel",
            {"Tomas Brenner"},
            {"Miami"},
            "Miami",
        ),
        # "The company" is the company last named with its legal form, when no body was
        # named since; "it" goes on from it.
        (
            "Dalworth Instruments Inc. received two offers in March. The following month, the"
            " company put itself up for sale.",
            "put",
            {"Dalworth Instruments Inc."},
            set(),
            None,
        ),
        # ... past the stock exchange its shares trade on.
        (
            "Dalworth Instruments Inc. posted a loss. Its stock closed at $15, unchanged in"
            " composite trading on the New York Stock Exchange. The company cut its dividend.",
            "cut",
            {"Dalworth Instruments Inc."},
            set(),
            None,
        ),
        # ... and past a state's body or office, which is no company.
        (
            "Dalworth Instruments Inc. posted a loss. Its founder failed to win a seat in"
            " Parliament last year. The company cut its dividend.",
            "cut",
            {"Dalworth Instruments Inc."},
            set(),
            None,
        ),
        (
            "Dalworth Instruments Inc. posted a loss. The Securities and Exchange Commission"
            " opened an inquiry on Monday. The company then cut its dividend.",
            "cut",
            {"Dalworth Instruments Inc."},
            set(),
            None,
        ),
        # ... also when words before it tell its trade.
        (
            "Dalworth Instruments Inc. received two offers in March. The small gauge and valve"
            " company, owned by its founder, later put itself up for sale.",
            "put",
            {"Dalworth Instruments Inc."},
            set(),
            None,
        ),
        # ... and the noun of its trade names the company the article is about again; a place
        # before it tells where the company is.
        (
            "Dalworth Instruments Inc. posted a loss for the quarter. The gauge maker has cut"
            " its dividend.",
            "cut",
            {"Dalworth Instruments Inc."},
            set(),
            None,
        ),
        (
            "Dalworth Instruments Inc. posted a loss for the quarter. The No. 2 U.S. valve"
            " maker then wrote its lenders.",
            "write",
            {"Dalworth Instruments Inc."},
            {"lenders"},
            None,
        ),
        # So is "company" after the town it is in, which does not act.
        (
            "Dalworth Instruments Inc. posted a loss for the quarter. The Tulsa, Okla., company"
            " has cut its dividend.",
            "cut",
            {"Dalworth Instruments Inc."},
            set(),
            None,
        ),
        (
            "Dalworth Instruments Inc. posted a loss for the quarter. The Denver-based company"
            " has cut its dividend.",
            "cut",
            {"Dalworth Instruments Inc."},
            set(),
            None,
        ),
        (
            "Dalworth Instruments Inc. posted a loss for the quarter. The San Diego company has"
            " cut its dividend.",
            "cut",
            {"Dalworth Instruments Inc."},
            set(),
            None,
        ),
        # "The alliance" is the body the article names again and again, not one named last.
        (
            "NATO defence ministers met in Brussels on Tuesday. NATO said it would admit two new"
            " members, a spokesman for the European Commission said. The western alliance will"
            " sign the accession protocols in April.",
            "sign",
            {"North Atlantic Treaty Organization"},
            set(),
            None,
        ),
        # A figure whose own phrase says whose it is, is not the last company's.
        (
            "Dalworth Instruments Inc. posted a loss. Profit at the unit fell 5% to $3 million.",
            "fall",
            set(),
            set(),
            None,
        ),
        (
            "Dalworth Homes Inc. builds houses. Sales of new homes fell 5% last month.",
            "fall",
            set(),
            set(),
            None,
        ),
        # A phrase naming the period a figure is for does not say whose it is; nor does the
        # parse taking a bare "Net" for an adjective.
        (
            "Dalworth Instruments Inc. posted a loss. Net income for the third quarter fell 5% to"
            " $3 million.",
            "fall",
            set(),
            {"Dalworth Instruments Inc."},
            None,
        ),
        (
            "Dalworth Instruments Inc. posted a loss. Revenue in the latest quarter fell 5% to"
            " $30 million.",
            "fall",
            set(),
            {"Dalworth Instruments Inc."},
            None,
        ),
        (
            "Dalworth Instruments Inc. posted a loss. Net for the nine months fell 5% to $3"
            " million.",
            "fall",
            set(),
            {"Dalworth Instruments Inc."},
            None,
        ),
        # A thrift, named without a legal form, is "the thrift" and "the company" again.
        (
            "Harlow Savings & Loan Association posted a loss. The thrift has cut its dividend.",
            "cut",
            {"Harlow Savings & Loan Association"},
            set(),
            None,
        ),
        (
            "Brandt Hotels Inc. will buy Harlow Savings & Loan Association, a thrift in Akron. The"
            " Ohio thrift then closed two branches.",
            "close",
            {"Harlow Savings & Loan Association"},
            set(),
            None,
        ),
        (
            "Harlow Savings & Loan Association posted a loss. The company closed two branches"
            " in May.",
            "close",
            {"Harlow Savings & Loan Association"},
            set(),
            None,
        ),
        # "The [nationality] [title]" is the person named before as that country's.
        (
            "Talks stalled on Monday after Egypt's Omar Hadid met Prime Minister Ana"
            " Ruiz. The Egyptian leader later rejected the offer.",
            "reject",
            {"Omar Hadid"},
            set(),
            None,
        ),
        (
            "President Ana Ruiz met President Karim Haddad of Syria in Madrid. The Syrian leader"
            " later signed the accord.",
            "sign",
            {"Karim Haddad"},
            set(),
            None,
        ),
        # ... else the one ruler the article has named.
        (
            "President Ana Ruiz opened the summit in Caracas on Monday. The Venezuelan leader later"
            " signed the accord.",
            "sign",
            {"Ana Ruiz"},
            set(),
            None,
        ),
        # ... also as the object of an infinitive the event's clause facts reach.
        (
            "Dalworth Instruments Inc. posted a loss for the quarter. Tom Reyes, an investor,"
            " plans to run the gauge maker.",
            "plan",
            {"Tom Reyes"},
            {"Dalworth Instruments Inc."},
            None,
        ),
        (
            "Dalworth Instruments Inc. received two offers in March. An analyst at Halvard"
            " Partners said the company would be sold.",
            "sell",
            set(),
            set(),
            None,
        ),
    ],
)
def test_wire_event_roles(
    parse: Parse,
    text: str,
    predicate: str,
    agents: set[str],
    patients: set[str],
    place: str | None,
) -> None:
    event = _by_predicate(parse, text)[predicate]
    assert agents <= {e.name for e in event.agents}
    assert patients <= {e.name for e in event.patients}
    if not patients:
        assert not {e.name for e in event.patients} - agents
    assert (event.place.name if event.place else None) == place


@pytest.mark.parametrize(
    "text",
    [
        "Dalworth Instruments Inc. received two offers in March. The parent company later put"
        " itself up for sale.",
        "Dalworth Instruments Inc. received two offers in March. A rival gauge company later"
        " put itself up for sale.",
        "Dalworth Instruments Inc. received two offers in March. The rival gauge maker later"
        " put itself up for sale.",
    ],
)
def test_a_company_told_apart_from_the_one_named_is_another(parse: Parse, text: str) -> None:
    event = _by_predicate(parse, text)["put"]
    assert not event.agents, event.agents


@pytest.mark.parametrize(
    ("text", "predicate", "agents", "place"),
    [
        # A place in front of the event noun that is the subject: where, not who.
        ("The Manchester suicide bombing killed 22 people.", "bombing", set(), "Manchester"),
        # An in/at phrase goes before the place in front.
        (
            "A U.S. drone strike in North Waziristan killed four militants on Monday.",
            "strike",
            set(),
            "North Waziristan",
        ),
        ("The Hanoi summit in February 2019 ended without agreement.", "summit", set(), "Hanoi"),
        (
            "Police arrested two men after the explosion in Lyon on Friday.",
            "explosion",
            set(),
            "Lyon",
        ),
        (
            "Police are still searching for the suspect in the killing of a shopkeeper in Lowell.",
            "killing",
            set(),
            "Lowell",
        ),
    ],
)
def test_wire_event_nouns(
    parse: Parse, text: str, predicate: str, agents: set[str], place: str
) -> None:
    _doc, ctx = parse(text)
    event = _by_predicate(parse, text)[predicate]
    assert {e.name for e in event.agents} == agents
    assert event.place is not None
    assert place in {event.place.name, *ctx.entities.aliases(event.place)}


def test_the_lead_happens_in_the_dateline_city(parse: Parse) -> None:
    text = (
        "Kyrgyzstan National Pleads Not Guilty\nLONDON —\xa0\nA citizen of Kyrgyzstan on Wednesday"
        " pleaded not guilty to charges. He faces three counts of lying."
    )
    events = _by_predicate(parse, text)
    assert events["plead"].place is not None
    assert events["plead"].place.name == "London"
    assert events["face"].place is None


@pytest.mark.parametrize(
    ("text", "predicate", "place"),
    [
        (
            "A device exploded on Friday in Lyon, wounding 13 people. No group has claimed"
            " responsibility for the explosion.",
            "explosion",
            "Lyon",
        ),
        # Only a telling of the same act: a stabbing is not told as "the attack".
        (
            "A man was stabbed in Manchester on Saturday. Saturday's attack shocked the city.",
            "attack",
            None,
        ),
        (
            "Gunmen attacked a hotel in Kabul on Saturday. Police said Saturday's attack was"
            " planned abroad.",
            "attack",
            "Kabul",
        ),
        # The ceremony the news is about was held where the story opened, up to three
        # sentences before; not past a scene placed elsewhere, nor farther back.
        (
            "New houses have appeared at the Sonbong Farm in Kumya County. They are a fruit of"
            " devoted efforts. Present at the ceremony for moving into new houses were"
            " officials of the county.",
            "ceremony",
            "Sonbong Farm",
        ),
        (
            "Modern rural dwelling houses have been built at Yanggok and Manjong farms in"
            " Paekam County. And the farmers moved into their new houses. The modern houses"
            " preserve the features of mountain villages. Present at the ceremony for moving"
            " into new houses were officials of the county.",
            "ceremony",
            "Yanggok Farm",
        ),
        (
            "New houses have appeared at the Sonbong Farm in Kumya County. Builders then"
            " worked in Hamhung. Present at the ceremony for moving into new houses were"
            " officials of the county.",
            "ceremony",
            None,
        ),
        (
            "New houses have appeared at the Sonbong Farm in Kumya County. They are a fruit of"
            " devoted efforts. The houses look fine. The trees are tall. Present at the"
            " ceremony for moving into new houses were officials of the county.",
            "ceremony",
            None,
        ),
        (
            "Young people met in Kanggye to volunteer. They carried out the decision of the"
            " enlarged meeting.",
            "meeting",
            None,
        ),
        # Only the story the first paragraph tells: a scene of a later one may be elsewhere.
        (
            "The premier of Japan spoke on Monday.\nThe prime minister toured a plant in Osaka."
            " The Cabinet meeting decided to export fighters.",
            "meeting",
            None,
        ),
    ],
)
def test_an_event_named_again_takes_the_place_told_before(
    parse: Parse, text: str, predicate: str, place: str | None
) -> None:
    later = [e for e in _open_events_list(parse, text) if e.predicate == predicate][-1]
    assert (later.place.name if later.place else None) == place


def test_a_place_taken_from_the_story_is_marked_less_sure(parse: Parse) -> None:
    text = (
        "New houses have appeared at the Sonbong Farm in Kumya County. Present at the ceremony"
        " for moving into new houses were officials of the county."
    )
    events = _open_events_list(parse, text)
    ceremony = next(e for e in events if e.predicate == "ceremony")
    opening = next(e for e in events if e.place is not None and e is not ceremony)
    assert ceremony.place == opening.place
    assert ceremony.place_confidence is not None and ceremony.place_confidence < 1
    assert opening.place_confidence is None


def _open_events_list(parse: Parse, text: str) -> list[Event]:
    doc, ctx = parse(text)
    return list(extract_open_events(doc, ctx))


def test_a_participle_shares_the_time_of_its_act(parse: Parse) -> None:
    events = _by_predicate(parse, "A device exploded on Friday in Lyon, shattering windows.")
    assert events["shatter"].time is not None
    assert events["shatter"].time == events["explode"].time


def test_a_group_that_swallowed_the_in_phrase_leaves_its_place_to_the_act(parse: Parse) -> None:
    text = "Police arrested two men in the southern city of Basra on Monday."
    event = _by_predicate(parse, text)["arrest"]
    assert event.place is not None
    assert event.place.name == "Basra"


def test_a_where_clause_after_an_of_phrase_describes_what_the_phrase_hangs_on(
    parse: Parse,
) -> None:
    events = _by_predicate(
        parse,
        "Japan is the largest overseas military base of the U.S., where more than 54 000 "
        "U.S. troops are deployed.",
    )
    assert events["deploy"].place is None


@pytest.mark.parametrize(
    ("text", "predicate", "again"),
    [
        # A definite noun repeating the words of the event's first naming.
        (
            "A statement after a two-hour emergency meeting at Stormont Castle said that they "
            "deplored the slaughter. Mr Whitelaw and Lord Carrington immediately flew back to "
            "Belfast for their emergency meeting.",
            "meeting",
            "their emergency meeting",
        ),
        # A bare noun of the same class led by a possessive pronoun.
        (
            "Officials discussed the planned visit of Trade Secretary Alan Brooks in March. His"
            " trip is still on, the ministry said.",
            "visit",
            "His trip",
        ),
        # A visitor going about the place visited, or coming into it, tells the visit on.
        (
            "Kang Thae Sok visited the Ryongsong Machine Complex on Monday. He went round its"
            " assembly workshops.",
            "visit",
            "He went round its assembly workshops",
        ),
        (
            "Members of the Cuban delegation visited the Korean Revolution Museum. They looked"
            " round various halls of the museum.",
            "visit",
            "They looked round various halls",
        ),
        (
            "Ri Chang Hwan visited a factory in July. An official tried to hold him back from"
            " entering the worksite because of the smell. But Ri Chang Hwan went into the site.",
            "visit",
            "But Ri Chang Hwan went into the site",
        ),
        # What the visit was for is the visit told on.
        (
            "Members of the Lao delegation visited the Chinese embassy on Friday to offer"
            " condolences over the death of its ambassador.",
            "visit",
            "to offer condolences",
        ),
        # A clause whose subject is the event's noun tells what the event did.
        (
            "Police are hunting a man suspected of planting a bomb in a Friday blast which "
            "injured several people.",
            "blast",
            "which injured several people",
        ),
        ("The Manchester suicide bombing killed 22 people.", "bombing", "killed 22 people"),
        # A participle after the comma tells what that clause's act did: the event's too.
        (
            "Car bombings at the embassies in Kenya and Tanzania blew apart buildings and "
            "buses, trapping people under slabs of concrete.",
            "bombing",
            "trapping people",
        ),
        (
            "The suspected car bombings occurred minutes apart on Friday, turning busy streets "
            "into bloody scenes.",
            "bombing",
            "turning busy streets",
        ),
        # The same verb of the same doer in a later sentence, saying nothing else of it.
        (
            "Magna International Inc.'s chief financial officer, James McAlpine, resigned. "
            "Magna said Mr. McAlpine resigned to pursue a consulting career.",
            "resign",
            "Mr. McAlpine resigned",
        ),
        (
            "Tension rose when Saddam Hussein called President Bush a liar. In a long verbal "
            "attack read on Iraqi television, Saddam repeatedly called Bush a liar.",
            "call",
            "repeatedly called Bush",
        ),
        # A noun that says what the event was.
        (
            "The Cafeteria Rolando bombing was an attack on 13 September 1974 at the Rolando "
            "cafe in Madrid.",
            "bombing",
            "an attack on 13 September 1974",
        ),
        (
            "The DPRK carried out the launch of a military reconnaissance satellite on May 27. "
            "The launch failed due to the air blast of the carrier rocket.",
            "launch",
            "The launch failed",
        ),
        # A clause about a noun that repeats the object of the verb that told the event.
        (
            "The party convened a meeting of officials. The meeting discussed the harvest.",
            "convene",
            "The meeting discussed the harvest",
        ),
        # A participle telling the toll of the act it hangs on.
        (
            "A truck bomb exploded outside the ministry in Kabul on Monday, killing 19 people "
            "and wounding dozens.",
            "explode",
            "wounding dozens",
        ),
        # A relative clause the parse hangs on a place in the phrase of the event's noun.
        (
            "Rescuers worked through the night after the twin bombings at hotels in Mumbai and "
            "Delhi, which killed 40 people and injured 300.",
            "bombing",
            "injured 300",
        ),
        # A definite noun of the generic class names again what a noun of its kind named.
        (
            "The verdict on the dispute came after an investigation by the police. Officials "
            "said the probe took a year.",
            "investigation",
            "the probe took a year",
        ),
        # A definite device going off is the one the act of violence told before used, with
        # the toll told of it.
        (
            "Talks were cut short by the car bombing of the embassy. The bomb went off at "
            "10:30 a.m., killing 40 people.",
            "bombing",
            "killing 40 people",
        ),
        (
            "The market bombing was an attack on a Saturday. The device was hidden in a cart "
            "and exploded near the gate.",
            "bombing",
            "exploded near the gate",
        ),
        (
            "Police said the blast in the square was the worst in a decade. The explosives "
            "were detonated by a timer.",
            "blast",
            "were detonated by a timer",
        ),
        # A definite noun that only says when or where names again the act of its kind.
        (
            "Two men were accused of carrying out the marathon bombing. Their trial is set for "
            "May in connection with the April 15, 2013, attack, which killed three people.",
            "bombing",
            "April 15, 2013, attack",
        ),
        (
            "Talks were cut short by the car bombing of the embassy. The blast in Nairobi "
            "occurred at almost exactly the same moment.",
            "bombing",
            "The blast in Nairobi",
        ),
        # A definite noun whose "of" phrase repeats the one it was first told with, with the
        # places it happened in.
        (
            "The gang is suspected in three killings of journalists last year. Police said the"
            " killing of journalists in Lagos, Kano and Abuja was planned abroad.",
            "killing",
            "the killing of journalists in Lagos, Kano and Abuja",
        ),
    ],
)
def test_an_event_told_again_is_one_event(
    parse: Parse, text: str, predicate: str, again: str
) -> None:
    doc, ctx = parse(text)
    told = [e for e in extract_open_events(doc, ctx) if e.predicate == predicate]
    assert len(told) == 1 and any(again in m.text for m in told[0].evidence)


@pytest.mark.parametrize(
    ("text", "host", "present", "participle"),
    [
        (
            "Speeches were made at the events attended by Kim Jong Un and Choe Ryong Hae.",
            "make",
            "Kim Jong Un",
            "attend",
        ),
        (
            "At the recent confab participated by Lloyd Austin, the ministers cooked up a "
            "joint statement.",
            "cook",
            "Lloyd Austin",
            "participate",
        ),
    ],
)
def test_who_was_at_an_occasion_is_at_the_clause_told_there(
    parse: Parse, text: str, host: str, present: str, participle: str
) -> None:
    doc, ctx = parse(text)
    events = list(extract_open_events(doc, ctx))
    assert not any(e.predicate == participle for e in events)
    told = next(e for e in events if e.predicate == host)
    assert present in {a.name for a in told.agents}


def test_who_was_at_an_occasion_an_event_noun_names_is_at_that_event(parse: Parse) -> None:
    doc, ctx = parse(
        "A statement was read on Wednesday night at a rally attended by President Fidel Castro."
    )
    events = list(extract_open_events(doc, ctx))
    rally = next(e for e in events if e.predicate == "rally")
    read = next(e for e in events if e.predicate == "read")
    assert "Fidel Castro" in {a.name for a in rally.agents}
    assert "Fidel Castro" not in {a.name for a in read.agents}


@pytest.mark.parametrize(
    ("text", "predicate", "evidence", "named"),
    [
        (
            "This man, Eric Rudolph, has already been charged in the Birmingham bombing.",
            "charge",
            "This man, Eric Rudolph, has already been charged",
            "the Birmingham bombing",
        ),
        (
            "Army of God letters claim responsibility for the Atlanta abortion clinic bombing.",
            "claim",
            "Army of God letters claim responsibility",
            "the Atlanta abortion clinic bombing",
        ),
        (
            "Kopp also is wanted for questioning in at least two other shootings of doctors.",
            "want",
            "Kopp also is wanted for questioning",
            "at least two other shootings of doctors",
        ),
        (
            "A banquet was given at the Mokran House. Ri Chang Hwan made a speech at the banquet.",
            "make",
            "Ri Chang Hwan made a speech",
            "the banquet",
        ),
    ],
)
def test_a_clause_leaves_out_the_event_a_phrase_after_its_verb_names(
    parse: Parse, text: str, predicate: str, evidence: str, named: str
) -> None:
    doc, ctx = parse(text)
    events = list(extract_open_events(doc, ctx))
    clause = next(e for e in events if e.predicate == predicate)
    assert [m.text for m in clause.evidence] == [evidence]
    assert any(named in m.text for e in events if e is not clause for m in e.evidence)


@pytest.mark.parametrize(
    ("text", "predicate", "evidence"),
    [
        # A company's figure is no event told apart (lexicon `company_measure_nouns`): the
        # clause keeps it.
        (
            "Last year, the company earned $480 million on sales of $4.3 billion.",
            "earn",
            "Last year, the company earned $480 million on sales of $4.3 billion",
        ),
    ],
)
def test_a_clause_keeps_a_phrase_that_names_no_act(
    parse: Parse, text: str, predicate: str, evidence: str
) -> None:
    doc, ctx = parse(text)
    clause = next(e for e in extract_open_events(doc, ctx) if e.predicate == predicate)
    assert [m.text for m in clause.evidence] == [evidence]


def test_who_comes_for_a_gathering_takes_part_in_it(parse: Parse) -> None:
    doc, ctx = parse(
        "A statement after a two-hour emergency meeting at Stormont Castle said that they "
        "deplored the slaughter. Mr Whitelaw and Lord Carrington immediately flew back to "
        "Belfast for their emergency meeting."
    )
    meeting = next(e for e in extract_open_events(doc, ctx) if e.predicate == "meeting")
    assert {"Whitelaw", "Lord Carrington"} <= {a.name for a in meeting.agents}


@pytest.mark.parametrize(
    ("text", "predicates"),
    [
        # Another of its kind: a word in front that the first naming lacks.
        (
            "The 10th session of the assembly was held in May. Officials discussed the "
            "agenda of the 11th session.",
            ["session", "session"],
        ),
        # "his abduction" is not the killing told before it: a possessive of an act of any
        # kind may tell another.
        (
            "The killing of the engineer shocked the town. His abduction had taken place in March.",
            ["killing", "abduction"],
        ),
        # Going to another place, or round a place on another day, is no part of the visit.
        (
            "Kang Thae Sok visited the Ryongsong Machine Complex on Monday. Then he went to the"
            " Hungnam Fertilizer Complex.",
            ["visit", "go"],
        ),
        (
            "Kang Thae Sok visited a farm in Sukchon County on May 3. On May 5 he went round the"
            " Hungnam Fertilizer Complex.",
            ["visit", "go"],
        ),
        # Reaching an agreement is coming into no place.
        (
            "Kang Thae Sok visited the Ryongsong Machine Complex on Monday. He reached an"
            " agreement with the managers on the supply of steel.",
            ["visit", "reach"],
        ),
        # Nor is what someone who did not make the visit does there.
        (
            "Choe Ryong Hae inspected the Sinpho Fishery Complex. Upon his return, Kang Thae Sok"
            " went round the harbour.",
            ["inspect", "go"],
        ),
        # What a gathering was held for is told apart.
        (
            "A meeting was held at the Pyongyang Indoor Stadium on Monday to convey the gifts.",
            ["meeting", "convey"],
        ),
        # A definite noun of the generic class is not any act told before it: a ruling is
        # no raid.
        (
            "The raid on the village killed 12 people. Lawyers for the families challenged the"
            " ruling.",
            ["raid", "ruling"],
        ),
        # A toll told by a relative clause on a place that no event's noun names.
        ("The army shelled the village, which killed 30 civilians.", ["shell", "kill"]),
        # A toll after a finite verb closer than the one the parse hangs it on is that verb's.
        (
            "Police are seeking a man who left a bag holding a device that exploded on Friday, "
            "wounding 13 people in Lyon.",
            ["seek", "wound"],
        ),
        # What another verb than the visit's was done for is no part of the visit.
        (
            "Kim Tok Hun visited the Sinhung Farm on Monday and met its farmers to discuss the"
            " harvest.",
            ["visit", "discuss"],
        ),
        # A noun that says more than its "of" phrase and a place may tell another.
        (
            "The gang is suspected in three killings of journalists last year. Police said the"
            " second killing of journalists in Lagos was planned abroad.",
            ["killing", "killing"],
        ),
        # A device not named before goes off in another act of violence.
        (
            "The bombing of the hotel killed six people. A bomb exploded at a clinic a month "
            "later.",
            ["bombing", "explode"],
        ),
        # A device that does not go off makes no act told before.
        (
            "The bombing of the hotel killed six people. The bomb was found in a car.",
            ["bombing", "find"],
        ),
        # The same verb of the same doer with other objects or phrases, or done again or
        # besides, tells another act.
        (
            "Bethlehem Steel Corp. earned $46.9 million in the quarter. In the year-ago period,"
            " Bethlehem Steel Corp. earned $101.4 million.",
            ["earn", "earn"],
        ),
        (
            "Manuel Gonzalez went to work on Monday. The day before, Manuel Gonzalez went to "
            "Lazaro's home.",
            ["go", "go"],
        ),
        (
            "Kim Jong Un consoled the flood victims on August 8. He met them again on August 9 "
            "and Kim Jong Un consoled them.",
            ["console", "console"],
        ),
        (
            "Standard & Poor's lowered the rating and placed it on CreditWatch. Standard & "
            "Poor's also placed other securities on CreditWatch.",
            ["place", "place"],
        ),
    ],
)
def test_another_event_of_the_kind_stays_apart(
    parse: Parse, text: str, predicates: list[str]
) -> None:
    doc, ctx = parse(text)
    found = [e.predicate for e in extract_open_events(doc, ctx)]
    assert all(found.count(p) >= predicates.count(p) for p in predicates)


@pytest.mark.parametrize(
    ("text", "predicate", "agents", "patients", "place"),
    [
        # Organisations at which events took place host them.
        (
            "Events took place at the Maritime Territorial Branch Committee and the Amur Regional"
            " Branch Committee of the Communist Party of the Russian Federation.",
            "take",
            set(),
            {
                "Maritime Territorial Branch Committee",
                "Amur Regional Branch Committee of the Communist Party of the Russian Federation",
            },
            None,
        ),
        # The sides of what the subject names take part.
        (
            "An agreement on cooperation in the field of post and telecommunications, information"
            " technology and digital development between the DPRK Ministry of IT Industry and the"
            " Russian Ministry of Digital Development was signed here on Wednesday.",
            "sign",
            set(),
            {"DPRK Ministry of IT Industry", "Russian Ministry of Digital Development"},
            None,
        ),
        # A passive's doers are where they are.
        (
            "Similar innovations are made by the trade union shock brigades in Hamhung City and"
            " other areas.",
            "make",
            set(),
            set(),
            "Hamhung City",
        ),
        # A definite subject names again the body or place named before, which acts.
        (
            "The Central Tree Nursery was founded in 1947. The tree nursery has produced a large"
            " number of saplings.",
            "produce",
            {"Central Tree Nursery"},
            set(),
            None,
        ),
        # A province that acts does so in itself, not in the country around it.
        (
            "North Hamgyong Province in the DPRK directs big efforts to strengthening the"
            " foundation of producing dairy products.",
            "direct",
            {"North Hamgyong Province"},
            set(),
            "North Hamgyong Province",
        ),
        # A journey's end may hang on what is moved.
        (
            "The United States had moved additional troops and a naval armada into the Gulf.",
            "move",
            {"United States"},
            set(),
            "Gulf",
        ),
        # What is taken away is taken from where its "from" phrase is.
        (
            "Hernandez was kidnapped from his small, neighborhood store in the town of Trujillo"
            " Alto at 10 p.m. Wednesday.",
            "kidnap",
            set(),
            set(),
            "Trujillo Alto",
        ),
        # A gift is given by who it is from, to the countries it is to.
        (
            "Albright announced a gift of 500 pounds (225 kilograms) of medical supplies to"
            " Tanzania and Kenya from the Walter Reed Army Medical Center.",
            "gift",
            {"Walter Reed Army Medical Center"},
            {"Tanzania", "Kenya"},
            None,
        ),
        # Names coordinated before a plural noun they share each act.
        (
            "Tanchon City and Toksong and Kowon counties restored a large area of lost farmland.",
            "restore",
            {"Tanchon City", "Toksong County", "Kowon County"},
            set(),
            None,
        ),
        # Also where the parse takes the first name for an adjective.
        (
            "Phyongwon and Taedong counties of South Phyongan Province transformed tens of"
            " hectares of dry fields into paddy fields.",
            "transform",
            {"Phyongwon County", "Taedong County"},
            set(),
            None,
        ),
        # And where it hangs the names after the first province on that province.
        (
            "Unsan and Kaechon counties of South Phyongan Province and Ryongchon and Sakju"
            " counties of North Phyongan Province reclaimed large areas of tideland.",
            "reclaim",
            {"Unsan County", "Kaechon County", "Ryongchon County", "Sakju County"},
            set(),
            None,
        ),
        # And where it hangs a later name on a word the names share rather than on the first.
        (
            "The Sariwon and Hyesan city committees of the Workers' Party of Korea organized a"
            " campaign.",
            "organize",
            {
                "Sariwon City Committee of the Workers' Party of Korea",
                "Hyesan City Committee of the Workers' Party of Korea",
            },
            set(),
            None,
        ),
        # A noun for a kind of place stands for the places its "of" phrase lists.
        (
            "The city of Sunchon and Mundok and Sukchon counties have sent cement and timber to"
            " the flood-hit areas.",
            "send",
            {"Sunchon", "Mundok County", "Sukchon County"},
            set(),
            None,
        ),
        (
            "The counties of Hyangsan and Unsan have built new classrooms for branch schools.",
            "build",
            {"Hyangsan County", "Unsan County"},
            set(),
            None,
        ),
        # The names a subject's "including" example shares act, each of them.
        (
            "Coal mines, including Kangso and Tokchon coal mines, have increased coal output.",
            "increase",
            {"Kangso Coal Mine", "Tokchon Coal Mine"},
            set(),
            None,
        ),
        # A definite plural stands for the bodies named before whose names it heads.
        (
            "Agricultural workers of the Taedae Vegetable Farm and the Ryongnam Farm in Waudo"
            " District have moved into new houses. Ceremonies for moving into new houses took"
            " place at the farms.",
            "ceremony",
            set(),
            {"Taedae Vegetable Farm", "Ryongnam Farm"},
            None,
        ),
        # A body acts through the people of it that a subject names.
        (
            "Workers of the Ryonggang Tool Factory have turned out in a campaign to raise output.",
            "turn",
            {"Ryonggang Tool Factory"},
            set(),
            None,
        ),
        # Each office-holder of a coordinated subject acts for their body.
        (
            "The head of the Foreign Ministry and the spokesman of the Ministry of Defence met"
            " on Friday.",
            "meet",
            {"Foreign Ministry", "Ministry of Defence"},
            set(),
            None,
        ),
        # A place after the noun tells where it stands; the name before it, whose it is.
        (
            "The Friday explosions at U.S. embassies in Nairobi, Kenya, and Dar-es-Salaam,"
            " Tanzania killed 200 people.",
            "explosion",
            set(),
            set(),
            "Nairobi",
        ),
    ],
)
def test_participants_and_places_the_parse_gives(
    parse: Parse,
    text: str,
    predicate: str,
    agents: set[str],
    patients: set[str],
    place: str | None,
) -> None:
    _doc, ctx = parse(text)
    event = _by_predicate(parse, text)[predicate]
    assert agents <= {e.name for e in event.agents}
    assert patients <= {e.name for e in event.patients}
    if place is not None:
        assert event.place is not None
        assert place in {event.place.name, *ctx.entities.aliases(event.place)}


@pytest.mark.parametrize(
    "text",
    [
        "\n\nNAIROBI (AP) --\n\nThousands of people paid tribute to the sailors on Friday.",
        "\nNAIROBI (AP)_ Thousands of people paid tribute to the sailors on Friday.",
    ],
)
def test_the_city_of_a_dateline_without_a_date_is_no_doer(parse: Parse, text: str) -> None:
    event = _by_predicate(parse, text)["pay"]
    assert "Nairobi" not in {e.name for e in event.agents}
    assert event.agents


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        # A country acted on is a party to the act, not where it happened.
        ("Washington warned Iraq of military strikes.", "warn"),
        # A place judged is judged from afar as often as on the spot.
        ("Kim Jong Il praised Hwaphyong County for its achievements.", "praise"),
        # A place helped to do something is a party to the act, not where it happened.
        ("The army helped Hamhung City to rebuild the houses.", "help"),
        # What a lead after an agency's dateline plans, or tells in a clause below its main
        # one, need not happen in the dateline's city.
        ("\nSYDNEY (AP) _ Qantas will add flights to India by August.", "add"),
        (
            "\nHAVANA (AP) _ Officials said the boy drowned when the boat sank off Florida.",
            "drown",
        ),
        # A place's possessive before an abstract noun locates nothing.
        ("The minister expressed anger at Egypt's refusal to reopen the crossing.", "express"),
        # A clause of another moment, or one set against the clause it hangs on, happened
        # where it tells, not where that clause did.
        ("The minister spoke in Geneva after he had met the envoys.", "meet"),
        ("Shares rose in Tokyo while dealers waited for the trade figures.", "wait"),
        # "as" with no subject of its own tells a manner, not a moment; a participle's phrase
        # tells where those it describes were, not where the clause under it happened.
        (
            "As already warned by the vice-minister of National Defence, leaflets are being "
            "scattered in the border areas of the ROK.",
            "warn",
        ),
        (
            "The outlook darkened for the Americans caught in Kuwait when the troops crossed "
            "the border.",
            "cross",
        ),
        ("Officials hailed the deal as proof foreigners can invest in Japan.", "hail"),
        # A verbless line sets no scene for the next paragraph, nor does a headline.
        ("More heavy gunfire in Kosovo.\nThe security forces attacked villages.", "attack"),
        ("Heavy gunfire in Kosovo\nThe security forces attacked villages.", "attack"),
    ],
)
def test_a_place_acted_on_from_afar_places_nothing(parse: Parse, text: str, predicate: str) -> None:
    event = _by_predicate(parse, text)[predicate]
    assert event.place is None


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        # What follows a market's move is no move of the market's.
        (
            "In Zurich, stocks ended higher in light trading. The bank's chairman resigned.",
            "resign",
        ),
        # Nor is a move told two sentences on, past another topic.
        (
            "In Zurich, stocks ended higher in light trading. Dealers cited a strong franc. "
            "The SMI gained 12.4 points to 1620.5.",
            "gain",
        ),
    ],
)
def test_a_market_place_goes_only_to_the_next_move(parse: Parse, text: str, predicate: str) -> None:
    event = _by_predicate(parse, text)[predicate]
    assert event.place is None


def test_who_undergoes_a_clause_does_not_do_its_gerund(parse: Parse) -> None:
    event = _by_predicate(parse, "Two Palestinians were killed in fighting the troops in Gaza.")
    assert "fight" not in event or not event["fight"].agents


@pytest.mark.parametrize(
    ("text", "predicate", "agents", "patients", "place"),
    [
        # A bare participle joined to a passive undergoes it too, taken where its "to" says.
        (
            "Kim Hyang Sun was confirmed to be pregnant with triplets and sent to the Pyongyang"
            " Maternity Hospital.",
            "send",
            set(),
            {"Kim Hyang Sun"},
            "Pyongyang Maternity Hospital",
        ),
        # Who did the first act of a passive did the one joined to it.
        (
            "The smugglers were arrested by the police and taken to Hyesan.",
            "take",
            {"police"},
            {"smugglers"},
            "Hyesan",
        ),
        # A perfect keeps its doer.
        (
            "Kim Jong Un has visited the farm and inspected the fields.",
            "inspect",
            {"Kim Jong Un"},
            set(),
            None,
        ),
    ],
)
def test_a_participle_joined_to_a_passive_is_passive(
    parse: Parse,
    text: str,
    predicate: str,
    agents: set[str],
    patients: set[str],
    place: str | None,
) -> None:
    _doc, ctx = parse(text)
    event = _by_predicate(parse, text)[predicate]
    assert {e.name for e in event.agents} == agents
    assert patients <= {e.name for e in event.patients}
    if place is not None:
        assert event.place is not None
        assert place in {event.place.name, *ctx.entities.aliases(event.place)}


@pytest.mark.parametrize(
    ("text", "predicate", "name"),
    [
        # A bare name before a plural noun says whose they are: it does not act.
        ("Pyongyang citizens visited the exhibition hall.", "visit", "Pyongyang"),
        # A second subject the parse cuts loose from an "in" phrase does not act.
        (
            "The students and all other children of the afflicted families in North Phyongan,"
            " Jagang and Ryanggang provinces shall stay in Pyongyang.",
            "stay",
            "Jagang Province",
        ),
        # A plural that names its own bodies stands for no others named before.
        (
            "The Inpho Youth Coal Mine raised output. Similar successes are also made at the"
            " Namdok, Hoean and Phunggok youth coal mines.",
            "make",
            "Inpho Youth Coal Mine",
        ),
        # A plural stands for two or more bodies named before, not for one.
        (
            "Workers of the Ryongnam Farm have moved into new houses. A ceremony took place at"
            " the farms.",
            "ceremony",
            "Ryongnam Farm",
        ),
    ],
)
def test_a_name_qualifying_a_plural_takes_no_part(
    parse: Parse, text: str, predicate: str, name: str
) -> None:
    event = _by_predicate(parse, text)[predicate]
    assert name not in {e.name for e in (*event.agents, *event.recipients, *event.patients)}


def test_a_plural_verb_after_which_tells_of_no_country_named_before_it(parse: Parse) -> None:
    doc, ctx = parse(
        "Agitation is lively at the building sites of the schools in Jagang Province of the "
        "DPRK, which are seething with the drive to finish the project."
    )
    assert not [
        e
        for e in extract_open_events(doc, ctx)
        if "Democratic People's Republic of Korea" in {a.name for a in e.agents}
    ]


@pytest.mark.parametrize(
    ("text", "predicate", "agent", "quote"),
    [
        (
            "Neal Brantley called the move a ``temporary setback.''",
            "call",
            "Neal Brantley",
            "a temporary setback",
        ),
        (
            "Yardena Bar-Lev described Yigal Amir as an ``original thinker.''",
            "describe",
            "Yigal Amir",
            "an original thinker",
        ),
        (
            "A spokesman for the Foreign Ministry of the DPRK denounced the drills as a "
            "dangerous provocation.",
            "denounce",
            "Foreign Ministry",
            "a dangerous provocation",
        ),
        (
            'On Friday, the French president, Emmanuel Macron, called the explosion an "attack".',
            "call",
            "Emmanuel Macron",
            "an attack",
        ),
        # The quoted words after what is called, where the parse finds no predicate for them.
        (
            "Senator John Miller called the rebels ``bandits'' and ``thugs.''",
            "call",
            "John Miller",
            "bandits and thugs",
        ),
        (
            "Chairman Robert Dunn called the plan part of the firm's strategy and \"a sound"
            ' cost-control program."',
            "call",
            "Robert Dunn",
            "a sound cost-control program",
        ),
        (
            "Rabbi David Cohen called the talk about killing the mayor ``nonsense,'' and said it"
            " was a joke.",
            "call",
            "David Cohen",
            "nonsense",
        ),
        (
            "Tom Reyes calls discounting \"a loser's game for anyone without a dominant market"
            ' share."',
            "call",
            "Tom Reyes",
            "a loser's game for anyone without a dominant market share",
        ),
        # Words quoted of a speaker that is no entity (a text, an unnamed official).
        (
            "A statement issued after the cabinet meeting said the ministers condemned the"
            " ``cowardly attacks'' on the police.",
            "say",
            "",
            "cowardly attacks",
        ),
    ],
)
def test_a_judgement_given_of_something_is_a_statement(
    parse: Parse, text: str, predicate: str, agent: str, quote: str
) -> None:
    event = _by_predicate(parse, text)[predicate]
    assert event.classes == ("Statement",)
    assert agent in " ".join(e.name for e in (*event.agents, *event.patients))
    assert event.quote == quote


@pytest.mark.parametrize(
    "text",
    [
        "Kim Jong Un called the officials to his office.",
        "The drill, dubbed Freedom Flag, began on Monday.",
        "The leader was called a hero by the crowd.",
        "Protesters called for the return of ``our hero'' to his father.",
        # A body only credited with the news told: no words of its own.
        "Zenith Co. cut 300 jobs. The drug company said net income rose 5% in the quarter.",
    ],
)
def test_a_call_or_a_name_with_no_judgement_is_no_statement(parse: Parse, text: str) -> None:
    assert all(e.classes != ("Statement",) for e in _by_predicate(parse, text).values())


@pytest.mark.parametrize(
    ("text", "described", "kept"),
    [
        (
            "The Friday explosions killed at least 110 people, and the number injured topped "
            "2,200.",
            "injure",
            "top",
        ),
        (
            "Police found a motorcycle loaded with explosives near the embassy.",
            "load",
            "find",
        ),
        (
            "Inspectors visited the sites under the Feb. 23 accord signed by Kofi Annan.",
            None,
            "sign",
        ),
        (
            "The UK saw dozens of sightings in recent months of drones flying over sites.",
            None,
            "fly",
        ),
        (
            "The U.S. used the ship to carry the Iranian oil seized at sea in April last year.",
            None,
            "seize",
        ),
        (
            "They praised the tradition that the party has carried forward.",
            None,
            "carry",
        ),
    ],
)
def test_a_past_participle_that_only_describes_its_noun_is_no_event(
    parse: Parse, text: str, described: str | None, kept: str
) -> None:
    events = _by_predicate(parse, text)
    assert kept in events
    if described is not None:
        assert described not in events


@pytest.mark.parametrize(
    ("text", "predicate", "agents"),
    [
        # A "she" after a man the article calls "Mr." is the woman named as a subject before.
        (
            "Sarah Collins met Mr. Peters on Monday. Mr. Peters praised the plan, but she "
            "rejected it.",
            "reject",
            {"Sarah Collins"},
        ),
        # A "he" after a woman is the man named as a subject before.
        (
            "Thomas Brandt arrived in Vienna on Monday. Mrs. Elena Petrova welcomed the "
            "delegation, and he thanked the hosts.",
            "thank",
            {"Thomas Brandt"},
        ),
        # ... or the man a woman bade do what her verb's infinitive says, its subject.
        (
            "Foreign Secretary Mrs. Helen Ward has invited Defence Minister Pavel Novak to "
            "visit London. He will then travel to Paris on May 3.",
            "travel",
            {"Pavel Novak"},
        ),
        # With no woman named near, the man is not taken for a "she".
        (
            "Robert Hayes visited the bank on Monday. Later she toured the factory.",
            "tour",
            set(),
        ),
        (
            "Here is ABC's Ned Potter with the report. Later she flew as the first co-pilot.",
            "fly",
            set(),
        ),
        # An unnamed person, the last subject of a main clause, is the "he" after it, not the
        # person named as a subject before.
        (
            "Governor Alan Price spoke in Denver on Tuesday. A state official who asked not "
            "to be named said the budget was ready. He declined to give the figures.",
            "decline",
            {"state official"},
        ),
        (
            "Maria Lopez joined the bank in March. A senior trader said bond prices slipped. "
            "She blamed the slide on heavy selling.",
            "blame",
            {"senior trader"},
        ),
        # So is the unnamed person a sentence is credited to "according to".
        (
            "Senator Paul Grant spoke in Ohio on Monday. The rebels have mined the harbour, "
            "according to a senior officer. He declined to say how many mines were laid.",
            "decline",
            {"senior officer"},
        ),
        # The subject of a lesser clause is passed over: the main clause's titled subject is
        # the one meant.
        (
            "Thomas Brandt toured the dam on Friday. When the worker on duty answered that "
            "the lights were dim, Brandt said that he would send new lamps.",
            "send",
            {"Thomas Brandt"},
        ),
    ],
)
def test_a_pronoun_of_the_other_sex_is_not_the_salient_person(
    parse: Parse, text: str, predicate: str, agents: set[str]
) -> None:
    event = _by_predicate(parse, text)[predicate]
    assert {e.name for e in event.agents} == agents


@pytest.mark.parametrize(
    ("text", "predicate", "agent"),
    [
        # The name after the description's comma, its title passed over, is who drew it up.
        (
            "The plan was drawn up by an army officer, Colonel Omar Haddad, in 1998.",
            "draw",
            "Omar Haddad",
        ),
        # A body named after a description by its owner.
        (
            "The deal was approved by the firm's parent, Westfield Holdings PLC, according to "
            "a filing.",
            "approve",
            "Westfield Holdings PLC",
        ),
        # A group whose first word the parse takes for a gerund of the "by" phrase.
        (
            "Kim Jong Un was greeted at the firing range by commanding officers of the academy.",
            "greet",
            "commanding officers of the academy",
        ),
        (
            "Celebration and oratorical meetings were held by working people's organizations "
            "in South Phyongan Province.",
            "meeting",
            "working people's organizations",
        ),
    ],
)
def test_the_name_after_a_passives_described_doer_acts(
    parse: Parse, text: str, predicate: str, agent: str
) -> None:
    event = _by_predicate(parse, text)[predicate]
    assert agent in {e.name for e in event.agents}


@pytest.mark.parametrize(
    "text",
    [
        "Dorvale Mining Corp. hopes to reopen the mine next year.",
        "Dorvale Mining Corp. said it was hoping to reopen the mine next year.",
    ],
)
def test_hoping_is_no_hopping(parse: Parse, text: str) -> None:
    events = _by_predicate(parse, text)
    assert "hope" in events
    assert "hop" not in events


def test_a_pronoun_goes_on_with_the_main_subject_not_a_lesser_clauses(parse: Parse) -> None:
    # The latest subject, of the clause "said" reports, is not who "she" is.
    text = (
        "Dana Kessler said she heard Lee Morgan talk about the robbery but did not tell the "
        "police. Instead, she turned to her lawyer and told him everything."
    )
    event = _by_predicate(parse, text)["turn"]
    assert {e.name for e in event.agents} == {"Dana Kessler"}


@pytest.mark.parametrize(
    ("text", "predicate", "agent"),
    [
        # The one person the sentence before names, not the subject of two sentences back.
        (
            "Harold Benz and Carl Ortiz were named to the board in May. In June the company "
            "asked Mr. Paul Winters to stay on as president. He sold the shipping unit in "
            "October.",
            "sell",
            "Paul Winters",
        ),
        (
            "Gregor Tanski founded the mill in 1952. The union later elected Dario Vance as its "
            "treasurer. He resigned after a year.",
            "resign",
            "Dario Vance",
        ),
        # "A judge" is someone new, not the subject named before.
        (
            "Dennis Varga won the primary in May. Last year a federal judge removed Mark "
            "Ostrow, then the county prosecutor, from the case. He resigned from the office a "
            "week later.",
            "resign",
            "Mark Ostrow",
        ),
        # A "he" since goes on with the subject: the person named after it is not meant.
        (
            "Kim Song Il inspected the Ryongsong Machine Complex. He was accompanied by Ri "
            "Pyong Chol. He praised the workers of the complex.",
            "praise",
            "Kim Song Il",
        ),
        # The subject named again in the sentence before, beside another, is still meant.
        (
            "Gregor Tanski founded the mill in 1952. The union later elected Tanski and Dario "
            "Vance to its board. He resigned after a year.",
            "resign",
            "Gregor Tanski",
        ),
        # A noun for one person since may go on with the subject, as a pronoun may.
        (
            "Carlos Mena, Nicaraguan ambassador to the DPRK, visited the war museum on "
            "Wednesday. Being briefed on President Kim Il Sung's feats, the ambassador went "
            "round the halls. At the end of the visit, he made an entry in the visitor's book.",
            "make",
            "Carlos Mena",
        ),
        (
            "Kim Jong Un sent a message to To Lam on August 3. He in the message extended "
            "congratulations to To Lam upon his election. He wished the party greater progress.",
            "wish",
            "Kim Jong Un",
        ),
        # A "he" is not the woman the sentence before names.
        (
            "Gregor Tanski founded the mill in 1952. The union later elected Mrs. Dora Vance "
            "as its treasurer. He resigned after a year.",
            "resign",
            "Gregor Tanski",
        ),
    ],
)
def test_a_pronoun_after_a_stale_subject_is_the_person_named_since(
    parse: Parse, text: str, predicate: str, agent: str
) -> None:
    event = _by_predicate(parse, text)[predicate]
    assert {e.name for e in event.agents} == {agent}


# "Its" owning a noun of a military act stands for a country: the one named last before it
# over a body the subject names, unless the subject names a country itself.
@pytest.mark.parametrize(
    ("text", "predicate", "agent"),
    [
        (
            "The United Nations said it would keep the embargo imposed on Iraq after its 1990 "
            "invasion of Kuwait.",
            "invasion",
            "Iraq",
        ),
        ("Iraq has refused to pay Kuwait for its invasion.", "invasion", "Iraq"),
        (
            "The Security Council met on Friday. It discussed its meeting with Iraq.",
            "meeting",
            "Security Council",
        ),
    ],
)
def test_its_military_act_is_a_countrys(
    parse: Parse, text: str, predicate: str, agent: str
) -> None:
    assert [a.name for a in _events(parse, text)[predicate].agents] == [agent]


@pytest.mark.parametrize(
    ("text", "told"),
    [
        # Carried away by a feeling: how they acted, not an act of carrying.
        (
            "They felt anger at the puppets who are acting rashly, being carried away by "
            "ill-advised bravery.",
            False,
        ),
        ("The fans got carried away by excitement and stormed the pitch.", False),
        # Carried away by someone: an act.
        ("The bodies were carried away by police.", True),
        ("Police carried away the bodies of the victims.", True),
    ],
)
def test_carried_away_by_a_feeling_is_no_act(parse: Parse, text: str, told: bool) -> None:
    doc, ctx = parse(text)
    assert any(e.predicate == "carry" for e in extract_open_events(doc, ctx)) is told
