/* Store: members. */
#include <stdio.h>
#include <string.h>

#include "hubdesk/municipality.h"

#include "store-internal.h"

/* An erased member's code is a random text no kiosk can type: it reads
 * as "", so that no list shows it and no one copies it. */
#define MEMBER_COLUMNS \
	"id, uuid, CASE WHEN erased_at IS NULL THEN code ELSE '' END, name, email, " \
	"coalesce(municipality_number, 0), organisation, category, created_at, " \
	"coalesce(retired_at, 0), " \
	"coalesce(erased_at, 0)"

static void
read_member(sqlite3_stmt *s, struct member *out)
{
	memset(out, 0, sizeof *out);
	out->id = sqlite3_column_int64(s, 0);
	store_column_text(s, 1, out->uuid, sizeof out->uuid);
	store_column_text(s, 2, out->code, sizeof out->code);
	store_column_text(s, 3, out->name, sizeof out->name);
	store_column_text(s, 4, out->email, sizeof out->email);
	out->municipality_number = sqlite3_column_int(s, 5);
	snprintf(out->municipality, sizeof out->municipality, "%s",
	    municipality_key(out->municipality_number));
	store_column_text(s, 6, out->organisation, sizeof out->organisation);
	store_column_text(s, 7, out->category, sizeof out->category);
	out->created_at = sqlite3_column_int64(s, 8);
	out->retired_at = sqlite3_column_int64(s, 9);
	out->erased_at = sqlite3_column_int64(s, 10);
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

/* The key that stands for an organisation once one of its members was
 * erased: the one another member (not id) with that organisation holds, so
 * that a member who joins or moves there counts as the same organisation. */
#define MEMBER_ORG_KEY_OF(org, id) \
	"(SELECT k.org_key FROM member AS k WHERE k.organisation = " org " " \
	"AND k.org_key IS NOT NULL AND k.id <> " id " LIMIT 1)"

enum store_rc
store_member_insert(struct store *st, struct member *m)
{
	static const char sql[] =
	    "INSERT INTO member (uuid, code, name, email, municipality_number, organisation, "
	    "category, created_at, org_key) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
	    MEMBER_ORG_KEY_OF("?6", "0") ")";
	sqlite3_stmt *s = store_stmt(st, sql);
	enum store_rc rc;

	if (s == NULL)
		return STORE_ERROR;
	store_bind_text(s, 1, m->uuid);
	store_bind_text(s, 2, m->code);
	store_bind_text(s, 3, m->name);
	store_bind_text(s, 4, m->email);
	store_bind_municipality(s, 5, m->municipality_number);
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
	    "UPDATE member SET name = ?1, email = ?2, municipality_number = ?3, "
	    "org_key = CASE WHEN organisation IS ?4 THEN org_key ELSE "
	    MEMBER_ORG_KEY_OF("?4", "?6") " END, organisation = ?4, category = ?5 WHERE id = ?6";
	sqlite3_stmt *s = store_stmt(st, sql);

	if (s == NULL)
		return STORE_ERROR;
	store_bind_text(s, 1, m->name);
	store_bind_text(s, 2, m->email);
	store_bind_municipality(s, 3, m->municipality_number);
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
store_member_list(struct store *st, bool all, struct member **out, size_t *n)
{
	static const char sql[] = "SELECT " MEMBER_COLUMNS " FROM member "
	    "WHERE ?1 OR retired_at IS NULL ORDER BY name COLLATE NOCASE, code";
	sqlite3_stmt *s = store_stmt(st, sql);
	size_t cap = 0;
	int rc;

	*out = NULL;
	*n = 0;
	if (s == NULL)
		return STORE_ERROR;
	sqlite3_bind_int(s, 1, all);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW)
		read_member(s, store_grow((void **)out, n, &cap, sizeof **out));
	return store_list_finish(st, s, rc, (void **)out, n);
}

enum store_rc
store_member_retire(struct store *st, int64_t id, time_t now)
{
	static const char sql[] =
	    "UPDATE member SET retired_at = coalesce(retired_at, ?) WHERE id = ?";
	sqlite3_stmt *s = store_stmt(st, sql);

	if (s == NULL)
		return STORE_ERROR;
	sqlite3_bind_int64(s, 1, now);
	sqlite3_bind_int64(s, 2, id);
	return store_exec_stmt(st, s);
}

enum store_rc
store_member_erase(struct store *st, int64_t id, const char *code, const char *new_key,
    time_t now)
{
	/* Every member of the organisation shares one key first (an earlier
	 * one when a member of it was erased before), so that the statistics,
	 * which count distinct keys or names, still see one organisation. */
	static const char key_sql[] =
	    "UPDATE member SET org_key = coalesce(" MEMBER_ORG_KEY_OF("m.organisation", "0")
	    ", ?2) FROM (SELECT organisation FROM member WHERE id = ?1) AS m "
	    "WHERE member.organisation = m.organisation";
	static const char sql[] =
	    "UPDATE member SET code = ?2, name = NULL, email = NULL, organisation = NULL, "
	    "retired_at = coalesce(retired_at, ?3), erased_at = ?3 WHERE id = ?1";
	sqlite3_stmt *k = store_stmt(st, key_sql), *s;
	enum store_rc rc;

	if (k == NULL)
		return STORE_ERROR;
	sqlite3_bind_int64(k, 1, id);
	store_bind_text(k, 2, new_key);
	if ((rc = store_exec_stmt(st, k)) != STORE_OK || (s = store_stmt(st, sql)) == NULL)
		return rc != STORE_OK ? rc : STORE_ERROR;
	sqlite3_bind_int64(s, 1, id);
	store_bind_text(s, 2, code);
	sqlite3_bind_int64(s, 3, now);
	return store_exec_stmt(st, s);
}
