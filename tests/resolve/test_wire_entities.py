"""Entities of wire copy: one name is one entity of one type; captions and headlines name none."""

from __future__ import annotations

import pytest

from kg.model import Entity, EntityKind
from kg.resolve.entities import name_with_country_spelled
from kg.resolve.names import known_entity
from tests.conftest import Parse


def _kinds(parse: Parse, text: str) -> dict[str, set[str]]:
    _, ctx = parse(text)
    kinds: dict[str, set[str]] = {}
    for mention in ctx.entities.mentions:
        kinds.setdefault(mention.entity.name, set()).add(mention.entity.kind.value)
    return kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # The model types the full name an organisation, its later surname a person.
        (
            "The head of the infectious diseases department at the Hospital Universitario de "
            "Caracas, Maria Eugenia Landaeta, called on the government today to declare the "
            "outbreak an emergency. Landaeta said:\nIt is the first thing you should do.\n"
            "Landaeta also speculated that the deaths were caused by the virus.",
            "Maria Eugenia Landaeta",
        ),
        # A role noun before the name.
        (
            "The rally was organized by radical preacher Anjem Choudary, a convicted extremist.",
            "Anjem Choudary",
        ),
        # A name the model types a person once and a body or a place once.
        (
            "On August 13, lawmaker Juan Trujillo was charged with crimes. The prosecutor "
            "spoke about the leak of videos of Juan Trujillo.",
            "Juan Trujillo",
        ),
        # The end of a full name, with its particle ("el Haddad" of "Omar el Haddad").
        (
            'Gov. Omar el Haddad said, "I am sure." Later, el Haddad said about the '
            "hospital that it was closed.",
            "Omar el Haddad",
        ),
        # A surname ending in "s" that the model once tags a nationality is no people's name.
        (
            "Weary of waiting for another flight, Hungarian pilot Bertalan Juhas plans to move "
            "to Canada and open a flying school, he told reporters Monday. A cheerful Juhas said "
            "on the radio that he still felt fit. With a Canadian partner, Juhas founded a charter "
            "firm. Juhas will run its office in Toronto. Juhas, a former test pilot, flew jets for "
            "twenty years. In 1990, Juhas was made a colonel. Last spring, police cited Juhas for "
            "speeding.",
            "Bertalan Juhas",
        ),
    ],
)
def test_a_persons_name_is_a_person_in_every_mention(parse: Parse, text: str, name: str) -> None:
    kinds = _kinds(parse, text)
    assert kinds.get(name) == {"Person"}
    assert not {n for n, k in kinds.items() if n != name and name.endswith(n) and k}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Eight soldiers were killed in an attack near Bagram Airfield in Afghanistan.\n"
            "* 2007 Bagram Airfield bombing\n* 2014 Bagram Airfield bombing",
            "Bagram Airfield",
        ),
    ],
)
def test_a_place_ending_in_a_common_word_stays_a_place(parse: Parse, text: str, place: str) -> None:
    kinds = _kinds(parse, text)
    assert kinds.get(place) == {"Place"}
    assert place.split()[-1] not in kinds  # "Airfield" alone is the same place


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        # A photograph's credit.
        (
            "Police released images from CCTV showing a man wanted in connection with the "
            "explosion. Photograph: Police National/Handout/EPA\nThe suspect fled.",
            "Police National/Handout/EPA",
            None,
        ),
        # A caption's marker before a name.
        (
            "FILE-Salman Abedi is seen in an undated photo.\nSalman Abedi, 22, was born in "
            "Manchester.",
            "FILE-Salman Abedi",
            "Salman Abedi",
        ),
        # A title-case headline whose words the article writes in lower case.
        (
            "Kyrgyzstan National Pleads Not Guilty in Hampering Boston Bomb Probe\n"
            "BOSTON - A man from Kyrgyzstan pleaded not guilty on Tuesday to hampering the "
            "investigation of the bomb attack in Boston.",
            "Kyrgyzstan National Pleads Not Guilty",
            "Boston",
        ),
    ],
)
def test_captions_and_headlines_name_no_entity(
    parse: Parse, text: str, absent: str, present: str | None
) -> None:
    kinds = _kinds(parse, text)
    assert not any(absent.casefold() in name.casefold() for name in kinds if " " in name)
    if present is not None:
        assert present in kinds


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # An acronym hyphened to a name before a body's head noun is a word of the body's name.
        (
            "To accommodate Moscow, NATO created the NATO-Russia Council as a consultative body.",
            "NATO-Russia Council",
            "Organization",
        ),
        (
            "Ministers met at the EU-Russia Council in Luxembourg on Monday.",
            "EU-Russia Council",
            "Organization",
        ),
        (
            "The US-China Business Council said American exports rose in March.",
            "US-China Business Council",
            "Organization",
        ),
        # A person's surname and "and" before a body's name are no words of it.
        (
            "Attorney General Janet Reno met the family on Monday. The grandmothers sent a "
            "letter to Reno and Immigration and Naturalization Service Commissioner Doris "
            "Meissner asking for the boy's return.",
            "Immigration and Naturalization Service",
            "Organization",
        ),
        # A surname written with inner capitals is one word ("Garland", "DeSantis").
        (
            "Florida Governor Ron DeSantis signed the bill on Friday. DeSantis said the law "
            "protected life.",
            "Ron DeSantis",
            "Person",
        ),
        (
            "The FBI agent, Timothy Garland, testified on Tuesday. \"There's nothing in here, "
            'no," said Garland, consulting court papers.',
            "Timothy Garland",
            "Person",
        ),
        # A division noun in lower case after the name.
        (
            "Four militants were killed in neighboring Shah Wali Kot district when a vehicle "
            "they were traveling touched off an IED.",
            "Shah Wali Kot",
            "Place",
        ),
        # A town after a name's head noun, left out by the model.
        (
            "According to the newspaper El Nacional, the crisis arose in Central Hospital of "
            "Maracay where personnel were seen with mouth covers.",
            "Central Hospital of Maracay",
            "Place",
        ),
        # A leader's surname before the body the leader heads.
        (
            "On Wednesday, the Trump administration targeted 13 more Venezuelan officials.",
            "Trump",
            "Person",
        ),
        # An agency's name the gazetteer also knows as a town.
        (
            "KANDAHAR, Afghanistan, Oct. 3 (Xinhua) -- Seven Taliban militants were killed in "
            "two accidental explosions, Xinhua reported.",
            "Xinhua News Agency",
            "Organization",
        ),
        # A social network the model takes for a person.
        (
            "Zabiullah Mujahid, the spokesperson for the Taliban, claimed they were responsible "
            "for the attack via Twitter and e-mail.",
            "Twitter",
            "Organization",
        ),
        # A bank named by an ordinal word and a city.
        (
            "Shares of the chip maker fell 5%, and Laura Pettit, an analyst at First Chicago, "
            "said she is cutting her earnings estimate.",
            "First Chicago",
            "Organization",
        ),
        # An ordinal inside a firm's name: before a city, or before the firm's own name and
        # its kind.
        (
            "Paul Weber, an economist at Credit Suisse First Boston in Zurich, said rates would "
            "rise.",
            "Credit Suisse First Boston",
            "Organization",
        ),
        (
            "Maria Lopez, an officer at Dallas-based 2nd Republic Bank, was named chairman of "
            "Harbor Savings Corp.",
            "2nd Republic Bank",
            "Organization",
        ),
        (
            "The loans were sold to First Citizens Bank last month, a spokesman said.",
            "First Citizens Bank",
            "Organization",
        ),
        # A body's name ending in a common head the model does not know it by.
        (
            "Last month, Canadian Bond Rating Service cut the grocer's commercial paper rating.",
            "Canadian Bond Rating Service",
            "Organization",
        ),
        (
            "Calls were made to the Samaritans, the Harbour Patrol Service and Civil Defence "
            "Service an hour before the blast.",
            "Civil Defence Service",
            "Organization",
        ),
        # A city's name with particles in lower case, hyphened, which the model cuts.
        (
            "Aid workers in Kampala, Uganda, and Dar-es-Salaam, Tanzania, handed out food.",
            "Dar es Salaam",
            "Place",
        ),
        # A site after the possessive of the town or state it is in.
        (
            "The van was found abandoned at Ohio's Dayton International Airport on Monday.",
            "Dayton International Airport",
            "Place",
        ),
        (
            "Thousands of pupils filled Caracas's Plaza of the Republic to cheer the leader.",
            "Caracas",
            "Place",
        ),
        # A site named for a saint, its head a church's.
        (
            "In his Easter sermon at St. Andrew's Cathedral in Glasgow, the bishop spoke.",
            "St. Andrew's Cathedral",
            "Place",
        ),
        # A name beside the common noun of the news medium it names.
        ("The Yomiuri newspaper said the minister would resign.", "Yomiuri", "Organization"),
        (
            "The newspaper of the ruling party, daily Marta, published a letter on Thursday.",
            "Marta",
            "Organization",
        ),
        # A body's name before the number of a resolution it passed.
        (
            "The envoy urged respect for Security Council Resolution 242 on Monday.",
            "Security Council",
            "Organization",
        ),
        # A word of size or position that opens a district's name.
        (
            "Crowds gathered outside the Little Manila home where the girl has lived.",
            "Little Manila",
            "Place",
        ),
        # A town the model types a person where it owns something, a place where things happen
        # in it: one place.
        (
            "Police fired tear gas in Derry on Sunday. Seven marchers were hurt, Derry's police "
            "said.",
            "Derry",
            "Place",
        ),
        # A unit named for a town, whatever the model took it for; one named for a larger
        # place is the place, the unit's market.
        (
            "Halvern Foods Co. said it would sell its Del Mar unit to a group of investors for"
            " $40 million.",
            "Del Mar",
            "Organization",
        ),
        (
            "Halvern Foods Co. said its Texas unit lost money in the third quarter.",
            "Texas",
            "Place",
        ),
        # A city's name that is a person's surname, where no preposition puts it anywhere, is
        # the person's ("to Leon" stays the city).
        (
            "But Maria Leon, an oil analyst with Smith Barney, disagreed. Ms. Leon of Smith "
            "Barney expects prices to rise.",
            "Maria Leon",
            "Person",
        ),
        (
            "Oil analyst Carla Toledo sees no relief. Ms. Toledo of PaineWebber expects demand "
            "to slow.",
            "Carla Toledo",
            "Person",
        ),
        # A firm's town with its state after "in" is the firm's seat, no word of its name.
        (
            '"We are pleased," said Ann Cole, president of Harlan Foods in Purchase, N.Y.',
            "Purchase",
            "Place",
        ),
        # A thrift's name ending in two kinds of firm, whatever person's name opens it.
        (
            "Benjamin Rush Federal Savings Bank said it plans to sell two branches.",
            "Benjamin Rush Federal Savings Bank",
            "Organization",
        ),
        # A foreign firm's legal form ends its name, written in capitals or not.
        (
            "The bank said it had lent $20 million to Valmet Oy last year.",
            "Valmet Oy",
            "Organization",
        ),
        (
            "Elsevier NV sold the minority stake five years ago in a share offering.",
            "Elsevier NV",
            "Organization",
        ),
        (
            "Toyota Motor KK sold its stake in the parts maker last year.",
            "Toyota Motor KK",
            "Organization",
        ),
        # Three names opening with a given name are a person's, whatever the model tagged.
        (
            "They were charged with complicity in the assassination of Luis Carrero Blanco one"
            " year before.",
            "Luis Carrero Blanco",
            "Person",
        ),
        ("Philip Morris said its profits rose.", "Philip Morris", "Organization"),
        # A campaigning body named by its people and its cause, cut by the model at the
        # preposition.
        (
            "Jose Basulto, the founder of Brothers to the Rescue, flew over Havana in 1996.",
            "Brothers to the Rescue",
            "Organization",
        ),
        (
            "Grover Norquist of Americans for Tax Reform said the tax would hurt families.",
            "Americans for Tax Reform",
            "Organization",
        ),
        # Its people named by a noun for one of them, and a cause the model took for a place.
        (
            "Ann Hollis of Britons for a Constitutional Republic said the vote was near.",
            "Britons for a Constitutional Republic",
            "Organization",
        ),
        # The body a part is of, whose unknown name the model took for a place's.
        (
            "Kelli Conlin, who heads the state affiliate of Naral, spoke at the rally.",
            "Naral",
            "Organization",
        ),
        # A nickname in quotation marks inside a person's name.
        (
            "Crowds carried portraits of guerrilla leader Ernesto ``Che'' Guevara through the"
            " square.",
            "Ernesto Che Guevara",
            "Person",
        ),
        (
            'Prosecutors said Joaquin "Shorty" Guzman ran the cartel for years.',
            "Joaquin Shorty Guzman",
            "Person",
        ),
        # A name a speaker gives as their own is a person's.
        (
            "From member station KQED, Auncil Martinez reports. For NPR news, I'm Auncil"
            " Martinez reporting.",
            "Auncil Martinez",
            "Person",
        ),
    ],
)
def test_wire_names_whole_and_typed(parse: Parse, text: str, name: str, kind: str) -> None:
    kinds = _kinds(parse, text)
    assert kinds.get(name) == {kind}, kinds
    assert not any(n != name and n in name for n in kinds if len(n) > 3 and n.isalpha()), kinds


