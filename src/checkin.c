/* Checking a member in: what a code typed at the kiosk or `hubdesk checkin`
 * does (see visit.h). One planner, plan_checkin(), decides from the state
 * the lifecycle gives; the kiosk asks it before (visit_kiosk_plan, reading
 * only) and the check-in asks it again inside its write transaction, so
 * what the kiosk offered is what gets done. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "hubdesk/lifecycle.h"
#include "hubdesk/space.h"
#include "hubdesk/store.h"
#include "hubdesk/visit.h"
#include "domain.h"

struct checkin_plan {
	enum checkin_how how;
	bool has_booking;
	struct booking booking; /* the booking taken or kept */
	struct space space;     /* where the member sits; id 0: nowhere */
	time_t hold_until;      /* the hold on space (0: none) */
	time_t closes;          /* closing of the day of the check-in */
	bool attach;            /* the visit is the booking's */
	bool past_day;          /* a paper log: the day had closed by now */
	int64_t swap_id;        /* a booking that moves to swap_space as this one moves */
	int64_t swap_space;
	bool move;              /* the booking moves to space */
};

static bool
is_desk(const char *kind)
{
	return strcmp(kind, "desk") == 0;
}

/* Sets p->hold_until for m sitting at sp from `at` (lifecycle.h). */
static enum hd_status
hold(struct hubdesk *hd, const struct space *sp, const struct member *m, time_t at,
    struct checkin_plan *p, char **err)
{
	return lifecycle_hold_until(hd, sp->id, m->id, is_desk(sp->kind), at, &p->hold_until, err);
}

/* A free space of kind at `at` for the member: one free until need (or,
 * need 0, until closing) if there is one, else the one free longest. */
static bool
find_free_space(struct hubdesk *hd, const struct occupancy *o, const char *kind, time_t at,
    time_t closes, int64_t member_id, time_t need, struct space *out, time_t *free_until,
    char **err, enum hd_status *rc)
{
	struct space *sp;
	size_t n, best = (size_t)-1;
	time_t best_until = at;

	*rc = space_list(hd, false, &sp, &n, err);
	if (*rc != HD_OK)
		return false;
	for (size_t i = 0; i < n; i++) {
		time_t fu;
		if (strcmp(sp[i].kind, kind) != 0 || !space_available_on(&sp[i], at) ||
		    occupancy_taken(o, hd->now, sp[i].id, at, at + 1, member_id, NULL))
			continue;
		fu = occupancy_free_until(o, hd->now, sp[i].id, at, closes, member_id);
		if (need != 0 ? fu >= need && best == (size_t)-1 : fu > best_until) {
			best = i;
			best_until = fu;
		}
		if (need == 0 && fu >= closes)
			break; /* free for the rest of the day: the first such */
	}
	if (best != (size_t)-1) {
		*out = sp[best];
		*free_until = best_until;
	}
	free(sp);
	return best != (size_t)-1;
}

/* Says why space sp cannot be taken at `at`, and when it is free. */
static enum hd_status
explain_taken(struct hubdesk *hd, const struct occupancy *o, const struct space *sp,
    const struct taken *t, time_t at, char **err)
{
	time_t free_from = occupancy_free_from(o, hd->now, sp->id, at);
	char hh[DOMAIN_WORDS], hh2[DOMAIN_WORDS], when[2 * DOMAIN_WORDS];

	/* TRANSLATORS: "until they check out", "for the rest of the day" and
	 * "until 12:00" end the sentences "D04 is booked by another member …". */
	if (free_from == 0)
		snprintf(when, sizeof when, "%s", _("until they check out"));
	else if (free_from >= lifecycle_closing_after(hd, at))
		snprintf(when, sizeof when, "%s", _("for the rest of the day"));
	else
		snprintf(when, sizeof when, _("until %s"), domain_time(free_from, hh));
	switch (t->by) {
	case TAKEN_BOOKING:
		return hd_fail(err, HD_REFUSED, _("%s is booked by another member %s; "
		    "choose another space"), sp->code, when);
	case TAKEN_HOLD:
		return hd_fail(err, HD_REFUSED, _("%s is held by a walk-in %s; choose another space"),
		    sp->code, when);
	default:
		return hd_fail(err, HD_REFUSED, _("%s is in use (since %s) %s; choose another space"),
		    sp->code, domain_time(t->visit->in_at, hh2), when);
	}
}

