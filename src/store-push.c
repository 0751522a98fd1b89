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
store_push_list(struct store *st, struct push_row **out, size_t *n)
{
	/* Each month once: its last push and that push's answer. */
	static const char sql[] = "SELECT month, pushed_at, result FROM network_push AS p "
	    "WHERE id = (SELECT id FROM network_push AS q WHERE q.month = p.month "
	    "ORDER BY pushed_at DESC, id DESC LIMIT 1) ORDER BY month";
	sqlite3_stmt *s = store_stmt(st, sql);
	size_t cap = 0;
	int rc;

	*out = NULL;
	*n = 0;
	if (s == NULL)
		return STORE_ERROR;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct push_row *r = store_grow((void **)out, n, &cap, sizeof **out);
		store_column_text(s, 0, r->month, sizeof r->month);
		r->pushed_at = sqlite3_column_int64(s, 1);
		store_column_text(s, 2, r->result, sizeof r->result);
	}
	return store_list_finish(st, s, rc, (void **)out, n);
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
