"""``make fleet-demo``: the two example webhooks run as a fleet sharing one Redis.

Starts, each on a free 127.0.0.1 port: a redis-server (no persistence), a mock ASAPP that
counts every request it gets (``tests/bench/fake_api.py``), the transcript receiver of
``examples/transcripts_fastapi.py`` under ``uvicorn --workers 4``, and the Twilio webhook of
``examples/twilio_webhook.py`` in two processes, all with ``ASAPP_REDIS_URL`` set. Then it
plays one call: Twilio's voice webhook six times across both processes (correctly signed),
transcription started, an agent's screen following the call live, 200 of ASAPP's transcript
POSTs on fresh connections (the kernel spreads them over the workers), the transcript read
back over fresh connections (each answer names its worker: the demo adds an
``X-Worker-Pid`` header to the example's answers), the call ended and forgotten.

It prints what each step got and checks the fleet's promises: one stream URL for every
process, one request to ASAPP for it, every POST kept, every read whole from any worker, the
live screen given every utterance once and the end. Exits 0 if they all held, 1 if any did
not (``--without-redis`` runs the same fleet without Redis, to show what breaks), 130 on
Ctrl-C; everything it started is stopped either way.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import signal
import sys
import tempfile
import threading
import time
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Awaitable, Callable, Iterator, MutableMapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from httpx_sse import connect_sse
from prism_mock import REPO_ROOT, ServerError, free_port, local_server
from twilio.request_validator import RequestValidator

sys.path.insert(0, str(REPO_ROOT / "tests" / "bench"))
from fake_api import FakeApi  # the counting mock ASAPP of the benchmarks

from asapp_mg_autotranscribe.testing import transcript_event_body, transcript_request_headers

EXAMPLES = REPO_ROOT / "examples"
CALL_SID = "CA5b040e075515c424391012acc5a870cf"
UTTERANCES = 200
WORKERS = 4
TWILIO_PROCESSES = 2
VOICE_WEBHOOKS = 6
READS = 8  # at least; more until two workers or more have answered (at most MAX_READS)
MAX_READS = 100
TIMEOUT = 15.0  # for each request and each read of the live stream
START_TIMEOUT = 60.0
TRANSCRIPT_SECRET = "fleet-demo-transcript-token"  # noqa: S105 (a demo value)
SECRET_HEADER = "X-Transcript-Token"  # noqa: S105 (a header name)
TWILIO_TOKEN = "fleet-demo-twilio-auth-token"  # noqa: S105 (a demo value)
WORKER_HEADER = "X-Worker-Pid"


class DemoError(RuntimeError):
    """A step of the demo could not be done at all."""


@dataclass
class Fleet:
    """Where each part of the running fleet listens."""

    asapp: FakeApi
    receiver: str
    twilio: list[str]


@dataclass
class Promises:
    """Each promise checked, and whether it held."""

    checked: list[tuple[bool, str]] = field(default_factory=list)

    def check(self, held: bool, what: str) -> None:
        self.checked.append((held, what))

    @property
    def all_held(self) -> bool:
        return all(held for held, _ in self.checked)


def main(argv: list[str] | None = None) -> int:
    """Run the demo; return the exit status."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n", 1)[0])
    parser.add_argument(
        "--without-redis",
        action="store_true",
        help="the same fleet without Redis (ASAPP_REDIS_URL unset): see which promises break",
    )
    parser.add_argument(
        "--pause",
        action="store_true",
        help="once the fleet is up, wait for Enter before playing the call (to look at it)",
    )
    arguments = parser.parse_args(argv)
    # Ctrl-C (even when started with it ignored, as a shell's background job is) and a TERM
    # (`kill`, make being stopped) end the demo: everything it started is stopped.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, _exit_on_signal)
    try:
        promises = _run(with_redis=not arguments.without_redis, pause=arguments.pause)
    except KeyboardInterrupt:
        print("\nInterrupted; everything the demo started is stopped.", file=sys.stderr)
        return 130
    except (DemoError, ServerError, httpx.HTTPError) as error:
        print(f"\nfleet demo failed: {type(error).__name__}: {error}", file=sys.stderr)
        return 1
    print("\nEverything the demo started is stopped.")
    if promises.all_held:
        print("Done: every promise held.")
        return 0
    print("Some promises did not hold.", file=sys.stderr)
    return 1


def _exit_on_signal(signal_number: int, _frame: object) -> None:
    sys.exit(128 + signal_number)


