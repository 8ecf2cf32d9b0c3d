"""Phrase data for Danish, Swedish and Norwegian.

Explicit-mention layer; the pattern dialect is described in classifiers.mention_lexicon.

The strong phrases are grouped by what the writer does: asks to delete, to stop contact, asks
where we got their data, and so on. They name the first person (mig/mit/mine, mig/min/mina,
meg/min/mine) or address the company about the writer ("hvor har I mit nummer fra"), so a
client's instruction about "the contacts we uploaded" does not match. Gaps between words are
bounded ((?:\\w+ ){0,3}) so a pattern never backtracks far.
"""

from __future__ import annotations

from classifiers.lexicon.base import RC, RS, A, E, LanguageLexicon, O, P, W
from classifiers.lexicon.regex_tools import group_end, top_level_alternatives


def _split(pattern: str) -> list[str]:
    """Split a pattern that opens with a group of alternatives into one pattern per initial.

    The matcher scans with one alternation of all phrases, and the regex engine skips a branch
    cheaply only when the branch starts with a literal letter. "(?:slet|fjern) mig" starts with
    a group, so it becomes "(?:slet) mig" and "(?:fjern) mig": same matches, faster scan.
    """
    end = group_end(pattern) if pattern.startswith("(?:") else -1
    if end < 0 or pattern[end + 1 : end + 2] in ("?", "*", "+", "{"):
        return [pattern]
    rest = pattern[end + 1 :]
    by_initial: dict[str, list[str]] = {}
    for alt in top_level_alternatives(pattern[3:end]):
        key = alt[0] if alt[:1].isalpha() else alt
        by_initial.setdefault(key, []).append(alt)
    out: list[str] = []
    for alts in by_initial.values():
        if len(alts) == 1 and alts[0].startswith("(?:"):
            out.extend(_split(alts[0] + rest))
        else:
            out.append(f"(?:{'|'.join(alts)}){rest}")
    return out


def _initial(pattern: str) -> str:
    """The letter a pattern must start with, or the pattern itself if it is not one letter."""
    if pattern.startswith("(?:"):
        end = group_end(pattern)
        if end < 0 or pattern[end + 1 : end + 2] in ("?", "*", "+", "{"):
            return pattern
        pattern = pattern[3:]
    return pattern[0] if pattern[:1].isalpha() else pattern


