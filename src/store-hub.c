/* Store: the hub row, opening hours and closed dates. */
#include <stdio.h>
#include <string.h>

#include "hubdesk/municipality.h"
#include "store-internal.h"

enum store_rc
store_hub_get(struct store *st, struct hub *out)
{
	static const char sql_hub[] =
	    "SELECT uuid, name, coalesce(municipality_number, 0), region, timezone, address, email "
	    "FROM hub WHERE id = 1";
	static const char sql_hours[] =
	    "SELECT weekday, opens_min, closes_min FROM opening_hours";
	static const char sql_past[] =
	    "SELECT until, weekday, open, opens_min, closes_min FROM (SELECT * FROM "
	    "opening_hours_past ORDER BY until DESC, weekday LIMIT ?) ORDER BY until, weekday";
	sqlite3_stmt *s;
	int rc;

	memset(out, 0, sizeof *out);
	if ((s = store_stmt(st, sql_hub)) == NULL)
		return STORE_ERROR;
	rc = sqlite3_step(s);
	if (rc != SQLITE_ROW) {
		enum store_rc r = store_finish(st, s, rc);
		return r == STORE_OK ? STORE_NOTFOUND : r;
	}
	store_column_text(s, 0, out->uuid, sizeof out->uuid);
	store_column_text(s, 1, out->name, sizeof out->name);
	out->municipality_number = sqlite3_column_int(s, 2);
	snprintf(out->municipality, sizeof out->municipality, "%s",
	    municipality_key(out->municipality_number));
	store_column_text(s, 3, out->region, sizeof out->region);
	store_column_text(s, 4, out->timezone, sizeof out->timezone);
	store_column_text(s, 5, out->address, sizeof out->address);
	store_column_text(s, 6, out->email, sizeof out->email);
	store_finish(st, s, SQLITE_DONE);

	if ((s = store_stmt(st, sql_hours)) == NULL)
		return STORE_ERROR;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		int wd = sqlite3_column_int(s, 0);
		if (wd < 0 || wd > 6)
			continue;
		out->hours[wd].open = true;
		out->hours[wd].opens_min = sqlite3_column_int(s, 1);
		out->hours[wd].closes_min = sqlite3_column_int(s, 2);
	}
	if (store_finish(st, s, rc) != STORE_OK)
		return STORE_ERROR;
	/* The most recent changes, oldest first. */
	if ((s = store_stmt(st, sql_past)) == NULL)
		return STORE_ERROR;
	sqlite3_bind_int(s, 1, HUB_HOURS_PAST);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct hours_past *p = &out->past[out->npast++];
		char until[16];
		store_column_text(s, 0, until, sizeof until);
		if (sscanf(until, "%4d-%2d-%2d", &p->until.year, &p->until.month, &p->until.day) != 3)
			out->npast--;
		p->weekday = sqlite3_column_int(s, 1);
		p->hours.open = sqlite3_column_int(s, 2) != 0;
		p->hours.opens_min = sqlite3_column_int(s, 3);
		p->hours.closes_min = sqlite3_column_int(s, 4);
	}
	return store_finish(st, s, rc);
}

enum store_rc
store_hours_keep_past(struct store *st, const char *until, int weekday, const struct opening *o)
{
	static const char sql[] =
	    "INSERT INTO opening_hours_past (until, weekday, open, opens_min, closes_min) "
	    "VALUES (?, ?, ?, ?, ?) ON CONFLICT (until, weekday) DO NOTHING";
	sqlite3_stmt *s = store_stmt(st, sql);

	if (s == NULL)
		return STORE_ERROR;
	store_bind_text(s, 1, until);
	sqlite3_bind_int(s, 2, weekday);
	sqlite3_bind_int(s, 3, o->open);
	sqlite3_bind_int(s, 4, o->open ? o->opens_min : 0);
	sqlite3_bind_int(s, 5, o->open ? o->closes_min : 0);
	return store_exec_stmt(st, s);
}

enum store_rc
store_hub_insert(struct store *st, const struct hub *h, time_t now)
{
	static const char sql[] =
	    "INSERT INTO hub (id, uuid, name, municipality_number, region, timezone, created_at) "
	    "VALUES (1, ?, ?, ?, ?, ?, ?)";
	sqlite3_stmt *s = store_stmt(st, sql);

	if (s == NULL)
		return STORE_ERROR;
	store_bind_text(s, 1, h->uuid);
	store_bind_text(s, 2, h->name);
	store_bind_municipality(s, 3, h->municipality_number);
	store_bind_text(s, 4, h->region);
	store_bind_text(s, 5, h->timezone);
	sqlite3_bind_int64(s, 6, now);
	return store_exec_stmt(st, s);
}

enum store_rc
store_setting_get(struct store *st, const char *key, char *value, size_t n)
{
	static const char sql[] = "SELECT value FROM setting WHERE key = ?";
	sqlite3_stmt *s = store_stmt(st, sql);
	const unsigned char *v;
	int rc;

	if (s == NULL)
		return STORE_ERROR;
	store_bind_text(s, 1, key);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		/* Raw, not made printable: settings hold hashes and numbers. */
		v = sqlite3_column_text(s, 0);
		snprintf(value, n, "%s", v != NULL ? (const char *)v : "");
		store_finish(st, s, rc);
		return STORE_OK;
	}
	return store_finish(st, s, rc) == STORE_OK ? STORE_NOTFOUND : STORE_ERROR;
}

