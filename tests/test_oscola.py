"""British legal citations (OSCOLA): books, articles and chapters rewritten into note order,
cases and statutes read as documents.  The works are invented examples."""
from __future__ import annotations

import pytest

import citex
from citex.model import Piece
from citex.parse import oscola, parse_piece
from citex.parse.features import judge


def read(text: str):
    assert judge(text)[0] == "full", text
    return parse_piece(Piece(note=1, index=0, text=text, span=(0, len(text)), kind="full"))


@pytest.mark.parametrize(
    ("text", "kind", "title", "container", "publisher", "year", "locator"),
    [
        pytest.param("Jane Roe, The Law of Example Paths (3rd edn, Example University Press 1998) 12.", "book",
                     "The Law of Example Paths", None, "Example University Press", 1998, "12", id="book-with-edition"),
        pytest.param("Peter Lantern, Example Archives: A Guide (Nowhere Books 1987).", "book", "Example Archives: A Guide",
                     None, "Nowhere Books", 1987, None, id="book-publisher-year"),
        pytest.param("Mark Doe, 'Paths and Power in the Example Countryside' (2004) 31 Journal of Example Legal History "
                     "201, 205.", "article-journal", "Paths and Power in the Example Countryside",
                     "Journal of Example Legal History", None, 2004, "205", id="article-year-volume-journal-page"),
        pytest.param("Robert Fallow, 'Walking the Bounds' in Anne Sill and Oskar Brenner (eds), Example Law in Context "
                     "(Example University Press 2011) 77.", "chapter", "Walking the Bounds", "Example Law in Context",
                     "Example University Press", 2011, "77", id="chapter-with-eds"),
    ],
)
def test_books_articles_and_chapters(text, kind, title, container, publisher, year, locator):
    c = read(text)
    w = c.work
    assert (w.type, w.title, w.container, w.publisher, w.date, c.locator) == (kind, title, container, publisher, (year,),
                                                                             locator)


@pytest.mark.parametrize(
    ("text", "title", "report", "court", "year", "pin"),
    [
        pytest.param("Harlow v Example (1868) LR 3 QB 112 (QB).", "Harlow v Example", "LR 3 QB 112", "QB", 1868, None,
                     id="year-in-parentheses"),
        pytest.param("Fallow v Example [1901] 2 Ch 88 (CA) 93.", "Fallow v Example", "2 Ch 88", "CA", 1901, "93",
                     id="year-in-brackets-and-a-pinpoint"),
        pytest.param("R v Example [2010] EWCA Crim 123 [45].", "R v Example", "EWCA Crim 123", None, 2010, "45",
                     id="neutral-citation-and-a-paragraph"),
    ],
)
def test_cases(text, title, report, court, year, pin):
    c = read(text)
    assert (c.work.type, c.work.title, c.work.genre, c.work.publisher, c.work.date, c.locator) == (
        "document", title, report, court, (year,), pin)


def test_a_statute_and_its_section():
    c = read("Example Paths Act 1949 (Example), s 27(2).")
    assert (c.work.type, c.work.title, c.work.date, c.locator, c.label) == ("document", "Example Paths Act 1949", (1949,),
                                                                           "27(2)", "section")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Jane Roe, Example Book (London: Example Press, 2010), 45.", id="chicago-book"),
        pytest.param("The act of 1932 was repealed.", id="prose"),
        pytest.param("Peru v Chile was argued in 2014.", id="prose-about-a-case"),
    ],
)
def test_other_forms_are_left_to_the_note_readers(text):
    assert oscola.note_form(text) is None and oscola.case(text) is None and oscola.act(text) is None


def test_a_neutral_citation_after_a_case_named_with_v_and_a_period():
    import citex

    doc = citex.extract("Text.[^1]\n\n[^1]: Roe and others v. Example Office [2012] EWHC 2678 (QB).\n")
    (c,) = doc.notes[0].citations
    assert (c.kind, c.work.title, c.work.genre, c.work.publisher, c.work.date) == \
        ("full", "Roe and others v. Example Office", "EWHC 2678", "QB", (2012,))


