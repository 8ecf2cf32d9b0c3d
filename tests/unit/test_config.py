"""Configuration: the shipped default, every error form, file selection, store URLs, secrets."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.config import (
    CONFIG_ENV,
    DEFAULT_CONFIG_PATH,
    Config,
    ImapConfig,
    SmtpConfig,
    load_config,
    parse_config,
)
from bot.model import ConfigError, RightsbotError
from tests.unit.helpers import BASE_CONFIG, make_config

REPO = Path(__file__).resolve().parents[2]

MINIMAL_TOML = """\
[organisation]
name = "LeadsByMia ApS"
privacy_address = "privacy@leadsbymia.com"
message_id_domain = "rightsbot.leadsbymia.com"

[imap]
user = "privacy"
"""


@pytest.fixture(autouse=True)
def _no_config_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """A RIGHTSBOT_CONFIG in the developer's shell must not change what these tests load."""
    monkeypatch.delenv(CONFIG_ENV, raising=False)


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _data(**overrides: dict[str, object]) -> dict[str, dict[str, object]]:
    data = {section: dict(values) for section, values in BASE_CONFIG.items()}
    for section, values in overrides.items():
        data.setdefault(section, {}).update(values)
    return data


def _error(data: dict[str, dict[str, object]], tmp_path: Path) -> str:
    with pytest.raises(ConfigError) as caught:
        parse_config(data, tmp_path / "config.toml")
    return str(caught.value)


# --- the shipped default --------------------------------------------------------------------


def test_shipped_config_toml_is_the_default_path() -> None:
    assert DEFAULT_CONFIG_PATH == REPO / "config.toml"
    assert DEFAULT_CONFIG_PATH.is_file()


def test_shipped_config_loads_with_documented_defaults() -> None:
    config = load_config()
    assert config.source == REPO / "config.toml"
    org = config.organisation
    assert org.name == "LeadsByMia ApS"
    assert org.privacy_address == "privacy@leadsbymia.com"
    assert org.timezone == "Europe/Copenhagen"
    assert org.holiday_profile == "statutory"
    assert org.message_id_domain == "rightsbot.leadsbymia.com"
    imap = config.imap
    assert (imap.host, imap.port, imap.tls, imap.user) == ("127.0.0.1", 1143, "none", "privacy")
    assert imap.password_env == "RIGHTSBOT_IMAP_PASSWORD"
    assert imap.folder == "INBOX"
    assert imap.processed_folder == "rightsbot/processed"
    assert imap.quarantine_folder == "rightsbot/quarantine"
    assert imap.idle is True
    assert imap.timeout_seconds == 30.0
    smtp = config.smtp
    assert (smtp.host, smtp.port, smtp.tls, smtp.user) == ("127.0.0.1", 1025, "none", "")
    assert smtp.password_env == "RIGHTSBOT_SMTP_PASSWORD"
    assert smtp.timeout_seconds == 30.0
    assert config.store.url == "sqlite:///" + str(REPO / "var" / "rightsbot.db")
    sched = config.schedule
    assert (sched.poll_seconds, sched.outbox_seconds) == (60.0, 10.0)
    assert (sched.batch_size, sched.max_messages_per_run) == (200, 5000)
    assert (sched.sender_rate_limit, sched.sender_rate_window_hours) == (5, 24.0)
    assert (sched.retry_initial_seconds, sched.retry_max_seconds) == (30.0, 3600.0)
    assert sched.retry_max_attempts == 10
    assert (sched.reconnect_initial_seconds, sched.reconnect_max_seconds) == (5.0, 300.0)
    assert config.deadlines.extension_method == "two_step"
    assert config.deadlines.pause_model == "earliest"
    assert config.deadlines.extra_holidays == ()
    assert config.classifier.min_confidence == 0.7


