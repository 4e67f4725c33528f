"""Names of authors and editors as printed in notes ("Given Family"), into ``Name`` values.

- lists: "A and B", "A, B, and C", "A y B", "A & B"; "et al." dropped;
- particles stay in the family name: "Mirella van Dun" -> van Dun, "Ponciano del Pino" -> del Pino;
- Spanish and Portuguese double surnames stay whole: "Vanessa Romo Espinoza" -> Romo Espinoza,
  unless the middle word is a known given name ("David Scott Palmer", "María Elena Hidalgo");
- organisations become a ``literal`` name: "U.S. Government Accountability Office".
"""
from __future__ import annotations

import regex

from ..articlecache import per_article
from ..keys import to_ascii
from ..lazyregex import lazy
from ..model import Name, evolve

# "GAO", "UNODC", "AT&T"
ACRONYM_RE = lazy(r"[\p{Lu}&.\-/]{2,12}")  # "GAO", "AT&T", "FATF/GIABA"
# an organisation's acronym after its name: "United Nations Office on Drugs and Crime (UNODC)"
ACRONYM_AFTER_RE = lazy(r"(?<=\S)\s+\(\p{Lu}[\p{Lu}\d&.\-]{1,11}\)$", regex.REVERSE)

# runs of white space
SPACES_RE = lazy(r"\s+")
BYLINE_RE = lazy(r"^(?i:by):?\s+(?=\p{Lu})")

# Two bodies named by their acronyms: "UNODC y DEVIDA", "OAS and UNDP", "UNICEF & WHO"
# A body named by its acronym alone: "EMCDDA", "C4ADS", "GI-TOC"
ACRONYM_ALONE_RE = lazy(r"\p{Lu}[\p{Lu}\d&\-]{1,11}")
# A body's acronym, then a second body whose name ends on a country's initials: "C4ADS and Born Free USA"
ACRONYM_THEN_BODY_RE = lazy(r"(?P<a>\p{Lu}[\p{Lu}\d&\-]{1,11})\s+(?:and|y|et|e|und|&)\s+(?P<b>\p{Lu}[^,;()]{1,60}?\s\p{Lu}{2,4})")
ACRONYMS_JOINED_RE = lazy(r"(\p{Lu}[\p{Lu}&\-]{1,11})\s+(?:y|and|et|e|und|&)\s+(\p{Lu}[\p{Lu}&\-]{1,11})")
# A second body named by its acronym after a first named in full: "... Office on Drugs and Crime and DEVIDA"
AND_ACRONYM_END_RE = lazy(r"\s+(?:y|and|et|e|und|&)\s+(\p{Lu}[\p{Lu}&\-]{1,11})$", regex.REVERSE)
# Two bodies joined, the second named in full: "UNODC and Government of Colombia", "InSight Crime and Center for …"
# The words that join names in a list, in the languages notes print them ("and", "y", "e", "et", "und", "och", "og", "&")
AND_WORDS = ("and", "y", "e", "et", "und", "och", "og", "&")
AND = "(?:" + "|".join(AND_WORDS) + ")"
BODIES_JOIN_RE = lazy(r"\s+" + AND + r"\s+(?=\p{Lu})")
# Words a body's name ends with: two bodies joined by "and" may each end with one instead ("World Health Organization
# and United Nations Children's Fund (UNICEF)", "Amnesty International and Human Rights Watch"), where "Ministry of
# Justice and Human Rights" and "African Union Peace and Security Council" are one body
BODY_END_WORDS = frozenset("""organization organisation organización fund fondo bank council commission institution institute
    foundation programme program union nations agency office committee university centre center service bureau authority
    association federation society trust corporation forum group ministry watch international internacional""".split())


def _body_end_word(name: str) -> bool:
    words = name.split()
    if len(words) > 1 and words[-1].startswith("(") and words[-1].endswith(")"):
        words = words[:-1]  # "United Nations Children's Fund (UNICEF)": the acronym after the name
    return len(words) >= 2 and words[-1].lower() in BODY_END_WORDS


# Words a body's name opens with, which a second body joined by "and" must open with: "Government of …", "Center for …"
BODY_HEAD_WORDS = frozenset("""center centre centro institute instituto institut government gobierno governo department
    departamento ministry ministerio ministério office oficina commission comisión comissão council consejo conselho agency
    agencia agência foundation fundación fundação bank banco university universidad universidade observatory observatorio
    observatório programme program programa fund fondo federation federación association asociación ministère conseil
    autorité agence direction secrétariat haut-commissariat comité mission comisaría alto comisionado tribunal cour
    assemblée assemblea assemblea mouvement movimiento
    министерство міністерство генеральный генеральний правительство администрация адміністрація служба комитет комітет
    совет управление управління главное головне""".split())  # (Russian and Ukrainian bodies: "Министерство обороны …")
# ("Haut-Commissariat des Nations Unies aux droits de l'homme", "Comité international de la Croix-Rouge", "Mission
# multidimensionnelle intégrée …": French bodies, their other words in lower case)
# "B." or "B"
INITIAL_RE = lazy(r"\p{Lu}\.?|(?:Iu|Ia|Yu|Ya|Zh|Kh|Ts|Sh|Shch|Dzh|Th)\.")  # (transliterated two-letter initials: "Iu.")

# Words that make a name an organisation: "Office", "Ministerio", "Center", "Watch".
ORG_WORDS = frozenset(
    """office oficina safety center centre centro institute instituto institut institution ministry ministerio ministère
    ministerium department departamento presidencia presidency commission comisión comision comité committee
    council consejo conseil agency agencia bank banco organization organisation organización organizacion
    foundation fundación fundacion association asociación asociacion network red government gobierno secretaría
    secretaria secretariat defensoría defensoria congress congreso senate senado nations union unión watch
    international internacional group grupo program programme programa fund fondo corporation forum foro
    observatory observatorio project proyecto coalition alliance alianza society sociedad academy academia
    diwan province wilayat caliphate brigade brigades battalion militia corps
    assembleia câmara universidade organização diretoria coordenação superintendência
    bureau service services servicio authority autoridad administration administración university universidad
    press editorial ediciones éditions verlag books publishers publishing company council
    library libraries police policía army ejército navy court corte tribunal parliament parlamento assembly asamblea
    embassy embajada unit unidad division división board junta panel staff team equipo
    canal channel tv televisión television radio federation federación federação fédération confederation
    confederación sindicato syndicat chamber cámara gremio amnesty rights forces brigade brigades front party
    movement initiative trust partido movimiento frente fiscalía fiscalia procuraduría procuraduria contraloría
    contraloria registraduría superintendencia media community comunidad communauté comisaría comisaria
    dirección direccion directorate prefectura gobernación gobernacion municipalidad alcaldía alcaldia
    centers centres institutes ministries councils associations foundations federations organizations organisations
    universities unions ministério fundação associação conselho comissão agência empresa companhia prefeitura
    présidence presidenza secrétariat segreteria gouvernement governo ministero commissione consiglio corte
    banca banque istituto agenzia direzione ufficio tribunale camera senato procura assemblée sénat préfecture
    mairie gendarmerie armées defensa défense difesa treasury portal procuración personería veeduría subsecretaría
    consejería intendencia gendarmería tesorería auditoría sindicatura
    kementerian komisi badan kepolisian pengadilan mahkamah dewan majelis jemaah jamaah jamaat harakat hizb
    procuradoria polícia exército governo direction agence fondation observatoire assemblée gouvernement préfecture
    bundesministerium bundesamt amt stiftung gesellschaft verband comptroller auditor ombudsman school escuela école
    secretariado inspector europol interpol eurojust frontex viceministerio viceministry subsecretaría subsecretaria jama'at jamaat jama`at jamaa ansar harakat haraka tanzim hay'at hayat jaysh jaish jabhat katibat
    katiba liwa ahrar dawlat kata'ib kata’ib kataib saraya wizarat wazarat majlis sabha
    ministarstvo vlada ured odbor centar skupština tužilaštvo vijeće министарство влада телевизија радио-телевизија
    министерство міністерство штаб правительство уряд администрация адміністрація служба комитет комітет совет рада
    агентство управление управління прокуратура суд дума кремль фонд институт інститут центр партия партія
    regeringen riksdagen stortinget folketinget politiet polisen vakfı derneği mahkemesi meclisi başbakanlık
    kurulu kurumu başkanlığı bakanlığı iroda hivatal bizottság minisztérium bíróság kormány országgyűlés alkotmánybíróság
    komisja ministerstwo urząd trybunał sejm senat kancelaria instytut fundacja stowarzyszenie
    úřad ministerstvo soud komise výbor vláda sněmovna
    un unodc gao crs oas oea undp pnud unicef who oms imf fmi cdc protection enforcement customs immigration
    intelligence fórum rede observatório direitos derechos humanos segurança justiça violência
    consortium consorcio collaborators collaboration investigators networks lab labs technologies partnership inc llc plc corp ltd stichting adviesraad
    gmbh corporación corporação corporacion academies comando command commandement archive archives archivo autorité autoridade autorità behörde ministerie rechtbank gemeente politie inst ctr ass'n comm'n dep't soc'y univ
    overheidsdienst administratie inspectie douane""".split()
)
# Companies and groups cited as authors whose names hold no word of a body: "Recorded Future", "Microsoft", "Mandiant"
KNOWN_BODIES = frozenset(name.strip() for name in """microsoft|google|meta|openai|anthropic|mandiant|crowdstrike|recorded future|
    palo alto networks|kaspersky|symantec|eset|sophos|dragos|graphika|chainalysis|elliptic|trend micro|access now|
    fireeye|proofpoint|check point|secureworks|sentinelone|microsoft threat intelligence|google tag|insikt group|
    unit 42|kaspersky great|dfrlab|digital forensic research lab|citizen lab|human rights watch|amnesty|acled|statista|twitter|facebook|
    telegram|youtube|apple|amazon|huawei|tencent|alibaba|bytedance|tiktok|google deepmind|deepmind|meta ai|
    microsoft research|ibm|nvidia|mistral ai|hugging face|walk free|fews net|wfp usa|amaq|amaq news agency|al-furqan|
    al-furqan media|al-hayat media center|as-sahab|al-kataib|az-zallaqa|
    world weather attribution|save the children|save the children international|action against hunger|
    action contre la faim|concern worldwide|welthungerhilfe|mercy corps|care international|oxfam|islamic relief|
    médecins sans frontières|medecins sans frontieres|doctors without borders|global witness|saferworld|airwars|
    kremlin|the kremlin|bellingcat|forensic architecture|small arms survey|conflict armament research|the sentry|crisis group|
    reporters without borders|reporters sans frontières|article 19|privacy international|freedom house|
    transparency international|international alert|search for common ground|acaps|reach|reach initiative|
    deutscher bundestag|bundestag|bundesrat|bundesregierung|landtag|nationalrat|bundeskanzleramt|
    wood mackenzie|rystad energy|kpler|vortexa|gazprom|gazprom neft|rosneft|lukoil|novatek|saudi aramco|aramco|
    totalenergies|shell|bp|exxonmobil|chevron|equinor|eni|repsol|uniper|engie|gasunie|petrobras|pemex|pdvsa|sinopec|
    cnpc|cnooc|adnoc|qatarenergy|glencore|s&p global|bloombergnef|bnef|gas infrastructure europe""".split("|"))
# The bodies of ORG_WORDS named by an acronym, which count only in capitals
ACRONYM_ORG_WORDS = frozenset("un unodc gao crs oas oea undp pnud unicef who oms imf fmi cdc".split())  # ("Africa CDC")
PARTICLES = frozenset("van von de del della dalla dal dello delle dela delos der den di da das do dos du la le las los ter ten zu vom dei degli y e i al el "
                      "bin ibn ó ní nic ua mac mhic".split())  # ("dela", "delos": Filipino, "Arlyn dela Cruz"; Catalan "i": "Ferran Martínez i Coma")
