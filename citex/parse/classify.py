"""The CSL type of a work, decided from the shape of its citation, with the evidence.

Shape comes first (``in`` + editors -> chapter; volume:issue -> journal article; a
publication parenthetical -> book or report; an outlet and a full date -> news).  The words
of outlets, publishers and titles refine it; a small table of well-known outlets is one
signal among others, never the only way news is recognised.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..articlecache import per_article
from ..lazyregex import lazy
from .names import ARTICLES, ORG_WORDS, _initials_of, is_organisation

# A few well-known news outlets (one signal among several).
KNOWN_NEWS = frozenset(
    " ".join(name.split()) for name in """new york times|washington post|washington times|wall street journal|los angeles times|financial times|
    the guardian|guardian|the independent|the times|the telegraph|daily telegraph|miami herald|chicago tribune|
    usa today|boston globe|bbc|bbc news|bbc mundo|cnn|cnn en español|npr|nbc news|cbs news|abc news|fox news|
    al jazeera|reuters|associated press|ap|afp|agence france-presse|efe|agencia efe|bloomberg|xinhua|
    el comercio|la república|la republica|perú21|peru21|correo|expreso|gestión|la prensa|el país|el pais|
    el tiempo|el espectador|el universal|milenio|excélsior|reforma|la jornada|clarín|la nación|la nacion|
    página/12|página 12|infobae|el mercurio|la tercera|folha de s. paulo|folha de s.paulo|folha de são paulo|o globo|o estado de s. paulo|
    le monde|le figaro|libération|die zeit|frankfurter allgemeine zeitung|süddeutsche zeitung|rpp|rpp noticias|
    canal n|américa tv|america tv|panamericana televisión|tv perú|willax|exitosa|caracol radio|caracol televisión|
    noticias caracol|noticias rcn|telesur|univision|telemundo|tv azteca|ntn24|
    andina|panorama|ojo público|idl-reporteros|insight crime|the daily beast|daily beast|huffington post|
    politico|vice news|el nuevo herald|el diario|la razón|los tiempos|el deber|el heraldo|
    the hindu|times of india|hindustan times|indian express|dawn|express tribune|the news international|daily star|
    the national|arab news|gulf news|khaleej times|haaretz|times of israel|jerusalem post|asharq al-awsat|asharq alawsat|
    al-araby al-jadeed|al araby al jadeed|the new arab|al arabiya|al-arabiya|al-monitor|al monitor|middle east eye|rudaw|
    kurdistan 24|kurdistan24|shafaq news|l'orient-le jour|l’orient-le jour|al-akhbar|al-hayat|an-nahar|daily sabah|
    hürriyet|hurriyet daily news|anadolu agency|anadolu|trt world|press tv|irna|tasnim|fars news|kyiv independent|
    ukrainska pravda|meduza|novaya gazeta|kommersant|коммерсантъ|tass|ria novosti|interfax|rt|sputnik|
    south china morning post|global times|china daily|the straits times|straits times|nikkei asia|japan times|yonhap|
    korea herald|rfi|radio france internationale|france 24|france24|jeune afrique|le point|mediapart|africanews|
    premium times|punch|vanguard|daily trust|sahara reporters|the east african|daily nation|the citizen|
    mail & guardian|news24|allafrica|voa|voice of america|radio free europe/radio liberty|radio free europe|rferl|
    rfe/rl|dw|deutsche welle|euronews|politico europe|euractiv|the hill|axios|vox|buzzfeed news|the intercept|
    propublica|sky news|irish times|the irish times|el confidencial|el mundo|la vanguardia|el periódico|
    il fatto quotidiano|il mattino|avvenire|il manifesto|il giornale|il messaggero|il secolo xix|la gazzetta del mezzogiorno|il mattino di padova|corriere della sera|la repubblica|la stampa|il sole 24 ore|der standard|neue zürcher zeitung|nzz|
    the globe and mail|globe and mail|toronto star|cbc|cbc news|sydney morning herald|the australian|
    animal político|animal politico|el faro|la silla vacía|verdad abierta|el nacional|efecto cocuyo|ciper|ciper chile|
    la diaria|el observador|página siete|abc color|el universo|el financiero|el economista|aristegui noticias|
    zeta tijuana|ríodoce|prensa libre|la prensa gráfica|confidencial|14ymedio|granma|
    studio tamani|maliweb|actuniger|le faso|lefaso.net|aps|agence de presse sénégalaise|
    associated press of pakistan|ani|pti|press trust of india|kyodo|kyodo news|ansa|dpa|europa press|notimex|télam|
    agencia brasil|agência brasil|g1|uol|estadão|el comercio (quito)|primicias|ojo público|convoca|al-naba|al-naba'|an-naba|
    kompas|kompas.com|republika|detik|detikcom|detik.com|tempo.co|the jakarta post|jakarta post|antara|the jakarta globe|
    jakarta globe|berita harian|utusan malaysia|sinar harian|malaysiakini|the star|new straits times|free malaysia today|
    the philippine star|philippine star|philippine daily inquirer|inquirer|rappler|mindanews|manila bulletin|benarnews|
    the irrawaddy|irrawaddy|myanmar now|frontier myanmar|the global new light of myanmar|global new light of myanmar|
    prothom alo|the daily star (dhaka)|dhaka tribune|bdnews24|the business standard|the express tribune|the news|
    the friday times|geo news|samaa|the kathmandu post|kathmandu post|the island|daily mirror|tolo news|tolonews|
    the new humanitarian|new humanitarian|devex|stat news|statnews|health policy watch|kaiser health news|kff health news|
    n.y. times|n.y. times mag.|wash. post|wall st. j.|l.a. times|fin. times|chi. trib.|bos. globe|s.f. chron.|
    lloyd's list|lloyd’s list|tradewinds|splash247|the maritime executive|maritime executive|gcaptain|fontanka|fontanka.ru|
    mediazona|verstka|rbc|vedomosti|izvestia|the moscow times|moscow times|bbc russian|bbc russkaya sluzhba|bbc urdu|
    bbc persian|bbc pashto|afghanistan international|amu tv|hasht-e subh|
    al-mayadeen|al mayadeen|almayadeen|al-manar|al manar|al-masirah|al masirah|almasirah|al-sumaria|alsumaria|al-rabiaa|
    siglo 21|siglo xxi|la tribuna|el diario de hoy|la hora|nuestro diario|diario libre|listín diario|el nuevo diario|
    la estrella de panamá|semanario universidad|proceso digital|
    sunday times|observer|sunday telegraph|daily mail|mail on sunday|evening standard|independent|the herald|the scotsman|
    belfast telegraph|irish independent|irish examiner|thejournal.ie|rté news|rte news|rté|rte|daily maverick|city press|
    business day|sunday independent|beeld|die burger|netwerk24|national post|ottawa citizen|montreal gazette|le devoir|
    la presse|winnipeg free press|rnz|radio new zealand|new zealand herald|nz herald|stuff|the spinoff|otago daily times|
    the age|canberra times|sbs news|guardian australia|
    al rabiaa|al-iraqiya|al-sharqiya|alhurra|al-hurra|al hurra|sky news arabia|lbci|al-ahed|al-ahd|
    balkan insight|birn|oslobođenje|oslobodjenje|dnevni avaz|jutarnji list|večernji list|vecernji list|politika|danas|
    blic|novosti|n1|klix|klix.ba|radio sarajevo|hina|tanjug|beta|sabah|cumhuriyet|milliyet|sözcü|bianet|anf|
    anf news|firat news agency|duvar|duvar english|medyascope|t24|voa türkçe|bbc türkçe|evrensel|yeni şafak|
    the wire|scroll|scroll.in|the quint|the print|theprint|deccan herald|the telegraph (kolkata)|greater kashmir|
    kashmir observer|rising kashmir|nrk|aftenposten|vg|verdens gang|dagbladet|dagens nyheter|svenska dagbladet|
    expressen|aftonbladet|svt|sveriges radio|politiken|berlingske|jyllands-posten|dr|yle|helsingin sanomat|
    nrc|nrc handelsblad|de volkskrant|volkskrant|trouw|nos|het parool|parool|de telegraaf|de standaard|de morgen|
    asahi shimbun|the asahi shimbun|yomiuri shimbun|the yomiuri shimbun|mainichi shimbun|nikkei|sankei shimbun|nhk|
    chosun ilbo|joongang ilbo|korea joongang daily|korea times|the korea times|hankyoreh|dong-a ilbo|nk news|daily nk|
    pajhwok|pajhwok afghan news|kcna|fars|mehr news|isna|irib|wafa|sana|yonhap news|khaama press|carbon brief|the record|the record by recorded future|ars technica|defense news|breaking defense""".split("|")
    if name.strip()
)


@per_article()
def known_outlet(name: str) -> bool:
    """A news outlet or magazine of the lists above, named with or without its article: "The Guardian", "Economist"."""
    if name.strip(" *") == "STAT":
        return True  # the health news site, in capitals ("135 Stat. 4" is the Statutes at Large)
    name = " ".join(name.strip(" *.").lower().split())
    if name.endswith(NEWS_AGENCY_ENDINGS) and len(name.split()) <= 6:
        return True  # "Tasnim News Agency", "Korean Central News Agency", "Saudi Press Agency": a wire service
    if name.endswith(CJK_NEWS_ENDINGS) and 2 <= len(name) <= 12 and " " not in name:
        return True  # "人民日报", "解放军报", "环球时报", "朝日新聞": a paper, as Chinese and Japanese name one
    if name.endswith((" tv", " television")) and 2 <= len(name.split()) <= 4 and name[:1].isalpha():
        return True  # "Al-Rabiaa TV", "Rudaw Television": a broadcaster
    return any(n in KNOWN_NEWS or n in KNOWN_MAGAZINES for n in (name, name.removeprefix("the "), name + "."))
    # (an abbreviation keeps its last period: "Wall St. J.")


# How a newspaper's or a news agency's name ends in Chinese and Japanese: 报/報 (paper), 新聞 (shimbun), 社 (agency)
CJK_NEWS_ENDINGS = ("报", "報", "新聞", "新闻社", "通讯社", "新华社")
# How a wire service's name ends, in the languages notes print it
NEWS_AGENCY_ENDINGS = (" news agency", " press agency", " nachrichtenagentur", " agencia de noticias", " agência de notícias",
                       " news service")


# A blog, by its name or its address: "Example Blog", "example.blogspot.com", "example.wordpress.com"
BLOG_RE = lazy(r"(?i)\bblog\b|blogspot\.|wordpress\.com|\.substack\.com|\bmedium\.com/|krebsonsecurity\.com|schneier\.com/")
# Blogs known by name, one writer's or a few's, with no "blog" in it
KNOWN_BLOGS = frozenset("krebs on security|schneier on security|the volokh conspiracy|opinio juris|ejil: talk!|ejil:talk!|"
                        "marginal revolution|jihadology|jihadica|aymennjawad.org|pundicity".split("|"))
# Sites of policy commentary, no outlets of news: what they print is a web page, as a blog's post is
COMMENTARY_SITES = frozenset("lawfare|just security|war on the rocks|the strategy bridge|modern war institute|"
                             "e-international relations|the interpreter|east asia forum|global voices".split("|"))
# Think tanks whose names hold no body's word (or a word of news: "Observer Research Foundation"); a signed piece on
# their site is a web page or a paper, as one on the site of an institute or a council is
THINK_TANKS = frozenset("brookings|brookings institution|carnegie endowment|carnegie india|carnegie europe|"
                        "carnegie middle east center|carnegie russia eurasia center|carnegie moscow center|chatham house|"
                        "rand|csis|cfr|new america|bruegel|clingendael|ecfr|rusi|iiss|swp|dgap|ifri|orf|"
                        "observer research foundation|gateway house|idsa|mp-idsa|aspi|isw|critical threats|fdd|gmf|cnas|"
                        "cgep|oies|crisis group|acled|gnet|wola|csis analysis|rand blog|cna|cna corporation|"
                        "center for naval analyses|ida|institute for defense analyses|mitre|hudson institute|heritage foundation|"
                        "american enterprise institute|aei|cato institute|stimson center|atlantic council|wilson center|"
                        "inter-american dialogue|igarapé institute|fundación ideas para la paz".split("|"))
# Social platforms: what is cited "on" them is a post, a webpage ("Jane Roe (@janeroe), “...,” Twitter, <date>")
SOCIAL_PLATFORMS = frozenset("twitter x facebook instagram tiktok telegram linkedin weibo reddit threads bluesky "
                             "mastodon vk vkontakte gab parler gettr rumble bitchute discord 4chan 8chan 8kun".split())
KNOWN_MAGAZINES = frozenset(
    " ".join(name.split()) for name in """the economist|economist|time|newsweek|the atlantic|atlantic|the new yorker|new yorker|foreign affairs|foreign policy|
    harper's|harper's magazine|vanity fair|rolling stone|national geographic|der spiegel|spiegel|semana|caretas|
    proceso|nexos|letras libres|the nation|mother jones|the new republic|new republic|slate|wired|forbes|fortune|americas quarterly|
    nacla report on the americas|diálogo|dialogo|the new york review of books|new york review of books|
    london review of books|le nouvel observateur|l'express|stern|veja|época|istoé|
    esquire|gq|the spectator|new statesman|prospect|national review|the american conservative|jacobin|dissent|
    mit technology review|technology review|the walrus|maclean's|bloomberg businessweek|businessweek|
    dabiq|rumiyah|inspire|dar al-islam|voice of hind|azan|resurgence|al-risalah|constantinople|
    outlook|india today|frontline|the caravan|caravan|the week|vreme|nin|nedeljnik|feral tribune|globus|
    elsevier weekblad|de groene amsterdammer|vrij nederland|weekly shōnen|shūkan bunshun|aera|
    le monde diplomatique|courrier international|marianne|le point|jeune afrique|die zeit|internazionale|
    l'espresso|panorama|the diplomat|arms control today""".split("|")
    if name.strip()
)
# Words in an outlet's name that say news: "Times", "Post", "Noticias", "Diario".
NEWS_WORD_RE = lazy(
    r"(?i)\b(?:times|post|news|noticias|noticia|diario|daily|herald|tribune|gazette|gaceta|chronicle|observer|"
    r"telegraph|courier|journal(?!\s+of)|press|wire|dispatch|standard|mail|sun|express|comercio|república|guardian|globe|"
    r"inquirer|examiner|jornal|folha|gazeta|correio|zeitung|quotidien|"
    r"prensa|nación|nacional|mundo|país|tiempo|universal|correo|heraldo|zeitung|journal\s+de|le\s+monde|"
    r"radio|televisión|television|tv|channel|canal|noticiero|informativo|"
    r"новости|газета|известия|ведомости|правда|коммерсант\p{L}*|тасс|интерфакс|рбк|новини|правда)\b"
)
MAGAZINE_WORD_RE = lazy(r"(?i)\b(?:magazine|revista\s+(?!de\b)|weekly|semanario|quarterly\s+review)\b")
JOURNAL_WORD_RE = lazy(
    r"(?i)\b(?:journal|review|revista|quarterly|studies|estudios|études|annals|anales|bulletin|boletín|"
    r"proceedings|transactions|zeitschrift|cahiers|cuadernos|debates|perspectives|research|science|sciences)\b"
)
# The words of a scholarly journal's name beside "Revista": "Revista Andina de Estudios Rurales"
SCHOLARLY_WORD_RE = lazy(
    r"(?i)\b(?:studies|estudios|études|estudos|research|investigaci[oó]n|review|science|ciencias?|sociolog\w*|"
    r"antropolog\w*|historia|história|histoire|history|econom\w*|journal|política|politica|ciências|sociais|sociales|"
    r"direitos?|derechos?|filosof\w*|geograf\w*|psicolog\w*|educa\w*|internacional|latinoamericana|iberoamericana|"
    r"epidemiolog\w*|morbidity|mortality|medical|medicine)\b")  # ("Morbidity and Mortality Weekly Report": a journal)
