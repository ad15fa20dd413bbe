from __future__ import annotations

import datetime as dt

import pytest

from kg.extract import get_extractor
from kg.extract.statements import extract_statements
from tests.conftest import Parse


@pytest.mark.parametrize(
    ("text", "speaker", "quote_word"),
    [
        (
            "Kim Jong Un said, “We will never give up our nuclear weapons.”",
            "Kim Jong Un",
            "nuclear",
        ),
        (
            "“The harvest was good this year,” Hwang Se Ok told the meeting.",
            "Hwang Se Ok",
            "harvest",
        ),
        (
            "Kim Yo Jong stated that defectors “are a blemish on their country.”",
            "Kim Yo Jong",
            "blemish",
        ),
        # A surname the model tags as no name: the person named in full before speaks.
        (
            "Health Secretary Thomas Lake visited the hospital in Accra on Monday. ``We will"
            " rebuild the clinics,'' Lake said at a news conference.",
            "Thomas Lake",
            "clinics",
        ),
        # Testimony reports what the witness said.
        (
            "Eldon Elliott testified that McVeigh paid the rental fee in cash.",
            "Eldon Elliott",
            "cash",
        ),
        # A surname the parse takes for the verb's adverb speaks.
        (
            "Mr. Swavely said the new space will allow Compaq to increase the capacity of its"
            " plant.",
            "Swavely",
            "capacity",
        ),
        # A verb that reports speech only with the words it quotes.
        (
            '"Did you see the truck that morning?" asked prosecutor Dana Whitfield.',
            "Dana Whitfield",
            "truck",
        ),
        (
            "``We are worried about his safety,'' Maria Lopez wrote in a letter to the paper.",
            "Maria Lopez",
            "worried",
        ),
        # One word quoted, said by the verb right after it; the parser takes the word for the
        # subject and an inverted speaker for the object.
        (
            "Health Minister Thomas Lake toured the flooded clinic on Monday. ``Never,'' he said.",
            "Thomas Lake",
            "Never",
        ),
        (
            'Foreign Minister Ana Torres signed the accord in Lisbon. "Finally," exclaimed Torres.',
            "Ana Torres",
            "Finally",
        ),
        # The verb before the speaker, the quotation after a comma or colon; a quotation
        # going on into the next paragraph has no closing mark.
        (
            "Replied White House deputy spokesman Robert Gibbs, ``We have not read the letter"
            " in detail, but it seems to be more rhetoric.",
            "Robert Gibbs",
            "rhetoric",
        ),
        (
            'Added Mayor John Miller: "The bridge will open in May."',
            "John Miller",
            "bridge",
        ),
        # A question set between the speaker and the verb that answers it.
        (
            'Senator John Miller, asked whether the vote would pass, replied: "We will win."',
            "John Miller",
            "win",
        ),
        (
            'Senator John Miller, asked about the strike, said: "The mines will reopen."',
            "John Miller",
            "mines",
        ),
        # Words of several sentences in one pair of marks, closed only in a later sentence.
        (
            'Jane Porter, an analyst at Smith Brothers in Boston, said, "I suspect (the merger)'
            ' will help the company. I would be surprised if prices rose." Shares fell.',
            "Jane Porter",
            "surprised",
        ),
        (
            "Mayor John Miller spoke on Friday. He said, ``We will rebuild the bridge. It will"
            " take a year.",
            "John Miller",
            "year",
        ),
        (
            'Mayor John Miller spoke on Friday.\n"We will rebuild the bridge. It will take a'
            ' year," Miller told reporters.',
            "John Miller",
            "bridge",
        ),
        # A reporting verb inside the words quoted is part of what the speaker outside says.
        (
            "Mayor John Miller spoke on Friday. ``Governor Smith told me the plan is off,''"
            " Miller said.",
            "John Miller",
            "plan",
        ),
        (
            "Mayor John Miller spoke on Friday. ``Like I said, the Pentagon announced that the"
            " base will close,'' Miller told reporters.",
            "John Miller",
            "base",
        ),
        # A chant is words said only with the words quoted.
        (
            "Thousands marched through the capital on Sunday. ``Stop the war now,'' the"
            " protesters chanted.",
            "protesters",
            "war",
        ),
        # A count's members speak.
        (
            "In Old Havana, hundreds of children marched around the Parque Central chanting ``We"
            " will save the park!''",
            "children",
            "park",
        ),
        # A rank written short before the name does not end the sentence, whose speaker says
        # the words quoted and a phrase after them.
        (
            "``I can confirm that a man was arrested'' near the harbour, police spokesman Capt."
            " John Miller said.",
            "John Miller",
            "confirm",
        ),
        # A phrase set off by commas between the speaker and the verb.
        (
            "``It looks as though they panicked,'' Detective John Smith, speaking on condition"
            " of anonymity, said.",
            "John Smith",
            "panicked",
        ),
        # A paper quotes someone as saying it.
        (
            "The Times quoted Mayor John Miller as saying that the bridge would reopen in May.",
            "John Miller",
            "bridge",
        ),
        # Words quoted as the speaker's characterisation of something.
        (
            'Senator John Miller condemned the "cowardly and criminal" attack on the embassy.',
            "John Miller",
            "cowardly",
        ),
    ],
)
def test_quotations_become_statements(
    parse: Parse, text: str, speaker: str, quote_word: str
) -> None:
    doc, ctx = parse(text)
    (statement,) = extract_statements(doc, ctx)
    assert [a.name for a in statement.agents] == [speaker]
    assert statement.quote is not None and quote_word in statement.quote


