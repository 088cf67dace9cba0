"""The built wheel carries the generated transcript model, and an installed SDK reads
ASAPP's message with it."""

from __future__ import annotations

import json
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

from .samples import DOCUMENTED, documented_examples

ROOT = Path(__file__).resolve().parents[2]


def test_the_wheel_reads_asapps_message_in_a_fresh_venv(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = tmp_path.glob("asapp_mg_autotranscribe-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    for required in (
        "asapp_mg_autotranscribe/_transcripts/_webhook.py",
        "transcript_webhook_client/__init__.py",
        "transcript_webhook_client/py.typed",
        "transcript_webhook_client/models/transcript_event.py",
    ):
        assert required in names

    target = tmp_path / "venv"
    venv.create(target, with_pip=True)
    python = str(target / "bin" / "python")
    install = subprocess.run(
        [python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", str(wheel)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert install.returncode == 0, install.stderr
    probe = (
        "import sys, asapp_mg_autotranscribe as a\n"
        "assert 'site-packages' in a.__file__, a.__file__\n"
        "event = a.parse_transcript_event(sys.stdin.buffer.read())\n"
        "print(event.sender_external_id, event.start_ms, event.end_ms)\n"
    )
    result = subprocess.run(
        [python, "-I", "-c", probe],
        input=json.dumps(documented_examples()["agent"]).encode(),
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode()
    agent = DOCUMENTED["agent"]
    assert result.stdout.decode().split() == [
        agent["sender_external_id"],
        str(agent["start_ms"]),
        str(agent["end_ms"]),
    ]