# An address that serves a file of a publication: "…/2019/07/Example-Report.pdf", "…/uploads/…"
PDF_URL_RE = lazy(r"(?i)\.pdf(?:$|[?#])|/(?:wp-content/)?uploads?/")
# (not "hate speech", "free speech", "freedom of speech": a subject, not a speech)
# A company's or a body's own channel, not a newspaper: "Meta Newsroom", "Microsoft On the Issues Blog", "Google Blog"
COMPANY_CHANNEL_RE = lazy(r"(?i)\b(?:newsroom|blog|press\s+room|news\s+center)$")
# A site that holds entries rather than stories: "National Vulnerability Database", "Security Update Guide", "… Tracker"
REFERENCE_SITE_RE = lazy(r"(?i)\b(?:database|data\s+portal|portal|dashboard|tracker|explorer|update\s+guide|wiki|registry|"
                         r"catalog(?:ue)?|repository|knowledge\s+base|encyclopa?edia|glossary)$")
# What a body says rather than studies: "Statement on …", "Joint Communiqué", "Press Release", "Warning 003/2024"
STATEMENT_TITLE_RE = lazy(r"(?i)\b(?:statement|communiqu[ée]|press\s+release|declaration|declaración|warning|notice|alert|"
                          r"advisory|readout|fact\s+sheet)\b")
SPEECH_WORD_RE = lazy(
    r"(?i)\b(?:mensaje|(?<!key\s)message(?!\s+update)|address|(?<!hate\s)(?<!free\s)(?<!of\s)speech(?!\s+(?:acts?|recognition|codes?))|remarks|"
    r"discurso|discorso|regierungserklärung|lecture|keynote|statement\s+by|testimony|(?:opening|closing|prepared|introductory)\s+statement|statement\s+(?:before|to)\s+the|"
    r"allocution|discours|rede|conferencia\s+magistral|presentation|presentación|versión\s+estenográfica|"
    r"(?:press|news)\s+conference|conferencia\s+de\s+prensa|rueda\s+de\s+prensa|conférence\s+de\s+presse|"
    r"обращение|послание|выступление|речь|звернення|виступ|промова)\b"  # (Russian and Ukrainian: an address, a speech)
    r"|^(?:palabras|intervención)\s+(?:del?|pronunciadas)\b"  # "Plan de intervención", "Las palabras y las cosas": no speech
)
# A speech that is the subject of a headline, not the title of one: "President’s racist speech incites a wave of violence",
# "Minister’s remarks sparked outrage" (a speech's own title goes on "delivered at", "to the nation", "on …")
SPEECH_AS_SUBJECT_RE = lazy(
    r"(?i)\b(?:speech|address|remarks|lecture|testimony)\s+(?!(?:as|at|to|on|by|of|in|for|before|from|with|during|and|was|"
    r"delivered|given|prepared|presented|pronounced|broadcast|televised|released|issued|read|marks|series)\b)\p{Ll}{3,}(?:s|ed)\b")