@pytest.mark.parametrize(
    ("text", "title", "genre", "year", "locator"),
    [
        pytest.param("R (on the application of Roe) v Example Appeals Commission [2021] UKSC 7.",
                     "R (on the application of Roe) v Example Appeals Commission", "UKSC 7", 2021, None,
                     id="a-party-in-brackets"),
        pytest.param("Attorney General's Reference (R v Doe) [2022] EWCA Crim 54.", "Attorney General’s Reference (R v Doe)",
                     "EWCA Crim 54", 2022, None, id="a-reference-naming-its-case-in-brackets"),
        pytest.param("R v Roe [2020] NZHC 2192, para. 12.", "R v Roe", "NZHC 2192", 2020, "12",
                     id="the-paragraph-after-a-comma"),
        pytest.param("R v Roe [2019] EWCA Crim 1234, [45].", "R v Roe", "EWCA Crim 1234", 2019, "45",
                     id="the-paragraph-in-brackets-after-a-comma"),
        pytest.param("The Example Act 2000 (Proscribed Organisations) (Amendment) Order 2016, SI 2016/1238.",
                     "The Example Act 2000 (Proscribed Organisations) (Amendment) Order 2016", "SI 2016/1238", 2016, None,
                     id="a-statutory-instrument"),
        pytest.param("Example Prevention Act of 2022, H.R. 350, 117th Cong. (2022).", "Example Prevention Act of 2022",
                     "H.R. 350, 117th Cong.", 2022, None, id="a-bill-before-congress"),
    ],
)
def test_cases_instruments_and_bills_are_read_not_lost(text, title, genre, year, locator):
    c = read(text)
    assert (c.work.type, c.work.title, c.work.genre, c.work.date, c.locator) == ("document", title, genre, (year,), locator)


@pytest.mark.parametrize(
    ("text", "kind", "title", "container", "date", "locator"),
    [
        pytest.param("Jane Roe, 'Spain's example growers are modern-day slaves, say charities' The Guardian (London, 7 February "
                     "2011).", "article-newspaper", "Spain’s example growers are modern-day slaves, say charities",
                     "The Guardian", (2011, 2, 7), None, id="a-newspaper-its-city-and-day"),
        pytest.param("'Example migrant \"slave market\" footage sparks outrage' (Al Jazeera, 18 November 2017) "
                     "<https://www.aljazeera.com/news/2017/11/18/example> accessed 2 March 2024.", "article-newspaper",
                     "Example migrant “slave market” footage sparks outrage", "Al Jazeera", (2017, 11, 18), None,
                     id="an-unsigned-news-site-piece-with-its-address"),
        pytest.param("GRETA, 'Report concerning the implementation of the Example Convention' (20 October 2021) GRETA(2021)12, "
                     "para 120.", "report", "Report concerning the implementation of the Example Convention", None,
                     (2021, 10, 20), "120", id="a-bodys-report-its-day-and-symbol"),
        pytest.param("Jane Roe, Human Trafficking Reconsidered: States' Positive Obligations (CUP 2017) 44-47.", "book",
                     "Human Trafficking Reconsidered: States’ Positive Obligations", None, (2017,), "44-47",
                     id="a-book-whose-title-holds-an-apostrophe"),
        pytest.param("R v Roe [2013] EWCA Crim 324, [2014] 1 WLR 1126 [12].", "document", "R v Roe", None, (2013,), "12",
                     id="a-neutral-citation-then-the-law-report"),
        pytest.param("Example and Others v Italy App no 27765/09 (ECtHR, 23 February 2012).", "document",
                     "Example and Others v Italy", None, (2012, 2, 23), None, id="a-strasbourg-case-by-its-application"),
        pytest.param("Modern Example Act 2015, c. 30, s. 1(1)-(2).", "document", "Modern Example Act 2015", None, (2015,),
                     "1(1)-(2)", id="an-act-its-chapter-and-a-range-of-subsections"),
    ],
)
def test_oscola_news_reports_cases_and_acts(text, kind, title, container, date, locator):
    c = read(text)
    assert (c.work.type, c.work.title, c.work.container, c.work.date, c.locator) == (kind, title, container, date, locator)


