"""Challenge tokens and reply codes (gdpr-rules.md R38, R41, R81, R84; bot/tokens.py)."""

from __future__ import annotations

import base64
import re
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.tokens import (
    Challenge,
    KeyRing,
    SigningKey,
    TokenError,
    VerificationResult,
    issue,
    message_id_for,
    normalise_address,
    token_fingerprint,
    token_from_message_ids,
    verify_reply_code,
    verify_token,
)

R = VerificationResult
OLD = SigningKey("k2024", b"o" * 32)
NEW = SigningKey("k2025", bytes(range(40)))
RING = KeyRing([NEW, OLD], current="k2025")
OLD_RING = KeyRing([OLD], current="k2024")
DAY0 = date(2025, 3, 1)
ADDR = "Anna.Berg+news@Example.COM"
DOMAIN = "privacy.example.net"
# RFC 5322 dot-atom: atext runs separated by single dots; we allow the safe subset.
DOT_ATOM = re.compile(r"[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*")

local_parts = st.from_regex(r"[a-z0-9][a-z0-9._+]{0,20}[a-z0-9]", fullmatch=True)
domains = st.from_regex(r"[a-z][a-z0-9-]{0,10}[a-z0-9]\.(com|dk|de|se)", fullmatch=True)
addresses = st.builds(lambda local, dom: f"{local}@{dom}", local_parts, domains)


def _challenge(address: str = ADDR, ring: KeyRing = RING, case_id: int = 4711) -> Challenge:
    return issue(ring, case_id=case_id, address=address, issued=DAY0)


def test_r38_round_trip_returns_case_id() -> None:
    ch = _challenge()
    assert verify_token(RING, ch.token, address=ADDR, today=DAY0) == (R.OK, 4711)
    assert ch.case_id == 4711 and ch.issued == DAY0 and ch.expires == DAY0 + timedelta(days=21)
    assert verify_reply_code(RING, ch.reply_code, token=ch.token, address=ADDR, today=DAY0) == R.OK


def test_r38_nonce_makes_each_challenge_distinct() -> None:
    assert _challenge().token != _challenge().token
    fixed = b"\x01" * 12
    one = issue(RING, case_id=1, address=ADDR, issued=DAY0, nonce=fixed)
    assert one == issue(RING, case_id=1, address=ADDR, issued=DAY0, nonce=fixed)


@given(addresses, addresses)
def test_r41_reply_from_another_address_fails(requester: str, other: str) -> None:
    ch = _challenge(requester)
    expected = R.OK if normalise_address(requester) == normalise_address(other) else \
        R.WRONG_ADDRESS_OR_FORGED
    assert verify_token(RING, ch.token, address=other, today=DAY0)[0] == expected
    assert verify_reply_code(RING, ch.reply_code, token=ch.token, address=other,
                             today=DAY0) == expected


@pytest.mark.parametrize("claimed", [
    "  anna.berg+news@example.com ", "ANNA.BERG+NEWS@EXAMPLE.COM", "Anna.Berg+news@example.com.",
])
def test_r81_case_and_whitespace_differences_still_verify(claimed: str) -> None:
    result = verify_token(RING, _challenge().token, address=claimed, today=DAY0)[0]
    # A trailing dot is a different spelling R81 does not fold: it must fail, not crash.
    assert result == (R.WRONG_ADDRESS_OR_FORGED if claimed.endswith(".") else R.OK)


def test_r81_idna_and_nfc_forms_of_the_same_address_verify() -> None:
    ch = _challenge("Jørgen@Bücher.DK")
    for claimed in ("jørgen@xn--bcher-kva.dk", "jørgen@bu\u0308cher.dk", "JØRGEN@BÜCHER.dk"):
        assert verify_token(RING, ch.token, address=claimed, today=DAY0)[0] == R.OK
    assert normalise_address(" Jørgen@Bücher.DK ") == "jørgen@xn--bcher-kva.dk"
    assert normalise_address("a\u0308@x.dk") == "\u00e4@x.dk"


