from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract import Context
from kg.model import Article, Entity, EntityKind
from kg.resolve.entities import city_of_division, name_without_country, post_of, posts_of_the_named
from kg.resolve.names import canonical_name
from tests.conftest import Parse


def _names(parse: Parse, text: str) -> dict[str, str]:
    _, ctx = parse(text)
    return {m.entity.name: m.entity.kind.value for m in ctx.entities.mentions}


def _assert_names(parse: Parse, text: str, present: dict[str, str], absent: set[str]) -> None:
    """Each name of `present` is an entity of its type in `text`; none of `absent` is."""
    names = _names(parse, text)
    assert {name: names.get(name) for name in present} == present, names
    assert not absent & set(names), names


@pytest.mark.parametrize(
    ("raw", "kind", "expected"),
    [
        ("Kim Jong-un", EntityKind.PERSON, "Kim Jong Un"),
        ("CPC", EntityKind.ORGANIZATION, "Communist Party of China"),
        (
            "South Korea's Defense Ministry",
            EntityKind.ORGANIZATION,
            "Defense Ministry of the Republic of Korea",
        ),
        ("Japan’s Foreign Ministry", EntityKind.ORGANIZATION, "Foreign Ministry of Japan"),
        ("Kim Il Sung's Works", EntityKind.ORGANIZATION, "Kim Il Sung's Works"),
        ("Daily NK’s", EntityKind.ORGANIZATION, "Daily NK"),
        ("DPRK", EntityKind.ORGANIZATION, "Democratic People's Republic of Korea"),
        ("the WPK", EntityKind.ORGANIZATION, "Workers' Party of Korea"),
        ("South Korea", EntityKind.PLACE, "Republic of Korea"),
        ("the United Nations", EntityKind.ORGANIZATION, "United Nations"),
        ("Hoeryong", EntityKind.PLACE, "Hoeryong"),
        ("C.C., WPK", EntityKind.ORGANIZATION, "Central Committee of the Workers' Party of Korea"),
        (
            "Committee for Cooperation in Trade, Economy, Science and Technology",
            EntityKind.ORGANIZATION,
            "Committee for Cooperation in Trade, Economy, Science and Technology",
        ),
        ("KPA General Staff", EntityKind.ORGANIZATION, "General Staff of the Korean People's Army"),
        (
            "the Political Bureau of the Central Committee of the Party",
            EntityKind.ORGANIZATION,
            "Political Bureau of the Central Committee of the Workers' Party of Korea",
        ),
        (
            "C.C., Lao People's Revolutionary Party",
            EntityKind.ORGANIZATION,
            "Central Committee of the Lao People's Revolutionary Party",
        ),
        # "C.C." is the committee's head however many fields the body's name lists.
        (
            "C.C., General Federation of Science and Technology of Korea",
            EntityKind.ORGANIZATION,
            "Central Committee of the General Federation of Science and Technology of Korea",
        ),
        ("DPRK Football Association", EntityKind.ORGANIZATION, "DPRK Football Association"),
        (
            "Bureau, Ministry of Land and Environment Protection",
            EntityKind.ORGANIZATION,
            "Bureau of the Ministry of Land and Environment Protection",
        ),
        (
            "Posts and Telecommunications, IT and Digital Development Sub-committee",
            EntityKind.ORGANIZATION,
            "Posts and Telecommunications, IT and Digital Development Sub-committee",
        ),
        # A country's initials before a known body's acronym, and the acronym before "of"
        # the country: one body, named alike.
        (
            "Presidium of the DPRK SPA",
            EntityKind.ORGANIZATION,
            "Presidium of the Supreme People's Assembly of the DPRK",
        ),
        (
            "Presidium of the SPA of the DPRK",
            EntityKind.ORGANIZATION,
            "Presidium of the Supreme People's Assembly of the DPRK",
        ),
        # A paper's name as the agency's copy misspells it over a press review's items.
        ("Rodong Simun", EntityKind.ORGANIZATION, "Rodong Sinmun"),
        ("Roodng Sinmun", EntityKind.ORGANIZATION, "Rodong Sinmun"),
        # An acronym for a part already says whose part it is.
        (
            "Secretariat of the C.C., Workers' Party of Korea",
            EntityKind.ORGANIZATION,
            "Secretariat of the Central Committee of the Workers' Party of Korea",
        ),
    ],
)
def test_canonical_names(raw: str, kind: EntityKind, expected: str) -> None:
    assert canonical_name(raw, kind)[0] == expected


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (
            "Comrade Kim Yo Jong visited the factory with Kim Jong Un.",
            {"Kim Yo Jong": "Person", "Kim Jong Un": "Person"},
            {"Comrade Kim Yo Jong"},
        ),
        (
            "North Korean officials met Daily NK’s reporter in Seoul.",
            {"Daily NK": "Organization", "Seoul": "Place"},
            {"North Korean", "Daily NK’s"},
        ),
        # A name's head tells a site from a body whatever the model tagged: zoos, playgrounds,
        # camps, resorts and grounds where guests are received are places.
        (
            "Families spent the holiday at the Central Zoo and the Kaesong Public Playground.",
            {"Central Zoo": "Place", "Kaesong Public Playground": "Place"},
            set(),
        ),
        # A department store is a trading enterprise, as a restaurant is; a store is a site.
        (
            "Shoppers crowded the Potonggang Department Store and the Ragwon Store.",
            {"Potonggang Department Store": "Organization", "Ragwon Store": "Place"},
            set(),
        ),
        # The model tags some sites' names as events; their head still makes them places.
        (
            "Delegates gathered at the Olympic Stadium for the opening ceremony.",
            {"Olympic Stadium": "Place"},
            set(),
        ),
        (
            "Pupils sang at the Three-Revolution Exhibition House in Pyongyang.",
            {"Three-Revolution Exhibition House": "Place", "Pyongyang": "Place"},
            set(),
        ),
        (
            "The minister gave a banquet at the Pyongyang Diplomatic Club on Monday.",
            {"Pyongyang Diplomatic Club": "Place"},
            set(),
        ),
        (
            "The senator was arrested at the Palm Beach Country Club & Golf Course on Friday.",
            {"Palm Beach Country Club & Golf Course": "Place"},
            set(),
        ),
        # Forces named by their common noun after a commander's post are words of the title.
        (
            "Thongloun sent a letter to Kim Jong Un, supreme commander of the armed forces of"
            " the DPRK.",
            {"Kim Jong Un": "Person"},
            {"Korean People's Army", "armed forces of the DPRK"},
        ),
        (
            "The armed forces of the DPRK will never tolerate provocations.",
            {"Korean People's Army": "Organization"},
            set(),
        ),
        (
            "An exhibition of new textiles opened at the Sci-Tech Complex and the Hwanghae Iron"
            " and Steel Complex sent its goods.",
            {"Sci-Tech Complex": "Place", "Hwanghae Iron and Steel Complex": "Organization"},
            set(),
        ),
        (
            "The Buffalo Shooting Club elected a new president.",
            {"Buffalo Shooting Club": "Organization"},
            set(),
        ),
        (
            "Choe Son Hui arrived in Moscow on Monday.",
            {"Choe Son Hui": "Person", "Moscow": "Place"},
            {"Hui"},
        ),
        (
            "The families of defectors received rice from party officials.",
            {"families of defectors": "Group", "party officials": "Group"},
            set(),
        ),
        # An acronym the article defines names the same organisation later on.
        (
            "The National Aerospace Technology Administration (NATA) launched a satellite. "
            "The launch failed, the vice general director of the NATA said.",
            {"National Aerospace Technology Administration": "Organization"},
            {"NATA"},
        ),
        # An acronym of the body's name in its own language, given after the name translated.
        (
            "The Workers' Party of Turkey (TIP) held a rally in Ankara. The TIP said the rally"
            " drew thousands.",
            {"Workers' Party of Turkey": "Organization"},
            {"TIP"},
        ),
        # An acronym made of the initials of a body the article names is that body, not the
        # one the alias table spells out under the same letters.
        (
            "The Japan Self-Defense Forces (SDF) staged a landing drill. The SDF said the drill"
            " would go on for a week.",
            {"Japan Self-Defense Forces": "Organization"},
            {"Syrian Democratic Forces", "SDF"},
        ),
        (
            "Japan's Maritime Self-Defense Force sent two destroyers to the strait. The SDF said"
            " the ships would stay there until May.",
            {"Maritime Self-Defense Force": "Organization"},
            {"Syrian Democratic Forces", "SDF"},
        ),
        # Where the article names no body of those letters, the alias table's stands.
        (
            "The SDF took the town near Raqqa, Kurdish officials said.",
            {"Syrian Democratic Forces": "Organization"},
            {"SDF"},
        ),
        # A list of appointments, one per line: no name runs across a line break, and a
        # surname that is also an English word still starts a name.
        (
            "The members of the Cabinet newly appointed are as follows:\n"
            "No Kwang Chol, minister of National Defence\n"
            "Ri Hak Su, minister of State Construction Control",
            {"No Kwang Chol": "Person", "Ri Hak Su": "Person"},
            {"Kwang Chol", "National Defence Ri Hak Su"},
        ),
        # Syllables of Korean names that the tagger reads as English words.
        (
            "Ri Hyang Ok and Phyo So Hui won silver medals. Pak In Sun congratulated them.",
            {"Phyo So Hui": "Person", "Pak In Sun": "Person", "Ri Hyang Ok": "Person"},
            {"Phyo", "Yon"},
        ),
        (
            "She beat a player of the puppet ROK 3:1 in the quarterfinals.",
            {"Republic of Korea": "Place"},
            {"ROK 3:1"},
        ),
        (
            "The General Association of Koreans in China held a celebration.",
            {"General Association of Koreans in China": "Organization"},
            {"General Association of Koreans"},
        ),
        # A body of people living abroad named by its head: the country is a word of its name;
        # a party's is where it is.
        (
            "Ko Chang Ho, chairman of the Association of Korean Businessmen in Russia, spoke.",
            {
                "Ko Chang Ho": "Person",
                "Association of Korean Businessmen in Russia": "Organization",
            },
            {"Association of Korean Businessmen"},
        ),
        (
            "The Korean Students Federation in Germany and the Socialist Party in France met.",
            {
                "Korean Students Federation in Germany": "Organization",
                "Socialist Party": "Organization",
            },
            {"Korean Students Federation", "Socialist Party in France"},
        ),
        (
            "Shortly ago, the Iranian navy captured the tanker, and the Russian army advanced.",
            {"Iranian navy": "Organization", "Russian army": "Organization"},
            set(),
        ),
        (
            "Rodong Sinmun\n- Women's union organizations at all levels have conducted "
            "artistic motivation team activities.",
            {"Rodong Sinmun": "Organization"},
            {"- Women", "Women"},
        ),
        (
            "Present were Wi Chol Su, secretary of the committee, and So Hak Song, its chairman.",
            {"Wi Chol Su": "Person", "So Hak Song": "Person"},
            {"Chol Su", "Hak Song"},
        ),
        (
            "The Songchongang Power Station No. 3 was built by Pyongyang Secondary School No. 1.",
            {
                "Songchongang Power Station No. 3": "Organization",
                "Pyongyang Secondary School No. 1": "Organization",
            },
            {"Pyongyang Secondary School No"},
        ),
        (
            "There was a plan to glorify the 80th founding anniversary of Nishi Tokyo Korean"
            " Primary and Secondary School No. 1 and Nishi Tokyo Korean Primary and Secondary"
            " School No. 2.",
            {
                "Nishi Tokyo Korean Primary and Secondary School No. 1": "Organization",
                "Nishi Tokyo Korean Primary and Secondary School No. 2": "Organization",
            },
            {"Nishi Tokyo Korean Primary", "Secondary School"},
        ),
        (
            "Present there were members of the Pakistan-Korea Friendship and Solidarity Committee.",
            {"Pakistan-Korea Friendship and Solidarity Committee": "Organization"},
            {"Solidarity Committee", "Pakistan-Korea Friendship"},
        ),
        (
            "The document is a record on interrogation of a noncommissioned officer of Unit 731"
            " captured after the battle.",
            {"Unit 731": "Organization"},
            set(),
        ),
        (
            "The Pyongyang Municipal Regiment of Party Members built up the ranks of workers in"
            " charge of construction and supervision.",
            {"Pyongyang Municipal Regiment of Party Members": "Organization"},
            {"Pyongyang Municipal Regiment of Workers' Party of Korea"},
        ),
        (
            "The forum took place under the sponsorship of the Korean Youth Commercial"
            " Association in Japan (Chongsanghoe). Present there was Kim Min Hyok, chairman of"
            " the Korean Youth Commercial Association.",
            {"Korean Youth Commercial Association in Japan": "Organization"},
            {"Korean Youth Commercial Association"},
        ),
        (
            "Present there were Vice-Chairman So Chang On, Director of the Rights and Welfare"
            " Department Im Kyong Sun, Director of the Economic Department Hyon Tae Bom and"
            " Director of the Financial Department Kim Kyong Sop of the Central Standing"
            " Committee.",
            {"Im Kyong Sun": "Person", "Hyon Tae Bom": "Person"},
            {"Kyong Ha"},
        ),
        (
            "NATO and the Cabinet met in Nyongbyon.",
            {
                "Nyongbyon": "Place",
                "North Atlantic Treaty Organization": "Organization",
                "Cabinet": "Organization",
            },
            set(),
        ),
        (
            'Speakers said that the statement titled "Provocateurs can never evade the '
            'responsibility" was just.',
            {"Speakers": "Group"},
            {"Provocateurs"},
        ),
        (
            "The crisis was brought by the Ukrainian incident, and Philippines sent aid.",
            {"Philippines": "Place"},
            {"Ukrainian"},
        ),
        (
            "The finals were held at the Taekwon-Do Hall, and the State Hydro-Meteorological "
            "Administration issued a forecast.",
            {
                "Taekwon-Do Hall": "Place",
                "State Hydro-Meteorological Administration": "Organization",
            },
            {"Do Hall", "Hydro-Meteorological Administration"},
        ),
        (
            "Senior Party and government officials visited the Kumsusan Palace of the Sun with "
            "First Vice Department Director Kim Yo Jong.",
            {"Kumsusan Palace of the Sun": "Place", "Kim Yo Jong": "Person"},
            {"Senior Party", "Sun", "Vice Department"},
        ),
        # A list item's first word after its dash is capitalised only because it comes first.
        (
            "Minju Joson\n- Senior Party and government officials laid a wreath at the Arch of"
            " Triumph.",
            {"Minju Joson": "Organization", "Arch of Triumph": "Place"},
            {"Senior Party"},
        ),
        # A name's word after its hyphen, written in lower case, is still the name's.
        (
            "The Sunchon Ceramics Factory and the Kangso Coal-mining Machine Factory fulfilled"
            " their plans.",
            {
                "Sunchon Ceramics Factory": "Organization",
                "Kangso Coal-mining Machine Factory": "Organization",
            },
            {"Kangso Coal", "Machine Factory", "Kangso Coal-mining"},
        ),
        (
            "Artistes of the Myohyang-san Opera Troupe gave a performance in Hamhung.",
            {"Myohyang-san Opera Troupe": "Organization"},
            {"Myohyang", "Opera Troupe"},
        ),
        # A people's noun before a possessive is a word of the name the model cut there.
        (
            "Pupils of the Kaesong Schoolchildren's Palace won the contest.",
            {"Kaesong Schoolchildren's Palace": "Place"},
            {"Kaesong Schoolchildren"},
        ),
        # Names the alias table knows, where the model sees no name ("Joson" a person).
        (
            "Rodong Sinmun\n- An article deals with the harvest.\n\nMinju Joson\n- An article "
            "calls on all the officials to discharge their responsibility.",
            {"Minju Joson": "Organization", "Rodong Sinmun": "Organization"},
            {"Joson", "Minju"},
        ),
        (
            "Present there were Chairman Pak On Chol and other officials of the committee.",
            {"Pak On Chol": "Person"},
            {"Pak In", "Chol", "Pak"},
        ),
        # Names listed next to a plural designator take its kind and its name.
        (
            "The railway section between Jonchon and Songgan counties was restored in a week.",
            {"Jonchon County": "Place", "Songgan County": "Place"},
            {"Jonchon", "Songgan"},
        ),
        (
            "The city of Hamhung and Kowon and Yonggwang counties repaired their schools.",
            {"Kowon County": "Place", "Yonggwang County": "Place"},
            {"Hamhung County"},
        ),
        (
            "The counties Rakwon, Pukchong and Hamju organized shows of new products.",
            {"Rakwon County": "Place", "Pukchong County": "Place", "Hamju County": "Place"},
            set(),
        ),
        (
            "Apatite producers, including Phungnyon and Jungsan mines, over-fulfilled the plan.",
            {"Phungnyon Mine": "Organization", "Jungsan Mine": "Organization"},
            set(),
        ),
        # A town the model tags as a person: by the gazetteer, or as the object of "in".
        (
            "Koksan produced more silk this year. Builders in Hamju finished the houses.",
            {"Koksan": "Place", "Hamju": "Place"},
            set(),
        ),
        # Words the model left out at the end of a name.
        (
            "Talks between Pak Sang Bom, vice-minister of the DPRK, and Nguyen Minh Khoa, "
            "executive deputy minister of Foreign Affairs of the Socialist Republic of "
            "Vietnam, took place on October 23.",
            {"Nguyen Minh Khoa": "Person", "Pak Sang Bom": "Person"},
            {"Nguyen Minh", "Socialist Republic"},
        ),
        (
            "Present there were the members of the August 28 Youth Shock Brigade.",
            {"August 28 Youth Shock Brigade": "Organization"},
            {"Youth Shock Brigade"},
        ),
        # Named competitions and exercises are events, not bodies.
        (
            "The finals of the 2024 Inter-Provincial Mass Sports Contest took place.",
            {},
            {"Inter-Provincial Mass Sports Contest"},
        ),
        (
            "The US and the ROK staged the Ulji Freedom Shield joint military exercises.",
            {"United States": "Place", "Republic of Korea": "Place"},
            {"Ulji Freedom Shield"},
        ),
        # An exercise's name the model took for a person's, wherever the article repeats it.
        (
            "The U.S., Japan and ROK staged Freedom Edge, the first tripartite multi-domain joint"
            " military exercise. Freedom Edge is a product of the alliance.",
            {"Japan": "Place"},
            {"Freedom Edge"},
        ),
        (
            "They staged a nuclear operation drill dubbed Iron Mace simulating a nuclear war.",
            {},
            {"Iron Mace"},
        ),
        ("The Keen Sword joint military exercise started.", {}, {"Keen Sword"}),
        # A body may hold a drill.
        (
            "The KPA drill was watched by Kim Jong Un.",
            {"Korean People's Army": "Organization", "Kim Jong Un": "Person"},
            set(),
        ),
        (
            "He paid tribute to Generalissimo Kim Jong Il.",
            {"Kim Jong Il": "Person"},
            {"Generalissimo Kim Jong Il"},
        ),
        ("Chairperson Han Kum Ok spoke.", {"Han Kum Ok": "Person"}, {"Chairperson Han Kum Ok"}),
        (
            "They visited the Kanbaeksan Volcano and the Sobaeksan Fantastic Rock.",
            {"Kanbaeksan Volcano": "Place", "Sobaeksan Fantastic Rock": "Place"},
            set(),
        ),
        # In KCNA's copy, a word capitalised only where it opens a sentence is a common word,
        # unless a table knows it or it opens a list of names before their designator.
        (
            "Pyongyang, May 5 (KCNA) -- Fireworks were set off and the song played.",
            {},
            {"Fireworks"},
        ),
        ("Pyongyang, May 5 (KCNA) -- Herein lies the fundamental secret.", {}, {"Herein"}),
        (
            "Pyongyang, May 5 (KCNA) -- Success or failure in preparing officials is decided.",
            {},
            {"Success"},
        ),
        ("Hamhung was visited.", {"Hamhung": "Place"}, set()),
        ("Unryul and Jaeryong mines paid off.", {"Unryul Mine": "Organization"}, {"Unryul"}),
        # A Korean name after the body whose title its bearer holds is a person of its own.
        (
            "A delegation led by General Director of the National Aviation Administration Rim"
            " Kwang Ung returned home.",
            {"National Aviation Administration": "Organization", "Rim Kwang Ung": "Person"},
            {"National Aviation Administration Rim Kwang Ung"},
        ),
        (
            "He visited the Kim Il Sung University.",
            {"Kim Il Sung University": "Organization"},
            set(),
        ),
        # Wars, summits and days are events; dams, peaks and arches are places.
        (
            "Veterans of the Fatherland Liberation War met at the Arch of Triumph near the"
            " Phalhyang Dam on National Liberation Day.",
            {"Arch of Triumph": "Place", "Phalhyang Dam": "Place"},
            {"Fatherland Liberation War", "National Liberation Day"},
        ),
        ("The Washington Summit was held.", {}, {"Washington Summit"}),
        # What follows "Day of" is the day's name, unless it is a known name of its own.
        (
            "The contest in Celebration of the 75th Day of Physical Culture opened.",
            {},
            {"Physical Culture"},
        ),
        # A body is a word of the day's name too; a country stays the country.
        ("An article observes the Day of the United Nations.", {}, {"United Nations"}),
        (
            "A reception was given on the occasion of the Day of Russia.",
            {"Russian Federation": "Place"},
            set(),
        ),
        # A site many places share a name for is named with where it is; a date is no place.
        (
            "Wreaths were laid before the Revolutionary Martyrs Cemetery on Mt Taesong, the"
            " Patriotic Martyrs Cemetery in Sinmi-ri and the Fatherland Liberation War Martyrs"
            " Cemetery on September 8.",
            {
                "Revolutionary Martyrs Cemetery on Mt Taesong": "Place",
                "Patriotic Martyrs Cemetery in Sinmi-ri": "Place",
                "Fatherland Liberation War Martyrs Cemetery": "Place",
                "Mt Taesong": "Place",
                "Sinmi-ri": "Place",
            },
            {"Revolutionary Martyrs Cemetery", "Patriotic Martyrs Cemetery"},
        ),
        # The number that tells apart factories of one kind is part of the name; a number
        # counted by another noun is not.
        (
            "A meeting was held at the Pyongyang Electric Cable General Factory 326 and at the"
            " Jongbaek Vegetable Farm.",
            {
                "Pyongyang Electric Cable General Factory 326": "Organization",
                "Jongbaek Vegetable Farm": "Organization",
            },
            {"Pyongyang Electric Cable General Factory"},
        ),
        (
            "The Toksong Farm harvested 300 tons of maize.",
            {"Toksong Farm": "Organization"},
            {"Toksong Farm 300"},
        ),
        # A ship's name is no person.
        (
            "Shortly ago, the Iranian navy captured the U.S. oil tanker St Nikolas in the Oman"
            " Sea.",
            {"Iranian navy": "Organization", "Oman Sea": "Place"},
            {"St Nikolas"},
        ),
        # Set apart by dashes after the vessel's noun, or with the noun inside the name.
        (
            "Officials said a third aircraft carrier -- the Harry S. Truman -- may sail for the"
            " Persian Gulf.",
            {"Persian Gulf": "Place"},
            {"Harry S. Truman"},
        ),
        (
            "Colonel Mary Hodges will be named commander of the Space Shuttle Discovery for a"
            " flight in May.",
            {"Mary Hodges": "Person"},
            {"Space Shuttle Discovery", "Discovery"},
        ),
        # A body's head after the noun keeps the body.
        (
            "Sailors at the Naval Submarine Base Groton held a parade.",
            {"Naval Submarine Base Groton": "Place"},
            set(),
        ),
        (
            "The U.S. tried to capture a tanker but failed due to the Iranian armed forces'"
            " interruption.",
            {"Iranian armed forces": "Organization"},
            set(),
        ),
        (
            "The DPRK will not tolerate the security vacuum in the Korean peninsula.",
            {"Korean Peninsula": "Place"},
            set(),
        ),
        # A Korean place name ending in a lower-case suffix, with its number.
        (
            "The remains were found in the area of the neighborhood No. 76, Sopho-dong No. 1,"
            " Hyongjesan District.",
            {"Sopho-dong No. 1": "Place", "Hyongjesan District": "Place"},
            {"Sopho"},
        ),
        (
            "He visited Ryonghung-dong in Pyongyang and a farm in Sinmi-ri.",
            {"Ryonghung-dong": "Place", "Sinmi-ri": "Place"},
            {"Ryonghung", "Sinmi"},
        ),
        # Names listed before the words they share and their designator.
        (
            "Hochongang and Jangjingang power stations put the technical management on a high"
            " level.",
            # A power station is an enterprise, as the names' lexicon says.
            {
                "Hochongang Power Station": "Organization",
                "Jangjingang Power Station": "Organization",
            },
            {"Hochongang", "Jangjingang"},
        ),
        (
            "The Namdok, Phunggok and Inpho youth coal mines fulfilled the plan.",
            {"Namdok Youth Coal Mine": "Organization", "Inpho Youth Coal Mine": "Organization"},
            {"Phunggok", "Inpho"},
        ),
        ("Koreans in Japan and Japanese political parties met.", {}, {"Japan Political Party"}),
        # A mountain, a cave: the word before or the head noun makes the name a place.
        (
            "Mt Chilbo attracts tourists to the Ryongmun Cavern and the Ryongyon Cave.",
            {"Mt Chilbo": "Place", "Ryongmun Cavern": "Place", "Ryongyon Cave": "Place"},
            set(),
        ),
        ("He climbed Mt Paektu.", {"Mt Paektu": "Place"}, set()),
        # A region the model takes for a body, alone or with the noun of its area.
        (
            "The U.S. seeks to expand its military presence in the Indo-Pacific region. It says"
            " the European Atlantic Ocean and the Indo-Pacific are inseparable.",
            {"Indo-Pacific region": "Place", "Indo-Pacific": "Place"},
            set(),
        ),
        # A mountain's parts named by where they lie, which the model takes for people.
        (
            "The resort lies between Outer Chilbo and Inner Chilbo, near the coast.",
            {"Outer Chilbo": "Place", "Inner Chilbo": "Place"},
            set(),
        ),
        (
            "They visited the Kaesim Temple and the Isonnam Falls of Mt Myohyang.",
            {"Kaesim Temple": "Place", "Isonnam Falls": "Place", "Mt Myohyang": "Place"},
            set(),
        ),
        (
            "Wreaths were laid at the Revolutionary Martyrs Cemetery on Mt Taesong.",
            {"Revolutionary Martyrs Cemetery on Mt Taesong": "Place", "Mt Taesong": "Place"},
            set(),
        ),
        # A country's formal name is a place, whatever the model tagged.
        (
            "He met the envoys of the State of Kuwait and the Swiss Confederation.",
            {"Kuwait": "Place", "Switzerland": "Place"},
            {"State of Kuwait", "Swiss Confederation"},
        ),
        (
            "Men and women players of the April 25 Sports Team took the first place.",
            {"April 25 Sports Team": "Organization"},
            set(),
        ),
        # The model's one person span over a list is the people listed.
        (
            "He laid a floral basket before the graves of Ri Ul Sol and Choe Hyon.",
            {"Ri Ul Sol": "Person", "Choe Hyon": "Person"},
            {"Ri Ul Sol and Choe Hyon"},
        ),
        (
            "The players returned home on Nov. 9.\nAt Pyongyang International Airport, there "
            "were many people who turned out to greet them.",
            {"Pyongyang International Airport": "Place"},
            {"At Pyongyang International Airport"},
        ),
        # A surname with a one-syllable given name, listed beside people or before a title.
        (
            "He placed flowers in front of the busts of O Jin U, Kim Il, Choe Chun Guk, Kang "
            "Kon, Kim Chaek, An Kil, Ryu Kyong Sam and Choe Hyon.",
            {
                "O Jin U": "Person",
                "Kim Il": "Person",
                "An Kil": "Person",
                "Choe Hyon": "Person",
                "Kang Kon": "Person",
            },
            {"Jin U", "Kil"},
        ),
        (
            "Present there were Jon Sang Chol, secretary of the Central Committee of the WPK, "
            "Choe Hung, general director of the General Bureau.",
            {"Choe Hung": "Person", "Jon Sang Chol": "Person"},
            set(),
        ),
        (
            "The tour covers Mt. Kumgang, Mt. Chilbo, Majon, Kumya, Ri Won and Yombunjin.",
            {"Mt. Kumgang": "Place"},
            {"Ri Won"},
        ),
        # Rarer surnames and given-name syllables, also glued to the next word.
        (
            "Present were Om Pong Guk, secretary, and Jong Hak Do, first deputy director. "
            "Ri Chang Hwanvisited the site.",
            {"Om Pong Guk": "Person", "Jong Hak Do": "Person", "Ri Chang Hwan": "Person"},
            {"Jong Myong", "Il Hwan"},
        ),
        # "Kim Il" is a name of its own, not "Kim Il Sung" shortened.
        (
            "He honoured Kim Il, Kang Kon and Kim Chaek, loyal to President Kim Il Sung.",
            {"Kim Il": "Person", "Kim Il Sung": "Person"},
            set(),
        ),
        # A bare name of a mountain the article names with its prefix is that mountain.
        (
            "He amplified the revolutionary spirit of Paektu into an ideological spirit of all "
            "the people. The spirit of Mt Paektu is alive.",
            {"Mt Paektu": "Place"},
            {"Paektu"},
        ),
        (
            "Great successes are being made to implement the spirit of the 20th Congress of "
            "the CPC.",
            {"20th Congress of the Communist Party of China": "Organization"},
            {"Congress of the Communist Party of China"},
        ),
        # The party's acronym between the ordinal and the meeting's word is the meeting's.
        (
            "The decisions of the Sixth WPK Congress were carried out in every field.",
            {"Sixth WPK Congress": "Organization"},
            {"Congress"},
        ),
        # A party's numbered conference is its body, named like its congress.
        (
            "He set forth the tasks for the Party cells at the Third Conference of Cell "
            "Chairpersons of the Workers' Party of Korea.",
            {
                "Third Conference of Cell Chairpersons of the Workers' Party of Korea": (
                    "Organization"
                )
            },
            set(),
        ),
        (
            "The Fourth Conference of the WPK was held in April 2012.",
            {"Fourth Conference of the Workers' Party of Korea": "Organization"},
            {"Fourth Conference"},
        ),
        # Other conferences are meetings, not bodies.
        (
            "The Second National Conference of Officials in the Land Administration Sector "
            "took place in Pyongyang.",
            {"Pyongyang": "Place"},
            {"Second National Conference of Officials"},
        ),
        (
            "Present there were officials of the Ministry of Transport and the Russian "
            "Association for Friendship and Cultural Cooperation with the DPRK.",
            {
                "Russian Association for Friendship and Cultural Cooperation with the DPRK": (
                    "Organization"
                ),
            },
            {"Russian Association for Friendship and Cultural Cooperation"},
        ),
        # The name of an honour conferred, a news digest's item: no entities.
        (
            "The Standing Committee of the Supreme People's Assembly of the DPRK issued a "
            "decree on conferring the title of Socialist Patriotic Forest on exemplary units.",
            {"Democratic People's Republic of Korea": "Place"},
            {"Socialist Patriotic Forest"},
        ),
        (
            "Rodong Sinmun\n- Articles call for concentrating all efforts on hastening the "
            "conclusion of this year's farming.",
            {"Rodong Sinmun": "Organization"},
            {"Articles"},
        ),
        # A country's armed forces are an organisation; the DPRK's are the KPA.
        (
            "The KPA sent a telephone message to the U.S. forces side. Iranian armed forces "
            "attacked. The DPRK armed forces are strong.",
            {
                "U.S. forces": "Organization",
                "Iranian armed forces": "Organization",
                "Korean People's Army": "Organization",
            },
            {"DPRK armed forces"},
        ),
        (
            "Hostile forces and Western forces are active.",
            {},
            {"Western forces", "Hostile forces"},
        ),
        # A body named in lower case where someone holds a post in it; not a bare "committee".
        (
            "They were congratulated by Kim Kwang Sop, chairman of the provincial rural economy "
            "committee, and officials in Jongju City.",
            {"provincial rural economy committee": "Organization", "Kim Kwang Sop": "Person"},
            set(),
        ),
        (
            "Ryu Chol, chairman of the provincial people's committee, spoke. He became the "
            "director of the committee.",
            {"provincial people's committee": "Organization"},
            {"committee", "provincial people"},
        ),
        (
            "Its production processes for injections and capsule medicines won the GMP "
            "authentication.",
            {},
            {"GMP"},
        ),
        (
            "The players showed the strenuous offensive peculiar to Juche Korea.",
            {"Democratic People's Republic of Korea": "Place"},
            {"Juche Korea"},
        ),
        # The last sentence of a KCNA item, closed by "-0-", is no title-case headline.
        (
            "Pyongyang, October 10 (KCNA) -- The machine-building industry sector is pushing "
            "ahead with the modernization of machines.\nThe same is true of the Rakwon General "
            "Machine Enterprise, the Kangso Engine Accessory Factory and the Huichon Precision "
            "Machine Plant. -0-",
            {
                "Rakwon General Machine Enterprise": "Organization",
                "Huichon Precision Machine Plant": "Organization",
            },
            set(),
        ),
        # A management station is an enterprise, not a site.
        (
            "The general processing ground of the Rason Grain Management Station was newly built.",
            {"Rason Grain Management Station": "Organization"},
            set(),
        ),
        # Names the model cut: a date the body is named after, a country in capitals after
        # "of", the members a unit is of, whom a bond is with (no people's group).
        (
            "The February 17 Shock Brigade of Scientists and Technicians is intensifying its "
            "activities.",
            {"February 17 Shock Brigade of Scientists and Technicians": "Organization"},
            {"Shock Brigade of Scientists and Technicians"},
        ),
        (
            "The general secretary of the Communist Party of DR Congo said in a statement that "
            "the DPRK could make an eye-opening development.",
            {"Communist Party of DR Congo": "Organization"},
            {"Communist Party"},
        ),
        (
            "Officials and builders of the North Phyongan Provincial Regiment of Party members "
            "are speeding up the construction project.",
            {"North Phyongan Provincial Regiment of Party members": "Organization"},
            set(),
        ),
        # A local body named by its level after the party committee of a place of that level
        # in the same sentence is that place's body; without one it stays a body of a kind.
        (
            "Present were Choe Ung Chol, secretary of the Nampho Municipal Committee of the"
            " Workers' Party of Korea, Rim Yong Man, vice-chairman of the municipal people's"
            " committee, and officials.",
            {"Nampho Municipal People's Committee": "Organization"},
            {"municipal people's committee"},
        ),
        (
            "Kim Chol Min, secretary of the South Hwanghae Provincial Committee of the WPK, said"
            " that the provincial people's committee and the provincial public security bureau"
            " rendered assistance.",
            {
                "South Hwanghae Provincial People's Committee": "Organization",
                "South Hwanghae Provincial Public Security Bureau": "Organization",
            },
            {"provincial people's committee", "provincial public security bureau"},
        ),
        (
            "Ri Hi Yong, chief secretary of the Uiju County Party Committee, and the chairman of"
            " the county people's committee were there.",
            {"Uiju County People's Committee": "Organization"},
            set(),
        ),
        (
            "Secretaries of the North Phyongan Provincial Committee of the WPK met. Kang Myong"
            " Ryong, vice-chairman of the provincial people's committee, made an address.",
            {},
            {"North Phyongan Provincial People's Committee"},
        ),
        (
            "Kim Man Jo, secretary of the South Phyongan Provincial Committee of the WPK, and the"
            " chairman of the county people's committee were there.",
            {},
            {"South Phyongan County People's Committee"},
        ),
        (
            "The chairperson of the Brazilian Center for Peace and Solidarity with Peoples "
            "lauded the WPK.",
            {"Brazilian Center for Peace and Solidarity with Peoples": "Organization"},
            {"Brazilian Center for Peace and Solidarity"},
        ),
        # A qualifier in brackets that tells a party from its namesakes is part of its name,
        # and of its committee's.
        (
            "The first secretary of the C.C., Communist Party of Canada (Marxist-Leninist) "
            "sent a letter.",
            {
                "Central Committee of the Communist Party of Canada (Marxist-Leninist)": (
                    "Organization"
                ),
                "Communist Party of Canada (Marxist-Leninist)": "Organization",
            },
            {"Marxist-Leninist", "Central Committee of the Communist Party of Canada"},
        ),
        # A party named for its country's people: the country the model cut off is part of
        # its name, and of its committee's.
        (
            "Greetings came from the general secretary of the Communist Party of Switzerland"
            " and the international secretary of the C.C., Communist Party of the People of"
            " Spain.",
            {
                "Central Committee of the Communist Party of the People of Spain": "Organization",
                "Communist Party of the People of Spain": "Organization",
            },
            {"Spain", "Central Committee of the Communist Party of Switzerland"},
        ),
        # A bare party name is none of the several parties named in full around it.
        (
            "Messages came from the Communist Party of Belarus, the Communist Party of"
            ' Switzerland and the chairman of the Communist Party "Russian Communists".',
            {
                "Communist Party of Belarus": "Organization",
                "Communist Party of Switzerland": "Organization",
                'Communist Party "Russian Communists"': "Organization",
            },
            {"Communist Party"},
        ),
        # One word in brackets the model reads as a creed's qualifies the party: no short
        # name of it that makes another party's name one of its parts.
        (
            "Letters came from the Worker's Party (Communist) of Bulgaria and the chairman of"
            ' the Communist Party "Russian Communists".',
            {'Communist Party "Russian Communists"': "Organization"},
            {"Party of the Worker's Party"},
        ),
        # A body's name spelt out in brackets after its acronym is no qualifier.
        (
            "Hungary joined NATO (North Atlantic Treaty Organization) last year.",
            {"North Atlantic Treaty Organization": "Organization"},
            {"NATO (North Atlantic Treaty Organization)"},
        ),
        # A lower-case compass word joins a name only where the whole is a place's own name.
        (
            "Israeli troops moved into southern Lebanon on Friday.",
            {"Lebanon": "Place"},
            {"Southern Lebanon", "southern Lebanon"},
        ),
        # A nationality before those it names, or a plural name, is no town sharing its name.
        (
            "Turkey urged all Balkan states to sign a joint declaration on Kosovo.",
            {"Turkey": "Place"},
            {"Balkan"},
        ),
        (
            "Sanjurjo, sipping a cafecito in front of Versailles restaurant, said nothing.",
            {},
            {"Versailles"},
        ),
        # A compass point opening a nationality's adjective makes no region.
        (
            "South African officials met West German envoys in Bonn.",
            {"Bonn": "Place"},
            {"South African", "West German"},
        ),
        # A day's name cut from its weekday names no person.
        (
            "The IRA's decision to carry out the Bloody Friday attacks proved to be a disaster.",
            {"Irish Republican Army": "Organization"},
            {"Bloody"},
        ),
        # A compass point before a common noun is a part of the world, no province.
        (
            "The group was formed for the economic buildup of the West world in the 1970s.",
            {},
            {"West"},
        ),
        # A well-known body's acronym alone is the body; opening a firm's name, the firm's.
        (
            "Spanish police blamed ETA for the car bomb that exploded in Bilbao on Tuesday.",
            {"Euskadi Ta Askatasuna": "Organization"},
            {"ETA"},
        ),
        (
            "The company closed its ETA Systems Inc. supercomputer unit last spring.",
            {"ETA Systems Inc.": "Organization"},
            {"Euskadi Ta Askatasuna", "Systems Inc. of the Euskadi Ta Askatasuna"},
        ),
        (
            "ETA Systems Inc. will close its plant. ETA employs 300 people there.",
            {"ETA Systems Inc.": "Organization"},
            {"Euskadi Ta Askatasuna", "ETA"},
        ),
        # A newspaper called by its last word after its full name is the paper.
        (
            "The Chicago Tribune reported the deal on Monday. The Tribune said the bank "
            "had agreed to pay.",
            {"Chicago Tribune": "Organization"},
            {"Tribune"},
        ),
        (
            "The Boston Globe printed the letter. Officials told the Globe that it was false.",
            {"Boston Globe": "Organization"},
            {"Globe"},
        ),
    ],
)
def test_entities_found_with_canonical_names(
    parse: Parse, text: str, present: dict[str, str], absent: set[str]
) -> None:
    names = _names(parse, text)
    for name, kind in present.items():
        assert names.get(name) == kind, names
    assert not absent & set(names)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # The party's country, named nowhere apart, is a word of its name.
        (
            "Nguyen Phu Trong, general secretary of the Central Committee of the Communist Party"
            " of Vietnam, died.",
            {
                "Central Committee of the Communist Party of Vietnam": "Organization",
                "Communist Party of Vietnam": "Organization",
            },
            {"Central Committee of the Communist Party", "Vietnam"},
        ),
        (
            "The test was organized by the Drone Institute of the Academy of Defence Sciences.",
            {
                "Drone Institute of the Academy of Defence Sciences": "Organization",
                "Academy of Defence Sciences": "Organization",
            },
            set(),
        ),
        (
            "Thongloun Sisoulith, general secretary of the C.C., Lao People's Revolutionary Party,"
            " sent a message.",
            {
                "Central Committee of the Lao People's Revolutionary Party": "Organization",
                "Lao People's Revolutionary Party": "Organization",
            },
            {"Central Committee of the Workers' Party of Korea"},
        ),
        (
            "Special envoy of the DPRK government Ri Ho Sam, charge d'affaires of the DPRK embassy"
            " in Hanoi, met officials of the Vietnamese government.",
            {
                "DPRK government": "Organization",
                "DPRK embassy in Hanoi": "Organization",
                "Vietnamese government": "Organization",
                "Hanoi": "Place",
            },
            set(),
        ),
        (
            "Kim Tae Chol Jun, vice-minister of External Economic Relations of the DPRK, spoke.",
            {"Democratic People's Republic of Korea": "Place"},
            {"External Economic Relations of the DPRK", "External Economic Relations"},
        ),
        (
            "The general of the Joint Chiefs of Staff of the ROK spoke.",
            {},
            {"Staff of the ROK"},
        ),
        (
            "Choe Il Bom won the Golden Ball award at the games of the UN Charter.",
            {"Choe Il Bom": "Person"},
            {"Golden Ball", "UN Charter", "Charter of the United Nations"},
        ),
        (
            "He met Battsetseg Batmunkh, minister of Foreign Affairs and Trade of Mongolia, and"
            " the minister of Social Affairs of the Republic of Tunisia.",
            {"Mongolia": "Place"},
            {"Foreign Affairs and Trade of Mongolia", "Republic"},
        ),
        # A country's army or navy named by a common noun is an organisation.
        ("The Iranian navy captured a tanker.", {"Iranian navy": "Organization"}, set()),
        ("The ROK army fired shells.", {"ROK army": "Organization"}, set()),
        (
            "He read the Choson Sinbo Company report.",
            {"Choson Sinbo Company": "Organization"},
            set(),
        ),
        (
            "He met them at the headquarters building of the Central Committee of the WPK.",
            {
                "headquarters building of the Central Committee of the WPK": "Place",
                "Central Committee of the Workers' Party of Korea": "Organization",
            },
            set(),
        ),
        ("He stressed the building of the Party.", {}, {"building of the Party"}),
        # A possessive before a body's common name is the speaker's, no word of the name.
        (
            "Our Party has paid deep attention to the veteran so that he could lead a"
            " worthwhile life.",
            {"Workers' Party of Korea": "Organization"},
            {"Our Party"},
        ),
        (
            "Our Party and the government of the Republic will strive to boost the friendship.",
            {"Workers' Party of Korea": "Organization"},
            {"Our Party"},
        ),
        (
            "The Ministry of Defense of the puppet Republic of Korea went busy.",
            {"Republic of Korea": "Place"},
            {"puppet Republic"},
        ),
        ("The crowd shouted Hurrah! at the parade.", {}, {"Hurrah"}),
        # A faith, a doctrine or a language is no actor.
        ("Many voters know little about Islam, the imam said.", {}, {"Islam"}),
        ("The Pope has been one of Communism's most effective adversaries.", {}, {"Communism"}),
        ("The leaflets were printed in Swahili and English.", {}, {"Swahili"}),
        ("The sect cites Biblical prophecy to justify its hatred.", {}, {"Biblical"}),
        # A body named after the person who leads it; after a country, whoever governs.
        (
            "Pentagon sources said the Bush administration plans to deploy more troops.",
            {"Bush administration": "Organization"},
            set(),
        ),
        (
            "It is the goal of the current U.S. administration's policy to isolate the country.",
            {"current U.S. administration": "Group"},
            {"U.S. administration"},
        ),
        # A country's ministry named by its portfolio, and its broadcaster by the medium.
        (
            "Reports attributed to the Japanese foreign ministry said the envoy would leave.",
            {"Japanese foreign ministry": "Organization"},
            set(),
        ),
        (
            "On Tuesday, Damascus radio said the talks had failed.",
            {"Damascus radio": "Organization"},
            set(),
        ),
        (
            "In Tripoli, Libyan television showed the rally live.",
            {"Libyan television": "Organization"},
            set(),
        ),
        # ... also opening a sentence, where only the model's country counts.
        (
            "Egypt radio said the border crossing would reopen on Sunday.",
            {"Egypt radio": "Organization"},
            set(),
        ),
        ("Border police said the crossing would reopen.", {}, {"Border police"}),
        # ... not one of a country's many.
        ("He worked as a clerk in a Chilean ministry for ten years.", {}, {"Chilean ministry"}),
        # ... not the medium something is shown on.
        ("The signing was broadcast live on Polish television.", {}, {"Polish television"}),
        # A place named only before a group's noun is a place the article names.
        (
            "They repelled the invasion of the US imperialists.",
            {"US imperialists": "Group", "United States": "Place"},
            set(),
        ),
        (
            "The newspaper denounced the ROK puppets for their provocations.",
            {"ROK puppets": "Group", "Republic of Korea": "Place"},
            set(),
        ),
        ("A Delaware court dismissed the suit on Friday.", {"Delaware": "Place"}, set()),
        # Inside bodies' names over a shared noun the place is a word of their names.
        (
            "The Nampho municipal committees of the union organized a campaign.",
            {},
            {"Nampho"},
        ),
        (
            "He met commanders of the East and West Sea Fleets of the Navy.",
            {"East Sea Fleet": "Organization", "West Sea Fleet": "Organization"},
            {"East", "West Sea"},
        ),
        (
            "He met officials of the Communist Party and Foreign Ministry of Vietnam.",
            {
                "Communist Party of Vietnam": "Organization",
                "Foreign Ministry of Vietnam": "Organization",
            },
            {"Communist Party and Foreign Ministry of Vietnam"},
        ),
        # Fields after "of" that share the body's plural head name one body.
        (
            "The U.S. Department of Labor and Veterans Services opened an inquiry.",
            {"U.S. Department of Labor and Veterans Services": "Organization"},
            {"Labor Service", "Veterans Service"},
        ),
        (
            "Delegates from North and South Hwanghae Provinces came.",
            {"North Hwanghae Province": "Place", "South Hwanghae Province": "Place"},
            set(),
        ),
        # A compass point alone in a list of names shares the next name's words.
        (
            "Sports teams of North and South Phyongan and Kangwon provinces took part.",
            {
                "North Phyongan Province": "Place",
                "South Phyongan Province": "Place",
                "Kangwon Province": "Place",
            },
            {"North Province"},
        ),
        # A museum or a site is a place; "for" ends the first part of a name, as "of" does.
        (
            "They visited the Revolutionary Site for Party Foundation and the Party Founding"
            " Museum.",
            {"Revolutionary Site for Party Foundation": "Place", "Party Founding Museum": "Place"},
            set(),
        ),
        # A body's capitalised purpose after "for" is part of its name, and no body itself.
        (
            "A delegation of the International Alliance of Societies for the Study of the Juche"
            " Idea in East European and Central Asian Regions led by General Secretary Mikhail"
            " Panchenko arrived here by plane on Thursday.",
            {
                "International Alliance of Societies for the Study of the Juche Idea in East"
                " European and Central Asian Regions": "Organization",
                "Mikhail Panchenko": "Person",
            },
            {"International Alliance of Societies", "Juche Idea"},
        ),
        (
            "The chairman of the Mongolian Center for the Study of the Juche Idea said it.",
            {"Mongolian Center for the Study of the Juche Idea": "Organization"},
            {"Mongolian Center", "Juche Idea"},
        ),
        # A proper name before a word for a leader's followers is the leader's.
        (
            "The puppet Zelenskiy clique of Ukraine perpetrated a brutal atrocity.",
            {"Zelenskiy": "Person", "Ukraine": "Place"},
            set(),
        ),
        (
            "The reckless military moves of the Zelenskiy puppet clique are enough.",
            {"Zelenskiy": "Person"},
            set(),
        ),
        (
            "The Zelenskiy puppet authorities launched it.",
            {"Zelenskiy": "Person"},
            set(),
        ),
        # The model's site or town there is the leader all the same.
        (
            "Rallies were held in Seoul in demand of the resignation of the Choi Sang Mok group.",
            {"Choi Sang Mok": "Person", "Seoul": "Place"},
            set(),
        ),
        ("The Hamas group said it.", {"Hamas": "Organization"}, set()),
        # A country's forces stationed in another country are a command of their own.
        (
            "The U.S. forces in Japan cooked up the combined forces command.",
            {"U.S. forces in Japan": "Organization", "Japan": "Place"},
            {"U.S. forces"},
        ),
        (
            "The U.S. forces staged drills in South Korea.",
            {"U.S. forces": "Organization"},
            set(),
        ),
        (
            "The Kiev regime attacked it.",
            {"Kiev": "Place"},
            set(),
        ),
        (
            "A member of the Popular Front for the Liberation of Palestine came.",
            {"Popular Front for the Liberation of Palestine": "Organization", "Palestine": "Place"},
            set(),
        ),
        (
            "Staff at its embassy in Caracas left; the nation’s Defense Ministry confirmed it.",
            {"Defense Ministry": "Organization"},
            {"embassy in Caracas", "’s Defense Ministry"},
        ),
        (
            "Delegates of the General Federation of Trade Unions of Korea met in Mansu Hill.",
            {
                "General Federation of Trade Unions of Korea": "Organization",
                "Mansu Hill": "Place",
            },
            set(),
        ),
        # A known name with its own "of" is whole: the factory says where the committee is.
        (
            "Ryu Sang Gun, secretary of the primary committee of the Workers' Party of Korea of"
            " the Pyongyang Hosiery Factory, made a report.",
            {
                "Workers' Party of Korea": "Organization",
                "Pyongyang Hosiery Factory": "Organization",
            },
            {"Workers' Party of Korea of the Pyongyang Hosiery Factory"},
        ),
        # A country after "in" ends a proper name and is part of it; after a common noun it is
        # a place of its own (the embassy above).
        (
            "The General Association of Koreans in China held events.",
            {"General Association of Koreans in China": "Organization"},
            {"People's Republic of China"},
        ),
        # A party's or a union's country is a word of its name where the article names the
        # country nowhere apart; a state's own body stands for its country.
        (
            "The chairman of the Socialist Labour Party of Peru sent a letter to the leader.",
            {"Socialist Labour Party of Peru": "Organization"},
            {"Peru"},
        ),
        (
            "The Union of Railway Workers of Korea held a meeting on Monday.",
            {"Union of Railway Workers of Korea": "Organization"},
            {"Korea"},
        ),
        (
            "The Socialist Labour Party of Peru and the Foreign Ministry of Peru sent letters.",
            {"Socialist Labour Party of Peru": "Organization", "Peru": "Place"},
            set(),
        ),
        (
            "The chairman of the Socialist Labour Party of Peru visited Peru's embassy here.",
            {"Socialist Labour Party of Peru": "Organization", "Peru": "Place"},
            set(),
        ),
        # A body named only by a common word before a noun is not named as a body.
        (
            "Present were officials of local Party and power organs. Wreaths in the names of"
            " local Party and power organs were placed.",
            {},
            {"Workers' Party of Korea"},
        ),
        (
            "Party officials visited the families. The Party will take measures.",
            {"Workers' Party of Korea": "Organization"},
            set(),
        ),
        # Known names inside a known name are each named.
        (
            "Kim Tok Hun, member of the Presidium of the Political Bureau of the Central"
            " Committee of the Workers' Party of Korea, spoke.",
            {
                "Central Committee of the Workers' Party of Korea": "Organization",
                "Workers' Party of Korea": "Organization",
            },
            {"Korea"},
        ),
        # The country ending a well-known body's name alone, before a possessive, is no
        # place the article names.
        (
            "The harvest is a fruit of the Workers' Party of Korea's wise policy for the farms.",
            {"Workers' Party of Korea": "Organization"},
            {"Korea"},
        ),
        # "Party" that says whose members a unit is of names no party of its own.
        (
            "The Kaesong Municipal Regiment of Party Members left for the flood-hit areas.",
            {"Kaesong Municipal Regiment of Party Members": "Organization"},
            {"Workers' Party of Korea"},
        ),
        # A title before a name inside a site's name makes the name a person's.
        (
            "Officials laid flowers at the Mausoleum of King Tongmyong on Sunday.",
            {"Mausoleum of King Tongmyong": "Place", "Tongmyong": "Person"},
            set(),
        ),
    ],
)
def test_names_inside_organisation_names(
    parse: Parse, text: str, present: dict[str, str], absent: set[str]
) -> None:
    names = _names(parse, text)
    for name, kind in present.items():
        assert names.get(name) == kind, names
    assert not absent & set(names), names


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "He was accompanied by Jo Yong Won and other senior officials of the C.C., WPK.",
            "other senior officials of the C.C., WPK",
        ),
        (
            "The test was watched by officials, scientists and researchers of the Drone Institute.",
            "officials, scientists and researchers of the Drone Institute",
        ),
        (
            "Present were deputies to the Supreme People's Assembly and guests.",
            "deputies to the Supreme People's Assembly",
        ),
        ("He went round the tower with the cadres accompanying him.", "cadres accompanying him"),
        # A place right after the head, attached to it, says whose the group is.
        (
            "They were congratulated by Kim Kwang Sop, chairman of the provincial rural economy"
            " committee, and officials in Jongju City.",
            "officials in Jongju City",
        ),
        (
            "The committee is making medical examination of the flood victims in cooperation"
            " with the public health sector.",
            "public health sector",
        ),
        (
            "The General Staff decided to keep the combined artillery units and the units with"
            " important fire duties near the border in full combat readiness.",
            "units with important fire duties near the border",
        ),
        (
            "It is taking measures to enhance the role of emergency disaster response commanding"
            " groups at all levels.",
            "emergency disaster response commanding groups",
        ),
        ("They repelled the invasion of the US imperialists.", "US imperialists"),
        (
            "He said so to the officials concerned of the ministry.",
            "officials concerned of the ministry",
        ),
        ("It is the desire of the peoples of the two countries.", "peoples of the two countries"),
        ("A mobile educational group was formed.", "mobile educational group"),
        (
            "They are the children the people of the flood-hit areas left in our care.",
            "people of the flood-hit areas",
        ),
        (
            "This is plunder committed in the eyes of the international community.",
            "international community",
        ),
        ("The Israeli regime approved a huge plan.", "Israeli regime"),
        # A singular head after a name is no designator of it.
        ("The present U.S. administration is hostile.", "present U.S. administration"),
        ("The major nuclear powers have expanded their arsenals.", "major nuclear powers"),
        # A participle that names the kind of group, however it was parsed.
        (
            "He was greeted by commanding officers of the military units.",
            "commanding officers of the military units",
        ),
        # A plural noun before the head modifies it.
        ("Tension is rising among nuclear weapons states.", "nuclear weapons states"),
        ("More than 500 ace men and women players took part.", "ace men and women players"),
        # Modifiers coordinated before a shared head.
        (
            "The ore conveying and raw materials workshops introduced technical innovations.",
            "ore conveying and raw materials workshops",
        ),
        # Places acting together, with words that say which ones.
        (
            "The Agricultural Commission and relevant provinces, cities and counties are making "
            "preparations.",
            "relevant provinces, cities and counties",
        ),
        ("Israel must end its hostile acts against the Arab countries.", "Arab countries"),
        # A people or the adherents of a cause, named by a plural noun.
        ("Thousands of innocent Palestinians have been killed.", "innocent Palestinians"),
        ("The U.S. has encouraged the Zionists' moves for expansion.", "Zionists"),
        ("It shows how brazen the ROK clans are.", "ROK clans"),
        # Adherents and practitioners by the ending of their name.
        ("The Japanese militarists are reviving the past.", "Japanese militarists"),
        ("The victory was noted by foreign historians.", "foreign historians"),
        ("The Russian expert delegation arrived in Pyongyang.", "Russian expert delegation"),
        ("The KPA guard of honour lined up at the airport.", "KPA guard of honour"),
        (
            "Following are articles in leading newspapers of the DPRK.",
            "leading newspapers of the DPRK",
        ),
        # What a body is for, and a participle clause that says which ones.
        (
            "The headquarters for rehabilitation were organized in the provinces.",
            "headquarters for rehabilitation",
        ),
        (
            "The order was issued to the units taking on an important firepower task.",
            "units taking on an important firepower task",
        ),
        (
            "He praised the construction regiments dispatched to cities and counties.",
            "construction regiments dispatched to cities and counties",
        ),
        # Not one that says what they said.
        (
            "The talks collapsed on Friday, with officials saying no date was set for new ones.",
            "officials",
        ),
        # Bodies coordinated inside the attached phrase.
        (
            "The workers of the calcinating and cement workshops are putting production on a "
            "normal footing.",
            "workers of the calcinating and cement workshops",
        ),
        (
            "He met leading cadres of the Party and the government.",
            "leading cadres of the Party and the government",
        ),
        (
            "He met officials of the Communist Party and Foreign Ministry of Vietnam.",
            "officials of the Communist Party and Foreign Ministry of Vietnam",
        ),
        (
            "He met officials and workers of the Orangchon Power Station No. 5.",
            "officials and workers of the Orangchon Power Station No. 5",
        ),
        (
            "The world progressives should join the Korean people in the struggle.",
            "world progressives",
        ),
        # A plural the tagger takes for a singular.
        (
            "The region is frequented and the war maniacs loudly talk about the end of regime.",
            "war maniacs",
        ),
        (
            "He instructed an official to recall the servicepersons with university background "
            "from the war front.",
            "servicepersons with university background from the war front",
        ),
        # A participle clause of up to eight words says which ones.
        (
            "The forces involved in the smear campaign against the DPRK will have to pay a dear"
            " price for it.",
            "forces involved in the smear campaign against the DPRK",
        ),
        # Parties, the media, executives and fanatics act as collectives.
        (
            "In particular, the Minju Party and other opposition parties took an active part in"
            " the impeachment struggle.",
            "other opposition parties",
        ),
        # "other" says they are not the ones named before: a group apart, even of places.
        ("Other Canadians have also been urged to leave the city.", "other Canadians"),
        ("The board will go on seeking higher offers from other buyers.", "other buyers"),
        ("The sanctions forced other countries to cut their trade with Cuba.", "other countries"),
        (
            "Ongjin, Kangryong and other counties organized lectures on plastering.",
            "other counties",
        ),
        (
            "Media of the puppet ROK, too, disclosed the bellicose war moves of puppet Yoon.",
            "media of the puppet ROK",
        ),
        (
            "The chief executives of the U.S. and the ROK made public a joint statement on July"
            " 11.",
            "chief executives of the U.S. and the ROK",
        ),
        (
            "There is no other choice for us to take against such confrontational fanatics.",
            "such confrontational fanatics",
        ),
        # A team, however named, acts as a collective.
        (
            "That day he dropped in at the workplace of a work-team of the farm to examine in"
            " detail the farm machines.",
            "work-team of the farm",
        ),
        ("The Cabinet team beat its rival 3:0.", "Cabinet team"),
        # A group the head belongs to stands before it in the possessive.
        (
            "Meetings of working people's organizations took place on September 5.",
            "working people's organizations",
        ),
        (
            "The Pyongyang Municipal Party Committee launched Party members' regiments for the"
            " flood rehabilitation.",
            "Party members' regiments",
        ),
        # A body named by a lower-case noun with words that say which one.
        (
            "The county land management bureau planted saplings along the river.",
            "county land management bureau",
        ),
        (
            "The company said its executive committee approved the merger on Monday.",
            "executive committee",
        ),
        (
            "Wall newspapers, the municipal fishery committee, and residents of Kimchaek City"
            " greeted the crew.",
            "municipal fishery committee",
        ),
        # A people's plural the model leaves untyped after a nationality hyphened to it.
        (
            "Thousands of Haitian-Americans marched past the federal building on Saturday.",
            "Haitian-Americans",
        ),
        # A people's plural of a noun for one of the people, not of its adjective.
        (
            "Hundreds of Britons were stranded at the airport by the strike.",
            "Britons",
        ),
        (
            "The rebels ordered all Danes and Swedes in the city to leave at once.",
            "Danes and Swedes in the city",
        ),
        # The model's body of one such word is the people.
        ("Danes protested outside the embassy on Friday.", "Danes"),
        ("The rebels ordered Icelanders and Danes to leave the port.", "Icelanders"),
        # A nation's leaders named by its adjective and a noun that bare names an act.
        (
            "The envoy hopes to open talks with the Syrian leadership next week.",
            "Syrian leadership",
        ),
        (
            "The minister said his letter was handed to the Cuban leadership on Tuesday.",
            "Cuban leadership",
        ),
        # A body a religion's adjective says which of.
        (
            "In 1921 a Jewish body asked the British governor to open a school in Jerusalem.",
            "Jewish body",
        ),
        # Its people in the possessive say whose body it is.
        (
            "The county people's committee sent cement and timber to the flood-hit villages.",
            "county people's committee",
        ),
        (
            "Tractors were supplied by the city people's committee and the farm machine plant.",
            "city people's committee",
        ),
        # Bodies of one kind that act or are acted on together, named by their plural.
        (
            "Tools shown by the Academy of Sciences and several companies of Brazil drew the"
            " attention of visitors.",
            "several companies of Brazil",
        ),
        (
            "Other firms have heavily promoted private-banking businesses of their own.",
            "other firms",
        ),
        ("Villagers handed over food to the railway platoons.", "railway platoons"),
        # "Figures" that are people, told by the word before them.
        ("In messages on the anniversary, foreign figures praised the party.", "foreign figures"),
        (
            "Killings of local tribal figures recently rocked the east side of the river.",
            "local tribal figures",
        ),
        (
            "The fertile soil has enriched rural communities in the valley.",
            "rural communities in the valley",
        ),
        # State media's words of contempt for a hostile side's people are collectives.
        (
            "The statements denounced the scum of the puppet regime for its provocation.",
            "scum of the puppet regime",
        ),
        ("The newspaper said the traitor clan must be punished.", "traitor clan"),
        # A staff is a collective, not in a title nor before a noun it modifies.
        (
            "The teaching staff and cadets of the academy greeted the delegation.",
            "teaching staff and cadets of the academy",
        ),
        (
            "Guests included representatives and staff members of the foreign missions.",
            "representatives and staff members of the foreign missions",
        ),
        # A word hyphened to the head is part of it.
        ("Pro-republicans have accused the government of betrayal.", "Pro-republicans"),
        ("Many disabled ex-soldiers attended the ceremony.", "many disabled ex-soldiers"),
        # People named only by what is said of them after "those".
        (
            "The governor vowed to bring to justice those who were responsible for the fire.",
            "those who were responsible for the fire",
        ),
        (
            "The plan was adopted over objections from those advocating a popular vote.",
            "those advocating a popular vote",
        ),
        (
            "Investigators said those responsible had been arrested.",
            "those responsible",
        ),
        # A body of a kind whose fields are joined by "and", which the parse may hang as a
        # noun modifier of the head.
        (
            "Trade union members of the provincial land and marine conservation bureau went to"
            " the flood sites.",
            "provincial land and marine conservation bureau",
        ),
        # A plural name's word keeps its capital inside the group's name.
        (
            "Pyongyang, May 3 (KCNA) -- An agitation team comprising officials of the Pyongyang"
            " Municipality Committee of the Workers' Party of Korea encouraged the builders.",
            "officials of the Pyongyang Municipality Committee of the Workers' Party of Korea",
        ),
        # A group's noun after a dateline's dash or a list's, which the tagger takes for a name's.
        (
            "Pyongyang, November 3 (KCNA) -- Avengers are visiting the class education bases.",
            "avengers",
        ),
        (
            "Units fulfilled their plans.\n- Farms in North Hamgyong Province reaped bumper"
            " harvest.",
            "Farms in North Hamgyong Province",
        ),
        # The phrase on a subject ends before its verb, which the parse took for a participle.
        (
            "Units fulfilled their plans.\n- Workers in the power sector increased production.",
            "Workers in the power sector",
        ),
        # Soldiers named by an acronym's plural, which keeps its capitals.
        (
            "An estimated 20,000 American GIs have already massed to defend Saudi Arabia.",
            "American GIs",
        ),
        # A body of a kind brought in by "a" as the one an act is for, to or by.
        ("The issue was referred to a special committee.", "special committee"),
        # Bodies one name and a superlative say which ones are.
        (
            "The IT products presented by the best IT enterprises of the DPRK drew attention.",
            "best IT enterprises of the DPRK",
        ),
        # A people's word after a body's name and "and": that people's group, not a list of
        # names sharing the noun.
        (
            "On Tuesday the CIA and Egyptian police said the man had confessed to the attack.",
            "Egyptian police",
        ),
        (
            "Contrary to other reports, the FBI and Kenyan police said on Monday that the"
            " suspect had not admitted any role.",
            "Kenyan police",
        ),
        # An adjective after the head with its own phrase says which ones they are.
        (
            "Countries hostile to the DPRK have formed a military bloc.",
            "countries hostile to the DPRK",
        ),
        (
            "The ceremony was attended by officials responsible for the power station.",
            "officials responsible for the power station",
        ),
        # A site's noun after a local body's level names the body that runs it.
        (
            "The county farm machine parts shop sent tractor parts to the farms.",
            "county farm machine parts shop",
        ),
        (
            "Officials of the provincial youth league committee and the provincial power"
            " transmission station provided the units with TVs.",
            "provincial power transmission station",
        ),
        # A word written with a hyphen, and a country with a nationality, before the head.
        ("Two would-be kidnappers fled when the alarm sounded.", "would-be kidnappers"),
        ("U.S. and Japanese negotiators met in Geneva.", "U.S. and Japanese negotiators"),
        # A political camp as it acts.
        ("The opposition boycotted the parliamentary vote.", "opposition"),
        ("The strike was called by the political opposition.", "political opposition"),
        # Parties to a debt or a bankruptcy, named by their role in it.
        ("Major creditors rejected the rescue plan on Monday.", "major creditors"),
        (
            "Court-appointed receivers will sell the plant to the highest bidder.",
            "court-appointed receivers",
        ),
        ("Subcontractors were told they would be paid in full.", "subcontractors"),
        ("Takeover speculators bought the shares on Friday.", "takeover speculators"),
        # A crowd acts and is acted on as one body.
        ("Riot police dispersed the crowd with tear gas.", "crowd"),
    ],
)
def test_groups_named_by_common_nouns(parse: Parse, text: str, group: str) -> None:
    assert _names(parse, text).get(group) == "Group", _names(parse, text)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        # The place of what is done to the group, not which ones.
        ("Police arrested three smugglers in Hyesan.", "smugglers"),
        # A phrase the parse attaches to the verb, not to the group.
        ("He met officials with a smile.", "officials"),
        # A feeling or an effort says how they act, not which ones they are.
        (
            "Calling for devotedly serving the people with extraordinary efforts, they stressed "
            "the tasks.",
            "people",
        ),
        (
            "The Kumsusan Palace of the Sun was visited by many people with boundless wishes.",
            "many people",
        ),
        (
            "At the end of the ceremony, cheers by the participants filled with loyalty and "
            "patriotic zeal resounded far and wide.",
            "participants",
        ),
        ("Party officials visited families of defectors in Hoeryong.", "families of defectors"),
        # A place before the verb of a group that is its subject says which ones they are; an
        # event says only where they were, and a place after a body places the body.
        (
            "The workers and technicians at the Sungri Motor Complex introduced new jigs.",
            "workers and technicians at the Sungri Motor Complex",
        ),
        (
            "Working people across the country are displaying patriotic zeal in the campaign.",
            "working people across the country",
        ),
        (
            "Agricultural officials and workers in the DPRK are striving to expand the land.",
            "agricultural officials and workers in the DPRK",
        ),
        ("Speakers at the rally charged that the minister is lying.", "speakers"),
        (
            "Workers of the Sinhung Farm and the Kumsong Farm in Ryongsong District have moved "
            "into new houses.",
            "workers of the Sinhung Farm and the Kumsong Farm",
        ),
        ("Police arrested three smugglers at the border.", "smugglers"),
        # A place closing a list of who was there says which ones the groups at its end are.
        (
            "Present at the ceremony were Ri Chol Man, secretary of the Kangwon Provincial"
            " Committee of the Workers' Party of Korea, and officials, builders and agricultural"
            " workers in Kosong County.",
            "officials, builders and agricultural workers in Kosong County",
        ),
        (
            "Speeches were made with the attendance of Han Song Il, vice-chairman of the"
            " provincial people's committee, and officials and farmers in Anak County.",
            "officials and farmers in Anak County",
        ),
        # Names sharing their plural noun go on the group's phrase, the last one too.
        (
            "Present there were Pak Yong Nam and agricultural workers of Sinhung and Ryongam"
            " farms.",
            "agricultural workers of Sinhung and Ryongam farms",
        ),
        # Words coordinated before the noun of a group's phrase share it.
        (
            "Officials and workers in the power transmission and distribution sector strive to"
            " produce more equipment.",
            "officials and workers in the power transmission and distribution sector",
        ),
        # Names listed before the others of their kind, one taken for a person's.
        (
            "Officials and workers at the Hochongang, Sodusu, Jangjingang and other hydro-power"
            " stations are operating generators at full capacity.",
            "officials and workers at the Hochongang, Sodusu, Jangjingang and other hydro-power"
            " stations",
        ),
        # A body named by its kind after "and" in a group's phrase.
        (
            "Officials and builders of the South Hamgyong Provincial Regiment of Party members"
            " and the provincial housing construction shock brigade are speeding up the project.",
            "officials and builders of the South Hamgyong Provincial Regiment of Party members"
            " and the provincial housing construction shock brigade",
        ),
        # A school named after a person, which the model may tag as the person, is a body.
        (
            "Students of Mangyongdae Revolutionary School and Kang Pan Sok Revolutionary School"
            " visited the Hungnam Fertilizer Complex.",
            "students of Mangyongdae Revolutionary School and Kang Pan Sok Revolutionary School",
        ),
    ],
)
def test_a_place_after_a_group_may_say_where_it_was(parse: Parse, text: str, group: str) -> None:
    assert _names(parse, text).get(group) == "Group", _names(parse, text)


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        # A group after a comma that is the subject of a clause of its own is no list item.
        ("The explosion killed 31 people, officials said on Sunday.", {"people", "officials"}),
        (
            "Soldiers fired into a crowd, witnesses told reporters.",
            {"soldiers", "crowd", "witnesses", "reporters"},
        ),
        (
            "The envoy said the Americans and other stranded foreigners could leave.",
            {"Americans and other stranded foreigners"},
        ),
        # A list whose items are separated by commas and its last "and"; a body coordinated
        # inside an item's "of" phrase stays in it.
        (
            "Present were officials of local Party and power organs and working people's "
            "organizations, working people, youth and students and service personnel of the "
            "Korean People's Army.",
            {
                "officials of local Party and power organs and working people's organizations",
                "working people",
                "youth and students",
                "service personnel of the Korean People's Army",
            },
        ),
        # An item after the last "and" opened by a quantity word is a group apart too.
        (
            "This year alone, working people, youth and students and many other citizens have"
            " visited the Munsu Water Park.",
            {"working people", "youth and students", "many other citizens"},
        ),
        # Else that "and" joins two heads of the last item: the whole list acts as one group.
        (
            "Officials, working people, service personnel and school youth and children visited"
            " the statues on Mansu Hill.",
            {"officials, working people, service personnel and school youth and children"},
        ),
        # A word the parser hangs on the next list's head stays in the group found before.
        (
            "Officials of the Party and power organs and working people's organizations in the"
            " municipality and working people, youth and students of many units have visited"
            " the museum.",
            {
                "officials of the Party and power organs and working people's organizations in"
                " the municipality",
                "working people, youth and students of many units",
            },
        ),
        # A prefix hyphened to a head does not end the list.
        (
            "All workteams and sub-workteams of the Yoldusamchon Farm reaped a good harvest.",
            {"workteams and sub-workteams of the Yoldusamchon Farm"},
        ),
        # A time after the group says when, not which ones.
        (
            "Clashes broke out between the police and the protesters in recent days.",
            {"police", "protesters"},
        ),
        # A person after "and" is no part of the group.
        (
            "Present were leading members of the expert delegation and Vladimir Sukharev.",
            {"leading members of the expert delegation"},
        ),
        # Bodies listed inside an item's "of" phrase, closed by "and", stay in it.
        (
            "The work involved officials of the Cabinet, ministries and national agencies, "
            "builders and farmers.",
            {"officials of the Cabinet, ministries and national agencies", "builders and farmers"},
        ),
        # A noun for people after "and" starts a group of its own.
        (
            "He met officials of the ministry and workers of the factory.",
            {"officials of the ministry", "workers of the factory"},
        ),
        # One "and" joins heads that share their phrase.
        (
            "The test was watched by officials, scientists and researchers of the Drone Institute.",
            {"officials, scientists and researchers of the Drone Institute"},
        ),
        # Designators after names, and places with nothing to say which ones, are no groups.
        ("Delegates came from North Phyongan and Jagang provinces.", {"delegates"}),
        # So are designators after the words the listed names share: each name is a body.
        ("The Sunchon and Haeju knitwear factories produced more goods.", set()),
        (
            "The Pyongyang and Nampho municipal committees of the UAWK organized mass movements.",
            set(),
        ),
        (
            "Workers of the Kundong and Nongpho vegetable farms harvested early.",
            {"workers of the Kundong and Nongpho vegetable farms"},
        ),
        # Not after a nationality or a people: the country's farms are a group.
        ("Chinese vegetable farms produced more goods.", {"Chinese vegetable farms"}),
        (
            "It was attended by Koreans in Japan and Japanese political parties and social"
            " organizations.",
            {"Koreans in Japan", "Japanese political parties and social organizations"},
        ),
        ("The regiments were sent to cities and counties.", {"regiments"}),
        ("Cities and counties were flooded by the heavy rain.", set()),
        # Places with nothing before them that do something to something: their bodies act.
        (
            "The region sees to it that the cities and counties ensure the supply of fuel.",
            {"cities and counties"},
        ),
        (
            "Provinces, cities and counties should provide the victims with relief goods.",
            {"provinces, cities and counties", "victims"},
        ),
        # A short stem before an ending for adherents makes another word.
        ("The officials checked the lists.", {"officials"}),
    ],
)
def test_groups_of_a_list(parse: Parse, text: str, groups: set[str]) -> None:
    names = _names(parse, text)
    assert {name for name, kind in names.items() if kind == "Group"} == groups, names


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        (
            "Choe Son Hui, foreign minister of the DPRK, and her party left Pyongyang on Monday.",
            "Choe Son Hui's party",
            "her party",
        ),
        (
            "Kim Tong Nam and his party arrived in Moscow on Monday.",
            "Kim Tong Nam's party",
            "his party",
        ),
    ],
)
def test_a_persons_party_is_a_group(parse: Parse, text: str, name: str, alias: str) -> None:
    _, ctx = parse(text)
    groups = {
        m.entity.name: m.alias for m in ctx.entities.mentions if m.entity.kind is EntityKind.GROUP
    }
    assert groups == {name: alias}


