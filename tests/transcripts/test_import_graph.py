"""The receiver stands apart from the client: what ``_transcripts`` (and ``testing``, built on
it) imports of the SDK, directly or through the modules it imports, read from the source."""

from __future__ import annotations

import ast
from pathlib import Path

import asapp_mg_autotranscribe

PACKAGE = Path(asapp_mg_autotranscribe.__file__).resolve().parent
NAME = "asapp_mg_autotranscribe"

# The neutral modules the receiver may reach: errors, constants, the logger, the header-text
# check, the adapter of the generated models (the event's schema), and what they import.
NEUTRAL = {
    f"{NAME}._checks",
    f"{NAME}._constants",
    f"{NAME}._exceptions",
    f"{NAME}._generated",
    f"{NAME}._header_text",
    f"{NAME}._httpx_internals",  # the redaction writes a scrubbed body through it
    f"{NAME}._logging",
    f"{NAME}._redaction",  # the errors mask what they show
    f"{NAME}._retries",  # the exceptions read Retry-After with it
}
# The generated package of the receiver's own spec (the event's models), inside the SDK's.
WEBHOOK_MODELS = f"{NAME}._gen.transcript_webhook_client"


def _module_file(module: str) -> Path:
    relative = Path(*module.split(".")[1:])
    package = PACKAGE / relative / "__init__.py"
    return package if package.exists() else (PACKAGE / relative).with_suffix(".py")


def _is_type_checking(node: ast.If) -> bool:
    return isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING"


def imports_at_run_time(module: str) -> set[str]:
    """The SDK's modules that ``module`` imports when it runs (not for type checkers)."""
    path = _module_file(module)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    pending: list[ast.AST] = list(ast.parse(path.read_text(encoding="utf-8")).body)
    while pending:
        node = pending.pop()
        if isinstance(node, ast.If) and _is_type_checking(node):
            pending.extend(node.orelse)
            continue
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
            target = f"{base}.{node.module}" if node.module else base
            if node.module:
                found.add(target)
            else:
                found.update(f"{target}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.ImportFrom | ast.Import):
            names = [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            names += [
                alias.name for alias in getattr(node, "names", []) if isinstance(node, ast.Import)
            ]
            found.update(name for name in names if name.startswith(NAME))
        else:
            pending.extend(ast.iter_child_nodes(node))
    return {name for name in found if _module_file(name).exists()}


def reached_from(start: set[str]) -> set[str]:
    reached: set[str] = set()
    pending = list(start)
    while pending:
        module = pending.pop()
        if module in reached:
            continue
        reached.add(module)
        pending.extend(imports_at_run_time(module))
    return reached


def test_the_receiver_reaches_no_module_of_the_client() -> None:
    receiver = {
        f"{NAME}._transcripts.{path.stem}"
        for path in (PACKAGE / "_transcripts").glob("_*.py")
        if path.stem != "__init__"
    } | {f"{NAME}._transcripts", f"{NAME}.testing"}
    reached = reached_from(receiver)
    outside = {
        module
        for module in reached - NEUTRAL
        if not module.startswith((f"{NAME}._transcripts", WEBHOOK_MODELS))
    }
    assert outside == {f"{NAME}.testing"}
    assert f"{NAME}._transcripts._verify" in reached
    assert f"{WEBHOOK_MODELS}.models.transcript_event" in reached


def test_the_graph_sees_an_import_of_the_client() -> None:
    # The walk itself: the client's module imports what a receiver must not, also through
    # the generated API's modules, which the adapter loads only when the clients ask.
    assert f"{NAME}._config" in reached_from({f"{NAME}._client"})
    assert f"{NAME}._methods" in reached_from({f"{NAME}._gen.mg_autotranscribe_client.api"})
    assert f"{NAME}._gen.mg_autotranscribe_client.api" not in reached_from({f"{NAME}._generated"})
    assert f"{NAME}._header_text" in imports_at_run_time(f"{NAME}._config")
