/* Who holds which space when, as the clock sees it (see lifecycle.h):
 * the one answer the grid, the map, `free`, the kiosk's counts, a walk-in's
 * desk and every booking's conflict check share. Two indexed reads (the
 * bookings overlapping the span, the visits still open), then arithmetic. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hubdesk/hub.h"
#include "hubdesk/lifecycle.h"
#include "hubdesk/store.h"
#include "domain.h"

void
occupancy_free(struct occupancy *o)
{
	free(o->bookings);
	free(o->in);
	memset(o, 0, sizeof *o);
}

enum hd_status
occupancy_load(struct hubdesk *hd, time_t from, time_t to, struct occupancy *o, char **err)
{
	enum hd_status rc;
	size_t k = 0;

	memset(o, 0, sizeof *o);
	o->from = from;
	o->to = to;
	if (store_booking_list(hd->store, from, to, 0, 0, &o->bookings, &o->nbookings) != STORE_OK ||
	    store_visit_open_list(hd->store, &o->in, &o->nin) != STORE_OK) {
		occupancy_free(o);
		return domain_store_fail(hd, err);
	}
	/* Keep the bookings that hold their space now: waiting in their
	 * window, kept by a member who came, or checked in. */
	for (size_t i = 0; i < o->nbookings; i++) {
		struct booking *b = &o->bookings[i];
		if ((rc = lifecycle_booking_settle(hd, b, err)) != HD_OK) {
			occupancy_free(o);
			return rc;
		}
		if (strcmp(b->status, "booked") == 0 || strcmp(b->status, "checked-in") == 0)
			o->bookings[k++] = *b;
	}
	o->nbookings = k;
	k = 0;
	for (size_t i = 0; i < o->nin; i++) {
		if (lifecycle_visit_in(hd, o->in[i].in_at, o->in[i].out_at))
			o->in[k++] = o->in[i];
	}
	o->nin = k;
	return HD_OK;
}

bool
occupancy_taken(const struct occupancy *o, time_t now, int64_t space_id, time_t a, time_t b,
    int64_t except_member, struct taken *why)
{
	struct taken best = { TAKEN_NOT, 0, 0, 0, NULL, NULL };

	for (size_t i = 0; i < o->nbookings; i++) {
		const struct booking *bk = &o->bookings[i];
		if (bk->space_id != space_id || bk->starts_at >= b || bk->ends_at <= a ||
		    (except_member != 0 && bk->member_id == except_member))
			continue;
		if (best.by == TAKEN_NOT || bk->starts_at < best.from)
			best = (struct taken){ TAKEN_BOOKING, bk->member_id, bk->starts_at, bk->ends_at,
			    bk, NULL };
	}
	for (size_t i = 0; i < o->nin; i++) {
		const struct visit *v = &o->in[i];
		if (v->space_id != space_id || (except_member != 0 && v->member_id == except_member))
			continue;
		if (a <= now && now < b) {
			/* Someone is sitting there now: nothing else matters. */
			best = (struct taken){ TAKEN_SITTING, v->member_id, v->in_at,
			    v->hold_until > now ? v->hold_until : 0, NULL, v };
			break;
		}
		if (v->hold_until > a && v->in_at < b &&
		    (best.by == TAKEN_NOT || v->in_at < best.from))
			best = (struct taken){ TAKEN_HOLD, v->member_id, v->in_at, v->hold_until, NULL, v };
	}
	if (why != NULL)
		*why = best;
	return best.by != TAKEN_NOT;
}

time_t
occupancy_free_until(const struct occupancy *o, time_t now, int64_t space_id, time_t t,
    time_t limit, int64_t except_member)
{
	time_t first = limit;

	for (size_t i = 0; i < o->nbookings; i++) {
		const struct booking *bk = &o->bookings[i];
		if (bk->space_id != space_id || bk->ends_at <= t ||
		    (except_member != 0 && bk->member_id == except_member))
			continue;
		if ((bk->starts_at > t ? bk->starts_at : t) < first)
			first = bk->starts_at > t ? bk->starts_at : t;
	}
	for (size_t i = 0; i < o->nin; i++) {
		const struct visit *v = &o->in[i];
		if (v->space_id != space_id || (except_member != 0 && v->member_id == except_member))
			continue;
		/* Sitting there now, or holding it past t. */
		if ((t <= now || v->hold_until > t) && (v->in_at > t ? v->in_at : t) < first)
			first = v->in_at > t ? v->in_at : t;
	}
	return first;
}

time_t
occupancy_free_from(const struct occupancy *o, time_t now, int64_t space_id, time_t t)
{
	time_t cur = t;
	bool moved = true;

	while (moved) {
		moved = false;
		for (size_t i = 0; i < o->nbookings; i++) {
			const struct booking *bk = &o->bookings[i];
			if (bk->space_id == space_id && bk->starts_at <= cur && bk->ends_at > cur) {
				cur = bk->ends_at;
				moved = true;
			}
		}
		for (size_t i = 0; i < o->nin; i++) {
			const struct visit *v = &o->in[i];
			if (v->space_id != space_id)
				continue;
			if (v->in_at <= cur && v->hold_until > cur) {
				cur = v->hold_until;
				moved = true;
			} else if (cur <= now) {
				return 0; /* sitting past their hold: until they leave */
			}
		}
	}
	return cur;
}

const struct visit *
occupancy_member_in(const struct occupancy *o, int64_t member_id)
{
	for (size_t i = 0; i < o->nin; i++) {
		if (!o->in[i].is_guest && o->in[i].member_id == member_id)
			return &o->in[i];
	}
	return NULL;
}