def test_a_persons_surname_shared_by_a_place_stays_the_persons(parse: Parse) -> None:
    text = "Whitney Houston sang in Houston on Friday. Houston said she would return next year."
    kinds = _kinds(parse, text)
    assert kinds.get("Whitney Houston") == {"Person"}, kinds
    assert kinds.get("Houston") == {"Place"}, kinds
    assert "Houston" in _aliases(parse, text)["Whitney Houston"]


def _assert_kinds(kinds: dict[str, set[str]], present: dict[str, str], absent: set[str]) -> None:
    """Each name `present` is of its kind alone; no name `absent` is an entity."""
    for name, kind in present.items():
        assert kinds.get(name) == {kind}, kinds
    assert not absent & set(kinds), kinds


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # A rank's abbreviation is a title, not the end of a body's name.
        (
            "US Army Col. John Smith said the base was attacked.",
            {"United States Army": "Organization", "John Smith": "Person"},
            {"US Army Col", "Col. John Smith"},
        ),
        # Two bodies joined by a slash are two names.
        (
            "In a Boston Globe/NBC News survey taken on Sunday, most voters backed the plan.",
            {"Boston Globe": "Organization", "NBC News": "Organization"},
            {"Boston Globe/NBC News"},
        ),
        # The name an "anti-" prefix joins is no part of the body's name after it.
        (
            "The girl's uncle, backed by the anti-Ortega Nicaraguan Freedom League, went to court.",
            {"Nicaraguan Freedom League": "Organization"},
            {"Ortega Nicaraguan Freedom League"},
        ),
        # A body named again without the words that say whose it is.
        (
            "The Polish Foreign Ministry said the embassy would close. Polish Foreign Ministry"
            " spokesman Jan Nowak said staff would leave.",
            {"Polish Foreign Ministry": "Organization", "Jan Nowak": "Person"},
            {"Foreign Ministry"},
        ),
        (
            "The head of the National Electoral Board spoke on Monday. We need a new Electoral"
            " Board, she said.",
            {"National Electoral Board": "Organization"},
            {"Electoral Board"},
        ),
        # A nation's body named without its nation, where another nation's is named, is the
        # reporter's own.
        (
            "The Cambodian Foreign Ministry sent a message. A spokesman for the Foreign Ministry"
            " said the visit was a success.",
            {"Cambodian Foreign Ministry": "Organization", "Foreign Ministry": "Organization"},
            set(),
        ),
        # A body named without the head word that makes it a site.
        (
            'The trend is clear, said Ana Ruiz, an archivist at Boston Public Library. "The'
            " families have become a lifeline,\" said Boston Public's Ruiz.",
            {"Boston Public Library": "Organization"},
            {"Boston Public"},
        ),
        # A party is no shortened name of its committee.
        (
            "A message came from the Central Committee of the Socialist Party of Chile. The"
            " Socialist Party of Chile was founded in 1933.",
            {
                "Central Committee of the Socialist Party of Chile": "Organization",
                "Socialist Party of Chile": "Organization",
            },
            set(),
        ),
        # A title the model took for a person.
        (
            "The former Stormont Cabinet Minister said the party would not return.",
            {},
            {"Stormont Cabinet", "Stormont Cabinet Minister"},
        ),
        (
            "Mr Alan Burke, leader of Ulster Unity, and a former Stormont Cabinet Minister,"
            " called for its resumption.",
            {"Alan Burke": "Person"},
            {"Stormont Cabinet Minister"},
        ),
        # The end of a title written across the start of its holder's name.
        (
            "Shares fell after Chancellor of the Exchequer Colin Redfern's resignation.",
            {"Colin Redfern": "Person"},
            {"Exchequer Colin Redfern"},
        ),
        # What an office is of is a body, whatever the model took it for.
        (
            "Mr Alan Burke, leader of Ulster Unity, called for its resumption.",
            {"Ulster Unity": "Organization", "Alan Burke": "Person"},
            set(),
        ),
        # Acronyms of things, not bodies.
        (
            "Police reviewed CCTV footage and seized his SIM card. An RPG launcher was found.",
            {},
            {"CCTV", "SIM", "RPG"},
        ),
        (
            "China's state broadcaster CCTV reported the launch on Monday.",
            {"CCTV": "Organization"},
            set(),
        ),
        # A common noun opening a caption's line.
        (
            "Firms were asked to run checks with the police.\nFILE - Police attend to an incident "
            "on London Bridge.",
            {"London Bridge": "Place"},
            {"Police", "FILE"},
        ),
        # Words of an office written across a body's name are no body.
        (
            "Magistrate Judge Harriet Quayle ordered Batyrov held until trial.",
            {"Harriet Quayle": "Person"},
            {"Magistrate"},
        ),
        (
            "U.S. Secretary of Defense Bill Rankin responded to the raid.",
            {"Bill Rankin": "Person"},
            {"Defense"},
        ),
        # The body serving a post named in capitals, with its possessive.
        (
            "The Public Prosecutor's office has delivered the information to Interpol.",
            {"Public Prosecutor's office": "Organization", "Interpol": "Organization"},
            {"Public Prosecutor"},
        ),
        (
            "The governor called on the Attorney General's office to investigate him.",
            {"Attorney General's office": "Organization"},
            set(),
        ),
        # An acronym before a rank is the body the article defined it for.
        (
            "The Bolivarian National Guard (GNB) was deployed. GNB Brigade General Nestor "
            "Ramiro Gil Arteaga was also detained on Monday.",
            {"Bolivarian National Guard": "Organization"},
            {"GNB Brigade"},
        ),
        # Titles capitalised before names, one of them ending in a site's head noun.
        (
            "Treasurer Mark Devlin, Environment Minister Anna Hill and Defence Minister Ian Reed"
            " all voted to support the republic.",
            {"Mark Devlin": "Person", "Anna Hill": "Person"},
            {"Treasurer Mark Devlin", "Environment Minister Anna Hill"},
        ),
        # A body's common noun capitalised after "in" is the body, no place.
        (
            "Even in his own Cabinet, the prime minister is becoming increasingly isolated.",
            {"Cabinet": "Organization"},
            set(),
        ),
        # A law is a document, no body.
        (
            "The doctor could be charged under the Equal Access to Health Clinics Act, which"
            " provides for a sentence of up to life.",
            {},
            {"Equal Access to Health Clinics Act"},
        ),
        # A post's holder after the country the post is of, run on by the model.
        (
            "Rescue teams worked in the rubble as the Ugandan foreign minister and American"
            " ambassador to Uganda Nancy Fieldman were treated for injuries.",
            {"Nancy Fieldman": "Person"},
            {"Uganda Nancy Fieldman"},
        ),
        # A surname alone before "family" names the family, a group, not a person.
        (
            "The stake is held by the Hartley family of Denver and the Voss family.",
            {"Voss family": "Group", "Denver": "Place"},
            {"Hartley", "Voss"},
        ),
        # Products named by their brands, not their makers.
        (
            "Analysts say much of Hartwell's decline has been in such core brands as Sugar"
            " Crisps, Oat Krunchies and Honey Rings, which make up a third of its sales.",
            {"Hartwell": "Organization"},
            {"Sugar Crisps", "Oat Krunchies", "Honey Rings"},
        ),
        (
            "Rivals priced their beer as much as 25 cents a 12-pack below Brauer's Amstel"
            " label in many markets.",
            {},
            {"Amstel"},
        ),
        # A country's name with a nationality ending is an adjective, whatever the model took
        # it for.
        (
            "A port agent said there was no traffic in Kuwaiti or Iraqi harbours and that trade"
            " was slowing in the Gulf.",
            {},
            {"Kuwaiti"},
        ),
        (
            "The envoy said the Kuwaiti appeal gives Britain and other states a legal basis for"
            " the embargo. Troops later crossed into Kuwait.",
            {"Kuwait": "Place"},
            {"Kuwaiti"},
        ),
        # A market's index or paper, named after a body, names no body.
        (
            "Stocks rose, pushing the Dow Jones industrial average up 72 points, and the yield on"
            " the 30-year Treasury bond fell.",
            {},
            {"Dow Jones", "Treasury"},
        ),
        (
            "The fund returned 3.3%, against 3.6% for the Big Board Composite and 4.1% for the"
            " Salomon Brothers Broad Investment-Grade Index.",
            {},
            {"Big Board Composite", "Salomon Brothers Broad Investment-Grade Index"},
        ),
        (
            "The thrift holds $400 million of junk bonds and Treasury securities. The Treasury"
            " said it will sell $10 billion of notes.",
            {"Treasury": "Organization"},
            set(),
        ),
        # A rank the sentence splitter cut from the name after it.
        (
            "Citing one case, Sgt. Paul Wendt said the car had been found near the river.",
            {"Paul Wendt": "Person"},
            {"Sgt", "Sgt."},
        ),
        # An adjective in lower case run on to a place's name.
        (
            "The treaty ended a long trans-Atlantic dispute over fishing rights near Iceland.",
            {"Iceland": "Place"},
            {"trans-Atlantic"},
        ),
        # Two firms listed, the model's two bodies, are no one firm.
        (
            "Among other things, Packcorp is involved in recycling foam products. A joint venture"
            " involving units of Packcorp and Exxon Corp. opened the first U.S. recycling plant.",
            {"Packcorp": "Organization", "Exxon Corp.": "Organization"},
            {"Packcorp and Exxon Corp."},
        ),
        # A number and a participle written as one word before a firm's name.
        (
            "Ron Dalby Industries Ltd., owned by entrepreneur Ronald Dalby, said it intends to seek"
            " control of 30%-owned Packcorp Inc., a Toronto packaging concern.",
            {"Packcorp Inc.": "Organization", "Ronald Dalby": "Person"},
            {"30%-owned Packcorp Inc."},
        ),
        # A town before a comma and a state's abbreviation.
        (
            "Unisys lost money again. On top of that, the Blue Ash, Ohio, concern took a $230"
            " million charge. The King of Prussia, Pa., concern took a charge too.",
            {"King of Prussia": "Place", "Blue Ash": "Place"},
            set(),
        ),
        # A state's abbreviation ending a sentence, and the name that opens the next.
        (
            "Harwood Operations Ltd. owns a stake in Dunkin' Donuts Inc. Dunkin' is based in"
            " Randolph, Mass. Harwood, a food services chain, owns the rest.",
            {"Massachusetts": "Place", "Harwood Operations Ltd.": "Organization"},
            {"Mass. Harwood"},
        ),
        (
            "The chain is based in Randolph, Mass. Cara, a food services chain, owns the rest.",
            {"Massachusetts": "Place", "Randolph": "Place"},
            {"Mass. Cara"},
        ),
        # A country named alone is no firm named after it.
        (
            "Japan Airlines said it would add flights to Seoul. Japan protested the decision on"
            " Monday.",
            {"Japan": "Place", "Japan Airlines": "Organization"},
            set(),
        ),
        # A country's word the gazetteer lacks alone is the country too, not the firm.
        (
            "Korea Steel Co. opened a new plant in Busan on Monday. Korea said the plant would"
            " employ 500 workers.",
            {"Korea": "Place", "Korea Steel Co.": "Organization"},
            set(),
        ),
        # A firm's name ending in "s" and written with "'s" is no people's plural.
        (
            "Shareholders rejected the Credibas bid. Credibas's offer values the company at $2"
            " billion. The Credibas offer expires Friday.",
            {"Credibas": "Organization"},
            set(),
        ),
        # An embassy an attack hits or takes place at is the building, no body; the town it
        # stands in stays a place.
        (
            "A car bomb attack outside the British embassy in Lima killed four guards.",
            {"Lima": "Place"},
            {"British embassy in Lima", "British embassy"},
        ),
        (
            "Twelve people were killed in the Lima embassy bombing.",
            {"Lima": "Place"},
            {"Lima embassy"},
        ),
        (
            "The blast badly damaged the French embassy in Beirut on Monday.",
            {"Beirut": "Place"},
            {"French embassy in Beirut", "French embassy"},
        ),
        # Where it speaks, it is the body.
        (
            "The bombs went off at dawn. The British embassy in Lima said four guards died.",
            {"British embassy in Lima": "Organization"},
            set(),
        ),
        # One the words name as a building (reached, its gate) is the building too.
        (
            "Riot police stopped the marchers from reaching the Greek consulate in Izmir.",
            {"Izmir": "Place"},
            {"Greek consulate in Izmir", "Greek consulate"},
        ),
        (
            "Later, students laid flowers at the gate of the Greek embassy in Ankara.",
            {"Ankara": "Place"},
            {"Greek embassy in Ankara", "Greek embassy"},
        ),
        # A nationality adjective of the noun a name modifies is no word of the name.
        (
            "The United States lost a Libyan World Court case on Friday.",
            {"International Court of Justice": "Organization"},
            {"Libyan World Court"},
        ),
        (
            "At least 20 people were killed in clashes between Serb police and ethnic Albanians"
            " in southern Serb Kosovo province.",
            {"Kosovo": "Place"},
            {"Serb Kosovo"},
        ),
        # A court named by its common noun alone is not listed, as no group either.
        (
            "A state court convicted him in 1991. The Helsinki court declined to comment.",
            {"Helsinki": "Place"},
            {"state court", "Helsinki court", "court"},
        ),
        # A body's possessive before a document's or an honour's noun: the owner.
        (
            "The guard received the Interior Ministry's award for bravery on Friday.",
            {"Interior Ministry": "Organization"},
            set(),
        ),
        # The reporting verb that opens a sentence before a long title.
        (
            "The talks ended late. Replied Foreign Ministry spokesman Tom Hale, ``We will see.''",
            {"Foreign Ministry": "Organization", "Tom Hale": "Person"},
            {"Replied Foreign Ministry"},
        ),
        (
            'The vote was close. Added Interior Ministry official Ana Ruiz, "It was fair."',
            {"Interior Ministry": "Organization", "Ana Ruiz": "Person"},
            {"Added Interior Ministry"},
        ),
        # Two countries a hyphen joins, each a side of what follows.
        (
            "The U.S.-ROK naval drills resumed near the coast on Tuesday.",
            {"United States": "Place", "Republic of Korea": "Place"},
            {"U.S.-ROK"},
        ),
        (
            "Officials praised the U.S.-South Korea alliance at the dinner.",
            {"United States": "Place", "Republic of Korea": "Place"},
            {"U.S.-South Korea"},
        ),
        # A body named for two places joined by "and", which the model cuts at the "and";
        # a place that qualifies what follows is a name of its own.
        (
            "The Socialist Party of Bohemia and Moravia lost two seats in the vote.",
            {"Socialist Party of Bohemia and Moravia": "Organization"},
            {"Socialist Party of Bohemia", "Moravia"},
        ),
        (
            "The University of Texas and Oklahoma officials met on Monday.",
            {"University of Texas": "Organization"},
            {"University of Texas and Oklahoma"},
        ),
        # A well-known body joined to a country: each is a side.
        (
            "The U.N.-Libya accord on monitors was signed on Friday.",
            {"United Nations": "Organization", "Libya": "Place"},
            {"U.N.-Libya"},
        ),
        # A prefix's hyphen or a name's joins no two countries.
        (
            "The puppets staged anti-DPRK drills again, said the All-India Forward Bloc.",
            {"All-India Forward Bloc": "Organization"},
            {"India", "Democratic People's Republic of Korea"},
        ),
        # A title the model ran into the body's name before the person who holds it.
        (
            "The ruling was announced on Friday by FMC Commissioner Ann Lowry. The Federal"
            " Maritime Commission said the fares would be refunded.",
            {"Federal Maritime Commission": "Organization", "Ann Lowry": "Person"},
            {"FMC Commissioner"},
        ),
        # A craft's model before the noun of what it is.
        (
            "The plant will resume building An-124 cargo planes next year, the ministry said.",
            {},
            {"An-124"},
        ),
        # A capitalised word opening a sentence before the noun it qualifies; a person's
        # surname so placed stays the person.
        (
            "Protesters threw stones at the march on Saturday. Riot police in armored vans "
            "pushed the crowd back.",
            {},
            {"Riot"},
        ),
        (
            "Senator Bill Clinton spoke on Monday. Clinton aides said the plan was dead.",
            {"Bill Clinton": "Person"},
            {"Clinton"},
        ),
        # An ordinal before the kind of firm alone, cut from the firm's full name.
        (
            "Another analyst, Ruth Ames of Wheat, First Securities in Richmond, Va., cut her "
            "estimate.",
            {"Ruth Ames": "Person"},
            {"First Securities"},
        ),
        # A title of two words the model cut after its first word, run into the country's name.
        (
            "U.S. Surgeon General Joycelyn Elders on Monday led a team of doctors to Haiti.",
            {"Joycelyn Elders": "Person", "United States": "Place"},
            {"United States Surgeon", "U.S. Surgeon"},
        ),
        # A transcript runs the person's name into the call sign spoken after it; a
        # numeral ending a name stays.
        (
            "Controllers spoke with KLM captain Jan Visser KLM six hundred descend maintain one"
            " zero thousand.",
            {"Jan Visser": "Person"},
            {"Jan Visser KLM"},
        ),
        (
            "Col. Myles Caggins III, a coalition spokesman, said the base was safe.",
            {"Myles Caggins III": "Person"},
            {"Myles Caggins"},
        ),
        # What is left of the body is not a country: no place is made of it.
        (
            "INS Commissioner Doris Meissner said on Friday that the boy would go home.",
            {"INS": "Organization", "Doris Meissner": "Person"},
            {"INS Commissioner"},
        ),
        # Two features listed, each with its own head: two places, not one.
        (
            "Tourists saw Pegae Hill Small Volcanic Cone and Paektu Falls on the second day.",
            {"Pegae Hill Small Volcanic Cone": "Place", "Paektu Falls": "Place"},
            {"Pegae Hill Small Volcanic Cone and Paektu Falls"},
        ),
        # Where the people go or stand, a place known or a natural feature, is no cause of
        # theirs.
        (
            "The Pentagon sent more Marines to the Persian Gulf last week.",
            {"Persian Gulf": "Place"},
            {"Marines to the Persian Gulf"},
        ),
        (
            "Airlines flew thousands of Britons to the Canary Islands in June.",
            {"Canary Islands": "Place", "Britons to the Canary Islands": "Group"},
            set(),
        ),
        (
            "He said the Kurds for the Persian Gulf states were a threat.",
            {"Persian Gulf": "Place"},
            {"Kurds for the Persian Gulf"},
        ),
        (
            "Pollsters found Americans for the United States staying in NATO.",
            {"United States": "Place"},
            {"Americans for the United States"},
        ),
        # A title in quotation marks names a work, not a site or a sea.
        (
            'They staged the opera "The Sea of Blood" and the play "A Hall of Mirrors" in '
            "Pyongyang.",
            {"Pyongyang": "Place"},
            {"Sea of Blood", "Hall of Mirrors"},
        ),
    ],
)
def test_titles_and_common_words_are_no_names(
    parse: Parse, text: str, present: dict[str, str], absent: set[str]
) -> None:
    _assert_kinds(_kinds(parse, text), present, absent)


