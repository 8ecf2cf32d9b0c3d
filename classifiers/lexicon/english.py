"""Phrase data for English.

Explicit-mention layer; the pattern dialect is described in classifiers.mention_lexicon.

Strong phrases are first-person requests: the writer's own data ("my details", "me", "this
number" said to the company that calls it) or the company addressed about the writer ("where did
you get my number?", "stop calling me"). A client's instruction about contacts it supplied
("delete the list we uploaded", "stop calling them") must not match, nor a newsletter explaining
rights ("you can have your data deleted").

Phrases are written as (first words, rest) and grouped by their first word (``_phrases``), so
every branch of the scan regex starts with a literal letter: the regex engine skips such a branch
with one character comparison, while a branch that starts with a group, an optional part or a
look-behind is entered at every word of every message (measured 3-11x dearer). Keep it so: the
first words are plain literals, the rest may be any pattern of the dialect.
"""

from __future__ import annotations

import re

from classifiers.lexicon.base import RC, RS, A, E, LanguageLexicon, O, P, W

_Spec = list[tuple[str, str]]
_PLAIN = re.compile(r"[a-z']+")
#: Opening quotes: a phrase right after one is quoted ('inboxes full of "delete me" emails').
_QUOTES = "\"'“”«"


def _w(words: str, rest: str = "", *, quoted: bool = True, not_after: tuple[str, ...] = ()
       ) -> _Spec:
    """Phrases ``word + rest`` for every ``|``-separated first word.

    ``quoted=False`` rejects the phrase right after an opening quote, ``not_after`` after the
    given words (look-behind sources ending in ``\\s``). Both need plain first words, because a
    look-behind must have a fixed width and is placed after the word (see the module doc).
    """
    specs: _Spec = []
    for word in words.split("|"):
        checks = ""
        if not quoted or not_after:
            if not _PLAIN.fullmatch(word):
                raise ValueError(f"look-behind needs a plain first word: {word!r}")
            if not quoted:
                checks += rf"(?<![{_QUOTES}]{word})"
            checks += "".join(rf"(?<!{before}{word})" for before in not_after)
        specs.append((word, checks + rest))
    return specs


def _phrases(*specs: _Spec) -> tuple[str, ...]:
    """Patterns grouped by first word (``word(?: (?:rest-a|rest-b)|rest-c)``), then by first
    letter, in first-seen order (within a word, rests after a space are tried first)."""
    grouped: dict[str, list[str]] = {}
    for spec in specs:
        for word, rest in spec:
            grouped.setdefault(word, []).append(rest)
    by_letter: dict[str, list[str]] = {}
    for word, rests in grouped.items():
        spaced = [r[1:] for r in rests if r.startswith(" ")]
        other = [r for r in rests if not r.startswith(" ")]
        alts = ([" (?:" + "|".join(spaced) + ")"] if spaced else []) + other
        pattern = word + (alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")")
        by_letter.setdefault(word[0], []).append(pattern)
    # Fewer scan branches: words sharing a first letter share one ("d(?:elete ...|on't ...)").
    return tuple(
        pats[0] if len(pats) == 1 else letter + "(?:" + "|".join(p[1:] for p in pats) + ")"
        for letter, pats in by_letter.items()
    )


def _dont(rest: str, *, quoted: bool = True) -> _Spec:
    """"don't / do not / never / please don't" + rest."""
    return (_w("do", " not" + rest, quoted=quoted) + _w("don't|dont|never", rest, quoted=quoted)
            + _w("please", " (?:do not|don'?t|never)" + rest, quoted=quoted))


def _neg(rest: str) -> _Spec:
    """"don't / do not / not / no longer / never" + rest."""
    return (_w("do", " not" + rest) + _w("don't|dont|not|never", rest)
            + _w("no", " longer" + rest))


#: Scheduling, not objection: "don't call me before 10", "please don't call me now, I'm driving".
_NOT_SCHEDULE = (r"(?! (?:before|after|until|till|during|between|in the|this|today|tomorrow"
                 r"|tonight|next|now|right now|back|yet|at \d|on (?:mon|tue|wed|thu|fri|sat"
                 r"|sun)\w*)\b)")
#: Bounded gap of whole tokens (digits and signs allowed: "my mobile +45 31 22 87 40 from").
_GAP5 = r"(?:\S+ ){0,5}?"
#: Who holds the data in "the personal data (you hold | your organisation holds) about me".
_HOLDER = (r"(?:(?:you|your (?:[\w-]+ )?(?:company|organi[sz]ation|firm|business)|leadsbymia) "
           r"(?:hold|holds|have|has|store|stores|process|processes|keep|keeps) )")
#: What may follow a short phrase that ends a request ("remove me.", "stop calling, thanks").
_END = (r"(?=\s*(?:[.!,;:)\n-]|$|please|pls|plz|thanks?|thx|asap|now|immediately|at once"
        r"|again|already|for good|completely|entirely|permanently|too|as well))")
#: Reported speech, not a request: "when a prospect says stop calling, do you stop?".
_SAID = (r"says\s", r"said\s", r"say\s", r"saying\s")
#: Statements about the company's own doings, not requests: "did you delete my data yet?",
#: "I asked you to delete my details", "you'd delete my data after my complaint".
_NOT_ASKING = (r"did\syou\s", r"did\su\s", r"asked\syou\sto\s", r"asked\su\sto\s",
               r"you'd\s", r"you'll\s", r"about\sto\s", r"going\sto\s")
#: "unsubscribe here", "opt out of the auto-renewal": a link or a contract term, not contact.
_NOT_PRODUCT = (r"(?! (?:here|using|via|below|at any time|anytime|by|with|link)\b"
                r"|(?: of)? (?:the |this |our |my )?(?:auto-?renewal|renewal|contract|plan|trial"
                r"|pilot|upgrade|price|warranty|insurance)\b)")
_ERASE = "delete|erase|remove|purge|wipe|destroy|scrub|bin|shred|expunge|trash|eliminate|ditch"
_WITHDRAW = ("withdraw|withdrawing|revoke|revoking|retract|retracting|cancel|cancelling"
             "|canceling|rescind|rescinding|remove|pull|undo")
_RESTRICT_TAIL = (r" (?:restrict|limit|suspend|freeze|block|pause) (?:all |any |the |further )?"
                  r"(?:processing|use|usage)(?! (?:of|on) (?!my\b|me\b))")
_LOCAL = r"(?:about|on|of|concerning|regarding|relating to|related to) me\b"
_DEL_TAIL = (r",? (?:please )?(?:delete|erase|remove|destroy|wipe|bin)(?: it| them| it all"
             r"| all of it| everything)?(?=\s*(?:[.!,;\n-]|$|please|pls|too|as well|permanently"
             r"|immediately|completely|entirely|afterwards|and confirm|from your))")
