/* The visitor log: check-in and check-out of members, guests signing in and
 * out, and the walk-in's free desk (see visit.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hubdesk/store.h"
#include "hubdesk/visit.h"
#include "hubdesk/lifecycle.h"
#include "domain.h"

static enum hd_status
check_at(struct hubdesk *hd, time_t at, char **err)
{
	if (at > hd->now)
		return hd_fail(err, HD_INVALID, "that time is in the future; an event is recorded "
		    "when it happens, or with --at for one that is past");
	return HD_OK;
}

enum hd_status
visit_find_desk(struct hubdesk *hd, time_t at, struct space *out, time_t *free_until, char **err)
{
	struct space *desks;
	size_t n;
	time_t closes = lifecycle_closing_after(hd, at), best_until = 0, next;
	size_t best = 0;

	/* First choice: a desk nobody needs for the rest of the day. */
	if (store_spaces_free(hd->store, "desk", at, closes, at, at - BOOKING_GRACE(hd), &desks, &n) != STORE_OK)
		return domain_store_fail(hd, err);
	if (n > 0) {
		*out = desks[0];
		*free_until = 0;
		free(desks);
		return HD_OK;
	}
	free(desks);
	/* Else the desk that stays free longest before its next booking. */
	if (store_spaces_free(hd->store, "desk", at, at + 1, at, at - BOOKING_GRACE(hd), &desks,
	    &n) != STORE_OK)
		return domain_store_fail(hd, err);
	for (size_t i = 0; i < n; i++) {
		switch (store_booking_next_start(hd->store, desks[i].id, at, &next)) {
		case STORE_OK:
			break;
		case STORE_NOTFOUND:
			continue;
		default:
			free(desks);
			return domain_store_fail(hd, err);
		}
		if (next > best_until) {
			best_until = next;
			best = i;
		}
	}
	if (n == 0 || best_until == 0) {
		free(desks);
		return hd_fail(err, HD_REFUSED, "no desk is free now; every desk is booked or in "
		    "use (check in without a desk, or ask staff)");
	}
	*out = desks[best];
	*free_until = best_until;
	free(desks);
	return HD_OK;
}

/* A check-in at `at` (usually now; earlier when a paper log is entered)
 * must not overlap a visit already recorded for the member or the space:
 * corrections are entered in time order. */
static enum hd_status
check_no_later_visit(struct hubdesk *hd, int64_t member_id, int64_t space_id, const char *who,
    time_t at, char **err)
{
	struct visit later;
	char a[17], b[6];

	switch (store_visit_closed_after(hd->store, member_id, space_id, at, &later)) {
	case STORE_OK:
		return hd_fail(err, HD_REFUSED, "%s %s %s\xe2\x80\x93%s, which a check-in at that "
		    "time would overlap; enter check-ins in time order", who,
		    member_id != 0 ? "was in" : "was in use", caltime_format_local(later.in_at, a),
		    caltime_format_end(later.in_at, later.out_at, b));
	case STORE_NOTFOUND:
		return HD_OK;
	default:
		return domain_store_fail(hd, err);
	}
}

/* Checks the member in, inside the caller's transaction. */
static enum hd_status
checkin_tx(struct hubdesk *hd, const struct member *m, const char *space_code, time_t at,
    struct visit *v, char **err)
{
	struct booking b;
	struct space sp;
	struct visit open;
	time_t free_until = 0;
	int64_t booking_id = 0;
	char hh[6], who[HD_TEXT];
	enum hd_status rc;
	enum store_rc src;

	memset(&sp, 0, sizeof sp);
	member_short_name(m->name, who);
	switch (store_visit_open_of_member(hd->store, m->id, &open)) {
	case STORE_OK:
		return hd_fail(err, HD_REFUSED, "%s is checked in already (since %s%s%s); "
		    "check out first", who, caltime_format_time(open.in_at, hh),
		    open.space_code[0] ? " at " : "", open.space_code);
	case STORE_NOTFOUND:
		break;
	default:
		return domain_store_fail(hd, err);
	}

	if ((rc = check_no_later_visit(hd, m->id, 0, who, at, err)) != HD_OK)
		return rc;