/* The earliest time any space of kind is free again after at. */
static enum hd_status
refuse_none_free(struct hubdesk *hd, const struct occupancy *o, const char *kind, time_t at,
    const char *lead, char **err)
{
	struct space *sp;
	size_t n;
	time_t first = 0;
	char hh[DOMAIN_WORDS];
	enum hd_status rc;

	if ((rc = space_list(hd, false, &sp, &n, err)) != HD_OK)
		return rc;
	for (size_t i = 0; i < n; i++) {
		time_t f;
		if (strcmp(sp[i].kind, kind) != 0 || !space_available_on(&sp[i], at))
			continue;
		f = occupancy_free_from(o, hd->now, sp[i].id, at);
		if (f != 0 && (first == 0 || f < first))
			first = f;
	}
	free(sp);
	if (first != 0 && first < lifecycle_closing_after(hd, at))
		/* TRANSLATORS: the first %s may say why: "D04, your booked desk, is
		 * in use and "; the second is a kind of space. */
		return hd_fail(err, HD_REFUSED, _("%sno %s is free now; the first is free at %s"),
		    lead, space_kind_text(kind), domain_time(first, hh));
	return hd_fail(err, HD_REFUSED, _("%sno %s is free now; one is free when someone checks "
	    "out (ask staff)"), lead, space_kind_text(kind));
}

/* A check-in at `at` (usually now; earlier when a paper log is entered)
 * must not overlap a visit already recorded for the member or the space:
 * one that ends after at and begins before until (the end of a past day's
 * visit; for a visit under way, any later visit counts: check-ins are
 * entered in time order). */
static enum hd_status
check_no_overlap(struct hubdesk *hd, int64_t member_id, int64_t space_id, const char *who,
    time_t at, time_t until, char **err)
{
	struct visit later;
	char a[DOMAIN_WORDS], b[DOMAIN_WORDS];

	switch (store_visit_closed_after(hd->store, member_id, space_id, at, &later)) {
	case STORE_OK:
		if (later.in_at >= until)
			return HD_OK;
		return hd_fail(err, HD_REFUSED, member_id != 0 ?
		    _("%s was in %s\xe2\x80\x93%s, which a check-in at that time would overlap; "
		    "enter check-ins in time order") :
		    _("%s was in use %s\xe2\x80\x93%s, which a check-in at that time would overlap; "
		    "enter check-ins in time order"), who, domain_local(later.in_at, a),
		    domain_end(later.in_at, later.out_at, b));
	case STORE_NOTFOUND:
		return HD_OK;
	default:
		return domain_store_fail(hd, err);
	}
}

/* The member's booking that can be checked in to at `at`, if any. */
static enum hd_status
booking_in_window(struct hubdesk *hd, int64_t member_id, time_t at, struct booking *b,
    bool *found, char **err)
{
	time_t a, z;

	lifecycle_window(hd, 0, &a, &z);
	switch (store_booking_checkin_target(hd->store, member_id, at, -a, z, b)) {
	case STORE_OK:
		*found = true;
		return HD_OK;
	case STORE_NOTFOUND:
		*found = false;
		return HD_OK;
	default:
		return domain_store_fail(hd, err);
	}
}

/* The member sitting at sp may be one who came to their own booking of
 * another desk and found it in use (CHECKIN_STANDBY). When that desk is
 * free now, the two bookings swap: theirs to sp, where they sit, and m's
 * to their desk, where m sits down. Sets p->swap_id when it can. */
