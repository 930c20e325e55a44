#!/usr/bin/env bash
# The nightly ingest for schedulers without a retry of their own (cron, a Kubernetes container):
# runs `planetl ingest DIR` and, while it exits 3 (another ingest holds the warehouse, or with --remote workers
# died with partitions unread: the next try resumes the run), waits and tries again.
# Every other exit code is passed on: 0 all good, 1 documents need the steward, 2 the job failed, 64 usage error.
#
#   PLANETL          the planetl command (default: the launcher beside this folder)
#   PLANETL_RETRIES  how many times to retry on 3 (default 6)
#   PLANETL_RETRY_WAIT  seconds between tries (default 600)
# The warehouse comes from the environment: PLANETL_DB_URL, PLANETL_DB_USER, PLANETL_DB_PASSWORD.
set -uo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PLANETL="${PLANETL:-$HERE/../planetl}"
RETRIES="${PLANETL_RETRIES:-6}"
WAIT="${PLANETL_RETRY_WAIT:-600}"
if [ $# -lt 1 ]; then
  echo "usage: nightly.sh DIR [planetl ingest options]" >&2
  exit 64
fi
attempt=0
while :; do
  "$PLANETL" ingest "$@"
  code=$?
  if [ "$code" -ne 3 ] || [ "$attempt" -ge "$RETRIES" ]; then
    exit "$code"
  fi
  attempt=$((attempt + 1))
  echo "nightly.sh: planetl exited 3 (retry later); retry $attempt of $RETRIES in ${WAIT}s" >&2
  sleep "$WAIT"
done
