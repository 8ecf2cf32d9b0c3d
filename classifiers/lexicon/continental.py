"""Phrase data for German, Dutch and French.

Explicit-mention layer; the pattern dialect is described in classifiers.mention_lexicon.
"""

from __future__ import annotations

from classifiers.lexicon.base import RC, RS, A, E, LanguageLexicon, O, P, W

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
