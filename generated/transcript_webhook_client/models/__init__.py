"""Contains all the data models used in inputs/outputs

Each model is imported when first asked for (``from .models import X`` or
``models.X``), not all of them with the package: a client that reads two answers
loads the modules of those two.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .transcript_event import TranscriptEvent
    from .transcript_event_type import TranscriptEventType
    from .transcript_sender import TranscriptSender
    from .transcript_text import TranscriptText
    from .transcript_utterance import TranscriptUtterance

_MODULE_OF: dict[str, str] = {
    "TranscriptEvent": ".transcript_event",
    "TranscriptEventType": ".transcript_event_type",
    "TranscriptSender": ".transcript_sender",
    "TranscriptText": ".transcript_text",
    "TranscriptUtterance": ".transcript_utterance",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(module, __name__), name)


__all__ = (
    "TranscriptEvent",
    "TranscriptEventType",
    "TranscriptSender",
    "TranscriptText",
    "TranscriptUtterance",
)