enum store_rc
store_setting_set(struct store *st, const char *key, const char *value)
{
	static const char sql[] =
	    "INSERT INTO setting (key, value) VALUES (?, ?) "
	    "ON CONFLICT (key) DO UPDATE SET value = excluded.value";
	sqlite3_stmt *s = store_stmt(st, sql);

	if (s == NULL)
		return STORE_ERROR;
	store_bind_text(s, 1, key);
	store_bind_text(s, 2, value);
	return store_exec_stmt(st, s);
}

enum store_rc
store_hours_set(struct store *st, int weekday, const struct opening *o)
{
	static const char sql_set[] =
	    "INSERT INTO opening_hours (weekday, opens_min, closes_min) VALUES (?, ?, ?) "
	    "ON CONFLICT (weekday) DO UPDATE SET opens_min = excluded.opens_min, "
	    "closes_min = excluded.closes_min";
	static const char sql_clear[] = "DELETE FROM opening_hours WHERE weekday = ?";
	sqlite3_stmt *s = store_stmt(st, o->open ? sql_set : sql_clear);

	if (s == NULL)
		return STORE_ERROR;
	sqlite3_bind_int(s, 1, weekday);
	if (o->open) {
		sqlite3_bind_int(s, 2, o->opens_min);
		sqlite3_bind_int(s, 3, o->closes_min);
	}
	return store_exec_stmt(st, s);
}

enum store_rc
store_closed_add(struct store *st, const char *date, const char *note)
{
	static const char sql[] =
	    "INSERT INTO closed_date (date, note) VALUES (?, ?) "
	    "ON CONFLICT (date) DO UPDATE SET note = excluded.note";
	sqlite3_stmt *s = store_stmt(st, sql);

	if (s == NULL)
		return STORE_ERROR;
	store_bind_text(s, 1, date);
	store_bind_text(s, 2, note);
	return store_exec_stmt(st, s);
}

enum store_rc
store_closed_remove(struct store *st, const char *date)
{
	static const char sql[] = "DELETE FROM closed_date WHERE date = ?";
	sqlite3_stmt *s = store_stmt(st, sql);
	enum store_rc rc;

	if (s == NULL)
		return STORE_ERROR;
	store_bind_text(s, 1, date);
	rc = store_exec_stmt(st, s);
	if (rc == STORE_OK && sqlite3_changes(st->db) == 0)
		return STORE_NOTFOUND;
	return rc;
}

enum store_rc
store_closed_has(struct store *st, const char *date, char note[static HD_TEXT])
{
	static const char sql[] = "SELECT note FROM closed_date WHERE date = ?";
	sqlite3_stmt *s = store_stmt(st, sql);
	int rc;

	if (s == NULL)
		return STORE_ERROR;
	store_bind_text(s, 1, date);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		store_column_text(s, 0, note, HD_TEXT);
		store_finish(st, s, rc);
		return STORE_OK;
	}
	return store_finish(st, s, rc) == STORE_OK ? STORE_NOTFOUND : STORE_ERROR;
}

enum store_rc
store_closed_list(struct store *st, struct closed_day **out, size_t *n)
{
	static const char sql[] = "SELECT date, note FROM closed_date ORDER BY date";
	sqlite3_stmt *s = store_stmt(st, sql);
	size_t cap = 0;
	char date[16];
	int rc;

	*out = NULL;
	*n = 0;
	if (s == NULL)
		return STORE_ERROR;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct closed_day *c = store_grow((void **)out, n, &cap, sizeof *c);
		store_column_text(s, 0, date, sizeof date);
		if (caltime_parse_date(date, &c->date) != 0)
			memset(&c->date, 0, sizeof c->date);
		store_column_text(s, 1, c->note, sizeof c->note);
	}
	return store_list_finish(st, s, rc, (void **)out, n);
}

enum store_rc
store_hub_set_card(struct store *st, const char *name, const char *address, const char *email)
{
	static const char sql[] = "UPDATE hub SET name = ?1, address = ?2, email = ?3 WHERE id = 1";
	sqlite3_stmt *s = store_stmt(st, sql);

	if (s == NULL)
		return STORE_ERROR;
	sqlite3_bind_text(s, 1, name, -1, SQLITE_TRANSIENT);
	store_bind_text(s, 2, address);
	store_bind_text(s, 3, email);
	return store_exec_stmt(st, s);
}

enum store_rc
store_member_has_email(struct store *st, const char *email, bool *out)
{
	static const char sql[] = "SELECT EXISTS (SELECT 1 FROM member WHERE lower(email) = lower(?1))";
	sqlite3_stmt *s = store_stmt(st, sql);
	int rc;

	*out = false;
	if (s == NULL)
		return STORE_ERROR;
	sqlite3_bind_text(s, 1, email, -1, SQLITE_TRANSIENT);
	if ((rc = sqlite3_step(s)) == SQLITE_ROW)
		*out = sqlite3_column_int(s, 0) != 0;
	return store_finish(st, s, rc);
}
