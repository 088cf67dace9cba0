"""The one module that touches the generated clients.

``_gen`` holds a package per vendored spec (``mg_autotranscribe_client``,
``conversations_client``, ``transcript_webhook_client``), generated into ``generated/``.
Each package's ``api`` module is the spec's operations as the SDK calls them, written by
the generator templates from the spec and sdk-names.yaml: the registry of the operations
(OPERATIONS), a request builder per operation, the public types of their arguments, and
the methods of the clients (SyncMethods, ...). The methods of every spec the clients call
are gathered here, so a new operation becomes a method of both clients, and of their
``with_raw_response``, with ``make regenerate`` alone.

Importing the SDK imports the ``api`` modules only (each imports nothing generated of its
own); the models load one module at a time, when a call first needs them.
"""

from __future__ import annotations

import functools
import importlib
import typing
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ._gen.conversations_client import api as _conversations
from ._gen.mg_autotranscribe_client import api as _media_gateway
from ._gen.mg_autotranscribe_client.api import (
    AmazonConnectParams,
    TranscriptionSettings,
    TwilioTrackMap,
    start_streaming,
    stop_streaming,
)

if TYPE_CHECKING:
    from ._endpoint import Model, Operation
    from ._gen.conversations_client.api import GetMessagesResponse
    from ._gen.mg_autotranscribe_client.api import (
        GetTwilioMediaStreamsResponse,
        MediaLineOrder,
        Namespace,
        Participant,
        RedactionOutput,
        StartSelectorType,
        StartStreamingResponse,
        StopStreamingResponse,
    )
    from ._gen.transcript_webhook_client.models.transcript_event import (
        TranscriptEvent as EventModel,
    )
    from ._gen.transcript_webhook_client.types import ShapeError

__all__ = [
    "PUBLIC_TYPES",
    "AmazonConnectParams",
    "AsyncMethods",
    "AsyncRawMethods",
    "SyncMethods",
    "SyncRawMethods",
    "TranscriptionSettings",
    "TwilioTrackMap",
    "enum_values",
    "operations",
    "public_type",
    "start_streaming",
    "stop_streaming",
    "transcript_event_model",
]
if TYPE_CHECKING:
    __all__ += [
        "EventModel",
        "GetMessagesResponse",
        "GetTwilioMediaStreamsResponse",
        "MediaLineOrder",
        "Model",
        "Namespace",
        "Participant",
        "RedactionOutput",
        "ShapeError",
        "StartSelectorType",
        "StartStreamingResponse",
        "StopStreamingResponse",
    ]

# The specs whose operations the clients call (sdk-names.yaml: the others have none).
_APIS = (_media_gateway, _conversations)


class SyncMethods(_media_gateway.SyncMethods, _conversations.SyncMethods):
    """The operation methods of the sync client, every spec's."""


class AsyncMethods(_media_gateway.AsyncMethods, _conversations.AsyncMethods):
    """The operation methods of the async client, every spec's."""


class SyncRawMethods(_media_gateway.SyncRawMethods, _conversations.SyncRawMethods):
    """The operation methods of the sync client's ``with_raw_response``."""


class AsyncRawMethods(_media_gateway.AsyncRawMethods, _conversations.AsyncRawMethods):
    """The operation methods of the async client's ``with_raw_response``."""


PUBLIC_TYPES: Mapping[str, tuple[str, str]] = {
    name: (api.__name__.rpartition(".")[0] + ".models", reference)
    for api in _APIS
    for name, reference in api.PUBLIC_TYPES.items()
}
"""The public Literal aliases, each the generated enum of its spec (it follows the spec):
name -> (the models package, "module:Name")."""


def operations() -> dict[str, Operation]:
    """Every operation the clients call, by operationId."""
    return {
        operation_id: operation
        for api in _APIS
        for operation_id, operation in api.OPERATIONS.items()
    }


def public_type(name: str) -> Any:
    """The generated Literal type behind the public alias ``name`` (imported on first use)."""
    package, reference = PUBLIC_TYPES[name]
    module, _, attribute = reference.partition(":")
    return getattr(importlib.import_module(f"{package}.{module}"), attribute)


@functools.cache
def enum_values(name: str) -> frozenset[str]:
    """The values of the enum behind the public Literal alias ``name`` ("Namespace", ...)."""
    return frozenset(typing.get_args(public_type(name)))


@functools.cache
def transcript_event_model() -> tuple[type[Model], type[ValueError]]:
    """The generated model of a transcript webhook body, and its package's ShapeError."""
    from ._gen.transcript_webhook_client.models.transcript_event import TranscriptEvent
    from ._gen.transcript_webhook_client.types import ShapeError

    return TranscriptEvent, ShapeError
