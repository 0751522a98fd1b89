/* Store: copies of the whole database (SQLite's backup API) both ways, and
 * what a check reads: integrity, schema level, counts, broken invariants. */
#include <stdio.h>
#include <string.h>

#include "hubdesk/i18n.h"
#include "hubdesk/xmalloc.h"
#include "store-internal.h"


/* Copies every page of src into dst in one step. One step is one read
 * transaction on src: with WAL, writers go on meanwhile and the copy is the
 * snapshot the step began with. Stepping in chunks would let a write by
 * another connection restart the copy, which under a busy kiosk might never
 * end. */
static int
store_backup_copy(sqlite3 *dst, sqlite3 *src, char *why, size_t n)
{
	sqlite3_backup *b = sqlite3_backup_init(dst, "main", src, "main");
	int rc = SQLITE_OK;

	if (b == NULL) {
		snprintf(why, n, "%s", sqlite3_errmsg(dst));
		return sqlite3_errcode(dst);
	}
	/* A copy into a live database waits for the kiosks' write lock as any
	 * write does, the busy timeout in all: a step that found its snapshot
	 * stale (another writer committed meanwhile, as a second restore does)
	 * is refused at once, without the busy handler, so it is tried again
	 * until the time is up. */
	for (int waited = 0;; waited += 100) {
		rc = sqlite3_backup_step(b, -1);
		if ((rc != SQLITE_BUSY && rc != SQLITE_LOCKED) || waited >= STORE_BUSY_TIMEOUT_MS)
			break;
		sqlite3_sleep(100);
	}
	sqlite3_backup_finish(b);
	if (rc == SQLITE_DONE)
		return SQLITE_OK;
	/* backup_finish leaves the reason on the destination's connection. */
	snprintf(why, n, "%s", sqlite3_errcode(dst) != SQLITE_OK ? sqlite3_errmsg(dst) :
	    sqlite3_errstr(rc));
	return rc;
}

