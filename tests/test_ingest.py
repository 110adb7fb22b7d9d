import pytest

from mtaudit.errors import InputError
from mtaudit.ingest.read import boilerplate_reason, decode, parse, read_document

from conftest import seed

BOILERPLATE = [
    ("- Advertisement -", "advertisement marker"),
    ("Avaiki Air's weekly Rarotonga–Aitutaki return flights will increase to 42 from 1 September. FILE PHOTO",
     "photo caption"),
    ("Commuters wait for a train at KL Sentral. — Picture by Azlan Rahim", "photo caption"),
    ("The new reading room at the Harbour Library. Photo / Supplied", "photo caption"),
    ("The festival drew 20,000 visitors (Photo: Jane Doe)", "photo caption"),
    ("Leave a Comment", "comment prompt"),
    ("Press play to listen to this article", "audio prompt"),
    ("Related Stories", "related links"),
    ("Recent Articles", "related links"),
    ("Stay on top - Get the daily news in your inbox", "newsletter prompt"),
    ("Get the latest sport headlines in your inbox every morning - sign up here.", "newsletter prompt"),
    ("Get the news first – join our WhatsApp channel.", "share prompt"),
    ("Follow us on Instagram", "share prompt"),
    ("Follow Manila Standard on Facebook and X for the latest news.", "share prompt"),
    ("Follow GMA News Online on Facebook, X, and Instagram for the latest news, updates and analysis.", "share prompt"),
    ("In a time of both misinformation and too much information, quality journalism is more crucial than ever. "
     "By subscribing, you can help us get the story right. SUBSCRIBE NOW", "subscription plug"),
    ("Independent news needs readers like you. Subscribe today!", "subscription plug"),
    ("SUBSCRIBE NOW", "subscription plug"),
    ("Subscribe to our e-paper for full coverage of the by-election.", "newsletter prompt"),
    ("Full results and tables from this season's Manx football are in our weekly sports supplement.", "edition plug"),
    ("DMCA / Correction Notice", "legal notice"),
    ("Write James Marson at [email protected]", "author contact"),
    ("Vladimir Isachenkov in Moscow and Jari Tanner in Tallinn contributed to this report.", "contributor credit"),
    # a byline or a credit line: the reprint's own, no text of the story
    ("By Teresa Adeang, Pacific Wire Service", "byline"),
    ("Aiwo Weekly Record staff, with Pacific Wire Service", "byline"),
    ("Titano Daily newsdesk | Source: Adriatic News Agency", "byline"),
    ("Top End Chronicle court reporter, with Australian Regional Wire", "byline"),
    ("Djibouti Horizon — with East Africa Business Wire", "byline"),
    ("By our Islands Correspondent", "byline"),
    ("BY THANDEKA MAHLANGU (SANW)", "byline"),
    ("Tameka Brissett/Staff Reporter", "byline"),
    ("Stabroek News Staff", "byline"),
]
ARTICLE = [
    "Share prices fell sharply on Monday.",
    "Sign up rates for the programme rose 5% last year.",
    "Copyright law in the EU changed in 2019, the court said.",
    "NATO allies have called such demands unacceptable.",
    "Related talks will resume in Vienna on Thursday.",
    "Residents were urged to join our neighbourhood watch group on WhatsApp, the council said, after a spate of "
    "burglaries in the Kabingo and Rwesande districts over the past month.",
    "“Parents who want to help can join our WhatsApp group.”",
    "Musk urged advertisers to follow our lead on X.",
    "Follow the money on Twitter and you find the same three accounts, the researchers said.",
    "Follow the guidance on WhatsApp for safety, the ministry said.",
    "Follow the Prime Minister on X for updates, his office said on Sunday.",
    "Mourners were invited to join our tribute to Malcolm X.",
    "Customers who subscribe now will pay the old price until March, the company said.",
    "The service said 2 million people had signed up. Analysts expect more to subscribe.",
    "The foundation gives grants to support independent journalism in the region.",
    "Police said the investigation into the deaths of the 12 miners was continuing. Subscribe now!",
    "“Readers who support our journalism keep us alive,” said the paper's editor.",
    "By subscribing, you agree to pay 9.99 euros a month after the trial, the terms say.",
    "The director said grants that support our journalism training would continue.",
    '"The full findings are in our annual supplement," the minister said.',
    "The ministry said the findings would appear in an annual supplement to the report.",
    "Photographs of the scene were shared widely: the council said it would review them.",
    "As first reported in our print edition, the governor has resigned.",
    "More money for Ukraine is in the supplement.",
    "More than 40 new features are in the app.",
    "Many of us lack vitamin D in our diet without a supplement, the study found.",
    "The findings appear in our weekly health supplement, which is free with Saturday's paper.",
    "Get the security updates installed and be wary of any email asking for your password, police said.",
    # a photo named in the text, and a caption's credit after a story's sentences or a quote
    "The minister showed reporters a photo.",
    "He posted the picture by the river.",
    "A fire broke out at the PHOTO lab.",
    "Police released a photo of the suspect. The man is about 30. He was last seen on Monday. PHOTO: Police",
    "\"We have the photo,\" she said. Photo: Reuters",
    "The fund is managed by the Public Investment Corporation (PIC).",
    "The Larsen C ice shelf has shrunk since 2017. Images courtesy of NASA show it lost 40 per cent of its area.",
    "Police said 14 people were killed. Pictures by Reuters showed at least 30 bodies at the scene.",
    # headlines and lines that only look like a credit
    "Tonga Press Service Wins Award For Coverage",
    "News agency staff walk out, union says",
    "Staff shortages hit hospitals",
    "By-election set for March",
    "From Kabul to Kyiv",
    "Voters back lowering voting age, with turnout at 51%",
    "Press freedom | Pacific News",
    "The agency's staff said the wire service would close.",
    "Minister denies reports",
    "Police detain two reporters",
    "Kenya Airways Resumes Services",
    "Mugabe Dies, State News Agency Says",
    "By Land, Sea and Air",
    "The minister told reporters",
]


