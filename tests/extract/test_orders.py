from __future__ import annotations

from decimal import Decimal

import pytest

from kg import lexicon
from kg.extract.orders import SELF_PRONOUNS, TriggerKind, extract_orders
from kg.resolve.entities import PERSON_SUBJECT_PRONOUNS, PERSONAL_PRONOUNS
from tests.conftest import Parse


def _orders(parse: Parse, text: str) -> list:
    doc, ctx = parse(text)
    return list(extract_orders(doc, ctx))


@pytest.mark.parametrize(
    ("text", "agent", "recipient", "instruction_word"),
    [
        (
            "Kim Jong Un ordered officials in the province to repair the dams before the rains.",
            "Kim Jong Un",
            "officials",
            "repair",
        ),
        (
            "Kim Yo Jong issued an order to party committees in each province on June 10.",
            "Kim Yo Jong",
            "party committees",
            None,
        ),
        (
            "Kang Thae Sok instructed local authorities to secure the supply of fertilizer.",
            "Kang Thae Sok",
            "local authorities",
            "fertilizer",
        ),
        (
            "Kim Jong Un called on the soldiers to defend the border with vigilance.",
            "Kim Jong Un",
            "soldiers",
            "defend",
        ),
        (
            "The authorities urged residents to report anyone watching foreign dramas.",
            "authorities",
            "residents",
            "report",
        ),
        (
            "The Ministry of Public Health instructed hospital officials to report every case.",
            "Ministry of Public Health",
            "hospital officials",
            "report",
        ),
        (
            "Kim Jong Un visited the factory and set forth the important tasks for the Pyongyang"
            " Hosiery Factory.",
            "Kim Jong Un",
            "Pyongyang Hosiery Factory",
            "tasks",
        ),
        (
            "Kim Jong Un set forth the tasks facing the Pyongyang Hosiery Factory.",
            "Kim Jong Un",
            "Pyongyang Hosiery Factory",
            "tasks",
        ),
        # Urging or appealing to those under one's authority; a county for its administration.
        (
            "Sinpo County encouraged the working people to repair the roads and supply materials"
            " to the farms.",
            "Sinpo County",
            "working people",
            "repair",
        ),
        (
            "The Ministry of Agriculture appealed to the farmers to finish the sowing in time.",
            "Ministry of Agriculture",
            "farmers",
            "sowing",
        ),
        (
            "The Hamhung Shoe Factory has encouraged its employees to turn out in the technical"
            " innovation drive.",
            "Hamhung Shoe Factory",
            "employees",
            "innovation",
        ),
        # The authorities address the public they govern.
        ("Police have urged people to stay away from the bridge.", "police", "people", "bridge"),
        # Urging that a body's work, told as done, was for.
        (
            "The Ministry of Light Industry conducted political work to encourage all the workers"
            " to carry out the production plan ahead of schedule.",
            "Ministry of Light Industry",
            "workers",
            "production plan",
        ),
        # A target set for a unit is a directive to it.
        (
            "Kim Jong Un set a high target for the Sinuiju Cosmetics Factory to double its"
            " production.",
            "Kim Jong Un",
            "Sinuiju Cosmetics Factory",
            None,
        ),
        # A province setting a goal for a unit under it stands for its administration.
        (
            "Jagang Province has set a high goal for the Kanggye Tile Factory to double its"
            " production.",
            "Jagang Province",
            "Kanggye Tile Factory",
            None,
        ),
        # An obligation a leader states, negated: a prohibition is a directive too.
        (
            "Kim Jong Un said that the officials should never allow such a practice.",
            "Kim Jong Un",
            "officials",
            "practice",
        ),
        # A leader telling a body under him what to do: "direct" with what it is to do.
        (
            "Kim Jong Un directed the Ministry of Agriculture to supply more fertilizer to the"
            " farms.",
            "Kim Jong Un",
            "Ministry of Agriculture",
            "fertilizer",
        ),
        # A "that" clause the parser hangs on the last noun of the phrase after the verb.
        (
            "Kim Jong Un said in a speech on the occasion of the founding anniversary that the"
            " managers of the factories should raise the quality of consumer goods.",
            "Kim Jong Un",
            "managers",
            "quality",
        ),
        # The parser hangs the fronted clause's subject ("footage") on the appeal's verb too.
        (
            "\n\nBOGOTA (AP) --\n\nWhile state-run television broadcast footage of Chilean"
            " students protesting in Buenos Aires against the arrest of Pablo Rojas, the Chilean"
            " government urged its citizens to keep up their own protests.",
            "Chilean government",
            "citizens",
            "protests",
        ),
        # A body's leave for those under it to act is its binding decision.
        (
            "The defence ministers of the alliance authorised the commanders to begin the"
            " operations against the rebels at once.",
            "defence ministers of the alliance",
            "commanders",
            "operations",
        ),
        # A task given with "charge X with doing"; the parser may take the gerund for a noun.
        (
            "The UN Security Council has charged the inspectors with verifying that Syria has"
            " destroyed its chemical arms.",
            "United Nations Security Council",
            "inspectors",
            "verifying that Syria",
        ),
        (
            "Kim Jong Un charged the officials of the ministry with repairing the bridge by May.",
            "Kim Jong Un",
            "officials of the ministry",
            "repairing the bridge",
        ),
        # The officials speaking at a body's meeting call upon its members.
        (
            "A meeting of the provincial farmers' union took place on Friday. The speakers called"
            " upon the union members to finish the rice transplanting in time.",
            "speakers",
            "union members",
            "transplanting",
        ),
        # The parse may take the "on" of "called on" for a particle with its own object.
        (
            "In May 2001, an Islamic body declared a state in parts of the region, and"
            " called on Muslims to take up arms against the occupiers.",
            "Islamic body",
            "Muslims",
            "arms",
        ),
    ],
)
def test_order_has_issuer_recipient_and_instruction(
    parse: Parse, text: str, agent: str, recipient: str, instruction_word: str | None
) -> None:
    (order,) = _orders(parse, text)
    assert order.classes == ("Order",)
    assert [a.name for a in order.agents] == [agent]
    assert any(r.name.startswith(recipient) for r in order.recipients)
    if instruction_word:
        assert any(instruction_word in i for i in order.instructions)


