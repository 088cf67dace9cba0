"""AutoTranscribeClient and AsyncAutoTranscribeClient: the I/O loops around BaseClient."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Mapping
from types import TracebackType
from typing import Self, TypeVar

import httpx

from . import _operations
from ._base_client import BaseClient, Retry
from ._config import NOT_GIVEN, NotGiven, TimeoutTypes
from ._constants import DEFAULT_MAX_RETRIES
from ._operations import Operation
from ._results import StreamingResult
from ._types import (
    AmazonConnectParams,
    MediaLineOrder,
    Namespace,
    Participant,
    RedactionOutput,
    TwilioTrackMap,
)

__all__ = ["AsyncAutoTranscribeClient", "AutoTranscribeClient"]

_ResultT = TypeVar("_ResultT")


class AutoTranscribeClient(BaseClient[httpx.Client]):
    """Client for ASAPP's Media Gateway AutoTranscribe API.

    Credentials come from the arguments, else from ``ASAPP_API_ID`` and
    ``ASAPP_API_SECRET``; the base URL from ``base_url``, else ``ASAPP_API_HOST``, else
    the sandbox. Settings are checked here: a problem raises ConfigurationError now,
    not at the first call. One pooled connection set per client: share the client,
    and close it (or use it as a context manager) when done::

        with AutoTranscribeClient() as client:
            url = client.get_twilio_media_stream_url()

    ``http_client`` is used as given (and not closed by this client); ``environment``
    replaces ``os.environ`` as the source of settings; ``sleep`` waits between retries.
    """

    def __init__(
        self,
        *,
        api_id: str | None = None,
        api_secret: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
        environment: Mapping[str, str] | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        super().__init__(
            api_id=api_id,
            api_secret=api_secret,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            environment=environment,
        )
        self._sleep = sleep

    _http_client_class = httpx.Client

    def _default_http_client(self, headers: Mapping[str, str]) -> httpx.Client:
        return httpx.Client(headers=headers, timeout=self._config.timeout, follow_redirects=False)

    def get_twilio_media_stream_url(self) -> str:
        """Return a ``wss://`` URL to stream a Twilio call's audio to.

        It lives 5 minutes and may start any number of streams in that time: for a
        webhook, StreamUrlCache fetches one and shares it.
        """
        return self._request(_operations.stream_url())

    def start_streaming(
        self,
        *,
        namespace: Namespace,
        guid: str,
        customer_id: str,
        agent_id: str,
        language: str | None = None,
        detailed_token: bool | None = None,
        audio_recording_allowed: bool | None = None,
        redaction_output: RedactionOutput | None = None,
        twilio_track_map: TwilioTrackMap | None = None,
        siprec_media_line_order: MediaLineOrder | None = None,
        amazon_connect: AmazonConnectParams | None = None,
    ) -> StreamingResult:
        """Start, or resume, transcription of a call's audio.

        ``guid`` is the call's id (for Twilio, the Call SID). A None argument is left out
        of the request and the API's default applies. Raises StreamingNotOkError when the
        router answers ``isOk: false``.
        """
        return self._request(
            _operations.start_streaming(
                namespace=namespace,
                guid=guid,
                customer_id=customer_id,
                agent_id=agent_id,
                language=language,
                detailed_token=detailed_token,
                audio_recording_allowed=audio_recording_allowed,
                redaction_output=redaction_output,
                twilio_track_map=twilio_track_map,
                siprec_media_line_order=siprec_media_line_order,
                amazon_connect=amazon_connect,
            )
        )

    def stop_streaming(self, *, namespace: Namespace, guid: str) -> StreamingResult:
        """Stop transcription of a call (for a hold, or at its end); each participant's
        result carries a ``summary``."""
        return self._request(_operations.stop_streaming(namespace=namespace, guid=guid))

    def start_twilio_transcription(
        self,
        call_sid: str,
        *,
        customer_id: str,
        agent_id: str,
        inbound: Participant = "customer",
        outbound: Participant = "agent",
        language: str | None = None,
        detailed_token: bool | None = None,
        audio_recording_allowed: bool | None = None,
        redaction_output: RedactionOutput | None = None,
    ) -> StreamingResult:
        """start_streaming for a Twilio call; ``call_sid`` must look like ``CA`` + 32 hex digits."""
        return self._request(
            _operations.start_twilio(
                call_sid,
                customer_id=customer_id,
                agent_id=agent_id,
                inbound=inbound,
                outbound=outbound,
                language=language,
                detailed_token=detailed_token,
                audio_recording_allowed=audio_recording_allowed,
                redaction_output=redaction_output,
            )
        )

    def stop_twilio_transcription(self, call_sid: str) -> StreamingResult:
        """stop_streaming for a Twilio call."""
        return self._request(_operations.stop_twilio(call_sid))

    def close(self) -> None:
        """Close the connection pool, unless it came from ``http_client``."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def _request(self, operation: Operation[_ResultT]) -> _ResultT:
        request = self._build_request(operation)
        try:
            attempt = 0
            while True:
                try:
                    outcome = self._attempt(operation, request, attempt)
                except httpx.RequestError as error:
                    outcome = self._on_error(operation, request, error, attempt)
                if not isinstance(outcome, Retry):
                    return outcome
                self._sleep(outcome.delay)
                attempt += 1
        finally:
            self._forget_secret(request)

    def _attempt(
        self, operation: Operation[_ResultT], request: httpx.Request, attempt: int
    ) -> _ResultT | Retry:
        reader = self._body_reader(request)
        response = self._http.send(request, stream=True, follow_redirects=False)
        try:
            try:
                for chunk in response.iter_bytes():
                    if not reader.feed(chunk):
                        break
            except httpx.DecodingError as error:
                reader.undecodable(response, error)
            reader.finish(response)
        finally:
            response.close()
        return self._on_response(operation, response, reader, attempt)


