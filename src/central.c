/* The central database (see central.h). libpq is loaded on first use:
 * linked into the kiosk it would double its start-up, and a hub that never
 * pushes needs none of it. The few functions used are looked up by name;
 * their types come from libpq-fe.h, so the build checks every call. */
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hubdesk/central.h"
#include "hubdesk/i18n.h"
#include "hubdesk/text.h"
#include "hubdesk/xmalloc.h"

#ifdef HAVE_LIBPQ
#include <libpq-fe.h>

/* libpq's soname: Debian's libpq5, whatever the server's version. */
#define LIBPQ_SONAME "libpq.so.5"

static struct {
	void *so;
	PGconn *(*connectdb_params)(const char *const *, const char *const *, int);
	ConnStatusType (*status)(const PGconn *);
	char *(*error_message)(const PGconn *);
	void (*finish)(PGconn *);
	PGresult *(*exec_params)(PGconn *, const char *, int, const Oid *, const char *const *,
	    const int *, const int *, int);
	PGresult *(*exec)(PGconn *, const char *);
	ExecStatusType (*result_status)(const PGresult *);
	char *(*result_error_field)(const PGresult *, int);
	char *(*result_error_message)(const PGresult *);
	int (*ntuples)(const PGresult *);
	int (*nfields)(const PGresult *);
	char *(*getvalue)(const PGresult *, int, int);
	int (*getisnull)(const PGresult *, int, int);
	void (*clear)(PGresult *);
	PQnoticeProcessor (*set_notice_processor)(PGconn *, PQnoticeProcessor, void *);
	PQconninfoOption *(*conninfo_parse)(const char *, char **);
	void (*conninfo_free)(PQconninfoOption *);
	void (*freemem)(void *);
} pq;

struct central {
	PGconn *conn;
};

static bool
load_libpq(char **err)
{
	static const char *const names[] = { "PQconnectdbParams", "PQstatus", "PQerrorMessage",
		"PQfinish", "PQexecParams", "PQexec", "PQresultStatus", "PQresultErrorField",
		"PQresultErrorMessage", "PQntuples", "PQnfields", "PQgetvalue", "PQgetisnull",
		"PQclear", "PQsetNoticeProcessor", "PQconninfoParse", "PQconninfoFree", "PQfreemem" };
	void **const slots[] = { (void **)&pq.connectdb_params, (void **)&pq.status,
		(void **)&pq.error_message, (void **)&pq.finish, (void **)&pq.exec_params,
		(void **)&pq.exec, (void **)&pq.result_status, (void **)&pq.result_error_field,
		(void **)&pq.result_error_message, (void **)&pq.ntuples, (void **)&pq.nfields,
		(void **)&pq.getvalue, (void **)&pq.getisnull, (void **)&pq.clear,
		(void **)&pq.set_notice_processor, (void **)&pq.conninfo_parse,
		(void **)&pq.conninfo_free, (void **)&pq.freemem };

	if (pq.so != NULL)
		return true;
	if ((pq.so = dlopen(LIBPQ_SONAME, RTLD_NOW | RTLD_LOCAL)) == NULL) {
		*err = xasprintf(_("the network's database needs PostgreSQL's client library, "
		    "which is not installed; install it (apt-get install libpq5)"));
		return false;
	}
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
		/* POSIX: a function pointer may be read through a void *. */
		if ((*slots[i] = dlsym(pq.so, names[i])) == NULL) {
			*err = xasprintf(_("%s lacks %s; install a newer libpq5"), LIBPQ_SONAME, names[i]);
			dlclose(pq.so);
			pq.so = NULL;
			return false;
		}
	}
	return true;
}

/* What to do about a failure libpq or the server described, by its words:
 * libpq's messages say what went wrong, not what to do. */
static const char *
advice(const char *msg)
{
	if (strstr(msg, "schema \"hubdesk\" does not exist") != NULL ||
	    (strstr(msg, "hubdesk.") != NULL && strstr(msg, "does not exist") != NULL))
		return _("make the network's database first: hubdesk network init --to CONNINFO");
	if (strstr(msg, "permission denied") != NULL)
		return _("the login role may not do this: a hub's needs hubdesk_push, a coordinator's "
		    "hubdesk_read (docs/network.md)");
	if (strstr(msg, "password authentication failed") != NULL ||
	    strstr(msg, "no password supplied") != NULL)
		return _("check the user and its password (in ~/.pgpass)");
	if (strstr(msg, "does not exist") != NULL)
		return _("check the database and user names in the connection string");
	if (strstr(msg, "timeout") != NULL || strstr(msg, "Connection refused") != NULL ||
	    strstr(msg, "No such file or directory") != NULL || strstr(msg, "could not translate") != NULL)
		return _("check the host and that the server is up; a push is tried again by the next "
		    "push --pending");
	return NULL;
}