@pytest.mark.parametrize(
    "text",
    [
        "In order to protect the families, the officials worked overtime.",
        "He came to the shop as he heard that it renders good order services.",
        "Cooperation between the two parties will grow stronger in the struggle to establish a"
        " fair international order.",
        "Please direct any comments or questions about this article to the editor.",
        "The veteran was awarded the Order of Kim Il Sung for his service.",
        "Residents in the city bought rice at the market on Tuesday.",
        "Kim Jong Un said that the Korean people must have been greatly moved by the aid.",
        "The situation in the region indicates that the defence work should be the most"
        " important affair of the country, he said.",
        "The farming team has directed big efforts to increasing the grain yield this year.",
        # A clause of time in the present tells of what is yet to come.
        "Details of the merger won't be made final until regulators approve the rules required"
        " by the new law, the bank said.",
        "The king asked the ambassador to convey his sincere greetings to the president.",
        "The 113th candlelight rally calling for impeaching the president took place in Seoul.",
        "Under that precondition, our Constitution will issue a strict order to our armed forces.",
        "It is a tragedy that the U.S. and the West, which often call for respecting"
        " self-determination, have connived at the expansion.",
        "Reading out the list of goods ordered by a newly-married couple, he asked a saleswoman"
        " about them.",
        "Then licenses for use of the new houses were conveyed and speeches of resolution made.",
        "The appeal was issued on June 28. The world progressives should join the Korean people"
        " in the struggle for defending the national sovereignty and peace, it stressed.",
        "The officials learned that the order of objects to be updated was set by the workers.",
        "The items were listed in order of priority.",
        # Only a directive object makes "set" an order.
        "Mexico set a new record for exports last year.",
        "According to the institute, Japan purchased 29 fighters from the U.S. and ordered 400"
        " long-range missiles.",
        "The war veterans entered the venue, wearing orders and medals shining with the proud"
        " feats.",
        "Since its founding, it has been called a nuclear mine planted in the waters for seeking"
        " nuclear supremacy.",
        "They commanded a bird's-eye view of Pyongyang at the observation deck of the tower.",
        "Other aids show the spirit of the service personnel who are ready to flatten even a"
        " mountain once they are ordered to do so.",
        "But the U.S. and the West are advertising their robbery as a well-intended act,"
        " claiming that emergency measures are necessary in the extraordinary period.",
        "He entered a pharmacy regardless of the risk to his health in order to know what"
        " medicines were supplied.",
        # Goods bought and awaited.
        "Cunard, which has two ships on order from Meyer Werft, presented claims for damages in"
        " the bankruptcy court this week.",
        "Qantas has forty jets on order from Boeing Co. and will take the first in May.",
        # A thing demanded by a crowd; a document signed by two parties.
        "Speakers there noted that the people ordered the impeachment of Yoon, a war maniac.",
        "The military of the U.S. and the ROK signed the guidelines on nuclear deterrence.",
        "The defence ministers signed the guidelines with their Japanese counterpart.",
        # A body's name read as a verb.
        "Another article discloses the danger of the moves of the U.S. forces in Japan to cook up"
        " the combined forces command further escalating the regional situation.",
        # "See" with "to" and no "it": looking after, not having something done.
        "They saw to the needs of the guests that the hotel had welcomed.",
        # What a factory makes sure of is its own work; what he led others to make sure of is
        # no act of his.
        "The Pyongyang Textile Mill has made sure that equipment is operated in full capacity at"
        " every production site.",
        "Kim Jong Un dispatched units of the KPA to the village and led them to make sure that"
        " the restoration project was completed at an early date.",
        # Telling denied.
        "She never told the clerks to destroy the files.",
        "The minister did not order the police to close the border.",
        # Urging by a thing, by no one stated, or only as a purpose.
        "The good harvest encouraged the farmers to plant more maize.",
        "Letters were exchanged between teachers and pupils, encouraging them to study harder.",
        "The youth league organizations conduct lectures to encourage the youth to study.",
        # What a newspaper's piece says should be done advises its readers.
        "The officials should apply the working method of the Party, Minju Joson says in an"
        " editorial Monday.",
        # Work done by people the text gives no authority, or only to be done.
        "The students held rallies to encourage the citizens to vote in the election.",
        "The ministry should conduct political work to encourage the miners to raise output.",
        "Therefore, we should encourage them to take pride in their work.",
        # A denied verb that would make the order: there is none yet.
        "The board members have not reached a final decision to sell the plant.",
        "The cabinet did not issue an order to close the schools.",
        # A thing allotted to someone in the passive.
        "She was assigned a seat in the second row of the hall.",
        # A newspaper's appeal to its readers, whom it does not lead.
        "Rodong Sinmun in an editorial calls upon all the officials and working people to wage"
        " a drive for increased production.",
        # What a named person or country should do or suffer: a demand on another party.
        "And they stressed that Pak should be ousted from power without fail.",
        "The ministry spokesman said that Japan should apologize for its past crimes.",
        # A name the model took for a body's with the article, read as the person's.
        "The Yoon Suk Yeol puppet clans should not run amuck, the vice-chairman said.",
        # Speakers named only as many voice an opinion.
        "Such action should never be allowed, they said.",
        # Only supposed: "would", "could"; a decision verb as a purpose.
        "Lawmakers introduced a bill to grant the girl residency, which would take the decision"
        " about her future away from the agency.",
        "The court could order a recount of the votes in the disputed district.",
        "However, the minister assured that the cabinet is doing all it can to resolve the fuel"
        " shortage.",
        # "Should" that predicts: a change no one makes, a progressive.
        "Mr. Hale said the losses were now behind the bank, and he indicated that the bank's"
        " earnings should increase next year.",
        "The analyst said that the prices of grain should fall in the spring.",
        # What befalls the subject: no one is directed to meet with it.
        "Bank officials also said the lender shouldn't face problems meeting the new capital"
        " rules.",
        "The minister said the refinery should not face any shortage of crude oil next year.",
        '"We should not be seeing any more delays," said Tom Berg, the company\'s director of'
        " sales.",
        # To direct a body is to lead it.
        "Harold Brant, 61, executive vice president, who has directed the trust group, will"
        " retire.",
        # A decision named only as what is to be carried out.
        "The venue was filled with the revolutionary spirit of the youths to work hard to"
        " implement the Party's decision.",
        "Only when all officials become embodiments of the leadership method of our Party, can"
        " they fulfil their duty in carrying out the Party's decisions perfectly.",
        "The mine over-fulfilled its plans every year in the drive for implementing the tasks"
        " set forth by the Party Congress.",
        # Charged with a crime: an accusation, not a task.
        "The man is charged with gunning down a shopkeeper in the town.",
        "Police charged John Smith with killing his neighbour.",
        "Prosecutors charged the two men with wrongdoing.",
        # Whatever decision there may be, not one given.
        "Any decision to close the border must be approved by both parliaments.",
    ],
)
def test_no_order_where_none_is_given(parse: Parse, text: str) -> None:
    assert _orders(parse, text) == []


def test_order_told_over_several_sentences_is_one_order(parse: Parse) -> None:
    text = (
        "Kim Jong Un issued an order to provincial officials on March 3. "
        "The directive instructed them to distribute seed to farms. "
        "His order further noted that the harvest must not fail."
    )
    (order,) = _orders(parse, text)
    assert len(order.evidence) == 3
    assert [a.name for a in order.agents] == ["Kim Jong Un"]
    assert order.time is not None and order.time.value.endswith("-03-03")


def test_orders_of_different_issuers_stay_apart(parse: Parse) -> None:
    text = (
        "Kim Jong Un ordered the officials to build new houses. "
        "Separately, Choe Son Hui instructed diplomats and officials to prepare a report."
    )
    orders = _orders(parse, text)
    assert sorted(o.agents[0].name for o in orders) == ["Choe Son Hui", "Kim Jong Un"]


def test_a_noun_referring_back_joins_the_last_order_it_names(parse: Parse) -> None:
    text = (
        "The Port Authority of Seattle issued a decision to close the harbour on Monday. "
        "Mayor Ed Murray urged residents to stay calm. "
        "The fishermen said they would appeal the decision."
    )
    decision, appeal = _orders(parse, text)
    assert [a.name for a in appeal.agents] == ["Ed Murray"]
    assert [len(decision.evidence), len(appeal.evidence)] == [2, 1]


def test_order_date_is_the_orders_not_the_reports(parse: Parse) -> None:
    text = (
        "“Kim Yo Jong issued an order to the officials on the morning of June 10,” "
        "the source told Daily NK on June 11."
    )
    (order,) = _orders(parse, text)
    assert order.time is not None and "06-10" in order.time.value
    # The medium the source told carries the report too (no publisher is given here).
    assert [s.label for s in order.sources] == ["source", "Daily NK"]


@pytest.mark.parametrize(
    "text",
    [
        "Kim Jong Un inspected the base. The construction of a naval base has become a pressing"
        " task, he said, and stressed the need to build a naval port for large warships.",
        "Kim Jong Un visited the factory. He also oversaw rifles developed by the Academy of"
        " Defence Sciences and set forth the important tasks for the factory.",
        # The role "as" gives the object, hung on a participle between or on the object.
        "Kim Jong Un set forth the export of goods, welcomed by the people, as the primary task"
        " of the Sinuiju Cosmetics Factory.",
        "Kim Jong Un prioritized the strengthening of the Party cells as the two major tasks.",
        # A line break inside the sentence joins the country to the leader in the parse.
        "On the basis of a serious analysis of the change in the military security environment"
        " facing our country, and the U.S. and its followers' ever-escalating military"
        " confrontation moves,\nKim Jong Un clarified various tasks to be fulfilled to ensure"
        " the development of the armed forces.",
    ],
)
def test_order_issuer_found_beyond_a_misleading_parse(parse: Parse, text: str) -> None:
    orders = _orders(parse, text)
    assert orders and all([a.name for a in o.agents] == ["Kim Jong Un"] for o in orders)


def test_issuer_of_tasks_assigned_by_a_body(parse: Parse) -> None:
    # The parser attaches "decided" to the wrong clause; "assigned by" still names the issuer.
    text = (
        "He mentioned the need to increase the state investment so that the immediate tasks "
        "and long-term plans for the development of the shipbuilding industry decided and "
        "assigned by the Eighth Party Congress are pushed forward as scheduled."
    )
    agents = {a.name for o in _orders(parse, text) for a in o.agents}
    assert "Eighth Party Congress" in agents


def test_he_after_the_reporter_is_the_reporter_not_whom_the_report_told_of(
    parse: Parse,
) -> None:
    text = (
        "Ryu Sang Gun, secretary of the factory committee, made a report.\n"
        "The reporter said that Kim Jong Un visited the factory in 2014.\n"
        "He called on the employees to manage the equipment in a responsible manner."
    )
    (order,) = _orders(parse, text)
    assert [a.name for a in order.agents] == ["Ryu Sang Gun"]