@pytest.mark.parametrize(
    "text",
    [
        # A quotation inside the object is a title, not what the verb reports.
        'Maria Lopez wrote a book titled "The Road Home" in 1990.',
        "Kim Jong Un asked the officials to convey his greetings to the builders.",
        'The Liberty Korea Party is crying for the "guarantee of human rights" in the region.',
        # One word quoted before a verb set inside the sentence is a name, not words said.
        "Health Minister Thomas Lake toured the clinic. ``Newsweek,'' he said, was his paper.",
        # A verb opening the sentence with a name after it but no quotation after the comma.
        "Added to the list by Mayor John Miller, the bridge will open in May.",
        # Indirect speech of an unnamed source is only what the article credits to it.
        "The source said prices rose sharply in March.",
        "A police source said the bridge was closed on Monday.",
        # A term in quotation marks is no words said.
        "The source said the talks had been a ``breakthrough'' for both sides.",
        # A chant told without the words chanted is an act, not words said.
        "The protesters chanted slogans against the government.",
        # Words quoted inside the phrase characterised are a term, not words said.
        "Mayor John Miller condemned the ``peace plan'' of the rebels.",
        # A characterising verb inside the words quoted is theirs, not the characterisation.
        'Secretary-General Ban Ki-moon made public his stand that he "strongly denounces the'
        ' provocative attack" on May 28.',
        # What the object is called is the events' reading.
        "Mayor John Miller called current market conditions ``highly competitive.''",
    ],
)
def test_no_statement_without_words_said(parse: Parse, text: str) -> None:
    doc, ctx = parse(text)
    assert list(extract_statements(doc, ctx)) == []


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # Statements given one after another, each headed by its speaker and day alone.
        (
            "Following are statements made Monday by Mayor John Miller and the Red Cross:"
            " Miller on Monday ``The bridge will open in May, as we promised.''"
            " Red Cross on Monday ``We have sent fifty tents to the valley.''",
            ["John Miller", "Red Cross"],
        ),
        (
            "Here are the replies of Senator John Miller and Governor Paul Reed.\n"
            "Miller: ``We will vote against the bill.''\n"
            "Reed: ``The state cannot pay for it.''",
            ["John Miller", "Paul Reed"],
        ),
        # A name inside a running sentence heads no quotation.
        ("Voters cheered Ana Torres on Monday ``with all their hearts'' in Lisbon.", []),
    ],
)
def test_a_quotation_headed_by_its_speakers_name_is_their_statement(
    parse: Parse, text: str, speakers: list[str]
) -> None:
    doc, ctx = parse(text)
    statements = list(extract_statements(doc, ctx))
    assert [a.name for s in statements for a in s.agents] == speakers
    # Each kind of statement names the extractor registered for statements, so a rule change
    # bumps one name and the store rebuilds exactly the articles it affects.
    assert all(get_extractor(s.extractor) is extract_statements for s in statements)


@pytest.mark.parametrize(
    ("text", "quote_word"),
    [
        ("“Prices rose sharply in March,” the source said.", "Prices"),
        # A pronoun that stands for no one the article names.
        ("``We saw the smoke from the harbour,'' they told reporters.", "smoke"),
        # "he" goes on for the unnamed source the sentence before credits.
        (
            "A police source said the bridge was closed on Monday. ``Nobody could cross it all"
            " night,'' he added.",
            "Nobody",
        ),
        # What an unnamed source predicates, quoted from its first word, is words said.
        (
            "A police source said the bridge was closed. The drivers who crossed it were"
            " “simply reckless”, he added.",
            "reckless",
        ),
        ('Sources said the new tariffs were "a clear violation" of the trade pact.', "violation"),
    ],
)
def test_words_quoted_of_an_unnamed_speaker_are_a_statement_of_no_one(
    parse: Parse, text: str, quote_word: str
) -> None:
    doc, ctx = parse(text)
    (statement,) = [s for s in extract_statements(doc, ctx) if s.quote and quote_word in s.quote]
    assert statement.agents == ()
    assert statement.label is None


@pytest.mark.parametrize(
    ("text", "speaker", "sources", "day", "quote_word"),
    [
        (
            "Pyongyang, May 20 (KCNA) -- A spokesman for the Foreign Ministry of the DPRK "
            "released the following press statement on May 20:\n"
            "The U.S. conducted a sub-critical nuclear test. This is a dangerous act. -0-",
            "Foreign Ministry",
            ["spokesman", "Korean Central News Agency"],
            "2024-05-20",
            "sub-critical",
        ),
        (
            "Pyongyang, October 23 (KCNA) -- Kim Jong Un sent a congratulatory message to "
            "Dinh Van Hoa, president of Vietnam, on October 22.\nThe message said:\n"
            "I extend warm congratulations to you on your election.",
            "Kim Jong Un",
            ["Kim Jong Un", "Korean Central News Agency"],
            "2024-10-22",
            "warm congratulations",
        ),
        (
            "Pyongyang, May 27 (KCNA) -- The Korean Central News Agency made public the "
            "following report on May 27 as regards an accident:\n"
            "The launch of the satellite failed during the first-stage flight.",
            "Korean Central News Agency",
            ["Korean Central News Agency"],
            "2024-05-27",
            "first-stage",
        ),
        # No verb issues the text: its noun names whose it is.
        (
            "Pyongyang, October 18 (KCNA) -- The following is the press statement of Kim Yo "
            "Jong, vice department director of the Central Committee of the Workers' Party of "
            'Korea, titled "Do not spout absurd remarks":\n'
            "We cannot but call the clan of the ROK a really weird one.",
            "Kim Yo Jong",
            ["Kim Yo Jong", "Korean Central News Agency"],
            "2024-10-18",
            "weird",
        ),
    ],
)
def test_texts_given_in_full_are_statements_of_who_issued_them(
    parse: Parse, text: str, speaker: str, sources: list[str], day: str, quote_word: str
) -> None:
    doc, ctx = parse(text, dt.date(2024, 10, 23))
    full = [s for s in extract_statements(doc, ctx) if len(s.evidence) == 2]
    (statement,) = full
    assert speaker in statement.agents[0].name
    assert [s.label for s in statement.sources] == sources
    assert statement.time is not None and statement.time.value.startswith(day)
    assert statement.quote is not None and quote_word in statement.quote
    assert "-0-" not in statement.quote


