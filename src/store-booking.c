/* Store: bookings. Every overlap query bounds starts_at from below by the
 * 25-hour longest booking (see db/001_init.sql), so it stays on the
 * (space_id, starts_at) or (member_id, starts_at) index. */
#include <string.h>

#include "store-internal.h"

#define BOOKING_SELECT \
	"SELECT b.id, b.uuid, b.space_id, sp.code, b.member_id, " \
	"CASE WHEN m.erased_at IS NULL THEN m.code END, m.name, " \
	"b.starts_at, b.ends_at, b.status, b.created_at, b.series_uuid, b.overridden, mf.code, " \
	"sp.kind " \
	"FROM booking AS b JOIN space AS sp ON sp.id = b.space_id " \
	"JOIN member AS m ON m.id = b.member_id " \
	"LEFT JOIN space AS mf ON mf.id = b.moved_from "

static void
read_booking(sqlite3_stmt *s, struct booking *out)
{
	memset(out, 0, sizeof *out);
	out->id = sqlite3_column_int64(s, 0);
	store_column_text(s, 1, out->uuid, sizeof out->uuid);
	out->space_id = sqlite3_column_int64(s, 2);
	store_column_text(s, 3, out->space_code, sizeof out->space_code);
	out->member_id = sqlite3_column_int64(s, 4);
	store_column_text(s, 5, out->member_code, sizeof out->member_code);
	store_column_text(s, 6, out->member_name, sizeof out->member_name);
	out->starts_at = sqlite3_column_int64(s, 7);
	out->ends_at = sqlite3_column_int64(s, 8);
	store_column_text(s, 9, out->status, sizeof out->status);
	out->created_at = sqlite3_column_int64(s, 10);
	store_column_text(s, 11, out->series_uuid, sizeof out->series_uuid);
	store_column_text(s, 12, out->overridden, sizeof out->overridden);
	store_column_text(s, 13, out->moved_from, sizeof out->moved_from);
	store_column_text(s, 14, out->space_kind, sizeof out->space_kind);
}

static enum store_rc
one_booking(struct store *st, sqlite3_stmt *s, struct booking *out)
{
	int rc = sqlite3_step(s);

	if (rc == SQLITE_ROW) {
		if (out != NULL)
			read_booking(s, out);
		store_finish(st, s, rc);
		return STORE_OK;
	}
	return store_finish(st, s, rc) == STORE_OK ? STORE_NOTFOUND : STORE_ERROR;
}

enum store_rc
store_booking_insert(struct store *st, struct booking *b)
{
	static const char sql[] =
	    "INSERT INTO booking (uuid, space_id, member_id, starts_at, ends_at, status, created_at, "
	    "series_uuid, overridden) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
	sqlite3_stmt *s = store_stmt(st, sql);
	enum store_rc rc;

	if (s == NULL)
		return STORE_ERROR;
	store_bind_text(s, 1, b->uuid);
	sqlite3_bind_int64(s, 2, b->space_id);
	sqlite3_bind_int64(s, 3, b->member_id);
	sqlite3_bind_int64(s, 4, b->starts_at);
	sqlite3_bind_int64(s, 5, b->ends_at);
	store_bind_text(s, 6, b->status);
	sqlite3_bind_int64(s, 7, b->created_at);
	store_bind_text(s, 8, b->series_uuid);
	store_bind_text(s, 9, b->overridden);
	rc = store_exec_stmt(st, s);
	if (rc == STORE_OK)
		b->id = sqlite3_last_insert_rowid(st->db);
	return rc;
}

enum store_rc
store_booking_by_uuid(struct store *st, const char *uuid, struct booking *out)
{
	static const char sql[] = BOOKING_SELECT "WHERE b.uuid = ?";
	sqlite3_stmt *s = store_stmt(st, sql);

	if (s == NULL)
		return STORE_ERROR;
	store_bind_text(s, 1, uuid);
	return one_booking(st, s, out);
}

enum store_rc
store_booking_set_status(struct store *st, int64_t id, const char *status, time_t now)
{
	static const char sql[] =
	    "UPDATE booking SET status = ?2, "
	    "cancelled_at = CASE WHEN ?2 = 'cancelled' THEN ?3 ELSE cancelled_at END "
	    "WHERE id = ?1";
	sqlite3_stmt *s = store_stmt(st, sql);

	if (s == NULL)
		return STORE_ERROR;
	sqlite3_bind_int64(s, 1, id);
	store_bind_text(s, 2, status);
	sqlite3_bind_int64(s, 3, now);
	return store_exec_stmt(st, s);
}

