from __future__ import annotations

import pytest
from spacy.tokens import Doc

from kg.extract.context import Context
from kg.resolve.attribution import heading_paper
from kg.resolve.dateline import find_dateline, find_dateline_under_headline, place_line
from tests.conftest import Parse


def _credited(doc: Doc, ctx: Context, phrase: str) -> list[str]:
    """The sources credited in the sentence holding `phrase`."""
    sentence = next(s for s in doc.sents if phrase in s.text)
    return [s.label for s in ctx.sources.for_sentence(sentence)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("According to a Daily NK source, officials met in Hyesan.", ["Daily NK source"]),
        # The medium a source tells carries the report too.
        ("Rice prices rose in March, a source in Hyesan told Daily NK.", ["source", "Daily NK"]),
        ("KCNA reported that the rocket was launched on Friday.", ["Korean Central News Agency"]),
        ("Officials met in Hyesan on Friday.", []),
        (
            "The launch failed during the first-stage flight, the vice general director of the "
            "National Aerospace Technology Administration said.",
            ["vice general director", "National Aerospace Technology Administration"],
        ),
        ("The president of the company said that the plant had closed.", []),
        (
            "Noting that the day was decorated with special colors, Pavel Grinevich referred"
            " to the fact that Putin and Kim Jong Un signed the treaty.",
            ["Pavel Grinevich"],
        ),
    ],
)
def test_sentence_sources(parse: Parse, text: str, expected: list[str]) -> None:
    doc, ctx = parse(text)
    sentence = next(iter(doc.sents))
    assert [s.label for s in ctx.sources.for_sentence(sentence)] == expected


def test_definite_source_and_pronoun_refer_back(parse: Parse) -> None:
    text = (
        "A Daily NK source in the country reported the campaign. "
        "“It is large,” the source said. “It will go on,” he added."
    )
    doc, ctx = parse(text)
    labels = [[s.label for s in ctx.sources.for_sentence(s)] for s in doc.sents]
    assert labels == [["Daily NK source"]] * 3


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("Pyongyang, July 29 (KCNA) -- Kim Jong Un visited a farm.", "Korean Central News Agency"),
        ("SEOUL, June 4 (Reuters) - North Korea fired two missiles.", "Reuters"),
        ("SEOUL, South Korea, June 4 (AP) — North Korea fired two missiles.", "Associated Press"),
        ("SEOUL, South Korea (AP) — North Korea flew balloons.", "Associated Press"),
        ("NAIROBI, Kenya (AP) _ Madeleine Albright paid tribute Tuesday.", "Associated Press"),
    ],
)
def test_dateline_credits_the_agency(text: str, agency: str) -> None:
    dateline = find_dateline(text)
    assert dateline is not None
    assert dateline.agency.name == agency


def test_a_sentence_is_no_dateline() -> None:
    assert find_dateline("Kim Jong Un visited a farm in Pyongyang on July 29.") is None
    assert find_dateline("Seoul, the capital (in the south) - a big city.") is None


def test_sentences_without_a_source_fall_back_to_the_dateline(parse: Parse) -> None:
    doc, ctx = parse("Pyongyang, July 29 (KCNA) -- Kim Jong Un visited a farm.")
    sentence = next(iter(doc.sents))
    assert [s.label for s in ctx.sources.for_sentence(sentence)] == ["Korean Central News Agency"]


def test_he_added_is_the_source_not_the_last_person(parse: Parse) -> None:
    text = (
        "Kim Yo Jong issued an order, a Daily NK source reported. "
        "“Officials will visit the families,” he added."
    )
    doc, ctx = parse(text)
    last = list(doc.sents)[-1]
    assert [s.label for s in ctx.sources.for_sentence(last)] == ["Daily NK source"]


def test_a_named_speaker_is_credited_with_the_reporting_agency(parse: Parse) -> None:
    doc, ctx = parse(
        "Pyongyang, May 1 (KCNA) -- Kim Jong Un stressed that the nuclear force should be "
        "bolstered.\nThe situation is tense, a source said."
    )
    first, second = list(doc.sents)[-2:]
    assert [s.label for s in ctx.sources.for_sentence(first)] == [
        "Kim Jong Un",
        "Korean Central News Agency",
    ]
    assert [s.label for s in ctx.sources.for_sentence(second)] == ["source"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ryu Sang Gun, secretary of the committee, made a report. The reporter said that "
            "production had doubled.",
            ["Ryu Sang Gun"],
        ),
        (
            "Yom Song Dok, manager of the nursery, made a report. The reporter recalled that the"
            " employees had made a positive contribution.",
            ["Yom Song Dok"],
        ),
        # A report no one is named as making leaves "the reporter" to no one.
        ("A report was made at the conference. The reporter said that output grew.", []),
    ],
)
def test_the_reporter_is_who_made_the_report(parse: Parse, text: str, expected: list[str]) -> None:
    doc, ctx = parse(text)
    second = list(doc.sents)[-1]
    assert [s.label for s in ctx.sources.for_sentence(second)] == expected