@pytest.mark.parametrize(
    ("text", "sender", "addressee"),
    [
        (
            "Pyongyang, October 23 (KCNA) -- Kim Jong Un sent a message to Dinh Van Hoa on "
            "October 22.\nThe message said:\nI extend warm congratulations to you.",
            "Kim Jong Un",
            "Dinh Van Hoa",
        ),
        # A message received comes from whoever "from" names, to the one who received it.
        (
            "Pyongyang, October 17 (KCNA) -- Kim Jong Un received a reply message from Xi "
            "Jinping, president of the People's Republic of China, on October 16.\n"
            "The reply message says:\nI express my heartfelt thanks to you.",
            "Xi Jinping",
            "Kim Jong Un",
        ),
        # The parse hangs "to" on the noun of the message's "of" phrase.
        (
            "Pyongyang, March 2 (KCNA) -- Choe Son Hui sent a message of sympathy to Pak Ui "
            "Chun, minister of Foreign Affairs, on March 1.\nThe message said:\nI wish you "
            "every success in your work.",
            "Choe Son Hui",
            "Pak Ui Chun",
        ),
    ],
)
def test_a_message_is_of_its_sender_and_addressed_to_whom_it_was_sent(
    parse: Parse, text: str, sender: str, addressee: str
) -> None:
    doc, ctx = parse(text)
    (statement,) = [s for s in extract_statements(doc, ctx) if len(s.evidence) == 2]
    assert [a.name for a in statement.agents] == [sender]
    assert [r.name for r in statement.recipients] == [addressee]


def test_a_colon_inside_a_paragraph_introduces_no_full_text(parse: Parse) -> None:
    doc, ctx = parse("Kim Jong Un visited three places: a farm, a mill and a school.")
    assert [s for s in extract_statements(doc, ctx) if len(s.evidence) == 2] == []


def test_a_verbless_introduction_gives_no_full_text(parse: Parse) -> None:
    # Its statement noun has no verb above it up to the root of the fragment.
    doc, ctx = parse(
        "Pyongyang, May 27 (KCNA) -- The following press statement of the Foreign Ministry:\n"
        "We will respond."
    )
    assert [s for s in extract_statements(doc, ctx) if len(s.evidence) == 2] == []


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "A spokesman for the Ministry of National Defence of the DPRK said in a statement "
            "that an ICBM test-fire was conducted on Thursday morning.",
            "Ministry of National Defence",
        ),
        (
            "The launch failed during the first-stage flight, the vice general director of the "
            "National Aerospace Technology Administration said.",
            "National Aerospace Technology Administration",
        ),
    ],
)
def test_an_official_speaks_for_the_body(parse: Parse, text: str, body: str) -> None:
    doc, ctx = parse(text)
    (statement,) = extract_statements(doc, ctx)
    assert body in statement.agents[0].name


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # The body named in front of an office-holder the article names by a group.
        (
            "Acme Corp. shipped the new chips in June. An Acme spokeswoman said the company "
            "would replace the faulty ones.",
            "Acme Corp.",
        ),
        (
            "The evidence reached the FBI laboratory on Monday. FBI officials said the tests "
            "would take weeks.",
            "Federal Bureau of Investigation",
        ),
    ],
)
def test_the_body_of_an_unnamed_office_holder_speaks_too(
    parse: Parse, text: str, body: str
) -> None:
    doc, ctx = parse(text)
    statement = next(s for s in extract_statements(doc, ctx) if s.predicate == "say")
    assert body in [a.name for a in statement.agents]


def test_a_ministers_portfolio_is_no_speaking_body(parse: Parse) -> None:
    doc, ctx = parse("The Japan minister of Defense openly said the drills would go on.")
    (statement,) = extract_statements(doc, ctx)
    assert "Defense" not in [a.name for a in statement.agents]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "The chairman of the Socialist Party of Chile and the chairman of the Irish Workers' "
            "Party said that the WPK had grown stronger.",
            ["Socialist Party of Chile", "Irish Workers' Party"],
        ),
        (
            "Anna Lind and Jan Eliasson said that the talks would resume.",
            ["Anna Lind", "Jan Eliasson"],
        ),
        # A group listed beside a named speaker speaks too; an informant does not.
        (
            "On Tuesday the CIA and Egyptian police said the man had confessed to the attack.",
            ["Central Intelligence Agency", "Egyptian police"],
        ),
        ("Smith and his lawyers said the case was closed.", ["Smith", "lawyers"]),
        ("Iraq and diplomatic sources said the talks had failed.", ["Iraq"]),
    ],
)
def test_every_speaker_the_subject_names_speaks(
    parse: Parse, text: str, speakers: list[str]
) -> None:
    doc, ctx = parse(text)
    (statement,) = extract_statements(doc, ctx)
    assert [a.name for a in statement.agents] == speakers


@pytest.mark.parametrize(
    ("text", "speaker", "quote_word"),
    [
        (
            "Harbor Freight Lines Inc. posted a loss. The company said the charge would end "
            "the losses at its trucking unit.",
            "Harbor Freight Lines Inc.",
            "charge",
        ),
        # "The company" after a unit named after it is the company.
        (
            "MGM Grand Inc. has agreed to buy 117 acres of land. Proceeds from the offering "
            "will be used for refurbishing certain aircraft of the MGM Grand Air unit. The "
            "company said it estimates the refurbishment will cost $2.5 million.",
            "MGM Grand Inc.",
            "refurbishment",
        ),
        # The company named again by its trade after its town, with what it makes.
        (
            "Tony Lama Co. is based in Texas.\n\nThe El Paso, Texas, maker of Western boots "
            "and leather accessories said the preferred stock would accrue dividends.",
            "Tony Lama Co.",
            "dividends",
        ),
        # "The unit" and "the parent" after a unit called so beside its name: the unit, and
        # the company that owns it.
        (
            "Halvard AB offered to buy the rest of its U.S. unit, Halvard Systems Inc., for $15 "
            "a share. The unit said it can give no assurance that a deal will occur.",
            "Halvard Systems Inc.",
            "assurance",
        ),
        (
            "Halvard AB proposed to acquire the 22% it doesn't own of its U.S. unit, Halvard "
            "Systems Inc.\n\nA committee is evaluating the proposal; the parent said it would "
            "wait.",
            "Halvard AB",
            "committee",
        ),
        # A body named again by a common noun, quoted in its own words.
        (
            'Harlow Savings & Loan Association posted a loss. The thrift said that "after'
            ' these charges the association expects record earnings in 1991."',
            "Harlow Savings & Loan Association",
            "record earnings",
        ),
        (
            'Zenith Co. cut 300 jobs. But the drug company said it "expects the savings to'
            ' offset the costs of the plan."',
            "Zenith Co.",
            "savings",
        ),
        (
            "The Ministry of Foreign Affairs of Japan met on Monday. The ministry said it would"
            " send aid to the region.",
            "Ministry of Foreign Affairs of Japan",
            "aid",
        ),
    ],
)
def test_a_definite_noun_naming_a_body_again_speaks_for_it(
    parse: Parse, text: str, speaker: str, quote_word: str
) -> None:
    doc, ctx = parse(text)
    statement = list(extract_statements(doc, ctx))[-1]
    assert [a.name for a in statement.agents] == [speaker]
    assert statement.quote is not None and quote_word in statement.quote


