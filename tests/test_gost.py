"""Notes in the Russian bibliographic standard (GOST 7.0.5): names before initials, "//" before the periodical,
"М.:" before the publisher, "Там же" and "Указ. соч.".  The works are invented examples."""
from __future__ import annotations

import pytest

import citex
from citex.parse import gost


@pytest.mark.parametrize(("note", "kind", "family", "title", "container", "publisher", "date", "locator"), [
    pytest.param("Примеров А. А. Стратегия примера: теория и опыт. М.: Пример-Пресс, 2003. С. 112–115.", "book",
                 "Примеров", "Стратегия примера: теория и опыт", None, "Пример-Пресс", (2003,), "112-115", id="book"),
    pytest.param("Примеров А. Б. Если завтра пример?.. – М.: Вектор, 1995. – 240 с. – С. 54.", "book", "Примеров",
                 "Если завтра пример?", None, "Вектор", (1995,), "54", id="book-with-dashes-and-its-extent"),
    pytest.param("Образцов А.Д. Однополярность и интересы // Свободный пример. – 1996. – № 2. – С. 25–36.",
                 "article-journal", "Образцов", "Однополярность и интересы", "Свободный пример", None, (1996,), None,
                 id="article-in-a-journal"),
    pytest.param("Roe J.J. Why the Example Crisis Is the West’s Fault // Foreign Affairs. – 2014. – Vol. 93, No. 5. – P. 77–89.",
                 "article-magazine", "Roe", "Why the Example Crisis Is the West’s Fault", "Foreign Affairs", None, (2014,),
                 None, id="english-work-in-gost"),
    pytest.param("Примерова Е. Договор прекратил существование // Коммерсантъ. 2019. 2 авг. № 137. С. 6.",
                 "article-newspaper", "Примерова", "Договор прекратил существование", "Коммерсантъ", None, (2019, 8, 2),
                 "6", id="dated-newspaper-piece"),
])
def test_gost_notes_are_read_into_their_parts(note, kind, family, title, container, publisher, date, locator):
    (n,) = citex.extract(f"Примечания\n\n1. {note}\n").notes
    (c,) = n.citations
    w = c.work
    assert (w.type, [a.family for a in w.authors], w.title, w.container, w.publisher, w.date, c.locator) == \
        (kind, [family], title, container, publisher, date, locator)
    assert not n.commentary


def test_a_chapter_in_an_edited_book():
    form = gost.note_form("Примеров А. В. Проблема стабильности // Международные отношения: учебник / под ред. "
                          "А. В. Образцова. М.: Аспект, 2012. С. 230–251.")
    assert form == ("А. В. Примеров, “Проблема стабильности,” in *Международные отношения: учебник*, ed. А. В. Образцова "
                    "(Москва: Аспект, 2012), 230–251")


def test_a_page_on_a_site_read_on_a_day():
    (n,) = citex.extract("Примечания\n\n1. Пример вышел из договора // РИА Пример. 2021. 18 дек. URL: https://example.ru/x "
                         "(дата обращения: 20.12.2021).\n").notes
    w = n.citations[0].work
    assert (w.title, w.container, w.date, w.accessed, w.url) == ("Пример вышел из договора", "РИА Пример", (2021, 12, 18),
                                                                 (2021, 12, 20), "https://example.ru/x")


def test_short_forms_and_ibid_find_the_work():
    doc = citex.extract("Примечания\n\n1. Примеров А. А. Стратегия примера. М.: Пример-Пресс, 2003. С. 112.\n"
                        "2. Там же. С. 118.\n3. См., например: Образцов А. Г. Стабильность после войны. М.: ИМЭМО, 2010. С. 15.\n"
                        "4. Примеров А. А. Указ. соч. – С. 201.\n5. Roe J.J. Op. cit. – P. 12.\n")
    first, third = doc.notes[0].citations[0].item, doc.notes[2].citations[0].item
    assert [(c.kind, c.item, c.locator) for c in (doc.notes[1].citations[0], doc.notes[3].citations[0])] == \
        [("ibid", first, "118"), ("short", first, "201")]
    assert doc.notes[2].citations[0].work.authors[0].family == "Образцов" and third != first
    assert doc.notes[4].citations[0].item is None  # Roe was never cited in full: unresolved, not made up


def test_other_notes_are_left_alone():
    assert gost.note_form("Jane Roe, *Example Book* (London: Example Press, 2010), 4.") is None
    assert gost.short_form("Roe, op. cit., p. 4.") is None
