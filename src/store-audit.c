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
