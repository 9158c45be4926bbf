"""Copy the browser assets (Leaflet and plugins) from their PyPI packages into ``static/vendor``."""

from __future__ import annotations

import shutil
from importlib import resources
from pathlib import Path

from geo.settings import ROOT

#: Package data folder → folder under ``static/vendor``.
PACKAGES: dict[str, str] = {
    "xstatic.pkg.leaflet": "leaflet",
    "xstatic.pkg.leaflet_markercluster": "leaflet_markercluster",
}

#: Files whose presence shows the assets are installed.
MARKERS: tuple[str, ...] = ("leaflet/leaflet.js", "leaflet/images/marker-icon.png")


def vendor_dir(root: Path = ROOT) -> Path:
    """Return the folder the assets are copied to (git-ignored)."""
    return root / "static" / "vendor"


def is_installed(root: Path = ROOT) -> bool:
    """Return whether the vendored assets are present."""
    return all((vendor_dir(root) / m).exists() for m in MARKERS)


def install(root: Path = ROOT) -> list[Path]:
    """Copy each package's data folder into ``static/vendor`` and return the folders written."""
    written = []
    for package, folder in PACKAGES.items():
        source = Path(str(resources.files(package) / "data"))
        target = vendor_dir(root) / folder
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(source, target, ignore=shutil.ignore_patterns("*.map", "*.esm.js"))
        written.append(target)
    return written
