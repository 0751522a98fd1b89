/* The SQL of the audit log (db/007_audit.sql): who acts, and the rows the
 * triggers do not write. */
#include "store-internal.h"

enum store_rc
store_audit_context(struct store *st, time_t at, const char *role, const char *staff)
{
	static const char sql[] =
	    "UPDATE audit_context SET at = ?, role = ?, staff = ? WHERE id = 1";
	sqlite3_stmt *s = store_stmt(st, sql);

	if (s == NULL)
		return STORE_ERROR;
	sqlite3_bind_int64(s, 1, (sqlite3_int64)at);
	store_bind_text(s, 2, role);
	store_bind_text(s, 3, staff != NULL && staff[0] != '\0' ? staff : NULL);
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
store_audit_naming(struct store *st, const char *uuid, struct store_audit_row **out, size_t *n)
{
	static const char sql[] =
	    "SELECT at, role, staff, action, subject, detail FROM audit "
	    "WHERE subject = ?1 OR instr(detail, ?1) > 0 ORDER BY at, id";
	sqlite3_stmt *s = store_stmt(st, sql);
	size_t cap = 0;
	int rc;

	*out = NULL;
	*n = 0;
	if (s == NULL)
		return STORE_ERROR;
	store_bind_text(s, 1, uuid);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct store_audit_row *r = store_grow((void **)out, n, &cap, sizeof **out);
		r->at = sqlite3_column_int64(s, 0);
		store_column_text(s, 1, r->role, sizeof r->role);
		store_column_text(s, 2, r->staff, sizeof r->staff);
		store_column_text(s, 3, r->action, sizeof r->action);
		store_column_text(s, 4, r->subject, sizeof r->subject);
		store_column_text(s, 5, r->detail, sizeof r->detail);
	}
	return store_list_finish(st, s, rc, (void **)out, n);
}