def _fast(*patterns: str) -> tuple[str, ...]:
    """The phrases of one right, prepared for a fast scan (same matches, same order of tries).

    Each phrase is split by ``_split``; then phrases that start with the same letter are joined
    into one alternation, which the regex engine enters only when that letter is under the
    cursor. This keeps a long phrase list about as cheap to scan as a short one.
    """
    by_initial: dict[str, list[str]] = {}
    for pattern in patterns:
        for part in _split(pattern):
            by_initial.setdefault(_initial(part), []).append(part)
    return tuple(
        parts[0] if len(parts) == 1 else f"(?:{'|'.join(parts)})" for parts in by_initial.values()
    )


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
        RS: _fast(
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
        P: _fast(
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
        W: _fast(
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
        RC: _fast(
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
        O: _fast(
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
        E: _fast(
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
        A: _fast(
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
        A: _fast(r"ret(?:ten)? til (?:ind)?sigt", r"indsigtsret(?:ten)?",
                 r"indsigtsanmodning(?:er)?", r"hvor længe (?:gemmer|opbevarer) <i>",
                 r"(?:anmoder|beder) (?:hermed )?om (?:akt)?indsigt"),
        E: _fast(r"ret(?:ten)? til (?:at blive glemt|sletning)", r"sletningsanmodning(?:er)?",
                 r"(?:anmoder|beder) (?:hermed )?om sletning"),
        RC: _fast(r"ret(?:ten)? til (?:berigtigelse|rettelse)",),
        RS: _fast(r"ret(?:ten)? til (?:begrænsning|at begrænse)(?: af behandling(?:en)?)?",
                  r"begrænsning af behandling(?:en)?"),
        P: _fast(r"ret(?:ten)? til dataportabilitet(?:en)?", r"dataportabilitet(?:en)?"),
        O: _fast(r"ret(?:ten)? til (?:at gøre )?indsigelse", r"indsigelsesret(?:ten)?"),
        W: _fast(r"tilbage(?:kalde|trække|kaldelse af|trækning af) (?:et |dit |sit )?samtykke",
                 r"trække (?:dit |sit |et )?samtykke tilbage"),
    },
    cues=(
        r"jeg (?:hermed )?(?:anmoder|beder|kræver|ønsker|vil|forlanger|gør brug af|påberåber"
        r"|udnytter)", r"hermed", r"venligst", r"min (?:ret|anmodning)",
    ),
    bare=(r"afmeld(?: mig)?", r"stop", r"fjern mig", r"frameld(?: mig)?", r"unsubscribe"),
)

#: Swedish "stop": "sluta ringa", "upphör med att", "låt bli att".
_SV_STOP = r"(?:sluta|slutar|upphör|upphöra|låt bli|låta bli|sluta upp)(?: med)?(?: att)?"

SV = LanguageLexicon(
    code="sv",
    slots={
        "mina": r"(?:alla )?(?:mina|min|mitt)(?: (?:privata?|gamla|personliga|egna?|nuvarande"
        r"|direkta|sparade|tidigare|nya))?",
        "mina0": r"mi(?:na|n|tt)(?: (?:privata?|gamla|personliga|egna?|nuvarande|direkta"
        r"|sparade|tidigare|nya))?",
        # Compounds ("personuppgifter", "mobilnummer", "mejladress", "användarkonto") are caught
        # by the bounded prefix.
        "data": r"(?:\w{0,14}(?:uppgifter(?:na)?|data|information|info|nummer|adress|mejl|mail"
        r"|profil|konto|post)|e-?post\w*|nr|namn|cv|anteckningar|mobil|samtal|inspelning\w*|bild"
        r"|bilder)",
        # Data about me: "uppgifterna om mig", "allt ni har sparat om mig", "det ni har på mig".
        "ommig": r"(?:(?:alla |all |de )?(?:person)?(?:uppgifter(?:na)?|data|information(?:en)?"
        r"|info)|allt(?: det)?|det|posten)(?: (?:som|ni))?(?: \w+){0,3} (?:om|på) (?:mig|mej)",
        "falt": r"(?:titel|titeln|yrkestitel|befattning|tjänstetitel|namn|efternamn|förnamn"
        r"|e-?post(?:adress)?|\w*mejl(?:adress)?|\w*mail(?:adress)?|\w*adress|\w*nummer|nr"
        r"|uppgifter|data|företag(?:snamn)?|arbetsgivare|roll|avdelning|födelseår|bolag|\w*numret"
        r"|\w*adressen|\w*mejlen|namnet|efternamnet|titeln|rollen)",
        "ni": r"(?:ni|du|företaget)",
        # Lists a person is taken OFF (objection) ...
        "listor": r"(?:\w+-)?(?:\w*lista|\w*listan|\w*listor(?:na)?|\w*utskick(?:et|en)?"
        r"|nyhetsbrev(?:et)?|kampanj(?:en|er|erna)?|\w*kampanjer)",
        # ... and stores a person is deleted FROM (erasure).
        "db": r"(?:\w*databas(?:en|er|erna)?|\w*system(?:et|en)?|crm(?:et)?|\w*register"
        r"|\w*registret|\w*registren|plattform(?:en)?|filer|arkiv(?:et)?)",
        "kontakt": r"(?:kontakta|ringa(?: till)?|ring|mejla|maila|e-?posta|skriva(?: till)?"
        r"|skicka|sms:?a|höra av er(?: till)?|störa)",
        "kanal": r"(?:\w*mejl|\w*mail|e-?post|sms|samtal|\w*samtal|utskick|erbjudanden"
        r"|reklam|nyhetsbrev(?:et)?|inbjudningar|\w*mejlen|samtalen|kontaktförsök)",
        "samtycke": r"(?:samtycke(?:t|n)?|ja(?::?et)?|godkännande(?:t)?|medgivande(?:t)?"
        r"|tillåtelse(?:n)?|ok(?::?et)?|lov)",
        "tills": r"(?:tills(?! vidare)|till dess|medan|så länge|förrän (?:det|ni|jag|ärendet"
        r"|saken)|innan (?:ni|det|jag|ärendet))",
        "pdata": r"(?:\w{0,14}(?:uppgifter|data|info|profil|konto)|kontakter|anteckningar"
        r"|sökningar|\w*listor|historik|\w*inställningar|preferenser|taggar|prospekt)",
        "format": r"(?:csv\w*|json|xml|excel\w*|maskinläsbar\w*|(?:en|som|i) (?:\w+ )?fil)",
    },
    strong={
        RS: _fast(
            r"(?:begränsa|begränsar|spärra|spärrar|frys|frysa|fryser|lås|låsa|låser|pausa"
            r"|pausar) (?:behandlingen av |användningen av )?(?:<mina> (?:\w+ )?<data>|<ommig>|mig"
            r"|allt (?:med|som rör) (?:mig|mina \w+))",
            r"(?:ni|du) begränsar (?:\w+ ){0,2}(?:behandling\w*|användning\w*)",
            r"begränsning av (?:behandlingen av )?<mina> <data>",
            r"(?:lägg|lägga|sätt|sätta) (?:\w+ )?(?:<mina> (?:\w+ )?<data>|mig|posten) (?:på is"
            r"|i vila|på paus|på vänt)",
            r"<mina0> <data> (?:\w+ ){0,2}(?:ska|får) (?:\w+ ){0,2}(?:frysas|låsas|spärras"
            r"|ligga kvar|begränsas)",
            r"(?:låt|låta) (?:allt (?:om mig |ni har om mig )?|<mina> (?:\w+ )?<data> )ligga kvar",
            r"(?:radera|ta bort) inte <mina> <data>",
            r"(?:inte|aldrig) (?:att (?:ni|du) )?(?:radera|raderar|ta bort|tar bort"
            r"|släng\w*) (?:\w+ )?(?:<mina> <data>|<ommig>|mig|något om mig)",
            # "don't delete ... but don't use" in either order, within a short stretch.
            r"(?:inte|ingen|aldrig|inget) (?:\w+ )?(?:radera\w*|ta bort|tar bort"
            r"|släng\w*)\b[^\n]{0,100}?\b(?:inte|ingen|inga|inget|aldrig) (?:\w+ ){0,2}(?:använd\w*"
            r"|behandla|ring\w*|sälj\w*|dela|rör|lämna\w* ut)",
            r"(?:inte|ingen|inget|aldrig) (?:\w+ )?(?:använd\w*|behandla\w*"
            r"|rör)\b[^\n]{0,100}?\b(?:inte|ingen|inget|aldrig) (?:\w+ )?(?:radera\w*|ta bort"
            r"|tar bort|släng\w*)\b",
            r"(?:radera|ta bort) (?:\w+ )?inte\b[^\n]{0,60}?\b(?:använd\w*|behandla)\b",
            r"(?:använd|använda|använder|behandla|rör|sälj|sälja|lämna ut) (?:(?:inte"
            r"|aldrig) (?:<mina> (?:\w+ )?<data>|<ommig>|mig|dem|den|det|min \w+|mitt \w+|mina \w+)"
            r"|(?:mig|dem|den|det) inte),? (?:\S+ ){0,6}<tills>",
            r"(?:inte|ingen|aldrig) (?:\w+ ){0,2}(?:använd\w*|behandla\w*"
            r"|rör) (?:<mina> (?:\w+ )?<data>|<ommig>|mig|uppgifterna),? (?:\S+ ){0,6}<tills>",
            r"(?:tills|till dess|medan|så länge|i väntan på|fram till"
            r"|under tiden)(?: \w+){0,10} (?:inte|ingen|inga) (?:\w+ )?(?:använd\w*|behandla\w*|rör"
            r"|lämna\w* ut)",
            r"(?:sluta|upphör med att|stoppa) (?:\w+ ){0,2}(?:använd\w*"
            r"|behandl\w*) (?:av )?(?:\w+ ){0,4}(?:tills|medan|så länge|förrän)",
            r"(?:spara|behåll|behålla|sparar) (?:\w+ ){0,6}men (?:\w+ ){0,3}(?:inte|ingen"
            r"|inget) (?:\w+ )?(?:använd\w*|behandla\w*|rör)",
            r"jag bestrider (?:\w+ ){0,5}(?:uppgifter\w*|riktighet\w*|korrekt\w*)",
            r"(?:använd|rör|behandla)\w* (?:\w+ ){0,2}(?:inte|ej)\b[^\n]{0,80}?\b(?:radera|släng"
            r"|ta bort)\w* (?:\w+ ){0,2}(?:inte|ej)\b",
            r"(?:radera|släng|ta bort)\w* (?:\w+ ){0,2}(?:inte|ej)\b[^\n]{0,80}?\b(?:använd|rör"
            r"|behandla)\w* (?:\w+ ){0,2}(?:inte|ej)\b",
            r"(?:uppgifterna|<mina0> <data>|allt om mig) (?:\w+ ){0,2}begränsas",
            r"(?:spara|behåll\w*|sparar) (?:\w+ ){0,6}men (?:\w+ ){0,2}(?:använd|rör"
            r"|behandla)\w* (?:\w+ )?(?:inte|ej)",
            r"radera (?:inget|ingenting|inte något)",
            r"inte att (?:<mina> <data>|uppgifterna|de|dem|det) (?:\w+ )?(?:raderas|tas bort)",
            r"vill (?:inte|ej) (?:bli )?(?:raderad|raderas|borttagen|tas bort)",
            r"gör (?:ingenting|inget) med <mina> <data>",
        ),
        P: _fast(
            r"(?:vill ha|skicka|ge|få|ha|mejla"
            r"|lämna ut) (?:mig )?(?:ut )?<mina> (?:\w+ )?<pdata>[^.?!\n]{0,60}?\b<format>\b",
            r"<mina0> (?:\w+ )?<pdata>[^.?!\n]{0,60}?\b<format>\b",
            r"kopia (?:av|på) <mina> (?:\w+ )?<pdata>[^.?!\n]{0,40}?\b<format>\b",
            r"(?:få ut|få|skicka|ha|exportera|ladda ner"
            r"|mejla) (?:mig )?(?:\w+ )?<ommig>[^.?!\n]{0,40}?\b<format>\b",
            r"(?:exportera\w*|export av|överför\w*|flytta\w*|föra över|för över|ladda ner|få ut"
            r"|ta ut|skicka över) (?:\w+ )?<mina> (?:\w+ ){0,2}<pdata>",
            r"allt (?:som )?jag (?:själv )?(?:har )?(?:lagt in|knappat in|skrivit in|fört in|sparat"
            r"|laddat upp|skapat)[^\n]{0,100}?(?:<format>|leverantör|överför\w*|flytta|exporter\w*"
            r"|system)",
            r"(?:överför|flytta|skicka|föra över"
            r"|för över) <mina> <data> (?:direkt )?till (?:\w+ )?(?:nya?|nytt|annan|annat|andra)\b",
            r"(?:maskinläsbar|strukturerad) (?:\w+ )?export av (?:\w+ ){0,3}(?:mina|jag)",
        ),
        W: _fast(
            r"(?:återkallar|drar tillbaka|tar tillbaka|återkalla|dra tillbaka|ta tillbaka|drar in"
            r"|dra in) (?:härmed |nu )?(?:mitt|mina|allt|samtliga|det|den|detta"
            r"|mitt givna) <samtycke>",
            r"(?:det|den|detta|mitt) (?:\w+ )?<samtycke> (?:\w+ ){0,2}(?:återkallar|drar jag"
            r"|tar jag|gäller inte|återkallas|är (?:härmed )?återkallat)",
            r"härmed återkallas (?:mitt )?samtycke",
            r"(?:det|den) (?:drar|tar) jag (?:tillbaka|in)",
            r"mitt samtycke (?:är )?(?:härmed )?(?:återkallat|tillbakadraget)",
            r"jag samtycker inte (?:längre|till)",
            r"jag ger inte längre (?:mitt )?samtycke",
            r"(?:godkände|samtyckte|accepterade|gick med på"
            r"|tackade ja)\b[^.!?\n]{0,120}?\b(?:ångrar|inte längre|vill inte|återkall\w*"
            r"|tar tillbaka|drar tillbaka|avsäga|gäller inte)",
            r"(?:ångrar|har ångrat) (?:att )?(?:jag |ja )?(?:tryckte|sa|kryssade|gav|godkände"
            r"|anmälde|skrev upp|registrerade)",
            r"vill inte (?:längre )?vara (?:prenumerant|anmäld|registrerad|med på listan)",
            r"(?:sa|gav|godkände|kryssade i|tryckte|lämnade|har gett) (?:\w+ ){0,2}(?:ja|samtycke"
            r"|godkännande|lov|tillåtelse|medgivande|i)\b[^.!?\n]{0,120}?\b(?:ångrar|inte längre"
            r"|vill inte|återkall\w*|tar tillbaka|drar tillbaka|avsäga|gäller inte)",
            r"(?:anmälde|registrerade|skrev upp) mig\b[^.!?\n]{0,100}?\b(?:avanmäl\w*|vill inte"
            r"|inte längre|ångrat|ångrar)",
            r"(?:avanmäl|avprenumerera|avsluta)\w* (?:mig )?(?:\S+ ){0,3}(?:som jag |jag "
            r"|ja )(?:prenumererar|anmälde|registrerade|skrev upp|själv startade)",
            r"(?:avsluta|avbryt) (?:\w+ )?prenumeration\w* (?:\w+ ){0,3}som jag",
        ),
        RC: _fast(
            r"min nya (?:mejl|mejladress|e-?post\w*|adress|titel|roll|nummer|mobilnummer"
            r"|signatur) (?:är|nedan)\b",
            r"min (?:mejl|mejladress|e-?postadress|adress|titel|nummer) (?:är nu|har ändrats)",
            r"(?:jag har|har jag) bytt (?:efternamn|namn|mejl\w*|nummer|mobilnummer)",
            r"rättelse av <mina> (?:\w+ )?<data>",
            r"(?:rätta|korrigera|uppdatera|ändra|byt|byta|fixa) (?:gärna "
            r"|genast )?<mina> (?:\w+ )?<falt>",
            r"<mina0> (?:\w+ )?<falt> (?:\w+ ){0,3}(?:är|var) (?:\w+ )?(?:fel|felaktiga?|felaktigt"
            r"|inaktuella?|inte korrekta?|gammal|föråldrad|felstavat|fel stavat)",
            r"<mina0> <falt> stavas",
            r"(?:ni|du) har (?:\w+ ){0,2}(?:fel|felaktiga?|gamla) <falt> (?:på|för|till|om) (?:mig"
            r"|mej)",
            r"(?:ni|du) har (?:fortfarande )?mi(?:na|n|tt) gamla (?:\w+ )?<falt>",
            r"(?:ni|du) har (?:fortfarande|kvar) <mina> <falt>",
            r"(?:ni|du) har (?:\w+ ){0,3}(?:<falt>|mig|<mina> \w+) fel",
            r"(?:ni|du) har (?:\w+ )?stavat (?:\w+ ){0,3}(?:fel|\w+ med)",
            r"(?:ni|du) har (?:registrerat |fortfarande |angett "
            r"|uppgett )?mig (?:\w+ ){0,2}som(?! lead)",
            r"(?:ni|du) (?:har )?(?:registrerat|angett|uppgett|kopplat) (?:att jag|mig)",
            r"(?:ni|du) har skrivit att jag (?:är|bor|jobbar|heter|arbetar)",
            r"(?:ni|du) skriver till mig som",
            r"jag heter (?:numera\b|\w+(?: \w+)?,? (?:inte|med)\b)",
            # "rätta det" only after a first-person word in the same stretch, so a client's
            # "the link is wrong, fix it" does not count.
            r"(?:jag (?:är|e|heter|har|jobbar|arbetar|bor)|mitt (?:efter|för)?namn|min (?:titel"
            r"|roll|tjänst))\b[^\n]{0,80}?\b(?:(?:rätta|ändra|fixa|uppdatera|korrigera|byt) (?:det"
            r"|den|detta|uppgiften|uppgifterna|titeln|gärna|båda|er lista|listan)\b"
            r"|vänligen (?:rätta|ändra|uppdatera)|(?:rätta|ändra|uppdatera)(?=\s*[.!]|\s*$))",
            r"(?:radera|ta bort|stryk|tag bort) (?:\w+ )?(?:den|det|de) (?:gamla|felaktiga"
            r"|tidigare) (?:\S+ ){0,2}?<falt>",
            r"(?:radera|ta bort|stryk|tag bort) (?:\w+ )?(?:vår|min|mitt|mina|den|det) (?:(?:gamla"
            r"|felaktiga|tidigare) )?<falt>\b[^\n]{0,80}?\b(?:i stället|istället|ersätt\w*"
            r"|och (?:\w+ )?(?:använd|skriv|lägg in|lägg till))",
            r"(?:ta bort|stryk|radera) (?:\S+ ){0,4}(?:framför|före|efter) (?:mitt|min) \w+",
        ),
        O: _fast(
            _SV_STOP + r" (?:att )?(?:ringa|skicka \w+ till|kontakta|mejla) (?:honom|henne)\b",
            r"sluta skicka (?:\w+ ){0,2}till min\b",
            r"<mina0> <data> (?:\w+ )?(?:tas bort|raderas|stryks) (?:från"
            r"|ur) (?:\w+ ){0,2}<listor>",
            _SV_STOP + r" (?:\w+ )?<kontakt> (?:\w+ )?(?:mig|mej|till mig|hit)\b",
            _SV_STOP + r" (?:\w+ )?(?:ringa|ring|kontakta|mejla|maila|skicka \w+|sms:?a"
            r"|höra av er)(?=\s*(?:[.!,]|$|igen|mer|tack|och\b))",
            _SV_STOP + r" (?:\w+ )?(?:profilera|poängsätta|bedöma|kartlägga|sälja|lämna ut|ge ut"
            r"|leverera|dela|skicka vidare) (?:\w+ ){0,2}(?:mig|<mina> <data>)",
            r"slutaa*(?=\s*[.!])",
            r"(?:sluta|upphör) med det(?=\s*[.!])",
            r"stoppa det(?=\s*[.!])",
            r"(?:inte|aldrig) (?:att )?(?:ni|du) (?:hör av er|kontaktar|ringer|mejlar|skickar"
            r"|mailar) (?:\w+ )?(?:igen|mer|till mig|mig)\b",
            r"ring (?:inte|aldrig) (?:det här|detta|mitt|min) (?:\w+ )?(?:igen|mer)",
            r"vill(?<!han\svill)(?<!hon\svill)(?<!\bde\svill)(?<!kunden\svill)(?<!personen\svill)"
            r" (?:inte|ej|aldrig) (?:\w+ )?(?:bli kontaktad|bli uppringd|bli ringd|kontaktas|ringas"
            r"|bli kartlagd|bli profilerad)",
            r"slutaa* ring",
            r"(?:ring|kontakta|mejla|maila|skriv|sms:a|skicka) (?:mig |hit |till mig )?(?:inte"
            r"|aldrig) (?:\w+ )?(?:igen|mer|hit)(?![\"'»”“])",
            r"(?:kontakta|ring|mejla|maila|skriv till) mig inte",
            r"(?:ring|kontakta|mejla|skriv till) (?:inte"
            r"|aldrig) (?:\w+ )?mig(?![^.!?\n]{0,12}[\"'»”“])",
            r"skicka (?:inte|inga) (?:\w+ )?(?:fler|mer) (?:\w+ )?<kanal>",
            r"(?:inga|inte) (?:fler|mer) (?:\w+ )?<kanal>",
            r"(?:ta bort|tag bort|tar bort|ta|stryk|stryka|avregistrera|plocka bort|plocka|lyft ut"
            r"|lyfta ut|avanmäl|ha bort|få bort) (?:\w+ )?(?:mig"
            r"|<mina> <data>) (?:\w+ ){0,2}(?:från|ur|ifrån"
            r"|bort från) (?:\w+ ){0,2}<listor>(?![\"'»”“])",
            r"(?:ta bort|stryk|plocka bort) (?:henne|honom) (?:\w+ )?(?:från"
            r"|ur) (?:alla )?era (?:\w+ )?<listor>",
            r"(?:ur|bort från) (?:\w+ )?<listor>(?:,? tack)?(?=\s*[.!]|\s*$)",
            r"(?:ta bort|tag bort|plocka bort|stryk) mig(?: (?:pls|tack|snälla|nu))?(?=\s*(?:[.!,?]"
            r"|$|och\b|tack|så|från (?:allt|alla)))",
            r"(?:avregistrera|avanmäl|avprenumerera|avbeställ)\w* mig",
            r"avsluta (?:alla |allt |all )?(?:\w+ )?(?:kontakt\w*|utskick\w*"
            r"|prenumeration\w*) (?:\w+ ){0,2}(?:mig|mot mig)",
            r"jag vill (?:\w+ )?(?:avregistrera mig|avsluta (?:min )?prenumeration(?:en)?"
            r"|avprenumerera|avanmäla mig)",
            r"jag (?:\w+ )?(?:vill|önskar)(?: \w+)? (?:inte|ej|aldrig) (?:\w+ )?(?:bli kontaktad"
            r"|bli uppringd|bli ringd|kontaktas|ringas|säljas|bli såld|poängsätt\w*|profiler\w*"
            r"|bedömas)",
            r"(?:vill|önskar)(?: (?!du\b|man\b|ni\b)\w+)? (?:inte|ej"
            r"|aldrig) (?:\w+ ){0,3}<kanal>(?! till (?!mig))",
            r"(?:vill|önskar) jag (?:\w+ )?(?:inte|ej) (?:\w+ ){0,3}(?:<kanal>|bli kontaktad"
            r"|bli uppringd)",
            r"(?:vill|önskar)(?: \w+)? (?:inte|ej) (?:\w+ )?(?:stå|vara) (?:\w+ ){0,2}(?:på"
            r"|i) (?:\w+ ){0,2}<listor>",
            r"jag (?:\w+ )?(?:inte|ej) (?:vill|önskar) (?:\w+ )?(?:bli kontaktad|bli uppringd"
            r"|bli ringd|kontaktas|ringas|ha (?:\w+ )?<kanal>|få (?:\w+ )?<kanal>)",
            r"(?:vill|önskar) (?:gärna |helst )?(?:slippa|undvika) (?:\w+ )?<kanal>",
            r"jag (?:invänder|motsätter mig)",
            r"härmed invänder jag",
            r"(?:sluta|upphör med att) (?:använda|behandla) <mina> <data>",
            r"(?:inte|aldrig) (?:\w+ ){0,2}(?:skickar|skicka|säljer|sälja|lämnar ut|lämna ut|delar"
            r"|dela|levererar|leverera) (?:\w+ )?(?:(?:<mina> <data>"
            r"|mitt namn)(?: \w+){0,2} (?:vidare|till)|mig (?:\w+ ){0,2}(?:vidare|som lead))",
            r"(?:sälj|dela|lämna) (?:inte|aldrig) (?:ut )?(?:\w+ )?(?:<mina> <data>|mig|mitt namn)",
            r"lämna inte ut (?:mig|<mina> <data>)",
        ),
        E: _fast(
            r"bort med mig (?:ur|från) (?:er |era )?\w*(?:databas|register|system)\w*",
            r"den vill jag att ni (?:raderar|tar bort)",
            r"radering av <mina> (?:\w+ )?<data>",
            r"(?:radera|raderar|ta bort|tag bort|tar bort|rensa|rensar|makulera|stryk|plocka bort"
            r"|släng|slänga|kasta|avlägsna|ha bort|få bort)(?<!till\satt\sradera) (?:(?:gärna"
            r"|genast|snarast|helt|nu|också|omedelbart|bara) ){0,2}(?:<mina> <data>|<ommig>"
            r"|alla mina \w+)",
            r"(?:radera|ta bort|tag bort|tar bort|plocka bort"
            r"|stryk) (?:\w+ )?<mina> (?:\w+ )?<data> (?:\w+ ){0,2}(?:från|ur|i) (?:\w+ )?<db>",
            r"<mina0> <data> (?:(?!inte )\w+ ){0,3}(?:ska |får |kan |bör )?(?:raderas|tas bort"
            r"|rensas|bort|avlägsnas)\b",
            r"(?:uppgifterna|uppgifter|informationen|allt|det|posten|data) (?:\w+ ){0,3}(?:om"
            r"|på) (?:mig|mej) (?:\w+ ){0,3}(?:ska |får |kan )?(?:raderas|tas bort|rensas"
            r"|avlägsnas)\b",
            r"(?:ni|du) (?:raderar|tar bort|rensar) (?:\w+ )?(?:<mina> (?:\w+ )?<data>"
            r"|mig(?! (?:\w+ ){0,2}(?:från|ur|ifrån) (?:\w+ ){0,2}<listor>)|<mina> <data>|<ommig>"
            r"|honom|henne|hans \w+|hennes \w+|alltihop|alltihopa)",
            r"radera(?<![\"'«„“]radera)(?<!\bre:\sradera)(?<!bad\ser\sradera)r? (?:mig"
            r"|mej)(?![\"'»”“-])",
            r"radera(?<!inte\sradera)(?<!ej\sradera)(?=\s*[.!]?\s*$)",
            r"(?:radera|ta bort|stryk) (?:honom|henne) (?:\w+ ){0,2}(?:från|ur|i) (?:era|ert"
            r"|er) (?:\w+ )?<db>",
            r"glöm (?:mig|mej|<mina> <data>)(?! inte)",
            r"(?:och|sedan|därefter|sen|efter det),? (?:gärna |snälla )?(?:radera|ta bort|rensa"
            r"|släng) (?:det|allt|alltihop|alltihopa)(?=\s*(?:[.!]|$|sen|sedan|tack|helt))",
            r"(?:får|kan) ni (?:gärna )?(?:radera|ta bort) (?:mig(?! (?:\w+ ){0,2}(?:från|ur"
            r"|ifrån) (?:\w+ ){0,2}<listor>)|mej|alltihop|alltihopa|allt om mig)",
            r"(?:jag|ja) vill (?:(?!inte\b|ej\b)\w+ ){0,2}(?:raderad|borttagen|bortglömd|glömd"
            r"|utplånad|borta|raderas)",
            r"(?:vill|önskar) jag (?:(?!inte\b|ej\b)\w+ ){0,2}(?:raderad|borttagen|bortglömd|glömd"
            r"|utplånad|borta|raderas)",
            r"(?:vill ha|ha|få) <mina> (?:\w+ )?<data> (?:\w+ ){0,2}(?:raderade?|borttagna?|raderat"
            r"|borttaget)",
            r"(?:ha|få) bort mig",
            r"radera (?:honom|henne) (?:omedelbart|genast|snarast|helt)",
            # "... mitt personnummer? ... Ta bort det." A first-person datum shortly before.
            r"(?:<mina0> <data>|mig)\b[^\n]{0,80}?\b(?:ta bort|radera(?<!inte\sradera)|släng"
            r"|rensa bort) (?:det|den|dem|allt|alltihop)(?=\s*(?:[.!,]|$|tack|och))",
            r"(?:ta bort|tag bort|plocka bort|radera|stryk|rensa bort|ha bort"
            r"|få bort) (?:\w+ )?mig (?:\w+ ){0,2}(?:från|ur|ifrån|i|därifrån) (?:\w+ ){0,2}<db>",
            r"(?:ta bort|tag bort|plocka bort|radera|stryk) (?:honom|henne) (?:\w+ ){0,2}(?:från|ur"
            r"|ifrån|i) (?:era|ert|er) (?:\w+ )?<db>",
            r"(?:ta bort|tag bort|plocka bort|rensa bort) mig (?:helt|därifrån|ur allt)",
            r"(?:vill|vara|vill vara) (?:bort|borta) (?:från|ur) (?:\w+ )?<db>",
            r"bort (?:från|ur) (?:\w+ )?<db> med mig",
            r"(?:vill|önskar)(?: \w+)? (?:inte|ej) (?:\w+ )?(?:finnas|stå|ligga"
            r"|vara registrerad)(?: kvar)? (?:\w+ ){0,2}(?:i|hos) (?:\w+ ){0,2}(?:<db>|er)\b",
        ),
        A: _fast(
            r"varför (?:ringer|kontaktar|mejlar|skriver till) (?:ni|du) (?:\w+ )?(?:till )?mig\b",
            r"var (?:har|fick|hittade|kommer) (?:\w+ ){0,3}(?:<mina> <data>|mig|det|den|mitt \w+"
            r"|min \w+|mina \w+|hans \w+|hennes \w+) (?:\w+ ){0,2}(?:ifrån"
            r"|från)(?!\s*[?!.]?\s*[\"'»”“])",
            r"varifrån (?:\w+ ){0,3}(?:<mina> <data>|mig|mej|mitt \w+|min \w+|mina \w+|det|den"
            r"|de)\b",
            r"varifrån\?",
            r"(?:var|varifrån) (?:\w+ ){0,2}(?:ni|du) (?:\w+ ){0,3}(?:<mina> <data>|mig|det"
            r"|den) (?:\w+ )?(?:ifrån|från)(?!\s*[?!.]?\s*[\"'»”“])",
            r"hur (?:har|fick|kunde) (?:ni|du) (?:\w+ ){0,2}(?:fått tag (?:på|i)|fått reda på|fått"
            r"|hittat|kopplat ihop|kopplat|fått fram) (?:\w+ )?(?:<mina> <data>|mig|mej|min \w+"
            r"|mitt \w+|den|det)",
            r"hur (?:vet|visste|kan) (?:ni|du) (?:\w+ ){0,2}(?:att jag|om mig|vem jag|var jag"
            r"|vad jag|mitt \w+|min \w+)",
            r"hur (?:har|fick) (?:\w+ ){0,2}(?:hamnat|kommit) (?:hos er|i er)",
            r"hur (?:ni|du) (?:har |hade )?(?:fått tag (?:på|i)|fått|fick|hittade|hittat|kopplade"
            r"|kopplat) (?:\w+ )?(?:<mina> <data>|mig|mej|min \w+|mitt \w+)",
            r"hur (?:kopplade|hittade|hämtade) (?:ni|du) (?:\w+ )?(?:<mina> <data>|mig|min \w+"
            r"|mitt \w+)",
            r"(?:veta|få veta|besked om) (?:om|huruvida) (?:\w+ ){0,4}(?:behandlar|har|sparar"
            r"|lagrar) (?:\w+ ){0,2}(?:om mig|<mina> <data>)",
            r"vilka (?:\w+ ){0,2}(?:har )?(?:lämnat ut|sålt|gett|skickat|levererat) (?:\w+ )?(?:mig"
            r"|<mina> <data>|dem|uppgifterna) till\b",
            r"jag vill veta (?:exakt |precis )?(?:var|varifrån|hur) (?:ni|du) (?:\w+ ){0,2}(?:fått"
            r"|fick|hittade|hittat|hämtat)",
            r"(?:begär|vill ha|få|ha) (?:jag )?ut (?:\w+ )?(?:<ommig>|<mina> <data>)",
            r"kopia (?:av|på) (?:\w+ ){0,3}(?:person)?uppgifter(?:na)? (?:\w+ ){0,2}(?:om"
            r"|på) (?:mig|honom|henne)",
            r"vem (?:\w+ ){0,2}(?:sålt|sålde|gett|gav|lämnat|lämnade|gett er"
            r"|delat) (?:\w+ ){0,2}(?:mig|<mina> <data>)",
            r"(?:vem|vilka (?:\w+ ){0,3}(?:kunder|företag|partners|mottagare)) (?:\w+ ){0,4}(?:fått"
            r"|sålt|gett|lämnat ut|delat|köpt|skickat) (?:\w+ ){0,3}(?:mig|<mina> <data>"
            r"|uppgifterna)",
            r"(?:vad|va) (?:\w+ ){0,5}(?:har|vet|sparat|sparar|lagrat|lagrar|registrerat|står"
            r"|antecknat|antecknar|skrivit|noterat|loggar|gjort|delat) (?:\w+ ){0,3}(?:om|på"
            r"|med) (?:mig|mej|<mina> <data>)",
            r"vilka (?:\w+ ){0,2}(?:uppgifter|data|information|personuppgifter) (?:\w+ ){0,4}(?:om"
            r"|på) (?:mig|mej)",
            r"vilka (?:av )?<mina> <data>",
            r"har (?:ni|du) (?:\w+ ){0,2}(?:uppgifter|data|något|info\w*|mitt \w+"
            r"|min \w+) (?:\w+ ){0,2}(?:om|på) (?:mig|mej)",
            r"varför (?:har|sparar|lagrar|behandlar) (?:ni|du|er \w+) (?:\w+ )?(?:<mina> <data>|mig"
            r"|uppgifter om mig)",
            r"varför står jag (?:\w+ ){0,2}(?:i|på|som|hos)\b",
            r"varför (?:får|fick) jag (?:\w+ ){0,2}<kanal>",
            r"vilke[nt] (?:\w+ ){0,2}(?:lista|listor|register|källa) (?:\w+ ){0,4}(?:jag|mig)\b",
            r"står jag (?:med )?(?:i|på) (?:\w+ ){0,3}\w*(?:lista|listor|listan|register"
            r"|system)\w*",
            r"(?:registerutdrag|utdrag) (?:av|över|på) (?:\w+ ){0,4}(?:mig|mina \w+)",
            r"(?:begär|önskar|vill ha|ber om|beställer|få(?<!att\sfå)) (?:ett "
            r"|mitt )?(?:register)?utdrag",
            r"(?:skicka|ge|visa|lämna ut|mejla) (?:mig )?(?:en kopia (?:av|på) "
            r"|en sammanställning (?:av|över) |ett utdrag (?:av|över) )?<mina> <data>",
            r"(?:kopia|sammanställning|utdrag|lista) (?:av|på|över|med) (?:\w+ ){0,5}(?:om"
            r"|på) (?:mig|mej)",
            r"(?:kopia|utdrag) (?:av|på) (?:\w+ ){0,2}(?:inspelning\w*|samtal\w*|anteckning\w*)",
            r"(?:insyn i|kopia (?:av|på)) <mina> <data>",
            r"(?:begär|vill ha|önskar|ber om|få) (?:\w+ )?tillgång till <mina> <data>",
            r"jag (?:\w+ )?(?:vill|önskar|begär|kräver) (?:\w+ )?(?:veta|få veta|se|få se"
            r"|ha besked om) (?:var|varifrån|hur|vad|vilka|vem|vilken|vart) (?:\w+ ){0,5}(?:(?:om"
            r"|på) (?:mig|mej)|<mina> <data>|ifrån|från)\b",
            r"(?:rättslig grund|laglig grund|vilken grund) (?:\w+ ){0,4}(?:mig|<mina> <data>)",
            r"hur länge (?:\w+ ){0,3}(?:spara|sparar|behålla|lagra) (?:<mina> <data>"
            r"|det ni har om mig|mig)",
            r"hur länge har jag (?:funnits|stått|legat)",
        ),
    },
    weak={
        A: _fast(r"rätt(?:en)? till (?:tillgång|insyn|registerutdrag)", r"registerutdrag",
                 r"rätt(?:en)? att få (?:information|veta|tillgång|en kopia)",
                 r"hur länge (?:sparar|lagrar) <ni>"),
        E: _fast(r"rätt(?:en)? att bli (?:bortglömd|glömd)", r"rätt(?:en)? till radering"),
        RC: _fast(r"rätt(?:en)? till rättelse",),
        RS: _fast(r"rätt(?:en)? till begränsning(?: av behandling(?:en)?)?",
                  r"begränsning av behandling(?:en)?"),
        P: _fast(r"rätt(?:en)? till dataportabilitet(?:en)?", r"dataportabilitet(?:en)?"),
        O: _fast(r"rätt(?:en)? att invända", r"invändning mot (?:behandling|direktmarknadsföring)"),
        W: _fast(r"återkall(?:a|ande|else) (?:av )?(?:ett |sitt )?samtycke",),
    },
    cues=(
        r"jag (?:härmed )?(?:begär|ber|kräver|vill|önskar|utnyttjar|åberopar)", r"härmed",
        r"min (?:rätt|begäran)", r"vänligen",
    ),
    bare=(r"avregistrera(?: mig)?", r"stopp?", r"ta bort mig", r"avsluta prenumeration(?:en)?",
          r"avsluta", r"unsubscribe"),
)

#: Norwegian "stop": "slutt å ringe", "stopp å sende", "hold opp med å", "la være å".
_NB_STOP = (
    r"(?:slutt|slutte|stopp|stop|stoppe|hold opp|holde opp|la være|la vere"
    r"|vær så snill å slutte)(?: med)?(?: å| aa| a)?"
)
_NB_MINE = (
    r"(?:alle )?(?:mine|min|mitt)(?: (?:private?|gamle|personlige|egne?|nåværende|direkte|lagrede"
    r"|tidligere|nye))?"
)
_NB_DATA = (
    r"(?:\w{0,14}(?:opplysninger|data|info|informasjon|nummer|adresse|post|mail|profil|konto"
    r"|registrering)|e-?post\w*|nr|tlf|mobil|navn|detaljer|bruker|cv)"
)
#: Norwegian usually puts the possessive after a definite noun: "nummeret mitt".
_NB_DEF = (
    r"(?:\w{0,14}(?:opplysningene|opplysningane|dataene|dataen|informasjonen|infoen|numm?eret"
    r"|adressen|posten|mailen|profilen|kontoen|registreringen|notatene|oppføringen)|e-?post(?:en"
    r"|adressen)|navnet|mobilen|brukeren|tittelen|etternavnet|nr)"
)

NB = LanguageLexicon(
    code="nb",
    slots={
        "mine": _NB_MINE,
        "mine0": r"mi(?:ne|n|tt)(?: (?:private?|gamle|personlige|egne?|nåværende|direkte|lagrede"
        r"|tidligere|nye))?",
        "data": _NB_DATA,
        # My data in either order: "mine opplysninger", "opplysningene mine".
        "md": rf"(?:{_NB_MINE} {_NB_DATA}|(?:alle )?{_NB_DEF} (?:mine|mitt|min))",
        # Data about me: "opplysningene om meg", "alt dere har lagret om meg".
        "ommeg": r"(?:(?:alle |all |de )?(?:person)?(?:opplysninger(?:ne)?|data(?:ene)?|info"
        r"|informasjon(?:en)?)|alt(?: det)?|det|all info)(?: (?:som|dere|de))?(?: \w+){0,3} (?:om"
        r"|på) (?:meg|mæ)",
        "felt": r"(?:tittel|stillingstittel|jobbtittel|stilling|navn|etternavn|fornavn"
        r"|e-?post(?:adresse)?|\w*adresse|\w*nummer|nr|tlf|opplysninger|data|firma(?:navn)?"
        r"|arbeidsgiver|avdeling|rolle|fødselsår)(?:en|et|n)?",
        "dere": r"(?:dere|du|de|dykk|firmaet)",
        # Lists a person is taken OFF (objection) ...
        "liste": r"(?:\w+-)?(?:\w*lista|\w*listen|\w*liste|\w*lister(?:ne)?|\w*listene"
        r"|\w*utsendelse\w*|nyhetsbrev\w*|\w*kampanje\w*|mailing\w*|\w*e-?poster|\w*mailer)",
        # ... and stores a person is deleted FROM (erasure).
        "db": r"(?:\w*database\w*|databse|\w*system(?:et|er|ene)?|systemt|crm(?:-?et)?"
        r"|\w*register(?:et)?|\w*registre(?:ne)?|kartotek(?:et)?|server\w*|arkiv\w*|filer"
        r"|\w*basen)",
        "kontakt": r"(?:kontakte|ringe(?: til)?|ringe|maile|e-?poste|sende|skrive(?: til)?"
        r"|mase på|spamme|plage)",
        "kanal": r"(?:\w*e-?poster|\w*eposter|\w*mail(?:er|s)?|e-?post|sms\w*|telefoner"
        r"|\w*meldinger|\w*oppringninger|anrop|samtaler|henvendelser|reklame|markedsføring"
        r"|nyhetsbrev(?:et)?|tilbud|invitasjoner|utsendelser|\w*telefona)",
        "samtykke": r"(?:samtykke[tr]?|ja(?:-?et)?|godkjenning(?:en)?|tillatelse(?:n)?"
        r"|opt-?in|kryss(?:et)?)",
        "inntil": r"(?:mens|inntil|til (?:dere|det er|saken|jeg)|frem til|fram til|så lenge"
        r"|i mellomtiden|før (?:det|jeg|saken|dere har|klagen))",
        "pdata": r"(?:\w{0,14}(?:opplysninger|data|dataene|info|profil|profilen|konto|kontoen)"
        r"|kontakter|notater|søk|\w*lister|historikk|\w*innstillinger|preferanser)",
        "format": r"(?:csv\w*|json|xml|excel\w*|maskinlesbar\w*|regneark|(?:en|et|som|i) "
        r"(?:\w+ )?fil(?:en)?|(?:i )?et (?:\w+ )?format)",
    },
    strong={
        RS: _fast(
            r"(?:begrens|begrense|begrenser|sperr|sperre|sperrer|blokker|frys|fryse|fryser|parker"
            r"|parkere|lås|låse) (?:behandlingen av |bruken av )?(?:<md>|<ommeg>|meg|profilen min"
            r"|alt (?:dere har )?(?:om|på) meg)",
            r"begrensning av (?:behandlingen av )?<md>",
            r"(?:dere|du) begrenser (?:\w+ ){0,2}(?:behandling\w*|bruk\w*)",
            r"(?:sett|sette|setter|legg) (?:\w+ )?(?:<md>|meg|<ommeg>|dem"
            r"|profilen min) (?:\w+ )?(?:på vent|på pause|på is|i bero)",
            r"(?:ikke|ikkje|aldri) (?:slett|slette|sletter)(?: \w+)? (?:<md>|<ommeg>|meg)",
            r"(?:slett|slette) (?:ikke|ikkje) <md>",
            r"(?:ikke|ikkje) at (?:dere|du) (?:sletter|fjerner) (?:\w+ )?(?:meg|<md>|<ommeg>|dem"
            r"|opplysningene)",
            r"(?:ikke|ikkje) at (?:<md>|opplysningene|dataene|de|dem) (?:\w+ )?(?:slettes"
            r"|blir slettet)",
            r"(?:ikke|ikkje|aldri) (?:at )?(?:dere )?(?:slett|slette|sletter"
            r"|slettar)(?:\w+ )?\b[^\n]{0,100}?\b(?:ikke|ikkje|heller ikke) (?:\w+ ){0,2}(?:bruk\w*"
            r"|send\w*|rør|del\w*|gi\w*)",
            r"(?:ikke|ikkje) (?:\w+ )?(?:bruk|bruke|brukes|brukar|rør)\b[^\n]{0,100}?\b(?:ikke"
            r"|ikkje|heller ikke) (?:\w+ ){0,2}(?:slett\w*)\b",
            r"(?:bruk|bruke|behandle|send|rør) (?:(?:ikke|ikkje|aldri) (?:<md>|<ommeg>|meg|dem|den"
            r"|det|noe av det|opplysningene)|(?:meg|dem|den|det) (?:ikke"
            r"|ikkje)),? (?:\S+ ){0,6}<inntil>",
            r"(?:ikke|ikkje) (?:\w+ ){0,2}(?:bruker|brukar|brukes|bruke|bruk) (?:<md>|<ommeg>|dem"
            r"|opplysningene|opplysningane)\b[^.!?\n]{0,60}?\b(?:mens|inntil|før|så lenge"
            r"|til (?:dere|det er|saken|jeg))\b",
            r"(?:mens|inntil|frem til|fram til|så lenge|i mellomtiden|til (?:dere|saken"
            r"|det))(?: \w+){0,10} (?:ikke|ikkje|bare|lar være å|slutter å) (?:\w+ )?(?:bruk\w*"
            r"|lagres|oppbevar\w*|rør)",
            r"(?:behold|behold det|la) (?:\w+ ){0,5}(?:ligge|men) (?:\S+ ){0,3}(?:ikke"
            r"|ikkje) (?:\w+ )?(?:bruk\w*|rør)",
            r"(?:bare|kun) (?:lagres|oppbevares|lagre|oppbevare|oppbevarer"
            r"|lagrer)(?: opplysningene)? og (?:ikke|ikkje) (?:\w+ )?bruk\w*",
            r"(?:slutt|stopp|stop) (?:all |med )?(?:bruk|å bruke|behandling) (?:\w+ ){0,4}(?:til"
            r"|inntil|mens|før)",
            r"jeg bestrider (?:\w+ ){0,5}(?:opplysning\w*|riktighet\w*)",
        ),
        P: _fast(
            r"(?:send|sende|gi|få(?<!ba\som\så\sfå)|ha|utlever\w*|vil ha) (?:meg )?(?:ut )?(?:<md>"
            r"|<ommeg>|alt dere har (?:om|på) meg)[^.?!\n]{0,80}?\b<format>\b",
            r"<mine0> (?:\w+ )?<pdata>[^.?!\n]{0,40}?\b<format>\b",
            r"(?:dataene|dataen|opplysningene|profilen|kontoen|informasjonen|notatene) (?:mine|min"
            r"|mitt)[^.?!\n]{0,40}?\b<format>\b",
            r"(?:eksporter\w*|eksport av|overfør\w*|flytt\w*|last ned|laste ned|dump\w*|hente ut"
            r"|få ut) (?:\w+ )?(?:<mine> (?:\w+ ){0,2}<pdata>|<md>|<ommeg>|alt dere har (?:om"
            r"|på) meg)",
            r"(?:det|alt) (?:som )?jeg (?:selv )?(?:har )?(?:lagt inn|la inn|registrert|fylt ut"
            r"|lagret|lastet opp)[^\n]{0,100}?(?:<format>|leverandør\w*|overfør\w*|flytte|system"
            r"|direkte)",
            r"(?:overfør|overføre|flytt|flytte|send|sende) <md> (?:direkte )?til (?:\w+ )?(?:nye?"
            r"|nytt|annen|annet|andre|konkurrent)\b",
            r"(?:maskinlesbar|strukturert)\w* (?:\w+ )?(?:kopi|eksport|format)",
            r"eksport av (?:min|mitt|mine)",
        ),
        W: _fast(
            r"(?:stopp|trekk tilbake|skru av|trekker tilbake) det jeg (?:sa ja til|krysset av"
            r"|huket av|godtok)",
            r"(?:trekker|trekk|trekkjer|tilbakekaller|tar tilbake|ta tilbake|vil trekke"
            r"|ønsker å trekke) (?:herved |nå )?(?:tilbake )?(?:(?:mitt|mine|alt|all|det|dette"
            r"|det gitte) )?<samtykke>",
            r"(?:trekker|trekk|trekkjer|vil trekke|ønsker å trekke) (?:herved "
            r"|nå )?(?:tilbake )?samtykk\w*(?! (?:sitt|sine|ditt|dine))",
            r"(?:det|dette|den) (?:\w+ )?<samtykke> (?:\w+ ){0,2}(?:trekker|tar|tilbakekaller"
            r"|gjelder ikke)",
            r"(?:det|den|dette) trekker jeg (?:herved )?tilbake",
            r"mitt samtykke (?:er )?(?:herved )?(?:trukket tilbake|tilbakekalt)",
            r"jeg samtykker ikke (?:lenger|til)",
            r"(?:tilbaketrekking|tilbakekalling) av (?:mitt|mine) samtykker?",
            r"samtykket (?:mitt )?(?:trekkes|er trukket)",
            r"(?:sa|ga|gav|godtok|godkjente|krysset av|huket av"
            r"|samtykket)\b[^.!?\n]{0,120}?\b(?:vil (?:ikke|ikkje)|ønsker (?:ikke|ikkje)"
            r"|ikke lenger|ikkje lenger|likevel ikke|trekk\w*|angrer|ombestemt|ikke mer|stopp det)",
            r"(?:meldte|registrerte|skrev|tegnet) meg\b[^.!?\n]{0,100}?\b(?:vil (?:ikke|ikkje)"
            r"|ønsker (?:ikke|ikkje)|ikke lenger|ikkje lenger|trekk\w*|avmeld\w*|meld meg av"
            r"|ikke mer|ikkje meir)",
            r"(?:avmeld|meld)\w* (?:meg )?(?:av )?(?:\S+ ){0,3}(?:som jeg|jeg) (?:\w+ )?(?:meldte"
            r"|tegnet|abonnerer|registrerte|skrev)",
            r"vil (?:ikke|ikkje) (?:lenger )?(?:være|vere) (?:med i|påmeldt|abonnent|registrert for"
            r"|med lenger)",
            r"angrer (?:på )?(?:påmeldingen|at jeg meldte meg)",
        ),
        RC: _fast(
            r"(?:den nye|det nye|nye) (?:adressen|e-?postadressen|e-?posten|nummeret|tittelen"
            r"|mobilnummeret) (?:min|mitt) er",
            r"(?:jeg har|har jeg) byttet (?:etternavn|navn|e-?post\w*|nummer"
            r"|mobilnummer)",
            r"(?:retting|korrigering) av <md>",
            r"(?:rett|rette|retter|korriger|korrigere|oppdater|oppdatere|endre|endr|bytt|bytte"
            r"|fiks) (?:opp |ut )?(?:gjerne )?(?:<mine> (?:\w+ )?<felt>|<felt> (?:min|mitt|mine))",
            r"<mine0> (?:\w+ )?<felt> (?:\w+ ){0,2}(?:er|var) (?:\w+ )?(?:feil|uriktige?|utdaterte?"
            r"|ikke korrekte?|ikke riktige?|feilstavet|oppført som)",
            r"(?:tittelen|stillingstittelen|navnet|etternavnet|e-?postadressen|e-?posten|adressen"
            r"|nummeret|opplysningene|fødselsåret) (?:min|mitt|mine) (?:\w+ ){0,2}(?:er"
            r"|var) (?:\w+ )?(?:feil|uriktige?|utdaterte?|ikke (?:korrekte?|riktige?)|feilstavet"
            r"|oppført som)",
            r"navnet mitt er \w+(?: \w+)?,? (?:ikke|ikkje)\b",
            r"(?:dere|du) har (?:\w+ ){0,2}(?:feil|uriktige?|gamle) <felt> (?:på|til|om) meg",
            r"(?:dere|du) har (?:\w+ ){0,2}(?:skrevet|stavet) (?:\w+ ){0,3}feil",
            r"(?:dere|du) (?:har )?(?:registrert|oppført|satt opp) (?:at jeg|meg)(?! \w+ lead)",
            r"(?:dere|du) (?:har )?skrevet at jeg (?:er|jobber|heter|bor)",
            r"(?:dere|du) har meg (?:\w+ ){0,2}som(?! lead)",
            r"(?:dere|du) skriver til meg som",
            r"(?:oppdater\w*|endre|rett|rette) (?:gjerne |vennligst )?(?:det dere har (?:om|på) meg"
            r"|opplysningene (?:om meg|mine))",
            r"(?:nummeret|adressen|e-?posten|e-?postadressen|tittelen|navnet"
            r"|opplysningene) dere har (?:på|om|til) meg (?:\w+ ){0,2}(?:er"
            r"|var) (?:\w+ )?(?:gammelt|gammel|feil|utdatert\w*|uriktig\w*)",
            r"(?:legg|legge) (?:gjerne )?inn (?:<md>|ny\w* \w+)",
            r"(?:rett|endre|oppdater|fiks) (?:opp )?(?:det|dette) (?:i|på) (?:\w+ )?(?:kortet"
            r"|kontaktinfoen|profilen|registreringen|oppføringen) (?:min|mitt)",
            r"(?:fjernes|slettes) og erstattes med",
            r"(?:dere (?:skriver|har skrevet|har stavet))\b[^\n]{0,80}?\b(?:fiks|rett|endre"
            r"|rette) (?:opp )?det\b",
            r"(?:slett|fjern|stryk|ta bort) (?:det|den)(?: bort)? og (?:\w+ )?(?:bruk|skriv"
            r"|legg inn)\b[^\n]{0,60}?\b(?:i stedet|istedet)",
            r"(?:har feil|feil) (?:\w+ )?<felt> (?:og (?:feil )?\w+ )?på meg",
            r"jeg heter (?:nå\b|\w+(?: \w+)?[,.]? (?:ikke|ikkje|med)\b|(?:ikke|ikkje)\b)",
            # "rett det" only after a first-person word shortly before.
            r"(?:jeg (?:er|heter|har|jobber|bor)|navnet mitt|tittelen min|min (?:tittel"
            r"|rolle))\b[^\n]{0,80}?\b(?:(?:rett|rette|endre|oppdater|oppdatere|korriger"
            r"|fiks) (?:opp )?(?:det|dette|den|registeret|tittelen|kortet|opplysningene"
            r"|kontaktinfoen)\b|(?:at )?(?:dette|det) rettes\b)",
            r"(?:slett|fjern|fjerne|stryk|ta bort) (?:\w+ )?(?:den|det|de) (?:gamle|feil|uriktige"
            r"|tidligere) (?:\S+ ){0,2}?<felt>",
            r"(?:slett|fjern|fjerne|stryk|ta bort) (?:\w+ )?(?:vår|min|mitt|mine|den"
            r"|det) (?:(?:gamle|feil|tidligere) )?<felt>\b[^\n]{0,80}?\b(?:i stedet|istedet"
            r"|erstatt\w*|og (?:\w+ )?(?:bruk|skriv|legg inn|legg til|send))",
            r"(?:fjern|fjerne|slett|stryk|ta bort) (?:\S+ ){0,4}(?:foran|før|etter) (?:navnet mitt"
            r"|mitt navn)",
        ),
        O: _fast(
            _NB_STOP + r" (?:å )?(?:ringe|kontakte|sende \w+ til) (?:ham|henne)\b",
            r"avslutt all kontakt med meg",
            r"jeg vil (?:ut |av )(?:\w+ )?(?:ringelist\w*|list\w*)",
            r"jeg (?:blir gjerne|vil gjerne bli) fjernet fra",
            r"<mine0> <data> (?:\w+ )?(?:fjernes|slettes|tas av) (?:fra|av) (?:\w+ ){0,2}<liste>",
            _NB_STOP + r" (?:\w+ )?<kontakt> (?:\w+ )?(?:meg|mæ|til meg)\b",
            _NB_STOP + r" (?:\w+ )?(?:ringe|kontakte|maile|sende \w+|skrive"
            r"|følge opp)(?=\s*(?:[.!,?]|$|igjen|mer|takk|og\b))",
            _NB_STOP + r" (?:\w+ )?(?:selge|profilere|score|dele|gi videre"
            r"|sende videre) (?:\w+ ){0,2}(?:meg|<md>)",
            r"(?:stopp|stop) (?:det|utsendelsene|\w*e-?postene|mailene|ringingen"
            r"|oppringingene)(?=\s*[.!])",
            r"(?:slutt|stopp) (?:med )?(?:deres |alle |disse )?<kanal>(?! (?:til|i|for) (?!meg))",
            r"(?:skal|må) (?:\w+ )?(?:ikke|ikkje|aldri) (?:ringe|kontakte|sende"
            r"|maile) (?:\w+ )?(?:meg|igjen|mer)\b",
            r"(?:ikke|ikkje|aldri) (?:ring|send|mail|skriv|kontakt|følg opp)(?: \w+)? (?:meg|mæ"
            r"|igjen|mer|meir|hit)\b(?![^.!?\n]{0,12}[\"'»”“])",
            r"(?:kontakt|ring|mail|skriv til) meg (?:ikke|ikkje|aldri)",
            r"(?:ring|send|skriv|mail|kontakt) (?:ikke|ikkje|aldri) (?:\w+ )?(?:igjen|mer|meir|hit"
            r"|til meg)",
            r"(?:ingen|ikke) (?:flere|mer|meir) (?:\w+ )?<kanal>",
            r"ikke(?<=[.!?]\sikke) (?:mer|meir|flere)(?: av dette)?(?=\s*(?:[.!,]|$|takk))",
            r"(?:fjern|fjerne|ta|tar|stryk|stryke|meld|sett|få)(?<!ikke\sfjern) (?:\w+ )?(?:meg|mæ"
            r"|<md>) (?:\w+ ){0,2}(?:fra|av|ut av|ut fra|frå"
            r"|bort fra) (?:\w+ ){0,2}<liste>(?![\"'»”“])",
            r"(?:fjern|fjerne|ta|stryk|meld) (?:\w+ )?(?:ham|henne) (?:\w+ )?(?:fra|av"
            r"|ut av) (?:alle )?(?:listene|lista|listen) deres",
            r"(?:fjern|fjerne|ta|stryk) (?:\w+ )?(?:ham|henne) (?:\w+ )?(?:fra|av"
            r"|ut av) (?:alle )?deres (?:\w+ )?<liste>",
            r"(?:fjern|fjerne|ta) (?:\w+ )?(?:meg|mæ)(?: (?:av|ut|bort))?(?=\s*(?:[.!,?]|$|og\b"
            r"|takk|så|fra alt))",
            r"(?:sett|sette|registrer\w*|før|føre)\w* (?:\w+ )?(?:meg|<md>) (?:\w+ ){0,2}(?:på"
            r"|i) (?:en |den |deres )?(?:\w+ )?(?:sperreliste\w*|reservasjon\w*"
            r"|\S*ikke.kontakt\S*)",
            r"(?:avmeld|meld) (?:meg|mæ) (?:av|ut)\b",
            r"avmelde meg",
            r"jeg vil (?:gjerne )?(?:meldes av|melde meg av|avmeldes|reservere meg)",
            r"reserverer meg mot",
            r"(?:vil|ønsker)(?: (?!du\b|man\b|dere\b)\w+)? (?:ikke|ikkje|itj"
            r"|aldri) (?:\w+ ){0,3}<kanal>(?! til (?!meg))",
            r"(?:vil|ønsker)(?<!han\svil)(?<!hun\svil)(?<!\bde\svil)(?<!kunden\svil)"
            r"(?<!personen\svil)(?: \w+)? (?:ikke|ikkje|itj|aldri) (?:å )?(?:bli kontaktet"
            r"|bli ringt|bli oppringt|kontaktes|ringes|bli profilert|høre fra dere|være et|være en"
            r"|bli solgt)",
            r"(?:har ikke|ikke) lyst til å bli (?:kontaktet|ringt|oppringt)",
            r"(?:vil|ønsker)(?: \w+)? (?:ikke|ikkje) (?:å )?(?:stå|være) (?:\w+ ){0,2}(?:på"
            r"|i) (?:\w+ ){0,2}<liste>",
            r"(?:ber|ønsker) (?:\w+ ){0,2}om at (?:jeg|mitt \w+) (?:ikke"
            r"|ikkje) (?:\w+ )?(?:kontaktes|ringes|registreres)",
            r"jeg (?:protesterer(?: herved)?(?: mot)?|motsetter meg|gjør innsigelse)",
            r"(?:slutt|stopp) (?:å )?(?:bruke|behandle) <md>",
            r"(?:ikke|ikkje|aldri) (?:\w+ ){0,2}(?:del|dele|deler|selg|selge|selger|gi|gir|send"
            r"|sende|sender) (?:\w+ )?(?:(?:<md>|navnet mitt)(?: \w+){0,2} (?:videre|til|med)"
            r"|meg (?:\w+ ){0,2}(?:videre|som lead|med))",
            r"(?:del|selg|gi|send) (?:ikke|ikkje|aldri) (?:\w+ )?(?:<md>|navnet mitt|meg)",
            r"la (?:meg|mæ) (?:være )?i fred",
            r"(?:om|at) dere (?:ikke|ikkje) (?:følger opp|kontakter meg|ringer meg|ringer"
            r"|sender meg)",
            r"at jeg (?:ikke|ikkje) (?:får|mottar) (?:flere|mer)",
            r"(?:ikke|ikkje) (?:følg opp|ring|send \w+|kontakt meg)(?=\s*[.!,]|\s*$)",
            r"(?:ikke|ikkje)[.!]? ring(?=\s*[.!])",
            r"mi(?:tt|n|ne) (?:\w+ )?(?:registreres|settes|føres) (?:\w+ ){0,2}(?:på"
            r"|i) (?:\w+ ){0,3}(?:sperreliste\w*|reservasjon\w*)",
        ),
        E: _fast(
            r"(?:fjern|slett) hele oppføringen",
            r"oppføringen min (?:\w+ )?(?:fjernes|slettes)",
            r"sletting av <md>",
            r"(?:slett|slette|sletter|slettar|sletta|fjern|fjerne|fjerner|fjernar|ta bort"
            r"|makuler)(?<!til\så\sslette) (?:(?:gjerne|bare|straks|nå|også"
            r"|umiddelbart) ){0,2}(?:<md>|<ommeg>|all info om meg|alt (?:om|på) meg"
            r"|alt (?:det )?dere har(?: \w+)?(?=\s*(?:[.!,]|$|om meg|på meg)))",
            r"(?:slett|slette|fjern|fjerne|ta|ta bort) (?:\w+ )?<md> (?:\w+ ){0,2}(?:fra|ut av"
            r"|i) (?:\w+ )?<db>",
            r"(?:vil ha|ha|få) (?:\w+ ){0,2}(?:<md>|<ommeg>"
            r"|alt dere har \w+ om meg) (?:\w+ ){0,3}(?:slettet|fjernet)",
            r"<mine0> <data> (?:(?!ikke |rettes |korrigeres )\w+ ){0,3}(?:(?:skal |må "
            r"|kan )?(?:slettes|fjernes)|skal (?:ut|bort))\b",
            r"(?:opplysningene|dataene|informasjonen|nummeret|e-?posten|profilen) (?:mine |mitt "
            r"|min )?(?:(?!ikke |rettes |korrigeres )\w+ ){0,3}(?:skal |må |kan )?(?:slettes"
            r"|fjernes)\b",
            r"(?:opplysningene|opplysninger|dataene|informasjonen|alt"
            r"|det) (?:\w+ ){0,3}om meg (?:\w+ ){0,3}(?:skal |må |kan )?(?:slettes|fjernes"
            r"|blir borte)\b",
            r"(?:dere|du|de) (?:sletter|slettar) (?:\w+ )?(?:meg|<md>|<ommeg>|alt|alt sammen"
            r"|det dere har|profilen)",
            r"(?:dere|du|de) (?:fjerner|fjernar) (?:\w+ )?(?:meg(?! (?:\w+ ){0,2}(?:fra"
            r"|av) (?:\w+ ){0,2}<liste>)|<md>|<ommeg>|alt|alt sammen|det dere har|profilen)",
            r"(?:mine|mitt|min) (?:kan|må|skal) (?:dere|du) (?:\w+ )?(?:slette|fjerne)\b",
            r"slett(?<![\"'«„“]slett)(?<!\bre:\sslett)(?:e|a)? (?:meg|mæ)(?![\"'»”“-])",
            r"glem (?:meg|mæ)(?! ikke)",
            r"(?:slett|fjern) (?:alle |all )?(?:opplysninger|data|informasjon"
            r"|info) (?:dere har )?om meg",
            r"(?:og|deretter|så|etterpå|når \w+ \w+ \w+),? (?:gjerne )?(?:slett|slette"
            r"|fjern) (?:det|alt|alt sammen)(?=\s*(?:[.!]|$|etterpå|takk|helt))",
            r"jeg (?:vil|ønsker|krever|ber om)(?: (?!ikke\b"
            r"|ikkje\b)\w+){0,2} (?:å )?(?:bli )?(?:slettet|glemt|fjernet)",
            r"(?:fjern|fjerne|fjerner|ta|tar|få|slett|slette|sletter"
            r"|kan dere fjerne) (?:\w+ )?(?:meg|mæ) (?:\w+ ){0,2}(?:fra|ut av|ut fra|av|frå"
            r"|ut) (?:\w+ ){0,3}<db>",
            r"(?:fjern|fjerne|slett|slette|ta) (?:\w+ )?(?:ham|henne) (?:\w+ ){0,2}(?:fra"
            r"|ut av) (?:\w+ )?(?:registeret|registrene|databasen|systemet|systemene) (?:deres"
            r"|dykkar)",
            r"(?:jeg|meg|mæ) (?:\w+ ){0,3}ut av (?:\w+ )?<db>",
            r"ta (?:meg|mæ) ut av (?:alt|alle)",
            r"(?:vil|ønsker)(?: \w+)? (?:ikke|ikkje) (?:å )?(?:stå|være|ligge|finnes"
            r"|være registrert|ligge lagret)(?: \w+)? (?:i|hos) (?:\w+ ){0,2}(?:<db>|dere|dykk)\b",
            r"(?:vil|ønsker)(?: \w+)? (?:ikke|ikkje) (?:å )?(?:ligge|stå) (?:\w+ )?(?:lagret|der)",
            r"(?:alt|all info) (?:\w+ ){0,2}om meg (?:\w+ ){0,2}(?:blir borte|forsvinner)",
            # "... privatnummeret mitt ... slett det." A first-person datum shortly before.
            r"(?:meg|mitt|mine)\b[^\n]{0,80}?\b(?:slett(?<!ikke\sslett)|fjern) (?:det|den|dem"
            r"|alt)(?:\s+sammen)?(?=\s*(?:[.!,]|$|takk|med en gang|fra))",
            r"(?:slett|fjern) (?:nummeret|profilen|kontoen|brukeren|e-?posten)(?=\s*[.!]|\s*$)",
        ),
        A: _fast(
            r"hvor (?:har|fikk) (?:dere|du) (?:fått |fatt |funnet )?(?:tak i )?(?:<md>"
            r"|meg)(?=\s*\?)",
            r"hvor (?:\w+ )?(?:fant|fikk) (?:dere|du) (?:tak i )?meg\b",
            r"hvor (?:dere|du) (?:fant|fikk tak i|har funnet|har fått tak i) (?:<md>|meg)",
            r"hvorfor (?:ringer|kontakter|mailer|skriver til) (?:dere|du) (?:\w+ )?meg\b",
            r"hvor (?:har|fikk|fant|hentet) (?:<dere> )?(?:\w+ ){0,3}(?:<md>|meg|mæ|det|den"
            r"|denne (?:adressen|e-?postadressen|mailen|nummeret|informasjonen)|nummeret"
            r"|mobilen \w+|\w+ hennes|\w+ hans) (?:\w+ )?(?:fra|frå)\b(?!\s*[?!.]?\s*[\"'»”“])",
            r"(?:hvor|kvar|kor) (?:\w+ ){0,3}(?:fått tak i|fått|fikk|fant|hentet"
            r"|har) (?:\w+ )?(?:<md>|meg|mæ|det|den|nummeret|adressen|e-?postadressen|\w+ hennes"
            r"|\w+ hans) (?:\w+ )?(?:fra|frå)\b(?!\s*[?!.]?\s*[\"'»”“])",
            r"hvor (?:kommer|stammer) (?:<md>|det|den|opplysningene|dette) (?:\w+ )?fra",
            r"hvordan (?:\w+ ){0,5}(?:fått tak i|fått|fikk|fant|funnet|kjenner|vet"
            r"|visste) (?:\w+ ){0,3}(?:<md>|meg|mæ|at jeg|det om meg)\b",
            r"hvordan (?:\w+ ){0,5}(?:fått|fikk) tak i (?:det|den)\b",
            r"hvem (?:\w+ ){0,3}(?:solgte|solgt|ga|gav|gitt|har gitt|delt"
            r"|leverte) (?:\w+ ){0,2}(?:<md>|meg|min \w+|mitt \w+|den(?=\s*[?.!]))",
            r"(?:hvem|hvilke (?:\w+ ){0,3}(?:kunder|firma|firmaer|selskaper"
            r"|kundene)) (?:\w+ ){0,4}(?:fått|solgt|gitt|delt|sendt|kjøpt"
            r"|levert) (?:\w+ ){0,3}(?:<md>|meg|opplysningene|navnet mitt)",
            r"(?:hva|ka|kva) (?:\w+ ){0,5}(?:har|vet|lagret|lagrer|registrert|registrerer|står"
            r"|notert|noterte|skrevet|skrev|logger|oppbevarer|behandler) (?:\w+ ){0,3}(?:om"
            r"|på) (?:meg|mæ)",
            r"(?:hvilke|hva slags|hvilken) (?:\w+ ){0,2}(?:opplysninger|data|informasjon"
            r"|personopplysninger) (?:\w+ ){0,4}(?:om|på) meg",
            r"hvilke (?:\w+ )?opplysninger om meg",
            r"har (?:dere|du) (?:\w+ ){0,2}(?:opplysninger|data|noe|info\w*) (?:\w+ ){0,2}(?:om"
            r"|på) meg",
            r"hvorfor (?:har|lagrer|behandler) (?:dere|du) (?:\w+ )?(?:<md>|meg"
            r"|opplysninger om meg)",
            r"hvorfor (?:står|er) jeg (?:\w+ ){0,2}(?:i|på|som|hos|registrert)\b",
            r"hvorfor (?:får|fikk) jeg (?:\w+ ){0,2}(?:<kanal>|telefon\w*)",
            r"(?:hvilken|hva slags) (?:\w+ ){0,2}liste\w* (?:\w+ ){0,4}(?:jeg|meg)\b",
            r"hvilke(?:n)? (?:av )?(?:listene|lister) (?:\w+ ){0,3}(?:jeg|meg)\b",
            r"(?:send|gi|vis|utlever) (?:meg )?(?:en kopi av |en oversikt over "
            r"|et utdrag av )?<md>",
            r"(?:kopi|kopien(?<!for\skopien)|oversikt|utskrift|utdrag"
            r"|oversikten(?<!for\soversikten)) (?:av|over) (?:\w+ ){0,5}(?:om|på) meg",
            r"(?:kopi|utdrag) av (?:\w+ ){0,2}(?:opptak\w*|samtale\w*|notat\w*)",
            r"innsyn i <md>",
            r"jeg (?:\w+ )?(?:ber|krever|ønsker|begjærer|vil ha) (?:herved )?(?:om )?innsyn",
            r"(?:ber|krever|ønsker|begjærer) jeg (?:herved )?(?:om )?innsyn",
            r"jeg (?:vil|ønsker) (?:gjerne )?(?:vite|se|få vite|høre),? (?:nøyaktig )?(?:hva|hvilke"
            r"|hvor|hvem|hvordan|hvorfor) (?:\w+ ){0,5}(?:(?:om|på) meg|<md>|fra)\b",
            r"(?:jeg (?:vil|ønsker) (?:gjerne )?se|vis meg) (?:alt|det) (?:\w+ ){0,2}(?:om|på) meg",
            r"(?:jeg (?:vil|ønsker) (?:gjerne )?se|vis meg) (?:alt|det) dere har",
            r"(?:på hvilket|hva er) (?:\w+ )?(?:grunnlag|rettslig grunnlag|hjemmel)(?:et"
            r"|en)? (?:\w+ ){0,7}(?:meg|<md>)",
            r"hvor lenge (?:\w+ ){0,3}(?:hatt meg|lagre|lagrer|beholde|oppbevare) (?:\w+ )?(?:meg"
            r"|<md>|registrert)",
            r"(?:høre|få) (?:\w+ ){0,2}opptaket",
        ),
    },
    weak={
        A: _fast(r"rett(?:en)? til innsyn", r"innsynsrett(?:en)?", r"innsynsbegjæring(?:er)?",
                 r"innsynsforespørsel", r"(?:ber|krever|begjærer) (?:herved )?om innsyn"),
        E: _fast(r"rett(?:en)? til (?:sletting|å bli glemt)",),
        RC: _fast(r"rett(?:en)? til (?:retting|korrigering)",),
        RS: _fast(r"rett(?:en)? til (?:begrensning|å begrense)(?: av behandling(?:en)?)?",
                  r"begrensning av behandling(?:en)?"),
        P: _fast(r"rett(?:en)? til dataportabilitet(?:en)?", r"dataportabilitet(?:en)?"),
        O: _fast(r"rett(?:en)? til å (?:protestere|motsette seg|reservere seg)", r"protestrett"),
        W: _fast(r"trekke (?:tilbake )?(?:sitt |ditt |et )?samtykke",
                 r"tilbaketrekking av samtykke"),
    },
    cues=(
        r"jeg (?:herved )?(?:ber|krever|ønsker|vil|begjærer|benytter|påberoper)", r"herved",
        r"min (?:rett|forespørsel)", r"vennligst",
    ),
    bare=(r"avmeld", r"meld (?:meg )?av", r"stopp?", r"fjern meg", r"unsubscribe"),
)
