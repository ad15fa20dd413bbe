"""TIMEX3 tagging: values of single expressions, and expressions found in parsed sentences."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from spacy.language import Language

from kg import temporal
from kg.model import Mention, TimeExpression
from kg.nlp import load_model
from kg.temporal import Tense, find_time_expressions, normalise

# A Monday: "Monday" is the publication day itself, "Tuesday" is tomorrow.
PUBLISHED = dt.date(2024, 7, 29)


def _check(
    text: str,
    expected: tuple[str, str] | None,
    anchor: dt.date | None = PUBLISHED,
    *,
    previous: str | None = None,
    tense: Tense | None = None,
) -> None:
    assert normalise(text, anchor, previous=previous, tense=tense) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("June 10, 2020", "2020-06-10"),
        ("10 June 2020", "2020-06-10"),
        ("the 10th of June, 2020", "2020-06-10"),
        ("Sept. 5, 1998", "1998-09-05"),
        ("2020-06-10", "2020-06-10"),
        ("06/10/2020", "2020-06-10"),
        ("June 2020", "2020-06"),
        ("in 2020", "2020"),
        ("fiscal 1998", "1998"),
        ("'98", "1998"),
        ("Ocotber 10, 2024", "2024-10-10"),  # a misspelt month
    ],
)
def test_absolute_dates(text: str, value: str) -> None:
    _check(text, ("DATE", value))


@pytest.mark.parametrize(
    ("text", "value", "anchor"),
    [
        ("June 10", "2024-06-10", PUBLISHED),
        ("July 28", "2024-07-28", PUBLISHED),
        ("December 28", "2023-12-28", PUBLISHED),
        ("August 15", "2024-08-15", PUBLISHED),  # 17 days ahead beats 349 days back
        ("June 10", "2020-06-10", dt.date(2020, 6, 20)),
        ("January 3", "2025-01-03", dt.date(2024, 12, 20)),
        ("June 10", "XXXX-06-10", None),
        ("Sept. 5", "XXXX-09-05", None),
        ("in December", "2023-12", PUBLISHED),
        ("September", "2024-09", PUBLISHED),
        ("last June", "2024-06", PUBLISHED),
        ("next February", "2025-02", PUBLISHED),
        ("June last year", "2023-06", PUBLISHED),
        ("December three years ago", "2021-12", PUBLISHED),
        ("May 4 two years ago", "2022-05-04", PUBLISHED),
        ("December three years ago", "XXXX-12", None),
        ("the new year", "2024", PUBLISHED),
        ("the new year", "2025", dt.date(2024, 12, 30)),  # in December, the year to come
        ("the new year 2024", "2024", dt.date(2023, 12, 30)),
        ("the new year", "XXXX", None),
        ("mid-June", "2024-06", PUBLISHED),
        ("March", "XXXX-03", None),
        ("Christmas", "2023-12-25", PUBLISHED),
    ],
)
def test_partial_dates(text: str, value: str, anchor: dt.date | None) -> None:
    _check(text, ("DATE", value), anchor)


def test_tense_biases_but_does_not_decide_the_year() -> None:
    _check("March 1", ("DATE", "2024-03-01"), tense="past")
    _check("March 1", ("DATE", "2025-03-01"), tense="future")
    # Past tense about a coming date ("payable Aug. 15") keeps the near date.
    _check("August 15", ("DATE", "2024-08-15"), tense="past")
    # but a month more than two months ahead of a past verb is last year's ("In October, the
    # firm hired ..."), and one two months behind a future verb is next year's.
    _check("October", ("DATE", "2023-10"), tense="past")
    _check("May", ("DATE", "2025-05"), tense="future")


@pytest.mark.parametrize(
    ("text", "value", "tense"),
    [
        ("Monday", "2024-07-29", None),
        ("on Friday", "2024-07-26", None),
        ("Tuesday", "2024-07-30", None),  # tomorrow is much nearer than last Tuesday
        ("Tuesday", "2024-07-23", "past"),
        ("Friday", "2024-08-02", "future"),
        ("last Monday", "2024-07-22", None),
        ("next Friday", "2024-08-02", None),
        ("this Friday", "2024-08-02", None),
    ],
)
def test_weekdays(text: str, value: str, tense: Tense | None) -> None:
    _check(text, ("DATE", value), tense=tense)


def test_weekday_without_publication_date() -> None:
    _check("on Monday", ("DATE", "XXXX-WXX-1"), None)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("yesterday", "2024-07-28"),
        ("today", "2024-07-29"),
        ("tomorrow", "2024-07-30"),
        ("the day before yesterday", "2024-07-27"),
        ("last week", "2024-W30"),
        ("this week", "2024-W31"),
        ("next week", "2024-W32"),
        ("last weekend", "2024-W30-WE"),
        ("last month", "2024-06"),
        ("this month", "2024-07"),
        ("next month", "2024-08"),
        ("last year", "2023"),
        ("this year", "2024"),
        ("next year", "2025"),
        ("earlier this year", "2024"),
        ("the end of the year", "2024"),
    ],
)
def test_relative_to_publication(text: str, value: str) -> None:
    _check(text, ("DATE", value))


@pytest.mark.parametrize(
    ("text", "value"),
    [("yesterday", "XXXX-XX-XX"), ("last week", "XXXX-WXX"), ("next year", "XXXX")],
)
def test_relative_without_publication_date(text: str, value: str) -> None:
    _check(text, ("DATE", value), None)


@pytest.mark.parametrize(
    ("text", "value", "previous"),
    [
        ("two days ago", "2024-07-27", None),
        ("three weeks ago", "2024-W28", None),
        ("two months ago", "2024-05", None),
        ("five years ago", "2019", None),
        ("a decade ago", "2014", None),
        ("several years ago", "PAST_REF", None),
        ("two years from now", "2026", None),
        ("two days later", "2024-07-31", None),
        ("two days later", "2024-06-12", "2024-06-10"),
        ("two days later", "XXXX-06-12", "XXXX-06-10"),
        ("a week later", "2024-W25", "2024-06-10"),
        ("the next day", "2024-06-11", "2024-06-10"),
        ("the following year", "1951", "1950"),
        ("the day before", "2024-06-09", "2024-06-10"),
        ("that day", "2024-06-10", "2024-06-10"),
        # A weekday after "the previous", "the following" counts from the day last told of.
        ("the previous Friday", "2024-06-07", "2024-06-14"),
        ("the preceding Sunday", "2024-06-09", "2024-06-14"),
        ("the following Monday", "2024-06-17", "2024-06-14"),
        ("the next Friday", "2024-06-21", "2024-06-14"),
        ("the next Friday", "2024-08-02", None),
        ("the previous Friday", "2024-07-26", "2024-06"),
        # Counted from a coarser date, a finer count stays in its period unless it must leave.
        ("two days earlier", "1985-03", "1985-03"),
        ("two days earlier", "1985", "1985"),
        ("the day before", "2024-06", "2024-06"),
        ("the previous week", "1985-03", "1985-03"),
        ("a week later", "1985-Q1", "1985-Q1"),
        ("eight months later", "1986", "1985"),
        # Counted from the date named after "before" or "after", not from the last one.
        ("the day before last Tuesday", "2024-07-22", "2024-06-10"),
        ("two days after June 10, 1988", "1988-06-12", None),
        ("a week before Christmas", "2023-W51", None),  # the Christmas last past
        ("the day after Tuesday", "2024-07-31", None),
    ],
)
def test_counted_dates(text: str, value: str, previous: str | None) -> None:
    _check(text, ("DATE", value), previous=previous)


@pytest.mark.parametrize(
    ("text", "value", "anchor"),
    [
        ("the morning of June 10", "XXXX-06-10TMO", None),
        ("on the morning of June 10", "2020-06-10TMO", dt.date(2020, 6, 20)),
        ("the night of May 28", "2024-05-28TNI", PUBLISHED),
        ("this morning", "2024-07-29TMO", PUBLISHED),
        ("this afternoon", "2024-07-29TAF", PUBLISHED),
        ("tonight", "2024-07-29TNI", PUBLISHED),
        ("last night", "2024-07-28TNI", PUBLISHED),
        ("yesterday evening", "2024-07-28TEV", PUBLISHED),
    ],
)
def test_parts_of_day(text: str, value: str, anchor: dt.date | None) -> None:
    _check(text, ("TIME", value), anchor)


@pytest.mark.parametrize(
    ("text", "value", "anchor"),
    [
        # TimeBank mostly values the day alone after "morning" and "night", not after "evening".
        ("Monday morning", "2024-07-29", PUBLISHED),
        ("Monday morning", "XXXX-WXX-1", None),
        ("Friday night", "2024-07-26", PUBLISHED),
        ("Saturday evening", "2024-07-27TEV", PUBLISHED),
        ("Thursday afternoon", "2024-07-25TAF", PUBLISHED),
        ("June 10, late evening", "2024-06-10TEV", PUBLISHED),
    ],
)
def test_day_followed_by_its_part_of_day_is_a_date(
    text: str, value: str, anchor: dt.date | None
) -> None:
    _check(text, ("DATE", value), anchor)


@pytest.mark.parametrize(
    ("text", "value", "previous"),
    [
        ("at 10 a.m.", "2024-07-29T10:00", None),
        ("10:30 p.m.", "2024-07-29T22:30", None),
        ("noon", "2024-07-29T12:00", None),
        ("at 10 a.m.", "2024-06-10T10:00", "2024-06-10"),  # the day the story is on
        ("10 a.m. on June 10", "2024-06-10T10:00", None),
        ("June 10 at 3 p.m.", "2024-06-10T15:00", None),
        ("4 in the morning", "2024-07-29T04:00", None),
        # A clock time and the day after it are one time.
        ("3 p.m. yesterday", "2024-07-28T15:00", None),
        ("10 a.m. Tuesday", "2024-07-30T10:00", None),
        ("9 a.m. tomorrow", "2024-07-30T09:00", None),
        # An hour without am/pm takes it from the part of day after it.
        ("8 in the evening", "2024-07-29T20:00", None),
        ("12 in the afternoon", "2024-07-29T12:00", None),
        ("2 in the morning", "2024-06-10T02:00", "2024-06-10"),
        ("6 in the morning on Sunday", "2024-07-28T06:00", None),
        ("7 o'clock this morning", "2024-07-29T07:00", None),
        ("eight o'clock this evening", "2024-07-29T20:00", None),
        ("10 last night", "2024-07-28T22:00", None),
        ("11 that night", "2024-06-10T23:00", "2024-06-10"),
        ("9 Saturday night", "2024-07-27T21:00", None),
        # Seconds, padded or not.
        ("23:25:30 on Oct. 8", "2024-10-08T23:25:30", None),
        ("at 1:35:11", "2024-10-09T01:35:11", "2024-10-09"),
        ("1:32:8", "2024-07-29T01:32:08", None),
    ],
)
def test_clock_times(text: str, value: str, previous: str | None) -> None:
    _check(text, ("TIME", value), previous=previous)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("summer", "2024-SU"),
        ("last summer", "2023-SU"),
        ("this summer", "2024-SU"),
        ("next spring", "2025-SP"),
        ("winter", "2023-WI"),
        ("the summer of 2020", "2020-SU"),
        ("the summer of last year", "2023-SU"),
        ("summer in 2016", "2016-SU"),
        ("the first quarter of 2024", "2024-Q1"),
        ("the first quarter", "2024-Q1"),
        ("third-quarter", "2024-Q3"),
        ("Q4 2023", "2023-Q4"),
        ("last quarter", "2024-Q2"),
        ("the third quarter of last year", "2023-Q3"),
        ("the third quarter of the year", "2024-Q3"),
        ("the fourth quarter of the fiscal year", "2024-Q4"),
        ("the second half of 2023", "2023-H2"),
        ("the last quarter of 2023", "2023-Q4"),
        ("the final quarter of the year", "2024-Q4"),
        ("the first two quarters of 2025", "2025-H1"),
        ("the fiscal second quarter", "2024-Q2"),
        ("the week of March 6", "2024-W10"),
        ("the 1990s", "199"),
        ("the '90s", "199"),
        ("the nineties", "199"),
        ("the early 1990s", "199"),
        # A hundred years written as their first year's plural is the century.
        ("the 1800s", "18"),
        ("the early 1700s", "17"),
        ("the 2000s", "200"),
        ("the 20th century", "19"),
        ("the twenty-first century", "20"),
        ("this century", "20"),
        ("the last century", "19"),
        ("Juche 113", "2024"),
        ("Juche 113 (2024)", "2024"),
        ("November Juche 104 (2015)", "2015-11"),
        ("May, Juche 106", "2017-05"),
        ("May 27, Juche 113 (2024)", "2024-05-27"),
        ("November 3rd, Juche 104", "2015-11-03"),
    ],
)
def test_seasons_quarters_decades_centuries(text: str, value: str) -> None:
    _check(text, ("DATE", value))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("for three days", "P3D"),
        ("several days", "PXD"),
        ("a few weeks", "PXW"),
        ("two weeks", "P2W"),
        ("five years", "P5Y"),
        ("hours", "PTXH"),
        ("24 hours", "PT24H"),
        ("half an hour", "PT30M"),
        ("two and a half years", "P2Y6M"),
        ("about two weeks", "P2W"),
        ("more than 20 years", "P20Y"),
        ("the past two months", "P2M"),
        ("the past week", "P1W"),
        ("the past decade", "P10Y"),
        ("three decades", "P30Y"),
        ("decades", "PXDE"),
        ("five-year", "P5Y"),
        ("40 years old", "P40Y"),
        ("40-year-old", "P40Y"),
        ("5 156 seconds", "PT5156S"),
        ("two to three weeks", "P2W"),
        ("the past 10 to 15 years", "P10Y"),
        ("2 000 years", "P2000Y"),
        ("20 more years", "P20Y"),
        ("at least 20 more years", "P20Y"),
        ("two additional days", "P2D"),
        ("a few more weeks", "PXW"),
        ("weeks or months", "PXW"),
        # A rough count is the count, as "about two weeks" is.
        ("the past 70-odd years", "P70Y"),
        ("thirty-odd years", "P30Y"),
        ("the last ten or so years", "P10Y"),
        ("110-odd days", "P110D"),
        # Units that follow one another or are of one kind are counted as any others.
        ("50 consecutive years", "P50Y"),
        ("three straight months", "P3M"),
        ("four successive quarters", "P4Q"),
        ("five trading days", "P5D"),
    ],
)
def test_durations(text: str, value: str) -> None:
    _check(text, ("DURATION", value))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("every Saturday", "XXXX-WXX-6"),
        ("on Saturdays", "XXXX-WXX-6"),
        ("Tuesday nights", "XXXX-WXX-2TNI"),
        ("every day", "P1D"),
        ("daily", "P1D"),
        ("each year", "P1Y"),
        ("annually", "P1Y"),
        ("every two years", "P2Y"),
        ("twice a week", "P1W"),
        ("every morning", "XXXX-XX-XXTMO"),
        ("the past three summers", "XXXX-SU"),
        ("the next two winters", "XXXX-WI"),
    ],
)
def test_sets(text: str, value: str) -> None:
    _check(text, ("SET", value))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("recently", "PAST_REF"),
        ("the period under review", "PAST_REF"),  # what a report at a meeting looks back on
        ("in the past", "PAST_REF"),
        ("recent years", "PAST_REF"),
        ("in recent days", "PAST_REF"),
        ("now", "PRESENT_REF"),
        ("at present", "PRESENT_REF"),
        ("these days", "PRESENT_REF"),
        ("in the future", "FUTURE_REF"),
        ("the near future", "FUTURE_REF"),
        ("the coming months", "FUTURE_REF"),
        ("the weeks ahead", "FUTURE_REF"),
        ("at a later date", "FUTURE_REF"),
        ("at some future date", "FUTURE_REF"),
        ("at an earlier date", "PAST_REF"),
        ("in old times", "PAST_REF"),
        ("since ancient times", "PAST_REF"),
    ],
)
def test_vague_references(text: str, value: str) -> None:
    _check(text, ("DATE", value))
    _check(text, ("DATE", value), None)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("July 29-30", "2024-07-29"),
        ("July 29-30, 2023", "2023-07-29"),
        ("29-30 July", "2024-07-29"),
        ("from May to July", "2024-05"),
        ("1990-95", "1990"),
        ("between 2010 and 2015", "2010"),
    ],
)
def test_ranges_take_their_first_date(text: str, value: str) -> None:
    _check(text, ("DATE", value))


# "currently": TimeBank leaves it untagged more often than it tags it.
@pytest.mark.parametrize(
    "text",
    ["", "the day", "the year", "march-past", "in his 50s", "Pyongyang", "currently"],
)
def test_not_time_expressions(text: str) -> None:
    _check(text, None)


# --- in parsed text --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_model()


def _find(nlp: Language, text: str, published: dt.date | None) -> list[TimeExpression]:
    found = find_time_expressions(nlp(text), "a1", published)
    for expression in found:
        mention = expression.mention
        assert mention.article_id == "a1"
        assert text[mention.start : mention.end] == mention.text
    assert [e.mention.start for e in found] == sorted(e.mention.start for e in found)
    return found


def _values(found: list[TimeExpression]) -> list[tuple[str, str, str]]:
    return [(e.mention.text, e.timex_type, e.value) for e in found]


SEED = (
    "Comrade Kim Yo Jong issued an order to party committees in each province "
    "on the morning of June 10,"
)


def test_seed_sentence_without_publication_date(nlp: Language) -> None:
    found = _find(nlp, SEED, None)
    assert len(found) == 1
    assert found[0].mention.text in ("the morning of June 10", "June 10")
    assert found[0].value.startswith("XXXX-06-10")
    assert _values(found) == [("the morning of June 10", "TIME", "XXXX-06-10TMO")]


def test_seed_sentence_with_publication_date(nlp: Language) -> None:
    found = _find(nlp, SEED, dt.date(2020, 6, 20))
    assert _values(found) == [("the morning of June 10", "TIME", "2020-06-10TMO")]
    assert found[0].calendar_date() == dt.date(2020, 6, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He came there in November Juche 104 (2015).",
            ("November Juche 104 (2015)", "DATE", "2015-11"),
        ),
        (
            "One day in May Juche 106 (2017), he visited the farm.",
            ("One day in May Juche 106 (2017)", "DATE", "2017-05"),
        ),
        ("It was founded in Juche 38 (1949).", ("Juche 38 (1949)", "DATE", "1949")),
        (
            "The satellite was launched on May 27, Juche 113 (2024), from the launching ground.",
            ("May 27, Juche 113 (2024)", "DATE", "2024-05-27"),
        ),
    ],
)
def test_dates_of_the_juche_era_in_text(
    nlp: Language, text: str, expected: tuple[str, str, str]
) -> None:
    """spaCy reads "Juche 104" as an organisation; the date is still read whole."""
    assert _values(_find(nlp, text, PUBLISHED)) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In November 2020, it failed. In February the following year, it succeeded.",
            [
                ("November 2020", "DATE", "2020-11"),
                ("February the following year", "DATE", "2021-02"),
            ],
        ),
        (
            "At the outset of the year, the DPRK launched a satellite.",
            [("the outset of the year", "DATE", "2024")],
        ),
        (
            "The farm overfulfilled its plan in this significant year.",
            [("this significant year", "DATE", "2024")],
        ),
        (
            "The engineers came for a survey likely to last over a week.",
            [("a week", "DURATION", "P1W")],
        ),
        (
            "The ministry will need to find more money at a later date.",
            [("at a later date", "DATE", "FUTURE_REF")],
        ),
        (
            "The mine raised its output in the second quarter of the year.",
            [("the second quarter of the year", "DATE", "2024-Q2")],
        ),
        (
            "Warnings were given at least thirty minutes before each blast.",
            [("at least thirty minutes", "DURATION", "PT30M")],
        ),
        (
            "Rallies will be held in Peru, Chile, Ghana and Mali between Oct. 3 and 7.",
            [("Oct. 3 and 7", "DATE", "2024-10-03")],
        ),
        (  # spaCy calls it an event's name
            "At midnight a bell tolled the start of the New Year over the square.",
            [("midnight", "TIME", "2024-07-29T24:00"), ("the New Year", "DATE", "2024")],
        ),
        (  # the article is the celebrations'
            "The artists gave a performance at the New Year celebrations.",
            [],
        ),
        (  # spaCy takes the count of years alone
            "The plenary meeting in December three years ago set the tasks.",
            [("December three years ago", "DATE", "2021-12")],
        ),
        (  # a range before the noun it names: the day of "July 27" is no count of months
            "Trade unions of many lands marked the June 25-July 27 month of joint struggle.",
            [("June 25-July 27", "DATE", "2024-06-25")],
        ),
        (  # the day the story is at, told in the past
            "The plant opened on March 2, 2019. On this memorable day, the workers met him.",
            [("March 2, 2019", "DATE", "2019-03-02"), ("this memorable day", "DATE", "2019-03-02")],
        ),
        (  # the present's day
            "It opened on March 2, 2019. On this memorable day, we celebrate its anniversary.",
            [("March 2, 2019", "DATE", "2019-03-02"), ("this memorable day", "DATE", "2024-07-29")],
        ),
    ],
)
def test_phrases_spacy_leaves_out(
    nlp: Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _values(_find(nlp, text, PUBLISHED)) == expected


def test_several_days_is_a_vague_duration(nlp: Language) -> None:
    found = _find(
        nlp, "After several days of mass demonstrations, the cabinet resigned.", PUBLISHED
    )
    assert _values(found) == [("several days", "DURATION", "PXD")]


def test_dateline_and_narrative_counting(nlp: Language) -> None:
    text = (
        "Pyongyang, July 29 (KCNA) -- The meeting was held on Monday. "
        "Two days later, the delegation left."
    )
    assert _values(_find(nlp, text, PUBLISHED)) == [
        ("July 29", "DATE", "2024-07-29"),
        ("Monday", "DATE", "2024-07-29"),
        ("Two days later", "DATE", "2024-07-31"),
    ]
    assert _values(_find(nlp, text, None))[0] == ("July 29", "DATE", "XXXX-07-29")


def test_phrases_spacy_misses(nlp: Language) -> None:
    text = "Prices have risen recently, and at present the market opens every Saturday."
    assert _values(_find(nlp, text, PUBLISHED)) == [
        ("recently", "DATE", "PAST_REF"),
        ("at present", "DATE", "PRESENT_REF"),
        ("every Saturday", "SET", "XXXX-WXX-6"),
    ]


def test_leading_preposition_is_dropped(nlp: Language) -> None:
    found = _find(nlp, "In the past, the farm was poor. He will return in 2025.", PUBLISHED)
    assert _values(found) == [("the past", "DATE", "PAST_REF"), ("2025", "DATE", "2025")]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "The bomb went off at 3 p.m. yesterday near the station.",
            PUBLISHED,
            [("3 p.m. yesterday", "TIME", "2024-07-28T15:00")],
        ),
        (
            "The bomb went off at 3 p.m. yesterday near the station.",
            None,
            [("3 p.m. yesterday", "TIME", "XXXX-XX-XXT15:00")],
        ),
        (
            "Rescuers reached the village at 7 o'clock this morning.",
            PUBLISHED,
            [("7 o'clock this morning", "TIME", "2024-07-29T07:00")],
        ),
        (
            "The day before last Tuesday's court hearing, his uncle visited the house.",
            dt.date(2000, 2, 24),
            [("The day before last Tuesday", "DATE", "2000-02-21")],
        ),
        (
            "The rally began at 8 in the evening.",
            PUBLISHED,
            [("8 in the evening", "TIME", "2024-07-29T20:00")],
        ),
    ],
)
def test_clock_time_with_its_day_in_text(
    nlp: Language, text: str, published: dt.date | None, expected: list[tuple[str, str, str]]
) -> None:
    assert _values(_find(nlp, text, published)) == expected


def test_clock_time_joins_its_date_and_conjoined_dates_split(nlp: Language) -> None:
    text = "The order came at 10 a.m. on June 10 and the next day the officials met."
    values = [e.value for e in _find(nlp, text, PUBLISHED)]
    assert values == ["2024-06-10T10:00", "2024-06-11"]


def test_future_verb_resolves_weekday_forward(nlp: Language) -> None:
    found = _find(nlp, "The talks will resume on Friday in Geneva.", PUBLISHED)
    assert _values(found) == [("Friday", "DATE", "2024-08-02")]


def test_ages_are_not_time_expressions(nlp: Language) -> None:
    found = _find(nlp, "The 40-year-old man has worked there for three decades.", PUBLISHED)
    assert _values(found) == [("three decades", "DURATION", "P30Y")]


def test_names_are_not_time_expressions(nlp: Language) -> None:
    found = _find(nlp, "A Daily NK source said on Tuesday that rice prices rose.", PUBLISHED)
    assert _values(found) == [("Tuesday", "DATE", "2024-07-23")]


def test_indefinite_day_and_possessive(nlp: Language) -> None:
    found = _find(nlp, "One day, he visited the farm. Last year's harvest was poor.", PUBLISHED)
    assert _values(found) == [("One day", "DATE", "PAST_REF"), ("Last year", "DATE", "2023")]


# --- financial reports, transcripts, KCNA ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "previous"),
    [
        ("the fiscal first quarter", "2024-Q1", None),
        ("its fourth quarter", "2024-Q4", None),
        ("next year's first quarter", "2025-Q1", None),
        # After a quarter's results, "a year ago" is that quarter a year before.
        ("a year ago", "2023-Q2", "2024-Q2"),
        ("a year earlier", "2023-Q2", "2024-Q2"),
        ("the year-earlier quarter", "2023-Q2", "2024-Q2"),
        ("year-ago", "2023", None),
        ("the 2023 quarter", "2023-Q2", "2024-Q2"),
        ("the 2023 period", "2023", None),
        ("the latter half of this year", "2024-H2", None),
        # "the quarter" is the quarter last named, else the last one completed.
        ("the quarter", "2024-Q1", "2024-Q1"),
        ("the quarter", "2024-Q2", None),
        ("the latest quarter", "2024-Q2", "2024-Q1"),
    ],
)
def test_periods_of_reports(text: str, value: str, previous: str | None) -> None:
    _check(text, ("DATE", value), previous=previous)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("nineteen ninety-four", ("DATE", "1994")),
        ("the year two thousand", ("DATE", "2000")),
        ("the winter of nineteen ninety-four", ("DATE", "1994-WI")),
        ("March eighth", ("DATE", "2024-03-08")),
        ("this coming Sunday", ("DATE", "2024-08-04")),
        ("twenty five years", ("DURATION", "P25Y")),
        ("eight trading days", ("DURATION", "P8D")),
        ("the next two years or so", ("DURATION", "P2Y")),
        ("no more than sixty days", ("DURATION", "P60D")),
        ("recent weeks", ("DURATION", "PXW")),
        ("the past several quarters", ("DATE", "PAST_REF")),
        ("past years", ("DATE", "PAST_REF")),
        ("future quarters", ("DATE", "FUTURE_REF")),
        ("day by day", ("SET", "P1D")),
        ("century after century", ("SET", "P100Y")),
    ],
)
def test_spoken_years_and_vague_stretches(text: str, expected: tuple[str, str]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Net income for the quarter ended Sept. 30 fell 5% from a year earlier.",
            dt.date(1989, 10, 30),
            [
                ("the quarter", "DATE", "1989-Q3"),
                ("Sept. 30", "DATE", "1989-09-30"),
                ("a year earlier", "DATE", "1988-Q3"),
            ],
        ),
        # A fiscal quarter ending in another calendar month: which calendar quarter is open.
        (
            "The airline earned a record in its fiscal first quarter. In the quarter ended "
            "Sept. 30, revenue rose 15%. Traffic grew in the quarter.",
            dt.date(1989, 10, 26),
            [
                ("its fiscal first quarter", "DATE", "1989-Q1"),
                ("the quarter", "DATE", "1989-QX"),
                ("Sept. 30", "DATE", "1989-09-30"),
                ("the quarter", "DATE", "1989-Q1"),
            ],
        ),
        (
            "It earned $5 million in the fiscal first quarter after a loss for its fourth "
            "quarter ended June 30.",
            dt.date(1989, 10, 26),
            [
                ("the fiscal first quarter", "DATE", "1989-Q1"),
                ("its fourth quarter", "DATE", "1989-Q4"),
                ("June 30", "DATE", "1989-06-30"),
            ],
        ),
        (
            "Sales in the year ended March 31 rose.",
            dt.date(1989, 10, 30),
            [("the year", "DURATION", "P1Y"), ("March 31", "DATE", "1989-03-31")],
        ),
        ("It expects to earn $33 million a year.", PUBLISHED, [("a year", "SET", "P1Y")]),
        (
            "The grocer made 40% of its sales in the latest fiscal year.",
            dt.date(1989, 10, 30),
            [("the latest fiscal year", "DATE", "1988")],
        ),
        ("Du Pont also raised its quarterly dividend.", PUBLISHED, []),
        # Plural ordinal quarters are those of every year, a set; the first of two shares the
        # noun; a past narration tells of this year's.
        (
            "Most of its auction business is usually done in the second and fourth quarters.",
            dt.date(1989, 10, 26),
            [("second", "SET", "XXXX-Q2"), ("fourth quarters", "SET", "XXXX-Q4")],
        ),
        (
            "Sales fell in the second and third quarters.",
            dt.date(1989, 10, 26),
            [("the second", "DATE", "1989-Q2"), ("third quarters", "DATE", "1989-Q3")],
        ),
        # "This quarter's" figures are those of the quarter reported on, unless forecast.
        (
            "It lost $8 million in the third quarter. This quarter's loss includes charges.",
            dt.date(1989, 11, 1),
            [("the third quarter", "DATE", "1989-Q3"), ("This quarter", "DATE", "1989-Q3")],
        ),
        (
            "It lost $8 million in the third quarter. This quarter's profit will be higher.",
            dt.date(1989, 11, 1),
            [("the third quarter", "DATE", "1989-Q3"), ("This quarter", "DATE", "1989-Q4")],
        ),
        # The age of a truce or war is how long it has lasted; a person's age is untagged.
        (
            "Gunmen tried to wreck the 8-month-old truce.",
            dt.date(1998, 3, 22),
            [("8-month-old", "DURATION", "P8M")],
        ),
        ("A 44-year-old protester was sought.", dt.date(1998, 3, 22), []),
        # A speed is a measure, not how often something happens; a wage "per hour" is a rate.
        ("The chip runs 15 million instructions per second.", dt.date(1989, 10, 27), []),
        ("The train reached 300 kilometers per hour.", dt.date(1989, 10, 27), []),
        ("It pays $5 per hour.", dt.date(1989, 10, 27), [("per hour", "SET", "PT1H")]),
        # "a day" after a counted plural noun is how many each day, a rate like "$33 a year".
        (
            "Agents conduct hundreds of interviews a day, a spokesman said.",
            dt.date(1998, 11, 21),
            [("a day", "SET", "P1D")],
        ),
        (
            "The plant would produce about 10,000 units a year.",
            dt.date(1989, 10, 27),
            [("a year", "SET", "P1Y")],
        ),
        ("He ran 10 miles a day.", dt.date(1989, 10, 27), []),
        # A "last" that leaves its unit out after a comparison is the period before.
        (
            "The bank expects to pay twice as large a dividend this year as last.",
            dt.date(1989, 10, 27),
            [("this year", "DATE", "1989"), ("last", "DATE", "1988")],
        ),
        (
            "Orders were higher this month than last, the company said.",
            dt.date(1989, 10, 27),
            [("this month", "DATE", "1989-10"), ("last", "DATE", "1989-09")],
        ),
        (
            "The team finished this year as last in its league.",
            dt.date(1989, 10, 27),
            [("this year", "DATE", "1989")],
        ),
        # "high noon" as a figure of speech is the hour of decision, not midday.
        (
            "For the people of Poland, high noon comes today.",
            dt.date(1999, 3, 12),
            [("today", "DATE", "1999-03-12")],
        ),
        ("He fled after a coup d'etat last year.", PUBLISHED, [("last year", "DATE", "2023")]),
        (
            "Kim Jong Un visited the April 25 Hostel on August 16.",
            dt.date(2024, 8, 17),
            [("August 16", "DATE", "2024-08-16")],
        ),
        (  # a holiday in a name is no day of the story, which "in June next year" goes on from
            "One day in September Juche 102 (2013), he visited the May Day Stadium.\nThat day "
            "he set forth the task.\nHe visited the site in June next year.",
            dt.date(2024, 9, 23),
            [
                ("One day in September Juche 102 (2013)", "DATE", "2013-09"),
                ("That day", "DATE", "2013-09"),
                ("June next year", "DATE", "2014-06"),
            ],
        ),
        # The present tense of a verb that is not a report schedules: the coming Monday.
        (
            "He and Arafat meet separately Monday with Albright.",
            dt.date(1998, 5, 1),
            [("Monday", "DATE", "1998-05-04")],
        ),
        # A verb that puts something off looks forward to the day it names, whatever its tense;
        # other verbs with "until" keep the past.
        (
            "Election officials postponed until Tuesday morning any decision on the recount.",
            dt.date(2000, 3, 30),
            [("Tuesday morning", "DATE", "2000-04-04")],
        ),
        (
            "The ministry gave the contractors until Friday to submit their bids.",
            dt.date(1998, 6, 9),
            [("Friday", "DATE", "1998-06-12")],
        ),
        (
            "The tribunal adjourned the trial to Monday.",
            dt.date(1998, 6, 10),
            [("Monday", "DATE", "1998-06-15")],
        ),
        (
            "The envoy stayed in the capital until Monday.",
            dt.date(1998, 6, 10),
            [("Monday", "DATE", "1998-06-08")],
        ),
        # The day after a quotation is told of the verb outside it, not of the quoted verb the
        # parse hangs it on.
        (
            'The ministry issued a statement titled "Our army will never tolerate provocations"'
            " on Saturday.",
            dt.date(2024, 8, 4),
            [("Saturday", "DATE", "2024-08-03")],
        ),
        (
            'He said, "We will never give up," on Monday.',
            dt.date(2024, 8, 7),
            [("Monday", "DATE", "2024-08-05")],
        ),
        (
            '"We will meet on Friday," he said.',
            dt.date(2024, 8, 7),
            [("Friday", "DATE", "2024-08-09")],
        ),
        # A gerund has no tense of its own: the verb it depends on tells it.
        (
            "The new members can take part in drafting the agenda of the congress in April.",
            dt.date(1998, 12, 5),
            [("April", "DATE", "1999-04")],
        ),
        (
            "The mayor said 3 000 people died while living alone from January to June this year.",
            dt.date(2024, 9, 23),
            [
                ("January", "DATE", "2024-01"),
                ("June this year", "DATE", "2024-06"),
            ],
        ),
        # Two dates with their years either side of a dash are two expressions; a range of
        # days or of years is one, valued by its first end.
        (
            "The museum marks the war (June 25, 1950-July 27, 1953) with an exhibition.",
            dt.date(2024, 7, 20),
            [
                ("June 25, 1950", "DATE", "1950-06-25"),
                ("July 27, 1953", "DATE", "1953-07-27"),
            ],
        ),
        (
            "He congratulated the party on its anniversary (October 10, 1945-Ocotber 10, 2024).",
            dt.date(2024, 10, 12),
            [
                ("October 10, 1945", "DATE", "1945-10-10"),
                ("Ocotber 10, 2024", "DATE", "2024-10-10"),
            ],
        ),
        (
            "The album tells the history of the league (March 1961-May 1990).",
            dt.date(2024, 7, 20),
            [("March 1961", "DATE", "1961-03"), ("May 1990", "DATE", "1990-05")],
        ),
        (
            "The festival (1990-2024) closed.",
            dt.date(2024, 7, 20),
            [("1990-2024", "DATE", "1990")],
        ),
        # "at that time" is the time last spoken of: PAST_REF, FUTURE_REF under a future verb,
        # the preposition left out as TimeML has it; a clause or "of" after "the time" tells
        # another time, which is no expression.
        (
            "The pilot toured the plant in May 2019. At that time, it had two furnaces.",
            dt.date(2024, 7, 20),
            [("May 2019", "DATE", "2019-05"), ("that time", "DATE", "PAST_REF")],
        ),
        (
            "The bridge will open in 2030, and at that time the ferry will stop.",
            dt.date(2024, 7, 20),
            [("2030", "DATE", "2030"), ("that time", "DATE", "FUTURE_REF")],
        ),
        (
            "The mayor spoke in a debate, saying at the time he was ready to resign.",
            dt.date(2024, 7, 20),
            [("the time", "DATE", "PAST_REF")],
        ),
        (
            "Witnesses at the time remember the smoke over the city.",
            dt.date(2024, 7, 20),
            [("the time", "DATE", "PAST_REF")],
        ),
        ("At the time the strike began, the mill was closed.", dt.date(2024, 7, 20), []),
        ("At the time of the flood, she was abroad.", dt.date(2024, 7, 20), []),
        (
            "The plant has made 20 000 tractors for the past 70-odd years since its foundation.",
            dt.date(2024, 10, 10),
            [("70-odd years", "DURATION", "P70Y")],
        ),
        ("The pupils visited the museum at the time-honoured site.", dt.date(2024, 7, 20), []),
        # The tense outweighs a month that lies nearer on the other side of publication.
        (
            "In January, the hospital chain brought in a new chief executive.",
            dt.date(1989, 10, 27),
            [("January", "DATE", "1989-01")],
        ),
        (
            "Major Anna Berg will be named pilot of the cargo flight in December.",
            dt.date(1998, 3, 4),
            [("December", "DATE", "1998-12")],
        ),
        # An infinitive that is the subject of "be" is no "is to meet": Friday is yesterday.
        (
            "Among the first three former Soviet states to accede to the union on Friday were "
            "Latvia and Estonia.",
            dt.date(1999, 3, 13),
            [("Friday", "DATE", "1999-03-12")],
        ),
        # A frequency word gives the rate of "basis", while it only classifies a dividend.
        (
            "Inspectors check the water level of the reservoirs on a daily basis.",
            dt.date(2024, 8, 23),
            [("daily", "SET", "P1D")],
        ),
        # "the last year" compared with is the year before publication; over time, its length.
        (
            "The cooperative farm gathered a harvest 30 percent larger in contrast to the last "
            "year.",
            dt.date(2024, 10, 12),
            [("the last year", "DATE", "2023")],
        ),
        (
            "The budget allots a 12.5 percent increase over the last year to the navy.",
            dt.date(2024, 5, 11),
            [("the last year", "DATE", "2023")],
        ),
        (
            "The mine produced twice the last year's coal output.",
            dt.date(2024, 8, 23),
            [("the last year", "DATE", "2023")],
        ),
        (
            "The plant's exports rose 12 percent over the past year.",
            dt.date(1998, 3, 3),
            [("the past year", "DURATION", "P1Y")],
        ),
        (
            "Farmers went back to the last year of the plan.",
            dt.date(2024, 8, 23),
            [("the last year", "DURATION", "P1Y")],
        ),
        # The gerund of an absolute "with" clause has the tense of the sentence: a future
        # sailing is the September ahead, a past leaving the one gone by (both near half a year
        # away on a Wednesday in March).
        (
            "Ferries will sail from April 1, with the last one leaving the port on Sept. 2.",
            dt.date(1998, 3, 4),
            [("April 1", "DATE", "1998-04-01"), ("Sept. 2", "DATE", "1998-09-02")],
        ),
        (
            "The talks ended in a deadlock, with the delegates leaving the city on Sept. 2.",
            dt.date(1998, 3, 4),
            [("Sept. 2", "DATE", "1997-09-02")],
        ),
        # A weekday joined to a weekday with a plural part of day shares the schedule; in a past
        # narration the two are nights of the week gone by, and the first stays a day.
        (
            "The airline said new flights would leave on Monday and Friday nights.",
            dt.date(1998, 3, 4),
            [("Monday", "SET", "XXXX-WXX-1TNI"), ("Friday nights", "SET", "XXXX-WXX-5TNI")],
        ),
        (
            "The museum opens on Saturday and Sunday mornings.",
            dt.date(1998, 3, 4),
            [("Saturday", "SET", "XXXX-WXX-6TMO"), ("Sunday mornings", "SET", "XXXX-WXX-7TMO")],
        ),
        (
            "Protesters marched on Monday and Tuesday nights.",
            dt.date(1998, 3, 4),
            [("Monday", "DATE", "1998-03-02"), ("Tuesday nights", "SET", "XXXX-WXX-2TNI")],
        ),
        # spaCy takes the weekday alone before a plural part of day, and the count alone before
        # "period"; a season counted over a stretch is each of those seasons.
        (
            "The choir rehearses on Thursday evenings.",
            dt.date(1998, 3, 4),
            [("Thursday evenings", "SET", "XXXX-WXX-4TEV")],
        ),
        (
            "The loans will be repaid over a 10-year period.",
            dt.date(1998, 3, 4),
            [("a 10-year period", "DURATION", "P10Y")],
        ),
        (
            "Output doubled over a three-year period.",
            dt.date(1998, 3, 4),
            [("a three-year period", "DURATION", "P3Y")],
        ),
        (
            "Floods have struck the valley for the past three summers.",
            dt.date(1998, 3, 4),
            [("the past three summers", "SET", "XXXX-SU")],
        ),
        # A year inside a competition's name, before or after it, is the year it is held; a
        # count before a plain noun is no year.
        (
            "The girls' team returned home from the Asian Youth Handball Championship 2024.",
            dt.date(2024, 11, 5),
            [("2024", "DATE", "2024")],
        ),
        (
            "- The 2024 National Open Weightlifting Tournament came to a close.",
            dt.date(2024, 11, 5),
            [("2024", "DATE", "2024")],
        ),
        ("The factory turned out 2024 machines at the Exhibition.", dt.date(2024, 11, 5), []),
        # A hyphen joins the year to the name's last word; the rest of the word is no time.
        (
            "The National Exhibition of Light Industry Products-2023 opened on Friday.",
            dt.date(2023, 10, 14),
            [("2023", "DATE", "2023"), ("Friday", "DATE", "2023-10-13")],
        ),
        ("Vaccines against Covid-19 arrived.", dt.date(2023, 10, 14), []),
        (
            "The magazine carries photos showing the autumn season in the mountains.",
            dt.date(2024, 11, 5),
            [("the autumn season", "DATE", "2024-FA")],
        ),
        # The adverb before "in the year" stays: without it the preposition would lead.
        (
            "Shipments fell sharply earlier in the year, the company said.",
            dt.date(1989, 10, 26),
            [("earlier in the year", "DATE", "1989")],
        ),
        # An article before a length or a date that qualifies a noun is the noun's.
        (
            "Supporters began a two day rally in the capital.",
            dt.date(1998, 3, 3),
            [("two day", "DURATION", "P2D")],
        ),
        (
            "Net income was $5 million. The year-ago results included a gain.",
            dt.date(1989, 11, 2),
            [("year-ago", "DATE", "1988")],
        ),
        ("The units will play a key role in the future war.", dt.date(2024, 8, 5), []),
        (
            "The company has paid dividends for 50 consecutive years.",
            dt.date(1989, 11, 2),
            [("50 consecutive years", "DURATION", "P50Y")],
        ),
        # "as early as" is a preposition before the time; "as recently as" makes no time of
        # "recently".
        (
            "The plant could reopen as early as next year's first quarter.",
            dt.date(1989, 10, 31),
            [("next year's first quarter", "DATE", "1990-Q1")],
        ),
        (
            "The company was profitable as recently as 1987.",
            dt.date(1989, 10, 31),
            [("1987", "DATE", "1987")],
        ),
        (
            "The drone flew over the station at 1:32:8 on Oct. 9 and over the ministry at 1:35:11.",
            dt.date(2024, 10, 28),
            [
                ("1:32:8 on Oct. 9", "TIME", "2024-10-09T01:32:08"),
                ("1:35:11", "TIME", "2024-10-09T01:35:11"),
            ],
        ),
    ],
)
def test_expressions_in_news_sentences(
    nlp: Language, text: str, published: dt.date, expected: list[tuple[str, str, str]]
) -> None:
    assert _values(_find(nlp, text, published)) == expected


def test_today_in_what_was_said_is_the_day_it_was_said(nlp: Language) -> None:
    text = (
        "Pyongyang, September 19 (KCNA) -- The test-fires were conducted on Wednesday. "
        "Our military superiority proved once again today is enough, he said. "
        "We blocked the roads two days ago, he said. Officials said today that it succeeded."
    )
    assert _values(_find(nlp, text, dt.date(2024, 9, 19)))[1:] == [
        ("Wednesday", "DATE", "2024-09-18"),
        ("today", "DATE", "2024-09-18"),
        ("two days ago", "DATE", "2024-09-16"),
        ("today", "DATE", "2024-09-19"),
    ]


def test_yesterday_in_a_statement_is_the_day_before_it_was_issued(nlp: Language) -> None:
    text = (
        "Pyongyang, November 9 (KCNA) -- The ministry issued the following press statement on "
        "Thursday:\nOn November 5, the envoy told lies.\nOur leader made our stand clear "
        "yesterday.\nWe will never change it."
    )
    assert _values(_find(nlp, text, dt.date(2024, 11, 9)))[1:] == [
        ("Thursday", "DATE", "2024-11-07"),
        ("November 5", "DATE", "2024-11-05"),
        ("yesterday", "DATE", "2024-11-06"),
    ]


@pytest.mark.parametrize(
    ("text", "value", "anchor"),
    [
        ("Thanksgiving Day", "1999-11-25", dt.date(1999, 11, 26)),
        ("last Thanksgiving", "1999-11-25", dt.date(2000, 1, 7)),
        ("Election Day", "1998-11-03", dt.date(1998, 10, 26)),
        ("Memorial Day", "2024-05-27", PUBLISHED),
        ("Easter", "2024-03-31", PUBLISHED),
        ("Good Friday 2019", "2019-04-19", None),
        ("Easter week", "2000-W16", dt.date(2000, 4, 17)),
        ("Easter", "XXXX-XX-XX", None),
    ],
)
def test_movable_holidays(text: str, value: str, anchor: dt.date | None) -> None:
    _check(text, ("DATE", value), anchor)


def test_holiday_named_as_an_event_is_a_date(nlp: Language) -> None:
    text = "Elian was found Thanksgiving Day clinging to an inner tube."
    found = _find(nlp, text, dt.date(2000, 1, 7))
    assert _values(found) == [("Thanksgiving Day", "DATE", "1999-11-25")]


# --- vague references, commemorated days, the day a part of day falls on ---------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The company delayed construction because of current market conditions.",
            [("current", "DATE", "PRESENT_REF")],
        ),
        ("It holds 14.6%, according to a recent SEC filing.", [("recent", "DATE", "PAST_REF")]),
        ("Prosecutors may soon seek an indictment.", [("soon", "DATE", "FUTURE_REF")]),
        (
            "It would seek to liquidate the maker as soon as possible.",
            [("as soon as possible", "DATE", "FUTURE_REF")],
        ),
        (
            "Air strikes will continue well into the future.",
            [("the future", "DATE", "FUTURE_REF")],
        ),
        (
            "Officials fear small drones could in future be used by smugglers.",
            [("future", "DATE", "FUTURE_REF")],
        ),
        ("The firm will invest in future technologies.", []),
        (
            "Holders may buy shares at 50% of the then current market price.",
            [("then current", "DATE", "PAST_REF")],
        ),
        (
            "Islam will one day be the second largest religion.",
            [("one day", "DATE", "FUTURE_REF")],
        ),
        # In a past narration "soon" is soon after the story's time; "as soon as" joins clauses.
        ("He was soon released from the hospital.", []),
        ("They will leave as soon as the threats end.", []),
        # A prospect or a kind, not a time.
        ("The deal will dilute future earnings.", []),
        ("The future of the company looks bleak.", []),
        ("They opened up a bright future.", []),
        ("Cuban exiles in recent weeks rallied.", [("recent weeks", "DURATION", "PXW")]),
    ],
)
def test_vague_words_refer_to_a_time_in_one_use(
    nlp: Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _values(_find(nlp, text, dt.date(1989, 10, 30))) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "He said that July 27 would shine forever as a symbol of victory.",
            dt.date(2024, 7, 27),
            [("July 27", "DATE", "1953-07-27")],
        ),
        (
            "They won with the invincible spirit of July 27 as a driving force.",
            dt.date(2024, 7, 28),
            [("July 27", "DATE", "1953-07-27")],
        ),
        (
            "The heroic fighters brought about July 27 war victory.",
            dt.date(2024, 7, 28),
            [("July 27", "DATE", "1953-07-27")],
        ),
        (
            "The whole country is splendidly celebrating the great July 27, when the legendary "
            "tales were recorded.",
            dt.date(2024, 7, 28),
            [("July 27", "DATE", "1953-07-27")],
        ),
        # The coming holiday is this year's, even when named as a noun.
        (
            "Visits to the cemetery grow on the occasion of forthcoming July 27, the holiday.",
            dt.date(2024, 7, 20),
            [("July 27", "DATE", "2024-07-27")],
        ),
        # The time of what the sentence tells stays the nearest such day.
        (
            "A grand performance was given on the evening of July 27.",
            dt.date(2024, 7, 28),
            [("the evening of July 27", "TIME", "2024-07-27TEV")],
        ),
        (
            "Kim Jong Un visited the Liberation Tower on August 15.",
            dt.date(2024, 8, 16),
            [("August 15", "DATE", "2024-08-15")],
        ),
        # Only a day the lexicon lists, and only when the text names it.
        (
            "Today is the eighth day of the operation.",
            dt.date(1990, 8, 15),
            [("Today", "DATE", "1990-08-15")],
        ),
        (
            "He said that June 10 would be remembered.",
            dt.date(2024, 6, 20),
            [("June 10", "DATE", "2024-06-10")],
        ),
    ],
)
def test_commemorated_day_named_as_a_noun_is_the_past_event(
    nlp: Language, text: str, published: dt.date, expected: list[tuple[str, str, str]]
) -> None:
    assert _values(_find(nlp, text, published)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The missile was moved on October 31 and advanced to the launching position at dawn.",
            [("October 31", "DATE", "2024-10-31"), ("dawn", "TIME", "2024-10-31TMO")],
        ),
        (
            "We will feel proud of the dynamic pace of today.",
            [("today", "DATE", "PRESENT_REF")],
        ),
        (
            "The plan cuts 6,000 jobs by year end.",
            [("year end", "DATE", "2024")],
        ),
        (
            "The merger should be completed by year's end.",
            [("year's end", "DATE", "2024")],
        ),
        (
            "Traders expect more selling in the months ahead.",
            [("the months ahead", "DATE", "FUTURE_REF")],
        ),
        # a length before an event, not a time to come
        (
            "The troops withdrew in the weeks ahead of the vote.",
            [("weeks", "DURATION", "PXW")],
        ),
        (
            "Shortly ago, the Chinese people celebrated the anniversary.",
            [("Shortly ago", "DATE", "PAST_REF")],
        ),
    ],
)
def test_story_day_present_age_and_year_end(
    nlp: Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _values(_find(nlp, text, dt.date(2024, 11, 1))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("year-end", ("DATE", "2024")),
        ("the fiscal year end", ("DATE", "2024")),
        ("not long ago", ("DATE", "PAST_REF")),
        ("a while ago", ("DATE", "PAST_REF")),
        ("soon", ("DATE", "FUTURE_REF")),
        ("current", ("DATE", "PRESENT_REF")),
        # Word orders of one expression.
        ("10 June", ("DATE", "2024-06-10")),
        ("the 10th to 12th of June 2020", ("DATE", "2020-06-10")),
        ("July 29-30, 2023", ("DATE", "2023-07-29")),
        ("2023 summer", ("DATE", "2023-SU")),
        ("1989 third quarter", ("DATE", "1989-Q3")),
        ("Q3 1989", ("DATE", "1989-Q3")),
        ("1989 Q3", ("DATE", "1989-Q3")),
    ],
)
def test_more_values(text: str, expected: tuple[str, str]) -> None:
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The survey was published by USA Today on Monday.", [("Monday", "DATE", "2024-07-29")]),
        ("He said on CBS's 60 Minutes that he would stay.", []),
        ("Good evening from the central park in Havana.", []),
        ("Tomorrow the board will vote.", [("Tomorrow", "DATE", "2024-07-30")]),
        ("He arrived on Thanksgiving Day.", [("Thanksgiving Day", "DATE", "2023-11-23")]),
    ],
)
def test_names_and_greetings_are_not_times(
    nlp: Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _values(_find(nlp, text, PUBLISHED)) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # After "he said:" the speech, to the end of its paragraph, is of the story's day.
        (
            "Pyongyang, October 18 (KCNA) -- He inspected the unit on October 17. Then he said:\n"
            "We blocked the roads two days ago. They will see it today.\nThe visit ended.",
            dt.date(2024, 10, 18),
            [
                ("October 18", "DATE", "2024-10-18"),
                ("October 17", "DATE", "2024-10-17"),
                ("two days ago", "DATE", "2024-10-15"),
                ("today", "DATE", "2024-10-17"),
            ],
        ),
        # "as follows:" introduces a speech to the end of the article.
        (
            "Pyongyang, August 16 (KCNA) -- He made a speech on August 15.\n"
            "The full text of the speech is as follows:\nDear citizens,\n"
            "Today is a significant holiday.\nYou will stay here starting from today.",
            dt.date(2024, 8, 16),
            [
                ("August 16", "DATE", "2024-08-16"),
                ("August 15", "DATE", "2024-08-15"),
                ("Today", "DATE", "2024-08-15"),
                ("today", "DATE", "2024-08-15"),
            ],
        ),
        # A colon after no reporting verb introduces no speech.
        (
            "He arrived on August 15. The plan is simple: today we rest.",
            dt.date(2024, 8, 16),
            [("August 15", "DATE", "2024-08-15"), ("today", "DATE", "2024-08-16")],
        ),
    ],
)
def test_speech_after_a_colon_is_of_the_story_day(
    nlp: Language, text: str, published: dt.date, expected: list[tuple[str, str, str]]
) -> None:
    assert _values(_find(nlp, text, published)) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # The year-before comparisons follow the quarter reported on, not another one named.
        (
            "Net income rose 20% in the third quarter. After a flat second quarter, sales rose. "
            "Charges were taken in the year-earlier period, and costs were lower than a year ago.",
            dt.date(1989, 11, 1),
            [
                ("the third quarter", "DATE", "1989-Q3"),
                ("second quarter", "DATE", "1989-Q2"),
                ("the year-earlier period", "DATE", "1988-Q3"),
                ("a year ago", "DATE", "1988-Q3"),
            ],
        ),
        # Without the last completed quarter, they follow the quarter last named.
        (
            "Profit fell in the fiscal first quarter from a year earlier.",
            dt.date(1989, 10, 26),
            [
                ("the fiscal first quarter", "DATE", "1989-Q1"),
                ("a year earlier", "DATE", "1988-Q1"),
            ],
        ),
        (
            "Third-quarter profit rose from last year, when the 1988 quarter had charges.",
            dt.date(1989, 10, 30),
            [
                ("Third-quarter", "DATE", "1989-Q3"),
                ("last year", "DATE", "1988"),
                ("the 1988 quarter", "DATE", "1988-Q3"),
            ],
        ),
        (
            "The company was founded 3,100 years ago.",
            dt.date(1989, 10, 26),
            [("3,100 years ago", "DATE", "PAST_REF")],
        ),
        # After a length of months, the comparison is with those months of the year before.
        (
            "Third-quarter profit rose. For the nine months, net fell from a year earlier.",
            dt.date(1989, 10, 30),
            [
                ("Third-quarter", "DATE", "1989-Q3"),
                ("the nine months", "DURATION", "P9M"),
                ("a year earlier", "DATE", "1988"),
            ],
        ),
        # The day the months end on does not come between ("the six months ended Aug. 12").
        (
            "The chairman joined the grocer in 1985. For the six months ended Aug. 12, it earned "
            "$6 million, compared with $18 million a year earlier.",
            dt.date(1989, 10, 26),
            [
                ("1985", "DATE", "1985"),
                ("the six months", "DURATION", "P6M"),
                ("Aug. 12", "DATE", "1989-08-12"),
                ("a year earlier", "DATE", "1988"),
            ],
        ),
        (
            "Profit rose in the third quarter. For the nine months, it compared with "
            "year-earlier net income of $9 million.",
            dt.date(1989, 11, 2),
            [
                ("the third quarter", "DATE", "1989-Q3"),
                ("the nine months", "DURATION", "P9M"),
                ("year-earlier", "DATE", "1988"),
            ],
        ),
        # "the quarter" and "the latest period" are the quarter last named, a fiscal one too,
        # also after another date.
        (
            "Sun earned $5 million in the fiscal first quarter. Earlier this month, it said it "
            "expected to break even for the quarter.",
            dt.date(1989, 10, 26),
            [
                ("the fiscal first quarter", "DATE", "1989-Q1"),
                ("Earlier this month", "DATE", "1989-10"),
                ("the quarter", "DATE", "1989-Q1"),
            ],
        ),
        (
            "It posted net income for the fiscal second quarter. The latest period includes gains.",
            dt.date(1989, 10, 26),
            [
                ("the fiscal second quarter", "DATE", "1989-Q2"),
                ("The latest period", "DATE", "1989-Q2"),
            ],
        ),
    ],
)
def test_year_before_compares_with_the_quarter_reported_on(
    nlp: Language, text: str, published: dt.date, expected: list[tuple[str, str, str]]
) -> None:
    assert _values(_find(nlp, text, published)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He met the mayor on Tuesday and arrived in Philadelphia later in the day.",
            [("Tuesday", "DATE", "1998-02-10"), ("the day", "DATE", "1998-02-10")],
        ),
        ("Earlier in the day, the president spoke.", [("the day", "DATE", "1998-02-13")]),
        ("The index fell 2% for the day.", []),
        # spaCy calls the second length a QUANTITY.
        (
            "She spent four hours in Dar es Salaam, and then about 5 1/2 hours in Nairobi, "
            "Kenya, later in the day.",
            [
                ("four hours", "DURATION", "PT4H"),
                ("about 5 1/2 hours", "DURATION", "PT5H30M"),
                ("the day", "DATE", "1998-02-13"),
            ],
        ),
        ("The truck carried 10 tons of rice.", []),
    ],
)
def test_the_day_after_later_in_and_lengths_spacy_calls_quantities(
    nlp: Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _values(_find(nlp, text, dt.date(1998, 2, 13))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It recently achieved profitability after several quarters of losses.",
            [("recently", "DATE", "PAST_REF"), ("several quarters", "DURATION", "PXQ")],
        ),
        ("It was a long time ago.", [("a long time ago", "DATE", "PAST_REF")]),
    ],
)
def test_stretches_of_unknown_length(
    nlp: Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _values(_find(nlp, text, PUBLISHED)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They carried forward the spirit of the great years.", []),
        ("Our Party and government are most proud of such days.", []),
        ("In the years that followed, the guerrillas fought on.", [("years", "DURATION", "PXY")]),
        ("He worked there for long years.", [("long years", "DURATION", "PXY")]),
        ("They will remove the countryside's centuries-old backwardness.", []),
    ],
)
def test_eras_and_ages_are_not_stretches_of_time(
    nlp: Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _values(_find(nlp, text, PUBLISHED)) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "The plant opened in the third quarter. Three days later, the stock rose.",
            dt.date(1989, 10, 30),
            [("the third quarter", "DATE", "1989-Q3"), ("Three days later", "DATE", "1989-Q3")],
        ),
        (
            "Just over an hour later, he was declared dead.",
            dt.date(1998, 10, 25),
            [("Just over an hour later", "DATE", "1998-10-25")],
        ),
        (
            "A few months later, the plant opened.",
            PUBLISHED,
            [("A few months later", "DATE", "XXXX-XX")],
        ),
        # "later that year" is the year last mentioned; "a year earlier" and "ago" stay dates.
        (
            "He left in 1990 and came back later that year.",
            PUBLISHED,
            [("1990", "DATE", "1990"), ("later that year", "DATE", "1990")],
        ),
        ("He left two weeks ago.", PUBLISHED, [("two weeks ago", "DATE", "2024-W29")]),
    ],
)
def test_a_length_before_later_counts_from_the_story(
    nlp: Language, text: str, published: dt.date, expected: list[tuple[str, str, str]]
) -> None:
    assert _values(_find(nlp, text, published)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Net income rose in the third quarter from $2 million in the corresponding "
            "period last year.",
            [
                ("the third quarter", "DATE", "1989-Q3"),
                ("the corresponding period last year", "DATE", "1988-Q3"),
            ],
        ),
        (
            "Third-quarter sales rose. U.K. sales for last year's quarter were $3 million.",
            [("Third-quarter", "DATE", "1989-Q3"), ("last year's quarter", "DATE", "1988-Q3")],
        ),
        # A comparison that names a quarter follows the quarter reported on, whatever came last.
        (
            "Third-quarter sales fell, partly because the current year's figures exclude "
            "Britain. U.K. sales for last year's quarter were $3 million.",
            [
                ("Third-quarter", "DATE", "1989-Q3"),
                ("the current year", "DATE", "1989"),
                ("last year's quarter", "DATE", "1988-Q3"),
            ],
        ),
        # A comparison does not move the story: "the previous day" counts from October 12.
        (
            "Prices fell on Oct. 12, down from the same period last year, and rose the "
            "previous day.",
            [
                ("Oct. 12", "DATE", "1989-10-12"),
                ("the same period last year", "DATE", "1988"),
                ("the previous day", "DATE", "1989-10-11"),
            ],
        ),
        (
            "Shares in Tokyo closed higher Friday, up 2% from the previous Friday.",
            [("Friday", "DATE", "1989-10-27"), ("the previous Friday", "DATE", "1989-10-20")],
        ),
    ],
)
def test_the_same_period_last_year_is_the_period_reported_a_year_before(
    nlp: Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _values(_find(nlp, text, dt.date(1989, 10, 30))) == expected


@pytest.mark.parametrize(
    ("text", "expected", "previous"),
    [
        ("the prior year", ("DATE", "2023"), None),
        ("the prior day", ("DATE", "2024-06-09"), "2024-06-10"),
        ("end of March", ("DATE", "2024-03"), None),
        ("by end of 1998", ("DATE", "1998"), None),
        ("beginning of next year", ("DATE", "2025"), None),
        ("middle of next week", ("DATE", "2024-W32"), None),
        ("the other day", ("DATE", "PAST_REF"), None),
    ],
)
def test_prior_period_edges_and_the_other_day(
    text: str, expected: tuple[str, str], previous: str | None
) -> None:
    _check(text, expected, previous=previous)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the 1990 fiscal year", ("DATE", "1990")),
        ("the 1989-90 fiscal year", ("DATE", "1989")),
        ("fiscal 1989 first quarter", ("DATE", "1989-Q1")),
        ("fiscal 1990's second quarter", ("DATE", "1990-Q2")),
        ("the fiscal 1990 first quarter", ("DATE", "1990-Q1")),
        ("the nine-month period", ("DURATION", "P9M")),
        ("a three-year period", ("DURATION", "P3Y")),
    ],
)
def test_fiscal_periods_named_with_their_year(text: str, expected: tuple[str, str]) -> None:
    _check(text, expected, dt.date(1989, 10, 30))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The credit for today's socialist Korea goes to the veterans.",
            [("today", "DATE", "PRESENT_REF")],
        ),
        ("The case is for today's youth a lesson.", [("today", "DATE", "PRESENT_REF")]),
        ("Chips run many of today's personal computers.", [("today", "DATE", "PRESENT_REF")]),
        ("We discussed today's meeting.", [("today", "DATE", "2024-07-29")]),
        (
            "Officials who had worked for a long time at the posts attended.",
            [("a long time", "DURATION", "PXX")],
        ),
        ("They will have to live without it for a while.", [("a while", "DURATION", "PXX")]),
        ("It was a long time ago.", [("a long time ago", "DATE", "PAST_REF")]),
        ("Fireworks lit the sky on V-Day.", [("V-Day", "DATE", "2024-07-27")]),
        ("It kept its name from one decade to the next.", []),
    ],
)
def test_present_age_vague_lengths_and_successions(
    nlp: Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _values(_find(nlp, text, PUBLISHED)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Today" opening a clause in the present is the present age (PRESENT_REF) ...
        (
            "Today the G7 is submissively serving as a political servant of the U.S.",
            [("Today", "DATE", "PRESENT_REF")],
        ),
        (
            "Today G7 is submissively serving as a political servant of the U.S.",
            [("Today", "DATE", "PRESENT_REF")],
        ),
        ("Today G7 leaders met in Rome.", [("Today", "DATE", "2024-07-29")]),
        (
            "Today, the declaration and its standards have become political means of pressure.",
            [("Today", "DATE", "PRESENT_REF")],
        ),
        (
            "Today geopolitical confrontation and conflict are not ceased in the world.",
            [("Today", "DATE", "PRESENT_REF")],
        ),
        (
            "And today, the right to work is equal to the right to live.",
            [("today", "DATE", "PRESENT_REF")],
        ),
        # ... but in a past or future clause, as its subject or later in the clause, it is the day
        ("Today he met the delegation in Pyongyang.", [("Today", "DATE", "2024-07-29")]),
        ("Today the delegation will leave for Beijing.", [("Today", "DATE", "2024-07-29")]),
        ("Today is the anniversary of the victory.", [("Today", "DATE", "2024-07-29")]),
        ("Today it is a significant holiday.", [("Today", "DATE", "2024-07-29")]),
        ("The delegation is visiting the factory today.", [("today", "DATE", "2024-07-29")]),
    ],
)
def test_today_opening_a_present_clause_is_the_present_age(
    nlp: Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _values(_find(nlp, text, PUBLISHED)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # spaCy takes some lengths for numbers (CARDINAL): kept when they end with a unit ...
        (
            "It claimed that at least 30 minutes' warning was given before each explosion.",
            [("at least 30 minutes", "DURATION", "PT30M")],
        ),
        # ... but a share told with a unit's word is not a length
        ("Iraq imports about three-quarters of its foodstuffs.", []),
    ],
)
def test_lengths_spacy_takes_for_numbers(
    nlp: Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _values(_find(nlp, text, PUBLISHED)) == expected


def test_the_spotters_read_lower_cased_text_as_they_read_any_case() -> None:
    # They run case-sensitively on lower-cased text: a capital letter in one of their
    # literals (outside escapes such as \\S and group names) would never match.
    for pattern in temporal._LOWER_CASE_SPOTTERS:
        assert not re.findall(r"(?<!\\)(?<!\(\?)[A-Z]", pattern.pattern), pattern.pattern


@pytest.mark.parametrize(
    ("pattern", "first"),
    [
        ("the day|today", "t"),
        ("(?:on )?(?:monday|friday)", "fmo"),
        ("(?<=later in )the day", "t"),
        (r"(?:fiscal[- ])?\d+(?:st|nd) quarter", "0123456789f"),
        (r"x?", None),  # may match nothing: any position
        (r"[\w-]+ times", None),  # a class of any letter: any character
    ],
)
def test_the_characters_a_pattern_begins_with(pattern: str, first: str | None) -> None:
    found, empty = temporal._first_characters(temporal._sre_parse.parse(pattern))
    assert (None if found is None or empty else "".join(sorted(found))) == first


def test_every_spotted_phrase_begins_with_a_word_character_or_a_hyphen() -> None:
    # The spotter turns away every other position before trying its alternatives.
    for pattern in map(temporal._template, temporal._SPOTTED):
        first, empty = temporal._first_characters(temporal._sre_parse.parse(pattern))
        if first is None:
            assert re.match(r"\(\?:(?:[a-z]+\|)*\[\\w-\]", pattern), pattern
        else:
            assert not empty and all(re.fullmatch(r"[\w-]", c) for c in first), pattern


def test_the_guarded_spotter_finds_what_the_plain_alternation_finds() -> None:
    plain = re.compile(
        r"\b(?:" + "|".join(map(temporal._template, temporal._SPOTTED)) + r")\b", re.IGNORECASE
    )
    text = (
        "Later in the day, twice a week, every other month and on Mondays; the day before "
        "yesterday at 09:45, in the first quarter of this year, for 20 more years, day by day, "
        "November Juche 104 (2015), at dawn, the year-earlier period, weeks or months. "
        "Thanksgiving Day came the next week. THE DAY BEFORE YESTERDAY, Twice A Year. "
        "Tests ran one-two times a day."
    )
    for scanned in (text, text.lower()):
        spans = [m.span() for m in temporal._SPOTTER.finditer(scanned)]
        assert spans == [m.span() for m in plain.finditer(scanned)]
        assert len(spans) > 10


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The KPA sent a telephone message at 09:45 of October 9 to the other side.",
            [("09:45 of October 9", "TIME", "2024-10-09T09:45")],
        ),
        ("The meeting opened at 10:30.", [("10:30", "TIME", "2024-10-10T10:30")]),
        ("The DPRK beat Japan 3:1 at the stadium.", []),
    ],
)
def test_a_24_hour_clock_after_at(nlp: Language, text: str, expected: list[tuple]) -> None:
    assert _values(_find(nlp, text, dt.date(2024, 10, 10))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia will keep its naval base on the peninsula for at least 20 more years.",
            [("20 more years", "DURATION", "P20Y")],
        ),
        (
            "Police checked the border crossings in 1994, 1995 and 1997.",
            [("1994", "DATE", "1994"), ("1995", "DATE", "1995"), ("1997", "DATE", "1997")],
        ),
        (
            "The talks are set for May 3, May 5 and May 9.",
            [
                ("May 3", "DATE", "1999-05-03"),
                ("May 5", "DATE", "1999-05-05"),
                ("May 9", "DATE", "1999-05-09"),
            ],
        ),
        ("He was born on June 10, 1998, in Seoul.", [("June 10, 1998", "DATE", "1998-06-10")]),
        (
            "Jobs grew after averaging 242,000 for the first nine months of 1997.",
            [("the first nine months", "DURATION", "P9M"), ("1997", "DATE", "1997")],
        ),
        (
            "He probably died within weeks or months of his capture.",
            [("weeks or months", "DURATION", "PXW")],
        ),
        (
            "Losses will last through the first two quarters of 1990.",
            [("the first two quarters of 1990", "DATE", "1990-H1")],
        ),
    ],
)
def test_lists_of_dates_and_lengths_counted_in_a_year(
    nlp: Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _values(_find(nlp, text, dt.date(1999, 4, 19))) == expected


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        # The latest such year up to publication, or one at most ten years ahead.
        ("'98", dt.date(1998, 3, 4), "1998"),
        ("'89", dt.date(1989, 10, 26), "1989"),
        ("'88", dt.date(1989, 10, 26), "1988"),
        ("'90", dt.date(1989, 10, 26), "1990"),
        ("'98", PUBLISHED, "1998"),
        ("'05", PUBLISHED, "2005"),
        ("'30", PUBLISHED, "2030"),
        ("'60", PUBLISHED, "1960"),
        ("'50", PUBLISHED, "1950"),
        ("'20", dt.date(1989, 10, 26), "1920"),
        ("'98", None, "1998"),
    ],
)
def test_two_digit_years_look_back_or_a_little_ahead(
    text: str, anchor: dt.date | None, value: str
) -> None:
    _check(text, ("DATE", value), anchor)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("week-long", "P1W"),
        ("weeklong", "P1W"),
        ("a month-long", "P1M"),
        ("the yearlong", "P1Y"),
        ("day-long", "P1D"),
        ("hour-long", "PT1H"),
        ("decade-long", "P10Y"),
        ("two-week-long", "P2W"),
        ("two-and-a-half years", "P2Y6M"),
        ("a two-and-a-half-year", "P2Y6M"),
        ("half-century", "P50Y"),
        ("the past half-century", "P50Y"),
        ("a quarter century", "P25Y"),
        ("a quarter of a century", "P25Y"),
        ("quarter-century", "P25Y"),
    ],
)
def test_hyphenated_and_fractional_lengths(text: str, value: str) -> None:
    _check(text, ("DURATION", value))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A part of day a day before or after the story's names that day, as "Wednesday
        # morning" does: the day alone after "morning" and "night".
        ("the next morning", ("DATE", "2024-06-11")),
        ("the following night", ("DATE", "2024-06-11")),
        ("the previous evening", ("DATE", "2024-06-09TEV")),
        ("that morning", ("TIME", "2024-06-10TMO")),
        # A weekday a shift picks out, then its date: the date decides.
        ("this coming Sunday, March eighth", ("DATE", "2024-03-08")),
        ("next Tuesday, July 30", ("DATE", "2024-07-30")),
        # Decades read aloud.
        ("the nineteen nineties", ("DATE", "199")),
        ("the nineteen-sixties", ("DATE", "196")),
        ("the early nineteen eighties", ("DATE", "198")),
        ("March twenty first", ("DATE", "2024-03-21")),
        ("the twenty first century", ("DATE", "20")),
        ("Valentine's Day", ("DATE", "2024-02-14")),
        ("Halloween", ("DATE", "2024-10-31")),
    ],
)
def test_narrative_parts_of_day_weekdays_with_dates_and_spoken_decades(
    text: str, expected: tuple[str, str]
) -> None:
    _check(text, expected, previous="2024-06-10")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The class of '89 met again.", [("'89", "DATE", "1989")]),
        (
            "It was popular in the '80s and early '90s.",
            [("the '80s", "DATE", "198"), ("early '90s", "DATE", "199")],
        ),
        ("The president began a weeklong visit to Asia.", [("weeklong", "DURATION", "P1W")]),
        ("A month-long investigation found nothing.", [("month-long", "DURATION", "P1M")]),
        ("The hour-long meeting ended without agreement.", [("hour-long", "DURATION", "PT1H")]),
        ("The post-1959 politics split families.", [("post-1959", "DATE", "1959")]),
        ("Pre-1990 rules still apply.", [("Pre-1990", "DATE", "1990")]),
        (
            "He was arrested on Feb. 22 and appeared in court the next morning.",
            [("Feb. 22", "DATE", "1998-02-22"), ("the next morning", "DATE", "1998-02-23")],
        ),
    ],
)
def test_elided_years_and_unit_long_lengths_in_text(
    nlp: Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _values(_find(nlp, text, dt.date(1998, 3, 4))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Published on a Wednesday: a modal looks forward, a modal with the perfect back.
        ("The board may meet again on Tuesday.", [("Tuesday", "DATE", "1998-03-10")]),
        ("The board can meet on Tuesday.", [("Tuesday", "DATE", "1998-03-10")]),
        ("He may have met the minister on Tuesday.", [("Tuesday", "DATE", "1998-03-03")]),
        ("The company would have signed the deal on Tuesday.", [("Tuesday", "DATE", "1998-03-03")]),
        ("The talks will resume on Tuesday.", [("Tuesday", "DATE", "1998-03-10")]),
        # The publication's own weekday in the future is that day, not a week on.
        ("The talks will resume Wednesday.", [("Wednesday", "DATE", "1998-03-04")]),
    ],
)
def test_modals_look_forward_unless_perfect(
    nlp: Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _values(_find(nlp, text, dt.date(1998, 3, 4))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Slepian was killed on Oct. 23. Two men came to his house the day after his death.",
            [("Oct. 23", "DATE", "1997-10-23"), ("the day", "DATE", "1997-10-24")],
        ),
        # After a date and a comma, "the day" tells that date again.
        (
            "Stocks fell after Oct. 12, the day before the crash.",
            [("Oct. 12", "DATE", "1997-10-12"), ("the day", "DATE", "1997-10-12")],
        ),
        # "after" before the event is a preposition: the length before it is the expression.
        (
            "Two days after the Feb. 3 vote, the party split.",
            [("Two days", "DURATION", "P2D"), ("Feb. 3", "DATE", "1998-02-03")],
        ),
        # A day is not counted from a year.
        (
            "The rally was held in 1990. The day after the vote, the party split.",
            [("1990", "DATE", "1990")],
        ),
    ],
)
def test_a_unit_before_or_after_an_event_counts_from_the_story(
    nlp: Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _values(_find(nlp, text, dt.date(1998, 3, 4))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A year named in a clause describing a noun does not move the story's time.
        (
            "He said on Tuesday that the plant, built in 1985, would close. The next day, "
            "workers protested.",
            [
                ("Tuesday", "DATE", "1998-03-03"),
                ("1985", "DATE", "1985"),
                ("The next day", "DATE", "1998-03-04"),
            ],
        ),
        (
            "Police arrested him on Feb. 3. The gun, bought in 1990, was found two days later.",
            [
                ("Feb. 3", "DATE", "1998-02-03"),
                ("1990", "DATE", "1990"),
                ("two days later", "DATE", "1998-02-05"),
            ],
        ),
        # A month the story moves to is counted from.
        (
            "It was published on Feb. 3. One day in May 1939, he organized an attack. "
            "That day the moon was bright.",
            [
                ("Feb. 3", "DATE", "1998-02-03"),
                ("May 1939", "DATE", "1939-05"),
                ("That day", "DATE", "1939-05"),
            ],
        ),
        # A year the story moves to is counted from (a count of days stays in it).
        (
            "The firm was founded in 1950. Two days later, it moved.",
            [("1950", "DATE", "1950"), ("Two days later", "DATE", "1950")],
        ),
        (
            "On Feb. 3 he said the plant opened in 1985. The following year, it closed.",
            [
                ("Feb. 3", "DATE", "1998-02-03"),
                ("1985", "DATE", "1985"),
                ("The following year", "DATE", "1986"),
            ],
        ),
    ],
)
def test_years_named_in_a_clause_describing_a_noun_are_not_counted_from(
    nlp: Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _values(_find(nlp, text, dt.date(1998, 3, 4))) == expected


@pytest.mark.parametrize(
    ("text", "previous", "tense", "expected"),
    [
        # a story of the past told in the past tense goes on from its own year
        ("June next year", "2013-09", "past", ("DATE", "2014-06")),
        ("next year", "2013-09", "past", ("DATE", "2014")),
        # what is still to come, or a story of this year, counts from publication
        ("June next year", "2013-09", "future", ("DATE", "2025-06")),
        ("June next year", "2024-03", "past", ("DATE", "2025-06")),
        ("June last year", "2013-09", "past", ("DATE", "2023-06")),
    ],
)
def test_next_year_in_a_story_of_the_past(
    text: str, previous: str, tense: Tense, expected: tuple[str, str]
) -> None:
    _check(text, expected, previous=previous, tense=tense)


@pytest.mark.parametrize(
    ("text", "previous", "value"),
    [
        # a day of the year counted from the one last named
        ("September 27 that year", "1993", "1993-09-27"),
        ("on September 27 that year", "1993-03", "1993-09-27"),
        ("June 5 of the following year", "1993", "1994-06-05"),
        ("March 3 the previous year", "1993-10-11", "1992-03-03"),
        ("September 27 that year", None, "2024-09-27"),  # no year named: publication's
    ],
)
def test_days_of_a_year_counted_from_the_one_last_named(
    text: str, previous: str | None, value: str
) -> None:
    _check(text, ("DATE", value), previous=previous)


@pytest.mark.parametrize(
    ("text", "previous", "value"),
    [
        # a text with no publication date: the year of the date last mentioned
        ("April 14", "1995-04-19", "1995-04-14"),
        ("on the 15th of April", "1995-04-14", "1995-04-15"),
        ("15 September", "1974-09-13", "1974-09-15"),
        ("in March", "1995-04-19", "1995-03"),
        ("September 15", "1995", "1995-09-15"),  # the year named alone: that year
        ("April 14", "XXXX-04-19", "XXXX-04-14"),  # no year known: none taken
        ("April 14", None, "XXXX-04-14"),
        ("last June", "1995-04-19", "XXXX-06"),  # "last" counts from publication
    ],
)
def test_years_without_a_publication_date(text: str, previous: str | None, value: str) -> None:
    _check(text, ("DATE", value), None, previous=previous)


@pytest.mark.parametrize(
    ("text", "previous", "value"),
    [
        # a story moved to another month or year: some day of it, not the publication day
        ("at night", "2022-05", "XXXX-XX-XXTNI"),
        ("at 10 p.m.", "2016", "XXXX-XX-XXT22:00"),
        # a month or year that holds the publication day: that day
        ("at night", "2024-07", "2024-07-29TNI"),
        ("at 10 p.m.", "2024", "2024-07-29T22:00"),
        ("at night", "2024-07-27", "2024-07-27TNI"),
    ],
)
def test_parts_of_day_and_clock_times_in_a_story_of_another_period(
    text: str, previous: str, value: str
) -> None:
    _check(text, ("TIME", value), previous=previous)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            # a year that tells what a thing is does not move the story
            "On April 14, 1995, he bought a yellow 1977 Mercury Marquis and checked into the "
            "motel later that day.",
            None,
            [
                ("April 14, 1995", "DATE", "1995-04-14"),
                ("1977", "DATE", "1977"),
                ("later that day", "DATE", "1995-04-14"),
            ],
        ),
        (
            "He was pleased with the discovery in early 1993.\nOn September 27 that year, he "
            "visited Kangdong County.",
            dt.date(2024, 10, 11),
            [
                ("early 1993", "DATE", "1993"),
                ("September 27 that year", "DATE", "1993-09-27"),
            ],
        ),
        # a clock written in one word, which spaCy takes for a number
        ("The bomb exploded at 2.10pm.", None, [("2.10pm", "TIME", "XXXX-XX-XXT14:10")]),
        ("It went off at 11.30pm.", None, [("11.30pm", "TIME", "XXXX-XX-XXT23:30")]),
        (
            "He checked in on April 14, 1995 and stayed until the 17th.",
            None,
            [("April 14, 1995", "DATE", "1995-04-14"), ("the 17th", "DATE", "1995-04-17")],
        ),
        # an ordinal that qualifies a noun is no day
        ("The 28th seminar of world political parties was held in Mexico.", None, []),
        (
            "The chairman said that during the period under review the union had grown.",
            None,
            [("the period under review", "DATE", "PAST_REF")],
        ),
        # counted nights are no night of the day last told of
        (
            "On June 3, 1990, the marchers set out and walked for 8 days and 7 nights.",
            None,
            [("June 3, 1990", "DATE", "1990-06-03"), ("8 days", "DURATION", "P8D")],
        ),
        # a weekday named for what happened on it is that day again, and so is the year its
        # story is in
        (
            "The bombs went off on Friday, 21 July 1972, a day that became known as Bloody "
            "Friday. In 1997 a survivor recalled the day on television. The decision to carry out "
            "the Bloody Friday attacks proved to be a disaster. Earlier in the year, the group "
            "had grown.",
            None,
            [
                ("Friday, 21 July 1972", "DATE", "1972-07-21"),
                ("Friday", "DATE", "1972-07-21"),
                ("1997", "DATE", "1997"),
                ("Friday", "DATE", "1972-07-21"),
                ("Earlier in the year", "DATE", "1972"),
            ],
        ),
    ],
)
def test_story_dates_in_parsed_text(
    nlp: Language, text: str, published: dt.date | None, expected: list[tuple[str, str, str]]
) -> None:
    assert _values(_find(nlp, text, published)) == expected


@pytest.mark.parametrize(
    ("text", "anchor", "previous", "value"),
    [
        # a day of the month last mentioned
        ("the 17th", None, "1995-04-14", "1995-04-17"),
        ("on the 15th", None, "1995-04", "1995-04-15"),
        ("the 15th", PUBLISHED, None, "2024-07-15"),  # else of publication's month
        ("the 15th", PUBLISHED, "2023", "XXXX-XX-15"),  # no month to take
        # a weekday in a text with no date of its own: that day or the first after it
        ("on Friday", None, "1974-09-13", "1974-09-13"),
        ("Monday", None, "1974-09-13", "1974-09-16"),
        ("Monday", None, "XXXX-09-13", "XXXX-WXX-1"),  # no year, no weekday
        # the year of the period a story is in, with no publication date to count from
        ("earlier in the year", None, "1972-07-21", "1972"),
        ("later in the month", None, "1972-07-21", "1972-07"),
        ("earlier in the year", None, "XXXX-07-21", "XXXX"),
        ("earlier in the year", PUBLISHED, "1972-07-21", "2024"),
    ],
)
def test_days_told_by_the_story(
    text: str, anchor: dt.date | None, previous: str | None, value: str
) -> None:
    _check(text, ("DATE", value), anchor, previous=previous)


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("that time", "PAST_REF", True),
        ("the time", "FUTURE_REF", True),
        ("That time", "PAST_REF", True),
        ("that day", "2024-07-28", False),
        ("recently", "PAST_REF", False),
    ],
)
def test_time_last_spoken_of_refers_back(text: str, value: str, expected: bool) -> None:
    time = TimeExpression(Mention("a", 0, len(text), text), "DATE", value)
    assert temporal.refers_back(time) is expected
