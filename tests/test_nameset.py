"""The gazetteer's name set: bisection over sorted lines answers as a frozenset would."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from citex.parse.nameset import NameSet

NAMES = st.text(alphabet=st.sampled_from("abcé'- \u00f1z"), min_size=1, max_size=6)


@settings(max_examples=200, deadline=None)
@given(st.frozensets(NAMES, min_size=1, max_size=40), st.lists(NAMES, max_size=20))
def test_membership_is_a_sets_membership(names, probes):
    found = NameSet.of(names)
    assert len(found) == len(names)
    for name in list(names) + probes:
        assert (name in found) == (name in names), name


def test_read_back_from_its_bytes():
    names = {"lashio", "mocoa", "são paulo", "n'djamena", "a"}
    again = NameSet.from_bytes(NameSet.of(names).to_bytes())
    assert again == NameSet.of(names)
    assert all(name in again for name in names) and "lima" not in again and "" not in again


def test_damaged_bytes_are_not_a_set():
    data = NameSet.of({"lashio", "mocoa", "lima"}).to_bytes()
    assert NameSet.from_bytes(data[:-3]) is None  # truncated
    assert NameSet.from_bytes(b"\x00not a name list") is None
    assert NameSet.from_bytes(data.replace(b" 3\n", b" 4\n", 1)) is None  # a line lost
    assert NameSet.from_bytes(b"") is None


def test_the_gazetteer_holds_towns_and_countries_and_nothing_else():
    from citex.parse import places

    assert places.known_place("Lashio") and places.known_place("Myitkyina") and places.known_place("Bangladesh")
    assert not places.known_place("Praeger") and not places.known_place("")