# The voice in which an outlet signs its own pieces, after its name: "Jiefangjun Bao Commentator", "… Editorial Board"
OUTLET_VOICE_END_RE = lazy(r"(?i)\s(?:commentator|editorial\s+board|editorial|editors|staff|correspondents?|reporters?)$")


# A file's or a case's number in a title: "Carpeta Fiscal N.º 2506-2020-117-0", "Expediente No. 123"
NUMBERED_FILE_RE = lazy(r"(?i)(?:\bn\.?\s?[º°o]\.?|\bno\.|\bnr\.|\bnúm\.|#)\s*\d")


def speech_title(title: str) -> bool:
    """Speech wording in ``title`` that names the speech itself ("Remarks by the President on …", "State of the Union
    Address"), not a headline about one."""
    return bool(SPEECH_WORD_RE.search(title)) and not SPEECH_AS_SUBJECT_RE.search(title)


REPORT_WORD_RE = lazy(
    r"(?i)\b(?:report|informe|reporte|survey|monitoreo|monitoring|assessment|estrategia|strategy|white\s+paper|"
    r"working\s+paper|policy\s+brief|issue\s+brief|brief|rapport|\p{L}*bericht|evaluation|evaluación|yearbook|anuario|"
    r"fact\s+sheet|memorandum|plan\s+nacional|national\s+plan|action\s+plan|annual|census|censo|statistics|"
    r"estadísticas|indicators|indicadores|diagnóstico|documento\s+de\s+trabajo|cuaderno\s+de\s+trabajo|"
    r"encuesta|enquête|occasional\s+paper|discussion\s+paper|technical\s+paper|research\s+paper|paper\s+no|no\.\s*\d|"
    r"gao-|crs|rl\d|r\d{4,}|ser\.|series)\b"
)
# A numbered series of reports or papers: "Latin America Report no. 45", "Working Paper 12", "Informe N° 3"
# A research institute's own series, named after it as French notes print them: "Étude de l'IRSEM", "Études de l'Ifri",
# "Note de recherche de l'IRSEM", "Notes de l'Ifri", "Cahier du CERI", "Documento de trabajo del CIDOB"
INSTITUTE_SERIES_RE = lazy(r"^(?:[ÉE]tudes?|[Nn]otes?(?:\s+de\s+recherche)?|[Cc]ahiers?|[Dd]ocumentos?\s+de\s+trabajo)\s+"
                           r"(?:de\s+l['’]|du\s+|de\s+la\s+|del\s+)\p{Lu}[\p{L}.\-]{1,15}$")
REPORT_SERIES_RE = lazy(
    r"(?i)\b(?:reports?|paper|briefs?|briefing|notes?|memo|backgrounder|focus|analysis|series|serie|informes?|documentos?|"
    r"rapports?|bericht)\s+"  # ("Serie Informes n.º 30")
    r"(?:(?:\p{L}+\s+){1,3}(?=(?:no\.|n[º°o]\.?|n\.\s?[º°]|number|núm\.|nr\.)\s*\d)|(?-i:(?:de|di|du|\p{Lu}\p{L}+)\s+){1,2}(?=\d))?"
    # ("Informe Defensorial N.° 167", "Informe sobre América Latina N.° 62", "Documento de Análisis 05/2011")
    r"(?:no\.|n[º°o]\.?|n\.\s?[º°]|number|núm\.|nr\.)?\s*(?:[A-Z]{1,3}-?)?\d"
)
# A report's number printed alone: "GAO-17-123", "RL33142", "IF10123", "A/71/318"
# "GAO-22-104611", "GAO-15-593SP", "OIG-23-001", "OMB M-21-19", "FCC 21-18", CRS "RL30719", UK "Cm 9608", RAND "RR-3117-RC"
# An audit office's numbered product ("GAO-22-104611", "OIG-23-001") and an organisation's document symbol
# ("S/2020/1301", "E/INCB/2020/1", "LC/PUB.2021/2-P/Rev.1"), as fragments the patterns that find them share
AUDIT_NUMBER = r"[A-Z]{2,6}-\d{2,4}-\d{1,6}[A-Z]{0,2}"
DOCUMENT_SYMBOL = r"[A-Z]{1,6}(?:/[A-Za-z0-9.\-]{1,20}){2,6}"
# A military doctrine publication by its number: "FM 3-0", "JP 3-0", "ATP 3-21.8", "ADP 3-0", "JDP 0-01", "MCDP 1"
# A Nordic official report's series and number: "NOU 2012: 14", "SOU 2013:81", "Ds 2014:4", "Meld. St. 21 (2012–2013)"
OFFICIAL_NUMBER = r"(?:NOU|SOU|Ds)\s\d{4}\s?:\s?\d{1,4}"
# A standard or technical publication by its number: "NIST SP 800-61r2", "NIST IR 8286", "FIPS 140-3", "ISO/IEC 27001", "RFC 8446"
STANDARD_NUMBER = r"(?:NIST\s(?:SP|IR|AI)|FIPS(?:\sPUB)?|ISO(?:/IEC)?|IEC|RFC)\s\d{2,5}(?:-\d{1,4}(?:r\d|[A-Z])?)?(?:\sRev\.\s?\d)?"
# A headline about a report, no report itself: "Al-Shabab Collects More Revenue Than Somali Government, Report Says", "New
# Report Finds …", "…, UN Study Shows"
REPORT_SAYS_RE = lazy(r"(?i)\b(?:report|study|survey|audit|review|data)\s+(?:says|finds|shows|warns|reveals|suggests|claims|"
                      r"concludes|estimates|alleges)\b|\b(?:says|finds|warns)\s+(?:a\s+)?(?:new\s+)?(?:\p{Lu}\S*\s+)?report\b")
# A Congressional Research Service product by its number, as CRS cites its own: "CRS Report R45484", "CRS In Focus IF10322"
CRS_NUMBER = r"CRS\s(?:Report|In\sFocus|Insight|Legal\sSidebar)\s(?:No\.\s)?(?:RL|RS|R|IF|IN|LSB)\d{4,5}"
DOCTRINE_NUMBER = r"(?:FM|ATP|ADP|ADRP|JP|AJP|MCDP|MCWP|AFDP|NWP|TC|JDP|FMFRP)\s\d{1,2}(?:-\d{1,3}(?:\.\d{1,2})?)?(?:-\d{1,2})?"
REPORT_NUMBER_RE = lazy(AUDIT_NUMBER + r"|(?:[A-Z]{2,6}\s)?[A-Z]-\d{2}-\d{1,3}|[A-Z]{2,6}\s\d{2}-\d{1,4}"
                        r"|(?:RL|RS|R|IF|IN)\d{4,5}|Cm(?:nd)?\.?\s?\d{3,5}|CP\s\d{2,4}|HC\s\d{2,4}"
                        r"|(?:RR|PE|MG|TR|WR|OP|CT|CF|RB|DB|WP)-A?\d{2,5}(?:-\d{1,2})?(?:-[A-Z]{1,8})?"
                        r"|(?:Index:?\s)?(?:AFR|AMR|ASA|EUR|MDE|ACT|IOR|POL)\s\d{2}/\d{3,5}/\d{4}"
                        r"|[A-Z]{2,6}(?:-[A-Z]{2,6}){1,3}-\d{2,4}(?:-\d{2,4}){0,2}"  # DEA: "DEA-DCT-DIR-008-21"
                        r"|[A-Z]{2,6}-(?:19|20)\d\d-[A-Z][A-Za-z]{0,8}\d{1,4}"  # an agency, the year, the kind and its serial:
                        # FinCEN's advisories and alerts, "FIN-2022-A001", "FIN-2022-Alert001"
                        r"|CIA-RDP\d{2}[A-Z0-9]{5,30}-\d")  # a document of the CIA's CREST database: "CIA-RDP80B01676R001700180033-1"
