"""Local accounts: argon2-hashed passwords, roles, logins slowed down per account and source."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import math
import re
from dataclasses import dataclass

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy.engine import Engine

from geo.errors import AuthError, LoginFailed, LoginThrottled, NotAllowed
from geo.store import db as store

ROLES: tuple[str, ...] = ("viewer", "editor", "admin")

#: Failed logins are remembered this long (per account and source) ...
WINDOW = dt.timedelta(hours=24)
#: ... and after the n-th one the next try from that source waits ``FIRST_DELAY_S * 2**(n-1)`` seconds,
#: at most :data:`MAX_DELAY_S`. Nobody is locked out: other sources are not slowed (issue 15, item 6).
FIRST_DELAY_S = 1
MAX_DELAY_S = 300

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
    """Create an account (or reset its password and role, enabling it again) and audit it.

    Raises
    ------
    AuthError
        If the name, role or password is not acceptable.
    """
    if not _NAME.match(name):
        raise AuthError("user names are 2–64 letters, digits, '.', '_' or '-'")
    if role not in ROLES:
        raise AuthError(f"role must be one of {', '.join(ROLES)}")
    _check_password(password)
    from geo.store import progress

    store.init(eng)
    with eng.begin() as conn:
        exists = conn.execute(sa.select(store.users.c.id).where(store.users.c.name == name)).first()
        values = {"password_hash": _hasher.hash(password), "role": role, "disabled_at": None}
        if exists:
            conn.execute(store.users.update().where(store.users.c.name == name).values(**values))
        else:
            conn.execute(store.users.insert().values(name=name, created_at=store.utc_now(), **values))
        progress.audit(conn, actor=actor, action="user_set" if exists else "user_add", entity_id=None,
                       detail={"user": name, "role": role})
    return User(name, role)


@dataclass(frozen=True, slots=True)
class Account:
    """A stored account as ``user list`` shows it (never its password hash)."""

    name: str
    role: str
    created_at: dt.datetime
    disabled_at: dt.datetime | None = None


def list_users(eng: Engine) -> list[Account]:
    """Return every account, by name."""
    store.init(eng)
    u = store.users
    with eng.connect() as conn:
        rows = conn.execute(sa.select(u.c.name, u.c.role, u.c.created_at, u.c.disabled_at).order_by(u.c.name))
        return [Account(r.name, r.role, r.created_at, r.disabled_at) for r in rows]


def set_password(eng: Engine, name: str, password: str, *, actor: str = "cli") -> None:
    """Set an existing account's password (its signed-in sessions elsewhere end) and audit it.

    Raises
    ------
    AuthError
        If there is no such account or the password is too short.
    """
    _check_password(password)
    _update(eng, name, {"password_hash": _hasher.hash(password)}, actor=actor, action="user_passwd")


def disable_user(eng: Engine, name: str, *, actor: str = "cli", enable: bool = False) -> None:
    """Disable an account (it can no longer sign in, its sessions end), or enable it again; audited.

    Raises
    ------
    AuthError
        If there is no such account.
    """
    _update(eng, name, {"disabled_at": None if enable else store.utc_now()}, actor=actor,
            action="user_enable" if enable else "user_disable")


def _update(eng: Engine, name: str, values: dict, *, actor: str, action: str) -> None:
    from geo.store import progress

    store.init(eng)
    with eng.begin() as conn:
        done = conn.execute(store.users.update().where(store.users.c.name == name).values(**values)).rowcount
        if not done:
            raise AuthError(f"no user {name}")
        progress.audit(conn, actor=actor, action=action, entity_id=None, detail={"user": name})


def _check_password(password: str) -> None:
    if len(password) < 8:
        raise AuthError("passwords need at least 8 characters")


def require_editor(user: User | None) -> User:
    """Return ``user`` if they may change data (editor or admin).

    Raises
    ------
    NotAllowed
        For an anonymous visitor (``None``) or a viewer.
    """
    if user is None or not user.can_edit:
        raise NotAllowed("only signed-in editors may do this")
    return user


def delay_s(failures: int) -> int:
    """Return the seconds to wait before the next try after ``failures`` recent failures (1, 2, 4 … capped)."""
    if failures <= 0:
        return 0
    return min(MAX_DELAY_S, FIRST_DELAY_S * 2 ** min(failures - 1, 30))


def login(eng: Engine, name: str, password: str, *, source: str = "", now: dt.datetime | None = None) -> User:
    """Check a password and return the user.

    Failures are counted per account *and* source (the client's address, or
    its session): after each one, that source must wait :func:`delay_s` before
    trying that account again, while the owner elsewhere signs in as usual.
    An unknown name costs the same argon2 check as a known one, so answers
    take the same time and do not tell which names exist.

    Parameters
    ----------
    source
        Who is trying: the client's IP address, or a per-session key.
    now
        The current time (UTC), for tests.

    Raises
    ------
    LoginThrottled
        When this source tried this account too soon after failing; nothing is checked.
    LoginFailed
        On a wrong name or password, or a disabled account (one error for all).
    """
    now = now or store.utc_now()
    key = failure_key(name, source)
    failures = store.login_failures
    with eng.begin() as conn:
        count, last = conn.execute(
            sa.select(sa.func.count(), sa.func.max(failures.c.at)).where(
                failures.c.name == key, failures.c.at > now - WINDOW
            )
        ).one()
        wait = delay_s(count)
        if last is not None and now < last + dt.timedelta(seconds=wait):
            left = math.ceil((last + dt.timedelta(seconds=wait) - now).total_seconds())
            raise LoginThrottled(f"too many failed logins; try again in {left} s", retry_after_s=left)
        row = conn.execute(sa.select(store.users).where(store.users.c.name == name)).first()
        # An unknown name is checked against a dummy hash: the same work, the same time.
        ok = _verify(row.password_hash if row is not None else _dummy_hash(), password) and row is not None
        ok = ok and row.disabled_at is None  # a disabled account answers like a wrong password
        if ok:
            conn.execute(failures.delete().where(failures.c.name == key))
        else:  # recorded (committed) before the error is raised
            conn.execute(failures.insert().values(name=key, at=now))
    if not ok:
        raise LoginFailed("wrong user name or password")
    return User(row.name, row.role)


def failure_key(name: str, source: str) -> str:
    """Return the key under which failures of ``name`` from ``source`` are counted (fits 64 characters)."""
    digest = hashlib.sha256(f"{name}\0{source}".encode()).hexdigest()[:32]
    return f"{name[:31]}#{digest}"


@functools.cache
def _dummy_hash() -> str:
    return _hasher.hash("plan-atlas: no such user")


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False
