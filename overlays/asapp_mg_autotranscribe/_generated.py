"""The one module that touches the generated clients.

``generated/`` holds a package per vendored spec (``mg_autotranscribe_client``,
``conversations_client``, ``transcript_webhook_client``); regenerating can rename what
is in them, and this adapter is where that lands. The rest of the SDK asks it for an
operation's endpoint (method, path, the request body's model, the model of each
documented answer), for the model of the transcript event, for the enums' values, and
(for type checkers) for the enums' Literal types and the answers' model classes.

Nothing generated is imported with the SDK: each endpoint is loaded the first time a
call needs it, and the generated ``models`` packages load one model module at a time.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Protocol, Self

import attrs

if TYPE_CHECKING:
    from conversations_client.models.get_messages_response import GetMessagesResponse
    from conversations_client.models.get_messages_response_items_item_sender_role import (
        GetMessagesResponseItemsItemSenderRole as MessageSenderRole,
    )
    from transcript_webhook_client.models.transcript_event import TranscriptEvent as EventModel

    from mg_autotranscribe_client.models.get_twilio_media_streams_response import (
        GetTwilioMediaStreamsResponse,
    )
    from mg_autotranscribe_client.models.start_streaming_request_amazon_connect_params_start_selector_type import (  # noqa: E501
        StartStreamingRequestAmazonConnectParamsStartSelectorType as StartSelectorType,
    )
    from mg_autotranscribe_client.models.start_streaming_request_autotranscribe_params_redaction_output import (  # noqa: E501
        StartStreamingRequestAutotranscribeParamsRedactionOutput as RedactionOutput,
    )
    from mg_autotranscribe_client.models.start_streaming_request_namespace import (
        StartStreamingRequestNamespace as Namespace,
    )
    from mg_autotranscribe_client.models.start_streaming_request_siprec_params_media_line_order import (  # noqa: E501
        StartStreamingRequestSiprecParamsMediaLineOrder as MediaLineOrder,
    )
    from mg_autotranscribe_client.models.start_streaming_request_twilio_params_track_map_inbound import (  # noqa: E501
        StartStreamingRequestTwilioParamsTrackMapInbound as Participant,
    )
    from mg_autotranscribe_client.models.start_streaming_response import StartStreamingResponse
    from mg_autotranscribe_client.models.stop_streaming_response import StopStreamingResponse

__all__ = [
    "ENUM_ALIASES",
    "GeneratedEndpoint",
    "Model",
    "ShapeError",
    "endpoint",
    "enum_alias",
    "enum_values",
    "transcript_event_model",
]
if TYPE_CHECKING:
    __all__ += [
        "EventModel",
        "GetMessagesResponse",
        "GetTwilioMediaStreamsResponse",
        "MediaLineOrder",
        "MessageSenderRole",
        "Namespace",
        "Participant",
        "RedactionOutput",
        "StartSelectorType",
        "StartStreamingResponse",
        "StopStreamingResponse",
    ]


class ShapeError(Protocol):
    """What the SDK reads of a generated package's ShapeError (a ValueError)."""

    @property
    def where(self) -> str: ...

    expected: str
    got: str


class Model(Protocol):
    """A generated model: read from JSON (checked), written back to JSON."""

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], *, strict: bool = False) -> Self: ...

    def to_dict(self) -> dict[str, Any]: ...


@attrs.frozen
class GeneratedEndpoint:
    """One operation of a generated client, as the SDK uses it."""

    method: str
    path: str
    # The model of the JSON request body, or None.
    request_body_model: type[Model] | None
    # The model of each documented JSON answer, by status pattern ("200", "default").
    response_models: Mapping[str, type[Model]]
    # The generated request builder: keyword arguments of httpx.Client.request.
    build_request: Callable[..., dict[str, Any]]
    # The package's ShapeError class (each generated package has its own).
    shape_error: type[ValueError]


# operationId -> the generated module of that operation.
_ENDPOINT_MODULES = {
    "getTwilioMediaStreams": "mg_autotranscribe_client.api.auto_transcribe_media_gateway."
    "get_twilio_media_streams",
    "startStreaming": "mg_autotranscribe_client.api.auto_transcribe_media_gateway.start_streaming",
    "stopStreaming": "mg_autotranscribe_client.api.auto_transcribe_media_gateway.stop_streaming",
    "getMessagesByExternalId": "conversations_client.api.conversations.get_messages_by_external_id",
}

# Public name of each enum the SDK's arguments use -> (module, value set) in the generated code.
_ENUMS = {
    "Namespace": (
        "mg_autotranscribe_client.models.start_streaming_request_namespace",
        "START_STREAMING_REQUEST_NAMESPACE_VALUES",
        "StartStreamingRequestNamespace",
    ),
    "RedactionOutput": (
        "mg_autotranscribe_client.models."
        "start_streaming_request_autotranscribe_params_redaction_output",
        "START_STREAMING_REQUEST_AUTOTRANSCRIBE_PARAMS_REDACTION_OUTPUT_VALUES",
        "StartStreamingRequestAutotranscribeParamsRedactionOutput",
    ),
    "MediaLineOrder": (
        "mg_autotranscribe_client.models.start_streaming_request_siprec_params_media_line_order",
        "START_STREAMING_REQUEST_SIPREC_PARAMS_MEDIA_LINE_ORDER_VALUES",
        "StartStreamingRequestSiprecParamsMediaLineOrder",
    ),
    "Participant": (
        "mg_autotranscribe_client.models.start_streaming_request_twilio_params_track_map_inbound",
        "START_STREAMING_REQUEST_TWILIO_PARAMS_TRACK_MAP_INBOUND_VALUES",
        "StartStreamingRequestTwilioParamsTrackMapInbound",
    ),
    "StartSelectorType": (
        "mg_autotranscribe_client.models."
        "start_streaming_request_amazon_connect_params_start_selector_type",
        "START_STREAMING_REQUEST_AMAZON_CONNECT_PARAMS_START_SELECTOR_TYPE_VALUES",
        "StartStreamingRequestAmazonConnectParamsStartSelectorType",
    ),
}
ENUM_ALIASES = frozenset(_ENUMS)
"""The public Literal aliases; each is the generated enum, so it follows the spec."""


@functools.cache
def endpoint(operation_id: str) -> GeneratedEndpoint:
    """The generated endpoint of ``operation_id`` (imported on first use)."""
    module = importlib.import_module(_ENDPOINT_MODULES[operation_id])
    package = importlib.import_module(module.__name__.split(".", 1)[0] + ".types")
    return GeneratedEndpoint(
        method=module.METHOD,
        path=module.PATH,
        request_body_model=module.REQUEST_BODY_MODEL,
        response_models=module.RESPONSE_MODELS,
        build_request=module.build_request,
        shape_error=package.ShapeError,
    )


@functools.cache
def enum_values(alias: str) -> frozenset[str]:
    """The values of the enum behind the public Literal ``alias`` (``"Namespace"``, ...)."""
    module, values, _ = _ENUMS[alias]
    return frozenset(getattr(importlib.import_module(module), values))


def enum_alias(alias: str) -> object:
    """The generated Literal type behind the public ``alias``."""
    module, _, name = _ENUMS[alias]
    return getattr(importlib.import_module(module), name)


@functools.cache
def transcript_event_model() -> tuple[type[Model], type[ValueError]]:
    """The generated model of a transcript webhook body, and its package's ShapeError."""
    from transcript_webhook_client.models.transcript_event import TranscriptEvent
    from transcript_webhook_client.types import ShapeError

    return TranscriptEvent, ShapeError
