"""Every Python snippet of README.md runs as a new user would run it, against ``make mock``.

The convention, for whoever adds a snippet to README.md:

- Every fenced block whose language is ``python`` or ``py`` is found and run: there is
  nothing to register (other blocks, ``bash``, ``console``, ``json`` ..., are not run).
  Each runs in a fresh Python process of the project's environment, in an empty folder,
  with only the environment a new user sets up after ``make mock`` (NEW_USER_ENVIRONMENT:
  ``ASAPP_API_HOST`` pointing at the mock this file starts on 127.0.0.1, ``ASAPP_API_ID``,
  ``ASAPP_API_SECRET``, ``TRANSCRIPT_WEBHOOK_SECRET``), warnings as errors. It passes when
  it exits with status 0 within SNIPPET_TIMEOUT; a traceback points at README.md's lines.
- A snippet that cannot run by itself as written says so in an HTML comment on the line
  right above its fence (hidden on GitHub, visible in the source), directives separated
  by ``;``:

  ``<!-- snippet: given client, call_sid -->``
      It continues from context: the test binds those names first (GIVENS: real objects,
      the client on the mock), and checks that they are exactly the names the snippet uses
      without defining or importing them (a name missing from the list, or listed and not
      used, fails).
  ``<!-- snippet: needs redis -->``
      It needs a service the test starts on 127.0.0.1 for it (NEEDS: ``redis``, a
      redis-server, Redis 7 or later, whose URL is in ``REDIS_URL``); the snippet must read
      the variables the need sets.
  ``<!-- snippet: serves -->``
      It is a server that runs until stopped: it must read the port to listen on from
      ``PORT`` (the test gives a free one). It passes when it answers an HTTP request on
      127.0.0.1 at that port; the test then stops it.

  An unknown directive, given name or need fails that snippet's test, naming it: add it
  to GIVENS or NEEDS here. A ``snippet:`` comment that is not right above a Python block
  fails too. A snippet is never skipped: if it cannot run, the README is wrong.
"""

from __future__ import annotations

import builtins
import contextlib
import os
import re
import socket
import subprocess
import symtable
import sys
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import pytest
from fleet.servers import RedisServer
from markdown_it import MarkdownIt
from spec_document import REPO_ROOT

sys.path.insert(0, str(REPO_ROOT / "scripts"))
from prism_mock import ServerError, free_port, local_server  # found through the path above

pytestmark = pytest.mark.contract

README = REPO_ROOT / "README.md"
SNIPPET_TIMEOUT = 120.0
PYTHON_LANGUAGES = frozenset({"python", "py"})
MARKER = re.compile(r"<!--\s*snippet:(?P<directives>.*?)-->", re.DOTALL)
CALL_SID = "CA5b040e075515c424391012acc5a870cf"
# Warnings are errors, but for the sockets of a client left open until the process ends,
# as a web app's module-level client is.
WARNINGS = ("-W", "error", "-W", "ignore::ResourceWarning")

# What a new user has set once `make mock` runs (README's Quickstart); ASAPP_API_HOST is
# added when the mock is up. Nothing else of the developer's environment reaches a snippet
# but where programs are found.
NEW_USER_ENVIRONMENT = {
    "ASAPP_API_ID": "readme-api-id",
    "ASAPP_API_SECRET": "readme-api-secret",
    "TRANSCRIPT_WEBHOOK_SECRET": "readme-transcript-token",
}

# The names a snippet may take from its context, each bound by code that makes the real
# thing (on the mock, through the new user's environment).
GIVENS: dict[str, str] = {
    "client": (
        "from asapp_mg_autotranscribe import AutoTranscribeClient\nclient = AutoTranscribeClient()"
    ),
    "cache": (
        "from asapp_mg_autotranscribe import AutoTranscribeClient, StreamUrlCache\n"
        "cache = StreamUrlCache(AutoTranscribeClient())"
    ),
    "call_sid": f"call_sid = {CALL_SID!r}",
    "customer": "customer = 'TT9833237'",
    "agent": "agent = 'RE223444211993'",
    "trace_id": "trace_id = 'b7ad6b7169203331'",
    "log": "import logging\nlog = logging.getLogger('voice')",
    "FALLBACK_TWIML": "FALLBACK_TWIML = '<Response><Say>Please hold.</Say></Response>'",
    "collector": (
        "from asapp_mg_autotranscribe import TranscriptCollector\ncollector = TranscriptCollector()"
    ),
    "webhook": (
        "import os\n"
        "from asapp_mg_autotranscribe import TranscriptCollector, TranscriptWebhook\n"
        "webhook = TranscriptWebhook(TranscriptCollector().add, "
        "secret=os.environ['TRANSCRIPT_WEBHOOK_SECRET'], secret_name='X-Transcript-Token')"
    ),
}


