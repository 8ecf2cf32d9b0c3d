"""Phrase data for German, Dutch and French.

Explicit-mention layer; the pattern dialect is described in classifiers.mention_lexicon.

Speed: the scan tries every phrase at every word start. sre dismisses a phrase with a single
comparison only when its first item is a literal (or a character class); a leading group of
alternatives, an optional word or a look-behind costs a full attempt at every position
(measured ~10x more). So every phrase here starts with a literal word: leading alternatives are
spelled out with ``_each``, the "start of a sentence" and "not inside a quotation" checks are
look-behinds placed *after* the first word (``_sent``, ``_nq``), phrases of one right that share
their first part (``<meine> <daten> ...``) are written as one phrase, and ``_grouped`` merges
the phrases of a right that start with the same letter. The scan of the German corpus texts
costs about 1.3x the old, much smaller lexicon; without these rules it cost 5x.
"""

from __future__ import annotations

from classifiers.lexicon.base import RC, RS, A, E, LanguageLexicon, O, P, W
from classifiers.lexicon.regex_tools import top_level_alternatives


def _each(firsts: str, rest: str) -> tuple[str, ...]:
    """One phrase per top-level alternative of ``firsts``, each followed by ``rest``."""
    return tuple(first + rest for first in top_level_alternatives(firsts))


def _grouped(*phrases: str) -> tuple[str, ...]:
    """The phrases, with those starting with the same letter merged into one "x(?:...|...)"
    phrase: same matches in the same order, but the scan dismisses the group with one
    comparison instead of one per phrase."""
    groups: dict[str, list[str]] = {}
    for phrase in phrases:
        plain = phrase[0].isalpha() and phrase[1:2] not in ("?", "*", "+", "{")
        groups.setdefault(phrase[0] if plain else phrase, []).append(phrase)
    return tuple(
        members[0] if len(members) == 1 else key + "(?:" + "|".join(m[1:] for m in members) + ")"
        for key, members in groups.items()
    )


def _sent(word: str) -> str:
    """``word`` (plain letters) opening a sentence or line: no other word before it on the same
    line, except a "danke"/"thanks"-like closing word ("nein danke, bitte keine Anrufe")."""
    return (
        rf"{word}(?:(?<!\w[^\S\n]{word})|(?<=danke[^\S\n]{word})|(?<=nein[^\S\n]{word})"
        rf"|(?<=merci[^\S\n]{word})|(?<=bedankt[^\S\n]{word}))"
    )


