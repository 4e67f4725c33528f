"""Notes printed as Chinese journals print them: names before a full-width colon, titles in 《》, 年/期/页/版."""
from __future__ import annotations

import pytest

import citex
from citex.model import Name
from citex.parse import chinese


def _notes(*texts: str):
    return citex.extract("Notes\n\n" + "".join(f"{i}. {t}\n" for i, t in enumerate(texts, 1))).notes


@pytest.mark.parametrize(
    ("note", "kind", "authors", "title", "container", "date", "locator"),
    [
        pytest.param("王五：《大国关系》，北京：中信出版社，2015年，第3页。", "book", [("王", "五")], "大国关系", None,
                     (2015,), "3", id="book"),
        pytest.param("中共中央某某研究院编：《某某简史》，北京：人民出版社，2021年，第412页。", "book",
                     [(None, "中共中央某某研究院")], "某某简史", None, (2021,), "412", id="a-body-that-compiled-its-book"),
        pytest.param("张三、李四：《书名》，北京：中华书局，1999年。", "book", [("张", "三"), ("李", "四")], "书名", None,
                     (1999,), None, id="two-authors"),
        pytest.param("[美]约瑟夫·奈著，王五译：《软实力》，北京：中信出版社，2013年，第5页。", "book", [("奈", "约瑟夫")],
                     "软实力", None, (2013,), "5", id="a-foreign-author-in-translation"),
        pytest.param("赵六：《某某讲话》，《求是》2021年第7期。", "article-journal", [("赵", "六")], "某某讲话", "求是",
                     (2021,), None, id="journal-issue"),
        pytest.param("钱七：《推进某某改革》，《解放军报》2016年1月2日，第1版。", "article-newspaper", [("钱", "七")],
                     "推进某某改革", "解放军报", (2016, 1, 2), "1", id="newspaper-day-and-sheet"),
        pytest.param("《人民日报》2017年10月28日，第1版。", "article-newspaper", [], None, "人民日报", (2017, 10, 28), "1",
                     id="a-whole-issue"),
        pytest.param("王五：《中美关系》，载张三、李四主编：《大国关系》，上海：上海人民出版社，2005年，第12—30页。", "chapter",
                     [("王", "五")], "中美关系", "大国关系", (2005,), None, id="chapter-in-an-edited-book"),
        pytest.param("《某某会见某某》，新华网，2021年3月1日，http://www.xinhuanet.com/politics/2021-03/01/c_1.htm。",
                     "webpage", [], "某某会见某某", None, (2021, 3, 1), None, id="news-site"),
    ],
)
def test_a_chinese_note_is_read(note, kind, authors, title, container, date, locator):
    (n,) = _notes(note)
    (c,) = n.citations
    w = c.work
    assert (w.type, [(a.family, a.given) if a.family else (None, a.literal) for a in w.authors]) == (kind, authors)
    assert (w.title, w.container, w.date, c.locator) == (title, container, date, locator)
    assert n.commentary is None


def test_two_works_set_apart_by_a_full_width_semicolon_and_a_chinese_signal():
    (n,) = _notes("赵六：《某某讲话》，《求是》2021年第7期；参见钱七：《推进某某改革》，《解放军报》2016年1月2日，第1版。")
    assert [c.work.container for c in n.citations] == ["求是", "解放军报"] and n.citations[1].prefix == "参见"


def test_ibid_and_op_cit_in_chinese_find_their_works():
    first, ibid, other, cited = _notes("王五：《大国关系》，北京：中信出版社，2015年，第3页。", "同上，第45页。",
                                       "赵六：《某某讲话》，《求是》2021年第7期。", "王五：前引书，第20页。")
    book = first.citations[0].item
    assert (ibid.citations[0].kind, ibid.citations[0].item, ibid.citations[0].locator) == ("ibid", book, "45")
    assert (cited.citations[0].kind, cited.citations[0].item, cited.citations[0].locator) == ("short", book, "20")
    assert other.citations[0].item != book


@pytest.mark.parametrize("text", ["Jane Roe, *Book* (London: Verso, 2019), 4.", "《书名》", "王五：这一点值得商榷。"])
def test_what_is_not_in_the_form_is_left_to_the_other_readers(text):
    assert chinese.note_form(text) is None


@pytest.mark.parametrize(("text", "parts"), [
    ("2022年12月17日朝刊", (2022, 12, 17)), ("2019년 8월 23일", (2019, 8, 23)), ("2016年1月", (2016, 1)),
])
def test_a_date_in_figures_and_characters_keeps_its_month_and_day(text, parts):
    from citex.parse import dates

    assert dates.find_date(text).parts == parts


