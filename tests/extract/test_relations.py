from __future__ import annotations

import pytest

from kg.extract.relations import extract_relations
from tests.conftest import Parse


@pytest.mark.parametrize(
    ("text", "subject", "predicate", "obj"),
    [
        (
            "Kim Yo Jong, the sister of Kim Jong Un, gave the order.",
            "Kim Yo Jong",
            "schema:sibling",
            "Kim Jong Un",
        ),
        (
            "Ri Sol Ju, the wife of Kim Jong Un, attended the concert.",
            "Ri Sol Ju",
            "schema:spouse",
            "Kim Jong Un",
        ),
        ("North Korean leader Kim Jong Un spoke.", "Kim Jong Un", "schema:jobTitle", "leader"),
        (
            "Families in Hoeryong, North Hamgyong Province, received pork.",
            "Hoeryong",
            "schema:containedInPlace",
            "North Hamgyong Province",
        ),
        (
            "Xi Jinping, general secretary of the Central Committee of the Communist Party of"
            " China, sent a message.",
            "Xi Jinping",
            "schema:memberOf",
            "Communist Party of China",
        ),
        (
            "He was accompanied by Ri Chang Ho, director of the General Reconnaissance Bureau of"
            " the Korean People's Army.",
            "Ri Chang Ho",
            "schema:memberOf",
            "General Reconnaissance Bureau of the Korean People's Army",
        ),
        (
            "Present there were Secretaries of the Central Committee of the Workers' Party of"
            " Korea Jo Yong Won, Ri Il Hwan and Pak Thae Song.",
            "Pak Thae Song",
            "schema:memberOf",
            "Central Committee of the Workers' Party of Korea",
        ),
        (
            "They were seen off by Vice Foreign Minister Kim Jong Gyu.",
            "Kim Jong Gyu",
            "schema:jobTitle",
            "vice foreign minister",
        ),
        (
            "They were greeted by Russian Ambassador to the DPRK Alexandr Matsegora.",
            "Alexandr Matsegora",
            "schema:jobTitle",
            "Russian Ambassador",
        ),
        (
            "Special envoy of the DPRK government Ri Ho Jun laid a wreath.",
            "Ri Ho Jun",
            "schema:jobTitle",
            "Special envoy",
        ),
        (
            "He was accompanied by Jo Yong Won, Ri Pyong Chol and other senior officials of the"
            " C.C., WPK.",
            "Jo Yong Won",
            "schema:memberOf",
            "Central Committee of the Workers' Party of Korea",
        ),
        (
            "He was met by Kim Yong Bok and Ri Chang Ho, deputy chiefs of the KPA General Staff.",
            "Kim Yong Bok",
            "schema:jobTitle",
            "deputy chief of the KPA General Staff",
        ),
        (
            "He met the Standing Committee of the Supreme People's Assembly.",
            "Standing Committee of the Supreme People's Assembly",
            "schema:memberOf",
            "Supreme People's Assembly",
        ),
        (
            "Ri Ho Jun, charge d'affaires ad interim of the DPRK embassy in Hanoi, visited.",
            "Ri Ho Jun",
            "schema:memberOf",
            "DPRK embassy in Hanoi",
        ),
        # Offices of several words before a name.
        (
            "Magistrate Judge Marianne Bowler ordered him held until trial.",
            "Marianne Bowler",
            "schema:jobTitle",
            "Magistrate Judge",
        ),
        (
            "The Venezuelan Attorney General Tarek William Saab said Tuesday that 34 people were"
            " involved.",
            "Tarek William Saab",
            "schema:jobTitle",
            "Attorney General",
        ),
        (
            "U.S. Secretary of Defense Ash Carter responded to the bombing.",
            "Ash Carter",
            "schema:jobTitle",
            "Secretary of Defense",
        ),
        (
            "He was questioned by defense attorney Edward Hayden on Tuesday.",
            "Edward Hayden",
            "schema:jobTitle",
            "defense attorney",
        ),
        # The body named before the office.
        (
            "Hayden asked FBI Special Agent Timothy McElroy if there was any evidence.",
            "Timothy McElroy",
            "schema:memberOf",
            "Federal Bureau of Investigation",
        ),
        (
            "The Bolivarian National Guard (GNB) Division General Alejandro Pérez was indicted.",
            "Alejandro Pérez",
            "schema:memberOf",
            "Bolivarian National Guard",
        ),
        # A body alone in the list item after a name.
        (
            "Killed: Special Agent Peter W. Taub, U.S. Air Force Office of Special"
            " Investigations, US.",
            "Peter W. Taub",
            "schema:memberOf",
            "U.S. Air Force Office of Special Investigations",
        ),
        # An office in apposition before the name.
        (
            "On Friday, the French president, Emmanuel Macron, called the explosion an attack.",
            "Emmanuel Macron",
            "schema:jobTitle",
            "French president",
        ),
        (
            "The Minister of Health, Nancy Perez, spoke today on the status of two diseases.",
            "Nancy Perez",
            "schema:jobTitle",
            "Minister of Health",
        ),
        (
            "It was hard, says Trek's president, Dick Burke.",
            "Dick Burke",
            "schema:jobTitle",
            "president",
        ),
        # An abbreviated office, written out.
        (
            'Gov. Tarek el Aissami said, "I need to start by denying it."',
            "Tarek el Aissami",
            "schema:jobTitle",
            "governor",
        ),
        # Kin named beside a possessed kinship noun, both ways when the kinship is mutual.
        (
            "He had dinner with Dzhokhar Tsarnaev and his brother, Tamerlan Tsarnaev, that night.",
            "Dzhokhar Tsarnaev",
            "schema:sibling",
            "Tamerlan Tsarnaev",
        ),
        (
            "Kim Jong Un and his wife Ri Sol Ju watched the concert.",
            "Ri Sol Ju",
            "schema:spouse",
            "Kim Jong Un",
        ),
        (
            "The sisters, Anna Smith and Mary Smith, were arrested.",
            "Mary Smith",
            "schema:sibling",
            "Anna Smith",
        ),
    ],
)
def test_relations_from_appositions(
    parse: Parse, text: str, subject: str, predicate: str, obj: str
) -> None:
    doc, ctx = parse(text)
    found = {
        (r.subject.name, r.predicate, r.object if isinstance(r.object, str) else r.object.name)
        for r in extract_relations(doc, ctx)
    }
    assert (subject, predicate, obj) in found


