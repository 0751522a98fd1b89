/* Store: members. */
#include <string.h>

#include "store-internal.h"

#define MEMBER_COLUMNS \
	"id, uuid, code, name, email, municipality, organisation, category, created_at"

static void
read_member(sqlite3_stmt *s, struct member *out)
{
	memset(out, 0, sizeof *out);
	out->id = sqlite3_column_int64(s, 0);
	store_column_text(s, 1, out->uuid, sizeof out->uuid);
	store_column_text(s, 2, out->code, sizeof out->code);
	store_column_text(s, 3, out->name, sizeof out->name);
	store_column_text(s, 4, out->email, sizeof out->email);
	store_column_text(s, 5, out->municipality, sizeof out->municipality);
	store_column_text(s, 6, out->organisation, sizeof out->organisation);
	store_column_text(s, 7, out->category, sizeof out->category);
	out->created_at = sqlite3_column_int64(s, 8);
}

/* Steps the bound statement s for at most one member. */
static enum store_rc
one_member(struct store *st, sqlite3_stmt *s, struct member *out)
{
	int rc = sqlite3_step(s);

	if (rc == SQLITE_ROW) {
		read_member(s, out);
		store_finish(st, s, rc);
		return STORE_OK;
	}
	return store_finish(st, s, rc) == STORE_OK ? STORE_NOTFOUND : STORE_ERROR;
}

enum store_rc
store_member_insert(struct store *st, struct member *m)
{
	static const char sql[] =
	    "INSERT INTO member (uuid, code, name, email, municipality, organisation, "
	    "category, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
	sqlite3_stmt *s = store_stmt(st, sql);
	enum store_rc rc;

	if (s == NULL)
		return STORE_ERROR;
	store_bind_text(s, 1, m->uuid);
	store_bind_text(s, 2, m->code);
	store_bind_text(s, 3, m->name);
	store_bind_text(s, 4, m->email);
	store_bind_text(s, 5, m->municipality);
	store_bind_text(s, 6, m->organisation);
	store_bind_text(s, 7, m->category);
	sqlite3_bind_int64(s, 8, m->created_at);
	rc = store_exec_stmt(st, s);
	if (rc == STORE_OK)
		m->id = sqlite3_last_insert_rowid(st->db);
	return rc;
}

enum store_rc
store_member_update(struct store *st, const struct member *m)
{
	static const char sql[] =
	    "UPDATE member SET name = ?, email = ?, municipality = ?, organisation = ?, "
	    "category = ? WHERE id = ?";
	sqlite3_stmt *s = store_stmt(st, sql);

	if (s == NULL)
		return STORE_ERROR;
	store_bind_text(s, 1, m->name);
	store_bind_text(s, 2, m->email);
	store_bind_text(s, 3, m->municipality);
	store_bind_text(s, 4, m->organisation);
	store_bind_text(s, 5, m->category);
	sqlite3_bind_int64(s, 6, m->id);
	return store_exec_stmt(st, s);
}

enum store_rc
store_member_by_code(struct store *st, const char *code, struct member *out)
{
	static const char sql[] = "SELECT " MEMBER_COLUMNS " FROM member WHERE code = ?";
	sqlite3_stmt *s = store_stmt(st, sql);

	if (s == NULL)
		return STORE_ERROR;
	store_bind_text(s, 1, code);
	return one_member(st, s, out);
}

enum store_rc
store_member_namesake(struct store *st, const char *name, const char *email, int64_t except_id,
    struct member *out)
{
	static const char sql[] = "SELECT " MEMBER_COLUMNS " FROM member WHERE name = ? "
	    "COLLATE NOCASE AND email = ? COLLATE NOCASE AND id != ? ORDER BY id LIMIT 1";
	sqlite3_stmt *s = store_stmt(st, sql);

	if (s == NULL)
		return STORE_ERROR;
	store_bind_text(s, 1, name);
	store_bind_text(s, 2, email);
	sqlite3_bind_int64(s, 3, except_id);
	return one_member(st, s, out);
}

enum store_rc
store_member_list(struct store *st, struct member **out, size_t *n)
{
	static const char sql[] =
	    "SELECT " MEMBER_COLUMNS " FROM member ORDER BY name COLLATE NOCASE, code";
	sqlite3_stmt *s = store_stmt(st, sql);
	size_t cap = 0;
	int rc;

	*out = NULL;
	*n = 0;
	if (s == NULL)
		return STORE_ERROR;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW)
		read_member(s, store_grow((void **)out, n, &cap, sizeof **out));
	return store_list_finish(st, s, rc, (void **)out, n);
}
