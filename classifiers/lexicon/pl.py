"""Polish phrase data for the explicit-mention layer.

The pattern dialect is described in classifiers.mention_lexicon; the literal-first regrouping
in classifiers.lexicon.other_patterns.
"""

from __future__ import annotations

from classifiers.lexicon.base import RC, RS, A, E, LanguageLexicon, O, P, W
from classifiers.lexicon.other_patterns import literal_first_slots, literal_first_table

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
    slots=literal_first_slots({
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
    strong=literal_first_table({
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
    weak=literal_first_table({
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
