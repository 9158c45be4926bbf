"""Curated sites: the sites an item's name (or an alias) denotes, whole or inside a longer name.

A site whose name is common to many cities (a stream, a site of scope ``city``) counts only in a document
about its own city.
"""

from __future__ import annotations

from collections.abc import Sequence

from geo.model import Entity, name_key
from geo.places import Gazetteer, Level, Place, sites_in_name


def _named_sites(entity: Entity, gaz: Gazetteer, ctx: Sequence[str]) -> list[Place]:
    """Return the curated sites the item's name (or an alias) denotes, best first.

    A site whose own name matches with its brackets wins alone (西部(重庆)科学城
    is only the 重庆 part); otherwise every site of that name is returned. A
    stream's name (玉带河) is common to many cities: its site counts only in a
    document about that city.
    """
    for name in (entity.name, *entity.aliases):
        sites = [p for p in gaz.lookup(name) if p.level is Level.SITE and _may_be(p, gaz, ctx)]
        exact = [p for p in sites if name_key(name) in {name_key(n) for n in (p.name, *p.aliases)}]
        if len(exact) == 1:
            return exact
        if sites:
            return sites
    return []


#: Endings of a stream's name: the same name recurs in many cities.
_STREAM_ENDS = ("河", "溪")


def _of_city(place: Place, gaz: Gazetteer, ctx: Sequence[str]) -> bool:
    """Return whether the document strings name the city (or district) a place lies in."""
    document = getattr(ctx, "doc", ctx)
    prefixes = gaz.index.context_prefixes(tuple(document))
    return any(len(p) >= 4 and (place.adcode.startswith(p) or p.startswith(place.adcode[:4]))
               for p in prefixes)


def site_parts(entity: Entity, gaz: Gazetteer, ctx: Sequence[str]) -> list[Place]:
    """Return the curated sites the item's name denotes when it names several, else ``[]``."""
    sites = _named_sites(entity, gaz, ctx)
    return sites if len(sites) > 1 else []


def site_of(entity: Entity, gaz: Gazetteer, ctx: Sequence[str]) -> Place | None:
    """Return the curated site the item's name denotes (the first of several), or one named inside it, else ``None``."""
    sites = _named_sites(entity, gaz, ctx)
    if sites:
        return sites[0]
    # A site named inside a longer name (云龙机场扩建工程, 珞璜港粮食中转码头), else inside an alias: a
    # part named short (T2航站楼, 东航站区) whose full form writes the site it belongs to (甲机场T2航站楼).
    for name in (entity.name, *entity.aliases):
        sites = [p for p in sites_in_name(name, gaz) if _may_be(p, gaz, ctx)]
        if sites:
            return max(sites, key=lambda p: len(p.name))
    return None


def _may_be(site: Place, gaz: Gazetteer, ctx: Sequence[str]) -> bool:
    """Return whether a site may be meant here.

    A stream (玉带河) or a site of scope ``city`` (a name without a place of its own,
    进境粮食指定监管场地) only in its own city's documents: many cities have one.
    """
    return not (site.local or site.name.endswith(_STREAM_ENDS)) or _of_city(site, gaz, ctx)


__all__ = ["site_of", "site_parts"]