@pytest.mark.parametrize("text,reason", BOILERPLATE)
def test_boilerplate_is_recognised(text, reason):
    assert boilerplate_reason(text) == reason


@pytest.mark.parametrize("text", ARTICLE)
def test_article_text_is_kept(text):
    assert boilerplate_reason(text) is None


@pytest.mark.parametrize(("text", "kind"), [
    ("This version has been corrected to show that she is Assistant Secretary.", "correction notice"),
    ("Correction: An earlier version of this story misspelled the minister's name.", "correction notice"),
    ("DMCA / Correction Notice", None),  # a legal notice: boilerplate
    ("The ministry issued a correction on Monday.", None),
])
def test_correction_notices_are_notices_not_boilerplate(text, kind):
    (paragraph,) = parse("a.txt", text + "\n").paragraphs
    assert paragraph.notice == kind
    assert paragraph.boilerplate == ("legal notice" if text.startswith("DMCA") else None)


def test_a_headline_is_no_byline_and_a_byline_may_take_two_lines():
    doc = parse("a.txt", "Cyclone batters Tonga | Pacific News\n\nBy Mele Havili\nPacific News\n\nThe storm hit.\n")
    assert [p.boilerplate for p in doc.paragraphs] == [None, "byline", None]
    assert boilerplate_reason("Advertisement" + " " * 50) == "advertisement marker"


def test_article_record_format():
    doc = read_document(seed("001"))
    assert doc.format == "article-record"
    assert doc.date == "20220113" and doc.url.startswith("https://theweek.com/")
    assert doc.paragraphs[0].text == doc.title
    assert len(doc.paragraphs) == 7


def test_plain_text_seed_sets_boilerplate_aside():
    doc = read_document(seed("004"))
    assert doc.format == "text"
    reasons = [p.boilerplate for p in doc.boilerplate]
    assert reasons.count("advertisement marker") == 5
    assert {"author contact", "newsletter prompt", "related links", "legal notice"} <= set(reasons)


def test_markdown_and_html():
    md = parse("a.md", "# Title here\n\nSome **bold** text with a [link](http://x.y).\n\n- Advertisement -\n")
    assert [p.text for p in md.paragraphs] == ["Title here", "Some bold text with a link.", "Advertisement -"]
    assert md.paragraphs[2].boilerplate
    html = parse("a.html", "<html><head><title>T</title><script>alert(1)</script></head><body>"
                           "<p>First &amp; best.</p><p onclick='x()'>Second.</p><nav>Menu</nav></body></html>")
    assert [p.text for p in html.paragraphs] == ["First & best.", "Second."]


def test_decoding():
    assert decode("café".encode(), "x")[1] is None
    text, note = decode("café".encode("cp1252"), "x")
    assert text == "café" and "Windows-1252" in note
    text, note = decode("hello".encode("utf-16"), "x")
    assert text == "hello" and "UTF-16" in note
    with pytest.raises(InputError, match="binary"):
        decode(b"abc\x00def", "x")


def test_bad_files_name_the_file(tmp_path):
    with pytest.raises(InputError, match="missing.txt: no such file"):
        read_document(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="is a directory"):
        read_document(tmp_path)
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n")
    with pytest.raises(InputError, match="empty.txt: holds no text"):
        read_document(empty)
    ads = tmp_path / "ads.txt"
    ads.write_text("- Advertisement -\n\nLeave a Comment\n")
    with pytest.raises(InputError, match="only site boilerplate"):
        read_document(ads)
    big = tmp_path / "big.txt"
    big.write_text("x" * 100)
    with pytest.raises(InputError, match="over the 50-byte limit"):
        read_document(big, max_bytes=50)


def test_a_line_of_boilerplate_in_a_block_of_lines_stands_apart():
    doc = parse("a.txt", "The bank cut its rate on Wednesday.\n\nThe next meeting is in December.\n"
                         "Related: Central banks begin easing cycle\nCopyright 2024 Eastern Markets Wire.\n")
    assert [(p.text, p.boilerplate) for p in doc.paragraphs] == [
        ("The bank cut its rate on Wednesday.", None), ("The next meeting is in December.", None),
        ("Related: Central banks begin easing cycle", "related links"),
        ("Copyright 2024 Eastern Markets Wire.", "legal notice")]
    # a line of text wrapped short is text, whatever it starts with
    wrapped = parse("b.txt", "The two firms fought over\ncopyright 2024 licensing deals for years.\n\n"
                             "Another paragraph.\n")
    assert wrapped.paragraphs[0].text == "The two firms fought over copyright 2024 licensing deals for years."
    assert wrapped.paragraphs[0].boilerplate is None
    wrapped = parse("c.txt", "Sign up for the scheme is free, and about 2,000 families have\n"
                             "applied so far.\n\nMore.\n")
    assert [(p.text, p.boilerplate) for p in wrapped.paragraphs] == [
        ("Sign up for the scheme is free, and about 2,000 families have applied so far.", None), ("More.", None)]
