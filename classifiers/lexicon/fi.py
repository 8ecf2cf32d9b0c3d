"""Finnish phrase data for the explicit-mention layer.

The pattern dialect is described in classifiers.mention_lexicon; the literal-first regrouping
in classifiers.lexicon.other_patterns.
"""

from __future__ import annotations

from classifiers.lexicon.base import RC, RS, A, E, LanguageLexicon, O, P, W
from classifiers.lexicon.other_patterns import literal_first_slots, literal_first_table

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
    slots=literal_first_slots({
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
    strong=literal_first_table({
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
    weak=literal_first_table({
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
