"""Author-date notes name works of the reference list after the notes ("Roe 2007, 45"): they find them there."""
from __future__ import annotations

import pytest

import citex
from citex import references

NOTES = ("Notes\n\n1. See especially Roe and Doe 1999; Poe 2014.\n2. Roe and Doe 1999, 12–15.\n3. Ibid., 20.\n"
         "4. Fieldnotes, Example City, 14 March 2019.\n5. Moe 2021, 3.\n\n")
ONE_LINE = ("References\n\n"
            "Poe, A. 2014. Example Border: Life on the Edge of the State. Ithaca, NY: Cornell University Press.\n"
            "Roe, J., and D. Doe. 1999. Borders: Frontiers of Example Identity. Oxford: Berg.\n")
TWO_LINES = ("REFERENCES CITED\n\nPoe, Ann\n2014 Example Border: Life on the Edge of the State. Ithaca, NY: Cornell "
             "University Press.\nGoogle Scholar\n\nRoe, Jane, and Dan Doe\n1999 Borders: Frontiers of Example Identity. "
             "Oxford: Berg.\nGoogle Scholar\n")


@pytest.mark.parametrize("listed", [ONE_LINE, TWO_LINES], ids=["one-entry-a-line", "names-then-year-lines"])
def test_author_date_notes_find_the_works_of_the_reference_list(listed):
    doc = citex.extract("Title\n\nText.\n\n" + NOTES + listed)
    first, second, ibid, _, unlisted = doc.notes
    books = {i.id: i.work for i in doc.items}
    roe, poe = first.citations[0].item, first.citations[1].item
    assert books[roe].title == "Borders: Frontiers of Example Identity" and books[poe].publisher == "Cornell University Press"
    assert (second.citations[0].item, second.citations[0].locator) == (roe, "12-15")
    assert (ibid.citations[0].item, ibid.citations[0].locator) == (roe, "20")
    assert unlisted.citations[0].item is None  # (Moe 2021 is in no list: unresolved, as before)
    assert len(doc.notes) == 5  # (the list is no note)


@pytest.mark.parametrize("links", ["Crossref Google Scholar", "Wiley Online Library Web of Science® Google Scholar",
                                   "Crossref | PubMed | Google Scholar", "CAS PubMed Web of Science® Google Scholar"])
def test_a_line_of_several_links_under_an_entry_is_the_sites_not_the_next_entrys(links):
    # A journal's page prints its links under each entry, several to a line; read as text, the line had joined the next
    # entry and both works were lost
    listed = ("References\n\nPoe, A. 2014. Example Border: Life on the Edge of the State. Ithaca, NY: Cornell University "
              f"Press.\n{links}\nRoe, J., and D. Doe. 1999. Borders: Frontiers of Example Identity. Oxford: Berg.\n{links}\n")
    doc = citex.extract("Title\n\nText.\n\n" + NOTES + listed)
    titles = {i.work.title for i in doc.items}
    assert {"Borders: Frontiers of Example Identity", "Example Border: Life on the Edge of the State"} <= titles


def test_a_work_of_the_list_no_note_names_is_no_item():
    doc = citex.extract("Title\n\nText.\n\nNotes\n\n1. Poe 2014, 3.\n\n" + ONE_LINE)
    assert [i.work.title for i in doc.items] == ["Example Border: Life on the Edge of the State"]


def test_an_article_without_a_list_reads_none():
    assert references.read("Title\n\nText.\n\n" + NOTES, 0) == []