# (RAND: "RR-3117-RC", "RR-A2145-1", "RR-1192-DARPA", testimony "CT-480"; Amnesty International's index: "AFR 44/1360/2015")
# Words that make a title a report whoever publishes it ("strategy" or "monitoring" in a book
# title from a university press do not)
# A think tank's numbered series of papers: "Carnegie Papers no. 97", "Proliferation Papers 54"
NUMBERED_PAPERS_RE = lazy(r"(?i)\bpapers\s+(?:no\.\s*|n[º°o]\.?\s*|number\s+)?\d{1,4}$")
STRONG_REPORT_RE = lazy(r"(?i)\b(?:report|informe|reporte|rapport|bericht|(?:working|white|policy|discussion|occasional|technical|research)\s+paper|policy\s+brief|yearbook|anuario)\b")
# A think tank's or a body's series of short papers, named without a number: "RUSI Commentary", "Bruegel Policy Brief",
# "Clingendael Alert", "CSIS Commentary", "Chatham House Expert Comment"
SERIES_NAME_RE = lazy(r"(?i)\b(?:commentary|commentaries|policy\s+brief|issue\s+brief|brief|alert|backgrounder|briefing(?:\s+paper)?|"
                      r"policy\s+paper|working\s+paper|occasional\s+paper|research\s+paper|discussion\s+paper|special\s+report|"
                      r"fact\s+sheet|policy\s+insights|expert\s+comment|explainer|analysis\s+paper|perspective)\*?"
                      r"(?:\s+(?-i:[A-Z]{0,3})\d{2,}[\d/.-]*)?$")  # "RSIS Commentary CO22015", "ISEAS Perspective"
# A volume and an issue, as only periodicals number themselves: "16, no. 13", "17:3"
VOLUME_AND_ISSUE_RE = lazy(r"(?<![\d.])\d{1,4}(?:,\s*(?:no\.|n[º°]\.?|issue)\s*|:)\d{1,4}(?![\d/.])")
# Words that name a periodical and no body ("studies" and "research" name both: "Center for Strategic Studies")
PERIODICAL_NAME_RE = lazy(r"(?i)\b(?:review|journal|quarterly|magazine|annals|revista|weekly|monthly)\b")
# Bodies that issue reports rather than books (universities and institutes publish both)
# A book's edition anywhere in its note: "2nd ed.", "3. ed.", "3.ª ed.", "rev. ed.", "Second edition", "2. Aufl.", "4e éd.",
# OSCOLA's "(2nd edn, OUP 2021)"
EDITION_RE = lazy(
    r"(?i)(?<![\p{L}\d])(?:(?P<number>\d{1,2})\s*(?:st|nd|rd|th|d|ª|º|a|e|\.ª|\.)?|(?P<word>first|second|third|fourth|fifth|"
    r"sixth|seventh|eighth|ninth|tenth|rev\.|revised|new|expanded|updated|enlarged|segunda|tercera|cuarta|deuxième|"
    r"troisième))\s*(?:rev\.\s*|revised\s+|and\s+(?:revised|expanded|enlarged)\s+)?(?:edn?\.|edn(?=[,)]|\s\()|edition|éd\.|édition|edición|"
    r"edição|aufl\.|auflage)(?![\p{L}])")
ORDINAL_WORDS = {"first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5", "sixth": "6", "seventh": "7",
                 "eighth": "8", "ninth": "9", "tenth": "10", "segunda": "2", "tercera": "3", "cuarta": "4", "deuxième": "2",
                 "troisième": "3"}


ISSUER_WORD_RE = lazy(r"(?i)\b(?:office|center|centre|program|programme|council|foundation|watch|group|commission|comisión|network|institute|"
                      r"coalition|forum|agency|ministry|ministerio|department|secretariat|observatory|observatorio|alliance|"
                      r"initiative)\b")
GOVERNMENT_RE = lazy(
    r"(?i)\b(?:presidencia|presidency|president|ministry|ministerio|ministère|\p{L}*ministerium|government|gobierno|"
    r"gouvernement|governo|regierung|présidence|ministério|home\s+office|foreign\s+office|"
    r"secretaría|secretary|department|congress|congreso|senate|senado|parliament|cabinet|consejo\s+de\s+ministros|"
    r"council\s+of\s+ministers|municipalidad|municipality|police|policía|army|ejército|defensoría|embassy|"
    r"embajada|white\s+house|kremlin|élysée|downing\s+street|pentagon|casa\s+rosada|palacio\s+de\s+gobierno|"
    r"palácio\s+do\s+planalto|zhongnanhai|state\s+department|accountability\s+office|agency|bureau|commission|comisión|"
    r"united\s+nations|un\s+office|office\s+on\s+drugs|unodc|world\s+bank|oas|oea|european\s+union|"
    r"organization\s+of\s+american\s+states|national\s+police|fiscal[ií]a|procuradur[ií]a|contralor[ií]a|"
    r"registradur[ií]a|superintendencia|prosecutor|attorney\s+general)\b"
)
# Public bodies that publish reports and nothing else, signed or not: "(Washington, D.C.: Congressional
# Research Service, 2015)" is a report whoever wrote it
REPORT_PUBLISHER_RE = lazy(
    r"(?i)\b(?:congressional\s+research\s+service|research\s+service|accountability\s+office|general\s+accounting\s+office|"
    r"budget\s+office|inspector\s+general|auditor\s+general|contralor[ií]a|defensor[ií]a\s+del\s+pueblo|"
    r"arxiv|biorxiv|medrxiv|ssrn|research\s+square|osf\s+preprints|"  # (a preprint server's paper is a report)
    r"rand(?:\s+corporation)?|icsr|icct|(?-i:CNA)(?:\s+corporation)?|center\s+for\s+naval\s+analyses|"
    r"institute\s+for\s+defense\s+analyses)\b")  # (think tanks known by initials or a name of no body word: "RAND
# Corporation", "ICSR, King's College London")
# NGOs and think tanks whose books are reports, when they publish them themselves ("(Berlin: adelphi, 2019)"); a dated
# page of theirs named as its site ("“Syria: …,” Human Rights Watch, <date>") is a release, not a report
NGO_PUBLISHER_RE = lazy(
    r"(?i)\b(?:adelphi|save\s+the\s+children|welthungerhilfe|oxfam|mercy\s+corps|human\s+rights\s+watch|"
    r"amnesty\s+international|international\s+committee\s+of\s+the\s+red\s+cross|icrc|norwegian\s+refugee\s+council|"
    r"global\s+witness|small\s+arms\s+survey|forensic\s+oceanography|crisis\s+group|isd|institute\s+for\s+strategic\s+dialogue|"
    r"europol|house\s+of\s+commons|house\s+of\s+lords|"
    r"sipri|international\s+alert|"  # and the bodies of states whose studies are reports, "OECD Publishing" too:
    r"world\s+bank|oecd|imf|international\s+monetary\s+fund|unhcr|undp|unicef|unodc|unep|united\s+nations|un\s+women|unfpa|"
    r"wfp|world\s+food\s+programme|iom|ocha|unaids|un-habitat)\b")
# (not UNESCO, the WHO, the FAO or the ILO: they publish books too, alone or with a house: "(La Paz: CIMCA/UNESCO, 1989)")
# A university's press as MLA abbreviates it: "Duke UP", "U of California P", "UP of Kansas"
UNIVERSITY_PRESS_ABBREVIATED_RE = lazy(r"(?:\bUP\b|^U\s+of\s+\p{Lu}[\p{L}\s]{1,40}?\s+P$)")
BOOK_PUBLISHER_RE = lazy(
    r"(?i)\b(?:press|books|publishers|publishing|verlag|éditions|editions|editorial|ediciones|edições|editora|chubanshe|"
    r"izdatel['’]?stvo|izdatelstvo|"
    r"penguin|random\s+house|knopf|norton|routledge|praeger|palgrave|macmillan|wiley|blackwell|sage|springer|"
    r"brill|zed|verso|rienner|harper|simon|schuster|doubleday|vintage|anagrama|planeta|alfaguara|siglo|"
    r"fondo\s+de\s+cultura|fondo\s+editorial|rozenberg|gallimard|seuil|suhrkamp|taurus|crítica|paidós|"
    r"brookings|hurst|polity|pluto|currey|karthala|harmattan|boeck|larcier|boydell|tauris|bloomsbury|"
    r"(?-i:UP|CUP|OUP|MUP|EUP|U\s+of\s+\p{Lu}[\p{L}\s]{1,40}?\s+P))\b"  # (MLA abbreviates a university's press: "Duke UP",
    # "U of Chicago P"; British notes, Cambridge's, Oxford's, Manchester's and Edinburgh's: "(Oxford: OUP, 2013)")
    r"|出版|书局|書局"  # (Chinese and Japanese: "人民出版社", "中华书局"; no word boundary inside Chinese characters)
)


# A paper or talk given at an event, as the parenthetical of a citation says it: "(paper presented at the Annual
# Meeting of ..., Chicago, IL, April 2015)", "(ponencia presentada en el Congreso ...)"
# What the parenthetical of a speech opens with, as Chicago prints it: "(speech, Economic Policy Symposium, Jackson Hole, …)",
# "(speech given at Example Hall, London, …)", "(remarks at the Example Forum, …)", "(keynote address to …)"
SPEECH_PAREN_RE = lazy(
    r"(?i)^(?:(?:keynote|opening|closing|public|inaugural|commencement|farewell|audio|video|recorded|televised|radio|"
    r"television)\s+)?"
    r"(?:speech|lecture|address|remarks|talk|presentation|keynote|"
    r"statement|briefing|discurso|conferencia|discours)(?:,\s*|\s+(?:(?:given|delivered|made|pronunciad[oa]|dictad[ao])\s+)?"
    r"(?:at|to|before|en|ante|à)\s+)")