@pytest.mark.parametrize(
    ("text", "agent", "is_order"),
    [
        (
            "The Israeli regime approved a huge plan to expand the settlements.",
            "Israeli regime",
            True,
        ),
        ("The Supreme People's Assembly adopted a law on education.", "Supreme People's", True),
        ("Kim Jong Un mapped out a gigantic reconstruction plan.", "Kim Jong Un", False),
        (
            "The National Assembly voted on Monday to make the island a province.",
            "National Assembly",
            True,
        ),
        ("The two senators voted to support the bill.", "", False),
        # A jury's or a council's ruling binds the parties before it.
        ("The jury ruled that the landlord had broken the lease.", "jury", True),
        (
            "The National Electoral Council ruled against the opposition on Tuesday.",
            "National Electoral Council",
            True,
        ),
        ("The minister ruled out any change to the tax.", "", False),
        ("He ruled against running for a third term.", "", False),
    ],
)
def test_plans_and_laws_adopted_by_a_body(
    parse: Parse, text: str, agent: str, is_order: bool
) -> None:
    orders = _orders(parse, text)
    assert bool(orders) == is_order
    assert all(any(a.name.startswith(agent) for a in o.agents) for o in orders)


@pytest.mark.parametrize(
    "text",
    [
        "The appeals court ruled in favour of the fishermen last week.",
        "A state court upheld the eviction order on Monday.",
        "The appeals court upheld the ban on street vendors.",
    ],
)
def test_a_court_named_by_its_common_noun_alone_rules_with_no_issuer(
    parse: Parse, text: str
) -> None:
    # An unnamed court is not listed, as a body nor as a group: the ruling stands without it.
    (order,) = _orders(parse, text)
    assert order.agents == ()


def test_an_order_given_by_no_one_named_stands_when_a_verb_gives_it(parse: Parse) -> None:
    (order,) = _orders(parse, "An order was issued to the artillery units to open fire.")
    assert order.agents == ()


@pytest.mark.parametrize(
    "text",
    [
        # A passive appeal names no speaker: the authorities' advice it reports.
        "Other Americans have also been urged to leave the country.",
        # The reporter at a meeting addresses those gathered.
        "The reporter called for turning the county into a paradise of the people.",
    ],
)
def test_an_appeal_by_no_one_named_stands_when_passive_or_made_to_a_meeting(
    parse: Parse, text: str
) -> None:
    (order,) = _orders(parse, text)
    assert order.agents == ()


def test_who_is_to_do_what_an_order_says_is_its_recipient(parse: Parse) -> None:
    (order,) = _orders(
        parse, "Kim Jong Il instructed that commercial workers should visit the houses."
    )
    assert [r.name for r in order.recipients] == ["commercial workers"]


@pytest.mark.parametrize(
    ("text", "agent", "instruction_word"),
    [
        # A participle with its agent, attached by the parser to the last noun of the phrase.
        (
            "They resolved to implement the five-point orientation based on the unique"
            " Party-building idea in the new era set forth by the Party Central Committee.",
            "Central Committee of the Workers' Party of Korea",
            "five-point orientation",
        ),
        # What a body set something forth as.
        (
            "The Party Central Committee set forth the construction of regional-industry"
            " factories as an important task for hastening the development.",
            "Central Committee of the Workers' Party of Korea",
            "regional-industry factories",
        ),
        # A relative clause's "which" is the body its clause describes.
        (
            "They implemented the line of the Workers' Party of Korea, which has set it as an"
            " urgent task to bolster up the naval force.",
            "Workers' Party of Korea",
            "naval force",
        ),
        # An order noun described by who gave it.
        (
            "The officials made a positive contribution, true to the instructions given by"
            " Kim Jong Un during his field guidance.",
            "Kim Jong Un",
            None,
        ),
        # A decision made is one, whatever verb makes it.
        (
            "He said that he was proud that the Party Central Committee had made a prompt and"
            " correct decision to take measures for provisional education of children.",
            "Central Committee of the Workers' Party of Korea",
            "provisional education",
        ),
        # An obligation the speaker "encouraged", told after the words.
        (
            "Kim Jong Un visited the institute. The red nuclear scientists faithful to the Party"
            " should implement the Party's policy of nuclear force building unconditionally, he"
            " encouraged.",
            "Kim Jong Un",
            "nuclear force building",
        ),
        # A participle's meeting names the body that met (the particle parsed as an adverb).
        (
            "The workers are making efforts to carry out the tasks set forth at the Tenth Plenary"
            " Meeting of the Eighth Central Committee of the Workers' Party of Korea.",
            "Eighth Central Committee of the Workers' Party of Korea",
            "tasks",
        ),
        # A body named by the common noun "body" may direct those it calls on.
        (
            "In 1999, an Islamic body declared a state in the region and called on believers to"
            " take up arms.",
            "Islamic body",
            None,
        ),
        # Seeing to it that something is done has it done.
        (
            "Kim Jong Un saw to it that a model pharmacy was built first in Moranbong District.",
            "Kim Jong Un",
            "model pharmacy",
        ),
        (
            "The General Secretary Kim Jong Un made sure that a standard pharmacy was built first"
            " in the district.",
            "Kim Jong Un",
            "standard pharmacy",
        ),
        # A body's decision binds; the units it keeps ready are whom it binds.
        (
            "The General Staff decided to keep the combined artillery units in full combat"
            " readiness.",
            "General Staff",
            "full combat readiness",
        ),
        # Emergency services direct the public in an emergency.
        (
            "As the flames spread, firefighters ordered the evacuation of the nearby farms.",
            "firefighters",
            "evacuation",
        ),
        # A leader visiting a unit calls on those there for what they are to do.
        (
            "Kim Jong Un inspected the Sinuiju Tile Factory. Going round the shops, he called for"
            " raising the quality of the tiles to the world level.",
            "Kim Jong Un",
            "quality",
        ),
        # Assignments given, like tasks set forth, say what to do.
        (
            "The regiment of the Phyongjin Management Bureau for Construction gives detailed"
            " assignments and reviews and evaluates the results.",
            "regiment of the Phyongjin Management Bureau for Construction",
            None,
        ),
    ],
)
def test_orders_named_by_a_noun_or_a_body(
    parse: Parse, text: str, agent: str, instruction_word: str | None
) -> None:
    orders = _orders(parse, text)
    assert [[a.name for a in o.agents] for o in orders] == [[agent]]
    if instruction_word:
        assert any(instruction_word in i for i in orders[0].instructions)


def test_issuers_named_together_are_all_issuers(parse: Parse) -> None:
    (order,) = _orders(
        parse,
        "The Ministry of National Defence of the DPRK and the General Staff of the Korean"
        " People's Army gave all units in the capital city and near the border instructions to"
        " reinforce anti-air observation posts.",
    )
    assert [a.name for a in order.agents] == [
        "Ministry of National Defence of the DPRK",
        "General Staff of the Korean People's Army",
    ]
    assert any(r.name.startswith("units in the capital city") for r in order.recipients)
    assert any("anti-air observation posts" in i for i in order.instructions)


@pytest.mark.parametrize(
    "text",
    [
        # Appeals from no one with authority: a crowd named by a common noun, a thing.
        "The war veterans earnestly asked the officials to hold the leader in high esteem.",
        "The performers called for cherishing the pure and flawless loyalty of the fighters.",
        "The emergence of another hostile threatening factor calls for ceaselessly adding to"
        " the nuclear force.",
        "Minju Joson - An article calls on all the officials to discharge their responsibility.",
        "Minju Joson - An article stresses the need to gather medicinal herbs in the right time.",
        "The present grave reality stresses the need to maintain the balance of power.",
        "The statement was issued on Monday. It also calls for continuously developing and"
        " updating the strategic weapons as a deterrent.",
        # A person deciding only makes up their mind.
        "Kim Jong Un decided to visit the farm again in autumn.",
        # A decision still to be made is none.
        "The recent provocation of the enemies urgently requires our army to promptly judge what"
        " kind of action to take and make a decision.",
        # A mass organisation's committee agitating people it does not govern.
        "The county trade union committee has encouraged miners to raise coal output through an"
        " agitation campaign.",
        # A body setting itself a goal is no role given as a task.
        "The Agricultural Commission set itself a goal of increasing the area of wheat.",
        # Appeals by a speaker the article names no one for: a title alone, "they", "I".
        "The mayor called on the state prosecutors to look into the contracts.",
        "They called for strengthening the friendship among the progressive parties of the world.",
        "I urge you to vote against the measure and send a message to the council.",
        # A call for a thing, addressed to no one the speaker is told to lead or address: a
        # stance or a demand on others.
        "The Venezuelan president, in a letter to the Arab League, called for an urgent summit"
        " in Cairo to end the blockade.",
        "The Spanish government has formally called for the separatist party to be barred from"
        " the negotiations on the budget.",
        # What should be done, in words quoted, told to no one: an opinion.
        "``Nobody should question our patience or our resolve,'' Chancellor Helmut Weber said.",
        "``The girl should go back to her mother,'' said Ana Ruiz, 52, who works at a bakery in"
        " the old town.",
        # An appeal to a country is a request to an equal.
        "The exiled government of Haiti has formally asked the United States to enforce the"
        " naval blockade of the island.",
    ],
)
def test_no_order_from_an_appeal_without_authority(parse: Parse, text: str) -> None:
    assert _orders(parse, text) == []


