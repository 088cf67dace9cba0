"""``python -m asapp_mg_autotranscribe``: the command line."""

import sys

from ._cli import main

sys.exit(main())