@dataclass(frozen=True)
class Need:
    """A service a snippet needs: started around its run, the variables it sets yielded."""

    start: Callable[[Path], contextlib.AbstractContextManager[Mapping[str, str]]]
    variables: tuple[str, ...]


@contextlib.contextmanager
def _redis_server(folder: Path) -> Iterator[Mapping[str, str]]:
    """The fleet tests' redis-server (Redis 7 or later, no persistence) in ``folder``."""
    server = RedisServer(folder).start()
    try:
        yield {"REDIS_URL": server.url}
    finally:
        server.stop()


NEEDS: dict[str, Need] = {
    "redis": Need(start=_redis_server, variables=("REDIS_URL",)),
}


@dataclass(frozen=True)
class Snippet:
    """One Python block of a Markdown document, with the marker above it (if any)."""

    line: int  # of the first line of code, 1-based
    code: str
    heading: str
    marker: str | None = None

    @property
    def name(self) -> str:
        """How pytest names it: where it is and under which heading."""
        return f"L{self.line} {self.heading}"


@dataclass(frozen=True)
class Directives:
    """What a snippet's marker asks for."""

    given: tuple[str, ...] = ()
    needs: tuple[str, ...] = ()
    serves: bool = False
    problems: tuple[str, ...] = ()


def read_snippets(markdown: str) -> tuple[list[Snippet], list[str]]:
    """The Python blocks of ``markdown``, and the problems with its snippet markers (a
    marker that is not right above a Python block)."""
    tokens = MarkdownIt("commonmark").parse(markdown)
    snippets: list[Snippet] = []
    problems: list[str] = []
    heading = "(top)"
    for index, token in enumerate(tokens):
        if token.type == "inline" and index and tokens[index - 1].type == "heading_open":
            heading = token.content
        previous = tokens[index - 1] if index else None
        marker = None
        if previous is not None and previous.type == "html_block":
            found = MARKER.search(previous.content)
            marker = found.group("directives").strip() if found else None
        if token.type == "fence" and token.info.strip().split(" ")[0] in PYTHON_LANGUAGES:
            assert token.map is not None
            snippets.append(Snippet(token.map[0] + 2, token.content, heading, marker))
        elif token.type == "html_block" and MARKER.search(token.content):
            following = tokens[index + 1] if index + 1 < len(tokens) else None
            is_python = following is not None and following.type == "fence"
            if not (is_python and following.info.strip().split(" ")[0] in PYTHON_LANGUAGES):
                line = token.map[0] + 1 if token.map else 0
                problems.append(f"line {line}: a snippet marker not right above a Python block")
    return snippets, problems


def parse_directives(marker: str | None) -> Directives:
    """The directives of a marker's text (``given a, b; needs redis; serves``)."""
    given: list[str] = []
    needs: list[str] = []
    serves = False
    problems: list[str] = []
    for directive in (marker or "").split(";"):
        verb, _, rest = directive.strip().partition(" ")
        names = [name.strip() for name in rest.split(",") if name.strip()]
        if verb == "given":
            given += names
            problems += [
                f"no given named {name!r}: add it to GIVENS" for name in names if name not in GIVENS
            ]
        elif verb == "needs":
            needs += names
            problems += [
                f"no need named {name!r}: add it to NEEDS" for name in names if name not in NEEDS
            ]
        elif verb == "serves" and not rest:
            serves = True
        elif verb:
            problems.append(f"unknown directive {directive.strip()!r} (given, needs, serves)")
    return Directives(tuple(given), tuple(needs), serves, tuple(problems))


def unbound_names(code: str) -> set[str]:
    """The names ``code`` reads at module level or as globals without binding them
    (assigning, importing, defining); builtins excluded."""
    top = symtable.symtable(code, "snippet", "exec")
    bound = {
        symbol.get_name()
        for symbol in top.get_symbols()
        if symbol.is_assigned() or symbol.is_imported() or symbol.is_namespace()
    }
    read = {symbol.get_name() for symbol in top.get_symbols() if symbol.is_referenced()}
    pending = list(top.get_children())
    while pending:
        table = pending.pop()
        pending += table.get_children()
        read |= {
            symbol.get_name()
            for symbol in table.get_symbols()
            if symbol.is_referenced() and symbol.is_global()
        }
    return read - bound - set(dir(builtins))


# Runs the given names' code, then the snippet compiled as README.md's own lines.
_RUNNER = """
import sys
namespace = {"__name__": "__main__"}
with open(sys.argv[1], encoding="utf-8") as source:
    exec(compile(source.read(), "<given names>", "exec"), namespace)
with open(sys.argv[2], encoding="utf-8") as source:
    exec(compile(source.read(), sys.argv[3], "exec"), namespace)
"""