def test_omitted_keys_take_the_same_defaults_as_the_shipped_file(tmp_path: Path) -> None:
    config = load_config(_write(tmp_path / "min.toml", MINIMAL_TOML))
    assert config.organisation.timezone == "Europe/Copenhagen"
    assert config.organisation.holiday_profile == "statutory"
    assert (config.imap.host, config.imap.port, config.imap.tls) == ("127.0.0.1", 993, "ssl")
    assert config.imap.folder == "INBOX"
    assert config.imap.idle is True
    assert (config.smtp.port, config.smtp.tls, config.smtp.user) == (587, "starttls", "")
    assert config.store.url == "sqlite:///" + str(tmp_path.resolve() / "var" / "rightsbot.db")
    assert config.deadlines.extension_method == "two_step"
    assert config.deadlines.pause_model == "earliest"
    assert config.classifier.min_confidence == 0.7


def test_values_are_normalised(tmp_path: Path) -> None:
    config = make_config(tmp_path, organisation={"privacy_address": " Privacy@LeadsByMia.COM ",
                                                 "name": "  LeadsByMia ApS "})
    assert config.organisation.privacy_address == "privacy@leadsbymia.com"
    assert config.organisation.name == "LeadsByMia ApS"


def test_extra_holidays_accept_toml_dates_and_iso_strings(tmp_path: Path) -> None:
    path = _write(tmp_path / "c.toml", MINIMAL_TOML
                  + '[deadlines]\nextra_holidays = [2027-06-05, "2027-12-24"]\n')
    assert load_config(path).deadlines.extra_holidays == (date(2027, 6, 5), date(2027, 12, 24))


def test_config_error_is_a_rightsbot_error() -> None:
    # The CLI's main() turns every RightsbotError into a one-line message (exit code 2).
    assert issubclass(ConfigError, RightsbotError)


# --- every error names the key and the expected form ----------------------------------------


def test_wrong_type_names_key_and_integer(tmp_path: Path) -> None:
    message = _error(_data(imap={"port": "abc"}), tmp_path)
    assert message == "imap.port: expected an integer from 1 to 65535, got 'abc'"


@pytest.mark.parametrize("port", [0, 65536, -1])
def test_port_out_of_range(tmp_path: Path, port: int) -> None:
    message = _error(_data(smtp={"port": port}), tmp_path)
    assert message == f"smtp.port: expected an integer from 1 to 65535, got {port}"


def test_boolean_is_not_an_integer(tmp_path: Path) -> None:
    message = _error(_data(imap={"port": True}), tmp_path)
    assert message.startswith("imap.port: expected an integer")


def test_float_key_rejects_string(tmp_path: Path) -> None:
    message = _error(_data(schedule={"poll_seconds": "60"}), tmp_path)
    assert message == "schedule.poll_seconds: expected a number from 1 to 86400, got '60'"


def test_boolean_key_rejects_string(tmp_path: Path) -> None:
    message = _error(_data(imap={"idle": "yes"}), tmp_path)
    assert message == "imap.idle: expected true or false, got 'yes'"


def test_min_confidence_out_of_range(tmp_path: Path) -> None:
    message = _error(_data(classifier={"min_confidence": 1.5}), tmp_path)
    assert message == "classifier.min_confidence: expected a number from 0 to 1, got 1.5"


def test_bad_tls_choice_lists_the_choices(tmp_path: Path) -> None:
    message = _error(_data(imap={"tls": "tls"}), tmp_path)
    assert message == "imap.tls: expected one of \"ssl\" | \"starttls\" | \"none\", got 'tls'"


def test_bad_extension_method_lists_the_choices(tmp_path: Path) -> None:
    message = _error(_data(deadlines={"extension_method": "3m"}), tmp_path)
    assert message.startswith("deadlines.extension_method: expected one of ")
    assert '"two_step" | "three_month"' in message