def _nq(word: str) -> str:
    """``word`` (plain letters) not opening a quotation: a newsletter quoting "Löschen Sie meine
    Daten" or « retirez-moi de votre liste » is not a request."""
    return (
        rf'{word}(?<!["\'„“”‚«»]{word})(?<!«[^\S\n]{word})'
        rf'(?<!["\'„“”‚«»]bitte[^\S\n]{word})'
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
        RS: _grouped(
            r"einschränkung der (?:verarbeitung|nutzung) <meine> <daten>",
            *_each("schränken|sperren|beschränken|pausieren|einfrieren|blockieren",
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
            _sent("bitte") + r" um (?:die )?(?:sperrung|einschränkung)<end>",
            *_each("löschen|loeschen|entfernen",
                   r" sie <meine> <daten> (?:bitte )?(?:aber )?(?:auch )?nicht"),
            # "nicht löschen, aber auch nicht mehr nutzen" and the reverse order.
            r"ni(?:cht|x|chts) (?:\S+ ){0,2}l(?:ö|oe)schen,? (?:\S+ ){0,3}(?:aber|sondern|jedoch"
            r"|nur) (?:\S+ ){0,4}(?:nicht|nix|nichts|keine)\b",
            *_each("nicht|nix|nichts|keine",
                   r" (?:\S+ ){0,4}(?:nutzen|benutzen|verwenden|verarbeiten|weitergeben|anrufen"
                   r"|machen),? (?:(?:\S+ ){0,4}(?:aber|und|jedoch) (?:\S+ ){0,3}(?:nicht|nix"
                   r"|nichts) (?:\S+ ){0,2}l(?:ö|oe)schen|(?:\S+ ){0,2}bis (?:zur|zum|die|das|ich"
                   r"|mein|meine|sie|der|ihr)\b)"),
            r"weder l(?:ö|oe)schen noch",
            r"l(?:ö|oe)schen (?:sollen|dürfen|müssen) (?:sie|ihr) (?:\S+ ){0,2}(?:nichts|nicht)\b",
            r"ich (?:m(?:ö|oe)chte|will) (?:\S+ ){0,2}nicht gel(?:ö|oe)scht werden",
            *_each("aufbewahren|aufheben|archivieren|behalten|speichern",
                   r",? (?:aber |jedoch )?(?:\S+ ){0,3}(?:nichts|nix|nicht) (?:\S+ ){0,3}(?:nutzen"
                   r"|benutzen|verwenden|verarbeiten|machen|anderes)"),
            r"machen sie mit <meine> <rdaten> (?:\S+ ){0,3}nichts",
            # Do not use my data for now / until it is settled.
            *_each("nutzen|verwenden|benutzen|verarbeiten",
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
            *_each("verarbeitung|nutzung",
                   r" (?:\S+ ){0,3}auf (?:das |die )?(?:speicherung|aufbewahrung|nötigste"
                   r"|notwendige|notwendigste)"),
        ),
        P: _grouped(
            r"<meine> <daten>,? (?:\S+ ){0,8}(?:(?:exportieren|herunterladen|runterladen|downloaden"
            r"|mitnehmen|übertragen)\b|(?:als|im|in) (?:einer? |einem )?(?:[\w-]+ )?(?:csv|json"
            r"|excel|xlsx?|xml|[\w-]*datei|maschinenlesbar\w*|export|format)\b)",
            *_each("übertragen|übermitteln|senden|schicken|exportieren",
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
            *_each("schicken|senden|exportieren|geben|stellen",
                   r" (?:sie |ihr )?mir (?:\S+ ){0,3}(?:alles|die daten|daten),? (?:die "
                   r"|was )ich (?:\S+ ){0,8}(?:angegeben|eingegeben|hinterlegt|hochgeladen"
                   r"|eingetragen|bereitgestellt)"),
            r"format,? (?:das|die|welches) ich (?:\S+ ){0,5}(?:importieren|einlesen|hochladen"
            r"|öffnen|weiterverwenden)",
            *_each("bekomme|erhalte|kriege",
                   r" ich <meine> <daten> (?:\S+ ){0,4}(?:raus|heraus|als|exportiert)\b"),
        ),
        W: _grouped(
            r"widerrufe (?:ich )?(?:hiermit )?(?:\S+ ){0,5}<einw>",
            r"ich (?:ziehe|nehme) (?:hiermit )?(?:\S+ ){0,3}<einw> (?:\S+ ){0,8}zurück",
            *_each("ziehe|nehme",
                   r" ich (?:hiermit )?(?:\S+ ){0,3}<einw> (?:\S+ ){0,8}zurück"),
            *_each(_DE_EINW,
                   r" (?:(?:\S+ ){0,6}(?:(?:nehme|ziehe) ich (?:\S+ ){0,2}zurück|widerrufe ich)"
                   r"|(?:\S+ ){0,2}(?:gilt|besteht) (?:ab sofort |ab heute "
                   r"|ab jetzt )?nicht mehr)"),
            *(_sent(word) + r" (?:hiermit )?(?:zurück|zurückgezogen|zurückgenommen|widerrufen)"
              r"<end2>" for word in _DE_EINW.split("|")),
            r"widerruf (?:meiner|der von mir erteilten|aller von mir erteilten|sämtlicher) <einw>",
            r"<meine> <einw> (?:\S+ ){0,4}(?:ist |wird )?(?:hiermit )?(?:widerrufen|zurückgezogen"
            r"|zurückgenommen)",
            *_each("betrachten|nehmen",
                   r" sie (?:\S+ ){1,4}als (?:zurückgenommen|widerrufen|zurückgezogen|erloschen"
                   r"|ungültig|nichtig)"),
            # An earlier yes (a ticked box, a sign-up) taken back.
            *_each("zugestimmt|eingewilligt|angekreuzt|angeklickt|erlaubt|ja gesagt|einverstanden",
                   r"\b.{0,160}?(?:(?:das|dies|es|diese \w+|die) )?(?:ziehe|nehme|nehm"
                   r"|widerrufe) ich\b"),
            *_each("das|dies|es", r" (?:m(?:ö|oe)chte|will) ich (?:hiermit )?widerrufen"),
            *_each("ich (?:habe|hatte|hab)|ha(?:be|tte|b) ich",
                   r" (?:mich )?(?:<w>){0,6}(?:angemeldet|eingetragen|bestellt|abonniert"
                   r"|registriert)\b.{0,120}?(?:(?:will|m(?:ö|oe)chte) (?:\S+ ){0,2}(?:nicht mehr"
                   r"|nimmer|nich mehr)(?! teilnehmen| kommen| dabei)"
                   r"|melden sie mich (?:\S+ ){0,2}ab|bitte (?:abmelden|austragen|abbestellen))"),
            *_each("ich kündige|kündige ich",
                   r" (?:hiermit )?(?:den|das|meinen|mein|ihren|euren) (?:[\w-]+ )?(?:newsletter"
                   r"|abo|abonnement)"),
            r"bitte (?:\S+ ){0,2}newsletter(?:-?abo)? (?:\S+ ){0,2}(?:abbestellen|kündigen)",
            r"newsletter(?:-?abo)? (?:\S+ ){0,2}(?:abbestellen|kündigen),? (?:bitte|danke)",
            *_each("ich m(?:ö|oe)chte|ich will|m(?:ö|oe)chte ich|will ich",
                   r" (?:\S+ ){0,3}newsletter(?:-?abo)? (?:\S+ ){0,2}(?:abbestellen|kündigen"
                   r"|abmelden|nicht mehr)"),
        ),
        RC: _grouped(
            r"ich bin (?:\S+ ){0,5}nicht mehr (?:\S+ ){0,5}sondern\b",
            r"seit (?:\S+ ){1,3}bin ich (?:\S+ ){1,4}bei\b",
            *_each("korrigieren|korrigiert|berichtigen|berichtigt|aktualisieren|aktualisiert"
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
            *_each("bitte|ersuche|beantrage|verlange",
                   r" (?:ich )?(?:sie )?(?:\S+ )?um (?:die )?(?:berichtigung|richtigstellung"
                   r"|vervollständigung)"),
            r"ich verlange die (?:berichtigung|richtigstellung|vervollständigung)",
            *_each("schreiben|haben|führen",
                   r" (?:sie|ihr) <meine> <feld> (?:\S+ ){0,4}(?:falsch|fehlerhaft|veraltet"
                   r"|unrichtig|unvollständig|vertauscht|verwechselt)"),
            r"noch <meine> (?:alte|alten|frühere|früheren|bisherige|bisherigen) <feld>",
            r"die neue (?:lautet|ist):? \S+@",
            *_each("verwenden|nutzen|nehmen|benutzen",
                   r" (?:sie |ihr )?(?:\S+ ){0,3}<meine> (?:neue|neuen|aktuelle|aktuellen|richtige"
                   r"|richtigen|korrekte|korrekten) <feld>"),
            r"ich heiße (?:jetzt|nun|seit \S+|mittlerweile|inzwischen|ab sofort)",
            *_each("ich bin|ich heiße|es heißt", r" [^\s,.]+(?: [^\s,.]+){0,2}, nicht\b"),
            r"passen sie (?:das|dies|es|den eintrag|die daten) (?:bitte )?bei (?:sich|ihnen"
            r"|euch) an",
            _sent("bitte") + r" (?:richtigstellen|richtig stellen|berichtigen)(?: sie das)?<end2>",
            _sent("richtigstellen") + "<end2>",
            _sent("berichtigen") + r"(?: sie das)?<end2>",
            *_each("führen|listen", r" (?:sie|ihr) mich (?:\S+ ){0,2}(?:als|unter)\b"),
            *_each("werde|bin",
                   r" ich (?:\S+ ){0,3}als (?:\S+ ){1,4}(?:geführt|gelistet|eingetragen"
                   r"|angesprochen|angeschrieben)\b"),
            r"gehör(?:t|en) (?:\S+ )?nicht (?:mehr )?(?:mir|zu mir)\b",
            *_each("entfernen|entfernt|löschen|loeschen|löscht|streichen|streicht",
                   r" (?:sie |ihr )?(?:\S+ ){1,4}(?:aus|von|in) <meine> (?:[\w-]*eintrag"
                   r"|[\w-]*eintrags|datensatz|[\w-]*profil|stammdaten|[\w-]*daten|angaben)\b"),
        ),
        O: _grouped(
            *_each("möchte|will|wünsche",
                   r" ich (?:\S+ )?nicht mehr (?:von (?:ihnen|euch) )?(?:angerufen|kontaktiert"
                   r"|angeschrieben|angemailt) werden\b"),
            r"nein\. (?:aufhören|stopp?|schluss)\b",
            *_each("diese|ihre|eure",
                   r" (?:anrufe|mails|e-mails|werbemails|newsletter) (?:möchte|will) ich"
                   r" (?:nicht|nicht mehr|nie wieder)\b"),
            *_each("anrufe|mails|e-mails",
                   r" (?:\S+ ){0,2}können sie sich (?:\S+ ){0,2}sparen\b"),
            # Stop contacting me.
            *_each("ruf(?:en sie|t)?|schreib(?:en sie|t)?",
                   r" <fill>(?:nicht|nie|nimmer) (?:(?:mehr|wieder|weiter"
                   r"|länger) (?:\S+ ){0,3})?an<end2>"),
            *_each("kontaktier(?:en sie|t)?|belästig(?:en sie|t)|mail(?:en sie|t)|stören sie"
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
            *(_sent(word) + rf" (?:(?:{_DE_CONN}) ){{0,2}}<nie> (?:\S+ )?<stopverb><end2>"
              for word in _DE_CONN.split("|")),
            _sent("nie") + r" (?:wieder|mehr) (?:\S+ )?<stopverb><end2>",
            _sent("nicht") + r" mehr (?:\S+ )?<stopverb><end2>",
            _sent("nimmer") + r" (?:\S+ )?<stopverb><end2>",
            *(_sent(word) + rf" (?:(?:{_DE_CONN}) ){{0,2}}keine <kanal><end>"
              for word in _DE_CONN.split("|")),
            _sent("keine") + r" <kanal><end>",
            r"ich untersage",
            _sent("bitte") + r" um (?:die )?(?:austragung|streichung|abmeldung)<end>",
            r"ich verbiete",
            r"verbiete ich",
            *_each("dürfen|sollen",
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
            *_each("ihre|eure",
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
            *_each("m(?:ö|oe)chte ich|will ich",
                   r" (?:mich )?(?:\S+ ){0,3}(?:abmelden|austragen|abbestellen)\b"),
            r"keinen? (?:weiteren? )?(?:[\w-]*mails?|[\w-]*anrufe?|werbung|newsletter|kontakt\w*"
            r"|nachrichten|rückrufe?) (?:mehr )?(?:wünsche|m(?:ö|oe)chte|will|erhalten m(?:ö"
            r"|oe)chte|bekommen m(?:ö|oe)chte)\b",
            *_each("will|m(?:ö|oe)chte|wünsche",
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
            *_each("trag(?:en|t)?|meld(?:en|et)?",
                   r" (?:sie |ihr )?<fill>(?:mich|uns) (?:(?:(?!aus\b|von\b)\S+ ){0,5}(?:aus"
                   r"|von) <liste>|(?:\S+ ){0,4}(?:aus|ab)<end2>)"),
            *_each("nehm(?:en|t)|nimm|streich(?:en|t)|entfern(?:en|t)|lösch(?:en|t)|loeschen|werf"
                   "(?:en"
                   "|t)"
                   "|mach(?:en|t)|setz(?:en|t)",
                   r" (?:sie |ihr )?<fill>(?:mich|uns) (?:(?!aus\b|von\b)\S+ ){0,5}(?:aus"
                   r"|von) <liste>"),
            *_each("entfernen|streichen|nehmen",
                   r" sie (?:bitte )?(?:sofort |umgehend )?(?:mich|uns)(?! (?:\S+ ){0,4}aus"
                   r" <db>)\b"),
            *_each("nimm|nehmt|nehmen sie",
                   r" (?:\S+ ){0,2}(?:mich|<meine> <daten>) (?:\S+ ){0,2}raus\b"),
            r"ich (?:\S+ ){1,3}(?:aus|von) <liste> (?:\S+ ){0,2}(?:gestrichen|entfernt|ausgetragen"
            r"|genommen|gelöscht|abgemeldet) (?:werden|haben)",
            *_each(_sent("bitte") + "|" + _sent("nur") + "|" + _sent("auch"),
                   r" (?:nur |auch )?(?:(?:runter|raus) (?:von|aus) <liste>|(?:von"
                   r"|aus) <liste> (?:\S+ )?(?:runter|raus|nehmen|streichen|austragen"
                   r"|entfernen)\b)"),
            *_each(_sent("runter") + "|" + _sent("raus"), r" (?:von|aus) <liste>"),
            *_each(_sent("von") + "|" + _sent("aus"),
                   r" <liste> (?:\S+ )?(?:runter|raus|nehmen|streichen|austragen|entfernen)\b"),
            *_each("adresse|mailadresse|e-mail-adresse|e-mailadresse|emailadresse|nummer"
                   "|rufnummer|handynummer",
                   r" (?:\S+ ){0,2}aus <liste> (?:\S+ )?(?:nehmen|streichen|entfernen|austragen"
                   r"|l(?:ö|oe)schen)\b"),
            r"<meine> (?:<daten> (?:\S+ ){0,4}auf (?:\S+ ){0,2}sperrliste"
            r"|(?:[\w-]+ )?[\w-]*nummer (?:\S+ ){0,4}(?:zu )?sperren)",
            _sent("bitte") + r" (?:austragen|abmelden)<end>",
            _sent("austragen") + r",? bitte<end2>",
            _sent("abmelden") + r",? bitte<end2>",
            *_each("bitte|ersuche",
                   r" (?:ich )?(?:sie )?(?:\S+ )?um (?:die )?(?:streichung|austragung|entfernung"
                   r"|herausnahme|abmeldung)\b"),
            *_each("streichung|austragung|herausnahme", r" (?:\S+ ){0,2}(?:aus|von) <liste>"),
            r"opt-?out,? (?:bitte|für mich)",
            # Objection to processing, passing on, profiling.
            r"ich widerspreche",
            r"widerspreche ich",
            *_each("ich lege|lege ich|ich erhebe|erhebe ich",
                   r" (?:hiermit )?(?:[\w.]+ ){0,6}widerspruch"),
            *_each("geb(?:en|t)|gib|verkauf(?:en|t)|leit(?:en|et)",
                   r" (?:sie |ihr )?<meine> <daten> (?:\S+ ){0,4}(?:nicht|niemandem|niemanden"
                   r"|keinem|keinen) (?:\S+ ){0,4}weiter"),
            *_each("keine|gegen die|der", r" weitergabe <meine> <daten>"),
        ),
        E: _grouped(
            # Delete my data / delete everything about me / delete me. "Entfernen Sie mich"
            # alone is R70 (objection, above).
            *_each(_nq("lösch") + "|" + _nq("loesch"),
                   r"(?:en|t|e)? (?:(?:sie |ihr )?(?:<w2>){0,3}<meine> <daten>|(?:sie "
                   r"|ihr )?(?:<w>){0,5}(?:über|ueber|zu|bezüglich) <ich>\b|(?:sie )?mich)"),
            *_each(_nq("entfern") + "|" + _nq("vernicht") + "|" + _nq("tilg"),
                   r"(?:en|t|e)? (?:(?:sie |ihr )?(?:<w2>){0,3}<meine> <daten>|(?:sie "
                   r"|ihr )?(?:<w>){0,5}(?:über|ueber|zu|bezüglich) <ich>\b|(?:sie "
                   r"|ihr )?(?:<w>){0,3}mich (?:\S+ ){0,4}aus <db>)"),
            r"l(?:ö|oe)schen,? (?:was|die|welche|das) (?:sie|ihr|du) (?:\S+ ){0,2}(?:über|ueber|zu"
            r"|von) <ich>\b",
            *_each("streich(?:en|t)|nehm(?:en|t)|werf(?:en|t)",
                   r" (?:sie |ihr )?(?:<w>){0,3}(?:mich|<meine> <daten>) (?:\S+ ){0,4}aus <db>"),
            r"mein(?<!um\smein)(?<!wollten\smein)(?<!sollten\smein)(?<!wollen\smein)(?:e[rnms]?)?"
            r" <daten> (?:(?:<w>){0,5}(?:zu )?(?:<loeschen>|löscht)\b"
            r"|(?:<w>){0,5}<geloescht> (?:werden|wird|haben|sehen|wissen)\b|(?:gehört|gehören|muss"
            r"|müssen|soll|sollen) (?:\S+ ){0,4}gel(?:ö|oe)scht\b)",
            *_each("alle[ns]?|sämtliche[ns]?|daten|angaben|informationen|einträge|eintrag"
                   "|datensatz|kontakt|profil",
                   r" (?:\S+ ){0,2}(?:über|ueber|zu|von) <ich> (?:<w>){0,4}(?:zu )?<loeschen>\b"),
            r"keinen? (?:\S+ ){0,2}(?:datensatz|daten|eintrag|einträge|profil"
            r"|angaben) (?:\S+ ){0,2}(?:über|von|zu) (?:mir|mich) (?:\S+ )?(?:gibt|mehr"
            r"|existiert)\b",
            r"l(?:ö|oe)schung (?:(?:aller |sämtlicher |der |für |von )?<meine>(?: <daten>)?(?! "
            r"(?:\S+ ){0,5}(?:nicht|keine)\b)|(?:\S+ ){0,3}(?:über|ueber|zu|von) <ich>\b)",
            *_each("bitte|ersuche|verlange|beantrage|fordere",
                   r" ich (?:sie )?(?:\S+ ){0,2}(?:um )?(?:die )?(?:sofortige |umgehende "
                   r"|vollständige |endgültige )?l(?:ö|oe)schung"),
            r"ich (?:\S+ ){0,2}(?:bitte|ersuche|verlange|beantrage"
            r"|fordere) (?:sie )?(?:\S+ ){0,2}(?:um )?(?:die )?(?:sofortige |umgehende "
            r"|vollständige |endgültige )?l(?:ö|oe)schung",
            r"verg(?:essen sie|esst|iss) mich(?! nicht)",
            r"dass? (?:sie|ihr|du) mich (?:\S+ ){0,2}vergess(?:en|t)\b",
            r"weg mit <meine> <daten>",
            # "Bitte um Löschung." as a whole sentence (the same for the other rights below).
            _sent("bitte") + r" um (?:die )?(?:sofortige |umgehende |vollständige )?l(?:ö|oe)schung"
            r"<end>",
            *_each("dürfen|sollen",
                   r" (?:sie |ihr )?<meine> <daten> (?:\S+ ){0,4}nicht (?:mehr "
                   r"|länger )?(?:\S+ ){0,2}(?:speichern|aufbewahren|behalten)\b"),
            r"mich (?:\S+ ){0,3}(?:aus|von) <db> (?:\S+ ){0,2}(?:zu )?(?:<loeschen>|streichen"
            r"|nehmen|austragen|raus)\b",
            *_each("will|m(?:ö|oe)chte|wünsche",
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
            *_each("d(?:ie|en|as|iese|iesen)|sie|es|alles",
                   r" (?:m(?:ö|oe)chte|will) ich (?:\S+ ){0,2}<geloescht> (?:haben|sehen|wissen)"),
            *_each("und|dan(?:n|ach)|anschließend",
                   r",? (?:bitte (?:löschen sie|löscht)|löschen sie) (?:sie|diese|alles"
                   r"|es)(?! (?:\S+ ){0,2}nicht\b)"),
        ),
        A: _grouped(
            r"ich (?:\S+ )?(?:verlange|beantrage|fordere|erbitte|m(?:ö|oe)chte|wünsche|bitte um"
            r"|ersuche(?: sie)? um|benötige|brauche) <auskunft>",
            *_each("verlange|beantrage|fordere|erbitte|m(?:ö|oe)chte|wünsche|bitte|ersuche|benötige"
                   "|brauche",
                   r" ich(?: sie)?(?: um)? <auskunft>"),
            r"kopie (?:(?:\S+ ){0,5}(?:über|ueber|zu|von) <ich>\b(?! <fmt>)|(?:aller "
            r"|sämtlicher )?(?:\S+ )?<meine> <daten>(?! <fmt>)|(?:aller|sämtlicher"
            r"|der) (?:bei ihnen |über mich |zu mir )?(?:gespeicherten|personenbezogenen"
            r"|verarbeiteten|vorhandenen) (?:daten|angaben|informationen)|(?:\S+ ){0,5}(?:daten"
            r"|einstufung|bewertung|notizen|aufnahme|aufzeichnung|gesprächsnotizen"
            r"|gesprächsaufzeichnung)\b(?! <fmt>))",
            *_each("übersicht|aufstellung|auflistung",
                   r" (?:\S+ ){0,5}(?:über|ueber|zu|von) <ich>\b(?! <fmt>)"),
            r"auskunft (?:(?:\S+ ){0,2}(?:über|ueber|zu|bezüglich) (?:<meine>|<ich>)\b|,? bitte"
            r"|(?:darüber,? )?(?:welche|ob) (?:daten|informationen) (?:sie|ihr) (?:über|zu"
            r"|von) mir)",
            r"daten(?:schutz)?auskunft,? bitte",
            r"selbstauskunft,? bitte",
            # Where did you get my data, who gave it to you, why do you have it?
            *_each(_nq("woher") + "|" + _nq("wo") + "|" + _nq("wozu") + "|" + _nq("wieso") + "|"
                   + _nq("wiso") + "|" + _nq("weshalb") + "|" + _nq("warum") + "|von wem|von wo",
                   r" (?:(?:haben|habt|hast|hat|bekamen|bekommen|kennen|kennt|kennst|stammt|stammen"
                   r"|kommt|kommen|hatten|hattet|erhielten|speichern|sammeln|führen|besitzen|nutzen"
                   r"|verwenden) (?:\S+ ){0,3}<meine> <daten>|(?:sie|ihr"
                   r"|du) (?:\S+ ){0,2}<meine> <daten> (?:\S+ ){0,2}(?:haben|habt|hast|bekommen"
                   r"|erhalten|gekauft|beschafft|erhoben|bezogen|herhaben)|(?:kennen|kennt"
                   r"|kennst) (?:sie|ihr|du) mich|(?:bin|stehe) ich (?:\S+ ){0,2}(?:auf|in|als"
                   r"|bei)\b)"),
            r"aus welcher quelle (?:sie|ihr|du) (?:\S+ ){0,2}<meine> <daten>",
            r"seit wann (?:bin|stehe) ich (?:\S+ ){0,2}(?:auf|in|als|bei)\b",
            *_each("von|bei|aus",
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
            _sent("bitte") + r" um (?:eine )?(?:vollständige )?(?:daten|selbst)?auskunft<end>",
            *_each("haben|habt|hast|speichern|speichert|verarbeiten|führen|besitzen",
                   r" (?:sie|ihr|du) (?:(?!(?:die|den|das|diese\w*)\b)<g>){0,2}(?:daten"
                   r"|informationen|angaben|infos) (?:(?:über|ueber|zu) <ich>\b"
                   r"|von <ich>\b<nobedarf>)"),
            *_each("daten|informationen|angaben|infos",
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
            *_each("auf|in",
                   r" welche[rnm]? (?:[\w-]+ )?[\w-]*(?:liste|listen|datenbank|verteiler|kampagne"
                   r"|kartei|datei|system) (?:stehe|bin|befinde) ich"),
            *_each("sagen|teilen|nennen|erklären",
                   r" (?:sie|ihr) mir (?:\S+ ){0,3}(?:woher|von wem|wer (?:ihnen|euch))\b"),
            *_each("senden|schicken|geben|zeigen|übermitteln|nennen",
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
        W: (r"widerruf (?:der|einer|ihrer) <einw>", *_each(_DE_EINW, r" (?:zu )?widerrufen")),
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
        RS: _grouped(
            r"beperking van (?:de )?verwerking van <mijn> <gegevens>",
            *_each("beperk|blokkeer|bevries|pauzeer",
                   r" (?:\S+ ){0,2}(?:de verwerking van )?<mijn> <gegevens>"),
            r"<mijn> <gegevens> (?:\S+ ){0,3}(?:te )?(?:beperken|blokkeren|bevriezen|pauzeren"
            r"|opschorten)",
            r"ni(?:ks|ets) (?:meer )?(?:mee|ermee|met <mijn> <gegevens>"
            r"|er (?:\S+ )?mee) (?:te )?(?:doen|gebruiken)\b",
            r"mag <u> (?:er )?(?:niks|niets) mee\b",
            *_each("verwerk|gebruik",
                   r"(?:t)? <mijn> <gegevens> (?:\S+ )?(?:voorlopig|tijdelijk|even|nog) niet\b"),
            *_each("verwijder|wis", r" (?:niks|niets)\b"),
            r"ni(?:et|ks|ets) (?:\S+ ){0,2}(?:verwijderen|wissen),? (?:\S+ ){0,3}(?:maar|wel)\b",
            *_each("zolang|totdat|tot|in afwachting",
                   r" (?:(?:\S+ ){0,8}(?:wil|wens) (?:ik )?niet dat|(?:\S+ ){1,5}(?:is|zijn|heeft"
                   r"|hebt|hebben),? (?:\S+ ){0,5}(?:niet|niets|niks"
                   r"|geen) (?:\S+ ){0,2}(?:gebruiken|doorgeven|verwerken|mee))\b"),
            r"bewaar (?:ze|het|die|alles|<mijn> \S+),? (?:\S+ ){0,2}maar (?:\S+ ){0,4}(?:niet|niets"
            r"|niks)\b",
            r"gebruik (?:\S+ ){0,4}(?:niet|niets|niks) (?:meer )?(?:\S+ ){0,3}(?:tot|totdat|zolang"
            r"|voorlopig)\b",
        ),
        P: _grouped(
            r"<mijn> <gegevens>,? (?:\S+ ){0,8}(?:(?:als|in|naar) <fmt>\b|(?:exporteren|downloaden"
            r"|overzetten|over te zetten|overdragen|over te dragen|meenemen)\b|(?:rechtstreeks"
            r"|direct) (?:naar|aan) (?:\S+ ){1,3}(?:sturen|doorsturen|overdragen|overzetten"
            r"|versturen))",
            *_each("draag|zet|stuur|overdracht van",
                   r" <mijn> <gegevens> (?:over )?(?:naar|aan) (?:een andere|een nieuwe"
                   r"|mijn nieuwe)"),
            r"export (?:van )?(?:\S+ ){0,2}(?:<mijn>|die gegevens|mijn|al)",
            *_each("stuur|geef|bezorg|mail",
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
        W: _grouped(
            r"trek (?:ik )?(?:(?:\S+ ){0,3}(?:toestemming|aanmelding|opt-?in|inschrijving|akkoord"
            r"|instemming) (?:\S+ ){0,4}in|(?:dat|die|dit|deze|het) (?:\S+ )?in)\b",
            *_each("toestemming|aanmelding|opt-in|optin|inschrijving",
                   r" (?:\S+ ){0,3}trek ik (?:\S+ )?in\b"),
            r"intrekk(?:en|ing) van <mijn> toestemming",
            r"<mijn> (?:toestemming|opt-?in|aanmelding|inschrijving) (?:\S+ ){0,4}(?:vervalt"
            r"|is ingetrokken|intrekken|in te trekken|ingetrokken)",
            r"ik geef (?:geen|niet langer) toestemming",
            r"zeg (?:ik )?(?:hierbij )?(?:de|mijn|jullie|uw|het) (?:\w+ )?(?:nieuwsbrief"
            r"|mailing) op\b",
        ),
        RC: _grouped(
            r"ik werk (?:\S+ ){0,4}niet meer bij (?:\S+ ){1,12}(?:ik ben|ik werk) (?:nu|inmiddels"
            r"|tegenwoordig)\b",
            *_each("corrigeer|wijzig|pas|verbeter|update|verander|vervang|corrigeren|wijzigen"
                   "|aanpassen|veranderen|vervangen",
                   r" (?:\S+ ){0,2}<mijn> <veld>"),
            r"<mijn> (?:<veld> (?:(?:\S+ ){0,4}(?:klopt|kloppen|is|zijn) (?:\w+ )?(?:niet|onjuist"
            r"|fout|verkeerd|verouderd)\b|(?:\S+ ){0,3}(?:te )?(?:corrigeren|wijzigen|aanpassen"
            r"|verbeteren|veranderen|vervangen|bijwerken)\b|(?:is|zijn) (?:\w+ )?(?:veranderd"
            r"|gewijzigd|nu)\b|is [^\s,.]+(?: [^\s,.]+){0,2}(?:,| en) niet\b)|(?:juiste|nieuwe"
            r"|correcte|goede|huidige) (?:\w+ )?<veld>)",
            *_each("info|informatie|gegevens|data",
                   r" over <mij> (?:\S+ ){0,2}(?:klopt|kloppen|is|zijn) (?:\w+ )?(?:niet|onjuist"
                   r"|fout|verkeerd|verouderd)\b"),
            *_each("hebben|heeft|hebt",
                   r" <u> <mij> (?:\S+ ){0,2}als (?:\S+ ){1,3}(?:staan|geregistreerd|genoteerd"
                   r"|vermeld|ingevoerd)\b"),
            *_each("uw|jullie",
                   r" (?:gegevens|administratie|bestand|systeem|registratie"
                   r"|crm) (?:\S+ ){0,2}(?:aan te passen|aanpassen|bij te werken|bijwerken"
                   r"|corrigeren|te corrigeren|rechtzetten|recht te zetten)\b"),
            r"bij <mij> (?:\S+ ){0,2}(?:schrappen|aanpassen|wijzigen|corrigeren|veranderen"
            r"|vervangen)\b",
            r"voortaan (?:\S+ )?(?:\S+@\S+|<mijn> \S+|(?:dit|dat|het) (?:\S+ )?(?:adres|nummer"
            r"|e-?mailadres)) (?:te )?gebruiken\b",
            *_each("aanpassen|wijzigen|corrigeren|bijwerken|rechtzetten",
                   r" in (?:uw|jullie|je) (?:administratie|systeem|bestand|crm|database|gegevens"
                   r"|registratie)\b"),
        ),
        O: _grouped(
            r"nee\. (?:stop|stoppen|ophouden)\b",
            r"geen zin om (?:\S+ ){0,4}(?:gebeld|gemaild|benaderd) te worden\b",
            r"stop(?:t|pen)? (?:\S+ ){0,2}met (?:<mij> |het )?(?:te )?(?:mailen|bellen|e-?mailen"
            r"|contact opnemen|sturen|benaderen|spammen|doorgeven|doorverkopen|verkopen|delen"
            r"|contacteren|lastigvallen)",
            r"neem (?:\S+ ){0,2}(?:geen|nooit|niet) (?:meer )?contact (?:meer )?(?:\S+ ){0,3}op\b",
            *_each("bel|mail|e-mail|email|benader|contacteer|stuur|sms",
                   r"(?:t)? <fill>(?:niet meer|nooit meer|nooit weer|nooit|niet<end>)(?! dan\b)"),
            _sent("niet") + r" meer (?:\S+ )?<stopverb><end>",
            _sent("nooit") + r" (?:meer |weer )?(?:\S+ )?<stopverb><end>",
            # "ik wil"/"wil ik"/"en wil": a third person ("de prospect wil niet meer gebeld
            # worden", a client passing on an objection) is not the writer's own request.
            *_each("ik wil|ik wens|wil ik|wens ik|en wil|en wens",
                   r" (?:(?:\S+ ){0,2}(?:niet meer|niet langer|nooit meer"
                   r"|geen) (?:\S+ ){0,4}(?:gebeld|benaderd|gemaild|gecontacteerd|lastiggevallen"
                   r"|e-?mails|mails|telefoontjes|reclame|nieuwsbrie\w+|berichten|contact"
                   r"|uitnodigingen|aanbiedingen|mailings|spam|sms\w*|oproepen)"
                   r"|(?:\S+ )?niet (?:meer )?dat <u> (?:\S+ ){0,8}(?:doorgeeft|doorgeven|verkoopt"
                   r"|verkopen|doorverkopen|doorverkoopt|geven|geeft|delen|deelt|doorspelen"
                   r"|doorspeelt|scoren|profileren|halen))\b"),
            r"ik (?:wil|wens) (?:(?:\S+ ){0,2}niet (?:meer |langer )?(?:op|in) <lijst>|(?:me "
            r"|mij )?(?:afmelden|uitschrijven))",
            *_each("graag|mij|me", r" (?:\S+ ){0,2}niet (?:meer |langer )?(?:op|in) <lijst>"),
            # Take me off the list ("verwijder mij uit uw database" is erasure, below).
            *_each(_nq("verwijder") + "|" + _nq("haal") + "|schrap|gooi",
                   r"(?:t)? (?:<mij>|ons)\b(?! (?:\S+ ){0,3}(?:uit|van) <db>)"),
            r"zet(?:t)? (?:<mij>|ons)\b(?! (?:\S+ ){0,3}(?:uit|van) <db>)(?! (?:\S+ ){0,2}(?:in"
            r"|op) (?:je|jullie|uw|de|mijn|onze) (?:agenda|planning|kalender)\b)",
            *_each("meld|schrijf", r"(?:t)? (?:<mij>|ons) (?:\S+ ){0,4}(?:af|uit)\b"),
            *_each("mij|me",
                   r" (?:(?:(?:uit|van) <lijst> )?te (?:schrappen|verwijderen|halen|uitschrijven"
                   r"|afmelden)(?! (?:uit|van) <db>)|(?:\S+ ){0,2}(?:van"
                   r"|uit) <lijst> (?:\S+ ){0,2}(?:te )?(?:halen|verwijderen|schrappen|af)\b)"),
            *_each(_sent("graag") + "|" + _sent("van") + "|" + _sent("uit"),
                   r" (?:(?:van|uit) )?<lijst> (?:af|te halen|halen)\b"),
            r"<mijn> <gegevens> (?:\S+ ){0,3}(?:uitschrijven|afmelden|uit te schrijven"
            r"|af te melden)",
            r"ik (?:maak|teken) (?:hierbij )?bezwaar",
            *_each("ik wil|wil ik|ik wens|wens ik|graag",
                   r" (?:\S+ ){0,3}(?:uitgeschreven|afgemeld) (?:te )?worden\b"),
            r"gebruik(?:t)? <mijn> <gegevens> (?:\S+ )?niet (?:meer )?(?:voor|om|als)\b",
            *_each("verkoop|deel|geef|stuur",
                   r"(?:t)? <mijn> <gegevens> (?:\S+ ){0,2}(?:niet|nooit)\b"),
            *_each("maak|teken", r" ik (?:hierbij )?bezwaar"),
            r"<mijn> <gegevens> (?:\S+ ){0,4}(?:niet|nooit|geen) (?:\S+ ){0,4}(?:doorgeven"
            r"|door te geven|verkopen|doorverkopen|delen|doorspelen|doorsturen)",
            r"ik geef (?:geen|niet langer) toestemming (?:\S+ ){0,3}(?:bellen|mailen|contact)",
        ),
        E: _grouped(
            r"namens (?:\S+ ){1,10}verzoek(?:en)? (?:ik|wij|we) (?:u|jullie) (?:\S+ ){0,3}(?:zijn"
            r"|haar|hun) (?:\S+ ){0,2}gegevens (?:\S+ ){0,5}te (?:verwijderen|wissen)\b",
            *_each(_nq("verwijder") + "|wis|vernietig|schrap",
                   r"(?:t|en)? (?:(?:<w>){0,3}<mijn> <gegevens>|(?:<w>){0,4}(?:over|van) <mij>\b"
                   r"|<mij> (?:\S+ ){0,2}(?:uit|van) <db>)"),
            r"haal(?:t)? (?:(?:<w>){0,2}<mijn> (?:\S+ ){0,3}(?:weg|uit|eruit)\b"
            r"|<mij> (?:\S+ ){0,2}(?:uit|van) <db>)",
            r"<mijn> <gegevens> (?:(?:<w>){0,5}(?:te )?(?:verwijderen|wissen|schrappen"
            r"|vernietigen)\b|(?:<w>){0,5}(?:verwijderd|gewist|geschrapt|vernietigd) (?:wordt"
            r"|worden)\b|(?:\S+ ){0,3}(?:mag|mogen|moet|moeten) (?:\S+ ){0,2}(?:weg|verwijderd"
            r"|gewist)\b)",
            *_each("alle|al|alles|gegevens|persoonsgegevens|informatie|data|info",
                   r" (?:\S+ ){0,3}(?:over|van) <mij> (?:<w>){0,4}(?:te )?(?:verwijderen|wissen"
                   r"|vernietigen|verwijderd|gewist)\b"),
            r"<mijn> <gegevens> (?:\S+ ){0,2}uit <db> (?:\S+ )?(?:te )?(?:halen|weghalen"
            r"|verwijderen|wissen|schrappen)\b",
            r"<mij> (?:\S+ ){0,2}(?:uit|van) <db> (?:\S+ ){0,2}(?:te )?(?:halen|verwijderen"
            r"|schrappen|wissen|weg)\b",
            *_each("wil|wens",
                   r" (?:ik )?(?:dat (?:alles|het|ze|die|dat|<mijn> <gegevens>) (?:\S+ ){0,5}"
                   r"(?:gewist|verwijderd|weg|vernietigd|geschrapt|verdwijnt|verdwijnen)\b"
                   r"|(?:\S+ )?niet (?:meer )?dat <mijn> <gegevens> (?:\S+ ){0,4}(?:staan|staat"
                   r"|bewaard|opgeslagen|voorkomen|voorkomt)\b|(?:\S+ ){0,2}(?:uit|weg uit) <db>)"),
            r"verwijdering van (?:al )?<mijn>",
            r"vergeet <mij>(?! niet)",
        ),
        A: _grouped(
            r"inzage (?:in <mijn> <gegevens>|(?:in )?(?:\S+ ){0,6}(?:van|over) <mij>\b)",
            *_each("verzoek|vraag|wil|wens|graag",
                   r" (?:om |graag )?(?:een )?(?:volledige )?inzage"),
            *_each("stuur|geef|toon|bezorg|mail",
                   r"(?:t)? <mij> (?:\S+ ){0,3}(?:kopie|overzicht|lijst|<mijn> <gegevens>)"),
            r"hoe (?:(?:komt|komen|kom|kwam|kwamen|zijn|bent) <u> (?:\S+ ){0,2}(?:aan"
            r"|bij) (?:<mijn> <gegevens>|<mij>|(?:dit|dat) (?:\w+ )?(?:adres|nummer|e-?mailadres"
            r"|mailadres|gsm\w*|e-?mail))|lang (?:\S+ ){0,2}<mijn> <gegevens>)",
            r"waar (?:halen|haalt|haal|hebben|heeft|heb|hebt|had|hadden) <u> (?:\S+ ){0,2}<mijn>"
            r" <gegevens> (?:\S+ ){0,2}(?:vandaan|gekregen|verkregen|gekocht)",
            *_each("hebben|heeft|heb|hebt|had|hadden",
                   r" <u> (?:<mijn> (?:\S+ ){0,5}(?:gekocht|vandaan|verkregen)"
                   r"|(?:\w+ ){0,2}(?:gegevens|informatie|info|data) (?:van|over) <mij>)\b<nodig>"),
            *_each("bron|waar|wie", r" <u> <mijn> (?:\S+ ){0,7}(?:verkregen|gekregen|gekocht"
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
            *_each("overzicht|kopie(?<!machineleesbare\\skopie)",
                   r" van (?:(?:\S+ ){0,6}(?:van|over) <mij>\b|<mijn>)"),
            *_each("sinds wanneer|waarom|hoelang",
                   r" (?:(?:hebben|heeft|hebt|bewaren|bewaart|bewaar|gebruiken|gebruikt) <u> <mijn>"
                   r"|(?:sta|zit|ben) ik (?:\S+ ){0,2}(?:op|in)\b)"),
            *_each("op|in", r" welke (?:\w+ )?(?:lijst|lijsten|bestand|database) (?:sta|zit"
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

FR = LanguageLexicon(
    code="fr",
    slots={
        "mes": r"m(?:es|on|a)",
        "donnees": r"(?:[\w-]+ )?(?:données|informations|infos|coordonnées|profil|fiche|dossier"
        r"|compte|adresse|numéro|nom|e-?mail|mail|cv|candidature|réponses|historique"
        r"|renseignements)(?: (?:personnelles|à caractère personnel|de (?:contact|téléphone"
        r"|portable|profil)|e-?mail|mail|électronique|perso|privée?|professionnelle|pro|fixe"
        r"|directe?))?",
        "champ": r"(?:[\w-]+ )?(?:intitulé de poste|titre|fonction|poste|nom|prénom|adresse"
        r"(?: e-?mail| mail)?|numéro(?: de téléphone| de portable| fixe)?|coordonnées|données"
        r"|informations|infos|entreprise|employeur|société|fiche|statut|e-?mail|mail)",
        "moi": r"(?:-| )(?:moi|me)",
        # Mailing lists (removal = objection, R70) ...
        "liste": r"(?:votre|vos|la|les|cette|ce|tous (?:vos|les)|toutes (?:vos|les))"
        r"(?: [\w-]+)? (?:listes?|mailings?|newsletters?)(?: (?:de|d') ?[\w-]+)?",
        # ... databases and files (removal = erasure).
        "db": r"(?:votre|vos|la|les|cette|ce|tous (?:vos|les))(?: [\w-]+)? (?:bases?(?: de"
        r" données)?|fichiers?|système|systèmes|crm|registres?|répertoire|annuaire)",
        "surmoi": r"(?:sur moi|me concernant|à mon sujet|à propos de moi)",
        "contacter": r"(?:contacter|appeler|écrire|solliciter|relancer|téléphoner|envoyer"
        r"|démarcher|déranger|harceler|recontacter|rappeler)",
        "fmt": r"(?:csv|json|excel|xml|xlsx|fichier)",
        "fin": r"(?=\s*(?:[.!;,)]|$|merci|svp|s'il))",
    },
    strong={
        RS: _grouped(
            r"limitation (?:du traitement )?de <mes> <donnees>",
            *_each("limitez|limiter|restreignez|restreindre|bloquez|bloquer|geler|gelez"
                   "|suspendez|suspendre",
                   r" (?:(?:le traitement de )?<mes> <donnees>|(?:le|ce) traitement (?:pendant"
                   r"|jusqu|de mes|en attendant|durant|tant))"),
            r"ne (?:les |l')?(?:supprimez|effacez|détruisez) (?:surtout |donc )?(?:pas|rien)\b",
            r"n'effacez (?:rien|pas)\b",
            r"n'en faites rien\b",
            r"ne pas (?:vous )?en servir\b",
            r"ne (?:plus |pas )?(?:utiliser|traiter|exploiter|transmettre) <mes> <donnees> (?:\S+"
            r" ){0,4}(?:tant que|en attendant|jusqu)",
            *_each("tant que |en attendant |jusqu'",
                   r"(?:\S+ ){0,8}(?:ne |n')(?:\S+ ){0,2}(?:utilisiez|utilisez|servez|servir"
                   r"|utiliser|faites|transmettiez|transmettez|traitez|utilise)\b"),
            r"ne (?:les |l')?utilisez (?:pas|plus|rien) (?:\S+ ){0,6}(?:tant que|en attendant"
            r"|jusqu'(?:à|au))",
            *_each("conserver|conservez|gardez|garder",
                   r" <mes> <donnees> (?:\S+ ){0,2}(?:sans|mais)\b"),
        ),
        P: _grouped(
            r"<mes> <donnees> (?:(?:dans|sous) (?:un )?format (?:structuré|lisible par machine"
            r"|couramment utilisé|électronique|csv)|(?:\S+ ){0,6}lisible par (?:une )?machine)",
            *_each("transférer|transférez|transmettre|transmettez|envoyer|envoyez",
                   r" (?:directement <mes>|<mes> <donnees> (?:directement )?(?:à|vers"
                   r"|chez) (?:un autre|une autre|mon nouveau|ma nouvelle|un nouveau))"),
            r"portabilité de <mes> <donnees>",
            *_each("m'envoyer|m'envoyez|envoyez-moi|me transmettre|me fournir|me faire parvenir"
                   "|m'exporter",
                   r" (?:\S+ ){0,2}export\b"),
            r"export (?:de|des|complet de) (?:\S+ ){0,2}<mes>",
            *_each("recevoir|récupérer|exporter|télécharger|obtenir|m'envoyer|me transmettre"
                   "|me fournir|envoyez-moi|transmettez-moi",
                   r" (?:\S+ ){0,5}(?:mes|mon|ma|ces données|tout ça"
                   r"|tout cela)\b (?:\S+ ){0,6}(?:en|sous forme de|au format"
                   r"|dans un) (?:\S+ )?<fmt>\b"),
            r"lisible par (?:une )?machine (?:de |des )?(?:\S+ ){0,2}<mes>",
        ),
        W: _grouped(
            *_each("retire|révoque",
                   r" (?:\w+ )?(?:mon|ce|cet|cette|tout|mes|le|mon) (?:\w+ )?(?:consentements?"
                   r"|accords?|autorisations?|inscriptions?|opt-?ins?)\b"),
            r"retrait de mon consentement",
            r"je ne (?:consens plus|donne plus mon (?:consentement|accord))",
            *_each("retirer|révoquer", r" mon consentement"),
            *_each("annuler|annulez", r" (?:\w+ )?(?:mon|ma) (?:inscription|abonnement)\b"),
            *_each("résilie|annule",
                   r" (?:mon |ma |la |le |votre )(?:inscription|newsletter|lettre)\b"),
        ),
        RC: _grouped(
            r"je suis (?:maintenant|désormais|aujourd'hui) (?:\S+ ){1,4}chez\b",
            r"je (?:suis passée?|travaille (?:désormais|maintenant|aujourd'hui)) chez\b",
            *_each("corrigez|corriger|rectifiez|rectifier|modifiez|modifier|mettez à jour"
                   "|" + _nq("mettre") + " à jour|changez|changer",
                   r" (?:(?:\S+ ){0,1}<mes> <champ>|(?:vos|votre) (?:données|fichier|fiche|base"
                   r"|informations)|(?:\S+ ){0,2}(?:dans|de|sur) (?:votre|vos) (?:fichiers?|base"
                   r"|système|crm|données|registre|fiche))\b"),
            *_each("enlever|enlevez|retirer|retirez|supprimer|supprimez",
                   r" (?:\S+ ){0,4}(?:de|dans|sur) (?:ma|mon) (?:fiche|profil|dossier)\b"),
            r"rectification de <mes> <donnees>",
            r"<mes> (?:<champ> (?:(?:est|sont) (?:erronée?s?|incorrecte?s?|inexacte?s?|faux"
            r"|fausses?|obsolètes?|pas (?:à jour|correcte?s?)|mal (?:orthographiée?s?|écrite?s?"
            r"|renseignée?s?))|(?:c'est|est|s'écrit|sont) (?:\S+ ){0,5}(?:pas|et non|non pas)\b"
            r"|(?:\w+ )?(?:a changé|ont changé|a été modifiée?|n'est plus (?:valable|attribué"
            r"|correct|à jour|le bon|utilisé|en service)))|(?:bonne|nouvelle|vraie|nouveau|vrai|bon"
            r"|correcte?|actuelle?|nouvelles|bonnes) <champ> (?:\w+ )?(?:est|sera|c'est|:))",
            r"je ne m'appelle plus",
            r"je m'appelle (?:\S+ ){1,3}(?:et )?(?:non|pas)\b",
            r"vous m'avez (?:\w+ )?(?:en|comme) (?:\S+ ){1,3}(?:mais|alors que)\b",
            *_each("données|informations|infos|coordonnées",
                   r" (?:sur|me concernant) (?:moi )?(?:sont|est) (?:\w+ )?(?:fausses?|erronée?s?"
                   r"|inexactes?|incorrecte?s?|obsolètes?)"),
            r"n'est plus (?:à moi|le mien|la mienne)\b",
        ),
        O: _grouped(
            *_each("inutile|pas la peine",
                   r" de me (?:rappeler|recontacter|relancer|contacter|téléphoner|appeler)\b"),
            *_each("aucune|pas",
                   r" envie (?:d'avoir|de recevoir) vos (?:appels|mails|e-mails|messages)\b"),
            r"ne (?:plus (?:jamais )?|jamais (?:plus )?|surtout plus )(?:me |m')<contacter>",
            r"ne pas (?:me |m')<contacter><fin>",
            r"ne (?:me |m')(?:contactez|appelez|écrivez|téléphonez|sollicitez|envoyez|relancez"
            r"|démarchez|dérangez|harcelez|rappelez|recontactez)(?: \w+)? (?:plus|jamais"
            r"|pas<fin>)\b",
            *_each("arrêtez|arretez|cessez|stoppez|arrêter|cesser",
                   r" (?:(?:\w+ )?de (?:me |m')\w+|(?:\w+ )?(?:vos|ces) (?:\w+ )?(?:appels|mails"
                   r"|e-?mails|courriels|messages|sollicitations|relances|envois|newsletters?"
                   r"|démarchages?|prospections?))"),
            # "je (ne) veux plus être contacté"; informal French drops the "ne", but "je veux
            # plus d'informations" wants more, and "je ne souhaite pas recevoir la facture par
            # courrier" is a preference, not an objection.
            r"je (?:ne )?(?:veux|souhaite|désire) (?:plus|pas)(?: non plus)? (?:être (?:\w+ )?"
            r"(?:contacté|sollicité|appelé|dérangé|démarché|relancé|harcelé)e?s?|figurer|apparaître"
            r"|entendre parler)",
            r"je (?:ne )?(?:veux|souhaite|désire) plus recevoir\b",
            r"je ne (?:veux|souhaite|désire) (?:plus|pas)(?: non plus)? (?:recevoir (?:de |d'|vos "
            r"|ces |votre |aucun)|d'\w+|de (?:vos|ces|votre|tels?|telles?) \w+|aucun\w*)",
            # Take me off the list ("retirez-moi de votre base" is erasure, below).
            *_each(_nq("retirez") + "|enlevez|rayez|sortez|désinscrivez|désabonnez|virez",
                   r"<moi>(?! (?:\S+ ){0,2}(?:de|des|du) <db>)"),
            *_each("supprimez|effacez", r"<moi> (?:de|des|du) <liste>"),
            *_each("me |m'",
                   r"(?:désabonner|désinscrire|retirer|rayer|sortir|enlever)(?! (?:\S+ ){0,2}(?:de"
                   r"|des|du) <db>)"),
            *_each("me |m'", r"(?:supprimer|effacer) (?:\S+ ){0,2}(?:de|des|du) <liste>"),
            *_each("retirez|retirer|enlevez|enlever|rayez|rayer|supprimez|supprimer|sortez",
                   r"(?: \S+)? <mes> <donnees> (?:\S+ ){0,2}(?:de|des|du) <liste>"),
            *_each("désinscrivez|désabonnez", r" (?:cette|mon|ma|mes)\b"),
            r"je (?:me )?(?:désinscris|désabonne)",
            r"je (?:souhaite|veux|voudrais) (?:me )?(?:désinscrire|désabonner"
            r"|ne plus (?:être (?:contacté|sollicité|appelé)e?|recevoir))",
            r"je m'(?:y )?oppose",
            *_each("veux|souhaite|voudrais|aimerais|désire|exige",
                   r" (?:\S+ ){0,2}être (?:\w+ )?(?:retirée?|rayée?|désinscrite?|désabonnée?"
                   r"|supprimée?|enlevée?) (?:\S+ ){0,2}(?:de|des|du) <liste>"),
            *_each("veux|souhaite",
                   r" pas que <mes> <donnees> (?:\S+ ){0,2}(?:soient|soit|sont) (?:transmise?s?"
                   r"|vendue?s?|cédée?s?|partagée?s?|communiquée?s?|utilisée?s?)"),
            r"ne (?:transmettez|communiquez|vendez|donnez|cédez|partagez|revendez"
            r"|passez)(?: \w+)? (?:plus|pas|jamais) (?:\S+ ){0,2}(?:<mes>|mon nom|mes coordonnées)",
        ),
        E: _grouped(
            *_each("supprimez|effacez|supprimer|effacer|détruisez|détruire",
                   r" (?:\S+ ){0,6}<surmoi>"),
            *_each(_nq("supprimez") + "|effacez|retirez|virez|détruisez|enlevez|supprimer|effacer"
                   "|supprime|efface|enlève|vire"
                   "|retirer|détruire|enlever",
                   r"(?: (?!pas\b|rien\b)\S+){0,2} <mes> <donnees>"),
            r"<mes> <donnees> (?:\S+ ){0,4}(?:soi(?:en)?t|être|seront) (?:\w+ )?(?:supprimée?s?"
            r"|effacée?s?|détruite?s?)",
            *_each("veux|souhaite|exige|voudrais|demande|aimerais",
                   r" (?:qu'|que )(?:\S+ ){0,4}(?:soi(?:en)?t (?:\w+ )?(?:effac|supprim|détrui"
                   r"|retir)\w*|disparaisse\w*|n'existe plus)"),
            *_each("suppression|effacement|destruction",
                   r" (?:\S+ ){0,3}(?:de <mes>|<surmoi>|de mon|de ma|de mes)"),
            *_each("supprimez|effacez|oubliez", r"<moi>"),
            *_each("me |m'", r"(?:supprimer|effacer|oublier)\b(?! (?:\S+ ){0,2}(?:de|des"
                   "|du) <liste>)"),
            *_each("me |m'",
                   r"(?:sortir|radier|retirer|supprimer|effacer|enlever|rayer) (?:\S+ ){0,2}(?:de"
                   r"|des|du) <db>"),
            *_each("sortez|radiez|retirez|supprimez|effacez|enlevez|rayez|virez",
                   r"<moi> (?:\S+ ){0,2}(?:de|des|du) <db>"),
            *_each("veux|souhaite|voudrais|aimerais|désire|exige",
                   r" (?:\S+ ){0,2}être (?:\w+ )?(?:retirée?|radiée?|sortie?"
                   r"|enlevée?) (?:\S+ ){0,2}(?:de|des|du) <db>"),
            *_each("veux|souhaite|voudrais|aimerais|désire|exige",
                   r" (?:\S+ ){0,2}être (?:\w+ )?(?:supprimée?|effacée?|radiée?)(?! (?:de"
                   r"|des) (?:votre|vos|la|cette) (?:\w+ )?liste)"),
        ),
        A: _grouped(
            r"accès à <mes> <donnees>",
            r"accéder à <mes> <donnees>",
            r"d'où (?:viennent|vient|provient|proviennent|sortent|sort) <mes> <donnees>",
            *_each("envoyez|transmettez|communiquez|fournissez",
                   r"<moi> (?:une copie de |la liste de )?<mes> <donnees>"),
            r"me (?:communiquer|transmettre|envoyer|fournir) (?:une copie de )?<mes> <donnees>",
            *_each("d'où|où|comment|de qui|auprès de qui|par qui|qui",
                   r" (?:\S+ ){0,3}(?:obtenu|eu|trouvé|récupéré|pris|acheté|reçu|tenez|sortez|vendu"
                   r"|donné|fourni|transmis|procurée?s?)(?:-vous)? (?:\S+ ){0,2}<mes> <donnees>"),
            *_each("comment|d'où|où|auprès de qui",
                   r" (?:avez|aviez)(?:-| )vous (?:\w+ )?(?:obtenue?s?|eue?s?|trouvée?s?"
                   r"|récupérée?s?) (?:ça|cela|cette (?:adresse|information|info)|ce (?:numéro|mail"
                   r"|contact)|ces (?:informations|infos|coordonnées|données))"),
            r"d'où sortez(?:-| )vous (?:ces|mes|mon|ma|cette|ce|ça)",
            *_each("acheté|vendu|revendu|obtenu|récupéré|collecté|trouvé|transmis|communiqué|cédé",
                   r"(?: \S+)? <mes> <donnees>(?=[^.!?\n]{0,60}\?)"),
            *_each("à quel|a quel", r"(?:le)?s? (?:\S+ ){0,4}(?:vendu|transmis|communiqué|donné"
                   "|cédé"
                   r"|fourni|partagé) (?:\S+ ){0,2}<mes>"),
            r"quel(?:le)?s? (?:\S+ )?(?:données|informations|infos|coordonnées"
            r"|renseignements) (?:\S+ ){0,4}<surmoi>",
            *_each("qu'est-ce que|qu'est ce que|que|ce que|quoi", r" (?:\S+ ){0,4}<surmoi>"),
            *_each("quel est|c'est quoi|c quoi",
                   r" (?:mon|ma) (?:score|note|profil|fiche|statut)"),
            r"pourquoi (?:(?:je suis|suis-je|j'apparais|je figure) (?:\S+ ){0,2}(?:dans"
            r"|sur) (?:votre|vos|ce|cette|la|le)|(?:vous avez|avez-vous|vous possédez|détenez-vous"
            r"|vous détenez) <mes>)",
            *_each("source|origine|provenance", r" (?:\S+ ){0,6}<mes> <donnees>"),
            *_each("où|comment", r" avez(?:-| )vous (?:obtenu|eu|trouvé|récupéré"
                   "|pris) <mes> <donnees>"),
            r"copie de <mes> <donnees>",
        ),
    },
    weak={
        A: (r"droit d'accès", r"demandes? d'accès"),
        E: (r"droit (?:à l'effacement|à l'oubli|de suppression|d'effacement)",),
        RC: (r"droit de rectification",),
        RS: (r"droit à la limitation(?: du traitement)?", r"limitation du traitement"),
        P: (r"droit à la portabilité(?: des données)?", r"portabilité(?: des données)?"),
        O: (r"droit d'opposition", r"opposition au traitement"),
        W: (r"retrait du consentement", r"retirer (?:son|le|votre) consentement"),
    },
    cues=(
        r"je (?:vous )?(?:demande|souhaite|exige|sollicite|voudrais|veux|exerce|prie)",
        r"j'(?:exerce|exige)", r"par la présente", r"mon droit", r"veuillez",
        r"merci de (?:me|supprimer|m'envoyer|corriger)", r"pourriez-vous", r"je vous prie",
    ),
    bare=(r"désabonnement", r"désinscription", r"stop", r"me désinscrire", r"désabonnez-moi",
          r"désinscrivez-moi"),
)