def test_a_political_party_of_a_person_is_no_group(parse: Parse) -> None:
    assert "Group" not in _names(parse, "He said that his party would win the election.").values()


def test_an_acronym_read_as_body_and_as_place_is_one_body(parse: Parse) -> None:
    _, ctx = parse(
        "The U.S. tried to cover up the confrontational colors of QUAD with such rhetoric as "
        "tightened cooperation. Today, QUAD, the end product of the U.S. policy, has become a "
        "dangerous factor."
    )
    kinds = {m.entity.kind.value for m in ctx.entities.mentions if m.entity.name == "QUAD"}
    assert kinds == {"Organization"}


def test_bare_surname_resolves_to_the_salient_person(parse: Parse) -> None:
    text = (
        "Kim Yo Jong, the sister of Kim Jong Un, issued an order on Monday. "
        "The order was praised by the Great Leader [Kim Il Sung]. Kim stated that it was urgent."
    )
    _, ctx = parse(text)
    kims = [m for m in ctx.entities.mentions if m.alias == "Kim"]
    assert [m.entity.name for m in kims] == ["Kim Yo Jong"]


def test_epithet_is_an_alternative_label_not_an_entity(parse: Parse) -> None:
    _, ctx = parse("The ideas were created by the Great Leader [Kim Il Sung] long ago.")
    aliases = {m.alias for m in ctx.entities.mentions if m.entity.name == "Kim Il Sung"}
    assert "Great Leader" in aliases
    assert all(m.entity.name != "Great Leader" for m in ctx.entities.mentions)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kim Jong Un inspected the farm. Then he left for Wonsan.", "Kim Jong Un"),
        # An office-holder named in apposition to the subject that names no one is that
        # subject.
        (
            "Ana Ruiz met reporters on Monday. The head of the inquiry, Tomas Brenner, said"
            " the evidence was scant. Then he left for Madrid.",
            "Tomas Brenner",
        ),
        # ... also where the parse hangs the name on the place that ends the office's phrase.
        (
            "Ana Ruiz met reporters on Monday. The U.S. ambassador to Poland, Dan Roe, who was"
            " then on the council, said Friday that he remembered the talks.",
            "Dan Roe",
        ),
        (
            "Ana Ruiz met reporters on Monday. The Czech foreign minister, Tomas Brenner,"
            " who lived in London for years, said he welcomed the vote.",
            "Tomas Brenner",
        ),
    ],
)
def test_pronoun_resolves_to_the_last_person_subject(
    parse: Parse, text: str, expected: str
) -> None:
    doc, ctx = parse(text)
    he = next(t for t in doc if t.lower_ == "he")
    entity = ctx.entities.entity_at(he)
    assert entity is not None and entity.name == expected


