"""Per-language phrase data for the explicit-mention layer (``classifiers.mentions``).

Every phrase here was written for rightsbot; none is copied from a public list. The data is regex
*source* in a small dialect that ``classifiers.mentions`` compiles once at import:

* write lower case; diacritics may be written or left out, because pattern and text are both
  folded (casefold, accents stripped, ``ø``→``o``, ``ł``→``l``, curly apostrophes→``'``);
* a literal space means "one or more whitespace characters", so phrases survive line wrapping;
* ``<name>`` is replaced by the language's ``slots[name]`` (one level, no nesting), which keeps the
  many "verb + my + data" phrasings short;
* word boundaries are added by the compiler; a phrase may end in ``\\w*`` to accept inflections.

``strong`` phrases are first-person requests. They carry a possessive or object pronoun
(my/mine/meine/mig/mich/moi...) on purpose: "delete my data" is a request, "delete the lead list we
bought" is a client's business instruction and must not match. ``weak`` phrases name a right
without asking for it (newsletters, questions); a weak phrase followed or preceded by one of the
language's ``cues`` in the same sentence ("I exercise *my right to erasure*") is promoted to
strong by the matcher. ``bare`` entries are whole-line objections ("Unsubscribe", "Afmeld") that
only count near the top of a message, so newsletter footers do not trigger them.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.model import Right
from classifiers.lexicon.base import RC, RS, A, E, LanguageLexicon, O, P, W
from classifiers.lexicon.da import DA
from classifiers.lexicon.de import DE
from classifiers.lexicon.english import EN
from classifiers.lexicon.es import ES
from classifiers.lexicon.fi import FI
from classifiers.lexicon.fr import FR
from classifiers.lexicon.it import IT
from classifiers.lexicon.nb import NB
from classifiers.lexicon.nl import NL
from classifiers.lexicon.pl import PL
from classifiers.lexicon.sv import SV

__all__ = ["ABBREVIATIONS", "ARTICLE_RIGHTS", "ARTICLE_WORDS", "LAW_NAMES", "LEXICONS",
           "PARAGRAPH_WORDS", "LanguageLexicon"]

LEXICONS: Mapping[str, LanguageLexicon] = {
    lex.code: lex for lex in (EN, DA, SV, NB, DE, NL, FR, FI, ES, IT, PL)
}

#: Article words of the GDPR in the supported languages (folded before use).
ARTICLE_WORDS = (
    r"articles?|arts?\.?|artikel[n]?|artikkel(?:en)?|artículos?|articol[oi]|artykuł(?:u|y)?"
    r"|artigo"
)

#: How a paragraph number is attached: "7(3)", "7 stk. 3", "7 Abs. 3", "7, lid 3", "7 ust. 3"...
PARAGRAPH_WORDS = (
    r"stk|abs|absatz|ledd|lid|para|paragraph|paragraphe|paragrafo|apartado|ust|mom|moment"
    r"|punkt|nr|no|kohta"
)

#: Names of the regulation, each mapped to the language it suggests (for attribution only).
LAW_NAMES: Mapping[str, str] = {
    r"uk gdpr": "en", r"eu gdpr": "en", r"gdpr": "en", r"ds-?gvo": "de", r"rgpd": "fr",
    r"avg": "nl", r"rodo": "pl", r"databeskyttelsesforordningen": "da",
    r"dataskyddsförordningen": "sv", r"personvernforordningen": "nb",
    r"tietosuoja-asetu\w*": "fi",
}

#: Article number (and paragraph) to right. Article 7 only counts with paragraph 3.
ARTICLE_RIGHTS: Mapping[tuple[int, int | None], Right] = {
    (15, None): A, (16, None): RC, (17, None): E, (18, None): RS, (20, None): P,
    (21, None): O, (7, 3): W,
}

#: Words before a full stop that do not end a sentence ("Art. 15", "jf. artikel", "Abs. 3").
ABBREVIATIONS = frozenset({
    "art", "arts", "jf", "jfr", "stk", "abs", "nr", "no", "ust", "pkt", "lit", "bzw", "vgl",
    "ca", "fx", "evt", "mfl", "osv", "dvs", "ggf", "inkl", "ex", "eg", "ie", "par", "kap",
    "sec", "ff", "str", "bl", "z", "b", "e", "g", "i", "s", "p", "d", "h", "vs", "ref",
})
