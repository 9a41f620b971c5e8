# Shared by the bench/*.sh scripts (sourced from the repository root).

# wait_ready URL [SECONDS]: waits until URL answers 2xx, at most SECONDS (120), or fails
wait_ready() {
  local url=$1 seconds=${2:-120}
  for _ in $(seq "$seconds"); do
    curl -sf -o /dev/null "$url" && return 0
    sleep 1
  done
  echo "not ready after $seconds s: $url" >&2
  return 1
}
