/* The SQL of the audit log (db/007_audit.sql): who acts, the rows the
 * triggers do not write, and reading the log back. */
#include <string.h>

#include "hubdesk/audit.h"
#include "hubdesk/xmalloc.h"
#include "store-internal.h"

enum store_rc
store_audit_context(struct store *st, time_t at, const char *role, const char *staff,
    const char *via)
{
	static const char sql[] =
	    "UPDATE audit_context SET at = ?, role = ?, staff = ?, via = ? WHERE id = 1";
	sqlite3_stmt *s = store_stmt(st, sql);

	if (s == NULL)
		return STORE_ERROR;
	sqlite3_bind_int64(s, 1, (sqlite3_int64)at);
	store_bind_text(s, 2, role);
	store_bind_text(s, 3, staff != NULL && staff[0] != '\0' ? staff : NULL);
	store_bind_text(s, 4, via);
	return store_exec_stmt(st, s);
}

enum store_rc
store_audit_insert(struct store *st, const char *action, const char *subject,
    const char *detail)
{
	static const char sql[] =
	    "INSERT INTO audit (at, role, staff, action, subject, detail) "
	    "SELECT at, role, staff, ?, ?, json(?) FROM audit_context WHERE id = 1";
	sqlite3_stmt *s = store_stmt(st, sql);

	if (s == NULL)
		return STORE_ERROR;
	store_bind_text(s, 1, action);
	store_bind_text(s, 2, subject);
	store_bind_text(s, 3, detail);
	return store_exec_stmt(st, s);
}

enum store_rc
store_audit_unknown_code(struct store *st, const char *kiosk, time_t hour)
{
	static const char sql[] =
	    "INSERT INTO audit (at, role, staff, action, subject, detail) "
	    "VALUES (?, 'kiosk', NULL, 'kiosk.unknown-codes', ?, '{\"count\":1}') "
	    "ON CONFLICT (subject, at) WHERE action = 'kiosk.unknown-codes' "
	    "DO UPDATE SET detail = json_set(detail, '$.count', "
	    "json_extract(detail, '$.count') + 1)";
	sqlite3_stmt *s = store_stmt(st, sql);

	if (s == NULL)
		return STORE_ERROR;
	sqlite3_bind_int64(s, 1, (sqlite3_int64)hour);
	store_bind_text(s, 2, kiosk);
	return store_exec_stmt(st, s);
}

enum store_rc
store_audit_unknown_count(struct store *st, const char *kiosk, time_t hour, int *n)
{
	static const char sql[] =
	    "SELECT json_extract(detail, '$.count') FROM audit "
	    "WHERE action = 'kiosk.unknown-codes' AND subject = ? AND at = ?";
	sqlite3_stmt *s = store_stmt(st, sql);
	int rc;

	*n = 0;
	if (s == NULL)
		return STORE_ERROR;
	store_bind_text(s, 1, kiosk);
	sqlite3_bind_int64(s, 2, (sqlite3_int64)hour);
	if ((rc = sqlite3_step(s)) == SQLITE_ROW)
		*n = sqlite3_column_int(s, 0);
	return store_finish(st, s, rc == SQLITE_ROW ? SQLITE_DONE : rc);
}

/* Reads the rows s returns (at, role, staff, action, subject, detail, via) into
 * a newly allocated array; on failure nothing is left allocated. */
static enum store_rc
audit_read_rows(struct store *st, sqlite3_stmt *s, struct audit_row **out, size_t *n)
{
	size_t cap = 0;
	int rc;

	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct audit_row *r = store_grow((void **)out, n, &cap, sizeof **out);
		const unsigned char *detail = sqlite3_column_text(s, 5);

		r->at = (time_t)sqlite3_column_int64(s, 0);
		store_column_text(s, 1, r->role, sizeof r->role);
		store_column_text(s, 2, r->staff, sizeof r->staff);
		store_column_text(s, 3, r->action, sizeof r->action);
		store_column_text(s, 4, r->subject, sizeof r->subject);
		store_column_text(s, 6, r->via, sizeof r->via);
		r->detail = NULL;
		if (detail != NULL) {
			/* Printable copies never grow, so its own length is room enough. */
			size_t len = strlen((const char *)detail) + 1;
			r->detail = xmalloc(len);
			text_copy_printable(r->detail, len, (const char *)detail);
		}
	}
	if (rc != SQLITE_DONE) {
		audit_rows_free(*out, *n);
		*out = NULL;
		*n = 0;
	}
	return store_list_finish(st, s, rc, (void **)out, n);
}

enum store_rc
store_audit_list(struct store *st, time_t from, time_t to, struct audit_row **out, size_t *n)
{
	static const char sql[] =
	    "SELECT at, role, staff, action, subject, detail, via FROM audit "
	    "LEFT JOIN audit_via ON audit_id = id "
	    "WHERE at >= ? AND at < ? ORDER BY at, id";
	sqlite3_stmt *s = store_stmt(st, sql);

	*out = NULL;
	*n = 0;
	if (s == NULL)
		return STORE_ERROR;
	sqlite3_bind_int64(s, 1, (sqlite3_int64)from);
	sqlite3_bind_int64(s, 2, (sqlite3_int64)to);
	return audit_read_rows(st, s, out, n);
}

enum store_rc
store_audit_naming(struct store *st, const char *uuid, struct audit_row **out, size_t *n)
{
	static const char sql[] =
	    "SELECT at, role, staff, action, subject, detail, via FROM audit "
	    "LEFT JOIN audit_via ON audit_id = id "
	    "WHERE subject = ?1 OR instr(detail, ?1) > 0 ORDER BY at, id";
	sqlite3_stmt *s = store_stmt(st, sql);

	*out = NULL;
	*n = 0;
	if (s == NULL)
		return STORE_ERROR;
	store_bind_text(s, 1, uuid);
	return audit_read_rows(st, s, out, n);
}