/* libpq's message, its first line, printable, with what to do. */
static char *
first_line(const char *what, const char *msg)
{
	char line[512], clean[512];
	size_t n = strcspn(msg != NULL ? msg : "", "\n");
	const char *hint;

	snprintf(line, sizeof line, "%.*s", (int)(n < sizeof line ? n : sizeof line - 1),
	    msg != NULL ? msg : "");
	text_copy_printable(clean, sizeof clean, line);
	hint = advice(clean);
	return hint != NULL ? xasprintf("%s: %s; %s", what, clean, hint) : xasprintf("%s: %s", what, clean);
}

static void
quiet(void *arg, const char *message)
{
	(void)arg;
	(void)message; /* NOTICEs of CREATE ... IF NOT EXISTS are not the user's */
}

enum hd_status
central_open(const char *conninfo, struct central **out, char **err)
{
	/* Defaults first: what the connection string says wins over them; the
	 * encoding last, as hubdesk's text is UTF-8 whatever PGCLIENTENCODING
	 * says. A statement waits for a lock at most a minute, so that a cron
	 * push never hangs for good. */
	const char *const keys[] = { "application_name", "connect_timeout", "options", "dbname",
		"client_encoding", NULL };
	const char *const values[] = { "hubdesk", "10",
		"-c lock_timeout=60s -c statement_timeout=300s", conninfo, "UTF8", NULL };
	PQconninfoOption *parsed;
	char *perr = NULL;
	struct central *c;

	*out = NULL;
	if (!load_libpq(err))
		return HD_STORE;
	/* A string libpq cannot read is refused here, in words of our own:
	 * libpq's would quote it, password and all. */
	if ((parsed = pq.conninfo_parse(conninfo, &perr)) == NULL) {
		if (perr != NULL)
			pq.freemem(perr);
		*err = xasprintf(_("the connection string cannot be read; write it as "
		    "'host=… dbname=… user=…' or 'postgresql://user@host/dbname'"));
		return HD_INVALID;
	}
	pq.conninfo_free(parsed);
	c = xcalloc(1, sizeof *c);
	c->conn = pq.connectdb_params(keys, values, 1);
	if (c->conn == NULL || pq.status(c->conn) != CONNECTION_OK) {
		*err = first_line(_("cannot reach the network's database"),
		    c->conn != NULL ? pq.error_message(c->conn) : "out of memory");
		central_close(c);
		return HD_STORE;
	}
	pq.set_notice_processor(c->conn, quiet, NULL);
	*out = c;
	return HD_OK;
}

void
central_close(struct central *c)
{
	if (c == NULL)
		return;
	if (c->conn != NULL)
		pq.finish(c->conn);
	free(c);
}

/* HD_OK, or the status of a failed result with *err. A refusal by the
 * database's own checks (SQLSTATE class 22, 23: data) is HD_INVALID, any
 * other failure HD_STORE. Clears r either way. */
static enum hd_status
result_ok(struct central *c, PGresult *r, ExecStatusType want, const char *what, char **err)
{
	enum hd_status st = HD_OK;

	if (r == NULL || pq.result_status(r) != want) {
		const char *state = r != NULL ? pq.result_error_field(r, PG_DIAG_SQLSTATE) : NULL;
		const char *primary = r != NULL ? pq.result_error_field(r, PG_DIAG_MESSAGE_PRIMARY) : NULL;
		/* The database's own checks of data (classes 22, 23) refuse a
		 * dump as invalid; a role's lack of rights (42501) is a refusal. */
		st = state != NULL && (strncmp(state, "22", 2) == 0 || strncmp(state, "23", 2) == 0) ?
		    HD_INVALID : state != NULL && strcmp(state, "42501") == 0 ? HD_REFUSED : HD_STORE;
		*err = first_line(what, primary != NULL ? primary : r != NULL ?
		    pq.result_error_message(r) : pq.error_message(c->conn));
	}
	if (r != NULL)
		pq.clear(r);
	return st;
}

static enum hd_status
exec(struct central *c, const char *sql, const char *what, char **err)
{
	return result_ok(c, pq.exec(c->conn, sql), PGRES_COMMAND_OK, what, err);
}