@pytest.mark.parametrize(
    ("text", "peoples", "places"),
    [
        (
            "Dagestan is home to dozens of ethnic groups, the largest of which are the Avars.",
            {"Avars"},
            set(),
        ),
        ("The Bolsheviks seized power in 1917.", {"Bolsheviks"}, set()),
        ("Kurds and Yazidis fled the town.", {"Kurds", "Yazidis"}, set()),
        (
            "He met officials in Athens and in Wales, and then in the Philippines.",
            set(),
            {"Athens", "Wales", "Philippines"},
        ),
        # A region the gazetteer lacks, with a plural ending, where someone is born.
        ("He was born in Flanders and moved to Paris.", set(), {"Flanders"}),
    ],
)
def test_peoples_are_groups_not_places(
    parse: Parse, text: str, peoples: set[str], places: set[str]
) -> None:
    kinds = _kinds(parse, text)
    for name in peoples:
        assert kinds.get(name) == {"Group"}, kinds
    for name in places:
        assert kinds.get(name) == {"Place"}, kinds


@pytest.mark.parametrize(
    ("text", "groups", "absent"),
    [
        (
            "The government has been accused of intimidating protesters and journalists, "
            "beating opposition politicians and jailing activists.",
            {"opposition politicians", "activists"},
            {"beating opposition politicians", "jailing activists"},
        ),
        (
            "Police arrested three men in connection with the attack.",
            {"men"},
            {"men in connection"},
        ),
        ("A caption people gathered at the scene.", {"people"}, {"caption people"}),
        (
            "Leading officials and visiting delegations attended.",
            {"leading officials and visiting delegations"},
            set(),
        ),
        # A long participle clause cut after its first phrase.
        (
            "Saab said the number of people involved in the assassination attempt against"
            " President Nicolás Maduro has risen to 34.",
            {"people involved in the assassination attempt"},
            {"people"},
        ),
        # Heads coordinated before a shared phrase.
        (
            "Maduro met with generals and admirals of the Bolivarian National Armed Forces.",
            {"generals and admirals of the Bolivarian National Armed Forces"},
            {"generals"},
        ),
        # A collective noun for a unit on the move.
        (
            "A suicide bomber crashed into a NATO-Afghanistan foot patrol while it was traveling.",
            {"NATO-Afghanistan foot patrol"},
            set(),
        ),
        # A surname in the plural is the family.
        (
            "He asked if Batyrov had suspected the Tsarnaevs of being involved. Dzhokhar"
            " Tsarnaev is held in prison.",
            {"Tsarnaevs"},
            set(),
        ),
    ],
)
def test_wire_groups_without_captions_gerunds_or_idioms(
    parse: Parse, text: str, groups: set[str], absent: set[str]
) -> None:
    kinds = _kinds(parse, text)
    for name in groups:
        assert kinds.get(name) == {"Group"}, kinds
    assert not absent & set(kinds), kinds