def test_a_short_form_by_the_note_and_the_paragraphs_in_brackets():
    from citex import extract

    doc = extract(b"Text.[^1] [^2]\n\n[^1]: R v Roe [2013] EWCA Crim 324.\n[^2]: Roe (n 1) [15]-[16].\n", name="n.md")
    again = doc.notes[1].citations[0]
    assert (again.kind, again.item, again.locator) == ("short", doc.notes[0].citations[0].item, "15-16")


@pytest.mark.parametrize(("text", "title", "locator", "label"), [
    pytest.param("Jane Roe, The Example Acts in 2021 (HMSO 2023) paras 8.21–8.30.", "The Example Acts in 2021", "8.21-8.30",
                 "paragraph", id="paragraphs-after-the-facts"),
    pytest.param("Jane Roe and Ann Doe, Preventive Examples (OUP 2014) ch 8.", "Preventive Examples", "8", "chapter",
                 id="a-chapter-after-the-facts"),
])
def test_a_book_or_report_cited_by_paragraph_or_chapter(text, title, locator, label):
    c = read(text)
    assert (c.work.title, c.locator, c.label) == (title, locator, label)
    assert c.work.publisher in ("HMSO", "OUP") and c.work.date in ((2023,), (2014,))


def test_an_article_with_no_page_cited_keeps_its_first_page():
    first = read("Alan Roe, 'Defining Examples' (2017) 66 Example LQ 411.")
    pinned = read("Alan Roe, 'Defining Examples' (2017) 66 Example LQ 411, 415.")
    assert (first.work.page, first.locator) == ("411", None)
    assert (pinned.work.page, pinned.locator) == ("411", "415")


def test_a_paragraph_in_brackets_after_a_report_citation_is_a_paragraph():
    c = read("R v Example [2013] UKSC 64, [2014] AC 1260 [38].")
    assert (c.locator, c.label) == ("38", "paragraph")


@pytest.mark.parametrize("note", [
    "See eg Jane Roe, Terrorism and the Example (2nd edn, OUP 2021) 45.",
    "See, eg, Jane Roe, Terrorism and the Example (2nd edn, OUP 2021) 45.",
])
def test_oscolas_see_eg_is_a_signal(note):
    import citex

    (n,) = citex.extract(f"Notes\n\n1. {note}\n").notes
    (c,) = n.citations
    assert ([a.family for a in c.work.authors], c.work.type, c.work.edition, c.locator) == (["Roe"], "book", "2", "45")


def test_a_short_form_then_the_judge_who_said_it():
    import citex

    doc = citex.extract("Notes\n\n1. R v Example [2013] UKSC 64, [2014] AC 1260 [38].\n"
                        "2. Example (n 1) [40] (Lord Neuberger and Lord Judge).\n")
    (c,) = doc.notes[1].citations
    assert (c.kind, c.item, c.locator) == ("short", doc.notes[0].citations[0].item, "40")


@pytest.mark.parametrize(("text", "title", "locator"), [
    pytest.param("Justice and Example (Northern Ireland) Act 2007, s 21.", "Justice and Example (Northern Ireland) Act 2007", "21",
                 id="brackets-in-the-short-title"),
    pytest.param("Justice and Example Act 2013, pt 2.", "Justice and Example Act 2013", "pt 2", id="a-part"),
    pytest.param("Example Measures Act 2011, sch 1.", "Example Measures Act 2011", "sch 1", id="a-schedule-is-no-chapter"),
])
def test_acts_keep_their_short_title_as_printed_and_the_part_cited(text, title, locator):
    c = read(text)
    assert (c.work.title, c.locator) == (title, locator)


@pytest.mark.parametrize(("text", "who", "place"), [
    pytest.param("Interview with a former Example Police detective (London, 14 March 2023).",
                 "a former Example Police detective", "London", id="a-person-described"),
    pytest.param("Interview with a solicitor practising before the Special Example Court (Dublin, 3 October 2022).",
                 "a solicitor practising before the Special Example Court", "Dublin", id="a-court-named-in-the-description"),
])
def test_an_interview_with_its_place_and_day_in_brackets(text, who, place):
    w = read(text).work
    assert (w.type, [a.literal for a in w.authors], w.place) == ("interview", [who], place)