def test_a_text_given_in_full_is_credited_to_its_giver(parse: Parse) -> None:
    text = (
        "Pyongyang, June 2 (KCNA) -- Kim Tae Chol Jun, vice-minister of National Defence of the "
        "DPRK, made public the following press statement on Sunday:\n"
        "We scattered wastepaper over the border areas.\n"
        "We will halt the scattering temporarily. -0-"
    )
    doc, ctx = parse(text)
    labels = [[s.label for s in ctx.sources.for_sentence(s)] for s in doc.sents]
    assert labels[0] == ["Korean Central News Agency"]  # the dateline
    assert all(found[0] == "Kim Tae Chol Jun" for found in labels[1:]), labels
    assert labels[-1] == ["Kim Tae Chol Jun", "Korean Central News Agency"]


def test_a_press_reviews_paper_credits_the_items_under_it(parse: Parse) -> None:
    text = (
        "Pyongyang, October 14 (KCNA) -- Following are major news items of Monday:\n"
        "- A session of the Standing Committee took place.\n\n"
        "Rodong Sinmun\n"
        "- Women's union organizations have conducted artistic activities.\n\n"
        "Minju Joson\n"
        "- An article says that the peoples greeted the anniversary. -0-"
    )
    doc, ctx = parse(text)
    assert _credited(doc, ctx, "A session")[0] == "Korean Central News Agency"
    assert _credited(doc, ctx, "Women's union")[0] == "Rodong Sinmun"
    assert _credited(doc, ctx, "An article says")[0] == "Minju Joson"


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        (
            "Following are major news items of Monday:\nRodong Sinmun\n"
            "- An article calls for increasing grain output.\n"
            "- The paper carries photos of the harvest.",
            "The paper carries",
            "Rodong Sinmun",
        ),
        (
            "Following are major news items of Monday:\nMinju Joson\n"
            "- The paper echoes what farmers have said.",
            "The paper echoes",
            "Minju Joson",
        ),
        # A blank line closes the items: "the paper" below is no longer the heading's.
        (
            "Following are major news items of Monday:\nRodong Sinmun\n"
            "- An article calls for increasing grain output.\n\n"
            "- The paper carries photos of the harvest.",
            "The paper carries",
            None,
        ),
        # The one paper a lead-in names heads its items too; a lead-in naming two, neither.
        (
            "Pyongyang, September 16 (KCNA) -- Following are major news items in Rodong Sinmun,"
            " a leading newspaper of the DPRK, on Monday:\n"
            "- A plenary meeting took place.\n"
            "- The daily carries a decision on convening the assembly.",
            "The daily carries",
            "Rodong Sinmun",
        ),
        (
            "Pyongyang, September 16 (KCNA) -- Following are major news items in Rodong Sinmun"
            " and Minju Joson on Monday:\n"
            "- A plenary meeting took place.\n"
            "- The daily carries a decision on convening the assembly.",
            "The daily carries",
            None,
        ),
        # Only "the paper" stands for the heading, not a paper named anew.
        (
            "Following are major news items of Monday:\nRodong Sinmun\n"
            "- A paper of the academy deals with soil fertility.",
            "A paper of",
            None,
        ),
    ],
)
def test_the_paper_of_a_review_item_is_its_heading(
    parse: Parse, text: str, phrase: str, expected: str | None
) -> None:
    doc, ctx = parse(text)
    start = doc.text.index(phrase)
    paper = next(t for t in doc if t.idx >= start and t.lower_ in {"paper", "daily"})
    found = heading_paper(ctx.entities, paper)
    assert (found.name if found is not None else None) == expected


def test_a_full_text_given_by_a_titled_name(parse: Parse) -> None:
    # The parser heads the subject with the title and hangs the name on it in apposition.
    text = (
        "Pyongyang, October 20 (KCNA) -- DPRK Foreign Minister Choe Son Hui on October 19 "
        'made public the following press statement titled "The countries will pay":\n'
        "The U.S. and its vassal countries are working hard to revive the sanctions."
    )
    doc, ctx = parse(text)
    last = list(doc.sents)[-1]
    assert ctx.sources.for_sentence(last)[0].label == "Choe Son Hui"


