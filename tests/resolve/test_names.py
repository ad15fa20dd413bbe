import pytest

from kg.resolve.names import name_head, qualified_forms


@pytest.mark.parametrize(
    ("name", "places", "text", "expected"),
    [
        # A trailing place the article names on its own: the name it qualifies is an alias.
        (
            "Coast Watch of the Lofoten islands",
            {"lofoten islands"},
            "The Coast Watch of the Lofoten islands said the ferry sank. Coast Watch found it.",
            ["Coast Watch"],
        ),
        # A common noun bare is as often another group of the article.
        (
            "people of Lofoten",
            {"lofoten"},
            "The people of Lofoten fish. People elsewhere farm.",
            [],
        ),
        # The shorter name is another body's, led by its own qualifier: no alias.
        (
            "Labour Party of Norway",
            {"norway"},
            "The Labour Party of Norway met the Danish Labour Party.",
            [],
        ),
        (
            "Harbour Trust Partners of Oslo",
            {"oslo"},
            "Harbour Trust Partners of Oslo bid for the yard. Harbour Trust Partners won.",
            ["Harbour Trust Partners"],
        ),
        # The article never writes the shorter name on its own: no alias.
        (
            "Harbour Trust Partners of Oslo",
            {"oslo"},
            "Harbour Trust Partners of Oslo bid for the yard and won.",
            [],
        ),
        # A body after "of" is no place: "the Central Committee" of one party is not its own.
        (
            "Central Committee of the Labour Party of Norway",
            {"norway"},
            "The Central Committee of the Labour Party of Norway met. The Central Committee voted.",
            [],
        ),
        # A group still qualified by a named place without its trailing country: the same group.
        (
            "trade union officials in North Phyongan Province of the DPRK",
            {"dprk"},
            "Trade union officials in North Phyongan Province of the DPRK met.",
            ["trade union officials in North Phyongan Province"],
        ),
        # Or still qualified by a branch of work.
        (
            "officials in the coal industry sector of the DPRK",
            {"dprk"},
            "Officials in the coal industry sector of the DPRK met.",
            ["officials in the coal industry sector"],
        ),
        # The country ends a longer name the article knows: no alias.
        (
            "members of the Union of Agricultural Workers of Korea",
            {"korea", "union of agricultural workers of korea"},
            "Members of the Union of Agricultural Workers of Korea met.",
            [],
        ),
        # What is left qualifies by a common noun only ("areas" of what?): no alias.
        (
            "farms in the coastal areas of South Phyongan Province",
            {"south phyongan province"},
            "Farms in the coastal areas of South Phyongan Province sowed.",
            [],
        ),
        # The trailing words are no place or body of the article: nothing.
        (
            "officials in charge of planning",
            {"oslo"},
            "Officials in charge of planning met in Oslo.",
            [],
        ),
        # A leading body the alias table knows, and the article's later, shorter name.
        (
            "United Nations Human Rights Council",
            frozenset(),
            "The U.N. Human Rights Council met. The Human Rights Council then voted.",
            ["Human Rights Council"],
        ),
        # The article never writes the shorter name alone: no alias.
        (
            "United Nations Human Rights Council",
            frozenset(),
            "The U.N. Human Rights Council met and voted.",
            [],
        ),
        # A country's state body named by its one common noun, which the article writes alone.
        (
            "DPRK Cabinet",
            {"dprk"},
            "The DPRK Cabinet took measures. The Cabinet convened a meeting.",
            ["Cabinet"],
        ),
        # One word left that names no state body is no name of its own.
        (
            "DPRK Complex",
            {"dprk"},
            "The DPRK Complex was built. The Complex grew.",
            [],
        ),
    ],
)
def test_qualified_forms(name: str, places: set[str], text: str, expected: list[str]) -> None:
    assert list(qualified_forms(name, frozenset(places), frozenset(), text)) == expected


@pytest.mark.parametrize(
    ("name", "head"),
    [
        ("the Sunchon Vinalon Complex", "complex"),
        ("Workers' Party of Korea", "party"),
        ("the Ministry of Foreign Affairs", "ministry"),
        ("the Securities and Exchange Commission", "commission"),
        ("the Chinese consulate in Sinuiju", "consulate"),
        ("the Monument to the Victory", "monument"),
        ("the Ryongsong Machine Complex 2", "complex"),
        ("Pyongyang Department Store No. 1", "store"),
        ("Songchongang Power Station No 3", "station"),
        ("Parliament", "parliament"),
    ],
)
def test_a_names_head_is_the_noun_before_its_phrases_and_number(name: str, head: str) -> None:
    assert name_head(name) == head