@pytest.mark.parametrize(
    ("text", "kinds", "expected"),
    [
        # The latest of those the test accepts, named before the noun.
        (
            "Kim Jong Un visited the Ilhae Farm and the Rakwon Farm. He praised the farm.",
            {EntityKind.ORGANIZATION},
            "Rakwon Farm",
        ),
        # Only the kinds asked for.
        ("Kim Jong Un visited the Ilhae Farm. He praised the farm.", {EntityKind.PERSON}, None),
        # Nothing named after the noun.
        (
            "He praised the farm. Kim Jong Un visited the Ilhae Farm.",
            {EntityKind.ORGANIZATION},
            None,
        ),
    ],
)
def test_the_entity_named_last_before_a_token(
    parse: Parse, text: str, kinds: set[EntityKind], expected: str | None
) -> None:
    doc, ctx = parse(text)
    farm = next(t for t in doc if t.lower_ == "farm" and t.nbor(-1).lower_ == "the")
    found = ctx.entities.last_named_before(farm, kinds, lambda e: e.name.endswith("Farm"))
    assert (found and found.name) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        (
            "Kim Tok Hun, premier of the Cabinet, visited a farm. The premier praised the farmers.",
            "premier",
            "Kim Tok Hun",
        ),
        (
            "Kim Jong Un, general secretary of the WPK, arrived. The general secretary spoke.",
            "secretary",
            "Kim Jong Un",
        ),
        (
            "One day in July 2016, the respected General Secretary Kim Jong Un visited a factory."
            " Looking at the official, the General Secretary stressed that the equipment should"
            " be updated.",
            "Secretary",
            "Kim Jong Un",
        ),
        (
            "The test-fire, conducted under the order given by the head of state of the DPRK,"
            " updated the records. The respected Comrade Kim Jong Un said on the spot that the"
            " test-fire is an appropriate military action.",
            "head",
            "Kim Jong Un",
        ),
        (
            "One day in April 1963, President Kim Il Sung met with agricultural scientists. The"
            " President said that the school construction issue should be discussed.",
            "President",
            "Kim Il Sung",
        ),
        (
            "The respected Comrade Kim Jong Un visited the unit with Choe Ryong Hae and Pak Jong"
            " Chon. The officers and men share the steps of strenuous efforts with the Supreme"
            " Commander.",
            "Commander",
            "Kim Jong Un",
        ),
        (
            "Kim Jong Un sent a message. The officers and men share the steps of strenuous"
            " efforts with the Supreme Commander.",
            "Commander",
            "Kim Jong Un",
        ),
    ],
)
def test_a_title_stands_for_its_holder(parse: Parse, text: str, phrase: str, expected: str) -> None:
    doc, ctx = parse(text)
    title = [t for t in doc if t.text == phrase][-1]
    entity = ctx.entities.entity_at(title)
    assert entity is not None and entity.name == expected


