"""Spanish phrase data for the explicit-mention layer.

The pattern dialect is described in classifiers.mention_lexicon; the literal-first regrouping
in classifiers.lexicon.other_patterns.
"""

from __future__ import annotations

from classifiers.lexicon.base import RC, RS, A, E, LanguageLexicon, O, P, W
from classifiers.lexicon.other_patterns import literal_first_slots, literal_first_table

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
    slots=literal_first_slots({
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
    strong=literal_first_table({
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
    weak=literal_first_table({
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
