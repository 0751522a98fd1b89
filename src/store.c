/* The store's connection: open, pragmas, migrations, transactions and the
 * prepared-statement cache (see store.h). */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "hubdesk/i18n.h"
#include "hubdesk/municipality.h"
#include "hubdesk/status.h"
#include "hubdesk/text.h"
#include "hubdesk/xmalloc.h"
#include "store-internal.h"

/* What a person at the hub can do about a failure of the disk or the file,
 * or NULL for any other error (SQL's own message is kept then). SQLite
 * reports a full disk met while sizing its shared-memory file, or a file
 * size limit, as an I/O error: the system's errno tells them apart. */
static const char *
store_fault_text(int kind, int sys)
{
	if (kind == SQLITE_FULL || (kind == SQLITE_IOERR &&
	    (sys == ENOSPC || sys == EDQUOT || sys == EFBIG)))
		return _("the disk is full: free space on it, then try again");
	if (kind == SQLITE_READONLY || (kind == SQLITE_IOERR && sys == EROFS))
		return _("the database cannot be written (a read-only file, folder or disk): "
		    "let hubdesk write there, then try again");
	if (kind == SQLITE_IOERR)
		return _("the disk could not be read or written: check it, then try again");
	if (kind == SQLITE_CANTOPEN)
		return _("the database's file or folder is gone or cannot be opened: "
		    "check that they are there, then try again");
	if (kind == SQLITE_CORRUPT)
		return _("the database file is damaged: restore it from a backup");
	return NULL;
}

/* The same for an errno of open(2), or NULL when the path itself is wrong. */
static const char *
store_errno_fault(int e)
{
	if (e == EROFS || e == EACCES || e == EPERM)
		return store_fault_text(SQLITE_READONLY, e);
	if (e == ENOSPC || e == EDQUOT || e == EIO)
		return store_fault_text(SQLITE_IOERR, e);
	return NULL;
}

void
store_set_error(struct store *st, const char *msg)
{
	int kind = st->db != NULL ? sqlite3_errcode(st->db) & 0xff : SQLITE_OK;
	const char *fault = st->db == NULL ? NULL :
	    store_fault_text(kind, sqlite3_system_errno(st->db));

	st->fault = fault != NULL;
	snprintf(st->error, sizeof st->error, "%s", fault != NULL ? fault : msg);
	/* The file under the connection is not what it was: only opening it
	 * again (store_reopen) can read it, or say why not. */
	if (kind == SQLITE_CORRUPT || kind == SQLITE_NOTADB || kind == SQLITE_IOERR)
		st->damaged = true;
}

const char *
store_error(const struct store *st)
{
	return st->error;
}

bool
store_fault(const struct store *st)
{
	return st->fault;
}

/* Why the file could not be opened: the hint to check --db only when the
 * path may be wrong, not when the disk is full or read-only. */
static char *
store_open_error(bool fault, const char *why, const char *path)
{
	char safe[TEXT_SAFE];

	if (fault)
		return xasprintf(_("cannot open the database %s: %s"), text_safe(path, safe), why);
	return xasprintf(_("cannot open the database %s: %s" "\037" "check the --db path"),
	    text_safe(path, safe), why);
}

int
store_schema_level(void)
{
	int level = 0;

	for (const struct store_migration *m = store_migrations; m->level != 0; m++)
		level = m->level;
	return level;
}

sqlite3_stmt *
store_stmt(struct store *st, const char *sql)
{
	sqlite3_stmt *s;

	if (st->db == NULL)
		return NULL; /* st->error says why it is closed */
	for (int i = 0; i < st->nstmts; i++) {
		if (st->stmts[i].sql == sql)
			return st->stmts[i].stmt;
	}
	if (st->nstmts == STORE_MAX_STMTS)
		fatal("too many prepared statements (raise STORE_MAX_STMTS)");
	if (sqlite3_prepare_v3(st->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &s, NULL) != SQLITE_OK) {
		store_set_error(st, sqlite3_errmsg(st->db));
		return NULL;
	}
	st->stmts[st->nstmts].sql = sql;
	st->stmts[st->nstmts].stmt = s;
	st->nstmts++;
	return s;
}

