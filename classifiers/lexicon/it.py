"""Italian phrase data for the explicit-mention layer.

The pattern dialect is described in classifiers.mention_lexicon; the literal-first regrouping
in classifiers.lexicon.other_patterns.
"""

from __future__ import annotations

from classifiers.lexicon.base import RC, RS, A, E, LanguageLexicon, O, P, W
from classifiers.lexicon.other_patterns import literal_first_slots, literal_first_table

IT = LanguageLexicon(
    code="it",
    slots=literal_first_slots({
        "miei": r"(?:tutti )?(?:i |le |il |la |l'|gli )?(?:miei|mie|mio|mia)",
        # The same at the start of a phrase: a literal first letter keeps the scan cheap.
        "mio": r"mi(?:ei|e|o|a)",
        "dati": r"(?:dati(?: personali)?|informazioni(?: personali)?|numero(?: di telefono"
        r"| di cellulare)?|telefono|cellulare|indirizzo(?: e-?mail)?|e-?mail|mail|nome|cognome"
        r"|profilo|recapiti|recapito|contatto|contatti|qualifica|ruolo|posizione|scheda"
        r"|anagrafica|record|nominativo|account)",
        # "the data concerning me", "the data I gave you": first person without a possessive.
        "riguardano": r"dati (?:personali )?che (?:mi riguardano|(?:vi |le )?ho "
        r"(?:fornit|dat|inserit|caricat|compilat|salvat)\w*)",
        # Removal from a register (erasure) as opposed to a mailing list (objection).
        "registro": r"(?:\w+ ){0,2}?(?:database|archivi|archivio|sistema|sistemi|gestionale|crm"
        r"|anagrafica|banca dati|banche dati|registro|registri)",
        "lista": r"(?:\w+ ){0,2}?(?:lista|liste|mailing list|mailing|elenco|elenchi|invii"
        r"|newsletter|campagne|campagna|rubrica)",
        # Enclitic "me": cancellatemi, toglietemi, rimuovermi, depennatemi.
        "togli": r"(?:cancellate|togliete|rimuovete|eliminate|depennate|levate|cancella|togli"
        r"|rimuovi|elimina|cancellar|toglier|rimuover|eliminar|depennar)mi",
    }),
    strong=literal_first_table({
        RS: (r"limitazione del trattamento (?:dei|di) <miei> <dati>",
             r"(?:limitate|limitare|bloccate|bloccare) (?:il trattamento (?:dei|di) )?<miei> "
             r"<dati>",
             # "suspend any use of my data", "don't delete or use my data for now".
             r"(?:sospendete|sospendere|congelate|congelare|bloccate) (?:\w+ ){0,3}?<miei> <dati>",
             r"non (?:usate|utilizzate|trattate|toccate|cancellate|eliminate) (?:ancora )?<miei> "
             r"<dati>",
             r"contesto (?:l'|l )?esattezza"),
        P: (r"portabilità (?:dei|di) <miei> <dati>",
            r"(?:trasferite|trasferire|trasmettete|trasmettere) <miei> <dati> (?:a|ad) (?:un altro"
            r"|un'altra|un nuovo|il mio nuovo)",
            # "send me my data / the data I entered as Excel or CSV".
            r"(?:<mio> <dati>|<riguardano>) (?:\S+ ){0,6}?(?:csv|json|xml|excel|formato"
            r" (?:strutturato|elettronico|leggibile))\w*",
            r"(?:in |un )(?:csv|json|xml|excel|file) (?:\S+ ){0,4}?(?:<miei> <dati>"
            r"|<riguardano>)"),
        # "ritiro" is also the noun: "il ritiro del consenso" is no request.
        W: (r"(?:revoco|ritiro) (?:(?!del\b|dello\b|della\b)\w+ ){0,2}?consenso",
            r"(?:revocare|ritirare) il mio consenso", r"revoca del mio consenso",
            r"(?:il|la) sottoscritt[oa] (?:\S+ ){0,12}?revoca",
            # Leaving a newsletter the writer signed up for withdraws that consent.
            r"mi (?:disiscrivo|cancello) (?:dalla|dalle|dal) (?:\w+ ){0,2}?newsletter",
            r"(?:annullate|annullare|cancellate|revocate) (?:la mia |l'|l )?iscrizione"
            r"(?=\s*[.,!;:]|\s*$|\s+(?:che|alla|dalla|per favore|grazie)\b)"),
        RC: (
            # A stated change: "my new number is ...", "my new email".
            r"(?:il |la )?(?:mio nuovo|mia nuova) (?:numero|cellulare|indirizzo|recapito|ruolo"
            r"|titolo|e-?mail|mail|qualifica|posizione|cognome)",
            r"(?:correggete|correggere|rettificate|rettificare|aggiornate|aggiornare|modificate"
             r"|modificare|cambiate|sistemate) <miei> <dati>",
             r"rettifica (?:dei|di) <miei> <dati>",
             # "my surname is misspelt", "my number has changed".
             r"<mio> <dati> (?:\w+ ){0,3}?(?:è|e|sono|risulta|risultano) (?:\w+ ){0,2}?"
             r"(?:sbagliat\w*|errat\w*|scorrett\w*|non aggiornat\w*|cambiat\w*|obsolet\w*)",
             r"(?:risulto|compaio|figuro) (?:ancora )?come",
             r"mi (?:scrivete|chiamate|indicate) ancora come",
             # "delete the old number and put the new one": an update, not an erasure.
             r"(?:vecchi[oa] (?:numero|telefono|cellulare|indirizzo|e-?mail|mail|qualifica|ruolo)"
             r"|(?:numero|telefono|cellulare|indirizzo|e-?mail|mail|qualifica|ruolo) (?:vecchi[oa]"
             r"|precedente)) (?:[^\s.!?]+ ){0,8}?(?:mettete|usate|inserite|sostituite|scrivete"
             r"|segnate|aggiungete)\w* (?:\w+ ){0,2}?(?:nuov[oa]|quest[oa])"),
        O: (
            # A named person on whose behalf the writer acts: "don't call her any more".
            r"non (?:chiamatel[oa]|contattatel[oa]|disturbatel[oa]|cercatel[oa]) più",
            r"non (?:lo|la) (?:chiamate|contattate|disturbate|cercate) più",
            r"non (?:contattatemi|chiamatemi|scrivetemi|mi contattate|mi chiamate|mi scrivete"
            r"|mi mandate|mi inviate|disturbatemi|mi disturbate|telefonatemi|mi telefonate) più",
            r"(?:di non|non) (?:contattarmi|chiamarmi|scrivermi|disturbarmi|telefonarmi|inviarmi"
            r"|mandarmi) più",
            r"non voglio (?:più )?(?:essere (?:contattat[oa]|chiamat[oa]|disturbat[oa])|ricevere"
            r"(?! (?:la |le |il |i |l')?(?:fattur|document|ordin|merc|pacc|preventiv)\w*))",
            r"non voglio che mi (?:chiamiate|contattiate|scriviate|telefoniate|profiliate"
            r"|mandiate|inviate)",
            r"non voglio che (?:\w+ ){0,3}?(?:venga|vengano|sia|siano) (?:passat|cedut|vendut"
            r"|comunicat|trasmess|girat|dat)\w*",
            r"(?:smettete|smettetela|smetti|smettila|piantatela) di (?:\w+mi|\w+ <miei> <dati>)",
            r"<togli> (?:dalla|dalle|dal|dai|da) <lista>",
            # Bare "remove me" is an objection; "remove me from your database" is erasure.
            r"(?:togliete|rimuovete|depennate|levate|toglier|rimuover|depennar)mi(?! (?:dalla"
            r"|dalle|dal|dai|da) <registro>)",
            r"fuori (?:dalla|dalle|dal|dai) (?:vostr[aeio] )?(?:lista|liste|elenco|elenchi"
            r"|mailing|liste di chiamata)",
            r"mi oppongo",
            r"disiscrivetemi",
        ),
        E: (
            r"<mio> <dati> (?:\w+ ){0,3}?(?:deve|devono|dev'essere) (?:sparire|sparir\w+)",
            r"(?:cancellate|cancellare|eliminate|eliminare|rimuovete|rimuovere|distruggete"
            r"|cancella|elimina) (?:anche |pure |subito |definitivamente )?(?:<miei> <dati>"
            r"|<riguardano>)",
            r"(?:cancellazione|eliminazione) (?:dei|di|della|del|delle) (?:<miei> <dati>"
            r"|<riguardano>)",
            r"<togli> (?:dalla|dalle|dal|dai|da) <registro>",
            r"cancellatemi(?! (?:dalla|dalle|dal|dai|da) <lista>)",
            r"<mio> <dati> (?:\w+ ){0,2}?(?:va|vanno|deve essere|devono essere|dev'essere|sia"
            r"|siano|venga|vengano) (?:\w+ )?(?:cancellat|eliminat|rimoss|distrutt)\w*",
            r"dimenticatemi"),
        A: (
            r"(?:accesso|copia) (?:ai|dei|alle|delle|a|di) <miei> <dati>",
            r"(?:inviatemi|mandatemi|inviarmi|fornitemi|fornirmi) (?:una copia (?:dei|di) )?"
            r"<miei> <dati>(?! (?:\S+ ){0,3}?(?:csv|json|xml|excel|formato)\w*)",
            r"dove avete (?:preso|ottenuto|trovato|avuto|recuperato|comprato) <miei> <dati>",
            r"quali dati (?:avete|conservate|trattate) su di me",
            # "what data do you hold on me", "who sold you my data", "on what basis...".
            r"(?:dati|informazioni) (?:personali )?(?:che )?(?:\w+ ){0,2}?(?:avete|conservate"
            r"|trattate|possedete|tenete|detenete) (?:\w+ ){0,2}?(?:su di (?:me|lei|lui)"
            r"|sul mio conto|che mi riguardano)",
            r"(?:cosa|che cosa) (?:\w+ ){0,2}?(?:avete|sapete|conservate) (?:\w+ )?su di me",
            r"chi (?:\w+ ){0,3}?(?:venduto|dato|passato|fornito|ceduto) <miei> <dati>",
            r"a (?:chi|quali \w+) (?:\w+ ){0,2}?(?:avete|ha|hanno) (?:girato|passato|venduto"
            r"|ceduto|comunicato|dato|fornito|trasmesso) <miei> <dati>",
            r"(?:base giuridica|base legale|perché|con quale diritto|a che titolo) (?:\w+ ){0,3}?"
            r"(?:trattate|usate|utilizzate|avete|conservate|tenete) <miei> <dati>",
        ),
    }),
    weak=literal_first_table({
        A: (r"diritto (?:di |d')accesso",),
        E: (r"diritto (?:all'oblio|alla cancellazione)",),
        RC: (r"diritto (?:di|alla) rettifica",),
        RS: (r"diritto (?:di|alla) limitazione(?: del trattamento)?",
             r"limitazione del trattamento"),
        P: (r"(?:diritto alla portabilità|portabilità)(?: dei dati)?",),
        O: (r"diritto di opposizione",),
        W: (r"revoca del consenso", r"revocare il consenso"),
    }),
    cues=(r"chiedo", r"richiedo", r"esigo", r"esercito", r"vorrei", r"voglio",
          r"con la presente", r"il mio diritto", r"la mia richiesta", r"pretendo",
          r"vi chiedo", r"chiediamo"),
    bare=(r"cancellami", r"disiscrivimi", r"stop", r"toglietemi", r"rimuovetemi"),
)