static enum hd_status
plan_swap(struct hubdesk *hd, const struct occupancy *o, const struct member *m,
    const struct space *sp, time_t at, struct checkin_plan *p, char **err)
{
	struct taken t;
	const struct booking *theirs = NULL;

	if (!occupancy_taken(o, hd->now, sp->id, at, at + 1, m->id, &t) || t.by != TAKEN_SITTING ||
	    t.visit->booking_uuid[0] == '\0')
		return HD_OK;
	for (size_t i = 0; i < o->nbookings && theirs == NULL; i++) {
		if (strcmp(o->bookings[i].uuid, t.visit->booking_uuid) == 0)
			theirs = &o->bookings[i];
	}
	if (theirs == NULL || theirs->space_id == sp->id ||
	    occupancy_taken(o, hd->now, theirs->space_id, at, p->booking.ends_at, t.member_id, NULL))
		return HD_OK;
	/* sp must hold their booking: nobody else's there but m's, which moves. */
	for (size_t i = 0; i < o->nbookings; i++) {
		const struct booking *b = &o->bookings[i];
		if (b->space_id == sp->id && b->id != p->booking.id && b->member_id != t.member_id &&
		    b->starts_at < theirs->ends_at && b->ends_at > theirs->starts_at)
			return HD_OK;
	}
	if (space_get(hd, theirs->space_code, &p->space, err) != HD_OK)
		return HD_STORE;
	p->how = CHECKIN_MOVED;
	p->move = true;
	p->swap_id = theirs->id;
	p->swap_space = sp->id;
	return hold(hd, &p->space, m, at, p, err);
}

/* To a booking in its window: its desk, or another of its kind when someone
 * sits there (the booking moves with the member when the new desk is free
 * for all of it). */
static enum hd_status
plan_booked(struct hubdesk *hd, const struct occupancy *o, const struct member *m, time_t at,
    struct checkin_plan *p, char **err)
{
	struct space sp;
	time_t fu;
	char lead[2 * DOMAIN_WORDS];
	enum hd_status rc;

	if ((rc = space_get(hd, p->booking.space_code, &sp, err)) != HD_OK)
		return rc;
	if (sp.retired)
		return hd_fail(err, HD_REFUSED, _("%s is retired; ask staff for another space"), sp.code);
	p->attach = true;
	if (!occupancy_taken(o, hd->now, sp.id, at, at + 1, m->id, NULL)) {
		p->how = CHECKIN_BOOKED;
		p->space = sp;
		return hold(hd, &sp, m, at, p, err);
	}
	if (find_free_space(hd, o, sp.kind, at, p->closes, m->id, p->booking.ends_at, &p->space,
	    &fu, err, &rc)) {
		p->how = CHECKIN_MOVED;
		p->move = true;
		return hold(hd, &p->space, m, at, p, err);
	}
	if (rc != HD_OK)
		return rc;
	if ((rc = plan_swap(hd, o, m, &sp, at, p, err)) != HD_OK || p->swap_id != 0)
		return rc;
	if (find_free_space(hd, o, sp.kind, at, p->closes, m->id, 0, &p->space, &fu, err, &rc)) {
		p->how = CHECKIN_STANDBY;
		return hold(hd, &p->space, m, at, p, err);
	}
	if (rc != HD_OK)
		return rc;
	/* TRANSLATORS: the start of "… no desk is free now"; a space's code,
	 * then its kind. */
	snprintf(lead, sizeof lead, _("%s, your booked %s, is in use and "), sp.code,
	    space_kind_text(sp.kind));
	return refuse_none_free(hd, o, sp.kind, at, lead, err);
}

/* Before the window of a booking later that day: its desk when it is free
 * until the booking starts, else a free desk now; the booking is kept. */
static enum hd_status
plan_early(struct hubdesk *hd, const struct occupancy *o, const struct member *m, time_t at,
    struct checkin_plan *p, char **err)
{
	struct space sp;
	time_t fu;
	enum hd_status rc;

	if ((rc = space_get(hd, p->booking.space_code, &sp, err)) != HD_OK)
		return rc;
	if (!sp.retired && !occupancy_taken(o, hd->now, sp.id, at, p->booking.starts_at, m->id,
	    NULL)) {
		p->how = CHECKIN_EARLY;
		p->attach = true;
		p->space = sp;
		return hold(hd, &sp, m, at, p, err);
	}
	if (find_free_space(hd, o, sp.kind, at, p->closes, m->id, 0, &p->space, &fu, err, &rc)) {
		p->how = CHECKIN_EARLY_ELSEWHERE;
		return hold(hd, &p->space, m, at, p, err);
	}
	if (rc != HD_OK)
		return rc;
	p->how = CHECKIN_NO_DESK;
	return HD_OK;
}

/* A walk-in: the space named, a free desk ("any"), or none (NULL). With
 * no_desk_ok, "any" falls back to no desk when none is free. */