def test_a_subject_naming_a_group_speaks_as_it_not_as_a_body_its_noun_ends(
    parse: Parse,
) -> None:
    doc, ctx = parse(
        "Juche Korea Society member Kim Hong met the Korean People on Friday. The people of "
        "the DPRK said that the harvest was good."
    )
    (statement,) = extract_statements(doc, ctx)
    assert [a.name for a in statement.agents] == ["people of the DPRK"]


@pytest.mark.parametrize(
    ("text", "spoken_of"),
    [
        (
            "Gerhard Schroeder said the European Union would not lift the embargo.",
            ["European Union"],
        ),
        # Whom the act reported is done to is told about too.
        ("Kim Jong Un stressed that officials should serve the people.", ["officials", "people"]),
        (
            "Maria Lopez denied that she would hand John Smith over to the police.",
            ["John Smith", "police"],
        ),
        # The clause the reported clause reports tells of its subject.
        (
            "Peter Hale said the early sale proves that Walter Green has lost his nerve.",
            ["Walter Green"],
        ),
        # The owner of what names no one.
        ("Peter Hale said the losses hurt Vantex's credit rating.", ["Vantex"]),
        # No place an act is done at.
        ("Anna Lind said Olaf Berg would visit Oslo in May.", ["Olaf Berg"]),
        # A pronoun's referent is a guess; the speaker is no one they speak of.
        ("Anna Lind said that she would visit Oslo.", []),
        # A name that only qualifies the subject is not what the report is about.
        ("Ingrid Berg said the Memphis project was pulled for a review of costs.", []),
        # A report denied tells of no one.
        ("Ingrid Berg would not say whether Siemens had made an offer.", []),
        # Who else the act reported involves, in a phrase of its verb; not its owner's owner.
        ("Police confirmed that the body belonged to Jorge Hernandez.", ["Jorge Hernandez"]),
        (
            "Anna Lind said the mayor met with Olaf Berg and Ingrid Berg.",
            ["Olaf Berg", "Ingrid Berg"],
        ),
        ("Anna Lind said she had spoken to Olaf Berg's father.", []),
        # A body a definite noun names again.
        (
            "Peter Hale, an analyst, praised Vantex Corp. He said the company will cut 300 jobs.",
            ["Vantex Corp."],
        ),
        # "the party" a party's own man speaks of is his party, whatever its name ends in;
        # which one of two is meant is a guess.
        (
            "Likud chairman Moshe Arens says the party will vote against the budget.",
            ["Likud"],
        ),
        (
            "Likud and Shas leader Moshe Arens says the party will vote against the budget.",
            [],
        ),
    ],
)
def test_a_report_of_speech_is_about_the_subject_of_the_clause_reported(
    parse: Parse, text: str, spoken_of: list[str]
) -> None:
    doc, ctx = parse(text)
    statements = list(extract_statements(doc, ctx))
    assert [p.name for s in statements for p in s.patients] == spoken_of


def test_residents_of_a_place_speak_for_no_body(parse: Parse) -> None:
    doc, ctx = parse("Residents of Hyesan said that prices had risen sharply in March.")
    assert list(extract_statements(doc, ctx)) == []


@pytest.mark.parametrize(
    ("text", "addressee"),
    [
        (
            "Kim Jong Un told officials that he could witness intensive efforts for fish farming.",
            "officials",
        ),
        ("Kim Jong Un said to the soldiers that they had done a great job.", "soldiers"),
        # Whom a filing or an interview is made to.
        (
            "In a Securities and Exchange Commission filing, Brixton Holdings Inc. said it had"
            " bought 400,000 shares of the retailer.",
            "Securities and Exchange Commission",
        ),
        (
            "Pedro Alvarez said in an interview with Reuters that the talks had broken down.",
            "Reuters",
        ),
    ],
)
def test_whom_a_speaker_tells_is_a_recipient(parse: Parse, text: str, addressee: str) -> None:
    doc, ctx = parse(text)
    (statement,) = extract_statements(doc, ctx)
    assert [r.name for r in statement.recipients] == [addressee]


@pytest.mark.parametrize(
    ("text", "speaker", "quote_word", "addressee"),
    [
        # A title the text is given is its words.
        (
            "Kim Yo Jong on Sunday released a press statement titled “Reckless challenge "
            "hysteria will hasten the end of the ROK”.",
            "Kim Yo Jong",
            "hysteria",
            None,
        ),
        # A spokesman issues it for the body he speaks for.
        (
            "A spokesman for the Ministry of National Defence issued a press statement on Sunday.",
            "Ministry of National Defence",
            None,
            None,
        ),
        # What later sentences say the message said, and to whom it was sent.
        (
            "The Central Committee of the Workers' Party of Korea sent a reply message to the "
            "General Council of the United Russia Party. The reply message expressed belief "
            "that the friendship would be carried forward.",
            "Central Committee of the Workers' Party of Korea",
            "friendship",
            "General Council of the United Russia Party",
        ),
        # The parse hangs "to" on the noun of the message's "of" phrase.
        (
            "Kim Tok Hun sent a message of greeting to Sonexay Siphandone, prime minister of Laos, "
            "on Monday. The message hoped that the relations would grow stronger.",
            "Kim Tok Hun",
            "relations",
            "Sonexay Siphandone",
        ),
    ],
)
def test_an_issued_text_is_a_statement_of_its_issuer(
    parse: Parse, text: str, speaker: str, quote_word: str | None, addressee: str | None
) -> None:
    doc, ctx = parse(text)
    (statement,) = [
        e for e in extract_statements(doc, ctx) if e.predicate in {"release", "issue", "send"}
    ]
    assert [a.name for a in statement.agents] == [speaker]
    if quote_word is not None:
        assert statement.quote is not None and quote_word in statement.quote
    if addressee is not None:
        assert addressee in {r.name for r in statement.recipients}