def test_entries_with_no_stop_between_names_and_year_and_the_authors_rule():
    # the Royal Anthropological Institute's form: "Roe, J. 2007. Title. Place: Publisher."; "———" for the same author
    listed = ("REFERENCES\n\nRoe, J. 2007. Life and words: example violence. Berkeley: University of California Press.\n"
              "——— & D. Poe 2004. Example margins. Santa Fe: Example Press.\n"
              "Example Watch 2010. Invisible victims: migrants on the move. London: Example Watch.\n"
              "Moe, A. 1995. Putting power in the example. Current Examples 36, 261-87.\n")
    doc = citex.extract("Title\n\nText.\n\nNotes\n\n1. Roe 2007, 45; Roe and Poe 2004.\n2. Example Watch 2010, 3; Moe 1995.\n\n"
                        + listed)
    found = [c.item for n in doc.notes for c in n.citations]
    assert None not in found and len(set(found)) == 4


def test_reference_entries_broken_over_lines_as_a_pdf_copy_has_them():
    from citex import references

    block = ("\nRoe, Jane, and John Doe. 2021. “Difference-in-Examples with Variation in Treatment Tim-\n"
             "ing.” Journal of Examples 225 (2): 254–77.\n"
             "Doe, John. 2019. “Is Ex-Tech the New Panacea? Contesting the M-\nPesa Findings.” Example Review 46 (161): 1–9.\n"
             "de Exemple, Clément, and Xavier Doe. 2020. “Two-Way Examples.” Example Economic Review 110 (9): 2964–96.\n")
    entries = references._entries(block)
    assert entries[0].endswith("Treatment Timing.” Journal of Examples 225 (2): 254–77.")
    assert "the M-Pesa Findings" in entries[1]
    assert len(entries) == 3 and entries[2].startswith("de Exemple, Clément")


LETTERED = ("References\n\n"
            "Roe, Jane. 2023a. *First Example Book*. London: Example Press.\n"
            "Roe, Jane. 2023b. “Second Example Article.” *Example Review* 4 (2): 1–20.\n")


@pytest.mark.parametrize(
    ("notes", "titles"),
    [
        pytest.param("1. Roe 2023a, 14.\n2. Roe 2023b, 7.\n", ["First Example Book", "Second Example Article"],
                     id="a-then-b"),
        pytest.param("1. Roe 2023b, 7.\n2. Roe 2023a, 14.\n3. Roe 2023b, 9.\n",
                     ["Second Example Article", "First Example Book", "Second Example Article"], id="b-then-a-then-b"),
    ],
)
def test_the_letter_after_a_year_tells_one_authors_works_of_that_year_apart(notes, titles):
    doc = citex.extract("Title\n\nText.\n\nNotes\n\n" + notes + "\n" + LETTERED)
    works = {i.id: i.work for i in doc.items}
    assert [works[n.citations[0].item].title if n.citations[0].item else None for n in doc.notes] == titles


PROSE_NOTES = ("1. Roe, Doe, and Poe (2016) show that the effect fades after two years; see also Moe 2019, 12.\n"
               "2. As Roe and Doe (2016, 44) argue, the program changed little.\n")
PROSE_LIST = ("References\n\n"
              "Roe, Jane, Dan Doe, and Ann Poe. 2016. “Example Effects of a Program.” *Example Journal* 12 (3): 1–20.\n"
              "Moe, Kim. 2019. *Example Book on Programs*. London: Example Press.\n"
              "Roe, Jane, and Dan Doe. 2016. *Another Example Book*. Oxford: Example University Press.\n")


def test_a_reference_in_the_prose_beside_the_notes_citations_and_by_just_those_authors():
    doc = citex.extract("Title\n\nText.\n\nNotes\n\n" + PROSE_NOTES + "\n" + PROSE_LIST)
    works = {i.id: i.work for i in doc.items}
    first, second = doc.notes
    # "Roe, Doe, and Poe (2016) show …; see also Moe 2019": the prose's reference is cited too, before Moe's book
    assert [works[c.item].title for c in first.citations] == ["Example Effects of a Program", "Example Book on Programs"]
    # "Roe and Doe (2016, 44)": the work of those two authors, not the one they wrote with Poe that year
    assert [(works[c.item].title, c.locator) for c in second.citations] == [("Another Example Book", "44")]


