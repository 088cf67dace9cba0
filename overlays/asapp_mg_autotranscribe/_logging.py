"""The package logger, ``asapp_mg_autotranscribe``, and ``ASAPP_LOG`` to show it on stderr."""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping

from ._constants import ENV_LOG

__all__ = ["logger", "setup_logging"]

logger = logging.getLogger("asapp_mg_autotranscribe")

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}


def setup_logging(environment: Mapping[str, str] | None = None) -> None:
    """Send the package's log records to stderr when ``ASAPP_LOG`` is ``info`` or ``debug``."""
    env = os.environ if environment is None else environment
    level = _LEVELS.get(env.get(ENV_LOG, "").strip().lower())
    if level is None or any(getattr(h, "_asapp", False) for h in logger.handlers):
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("[%(asctime)s %(levelname)s %(name)s] %(message)s"))
    handler._asapp = True  # type: ignore[attr-defined]
    logger.addHandler(handler)
    logger.setLevel(level)
