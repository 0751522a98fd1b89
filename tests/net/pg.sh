# A throwaway PostgreSQL for the network's tests, sourced by a suite:
# pg_start makes a cluster with initdb in a temporary folder and starts it
# with pg_ctl on a Unix socket there (no TCP port at all), pg_stop stops it
# and removes the folder. The server runs as the user running the tests, or,
# for root (which PostgreSQL refuses to run as), as the postgres user the
# Debian package makes. PG_CONN is the libpq connection string to use.

# pg_bin: the folder of initdb and pg_ctl (Debian keeps them off PATH).
pg_bin() {
	for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
		[ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && { echo "$d"; return 0; }
	done
	command -v initdb >/dev/null 2>&1 && { dirname "$(command -v initdb)"; return 0; }
	return 1
}

# psql: the client beside the server's own programs, run directly when it is
# there. Debian's psql on PATH is a Perl wrapper that picks a version
# first, at some 40 ms of processor a call, and a suite makes dozens.
if PG_PSQL=$(pg_bin)/psql && [ -x "$PG_PSQL" ]; then
	psql() { "$PG_PSQL" "$@"; }
fi

# pg_skip_reason: why the tests cannot start a server, or nothing.
pg_skip_reason() {
	pg_bin >/dev/null || { echo "no PostgreSQL server (apt-get install postgresql)"; return; }
	if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
		echo "running as root with no postgres user to run the server as"
		return
	fi
	command -v psql >/dev/null 2>&1 || echo "no psql (apt-get install postgresql-client)"
}

pg_as() { # pg_as CMD...: runs CMD as the server's user
	if [ "$(id -u)" = 0 ]; then
		runuser -u postgres -- "$@"
	else
		"$@"
	fi
}

pg_start() {
	PG_DIR=$(mktemp -d /tmp/hubdesk-pg.XXXXXX)
	[ "$(id -u)" = 0 ] && chown postgres "$PG_DIR"
	PG_USER=$(pg_as id -un)
	bin=$(pg_bin)
	pg_as "$bin/initdb" -D "$PG_DIR/data" -A trust -U "$PG_USER" --no-sync -E UTF8 \
	    --locale C.UTF-8 >"$PG_DIR/initdb.log" 2>&1 || { cat "$PG_DIR/initdb.log"; return 1; }
	pg_server_start
	PG_CONN="host=$PG_DIR dbname=postgres user=$PG_USER"
	export PG_CONN
}

# The server alone, for a test that stops it midway and starts it again.
pg_server_start() {
	pg_as "$(pg_bin)/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 30 start \
	    -o "-c listen_addresses= -k $PG_DIR -c fsync=off" >/dev/null ||
	    { cat "$PG_DIR/server.log"; return 1; }
}

pg_server_stop() {
	pg_as "$(pg_bin)/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1
}

pg_stop() {
	[ -n "${PG_DIR:-}" ] || return 0
	pg_server_stop
	rm -rf "$PG_DIR"
	PG_DIR=
}

pg_sql() { # pg_sql SQL: one query's rows, fields split by |, as psql gives them
	psql "$PG_CONN" -X -q -A -t -v ON_ERROR_STOP=1 -c "$1"
}