enum hd_status
central_migrate(struct central *c, int *from, int *to, char **err)
{
	const char *what = _("cannot bring the network's database up to date");
	enum hd_status st;
	PGresult *r;
	int level;

	*from = *to = 0;
	/* One migrating at a time, the lock held to the transaction's end; the
	 * schema and its table of levels are where every level starts. */
	if ((st = exec(c, "BEGIN; SELECT pg_advisory_xact_lock(7238812); "
	    "CREATE SCHEMA IF NOT EXISTS hubdesk; "
	    "CREATE TABLE IF NOT EXISTS hubdesk.migration (level integer PRIMARY KEY, "
	    "name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())", what, err)) != HD_OK)
		goto rollback;
	r = pq.exec(c->conn, "SELECT coalesce(max(level), 0) FROM hubdesk.migration");
	if (r == NULL || pq.result_status(r) != PGRES_TUPLES_OK) {
		st = result_ok(c, r, PGRES_TUPLES_OK, what, err);
		goto rollback;
	}
	level = atoi(pq.getvalue(r, 0, 0));
	pq.clear(r);
	*from = level;
	for (const struct store_migration *m = central_migrations; m->level != 0; m++) {
		if (m->level <= level)
			continue;
		if ((st = exec(c, m->sql, what, err)) != HD_OK)
			goto rollback;
		char level_text[16];
		const char *params[] = { level_text, m->name };
		snprintf(level_text, sizeof level_text, "%d", m->level);
		st = result_ok(c, pq.exec_params(c->conn, "INSERT INTO hubdesk.migration (level, name) "
		    "VALUES ($1::integer, $2)", 2, NULL, params, NULL, NULL, 0), PGRES_COMMAND_OK, what, err);
		if (st != HD_OK)
			goto rollback;
		level = m->level;
	}
	if ((st = exec(c, "COMMIT", what, err)) != HD_OK)
		return st;
	*to = level;
	return HD_OK;
rollback:
	pq.clear(pq.exec(c->conn, "ROLLBACK"));
	return st;
}

enum hd_status
central_push(struct central *c, const char *dump, char result[static 16], char **err)
{
	const char *params[] = { dump };
	PGresult *r = pq.exec_params(c->conn, "SELECT hubdesk.accept_dump($1::jsonb)", 1, NULL,
	    params, NULL, NULL, 0);

	if (r != NULL && pq.result_status(r) == PGRES_TUPLES_OK && pq.ntuples(r) == 1) {
		snprintf(result, 16, "%s", pq.getvalue(r, 0, 0));
		pq.clear(r);
		return HD_OK;
	}
	return result_ok(c, r, PGRES_TUPLES_OK, _("the network's database did not take the dump"),
	    err);
}

enum hd_status
central_query(struct central *c, const char *sql, int nparams, const char *const *params,
    central_row_fn fn, void *ctx, char **err)
{
	PGresult *r = pq.exec_params(c->conn, sql, nparams, NULL, params, NULL, NULL, 0);
	const char *fields[64];
	int rows, n, rc = 0;

	if (r == NULL || pq.result_status(r) != PGRES_TUPLES_OK)
		return result_ok(c, r, PGRES_TUPLES_OK, _("cannot read the network's database"), err);
	rows = pq.ntuples(r);
	n = pq.nfields(r);
	if (n > 64)
		n = 64;
	for (int i = 0; i < rows && rc == 0; i++) {
		for (int k = 0; k < n; k++)
			fields[k] = pq.getisnull(r, i, k) ? NULL : pq.getvalue(r, i, k);
		rc = fn(ctx, fields, n);
	}
	pq.clear(r);
	return rc == 0 ? HD_OK : (enum hd_status)rc;
}

enum hd_status
central_hub_months(struct central *c, const char *hub_uuid, central_row_fn fn, void *ctx,
    char **err)
{
	const char *params[] = { hub_uuid };
	return central_query(c, "SELECT * FROM hubdesk.hub_months($1::uuid)", 1, params, fn, ctx,
	    err);
}

#else /* !HAVE_LIBPQ */

static char *
not_built(void)
{
	return xasprintf(_("this hubdesk was built without PostgreSQL's client library; install "
	    "libpq-dev and build it again (make)"));
}

enum hd_status
central_open(const char *conninfo, struct central **out, char **err)
{
	(void)conninfo;
	*out = NULL;
	*err = not_built();
	return HD_STORE;
}

void
central_close(struct central *c)
{
	(void)c;
}

enum hd_status
central_migrate(struct central *c, int *from, int *to, char **err)
{
	(void)c;
	*from = *to = 0;
	*err = not_built();
	return HD_STORE;
}

enum hd_status
central_push(struct central *c, const char *dump, char result[static 16], char **err)
{
	(void)c;
	(void)dump;
	result[0] = '\0';
	*err = not_built();
	return HD_STORE;
}

enum hd_status
central_query(struct central *c, const char *sql, int nparams, const char *const *params,
    central_row_fn fn, void *ctx, char **err)
{
	(void)c, (void)sql, (void)nparams, (void)params, (void)fn, (void)ctx;
	*err = not_built();
	return HD_STORE;
}

enum hd_status
central_hub_months(struct central *c, const char *hub_uuid, central_row_fn fn, void *ctx,
    char **err)
{
	(void)c, (void)hub_uuid, (void)fn, (void)ctx;
	*err = not_built();
	return HD_STORE;
}

#endif
