"""Phrase data for Danish, Swedish and Norwegian.

Explicit-mention layer; the pattern dialect is described in classifiers.mention_lexicon.
"""

from __future__ import annotations

from classifiers.lexicon.base import RC, RS, A, E, LanguageLexicon, O, P, W

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