enum store_rc
store_finish(struct store *st, sqlite3_stmt *s, int rc)
{
	enum store_rc out;

	switch (rc) {
	case SQLITE_OK:
	case SQLITE_DONE:
	case SQLITE_ROW:
		out = STORE_OK;
		break;
	default:
		out = (rc & 0xff) == SQLITE_CONSTRAINT ? STORE_CONSTRAINT : STORE_ERROR;
		store_set_error(st, sqlite3_errmsg(st->db));
		break;
	}
	sqlite3_reset(s);
	sqlite3_clear_bindings(s);
	return out;
}

enum store_rc
store_list_finish(struct store *st, sqlite3_stmt *s, int rc, void **out, size_t *n)
{
	enum store_rc r = store_finish(st, s, rc);

	if (r != STORE_OK) {
		free(*out);
		*out = NULL;
		*n = 0;
	}
	return r;
}

enum store_rc
store_exec_changes(struct store *st, sqlite3_stmt *s, int *changed)
{
	enum store_rc rc = store_exec_stmt(st, s);

	*changed = rc == STORE_OK ? sqlite3_changes(st->db) : 0;
	return rc;
}

enum store_rc
store_exec_stmt(struct store *st, sqlite3_stmt *s)
{
	return store_finish(st, s, sqlite3_step(s));
}

int
store_bind_text(sqlite3_stmt *s, int i, const char *text)
{
	if (text == NULL || *text == '\0')
		return sqlite3_bind_null(s, i);
	return sqlite3_bind_text(s, i, text, -1, SQLITE_TRANSIENT);
}

int
store_bind_municipality(sqlite3_stmt *s, int i, int number)
{
	if (number == MUNICIPALITY_UNKNOWN)
		return sqlite3_bind_null(s, i);
	return sqlite3_bind_int(s, i, number);
}

void
store_column_text(sqlite3_stmt *s, int col, char *dst, size_t n)
{
	const unsigned char *t = sqlite3_column_text(s, col);

	text_copy_printable(dst, n, t != NULL ? (const char *)t : "");
}

void *
store_grow(void **v, size_t *n, size_t *cap, size_t size)
{
	if (*n == *cap) {
		*cap = *cap == 0 ? 16 : *cap * 2;
		*v = xreallocarray(*v, *cap, size);
	}
	return (char *)*v + (*n)++ * size;
}