def test_another_text_named_later_is_not_the_issued_one(parse: Parse) -> None:
    text = (
        "A spokesman for the Ministry of National Defence issued a press statement. The "
        "newspapers welcomed the crucial statement of the Foreign Ministry."
    )
    doc, ctx = parse(text)
    (statement,) = [e for e in extract_statements(doc, ctx) if e.predicate == "issue"]
    assert len(statement.evidence) == 1


def test_a_country_speaks(parse: Parse) -> None:
    doc, ctx = parse(
        "As regards the recent capture of the tanker, Iran said that its action is a part of "
        "the retaliation against the oil-plundering act."
    )
    (statement,) = extract_statements(doc, ctx)
    assert [a.name for a in statement.agents] == ["Iran"]


def test_a_full_text_of_a_titled_name_is_a_statement_of_that_person(parse: Parse) -> None:
    doc, ctx = parse(
        "Pyongyang, October 20 (KCNA) -- DPRK Foreign Minister Choe Son Hui on October 19 "
        'made public the following press statement titled "The countries will pay":\n'
        "The U.S. and its vassal countries are working hard to revive the sanctions. -0-"
    )
    (statement,) = [s for s in extract_statements(doc, ctx) if len(s.evidence) == 2]
    assert [a.name for a in statement.agents] == ["Choe Son Hui"]


def test_a_message_received_from_someone_is_their_statement(parse: Parse) -> None:
    text = (
        "Pyongyang, October 20 (KCNA) -- Kim Jong Un received a reply message from Xi Jinping,"
        " general secretary of the Central Committee of the Communist Party of China.\n"
        "The reply message says:\n"
        "I express my heartfelt thanks to you for sending a message of greeting."
    )
    doc, ctx = parse(text, dt.date(2024, 10, 20))
    (statement,) = [s for s in extract_statements(doc, ctx) if len(s.evidence) == 2]
    assert [a.name for a in statement.agents] == ["Xi Jinping"]
    assert statement.sources[0].label == "Xi Jinping"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Seoul's military said North Korea fired two ballistic missiles on Monday.", "Seoul"),
        ("Japan's government said the missile fell outside its waters.", "Japan"),
    ],
)
def test_a_states_body_speaks_for_its_place(parse: Parse, text: str, speaker: str) -> None:
    doc, ctx = parse(text)
    (statement,) = extract_statements(doc, ctx)
    assert [a.name for a in statement.agents] == [speaker]


@pytest.mark.parametrize(
    ("text", "reported", "speakers"),
    [
        # The participle goes on from the one who reports, not from the clause reported.
        (
            "The reporters and speakers noted that Kim Jong Un showed the highest trust and warm"
            " love for the union members, stressing that their warm sincerity gave great"
            " strength to the Korean revolution.",
            "their warm sincerity",
            ["reporters and speakers"],
        ),
        (
            "Then, Kim Jong Un said this is a great change, stressing that the pleasure shown by"
            " inhabitants is the greatest joy.",
            "the pleasure shown",
            ["Kim Jong Un"],
        ),
    ],
)
def test_a_participle_after_reported_speech_is_the_reporters(
    parse: Parse, text: str, reported: str, speakers: list[str] | None
) -> None:
    doc, ctx = parse(text)
    said = [e for e in extract_statements(doc, ctx) if reported in (e.quote or "")]
    assert [[a.name for a in e.agents] for e in said] == ([speakers] if speakers else [])


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the lead's text given in full, issued on no day it names: the dateline's day
        (
            "Pyongyang, October 14 (KCNA) -- Kim Tae Sop, an international security analyst of "
            'the DPRK, issued the following article titled "The ship will sink":\n'
            "Japan gets hell-bent on the reckless moves for turning itself into a military giant.",
            "2024-10-14",
        ),
        # a day the lead names comes first
        (
            "Pyongyang, October 15 (KCNA) -- Kim Tae Sop, an international security analyst of "
            "the DPRK, issued the following article on October 13:\n"
            "Japan gets hell-bent on the reckless moves for turning itself into a military giant.",
            "2024-10-13",
        ),
    ],
)
def test_a_text_the_lead_gives_in_full_is_dated_by_its_dateline(
    parse: Parse, text: str, day: str
) -> None:
    doc, ctx = parse(text, dt.date(2024, 10, 15))
    (statement,) = [s for s in extract_statements(doc, ctx) if len(s.evidence) == 2]
    assert statement.time is not None and statement.time.day == day