def test_an_appeal_keeps_its_speaker_across_a_misleading_parse(parse: Parse) -> None:
    text = (
        "Kim Jong Un stressed the need to expand the successes, as the project had entered its"
        " final stage, calling on the commanding officials to make a more exacting demand."
    )
    orders = _orders(parse, text)
    assert any(r.name.endswith("officials") for o in orders for r in o.recipients)


def test_a_leader_saying_what_it_is_a_task_to_do_directs_it(parse: Parse) -> None:
    (order,) = _orders(
        parse,
        "Kim Jong Un said that it is an urgent task in the era to build a modern port city.",
    )
    assert [a.name for a in order.agents] == ["Kim Jong Un"]
    assert any("port city" in i for i in order.instructions)


def test_an_order_noun_with_its_own_issuer_is_that_issuers_order(parse: Parse) -> None:
    text = (
        "Yom Song Dok called upon all officials and employees to raise the production of"
        " saplings. The officials made a positive contribution, true to the instructions given"
        " by Kim Jong Un during his field guidance."
    )
    orders = _orders(parse, text)
    assert sorted(a.name for o in orders for a in o.agents) == ["Kim Jong Un", "Yom Song Dok"]


def test_a_body_named_command_is_no_order(parse: Parse) -> None:
    text = "It will be a center of the naval operation command of the Korean People's Army."
    assert _orders(parse, text) == []


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        (
            "Kim Jong Un stressed the need to give good education to students. Hearing the"
            " instructions of Kim Jong Un, the officials deeply cherished his noble intention.",
            "officials",
        ),
        (
            "Kim Jong Un stressed the need to do fish farming. Officials were deeply moved by his"
            " repeated instructions.",
            "officials",
        ),
        (
            "The Political Bureau adopted a decision on recovering from flood damage. Soon after"
            " receiving the decision of the Political Bureau, the Cabinet organized a meeting.",
            "Cabinet",
        ),
    ],
)
def test_who_heard_the_order_is_its_recipient(parse: Parse, text: str, recipient: str) -> None:
    (order,) = _orders(parse, text)
    assert [r.name for r in order.recipients] == [recipient]


def test_a_recipient_coordinated_across_a_misleading_parse(parse: Parse) -> None:
    (order,) = _orders(
        parse,
        "The General Staff of the Korean People's Army issued an order to the combined artillery"
        " units along the border and the units taking on an important firepower task to get"
        " fully ready to open fire.",
    )
    assert [r.name for r in order.recipients] == [
        "combined artillery units",
        "units taking on an important firepower task",
    ]


def test_the_reporter_at_a_meeting_may_call_on_others(parse: Parse) -> None:
    text = (
        "Ryu Sang Gun, secretary of the committee, made a report. The reporter called upon the"
        " employees to manage the equipment."
    )
    (order,) = _orders(parse, text)
    assert [r.name for r in order.recipients] == ["employees"]


def test_his_order_reported_to_someone_is_the_addressees(parse: Parse) -> None:
    text = (
        "Sok Kwang Hui, secretary of the WPK Central Committee, courteously reported to Kim Jong"
        " Un that his special order on munitions production was successfully implemented."
    )
    orders = _orders(parse, text)
    assert [a.name for o in orders for a in o.agents] == ["Kim Jong Un"]


@pytest.mark.parametrize(
    "text",
    [
        "The test-fire, conducted under the order given by the head of state of the DPRK,"
        " updated the records. The respected Comrade Kim Jong Un said on the spot that the"
        " test-fire is an appropriate military action.",
        "One day in July 2016, the respected General Secretary Kim Jong Un visited a factory."
        " Looking at the official, the General Secretary stressed that the order of objects to be"
        " updated should be set as demanded by the workers.",
    ],
)
def test_an_order_of_a_title_is_its_holders(parse: Parse, text: str) -> None:
    (order,) = _orders(parse, text)
    assert [a.name for a in order.agents] == ["Kim Jong Un"]


def test_he_after_a_title_is_its_holder(parse: Parse) -> None:
    text = (
        "The factory is associated with the guidance of the respected General Secretary Kim Jong"
        " Un. One day in November 2014, the General Secretary visited the factory. He set forth"
        " the tasks facing the factory."
    )
    (order,) = _orders(parse, text)
    assert [a.name for a in order.agents] == ["Kim Jong Un"]


@pytest.mark.parametrize(
    ("text", "recipients"),
    [
        # Those who met the leader, or whom he met, are whom he then talks to.
        (
            "On that day the fishery officials and workers had the honor of meeting Kim Jong Un."
            " He stressed the importance of scientific fish farming.",
            ["fishery officials and workers"],
        ),
        (
            "Kim Jong Un met the officials of the county. He stressed the need to build more"
            " greenhouses.",
            ["officials of the county"],
        ),
        # "the need for X to do": X is to do it.
        (
            "He stressed the need for officials to always pay deep attention to ensuring their"
            " living conditions.",
            ["officials"],
        ),
        (
            "Kim Jong Un stressed the need for the Ministry of National Defence and the General"
            " Staff to pay positive attention to providing conditions for updating training"
            " facilities.",
            ["Ministry of National Defence", "General Staff"],
        ),
        # A decree on conferring a title concerns those it confers it on.
        (
            "The Standing Committee of the Supreme People's Assembly of the DPRK issued a decree"
            " on conferring the title of Socialist Patriotic Forest on exemplary units.",
            ["exemplary units"],
        ),
        # The subject the parser took for a second object of the clause before.
        (
            "Kim Jong Il warmly instructed that in order to sincerely promote the convenience of"
            " the inhabitants, it is necessary to visit their houses and commercial workers"
            " should become mothers responsible for the people's living.",
            ["commercial workers"],
        ),
        # Tasks set forth on a visit are the visited unit's.
        (
            "Kim Jong Un visited the Pyongyang Hosiery Factory in August 2014 and indicated the"
            " orientation and ways in a detailed way for putting production on a normal footing.",
            ["Pyongyang Hosiery Factory"],
        ),
        # "the factory" is the factory the article named.
        (
            "Kim Jong Un inspected the Jongsong General Pharmaceutical Factory. He set forth the"
            " tasks facing the factory, saying that it has an important duty and role to play.",
            ["Jongsong General Pharmaceutical Factory"],
        ),
        # Who carries out the tasks set forth, or acts true to the instructions.
        (
            "Officials, scientists and researchers of the Drone Institute hardened their"
            " determination to thoroughly carry out the important tasks set forth by Kim Jong Un.",
            ["officials, scientists and researchers of the Drone Institute"],
        ),
        (
            "Officials vowed to implement the tasks set forth by Kim Jong Un.",
            ["officials"],
        ),
        (
            "Kim Jong Un gave instructions on the production. True to his instructions, the"
            " officials, technicians and workers of the factory carried out the task of improving"
            " the instruments.",
            ["officials, technicians and workers of the factory"],
        ),
        # Whom the speaker talked to before stressing what is to be done.
        (
            "Kim Jong Un looked round the hostel. Then he talked to the accompanying officials"
            " about the development of the country's education. And he stressed the need to"
            " conduct a dynamic nationwide campaign to raise the qualifications of teachers.",
            ["accompanying officials"],
        ),
        (
            "Kim Jong Un looked round the site. Then he talked to the accompanying officials"
            " about the construction. He stressed the need for all the builders to keep the"
            " requirements of design.",
            ["builders"],
        ),
        # Who acts under the order, named in the clause or where the act was first told.
        (
            "The Missile Administration of the DPRK conducted a very crucial test on Thursday."
            " The test-fire, conducted under the order given by Kim Jong Un, updated the recent"
            " records of the strategic missile capability.",
            ["Missile Administration of the DPRK"],
        ),
        (
            "Under the instruction of the DPRK government, the Ministry of Public Security"
            " investigated the case.",
            ["Ministry of Public Security"],
        ),
        # Whom the speaker told what should be done.
        (
            "Noting that he would like to look around the fish farm, Kim Jong Il told officials"
            " that however busy they might be, they should make time for the wellbeing of the"
            " people.",
            ["officials"],
        ),
        # Who the next sentences say will do what was ordered.
        (
            "President Bush ordered a review of the safety rules for the mines. He also asked"
            " for a list of the worst sites. The Department of Labor and the Mine Safety"
            " Administration will conduct the review in the next weeks.",
            ["Department of Labor", "Mine Safety Administration"],
        ),
        # "It is needed to" says what is to be done, as "it is necessary to".
        (
            "Pak Pong Ju said to the officials that it is needed to count the grain harvested.",
            ["officials"],
        ),
        # Whom the tasks are for, however the parser attaches "for".
        (
            "Kim Jong Un set forth tasks for the Ministry of Agriculture to implement the"
            " decision.",
            ["Ministry of Agriculture"],
        ),
        (
            "The meeting set forth tasks for the officials of the province to implement the"
            " decision.",
            ["officials of the province"],
        ),
    ],
)
def test_recipients_the_sentence_implies(parse: Parse, text: str, recipients: list[str]) -> None:
    found = [r.name for o in _orders(parse, text) for r in o.recipients]
    assert found == recipients