# Dutch and German particles follow the given names directly: no surname stands before them.
GERMANIC_PARTICLES = frozenset("van von vom ter ten zu".split())
# Common given names: a middle word found here belongs to the given names, not the surname.
GIVEN_NAMES = frozenset(
    # German, Dutch and Nordic given names, which may come second ("Jan Christoph Goldschmidt")
    """christoph jan jens lars nils sven jörg jürgen klaus wolfgang stefan matthias dirk uwe heinz ulrich reinhard günter
    gerhard bernd rainer volker thorsten torsten henrik anders erik friedrich wilhelm johann johannes georg ludwig
    maximilian felix lukas niklas tobias florian sebastian andreas markus joachim dieter horst kurt hermann heinrich
    werner helmut manfred pieter willem hendrik joost maarten sander koen ingrid astrid birgit ulrike sabine petra
    katrin heike silke gudrun vanda ariel ponciano rüdiger rudiger esther hilda zoila fernán teófilo
    florent céline sylvain guillaume thibault élise aurélie gilles laurent loïc pascal patrice rémi stéphane yann bertrand
    didier alain jean-yves jean-pierre jean-marie jean-luc jean-claude jean-françois jean-louis jean-paul jean-michel
    jean-baptiste marie-claude anne-marie pierre-yves marie-france
    eugenia mercedes ángeles elvira eulalia hernán vicente octavio fabián marcela
    aaron abigail adam adrian adriana agnes agustín alan albert alberto alejandra alejandro alex alexander alexandra
    alfonso alfredo alice alicia alison amanda amy ana andrea andrew andrés angel ángel angela ángela ann anna anne
    annie anthony antonio arnaud arthur beatriz ben benjamin bernard beth betty bill blanca brian bruce bruno camila
    carl carla carlos carmen carol caroline catherine cecilia césar charles charlotte chris christian christina
    christine christopher claire clara claudia colin cristina daniel daniela david deborah denise diana diane diego
    dolores dominique donald dorothy douglas eduardo edward elena elisa elizabeth ellen emily emma enrique eric
    ernesto esteban eva felipe fernando francis francisco frank françois gabriel gabriela gary george gerardo
    gloria gonzalo grace guillermo gustavo hans helen henry hugo ignacio inés isabel jack jacques james jane janet
    javier jean jeffrey jennifer jessica joan joaquín john jorge josé joseph juan juana judith julia julián julie
    julio karen karl katherine kelly kenneth kevin laura lawrence lee leonardo linda lisa louis louise lucía luis
    luisa manuel marco margaret maría maria mariana marie mario mark marta martha martin martín mary matthew maurice
    michael michel michelle miguel nancy natalia nicholas nicolás norma olga óscar oscar pablo patricia patrick paul
    paula pedro peter philip pierre rachel rafael ramón raúl raul raymond rebecca ricardo richard robert roberto
    rodrigo ronald rosa rosario ruth samuel sandra santiago sara sarah scott sebastián sergio simon sofía sophie
    stephen steven susan teresa thomas timothy tomás ursula vanessa verónica víctor victor victoria virginia walter
    william iván ivan inés ines lynn marie louise ellen jo anne ann jean paul pierre luc
    allison barbara beverly bonnie carolyn cheryl cindy cynthia danielle debra donna eileen elaine eleanor eugene
    evelyn frances frederick gail gerald harry heather heidi irene jacob jacqueline jeremy jill joanne jonathan
    joshua joyce judy kathleen kathryn kimberly lillian lois lori lucy madeline marilyn marjorie megan melissa
    mildred nathan nicole pamela peggy phyllis samantha sharon shirley stephanie tamara theodore theresa tina
    tracy valerie wendy lewis arne gayle luther wayne dean allen jay lou beth lynne
    clemencia consuelo pilar soledad rocío guadalupe esperanza milagros amparo fabiola gladys graciela irma leticia
    lourdes magdalena marisol mónica nelly nora raquel silvia susana yolanda álvaro armando arturo augusto cristóbal
    darío emilio federico héctor humberto jaime jesús marcelo mariano mauricio ramiro reynaldo rubén teodoro ulises
    antonia carolina catalina fernanda florencia francisca josefina liliana lorena luz margarita paola valeria
    ximena joão antônio paulo luiz
    mohammad mohammed muhammad mohamed ahmad ahmed ali abdul abdullah abdel hassan hasan hussein husain hussain omar umar
    yusuf yousef yunus younis khalid mahmoud mahmud ibrahim ismail mustafa karim rahman salah salahuddin sayed syed
    qadir aziz hamid rashid tariq zaid fatima aisha nasir bilal jamal faisal walid samir nabil amir hamza
    emilia elisabeth emanuele sebastián mariella zachariah anke matías valentina micaela orlando
    lena mona henrique francesca
    sérgio márcio flávio fábio cláudio vinícius júlio lúcia antónio luís rogério otávio márcia cássio inácio letícia
    patrícia cecília vitória gonçalo thiago tiago murilo renato renata""".split()  # Portuguese spellings
)
# More given names, for telling a name printed family name first ("Knight, Alan", "Boyer, Christopher R.") from a
# name and a title ("Hunt, Andean Lives"); many are surnames too, so they say nothing of a middle word.
FIRST_NAMES = GIVEN_NAMES | frozenset("""
    adolfo arnaldo friedrich gilbert lilia sidney joaquim florestan abdias nelson gerald harold howard hubert
    lionel marcel marjorie melvyn nigel norman oliver perry ralph randolph roger roland rudolf russell stanley
    stuart warren wolfgang jürgen günter helmut heinrich hermann ulrich dieter klaus werner manfred horst gerhard
    rainer uwe christoph matthias andreas stefan tobias lukas sabine ute ursula monika renate brigitte hannah
    giovanni giuseppe francesco alessandro luigi giorgio massimo luca stefano paolo carlo franco sergio marcello
    vittorio umberto enrico claudio fabrizio giulia chiara francesca alessandra elena silvia valentina federica
    jean-claude jean-paul jean-pierre jean-marie jean-françois jean-louis jean-jacques marie-france émile étienne
    gérard henri hervé jacqueline josé-luis lucien nicolas olivier philippe rené thierry yves sylvie nathalie
    isabelle catherine christophe frédéric geneviève adriano afonso aloísio álvaro augusto caetano celso cláudio
    fábio flávio gilberto heloísa joaquina lúcia luíza márcia maurício octávio otávio renato rogério sílvio tânia
    wanderley agustina bartolomé camilo ceferino edmundo efraín emiliano eusebio evaristo heriberto hipólito
    horacio jerónimo leoncio luciano maximiliano néstor orlando patricio rafaela reinaldo rigoberto saúl wilfredo
    aaron alfred allen andy anthony barry bob charlie craig dale dan dennis derek don doug duncan earl ed eddie
    edwin elliott eugene fred gordon graham greg hal harvey herbert ian jay jeff jerry jim joe joel jon keith ken
    larry leon leonard lloyd marc marvin max mike neil nick norman phil ray rick rob ron ross roy sam seth sidney
    ted terry tim todd tom tony troy vincent wayne alexis amber april ashley audrey brenda carrie cathy colleen
    connie courtney dawn diane dianne doris edith erin esther faith fiona gwen holly hope ida ingrid iris jan jenny
    joy julianne june kate kathy kay kim laurie lena lydia mae marian marion maureen meg molly nina paula penny
    priscilla robin rose roxanne sally sheila stella sue suzanne sylvia vivian yvonne
    jason ryan justin brandon tyler kyle sean shawn travis cody dustin brett bradley jared adrian aidan alec
    blake caleb cameron carter colby connor corey dylan evan gavin ian isaac jake jesse josh logan lucas luke
    marcus mason mitchell nate noah owen preston quinn reid riley ryan seth spencer trevor tristan wesley zachary
    zach garrett graeme gregory hamish jonah kristian lars magnus mathias niklas ole rasmus sven torbjørn
    abby alexa alyssa amelia ana andrea angelina anya ava brianna brittany caitlin candace chelsea chloe dana daphne
    deirdre elise eliza erica erika felicity florence gemma hailey haley hanna hillary imogen isobel jade
    jasmine jenna jillian jocelyn kaitlyn karla katie kayla kendra kirsten kristen kristin lauren leah leslie lindsay
    lindsey lorna mackenzie mallory marissa meghan melanie mia miranda mona morgan naomi nadine natasha
    olivia paige phoebe rachael rebekah renee sabrina sarah shannon sienna sonia stacy tara tess tessa
    tricia vera whitney zoe benoît benoit héni hanin rania dalia layla leila lina maha mariam maryam noor nour rana
    reem salma samira sana yasmin yasmine zainab zeinab aaliyah ayesha asma fatemeh farah hiba huda iman
    aamir adnan afzal akbar anwar arif asad asif ashraf atif ayman azhar babar bashir farooq faraz fawad ghulam
    habib haroon idris imran imtiaz iqbal irfan jalal javed junaid kamal kamran khurram latif majid mansoor masood
    mehmet murat emre burak kemal orhan selim serkan tarek tareq usman waqar wasim yasir yasser zafar zahid zia
    amit anand anil arjun arvind ashok deepak gaurav harsh manish manoj nikhil pankaj pradeep prakash rahul raj rajesh
    rakesh ravi rohan sachin sanjay sanjeev sunil suresh vijay vikram vinod vivek aditi ananya anjali deepa divya
    kavita lakshmi meera neha pooja priya radha sunita swati
    agus ahmad andi arief bambang budi dewi dian eko fitri hendra joko nyoman putu rizal siti sri taufik wahyu
    yudhi kyaw aung thant min zaw
    hiroshi kenji takashi yuki akira haruki kazuo makoto masahiro satoshi shinzo taro yoshi naoko yoko keiko
    jae-in jin sung-hoon min-jun seo-yeon ji-hoon
    oleksandr oleksiy andriy dmytro mykola serhiy taras yuriy volodymyr vladimir dmitry sergei sergey alexei aleksei
    mikhail nikolai pavel igor oleg yuri boris ivan anatoly andrei andrey gennady grigory konstantin leonid maxim
    stanislav valery viktor vitaly yevgeny evgeny tatiana tatyana svetlana irina natalya natalia olga ekaterina
    yekaterina anastasia elena yelena maria galina lyudmila marina nadezhda oksana yulia
    serhii andrii oleksii yurii vitalii anatolii valerii hennadii mykhailo pavlo petro vasyl yevhen ihor bohdan
    kostiantyn maksym artem denys ruslan vadym yaroslav mariia yuliia nataliia anastasiia sofiia kseniia nadiia
    liudmyla tetiana iryna olena kateryna svitlana halyna larysa viktoriia daria polina alina
    krzysztof wojciech grzegorz tomasz piotr paweł łukasz małgorzata agnieszka katarzyna joanna
    alexandre baptiste jean-baptiste mathieu antoine julien clément camille manon léa chloé maxime quentin romain
    sébastien jérôme aurélien cédric delphine élodie émilie hélène mathilde pauline virginie marine janaina
    kwame kofi kwesi ama abena chukwuemeka chinedu emeka ngozi oluwaseun olusegun yemi tunde babatunde adebayo
    wanjiru wangari njeri kamau otieno ochieng musa moussa mamadou amadou ousmane boubacar ibrahima abdoulaye
    aminata fatou mariama issa oumar seydou souleymane cheikh""".split())
# The commonest Chinese family names, in pinyin: a two-word name that opens with one and goes on with a given name
# in pinyin is printed family name first ("Chen Jian", "Yang Kuisong", "Li Danhui")
CHINESE_SURNAMES = frozenset("""wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang
    xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao
    shi tan jin qian mao kong zhong xi qin bai yan shou xue lei gu hou qiu fang kang shao wan yin duan hao lai tao xia
    chang qi cui mo jia fan fu meng bao long dai wen ou xiong pang shang geng mei""".split())
# Family names of two syllables, written as one word: "Long Ouyang" is Ouyang, Long (no "Long, Ouyang")
CHINESE_COMPOUND_SURNAMES = frozenset("ouyang situ sima zhuge shangguan dongfang huangfu murong zhangsun yuchi".split())
# The commonest Vietnamese family names, and the middle words that mark a Vietnamese name ("Nguyen Thi Mai",
# "Tran Van Giau"): such a name is printed family name first
VIETNAMESE_SURNAMES = frozenset("nguyen nguyễn tran trần le lê pham phạm hoang hoàng huynh huỳnh phan vu vũ vo võ dang đặng bui "
                                "bùi do đỗ ho hồ ngo ngô duong dương ly lý".split())
VIETNAMESE_MIDDLE_WORDS = frozenset("thi thị van văn".split())
# A given name in pinyin: one to three syllables run together or joined by a hyphen ("Kuisong", "Zedong", "Xiao-ping")
_PINYIN_SYLLABLE = (r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|"
                    r"in|un|ia|ie|iu|ua|uo|ui|ue|er|a|e|i|o|u|ü)")
PINYIN_GIVEN_RE = lazy(rf"(?i)(?:{_PINYIN_SYLLABLE}){{1,3}}(?:-(?:{_PINYIN_SYLLABLE}){{1,2}})?")
# Three or more family names alone: "Juhász, Lane, and Rodrik", "Ruiz, Pérez y Gómez"
_SURNAME = r"(?:(?:van|von|de|del|da|do|dos|du|di|la|le|Ó|Ní|Nic|Ua)\s+)*(?:(?:al|el|as|ad|ash)-|[dDlL][’'])?[`ʿ]?\p{Lu}[\p{L}'’`-]+"
# (Irish: "Ó Súilleabháin"; an elided particle: "d'Anjou", "L'Estrange")
SURNAME_LIST_RE = lazy(rf"{_SURNAME}(?:,\s+{_SURNAME}){{1,5}},?\s+{AND}\s+{_SURNAME}")
# The first author's family name and initials, then the other authors given names first: "Bruno, V. and H. S. Shin"
FIRST_INVERTED_RE = lazy(r"(?P<family>\p{Lu}[\p{L}'’\-]+(?:\s\p{Lu}[\p{L}'’\-]+)?),\s+(?P<initials>(?:\p{Lu}\.\s?(?:-\p{Lu}\.\s?)?){1,3})"
                         r"(?:,?\s+(?:and|&)\s+|,\s+)(?P<rest>(?:\p{Lu}\.\s?){1,3}\s?\p{Lu}[^,]{1,40}(?:(?:,?\s+(?:and|&)\s+|,\s+)"
                         r"(?:\p{Lu}\.\s?){1,3}\s?\p{Lu}[^,]{1,40}){0,6})")
# The same with given names in full: "Demirgüç-Kunt, Asli, Leora Klapper, and Saniya Ansar", "Acemoglu, Daron, and James A.
# Robinson"
FIRST_INVERTED_FULL_RE = lazy(r"(?P<family>\p{Lu}[\p{L}'’\-]+(?:\s\p{Lu}[\p{L}'’\-]+)?),\s+(?P<given>\p{Lu}[\p{L}'’\-]+(?:\s\p{Lu}\.){0,2})"
                              r"(?:,\s+(?:(?:and|y|e|et|&)\s+)?|\s+(?:and|y|e|et|&)\s+)(?P<rest>\p{Lu}[\p{L}'’\-]+\s[^,]{2,60}(?:,\s+(?:and\s+)?\p{Lu}[^,]{2,60}){0,8}"
                              r"(?:,?\s+and\s+\p{Lu}[^,]{2,60})?)")
_SURNAME_BOUNDED = r"(?:(?:van|von|de|del|da|do|dos|du|di|la|le)\s+){0,3}(?:(?:al|el|as|ad|ash)-)?\p{Lu}[\p{L}'’`-]{1,40}"
SURNAME_PAIR_RE = lazy(rf"(?<![\p{{L}}\s])(?:{_SURNAME_BOUNDED})\s+{AND}\s+{_SURNAME_BOUNDED}")  # "Bahaj and Reis": two family
# names alone (bounded: it runs on a note's text)
SURNAME_SPLIT_RE = lazy(r",?\s+" + AND + r"\s+|,\s+")
# Separators in a list of names: "A, B, and C", "A and B", "A y B", "A & B", "A; B".
NAME_SPLIT_RE = lazy(r"\s*(?:,\s*" + AND + r"\s+|\s+" + AND + r"\s+|;\s*|,\s+(?=\p{Lu}[\p{L}.'-]+\s+\p{L}))")
# Names with their initials first, joined by "and" or commas, as many as a paper lists: "S. E. Oliver and J. W. Gargano"
_INITIALS_FIRST = r"(?:\p{Lu}\.\s?(?:-?\p{Lu}\.\s?){0,3})\s*\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?"
INITIALS_FIRST_LIST_RE = lazy(rf"{_INITIALS_FIRST}(?:(?:,\s+|,?\s+and\s+){_INITIALS_FIRST})+(?:,?\s+et\s+al\.?)?")
ET_AL_RE = lazy(r"(?i),?\s*(?:et\.?\s+al\.?|and\s+others|y\s+otros|et\s+autres|u\.\s*a\.)$", regex.REVERSE)
ROLE_RE = lazy(r"(?i),?\s*\(?\b(?:eds?\.|(?<=\()eds?(?=\))|(?<=,\s{0,2})eds|editors?|editor(?:es|as)?|comps?\.|coords?\.|orgs?\.|trans\.|translated\s+by|dir\.|a\s+cura\s+di|(?<=\()(?:hg|hrsg)\.)\)?\.?$",
               regex.REVERSE)