@pytest.mark.parametrize(
    ("text", "short", "name"),
    [
        # A company's name without its kind and legal form, typed a person by the model.
        (
            "Halvorsen Industries Inc. said yesterday that its quarterly profit fell 12%. "
            "Halvorsen said the drop came from weaker sales of its pumps.",
            "Halvorsen",
            "Halvorsen Industries Inc.",
        ),
        # ... or without a foreign legal form.
        (
            "Korvensuo Timber Oy said its sawmill would close in May. Korvensuo Timber blamed "
            "falling prices for the closure.",
            "Korvensuo Timber",
            "Korvensuo Timber Oy",
        ),
        # An acronym the article never defines, of the initials of a body named before.
        (
            "Delegates of the Organization of Baltic Fisheries met in Riga on Monday. The OBF "
            "said the cod quota would fall by a tenth next year.",
            "OBF",
            "Organization of Baltic Fisheries",
        ),
        # ... or of a body the article spells out only further down.
        (
            "Relatives said they would fight the FMC ruling in court. The Federal Maritime"
            " Commission had ordered the ferry line to refund the fares.",
            "FMC",
            "Federal Maritime Commission",
        ),
        # ... whose letters spell much like a town's name ("Neiba").
        (
            "The National Energy Producers Association, or NEPA, opposes the tax. NEPA says"
            " the levy would close a third of the wells.",
            "NEPA",
            "National Energy Producers Association",
        ),
        # ... or of its name without the country it opens with.
        (
            "The U.S. Office of Coastal Management closed the beach on Monday. Hotel owners"
            " said the OCM had ignored their survey.",
            "OCM",
            "U.S. Office of Coastal Management",
        ),
        # ... or of its name without its legal form.
        (
            "Hallam Kravitz Reed & Co. agreed to buy the cereal maker for $2 billion, the "
            "company said. HKR will pay cash for most of the shares.",
            "HKR",
            "Hallam Kravitz Reed & Co.",
        ),
        # ... or of a partnership's legal form.
        (
            "Vesta Investment III Limited Partnership has offered $14 a share for Calder Boot "
            "Co. Under the offer, Vesta, managed by Vesta Capital Corp., Denver, would pay cash.",
            "Vesta",
            "Vesta Investment III Limited Partnership",
        ),
        (
            "Marlow Partners L.P. said it holds 9% of the shares. Marlow said it may seek "
            "control of the board.",
            "Marlow",
            "Marlow Partners L.P.",
        ),
        # ... or of a thrift's charter and kind.
        (
            "Benjamin Rush Federal Savings Bank said it plans to sell two branches. A year ago, "
            "Benjamin Rush had a loss of $2.1 million.",
            "Benjamin Rush",
            "Benjamin Rush Federal Savings Bank",
        ),
        # ... or of its trade (lexicon `firm_kind_words`).
        (
            "Shareholders sold their stakes to Dorrance Cellular Communications. Dorrance, "
            "which fell 2 to 41, has offered $90 a share.",
            "Dorrance",
            "Dorrance Cellular Communications",
        ),
        (
            "Coors has been losing ground to Hollister Brewing for a year. Both brewers cut "
            "prices, and Hollister gained share.",
            "Hollister",
            "Hollister Brewing",
        ),
        # A person of the article bearing the word keeps it.
        (
            "Peter Halvorsen, chairman of Halvorsen Industries Inc., resigned on Monday. "
            "Halvorsen said he would stay on the board.",
            "Halvorsen",
            "Peter Halvorsen",
        ),
        # A company named for a town, shortened to the town's name where it acts.
        (
            "Toledo Forge Corp. said its third-quarter profit fell 30% on weaker orders. "
            "Toledo said it would close two of its mills next year.",
            "Toledo",
            "Toledo Forge Corp.",
        ),
        # One name spelt with its accents and without them: one person, named with them.
        (
            "Colombian President Julián Restrepo arrived in Quito on Tuesday. Julian Restrepo "
            "told reporters that the border talks would resume next month.",
            "Julian Restrepo",
            "Julián Restrepo",
        ),
        # ... whichever spelling the article gives first, and its surname with it.
        (
            "Protesters gathered outside the palace of President Ramón Echeverría. Echeverria "
            "said the army would stay in its barracks. Ramon Echeverria later left for Lima.",
            "Ramon Echeverria",
            "Ramón Echeverría",
        ),
        # Of kin who share a surname, the one called by the given name alone is not the one
        # the bare surname names.
        (
            "Luis Ortega, the father of Maria Ortega, lives in Havana. Maria has stayed with "
            "relatives in Miami since March. Ortega said on Monday that he wanted her back.",
            "Ortega",
            "Luis Ortega",
        ),
    ],
)
def test_a_short_name_is_the_entity_named_in_full_before(
    parse: Parse, text: str, short: str, name: str
) -> None:
    aliases = _aliases(parse, text)
    assert short in aliases.get(name, set()), aliases
    assert short not in aliases, aliases


def _aliases(parse: Parse, text: str) -> dict[str, set[str]]:
    _, ctx = parse(text)
    aliases: dict[str, set[str]] = {}
    for mention in ctx.entities.mentions:
        aliases.setdefault(mention.entity.name, set()).add(mention.alias)
    return aliases


@pytest.mark.parametrize(
    ("text", "name", "written"),
    [
        # The model tags only "Islamic", a people's adjective.
        (
            "The attacker had pledged allegiance to Islamic State before the raid.",
            "Islamic State",
            "Islamic State",
        ),
        # An acronym the model takes for a product.
        (
            "Neither Britain's domestic intelligence service MI5 nor the police responded.",
            "MI5",
            "MI5",
        ),
        # A country's abbreviation before its armed service.
        (
            "Three airmen of the U.S. Air Force were killed near the base.",
            "United States Air Force",
            "U.S. Air Force",
        ),
        # A seat of government standing for the government, typed a place by the model.
        (
            "There is deep frustration in Downing Street about the attack.",
            "Downing Street",
            "Downing Street",
        ),
        # A body named after a post, cut inside the post's title by the model.
        (
            "White House Office of the Press Secretary  issued a statement, stating that the "
            "victims would be remembered.",
            "White House Office of the Press Secretary",
            "White House Office of the Press Secretary",
        ),
        # A city's force, missed by the model.
        (
            "The photograph was released on Friday by the Greater Manchester Police.\nSimilar "
            "questions are being asked again.",
            "Greater Manchester Police",
            "Greater Manchester Police",
        ),
        # A body's one-word name before a noun is still the body.
        (
            "On the morning of 1 March 2019, Taliban gunmen attacked the camp.",
            "Taliban",
            "Taliban",
        ),
        # A company's unit named before its common noun, after its owner: no people's name,
        # no building's, and the owner's possessive no word of it.
        (
            "Halvern Foods Co. said its Everglow battery unit was hurt by weak sales in Brazil.",
            "Everglow",
            "Everglow",
        ),
        (
            "Dunmore expects Castell Group PLC to acquire the 40% of Dunmore's Picture House unit"
            " it doesn't own.",
            "Picture House",
            "Picture House",
        ),
        # An acronym of the alias tables the model leaves untagged.
        (
            "The gunmen fled across the border, a spokesman for the RUC said on Tuesday.",
            "Royal Ulster Constabulary",
            "RUC",
        ),
        # The seat of a body a dateline names in capitals is the body.
        (
            "\n\nUNITED NATIONS (AP) _\n\nThe Security Council voted on Friday to extend the "
            "peacekeeping mission by six months.",
            "United Nations",
            "UNITED NATIONS",
        ),
        # A market's nickname is the exchange it names, one entity with its full name.
        (
            "The company's shares rose on the New York Stock Exchange, where Big Board volume "
            "reached 160 million shares.",
            "New York Stock Exchange",
            "Big Board",
        ),
    ],
)
def test_well_known_bodies_are_organisations(
    parse: Parse, text: str, name: str, written: str
) -> None:
    assert _kinds(parse, text).get(name) == {"Organization"}
    assert written in _aliases(parse, text)[name]


@pytest.mark.parametrize(
    ("text", "name", "acronym"),
    [
        # The acronym of the name in the country's language, glued to the name by the model.
        (
            "Maduro met generals of the Bolivarian National Armed Forces (FANB) on Saturday.",
            "Bolivarian National Armed Forces",
            "FANB",
        ),
        (
            "Relief was sent by the National Disaster Management Authority (NDMA) on Monday.",
            "National Disaster Management Authority",
            "NDMA",
        ),
    ],
)
def test_an_acronym_in_brackets_is_the_names_alias(
    parse: Parse, text: str, name: str, acronym: str
) -> None:
    kinds = _kinds(parse, text)
    assert kinds.get(name) == {"Organization"}, kinds
    assert acronym in _aliases(parse, text)[name]
    assert not any("(" in n or acronym in n.split() for n in kinds), kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A first name the model leaves out after a title.
        (
            "The Venezuelan Attorney General Tarek William Saab said Tuesday that the number "
            "of people involved had risen.",
            "Tarek William Saab",
        ),
        # A title of two words before the name, its second word no first name.
        (
            "Chief Executive John Flannery said the company would focus on aviation.",
            "John Flannery",
        ),
        # A title of two words before a name the model tags whole.
        (
            "The ruling was joined by a conservative, Chief Justice William Rehnquist.",
            "William Rehnquist",
        ),
        # A footnote glued to the surname in a list of the fallen, after a middle initial.
        (
            "*2015-12-21, Special Agent Gerald K. Lusk[899], Office of Special Investigations",
            "Gerald K. Lusk",
        ),
        # A rank before the name.
        (
            "*2015-12-21, Staff Sergeant Dennis R. Castellano[902], Security Forces, Bomb",
            "Dennis R. Castellano",
        ),
        # A title in the plural before the first of the names it goes with.
        ("Senators Mark Udall and Tom Cole voted against the bill.", "Mark Udall"),
        ("Justices Anne Bell and Tom Ward wrote separately.", "Anne Bell"),
        # A name the model took for a body's, listed with people's names.
        (
            "The list named three Soviet engineers, Pavel Orlov, Yuri Malenchenko and Sergei "
            "Avdeyev.",
            "Pavel Orlov",
        ),
        # A surname spelt with one letter changed later in the article.
        (
            "A court convicted a friend of suspect Dzhokhar Tsarnaev. He removed Tzarnaev's "
            "backpack from his room.",
            "Tzarnaev",
        ),
        # An office of a church or a royal heir's title before the name.
        ("Archbishop Tomas Halik of the Diocese of Leeds condemned the attack.", "Tomas Halik"),
        ("At the cathedral, Cardinal Paul Dufresne called the killing a crime.", "Paul Dufresne"),
        ("Pastor Dale Whitmore of the Grace Bible church led the campaign.", "Dale Whitmore"),
        ("Crown Prince Faisal, the king's nephew, was asked about the talks.", "Faisal"),
    ],
)
def test_wire_persons_whole(parse: Parse, text: str, name: str) -> None:
    kinds = _kinds(parse, text)
    assert kinds.get(name) == {"Person"}, kinds
    assert all("[" not in alias for alias in _aliases(parse, text)[name])


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        # A share button's text: the body, not "... on Facebook".
        (
            "Like Washington Post World on Facebook and stay updated on foreign news",
            "Washington Post World on Facebook",
            "Washington Post World",
        ),
        # A heading of wiki markup.
        (
            "Twenty insurgents were killed.\n* 2016 Bagram Airfield bombing\n==References==",
            "References==",
            None,
        ),
    ],
)
def test_boilerplate_names_no_entity(
    parse: Parse, text: str, absent: str, present: str | None
) -> None:
    kinds = _kinds(parse, text)
    assert absent not in kinds, kinds
    if present is not None:
        assert kinds.get(present) == {"Organization"}, kinds


@pytest.mark.parametrize(
    ("name", "known"),
    [
        ("WHO", Entity(EntityKind.ORGANIZATION, "World Health Organization")),
        ("Who", None),  # the pronoun opening a sentence
        ("who", None),
        ("Nato", Entity(EntityKind.ORGANIZATION, "North Atlantic Treaty Organization")),
        ("the Islamic State group", Entity(EntityKind.ORGANIZATION, "Islamic State")),
        ("the BBC", Entity(EntityKind.ORGANIZATION, "British Broadcasting Corporation")),
    ],
)
def test_an_acronym_that_is_a_word_is_known_in_capitals_only(
    name: str, known: Entity | None
) -> None:
    assert known_entity(name) == known


@pytest.mark.parametrize(
    ("text", "people", "absent"),
    [
        # Names in a list the model tags in part, one after a title.
        (
            "The accused, Colonel Rodrigo Salcedo, the Bolivarian National Guard (GNB) Division "
            "General Alejandro Ruiz, Brayan Colmenares, Andrés Quintero, Yanet Ochoa and José "
            "Ledezma, were all indicted.",
            {"Alejandro Ruiz", "Brayan Colmenares", "Andrés Quintero", "José Ledezma"},
            {"Division General Alejandro Ruiz", "General Alejandro Ruiz"},
        ),
        # A place opening the sentence before a person's name is no person.
        (
            "In New York City, Andrés Quintero said the trial would go on.",
            {"Andrés Quintero"},
            {"New York City"},
        ),
    ],
)
def test_people_listed_with_a_person(
    parse: Parse, text: str, people: set[str], absent: set[str]
) -> None:
    kinds = _kinds(parse, text)
    for name in people:
        assert kinds.get(name) == {"Person"}, kinds
    assert not any("Person" in kinds.get(name, set()) for name in absent), kinds


