"""German phrase data for the explicit-mention layer.

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

_DE_EINW = "einwilligung|einwilligungen|zustimmung|einverständnis|erlaubnis|consent|opt-in|optin"
_DE_CONN = "bitte|also|und|aber|auch|einfach|dann|jetzt"

DE = LanguageLexicon(
    code="de",
    slots={
        "meine": r"mein(?:e[rnms]?)?",
        # One optional adjective ("meine private Handynummer"), then a data noun; compounds
        # (Kontaktdaten, Privatadresse, Benutzerkonto, Kanzlei-E-Mail) through the prefix.
        "daten": r"(?:[\w-]+(?:e|en|er|es|em) )?(?!zugangs|login|anmelde|passwort|kennwort"
        r"|bank|rechnungs|liefer)(?:[\w-]*(?:daten|nummer|nummern|adresse|adressen|angaben"
        r"|informationen|infos?|profile?|profils|konto|kontos|account|eintrag|einträge|eintrags"
        r"|datensatz|datensätze|datensatzes|unterlagen|notizen|kontakt|kontakts|kontaktes|namen?"
        r"|namens|durchwahl|e-?mail|anschrift|geburtstag|geburtsdatum|visitenkarte)|mail ?adresse"
        r"|nr)",
        # Fields a writer corrects (rectification).
        "feld": r"(?:[\w-]+(?:e|en|er|es) )?[\w-]*(?:titel|bezeichnung|position|funktion|namen?"
        r"|adresse|nummer|durchwahl|daten|angaben|firma|firmenname|arbeitgeber|abteilung"
        r"|schreibweise|anrede|geburtsjahr|geburtsdatum|eintrag|datensatz|rolle|e-?mail|anschrift)",
        # Records that can be "gesperrt" in the restriction sense (a blocked number is R70).
        "rdaten": r"(?:[\w-]+(?:e|en|er|es|em) )?[\w-]*(?:daten|angaben|informationen|profil"
        r"|konto|account|eintrag|einträge|datensatz|kontakt|kontakts|unterlagen|notizen)",
        "ich": r"(?:mir|mich|meiner person|meine person)",
        "sie": r"(?:sie|ihr|du)",
        # Mailing lists (removal = objection, R70) ...
        "liste": r"(?:ihrer|ihren|ihrem|ihre|eurer|euren|eurem|eure|deiner|deinem|deine|der|dem"
        r"|den|die|allen|sämtlichen|jeder|jedem|dieser|diesem|diese"
        r"|jeglichen)(?: [\w-]+){0,2} [\w-]*(?:liste|listen|verteiler|verteilern|verteilers"
        r"|newsletter|newsletters|mailing|mailings)",
        # ... databases and registers (removal = erasure).
        "db": r"(?:ihrer|ihren|ihrem|eurer|euren|eurem|deiner|deinem|der|dem|den|allen"
        r"|sämtlichen|jeder|jedem|dieser|diesem|jeglichen)(?: [\w-]+(?:e|en|er|es"
        r"|em))? [\w-]*(?:datenbank|datenbanken|system|systemen|systems|crm|register|registern"
        r"|kartei|karteien|bestand|beständen|datei|dateien|verzeichnis|verzeichnissen|akten"
        r"|unterlagen)",
        # A file format within a few words: a copy "als CSV" is portability, not access.
        "fmt": r"(?:\S+ ){0,6}(?:als|in|im) (?:einer? |einem )?(?:[\w-]+ )?(?:csv|json|excel"
        r"|xlsx?|xml|[\w-]*datei|maschinenlesbar\w*|export|format)\b",
        "einw": rf"(?:{_DE_EINW})",
        "auskunft": r"(?:hiermit |daher |deshalb |nun |gerne? )?(?:eine |die )?(?:vollständige "
        r"|elektronische |kostenlose |schriftliche )?(?:auskunft|selbstauskunft|datenauskunft)",
        # Filler between an imperative and its negation: "ruft mich auch sonst nicht mehr an".
        "fill": r"(?:(?:mich|uns|bitte|doch|einfach|also|endlich|künftig|zukünftig|auch|sonst"
        r"|ab sofort|gefälligst|jetzt|hier|mir) ){0,3}",
        # A word that is not a negation, for gaps ("löschen Sie bitte nicht ..." must not count).
        "w": r"(?!(?:nicht|nichts|nix|nie|kein\w*)\b)[\w-]+,? ",
        # A gap word that is not a need/receive verb: "Welche Unterlagen benötigen Sie von mir?",
        # "Haben Sie die Daten von mir erhalten?" are business questions, not access requests.
        "g": r"(?!(?:benötig|brauch|bräucht|wünsch|erwart|m(?:ö|oe)cht|woll|will|fehl|erhalt"
        r"|bekomm|geschickt|gesendet)\w*\b)\S+ ",
        "nobedarf": r"(?! (?:\S+ ){0,3}(?:erhalten|bekommen|benötig\w*|gebraucht|gesendet"
        r"|geschickt)\b)",
        "w2": r"(?!(?:nicht|nichts|nix|nie|kein\w*|aus|von|in)\b)[\w-]+,? ",
        # End of the request: sentence end or a closing word. "keine Anrufe, keine Mails an die
        # Liste" (a client) must not end after "Anrufe", so a bare comma does not count here ...
        "end": r"(?=\s*(?:[.!;)]|$|,?\s*(?:und|oder|danke|bitte|sonst|lg|gruß|mfg|vg|merci)\b))",
        # ... but does after an imperative addressed to the company ("Rufen Sie mich nicht an,").
        "end2": r"(?=\s*(?:[.!;,)]|$|(?:und|oder|sonst|danke|bitte)\b))",
        "nie": r"(?:nie wieder|nie mehr|nicht mehr|nimmer)",
        "stopverb": r"(?:anrufen|schreiben|mailen|anschreiben|kontaktieren|belästigen|stören"
        r"|zuschicken|schicken|zusenden)",
        "kanal": r"(?:weiteren? |mehr )?(?:[\w-]*mails?|[\w-]*anrufe|werbung|newsletter"
        r"|kontaktaufnahme|nachrichten|rückrufe|einladungen|angebote|umfragen|sms"
        r"|[\w-]*akquise)(?: mehr)?(?: (?:an|bei|für|auf) (?:mich|mir|diese|meine)(?: \S+)?"
        r"| von (?:ihnen|euch))?",
        "loeschen": r"(?:l(?:ö|oe)sche?n|entfernen|vernichten|tilgen)",
        "geloescht": r"(?:gel(?:ö|oe)scht|entfernt|vernichtet|getilgt)",
    },
    strong={
        RS: grouped(
            r"einschränkung der (?:verarbeitung|nutzung) <meine> <daten>",
            *each("schränken|sperren|beschränken|pausieren|einfrieren|blockieren",
                   r" sie (?:bitte )?(?:\S+ ){0,3}<meine> <rdaten>"),
            r"<meine> <rdaten> (?:(?:\S+ ){0,6}(?:zu )?(?:sperren|einschränken|beschränken"
            r"|pausieren|einfrieren|archivieren|auf eis (?:zu )?legen|ruhen (?:zu )?lassen)"
            r"|(?:\S+ ){0,3}(?:gesperrt bleiben|eingeschränkt werden|pausiert|eingefroren"
            r"|sperrvermerk)|(?:\S+ ){0,3}(?:vorerst|vorläufig|erstmal|erst mal|einstweilen"
            r"|bis auf weiteres|im moment|momentan|derzeit|zunächst|vorübergehend) (?:nicht"
            r"|nicht mehr|für nichts) (?:zu )?(?:nutzen|verwenden|benutzen|verarbeiten"
            r"|weitergeben))",
            r"<meine> <daten> (?:(?:bitte )?nicht (?:zu )?l(?:ö|oe)schen"
            r"|nur (?:noch )?(?:aufbewahren|speichern|aufheben))",
            r"sperrung <meine> <daten>",
            sent("bitte") + r" um (?:die )?(?:sperrung|einschränkung)<end>",
            *each("löschen|loeschen|entfernen",
                   r" sie <meine> <daten> (?:bitte )?(?:aber )?(?:auch )?nicht"),
            # "nicht löschen, aber auch nicht mehr nutzen" and the reverse order.
            r"ni(?:cht|x|chts) (?:\S+ ){0,2}l(?:ö|oe)schen,? (?:\S+ ){0,3}(?:aber|sondern|jedoch"
            r"|nur) (?:\S+ ){0,4}(?:nicht|nix|nichts|keine)\b",
            *each("nicht|nix|nichts|keine",
                   r" (?:\S+ ){0,4}(?:nutzen|benutzen|verwenden|verarbeiten|weitergeben|anrufen"
                   r"|machen),? (?:(?:\S+ ){0,4}(?:aber|und|jedoch) (?:\S+ ){0,3}(?:nicht|nix"
                   r"|nichts) (?:\S+ ){0,2}l(?:ö|oe)schen|(?:\S+ ){0,2}bis (?:zur|zum|die|das|ich"
                   r"|mein|meine|sie|der|ihr)\b)"),
            r"weder l(?:ö|oe)schen noch",
            r"l(?:ö|oe)schen (?:sollen|dürfen|müssen) (?:sie|ihr) (?:\S+ ){0,2}(?:nichts|nicht)\b",
            r"ich (?:m(?:ö|oe)chte|will) (?:\S+ ){0,2}nicht gel(?:ö|oe)scht werden",
            *each("aufbewahren|aufheben|archivieren|behalten|speichern",
                   r",? (?:aber |jedoch )?(?:\S+ ){0,3}(?:nichts|nix|nicht) (?:\S+ ){0,3}(?:nutzen"
                   r"|benutzen|verwenden|verarbeiten|machen|anderes)"),
            r"machen sie mit <meine> <rdaten> (?:\S+ ){0,3}nichts",
            # Do not use my data for now / until it is settled.
            *each("nutzen|verwenden|benutzen|verarbeiten",
                   r" (?:sie |ihr )?(?:<meine> <daten> (?:\S+ ){0,3}(?:vorerst|vorläufig|erstmal"
                   r"|erst mal|einstweilen|bis auf weiteres|im moment|momentan|derzeit|zunächst"
                   r"|vorübergehend) (?:\S+ ){0,2}(?:nicht|nichts|keine|für nichts)\b"
                   r"|(?:\S+ ){0,4}(?:für nichts|nicht mehr|nicht),? bis\b)"),
            r"bis zu[rm] (?:\S+ ){0,3}(?:klärung|prüfung|abschluss|entscheidung"
            r"|erledigung) (?:\S+ ){0,5}(?:nicht|nichts|keine)\b",
            # "bis Sie das geprüft haben, ..." is a restriction when the writer's own data follow
            # (a client stopping a campaign "bis Sie das geprüft haben" is not).
            r"bis (?:(?:sie|ihr) (?:das |dies |es |alles )?(?:\S+ ){0,2}(?:geprüft|geklärt"
            r"|korrigiert|berichtigt|überprüft|untersucht)\b|(?:\S+ ){1,5}(?:ist|sind|haben|hat"
            r"|habe),? (?:\S+ ){0,6}(?:nicht|nichts|niemandem|niemanden"
            r"|keinem) (?:\S+ ){0,2}(?:nutzen|verwenden|benutzen|weiter|verarbeiten|verkaufen"
            r"|weitergeben)\b)(?=[^\n]{0,150}?\b(?:mein\w*|mich|mir)\b)",
            r"nicht (?:mehr |weiter )?(?:genutzt|verwendet|benutzt|verarbeitet"
            r"|weitergegeben) werden,? bis\b",
            r"solange (?:(?:\S+ ){1,6}(?:m(?:ö|oe)chte|will|wünsche) ich (?:\S+ )?nicht"
            r"|(?:\S+ ){0,3}nicht (?:\S+ )?(?:geklärt|geprüft|korrigiert|berichtigt))\b",
            *each("verarbeitung|nutzung",
                   r" (?:\S+ ){0,3}auf (?:das |die )?(?:speicherung|aufbewahrung|nötigste"
                   r"|notwendige|notwendigste)"),
        ),
        P: grouped(
            r"<meine> <daten>,? (?:\S+ ){0,8}(?:(?:exportieren|herunterladen|runterladen|downloaden"
            r"|mitnehmen|übertragen)\b|(?:als|im|in) (?:einer? |einem )?(?:[\w-]+ )?(?:csv|json"
            r"|excel|xlsx?|xml|[\w-]*datei|maschinenlesbar\w*|export|format)\b)",
            *each("übertragen|übermitteln|senden|schicken|exportieren",
                   r" (?:sie |ihr )?<meine> <daten> (?:\S+ ){0,3}an (?:einen anderen|ein anderes"
                   r"|eine andere|meinen neuen|einen neuen|meine neue|die neue|den neuen"
                   r"|das neue)"),
            r"<meine> (?:\S+ ){0,12}(?:an|zu) (?:einen anderen|ein anderes|eine andere|meinen neuen"
            r"|einen neuen|meine neue|die neue|den neuen|das neue|meinem neuen) (?:\S+ ){0,2}"
            r"(?:übertragen|übermitteln|senden|schicken|mitnehmen|umziehen|weitergeben"
            r"|weiterleiten)",
            r"übertragung (?:\S+ ){0,2}(?:<meine> <daten>|(?:seiner|ihrer) daten)",
            r"export (?:von |aller )?<meine>",
            r"datenexport(?: (?:von |aller )?<meine>|,? (?:bitte|als|im))",
            r"ich (?:\S+ ){0,10}(?:als (?:[\w-]+ )?(?:csv|json|excel|xlsx?|xml"
            r"|[\w-]*datei)\b (?:\S+ ){0,2}(?:bekommen|erhalten|haben|exportieren|herunterladen"
            r"|runterladen|mitnehmen)|(?:in|im|als) (?:einem |einer )?maschinenlesbar\w*)",
            r"mi(?:r|ch) (?:\S+ ){0,10}(?:in|im|als) (?:einem |einer )?maschinenlesbar\w*",
            r"mir (?:\S+ ){0,2}(?:die |meine |alle |sämtliche )?(?:[\w-]+ )?(?:daten|angaben"
            r"|informationen|einträge|notizen|profil\w*),? (?:\S+ ){0,8}als (?:[\w-]+ )?(?:csv|json"
            r"|excel|xlsx?|xml|[\w-]*datei)\b",
            r"stell(?:en sie|t) mir (?:\S+ ){0,10}(?:als|in) (?:einer? "
            r"|einem )?(?:\S+ )?(?:[\w-]*datei|csv|json|excel|format)\b",
            *each("schicken|senden|exportieren|geben|stellen",
                   r" (?:sie |ihr )?mir (?:\S+ ){0,3}(?:alles|die daten|daten),? (?:die "
                   r"|was )ich (?:\S+ ){0,8}(?:angegeben|eingegeben|hinterlegt|hochgeladen"
                   r"|eingetragen|bereitgestellt)"),
            r"format,? (?:das|die|welches) ich (?:\S+ ){0,5}(?:importieren|einlesen|hochladen"
            r"|öffnen|weiterverwenden)",
            *each("bekomme|erhalte|kriege",
                   r" ich <meine> <daten> (?:\S+ ){0,4}(?:raus|heraus|als|exportiert)\b"),
        ),
        W: grouped(
            r"widerrufe (?:ich )?(?:hiermit )?(?:\S+ ){0,5}<einw>",
            r"ich (?:ziehe|nehme) (?:hiermit )?(?:\S+ ){0,3}<einw> (?:\S+ ){0,8}zurück",
            *each("ziehe|nehme",
                   r" ich (?:hiermit )?(?:\S+ ){0,3}<einw> (?:\S+ ){0,8}zurück"),
            *each(_DE_EINW,
                   r" (?:(?:\S+ ){0,6}(?:(?:nehme|ziehe) ich (?:\S+ ){0,2}zurück|widerrufe ich)"
                   r"|(?:\S+ ){0,2}(?:gilt|besteht) (?:ab sofort |ab heute "
                   r"|ab jetzt )?nicht mehr)"),
            *(sent(word) + r" (?:hiermit )?(?:zurück|zurückgezogen|zurückgenommen|widerrufen)"
              r"<end2>" for word in _DE_EINW.split("|")),
            r"widerruf (?:meiner|der von mir erteilten|aller von mir erteilten|sämtlicher) <einw>",
            r"<meine> <einw> (?:\S+ ){0,4}(?:ist |wird )?(?:hiermit )?(?:widerrufen|zurückgezogen"
            r"|zurückgenommen)",
            *each("betrachten|nehmen",
                   r" sie (?:\S+ ){1,4}als (?:zurückgenommen|widerrufen|zurückgezogen|erloschen"
                   r"|ungültig|nichtig)"),
            # An earlier yes (a ticked box, a sign-up) taken back.
            *each("zugestimmt|eingewilligt|angekreuzt|angeklickt|erlaubt|ja gesagt|einverstanden",
                   r"\b.{0,160}?(?:(?:das|dies|es|diese \w+|die) )?(?:ziehe|nehme|nehm"
                   r"|widerrufe) ich\b"),
            *each("das|dies|es", r" (?:m(?:ö|oe)chte|will) ich (?:hiermit )?widerrufen"),
            *each("ich (?:habe|hatte|hab)|ha(?:be|tte|b) ich",
                   r" (?:mich )?(?:<w>){0,6}(?:angemeldet|eingetragen|bestellt|abonniert"
                   r"|registriert)\b.{0,120}?(?:(?:will|m(?:ö|oe)chte) (?:\S+ ){0,2}(?:nicht mehr"
                   r"|nimmer|nich mehr)(?! teilnehmen| kommen| dabei)"
                   r"|melden sie mich (?:\S+ ){0,2}ab|bitte (?:abmelden|austragen|abbestellen))"),
            *each("ich kündige|kündige ich",
                   r" (?:hiermit )?(?:den|das|meinen|mein|ihren|euren) (?:[\w-]+ )?(?:newsletter"
                   r"|abo|abonnement)"),
            r"bitte (?:\S+ ){0,2}newsletter(?:-?abo)? (?:\S+ ){0,2}(?:abbestellen|kündigen)",
            r"newsletter(?:-?abo)? (?:\S+ ){0,2}(?:abbestellen|kündigen),? (?:bitte|danke)",
            *each("ich m(?:ö|oe)chte|ich will|m(?:ö|oe)chte ich|will ich",
                   r" (?:\S+ ){0,3}newsletter(?:-?abo)? (?:\S+ ){0,2}(?:abbestellen|kündigen"
                   r"|abmelden|nicht mehr)"),
        ),
        RC: grouped(
            r"ich bin (?:\S+ ){0,5}nicht mehr (?:\S+ ){0,5}sondern\b",
            r"seit (?:\S+ ){1,3}bin ich (?:\S+ ){1,4}bei\b",
            *each("korrigieren|korrigiert|berichtigen|berichtigt|aktualisieren|aktualisiert"
                   "|ändern|ändert|aendern|aendert|ersetzen|ersetzt|tauschen|passen",
                   r" (?:sie |ihr )?(?:bitte |doch |endlich |umgehend )?(?:<meine> <feld>|(?:ihre"
                   r"|eure) (?:[\w-]+ )?(?:daten|angaben|stammdaten|einträge|unterlagen|kartei"
                   r"|datensätze|datensatz)\b|(?:das|dies|es) (?:bitte )?(?:in|bei) (?:ihren|ihrem"
                   r"|ihrer|euren|eurem|eurer) )"),
            r"<meine> (?:<feld> (?:(?:\S+ ){0,3}(?:zu )?(?:korrigieren|berichtigen|aktualisieren"
            r"|ändern|anpassen|ersetzen|richtigstellen|austauschen|vervollständigen)\b"
            r"|(?:\S+ ){0,4}(?:ist|sind|war|waren|wird|werden|stimmt"
            r"|stimmen) (?:\S+ ){0,2}(?:falsch|fehlerhaft|veraltet|unrichtig|unvollständig"
            r"|unzutreffend|nicht (?:mehr )?(?:korrekt|richtig|aktuell|gültig|vollständig))"
            r"|(?:\S+ ){0,2}(?:falsch|fehlerhaft|unrichtig|verkehrt)(?: geschrieben| eingetragen"
            r"| hinterlegt)?\b|wird (?:\S+ ){1,4}geschrieben\b|schreibt sich (?:mit|ohne)\b|(?:ist"
            r"|lautet|schreibt sich|heißt) [^\s,.]+(?: [^\s,.]+){0,2}(?:,| und) nicht\b"
            r"|(?:\S+ ){0,2}(?:gibt es nicht mehr|existiert nicht mehr|ist nicht mehr (?:gültig"
            r"|aktuell|vergeben)))|(?:neue|neuen|neuer|neues|richtige|richtigen|korrekte|korrekten"
            r"|aktuelle|aktuellen) <feld> (?:(?:ist|lautet|wäre)\b|(?:\S+ ){0,4}(?:ein|eintragen"
            r"|übernehmen|hinterlegen|aufnehmen)\b)|(?:alte|alten|bisherige"
            r"|bisherigen) <feld> (?:\S+ ){0,2}(?:gibt es nicht mehr|existiert nicht mehr"
            r"|ist nicht mehr (?:gültig|aktuell|vergeben)))",
            r"berichtigung <meine> <daten>",
            *each("bitte|ersuche|beantrage|verlange",
                   r" (?:ich )?(?:sie )?(?:\S+ )?um (?:die )?(?:berichtigung|richtigstellung"
                   r"|vervollständigung)"),
            r"ich verlange die (?:berichtigung|richtigstellung|vervollständigung)",
            *each("schreiben|haben|führen",
                   r" (?:sie|ihr) <meine> <feld> (?:\S+ ){0,4}(?:falsch|fehlerhaft|veraltet"
                   r"|unrichtig|unvollständig|vertauscht|verwechselt)"),
            r"noch <meine> (?:alte|alten|frühere|früheren|bisherige|bisherigen) <feld>",
            r"die neue (?:lautet|ist):? \S+@",
            *each("verwenden|nutzen|nehmen|benutzen",
                   r" (?:sie |ihr )?(?:\S+ ){0,3}<meine> (?:neue|neuen|aktuelle|aktuellen|richtige"
                   r"|richtigen|korrekte|korrekten) <feld>"),
            r"ich heiße (?:jetzt|nun|seit \S+|mittlerweile|inzwischen|ab sofort)",
            *each("ich bin|ich heiße|es heißt", r" [^\s,.]+(?: [^\s,.]+){0,2}, nicht\b"),
            r"passen sie (?:das|dies|es|den eintrag|die daten) (?:bitte )?bei (?:sich|ihnen"
            r"|euch) an",
            sent("bitte") + r" (?:richtigstellen|richtig stellen|berichtigen)(?: sie das)?<end2>",
            sent("richtigstellen") + "<end2>",
            sent("berichtigen") + r"(?: sie das)?<end2>",
            *each("führen|listen", r" (?:sie|ihr) mich (?:\S+ ){0,2}(?:als|unter)\b"),
            *each("werde|bin",
                   r" ich (?:\S+ ){0,3}als (?:\S+ ){1,4}(?:geführt|gelistet|eingetragen"
                   r"|angesprochen|angeschrieben)\b"),
            r"gehör(?:t|en) (?:\S+ )?nicht (?:mehr )?(?:mir|zu mir)\b",
            *each("entfernen|entfernt|löschen|loeschen|löscht|streichen|streicht",
                   r" (?:sie |ihr )?(?:\S+ ){1,4}(?:aus|von|in) <meine> (?:[\w-]*eintrag"
                   r"|[\w-]*eintrags|datensatz|[\w-]*profil|stammdaten|[\w-]*daten|angaben)\b"),
        ),
        O: grouped(
            *each("möchte|will|wünsche",
                   r" ich (?:\S+ )?nicht mehr (?:von (?:ihnen|euch) )?(?:angerufen|kontaktiert"
                   r"|angeschrieben|angemailt) werden\b"),
            r"nein\. (?:aufhören|stopp?|schluss)\b",
            *each("diese|ihre|eure",
                   r" (?:anrufe|mails|e-mails|werbemails|newsletter) (?:möchte|will) ich"
                   r" (?:nicht|nicht mehr|nie wieder)\b"),
            *each("anrufe|mails|e-mails",
                   r" (?:\S+ ){0,2}können sie sich (?:\S+ ){0,2}sparen\b"),
            # Stop contacting me.
            *each("ruf(?:en sie|t)?|schreib(?:en sie|t)?",
                   r" <fill>(?:nicht|nie|nimmer) (?:(?:mehr|wieder|weiter"
                   r"|länger) (?:\S+ ){0,3})?an<end2>"),
            *each("kontaktier(?:en sie|t)?|belästig(?:en sie|t)|mail(?:en sie|t)|stören sie"
                   "|nerv(?:en sie|t)|schreib(?:en sie|t)? mir|schick(?:en sie|t) mir"
                   "|send(?:en sie|et) mir",
                   r" <fill>(?:nicht mehr|nie wieder|nie mehr|nicht wieder|nimmer|nicht weiter"
                   r"|nicht länger|keine \S+ mehr|nichts mehr)"),
            r"mich (?:(?:\S+ ){0,4}(?:nicht mehr|nie wieder|nie mehr|nicht weiter|nicht wieder"
            r"|nimmer|nicht länger) (?:\S+ ){0,4}(?:zu )?(?:kontaktieren|anzurufen|anrufen"
            r"|anschreiben|anzuschreiben|belästigen|anzumailen|anmailen|stören|nerven|anzusprechen"
            r"|ansprechen|verwenden|nutzen)\b|(?:\S+ ){0,2}raus(?:nehmen|streichen|werfen)\b"
            r"|(?:\S+ ){0,3}(?:aus|von) <liste> (?:\S+ ){0,2}(?:zu )?(?:entfernen|streichen|nehmen"
            r"|austragen|runter|raus|l(?:ö|oe)schen|abmelden|herausnehmen)\b"
            r"|in ruhe (?:zu )?lassen)",
            r"uns in ruhe (?:zu )?lassen",
            r"nicht mehr <meine> <daten> (?:\S+ )?(?:anrufen|anschreiben|anmailen|verwenden"
            r"|kontaktieren|nutzen)\b",
            r"ich (?:\S+ ){0,4}nicht (?:mehr |länger |weiter )?(?:\S+ ){0,3}(?:angerufen"
            r"|kontaktiert|angeschrieben|angemailt|belästigt|angesprochen|beworben) (?:zu )?werden",
            r"von keine[mnr]? (?:\S+ ){0,3}(?:mehr )?(?:angerufen|kontaktiert|angeschrieben"
            r"|angemailt) werden",
            # "Bitte nicht mehr anrufen." / "Keine Anrufe mehr." opening a sentence (a client's
            # "folgende Kontakte bitte nicht mehr anrufen" does not).
            *(sent(word) + rf" (?:(?:{_DE_CONN}) ){{0,2}}<nie> (?:\S+ )?<stopverb><end2>"
              for word in _DE_CONN.split("|")),
            sent("nie") + r" (?:wieder|mehr) (?:\S+ )?<stopverb><end2>",
            sent("nicht") + r" mehr (?:\S+ )?<stopverb><end2>",
            sent("nimmer") + r" (?:\S+ )?<stopverb><end2>",
            *(sent(word) + rf" (?:(?:{_DE_CONN}) ){{0,2}}keine <kanal><end>"
              for word in _DE_CONN.split("|")),
            sent("keine") + r" <kanal><end>",
            r"ich untersage",
            sent("bitte") + r" um (?:die )?(?:austragung|streichung|abmeldung)<end>",
            r"ich verbiete",
            r"verbiete ich",
            *each("dürfen|sollen",
                   r" (?:sie |ihr )?<meine> <daten> (?:\S+ ){0,4}nicht (?:mehr "
                   r"|länger )?(?:\S+ ){0,3}(?:verwenden|nutzen|verarbeiten|weitergeben|verkaufen"
                   r"|benutzen)\b"),
            r"<meine> <daten> (?:\S+ ){0,2}(?:aus|von) <liste>",
            r"untersage ich",
            r"ich verbitte mir",
            r"verbitte ich mir",
            r"lass(?:en sie|t)? (?:\S+ ){0,2}(?:mich|uns) (?:\S+ ){0,2}in ruhe",
            r"h(?:ö|oe)r(?:en sie|t)? (?:\S+ ){0,2}(?:auf,? (?:mich|mir|uns"
            r"|<meine> <daten> zu (?:verarbeiten|nutzen|verwenden))|auf damit|damit auf)\b",
            r"aufhören,? (?:mich|mir|uns)\b",
            r"stoppen sie,? <meine> <daten> zu (?:verarbeiten|nutzen|verwenden)",
            r"unterlassen sie (?:\S+ ){0,3}(?:[\w-]*werbung|[\w-]*anrufe|[\w-]*mails"
            r"|kontaktaufnahme)",
            r"stellen sie (?:\S+ ){0,3}(?:an mich|bei mir|mir gegenüber) ein",
            *each("ihre|eure",
                   r" (?:[\w-]*anrufe|[\w-]*mails|[\w-]*werbung|kontaktaufnahmen?"
                   r"|newsletter) (?:\S+ ){0,2}(?:stellen sie|stellt) (?:\S+ ){0,2}ein"),
            # I want no more ... / I do not want ...
            r"ich (?:(?:m(?:ö|oe)chte|will|wünsche|m(?:ö|oe)cht) (?:\S+ ){0,3}(?:keine|keinen|kein"
            r"|keinerlei) (?:\S+ ){0,2}(?:werbung|[\w-]*mails?|[\w-]*anrufe?|newsletter|kontakt\w*"
            r"|nachrichten|angebote|umfragen|spam|rückrufe?|einladungen|infos?|informationen|sms"
            r"|werbemails)\b|(?:m(?:ö|oe)chte|will) (?:\S+ ){0,5}(?:nichts"
            r"|nix) (?:mehr )?(?:\S+ ){0,3}(?:hören|lesen|bekommen|erhalten)\b|(?:m(?:ö|oe)chte"
            r"|will) (?:\S+ ){0,2}nicht (?:mehr )?als (?:lead|leads|kontakt)\b|(?:m(?:ö|oe)chte"
            r"|will) (?:mich )?(?:\S+ ){0,3}(?:abmelden|austragen|abbestellen)\b)",
            *each("m(?:ö|oe)chte ich|will ich",
                   r" (?:mich )?(?:\S+ ){0,3}(?:abmelden|austragen|abbestellen)\b"),
            r"keinen? (?:weiteren? )?(?:[\w-]*mails?|[\w-]*anrufe?|werbung|newsletter|kontakt\w*"
            r"|nachrichten|rückrufe?) (?:mehr )?(?:wünsche|m(?:ö|oe)chte|will|erhalten m(?:ö"
            r"|oe)chte|bekommen m(?:ö|oe)chte)\b",
            *each("will|m(?:ö|oe)chte|wünsche",
                   r",? (?:(?:\S+ ){0,2}dass? (?:die|diese|ihre|eure) (?:[\w-]*anrufe|[\w-]*mails"
                   r"|werbung|nachrichten|kontaktversuche) (?:\S+ ){0,2}aufhören"
                   r"|(?:\S+ ){0,3}(?:vom|von der|von den|aus dem|aus der|von allen"
                   r"|aus allen) [\w-]+ (?:\S+ )?(?:runter|raus)\b|(?:\S+ ){0,2}(?:nicht"
                   r"|nicht mehr) (?:\S+ ){0,2}(?:auf|in) <liste> (?:\S+ )?(?:stehen|sein|bleiben)"
                   r"|(?:\S+ ){0,2}nicht,? (?:\S+ ){0,2}dass? (?:\S+ ){0,3}(?:mich"
                   r"|<meine> <daten>) (?:\S+ ){0,7}(?:weitergeben|weitergegeben|weiterverkaufen"
                   r"|verkaufen|verkauft|vermitteln|vermittelt|bewertet|bewerten|einstufen"
                   r"|profilieren|weiterleiten|weitergeleitet|übermitteln|übermittelt|schicken"
                   r"|senden|geben|liefern|weiterreichen)\b)"),
            # Take me off your list.
            *each("trag(?:en|t)?|meld(?:en|et)?",
                   r" (?:sie |ihr )?<fill>(?:mich|uns) (?:(?:(?!aus\b|von\b)\S+ ){0,5}(?:aus"
                   r"|von) <liste>|(?:\S+ ){0,4}(?:aus|ab)<end2>)"),
            *each("nehm(?:en|t)|nimm|streich(?:en|t)|entfern(?:en|t)|lösch(?:en|t)|loeschen|werf"
                   "(?:en"
                   "|t)"
                   "|mach(?:en|t)|setz(?:en|t)",
                   r" (?:sie |ihr )?<fill>(?:mich|uns) (?:(?!aus\b|von\b)\S+ ){0,5}(?:aus"
                   r"|von) <liste>"),
            *each("entfernen|streichen|nehmen",
                   r" sie (?:bitte )?(?:sofort |umgehend )?(?:mich|uns)(?! (?:\S+ ){0,4}aus"
                   r" <db>)\b"),
            *each("nimm|nehmt|nehmen sie",
                   r" (?:\S+ ){0,2}(?:mich|<meine> <daten>) (?:\S+ ){0,2}raus\b"),
            r"ich (?:\S+ ){1,3}(?:aus|von) <liste> (?:\S+ ){0,2}(?:gestrichen|entfernt|ausgetragen"
            r"|genommen|gelöscht|abgemeldet) (?:werden|haben)",
            *each(sent("bitte") + "|" + sent("nur") + "|" + sent("auch"),
                   r" (?:nur |auch )?(?:(?:runter|raus) (?:von|aus) <liste>|(?:von"
                   r"|aus) <liste> (?:\S+ )?(?:runter|raus|nehmen|streichen|austragen"
                   r"|entfernen)\b)"),
            *each(sent("runter") + "|" + sent("raus"), r" (?:von|aus) <liste>"),
            *each(sent("von") + "|" + sent("aus"),
                   r" <liste> (?:\S+ )?(?:runter|raus|nehmen|streichen|austragen|entfernen)\b"),
            *each("adresse|mailadresse|e-mail-adresse|e-mailadresse|emailadresse|nummer"
                   "|rufnummer|handynummer",
                   r" (?:\S+ ){0,2}aus <liste> (?:\S+ )?(?:nehmen|streichen|entfernen|austragen"
                   r"|l(?:ö|oe)schen)\b"),
            r"<meine> (?:<daten> (?:\S+ ){0,4}auf (?:\S+ ){0,2}sperrliste"
            r"|(?:[\w-]+ )?[\w-]*nummer (?:\S+ ){0,4}(?:zu )?sperren)",
            sent("bitte") + r" (?:austragen|abmelden)<end>",
            sent("austragen") + r",? bitte<end2>",
            sent("abmelden") + r",? bitte<end2>",
            *each("bitte|ersuche",
                   r" (?:ich )?(?:sie )?(?:\S+ )?um (?:die )?(?:streichung|austragung|entfernung"
                   r"|herausnahme|abmeldung)\b"),
            *each("streichung|austragung|herausnahme", r" (?:\S+ ){0,2}(?:aus|von) <liste>"),
            r"opt-?out,? (?:bitte|für mich)",
            # Objection to processing, passing on, profiling.
            r"ich widerspreche",
            r"widerspreche ich",
            *each("ich lege|lege ich|ich erhebe|erhebe ich",
                   r" (?:hiermit )?(?:[\w.]+ ){0,6}widerspruch"),
            *each("geb(?:en|t)|gib|verkauf(?:en|t)|leit(?:en|et)",
                   r" (?:sie |ihr )?<meine> <daten> (?:\S+ ){0,4}(?:nicht|niemandem|niemanden"
                   r"|keinem|keinen) (?:\S+ ){0,4}weiter"),
            *each("keine|gegen die|der", r" weitergabe <meine> <daten>"),
        ),
        E: grouped(
            # Delete my data / delete everything about me / delete me. "Entfernen Sie mich"
            # alone is R70 (objection, above).
            *each(nq("lösch") + "|" + nq("loesch"),
                   r"(?:en|t|e)? (?:(?:sie |ihr )?(?:<w2>){0,3}<meine> <daten>|(?:sie "
                   r"|ihr )?(?:<w>){0,5}(?:über|ueber|zu|bezüglich) <ich>\b|(?:sie )?mich)"),
            *each(nq("entfern") + "|" + nq("vernicht") + "|" + nq("tilg"),
                   r"(?:en|t|e)? (?:(?:sie |ihr )?(?:<w2>){0,3}<meine> <daten>|(?:sie "
                   r"|ihr )?(?:<w>){0,5}(?:über|ueber|zu|bezüglich) <ich>\b|(?:sie "
                   r"|ihr )?(?:<w>){0,3}mich (?:\S+ ){0,4}aus <db>)"),
            r"l(?:ö|oe)schen,? (?:was|die|welche|das) (?:sie|ihr|du) (?:\S+ ){0,2}(?:über|ueber|zu"
            r"|von) <ich>\b",
            *each("streich(?:en|t)|nehm(?:en|t)|werf(?:en|t)",
                   r" (?:sie |ihr )?(?:<w>){0,3}(?:mich|<meine> <daten>) (?:\S+ ){0,4}aus <db>"),
            r"mein(?<!um\smein)(?<!wollten\smein)(?<!sollten\smein)(?<!wollen\smein)(?:e[rnms]?)?"
            r" <daten> (?:(?:<w>){0,5}(?:zu )?(?:<loeschen>|löscht)\b"
            r"|(?:<w>){0,5}<geloescht> (?:werden|wird|haben|sehen|wissen)\b|(?:gehört|gehören|muss"
            r"|müssen|soll|sollen) (?:\S+ ){0,4}gel(?:ö|oe)scht\b)",
            *each("alle[ns]?|sämtliche[ns]?|daten|angaben|informationen|einträge|eintrag"
                   "|datensatz|kontakt|profil",
                   r" (?:\S+ ){0,2}(?:über|ueber|zu|von) <ich> (?:<w>){0,4}(?:zu )?<loeschen>\b"),
            r"keinen? (?:\S+ ){0,2}(?:datensatz|daten|eintrag|einträge|profil"
            r"|angaben) (?:\S+ ){0,2}(?:über|von|zu) (?:mir|mich) (?:\S+ )?(?:gibt|mehr"
            r"|existiert)\b",
            r"l(?:ö|oe)schung (?:(?:aller |sämtlicher |der |für |von )?<meine>(?: <daten>)?(?! "
            r"(?:\S+ ){0,5}(?:nicht|keine)\b)|(?:\S+ ){0,3}(?:über|ueber|zu|von) <ich>\b)",
            *each("bitte|ersuche|verlange|beantrage|fordere",
                   r" ich (?:sie )?(?:\S+ ){0,2}(?:um )?(?:die )?(?:sofortige |umgehende "
                   r"|vollständige |endgültige )?l(?:ö|oe)schung"),
            r"ich (?:\S+ ){0,2}(?:bitte|ersuche|verlange|beantrage"
            r"|fordere) (?:sie )?(?:\S+ ){0,2}(?:um )?(?:die )?(?:sofortige |umgehende "
            r"|vollständige |endgültige )?l(?:ö|oe)schung",
            r"verg(?:essen sie|esst|iss) mich(?! nicht)",
            r"dass? (?:sie|ihr|du) mich (?:\S+ ){0,2}vergess(?:en|t)\b",
            r"weg mit <meine> <daten>",
            # "Bitte um Löschung." as a whole sentence (the same for the other rights below).
            sent("bitte") + r" um (?:die )?(?:sofortige |umgehende |vollständige )?l(?:ö|oe)schung"
            r"<end>",
            *each("dürfen|sollen",
                   r" (?:sie |ihr )?<meine> <daten> (?:\S+ ){0,4}nicht (?:mehr "
                   r"|länger )?(?:\S+ ){0,2}(?:speichern|aufbewahren|behalten)\b"),
            r"mich (?:\S+ ){0,3}(?:aus|von) <db> (?:\S+ ){0,2}(?:zu )?(?:<loeschen>|streichen"
            r"|nehmen|austragen|raus)\b",
            *each("will|m(?:ö|oe)chte|wünsche",
                   r",? (?:(?:\S+ ){0,2}raus aus|(?:\S+ ){0,2}aus <db> (?:\S+ ){0,2}raus\b"
                   r"|(?:\S+ ){0,2}nicht (?:mehr )?(?:\S+ ){0,2}in <db> (?:\S+ ){0,2}(?:stehen"
                   r"|auftauchen|sein|gespeichert|geführt|erscheinen|vorkommen)"
                   r"|(?:\S+ ){0,3}in <db> nicht (?:mehr )?(?:\S+ )?(?:stehen|auftauchen|sein"
                   r"|gespeichert|geführt|erscheinen|vorkommen)|(?:\S+ ){0,10}aus <db> (?:\S+"
                   r" ){0,2}gel(?:ö|oe)scht|(?:\S+ )?dass? (?:die|sie|diese|alle|alles|das"
                   r"|es)(?: alle| auch| sofort| komplett)? <geloescht> (?:werden|wird)"
                   r"|(?:\S+ ){0,2}nicht,? (?:\S+ )?dass (?:\S+ ){0,4}<meine> <daten> (?:\S+ ){0,3}"
                   r"(?:steht|stehen|gespeichert))"),
            r"ich (?:\S+ ){0,3}(?:will|m(?:ö|oe)chte|wünsche) (?:\S+ ){0,2}(?:komplett "
            r"|vollständig |endgültig |sofort )?(?:gel(?:ö|oe)scht|entfernt) (?:werden|haben)",
            *each("d(?:ie|en|as|iese|iesen)|sie|es|alles",
                   r" (?:m(?:ö|oe)chte|will) ich (?:\S+ ){0,2}<geloescht> (?:haben|sehen|wissen)"),
            *each("und|dan(?:n|ach)|anschließend",
                   r",? (?:bitte (?:löschen sie|löscht)|löschen sie) (?:sie|diese|alles"
                   r"|es)(?! (?:\S+ ){0,2}nicht\b)"),
        ),
        A: grouped(
            r"ich (?:\S+ )?(?:verlange|beantrage|fordere|erbitte|m(?:ö|oe)chte|wünsche|bitte um"
            r"|ersuche(?: sie)? um|benötige|brauche) <auskunft>",
            *each("verlange|beantrage|fordere|erbitte|m(?:ö|oe)chte|wünsche|bitte|ersuche|benötige"
                   "|brauche",
                   r" ich(?: sie)?(?: um)? <auskunft>"),
            r"kopie (?:(?:\S+ ){0,5}(?:über|ueber|zu|von) <ich>\b(?! <fmt>)|(?:aller "
            r"|sämtlicher )?(?:\S+ )?<meine> <daten>(?! <fmt>)|(?:aller|sämtlicher"
            r"|der) (?:bei ihnen |über mich |zu mir )?(?:gespeicherten|personenbezogenen"
            r"|verarbeiteten|vorhandenen) (?:daten|angaben|informationen)|(?:\S+ ){0,5}(?:daten"
            r"|einstufung|bewertung|notizen|aufnahme|aufzeichnung|gesprächsnotizen"
            r"|gesprächsaufzeichnung)\b(?! <fmt>))",
            *each("übersicht|aufstellung|auflistung",
                   r" (?:\S+ ){0,5}(?:über|ueber|zu|von) <ich>\b(?! <fmt>)"),
            r"auskunft (?:(?:\S+ ){0,2}(?:über|ueber|zu|bezüglich) (?:<meine>|<ich>)\b|,? bitte"
            r"|(?:darüber,? )?(?:welche|ob) (?:daten|informationen) (?:sie|ihr) (?:über|zu"
            r"|von) mir)",
            r"daten(?:schutz)?auskunft,? bitte",
            r"selbstauskunft,? bitte",
            # Where did you get my data, who gave it to you, why do you have it?
            *each(nq("woher") + "|" + nq("wo") + "|" + nq("wozu") + "|" + nq("wieso") + "|"
                   + nq("wiso") + "|" + nq("weshalb") + "|" + nq("warum") + "|von wem|von wo",
                   r" (?:(?:haben|habt|hast|hat|bekamen|bekommen|kennen|kennt|kennst|stammt|stammen"
                   r"|kommt|kommen|hatten|hattet|erhielten|speichern|sammeln|führen|besitzen|nutzen"
                   r"|verwenden) (?:\S+ ){0,3}<meine> <daten>|(?:sie|ihr"
                   r"|du) (?:\S+ ){0,2}<meine> <daten> (?:\S+ ){0,2}(?:haben|habt|hast|bekommen"
                   r"|erhalten|gekauft|beschafft|erhoben|bezogen|herhaben)|(?:kennen|kennt"
                   r"|kennst) (?:sie|ihr|du) mich|(?:bin|stehe) ich (?:\S+ ){0,2}(?:auf|in|als"
                   r"|bei)\b)"),
            r"aus welcher quelle (?:sie|ihr|du) (?:\S+ ){0,2}<meine> <daten>",
            r"seit wann (?:bin|stehe) ich (?:\S+ ){0,2}(?:auf|in|als|bei)\b",
            *each("von|bei|aus",
                   r" welche[mnr]? (?:\S+ ){0,2}(?:haben|habt|hat|hast) (?:\S+ ){0,2}<meine>"
                   r" <daten>"),
            r"wer (?:(?:hat )?(?:ihnen|euch|dir) (?:\S+ ){0,2}<meine> <daten>|hat (?:sie|die|ihn"
            r"|es) (?:ihnen|euch|dir) (?:\S+ )?(?:gegeben|verkauft|geliefert|weitergegeben|genannt"
            r"|überlassen)|hat mich (?:\S+ ){0,3}(?:eingetragen|gemeldet|angemeldet|empfohlen"
            r"|weitergegeben|verkauft))",
            r"wie (?:(?:sind|seid|bist|kommen|kommt|kamen|kommst) (?:sie|ihr|du) (?:\S+ ){0,2}(?:an"
            r"|auf) (?:<meine> <daten>|mich)\b|lange (?:\S+ ){0,3}<meine> <daten> (?:\S+ ){0,3}"
            r"(?:speichern|aufbewahren|behalten|nutzen|verwenden))",
            r"an (?:wen|welche[nm]?) (?:\S+ ){0,4}<meine> <daten> (?:\S+ ){0,3}(?:weitergegeben"
            r"|weitergereicht|verkauft|übermittelt|gegeben|geliefert|weitergeleitet|gegangen"
            r"|gingen)",
            r"wem (?:\S+ ){0,4}<meine> <daten> (?:\S+ ){0,3}(?:weitergegeben|weitergereicht"
            r"|verkauft|übermittelt|gegeben|geliefert|weitergeleitet)",
            r"ha(?:ben|bt|st) (?:sie|ihr|du) <meine> <daten> (?:\S+ ){0,4}(?:weitergegeben"
            r"|weitergereicht|verkauft|weitergeleitet|übermittelt|geteilt)",
            r"rechtsgrundlage (?:\\S+ ){0,4}<meine> <daten>",
            r"grundlage (?:\S+ ){0,4}<meine> <daten>",
            r"ob ich (?:\S+ ){0,3}gespeichert (?:bin|werde)",
            sent("bitte") + r" um (?:eine )?(?:vollständige )?(?:daten|selbst)?auskunft<end>",
            *each("haben|habt|hast|speichern|speichert|verarbeiten|führen|besitzen",
                   r" (?:sie|ihr|du) (?:(?!(?:die|den|das|diese\w*)\b)<g>){0,2}(?:daten"
                   r"|informationen|angaben|infos) (?:(?:über|ueber|zu) <ich>\b"
                   r"|von <ich>\b<nobedarf>)"),
            *each("daten|informationen|angaben|infos",
                   r" (?:über|ueber|von|zu) <ich> (?:\S+ ){0,2}(?:gespeichert|vorhanden|hinterlegt"
                   r"|erfasst)\b"),
            # What do you have on me?
            r"welche (?:[\w-]+ )?(?:daten|informationen|angaben|infos|einträge|notizen|unterlagen"
            r"|quellen) (?:<g>){0,5}(?:(?:über|ueber|zu) <ich>\b|von <ich>\b<nobedarf>)",
            r"was (?:(?:genau |eigentlich |alles |denn |noch )?(?:haben|habt|hast|wissen|wisst"
            r"|weißt|speichern|speichert|führen|steht|stehen|liegt|sammeln"
            r"|verarbeiten) (?:<g>){0,4}(?:(?:über|ueber|zu) <ich>\b|von <ich>\b<nobedarf>)"
            r"|(?:<g>){0,5}(?:über|ueber|zu|von) <ich> (?:\S+ ){0,6}(?:gespeichert|notiert|haben"
            r"|habt|hast|hat|wissen|wisst|weißt|vorliegt|vorliegen|steht|stehen|führen|gesammelt"
            r"|erfasst|verarbeitet|verarbeiten|speichern|existiert|vorhanden|aufbewahren)\b)",
            r"<meine> <daten> (?:\S+ ){0,2}(?:einsehen|sehen|anschauen|ansehen)\b",
            r"ich (?:m(?:ö|oe)chte|will|würde) (?:(?:gerne? |gern )?(?:die |den |das |meine "
            r"|meinen |alle )?(?:notizen|aufzeichnungen?|aufnahmen?|einträge|eintrag|daten"
            r"|das alles|alles|profil|datensatz|akte)(?: \S+)? (?:sehen|einsehen)\b|(?:jetzt "
            r"|sofort |gerne? |gern )*wissen,? (?:\S+ ){0,3}(?:woher|von wem"
            r"|wer) (?:\S+ ){0,5}(?:mich|mir|<meine>)\b)",
            r"will ich (?:jetzt |sofort |gerne? |gern )*wissen,? (?:\S+ ){0,3}(?:woher|von wem"
            r"|wer) (?:\S+ ){0,5}(?:mich|mir|<meine>)\b",
            *each("auf|in",
                   r" welche[rnm]? (?:[\w-]+ )?[\w-]*(?:liste|listen|datenbank|verteiler|kampagne"
                   r"|kartei|datei|system) (?:stehe|bin|befinde) ich"),
            *each("sagen|teilen|nennen|erklären",
                   r" (?:sie|ihr) mir (?:\S+ ){0,3}(?:woher|von wem|wer (?:ihnen|euch))\b"),
            *each("senden|schicken|geben|zeigen|übermitteln|nennen",
                   r" <sie> mir (?:bitte )?(?:eine (?:kopie|übersicht|aufstellung|liste) (?:meiner"
                   r"|über meine|aller meiner) |<meine> )<daten>(?! <fmt>)"),
        ),
    },
    weak={
        A: (r"recht auf auskunft", r"auskunftsrecht(?:s|es)?", r"auskunftsersuchen",
            r"auskunftsanfragen?", r"wie lange (?:speichern|bewahren) <sie>"),
        E: (r"recht auf (?:löschung|vergessenwerden|vergessen ?werden|vergessen)",
            r"lösch(?:ungs)?(?:antrag|anfrage|ersuchen)"),
        RC: (r"recht auf berichtigung", r"berichtigungsrecht"),
        RS: (r"recht auf einschränkung(?: der verarbeitung)?",
             r"einschränkung der (?:verarbeitung|nutzung)"),
        P: (r"recht auf (?:daten)?übertragbarkeit", r"datenübertragbarkeit"),
        O: (r"widerspruchsrecht", r"recht auf widerspruch",
            r"widerspruch gegen (?:die )?(?:verarbeitung|werbung|direktwerbung|nutzung)"),
        W: (r"widerruf (?:der|einer|ihrer) <einw>", *each(_DE_EINW, r" (?:zu )?widerrufen")),
    },
    cues=(
        r"ich (?:hiermit )?(?:verlange|beantrage|fordere|bitte|m(?:ö|oe)chte|will|wünsche|mache"
        r"|ersuche)", r"hiermit", r"mein(?:es)? rechts?", r"mein(?:en)? antrag",
        r"bitte (?:senden|löschen|schicken|berichtigen|teilen|bestätigen)",
        r"mache ich (?:mein|meine)",
        # German puts the verb before "ich" after a fronted phrase: "Gemäß Art. 15 verlange ich".
        r"(?:verlange|beantrage|fordere|bitte|m(?:ö|oe)chte|ersuche|widerrufe|widerspreche) ich",
        r"verlange|beantrage|fordere|ersuche",
    ),
    bare=(r"abmelden", r"austragen", r"abbestellen", r"stopp?", r"bitte austragen",
          r"opt-?out", r"(?:bitte )?aus (?:dem |allen |ihrem |eurem )?verteilern? (?:nehmen"
          r"|streichen|austragen|entfernen)"),
)
