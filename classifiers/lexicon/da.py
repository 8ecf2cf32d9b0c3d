"""Danish phrase data for the explicit-mention layer.

The pattern dialect is described in classifiers.mention_lexicon; the phrases' shape and their
literal-first grouping in classifiers.lexicon.nordic_patterns.
"""

from __future__ import annotations

from classifiers.lexicon.base import RC, RS, A, E, LanguageLexicon, O, P, W
from classifiers.lexicon.nordic_patterns import fast

#: Danish "stop / stop calling / don't": "stop med at", "hold op med at", "lad være med at".
_DA_STOP = (
    r"(?:stop|stoppe|stopper|hold op|holde op|holder op|lad være|lade være|lader være"
    r"|lad venligst være|undlad|undlade|undlader|ophør|ophøre|ophører)(?: med)?(?: at)?"
)

DA = LanguageLexicon(
    code="da",
    slots={
        # A possessive, optionally with an adjective: "mit private nummer", "mine egne data".
        "mine": r"(?:alle )?(?:mine|min|mit)(?: (?:private?|gamle|personlige|egne?|nuværende"
        r"|direkte|fulde|gemte|tidligere|nye))?",
        # The same without "alle", to open a phrase (a phrase should start with a plain letter).
        "mine0": r"mi(?:ne|n|t)(?: (?:private?|gamle|personlige|egne?|nuværende|direkte|fulde"
        r"|gemte|tidligere|nye))?",
        # What people call their own data; compounds ("kontaktoplysninger", "privatadresse",
        # "brugerprofil", "mobilnummer") are caught by the bounded prefix.
        "data": r"(?:\w{0,14}(?:oplysninger|data|info|informationer|nummer|adresse|mail"
        r"|profil|konto|registrering)|e-?mail\w*|nr|tlf|mobil|navn|detaljer|bruger|cv)",
        # Data about me: "oplysningerne om mig", "alt hvad I har gemt om mig", "det I har på mig".
        "ommig": r"(?:(?:alle |al |de |den )?(?:person)?(?:oplysninger(?:ne)?|data(?:ene)?"
        r"|informationer(?:ne)?|info)|alt(?: det)?|det(?: hele)?|al data)(?: (?:som|der"
        r"|hvad))?(?: \w+){0,3} (?:om|på) mig",
        "felt": r"(?:titel|stillingsbetegnelse|jobtitel|stilling|navn|efternavn|fornavn"
        r"|\w*mail(?:adresse)?|e-?mail(?:adresse)?|\w*adresse|\w*nummer|nr|tlf|oplysninger|data"
        r"|firma(?:navn)?|arbejdsgiver|arbejdsplads|afdeling|stavning|rolle|fødselsdato"
        r"|branche(?:kode)?|kontaktperson)",
        "i": r"(?:i|du|de|firmaet|virksomheden)",
        # Lists a person is taken OFF (objection) ...
        "liste": r"(?:\w+-)?(?:\w*liste[rn]?e?|\w*listerne|\w*lister|udsendelse[rn]?e?"
        r"|\w*udsendelser(?:ne)?|nyhedsbrev(?:et|e|ene)?|kampagne[rn]?e?|\w*kampagner(?:ne)?|mailing\w*|\w*mails)",
        # ... and stores a person is deleted FROM (erasure).
        "db": r"(?:\w*databaser?(?:ne|n)?|databse|\w*system(?:et|er|erne)?|crm(?:'?et)?"
        r"|\w*register|\w*registeret|\w*registre|kartotek(?:et)?|\w*kartotek|servere?(?:ne)?"
        r"|arkiv(?:et)?|filer)",
        "kontakt": r"(?:kontakte|ringe(?: til)?|ringe op|skrive(?: til)?|maile|e-?maile|sende"
        r"|spamme|sms'?e|chikanere|genere|forstyrre)",
        "kanal": r"(?:\w*mails?|e-?mails?|sms(?:'?er)?|opkald|henvendelser|markedsføring"
        r"|reklamer?|nyhedsbrev(?:e|et|ene)?|tilbud|\w*invitationer|udsendelser|spam|opringninger"
        r"|telefonopkald)",
        "samtykke": r"(?:samtykke[tr]?|ja(?:'?et)?|accept(?:en)?|tilladelse(?:n)?|opt-?in(?:'?et)?"
        r"|kryds(?:et)?|ok(?:'?et)?)",
        # The end of a pause: "mens I undersøger det", "indtil sagen er afklaret".
        "indtil": r"(?:mens|indtil|så længe|i mellemtiden|(?:før|foer) (?:det|jeg|sagen|min|i har"
        r"|klagen|tvisten))",
        "pdata": r"(?:\w{0,14}(?:oplysninger|data|info|profil|konto)|kontakter|noter|notater"
        r"|søgninger|\w*lister|historik|\w*indstillinger|\w*præferencer|besvarelser|e-?mails?)",
        "format": r"(?:csv\w*|json|xml|excel\w*|maskinlæsbar\w*|regneark|(?:en|et|som|i) "
        r"(?:\w+ )?fil(?:er)?)",
    },
    strong={
        RS: fast(
            r"(?:begræns|begrænse|begrænser|indefrys\w*|frys|fryse|fryser|lås|låse|låser|laas|laase"
            r"|parker|parkere|spær|spærre|suspender\w*) (?:venligst |lige "
            r"|gerne )?(?:behandlingen af |brugen af )?(?:<mine> (?:\w+ )?<data>|<ommig>|mig)",
            r"(?:i|du|de|firmaet|virksomheden) begrænser (?:\w+ ){0,2}(?:behandling\w*|brug\w*)",
            r"begrænsning af (?:behandlingen af )?<mine> <data>",
            r"(?:bloker|blokere) (?:venligst )?(?:behandlingen af |brugen af )?<mine> <data>",
            r"(?:sæt|sætte|sætter|hold|holde) (?:venligst |lige )?(?:<mine> (?:\w+ )?<data>|mig"
            r"|<ommig>) (?:på pause|på hold|på is|i bero)",
            r"(?:marker|markere|markér) (?:venligst )?(?:<mine> (?:\w+ )?<data>|mig) som (?:spærret"
            r"|blokeret|begrænset)",
            r"<mine0> <data> (?:\w+ ){0,3}(?:skal|må) (?:\w+ ){0,2}(?:fryses|låses|spærres"
            r"|stå stille|blive liggende|ligge)",
            r"lad (?:venligst )?(?:<mine> (?:\w+ )?<data>|det|dem) ligge",
            r"(?:skal|må) <mine> (?:\w+ )?<data> (?:\w+ )?(?:fryses|låses|spærres)",
            r"jeg bestrider (?:\w+ ){0,5}(?:oplysninger\w*|rigtighed\w*|korrekthed\w*|data)",
            r"(?:i mellemtiden|indtil (?:da|videre)|så længe)(?: \w+){0,6} (?:stop\w*"
            r"|ophør\w*) (?:\w+ )?(?:brug|behandling)",
            r"(?:slet|slette) ikke <mine> <data>",
            r"(?:ikke|aldrig) (?:slet|slette|sletter) (?:\w+ )?(?:<mine> <data>|<ommig>|mig)",
            r"(?:ikke|aldrig) at (?:i |du )?(?:sletter|slettes) (?:\w+ )?(?:<mine> <data>|<ommig>"
            r"|mig|dem|oplysningerne)",
            r"(?:ikke|aldrig) at (?:<mine> <data>|oplysningerne|dataene|de) (?:\w+ )?(?:slettes"
            r"|bliver slettet)",
            r"ikke (?:at )?slette <mine> <data>",
            r"(?:lad være med at|undlad at) slette <mine> <data>",
            r"<mine0> <data> (?:\w+ ){0,2}(?:må|skal) ikke (?:\w+ )?slettes",
            # "don't delete ... but don't use" in either order, within a short stretch.
            r"(?:ikke|ingen|aldrig) (?:\w+ )?(?:slet|slette|sletter|slettes"
            r"|sletning)\b[^\n]{0,100}?\b(?:ikke|ingen|heller ikke) (?:\w+ ){0,2}(?:brug(?! for)\w*"
            r"|anvend\w*|sælg\w*|ringe|røre?|del\w*|videregiv\w*)",
            r"(?:ikke|ingen) (?:\w+ )?(?:brug(?! for)|bruge|bruges|anvende"
            r"|røre?)\b[^\n]{0,100}?\b(?:ikke|ingen|heller ikke) (?:\w+ ){0,2}(?:slet|slette"
            r"|slettes|sletning)\b",
            r"slet (?:\w+ )?ikke\b[^\n]{0,60}?\b(?:brug|bruge|anvende|behandle)\b",
            r"(?:brug|bruge|behandle|anvende|sælge|sælg|udlever\w*|røre?|rør) (?:(?:ikke"
            r"|aldrig) (?:<mine> (?:\w+ )?<data>|<ommig>|mig|dem|den|det|min \w+|mit \w+|mine \w+)"
            r"|(?:mig|dem|den|det|min \w+|mit \w+|mine \w+) ikke),? (?:\S+ ){0,6}<indtil>",
            r"(?:ikke|ingen) (?:\w+ ){0,2}(?:brug(?! for)|bruge|anvende|behandle|røre"
            r"|sælge) (?:<mine> (?:\w+ )?<data>|<ommig>|mig|oplysningerne"
            r"|dataene),? (?:\S+ ){0,6}<indtil>",
            r"(?:så længe|indtil da|indtil \w+ \w+|i mellemtiden|mens \w+ \w+)(?: \w+){0,4} (?:ikke"
            r"|ingen) (?:\w+ )?(?:brug(?! for)|bruge|røre|anvende|behandle|sælge|udlevere)",
            r"(?:stop|stoppe|stopper|ophør|ophøre)(?: med)?(?: at)? (?:\w+ ){0,2}(?:brug\w*"
            r"|behandl\w*|anvend\w*)(?: af)? (?:\w+ ){0,4}(?:indtil|mens|så længe|i mellemtiden"
            r"|før)",
        ),
        P: fast(
            r"(?:send|sende|giv|give|få|have"
            r"|udlever\w*) (?:mig )?<mine> (?:\w+ )?<pdata>[^.?!\n]{0,60}?\b<format>\b",
            r"<mine0> (?:\w+ )?<pdata>[^.?!\n]{0,60}?\b<format>\b",
            r"kopi af <mine> (?:\w+ )?<pdata>[^.?!\n]{0,40}?\b<format>\b",
            r"(?:eksporter\w*|overfør\w*|flyt|flytte|flytter|dump\w*|download\w*|trække"
            r"|træk) (?:venligst |lige |gerne )?<mine> (?:\w+ ){0,2}<pdata>",
            r"jeg (?:selv )?har (?:lagt|tastet|indtastet|gemt|afgivet|uploadet|givet jer"
            r"|oprettet)[^\n]{0,100}?(?:<format>|udbyder|leverandør|overfør\w*|flytte|genbruge"
            r"|tage \w+ med|download\w*|udlever\w*|eksport\w*)",
            r"(?:overfør|overføre|flyt|flytte|send"
            r"|sende) <mine> <data> (?:direkte )?(?:videre )?til (?:\w+ )?(?:nye?|nyt|anden|andet"
            r"|andre)\b",
            r"<mine0> <data> (?:overført|overføres|flyttet|flyttes|eksporteret|eksporteres)",
            r"(?:det hele|alt det|alt) ud (?:som |i )?<format>",
            r"(?:eksport|dataudtræk|udtræk) (?:af )?<mine> (?:\w+ )?<pdata>",
        ),
        W: fast(
            r"(?:trækker|tilbagekalder|trække|tilbagekalde|træk|tilbagekald|annuller|annullere"
            r"|fjern|fjerne|tag|tage) (?:hermed )?(?:mit|mine|al|alt|det"
            r"|den) (?:givne )?<samtykke>",
            r"(?:træk|fjern|annuller) (?:hermed )?samtykket",
            r"jeg (?:hermed )?(?:trækker|tilbagekalder) (?:hermed )?samtykke",
            r"tilbagekald (?:det|den)\b",
            r"(?:det|den|dette) (?:trækker|tilbagekalder) jeg",
            r"(?:det|den) vil jeg (?:gerne )?have (?:annulleret|tilbagekaldt|trukket tilbage)",
            r"(?:tilbagekaldes|trækkes tilbage) hermed",
            r"jeg ønsker ikke (?:længere )?at være tilmeldt",
            r"(?:det|den|mit|dette) (?:\w+ )?<samtykke> (?:\w+ ){0,2}(?:trækker|tilbagekalder"
            r"|annullerer|gælder ikke|er (?:hermed )?(?:trukket tilbage|tilbagekaldt)"
            r"|tilbagekaldes)",
            r"(?:tilbagekaldelse|tilbagetrækning) af (?:mit|mine) samtykker?",
            r"mit samtykke (?:er )?(?:hermed )?(?:trukket tilbage|tilbagekaldt)",
            r"jeg (?:giver|har) ikke (?:længere )?(?:mit )?samtykke",
            # "I said yes to ... but have changed my mind / no longer want it".
            r"(?:sagde|sagt|gav|givet|satte|trykkede|trykket|krydsede"
            r"|accepterede) (?:\w+ ){0,2}(?:ja|samtykke|kryds|tilladelse|accept"
            r"|opt-?in)\b[^.!?\n]{0,120}?\b(?:fortrudt|ombestemt|ikke længere|ikke mere|vil ikke"
            r"|ønsker ikke|træk\w*|tilbagekald\w*|annuller\w*|gælder ikke|alligevel ikke)",
            r"(?:tilmeldte|meldte) mig\b[^.!?\n]{0,100}?\b(?:afmeld\w*|frameld\w*|ud igen"
            r"|ikke længere|ikke mere|ikke have det|fortrudt|ikke være tilmeldt)",
            r"(?:afmeld|frameld)\w* (?:mig |venligst )?(?:\w+ ){0,2}(?:nyhedsbrev\w*|\w+ )(?:som "
            r"|som jeg |jeg )?(?:tilmeldte|meldte|skrev) mig",
            r"(?:afmeld|frameld)\w* (?:\S+ ){0,3}(?:tilmeldte|meldte) mig",
        ),
        RC: fast(
            r"min (?:nye )?(?:e-?mail|mail|mailadresse|e-?mailadresse|titel|stilling|adresse"
            r"|nummer|telefonnummer|mobilnummer|efternavn) (?:er|har) (?:nu\b|(?:blevet )?"
            r"(?:ændret|skiftet))",
            r"min nye (?:e-?mail|mail|mailadresse|titel|stilling|adresse|mobilnummer) er",
            r"(?:jeg har|har jeg) skiftet (?:efter)?navn",
            r"(?:ret|rette|retter|opdater|opdatere|ændr|ændre|korriger|korrigere|skift|skifte|fiks"
            r"|fix) (?:venligst |gerne |lige )?<mine> (?:\w+ )?<felt>",
            r"(?:have|få) (?:\w+ )?(?:rettet|opdateret|ændret|korrigeret) <mine> (?:\w+ )?<felt>",
            r"<mine0> (?:\w+ )?<felt> (?:\w+ ){0,3}(?:er|var) (?:\w+ )?(?:forkert|forkerte"
            r"|fejlagtige?|forældede?|ikke korrekte?|ukorrekte?|ikke længere korrekte?)",
            r"(?:berigtigelse|rettelse) af <mine> <data>",
            r"(?:i|du|de|firmaet|virksomheden) har (?:et |en )?(?:forkert|forkerte|gammel"
            r"|gamle) <felt> (?:på|paa|til|om) mig",
            r"(?:i|du|de|firmaet|virksomheden) har <mine> (?:\w+ )?<felt> (?:\w+ )?forkert",
            r"forkerte? <felt> <i> har (?:på|paa|om) mig",
            r"(?:i|du|de|firmaet|virksomheden) har stavet (?:\w+ ){0,4}forkert",
            r"(?:i|du|de|firmaet|virksomheden) har mig (?:stadig |fortsat )?(?:registreret "
            r"|stående |noteret |oprettet |skrevet )?(?:\w+ )?(?:som|under)(?! lead)",
            r"(?:i|du|de|firmaet|virksomheden) (?:har )?(?:registreret|noteret|skrevet"
            r"|oprettet) mig (?:\w+ )?(?:som|under)(?! lead)",
            r"(?:i|du|de|firmaet|virksomheden) (?:skriver|ringer) (?:stadig )?til mig som",
            r"jeg hedder (?:nu\b|\w+(?: \w+)?,? (?:ikke|med)\b)",
            # "ret det" / "få det rettet" only after a first-person word in the same stretch,
            # so a client's "the link is wrong, fix it" does not count.
            r"(?:jeg (?:er|hedder|har|arbejder|bor)|mit (?:efter|for)?navn|min (?:titel|stilling"
            r"|rolle))\b[^\n]{0,80}?\b(?:(?:ret|rette|opdater|opdatere|ændr|ændre|korriger"
            r"|korrigere) (?:det|den|dette|oplysningen|oplysningerne|rollen|titlen|stillingen)"
            r"|få (?:det |den )?(?:nu |lige |venligst )?(?:rettet|ændret|opdateret))\b",
            r"(?:slet|fjern|fjerne|stryg|tag) (?:venligst |lige )?(?:den|det|de) (?:gamle|forkerte"
            r"|tidligere|fejlagtige) (?:\S+ ){0,2}?<felt>",
            r"(?:slet|fjern|fjerne|stryg|tag) (?:venligst |lige )?(?:vores|min|mit|mine) (?:gamle"
            r"|forkerte|tidligere) <felt>\b[^\n]{0,80}?\b(?:i stedet|erstat\w*|og (?:\w+ )?(?:brug"
            r"|skriv|indsæt|sæt|tilføj|læg))",
            r"(?:fjern|slet|stryg) (?:\S+ ){0,4}(?:foran|ud for|efter) (?:mit|min) \w+",
        ),
        O: fast(
            _DA_STOP + r" (?:at )?(?:ringe|skrive|maile) (?:til )?(?:ham|hende)\b",
            r"forkert person\b[^.!?\n]{0,60}?\b(?:gider ikke|vil ikke|ikke flere|stop)",
            r"<mine0> <data> (?:\w+ )?(?:fjernes|slettes|tages af) (?:fra|af) (?:\w+ ){0,2}<liste>",
            _DA_STOP + r" (?:\w+ )?<kontakt> (?:\w+ )?(?:mig|til mig)\b",
            _DA_STOP + r" (?:at )?(?:ringe|kontakte|maile|skrive|sende \w+|spamme"
            r"|sms'?e)(?=\s*(?:[.!,]|$|igen|mere|tak|og\b))",
            _DA_STOP + r" (?:at )?(?:analysere|profilere|score|vurdere|måle på|sælge|videregive"
            r"|give) (?:\w+ ){0,2}(?:mig|<mine> <data>|min \S+)",
            r"stop (?:med )?(?:jeres )?<kanal>(?! (?:til|i|for) (?!mig))",
            r"(?:hold|holde) (?:venligst )?op(?=\s*[.!]|\s*$)",
            # Not when quoted: a sales course on handling "ring ikke igen" is no request.
            r"(?:ring|ringe|skriv|mail|kontakt|send|sms) (?:mig |til mig )?(?:aldrig|ikke) (?:mig "
            r"|til mig |op )?(?:igen|mere)(?![\"'»”“])",
            r"(?:ring|ringe|skriv|mail|kontakt|send|sms) (?:aldrig|ikke) (?:op )?(?:til )?mig",
            r"(?:kontakt|ring til|ring|skriv til|mail|send) mig ikke",
            r"(?:send|skriv) (?:mig )?(?:ikke|aldrig) (?:mig )?(?:flere|mere"
            r"|nogen) (?:\w+ )?<kanal>",
            r"(?:ikke|ingen|nej tak til) (?:flere|mere) (?:\w+ )?<kanal>",
            r"(?:fjern|fjerne|fjerner|tag|tage|tager|stryg|stryge|afmeld|afmelde|frameld"
            r"|få) (?:venligst |lige |nu |bare |gerne )?(?:mig|<mine> <data>) (?:\w+ ){0,2}(?:fra"
            r"|af|ud af|ud fra) (?:\w+ ){0,2}<liste>",
            r"(?:fjern|fjerne|tag|tage|stryg|stryge|afmeld|afmelde) (?:venligst |lige |nu )?(?:ham"
            r"|hende) (?:\w+ )?(?:fra|af|ud af) (?:alle )?jeres (?:\w+ )?<liste>",
            r"(?:jeg (?:\w+ ){0,3}|om )(?:at )?blive (?:\w+ )?(?:fjernet|taget af|slettet) (?:fra"
            r"|af) (?:\w+ ){0,2}<liste>",
            r"(?:fjern|fjerne|fjerner|tag|tage) (?:venligst |lige |bare |nu )?mig(?: (?:af|ud"
            r"|venligst|tak|igen|helt))?(?=\s*(?:[.!,?]|$|og\b|tak|så|for))",
            r"(?:sæt|sætte|skriv|noter|notér|registrer|tilføj)\w* (?:venligst |lige )?(?:mig"
            r"|<mine> <data>) (?:\w+ ){0,2}(?:på|i) (?:\w+ )?(?:spærreliste\w*|robinson\w*"
            r"|\S*ring.ikke\S*|\S*ikke.kontakt\S*)",
            r"afmeld (?:mig|venligst|alle|alt)",
            r"frameld (?:mig|venligst)",
            r"stop (?:venligst|nu|det(?: hele)?)(?=\s*[.!])",
            r"(?:afmeld|frameld) (?:\w+ ){0,2}(?:til|fra) (?:denne|min|mig)",
            r"jeg (?:vil|ønsker|skal) (?:gerne )?(?:at )?(?:afmeldes|afmelde|frameldes|framelde)",
            r"jeg (?:\w+ )?(?:vil|ønsker)(?: \w+)? (?:ikke|aldrig) (?:at )?(?:blive )?(?:kontaktes"
            r"|kontaktet|ringes op|ringet op|ringet til|videregivet|solgt|scoret|profileret"
            r"|analyseret)",
            r"(?:vil|ønsker)(?: (?!du\b|man\b|i\b)\w+)? (?:ikke"
            r"|aldrig) (?:\w+ ){0,3}<kanal>(?! til (?!mig))",
            r"(?:vil|ønsker) jeg (?:\w+ )?(?:ikke|aldrig) (?:\w+ ){0,3}(?:<kanal>|kontaktes"
            r"|kontaktet|ringes op)",
            r"(?:vil|ønsker)(?: \w+)? ikke (?:at )?(?:stå"
            r"|være) (?:\w+ ){0,2}på (?:\w+ ){0,2}<liste>",
            r"jeg (?:\w+ )?(?:ikke|aldrig) (?:vil|ønsker) (?:at )?(?:blive )?(?:kontakt\w*"
            r"|ring\w*)",
            r"(?:vil|ønsker) (?:gerne |helst )?(?:slippe for|undgå) (?:\w+ )?<kanal>",
            r"(?:beder|bede|ønsker|ønske) (?:\w+ )?om (?:\w+ )?ikke (?:at )?(?:blive )?(?:kontaktet"
            r"|ringet op|modtage (?:flere|mere))",
            r"jeg (?:\w+ )?(?:skal|må) (?:\w+ )?ikke (?:kontaktes|ringes op)",
            r"jeg (?:gør|gør hermed) indsigelse",
            r"jeg protesterer (?:mod|imod)",
            r"frabe(?:de|der|d) mig (?:\w+ ){0,2}(?:henvendelser|kontakt|opkald|\w*mails"
            r"|markedsføring|tilbud)",
            r"(?:stop|ophør) (?:med )?(?:at )?(?:bruge|behandle|anvende) <mine> <data>",
            r"(?:ikke|aldrig) (?:\w+ )?(?:give|sælge|sende|dele|videregive|udlevere"
            r"|levere) (?:\w+ )?(?:<mine> <data>(?: \w+){0,2} (?:videre|til)"
            r"|mig (?:\w+ ){0,2}(?:videre|som lead))",
            r"(?:ikke|aldrig) (?:\w+ )?(?:videregive|udlevere|sælge|dele) (?:\w+ )?<mine> <data>",
            r"(?:giv|send|sælg|del|videregiv|udlever) (?:ikke|aldrig) (?:\w+ )?<mine> <data>",
            r"<mine0> <data> (?:\w+ ){0,2}ikke (?:\w+ )?(?:videregives|deles|sælges|sendes videre"
            r"|gives videre)",
            r"(?:sluk|slå) (?:\w+ )?(?:fra|for det)",
        ),
        E: fast(
            r"behold ikke (?:mit|min|mine) \w+",
            r"(?:slet|slette|sletter|fjern|fjerne|fjerner|udslet|destruer|makuler|smid|smide|ryd"
            r"|nedlæg)(?<!til\sat\sslette) (?:(?:venligst|lige|bare|gerne|straks|nu|også|omgående"
            r"|hellere) ){0,2}(?:<mine> <data>|<ommig>)",
            r"(?:slet|slette|sletter|fjern|fjerne|fjerner|tag|tage|smid) (?:venligst |lige "
            r"|nu )?<mine0> (?:\w+ )?<data> (?:\w+ ){0,2}(?:fra|ud af|ud|i) (?:\w+ )?<db>",
            r"<mine0> <data> (?:(?!ikke )\w+ ){0,3}(?:skal |må |bør |kan )?(?:slettes|fjernes|væk"
            r"|udslettes)\b",
            r"(?:have|få) (?:\w+ ){0,2}(?:slettet|fjernet) (?:<mine> <data>|<ommig>)",
            r"have (?:<mine> (?:\w+ )?<data>|hans \w+|hendes \w+) (?:\w+ ){0,5}(?:slettet|fjernet)",
            r"jeg vil (?:gerne )?have (?:den|det|dem|det hele|alt) (?:\w+ og )?slettet",
            r"(?:ønsker|vil have) (?:jeg |han |hun )?(?:<mine> <data>|oplysningerne|dataene|(?:sine"
            r"|hans|hendes) (?:\w+ )?<data>) (?:\w+ ){0,3}(?:slettet|fjernet)",
            r"sletning af <mine> (?:\w+ )?<data>",
            r"slet (?:nummeret|profilen|kontoen|mailen|mailadressen)(?=\s*[.!]|\s*$)",
            # "... mit navn står i jeres system. Slet det." A first-person datum shortly before.
            r"(?:mig|<mine0> <data>)\b[^\n]{0,80}?\bslet(?<!ikke\sslet) (?:det"
            r"|den)(?: hele)?(?=\s*[.!]|\s*$)",
            r"(?:i|du|de|firmaet|virksomheden) sletter (?:\w+ )?(?:mig|<mine> <data>|<ommig>|ham"
            r"|hende)",
            r"(?:i|du|de|firmaet|virksomheden) fjerner (?:\w+ )?(?:<mine> <data>|<ommig>)",
            r"slet(?<![\"'«„“]slet)(?<!\bre:\sslet)(?<!skulle\sslet)(?:te|ter)? mig(?![\"'»”“-])",
            r"(?:slet|slette|sletter) (?:ham|hende) (?:\w+ ){0,2}(?:fra|i|af) (?:\w+ )?<db>",
            r"glem mig(?! ikke)",
            r"(?:slet|slette|fjern) (?:alle |de )?(?:oplysninger|data"
            r"|informationer) (?:i har )?om mig",
            r"(?:og|derefter|bagefter|så|når \w+ \w+ \w+),? (?:venligst |gerne )?(?:slet|slette"
            r"|fjern|ryd) (?:det hele|alt sammen|alt|det)(?=\s*(?:[.!]|$|bagefter|derefter|tak|helt"
            r"|med det samme))",
            r"jeg(?<!\bom\sjeg) (?:vil|ønsker|skal"
            r"|beder om)(?: (?!ikke\b)\w+){0,2} (?:at )?(?:blive )?(?:slettet|slettes|glemt)",
            r"(?:fjern|fjerne|fjerner|tag|tage|få|slet|slette) (?:venligst |lige |nu |bare )?(?:mig"
            r"|ham|hende) (?:\w+ ){0,2}(?:fra|ud af|ud fra|af|ud) (?:\w+ ){0,2}<db>",
            r"(?:(?:jeg (?:\w+ ){0,3}|om )(?:at )?blive|få mig"
            r"|mig) (?:\w+ )?fjernet (?:fra (?:\w+ ){0,2}<db>|derfra)",
            r"(?:fjern|fjerne|fjerner) mig derfra",
            r"(?:jeg|mig|<mine0> <data>) (?:\w+ ){0,3}ud af (?:\w+ )?<db>",
            r"ud af (?:\w+ )?<db> med mig",
            r"(?:vil|ønsker)(?: \w+)? ikke (?:at )?(?:stå|være|findes|figurere|ligge"
            r"|være registreret) (?:\w+ ){0,2}(?:i|hos) (?:\w+ ){0,2}(?:<db>|jer)",
            r"(?:ryd|smid) (?:\w+ ){0,2}ud\b",
        ),
        A: fast(
            r"hvorfor (?:ringer|kontakter|skriver til|mailer) (?:i|du) (?:\w+ )?(?:til )?mig\b",
            r"hvor (?:har|fik|fandt) <i> (?:\w+ ){0,3}(?:<mine> <data>|mig|det"
            r"|den) (?:\w+ )?fra(?!\s*[?!.]?\s*[\"'»”“])",
            r"hvor (?:kommer|stammer|er) (?:<mine> <data>|mine \w+|det"
            r"|den) (?:\w+ )?fra(?!\s*[?!.]?\s*[\"'»”“])",
            r"hvor (?:(?!havde )\w+ ){0,2}<mine> <data> (?:\w+ ){0,2}fra(?!\s*[?!.]?\s*[\"'»”“])",
            r"hvorfra (?:\w+ ){0,2}(?:<mine> <data>|mig)",
            r"hvordan (?:\w+ ){0,3}(?:fået|faaet|fik|fandt|fundet|koblet|kommet frem til|kendte"
            r"|kender|fat i) (?:\w+ ){0,3}(?:mig|<mine> <data>)",
            r"hvem (?:\w+ ){0,3}(?:solgt|solgte|givet|gav|købt|leveret|delt"
            r"|videregivet) (?:\w+ ){0,2}(?:mig|<mine> <data>)",
            r"(?:hvem|hvilke (?:\w+ ){0,3}(?:kunder|firmaer|virksomheder|tredjeparter|partnere"
            r"|modtagere)) (?:\w+ ){0,4}(?:fået|solgt|givet|delt|videregivet|købt|leveret"
            r"|udleveret) (?:\w+ ){0,3}(?:mig|<mine> <data>|oplysningerne)",
            r"hva(?:d|s)? (?:\w+ ){0,5}(?:har|ved|gemt|gemmer|registreret|registrerer|står|stod"
            r"|noteret|skrevet|skrev|noterede|registrerede|gemte|opbevarer|behandler|liggende"
            r"|ligger|logger|indsamlet|delt|gjort|brugt) (?:\w+ ){0,3}(?:om|på|med) (?:mig"
            r"|<mine> <data>)",
            r"(?:hvilke|hvad for) (?:\w+ ){0,2}(?:oplysninger|data|informationer"
            r"|personoplysninger) (?:\w+ ){0,4}(?:om|på) mig",
            r"hvilke (?:af )?<mine> <data>",
            r"har <i> (?:\w+ ){0,2}(?:oplysninger|data|noget|info\w*) (?:\w+ ){0,2}(?:om|på) mig",
            r"hvorfor (?:har|opbevarer|gemmer|behandler) (?:i|du|de"
            r"|jeres \w+) (?:\w+ )?(?:<mine> <data>|mig|oplysninger om mig)",
            r"hvorfor står jeg (?:\w+ ){0,2}(?:i|på|som|hos)\b",
            r"hvorfor (?:får|fik) jeg (?:\w+ ){0,2}<kanal>",
            r"hvilke[nt]? (?:\w+ ){0,2}liste\w* (?:\w+ ){0,4}(?:jeg|mig)\b",
            r"(?:liste|lister) <i> har mig på",
            r"(?:hvad|hvilken) (?:\w+ ){0,3}score (?:\w+ ){0,3}(?:mig|min)\b",
            r"hvad er min score",
            r"(?:send|giv|vis|udlever|fremsend|oplys) (?:mig )?(?:en kopi af |et overblik over "
            r"|en oversigt over |en liste over |indsigt i )?<mine> <data>",
            r"(?:kopi|kopien(?<!for\skopien)|udskrift|oversigt|overblik|udtræk|dataudtræk"
            r"|liste) (?:af|over|med) (?:\w+ ){0,5}(?:om|på) mig",
            r"(?:kopi|udskrift|oversigt|udtræk) (?:af|over) (?:\w+ ){0,2}(?:optagelse\w*|samtale\w*"
            r"|noter\w*|notater\w*|lydfiler)",
            r"(?:send|giv|vis) mig (?:alt )?(?:hvad|det) <i> har(?: om mig| på mig| liggende)?",
            r"(?:aktindsigt|indsigt) i <mine> <data>",
            r"jeg (?:hermed )?(?:anmoder|beder|ønsker|kræver"
            r"|forlanger)(?: hermed)? (?:om )?(?:\w+ )?(?:akt)?indsigt",
            r"anmod(?:er|es) hermed om (?:\w+ )?(?:akt)?indsigt",
            r"anmodes (?:hermed )?om (?:\w+ )?(?:akt)?indsigt",
            r"(?:kopi|udskrift) af <mine> <data>",
            r"hvorfor har <i> <mine> <data>",
            r"jeg vil (?:gerne )?(?:vide|se|høre|have at vide),? (?:præcis |nøjagtigt )?(?:hvad"
            r"|hvilke|hvor|hvem|hvordan|hvornår) (?:\w+ ){0,5}(?:(?:om|på) mig|<mine> <data>"
            r"|fra)\b",
            r"(?:hvilket|hvad er jeres|på hvilket) (?:\w+ )?(?:grundlag|hjemmel|legal basis"
            r"|retsgrundlag) (?:\w+ ){0,4}(?:mig|<mine> <data>)",
            r"(?:høre|få|have) (?:\w+ ){0,2}optagelsen",
        ),
    },
    weak={
        A: fast(r"ret(?:ten)? til (?:ind)?sigt", r"indsigtsret(?:ten)?",
                 r"indsigtsanmodning(?:er)?", r"hvor længe (?:gemmer|opbevarer) <i>",
                 r"(?:anmoder|beder) (?:hermed )?om (?:akt)?indsigt"),
        E: fast(r"ret(?:ten)? til (?:at blive glemt|sletning)", r"sletningsanmodning(?:er)?",
                 r"(?:anmoder|beder) (?:hermed )?om sletning"),
        RC: fast(r"ret(?:ten)? til (?:berigtigelse|rettelse)",),
        RS: fast(r"ret(?:ten)? til (?:begrænsning|at begrænse)(?: af behandling(?:en)?)?",
                  r"begrænsning af behandling(?:en)?"),
        P: fast(r"ret(?:ten)? til dataportabilitet(?:en)?", r"dataportabilitet(?:en)?"),
        O: fast(r"ret(?:ten)? til (?:at gøre )?indsigelse", r"indsigelsesret(?:ten)?"),
        W: fast(r"tilbage(?:kalde|trække|kaldelse af|trækning af) (?:et |dit |sit )?samtykke",
                 r"trække (?:dit |sit |et )?samtykke tilbage"),
    },
    cues=(
        r"jeg (?:hermed )?(?:anmoder|beder|kræver|ønsker|vil|forlanger|gør brug af|påberåber"
        r"|udnytter)", r"hermed", r"venligst", r"min (?:ret|anmodning)",
    ),
    bare=(r"afmeld(?: mig)?", r"stop", r"fjern mig", r"frameld(?: mig)?", r"unsubscribe"),
)
