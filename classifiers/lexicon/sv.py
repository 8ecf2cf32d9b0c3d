"""Swedish phrase data for the explicit-mention layer.

The pattern dialect is described in classifiers.mention_lexicon; the phrases' shape and their
literal-first grouping in classifiers.lexicon.nordic_patterns.
"""

from __future__ import annotations

from classifiers.lexicon.base import RC, RS, A, E, LanguageLexicon, O, P, W
from classifiers.lexicon.nordic_patterns import fast

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
        RS: fast(
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
        P: fast(
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
        W: fast(
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
        RC: fast(
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
        O: fast(
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
        E: fast(
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
        A: fast(
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
        A: fast(r"rätt(?:en)? till (?:tillgång|insyn|registerutdrag)", r"registerutdrag",
                 r"rätt(?:en)? att få (?:information|veta|tillgång|en kopia)",
                 r"hur länge (?:sparar|lagrar) <ni>"),
        E: fast(r"rätt(?:en)? att bli (?:bortglömd|glömd)", r"rätt(?:en)? till radering"),
        RC: fast(r"rätt(?:en)? till rättelse",),
        RS: fast(r"rätt(?:en)? till begränsning(?: av behandling(?:en)?)?",
                  r"begränsning av behandling(?:en)?"),
        P: fast(r"rätt(?:en)? till dataportabilitet(?:en)?", r"dataportabilitet(?:en)?"),
        O: fast(r"rätt(?:en)? att invända", r"invändning mot (?:behandling|direktmarknadsföring)"),
        W: fast(r"återkall(?:a|ande|else) (?:av )?(?:ett |sitt )?samtycke",),
    },
    cues=(
        r"jag (?:härmed )?(?:begär|ber|kräver|vill|önskar|utnyttjar|åberopar)", r"härmed",
        r"min (?:rätt|begäran)", r"vänligen",
    ),
    bare=(r"avregistrera(?: mig)?", r"stopp?", r"ta bort mig", r"avsluta prenumeration(?:en)?",
          r"avsluta", r"unsubscribe"),
)
