"""Local accounts: argon2-hashed passwords, roles, rate-limited logins."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy.engine import Engine

from geo.errors import AuthError
from geo.store import db as store

ROLES: tuple[str, ...] = ("viewer", "editor", "admin")

#: Failed logins allowed per account within :data:`WINDOW` before it is locked for that long.
MAX_FAILURES = 5
WINDOW = dt.timedelta(minutes=15)

_NAME = re.compile(r"^[\w.\-]{2,64}$")
_hasher = PasswordHasher()


@dataclass(frozen=True, slots=True)
class User:
    """A signed-in person."""

    name: str
    role: str

    @property
    def can_edit(self) -> bool:
        """Return whether the user may change data (editor or admin)."""
        return self.role in ("editor", "admin")


def add_user(eng: Engine, name: str, password: str, *, role: str, actor: str = "cli") -> User:
    """Create an account (or reset its password and role) and audit it.

    Raises
    ------
    AuthError
        If the name, role or password is not acceptable.
    """
    if not _NAME.match(name):
        raise AuthError("user names are 2–64 letters, digits, '.', '_' or '-'")
    if role not in ROLES:
        raise AuthError(f"role must be one of {', '.join(ROLES)}")
    if len(password) < 8:
        raise AuthError("passwords need at least 8 characters")
    from geo.store import progress

    store.init(eng)
    with eng.begin() as conn:
        exists = conn.execute(sa.select(store.users.c.id).where(store.users.c.name == name)).first()
        values = {"password_hash": _hasher.hash(password), "role": role}
        if exists:
            conn.execute(store.users.update().where(store.users.c.name == name).values(**values))
        else:
            conn.execute(store.users.insert().values(name=name, created_at=store.utc_now(), **values))
        progress.audit(conn, actor=actor, action="user_set" if exists else "user_add", entity_id=None,
                       detail={"user": name, "role": role})
    return User(name, role)


def login(eng: Engine, name: str, password: str, *, now: dt.datetime | None = None) -> User:
    """Check a password and return the user.

    Raises
    ------
    AuthError
        On a wrong name or password (one message for both), or when the account
        had too many failures recently.
    """
    now = now or store.utc_now()
    with eng.begin() as conn:
        recent = conn.execute(
            sa.select(sa.func.count()).select_from(store.login_failures).where(
                store.login_failures.c.name == name, store.login_failures.c.at > now - WINDOW
            )
        ).scalar_one()
        if recent >= MAX_FAILURES:
            raise AuthError("too many failed logins; try again in 15 minutes")
        row = conn.execute(sa.select(store.users).where(store.users.c.name == name)).first()
        ok = row is not None and _verify(row.password_hash, password)
        if ok:
            conn.execute(store.login_failures.delete().where(store.login_failures.c.name == name))
        else:  # recorded (committed) before the error is raised
            conn.execute(store.login_failures.insert().values(name=name, at=now))
    if not ok:
        raise AuthError("wrong user name or password")
    return User(row.name, row.role)


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False