@pytest.mark.parametrize(("text", "author", "title", "number", "year", "locator"), [
    pytest.param("Lord Lloyd of Example, Inquiry into Example Legislation (Cm 3420, 1996) vol 1, para 5.22.",
                 "Lord Lloyd of Example", "Inquiry into Example Legislation", "Cm 3420", 1996, "5.22", id="a-peer-and-a-command-paper"),
    pytest.param("Example Commission, Example Offences (Law Com No 361, 2015) para 2.4.", "Example Commission",
                 "Example Offences", "Law Com No 361", 2015, "2.4", id="a-law-commission-report"),
    pytest.param("Joint Committee on Example Rights, Example Policy (Sixteenth Report): Renewal of Example Orders 2010 "
                 "(2009–10, HL 64, HC 395) para 45.", "Joint Committee on Example Rights",
                 "Example Policy (Sixteenth Report): Renewal of Example Orders 2010", "HL 64, HC 395", 2009, "45",
                 id="a-committee-report-by-its-session-and-papers"),
])
def test_official_papers_by_their_command_or_house_number(text, author, title, number, year, locator):
    c = read(text)
    w = c.work
    assert (w.type, [a.literal for a in w.authors], w.title, w.genre, w.date, c.locator) == \
        ("report", [author], title, number, (year,), locator)


@pytest.mark.parametrize("publisher", ["Farrar, Straus and Giroux", "Little, Brown"])
def test_a_publisher_whose_name_holds_a_comma(publisher):
    import citex

    (n,) = citex.extract(f"Notes\n\n1. Jane Roe, Example Books (OUP 2020); Ann Doe, The Example Shores ({publisher} 2018).\n").notes
    assert [(c.work.type, c.work.publisher) for c in n.citations] == [("book", "OUP"), ("book", publisher)]


@pytest.mark.parametrize("formation", ["(dec) [GC]", "[GC]"])
def test_a_strasbourg_case_decided_by_the_grand_chamber_or_on_admissibility(formation):
    import citex

    (n,) = citex.extract(f"Notes\n\n1. Roe and Others v Examplia {formation} App no 52207/99 (ECtHR, 12 December 2001) "
                         "para 71.\n").notes
    (c,) = n.citations
    assert (c.work.title, c.work.publisher, c.work.date, c.locator, c.label) == (
        "Roe and Others v Examplia", "ECtHR", (2001, 12, 12), "71", "paragraph")


def test_a_chapter_with_its_first_page_then_the_page_cited():
    import citex

    (n,) = citex.extract("Notes\n\n1. Jane Roe, 'Crimes against Examples' in Jane Roe, Ann Doe and John RWD Poe (eds), The "
                         "Example Statute: A Commentary, vol 1 (OUP 2002) 353, 375.\n").notes
    (c,) = n.citations
    assert (c.work.type, c.locator) == ("chapter", "375")
    assert [(e.family, e.given) for e in c.work.editors][-1] == ("Poe", "John RWD")


@pytest.mark.parametrize(("title", "again"), [
    ("Extraterritorial Application of Example Treaties: Law, Principles, and Policy", "Roe (n 1) 173."),
    ("Treatise on Example Law, vol II: The Crimes and Sentencing", "Roe (n 1) 12."),
])
def test_a_book_whose_unmarked_title_holds_commas(title, again):
    import citex

    doc = citex.extract(f"Notes\n\n1. Jane Roe, {title} (OUP 2011) 118.\n2. {again}\n")
    (c,) = doc.notes[0].citations
    assert (c.work.type, c.work.title, c.locator) == ("book", title, "118")
    assert doc.notes[1].citations[0].item == c.item


def test_a_case_before_an_international_tribunal_by_decision_number_and_day():
    import citex

    (n,) = citex.extract("Notes\n\n1. Prosecutor v Roe (Judgment) IT-94-1-A (15 July 1999) para 248.\n").notes
    (c,) = n.citations
    assert (c.work.title, c.work.genre, c.work.date, c.locator, c.label) == (
        "Prosecutor v Roe", "Judgment, IT-94-1-A", (1999, 7, 15), "248", "paragraph")