def test_a_title_many_hold_stands_for_no_one_unnamed(parse: Parse) -> None:
    doc, ctx = parse("Kim Jong Un visited the statues of the President on Mansu Hill.")
    title = next(t for t in doc if t.text == "President")
    assert ctx.entities.entity_at(title) is None


def test_a_title_two_people_hold_is_the_one_named_last(parse: Parse) -> None:
    text = (
        "Kim Jong Un, general secretary of the WPK, received a message from Xi Jinping, general"
        " secretary of the CPC. The General Secretary wished the Korean people success."
    )
    doc, ctx = parse(text)
    title = [t for t in doc if t.text == "Secretary"][-1]
    entity = ctx.entities.entity_at(title)
    assert entity is not None and entity.name == "Xi Jinping"


@pytest.mark.parametrize(
    "text",
    [
        "Kim Jong Un received a message. The general secretary and concurrently international"
        " secretary of the Serbian Communist Party said that they fully support the cause.",
        "Kim Jong Un received a message from Thongloun Sisoulith, the General Secretary of the"
        " Central Committee of the Lao People's Revolutionary Party.",
    ],
)
def test_a_title_a_body_qualifies_is_not_the_sole_holders(parse: Parse, text: str) -> None:
    doc, ctx = parse(text)
    titles = [t for t in doc if t.lower_ == "secretary" and t.i > 5]
    assert all(ctx.entities.entity_at(t) != ctx.entities.entity_at(doc[0]) for t in titles)


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        (
            "The Standing Committee of the Supreme People's Assembly of the DPRK met.",
            "Standing Committee of the Supreme People's Assembly of the DPRK",
            "Standing Committee of the Supreme People's Assembly",
        ),
        (
            "The Ministry of Foreign Affairs of Russia issued a statement.",
            "Ministry of Foreign Affairs of Russia",
            "Ministry of Foreign Affairs",
        ),
        (
            "The DPRK Ministry of IT Industry organized the exhibition.",
            "DPRK Ministry of IT Industry",
            "Ministry of IT Industry",
        ),
        # A body named after the body it belongs to is known by its own name as well.
        (
            "Students of Korean University of the General Association of Korean Residents in "
            "Japan placed floral baskets.",
            "Korean University of the General Association of Korean Residents in Japan",
            "Korean University",
        ),
        (
            "The Pyongyang Municipal Security Bureau of the Ministry of Public Security of the "
            "DPRK discovered the remains of a crashed drone.",
            "Pyongyang Municipal Security Bureau of the Ministry of Public Security of the DPRK",
            "Pyongyang Municipal Security Bureau",
        ),
    ],
)
def test_a_body_is_also_known_without_its_country(
    parse: Parse, text: str, name: str, alias: str
) -> None:
    _, ctx = parse(text)
    (entity,) = {m.entity for m in ctx.entities.mentions if m.entity.name == name}
    assert alias in ctx.entities.aliases(entity)


