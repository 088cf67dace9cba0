"""Write api.md: every public name of the SDK and of its public modules (``redis``,
``testing``), each method with its arguments, result and errors, read from the code itself
(so it cannot drift from it).

The methods of the operations come from the specs (each generated package's api module);
where each argument goes in the request is the record of the last generation
(generated/PACKAGE/sdk_names.json), the errors a call may raise are the statuses its
operation documents (the generated registry) and what the SDK makes of the answer (its
Answer). ``make regenerate`` runs this after generating; ``make api-md`` alone; the tests
fail when api.md is not what this writes.

Usage: ``python scripts/api_reference.py [ROOT]`` writes ROOT/api.md (ROOT: this
repository, whose overlays/ it imports the SDK from).
"""

from __future__ import annotations

import functools
import importlib
import inspect
import json
import pkgutil
import sys
import typing
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]

__all__ = ["main", "render"]

HEADER = """\
# API reference

Every public name of `asapp_mg_autotranscribe` and of its public modules, written from the code by
`scripts/api_reference.py` (`make api-md`; `make regenerate` runs it too). The methods of
the operations, their arguments and their docstrings come from ASAPP's specs through the
generator; a test fails when this file is not what the code says.
"""


def _first_paragraph(obj: object) -> str:
    doc = inspect.getdoc(obj) or ""
    paragraph = doc.split("\n\n", 1)[0]
    return " ".join(paragraph.split())


def _annotation(annotation: object) -> str:
    if annotation is inspect.Parameter.empty:
        return ""
    if isinstance(annotation, str):
        return annotation
    return inspect.formatannotation(annotation)


def _signature(
    function: Callable[..., Any], *, skip_self: bool = True, options: frozenset[str] = frozenset()
) -> str:
    """``(a: T, *, b: T | None = None, **options)``: the annotations as written, the
    per-request ``options`` shown as ``**options``."""
    signature = inspect.signature(function)
    parameters = list(signature.parameters.values())
    if skip_self and parameters and parameters[0].name in ("self", "cls"):
        parameters = parameters[1:]
    shown = []
    star = False
    for parameter in parameters:
        if parameter.name in options:
            continue
        if parameter.kind is inspect.Parameter.KEYWORD_ONLY and not star:
            shown.append("*")
            star = True
        if parameter.kind is inspect.Parameter.VAR_KEYWORD:
            shown.append(f"**{parameter.name}")
            continue
        text = parameter.name
        annotation = _annotation(parameter.annotation)
        if annotation:
            text += f": {annotation}"
        if parameter.default is not inspect.Parameter.empty:
            default = getattr(parameter.default, "__name__", None) or repr(parameter.default)
            text += f" = {default}" if annotation else f"={default}"
        shown.append(text)
    if options:
        shown.append("**options")
    return f"({', '.join(shown)})"


def _cell(text: str) -> str:
    return text.replace("|", "\\|") or " "


