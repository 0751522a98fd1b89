/* The booking grid (see grid.h): one query for the spaces, one for the
 * day's bookings and one for who is in now, then plain arithmetic, so a
 * reload costs the same on a hub with ten years of history as on a new one. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hubdesk/grid.h"
#include "hubdesk/store.h"
#include "hubdesk/xmalloc.h"
#include "domain.h"

void
grid_free(struct grid *g)
{
	free(g->spaces);
	free(g->state);
	free(g->booking);
	free(g->bookings);
	memset(g, 0, sizeof *g);
}

static size_t
space_index(const struct grid *g, int64_t id)
{
	for (size_t i = 0; i < g->nspaces; i++) {
		if (g->spaces[i].id == id)
			return i;
	}
	return (size_t)-1;
}

enum hd_status
grid_day(struct hubdesk *hd, struct local_date date, const char *member_code, struct grid *g,
    char **err)
{
	const struct opening *o;
	struct booking_filter f = { 0 };
	struct member me;
	struct visit *in = NULL;
	size_t nin = 0;
	time_t day_opens;
	enum hd_status rc;

	memset(g, 0, sizeof *g);
	g->date = date;
	if ((rc = hub_require(hd, err)) != HD_OK)
		return rc;
	me.id = 0;
	if (member_code != NULL && (rc = member_get(hd, member_code, &me, err)) != HD_OK)
		return rc;
	if ((rc = space_list(hd, false, &g->spaces, &g->nspaces, err)) != HD_OK)
		return rc;
	o = &hd->hub.hours[caltime_weekday(date)];
	char *why = NULL;
	g->open = hub_day_open(hd, date, &day_opens, NULL, &why) == HD_OK;
	if (!g->open) {
		snprintf(g->why, sizeof g->why, "%s", why != NULL ? why : "closed");
		free(why);
		return HD_OK;
	}
	g->opens_min = o->opens_min;
	g->nslots = (o->closes_min - o->opens_min + GRID_SLOT_MIN - 1) / GRID_SLOT_MIN;
	g->state = xcalloc(g->nspaces * (size_t)g->nslots + 1, 1);
	g->booking = xcalloc(g->nspaces * (size_t)g->nslots + 1, sizeof *g->booking);
	for (size_t i = 0; i < g->nspaces * (size_t)g->nslots; i++)
		g->booking[i] = -1;

	f.from = caltime_to_utc_next(date, 0);
	f.to = caltime_to_utc_next(caltime_add_days(date, 1), 0);
	if ((rc = booking_list(hd, &f, &g->bookings, &g->nbookings, err)) != HD_OK)
		return rc;
	if (store_visit_open_list(hd->store, &in, &nin) != STORE_OK)
		return domain_store_fail(hd, err);

	for (int s = 0; s < g->nslots; s++) {
		time_t a = caltime_to_utc_next(date, g->opens_min + s * GRID_SLOT_MIN);
		time_t b = caltime_to_utc_next(date, g->opens_min + (s + 1) * GRID_SLOT_MIN);
		for (size_t sp = 0; sp < g->nspaces; sp++)
			g->state[sp * (size_t)g->nslots + (size_t)s] = b <= hd->now ? GRID_PAST : GRID_FREE;
		for (size_t k = 0; k < g->nbookings; k++) {
			const struct booking *bk = &g->bookings[k];
			size_t sp = space_index(g, bk->space_id);
			/* booking_list already shows unswept no-shows as such. */
			if (sp == (size_t)-1 || bk->starts_at >= b || bk->ends_at <= a ||
			    (strcmp(bk->status, "booked") != 0 && strcmp(bk->status, "checked-in") != 0))
				continue;
			g->state[sp * (size_t)g->nslots + (size_t)s] =
			    bk->member_id == me.id ? GRID_MINE : GRID_BOOKED;
			g->booking[sp * (size_t)g->nslots + (size_t)s] = (int)k;
		}
		/* Someone sitting there now, in the slot under way. */
		if (a <= hd->now && hd->now < b) {
			for (size_t v = 0; v < nin; v++) {
				size_t sp = in[v].space_id != 0 ? space_index(g, in[v].space_id) : (size_t)-1;
				if (sp != (size_t)-1 && grid_at(g, sp, s) != GRID_MINE)
					g->state[sp * (size_t)g->nslots + (size_t)s] = GRID_OCCUPIED;
			}
		}
	}
	free(in);
	return HD_OK;
}