@pytest.mark.parametrize(
    ("text", "written", "city"),
    [
        (
            "Tree planting went on in Pyongyang Municipality this spring.",
            "Pyongyang Municipality",
            "Pyongyang",
        ),
        ("Fishermen of Nampho Municipality landed a big catch.", "Nampho Municipality", "Nampho"),
        ("Officials in Sinuiju City visited the new shoe factory.", "Sinuiju City", "Sinuiju"),
    ],
)
def test_a_city_named_as_its_division_is_also_known_by_its_own_name(
    parse: Parse, text: str, written: str, city: str
) -> None:
    _, ctx = parse(text)
    entities = {m.entity for m in ctx.entities.mentions if m.alias == written}
    assert entities
    assert all(city in ctx.entities.aliases(e) for e in entities)


@pytest.mark.parametrize(
    ("text", "written", "area"),
    [
        (
            "Farmers in the Sunan area of Pyongyang harvested rice early.",
            "Sunan",
            "Sunan area",
        ),
        ("Fighting spread across the Kherson region on Monday.", "Kherson", "Kherson region"),
        ("He moved to a Moscow suburb last year.", "Moscow", None),
        ("Flats rose in Sunan, an area of the capital.", "Sunan", None),
    ],
)
def test_a_place_is_also_known_as_its_area(
    parse: Parse, text: str, written: str, area: str | None
) -> None:
    _, ctx = parse(text)
    (entity,) = {m.entity for m in ctx.entities.mentions if m.alias == written}
    found = [a for a in ctx.entities.aliases(entity) if a.endswith((" area", " region", " suburb"))]
    assert found == ([area] if area else [])


@pytest.mark.parametrize(
    "name", ["Mexico City", "Kansas City", "Ho Chi Minh City", "Uiju County", "Sonsan-ri"]
)
def test_no_city_name_where_the_bare_name_is_another_place(name: str) -> None:
    assert city_of_division(Entity(EntityKind.PLACE, name)) is None


@pytest.mark.parametrize(
    "name",
    ["Government of Vietnam", "Central Committee of the Workers' Party of Korea", "Party of Korea"],
)
def test_no_short_form_without_a_name_left_or_a_country(name: str) -> None:
    assert name_without_country(Entity(EntityKind.ORGANIZATION, name)) is None


@pytest.mark.parametrize(
    ("text", "point", "kind", "name"),
    [
        (
            "South Korea said North Korea fired two missiles on Sunday. The North has "
            "launched many since January.",
            "North",
            "Place",
            "Democratic People's Republic of Korea",
        ),
        (
            "North Korean leader Kim Jong Un warned South Korea. The South must stop its drills, "
            "he said.",
            "South",
            "Place",
            "Republic of Korea",
        ),
    ],
)
def test_the_north_and_the_south_are_the_halves_of_korea_the_article_names(
    parse: Parse, text: str, point: str, kind: str, name: str
) -> None:
    doc, ctx = parse(text)
    token = next(t for t in doc if t.text == point and t.i > 0 and doc[t.i - 1].lower_ == "the")
    entity = ctx.entities.entity_at(token)
    assert entity is not None and (entity.kind.value, entity.name) == (kind, name)


def test_the_north_of_another_country_stays_itself(parse: Parse) -> None:
    named = _names(parse, "Storms hit the North of England on Sunday, and the North lost power.")
    assert "Democratic People's Republic of Korea" not in named


@pytest.mark.parametrize(
    ("text", "group"),
    [
        # One person the article does not name is a group of one.
        (
            "Reading out the list of goods ordered by a newly-married couple in the book, he"
            " asked a saleswoman if the shop had fully supplied the ordered goods.",
            "saleswoman",
        ),
        (
            "A DPRK woman boxer bagged a gold medal in the women's 60kg category event of the"
            " IBA Youth World Boxing Championships 2024.",
            "DPRK woman boxer",
        ),
        (
            "An international security analyst's article warned that the ship will be doomed.",
            "international security analyst",
        ),
        ('"The gun was fired twice," a detective said.', "detective"),
        (
            "Senator Jane Doyle opposed the bill. Doyle's spokeswoman said she would vote no.",
            "spokeswoman",
        ),
        ("According to an aide to the senator, the bill will be withdrawn.", "aide"),
        # A collective noun with a word that says which one.
        (
            "He asked the saleswoman again if she had been to the house of the newly-married"
            " couple.",
            "newly-married couple",
        ),
        (
            "The newly-appointed officials and well-known scientists visited.",
            "well-known scientists",
        ),
        # A number hyphened to the words after it is a word of theirs, not a count.
        ("Tom Smith said his 3-year-old son was injured in the crash.", "3-year-old son"),
        (
            "The officials hardened their determination to fulfill their duty in the education"
            " of the rising generation.",
            "rising generation",
        ),
        (
            "Recollecting the noble life of the first generation of the revolution, he paid"
            " tribute to them.",
            "first generation of the revolution",
        ),
        # One who speaks for no body the text names.
        ("The bakery will be closed next year, a spokesman said.", "spokesman"),
        ("A company spokeswoman said it was possible, but unlikely.", "company spokeswoman"),
        # The body's name before the noun only says whose spokesman he is.
        ("An Acme spokesman said the company had heard nothing.", "Acme spokesman"),
        # A crew, a panel, a jury or a board that acts together, unnamed.
        ("In addition, the bank's board authorized the purchase of shares.", "board"),
        ("The envoys agreed to set up a panel to look into the shooting.", "panel"),
        ("A grand jury indicted the former mayor on Friday.", "grand jury"),
        ("The firm has already reassigned most of its work crew.", "work crew"),
        ("After the hearing, the plaintiff asked for a new trial.", "plaintiff"),
        # A singular collective noun as the subject of a verb is a body acting as one.
        ("Within a week, the army moved in to the harbour district.", "army"),
        ("Shares fell after management recommended a cut in dividends.", "management"),
        ("Police and the military are believed to be concerned.", "military"),
        ("The regiment of the bureau gives detailed assignments.", "regiment of the bureau"),
        # "one" brings in one person as "a" does.
        ("The fire destroyed the house and killed one person inside.", "person"),
        # Nouns for one person ending in "ant", "ent" or "ot", and more trades.
        ("The talks were tense, recalled one participant.", "participant"),
        ("The clashes left at least one student injured.", "student"),
        ("A pilot on a nearby flight reported a flash over the bay.", "pilot"),
        ("The team includes a psychiatrist who treated the survivors.", "psychiatrist"),
        ("At the gate he met a pitman coming off his shift.", "pitman coming off his shift"),
        # Bodies of a kind told to act.
        ("The new law requires thrifts to sell all their junk bonds.", "thrifts"),
        ("The fall prompted institutions to take a cautious stance.", "institutions"),
        # A relative a possessive points to.
        ("His mother died in a boating accident off the coast.", "mother"),
        ("Mr. Schwarz's great-grandfather founded the New York toy store.", "great-grandfather"),
    ],
)
def test_an_unnamed_person_or_a_qualified_collective_is_a_group(
    parse: Parse, text: str, group: str
) -> None:
    assert _names(parse, text).get(group) == "Group", _names(parse, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # What someone already named is, and a country, are no group.
        ("Kim Ok is a boxer of the national team.", "boxer"),
        # State media's kin of a leader is an epithet, with "our" too.
        ("Our father Kim Il Sung looked after the people.", "father"),
        ("The tender-hearted father visited the school.", "father"),
        ("He was elected as a member of the committee.", "member"),
        ("The people are advancing under the leadership of the Party.", "leadership"),
        ("They will build the country into a thriving socialist power.", "power"),
        # A collective noun in an idiom of time or of quantity.
        ("The spirit is carried forward generation after generation.", "generation"),
        ("The delegation stayed there for a couple of days.", "couple"),
        # The voice of a body the text names: the body acts.
        ("A spokesman for the Ministry of Foreign Affairs issued a statement.", "spokesman"),
        # "Figures" that are numbers.
        ("Official figures show that unemployment rose in March.", "figures"),
        # Not the deck of a ship or a plane.
        ("The troops went on board the ship at dawn.", "board"),
        # A company the text named before, described by its trade.
        ("The Dayton maker of valves said sales rose.", "maker"),
        ("The automotive-parts manufacturer cut costs.", "manufacturer"),
        ("The lender said it had cut its rates.", "lender"),
        # What someone acts as, not a body of its own.
        ("The youth served as a shock brigade at the worksites.", "brigade"),
        # "those" before a noun only says which ones.
        ("Those books were sold within a week.", "those"),
        # A collective noun closing a title.
        ("White House chief of staff Sam Lowe said the plan was ready.", "staff"),
        ("The president is worried about the chief of staff's tenure.", "staff"),
        # A body that ends like a noun for one person.
        ("A department was set up to handle the complaints.", "department"),
        ("The general sent a contingent to guard the bridge.", "contingent"),
        # Leadership that is no nation's is an act or a quality.
        ("The farm thrived under the energetic leadership of its manager.", "leadership"),
        # The people whose body follows are no group of their own.
        ("The county people's committee sent cement to the villages.", "people"),
        # A plural name's word that opens a sentence, or that the parse starts one at.
        ("Travelers Corp.'s third-quarter net income rose 11%.", "travelers"),
        ("The team won the 2024 FIFA U-20 Women's World Cup held in Colombia.", "women"),
        # Names listed before a plural designator.
        ("A match took place between the DPRK and the U.S. teams on Oct. 30.", "teams"),
        # A site's noun with no local body's level before it is the site.
        ("The bomb went off near the bus station in the morning.", "station"),
        ("A new melting shop was built at the steel complex.", "shop"),
        ("The bomb went off near the city's main bus station.", "station"),
        # The act of opposing, not the camp that opposes.
        ("The bishop defended the Church's opposition to abortion.", "opposition"),
        ("The plan met with strong opposition in parliament.", "opposition"),
    ],
)
def test_no_group_of_a_predicate_a_country_or_an_idiom(parse: Parse, text: str, word: str) -> None:
    names = _names(parse, text)
    assert not any(word in name.split() for name, kind in names.items() if kind == "Group"), names


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # Places listed after "the counties of", however the model typed each.
        (
            "Those in the counties of Tongchang, Phihyon, Taegwan and Sindo are devoting "
            "their conscience to the patriotic work.",
            {"Phihyon County": "Place", "Taegwan County": "Place", "Tongchang County": "Place"},
            {"Phihyon", "Taegwan"},
        ),
        # A first name the model left out before a surname.
        (
            "Kim Jong Un received a reply message from To Lam, general secretary of the "
            "Central Committee of the Communist Party of Vietnam.",
            {"To Lam": "Person", "Kim Jong Un": "Person"},
            {"Lam"},
        ),
        (
            "Tharman Shanmugaratnam expressed deep thanks for this and asked the ambassador "
            "to convey his warm greetings.",
            {"Tharman Shanmugaratnam": "Person"},
            {"Shanmugaratnam"},
        ),
        (
            "Choe Son Hui sent a congratulatory message to Valdrack Ludwing Jaentschke Whitaker "
            "upon his appointment as foreign minister of Nicaragua.",
            {"Valdrack Ludwing Jaentschke Whitaker": "Person"},
            {"Jaentschke Whitaker"},
        ),
        # A title before the first names ends the name there.
        (
            "Choe Son Hui sent a congratulatory message to Foreign Minister Valdrack Ludwing "
            "Jaentschke Whitaker of Nicaragua.",
            {"Valdrack Ludwing Jaentschke Whitaker": "Person"},
            {"Jaentschke Whitaker", "Minister Valdrack Ludwing Jaentschke Whitaker"},
        ),
        (
            "Kim Jong Un sent a message to President Valdrack Ludwing Jaentschke Whitaker.",
            {"Valdrack Ludwing Jaentschke Whitaker": "Person"},
            {"Jaentschke Whitaker", "President Valdrack Ludwing Jaentschke Whitaker"},
        ),
        # ... but not a title, nor a word continuing a name of its own.
        (
            "He met Secretary of State Blinken and President Putin.",
            {"Blinken": "Person", "Putin": "Person"},
            {"State Blinken", "President Putin"},
        ),
        (
            "The delegation was greeted by officials concerned, Charge d'Affaires ad Interim "
            "Vladimir Sukharev and staff members of the Russian embassy.",
            {"Vladimir Sukharev": "Person"},
            {"Interim Vladimir Sukharev"},
        ),
        # Code names of exercises and weapons.
        (
            "The U.S.-led joint military exercises Steadfast Defender were staged in the "
            "largest scale ever since the end of the Cold War.",
            {},
            {"Steadfast Defender"},
        ),
        (
            "The U.S. has also staged nuclear war drills in succession, including Iron Mace "
            "and Ulji Freedom Shield.",
            {"United States": "Place"},
            {"Iron Mace", "Ulji Freedom Shield"},
        ),
        (
            "NATO is mobilizing various strategic assets for the U.S.-led joint military "
            "drills in the region, including the RIMPAC joint military maneuvers and Balikatan.",
            {"North Atlantic Treaty Organization": "Organization"},
            {"Balikatan", "NATO"},
        ),
        (
            "It also offered six latest P-8A Poseidon sea-patrol planes to the ROK in June.",
            {"Republic of Korea": "Place"},
            {"Poseidon"},
        ),
        # A name coordinated only with things names a thing; people are listed with people.
        (
            "The dance includes rice-transplanting, weeding, rice-cutting, threshing, Janggu, "
            "drum and gong dances.",
            {},
            {"Janggu"},
        ),
        (
            "They danced with Janggus and fans to the tune of the songs.",
            {},
            {"Janggus"},
        ),
        (
            "The leaders, Putin and officials discussed it.",
            {"Putin": "Person"},
            set(),
        ),
        # A name that is all a quotation holds is a title or a brand.
        (
            'Pyongyang, August 22 (KCNA) -- "Nonggunmaeng" tractor and cultivators were handed '
            "over to the Ogye Farm.",
            {},
            {"Nonggunmaeng"},
        ),
        # A body's name is no person's, whatever role the parse puts beside it.
        (
            "The congratulatory messages also came from the vice-emir of the State of Qatar, "
            "the deputy general secretary of Syria's Baath Arab Socialist Party, the "
            "international secretary of the C.C., Communist Party of Belarus.",
            {"Baath Arab Socialist Party of Syria": "Organization"},
            set(),
        ),
        (
            "Congratulations came from the president of Nepal, the president of the People's "
            "Republic of Bangladesh, the sultan of Brunei Darussalam, the emir of the State of "
            "Kuwait, the president of the Islamic Republic of Pakistan.",
            {"Brunei": "Place", "Nepal": "Place"},
            set(),
        ),
        # A common word opening a line the parser ran into the sentence before.
        (
            "Pyongyang, March 3 (KCNA) -- The history is sacred, the article says, and goes "
            "on:\nSteadfast is the "
            "determination of our Party to set store by the first page of its history.",
            {},
            {"Steadfast"},
        ),
        # Names the alias table knows keep their kind wherever they stand.
        (
            "The youths who have grown up under the flag of the Workers' Party and in the "
            "blizzards of Paektu are devoting their youth.",
            {"Mt Paektu": "Place"},
            {"Paektu"},
        ),
        (
            "Chongryon and other overseas compatriots organizations are making a dynamic struggle.",
            {"General Association of Korean Residents in Japan": "Organization"},
            {"Chongryon"},
        ),
        # A place and the division it lies in are two places.
        (
            "New villages have appeared in Myonggo-ri, Thongchon County of Kangwon Province.",
            {"Thongchon County": "Place", "Kangwon Province": "Place", "Myonggo-ri": "Place"},
            {"Thongchon County of Kangwon Province"},
        ),
        # Two places whose names differ by a compass point, written once.
        (
            "Then, followed a women's volleyball game between North and South Hwanghae "
            "provincial teams.",
            {"North Hwanghae Province": "Place", "South Hwanghae Province": "Place"},
            {"North and South Hwanghae"},
        ),
        # A name the model ended at a possessive.
        (
            "He is returning to the era of Park Chung Hee's dictatorship as shown through his "
            "recent appointment.",
            {"Park Chung Hee": "Person"},
            set(),
        ),
        (
            "At the Mangyongdae Schoolchildren's Palace, schoolchildren cultivate their talent "
            "with nothing to envy in the world.",
            {"Mangyongdae Schoolchildren's Palace": "Place"},
            {"Mangyongdae Schoolchildren"},
        ),
        # A rally is an event, not a place.
        (
            "At the speech delivered at the Pyongyang Mass Rally of Welcome, he said that it "
            "was the time for the Korean people to pool their efforts.",
            {},
            {"Pyongyang Mass Rally of Welcome"},
        ),
        (
            "He turned the city of Samjiyon of Ryanggang Province into a mountainous city.",
            {"Samjiyon": "Place", "Ryanggang Province": "Place"},
            {"Samjiyon of Ryanggang Province"},
        ),
        # A town and its country after "of" are two places; a country's own name is one.
        (
            "Members of the consulate general in Vladivostok of Russia met the ambassador of"
            " the Republic of Nicaragua.",
            {"Vladivostok": "Place", "Russian Federation": "Place"},
            {"Vladivostok of Russia", "Republic"},
        ),
        # A province before the adjective of its units names the province.
        (
            "Builders of the Jagang provincial regiment finished the flats on Monday.",
            {"Jagang Province": "Place"},
            set(),
        ),
    ],
)
def test_people_and_places_of_state_media_articles(
    parse: Parse, text: str, present: dict[str, str], absent: set[str]
) -> None:
    _assert_names(parse, text, present, absent)