def test_a_full_text_a_spokesman_released_is_credited_to_the_spokesman(parse: Parse) -> None:
    text = (
        "Pyongyang, May 20 (KCNA) -- A spokesman for the Foreign Ministry of the DPRK "
        "released the following press statement on May 20:\n"
        "The U.S. conducted a sub-critical nuclear test.\nThis is a dangerous act. -0-"
    )
    doc, ctx = parse(text)
    last = next(s for s in doc.sents if "dangerous" in s.text)
    # The spokesman speaks for the ministry, and the agency reports it.
    assert [s.label for s in ctx.sources.for_sentence(last)] == [
        "spokesman",
        "Foreign Ministry of the DPRK",
        "Korean Central News Agency",
    ]


def test_an_account_a_spokesman_opens_goes_on_in_his_words(parse: Parse) -> None:
    text = (
        "Pyongyang, October 19 (KCNA) -- A spokesman for the Ministry of National Defence said "
        "on Oct. 18 that the provocation was proved.\n"
        "A joint investigation group was organized to examine the drone.\n"
        "According to an informant, the drone was of the same type."
    )
    doc, ctx = parse(text)
    assert _credited(doc, ctx, "joint investigation") == [
        "spokesman",
        "Ministry of National Defence",
        "Korean Central News Agency",
    ]
    assert _credited(doc, ctx, "According to an informant") == ["informant"]


def test_a_message_given_in_full_is_credited_to_its_sender(parse: Parse) -> None:
    text = (
        "Pyongyang, October 20 (KCNA) -- Kim Jong Un received a reply message from Xi Jinping,"
        " general secretary of the Central Committee of the Communist Party of China.\n"
        "The reply message says:\n"
        "I express my heartfelt thanks to you for sending a message of greeting.\n"
        "I wish you good health and success in your work. -0-"
    )
    doc, ctx = parse(text)
    assert _credited(doc, ctx, "heartfelt thanks")[0] == "Xi Jinping"
    assert _credited(doc, ctx, "good health")[0] == "Xi Jinping"


def test_a_text_that_speaks_is_credited_with_the_agency(parse: Parse) -> None:
    text = (
        "Pyongyang, July 23 (KCNA) -- The participants in an international forum issued an"
        " appeal to the world progressives on June 28.\n"
        "The appeal called for vigorous activities to condemn the U.S., which provoked the"
        " Korean War.\n"
        "It stressed the need to denounce the U.S., which massacred innocent civilians.\n"
        "Officials met in Hyesan on Friday."
    )
    doc, ctx = parse(text)
    assert _credited(doc, ctx, "provoked") == ["appeal", "Korean Central News Agency"]
    assert _credited(doc, ctx, "massacred") == ["appeal", "Korean Central News Agency"]
    assert _credited(doc, ctx, "Hyesan") == ["Korean Central News Agency"]


def test_a_text_speaks_on_only_until_someone_else_does(parse: Parse) -> None:
    text = (
        "Pyongyang, July 23 (KCNA) -- The appeal called for vigorous activities to condemn the"
        " aggressors.\nA spokesman for the Foreign Ministry said the U.S. must withdraw its"
        " troops.\n"
        "It stressed that the peninsula is at the brink of war."
    )
    doc, ctx = parse(text)
    assert _credited(doc, ctx, "vigorous")[0] == "appeal"
    assert "appeal" not in _credited(doc, ctx, "brink")


