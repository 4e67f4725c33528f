"""Notes of French journals and think tanks (Politique étrangère, Hérodote, Cultures & Conflits, Ifri, IRSEM), as their
typography sets them: "*id.*" in lower case after a semicolon, "*Id.*, *ibid.*" for the same author's same work."""
from __future__ import annotations

import citex


def read(*notes: str):
    body = "Texte." + "".join(f" Phrase.[^{i}]" for i in range(1, len(notes) + 1)) + "\n\n"
    return citex.extract(body + "".join(f"[^{i}]: {n}\n" for i, n in enumerate(notes, 1)), name="a.md")


def test_id_ibid_in_italics_is_the_same_work_again():
    doc = read("Jean ROE, « Un ennemi anonyme », *Cultures et Exemples*, n° 58, 2005, p. 101-129.", "*Id.*, *ibid.*, p. 115.")
    again = doc.notes[1].citations
    assert [(c.kind, c.item, c.locator) for c in again] == [("ibid", doc.notes[0].citations[0].item, "115")]
    assert len(doc.items) == 1  # (no book titled "ibid")


def test_id_in_lower_case_italics_after_a_semicolon_is_the_author_before():
    doc = read("Jean-Pierre ROE, *L'Apocalypse d'exemple*, Paris, Fayard, 2008 ; *id.*, *Les Exemples, leur destin et le "
               "nôtre*, Paris, La Découverte, 2015.")
    second = doc.notes[0].citations[1].work
    assert (second.type, second.title, [a.family for a in second.authors], second.publisher) == (
        "book", "Les Exemples, leur destin et le nôtre", ["Roe"], "La Découverte")
