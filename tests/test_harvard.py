"""References in the Harvard style of Elsevier's journals and in the IPCC's own form (citex.parse.harvard)."""
import pytest

import citex


def first_work(note: str):
    (n,) = citex.extract(f"Text.[^1]\n\n[^1]: {note}\n".encode(), name="a.md").notes
    assert len(n.citations) == 1, [c.raw for c in n.citations]
    return n.citations[0].work


@pytest.mark.parametrize(("note", "families", "title", "journal", "volume", "issue", "pages"), [
    pytest.param("Wolf, A.T., Yoffe, S.B., Giordano, M., 2003. International waters: identifying basins at risk. "
                 "*Water Policy* 5(1), 29–60.", ["Wolf", "Yoffe", "Giordano"], "International waters: identifying basins at risk",
                 "Water Policy", "5", "1", "29-60", id="initials-unspaced-italic-journal"),
    pytest.param("Collier, P., Hoeffler, A., 2004. Greed and grievance in civil war. Oxf. Econ. Pap. 56 (4), 563–595.",
                 ["Collier", "Hoeffler"], "Greed and grievance in civil war", "Oxf. Econ. Pap", "56", "4", "563-595",
                 id="abbreviated-journal-issue-after-a-space"),
    pytest.param("De Stefano, L., Petersen-Perlman, J.D., Wolf, A.T., 2017. Assessment of transboundary river basins. "
                 "*Global Environmental Change* 45, 35–46. https://doi.org/10.1016/j.gloenvcha.2017.04.008",
                 ["De Stefano", "Petersen-Perlman", "Wolf"], "Assessment of transboundary river basins",
                 "Global Environmental Change", "45", None, "35-46", id="capitalised-particle-and-doi"),
])
def test_an_elsevier_harvard_journal_article_is_one_work(note, families, title, journal, volume, issue, pages):
    w = first_work(note)
    assert w.type == "article-journal"
    assert [a.family for a in w.authors] == families and all(a.given for a in w.authors)
    assert (w.title, w.container.rstrip("."), w.volume, w.issue, w.page) == (title, journal.rstrip("."), volume, issue, pages)


def test_an_elsevier_harvard_report_puts_its_publisher_before_its_town():
    w = first_work("Eyler, B., Weatherby, C., 2020. *New Evidence: How China Turned Off the Tap on the Mekong River*. "
                   "Stimson Center, Washington, DC. https://www.stimson.org/2020/new-evidence-how-china-turned-off-the-mekong-tap/")
    assert [a.family for a in w.authors] == ["Eyler", "Weatherby"]
    assert (w.title, w.publisher, w.place) == ("New Evidence: How China Turned Off the Tap on the Mekong River", "Stimson Center",
                                               "Washington, DC")
    assert w.date == (2020,) and w.url.startswith("https://www.stimson.org/")


def test_a_body_as_author_in_elsevier_harvard():
    w = first_work("IEA, 2020. *Climate Impacts on African Hydropower*. International Energy Agency, Paris.")
    assert (w.authors[0].literal, w.title, w.publisher, w.place, w.date) == (
        "IEA", "Climate Impacts on African Hydropower", "International Energy Agency", "Paris", (2020,))


def test_an_elsevier_harvard_chapter_with_its_editors_before_the_book():
    w = first_work("Roe, J., 2019. Rivers and borders. In: Doe, A., Poe, B. (Eds.), The Example Handbook of Water. "
                   "Example Press, London, pp. 12–30.")
    assert w.type == "chapter"
    assert (w.title, w.container, w.publisher, w.place, w.page) == ("Rivers and borders", "The Example Handbook of Water",
                                                                    "Example Press", "London", "12-30")
    assert [e.family for e in w.editors] == ["Doe", "Poe"]


IPCC_REPORT = ("IPCC, 2022: *Climate Change 2022: Impacts, Adaptation and Vulnerability. Contribution of Working Group II to the "
               "Sixth Assessment Report of the Intergovernmental Panel on Climate Change* [H.-O. Pörtner, D.C. Roberts, M. Tignor "
               "(eds.)]. Cambridge University Press, Cambridge, UK and New York, NY, USA, 3056 pp., doi:10.1017/9781009325844.")
IPCC_CHAPTER = ("Caretta, M.A., A. Mukherji, M. Arfanuzzaman, and S. Supratid, 2022: Water. In: *Climate Change 2022: Impacts, "
                "Adaptation and Vulnerability* [H.-O. Pörtner et al. (eds.)]. Cambridge University Press, Cambridge, UK and New "
                "York, NY, USA, pp. 551–712, doi:10.1017/9781009325844.006.")


def test_the_ipccs_own_citation_of_a_report_keeps_its_editors_in_brackets():
    # (the editors' brackets are no translation of the title, and the report is not lost)
    w = first_work(IPCC_REPORT)
    assert w.authors[0].literal == "IPCC" and [e.family for e in w.editors] == ["Pörtner", "Roberts", "Tignor"]
    assert w.title.startswith("Climate Change 2022: Impacts") and w.publisher == "Cambridge University Press"
    assert w.date == (2022,) and w.url == "https://doi.org/10.1017/9781009325844"