	src = store_booking_checkin_target(hd->store, m->id, at, BOOKING_EARLY(hd), BOOKING_GRACE(hd), &b);
	if (src == STORE_OK) {
		if (space_code != NULL && strcmp(space_code, "any") != 0 &&
		    strcasecmp(space_code, b.space_code) != 0)
			return hd_fail(err, HD_REFUSED, "you have %s booked now; check in without "
			    "choosing a space to take it, or cancel the booking first", b.space_code);
		if ((rc = space_get(hd, b.space_code, &sp, err)) != HD_OK)
			return rc;
		if (sp.retired)
			return hd_fail(err, HD_REFUSED, "%s is retired; ask staff for another space",
			    sp.code);
		booking_id = b.id;
	} else if (src != STORE_NOTFOUND) {
		return domain_store_fail(hd, err);
	} else if (space_code != NULL && strcmp(space_code, "any") == 0) {
		if ((rc = visit_find_desk(hd, at, &sp, &free_until, err)) != HD_OK)
			return rc;
	} else if (space_code != NULL) {
		if ((rc = space_get(hd, space_code, &sp, err)) != HD_OK)
			return rc;
		if (sp.retired)
			return hd_fail(err, HD_REFUSED, "%s is retired; choose another space", sp.code);
		switch (store_booking_space_conflict(hd->store, sp.id, at, at + 1, &b)) {
		case STORE_OK:
			return hd_fail(err, HD_REFUSED, "%s is booked by another member until %s; "
			    "choose another space", sp.code, caltime_format_time(b.ends_at, hh));
		case STORE_NOTFOUND:
			break;
		default:
			return domain_store_fail(hd, err);
		}
		if (store_booking_next_start(hd->store, sp.id, at, &free_until) == STORE_OK &&
		    free_until >= lifecycle_closing_after(hd, at))
			free_until = 0;
	}

	if (sp.id != 0) {
		switch (store_visit_open_of_space(hd->store, sp.id, &open)) {
		case STORE_OK:
			return hd_fail(err, HD_REFUSED, "%s is in use (since %s); choose another space",
			    sp.code, caltime_format_time(open.in_at, hh));
		case STORE_NOTFOUND:
			break;
		default:
			return domain_store_fail(hd, err);
		}
		if ((rc = check_no_later_visit(hd, 0, sp.id, sp.code, at, err)) != HD_OK)
			return rc;
	}

	memset(v, 0, sizeof *v);
	ids_uuid_new(v->uuid);
	snprintf(v->member_code, sizeof v->member_code, "%s", m->code);
	snprintf(v->name, sizeof v->name, "%s", m->name);
	v->space_id = sp.id;
	snprintf(v->space_code, sizeof v->space_code, "%s", sp.code);
	if (booking_id != 0)
		snprintf(v->booking_uuid, sizeof v->booking_uuid, "%s", b.uuid);
	v->in_at = at;
	v->desk_free_until = free_until;
	switch (store_visit_insert(hd->store, v, m->id, 0, booking_id)) {
	case STORE_OK:
		break;
	case STORE_CONSTRAINT:
		return hd_fail(err, HD_REFUSED, "that place was taken a moment ago; try again");
	default:
		return domain_store_fail(hd, err);
	}
	if (booking_id != 0 &&
	    store_booking_set_status(hd->store, booking_id, "checked-in", hd->now) != STORE_OK)
		return domain_store_fail(hd, err);
	return HD_OK;
}

enum hd_status
visit_checkin(struct hubdesk *hd, const char *member_code, const char *space_code, time_t at,
    struct visit *out, char **err)
{
	struct member m;
	struct visit v;
	enum hd_status rc;

	if ((rc = hub_require(hd, err)) != HD_OK || (rc = check_at(hd, at, err)) != HD_OK)
		return rc;
	if ((rc = domain_begin(hd, err)) != HD_OK)
		return rc;
	if ((rc = member_get(hd, member_code, &m, err)) != HD_OK ||
	    (rc = checkin_tx(hd, &m, space_code, at, &v, err)) != HD_OK)
		return domain_abort(hd, rc);
	if ((rc = domain_commit(hd, err)) != HD_OK)
		return rc;
	if (out != NULL)
		*out = v;
	return HD_OK;
}

