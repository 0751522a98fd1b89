/* The booking grid (see grid.h): the spaces, then the day's occupancy as
 * the lifecycle sees it (the day's bookings and who is in now), then plain
 * arithmetic, so a reload costs the same on a hub with ten years of history
 * as on a new one. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hubdesk/grid.h"
#include "hubdesk/lifecycle.h"
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
	free(g->bounds);
	memset(g, 0, sizeof *g);
}

/* The slots of a day open opens..closes with slots of slot minutes: the
 * first from opening, then on slot boundaries, the last to closing (as the
 * booking rules allow). Newly allocated; *n is the number of slots. */
static int *
day_slots(int opens, int closes, int slot, int *n)
{
	int *b = xcalloc((size_t)((closes - opens) / slot + 3), sizeof *b), k = 0;

	b[k++] = opens;
	for (int m = opens - opens % slot + slot; m < closes; m += slot)
		b[k++] = m;
	b[k++] = closes;
	*n = k - 1;
	return b;
}

/* A grid that could not be read is empty, never half filled: a screen that
 * draws it anyway shows nothing rather than every slot free. */
static enum hd_status
grid_fail(struct grid *g, enum hd_status rc)
{
	struct local_date date = g->date;

	grid_free(g);
	g->date = date;
	return rc;
}

enum hd_status
grid_day(struct hubdesk *hd, struct local_date date, const char *member_code, struct grid *g,
    char **err)
{
	const struct opening *o;
	struct occupancy occ;
	struct member me;
	time_t day_opens, day_closes;
	char *why = NULL;
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
	o = hub_hours_on(hd, date);
	rc = hub_day_open(hd, date, &day_opens, &day_closes, &why);
	g->open = rc == HD_OK;
	if (rc == HD_STORE) {
		/* Not a closed day: the closed dates could not be read. */
		hd_fail(err, rc, "%s", why != NULL ? why : _("database error"));
		free(why);
		return grid_fail(g, rc);
	}
	if (!g->open) {
		snprintf(g->why, sizeof g->why, "%s", why != NULL ? why : _("closed"));
		free(why);
		return HD_OK;
	}
	g->bounds = day_slots(o->opens_min, o->closes_min, hd->rules.slot_minutes, &g->nslots);
	g->state = xcalloc(g->nspaces * (size_t)g->nslots + 1, 1);
	g->booking = xcalloc(g->nspaces * (size_t)g->nslots + 1, sizeof *g->booking);

	if ((rc = occupancy_load(hd, day_opens, day_closes, &occ, err)) != HD_OK)
		return grid_fail(g, rc);
	for (int s = 0; s < g->nslots; s++) {
		time_t a = caltime_to_utc_next(date, grid_slot_from(g, s));
		time_t b = caltime_to_utc_next(date, grid_slot_to(g, s));
		for (size_t sp = 0; sp < g->nspaces; sp++) {
			size_t at = sp * (size_t)g->nslots + (size_t)s;
			struct taken t;
			g->booking[at] = -1;
			g->state[at] = b <= hd->now || !space_available_on(&g->spaces[sp], a) ?
			    GRID_PAST : GRID_FREE;
			/* Bookings and holds, whoever sits there now... */
			if (occupancy_taken(&occ, (time_t)-1, g->spaces[sp].id, a, b, 0, &t)) {
				if (t.by == TAKEN_BOOKING) {
					g->state[at] = t.member_id == me.id ? GRID_MINE : GRID_BOOKED;
					g->booking[at] = (int)(t.booking - occ.bookings);
				} else {
					g->state[at] = GRID_OCCUPIED;
				}
			}
			/* ... then someone sitting there in the slot under way. */
			if (g->state[at] != GRID_MINE &&
			    occupancy_taken(&occ, hd->now, g->spaces[sp].id, a, b, 0, &t) &&
			    t.by == TAKEN_SITTING)
				g->state[at] = GRID_OCCUPIED;
		}
	}
	g->bookings = occ.bookings;
	g->nbookings = occ.nbookings;
	occ.bookings = NULL;
	occupancy_free(&occ);
	return HD_OK;
}

enum hd_status
grid_now(struct hubdesk *hd, const char *member_code, struct map_spot **out, size_t *n,
    char **err)
{
	struct space *sp;
	struct occupancy occ;
	struct member me;
	time_t now = hd->now, closes;
	enum hd_status rc;

	*out = NULL;
	*n = 0;
	me.id = 0;
	if ((rc = hub_require(hd, err)) != HD_OK)
		return rc;
	if (member_code != NULL && (rc = member_get(hd, member_code, &me, err)) != HD_OK)
		return rc;
	if ((rc = space_list(hd, false, &sp, n, err)) != HD_OK)
		return rc;
	closes = lifecycle_closing_after(hd, now);
	if ((rc = occupancy_load(hd, now, closes, &occ, err)) != HD_OK) {
		free(sp);
		*n = 0; /* the count of a list the caller does not get */
		return rc;
	}
	*out = xcalloc(*n + 1, sizeof **out);
	for (size_t i = 0; i < *n; i++) {
		struct map_spot *m = &(*out)[i];
		struct taken t;
		time_t next;
		m->space = sp[i];
		m->state = GRID_FREE;
		if (occupancy_taken(&occ, now, sp[i].id, now, now + 1, 0, &t)) {
			if (t.by == TAKEN_BOOKING)
				m->state = t.member_id == me.id ? GRID_MINE : GRID_BOOKED;
			else
				m->state = me.id != 0 && t.member_id == me.id ? GRID_MINE : GRID_OCCUPIED;
		} else if ((next = occupancy_free_until(&occ, now, sp[i].id, now, closes, 0)) < closes) {
			m->next_booking = next;
		}
	}
	free(sp);
	occupancy_free(&occ);
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
