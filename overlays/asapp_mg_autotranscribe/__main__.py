"""``python -m asapp_mg_autotranscribe`` and the ``asapp-mg-autotranscribe`` script: the
command line as a process of its own."""

import sys
from typing import NoReturn

from ._interrupt import end_process_on_interrupt


def run() -> NoReturn:
    """Run the command line as this process and exit with its status; once the package
    has loaded (before the command's own modules), Ctrl-C ends it with status 130 and one
    line on stderr."""
    end_process_on_interrupt()
    from ._cli import main

    sys.exit(main())


if __name__ == "__main__":
    run()