@pytest.mark.parametrize(
    "text",
    [
        # A factory named after "the factory" is no antecedent of it.
        "Kim Jong Un set forth the tasks facing the factory. He then visited the Pyongyang"
        " Hosiery Factory.",
        # Tasks set forth for someone named are theirs, not the visited unit's.
        "Kim Jong Un visited the Pyongyang Hosiery Factory and set forth the tasks for the"
        " officials of the Ministry of Light Industry.",
    ],
)
def test_no_unit_taken_for_a_recipient_it_is_not(parse: Parse, text: str) -> None:
    (order,) = _orders(parse, text)
    found = [r.name for r in order.recipients]
    assert "Pyongyang Hosiery Factory" not in found


@pytest.mark.parametrize(
    "text",
    [
        # An appeal made in a participle speaks for the sentence's speaker, who has no
        # authority here.
        "Even politicians of the Western countries admit that the casualties have reached an"
        " intolerable phase, urging an urgent investigation into the massacre.",
        "It said that peace can never be guaranteed under the present alliance, calling for a"
        " vigorous struggle against the moves for hegemony.",
        # People named by their post.
        "Present there were Paek Kum Sil, secretary of the WPK Central Committee, officials of the"
        " youth league, commanding officers and members of the Paektusan Hero Youth Shock"
        " Brigade.",
        # Efforts directed, in the passive.
        "Only when the greatest efforts are directed to the development of science and"
        " technology, a big tree can grow with strong roots.",
        # An order given on a condition.
        "They vowed to annihilate the enemy once Supreme Commander Kim Jong Un gives an order.",
        # Decisions of people with no authority over others.
        "He said that he leaves everything to the individual intentions and decisions of the"
        " flood victims.",
        # Measures taken by a unit for its own work, or by officials sent to do it.
        "The Pukchang Area Youth Coal Mining Complex has taken measures to ensure production in"
        " abnormal weather.",
        "In particular, officials who were dispatched to the spots take relevant measures.",
        # A leader's measures told with a visit, as annotated.
        "Always paying deep attention to their health, he visited the sites of reconstruction"
        " and took important measures to ensure their life.",
    ],
)
def test_no_order_where_no_one_with_authority_gives_one(parse: Parse, text: str) -> None:
    assert _orders(parse, text) == []


@pytest.mark.parametrize(
    ("text", "agents", "recipients", "taken"),
    [
        (
            "The consultative meeting took relevant measures after specifying practical tasks.",
            [],
            [],
            "measures",
        ),
        # A leader's measures and steps, not told with a visit; whom a step has act.
        (
            "Kim Jong Un convened a consultative meeting, at which he took practical measures to"
            " eliminate the deviations revealed in the work.",
            ["Kim Jong Un"],
            [],
            "measures",
        ),
        (
            "Kim Jong Un took an important step to make the inhabitants and schoolchildren in the"
            " flood-hit areas come to Pyongyang.",
            ["Kim Jong Un"],
            ["inhabitants and schoolchildren in the flood-hit areas"],
            "step to make the inhabitants",
        ),
    ],
)
def test_measures_taken_by_a_deciding_body_or_a_leader_are_an_order(
    parse: Parse, text: str, agents: list[str], recipients: list[str], taken: str
) -> None:
    (order,) = _orders(parse, text)
    assert [a.name for a in order.agents] == agents
    assert [r.name for r in order.recipients] == recipients
    assert any(taken in i for i in order.instructions)


@pytest.mark.parametrize(
    ("text", "agents", "recipients"),
    [
        # What "should be rebuilt" is what is to be done; people "mobilized" are to act.
        (
            "Kim Il Sung visited the site. He told the accompanying officials that the Pyongyang"
            " Silk Mill should be rebuilt within that year.",
            ["Kim Il Sung"],
            ["accompanying officials"],
        ),
        (
            "Kim Jong Un said that all people in the county should be mobilized to pick them in"
            " that period.",
            ["Kim Jong Un"],
            ["people in the county"],
        ),
        # Who "should adopt measures" is told to, not the one who tells.
        (
            "Regional Party organizations and power organs should adopt prompt measures for"
            " restoring the roads and railways.",
            [],
            ["Regional Party organizations and power organs"],
        ),
        # Who implements a decision is its recipient.
        (
            "All sectors and units of the national economy turned out as one in the drive to"
            " implement the decision of the Political Bureau of the Central Committee of the"
            " Workers' Party of Korea.",
            ["Political Bureau of the Central Committee of the Workers' Party of Korea"],
            ["sectors and units of the national economy"],
        ),
    ],
)
def test_who_is_to_act_is_the_recipient(
    parse: Parse, text: str, agents: list[str], recipients: list[str]
) -> None:
    (order,) = _orders(parse, text)
    assert [a.name for a in order.agents] == agents
    assert [r.name for r in order.recipients] == recipients


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # The object of a passive clause is what is to be done.
        (
            "After the raids, the cabinet ministers authorised further strikes against the"
            " guerrillas to be carried out at once.",
            "strikes against the guerrillas",
        ),
        # The phrase the parser hung on the light verb says what the directive is about.
        (
            "Kim Jong Un gave instructions on radically improving the comprehensive"
            " mechanization of the farm.",
            "comprehensive mechanization",
        ),
        (
            "The Standing Committee of the Supreme People's Assembly of the DPRK issued a decree"
            " on conferring the title of Socialist Patriotic Forest on exemplary units.",
            "Socialist Patriotic Forest",
        ),
        # A participle split from the phrase it belongs to.
        (
            "Kim Jong Un earnestly called for encouraging cage-net fish farming on a large scale.",
            "fish farming",
        ),
        # A passive order with no clause of its own orders what it is said of.
        (
            "He said with satisfaction that the goal of coal production within the three-year"
            " period decided and assigned by the Party Congress will surely be attained.",
            "coal production",
        ),
    ],
)
def test_instruction_says_what_the_order_is_about(parse: Parse, text: str, word: str) -> None:
    (order,) = _orders(parse, text)
    assert any(word in i for i in order.instructions)


@pytest.mark.parametrize(
    "text",
    [
        "The cabinet's decision to raise taxes angered farmers across the country.",
        "The government's order to close the schools worried parents in the capital.",
    ],
)
def test_what_an_order_told_in_full_led_to_tells_no_recipient(parse: Parse, text: str) -> None:
    (order,) = _orders(parse, text)
    assert order.recipients == ()
    assert order.predicate in {"decision", "order"}


def test_a_date_is_no_part_of_the_instruction(parse: Parse) -> None:
    (order,) = _orders(parse, "Kim Yo Jong issued an order to party committees on June 10.")
    assert not any("June" in i for i in order.instructions)


def test_every_trigger_kind_has_a_measured_confidence() -> None:
    assert set(lexicon.confidences("order_confidence")) == {k.value for k in TriggerKind}


@pytest.mark.parametrize(
    ("text", "confidence"),
    [
        ("Kim Jong Un gave instructions on the production.", "0.95"),
        ("Kim Jong Un stressed the need to build a naval port.", "0.95"),
        ("Kim Jong Un called on the soldiers to defend the border with vigilance.", "0.8"),
        # The issuer's class caps it where orders from that class were right less often.
        # No issuer named.
        ("Other Americans have also been urged to leave the country.", "0.75"),
        # People named by a common noun, a verb's figure above theirs.
        (
            "The reporters and speakers noted that the members have displayed patriotic virtues."
            " They stressed the need to pool patriotic mind and wisdom at every worksite.",
            "0.8",
        ),
    ],
)
def test_confidence_is_the_measured_precision_of_the_trigger_kind(
    parse: Parse, text: str, confidence: str
) -> None:
    (order,) = _orders(parse, text)
    assert order.confidence == Decimal(confidence)


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        (
            "Reports were made at the meetings to be followed by speeches. The reporters and"
            " speakers noted that the women have displayed the communist virtues. They stressed"
            " the need to pool patriotic mind and wisdom at every worksite.",
            "reporters and speakers",
        ),
        (
            "Speakers there noted that the people ordered the impeachment of Yoon. They called on"
            " all the members of the union to launch a movement for realizing the impeachment.",
            "speakers",
        ),
        (
            "Plenary meetings of the WPK Central Committee stressed the importance of building"
            " standard pharmacies in cities and counties.",
            "Central Committee of the Workers' Party of Korea",
        ),
        (
            "The 30th session of the UN General Assembly in 1975 adopted a resolution on"
            " dissolving the UN Command.",
            "United Nations General Assembly",
        ),
    ],
)
def test_a_subject_naming_no_one_speaks_for_whom_it_stands(
    parse: Parse, text: str, agent: str
) -> None:
    # "They" goes on from the group named before it; a meeting speaks for the body that met.
    agents = {a.name for o in _orders(parse, text) for a in o.agents}
    assert agent in agents


