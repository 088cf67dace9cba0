"""api.md lists every public method, argument, result and error as the code has them."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import asapp_mg_autotranscribe as sdk

REPO_ROOT = Path(__file__).resolve().parents[1]


def _render() -> str:
    sys.path.insert(0, str(REPO_ROOT / "scripts"))
    try:
        reference = importlib.import_module("api_reference")
    finally:
        sys.path.remove(str(REPO_ROOT / "scripts"))
    text: str = reference.render(REPO_ROOT)
    return text


def test_api_md_is_what_the_code_says() -> None:
    written = (REPO_ROOT / "api.md").read_text(encoding="utf-8")
    assert written == _render(), "api.md is out of date: run `make api-md`"


def test_api_md_names_every_public_name_and_method() -> None:
    text = (REPO_ROOT / "api.md").read_text(encoding="utf-8")
    for name in sdk.__all__:
        assert f"`{name}" in text, name
    for name in dir(sdk.AutoTranscribeClient):
        if not name.startswith("_"):
            assert name in text, name


def test_api_md_names_the_public_modules_and_their_names() -> None:
    from asapp_mg_autotranscribe import redis, testing

    text = (REPO_ROOT / "api.md").read_text(encoding="utf-8")
    for module in (redis, testing):
        assert f"## `{module.__name__}`" in text, module.__name__
        for name in module.__all__:
            assert f"### `{name}`" in text, name