def test_a_pointer_to_the_articles_own_text_cites_no_work():
    import citex

    doc = citex.extract("Notes\n\n1. Roe v Examplia [GC] App no 1/01 (ECtHR, 1 May 2001).\n2. See text to n 1 above.\n")
    assert doc.notes[1].citations == ()


# The Australian Guide to Legal Citation: the journal and the Act set in italics, what a document is named first in its
# brackets, a newspaper's town or "online" in brackets before the day
@pytest.mark.parametrize(
    ("text", "kind", "title", "container", "date", "locator"),
    [
        pytest.param("Jane Roe and Ann Doe, 'Burden-Sharing: Example Alliances' (2021) 97(4) *International Affairs* 1045, 1052.",
                     "article-journal", "Burden-Sharing: Example Alliances", "International Affairs", (2021,), "1052",
                     id="an-italic-journal"),
        pytest.param("*Security of Example Infrastructure Act 2018* (Cth) s 30AH.", "document",
                     "Security of Example Infrastructure Act 2018", None, (2018,), "30AH", id="an-italic-act-and-its-jurisdiction"),
        pytest.param("Example Department, *National Example: Strategic Review* (Report, 2023) 17 [1.5].", "report",
                     "National Example: Strategic Review", None, (2023,), "17", id="a-report-named-in-its-brackets"),
        pytest.param("Jane Roe, 'Keynote Address' (Speech, Example Dialogue, Singapore, 31 May 2024).", "speech",
                     "Keynote Address", None, (2024, 5, 31), None, id="a-speech-named-in-its-brackets"),
        pytest.param("Jane Roe, 'Example Police to Stay', *The Sydney Morning Herald* (Sydney, 12 July 2023) 9.",
                     "article-newspaper", "Example Police to Stay", "The Sydney Morning Herald", (2023, 7, 12), "9",
                     id="a-newspaper-its-town-and-day"),
        pytest.param("Jane Roe, 'Example Deal Signed', *ABC News* (online, 7 December 2023) "
                     "<https://www.abc.net.au/news/2023-12-07/example/100000000>.", "article-newspaper", "Example Deal Signed",
                     "ABC News", (2023, 12, 7), None, id="a-news-site-online"),
    ],
)
def test_the_australian_guide(text, kind, title, container, date, locator):
    c = read(text)
    w = c.work
    assert (w.type, w.title, w.container, w.date, c.locator) == (kind, title, container, date, locator)


@pytest.mark.parametrize(("note", "journal", "volume", "page", "locator"), [
    pytest.param("Jane Roe, 'Example Borders in Strasbourg', 23 *EJIL* (2012) 121, at 130.", "EJIL", "23", "121", "130",
                 id="ejil-with-its-pinpoint-after-at"),
    pytest.param("J. Roe, 'Example Obligations Abroad', 40 Israel Law Review (2007) 503.", "Israel Law Review", "40", "503", None,
                 id="the-first-page-alone-is-no-pinpoint"),
    pytest.param("T. Roe, 'Example Treaties', 89 *AJIL* (1995) 78, at 80–81.", "AJIL", "89", "78", "80-81", id="a-range-cited"),
])
def test_an_article_as_ejil_prints_it_volume_journal_year_then_pages(note, journal, volume, page, locator):
    [cit] = citex.extract(f"Notes\n\n1. {note}\n").notes[0].citations
    assert (cit.work.type, cit.work.container, cit.work.volume, cit.work.page, cit.locator) == (
        "article-journal", journal, volume, page, locator)