@pytest.mark.parametrize(
    ("text", "word", "person"),
    [
        (
            "Among them were Kim Chang Ho, vice department director of the Central Committee of"
            " the WPK, Army Lieutenant General Kim Min Song and other officials.",
            "Army",
            "Kim Min Song",
        ),
        (
            "There were portraits of former Front Commander Kim Chaek and other brave generals.",
            "Front",
            "Kim Chaek",
        ),
        (
            "They will annihilate the enemy once Supreme Commander Kim Jong Un gives an order.",
            "Supreme",
            "Kim Jong Un",
        ),
    ],
)
def test_a_word_before_a_rank_and_its_holder_is_no_body(
    parse: Parse, text: str, word: str, person: str
) -> None:
    names = _names(parse, text)
    assert word not in names and names.get(person) == "Person", names


@pytest.mark.parametrize(
    ("text", "party"),
    [
        (
            "Kim Jong Un received a reply message from the Central Committee of the Communist"
            " Party of Vietnam. It thanked him for sincere condolences to the Vietnamese party,"
            " state and people.",
            "Communist Party of Vietnam",
        ),
        (
            "Officials of the Communist Party of Vietnam attended. Nguyen Phu Trong made a"
            " contribution to the development of the Vietnamese party and state.",
            "Communist Party of Vietnam",
        ),
        # With no party of the country named, the nation's party is one of its collectives.
        (
            "The Vietnamese party, state and people always attach importance to the traditional"
            " friendly relations between Vietnam and the DPRK.",
            None,
        ),
        # Nor is another country's party, or the nation's party itself, the one meant.
        (
            "The Vietnamese party has always valued the friendship with the Workers' Party of"
            " Korea.",
            None,
        ),
    ],
)
def test_a_party_named_by_its_nation_is_the_party_of_that_country_named(
    parse: Parse, text: str, party: str | None
) -> None:
    _, ctx = parse(text)
    names = {m.entity.name: m.entity.kind.value for m in ctx.entities.mentions}
    assert "Vietnamese party" not in names, names
    if party is not None:
        forms = {m.alias for m in ctx.entities.mentions if m.entity.name == party}
        assert "Vietnamese party" in forms, forms


@pytest.mark.parametrize(
    ("text", "group", "spelt"),
    [
        (
            "The Korean People's Army (KPA) took part. There took place a march-past of the KPA"
            " guard of honour.",
            "KPA guard of honour",
            "Korean People's Army guard of honour",
        ),
        (
            "Members of the Workers' Party of Korea (WPK) met. Officials of the WPK Central"
            " Committee were present.",
            "Officials of the WPK Central Committee",
            None,
        ),
        # A country named by acronym is spelt out as a body is.
        (
            "The newspaper called on the youth to wipe out the ROK scum who sent the leaflets.",
            "ROK scum",
            "Republic of Korea scum",
        ),
    ],
)
def test_a_group_is_also_known_with_the_body_it_names_by_acronym_spelt_out(
    parse: Parse, text: str, group: str, spelt: str | None
) -> None:
    _, ctx = parse(text)
    forms = {
        m.alias.casefold()
        for m in ctx.entities.mentions
        if m.alias and m.entity.name.casefold() == group.casefold()
    }
    assert group.casefold() in forms, forms
    assert forms - {group.casefold()} == ({spelt.casefold()} if spelt else set()), forms


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("G7 has turned into the most hideous confrontational group.", "Group of Seven"),
        ("This time the U.S. turned QUAD into a maritime police organization.", "QUAD"),
        ("The AUKUS partners held talks.", "AUKUS"),
        # The body that meets at a summit named after it.
        (
            "The two militaries signed the guidelines, occasioned by the Washington NATO Summit.",
            "North Atlantic Treaty Organization",
        ),
    ],
)
def test_a_bloc_named_by_its_acronym_is_a_body(parse: Parse, text: str, name: str) -> None:
    assert _names(parse, text).get(name) == "Organization", _names(parse, text)


def test_a_contest_named_after_a_body_names_no_body(parse: Parse) -> None:
    names = _names(parse, "The DPRK women footballers won the 2024 FIFA U-17 Women's World Cup.")
    assert "Fédération Internationale de Football Association" not in names, names


@pytest.mark.parametrize(
    ("text", "group", "body"),
    [
        (
            "I extend congratulations on behalf of the Chinese government and people.",
            "Chinese government and people",
            "Chinese government",
        ),
        (
            "We will always be on the side of the Russian army and people.",
            "Russian army and people",
            "Russian army",
        ),
        (
            "He expressed condolences to the Vietnamese party, state and people.",
            "Vietnamese party, state and people",
            None,
        ),
        (
            "Kim Jong Un extended sincere condolences to the Vietnamese party, state and people "
            "and the families of the late general secretary.",
            "Vietnamese party, state and people",
            None,
        ),
    ],
)
def test_a_nations_bodies_listed_with_its_people_name_one_group(
    parse: Parse, text: str, group: str, body: str | None
) -> None:
    names = _names(parse, text)
    assert names.get(group) == "Group", names
    if body is not None:
        assert names.get(body) == "Organization", names


@pytest.mark.parametrize(
    ("text", "body", "cut"),
    [
        (
            'The chairman of the C.C., Communist Party "Russian Communists" sent a message.',
            'Central Committee of the Communist Party "Russian Communists"',
            "Central Committee of the Communist Party",
        ),
        (
            'A delegation of the Communist Party "Russian Communists" arrived in Pyongyang.',
            'Communist Party "Russian Communists"',
            "Communist Party",
        ),
        (
            "The Maritime Territorial Branch of the All-Russia War Veterans' Social Organization "
            '"Militant Fraternity" held a meeting.',
            'All-Russia War Veterans\' Social Organization "Militant Fraternity"',
            "All-Russia War Veterans' Social Organization \"Militant Fraternity",
        ),
    ],
)
def test_a_body_keeps_the_quoted_name_it_goes_by(
    parse: Parse, text: str, body: str, cut: str
) -> None:
    names = _names(parse, text)
    assert names.get(body) == "Organization", names
    assert cut not in names, names


@pytest.mark.parametrize(
    ("text", "name", "absent"),
    [
        # Quotation marks that open the name are a title's or the name's own: no quoted name
        # after a body's kind.
        (
            'The "Washington Summit Declaration", cooked up and made public at the summit, '
            "proves that NATO poses a threat.",
            None,
            "Washington Summit Declaration",
        ),
        (
            'The leader of the "Aalam-Party of Non-Parties" of Kyrgyzstan sent a message.',
            "Aalam-Party of Non-Parties",
            'Aalam-Party of Non-Parties" of Kyrgyzstan',
        ),
    ],
)
def test_a_quotation_opening_a_name_is_no_quoted_name(
    parse: Parse, text: str, name: str | None, absent: str
) -> None:
    names = _names(parse, text)
    if name is not None:
        assert names.get(name) == "Organization", names
    assert absent not in names, names


def test_the_articles_own_party_and_people_stay_apart(parse: Parse) -> None:
    names = _names(parse, "They stressed the pride of our Party and people.")
    assert names.get("people") == "Group", names
    assert names.get("Workers' Party of Korea") == "Organization", names


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("The U.S. and its allies staged drills.", "allies"),
        ("Labor innovators watched the show.", "labor innovators"),
        ("The audience paid high tribute to the martyrs.", "audience"),
        ("The undergraduates of the college met.", "undergraduates of the college"),
        # A number after "the" says which ones.
        ("It became an asset common to the two countries and the two peoples.", "two peoples"),
        ("The attack killed three people, including two children.", "people"),
        ("In the 2000s Japanese rulers did so.", "Japanese rulers"),
        # People named by their trade, their office, their rank at court or their holding.
        ("Banking regulators approved the sale on Monday.", "banking regulators"),
        ("Senior aides to the mayor quit.", "senior aides"),
        ("The palace maids fled the city.", "palace maids"),
        ("European car makers cut output.", "European car makers"),
        (
            "The firm will pay holders of its preferred stock a dividend.",
            "holders of its preferred stock",
        ),
        ("Her great-uncles said the boy would stay.", "great-uncles"),
    ],
)
def test_more_nouns_for_people_head_groups(parse: Parse, text: str, group: str) -> None:
    assert _names(parse, text).get(group) == "Group", _names(parse, text)


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        # A body of diplomats, attaches or fighters, and a farm's work teams, act as groups.
        (
            "He received a congratulatory letter from the diplomatic corps here.",
            {"diplomatic corps"},
        ),
        (
            "He received a letter from the military attaches corps here.",
            {"military attaches corps"},
        ),
        (
            "All workteams of the Chongsan Farm reaped a good harvest.",
            {"workteams of the Chongsan Farm"},
        ),
        # "under" a possessive and a noun of authority says whose the group is, and closes it.
        (
            "The officials provided the units under their charge with TV sets.",
            {"officials", "units under their charge"},
        ),
        (
            "The general ordered the troops under his command to withdraw.",
            {"troops under his command"},
        ),
        ("The firm placed the workers under its control in danger.", {"workers under its control"}),
        # Under a plan or a leadership, no one's charge: the group ends before it.
        ("Farmers under the new plan harvested early.", {"farmers"}),
    ],
)
def test_corps_work_teams_and_groups_under_someones_charge(
    parse: Parse, text: str, groups: set[str]
) -> None:
    names = _names(parse, text)
    assert {name for name, kind in names.items() if kind == "Group"} == groups, names


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Biden confirmed it at the U.S.-Japan summit held in Washington.", "U.S.-Japan"),
        ("G7 member states take part in the U.S.-led campaign.", "U.S.-led"),
        ("The regular U.S.-Japan-ROK tripartite military exercises were staged.", "U.S.-Japan"),
        # A country joined to a people's adjective: the sides of what follows.
        ("The envoy is Havana's point man on U.S.-Cuban relations.", "U.S.-Cuban"),
    ],
)
def test_countries_a_hyphen_joins_are_no_name_of_their_own(
    parse: Parse, text: str, absent: str
) -> None:
    names = _names(parse, text)
    assert not [n for n in names if n.startswith(absent)], names


def test_a_name_a_hyphen_joins_without_a_country_stays(parse: Parse) -> None:
    assert _names(parse, "They held talks in Sankt-Peterburg.").get("Sankt-Peterburg") == "Place"


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        # A body's short name in brackets, and the place before it that is part of its name.
        (
            "The meeting of the Korean Youth Commercial Association in Japan (Chongsanghoe) was "
            "held in Tokyo. Kim Min Hyok, chairman of Chongsanghoe, made an address.",
            "Korean Youth Commercial Association in Japan",
            "Chongsanghoe",
        ),
        # A part of a body named after the acronym the article defines for the body.
        (
            "Members of the General Federation of Trade Unions of Korea (GFTUK) met. Pak In "
            "Chol, chairman of the GFTUK Central Committee, made a report.",
            "Central Committee of the General Federation of Trade Unions of Korea",
            "GFTUK Central Committee",
        ),
        # An acronym the article gave the part itself.
        (
            "To Lam, general secretary of the Central Committee of the Communist Party of "
            "Vietnam (CPV), met him. The CPV Central Committee sent a wreath.",
            "Central Committee of the Communist Party of Vietnam",
            "CPV Central Committee",
        ),
        # The acronym the article defined for the body, after the part's own name.
        (
            "Officials of the Union of Agricultural Workers of Korea (UAWK) met. The Kangwon "
            "Provincial Committee of the UAWK has launched a contest among farms.",
            "Kangwon Provincial Committee of the UAWK",
            "Kangwon Provincial Committee of the UAWK",
        ),
        # ... or after a short name the alias table knows.
        (
            "Present there was Jo Il Gon, vice-chairman of the Chongryon Central Standing "
            "Committee.",
            "Central Standing Committee of the General Association of Korean Residents in Japan",
            "Chongryon Central Standing Committee",
        ),
        # A firm's name shortened to the words before its kind ("Investments").
        (
            "Shareholders of Magellan Investments approved the merger on Monday. A spokesman "
            "said Magellan would keep its offices in Boston.",
            "Magellan Investments",
            "Magellan",
        ),
        # A part written "its X" is named after the body that owns it.
        (
            "Present were Ri Chol, vice-chairman of the Chongryon Central Standing Committee, "
            "and Kim Hyon, director of its International Department.",
            "International Department of the Central Standing Committee of the General "
            "Association of Korean Residents in Japan",
            "International Department of the Chongryon Central Standing Committee",
        ),
        (
            "Pak Song, chairman of the Korean Youth Commercial Association in Japan, spoke "
            "and Jo Min, a member of its Central Standing Management Board, made a report.",
            "Central Standing Management Board of the Korean Youth Commercial Association in Japan",
            "Central Standing Management Board",
        ),
    ],
)
def test_a_body_named_by_its_short_name_is_written_out(
    parse: Parse, text: str, name: str, alias: str
) -> None:
    _, ctx = parse(text)
    forms = {m.alias for m in ctx.entities.mentions if m.entity.name == name}
    assert alias in forms, {m.entity.name: m.alias for m in ctx.entities.mentions}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # A country owns no body's part here: "its Foreign Ministry" is named as written.
        ("Japan said its Foreign Ministry would answer.", "Foreign Ministry of the Japan"),
        # A committee holds no committee of its own kind.
        (
            "The Central Standing Committee of the league met members of its Central Committee.",
            "Central Committee of the Central Standing Committee",
        ),
    ],
)
def test_its_part_of_no_body_keeps_its_name(parse: Parse, text: str, absent: str) -> None:
    _, ctx = parse(text)
    names = {m.entity.name for m in ctx.entities.mentions}
    assert not any(n.startswith(absent) for n in names), names


