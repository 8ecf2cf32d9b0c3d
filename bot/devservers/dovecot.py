"""A private Dovecot IMAP server on 127.0.0.1 for integration tests and benchmarks.

Usage::

    with DovecotServer(folders=["Archive"]) as imap:
        imap.append(raw_bytes, internaldate=datetime.now(UTC) - timedelta(days=3))
        MailBox(imap.host, imap.port).login(imap.user, imap.password)

Everything (config, passwd file, maildirs, logs, runtime sockets) lives in one temporary
directory that is removed by ``close()`` / leaving the ``with`` block. ``stop()`` keeps the data
and the port, so ``start()`` / ``restart()`` bring back the same mailbox (outage simulation).

Facts this relies on (see /work/shared/TESTING-NOTES.md):

* Dovecot's auth process runs as ``dovecot`` and mail processes as the userdb uid, so every
  directory on the way to the passwd file and the maildir must be traversable by others
  (``tempfile.mkdtemp`` gives 0700, hence the chmod below; pytest's ``tmp_path`` lives under a
  0700 directory too, so it cannot be used as the server directory).
* Mail must not be owned by root. When running as root the mail is owned by an unprivileged
  system user (default ``rightsbot-test``, created with ``useradd --system`` if missing;
  override with the ``RIGHTSBOT_TEST_MAIL_USER`` environment variable). When not running as
  root, Dovecot runs entirely as the current user.
* Dovecot runs in the foreground (``-F``) under ``Popen`` with its output redirected to a file,
  so nothing waits on inherited pipes.
"""

from __future__ import annotations

import contextlib
import grp
import imaplib
import os
import pwd
import shutil
import signal
import subprocess
import tempfile
import time
import weakref
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

import psutil
from imap_tools.imap_utf7 import utf7_encode

from bot.devservers.imap_client import (
    DovecotError,
    ImapMailboxMixin,
    require_aware,
)
from bot.devservers.ports import LOOPBACK, free_port, wait_port_closed, wait_port_open
from bot.devservers.processes import (
    Runtime,
    check_traversable,
    ensure_system_user,
    freeze_master,
    wait_gone,
)

DEFAULT_MAIL_USER = "rightsbot-test"
MAIL_USER_ENV = "RIGHTSBOT_TEST_MAIL_USER"

_DOVECOT_CANDIDATES = ("/usr/sbin/dovecot", "/usr/local/sbin/dovecot", "/sbin/dovecot")


def find_dovecot() -> str | None:
    """Path of the ``dovecot`` binary, or None. Looks beyond PATH: it lives in /usr/sbin."""
    found = shutil.which("dovecot")
    if found:
        return found
    for candidate in _DOVECOT_CANDIDATES:
        if os.access(candidate, os.X_OK):
            return candidate
    return None


