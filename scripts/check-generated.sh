#!/usr/bin/env bash
# Fail when generated/ differs from what the vendored specs, the generator configurations and
# generator-templates/ produce.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/fresh"

"$root/scripts/generate.sh" "$work/fresh" 2>"$work/notes.txt" || { cat "$work/notes.txt" >&2; exit 1; }
if diff -r -q -x __pycache__ -x .mypy_cache "$work/fresh" "$root/generated" >"$work/drift.txt"; then
  echo "generated/ matches the specs."
  exit 0
fi
echo "generated/ is out of date with api-specs/, the generator configurations or generator-templates/:" >&2
sed -e "s|$work/fresh/||g" -e "s|$root/||g" -e 's/^/  /' "$work/drift.txt" >&2
echo "Run 'make regenerate' and commit the result." >&2
exit 1