def snippet_command(snippet: Snippet, folder: Path, given: tuple[str, ...]) -> list[str]:
    """The command that runs the snippet (after the given names' code) in a fresh
    interpreter, its lines numbered as in README.md."""
    prelude = folder / "given.py"
    prelude.write_text("\n".join(GIVENS[name] for name in given) + "\n", encoding="utf-8")
    source = folder / "snippet.py"
    source.write_text("\n" * (snippet.line - 1) + snippet.code, encoding="utf-8")
    return [sys.executable, *WARNINGS, "-c", _RUNNER, str(prelude), str(source), str(README)]


def run_snippet(
    snippet: Snippet, folder: Path, environment: Mapping[str, str], given: tuple[str, ...]
) -> subprocess.CompletedProcess[str]:
    """Run the snippet in a fresh interpreter in ``folder``, with only ``environment``."""
    return subprocess.run(
        snippet_command(snippet, folder, given),
        cwd=folder,
        env=dict(environment),
        capture_output=True,
        text=True,
        timeout=SNIPPET_TIMEOUT,
        check=False,
    )


def new_user_environment(base_url: str, folder: Path) -> dict[str, str]:
    """The environment a snippet runs in: the new user's settings, a home of its own."""
    return {
        "PATH": os.environ.get("PATH", os.defpath),
        "HOME": str(folder),
        "LANG": "C.UTF-8",
        **NEW_USER_ENVIRONMENT,
        "ASAPP_API_HOST": base_url,
    }