# the period between two initials printed together: "J.M." -> "J. M."
JOINED_INITIALS_RE = lazy(r"(?<=\b\p{Lu})\.(?=\p{Lu}\b)")
INITIALS_RE = lazy(r"^(?:(?:\p{Lu}|Iu|Ia|Yu|Ya|Zh|Kh|Ts|Sh|Shch|Dzh|Th)\.){1,3}$|^\p{Lu}\.?-\p{Lu}\.$")
NAME_TOKEN_RE = lazy(r"^(?:[`ʿ‘]?\p{Lu}[\p{L}'’.`ʿʾ-]*|\p{Lu}\.|(?:van|von|de|del|della|dalla|dal|dello|delle|degli|dei|dela|delos|der|den|di|da|das|do|dos|du|la|le|las|los|ter|ten|zu|y|e|i|al|el|bin|ibn|b\.|bt\.|bint)|(?:d'|d’|mac|mc|al-|el-|as-|ash-|ad-|an-|ar-|az-)[`ʿ‘]?\p{Lu}[\p{L}'’`ʿʾ-]*)$")
# (an ʿayn before a capital, as CTC Sentinel writes it with a backtick: "Khalid bin `Umar Batarfi", "Anwar al-`Awlaki")  # ("el-Husseini", "ash-Shabaab")


# Titles and ranks printed before a name, which are no part of it: "President Barack Obama", "Gen. David Petraeus"
HONORIFICS = frozenset(
    """president presidente président vice-president senator sen. representative rep. congressman congresswoman
    governor gov. general gen. lt. lieutenant col. colonel maj. major capt. captain adm. admiral sgt. sergeant
    dr. prof. professor mr. mrs. ms. sheikh shaykh imam ayatollah ambassador minister ministro secretary
    secretario chancellor mayor alcalde judge justice rev. reverend father fr. sir dame don doña sr. sra.
    comandante commander hj. hjh. haji hajjah tun datuk dato' dato’ dr brig. brig sgt. cmdr. cdr. cpl. pvt. spc. ret.
    maj lt col gen sgt ltg mg bg mufti mullah mulla maulana mawlana mawlawi maulvi qari
    ltc cpt 1lt 2lt sfc ssg msg sgm csm pfc cw2 cw3 cw4 cw5 adm vadm radm lcdr capt
    air vice rear marshal cmde cdre commodore brigadier gp wg sqn ldr flt cdr cmdr""".split()
)  # (the US Army's and Navy's abbreviated ranks: "LTC Ramon Ortiz", "SFC James Delgado"; and the air forces' and navies'
# of the Commonwealth, as South Asian journals print them: "Air Cmde Jasjit Singh", "Gp Capt Ajey Lele", "Wg Cdr …",
# "Sqn Ldr …", "Vice Admiral (Retd) …", "Air Marshal …")

# Those of them that are never a given name ("Don", "Imam", "Major", "Sheikh" can be): before a surname alone, the
# rank is dropped and no given name is left ("President Biden" -> Biden)
RANKS_NEVER_GIVEN = frozenset(
    """president presidente président vice-president senator sen. representative rep. congressman congresswoman
    governor gov. general gen. lt. lieutenant col. colonel maj. capt. captain adm. admiral sgt. sergeant dr. prof.
    professor mr. mrs. ms. ambassador minister ministro secretary secretario chancellor mayor alcalde judge""".split()
)


# Words of an office held, printed before a name: "Assistant U.S. Attorney", "Deputy Chief of Mission"
OFFICE_WORDS = HONORIFICS | frozenset("attorney officer director adviser advisor chief spokesman spokeswoman spokesperson "
                                      "commissioner deputy assistant chairman chair envoy undersecretary coordinator "
                                      "rapporteur ambassador prosecutor judge mayor governor minister secretary".split())

# Words that grade an office before its name: "Senior Special Assistant", "Acting Director", "Former Ambassador"
OFFICE_MODIFIERS = frozenset("senior special principal acting former vice executive lead permanent interim under".split())  # ("Under Secretary for …")
# Letters after a name that are no part of it: "QC", "KC", "MP", "OBE"
POST_NOMINALS = frozenset("QC KC MP OBE CBE MBE KCMG FRS".split())
# The first word of an Arabic kunya ("Abu Muhammad", "Umm Sayyaf"), which belongs to the given names
KUNYA_WORDS = frozenset("abu abū umm abi".split())
# "Servant of": the first word of a compound given name ("Abd al-Rahman", "‘Abd al-Bari"), never a name alone
SERVANT_WORDS = frozenset("abd abdul abdel abdal".split())

ARTICLES = frozenset("the el la los las le les die der das il lo gli o os a as".split())


# A group of states named by letter and number: "G7", "G20", "P5", "E3", "BRICS+"
GROUP_OF_STATES_RE = lazy(r"[a-z]{1,2}\d{1,2}\+?")
# Words that end an organisation's name unless a given name opens it: "Global Witness", "Small Arms
# Survey", "Financial Action Task Force", "White House", "InSight Crime" ("Edward House" is a person).
ORG_LAST_WORDS = frozenset("witness survey force house crime monitor news agency channel tv state terrorism extremism district"
                           " tracker cluster"  # "Kivu Security Tracker", "Health Cluster"
                           " policy collective inc llc"
                           " software talos"  # "Progress Software", "Cisco Talos": a company, or its threat-research team
                           " commentator"  # "Jiefangjun Bao Commentator": a paper's editorial voice, no person
                           " research analytics consulting associates support league commissioner ombudsperson"
                           # a company's legal form: "Equinor ASA", "Ørsted A/S", "Siemens AG", "Repsol S.A."
                           " asa a/s ag s.a sa s.a.s sas s.p.a spa n.v nv b.v bv ab oyj ltd limited plc"
                           " energy petroleum oil"  # "Rystad Energy", "Kuwait Petroleum", "Example Oil"
                           " integrity transparency journal"  # "Global Financial Integrity", "Long War Journal"
                           " bd"  # ("Privacy & Civil Liberties Oversight Bd.": a board, as the Bluebook shortens it)
                           " club justice".split())  # "Paris Club", "Debt Justice": a creditors' club, a campaign
# Words that open a body's name, though inside one they may name a newspaper ("Local Transport Today"):
# "Transport Scotland", "Transport & Environment", "Campaign for Better Transport"
ORG_FIRST_WORDS = frozenset("transport campaign global".split())  # ("Global Financial Integrity": no given name)
# A head of state's or government's office, which signs what its site publishes: "President of Russia", "Prime Minister of
# India", "The Supreme Leader of Iran"
HEAD_OF_STATE_RE = lazy(r"(?i)^(?:the\s+)?(?:president|prime\s+minister|chancellor|premier|emir|king|supreme\s+leader|"
                        r"secretary[-\s]general)\s+of\s+(?:the\s+)?(?-i:\p{Lu})")
# A country's initials opening a body's name: "U.S. Customs and Border Protection", "UK Home Office"
COUNTRY_INITIALS = frozenset("u.s. us u.k. uk eu e.u. un u.n. u.s u.k e.u u.n".split())  # (as printed, or stripped of a period)
# Two words that open a state's body: "United Kingdom Maritime Trade Operations", "United States Africa Command"
# A place's government named as "<kind> of <place>": "City of Minneapolis", "Town of Example", "Commonwealth of Virginia"
PLACE_GOVERNMENT_WORDS = frozenset("city town county village borough township municipality state commonwealth parish "
                                   "district province".split())
STATE_OPENINGS = frozenset({("united", "kingdom"), ("united", "states"), ("united", "nations"), ("european", "union")})
# A word that makes a short name a body's: "Médicos Sin Fronteras", "Reporters Without Borders", "Médecins Sans Frontières"
WITHOUT_WORDS = frozenset("sin sans without sem ohne senza not".split())  # (and "Hope not Hate")


# A name in Chinese characters, with its romanisation or translation in brackets after it: "习近平", "朱海仑 [Zhu Hailun]"
HAN_PERSON_RE = lazy(r"(?P<han>\p{Han}{2,4})(?:\s*\[[^\[\]]{2,60}\])?")
# A given name of two syllables joined by a hyphen, the second in lower case: "Kai-shek", "Hsiao-p'ing", "Jae-in"
HYPHENATED_GIVEN_RE = lazy(r"\p{Lu}\p{Ll}{1,6}-\p{Ll}[\p{Ll}'’]{1,6}")
# A family name of one syllable, as Chinese and Korean ones are: "Chiang", "Teng", "Park" (not Thai "Pramote")
ONE_SYLLABLE_RE = lazy(r"(?i)[^aeiouy\W]{0,3}[aeiouy]{1,3}[^aeiouy\W]{0,3}")
# A foreign name written in Chinese characters, its parts set apart by a middle dot: "约瑟夫·奈" (Joseph Nye)
HAN_FOREIGN_RE = lazy(r"\p{Han}{1,8}(?:·\p{Han}{1,8}){1,3}")
# Names in Chinese characters, listed with "、", commas or "and"/"和"
HAN_PEOPLE_RE = lazy(r"\p{Han}{2,4}(?:(?:、|,\s*|\s+and\s+|和)\p{Han}{2,4}){1,9}")
HAN_LIST_SPLIT_RE = lazy(r"、|,\s*|\s+and\s+|和")
# A body named in Chinese characters, ending in what a body is called: "国务院新闻办公室 [State Council Information Office]"
HAN_BODY_RE = lazy(r"\p{Han}{2,30}(?:部|院|会|室|局|厅|社|网|报|处|所|中心|委员会|研究所|政府|法院|检察院|党委|省|庁|委員会|"
                  r"事務所|研究会)(?:\s*\[[^\[\]]{2,120}\])?")  # (Japanese: 防衛省 a ministry, 防衛庁 an agency)


# Word endings that make a body in Turkish ("Bakanlığı", "Başkanlığı", "Müdürlüğü") and the Scandinavian languages
# ("justisdepartementet", "Säkerhetspolisen", "sikkerhetstjeneste", "rådet", "Migrationsverket", "Utlendingsdirektoratet")
ORG_SUFFIXES = ("lığı", "liği", "luğu", "lüğü", "departementet", "departement", "polisen", "tjeneste", "tjenesten",
                "rådet", "myndigheten", "verket", "direktoratet", "ministeriet", "styrelsen",
                "bundesbank", "ministerium", "bundesamt", "landesamt", "bundesgerichtshof", "verfassungsgericht",
                "bundesregierung", "stiftung", "-institut", "-institute")
# (German: "Deutsche Bundesbank", "Bundesministerium des Innern", "Bundesamt für Verfassungsschutz", "Example-Stiftung",
# "Robert Koch-Institut")
# The same endings closing any word of a name, looked for in one pass, where a cheap test of the text finds a stem
ORG_SUFFIX_RE = lazy(r"(?i)(?:" + "|".join(ORG_SUFFIXES) + r")(?![\p{L}])")
ORG_SUFFIX_STEMS = ("ğ", "departement", "polisen", "tjenest", "rådet", "myndighet", "verket", "direktorat", "ministeriet",
                    "styrelsen", "bundes", "ministerium", "landesamt", "verfassungs", "stiftung", "-institut")


@per_article()
def has_body_ending(text: str) -> bool:
    """A word of ``text`` ends as a body's name does in Turkish or the Scandinavian languages ("Bakanlığı", "rådet")."""
    lowered = text.lower()
    return any(stem in lowered for stem in ORG_SUFFIX_STEMS) and ORG_SUFFIX_RE.search(text) is not None


# Bodies known by their initials, whose programmes and offices are named after them: "IOM DTM", "OCHA Yemen"
ACRONYM_BODIES = frozenset("UN UNDP UNHCR UNICEF UNFPA UNODC OCHA WFP WHO IOM ICRC IFRC FAO ILO IMF OECD OSCE NATO EU AU ECOWAS "
                           "IGAD SADC ASEAN ACLED IPC FEWS HRW MSF".split())


def _country(text: str) -> bool:
    """A country's name, of one word or several ("Kenya", "United States", "Bosnia and Herzegovina"), looked up only where
    a name's shape asks it."""
    from .places import known_country  # (the gazetteer's countries, a thousandth of a second to load)

    return text[:1].isupper() and known_country(text)


# A state named by its form: "Republic of Kenya", "République d'Haïti", "Kingdom of Morocco" ("Estado de México" is a state of
# a federation, a place)
STATE_NAME_RE = lazy(r"(?:(?:Federal|Islamic|Democratic|People['’]s|United|Plurinational)\s+)?(?:Republic|République|República|"
                     r"Repubblica|Republik|Kingdom|Royaume|Reino|Sultanate|Emirate|Principality|Commonwealth|"
                     r"Federation|Fédération|Federación)\s+(?:\p{L}+\s+)?(?:of|de|d['’]|du|del|de\s+la|della|des|of\s+the)\s*\p{Lu}")


# Armed and militant groups by the words their names are made of, in the spellings notes print ("Al-Qaeda in Iraq",
# "Al-Qa`ida in the Islamic Maghreb", "Tehrik-i-Taliban Pakistan", "Hurras al-Din", "Boko Haram", "Islamic State of
# Iraq"): a group as the author of its statements, never a person (a word such as "Ansar" opens the name)
ARMED_GROUP_RE = lazy(r"(?i)(?<![\p{L}])(?:al[-\s]?qa[`'’ʿ]?[ie]?da|qaeda|taliban|shabaa?b|hizb[au]llah|hezbollah|hamas|"
                      r"boko\s+haram|islamic\s+state|daesh|nusra|tahrir\s+al-sham|kata[`'’ʿ]?ib|asa[`'’ʿ]?ib|lashkar|"
                      r"^(?:ansar|jaish|hurras|jama[`'’ʿ]?at|jamaat|tehr?ee?k|ahrar|harakat|ittihad)\b)(?![\p{L}])")


