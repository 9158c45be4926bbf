"""Sign-in tokens: a signed, expiring proof of a sign-in that lets it survive a page refresh (issue 13).

A token names the user and its expiry and carries an HMAC-SHA256 signature by a
server key (``PLAN_ATLAS_SECRET``, or one generated on first use and kept in
the database). The signature also covers the account's current password hash,
so changing a password ends every session signed in with the old one; a
disabled account's tokens are refused too. The token never holds the password.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import json
import secrets

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from geo import settings
from geo.store import db as store
from geo.store.accounts import User

#: Name of the server key in ``app_secrets``.
_KEY_NAME = "session_key"


def server_key(eng: Engine) -> bytes:
    """Return the key signing tokens: ``PLAN_ATLAS_SECRET``, else the stored one (made on first use)."""
    configured = str(settings.get("PLAN_ATLAS_SECRET") or "")
    if configured:
        return configured.encode()
    store.init(eng)
    table = store.app_secrets
    with eng.begin() as conn:
        row = conn.execute(sa.select(table.c.value).where(table.c.name == _KEY_NAME)).first()
        if row is None:
            try:
                with conn.begin_nested():
                    conn.execute(table.insert().values(name=_KEY_NAME, value=secrets.token_hex(32),
                                                       created_at=store.utc_now()))
            except sa.exc.IntegrityError:  # another process made it first: use theirs
                pass
            row = conn.execute(sa.select(table.c.value).where(table.c.name == _KEY_NAME)).one()
    return row.value.encode()


def issue(eng: Engine, user: User, *, now: dt.datetime | None = None, hours: float | None = None) -> str:
    """Return a token for ``user`` valid for ``hours`` (``PLAN_ATLAS_SESSION_HOURS`` by default)."""
    now = now or store.utc_now()
    hours = float(settings.get("PLAN_ATLAS_SESSION_HOURS")) if hours is None else hours
    expires = int((now + dt.timedelta(hours=hours)).replace(tzinfo=dt.UTC).timestamp())
    body = _b64(json.dumps({"u": user.name, "exp": expires}, separators=(",", ":")).encode())
    return f"{body}.{_sign(eng, body, _password_hash(eng, user.name) or '')}"


def user_of(eng: Engine, token: str | None, *, now: dt.datetime | None = None) -> User | None:
    """Return the user a token signs in, or None when it is malformed, forged, expired or its account disabled.

    The role is read from the database now, not from the token.
    """
    if not token or token.count(".") != 1 or len(token) > 1024:
        return None
    body, signature = token.split(".")
    try:
        claims = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
        name, expires = str(claims["u"]), int(claims["exp"])
    except (ValueError, KeyError, TypeError):
        return None
    now = now or store.utc_now()
    if expires <= now.replace(tzinfo=dt.UTC).timestamp():
        return None
    store.init(eng)
    u = store.users
    with eng.connect() as conn:
        row = conn.execute(sa.select(u.c.name, u.c.role, u.c.password_hash, u.c.disabled_at)
                           .where(u.c.name == name)).first()
    if row is None or row.disabled_at is not None:
        return None
    if not hmac.compare_digest(signature, _sign(eng, body, row.password_hash)):
        return None
    return User(row.name, row.role)


def _sign(eng: Engine, body: str, password_hash: str) -> str:
    mac = hmac.new(server_key(eng), f"{body}\0{password_hash}".encode(), hashlib.sha256)
    return _b64(mac.digest())


def _password_hash(eng: Engine, name: str) -> str | None:
    with eng.connect() as conn:
        return conn.execute(sa.select(store.users.c.password_hash).where(store.users.c.name == name)).scalar()


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()