def test_a_word_in_brackets_after_a_one_word_body_is_no_short_name(parse: Parse) -> None:
    names = _names(parse, "Officials of Hamas (Gaza) met the press.")
    assert names.get("Hamas") == "Organization", names


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        (
            "The 2024 National Exhibition of August 3 Consumer Goods opened in Pyongyang.",
            "Consumer Goods",
            "Pyongyang",
        ),
        (
            "Many units took part in the 2024 National Exhibition of Sci-tech Successes.",
            "Sci-tech Successes",
            None,
        ),
        # A body's name after "of" keeps its head.
        ("They held the Festival of Kim Il Sung University.", None, "Kim Il Sung University"),
    ],
)
def test_what_an_exhibition_is_of_is_no_body(
    parse: Parse, text: str, absent: str | None, present: str | None
) -> None:
    names = _names(parse, text)
    if absent is not None:
        assert absent not in names, names
    if present is not None:
        assert present in names, names


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "The participants expressed gratitude to the Supreme Commander, who put them forward.",
            "Supreme Commander",
        ),
        (
            "Present were Charge d'Affaires ad Interim Vladimir Sukharev and others.",
            "Charge d'Affaires",
        ),
        ("He received baskets from Honorary Director Cui Tongwen of the Board.", "Honorary"),
        # A portfolio before a minister's title is the post's word; the ministry is named by
        # its own head ("the Trade Ministry").
        (
            "On Friday, Wilson, Finance Minister Peter Otieno and others ended a news conference.",
            "Finance",
        ),
        ("The Trade Ministry said exports rose, Health Secretary Ann Lee said.", "Health"),
    ],
)
def test_a_title_the_model_took_for_a_body_is_no_body(parse: Parse, text: str, title: str) -> None:
    names = _names(parse, text)
    assert title not in names, names


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (
            "It was proved that the drone of the ROK military gangsters took off at Paekryong"
            " Island.",
            {"ROK military gangsters": "Group"},
            {"ROK military"},
        ),
        (
            "The neo-Nazis of Ukraine attacked Sevastopol City of Russia with U.S.-supplied"
            " ATACMS army tactical missiles.",
            {"Ukraine": "Place"},
            {"U.S.-supplied ATACMS army"},
        ),
        (
            "The ROK military side, encouraged by its master, said that it would retaliate.",
            {"ROK military": "Organization"},
            set(),
        ),
        (
            "Nearly all of Syrian territory west of the Euphrates River lie in Syrian government"
            " hands.",
            {"Syrian government": "Organization"},
            set(),
        ),
        (
            "That evening the DPRK government hosted a reception for the delegation.",
            {"DPRK government": "Organization"},
            set(),
        ),
        (
            "Present there were leaders of various political parties and members of the"
            " parliament of Mexico.",
            {"parliament of Mexico": "Organization", "Mexico": "Place"},
            set(),
        ),
        (
            "Construction is going on at the Sinphyong Power Station and the Manpho Smeltery.",
            {"Sinphyong Power Station": "Organization", "Manpho Smeltery": "Organization"},
            set(),
        ),
        (
            "The drone flew over Sungri Station of the Pyongyang Metro.",
            {"Sungri Station": "Place"},
            set(),
        ),
        (
            "The delegation was led by Andrei Kuzovlev, vice-minister of Digital Development, Post"
            " and Telecommunications and Public Information of the Russian Federation.",
            {"Andrei Kuzovlev": "Person", "Russian Federation": "Place"},
            {
                "Post and Telecommunications and Public Information",
                "Post and Telecommunications and Public Information of the Russian Federation",
            },
        ),
        (
            "The exhibition opened under the DPRK-Russia Inter-governmental Committee for"
            " Cooperation in Trade, Economy, Science and Technology.",
            {
                "DPRK-Russia Inter-governmental Committee for Cooperation in Trade, Economy,"
                " Science and Technology": "Organization"
            },
            {"Committee for Cooperation in Trade, Economy, Science and Technology"},
        ),
        (
            "The U.S. is trying to build an Asian-version NATO in the region.",
            {"North Atlantic Treaty Organization": "Organization"},
            {"Asian-version NATO"},
        ),
        (
            "Certificates were issued in the name of the Posts and Telecommunications, IT and"
            " Digital Development Sub-committee.",
            {
                "Posts and Telecommunications, IT and Digital Development Sub-committee": (
                    "Organization"
                )
            },
            {"Posts and Telecommunications", "Digital Development Sub-committee"},
        ),
        (
            "Students of Kim Chaek University of Technology and Sariwon Kye Ung Sang University"
            " of Agriculture vowed to join the army.",
            {
                "Kim Chaek University of Technology": "Organization",
                "Sariwon Kye Ung Sang University of Agriculture": "Organization",
            },
            {"Sariwon Kye Ung Sang University"},
        ),
        (
            "The DPRK proved its transparency through its accession to the UN Convention against"
            " Transnational Organized Crime in 2016.",
            {"Democratic People's Republic of Korea": "Place"},
            {"Transnational Organized Crime", "Convention of the United Nations"},
        ),
        (
            "Kim Jong Un met the players who won the 2024 FIFA U-20 Women's World Cup at the"
            " headquarters building of the WPK Central Committee.",
            {
                "headquarters building of the WPK Central Committee": "Place",
                "Central Committee of the Workers' Party of Korea": "Organization",
            },
            set(),
        ),
        (
            "The U.S. is dispatching the super-large nuclear carrier George Washington task force"
            " around the Korean peninsula.",
            {"George Washington task force": "Organization"},
            {"George Washington"},
        ),
        (
            "The U.S. brought the Theodore Roosevelt nuclear carrier task force into the waters.",
            {"Theodore Roosevelt nuclear carrier task force": "Organization"},
            {"Theodore Roosevelt"},
        ),
        (
            "Women's union officials from South Hwanghae Province encouraged the builders.",
            {"South Hwanghae Province": "Place"},
            {"Women"},
        ),
        (
            "They realized that the glory of the WPK as the great Kimilsungist-Kimjongilist Party"
            " is being demonstrated.",
            {"Workers' Party of Korea": "Organization"},
            {"Kimilsungist-Kimjongilist Party"},
        ),
        (
            "The UN Charter of the United Nations was trampled underfoot.",
            {"United Nations": "Organization"},
            set(),
        ),
        (
            "Present were Choe Son Hui, minister of Foreign Affairs, and Pak Myong Ho,"
            " vice-minister of Foreign Affairs.",
            {"Choe Son Hui": "Person", "Pak Myong Ho": "Person"},
            {"Foreign Affairs"},
        ),
        # A title and a Korean name the model took together for a body.
        (
            "Present there were Chairwoman Choe Un Hui and other officials of the GAKC"
            " headquarters and members of the Dalian City branch of the Liaoning Regional"
            " Association.",
            {"Choe Un Hui": "Person"},
            {"Chairwoman Choe Un Hui"},
        ),
        # So with the article of the phrase the name qualifies.
        (
            "The Yoon Suk Yeol puppet clans should not run amuck, the vice-chairman said.",
            {"Yoon Suk Yeol": "Person"},
            set(),
        ),
        # A body's name of three words the article opens, whose words are no Korean syllables.
        (
            "The center has long monitored such groups as the Ku Klux Klan.",
            {"Ku Klux Klan": "Organization"},
            set(),
        ),
        # A party's name the model split after its plural possessive.
        (
            "Messages came from the Korea Friendship Society of Chile, the Socialist Workers'"
            " Party of Chile and the Chilean Committee for the Study of the Juche Idea.",
            {"Socialist Workers' Party of Chile": "Organization"},
            {"Socialist Workers", "Party of Chile"},
        ),
        # Two sites, each with its own head noun, that the model read as one name.
        (
            "The county conducted a campaign to protect historical sites, including Kwangbop"
            " Temple and Ryongwang Pavilion.",
            {"Kwangbop Temple": "Place", "Ryongwang Pavilion": "Place"},
            {"Kwangbop Temple and Ryongwang Pavilion"},
        ),
        # A power station is an enterprise, whatever words stand between "Power" and "Station".
        (
            "The Kaechon City Power Distribution Station finished its repairs on Monday.",
            {"Kaechon City Power Distribution Station": "Organization"},
            set(),
        ),
        # A restaurant named with a capital head is a catering unit, as a factory is; a
        # theatre is a building, a site.
        (
            "Employees of the Kumsong Restaurant organized a table tennis contest, and pupils"
            " enjoyed a circus performance at the Sinpho Youth Theatre.",
            {"Kumsong Restaurant": "Organization", "Sinpho Youth Theatre": "Place"},
            set(),
        ),
        # What a monument is to is no head of its name.
        (
            "The delegation laid a wreath at the Monument to Army Founding in Hamhung.",
            {"Monument to Army Founding": "Place"},
            set(),
        ),
        # An office named with a capital head is a body.
        (
            "Officials of the Kumgang Hot Spring Resort Service Management Office welcomed the"
            " guests.",
            {"Kumgang Hot Spring Resort Service Management Office": "Organization"},
            set(),
        ),
        # The second field of a body's "of" phrase, which the model cuts off at "and".
        (
            "A teacher of Wonsan University of Music and Dance spoke at the meeting.",
            {"Wonsan University of Music and Dance": "Organization"},
            {"Wonsan University of Music"},
        ),
        # Another body after "and" is a body of its own.
        (
            "Delegates of the Academy of Sciences and Kim Chaek University of Technology met.",
            {"Academy of Sciences": "Organization"},
            {"Academy of Sciences and Kim Chaek University"},
        ),
        # "C.C." and a comma before any body's name: the body's central committee.
        (
            "A propaganda squad of the C.C., General Federation of Trade Unions of Korea visited"
            " the mine.",
            {
                "Central Committee of the General Federation of Trade Unions of Korea": (
                    "Organization"
                )
            },
            {"Central Committee of the Workers' Party of Korea"},
        ),
        # A site with staff of its own is a body where people work for it or it is listed
        # with bodies, a place where someone is sent.
        (
            "Kang Chol Su, a doctor of Sonbong District Hospital, said the service was good.",
            {"Sonbong District Hospital": "Organization"},
            set(),
        ),
        (
            "The Haeju Textile Mill, the Haeju Port and the Haeju Shoe Factory overfulfilled"
            " their plans.",
            {"Haeju Port": "Organization", "Haeju Textile Mill": "Organization"},
            set(),
        ),
        (
            "Speeches were made at the banquets held at the Kaesong Palace of Culture, Minsok"
            " Restaurant, Janam Hotel and Songdo Hotel.",
            {"Janam Hotel": "Place"},
            set(),
        ),
        (
            "The woman was sent to the Hamhung Maternity Hospital in March.",
            {"Hamhung Maternity Hospital": "Place"},
            set(),
        ),
        # A word in brackets after a party's name tells it from its namesakes: no body, but
        # part of the party's name.
        (
            "Greetings came from the Communist Party of Chile (Marxist-Leninist) and the"
            " Workers' Party of Ireland (Marxist-Leninist).",
            {"Communist Party of Chile (Marxist-Leninist)": "Organization"},
            {"Marxist-Leninist", "Communist Party of Chile"},
        ),
    ],
)
def test_organisations_of_state_media_articles(
    parse: Parse, text: str, present: dict[str, str], absent: set[str]
) -> None:
    _assert_names(parse, text, present, absent)


def _group_aliases(parse: Parse, text: str) -> dict[str, set[str]]:
    _, ctx = parse(text)
    return {
        m.entity.name: set(ctx.entities.aliases(m.entity))
        for m in ctx.entities.mentions
        if m.entity.kind is EntityKind.GROUP
    }


@pytest.mark.parametrize(
    ("text", "group", "alias"),
    [
        (
            "Kim Jong Un met the players and coaches who won the 2024 FIFA U-20 Women's World"
            " Cup. He warmly wished that the players, who displayed the bright prospect of the"
            " DPRK's women football, would firmly hold the Asian and world championship titles.",
            "players and coaches",
            "players",
        ),
        (
            "Senior Party and government officials visited families of war veterans on"
            " Wednesday. Those officials called at war veterans in Pyongyang to warmly"
            " congratulate them.",
            "senior Party and government officials",
            "officials",
        ),
        # A plural the tagger takes for a singular.
        (
            "Kim Jong Un received a floral basket from the military attaches corps here. On"
            " behalf of the corps, the military attache of the Cuban embassy conveyed it.",
            "military attaches corps",
            "corps",
        ),
    ],
)
def test_a_bare_plural_with_the_tells_of_the_group_named_before(
    parse: Parse, text: str, group: str, alias: str
) -> None:
    groups = _group_aliases(parse, text)
    assert alias in groups[group] and alias not in groups, groups


def test_the_people_is_too_general_to_tell_of_a_people_named_before(parse: Parse) -> None:
    groups = _group_aliases(
        parse,
        "The Chinese people extended warm congratulations. The people of the DPRK thanked"
        " them, and the people will always remember it.",
    )
    assert "people" in groups, groups


@pytest.mark.parametrize(
    ("text", "group"),
    [
        # A group's head opening a sentence, which the tagger takes for a name.
        (
            "Youth and students across the country signed the petitions for joining or"
            " rejoining the army.",
            "youth and students",
        ),
        # A body's word written with a capital, coordinated before the head.
        (
            "Senior Party and government officials, including Kim Tok Hun and Choe Ryong Hae,"
            " visited families of war veterans on Wednesday.",
            "senior Party and government officials",
        ),
        # The leader a group of followers is named after.
        (
            "Speakers there denounced the Yoon group for resorting to military provocations"
            " through drone infiltration and leaflet-scattering operations.",
            "Yoon group",
        ),
        # Collectives of wire news.
        (
            "US-backed and Kurdish-led militias captured IS' last remaining territory in March"
            " 2019.",
            "militias",
        ),
        (
            "It is not clear who carried out the slayings, though locals have alternatively"
            " blamed IS and the Assad regime.",
            "locals",
        ),
        (
            "In the 1990s, separatist warlords from neighbouring Chechen openly led armed"
            " operations in Dagestan on several occasions.",
            "separatist warlords",
        ),
        ("The crime barons may prosper but the people are amongst the poorest.", "crime barons"),
        (
            "Capturing drones using swarms of net-casting UAVs is one of several options being"
            " considered by defence chiefs.",
            "defence chiefs",
        ),
        (
            "Between June 1975 and February 1976, courts dismissed the cases and released the"
            " defendants.",
            "courts",
        ),
        (
            "Presumably they were there in a defensive role for a very frightened and"
            " intimidated Protestant population.",
            "Protestant population",
        ),
    ],
)
def test_groups_opening_a_sentence_coordinated_or_named_after_a_leader(
    parse: Parse, text: str, group: str
) -> None:
    names = _names(parse, text)
    found = {name.casefold() for name, kind in names.items() if kind == "Group"}
    assert any(group.casefold() in name for name in found), names


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # A name's last word before "and" is no modifier of the group after it.
        (
            "On hand were DPRK Ambassador to China Ri Ryong Nam and staff members of his embassy.",
            "Nam",
        ),
        # Figures are data or shapes as often as people.
        ("Even major Western media recently cited the figures and data.", "figures"),
    ],
)
def test_no_group_of_a_name_before_and_or_of_figures(parse: Parse, text: str, word: str) -> None:
    names = _names(parse, text)
    assert not any(word in name.split() for name, kind in names.items() if kind == "Group"), names


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (
            "UN Secretary-General Guterres on Oct. 15 made seriously improper remarks.",
            {"Guterres": "Person"},
            set(),
        ),
        (
            "The respected Comrade Kim Jong Un sent a birthday spread to Han Sun Ok, a woman"
            " centenarian living in the people's neighborhood unit No. 57 of Pidan-ri, Kumya"
            " County, South Hamgyong Province of the DPRK.",
            {"Han Sun Ok": "Person", "Kumya County": "Place"},
            set(),
        ),
        (
            "One day in November 1968, President Kim Il Sung visited the then Pyongyang Soybean"
            " Paste and Sauce Factory which was newly built.",
            {"Pyongyang Soybean Paste and Sauce Factory": "Organization"},
            {"Pyongyang Soybean Paste", "Sauce Factory"},
        ),
        (
            "A relevant technical manual was completed by several designing units including the"
            " Machine Factory Designing Institute under the Ministry of Machine-building Industry"
            " and the South Hamgyong Provincial Designing Institute.",
            {"Ministry of Machine-building Industry": "Organization"},
            {"Ministry of Machine-building"},
        ),
        (
            "The remarks were let loose by the supreme official of the UN, contrary to the UN"
            " Charter's principle of respect for sovereignty.",
            {"United Nations": "Organization"},
            {"Charter of the United Nations"},
        ),
        (
            "Pyongyang, October 20 (KCNA) -- Kim Son Hwa, vice-minister for International"
            " Organizations of the DPRK Foreign Ministry, released the following press statement.",
            {"Kim Son Hwa": "Person", "DPRK Foreign Ministry": "Organization"},
            {"International Organizations of the DPRK Foreign Ministry"},
        ),
        (
            "Events took place at the Maritime Territorial Branch Committee of the Communist Party"
            " of the Russian Federation, the Tynda City Group for the Study of the Juche Idea of"
            " Russia and the Far East Science Library.",
            {
                "Tynda City Group for the Study of the Juche Idea of Russia": "Organization",
                "Far East Science Library": "Organization",
            },
            set(),
        ),
        (
            "A relevant notice of the SPA Standing Committee was announced on Sunday.",
            {"Standing Committee of the Supreme People's Assembly": "Organization"},
            {"SPA Standing Committee"},
        ),
        (
            "A massive struggle is going on in the puppet ROK to demand the resignation of the"
            " puppet Yoon Suk Yeol group.",
            {"Republic of Korea": "Place", "Yoon Suk Yeol": "Person"},
            set(),
        ),
        (
            "An agreement was signed between the DPRK Ministry of IT Industry and the Russian"
            " Ministry of Digital Development, Post and Telecommunications and Public Information.",
            {
                "Russian Ministry of Digital Development, Post and Telecommunications and Public"
                " Information": "Organization"
            },
            {
                "Russian Ministry of Digital Development",
                "Post and Telecommunications and Public Information",
            },
        ),
        # The model cuts the name at the hyphen inside its last word.
        (
            "He worked for the Tanzanian Committee for the Study of Kimilsungism-Kimjongilism.",
            {
                "Tanzanian Committee for the Study of Kimilsungism-Kimjongilism": "Organization",
            },
            {"Tanzanian Committee for the Study of Kimilsungism"},
        ),
        # A company's own words the model left out before its legal form, and the country
        # after it, which is where the company is.
        (
            "The general manager of the Weihai Jinsong international mining trade Co. Ltd."
            " attended.",
            {"Weihai Jinsong international mining trade Co. Ltd.": "Organization"},
            {"Co. Ltd.", "Weihai Jinsong"},
        ),
        (
            "Gifts came from the chairman of the Yantai Baoshan international shipping trade"
            " Co. Ltd. of China.",
            {"Yantai Baoshan international shipping trade Co. Ltd.": "Organization"},
            {"Co. Ltd. of China"},
        ),
    ],
)
def test_names_cut_joined_or_retyped_in_state_media_articles(
    parse: Parse, text: str, present: dict[str, str], absent: set[str]
) -> None:
    _assert_names(parse, text, present, absent)