def _place_then_acronym(words: list[str]) -> bool:
    """A town, then initials in capitals: "Stanford HAI" (a person's family name in capitals follows a given name: "Ana
    DIAS")."""
    first, last = words
    if not (last.isupper() and last.isalpha() and 2 <= len(last) <= 4 and first[:1].isupper() and not first.isupper()):
        return False
    from .places import known_place

    return known_place(first) and not is_given_name(first)


@per_article()
def is_organisation(text: str) -> bool:
    if not text.isascii() and text[:1] >= "\u2e80" and HAN_BODY_RE.fullmatch(text.strip()):
        return True
    if ARMED_GROUP_RE.search(text) is not None and text[:1].isupper() and len(text) <= 80 and " and " not in text \
            and "," not in text:
        # (not "Al-Qaida and Associated Individuals and Entities", the words of a sanctions regime in a report's title)
        return True
    words = [w.strip(".,()").lower() for w in text.split()]
    if not ACRONYM_ORG_WORDS.isdisjoint(words):  # "GAO", "WHO", "UN" in capitals; "Leo Gao", "Un" are no bodies
        words = [w.lower() if w.lower() not in ACRONYM_ORG_WORDS or w.isupper() else "" for w in
                 (t.strip(".,()") for t in text.split())]
    if "press" in words and _press_is_surname(text):
        words = [w for w in words if w != "press"]  # "Daryl G. Press", "Benjamin Press": a surname, no publisher
    if len(words) >= 3 and words[0] in ARTICLES and text[:1].isupper() and not text.split()[0].endswith("."):
        return True  # "El Poder del Consumidor", "The Brookings Institution": persons open with no article ("A. B. Doe": an initial)
    if not ORG_WORDS.isdisjoint(words) and not (words[-1] in SURNAME_LIKE_ORG_WORDS and words[0] not in SURNAME_LIKE_ORG_WORDS
                                                and ORG_WORDS.intersection(words) <= SURNAME_LIKE_ORG_WORDS) \
            or " ".join(words) in KNOWN_BODIES:
        return True  # ("Saniya Ansar": a person, whose family name is a group's word)
    if has_body_ending(text):
        return True  # "T.C. İçişleri Bakanlığı", "Justis- og beredskapsdepartementet", "Brottsförebyggande rådet"
    if words[:1] == ["cour"]:
        return True  # "Cour de cassation" ("Alicia de la Cour Venning" is a person)
    if len(words) >= 3 and words[0] in COUNTRY_INITIALS and text[:1].isupper():
        return True  # "U.S. Customs and Border Protection": no person's name opens with a country's initials
    if len(words) >= 2 and words[-1] in ORG_LAST_WORDS and not is_given_name(text.split()[0]):
        return True
    if len(parts := text.split()) == 2 and _place_then_acronym(parts):
        return True  # "Stanford HAI", "Oxford CSAE": a university's centre by its town and its initials
    if len(words) >= 2 and text.split()[-1] in ("SE", "S.E.") or words[:1] in (["petróleos"], ["petroleos"], ["petróleo"]):
        return True  # "Uniper SE", a European company; "Petróleos Mexicanos", "Petróleo Brasileiro"
    if len(words) >= 2 and (GROUP_OF_STATES_RE.fullmatch(words[0]) or any(w.endswith(("'s", "’s")) for w in words[:-1])):
        return True  # "G7 Leaders", "G20 Finance Ministers"; "Lloyd's List", "Moody's Investors Service": no person's name
    if len(words) >= 2 and words[0] in ORG_FIRST_WORDS and text[:1].isupper():
        return True
    if len(words) >= 3 and "of" in words[1:3] and text[:1].isupper() and HEAD_OF_STATE_RE.match(text) is not None:
        return True  # "President of Russia", "Prime Minister of Japan": the office, as kremlin.ru and kantei.go.jp sign
    if len(words) >= 3 and words[1] == "of" and words[0] in PLACE_GOVERNMENT_WORDS and text[:1].isupper():
        return True  # "City of Minneapolis", "County of Los Angeles", "State of California": the place's government
    if len(words) >= 3 and tuple(words[:2]) in STATE_OPENINGS:
        return True
    if len(words) >= 3 and not WITHOUT_WORDS.isdisjoint(words[1:-1]):
        return True
    if _known_outlet(text):
        return True  # "Al Jazeera", "Folha de S.Paulo": a newspaper or broadcaster named as the author
    if "-e-" in text and IZAFAT_RE.search(text):
        return True  # "Tehreek-e-Taliban Pakistan", "Lashkar-e-Taiba", "Jaish-e-Mohammed": a movement's name
    if len(words) >= 3 and text.rstrip().endswith(")") and ACRONYM_AFTER_RE.search(text):
        return True  # "National Consortium for the Study of Terrorism and Responses to Terrorism (START)": a body's acronym
    tokens = text.split()
    if 2 <= len(tokens) <= 6 and text[:1].isupper() and STATE_NAME_RE.match(text):
        return True  # "République d'Haïti", "Republic of Kenya", "Federal Republic of Nigeria": a state, by its form
    if len(tokens) == 2 and tokens[0] in ACRONYM_BODIES and not text.isupper() and _country(tokens[1]):
        return True  # "OCHA Yemen", "WFP Sudan": an agency's office in a country ("CNN Indonesia" is a broadcaster's site)
    if len(tokens) == 2 and all(2 <= len(t) <= 6 and t.isalpha() and t.isupper() for t in tokens) and text.isascii() \
            and tokens[0] in ACRONYM_BODIES:
        return True  # "IOM DTM": a programme of a body known by its initials
    if len(tokens) >= 3 and tokens[-1][:1].isupper() and not is_given_name(tokens[0]) and tokens[0][:1].isupper() \
            and all(t[:1].isupper() for t in tokens) and _country(tokens[-1]):
        return True  # "Missing Voices Kenya": a body's name, then its country (no person's name ends on one)
    if len(tokens) >= 3 and ACRONYM_RE.fullmatch(tokens[0]) and len(tokens[0]) >= 3 and "." not in tokens[0] \
            and not text.isupper() and not is_given_name(tokens[1]):  # ("J.R.R. Tolkien": initials; "DUPONT Jean Paul")
        return True  # "ISO New England", "NATO Allied Command": a person's name opens with no acronym
    if len(tokens) >= 2 and len(tokens[0]) >= 2 and tokens[0].isupper() and tokens[0].isalpha() and not tokens[0].isascii() \
            and "\u0400" <= tokens[0][0] <= "\u04ff":
        return True  # "ФСБ России", "МИД России": a body's initials in Cyrillic, then its country (no surname is so printed)
    if 2 <= len(tokens) <= 9 and tokens[0].lower().strip(",") in AGENCY_FIRST_WORDS and _ends_on_a_nation(text):
        return True  # "Statistics Canada", "Global Affairs Canada", "Crown-Indigenous Relations and Northern Affairs Canada",
        # "Public Health England": an agency named by its field, then its country
    if 2 <= len(tokens) <= 6 and GERMAN_BODY_RE.fullmatch(text.strip()) and not is_given_name(tokens[0]):
        return True  # "Europäischer Rat", "Europäische Kommission", "Französische Nationalversammlung": a German adjective
        # of place or kind, inflected, before the body's noun (no person's given name is so declined)
    return bool(ACRONYM_RE.fullmatch(text.strip()))  # "GAO", "UNODC", "AT&T"


# The fields an agency is named for, before its country: "Statistics Canada", "Health Canada", "Statistique Canada"
AGENCY_FIRST_WORDS = frozenset(
    "statistics statistique stats health santé elections élections parks parcs global affaires public sécurité transport "
    "transports infrastructure environment environnement innovation employment emploi immigration crown-indigenous "
    "indigenous autochtones natural ressources fisheries pêches agriculture finance finances justice veterans heritage "
    "patrimoine sport historic tourism destination invest export business library bibliothèque housing revenue".split())
UK_NATIONS = frozenset(("england", "scotland", "wales", "northern ireland"))


def _ends_on_a_nation(text: str) -> bool:
    """Whether ``text`` ends on a country's name ("… Canada", "… New Zealand", "… England")."""
    from .places import known_country  # (places reads this module's callers)

    words = text.split()
    return any(" ".join(words[-n:]).lower() in UK_NATIONS or known_country(" ".join(words[-n:])) for n in (1, 2)
               if len(words) > n)


def _opens_on_a_first_name(family: str) -> bool:
    """Whether what would be a family name of two words opens on a given name ("José Coronel", "Vicki Been"): a person
    named given name first, not one printed family name first."""
    return " " in family and is_first_name(family.split()[0])


# A body's word that is also a family name, when it closes a name of two words: "Saniya Ansar" (not "Ansar Dine")
SURNAME_LIKE_ORG_WORDS = frozenset(("ansar",))


# A body's name as German prints it: an adjective ending "-isch", "-ig", "-lich", inflected ("Europäischer",
# "Statistisches", "Ständige"), then capitalised nouns and the small words between them ("für", "der")
GERMAN_BODY_RE = lazy(r"\p{Lu}\p{Ll}{2,20}(?:isch|sch|ig|lich)(?:er|e|es|en)(?:\s(?:\p{Lu}[\p{Ll}\-]{2,30}|für|der|des|und|von))+")


def _known_outlet(name: str) -> bool:
    """``classify.known_outlet``, imported when first needed (classify reads this module)."""
    from .classify import known_outlet

    return known_outlet(name)


# Small words an organisation's name may hold in lower case: "Office on Drugs and Crime"
ORG_FUNCTION_WORDS = frozenset(
    "of for and on the de del la las los y e el in to und für der des du et pour sobre para por en a al zur zum sur "
    "di da do das dos contra against with from at gegen über entre avec against sin sem sans without upon into &".split())


# The Arabic article as transliterations join it to a name: "al-Naba", "as-Sahab", "el-Sisi", "wal-Muslimin"
ARABIC_ARTICLES = ("al-", "an-", "ar-", "as-", "at-", "az-", "ad-", "el-")


DASHES = frozenset("-–—")


@per_article()
def organisation_name(text: str) -> bool:
    """A name that reads as an organisation: "United Nations Office on Drugs and Crime (UNODC)", "Inter Services Public
    Relations (ISPR)" (an acronym made of the name's initials is a body's, whatever its words)."""
    if not text.isascii() and text[:1] >= "\u2e80" and HAN_BODY_RE.fullmatch(text.strip()):
        return True  # "国务院新闻办公室 [State Council Information Office]"
    acronym = ACRONYM_AFTER_RE.search(text) if text.endswith(")") else None
    text = ACRONYM_AFTER_RE.sub("", text) if acronym else text
    words = [w for w in text.split() if w not in DASHES]  # "Ministry of Health – Gaza": a body and where it sits
    if len(words) > 12 and " and " in text and joined_bodies(text) is not None:
        return True  # "Centre for Human Rights and Democracy in Africa and Raoul Wallenberg Centre for Human Rights"
    if 2 <= len(words) <= 7 and words[0][:1].isupper() and has_body_ending(text) \
            and words[-1][-1:] not in ".,:;":
        return True  # "Politiets sikkerhetstjeneste", "Brottsförebyggande rådet": a body, its words in lower case as its
        # language writes them
    if 2 <= len(words) <= 12 and words[0].lower() in BODY_HEAD_WORDS and words[-1][-1:] not in ".,:;" and is_organisation(text):
        return True  # "Commission nationale de l'informatique et des libertés", "Ministère de l'intérieur": a body's head word,
        # its other words in lower case as French and Spanish write them
    return 1 <= len(words) <= 12 and words[0][:1].isupper() \
        and all(w[:1].isupper() or w[:1] == "(" and w[1:2].isupper() and w[-1:] == ")" and w[1:-1].isalpha()  # "(Gaza)"
                or w.lower() in ORG_FUNCTION_WORDS
                or w in ("plc", "gGmbH") and w is words[-1]  # "Shell plc": a company's legal form, in lower case
                or w[:1].isdigit() and w.lstrip("0123456789") in ("st", "nd", "rd", "th")  # "… the January 6th Attack …"
                or w.isdigit() and w is not words[0] and len(w) <= 4  # "Palo Alto Networks Unit 42", "Microsoft 365 …"
                or w[:3].lower() in ARABIC_ARTICLES
                or w[:4].lower() == "wal-" or ELIDED_ARTICLE_RE.match(w) for w in words) \
        and (is_organisation(text) or acronym is not None and len(words) >= 2 and _initials_of(words, acronym.group(0)))


def joined_bodies(text: str) -> tuple[str, str] | None:
    """Two bodies' long names joined by "and", each a body's name on its own (the first may hold "and" too); None
    otherwise."""
    at = text.rfind(" and ")  # (from the last: "… Human Rights and Democracy in Africa and Raoul Wallenberg Centre …")
    for _ in range(4):
        if at < 0:
            return None
        first, second = text[:at].strip(), text[at + 5:].strip()
        if len(first.split()) <= 12 and len(second.split()) <= 12 and organisation_name(first) and organisation_name(second) \
                and (", " not in second or second.split()[0].lower() in BODY_HEAD_WORDS):
            return first, second  # ("U.S. Department of Housing and Urban Development, Office of …": one department, and
            # its office after the comma; no second body begins "Urban Development, …")
        at = text.rfind(" and ", 0, at)
    return None


def _initials_of(words: list[str], acronym: str) -> bool:
    """The acronym's letters are the words' initials, in order, opening with the first: "SATP" of "South Asia Terrorism Portal"."""
    letters = [ch for ch in acronym if ch.isalpha()]
    initials = iter(w[0].upper() for w in words if w[:1].isupper())
    return bool(letters) and letters[0] == words[0][0].upper() and all(ch in initials for ch in letters)


# "Press" as a person's surname, after a given name and an initial: "Daryl G. Press", "Keir A. Lieber and Daryl G. Press"
SURNAME_PRESS_RE = lazy(r"(?<!\bof\s)\b(?P<given>\p{Lu}[\p{Ll}]+)\s+(?P<initial>\p{Lu}\.\s+)?Press\b(?!\s+\p{Lu})")


def _press_is_surname(text: str) -> bool:
    """"Press" is a person's surname after a given name and an initial ("Daryl G. Press") or after a given name
    ("Thomas Carothers and Benjamin Press"), where "Beacon Press" and "University of Virginia Press" publish."""
    return any(m.group("initial") or is_first_name(m.group("given")) for m in SURNAME_PRESS_RE.finditer(text))
