"""Per-language phrase data for the explicit-mention layer (``classifiers.mentions``).

Every phrase here was written for rightsbot; none is copied from a public list. The data is regex
*source* in a small dialect that ``classifiers.mentions`` compiles once at import:

* write lower case; diacritics may be written or left out, because pattern and text are both
  folded (casefold, accents stripped, ``ø``→``o``, ``ł``→``l``, curly apostrophes→``'``);
* a literal space means "one or more whitespace characters", so phrases survive line wrapping;
* ``<name>`` is replaced by the language's ``slots[name]`` (one level, no nesting), which keeps the
  many "verb + my + data" phrasings short;
* word boundaries are added by the compiler; a phrase may end in ``\\w*`` to accept inflections.

``strong`` phrases are first-person requests. They carry a possessive or object pronoun
(my/mine/meine/mig/mich/moi...) on purpose: "delete my data" is a request, "delete the lead list we
bought" is a client's business instruction and must not match. ``weak`` phrases name a right
without asking for it (newsletters, questions); a weak phrase followed or preceded by one of the
language's ``cues`` in the same sentence ("I exercise *my right to erasure*") is promoted to
strong by the matcher. ``bare`` entries are whole-line objections ("Unsubscribe", "Afmeld") that
only count near the top of a message, so newsletter footers do not trigger them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from bot.model import Right

A = Right.ACCESS
RC = Right.RECTIFICATION
E = Right.ERASURE
RS = Right.RESTRICTION
P = Right.PORTABILITY
O = Right.OBJECTION  # noqa: E741 - short alias keeps the data tables readable
W = Right.WITHDRAW_CONSENT


@dataclass(frozen=True)
class LanguageLexicon:
    """Phrase data for one language; see the module docstring for the pattern dialect."""

    code: str
    slots: Mapping[str, str]
    strong: Mapping[Right, tuple[str, ...]]
    weak: Mapping[Right, tuple[str, ...]]
    cues: tuple[str, ...]
    bare: tuple[str, ...] = field(default=())


EN = LanguageLexicon(
    code="en",
    slots={
        "my": r"(?:all (?:of )?)?my",
        "data": r"(?:personal )?(?:data|information|info|details|contact (?:details|info\w*)"
        r"|profile|account|records?|e-?mail(?: address)?|address|(?:phone |mobile |cell )?number"
        r"|name)",
        "field": r"(?:job title|title|name|surname|first name|last name|e-?mail(?: address)?"
        r"|address|(?:phone |mobile )?number|details|data|information|record|entry"
        r"|company(?: name)?|employer|position|role|department|profile)",
        "you": r"(?:you|your company|you guys)",
        "list": r"(?:your|the|all your|all of your|any of your|all|any) (?:e-?mail |mailing "
        r"|marketing |contact |call |sales |distribution )?(?:lists?|databases?|systems?|crm"
        r"|registers?|records|files?)",
        "contact": r"(?:contact(?:ing)?|e-?mail(?:ing)?|mail(?:ing)?|call(?:ing)?|phon(?:e|ing)"
        r"|ring(?:ing)?|text(?:ing)?|messag(?:e|ing)|spam(?:ming)?|bother(?:ing)?|send(?:ing)?"
        r"|pester(?:ing)?|harass(?:ing)?)",
        "dont": r"(?:do not|don'?t|never|please do not|please don'?t)",
        "dataobj": r"(?:all )?(?:the )?(?:personal )?(?:data|information|info|details|records?"
        r"|everything)",
    },
    strong={
        RS: (
            r"(?:restrict|limit|block|freeze|suspend|pause|halt) (?:the )?(?:processing|use|usage"
            r"|handling) of <my> <data>",
            r"(?:restrict|limit|block|freeze|suspend) <my> <data>",
            r"restriction of (?:the )?(?:processing|use) of <my> <data>",
            # "Don't delete my data" asks to keep it (Art 18(1)(b)-(c)), not to erase it.
            r"<dont> (?:delete|erase) <my> <data>",
            r"(?:stop|cease) (?:using|processing) <my> <data> (?:until|while|pending|for now)",
        ),
        P: (
            r"<my> <data> (?:in|as) (?:an? )?(?:portable|machine-?readable|structured"
            r"|commonly used|csv|json|xml|excel|electronic) (?:format|file|form|export)",
            r"(?:transfer|transmit|move|port|send|hand over|migrate) <my> <data> (?:directly )?"
            r"(?:to|over to) (?:another|a new|my new|a different|the new)",
            r"<my> <data> (?:to be |be )?(?:transferred|transmitted|ported|moved|exported)",
            r"(?:an? )?(?:export|download) (?:of )?<my> <data>",
        ),
        W: (
            r"(?:withdraw|withdrawing|revoke|revoking|retract|cancel|take back|rescind) "
            r"(?:all |any )?(?:of )?(?:my|the) consent",
            r"i (?:hereby )?(?:withdraw|revoke) (?:all |any )?consent",
            r"i (?:no longer|do not|don'?t|do no longer) (?:give (?:my )?)?consent",
            r"<my> consent (?:is )?(?:hereby )?(?:withdrawn|revoked|cancell?ed)",
        ),
        RC: (
            r"(?:correct|update|change|fix|amend|rectify|edit|adjust) <my> <field>",
            r"<my> <field> (?:is|are|was|were|seems to be|appears to be) (?:wrong|incorrect"
            r"|outdated|out of date|not correct|inaccurate|misspel(?:led|t)|spelled wrong"
            r"|no longer (?:valid|correct|current))",
            r"(?:you have|you'?ve got) (?:the )?wrong <field> (?:for|on|about) me",
            r"(?:you have|you'?ve got) my <field> wrong",
            r"(?:correct|rectify|update) <dataobj> (?:you (?:have|hold) )?(?:on|about) me",
        ),
        O: (
            r"(?:stop|quit|cease) <contact>(?: me| to me)?",
            r"<dont> (?:ever )?(?:contact|e-?mail|mail|call|phone|ring|text|message|spam|bother"
            r"|approach|write to|send) me",
            r"unsubscribe me",
            r"opt me out",
            r"(?:i (?:want|wish|would like|need) to|i'?d like to|please|kindly) (?:unsubscribe"
            r"|opt[- ]out)",
            r"i (?:hereby )?(?:opt|am opting) out",
            r"(?:remove|take|strike|drop|cross|scratch) me (?:off|out of|from) <list>",
            r"i (?:hereby )?(?:object|am objecting) to (?:the |any |all |your )?(?:further )?"
            r"(?:processing|use|profiling|direct marketing|marketing)",
            r"i (?:do not|don'?t) want (?:any |to (?:receive|get) (?:any )?)?(?:more |further )?"
            r"(?:marketing |sales |promotional )?(?:e-?mails|calls|messages|newsletters|mailings"
            r"|marketing|offers)",
            r"no (?:more|further) (?:marketing |sales |promotional )?(?:e-?mails|calls|messages"
            r"|newsletters|mailings|marketing|spam)",
            r"leave me alone",
            r"(?:stop|cease) (?:using|processing) <my> <data>",
        ),
        E: (
            r"(?:delete|erase|remove|purge|wipe|destroy|scrub|get rid of) <my> <data>",
            r"<my> <data> (?:to be |be |is |are )?(?:deleted|erased|removed|purged|wiped"
            r"|destroyed)",
            r"(?:delete|erase) me",
            r"(?<!n't\s)(?<!not\s)forget me",
            r"(?:delete|erase|remove|purge|wipe) <dataobj> (?:you (?:have|hold|store|keep) )?"
            r"(?:on|about|of|concerning|regarding) me",
            r"(?:and|then|and then|afterwards|after that),? (?:please )?(?:delete|erase|remove"
            r"|destroy|wipe) (?:it|them|it all|all of it|everything)",
        ),
        A: (
            r"(?:send|give|show|provide|forward|e-?mail) me (?:a (?:full |complete )?(?:copy"
            r"|list|overview|summary|printout) of )?<my> <data>",
            r"(?:send|give|show|provide|forward|tell) me (?:what|which|all|everything|whatever)"
            r"(?: (?:personal )?(?:data|information|info|details))? you (?:have|hold|store|keep"
            r"|process|collected|know)",
            r"(?:what|which) (?:personal )?(?:data|information|info|details) (?:do |did )?"
            r"<you> (?:have|hold|store|keep|process|collect|collected|save) (?:on|about) me",
            r"what do <you> (?:have|hold|store|know) (?:on|about) me",
            r"where (?:did|do|have) <you> (?:get|got|obtain|obtained|find|found|source|sourced"
            r"|buy|bought|take) <my> <data>",
            r"how did <you> (?:get|obtain|find) <my> <data>",
            r"who gave you <my> <data>",
            r"why do <you> (?:have|hold|store|keep|process) <my> <data>",
            r"(?:request|requesting|want|would like|wish to have|ask for|asking for|need) "
            r"(?:a copy of|access to|an overview of) <my> <data>",
            r"(?:access to|a copy of) (?:the )?(?:personal )?(?:data|information) (?:you (?:hold"
            r"|have|store|process) )?(?:about|on|concerning|relating to) me",
            r"i (?:want|wish|would like|need) to (?:know|see|find out) what (?:personal )?"
            r"(?:data|information|info|details)",
            r"do <you> (?:have|hold|store|keep|process) (?:any )?(?:personal )?(?:data|information"
            r"|info|details) (?:on|about) me",
        ),
    },
    weak={
        A: (r"right (?:of|to) access", r"(?:data )?subject access requests?", r"dsars?",
            r"how long do you (?:keep|store|retain|hold)"),
        E: (r"right (?:to|of) (?:erasure|deletion|be forgotten)",
            r"(?:erasure|deletion) requests?"),
        RC: (r"right (?:to|of) (?:rectification|correction)", r"rectification requests?"),
        RS: (r"right to restrict(?:ion)?(?: of processing)?", r"restriction of processing"),
        P: (r"(?:right to )?(?:data )?portability",),
        O: (r"right to object(?:ion)?", r"objection to (?:the )?(?:processing|direct marketing)"),
        W: (r"(?:right to )?withdraw(?:al of|ing)? consent", r"consent withdrawal"),
    },
    cues=(
        r"i (?:hereby )?(?:request|ask|demand|want|wish|would like|exercise|invoke|require"
        r"|need|am requesting|am exercising|am invoking|am asking|am writing to)",
        r"i'?d like", r"i'?m (?:requesting|exercising|invoking|asking)", r"my (?:rights?|request)",
        # Agents (R45) write in the plural or for "our client".
        r"we (?:hereby )?(?:request|ask|demand|require)", r"on behalf of (?:our|my) client",
        r"this is a (?:formal )?request", r"request (?:under|pursuant|according|in accordance|per)",
        r"please (?:send|provide|delete|erase|correct|restrict|stop|confirm|give|treat|process"
        r"|comply)", r"kindly", r"hereby",
    ),
    bare=(r"unsubscribe", r"remove me", r"opt[- ]out", r"stop", r"remove"),
)

DA = LanguageLexicon(
    code="da",
    slots={
        "mine": r"(?:alle )?(?:mine|min|mit)",
        "data": r"(?:person(?:lige )?)?(?:oplysninger|data|info|informationer|detaljer"
        r"|kontaktoplysninger|profil|e-?mail(?:adresse)?|mailadresse|adresse"
        r"|(?:telefon|mobil)?nummer|navn)",
        "felt": r"(?:titel|stillingsbetegnelse|jobtitel|stilling|navn|efternavn|fornavn"
        r"|e-?mail(?:adresse)?|mailadresse|adresse|(?:telefon|mobil)?nummer|oplysninger|data"
        r"|firma(?:navn)?|arbejdsgiver|afdeling|stavning)",
        "i": r"(?:i|du|de|firmaet|virksomheden)",
        "liste": r"(?:jeres|din|dit|deres|alle jeres|alle) (?:\w*liste[rn]?e?|\w*listerne"
        r"|database[rn]?|systemer|systemet|system|register(?:et)?|kartotek(?:et)?|crm)",
        "stopv": r"(?:stop(?: med at)?|hold op med at|lad (?:venligst )?være med at"
        r"|undlad at|ophør med at)",
    },
    strong={
        RS: (
            r"(?:begræns|begrænse|bloker|blokere|indefrys|indefryse|suspender) (?:venligst )?"
            r"(?:behandlingen af |brugen af )?<mine> <data>",
            r"begrænsning af (?:behandlingen af )?<mine> <data>",
            r"(?:slet|slette) ikke <mine> <data>",
            r"ikke (?:at )?slette <mine> <data>",
            r"(?:lad være med at|undlad at) slette <mine> <data>",
            r"(?:stop|ophør) (?:med )?(?:at )?(?:bruge|behandle|anvende) <mine> <data> "
            r"(?:indtil|mens|så længe)",
        ),
        P: (
            r"<mine> <data> i (?:et )?(?:struktureret,? )?(?:maskinlæsbart|almindeligt anvendt"
            r"|elektronisk|digitalt|csv-?|excel-?|json-?) ?(?:format|fil)",
            r"(?:overfør|overføre|flyt|flytte|send|sende) <mine> <data> (?:direkte )?(?:videre )?"
            r"til (?:en anden|et andet|min nye|mit nye|en ny|et nyt)",
            r"<mine> <data> (?:overført|overføres|flyttet|flyttes|eksporteret|eksporteres)",
            r"(?:eksport|eksporter|eksportere|download|downloade) (?:af )?<mine> <data>",
        ),
        W: (
            r"(?:trækker|tilbagekalder|trække|tilbagekalde) (?:hermed )?(?:mit|mine|al|alt|det)"
            r" (?:givne )?samtykker?",
            r"(?:tilbagekaldelse|tilbagetrækning) af (?:mit|mine) samtykker?",
            r"mit samtykke (?:er )?(?:hermed )?(?:trukket tilbage|tilbagekaldt)",
            r"jeg (?:giver|har) ikke (?:længere )?(?:mit )?samtykke",
        ),
        RC: (
            r"(?:ret|rette|opdater|opdatere|ændr|ændre|korriger|korrigere) (?:venligst )?"
            r"<mine> <felt>",
            r"<mine> <felt> (?:er|var) (?:forkert|forkerte|fejlagtige?|forældede?|ikke korrekte?"
            r"|ukorrekte?|ikke længere korrekte?|stavet forkert)",
            r"(?:berigtigelse|rettelse) af <mine> <data>",
            r"<i> har (?:et )?forkert <felt>",
            r"<i> har stavet mit navn forkert",
        ),
        O: (
            r"<stopv> (?:kontakte|ringe(?: til)?|skrive(?: til)?|maile(?: til)?|e-?maile|sende"
            r"|spamme|chikanere|genere)(?: mig| til mig)?",
            r"stop (?:med )?(?:jeres )?(?:mails|e-?mails|opkald|henvendelser|markedsføring"
            r"|nyhedsbreve|spam|reklamer)",
            r"(?:kontakt|ring til|ring|skriv til|mail|send) mig ikke",
            r"(?:fjern|tag|stryg|afmeld) mig (?:fra|af|ud af) <liste>",
            r"afmeld (?:mig|venligst)",
            r"jeg (?:vil|ønsker|skal) (?:gerne )?(?:at )?(?:afmeldes|afmelde|frameldes|framelde)",
            r"jeg ønsker ikke (?:at blive kontaktet|flere|mere|at modtage)",
            r"jeg vil ikke (?:kontaktes|ringes op|have flere|have mere|modtage)",
            r"ingen (?:flere|mere) (?:mails|e-?mails|opkald|henvendelser|markedsføring|reklamer"
            r"|nyhedsbreve)",
            r"jeg (?:gør|gør hermed) indsigelse",
            r"jeg protesterer (?:mod|imod)",
            r"(?:jeg )?frabeder? mig (?:yderligere |fremtidige )?(?:henvendelser|kontakt|opkald"
            r"|mails|markedsføring)",
            r"(?:stop|ophør) (?:med )?(?:at )?(?:bruge|behandle|anvende) <mine> <data>",
        ),
        E: (
            r"(?:slet|slette|fjern|fjerne|udslet|destruer|makuler) (?:venligst )?<mine> <data>",
            r"<mine> <data> (?:skal )?(?:slettes|slettet|fjernes|fjernet)",
            r"(?:slet|slette) mig",
            r"glem mig(?! ikke)",
            r"(?:slet|slette|fjern) (?:alle |de )?(?:oplysninger|data|informationer) "
            r"(?:i har )?om mig",
            r"(?:og|derefter|bagefter|så),? (?:venligst )?(?:slet|slette|fjern) (?:dem|det|den"
            r"|alt|det hele|alt sammen)",
            r"jeg (?:vil|ønsker)(?: gerne)? (?:at )?(?:blive )?(?:slettet|slettes|glemt)",
        ),
        A: (
            r"hvor (?:har|fik|fandt) <i> (?:fået |fat i |fundet )?<mine> <data> fra",
            r"hvor (?:kommer|stammer) <mine> <data> fra",
            r"hvordan (?:har|fik) <i> (?:fået |fat i |fundet )?<mine> <data>",
            r"(?:send|giv|vis|udlever|fremsend|oplys) (?:mig )?(?:en kopi af |et overblik over "
            r"|en oversigt over |en liste over |indsigt i )?<mine> <data>",
            r"(?:hvilke|hvad for nogle) (?:person)?(?:oplysninger|data|informationer) (?:har"
            r"|gemmer|opbevarer|behandler|registrerer) <i> (?:om|på) mig",
            r"hvad (?:har|ved|gemmer|registrerer) <i> (?:om|på) mig",
            r"(?:send|giv|vis) mig (?:alt )?(?:hvad|det) <i> har(?: om mig| på mig| liggende)?",
            r"(?:akt)?indsigt i <mine> <data>",
            r"(?:anmoder|beder) (?:hermed )?om (?:akt)?indsigt",
            r"(?:kopi|udskrift) af <mine> <data>",
            r"hvorfor har <i> <mine> <data>",
            r"jeg vil (?:gerne )?(?:vide|se),? (?:hvad|hvilke) (?:oplysninger |data )?<i>",
        ),
    },
    weak={
        A: (r"ret(?:ten)? til (?:ind)?sigt", r"indsigtsret(?:ten)?", r"indsigtsanmodning(?:er)?",
            r"hvor længe (?:gemmer|opbevarer) <i>"),
        E: (r"ret(?:ten)? til (?:at blive glemt|sletning)", r"sletningsanmodning(?:er)?"),
        RC: (r"ret(?:ten)? til (?:berigtigelse|rettelse)",),
        RS: (r"ret(?:ten)? til (?:begrænsning|at begrænse)(?: af behandling(?:en)?)?",
             r"begrænsning af behandling(?:en)?"),
        P: (r"(?:ret(?:ten)? til )?dataportabilitet(?:en)?",),
        O: (r"ret(?:ten)? til (?:at gøre )?indsigelse", r"indsigelsesret(?:ten)?"),
        W: (r"tilbage(?:kalde|trække|kaldelse af|trækning af) (?:et |dit |sit )?samtykke",
            r"trække (?:dit |sit |et )?samtykke tilbage"),
    },
    cues=(
        r"jeg (?:hermed )?(?:anmoder|beder|kræver|ønsker|vil|forlanger|gør brug af|påberåber"
        r"|udnytter)", r"hermed", r"venligst", r"min (?:ret|anmodning)",
    ),
    bare=(r"afmeld(?: mig)?", r"stop", r"fjern mig", r"frameld(?: mig)?"),
)

SV = LanguageLexicon(
    code="sv",
    slots={
        "mina": r"(?:alla )?(?:mina|min|mitt)",
        "data": r"(?:person)?(?:uppgifter(?:na)?|data|information|info|kontaktuppgifter|profil"
        r"|e-?post(?:adress)?|mejl(?:adress)?|mailadress|adress|(?:telefon|mobil)?nummer|namn)",
        "falt": r"(?:titel|yrkestitel|befattning|tjänstetitel|namn|efternamn|förnamn"
        r"|e-?post(?:adress)?|mejladress|adress|(?:telefon|mobil)?nummer|uppgifter|data"
        r"|företag(?:snamn)?|arbetsgivare|roll|avdelning)",
        "ni": r"(?:ni|du|företaget)",
        "listor": r"(?:era|er|din|ditt|dina|ert|alla era) (?:\w*lista|\w*listor(?:na)?"
        r"|\w*listan|registr?e[tr]|databas(?:en)?|system(?:et)?|utskick)",
    },
    strong={
        RS: (
            r"(?:begränsa|spärra|frys|frysa) (?:behandlingen av |användningen av )?<mina> <data>",
            r"begränsning av (?:behandlingen av )?<mina> <data>",
            r"(?:radera|ta bort) inte <mina> <data>",
            r"(?:sluta|upphör med att) (?:använda|behandla) <mina> <data> (?:tills|medan"
            r"|så länge)",
        ),
        P: (
            r"<mina> <data> i (?:ett )?(?:maskinläsbart|strukturerat|elektroniskt"
            r"|allmänt använt|csv-?|excel-?) ?(?:format|fil)",
            r"(?:överför|flytta|skicka|föra över|för över) <mina> <data> (?:direkt )?till "
            r"(?:en annan|ett annat|min nya|mitt nya|en ny|ett nytt)",
            r"(?:exportera|export av|ladda ner) <mina> <data>",
        ),
        W: (
            r"(?:återkallar|drar tillbaka|tar tillbaka|återkalla|dra tillbaka) (?:härmed )?"
            r"(?:mitt|mina|allt|samtliga) samtycken?",
            r"mitt samtycke (?:är )?(?:härmed )?(?:återkallat|tillbakadraget)",
            r"jag samtycker inte (?:längre|till)",
        ),
        RC: (
            r"(?:rätta|korrigera|uppdatera|ändra) <mina> <falt>",
            r"<mina> <falt> (?:är|var) (?:fel|felaktiga?|felaktigt|inaktuella?|inte korrekta?"
            r"|gammal|föråldrad|felstavat)",
            r"(?:ni har|du har) (?:fel|felaktiga?) <falt>",
        ),
        O: (
            r"(?:sluta|upphör med att|sluta att) (?:kontakta|ringa|mejla|maila|e-?posta"
            r"|skriva till|skicka)(?: mig| till mig)?",
            r"(?:kontakta|ring|mejla|maila) mig inte",
            r"(?:ta bort|tag bort|stryk|avregistrera|plocka bort) mig (?:från|ur|ifrån) <listor>",
            r"avregistrera mig",
            r"jag vill (?:avregistrera mig|avsluta (?:min )?prenumeration(?:en)?|avprenumerera)",
            r"jag vill inte (?:bli kontaktad|ha (?:fler|mer|några)|ta emot)",
            r"inga (?:fler|mer) (?:mejl|mail|e-?post|samtal|utskick|erbjudanden|reklam)",
            r"jag (?:invänder|motsätter mig)",
            r"(?:sluta|upphör med att) (?:använda|behandla) <mina> <data>",
        ),
        E: (
            r"(?:radera|ta bort|tag bort|rensa|makulera|stryk|plocka bort) <mina> <data>",
            r"<mina> <data> (?:ska )?(?:raderas|raderade|raderat|tas bort|borttagna|rensas)",
            r"radera mig",
            r"glöm mig(?! inte)",
            r"(?:radera|ta bort) (?:alla |all )?(?:uppgifter|data|information) (?:ni har )?"
            r"om mig",
            r"(?:och|sedan|därefter|sen),? (?:radera|ta bort) (?:dem|det|allt|alltihop)",
            r"jag vill (?:bli )?(?:raderad|borttagen|glömd)",
        ),
        A: (
            r"var (?:har|fick|hittade) <ni> (?:fått tag på |fått |hittat )?<mina> <data> "
            r"(?:ifrån|från)",
            r"varifrån (?:har|fick) <ni> (?:fått )?<mina> <data>",
            r"hur (?:har|fick) <ni> (?:fått tag på |fått )?<mina> <data>",
            r"(?:begär|önskar|vill ha|ber om|beställer|få) (?:ett |mitt )?(?:register)?utdrag",
            r"(?:skicka|ge|visa|lämna ut) (?:mig )?(?:en kopia (?:av|på) |en sammanställning "
            r"(?:av|över) |ett utdrag (?:av|över) )?<mina> <data>",
            r"vilka (?:person)?(?:uppgifter|data|information) (?:har|lagrar|sparar|behandlar) "
            r"<ni> (?:om|på) mig",
            r"vad (?:har|vet|lagrar|sparar) <ni> (?:om|på) mig",
            r"(?:tillgång till|insyn i|kopia (?:av|på)) <mina> <data>",
            r"varför har <ni> <mina> <data>",
        ),
    },
    weak={
        A: (r"rätt(?:en)? till (?:tillgång|insyn|registerutdrag)", r"registerutdrag",
            r"hur länge (?:sparar|lagrar) <ni>"),
        E: (r"rätt(?:en)? att bli (?:bortglömd|glömd)", r"rätt(?:en)? till radering"),
        RC: (r"rätt(?:en)? till rättelse",),
        RS: (r"rätt(?:en)? till begränsning(?: av behandling(?:en)?)?",
             r"begränsning av behandling(?:en)?"),
        P: (r"(?:rätt(?:en)? till )?dataportabilitet(?:en)?",),
        O: (r"rätt(?:en)? att invända", r"invändning mot (?:behandling|direktmarknadsföring)"),
        W: (r"återkall(?:a|ande|else) (?:av )?(?:ett |sitt )?samtycke",),
    },
    cues=(
        r"jag (?:härmed )?(?:begär|ber|kräver|vill|önskar|utnyttjar|åberopar)", r"härmed",
        r"min (?:rätt|begäran)", r"vänligen",
    ),
    bare=(r"avregistrera(?: mig)?", r"stopp?", r"ta bort mig", r"avsluta prenumeration(?:en)?"),
)

NB = LanguageLexicon(
    code="nb",
    slots={
        "mine": r"(?:alle )?(?:mine|min|mitt)",
        "data": r"(?:person)?(?:opplysninger|opplysningene|data|informasjon|info"
        r"|kontaktinformasjon|kontaktopplysninger|profil|e-?post(?:adresse)?|epostadresse"
        r"|adresse|(?:telefon|mobil)?nummer|navn)",
        # Norwegian usually puts the possessive after a definite noun: "nummeret mitt".
        "md": r"(?:(?:alle )?(?:mine|min|mitt) (?:person)?(?:opplysninger|opplysningene|data"
        r"|informasjon|info|kontaktinformasjon|kontaktopplysninger|profil|e-?post(?:adresse)?"
        r"|epostadresse|adresse|(?:telefon|mobil)?nummer|navn)|(?:alle )?(?:person)?"
        r"(?:opplysningene|dataene|informasjonen|nummeret|telefonnummeret|mobilnummeret"
        r"|e-?postadressen|epostadressen|adressen|navnet|profilen|tittelen|stillingstittelen)"
        r" (?:mine|mitt|min))",
        "felt": r"(?:tittel|stillingstittel|jobbtittel|stilling|navn|etternavn|fornavn"
        r"|e-?post(?:adresse)?|adresse|(?:telefon|mobil)?nummer|opplysninger|data"
        r"|firma(?:navn)?|arbeidsgiver|avdeling)",
        "dere": r"(?:dere|du|de|firmaet)",
        "liste": r"(?:deres|din|ditt|dine|alle deres) (?:\w*liste[rn]?e?|\w*listene|database[rn]?"
        r"|system(?:et)?|register(?:et)?|kartotek(?:et)?|crm)",
    },
    strong={
        RS: (
            r"(?:begrens|begrense|sperr|sperre|blokker) (?:behandlingen av |bruken av )?"
            r"<md>",
            r"begrensning av (?:behandlingen av )?<md>",
            r"ikke slett(?:e)? <md>",
            r"(?:slett|slette) ikke <md>",
            r"(?:slutt|stopp) (?:å )?(?:bruke|behandle) <md> (?:til|mens|inntil)",
        ),
        P: (
            r"<md> i (?:et )?(?:maskinlesbart|strukturert|elektronisk|alminnelig anvendt"
            r"|vanlig brukt|csv-?|excel-?) ?(?:format|fil)",
            r"(?:overfør|overføre|flytt|flytte|send|sende) <md> (?:direkte )?til "
            r"(?:en annen|et annet|min nye|mitt nye|en ny|et nytt)",
            r"(?:eksporter|eksport av|last ned) <md>",
        ),
        W: (
            r"(?:trekker|trekke) (?:herved )?(?:tilbake )?(?:mitt|mine|alt|all) samtykker?",
            r"(?:tilbakekaller|tilbakekalle) (?:herved )?(?:mitt|mine|alt) samtykker?",
            r"mitt samtykke (?:er )?(?:herved )?(?:trukket tilbake|tilbakekalt)",
            r"jeg samtykker ikke (?:lenger|til)",
            r"(?:tilbaketrekking|tilbakekalling) av (?:mitt|mine) samtykker?",
        ),
        RC: (
            r"(?:rett|rette|korriger|korrigere|oppdater|oppdatere|endre) <mine> <felt>",
            r"<mine> <felt> (?:er|var) (?:feil|uriktige?|utdaterte?|ikke korrekte?"
            r"|ikke riktige?|feilstavet)",
            r"(?:dere har|du har) (?:feil|uriktige?) <felt>",
            r"(?:tittelen|stillingstittelen|navnet|etternavnet|e-?postadressen|adressen"
            r"|nummeret|opplysningene) (?:min|mitt|mine) (?:er|var) (?:feil|uriktige?"
            r"|utdaterte?|ikke (?:korrekte?|riktige?)|feilstavet)",
        ),
        O: (
            r"(?:slutt|stopp|hold opp) (?:med )?(?:å )?(?:kontakte|ringe|maile|e-?poste|sende"
            r"|skrive til|mase på)(?: meg| til meg)?",
            r"(?:ikke|aldri) (?:kontakt|ring|send|mail|skriv til) meg",
            r"(?:kontakt|ring|mail) meg ikke",
            r"(?:fjern|ta|stryk|meld) meg (?:fra|av|ut av|ut fra) <liste>",
            r"meld meg av",
            r"jeg vil (?:gjerne )?(?:meldes av|melde meg av|avmeldes|reservere meg)",
            r"(?:jeg )?reserverer meg mot",
            r"jeg ønsker ikke (?:å bli kontaktet|flere|mer|å motta)",
            r"jeg vil ikke (?:bli kontaktet|ha flere|ha mer|motta)",
            r"ingen (?:flere|mer) (?:e-?poster|eposter|mailer|e-?post|oppringninger|anrop"
            r"|henvendelser|reklame|markedsføring|nyhetsbrev)",
            r"jeg (?:protesterer mot|motsetter meg|gjør innsigelse mot)",
            r"(?:slutt|stopp) (?:å )?(?:bruke|behandle) <md>",
        ),
        E: (
            r"(?:slett|slette|fjern|fjerne) <md>",
            r"<md> (?:skal )?(?:slettes|slettet|fjernes|fjernet)",
            r"slett meg",
            r"glem meg(?! ikke)",
            r"(?:slett|fjern) (?:alle |all )?(?:opplysninger|data|informasjon) (?:dere har )?"
            r"om meg",
            r"(?:og|deretter|så|etterpå),? (?:slett|slette|fjern) (?:dem|det|alt|alt sammen)",
            r"jeg (?:vil|ønsker) (?:å )?(?:bli )?(?:slettet|glemt)",
        ),
        A: (
            r"innsyn i <md>",
            r"(?:ber om|krever|ønsker|vil ha|begjærer) innsyn",
            r"hvor (?:har|fikk|fant) <dere> (?:fått tak i |fått |funnet )?<md> fra",
            r"hvor (?:kommer|stammer) <md> fra",
            r"hvordan (?:har|fikk) <dere> (?:fått tak i |fått )?<md>",
            r"(?:send|gi|vis|utlever) (?:meg )?(?:en kopi av |en oversikt over |et utdrag av )?"
            r"<md>",
            r"hvilke (?:person)?(?:opplysninger|data|informasjon) (?:har|lagrer|behandler"
            r"|oppbevarer) <dere> (?:om|på) meg",
            r"hva (?:har|vet|lagrer) <dere> (?:om|på) meg",
            r"hvorfor har <dere> <md>",
        ),
    },
    weak={
        A: (r"rett(?:en)? til innsyn", r"innsynsrett(?:en)?", r"innsynsbegjæring(?:er)?",
            r"innsynsforespørsel"),
        E: (r"rett(?:en)? til (?:sletting|å bli glemt)",),
        RC: (r"rett(?:en)? til (?:retting|korrigering)",),
        RS: (r"rett(?:en)? til (?:begrensning|å begrense)(?: av behandling(?:en)?)?",
             r"begrensning av behandling(?:en)?"),
        P: (r"(?:rett(?:en)? til )?dataportabilitet(?:en)?",),
        O: (r"rett(?:en)? til å (?:protestere|motsette seg|reservere seg)", r"protestrett"),
        W: (r"trekke (?:tilbake )?(?:sitt |ditt |et )?samtykke", r"tilbaketrekking av samtykke"),
    },
    cues=(
        r"jeg (?:herved )?(?:ber|krever|ønsker|vil|begjærer|benytter|påberoper)", r"herved",
        r"min (?:rett|forespørsel)", r"vennligst",
    ),
    bare=(r"avmeld", r"meld (?:meg )?av", r"stopp?", r"fjern meg"),
)

DE = LanguageLexicon(
    code="de",
    slots={
        "meine": r"(?:alle )?(?:meine[rnm]?|mein)",
        "daten": r"(?:(?:personenbezogenen?|persönlichen?|gespeicherten?) )?(?:daten|angaben"
        r"|informationen|kontaktdaten|profil|e-?mail-?adresse|e-?mail|mailadresse|adresse"
        r"|(?:telefon|handy|mobil)?nummer|namen|name|datensatz|einträge|eintrag)",
        "feld": r"(?:berufsbezeichnung|titel|jobtitel|position|funktion|namen?|nachname|vorname"
        r"|e-?mail-?adresse|adresse|(?:telefon)?nummer|daten|angaben|firma|firmenname"
        r"|arbeitgeber|abteilung|schreibweise)",
        "sie": r"(?:sie|ihr|du)",
        "liste": r"(?:ihrer|ihren|ihrem|eurer|euren|eurem|deiner|deinem|der|dem|allen) "
        r"(?:\w*listen?|verteilern?|datenbanken?|systemen?|system|register|kartei|crm"
        r"|newsletter|\w*verteiler)",
        "einw": r"(?:einwilligung(?:en)?|zustimmung|einverständnis|einwilligungserklärung)",
    },
    strong={
        RS: (
            r"einschränkung der verarbeitung <meine> <daten>",
            r"(?:schränken|sperren) sie (?:bitte )?(?:die verarbeitung )?<meine> <daten>",
            r"<meine> <daten> (?:bitte )?(?:zu )?(?:sperren|einschränken)",
            r"sperrung <meine> <daten>",
            r"(?:löschen|entfernen) sie <meine> <daten> (?:bitte )?nicht",
            r"<meine> <daten> (?:bitte )?nicht (?:zu )?löschen",
        ),
        P: (
            r"<meine> <daten> in (?:einem )?(?:strukturierten,? )?(?:maschinenlesbaren|gängigen"
            r"|elektronischen|csv-?|excel-?) ?(?:format|datei)",
            r"(?:übertragen|übermitteln|senden|schicken) sie <meine> <daten> (?:direkt )?an "
            r"(?:einen anderen|ein anderes|eine andere|meinen neuen|einen neuen|meine neue)",
            r"<meine> <daten> (?:direkt )?an (?:einen anderen|ein anderes|eine andere|meinen neuen"
            r"|einen neuen|meine neue) \w+ (?:zu )?(?:übertragen|übermitteln|senden)",
            r"übertragung <meine> <daten>",
            r"<meine> <daten> (?:zu )?exportieren",
        ),
        W: (
            r"(?:ich )?widerrufe (?:hiermit )?(?:meine|die|jede|alle)(?: erteilten?)? <einw>",
            r"(?:ich ziehe|ziehe ich) (?:hiermit )?<meine> <einw> zurück",
            r"widerruf (?:meiner|der von mir erteilten) <einw>",
            r"<meine> <einw> (?:ist |wird )?(?:hiermit )?(?:widerrufen|zurückgezogen)",
        ),
        RC: (
            r"(?:korrigieren|berichtigen|aktualisieren|ändern) sie (?:bitte )?<meine> <feld>",
            r"<meine> <feld> (?:bitte )?(?:zu )?(?:korrigieren|berichtigen|aktualisieren|ändern)",
            r"berichtigung <meine> <daten>",
            r"<meine> <feld> (?:ist|sind|war|waren) (?:falsch|fehlerhaft|veraltet|unrichtig"
            r"|falsch geschrieben|nicht (?:mehr )?(?:korrekt|richtig|aktuell))",
        ),
        O: (
            r"ich (?:möchte|will|wünsche) (?:keine|nicht mehr) (?:weitere |mehr )?(?:werbung"
            r"|e-?mails|mails|anrufe|newsletter|kontaktaufnahme|nachrichten|angebote"
            r"|kontaktiert werden|angerufen werden|angeschrieben werden)",
            r"keine (?:weiteren? )?(?:werbung|e-?mails|mails|anrufe|newsletter|kontaktaufnahme"
            r"|nachrichten) mehr",
            r"(?:kontaktieren|anrufen|anschreiben|mailen|belästigen) sie mich (?:bitte )?"
            r"(?:nicht mehr|nie wieder)",
            r"auf,? mich (?:zu kontaktieren|anzurufen|anzuschreiben|anzumailen|zu belästigen)",
            r"(?:entfernen|streichen|nehmen|tragen) sie mich (?:bitte )?(?:sofort |umgehend )?"
            r"(?:aus|von)",
            r"mich (?:bitte )?(?:aus|von) <liste> (?:zu )?(?:entfernen|streichen|nehmen"
            r"|austragen)",
            r"ich möchte (?:mich )?(?:abmelden|austragen|abbestellen)",
            r"(?:melden|tragen) sie mich (?:bitte )?(?:ab|aus)",
            r"ich widerspreche",
            r"(?:ich lege|lege ich) (?:hiermit )?widerspruch",
            r"(?:hören sie auf|stoppen sie),? <meine> <daten> zu (?:verarbeiten|nutzen"
            r"|verwenden)",
        ),
        E: (
            r"(?:löschen|entfernen|vernichten) sie (?:bitte )?(?:umgehend |sofort )?<meine> "
            r"<daten>",
            r"<meine> <daten> (?:bitte )?(?:umgehend |sofort )?(?:zu )?(?:löschen|entfernen"
            r"|vernichten)",
            r"<meine> <daten> (?:werden |wurden )?(?:gelöscht|entfernt)",
            r"löschung <meine> <daten>",
            r"(?:löschen|streichen) sie mich",
            r"lösch(?:e|t)? mich",
            r"(?:und|dann|danach|anschließend),? (?:bitte )?(?:löschen sie|löscht) (?:sie|diese"
            r"|alles|es)",
        ),
        A: (
            r"(?:ich )?(?:verlange|beantrage|fordere|erbitte|möchte|wünsche|bitte um|ersuche um)"
            r"(?: ich)? (?:hiermit )?(?:eine )?(?:auskunft|kopie|selbstauskunft|datenauskunft)",
            r"auskunft (?:über|zu|bezüglich) <meine> <daten>",
            r"auskunft (?:darüber,? )?(?:welche|ob) (?:daten|informationen) (?:sie|ihr) (?:über|zu"
            r"|von) mir",
            r"(?:welche|was für) (?:personenbezogenen |persönlichen )?(?:daten|informationen"
            r"|angaben) (?:haben|speichern|verarbeiten|besitzen) <sie> (?:über|von|zu) mir",
            r"was (?:haben|wissen|speichern) <sie> (?:über|von) mir",
            r"woher (?:haben|hast|habt|bekamen|kennen) <sie> <meine> <daten>",
            r"wie (?:sind|kamen|kommen) <sie> an <meine> <daten>",
            r"(?:senden|schicken|geben|zeigen|übermitteln|nennen) <sie> mir (?:bitte )?"
            r"(?:eine (?:kopie|übersicht|aufstellung|liste) (?:meiner|über meine|aller meiner) "
            r"|<meine> )<daten>",
            r"kopie <meine> <daten>",
            r"warum haben <sie> <meine> <daten>",
        ),
    },
    weak={
        A: (r"recht auf auskunft", r"auskunftsrecht(?:s|es)?", r"auskunftsersuchen",
            r"auskunftsanfragen?", r"wie lange (?:speichern|bewahren) <sie>"),
        E: (r"recht auf (?:löschung|vergessenwerden|vergessen ?werden|vergessen)",
            r"lösch(?:ungs)?(?:antrag|anfrage|ersuchen)"),
        RC: (r"recht auf berichtigung", r"berichtigungsrecht"),
        RS: (r"recht auf einschränkung(?: der verarbeitung)?", r"einschränkung der verarbeitung"),
        P: (r"(?:recht auf )?datenübertragbarkeit", r"recht auf übertragbarkeit"),
        O: (r"widerspruchsrecht", r"recht auf widerspruch",
            r"widerspruch gegen (?:die )?(?:verarbeitung|werbung|direktwerbung|nutzung)"),
        W: (r"widerruf (?:der|einer|ihrer) <einw>", r"<einw> (?:zu )?widerrufen"),
    },
    cues=(
        r"ich (?:hiermit )?(?:verlange|beantrage|fordere|bitte|möchte|will|wünsche|mache"
        r"|ersuche)", r"hiermit", r"mein(?:es)? rechts?", r"mein(?:en)? antrag",
        r"bitte (?:senden|löschen|schicken|berichtigen|teilen|bestätigen)",
        r"mache ich (?:mein|meine)",
        # German puts the verb before "ich" after a fronted phrase: "Gemäß Art. 15 verlange ich".
        r"(?:verlange|beantrage|fordere|bitte|möchte|ersuche|widerrufe|widerspreche) ich",
    ),
    bare=(r"abmelden", r"austragen", r"abbestellen", r"stopp?", r"bitte austragen"),
)

NL = LanguageLexicon(
    code="nl",
    slots={
        "mijn": r"(?:al )?(?:mijn|m'n)",
        "gegevens": r"(?:persoons)?(?:gegevens|data|informatie|contactgegevens|profiel"
        r"|e-?mailadres|e-?mail|adres|(?:telefoon)?nummer|naam)",
        "veld": r"(?:functietitel|functie|titel|naam|achternaam|voornaam|e-?mailadres|adres"
        r"|(?:telefoon)?nummer|gegevens|bedrijfsnaam|werkgever)",
        "u": r"(?:u|jullie|je)",
    },
    strong={
        RS: (
            r"beperking van (?:de )?verwerking van <mijn> <gegevens>",
            r"(?:beperk|blokkeer) (?:de verwerking van )?<mijn> <gegevens>",
            r"<mijn> <gegevens> (?:te )?(?:beperken|blokkeren)",
        ),
        P: (
            r"<mijn> <gegevens> in een (?:machineleesbaar|gestructureerd|gangbaar|elektronisch"
            r"|csv-?|excel-?) ?(?:formaat|bestand|vorm)",
            r"(?:draag|zet|stuur|overdracht van) <mijn> <gegevens> (?:over )?(?:naar|aan) "
            r"(?:een andere|een nieuwe|mijn nieuwe)",
            r"<mijn> <gegevens> over te (?:dragen|zetten)",
        ),
        W: (
            r"(?:ik )?trek (?:hierbij )?<mijn> toestemming in",
            r"(?:intrekken|intrekking) van <mijn> toestemming",
            r"<mijn> toestemming (?:in te trekken|intrekken|is ingetrokken)",
            r"ik geef (?:geen|niet langer) toestemming",
        ),
        RC: (
            r"(?:corrigeer|wijzig|pas|verbeter|update|corrigeren|wijzigen|aanpassen) <mijn> <veld>",
            r"<mijn> <veld> (?:is|zijn|klopt|kloppen) (?:niet (?:correct|juist|meer)|onjuist|fout"
            r"|verouderd|niet)",
            r"<mijn> <veld> (?:te )?(?:corrigeren|wijzigen|aanpassen|verbeteren)",
        ),
        O: (
            r"stop (?:met )?(?:mailen|bellen|e-?mailen|contact opnemen|sturen|benaderen|spammen)",
            r"neem (?:geen|nooit meer) contact (?:met (?:mij|me) )?op",
            r"(?:bel|mail|e-?mail|benader|contacteer) (?:mij|me) (?:niet meer|nooit meer|niet)",
            r"(?:verwijder|haal|schrap) (?:mij|me) (?:van|uit) (?:uw|jullie|je|de|het|al uw"
            r"|alle) (?:\w*lijst(?:en)?|bestand|database|systeem)",
            r"ik (?:wil|wens) (?:mij |me )?(?:afmelden|uitschrijven)",
            r"(?:meld|schrijf) (?:mij|me) (?:af|uit)",
            r"ik maak (?:hierbij )?bezwaar",
            r"ik (?:wil|wens) (?:geen|niet langer) (?:e-?mails|mails|telefoontjes|reclame"
            r"|nieuwsbrieven|berichten|contact|benaderd|gebeld|gemaild)",
            r"geen (?:e-?mails|mails|reclame|telefoontjes|nieuwsbrieven) meer",
        ),
        E: (
            r"(?:verwijder|wis|vernietig) <mijn> <gegevens>",
            r"<mijn> <gegevens> (?:te |laten )?(?:verwijderen|wissen|verwijderd|gewist)",
            r"verwijdering van <mijn> <gegevens>",
            r"vergeet (?:mij|me)(?! niet)",
        ),
        A: (
            r"inzage in <mijn> <gegevens>",
            r"(?:verzoek|vraag|wil|wens) (?:om |graag )?inzage",
            r"(?:stuur|geef|toon) (?:mij|me) (?:een kopie van |een overzicht van )?<mijn> "
            r"<gegevens>",
            r"waar (?:heeft u|hebben jullie|heb je|hebt u) <mijn> <gegevens> (?:vandaan"
            r"|gekregen|verkregen)",
            r"hoe (?:komt u|komen jullie|kom je) aan <mijn> <gegevens>",
            r"welke (?:persoons)?gegevens (?:heeft u|hebben jullie|heb je|bewaart u|verwerkt u"
            r"|verwerken jullie) (?:van|over) (?:mij|me)",
            r"een kopie van <mijn> <gegevens>",
        ),
    },
    weak={
        A: (r"recht (?:op|van) inzage", r"inzageverzoek(?:en)?", r"inzagerecht"),
        E: (r"recht op (?:vergetelheid|verwijdering|gegevenswissing|vergeten te worden)",
            r"verwijderverzoek(?:en)?"),
        RC: (r"recht op (?:rectificatie|correctie|verbetering)",),
        RS: (r"recht op beperking(?: van (?:de )?verwerking)?",),
        P: (r"(?:recht op )?(?:data|gegevens)portabiliteit", r"recht op overdraagbaarheid"),
        O: (r"recht (?:op|van) bezwaar", r"bezwaar tegen (?:de )?(?:verwerking|direct marketing)"),
        W: (r"toestemming (?:in ?trekken|intrekken)", r"intrekking van (?:de |uw )?toestemming"),
    },
    cues=(
        r"ik (?:verzoek|vraag|eis|wil|wens|maak gebruik)", r"hierbij", r"verzoek (?:ik|u)",
        r"mijn (?:recht|verzoek)", r"graag",
    ),
    bare=(r"afmelden", r"uitschrijven", r"stop"),
)

FR = LanguageLexicon(
    code="fr",
    slots={
        "mes": r"(?:toutes )?(?:mes|mon|ma)",
        "donnees": r"(?:(?:données|informations|coordonnées)(?: personnelles"
        r"| à caractère personnel)?|profil|adresse (?:e-?mail|mail|électronique)|e-?mail|adresse"
        r"|numéro(?: de téléphone)?|nom)",
        "champ": r"(?:intitulé de poste|titre|fonction|poste|nom|prénom|adresse(?: e-?mail)?"
        r"|numéro(?: de téléphone)?|coordonnées|données|informations|entreprise|employeur)",
        "moi": r"(?:-| )(?:moi|me)",
    },
    strong={
        RS: (
            r"limitation (?:du traitement )?de <mes> <donnees>",
            r"(?:limitez|limiter|restreignez|restreindre|bloquez|bloquer|geler|gelez) "
            r"(?:le traitement de )?<mes> <donnees>",
        ),
        P: (
            r"<mes> <donnees> (?:dans|sous) (?:un )?format (?:structuré|lisible par machine"
            r"|couramment utilisé|électronique|csv)",
            r"(?:transférer|transférez|transmettre|transmettez|envoyer|envoyez) <mes> <donnees> "
            r"(?:directement )?(?:à|vers|chez) (?:un autre|une autre|mon nouveau|ma nouvelle"
            r"|un nouveau)",
            r"portabilité de <mes> <donnees>",
        ),
        W: (
            r"(?:je )?(?:retire|révoque) (?:mon|tout|mes) consentements?",
            r"retrait de mon consentement",
            r"(?:retirer|révoquer) mon consentement",
        ),
        RC: (
            r"(?:corrigez|corriger|rectifiez|rectifier|modifiez|modifier|mettez à jour"
            r"|mettre à jour) <mes> <champ>",
            r"rectification de <mes> <donnees>",
            r"<mes> <champ> (?:est|sont) (?:erronée?s?|incorrecte?s?|inexacte?s?|faux|fausses?"
            r"|obsolètes?|pas (?:à jour|correcte?s?))",
        ),
        O: (
            r"ne me (?:contactez|appelez|écrivez|téléphonez|sollicitez|envoyez) plus",
            r"(?:arrêtez|cessez) de me (?:contacter|appeler|écrire|solliciter|envoyer|harceler"
            r"|démarcher)",
            r"(?:retirez|supprimez|enlevez|désinscrivez|désabonnez)<moi> (?:de|des) (?:votre|vos"
            r"|la|les|cette) (?:listes?|fichiers?|bases?|mailing|liste de diffusion)",
            r"je (?:me )?(?:désinscris|désabonne)",
            r"(?:désinscrivez|désabonnez)<moi>",
            r"je (?:souhaite|veux|voudrais) (?:me )?(?:désinscrire|désabonner|ne plus (?:être "
            r"(?:contacté|sollicité|appelé)e?|recevoir))",
            r"je m'oppose (?:au|à|aux)",
            r"je ne (?:veux|souhaite) plus (?:être (?:contacté|sollicité|appelé)e?|recevoir)",
        ),
        E: (
            r"(?:supprimez|supprimer|effacez|effacer|retirez) (?:toutes )?<mes> <donnees>",
            r"(?:suppression|effacement) de <mes> <donnees>",
            r"(?:supprimez|effacez|oubliez)<moi>",
        ),
        A: (
            r"accès à <mes> <donnees>",
            r"(?:envoyez|transmettez|communiquez|fournissez)<moi> (?:une copie de |la liste de )?"
            r"<mes> <donnees>",
            r"me (?:communiquer|transmettre|envoyer|fournir) (?:une copie de )?<mes> <donnees>",
            r"où avez(?:-| )vous (?:obtenu|eu|trouvé|récupéré|pris) <mes> <donnees>",
            r"comment avez(?:-| )vous (?:obtenu|eu|trouvé) <mes> <donnees>",
            r"quelles (?:données|informations) (?:détenez|avez|conservez|traitez)(?:-| )vous "
            r"(?:sur moi|me concernant|à mon sujet|à propos de moi)",
            r"copie de <mes> <donnees>",
        ),
    },
    weak={
        A: (r"droit d'accès", r"demandes? d'accès"),
        E: (r"droit (?:à l'effacement|à l'oubli|de suppression|d'effacement)",),
        RC: (r"droit de rectification",),
        RS: (r"droit à la limitation(?: du traitement)?", r"limitation du traitement"),
        P: (r"(?:droit à la )?portabilité(?: des données)?",),
        O: (r"droit d'opposition", r"opposition au traitement"),
        W: (r"retrait du consentement", r"retirer (?:son|le|votre) consentement"),
    },
    cues=(
        r"je (?:vous )?(?:demande|souhaite|exige|sollicite|voudrais|veux|exerce|prie)",
        r"j'(?:exerce|exige)", r"par la présente", r"mon droit", r"ma demande", r"veuillez",
        r"merci de (?:me|supprimer|m'envoyer|corriger)",
    ),
    bare=(r"désabonnement", r"désinscription", r"stop", r"me désinscrire"),
)

FI = LanguageLexicon(
    code="fi",
    # Finnish inflects by suffix; first-person ownership is the suffix -ni ("tietoni",
    # "tiedoistani"), which is what keeps "korjatkaa laskun tiedot" (an invoice) from matching.
    slots={
        "omat": r"(?:minua koskevat (?:henkilö)?tie\w*|minun \w+|(?:henkilö|yhteys)?tie(?:do|to)"
        r"\w*ni|(?:puhelin)?numero\w*ni|sähköposti\w*ni|nimeni|osoitteeni|titteli\w*ni"
        r"|nimikkeeni)",
    },
    strong={
        RS: (
            r"(?:rajoittakaa|rajoita|rajoittamaan|rajoittamista|lukitkaa) (?:<omat> )?"
            r"käsittely\w*",
            r"<omat> käsittelyn rajoittami\w*",
        ),
        P: (
            r"(?:siirtäkää|siirrä|siirtämään) <omat>",
            r"<omat> (?:koneluettava\w*|sähköise\w*|jäsennelly\w*) muodo\w*",
            r"<omat> siirtämi\w*",
        ),
        W: (
            r"peru(?:utan|n) (?:antamani |kaikki )?suostumukse\w*",
            r"suostumukseni peruuttami\w*",
            r"vedän suostumukseni takaisin",
        ),
        RC: (
            r"(?:korjatkaa|korjaa|päivittäkää|päivitä|muuttakaa|korjaamaan|korjaamista) <omat>",
            r"(?:titteli|nimi|osoite|numero|sähköpostiosoite)ni on (?:väärin|väärä|virheellinen"
            r"|vanhentunut)",
            r"tiedoissani on (?:virhe|virheitä|väärää)",
        ),
        O: (
            r"(?:älä|älkää) (?:lähetä|lähettäkö|soita|soittako|ota|ottako|häiritse|häiritkö)"
            r"(?: minulle| minuun| yhteyttä| minua)?",
            r"(?:lopettakaa|lopeta) (?:yhteydenotot|soittaminen|soittelu|viestien lähettäminen"
            r"|sähköpostien lähettäminen|markkinointi)",
            r"poistakaa minut \w*(?:listal|listoil|rekisteri)\w*",
            r"en (?:enää )?halua (?:enää )?(?:markkinointia|sähköposteja|viestejä|puheluita"
            r"|yhteydenottoja|uutiskirjeitä|mainontaa)",
            r"vastustan (?:tietojeni |henkilötietojeni )?(?:käsittelyä|suoramarkkinointia"
            r"|markkinointia)",
            r"peruutan (?:tilaukseni|uutiskirjeen)",
        ),
        E: (
            r"(?:poistakaa|poista|poistaa|poistamaan|poistamista) (?:kaikki )?<omat>",
            r"(?:tietojeni|tietojani|henkilötietojeni) poistami\w*",
            r"unohtakaa minut",
        ),
        A: (
            r"mistä (?:olette|olet|te) (?:saaneet|saanut|saitte|sait|hankkineet) (?:minun )?"
            r"(?:tie\w*|numero\w*|puhelinnumero\w*|sähköposti\w*|yhteystie\w*)",
            r"(?:lähettäkää|lähetä|antakaa|toimittakaa) (?:minulle )?(?:kopio )?(?:kaikista )?"
            r"<omat>",
            # Not when the data is the object of another request: "pyydän tietojeni poistamista".
            r"(?:pyydän|haluan|vaadin)(?: saada)?(?: nähdä)?(?: tietää)? (?:kopion |pääsyn "
            r"|pääsyä )?(?:kaikki )?<omat>(?! \w*(?:poista|korjaa|korjau|siirt|rajoit|käsitt"
            r"|oikais)\w*)",
            r"mitä tietoja (?:teillä on|säilytätte|käsittelette) (?:minusta|minua koskien)",
        ),
    },
    weak={
        A: (r"tarkastusoikeu\w*", r"oikeus (?:tarkastaa|saada pääsy)\w*"),
        E: (r"oikeu\w* tulla unohdetuksi", r"oikeu\w* (?:tietojen )?poistami\w*"),
        RC: (r"oikeus (?:tietojen )?oikaisu\w*",),
        RS: (r"käsittelyn rajoittami\w*", r"oikeus rajoittaa"),
        P: (r"siirrettävyy\w*", r"oikeus siirtää tie\w*"),
        O: (r"vastustamisoikeu\w*", r"oikeus vastustaa"),
        W: (r"suostumuksen peruuttami\w*", r"peruuttaa suostumu\w*"),
    },
    cues=(r"pyydän", r"vaadin", r"haluan", r"käytän", r"täten", r"oikeuteni", r"pyyntöni"),
    bare=(r"peruuta tilaus", r"poista minut", r"stop"),
)

ES = LanguageLexicon(
    code="es",
    slots={
        "mis": r"(?:todos )?(?:mis|mi)",
        "datos": r"(?:datos(?: personales)?|información(?: personal)?|número(?: de teléfono)?"
        r"|correo(?: electrónico)?|dirección(?: de correo)?|nombre|perfil|cargo|puesto|empresa)",
    },
    strong={
        RS: (r"(?:limitación|limiten|limitar|restrinjan|restringir|bloqueo|bloqueen) "
             r"(?:del |de )?(?:(?:el )?tratamiento de )?<mis> <datos>",),
        P: (
            r"portabilidad de <mis> <datos>",
            r"(?:transfieran|transmitan|transferir|transmitir) <mis> <datos> a (?:otro|otra"
            r"|mi nuevo|mi nueva)",
            r"<mis> <datos> en (?:un )?formato (?:estructurado|electrónico|legible)",
        ),
        W: (r"(?:retiro|revoco) (?:mi|el) consentimiento",
            r"(?:retirar|revocar) mi consentimiento", r"retirada de mi consentimiento"),
        RC: (
            r"(?:corrijan|corrija|rectifiquen|rectifique|actualicen|actualice|corregir|rectificar"
            r"|actualizar|modificar|modifiquen) <mis> <datos>",
            r"rectificación de <mis> <datos>",
        ),
        O: (
            r"no me (?:contacten|llamen|escriban|envíen|contacte|llame|escriba|envíe)",
            r"(?:dejen|deje) de (?:contactarme|llamarme|escribirme|enviarme)",
            r"(?:denme|deme|darme) de baja",
            r"(?:quit|elimin|borr|saqu)(?:enme|eme|adme) de (?:su|sus|la|vuestra|esta) "
            r"(?:listas?|base de datos)",
            r"me opongo (?:al|a)",
            r"no quiero recibir (?:más )?(?:correos|publicidad|llamadas|mensajes|e-?mails)",
        ),
        E: (r"(?:borren|borre|eliminen|elimine|supriman|suprima|borrad|eliminad|borrar|eliminar"
            r"|suprimir) <mis> <datos>",
            r"(?:supresión|eliminación|borrado) de <mis> <datos>"),
        A: (
            r"(?:acceso a|copia de) <mis> <datos>",
            r"(?:envíenme|envíeme|enviadme|mándenme|mándeme|facilíteme|facilítenme) (?:una copia "
            r"de )?<mis> <datos>",
            r"(?:de )?dónde (?:han|ha|habéis) (?:obtenido|sacado|conseguido) <mis> <datos>",
            r"qué datos (?:tienen|tiene|tenéis|guardan|tratan) (?:de|sobre) mí",
        ),
    },
    weak={
        A: (r"derecho de acceso",),
        E: (r"derecho (?:de supresión|al olvido|de cancelación|a la supresión)",),
        RC: (r"derecho de rectificación",),
        RS: (r"derecho a la limitación(?: del tratamiento)?", r"limitación del tratamiento"),
        P: (r"(?:derecho a la )?portabilidad(?: de (?:los )?datos)?",),
        O: (r"derecho de oposición",),
        W: (r"retirar el consentimiento", r"retirada del consentimiento"),
    },
    cues=(r"solicito", r"pido", r"exijo", r"quiero", r"ejerzo", r"deseo", r"por la presente",
          r"mi derecho"),
    bare=(r"baja", r"darme de baja", r"stop"),
)

IT = LanguageLexicon(
    code="it",
    slots={
        "miei": r"(?:tutti )?(?:i |le |il |la )?(?:miei|mie|mio|mia)",
        "dati": r"(?:dati(?: personali)?|informazioni(?: personali)?|numero(?: di telefono)?"
        r"|indirizzo(?: e-?mail)?|e-?mail|nome|cognome|profilo|recapiti|qualifica|ruolo"
        r"|posizione)",
    },
    strong={
        RS: (r"limitazione del trattamento (?:dei|di) <miei> <dati>",
             r"(?:limitate|limitare|bloccate|bloccare) (?:il trattamento (?:dei|di) )?<miei> "
             r"<dati>"),
        P: (r"portabilità (?:dei|di) <miei> <dati>",
            r"(?:trasferite|trasferire|trasmettete|trasmettere) <miei> <dati> (?:a|ad) (?:un altro"
            r"|un'altra|un nuovo|il mio nuovo)"),
        W: (r"(?:revoco|ritiro) (?:il mio|il) consenso",
            r"(?:revocare|ritirare) il mio consenso", r"revoca del mio consenso"),
        RC: (r"(?:correggete|correggere|rettificate|rettificare|aggiornate|aggiornare|modificate)"
             r" <miei> <dati>",
             r"rettifica (?:dei|di) <miei> <dati>"),
        O: (
            r"non (?:contattatemi|chiamatemi|scrivetemi|mi contattate|mi chiamate|mi scrivete"
            r"|mi mandate|mi inviate) più",
            r"di non (?:contattarmi|chiamarmi|scrivermi) più",
            r"non voglio (?:più )?(?:essere (?:contattat[oa]|chiamat[oa])|ricevere)",
            r"smettete(?:la)? di (?:contattarmi|chiamarmi|scrivermi|inviarmi)",
            r"(?:cancellatemi|toglietemi|rimuovetemi) (?:dalla|dalle|dal|dai) (?:vostr[aeo] )?"
            r"(?:lista|liste|database|mailing list|elenco|elenchi)",
            r"mi oppongo (?:al|a)",
            r"disiscrivetemi",
        ),
        E: (r"(?:cancellate|cancellare|eliminate|eliminare|rimuovete) <miei> <dati>",
            r"(?:cancellazione|eliminazione) (?:dei|di) <miei> <dati>"),
        A: (
            r"(?:accesso|copia) (?:ai|dei|alle|delle|a|di) <miei> <dati>",
            r"(?:inviatemi|mandatemi|inviarmi|fornitemi|fornirmi) (?:una copia (?:dei|di) )?"
            r"<miei> <dati>",
            r"dove avete (?:preso|ottenuto|trovato|avuto) <miei> <dati>",
            r"quali dati (?:avete|conservate|trattate) su di me",
        ),
    },
    weak={
        A: (r"diritto (?:di |d')accesso",),
        E: (r"diritto (?:all'oblio|alla cancellazione)",),
        RC: (r"diritto (?:di|alla) rettifica",),
        RS: (r"diritto (?:di|alla) limitazione(?: del trattamento)?",
             r"limitazione del trattamento"),
        P: (r"(?:diritto alla )?portabilità(?: dei dati)?",),
        O: (r"diritto di opposizione",),
        W: (r"revoca del consenso", r"revocare il consenso"),
    },
    cues=(r"chiedo", r"richiedo", r"esigo", r"esercito", r"vorrei", r"voglio",
          r"con la presente", r"il mio diritto", r"la mia richiesta"),
    bare=(r"cancellami", r"disiscrivimi", r"stop"),
)

PL = LanguageLexicon(
    code="pl",
    slots={
        "moje": r"(?:wszystkie moje|wszystkich moich|moje|moich|moimi|mój|mojego|mojej|moją)",
        "dane": r"(?:dane(?: osobowe)?|danych(?: osobowych)?|danymi(?: osobowymi)?|informacje"
        r"|informacji|numer(?: telefonu)?|adres(?: e-?mail)?|e-?mail|stanowisk[oa]|nazwisk[oa]"
        r"|imię|imienia)",
    },
    strong={
        RS: (r"ograniczeni[ea] przetwarzania <moje> <dane>",
             r"(?:ograniczcie|ograniczyć|zablokujcie|zablokować) (?:przetwarzanie )?<moje> <dane>"),
        P: (r"(?:przeniesienie|przeniesienia|przenieście|przesłanie|przesłania|przekażcie"
            r"|przekazanie) <moje> <dane> do (?:innego|nowego)",
            r"przeniesieni[ea] <moje> <dane>"),
        W: (r"(?:cofam|wycofuję|odwołuję) (?:moją |swoją )?zgod[ęy]",
            r"(?:cofnięcie|wycofanie|odwołanie) mojej zgody"),
        RC: (r"(?:popraw|poprawcie|poprawić|sprostuj|sprostujcie|sprostowanie|sprostowania"
             r"|zaktualizujcie|zaktualizować) <moje> <dane>",),
        O: (
            r"nie (?:kontaktujcie się ze mną|dzwońcie do mnie|piszcie do mnie|wysyłajcie mi)",
            r"proszę (?:o )?(?:nie kontaktowanie|nie dzwonić|się nie kontaktować"
            r"|nie kontaktować się)",
            r"(?:wypiszcie|usuńcie|wykreślcie) mnie (?:z|ze) \w+",
            r"sprzeciwiam się", r"wnoszę sprzeciw",
            r"nie chcę (?:więcej |już )?(?:otrzymywać|dostawać|żadnych|być kontaktowan\w*)",
            r"rezygnuję z (?:subskrypcji|newslettera|otrzymywania)",
        ),
        E: (r"(?:usuń|usuńcie|usunąć|usunięcie|usunięcia|skasujcie|wykasujcie) <moje> <dane>",),
        A: (
            r"dostęp(?:u)? do <moje> <dane>",
            r"kopi[ęia] <moje> <dane>",
            r"skąd (?:macie|mają państwo|pan ma|pani ma|masz) <moje> <dane>",
            r"jakie dane (?:o mnie )?(?:macie|przetwarzacie|posiadacie)(?: o mnie"
            r"| na mój temat)?",
        ),
    },
    weak={
        A: (r"prawo dostępu",),
        E: (r"praw\w* do (?:usunięcia(?: danych)?|bycia zapomnianym)",),
        RC: (r"prawo do sprostowania",),
        RS: (r"prawo do ograniczenia przetwarzania", r"ograniczeni[ea] przetwarzania"),
        P: (r"prawo do przenoszenia danych", r"przenoszeni[ea] danych"),
        O: (r"prawo do sprzeciwu",),
        W: (r"(?:cofnięcie|wycofanie|odwołanie) zgody", r"cofnąć zgodę"),
    },
    cues=(r"proszę", r"żądam", r"wnoszę", r"wnioskuję", r"chcę", r"niniejszym",
          r"moje prawo", r"korzystam", r"zwracam się"),
    bare=(r"wypisz mnie", r"rezygnuję", r"stop"),
)

#: All lexicons by language code, in the order used when no language hint is given.
#: English comes first because the words several languages share ("stop", "art.") are
#: English loans; the first language to match a span is the one reported.
LEXICONS: Mapping[str, LanguageLexicon] = {
    lex.code: lex for lex in (EN, DA, SV, NB, DE, NL, FR, FI, ES, IT, PL)
}

#: Article words of the GDPR in the supported languages (folded before use).
ARTICLE_WORDS = (
    r"articles?|arts?\.?|artikel[n]?|artikkel(?:en)?|artículos?|articol[oi]|artykuł(?:u|y)?"
    r"|artigo"
)

#: How a paragraph number is attached: "7(3)", "7 stk. 3", "7 Abs. 3", "7, lid 3", "7 ust. 3"...
PARAGRAPH_WORDS = (
    r"stk|abs|absatz|ledd|lid|para|paragraph|paragraphe|paragrafo|apartado|ust|mom|moment"
    r"|punkt|nr|no|kohta"
)

#: Names of the regulation, each mapped to the language it suggests (for attribution only).
LAW_NAMES: Mapping[str, str] = {
    r"uk gdpr": "en", r"eu gdpr": "en", r"gdpr": "en", r"ds-?gvo": "de", r"rgpd": "fr",
    r"avg": "nl", r"rodo": "pl", r"databeskyttelsesforordningen": "da",
    r"dataskyddsförordningen": "sv", r"personvernforordningen": "nb",
    r"tietosuoja-asetu\w*": "fi",
}

#: Article number (and paragraph) to right. Article 7 only counts with paragraph 3.
ARTICLE_RIGHTS: Mapping[tuple[int, int | None], Right] = {
    (15, None): A, (16, None): RC, (17, None): E, (18, None): RS, (20, None): P,
    (21, None): O, (7, 3): W,
}

#: Words before a full stop that do not end a sentence ("Art. 15", "jf. artikel", "Abs. 3").
ABBREVIATIONS = frozenset({
    "art", "arts", "jf", "jfr", "stk", "abs", "nr", "no", "ust", "pkt", "lit", "bzw", "vgl",
    "ca", "fx", "evt", "mfl", "osv", "dvs", "ggf", "inkl", "ex", "eg", "ie", "par", "kap",
    "sec", "ff", "str", "bl", "z", "b", "e", "g", "i", "s", "p", "d", "h", "vs", "ref",
})