enum store_rc
store_booking_checkin_target(struct store *st, int64_t member_id, time_t t, time_t early,
    time_t grace, struct booking *out)
{
	static const char sql[] = BOOKING_SELECT
	    "WHERE b.member_id = ?1 AND b.starts_at >= ?2 - ?4 AND b.starts_at <= ?2 + ?3 "
	    "AND b.ends_at > ?2 AND b.status IN ('booked', 'no-show') "
	    "ORDER BY b.starts_at LIMIT 1";
	sqlite3_stmt *s = store_stmt(st, sql);

	if (s == NULL)
		return STORE_ERROR;
	sqlite3_bind_int64(s, 1, member_id);
	sqlite3_bind_int64(s, 2, t);
	sqlite3_bind_int64(s, 3, early);
	sqlite3_bind_int64(s, 4, grace);
	return one_booking(st, s, out);
}

/* Reads every row of s, bound by the caller, into a new array. */
static enum store_rc
booking_rows(struct store *st, sqlite3_stmt *s, struct booking **out, size_t *n)
{
	size_t cap = 0;
	int rc;

	while ((rc = sqlite3_step(s)) == SQLITE_ROW)
		read_booking(s, store_grow((void **)out, n, &cap, sizeof **out));
	return store_list_finish(st, s, rc, (void **)out, n);
}

enum store_rc
store_booking_active_of_space(struct store *st, int64_t space_id, time_t t,
    struct booking **out, size_t *n)
{
	static const char sql[] = BOOKING_SELECT
	    "WHERE b.space_id = ?1 AND b.starts_at > ?2 - 90000 AND b.ends_at > ?2 "
	    "AND b.status IN ('booked', 'checked-in') ORDER BY b.starts_at";
	sqlite3_stmt *s = store_stmt(st, sql);

	*out = NULL;
	*n = 0;
	if (s == NULL)
		return STORE_ERROR;
	sqlite3_bind_int64(s, 1, space_id);
	sqlite3_bind_int64(s, 2, t);
	return booking_rows(st, s, out, n);
}

enum store_rc
store_booking_active_starting(struct store *st, time_t from, time_t to, time_t t,
    struct booking **out, size_t *n)
{
	static const char sql[] = BOOKING_SELECT
	    "WHERE b.starts_at >= ?1 AND b.starts_at < ?2 AND b.ends_at > ?3 "
	    "AND b.status IN ('booked', 'checked-in') ORDER BY b.starts_at, sp.code";
	sqlite3_stmt *s = store_stmt(st, sql);

	*out = NULL;
	*n = 0;
	if (s == NULL)
		return STORE_ERROR;
	sqlite3_bind_int64(s, 1, from);
	sqlite3_bind_int64(s, 2, to);
	sqlite3_bind_int64(s, 3, t);
	return booking_rows(st, s, out, n);
}

/* Runs s (bound by the caller) and reads at most one instant. */
static enum store_rc
one_instant(struct store *st, sqlite3_stmt *s, time_t *out)
{
	int rc = sqlite3_step(s);

	if (rc == SQLITE_ROW) {
		*out = sqlite3_column_int64(s, 0);
		store_finish(st, s, rc);
		return STORE_OK;
	}
	return store_finish(st, s, rc) == STORE_OK ? STORE_NOTFOUND : STORE_ERROR;
}

enum store_rc
store_booking_next_start(struct store *st, int64_t space_id, time_t t, time_t before,
    int64_t except_member, time_t *out)
{
	/* Bounded above as well: without it the walk went on through the
	 * space's bookings to come that do not count (cancelled, no-shows,
	 * the member's own) until it met one that does. */
	static const char sql[] =
	    "SELECT starts_at FROM booking WHERE space_id = ?1 AND starts_at >= ?2 "
	    "AND starts_at < ?4 AND status IN ('booked', 'checked-in') AND member_id <> ?3 "
	    "ORDER BY starts_at LIMIT 1";
	sqlite3_stmt *s = store_stmt(st, sql);

	if (s == NULL)
		return STORE_ERROR;
	sqlite3_bind_int64(s, 1, space_id);
	sqlite3_bind_int64(s, 2, t);
	sqlite3_bind_int64(s, 3, except_member);
	sqlite3_bind_int64(s, 4, before);
	return one_instant(st, s, out);
}

