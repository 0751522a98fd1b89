/* The SQL of the hub's record of its pushes to the network (network_push,
 * db/013_network_push.sql). */
#include <string.h>

#include "store-internal.h"

enum store_rc
store_push_record(struct store *st, const char *month, time_t at, const char *result,
    const char *generated_at)
{
	static const char sql[] = "INSERT INTO network_push (month, pushed_at, result, generated_at) "
	    "VALUES (?1, ?2, ?3, ?4)";
	sqlite3_stmt *s = store_stmt(st, sql);

	if (s == NULL)
		return STORE_ERROR;
	sqlite3_bind_text(s, 1, month, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(s, 2, at);
	sqlite3_bind_text(s, 3, result, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(s, 4, generated_at, -1, SQLITE_TRANSIENT);
	return store_finish(st, s, sqlite3_step(s));
}

enum store_rc
store_hub_created(struct store *st, time_t *out)
{
	static const char sql[] = "SELECT created_at FROM hub";
	sqlite3_stmt *s = store_stmt(st, sql);
	int rc;

	*out = 0;
	if (s == NULL)
		return STORE_ERROR;
	if ((rc = sqlite3_step(s)) == SQLITE_ROW)
		*out = sqlite3_column_int64(s, 0);
	return store_finish(st, s, rc);
}
