"""clean: scraper debris goes to ``removed`` (never silently); prose is never touched."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from wiretrace.clean import clean
from wiretrace.ingest import parse_record

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


def _seed(prefix: str) -> str:
    path = next(SEEDS.glob(f"{prefix}_*.txt"), None) if SEEDS.is_dir() else None
    if path is None:
        pytest.skip("../shared/seeds not present")
    return path.read_text(encoding="utf-8")


def _kept(body: str) -> str:
    return "\n".join(body[a:b] for a, b in clean(body).spans)


# -- the seeds ------------------------------------------------------------------------------


def test_seed_001_debris_removed_and_kept_on_the_side() -> None:
    art = parse_record(_seed("001"), path="001.txt")
    assert art.title == "Jihadist Takeover of Mali is Far-fetched, Foreign Minister Says"
    assert str(art.date) == "2025-11-15"
    reasons = [r.reason for r in art.removed]
    assert reasons == [
        "byline",
        "timestamp",
        "caption",
        "summary",
        "summary",
        "summary",
        "summary",
        "dateline",
    ]
    texts = {r.reason: r.text for r in art.removed}
    assert texts["byline"] == "By Reuters"
    assert texts["timestamp"].startswith("November 13, 2025")
    assert texts["caption"].endswith(
        "Purchase Licensing Rights, opens new tab"
    )  # the licensing text
    summary = [r.text for r in art.removed if r.reason == "summary"]
    assert summary[0] == "Summary" and len(summary) == 4
    assert art.byline == "Reuters"
    assert art.dateline is not None
    assert (art.dateline.place, art.dateline.date, art.dateline.agency) == (
        "BAMAKO",
        "Nov 13",
        "Reuters",
    )
    assert art.sentences[0].text.startswith("Mali's foreign minister has dismissed")
    joined = art.text
    for gone in (
        "By Reuters",
        "4:46 AM",
        "Licensing",
        "Summary",
        "(Reuters)",
        "no match' for security",
    ):
        assert gone not in joined
    # The off-topic DRC/M23 sentence is not debris clean can know of: it stays.
    assert any(
        s.text.startswith("The Democratic Republic of Congo and the M23") for s in art.sentences
    )
    # Offsets point into the body as read.
    for r in art.removed:
        assert art.body[r.start : r.end] == r.text
    first = art.sentences[0]
    assert art.body[first.start : first.end].startswith("Mali's foreign minister")


def test_seed_000_no_header_body_intact() -> None:
    raw = _seed("000")
    art = parse_record(raw)
    assert art.title is None and art.date is None
    assert art.removed == [] and art.dateline is None
    assert art.body == raw
    assert len(art.sentences) == 13
    # every character of the body that is not whitespace is in some sentence
    covered: set[int] = set()
    for s in art.sentences:
        covered.update(range(s.start, s.end))
    assert all(ch.isspace() for i, ch in enumerate(raw) if i not in covered)


# -- our own examples -------------------------------------------------------------------------

STORY = (
    "The city council approved the new budget on Tuesday after a long debate about schools and roads.\n"
    "Council members said the plan would add 40 teachers and repair the main bridge by next spring."
)


@pytest.mark.parametrize(
    "head",
    [
        "By Jane Doe and John Roe",
        "By JANE DOE, Associated Press",
        "By Jane Doe | Reuters",
        "Analysis by Owen Pritchard, Employment Correspondent",
    ],
)
def test_bylines(head: str) -> None:
    c = clean(head + "\n" + STORY)
    assert [r.reason for r in c.removed] == ["byline"]
    assert c.byline is not None and c.byline in head


@pytest.mark.parametrize(
    "stamp",
    [
        "November 13, 2025 4:46 AM EST",
        "Updated 2 hours ago",
        "Published 13 Nov 2025",
        "Nov 13, 2025, 10:02 AM GMT",
        "2025-11-13 04:46",
        "Thursday, March 6, 2025 at 9:15 a.m. ET",
        "Updated 3:47 PM GMT+1, February 11, 2026",  # AP: the time before the date
        "June 25, 2026 2:31 PM GMT+2 Updated 5 hours ago",  # Reuters, stamp and update
    ],
)
def test_timestamps(stamp: str) -> None:
    c = clean(stamp + "\n" + STORY)
    assert [r.reason for r in c.removed] == ["timestamp"], stamp


@pytest.mark.parametrize(
    ("body", "place", "date", "agency", "starts"),
    [
        (
            "BAMAKO, Nov 13 (Reuters) - Mali's army said on Thursday it had retaken a town.",
            "BAMAKO",
            "Nov 13",
            "Reuters",
            "Mali's army",
        ),
        (
            "WASHINGTON (AP) — The Senate passed the bill late on Friday after a long debate.",
            "WASHINGTON",
            None,
            "AP",
            "The Senate",
        ),
        (
            "PARIS, 3 March (AFP) - French farmers blocked roads around the capital on Monday.",
            "PARIS",
            "3 March",
            "AFP",
            "French farmers",
        ),
        (
            "SAN JUAN, Puerto Rico, Nov 3 (Reuters) - Power returned to most homes on Sunday.",
            "SAN JUAN, Puerto Rico",
            "Nov 3",
            "Reuters",
            "Power returned",
        ),
        (
            "NEW YORK — Stocks closed higher on Wednesday as oil prices fell.",
            "NEW YORK",
            None,
            None,
            "Stocks closed",
        ),
        (
            "ISLAMABAD: The federal cabinet approved the new tax plan on Monday.",
            "ISLAMABAD",
            None,
            None,
            "The federal",
        ),
        (
            "ڈھاکہ ۔ یکم دسمبر (اے پی پی) بنگلہ دیش نے سیریز جیت لی۔",
            "ڈھاکہ",
            "یکم دسمبر",
            "اے پی پی",
            "بنگلہ دیش",
        ),
        (
            "کیپ ٹاؤن۔ 2 اگست (اے پی پی) پاکستان نے میچ جیت لیا۔",
            "کیپ ٹاؤن",
            "2 اگست",
            "اے پی پی",
            "پاکستان نے",
        ),
        (
            "لاہور (سپورٹس رپورٹر) قومی ٹیم کا کیمپ کل سے شروع ہو گا۔",
            "لاہور",
            None,
            "سپورٹس رپورٹر",
            "قومی ٹیم",
        ),
        ("اسلام آباد۔۔۔۔۔حکومت نے نئی پالیسی کا اعلان کیا۔", "اسلام آباد", None, None, "حکومت نے"),
    ],
)
def test_datelines(
    body: str, place: str, date: str | None, agency: str | None, starts: str
) -> None:
    c = clean(body)
    assert c.dateline is not None, body
    assert (c.dateline.place, c.dateline.date, c.dateline.agency) == (place, date, agency)
    assert [r.reason for r in c.removed] == ["dateline"]
    assert c.removed[0].text == c.dateline.text
    assert body[c.spans[0][0] :].startswith(starts)


@pytest.mark.parametrize(
    "body",
    [
        "Reuters reported that the talks had stalled, citing two people familiar with the matter.",
        "On November 13, 2025 the ministry published its figures for the third quarter.",
        "By Tuesday the army had retaken the town, officials said in a statement.",
        "By the end of the year, prices had risen by more than 10 percent.",
        "NATO - the Western alliance - said it would send more troops to the region.",
        "BREAKING: The government has resigned, the president's office said.",
        "The agency (Reuters) could not verify the footage independently.",
        "Updated figures released on Monday showed a sharp fall in exports.",
        "Summary judgments were issued by the court in three of the cases.",
        "Read more about the plan, the minister said, in the report published on Friday.",
        'He told reporters: "Sign up here if you want to volunteer," and pointed at the desk.',
        "وزیراعظم نے کہا کہ حکومت عوام کے مسائل حل کرے گی۔",
    ],
)
def test_prose_is_never_removed(body: str) -> None:
    text = body + "\n" + STORY
    c = clean(text)
    assert c.removed == [], [r.reason for r in c.removed]
    assert c.spans == [(0, len(text))]


def test_caption_with_credit_line_and_mid_article_caption() -> None:
    body = (
        "Firefighters work at the scene of a blaze in the old town.\n"
        "REUTERS/Jane Roe\n"
        "LISBON, June 2 (Reuters) - A fire destroyed three buildings in Lisbon's old town on Sunday, officials said.\n"
        "Residents of nearby streets were evacuated as a precaution and no one was hurt.\n"
        "A man walks past burnt cars in a street of the old town. (AP Photo/John Smith)\n"
        "The cause of the fire is being investigated, the city's civil protection service said."
    )
    c = clean(body)
    assert [r.reason for r in c.removed] == ["caption", "caption", "dateline", "caption"]
    kept = "\n".join(body[a:b] for a, b in c.spans)
    assert "Residents of nearby streets" in kept and "The cause of the fire" in kept
    assert "AP Photo" not in kept and "Firefighters work" not in kept


def test_summary_block_stops_at_first_paragraph() -> None:
    body = (
        "Summary\n"
        "- Budget adds 40 teachers\n"
        "- Bridge repair by spring\n"
        "The city council approved the new budget on Tuesday after a long debate about schools.\n"
        "Council members said it was the largest budget in the city's history."
    )
    c = clean(body)
    assert [r.reason for r in c.removed] == ["summary", "summary", "summary"]
    assert body[c.spans[0][0] :].startswith("The city council")


def test_footer_boilerplate() -> None:
    body = (
        STORY
        + "\nSign up here.\nThe mayor will present the plan to residents on Thursday evening at the town hall.\n"
        "Reporting by Jane Doe in Lagos; Additional reporting by John Roe; Editing by Ann Lee\n"
        "Our Standards: The Thomson Reuters Trust Principles., opens new tab\n"
        "Share this article\n"
        "Subscribe to our newsletter for the latest news"
    )
    c = clean(body)
    assert [r.reason for r in c.removed] == ["boilerplate"] * 5
    kept = "\n".join(body[a:b] for a, b in c.spans)
    assert "The mayor will present" in kept
    assert "Reporting by" not in kept and "newsletter" not in kept


def test_web_page_furniture_around_a_story() -> None:
    body = (
        "Home » World » Europe\n"
        "By Newsdesk | Updated 11 February 2026, 07:12\n"
        "Share on Facebook Share on X Share via Email\n"
        + STORY
        + "\nSign up for our Evening Digest newsletter and get the day's top stories in your inbox.\n"
        "The mayor will present the plan to residents on Thursday evening at the town hall.\n"
        "Copyright 2026 Example Media Ltd. All rights reserved.\n"
        "Related Topics: Budget, Schools\n"
        "Comments (12)"
    )
    c = clean(body)
    assert [r.reason for r in c.removed] == ["boilerplate", "byline"] + ["boilerplate"] * 5
    assert c.byline == "Newsdesk"
    kept = "\n".join(body[a:b] for a, b in c.spans)
    assert kept.startswith(STORY.split("\n")[0]) and "The mayor will present" in kept
    assert "»" not in kept and "newsletter" not in kept and "Comments" not in kept


def test_title_under_a_trail_stamps_joined_by_bars_and_page_footer() -> None:
    body = (
        "Home > World > Africa\n"
        "Budget approved after long debate\n"
        "By Reuters Staff\n"
        "Published: 09/09/2025 14:32 GMT | Updated 2 hours ago\n"
        "Share on Facebook Share on X Share by Email Copy link\n"
        + STORY
        + "\n(Reporting by Jane Doe; Editing by John Roe)\n"
        "Tags: Budget, Schools\n"
        "42 Comments\n"
        "Join the conversation"
    )
    c = clean(body, title="Budget approved after long debate")
    assert [r.reason for r in c.removed] == [
        "boilerplate", "title", "byline", "timestamp", "boilerplate",
        "boilerplate", "boilerplate", "boilerplate", "boilerplate",
    ]  # fmt: skip
    kept = "\n".join(body[a:b] for a, b in c.spans)
    assert kept == STORY


def test_currency_conversion_lines_go() -> None:
    body = STORY + "\n($1 = 0.9150 euros)\nThe vote is on Friday.\n($1 = 7.1 yuan) ($1 = 150 yen)"
    c = clean(body)
    assert [r.text for r in c.removed] == ["($1 = 0.9150 euros)", "($1 = 7.1 yuan) ($1 = 150 yen)"]


@pytest.mark.parametrize(
    "first",
    [
        "Storm batters the coast as thousands lose power overnight",
        "The trade deal, signed in Geneva, cuts tariffs on 4,000 goods / services by half.",
    ],
)
def test_headline_like_first_lines_are_not_breadcrumbs(first: str) -> None:
    c = clean(first + "\n" + STORY)
    assert "boilerplate" not in [r.reason for r in c.removed]


def test_repeated_title_goes_only_when_given() -> None:
    body = "Council Approves Budget\n" + STORY
    assert clean(body).removed == []
    c = clean(body, title="Council approves budget")
    assert [r.reason for r in c.removed] == ["title"]


def test_empty_and_whitespace_body() -> None:
    assert clean("").spans == []
    assert clean("  \n\n ").spans == []


@pytest.mark.parametrize(
    ("body", "place", "date"),
    [
        ("MADRID, 14 abr (Reuters) - El Gobierno aprobó el plan de vivienda.", "MADRID", "14 abr"),
        (
            "BERLIN, 03. Mär (Reuters) - Die Regierung hat den Haushalt gebilligt.",
            "BERLIN",
            "03. Mär",
        ),
        ("PARIS, 5 avr (AFP) - Le gouvernement a présenté son budget.", "PARIS", "5 avr"),
        ("RENNES, 18 nov 2025 (AFP) - Le maire a démissionné.", "RENNES", "18 nov 2025"),
    ],
)
def test_abbreviated_foreign_months_in_datelines(body: str, place: str, date: str) -> None:
    c = clean(body)
    assert c.dateline is not None and (c.dateline.place, c.dateline.date) == (place, date)
    assert c.dateline.agency in ("Reuters", "AFP")


def test_a_long_site_menu_is_furniture() -> None:
    body = (
        "Home | News | Japan | World | Business | Sports | Opinion | Travel\n"
        "Share on Facebook\n"
        "SAPPORO, Oct 6 (Kyodo) - Police arrested a builder on Monday, officials said."
    )
    c = clean(body)
    assert [r.reason for r in c.removed] == ["boilerplate", "boilerplate", "dateline"]
    assert c.dateline is not None and c.dateline.agency == "Kyodo"


def test_german_and_spanish_page_furniture_and_credit_lines() -> None:
    body = (
        "Artikel teilen\n"
        "Die Regierung hat am Dienstag den Haushalt für das kommende Jahr gebilligt.\n"
        "Anzeige\n"
        "Die Opposition kritisierte die geplanten Kürzungen bei den Schulen scharf.\n"
        "Mehr zum Thema: Was der Haushalt für Familien bedeutet\n"
        "(Bericht von Anna Beispiel, redigiert von Max Muster)\n"
        "Quelle: Reuters\n"
        "Kommentare (34)"
    )
    c = clean(body)
    kept = "\n".join(body[a:b] for a, b in c.spans)
    assert kept.split("\n") == [body.split("\n")[1], body.split("\n")[3]]
    assert [r.reason for r in c.removed] == ["boilerplate"] * 6
    spanish = (
        "Compartir en Facebook\n"
        "El Gobierno aprobó el martes el plan de vivienda para los próximos cinco años.\n"
        "Publicidad\n"
        "Lee también: Los precios del alquiler suben por tercer año\n"
        "La oposición votó en contra del plan en el Congreso.\n"
        "(Información de Ana Ejemplo; editado por Luis Modelo)\n"
        "Síguenos en Instagram para más noticias"
    )
    c = clean(spanish)
    kept = "\n".join(spanish[a:b] for a, b in c.spans)
    assert kept.startswith("El Gobierno") and kept.endswith("en el Congreso.")
    assert "Publicidad" not in kept and "Lee también" not in kept
    # a tag list at the foot (round 74: "Etiquetas:" stayed in the text, and the repost
    # read as the longer original)
    for tags in ("Etiquetas: dengue, salud", "Mots-clés : retraites, grève", "Schlagwörter: Bahn"):
        c = clean(spanish + "\n" + tags)
        kept = "\n".join((spanish + "\n" + tags)[a:b] for a, b in c.spans)
        assert tags not in kept, tags


@pytest.mark.parametrize(
    "line",
    [
        "Leia também: Prefeitura anuncia reforma da rodoviária",
        "Siga o Portal Campos Gerais no Instagram e no WhatsApp e receba as notícias",
        "Leggi anche: Il comune rinvia i lavori in piazza",
        "Baca juga: Harga beras naik di pasar induk",
        "Czytaj także: Rząd przyjął projekt budżetu",
        "Читайте также: Мэрия перенесла ремонт моста",
        "İlgili Haber: Belediye yeni otobüs hatlarını açtı",
        "관련기사: 오징어 어획량 역대 최저",
        "저작권자 © 동해안일보 무단전재 및 재배포 금지",
        "[동해안일보 박민재 기자]",
        "박민재 기자 mjpark@donghaeanilbo.kr",
    ],
)
def test_read_also_and_follow_us_lines_of_more_languages(line: str) -> None:
    body = "The council approved the plan on Tuesday.\n" + line + "\nThe vote was 31 to 9."
    c = clean(body)
    assert [r.reason for r in c.removed] == ["boilerplate"], line


def test_headline_over_dateline_and_staff_byline() -> None:
    body = (
        "By Meridian Press staff\n"
        "Port reopens after storm\n"
        "PORT ANSEL, March 18 (Meridian Press) - The port reopened on Tuesday, officials said.\n"
        "Ships queued outside the harbour for most of the morning."
    )
    c = clean(body)
    assert [r.reason for r in c.removed] == ["byline", "title", "dateline"]
    assert c.byline == "Meridian Press"
    assert c.dateline is not None and c.dateline.agency == "Meridian Press"
    # a short first line of prose over an ordinary paragraph is not a headline
    plain = "Talks resume\nThe two sides met again on Monday, officials said."
    assert clean(plain).removed == []


def test_a_saved_web_page_keeps_only_the_story() -> None:
    page = "\n".join(
        [
            "Skip to main content",
            "Home | News | Sport | Business | Travel | Subscribe",
            "We use cookies to personalise content. By using this site you accept cookies. "
            "Accept all | Manage preferences",
            "News > Europe",
            "Storm closes Alpine passes",
            "By Meridian Press | Published Jan 9, 2026 07:15 | Updated 07:40 | 2 min read",
            "Share this article: Facebook | X | Email",
            "Photo: Snowploughs on the Brenner road, Jan 8, 2026. Meridian Press/Anna Berg",
            "INNSBRUCK, Jan 9 (Meridian Press) - Heavy snow closed four Alpine passes on Friday.",
            "Police said drivers should expect delays of several hours on the motorway.",
            "Related: Avalanche warning raised in Tyrol",
            "Share this article",
            "The regional government said schools in two valleys would stay shut.",
            "Most read",
            "1. Ski lifts reopen after power cut",
            "2. Opinion: Our roads need better winter planning",
            "Sign up for our newsletter and get the news in your inbox",
            "© 2026 The Valley Courier. All rights reserved.",
        ]
    )
    art = parse_record(page, title="Storm closes Alpine passes | The Valley Courier")
    assert [s.text for s in art.sentences] == [
        "Heavy snow closed four Alpine passes on Friday.",
        "Police said drivers should expect delays of several hours on the motorway.",
        "The regional government said schools in two valleys would stay shut.",
    ]
    assert art.dateline is not None and art.dateline.agency == "Meridian Press"
    assert art.byline == "Meridian Press"
    reasons = {r.reason for r in art.removed}
    assert {"title", "byline", "caption", "boilerplate", "dateline"} <= reasons


def test_a_line_of_prose_that_mentions_sharing_or_cookies_stays() -> None:
    text = (
        "Share prices fell sharply on Monday after the bank cut its forecast.\n"
        "Regulators said sites that use cookies must ask before tracking visitors."
    )
    assert len(parse_record(text).sentences) == 2


def test_everything_above_the_dateline_that_is_not_prose_is_the_page_head() -> None:
    page = "\n".join(
        [
            "Harbour Daily Online",
            "HOME NEWS POLITICS BUSINESS SPORT WORLD",
            "Breaking: Port strike enters its third day",
            "Posted by: Newsdesk | March 3, 2026 | 0 Comments",
            "(PHOTO: Cranes idle at the container terminal on Monday)",
            "TEMA, March 3 (Meridian Press) - Dock workers at Tema extended their strike on Tuesday.",
            "The port authority said 31 ships were waiting to berth.",
            "You may also like",
            "Cocoa prices climb on supply fears",
            "Leave a Reply",
            "Your email address will not be published. Required fields are marked *",
        ]
    )
    art = parse_record(page)
    assert [s.text for s in art.sentences] == [
        "Dock workers at Tema extended their strike on Tuesday.",
        "The port authority said 31 ships were waiting to berth.",
    ]
    assert art.dateline is not None and art.dateline.place == "TEMA"


def test_a_local_paragraph_above_a_wire_dateline_is_kept() -> None:
    # A partial copy: the paper's own opening paragraph, then the agency's story.
    text = (
        "Traders in our city said on Tuesday that the strike had already delayed their "
        "spring orders by two weeks.\n"
        "TEMA, March 3 (Meridian Press) - Dock workers at Tema extended their strike on Tuesday."
    )
    art = parse_record(text)
    assert art.sentences[0].text.startswith("Traders in our city")


def test_a_section_label_over_the_story_is_furniture() -> None:
    body = (
        "Transport\n"
        "Harbour cranes idle as dockworkers strike\n"
        "Container traffic at Port Alston ground to a near standstill on Wednesday after "
        "about 1,400 dockworkers walked off the job, union officials said.\n"
        "The stoppage began at 6 a.m. when the morning shift failed to report."
    )
    c = clean(body)
    assert "Transport" in [r.text for r in c.removed]
    # a short first line of prose that is no section name stays
    assert clean("Talks resume\nThe two sides met again on Monday, officials said.").removed == []


_RELEASE = (
    "FOR IMMEDIATE RELEASE\n"
    "\n"
    "Tarrow Valley Water today confirmed that a new treatment works at Ellesby will open in "
    "June, supplying 52,000 homes across the valley.\n"
    "\n"
    "The works replaces a plant built in 1961 and cost £37 million.\n"
    "\n"
    "For more information about the works, residents can visit the company's website.\n"
    "\n"
    "Media contacts:\n"
    "Priya Castell, Press Officer\n"
    "Tel: +44 1632 960 118\n"
    "press@tarrowvalley.example\n"
    "\n"
    "-ENDS-"
)


def test_a_press_release_s_own_furniture_goes_with_its_reason() -> None:
    c = clean(_RELEASE)
    gone = [(r.reason, r.text) for r in c.removed]
    assert gone == [
        ("release", "FOR IMMEDIATE RELEASE"),
        ("release", "Media contacts:"),
        ("release", "Priya Castell, Press Officer"),
        ("release", "Tel: +44 1632 960 118"),
        ("release", "press@tarrowvalley.example"),
        ("release", "-ENDS-"),
    ]
    # the last line of the story is prose, though it starts like a contact line
    assert _kept(_RELEASE).endswith("residents can visit the company's website.")


@pytest.mark.parametrize(
    "last",
    [
        "Contact tracing began on Monday, the health board said.",
        "For more information, the council said, residents should call its helpline.",
    ],
)
def test_prose_that_starts_like_a_contact_line_stays(last: str) -> None:
    body = "The outbreak was confirmed at a care home in Ellesby on Friday.\n" + last
    assert clean(body).removed == []


def test_a_saved_page_s_headline_over_its_byline_and_the_foot_lists_go() -> None:
    body = (
        "Home | News | Sport | Sign in\n"
        "NEWS > ELLESBY\n"
        "Ellesby treatment works to open in June\n"
        "By Maren Holt, Environment Correspondent\n"
        "Published 3 May 2025, 08:10\n"
        "A new treatment works at Ellesby will open in June, Tarrow Valley Water said.\n"
        "It will supply 52,000 homes across the valley.\n"
        "Has your water supply been affected? Tell us: newsdesk@ellesbypost.example\n"
        "More from Ellesby\n"
        "- Bypass plans go on show\n"
        "- Library to close for repairs"
    )
    reasons = {r.text: r.reason for r in clean(body).removed}
    assert reasons["Ellesby treatment works to open in June"] == "title"
    assert reasons["By Maren Holt, Environment Correspondent"] == "byline"
    assert reasons["More from Ellesby"] == "boilerplate"
    assert reasons["- Library to close for repairs"] == "boilerplate"
    assert (
        reasons["Has your water supply been affected? Tell us: newsdesk@ellesbypost.example"]
        == "boilerplate"
    )
    assert _kept(body).startswith("A new treatment works") and _kept(body).endswith("valley.")


def test_an_agency_s_long_copyright_notice_at_the_foot_goes() -> None:
    notice = (
        "© 2024 Meridian News Agency. All rights reserved. This material may not be "
        "published, broadcast, rewritten or redistributed without permission."
    )
    body = "The city will open 14 cooling centres on Saturday, officials said.\n" + notice
    assert [(r.reason, r.text) for r in clean(body).removed] == [("boilerplate", notice)]


def test_a_release_line_naming_its_issuer_goes() -> None:
    body = (
        "PRESS RELEASE — Ministry of Water — For immediate release\n"
        "The ministry today announced stage two water restrictions for the eastern region.\n"
        "The ministry said the restrictions were not for immediate release."
    )
    assert [(r.reason, r.text) for r in clean(body).removed] == [
        ("release", "PRESS RELEASE — Ministry of Water — For immediate release")
    ]


@pytest.mark.parametrize(
    ("head", "reason", "byline"),
    [
        ("AgTech Ledger — June 4, 2024 — By Ledger Staff", "byline", "Ledger Staff"),
        ("By Corinne Adeyemi | The Willamette Register | May 15, 2024", "byline", "Corinne Adeyemi"),
        ("The Eastside Bulletin | Thursday, March 14, 2024 | By Leon Baptiste", "byline", "Leon Baptiste"),
        ("Brackwell Now | Posted March 11, 2024 at 2:15 p.m.", "timestamp", None),
        ("Oregon Coast Ledger — Tuesday, May 14, 2024 — Staff and wire reports", "byline", "Staff and wire reports"),
    ],
)  # fmt: skip
def test_masthead_lines_and_the_headline_over_them_go(
    head: str, reason: str, byline: str | None
) -> None:
    art = parse_record(
        "Council backs new library budget after long debate\n" + head + "\n\n" + STORY
    )
    assert [r.reason for r in art.removed] == ["title", reason]
    assert art.byline == byline
    assert art.date is not None and art.sentences[0].text.startswith("The city council")


@pytest.mark.parametrize(
    "line",
    [
        "Paris | London | Berlin",  # a menu: no byline, no date
        "The mayor — who took office in May 2024 — said the plan would go ahead.",
        "Harbor City FC - Riverton United",
    ],
)
def test_prose_and_menus_are_no_masthead(line: str) -> None:
    c = clean(line + "\n" + STORY)
    assert "byline" not in [r.reason for r in c.removed]
    assert "timestamp" not in [r.reason for r in c.removed]


def test_a_page_foot_with_a_c_in_brackets_and_a_comment_prompt_goes() -> None:
    foot = (
        "\n\nRelated stories\n- Squad named for the remaining meetings\n- Inside the camp\n\n"
        "Tags: Athletics, World Record\n\nComments (0)\nLog in or register to post a comment.\n\n"
        "(c) 2025 The Highland Chronicle. All rights reserved. | About | Contact | Privacy"
    )
    c = clean(STORY + foot)
    kept = [STORY[a:b] for a, b in c.spans]
    assert "".join(kept).strip().endswith("by next spring.")
    assert len(c.removed) == 7


def test_a_bare_author_name_over_a_time_stamp_is_the_byline() -> None:
    art = parse_record(
        "OPINION\nWhen the rivers stop, the lights go out\nRoberto Villalba\nNovember 8, 2025\n\n"
        + STORY
    )
    assert [r.reason for r in art.removed] == ["boilerplate", "title", "byline", "timestamp"]
    assert (
        art.byline == "Roberto Villalba" and art.title == "When the rivers stop, the lights go out"
    )
    # a short line of two capitalised words in the story is no byline without a stamp under it
    c = clean(STORY + "\nMain Street\n" + STORY)
    assert "byline" not in [r.reason for r in c.removed]


def test_round26_release_notes_contact_lines_and_bracketed_captions() -> None:
    # a release's end mark with its notes to editors under it: all the release's
    # furniture, though the notes are sentences
    release = (
        "The district council today approved a £2.1 million plan to rebuild the lido.\n\n"
        "Work will start in May and the pool will reopen in summer 2027.\n\n"
        "ENDS\n\n"
        "Notes to editors\n\n"
        "1. The plan was approved at the cabinet meeting of 4 February.\n\n"
        "2. For media enquiries please contact the press office on 01632 960555."
    )
    c = clean(release)
    assert [r.reason for r in c.removed] == ["release"] * 4
    assert _kept(release).endswith("summer 2027.")
    # the reporter's address with the site's copyright, and a caption in brackets
    page = (
        "[Photo: The lido's empty pool in January. (File photo / Westbury Echo)]\n\n"
        "The district council approved a plan to rebuild the lido on Tuesday.\n\n"
        "Work will start in May, the council said.\n\n"
        "Contact Amir Haddad at ahaddad@westburyecho.example. © 2025 Westbury Echo. "
        "All rights reserved."
    )
    c = clean(page)
    assert [r.reason for r in c.removed] == ["caption", "boilerplate"]
    assert _kept(page).startswith("The district council") and _kept(page).endswith("said.")


def test_a_headline_may_open_with_a_currency_sign() -> None:
    art = parse_record(
        "£2.1m plan to rebuild Westbury lido approved\n\n"
        "The district council approved a plan to rebuild the lido on Tuesday."
    )
    assert art.title == "£2.1m plan to rebuild Westbury lido approved"
    assert art.sentences[0].text.startswith("The district council")


def test_a_kicker_headline_and_standfirst_over_the_dateline_are_the_page_head() -> None:
    # A republisher's page as extraction leaves it (round 43): a section kicker, the
    # headline, a one-sentence standfirst, then the wire story under its dateline.
    body = (
        "Maritime\n"
        "Port board approves $212m channel deepening\n"
        "Fishing crews say dredging will smother shellfish beds in the inner bay.\n"
        "CASTELLAN BAY, March 11 (Meridian Wire) - The board of the port authority voted on "
        "Tuesday to deepen the harbour's main channel by nearly three metres.\n"
        "The board backed the plan by five votes to two after a four-hour meeting."
    )
    c = clean(body, title="Port board approves $212m channel deepening")
    assert [r.reason for r in c.removed] == ["boilerplate", "title", "standfirst", "dateline"]
    assert c.dateline is not None and c.dateline.agency == "Meridian Wire"
    # without the headline above it, a short opening sentence is the story's own lede
    # (a local paper's sentence on top of a wire story): nothing goes but the dateline
    local = body.split("\n", 2)[2]
    c = clean("Locals fear for the shellfish beds.\n" + local, title=None)
    assert "standfirst" not in [r.reason for r in c.removed]
    assert _kept("Locals fear for the shellfish beds.\n" + local).startswith("Locals fear")


def test_an_aggregator_s_teaser_under_its_byline_and_an_also_read_line_go() -> None:
    # round 65: a repost's two-sentence teaser between its byline line and the agency's
    # dateline, and an "Also read:" link in the middle, were read as story text
    body = (
        "Travel Desk | By Hubline Staff | May 4, 2025\n"
        "Orrin Air has grounded six jets for checks. Here is what travellers need to know.\n"
        "VELLMORE, May 4 (Coastwire) - Orrin Air has grounded six of its jets for engine "
        "inspections, the airline said on Sunday.\n"
        "Also read: Five ways to claim compensation for a cancelled flight\n"
        "About 9,000 passengers are affected."
    )
    c = clean(body, title="Orrin Air grounds six jets")
    assert [r.reason for r in c.removed] == [
        "byline", "standfirst", "dateline", "boilerplate"
    ]  # fmt: skip
    assert c.dateline is not None and c.dateline.agency == "Coastwire"
    # the same lines under no byline are the story's own lede
    own = body.split("\n", 1)[1]
    assert "standfirst" not in [r.reason for r in clean(own, title=None).removed]


def test_a_nordic_agency_byline_is_a_byline_with_or_without_a_header_line() -> None:
    # "Name/AGENCY" (round 44, Swedish): a byline, not a breadcrumb, so the same text
    # cleans alike under a record header and as a page with its headline on top
    body = (
        "Elin Bergqvist/SNB\n"
        "Taket över gymnastiksalen på Tallmoskolan har fått allvarliga skador efter helgens "
        "kraftiga snöfall.\n"
        "Skolans samtliga 340 elever flyttas tills vidare till andra lokaler."
    )
    dated = parse_record("date 2024-11-20 Skoltak skadades av snön\n" + body)
    bare = parse_record("Skoltak skadades av snön – 340 elever flyttas\n" + body)
    for art in (dated, bare):
        assert art.byline == "Elin Bergqvist"
        assert [s.text for s in art.sentences] == [s.text for s in dated.sentences]
    # a two-part breadcrumb is no byline
    crumb = clean("World/Europe\n" + body).removed[0]
    assert (crumb.text, crumb.reason) == ("World/Europe", "boilerplate")


def test_a_content_farm_s_takeaways_and_closing_faq_go_and_its_subheadings_stay() -> None:
    # round 46: both blocks restate the story; left in, they took source sentences from
    # the body's own rewrites and broke the order, and a rewrite read as another report
    body = (
        "Key takeaways\n"
        "- Dunmere will close its two lido pools for the summer.\n"
        "- Repairs to the filter plant will cost 1.2 million pounds.\n"
        "What happened?\n"
        "Dunmere council said on Monday that both lido pools would stay shut until September.\n"
        "Engineers found cracks in the filter plant during the spring inspection.\n"
        "Frequently asked questions\n"
        "Q: When will the pools reopen?\n"
        "A: The council expects to reopen them in September.\n"
        "Q: How much will the repairs cost?\n"
        "A: About 1.2 million pounds."
    )
    c = clean(body)
    reasons = [r.reason for r in c.removed]
    assert reasons == ["summary"] * 3 + ["faq"] * 5, reasons
    kept = "\n".join(body[a:b] for a, b in c.spans)
    assert kept.startswith("What happened?") and kept.endswith("spring inspection.")


def test_a_question_and_answer_interview_is_kept() -> None:
    body = (
        "The harbour master has run Dunmere's port for twenty years.\n"
        "He spoke to us about the new ferry berth.\n"
        "Q&A\n"
        "Q: Why does the port need a new berth?\n"
        "A: The ferries have grown longer than the old quay."
    )
    assert clean(body).removed == []


def test_a_sign_up_box_inside_the_story_goes() -> None:
    # round 43: one site's newsletter box, set into both of two unrelated stories, was
    # the only text they shared
    body = (
        STORY + "\nStory continues below advertisement\n"
        "Sign up for The Briefing\n"
        "What is happening in Dunmere and beyond, delivered to your inbox every weekday.\n"
        "By signing up you agree to our terms and privacy policy.\n"
        "The mayor will present the plan to residents on Thursday evening at the town hall.\n"
        "Council members said it was the largest budget in the city's history."
    )
    c = clean(body)
    assert [r.reason for r in c.removed] == ["boilerplate"] * 4
    kept = "\n".join(body[a:b] for a, b in c.spans)
    assert "The mayor will present" in kept


@pytest.mark.parametrize("desk", ["Dunmere Business Desk", "Web Desk", "Sports Newsdesk"])
def test_a_desk_credit_over_the_story_is_a_byline(desk: str) -> None:
    c = clean(f"{desk}\n{STORY}")
    assert [(r.reason, r.text) for r in c.removed] == [("byline", desk)]
    assert c.byline == desk


def test_an_aggregator_s_list_and_disclaimer_under_a_release_s_contacts_go() -> None:
    # round 48: left in, the release's contact block and the site's list made the repost
    # look longer than the release, and so its source
    body = (
        "FOR IMMEDIATE RELEASE\n" + STORY + "\n"
        "Media contact:\n"
        "Rhona Pike, Head of Communications\n"
        "press@dunmere-rail.example\n"
        "###\n"
        "More press releases:\n"
        "- Harlow Foods opens a new bakery\n"
        "- Quill Energy reports first-quarter results\n"
        "WireHub is not responsible for the content of third-party press releases."
    )
    c = clean(body)
    reasons = [r.reason for r in c.removed]
    assert reasons == ["release"] * 5 + ["boilerplate"] * 4, reasons
    assert "\n".join(body[a:b] for a, b in c.spans) == STORY


@pytest.mark.parametrize(
    ("byline", "stamp"),
    [
        ("di Elisa Montagnoli", "29 gennaio 2024, ore 18:20"),
        ("Door Sanne de Vries", "Gepubliceerd op 3 april 2024 om 09:15"),
        ("Por Ana Beltrán", "Actualizado: 5 de marzo de 2025, 10:42"),
        ("Por João Almeida", "3 de abril de 2024 às 14h30"),
    ],
)
def test_italian_dutch_spanish_and_portuguese_bylines_and_stamps_go(
    byline: str, stamp: str
) -> None:
    # round 60: an Italian page's stamp was kept as a sentence, and its "29" read as a
    # figure the source gives, so a copy's "19 ore" -> "29 ore" went unseen
    body = (
        f"{byline}\n{stamp}\n\n"
        "Il consiglio comunale ha approvato il bilancio con ventuno voti favorevoli. "
        "L'opposizione ha votato contro."
    )
    c = clean(body)
    assert [r.reason for r in c.removed] == ["byline", "timestamp"], c.removed
    assert _kept(body).startswith("Il consiglio comunale")


def test_a_community_site_s_head_and_foot_around_a_repost() -> None:
    # round 75: a verbatim repost under a site's tagline, a cookie banner, the weather and
    # a ticker, its headline at the end of a navigation trail; under it a "Posted by"
    # line and an advert; at its foot prompts run together into paragraphs
    title = "Police appeal after cyclist hurt in Quarry Lane crash"
    body = (
        "Fenby Noticeboard - community news, events and what's on in Fenby\n"
        "We use cookies to improve your experience. By continuing to browse you agree to our use of cookies\n"
        "Fenby weather today: 14C, sunny spells | High tide 09:12\n"
        "BREAKING: Market Street closed until Monday\n"
        f"News > Crime > {title}\n"
        "Posted by Noticeboard Admin on 03/06/2025 at 10:05 | Category: Crime | 3 min read\n"
        "ADVERTISEMENT - Harbour Bakery: two loaves for 3 pounds\n" + STORY + "\n"
        "Have you seen anything? Share this post to help the appeal reach more people.\n"
        "Trending on Fenby Noticeboard: 1. Market closure 2. New bus timetable\n"
        "Sponsored: Find out what your home is worth in 60 seconds\n"
        "Fenby Noticeboard is run by volunteers. Got a story? Email hello@fenbyboard.example"
    )
    c = clean(body, title=title)
    kept = "\n".join(body[a:b] for a, b in c.spans)
    assert kept == STORY
    # ... while a story's own short last paragraphs stay
    tail = "\nThe road reopened on Friday. Police thanked the public."
    c = clean(STORY + tail, title=title)
    assert "\n".join((STORY + tail)[a:b] for a, b in c.spans) == STORY + tail


def test_a_syndication_partner_s_note_related_list_and_comments_teaser_go() -> None:
    # round 85: a verbatim repost between a partner's note and its related stories and
    # comments box (the teaser of a comment ends in a full stop, like prose)
    body = (
        "This story was published via syndication with Tessaret. It has not been edited "
        "by Bugle staff.\n" + STORY + "\n"
        "Related stories\n"
        "Kellanmoor commuters face weekend bus replacements on the Estwick line\n"
        "Council leader calls for new station at Kellanmoor North\n"
        "Comments (37)\n"
        '"Every train I need is on the list." - read this and 36 more comments, or sign in '
        "to join the conversation."
    )
    c = clean(body)
    assert "\n".join(body[a:b] for a, b in c.spans) == STORY
    # the Indian sites' note of a syndicated feed, over the story
    note = (
        "(Except for the headline, this story has not been edited by Daily Ledger staff and "
        "is published from a syndicated feed.)\n"
    )
    c = clean(note + STORY)
    assert "\n".join((note + STORY)[a:b] for a, b in c.spans) == STORY


def test_round_87_89_call_outs_and_an_italian_page() -> None:
    # a reader call-out at the foot of a court story (round 87) ...
    body = STORY + "\nHave you been affected by this story? Contact our newsroom."
    c = clean(body)
    assert [r.reason for r in c.removed] == ["boilerplate"]
    # ... and the head and foot of an Italian page posting an ANSA story (round 89)
    body = (
        "Di Redazione | 14 Aprile 2026 - 13:58\n"
        "Tempo di lettura: 3 minuti\n"
        "(ANSA) - POMPEI, 14 APR - Un giardino dipinto che corre lungo tre pareti è riemerso "
        "negli scavi della Regio IX.\n"
        "Le pitture saranno consolidate nelle prossime settimane.\n"
        "Ti è piaciuto questo articolo? Condividilo con i tuoi amici!\n"
        "Iscriviti alla nostra newsletter per ricevere le notizie di cultura.\n"
        "Articoli correlati\n"
    )
    c = clean(body)
    assert [r.reason for r in c.removed] == ["byline", "timestamp", "dateline"] + [
        "boilerplate"
    ] * 3
    assert c.dateline is not None and c.dateline.agency == "ANSA"
    kept = _kept(body)
    assert "Le pitture saranno consolidate" in kept and "Condividilo" not in kept


def test_round_94_a_syndicated_page_head_and_foot() -> None:
    body = (
        "Tennis | WTA | June 20, 2026 12:58 PM ET\n"
        "By Sam Whitcombe\n"
        "Special to CourtSide\n"
        + STORY
        + "\nMore WTA: Whitfield rolls past Lin in straight sets | Berlin quarterfinal results"
    )
    c = clean(body)
    assert [r.reason for r in c.removed] == ["timestamp", "byline", "byline", "boilerplate"]
    # a reporter's byline that says where they were
    c = clean("By Sam Whitcombe at Queen's Club\nSaturday 20 June 2026 17:42 BST\n" + STORY)
    assert c.byline == "Sam Whitcombe"


def test_a_dateline_on_a_line_of_its_own() -> None:
    # round 102: "RIDGEFORD, June 11 -" above the story had been read as its first sentence
    art = parse_record(" date 2026-06-11 Heat record\nRIDGEFORD, June 11 -\n" + STORY)
    assert art.dateline is not None and (art.dateline.place, art.dateline.date) == (
        "RIDGEFORD",
        "June 11",
    )
    assert art.sentences[0].text.startswith("The city council approved")
    # ... but a capitalised line with no date or agency stays (a kicker, a heading)
    art = parse_record(" date 2026-06-11 Heat record\nWEATHER -\n" + STORY)
    assert art.dateline is None


def test_a_search_box_over_the_head_and_readers_comments_under_the_story() -> None:
    # round 110: a repost under a site's menu and search box, with its comment thread kept
    page = (
        " date 2026-10-03 Energy price cap to rise 18% this winter\n"
        "HOME | NEWS | MONEY | CONTACT US\n"
        "Search...\n"
        "By Owen Trevelyan\n"
        "October 2, 2026 9:15 AM BST\n"
        "PORTHAVEN, Oct 2 (Nordwire) - Household energy bills will rise by 18% from November, "
        "the regulator said on Thursday.\n"
        "Suppliers must give customers at least 30 days' notice of the new cap.\n"
        "Reporting by Owen Trevelyan; Editing by Susan Fairley\n"
        "Like this: Like | Loading...\n"
        "3 Comments\n"
        "Mags_K says: Another winter in two jumpers then. Thanks OEM.\n"
        "Dylan R says: Windfall tax now!\n"
        "Leave a Reply | Your email address will not be published.\n"
    )
    art = parse_record(page)
    assert [s.text for s in art.sentences] == [
        "Household energy bills will rise by 18% from November, the regulator said on Thursday.",
        "Suppliers must give customers at least 30 days' notice of the new cap.",
    ]
    assert art.dateline is not None and art.dateline.agency == "Nordwire"
    # ... but a story's own last lines that quote people are no comment thread
    story = page.split("Reporting by")[0] + 'Residents said: "We will manage."\n'
    assert parse_record(story).sentences[-1].text == 'Residents said: "We will manage."'


def test_a_site_s_name_over_the_story_goes_under_a_known_headline() -> None:
    # round 116: "CityPulse Briefs" over a brief was run into its first sentence, and
    # "Briefs" read as a name the copy brought in
    body = "CityPulse Briefs\n" + STORY
    out = clean(body, title="Council approves the budget after a long night")
    assert [(r.reason, r.text) for r in out.removed] == [("boilerplate", "CityPulse Briefs")]
    # a dateline's place alone on its line is no site name
    assert clean("HALVERN\n" + STORY, title="Budget approved").removed == []


def test_an_end_mark_over_a_line_that_asks_for_media_enquiries_goes() -> None:
    # round 141: a club's release ended "ENDS" and a one-line contact, so the release went
    # unread as one (and the story written from it read as an independent report)
    body = (
        "Castlebridge Rovers are delighted to confirm the signing of striker Mateus Valdrini.\n\n"
        "He becomes the club's fourth signing of the summer.\n\n"
        "ENDS\n\n"
        "For media enquiries please contact the Castlebridge Rovers communications department."
    )
    assert [(r.reason, r.text) for r in clean(body).removed] == [
        ("release", "ENDS"),
        (
            "release",
            "For media enquiries please contact the Castlebridge Rovers communications department.",
        ),
    ]
    assert _kept(body).endswith("fourth signing of the summer.")


def test_a_desk_credit_in_lower_case_and_the_masthead_over_it() -> None:
    # round 147: a business site's name, "By our markets desk" and the date were left
    # above the story as its first three sentences
    raw = "Harbour Business Journal\nBy our markets desk\n10 February 2026\n" + STORY
    c = clean(raw)
    assert [r.reason for r in c.removed] == ["boilerplate", "byline", "timestamp"]
    assert raw[c.spans[0][0] :].startswith("The city council")
    assert clean("By the end of the year\n" + STORY).removed == []


def test_the_site_name_over_its_byline_or_trail_and_the_page_furniture() -> None:
    # round 156: the site's name, a trail with slashes and the byline were left above the
    # story as its first three sentences; "Sponsored content" and the site's links under it
    raw = (
        "Irish Business Brief\nHome / Infrastructure / Transport\nBy IBB Reporter\n"
        + STORY
        + "\nSponsored content\nLike Munster Daily Digest on Facebook | Follow us on X"
        "\nMost read: Cork City Council approves new cycle lanes"
    )
    c = clean(raw)
    assert [r.reason for r in c.removed] == ["boilerplate"] * 2 + ["byline"] + ["boilerplate"] * 3
    assert _kept(raw) == STORY
    # a section's name over the byline goes too ("Incidents & Investigations")
    assert _kept("Incidents & Investigations\nBy Thomas Rydberg, senior editor\n" + STORY) == STORY
    # ... but a short line with no page head under it is the story's (a headline, kept
    # for the reader to judge), and a slash inside prose is no trail
    assert _kept("Fire Crews Praised\n" + STORY).startswith("Fire Crews Praised")
    slash = clean("By Jane Doe\nRoad works / delays expected\n" + STORY)
    assert [r.reason for r in slash.removed] == ["byline"]


def test_wire_credit_lines_and_labels_abroad() -> None:
    # round 161: the Portuguese, French and Italian agencies' credit lines and the
    # advertisement, share and rights labels of their sites
    story = "O ministério anunciou o plano na segunda-feira.\nA medida entra em vigor em março."
    for line in (
        "(Reportagem de Luana Fagundes; Edição de Pedro Arruda)",
        "(Reportage Camille Ferrand, édité par Julien Marchal)",
        "(Redazione di Roma; a cura di Giulia Benassi)",
        "Normandie Éco - Tous droits réservés",
    ):
        assert _kept(story + "\n" + line) == story, line
    for label in ("Publicidade", "Pubblicità", "Partilhar", "Partager l'article"):
        mid = story.replace("\n", f"\n{label}\n")
        assert _kept(mid) == story, label


def test_a_caption_credited_to_a_title_case_agency() -> None:
    body = (
        "THE NORTHVALE WIRE\nBy Tom Hale\nTopics: Earnings, UK Companies\n"
        # (more than 20 words: it reads as prose but for its credit)
        "Kegs are stacked outside a brewery depot in Kirkby Vale, northern England, in this "
        "March 2025 file photo. Northvale Wire/Ana Ruiz\n"
        "LEEDS, July 29 - The brewer said on Tuesday its profit fell 18% after a wet June.\n"
        "Revenue slipped 4% to 1.21 billion pounds."
    )
    art = parse_record("date 2025-07-29 Brewer profit falls\n\n" + body)
    assert art.dateline is not None and art.dateline.place == "LEEDS"
    assert art.sentences[0].text.startswith("The brewer said")
    # a sentence of prose that ends with a route or a pair of names stays
    assert "London/Paris" in _kept("Trains were cancelled on the London/Paris Eurostar route.\n")


def test_an_aggregators_furniture_around_a_reposted_story() -> None:
    body = (
        "We value your privacy. We and our 180 partners use cookies to store and access "
        "information on your device. ACCEPT ALL | MANAGE OPTIONS\n"
        "Aggregated from the Kirkby Courier\n"
        "3 July 2025 - 2 min read - 0 comments\n"
        "Listen to this article 2:40\n"
        "The county's only birth centre will close for three months from Monday because "
        "there are not enough midwives to staff it.\n"
        "MOST READ\n"
        "The trust said 12 newly qualified midwives would start in September.\n"
        "Sponsored: Over 60? This simple savings trick could earn you more\n"
        "Got a story? Email news@example.org or WhatsApp us\n"
    )
    kept = _kept(body)
    assert kept.splitlines() == [
        "The county's only birth centre will close for three months from Monday because "
        "there are not enough midwives to staff it.",
        "The trust said 12 newly qualified midwives would start in September.",
    ]


def test_a_list_of_headlines_set_into_the_story() -> None:
    # round 179: "MOST READ: ... | ... cuts Delmara to 'sell'" between two paragraphs
    # was kept, and its quoted word read as a quote the copy had invented
    lines = STORY.split("\n")
    raw = f"{lines[0]}\nMOST READ: Zinc premiums hit a high | Broker cuts Delmara to 'sell'\n{lines[1]}"
    assert _kept(raw) == STORY
    # a sentence that opens with the words is the story's
    kept = f"{lines[0]}\nMost readers said the plan was fair.\n{lines[1]}"
    assert _kept(kept) == kept


_FOOT_STORY = (
    " date 2025-11-19 Former governor jailed for nine years\n"
    "SERIN, Nov 18 - A court jailed former governor Dragan Morev for nine years on Tuesday.\n"
    "The verdict is not yet final.\n"
)


@pytest.mark.parametrize(
    ("foot", "own_line"),
    [
        # round 194: "3 thoughts on this post", then comments signed "Radu K. - ..."
        (
            "3 thoughts on this post\n"
            'Radu K. - "Nine years and he keeps the house arrest until appeal? Typical."\n'
            "Mila - Thanks for the clear summary.\n"
            "Leave a reply. Your email address will not be published.\n",
            "Prosecutors - who sought 12 years - will appeal.",
        ),
        # round 200: "More from Politics", a headline ending in a quote, the comments
        # count and "Copyright <site> 2025"
        (
            "More from Politics\n"
            "Green Left's Ostrova: \"We will not be anyone's spare tyre\"\n"
            "Coastal Minorities League names new parliamentary leader\n"
            "Comments (37)\n"
            "Copyright Selvik Morning Post 2025\n",
            'Halden said: "We are ready."',
        ),
    ],
)
def test_readers_comments_and_related_headlines_at_the_foot(foot: str, own_line: str) -> None:
    assert [s.text for s in parse_record(_FOOT_STORY + foot).sentences] == [
        "A court jailed former governor Dragan Morev for nine years on Tuesday.",
        "The verdict is not yet final.",
    ]
    # ... but the story's own last line (a dash, a quote closing a sentence) stays
    assert parse_record(_FOOT_STORY + own_line + "\n").sentences[-1].text == own_line


def test_round_211_212_page_heads() -> None:
    # a photographer's credit in brackets, a handout's, an unmarked summary line of 21
    # words, a long stamp, a site's name with its motto over a cookie banner, and a
    # foot whose last line closes the comments
    head = (
        "A nurse at the Kell Street clinic in Harrowby. (Tomasz Lind/The Valley Post)\n"
        "Posted Mon 13 Oct 2025 at 11:42am, updated Mon 13 Oct 2025 at 4:05pm\n"
        "Smoke drifted over the estate's south side. (Supplied: Mara Quell)\n"
        "Key points:\n"
        "A blast at the Dunmore Paints site on Ferris Road shortly before 8am started a fire "
        "that burned for hours\n"
        "Residents nearby are being told to stay indoors\n"
    )
    story = (
        "A blast at a paint factory in Harrowby injured three workers on Monday.\n"
        "The fire was out by the afternoon, the fire service said.\n"
    )
    assert [s.text for s in clean_sentences(head + story)] == story.split("\n")[:2]
    page = (
        "Skip to content\n"
        "OzNews Hub | Breaking news from around the country\n"
        "HOME > NEWS > STATE > HARROWBY\n"
        "We use cookies to improve your experience. [Accept] [Manage]\n"
        "Tuesday, 14 October 2025\n"
        "Source: wire services\n"
    )
    foot = "Copyright 2025 The Valley Post. All rights reserved.\nComments are closed for this article.\n"
    assert [s.text for s in clean_sentences(page + story + foot)] == story.split("\n")[:2]


def clean_sentences(body: str) -> list[Any]:
    return parse_record(" date 2025-10-14 Blast at paint factory\n" + body).sentences


def test_a_by_line_under_the_outlet_s_name_over_its_stamp_is_the_byline() -> None:
    # round 223: "The Renna Herald" over its stamp had been taken for the author, and
    # the correspondent's own "By" line under it lost; "Author:" opens a byline too
    herald = parse_record(
        " date 2024-11-20 Census\nThe Renna Herald\nWednesday 20 November 2024\n"
        "By Colm Ashdown, Social Affairs Correspondent\n" + STORY
    )
    assert herald.byline == "Colm Ashdown, Social Affairs Correspondent"
    author = parse_record(" date 2025-08-26 Census\nAuthor: Dalia Vennemark\n" + STORY)
    assert author.byline == "Dalia Vennemark"


def test_round_226_228_an_outlet_over_its_stamp_and_a_sign_up_box_in_the_story() -> None:
    # an outlet's name over the date is no bare byline; a desk's "Posted by" in its
    # section is the byline, "Filed under" its tags
    bulletin = parse_record(
        " date 2025-06-16 Census\nMidWest Health Bulletin\nMonday 16 June 2025\n"
        "Posted by Bulletin Desk in Hospitals, Norrow Valley\n"
        + STORY
        + "\nFiled under: emergency care, capital projects, workforce\n"
    )
    assert bulletin.byline == "Bulletin Desk"
    assert [s.text for s in bulletin.sentences] == [
        s.text for s in parse_record(" date 2025-06-16 Census\n" + STORY).sentences
    ]
    # a sign-up box set into the story, its pitch and its field on one line, and a
    # comments box closed "for legal reasons" at the foot
    story = (
        "A blast at a paint factory in Harrowby injured three workers on Monday.\n"
        "Get the Gazette Health Bulletin - the week's most important health news, delivered"
        " every Thursday. Enter your email | Sign up\n"
        "The fire was out by the afternoon, the fire service said.\n"
        "Comments (38)\nComments are closed on this article for legal reasons.\n"
    )
    assert [s.text for s in clean_sentences(story)] == [
        "A blast at a paint factory in Harrowby injured three workers on Monday.",
        "The fire was out by the afternoon, the fire service said.",
    ]


def test_round_234_240_captions_stamps_and_feet() -> None:
    # an outlet's own photo credit, a stamp with its credit after it, an advertisement's
    # label mid-story, and an aggregator's foot
    head = (
        "Water inspectors on patrol in Greyhaven on Monday evening. (Courier photo)\n"
        "Posted 20/02/2026 at 14:31 by RegionWire Staff\n"
    )
    story = (
        "Water inspectors handed out 412 warnings on the first day of the restrictions.\n"
        "Most of the warnings were for garden watering with hoses.\n"
    )
    middle = "ADVERTISEMENT - CONTINUE READING BELOW\n"
    foot = (
        "Was this article helpful?\n"
        "Yes / No\n"
        "Follow RegionWire on WhatsApp for breaking news alerts\n"
        "Content on this page may be aggregated from third-party sources.\n"
        "RegionWire 2026.\n"
    )
    lines = story.split("\n")[:2]
    body = head + lines[0] + "\n" + middle + lines[1] + "\n" + foot
    assert [s.text for s in clean_sentences(body)] == lines


def test_a_blog_repost_with_its_note_and_comments_head() -> None:
    # round 242: a blog's name and motto, its post line, a note before the wire's
    # dateline, and at the foot a like button, related posts and the comments head
    body = (
        "GridNotes - news and notes on energy policy\n"
        "Posted on August 14, 2024 by admin | Filed under: Grids, Prices | 6 Comments\n"
        "We are reposting this report in full because readers asked about it yesterday.\n"
        "OSTMARK, Aug 13 (NWS) - The grid operator was fined 2.9 million euros on Tuesday.\n"
        "It said it would appeal.\n"
        "Like this: Loading...\n"
        "Related posts:\n"
        "Grid fees and the law: a primer (2022)\n"
        "What the new tariff rules mean\n"
        '6 thoughts on "Grid operator fined": what comes next'
    )
    cleaned = clean(body)
    assert _kept(body).splitlines() == [
        "We are reposting this report in full because readers asked about it yesterday.",
        "The grid operator was fined 2.9 million euros on Tuesday.",
        "It said it would appeal.",
    ]
    assert cleaned.dateline is not None and cleaned.dateline.place == "OSTMARK"


def test_page_furniture_of_rounds_243_to_248() -> None:
    body = (
        "[Advertisement]\n"
        "PORT ESKEN, Feb 13 (NPA) - Policymakers were sharply divided over rates.\n"
        "The committee held its benchmark rate at 5.00%.\n"
        "--- Advertisement ---\n"
        "Also read: Why central banks are watching services inflation\n"
        "NEWSLETTER: Get the Valley News delivered every Friday. Your email address | Sign me up\n"
        "The pound fell 0.5% after the minutes were published.\n"
        "More on Sardova: Sard forecasts cut | Five currencies to watch\n"
        "Disclaimer: This article is for information purposes only.\n"
        "Related stories\n"
        "Council approves new slipway for the harbour\n"
        "Lighthouse to reopen to visitors this summer\n"
        "Meanwhile, organisers of the folk weekend said tickets had sold out in an hour.\n"
        "Comments (0) - Be the first to comment\n"
        "Also today: The municipal market will reopen on Thursday after repairs.\n"
        "Sign up to the Herald Morning Briefing - the day's top stories in your inbox. Subscribe\n"
        "Valley News is an independent community website. Wire content © Norwell News Service."
    )
    assert _kept(body).splitlines() == [
        "Policymakers were sharply divided over rates.",
        "The committee held its benchmark rate at 5.00%.",
        "The pound fell 0.5% after the minutes were published.",
    ]


def test_page_furniture_of_rounds_250_to_257() -> None:
    body = (
        "Reading time: 3 minutes\n"
        "KESTREL, June 3 (NPA) - The carrier added a surcharge of $400 per container.\n"
        "Trucks queue at the terminal gate on Monday. Herald photo by Ruben Okoro\n"
        "The charge starts on June 16, the company said.\n"
        "[Ad] Track your containers in real time. Try CargoTrack free for 30 days.\n"
        "Subscribe to FreightPulse Daily for the news that moves rates. [Sign up free]\n"
        "City Hall on Harbour Street. (Courier file photo/Emmett Lyle)\n"
        "[Start free trial]\n"
        "Shippers' groups called the move opportunistic.\n"
        "Reporting by Lorna Castell; Editing by Marcus Bell\n"
        "Read Next\n"
        "Grain futures slip as rain forecasts ease drought worries.\n"
        "This article originally appeared on Northgate Press Agency.\n"
        "Also in today's Herald: Canteen contract goes to tender - page 4 | Festival line-up\n"
        "More on the budget: What it means for the port | Opinion: one employer is not enough\n"
        "Keywords: shipping, surcharge, Kestrel\n"
        "Listen: Our freight podcast talks to the terminal's operators (28 min)\n"
        "Have your say: should the port cap its charges?\n"
        "Join the conversation - 52 comments\n"
        "Get the Harbour Daily Roundup - free, every weekday. Enter your email\n"
        "(This story has been published from a wire agency feed without modifications to "
        "the text. Only the headline has been changed.)\n"
        "Catch all the latest news and updates on the Evening Post app.\n"
        "Correction policy | Contact the editor | © The Ridge Review 2025\n"
        "Radio Kestrel News is funded by the licence fee. (c) RKN 2025\n"
        '2 Responses to "Carrier slaps $400 emergency surcharge on Grey Sea boxes, from June 16"\n'
        "Jens K. says: Here we go again.\n"
        "Leave a Reply | Your email address will not be published."
    )
    assert _kept(body).splitlines() == [
        "The carrier added a surcharge of $400 per container.",
        "The charge starts on June 16, the company said.",
        "Shippers' groups called the move opportunistic.",
        # a sentence of another story between the foot's furniture is kept, to align
        # with nothing, and the furniture above it still goes
        "Grain futures slip as rain forecasts ease drought worries.",
    ]


def test_page_furniture_of_rounds_258_to_265() -> None:
    body = (
        "KARSBY, Feb 11 (CPA) - A jet diverted to Dunmarch after the crew reported smoke.\n"
        "The aircraft touched down at 7:52 a.m. and stopped on a taxiway.\n"
        "Sign up for the SkyLine Morning Brief - the day's airline news in your inbox every "
        "weekday. Subscribe\n"
        "The airline said it had arranged a replacement aircraft.\n"
        "What do you think? Should airlines pay for hotel rooms? Let us know below.\n"
        "Previous post: Five airports to avoid this summer | Next post: Night flights return\n"
        "Categories: Aviation, News | Tags: Bluewing, Dunmarch\n"
        "Related stories\n"
        "Dunmarch runway resurfacing to start in May\n"
        "What are your rights when your flight is diverted?\n"
        "23 comments\n"
        "SkyLine is an independent aviation news site. Copyright 2025 SkyLine Media. Content "
        "from Continental Press Agency is used under licence."
    )
    assert _kept(body).splitlines() == [
        "A jet diverted to Dunmarch after the crew reported smoke.",
        "The aircraft touched down at 7:52 a.m. and stopped on a taxiway.",
        "The airline said it had arranged a replacement aircraft.",
    ]