def test_a_states_body_is_credited(parse: Parse) -> None:
    doc, ctx = parse("North Korea fired two ballistic missiles on Monday, Seoul's military said.")
    assert _credited(doc, ctx, "missiles") == ["Seoul military"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North Korea fired a ballistic missile on Monday, Yonhap news agency reported, citing"
            " the Joint Chiefs of Staff.",
            ["Yonhap News Agency", "Joint Chiefs of Staff"],
        ),
        (
            "The report quoted a source in Hyesan as saying that the authorities ordered residents"
            " to report defectors.",
            ["report", "source"],
        ),
        (
            "According to a report by the Korean Central News Agency, Kim Jong Un ordered the"
            " army to prepare for war.",
            ["report", "Korean Central News Agency"],
        ),
        (
            "Kim Yo Jong warned that Pyongyang would respond, in a statement carried by KCNA.",
            ["Kim Yo Jong", "Korean Central News Agency"],
        ),
        (
            "Kim Jong Un ordered his military to bolster its war readiness, state media reported.",
            ["state media"],
        ),
    ],
)
def test_an_account_within_another_credits_both(
    parse: Parse, text: str, expected: list[str]
) -> None:
    doc, ctx = parse(text)
    sentence = next(iter(doc.sents))
    assert [s.label for s in ctx.sources.for_sentence(sentence)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Regional authorities said 13 people had suffered minor injuries.",
            ["regional authorities"],
        ),
        ("Police say that two brothers carried the bombs in backpacks.", ["police"]),
        (
            "Hundreds of political prisoners are in jail, according to human rights groups.",
            ["human rights groups"],
        ),
        # A collective that claims a thing says nothing.
        ("No group has claimed responsibility for the explosion.", []),
        (
            "France's counter-terrorism prosecutor, Remy Heitz, said an investigation had been"
            " opened.",
            ["Remy Heitz"],
        ),
        (
            "According to the Venezuelan newspaper El Nacional, the crisis arose in a hospital.",
            ["El Nacional"],
        ),
        (
            "U.S. Secretary of Defense Bill Rankin responded to the raid, stating that the"
            " troops would stay.",
            ["Bill Rankin"],
        ),
        ("His attorney said he entered the United States in 2010.", ["attorney"]),
        # The medium named before "news agency".
        (
            "Three other Russian military personnel were wounded, Russia's state-run Tass news"
            " agency reported.",
            ["TASS"],
        ),
        # Whom a collective tells is no thing it claims, but a medium that carries it.
        (
            "Five civilians died in the strike, local officials told AFP on Sunday.",
            ["local officials", "Agence France-Presse"],
        ),
        (
            "Pyongyang, May 3 (KCNA) -- Kim Jong Un expressed great satisfaction, saying that the"
            " test was a success.",
            ["Kim Jong Un", "Korean Central News Agency"],
        ),
        (
            "Pyongyang, May 3 (KCNA) -- The participants said that the work was a success.",
            ["participants", "Korean Central News Agency"],
        ),
        # A heading without a full stop that the parser runs into the sentence under it is
        # no speaker, nor part of the speaker's words.
        (
            "He was charged.\nPending charges\nProsecutors said Matanov deleted searches from"
            " his computer.",
            ["prosecutors"],
        ),
        (
            "Soldiers were deployed to secure the area\nCalls for calm\nA police source said"
            " the package had been placed in front of the bakery.",
            ["police source"],
        ),
        # A phrasal verb of speech.
        (
            "A spokesman for the Belfast Brigade of the Provisional IRA pointed out that"
            " warnings were given to the police.",
            ["spokesman", "Belfast Brigade"],
        ),
        # Reports a group made speak for the group; testimony speaks.
        ("Reports by witnesses said that the bomb had been planted in a car.", ["witnesses"]),
        ("According to testimony, McVeigh checked into the motel later that day.", ["testimony"]),
        # The medium a source tells carries the report too.
        (
            "A senior law enforcement source tells CNN, there is a lot of circumstantial evidence.",
            ["senior law enforcement source", "CNN"],
        ),
        # A paper the model does not tag is named by its proper nouns, not by the medium's noun.
        (
            "The Cape Argus newspaper in Cape Town reported that a search has been launched for"
            " accomplices in the region.",
            ["Cape Argus"],
        ),
        # A lower-case word the parser takes for a name names no medium.
        ("The U.S. will pay dearly for all its crimes, the white paper says.", []),
        # The speaker an "as" clause of a passive reporting verb names; a passive without
        # "as" names no speaker.
        (
            "The gravity of the issue is that as claimed by Russian official figures, the"
            " missiles were made in the U.S.",
            ["Russian official figures"],
        ),
        ("The situation can be explained only by the logic of the animal instinct.", []),
        # A state's body speaks, though no entity names it.
        (
            "The army said that the initial shooting incidents did not involve the security"
            " forces.",
            ["army"],
        ),
        # Officials speak for the body named before their title.
        (
            "At least 75 people were killed and 1,643 wounded there, Red Cross and ambulance"
            " officials said.",
            ["ambulance officials", "Red Cross"],
        ),
        # What the sentence is "according to" is a body's figures: the body is credited.
        (
            "Last week alone, $2.1 billion flowed out of the bond funds, according to estimates"
            " by Carbury Research Inc., a Denver firm.",
            ["Carbury Research Inc."],
        ),
        (
            "According to Talwin Corp.'s estimates, only 40% of the eligible workers will retire.",
            ["Talwin Corp."],
        ),
        # A verb that gives the subject's own view or reckoning credits the subject.
        (
            "Harwick Mills Inc. attributed its quarterly slump partly to higher costs of wool.",
            ["Harwick Mills Inc."],
        ),
        ("Analysts have complained that quarterly earnings have not been very good.", ["analysts"]),
        (
            "Speakers charged that the regime is plotting a war to survive its crisis.",
            ["speakers"],
        ),
        (
            "Dana Lobell expressed the hope that she would one day fly to the station.",
            ["Dana Lobell"],
        ),
        # "Charged" with no clause gives no view; nor does a view in a clause of time.
        ("The riot police charged into the crowd on Monday.", []),
        # Verbs that report only with a clause.
        (
            "Harwick Mills Inc. emphasized that its cash reserves remain ample.",
            ["Harwick Mills Inc."],
        ),
        ("Some economists maintain that the tax cut will pay for itself.", ["economists"]),
        ("Several analysts have speculated that the bid was low.", ["several analysts"]),
        (
            "Cranford Industries Inc. affirmed it has no plan to sell the unit.",
            ["Cranford Industries Inc."],
        ),
        ("The Labor Department maintains a list of approved contractors.", []),
        # A collective's object that a clause tells, or a clause of a verb sharing its
        # subject, says something; an object alone does not.
        (
            "Senior officials confirmed reports that a second carrier would sail for the Gulf"
            " within days.",
            ["senior officials"],
        ),
        (
            "The directors did not name the lender, but said the bid would be financed by three"
            " banks.",
            ["directors"],
        ),
        ("The directors did not name the lender.", []),
        # Speakers joined as one subject are each credited.
        (
            "Mayor Ann Holt and Police Chief Ray Dunn said the road would reopen on Monday.",
            ["Ann Holt", "Ray Dunn"],
        ),
        (
            "Shearson, Merrill Lynch and Goldman Sachs say they trade only for customers.",
            ["Shearson", "Merrill Lynch", "Goldman Sachs"],
        ),
        # A record or a study a sentence is "according to"; a schedule is none.
        (
            "According to the filing, Cranford Industries Inc. bought 70,000 shares from the fund.",
            ["filing"],
        ),
        ("The gunman fled in a stolen car, according to court documents.", ["court documents"]),
        ("The plan will go ahead according to schedule.", []),
        (
            "When Jorge Vidal expressed regret over the delay, the officials said the road would"
            " open.",
            ["officials"],
        ),
        # The parser takes the surname for an adverb of "said": its speaker all the same.
        (
            "Compaq named Michael Swavely to run the division. Mr. Swavely said the new plant"
            " will let Compaq grow.",
            ["Michael Swavely"],
        ),
        # A definite noun that names again a body named before.
        (
            "Halvard AB offered to buy the rest of its U.S. unit, Halvard Systems Inc., for $15 "
            "a share. The unit said it can give no assurance that a deal will occur.",
            ["Halvard Systems Inc."],
        ),
        # Speakers a "with" phrase names, the participle hung on them.
        (
            "The talks collapsed on Friday, with officials saying no date was set for new ones.",
            ["officials"],
        ),
    ],
)
def test_wire_sources(parse: Parse, text: str, expected: list[str]) -> None:
    doc, ctx = parse(text)
    sentence = list(doc.sents)[-1]
    assert [s.label for s in ctx.sources.for_sentence(sentence)] == expected