def test_a_dateline_place_in_capitals_is_the_place(parse: Parse) -> None:
    kinds = _kinds(
        parse,
        "Kyrgyz Man Pleads Not Guilty\nBOSTON - A man from Kyrgyzstan pleaded not guilty on "
        "Tuesday to hampering the investigation of the bomb attack in Boston.",
    )
    assert kinds.get("Boston") == {"Place"}, kinds
    assert "BOSTON" not in kinds, kinds


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        # A headline's phrase opening with a verb.
        (
            "Kyrgyzstan National Pleads Not Guilty to Hampering Boston Bomb Probe\nBOSTON — \n"
            "A citizen of Kyrgyzstan on Wednesday pleaded not guilty.",
            "Hampering Boston Bomb Probe",
            ("Kyrgyzstan", "Place"),
        ),
        # A leader's surname before the body the leader heads, opening a headline.
        (
            "On Wednesday, the Trump administration targeted 13 officials.\n[Trump "
            "administration hits 13 Venezuelans with sanctions in advance of vote]",
            "Trump administration hits",
            ("Trump", "Person"),
        ),
    ],
)
def test_headline_phrases_and_leaders(
    parse: Parse, text: str, absent: str, present: tuple[str, str]
) -> None:
    kinds = _kinds(parse, text)
    assert absent not in kinds, kinds
    assert kinds.get(present[0]) == {present[1]}, kinds


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # A surname that a small town abroad shares is the person's.
        ("Bush said nothing about the plan on Monday.", "Bush", "Person"),
        ("The deal was announced by Baker in a statement.", "Baker", "Person"),
        # A company that shares a town's name.
        ("Gillette raised its prices on razors.", "Gillette", "Organization"),
        # A city of the world the model tags a person is the city.
        (
            "Abedi, the bomber behind the Manchester suicide bombing, was named.",
            "Manchester",
            "Place",
        ),
        # A lone word opening a sentence of wire copy is a name.
        ("Boeing and Caterpillar also fell on Monday.", "Boeing", "Organization"),
        (
            "Kremlin spokesman Dmitry Peskov said the protests were illegal.",
            "Kremlin",
            "Organization",
        ),
        # A surname with a plural ending is the person's, as is a company's name.
        (
            "U.N. Secretary-General Antonio Guterres urged restraint. Guterres said the talks "
            "would resume.",
            "Antonio Guterres",
            "Person",
        ),
        ("Courtaulds said its profits rose in the first half.", "Courtaulds", "Organization"),
        # A surname that is also a head noun of places, opening a person's name after a title.
        (
            "South Korean President Park Geun-hye was impeached on Friday.",
            "Park Geun Hye",
            "Person",
        ),
        ("They walked through Central Park on Sunday.", "Central Park", "Place"),
        # A city that shares a person's surname is the city where it is one.
        (
            "Whitney Houston sang at the gala. Officials in Houston said the storm had passed.",
            "Houston",
            "Place",
        ),
        ("Maria Leon flew to Leon on Monday.", "Leon", "Place"),
        # A name with a place's common noun in apposition (lexicon `apposed_place_nouns`);
        # a person's role beside a place's noun leaves the person be.
        (
            "The deminers worked 12 miles from Preah Khan, the ruined temple north of the city.",
            "Preah Khan",
            "Place",
        ),
        (
            "The commander made his way to O'Barra, the last major outpost held by the rebels.",
            "O'Barra",
            "Place",
        ),
        ("Juan Ortega, the town's mayor, opened the fair.", "Juan Ortega", "Person"),
        # ... and a town that begins a company's name is the town where it stands as one.
        (
            "Toledo Forge Corp. said its profit fell 30%. The company employs 900 people "
            "in Toledo and plans no layoffs.",
            "Toledo",
            "Place",
        ),
        (
            "Toledo Forge Corp. said its profit fell 30%. The plant near Toledo, Ohio, "
            "will stay open.",
            "Toledo",
            "Place",
        ),
        # A person whose surname is a place's head noun, speaking or with a role beside her.
        (
            "Fiona Hill, a former White House official, testified on Thursday. Hill said the "
            "aid was withheld.",
            "Fiona Hill",
            "Person",
        ),
        ("Jillian Hall said she was proud of the team.", "Jillian Hall", "Person"),
        ("The concert took place at Carnegie Hall on Friday.", "Carnegie Hall", "Place"),
        # A head noun that ends what the model took for a person, after more of the name.
        (
            "Kim Jong Un visited the Pyongyang Children's Department Store.",
            "Pyongyang Children's Department Store",
            "Organization",
        ),
        # A surname that is a title's word.
        ("Author Stephen King wrote the novel in 1977.", "Stephen King", "Person"),
        ("Senator Angus King said the bill would pass.", "Angus King", "Person"),
        # A military unit's name carries its number.
        (
            "Soldiers of the 101st Airborne Division arrived in the city on Monday.",
            "101st Airborne Division",
            "Organization",
        ),
        ("Attack Squadron 725 was disbanded in 1970.", "Attack Squadron 725", "Organization"),
        # A name before "group" is a body's where no person of the article bears it.
        ("Fighters of the Wagner group seized the town on Saturday.", "Wagner", "Organization"),
        (
            "Yevgeny Prigozhin led the mutiny. The Prigozhin group marched on Moscow.",
            "Yevgeny Prigozhin",
            "Person",
        ),
        # A body named by a word before another body's head is a body of its own.
        (
            "The Senate Judiciary Committee held a hearing on Tuesday. The Senate voted 52-48 "
            "to confirm him.",
            "Senate",
            "Organization",
        ),
        # A name made of common words in an item of a list, which is no headline.
        (
            "The following airmen died.\n*2015-12-21, Senior Airman Faith Long, Security Forces,"
            " Bomb\n*2015-12-21, Major Adrianna Kellerhals, Office of Special Investigations"
            "\nOfficials said the blast was long and loud, and kept their faith.",
            "Faith Long",
            "Person",
        ),
        # A Korean given name written with a hyphen, one syllable an English word.
        (
            "Choi Soon-sil, a friend of the president, was sentenced to 20 years.",
            "Choi Soon Sil",
            "Person",
        ),
        # A site's or a natural feature's head opening its name before "of": the whole is the
        # place, whatever the model cut or missed.
        (
            "Castro spoke to a rally of students at Havana's Palace of Conventions on Friday.",
            "Palace of Conventions",
            "Place",
        ),
        (
            "Smugglers use speedboats to carry hashish across the Straits of Gibraltar at night.",
            "Straits of Gibraltar",
            "Place",
        ),
        (
            "Navies patrol the Bay of Bengal and the Gulf of Aden against pirates.",
            "Bay of Bengal",
            "Place",
        ),
        # A street's or a park's word of another language opening its name.
        (
            "The blast damaged a bakery on Rue Victor Hugo, the town's main street.",
            "Rue Victor Hugo",
            "Place",
        ),
        (
            "Children marched around the Parque Central chanting slogans.",
            "Parque Central",
            "Place",
        ),
        (
            "Mothers of the disappeared have marched in the Plaza de Mayo every Thursday.",
            "Plaza de Mayo",
            "Place",
        ),
        # A natural feature's head ending a name the model took for a person.
        (
            "The Manphok Ravine is the deepest of the valleys in the mountain.",
            "Manphok Ravine",
            "Place",
        ),
        # ... or for a work's title, with its article.
        (
            "Hikers walked down the Manphok Ravine towards the temple.",
            "Manphok Ravine",
            "Place",
        ),
        # A natural feature's head ending a name the model took for a body.
        (
            "Tankers crossing the Persian Gulf were escorted by warships.",
            "Persian Gulf",
            "Place",
        ),
        # A titled surname that a large city abroad shares is the person's.
        (
            "The exiles said they were betrayed in 1961 by President Kennedy.",
            "Kennedy",
            "Person",
        ),
        # A transcript's lower-case compass word opening a province's own name.
        (
            "The police in northern Ireland said the IRA was behind two killings.",
            "Northern Ireland",
            "Place",
        ),
        ("Talks on the future of northern Ireland resumed on Monday.", "Northern Ireland", "Place"),
        # A town's own name the model tags a nationality.
        (
            "His car was spotted in Slepian's suburban Amherst neighborhood in the weeks before.",
            "Amherst",
            "Place",
        ),
        # A region opened by a compass point that the model tags a nationality.
        (
            "Dagestan is situated in Russia's turbulent North Caucasus with Chechnya to the west.",
            "North Caucasus",
            "Place",
        ),
        # A province's name the model leaves untagged before a common noun.
        (
            "From at least two Ulster Protestant politicians, there were demands for internment.",
            "Ulster",
            "Place",
        ),
    ],
)
def test_wire_names_read_as_news_writes_them(parse: Parse, text: str, name: str, kind: str) -> None:
    kinds = _kinds(parse, text)
    assert kinds.get(name) == {kind}, kinds


def test_a_surname_that_is_a_common_word_opening_a_line_is_the_persons(parse: Parse) -> None:
    _, ctx = parse(
        "Prime Minister Theresa May met EU leaders on Monday.\nMay said the talks were "
        "constructive.\nShe may return next week."
    )
    said = [m for m in ctx.entities.mentions if m.mention.text == "May"]
    assert [m.entity for m in said] == [Entity(EntityKind.PERSON, "Theresa May")]


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Kyrgyzstan National Pleads Not Guilty to Hampering Boston Bomb Probe\nBOSTON — \n"
            "A citizen of Kyrgyzstan on Wednesday pleaded not guilty.",
            "Boston",
        ),
        (
            "Kyrgyzstan National Pleads Not Guilty\nLONDON — \nA citizen of Kyrgyzstan on"
            " Wednesday pleaded not guilty to charges.",
            "London",
        ),
        # Before the agency, which the model reads as one name with it.
        (
            "\n\nHAMILTON (AP) --\n\nCanadian authorities issued a nationwide arrest warrant "
            "Monday for a man.",
            "Hamilton",
        ),
        # A city in capitals the model leaves untagged, with or without a date.
        ("\n\nHAVANA (AP) --\n\nThousands marched along the seafront on Sunday.", "Havana"),
        (
            "\n\nBUDAPEST, March 12 (Xinhua) --\n\nThe parliament approved the budget on Friday.",
            "Budapest",
        ),
        # A city spelt like a common word, which the model tags a nationality before its state.
        (
            "\n\nBUFFALO, N.Y. (AP) --\n\nAn abortion foe was charged Thursday with murder.",
            "Buffalo",
        ),
    ],
)
def test_the_city_of_a_dateline_is_a_place(parse: Parse, text: str, city: str) -> None:
    assert _kinds(parse, text).get(city) == {"Place"}


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # The model tags the city a date or a language.
        (
            "Police said the attack happened at a concert in Manchester on Monday night.",
            {"Manchester": "Place"},
            set(),
        ),
        ("The crisis arose in Aleppo late on Tuesday.", {"Aleppo": "Place"}, set()),
        # A common word that is also a town is no place unless the model says so.
        ("She sat in Reading on Sunday with friends.", {}, {"Reading"}),
        # A word the article writes in lower case elsewhere is that word.
        ("They met in Bath. A hot bath was ready.", {}, {"Bath"}),
        # A place of several words the model took for a person, alone or listed.
        (
            "Fighters were killed in clashes in Badiyat al-Jazira and Wadi al-Qarn, a"
            " monitoring group said.",
            {"Badiyat al-Jazira": "Place"},
            set(),
        ),
        # The first word of a place's name, alone, the model took for a body.
        (
            "Jordan's eastern Hamada, or desert, remains a hot spot. Fighters were killed in"
            " clashes in Hamada al-Sharqiya, a monitor said.",
            {"Hamada": "Place", "Hamada al-Sharqiya": "Place"},
            set(),
        ),
    ],
)
def test_a_large_place_after_a_locative_preposition_is_a_place(
    parse: Parse, text: str, present: dict[str, str], absent: set[str]
) -> None:
    _assert_kinds(_kinds(parse, text), present, absent)


