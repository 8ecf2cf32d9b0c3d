"""Loopback port helpers shared by the test servers.

Only 127.0.0.1 is ever used: the test servers never listen on, or connect to, anything else.
"""

from __future__ import annotations

import socket
import time

LOOPBACK = "127.0.0.1"


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that was free a moment ago.

    The kernel picks it (bind to port 0); the socket is closed again before returning, so there
    is a small window in which another process could take it. That is acceptable for tests.
    """
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((LOOPBACK, 0))
        port: int = sock.getsockname()[1]
    return port


def port_is_open(port: int, host: str = LOOPBACK) -> bool:
    """True if something accepts TCP connections on host:port."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.5)
        try:
            sock.connect((host, port))
        except OSError:
            return False
    return True


def wait_port_open(port: int, timeout: float, host: str = LOOPBACK) -> bool:
    """Poll until host:port accepts connections; False on timeout."""
    deadline = time.monotonic() + timeout
    while True:
        if port_is_open(port, host):
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.02)


def wait_port_closed(port: int, timeout: float, host: str = LOOPBACK) -> bool:
    """Poll until host:port refuses connections; False on timeout."""
    deadline = time.monotonic() + timeout
    while True:
        if not port_is_open(port, host):
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.02)
