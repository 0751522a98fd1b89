/* Store: the visitor log. */
#include <string.h>

#include "store-internal.h"

#define VISIT_SELECT \
	"SELECT v.id, v.uuid, v.is_guest, " \
	"CASE WHEN coalesce(m.erased_at, h.erased_at) IS NULL THEN coalesce(m.code, h.code) END, " \
	"CASE WHEN v.is_guest THEN v.guest_name ELSE m.name END, h.name, v.purpose, " \
	"v.space_id, sp.code, b.uuid, v.checked_in_at, v.checked_out_at, v.auto_closed, " \
	"coalesce(v.member_id, 0), coalesce(v.hold_until, 0), b.starts_at, b.ends_at, sp.kind " \
	"FROM visit AS v LEFT JOIN member AS m ON m.id = v.member_id " \
	"LEFT JOIN member AS h ON h.id = v.host_member_id " \
	"LEFT JOIN space AS sp ON sp.id = v.space_id " \
	"LEFT JOIN booking AS b ON b.id = v.booking_id "

static void
read_visit(sqlite3_stmt *s, struct visit *out)
{
	memset(out, 0, sizeof *out);
	out->id = sqlite3_column_int64(s, 0);
	store_column_text(s, 1, out->uuid, sizeof out->uuid);
	out->is_guest = sqlite3_column_int(s, 2) != 0;
	store_column_text(s, 3, out->member_code, sizeof out->member_code);
	store_column_text(s, 4, out->name, sizeof out->name);
	store_column_text(s, 5, out->host_name, sizeof out->host_name);
	store_column_text(s, 6, out->purpose, sizeof out->purpose);
	out->space_id = sqlite3_column_int64(s, 7);
	store_column_text(s, 8, out->space_code, sizeof out->space_code);
	store_column_text(s, 9, out->booking_uuid, sizeof out->booking_uuid);
	out->in_at = sqlite3_column_int64(s, 10);
	out->out_at = sqlite3_column_int64(s, 11);
	out->auto_closed = sqlite3_column_int(s, 12) != 0;
	out->member_id = sqlite3_column_int64(s, 13);
	out->hold_until = sqlite3_column_int64(s, 14);
	out->booking_starts = sqlite3_column_int64(s, 15);
	out->booking_ends = sqlite3_column_int64(s, 16);
	store_column_text(s, 17, out->space_kind, sizeof out->space_kind);
}

/* Steps the bound statement s into a newly allocated array of visits. */
static enum store_rc
visit_list_rows(struct store *st, sqlite3_stmt *s, struct visit **out, size_t *n)
{
	size_t cap = 0;
	int rc;

	while ((rc = sqlite3_step(s)) == SQLITE_ROW)
		read_visit(s, store_grow((void **)out, n, &cap, sizeof **out));
	return store_list_finish(st, s, rc, (void **)out, n);
}

static enum store_rc
one_visit(struct store *st, sqlite3_stmt *s, struct visit *out)
{
	int rc = sqlite3_step(s);

	if (rc == SQLITE_ROW) {
		read_visit(s, out);
		store_finish(st, s, rc);
		return STORE_OK;
	}
	return store_finish(st, s, rc) == STORE_OK ? STORE_NOTFOUND : STORE_ERROR;
}

enum store_rc
store_visit_insert(struct store *st, struct visit *v, int64_t member_id, int64_t host_id,
    int64_t booking_id)
{
	static const char sql[] =
	    "INSERT INTO visit (uuid, is_guest, member_id, guest_name, host_member_id, purpose, "
	    "space_id, booking_id, checked_in_at, hold_until, checked_out_at, auto_closed) "
	    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
	sqlite3_stmt *s = store_stmt(st, sql);
	enum store_rc rc;

	if (s == NULL)
		return STORE_ERROR;
	store_bind_text(s, 1, v->uuid);
	sqlite3_bind_int(s, 2, v->is_guest);
	if (member_id != 0)
		sqlite3_bind_int64(s, 3, member_id);
	if (v->is_guest)
		store_bind_text(s, 4, v->name);
	if (host_id != 0)
		sqlite3_bind_int64(s, 5, host_id);
	store_bind_text(s, 6, v->purpose);
	if (v->space_id != 0)
		sqlite3_bind_int64(s, 7, v->space_id);
	if (booking_id != 0)
		sqlite3_bind_int64(s, 8, booking_id);
	sqlite3_bind_int64(s, 9, v->in_at);
	if (v->hold_until != 0)
		sqlite3_bind_int64(s, 10, v->hold_until);
	if (v->out_at != 0)
		sqlite3_bind_int64(s, 11, v->out_at);
	sqlite3_bind_int(s, 12, v->auto_closed);
	rc = store_exec_stmt(st, s);
	if (rc == STORE_OK)
		v->id = sqlite3_last_insert_rowid(st->db);
	return rc;
}