def test_a_text_given_in_full_after_the_lead_takes_no_dateline_day(parse: Parse) -> None:
    doc, ctx = parse(
        "Pyongyang, October 14 (KCNA) -- Officials met in Pyongyang.\n"
        "Kim Tae Sop, an international security analyst, issued the following article:\n"
        "Japan gets hell-bent on the reckless moves for turning itself into a military giant.",
        dt.date(2024, 10, 14),
    )
    ctx_day = ctx.dateline_dated(next(t for t in doc if t.text == "issued"))
    assert ctx_day == (None, None)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # What a speaker says of their own saying is one statement.
        (
            "Harold Vance said here Friday that the investigation goes on. He said he cannot"
            " confirm there is any evidence linking the bomb blasts to the air raid.",
            2,
        ),
        ("Harold Vance said he could not confirm the arrests in Nairobi.", 1),
    ],
)
def test_one_statement_for_a_speakers_own_words(parse: Parse, text: str, count: int) -> None:
    doc, ctx = parse(text)
    assert len(list(extract_statements(doc, ctx))) == count


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        (
            "``These threats will not make our partners give up or go home,'' Helena "
            "Marsh declared.",
            "Helena Marsh",
            "These threats will not make our partners give up or go home",
        ),
        (
            "``We want to help the region rebuild its clinics before the rains,'' Ingrid "
            "Halvorsen said at a news conference.",
            "Ingrid Halvorsen",
            "We want to help the region rebuild its clinics before the rains",
        ),
        # "denied that ...": a verb that reports speech when a clause tells what was said.
        (
            "The mayor, Maria Lopez, denied that the city would close the port.",
            "Maria Lopez",
            "the city would close the port",
        ),
    ],
)
def test_wire_quotation_marks_and_declarations(
    parse: Parse, text: str, speaker: str, quote: str
) -> None:
    doc, ctx = parse(text)
    (statement,) = extract_statements(doc, ctx)
    assert [a.name for a in statement.agents] == [speaker]
    assert statement.quote == quote


@pytest.mark.parametrize(
    ("text", "speaker", "quote_word"),
    [
        (
            "Speakers said that Kim Jong Un has led the work for protecting intangible "
            "cultural heritages.",
            "Speakers",
            "heritages",
        ),
        (
            "Local authorities said security has been enhanced in the city.",
            "Local authorities",
            "security",
        ),
    ],
)
def test_a_group_the_article_names_speaks_when_no_one_named_does(
    parse: Parse, text: str, speaker: str, quote_word: str
) -> None:
    doc, ctx = parse(text)
    (statement,) = extract_statements(doc, ctx)
    assert [a.name.casefold() for a in statement.agents] == [speaker.casefold()]
    assert statement.quote is not None and quote_word in statement.quote


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "BUDAPEST, March 12 (Xinhua) -- Poland has joined the alliance, Polish Foreign "
            "Minister Jan Nowak said here Friday.",
            "Budapest",
        ),
        ("Maria Lopez said in Caracas on Monday that the talks would go on.", "Caracas"),
        ("“We will rebuild the bridge,” Hwang Se Ok said at Sinuiju.", "Sinuiju"),
        # The gathering the parse hangs on a speaker named after the verb.
        (
            '"We have gathered much evidence," said Freeh at a press conference in Kampala.',
            "Kampala",
        ),
        # A town the parse hangs on the state after it, leaving the "in" with no object.
        (
            '"We will not go over a certain level," said John Smith, Ford\'s vice president for '
            'finance, at a news conference yesterday in Dearborn, Mich. "There is some price."',
            "Dearborn",
        ),
        # The places the words report are not where they were said.
        ("Maria Lopez said the talks in Geneva had failed.", None),
        # Nor is where a speaker after the verb works.
        ('"We have gathered much evidence," said Freeh at the embassy in Kampala.', None),
    ],
)
def test_a_statement_takes_the_place_where_it_was_said(
    parse: Parse, text: str, place: str | None
) -> None:
    doc, ctx = parse(text)
    (statement,) = extract_statements(doc, ctx)
    assert (statement.place and statement.place.name) == place


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "``The quiet phase has ended and the real election campaign has clearly begun,'' "
            "Britons for a Constitutional Republic executive director Ann Hollis said.",
            "Ann Hollis",
        ),
        # The body's name found whole is no speaker before its titled holder.
        (
            "``This tax will hurt every family in the state,'' Americans for Tax Reform "
            "president Grover Norquist said.",
            "Grover Norquist",
        ),
    ],
)
def test_a_titled_name_ending_the_subject_speaks_for_the_word_the_parse_made_its_head(
    parse: Parse, text: str, speaker: str
) -> None:
    doc, ctx = parse(text)
    (statement,) = extract_statements(doc, ctx)
    assert [a.name for a in statement.agents] == [speaker]


@pytest.mark.parametrize(
    ("text", "statements"),
    [
        # Two verbs of one speaker in one sentence tell one statement, with both reports.
        (
            "Noting that the harvest was rich this year, Pak Myong Chol said that the farm"
            " would build 200 new houses.",
            [("Pak Myong Chol", "say", ("harvest was rich", "200 new houses"))],
        ),
        (
            "Iran said that the seizure was lawful, declaring that the days of plunder are over.",
            [("Iran", "say", ("seizure was lawful", "days of plunder"))],
        ),
        # Two speakers make two statements.
        (
            "Ri Song Il said that the talks went well, while Tong Chang Ho said that nothing was"
            " agreed.",
            [("Ri Song Il", "say", ("talks went well",)), ("Tong Chang Ho", "say", ("nothing",))],
        ),
    ],
)
def test_one_speakers_verbs_in_a_sentence_make_one_statement(
    parse: Parse, text: str, statements: list[tuple[str, str, tuple[str, ...]]]
) -> None:
    doc, ctx = parse(text)
    said = sorted(extract_statements(doc, ctx), key=lambda e: e.anchor)
    assert [(e.agents[0].name, e.predicate) for e in said] == [(s, p) for s, p, _ in statements]
    for event, (_, _, reports) in zip(said, statements, strict=True):
        assert all(r in (event.quote or "") for r in reports), event.quote


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A quotation that stands alone goes on with the statement of the sentence before.
        (
            "``The clinics will reopen by June,'' Health Secretary Thomas Lake said on Monday."
            "\n\n``We will rebuild every one of them.''",
            ["Thomas Lake"],
        ),
        # Also a quotation of several sentences.
        (
            "``The clinics will reopen by June,'' Health Secretary Thomas Lake said on Monday."
            "\n\n``We will rebuild every one of them. The money is there.''",
            ["Thomas Lake"],
        ),
        # Not after a sentence that quotes no one.
        (
            "The clinics were closed for two months.\n\n``We will rebuild every one of them.''",
            [],
        ),
    ],
)
def test_a_quotation_standing_alone_goes_on_with_the_last_speaker(
    parse: Parse, text: str, speakers: list[str]
) -> None:
    doc, ctx = parse(text)
    statements = list(extract_statements(doc, ctx))
    assert [a.name for s in statements for a in s.agents] == speakers
    for statement in statements:
        assert statement.quote is not None and "rebuild" in statement.quote
        assert len(statement.evidence) == 2


