"""Small hand-built Documents for tests of the stages after resolve (audit, explain).

The notes are written the way Chicago-style articles print them; the works are real.
"""
from __future__ import annotations

from citex.model import Citation, Document, Item, Name, Note, Warning, Work

GAO = Work(
    type="report", authors=(Name(literal="U.S. Government Accountability Office"),),
    title="Counternarcotics Assistance: U.S. Agencies Have Allotted Billions in Andean Countries",
    place="Washington, D.C.", date=(2011, 10), language="en", genre="Report",
    evidence=("type report: 'GAO-12-105' report number", "author: organisation before the title"),
)
COMERCIO = Work(
    type="article-newspaper", title="Devida afirma que se entrará al Vraem para erradicar hoja de coca",
    container="El Comercio", date=(2013, 8, 16), language="es",
    evidence=("type article-newspaper: container 'El Comercio' is a newspaper",),
)
FARMER = Work(
    type="interview", authors=(Name(literal="coca farmer"),), place="VRAEM, Peru", date=(2013, 5, 14),
    genre="Personal interview", evidence=("type interview: 'Personal interview'",),
)
TARAZONA = Work(
    type="book", authors=(Name("Tarazona-Sevillano", "Gabriela"), Name("Reuter", "John B.")),
    title="Sendero Luminoso and the Threat of Narcoterrorism", place="New York", publisher="Praeger",
    date=(1990,), language="en", evidence=("type book: (Place: Publisher, year)",),
)
KAY = Work(
    type="article-journal", authors=(Name("Kay", "Bruce H."),),
    title="Violent Opportunities: The Rise and Fall of 'King Coca' and Shining Path",
    container="Journal of Interamerican Studies and World Affairs", volume="41", issue="3", page="97-127",
    date=(1999,), language="en", evidence=("type article-journal: volume:issue (year): pages",),
)
NEUMAN = Work(
    type="article-newspaper", authors=(Name("Neuman", "William"),),
    title="Guerrilla Faction Leader is Captured in Peru", container="The New York Times", date=(2012, 2, 12),
    language="en", evidence=("type article-newspaper: container 'The New York Times' is a newspaper",),
)
UNREAD = Work(type="document", raw="Ministerio del Interior, doc. 44/B, on file.", parsed=False,
              evidence=("nothing recognised; kept as a document",))
ROMERO = Work(
    type="article-newspaper", authors=(Name("Romero", "Simon"),),
    title="Cocaine Trade Helps Rebels Reignite War in Peru", container="New York Times", date=(2009, 3, 18),
    language="en", evidence=("type article-newspaper: container 'New York Times' is a newspaper",),
)


def cite(note: int, index: int, kind: str, raw: str, item, work: Work | None = None, **kw) -> Citation:
    return Citation(note=note, index=index, kind=kind, raw=raw, span=(0, len(raw)), item=item, work=work,
                    ambiguous=isinstance(item, tuple), **kw)


def sample_document() -> Document:
    """Ten notes: every kind, an ambiguous ibid, an unresolved short form, an unparsed piece."""
    notes = (
        Note(1, "U.S. Government Accountability Office, Counternarcotics Assistance, October 2011.",
             citations=(cite(1, 0, "full", "U.S. Government Accountability Office, Counternarcotics Assistance, "
                                           "October 2011.", "gao2011counternarcotics", GAO),)),
        Note(2, "\"Devida afirma que se entrará al Vraem,\" El Comercio, August 16, 2013.",
             citations=(cite(2, 0, "full", "\"Devida afirma que se entrará al Vraem,\" El Comercio, August 16, 2013.",
                             "comercio2013devida", COMERCIO),)),
        Note(3, "Ibid., p. 4.",
             citations=(cite(3, 0, "ibid", "Ibid., p. 4.", "comercio2013devida", locator="4", label="page",
                             evidence=("ibid: the one work of note 2",)),)),
        Note(4, "Personal interview, coca farmer, VRAEM, Peru, May 14, 2013.",
             citations=(cite(4, 0, "full", "Personal interview, coca farmer, VRAEM, Peru, May 14, 2013.",
                             "coca-farmer2013", FARMER),)),
        Note(5, "See Tarazona-Sevillano and Reuter, Sendero Luminoso (1990); and Kay, \"Violent Opportunities.\"",
             commentary="On the older alliance between insurgents and traffickers, see",
             citations=(
                 cite(5, 0, "full", "Tarazona-Sevillano and Reuter, Sendero Luminoso (1990);",
                      "tarazona-sevillano1990sendero", TARAZONA, prefix="see"),
                 cite(5, 1, "full", "Kay, \"Violent Opportunities.\"", "kay1999violent", KAY),
             )),
        Note(6, "Ibid.",
             citations=(cite(6, 0, "ibid", "Ibid.", ("tarazona-sevillano1990sendero", "kay1999violent"),
                             evidence=("ibid after a note citing 2 works",)),)),
        Note(7, "The figures for 2013 were never published in full."),
        Note(8, "Tegel.", citations=(cite(8, 0, "short", "Tegel.", None, evidence=("no earlier work by Tegel",)),)),
        Note(9, "Neuman, \"Guerrilla Faction Leader.\" Ministerio del Interior, doc. 44/B, on file.",
             citations=(
                 cite(9, 0, "full", "Neuman, \"Guerrilla Faction Leader.\"", "neuman2012guerrilla", NEUMAN),
                 cite(9, 1, "full", "Ministerio del Interior, doc. 44/B, on file.", "ministerio-doc44b", UNREAD),
             )),
        Note(10, "Romero, \"Cocaine Trade.\" Neuman.",
             citations=(
                 cite(10, 0, "full", "Romero, \"Cocaine Trade.\"", "romero2009cocaine", ROMERO),
                 cite(10, 1, "short", "Neuman.", "neuman2012guerrilla", evidence=("short form: author Neuman",)),
             )),
    )
    items = (
        Item("gao2011counternarcotics", GAO, (1,)),
        Item("comercio2013devida", COMERCIO, (2, 3)),
        Item("coca-farmer2013", FARMER, (4,)),
        Item("tarazona-sevillano1990sendero", TARAZONA, (5, 6)),
        Item("kay1999violent", KAY, (5, 6)),
        Item("neuman2012guerrilla", NEUMAN, (9, 10)),
        Item("ministerio-doc44b", UNREAD, (9,)),
        Item("romero2009cocaine", ROMERO, (10,)),
    )
    warnings = (
        Warning("marker-mismatch", "body marker '^{[4] (# edn40)}' links to #edn40, which is no note; taken as note 4", 4),
        Warning("unparsed", "could not read a work in 'Ministerio del Interior, doc. 44/B, on file.'", 9),
    )
    return Document(source="article.txt", notes=notes, items=items, warnings=warnings)