enum store_rc
store_booking_member_next(struct store *st, int64_t member_id, time_t after, time_t before,
    struct booking *out)
{
	static const char sql[] = BOOKING_SELECT
	    "WHERE b.member_id = ?1 AND b.starts_at > ?2 AND b.starts_at < ?3 "
	    "AND b.status = 'booked' ORDER BY b.starts_at LIMIT 1";
	sqlite3_stmt *s = store_stmt(st, sql);

	if (s == NULL)
		return STORE_ERROR;
	sqlite3_bind_int64(s, 1, member_id);
	sqlite3_bind_int64(s, 2, after);
	sqlite3_bind_int64(s, 3, before);
	return one_booking(st, s, out);
}

enum store_rc
store_booking_member_next_desk(struct store *st, int64_t member_id, int64_t except_space,
    time_t after, time_t before, time_t *out)
{
	static const char sql[] =
	    "SELECT b.starts_at FROM booking AS b JOIN space AS sp ON sp.id = b.space_id "
	    "WHERE b.member_id = ?1 AND b.starts_at > ?2 AND b.starts_at < ?3 "
	    "AND b.status = 'booked' AND sp.kind = 'desk' AND b.space_id <> ?4 "
	    "ORDER BY b.starts_at LIMIT 1";
	sqlite3_stmt *s = store_stmt(st, sql);

	if (s == NULL)
		return STORE_ERROR;
	sqlite3_bind_int64(s, 1, member_id);
	sqlite3_bind_int64(s, 2, after);
	sqlite3_bind_int64(s, 3, before);
	sqlite3_bind_int64(s, 4, except_space);
	return one_instant(st, s, out);
}

enum store_rc
store_booking_swap(struct store *st, int64_t a, int64_t a_space, int64_t b, int64_t b_space)
{
	/* a out of the way first (a status no trigger looks at; its
	 * cancelled_at untouched), so that b's move does not meet it; then a
	 * lands where b was, waiting again, and the caller checks it in. */
	static const char park[] = "UPDATE booking SET status = 'cancelled' WHERE id = ?";
	static const char land[] =
	    "UPDATE booking SET moved_from = coalesce(moved_from, space_id), space_id = ?2, "
	    "status = 'booked' WHERE id = ?1";
	sqlite3_stmt *s;
	enum store_rc rc;

	if ((s = store_stmt(st, park)) == NULL)
		return STORE_ERROR;
	sqlite3_bind_int64(s, 1, a);
	if ((rc = store_exec_stmt(st, s)) != STORE_OK ||
	    (rc = store_booking_move(st, b, b_space)) != STORE_OK)
		return rc;
	if ((s = store_stmt(st, land)) == NULL)
		return STORE_ERROR;
	sqlite3_bind_int64(s, 1, a);
	sqlite3_bind_int64(s, 2, a_space);
	return store_exec_stmt(st, s);
}

enum store_rc
store_booking_waiting(struct store *st, time_t cutoff, struct booking **out, size_t *n)
{
	/* On the partial index of bookings still waiting: a handful. */
	static const char sql[] = BOOKING_SELECT
	    "WHERE b.status = 'booked' AND b.starts_at < ? ORDER BY b.starts_at";
	sqlite3_stmt *s = store_stmt(st, sql);
	size_t cap = 0;
	int rc;

	*out = NULL;
	*n = 0;
	if (s == NULL)
		return STORE_ERROR;
	sqlite3_bind_int64(s, 1, cutoff);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW)
		read_booking(s, store_grow((void **)out, n, &cap, sizeof **out));
	return store_list_finish(st, s, rc, (void **)out, n);
}

enum store_rc
store_booking_move(struct store *st, int64_t id, int64_t space_id)
{
	static const char sql[] =
	    "UPDATE booking SET moved_from = coalesce(moved_from, space_id), space_id = ?2 "
	    "WHERE id = ?1";
	sqlite3_stmt *s = store_stmt(st, sql);

	if (s == NULL)
		return STORE_ERROR;
	sqlite3_bind_int64(s, 1, id);
	sqlite3_bind_int64(s, 2, space_id);
	return store_exec_stmt(st, s);
}

