"""Phrase data for Finnish, Spanish, Italian and Polish.

Explicit-mention layer; the pattern dialect is described in classifiers.mention_lexicon.
"""

from __future__ import annotations

from classifiers.lexicon.base import RC, RS, A, E, LanguageLexicon, O, P, W

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
