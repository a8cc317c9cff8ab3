"""Reviewer accounts (<store>/reviewers.json, scrypt hashes via werkzeug) and the web session's secret."""

from __future__ import annotations

import json
import os
import re
import secrets
from datetime import UTC, datetime
from pathlib import Path

from werkzeug.security import check_password_hash, generate_password_hash

from kg.errors import InvalidInput

ACCOUNTS_FILE = "reviewers.json"
SECRET_FILE = "session.key"
MIN_PASSWORD = 10
_NAME = re.compile(r"^[\w][\w .'-]{0,59}$")
# Checked when the name is unknown too, so the answer takes as long either way (no probing for names).
_DUMMY_HASH = generate_password_hash("not a password of anyone", method="scrypt")


def _write_private(path: Path, text: str) -> None:
    """Atomically, readable by the owner only: the file holds password hashes or the session secret."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(text)
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, path)


def load_accounts(store: Path) -> dict[str, dict[str, str]]:
    path = store / ACCOUNTS_FILE
    if not path.is_file():
        return {}
    return json.loads(path.read_text(encoding="utf-8")).get("reviewers", {})  # type: ignore[no-any-return]


def check_name(name: str) -> str:
    name = " ".join(name.split())
    if not _NAME.match(name):
        raise InvalidInput(f"naam {name[:80]!r}: 1 tot 60 letters, cijfers, spaties, punten, apostrofs of "
                           "streepjes")
    return name


def add_reviewer(store: Path, name: str, password: str) -> None:
    """Create or re-set a reviewer; the password is stored only as a salted scrypt hash."""
    name = check_name(name)
    if len(password) < MIN_PASSWORD:
        raise InvalidInput(f"wachtwoord is {len(password)} tekens; minimaal {MIN_PASSWORD}")
    accounts = load_accounts(store)
    accounts[name] = {"hash": generate_password_hash(password, method="scrypt"),
                      "created": datetime.now(UTC).isoformat(timespec="seconds")}
    _write_private(store / ACCOUNTS_FILE, json.dumps({"reviewers": accounts}, indent=2, ensure_ascii=False))


def verify(store: Path, name: str, password: str) -> str | None:
    """The account's name when name and password match, else None."""
    account = load_accounts(store).get(" ".join(name.split()))
    ok = check_password_hash(account["hash"] if account else _DUMMY_HASH, password)
    return " ".join(name.split()) if account and ok else None


def session_secret(store: Path) -> bytes:
    """The key that signs session cookies: made once per store, kept in the store folder (not in git)."""
    path = store / SECRET_FILE
    if not path.is_file():
        _write_private(path, secrets.token_hex(32))
    return path.read_text(encoding="utf-8").strip().encode("ascii")