/* Runs sql with id as its one parameter and reads at most one visit. */
static enum store_rc
visit_by_id(struct store *st, const char *sql, int64_t id, struct visit *out)
{
	sqlite3_stmt *s = store_stmt(st, sql);

	if (s == NULL)
		return STORE_ERROR;
	sqlite3_bind_int64(s, 1, id);
	return one_visit(st, s, out);
}

enum store_rc
store_visit_open_of_member(struct store *st, int64_t member_id, struct visit *out)
{
	static const char sql[] = VISIT_SELECT "WHERE v.member_id = ? AND v.checked_out_at IS NULL";

	return visit_by_id(st, sql, member_id, out);
}

enum store_rc
store_visit_closed_after(struct store *st, int64_t member_id, int64_t space_id, time_t t,
    struct visit *out)
{
	static const char sql_member[] = VISIT_SELECT
	    "WHERE v.member_id = ?1 AND v.checked_in_at > ?2 - 90000 AND v.checked_out_at > ?2 "
	    "ORDER BY v.checked_in_at LIMIT 1";
	static const char sql_space[] = VISIT_SELECT
	    "WHERE v.space_id = ?1 AND v.checked_in_at > ?2 - 90000 AND v.checked_out_at > ?2 "
	    "ORDER BY v.checked_in_at LIMIT 1";
	sqlite3_stmt *s = store_stmt(st, member_id != 0 ? sql_member : sql_space);

	if (s == NULL)
		return STORE_ERROR;
	sqlite3_bind_int64(s, 1, member_id != 0 ? member_id : space_id);
	sqlite3_bind_int64(s, 2, t);
	return one_visit(st, s, out);
}

/* Visits of one member or one space (sql says which: ?1) that began by
 * z (?3) and may reach past a (?2): open, or checked out after a. A visit
 * lasts at most its day (25 hours at most), so the range on (member_id or
 * space_id, checked_in_at) bounds the walk whatever the history. */
static enum store_rc
visits_between(struct store *st, const char *sql, int64_t id, time_t a, time_t z,
    struct visit **out, size_t *n)
{
	sqlite3_stmt *s = store_stmt(st, sql);
	size_t cap = 0;
	int rc;

	*out = NULL;
	*n = 0;
	if (s == NULL)
		return STORE_ERROR;
	sqlite3_bind_int64(s, 1, id);
	sqlite3_bind_int64(s, 2, a);
	sqlite3_bind_int64(s, 3, z);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW)
		read_visit(s, store_grow((void **)out, n, &cap, sizeof **out));
	return store_list_finish(st, s, rc, (void **)out, n);
}

#define BETWEEN_WHERE \
	"v.checked_in_at > ?2 - 90000 AND v.checked_in_at <= ?3 " \
	"AND (v.checked_out_at IS NULL OR v.checked_out_at > ?2) ORDER BY v.checked_in_at"

enum store_rc
store_visit_member_between(struct store *st, int64_t member_id, time_t a, time_t z,
    struct visit **out, size_t *n)
{
	static const char sql[] = VISIT_SELECT "WHERE v.member_id = ?1 AND " BETWEEN_WHERE;

	return visits_between(st, sql, member_id, a, z, out, n);
}

enum store_rc
store_visit_space_between(struct store *st, int64_t space_id, time_t a, time_t z,
    struct visit **out, size_t *n)
{
	/* On the (space_id, checked_in_at) index (db/005_visit_overlap.sql). */
	static const char sql[] = VISIT_SELECT "WHERE v.space_id = ?1 AND " BETWEEN_WHERE;

	return visits_between(st, sql, space_id, a, z, out, n);
}