@pytest.mark.parametrize(
    ("text", "paper"),
    [
        (
            "Minju Joson says in an editorial that the farmers should sow in time. Kim Jong Un"
            " said that the seed is the key. The harvest is near.",
            "Minju Joson",
        ),
        # The day the paper published runs into its name.
        (
            "Pyongyang, May 3 (KCNA) -- Rodong Sinmun Thursday in an article says that the"
            " farmers should sow in time. The harvest is near.",
            "Rodong Sinmun",
        ),
        # An opening that tells of the piece the paper publishes.
        (
            "Pyongyang, May 3 (KCNA) -- Minju Joson Tuesday dedicates an editorial to the spring"
            " sowing.\nThe farmers should sow in time. The harvest is near.",
            "Minju Joson",
        ),
    ],
)
def test_a_papers_piece_the_article_relays_goes_on_in_the_paper(
    parse: Parse, text: str, paper: str
) -> None:
    doc, ctx = parse(text)
    credited = [[s.label for s in ctx.sources.for_sentence(x)] for x in doc.sents]
    assert all(paper in labels for labels in credited)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "France's prosecutor, Remy Heitz, said an investigation had been opened. He said no"
            " group had claimed responsibility.",
            [["Remy Heitz"], ["Remy Heitz"]],
        ),
        (
            "A onetime friend of the ringleader told the BBC that he warned police. The friend"
            " said the attacker watched videos.",
            [["onetime friend", "British Broadcasting Corporation"], ["onetime friend"]],
        ),
        # "He said" after a person spoke by name is that person, not the unnamed source
        # who spoke before.
        (
            "A police source said the package had been placed at the door. District mayor Rene"
            " Castagnol said glass caused the injuries. He said the fridge was not damaged.",
            [["police source"], ["Rene Castagnol"], ["Rene Castagnol"]],
        ),
        (
            "A source said prices rose. The witness said the market closed.",
            [["source"], ["witness"]],
        ),
        # One person is no "they": a "they said" is the group that was the subject before it,
        # not the person named before it.
        (
            "Prosecutors have told Mr. Ruiz's attorneys that the money derives from crime. "
            "Therefore, they said, the money can be taken from the lawyers.",
            [["prosecutors"], ["prosecutors"]],
        ),
        # Not a group that was the subject of what someone said.
        (
            "Mr. Ruiz said that the workers would strike. They stressed that the plant is safe.",
            [["Ruiz"], []],
        ),
        # "The newspaper" is the medium last called a newspaper.
        (
            "Officials put him on a flight, said Uhuru, or Freedom, a Swahili newspaper. Five"
            " Iraqis also were deported, the newspaper said.",
            [["Uhuru"], ["Uhuru"]],
        ),
        # The statement speaks for whom said something in it.
        (
            "The device detonated, the police said in a statement. Four militants were killed,"
            " the statement said.",
            [["police"], ["statement", "police"]],
        ),
        # "The company" is the organisation named last, when its name has a legal form; not
        # an older company past an organisation named since.
        (
            "Brenton Foods Inc. raised its dividend. The payment will be made in March, the"
            " company said.",
            [[], ["Brenton Foods Inc."]],
        ),
        (
            "Brenton Foods Inc. raised its dividend. Shares of Harwick Mills rose 2%. Sales fell,"
            " the company said.",
            [[], [], []],
        ),
        # A unit or brand whose name the company's opens is no company of its own: "the
        # company" past it is the one the article is about.
        (
            "Brenton Foods Inc. raised its dividend. Proceeds will refurbish aircraft of the"
            " Brenton Air unit. The work will cost $3 million, the company said.",
            [[], [], ["Brenton Foods Inc."]],
        ),
        # The company the article is about speaks by its trade.
        (
            "Brenton Foods Inc. raised its dividend. The snack maker said sales rose 5%.",
            [[], ["Brenton Foods Inc."]],
        ),
        # A thrift is named without a legal form: "the thrift" and, when the article opens
        # with it, "the company" are the one whose name says its trade.
        (
            "Marlow Savings & Loan Association posted a loss. The loss came from bad loans,"
            " the thrift said.",
            [[], ["Marlow Savings & Loan Association"]],
        ),
        (
            "Marlow Savings & Loan Association posted a loss. It will close two branches, the"
            " company said.",
            [[], ["Marlow Savings & Loan Association"]],
        ),
        # "It added" is the organisation or state that spoke by name last.
        (
            "Brenton Foods Inc. said its sales fell. Its bakery business gained from higher"
            " margins, it added.",
            [["Brenton Foods Inc."], ["Brenton Foods Inc."]],
        ),
        # A group that spoke since is no "it": the body that spoke before goes on.
        (
            "Harwick Mills Inc. said its sales rose. Some analysts said the shares were cheap."
            " It added that the plant would reopen.",
            [["Harwick Mills Inc."], ["analysts"], ["Harwick Mills Inc."]],
        ),
        # A pronoun that reckons is the person named just before.
        (
            "Peter Vance owns nine flats in the city. He estimates they are worth half their"
            " value of last year.",
            [[], ["Peter Vance"]],
        ),
    ],
)
def test_a_later_speaker_refers_back(parse: Parse, text: str, expected: list[list[str]]) -> None:
    doc, ctx = parse(text)
    assert [[s.label for s in ctx.sources.for_sentence(x)] for x in doc.sents] == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # The subject named two sentences back is stale: the "he" is whom the company asked,
        # as it is the doer of the events the sentence tells.
        (
            "Harold Benz and Carl Ortiz were named to the board in May. In June the company "
            "asked Mr. Paul Winters to stay on as president. He indicated that the shipping "
            "unit might be sold.",
            "Paul Winters",
        ),
        (
            "Ursula Brandt ran the bank's trading desk until 2019. Last week the board asked "
            "Mrs. Helen Ward to lead a review. She said that the losses were larger than "
            "reported.",
            "Helen Ward",
        ),
        # A "he" since goes on with the subject named first.
        (
            "Harold Benz joined the board in May. He was welcomed by Paul Winters. He said "
            "that the shipping unit would be sold.",
            "Harold Benz",
        ),
        # A person a noun names ("a senior dealer") spoke last as a main subject: the "he" is
        # that one, not the person named as a subject before.
        (
            "Nigel Lawson resigned on Thursday. A senior dealer with Barings noted that banks "
            "fell sharply. He attributed the heavy volume to fears of a weaker pound.",
            "senior dealer with Barings",
        ),
        (
            "Frank Dorsey left the bank in March. A senior trader at Barings noted that the "
            "shares had fallen. He estimated that the bank's assets were worth $2 billion.",
            "senior trader at Barings",
        ),
        # A "him" since stands for the person named before, whom the "he" goes on with.
        (
            "Governor Ellen Marsh toured the new ice rink on Monday. An official made her a "
            "request to open it in the summer. She said that the rink should serve students "
            "all the year round.",
            "Ellen Marsh",
        ),
    ],
)
def test_a_pronoun_source_after_a_stale_subject_is_the_person_named_since(
    parse: Parse, text: str, speaker: str
) -> None:
    doc, ctx = parse(text)
    assert [s.label for s in ctx.sources.for_sentence(list(doc.sents)[-1])] == [speaker]