HARD_ENTRIES = ("References\n\n"
                "Doe, Véronique. 1996. “The Example Uses of Cruelty.” In Of Example Violence, edited by Ann E. Poe and Jo "
                "Moe, 273–323. Paris: Example Press.\n"
                "Enloe, Cynthia. 2014. Bananas, Beaches and Examples: Making Sense of Example Politics. 2nd ed. Berkeley: "
                "University of California Press.\n"
                "UNFPA (United Nations Population Fund). 2015. State of Example Population 2015. New York: UNFPA.\n")


def test_hard_entries_of_a_chicago_author_date_list():
    # a chapter "In <book>, edited by …", a title that opens on a list of words, and a body named by its initials first
    doc = citex.extract("Title\n\nText.\n\nNotes\n\n1. Doe 1996, 281–84.\n2. Enloe 2014, 143.\n3. UNFPA 2015, 12.\n\n"
                        + HARD_ENTRIES)
    works = [doc.item(n.citations[0].item).work for n in doc.notes]
    assert [(w.type, w.title) for w in works] == [
        ("chapter", "The Example Uses of Cruelty"), ("book", "Bananas, Beaches and Examples: Making Sense of Example Politics"),
        ("report", "State of Example Population 2015")]
    assert (works[0].container, [e.family for e in works[0].editors]) == ("Of Example Violence", ["Poe", "Moe"])
    assert works[2].authors[0].literal == "United Nations Population Fund (UNFPA)"


def test_prose_references_to_a_body_by_its_initials_and_in_brackets():
    # "UNFPA (2015, 12)" in a sentence, and "(Enloe 2014, 143; Doe 1996)" in brackets, beside the prose
    doc = citex.extract("Title\n\nText.\n\nNotes\n\n1. The report by UNFPA (2015, 12) says so (Enloe 2014, 143; Doe 1996).\n"
                        "2. Compare Doe (1996, 281–84) with Enloe (2014, 143). Both are cited here.\n\n" + HARD_ENTRIES)
    first, second = doc.notes
    keys = {doc.item(c.item).work.authors[0].family or doc.item(c.item).work.authors[0].literal: c.locator
            for c in first.citations}
    assert keys == {"United Nations Population Fund (UNFPA)": "12", "Enloe": "143", "Doe": None}
    assert [c.locator for c in second.citations] == ["281-84", "143"]


def test_a_reference_list_before_the_notes_as_a_word_processor_pastes_them():
    # the footnotes of a Word document come after its references, below a rule
    doc = citex.extract("Title\n\nText.1 More.2 Again.3\n\n" + ONE_LINE + "\n________________\n\n1 Roe and Doe 1999, 12.\n"
                        "2 Poe 2014, 3.\n3 Ibid., 4.\n")
    assert [doc.item(n.citations[0].item).work.title for n in doc.notes] == [
        "Borders: Frontiers of Example Identity", "Example Border: Life on the Edge of the State",
        "Example Border: Life on the Edge of the State"]


BODY_ENTRIES = ("References\n\n"
                "United Nations High Commissioner for Example Refugees [UNHCR]. (2020a). Global trends: Example displacement "
                "in 2019. UNHCR. https://www.unhcr.org/example2019/\n"
                "OECD. 2019b. Example Results (Volume II): Where All Students Can Succeed. Paris: OECD Publishing. "
                "https://doi.org/10.1787/example-en.\n"
                "UNESCO (United Nations Educational, Scientific and Cultural Organization). 2020. Example Monitoring Report "
                "2020. Paris: UNESCO.\n")