# ("(statement, New York, 23 May 2023)": a briefing to a council, delivered where it sits)
PRESENTED_AT_RE = lazy(
    r"(?i)^(?P<what>(?:(?:conference|seminar|workshop|working)\s+)?paper|poster|talk|lecture|presentation|keynote(?:\s+address)?|"
    r"address|remarks|ponencia|comunicación|conferencia|communication)\s+(?:presented|delivered|given|read|presentad[ao]|"
    r"leíd[ao]|dictad[ao]|présentée?)\s+(?:at|to|before|en|ante|à|au|lors\s+d[eu])\s+(?:(?:the|el|la|le|l')\s*)?")
# Sites that host other bodies' documents: a report posted there is its author's report ("ReliefWeb")
REPOSITORY_SITES = frozenset("reliefweb|relief web|reliefweb.int|refworld|prevention web|preventionweb".split("|"))
# A scholars' meeting named where a paper was given, without "paper presented at": "Annual Meeting of the Midwest Political
# Science Association", "International Studies Association Annual Convention", "Conference on Example Studies"
CONFERENCE_NAME_RE = lazy(r"(?i)\bannual\s+(?:general\s+)?(?:meeting|conference|convention|congress)\b"
                          r"|\b(?:meeting|conference|convention|symposium|colloquium|workshop)\s+(?:of|on)\s+the\b"
                          r"|\b(?:conference|symposium|workshop)\s+on\b")
# A work that was never published, as its parenthetical says: "(unpublished manuscript, 2015)", "(mimeo, 1998)"
UNPUBLISHED_RE = lazy(
    r"(?i)^(?:unpublished(?:\s+(?:manuscript|paper|draft|report|typescript|memo(?:randum)?))?|manuscript|mimeo(?:graph)?|"
    r"typescript|draft|manuscrito(?:\s+inédito)?|documento\s+inédito|inédito|manuscrit(?:\s+inédit)?|unveröffentlichtes?\s+manuskript)$")
# Words naming an event where a speech was given: "Second World Meeting of Popular Movements"
EVENT_WORD_RE = lazy(
    r"(?i)\b(?:meeting|conference|congress|congreso|summit|cumbre|assembly|asamblea|forum|foro|symposium|"
    r"simposio|session|sesión|convention|convención|encuentro|seminar|seminario|colloquium|coloquio|workshop|"
    r"ceremony|ceremonia|rally|reception|recepción|dialogue)\b")  # ("Shangri-La Dialogue": a summit)


@dataclass(frozen=True)
class Shape:
    """What the reader of a citation found, before any type is decided."""

    title_mark: str | None = None  # quote | italic | None
    interview: bool = False
    chapter: bool = False  # "in <editors> eds., <Book>" or "in <Book>, ed. ..."
    volume: bool = False
    pub_paren: bool = False
    container: str | None = None
    container_italic: bool = False
    publisher: str | None = None
    date_precision: int = 0  # 0 none, 1 year, 2 month, 3 day
    url: str | None = None
    person_authors: bool = False
    title: str | None = None
    thesis: bool = False
    genre_text: str = ""  # what follows the title, where genre words live
    spoken: bool = False  # "Statement by <name>, “Title,” ..." or "“Title,” discurso, ...": words said
    filmed: bool = False  # "directed by <names>" follows the title
    organisation_author: bool = False  # the work is signed by an organisation: "Human Rights Watch, “Title,” ..."
    author_text: str = ""  # the organisations that sign it, as printed
    self_published: bool = False  # that organisation also published it: "Oxfam, *Title* (Lima: Oxfam, 2015)"
    accessed: bool = False  # when it was consulted is printed: "…, Tideway, accessed 5 May 2020", a page on the web
    edited: bool = False  # editors named: "A and B, eds., *Title* (...)" is a book, whoever publishes it


# The words that open the record of something said: "Testimony", "Remarks", "Audio statement"
SPEECH_OPENING = (r"(?:(?:audio|video|public|joint|written|opening|closing|prepared|introductory)\s+)?(?:testimony|statement|remarks|address|speech|lecture|"
                  r"sermon|message|discurso|mensaje|declaraci[oó]n|comunicado|discours|déclaration|"
                  r"(?:press|news)\s+conference|(?:(?:press|news|background|department)\s+)?briefing|conf[ée]rence\s+de\s+presse|conferencia\s+de\s+prensa|rueda\s+de\s+prensa|"
                  r"allocution(?:\s+t[ée]l[ée]vis[ée]e)?)")  # ("Conférence de presse du président de la République, …")
# A title that is itself the record of an address: "Testimony of ...", "Remarks by ...", "Statement before ..."
SPEECH_TITLE_START_RE = lazy(rf"(?i)^{SPEECH_OPENING}\s+(?:of|by|before|at|to|de|ante|en)\b(?!\s+(?:prensa|imprensa)\b)")
# ("Comunicado de prensa 274/2012" is a press release, issued in writing)
# A head of state's address named by its occasion: "Nationwide Broadcast on …", "Inaugural Address", "Televised Address to …"
BROADCAST_TITLE_RE = lazy(r"(?i)^(?:nationwide|national|televised|radio|presidential|inaugural|farewell|new\s+year['’]?s?|"
                          r"independence\s+day|state\s+of\s+the\s+(?:nation|union))\s+(?:broadcast|address|speech)\b")
# Who spoke, after those words and before the occasion: "Testimony of Michael Leiter before the Senate ...",
# "Statement by Abu Muhammad al-Adnani"
SPEAKER_RE = lazy(rf"(?i)^{SPEECH_OPENING}\s+(?:(?:of|by|from|attributed\s+to|de|del|du|de\s+la)\s+|d['’])(?P<who>[^,;()“\"*]{{3,80}}?)"
                  r"(?=\s+(?:before|at|to|on|in|ante|en|sobre|aux?|à|devant|lors)\s|\s*[,;(]|\s*$)")
# ("Discours d'Emmanuel Macron à Ouagadougou", "Discours du président … aux forces françaises")
# What follows a title and names its genre: "press release", "hearing", "keynote address at", "A/RES/66/2".
GENRE_DOCUMENT_RE = lazy(r"(?i)\b(?:press\s+release|news\s+(?:release|story)|media\s+(?:release|statement)|пресс-релиз|"
                               r"presidential\s+(?:determination|memorandum|proclamation|directive|decree)|executive\s+order|"
                               r"comunicado(?:\s+de\s+prensa)?|nota\s+de\s+prensa|communiqué|fact\s+sheet|"
                               r"nota\s+(?:à|a)\s+imprensa|nota\s+oficial|comunicato(?:\s+stampa)?|pressemitteilung|(?-i:bolet[ií]n)(?=\s*,|$)|"
                               r"bolet[ií]n\s+(?:de\s+prensa|informativo|\d{1,5})|"
                               r"hearing|audiencia\s+pública|anhörung|(?:BT-|Bundestags)?(?:drucksache|drs\.)\s?\d{1,2}/\d{1,6}|"
                               r"plenarprotokoll\s\d{1,2}/\d{1,6}|kamerstukken\s+i{1,2}\s\d{4}/\d{2}|"
                               r"(?:resolution|decision|résolution|résolution|resolución|decisión)\s+(?-i:[A-Z]{2,6}\d{1,3}(?:[.(]\d{1,3}\)?)?)|"
                               r"\d{2,3}(?:st|nd|rd|th)\s+cong(?=\.|\b))\b|\b[A-Z]{1,4}/(?:RES|CN|HRC|\d)|\b(?-i:[A-Z]{1,4}(?:/[A-Z]{1,6}(?:\(\d{2}\))?){1,4}/\d)")
# (an assembly's resolution or decision by its symbol, "Resolution WHA74.7", "Decision SSA2(5)"; a document's symbol,
# "WT/MIN(22)/30", "IP/C/W/669"; a congress's session, "117th Cong.")
# (a parliament's printed papers and records: "Drucksache 19/8340", "BT-Drs. 19/8340", "Plenarprotokoll 18/158",
# "Kamerstukken II 2022/23")
# A state's official gazette, where laws, decrees and plans are published: "Diario Oficial de la Federación", "Official
# Journal of the European Union", "Boletín Oficial del Estado", "Diário Oficial da União", "Federal Register", "El Peruano"
OFFICIAL_GAZETTE_RE = lazy(r"(?i)\b(?:diario|di[aá]rio|bolet[ií]n|gaceta|registro|jornal|journal|gazette|bulletin)\s+oficial\b|"
                           r"\bofficial\s+(?:journal|gazette)\b|\bfederal\s+register\b|^el\s+peruano$|^la\s+gaceta$|"
                           r"\bjournal\s+officiel\b|\bbundesgesetzblatt\b|^kamerstukken\s+i{1,2}\b|^handelingen\s+i{1,2}\b")
# (and the Dutch parliament's printed papers and records, "Kamerstukken II", "Handelingen II", where a ministry's note is
# published as a gazette prints a law)
# A press release named after its title ("comunicado" alone may be a spoken statement)
# One of these is in every name of a press release RELEASE_RE finds: "press release", "Press Release", "Pressemitteilung"
RELEASE_WORDS = ("eleas", "itteilung", "ommuniqué", "omunicado", "ota de prensa", "omunicato")
RELEASE_RE = lazy(r"(?i)\b(?:(?:press|news|media)\s+release|pressemitteilung|communiqué\s+de\s+presse|comunicado\s+de\s+prensa|"
                  r"nota\s+de\s+prensa|comunicato\s+stampa)\b")