# Two words joined by the Persian and Urdu "-e-" that names movements and parties: "Tehreek-e-Taliban", "Lashkar-e-Taiba"
IZAFAT_RE = lazy(r"\p{Lu}\p{Ll}+-e-\p{Lu}\p{Ll}+")
# A French or Italian article or preposition elided before a capital: "d'Italia", "l’État", "dell'Economia"
ELIDED_ARTICLE_RE = lazy(r"(?i:d|l|dell|all|nell|sull|dall|qu)['’]\p{Lu}")


# A law's name, which a particle after its first word makes look like a person's: "Ley de Seguridad Interior", "Law of
# Ukraine", "Loi relative au renseignement", "Decreto No. 1234"
LAW_NAME_RE = lazy(r"^(?:Ley|Leyes|Decreto|Reglamento|Law|Loi|Lei|Gesetz|Código|Codigo|Code|Decree|Act)\s+"
                   r"(?:de|del|dos|do|da|of|on|relative|relatif|sobre|über|zur|zum|n[°º]|no\.|nº)\s")


# Another given name in brackets between a person's given and family names, as Carnegie and CSIS print East Asian
# authors' names: "Brian (Chun Hey) Kot"
OTHER_GIVEN_NAME_RE = lazy(r"(?<=\p{L})\s+\((?P<other>\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){0,2})\)(?=\s+\p{Lu}\p{Ll})")


@per_article(maxsize=4096)
def looks_like_names(text: str, max_words: int = 14) -> bool:
    """True when ``text`` reads as one or more personal names: "Gabriela Tarazona-Sevillano and John B. Reuter"."""
    if not text.isascii() and text[:1] >= "\u2e80":
        core = ET_AL_RE.sub("", text.strip()).strip(" ,")
        if (HAN_PERSON_RE.fullmatch(core) or HAN_PEOPLE_RE.fullmatch(core) or HAN_FOREIGN_RE.fullmatch(core)) \
                and not is_organisation(core):
            return True  # "习近平", "王毅 [Wang Yi]", "张三、李四", "约瑟夫·奈": people named in Chinese characters
    if len(text) > 160 and text[1:2] == "." and INITIALS_FIRST_LIST_RE.fullmatch(text):
        return True  # "S. E. Oliver and J. W. Gargano and … and K. Dooling": a medical paper's many authors, initials first
    if len(text) > 360 or text.count(" ") > 2 * max_words + 8:
        return False  # a role ("translated by") or "et al." removes a few words, never this many
    text = ET_AL_RE.sub("", ROLE_RE.sub("", text.strip())).strip(" ,")
    if "[" in text or "(" in text or "（" in text or not text.isascii() and HAN_AFTER_NAME_RE.search(text):
        text = HAN_NAME_RE.sub("", text)  # "Zhong Sheng [钟声]": the name in characters after its romanisation
        text = HAN_AFTER_NAME_RE.sub("", text)  # "Wu Shicun 吴士存", unbracketed
    if "(" in text and OTHER_GIVEN_NAME_RE.search(text):
        text = OTHER_GIVEN_NAME_RE.sub("", text)  # "Brian (Chun Hey) Kot": the other given name a person goes by
    if ("Jr" in text or "Sr" in text or "I" in text) and SUFFIX_RE.search(text):
        text = SUFFIX_RE.sub("", text)  # "Andrew F. Krepinevich, Jr.": a generation is no name of its own
    if not text or len(text) > 320 or text[:1] in "LDRCAG" and LAW_NAME_RE.match(text):
        return False
    if SURNAME_LIST_RE.fullmatch(text):
        return True  # "Juhász, Lane, and Rodrik": family names alone, as a short form lists three or more
    if ". " in text and (first_inverted := FIRST_INVERTED_RE.fullmatch(text)) is not None \
            and looks_like_names(first_inverted.group("rest")):
        return True  # "Jordà, Ò., M. Schularick and A. M. Taylor": the first author inverted, the others not
    if text.count(", ") >= 2 and (full_first := FIRST_INVERTED_FULL_RE.fullmatch(text)) is not None \
            and not is_organisation(full_first.group("family")) and not _opens_on_a_first_name(full_first.group("family")) \
            and looks_like_names(full_first.group("rest")):
        return True  # "Demirgüç-Kunt, Asli, Leora Klapper, and Saniya Ansar": the same with given names in full
    if (" with " in text or " avec " in text or " con " in text or " mit " in text) and (pair := _with_writer(text)) is not None:
        return looks_like_names(pair[0]) and looks_like_names(pair[1])
    if ", " in text and _person_and_office(text) is not None:
        return True  # "Ken Roe, Director General of Example": a person and her office
    if "," in text and inverted_names(text) is not None:
        return True  # "Knight, Alan", "Joseph, Gilbert M. and Nugent, Daniel", "SCHWARCZ, Lilia Moritz"
    if "/" in text and "//" not in text:  # "Koch/Weber/Werenfels", "Anne Roe/Jane Doe": names a slash parts, as German notes
        pieces = [p.strip() for p in text.split("/")]  # print them
        return 2 <= len(pieces) <= 6 and all(p and not any(c.isdigit() for c in p) and looks_like_names(p, max_words)
                                             for p in pieces)
    parts = [p for p in NAME_SPLIT_RE.split(text) if p]
    if not parts or sum(len(p.split()) for p in parts) > max_words \
            and sum(1 for p in parts for w in p.split() if w.lower() not in PARTICLES) > max_words:
        return False  # (a particle is no name's word of its own: "De Roy van Zuijdewijn and Bakker" names two)
    if ", and " in text and is_organisation(text) and _persons_then_group(text) is not None:
        return True  # "Jane Roe, John Doe, and Example Commission on Health": persons, then the group with them
    for part in parts:
        tokens = part.split()
        if not 1 <= len(tokens) <= 6:
            return False
        if not all(NAME_TOKEN_RE.match(t) for t in tokens):
            return False
        if not any(t[:1].isupper() or t[:1] in "`ʿ‘" and t[1:2].isupper() for t in tokens):
            return False  # (an ʿayn before the capital: "‘Abd al-Bari ‘Atwan")
    return True


# A person, her office and the body she serves, as testimony and speeches name their speaker
PERSON_OFFICE_BODY_RE = lazy(r"^(?P<name>[^,]{3,60}),\s+(?P<office>\p{Lu}[\p{L}.\-]*(?:\s+(?:\p{Lu}[\p{L}.\-\d]*|of|for|and|the|to|on)){0,9})"
                             r"(?:,\s+(?P<body>\p{Lu}[^,]{2,80}))?$")


def _person_and_office(text: str) -> str | None:
    """The person's name in "Gen. Jane Roe, Commander, U.S. Example Command" or "Ken Roe, Director General of Example";
    None unless a name of two words or more comes first and an office, not a body, after it ("Truth, Justice and
    Reconciliation Commission" is one body)."""
    held = PERSON_OFFICE_BODY_RE.match(text)
    if held is None or " " not in held.group("name").strip():
        return None
    words = [w.lower().strip(".,") for w in held.group("office").split()]
    while len(words) > 1 and words[0] in OFFICE_MODIFIERS:
        words = words[1:]  # "Senior Special Assistant to the President": the office is the word after its grade
    if words[0] not in OFFICE_WORDS or not looks_like_names(held.group("name")):
        return None  # (an office may sound like a body, "Secretary of State", "Minister of Defence": its first word tells)
    return held.group("name")


def _ordered_by_characters(text: str) -> Name | None:
    """A romanised Chinese name of two words followed by its characters, read in the order the characters give: the
    family name is the word the first character is read as ("Chen Zhou 陈舟" -> Chen, Zhou; "Yun Sun 孙韵" -> Sun, Yun)."""
    han = HAN_AFTER_NAME_RE.search(text) or HAN_NAME_RE.search(text)
    roman = text[: han.start()].split() if han else []
    if len(roman) != 2 or text[han.end():].strip(" ,;") or not all(w.isascii() and w[:1].isupper() for w in roman):
        return None
    first = to_ascii(han.group(0).strip(" [](（）)【】")[:1]).strip().lower()
    if roman[0].lower() == first:
        return Name(family=roman[0], given=roman[1])
    if roman[1].lower() == first:
        return Name(family=roman[1], given=roman[0])
    return None


@per_article(maxsize=4096)
def _two_people_et_al(text: str) -> tuple[Name, ...] | None:
    """"Fergus Roe, Emilia Díaz-Doe" (before "et al."): two people, each given name first, not one inverted name; the
    second part opens on a given name and ends on none ("García Márquez, Gabriel José" is one name, inverted)."""
    first, second = (part.split() for part in text.split(", "))
    if len(first) < 2 or len(second) < 2 or not all(w[:1].isupper() for w in first + second):
        return None
    if not is_given_name(second[0]) or is_given_name(second[-1]) or is_given_name(first[-1]):
        return None
    return parse_names(" ".join(first)) + parse_names(" ".join(second))


def parse_names(text: str) -> tuple[Name, ...]:
    """Split a printed list of names and read each one."""
    et_al = "et al" in text and ET_AL_RE.search(text) is not None
    text = ET_AL_RE.sub("", ROLE_RE.sub("", text.strip())).strip(" ,;")
    if et_al and text.count(", ") == 1 and (pair := _two_people_et_al(text)) is not None:
        return pair
    if not text.isascii() and text[:1] >= "\u2e80":
        if is_organisation(text):
            return (Name(literal=text),)  # "国务院新闻办公室 [State Council Information Office]"
        if (han := HAN_PERSON_RE.fullmatch(text)) is not None:  # "习近平": the family name first, one character
            return (Name(family=han.group("han")[0], given=han.group("han")[1:]),)
        if HAN_FOREIGN_RE.fullmatch(text):  # "约瑟夫·奈": a foreign name, given names first
            parts = text.split("·")
            return (Name(family=parts[-1], given="·".join(parts[:-1])),)
        if HAN_PEOPLE_RE.fullmatch(text):  # "张三、李四", "张三, 李四 and 王五": each name one word
            return tuple(name for part in HAN_LIST_SPLIT_RE.split(text) if part for name in parse_names(part))
    if not text.isascii() and (ordered := _ordered_by_characters(text)) is not None:
        return (ordered,)  # "Chen Zhou 陈舟", "You Ji 尤基": the characters say which word is the family name
    if "(" in text and (other := OTHER_GIVEN_NAME_RE.search(text)) is not None:  # "Brian (Chun Hey) Kot": read without the
        names = parse_names(text[: other.start()] + text[other.end():])  # other given name, which goes with the given name
        before = text[: other.start()].split()[-1]
        return tuple(evolve(n, given=f"{n.given} ({other.group('other')})") if n.given and n.given.endswith(before) else n
                     for n in names)
    if "[" in text or "(" in text or "（" in text or not text.isascii() and HAN_AFTER_NAME_RE.search(text):
        text = HAN_AFTER_NAME_RE.sub("", HAN_NAME_RE.sub("", text)).strip()  # "Zhong Sheng [钟声]", "Wu Shicun 吴士存"
    if text.replace(" ", "").lower() in ("aa.vv.", "vv.aa.", "aavv", "autoresvarios", "variosautores", "various"):
        return ()  # "AA.VV., Il caso italiano": "various authors", no one named
    if text.lower() in NEWSROOM_WORDS:
        return ()  # "Redacción, “Title”, Proceso, <date>": the paper's newsroom, no one named
    if text.split()[0].lower() in NEWSROOM_WORDS and len(text.split()) <= 6:
        return (Name(literal=text),)  # "Redacción Animal Político": the newsroom of a paper, a body
    if text[:3].lower() in ("by ", "by:"):
        text = BYLINE_RE.sub("", text)  # "By Sarah Okafor", "BY RAVI MENON": a byline's word, no given name
    if not text:
        return ()
    if text.startswith("The ") and " " not in text[4:].strip():
        return (Name(literal=text),)
    if (head := text.split())[0].isupper() and 2 <= len(head[0]) <= 5 and head[0].isalpha() and 2 <= len(head) <= 4 \
            and all(w[:1].isupper() and w[1:2].islower() for w in head[1:]) and not is_given_name(head[1]):
        return (Name(literal=text),)  # "SOS Orinoco", "IDL Reporteros": a body's initials, then its word (a French
        # "DUPONT Jean" is a person, by the given name after it)
    if 2 <= len(text.split()) <= 5 and _country(text):
        return (Name(literal=text),)  # "United States", "Bosnia and Herzegovina": a country as author (where it stands as a
        # container or a place, it is no body: that is left to the readers)
    if text.endswith(")") and "," in text and (initials := ACRONYM_AFTER_RE.search(text)) is not None \
            and organisation_name(text[: initials.start()].strip()):
        return (Name(literal=text),)  # "United Nations Educational, Scientific and Cultural Organization (UNESCO)": one body  # "The Sentry": no person's name opens with "The" (an outlet so named stays an outlet)
    if ", " in text and (person := _person_and_office(text)) is not None:
        return parse_names(person)  # "Gen. Jane Roe, Commander, U.S. Example Command": the person, her office
    if is_organisation(text) and (mixed := _persons_then_group(text)) is not None:
        return mixed
    if ". " in text and (first_inverted := FIRST_INVERTED_RE.fullmatch(text)) is not None:
        # "Bruno, V. and H. S. Shin", "Jordà, Ò., M. Schularick and A. M. Taylor": the first author family name first,
        # the others given names first, as economists list them
        rest = parse_names(first_inverted.group("rest"))
        if rest and all(n.family and n.given for n in rest):
            return (Name(family=first_inverted.group("family"), given=first_inverted.group("initials").strip()), *rest)
    if ", " in text and (first_inverted := FIRST_INVERTED_FULL_RE.fullmatch(text)) is not None \
            and not is_organisation(first_inverted.group("family")) and not _opens_on_a_first_name(first_inverted.group("family")):
        rest = parse_names(first_inverted.group("rest"))
        if rest and all(n.family and n.given for n in rest):
            # "Demirgüç-Kunt, Asli, Leora Klapper, Dorothe Singer, and Saniya Ansar": the first author inverted, as a
            # bibliography lists them, the others given names first
            return (Name(family=first_inverted.group("family"), given=first_inverted.group("given")), *rest)
    listed = body_list(text) if "," in text else None
    if listed is None and " and " in text and len(text.split()) >= 8 and (pair := joined_bodies(text)) is not None \
            and (len(text.split()) > 12 or all(len(p.split()) >= 3 and any(w.lower() in BODY_END_WORDS for w in p.split())
                                               for p in pair)):  # ("Cybersecurity and Infrastructure Security Agency and
        # Federal Bureau of Investigation": shorter names, each with a body's word)
        head = pair[0].split(", ")
        listed = [*head, pair[1]] if len(head) > 1 and all(organisation_name(p) for p in head) else list(pair)
        # ("Centre for Human Rights and Democracy in Africa and Raoul Wallenberg Centre for …": two bodies; "Cross Cultural
        # Foundation, Duay Jai Group and Patani …": the list's bodies before its last "and")
    if listed is not None:  # "FAO, IFAD, UNICEF, WFP and WHO", "ILO, Walk Free, and IOM": bodies listed, each an author
        return tuple(Name(literal=b) for b in listed)
    if text[:1].isupper() and not text[1:2].islower() and (pair := ACRONYM_THEN_BODY_RE.fullmatch(text)) is not None \
            and not is_first_name(pair.group("b").split()[0]):  # (not "UNDP and Jane Roe USA")
        return Name(literal=pair.group("a")), Name(literal=pair.group("b"))
    if is_organisation(text):
        bodies = ACRONYMS_JOINED_RE.fullmatch(text) if " " in text else None
        if bodies:  # "UNODC y DEVIDA", "OAS and UNDP": two bodies, each by its acronym
            return Name(literal=bodies.group(1)), Name(literal=bodies.group(2))
        last = AND_ACRONYM_END_RE.search(text) if " " in text else None
        if last and is_organisation(text[: last.start()]):  # "Example Office on Drugs and Crime and DEVIDA"
            return Name(literal=text[: last.start()]), Name(literal=last.group(1))
        for m in BODIES_JOIN_RE.finditer(text):  # "InSight Crime and Center for Latin American & Latino Studies"
            left, right = text[: m.start()].strip(), text[m.end():].strip()
            if (right.split()[0].lower() in BODY_HEAD_WORDS or _body_end_word(right) and _body_end_word(left)
                    or ACRONYM_ALONE_RE.fullmatch(left)  # "EMCDDA and Europol", "FATF and Egmont Group": a body by its
                    # acronym, then another body
                    or left.endswith(")") and ACRONYM_AFTER_RE.search(left) and len(right.split()) >= 2) \
                    and is_organisation(left) and is_organisation(right):  # ("… Network (FSIN) and Global Network …": the
                # first body's acronym closes its name)
                return Name(literal=left), Name(literal=right)
        return (Name(literal=text),)
    if "/" in text and (slashed := _slashed_names(text)) is not None:
        return slashed  # "Koch/Weber/Werenfels", "Anne Roe/Jane Doe": German notes part their authors with a slash
    if (" with " in text or " avec " in text or " con " in text or " mit " in text) \
            and (pair := _with_writer(text)) is not None:  # "Jane Roe with John Doe": a memoir's co-writer
        return parse_names(pair[0]) + parse_names(pair[1])
    if "," in text and SURNAME_LIST_RE.fullmatch(text):  # "Juhász, Lane, and Rodrik": no given names
        return tuple(Name(family=p.strip()) for p in SURNAME_SPLIT_RE.split(text) if p.strip())
    inverted = inverted_names(text, capitals=True) if "," in text else None
    if inverted is not None:  # "Vaughan, Mary Kay and Lewis, Stephen E.", "SCHWARCZ, Lilia Moritz": family name first
        return inverted
    if " e " in text or " y " in text:
        text = JOINED_SURNAMES_RE.sub(_joined_surnames, text)  # "Teresa Cruz e Silva": one person's two surnames
    return tuple(parse_name(p.replace("\x1f", " ")) for p in NAME_SPLIT_RE.split(text) if p and p.strip())