class AsyncAutoTranscribeClient(BaseClient[httpx.AsyncClient]):
    """The asyncio twin of AutoTranscribeClient: the same arguments; await each call.

    ::

        async with AsyncAutoTranscribeClient() as client:
            url = await client.get_twilio_media_stream_url()
    """

    def __init__(
        self,
        *,
        api_id: str | None = None,
        api_secret: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
        environment: Mapping[str, str] | None = None,
        sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> None:
        super().__init__(
            api_id=api_id,
            api_secret=api_secret,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
            environment=environment,
        )
        if sleep is None:
            # Imported here: asyncio costs a sync-only user a third of the import time.
            import asyncio

            sleep = asyncio.sleep
        self._sleep = sleep

    _http_client_class = httpx.AsyncClient

    def _default_http_client(self, headers: Mapping[str, str]) -> httpx.AsyncClient:
        return httpx.AsyncClient(
            headers=headers, timeout=self._config.timeout, follow_redirects=False
        )

    async def get_twilio_media_stream_url(self) -> str:
        """Return a ``wss://`` URL to stream a Twilio call's audio to (see the sync client)."""
        return await self._request(_operations.stream_url())

    async def start_streaming(
        self,
        *,
        namespace: Namespace,
        guid: str,
        customer_id: str,
        agent_id: str,
        language: str | None = None,
        detailed_token: bool | None = None,
        audio_recording_allowed: bool | None = None,
        redaction_output: RedactionOutput | None = None,
        twilio_track_map: TwilioTrackMap | None = None,
        siprec_media_line_order: MediaLineOrder | None = None,
        amazon_connect: AmazonConnectParams | None = None,
    ) -> StreamingResult:
        """Start, or resume, transcription of a call's audio (see the sync client)."""
        return await self._request(
            _operations.start_streaming(
                namespace=namespace,
                guid=guid,
                customer_id=customer_id,
                agent_id=agent_id,
                language=language,
                detailed_token=detailed_token,
                audio_recording_allowed=audio_recording_allowed,
                redaction_output=redaction_output,
                twilio_track_map=twilio_track_map,
                siprec_media_line_order=siprec_media_line_order,
                amazon_connect=amazon_connect,
            )
        )

    async def stop_streaming(self, *, namespace: Namespace, guid: str) -> StreamingResult:
        """Stop transcription of a call (see the sync client)."""
        return await self._request(_operations.stop_streaming(namespace=namespace, guid=guid))

    async def start_twilio_transcription(
        self,
        call_sid: str,
        *,
        customer_id: str,
        agent_id: str,
        inbound: Participant = "customer",
        outbound: Participant = "agent",
        language: str | None = None,
        detailed_token: bool | None = None,
        audio_recording_allowed: bool | None = None,
        redaction_output: RedactionOutput | None = None,
    ) -> StreamingResult:
        """start_streaming for a Twilio call (see the sync client)."""
        return await self._request(
            _operations.start_twilio(
                call_sid,
                customer_id=customer_id,
                agent_id=agent_id,
                inbound=inbound,
                outbound=outbound,
                language=language,
                detailed_token=detailed_token,
                audio_recording_allowed=audio_recording_allowed,
                redaction_output=redaction_output,
            )
        )

    async def stop_twilio_transcription(self, call_sid: str) -> StreamingResult:
        """stop_streaming for a Twilio call."""
        return await self._request(_operations.stop_twilio(call_sid))

    async def close(self) -> None:
        """Close the connection pool, unless it came from ``http_client``."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()

    async def _request(self, operation: Operation[_ResultT]) -> _ResultT:
        request = self._build_request(operation)
        try:
            attempt = 0
            while True:
                try:
                    outcome = await self._attempt(operation, request, attempt)
                except httpx.RequestError as error:
                    outcome = self._on_error(operation, request, error, attempt)
                if not isinstance(outcome, Retry):
                    return outcome
                await self._sleep(outcome.delay)
                attempt += 1
        finally:
            self._forget_secret(request)

    async def _attempt(
        self, operation: Operation[_ResultT], request: httpx.Request, attempt: int
    ) -> _ResultT | Retry:
        reader = self._body_reader(request)
        response = await self._http.send(request, stream=True, follow_redirects=False)
        try:
            try:
                async for chunk in response.aiter_bytes():
                    if not reader.feed(chunk):
                        break
            except httpx.DecodingError as error:
                reader.undecodable(response, error)
            reader.finish(response)
        finally:
            await response.aclose()
        return self._on_response(operation, response, reader, attempt)