@pytest.mark.parametrize(
    ("text", "body", "alias"),
    [
        (
            "The DPRK Foreign Ministry released a statement.",
            "DPRK Foreign Ministry",
            "Foreign Ministry of the Democratic People's Republic of Korea",
        ),
        (
            "The DPRK Ministry of National Defence issued a press release.",
            "DPRK Ministry of National Defence",
            "Ministry of National Defence of the Democratic People's Republic of Korea",
        ),
    ],
)
def test_a_body_named_after_its_countrys_abbreviation_is_known_with_the_country_after(
    parse: Parse, text: str, body: str, alias: str
) -> None:
    _, ctx = parse(text)
    entity = next(m.entity for m in ctx.entities.mentions if m.entity.name == body)
    assert alias in ctx.entities.aliases(entity)


def test_a_body_opening_with_a_countrys_own_name_gets_no_country_after(parse: Parse) -> None:
    _, ctx = parse("A delegation of the Palestine Liberation Democratic Front visited Pyongyang.")
    aliases = {a for m in ctx.entities.mentions for a in ctx.entities.aliases(m.entity)}
    assert "Liberation Democratic Front of Palestine" not in aliases


def test_a_body_named_with_a_countrys_adjective_is_known_without_it(parse: Parse) -> None:
    _, ctx = parse("The Russian Ministry of Digital Development signed the agreement.")
    entity = next(m.entity for m in ctx.entities.mentions if m.entity.name.startswith("Russian"))
    assert "Ministry of Digital Development" in ctx.entities.aliases(entity)


def test_a_name_shortened_with_another_apostrophe_is_the_full_names(parse: Parse) -> None:
    text = (
        "Choe Ryong Hae, chairman of the Standing Committee of the Supreme People’s Assembly,"
        " was present. Choe Ryong Hae read out the decrees of the Standing Committee of the"
        " Supreme People’s Assembly of the DPRK on awarding the Order of Freedom."
    )
    names = _names(parse, text)
    # Named with the straight apostrophe the tokenizer reads the curly one as.
    assert "Standing Committee of the Supreme People's Assembly of the DPRK" in names, names
    assert "Standing Committee of the Supreme People's Assembly" not in names, names


def _group_forms(parse: Parse, text: str) -> dict[str, str]:
    """Each form a group is named by in `text`, with the group it names."""
    _, ctx = parse(text)
    return {
        m.alias or m.entity.name: m.entity.name
        for m in ctx.entities.mentions
        if m.entity.kind is EntityKind.GROUP
    }


@pytest.mark.parametrize(
    ("text", "form", "group"),
    [
        # The same modifier naming a people, and another head of the same class.
        (
            "The Japanese aggressors, unable to fulfil their wild ambition, sought a way out. "
            "The Japanese murderers infiltrated into the Korean Imperial Palace.",
            "Japanese murderers",
            "Japanese aggressors",
        ),
        (
            "The Israeli troops have come under worldwide criticism for committing massacres "
            "in Gaza Strip. The civilian victims said that the Israeli soldiers addressed the "
            "victims in military uniforms.",
            "Israeli soldiers",
            "Israeli troops",
        ),
        # The doers of the act the group did in the sentence before.
        (
            "Many officials, working people, youth and students in North Hamgyong Province "
            "have visited the provincial revolutionary museum. The visitors paid tribute to "
            "the photos.",
            "visitors",
            "many officials, working people, youth and students",
        ),
        # A predeterminer tells of the whole group, which is also known so.
        ("All the people should turn out for the harvest.", "all the people", "people"),
        (
            "The appeal called upon all the officials and farmers to gather in the square.",
            "all the officials and farmers",
            "officials and farmers",
        ),
        # The count goes with "other", which keeps them apart from the ones named before.
        (
            "Two exile leaders and 133 other people were arrested on Thursday.",
            "133 other people",
            "other people",
        ),
    ],
)
def test_a_group_named_again_by_another_noun(
    parse: Parse, text: str, form: str, group: str
) -> None:
    assert _group_forms(parse, text).get(form) == group, _group_forms(parse, text)


@pytest.mark.parametrize(
    ("text", "form"),
    [
        # A modifier that names no people or country says nothing of which ones.
        (
            "The brutal aggressors invaded the country. The brutal murderers killed civilians.",
            "brutal murderers",
        ),
        # Heads of different classes are different people.
        (
            "Japanese imperialists occupied Korea. Japanese workers protested in Tokyo.",
            "Japanese workers",
        ),
        # Doers of another act than the group's.
        (
            "Party officials visited the farm. The participants discussed the harvest.",
            "participants",
        ),
    ],
)
def test_a_group_not_named_again(parse: Parse, text: str, form: str) -> None:
    forms = _group_forms(parse, text)
    assert forms.get(form) in {form, None}, forms


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (
            "Kilju and Myonggan counties are building new production buildings of raw material"
            " bases.",
            {"Kilju County": "Place", "Myonggan County": "Place"},
            set(),
        ),
        (
            "The Sunchon, Chongchongang and other thermal power plants are boosting the"
            " production by introducing valuable technical innovations.",
            {
                "Sunchon Thermal Power Plant": "Organization",
                "Chongchongang Thermal Power Plant": "Organization",
            },
            {"Sunchon", "Chongchongang"},
        ),
        (
            "Officials and workers at the Hochongang, Sodusu, Jangjingang and other hydro-power"
            " stations are operating generators at full capacity.",
            {
                "Hochongang Hydro-power Station": "Organization",
                "Sodusu Hydro-power Station": "Organization",
                "Jangjingang Hydro-power Station": "Organization",
            },
            {"Jangjingang"},
        ),
        (
            "Miners of the Sunchon and other coal-mining complexes produced more coal.",
            {"Sunchon Coal-mining Complex": "Organization"},
            set(),
        ),
        (
            "South Hamgyong and Kangwon provincial brigades are building schools and nurseries.",
            {},
            {"South Hamgyong Provincial Brigade", "Kangwon Provincial Brigade"},
        ),
        (
            "The monument to the victims of the quake in Tokyo and other similar monuments"
            " across the archipelago was removed.",
            {"Tokyo": "Place"},
            {"Tokyo Similar Monument"},
        ),
        (
            "Officials of the Ministry of Railways and other ministries met on Monday.",
            {"Ministry of Railways": "Organization"},
            {"Railways Ministry"},
        ),
        # Bodies of a named body: the division's adjective and the owner are of each name.
        (
            "The Hamhung and Chongjin municipal committees of the UAWK held meetings to sum up"
            " the harvest.",
            {
                "Hamhung Municipal Committee of the UAWK": "Organization",
                "Chongjin Municipal Committee of the UAWK": "Organization",
            },
            {"Hamhung", "Chongjin"},
        ),
        # A name before a division's noun is no place where the list writes that noun into it.
        (
            "The Kanggye and Manpho city committees of the Workers' Party of Korea sent"
            " support goods to the construction sites.",
            {
                "Kanggye City Committee of the Workers' Party of Korea": "Organization",
                "Manpho City Committee of the Workers' Party of Korea": "Organization",
            },
            {"Manpho City Committee"},
        ),
    ],
)
def test_names_sharing_a_plural_designator_take_its_kind(
    parse: Parse, text: str, present: dict[str, str], absent: set[str]
) -> None:
    _assert_names(parse, text, present, absent)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "Coal mining complexes across the DPRK are pushing ahead with the project for laying"
            " belt conveyors at the final stage.",
            "coal mining complexes across the DPRK",
        ),
        (
            "Meanwhile, various coal-mining machine factories are producing parts and equipment"
            " necessary for the belt conveyor project.",
            "various coal-mining machine factories",
        ),
        ("Russian companies are investing in the region.", "Russian companies"),
        (
            "The machine plant made 200 tractors and sent them to cooperative farms.",
            "cooperative farms",
        ),
        (
            "The county officials provided textbooks for several colleges and the rural committee.",
            "several colleges",
        ),
        (
            "The new standards are to be reached by rural schools in every province.",
            "rural schools in every province",
        ),
        # Bodies whose singular ends no proper name, acting on something.
        (
            "Public catering establishments served noodles and cakes to the veterans.",
            "public catering establishments",
        ),
        ("The rescue services reached the flooded village at dawn.", "rescue services"),
        (
            "Several international bodies sent messages of sympathy to the government.",
            "several international bodies",
        ),
        (
            "British intelligence services believe the group is planning new attacks.",
            "British intelligence services",
        ),
        # The country before them stays a place of its own.
        (
            "US security services reportedly believe drones could carry explosives.",
            "security services",
        ),
        # With no word before them, a phrase after them says where they are, so which ones.
        (
            "Farms in Anak and Unchon counties have installed butterfly lamps.",
            "farms in Anak and Unchon counties",
        ),
        (
            "Schools across the province have introduced new teaching methods.",
            "schools across the province",
        ),
        # Listed after people, they share the role of the list's first member.
        (
            "Officials and local trade unions in the province have organized an emulation"
            " campaign among the farmers.",
            "local trade unions in the province",
        ),
        (
            "Scientists and rural schools in every county sent letters to the ministry.",
            "rural schools in every county",
        ),
    ],
)
def test_enterprises_of_one_kind_acting_together_are_a_group(
    parse: Parse, text: str, group: str
) -> None:
    assert _names(parse, text).get(group) == "Group"


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "Delegations of friendly parties paid visits to the DPRK missions in their countries.",
            "DPRK missions in their countries",
        ),
        (
            "Bouquets from the association were laid at the DPRK missions in Hanoi and Vientiane.",
            "DPRK missions in Hanoi and Vientiane",
        ),
        ("The delegation later visited the Chinese embassies.", "Chinese embassies"),
        (
            "U.S. embassies around the world were ordered to tighten security.",
            "U.S. embassies",
        ),
    ],
)
def test_a_countrys_missions_are_a_group_named_with_the_country(
    parse: Parse, text: str, group: str
) -> None:
    assert _names(parse, text).get(group) == "Group"


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "Most of the jobs he has held were related to the anti-abortion movement.",
            "anti-abortion movement",
        ),
        (
            "She denied that she had joined an anti-Arab underground movement.",
            "anti-Arab underground movement",
        ),
        ("The pro-Israel lobby opposed the sale of the jets.", "pro-Israel lobby"),
    ],
)
def test_a_movement_for_or_against_something_is_a_group(
    parse: Parse, text: str, group: str
) -> None:
    assert _names(parse, text).get(group) == "Group"


def test_a_movement_with_no_stance_is_an_undertaking(parse: Parse) -> None:
    names = _names(parse, "The emulation movement is gaining momentum across the country.")
    assert not any("movement" in name for name in names)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # Where an attack hits them they are buildings; without a country, missions are tasks.
        ("Bombs exploded at the American embassies in Kenya and Tanzania.", "American embassies"),
        ("The pilots carried out their missions in bad weather.", "missions"),
    ],
)
def test_missions_attacked_or_of_no_country_make_no_group(
    parse: Parse, text: str, words: str
) -> None:
    names = _names(parse, text)
    assert not any(words in name for name in names)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The factories are producing more steel.", "factories"),
        (
            "Raw materials are needed as soon as regional-industry factories are completed.",
            "regional-industry factories",
        ),
        ("The road to the new factories was repaired last week.", "new factories"),
        # A place after them, where they are done to, not where they act.
        ("Factories in the city were closed last week.", "factories in the city"),
        # Without an object their subject may be a thing that lies, grows or happens.
        ("Charred bodies lay along the road after the blast.", "charred bodies"),
        ("Consumer services grew faster than farming last year.", "consumer services"),
        ("Memorial services took place in every town on Sunday.", "memorial services"),
        # Listed after a passive subject, they are done to as well.
        ("The minister and new factories were shown in the film.", "new factories"),
        # Unnamed meetings are no bodies, though a conference's name is a body's.
        (
            "The hotel has been used to house delegates to important national conferences.",
            "important national conferences",
        ),
    ],
)
def test_bare_or_passive_plural_enterprises_make_no_group(
    parse: Parse, text: str, words: str
) -> None:
    assert words not in _names(parse, text)


@pytest.mark.parametrize(
    ("text", "alias"),
    [
        (
            "The UN secretary-general has kept mum about the U.S. and its allies' anti-DPRK"
            " rhetoric.",
            "allies of the U.S.",
        ),
        (
            "His stand is inciting the hostile acts of the U.S. and its followers against the"
            " DPRK.",
            "followers of the U.S.",
        ),
        (
            "It will strengthen the nexus between NATO and its allies in the Asia-Pacific region.",
            "allies of NATO in the Asia-Pacific region",
        ),
    ],
)
def test_a_group_owned_by_the_name_before_and_is_also_known_as_its(
    parse: Parse, text: str, alias: str
) -> None:
    _, ctx = parse(text)
    assert alias in {m.alias for m in ctx.entities.mentions if m.entity.kind is EntityKind.GROUP}


@pytest.mark.parametrize(
    ("text", "aliases"),
    [
        (
            "The workers and technicians at the Sungri Motor Complex introduced new jigs.",
            {"workers and technicians at the Sungri Motor Complex", "workers and technicians"},
        ),
        (
            "The nurses across the province are devoting all their efforts to the campaign.",
            {"nurses across the province", "nurses"},
        ),
        # "across" is no phrase of the group's here, but the object of "from".
        (
            "The course was attended by 100 nurses selected from across the country.",
            {
                "100 nurses selected from across the country",
                "nurses selected from across the country",
            },
        ),
        (
            "Police in the border province searched the house on Sunday.",
            {"police in the border province", "police"},
        ),
        (
            "A senior trader with Barclays de Zoete Wedd said the selling was heavy.",
            {"senior trader with Barclays de Zoete Wedd", "senior trader"},
        ),
        # The participle needs its phrase: "diplomats based" names no one.
        (
            "Cuban diplomats based in Washington met the boy's grandmothers.",
            {"Cuban diplomats based in Washington", "grandmothers"},
        ),
        # Words saying how many of the group act, or that they are others, are no part of
        # the group an agent is.
        (
            "Many institutional investors stayed on the sidelines on Friday.",
            {"many institutional investors", "institutional investors"},
        ),
        (
            "Other analysts said the offer was too low.",
            {"other analysts", "analysts"},
        ),
        # A bare "people" names no one in particular.
        ("People in the capital gathered in the square.", {"people in the capital"}),
        (
            "Several rebel commanders in the region rejected the truce.",
            {
                "several rebel commanders in the region",
                "several rebel commanders",
                "rebel commanders in the region",
                "rebel commanders",
            },
        ),
    ],
)
def test_a_group_placed_or_counted_is_also_known_without_the_place_or_count(
    parse: Parse, text: str, aliases: set[str]
) -> None:
    _, ctx = parse(text)
    assert {m.alias for m in ctx.entities.mentions if m.entity.kind is EntityKind.GROUP} == aliases


@pytest.mark.parametrize(
    "text",
    [
        "Kim Jong Un and his officials visited the farm.",
        # "Their" refers to the staff members, not to the committee.
        "Staff members of the WPK Central Committee and their families provided aid materials.",
        "It provided the glory of heroic Korea and its heroic people, senior state officials,"
        " commanding officers of the army.",
    ],
)
def test_no_owner_for_a_person_people_or_a_list(parse: Parse, text: str) -> None:
    _, ctx = parse(text)
    groups = [m for m in ctx.entities.mentions if m.entity.kind is EntityKind.GROUP]
    assert all(m.alias == m.entity.name or m.alias is None for m in groups), groups


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Cuban exiles in Miami say the boy's mother died to give him freedom.", "exiles"),
        ("The company adopted a plan to ward off unwanted suitors.", "suitors"),
        ("Posing for photographers with Clinton, Blair pledged to stand united.", "photographers"),
    ],
)
def test_people_of_a_trade_or_a_side_are_groups(parse: Parse, text: str, group: str) -> None:
    names = _names(parse, text)
    assert any(group in name.split() and kind == "Group" for name, kind in names.items()), names


def test_an_articles_entities_do_not_depend_on_the_articles_parsed_before_it(
    nlp: Language, parse: Parse
) -> None:
    # A build of one article alone must equal that article's part of a corpus build: nothing
    # an earlier doc leaves in the vocabulary, the component tables or the caches may change
    # the parse or the kinds of its names, nor may the batch it is parsed in.
    text = (
        "Pupils of the Kaesong Schoolchildren's Palace and the Kaesong Secondary School No. 2"
        " won the contest."
    )
    before = [
        "Schoolchildren of the Mangyongdae Schoolchildren's Palace performed in Kaesong.",
        "The Kaesong Secondary School No. 1 sent its pupils to the palace on Sunday.",
        "Officials of the Pyongyang Municipal People's Committee visited the school.",
    ]
    alone = _names(parse, text)
    for other in before:
        parse(other)
    *_, doc = nlp.pipe([*before, text])
    in_batch = Context.build(doc, Article("t", text)).entities.mentions
    assert {m.entity.name: m.entity.kind.value for m in in_batch} == alone
    assert _names(parse, text) == alone


@pytest.mark.parametrize(
    ("text", "name", "posts"),
    [
        # The name's appositions and the posts joined to them.
        ("Kim Tok Hun, premier and member of the Presidium, spoke.", "Hun", ["premier", "member"]),
        # Posts written with "the" after a bare first one are others' present.
        (
            "Present were Jo Chol Su, chief secretary of the provincial committee, the chairman of"
            " the provincial people's committee and the manager of the farm.",
            "Su",
            ["chief secretary"],
        ),
        # One written with "the" alone is still the person's.
        (
            "They praised Kim Jong Un, general secretary of the WPK, the head of state.",
            "Un",
            ["general secretary", "head"],
        ),
        # A post with "the" joined to the next name after a comma is that name's.
        (
            "Mr Prior, the defence secretary, Lord Hailsham, and army advisers met on Sunday.",
            "Prior",
            [],
        ),
        # A verb of appointing and the office written after the name.
        ("The board named Thomas Keller president of the company.", "Keller", ["president"]),
        # A verb of leading a named body in a relative clause.
        ("John Reed, who chairs the Senate Armed Services Committee, spoke.", "Reed", ["chairman"]),
        # The post ending another's "for" phrase before the name.
        (
            "Mark Berman, a lawyer for the White House secretary, Ann Forde, declined.",
            "Forde",
            ["house secretary"],
        ),
    ],
)
def test_posts_of_the_named(nlp: Language, text: str, name: str, posts: list[str]) -> None:
    doc = nlp(text)
    root = next(t for t in doc if t.text == name)
    named = {t.i for e in doc.ents if e.label_ == "PERSON" and root not in e for t in e}
    found = posts_of_the_named(root, lambda t: t.i in named)
    assert [post_of(t) for t in found] == posts
