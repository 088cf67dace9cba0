"""The one module that touches the generated clients.

``_gen`` holds a package per vendored spec (``mg_autotranscribe_client``,
``conversations_client``, ``transcript_webhook_client``), generated into ``generated/``.
Each package's ``api`` module is the spec's operations as the SDK calls them, written by
the generator templates from the spec and sdk-names.yaml: the registry of the operations
(OPERATIONS), a request builder per operation, the public types of their arguments, and
the methods of the clients (SyncMethods, ...). The methods of every spec the clients call
are gathered here, so a new operation becomes a method of both clients, and of their
``with_raw_response``, with ``make regenerate`` alone.

Two sides, and importing this module loads neither:

- the API's side (the methods, the request builders, the types of their arguments) loads
  with the first of its names the clients ask for; the ``api`` modules it imports are
  built on the client's machinery;
- the transcript webhook's side (the event's model) loads with the first event read. The
  receiver reaches nothing else, so it imports nothing of the client through here.

The models load one module at a time, when a call first needs them.
"""

from __future__ import annotations

import functools
import importlib
import typing
from collections.abc import Mapping
from types import ModuleType
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from ._endpoint import Model, Operation
    from ._gen.conversations_client import api as _conversations
    from ._gen.conversations_client.api import GetMessagesResponse
    from ._gen.mg_autotranscribe_client import api as _media_gateway
    from ._gen.mg_autotranscribe_client.api import (
        AmazonConnectParams,
        GetTwilioMediaStreamsResponse,
        MediaLineOrder,
        Namespace,
        Participant,
        RedactionOutput,
        StartSelectorType,
        StartStreamingResponse,
        StopStreamingResponse,
        TranscriptionSettings,
        TwilioTrackMap,
        start_streaming,
        stop_streaming,
    )
    from ._gen.transcript_webhook_client.models.transcript_event import (
        TranscriptEvent as EventModel,
    )
    from ._gen.transcript_webhook_client.types import ShapeError

    class SyncMethods(_media_gateway.SyncMethods, _conversations.SyncMethods): ...

    class AsyncMethods(_media_gateway.AsyncMethods, _conversations.AsyncMethods): ...

    class SyncRawMethods(_media_gateway.SyncRawMethods, _conversations.SyncRawMethods): ...

    class AsyncRawMethods(_media_gateway.AsyncRawMethods, _conversations.AsyncRawMethods): ...

else:

    def __getattr__(name: str) -> Any:
        # The API's side, made on first use (type checkers see it above).
        value = globals()[name] = _api_side(name)
        return value


__all__ = [
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
    "public_types",
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

# The generated packages whose operations the clients call (sdk-names.yaml: the webhook's
# are not theirs to call).
_API_PACKAGES: Final = ("mg_autotranscribe_client", "conversations_client")

# The methods of both clients and of their with_raw_response, each class gathering every
# spec's.
_METHOD_CLASSES: Final = {
    "SyncMethods": "The operation methods of the sync client, every spec's.",
    "AsyncMethods": "The operation methods of the async client, every spec's.",
    "SyncRawMethods": "The operation methods of the sync client's ``with_raw_response``.",
    "AsyncRawMethods": "The operation methods of the async client's ``with_raw_response``.",
}


@functools.cache
def _apis() -> tuple[ModuleType, ...]:
    """The api module of each spec the clients call (imported on first use)."""
    return tuple(
        importlib.import_module(f"{__package__}._gen.{package}.api") for package in _API_PACKAGES
    )


def _api_side(name: str) -> Any:
    """A class of methods gathering every spec's, or a public name of a spec's api module
    (the types of the arguments, the request builders, the models of the answers)."""
    if name in _METHOD_CLASSES:
        bases = tuple(getattr(api, name) for api in _apis())
        return type(name, bases, {"__doc__": _METHOD_CLASSES[name], "__module__": __name__})
    # A name every api module has (OPERATIONS, ...) is reached through operations() and
    # the other functions here.
    owners = [api for api in _apis() if name in api.__all__]
    if len(owners) == 1 and not name.startswith("__"):
        return getattr(owners[0], name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def operations() -> dict[str, Operation]:
    """Every operation the clients call, by operationId."""
    return {
        operation_id: operation
        for api in _apis()
        for operation_id, operation in api.OPERATIONS.items()
    }


@functools.cache
def public_types() -> Mapping[str, tuple[str, str]]:
    """The public Literal aliases, each the generated enum of its spec (it follows the
    spec): name -> (the models package, "module:Name")."""
    return {
        name: (api.__name__.rpartition(".")[0] + ".models", reference)
        for api in _apis()
        for name, reference in api.PUBLIC_TYPES.items()
    }


def public_type(name: str) -> Any:
    """The generated Literal type behind the public alias ``name`` (imported on first use)."""
    package, reference = public_types()[name]
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