@pytest.mark.parametrize(
    ("text", "speaker", "quote_word"),
    [
        # Who the text is by.
        (
            "The clinics closed on Monday. A statement by the Kenyan Ministry of Health described"
            ' the outbreak as serious. "The Kenyan government regrets these deaths and will help'
            ' the families," the statement said.',
            "Kenyan Ministry of Health",
            "regrets",
        ),
        # Who said it in the text before.
        (
            "The line was cut on Sunday. Northwind Communications Inc. said in a statement on"
            " Monday that the service was down. ``We are looking for a new supplier for the"
            " cables,'' the statement said.",
            "Northwind Communications Inc.",
            "supplier",
        ),
        # Whom it was received from.
        (
            "Pyongyang, May 3 (KCNA) -- Kim Jong Un received a message of greeting from Hun Sen,"
            " president of the Cambodian People's Party, on May 1.\n"
            "The friendship between the two parties is growing stronger, the message noted.",
            "Hun Sen",
            "friendship",
        ),
        # "it" just after the text spoke goes on with its words.
        (
            "Pyongyang, May 3 (KCNA) -- Kim Jong Un received a message of greeting from Hun Sen,"
            " president of the Cambodian People's Party, on May 1.\n"
            "The friendship between the two parties is growing stronger, the message noted.\n"
            "The two parties are struggling together for peace in Asia, it said, adding:\n"
            "We will make every effort with you to develop the bilateral cooperation.",
            "Hun Sen",
            "every effort",
        ),
        # The paper that ran the editorial, its name hung by the parse on the day.
        (
            "Pyongyang, May 3 (KCNA) -- Minju Joson Tuesday in an editorial says that the"
            " farmers of the country have reaped a rich harvest this year.\n"
            "The harvest is the fruit of the devoted efforts of the farmers, the editorial says,"
            " and goes on:\n"
            "All the farmers should make fresh innovations in the next year's farming.",
            "Minju Joson",
            "fresh innovations",
        ),
        # One text, told by the verb that says it and not again by the one that adds it.
        (
            "Pyongyang, May 3 (KCNA) -- Minju Joson notes in an editorial Friday that the new"
            " houses were built in a short time.\n"
            "The builders worked day and night to finish the houses, the editorial says,"
            " adding:\n"
            "The new houses are a great gift to the people of the county.",
            "Minju Joson",
            "great gift",
        ),
        # "it" goes on with the body that spoke in the sentence before.
        (
            "Pyongyang, May 3 (KCNA) -- The harvest of this year is the richest in a decade,"
            " says Minju Joson Friday in an article.\n"
            "The farmers of the country have worked hard all the year round, it says.",
            "Minju Joson",
            "worked hard",
        ),
        (
            "The line was cut on Sunday. Northwind Communications Inc. said on Monday that the"
            " service was down in three counties. It said that the cables would be replaced by"
            " June.",
            "Northwind Communications Inc.",
            "replaced by June",
        ),
    ],
)
def test_a_text_that_says_speaks_for_whoever_gave_it(
    parse: Parse, text: str, speaker: str, quote_word: str
) -> None:
    doc, ctx = parse(text)
    last = list(doc.sents)[-1]
    (statement,) = [
        e for e in extract_statements(doc, ctx) if last.start_char <= e.anchor < last.end_char
    ]
    assert [a.name for a in statement.agents] == [speaker]
    assert statement.quote is not None and quote_word in statement.quote


def test_a_text_no_one_is_said_to_have_given_speaks_for_no_one(parse: Parse) -> None:
    doc, ctx = parse(
        "The clinics closed on Monday. The report said that the harvest fell by a third in the"
        " north."
    )
    assert list(extract_statements(doc, ctx)) == []


@pytest.mark.parametrize(
    ("text", "giver", "addressee"),
    [
        # Who received a text did not give it.
        (
            "Pyongyang, May 3 (KCNA) -- Kim Jong Un received a letter from the delegation of"
            " Koreans in Brazil on May 1.\n"
            "The delegation came to understand the truth of the great cause, the letter said.\n",
            "delegation of Koreans",
            "Kim Jong Un",
        ),
        # A group gives a text, to whom it is addressed.
        (
            "Pyongyang, May 3 (KCNA) -- The participants in an international seminar on peace"
            " issued an appeal to the world progressives on May 1.\n"
            "The struggle against the war must be waged on a worldwide scale, the appeal said.",
            "participants in an international seminar",
            "world progressives",
        ),
    ],
)
def test_a_text_speaks_for_its_giver_to_its_addressee(
    parse: Parse, text: str, giver: str, addressee: str
) -> None:
    doc, ctx = parse(text)
    (statement,) = [e for e in extract_statements(doc, ctx) if e.predicate == "say"]
    assert [a.name for a in statement.agents] == [giver]
    assert [r.name for r in statement.recipients] == [addressee]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Dana Kessler said she heard Lee Morgan talk about the robbery but did not tell the "
            "police. She said the robbery was only talk to her.",
            "Dana Kessler",
        ),
        (
            "Paul Grant told reporters that Mark Lowe had left the party in March. He said the "
            "party would choose a new leader soon.",
            "Paul Grant",
        ),
    ],
)
def test_a_pronoun_speaker_goes_on_with_the_main_subject_not_a_lesser_clauses(
    parse: Parse, text: str, speaker: str
) -> None:
    # The latest subject, of the clause the verb before reports, is not who speaks.
    doc, ctx = parse(text)
    statements = list(extract_statements(doc, ctx))
    assert [a.name for a in statements[-1].agents] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Harold Benz and Carl Ortiz were named to the board in May. In June the company "
            "asked Mr. Paul Winters to stay on as president. He said the shipping unit would be "
            "sold.",
            "Paul Winters",
        ),
        # A "he" since goes on with the subject named first.
        (
            "Harold Benz joined the board in May. He was welcomed by Paul Winters. He said the "
            "shipping unit would be sold.",
            "Harold Benz",
        ),
        # A company named again by the last word before its legal form speaks.
        (
            "DD Acquisition Corp., a partnership of two firms, extended its offer for Dunkin' "
            "Donuts Inc. shares. Acquisition has launched a suit in a Delaware court. "
            "Acquisition said the shipping unit would be sold.",
            "DD Acquisition Corp.",
        ),
    ],
)
def test_a_speaker_after_a_stale_subject_is_the_person_named_since(
    parse: Parse, text: str, speaker: str
) -> None:
    doc, ctx = parse(text)
    said = [s for s in extract_statements(doc, ctx) if s.quote and "shipping" in s.quote]
    assert [a.name for s in said for a in s.agents] == [speaker]