@pytest.mark.parametrize(
    ("entity", "spelled"),
    [
        (
            Entity(EntityKind.ORGANIZATION, "U.S. Air Force Security Forces"),
            "United States Air Force Security Forces",
        ),
        (Entity(EntityKind.ORGANIZATION, "UK Border Force"), "United Kingdom Border Force"),
        # A body's own acronym, a place, a name without a country's abbreviation.
        (Entity(EntityKind.ORGANIZATION, "NATO Council"), None),
        (Entity(EntityKind.PLACE, "U.S. Virgin Islands"), None),
        (Entity(EntityKind.ORGANIZATION, "Federal Bureau of Investigation"), None),
    ],
)
def test_a_bodys_name_with_its_countrys_abbreviation_written_out(
    entity: Entity, spelled: str | None
) -> None:
    assert name_with_country_spelled(entity) == spelled


@pytest.mark.parametrize(
    ("text", "groups", "absent"),
    [
        # An unnamed person told of again by "the" or a possessive is a group of one.
        ("The bomber detonated his vest near the gate.", {"bomber"}, set()),
        ("Police arrested the suspect on Saturday.", {"suspect", "police"}, set()),
        ("His friend was convicted on Monday.", {"friend"}, set()),
        # An unnamed government is a collective actor; an unnamed court is not listed at all
        # (a court is a body by the guidelines, and the wire gold forbids "court", "state
        # court", "a Helsinki court").
        ("A court has convicted a friend of the bomber.", {"friend of the bomber"}, {"court"}),
        ("The government issued a ban on public gatherings.", {"government"}, set()),
        # A title stands for its holder; a noun with its name is the person named.
        ("The premier inspected the factory.", set(), {"premier"}),
        ("The alleged killer, Chérif Chekatt, was shot dead by police.", set(), {"killer"}),
        # What someone works as says what they are, not who acts.
        ("He worked as a driver in Lyon.", set(), {"driver"}),
        # Nor is a leader's epithet anyone of its own.
        ("The tender-hearted father sent gifts to the war veterans.", set(), {"father"}),
        ("The warm care of the outstanding teacher was conveyed.", set(), {"teacher"}),
        ("The gifts were sent by his friend.", {"friend"}, set()),
    ],
)
def test_unnamed_persons_and_bodies_told_of_again_are_groups(
    parse: Parse, text: str, groups: set[str], absent: set[str]
) -> None:
    kinds = _kinds(parse, text)
    for name in groups:
        assert kinds.get(name) == {"Group"}, kinds
    assert not absent & set(kinds), kinds


@pytest.mark.parametrize(
    ("text", "group", "counted"),
    [
        ("The attack killed three people on Friday.", "people", "three people"),
        ("They killed 23 Afghan soldiers in Helmand.", "Afghan soldiers", "23 Afghan soldiers"),
        ("Some 2.4 million people voted in the election.", "people", "2.4 million people"),
        # With the words that say how near the count is, too.
        ("Some 2.4 million people voted in the election.", "people", "some 2.4 million people"),
        ("More than 900 families have moved into houses.", "families", "more than 900 families"),
        ("At least 75 people were killed in the blast.", "people", "at least 75 people"),
    ],
)
def test_a_counted_group_keeps_its_count_as_an_alias(
    parse: Parse, text: str, group: str, counted: str
) -> None:
    _, ctx = parse(text)
    entity = Entity(EntityKind.GROUP, group)
    assert counted in ctx.entities.aliases(entity)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        # A number without its noun counts the group named just before.
        ("They killed 23 Afghan soldiers and injured another 15.", "another 15 Afghan soldiers"),
        (
            "Authorities said 13 people were hurt but 11 were still in hospital on Saturday.",
            "11 people",
        ),
        ("The bombs killed three people and injured more than 260 others.", "more than 260 others"),
    ],
)
def test_a_number_without_its_noun_counts_the_group_before(
    parse: Parse, text: str, group: str
) -> None:
    assert _kinds(parse, text).get(group) == {"Group"}


@pytest.mark.parametrize(
    "text",
    ["He paid 200 for the ticket.", "The talks ended in 2019 and resumed in 2021."],
)
def test_a_number_with_no_group_before_is_no_group(parse: Parse, text: str) -> None:
    assert not {n for n, kinds in _kinds(parse, text).items() if "Group" in kinds}


@pytest.mark.parametrize(
    ("text", "group"),
    [
        # Plural nouns of those who do a deed or hold a role in news of crime and trade.
        ("His kidnappers demanded a ransom of one million dollars.", "kidnappers"),
        ("Police said the fugitives were taken into custody on Monday.", "fugitives"),
        ("Ritter arrived in Baghdad with some 50 inspectors.", "inspectors"),
        ("The company is talking with potential purchasers.", "potential purchasers"),
        ("Firefighters put out the blaze before dawn.", "firefighters"),
        ("Investors sold their shares after the report.", "investors"),
        ("She told police interrogators that she had acted alone.", "police interrogators"),
        ("The prisoner said his jailers had beaten him.", "jailers"),
        # A firm's unit named by what it does, not by a name of its own; its owner before a
        # possessive is named apart.
        (
            "The bank will shut its consumer lending division next year.",
            "consumer lending division",
        ),
        (
            "Losses at the auto leasing subsidiary widened in the quarter.",
            "auto leasing subsidiary",
        ),
        ("Halvorsen Corp. agreed to sell Brandt Steel's tubing division.", "tubing division"),
        # A broadcaster named by its common noun and who runs it.
        ("The strike was over by noon, state television said.", "state television"),
        ("Crowds lined the road, state radio reported.", "state radio"),
        ("The minister defended the plan on state TV.", "state tv"),
    ],
)
def test_news_groups_of_doers_and_roles(parse: Parse, text: str, group: str) -> None:
    assert _kinds(parse, text).get(group) == {"Group"}, _kinds(parse, text)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        # Unnamed sources who speak are a group of people.
        ("Local sources said that the plan took three months to complete.", "local sources"),
        ("According to law enforcement sources, the man fled south.", "law enforcement sources"),
    ],
)
def test_sources_who_speak_are_groups(parse: Parse, text: str, group: str) -> None:
    assert _kinds(parse, text).get(group) == {"Group"}, _kinds(parse, text)


def test_sources_of_things_are_no_group(parse: Parse) -> None:
    assert not _kinds(parse, "The sources of income grew last year.")


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        # A maker's name before a model's number names the product.
        (
            "Albright was heading to Nairobi when an engine of the Boeing 747 she had flown in"
            " from Washington overheated.",
            "Boeing",
            "Nairobi",
        ),
        ("The airline ordered ten Airbus A320 jets last year.", "Airbus", None),
    ],
)
def test_a_makers_name_before_a_model_is_no_body(
    parse: Parse, text: str, absent: str, present: str | None
) -> None:
    kinds = _kinds(parse, text)
    assert absent not in kinds, kinds
    assert present is None or present in kinds, kinds


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        # A craft people are aboard is no body, whatever the model took its name for.
        (
            "McBride, 54, was part of a seven-member crew aboard the Orbiter Challenger in"
            " October 1984.",
            "Orbiter Challenger",
            None,
        ),
        # A rating agency's watch list is no body.
        (
            "S&P lowered the rating on Crossland's preferred stock and placed it on CreditWatch"
            " for possible further downgrade.",
            "CreditWatch",
            "Crossland",
        ),
        # A flight's number ends the airline's name before "Flight".
        (
            "The controllers lost contact with TWA Flight 800 over Long Island.",
            "TWA Flight",
            "TWA",
        ),
    ],
)
def test_crafts_and_lists_are_no_bodies(
    parse: Parse, text: str, absent: str, present: str | None
) -> None:
    kinds = _kinds(parse, text)
    assert absent not in kinds, kinds
    assert present is None or kinds.get(present) == {"Organization"}, kinds


def test_a_makers_name_alone_is_a_body(parse: Parse) -> None:
    assert _kinds(parse, "Boeing said its profits fell.").get("Boeing") == {"Organization"}


@pytest.mark.parametrize(
    ("text", "name", "not_names"),
    [
        # A rank before the name is a title, no word of it.
        (
            "Inspector Gary Pruett of the Hamilton police said the warrant was issued.",
            "Gary Pruett",
            {"Inspector Gary Pruett"},
        ),
        # The model cuts the surname off as a town's name after a title and a first name.
        (
            "Puerto Rico Police Superintendent Pedro Orlando urged people to be alert. "
            "``There has been an increase in this kind of thing,'' Orlando said.",
            "Pedro Orlando",
            {"Superintendent Pedro", "Orlando"},
        ),
        # ... or sees no person at all, only the town.
        (
            "Police Superintendent Carlos Madrid said the two men were arrested on Sunday.",
            "Carlos Madrid",
            {"Madrid"},
        ),
    ],
)
def test_a_surname_that_is_a_towns_name_after_a_title(
    parse: Parse, text: str, name: str, not_names: set[str]
) -> None:
    kinds = _kinds(parse, text)
    assert kinds.get(name) == {"Person"}, kinds
    assert not not_names & kinds.keys(), kinds


@pytest.mark.parametrize(
    ("text", "groups", "absent"),
    [
        # The singular of a people the article names is its adjective: no person.
        (
            "The assassination touched off a rampage by Hutu security forces, who killed mainly "
            "Tutsis but also Hutus who favored reconciliation. The panel will look at the exodus "
            "of about 2 million Rwanda Hutus to neighboring countries.",
            {"Tutsis", "Rwanda Hutus"},
            {"Hutu"},
        ),
        (
            "The Serb militia attacked the town, and thousands of Bosnia Serbs fled, the Croats "
            "said.",
            {"Bosnia Serbs", "Croats"},
            {"Serb"},
        ),
    ],
)
def test_a_peoples_singular_and_its_plural_after_a_place(
    parse: Parse, text: str, groups: set[str], absent: set[str]
) -> None:
    kinds = _kinds(parse, text)
    for name in groups:
        assert kinds.get(name) == {"Group"}, kinds
    assert not absent & kinds.keys(), kinds


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # Nationalities listed before a common noun: the police of two nations, no bodies.
        (
            "Dutch and French police have trained eagles to catch drones.",
            {"Dutch and French police": "Group"},
            {"Dutch Police", "French Police"},
        ),
        (
            "Polish and German police arrested the smugglers near the border.",
            {"Polish and German police": "Group"},
            {"Polish Police", "German Police"},
        ),
        # Names listed before a designator still make one name each, however the model tagged
        # the last of them.
        (
            "Officials visited Sinphyong, Koksan and Yonsan counties.",
            {"Sinphyong County": "Place", "Koksan County": "Place"},
            set(),
        ),
    ],
)
def test_listed_nationalities_name_no_bodies(
    parse: Parse, text: str, present: dict[str, str], absent: set[str]
) -> None:
    _assert_kinds(_kinds(parse, text), present, absent)


def test_a_city_with_its_country_in_apposition_is_no_person(parse: Parse) -> None:
    text = (
        "In Cape Town, South Africa, police spokesman Capt. Neil Vosloo said the FBI arrested the"
        " suspect at the city's airport."
    )
    kinds = _kinds(parse, text)
    assert kinds["Cape Town"] == {"Place"}, kinds
    assert kinds["Neil Vosloo"] == {"Person"}, kinds


