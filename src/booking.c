/* Bookings: the rules a booking must pass, cancelling and listing (see
 * booking.h). Every rule is checked inside the write transaction that
 * inserts, so what was checked is what gets committed; the schema's overlap
 * trigger stands behind the checks in case they are ever wrong. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "hubdesk/booking.h"
#include "hubdesk/lifecycle.h"
#include "hubdesk/store.h"
#include "domain.h"

/* Start of the slot that contains t, in local time: a booking may begin
 * in the slot under way. */
static time_t
current_slot_start(time_t t, int slot_minutes)
{
	struct local_date d;
	int minute;
	time_t start;

	caltime_from_utc(t, &d, &minute);
	if (caltime_to_utc(d, minute - minute % slot_minutes, &start) != 0 || start > t)
		return t;
	return start;
}

/* Says why another member's booking or hold keeps sp from the member. */
static enum hd_status
explain_conflict(const struct taken *t, const char *code, time_t closes, char **err)
{
	char a[DOMAIN_WORDS], b[DOMAIN_WORDS];

	if (t->by == TAKEN_BOOKING) {
		domain_time(t->booking->starts_at, a);
		domain_end(t->booking->starts_at, t->booking->ends_at, b);
		if (t->booking->ends_at < closes)
			return hd_fail(err, HD_REFUSED, _("%s is booked %s\xe2\x80\x93%s by another "
			    "member; free from %s"), code, a, b, b);
		return hd_fail(err, HD_REFUSED, _("%s is booked %s\xe2\x80\x93%s by another member; "
		    "choose another space or day"), code, a, b);
	}
	if (t->until != 0 && t->until < closes)
		return hd_fail(err, HD_REFUSED, _("%s is held by a walk-in until %s; free from %s"),
		    code, domain_time(t->until, a), domain_time(t->until, b));
	return hd_fail(err, HD_REFUSED, _("%s is in use by a walk-in for the rest of the day; "
	    "choose another space or a later day"), code);
}

/* Desks are one class, rooms and booths another: a member holds one desk
 * at a time, and may book a meeting room or booth while holding a desk. */
static bool
same_class(const char *kind_a, const char *kind_b)
{
	return (strcmp(kind_a, "desk") == 0) == (strcmp(kind_b, "desk") == 0);
}

/* The member's own bookings that a new one on sp over [from, to) breaks:
 * the same space, or another of the same class ("one place at a time"). */
static enum hd_status
check_own(const struct occupancy *o, const struct space *sp, const struct member *m,
    time_t from, time_t to, char **err)
{
	char hh1[DOMAIN_WORDS], hh2[DOMAIN_WORDS];

	for (size_t i = 0; i < o->nbookings; i++) {
		const struct booking *b = &o->bookings[i];
		if (b->member_id != m->id || b->starts_at >= to || b->ends_at <= from)
			continue;
		domain_time(b->starts_at, hh1);
		domain_end(b->starts_at, b->ends_at, hh2);
		if (b->space_id == sp->id)
			return hd_fail(err, HD_REFUSED, _("you have %s booked %s\xe2\x80\x93%s already"
			    "\037" "'hubdesk bookings' lists your bookings"), b->space_code, hh1, hh2);
		if (same_class(b->space_kind, sp->kind))
			return hd_fail(err, HD_REFUSED, strcmp(sp->kind, "desk") == 0 ?
			    _("you have %s booked %s\xe2\x80\x93%s that day already; one place at a "
			    "time (a room or booth may overlap a desk)") :
			    _("you have %s booked %s\xe2\x80\x93%s that day already; one room or booth "
			    "at a time"), b->space_code, hh1, hh2);
	}
	/* A desk the member sits at now counts as theirs for its hold. */
	for (size_t i = 0; i < o->nin; i++) {
		const struct visit *v = &o->in[i];
		if (v->is_guest || v->member_id != m->id || v->space_id == 0 ||
		    v->space_id == sp->id || !same_class(v->space_kind, sp->kind) ||
		    v->hold_until <= from || v->in_at >= to)
			continue;
		return hd_fail(err, HD_REFUSED, _("you are at %s until %s that day; one place at a "
		    "time (check out of %s first, or book from %s)"), v->space_code,
		    domain_time(v->hold_until, hh1), v->space_code, domain_time(v->hold_until, hh2));
	}
	return HD_OK;
}

