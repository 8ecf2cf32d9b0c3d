#!/usr/bin/env bash
# One command for a new user: set up, then run the worker on the embedded defaults against a
# private Dovecot and SMTP sink on loopback, with sample mail, and show what it did.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/rightsbot demo "$@"