@pytest.mark.parametrize(("short", "author"), [
    pytest.param("UNHCR (2020a, p. 2).", "United Nations High Commissioner for Example Refugees (UNHCR)",
                 id="apa-initials-in-square-brackets"),
    pytest.param("OECD 2019b, 44.", "OECD", id="chicago-entry-with-its-doi"),
    pytest.param("UNESCO 2020, 4.", "United Nations Educational, Scientific and Cultural Organization (UNESCO)",
                 id="a-bodys-name-with-commas-is-one-body"),
])
def test_bodies_of_a_reference_list_found_by_their_short_forms(short, author):
    doc = citex.extract(f"Title\n\nText.\n\nNotes\n\n1. {short}\n\n" + BODY_ENTRIES)
    (c,) = doc.notes[0].citations
    assert [a.literal for a in doc.item(c.item).work.authors] == [author]


WRAPPED_BIBLIOGRAPHY = ("Bibliography\n"
                        "Primary Sources\n"
                        '"Die Example Truppe." Der Spiegel, 2 October 1972.\n'
                        "Roe, Rolf. GSG Example: Kommando gegen Terror. Koblenz: Example Verlag, 1977.\n"
                        "Secondary Sources\n"
                        "De Doe, Beatrice. Evaluating Example Performance: A Comparative Study.\n"
                        "London: Routledge, 2011.\n"
                        "Dahlke, Matthias. Demokratischer Staat und Example: Drei Wege zur\n"
                        "Unnachgiebigkeit in Westeuropa 1972–1975. Munich: Oldenbourg, 2011.\n"
                        "———. \"Nur eingeschränkte Example.\" Vierteljahrshefte für Zeitgeschichte 55, no. 4 (2007): 641–78.\n"
                        "Poe, Karrin. Terror and Example in West Germany. Cambridge: Cambridge\n"
                        "University Press, 2012.\n"
                        "8\n")


def test_a_chicago_bibliography_copied_from_a_pdf_with_sections_wraps_and_the_authors_rule():
    # entries wrapped before a capital, section headings between them, "———." for the author before, a page number after
    doc = citex.extract("Title\n\nText.\n\nNotes\n\n1. De Doe, Evaluating Example Performance, 85.\n2. Poe, Terror and Example, "
                        "160–62.\n3. Dahlke, \"Nur eingeschränkte Example,\" 650.\n4. Roe, GSG Example, 14–17.\n\n"
                        + WRAPPED_BIBLIOGRAPHY)
    works = [doc.item(n.citations[0].item).work for n in doc.notes]
    assert [(w.title, w.date) for w in works] == [
        ("Evaluating Example Performance: A Comparative Study", (2011,)), ("Terror and Example in West Germany", (2012,)),
        ("Nur eingeschränkte Example", (2007,)), ("GSG Example: Kommando gegen Terror", (1977,))]
    assert [a.family for a in works[2].authors] == ["Dahlke"]


def test_an_entrys_town_and_publisher_wrapped_to_the_next_line_stay_with_it():
    """"Washington, DC: Example Press." opened no entry of its own: it took the next entry with it, and both were lost."""
    block = ("Roe, Vanda. 2010. Shooting Example: Counterinsurgency and the War on Examples.\n"
             "Washington, DC: Example Institution Press.\n"
             "Doe, Paul. 2014. Despair or Hope: Rural Livelihoods and Example Dynamics in\n"
             "Afghanistan. Kabul: Example Research Unit.\n")
    assert [e.split(".")[0] for e in references._entries(block)] == ["Roe, Vanda", "Doe, Paul"]
    doc = citex.extract("Text.[^1]\n\n[^1]: Roe 2010, 141; Doe 2014, 41.\n\n## References\n\n" + block)
    assert [c.item for c in doc.notes[0].citations] == [i.id for i in doc.items]