/* Appends rule to b->overridden, the record of what staff set aside. */
static void
note_override(struct booking *b, const char *rule)
{
	size_t len = strlen(b->overridden);

	snprintf(b->overridden + len, sizeof b->overridden - len, "%s%s", len ? "," : "", rule);
}

/* The hub's limits (rules.h): slot boundaries, how far ahead, how many to
 * come, how long. Staff may override them; each one set aside is noted. */
static enum hd_status
check_limits(struct hubdesk *hd, const struct booking_request *r, const struct space *sp,
    const struct member *m, struct booking *b, char **err)
{
	const struct rules *ru = &hd->rules;
	struct local_date today, last;
	int minute, held, length = (int)((b->ends_at - b->starts_at) / 60);
	int max = strcmp(sp->kind, "room") == 0 ? ru->room_max_minutes : ru->desk_max_minutes;
	char date[DOMAIN_WORDS], hh[DOMAIN_WORDS], hh2[DOMAIN_WORDS];

	const struct opening *o = hub_hours_on(hd, r->date);
	/* Opening and closing times are always allowed as a start and an end,
	 * whatever the slots. */
	if (r->from_min >= 0 &&
	    ((r->from_min % ru->slot_minutes != 0 && r->from_min != o->opens_min) ||
	     (r->to_min % ru->slot_minutes != 0 && r->to_min != o->closes_min))) {
		if (!r->override)
			return hd_fail(err, HD_REFUSED, _("bookings start and end on %d-minute slots; "
			    "try %s\xe2\x80\x93%s"), ru->slot_minutes,
			    domain_hhmm(r->from_min - r->from_min % ru->slot_minutes, hh),
			    domain_hhmm(r->to_min + (ru->slot_minutes - r->to_min %
			        ru->slot_minutes) % ru->slot_minutes, hh2));
		note_override(b, "slot-minutes");
	}
	caltime_from_utc(hd->now, &today, &minute);
	last = caltime_add_days(today, ru->book_ahead_days);
	if (caltime_date_cmp(r->date, last) > 0) {
		if (!r->override)
			return hd_fail(err, HD_REFUSED, ngettext("bookings can be made at most %d day "
			    "ahead (until %s)", "bookings can be made at most %d days ahead (until %s)",
			    (unsigned long)ru->book_ahead_days), ru->book_ahead_days,
			    domain_date(last, date));
		note_override(b, "book-ahead-days");
	}
	if (store_booking_count_future(hd->store, m->id, hd->now, &held) != STORE_OK)
		return domain_store_fail(hd, err);
	if (held >= ru->max_future_bookings) {
		if (!r->override)
			return hd_fail(err, HD_REFUSED, ngettext("you hold %d booking to come, the most "
			    "one member may; cancel it first", "you hold %d bookings to come, the most "
			    "one member may; cancel one first", (unsigned long)held), held);
		note_override(b, "max-future-bookings");
	}
	if (max > 0 && length > max) {
		if (!r->override)
			return hd_fail(err, HD_REFUSED, strcmp(sp->kind, "room") == 0 ?
			    _("a room can be booked for at most %d h %02d min at a time"
			    "\037" "give a shorter --from and --to") :
			    strcmp(sp->kind, "booth") == 0 ?
			    _("a booth can be booked for at most %d h %02d min at a time"
			    "\037" "give a shorter --from and --to") :
			    _("a desk can be booked for at most %d h %02d min at a time"
			    "\037" "give a shorter --from and --to"), max / 60, max % 60);
		note_override(b, strcmp(sp->kind, "room") == 0 ? "room-max-minutes" :
		    "desk-max-minutes");
	}
	return HD_OK;
}