def test_a_dateline_under_the_headline_credits_the_agency(parse: Parse) -> None:
    text = (
        "7 militants killed in blasts in Afghanistan\nKANDAHAR, Afghanistan, Oct. 3 (Xinhua) --"
        " Seven Taliban militants were killed in two explosions on Friday."
    )
    dateline = find_dateline_under_headline(text)
    assert dateline is not None
    assert dateline.agency.name == "Xinhua News Agency"
    assert text[dateline.agency_start : dateline.agency_end] == "Xinhua"
    assert find_dateline(text) is None
    doc, ctx = parse(text)
    assert [s.label for s in ctx.sources.for_sentence(list(doc.sents)[-1])] == [
        "Xinhua News Agency"
    ]


def test_a_dateline_that_is_only_a_city() -> None:
    text = "Court Convicts Friend of Bombing Suspect\nBOSTON — \nA court has convicted a friend."
    found = place_line(text)
    assert found is not None
    assert text[found[0] : found[1]] == "BOSTON"
    assert place_line("A court in Boston — the federal court — convicted him.") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The sentences of a quotation are the words of whom its closing sentence credits.
        (
            "“I phoned the anti-terror hotline. I spoke to the gentleman. I did my bit,” Ahmed"
            " Khan added.",
            [["Ahmed Khan"]] * 3,
        ),
        # A quotation after another in its paragraph goes on in the same voice.
        (
            "“We don't know what we are confronting,” Miguel Salazar said. “We don't know if"
            " it's a virus or bacteria.”",
            [["Miguel Salazar"]] * 2,
        ),
        # ... also where the text gives a sentence a line.
        (
            "“We don't know what we are confronting,” Miguel Salazar said.\n“We don't know if"
            " it's a virus.\nHow can we heal it?”",
            [["Miguel Salazar"]] * 3,
        ),
        # A phrase quoted within a sentence is no speech going on.
        (
            "“Provide encouragement to the families,” Daily NK has learned. North Korea referred"
            " to defectors as “human trash” in its campaigns.",
            [["Daily NK"], []],
        ),
        # "he" after a quotation is no one the quotation names.
        (
            "Ahmed Khan knew the man. “He used to listen to Musa Jibril,” he told the BBC.",
            [[], ["Ahmed Khan", "British Broadcasting Corporation"]],
        ),
    ],
)
def test_quotations_keep_their_speaker(parse: Parse, text: str, expected: list[list[str]]) -> None:
    doc, ctx = parse(text)
    assert [[s.label for s in ctx.sources.for_sentence(x)] for x in doc.sents] == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # A passive quoting credits who speaks and who carried the words.
        (
            "A senior government official who saw the confessions of suspects was quoted Friday"
            " by local media as saying that an Egyptian Islamic Jihad group planned the attacks.",
            "planned",
            ["senior government official", "local media"],
        ),
        # Coordinated verbs share their subject: the agency is who said it.
        (
            "The official Iraqi News Agency, which gives the daily tally of inspections, did not"
            " mention Hollis by name, but said Friday that team no. 225 made surprise visits to"
            " a number of sites.",
            "surprise visits",
            ["Iraqi News Agency"],
        ),
        # A definite noun names again the body named before with that word.
        (
            "The official Iraqi News Agency gives the daily tally of inspections. Five other U.N."
            " inspection teams visited a total of nine other sites, the agency reported.",
            "nine other sites",
            ["Iraqi News Agency"],
        ),
        # The name closing a title's phrase is who speaks, wherever the parser hangs it.
        (
            "The head of the FBI investigation in Dar es Salaam, Gordon Ashby, said the"
            " bureau has questioned more than 100 people there.",
            "questioned",
            ["Gordon Ashby"],
        ),
        # A copula has no speaker to lend to an impersonal "it can be said".
        (
            "The DPRK and the U.S. are in hostile relations, and it can be said there exists no"
            " field of cooperation.",
            "cooperation",
            [],
        ),
        # "the agency" with nothing named before it of that name is no one named.
        (
            "Five teams visited nine sites, the agency reported.",
            "nine sites",
            [],
        ),
        # A company named again by the first word of its full name, with another.
        (
            "Ratners Group PLC's U.S. subsidiary has agreed to acquire Weisfield's Inc.\n\n"
            "Ratners and Weisfield's said they reached an agreement in principle.",
            "agreement in principle",
            ["Ratners Group PLC", "Weisfield's Inc."],
        ),
    ],
)
def test_news_grammar_names_the_source(
    parse: Parse, text: str, phrase: str, expected: list[str]
) -> None:
    doc, ctx = parse(text)
    assert _credited(doc, ctx, phrase) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The clause names the text and its giver without a verb.
        (
            "Pyongyang, October 18 (KCNA) -- The following is the press statement of Kim Yo"
            " Jong, vice department director of the Central Committee of the Workers' Party of"
            ' Korea, titled "Do not spout absurd remarks":\nWe cannot but call the clan of the'
            " ROK a weird one.\nThe head of the information office talked about copyright.",
            ["Kim Yo Jong", "Korean Central News Agency"],
        ),
        # Whoever issues the text gives it, though no entity names them.
        (
            "Pyongyang, November 6 (KCNA) -- The permanent mission of the DPRK at the UN released"
            " the following press statement on Wednesday:\nRecently the European Union"
            " submitted again a resolution to the Third Committee.",
            ["permanent mission"],
        ),
        # The message "of greeting from" its sender.
        (
            "Pyongyang, October 6 (KCNA) --Kim Jong Un received a message of greeting from Xi"
            " Jinping, president of the People's Republic of China, on October 6.\nThe message"
            " said:\nI extend warm congratulations to you.\nThe two countries established"
            " diplomatic relations 75 years ago.",
            ["Xi Jinping", "Korean Central News Agency"],
        ),
        # The items of one paper are its own; those of several papers are the agency's.
        (
            "Pyongyang, August 9 (KCNA) -- Following are major news items and articles in"
            " Rodong Sinmun, a leading newspaper of the DPRK, on Friday:\n- Meetings were held"
            " in different provinces to launch the regional regiments.",
            ["Rodong Sinmun", "Korean Central News Agency"],
        ),
        (
            "Pyongyang, August 2 (KCNA) -- Following are major news items and articles in"
            " leading newspapers of the DPRK on Friday:\n- Meetings were held in different"
            " provinces to launch the regional regiments.",
            ["Korean Central News Agency"],
        ),
        # An article that opens with what a spokesman released goes on in his account.
        (
            "Pyongyang, October 28 (KCNA) -- A spokesman for the Ministry of National Defence"
            " of the DPRK released Sunday the final results of investigation into the case.\n"
            "The enemy drone scattered leaflets in the sky above Pyongyang.",
            ["spokesman", "Ministry of National Defence of the DPRK", "Korean Central News Agency"],
        ),
    ],
)
def test_the_text_an_article_opens_with_is_credited_to_its_giver(
    parse: Parse, text: str, expected: list[str]
) -> None:
    doc, ctx = parse(text)
    sentence = list(doc.sents)[-1]
    assert [s.label for s in ctx.sources.for_sentence(sentence)] == expected