class _Reference:
    """What api.md is made of: the SDK, its generated registry and its names."""

    def __init__(self, root: Path) -> None:
        self.sdk = importlib.import_module("asapp_mg_autotranscribe")
        self.generated = importlib.import_module("asapp_mg_autotranscribe._generated")
        self.exceptions = importlib.import_module("asapp_mg_autotranscribe._exceptions")
        self.options = importlib.import_module("asapp_mg_autotranscribe._options")
        self.operations = self.generated.operations()
        # Per method name: (operationId, where each argument goes), of the last generation.
        self.records: dict[str, tuple[str, dict[str, str]]] = {}
        self.answers: dict[tuple[str, str], str] = {}
        for record_path in sorted((root / "generated").glob("*/sdk_names.json")):
            record = json.loads(record_path.read_text(encoding="utf-8"))
            for operation in record["operations"].values():
                places = {
                    argument["name"]: f"{argument['in']} `{argument['path']}`"
                    for argument in operation["arguments"]
                }
                self.records[operation["method"]] = (operation["operation_id"], places)
                if operation["answer"]:
                    self.answers[tuple(operation["answer"])] = operation["operation_id"]

    # --- the clients ---------------------------------------------------------------------

    def methods(self) -> Iterator[str]:
        client = self.sdk.AutoTranscribeClient
        for name, method in inspect.getmembers(client, inspect.isfunction):
            if name.startswith("_") or not hasattr(method, "answer"):
                continue
            yield from self.method(name, method)

    def method(self, name: str, method: Any) -> Iterator[str]:
        answer = method.answer
        operation_id, places = self.records.get(name) or (self._operation_of(answer), {})
        operation = self.operations[operation_id]
        result = self._result(answer, operation)
        option_names = self.options.RequestOptions.__optional_keys__
        yield f"### `{name}`"
        yield ""
        yield f"`client.{name}{_signature(method, options=option_names)} -> {result}`"
        yield ""
        yield _first_paragraph(method)
        yield ""
        retried = (
            "retried after any failure"
            if operation.retry_safe
            else "retried only when it was certainly not processed"
        )
        yield f"Operation `{operation_id}`: `{operation.http_method} {operation.path}` ({retried})."
        yield ""
        parameters = [
            parameter
            for parameter in list(inspect.signature(method).parameters.values())[1:]
            if parameter.name not in option_names
        ]
        if parameters:
            yield "| Argument | Type | Default | In the request |"
            yield "|---|---|---|---|"
            for parameter in parameters:
                default = (
                    "required"
                    if parameter.default is inspect.Parameter.empty
                    else repr(parameter.default)
                )
                yield (
                    f"| `{parameter.name}` | {_cell(_annotation(parameter.annotation))} | "
                    f"{_cell(default)} | {_cell(places.get(parameter.name, ''))} |"
                )
            yield ""
        yield "And the per-request options. " + self._raises(answer, operation)
        yield ""
        yield (
            f"`client.with_raw_response.{name}(...)` takes the same and returns a "
            f"`RawResponse` (`.parse()` gives the `{result}`, `.model` the generated model)."
        )
        yield ""

    def _operation_of(self, answer: Any) -> str:
        for (module, name), operation_id in self.answers.items():
            package = importlib.import_module(f"asapp_mg_autotranscribe.{module}")
            if getattr(package, name) is answer:
                return operation_id
        raise LookupError(f"no operation answers with {answer!r}")

    def _result(self, answer: Any, operation: Any) -> str:
        for (module, name), _ in self.answers.items():
            package = importlib.import_module(f"asapp_mg_autotranscribe.{module}")
            if getattr(package, name) is answer:
                declared = str(package.__annotations__[name])
                return _first_type_argument(declared)
        reference = operation.response_models.get("200") or next(
            model for status, model in operation.response_models.items() if status[0] == "2"
        )
        return reference.partition(":")[2]

    def _raises(self, answer: Any, operation: Any) -> str:
        errors = ["`InvalidRequestError` (bad arguments, before anything is sent)"]
        statuses = []
        for status in operation.response_models:
            if status[0] == "2":
                continue
            if status == "default":
                statuses.append("any other status: `APIStatusError`, 5xx `InternalServerError`")
                continue
            cls = self.exceptions.status_error_class(int(status.replace("X", "0")))
            statuses.append(f"{status} `{cls.__name__}`")
        errors.append("for the documented statuses " + "; ".join(statuses))
        errors.append("`APIConnectionError`, `APITimeoutError` (no answer, or the deadline)")
        errors.append("`InvalidResponseError` (a 2xx the SDK cannot read)")
        errors += [f"`{error.__name__}`" for error in answer.raises]
        return "Raises " + ", ".join(errors) + "."

    # --- everything else -------------------------------------------------------------------

    def public_names(self) -> Iterator[str]:
        skip = {"AutoTranscribeClient", "AsyncAutoTranscribeClient"}
        base_error = self.sdk.ASAPPError
        for name in sorted(self.sdk.__all__, key=str.lower):
            value = getattr(self.sdk, name)
            if name in skip or (isinstance(value, type) and issubclass(value, base_error)):
                continue
            yield from self.public_name(name, value)

    def public_name(self, name: str, value: Any) -> Iterator[str]:
        yield f"### `{name}`"
        yield ""
        if typing.get_origin(value) is typing.Literal:
            yield "One of " + ", ".join(f"`{item!r}`" for item in typing.get_args(value)) + "."
            yield ""
            return
        if isinstance(value, type) and typing.is_typeddict(value):
            yield _first_paragraph(value)
            yield ""
            yield "| Key | Type |"
            yield "|---|---|"
            for key, annotation in value.__annotations__.items():
                shown = getattr(annotation, "__forward_arg__", None) or _annotation(annotation)
                yield f"| `{key}` | {_cell(shown)} |"
            yield ""
            return
        if isinstance(value, type):
            init = value.__dict__.get("__init__")
            shown = _signature(init) if init is not None else ""
            yield f"`{name}{shown}`"
            yield ""
            yield _first_paragraph(value)
            yield ""
            options = self.options.RequestOptions.__optional_keys__
            members = sorted(_members(value))
            for member, attribute in members:
                if isinstance(attribute, property | functools.cached_property):
                    yield f"- `.{member}`: {_first_paragraph(attribute)}"
                else:
                    function = getattr(attribute, "__func__", attribute)
                    shown = _signature(
                        function, options=options if hasattr(function, "answer") else frozenset()
                    )
                    yield f"- `.{member}{shown}`: {_first_paragraph(function)}"
            if members:
                yield ""
            return
        if callable(value):
            yield f"`{name}{_signature(value, skip_self=False)}`"
            yield ""
            yield _first_paragraph(value)
            yield ""
            return
        yield f"`{name} = {value!r}`"
        yield ""

    def public_modules(self) -> Iterator[Any]:
        """The SDK's public modules besides the package itself (``redis``, ``testing``)."""
        for module in pkgutil.iter_modules(self.sdk.__path__):
            if not module.name.startswith("_"):
                yield importlib.import_module(f"{self.sdk.__name__}.{module.name}")

    def errors(self) -> Iterator[str]:
        statuses = {cls: code for code, cls in self.exceptions._STATUS_ERRORS.items()}

        def walk(cls: type, depth: int) -> Iterator[str]:
            status = f" ({statuses[cls]})" if cls in statuses else ""
            yield f"{'  ' * depth}- `{cls.__name__}`{status}: {_first_paragraph(cls)}"
            public = [
                getattr(self.sdk, name)
                for name in self.sdk.__all__
                if isinstance(getattr(self.sdk, name), type)
            ]
            for child in sorted(
                (sub for sub in cls.__subclasses__() if sub in public), key=lambda c: c.__name__
            ):
                yield from walk(child, depth + 1)

        yield from walk(self.sdk.ASAPPError, 0)
        yield ""