class DovecotServer(ImapMailboxMixin):
    """A private Dovecot (IMAP only, plaintext auth, maildir) for one user on 127.0.0.1."""

    def __init__(
        self,
        user: str = "privacy",
        password: str = "secret",
        *,
        folders: Iterable[str] = (),
        mail_user: str | None = None,
        start_timeout: float = 20.0,
    ) -> None:
        for label, value in (("user", user), ("password", password)):
            if not value or any(ch in value for ch in ":\n\r\0"):
                raise ValueError(f"{label} must be non-empty and free of ':' and newlines")
        binary = find_dovecot()
        if binary is None:
            raise DovecotError("dovecot binary not found (install the dovecot-imapd package)")
        self.binary = binary
        self.host = LOOPBACK
        self.port = free_port()
        self.user = user
        self.password = password
        self.extra_folders = list(folders)
        self.start_timeout = start_timeout
        self._mail_user_name = mail_user
        self._uid = -1
        self._gid = -1
        self._prepared = False
        self._runtime = Runtime()
        self._finalizer = weakref.finalize(self, self._runtime.kill_and_remove)

    # ------------------------------------------------------------------ paths and state
    @property
    def root(self) -> Path:
        if self._runtime.root is None:
            raise DovecotError("server directory does not exist (not started yet, or closed)")
        return self._runtime.root

    @property
    def config_path(self) -> Path:
        return self.root / "dovecot.conf"

    @property
    def log_path(self) -> Path:
        return self.root / "dovecot.log"

    @property
    def maildir(self) -> Path:
        """The user's Maildir++ root; INBOX lives directly in it."""
        return self.root / "mail" / self.user

    @property
    def running(self) -> bool:
        process = self._runtime.process
        return process is not None and process.poll() is None

    def folder_path(self, folder: str) -> Path:
        """On-disk Maildir of a folder (Maildir++ layout: ``.Name``; INBOX is the root)."""
        if folder.upper() == "INBOX":
            return self.maildir
        return self.maildir / ("." + utf7_encode(folder).decode("ascii"))

    def log_tail(self, lines: int = 40) -> str:
        """Last lines of Dovecot's log and of its captured stdout/stderr, for error messages."""
        chunks = []
        for path in (self.root / "dovecot.out", self.log_path):
            if path.exists():
                text = path.read_text(errors="replace").splitlines()[-lines:]
                chunks.append(f"--- {path.name}\n" + "\n".join(text))
        return "\n".join(chunks)

    # ------------------------------------------------------------------ lifecycle
    def __enter__(self) -> DovecotServer:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def start(self) -> None:
        """Start Dovecot (first call also creates the data directory). No-op if running."""
        if self.running:
            return
        if self._runtime.root is None and self._prepared:
            raise DovecotError("server was closed; create a new DovecotServer")
        first_start = not self._prepared
        if first_start:
            self._prepare()
        out = open(self.root / "dovecot.out", "ab")  # noqa: SIM115 - handed to the child
        try:
            self._runtime.process = subprocess.Popen(
                [self.binary, "-F", "-c", str(self.config_path)],
                stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                close_fds=True,
            )
        finally:
            out.close()
        try:
            self._wait_ready()
            if first_start:
                for folder in self.extra_folders:
                    self.create_folder(folder)
        except BaseException:
            self._runtime.kill()
            raise

    def stop(self, timeout: float = 15.0) -> None:
        """Stop Dovecot, keeping data and port. Idempotent; returns once the port is closed."""
        self._stop_process(timeout)

    def restart(self) -> None:
        """Stop and start again on the same port with the same data."""
        self.stop()
        self.start()

    def close(self) -> None:
        """Kill Dovecot and remove the whole server directory. Idempotent.

        No graceful shutdown (no BYE to clients): the data is discarded anyway.
        Returns once every process is gone and the port is closed.
        """
        self._finalizer()  # kills, removes the directory; later calls are no-ops
        if not wait_port_closed(self.port, 10):
            raise DovecotError(f"port {self.port} still open after killing Dovecot")

    def _stop_process(self, timeout: float = 15.0) -> None:
        process = self._runtime.process
        if process is None:
            return
        if process.poll() is None:
            # Like `dovecot -c CONF stop` (SIGTERM to the master), but the master's services get
            # SIGTERM at the same time: left to the master alone, shutdown takes ~1 s, and an
            # imap process with a logged-in client lingers ~10 s more. On SIGTERM each imap
            # process still sends its client "* BYE Server shutting down." first. The master
            # is frozen meanwhile so it cannot fork a child we would miss.
            master, children = freeze_master(process.pid)
            for child in children:
                with contextlib.suppress(psutil.Error):
                    child.terminate()
            process.send_signal(signal.SIGTERM)
            if master is not None:
                with contextlib.suppress(psutil.Error):
                    master.resume()
            try:
                process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=5)
            for child in wait_gone(children, 5):
                with contextlib.suppress(psutil.Error):
                    child.kill()
        self._runtime.process = None
        if not wait_port_closed(self.port, timeout):
            raise DovecotError(f"port {self.port} still open after stopping Dovecot")

    def _wait_ready(self) -> None:
        process = self._runtime.process
        assert process is not None
        deadline = time.monotonic() + self.start_timeout
        while not wait_port_open(self.port, 0.1):
            if process.poll() is not None:
                raise DovecotError(
                    f"dovecot exited with status {process.returncode} during start\n"
                    + self.log_tail()
                )
            if time.monotonic() > deadline:
                raise DovecotError(
                    f"dovecot did not listen on port {self.port} within "
                    f"{self.start_timeout} s\n" + self.log_tail()
                )
        # The port is bound by the master; prove that login and auth really work.
        try:
            with self._imap():
                pass
        except (OSError, imaplib.IMAP4.error) as error:
            raise DovecotError(f"dovecot started but login failed: {error}\n"
                               + self.log_tail()) from error

    def _resolve_mail_user(self) -> None:
        if os.geteuid() == 0:
            name = self._mail_user_name or os.environ.get(MAIL_USER_ENV) or DEFAULT_MAIL_USER
            entry = ensure_system_user(name)
            if entry.pw_uid == 0:
                raise DovecotError("the mail user must not be root")
        else:
            entry = pwd.getpwuid(os.geteuid())
        self._uid, self._gid = entry.pw_uid, entry.pw_gid

    def _prepare(self) -> None:
        self._resolve_mail_user()
        base = tempfile.gettempdir()
        if len(base) > 40:  # keep unix socket paths under base_dir well below 108 bytes
            base = "/tmp"
        root = Path(tempfile.mkdtemp(prefix="rb-dovecot-", dir=base))
        self._runtime.root = root
        self._prepared = True
        root.chmod(0o755)
        check_traversable(root)
        (root / "mail").mkdir(mode=0o755)
        (root / "state").mkdir(mode=0o755)
        self._make_maildir(self.maildir)
        users = root / "users"
        users.write_text(f"{self.user}:{{PLAIN}}{self.password}::::::\n")
        users.chmod(0o644)  # read by the auth process (user dovecot); test credentials only
        self.config_path.write_text(self._config_text())

    def _make_maildir(self, path: Path) -> None:
        for directory in (path, path / "cur", path / "new", path / "tmp"):
            directory.mkdir(mode=0o700, exist_ok=True)
            os.chown(directory, self._uid, self._gid)

    def _config_text(self) -> str:
        root = self.root
        lines = [
            "# private test instance written by tests/support/dovecot.py",
            f"base_dir = {root}/run",
            f"state_dir = {root}/state",
            f"instance_name = rightsbot-test-{self.port}",
            f"log_path = {self.log_path}",
            "protocols = imap",
            f"listen = {LOOPBACK}",
            "ssl = no",
            "disable_plaintext_auth = no",
            "auth_mechanisms = plain login",
            "auth_failure_delay = 0",  # default 2 s delays every failed login
            f"first_valid_uid = {self._uid}",
            f"first_valid_gid = {self._gid}",
            f"mail_location = maildir:{root}/mail/%u",
            "mail_fsync = never",
            "passdb {",
            "  driver = passwd-file",
            f"  args = {root}/users",
            "}",
            "userdb {",
            "  driver = static",
            f"  args = uid={self._uid} gid={self._gid} home={root}/mail/%u",
            "}",
            "service imap-login {",
            "  inet_listener imap {",
            f"    address = {LOOPBACK}",
            f"    port = {self.port}",
            "  }",
            "  inet_listener imaps {",
            "    port = 0",
            "  }",
        ]
        if os.geteuid() != 0:
            # Unprivileged mode: every service runs as the current user, no chroots.
            me = pwd.getpwuid(os.geteuid()).pw_name
            group = grp.getgrgid(os.getegid()).gr_name
            lines += [
                "  chroot =",
                "}",
                f"default_internal_user = {me}",
                f"default_internal_group = {group}",
                f"default_login_user = {me}",
                "service anvil {",
                "  chroot =",
            ]
        lines.append("}")
        return "\n".join(lines) + "\n"

    def deliver_many(
        self, raws: Iterable[tuple[bytes, datetime]], folder: str = "INBOX", *,
        seen: bool = False,
    ) -> int:
        """Write messages straight into the folder's Maildir (fast path for big mailboxes).

        Each item is ``(raw message, received time)``; the time must be timezone-aware and
        becomes the file's mtime, which Dovecot reports as INTERNALDATE. Files are written to
        ``tmp/`` and renamed into ``new/`` (or ``cur/`` with the Seen flag if ``seen``), owned by
        the mail user; Dovecot assigns UIDs in file-name order on its next sync (the next
        SELECT/EXAMINE/STATUS), which here is delivery order. Works with the server running or
        stopped. Line endings are stored as LF, as Dovecot itself stores messages. Returns the
        number of messages written.
        """
        target = self.folder_path(folder)
        if not (target / "tmp").is_dir():
            raise DovecotError(f"folder {folder!r} does not exist; create_folder() it first")
        host = "rightsbot-test"
        pid = os.getpid()
        stamp = time.time_ns()
        count = 0
        for raw, received in raws:
            ts = require_aware(received, "received time").timestamp()
            data = raw.replace(b"\r\n", b"\n")
            # Zero-padded sequence keeps Dovecot's (name-sorted) UID order = delivery order.
            base = f"{int(ts)}.M{count:08d}P{pid}Q{stamp}.{host},S={len(data)}"
            tmp_path = target / "tmp" / base
            final = target / "cur" / f"{base}:2,S" if seen else target / "new" / base
            fd = os.open(tmp_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            try:
                os.write(fd, data)
                os.fchown(fd, self._uid, self._gid)
            finally:
                os.close(fd)
            os.utime(tmp_path, (ts, ts))
            os.rename(tmp_path, final)
            count += 1
        return count

