"""Process and filesystem chores for the private test servers: users, permissions, cleanup."""

from __future__ import annotations

import contextlib
import pwd
import shutil
import subprocess
import time
from pathlib import Path

import psutil

from bot.devservers.imap_client import DovecotError


def ensure_system_user(name: str) -> pwd.struct_passwd:
    """Return the passwd entry of ``name``, creating an unprivileged system user if missing."""
    with contextlib.suppress(KeyError):
        return pwd.getpwnam(name)
    useradd = shutil.which("useradd") or "/usr/sbin/useradd"
    result = subprocess.run(
        [useradd, "--system", "--no-create-home", "--user-group",
         "--shell", "/usr/sbin/nologin", name],
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        check=False, timeout=30,
    )
    try:
        # Another test process may have created it concurrently: trust the passwd database.
        return pwd.getpwnam(name)
    except KeyError:
        raise DovecotError(
            f"could not create mail user {name!r}: {result.stdout.decode(errors='replace')}"
        ) from None


def check_traversable(path: Path) -> None:
    """Every ancestor of ``path`` must be searchable by other users (Dovecot's auth user)."""
    for directory in [path, *path.parents]:
        mode = directory.stat().st_mode
        if not mode & 0o001:
            raise DovecotError(
                f"{directory} is not traversable by other users (mode {oct(mode & 0o777)}); "
                "Dovecot's auth and mail processes could not reach the server directory. "
                "Set TMPDIR to a world-traversable directory such as /tmp."
            )


def freeze_master(pid: int) -> tuple[psutil.Process | None, list[psutil.Process]]:
    """Suspend Dovecot's master (so it forks nothing new) and list its children."""
    with contextlib.suppress(psutil.Error):
        master = psutil.Process(pid)
        master.suspend()
        return master, master.children(recursive=True)
    return None, []


def wait_gone(procs: list[psutil.Process], timeout: float) -> list[psutil.Process]:
    """Poll until the processes have exited; return those still alive after ``timeout``.

    (``psutil.wait_procs`` backs off to ~1 s sleeps even for processes that are already gone.)
    """
    deadline = time.monotonic() + timeout
    while True:
        alive = []
        for proc in procs:
            with contextlib.suppress(psutil.Error):
                if proc.is_running() and proc.status() != psutil.STATUS_ZOMBIE:
                    alive.append(proc)
        if not alive or time.monotonic() >= deadline:
            return alive
        time.sleep(0.02)


class Runtime:
    """Process and directory of one server; holds no reference to the server object, so it can
    also serve as the interpreter-exit safety net (``weakref.finalize``)."""

    def __init__(self) -> None:
        self.process: subprocess.Popen[bytes] | None = None
        self.root: Path | None = None

    def kill(self) -> None:
        """Kill the master and all its descendants at once (data is about to be discarded).

        The master is frozen with SIGSTOP first so it cannot fork new children between listing
        its descendants and killing them.
        """
        process = self.process
        self.process = None
        if process is None:
            return
        if process.poll() is None:
            _, children = freeze_master(process.pid)
            for child in children:
                with contextlib.suppress(psutil.Error):
                    child.kill()
            process.kill()
            process.wait(timeout=10)
            wait_gone(children, 10)
        elif process.returncode is None:  # pragma: no cover - poll() sets it
            process.wait()

    def kill_and_remove(self) -> None:
        self.kill()
        if self.root is not None:
            shutil.rmtree(self.root, ignore_errors=True)
            self.root = None