enum store_rc
store_booking_rows(struct store *st, time_t from, time_t to, struct store_booking_row **out,
    size_t *n)
{
	static const char sql[] =
	    "SELECT sp.code, sp.kind, b.status, b.starts_at, b.ends_at, b.member_id "
	    "FROM booking AS b JOIN space AS sp ON sp.id = b.space_id "
	    "WHERE b.starts_at > ?1 - 90000 AND b.starts_at < ?2 AND b.ends_at > ?1 "
	    "AND b.status <> 'cancelled'";
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
		struct store_booking_row *r = store_grow((void **)out, n, &cap, sizeof **out);
		store_column_text(s, 0, r->space_code, sizeof r->space_code);
		store_column_text(s, 1, r->kind, sizeof r->kind);
		store_column_text(s, 2, r->status, sizeof r->status);
		r->starts_at = sqlite3_column_int64(s, 3);
		r->ends_at = sqlite3_column_int64(s, 4);
		r->member_id = sqlite3_column_int64(s, 5);
	}
	return store_list_finish(st, s, rc, (void **)out, n);
}

enum store_rc
store_booking_list(struct store *st, time_t from, time_t to, int64_t member_id,
    int64_t space_id, struct booking **out, size_t *n)
{
	static const char sql[] = BOOKING_SELECT
	    "WHERE b.starts_at > ?1 - 90000 AND b.starts_at < ?2 AND b.ends_at > ?1 "
	    "AND (?3 = 0 OR b.member_id = ?3) AND (?4 = 0 OR b.space_id = ?4) "
	    "ORDER BY b.starts_at, sp.code";
	sqlite3_stmt *s = store_stmt(st, sql);

	*out = NULL;
	*n = 0;
	if (s == NULL)
		return STORE_ERROR;
	sqlite3_bind_int64(s, 1, from);
	sqlite3_bind_int64(s, 2, to);
	sqlite3_bind_int64(s, 3, member_id);
	sqlite3_bind_int64(s, 4, space_id);
	return booking_rows(st, s, out, n);
}

enum store_rc
store_booking_series_exists(struct store *st, const char *series)
{
	static const char sql[] = "SELECT 1 FROM booking WHERE series_uuid = ? LIMIT 1";
	sqlite3_stmt *s = store_stmt(st, sql);
	int rc;

	if (s == NULL)
		return STORE_ERROR;
	store_bind_text(s, 1, series);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		store_finish(st, s, rc);
		return STORE_OK;
	}
	return store_finish(st, s, rc) == STORE_OK ? STORE_NOTFOUND : STORE_ERROR;
}

enum store_rc
store_booking_cancel_series(struct store *st, const char *series, time_t t, int *cancelled)
{
	static const char sql[] =
	    "UPDATE booking SET status = 'cancelled', cancelled_at = ?2 "
	    "WHERE series_uuid = ?1 AND starts_at > ?2 AND status = 'booked'";
	sqlite3_stmt *s = store_stmt(st, sql);

	if (s == NULL)
		return STORE_ERROR;
	store_bind_text(s, 1, series);
	sqlite3_bind_int64(s, 2, t);
	return store_exec_changes(st, s, cancelled);
}

enum store_rc
store_booking_cancel_member_range(struct store *st, int64_t member_id, time_t from, time_t to,
    time_t t, int *cancelled)
{
	static const char sql[] =
	    "UPDATE booking SET status = 'cancelled', cancelled_at = ?4 "
	    "WHERE member_id = ?1 AND starts_at >= ?2 AND starts_at < ?3 AND starts_at > ?4 "
	    "AND status = 'booked'";
	sqlite3_stmt *s = store_stmt(st, sql);

	if (s == NULL)
		return STORE_ERROR;
	sqlite3_bind_int64(s, 1, member_id);
	sqlite3_bind_int64(s, 2, from);
	sqlite3_bind_int64(s, 3, to);
	sqlite3_bind_int64(s, 4, t);
	return store_exec_changes(st, s, cancelled);
}

enum store_rc
store_booking_count_future(struct store *st, int64_t member_id, time_t t, int *n)
{
	static const char sql[] =
	    "SELECT count(*) FROM booking WHERE member_id = ? AND starts_at > ? "
	    "AND status = 'booked'";
	sqlite3_stmt *s = store_stmt(st, sql);
	int rc;

	*n = 0;
	if (s == NULL)
		return STORE_ERROR;
	sqlite3_bind_int64(s, 1, member_id);
	sqlite3_bind_int64(s, 2, t);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		*n = sqlite3_column_int(s, 0);
	return store_finish(st, s, rc);
}