static enum hd_status
plan_walk_in(struct hubdesk *hd, const struct occupancy *o, const struct member *m,
    const char *space_code, time_t at, bool no_desk_ok, struct checkin_plan *p, char **err)
{
	struct taken t;
	time_t fu;
	enum hd_status rc;

	p->how = CHECKIN_NO_DESK;
	if (space_code == NULL)
		return HD_OK;
	if (strcmp(space_code, "any") == 0) {
		if (find_free_space(hd, o, "desk", at, p->closes, m->id, 0, &p->space, &fu, err, &rc)) {
			p->how = CHECKIN_WALK_IN;
			return hold(hd, &p->space, m, at, p, err);
		}
		if (rc != HD_OK || no_desk_ok)
			return rc;
		return refuse_none_free(hd, o, "desk", at, "", err);
	}
	if ((rc = space_get(hd, space_code, &p->space, err)) != HD_OK)
		return rc;
	if (p->space.retired)
		return hd_fail(err, HD_REFUSED, _("%s is retired; choose another space"), p->space.code);
	if ((rc = space_check_available(hd, &p->space, at, err)) != HD_OK)
		return rc;
	if (occupancy_taken(o, hd->now, p->space.id, at, at + 1, m->id, &t))
		return explain_taken(hd, o, &p->space, &t, at, err);
	p->how = CHECKIN_WALK_IN;
	return hold(hd, &p->space, m, at, p, err);
}

/* Decides what checking m in at `at` does, changing nothing. */
static enum hd_status
plan_checkin(struct hubdesk *hd, const struct member *m, const char *space_code, time_t at,
    bool no_desk_ok, struct checkin_plan *p, char **err)
{
	struct occupancy o;
	const struct visit *in;
	struct local_date d;
	int minute;
	bool found;
	char hh[DOMAIN_WORDS], who[HD_TEXT];
	enum hd_status rc;

	memset(p, 0, sizeof *p);
	member_short_name(m->name, who);
	p->closes = lifecycle_closing_after(hd, at);
	if ((rc = occupancy_load(hd, at, p->closes, &o, err)) != HD_OK)
		return rc;
	/* A past day's visit (a paper log) is judged at its own time; one
	 * today must not find the member in already. */
	p->past_day = p->closes <= hd->now;
	if ((in = occupancy_member_in(&o, m->id)) != NULL &&
	    (!p->past_day || in->in_at < p->closes)) {
		domain_time(in->in_at, hh);
		if (in->space_code[0])
			rc = hd_fail(err, HD_REFUSED, _("%s is checked in already (since %s at %s); "
			    "check out first"), who, hh, in->space_code);
		else
			rc = hd_fail(err, HD_REFUSED, _("%s is checked in already (since %s); "
			    "check out first"), who, hh);
		goto done;
	}
	if ((rc = check_no_overlap(hd, m->id, 0, who, at, p->past_day ? p->closes : CALTIME_END_OF_TIME,
	    err)) != HD_OK ||
	    (rc = booking_in_window(hd, m->id, at, &p->booking, &found, err)) != HD_OK)
		goto done;
	if (found) {
		if (space_code != NULL && strcmp(space_code, "any") != 0 &&
		    strcasecmp(space_code, p->booking.space_code) != 0) {
			rc = hd_fail(err, HD_REFUSED, _("you have %s booked now; check in without "
			    "choosing a space to take it, or cancel the booking first"),
			    p->booking.space_code);
			goto done;
		}
		p->has_booking = true;
		rc = plan_booked(hd, &o, m, at, p, err);
		goto done;
	}
	/* A booking later that day: arriving before its window keeps it. */
	caltime_from_utc(at, &d, &minute);
	switch (store_booking_member_next(hd->store, m->id, at,
	    caltime_to_utc_next(caltime_add_days(d, 1), 0), &p->booking)) {
	case STORE_OK:
		/* Naming another space is a walk-in there (its hold ends where
		 * the booking begins); no space, any, or the booked one keeps it. */
		if (space_code == NULL || strcmp(space_code, "any") == 0 ||
		    strcasecmp(space_code, p->booking.space_code) == 0) {
			p->has_booking = true;
			rc = plan_early(hd, &o, m, at, p, err);
			goto done;
		}
		break;
	case STORE_NOTFOUND:
		break;
	default:
		rc = domain_store_fail(hd, err);
		goto done;
	}
	rc = plan_walk_in(hd, &o, m, space_code, at, no_desk_ok, p, err);
done:
	/* Someone who came later is sitting there: check-ins go in time order. */
	for (size_t i = 0; rc == HD_OK && p->space.id != 0 && i < o.nin; i++) {
		if (o.in[i].space_id == p->space.id && o.in[i].in_at > at &&
		    (!p->past_day || o.in[i].in_at < p->closes))
			rc = hd_fail(err, HD_REFUSED, _("%s is in use since %s, which a check-in at that "
			    "time would overlap; enter check-ins in time order"), p->space.code,
			    domain_time(o.in[i].in_at, hh));
	}
	occupancy_free(&o);
	if (rc == HD_OK && p->space.id != 0)
		rc = check_no_overlap(hd, 0, p->space.id, p->space.code, at,
		    p->past_day ? p->closes : CALTIME_END_OF_TIME, err);
	return rc;
}