@pytest.fixture(scope="module")
def make_mock(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """What ``make mock`` runs, on a free 127.0.0.1 port; its base URL."""
    port = free_port()
    command = [sys.executable, str(REPO_ROOT / "scripts" / "prism_mock.py"), "--port", str(port)]
    log = tmp_path_factory.mktemp("make-mock") / "mock.log"
    try:
        with local_server(command, port, log, name="make mock") as base_url:
            yield base_url
    except ServerError as error:
        pytest.fail(str(error), pytrace=False)


README_SNIPPETS, README_MARKER_PROBLEMS = read_snippets(README.read_text(encoding="utf-8"))


def check_and_run(
    snippet: Snippet, base_url: str, folder: Path
) -> subprocess.CompletedProcess[str]:
    """Hold the snippet's marker to its code, start what it needs, run it."""
    directives = parse_directives(snippet.marker)
    assert not directives.problems, f"{snippet.name}: {'; '.join(directives.problems)}"
    unbound = unbound_names(snippet.code)
    assert unbound == set(directives.given), (
        f"{snippet.name} uses {sorted(unbound)} without defining them, and its marker gives "
        f"{sorted(directives.given)}: define them, or list them in "
        "<!-- snippet: given ... --> (GIVENS in this file)"
    )
    environment = new_user_environment(base_url, folder)
    with contextlib.ExitStack() as stack:
        for need_name in directives.needs:
            need = NEEDS[need_name]
            unread = [name for name in need.variables if name not in snippet.code]
            assert not unread, f"{snippet.name} needs {need_name} but never reads {unread}"
            environment |= stack.enter_context(need.start(folder))
        if directives.serves:
            return serve_snippet(snippet, folder, environment, directives.given)
        return run_snippet(snippet, folder, environment, directives.given)


def serve_snippet(
    snippet: Snippet, folder: Path, environment: Mapping[str, str], given: tuple[str, ...]
) -> subprocess.CompletedProcess[str]:
    """Start the server the snippet is on a free port (``PORT``), send it one HTTP request
    once it listens, stop it; completed with status 0 when it answered HTTP."""
    assert "PORT" in snippet.code, f"{snippet.name} serves but never reads PORT"
    port = free_port()
    command = snippet_command(snippet, folder, given)
    log = folder / "server.log"
    environment = {**environment, "PORT": str(port)}
    try:
        with (
            local_server(command, port, log, name=snippet.name, env=environment, cwd=folder),
            socket.create_connection(("127.0.0.1", port), timeout=SNIPPET_TIMEOUT) as connection,
        ):
            connection.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
            answer = connection.recv(64)
    except ServerError as error:
        return subprocess.CompletedProcess(command, 1, "", str(error))
    status = 0 if answer.startswith(b"HTTP/1.") else 1
    return subprocess.CompletedProcess(command, status, "", f"it answered {answer!r}")


def test_the_readme_has_snippets_and_every_marker_sits_above_one() -> None:
    assert README_SNIPPETS, "no Python block found in README.md"
    assert README_SNIPPETS[0].heading == "Quickstart"
    assert README_MARKER_PROBLEMS == []


@pytest.mark.parametrize("snippet", README_SNIPPETS, ids=lambda snippet: snippet.name)
def test_the_snippet_runs_against_make_mock(
    snippet: Snippet, make_mock: str, tmp_path: Path
) -> None:
    completed = check_and_run(snippet, make_mock, tmp_path)
    assert completed.returncode == 0, (
        f"{snippet.name} failed (status {completed.returncode}):\n"
        f"{completed.stdout[-2000:]}\n{completed.stderr[-4000:]}"
    )


# The convention itself, on documents of its own.

MARKED_DOCUMENT = """# Title

```python
print("plain")
```

<!-- snippet: given client; needs redis -->
```python
client.close()
```

<!-- snippet: given client -->
```bash
echo "a marker above a block that is not Python"
```

<!-- snippet: given call_sid -->
"""


def test_markers_are_read_from_the_comment_above_a_python_fence() -> None:
    snippets, problems = read_snippets(MARKED_DOCUMENT)
    assert [(snippet.line, snippet.code, snippet.marker) for snippet in snippets] == [
        (4, 'print("plain")\n', None),
        (9, "client.close()\n", "given client; needs redis"),
    ]
    assert parse_directives(snippets[1].marker) == Directives(given=("client",), needs=("redis",))
    assert problems == [
        "line 12: a snippet marker not right above a Python block",
        "line 17: a snippet marker not right above a Python block",
    ]


@pytest.mark.parametrize(
    ("marker", "problem"),
    [
        ("given nobody", "no given named 'nobody': add it to GIVENS"),
        ("needs postgres", "no need named 'postgres': add it to NEEDS"),
        ("skip", "unknown directive 'skip' (given, needs, serves)"),
        ("serves 8080", "unknown directive 'serves 8080' (given, needs, serves)"),
    ],
)
def test_an_unknown_directive_given_or_need_is_a_problem(marker: str, problem: str) -> None:
    assert parse_directives(marker).problems == (problem,)


@pytest.mark.parametrize(
    ("code", "unbound"),
    [
        ("import os\nprint(os.sep)\n", set()),
        ("with open(path) as source:\n    data = source.read()\n", {"path"}),
        ("def voice(sid):\n    return cache.get(sid)\n", {"cache"}),
        ("rows = [client.get(x) for x in range(3)]\n", {"client"}),
        ("try:\n    pass\nexcept Error as error:\n    log.info(error)\n", {"Error", "log"}),
        ("class A:\n    b = c\n", {"c"}),
    ],
)
def test_unbound_names_are_those_read_and_never_bound(code: str, unbound: set[str]) -> None:
    assert unbound_names(code) == unbound


def test_a_given_name_must_be_exactly_what_the_snippet_leaves_unbound(tmp_path: Path) -> None:
    for marker in ("given client, call_sid", None):
        snippet = Snippet(1, "client.close()\n", "Test", marker)
        with pytest.raises(AssertionError, match=r"uses \['client'\] without defining them"):
            check_and_run(snippet, "http://127.0.0.1:9", tmp_path)


REDIS_PING = """import os, socket, urllib.parse
url = urllib.parse.urlsplit(os.environ["REDIS_URL"])
with socket.create_connection((url.hostname, url.port), timeout=10) as connection:
    connection.sendall(b"PING\\r\\n")
    assert connection.recv(7) == b"+PONG\\r\\n"
"""


def test_the_redis_need_starts_a_server_the_snippet_reaches(make_mock: str, tmp_path: Path) -> None:
    completed = check_and_run(Snippet(1, REDIS_PING, "Test", "needs redis"), make_mock, tmp_path)
    assert completed.returncode == 0, completed.stderr


def test_a_need_whose_variables_the_snippet_never_reads_fails(tmp_path: Path) -> None:
    snippet = Snippet(1, "print('no redis here')\n", "Test", "needs redis")
    with pytest.raises(AssertionError, match=r"needs redis but never reads \['REDIS_URL'\]"):
        check_and_run(snippet, "http://127.0.0.1:9", tmp_path)


def test_a_serving_snippet_passes_when_it_answers_http(tmp_path: Path) -> None:
    code = (
        "import os\nfrom http.server import BaseHTTPRequestHandler, HTTPServer\n"
        "HTTPServer(('127.0.0.1', int(os.environ['PORT'])), BaseHTTPRequestHandler)"
        ".serve_forever()\n"
    )
    environment = new_user_environment("http://127.0.0.1:1", tmp_path)
    completed = serve_snippet(Snippet(1, code, "served"), tmp_path, environment, ())
    assert completed.returncode == 0, completed.stderr


def test_a_serving_snippet_that_ends_before_listening_fails(tmp_path: Path) -> None:
    code = "import os\nprint(os.environ['PORT'])\n"
    environment = new_user_environment("http://127.0.0.1:1", tmp_path)
    completed = serve_snippet(Snippet(1, code, "ended"), tmp_path, environment, ())
    assert completed.returncode == 1
    assert "before listening" in completed.stderr