static enum hd_status
close_visit(struct hubdesk *hd, struct visit *v, time_t at, char **err)
{
	char a[17], b[17];

	if (at < v->in_at)
		return hd_fail(err, HD_REFUSED, "check-out at %s would come before check-in at %s; "
		    "give a later --at", caltime_format_local(at, a), caltime_format_local(v->in_at, b));
	if (store_visit_close(hd->store, v->id, at) != STORE_OK)
		return domain_store_fail(hd, err);
	v->out_at = at;
	return HD_OK;
}

enum hd_status
visit_checkout(struct hubdesk *hd, const char *member_code, time_t at, struct visit *out,
    char **err)
{
	struct member m;
	struct visit v;
	enum hd_status rc;
	char who[HD_TEXT];

	if ((rc = hub_require(hd, err)) != HD_OK || (rc = check_at(hd, at, err)) != HD_OK)
		return rc;
	if ((rc = domain_begin(hd, err)) != HD_OK)
		return rc;
	if ((rc = member_get(hd, member_code, &m, err)) != HD_OK)
		return domain_abort(hd, rc);
	switch (store_visit_open_of_member(hd->store, m.id, &v)) {
	case STORE_OK:
		break;
	case STORE_NOTFOUND:
		/* Closed by the sweep at closing time: a check-out on the same
		 * day corrects it. A later one would make a visit of days. */
		if (store_visit_last_auto_closed(hd->store, m.id, &v) == STORE_OK && at >= v.in_at) {
			struct local_date din, dat;
			int mi;
			char day[11];
			caltime_from_utc(v.in_at, &din, &mi);
			caltime_from_utc(at, &dat, &mi);
			if (caltime_date_cmp(din, dat) != 0) {
				member_short_name(m.name, who);
				return domain_abort(hd, hd_fail(err, HD_REFUSED, "%s's visit of %s was "
				    "closed at closing time; give --at with the real check-out time that "
				    "day", who, caltime_format_date(din, day)));
			}
			if (store_visit_correct_out(hd->store, v.id, at) != STORE_OK)
				return domain_abort(hd, domain_store_fail(hd, err));
			v.out_at = at;
			v.auto_closed = false;
			goto done;
		}
		member_short_name(m.name, who);
		return domain_abort(hd, hd_fail(err, HD_REFUSED,
		    "%s is not checked in; nothing to check out", who));
	default:
		return domain_abort(hd, domain_store_fail(hd, err));
	}
	if ((rc = close_visit(hd, &v, at, err)) != HD_OK)
		return domain_abort(hd, rc);
done:
	if ((rc = domain_commit(hd, err)) != HD_OK)
		return rc;
	if (out != NULL)
		*out = v;
	return HD_OK;
}

enum hd_status
visit_guest_in(struct hubdesk *hd, const char *name, const char *host_code, const char *purpose,
    time_t at, struct visit *out, char **err)
{
	struct member host;
	struct visit v;
	enum hd_status rc;

	memset(&v, 0, sizeof v);
	if ((rc = hub_require(hd, err)) != HD_OK || (rc = check_at(hd, at, err)) != HD_OK ||
	    (rc = text_clean(name, "the guest's name", HD_NAME_CHARS, true, v.name, err)) != HD_OK ||
	    (rc = text_clean(purpose, "the purpose", 120, false, v.purpose, err)) != HD_OK)
		return rc;
	if ((rc = domain_begin(hd, err)) != HD_OK)
		return rc;
	if ((rc = member_get(hd, host_code, &host, err)) != HD_OK)
		return domain_abort(hd, rc);
	ids_uuid_new(v.uuid);
	v.is_guest = true;
	v.in_at = at;
	snprintf(v.member_code, sizeof v.member_code, "%s", host.code);
	snprintf(v.host_name, sizeof v.host_name, "%s", host.name);
	if (store_visit_insert(hd->store, &v, 0, host.id, 0) != STORE_OK)
		return domain_abort(hd, domain_store_fail(hd, err));
	if ((rc = domain_commit(hd, err)) != HD_OK)
		return rc;
	if (out != NULL)
		*out = v;
	return HD_OK;
}

