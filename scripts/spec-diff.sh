#!/usr/bin/env bash
# What each vendored spec in the working tree changes for SDK users, against the committed
# one (`git show HEAD:api-specs/<file>`; a spec new to git against an empty document), with
# the notes the generation will give (scripts/spec_diff.py). Used by `make spec-diff` and
# `make regenerate`; prints, never fails on what it finds.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
python="$root/.venv/bin/python"

if ! git -C "$root" rev-parse --verify --quiet HEAD >/dev/null; then
  echo "spec-diff: no committed history to compare api-specs/ with"
  exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

while read -r spec config _package; do
  committed="$work/$spec"
  if git -C "$root" cat-file -e "HEAD:api-specs/$spec" 2>/dev/null; then
    git -C "$root" show "HEAD:api-specs/$spec" >"$committed"
    against="HEAD"
  else
    : >"$committed"
    against="nothing (new to git)"
  fi
  echo "api-specs/$spec, against $against:"
  "$python" "$root/scripts/spec_diff.py" "$committed" "$root/api-specs/$spec" \
    --config "$root/$config" --names "$root/sdk-names.yaml" --spec "$spec" | sed 's/^/  /'
done < <(grep -v -e '^#' -e '^[[:space:]]*$' "$root/scripts/specs.txt")