def test_they_after_no_group_names_no_issuer(parse: Parse) -> None:
    text = "The plans were discussed. They stressed the need to build houses before winter."
    (order,) = _orders(parse, text)
    assert not order.agents


def test_speakers_going_on_point_by_point_give_an_order_each(parse: Parse) -> None:
    text = (
        "The reporters and speakers noted that the women have displayed the communist virtues."
        " They stressed the need to pool patriotic mind and wisdom at every worksite. They"
        " called upon all the women's union officials and members to bring a rosy future."
    )
    orders = _orders(parse, text)
    assert len(orders) == 2
    assert all([a.name for a in o.agents] == ["reporters and speakers"] for o in orders)


@pytest.mark.parametrize(
    "text",
    [
        # A demonstrative stands for a thing said, which directs no one.
        "This is just bombast urging the DPRK to dismantle its absolute guarantee for national"
        " security.",
        # Many speakers appealing to the public at large: a slogan, not a directive.
        "Speakers there noted that the rally was large. They called on all the people to launch"
        " an all-people movement for realizing the impeachment of Yoon in 100 days.",
        # A country claims and declares to its equals.
        "The U.S. is also mulling involving the ROK into AUKUS, saying that it is necessary for"
        " AUKUS to cooperate more closely with such countries as the ROK.",
        "The DPRK has already specified the policy of its state nuclear force as its supreme law.",
        # Tasks assigned by no one: what kind of tasks they are, not an order told.
        "All officials should carry out the tasks, assigned to them, in a responsible manner.",
        "High is the enthusiasm of our people to carry out the revolutionary tasks assigned by"
        " their motherland in a responsible manner.",
        # A purpose, not a task set.
        "Our two countries have always worked together to advance common goals.",
        # A document's content: the thing specifies, no one directs.
        "In June 2022, NATO adopted a new strategic conception specifying the future strategic"
        " direction.",
        # A post named, not an order given.
        "He sent encouragement to the teaching staff of the academy and its cadets growing up to"
        " be commanding officers of the core arm.",
        # The state things are kept in.
        "And the work system and order have been under normal operation to take responsible"
        " care of the people's destiny and life.",
        # A subject that is no one denies the act.
        "No treaty authorized the alliance to station its troops in the region.",
        # A request to one's own family.
        "Saying that best is the socialist system of our country, she asked her children to work"
        " harder for the country.",
        "Before she died, the old teacher asked her grandchildren to serve the country faithfully.",
        # People setting their own course direct no one.
        "The newspaper says that a bright future is in store for the young people who set their"
        " direction of life under the flag of the Party.",
        # A gerund the parse joined to the participle describing the decisions goes on from the
        # verb before them; the decisions are only what is to be carried out.
        "The people would continue to make achievements in implementing the decisions made at"
        " the Party Congress and building a powerful country, the message said.",
        # A term quoted from the other side.
        'The present U.S. administration put forward a deceptive "policy of no-first use of'
        ' nuclear weapons" as part of its election commitments.',
        'They held a confab where they called for someone\'s "denuclearization".',
    ],
)
def test_no_order_outside_a_leaders_or_a_bodys_directive(parse: Parse, text: str) -> None:
    assert _orders(parse, text) == []


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        # "He" after a person named in no subject: the person last named.
        (
            "The DPRK is ushering in a new era under the leadership of Kim Jong Un. He clarified"
            " the eternal strategy of the Juche revolution and set it as the supreme programme of"
            " the Workers' Party of Korea.",
            "Kim Jong Un",
        ),
        (
            "The national anthem was written under the guidance of President Kim Il Sung. One day"
            " in September 1946, he met some writers. He called for reflecting in the song their"
            " national pride.",
            "Kim Il Sung",
        ),
        # "It" goes on from the body the sentence before names.
        (
            "The Ministry of Land and Environment Protection has paid attention to the tree"
            " planting. It set forth the task of planting millions of trees this spring.",
            "Ministry of Land and Environment Protection",
        ),
        # A leader's recommendation or advice on what is to be done.
        (
            "Kim Il Sung looked at the designs. He advised that the brush be placed in the middle.",
            "Kim Il Sung",
        ),
        (
            "Kim Il Sung looked at the designs. He recommended that the symbols should be"
            " crossed in the middle.",
            "Kim Il Sung",
        ),
        # A surname the model tagged no name in, after the full name.
        (
            "And this week, FBI director Louie Freeh visited the search.\n\nFreeh also ordered "
            "the investigation consolidate information under the Atlanta task force, another "
            "indication officials suspect a link between all the bombings.",
            "Louie Freeh",
        ),
        # "I" in a speech given in full: its speaker.
        (
            "Kim Jong Un made a speech on September 9. The speech said:\nSome time ago, I"
            " indicated the new orientation towards accelerating the regional rejuvenation.",
            "Kim Jong Un",
        ),
    ],
)
def test_a_pronoun_no_subject_resolves_names_the_issuer(
    parse: Parse, text: str, agent: str
) -> None:
    (order,) = _orders(parse, text)
    assert [a.name for a in order.agents] == [agent]


def test_a_verb_sharing_an_obligation_tells_its_subject_to_act(parse: Parse) -> None:
    text = (
        "The Cabinet and the state economic guidance organs should learn about the"
        " implementation of all the state measures and take a decisive measure at an early date."
    )
    (order,) = _orders(parse, text)
    assert "Cabinet" in [r.name for r in order.recipients]
    assert "Cabinet" not in [a.name for a in order.agents]


def test_the_unit_inspected_in_a_participle_is_the_recipient(parse: Parse) -> None:
    text = (
        "Inspecting the O Jin U Artillery Academy early in September, Kim Jong Un indicated the"
        " important guidelines for training all its undergraduates."
    )
    (order,) = _orders(parse, text)
    assert [r.name for r in order.recipients] == ["O Jin U Artillery Academy"]


def test_orders_dated_to_different_months_stay_apart(parse: Parse) -> None:
    text = (
        "In September 2013 Kim Jong Un set forth the task for remodeling the stadium. In October"
        " 2014 he gave precious instructions for turning the stadium into a base of sports."
    )
    orders = _orders(parse, text)
    assert sorted(o.time.value for o in orders if o.time) == ["2013-09", "2014-10"]


@pytest.mark.parametrize(
    "text",
    [
        # An order recalled in passing is not dated by the day the article tells of.
        "One day in August 1940, the members of the unit fought at the base. Through the study"
        " tour, they were resolved to attain the goal set forth by the Eighth Congress of the"
        " Workers' Party of Korea.",
    ],
)
def test_an_order_recalled_in_passing_takes_no_date_from_the_story(parse: Parse, text: str) -> None:
    (order,) = _orders(parse, text)
    assert order.time is None


def test_an_obligation_is_dated_by_its_speaker_not_by_what_is_to_be_done(parse: Parse) -> None:
    text = (
        "Kim Jong Un inspected the academy on September 6, 2024. He stressed that the academy"
        " should thoroughly implement the Party's idea of prioritizing the artillery in the"
        " future, too."
    )
    (order,) = _orders(parse, text)
    assert order.time is None or order.time.value.startswith("2024-09-06")


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        # "Provide" a directive gives it.
        (
            "In August last year, Kim Jong Un inspected the flotilla and paid a visit to the Navy"
            " Command, providing important guidelines for developing the Navy.",
            "Kim Jong Un",
        ),
        # A meeting named in capitals speaks for the body that met.
        (
            "Rodong Sinmun says in an editorial that the historic Tenth Plenary Meeting of the"
            " Eighth Central Committee of the Workers' Party of Korea called upon officials to"
            " become pioneers of good virtues and traits.",
            "Eighth Central Committee of the Workers' Party of Korea",
        ),
    ],
)
def test_orders_given_through_a_participle_or_by_a_meeting(
    parse: Parse, text: str, agent: str
) -> None:
    (order,) = _orders(parse, text)
    assert [a.name for a in order.agents] == [agent]


