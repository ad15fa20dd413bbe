@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Kim Jong Un visited the flood-hit areas in Uiju County on August 8.", "Uiju County"),
        ("Kim Jong Un inspected factories in the city of Sinuiju.", "Sinuiju"),
        ("Police arrested two smugglers in the Hyesan area last week.", "Hyesan"),
        ("Families of defectors in Hoeryong will receive pork.", "Hoeryong"),
    ],
)
def test_events_take_the_place_of_their_in_phrase(parse: Parse, text: str, place: str) -> None:
    doc, ctx = parse(text)
    places = {e.place.name for e in extract_events(doc, ctx) if e.place is not None}
    assert places == {place}