@pytest.mark.parametrize("claimed", ["anna.berg@example.com", "anna.berg+other@example.com",
                                     "annaberg+news@example.com"])
def test_r81_plus_tag_and_dots_are_not_stripped(claimed: str) -> None:
    assert verify_token(RING, _challenge().token, address=claimed, today=DAY0) == \
        (R.WRONG_ADDRESS_OR_FORGED, None)


@pytest.mark.parametrize("bad", ["", "no-at-sign", "@example.com", "anna@", "a@b..c"])
def test_r81_unusable_address_raises_on_issue_and_fails_on_verify(bad: str) -> None:
    with pytest.raises(TokenError):
        issue(RING, case_id=1, address=bad, issued=DAY0)
    assert verify_token(RING, _challenge().token, address=bad, today=DAY0)[0] == \
        R.WRONG_ADDRESS_OR_FORGED


@given(addresses)
def test_r81_normalisation_is_idempotent(address: str) -> None:
    once = normalise_address(address.upper())
    assert normalise_address(once) == once


@given(st.data())
def test_r38_tampered_token_never_verifies(data: st.DataObject) -> None:
    token = _challenge().token
    pos = data.draw(st.integers(0, len(token) - 1), label="position")
    char = data.draw(st.sampled_from("abcdefghijklmnopqrstuvwxyz234567ABZ01.-_@ ").filter(
        lambda c: c != token[pos]), label="replacement")
    tampered = token[:pos] + char + token[pos + 1:]
    assert verify_token(RING, tampered, address=ADDR, today=DAY0) in {
        (R.WRONG_ADDRESS_OR_FORGED, None), (R.MALFORMED, None), (R.UNKNOWN_KEY, None)}


@given(st.text(max_size=90))
def test_r38_arbitrary_text_never_verifies(text: str) -> None:
    assert verify_token(RING, text, address=ADDR, today=DAY0)[0] != R.OK


def test_r38_every_single_character_change_fails_token_and_code() -> None:
    ch = _challenge()
    alphabet = "abcdefghijklmnopqrstuvwxyz234567"
    for pos, old in enumerate(ch.token):
        new = alphabet[(alphabet.find(old) + 1) % len(alphabet)]
        tampered = ch.token[:pos] + new + ch.token[pos + 1:]
        assert verify_token(RING, tampered, address=ADDR, today=DAY0)[0] != R.OK
    code_alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
    for pos, old in enumerate(ch.reply_code):
        if old != "-":
            new = code_alphabet[(code_alphabet.index(old) + 1) % 32]
            typed = ch.reply_code[:pos] + new + ch.reply_code[pos + 1:]
            assert verify_reply_code(RING, typed, token=ch.token, address=ADDR,
                                     today=DAY0) == R.WRONG_ADDRESS_OR_FORGED


def test_r38_truncated_extended_and_uppercased_tokens_are_malformed() -> None:
    token = _challenge().token
    for bad in (token[:-1], token + "a", token.upper(), f"<{token}>", ""):
        assert verify_token(RING, bad, address=ADDR, today=DAY0) == (R.MALFORMED, None)


def test_r38_token_from_another_case_is_not_accepted_for_this_code() -> None:
    mine, other = _challenge(case_id=1), _challenge(case_id=2)
    assert verify_reply_code(RING, other.reply_code, token=mine.token, address=ADDR,
                             today=DAY0) == R.WRONG_ADDRESS_OR_FORGED


def test_r38_day_21_is_valid_and_day_22_expired_with_case_id() -> None:
    ch = _challenge()
    assert ch.expires == DAY0 + timedelta(days=21)
    assert verify_token(RING, ch.token, address=ADDR, today=ch.expires) == (R.OK, 4711)
    late = ch.expires + timedelta(days=1)
    assert verify_token(RING, ch.token, address=ADDR, today=late) == (R.EXPIRED, 4711)
    assert verify_reply_code(RING, ch.reply_code, token=ch.token, address=ADDR,
                             today=late) == R.EXPIRED
    assert verify_token(RING, ch.token, address="x@y.dk", today=late) == \
        (R.WRONG_ADDRESS_OR_FORGED, None)
    assert verify_token(RING, ch.token, address=ADDR, today=DAY0 + timedelta(days=8),
                        valid_days=7)[0] == R.EXPIRED


