"""What an address says when a note holds nothing else: the platform and account of a post, the outlet of
a news article, and the date many sites write into their paths.

    https://t.me/example_channel/10568            -> a post of "example_channel" on Telegram
    https://x.com/ExampleHandle/status/1744012345  -> a post of "ExampleHandle" on X
    https://www.reuters.com/world/example-story-2023-12-29/ -> an article of Reuters, December 29, 2023

Only the host and the path are read; nothing is fetched.  ``work`` answers a web page with the address
alone when the address says nothing more.
"""
from __future__ import annotations

from urllib.parse import urlsplit

from ..lazyregex import lazy
from ..model import Name, Work

# Platforms whose addresses name an account first: host -> (platform, the path's account position)
PLATFORMS = {
    "t.me": "Telegram", "telegram.me": "Telegram", "x.com": "X", "twitter.com": "Twitter", "mobile.twitter.com": "Twitter",
    "facebook.com": "Facebook", "m.facebook.com": "Facebook", "instagram.com": "Instagram", "tiktok.com": "TikTok",
    "youtube.com": "YouTube", "youtu.be": "YouTube", "vk.com": "VK", "weibo.com": "Weibo", "bsky.app": "Bluesky",
    "truthsocial.com": "Truth Social", "threads.net": "Threads", "linkedin.com": "LinkedIn",
}
# Paths that are no account: "x.com/i/status/…", "t.me/s/<channel>" (the web preview), "facebook.com/watch"
NOT_ACCOUNTS = frozenset("i s share watch intent hashtag search home explore p reel reels status profile.php groups "
                         "events pages story.php permalink.php video.php photo.php channel c user".split())
# News outlets by the host they publish under (the host without "www.")
OUTLETS = {
    "reuters.com": "Reuters", "apnews.com": "Associated Press", "bbc.co.uk": "BBC", "bbc.com": "BBC",
    "nytimes.com": "The New York Times", "washingtonpost.com": "The Washington Post", "theguardian.com": "The Guardian",
    "wsj.com": "The Wall Street Journal", "ft.com": "Financial Times", "aljazeera.com": "Al Jazeera", "cnn.com": "CNN",
    "npr.org": "NPR", "politico.com": "Politico", "politico.eu": "Politico Europe", "bloomberg.com": "Bloomberg",
    "economist.com": "The Economist", "france24.com": "France 24", "dw.com": "Deutsche Welle",
    "rferl.org": "Radio Free Europe/Radio Liberty", "kyivindependent.com": "The Kyiv Independent",
    "pravda.com.ua": "Ukrainska Pravda", "ukrinform.net": "Ukrinform", "ukrinform.ua": "Ukrinform", "tass.ru": "TASS",
    "tass.com": "TASS", "ria.ru": "RIA Novosti", "interfax.ru": "Interfax", "kommersant.ru": "Kommersant",
    "meduza.io": "Meduza", "themoscowtimes.com": "The Moscow Times", "xinhuanet.com": "Xinhua", "news.cn": "Xinhua",
    "globaltimes.cn": "Global Times", "scmp.com": "South China Morning Post", "lemonde.fr": "Le Monde",
    "elpais.com": "El País", "haaretz.com": "Haaretz", "timesofisrael.com": "The Times of Israel",
    "nbcnews.com": "NBC News", "cbsnews.com": "CBS News", "abcnews.go.com": "ABC News", "foxnews.com": "Fox News",
    "axios.com": "Axios", "thehill.com": "The Hill", "latimes.com": "Los Angeles Times", "usatoday.com": "USA Today",
    "independent.co.uk": "The Independent", "telegraph.co.uk": "The Telegraph", "dawn.com": "Dawn",
    "thehindu.com": "The Hindu", "elcomercio.pe": "El Comercio", "larepublica.pe": "La República",
    "eltiempo.com": "El Tiempo", "semana.com": "Semana", "eluniversal.com.mx": "El Universal", "proceso.com.mx": "Proceso",
    "jeuneafrique.com": "Jeune Afrique", "rfi.fr": "RFI", "lefigaro.fr": "Le Figaro", "spiegel.de": "Der Spiegel",
    "faz.net": "Frankfurter Allgemeine Zeitung", "nzherald.co.nz": "The New Zealand Herald", "abc.net.au": "ABC News",
    "voanews.com": "Voice of America", "afp.com": "AFP", "arabnews.com": "Arab News", "thenationalnews.com": "The National",
    "aa.com.tr": "Anadolu Agency", "dailysabah.com": "Daily Sabah", "hurriyetdailynews.com": "Hürriyet Daily News",
    "nation.africa": "Daily Nation", "premiumtimesng.com": "Premium Times", "punchng.com": "Punch",
}
# A date written into a path: "/2023/12/29/", "-2023-12-29", "/20240108/", "/2022/apr/08/", "/2023/06/"
PATH_DATE_RE = lazy(
    r"(?<!\d)(?P<year>199\d|20[0-3]\d)(?:(?P<sep>[/-])(?P<month>0?[1-9]|1[0-2]|[a-z]{3})(?P=sep)(?P<day>0?[1-9]|[12]\d|3[01])"
    r"(?!\d)|(?P<month2>0[1-9]|1[0-2])(?P<day2>0[1-9]|[12]\d|3[01])(?=/)|/(?P<month3>0[1-9]|1[0-2])/)", flags=0)
MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}


# The evidence every work read from an address alone opens with (the resolver merges such a work with the full
# citation of the same address)
EVIDENCE = "an address alone"


def from_address_alone(work: Work) -> bool:
    """Was ``work`` read from a note that held its address and nothing else?"""
    return any(e.startswith(EVIDENCE) for e in work.evidence)


def work(url: str, raw: str) -> Work:
    """The web page, post or article an address alone stands for."""
    parts = urlsplit(url if "://" in url else "https://" + url)
    host = (parts.hostname or "").removeprefix("www.")
    path = [p for p in parts.path.split("/") if p]
    date = _path_date(parts.path.lower())
    platform = PLATFORMS.get(host)
    if platform:
        account = path[0] if path and path[0].lower() not in NOT_ACCOUNTS else None
        account = account.lstrip("@") if account else None
        return Work(type="webpage", authors=(Name(literal=account),) if account else (), container=platform,
                    genre="Post" if len(path) > 1 else None, url=url, date=date, raw=raw, language=None,
                    evidence=(f'{EVIDENCE}, on {platform} -> a post' + (f' of "{account}"' if account else ""),))
    outlet = OUTLETS.get(host) or next((name for domain, name in OUTLETS.items() if host.endswith("." + domain)), None)
    if outlet:
        return Work(type="article-newspaper", container=outlet, url=url, date=date, raw=raw, language=None,
                    evidence=(f'{EVIDENCE}, of the news outlet "{outlet}" -> article-newspaper',))
    return Work(type="webpage", url=url, date=date, raw=raw, language=None, evidence=(f"{EVIDENCE} -> webpage",))


def _path_date(path: str) -> tuple[int, ...] | None:
    m = PATH_DATE_RE.search(path)
    if m is None:
        return None
    year = int(m.group("year"))
    if m.group("month"):
        month = m.group("month")
        number = MONTHS.get(month) if month.isalpha() else int(month)
        return (year, number, int(m.group("day"))) if number else None
    if m.group("month2"):
        return year, int(m.group("month2")), int(m.group("day2"))
    return year, int(m.group("month3"))