GENRE_SPEECH_RE = lazy(r"(?i)\b(?:(?:keynote\s+)?address|remarks|speech|lecture|testimony|statement|discurso|ponencia|conferencia)\s+(?:at|to|before|delivered|given|ante|en|pronunciad[oa])\b")
# What follows the title of an episode, a film or a video: "Episode 14, The World podcast", "documentary",
# "YouTube video", or the video platform alone ("“Title,” YouTube, <date>")
BROADCAST_RE = lazy(r"(?i)\b(?:podcast|episode|episodio|épisode|ep\.\s*\d|documentary|documental|documentaire|video|vídeo|"
                   r"youtube|vimeo)\b")
# When a programme went on air, or its transcript: "CNN, aired January 6, 2021, transcript", "TV Globo, broadcast January 9"
AIRED_RE = lazy(r"(?i)\b(?:aired|broadcast)\s+(?:on\s+)?(?:\p{L}{3,9}\.?\s+\d|\d)|(?P<transcript>\btranscript\b)")
# Broadcasters whose programmes' transcripts are cited
BROADCASTER_RE = lazy(r"\b(?:CNN|BBC|NPR|PBS|MSNBC|CBS|NBC|ABC|Fox\s+News|Al\s+Jazeera|C-SPAN|Sky\s+News|CBC|ITV|Channel\s+4|"
                      r"Caracol|RCN|Televisa|TV\s+Azteca|Univisi[oó]n|Telemundo|RTVE|ZDF|NHK|RT[ÉE]|RNZ|SBS|TF1)\b")
# (and the networks of Latin America and Europe: "Los Informantes, Caracol Televisión", "Hoy por Hoy, Caracol Radio")
# The kind of paper a body issued, set off by commas after the body: ", Policy Brief,", ", Research Paper,"
PAPER_KIND_AFTER_RE = lazy(r"(?i),\s*(?:policy|issue|research|briefing|working|occasional|discussion|analysis)\s+"
                           r"(?:brief|paper|note|report)s?\s*,")
# Titles of legal texts: "Ley N.° 29338", "Decreto Supremo", "Law No. 5", "Act of 1998"
LEGAL_TITLE_RE = lazy(r"(?i)^(?:ley|decreto|resoluci[oó]n|law(?!\s+(?:enforcement|and\s+order|firms?|schools?|reviews?))|act|"
                      r"executive\s+order|bill|loi|gesetz|reglamento|ordinance|ordenanza)\b")  # ("Law Enforcement …": no law)


# A hall or palace where a speech is given, named where an outlet would stand: "Casa de Nariño", "Auditorio Nacional",
# "Palais de l'Élysée", "Town Hall"
VENUE_RE = lazy(r"^(?:Casa|Palacio|Palais|Palazzo|Palace|Auditorio|Auditorium|Teatro|Théâtre|Theatre|Theater|Salón|Sala|Salle|"
                r"Plaza|Place|Piazza|Praça|Plaça|Estadio|Stadium|Parque|Park)\s+\S"
                r"|^[\p{Lu}][\p{L}'’ -]{0,40}\s(?:Hall|Palace|Auditorium|Square|Stadium|Cathedral|Mosque|Arena)$|^State\s+House$|^(?:The\s+)?(?:White\s+House|Kremlin|Casa\s+Rosada)$")


def a_known_town(name: str) -> bool:
    """A town or city of the gazetteer, one or two words: no outlet's name."""
    from .places import known_place

    return len(name.split()) <= 2 and name[:1].isupper() and known_place(name)


# A body's programme or project that issues papers: "Harmony Program", "Middle East Program", "Example Project"
PROGRAM_END_RE = lazy(r"\b(?:Program|Programme|Project|Initiative)$")
# What a legislature or a group issues as a text of its own, not a paper: resolutions, communiqués, declarations
ISSUED_TEXT_RE = lazy(r"(?i)\b(?:resolution|résolution|resolución|communiqu|comunicado|declaration|déclaration|declaración|"
                      r"statement|decree|décret|decreto|general\s+assembly|security\s+council|parliament|congress|senate|"
                      r"assembl(?:y|ée|ea))")
# A news release's headline, opening on a country or place and a colon: "Syria: Dire Conditions for …"
HEADLINE_PLACE_RE = lazy(r"^\p{Lu}[\p{L}'’.\- ]{1,30}:\s")
def _headline_place(title: str) -> bool:
    from .places import known_country, known_place

    m = HEADLINE_PLACE_RE.match(title)
    return m is not None and (known_country(m.group(0).rstrip(": ")) or known_place(m.group(0).rstrip(": ")))


# A court among the signing bodies: its rulings and agreements are documents
COURT_WORD_RE = lazy(r"(?i)\b(?:court|corte|tribunal|cour|gericht\w*|juzgado|sala)\b")
# Where a statement was delivered, in its title: "… at the Security Council", "… before the Committee", "… to the Nation"
SPOKEN_AT_RE = lazy(r"\s(?i:at|before)\s+(?:the\s+)?\p{Lu}|\sto\s+the\s+\p{Lu}|(?i:\b(?:remarks|address|briefing|session|"
                    r"meeting|debate|conference|summit|hearing)\b)")