@pytest.mark.parametrize(
    ("text", "short", "full"),
    [
        (
            "RJR Nabisco Inc. said it agreed to sell its candy businesses. RJR expects to use"
            " another $2 billion, and RJR Nabisco will concentrate on its core businesses.",
            "RJR",
            "RJR Nabisco Inc.",
        ),
        (
            "RJR Nabisco Inc. said it agreed to sell its candy businesses. RJR expects to use"
            " another $2 billion, and RJR Nabisco will concentrate on its core businesses.",
            "RJR Nabisco",
            "RJR Nabisco Inc.",
        ),
        # A company the model took for a place, where no gazetteer knows one of that name.
        (
            "RJR Nabisco Inc. agreed to sell its candy businesses to Nestle S.A.'s Nestle Foods"
            " unit for $370 million. The sale boosts Nestle's 7% share of the U.S. candy market.",
            "Nestle",
            "Nestle S.A.",
        ),
        (
            "Vandermeer Holdings Ltd. posted a loss. Vandermeer's shares fell 5%.",
            "Vandermeer",
            "Vandermeer Holdings Ltd.",
        ),
        (
            "An official at Nikko Securities said brokers expected gains. Investors were"
            " cautious, the Nikko official said.",
            "Nikko",
            "Nikko Securities",
        ),
        (
            "Shares of Peninsula Savings amp Loan Association fell. Peninsula said it lost money.",
            "Peninsula",
            "Peninsula Savings amp Loan Association",
        ),
        # A firm named later by the words before the kind of firm it is.
        (
            "Lakeland Savings Bank's stock plummeted after management recommended a suspension"
            " of dividends. Lakeland said it retained two investment bankers.",
            "Lakeland",
            "Lakeland Savings Bank",
        ),
        # A firm named by two names joined, later by the first of them.
        (
            "Whitcombe-Lister Co. said it will cut prices. Whitcombe, the largest maker of"
            " valves, has long been reluctant to discount.",
            "Whitcombe",
            "Whitcombe-Lister Co.",
        ),
        # A firm whose name reads as a person's, the model's person is the firm.
        (
            "Harlan Mercer Corp. said it is talking with buyers of its units. Harlan Mercer, a"
            " food wholesaler, rejected an unsolicited offer.",
            "Harlan Mercer",
            "Harlan Mercer Corp.",
        ),
        # A firm without a legal form, named later by the words before its kind, which the
        # model took for a person.
        (
            "Kearsley Savings Bank said a plan to sell its Ohio branch offices to First Union Bank"
            " fell through. Kearsley also expects to post a one-time charge of $6.1 million.",
            "Kearsley",
            "Kearsley Savings Bank",
        ),
        # Named in between by a shorter form that itself stands for the firm.
        (
            "Kearsley Savings Bank said a plan to sell its Ohio branch offices fell through. A year"
            " ago, Kearsley Savings had net income of $2 million. Kearsley said it is continuing"
            " to try to sell itself.",
            "Kearsley",
            "Kearsley Savings Bank",
        ),
        # A name with its own apostrophe before the rest of the firm's name.
        (
            "A buyer extended its offer for all Muncy' Bagels Inc. shares. The offer is"
            " conditional on half of Muncy' common shares being tendered.",
            "Muncy",
            "Muncy' Bagels Inc.",
        ),
        # A firm without a legal form, the kind word after its name ("Technologies",
        # "Biosciences"), named later by its first word, which a gazetteer knows as a town.
        (
            "Aurora Technologies reported a loss for the quarter. Aurora said sales of its disk"
            " drives fell 5%.",
            "Aurora",
            "Aurora Technologies",
        ),
        (
            "Vernon Biosciences extended its offer for the Toronto-based vaccine maker."
            " Shareholders of Vernon approved the plan.",
            "Vernon",
            "Vernon Biosciences",
        ),
        # A stake "in" a firm tells of no place.
        (
            "Clarke Co. bought a 50% stake in Burlington Drilling Co. from Texas Eastern Corp. last"
            " June. Clarke and Texas Eastern had each held a stake in Burlington.",
            "Burlington",
            "Burlington Drilling Co.",
        ),
        # Business copy opens with the firm's own words in capitals.
        (
            "MORGAN COMMUNICATIONS Inc. said it plans to raise 175 million Canadian dollars through"
            " a private placement. Morgan said the shares will be convertible into Class B shares.",
            "Morgan",
            "MORGAN COMMUNICATIONS Inc.",
        ),
        # An acronym of the firm's name without its legal form, one kind word kept.
        (
            "Electronic Data Systems Corp., the data processing unit, boosted net 16%. At EDS,"
            " third-quarter profit jumped 16%.",
            "EDS",
            "Electronic Data Systems Corp.",
        ),
        # The first words alone, which the model left untagged as a phrase's head.
        (
            "Wexners Group PLC's U.S. subsidiary has agreed to acquire a jewelry retailer."
            " Wexners and the retailer said they reached an agreement in principle.",
            "Wexners",
            "Wexners Group PLC",
        ),
        # A founder's first name in the firm's name, the founder named too.
        (
            "Lawyers for Eddie Brandt said the founder of Lucky Eddie Inc. would fight the"
            " charges. The earnings of Lucky Eddie were overstated, prosecutors said.",
            "Lucky Eddie",
            "Lucky Eddie Inc.",
        ),
    ],
)
def test_a_company_named_later_without_its_legal_form(
    parse: Parse, text: str, short: str, full: str
) -> None:
    _, ctx = parse(text)
    named = {(m.mention.text, m.entity.kind.value, m.entity.name) for m in ctx.entities.mentions}
    assert (short, "Organization", full) in named, named


@pytest.mark.parametrize(
    ("text", "firm", "absent"),
    [
        (
            '"Prices will fall," said an analyst with Kidder, Peabody amp Co. in New York.',
            "Kidder, Peabody amp Co.",
            {"Peabody amp Co.", "Kidder of the Peabody amp Co."},
        ),
        (
            "Ellen Park, a vice president at Dillon, Read amp Sons Securities Corp., said the"
            " offer was too low.",
            "Dillon, Read amp Sons Securities Corp.",
            {"Read amp Sons Securities Corp.", "Dillon of the Read amp Sons Securities Corp."},
        ),
        # Without a legal form, the last partner joined by the feed's "amp".
        (
            "Program trading is back, says Tom Hart, head of OTC trading at Piper, Jaffray amp"
            " Hopwood.",
            "Piper, Jaffray amp Hopwood",
            {"Piper of the Jaffray amp", "Piper, Jaffray amp", "Hopwood"},
        ),
        (
            "Futures will lead the market down, says Robert Lane, head of arbitrage at"
            " Donaldson, Lufkin amp Jenrette.",
            "Donaldson, Lufkin amp Jenrette",
            {"Donaldson of the Lufkin amp Jenrette", "Lufkin amp Jenrette"},
        ),
    ],
)
def test_a_firm_named_after_its_partners_is_one_firm(
    parse: Parse, text: str, firm: str, absent: set[str]
) -> None:
    kinds = _kinds(parse, text)
    assert kinds.get(firm) == {"Organization"}, kinds
    assert not absent & set(kinds), kinds


def test_a_company_is_not_a_body_named_after_it(parse: Parse) -> None:
    text = "RJR Nabisco Inc. sold its candy businesses to Nestle S.A.'s Nestle Foods unit."
    kinds = _kinds(parse, text)
    assert kinds["Nestle Foods"] == {"Organization"}, kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The figures are in a memorandum distributed by RJR's owner, Kohlberg Kravis Roberts"
            " amp Co., to bankers last December.",
            "Kohlberg Kravis Roberts amp Co.",
        ),
        # Two parts of a name the model tagged apart at the feed's "amp".
        (
            "Peninsula Savings amp Loan Association, reeling from accounting changes, posted"
            " a loss.",
            "Peninsula Savings amp Loan Association",
        ),
        # A partner's surname after another's untagged one.
        (
            "Says Tom Meyer of Meyer amp Kowalczyk, a Chicago investment firm.",
            "Meyer amp Kowalczyk",
        ),
        # A partner's name the model cut off at the feed's "amp" (its "&amp;").
        (
            "Fischer amp Lowe Corp. lowered the rating on the bank's preferred stock.",
            "Fischer amp Lowe Corp.",
        ),
        # A partner's surname after the feed's "amp" that the model took for a place.
        (
            "Peter Wood, an analyst at Barclays Hoare amp Drew in Paris, said he was sure.",
            "Barclays Hoare amp Drew",
        ),
        # Partners' names the model took, with "amp Partners", for one person's.
        (
            "The stake is held through the buy-out fund Thomas Reed Arthur Bloom amp Partners.",
            "Thomas Reed Arthur Bloom amp Partners",
        ),
        # The city after the legal form is where the company is, no part of its name.
        ("Buckeye Savings Corp. of Cleveland agreed to buy the bank.", "Buckeye Savings Corp."),
        ("Shares of Acme Widgets Inc. fell, and Baxter Holdings Ltd. rose.", "Acme Widgets Inc."),
        (
            "Shares of Acme Widgets Inc. fell, and Baxter Holdings Ltd. rose.",
            "Baxter Holdings Ltd.",
        ),
    ],
)
def test_a_name_ending_in_a_legal_form_is_a_company(parse: Parse, text: str, name: str) -> None:
    kinds = _kinds(parse, text)
    assert kinds[name] == {"Organization"}, kinds


@pytest.mark.parametrize(
    ("text", "firm", "absent"),
    [
        # Partners' names before the country in brackets its legal form follows.
        (
            "Kenji Sato, a consultant for Booz-Allen amp Hamilton (Japan) Inc., said the firm"
            " expects more acquisitions.",
            "Booz-Allen amp Hamilton (Japan) Inc.",
            {"Booz Allen", "Japan) Inc.", "Hamilton"},
        ),
        # A list of offerings running one item's underwriter into the next item's issuer.
        (
            "The issue will be sold through underwriters led by Morgan Stanley amp Co. Chrysler"
            " Financial Corp. -- $150 million of notes due 1994, priced at par.",
            "Chrysler Financial Corp.",
            {"Morgan Stanley amp Co. Chrysler Financial Corp."},
        ),
        # A lead's firm in capitals, and its short name after it.
        (
            "AVON RENT-A-CAR amp TRUCK Corp. said it declared a dividend of one warrant for each"
            " share. Currently, Avon, based in Santa Monica, Calif., has 3.3 million shares.",
            "AVON RENT-A-CAR amp TRUCK Corp.",
            {"Avon", "RENT-A-CAR amp TRUCK Corp."},
        ),
        # A section's heading in capitals after the feed's "@", and a bracket left open.
        (
            "The notes were priced at par. @ EUROBONDS Canadian Imperial Bank of Commerce"
            " (Canada) -- 10 billion yen of 5.7% bonds due 1992, priced at 101.",
            "Canadian Imperial Bank of Commerce",
            {"EUROBONDS Canadian Imperial Bank of Commerce (Canada"},
        ),
    ],
)
def test_a_firms_name_is_cut_where_its_own_words_end(
    parse: Parse, text: str, firm: str, absent: set[str]
) -> None:
    kinds = _kinds(parse, text)
    assert kinds.get(firm) == {"Organization"}, kinds
    assert not absent & set(kinds), kinds


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # A thing a company owns, named after "its" before the common noun of what it is.
        (
            "Coleco's stock soared in 1983 after it unveiled its Adam home computer.",
            {"Coleco": "Organization"},
            {"Adam"},
        ),
        # A product line, no maker.
        (
            "Led by its Cheerios line, General Mills has gained 2% of the market this year.",
            {"General Mills": "Organization"},
            {"Cheerios"},
        ),
        # A person's other names after "also known as" are the person's.
        (
            "Police arrested a suspect, Mohammed Saleh Nasser, also known as Abu Saleh and"
            " Abdull Karim Awadh, in Karachi.",
            {"Mohammed Saleh Nasser": "Person", "Karachi": "Place"},
            {"Abu Saleh", "Abdull Karim Awadh"},
        ),
        (
            "The leader, Ramzi Yousef, alias Abdul Basit, was arrested in Islamabad.",
            {"Ramzi Yousef": "Person"},
            {"Abdul Basit"},
        ),
        # A compass point before "and" and a place it shares its last word with.
        (
            "What about all the other poor kids in South and Central America?",
            {"South America": "Place", "Central America": "Place"},
            {"South"},
        ),
        # Not where the second name goes on: the fleets are bodies, no sea is named.
        (
            "Commanders of the East and West Sea Fleets of the Navy were present.",
            {},
            {"East Sea", "West Sea"},
        ),
        # A class of a company's shares is stock traded, not a body.
        (
            "Ford Motor Co. rose 50 cents. Acme Class B, which tracks the unit's earnings,"
            " fell 75 cents to $52.25.",
            {"Ford Motor Co.": "Organization"},
            {"Acme Class B"},
        ),
        # A firm's first word alone after its name ends in a kind of firm of two words.
        (
            "Delta Air Lines earnings soared 33% in the quarter. During the quarter, Delta"
            " issued 2.5 million shares of common stock to Swissair.",
            {"Delta Air Lines": "Organization"},
            {"Delta", "Delta, Colorado"},
        ),
    ],
)
def test_names_of_things_and_other_names_of_entities(
    parse: Parse, text: str, present: dict[str, str], absent: set[str]
) -> None:
    kinds = _kinds(parse, text)
    assert {name: kinds.get(name) for name in present} == {
        name: {kind} for name, kind in present.items()
    }, kinds
    assert not absent & set(kinds), kinds


