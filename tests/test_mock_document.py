"""The one document ``make mock`` serves: ASAPP's two specs merged, each operation as its own
spec states it, and documents that disagree refused by name."""

from __future__ import annotations

import copy
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate
from spec_document import CONVERSATIONS_SPEC_PATH, REPO_ROOT, load_spec

sys.path.insert(0, str(REPO_ROOT / "scripts"))
from prism_mock import ASAPP_SPECS, MergeError, merged_document  # found through the path above

MEDIA_GATEWAY_SPEC_PATH = REPO_ROOT / "api-specs" / "mg-autotranscribe.yaml"
HTTP_METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}


def _write(folder: Path, name: str, document: dict[str, Any]) -> Path:
    path = folder / name
    path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    return path


def _document(path: str, *, security: list[dict[str, list[str]]] | None = None) -> dict[str, Any]:
    document: dict[str, Any] = {
        "openapi": "3.0.1",
        "info": {"title": path, "version": "1"},
        "paths": {
            path: {
                "get": {"operationId": path.strip("/"), "responses": {"200": {"description": "ok"}}}
            }
        },
        "components": {
            "securitySchemes": {"Key": {"type": "apiKey", "in": "header", "name": "key"}}
        },
    }
    if security is not None:
        document["security"] = security
    return document


def test_asapp_specs_are_the_two_vendored_ones() -> None:
    assert ASAPP_SPECS == (MEDIA_GATEWAY_SPEC_PATH, CONVERSATIONS_SPEC_PATH)


def test_every_operation_is_served_as_its_own_spec_states_it() -> None:
    merged = merged_document(ASAPP_SPECS)
    validate(merged)
    served = 0
    for spec_path in ASAPP_SPECS:
        spec = load_spec(spec_path)
        for path, path_item in spec["paths"].items():
            expected = copy.deepcopy(path_item)
            for method, operation in expected.items():
                if method in HTTP_METHODS:
                    operation.setdefault("security", spec["security"])
                    served += 1
            assert merged["paths"][path] == expected
        for section, entries in spec["components"].items():
            for name, value in entries.items():
                assert merged["components"][section][name] == value
    assert served == sum(
        method in HTTP_METHODS for path_item in merged["paths"].values() for method in path_item
    )
    assert "security" not in merged


def test_an_operation_keeps_its_own_security(tmp_path: Path) -> None:
    own = _document("/own", security=[{"Key": []}])
    own["paths"]["/own"]["get"]["security"] = []
    open_one = _document("/open")
    merged = merged_document(
        [_write(tmp_path, "a.yaml", own), _write(tmp_path, "b.yaml", open_one)]
    )
    assert merged["paths"]["/own"]["get"]["security"] == []
    assert "security" not in merged["paths"]["/open"]["get"]


def test_two_documents_with_one_path_are_refused(tmp_path: Path) -> None:
    first = _write(tmp_path, "first.yaml", _document("/same"))
    second = _write(tmp_path, "second.yaml", _document("/same"))
    with pytest.raises(
        MergeError, match=r"second\.yaml and another document both define the path /same"
    ):
        merged_document([first, second])


def test_one_component_defined_two_ways_is_refused(tmp_path: Path) -> None:
    other = _document("/b")
    other["components"]["securitySchemes"]["Key"]["name"] = "another-key"
    documents = [_write(tmp_path, "a.yaml", _document("/a")), _write(tmp_path, "b.yaml", other)]
    with pytest.raises(MergeError, match="define components/securitySchemes/Key differently"):
        merged_document(documents)


def test_another_openapi_version_is_refused(tmp_path: Path) -> None:
    newer = _document("/b")
    newer["openapi"] = "3.1.0"
    documents = [_write(tmp_path, "a.yaml", _document("/a")), _write(tmp_path, "b.yaml", newer)]
    with pytest.raises(MergeError, match=r"b\.yaml is OpenAPI 3\.1\.0, a\.yaml is 3\.0\.1"):
        merged_document(documents)


def test_a_file_that_is_not_an_openapi_document_is_refused(tmp_path: Path) -> None:
    stray = tmp_path / "notes.yaml"
    stray.write_text("- a list\n", encoding="utf-8")
    with pytest.raises(MergeError, match="is not an OpenAPI document"):
        merged_document([stray])
