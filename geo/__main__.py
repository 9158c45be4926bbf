"""Entry point of ``python -m geo``."""

import sys

from geo import regex_cache, settings
from geo.cli import main

# Before main() imports the rules: their patterns come compiled from the derived folder (issue 16).
regex_cache.install(settings.path("PLAN_ATLAS_DERIVED_DIR"))
sys.exit(main())