enum hd_status
visit_guest_out(struct hubdesk *hd, const char *typed, time_t at, struct visit *out, char **err)
{
	struct visit v;
	enum hd_status rc;
	char hh[17], safe[TEXT_SAFE], uuid[UUID_TEXT];

	if ((rc = hub_require(hd, err)) != HD_OK || (rc = check_at(hd, at, err)) != HD_OK)
		return rc;
	if (!ids_uuid_normalise(typed, uuid))
		return hd_fail(err, HD_INVALID, "'%s' is not a visit UUID; 'hubdesk visits' lists them",
		    text_safe(typed, safe));
	if ((rc = domain_begin(hd, err)) != HD_OK)
		return rc;
	switch (store_visit_by_uuid(hd->store, uuid, &v)) {
	case STORE_OK:
		break;
	case STORE_NOTFOUND:
		return domain_abort(hd, hd_fail(err, HD_REFUSED,
		    "no visit has the UUID %s; 'hubdesk visits' lists them", uuid));
	default:
		return domain_abort(hd, domain_store_fail(hd, err));
	}
	if (!v.is_guest)
		return domain_abort(hd, hd_fail(err, HD_REFUSED,
		    "that visit is a member's; use 'hubdesk checkout --member %s'", v.member_code));
	if (v.out_at != 0)
		return domain_abort(hd, hd_fail(err, HD_REFUSED, "the guest signed out already at %s",
		    caltime_format_local(v.out_at, hh)));
	if ((rc = close_visit(hd, &v, at, err)) != HD_OK)
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
	struct booking b;
	struct space sp;
	enum hd_status rc;

	memset(out, 0, sizeof *out);
	if ((rc = hub_require(hd, err)) != HD_OK || (rc = member_get(hd, member_code, &m, err)) != HD_OK)
		return rc;
	snprintf(out->member_code, sizeof out->member_code, "%s", m.code);
	member_short_name(m.name, out->short_name);
	switch (store_visit_open_of_member(hd->store, m.id, &open)) {
	case STORE_OK:
		out->step = KIOSK_CHECK_OUT;
		out->since = open.in_at;
		snprintf(out->space_code, sizeof out->space_code, "%s", open.space_code);
		return HD_OK;
	case STORE_NOTFOUND:
		break;
	default:
		return domain_store_fail(hd, err);
	}
	switch (store_booking_checkin_target(hd->store, m.id, hd->now, BOOKING_EARLY(hd),
	    BOOKING_GRACE(hd), &b)) {
	case STORE_OK:
		out->step = KIOSK_BOOKED;
		out->starts_at = b.starts_at;
		out->ends_at = b.ends_at;
		snprintf(out->space_code, sizeof out->space_code, "%s", b.space_code);
		return HD_OK;
	case STORE_NOTFOUND:
		break;
	default:
		return domain_store_fail(hd, err);
	}
	rc = visit_find_desk(hd, hd->now, &sp, &out->free_until, NULL);
	if (rc == HD_STORE)
		return domain_store_fail(hd, err);
	out->step = rc == HD_OK ? KIOSK_OFFER_DESK : KIOSK_NO_DESK;
	if (rc == HD_OK)
		snprintf(out->space_code, sizeof out->space_code, "%s", sp.code);
	return HD_OK;
}

enum hd_status
visit_guests_in(struct hubdesk *hd, struct visit **out, size_t *n, char **err)
{
	size_t k = 0;

	if (store_visit_open_list(hd->store, out, n) != STORE_OK)
		return domain_store_fail(hd, err);
	for (size_t i = 0; i < *n; i++) {
		if ((*out)[i].is_guest)
			(*out)[k++] = (*out)[i];
	}
	*n = k;
	return HD_OK;
}

enum hd_status
visit_list(struct hubdesk *hd, time_t from, time_t to, struct visit **out, size_t *n, char **err)
{
	if (store_visit_list(hd->store, from, to, out, n) != STORE_OK)
		return domain_store_fail(hd, err);
	return HD_OK;
}
