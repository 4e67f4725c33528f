"""Documents for the export tests: one work of each type citex exports, as Chicago notes print them.

The works are real (the seed article's sources); ``HOSTILE_TITLES`` are titles built to break
BibTeX writers.  ``document`` wraps works in the notes that cite them.
"""
from __future__ import annotations

from pathlib import Path

from citex.model import Citation, Document, Item, Name, Note, Work

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".pdf")


def fixture_articles() -> list[Path]:
    """Every test article: the fixtures' top level, and every file with a gold annotation beside it."""
    found = {p for p in FIXTURES.iterdir() if p.suffix in ARTICLE_SUFFIXES and p.name != "README.md"}
    for gold in FIXTURES.rglob("*.gold.json"):
        stem = gold.name[: -len(".gold.json")]
        found.update(a for a in (gold.with_name(stem + s) for s in ARTICLE_SUFFIXES) if a.exists())
    return sorted(found)

GAO = Work(
    type="report", authors=(Name(literal="U.S. Government Accountability Office"),),
    title="Counternarcotics Assistance: U.S. Agencies Have Allotted Billions in Andean Countries, but DOD "
          "Should Improve Its Reporting of Results",
    publisher="U.S. Government Accountability Office", place="Washington, D.C.", date=(2011, 10), genre="Report",
    language="en")
UNODC = Work(
    type="report", title="Perú Monitoreo de Cultivos de Coca 2012", publisher="UN Office on Drugs and Crime",
    place="New York", date=(2013,), language="es")
TEGEL = Work(
    type="article-newspaper", authors=(Name("Tegel", "Simeon"),),
    title="As US Ups Aid to Peru's Drug Battle, Farmers Say They Will Fight to Defend Cocaine Source",
    container="NBC News", date=(2013, 10, 12), language="en")
ROMO = Work(
    type="article-newspaper", authors=(Name("Romo Espinoza", "Vanessa"),),
    title="Devida afirma que se entrará al Vraem para erradicar hoja de coca", container="El Comercio",
    place="Lima", date=(2014, 1, 3), language="es")
DIALOGO = Work(
    type="article-magazine", title="Peru: Uniting Against Drug Trafficking", container="Diálogo",
    date=(2012, 10, 1), language="en")
KAY = Work(
    type="article-journal", authors=(Name("Kay", "Bruce H."),),
    title="Violent Opportunities: The Rise and Fall of 'King Coca' and Shining Path",
    container="Journal of Interamerican Studies and World Affairs", volume="41", issue="3", page="97–127",
    date=(1999,), language="en")
VAN_DUN = Work(
    type="article-journal", authors=(Name("van Dun", "Mirella"),),
    title="The Drugs Industry and Peasant Self-Defence in a Peruvian Cocaine Enclave",
    container="International Journal of Drug Policy", volume="23", issue="6", page="442-448", date=(2012,),
    language="en")
FISHEL = Work(
    type="chapter", authors=(Name("Fishel", "John T."),), editors=(Name("Turbiville", "Graham H."),),
    title="Coca, Cocaine, Sicarios and Senderistas",
    container="Global Dimensions of High Intensity Crime and Low Intensity Conflict",
    publisher="University of Illinois at Chicago", place="Chicago", page="184-203", date=(1995,), language="en")
STARN = Work(
    type="book", authors=(Name("Starn", "Orin"),), title="Nightwatch: The Making of a Movement in the Peruvian Andes",
    publisher="Duke University Press", place="Durham, NC", date=(1999,), language="en")
FARMER = Work(
    type="interview", authors=(Name(literal="coca farmer"),), genre="Personal interview", place="VRAEM, Peru",
    date=(2013, 5, 14))
HUMALA = Work(
    type="speech", authors=(Name("Humala Tasso", "Ollanta"),),
    title="Mensaje a la Nación del Señor Presidente Constitucional de la República",
    event_title="192º Aniversario de la Independencia Nacional", place="Lima",
    publisher="Presidencia de la República del Perú", genre="Speech", date=(2013, 7, 28), language="es")
WOLA = Work(
    type="webpage", authors=(Name("Walsh", "John M."), Name("Youngers", "Coletta A.")),
    title="International 'Anti-Drug' Summit in Peru Attempts to Maintain Drug War Status Quo: Will It Succeed?",
    container="Washington Office on Latin America", date=(2012, 6, 22),
    url="https://www.wola.org/2012/06/international_anti_drug_summit_in_peru/", language="en")
UNREAD = Work(type="document", raw="Ministerio del Interior, doc. 44/B, on file.", parsed=False)

WORKS = {
    "gao2011counternarcotics": GAO, "unodc2013peru": UNODC, "tegel2013us": TEGEL, "romoespinoza2014devida": ROMO,
    "dialogo2012peru": DIALOGO, "kay1999violent": KAY, "vandun2012drugs": VAN_DUN, "fishel1995coca": FISHEL,
    "starn1999nightwatch": STARN, "cocafarmer2013": FARMER, "humalatasso2013mensaje": HUMALA,
    "walsh2012international": WOLA, "ministerio-doc44b": UNREAD,
}

# Titles that break careless BibTeX writers: TeX specials, paired and lone braces, a backslash,
# an @ that could start an entry, TeX ligatures, a percent that would comment out the rest.
HOSTILE_TITLES = [
    "Braces {like this}, 100% & #hashtag_under\\score, and an unbalanced { brace",
    "A lone closing } brace and @misc{fake, title={x}}",
    "Costs of $5 ~ 10 ^ 2 in 1980--1995 (C:\\Temp\\notes)",
    "Nested {{deep}} and }{ reversed",
    'He said "no" to <<guillemets>>, 1980--1995, and 50% off',
    "\\textbf{not a command} \\\\ %comment",
    "{",
    "}",
]


def document(works: dict[str, Work], interviewer: tuple[Name, ...] = ()) -> Document:
    """Each work cited in a note of its own, then an Ibid. of the last one and a note with no citation."""
    notes, items = [], []
    for number, (key, work) in enumerate(works.items(), start=1):
        raw = work.raw or f"{work.title}."
        notes.append(Note(number, raw, citations=(
            Citation(note=number, index=0, kind="full", raw=raw, span=(0, len(raw)), work=work, item=key,
                     prefix="see" if number % 2 else None, locator="12" if number % 3 == 0 else None),)))
        items.append(Item(key, work, (number,)))
    last = len(notes)
    if notes:
        key = items[-1].id
        notes.append(Note(last + 1, "Ibid., 4.", citations=(
            Citation(note=last + 1, index=0, kind="ibid", raw="Ibid., 4.", span=(0, 9), item=key, locator="4",
                     label="page"),)))
        items[-1] = Item(key, items[-1].work, (last, last + 1))
    notes.append(Note(len(notes) + 1, "The author thanks the farmers of the valley.", citations=(),
                      commentary="The author thanks the farmers of the valley."))
    return Document(source="tests/bibdocs.py", notes=tuple(notes), items=tuple(items), interviewer=interviewer)


def hostile_document() -> Document:
    works = {f"hostile-{i}": Work(type="webpage" if i % 2 else "book", title=t, date=(2020,),
                                  url="https://example.org/a_b%20c#d", publisher="Press & Sons {Ltd}")
             for i, t in enumerate(HOSTILE_TITLES)}
    return document(works)
