"""The running receiver against its spec (api-specs/transcript-webhook.yaml), by Schemathesis:
the example app in a uvicorn process on 127.0.0.1, every check (documented status codes, so
no redirect; content types; the Allow header; the token scheme, refused when missing;
valid events accepted, invalid ones refused), redirects not followed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from .samples import SECRET, SPEC_PATH
from .servers import UvicornProcess

RUN_SECONDS = 300.0


def test_the_running_receiver_conforms_to_its_spec(
    served_example: UvicornProcess, tmp_path: Path
) -> None:
    config = tmp_path / "schemathesis.toml"
    # The token from the environment, by the spec's security scheme's name: Schemathesis
    # knows it as the credential, and also sends requests without it.
    config.write_text('[auth.openapi.TranscriptToken]\napi_key = "${TRANSCRIPT_WEBHOOK_SECRET}"\n')
    command = [str(Path(sys.executable).with_name("schemathesis")), "--config-file", str(config)]
    command += ["run", str(SPEC_PATH), "--url", f"{served_example.base_url}/asapp"]
    command += ["--checks", "all", "--max-redirects", "0", "--max-examples", "50"]
    command += ["--seed", "20240611", "--workers", "1", "--no-color"]
    command += ["--generation-database", "none", "--request-timeout", "10"]
    completed = subprocess.run(
        command,
        cwd=tmp_path,
        env={"TRANSCRIPT_WEBHOOK_SECRET": SECRET, "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=RUN_SECONDS,
        check=False,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert "No issues found" in completed.stdout
    assert "Examples" in completed.stdout
    assert "Coverage" in completed.stdout
    assert SECRET not in served_example.log_text()