@pytest.mark.parametrize("address", ["privacy", "privacy@leadsbymia", "a b@x.com", "@x.com"])
def test_bad_privacy_address(tmp_path: Path, address: str) -> None:
    message = _error(_data(organisation={"privacy_address": address}), tmp_path)
    assert message == (f"organisation.privacy_address: expected an email address like "
                       f"privacy@example.com, got {address!r}")


@pytest.mark.parametrize("zone", ["Europe/Kopenhagen", "Europe", "../etc/passwd", "/etc/x"])
def test_bad_timezone(tmp_path: Path, zone: str) -> None:
    message = _error(_data(organisation={"timezone": zone}), tmp_path)
    assert message == (f"organisation.timezone: expected an IANA time zone like "
                       f"Europe/Copenhagen, got {zone!r}")


def test_other_iana_timezone_is_accepted(tmp_path: Path) -> None:
    assert make_config(tmp_path, organisation={"timezone": "UTC"}).organisation.timezone == "UTC"


def test_bad_holiday_profile(tmp_path: Path) -> None:
    message = _error(_data(organisation={"holiday_profile": "danish"}), tmp_path)
    assert message == ("organisation.holiday_profile: expected one of \"statutory\" | "
                       "\"extended\", got 'danish'")


def test_extended_holiday_profile_is_accepted(tmp_path: Path) -> None:
    config = make_config(tmp_path, organisation={"holiday_profile": "extended"})
    assert config.organisation.holiday_profile == "extended"


def test_misspelt_key_in_a_section(tmp_path: Path) -> None:
    message = _error(_data(imap={"prot": 1143}), tmp_path)
    assert message == "imap.prot: unknown key (misspelt?)"


def test_unknown_section(tmp_path: Path) -> None:
    data = _data()
    data["imaps"] = {"port": 993}
    message = _error(data, tmp_path)
    assert message == ("imaps: unknown section; expected one of organisation, imap, smtp, store, "
                       "schedule, deadlines, classifier, suppression, verification, staff, web")


def test_section_that_is_not_a_table(tmp_path: Path) -> None:
    data: dict[str, object] = dict(_data())
    data["store"] = "sqlite:///x.db"
    with pytest.raises(ConfigError, match=r"^store: expected a \[store\] table$"):
        parse_config(data, tmp_path / "config.toml")


def test_missing_required_key(tmp_path: Path) -> None:
    data = _data()
    del data["organisation"]["name"]
    assert _error(data, tmp_path) == "organisation.name: missing; it is required"


def test_missing_imap_user_is_required(tmp_path: Path) -> None:
    data = _data()
    del data["imap"]["user"]
    assert _error(data, tmp_path) == "imap.user: missing; it is required"


def test_empty_required_string(tmp_path: Path) -> None:
    message = _error(_data(organisation={"name": "   "}), tmp_path)
    assert message == "organisation.name: expected a non-empty string, got '   '"


@pytest.mark.parametrize("name", ["RIGHTSBOT-IMAP", "1PASSWORD", "MY PASSWORD", "$PW"])
def test_bad_env_var_name(tmp_path: Path, name: str) -> None:
    message = _error(_data(imap={"password_env": name}), tmp_path)
    assert message == ("imap.password_env: expected the name of an environment variable "
                       f"(letters, digits, _), got {name!r}")


def test_bad_date_in_extra_holidays(tmp_path: Path) -> None:
    message = _error(_data(deadlines={"extra_holidays": ["2027-02-30"]}), tmp_path)
    assert message == ("deadlines.extra_holidays: expected ISO dates like 2027-06-05, "
                       "got '2027-02-30'")


def test_extra_holidays_must_be_a_list(tmp_path: Path) -> None:
    message = _error(_data(deadlines={"extra_holidays": "2027-06-05"}), tmp_path)
    assert message == ("deadlines.extra_holidays: expected a list of dates like [2027-06-05], "
                       "got '2027-06-05'")