def classify(shape: Shape) -> tuple[str, list[str]]:
    """(CSL type, evidence) for a citation's shape."""
    title = shape.title or ""
    if shape.interview:
        return "interview", ['"interview" wording -> interview']
    platform = (shape.container or "").lower().strip(" *.")
    if platform in SOCIAL_PLATFORMS and not shape.volume and not shape.pub_paren:
        return "webpage", [f'a post on "{shape.container}" -> webpage']  # whatever its words: "“Statement of ...,” Facebook"
    if shape.spoken and not shape.pub_paren and not shape.volume:
        return "speech", ['"Statement by <name>" before the title, or "discurso", "audio statement" after it -> speech']
    if shape.container and SERIES_NAME_RE.search(shape.container) and not JOURNAL_WORD_RE.search(shape.container) \
            and not known_outlet(shape.container) and not shape.chapter and ": " not in shape.container \
            and not (shape.volume and VOLUME_AND_ISSUE_RE.search(shape.genre_text)):  # "China Brief 16, no. 13": a periodical
        return "report", [f'a think tank\'s series "{shape.container}" -> report']
    if "elease" in title[:14] and RELEASE_RE.match(title):  # "Body, Press Release No. PR-160/2014, Rawalpindi, <date>"
        return "document", [f'"{title[:40]}" as its title -> a press release (document)']
    release = RELEASE_RE.search(shape.genre_text) if shape.genre_text and any(w in shape.genre_text for w in RELEASE_WORDS) \
        else None
    if release is not None:  # '“Statement by the Press Secretary,” press release, <date>': issued in writing
        return "document", [f'"{release.group(0)}" after the title -> document']
    if SPEECH_TITLE_START_RE.match(title) and shape.date_precision and not shape.pub_paren \
            and _known(shape.container or "") != "news":  # ("“Statement of the Government …,” KCNA": the wire's story)
        said_by = SPEAKER_RE.match(title)
        if said_by and title[:9].lower() == "statement" and is_organisation(said_by.group("who")):
            return "document", ['"Statement of <a body>" opening the title -> a statement in writing (document)']
        if (title[:9].lower() == "statement" or title[:15].lower() in ("joint statement", "written stateme")) \
                and not SPOKEN_AT_RE.search(f"{title} {shape.container or ''}"):
            # ("Statement by President Roe on the Example Operation," The White House: issued, where "Statement by
            # Ambassador Roe at the Security Council" was delivered; a joint or written statement is issued too)
            return "document", ['"Statement by/of …" with no place it was delivered -> a statement in writing (document)']
        return "speech", ['"Testimony of", "Remarks by" opening the title -> speech']
    if title and shape.person_authors and BROADCAST_TITLE_RE.match(title):
        return "speech", ['"Nationwide Broadcast on …", "Inaugural Address" by a person -> speech']
    if shape.genre_text and GENRE_SPEECH_RE.search(shape.genre_text):
        return "speech", ["speech wording after the title -> speech"]
    document = GENRE_DOCUMENT_RE.search(shape.genre_text) if shape.genre_text else None
    if document and "/" in document.group(0) and STRONG_REPORT_RE.search(title):
        return "report", [f'report wording in title "{title[:40]}" with a document symbol -> report']
    if document and "/" in document.group(0) and (kind := STRONG_REPORT_RE.search(shape.genre_text, 0, document.start())):
        return "report", [f'"{kind.group(0)}" before its document number -> report']  # "…, policy brief,
        # ECFR/512, <date>": a think tank's numbered paper
    if document:
        return "document", ["press release or official document symbol -> document"]
    if LEGAL_TITLE_RE.search(title) and not shape.volume and _known(shape.container or "") != "news":
        return "document", ["title of a law or decree -> document"]  # (a wire story's headline "Law on … Promulgated" is news)
    if shape.chapter:
        return "chapter", ['"in <book>" with editors -> chapter']
    if shape.filmed and not shape.volume:
        return "broadcast", ['"directed by" after the title -> a film (broadcast)']
    if shape.genre_text and BROADCAST_RE.search(shape.genre_text) and not shape.volume and not shape.pub_paren:
        return "broadcast", ["podcast, episode or documentary after the title -> broadcast"]
    if shape.genre_text and ("aired" in shape.genre_text or "broadcast" in shape.genre_text or "ranscript" in shape.genre_text) \
            and not shape.volume and not shape.pub_paren and AIRED_RE.search(shape.genre_text) \
            and (not AIRED_RE.search(shape.genre_text).group("transcript") or BROADCASTER_RE.search(shape.genre_text)):
        return "broadcast", ['"aired <date>", or a broadcaster\'s transcript, after the title -> broadcast']
    if shape.container and shape.genre_text and not shape.volume and not shape.pub_paren and not _known(shape.container) \
            and (network := BROADCASTER_RE.search(shape.genre_text)) is not None \
            and shape.container not in shape.genre_text[network.start():] and network.group(0) not in shape.container:
        return "broadcast", [f'"{shape.container}", a programme of {network.group(0)} -> broadcast']  # "Frontline, PBS"
    if shape.thesis:
        return "thesis", ["thesis/dissertation wording -> thesis"]
    container = (shape.container or "").strip()
    known = _known(container)
    if container and "log" in container.lower() and BLOG_RE.search(container) \
            or shape.url and BLOG_RE.search(shape.url) or container.lower() in KNOWN_BLOGS \
            or "blog post" in (shape.genre_text or "").lower() and not shape.pub_paren:  # ("…, Council on …, Blog Post, <date>")
        return "webpage", [f'a blog ("{container or shape.url}") -> webpage']
    if container.lower().removeprefix("the ") in COMMENTARY_SITES and not shape.volume:
        return "webpage", [f'"{container}", a site of commentary, no outlet of news -> webpage']
    if speech_title(title) and not shape.volume and not shape.pub_paren and shape.date_precision \
            and (not container or EVENT_WORD_RE.search(container) or VENUE_RE.match(container) and not _known(container)
                 or SPEECH_WORD_RE.match(title) and not NEWS_WORD_RE.search(container) and len(container.split()) <= 3):
        # (given in a hall: "…,” Palacio Nacional, <date>")
        return "speech", ["speech wording in title, given at an event -> speech"]
    if container and container[:1] in "ÉEéeNnCcDd" and INSTITUTE_SERIES_RE.match(container):
        return "report", [f'"{container}", an institute\'s series of papers -> report']  # "Étude de l'IRSEM, n° 51"
    if shape.volume and not (shape.pub_paren and shape.publisher) and (container or not shape.pub_paren):
        # (a volume with no journal, its place and date in brackets: "…, Volume I (Washington, DC, March 2016)", a report's)
        if container and OFFICIAL_GAZETTE_RE.search(container):  # "…,” Federal Register 86, no. 19 (February 1, 2021): 7619"
            return "document", [f'published in the official gazette "{container}" -> document']
        if known == "news":  # "*al-Naba* 233, 7 May 2020": a numbered issue of a newspaper
            return "article-newspaper", [f'issue of the newspaper "{container}" -> article-newspaper']
        if known == "magazine" or (container and MAGAZINE_WORD_RE.search(container)
                                   and not SCHOLARLY_WORD_RE.search(container)):
            return "article-magazine", [f'volume/issue in magazine "{container}" -> article-magazine']
        return "article-journal", ['"volume:issue (year)" -> article-journal']
    if shape.pub_paren:
        publisher = shape.publisher or ""
        if PRESENTED_AT_RE.match(publisher):
            return "speech", ['"(paper presented at <event>, <place>, <date>)" -> speech']
        if SPEECH_PAREN_RE.match(publisher):
            return "speech", ['"(speech, <event>, <place>, <date>)" -> speech']
        if UNPUBLISHED_RE.match(publisher):
            return "document", [f'"({publisher}, <year>)" -> an unpublished document']
        if shape.container and (REPORT_SERIES_RE.search(shape.container) or REPORT_NUMBER_RE.fullmatch(shape.container)
                                or len(shape.container.split()) <= 5 and SERIES_NAME_RE.search(shape.container)):
            return "report", [f'numbered series "{shape.container}" before the publication facts -> report']
        if speech_title(title) and not BOOK_PUBLISHER_RE.search(publisher):
            return "speech", ["speech wording in title -> speech"]
        if REPORT_WORD_RE.search(title) and (STRONG_REPORT_RE.search(title) or not BOOK_PUBLISHER_RE.search(publisher)
                                             or shape.organisation_author):  # a ministry's plan, whoever prints it
            return "report", [f'report wording in title "{title[:40]}" -> report']
        if shape.title_mark == "quote" and container and BOOK_PUBLISHER_RE.search(publisher):
            # "Roe, J., ‘Title’, *SIPRI Yearbook 2023: …* (Oxford University Press: Oxford, 2023), pp. 262–82": SIPRI's chapter,
            # with no "in" before the book
            return "chapter", ['a quoted title, then a book from a book publisher -> chapter']
        if shape.title_mark == "quote":
            return "report", ['quoted title with its own publication facts -> report']
        if shape.organisation_author and GOVERNMENT_RE.search(shape.author_text) \
                and not BOOK_PUBLISHER_RE.search(publisher):  # "Ministerio de Defensa Nacional, Logros … (Bogotá: Mindefensa, 2020)"
            return "report", ['a ministry or other public body\'s title, issued by itself -> report']
        if shape.self_published and not BOOK_PUBLISHER_RE.search(publisher):
            return "report", [f'published by its author, "{publisher}" -> report']
        if REPORT_PUBLISHER_RE.search(publisher) or NGO_PUBLISHER_RE.search(publisher):
            return "report", [f'published by "{publisher}", a body that issues reports -> report']
        if shape.date_precision >= 2 and is_organisation(publisher) and not BOOK_PUBLISHER_RE.search(publisher):
            return "report", [f'published by organisation "{publisher}" and dated by month -> report']
        if ISSUER_WORD_RE.search(publisher) and not BOOK_PUBLISHER_RE.search(publisher) and not shape.edited \
                and not EDITION_RE.search(shape.genre_text) and "repr" not in shape.genre_text:
            # (a book in its third edition, or reprinted, whoever published it)
            return "report", [f'published by "{publisher}", a body that issues reports, not books -> report']
        if not shape.person_authors and not shape.edited and (GOVERNMENT_RE.search(publisher) or is_organisation(publisher)) \
                and not BOOK_PUBLISHER_RE.search(publisher):
            return "report", [f'unsigned, published by organisation "{publisher}" -> report']
        if not publisher and not shape.edited and (shape.organisation_author or shape.date_precision >= 2):
            # "GAO, Title, GAO-22-104611 (Washington, D.C.: May 31, 2022)", "UNODC, Title (Vienna, 2019)"
            return "report", ["a body's document with a place and date and no publisher -> report"]
        return "book", ['"(Place: Publisher, Year)" -> book']
    if container:
        if shape.title_mark == "italic" and not shape.container_italic and not shape.volume and shape.date_precision == 1 \
                and not shape.url and UNIVERSITY_PRESS_ABBREVIATED_RE.search(container):
            return "book", [f'an italic title, then "{container}", a university press as MLA abbreviates it -> book']
        if container.lower().strip(" *.") in REPOSITORY_SITES and not shape.person_authors:
            return "report", [f'posted on "{container}", which hosts the documents of others -> report']
        if OFFICIAL_GAZETTE_RE.search(container):  # "…,” Diario Oficial de la Federación, 16 de mayo de 2019"
            return "document", [f'published in the official gazette "{container}" -> document']
        if REPORT_PUBLISHER_RE.search(container):
            return "report", [f'issued by "{container}", a body that issues reports -> report']
        if REPORT_SERIES_RE.search(container) or REPORT_NUMBER_RE.fullmatch(container) \
                or REPORT_NUMBER_RE.fullmatch(container.rsplit(" ", 1)[-1]) \
                or "apers" in container and NUMBERED_PAPERS_RE.search(container):  # "Cm 9608", "CRS In Focus IF10950",
            # "Carnegie Papers no. 97" (with no book's publisher in brackets: "The Washington Papers 144 (New York: Praeger,
            # 1990)" is a book of a series)
            return "report", [f'numbered report series "{container}" -> report']
        if shape.person_authors and shape.title_mark == "quote" and not shape.container_italic and not shape.url \
                and shape.date_precision >= 2 and not known and (VENUE_RE.match(container) or a_known_town(container)) \
                and container.lower() not in THINK_TANKS and not container.isupper():  # ("WOLA", "Brookings": who issued it,
            # though a district of Warsaw and a town of Oregon bear their names)
            # 'Emmanuel Macron, "Conférence de presse …," Pau, 13 janvier 2020', '…, "Mensaje a la Nación," Auditorio
            # Nacional, México, D.F., <date>': where it was said, no outlet
            return "speech", [f'"{container}" after the title is where it was said, not an outlet -> speech']
        if STRONG_REPORT_RE.search(title) and not known and not REPORT_SAYS_RE.search(title):
            return "report", [f'report wording in title "{title[:40]}", not a news outlet -> report']
        if shape.organisation_author and not known and container.isupper() and 2 <= len(container) <= 8 \
                and _initials_of(shape.author_text.split(), container):
            return "report", [f'"{container}", the initials of the body that signs it, as its publisher -> report']
        if shape.person_authors and not known and not shape.url and PROGRAM_END_RE.search(container):
            return "report", [f'a paper of "{container}", a programme of a body -> report']
        if known is None and shape.organisation_author and shape.title_mark == "italic" and shape.date_precision >= 1 \
                and not shape.url and a_known_town(container):
            return "report", [f'a body\'s italic title, then the town "{container}" where it issued it, and a date -> report']
            # ("Amnesty International, *Title*, London, December 2015": no outlet, a town)
        if known == "news":
            return "article-newspaper", [f'known news outlet "{container}"']
        if known == "magazine" and not _town_after(shape.genre_text, container):
            return "article-magazine", [f'known magazine "{container}"']
        if known == "magazine" or known is None and shape.date_precision == 3 and _town_after(shape.genre_text, container):
            return "article-newspaper", [f'"{container}" with its town in brackets, as a daily is cited -> article-newspaper']
        if MAGAZINE_WORD_RE.search(container):
            return "article-magazine", [f'magazine wording in "{container}"']
        if CONFERENCE_NAME_RE.search(container) and not shape.container_italic and not container.lower().startswith("proc"):
            return "speech", [f'a paper given at "{container}" -> speech']  # "“Title,” Annual Meeting of the …, Chicago, <date>"
        if shape.url and not shape.date_precision:
            return "webpage", [f'title on site "{container}" with a URL and no date -> webpage']
        organisation = container.lower() in THINK_TANKS or is_organisation(container) and not NEWS_WORD_RE.search(container) \
            and not PERIODICAL_NAME_RE.search(container) \
            and (shape.person_authors or not _article_led(container))  # "La Voz de Ejemplo": an outlet's name
        if organisation or GOVERNMENT_RE.search(container):
            if speech_title(title):
                return "speech", [f'speech wording in title, issued by "{container}" -> speech']
            if REPORT_WORD_RE.search(title) or (shape.date_precision <= 1 and not shape.url):
                return "report", [f'issued by organisation "{container}"' + (", year only" if shape.date_precision <= 1 else "") + " -> report"]
            if GOVERNMENT_RE.search(container) and not shape.person_authors:
                if shape.date_precision == 2 and not shape.url and not STATEMENT_TITLE_RE.search(title):
                    # (a government's releases give their day; its studies and yearly reports, their month)
                    return "report", [f'unsigned item issued by government body "{container}", dated by month -> report']
                return "document", [f'unsigned item issued by government body "{container}" -> document (press release)']
            if PAPER_KIND_AFTER_RE.search(shape.genre_text or ""):  # "…,” Example Centre, Policy Brief, July 13, 2021": a paper
                return "report", [f'a paper of "{container}", named by its kind -> report']
            if shape.person_authors and not shape.url and shape.date_precision <= 2:  # a day's date: a web commentary
                return "report", [f'signed paper of organisation "{container}", no URL, dated by month -> report']
            if shape.url and PDF_URL_RE.search(shape.url):
                return "report", [f'a PDF published by organisation "{container}" -> report']
            if not shape.url and shape.organisation_author and shape.date_precision == 2 and not STATEMENT_TITLE_RE.search(title):
                return "report", [f'a body\'s item issued through "{container}", dated by month, no address -> report']
                # ("Tehrik-i-Taliban Pakistan, “Code of Conduct …,” Umar Media, October 2018": a group's own publication)
            signed = "signed " if shape.person_authors else ""
            return "webpage", [f'{signed}web publication of organisation "{container}" -> webpage']
        if shape.organisation_author and shape.author_text and not known \
                and (container.startswith(shape.author_text) or shape.author_text.startswith(container + " ")) \
                and not OUTLET_VOICE_END_RE.search(shape.author_text):  # ("Jiefangjun Bao Commentator": the paper's own voice)
            return "webpage", [f'"{container}", named for the body that signs it: its own site -> webpage']  # "Anthropic, “…,”
            # *Anthropic News*, <date>", "ThreatConnect Research Team, “…,” ThreatConnect, <date>": no newspaper
        if NEWS_WORD_RE.search(container):
            return "article-newspaper", [f'news wording in outlet "{container}"']
        if JOURNAL_WORD_RE.search(container) and shape.date_precision <= 2:
            return "article-journal", [f'journal wording in "{container}"']
        if COMPANY_CHANNEL_RE.search(container):
            return "webpage", [f'"{container}": a body\'s own newsroom or blog -> webpage']
        if REFERENCE_SITE_RE.search(container):
            return "webpage", [f'"{container}": a database or reference site, no outlet of news -> webpage']
        if shape.date_precision == 3:
            return "article-newspaper", ['title, outlet and a full date -> article-newspaper']
        if shape.url:
            return "webpage", ["title, site and URL -> webpage"]
        if shape.accessed and not shape.date_precision and not shape.volume:
            return "webpage", ["title and site, undated, with the day it was consulted -> webpage"]
        if shape.date_precision == 2:
            return "article-magazine", ["title, outlet and a month -> article-magazine"]
        return "article-journal", ['title in an outlet with a year -> article-journal']
    if shape.url:
        if shape.url.lower().split("?")[0].endswith((".pdf", ".doc", ".docx")):
            return "report", ["a document file (.pdf) -> report"]
        if shape.organisation_author and shape.title_mark == "italic":  # a page's title is quoted, a publication's set in italics
            return "report", ["an organisation's italic title, a publication of its own, online -> report"]
        if not shape.person_authors and shape.title_mark != "quote" and STRONG_REPORT_RE.search(title):
            return "report", [f'report wording in the title "{title[:40]}", online -> report']
        return "webpage", ["a URL -> webpage"]
    if speech_title(title) and shape.date_precision:
        return "speech", ["speech wording in title -> speech"]
    if shape.title_mark == "italic" and shape.organisation_author and shape.date_precision >= 2:
        return "report", ["an organisation's italic title dated by month or day, with no publisher -> report"]
    if shape.title_mark is None and shape.organisation_author and shape.date_precision == 2 and not shape.container \
            and not shape.publisher and len(title.split()) >= 3 and not NUMBERED_FILE_RE.search(title):
        # "UNHCR, Global Trends: Forced Displacement in 2022, June 2023, p. 8": a publication whose italics were lost (a
        # numbered file, "Carpeta Fiscal N.º 2506-2020", stays a document)
        return "report", ["an organisation's unmarked title dated by month, with no publisher -> report"]
    if shape.title_mark == "italic" or REPORT_WORD_RE.search(title):
        return ("report" if REPORT_WORD_RE.search(title) else "book"), ["title only"]
    if shape.organisation_author and shape.title_mark and 1 <= shape.date_precision <= 2 \
            and not GOVERNMENT_RE.search(title):
        return "report", ["an organisation's titled paper, dated by year or month -> report"]
    if shape.organisation_author and shape.title_mark == "quote" and shape.date_precision == 3 \
            and not GOVERNMENT_RE.search(title) and not GOVERNMENT_RE.search(shape.author_text) \
            and _known(shape.author_text) is None and not COURT_WORD_RE.search(shape.author_text) \
            and not ISSUED_TEXT_RE.search(f"{shape.author_text} {title} {shape.genre_text}") \
            and not _headline_place(title):  # ("Syria: Abuses Continue": a news release's headline)
        # 'Example Watch, "Flawed Justice: Accountability for …," December 5, 2017': a body's paper, issued on its day
        return "report", ["a non-governmental body's titled paper dated to the day -> report"]
    return "document", ["no decisive shape -> document"]