def _slashed_names(text: str) -> tuple[Name, ...] | None:
    """The people of a list a slash parts, each a name of one to four capitalised words; None for anything else."""
    parts = [p.strip() for p in text.split("/")]
    if not 2 <= len(parts) <= 6 or not all(p[:1].isupper() and 1 <= len(p.split()) <= 4 and not any(c.isdigit() for c in p)
                                           for p in parts):
        return None
    return tuple(n for p in parts for n in parse_names(p))


# A newspaper's newsroom signing for it: "Redacción", "Redação", "Rédaction", "Staff"
NEWSROOM_WORDS = frozenset(("redacción", "redaccion", "redação", "rédaction", "redazione", "staff", "staff writer", "staff writers",
                            "editorial staff", "editorial board", "the editorial board", "the editors", "news desk", "newsdesk"))


# Two surnames joined by "e" or "y" after a given name, the last name of its list or followed by the next: "Teresa
# Cruz e Silva", "José Ortega y Gasset" (one person; "Forquilha e Pereira", surnames alone, are two people)
JOINED_SURNAMES_RE = lazy(r"(?:^|(?<=,\s))(?P<given>\p{Lu}[\p{Ll}'’-]+)(?P<middle>(?:\s\p{Lu}\.?[\p{Ll}'’-]*){0,2})\s"
                          r"(?P<surnames>\p{Lu}[\p{Ll}'’-]+\s(?:e|y)\s\p{Lu}[\p{Ll}'’-]+)(?=$|,)")


def _joined_surnames(m: regex.Match) -> str:
    """The surnames held together while the list is split, where a known given name opens the person's name."""
    if not is_given_name(m.group("given")) or is_organisation(m.group(0)):
        return m.group(0)  # ("ACLED, Zitamar News e Mediafax": bodies)
    return m.group("given") + m.group("middle") + " " + m.group("surnames").replace(" ", "\x1f")


# What parts the bodies of a list: ", ", ", and ", " and ", " & "
BODY_LIST_SPLIT_RE = lazy(r",?\s+(?:and|&|y|et|e|und)\s+|,\s+")
BODY_COMMA_LIST_SPLIT_RE = lazy(r",\s+(?:(?:and|&)\s+)?")


def body_list(text: str) -> list[str] | None:
    """The bodies of a list of three or more named by their acronyms or known names ("FAO, IFAD, UNICEF, WFP and WHO",
    "ILO, Walk Free, and IOM"), or None."""
    named = [p.strip() for p in BODY_COMMA_LIST_SPLIT_RE.split(text.strip()) if p.strip()] if ", " in text else []
    if len(named) >= 2 and regex.search(r",\s+(?:and|&)\s", text) \
            and all(len(p.split()) >= 2 and organisation_name(p) for p in named):
        return named  # "Cybersecurity and Infrastructure Security Agency, Federal Bureau of Investigation, and Australian
        # Cyber Security Centre": bodies named in full, set apart by commas (their own names may hold an "and")
    parts = [p.strip() for p in BODY_LIST_SPLIT_RE.split(text.strip()) if p.strip()]
    if len(parts) < 3 or not regex.search(r"\s(?:and|&|y|et|e|und)\s", text):
        return None
    acronyms = sum(1 for p in parts if ACRONYM_RE.fullmatch(p) and len(p) >= 2 and p.isupper())
    if acronyms < 2 or not all(ACRONYM_RE.fullmatch(p) or " ".join(p.lower().split()) in KNOWN_BODIES
                               or is_organisation(p) and not looks_like_names(p) for p in parts):
        return None
    return parts


def _persons_then_group(text: str) -> tuple[Name, ...] | None:
    """"J. Roe, A. Doe, and Example Commission on Health": two or more persons, then the group that wrote with them
    after the list's last ", and" (the group's own name may hold an "and")."""
    cut = text.rfind(", and ")
    group = text[cut + 6:].strip() if cut > 0 else ""
    if not group or not is_organisation(group):
        return None
    persons = [p.strip() for p in NAME_SPLIT_RE.split(text[:cut]) if p and p.strip()]
    if len(persons) < 2 or not all(looks_like_names(p) and not is_organisation(p) and p.split()[0].lower() not in COUNTRY_INITIALS
                                   and (INITIALS_RE.match(p.split()[0]) or is_first_name(p.split()[0])) for p in persons):
        return None
    return tuple(parse_name(p) for p in persons) + (Name(literal=group),)


# The word that joins an author and the writer who helped: "with", French "avec" (after a comma too: "Gilles Roe, avec
# Antoine Doe"), Spanish "con", German "mit"
WITH_WRITER_RE = lazy(r",?\s+(?:with|avec|con|mit)\s+")


def _with_writer(text: str) -> tuple[str, str] | None:
    """"Robert Example with John Doe": an author and the writer who helped, both persons named in full (not
    "Interview with John Doe")."""
    parts = WITH_WRITER_RE.split(text)
    if len(parts) != 2:
        return None
    left, right = parts[0].strip(), parts[1].strip()
    words, others = left.split(), right.split()
    if len(words) < 2 or not right[:1].isupper() or not 2 <= len(others) <= 4:
        return None
    if " with " in text and not any(is_first_name(w[0]) or INITIALS_RE.match(w[0]) for w in (words, others)):
        return None  # one of the two at least opens on a given name or an initial: "Amira Example with Andrew Doe"
    return left, right


# One name printed family first, as bibliographies and some notes print every author: "Knight, Alan",
# "Vaughan, Mary Kay", "Boyer, Christopher R.", "CARVALHO, José Murilo de", "García Márquez, Gabriel"
INVERTED_NAME_RE = lazy(
    r"(?P<family>(?:(?:van|von|de|del|della|da|das|dos|du|di|la|le)\s+)*\p{Lu}[\p{L}'’-]+(?:\s+(?:[yY]\s+)?\p{Lu}[\p{L}'’-]+)?),\s+"
    r"(?P<given>(?:\p{Lu}\.(?:\s?-?\p{Lu}\.)*|\p{Lu}[\p{L}'’-]+)(?:\s+(?:\p{Lu}\.(?:\s?-?\p{Lu}\.)*|\p{Lu}[\p{L}'’-]+\.?|de|da|do|dos|das|del|e))"
    r"{0,3})")
# What joins two inverted names: "Joseph, Gilbert M. and Nugent, Daniel", "HASENBALG, Carlos; SILVA, Nelson do Valle"
INVERTED_JOIN_RE = lazy(r",?\s+" + AND + r"\s+|;\s*"
                        # "Bradley, S., Lahn, G. and Pye, S.": a comma after initials, then the next name's family name
                        r"|(?<=\b\p{Lu}\.),\s+(?=(?:(?:van|von|de|del|da|du|di|la|le)\s+)*\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?,\s)")


def inverted_names(text: str, capitals: bool = False) -> tuple[Name, ...] | None:
    """Each name of ``text`` (roles such as "(eds.)" aside) when every one is printed family name first, else None.  A name
    counts as inverted when its given name opens with a known given name or an initial, or (with ``capitals``, where
    the text is known to name persons) when its family name is in capitals: "Hunt, Andean Lives" (a short form) and
    "CEDIB, Coca" (a body and a title) are no names."""
    names = []
    for part in INVERTED_JOIN_RE.split(ET_AL_RE.sub("", ROLE_RE.sub("", text.strip())).strip(" ,")):
        m = INVERTED_NAME_RE.fullmatch(part.strip())
        if m is None:
            return None
        family, given = m.group("family"), m.group("given")
        first = given.split()[0]
        if not (first.lower().strip(".") in FIRST_NAMES or INITIALS_RE.match(first)
                or capitals and family.replace(" ", "").isupper() and len(family) > 2):
            return None
        if not ORG_WORDS.isdisjoint(w.lower().strip(".,") for w in f"{family} {given}".split()):
            return None  # "Peru, Ministry of the Interior": a country and its body ("GAO" in capitals is a body too)
        if " " in family and is_given_name(family.split()[0]) and not family.isupper():
            return None  # "Jane Roe, John Doe": two names, each given name first
        given = given.rstrip(",")
        if JOINED_INITIALS_RE.search(given):
            given = JOINED_INITIALS_RE.sub(". ", given)
        names.append(Name(family=family_case(family), given=given))
    return tuple(names)


def inverted_name_before_title(text: str) -> bool:
    """"Hernández, Anabel", "Salazar, Alonso", "del Pino, Wilber", printed before a title set apart: one to three capitalised
    words (and particles), a comma, then one to three more, whatever given names they are, none a country, a publishing
    town or a body's word ("Perú, Lima" is a place)."""
    from .places import publishing_city

    family_part, _, given_part = text.partition(", ")
    family, given = [w for w in family_part.split() if w.lower() not in PARTICLES], given_part.split()
    return 1 <= len(family) <= 3 and 1 <= len(given) <= 3 and ", " not in given_part \
        and all(w[:1].isupper() and not w.isupper() and w.replace("-", "").replace("'", "").replace("’", "").isalpha()
                for w in (*family, *given)) \
        and not any(_country(p) or publishing_city(p) or not ORG_WORDS.isdisjoint(w.lower() for w in p.split())
                    for p in (family_part, given_part))
    # (a town's name in the gazetteer is no test: "Salazar" and "Wilber" are towns as well as names)


def family_case(family: str) -> str:
    """"SCHWARCZ" -> "Schwarcz", "GARCÍA MÁRQUEZ" -> "García Márquez", "TARAZONA-SEVILLANO" -> "Tarazona-Sevillano":
    a family name in capitals, as ABNT and French notes print it, in the case it has in running text."""
    if family.replace(" ", "").isupper() and len(family) > 1:
        words = family.split()
        return " ".join(w.lower() if (w.lower() in PARTICLES and not (i == 0 and w.lower() in CAPITAL_ARTICLES and len(words) > 1))
                        or len(w) == 1 else _capitalised(w, i) for i, w in enumerate(words))
        # ("EL SAHLY" -> "El Sahly", "LE DEVIN" -> "Le Devin": an article opening it keeps its capital)
    return family


# Articles that open a family name with their capital: "El Sahly", "Le Pen", "La Fontaine", "Mac Orlan"
CAPITAL_ARTICLES = frozenset("el al le la les mac".split())


