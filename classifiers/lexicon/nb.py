"""Norwegian phrase data for the explicit-mention layer.

The pattern dialect is described in classifiers.mention_lexicon; the phrases' shape and their
literal-first grouping in classifiers.lexicon.nordic_patterns.
"""

from __future__ import annotations

from classifiers.lexicon.base import RC, RS, A, E, LanguageLexicon, O, P, W
from classifiers.lexicon.nordic_patterns import fast

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
        RS: fast(
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
        P: fast(
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
        W: fast(
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
        RC: fast(
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
        O: fast(
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
        E: fast(
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
        A: fast(
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
        A: fast(r"rett(?:en)? til innsyn", r"innsynsrett(?:en)?", r"innsynsbegjæring(?:er)?",
                 r"innsynsforespørsel", r"(?:ber|krever|begjærer) (?:herved )?om innsyn"),
        E: fast(r"rett(?:en)? til (?:sletting|å bli glemt)",),
        RC: fast(r"rett(?:en)? til (?:retting|korrigering)",),
        RS: fast(r"rett(?:en)? til (?:begrensning|å begrense)(?: av behandling(?:en)?)?",
                  r"begrensning av behandling(?:en)?"),
        P: fast(r"rett(?:en)? til dataportabilitet(?:en)?", r"dataportabilitet(?:en)?"),
        O: fast(r"rett(?:en)? til å (?:protestere|motsette seg|reservere seg)", r"protestrett"),
        W: fast(r"trekke (?:tilbake )?(?:sitt |ditt |et )?samtykke",
                 r"tilbaketrekking av samtykke"),
    },
    cues=(
        r"jeg (?:herved )?(?:ber|krever|ønsker|vil|begjærer|benytter|påberoper)", r"herved",
        r"min (?:rett|forespørsel)", r"vennligst",
    ),
    bare=(r"avmeld", r"meld (?:meg )?av", r"stopp?", r"fjern meg", r"unsubscribe"),
)
