/* The SQL of staff members and the lockout (db/008_staff.sql). */
#include <stdio.h>
#include <string.h>

#include "store-internal.h"

#define STAFF_COLUMNS "id, uuid, name, is_admin, pin_hash IS NOT NULL, created_at"

static void
read_staff(sqlite3_stmt *s, struct staff_member *out)
{
	memset(out, 0, sizeof *out);
	out->id = sqlite3_column_int64(s, 0);
	store_column_text(s, 1, out->uuid, sizeof out->uuid);
	store_column_text(s, 2, out->name, sizeof out->name);
	out->is_admin = sqlite3_column_int(s, 3) != 0;
	out->has_pin = sqlite3_column_int(s, 4) != 0;
	out->created_at = sqlite3_column_int64(s, 5);
}

enum store_rc
store_staff_list(struct store *st, struct staff_member **out, size_t *n)
{
	static const char sql[] = "SELECT " STAFF_COLUMNS " FROM staff ORDER BY name COLLATE NOCASE";
	sqlite3_stmt *s = store_stmt(st, sql);
	size_t cap = 0;
	int rc;

	*out = NULL;
	*n = 0;
	if (s == NULL)
		return STORE_ERROR;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW)
		read_staff(s, store_grow((void **)out, n, &cap, sizeof **out));
	return store_list_finish(st, s, rc, (void **)out, n);
}

enum store_rc
store_staff_insert(struct store *st, struct staff_member *m)
{
	static const char sql[] =
	    "INSERT INTO staff (uuid, name, is_admin, created_at) VALUES (?, ?, ?, ?)";
	sqlite3_stmt *s = store_stmt(st, sql);
	enum store_rc rc;

	if (s == NULL)
		return STORE_ERROR;
	store_bind_text(s, 1, m->uuid);
	store_bind_text(s, 2, m->name);
	sqlite3_bind_int(s, 3, m->is_admin ? 1 : 0);
	sqlite3_bind_int64(s, 4, (sqlite3_int64)m->created_at);
	rc = store_exec_stmt(st, s);
	if (rc == STORE_OK)
		m->id = sqlite3_last_insert_rowid(st->db);
	return rc;
}

enum store_rc
store_staff_delete(struct store *st, int64_t id)
{
	static const char sql[] = "DELETE FROM staff WHERE id = ?";
	sqlite3_stmt *s = store_stmt(st, sql);
	int changed;

	if (s == NULL)
		return STORE_ERROR;
	sqlite3_bind_int64(s, 1, id);
	if (store_exec_changes(st, s, &changed) != STORE_OK)
		return STORE_ERROR;
	return changed > 0 ? STORE_OK : STORE_NOTFOUND;
}

enum store_rc
store_staff_hash(struct store *st, int64_t id, char *hash, size_t n)
{
	static const char sql[] = "SELECT pin_hash FROM staff WHERE id = ? AND pin_hash IS NOT NULL";
	sqlite3_stmt *s = store_stmt(st, sql);
	int rc;

	if (s == NULL)
		return STORE_ERROR;
	sqlite3_bind_int64(s, 1, id);
	if ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		/* Raw, not made printable: a hash is never shown. */
		const unsigned char *v = sqlite3_column_text(s, 0);
		snprintf(hash, n, "%s", v != NULL ? (const char *)v : "");
		store_finish(st, s, rc);
		return STORE_OK;
	}
	return store_finish(st, s, rc) == STORE_OK ? STORE_NOTFOUND : STORE_ERROR;
}

enum store_rc
store_staff_set_hash(struct store *st, int64_t id, const char *hash)
{
	static const char sql[] = "UPDATE staff SET pin_hash = ? WHERE id = ?";
	sqlite3_stmt *s = store_stmt(st, sql);
	int changed;

	if (s == NULL)
		return STORE_ERROR;
	store_bind_text(s, 1, hash);
	sqlite3_bind_int64(s, 2, id);
	if (store_exec_changes(st, s, &changed) != STORE_OK)
		return STORE_ERROR;
	return changed > 0 ? STORE_OK : STORE_NOTFOUND;
}

enum store_rc
store_staff_lockout_get(struct store *st, struct staff_lockout *out)
{
	static const char sql[] =
	    "SELECT failures, pauses, paused_until FROM staff_lockout WHERE id = 1";
	sqlite3_stmt *s = store_stmt(st, sql);
	int rc;

	memset(out, 0, sizeof *out);
	if (s == NULL)
		return STORE_ERROR;
	if ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		out->failures = sqlite3_column_int(s, 0);
		out->pauses = sqlite3_column_int(s, 1);
		out->paused_until = (time_t)sqlite3_column_int64(s, 2);
	}
	/* A row missing (a hand-edited file) reads as no lockout at all would
	 * be a way round it: it is an error instead. */
	if (store_finish(st, s, rc) != STORE_OK)
		return STORE_ERROR;
	if (rc != SQLITE_ROW) {
		store_set_error(st, "the staff lockout row is missing");
		return STORE_ERROR;
	}
	return STORE_OK;
}

enum store_rc
store_staff_lockout_set(struct store *st, const struct staff_lockout *l)
{
	static const char sql[] =
	    "UPDATE staff_lockout SET failures = ?, pauses = ?, paused_until = ? WHERE id = 1";
	sqlite3_stmt *s = store_stmt(st, sql);

	if (s == NULL)
		return STORE_ERROR;
	sqlite3_bind_int(s, 1, l->failures);
	sqlite3_bind_int(s, 2, l->pauses);
	sqlite3_bind_int64(s, 3, (sqlite3_int64)l->paused_until);
	return store_exec_stmt(st, s);
}
