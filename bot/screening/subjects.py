"""Subject phrases of automatic mail in the languages our correspondents write, and their shapes.

Headers are the reliable signal; subjects are the fallback for mail systems that set none.
A phrase only counts where automatic mail puts it — at the start of the subject — so a human
who mentions the word later ("Delete my data (I was absent from the meeting)") is not stopped.

Two strengths of phrase:

* *explicit* phrases name the automation or the out-of-office state unambiguously
  ("Automatic reply", "Abwesenheitsnotiz"); any text may follow them.
* *plain* words are ordinary vocabulary ("Ferie", "Absence", "Poissa"); they count only as the
  whole subject or followed by a separator (":", "-", "(", ...), which is how out-of-office
  subjects are built ("Ferie - tilbage 5/8") and how sentences are not ("Absence of consent").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# Answer prefixes that may stand before an out-of-office phrase ("AW: Abwesend"): en/fr Re,
# de AW, da/sv/nb SV, fi VS, nl Antw, it R/RIF, pl Odp, es RE/RES. Forward prefixes are left
# out on purpose: "Fwd: Automatic reply" is a person showing us something.
_REPLY_PREFIXES = ("re", "aw", "sv", "vs", "antw", "r", "rif", "odp", "res")
# Gateways prepend tags such as "[EXTERNAL]" or "[Ekstern]"; they say nothing about the sender.
_TAG = r"\[[^\]]{0,40}\]"

# Forward prefixes: en Fw/Fwd, de WG, fr TR, es RV and ENC, fi VB.
_FORWARD_PREFIXES = ("fw", "fwd", "wg", "tr", "vb", "rv", "enc")


def _prefix(words: Iterable[str]) -> str:
    """One answer or forward prefix: the word, an optional counter ("RE[2]") and the colon."""
    return r"(?:" + "|".join(words) + r")\s*(?:\[\d+\])?\s*:"


_START_WITH_REPLIES = r"^\s*(?:" + _TAG + r"\s*|" + _prefix(_REPLY_PREFIXES) + r"\s*)*"
_START_PLAIN = r"^\s*(?:" + _TAG + r"\s*)*"
# Answer and forward prefixes anywhere in a subject ("Automatiskt svar: Re: ...", "WG: ...").
_QUOTING_PREFIX = re.compile(r"(?<!\w)" + _prefix((*_REPLY_PREFIXES, *_FORWARD_PREFIXES)),
                             re.IGNORECASE)
# Explicit phrases: any continuation after a word end.
_ANY_AFTER = r"(?!\w)"
# Plain words: end of subject or a separator. A dash needs a space on one side so that a
# hyphenated word ("Absent-minded") is not read as a separator.
_SEPARATOR_AFTER = r"(?:\s*$|\s*[:(\[,/|!.]|\s+[-–—]|[-–—]\s)"


def normalise(text: str) -> str:
    """Case- and accent-insensitive form, so "Réponse automatique" equals "reponse automatique".

    NFKD splits accented letters into base letter + combining mark; the marks are dropped.
    Letters that are not composed (Danish "ø", "æ") stay as they are, on both sides.
    """
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


def quotes_an_earlier_subject(subject: str) -> bool:
    """Whether ``subject`` carries an answer or forward prefix, so that its words after the
    prefix were written for an earlier message ("Re: Slet mine data", "AW: Ihr Newsletter")."""
    return _QUOTING_PREFIX.search(subject) is not None


def _phrase_pattern(phrase: str) -> str:
    # "Auto-reply", "Auto reply" and "Autoreply" are all in use; so tokens may be joined by
    # spaces, hyphens or nothing.
    tokens = [re.escape(token) for token in re.split(r"[\s\-]+", normalise(phrase)) if token]
    return r"[\s\-]*".join(tokens)


class SubjectPhrases:
    """A compiled set of subject phrases; ``match`` returns the phrase a subject starts with.

    ``after_reply_prefix`` allows answer prefixes ("Re:", "AW:", "SV:") before the phrase.
    """

    def __init__(
        self, *, explicit: Iterable[str], plain: Iterable[str], after_reply_prefix: bool
    ) -> None:
        start = _START_WITH_REPLIES if after_reply_prefix else _START_PLAIN
        patterns = [(p, start + _phrase_pattern(p) + _ANY_AFTER) for p in explicit]
        patterns += [(p, start + _phrase_pattern(p) + _SEPARATOR_AFTER) for p in plain]
        self._patterns = tuple((phrase, re.compile(pattern)) for phrase, pattern in patterns)

    @property
    def phrases(self) -> tuple[str, ...]:
        """Every phrase, as written in the list (tests iterate over them)."""
        return tuple(phrase for phrase, _ in self._patterns)

    def match(self, subject: str) -> str | None:
        """The phrase (as written in the list) that ``subject`` starts with, or None."""
        text = normalise(subject)
        for phrase, pattern in self._patterns:
            if pattern.match(text):
                return phrase
        return None


#: Out-of-office and automatic-reply subjects, by language.
OUT_OF_OFFICE = SubjectPhrases(
    explicit=(
        # en
        "Out of Office AutoReply", "Out of Office", "Out of the office", "Automatic reply",
        "Automatic response", "Auto-reply", "Auto-response",
        # da, sv, nb
        "Autosvar", "Automatisk svar", "Automatiskt svar", "Ikke på kontoret",
        "Inte på kontoret",
        # de
        "Abwesenheitsnotiz", "Automatische Antwort", "Nicht im Büro",
        "Nicht im Buero",  # ASCII transliteration, as old gateways write it
        # nl
        "Automatisch antwoord", "Niet op kantoor",
        # fr
        "Réponse automatique", "Absent du bureau", "Absente du bureau",
        # fi
        "Automaattinen vastaus", "Poissa toimistolta",
        # es
        "Respuesta automática", "Fuera de la oficina",
        # it
        "Risposta automatica", "Fuori ufficio",
        # pl
        "Odpowiedź automatyczna", "Autoodpowiedź", "Poza biurem",
    ),
    plain=(
        # da, nb ("Fraværende" before "Fravær": the longer word is the more specific report)
        "Fraværende", "Fravær", "Ferie",
        # sv
        "Frånvaro",
        # de
        "Abwesend",
        # nl
        "Niet aanwezig", "Afwezig",
        # fr (also English words, hence plain)
        "Absence", "Absent",
        # fi
        "Poissa", "Lomalla",
    ),
    after_reply_prefix=True,
)

#: Delivery status notification subjects (what MTAs and Exchange write), by language. Bounces
#: are never answers, so no reply prefix is allowed: "Fwd: Undeliverable" is a person.
DELIVERY_FAILURE = SubjectPhrases(
    explicit=(),
    plain=(
        # en: Postfix, Gmail, Exim, Sendmail, qmail, Exchange
        "Undelivered Mail Returned to Sender", "Delivery Status Notification",
        "Mail delivery failed", "Returned mail", "failure notice", "Undeliverable",
        "Delivery has failed", "Mail System Error",
        # de
        "Unzustellbar", "Nicht zustellbar",
        # sv
        "Olevererbart",
        # da, nb
        "Kunne ikke leveres", "Kan ikke leveres",
        # nl
        "Onbestelbaar",
        # fr
        "Non remis", "Non distribuable",
        # fi
        "Ei voitu toimittaa",
        # es
        "No se puede entregar",
        # it
        "Non recapitabile", "Mancato recapito",
        # pl
        "Niedostarczalne", "Nie można dostarczyć",
    ),
    after_reply_prefix=False,
)