def _capitalised(word: str, at: int) -> str:
    """A word of a family name in capitals, in the case of running text: "TARAZONA-SEVILLANO" -> "Tarazona-Sevillano",
    "D'ENCAUSSE" -> "d'Encausse" after another word ("Carrère d'Encausse"), "D'ALMEIDA" -> "D'Almeida" opening it."""
    parts = []
    for part in word.split("-"):
        head, mark, rest = part.partition("'") if "'" in part else part.partition("’")
        if mark and len(head) == 1 and rest:
            parts.append((head.upper() if at == 0 else head.lower()) + mark + rest.capitalize())
        else:
            parts.append(part.capitalize())
    return "-".join(parts)


# A word in capitals, as a family name is printed in ABNT and French notes: "DUPONT", "SÁ", "TARAZONA-SEVILLANO"
CAPITALS_WORD_RE = lazy(r"\p{Lu}[\p{Lu}'’-]*\p{Lu}")


def parse_name(text: str) -> Name:
    """One name, "Given Middle Family" (or "Family, Given" when inverted); initials printed
    together are spaced as BibTeX readers space them: "J.M. Berger" -> "J. M." Berger."""
    name = _read_name(text)
    if name.given and JOINED_INITIALS_RE.search(name.given):
        return Name(family=name.family, given=JOINED_INITIALS_RE.sub(". ", name.given))
    return name


# A name in Chinese characters after its romanisation: "Zhong Sheng [钟声]", "Hu Xijin (胡锡进)"
HAN_NAME_RE = lazy(r"\s*[\[(（【]\p{Han}{1,12}[\])）】]")
# The name in characters printed after its romanisation without brackets, before a comma or the end: "Wu Shicun 吴士存"
HAN_AFTER_NAME_RE = lazy(r"(?<=\p{Latin})\s+\p{Han}{1,6}(?=\s*(?:,|;|\s+and\s|$))")
# A generation printed after a person's name, with or without its comma: "Andrew F. Krepinevich, Jr.", "Lloyd J. Austin III"
SUFFIX_END_RE = lazy(r",?\s+(?P<suffix>Jr\.?|Sr\.?|II|III|IV)$", regex.REVERSE)
# The same inside a list of names: "Jane Roe, Jr., and John Doe"
SUFFIX_RE = lazy(r",?\s+(?:Jr\.?|Sr\.?|II|III|IV)(?=,|;|\s+(?:and|y|&)\s|$)")


def _read_name(text: str) -> Name:
    text = SPACES_RE.sub(" ", text.strip(" ,;"))
    if is_organisation(text):
        return Name(literal=text)
    if text[-1:] in "IV.r" and (generation := SUFFIX_END_RE.search(text)) and len(text[: generation.start()].split()) >= 2:
        name = _read_name(text[: generation.start()])  # "Andrew F. Krepinevich, Jr.": the name, then its generation
        if name.family and name.given:
            return Name(family=name.family, given=name.given, suffix=generation.group("suffix"))
    if "," in text:  # inverted: "Romo Espinoza, Vanessa"; or "Laos F." kept by the caller
        family, given = (s.strip() for s in text.split(",", 1))
        if given and looks_like_names(given):
            return Name(family=family, given=given)
    tokens = text.split(" ")
    while len(tokens) > 2 and tokens[-1].rstrip(",.") in POST_NOMINALS:  # "Jonathan Hall QC": an honour, no surname
        tokens = tokens[:-1]
    if len(tokens) > 3:  # "Assistant U.S. Attorney Karen Lott", "Secretary of State John Roe": an office, then the name
        first_given = next((i for i in range(1, len(tokens) - 1) if is_given_name(tokens[i]) and len(tokens[i]) > 2), None)
        if first_given and any(t.lower().strip(".,") in OFFICE_WORDS for t in tokens[:first_given]):
            tokens = tokens[first_given:]
    while len(tokens) > 2 and tokens[0].lower() in HONORIFICS:  # "President Barack Obama" -> Barack Obama
        tokens = tokens[1:]
    if len(tokens) == 2 and tokens[0].lower() in RANKS_NEVER_GIVEN and tokens[1][:1].isupper() and not is_given_name(tokens[1]):
        return Name(family=tokens[1])  # "President Biden", "Secretary Blinken": a rank and a surname, no given name
    if len(tokens) == 1:
        return Name(family=tokens[0])
    if tokens[0] in PARTICLES and tokens[0].islower() and all(t[:1].isupper() or t in PARTICLES for t in tokens[1:]) \
            and len(tokens) <= 4:
        return Name(family=" ".join(tokens))  # "do Rosário", "de Waal", "van der Berg": a surname alone, as short forms name
    if 3 <= len(tokens) <= 4 and tokens[0].lower() in PARTICLES and tokens[1] in PARTICLES and tokens[1].islower() \
            and tokens[-1][:1].isupper():
        return Name(family=" ".join(tokens))  # "Von der Leyen", "De la Cruz": the same, capitalised as a note's first word
        # (two particles open no given name; "Van Jones" may be one)
    if tokens[0] == "Ibn" and len(tokens) <= 3 and all(t[:1].isupper() or t[:3] in ("al-", "el-") for t in tokens[1:]):
        return Name(family=" ".join(tokens))  # "Ibn Taymiyya", "Ibn Qayyim al-Jawziyya": known by "son of", whole
    if len(tokens) >= 3 and tokens[-2] == "Ibn" and tokens[-1][:1].isupper():
        return Name(family=f"Ibn {tokens[-1]}", given=" ".join(tokens[:-2]))  # "Aḥmad b. ʿAbd al-Ḥalīm Ibn Taymiyya"
    if len(tokens) >= 3 and ("b." in tokens or "bt." in tokens) and tokens[-1][:1] not in ("b", "B"):
        cut = -2 if tokens[-1][:3] == "al-" and tokens[-2].strip("ʿ‘`'") in ("Abd", "Āl", "Al", "Abu", "Abū") else -1
        return Name(family=" ".join(tokens[cut:]), given=" ".join(tokens[:cut]))  # "Muḥammad b. ʿAbd al-Wahhāb": the chain
        # of fathers is the given name, the last name (with its "ʿAbd" or "Āl") the family's; Arabists abbreviate "ibn" "b."
    if len(tokens) == 3 and tokens[1] in ("Ben", "Bin", "Ibn", "Ould", "Ag", "El") and tokens[2][:1].isupper():
        return Name(family=f"{tokens[1]} {tokens[2]}", given=tokens[0])  # "Ari Ben Am", "Mohamed El Baradei": "son of", or
        # the article, opens the family name
    if len(tokens) == 2 and tokens[1].lower() in CHINESE_COMPOUND_SURNAMES and PINYIN_GIVEN_RE.fullmatch(tokens[0]):
        return Name(family=tokens[1], given=tokens[0])  # "Long Ouyang": a given name, then a family name of two syllables
    if len(tokens) == 2 and tokens[0].lower() in CHINESE_SURNAMES and tokens[1].lower() not in CHINESE_SURNAMES \
            and not is_first_name(tokens[1]) and PINYIN_GIVEN_RE.fullmatch(tokens[1]):
        return Name(family=tokens[0], given=tokens[1])  # "Chen Jian", "Yang Kuisong": the family name first, as printed
    if len(tokens) == 2 and HYPHENATED_GIVEN_RE.fullmatch(tokens[1]) and ONE_SYLLABLE_RE.fullmatch(tokens[0]) \
            and not is_first_name(tokens[0]):
        return Name(family=tokens[0], given=tokens[1])  # "Chiang Kai-shek", "Teng Hsiao-p'ing", "Park Chung-hee": a given
        # name of two syllables joined by a hyphen, the second in lower case, after the family name (Wade-Giles, Korean)
    if len(tokens) == 2 and tokens[0].lower() in KOREAN_SURNAMES and KOREAN_GIVEN_RE.fullmatch(tokens[1]):
        return Name(family=tokens[0], given=tokens[1])  # "Kim Tong-hyung", "Moon Chung-in": Korean order, family first
    if len(tokens) == 2 and KOREAN_GIVEN_RE.fullmatch(tokens[1]) and KOREAN_SYLLABLE_RE.fullmatch(tokens[0]) \
            and not is_first_name(tokens[0]) and all(KOREAN_SYLLABLE_RE.fullmatch(p[:1].upper() + p[1:]) for p in tokens[1].split("-")):
        return Name(family=tokens[0], given=tokens[1])  # "Cheon Seong-Whun": a Korean family name off the list, before a
        # given name of two Korean syllables
    if len(tokens) == 3 and tokens[0].lower() in KOREAN_SURNAMES and tokens[2].lower() not in KOREAN_SURNAMES \
            and all(KOREAN_SYLLABLE_RE.fullmatch(t) and not is_first_name(t) for t in tokens[1:]):
        return Name(family=tokens[0], given=" ".join(tokens[1:]))  # "Kim Jong Un", "Ri Yong Ho": the syllables of the
        # given name written apart, after the family name
    if len(tokens) == 2 and tokens[0].lower() in JAPANESE_SURNAMES and tokens[1].lower() not in JAPANESE_SURNAMES \
            and JAPANESE_GIVEN_RE.fullmatch(tokens[1]) and not is_first_name(tokens[1]):
        return Name(family=tokens[0], given=tokens[1])  # "Kitaoka Shin'ichi", "Abe Shinzō": Japanese order, family first
    if _burmese(tokens):
        return Name(literal=" ".join(tokens))  # "Kyaw Phyo Tha", "Aung San Suu Kyi": no family name to file under
    if len(tokens) >= 3 and tokens[0].lower() in VIETNAMESE_SURNAMES and tokens[1].lower() in VIETNAMESE_MIDDLE_WORDS:
        return Name(family=tokens[0], given=" ".join(tokens[1:]))  # "Nguyen Thi Mai": the family name first, as printed
    capitals = [i for i, t in enumerate(tokens) if len(t) > 2 and CAPITALS_WORD_RE.fullmatch(t)]
    if capitals == [1] and len(tokens) == 3 and len(tokens[1]) <= 3 and tokens[2][:1].isupper() and tokens[2][1:].islower():
        return Name(family=tokens[2], given=f"{tokens[0]} {tokens[1]}")  # "John RWD Jones": initials without stops (OSCOLA)
    if len(capitals) >= 2:  # "José ORTEGA Y GASSET", "Ana GÓMEZ DE LA TORRE": a particle between two words in capitals
        capitals = list(range(capitals[0], capitals[-1] + 1)) if all(
            i in capitals or tokens[i].lower() in PARTICLES for i in range(capitals[0], capitals[-1] + 1)) else capitals
    while capitals and capitals[0] > 0 and tokens[capitals[0] - 1].isupper() and tokens[capitals[0] - 1].lower() in PARTICLES:
        capitals.insert(0, capitals[0] - 1)  # "J. DE LA CRUZ", "H. M. EL SAHLY": a particle in capitals opens the family name
    if capitals and len(capitals) < len(tokens) and capitals == list(range(capitals[0], capitals[-1] + 1)):
        # "DUPONT Jean", "Jean DUPONT", "GARCÍA MÁRQUEZ Gabriel": the family name is the one in capitals
        family = family_case(" ".join(tokens[i] for i in capitals))
        given = " ".join(t for i, t in enumerate(tokens) if i not in capitals)
        return Name(family=family, given=given)
    # A patronymic in the middle of an Arabic name belongs to the given names, the last word is the family name:
    # "Khalid bin `Umar Batarfi" (Batarfi), "Sa`d bin `Atif al-`Awlaki" ("Osama bin Laden": "bin" before the last word)
    patronym = next((i for i in range(1, len(tokens) - 2) if tokens[i] in ("bin", "ibn", "bint")), None)
    if patronym is not None and all(t[:1].isupper() or t[:1] in "`ʿ‘" or t[:3].lower() in ("al-", "el-")
                                    for t in tokens[patronym + 1:]):
        at = len(tokens) - 1
        return Name(family=tokens[at], given=" ".join(tokens[:at]))
    # A particle after the first word starts the family name: "Ponciano del Pino", "Mirella van Dun",
    # and so does an Arabic article joined to its noun: "Abu Muhammad al-Adnani".
    for i in range(1, len(tokens)):
        if tokens[i][:3].lower() in ("al-", "el-", "al‑") and len(tokens[i]) > 4:
            servant = tokens[i - 1].lower().lstrip("`ʿ‘") in SERVANT_WORDS
            if (tokens[i - 1].lower() in KUNYA_WORDS or servant and i == 1) and i + 1 < len(tokens):
                continue  # "Abu al-Hassan al-Muhajir", "‘Abd al-Bari ‘Atwan": "Abu al-Hassan" is the kunya, "‘Abd al-Bari"
                # ("servant of the Creator") one given name
            if (tokens[i - 1].lower() in KUNYA_WORDS or servant) and i >= 2:
                # "Muhammad Mahmud Abu al-Ma`ali", "‘Umar ‘Abd al-Hakim": "Abu", "‘Abd" opens the surname
                return Name(family=" ".join(tokens[i - 1:]), given=" ".join(tokens[:i - 1]))
            return Name(family=" ".join(tokens[i:]), given=" ".join(tokens[:i]))
        if tokens[i].lower() in PARTICLES and i < len(tokens) - 1 and INITIALS_RE.match(tokens[0]) \
                and not INITIALS_RE.match(tokens[i - 1]):  # "J.-P. Olivier de Sardan", "M. García de la Torre": given
            first = next(k for k in range(i) if not INITIALS_RE.match(tokens[k]))  # names cut to initials, then the
            return Name(family=" ".join(tokens[first:]), given=" ".join(tokens[:first]))  # whole family name
        germanic = tokens[i].lower() in GERMANIC_PARTICLES and len(tokens[:i]) <= 3  # "Jan Douwe van der Ploeg"
        if tokens[i].lower() in PARTICLES and i < len(tokens) - 1 and (germanic or _given_run(tokens[:i])):
            return Name(family=" ".join(tokens[i:]), given=" ".join(tokens[:i]))
    if len(tokens) == 2 and tokens[0].lower() in KUNYA_WORDS and tokens[1][:1] in "`ʿ‘" + tokens[1][:1].upper():
        return Name(family=" ".join(tokens))  # "Abu ‘Ubayda", "Umm Sayyaf": a kunya alone, the name a person goes by
    if len(tokens) >= 3 and tokens[0].lower().lstrip("`ʿ‘") in SERVANT_WORDS and tokens[1][:3].lower() in ARABIC_ARTICLES:
        return Name(family=" ".join(tokens[2:]), given=" ".join(tokens[:2]))  # "‘Abd al-Bari ‘Atwan": one given name
    if len(tokens) >= 3 and tokens[0].lower() in KUNYA_WORDS and tokens[1][:1].isupper():
        return Name(family=" ".join(tokens[2:]), given=" ".join(tokens[:2]))  # "Abu Bakr Naji": the kunya is a given name
    # Given names run while words are initials or known given names; the rest is the family name.
    split = 2 if INITIALS_RE.match(tokens[0]) and len(tokens) > 2 else 1  # "M. Arantxa Colchero"
    while split < len(tokens) - 1 and (INITIALS_RE.match(tokens[split]) or is_given_name(tokens[split])):
        split += 1
    if len(tokens) == 3 and split == 1 and tokens[1][:2] not in ("O'", "O’") and (  # ("Julia O'Connell Davidson")
            tokens[2].lower().endswith(NON_HISPANIC_ENDINGS) and not HISPANIC_SURNAME_RE.search(tokens[1])
            or _middle_name(tokens)):
        split = 2  # "Stig Jarle Hansen", "Natalie Zemon Davis": a middle name, not the first of two Spanish surnames
    elif len(tokens) == 4 and split < 3 and all(t[:1].isupper() for t in tokens) \
            and (PORTUGUESE_SURNAME_RE.search(tokens[3]) or tokens[3].lower() in PORTUGUESE_PATRONYMICS) \
            and tokens[3].lower() not in PORTUGUESE_GENERATIONS \
            and not any(SPANISH_SURNAME_RE.search(t) for t in tokens):
        split = 3  # "Maria Helena Moreira Alves": a Portuguese name is filed under its last surname
    # "Alejandro Laos F.": a trailing initial belongs to the surname (Spanish maternal initial).
    return Name(family=" ".join(tokens[split:]), given=" ".join(tokens[:split]))