@pytest.mark.parametrize(
    "text",
    [
        "North Korea ordered its trading companies to stop imports of Chinese goods.",
        "North Korea issued an order to its border guards to shoot anyone crossing the river.",
    ],
)
def test_a_country_that_orders_gives_an_order(parse: Parse, text: str) -> None:
    assert len(_orders(parse, text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        # A document read out or described, by no one who decides.
        "Then a resolution on intensive candlelight demonstrations in October was read out.",
        "A solidarity resolution supporting the just struggle of the Workers' Party of Korea and"
        " the Korean people was adopted at the seminar.",
        # The other side's word for its own document.
        'Recently the European Union submitted again a "resolution" taking issue with the human'
        " rights situation in the DPRK to the Third Committee of the 79th Session of the UN"
        " General Assembly.",
        "The EU, at the instigation of the U.S., has annually conducted such moves as submitting"
        ' "human rights resolution" against the DPRK for more than 20 years.',
        # Many speakers appealing to the parties and forces of the world at large.
        "Speakers referred to the ways for the Latin American countries to eliminate social"
        " inequality. They called upon all the revolutionary and progressive political parties,"
        " organizations and anti-imperialist independent forces of the world to further"
        " intensify their unity and cooperation in the struggle against the imperialist powers.",
        # What speakers say they themselves should do.
        "But, the General Secretary went into the site, saying that he should go into any place"
        " where the workers are doing their jobs.",
        "Officials of the Central Committee of the General Federation of Trade Unions of Korea"
        " sent various kinds of clothes, shoes and other materials to disaster areas, saying"
        " that they should take the lead in relieving the Party's worries.",
    ],
)
def test_no_order_from_a_document_told_of_or_a_speakers_own_resolve(
    parse: Parse, text: str
) -> None:
    assert _orders(parse, text) == []


@pytest.mark.parametrize(
    ("text", "agent", "recipient", "word"),
    [
        # An obligation in a clause joined to the one reported, its subject misattached: what
        # is to be done is told by both clauses.
        (
            "One day in March 2004, Kim Jong Il visited Jungsan County, South Phyongan Province."
            " Kim Jong Il said that the seed is the main in farming and officials should think"
            " this problem first, not demanding plastic sheet or fertilizer.",
            "Kim Jong Il",
            "officials",
            "seed",
        ),
        # A light verb saying what a visit made was for, in a relative clause.
        (
            "They are devoting all their energies to the construction, true to the trust of Kim"
            " Jong Un who visited the reconstruction site again to indicate the orientation and"
            " ways for completing the project at the highest level and gave gifts to them.",
            "Kim Jong Un",
            None,
            "completing the project",
        ),
    ],
)
def test_orders_told_in_a_joined_clause_or_as_a_visits_purpose(
    parse: Parse, text: str, agent: str, recipient: str | None, word: str
) -> None:
    (order,) = _orders(parse, text)
    assert [a.name for a in order.agents] == [agent]
    if recipient:
        assert recipient in [r.name for r in order.recipients]
    assert any(word in i for i in order.instructions)


def test_the_unit_of_the_people_directed_is_a_recipient(parse: Parse) -> None:
    text = (
        "In October 1962, Kim Jong Il visited the Pyongyang Musical Instrument Factory. True to"
        " his instructions, the officials, technicians and workers of the factory carried out"
        " the task of finding out national musical instruments."
    )
    (order,) = _orders(parse, text)
    assert "Pyongyang Musical Instrument Factory" in [r.name for r in order.recipients]


@pytest.mark.parametrize(
    ("text", "recipients"),
    [
        (
            "The Pyongyang Baby Home and the Pyongyang Orphanage called palaces of children are"
            " situated on the picturesque Taedong River bank. One day in October 2014, Kim Jong"
            " Un visited the completed baby home and the"
            " orphanage and said with satisfaction that there would be no such wonderful home for"
            " children in the world as them. Saying that all the elements of the baby home and"
            " the orphanage are suitable for living environment and educational places, he gave"
            " precious instructions on enhancing the responsibility and role of the nursery school"
            " and kindergarten teachers.",
            ["Pyongyang Baby Home", "Pyongyang Orphanage"],
        ),
        (
            "The Myohyangsan Medical Appliances Factory in the DPRK is a model factory. One day in"
            " October 2019, Kim Jong Un visited the factory to learn about its modernization."
            " Watching the trial medical appliances produced by the factory, he said that it is"
            " necessary to design them well to suit the actual conditions of hospitals.",
            ["Myohyangsan Medical Appliances Factory"],
        ),
    ],
)
def test_the_unit_a_speaker_visited_before_is_the_recipient(
    parse: Parse, text: str, recipients: list[str]
) -> None:
    (order,) = _orders(parse, text)
    assert [r.name for r in order.recipients] == recipients


def test_the_pronouns_of_a_person_are_read_from_one_set() -> None:
    assert {"he", "she"} == PERSON_SUBJECT_PRONOUNS
    assert PERSON_SUBJECT_PRONOUNS < PERSONAL_PRONOUNS
    assert PERSON_SUBJECT_PRONOUNS | {"i"} == SELF_PRONOUNS


@pytest.mark.parametrize(
    "text",
    [
        # A request between persons: one person named or pointed at is asked.
        "He also urged Albright to tell Americans that Tanzania is safe and they should"
        " continue visiting and investing in the country.",
        "The foreign minister asked her to convey his thanks to the president.",
        # An order only pledged or planned is none yet.
        "She also pledged to ask Congress to approve a still-undetermined amount of emergency"
        " funding.",
        # A decision denied is none.
        "However, Freeh said although the investigators have been working very hard, so far no"
        " conclusion or decision can be made at this stage.",
    ],
)
def test_no_order_from_requests_plans_or_denials(parse: Parse, text: str) -> None:
    assert _orders(parse, text) == []


def test_an_appeal_to_those_led_is_still_an_order(parse: Parse) -> None:
    orders = _orders(
        parse,
        "The minister of public security, Ri Song Gwon, urged the police officers to be alert.",
    )
    assert [o.agents[0].name for o in orders] == ["Ri Song Gwon"]


@pytest.mark.parametrize(
    ("text", "instruction"),
    [
        # What was done on an order whose words are not given is what it ordered.
        (
            "About 200 Americans _ nonessential U.S. Embassy staff and their families _ left"
            " Pakistan today on orders from Washington.",
            "left Pakistan",
        ),
        (
            "The embassy staff left the capital on the orders of the State Department.",
            "left the capital",
        ),
    ],
)
def test_an_act_done_on_an_order_is_its_instruction(
    parse: Parse, text: str, instruction: str
) -> None:
    orders = _orders(parse, text)
    assert [o.instructions for o in orders] == [(instruction,)], orders


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # A country told to act, or bound by a body's decision, is whom the order directs.
        ("The U.N. Security Council ordered Iraq to destroy its missiles.", ["Iraq"]),
        ("Iraq was ordered to withdraw its troops.", ["Iraq"]),
        (
            "The North Atlantic Treaty Organization (NATO) has decided to admit Poland, Hungary"
            " and the Czech Republic in early March.",
            ["Poland", "Hungary", "Czechia"],
        ),
        ("The Politburo decided to admit Laos and Vietnam as observers.", ["Laos", "Vietnam"]),
        # Where the units are sent is no one directed.
        ("The General Staff ordered the artillery units to Kaesong.", []),
        ("The General Staff ordered the artillery units to open fire in Kaesong.", []),
    ],
)
def test_a_country_directed_is_a_recipient(parse: Parse, text: str, places: list[str]) -> None:
    (order,) = _orders(parse, text)
    assert [r.name for r in order.recipients if r.kind.value == "Place"] == places


@pytest.mark.parametrize(
    ("text", "recipients"),
    [
        # Who is to do what the task names, in a passive infinitive beside it.
        (
            "Ri Chang Hwan indicated the tasks to be carried out by the Sunchon Cement Complex.",
            ["Sunchon Cement Complex"],
        ),
        # Whom the speaker called to him: the instructions he then gives are theirs.
        (
            "One day Kim Chaek summoned the officials of the Sinpo Fishery. He gave detailed"
            " instructions on the repair of the ships.",
            ["officials of the Sinpo Fishery"],
        ),
        (
            "One day President Kim Il Sung called officials concerned to clarify the issues."
            " He gave detailed instructions on the design.",
            ["officials concerned"],
        ),
        # Whom guidance was given to in the same breath.
        (
            "Pak Pong Ju indicated the tasks for improving the management while giving field"
            " guidance to the Kangson Steel Complex.",
            ["Kangson Steel Complex"],
        ),
    ],
)
def test_recipients_named_around_the_order(parse: Parse, text: str, recipients: list[str]) -> None:
    found = [r.name for o in _orders(parse, text) for r in o.recipients]
    assert found == recipients


def test_a_thing_called_by_a_name_is_no_one_summoned(parse: Parse) -> None:
    text = "Kim Jong Un called the project a great success. He set forth the tasks for the project."
    assert [r.name for o in _orders(parse, text) for r in o.recipients] == []