def _run(*, with_redis: bool, pause: bool) -> Promises:
    with tempfile.TemporaryDirectory(prefix="fleet-demo-") as scratch:
        with _fleet(Path(scratch), with_redis=with_redis) as fleet:
            if pause:
                print("\nThe fleet is up: press Enter to play the call.", flush=True)
                sys.stdin.readline()
            print("\nPlaying one call.\n", flush=True)
            promises = Promises()
            _play(fleet, promises)
        print("\nPromises:")
        for held, what in promises.checked:
            print(f"  {'ok    ' if held else 'BROKEN'}  {what}")
        return promises


@contextlib.contextmanager
def _fleet(folder: Path, *, with_redis: bool) -> Iterator[Fleet]:
    """Every part of the fleet started, until the block ends (then all stopped)."""
    with contextlib.ExitStack() as stack:
        print("Starting the fleet on 127.0.0.1 ...")
        environment = {**os.environ, "PYTHONUNBUFFERED": "1"}
        if with_redis:
            redis_url = stack.enter_context(_redis_server(folder))
            environment["ASAPP_REDIS_URL"] = redis_url
            print(f"  Redis                 {redis_url} (no persistence)")
        else:
            environment.pop("ASAPP_REDIS_URL", None)
            print("  Redis                 none: each process keeps its own state")
        asapp = stack.enter_context(FakeApi())
        print(f"  mock ASAPP            {asapp.base_url} (counts each request)")
        receiver = stack.enter_context(_receiver(folder / "receiver.log", environment))
        print(f"  transcript receiver   {receiver} (uvicorn, {WORKERS} workers)")
        environment |= {
            "ASAPP_API_HOST": asapp.base_url,
            "ASAPP_API_ID": "fleet-demo-api-id",
            "ASAPP_API_SECRET": "fleet-demo-api-secret",
            "TWILIO_AUTH_TOKEN": TWILIO_TOKEN,
        }
        twilio = [
            stack.enter_context(_twilio_webhook(folder / f"twilio-{number}.log", environment))
            for number in range(TWILIO_PROCESSES)
        ]
        print(f"  Twilio voice webhook  {', '.join(twilio)} ({TWILIO_PROCESSES} processes)")
        yield Fleet(asapp, receiver, twilio)
        print("\nStopping everything ...", flush=True)


@contextlib.contextmanager
def _redis_server(folder: Path) -> Iterator[str]:
    port = free_port()
    command = ["redis-server", "--bind", "127.0.0.1", "--port", str(port), "--save", ""]
    command += ["--appendonly", "no", "--dir", str(folder)]
    with local_server(command, port, folder / "redis.log", name="redis-server"):
        yield f"redis://127.0.0.1:{port}/0"


@contextlib.contextmanager
def _receiver(log_path: Path, environment: dict[str, str]) -> Iterator[str]:
    """The example receiver under uvicorn with WORKERS workers, once every worker is up."""
    port = free_port()
    command = [sys.executable, "-m", "uvicorn", "fleet_demo:worker_app", "--factory"]
    command += ["--app-dir", str(Path(__file__).resolve().parent), "--host", "127.0.0.1"]
    command += ["--port", str(port), "--workers", str(WORKERS), "--no-access-log"]
    env = environment | {"TRANSCRIPT_WEBHOOK_SECRET": TRANSCRIPT_SECRET}
    with local_server(command, port, log_path, name="the transcript receiver", env=env) as url:
        # The port listens as soon as uvicorn's supervisor binds it; the workers start after.
        ends_at = time.monotonic() + START_TIMEOUT
        while log_path.read_text(errors="replace").count("Application startup complete") < WORKERS:
            if time.monotonic() > ends_at:
                raise DemoError(f"the receiver's {WORKERS} workers did not all start; see its log")
            time.sleep(0.1)
        yield url


def _twilio_webhook(
    log_path: Path, environment: dict[str, str]
) -> contextlib.AbstractContextManager[str]:
    port = free_port()
    command = [sys.executable, str(EXAMPLES / "twilio_webhook.py"), "--host", "127.0.0.1"]
    command += ["--port", str(port)]  # its public URL: http://127.0.0.1:<port>
    return local_server(command, port, log_path, name="the Twilio webhook", env=environment)