enum store_rc
store_visit_by_uuid(struct store *st, const char *uuid, struct visit *out)
{
	static const char sql[] = VISIT_SELECT "WHERE v.uuid = ?";
	sqlite3_stmt *s = store_stmt(st, sql);

	if (s == NULL)
		return STORE_ERROR;
	store_bind_text(s, 1, uuid);
	return one_visit(st, s, out);
}

/* Runs sql, an UPDATE of a visit's check-out, with (at, id). */
static enum store_rc
set_checkout(struct store *st, const char *sql, int64_t id, time_t at)
{
	sqlite3_stmt *s = store_stmt(st, sql);

	if (s == NULL)
		return STORE_ERROR;
	sqlite3_bind_int64(s, 1, at);
	sqlite3_bind_int64(s, 2, id);
	return store_exec_stmt(st, s);
}

enum store_rc
store_visit_close(struct store *st, int64_t id, time_t at)
{
	static const char sql[] =
	    "UPDATE visit SET checked_out_at = ? WHERE id = ? AND checked_out_at IS NULL";

	return set_checkout(st, sql, id, at);
}

enum store_rc
store_visit_rows(struct store *st, time_t from, time_t to, struct store_visit_row **out, size_t *n)
{
	/* A visit lasts one day at most unless its check-out was forgotten (and
	 * the sweep closes those at closing time), so visits that began up to
	 * 25 h before `from` bound the index range; visits still open from
	 * longer ago come from the open-visit index. */
	/* Two halves joined with UNION ALL rather than OR, so that each keeps
	 * its own index: the check-in time, and the open visits (the unary +
	 * keeps the planner off the check-in index, which would read all of
	 * history for the few visits still open). */
#define VISIT_ROW \
	"SELECT v.member_id, v.is_guest, sp.kind = 'desk', m.category, coalesce(m.municipality_number, 0), " \
	"coalesce(m.org_key, m.organisation), v.checked_in_at, coalesce(v.checked_out_at, 0), " \
	"(SELECT min(f.checked_in_at) FROM visit AS f WHERE f.member_id = v.member_id) " \
	"FROM visit AS v LEFT JOIN member AS m ON m.id = v.member_id " \
	"LEFT JOIN space AS sp ON sp.id = v.space_id "
	static const char sql[] =
	    VISIT_ROW "WHERE v.checked_in_at >= ?1 - 90000 AND v.checked_in_at < ?2 "
	    "AND (v.checked_out_at IS NULL OR v.checked_out_at > ?1) "
	    "UNION ALL "
	    VISIT_ROW "WHERE v.checked_out_at IS NULL AND +v.checked_in_at < ?1 - 90000";
#undef VISIT_ROW
	sqlite3_stmt *s = store_stmt(st, sql);
	size_t cap = 0;
	int rc;

	*out = NULL;
	*n = 0;
	if (s == NULL)
		return STORE_ERROR;
	sqlite3_bind_int64(s, 1, from);
	sqlite3_bind_int64(s, 2, to);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct store_visit_row *r = store_grow((void **)out, n, &cap, sizeof **out);
		r->member_id = sqlite3_column_int64(s, 0);
		r->is_guest = sqlite3_column_int(s, 1) != 0;
		r->at_desk = sqlite3_column_int(s, 2) != 0;
		store_column_text(s, 3, r->category, sizeof r->category);
		r->municipality_number = sqlite3_column_int(s, 4);
		store_column_text(s, 5, r->organisation, sizeof r->organisation);
		r->in_at = sqlite3_column_int64(s, 6);
		r->out_at = sqlite3_column_int64(s, 7);
		r->first_visit = sqlite3_column_int64(s, 8);
	}
	return store_list_finish(st, s, rc, (void **)out, n);
}

enum store_rc
store_visit_open_list(struct store *st, struct visit **out, size_t *n)
{
	/* Sorting by +checked_in_at keeps the planner on the small index of
	 * open visits instead of walking the whole check-in index in order. */
	static const char sql[] = VISIT_SELECT
	    "WHERE v.checked_out_at IS NULL ORDER BY +v.checked_in_at";
	sqlite3_stmt *s = store_stmt(st, sql);
	size_t cap = 0;
	int rc;

	*out = NULL;
	*n = 0;
	if (s == NULL)
		return STORE_ERROR;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW)
		read_visit(s, store_grow((void **)out, n, &cap, sizeof **out));
	return store_list_finish(st, s, rc, (void **)out, n);
}