def test_extra_holidays_reject_a_date_time(tmp_path: Path) -> None:
    # A TOML date-time is a datetime (a date subclass) and never equals a calendar day, so it
    # would silently never act as a holiday (R22): it must be rejected.
    path = _write(tmp_path / "c.toml", MINIMAL_TOML
                  + "[deadlines]\nextra_holidays = [2027-06-05T00:00:00]\n")
    with pytest.raises(ConfigError, match=r"^deadlines\.extra_holidays: expected ISO dates"):
        load_config(path)


def test_store_url_without_scheme(tmp_path: Path) -> None:
    message = _error(_data(store={"url": "var/rightsbot.db"}), tmp_path)
    assert message == ("store.url: expected an SQLAlchemy URL like sqlite:///var/rightsbot.db, "
                       "got 'var/rightsbot.db'")


def test_invalid_toml_names_the_file(tmp_path: Path) -> None:
    path = _write(tmp_path / "broken.toml", MINIMAL_TOML + "[imap\nport = 1\n")
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert str(caught.value).startswith(f"{path}: not valid TOML (")


def test_invalid_toml_key_value_names_the_file(tmp_path: Path) -> None:
    path = _write(tmp_path / "broken.toml", MINIMAL_TOML + "port = \n")
    with pytest.raises(ConfigError, match="not valid TOML") as caught:
        load_config(path)
    assert str(path) in str(caught.value)


def test_file_that_is_not_utf8_is_a_config_error(tmp_path: Path) -> None:
    path = tmp_path / "latin1.toml"
    path.write_bytes(MINIMAL_TOML.replace("LeadsByMia", "Søren").encode("latin-1"))
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert str(caught.value) == f"{path}: not valid TOML (the file is not UTF-8 text)"


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.toml"
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert str(caught.value) == (f"cannot read configuration file {path}: "
                                 "No such file or directory")


def test_directory_instead_of_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as caught:
        load_config(tmp_path)
    assert str(caught.value) == f"cannot read configuration file {tmp_path}: Is a directory"


# --- which file is loaded -------------------------------------------------------------------


def test_env_var_selects_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _write(tmp_path / "env.toml", MINIMAL_TOML.replace("LeadsByMia ApS", "From Env"))
    monkeypatch.setenv(CONFIG_ENV, str(path))
    config = load_config()
    assert config.organisation.name == "From Env"
    assert config.source == path.resolve()


def test_env_var_pointing_nowhere_is_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CONFIG_ENV, str(tmp_path / "gone.toml"))
    with pytest.raises(ConfigError, match=r"gone\.toml"):
        load_config()