def _play(fleet: Fleet, promises: Promises) -> None:
    urls = _voice_webhooks(fleet.twilio)
    promises.check(
        len(set(urls)) == 1,
        f"every TwiML answer streams to the same URL ({len(set(urls))} distinct in {len(urls)})",
    )
    _twilio_post(fleet.twilio[-1], "/agent-connected", expected=204, signed=False,
                 CallSid=CALL_SID, CustomerId="TT9833237", AgentId="RE223444211993")  # fmt: skip
    print(f"2. Customer and agent are talking: POST {fleet.twilio[-1]}/agent-connected -> 204\n")

    screen = LiveScreen(fleet.receiver)
    screen.start()
    print(f"3. An agent's screen follows the call live (answered by worker {screen.worker()})\n")

    expected = _post_transcripts(fleet.receiver, promises)
    _read_back(fleet.receiver, expected, promises)

    _twilio_post(fleet.twilio[0], "/call-status", expected=204, CallSid=CALL_SID,
                 CallStatus="completed")  # fmt: skip
    with httpx.Client(timeout=TIMEOUT) as http:
        forgotten = http.delete(f"{fleet.receiver}/calls/{CALL_SID}/transcript")
    print(f"6. The call ends: POST {fleet.twilio[0]}/call-status -> 204 (transcription stopped);")
    print(
        f"   DELETE the transcript -> {len(forgotten.json())} utterances "
        f"(worker {forgotten.headers.get(WORKER_HEADER)}); the call is forgotten"
    )
    screen.join()
    texts = [utterance["text"] for utterance in screen.utterances]
    print(
        f"   The live screen got {len(texts)} utterances, "
        f"{'then the end' if screen.ended else 'and no end'}\n"
    )
    promises.check(
        screen.ended and sorted(texts) == sorted(expected) and len(set(texts)) == len(texts),
        f"the live screen got every utterance once ({len(set(texts))} of {len(expected)}), "
        "then the end",
    )

    counts = fleet.asapp.counts()
    print(
        f"7. The mock ASAPP received {counts['stream_url']} stream-URL request(s), "
        f"{counts['start_streaming']} start and {counts['stop_streaming']} stop"
    )
    promises.check(
        counts["stream_url"] == 1,
        f"the fleet made {counts['stream_url']} stream-URL request(s) to ASAPP for "
        f"{VOICE_WEBHOOKS} voice webhooks in {TWILIO_PROCESSES} processes (1 expected)",
    )
    promises.check(
        (counts["start_streaming"], counts["stop_streaming"]) == (1, 1),
        "transcription was started once and stopped once",
    )


def _voice_webhooks(twilio: list[str]) -> list[str]:
    """Twilio's voice webhook, VOICE_WEBHOOKS times across the processes (the first round
    at once); the stream URL of each TwiML answer."""
    print(f"1. Twilio calls the voice webhook {VOICE_WEBHOOKS} times, across both processes")
    targets = [twilio[number % len(twilio)] for number in range(VOICE_WEBHOOKS)]
    with ThreadPoolExecutor(max_workers=len(twilio)) as pool:
        first = list(pool.map(_voice, targets[: len(twilio)]))
    urls = first + [_voice(target) for target in targets[len(twilio) :]]
    for target, url in zip(targets, urls, strict=True):
        print(f"   POST {target}/voice -> 200, TwiML streaming to ...{url[-24:]}")
    print()
    return urls


def _voice(base_url: str) -> str:
    body = _twilio_post(base_url, "/voice", expected=200, CallSid=CALL_SID, From="+15551230000")
    stream = ET.fromstring(body).find("./Start/Stream")  # noqa: S314 (our own example's TwiML)
    if stream is None or not stream.get("url"):
        raise DemoError(f"no <Stream url> in the TwiML: {body}")
    return str(stream.get("url"))


def _twilio_post(
    base_url: str, path: str, *, expected: int, signed: bool = True, **form: str
) -> str:
    """POST ``form`` as Twilio does, on a fresh connection, signed for the process's URL."""
    headers = {}
    if signed:
        signature = RequestValidator(TWILIO_TOKEN).compute_signature(base_url + path, form)
        headers["X-Twilio-Signature"] = signature
    response = httpx.post(base_url + path, data=form, headers=headers, timeout=TIMEOUT)
    if response.status_code != expected:
        raise DemoError(f"POST {base_url}{path} answered {response.status_code}: {response.text}")
    return response.text