enum store_rc
store_visit_auto_close(struct store *st, int64_t id, time_t at)
{
	static const char sql[] =
	    "UPDATE visit SET checked_out_at = ?, auto_closed = 1 "
	    "WHERE id = ? AND checked_out_at IS NULL";

	return set_checkout(st, sql, id, at);
}

enum store_rc
store_visit_correct_out(struct store *st, int64_t id, time_t at)
{
	static const char sql[] =
	    "UPDATE visit SET checked_out_at = ?, auto_closed = 0 WHERE id = ? AND auto_closed = 1";

	return set_checkout(st, sql, id, at);
}

enum store_rc
store_visit_set_times(struct store *st, int64_t id, time_t in_at, time_t out_at, bool auto_closed)
{
	static const char sql[] =
	    "UPDATE visit SET checked_in_at = ?2, checked_out_at = ?3, auto_closed = ?4 WHERE id = ?1";
	sqlite3_stmt *s = store_stmt(st, sql);

	if (s == NULL)
		return STORE_ERROR;
	sqlite3_bind_int64(s, 1, id);
	sqlite3_bind_int64(s, 2, in_at);
	if (out_at != 0)
		sqlite3_bind_int64(s, 3, out_at);
	sqlite3_bind_int(s, 4, auto_closed);
	return store_exec_stmt(st, s);
}

enum store_rc
store_visit_delete(struct store *st, int64_t id)
{
	static const char sql[] = "DELETE FROM visit WHERE id = ?";
	sqlite3_stmt *s = store_stmt(st, sql);
	int changed;
	enum store_rc rc;

	if (s == NULL)
		return STORE_ERROR;
	sqlite3_bind_int64(s, 1, id);
	rc = store_exec_changes(st, s, &changed);
	return rc == STORE_OK && changed == 0 ? STORE_NOTFOUND : rc;
}

enum store_rc
store_visit_of_booking(struct store *st, int64_t booking_id, bool *has)
{
	static const char sql[] = "SELECT 1 FROM visit WHERE booking_id = ? LIMIT 1";
	sqlite3_stmt *s = store_stmt(st, sql);
	int rc;

	*has = false;
	if (s == NULL)
		return STORE_ERROR;
	sqlite3_bind_int64(s, 1, booking_id);
	rc = sqlite3_step(s);
	*has = rc == SQLITE_ROW;
	return store_finish(st, s, rc);
}

enum store_rc
store_visit_last_auto_closed(struct store *st, int64_t member_id, struct visit *out)
{
	static const char sql[] = VISIT_SELECT
	    "WHERE v.id = (SELECT id FROM visit WHERE member_id = ? "
	    "ORDER BY checked_in_at DESC LIMIT 1) AND v.auto_closed = 1";

	return visit_by_id(st, sql, member_id, out);
}

enum store_rc
store_visit_list(struct store *st, time_t from, time_t to, struct visit **out, size_t *n)
{
	static const char sql[] = VISIT_SELECT
	    "WHERE v.checked_in_at >= ? AND v.checked_in_at < ? ORDER BY v.checked_in_at, v.id";
	sqlite3_stmt *s = store_stmt(st, sql);

	*out = NULL;
	*n = 0;
	if (s == NULL)
		return STORE_ERROR;
	sqlite3_bind_int64(s, 1, from);
	sqlite3_bind_int64(s, 2, to);
	return visit_list_rows(st, s, out, n);
}

enum store_rc
store_visit_of_member(struct store *st, int64_t member_id, struct visit **out, size_t *n)
{
	static const char sql[] = VISIT_SELECT
	    "WHERE v.member_id = ?1 OR v.host_member_id = ?1 ORDER BY v.checked_in_at, v.id";
	sqlite3_stmt *s = store_stmt(st, sql);

	*out = NULL;
	*n = 0;
	if (s == NULL)
		return STORE_ERROR;
	sqlite3_bind_int64(s, 1, member_id);
	return visit_list_rows(st, s, out, n);
}
