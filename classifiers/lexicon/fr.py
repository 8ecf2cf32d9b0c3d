"""French phrase data for the explicit-mention layer.

The pattern dialect is described in classifiers.mention_lexicon; why every phrase starts with a
literal, and the builders that keep it so, in classifiers.lexicon.continental_patterns.
"""

from __future__ import annotations

from classifiers.lexicon.base import RC, RS, A, E, LanguageLexicon, O, P, W
from classifiers.lexicon.continental_patterns import (
    each,
    grouped,
    nq,
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
        RS: grouped(
            r"limitation (?:du traitement )?de <mes> <donnees>",
            *each("limitez|limiter|restreignez|restreindre|bloquez|bloquer|geler|gelez"
                   "|suspendez|suspendre",
                   r" (?:(?:le traitement de )?<mes> <donnees>|(?:le|ce) traitement (?:pendant"
                   r"|jusqu|de mes|en attendant|durant|tant))"),
            r"ne (?:les |l')?(?:supprimez|effacez|détruisez) (?:surtout |donc )?(?:pas|rien)\b",
            r"n'effacez (?:rien|pas)\b",
            r"n'en faites rien\b",
            r"ne pas (?:vous )?en servir\b",
            r"ne (?:plus |pas )?(?:utiliser|traiter|exploiter|transmettre) <mes> <donnees> (?:\S+"
            r" ){0,4}(?:tant que|en attendant|jusqu)",
            *each("tant que |en attendant |jusqu'",
                   r"(?:\S+ ){0,8}(?:ne |n')(?:\S+ ){0,2}(?:utilisiez|utilisez|servez|servir"
                   r"|utiliser|faites|transmettiez|transmettez|traitez|utilise)\b"),
            r"ne (?:les |l')?utilisez (?:pas|plus|rien) (?:\S+ ){0,6}(?:tant que|en attendant"
            r"|jusqu'(?:à|au))",
            *each("conserver|conservez|gardez|garder",
                   r" <mes> <donnees> (?:\S+ ){0,2}(?:sans|mais)\b"),
        ),
        P: grouped(
            r"<mes> <donnees> (?:(?:dans|sous) (?:un )?format (?:structuré|lisible par machine"
            r"|couramment utilisé|électronique|csv)|(?:\S+ ){0,6}lisible par (?:une )?machine)",
            *each("transférer|transférez|transmettre|transmettez|envoyer|envoyez",
                   r" (?:directement <mes>|<mes> <donnees> (?:directement )?(?:à|vers"
                   r"|chez) (?:un autre|une autre|mon nouveau|ma nouvelle|un nouveau))"),
            r"portabilité de <mes> <donnees>",
            *each("m'envoyer|m'envoyez|envoyez-moi|me transmettre|me fournir|me faire parvenir"
                   "|m'exporter",
                   r" (?:\S+ ){0,2}export\b"),
            r"export (?:de|des|complet de) (?:\S+ ){0,2}<mes>",
            *each("recevoir|récupérer|exporter|télécharger|obtenir|m'envoyer|me transmettre"
                   "|me fournir|envoyez-moi|transmettez-moi",
                   r" (?:\S+ ){0,5}(?:mes|mon|ma|ces données|tout ça"
                   r"|tout cela)\b (?:\S+ ){0,6}(?:en|sous forme de|au format"
                   r"|dans un) (?:\S+ )?<fmt>\b"),
            r"lisible par (?:une )?machine (?:de |des )?(?:\S+ ){0,2}<mes>",
        ),
        W: grouped(
            *each("retire|révoque",
                   r" (?:\w+ )?(?:mon|ce|cet|cette|tout|mes|le|mon) (?:\w+ )?(?:consentements?"
                   r"|accords?|autorisations?|inscriptions?|opt-?ins?)\b"),
            r"retrait de mon consentement",
            r"je ne (?:consens plus|donne plus mon (?:consentement|accord))",
            *each("retirer|révoquer", r" mon consentement"),
            *each("annuler|annulez", r" (?:\w+ )?(?:mon|ma) (?:inscription|abonnement)\b"),
            *each("résilie|annule",
                   r" (?:mon |ma |la |le |votre )(?:inscription|newsletter|lettre)\b"),
        ),
        RC: grouped(
            r"je suis (?:maintenant|désormais|aujourd'hui) (?:\S+ ){1,4}chez\b",
            r"je (?:suis passée?|travaille (?:désormais|maintenant|aujourd'hui)) chez\b",
            *each("corrigez|corriger|rectifiez|rectifier|modifiez|modifier|mettez à jour"
                   "|" + nq("mettre") + " à jour|changez|changer",
                   r" (?:(?:\S+ ){0,1}<mes> <champ>|(?:vos|votre) (?:données|fichier|fiche|base"
                   r"|informations)|(?:\S+ ){0,2}(?:dans|de|sur) (?:votre|vos) (?:fichiers?|base"
                   r"|système|crm|données|registre|fiche))\b"),
            *each("enlever|enlevez|retirer|retirez|supprimer|supprimez",
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
            *each("données|informations|infos|coordonnées",
                   r" (?:sur|me concernant) (?:moi )?(?:sont|est) (?:\w+ )?(?:fausses?|erronée?s?"
                   r"|inexactes?|incorrecte?s?|obsolètes?)"),
            r"n'est plus (?:à moi|le mien|la mienne)\b",
        ),
        O: grouped(
            *each("inutile|pas la peine",
                   r" de me (?:rappeler|recontacter|relancer|contacter|téléphoner|appeler)\b"),
            *each("aucune|pas",
                   r" envie (?:d'avoir|de recevoir) vos (?:appels|mails|e-mails|messages)\b"),
            r"ne (?:plus (?:jamais )?|jamais (?:plus )?|surtout plus )(?:me |m')<contacter>",
            r"ne pas (?:me |m')<contacter><fin>",
            r"ne (?:me |m')(?:contactez|appelez|écrivez|téléphonez|sollicitez|envoyez|relancez"
            r"|démarchez|dérangez|harcelez|rappelez|recontactez)(?: \w+)? (?:plus|jamais"
            r"|pas<fin>)\b",
            *each("arrêtez|arretez|cessez|stoppez|arrêter|cesser",
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
            *each(nq("retirez") + "|enlevez|rayez|sortez|désinscrivez|désabonnez|virez",
                   r"<moi>(?! (?:\S+ ){0,2}(?:de|des|du) <db>)"),
            *each("supprimez|effacez", r"<moi> (?:de|des|du) <liste>"),
            *each("me |m'",
                   r"(?:désabonner|désinscrire|retirer|rayer|sortir|enlever)(?! (?:\S+ ){0,2}(?:de"
                   r"|des|du) <db>)"),
            *each("me |m'", r"(?:supprimer|effacer) (?:\S+ ){0,2}(?:de|des|du) <liste>"),
            *each("retirez|retirer|enlevez|enlever|rayez|rayer|supprimez|supprimer|sortez",
                   r"(?: \S+)? <mes> <donnees> (?:\S+ ){0,2}(?:de|des|du) <liste>"),
            *each("désinscrivez|désabonnez", r" (?:cette|mon|ma|mes)\b"),
            r"je (?:me )?(?:désinscris|désabonne)",
            r"je (?:souhaite|veux|voudrais) (?:me )?(?:désinscrire|désabonner"
            r"|ne plus (?:être (?:contacté|sollicité|appelé)e?|recevoir))",
            r"je m'(?:y )?oppose",
            *each("veux|souhaite|voudrais|aimerais|désire|exige",
                   r" (?:\S+ ){0,2}être (?:\w+ )?(?:retirée?|rayée?|désinscrite?|désabonnée?"
                   r"|supprimée?|enlevée?) (?:\S+ ){0,2}(?:de|des|du) <liste>"),
            *each("veux|souhaite",
                   r" pas que <mes> <donnees> (?:\S+ ){0,2}(?:soient|soit|sont) (?:transmise?s?"
                   r"|vendue?s?|cédée?s?|partagée?s?|communiquée?s?|utilisée?s?)"),
            r"ne (?:transmettez|communiquez|vendez|donnez|cédez|partagez|revendez"
            r"|passez)(?: \w+)? (?:plus|pas|jamais) (?:\S+ ){0,2}(?:<mes>|mon nom|mes coordonnées)",
        ),
        E: grouped(
            *each("supprimez|effacez|supprimer|effacer|détruisez|détruire",
                   r" (?:\S+ ){0,6}<surmoi>"),
            *each(nq("supprimez") + "|effacez|retirez|virez|détruisez|enlevez|supprimer|effacer"
                   "|supprime|efface|enlève|vire"
                   "|retirer|détruire|enlever",
                   r"(?: (?!pas\b|rien\b)\S+){0,2} <mes> <donnees>"),
            r"<mes> <donnees> (?:\S+ ){0,4}(?:soi(?:en)?t|être|seront) (?:\w+ )?(?:supprimée?s?"
            r"|effacée?s?|détruite?s?)",
            *each("veux|souhaite|exige|voudrais|demande|aimerais",
                   r" (?:qu'|que )(?:\S+ ){0,4}(?:soi(?:en)?t (?:\w+ )?(?:effac|supprim|détrui"
                   r"|retir)\w*|disparaisse\w*|n'existe plus)"),
            *each("suppression|effacement|destruction",
                   r" (?:\S+ ){0,3}(?:de <mes>|<surmoi>|de mon|de ma|de mes)"),
            *each("supprimez|effacez|oubliez", r"<moi>"),
            *each("me |m'", r"(?:supprimer|effacer|oublier)\b(?! (?:\S+ ){0,2}(?:de|des"
                   "|du) <liste>)"),
            *each("me |m'",
                   r"(?:sortir|radier|retirer|supprimer|effacer|enlever|rayer) (?:\S+ ){0,2}(?:de"
                   r"|des|du) <db>"),
            *each("sortez|radiez|retirez|supprimez|effacez|enlevez|rayez|virez",
                   r"<moi> (?:\S+ ){0,2}(?:de|des|du) <db>"),
            *each("veux|souhaite|voudrais|aimerais|désire|exige",
                   r" (?:\S+ ){0,2}être (?:\w+ )?(?:retirée?|radiée?|sortie?"
                   r"|enlevée?) (?:\S+ ){0,2}(?:de|des|du) <db>"),
            *each("veux|souhaite|voudrais|aimerais|désire|exige",
                   r" (?:\S+ ){0,2}être (?:\w+ )?(?:supprimée?|effacée?|radiée?)(?! (?:de"
                   r"|des) (?:votre|vos|la|cette) (?:\w+ )?liste)"),
        ),
        A: grouped(
            r"accès à <mes> <donnees>",
            r"accéder à <mes> <donnees>",
            r"d'où (?:viennent|vient|provient|proviennent|sortent|sort) <mes> <donnees>",
            *each("envoyez|transmettez|communiquez|fournissez",
                   r"<moi> (?:une copie de |la liste de )?<mes> <donnees>"),
            r"me (?:communiquer|transmettre|envoyer|fournir) (?:une copie de )?<mes> <donnees>",
            *each("d'où|où|comment|de qui|auprès de qui|par qui|qui",
                   r" (?:\S+ ){0,3}(?:obtenu|eu|trouvé|récupéré|pris|acheté|reçu|tenez|sortez|vendu"
                   r"|donné|fourni|transmis|procurée?s?)(?:-vous)? (?:\S+ ){0,2}<mes> <donnees>"),
            *each("comment|d'où|où|auprès de qui",
                   r" (?:avez|aviez)(?:-| )vous (?:\w+ )?(?:obtenue?s?|eue?s?|trouvée?s?"
                   r"|récupérée?s?) (?:ça|cela|cette (?:adresse|information|info)|ce (?:numéro|mail"
                   r"|contact)|ces (?:informations|infos|coordonnées|données))"),
            r"d'où sortez(?:-| )vous (?:ces|mes|mon|ma|cette|ce|ça)",
            *each("acheté|vendu|revendu|obtenu|récupéré|collecté|trouvé|transmis|communiqué|cédé",
                   r"(?: \S+)? <mes> <donnees>(?=[^.!?\n]{0,60}\?)"),
            *each("à quel|a quel", r"(?:le)?s? (?:\S+ ){0,4}(?:vendu|transmis|communiqué|donné"
                   "|cédé"
                   r"|fourni|partagé) (?:\S+ ){0,2}<mes>"),
            r"quel(?:le)?s? (?:\S+ )?(?:données|informations|infos|coordonnées"
            r"|renseignements) (?:\S+ ){0,4}<surmoi>",
            *each("qu'est-ce que|qu'est ce que|que|ce que|quoi", r" (?:\S+ ){0,4}<surmoi>"),
            *each("quel est|c'est quoi|c quoi",
                   r" (?:mon|ma) (?:score|note|profil|fiche|statut)"),
            r"pourquoi (?:(?:je suis|suis-je|j'apparais|je figure) (?:\S+ ){0,2}(?:dans"
            r"|sur) (?:votre|vos|ce|cette|la|le)|(?:vous avez|avez-vous|vous possédez|détenez-vous"
            r"|vous détenez) <mes>)",
            *each("source|origine|provenance", r" (?:\S+ ){0,6}<mes> <donnees>"),
            *each("où|comment", r" avez(?:-| )vous (?:obtenu|eu|trouvé|récupéré"
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
