"""When an event happened: the time attached to its verb, else the narrative's day."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from kg.extract.context import ATTACHED, NARRATIVE
from kg.model import TimeExpression
from tests.conftest import Parse


def _dated(
    parse: Parse, text: str, published: dt.date, verb: str
) -> tuple[TimeExpression, Decimal | None]:
    """The time the context gives the first word `verb` of `text`, and how sure it is."""
    doc, ctx = parse(text, published)
    time, sure = ctx.dated(next(t for t in doc if t.text == verb))
    assert time is not None
    return time, sure


@pytest.mark.parametrize(
    ("text", "published", "verb", "day", "confidence"),
    [
        (
            "Pyongyang, August 17 (KCNA) -- Kim Jong Un visited the April 25 Hostel on "
            "August 16.\nHe arrived at the April 25 Hostel and watched a lesson.",
            dt.date(2024, 8, 17),
            "arrived",
            "2024-08-16",  # the date in the hostel's name is no day of the story
            NARRATIVE,
        ),
        (
            "Pyongyang, October 1 (KCNA) -- Kim Jong Un met the players and coaches who won "
            "the 2024 FIFA U-20 Women’s World Cup at the headquarters building of the WPK "
            "Central Committee on September 30.",
            dt.date(2024, 10, 1),
            "met",
            "2024-09-30",  # the parse hangs the date on another word
            NARRATIVE,
        ),
        (
            "Pyongyang, July 29 (KCNA) -- The delegation left Pyongyang on July 27.",
            dt.date(2024, 7, 29),
            "left",
            "2024-07-27",
            ATTACHED,
        ),
    ],
)
def test_event_days(
    parse: Parse, text: str, published: dt.date, verb: str, day: str, confidence: object
) -> None:
    time, sure = _dated(parse, text, published, verb)
    assert (time.day, sure) == (day, confidence)


def test_a_calendar_time_of_the_clause_comes_before_a_vague_one(parse: Parse) -> None:
    doc, ctx = parse(
        "One day of the hottest period of summer in 2016, Kim Jong Un visited a factory.",
        dt.date(2024, 11, 6),
    )
    time, sure = ctx.dated(next(t for t in doc if t.text == "visited"))
    assert time is not None
    assert (time.value, sure) == ("2016-SU", ATTACHED)


def test_a_time_of_a_coordinated_verbs_object_is_not_shared(parse: Parse) -> None:
    text = (
        "The Agricultural Commission set itself a goal of increasing the area of wheat "
        "cultivation 1.2 times next year and is taking measures to attain it."
    )
    doc, ctx = parse(text, dt.date(2024, 8, 27))
    assert ctx.dated(next(t for t in doc if t.text == "taking")) == (None, None)


def test_dateline_alone_dates_nothing(parse: Parse) -> None:
    doc, ctx = parse("Pyongyang, July 29 (KCNA) -- The delegation left.", dt.date(2024, 7, 29))
    assert ctx.dated(next(t for t in doc if t.text == "left")) == (None, None)


@pytest.mark.parametrize(
    ("text", "published", "verb", "value"),
    [
        (
            "One day in November 2015, Kim Jong Un visited a fish farm.\n"
            "He told officials that he was pleased.",
            dt.date(2024, 8, 17),
            "told",
            "2015-11",  # a story told of a month is dated by the month
        ),
        (
            "Kim Jong Un visited the factory on August 16. It was built in May 2019.\n"
            "He told officials that he was pleased.",
            dt.date(2024, 8, 17),
            "told",
            "2024-08-16",  # the month after the day is an aside
        ),
        (
            "Kim Jong Un visited the farm on August 4.\n"
            "He said that the people had looked for the land for three days.",
            dt.date(2024, 8, 5),
            "looked",
            "2024-08-04",  # a duration dates nothing
        ),
        (
            "Pyongyang, October 12 (KCNA) -- A reception was given at the club on October 11.\n"
            "The ambassador said that the treaty signed on June 19 opened a new era.\n"
            "Choe Son Hui made a speech at the reception.",
            dt.date(2024, 10, 12),
            "made",
            "2024-10-11",  # a day a subordinate clause recalls does not move the story's day
        ),
        (
            "Pyongyang, July 25 (KCNA) -- Officials visited families of war veterans on "
            "Wednesday on the occasion of the great V-Day.\n"
            "They told about the great love of the leader.",
            dt.date(2024, 7, 25),
            "told",
            "2024-07-24",  # the day an event is the occasion of is not when it happens
        ),
        (
            "Pyongyang, July 25 (KCNA) -- Students performed a concert on Monday, greeting "
            "the V-Day.\n"
            "They sang songs.",
            dt.date(2024, 7, 25),
            "sang",
            "2024-07-22",
        ),
    ],
)
def test_narrative_time(parse: Parse, text: str, published: dt.date, verb: str, value: str) -> None:
    time, sure = _dated(parse, text, published, verb)
    assert (time.value[:10], sure) == (value, NARRATIVE)


@pytest.mark.parametrize(
    ("text", "published", "verb", "value", "confidence"),
    [
        (
            "Pyongyang, October 31 (KCNA) -- The finals of the 2024 Inter-Provincial Mass "
            "Sports Contest took place at the Taekwon-Do Hall here on Oct. 30.",
            dt.date(2024, 10, 31),
            "took",
            "2024-10-30",  # a year before a name dates nothing
            ATTACHED,
        ),
        (
            "A meeting took place on Monday.\nThe reporter said that Kim Jong Un visited the "
            "factory in August Juche 103 (2014) and indicated the orientation and ways.",
            dt.date(2024, 8, 6),
            "indicated",
            "2014-08",  # a clause coordinated with a dated one shares its time
            ATTACHED,
        ),
        (
            "Kim Jong Un met the leading cadres on the national day, September 9.\nHe made an "
            "analysis of the state affairs so far this year and specified the orientation.",
            dt.date(2024, 9, 10),
            "specified",
            "2024-09-09",  # unless the narrative's day falls within it
            NARRATIVE,
        ),
        (
            "One day in September 2013, he visited the stadium.\nHe visited the site in June "
            "2014 and stressed the need to work creatively.",
            dt.date(2024, 9, 23),
            "stressed",
            "2014-06",  # and says more: here it is the shared month itself
            ATTACHED,
        ),
        (
            "In 2015 alone, he visited the power station under construction several times to "
            "guide the youth shock brigade members.",
            dt.date(2024, 8, 27),
            "guide",
            "2015",  # a clause of purpose happens when its verb does
            ATTACHED,
        ),
        (
            "August 28 is the Day of the Navy.\nIn August last year, he inspected the flotilla "
            "and paid a visit to the Navy Command, providing important guidelines.",
            dt.date(2024, 8, 28),
            "providing",
            "2023-08",  # so does an adjoined participle
            ATTACHED,
        ),
        (
            "Giving field guidance at the university in September 2018, Kim Jong Un said that "
            "it is a good university.\nHe praised the teachers.",
            dt.date(2024, 9, 30),
            "praised",
            "2018-09",  # and the time of such a participle is the clause's, not recalled
            NARRATIVE,
        ),
        (
            "Kim Jong Un oversaw a test of drones organized by the Drone Institute on "
            "August 24.\nHe said that it is necessary to produce more drones.",
            dt.date(2024, 8, 26),
            "said",
            "2024-08-24",  # a report's day the parse hangs on a participle
            NARRATIVE,
        ),
        (
            "The law on compulsory education was adopted at the Sixth Session of the Twelfth "
            "Supreme People's Assembly of the DPRK held in September Juche 101 (2012).",
            dt.date(2024, 9, 24),
            "adopted",
            "2012-09",  # an act at an occasion happens when the occasion is held
            ATTACHED,
        ),
        (
            "The championships were held in Astana from October 6 to 13.\nIn the finals held "
            "on October 13, she defeated her Japanese rival 3:1.",
            dt.date(2024, 10, 14),
            "defeated",
            "2024-10-13",
            ATTACHED,
        ),
        (
            "The father set out his demands in a letter dated Monday.",
            dt.date(2000, 2, 16),
            "set",
            "2000-02-14",  # what is done in a letter is done on the day it is dated
            ATTACHED,
        ),
        (
            "A meeting took place on September 8.\nThe meeting and evening gala for "
            "celebrating the anniversary fully demonstrated the fighting spirit.",
            dt.date(2024, 9, 9),
            "demonstrated",
            "2024-09-08",  # a word of time in a name is no time of the clause
            NARRATIVE,
        ),
        (
            "A meeting took place on September 8.\nThe formation of members of the union, the "
            "masters of its future, marched through the square.",
            dt.date(2024, 9, 9),
            "marched",
            "2024-09-08",  # nor is one a noun owns
            NARRATIVE,
        ),
    ],
)
def test_event_times(
    parse: Parse, text: str, published: dt.date, verb: str, value: str, confidence: object
) -> None:
    time, sure = _dated(parse, text, published, verb)
    assert (time.value[: len(value)], sure) == (value, confidence)


@pytest.mark.parametrize(
    ("text", "published", "verb"),
    [
        (
            # a day of another season only a participle recalls: history, no story's day
            "The art troupe, named by President Kim Il Sung and organized by Chairman Kim Jong "
            "Il on September 27, Juche 58 (1969), is the model art troupe.\nKim Jong Un said "
            "that it is a prestigious art troupe.",
            dt.date(2024, 9, 27),
            "said",
        ),
        (
            "As regards AUKUS, fabricated on September 15, 2021, the French minister denounced "
            "it.\nIt has systematically delivered weapons to Australia.",
            dt.date(2024, 9, 14),
            "delivered",
        ),
        (
            # a bracketed date says when the noun before it happened
            "After the liberation of Korea (August 15, 1945), he stressed the need to build a "
            "new country.",
            dt.date(2024, 9, 6),
            "stressed",
        ),
        (
            # the last day of a period: what is told after happened on some day of it
            "There took place meetings in Laos and Mexico from August 27 to September 9.\nThe "
            "deputy director of the army said that the country has achieved successes.",
            dt.date(2024, 9, 15),
            "said",
        ),
        (
            # the month of talks a commentary mentions is no month it goes on from
            "The tripartite defense authority talks in April made public a statement.\nThe U.S. "
            "claimed that AUKUS does not target a special state.",
            dt.date(2024, 9, 14),
            "claimed",
        ),
        (
            # the day of a press review is the newspapers', not their items'
            "Following are major news items and articles in leading newspapers of the DPRK on "
            "Tuesday:\n- Kim Jong Un sent a reply message to the president of Syria.",
            dt.date(2024, 9, 17),
            "sent",
        ),
    ],
)
def test_undated(parse: Parse, text: str, published: dt.date, verb: str) -> None:
    doc, ctx = parse(text, published)
    assert ctx.dated(next(t for t in doc if t.text == verb)) == (None, None)


STORY = "Pyongyang, September 2 (KCNA) -- A meeting took place on September 1.\n"


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # a wish, a plan or a need: done on no day of the story
        (
            STORY + "It is the strong will of the people to further demonstrate their dignity.",
            "demonstrate",
        ),
        (
            STORY + "He said that it is his desire to build hospitals and promoting health.",
            "promoting",
        ),
        (STORY + "It is important for the committees to find out their shares of work.", "find"),
        (STORY + "The youth will always march straight ahead, following the Party.", "march"),
        (STORY + "He said that the people could demonstrate their might.", "demonstrate"),
        (STORY + "He said that fish should be raised and supplied to the people.", "supplied"),
        # a habit
        (STORY + "Whenever he visited naval units, he was with the sailors.", "visited"),
        (STORY + "The authorities often promise improvement while talking about plans.", "promise"),
        (STORY + "The authorities often promise improvement while talking about plans.", "talking"),
        # what is so by now
        (
            STORY + "Ceremonies for moving into new houses have taken place at hundreds of farms.",
            "taken",
        ),
        (STORY + "The Party has provided them with great national pride.", "provided"),
        (STORY + "The U.S. and its followers are held wholly responsible.", "held"),
        # no paper's piece: a numbered article of a law, an article persons write
        (
            STORY + "Article 12 of the law stipulates that the land belongs to the state.",
            "stipulates",
        ),
        (
            STORY
            + "The ministers, in an article they jointly write to the press, reveal the plan.",
            "write",
        ),
    ],
)
def test_acts_done_on_no_day_of_the_story(parse: Parse, text: str, verb: str) -> None:
    doc, ctx = parse(text, dt.date(2024, 9, 2))
    assert ctx.act_dated(next(t for t in doc if t.text == verb)) == (None, None)


@pytest.mark.parametrize(
    ("text", "verb", "value", "confidence"),
    [
        (STORY + "He continued to visit the units of the Navy.", "visit", "2024-09-01", NARRATIVE),
        (STORY + "He visited the factory to guide the workers.", "guide", "2024-09-01", NARRATIVE),
        (STORY + "The delegation visited the factory.", "visited", "2024-09-01", NARRATIVE),
        # a plan keeps the time its own clause names
        (STORY + "The delegation will visit Russia in October.", "visit", "2024-10", ATTACHED),
        # a press review: what the papers say, they say on the dateline's day
        (
            STORY + "Major newspapers here deal with the anger of the people at the enemy.",
            "deal",
            "2024-09-02",
            NARRATIVE,
        ),
        (
            STORY + "An editorial stresses the need to increase production.",
            "stresses",
            "2024-09-02",
            NARRATIVE,
        ),
        (
            STORY
            + "Minju Joson in a commentary calls upon the youth to end this year with success.",
            "calls",
            "2024-09-02",  # the year is what the commentary is about
            NARRATIVE,
        ),
        (
            STORY + "It is a miracle of the era, says Rodong Sinmun in an article.",
            "says",
            "2024-09-02",
            NARRATIVE,
        ),
    ],
)
def test_acts_done_on_a_day_of_the_story(
    parse: Parse, text: str, verb: str, value: str, confidence: object
) -> None:
    doc, ctx = parse(text, dt.date(2024, 9, 2))
    time, sure = ctx.act_dated(next(t for t in doc if t.text == verb))
    assert time is not None
    assert (time.value[: len(value)], sure) == (value, confidence)


@pytest.mark.parametrize(
    ("text", "published", "verb", "value", "sure"),
    [
        # the time a "when" clause describes
        (
            "It was the first death of a Russian general in Syria since 2017, when a lieutenant "
            "general was killed in the same province.",
            dt.date(2018, 1, 17),
            "killed",
            "2017",
            ATTACHED,
        ),
        # the clause of the place a "where" clause describes
        (
            "Prosecutors claim McVeigh arrived in Junction City on April 14, where he sold his "
            "car.",
            dt.date(1995, 5, 2),
            "sold",
            "1995-04-14",
            ATTACHED,
        ),
        # the "when" clause the clause is told in, its infinitive's time included
        (
            "When the Bolsheviks sought to enforce control in the Caucasus in the early 1920s, "
            "Dagestan became an autonomous Soviet republic.",
            dt.date(2018, 1, 17),
            "became",
            "192",
            ATTACHED,
        ),
        # the occasion the subject's relative clause dates, shared by the coordinated clause
        (
            "He said that the General Secretary, who inspected the Central Tree Nursery on "
            "November 10, 2014, bestowed deep trust on the tree nursery, and indicated the tasks "
            "for doing so.",
            dt.date(2024, 11, 10),
            "bestowed",
            "2014-11-10",
            ATTACHED,
        ),
        (
            "He said that the General Secretary, who inspected the Central Tree Nursery on "
            "November 10, 2014, bestowed deep trust on the tree nursery, and indicated the tasks "
            "for doing so.",
            dt.date(2024, 11, 10),
            "indicated",
            "2014-11-10",
            ATTACHED,
        ),
        # a story of a past season or year is dated by it
        (
            "One day of the hottest period of summer in 2016, Kim Jong Un visited a factory.\n"
            "The worksite was ventilated but smelled. He said that more ventilation equipment "
            "should be installed.",
            dt.date(2024, 11, 5),
            "said",
            "2016",
            NARRATIVE,
        ),
        # a part of day in a story of another month is no publication day
        (
            "One day in May 2022, he guided a meeting. Immediately after the meeting, he "
            "visited some pharmacies in Pyongyang at night.\nAnd he gave instructions to "
            "standardize dispensaries.",
            dt.date(2024, 8, 5),
            "gave",
            "2022-05",
            NARRATIVE,
        ),
    ],
)
def test_times_of_the_frame_a_clause_is_told_in(
    parse: Parse, text: str, published: dt.date, verb: str, value: str, sure: Decimal
) -> None:
    time, how_sure = _dated(parse, text, published, verb)
    assert (time.value[: len(value)], how_sure) == (value, sure)


@pytest.mark.parametrize(
    "text",
    [
        # the year of publication alone dates no story
        "The farmers gathered good crops this year.\nThey sent letters to the leader.",
        # nor does a comparison with a period of last year
        "It increased the production 1.3 times as against the same period of last year.\nThey "
        "sent letters to the leader.",
    ],
)
def test_years_that_date_no_story(parse: Parse, text: str) -> None:
    doc, ctx = parse(text, dt.date(2024, 11, 5))
    assert ctx.dated(next(t for t in doc if t.text == "sent")) == (None, None)


@pytest.mark.parametrize(
    ("text", "published", "verb", "value", "sure"),
    [
        # a date premodifying the noun a participle qualifies
        (
            "These sites can be visited only as laid down by the Feb. 23 accord signed by "
            "Kofi Annan and Tariq Aziz.",
            dt.date(1998, 3, 6),
            "signed",
            "1998-02-23",
            ATTACHED,
        ),
        (
            "Burton is a critic of the regime. A 1996 law named for him strengthened the embargo.",
            dt.date(2000, 1, 7),
            "named",
            "1996",
            ATTACHED,
        ),
        # a date between a determiner and the word, wherever the parse hangs it
        (
            "Kopp was indicted last year in the October 1998 shooting death of Dr. Barnet Slepian.",
            dt.date(2000, 1, 24),
            "shooting",
            "1998-10",
            ATTACHED,
        ),
        # a verb of trying or an implicative verb in the past: the time of its infinitive
        (
            "The Bolsheviks sought to enforce control in the Caucasus in the early 1920s.",
            dt.date(2018, 1, 17),
            "sought",
            "192",
            ATTACHED,
        ),
        # a sentence opening with "then" goes on from the time of the sentence before, even
        # one a subordinate clause recalls
        (
            "It was the first time that Ritter had been allowed to carry out an inspection since "
            "Jan. 13. Then the Baghdad government stopped providing Ritter's team with escorts.",
            dt.date(1998, 3, 6),
            "providing",
            "1998-01-13",
            NARRATIVE,
        ),
    ],
)
def test_times_a_word_or_the_sentence_before_gives(
    parse: Parse, text: str, published: dt.date, verb: str, value: str, sure: Decimal
) -> None:
    time, how_sure = _dated(parse, text, published, verb)
    assert (time.value, how_sure) == (value, sure)


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # a date before a noun of time is its value, not the day of what qualifies it
        (
            "The bank said its effort would continue past the Nov. 1 deadline set in that "
            "agreement.",
            "set",
        ),
        # a date in a name dates nothing the name's participle tells
        ("Pupils of the April 25 Hostel built by the army sang songs.", "built"),
        # an attempt still under way or yet to come takes no time of what is tried
        (
            "The field of transport is striving to send freights to the flood-hit areas as soon "
            "as possible.",
            "striving",
        ),
        # "then" inside a sentence is no reference to the sentence before
        ("He said that the plant was built in 1970. He then toured the workshop.", "toured"),
    ],
)
def test_dates_that_premodify_nothing_told(parse: Parse, text: str, verb: str) -> None:
    doc, ctx = parse(text, dt.date(1989, 10, 27))
    time, _ = ctx.dated(next(t for t in doc if t.text == verb))
    assert time is None or (
        time.value not in {"1989-11-01", "1970", "FUTURE_REF"} and "04-25" not in time.value
    )


def test_what_an_extractor_found_is_computed_once_per_article(parse: Parse) -> None:
    _, ctx = parse("Kim Jong Un visited a factory.", dt.date(2024, 11, 6))
    calls: list[int] = []

    def compute() -> list[str]:
        calls.append(1)
        return ["found"]

    assert ctx.remember("kg.example", compute) == ("found",)
    assert ctx.remember("kg.example", compute) == ("found",)
    assert len(calls) == 1
    _, other = parse("Kim Jong Un visited a farm.", dt.date(2024, 11, 6))
    assert other.remember("kg.example", compute) == ("found",)
    assert len(calls) == 2