def test_r84_unknown_key_id() -> None:
    other = KeyRing([SigningKey("k2030", b"z" * 32)], current="k2030")
    assert verify_token(other, _challenge().token, address=ADDR, today=DAY0) == \
        (R.UNKNOWN_KEY, None)


def test_r84_rotation_old_tokens_verify_until_the_old_key_is_removed() -> None:
    old = _challenge(ring=OLD_RING)
    assert old.token.startswith("k2024.")
    assert _challenge().token.startswith("k2025.")
    assert verify_token(RING, old.token, address=ADDR, today=DAY0) == (R.OK, 4711)
    assert verify_reply_code(RING, old.reply_code, token=old.token, address=ADDR,
                             today=DAY0) == R.OK
    removed = KeyRing([NEW], current="k2025")
    assert verify_token(removed, old.token, address=ADDR, today=DAY0) == (R.UNKNOWN_KEY, None)


def test_r84_same_key_id_with_another_secret_is_forged() -> None:
    impostor = KeyRing([SigningKey("k2025", b"x" * 32)], current="k2025")
    assert verify_token(impostor, _challenge().token, address=ADDR, today=DAY0)[0] == \
        R.WRONG_ADDRESS_OR_FORGED


@pytest.mark.parametrize("spelling", [str.lower, str.upper, lambda c: c.replace("-", " "),
                                      lambda c: c.replace("-", ""), lambda c: f"  {c}\t",
                                      lambda c: "-".join(c.replace("-", ""))])
def test_r38_reply_code_tolerates_case_spaces_and_dashes(spelling: object) -> None:
    ch = _challenge()
    assert re.fullmatch(r"[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}", ch.reply_code)
    typed = spelling(ch.reply_code)  # type: ignore[operator]
    assert verify_reply_code(RING, typed, token=ch.token, address=ADDR, today=DAY0) == R.OK


def test_r38_reply_code_reads_one_and_i_as_l() -> None:
    ch = next(c for c in (_challenge() for _ in range(500)) if "L" in c.reply_code)
    for alias in ("1", "I", "i", "l"):
        typed = ch.reply_code.replace("L", alias)
        assert verify_reply_code(RING, typed, token=ch.token, address=ADDR, today=DAY0) == R.OK


@pytest.mark.parametrize("code", ["", "ABC", "ABCD-EFGH-J", "0OOO-2345", "ABCD-EFG!"])
def test_r38_malformed_reply_code(code: str) -> None:
    ch = _challenge()
    assert verify_reply_code(RING, code, token=ch.token, address=ADDR, today=DAY0) == R.MALFORMED


def test_r38_wrong_reply_code_and_bad_token_fail() -> None:
    ch = _challenge()
    wrong = "2222-2222" if ch.reply_code != "2222-2222" else "3333-3333"
    assert verify_reply_code(RING, wrong, token=ch.token, address=ADDR, today=DAY0) == \
        R.WRONG_ADDRESS_OR_FORGED
    assert verify_reply_code(RING, ch.reply_code, token="junk", address=ADDR, today=DAY0) == \
        R.MALFORMED


def test_r38_token_travels_in_message_id_and_is_found_among_references() -> None:
    ch = _challenge()
    mid = message_id_for(ch, "Privacy.Example.NET")
    assert mid == f"c.{ch.token}@{DOMAIN}"
    assert DOT_ATOM.fullmatch(mid.split("@")[0])
    refs = ["<first@mail.gmail.com>", f"<abc@elsewhere.com> <{mid}>\r\n <x@y.z>"]
    assert token_from_message_ids(refs, DOMAIN) == ch.token
    assert token_from_message_ids([mid], DOMAIN.upper()) == ch.token
    assert token_from_message_ids([f"<{mid}>"], DOMAIN) == ch.token


