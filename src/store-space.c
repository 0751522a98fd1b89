/* Store: spaces. */
#include <string.h>

#include "store-internal.h"

#define SPACE_COLUMNS \
	"id, code, kind, name, capacity, zone, map_col, map_row, retired_at IS NOT NULL, " \
	"created_at, coalesce(retired_at, 0), coalesce(available_from, created_at)"

static void
read_space(sqlite3_stmt *s, struct space *out)
{
	memset(out, 0, sizeof *out);
	out->id = sqlite3_column_int64(s, 0);
	store_column_text(s, 1, out->code, sizeof out->code);
	store_column_text(s, 2, out->kind, sizeof out->kind);
	store_column_text(s, 3, out->name, sizeof out->name);
	out->capacity = sqlite3_column_int(s, 4);
	store_column_text(s, 5, out->zone, sizeof out->zone);
	out->map_col = sqlite3_column_type(s, 6) == SQLITE_NULL ? -1 : sqlite3_column_int(s, 6);
	out->map_row = sqlite3_column_type(s, 7) == SQLITE_NULL ? -1 : sqlite3_column_int(s, 7);
	out->retired = sqlite3_column_int(s, 8) != 0;
	out->created_at = sqlite3_column_int64(s, 9);
	out->retired_at = sqlite3_column_int64(s, 10);
	out->available_from = sqlite3_column_int64(s, 11);
}

/* Runs s (bound by the caller) and reads at most one space. */
static enum store_rc
one_space(struct store *st, sqlite3_stmt *s, struct space *out)
{
	int rc = sqlite3_step(s);

	if (rc == SQLITE_ROW) {
		read_space(s, out);
		store_finish(st, s, rc);
		return STORE_OK;
	}
	return store_finish(st, s, rc) == STORE_OK ? STORE_NOTFOUND : STORE_ERROR;
}

static enum store_rc
all_spaces(struct store *st, sqlite3_stmt *s, struct space **out, size_t *n)
{
	size_t cap = 0;
	int rc;

	*out = NULL;
	*n = 0;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW)
		read_space(s, store_grow((void **)out, n, &cap, sizeof **out));
	return store_list_finish(st, s, rc, (void **)out, n);
}

enum store_rc
store_space_insert(struct store *st, struct space *sp, time_t now)
{
	static const char sql[] =
	    "INSERT INTO space (code, kind, name, capacity, zone, map_col, map_row, created_at, "
	    "available_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
	sqlite3_stmt *s = store_stmt(st, sql);
	enum store_rc rc;

	if (s == NULL)
		return STORE_ERROR;
	store_bind_text(s, 1, sp->code);
	store_bind_text(s, 2, sp->kind);
	store_bind_text(s, 3, sp->name);
	sqlite3_bind_int(s, 4, sp->capacity);
	store_bind_text(s, 5, sp->zone);
	if (sp->map_col >= 0) {
		sqlite3_bind_int(s, 6, sp->map_col);
		sqlite3_bind_int(s, 7, sp->map_row);
	}
	sqlite3_bind_int64(s, 8, now);
	sqlite3_bind_int64(s, 9, sp->available_from);
	rc = store_exec_stmt(st, s);
	if (rc == STORE_OK)
		sp->id = sqlite3_last_insert_rowid(st->db);
	return rc;
}

enum store_rc
store_space_by_code(struct store *st, const char *code, struct space *out)
{
	static const char sql[] = "SELECT " SPACE_COLUMNS " FROM space WHERE code = ?";
	sqlite3_stmt *s = store_stmt(st, sql);

	if (s == NULL)
		return STORE_ERROR;
	store_bind_text(s, 1, code);
	return one_space(st, s, out);
}

enum store_rc
store_space_by_id(struct store *st, int64_t id, struct space *out)
{
	static const char sql[] = "SELECT " SPACE_COLUMNS " FROM space WHERE id = ?";
	sqlite3_stmt *s = store_stmt(st, sql);

	if (s == NULL)
		return STORE_ERROR;
	sqlite3_bind_int64(s, 1, id);
	return one_space(st, s, out);
}

enum store_rc
store_space_list(struct store *st, bool with_retired, struct space **out, size_t *n)
{
	static const char sql[] =
	    "SELECT " SPACE_COLUMNS " FROM space WHERE ? OR retired_at IS NULL ORDER BY code";
	sqlite3_stmt *s = store_stmt(st, sql);

	*out = NULL;
	*n = 0;
	if (s == NULL)
		return STORE_ERROR;
	sqlite3_bind_int(s, 1, with_retired);
	return all_spaces(st, s, out, n);
}

enum store_rc
store_space_update(struct store *st, const struct space *sp)
{
	static const char sql[] =
	    "UPDATE space SET name = ?, capacity = ?, zone = ?, map_col = ?, map_row = ?, "
	    "available_from = ? WHERE id = ?";
	sqlite3_stmt *s = store_stmt(st, sql);

	if (s == NULL)
		return STORE_ERROR;
	store_bind_text(s, 1, sp->name);
	sqlite3_bind_int(s, 2, sp->capacity);
	store_bind_text(s, 3, sp->zone);
	if (sp->map_col >= 0) {
		sqlite3_bind_int(s, 4, sp->map_col);
		sqlite3_bind_int(s, 5, sp->map_row);
	}
	sqlite3_bind_int64(s, 6, sp->available_from);
	sqlite3_bind_int64(s, 7, sp->id);
	return store_exec_stmt(st, s);
}

enum store_rc
store_space_retire(struct store *st, int64_t id, time_t now)
{
	static const char sql[] =
	    "UPDATE space SET retired_at = ? WHERE id = ? AND retired_at IS NULL";
	sqlite3_stmt *s = store_stmt(st, sql);

	if (s == NULL)
		return STORE_ERROR;
	sqlite3_bind_int64(s, 1, now);
	sqlite3_bind_int64(s, 2, id);
	return store_exec_stmt(st, s);
}

enum store_rc
store_space_first_use(struct store *st, int64_t space_id, time_t *out)
{
	static const char sql[] =
	    "SELECT min(t) FROM (SELECT min(checked_in_at) AS t FROM visit WHERE space_id = ?1 "
	    "UNION ALL SELECT min(starts_at) FROM booking WHERE space_id = ?1 "
	    "AND status <> 'cancelled')";
	sqlite3_stmt *s = store_stmt(st, sql);
	int rc;

	*out = 0;
	if (s == NULL)
		return STORE_ERROR;
	sqlite3_bind_int64(s, 1, space_id);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW && sqlite3_column_type(s, 0) != SQLITE_NULL)
		*out = sqlite3_column_int64(s, 0);
	return store_finish(st, s, rc);
}