def test_explicit_path_wins_over_env_var(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    env_file = _write(tmp_path / "env.toml", MINIMAL_TOML.replace("LeadsByMia ApS", "From Env"))
    explicit = _write(tmp_path / "explicit.toml",
                      MINIMAL_TOML.replace("LeadsByMia ApS", "Explicit"))
    monkeypatch.setenv(CONFIG_ENV, str(env_file))
    assert load_config(explicit).organisation.name == "Explicit"
    assert load_config(str(explicit)).organisation.name == "Explicit"


def test_relative_path_is_resolved_for_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write(tmp_path / "rel.toml", MINIMAL_TOML)
    monkeypatch.chdir(tmp_path)
    config = load_config("rel.toml")
    assert config.source == (tmp_path / "rel.toml").resolve()
    assert config.store.url == "sqlite:///" + str(tmp_path.resolve() / "var" / "rightsbot.db")


# --- store URL ------------------------------------------------------------------------------


def _store_url(tmp_path: Path, url: str) -> str:
    folder = tmp_path / "etc" / "rightsbot"
    folder.mkdir(parents=True, exist_ok=True)
    path = _write(folder / "config.toml", MINIMAL_TOML + f'[store]\nurl = "{url}"\n')
    return load_config(path).store.url


def test_relative_sqlite_url_resolves_against_the_config_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # not the config folder: the working directory must not matter
    expected = tmp_path.resolve() / "etc" / "rightsbot" / "data" / "bot.db"
    assert _store_url(tmp_path, "sqlite:///data/bot.db") == f"sqlite:///{expected}"


def test_relative_sqlite_url_with_parent_folder(tmp_path: Path) -> None:
    expected = tmp_path.resolve() / "etc" / "bot.db"
    assert _store_url(tmp_path, "sqlite:///../bot.db") == f"sqlite:///{expected}"


def test_absolute_sqlite_url_stays(tmp_path: Path) -> None:
    assert _store_url(tmp_path, "sqlite:////srv/rightsbot/bot.db") == (
        "sqlite:////srv/rightsbot/bot.db")


@pytest.mark.parametrize("url", ["sqlite://", "sqlite:///:memory:"])
def test_in_memory_sqlite_url_stays(tmp_path: Path, url: str) -> None:
    assert _store_url(tmp_path, url) == url


def test_postgresql_url_untouched(tmp_path: Path) -> None:
    url = "postgresql://rightsbot@db.internal:5432/rightsbot"
    assert _store_url(tmp_path, url) == url


def test_parse_config_resolves_against_the_given_source(tmp_path: Path) -> None:
    config = parse_config(_data(), tmp_path / "sub" / "config.toml")
    assert config.store.url == f"sqlite:///{(tmp_path / 'sub' / 'rightsbot.db').resolve()}"
    assert config.source == tmp_path / "sub" / "config.toml"


# --- secrets --------------------------------------------------------------------------------


def _config(tmp_path: Path, **overrides: dict[str, object]) -> Config:
    return make_config(tmp_path, **overrides)


def test_imap_password_reads_the_named_env_var(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    imap: ImapConfig = _config(tmp_path, imap={"password_env": "TEST_RB_IMAP_PW"}).imap
    monkeypatch.setenv("TEST_RB_IMAP_PW", "s3cret")
    assert imap.password() == "s3cret"
    monkeypatch.setenv("TEST_RB_IMAP_PW", "changed")
    assert imap.password() == "changed"  # read when a connection is made, not at load time


def test_imap_password_unset_names_key_and_variable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TEST_RB_IMAP_PW", raising=False)
    imap = _config(tmp_path, imap={"password_env": "TEST_RB_IMAP_PW"}).imap
    with pytest.raises(ConfigError) as caught:
        imap.password()
    assert str(caught.value) == ("imap.password_env: environment variable TEST_RB_IMAP_PW "
                                 "is not set")


def test_loading_does_not_need_the_password(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("RIGHTSBOT_IMAP_PASSWORD", raising=False)
    config = load_config(_write(tmp_path / "c.toml", MINIMAL_TOML))
    assert config.imap.password_env == "RIGHTSBOT_IMAP_PASSWORD"


def test_smtp_password_is_none_without_user(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TEST_RB_SMTP_PW", "ignored")
    smtp: SmtpConfig = _config(tmp_path, smtp={"password_env": "TEST_RB_SMTP_PW"}).smtp
    assert smtp.user == ""
    assert smtp.password() is None


def test_smtp_password_with_user(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    smtp = _config(tmp_path, smtp={"user": "relay", "password_env": "TEST_RB_SMTP_PW"}).smtp
    monkeypatch.setenv("TEST_RB_SMTP_PW", "relay-pw")
    assert smtp.password() == "relay-pw"
    monkeypatch.delenv("TEST_RB_SMTP_PW")
    with pytest.raises(ConfigError, match=r"^smtp\.password_env: environment variable "
                                          r"TEST_RB_SMTP_PW is not set$"):
        smtp.password()


def test_no_secret_value_is_a_config_key(tmp_path: Path) -> None:
    message = _error(_data(imap={"password": "hunter2"}), tmp_path)
    assert message == "imap.password: unknown key (misspelt?)"
