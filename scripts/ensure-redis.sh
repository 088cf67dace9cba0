#!/usr/bin/env bash
# Redis 7 or later on the PATH (redis-server, redis-cli): the fleet tests start their own
# servers from it. Installs Debian's redis-server and redis-tools when missing and allowed
# (root with apt-get, as in CI); otherwise says what to install.
set -euo pipefail

if ! command -v redis-server >/dev/null || ! command -v redis-cli >/dev/null; then
    if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
        echo "Installing redis-server and redis-tools (Debian packages)..."
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
            redis-server redis-tools >/dev/null
    else
        echo "The tests need Redis 7 or later: install redis-server and redis-cli" >&2
        echo "(Debian/Ubuntu: sudo apt-get install redis-server redis-tools;" >&2
        echo " macOS: brew install redis), then run make again." >&2
        exit 1
    fi
fi

version=$(redis-server --version | sed -n 's/.*v=\([0-9]*\)\..*/\1/p')
if [[ -z $version || $version -lt 7 ]]; then
    echo "The tests need Redis 7 or later; found: $(redis-server --version)" >&2
    exit 1
fi