def test_the_dash_for_the_author_above_after_a_name_opening_on_its_particle():
    """"van Roe, Mirella. 2009. …" then "———. 2014. …": the second entry was lost, its short form a junk work."""
    doc = citex.extract("Text.[^1]\n\n[^1]: van Roe 2009, 134; van Roe 2014, 401.\n\n## Works Cited\n\n"
                        "van Roe, Mirella. 2009. Example Growers: Violence and Mobilization. Amsterdam: Example.\n\n"
                        "———. 2014. \"Exploring Example-Sovereignty.\" Journal of Example Ethnography 43 (4): 395–418.\n")
    first, second = doc.notes[0].citations
    items = {i.id: i.work for i in doc.items}
    assert (first.kind, second.kind) == ("short", "short")
    assert items[second.item].title == "Exploring Example-Sovereignty" and items[second.item].authors[0].family == "van Roe"


@pytest.mark.parametrize("note, container, volume, issue, page", [
    ('Koga, Kei. 2016. "The rise of China and Japan\'s balancing strategy." Journal of Contemporary China 25(101), 777–791.',
     "Journal of Contemporary China", "25", "101", "777-791"),
    ('Zhu, Feng. 2016. "Nanhai zhongcai an yu Zhongguo waijiao." Guoji wenti yanjiu 4, 1–15.', "Guoji wenti yanjiu", "4", None,
     "1-15"),
])
def test_an_author_date_entry_with_a_comma_between_the_journals_numbers_and_its_pages(note, container, volume, issue, page):
    import citex

    work = citex.extract(f"Text.1\n\nNotes\n\n1. {note}\n").notes[0].citations[0].work
    assert (work.container, work.volume, work.issue, work.page) == (container, volume, issue, page)


def test_the_last_entry_after_semicolon_and_is_a_work_of_its_own():
    import citex

    doc = citex.extract("Text.1 More.2\n\nNotes\n\n1. See, e.g., Taylor, Brendan. 2018. The Four Flashpoints: How Asia Goes to War. "
                        "Carlton: La Trobe University Press; and White, Hugh. 2012. The China Choice: Why America Should Share "
                        "Power. Collingwood: Black Inc.\n2. White 2012, 78.\n")
    assert [c.work.authors[0].family for c in doc.notes[0].citations] == ["Taylor", "White"]
    [short] = doc.notes[1].citations
    assert (short.kind, short.item, short.locator) == ("short", doc.notes[0].citations[1].item, "78")


APA_LIST = ("\n## References\n\n"
            "Doe, A. H., & Poe, B. F. (2006). The strategies of example. *Example Security*, 31(1), 49–80.\n\n"
            "LaRoe, G., Moe, L., & Koe, R. (2009). The impact of example strategies on political violence. *Example "
            "Criminology*, 47(1), 17–45.\n\n"
            "Voe, J. A. (2017). The determinants of example terrorism. *Example Peace Science*, 34(1), 52–80.\n")


def test_prose_closed_by_author_date_brackets_cites_the_listed_work_and_stays_prose():
    # (APA notes: "(Doe & Poe, 2006)" after a sentence had been read as a book's publisher and year, the sentence its title)
    doc = citex.extract("Body.[^1] More.[^2] More.[^3]\n\n"
                        '[^1]: This is the "war of example" logic (Doe & Poe, 2006).\n'
                        "[^2]: Backlash effects are large (LaRoe et al., 2009, p. 30).\n"
                        "[^3]: We drop the doubtful incidents (Voe, 2017; Doe & Poe, 2006, p. 52).\n" + APA_LIST, name="a.md")
    titles = {i.id: i.work.title for i in doc.items}
    first, second, third = doc.notes
    assert [(c.kind, titles[c.item]) for c in first.citations] == [("short", "The strategies of example")]
    assert first.commentary == 'This is the "war of example" logic'
    assert [(titles[c.item], c.locator) for c in second.citations] == [
        ("The impact of example strategies on political violence", "30")]
    assert [(titles[c.item], c.locator) for c in third.citations] == [
        ("The determinants of example terrorism", None), ("The strategies of example", "52")]
    assert len(doc.items) == 3


