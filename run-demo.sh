#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds (Release) into build/, starts cupi-sim on a free loopback port
# with demo data, opens Handler Desk connected to it, and stops the simulator when the app exits.
# Extra arguments go to cupi-sim, e.g.  ./run-demo.sh --handlers 40000
set -euo pipefail
cd "$(dirname "$0")"

scripts/install-deps.sh

cmake --preset release >/dev/null
cmake --build --preset release --target cupi-sim handlerdesk handlerctl

state_dir="${XDG_STATE_HOME:-$HOME/.local/state}/handlerdesk"
mkdir -p "$state_dir"
log="$state_dir/cupi-sim.log"

# The demo keeps its edits between runs unless the caller chooses otherwise.
args=("$@")
if [[ " ${args[*]-} " != *" --state "* ]]; then
    args+=(--state "$state_dir/demo-state.json")
fi

build/tests/cupisim/cupi-sim --listen 127.0.0.1:0 "${args[@]}" >"$log.out" 2>"$log" &
sim_pid=$!
trap 'kill "$sim_pid" 2>/dev/null || true; wait "$sim_pid" 2>/dev/null || true' EXIT

url=""
for _ in $(seq 1 300); do
    url=$(sed -n 's/^cupi-sim listening on \(https\?:\/\/[^ ]*\).*/\1/p' "$log.out" | head -n 1)
    [ -n "$url" ] && break
    if ! kill -0 "$sim_pid" 2>/dev/null; then
        echo "cupi-sim failed to start; its log:" >&2
        cat "$log" >&2
        exit 1
    fi
    sleep 0.1
done
if [ -z "$url" ]; then
    echo "cupi-sim did not report its address within 30 s (log: $log)" >&2
    exit 1
fi
echo "cupi-sim is serving the demo data at $url (log: $log)"

# The simulator's certificate is self-signed: pin exactly its fingerprint for this run.
fingerprint=$(sed -n 's/^certificate sha256 \([0-9A-Fa-f:]*\).*/\1/p' "$log.out" | head -n 1)
app_args=(--server "$url" --user admin)
if [ -n "$fingerprint" ]; then
    app_args+=(--trust-fingerprint "$fingerprint")
fi
HANDLERDESK_PASSWORD=admin build/app/handlerdesk "${app_args[@]}"
