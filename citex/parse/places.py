"""Places as notes print them: the cities books and reports are published in."""
from __future__ import annotations

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
    istanbul, tehran, kabul, islamabad""".split(","))


def publishing_city(text: str) -> bool:
    """A city publishers are in ("London", "New York", "Mexico City"); "Cambridge, MA" is the caller's."""
    return text.strip().lower() in PUBLISHING_CITIES
