#!/usr/bin/env bash
# Fail when generated/ differs from what the vendored spec and generator-config.yaml produce.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
fresh=$(mktemp -d)
trap 'rm -rf "$fresh"' EXIT

"$root/scripts/generate.sh" "$fresh"
if ! diff -r -q -x __pycache__ "$fresh/mg_autotranscribe_client" "$root/generated/mg_autotranscribe_client" >"$fresh/drift.txt"; then
  echo "generated/ is out of date with api-specs/ or generator-config.yaml:" >&2
  sed -e "s|$fresh/||g" -e "s|$root/||g" -e 's/^/  /' "$fresh/drift.txt" >&2
  echo "Run 'make regenerate' and commit the result." >&2
  exit 1
fi
echo "generated/ matches the spec."