def test_a_they_saying_more_goes_on_with_the_group_that_spoke(parse: Parse) -> None:
    doc, ctx = parse(
        "Dealers said the turnover reflected the close of a trading account. But they said the"
        " focus on the top-tier stocks telegraphed active overseas selling."
    )
    last = max(extract_statements(doc, ctx), key=lambda s: s.anchor)
    assert "telegraphed" in (last.quote or "")
    assert [a.name.casefold() for a in last.agents] == ["dealers"]


@pytest.mark.parametrize(
    ("text", "told", "apart"),
    [
        # A semicolon sets another clause's news apart from the statement.
        (
            "The virus is spreading, Health Minister Luisana Melo said on Monday; the governor "
            "of Aragua denies it.",
            "Luisana Melo said",
            "governor of Aragua denies",
        ),
        # Inside a quotation it is the speaker's own.
        (
            "``We will rebuild the clinics; we will reopen them by June,'' Health Minister "
            "Luisana Melo said.",
            "we will reopen them by June",
            None,
        ),
    ],
)
def test_a_statements_evidence_is_its_part_of_the_sentence(
    parse: Parse, text: str, told: str, apart: str | None
) -> None:
    doc, ctx = parse(text)
    (statement,) = extract_statements(doc, ctx)
    (mention,) = statement.evidence
    assert told in mention.text and (apart is None or apart not in mention.text)


@pytest.mark.parametrize(
    ("text", "giver", "words"),
    [
        # The giver named in the story of the gift before the ribbon is read.
        (
            "Pyongyang, May 2 (KCNA) -- Kim Jong Un visited the cemetery on May 1.\n"
            "A wreath in the name of Kim Jong Un was laid there.\n"
            'On the ribbon of the wreath were letters reading "The fallen heroes will live '
            'forever".',
            "Kim Jong Un",
            "live forever",
        ),
        # Whoever laid the wreath carried it; the name it bears tells who sent it.
        (
            "Pyongyang, May 2 (KCNA) -- Choe Son Hui visited the embassy and laid the wreath with"
            " a ribbon bearing the name of Kim Jong Un before the photo.\n"
            'Written on a ribbon of the wreath were letters reading "I mourn the late president".',
            "Kim Jong Un",
            "mourn",
        ),
        # Who the basket was received from, not the diplomat who conveyed it.
        (
            "Pyongyang, May 2 (KCNA) -- The Central Committee of the Workers' Party of Korea "
            "received a floral basket from the Central Committee of the Communist Party of "
            "China.\nThe floral basket was conveyed by a councilor of the Chinese embassy.\n"
            'Written on the ribbon of the floral basket were letters reading "Congratulations '
            'on the anniversary".',
            "Central Committee of the Communist Party of China",
            "Congratulations",
        ),
        # The sentence itself names the sender.
        (
            "Pyongyang, May 2 (KCNA) -- Kim Jong Un sent a wreath to the Friendship Tower.\n"
            "Written on the ribbon of the wreath sent by Kim Jong Un were letters reading "
            '"We will remember the volunteers".',
            "Kim Jong Un",
            "remember",
        ),
    ],
)
def test_the_words_on_a_gifts_ribbon_are_a_statement_of_its_sender(
    parse: Parse, text: str, giver: str, words: str
) -> None:
    doc, ctx = parse(text, dt.date(2024, 5, 2))
    (statement,) = [s for s in extract_statements(doc, ctx) if s.predicate == "inscribe"]
    assert [a.name for a in statement.agents] == [giver]
    assert statement.quote is not None and words in statement.quote


def test_a_ribbon_of_a_gift_no_one_is_said_to_have_sent_speaks_for_no_one(parse: Parse) -> None:
    doc, ctx = parse(
        "Pyongyang, May 2 (KCNA) -- Officials visited the cemetery.\n"
        'On the ribbon of the wreath were letters reading "The heroes will live forever".',
        dt.date(2024, 5, 2),
    )
    assert [s for s in extract_statements(doc, ctx) if s.predicate == "inscribe"] == []


@pytest.mark.parametrize(
    ("text", "start", "stop", "marks", "expected"),
    [
        ('He said "we won" and "they lost".', 0, 33, {'"'}, [8, 15, 21, 31]),
        ('He said "we won" and "they lost".', 10, 21, {'"'}, [15]),
        # A mark that begins before the stop counts, though it runs past it.
        ("He said ``we won'' today.", 0, 9, {"``", "''"}, [8]),
        # Marks that overlap: each offset where one begins, once.
        ("so ''' here", 0, 11, {"``", "''"}, [3, 4]),
        ("no marks here", 0, 13, {"“", "”"}, []),
    ],
)
def test_quotation_marks_are_found_where_each_begins(
    text: str, start: int, stop: int, marks: set[str], expected: list[int]
) -> None:
    # Imported here: the module's imports are where other branches add theirs.
    from kg.extract.statements import _starts_of

    assert _starts_of(text, marks, start, stop) == expected
    naive = [at for at in range(start, stop) if any(text.startswith(m, at) for m in marks)]
    assert naive == expected