/* The checks that need the database; the caller holds the transaction. */
static enum hd_status
check_and_insert(struct hubdesk *hd, const struct booking_request *r, struct booking *b,
    char **err)
{
	struct member m;
	struct space sp;
	struct occupancy occ;
	struct taken t;
	time_t opens, closes, slot;
	const struct opening *o;
	char date[DOMAIN_WORDS], hh1[DOMAIN_WORDS], hh2[DOMAIN_WORDS];
	enum hd_status rc;

	if ((rc = member_get(hd, r->member_code, &m, err)) != HD_OK ||
	    (rc = space_get(hd, r->space_code, &sp, err)) != HD_OK)
		return rc;
	if (sp.retired)
		return hd_fail(err, HD_REFUSED, _("%s is retired and cannot be booked; "
		    "choose another space"), sp.code);
	if ((rc = hub_day_open(hd, r->date, &opens, &closes, err)) != HD_OK)
		return rc;
	o = hub_hours_on(hd, r->date);
	domain_date(r->date, date);
	if (r->from_min >= 0) {
		if (r->from_min < o->opens_min || r->to_min > o->closes_min)
			/* TRANSLATORS: the hours, then "on Mondays". */
			return hd_fail(err, HD_REFUSED, _("the hub is open %s\xe2\x80\x93%s %s; "
			    "book within those hours"), domain_hhmm(o->opens_min, hh1),
			    domain_hhmm(o->closes_min, hh2),
			    domain_on_weekdays(caltime_weekday(r->date)));
		if (caltime_to_utc(r->date, r->from_min, &b->starts_at) != 0 ||
		    caltime_to_utc(r->date, r->to_min, &b->ends_at) != 0)
			return hd_fail(err, HD_INVALID, _("that time does not exist on %s: the clocks "
			    "go forward; choose a time outside the skipped hour"), date);
	} else {
		b->starts_at = opens;
		b->ends_at = closes;
	}

	slot = current_slot_start(hd->now, hd->rules.slot_minutes);
	if (b->ends_at <= hd->now)
		return hd_fail(err, HD_REFUSED, _("%s %s\xe2\x80\x93%s has passed; book a time from "
		    "now on"), date, domain_time(b->starts_at, hh1), domain_end(b->starts_at,
		    b->ends_at, hh2));
	if (b->starts_at < slot) {
		if (r->from_min >= 0)
			return hd_fail(err, HD_REFUSED, _("%s has passed; book from %s on"),
			    domain_time(b->starts_at, hh1), domain_time(slot, hh2));
		b->starts_at = slot; /* the rest of today */
	}

	if ((rc = check_limits(hd, r, &sp, &m, b, err)) != HD_OK)
		return rc;

	if ((rc = space_check_available(hd, &sp, b->starts_at, err)) != HD_OK)
		return rc;
	/* Others' bookings and walk-ins' holds, as the lifecycle sees them. */
	if ((rc = occupancy_load(hd, b->starts_at, b->ends_at, &occ, err)) != HD_OK)
		return rc;
	if (occupancy_taken(&occ, hd->now, sp.id, b->starts_at, b->ends_at, m.id, &t))
		rc = explain_conflict(&t, sp.code, closes, err);
	else
		rc = check_own(&occ, &sp, &m, b->starts_at, b->ends_at, err);
	occupancy_free(&occ);
	if (rc != HD_OK)
		return rc;

	ids_uuid_new(b->uuid);
	b->space_id = sp.id;
	b->member_id = m.id;
	snprintf(b->space_code, sizeof b->space_code, "%s", sp.code);
	snprintf(b->member_code, sizeof b->member_code, "%s", m.code);
	snprintf(b->member_name, sizeof b->member_name, "%s", m.name);
	snprintf(b->status, sizeof b->status, "booked");
	snprintf(b->series_uuid, sizeof b->series_uuid, "%s", r->series != NULL ? r->series : "");
	b->created_at = hd->now;
	switch (store_booking_insert(hd->store, b)) {
	case STORE_OK:
		return HD_OK;
	case STORE_CONSTRAINT:
		return hd_fail(err, HD_REFUSED, _("%s was booked by someone else a moment ago; "
		    "choose another slot"), sp.code);
	default:
		return domain_store_fail(hd, err);
	}
}

