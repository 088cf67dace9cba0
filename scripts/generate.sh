#!/usr/bin/env bash
# Generate the client from the vendored spec into OUT_DIR/mg_autotranscribe_client.
# Used by `make regenerate` (into generated/) and `make check-generated` (into a temp dir).
set -euo pipefail
out_dir=${1:?usage: scripts/generate.sh OUT_DIR}
root=$(cd "$(dirname "$0")/.." && pwd)
venv_bin="$root/.venv/bin"
package=mg_autotranscribe_client

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The generator runs its post_hooks with whatever `ruff` is first on PATH: make it ours.
# It also runs them inside the output folder; a folder outside the repository keeps
# any enclosing configuration out (the hooks also pass --isolated).
PATH="$venv_bin:$PATH" "$venv_bin/openapi-python-client" generate \
  --path "$root/api-specs/mg-autotranscribe.yaml" \
  --config "$root/generator-config.yaml" \
  --meta none \
  --output-path "$work/$package" \
  --fail-on-warning >/dev/null

# `--meta none` writes no py.typed marker; the package is typed.
: > "$work/$package/py.typed"

mkdir -p "$out_dir"
rm -rf "${out_dir:?}/$package"
mv "$work/$package" "$out_dir/$package"