def test_r38_message_ids_under_another_domain_or_without_token_are_ignored() -> None:
    ch = _challenge()
    assert token_from_message_ids([f"<c.{ch.token}@evil.example>"], DOMAIN) is None
    assert token_from_message_ids([f"<c.{ch.token}@{DOMAIN}.evil.example>"], DOMAIN) is None
    assert token_from_message_ids([f"<{ch.token}@{DOMAIN}>", f"<c.junk@{DOMAIN}>"], DOMAIN) \
        is None
    assert token_from_message_ids([], DOMAIN) is None


@given(addresses, addresses, st.integers(0, 2**63))
def test_r38_token_is_dot_atom_and_holds_no_address_text(one: str, two: str, case_id: int) \
        -> None:
    nonce = b"\x07" * 12
    first, second = (issue(RING, case_id=case_id, address=a, issued=DAY0, nonce=nonce)
                     for a in (one, two))
    assert DOT_ATOM.fullmatch(first.token) and "@" not in first.token
    assert DOT_ATOM.fullmatch(message_id_for(first, DOMAIN).split("@")[0])
    # Same case, nonce and day: the tokens differ at most in the 16-byte MAC, whatever the address.
    bodies = [base64.b32decode(c.token.split(".", 1)[1].upper()) for c in (first, second)]
    assert len(first.token) == len(second.token) and bodies[0][:24] == bodies[1][:24]
    assert verify_token(RING, first.token, address=one, today=DAY0) == (R.OK, case_id)


def test_r38_fingerprint_is_sha256_hex_and_distinct() -> None:
    a, b = _challenge().token, _challenge().token
    assert re.fullmatch(r"[0-9a-f]{64}", token_fingerprint(a))
    assert token_fingerprint(a) != token_fingerprint(b)
    assert a not in token_fingerprint(a)


@pytest.mark.parametrize(("value", "message"), [
    ("", "empty"),
    ("k1", "entry 1 is not 'key_id:base64secret'"),
    (f"k1:{base64.b64encode(b'x' * 32).decode()},:abc", "entry 2"),
    ("k1:not base64!!", "entry 1 ('k1'): secret is not valid base64"),
    (f"k1:{base64.b64encode(b'short').decode()}", "needs at least 32"),
    (f"K 1:{base64.b64encode(b'x' * 32).decode()}", "key id 'K 1' must match"),
    (",".join([f"k1:{base64.b64encode(b'x' * 32).decode()}"] * 2), "appears twice"),
])
def test_r84_keyring_from_env_errors_are_clear(value: str, message: str) -> None:
    with pytest.raises(TokenError, match=re.escape(message)):
        KeyRing.from_env(value)


def test_r84_keyring_from_env_first_is_current_and_secrets_stay_hidden() -> None:
    one, two = b"1" * 32, b"2" * 48
    ring = KeyRing.from_env(f" new:{base64.b64encode(one).decode()} , "
                            f"old:{base64.urlsafe_b64encode(two).decode()}")
    assert ring.current_key() == SigningKey("new", one)
    assert ring.get("old") == SigningKey("old", two) and ring.get("gone") is None
    assert "1111" not in repr(ring) + repr(ring.current_key())
    assert [k.key_id for k in KeyRing([OLD, NEW], current="k2025").keys] == ["k2025", "k2024"]
    with pytest.raises(TokenError, match="not among the keys"):
        KeyRing([OLD], current="k2025")


@pytest.mark.parametrize(("case_id", "nonce", "valid_days"), [
    (-1, None, 21), (2**64, None, 21), (1, b"short", 21), (1, None, -1)])
def test_r38_issue_rejects_bad_arguments(case_id: int, nonce: bytes | None,
                                         valid_days: int) -> None:
    with pytest.raises(TokenError):
        issue(RING, case_id=case_id, address=ADDR, issued=DAY0, nonce=nonce,
              valid_days=valid_days)
