#!/usr/bin/env bash
# Generate the clients of the vendored specs into OUT_DIR (one package per spec), or only the
# packages named (scripts/specs.txt lists the specs, their configurations and packages).
# Used by `make regenerate` (into generated/) and `make check-generated` (into a temp dir).
# The specs go through scripts/prepare_spec.py first (a temporary copy of each, without the
# operations sdk-names.yaml leaves out and the components no kept operation uses, and the
# SDK's names of its operations, arguments and types), then each through
# openapi-python-client with its configuration and the templates in generator-templates/
# (with the names beside them, as sdk_names.jinja).
set -euo pipefail
usage="usage: scripts/generate.sh OUT_DIR [PACKAGE ...]"
out_dir=${1:?$usage}
shift
root=$(cd "$(dirname "$0")/.." && pwd)
venv_bin="$root/.venv/bin"

entries=()
packages=()
while read -r spec config package; do
  entries+=("$spec $config $package")
  packages+=("$package")
done < <(grep -v -e '^#' -e '^[[:space:]]*$' "$root/scripts/specs.txt")

wanted=("$@")
for name in "${wanted[@]}"; do
  if ! printf '%s\n' "${packages[@]}" | grep -qxF -- "$name"; then
    echo "$usage" >&2
    echo "unknown package '$name' (scripts/specs.txt lists: ${packages[*]})" >&2
    exit 2
  fi
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$venv_bin/python" "$root/scripts/prepare_spec.py" "$root" "$work" "${wanted[@]}"

for entry in "${entries[@]}"; do
  read -r spec config package <<<"$entry"
  if ((${#wanted[@]})) && ! printf '%s\n' "${wanted[@]}" | grep -qxF -- "$package"; then
    continue
  fi
  prepared="$work/$package.json"
  templates="$work/templates-$package"
  cp -R "$root/generator-templates" "$templates"
  cp "$work/$package.names.jinja" "$templates/sdk_names.jinja"

  # The generator runs its post_hooks with whatever `ruff` is first on PATH: make it ours.
  # It also runs them inside the output folder; a folder outside the repository keeps
  # any enclosing configuration out (the hooks also pass --isolated).
  if ! PATH="$venv_bin:$PATH" "$venv_bin/openapi-python-client" generate \
    --path "$prepared" \
    --config "$root/$config" \
    --custom-template-path "$templates" \
    --meta none \
    --output-path "$work/$package" \
    --fail-on-warning >"$work/$package.log" 2>&1; then
    echo "generating $package from api-specs/$spec failed:" >&2
    sed 's/^/  /' "$work/$package.log" >&2
    exit 1
  fi

  # `--meta none` writes no py.typed marker; the package is typed.
  : >"$work/$package/py.typed"
  # The SDK's names this generation was given, which the next one is compared with.
  cp "$work/$package.sdk_names.json" "$work/$package/sdk_names.json"

  mkdir -p "$out_dir"
  rm -rf "${out_dir:?}/$package"
  mv "$work/$package" "$out_dir/$package"
done