def test_a_books_publisher_in_brackets_is_no_author_date_reference_without_a_list_naming_it():
    doc = citex.extract("Body.[^1]\n\n[^1]: The Strategies of Example (Rowman & Littlefield, 2006), 12.\n" + APA_LIST, name="a.md")
    work = doc.notes[0].citations[0].work
    assert (doc.notes[0].citations[0].kind, work.title, work.publisher) == ("full", "The Strategies of Example",
                                                                           "Rowman & Littlefield")


def test_undated_works_a_bodys_country_initials_and_one_authors_several_years_find_their_entries():
    listed = ("\n## References\n\n"
              "Roe, J. A. (2011). Example discrimination and domestic terrorism. *Journal of Example Research*, 48(3), 339–353.\n\n"
              "Roe, J. A. (2017). The determinants of example terrorism. *Example Peace Science*, 34(1), 52–80.\n\n"
              "U.S. Department of Example. (n.d.). *Foreign example organizations*. Retrieved March 1, 2023, from "
              "https://www.example.gov/foreign-example-organizations/\n\n"
              "U.S. Example Accountability Office. (2017). *Countering example extremism* (GAO-17-300). "
              "https://www.example.gov/products/gao-17-300\n\n"
              "Example Conflict Data Program. (n.d.). *ECDP definitions*. Retrieved May 2, 2023, from "
              "https://www.example.org/ecdp/definitions/\n")
    doc = citex.extract("Body.[^1] More.[^2] More.[^3] More.[^4]\n\n"
                        "[^1]: The designation list is taken from U.S. Department of Example (n.d.).\n"
                        "[^2]: Example Conflict Data Program (n.d.).\n"
                        "[^3]: See U.S. Example Accountability Office (2017, pp. 19–24).\n"
                        "[^4]: See Roe, 2011, 2017.\n" + listed, name="a.md")
    titles = {i.id: i.work.title for i in doc.items}
    cited = [[(titles.get(c.item), c.locator) for c in n.citations] for n in doc.notes]
    assert cited == [[("Foreign example organizations", None)], [("ECDP definitions", None)],
                     [("Countering example extremism", "19-24")],
                     [("Example discrimination and domestic terrorism", None), ("The determinants of example terrorism", None)]]
    assert not [w for w in doc.warnings if w.code == "unresolved"]


def test_an_undated_apa_entry_set_as_a_note_keeps_its_author_address_and_day_read():
    doc = citex.extract("Body.[^1]\n\n[^1]: Example Department of State. (n.d.). *Foreign example organizations*. Retrieved "
                        "March 1, 2023, from https://www.example.gov/foreign-example-organizations/\n", name="a.md")
    work = doc.notes[0].citations[0].work
    assert ([a.literal for a in work.authors], work.title, work.url, work.accessed, work.date) == (
        ["Example Department of State"], "Foreign example organizations",
        "https://www.example.gov/foreign-example-organizations/", (2023, 3, 1), None)


def test_an_entry_whose_address_wraps_over_lines_stays_whole_and_so_does_the_next():
    # (a PDF copy breaks an APA entry's address after its slash; the entry had run on into the next one)
    listed = ("\nReferences\n\n"
              "Roe, E., Doe, M., & Poe, M. (2021, January 9). 'Our example wants us here': The mob that stormed the\n"
              "    Example. The Example Times. https://www.example.com/2021/01/09/us/\n"
              "    example-rioters.html\n"
              "Moe, M. H. (2019). When examples become violent: Examining the association [Doctoral dissertation,\n"
              "    University of Example]. Digital Repository at the University of Example.\n"
              "Koe, L. W. (1993). Defiance, deterrence, and example. Journal of Example Research, 30(4), 445–473.\n"
              "    https://doi.org/10.1177/\n"
              "    0022427893030004006\n")
    doc = citex.extract("Body text.1 More.2 More.3\n\nNotes\n\n1 Roe et al. (2021).\n2 Moe (2019, chap. 4).\n"
                        "3 Koe (1993, p. 460).\n" + listed)
    works = [doc.notes[i].citations[0] for i in range(3)]
    items = {i.id: i.work for i in doc.items}
    roe, moe, koe = (items[c.item] for c in works)
    assert (roe.type, roe.url) == ("article-newspaper", "https://www.example.com/2021/01/09/us/example-rioters.html")
    assert (moe.type, moe.genre, moe.publisher) == ("thesis", "Doctoral dissertation", "University of Example")
    assert (koe.type, koe.url) == ("article-journal", "https://doi.org/10.1177/0022427893030004006")


