/* The SQL of retention: guests' visits past the limit lose their name,
 * purpose and host, and audit rows past it go. */
#include "store-internal.h"

/* Guests' visits still holding what retention blanks, on the partial index
 * visit_guest_kept of db/009_members_leave.sql. */
#define RETENTION_GUESTS "is_guest = 1 AND host_member_id IS NOT NULL AND checked_in_at < ?1"

enum store_rc
store_retention_count(struct store *st, time_t cutoff, int *guests, int *audit)
{
	static const char sql[] =
	    "SELECT (SELECT count(*) FROM visit WHERE " RETENTION_GUESTS "), "
	    "(SELECT count(*) FROM audit WHERE at < ?1)";
	sqlite3_stmt *s = store_stmt(st, sql);
	int rc;

	*guests = *audit = 0;
	if (s == NULL)
		return STORE_ERROR;
	sqlite3_bind_int64(s, 1, cutoff);
	if ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		*guests = sqlite3_column_int(s, 0);
		*audit = sqlite3_column_int(s, 1);
	}
	return store_finish(st, s, rc);
}

enum store_rc
store_retention_purge(struct store *st, time_t cutoff, int *guests, int *audit)
{
	static const char blank[] =
	    "UPDATE visit SET guest_name = NULL, purpose = NULL, host_member_id = NULL "
	    "WHERE " RETENTION_GUESTS;
	static const char drop[] = "DELETE FROM audit WHERE at < ?1";
	sqlite3_stmt *b = store_stmt(st, blank), *d;
	enum store_rc rc;

	*guests = *audit = 0;
	if (b == NULL)
		return STORE_ERROR;
	sqlite3_bind_int64(b, 1, cutoff);
	/* Blanking first: its own audit rows are young, and stay. */
	if ((rc = store_exec_changes(st, b, guests)) != STORE_OK)
		return rc;
	if ((d = store_stmt(st, drop)) == NULL)
		return STORE_ERROR;
	sqlite3_bind_int64(d, 1, cutoff);
	return store_exec_changes(st, d, audit);
}