enum store_rc
store_backup_to(struct store *st, const char *path)
{
	sqlite3 *dst = NULL;
	int rc;

	if (st->db == NULL)
		return STORE_ERROR;
	rc = sqlite3_open_v2(path, &dst, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
	if (rc != SQLITE_OK) {
		store_set_error(st, dst != NULL ? sqlite3_errmsg(dst) : sqlite3_errstr(rc));
		sqlite3_close(dst);
		return STORE_ERROR;
	}
	rc = store_backup_copy(dst, st->db, st->error, sizeof st->error);
	/* The copy is a file on its own, without a -wal and -shm beside it
	 * while it is checked, moved or carried away; the hub that opens it
	 * again turns WAL back on. */
	if (rc == SQLITE_OK && sqlite3_exec(dst, "PRAGMA journal_mode = DELETE", NULL, NULL,
	    NULL) != SQLITE_OK) {
		snprintf(st->error, sizeof st->error, "%s", sqlite3_errmsg(dst));
		rc = SQLITE_ERROR;
	}
	if (rc != SQLITE_OK) {
		sqlite3_close(dst);
		return STORE_ERROR;
	}
	if (sqlite3_close(dst) != SQLITE_OK) {
		snprintf(st->error, sizeof st->error, "%s", sqlite3_errmsg(dst));
		return STORE_ERROR;
	}
	return STORE_OK;
}

enum store_rc
store_restore_from(struct store *st, const char *path)
{
	sqlite3 *src = NULL;
	int rc;

	if (st->db == NULL)
		return STORE_ERROR;
	if (sqlite3_open_v2(path, &src, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
		store_set_error(st, src != NULL ? sqlite3_errmsg(src) : "out of memory");
		sqlite3_close(src);
		return STORE_ERROR;
	}
	sqlite3_busy_timeout(src, 10000);
	/* Into the open database, not renamed over it: the copy takes the
	 * write lock and goes through the WAL, so every kiosk's connection
	 * sees it at its next read, as it would any commit. */
	rc = store_backup_copy(st->db, src, st->error, sizeof st->error);
	sqlite3_close(src);
	return rc == SQLITE_OK ? STORE_OK : STORE_ERROR;
}

enum store_rc
store_copy_file(const char *src, const char *dst, char *why, size_t n)
{
	sqlite3 *from = NULL, *to = NULL;
	int rc;

	if ((rc = sqlite3_open_v2(src, &from, SQLITE_OPEN_READONLY, NULL)) != SQLITE_OK ||
	    (rc = sqlite3_open_v2(dst, &to, SQLITE_OPEN_READWRITE, NULL)) != SQLITE_OK) {
		snprintf(why, n, "%s", to != NULL ? sqlite3_errmsg(to) : from != NULL ?
		    sqlite3_errmsg(from) : sqlite3_errstr(rc));
		sqlite3_close(from);
		sqlite3_close(to);
		return STORE_ERROR;
	}
	sqlite3_busy_timeout(from, 10000);
	rc = store_backup_copy(to, from, why, n);
	if (rc == SQLITE_OK && sqlite3_exec(to, "PRAGMA journal_mode = DELETE", NULL, NULL,
	    NULL) != SQLITE_OK) {
		snprintf(why, n, "%s", sqlite3_errmsg(to));
		rc = SQLITE_ERROR;
	}
	sqlite3_close(from);
	if (sqlite3_close(to) != SQLITE_OK && rc == SQLITE_OK) {
		snprintf(why, n, "%s", sqlite3_errmsg(to));
		rc = SQLITE_ERROR;
	}
	return rc == SQLITE_OK ? STORE_OK : STORE_ERROR;
}

/* Whether an error SQLite gave says the file itself is damaged. */
static bool
store_facts_corrupt(sqlite3 *db)
{
	int rc = sqlite3_errcode(db) & 0xff;

	return rc == SQLITE_CORRUPT || rc == SQLITE_NOTADB;
}

/* The first row's integer of fixed SQL, or -1 with why set. */
static long long
store_facts_int(sqlite3 *db, const char *sql, struct store_facts *f)
{
	sqlite3_stmt *s = NULL;
	long long v = -1;

	if (sqlite3_prepare_v2(db, sql, -1, &s, NULL) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW) {
		v = sqlite3_column_int64(s, 0);
	} else {
		f->damaged |= store_facts_corrupt(db);
		if (f->problems < STORE_FACTS_PROBLEMS)
			snprintf(f->problem[f->problems++], sizeof f->problem[0], "%s",
			    sqlite3_errmsg(db));
	}
	sqlite3_finalize(s);
	return v;
}

/* integrity_check's own lines, up to STORE_FACTS_PROBLEMS of them. */
static void
store_facts_integrity(sqlite3 *db, struct store_facts *f)
{
	sqlite3_stmt *s = NULL;
	int rc;

	if (sqlite3_prepare_v2(db, "PRAGMA integrity_check(8)", -1, &s, NULL) != SQLITE_OK) {
		f->damaged |= store_facts_corrupt(db);
		snprintf(f->problem[f->problems++], sizeof f->problem[0], "%s", sqlite3_errmsg(db));
		return;
	}
	while ((rc = sqlite3_step(s)) == SQLITE_ROW && f->problems < STORE_FACTS_PROBLEMS) {
		const char *line = (const char *)sqlite3_column_text(s, 0);
		if (line == NULL || strcmp(line, "ok") == 0)
			continue;
		f->damaged = true;
		/* A complaint may run over lines; a finding is one. */
		snprintf(f->problem[f->problems], sizeof f->problem[0], "%s", line);
		for (char *c = f->problem[f->problems]; *c != '\0'; c++)
			if (*c == '\n')
				*c = ' ';
		f->problems++;
	}
	if (rc != SQLITE_ROW && rc != SQLITE_DONE && f->problems < STORE_FACTS_PROBLEMS) {
		f->damaged |= store_facts_corrupt(db);
		snprintf(f->problem[f->problems++], sizeof f->problem[0], "%s", sqlite3_errmsg(db));
	}
	sqlite3_finalize(s);
}

static void
store_facts_read(sqlite3 *db, struct store_facts *f)
{
	static const char *const counts[STORE_FACTS_COUNTS] = {
		"SELECT count(*) FROM member", "SELECT count(*) FROM space",
		"SELECT count(*) FROM booking", "SELECT count(*) FROM visit WHERE is_guest = 0",
		"SELECT count(*) FROM visit WHERE is_guest = 1",
	};

	memset(f, 0, sizeof *f);
	f->level = (int)store_facts_int(db, "PRAGMA user_version", f);
	f->hub = store_facts_int(db, "SELECT count(*) FROM sqlite_schema "
	    "WHERE type = 'table' AND name = 'hub'", f) > 0;
	if (f->problems > 0)
		return; /* not a database at all: nothing more to read */
	store_facts_integrity(db, f);
	for (int i = 0; i < STORE_FACTS_COUNTS && f->hub; i++)
		f->count[i] = store_facts_int(db, counts[i], f);
}

enum store_rc
store_facts(struct store *st, struct store_facts *f)
{
	if (st->db == NULL)
		return STORE_ERROR;
	store_facts_read(st->db, f);
	return STORE_OK;
}

enum store_rc
store_file_facts(const char *path, struct store_facts *f, char *why, size_t n)
{
	sqlite3 *db = NULL;
	int rc = sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL);

	if (rc != SQLITE_OK) {
		snprintf(why, n, "%s", db != NULL ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
		sqlite3_close(db);
		return STORE_ERROR;
	}
	sqlite3_busy_timeout(db, 10000);
	store_facts_read(db, f);
	sqlite3_close(db);
	return STORE_OK;
}

enum store_rc
store_check_overlaps(struct store *st, struct store_overlap **out, size_t *n)
{
	/* The rows the triggers of db/001_init.sql would have refused. */
	static const char sql[] =
	    "SELECT sp.code, a.uuid, b.uuid, a.starts_at, b.starts_at "
	    "FROM booking AS a JOIN booking AS b ON b.space_id = a.space_id AND b.id > a.id "
	    "AND b.starts_at < a.ends_at AND b.ends_at > a.starts_at "
	    "AND b.starts_at > a.starts_at - 90000 AND b.starts_at < a.starts_at + 90000 "
	    "JOIN space AS sp ON sp.id = a.space_id "
	    "WHERE a.status IN ('booked', 'checked-in') AND b.status IN ('booked', 'checked-in') "
	    "ORDER BY a.starts_at, sp.code";
	sqlite3_stmt *s = store_stmt(st, sql);
	size_t cap = 0;
	int rc;

	*out = NULL;
	*n = 0;
	if (s == NULL)
		return STORE_ERROR;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct store_overlap *o = store_grow((void **)out, n, &cap, sizeof **out);
		store_column_text(s, 0, o->space, sizeof o->space);
		store_column_text(s, 1, o->a, sizeof o->a);
		store_column_text(s, 2, o->b, sizeof o->b);
		o->a_start = sqlite3_column_int64(s, 3);
		o->b_start = sqlite3_column_int64(s, 4);
	}
	return store_list_finish(st, s, rc, (void **)out, n);
}

enum store_rc
store_check_open_twice(struct store *st, struct store_open_twice **out, size_t *n)
{
	/* What the partial unique indexes of db/001_init.sql keep out. */
	static const char sql[] =
	    "SELECT 0, m.code, count(*) FROM visit AS v JOIN member AS m ON m.id = v.member_id "
	    "WHERE v.checked_out_at IS NULL GROUP BY v.member_id HAVING count(*) > 1 "
	    "UNION ALL "
	    "SELECT 1, sp.code, count(*) FROM visit AS v JOIN space AS sp ON sp.id = v.space_id "
	    "WHERE v.checked_out_at IS NULL GROUP BY v.space_id HAVING count(*) > 1";
	sqlite3_stmt *s = store_stmt(st, sql);
	size_t cap = 0;
	int rc;

	*out = NULL;
	*n = 0;
	if (s == NULL)
		return STORE_ERROR;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct store_open_twice *o = store_grow((void **)out, n, &cap, sizeof **out);
		o->space = sqlite3_column_int(s, 0) != 0;
		store_column_text(s, 1, o->code, sizeof o->code);
		o->visits = sqlite3_column_int(s, 2);
	}
	return store_list_finish(st, s, rc, (void **)out, n);
}