def test_one_authors_own_work_of_a_year_is_not_the_one_he_wrote_second_that_year():
    # ("Gill, 2015a" after "Corner & Gill, 2015" had gone to Corner and Gill's article)
    listed = ("\n## References\n\n"
              "Corner, E., & Roe, P. (2015). A false example? Mental illness and lone actors. *Law and Example*, 39(1), 23–34.\n\n"
              "Roe, P. (2015a). *Lone-actor examples: A behavioural analysis*. Routledge.\n\n"
              "Roe, P. (2015b). Toward a scientific approach to examples. *Journal of Example Assessment*, 2(3–4), 187–191.\n")
    doc = citex.extract("Body.[^1]\n\n[^1]: Corner & Roe, 2015; Roe, 2015a, pp. 84–90. On indicators, see Roe (2015b).\n"
                        + listed, name="a.md")
    titles = {i.id: i.work.title for i in doc.items}
    assert [(titles[c.item], c.locator) for c in doc.notes[0].citations] == [
        ("A false example? Mental illness and lone actors", None), ("Lone-actor examples: A behavioural analysis", "84-90"),
        ("Toward a scientific approach to examples", None)]


def test_a_roman_page_or_a_table_on_the_page_in_an_author_date_reference():
    # ("(2008, p. xiii)" and "(2015, p. 548, Table 4)" had cited nothing)
    listed = ("\n## References\n\nDoe, V. P. (2015). Do examples win? *International Example*, 69(3), 519–556.\n\n"
              "Roe, S. G., & Poe, M. C. (2008). *How example groups end*. RAND Corporation.\n")
    doc = citex.extract("Body.[^1] More.[^2]\n\n[^1]: Roe and Poe (2008, p. xiii) find that most groups ended through policing.\n"
                        "[^2]: Consistent with Doe (2015, p. 548, Table 4).\n" + listed, name="a.md")
    titles = {i.id: i.work.title for i in doc.items}
    assert [[(titles[c.item], c.locator) for c in n.citations] for n in doc.notes] == [
        [("How example groups end", "xiii")], [("Do examples win?", "548")]]


@pytest.mark.parametrize("bullet", ["- ", "* ", "+ ", "• "])
def test_a_reference_list_written_as_a_markdown_bullet_list_is_read(bullet):
    """A converter writes a page's <ul> of references as bullets: each item is an entry the short notes resolve to."""
    text = ("Body one.[^1] Body two.[^2]\n\n[^1]: Roe, *Deadly Example*, 45–47.\n[^2]: Doe, *Dangerous Example*, 3.\n\n"
            f"## References\n\n{bullet}Roe, Jane. 2016. *Deadly Example: Relations at the Dawn of a New Century*. "
            "Cambridge: Example University Press.\n\n"
            f"{bullet}Doe, S. Paul. 2007. *Dangerous Example: Weapons and Conflict*. Stanford, CA: Example Press.\n")
    doc = citex.extract(text.encode(), name="article.md")
    items = {i.id: i.work for i in doc.items}
    cited = [n.citations[0] for n in doc.notes]
    assert [(c.kind, items[c.item].date, c.locator) for c in cited] == [("short", (2016,), "45-47"), ("short", (2007,), "3")]
    assert {w.title for w in items.values()} == {"Deadly Example: Relations at the Dawn of a New Century",
                                                 "Dangerous Example: Weapons and Conflict"}