def _post_transcripts(receiver: str, promises: Promises) -> list[str]:
    """ASAPP's UTTERANCES messages, in a shuffled order, 8 at a time, each on a fresh
    connection; the texts in the order they were spoken."""
    spoken = [
        (number * 1000, "customer" if number % 2 == 0 else "agent", f"utterance {number + 1}")
        for number in range(UTTERANCES)
    ]
    delivered = spoken[:]
    random.Random(16).shuffle(delivered)  # noqa: S311 (an order, not a secret)
    headers = transcript_request_headers(TRANSCRIPT_SECRET, SECRET_HEADER)

    def post(utterance: tuple[int, str, str]) -> tuple[int, str]:
        start, role, text = utterance
        body = transcript_event_body(
            external_conversation_id=CALL_SID,
            role=role,
            sender_external_id="TT9833237" if role == "customer" else "RE223444211993",
            start_ms=start,
            end_ms=start + 900,
            text=text,
        )
        response = httpx.post(
            f"{receiver}/asapp/transcripts", content=body, headers=headers, timeout=TIMEOUT
        )
        return response.status_code, response.headers.get(WORKER_HEADER, "?")

    with ThreadPoolExecutor(max_workers=8) as pool:
        answers = list(pool.map(post, delivered))
    statuses = Counter(status for status, _ in answers)
    workers = Counter(worker for _, worker in answers)
    print(f"4. ASAPP POSTs {UTTERANCES} utterances, out of order, each on a fresh connection")
    print(f"   answers: {_counted(statuses)}; by worker: {_counted(workers)}\n")
    promises.check(
        statuses == Counter({204: UTTERANCES}),
        f"every transcript POST was kept: {statuses[204]} of {UTTERANCES} answered 204",
    )
    return [text for _, _, text in spoken]


def _read_back(receiver: str, expected: list[str], promises: Promises) -> None:
    """Read the transcript over fresh connections (READS at least, until two workers or more
    answered); each must be the whole call, in order."""
    print("5. The transcript read back, each time on a fresh connection")
    reads: list[tuple[str, list[str]]] = []
    while len(reads) < READS or (
        len({worker for worker, _ in reads}) < 2 and len(reads) < MAX_READS
    ):
        response = httpx.get(f"{receiver}/calls/{CALL_SID}/transcript", timeout=TIMEOUT)
        response.raise_for_status()
        texts = [utterance["text"] for utterance in response.json()]
        reads.append((response.headers.get(WORKER_HEADER, "?"), texts))
    for number, (worker, texts) in enumerate(reads, 1):
        if number <= READS or number == len(reads):
            whole = "the whole call, in order" if texts == expected else "NOT the whole call"
            print(f"   read {number:>3}: worker {worker}: {len(texts):>3} utterances, {whole}")
    workers = {worker for worker, _ in reads}
    print()
    promises.check(
        len(workers) >= 2 and all(texts == expected for _, texts in reads),
        f"all {len(reads)} reads, answered by {len(workers)} workers, returned the whole call "
        f"({UTTERANCES} utterances, in order)",
    )


def _counted(counter: Counter[Any]) -> str:
    return ", ".join(f"{key} ({count})" for key, count in sorted(counter.items()))


class LiveScreen(threading.Thread):
    """An agent's screen: reads the call's live transcript (server-sent events) until ``end``
    (or nothing comes for TIMEOUT seconds)."""

    def __init__(self, receiver: str) -> None:
        super().__init__(name="live-screen", daemon=True)
        self.url = f"{receiver}/calls/{CALL_SID}/transcript/live"
        self.utterances: list[dict[str, Any]] = []
        self.ended = False
        self._worker = ""
        self._connected = threading.Event()

    def worker(self) -> str:
        """The worker that answered, once it has (the stream is open from then on)."""
        if not self._connected.wait(TIMEOUT):
            raise DemoError("the live transcript did not answer")
        return self._worker

    def run(self) -> None:
        with (
            contextlib.suppress(httpx.HTTPError),
            httpx.Client(timeout=TIMEOUT) as http,
            connect_sse(http, "GET", self.url) as events,
        ):
            self._worker = events.response.headers.get(WORKER_HEADER, "?")
            self._connected.set()
            for event in events.iter_sse():
                if event.event == "end":
                    self.ended = True
                    return
                self.utterances.append(event.json())

    def join(self, timeout: float | None = TIMEOUT * 2) -> None:
        super().join(timeout)


# The ASGI app each uvicorn worker serves (``fleet_demo:worker_app --factory``).

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
App = Callable[[Scope, Receive, Send], Awaitable[None]]


def worker_app() -> App:
    """The example receiver, each answer naming the worker process that gave it."""
    sys.path.insert(0, str(EXAMPLES))
    from transcripts_fastapi import create_app

    app = create_app()
    worker = str(os.getpid()).encode()

    async def named(scope: Scope, receive: Receive, send: Send) -> None:
        async def send_named(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [*message.get("headers", []), (WORKER_HEADER.lower().encode(), worker)]
                message = {**message, "headers": headers}
            await send(message)

        await app(scope, receive, send_named)

    return named


if __name__ == "__main__":
    sys.exit(main())