@pytest.mark.parametrize(
    ("text", "agent", "recipient"),
    [
        # Legal orders: an indictment, an arrest warrant issued.
        ("Kessler was indicted last year in the shooting death of a doctor.", None, "Kessler"),
        ("The grand jury of Erie County indicted Tom Varga for the theft.", None, "Tom Varga"),
        (
            "Canadian authorities issued a nationwide arrest warrant for Dale Everett Kessler.",
            "Canadian authorities",
            "Dale Everett Kessler",
        ),
        (
            "Federal and state arrest warrants were issued for Dale E. Kessler.",
            None,
            "Dale E. Kessler",
        ),
        # The kind of warrant told in a phrase after it.
        ("Judge Ann Mills issued a warrant for the arrest of Tom Varga.", "Ann Mills", None),
    ],
)
def test_legal_orders(parse: Parse, text: str, agent: str | None, recipient: str | None) -> None:
    (order,) = _orders(parse, text)
    if agent:
        assert [a.name for a in order.agents] == [agent]
    if recipient:
        assert recipient in [r.name for r in order.recipients]


@pytest.mark.parametrize(
    "text",
    [
        "The police searched the house without a warrant.",
        # Warrants issued by a company are securities.
        "About 1.1 million Class C warrants were issued, the company said.",
        "The situation warrants caution.",
        "The bank paid for the warrants for the shares.",
        "If Kessler were indicted, he would be extradited.",
    ],
)
def test_no_legal_order_where_none_is_given(parse: Parse, text: str) -> None:
    assert _orders(parse, text) == []


def test_who_made_sure_is_the_person_named_before_it(parse: Parse) -> None:
    text = (
        "They recollected the efforts made by Kim Jong Un who made sure that important"
        " decisions were adopted for strengthening the Party."
    )
    (order,) = _orders(parse, text)
    assert [a.name for a in order.agents] == ["Kim Jong Un"]
    assert order.predicate == "make"
    assert any("important decisions" in i for i in order.instructions)


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        # Whom the speaker tells in the very next sentence.
        (
            "He gave instructions on improving the mechanization of the Junghung Farm. He told"
            " the officials of the farm that the Party would help them.",
            "officials of the farm",
        ),
        (
            "Ri Chol Man set forth the tasks for increasing the yield. She told the managers of"
            " the cooperative that the state would supply fertilizer.",
            "managers of the cooperative",
        ),
    ],
)
def test_whom_the_speaker_tells_next_was_given_the_order(
    parse: Parse, text: str, recipient: str
) -> None:
    (order,) = _orders(parse, text)
    assert recipient in [r.name for r in order.recipients]


@pytest.mark.parametrize(
    ("text", "agent", "recipient"),
    [
        (
            "The Sonbong Construction Headquarters makes sure that all the construction units"
            " conduct the review of the quality.",
            "Sonbong Construction Headquarters",
            "construction units",
        ),
        (
            "South Phyongan Province ensures that the selected members from cities and counties"
            " acquire higher technical knowledge.",
            "South Phyongan Province",
            "selected members from cities and counties",
        ),
        (
            "The Agricultural Commission is directing efforts to ensuring that all the"
            " agricultural production units provide a sure guarantee for next year's farming.",
            "Agricultural Commission",
            "agricultural production units",
        ),
        (
            "The Ministry of Fisheries has conducted political work to ensure that the"
            " fishery enterprises prepare their boats.",
            "Ministry of Fisheries",
            "fishery enterprises",
        ),
        # The "it" of "sees to it" stands for the clause, not for whom it is told to.
        (
            "Officials of Ryanggang Province visited the farms. The province sees to it that the"
            " cities and counties deliver the fertilizer on time.",
            "Ryanggang Province",
            "cities and counties",
        ),
    ],
)
def test_a_body_seeing_to_it_that_those_under_it_act_directs_them(
    parse: Parse, text: str, agent: str, recipient: str
) -> None:
    (order,) = _orders(parse, text)
    assert [a.name for a in order.agents] == [agent]
    assert any(r.name == recipient for r in order.recipients)


@pytest.mark.parametrize(
    "text",
    [
        # What a unit makes sure of in its own work, in the passive, directs no one.
        "The Pyongyang Kim Jong Suk Textile Mill has made sure that equipment is operated in"
        " full capacity at every production site.",
        # A thing, not a body, ensures.
        "The new system ensures that the workers get their wages on time.",
        # A worker makes sure of something among equals.
        "The worker made sure that his colleagues came on time.",
        # Seeing to it only wished, or on a condition.
        "The committee should ensure that the units take measures.",
        "If the committee ensures that the units take measures, the harvest will grow.",
        # Those seen to gain something are not directed.
        "The Ministry of Public Health made sure that the flood victims enjoy free medical care.",
        # A country ensuring something speaks to its equals.
        "The United States ensures that its allies pay more for their defence.",
        # A province calling for something is no seeing to it.
        "North Phyongan Province called for building new houses.",
    ],
)
def test_no_order_where_no_body_sees_to_it_that_others_act(parse: Parse, text: str) -> None:
    assert _orders(parse, text) == []


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        (
            "The Rural Economy Commission of Kangwon Province met on Monday. The commission"
            " ensures that the farm units repair their machines.",
            "Rural Economy Commission",
        ),
        (
            "Shares of Grafton Co. rose 5 percent. The company earlier this year adopted a"
            " shareholder-rights plan to ward off unwanted suitors.",
            "Grafton Co.",
        ),
        (
            "Officials of Ryanggang Province visited the farms. The province sees to it that the"
            " cities and counties deliver the fertilizer on time.",
            "Ryanggang Province",
        ),
        (
            "The Constitutional Court heard the appeal in May. On Friday the court dismissed"
            " the appeal of the two ministers.",
            "Constitutional Court",
        ),
    ],
)
def test_a_body_named_by_its_kind_is_the_one_named_before(
    parse: Parse, text: str, agent: str
) -> None:
    (order,) = _orders(parse, text)
    assert [a.name for a in order.agents] == [agent]


@pytest.mark.parametrize(
    ("text", "agent", "instruction_word"),
    [
        (
            "The INS ruled last month that only Elian's father has the right to speak for the boy.",
            "INS",
            "right to speak",
        ),
        (
            "Yesterday the Hungarian parliament ratified the accession treaty.",
            "parliament",
            "treaty",
        ),
        ("The Supreme Court ruled that the contract was void.", "Supreme Court", "void"),
        # A court or a regulator disposing of a case, a law or a request.
        (
            "By a 5-4 vote, the Supreme Court upheld the state's new voting law.",
            "Supreme Court",
            "upheld the state's new voting law",
        ),
        (
            "Last spring the Appeals Court dismissed the charges against the two reporters.",
            "Appeals Court",
            "dismissed the charges",
        ),
        # Enacted in the passive, by a body or at its meeting.
        (
            "The border treaty was ratified by the Romanian parliament on Tuesday.",
            "parliament",
            "border treaty",
        ),
        # A body the article names by its kind only, as the text words it.
        (
            "The lower chamber of the Polish parliament approved the budget plan in March.",
            "lower chamber of the Polish parliament",
            "budget plan",
        ),
        (
            "A national convention voted in favor of a new charter on Friday.",
            "national convention",
            "new charter",
        ),
        # A company's approval, by its common noun after its name.
        (
            "Tessaly Co. bought 200,000 of its shares under a buy-back program approved by the"
            " company in May.",
            "Tessaly Co.",
            "buy-back program",
        ),
    ],
)
def test_a_body_approving_ratifying_or_ruling_decides(
    parse: Parse, text: str, agent: str, instruction_word: str
) -> None:
    (order,) = _orders(parse, text)
    assert any(agent in a.name for a in order.agents)
    assert any(instruction_word in i for i in order.instructions)


@pytest.mark.parametrize(
    "text",
    [
        # Only planned or expected.
        "The parliament is expected to approve the treaty next month.",
        "The senate agreed to ratify the treaty.",
        # Ruling a country is no ruling on a case.
        "Kim Il Sung ruled the country for decades.",
        # People voting, not a body.
        "The students voted for the new captain.",
        "He approved of her choice.",
        # Only a court or a regulator rules by upholding or rejecting: others hold to or refuse.
        "The government rejected the accusation as a fabrication.",
        "The workers upheld the traditions of their factory.",
        "The company dismissed the report as rumour.",
        # A ruling only asked for.
        "The court is expected to overturn the verdict next month.",
        # Approved in the passive by no body.
        "The new bridge design was approved by the engineers.",
    ],
)
def test_no_decision_where_no_body_enacts_one(parse: Parse, text: str) -> None:
    assert _orders(parse, text) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # A wire lead's order is given in the dateline's city, as the lead's other events are.
        (
            "\nCANBERRA, Australia (AP) _ The upper house voted on Friday to abolish the tax on"
            " books. Officials praised the vote.",
            "Canberra",
        ),
        # What the lead tells in a clause below its main one may be done elsewhere.
        (
            "\nCANBERRA, Australia (AP) _ Officials said the upper house voted on Friday to"
            " abolish the tax.",
            None,
        ),
    ],
)
def test_an_order_in_a_wire_lead_takes_the_datelines_city(
    parse: Parse, text: str, place: str | None
) -> None:
    (order,) = _orders(parse, text)
    assert (order.place.name if order.place else None) == place