def test_a_hyphened_surname_alone_is_the_person(parse: Parse) -> None:
    text = (
        "Yardena Bar-Lev, 22, has pleaded innocent to the charges. Bar-Lev acknowledged"
        " she told police interrogators about the plan."
    )
    _, ctx = parse(text)
    named = {(m.mention.text, m.entity.kind.value, m.entity.name) for m in ctx.entities.mentions}
    assert ("Bar-Lev", "Person", "Yardena Bar Lev") in named, named


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "Forecasters say the picture will get worse because more rains are on the way.",
            "forecasters",
        ),
        ("Investigators said the fire was set deliberately.", "investigators"),
    ],
)
def test_agents_who_speak_are_a_group(parse: Parse, text: str, group: str) -> None:
    assert _kinds(parse, text).get(group) == {"Group"}


@pytest.mark.parametrize(
    "text", ["The papers said nothing about the fire.", "Orders say nothing about the fire."]
)
def test_things_that_say_are_no_group(parse: Parse, text: str) -> None:
    assert not any("Group" in kinds for kinds in _kinds(parse, text).values())


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # A building named "... House" is a site; a chamber's "House of ..." and a
        # publisher's house are bodies.
        (
            "The blast shattered the glass shell of the 22-story Mkwawa Trust House and "
            "toppled the six-story Ngoma House.",
            {"Mkwawa Trust House": "Place", "Ngoma House": "Place"},
            set(),
        ),
        (
            "The bill passed the House of Representatives and the White House said it was pleased.",
            {"House of Representatives": "Organization", "White House": "Organization"},
            set(),
        ),
        (
            "Japan's House of Councillors met on Monday.",
            {"House of Councillors": "Organization"},
            {"Japan's House"},
        ),
        # A name before a venue's common noun names the venue.
        (
            "More than 300 people were eating in the neighbouring El Colibri restaurant at "
            "the time of the explosion.",
            {"El Colibri": "Place"},
            set(),
        ),
        # A name before a site's common noun names the site with the noun; a place's name
        # before it stays the place's.
        (
            "Reporters waited for the envoy at the Tom Mboya airport on Friday.",
            {"Tom Mboya airport": "Place"},
            {"Tom Mboya"},
        ),
        (
            "The convoy reached the al-Rukban base near the border before dawn.",
            {"al-Rukban base": "Place"},
            {"al-Rukban"},
        ),
        (
            "A second device went off at the Great Victoria Street bus station an hour later.",
            {"Great Victoria Street bus station": "Place"},
            {"Great Victoria Street"},
        ),
        (
            "Her car was found abandoned at the Newark airport on Sunday.",
            {"Newark": "Place"},
            {"Newark airport"},
        ),
        # The head of a name before its possessive.
        (
            "The bomb caused part of the Miramar Cafe's ceiling to collapse.",
            {"Miramar Cafe": "Place"},
            set(),
        ),
        # A street shortened, not the start of a city's name.
        (
            "At Halden St, the busiest bus station in the city, two soldiers were killed.",
            {"Halden St": "Place"},
            set(),
        ),
        (
            "He arrived in Russia's St. Petersburg on Monday.",
            {"St. Petersburg": "Place"},
            {"Russia's St."},
        ),
        # A hyphened name listed before a designator keeps both its words.
        (
            "Transport authorities closed the nearby Ampere-Victor Hugo and Bellecour metro "
            "stations.",
            {"Ampere-Victor Hugo Metro Station": "Place", "Bellecour Metro Station": "Place"},
            {"Victor Hugo Metro Station"},
        ),
        # A time and a nationality before a designator are no listed names.
        (
            "On Sunday, Tanzanian police and FBI agents said they had made discoveries.",
            {"Federal Bureau of Investigation": "Organization"},
            {"Sunday Police", "Tanzanian Police"},
        ),
        # The acronym after a time of day is its time zone; before a noun it is a body.
        (
            "The blast occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a building.",
            {},
            {"GMT"},
        ),
        (
            "It happened at around 5.30 p.m. local time (1530 UTC).",
            {},
            {"UTC"},
        ),
        (
            "About 1530 UN troops came.",
            {"United Nations": "Organization"},
            set(),
        ),
        # The forces of two nations listed before one head are a group, not one military.
        (
            "The United States condemns this attack on members of the U.S. and Afghan forces.",
            {"Afghan forces": "Group"},
            set(),
        ),
        (
            "Rebels said the proximity of Russian and Syrian forces was a threat. The U.S. "
            "forces in Japan held drills.",
            {"Russian and Syrian forces": "Group", "U.S. forces in Japan": "Organization"},
            {"Syrian forces"},
        ),
        # A proper name the model took for a body, with a person's role in apposition, is a
        # person; a place stays a place.
        (
            '"There was an explosion," said Eva, a 17-year-old student who saw the blast.',
            {"Eva": "Person"},
            set(),
        ),
        (
            "The mission of Japan, the only A-bomb victim of the war, is to disarm.",
            {"Japan": "Place"},
            set(),
        ),
        (
            "Greenpeace, an activist group, protested.",
            {"Greenpeace": "Organization"},
            set(),
        ),
        # A name no gazetteer knows, the model's place, with a person's role right before it is
        # a person; a place named after a common noun of places stays a place.
        (
            "The gunmen seized the engineer and his Cambodian interpreter Chea Sopheap in 1996.",
            {"Chea Sopheap": "Person"},
            set(),
        ),
        (
            "First came a younger sister, Georgina, in 1975.",
            {"Georgina": "Person"},
            set(),
        ),
        (
            "The delegation toured the port city Nampho and the capital city Pyongyang.",
            {"Pyongyang": "Place"},
            set(),
        ),
        # A body's medium after its head is a medium of its own; the common word "news"
        # after a medium's acronym is no part of its name.
        (
            "Israel radio and Israel army radio reported the verdict.",
            {"Israel army radio": "Organization"},
            {"Israel army"},
        ),
        (
            "From member station KQED, Ann Smith reports. For NPR news, I'm Ann Smith reporting.",
            {"NPR": "Organization", "Ann Smith": "Person"},
            {"NPR news"},
        ),
        # A task force named after a place is a group; one named after its flagship a body.
        (
            "Freeh ordered the investigation consolidate information under the Atlanta task force.",
            {"Atlanta task force": "Group"},
            set(),
        ),
        (
            "The George Washington carrier task force entered the port.",
            {"George Washington carrier task force": "Organization"},
            set(),
        ),
        # A name before a venue's noun is the site's in every mention.
        (
            "The proceeds are for remodeling the company's Desert Inn resort in Las Vegas. The"
            " company said the Desert Inn remodeling will cost about $32 million.",
            {"Desert Inn": "Place", "Las Vegas": "Place"},
            set(),
        ),
        # A medium's name the model missed before the noun of what it is.
        (
            "The Cape Argus newspaper in Cape Town reported that a search has been launched.",
            {"Cape Argus": "Organization", "Cape Town": "Place"},
            set(),
        ),
        # A name ending in a weekday names a day; a name before a weekday or ending in "Sun"
        # need not.
        (
            "The regiment killed 13 protesters during Bloody Sunday in Derry.",
            {"Derry": "Place"},
            {"Bloody Sunday"},
        ),
        (
            "The spokesman told Reuters Monday that Ri Hwa Sun visited the Kumsusan Palace of "
            "the Sun.",
            {
                "Reuters": "Organization",
                "Ri Hwa Sun": "Person",
                "Kumsusan Palace of the Sun": "Place",
            },
            set(),
        ),
    ],
)
def test_wire_names_typed_by_grammar_not_by_the_models_org(
    parse: Parse, text: str, present: dict[str, str], absent: set[str]
) -> None:
    _assert_kinds(_kinds(parse, text), present, absent)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # A name a locative preposition takes stays a place where another mention, only ever
        # after a preposition, looks like a person's to the model.
        (
            "The rebels held out at their base at Anlong Veng in northern Cambodia near the "
            "border. They were joined by guerrillas from Anlong Veng.",
            "Anlong Veaeng",  # the gazetteer's spelling
            "Place",
        ),
        # A paper's name after a medium's noun is the paper's, though a province shares it,
        # in the mention the noun stands by and in the later ones the model takes for a body.
        (
            "The boy's father wrote in a letter published on the front page of the Communist "
            "Party daily Granma. His second letter was published in Granma on Tuesday.",
            "Granma",
            "Organization",
        ),
        # A name a naming verb gives a body's common noun is the body's.
        (
            "The agency says the exile leads a militant organization known as Al-Aqeda.",
            "Al-Aqeda",
            "Organization",
        ),
        # A firm's noun just before a name makes it the firm's, whatever the model took it for.
        (
            "Kuchma also planned to visit Russian gas giant Gazprom to discuss Ukraine's debt.",
            "Gazprom",
            "Organization",
        ),
        (
            "Workers at steel giant Mittal walked off the job in protest on Monday.",
            "Mittal",
            "Organization",
        ),
        (
            "The deal makes Russian oil firm Yukos the country's largest producer.",
            "Yukos",
            "Organization",
        ),
        # A name set off after a role and the place it ends with is the person holding it.
        (
            "The proposal was delivered by the Syrian ambassador to Washington, Walid Mualem, "
            "at a closed forum in Baltimore.",
            "Walid Mualem",
            "Person",
        ),
        # An editor's bracketed title before a quoted surname still makes it a person's.
        (
            "``We were betrayed by the government, by (President) Kennedy,'' said the exile, "
            "a veteran of the invasion.",
            "Kennedy",
            "Person",
        ),
    ],
)
def test_a_names_kind_follows_the_words_around_it(
    parse: Parse, text: str, name: str, kind: str
) -> None:
    assert _kinds(parse, text).get(name) == {kind}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # A name a naming verb gives a thing's common noun is nobody's.
        ("Investigators found traces of a plastic explosive called Semtex at the site.", "Semtex"),
        ("The girl walked a puppy named Dolphin, a gift from her uncle.", "Dolphin"),
        # A capitalised adjective of a noun is no person.
        (
            "Internet technology is spreading into the home. ``Smart homes'' have emerged "
            "across the country.",
            "Smart",
        ),
        # People working for a person are no body.
        (
            "Lawyers for Maria Lopez's husband filed a motion in federal court.",
            "Lawyers for Maria Lopez",
        ),
        # A nationality's adjective modifying the noun after a given name.
        ("Congress may vote to grant Elian American citizenship next month.", "Elian American"),
        # A surname that names a family elsewhere in the article names no person.
        (
            "The bank sold shares to the McAlpine family interests for $1 million. The loan may"
            " be extended by the McAlpine group for a year.",
            "McAlpine",
        ),
    ],
)
def test_words_that_name_no_entity(parse: Parse, text: str, word: str) -> None:
    assert word not in _kinds(parse, text)


def test_a_person_a_naming_verb_names_stays_a_person(parse: Parse) -> None:
    assert _kinds(parse, "Police arrested a man named John Peters on Sunday.").get(
        "John Peters"
    ) == {"Person"}