/* Carries out plan p inside the caller's transaction. */
static enum hd_status
checkin_tx(struct hubdesk *hd, const struct member *m, const struct checkin_plan *p, time_t at,
    struct visit *v, char **err)
{
	memset(v, 0, sizeof *v);
	ids_uuid_new(v->uuid);
	v->member_id = m->id;
	snprintf(v->member_code, sizeof v->member_code, "%s", m->code);
	snprintf(v->name, sizeof v->name, "%s", m->name);
	v->space_id = p->space.id;
	snprintf(v->space_code, sizeof v->space_code, "%s", p->space.code);
	v->in_at = at;
	v->how = p->how;
	v->hold_until = p->space.id != 0 && p->hold_until > at ? p->hold_until : 0;
	if (p->past_day) {
		/* Over already: closed at closing, as the lifecycle would. */
		v->out_at = p->closes;
		v->auto_closed = true;
		v->hold_until = 0;
	}
	v->desk_free_until = v->hold_until != 0 && v->hold_until < p->closes ? v->hold_until : 0;
	if (p->has_booking) {
		if (p->attach)
			snprintf(v->booking_uuid, sizeof v->booking_uuid, "%s", p->booking.uuid);
		if (strcasecmp(p->booking.space_code, p->space.code) != 0)
			snprintf(v->booked_space, sizeof v->booked_space, "%s", p->booking.space_code);
		v->booking_starts = p->booking.starts_at;
		v->booking_ends = p->booking.ends_at;
	}
	if (p->move) {
		switch (p->swap_id != 0 ? store_booking_swap(hd->store, p->booking.id, p->space.id,
		    p->swap_id, p->swap_space) : store_booking_move(hd->store, p->booking.id,
		    p->space.id)) {
		case STORE_OK:
			break;
		case STORE_CONSTRAINT:
			return hd_fail(err, HD_REFUSED, _("%s was taken a moment ago; try again"),
			    p->space.code);
		default:
			return domain_store_fail(hd, err);
		}
	}
	switch (store_visit_insert(hd->store, v, m->id, 0, p->attach ? p->booking.id : 0)) {
	case STORE_OK:
		break;
	case STORE_CONSTRAINT:
		return hd_fail(err, HD_REFUSED, _("that place was taken a moment ago; try again"));
	default:
		return domain_store_fail(hd, err);
	}
	/* In its window the booking is checked in; one taken early waits for
	 * its window, when the lifecycle settles it by whether its member is
	 * there (lifecycle.h), like any other. */
	if (p->attach && p->how != CHECKIN_EARLY &&
	    store_booking_set_status(hd->store, p->booking.id, "checked-in", hd->now) != STORE_OK)
		return domain_store_fail(hd, err);
	return HD_OK;
}

enum hd_status
visit_checkin(struct hubdesk *hd, const char *member_code, const char *space_code, time_t at,
    struct visit *out, char **err)
{
	struct member m;
	struct visit v;
	struct checkin_plan p;
	enum hd_status rc;

