"""Phrase data for English.

Explicit-mention layer; the pattern dialect is described in classifiers.mention_lexicon.
"""

from __future__ import annotations

from classifiers.lexicon.base import RC, RS, A, E, LanguageLexicon, O, P, W

EN = LanguageLexicon(
    code="en",
    slots={
        "my": r"(?:all (?:of )?)?my",
        "data": r"(?:personal )?(?:data|information|info|details|contact (?:details|info\w*)"
        r"|profile|account|records?|e-?mail(?: address)?|address|(?:phone |mobile |cell )?number"
        r"|name)",
        "field": r"(?:job title|title|name|surname|first name|last name|e-?mail(?: address)?"
        r"|address|(?:phone |mobile )?number|details|data|information|record|entry"
        r"|company(?: name)?|employer|position|role|department|profile)",
        "you": r"(?:you|your company|you guys)",
        "list": r"(?:your|the|all your|all of your|any of your|all|any) (?:e-?mail |mailing "
        r"|marketing |contact |call |sales |distribution )?(?:lists?|databases?|systems?|crm"
        r"|registers?|records|files?)",
        "contact": r"(?:contact(?:ing)?|e-?mail(?:ing)?|mail(?:ing)?|call(?:ing)?|phon(?:e|ing)"
        r"|ring(?:ing)?|text(?:ing)?|messag(?:e|ing)|spam(?:ming)?|bother(?:ing)?|send(?:ing)?"
        r"|pester(?:ing)?|harass(?:ing)?)",
        "dont": r"(?:do not|don'?t|never|please do not|please don'?t)",
        "dataobj": r"(?:all )?(?:the )?(?:personal )?(?:data|information|info|details|records?"
        r"|everything)",
    },
    strong={
        RS: (
            r"(?:restrict|limit|block|freeze|suspend|pause|halt) (?:the )?(?:processing|use|usage"
            r"|handling) of <my> <data>",
            r"(?:restrict|limit|block|freeze|suspend) <my> <data>",
            r"restriction of (?:the )?(?:processing|use) of <my> <data>",
            # "Don't delete my data" asks to keep it (Art 18(1)(b)-(c)), not to erase it.
            r"<dont> (?:delete|erase) <my> <data>",
            r"(?:stop|cease) (?:using|processing) <my> <data> (?:until|while|pending|for now)",
        ),
        P: (
            r"<my> <data> (?:in|as) (?:an? )?(?:portable|machine-?readable|structured"
            r"|commonly used|csv|json|xml|excel|electronic) (?:format|file|form|export)",
            r"(?:transfer|transmit|move|port|send|hand over|migrate) <my> <data> (?:directly )?"
            r"(?:to|over to) (?:another|a new|my new|a different|the new)",
            r"<my> <data> (?:to be |be )?(?:transferred|transmitted|ported|moved|exported)",
            r"(?:an? )?(?:export|download) (?:of )?<my> <data>",
        ),
        W: (
            r"(?:withdraw|withdrawing|revoke|revoking|retract|cancel|take back|rescind) "
            r"(?:all |any )?(?:of )?(?:my|the) consent",
            r"i (?:hereby )?(?:withdraw|revoke) (?:all |any )?consent",
            r"i (?:no longer|do not|don'?t|do no longer) (?:give (?:my )?)?consent",
            r"<my> consent (?:is )?(?:hereby )?(?:withdrawn|revoked|cancell?ed)",
        ),
        RC: (
            r"(?:correct|update|change|fix|amend|rectify|edit|adjust) <my> <field>",
            r"<my> <field> (?:is|are|was|were|seems to be|appears to be) (?:wrong|incorrect"
            r"|outdated|out of date|not correct|inaccurate|misspel(?:led|t)|spelled wrong"
            r"|no longer (?:valid|correct|current))",
            r"(?:you have|you'?ve got) (?:the )?wrong <field> (?:for|on|about) me",
            r"(?:you have|you'?ve got) my <field> wrong",
            r"(?:correct|rectify|update) <dataobj> (?:you (?:have|hold) )?(?:on|about) me",
        ),
        O: (
            r"(?:stop|quit|cease) <contact>(?: me| to me)?",
            r"<dont> (?:ever )?(?:contact|e-?mail|mail|call|phone|ring|text|message|spam|bother"
            r"|approach|write to|send) me",
            r"unsubscribe me",
            r"opt me out",
            r"(?:i (?:want|wish|would like|need) to|i'?d like to|please|kindly) (?:unsubscribe"
            r"|opt[- ]out)",
            r"i (?:hereby )?(?:opt|am opting) out",
            r"(?:remove|take|strike|drop|cross|scratch) me (?:off|out of|from) <list>",
            r"i (?:hereby )?(?:object|am objecting) to (?:the |any |all |your )?(?:further )?"
            r"(?:processing|use|profiling|direct marketing|marketing)",
            r"i (?:do not|don'?t) want (?:any |to (?:receive|get) (?:any )?)?(?:more |further )?"
            r"(?:marketing |sales |promotional )?(?:e-?mails|calls|messages|newsletters|mailings"
            r"|marketing|offers)",
            r"no (?:more|further) (?:marketing |sales |promotional )?(?:e-?mails|calls|messages"
            r"|newsletters|mailings|marketing|spam)",
            r"leave me alone",
            r"(?:stop|cease) (?:using|processing) <my> <data>",
        ),
        E: (
            r"(?:delete|erase|remove|purge|wipe|destroy|scrub|get rid of) <my> <data>",
            r"<my> <data> (?:to be |be |is |are )?(?:deleted|erased|removed|purged|wiped"
            r"|destroyed)",
            r"(?:delete|erase) me",
            r"(?<!n't\s)(?<!not\s)forget me",
            r"(?:delete|erase|remove|purge|wipe) <dataobj> (?:you (?:have|hold|store|keep) )?"
            r"(?:on|about|of|concerning|regarding) me",
            r"(?:and|then|and then|afterwards|after that),? (?:please )?(?:delete|erase|remove"
            r"|destroy|wipe) (?:it|them|it all|all of it|everything)",
        ),
        A: (
            r"(?:send|give|show|provide|forward|e-?mail) me (?:a (?:full |complete )?(?:copy"
            r"|list|overview|summary|printout) of )?<my> <data>",
            r"(?:send|give|show|provide|forward|tell) me (?:what|which|all|everything|whatever)"
            r"(?: (?:personal )?(?:data|information|info|details))? you (?:have|hold|store|keep"
            r"|process|collected|know)",
            r"(?:what|which) (?:personal )?(?:data|information|info|details) (?:do |did )?"
            r"<you> (?:have|hold|store|keep|process|collect|collected|save) (?:on|about) me",
            r"what do <you> (?:have|hold|store|know) (?:on|about) me",
            r"where (?:did|do|have) <you> (?:get|got|obtain|obtained|find|found|source|sourced"
            r"|buy|bought|take) <my> <data>",
            r"how did <you> (?:get|obtain|find) <my> <data>",
            r"who gave you <my> <data>",
            r"why do <you> (?:have|hold|store|keep|process) <my> <data>",
            r"(?:request|requesting|want|would like|wish to have|ask for|asking for|need) "
            r"(?:a copy of|access to|an overview of) <my> <data>",
            r"(?:access to|a copy of) (?:the )?(?:personal )?(?:data|information) (?:you (?:hold"
            r"|have|store|process) )?(?:about|on|concerning|relating to) me",
            r"i (?:want|wish|would like|need) to (?:know|see|find out) what (?:personal )?"
            r"(?:data|information|info|details)",
            r"do <you> (?:have|hold|store|keep|process) (?:any )?(?:personal )?(?:data|information"
            r"|info|details) (?:on|about) me",
        ),
    },
    weak={
        A: (r"right (?:of|to) access", r"(?:data )?subject access requests?", r"dsars?",
            r"how long do you (?:keep|store|retain|hold)"),
        E: (r"right (?:to|of) (?:erasure|deletion|be forgotten)",
            r"(?:erasure|deletion) requests?"),
        RC: (r"right (?:to|of) (?:rectification|correction)", r"rectification requests?"),
        RS: (r"right to restrict(?:ion)?(?: of processing)?", r"restriction of processing"),
        P: (r"(?:right to )?(?:data )?portability",),
        O: (r"right to object(?:ion)?", r"objection to (?:the )?(?:processing|direct marketing)"),
        W: (r"(?:right to )?withdraw(?:al of|ing)? consent", r"consent withdrawal"),
    },
    cues=(
        r"i (?:hereby )?(?:request|ask|demand|want|wish|would like|exercise|invoke|require"
        r"|need|am requesting|am exercising|am invoking|am asking|am writing to)",
        r"i'?d like", r"i'?m (?:requesting|exercising|invoking|asking)", r"my (?:rights?|request)",
        # Agents (R45) write in the plural or for "our client".
        r"we (?:hereby )?(?:request|ask|demand|require)", r"on behalf of (?:our|my) client",
        r"this is a (?:formal )?request", r"request (?:under|pursuant|according|in accordance|per)",
        r"please (?:send|provide|delete|erase|correct|restrict|stop|confirm|give|treat|process"
        r"|comply)", r"kindly", r"hereby",
    ),
    bare=(r"unsubscribe", r"remove me", r"opt[- ]out", r"stop", r"remove"),
)
