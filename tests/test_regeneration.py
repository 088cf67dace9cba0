"""The generated client follows the spec, and the overlay survives a regeneration.

In a copy of the project (no .venv, mock/node_modules or .git; the copy's .venv is a symlink
to this one, which scripts/generate.sh puts on PATH), an optional ``region`` property is
added to the stream URL's 200 response; ``scripts/generate.sh generated`` must then change
exactly the model of that response, the new field must be an attribute of the generated
model, and the copy's unit tests must pass on the copy's own packages.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

pytestmark = pytest.mark.contract

REPO_ROOT = Path(__file__).resolve().parents[1]
SPEC = Path("api-specs") / "mg-autotranscribe.yaml"
PACKAGE = Path("generated") / "mg_autotranscribe_client"
STREAM_URL_MODEL = PACKAGE / "models" / "twilio_media_stream_url.py"
STREAM_URL_PATH = "/mg-autotranscribe/v1/twilio-media-stream-url"

GENERATE_TIMEOUT = 60.0
IMPORT_TIMEOUT = 30.0
UNIT_TESTS_TIMEOUT = 300.0  # the whole unit suite runs again in the copy

_NOT_COPIED = {
    ".venv",
    ".git",
    "node_modules",
    ".mypy_cache",
    ".pytest_cache",
    ".ruff_cache",
    ".hypothesis",
    ".coverage",
    "__pycache__",
}
# This suite's own files under tests/, whether committed yet or not.
_OURS = ("tests/test_spec_contract.py", "tests/test_regeneration.py", "tests/contract/")


def _others_work_in_progress() -> set[Path]:
    """Untracked files under tests/ that are not this suite's: other people's work in
    progress (tests/bench, tests/fault, ...), whose state this test must not depend on."""
    result = subprocess.run(
        ["git", "ls-files", "--others", "--exclude-standard", "--directory", "--", "tests"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    return {REPO_ROOT / name for name in result.stdout.splitlines() if not name.startswith(_OURS)}


def _ignore_for_copy() -> Callable[[str, list[str]], set[str]]:
    skipped = _others_work_in_progress()

    def ignore(folder: str, names: list[str]) -> set[str]:
        return _NOT_COPIED.intersection(names) | {
            name for name in names if Path(folder, name) in skipped
        }

    return ignore


def _tree_digest(folder: Path) -> dict[str, str]:
    """SHA-256 of every file under ``folder`` (caches left out), by relative path."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def _run(
    command: list[str], cwd: Path, timeout: float, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``command``; fail the test with its output if it fails or times out."""
    try:
        result = subprocess.run(
            command,
            cwd=cwd,
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired as expired:
        pytest.fail(f"{command} did not finish within {timeout:.0f} s: {expired.output!r}")
    if result.returncode != 0:
        pytest.fail(
            f"{command} exited {result.returncode}\n--- stdout\n{result.stdout[-4000:]}"
            f"\n--- stderr\n{result.stderr[-4000:]}"
        )
    return result


def _copy_env(copy: Path) -> dict[str, str]:
    """An environment importing the copy's packages (before the editable install's)."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTEST_", "COV_", "ASAPP_", "CONTRACT_"))
    }
    env["PYTHONPATH"] = os.pathsep.join([str(copy / "generated"), str(copy / "overlays")])
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def _add_region(spec_path: Path) -> None:
    spec: dict[str, Any] = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    response = spec["paths"][STREAM_URL_PATH]["get"]["responses"]["200"]
    properties = response["content"]["application/json"]["schema"]["properties"]
    assert "region" not in properties
    properties["region"] = {
        "description": "Region of the media gateway serving the URL",
        "type": "string",
        "example": "us-east-1",
    }
    spec_path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")


@dataclass(frozen=True)
class Regenerated:
    """The copy, and the digests of its generated package before regeneration."""

    root: Path
    before: dict[str, str]

    @property
    def python(self) -> str:
        """The copy's interpreter (through its .venv symlink)."""
        return str(self.root / ".venv" / "bin" / "python")


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> Regenerated:
    """The project copied, its .venv a symlink to this one, its spec given ``region``, and
    ``scripts/generate.sh generated`` run in it."""
    root = tmp_path_factory.mktemp("regeneration") / "project"
    shutil.copytree(REPO_ROOT, root, ignore=_ignore_for_copy(), symlinks=True)
    (root / ".venv").symlink_to(REPO_ROOT / ".venv", target_is_directory=True)
    before = _tree_digest(root / PACKAGE)
    _add_region(root / SPEC)
    _run(["scripts/generate.sh", "generated"], cwd=root, timeout=GENERATE_TIMEOUT)
    return Regenerated(root, before)


def test_regeneration_reaches_the_new_field(regenerated: Regenerated) -> None:
    copy, before = regenerated.root, regenerated.before
    assert before == _tree_digest(REPO_ROOT / PACKAGE), "the copy started from generated/"
    after = _tree_digest(copy / PACKAGE)
    changed = {path for path in before.keys() | after.keys() if before.get(path) != after.get(path)}
    assert changed == {str(STREAM_URL_MODEL.relative_to(PACKAGE))}
    assert "region" in (copy / STREAM_URL_MODEL).read_text(encoding="utf-8")

    probe = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path

        import asapp_mg_autotranscribe
        import mg_autotranscribe_client
        from mg_autotranscribe_client.models.twilio_media_stream_url import TwilioMediaStreamUrl
        from mg_autotranscribe_client.types import UNSET

        copy = Path({str(copy)!r}).resolve()
        for module in (asapp_mg_autotranscribe, mg_autotranscribe_client):
            assert Path(module.__file__).resolve().is_relative_to(copy), module.__file__
        model = TwilioMediaStreamUrl.from_dict({{"streamingUrl": "wss://x", "region": "eu-1"}})
        assert model.region == "eu-1", model
        assert model.additional_properties == {{}}
        assert model.to_dict() == {{"streamingUrl": "wss://x", "region": "eu-1"}}
        assert TwilioMediaStreamUrl.from_dict({{"streamingUrl": "wss://x"}}).region is UNSET
        print(mg_autotranscribe_client.__file__)
        """
    )
    result = _run(
        [regenerated.python, "-c", probe], cwd=copy, timeout=IMPORT_TIMEOUT, env=_copy_env(copy)
    )
    assert result.stdout.strip().startswith(str(copy.resolve()))


def test_the_overlay_unit_tests_pass_on_the_regenerated_client(regenerated: Regenerated) -> None:
    copy = regenerated.root
    # pytest runs in the process that checked where the packages come from.
    runner = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path

        import pytest

        import asapp_mg_autotranscribe
        import mg_autotranscribe_client

        copy = Path({str(copy)!r}).resolve()
        for module in (asapp_mg_autotranscribe, mg_autotranscribe_client):
            assert Path(module.__file__).resolve().is_relative_to(copy), module.__file__
        sys.exit(
            pytest.main(
                [
                    "tests",
                    "-m",
                    "not contract",
                    "-p",
                    "no:cacheprovider",
                    "-q",
                    "--ignore=tests/bench",
                    "--ignore=tests/contract",
                ]
            )
        )
        """
    )
    result = _run(
        [regenerated.python, "-c", runner],
        cwd=copy,
        timeout=UNIT_TESTS_TIMEOUT,
        env=_copy_env(copy),
    )
    assert " passed" in result.stdout
    assert " failed" not in result.stdout