/* Runs fixed SQL from this file or from the migrations; never user text. */
static int
exec_fixed(struct store *st, const char *sql)
{
	char *msg = NULL;

	if (st->db == NULL)
		return -1;
	if (sqlite3_exec(st->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
		store_set_error(st, msg != NULL ? msg : sqlite3_errmsg(st->db));
		sqlite3_free(msg);
		return -1;
	}
	return 0;
}

static int
query_int(struct store *st, const char *sql, int *out)
{
	sqlite3_stmt *s;
	int rc;

	if (sqlite3_prepare_v2(st->db, sql, -1, &s, NULL) != SQLITE_OK) {
		store_set_error(st, sqlite3_errmsg(st->db));
		return -1;
	}
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		*out = sqlite3_column_int(s, 0);
	else
		store_set_error(st, sqlite3_errmsg(st->db));
	sqlite3_finalize(s);
	return rc == SQLITE_ROW ? 0 : -1;
}

/* Brings the schema to the newest level in one transaction. Another process
 * may be migrating at the same moment, so the level is read again once the
 * write lock is held. */
static int
migrate(struct store *st, char **err)
{
	int level, newest = store_schema_level(), tables;
	char sql[64];

	if (query_int(st, "PRAGMA user_version", &level) != 0)
		goto fail;
	if (level >= newest)
		return 0;
	if (exec_fixed(st, "BEGIN IMMEDIATE") != 0)
		goto fail;
	if (query_int(st, "PRAGMA user_version", &level) != 0)
		goto fail_rollback;
	if (level == 0) {
		if (query_int(st, "SELECT count(*) FROM sqlite_schema", &tables) != 0)
			goto fail_rollback;
		if (tables != 0) {
			exec_fixed(st, "ROLLBACK");
			*err = xasprintf(_("the file is an SQLite database but not a hubdesk one"
			    "\037" "give another --db path"));
			return -1;
		}
	}
	for (const struct store_migration *m = store_migrations; m->level != 0; m++) {
		if (m->level <= level)
			continue;
		if (exec_fixed(st, m->sql) != 0)
			goto fail_rollback;
		snprintf(sql, sizeof sql, "PRAGMA user_version = %d", m->level);
		if (exec_fixed(st, sql) != 0)
			goto fail_rollback;
	}
	if (exec_fixed(st, "COMMIT") != 0)
		goto fail_rollback;
	return 0;
fail_rollback:
	sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
fail:
	*err = xasprintf(_("cannot prepare the database: %s"), st->error);
	return -1;
}

/* Reads what the file holds before any pragma that could write to it
 * (journal_mode = WAL rewrites the header): a file that is not a hubdesk
 * database is refused exactly as it was. Only create (init, demo) may fill
 * an empty one. */
static int
store_check_kind(struct store *st, const char *path, bool create, char **err)
{
	int level, tables, hub, newest = store_schema_level();
	char safe[TEXT_SAFE];

	if (query_int(st, "PRAGMA user_version", &level) != 0 ||
	    query_int(st, "SELECT count(*) FROM sqlite_schema", &tables) != 0 ||
	    query_int(st, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'hub'",
	    &hub) != 0) {
		*err = store_open_error(st->fault, st->error, path);
		return -1;
	}
	if (level == 0 && tables == 0) {
		if (create)
			return 0;
		*err = xasprintf(_("%s is empty, not a hub database" "\037" "create one with 'hubdesk init "
		    "--name NAME --municipality NAME' or 'hubdesk demo', bring a backup back with "
		    "'hubdesk restore FILE', or check --db"),
		    text_safe(path, safe));
		return -1;
	}
	if (level == 0 || hub == 0) {
		*err = xasprintf(_("%s is an SQLite database but not a hubdesk one"
		    "\037" "give another --db path"),
		    text_safe(path, safe));
		return -1;
	}
	if (level > newest) {
		*err = xasprintf(_("the database was written by a newer hubdesk (schema %d, "
		    "this program knows %d); use the newer hubdesk"), level, newest);
		return -1;
	}
	return 0;
}

/* SQLite's process-wide settings, before its first use: no memory
 * statistics (nothing reads them), so that its allocations take no global
 * mutex. Later calls, and one after SQLite has started, change nothing. */
static void
store_configure(void)
{
	static bool done;

	if (!done)
		(void)sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
	done = true;
}

enum store_rc
store_open(const char *path, bool create, struct store **out, char **err)
{
	struct store *st;
	struct stat sb;
	int fd;

	*out = NULL;
	store_configure();
	/* Create the file ourselves so that it is private (0600) whatever the
	 * umask; SQLite gives its -wal and -shm files the same mode. */
	fd = open(path, O_RDWR | O_CLOEXEC | (create ? O_CREAT : 0), 0600);
	if (fd < 0) {
		int e = errno;
		const char *fault = store_errno_fault(e);

		if (e == ENOENT && !create)
			return STORE_NOTFOUND;
		*err = store_open_error(fault != NULL, fault != NULL ? fault : strerror(e), path);
		return STORE_ERROR;
	}
	st = xcalloc(1, sizeof *st);
	st->path = xstrdup(path);
	if (fstat(fd, &sb) == 0) {
		st->dev = sb.st_dev;
		st->ino = sb.st_ino;
	}
	close(fd);
	if (sqlite3_open_v2(path, &st->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
		store_set_error(st, st->db != NULL ? sqlite3_errmsg(st->db) : _("out of memory"));
		*err = store_open_error(st->fault, st->error, path);
		store_close(st);
		return STORE_ERROR;
	}
	sqlite3_busy_timeout(st->db, STORE_BUSY_TIMEOUT_MS);
	sqlite3_extended_result_codes(st->db, 1);
	if (store_check_kind(st, path, create, err) != 0) {
		store_close(st);
		return STORE_ERROR;
	}
	/* WAL lets kiosks read while another writes; synchronous=FULL makes
	 * every acknowledged check-in survive a power cut, not only a crash.
	 * temp_store=MEMORY keeps the journals of savepoints and statements
	 * in memory: once one outgrew 64 KiB, SQLite moved them to a temp
	 * file for good, and every later page a nested domain call changed
	 * (the demo's, a recurring series') cost two write(2)s.
	 * secure_delete overwrites with zeros what a change frees, so that an
	 * erased member's or a purged guest's name does not linger in the
	 * file's free space. */
	if (exec_fixed(st, "PRAGMA journal_mode = WAL") != 0 ||
	    exec_fixed(st, "PRAGMA secure_delete = ON") != 0 ||
	    exec_fixed(st, "PRAGMA synchronous = FULL") != 0 ||
	    exec_fixed(st, "PRAGMA temp_store = MEMORY") != 0 ||
	    exec_fixed(st, "PRAGMA foreign_keys = ON") != 0) {
		*err = store_open_error(st->fault, st->error, path);
		store_close(st);
		return STORE_ERROR;
	}
	if (migrate(st, err) != 0) {
		store_close(st);
		return STORE_ERROR;
	}
	*out = st;
	return STORE_OK;
}

enum store_rc
store_open_readonly(const char *path, struct store **out, char **err)
{
	struct store *st;
	int level;

	*out = NULL;
	store_configure();
	st = xcalloc(1, sizeof *st);
	st->path = xstrdup(path);
	if (sqlite3_open_v2(path, &st->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL) !=
	    SQLITE_OK) {
		store_set_error(st, st->db != NULL ? sqlite3_errmsg(st->db) : _("out of memory"));
		*err = store_open_error(st->fault, st->error, path);
		store_close(st);
		return STORE_ERROR;
	}
	sqlite3_busy_timeout(st->db, STORE_BUSY_TIMEOUT_MS);
	sqlite3_extended_result_codes(st->db, 1);
	if (store_check_kind(st, path, false, err) != 0) {
		store_close(st);
		return STORE_ERROR;
	}
	/* Nothing here may bring an older file up to date: that is a write. */
	if (query_int(st, "PRAGMA user_version", &level) != 0 || level != store_schema_level() ||
	    exec_fixed(st, "PRAGMA query_only = ON") != 0) {
		*err = xasprintf(_("the database at %s is at schema %d and this hubdesk needs %d"
		    "\037" "run 'hubdesk status' once as the database's owner to bring it up to "
		    "date"), path, level, store_schema_level());
		store_close(st);
		return STORE_ERROR;
	}
	*out = st;
	return STORE_OK;
}

enum store_rc
store_checkpoint(struct store *st)
{
	return exec_fixed(st, "PRAGMA wal_checkpoint(TRUNCATE)") == 0 ? STORE_OK : STORE_ERROR;
}

void
store_close(struct store *st)
{
	if (st == NULL)
		return;
	for (int i = 0; i < st->nstmts; i++)
		sqlite3_finalize(st->stmts[i].stmt);
	sqlite3_close(st->db);
	free(st->path);
	free(st);
}

/* Whether the file still starts as an SQLite database: SQL cannot see it
 * change, as the connection keeps reading the pages it cached while the
 * WAL index says nothing changed. It is read through SQLite's own handle:
 * closing another descriptor of the file would drop this process's POSIX
 * locks on it, and another program would then take the WAL for its own. */
static bool
store_file_is_sqlite(sqlite3 *db)
{
	static const char magic[16] = "SQLite format 3";
	char head[sizeof magic];
	sqlite3_file *f = NULL;

	if (sqlite3_file_control(db, "main", SQLITE_FCNTL_FILE_POINTER, &f) != SQLITE_OK ||
	    f == NULL || f->pMethods == NULL)
		return false;
	return f->pMethods->xRead(f, head, sizeof head, 0) == SQLITE_OK &&
	    memcmp(head, magic, sizeof magic) == 0;
}

bool
store_stale(const struct store *st)
{
	struct stat sb;

	if (st->db == NULL || st->damaged)
		return true;
	if (stat(st->path, &sb) != 0 || sb.st_dev != st->dev || sb.st_ino != st->ino)
		return true;
	return !store_file_is_sqlite(st->db);
}

enum store_rc
store_reopen(struct store *st, char **err)
{
	struct store *fresh;
	enum store_rc rc;
	char *path = st->path, safe[TEXT_SAFE];

	/* The old connection goes first: closing it folds its WAL into the old
	 * file and removes the -wal and -shm files, which would otherwise be
	 * read as the new file's. */
	for (int i = 0; i < st->nstmts; i++)
		sqlite3_finalize(st->stmts[i].stmt);
	sqlite3_close(st->db);
	memset(st, 0, sizeof *st);
	st->path = path;
	rc = store_open(path, false, &fresh, err);
	if (rc == STORE_NOTFOUND)
		*err = xasprintf(_("the database %s is gone"), text_safe(path, safe));
	if (rc != STORE_OK) {
		snprintf(st->error, sizeof st->error, "%.*s", (int)hd_reason_len(*err), *err);
		return STORE_ERROR;
	}
	free(path);
	*st = *fresh;
	free(fresh);
	return STORE_OK;
}

enum store_rc
store_data_version(struct store *st, int64_t *out)
{
	static const char sql[] = "PRAGMA data_version";
	sqlite3_stmt *s = store_stmt(st, sql);
	int rc;

	if (s == NULL)
		return STORE_ERROR;
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		*out = sqlite3_column_int64(s, 0);
	return store_finish(st, s, rc);
}

int
store_depth(const struct store *st)
{
	return st->tx_depth;
}

enum store_rc
store_begin(struct store *st)
{
	const char *sql = st->tx_depth == 0 ? "BEGIN IMMEDIATE" : "SAVEPOINT nested";

	if (exec_fixed(st, sql) != 0)
		return STORE_ERROR;
	st->tx_depth++;
	return STORE_OK;
}

enum store_rc
store_commit(struct store *st)
{
	const char *sql = st->tx_depth == 1 ? "COMMIT" : "RELEASE nested";

	if (st->tx_depth == 0 || st->db == NULL || sqlite3_get_autocommit(st->db)) {
		st->tx_depth = 0;
		store_set_error(st, "the transaction was lost before its commit");
		return STORE_ERROR;
	}
	if (exec_fixed(st, sql) != 0) {
		store_rollback(st);
		return STORE_ERROR;
	}
	st->tx_depth--;
	return STORE_OK;
}

void
store_rollback(struct store *st)
{
	/* SQLite ends the whole transaction by itself on some errors (disk
	 * full, I/O): then there is nothing left to roll back at any level. */
	if (st->db == NULL || sqlite3_get_autocommit(st->db))
		st->tx_depth = 0;
	if (st->tx_depth == 0)
		return;
	if (st->tx_depth == 1)
		sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
	else
		sqlite3_exec(st->db, "ROLLBACK TO nested; RELEASE nested", NULL, NULL, NULL);
	st->tx_depth--;
}
