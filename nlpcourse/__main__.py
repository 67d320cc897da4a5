"""``python -m nlpcourse data list|verify|stats``."""

import sys

from .cli import main

sys.exit(main())
