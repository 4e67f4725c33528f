"""Write the hostile input files of ``tests/hostile/data/`` (run it again after changing ARTICLE).

    python tests/hostile/make_data.py

One short article, nine notes, written for these tests, saved the ways real files arrive
broken: legacy and UTF-16/32 encodings, with and without byte order marks, with NUL bytes and
control characters, decomposed accents, old Mac line endings, cut off inside a character,
padded with NULs; plus files that are not articles at all (empty, an image, an archive, a
compressed file, random bytes, a damaged PDF) and an article without notes.
"""
from __future__ import annotations

import codecs
import gzip
import io
import random
import unicodedata
import zipfile
from pathlib import Path

DATA = Path(__file__).parent / "data"

ARTICLE = """\
Who Owns the Mountain Water?

Irrigation committees in the southern Andes of Peru have managed their canals for centuries, \
long before the state took an interest in them.^1 Their rules are local, and they are argued \
over every dry season.^2

When the national water law of 2009 brought every source under one authority, many committees \
read it as an attempt to take control of water they had always shared among themselves.^3 \
Engineers from Lima spoke of efficiency; farmers spoke of turns, of faenas, and of the saints \
whose fiestas open the irrigation year.^4

Glacier retreat adds a new pressure. Streams that once ran all year now fall silent by August, \
and disputes that custom used to settle now reach the courts.^5 Novelists saw this long before \
the social scientists did.^6

The violence of the 1980s left its own mark on the committees, whose leaders were threatened \
by both sides.^7 Some never returned.^8 Those who stayed rebuilt the canals with their own \
hands.^9

Notes

1. Paul Trawick, *The Struggle for Water in Peru: Comedy and Tragedy in the Andean Commons* \
(Stanford, CA: Stanford University Press, 2003), 27–31.
2. Ibid., 112.
3. Rutgerd Boelens, *Water, Power and Identity: The Cultural Politics of Water in the Andes* \
(London: Routledge, 2015), 45.
4. Interview with a member of an irrigation committee, Cusco, 12 March 2015.
5. Mark Carey, *In the Shadow of Melting Glaciers: Climate Change and Andean Society* (New York: \
Oxford University Press, 2010), 152–155; Jeffrey Bury et al., “Glacier Recession and Human \
Vulnerability in the Yanamarey Watershed of the Cordillera Blanca, Peru,” *Climatic Change* 105, \
no. 1–2 (2011): 179–206.
6. José María Arguedas, *Los ríos profundos* (Buenos Aires: Losada, 1958); see also Elinor \
Ostrom, *Governing the Commons: The Evolution of Institutions for Collective Action* (Cambridge: \
Cambridge University Press, 1990), 69.
7. Carlos Iván Degregori, *Qué difícil es ser Dios: El Partido Comunista del Perú–Sendero \
Luminoso y el conflicto armado interno en el Perú, 1980–1999* (Lima: Instituto de Estudios \
Peruanos, 2010), 78.
8. Ibid., 81.
9. Trawick, *Struggle for Water*, 94.
"""

NO_NOTES = """\
A Quiet Season

The canals were cleaned in July, as every year, and the water came down from the lake on the \
first Sunday of August. Nobody argued about the turns; there was enough for everyone.

The committee met twice, approved its accounts and elected a new treasurer.
"""

# A 1x1 transparent PNG.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000100e221bc330000000049454e44ae426082"
)


def _with_controls(text: str) -> str:
    """NULs, Word's vertical-tab line break, a form feed, an escape, soft hyphens, zero-width and no-break spaces."""
    text = text.replace("Irrigation committees", "Irrigation\x00 committees")
    text = text.replace("Their rules are local,", "Their rules\x0bare local,")
    text = text.replace("Glacier retreat", "\x0cGlacier\x1b retreat")
    text = text.replace("Degregori", "De\u00adgre\u00adgori").replace("Boelens", "Boe\u200blens")
    return text.replace("Trawick, *The", "Trawick,\u00a0*The")


def files() -> dict[str, bytes]:
    utf8 = ARTICLE.encode("utf-8")
    cut = utf8.index(b"Peruanos") - len(b" de Estudios ")
    note7 = ARTICLE.index("7. Carlos")
    mixed = ARTICLE[:note7].encode("utf-8") + ARTICLE[note7:].encode("cp1252")
    last_i = utf8.rindex("Iván".encode())  # cut inside the two bytes of "á"
    rng = random.Random(7)
    zipped = io.BytesIO()
    with zipfile.ZipFile(zipped, "w") as z:
        member = zipfile.ZipInfo("word/document.xml", date_time=(2015, 3, 12, 0, 0, 0))  # fixed: same bytes each run
        z.writestr(member, "<w:document><w:body><w:p>" + ARTICLE + "</w:p></w:body></w:document>")
    return {
        "utf8-bom-crlf.txt": codecs.BOM_UTF8 + ARTICLE.replace("\n", "\r\n").encode("utf-8"),
        "utf16le-bom.txt": codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"),
        "utf16be-bom.txt": codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"),
        "utf16le-no-bom.txt": ARTICLE.encode("utf-16-le"),
        "utf32le-bom.txt": codecs.BOM_UTF32_LE + ARTICLE.encode("utf-32-le"),
        "cp1252.txt": ARTICLE.encode("cp1252"),
        "utf8-with-cp1252-note.txt": mixed,
        "controls.txt": _with_controls(ARTICLE).encode("utf-8"),
        "decomposed-nfd.txt": unicodedata.normalize("NFD", ARTICLE).encode("utf-8"),
        "mac-cr.txt": ARTICLE.replace("\n", "\r").encode("utf-8"),
        "nul-padded.txt": utf8 + b"\x00" * 4096,
        "cut-mid-character.txt": utf8[: last_i + len(b"Iv") + 1],
        "cut-mid-note.txt": utf8[:cut],
        "no-notes.txt": NO_NOTES.encode("utf-8"),
        "empty.txt": b"",
        "whitespace.txt": b" \n\t\r\n   \n",
        "bom-only.txt": codecs.BOM_UTF8,
        "nuls-only.txt": b"\x00" * 64,
        "image.png": PNG,
        "article.docx": zipped.getvalue(),
        "article.txt.gz": gzip.compress(utf8, mtime=0),
        "random.bin": bytes(rng.randrange(256) for _ in range(4096)),
        "damaged.pdf": b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\n% the rest of the file is missing\n",
    }


def main() -> None:
    DATA.mkdir(exist_ok=True)
    (DATA / "article.txt").write_text(ARTICLE, encoding="utf-8")
    for name, data in files().items():
        (DATA / name).write_bytes(data)


if __name__ == "__main__":
    main()
