import pytest

from kg.graph import qualified_forms


@pytest.mark.parametrize(
    ("name", "qualifiers", "text", "expected"),
    [
        # A trailing place the article names on its own: the name it qualifies is an alias.
        (
            "police in the Lofoten islands",
            {"lofoten islands"},
            "The police in the Lofoten islands said the ferry sank.",
            ["police"],
        ),
        (
            "Harbour Trust Partners of Oslo",
            {"oslo"},
            "Harbour Trust Partners of Oslo bid for the yard.",
            ["Harbour Trust Partners"],
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
    ],
)
def test_qualified_forms(name: str, qualifiers: set[str], text: str, expected: list[str]) -> None:
    assert list(qualified_forms(name, frozenset(qualifiers), text)) == expected