@pytest.mark.parametrize(("note", "author", "title", "volume", "number", "year", "locator"), [
    pytest.param("Board of Trade, Report on the Trade of Example Land, PP 1913, LXIX (Cd. 6665), 11.", "Board of Trade",
                 "Report on the Trade of Example Land", "LXIX", "Cd. 6665", 1913, "11", id="body-volume-then-command"),
    pytest.param("Royal Commission on the Example of Trade, Final Report, PP 1886 (C. 4893), XXIII, 12.",
                 "Royal Commission on the Example of Trade", "Final Report", "XXIII", "C. 4893", 1886, "12",
                 id="command-then-volume"),
    pytest.param("Statistical Abstract for Example Land, 1913, PP 1914, LXXXVII (Cd. 7636), 45.", None,
                 "Statistical Abstract for Example Land, 1913", "LXXXVII", "Cd. 7636", 1914, "45", id="title-with-a-year"),
    pytest.param("Committee on Example and Industry, Report, PP 1930–31, XIII, Cmd. 3897, para. 45.",
                 "Committee on Example and Industry", "Report", "XIII", "Cmd. 3897", 1930, "45", id="session-and-paragraph"),
])
def test_a_sessional_paper_by_pp_year_volume_and_command_number(note, author, title, volume, number, year, locator):
    # economic and British historians cite Parliament's papers so; every form had been dropped or corrupted
    import citex

    (cit,) = citex.extract(f"Notes\n\n1. {note}\n").notes[0].citations
    w = cit.work
    assert (w.type, w.authors[0].literal if w.authors else None, w.title) == ("report", author, title)
    assert (w.container, w.volume, w.genre, w.date, cit.locator) == ("Parliamentary Papers", volume, number, (year,), locator)


def _cited(notes: list[str]):
    body = "Text." + "".join(f" Claim.[^{i}]" for i in range(1, len(notes) + 1)) + "\n\n" + \
        "".join(f"[^{i}]: {n}\n" for i, n in enumerate(notes, 1))
    return [n.citations for n in citex.extract(body.encode(), name="briefing.md").notes]


def test_hansard_as_the_commons_library_prints_it_with_the_column_glued_to_its_c():
    """"HC Deb 23 March 2020 vol 674 c22": the column cited is "c22", "cc1234-5", "c123WH" (Westminster Hall), and
    "Ibid., c24" a column of the same sitting; the sitting is one work whether its column is "c22" or "col 22"."""
    cited = _cited(["HC Deb 23 March 2020 vol 674 c22", "Ibid., c24", "HL Deb 12 May 2020 vol 803 cc1234-5",
                    "HC Deb 23 March 2020 vol 674 col 25", "HC Deb 4 June 2019 vol 661 c123WH"])
    assert [(c[0].locator, c[0].label) for c in cited] == [("22", "column"), ("24", "column"), ("1234-5", "column"),
                                                           ("25", "column"), ("123WH", "column")]
    assert cited[0][0].work.title == "House of Commons Debates" and cited[0][0].work.volume == "674"
    assert cited[0][0].item == cited[1][0].item == cited[3][0].item  # one sitting, whichever way its column is printed


@pytest.mark.parametrize("text, title, number, loc", [
    ("Health Protection (Coronavirus, Restrictions) (England) Regulations 2020 (SI 2020/350)",
     "Health Protection (Coronavirus, Restrictions) (England) Regulations 2020", "SI 2020/350", None),
    ("Health Protection (Coronavirus, Restrictions) (England) (No. 2) Regulations 2020 (SI 2020/500), regulation 2(8)",
     "Health Protection (Coronavirus, Restrictions) (England) (No. 2) Regulations 2020", "SI 2020/500", "2(8)"),
    ("The Example Regulations 2019, SI 2019/12, reg 4", "The Example Regulations 2019", "SI 2019/12", "4"),
])
def test_a_statutory_instrument_with_commas_in_its_brackets_or_its_number_in_brackets(text, title, number, loc):
    [[c]] = _cited([text])
    assert (c.work.title, c.work.genre, c.locator) == (title, number, loc)


def test_an_act_with_its_section_spelt_out_keeps_its_title_and_section():
    [[c]] = _cited(["Coronavirus Act 2020, section 51."])
    assert (c.work.title, c.locator, c.label) == ("Coronavirus Act 2020", "51", "section")


@pytest.mark.parametrize("library", ["House of Commons Library", "House of Lords Library"])
def test_the_libraries_of_parliament_are_the_authors_of_their_briefings(library):
    [[c]] = _cited([f"{library}, Coronavirus: the lockdown laws, 29 May 2020"])
    assert ([a.literal for a in c.work.authors], c.work.title, c.work.date) == (
        [library], "Coronavirus: the lockdown laws", (2020, 5, 29))