def _members(cls: type) -> Iterator[tuple[str, Any]]:
    """The public methods and properties of ``cls`` (and of its bases in the SDK), by name."""
    seen = set()
    for owner in cls.__mro__:
        if not owner.__module__.startswith("asapp_mg_autotranscribe"):
            continue
        for name, attribute in vars(owner).items():
            if name.startswith("_") or name in seen:
                continue
            if isinstance(attribute, property | functools.cached_property) or callable(attribute):
                seen.add(name)
                yield name, attribute


def _first_type_argument(declared: str) -> str:
    """``A`` of ``Answer[A, M]``."""
    inner = declared[declared.index("[") + 1 : declared.rindex("]")]
    depth = 0
    for index, char in enumerate(inner):
        depth += char == "["
        depth -= char == "]"
        if char == "," and depth == 0:
            return inner[:index].strip()
    return inner.strip()


def render(root: Path = ROOT) -> str:
    """api.md, for the SDK in ``root``."""
    reference = _Reference(root)
    sdk = reference.sdk
    lines = [HEADER]
    lines.append("## Clients")
    lines.append("")
    for client in (sdk.AutoTranscribeClient, sdk.AsyncAutoTranscribeClient):
        lines.append(f"### `{client.__name__}`")
        lines.append("")
        lines.append(f"`{client.__name__}{_signature(client.__init__)}`")
        lines.append("")
        lines.append(_first_paragraph(client))
        lines.append("")
    lines.append(
        "Both clients have the methods below (the async client's are coroutines), and "
        "`with_options(...)`, `with_raw_response`, `close()`; `base_url`, `timeout`, "
        "`max_retries`, `deadline`."
    )
    lines.append("")
    lines.append("## Methods")
    lines.append("")
    lines += list(reference.methods())
    lines.append("## Per-request options")
    lines.append("")
    lines.append(_first_paragraph(sdk.RequestOptions))
    lines.append("")
    lines.append("| Option | Type |")
    lines.append("|---|---|")
    for key, annotation in sdk.RequestOptions.__annotations__.items():
        shown = getattr(annotation, "__forward_arg__", None) or _annotation(annotation)
        lines.append(f"| `{key}` | {_cell(shown)} |")
    lines.append("")
    lines.append("## Errors")
    lines.append("")
    lines += list(reference.errors())
    lines.append("## Other public names")
    lines.append("")
    lines += list(reference.public_names())
    for module in reference.public_modules():
        lines.append(f"## `{module.__name__}`")
        lines.append("")
        lines.append(_first_paragraph(module))
        lines.append("")
        for name in sorted(module.__all__, key=str.lower):
            lines += list(reference.public_name(name, getattr(module, name)))
    return "\n".join(lines).rstrip() + "\n"


def main(argv: list[str]) -> int:
    """Command line: [ROOT]."""
    root = Path(argv[0]).resolve() if argv else ROOT
    sys.path.insert(0, str(root / "overlays"))
    (root / "api.md").write_text(render(root), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