_COPY = "copy|copies|overview|summary|printout|extract|list"
_KNOW_WHAT = (_w("know|see", r" (?:exactly )?what") + _w("find", r" out (?:exactly )?what")
              + _w("tell", r" me (?:exactly )?what") + _w("let", r" me know (?:exactly )?what"))


def _know_what(rest: str) -> _Spec:
    return [(word, head + rest) for word, head in _KNOW_WHAT]


EN = LanguageLexicon(
    code="en",
    slots={
        "my": r"(?:(?:all|any|each|every one) (?:of )?)?my",
        # The writer's own data. Singular "contact" only: "delete my contacts" is a client's
        # uploaded list, "take my contact out" is the writer.
        "data": r"(?:(?:personal|private|own|work|direct|home|business|professional|old|current"
        r"|saved|user|portal|account|contact|mobile|phone|cell|office|e-?mail|full|entire|whole"
        r"|company|linkedin|candidate|login|call|complete) ){0,2}"
        r"(?:data|datas|information|informations|info|infos|details?|detials|particulars"
        r"|contact(?: (?:details|info\w*|data|record|entry))?|profile|account|records?|entry"
        r"|file|e-?mails?(?: address(?:es)?)?|mail(?: address)?|address(?:es)?"
        r"|(?:phone |mobile |cell |telephone |contact )?(?:numbers?|numbr|nr)|mobile|phone"
        r"|landline|name|cv|resume|application|login|photo|picture|history|notes|recordings?"
        r"|logs?)",
        # A field to correct, optionally qualified ("job title", "old mobile number").
        "field": r"(?:(?:job |work |business |home |office |mobile |phone |e-?mail |postal "
        r"|street |company |first |last |family |given |middle |full |display |old |current "
        r"|contact |personal |linkedin |direct )?(?:title|name|surname|spelling|salutation"
        r"|gender|pronouns|address|number|e-?mail(?: address)?|mail|phone|mobile|landline"
        r"|details|data|information|info|record|entry|profile|employer|company(?: name)?"
        r"|position|role|department|job|function|url|link|website|line|direct line))",
        "you": r"(?:you|u|ye|you guys|your (?:company|team|firm|people|colleagues?|callers?"
        r"|organi[sz]ation|office|system|staff|agents?|sales (?:team|people|reps?))"
        r"|leadsbymia)",
        # Lists one is contacted from (objection, R70) ...
        "list": r"(?:your|ur|the|this|that|all (?:of )?your|any (?:of )?your|all|any|every"
        r"|those|these|each|future|all future|[\w'-]+'s) (?:[\w'-]+ ){0,2}?(?:lists?|mailings?"
        r"|newsletters?|sequences?|campaigns?|outreach|distribution|cadences?|follow-?ups?"
        r"|calls|e-?mails|marketing)",
        # ... and places one is stored in (erasure).
        "db": r"(?:your|ur|the|this|that|all (?:of )?your|any (?:of )?your|all|any|every|those"
        r"|these|each|[\w'-]+'s) (?:[\w'-]+ ){0,2}?(?:database|data\s*base|db|systems?|crm"
        r"|records|record|registers?|registry|files?|servers?|books|platforms?|portal"
        r"|archives?|backups?|directory|directories)",
        "contact": r"(?:contact(?:ing)?|e-?mail(?:ing)?|mail(?:ing)?|call(?:ing)?|phon(?:e|ing)"
        r"|ring(?:ing)?|text(?:ing)?|messag(?:e|ing)|spam(?:ming)?|bother(?:ing)?|send(?:ing)?"
        r"|pester(?:ing)?|harass(?:ing)?|chas(?:e|ing)|hound(?:ing)?|writ(?:e|ing) to"
        r"|target(?:ing)?|approach(?:ing)?|pitch(?:ing)?|market(?:ing)? to|sell(?:ing)? to"
        r"|cold[- ]?call(?:ing)?|cold[- ]?e-?mail(?:ing)?|dm(?:ing)?|linkedin(?:ing)?)",
        "dataobj": r"(?:all |any |every )?(?:of )?(?:the )?(?:personal )?(?:data|information"
        r"|info|details|records?|everything|anything)",
        "comms": r"(?:marketing |sales |promotional |spam |cold |unsolicited |advertising "
        r"|newsletter )?(?:e-?mails|mails|calls|phone calls|messages|texts|sms|newsletters"
        r"|mailings|marketing|offers|spam|voicemails|follow-?ups|invit\w+|contact|outreach"
        r"|sales pitches|pitches)",
        "consent": r"(?:consents?|con[cs]ents?|permissions?|agreements?|opt(?:-|\s)?ins?"
        r"|sign(?:-|\s)?ups?|approvals?|declarations? of consent|yes)",
        "strongconsent": r"(?:consents?|con[cs]ents?|permissions?|opt(?:-|\s)?ins?"
        r"|sign(?:-|\s)?ups?|declarations? of consent)",
    },
    strong={
        RS: _phrases(
            _w("restrict|limit|block|freeze|suspend|pause|halt|lock|park|quarantine",
               r" (?:all |any |the |further )?(?:processing|use|usage|handling) of <my> <data>"),
            _w("restrict|limit|block|freeze|suspend|lock|park", r" <my> <data>"),
            _w("pause|suspend|freeze|halt",
               r" (?:all |any |everything )?(?:use |processing )?(?:of |on )<my> <data>"),
            _w("restriction", r" of (?:the )?(?:processing|use) of <my> <data>"),
            _w("please|pls|kindly", _RESTRICT_TAIL),
            _w("that", " you" + _RESTRICT_TAIL),
            _w("i", r"(?: want you to|'?d like you to| ask you to)" + _RESTRICT_TAIL),
            _w("you", " (?:must|should)" + _RESTRICT_TAIL),
            _w("put|place|keep", r" <my> <data> on hold"),
            _w("put|place", r" a hold on (?:\w+ing )?<my> <data>"),
            _w("mark", r" <my> <data> as (?:restricted|blocked|frozen|on hold|do not use"
               r"|inactive)"),
            # "Don't delete my data" asks to keep it (Art 18(1)(b)-(c)), not to erase it.
            _dont(r" (?:change or |alter or )?(?:delete|erase|wipe|destroy|bin|remove) "
                  r"(?:<my> <data>|anything about me)"),
            _dont(r" (?:delete|erase|wipe|destroy|bin)(?: (?:it|them|anything) either)?"
                  r"(?=\s*[,.!;\n-]|$)"),
            _dont(r" (?:change|alter|edit) or (?:delete|erase|remove) anything"),
            _dont(r" (?:use|process|share|touch|pass on) (?:<my> <data>|my record) "
                  r"(?:[\w']+ ){0,4}?(?:until|while|for now|pending|in the meantime|meanwhile"
                  r"|till|til|yet)"),
            _w("stop|cease|pause", r" (?:using|processing) <my> <data> (?:until|while|pending"
               r"|for now|in the meantime|till|til)"),
            _w("my", r" <data> (?:aren'?t|isn'?t|are not|is not|must not be|should not be"
               r"|shouldn'?t be|not) (?:be )?(?:used|processed|shared|touched)(?: or (?:used"
               r"|processed|shared|passed on))? (?:in the meantime|meanwhile|for now|until"
               r"|while|pending)"),
            _w("keep", r" <my> <data>(?: on file| stored)?,? but (?:do not|don'?t|dont|not"
               r"|never|no)"),
            _w("keep", r" <my> <data> (?:exactly )?as (?:it is|they are)"),
            _w("leave", r" <my> <data> unused"),
        ),
        P: _phrases(
            _w("my", r" <data> (?:[\w',]+ ){0,6}?(?:in|as|into) (?:an? |one |the )?(?:portable"
               r"|machine[- ]?readable|structured|commonly used|csv|json|xml|xlsx|excel"
               r"|spreadsheet|electronic|importable)"),
            _w("transfer|transmit|port|migrate|move", r" (?:all |everything |over )?(?:of )?"
               r"<my> <data>(?: [\w',]+){0,6}? (?:to|into|over to)"),
            _w("send|forward|give|pass|deliver",
               r" <my> <data>(?: [\w',]+){0,8}? (?:directly|straight) to"),
            _w("send|forward|give|deliver", r" <my> <data>(?: [\w',]+){0,6}? to (?:another"
               r"|a new|my new|our new|a different|the new|my next)"),
            _w("hand", r" over <my> <data>(?: [\w',]+){0,6}? (?:directly to|straight to|to "
               r"(?:another|a new|my new|our new|a different|the new|my next))"),
            _w("my", r" <data> (?:to be |be )?(?:transferred|transmitted|ported|moved|exported"
               r"|migrated)"),
            _w("a|an", r" (?:export|download) (?:of )?<my> <data>"),
            _w("export|download", r" (?:of )?<my> <data>"),
            _w("export|download", r" (?:all |everything |of )?(?:my|my own) (?:saved |own )?"
               r"(?:lists|contacts|leads|searches|notes|settings)"),
            _w("get", r" <my> <data> out of"),
            _w("in|as", r" (?:a |one )?(?:file|format|spreadsheet) (?:that )?i can (?:use"
               r"|import|upload|load|read|take|open)"),
            _w("file|format", r" (?:that )?my (?:new )?(?:system|platform|tool|crm|provider) "
               r"can (?:read|import|use|load)"),
            _w("i", r"(?: asked| want| need| would like|'?d like) (?:it|them|this|that|the "
               r"(?:data|export|file|copy)) in (?:a )?machine[- ]?readable"),
        ),
        W: _phrases(
            _w(_WITHDRAW, r" (?:all |any |both )?(?:of )?(?:my|the|that|this|those|these|all"
               r"|any|both) (?:newsletter |marketing |e-?mail )?<strongconsent>"),
            _w(_WITHDRAW, r" (?:my|that|this) (?:newsletter |marketing |e-?mail )?(?:agreements?"
               r"|approvals?|yes)(?! with)"),
            _w(_WITHDRAW, r" <my> (?:newsletter |e-?mail |mailing |marketing )?subscription"
               r"(?! (?:plan|fee|licen[cs]e|invoice|payment|renewal|to (?:the |your )?(?:platform"
               r"|portal|service|software|tool|app)))"),
            _w(_WITHDRAW, r" (?:the|that) (?:newsletter |e-?mail |mailing |marketing )"
               r"subscription"),
            _w(_WITHDRAW, r" (?:the|that) subscription (?:that )?i (?:made|signed up for|took out"
               r"|set up) (?:when|at|during|for (?:the|your) (?:newsletter|webinar|event))"),
            _w("take|taking", r" back (?:my |that |the |this )?(?:consent|permission|yes"
               r"|agreement|approval)"),
            _w("take|taking", r" (?:my |that |the |this )?(?:consent|permission|yes|agreement"
               r"|approval) back"),
            _w("i", r" (?:hereby )?(?:withdraw|revoke|retract|rescind)(?:,? [\w\s]{1,30}?,)? "
               r"(?:all |any |my |the |that |this |both )?(?:consents?|permissions?"
               r"|agreements?)"),
            _w("i", r" (?:hereby )?(?:withdraw|revoke|retract|rescind) (?:both|that|this|it"
               r"|them|those)(?=\s*(?:[.,;!\n-]|$|too|as well|now|with|and))"),
            _w("i", r" (?:hereby )?(?:withdraw|revoke) (?:all |any )?consent"),
            _w("i", r" (?:no longer|do not|don'?t|dont|do no longer) (?:give (?:my )?)?consent"),
            _w("i", r" (?:no longer|do not|don'?t|dont) (?:agree|consent) to (?:receiv\w*"
               r"|get\w*|be\w*|you|my|having|being)"),
            _w("i", r" (?:do not|don'?t|dont|no longer) accept (?:this|that|it) (?:any\s*more"
               r"|any longer|now)"),
            _w("i", r" (?:signed up|subscribed|opted in|registered|ticked (?:the|a) box) "
               r"(?:[\w']+ ){0,3}?by (?:mistake|accident)"),
            _w("my", r" <consent> (?:is |has been )?(?:hereby )?(?:withdrawn|revoked"
               r"|cancell?ed|retracted|rescinded)"),
            _w("consider|treat|take|regard", r" (?:my (?:<consent>|subscription)|both|them"
               r"|the <consent>|that <consent>|this <consent>) (?:as )?(?:withdrawn|revoked"
               r"|retracted|rescinded)"),
            _w("untick|uncheck|unticking|unchecking", r" (?:it|that|this|the box|my)"),
            _w("opt|opting", r" back out"),
            _w("he|she", r" (?:hereby )?(?:withdraws|revokes)"),
            _w("my|our", r" (?:client|manager|boss) (?:hereby )?(?:withdraws|revokes)"),
        ),
        RC: _phrases(
            _w("correct|update|change|fix|amend|rectify|edit|adjust|swap|replace|complete",
               r" <my> <field>"),
            _w("sort", r" out <my> <field>"),
            _w("my", r" <field> (?:is|are|was|were|seems to be|appears to be|looks) (?:still )?"
               r"(?:wrong|incorrect|outdated|out of date|not correct|inaccurate|misspel(?:led|t)"
               r"|spell?(?:ed|t) wrong|incomplete|not right|old|obsolete|mixed up|false|not mine"
               r"|no longer (?:valid|correct|current|accurate|right))"),
            _w("my", r" (?:sur|first |last |family |given |full )?name (?:is|is spell?(?:ed|t)"
               r"|is actually|is written) [\w'.-]+(?: [\w'.-]+){0,2},? (?:not|and not"
               r"|rather than|instead of)(?!\s+(?:sure|interested|available|the|a|an|in|at|on"
               r"|for|to|able|really|looking)\b)"),
            _w("my", r" <field> (?:has |have )?changed"),
            _w("my", r" (?:sur|last |family |married )?name (?:is|has) now"),
            _w("my", r" <field> should (?:be|read|say|show)"),
            _w("you", r"(?: have|'?ve got| got| had) (?:the )?wrong <field> (?:for|on|about) me"),
            _w("you|u", r"(?: have|'?ve got| got| had) my <field> wrong"),
            _w("correct|rectify|update|fix|amend",
               r" <dataobj> (?:(?:that )?you (?:have|hold) )?(?:on|about) me"),
            _w("you|u|ye", r" (?:still )?(?:have|has|had|list|lists|listed|show|shows|record"
               r"|recorded|register|registered)(?: got)? me (?:(?:down |listed |registered "
               r"|recorded |stored |still |currently )?as|(?:down|listed|registered|recorded"
               r"|stored) (?:at|under|working))"),
            _w("your|ur", r" (?:team|system|records?|database|crm|file|people|list|data"
               r"|callers?) (?:still )?(?:have|has|had|list|lists|listed|show|shows|record"
               r"|recorded|register|registered)(?: got)? me (?:(?:down |listed |registered "
               r"|recorded |stored |still |currently )?as|(?:down|listed|registered|recorded"
               r"|stored) (?:at|under|working))"),
            _w("i", r"(?:'m| am) (?:still )?(?:listed|registered|recorded|stored|down|shown) "
               r"(?:in your \w+ )?as"),
            _w("your|ur", r" (?:records?|system|database|file|data|crm|list|entry) (?:says?"
               r"|shows?|lists?|has|states?) (?:that )?i(?:'m| am| work)"),
            _w("your|ur|the", r" (?:records?|data|file|information|info|details|entry|profile)"
               r" (?:of|about|on|for) me (?:is|are) (?:\w+ )?(?:wrong|incorrect|inaccurate"
               r"|outdated|incomplete|out of date|not (?:correct|accurate|right))"),
            _w("information|data|details|info|record|entry|profile", r" (?:that )?(?:you|u) "
               r"(?:have|hold|keep|store|got)(?: stored)? (?:on|about|for) me (?:is|are) "
               r"(?:\w+ )?(?:wrong|incorrect|inaccurate|outdated|out of date|incomplete"
               r"|not (?:correct|accurate|right))"),
            _w("the|your|ur|my", r" <field> (?:that )?(?:you|u)(?:'re| are)? (?:using|have|use"
               r"|hold|got)(?: on file| stored| recorded| listed)? for me (?:is|was|isn'?t|has"
               r"|belongs)"),
            _w("correct|rectify|fix|amend", r" (?:it|this|that|them|both) (?:in|on) (?:your"
               r"|ur) (?:records?|system|database|files?|crm|data)"),
            _w("number|mobile|phone|e-?mail|address|landline", r"(?: address)?(?: \S+){0,3}? "
               r"(?:is not|isn'?t|was not|wasn'?t|is no longer) mine"),
            _w("update|correct|amend|fix", r" (?:your|ur) (?:records?|file|data|database"
               r"|system|entry|details) (?:for|about|on|of) me"),
            # A new address or job simply stated is a correction ("my new email is ...").
            _w("my", r" new (?:work |business |direct |office )?(?:e-?mail(?: address)?"
               r"|mobile(?: number)?|phone(?: number)?|number|address|title|job title"
               r"|employer|landline)(?: is| will be|:| -)(?! (?:in|below|above|attached|on"
               r"|at the bottom)\b)"),
            _w("i", r"(?:'m| am) now (?:at|with|working (?:at|for)|employed (?:at|by)) "
               r"(?:\S+ ){1,5}?as"),
            _w("i", r" now work (?:at|for) (?:\S+ ){1,5}?as"),
            _w("i", r"(?:'m| am) (?:at|with) (?:\S+ ){1,4}?now,? (?:as )?(?:the )?(?:a |an )?"
               r"(?:head|vp|director|manager|chief|cto|ceo|cfo|coo|cmo|lead|senior|partner"
               r"|owner|founder|commercial|sales|marketing|it|hr)"),
            _w("please", r" note (?:that )?my (?:new|correct|current|updated) <field>"),
            _w("please", r" use my (?:new|correct|current|other) <field>"),
            _w("here", r"(?:'s| is) my new <field>"),
            _w("you|u|ye", r"(?:'ve| have)(?: still)? got me (?:down |listed |registered )?as"),
            _w("he|she", r"(?:'s| is) now (?:at|with|working (?:at|for)) (?:\S+ ){1,5}?as"),
            _w("i", r"(?:'m| am) (?:a )?(?:woman|man|female|male|she|he|ms|mrs|mr)"
               r"(?=\s*(?:[.,!;\n-]|$|not|and not|by the way|btw))"),
        ),
        O: _phrases(
            _w("stop|quit|cease", r" <contact>(?:(?:,| and| or| &| /|/) <contact>){0,3}"
               r"(?: (?:me|us|my\b|to me|this (?:number|e-?mail|address|mobile))|(?=\s*(?:[.!,;?"
               r"\n)-]|$|please|pls|now|immediately|again|already|thanks|asap)))", quoted=False,
               not_after=_SAID),
            _w("stop|stopped|quit|cease", r" (?:all |any )?(?:sending|e-?mailing|mailing"
               r"|writing|addressing|marketing|pitching|directing|targeting|texting|messaging) "
               r"(?:(?:your|these|those|the|any|all|more|\w+) ){0,3}?(?:to|at|towards) (?:me"
               r"|this (?:address|e-?mail(?: address)?|number|mobile|inbox))"),
            _w("stop|stopped|quit|cease", r" (?:including|adding|addressing|tracking|profiling"
               r"|scoring|ranking|recording|selling|sharing|passing on|handing over|putting"
               r"|using|processing|following up with|reaching out to|contacting) (?:me|my\b)"),
            _w("stop|quit|cease", r" to (?:send|call|contact|e-?mail|write|mail|text|message) me"),
            _w("stop|cease|end|halt", r" (?:all |any )?(?:forms of |further |future )?(?:contact"
               r"|communication|correspondence|marketing|calls|e-?mails) (?:with|to|towards) me"),
            _w("stop|quit", r" (?:all |any )?(?:your |these |those |ur |the (?=marketing|sales"
               r"|spam|promotional|cold))?<comms>(?! (?:to|for|on|from) (?!me\b))",
               quoted=False),
            _w("stop|cease|quit", r" (?:using|processing) <my> <data>"),
            _w("stop|end", r" (?:the |all |any )?(?:profiling|scoring|tracking) of me"),
            _dont(r" (?:ever )?(?:contact|e-?mail|mail|call|phone|ring|text|message|spam|bother"
                  r"|approach|write to|market to|sell to|pitch to|pitch|reach out to|chase"
                  r"|target|follow up with) (?:me|my\b)" + _NOT_SCHEDULE, quoted=False),
            _dont(r" (?:ever )?send me (?:any )?(?:more |further )?(?:<comms>|anything)",
                  quoted=False),
            _dont(r" (?:ever )?(?:contact|e-?mail|mail|call|phone|ring|text|message|write to"
                  r"|reach out to)(?: (?:me|us|here|this (?:number|e-?mail|address|mobile)))? "
                  r"(?:ever )?(?:again|any\s*more|in (?:the )?future)", quoted=False),
            _dont(r" (?:ever )?(?:call|ring|phone|contact|e-?mail) this (?:number|mobile|phone"
                  r"|e-?mail|address|line)", quoted=False),
            _dont(r" (?:sell|share|pass|give|hand|disclose|trade|rent|send|forward|offer|supply"
                  r"|provide|transfer)(?: (?:or|and|/) (?:sell|share|pass|give|hand|disclose"
                  r"|trade|rent|send|forward|offer|supply))?(?: on| over| out)? <my> <data>",
                  quoted=False),
            _dont(r" (?:sell|share|pass|hand|offer|trade|rent)(?: (?:or|and|/) (?:sell|share"
                  r"|pass|hand|offer))? me (?:on|over|to|with)", quoted=False),
            _w("not|never", r" to (?:contact|call|e-?mail|ring|phone|text) me"),
            _w("not|never", r" (?:to )?(?:sell|share|pass on|give away|hand over) (?:mine"
               r"|<my> <data>)"),
            _w("unsubscribe", r" me", quoted=False),
            _w("unsubscribe", r" this (?:e-?mail(?: address)?|address|number|mobile)"),
            _w("opt|sign", r" me out"),
            _w("i", r"(?: (?:want|wish|would like|need) to|'?d like to) (?:be )?(?:unsubscribe"
               r"|opt[- ]?out)d?" + _NOT_PRODUCT),
            _w("please|pls|kindly", r" (?:be )?(?:unsubscribe|opt[- ]?out)d?" + _NOT_PRODUCT),
            _w("i", r"(?: (?:hereby )?(?:opt|am opting)|'?m opting) out"),
            _w("i", r"'?m unsubscribing"),
            _w("remove|take|strike|drop|cross|scratch|get|leave", r" me (?:off|out of|from) "
               r"<list>", quoted=False),
            _w("remove|take|strike|drop|cross|scratch|get|keep", r" (?:<my> <data>|this "
               r"(?:e-?mail(?: address)?|address|number|mobile(?: number)?|phone(?: number)?"
               r"|contact)) " + _GAP5 + r"(?:off|from|out of|away from) <list>", quoted=False),
            _w("take|cross|strike", r" me off(?=\s*(?:[.!,;\n-]|$|please|pls|thanks|it|too"
               r"|as well|now))", quoted=False),
            _w("remove", r" me" + _END, quoted=False, not_after=_SAID),
            _w("remove|take|cross|strike", r" me (?:off|from) (?:everything|it all|all of it"
               r"|whatever|all your|all)", quoted=False),
            _w("want|like|wish|need|ask|asking|request|requesting", r" to be (?:removed"
               r"|taken off|unsubscribed|excluded|left out)(?: (?:off|from|of) <list>)?" + _END),
            _neg(r" (?:want to |wish to |to )?be (?:on|in) (?:your|ur|any of your|the) "
                 r"(?:[\w-]+ ){0,2}?(?:lists?|sequences?|mailings?|campaigns?|outreach)"),
            _w("put|add|place|keep", r" (?:me|<my> <data>|this (?:number|e-?mail(?: address)?"
               r"|address)) (?:on|to|onto|in) (?:your|the|ur|a) (?:internal )?(?:do[- ]not[- ]"
               r"(?:call|contact|e-?mail|mail|disturb)|suppression|opt[- ]?out|no[- ]contact"
               r"|robinson|block(?:ed)?|dnc) (?:list|register|file)"),
            _w("put|add|place", r" (?:my (?:number|mobile|phone|e-?mail) )?\+?\d[\d ()-]{5,18}\d"
               r" (?:on|to|onto) (?:your|ur) (?:internal )?(?:do[- ]not[- ](?:call|contact"
               r"|e-?mail|mail)|dnc) (?:list|register)"),
            _w("suppress", r" (?:me|<my> <data>)"),
            _w("i", r"(?: (?:hereby |strongly |also |formally )?(?:object|am objecting)"
               r"|'?m objecting) to (?:[\w']+ ){0,4}?(?:process\w*|profil\w*|use|using|scor\w*"
               r"|shar\w*|sell\w*|market\w*|track\w*|record\w*|contact\w*|call\w*|e-?mail\w*"
               r"|data|details|information|me|my|mine|leads?|this|that|it)"),
            _w("he|she", r" (?:hereby )?objects to"),
            _w("our|my", r" client (?:hereby )?objects to"),
            _w("he|she", r" (?:does not|doesn'?t|no longer) wants? to be (?:contacted|called"
               r"|e-?mailed)"),
            _w("i", r" (?:do not|don'?t|dont|no longer|never) (?:want|wish|need) (?:any |to "
               r"(?:receive|get) (?:any )?)?(?:more |further )?<comms>(?! (?:before|after|during"
               r"|between|until|till)\b)"),
            _w("i", r" (?:do not|don'?t|dont|no longer) (?:want|wish|need) (?:to hear from|to be "
               r"(?:contacted|called|e-?mailed|texted|phoned|approached|messaged|marketed to"
               r"|scored|ranked|profiled|recorded|sent|handed|passed|sold|included|tracked"
               r"|targeted|pitched|chased|rung|bothered|offered|put forward|shared))"),
            _w("i", r" (?:do not|don'?t|dont|no longer) (?:want|wish) (?:<my> <data>|me) "
               r"(?:to be |being )?(?:supplied|shared|passed|sold|given|used|handed|sent|going"
               r"|offered|forwarded|disclosed|traded)"),
            _w("i", r"'?d (?:rather|prefer) (?:you )?(?:not|didn'?t|don'?t|did not|do not) "
               r"(?:(?:get|receive) (?:any )?(?:more |further )?<comms>|hear from|(?:call"
               r"|contact|e-?mail|ring|text) (?:me|us)|pass|share|sell|hand|sit in|appear|be "
               r"(?:on|in|contacted|called|e-?mailed|included|added|part of|listed|sold|passed"
               r"|handed|shared|kept on|scored|profiled|targeted))"),
            _w("i", r"'?d (?:rather|prefer) (?:you )?(?:stopped|stop)"),
            _w("no", r" (?:more|further) <comms>"),
            _w("keep", r" <my> <data> away from"),
            _w("leave", r" me (?:alone|out of|off)"),
            _w("you|u", r"(?: are|'re| keep) (?:spamming|harass\w*|pestering|bothering|stalking"
               r"|hounding) me"),
            _w("your", r" \w+ (?:are|keep|keeps) (?:spamming|harass\w*|pestering|bothering"
               r"|stalking|hounding) me"),
            # "please do not disturb on this number", "don't leave any more voicemails on my
            # phone", "I'm the wrong person, don't call".
            _dont(r" disturb (?:me )?(?:on|at) (?:this|my) (?:number|mobile|phone|line|e-?mail)",
                  quoted=False),
            _dont(r" leave (?:any )?(?:more|further)(?: (?:voicemails|messages|voice messages))?"
                  r" (?:on|for) (?:me|my)\b", quoted=False),
            _w("give", r" it a rest"),
            _w("wrong", r" (?:person|guy|contact|number|man|woman)(?:[,.;:!]? (?:\S+ ){0,6}?)"
               r"(?:stop|don'?t|do not|never|no more) (?:\S+ )?(?:call|contact|e-?mail|ring"
               r"|text|phone)\w*"),
            # For a named person the writer acts for: "please stop calling him".
            _w("please|pls|kindly", r" (?:\w+ )?(?:stop|cease) (?:calling|contacting|e-?mailing"
               r"|ringing|phoning|texting) (?:him|her)\b"),
            _w("please|pls|kindly", r" (?:do not|don'?t|dont|never) (?:call|contact|e-?mail"
               r"|ring|phone|text) (?:him|her) (?:again|any\s*more)"),
            _w("asked", r" me to (?:\w+ ){0,4}?(?:stop|cease) (?:calling|contacting|e-?mailing"
               r"|ringing|phoning|texting|sending)"),
        ),
        E: _phrases(
            _w(_ERASE, r" (?:out )?<my> <data>", quoted=False, not_after=_NOT_ASKING),
            _w("get", r" rid of <my> <data>"),
            _w("throw", r" (?:away|out) <my> <data>"),
            _w("my", r" <data>(?:(?:,| and|, and| &| /| or) (?:my )?<data>){0,4} (?:to be |be "
               r"|is |are |gets? )?(?:permanently |completely |fully |immediately |entirely )?"
               r"(?:deleted|erased|removed|purged|wiped|destroyed|binned|scrubbed|expunged"
               r"|shredded)"),
            _w("want|need|like", r" <my> <data> gone"),
            _w("delete|erase|wipe|purge", r" me", quoted=False, not_after=_NOT_ASKING),
            _w("forget", r" (?:about )?me(?! (?:for|when|on|at|in|next))",
               not_after=(r"n't\s", r"not\s", r"dont\s")),
            _w("delete|erase|remove|purge|wipe|destroy|bin|scrub|ditch", " " + _GAP5 + _LOCAL,
               not_after=_NOT_ASKING),
            _w("get", r" rid of " + _GAP5 + _LOCAL),
            _w("throw", r" (?:away|out) " + _GAP5 + _LOCAL),
            _w("delete|erase|remove|purge|wipe|destroy|bin|scrub|ditch", r" (?:\w+ )?(?:whatever"
               r"|everything|anything|all|what) (?:[\w']+ ){0,3}?(?:you|u|ye)(?: have|'ve got"
               r"|'ve| hold| got| store| keep| know)"),
            _w("and", r"(?: then)?" + _DEL_TAIL),
            _w("then|afterwards|thereafter", _DEL_TAIL),
            _w("after", " that" + _DEL_TAIL),
            _w("remove|delete|erase|wipe|strike|purge|scrub",
               r" (?:me|<my> <data>) (?:\S+ ){0,4}?(?:from|off|out of) <db>"),
            _w("take|get", r" (?:me|<my> <data>) (?:\S+ ){0,4}?(?:off|out of) <db>"),
            _w("want|like|wish|need|ask|asking|request|requesting|demand", r" to be "
               r"(?:permanently |completely )?(?:removed|deleted|erased|wiped|purged|taken off) "
               r"(?:from|off|out of) <db>"),
            _w("i", r"(?: (?:want|would like|wish|need|demand|ask)|'?d like) to be (?:permanently "
               r"|completely )?(?:deleted|erased|forgotten|wiped)",
               not_after=(r"whether\s", r"if\s")),
            _w("vanish|disappear", r" (?:completely |entirely )?(?:from|out of) <db>"),
            _neg(r" (?:want to |wish to |to )?(?:be|exist|sit|stay|remain|appear) (?:on|in) "
                 r"(?:your|ur|any of your) (?:[\w-]+ ){0,2}?(?:database|data\s*base|db|systems?"
                 r"|crm|records|registers?|files|books)"),
            _w("every|any|all", r" (?:traces?|records?|mentions?|references?) of me"),
            _w("erasure|deletion|removal|destruction", r" of <my> <data>"),
            _w("erasure|deletion|removal", r" of (?:all )?(?:the )?(?:personal )?(?:data"
               r"|information) (?:you (?:hold|have|store|process) |held )?(?:about|on|concerning"
               r"|relating to) me"),
            _dont(r" want (?:you|u) to (?:keep|have|hold|store|retain) <my> <data>"),
            _w("his|her", r" (?:personal )?(?:data|details|name|information)(?: and (?:his |her )?"
               r"\w+)? (?:to be |be )?(?:deleted|erased)"),
            _w("remove|delete|erase|wipe|strike|purge|take",
               r" (?:him|her) (?:\S+ ){0,3}?(?:from|off|out of) <db>"),
            _w("delete|erase|wipe|purge", r" (?:his|her) (?:personal |private |mobile |phone "
               r"|contact )?(?:data|details|number|information|info|mobile|records?)"),
            _w("request|requesting", r" you to (?:kindly |please )?(?:delete|erase|remove"
               r"|destroy) (?:it|the same|them|this|these)", not_after=(r"we\s",)),
            _w("i", r"(?:'d| would) like (?:that|this|my) (?:record|entry|profile) (?:to be )?"
               r"(?:destroyed|deleted|erased|removed|wiped)"),
        ),
        A: _phrases(
            _w("send|give|show|provide|forward|e-?mail|supply|share|mail", r" me (?:with )?(?:a "
               r"(?:full |complete )?(?:copy|list|overview|summary|printout) of )?<my> <data>"),
            _w("send|give|show|provide|forward|tell|supply", r" me (?:with )?(?:what|which|all"
               r"|everything|whatever|any)(?: (?:personal )?(?:data|information|info|details))? "
               r"(?:that )?(?:you|u|your company) (?:have|hold|store|keep|process|collected"
               r"|know)"),
            _w("send|give|show|provide|forward|tell|supply",
               r" me (?:with )?(?:\S+ ){0,7}?(?:about|on|of|concerning|regarding) me\b"),
            _w("what|which", r" (?:else )?(?:personal )?(?:data|information|info|details) (?:do "
               r"|did |have |has )?<you> (?:have|hold|store|keep|process|collect|collected|save"
               r"|saved|got) (?:on|about) me"),
            _w("what", r" (?:[\w']+ ){0,6}?(?:have|hold|store|keep|got|know|stored|saved|recorded"
               r"|written|wrote|held|kept|collected|gathered|processed|say|says|said|holding"
               r"|storing|keeping|passed|shared|sold|gave|given|sent|disclosed|noted)(?: down"
               r"| up| on file| on record| on)? (?:on|about|regarding|concerning|of) me\b"),
            _w("what", r" (?:[\w']+ ){0,3}?of mine"),
            _w("what|which", r" (?:[\w']+ ){0,2}?(?:data|information|info|details) "
               r"(?:(?!need|want|require|should|must)[\w']+ ){0,5}?(?:me|mine)\b"),
            _w("where", r"(?:'?d| did| do| have| has| had)? <you>(?:'ve| have| had)? (?:get|got"
               r"|gotten|obtain\w*|taken|received|receive|find|found|source\w*|buy|bought|take"
               r"|took|dig up|dug up|pick up|picked up|come across|came across|scrape\w*"
               r"|acquire\w*|pull\w*|harvest\w*) (?:hold of )?(?:<my> <data>|me|this (?:number"
               r"|e-?mail(?: address)?|address|mobile|phone))", quoted=False),
            _w("where", r" (?:did|does|do|has) <my> <data> (?:come|came) from"),
            _w("where", r" <my> <data> (?:came|comes|come|is|was) (?:from|sourced|obtained)"),
            _w("source|origin|origins|provenance", r" of <my> <data>"),
            _w("how", r" (?:on earth |the hell )?(?:did |have |do |does |has |could |can )?<you> "
               r"(?:get|got|gotten|obtain\w*|find|found|source\w*|come to have|come by|came by"
               r"|acquire\w*|knew|get hold of|got hold of) (?:hold of )?(?:<my> <data>"
               r"|this (?:number|e-?mail(?: address)?|address|mobile))", quoted=False),
            _w("how", r" (?:on earth |the hell )?(?:do|does|can|could|come) <you> (?:have|has"
               r"|know|hold) <my> <data>", quoted=False),
            _w("how", r" long (?:will|do|have|are|did) <you> (?:keep|store|hold|had|retain|been "
               r"(?:holding|keeping|storing)|keeping|storing|holding) <my> <data>"),
            _w("how", r" long have <you> had <my> <data>"),
            _w("how", r" did (?:it|this|that|<my> <data>) end up (?:with|at|in) <you>"),
            _w("who", r" (?:gave|sold|provided|passed|supplied|handed|sent|shared|leaked) "
               r"(?:you |u |ye )?(?:<my> <data>|me)", quoted=False),
            _w("why|how", r" (?:on earth |the hell )?(?:do|does|did|would|can|could|is|are|has"
               r"|have) (?:(?!i\b|we\b)[\w']+ ){1,3}?(?:know|have|has|get|got|obtain|obtained"
               r"|find|found|hold|holding|keep|keeping|store|storing|process|processing|using) "
               r"<my> <data>"),
            _w("why", r" (?:do|did|does) <you> (?:have|hold|store|keep|process) <my> <data>"),
            _w("why", r" (?:do|am|did) i (?:keep )?(?:get|getting|receiv\w*) (?:\w+ ){0,2}?"
               r"(?:calls|e-?mails|messages|texts|mails) from <you>"),
            _w("request|requesting|want|like|need|get|have|receive|obtain|see", r" (?:a copy of"
               r"|copies of|access to|an overview of|a list of|a printout of|an extract of"
               r"|insight into) <my> <data>"),
            _w("wish", r" to have (?:a copy of|access to|an overview of) <my> <data>"),
            _w("ask|asking", r" for (?:a copy of|copies of|access to|an overview of|a list of) "
               r"<my> <data>"),
            _w(_COPY, r" of (?:all |any |the |every )?(?:of )?<my> <data>"),
            _w(_COPY, r" of " + _GAP5 + r"(?:on|about|of|concerning|regarding|relating to) me\b"),
            _w("access", r" to (?:the )?(?:personal )?(?:data|information) " + _HOLDER
               + r"?(?:about|on|concerning|relating to) me"),
            _w("a", r" copy of (?:the )?(?:personal )?(?:data|information) " + _HOLDER
               + r"?(?:about|on|concerning|relating to) me"),
            _w("a", r" copy of (?:the |any |my )?(?:call )?recordings? of (?:me|my|our call)"),
            _w("copies", r" of (?:the |any |my )?(?:call )?recordings? of (?:me|my|our call)"),
            _w("i", r" (?:want|wish|would like|need|demand) to (?:know|see|find out) (?:exactly )?"
               r"what (?:personal )?(?:data|information|info|details)"),
            _know_what(r" (?:[\w']+ )?<you> (?:gave|passed on|sold|shared|disclosed|handed over)"
                       r" (?:to )?(?:them|him|her|your clients?|the clients?|others"
                       r"|other companies|anyone|any)"),
            _know_what(r" (?:else )?<you>(?:'ve| have| had)? (?:recorded|stored|saved|noted"
                       r"|written down|got on file|collected|gathered|logged)"),
            _w("if|whether", r" <my> <data> (?:is|are) (?:still )?(?:in|on|stored in|held in"
               r"|saved in|kept in|registered in) (?:your|ur) (?:\w+ )?(?:database|system"
               r"|records|files|crm|register|list)"),
            _w("data|information|details", r" (?:\w+ )?(?:stored|held|kept|processed|recorded"
               r"|saved|collected) (?:about|on|concerning|regarding|relating to) me"),
            _w("all", r" (?:the |of the )?(?:personal )?(?:data|information|info|details) (?:that "
               r"|which )?<you>(?:'ve got| have| hold| got| keep| store| are holding"
               r"| are keeping| have got| have stored| hold stored)(?: stored| saved"
               r"| recorded)? (?:on|about) me"),
            _w("everything|whatever|anything|what", r" (?:that |which )?<you>(?:'ve got| have"
               r"| hold| got| keep| store| are holding| are keeping| have got| have stored"
               r"| hold stored)(?: stored| saved| recorded)? (?:on|about) me"),
            _w("do", r" <you> (?:still )?(?:have|hold|store|keep|process) (?:any )?(?:personal )?"
               r"(?:data|information|info|details) (?:on|about) me"),
            _w("do", r" <you> (?:still )?(?:have|hold|store|keep|process) (?:any )?(?:of )?my "
               r"(?:personal |contact )?(?:data|information|info|details)"),
            _w("confirm", r" (?:whether|if) (?:or not )?<you> (?:still )?(?:hold|have|process"
               r"|store|keep) (?:any )?(?:of )?(?:<my> <data>|(?:personal )?(?:data|information"
               r"|info|details) (?:about|on|relating to|concerning) me)"),
            _w("is|are", r" <my> <data> (?:still )?(?:in|on|stored in|held in|saved in"
               r"|registered in|kept in) (?:your|ur) (?:database|system|records|files|crm|list"
               r"|register)"),
            _w("am", r" i (?:still )?(?:in|on|listed in|listed on|registered in|stored in) "
               r"(?:your|ur|any of your|one of your) (?:[\w-]+ )?(?:database|system|systems"
               r"|crm|records|files|register|databases)"),
            _w("which|what", r" (?:[\w-]+ ){0,2}?(?:list|lists|database|campaign|sequence"
               r"|segment)s? (?:am i|am i on|am i in|is my (?:name|number|e-?mail|address) "
               r"(?:on|in)|did (?:i|my \w+) come from)"),
            _w("which|what", r" (?:[\w-]+ )?(?:list|lists|database|source|vendor|website"
               r"|register|directory|site)(?: did| have| had)? <you> (?:get|got|find|found|buy"
               r"|bought|take|took|pull|pulled|obtain\w*|source\w*) (?:me|<my> <data>)"),
            _w("which|what|who", r" (?:of your |other )?(?:clients|companies|partners|customers"
               r"|third parties|firms|organi[sz]ations|recipients)(?: have| has| did| got"
               r"| were)? (?:[\w']+ ){0,2}?(?:sold|given|passed|shared|sent|received|got|had"
               r"|bought|called|contacted|e-?mailed) (?:[\w']+ ){0,2}?(?:my\b|me\b)"),
            _w("who|whom|which|what|whether|if", r" (?:(?!i\b|we\b)[\w']+ ){0,4}?(?:shared|sold"
               r"|passed|given|disclosed|sent|handed|transferred|provided|supplied|gave) (?:on )?"
               r"<my> <data>"),
            _w("have|did|do|has", r" <you> (?:ever )?(?:shared|sold|passed|given|disclosed|sent"
               r"|transferred|provided|handed|share|sell|pass|give|disclose|send|transfer)"
               r"(?: on)? <my> <data>"),
            _w("is|are|has|have|was|were", r" <my> <data> (?:been |being )(?:used|shared|sold"
               r"|passed|sent|given|transferred|disclosed)"),
            _w("legal|lawful", r" (?:basis|grounds?) (?:[\w']+ ){0,4}?(?:processing|using"
               r"|holding|storing|keeping|have|process|use|hold|store|contact\w*|call\w*"
               r"|e-?mail\w*) (?:<my> <data>|me)\b"),
        ),
    },
    weak={
        A: _phrases(_w("right", r" (?:of|to) access"), _w("data", r" subject access requests?"),
                    _w("subject", r" access requests?"), _w("dsars?"),
                    _w("how", r" long do you (?:keep|store|retain|hold)")),
        E: _phrases(_w("right", r" (?:to|of) (?:erasure|deletion|be forgotten)"),
                    _w("erasure|deletion|removal", r" requests?"),
                    _w("request", r" for (?:erasure|deletion|removal)")),
        RC: _phrases(_w("right", r" (?:to|of) (?:rectification|correction)"),
                     _w("rectification", r" requests?")),
        RS: _phrases(_w("right", r" to restrict(?:ion)?(?: of processing)?"),
                     _w("restriction", r" of processing")),
        P: _phrases(_w("right", r" to (?:data )?portability"), _w("data", r" portability"),
                    _w("portability")),
        O: _phrases(_w("right", r" to object(?:ion)?"),
                    _w("objection", r" to (?:the )?(?:processing|direct marketing)")),
        W: _phrases(_w("right", r" to withdraw(?:al of|ing)? consent"),
                    _w("withdraw", r"(?:al of|ing)? consent"), _w("consent", r" withdrawal")),
    },
    cues=(
        r"i (?:hereby )?(?:request|ask|demand|want|wish|would like|exercise|invoke|require"
        r"|need|am requesting|am exercising|am invoking|am asking|am writing to|make|submit"
        r"|lodge|file|raise)",
        r"i'?d like", r"i'?m (?:requesting|exercising|invoking|asking|making|submitting)",
        r"my (?:rights?|request)",
        # Agents (R45) write in the plural or for "our client".
        r"we (?:hereby )?(?:request|ask|demand|require)", r"on behalf of (?:our|my) client",
        r"this is a (?:formal |gdpr |privacy |data protection |data subject )?request",
        r"request (?:under|pursuant|according|in accordance|per)",
        r"please (?:send|provide|delete|erase|correct|restrict|stop|confirm|give|treat|process"
        r"|comply)", r"kindly", r"hereby", r"pls", r"plz",
    ),
    bare=(r"unsubscribe", r"remove me", r"opt[- ]out", r"stop", r"remove",
          r"(?:take|get) me off(?: (?:your|the|ur|all) (?:lists?|mailing list|e-?mails))?",
          r"off (?:the|your|ur) (?:mailing )?list", r"no more (?:e-?mails|calls|texts|mails)",
          r"unsubscribe me", r"stop (?:e-?mailing|calling|texting|contacting)",
          r"suppress me", r"no\W{1,3}stop", r"(?:just|please|pls) stop(?:\W{1,3}just stop)?"),
)
