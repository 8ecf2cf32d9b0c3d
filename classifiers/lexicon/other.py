"""Phrase data for Finnish, Spanish, Italian and Polish.

Explicit-mention layer; the pattern dialect is described in classifiers.mention_lexicon.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from bot.model import Right
from classifiers.folding import fold_char
from classifiers.lexicon.base import RC, RS, A, E, LanguageLexicon, O, P, W

_PLAIN_WORD = re.compile(r"[\w' ]+")


def _by_first_letter(pattern: str) -> str:
    """Regroup a pattern's leading list of plain words by first letter, same matches.

    The scan regex tries every phrase at every word start; sre skips an alternative cheaply only
    when it starts with a literal, so ``(?:borren|borre|eliminen|...)`` costs one test per word
    while ``(?:b(?:orren|orre)|e(?:liminen)|...)`` costs one per letter. Alternatives with
    different first letters never match at the same place, and the order within a letter is
    kept, so the regrouped pattern matches exactly what the written one does.
    """
    if not pattern.startswith("(?:"):
        return pattern
    end = pattern.find(")")
    items = pattern[3:end].split("|")
    if end < 0 or not all(_PLAIN_WORD.fullmatch(item) for item in items):
        return pattern
    groups: dict[str, list[str]] = {}
    for item in items:
        first = fold_char(item[0])
        groups.setdefault(first if len(first) == 1 else item[0], []).append(item)
    if len(groups) == len(items):
        return pattern
    regrouped = "|".join(
        words[0] if len(words) == 1 else key + "(?:" + "|".join(w[1:] for w in words) + ")"
        for key, words in groups.items()
    )
    return "(?:" + regrouped + pattern[end:]


def _fast(table: Mapping[Right, tuple[str, ...]]) -> dict[Right, tuple[str, ...]]:
    return {right: tuple(_by_first_letter(p) for p in pats) for right, pats in table.items()}


def _fast_slots(slots: Mapping[str, str]) -> dict[str, str]:
    return {name: _by_first_letter(value) for name, value in slots.items()}


# Slots are expanded one level only, so pieces shared by several slots are joined here.
#: A Finnish data noun with the first-person suffix, also in compounds ("puhelinnumeroni"). The
#: look-ahead rejects words not ending in -ni at once, which keeps the scan cheap.
_FI_NOUNS = (
    r"(?=\w*ni(?!\w))(?:(?:henkilö|yhteys)?tie(?:do|to)\w*|\w{0,12}numero\w*|(?:sähkö)?posti\w*"
    r"|\w{0,12}osoit\w*|meili\w*|\w{0,6}nim(?:e|ikke|ike)\w*|titteli\w*|\w{0,12}profiili\w*|tili\w*"
    r"|hakemu\w*)"
)
#: Colloquial "mun numero", "minun tietoni": the possessive word plus a data noun.
_FI_MUN = (
    r"m(?:inun|un) (?:kaikki )?\w{0,12}(?:tie(?:do|to)|numero|osoit|meili|maili|posti|nime"
    r"|nimi|titteli|nimik|profiili|tili)\w*"
)

FI = LanguageLexicon(
    code="fi",
    # Finnish inflects by suffix; first-person ownership is the suffix -ni ("tietoni",
    # "tiedoistani") or colloquial "mun", which is what keeps "korjatkaa laskun tiedot" (an
    # invoice) and "poistakaa toimittamamme lista" (a client's list) from matching.
    slots=_fast_slots({
        "omat": r"(?:kaikki )?(?:minua koskevat (?:\w+ )?(?:henkilö|yhteys)?tie\w*"
        r"|(?:minusta|musta) (?:\w+ )?tie(?:do|to)\w*|\w+mani tie(?:do|to)\w*|" + _FI_MUN
        + "|" + _FI_NOUNS + ")",
        "nouns": _FI_NOUNS,
        # Me as an object, formal and colloquial.
        "minut": r"(?:minut|mut|" + _FI_MUN + "|" + _FI_NOUNS + ")",
        # A register as opposed to a mailing list: removal from it is erasure.
        "rekisteri": r"\w*(?:rekiste|tietokan|kannas|järjestelm|crm|kartoi|arkisto)\w*",
        "lista": r"\w*(?:lista|listo|listal|postitu|jakelu)\w*",
        "kontakti": r"\w*(?:soit|puhel|yhteydenot|viest|sähköpost|meil|markkinoi|uutiskirj"
        r"|mainos|tarjou|kutsu|tekstiviest|spämm|häirint)\w*",
        # Someone else as the target: a client's "stop calling the contacts on our list".
        "muut": r"(?:\w+ ){0,3}?(?:heille|hänelle|niille|näille|heihin|niihin|\w*listan"
        r"|yrityks\w*|kontakt\w*|liid\w*|asiakka\w*)",
        "suostumus": r"\w*(?:suostumu\w*|hyväksyn\w*|lupa|lupaa|lupani|luvan|luvat|lupamme)",
    }),
    strong=_fast({
        RS: (
            r"(?:rajoittakaa|rajoita|rajoittamaan|rajoittamista|lukitkaa) (?:<omat> )?"
            r"käsittely\w*",
            r"<nouns> käsittelyn rajoittami\w*",
            r"(?:jäädyttäkää|jäädyttää|jäädytä|jäädyttämään|lukitkaa|lukita|lukitsemaan) "
            r"(?:\w+ )?<omat>",
            # "don't delete my data (yet)", "don't use my data until...": keep but do not use.
            r"(?:älkää|älä) (?:\w+ ){0,2}(?:poistako|poista|hävittäkö|käyttäkö|käytä|käsitelkö"
            r"|käsittele) (?:\w+ )?<omat>",
        ),
        P: (
            r"(?:siirtäkää|siirrä|siirtämään|siirtää) (?:\w+ ){0,2}<omat>",
            # "my data in a machine-readable format / as CSV", "moving my data". One branch, as
            # a branch that starts with a slot is tried at every word.
            r"<nouns> (?:(?:koneluettava\w*|sähköise\w*|jäsennelly\w*) muodo\w*|siirtämi\w*"
            r"|(?:\S+ ){0,6}?(?:csv|json|xml|koneluettava\w*|excel)\w*)",
            r"(?:minusta|musta) (?:\w+ )?tie(?:do|to)\w* (?:\S+ ){0,6}?(?:csv|json|xml"
            r"|koneluettava\w*|excel)\w*",
            r"(?:minulle|mulle) (?:\S+ ){0,4}?\w*(?:tiedo|tieto|histori|profiil|muistiinpan)\w*"
            r" (?:\S+ ){0,6}?(?:csv|json|xml|koneluettava\w*|excel)\w*",
        ),
        W: (
            r"peru(?:utan|n) (?:antamani |kaikki )?suostumukse\w*",
            r"suostumukseni peruuttami\w*",
            r"vedän suostumukseni takaisin",
            r"(?:perun|peruutan|vedän) (?:[^\s.!?]+ ){0,8}?<suostumus>",
            r"(?:haluan|haluaisin) (?:perua|peruuttaa|vetää) (?:\w+ ){0,4}?<suostumus>",
            # Cancelling a newsletter subscription withdraws the consent given for it.
            r"(?:peruutan|perun|lopetan|irtisanon) (?:\w+ )?(?:uutiskirje\w*|tiedottee\w*) "
            r"tilaukse\w*",
            r"(?:peruutan|perun|lopetan|irtisanon) tilaukseni",
        ),
        RC: (
            r"(?:korjatkaa|korjaa|päivittäkää|päivitä|muuttakaa|korjaamaan|korjaamista"
            r"|korjata|päivittää|päivittämään|vaihtakaa) <omat>",
            r"(?:titteli|nimi|osoite|numero|sähköpostiosoite)ni on (?:väärin|väärä|virheellinen"
            r"|vanhentunut)",
            r"tiedoissani on (?:virhe|virheitä|väärää)",
            # "my new number is ...": a stated change of contact details.
            r"uusi <nouns>",
            # "my name is misspelt", "my number has changed", "my details are wrong".
            r"<nouns> (?:\w+ ){0,4}?(?:väärin|väärä|väärät|virheellinen|virheelliset"
            r"|vanhentunut|vanhentuneet|muuttunut|vaihtunut)",
            # "delete my old number and put the new one": an update, not an erasure.
            r"(?:poistakaa|poistaa|poista) (?:se |sen )?(?:vanha|vanhan) (?:\w+ )?"
            r"(?:numero|osoite|osoitteen|titteli|nimike|sähköposti)\w*",
        ),
        O: (
            r"en (?:todellakaan |enää )?halua (?:näitä |teidän |enää )?(?:puheluita|puheluja"
            r"|soittoja|yhteydenottoja)",
            r"yhtään puhelua en (?:enää )?(?:teiltä )?halua",
            r"(?:älä|älkää) (?:enää |myöskään |ikinä |koskaan |siis )?(?:soita|soittako|soitelko"
            r"|häiritse|häiritkö|lähestykö|markkinoiko|spämmätkö)(?! <muut>)",
            r"(?:älä|älkää) (?:enää |myöskään |ikinä |koskaan |siis )?(?:lähetä|lähettäkö"
            r"|kirjoittako|mailatko|meilatko|tekstatko) (?:enää )?(?:minulle|mulle|minua|mua"
            r"|näitä|noita|tällaisia|mitään|enää|<kontakti>)",
            r"(?:älä|älkää) (?:enää |myöskään |ikinä |koskaan |siis )?(?:lähetä|lähettäkö"
            r"|kirjoittako|mailatko|meilatko|tekstatko)(?= ?[.!,]|$)",
            r"(?:älä|älkää) (?:enää |myöskään )?(?:ota|ottako) (?:enää )?(?:minuun |muhun )?"
            r"yhteyttä(?! <muut>)",
            r"(?:lopettakaa|lopeta|lopetatte|lakatkaa|lakkaa|lopettaisitte) (?:(?:ne|se|nämä"
            r"|nuo|kaikki|kaiken|tämä|tuo|teidän|jatkuva\w*|enää|heti|jo) ){0,2}<kontakti>"
            r"(?! <muut>)",
            r"(?:poistakaa|poistatte|poista|poistaa|poistamaan|ottakaa|otatte|ota|ottamaan) "
            r"(?:minut|mut) (?:\w+ ){0,2}?<lista>",
            r"(?:ottakaa|otatte|ota|ottamaan|saanko|voitteko ottaa) <minut> pois(?! (?:\w+ )?"
            r"<rekisteri>)",
            r"<minut> pois (?:\w+ )?<lista>",
            # Bare "remove me" is an objection; "remove me from your register" is erasure.
            r"(?:poistakaa|poistatte|poista|poistamaan) (?:minut|mut)(?! (?:\w+ ){0,2}"
            r"(?:<rekisteri>|<lista>))",
            r"en(?:kä)? (?:enää |myöskään )?halua (?:enää )?(?:mitään |yhtään )?(?:uutiskirjeitä"
            r"|\w*(?:markkinointia|sähköposteja|viestejä|puheluita|yhteydenottoja|soittoja"
            r"|myyntiä|mainontaa|tarjouksia|kutsuja|meilejä))",
            r"en(?:kä)? (?:enää )?halua,? (?:enää )?että (?:minu(?:lle|a|t|un)|mulle|mua|mut"
            r"|<nouns>) (?:\w+ ){0,3}?\w*(?:soit|lähet|otet|markkin|profiloi|pisteyt|tarjo"
            r"|kontaktoi|häirit|yhteyt|anneta|annetaan|luovut|myy)\w*",
            r"en(?:kä)? (?:enää )?halua (?:enää )?olla (?:\w+ ){0,3}?\w*(?:lista|listo|liidi"
            r"|myyntivihje)\w*",
            r"vastustan (?:\S+ ){0,8}?\w*(?:käsittely|markkinoin|profiloi|profilointi|soit"
            r"|yhteydenot)\w*",
            r"kiel(?:lä|tä)n (?:\S+ ){0,4}?\w*(?:markkinoin|käytön|soit|puhelinmyyn"
            r"|yhteydenot|profiloin)\w*",
            r"(?:lisätkää|lisäätte|laittakaa|laitatte|merkitkää|merkitsette) (?:\S+ ){0,2}?"
            r"(?:minut|mut|<nouns>) (?:\S+ ){0,7}?\w*(?:kieltolist|kieltorekist|soittokiel"
            r"|estolist)\w*",
        ),
        E: (
            r"(?:poistakaa|poista|poistaa|poistamaan|poistamista|poistatte|poistaisitte"
            r"|hävittäkää|hävittää|tuhotkaa|deletoikaa) (?:kaikki )?<omat>",
            r"(?:tietojeni|tietojani|henkilötietojeni) poistami\w*",
            r"unohtakaa minut",
            r"(?:poistakaa|poistatte|poista|poistaa|poistamaan) (?:minut|mut) (?:\w+ ){0,2}"
            r"<rekisteri>",
            # "my data off your register", "my number may be deleted", "my data out": one
            # branch behind one -ni test, as a branch starting with a slot is tried at every word.
            r"(?=\w*ni(?!\w)|m)(?:<minut> pois (?:\w+ )?<rekisteri>|(?:\w*tietoni|\w*tietojani"
            r"|\w{0,12}numeroni|\w{0,12}osoitteeni|sähköpostini|profiilini|tilini) (?:\w+ )?"
            r"(?:saa|saatte|voi|voitte|pitää|tulee) (?:\w+ )?poista\w*|(?:henkilö|yhteys)?"
            r"tie(?:do|to)\w*ni pois(?! (?:\w+ )?<lista>))",
        ),
        A: (
            r"mistä (?:\w+ ){0,3}?(?:saaneet|saanut|saanu|saitte|sait|hankkineet|hankitte"
            r"|ostaneet|ostitte|kaivaneet|löysitte|löytäneet|keränneet) (?:\w+ ){0,2}?"
            r"(?:<omat>|minut|mut|minusta|musta)",
            # Not "send my data as CSV", which is portability.
            r"(?:lähettäkää|lähetä|antakaa|toimittakaa) (?:minulle )?(?:kopio )?(?:kaikista )?"
            r"<omat>(?! (?:\S+ ){0,3}?(?:csv|json|xml|excel|koneluett|\w*tiedostona)\w*)",
            # Not when the data is the object of another request: "pyydän tietojeni poistamista".
            r"(?:pyydän|haluan|vaadin)(?: saada)?(?: nähdä)?(?: tietää)? (?:kopion |pääsyn "
            r"|pääsyä )?(?:kaikki )?<omat>(?! \w*(?:poista|poisto|pois|korjaa|korjau|siirt"
            r"|rajoit|käsitt|oikais)\w*)(?! (?:\S+ ){0,3}?(?:csv|json|xml|excel|koneluett"
            r"|\w*tiedostona)\w*)",
            r"mitä tietoja (?:teillä on|säilytätte|käsittelette) (?:minusta|minua koskien)",
            # "what do you have on me", "what else is recorded about me".
            # "minusta" is also "in my opinion": it must sit next to having or storing.
            r"mitä (?:\w+ ){0,3}?(?:on|olette|ootte|tiedätte|säilytätte|käsittelette|keräsitte"
            r"|tallensitte) (?:\w+ ){0,2}?(?:minusta|minua koskien)",
            r"mitä (?:\w+ ){0,2}?(?:minusta|minua koskien) (?:\w+ ){0,2}?(?:on|olette|ootte"
            r"|teillä|tiedätte|lukee|tallennettu\w*|kerätty\w*|kirjattu\w*|tiedossa|keränneet"
            r"|tallentaneet)",
            r"mitä (?:\w+ ){0,2}?(?:teillä|teil|te|ootte|olette) (?:\w+ ){0,2}?musta",
            r"(?:kuka|ketkä|kenelle|keneltä|kenen) (?:\w+ ){0,4}?(?:myynyt|myyneet|antanut"
            r"|antaneet|luovuttanut|luovuttaneet|välittänyt|välittäneet|toimittanut|ostaneet"
            r"|ostitte|myytte|annoitte|luovutitte) (?:\w+ ){0,2}?<omat>",
            r"(?:kenelle|kenen|keneltä|kuka) (?:\w+ ){0,3}?<omat>",
            r"(?:millä|miltä|missä) (?:\w+ )?(?:listalla|listalta|rekisterissä|rekisteristä)"
            r" (?:\w+ ){0,3}?(?:olen|oon|minut|mut|minun|mun)",
            r"(?:miksi|kauanko|millä perusteella|millä oikeudella) (?:\w+ ){0,3}?<omat>",
            r"(?:lähettäkää|lähettää|lähettäisitte|toimittakaa|toimittaa|antakaa) (?:minulle"
            r"|mulle) kopio\w* (?:\w+ ){0,2}?(?:kaikesta|tiedoista|tiedot|minusta|musta"
            r"|henkilötiedoista|mitä)",
            r"tarkastusoikeu\w*ni",
        ),
    }),
    weak=_fast({
        A: (r"tarkastusoikeu\w*", r"oikeus (?:tarkastaa|saada pääsy)\w*"),
        E: (r"oikeu\w* tulla unohdetuksi", r"oikeu\w* (?:tietojen )?poistami\w*"),
        RC: (r"oikeus (?:tietojen )?oikaisu\w*",),
        RS: (r"käsittelyn rajoittami\w*", r"oikeus rajoittaa"),
        P: (r"siirrettävyy\w*", r"oikeus siirtää tie\w*"),
        O: (r"vastustamisoikeu\w*", r"oikeus vastustaa"),
        W: (r"suostumuksen peruuttami\w*", r"peruuttaa suostumu\w*"),
    }),
    cues=(r"pyydän", r"vaadin", r"haluan", r"käytän", r"täten", r"oikeuteni", r"pyyntöni",
          r"haluaisin", r"pyytäisin", r"pyydämme", r"vaadimme"),
    bare=(r"peruuta tilaus", r"poista minut", r"stop", r"poistakaa minut", r"pois listalta",
          r"peruutan", r"peruuta", r"lopettakaa", r"poistakaa", r"peruutan tilauksen"),
)

#: Spanish "mí" (me) as opposed to "mi" (my), which folding makes look the same: the pronoun
#: ends the phrase ("¿qué tienen sobre mí?") instead of being followed by a noun.
_ES_MI = (
    r"mí(?=\s*[?.!,;:)]|\s*$|\s+(?:en|y|exactamente|ahora|guardad\w*|almacenad\w*"
    r"|registrad\w*|hasta|desde)\b)"
)
#: Verbs of asking before "qué", the question word, which folding makes look like the relative
#: "que" ("los datos que tienen sobre mí" asks nothing).
_ES_QUE = (
    r"(?:saber|decir|díganme|dígame|decirme|indiquen|indíquenme|explíquenme|informen"
    r"|infórmenme|pregunto|conocer)"
)

ES = LanguageLexicon(
    code="es",
    slots=_fast_slots({
        "mis": r"(?:todos )?(?:mis|mi)",
        # The same at the start of a phrase: a literal first letter keeps the scan cheap.
        "mi": r"mis?",
        "mí": _ES_MI,
        "qué": _ES_QUE,
        # "remove me" as one word, formal and informal: quítenme, bórrame, sacarme.
        "meborrar": r"(?:quítenme|quíteme|quitadme|quítame|quitarme|elimínenme|elimíneme"
        r"|eliminadme|elimíname|eliminarme|bórrenme|bórreme|borradme|bórrame|borrarme|sáquenme"
        r"|sáqueme|sacadme|sácame|sacarme|retírenme|retíreme|retiradme|retírame)",
        "datos": r"(?:datos(?: personales| de (?:contacto|perfil))?|información(?: personal)?"
        r"|número(?: de teléfono| de móvil)?|teléfono|móvil|celular|correo(?: electrónico)?"
        r"|e-?mail|mail|dirección(?: de correo)?|nombre|apellido|perfil|cargo|puesto|empresa"
        r"|registro|ficha|contacto|expediente)",
        # Erasing verbs, formal (ustedes/usted) and informal (vosotros/tú) imperatives.
        "borrar": r"(?:borren|borre|borrad|borra|borrar|eliminen|elimine|eliminad|elimina"
        r"|eliminar|supriman|suprima|suprimid|suprimir|quiten|quite|quitad|quitar|saquen|saque"
        r"|sacad|sacar|remuevan|remover|retiren|retirar)",
        # Removal from a register (erasure) as opposed to a mailing list (objection).
        "registro": r"(?:\w+ ){0,2}?(?:base de datos|bases de datos|fichero|ficheros|sistema"
        r"|sistemas|crm|registro|registros|archivo|archivos|bbdd|plataforma)",
        "lista": r"(?:\w+ ){0,2}?(?:listas?|listados?|envíos|mailing|boletín|newsletter"
        r"|distribución|campañas?)",
        # Data the writer gave: "los datos que les di", "todo lo que he introducido".
        "dado": r"(?:los datos|la información|todo lo|lo|todo) que (?:les |os |le )?(?:di|he "
        r"(?:introducido|cargado|subido|dado|metido|rellenado)|fui (?:cargando|metiendo|subiendo)"
        r"|introduje|cargué|subí|metí|rellené)",
    }),
    strong=_fast({
        RS: (r"(?:limitación|limiten|limitar|restrinjan|restringir|bloqueo|bloqueen) "
             r"(?:del |de )?(?:(?:el )?tratamiento de )?<mis> <datos>",
             # "freeze my record", "leave my file frozen", "don't use my data for now".
             r"(?:congelen|congele|congelad|congelar|bloqueen|bloquee|bloquear|inmovilicen)"
             r" <mis> <datos>",
             r"(?:dejen|deje|mantengan|mantenga) <mis> <datos> (?:\w+ )?(?:congelad|bloquead)\w*",
             r"no (?:usen|use|utilicen|utilice|traten|trate|toquen|uséis|utilicéis) <mis> <datos>",
             r"no (?:borren|borre|eliminen|elimine|supriman|suprima|borréis) <mis> <datos>",
             r"impugno (?:\w+ ){0,6}?(?:datos|exactitud|información)"),
        P: (
            r"portabilidad de <mis> <datos>",
            r"(?:transfieran|transmitan|transferir|transmitir) <mis> <datos> a (?:otro|otra"
            r"|mi nuevo|mi nueva)",
            r"<mi> <datos> en (?:un )?formato (?:estructurado|electrónico|legible)",
            # "send my data straight to the new provider", "an export of what I entered".
            r"(?:enviar|mandar|pasar|transferir|transmitir)les (?:directamente )?<mis> <datos>",
            r"me (?:\w+ ){0,3}?(?:una )?exportación",
            r"<mi> <datos> (?:\S+ ){0,6}?(?:csv|json|xml|excel|archivo|fichero)\w*",
            r"<dado> (?:\S+ ){0,6}?(?:csv|json|xml|excel|archivo|fichero)\w*",
            r"(?:csv|json|xml|excel)\w* (?:\S+ ){0,4}?(?:<dado>|<mis> <datos>)",
            r"(?:en un |en |un )(?:archivo|fichero|excel|csv) (?:\S+ ){0,4}?<dado>",
        ),
        W: (r"(?:retiro|revoco) (?:mi|el) consentimiento",
            r"(?:retirar|revocar) mi consentimiento", r"retirada de mi consentimiento",
            # "I withdraw that consent / the permission / the OK I gave".
            r"(?:retiro|revoco|anulo|cancelo) (?:(?!del\b|de\b)\w+ ){0,2}?(?:consentimiento|permiso"
            r"|autorización|ok|aceptación)",
            r"me doy de baja (?:\w+ ){0,2}?(?:newsletter|boletín)",
            r"(?:revocación|retirada) (?:expresa )?de mi (?:consentimiento|permiso)"),
        RC: (
            # A stated change: "my new email is ...", "I no longer work at ...".
            r"mi (?:nuevo|nueva) (?:correo|e-?mail|mail|número|teléfono|móvil|dirección|cargo"
            r"|puesto)",
            r"ya no trabajo (?:en|para)",
            r"(?:corrijan|corrija|rectifiquen|rectifique|actualicen|actualice|corregir|rectificar"
            r"|actualizar|modificar|modifiquen|modifique|cambien|cambie) <mis> <datos>",
            r"rectificación de <mis> <datos>",
            # "my title is wrong", "what you have on me is not correct".
            r"<mi> <datos> (?:\w+ ){0,3}?(?:está|están|es|son|aparece|sale|figura)n? "
            r"(?:\w+ ){0,2}?(?:mal|incorrect\w*|erróne\w*|equivocad\w*|desactualizad\w*)",
            r"(?:de|sobre) mi (?:\w+ ){0,2}?no (?:es|son|está|están) (?:correct\w*|bien)",
            r"he cambiado de (?:número|teléfono|móvil|fijo|correo|email|e-mail|dirección)",
            # "delete the old number and put the new one": an update, not an erasure.
            r"(?:número|teléfono|móvil|fijo|correo|mail|e-?mail|cargo|puesto|dirección)"
            r" (?:\S+ ){0,4}?(?:viej[oa]|antigu[oa]|anterior)\W+(?:\S+ ){0,8}?(?:pongan|ponga"
            r"|usen|use|utilicen|anoten|apunten|cambien|sustit\w*) (?:\w+ ){0,2}?(?:nuev[oa]"
            r"|este|esta)",
        ),
        O: (
            # A named person on whose behalf the writer acts: "don't call her any more".
            r"no (?:la|lo|le) (?:llamen|contacten|molesten|llaméis|contactéis|molestéis) más",
            r"no tengo (?:ningún |ninguna )?interés en que (?:me )?vuelvan a (?:llamar|contactar"
            r"|escribir)\w*",
            r"no me (?:contacten|llamen|escriban|envíen|contacte|llame|escriba|envíe|manden"
            r"|mande|molesten|moleste|contactéis|llaméis|escribáis|enviéis|mandéis|molestéis"
            r"|contactes|llames|escribas|envíes|mandes)",
            r"no (?:me )?(?:vuelvan|vuelva|volváis|vuelvas) a (?:\w+me|llamar|escribir"
            r"|contactar|molestar|enviar)",
            r"(?:dejen|deje|dejad|deja|paren|pare|parad) de (?:\w+(?:rme)|\w+ <mis> <datos>)",
            r"déjenme en paz|dejadme en paz|déjeme en paz",
            r"(?:denme|deme|darme|dadme|dame) de baja",
            r"(?:me doy|quiero darme|quisiera darme|deseo darme) de baja",
            r"<meborrar>(?! (?:de|del) <registro>)",
            r"(?:favor de|por favor) (?:remover|quitar|sacar|eliminar|retirar) <mis> <datos> de "
            r"<lista>",
            r"<borrar> <mis> <datos> (?:de|del) <lista>",
            r"me opongo (?:al|a)",
            r"no quiero (?:recibir |que me (?:envíen|manden|llamen) )?(?:más |ninguna |ningún )?"
            r"(?:correos|publicidad|llamadas?|mensajes|e-?mails|comunicaciones|ofertas|spam)",
            r"no quiero que me (?:llam|contact|escrib|envi|mand|molest|perfil|puntú|analic"
            r"|ofrezc|incluy)\w*",
            r"no quiero que (?:\w+ )?(?:cedan|pasen|vendan|compartan|faciliten|den|usen|traten)"
            r" <mis> <datos>",
            r"no (?:pasen|cedan|vendan|compartan|faciliten|transfieran|deis|paséis|cedáis)"
            r" <mis> <datos>",
            r"se abstengan de (?:\w+ ){0,2}?\w+me",
        ),
        E: (
            # "my number out of your system".
            r"<mi> (?:número|numero|móvil|teléfono|celular|correo|ficha|contacto) (?:\w+ ){0,2}?"
            r"fuera de (?:su|sus|vuestro|vuestra|vuestros) (?:\w+ )?(?:sistema|base|bases|crm"
            r"|registro|archivo|fichero)\w*",
            r"(?<!no\s)<borrar> <mis> <datos>(?! (?:de|del) <lista>)",
            r"(?:supresión|eliminación|borrado) de <mis> <datos>",
            r"<meborrar> (?:de|del) <registro>",
            # "delete everything you have on me".
            r"<borrar> (?:todo|toda la información|todos los datos) (?:lo )?que (?:\w+ ){0,2}?"
            r"(?:de|sobre) <mí>",
            r"olvídenme|olvidadme|olvídeme"),
        A: (
            r"(?:acceso a|copia de) <mis> <datos>",
            r"(?:envíenme|envíeme|enviadme|mándenme|mándeme|facilíteme|facilítenme) (?:una copia "
            r"de )?<mis> <datos>(?! (?:\S+ ){0,3}?(?:csv|json|xml|excel|archivo|formato)\w*)",
            r"(?:de dónde|dónde) (?:han|ha|habéis) (?:obtenido|sacado|conseguido) <mis> <datos>",
            r"qué datos (?:tienen|tiene|tenéis|guardan|tratan) (?:de|sobre) (?:<mí>|él)",
            # "where did you get my number / this email from?"
            r"(?:de dónde|dónde) (?:\w+ ){0,2}?(?:sacaron|sacó|sacasteis|sacaste|obtuvieron|obtuvo"
            r"|consiguieron|consiguió|sacan|sacáis|tienen|tenéis|han sacado|han obtenido"
            r"|han conseguido|ha sacado|ha obtenido|habéis sacado|salió|salieron) (?:\w+ ){0,2}?"
            r"(?:<mis> <datos>|(?:este|ese|esta|esa) (?:correo|número|teléfono|móvil|dirección"
            r"|contacto|e-?mail|mail))",
            r"(?:datos|información) (?:míos|mía|de <mí>|sobre <mí>)",
            r"<qué> qué (?:\w+ ){0,3}?(?:tienen|tiene|tenéis|guardan|saben) (?:\w+ ){0,2}?(?:de"
            r"|sobre|acerca de) <mí>",
            r"¿\s*qué (?:\w+ ){0,3}?(?:tienen|tiene|tenéis|guardan|saben) (?:\w+ ){0,2}?(?:de"
            r"|sobre|acerca de) <mí>",
            r"(?:por qué|con qué|qué base|cómo|para qué) (?:\w+ ){0,4}?(?:usan|tratan|utilizan"
            r"|tienen|procesan|guardan|conservan|tenéis|usáis) (?:\w+ )?<mis> <datos>",
            r"en qué (?:lista|base de datos|fichero|listado)s? (?:\w+ )?(?:estoy|aparezco"
            r"|figuro)",
            r"quién (?:\w+ ){0,2}?(?:vendió|dio|pasó|facilitó|cedió|ha vendido|ha dado) <mis> "
            r"<datos>",
            r"a quién(?:es)? (?:\w+ ){0,3}?<mis> <datos>",
            r"(?:han|habéis) (?:compartido|cedido|vendido|pasado) <mis> <datos>",
        ),
    }),
    weak=_fast({
        A: (r"derecho de acceso",),
        E: (r"derecho (?:de supresión|al olvido|de cancelación|a la supresión)",),
        RC: (r"derecho de rectificación",),
        RS: (r"derecho a la limitación(?: del tratamiento)?", r"limitación del tratamiento"),
        P: (r"(?:derecho a la portabilidad|portabilidad)(?: de (?:los )?datos)?",),
        O: (r"derecho de oposición",),
        W: (r"retirar el consentimiento", r"retirada del consentimiento"),
    }),
    cues=(r"solicito", r"pido", r"exijo", r"quiero", r"ejerzo", r"deseo", r"por la presente",
          r"mi derecho", r"solicitamos", r"exigimos"),
    bare=(r"baja", r"darme de baja", r"stop", r"quítenme", r"sáquenme", r"bórrenme",
          r"no me interesa,? no me (?:llamen|escriban) más"),
)

IT = LanguageLexicon(
    code="it",
    slots=_fast_slots({
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
    strong=_fast({
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
    weak=_fast({
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

#: Polish "my data": a possessive and a data noun, or the data "about me".
_PL_MOJE = r"(?:wszystkie moje|wszystkich moich|mo(?:je|ich|imi|j|jego|jej|ją|im)|mój)"
_PL_DANE = (
    r"(?:dane(?: osobowe)?|danych(?: osobowych)?|danymi(?: osobowymi)?|informacj\w*"
    r"|numer\w*(?: telefonu)?|telefon\w*|adres\w*(?: e-?mail)?|e-?mail\w*|mail\w*"
    r"|stanowisk[oa]|nazwisk[oa]|imię|imienia|rekord\w*|kartotek\w*|kont[oa]|profil\w*"
    r"|wpis\w*|kontakt\w*)"
)
_PL_MOJEDANE = (
    r"(?:" + _PL_MOJE + " " + _PL_DANE + r"|(?:dane|danych|informacje|informacji) (?:\w+ )?"
    r"(?:o mnie|na mój temat|dotyczące mnie|mnie dotyczące))"
)

PL = LanguageLexicon(
    code="pl",
    slots=_fast_slots({
        "moje": _PL_MOJE,
        "dane": _PL_DANE,
        "mojedane": _PL_MOJEDANE,
        # Removal from a register (erasure) as opposed to a mailing list (objection).
        "baza": r"(?:\w+ ){0,2}?(?:baz\w*|system\w*|crm\w*|rejestr\w*|ewidencj\w*|kartotek\w*"
        r"|archiw\w*)",
        "lista": r"(?:\w+ ){0,2}?(?:list\w*|mailing\w*|newsletter\w*|wysyłk\w*|subskrypcj\w*"
        r"|kampani\w*)",
        # A third party as the target: a client's "don't call the firms on our list".
        "inni": r"(?:\w+ ){0,3}?(?:nich|nim|niego|tych|tej|firm\w*|kontakt\w*|lead\w*|list\w*"
        r"|klient\w*)",
    }),
    strong=_fast({
        RS: (r"ograniczeni[ea] przetwarzania <mojedane>",
             r"(?:ograniczcie|ograniczyć|zablokujcie|zablokować|wstrzymajcie|wstrzymać|zamroźcie"
             r"|zamrozić) (?:przetwarzanie |wykorzystywanie )?<mojedane>",
             # "don't delete my data, but don't use it either".
             r"nie (?:usuwać|usuwajcie|kasujcie|kasować|wykorzystywać|wykorzystujcie|używajcie"
             r"|używać|przetwarzajcie|przetwarzać) (?:jeszcze |na razie )?<mojedane>",
             r"nie (?:usuwajcie|kasujcie) (?:jeszcze |na razie )?(?:nic|niczego)(?! (?:\w+ ){0,2}?"
             r"(?:z|ze) (?:\w+ )?(?:list|plik|kampani)\w*)",
             r"kwestionuję (?:\w+ ){0,2}?(?:poprawność|prawidłowość) <mojedane>"),
        P: (r"(?:przeniesienie|przeniesienia|przenieście|przesłanie|przesłania|przekażcie"
            r"|przekazanie|przekazania) <mojedane> (?:\S+ ){0,8}?do (?:innego|nowego)",
            r"przeniesieni[ea] <mojedane>",
            # "an export of my data", "my data as CSV / JSON".
            r"eksport\w* (?:\w+ ){0,2}?<mojedane>",
            r"(?:csv|json|xml|excel)\w* (?:\S+ ){0,4}?<mojedane>",
            r"<moje> <dane> (?:\S+ ){0,6}?(?:csv|json|xml|excel)\w*"),
        W: (r"(?:cofam|wycofuję|odwołuję) (?:moją |swoją |tę |tą |wszystkie |wszelkie |moje )?"
            r"zgod[ęy]",
            # Only "cofam" is unambiguous once folded ("wycofuję" = "wycofuje", he withdraws).
            r"cofam (?:\S+ ){0,6}?(?:zgod\w*)",
            r"cofam ją",
            r"(?:cofnięcie|wycofanie|odwołanie) mojej zgody",
            r"moja zgoda (?:\w+ ){0,2}?(?:nieaktualna|nieważna|wygasła|wycofana|cofnięta)"),
        RC: (
            # A stated change: "my new address is ...", "since the wedding my name is ...".
            r"(?:mój|moj) nowy (?:adres|numer|e-?mail|mail|telefon)\w*",
            r"(?:moje nowe|od ślubu|obecnie|teraz) nazywam się",
            r"moje nowe nazwisko",
            r"(?:popraw|poprawcie|poprawić|sprostuj|sprostujcie|sprostowanie|sprostowania"
             r"|zaktualizujcie|zaktualizować|zaktualizowanie|zmieńcie|zmienić) <mojedane>",
             # "my surname is misspelt", "I changed my number", "you address me as...".
             r"<moje> <dane> (?:\w+ ){0,3}?(?:jest|są|został\w*) (?:\w+ )?(?:błędn\w*"
             r"|nieaktualn\w*|niepoprawn\w*|źle|nieprawidłow\w*|zmienion\w*)",
             r"zmieni(?:łem|łam) (?:\w+ )?(?:numer\w*|adres\w*|e-?mail\w*|mail\w*|nazwisk\w*"
             r"|stanowisk\w*|telefon\w*)",
             r"(?:piszecie|zwracacie się|dzwonicie) do mnie (?:\w+ ){0,2}?(?:jako|„|\"|per)",
             r"jestem zapisan\w* (?:\w+ ){0,4}?jako",
             # "delete my old number and put in the new one": an update, not an erasure.
             r"star(?:y|ego|ą) (?:numer|adres|e-?mail|mail|telefon|stanowisko)\w* (?:[^\s.!?]+ )"
             r"{0,6}?(?:wpiszcie|wpisać|wstawcie|dodajcie|zapiszcie|podmieńcie|zamieńcie"
             r"|zmieńcie)",
             r"(?:wykreśl|skreśl|usuń)\w* (?:\w+ )?(?:stanowisko|tytuł|funkcję)\w*"),
        O: (
            # A named person on whose behalf the writer acts: "stop calling him/her".
            r"nie (?:dzwońcie|piszcie) (?:już |więcej )?do (?:niego|niej)(?! <inni>)",
            r"nie (?:kontaktujcie się ze mną|dzwońcie do mnie|piszcie do mnie|wysyłajcie mi)",
            r"nie (?:dzwońcie|piszcie|wysyłajcie|kontaktujcie się|nękajcie|spamujcie|dzwoń"
            r"|pisz) (?:już |więcej |nigdy )*(?:do mnie|mi|ze mną|mnie)",
            r"nie (?:dzwońcie|piszcie|wysyłajcie|nękajcie|spamujcie)(?: już| więcej| nigdy)*"
            r"(?=\s*[.!,]|\s*$)",
            r"proszę (?:o )?(?:nie kontaktowanie|nie dzwonić|się nie kontaktować"
            r"|nie kontaktować się)(?! <inni>)",
            r"(?:proszę|prosimy) (?:(?!nich\b|tych\b|tej\b|firm|kontakt|lead|klient)\w+ ){0,3}?"
            r"nie (?:pisać|dzwonić|kontaktować|wysyłać"
            r"|przesyłać|nękać)(?! <inni>)",
            r"(?:przestańcie|przestań|przestać|skończcie) (?:\w+ )?(?:dzwonić|pisać|wysyłać"
            r"|kontaktować|nękać|spamować|do mnie|mnie)(?! <inni>)",
            r"(?:wypiszcie|usuńcie|wykreślcie|skreślcie|wypisz|usuń|wykreśl|skreśl|wypisać"
            r"|usunąć|wykreślić|skreślić) mnie (?:z|ze) <lista>",
            # Bare "remove me" is an objection; "remove me from your database" is erasure.
            r"(?:wypiszcie|usuńcie|wykreślcie|skreślcie|wypisz|usuń|wypisać|usunąć|wykreślić"
            r"|skreślić) mnie(?! (?:z|ze) <baza>)",
            r"mnie (?:wypisać|usunąć|wykreślić|skreślić)(?! (?:z|ze) <baza>)",
            r"(?:wypisz|wykreśl|skreśl|usuń|usunąć|wykreślić|skreślić|wypisać)\w* <mojedane>"
            r" (?:z|ze) <lista>",
            r"sprzeciwiam się", r"wnoszę sprzeciw",
            # Folding makes "chcę" (I want) and "chce" (he wants) the same word, so only phrases
            # a writer uses of himself: "nie chcę otrzymywać", not "nie chce kontaktu".
            r"nie chcę (?:więcej |już )?(?:otrzymywać|dostawać|żadnych|być kontaktowan\w*)",
            r"rezygnuję z (?:subskrypcji|newslettera|otrzymywania)",
            r"nie zgadzam się na (?:\w+ ){0,2}?(?:przekazywani|udostępniani|sprzedaż|sprzedawani"
            r"|przetwarzani|profilowani|kontakt|telefon|dzwoni|wysyłani)\w*",
            r"nie życzę sobie (?:\w+ ){0,2}?(?:kontakt|telefon|profilow|dzwoni|maili|wiadomości"
            r"|ofert|marketing|ocenian|przekazywan|spam)\w*",
            r"nie (?:przekazujcie|udostępniajcie|sprzedawajcie|dawajcie|przekazywać"
            r"|udostępniać) (?:\w+ ){0,2}?<mojedane>",
            r"zaprzesta\w* (?:\w+ ){0,2}?(?:kontaktowania|dzwonienia|wysyłania|przetwarzania)"
            r"(?! <inni>)",
        ),
        E: (
            # "wipe me from your base", slang "throw me out of the system".
            r"(?:wymażcie|wymaż|wywalcie|wywal|wyrzućcie|wyrzuć) mnie (?:z|ze) <baza>",
            r"(?:usuń|usuńcie|usunąć|usunięcie|usunięcia|skasujcie|skasować|kasujcie"
            r"|wykasujcie|wykasować|wymażcie|wymazać|zniszczcie|usuwajcie) <mojedane>",
            r"<moje> (?:\w+ )?<dane> (?:\w+ ){0,2}?(?:usuńcie|skasujcie|wykasujcie|usunąć"
            r"|skasować|wymażcie|kasujcie)",
            r"(?:usuńcie|usunąć|usuń|wykreślcie|wykreślić|skasujcie) mnie (?:z|ze) <baza>",
            r"(?:usuńcie|skasujcie|kasujcie|wykasujcie|wymażcie) (?:to )?wszystko(?:,? co "
            r"(?:\w+ ){0,2}?o mnie)?(?! (?:\w+ ){0,3}?(?:list|plik|kampani|lead|kontakt|rekord"
            r"|wiersz)\w*)",
            r"zapomnijcie o mnie"),
        A: (
            r"dostęp(?:u)? do <mojedane>",
            r"kopi[ęia] <mojedane>",
            r"skąd (?:macie|mają państwo|pan ma|pani ma|masz) <moje> <dane>",
            r"jakie dane (?:o mnie )?(?:macie|przetwarzacie|posiadacie)(?: o mnie"
            r"| na mój temat)?",
            # "what data do you hold on me", "where did you get my...", "on what basis...".
            r"jakie (?:\w+ ){0,2}?(?:dane|informacje) (?:\w+ ){0,3}?(?:o mnie|na mój temat"
            r"|mnie dotyczą|dotyczące mnie)",
            r"skąd (?:\w+ ){0,3}?(?:moj\w*|mój|mnie)",
            r"(?:na jakiej podstawie|dlaczego|po co|z jakiego powodu|jakim prawem|od kiedy)"
            r" (?:\w+ ){0,3}?<mojedane>",
            r"na (?:jakiej|której) (?:\w+ )?liście (?:\w+ )?jestem",
            r"kto (?:\w+ ){0,2}?(?:sprzedał|dał|przekazał|udostępnił)\w* (?:\w+ )?<mojedane>",
            r"(?:komu|którym \w+) (?:\w+ ){0,2}?(?:przekazaliście|sprzedaliście|udostępniliście"
            r"|przekazali|sprzedali) (?:\w+ )?<mojedane>",
        ),
    }),
    weak=_fast({
        A: (r"prawo dostępu",),
        E: (r"praw\w* do (?:usunięcia(?: danych)?|bycia zapomnianym)",),
        RC: (r"prawo do sprostowania",),
        RS: (r"prawo do ograniczenia przetwarzania", r"ograniczeni[ea] przetwarzania"),
        P: (r"prawo do przenoszenia danych", r"przenoszeni[ea] danych"),
        O: (r"prawo do sprzeciwu",),
        W: (r"(?:cofnięcie|wycofanie|odwołanie) zgody", r"cofnąć zgodę"),
    }),
    cues=(r"proszę", r"żądam", r"wnoszę", r"wnioskuję", r"chcę", r"niniejszym",
          r"moje prawo", r"korzystam", r"zwracam się", r"prosimy", r"żądamy"),
    bare=(r"wypisz mnie", r"rezygnuję", r"stop", r"wypiszcie mnie", r"usuńcie mnie"),
)

#: All lexicons by language code, in the order used when no language hint is given.
#: English comes first because the words several languages share ("stop", "art.") are
#: English loans; the first language to match a span is the one reported.