def test_titles_of_listed_officials(parse: Parse) -> None:
    text = (
        "He was accompanied by Jo Yong Won, Pak Jong Chon and Pak Thae Song, secretaries of "
        "the Central Committee of the Workers' Party of Korea."
    )
    doc, ctx = parse(text)
    relations = list(extract_relations(doc, ctx))
    titled = {r.subject.name for r in relations if r.predicate == "schema:jobTitle"}
    members = {r.subject.name for r in relations if r.predicate == "schema:memberOf"}
    assert {"Jo Yong Won", "Pak Jong Chon", "Pak Thae Song"} <= titled
    assert {"Jo Yong Won", "Pak Jong Chon", "Pak Thae Song"} <= members


@pytest.mark.parametrize(
    ("text", "subject", "title"),
    [
        # A title written before the next name is that name's, not the one before it.
        (
            "On August 13, lawmaker Juan Requesens, Colonel Pedro Zambrano and Luis Guerra were"
            " indicted.",
            "Juan Requesens",
            "Colonel",
        ),
        # An epithet in apposition is no office.
        (
            "It was created by the great leader, Kim Il Sung, long ago.",
            "Kim Il Sung",
            "great leader",
        ),
    ],
)
def test_words_that_are_no_title_of_the_person(
    parse: Parse, text: str, subject: str, title: str
) -> None:
    doc, ctx = parse(text)
    titles = {
        r.object
        for r in extract_relations(doc, ctx)
        if r.predicate == "schema:jobTitle" and r.subject.name == subject
    }
    assert title not in titles and title.casefold() not in titles


@pytest.mark.parametrize(
    ("text", "subject", "predicate", "obj"),
    [
        # A list of those met, not a person's body.
        (
            "Kerry met John Smith, the State Department, and the Pentagon on Monday.",
            "John Smith",
            "schema:memberOf",
            "State Department",
        ),
        # A dash closes the aside the title is in.
        (
            "The government allowed one critic — Leopoldo López, the former mayor of Caracas —"
            " to exchange his jail cell for house arrest.",
            "Leopoldo López",
            "schema:jobTitle",
            "the former mayor of Caracas — to",
        ),
        # A title written before the next name.
        (
            "Lawmaker Juan Requesens, Colonel Pedro Zambrano and Luis Guerra were indicted.",
            "Juan Requesens",
            "schema:jobTitle",
            "Colonel",
        ),
    ],
)
def test_relations_not_stated(
    parse: Parse, text: str, subject: str, predicate: str, obj: str
) -> None:
    doc, ctx = parse(text)
    found = {
        (r.subject.name, r.predicate, r.object if isinstance(r.object, str) else r.object.name)
        for r in extract_relations(doc, ctx)
    }
    assert (subject, predicate, obj) not in found