def test_japanese_and_korean_titles_in_corner_brackets():
    import citex

    doc = citex.extract("Notes\n\n1. 「反撃能力の保有を明記 安保3文書を閣議決定」『朝日新聞』2022年12月17日朝刊、1面。\n"
                        "2. 「北朝鮮、ICBM級を発射」, Asahi Shimbun, November 19, 2022, morning edition, 1.\n"
                        "3. 佐道明広『戦後日本の防衛と政治』(吉川弘文館、2003年)、45頁。\n"
                        "4. 정성장, 『우리는 왜 핵보유국이 되어야 하는가』 (서울: 메디치미디어, 2023), 112–130쪽.\n"
                        "5. 국방부, 『2022 국방백서』 (서울: 국방부, 2023), 38쪽.\n"
                        "6. 防衛省「最終見解について」2019年1月21日、https://www.mod.go.jp/j/press/news/2019/01/21z.html。\n")
    works = [n.citations[0].work for n in doc.notes]
    assert [(w.type, w.title, w.container, w.date) for w in works[:2]] == [
        ("article-newspaper", "反撃能力の保有を明記 安保3文書を閣議決定", "朝日新聞", (2022, 12, 17)),
        ("article-newspaper", "北朝鮮、ICBM級を発射", "Asahi Shimbun", (2022, 11, 19))]
    japanese, korean, body, ministry = works[2:]
    assert (japanese.type, japanese.title, japanese.authors, japanese.publisher, japanese.date) == \
        ("book", "戦後日本の防衛と政治", (Name(literal="佐道明広"),), "吉川弘文館", (2003,))
    assert (korean.type, korean.authors, korean.place, korean.publisher) == \
        ("book", (Name(family="정", given="성장"),), "서울", "메디치미디어")
    assert body.authors == (Name(literal="국방부"),) and body.title == "2022 국방백서"
    assert ministry.authors == (Name(literal="防衛省"),) and ministry.date == (2019, 1, 21)
    assert [n.citations[0].locator for n in doc.notes[2:5]] == ["45", "112-130", "38"]


@pytest.mark.parametrize("note, container", [
    ('Zhu, Feng. 2016. "Nanhai zhongcai an yu Zhongguo waijiao" [The South China Sea arbitration and Chinese diplomacy]. '
     'Guoji wenti yanjiu 4: 1–15.', "Guoji wenti yanjiu"),
    ('Xi, Jinping. 2017. "Zai qingzhu Zhongguo Renmin Jiefangjun jianjun 90 zhounian dahui shang de jianghua" (Speech at '
     'the rally celebrating the 90th anniversary of the founding of the PLA). Renmin ribao, 2 August, 2.', "Renmin ribao"),
])
def test_an_author_date_note_with_a_translated_title_before_a_period_is_one_work(note, container):
    # (China journals print '"romanised title" [or (translation)]. Outlet'; the period ends no sentence there)
    doc = citex.extract(f"Text.1\n\nNotes\n\n1. {note}\n")
    [cit] = doc.notes[0].citations
    assert cit.work.container == container
    assert cit.work.authors[0].family in ("Zhu", "Xi")
    assert cit.work.title.startswith(("Nanhai", "Zai qingzhu"))


@pytest.mark.parametrize("author, family, given", [("Ren Xiao", "Ren", "Xiao"), ("Zhu Feng", "Zhu", "Feng"),
                                                   ("Xu Jin", "Xu", "Jin")])
def test_a_chinese_works_author_whose_given_name_is_also_a_family_name_is_printed_family_first(author, family, given):
    doc = citex.extract(f'Text.1\n\nNotes\n\n1. {author}, "Nanhai wenti yu Zhongguo waijiao" [The South China Sea Issue '
                        'and Chinese Diplomacy], Shijie jingji yu zhengzhi, no. 5 (2015): 45–60.\n')
    [name] = doc.notes[0].citations[0].work.authors
    assert (name.family, name.given) == (family, given)


def test_a_chinese_name_in_western_order_on_an_english_work_keeps_its_order():
    doc = citex.extract('Text.1\n\nNotes\n\n1. Feng Zhang, "Chinese Exceptionalism in the Intellectual World of China\'s '
                        'Foreign Policy," Review of International Studies 39, no. 2 (2013): 305–28.\n')
    [name] = doc.notes[0].citations[0].work.authors
    assert (name.family, name.given) == ("Zhang", "Feng")