# The town a paper is published in, in brackets after its name: "*The Nation* (Bangkok)", "Daily Jang (Rawalpindi)"
TOWN_AFTER_RE = lazy(r"\*?\s*\((?P<town>\p{Lu}[\p{L}\-’' ]{2,30})\)")


def _town_after(text: str, container: str) -> bool:
    at = text.find(container) if text and container else -1
    return at >= 0 and TOWN_AFTER_RE.match(text, at + len(container)) is not None


def _article_led(name: str) -> bool:
    """A name that counts as an organisation only because it opens with an article ("La Voz de
    Ejemplo", "The Example Guardian"): no word in it names a body."""
    words = [w.strip(".,()").lower() for w in name.split()]
    return bool(words) and words[0] in ARTICLES and ORG_WORDS.isdisjoint(words)


def _known(container: str) -> str | None:
    key = container.lower().strip(" *.")
    if key in KNOWN_NEWS or key.removeprefix("the ") in KNOWN_NEWS or key.endswith(NEWS_AGENCY_ENDINGS) \
            or key + "." in KNOWN_NEWS \
            or key.endswith(CJK_NEWS_ENDINGS) and 2 <= len(key) <= 12 and " " not in key:  # ("人民日报": a paper)
        return "news"  # (a wire service by its name: "Tasnim News Agency"; "Wall St. J." keeps its last period)
    if key in KNOWN_MAGAZINES or key.removeprefix("the ") in KNOWN_MAGAZINES:
        return "magazine"
    return None
