"""Dutch phrase data for the explicit-mention layer.

The pattern dialect is described in classifiers.mention_lexicon; why every phrase starts with a
literal, and the builders that keep it so, in classifiers.lexicon.continental_patterns.
"""

from __future__ import annotations

from classifiers.lexicon.base import RC, RS, A, E, LanguageLexicon, O, P, W
from classifiers.lexicon.continental_patterns import (
    each,
    grouped,
    nq,
    sent,
)

NL = LanguageLexicon(
    code="nl",
    slots={
        "mijn": r"m(?:ijn|'n|n|ijne)",
        "gegevens": r"(?:[\w-]+e |privé )?[\w-]*(?:gegevens|data|informatie|info|profiel|adres"
        r"|nummer|naam|account|dossier|cv|e-?mail|mail|gsm|record|fiche|registratie|inschrijving"
        r"|voorkeuren|notities)",
        "veld": r"(?:[\w-]+e )?[\w-]*(?:functietitel|functie|titel|naam|e-?mailadres|adres"
        r"|nummer|gegevens|bedrijfsnaam|bedrijf|werkgever|e-?mail|mail|gsm|rol|info|informatie)",
        "u": r"(?:u|jullie|je|julie)",
        "mij": r"m(?:ij|e)",
        # Mailing lists (removal = objection, R70) ...
        "lijst": r"(?:uw|jullie|je|de|die|deze|het|al uw|alle|elke|al jullie)(?: [\w-]+){0,2}"
        r" [\w-]*(?:lijst|lijsten|lijstje|mailing|mailings|nieuwsbrief)",
        # ... databases and registers (removal = erasure).
        "db": r"(?:uw|jullie|je|de|het|al uw|alle|elk|ieder)(?: [\w-]+)? [\w-]*(?:database"
        r"|databank|bestand|bestanden|systeem|systemen|crm|administratie|register)",
        "fill": r"(?:(?:mij|me|ons|ook|dan|gewoon|alsjeblieft|aub|a\.u\.b\.|voortaan|verder|svp"
        r"|hem|haar|voorlopig|maar|dus|alstublieft) ){0,3}",
        # Not "... van mij nodig" / "... van mij ontvangen" (a business question).
        "nodig": r"(?! (?:\S+ ){0,3}(?:nodig|ontvangen|gekregen)\b)",
        "w": r"(?!(?:niet|niets|niks|nooit|geen)\b)[\w-]+,? ",
        "end": r"(?=\s*(?:[.!;),]|$|(?:en|aub|a\.u\.b|alstublieft|alsjeblieft|graag|bedankt|dank"
        r"|groet)\b))",
        "stopverb": r"(?:sturen|bellen|mailen|e-?mailen|benaderen|contacteren|lastigvallen"
        r"|storen|opbellen|spammen)",
        "fmt": r"(?:(?:een |het )?(?:\S+ )?(?:csv|json|excel|xml|xlsx|machineleesba\w*)"
        r"|een (?:\S+ )?[\w-]*bestand)",
    },
    strong={
        RS: grouped(
            r"beperking van (?:de )?verwerking van <mijn> <gegevens>",
            *each("beperk|blokkeer|bevries|pauzeer",
                   r" (?:\S+ ){0,2}(?:de verwerking van )?<mijn> <gegevens>"),
            r"<mijn> <gegevens> (?:\S+ ){0,3}(?:te )?(?:beperken|blokkeren|bevriezen|pauzeren"
            r"|opschorten)",
            r"ni(?:ks|ets) (?:meer )?(?:mee|ermee|met <mijn> <gegevens>"
            r"|er (?:\S+ )?mee) (?:te )?(?:doen|gebruiken)\b",
            r"mag <u> (?:er )?(?:niks|niets) mee\b",
            *each("verwerk|gebruik",
                   r"(?:t)? <mijn> <gegevens> (?:\S+ )?(?:voorlopig|tijdelijk|even|nog) niet\b"),
            *each("verwijder|wis", r" (?:niks|niets)\b"),
            r"ni(?:et|ks|ets) (?:\S+ ){0,2}(?:verwijderen|wissen),? (?:\S+ ){0,3}(?:maar|wel)\b",
            *each("zolang|totdat|tot|in afwachting",
                   r" (?:(?:\S+ ){0,8}(?:wil|wens) (?:ik )?niet dat|(?:\S+ ){1,5}(?:is|zijn|heeft"
                   r"|hebt|hebben),? (?:\S+ ){0,5}(?:niet|niets|niks"
                   r"|geen) (?:\S+ ){0,2}(?:gebruiken|doorgeven|verwerken|mee))\b"),
            r"bewaar (?:ze|het|die|alles|<mijn> \S+),? (?:\S+ ){0,2}maar (?:\S+ ){0,4}(?:niet|niets"
            r"|niks)\b",
            r"gebruik (?:\S+ ){0,4}(?:niet|niets|niks) (?:meer )?(?:\S+ ){0,3}(?:tot|totdat|zolang"
            r"|voorlopig)\b",
        ),
        P: grouped(
            r"<mijn> <gegevens>,? (?:\S+ ){0,8}(?:(?:als|in|naar) <fmt>\b|(?:exporteren|downloaden"
            r"|overzetten|over te zetten|overdragen|over te dragen|meenemen)\b|(?:rechtstreeks"
            r"|direct) (?:naar|aan) (?:\S+ ){1,3}(?:sturen|doorsturen|overdragen|overzetten"
            r"|versturen))",
            *each("draag|zet|stuur|overdracht van",
                   r" <mijn> <gegevens> (?:over )?(?:naar|aan) (?:een andere|een nieuwe"
                   r"|mijn nieuwe)"),
            r"export (?:van )?(?:\S+ ){0,2}(?:<mijn>|die gegevens|mijn|al)",
            *each("stuur|geef|bezorg|mail",
                   r"(?:t)? <mij> (?:(?:\S+ ){0,3}(?:machineleesba\w*|export)\b|(?:\S+ ){0,6}(?:als"
                   r"|in) <fmt>\b)"),
            r"<mij> (?:een |de )?export\b",
            r"machineleesba\w* (?:kopie|versie|export|bestand|formaat) (?:van )?<mijn>",
            r"in een (?:\w+ ){0,2}(?:formaat|bestand) (?:naar|aan) <mij>",
            r"ik (?:\S+ ){0,8}(?:(?:als|in) (?:een |het )?(?:\S+ )?(?:csv|json|excel|xml"
            r"|xlsx)(?:-?bestand)?\b (?:\S+ ){0,2}(?:krijgen|ontvangen|downloaden|exporteren|hebben"
            r"|meenemen)|(?:krijgen|ontvangen|downloaden|exporteren) (?:als"
            r"|in) (?:een )?(?:\S+ )?(?:csv|json|excel|xml|xlsx))",
        ),
        W: grouped(
            r"trek (?:ik )?(?:(?:\S+ ){0,3}(?:toestemming|aanmelding|opt-?in|inschrijving|akkoord"
            r"|instemming) (?:\S+ ){0,4}in|(?:dat|die|dit|deze|het) (?:\S+ )?in)\b",
            *each("toestemming|aanmelding|opt-in|optin|inschrijving",
                   r" (?:\S+ ){0,3}trek ik (?:\S+ )?in\b"),
            r"intrekk(?:en|ing) van <mijn> toestemming",
            r"<mijn> (?:toestemming|opt-?in|aanmelding|inschrijving) (?:\S+ ){0,4}(?:vervalt"
            r"|is ingetrokken|intrekken|in te trekken|ingetrokken)",
            r"ik geef (?:geen|niet langer) toestemming",
            r"zeg (?:ik )?(?:hierbij )?(?:de|mijn|jullie|uw|het) (?:\w+ )?(?:nieuwsbrief"
            r"|mailing) op\b",
        ),
        RC: grouped(
            r"ik werk (?:\S+ ){0,4}niet meer bij (?:\S+ ){1,12}(?:ik ben|ik werk) (?:nu|inmiddels"
            r"|tegenwoordig)\b",
            *each("corrigeer|wijzig|pas|verbeter|update|verander|vervang|corrigeren|wijzigen"
                   "|aanpassen|veranderen|vervangen",
                   r" (?:\S+ ){0,2}<mijn> <veld>"),
            r"<mijn> (?:<veld> (?:(?:\S+ ){0,4}(?:klopt|kloppen|is|zijn) (?:\w+ )?(?:niet|onjuist"
            r"|fout|verkeerd|verouderd)\b|(?:\S+ ){0,3}(?:te )?(?:corrigeren|wijzigen|aanpassen"
            r"|verbeteren|veranderen|vervangen|bijwerken)\b|(?:is|zijn) (?:\w+ )?(?:veranderd"
            r"|gewijzigd|nu)\b|is [^\s,.]+(?: [^\s,.]+){0,2}(?:,| en) niet\b)|(?:juiste|nieuwe"
            r"|correcte|goede|huidige) (?:\w+ )?<veld>)",
            *each("info|informatie|gegevens|data",
                   r" over <mij> (?:\S+ ){0,2}(?:klopt|kloppen|is|zijn) (?:\w+ )?(?:niet|onjuist"
                   r"|fout|verkeerd|verouderd)\b"),
            *each("hebben|heeft|hebt",
                   r" <u> <mij> (?:\S+ ){0,2}als (?:\S+ ){1,3}(?:staan|geregistreerd|genoteerd"
                   r"|vermeld|ingevoerd)\b"),
            *each("uw|jullie",
                   r" (?:gegevens|administratie|bestand|systeem|registratie"
                   r"|crm) (?:\S+ ){0,2}(?:aan te passen|aanpassen|bij te werken|bijwerken"
                   r"|corrigeren|te corrigeren|rechtzetten|recht te zetten)\b"),
            r"bij <mij> (?:\S+ ){0,2}(?:schrappen|aanpassen|wijzigen|corrigeren|veranderen"
            r"|vervangen)\b",
            r"voortaan (?:\S+ )?(?:\S+@\S+|<mijn> \S+|(?:dit|dat|het) (?:\S+ )?(?:adres|nummer"
            r"|e-?mailadres)) (?:te )?gebruiken\b",
            *each("aanpassen|wijzigen|corrigeren|bijwerken|rechtzetten",
                   r" in (?:uw|jullie|je) (?:administratie|systeem|bestand|crm|database|gegevens"
                   r"|registratie)\b"),
        ),
        O: grouped(
            r"nee\. (?:stop|stoppen|ophouden)\b",
            r"geen zin om (?:\S+ ){0,4}(?:gebeld|gemaild|benaderd) te worden\b",
            r"stop(?:t|pen)? (?:\S+ ){0,2}met (?:<mij> |het )?(?:te )?(?:mailen|bellen|e-?mailen"
            r"|contact opnemen|sturen|benaderen|spammen|doorgeven|doorverkopen|verkopen|delen"
            r"|contacteren|lastigvallen)",
            r"neem (?:\S+ ){0,2}(?:geen|nooit|niet) (?:meer )?contact (?:meer )?(?:\S+ ){0,3}op\b",
            *each("bel|mail|e-mail|email|benader|contacteer|stuur|sms",
                   r"(?:t)? <fill>(?:niet meer|nooit meer|nooit weer|nooit|niet<end>)(?! dan\b)"),
            sent("niet") + r" meer (?:\S+ )?<stopverb><end>",
            sent("nooit") + r" (?:meer |weer )?(?:\S+ )?<stopverb><end>",
            # "ik wil"/"wil ik"/"en wil": a third person ("de prospect wil niet meer gebeld
            # worden", a client passing on an objection) is not the writer's own request.
            *each("ik wil|ik wens|wil ik|wens ik|en wil|en wens",
                   r" (?:(?:\S+ ){0,2}(?:niet meer|niet langer|nooit meer"
                   r"|geen) (?:\S+ ){0,4}(?:gebeld|benaderd|gemaild|gecontacteerd|lastiggevallen"
                   r"|e-?mails|mails|telefoontjes|reclame|nieuwsbrie\w+|berichten|contact"
                   r"|uitnodigingen|aanbiedingen|mailings|spam|sms\w*|oproepen)"
                   r"|(?:\S+ )?niet (?:meer )?dat <u> (?:\S+ ){0,8}(?:doorgeeft|doorgeven|verkoopt"
                   r"|verkopen|doorverkopen|doorverkoopt|geven|geeft|delen|deelt|doorspelen"
                   r"|doorspeelt|scoren|profileren|halen))\b"),
            r"ik (?:wil|wens) (?:(?:\S+ ){0,2}niet (?:meer |langer )?(?:op|in) <lijst>|(?:me "
            r"|mij )?(?:afmelden|uitschrijven))",
            *each("graag|mij|me", r" (?:\S+ ){0,2}niet (?:meer |langer )?(?:op|in) <lijst>"),
            # Take me off the list ("verwijder mij uit uw database" is erasure, below).
            *each(nq("verwijder") + "|" + nq("haal") + "|schrap|gooi",
                   r"(?:t)? (?:<mij>|ons)\b(?! (?:\S+ ){0,3}(?:uit|van) <db>)"),
            r"zet(?:t)? (?:<mij>|ons)\b(?! (?:\S+ ){0,3}(?:uit|van) <db>)(?! (?:\S+ ){0,2}(?:in"
            r"|op) (?:je|jullie|uw|de|mijn|onze) (?:agenda|planning|kalender)\b)",
            *each("meld|schrijf", r"(?:t)? (?:<mij>|ons) (?:\S+ ){0,4}(?:af|uit)\b"),
            *each("mij|me",
                   r" (?:(?:(?:uit|van) <lijst> )?te (?:schrappen|verwijderen|halen|uitschrijven"
                   r"|afmelden)(?! (?:uit|van) <db>)|(?:\S+ ){0,2}(?:van"
                   r"|uit) <lijst> (?:\S+ ){0,2}(?:te )?(?:halen|verwijderen|schrappen|af)\b)"),
            *each(sent("graag") + "|" + sent("van") + "|" + sent("uit"),
                   r" (?:(?:van|uit) )?<lijst> (?:af|te halen|halen)\b"),
            r"<mijn> <gegevens> (?:\S+ ){0,3}(?:uitschrijven|afmelden|uit te schrijven"
            r"|af te melden)",
            r"ik (?:maak|teken) (?:hierbij )?bezwaar",
            *each("ik wil|wil ik|ik wens|wens ik|graag",
                   r" (?:\S+ ){0,3}(?:uitgeschreven|afgemeld) (?:te )?worden\b"),
            r"gebruik(?:t)? <mijn> <gegevens> (?:\S+ )?niet (?:meer )?(?:voor|om|als)\b",
            *each("verkoop|deel|geef|stuur",
                   r"(?:t)? <mijn> <gegevens> (?:\S+ ){0,2}(?:niet|nooit)\b"),
            *each("maak|teken", r" ik (?:hierbij )?bezwaar"),
            r"<mijn> <gegevens> (?:\S+ ){0,4}(?:niet|nooit|geen) (?:\S+ ){0,4}(?:doorgeven"
            r"|door te geven|verkopen|doorverkopen|delen|doorspelen|doorsturen)",
            r"ik geef (?:geen|niet langer) toestemming (?:\S+ ){0,3}(?:bellen|mailen|contact)",
        ),
        E: grouped(
            r"namens (?:\S+ ){1,10}verzoek(?:en)? (?:ik|wij|we) (?:u|jullie) (?:\S+ ){0,3}(?:zijn"
            r"|haar|hun) (?:\S+ ){0,2}gegevens (?:\S+ ){0,5}te (?:verwijderen|wissen)\b",
            *each(nq("verwijder") + "|wis|vernietig|schrap",
                   r"(?:t|en)? (?:(?:<w>){0,3}<mijn> <gegevens>|(?:<w>){0,4}(?:over|van) <mij>\b"
                   r"|<mij> (?:\S+ ){0,2}(?:uit|van) <db>)"),
            r"haal(?:t)? (?:(?:<w>){0,2}<mijn> (?:\S+ ){0,3}(?:weg|uit|eruit)\b"
            r"|<mij> (?:\S+ ){0,2}(?:uit|van) <db>)",
            r"<mijn> <gegevens> (?:(?:<w>){0,5}(?:te )?(?:verwijderen|wissen|schrappen"
            r"|vernietigen)\b|(?:<w>){0,5}(?:verwijderd|gewist|geschrapt|vernietigd) (?:wordt"
            r"|worden)\b|(?:\S+ ){0,3}(?:mag|mogen|moet|moeten) (?:\S+ ){0,2}(?:weg|verwijderd"
            r"|gewist)\b)",
            *each("alle|al|alles|gegevens|persoonsgegevens|informatie|data|info",
                   r" (?:\S+ ){0,3}(?:over|van) <mij> (?:<w>){0,4}(?:te )?(?:verwijderen|wissen"
                   r"|vernietigen|verwijderd|gewist)\b"),
            r"<mijn> <gegevens> (?:\S+ ){0,2}uit <db> (?:\S+ )?(?:te )?(?:halen|weghalen"
            r"|verwijderen|wissen|schrappen)\b",
            r"<mij> (?:\S+ ){0,2}(?:uit|van) <db> (?:\S+ ){0,2}(?:te )?(?:halen|verwijderen"
            r"|schrappen|wissen|weg)\b",
            *each("wil|wens",
                   r" (?:ik )?(?:dat (?:alles|het|ze|die|dat|<mijn> <gegevens>) (?:\S+ ){0,5}"
                   r"(?:gewist|verwijderd|weg|vernietigd|geschrapt|verdwijnt|verdwijnen)\b"
                   r"|(?:\S+ )?niet (?:meer )?dat <mijn> <gegevens> (?:\S+ ){0,4}(?:staan|staat"
                   r"|bewaard|opgeslagen|voorkomen|voorkomt)\b|(?:\S+ ){0,2}(?:uit|weg uit) <db>)"),
            r"verwijdering van (?:al )?<mijn>",
            r"vergeet <mij>(?! niet)",
        ),
        A: grouped(
            r"inzage (?:in <mijn> <gegevens>|(?:in )?(?:\S+ ){0,6}(?:van|over) <mij>\b)",
            *each("verzoek|vraag|wil|wens|graag",
                   r" (?:om |graag )?(?:een )?(?:volledige )?inzage"),
            *each("stuur|geef|toon|bezorg|mail",
                   r"(?:t)? <mij> (?:\S+ ){0,3}(?:kopie|overzicht|lijst|<mijn> <gegevens>)"),
            r"hoe (?:(?:komt|komen|kom|kwam|kwamen|zijn|bent) <u> (?:\S+ ){0,2}(?:aan"
            r"|bij) (?:<mijn> <gegevens>|<mij>|(?:dit|dat) (?:\w+ )?(?:adres|nummer|e-?mailadres"
            r"|mailadres|gsm\w*|e-?mail))|lang (?:\S+ ){0,2}<mijn> <gegevens>)",
            r"waar (?:halen|haalt|haal|hebben|heeft|heb|hebt|had|hadden) <u> (?:\S+ ){0,2}<mijn>"
            r" <gegevens> (?:\S+ ){0,2}(?:vandaan|gekregen|verkregen|gekocht)",
            *each("hebben|heeft|heb|hebt|had|hadden",
                   r" <u> (?:<mijn> (?:\S+ ){0,5}(?:gekocht|vandaan|verkregen)"
                   r"|(?:\w+ ){0,2}(?:gegevens|informatie|info|data) (?:van|over) <mij>)\b<nodig>"),
            *each("bron|waar|wie", r" <u> <mijn> (?:\S+ ){0,7}(?:verkregen|gekregen|gekocht"
                   "|vandaan)"),
            r"van wie <u> (?:die|dat|ze|het|<mijn> <gegevens>) (?:\S+ )?(?:hebt|heeft|hebben"
            r"|gekregen|gekocht)",
            r"wie heeft <u> <mijn>",
            r"van wie (?:hebben|heeft|hebt|heb|kregen|kreeg|kocht|kochten) <u> <mijn>",
            r"met wie <u> (?:ze|die|het|<mijn> <gegevens>) (?:\S+ )?gedeeld",
            r"welke (?:\w+ )?(?:gegevens|informatie|info|data|persoonsgegevens) (?:\S+ ){0,4}(?:van"
            r"|over) <mij>\b<nodig>",
            r"wat (?:(?:hebben|heeft|hebt|weten|weet|staat|bewaren|bewaart|verwerken"
            r"|verwerkt) (?:\S+ ){0,4}(?:over|van) <mij>\b<nodig>|(?:\S+ ){0,5}(?:over"
            r"|van) <mij> (?:\S+ ){0,3}(?:bewaren|bewaart|hebben|heeft|hebt|weten|weet|staat"
            r"|opgeslagen|verzameld|bijhouden|bijhoudt|verwerken|verwerkt)\b)",
            *each("overzicht|kopie(?<!machineleesbare\\skopie)",
                   r" van (?:(?:\S+ ){0,6}(?:van|over) <mij>\b|<mijn>)"),
            *each("sinds wanneer|waarom|hoelang",
                   r" (?:(?:hebben|heeft|hebt|bewaren|bewaart|bewaar|gebruiken|gebruikt) <u> <mijn>"
                   r"|(?:sta|zit|ben) ik (?:\S+ ){0,2}(?:op|in)\b)"),
            *each("op|in", r" welke (?:\w+ )?(?:lijst|lijsten|bestand|database) (?:sta|zit"
                   "|ben) ik"),
            r"aan welke (?:\S+ ){0,3}<u> (?:<mij>|<mijn>) (?:\S+ ){0,4}(?:doorgegeven|verkocht"
            r"|gegeven|verstrekt|gedeeld)",
            r"een kopie van <mijn> <gegevens>",
        ),
    },
    weak={
        A: (r"recht (?:op|van) inzage", r"inzageverzoek(?:en)?", r"inzagerecht"),
        E: (r"recht op (?:vergetelheid|verwijdering|gegevenswissing|vergeten te worden)",
            r"verwijderverzoek(?:en)?"),
        RC: (r"recht op (?:rectificatie|correctie|verbetering)",),
        RS: (r"recht op beperking(?: van (?:de )?verwerking)?",),
        P: (r"recht op (?:(?:data|gegevens)portabiliteit|overdraagbaarheid)",
            r"dataportabiliteit", r"gegevensportabiliteit"),
        O: (r"recht (?:op|van) bezwaar", r"bezwaar tegen (?:de )?(?:verwerking|direct marketing)"),
        W: (r"toestemming (?:in ?trekken|intrekken)", r"intrekking van (?:de |uw )?toestemming"),
    },
    cues=(
        r"ik (?:verzoek|vraag|eis|wil|wens|maak gebruik)", r"hierbij", r"verzoek (?:ik|u)",
        r"mijn (?:recht|verzoek)", r"graag", r"gelieve",
    ),
    bare=(r"afmelden", r"uitschrijven", r"stop"),
)