def test_the_ipccs_own_citation_of_a_chapter_and_author_date_short_forms_of_both():
    doc = citex.extract(f"A.[^1] B.[^2] C.[^3] D.[^4]\n\n[^1]: {IPCC_REPORT}\n[^2]: {IPCC_CHAPTER}\n[^3]: IPCC 2022, 1171.\n"
                        "[^4]: Caretta et al. 2022, 580–582.\n".encode(), name="a.md")
    chapter = doc.notes[1].citations[0].work
    assert chapter.type == "chapter" and chapter.title == "Water" and chapter.page == "551-712"
    assert [a.family for a in chapter.authors] == ["Caretta", "Mukherji", "Arfanuzzaman", "Supratid"]
    short1, short2 = doc.notes[2].citations[0], doc.notes[3].citations[0]
    assert (short1.item, short1.locator) == (doc.notes[0].citations[0].item, "1171")
    assert (short2.item, short2.locator) == (doc.notes[1].citations[0].item, "580-582")


def test_an_elsevier_harvard_reference_list_gives_author_date_notes_their_works():
    text = ("Text.[^1] More.[^2]\n\n[^1]: Koubi 2019, 348–350; cf. Buhaug 2010.\n[^2]: World Bank 2016, 12.\n\n## References\n\n"
            "Buhaug, H., 2010. Climate not to blame for African civil wars. *Proceedings of the National Academy of Sciences* "
            "107(38), 16477–16482. https://doi.org/10.1073/pnas.1005739107\n\n"
            "Koubi, V., 2019. Climate change and conflict. *Annual Review of Political Science* 22, 343–360.\n\n"
            "World Bank, 2016. *High and Dry: Climate Change, Water, and the Economy*. World Bank, Washington, DC.\n")
    doc = citex.extract(text.encode(), name="a.md")
    koubi, buhaug = doc.notes[0].citations
    bank = doc.notes[1].citations[0]
    items = {i.id: i.work for i in doc.items}
    assert items[koubi.item].title == "Climate change and conflict" and koubi.locator == "348-350"
    assert items[buhaug.item].container.startswith("Proceedings of the National Academy")
    assert items[bank.item].title.startswith("High and Dry") and bank.locator == "12"
    assert not [w for w in doc.warnings if w.code == "unresolved"]


@pytest.mark.parametrize(("note", "authors", "title", "place", "publisher", "locator", "url"), [
    pytest.param("IEA (2023), *World Energy Outlook 2023*, Paris: International Energy Agency, pp. 18–20, "
                 "https://www.iea.org/reports/world-energy-outlook-2023.", ["IEA"], "World Energy Outlook 2023", "Paris",
                 "International Energy Agency", "18-20", "https://www.iea.org/reports/world-energy-outlook-2023",
                 id="a-body-pages-then-address"),
    pytest.param("Roe, M. L. (2012), *The Example Curse: How Wealth Shapes Nations*, Princeton, NJ: Example University Press.",
                 ["Roe"], "The Example Curse: How Wealth Shapes Nations", "Princeton, NJ", "Example University Press", None, None,
                 id="two-initials"),
    pytest.param("Van de Graaf, T. and Doe, B. K. (2020), *Global Example Politics*, Cambridge: Example Press, pp. 112–15.",
                 ["Van de Graaf", "Doe"], "Global Example Politics", "Cambridge", "Example Press", "112-15", None,
                 id="capitalised-particle-and-two-authors"),
])
def test_the_harvard_style_set_in_notes(note, authors, title, place, publisher, locator, url):
    # (the address after the page had swallowed the facts into the title; a second initial had been read into the title;
    # "Van de Graaf, T." had become two authors)
    (n,) = citex.extract(f"Text.[^1]\n\n[^1]: {note}\n".encode(), name="a.md").notes
    (c,) = n.citations
    w = c.work
    assert [a.family or a.literal for a in w.authors] == authors
    assert (w.title, w.place, w.publisher, c.locator, w.url) == (title, place, publisher, locator, url)


def test_the_harvard_style_set_in_notes_with_a_documents_index_number():
    # (the report had been lost, its index number read into the publisher)
    (n,) = citex.extract(b"Text.[^1]\n\n[^1]: Amnesty International (2016), *'This is what we die for': Human rights abuses in "
                         b"the Example Republic power the global trade in cobalt*, London: Amnesty International, "
                         b"AFR 62/3183/2016.\n", name="a.md").notes
    w = n.citations[0].work
    assert (w.type, w.authors[0].literal, w.publisher, w.place, w.genre, w.date) == (
        "report", "Amnesty International", "Amnesty International", "London", "AFR 62/3183/2016", (2016,))


def test_the_harvard_style_set_in_notes_with_a_town_and_a_day_and_no_publisher():
    # (read with the publisher "DC" and the town "Washington")
    (n,) = citex.extract(b"Text.[^1]\n\n[^1]: The White House (2021), *Building Resilient Example Chains: 100-Day Reviews*, "
                         b"Washington, DC, June 2021.\n", name="a.md").notes
    w = n.citations[0].work
    assert (w.type, w.authors[0].literal, w.publisher, w.place, w.date) == (
        "report", "The White House", None, "Washington, DC", (2021, 6))
