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


class _OpenTelemetry:
    """The pieces of ``opentelemetry-api`` a span needs, looked up once."""

    def __init__(self) -> None:
        from opentelemetry import trace

        from ._version import __version__

        self.tracer = trace.get_tracer(_TRACER_NAME, __version__)
        self.client_kind = trace.SpanKind.CLIENT
        self.error_status = trace.Status(trace.StatusCode.ERROR)


@functools.cache
def _opentelemetry() -> _OpenTelemetry | None:
    try:
        return _OpenTelemetry()
    except ImportError:
        return None


class CallSpan:
    """The span of one call; every method is a no-op when tracing is off."""

    __slots__ = ("_otel", "_span")

    def __init__(self, span: Any, otel: _OpenTelemetry | None) -> None:
        self._span = span
        self._otel = otel

    def end(self, *, status_code: int | None, retries: int, error: BaseException | None) -> None:
        """Record how the call ended, and end the span."""
        span, otel = self._span, self._otel
        if span is None or otel is None:
            return
        if status_code is not None:
            span.set_attribute("http.response.status_code", status_code)
        span.set_attribute("asapp.retries", retries)
        if error is not None:
            span.set_attribute("error.type", type(error).__name__)
            span.set_status(otel.error_status)
        span.end()


_NO_SPAN = CallSpan(None, None)


def start_span(operation_id: str, method: str) -> CallSpan:
    """Start the span of a call of ``operation_id`` (a no-op span without OpenTelemetry)."""
    otel = _opentelemetry()
    if otel is None:
        return _NO_SPAN
    span = otel.tracer.start_span(
        f"asapp {operation_id}",
        kind=otel.client_kind,
        attributes={"asapp.operation": operation_id, "http.request.method": method},
    )
    return CallSpan(span, otel)
