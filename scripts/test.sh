#!/usr/bin/env bash
# One command for the whole test suite: set up, lint (ruff), type-check (mypy --strict on bot/
# and classifiers/), then unit and integration tests (real Dovecot and SMTP on loopback).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
echo "== ruff" >&2
.venv/bin/ruff check .
echo "== mypy --strict bot classifiers" >&2
.venv/bin/mypy --strict bot classifiers
echo "== pytest" >&2
exec .venv/bin/pytest -q -p no:cacheprovider "$@"