SPANISH_ACCENT_RE = lazy(r"[áéíóúñ]", regex.IGNORECASE)
# Endings of family names that are no Spanish or Portuguese surname, after which the word before is a middle name
NON_HISPANIC_ENDINGS = ("sen", "son", "ing", "dahl", "ndal", "rud", "ström", "strom", "berg", "stein", "mann", "baum",
                        "bauer", "hauer", "ley", "ford", "field", "wood", "worth", "ski", "sky", "wicz")
# Marks of a Spanish or Portuguese surname: an accent, "ñ", the patronymic "-ez"/"-es"/"-az"/"-oz"
HISPANIC_SURNAME_RE = lazy(r"[áéíóúñãõç]|(?:ez|es|az|oz|iz)$", regex.IGNORECASE)
# Looser marks, for a pair of words that may be two surnames: any accent, or the endings most Spanish and
# Portuguese surnames have ("Romo", "Espinoza", "Rojas", "Ruiz", "Nunes") and few English ones
IBERIAN_WORD_RE = lazy(r"[áéíóúñãõçâêôà]|(?:[ao]|[eao][sz]|[iu]z)$", regex.IGNORECASE)
# Words that open an Arabic, Berber or Tuareg family name rather than end the given names ("Mohamed Ould Salem",
# "Iyad Ag Ghaly", "Hassan Abu Hanieh")
FAMILY_OPENERS = frozenset("ould wuld ag ait abu abou bin ben ibn bint".split())
# The commonest Korean family names in their usual spellings
KOREAN_SURNAMES = frozenset("kim lee park choi jung chung kang cho yoon yun jang lim han oh seo shin kwon hwang ahn song yoo "
                            "hong jeon ko moon yang son bae baek heo nam noh choe ri pak jeong cheong rhee ryu suh chun "
                            "chae kwak ban".split())
# The commonest Japanese family names, for a name printed family name first ("Kitaoka Shin'ichi", "Abe Shinzō")
JAPANESE_SURNAMES = frozenset("""sato satō suzuki takahashi tanaka watanabe ito itō yamamoto nakamura kobayashi kato katō yoshida
    yamada sasaki yamaguchi matsumoto inoue kimura hayashi shimizu yamazaki mori abe ikeda hashimoto yamashita ishikawa nakajima
    maeda fujita ogawa goto gotō okada hasegawa murakami kondo kondō ishii saito saitō sakamoto endo endō aoki fujii nishimura
    fukuda ota ōta miura fujiwara okamoto matsuda nakagawa nakano harada ono ōno tamura takeuchi kaneko wada nakayama ishida
    ueda morita hara shibata sakai kudo kudō yokoyama miyazaki miyamoto uchida takagi ando andō taniguchi ohno maruyama imai
    takada fujimoto takeda murata ueno sugiyama masuda sugawara hirano kojima otsuka ōtsuka chiba kubo matsui iwasaki sakurai
    kinoshita noguchi matsuo nomura kikuchi sano onishi ōnishi sugimoto arai kitaoka kanehara kishida koizumi nakasone hatoyama
    ishiba suga aso asō""".split())
# A Japanese given name as romanised: vowels at its end (or "n"), a macron or an apostrophe inside ("Shin'ichi", "Shinzō")
JAPANESE_GIVEN_RE = lazy(r"\p{Lu}(?:[\p{Ll}'’ōūāēī]){2,10}(?:[aeiouōū]|n)")
# A Korean given name of two syllables joined by a hyphen, the second in lower case: "Tong-hyung", "Chung-in"
KOREAN_GIVEN_RE = lazy(r"\p{Lu}\p{Ll}{1,5}-\p{Lu}?\p{Ll}{1,6}")  # ("Sang-hun", "Sang-Hun")
# One syllable of a Korean name in Latin letters: "Jong", "Un", "Il", "Sung", "Yo", "Gwon"
KOREAN_SYLLABLE_RE = lazy(r"(?:[BCDGHJKMNPRSTY]|Ch|Kk|Tt|Pp|Ss|Jj)?h?[wy]?(?:a|ae|e|eo|eu|i|o|oe|u|ui|oo|ee)(?:ng|n|l|k|m|p)?"
                          r"|(?:A|Ae|E|Eo|Eu|I|O|Oe|U|Ui|Y[aeiou]{1,2}|Wh?[aeiou]{1,2})(?:ng|n|l|k|m|p)?")
# Spanish and Portuguese given names: a person so named may well carry two surnames ("Eduardo Levy Yeyati")
IBERIAN_GIVEN_NAMES = frozenset("""
    adolfo adriana agustina agustín alberto alejandra alejandro alfonso alfredo alicia álvaro amparo ana andrés ángel
    ángela antonia antonio antônio armando arnaldo arturo augusto beatriz blanca camila camilo carla carlos carmen
    carolina catalina cecilia césar clemencia consuelo cristina cristóbal daniela darío diego dolores eduardo elena
    emilio enrique ernesto esperanza esteban fabiola federico felipe fernanda fernando florencia francisca francisco
    gabriela gerardo gladys gloria gonzalo graciela guadalupe guillermo gustavo héctor horacio hugo humberto ignacio
    inés irma isabel iván jaime javier jesús joão joaquín joaquim jorge josé josefina juan juana julián julio leticia
    liliana lorena lourdes lucía luis luisa luiz luz manuel marcelo margarita maría mariana mariano mario marisol marta
    martín mauricio miguel milagros mónica natalia néstor nicolás norma óscar oscar pablo paola patricia patricio paulo
    pedro pilar rafael ramiro ramón raquel raúl raul reinaldo reynaldo ricardo rigoberto roberto rocío rodrigo rosa
    rosario rubén santiago sebastián sergio silvia sofía soledad susana teresa tomás valeria verónica víctor ximena
    yolanda""".split())


# Given names of South Asia, the Arab world and maritime Southeast Asia that open a name of three words, the last of them the
# family name however it ends ("Syed Irfan Raza", "Noor Huda Ismail", "Siti Nurbaya Bakar")
MUSLIM_GIVEN_NAMES = frozenset("""syed sayed sayyid muhammad mohammad mohammed mohamed muhammed ahmad ahmed ali hassan hasan hussain
    husain abdul abdel amir imran asad hamid noor nur siti zia zahid khalid tariq farooq faisal irfan imtiaz rashid saleem
    salim shahid javed iqbal nasir naveed aamir umar omar usman bilal ayesha aisha fatima zainab mariam sana asma nadia
    mahmud mahmood ibrahim ismail yusuf yousuf sheikh shaikh mirza malik raja rana chaudhry haji hafiz mufti maulana
    agus budi eko joko sri dewi putri arif andi bambang rizal""".split())
# Syllables Burmese names are made of; a name of two to four of them, one of them distinctly Burmese, has no surname
BURMESE_SYLLABLES = frozenset("""aung kyaw myint thein htet htun tun hlaing nyunt naing zaw soe maung khin myat thant phyo lwin
    kyi suu san min win thu tin than nay wai yan zin ei ohn sein oo thet ko mya hla nu nyi lin htay moe thura khaing
    zeya kyaing zarni shwe myo""".split())
BURMESE_MARKS = frozenset("aung kyaw myint thein htet htun hlaing nyunt naing zaw soe maung khin myat thant phyo lwin kyi suu".split())


def _burmese(tokens: list[str]) -> bool:
    """"Kyaw Phyo Tha" is no "Tha, Kyaw Phyo": a Burmese name is cited whole (as "Aung San Suu Kyi" is)."""
    lowered = [t.lower() for t in tokens]
    return 2 <= len(tokens) <= 4 and sum(t in BURMESE_SYLLABLES for t in lowered) >= len(tokens) - (len(tokens) > 2) \
        and sum(t in BURMESE_MARKS for t in lowered) >= (2 if len(tokens) == 2 else 1) \
        and all(t[:1].isupper() and t.isalpha() for t in tokens)


# Marks of a Portuguese surname: its letters ("Magalhães", "Gonçalves", "Carvalho") and the patronymics Spanish writes in
# "-ez" ("Nunes", not "Núñez"); and marks only Spanish surnames bear
PORTUGUESE_SURNAME_RE = lazy(r"[ãõç]|[ln]h[aeiou]|ões$|ães$", regex.IGNORECASE)
PORTUGUESE_PATRONYMICS = frozenset("nunes paes pais gonçalves alves fernandes rodrigues lopes mendes peres marques antunes dias "
                                   "gomes soares chaves guimarães magalhães araújo".split())
PORTUGUESE_GENERATIONS = frozenset("filho filha neto neta júnior junior sobrinho".split())  # part of the family name
SPANISH_SURNAME_RE = lazy(r"ñ|(?<=\p{L}[aeiou])z$|ll", regex.IGNORECASE)


def _middle_name(tokens: list[str]) -> bool:
    """Three words whose last two show none of the marks of Spanish or Portuguese surnames, after a given name that
    is not Spanish or Portuguese: the middle word is a middle name ("Natalie Zemon Davis", "Hyun Song Shin",
    "Charles Stuart Kennedy"), as a librarian files them, where "Vanessa Romo Espinoza" and "Eduardo Levy Yeyati"
    keep two surnames."""
    first, middle, last = tokens
    marked = SPANISH_ACCENT_RE.search(middle) if first.lower() in MUSLIM_GIVEN_NAMES else HISPANIC_SURNAME_RE.search(middle)
    if marked and not is_given_name(middle) and not _iberian_given(middle) \
            and not (PORTUGUESE_SURNAME_RE.search(middle) or middle.lower() in PORTUGUESE_PATRONYMICS):  # ("Camila Nunes …")
        return False  # "Omar García Harfuch", "Omar Rincón Pérez": the middle word is a Spanish surname, whatever the given name
        # (after a Muslim given name only by its accent: "Hafez", "Aziz" end as "Pérez" does)
    if last.lower() in KOREAN_SURNAMES and first.lower() not in IBERIAN_GIVEN_NAMES:
        return True  # "Jun Seo Shin", "Hyoung Il Lee": two given syllables, then the family name
    if first.lower() in MUSLIM_GIVEN_NAMES and middle.isalpha() and middle.lower() not in FAMILY_OPENERS:
        return True  # "Syed Irfan Raza", "Noor Huda Ismail": "-a" and "-o" end South Asian and Malay names too
    if any(PORTUGUESE_SURNAME_RE.search(t) or t.lower() in PORTUGUESE_PATRONYMICS for t in (middle, last)) \
            and not any(SPANISH_SURNAME_RE.search(t) for t in (first, middle, last)) \
            and last.lower() not in PORTUGUESE_GENERATIONS:  # "Walter Fraga Filho": Fraga Filho, as Brazil files him
        return True  # "Camila Nunes Dias", "Bruno Paes Manso": a Portuguese name is filed under its last surname
    return not any(IBERIAN_WORD_RE.search(t) for t in (middle, last)) and middle.isalpha() and last.isalpha() \
        and middle.lower() not in FAMILY_OPENERS and not _iberian_given(first)


# Spanish given names printed without their accent ("Ivan Briscoe"), which no list of accented names holds
UNACCENTED_SPANISH_GIVEN = frozenset("ivan julian ramon german ruben adrian fabian sebastian cristian joaquin hernan damian "
                                     "tomas matias nicolas andres jesus jose maria angel raul oscar".split())


def _iberian_given(first: str) -> bool:
    """A Spanish or Portuguese given name: a known one, one printed without its accent, or one ending as "Marcos" and
    "Lucas" do (not "Susan" or "Jonathan", whose ending "-an" English names share)."""
    lowered = first.lower()
    return lowered in IBERIAN_GIVEN_NAMES or lowered in UNACCENTED_SPANISH_GIVEN \
        or lowered.endswith("s") and IBERIAN_WORD_RE.search(first[:-1]) is not None


def is_first_name(token: str) -> bool:
    """A word that opens a person's given names ("Helmut"), surname though it may be elsewhere."""
    return token.lower().strip(".") in FIRST_NAMES or bool(INITIAL_RE.fullmatch(token))


def is_given_name(token: str) -> bool:
    return token.lower().strip(".") in GIVEN_NAMES or bool(INITIAL_RE.fullmatch(token))


def _given_run(tokens: list[str]) -> bool:
    """Words before a particle that are all given names: "Ponciano" (del Pino), not
    "Cristóbal Aljovín" (Aljovín de Losada) nor "María Rostworowski" (Rostworowski de Diez Canseco)."""
    return all(t[:1].isupper() for t in tokens) and len(tokens) <= 3 \
        and all(INITIALS_RE.match(t) or is_given_name(t) for t in tokens[1:])


def family_key(name: Name) -> str:
    return (name.family or name.literal or "").strip()