enum hd_status
grid_now(struct hubdesk *hd, const char *member_code, struct map_spot **out, size_t *n,
    char **err)
{
	struct space *sp;
	struct visit *in = NULL;
	struct member me;
	struct booking b;
	size_t nin = 0;
	time_t now = hd->now, closes, next;
	struct local_date today;
	int minute;
	enum hd_status rc;

	*out = NULL;
	*n = 0;
	me.id = 0;
	me.code[0] = '\0';
	if ((rc = hub_require(hd, err)) != HD_OK)
		return rc;
	if (member_code != NULL && (rc = member_get(hd, member_code, &me, err)) != HD_OK)
		return rc;
	if ((rc = space_list(hd, false, &sp, n, err)) != HD_OK)
		return rc;
	if (store_visit_open_list(hd->store, &in, &nin) != STORE_OK) {
		free(sp);
		return domain_store_fail(hd, err);
	}
	caltime_from_utc(now, &today, &minute);
	if (hub_day_open(hd, today, NULL, &closes, NULL) != HD_OK || closes < now)
		closes = now;
	*out = xcalloc(*n + 1, sizeof **out);
	for (size_t i = 0; i < *n; i++) {
		struct map_spot *m = &(*out)[i];
		m->space = sp[i];
		m->state = GRID_FREE;
		switch (store_booking_space_conflict(hd->store, sp[i].id, now, now + 1, &b)) {
		case STORE_OK:
			/* A no-show not yet swept holds nothing. */
			if (strcmp(b.status, "booked") == 0 && b.starts_at + BOOKING_GRACE(hd) < now)
				break;
			m->state = b.member_id == me.id ? GRID_MINE : GRID_BOOKED;
			break;
		case STORE_NOTFOUND:
			if (store_booking_next_start(hd->store, sp[i].id, now, &next) == STORE_OK &&
			    next < closes)
				m->next_booking = next;
			break;
		default:
			free(sp);
			free(in);
			free(*out);
			*out = NULL;
			return domain_store_fail(hd, err);
		}
		for (size_t v = 0; v < nin; v++) {
			if (in[v].space_id == sp[i].id)
				m->state = strcmp(in[v].member_code, me.code) == 0 ? GRID_MINE : GRID_OCCUPIED;
		}
	}
	free(sp);
	free(in);
	return HD_OK;
}

void
grid_week_free(struct week *w)
{
	free(w->spaces);
	free(w->state);
	memset(w, 0, sizeof *w);
}

enum hd_status
grid_week(struct hubdesk *hd, struct local_date any_day, const char *member_code, struct week *w,
    char **err)
{
	enum hd_status rc;

	memset(w, 0, sizeof *w);
	w->monday = caltime_add_days(any_day, -caltime_weekday(any_day));
	for (int d = 0; d < 7; d++) {
		struct grid g;
		if ((rc = grid_day(hd, caltime_add_days(w->monday, d), member_code, &g, err)) != HD_OK) {
			grid_free(&g);
			grid_week_free(w);
			return rc;
		}
		if (w->state == NULL) {
			w->spaces = g.spaces;
			w->nspaces = g.nspaces;
			g.spaces = NULL;
			w->state = xcalloc(w->nspaces + 1, sizeof *w->state);
		}
		for (size_t sp = 0; sp < w->nspaces && sp < g.nspaces; sp++) {
			int taken = 0, mine = 0, slots = g.nslots;
			for (int s = 0; s < slots; s++) {
				enum grid_state st = grid_at(&g, sp, s);
				taken += st == GRID_BOOKED || st == GRID_OCCUPIED || st == GRID_MINE;
				mine += st == GRID_MINE;
			}
			w->state[sp][d] = !g.open ? WEEK_CLOSED : mine ? WEEK_MINE :
			    taken == 0 ? WEEK_FREE : taken == slots ? WEEK_FULL : WEEK_PARTLY;
		}
		grid_free(&g);
	}
	return HD_OK;
}
