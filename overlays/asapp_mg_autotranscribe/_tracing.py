"""One OpenTelemetry span per API call, when ``opentelemetry-api`` is installed.

Install the extra (``pip install "asapp-mg-autotranscribe[otel]"``) and configure an
OpenTelemetry SDK as usual: each operation call (its retries and waits included) becomes
a CLIENT span named ``asapp <operationId>``, with the operation, the final HTTP status,
the retries taken and, on failure, the error's class. Never a credential, a URL (a stream
URL carries a token) nor a body. Without the package the SDK does nothing here beyond one
cached lookup per call.
"""

from __future__ import annotations

import functools
from typing import Any

__all__ = ["CallSpan", "start_span"]

_TRACER_NAME = "asapp_mg_autotranscribe"


@functools.cache
def _tracer() -> Any:
    try:
        from opentelemetry import trace
    except ImportError:
        return None
    from ._version import __version__

    return trace.get_tracer(_TRACER_NAME, __version__)


class CallSpan:
    """The span of one call; every method is a no-op when tracing is off."""

    __slots__ = ("_span",)

    def __init__(self, span: Any) -> None:
        self._span = span

    def end(self, *, status_code: int | None, retries: int, error: BaseException | None) -> None:
        """Record how the call ended, and end the span."""
        span = self._span
        if span is None:
            return
        if status_code is not None:
            span.set_attribute("http.response.status_code", status_code)
        span.set_attribute("asapp.retries", retries)
        if error is not None:
            from opentelemetry.trace import Status, StatusCode

            span.set_attribute("error.type", type(error).__name__)
            span.set_status(Status(StatusCode.ERROR, type(error).__name__))
        span.end()


def start_span(operation_id: str, method: str) -> CallSpan:
    """Start the span of a call of ``operation_id`` (a no-op span without OpenTelemetry)."""
    tracer = _tracer()
    if tracer is None:
        return CallSpan(None)
    from opentelemetry.trace import SpanKind

    span = tracer.start_span(
        f"asapp {operation_id}",
        kind=SpanKind.CLIENT,
        attributes={"asapp.operation": operation_id, "http.request.method": method},
    )
    return CallSpan(span)
