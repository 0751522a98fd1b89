#!/bin/sh
# What `make coverage` gives the suites as $HUBDESK: the instrumented
# binary ($HUBDESK_COVERED) run in this process's place, so a test that
# signals or waits for "hubdesk" still reaches it.
#
# A test of a full disk caps the size of files (ulimit -f). The binary's
# counts, written at its exit into files shared by every run, would then be
# cut short, and every later run would fail to add to them: such a run
# writes its counts under build/coverage-capped instead, which the report
# leaves out.
: "${HUBDESK_COVERED:?set HUBDESK_COVERED to the instrumented hubdesk}"
if [ "$(ulimit -f)" != unlimited ]; then
	GCOV_PREFIX=$(cd "$(dirname "$0")/.." && pwd)/build/coverage-capped
	GCOV_ERROR_FILE=$GCOV_PREFIX/gcov-errors.log # capped too: its lines cut short
	export GCOV_PREFIX GCOV_ERROR_FILE
fi
exec "$HUBDESK_COVERED" "$@"