	if ((rc = hub_require(hd, err)) != HD_OK || (rc = domain_check_at(hd, at, err)) != HD_OK)
		return rc;
	if ((rc = domain_at_door(hd, err)) != HD_OK)
		return rc;
	if ((rc = domain_begin(hd, err)) != HD_OK)
		return rc;
	if ((rc = member_get(hd, member_code, &m, err)) != HD_OK ||
	    (rc = plan_checkin(hd, &m, space_code, at, false, &p, err)) != HD_OK ||
	    (rc = checkin_tx(hd, &m, &p, at, &v, err)) != HD_OK)
		return domain_abort(hd, rc);
	if ((rc = domain_commit(hd, err)) != HD_OK)
		return rc;
	if (out != NULL)
		*out = v;
	return HD_OK;
}

enum hd_status
visit_kiosk_plan(struct hubdesk *hd, const char *member_code, struct kiosk_plan *out, char **err)
{
	struct member m;
	struct visit open;
	struct checkin_plan p;
	enum hd_status rc;

	memset(out, 0, sizeof *out);
	if ((rc = hub_require(hd, err)) != HD_OK || (rc = member_get(hd, member_code, &m, err)) != HD_OK)
		return rc;
	snprintf(out->member_code, sizeof out->member_code, "%s", m.code);
	member_short_name(m.name, out->short_name);
	switch (store_visit_open_of_member(hd->store, m.id, &open)) {
	case STORE_OK:
		if (!lifecycle_visit_in(hd, open.in_at, open.out_at))
			break; /* left open yesterday: closed at closing, in again today */
		out->step = KIOSK_CHECK_OUT;
		out->since = open.in_at;
		snprintf(out->space_code, sizeof out->space_code, "%s", open.space_code);
		return HD_OK;
	case STORE_NOTFOUND:
		break;
	default:
		return domain_store_fail(hd, err);
	}
	if ((rc = plan_checkin(hd, &m, "any", hd->now, true, &p, err)) != HD_OK)
		return rc;
	out->how = p.how;
	snprintf(out->space_code, sizeof out->space_code, "%s", p.space.code);
	if (p.has_booking) {
		out->starts_at = p.booking.starts_at;
		out->ends_at = p.booking.ends_at;
		snprintf(out->booked_space, sizeof out->booked_space, "%s", p.booking.space_code);
	}
	out->free_until = p.hold_until != 0 && p.hold_until < p.closes ? p.hold_until : 0;
	switch (p.how) {
	case CHECKIN_WALK_IN:
		out->step = KIOSK_OFFER_DESK;
		break;
	case CHECKIN_NO_DESK:
		out->step = KIOSK_NO_DESK;
		break;
	default:
		out->step = KIOSK_BOOKED;
		break;
	}
	return HD_OK;
}

const char *
visit_checkin_note(const struct visit *v, char *buf, size_t n)
{
	char a[DOMAIN_WORDS], b[DOMAIN_WORDS], c[DOMAIN_WORDS];

	switch (v->how) {
	case CHECKIN_NO_DESK:
		if (v->booking_starts != 0)
			snprintf(buf, n, _("without a desk; %s is yours from %s"), v->booked_space[0] ?
			    v->booked_space : v->space_code, domain_time(v->booking_starts, a));
		else
			snprintf(buf, n, "%s", _("without a desk"));
		break;
	case CHECKIN_WALK_IN:
		snprintf(buf, n, _("%s (walk-in)"), v->space_code);
		break;
	case CHECKIN_BOOKED:
		snprintf(buf, n, _("%s (booked)"), v->space_code);
		break;
	case CHECKIN_MOVED:
		snprintf(buf, n, _("%s (booked; moved from %s, which is in use)"), v->space_code,
		    v->booked_space);
		break;
	case CHECKIN_STANDBY:
		snprintf(buf, n, _("%s for now (booked %s is in use; it is yours when free)"),
		    v->space_code, v->booked_space);
		break;
	case CHECKIN_EARLY:
		snprintf(buf, n, _("%s (booked from %s)"), v->space_code,
		    domain_time(v->booking_starts, a));
		break;
	case CHECKIN_EARLY_ELSEWHERE:
		snprintf(buf, n, _("%s until %s (%s is yours %s\xe2\x80\x93%s)"), v->space_code,
		    domain_time(v->hold_until, a), v->booked_space,
		    domain_time(v->booking_starts, b),
		    domain_end(v->booking_starts, v->booking_ends, c));
		break;
	}
	return buf;
}