enum hd_status
booking_create(struct hubdesk *hd, const struct booking_request *r, struct booking *out,
    char **err)
{
	struct booking b;
	enum hd_status rc;

	memset(&b, 0, sizeof b);
	if ((rc = hub_require(hd, err)) != HD_OK)
		return rc;
	if (!caltime_date_valid(r->date))
		return hd_fail(err, HD_INVALID, _("the date is not a real date; write it as YYYY-MM-DD"));
	if ((r->from_min < 0) != (r->to_min < 0))
		return hd_fail(err, HD_INVALID, _("a booking needs both a start and an end time, or "
		    "neither for the whole day" "\037" "give both --from and --to, or neither"));
	if (r->from_min >= 0 && r->to_min <= r->from_min)
		return hd_fail(err, HD_INVALID, _("the booking must end after it starts"));

	if ((rc = domain_begin(hd, err)) != HD_OK)
		return rc;
	if ((rc = check_and_insert(hd, r, &b, err)) != HD_OK)
		return domain_abort(hd, rc);
	if ((rc = domain_commit(hd, err)) != HD_OK)
		return rc;
	if (out != NULL)
		*out = b;
	return HD_OK;
}

enum hd_status
booking_cancel(struct hubdesk *hd, const char *typed, const char *as_member,
    struct booking *out, char **err)
{
	struct booking b;
	enum hd_status rc;
	char safe[TEXT_SAFE], uuid[UUID_TEXT];

	if ((rc = hub_require(hd, err)) != HD_OK)
		return rc;
	if (!ids_uuid_normalise(typed, uuid))
		return hd_fail(err, HD_INVALID, _("'%s' is not a booking UUID" "\037"
		    "'hubdesk bookings' lists them"), text_safe(typed, safe));
	if ((rc = domain_begin(hd, err)) != HD_OK)
		return rc;
	switch (store_booking_by_uuid(hd->store, uuid, &b)) {
	case STORE_OK:
		break;
	case STORE_NOTFOUND:
		return domain_abort(hd, hd_fail(err, HD_REFUSED,
		    _("no booking has the UUID %s" "\037" "'hubdesk bookings' lists them"), uuid));
	default:
		return domain_abort(hd, domain_store_fail(hd, err));
	}
	if (strcmp(b.status, "booked") != 0)
		return domain_abort(hd, hd_fail(err, HD_REFUSED, _("the booking is %s already; "
		    "only a booking not yet used can be cancelled"), domain_status(b.status)));
	if (b.ends_at <= hd->now)
		return domain_abort(hd, hd_fail(err, HD_REFUSED,
		    _("the booking has ended; past bookings stay as they were")));
	if (as_member != NULL && strcasecmp(as_member, b.member_code) != 0)
		return domain_abort(hd, hd_fail(err, HD_REFUSED,
		    _("that booking is another member's; only they or staff can cancel it")));
	if (b.starts_at <= hd->now && as_member != NULL)
		return domain_abort(hd, hd_fail(err, HD_REFUSED,
		    _("the booking has begun; only staff can cancel it now")));
	if (store_booking_set_status(hd->store, b.id, "cancelled", hd->now) != STORE_OK)
		return domain_abort(hd, domain_store_fail(hd, err));
	if ((rc = domain_commit(hd, err)) != HD_OK)
		return rc;
	snprintf(b.status, sizeof b.status, "cancelled");
	if (out != NULL)
		*out = b;
	return HD_OK;
}

enum hd_status
booking_list(struct hubdesk *hd, const struct booking_filter *f, struct booking **out,
    size_t *n, char **err)
{
	struct member m;
	struct space sp;
	enum hd_status rc;

	*out = NULL;
	*n = 0;
	m.id = sp.id = 0;
	if (f->member_code != NULL && (rc = member_find(hd, f->member_code, &m, err)) != HD_OK)
		return rc;
	if (f->space_code != NULL && (rc = space_get(hd, f->space_code, &sp, err)) != HD_OK)
		return rc;
	if (store_booking_list(hd->store, f->from, f->to, m.id, sp.id, out, n) != STORE_OK)
		return domain_store_fail(hd, err);
	/* What each booking is now, whether or not a write has swept it. */
	for (size_t i = 0; i < *n; i++) {
		if ((rc = lifecycle_booking_settle(hd, &(*out)[i], err)) != HD_OK) {
			free(*out);
			*out = NULL;
			*n = 0;
			return rc;
		}
	}
	return HD_OK;
}
