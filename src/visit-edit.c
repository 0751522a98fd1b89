/* Corrections of the visitor log by staff: a visit's times changed, a visit
 * entered by mistake removed, a forgotten one added (see visit.h).
 *
 * A corrected log keeps the rules every visit keeps: it lies within the
 * local day it began on (other queries rely on no visit lasting more than
 * 25 hours), it is over by now unless it is under way, and it overlaps no
 * other visit of its member nor any other visit at its space. The checks
 * here explain a refusal; the triggers of db/005_visit_overlap.sql refuse an
 * overlap whatever the C code does. What the lifecycle makes of a member's
 * bookings (kept or a no-show) depends on their visits, so a correction
 * settles the member's bookings of the days it touched again, in the same
 * transaction. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hubdesk/lifecycle.h"
#include "hubdesk/store.h"
#include "hubdesk/visit.h"
#include "domain.h"

/* The next local midnight after t: the latest a visit begun at t may end. */
static time_t
visit_edit_day_end(time_t t)
{
	struct local_date d;
	int minute;

	caltime_from_utc(t, &d, &minute);
	return caltime_to_utc_next(caltime_add_days(d, 1), 0);
}

/* The rules of a visit's times: neither in the future, check-out after
 * check-in and by the end of its day. out_at 0: under way, which it can be
 * only while the lifecycle counts it in now. */
static enum hd_status
visit_edit_check_span(struct hubdesk *hd, time_t in_at, time_t out_at, char **err)
{
	struct local_date d;
	int minute;
	char a[DOMAIN_WORDS], b[DOMAIN_WORDS], day[DOMAIN_WORDS];

	if (in_at > hd->now || out_at > hd->now)
		return hd_fail(err, HD_INVALID, _("%s is in the future; a correction records what has "
		    "happened"), domain_local(in_at > hd->now ? in_at : out_at, a));
	if (out_at == 0) {
		if (lifecycle_visit_in(hd, in_at, 0))
			return HD_OK;
		return hd_fail(err, HD_REFUSED, _("a visit begun at %s would have been closed at "
		    "closing time; give its check-out time too"), domain_local(in_at, a));
	}
	if (out_at <= in_at)
		return hd_fail(err, HD_REFUSED, _("check-out at %s would not come after check-in at %s; "
		    "give a later check-out"), domain_local(out_at, a),
		    domain_local(in_at, b));
	if (out_at > visit_edit_day_end(in_at)) {
		caltime_from_utc(in_at, &d, &minute);
		return hd_fail(err, HD_REFUSED, _("a visit ends on the day it began, by 24:00 on %s; "
		    "enter the next day as a visit of its own"), domain_date(d, day));
	}
	return HD_OK;
}

/* The space of a visit must count as available on its day and not have
 * been retired by the time it began. */
static enum hd_status
visit_edit_check_space(struct hubdesk *hd, const struct space *sp, time_t in_at, char **err)
{
	struct local_date d;
	int minute;
	char day[DOMAIN_WORDS];

	if (sp->retired && sp->retired_at <= in_at) {
		caltime_from_utc(sp->retired_at, &d, &minute);
		return hd_fail(err, HD_REFUSED, _("%s was retired on %s; a visit after that cannot be "
		    "at it"), sp->code, domain_date(d, day));
	}
	return space_check_available(hd, sp, in_at, err);
}

/* "2026-11-23 08:00–09:30", or "2026-11-23 09:00" alone for a visit under
 * way, which the messages say "since". */
static const char *
visit_edit_span(const struct visit *v, char buf[static 2 * DOMAIN_WORDS])
{
	char a[DOMAIN_WORDS], b[DOMAIN_WORDS];

	if (v->out_at == 0)
		snprintf(buf, 2 * DOMAIN_WORDS, "%s", domain_local(v->in_at, a));
	else
		snprintf(buf, 2 * DOMAIN_WORDS, "%s\xe2\x80\x93%s", domain_local(v->in_at, a),
		    domain_end(v->in_at, v->out_at, b));
	return buf;
}

/* HD_REFUSED when v (its member, space and times) would overlap another
 * visit of its member or at its space. A visit under way lasts, for this,
 * until its day's closing; the query's bound needs a visit never to last
 * more than 25 hours (store_visit_member_between). */
static enum hd_status
visit_edit_check_overlap(struct hubdesk *hd, const struct visit *v, char **err)
{
	struct visit *o = NULL;
	size_t n = 0;
	time_t until = lifecycle_visit_until(hd, v->in_at, v->out_at);
	char who[HD_TEXT], span[2 * DOMAIN_WORDS];
	enum hd_status rc = HD_OK;

	if (v->member_id != 0) {
		if (store_visit_member_between(hd->store, v->member_id, v->in_at, until - 1, &o, &n) !=
		    STORE_OK)
			return domain_store_fail(hd, err);
		for (size_t i = 0; i < n && rc == HD_OK; i++) {
			if (o[i].id == v->id)
				continue;
			member_short_name(o[i].name, who);
			rc = hd_fail(err, HD_REFUSED, o[i].out_at != 0 ?
			    _("%s was in %s; a member's visits cannot overlap, so change that visit "
			    "first or choose other times") :
			    _("%s is in since %s; a member's visits cannot overlap, so change that "
			    "visit first or choose other times"), who, visit_edit_span(&o[i], span));
		}
		free(o);
	}
	if (rc != HD_OK || v->space_id == 0)
		return rc;
	if (store_visit_space_between(hd->store, v->space_id, v->in_at, until - 1, &o, &n) !=
	    STORE_OK)
		return domain_store_fail(hd, err);
	for (size_t i = 0; i < n && rc == HD_OK; i++) {
		if (o[i].id == v->id)
			continue;
		member_short_name(o[i].name, who);
		rc = hd_fail(err, HD_REFUSED, o[i].out_at != 0 ?
		    _("%s was in use %s by %s; two visits at one space cannot overlap, so change "
		    "that visit first or choose other times") :
		    _("%s is in use since %s by %s; two visits at one space cannot overlap, so "
		    "change that visit first or choose other times"), v->space_code,
		    visit_edit_span(&o[i], span), who);
	}
	free(o);
	return rc;
}

/* Every rule a corrected or added visit v keeps. */
static enum hd_status
visit_edit_check(struct hubdesk *hd, const struct visit *v, char **err)
{
	struct space sp;
	enum hd_status rc;

	if ((rc = visit_edit_check_span(hd, v->in_at, v->out_at, err)) != HD_OK)
		return rc;
	if (v->space_id != 0 && ((rc = space_get(hd, v->space_code, &sp, err)) != HD_OK ||
	    (rc = visit_edit_check_space(hd, &sp, v->in_at, err)) != HD_OK))
		return rc;
	return visit_edit_check_overlap(hd, v, err);
}

/* The schema's answer to a write of a visit. */
static enum hd_status
visit_edit_stored(struct hubdesk *hd, enum store_rc src, char **err)
{
	switch (src) {
	case STORE_OK:
		return HD_OK;
	case STORE_CONSTRAINT:
		/* Another kiosk's write since the checks, or the hold of a visit
		 * under way meeting someone else's booking (db/004_holds.sql). */
		return hd_fail(err, HD_REFUSED, _("that visit would clash with another visit or a "
		    "booking of its space; read the visitor log again and choose other times"));
	default:
		return domain_store_fail(hd, err);
	}
}

/* Sets the member's bookings on the local day of t to what the lifecycle
 * makes of the corrected log: a booking with a visit of its own is checked
 * in; any other goes back to "booked" and is settled again
 * (lifecycle_booking_settle), so it is kept when the member was in during
 * its window, a no-show when not, and still waiting when the window is to
 * come. A booking released as a no-show whose space has been booked again
 * since stays released: the schema lets only one of the two hold it. */
static enum hd_status
visit_edit_resettle(struct hubdesk *hd, int64_t member_id, time_t t, char **err)
{
	struct booking *b;
	struct local_date d;
	size_t n;
	int minute;
	bool own;
	char was[sizeof b->status];
	enum hd_status rc = HD_OK;

	if (member_id == 0)
		return HD_OK;
	caltime_from_utc(t, &d, &minute);
	if (store_booking_list(hd->store, caltime_to_utc_next(d, 0),
	    caltime_to_utc_next(caltime_add_days(d, 1), 0), member_id, 0, &b, &n) != STORE_OK)
		return domain_store_fail(hd, err);
	for (size_t i = 0; i < n && rc == HD_OK; i++) {
		if (strcmp(b[i].status, "cancelled") == 0)
			continue;
		snprintf(was, sizeof was, "%s", b[i].status);
		if (store_visit_of_booking(hd->store, b[i].id, &own) != STORE_OK) {
			rc = domain_store_fail(hd, err);
			break;
		}
		snprintf(b[i].status, sizeof b[i].status, "%s", own ? "checked-in" : "booked");
		if (!own && (rc = lifecycle_booking_settle(hd, &b[i], err)) != HD_OK)
			break;
		if (strcmp(was, b[i].status) == 0)
			continue;
		switch (store_booking_set_status(hd->store, b[i].id, b[i].status, hd->now)) {
		case STORE_OK:
		case STORE_CONSTRAINT:
			break;
		default:
			rc = domain_store_fail(hd, err);
			break;
		}
	}
	free(b);
	return rc;
}

/* Reads the visit with the (normalised) uuid inside the transaction. */
static enum hd_status
visit_edit_find(struct hubdesk *hd, const char *uuid, struct visit *v, char **err)
{
	switch (store_visit_by_uuid(hd->store, uuid, v)) {
	case STORE_OK:
		return HD_OK;
	case STORE_NOTFOUND:
		return hd_fail(err, HD_REFUSED, _("no visit has the UUID %s; the visitor log lists them"),
		    uuid);
	default:
		return domain_store_fail(hd, err);
	}
}

static enum hd_status
visit_edit_uuid(const char *typed, char uuid[static UUID_TEXT], char **err)
{
	char safe[TEXT_SAFE];

	if (ids_uuid_normalise(typed, uuid))
		return HD_OK;
	return hd_fail(err, HD_INVALID, _("'%s' is not a visit UUID; the visitor log lists them"),
	    text_safe(typed, safe));
}

enum hd_status
visit_edit(struct hubdesk *hd, const char *typed, time_t in_at, time_t out_at,
    struct visit *out, char **err)
{
	struct visit v;
	time_t was_in;
	char uuid[UUID_TEXT];
	enum hd_status rc;

	if ((rc = hub_require(hd, err)) != HD_OK || (rc = visit_edit_uuid(typed, uuid, err)) != HD_OK)
		return rc;
	if (in_at == 0 && out_at == 0)
		return hd_fail(err, HD_INVALID, _("give the visit's new check-in time, check-out time, "
		    "or both"));
	if ((rc = domain_begin(hd, err)) != HD_OK)
		return rc;
	if ((rc = visit_edit_find(hd, uuid, &v, err)) != HD_OK)
		return domain_abort(hd, rc);
	was_in = v.in_at;
	if (in_at != 0)
		v.in_at = in_at;
	if (out_at != 0) {
		/* A check-out staff give is a real one, not the closing time. */
		v.out_at = out_at;
		v.auto_closed = false;
	}
	if ((rc = visit_edit_check(hd, &v, err)) != HD_OK ||
	    (rc = visit_edit_stored(hd, store_visit_set_times(hd->store, v.id, v.in_at, v.out_at,
	        v.auto_closed), err)) != HD_OK ||
	    (rc = visit_edit_resettle(hd, v.member_id, was_in, err)) != HD_OK ||
	    (rc = visit_edit_resettle(hd, v.member_id, v.in_at, err)) != HD_OK)
		return domain_abort(hd, rc);
	if ((rc = domain_commit(hd, err)) != HD_OK)
		return rc;
	if (out != NULL)
		*out = v;
	return HD_OK;
}

enum hd_status
visit_remove(struct hubdesk *hd, const char *typed, struct visit *out, char **err)
{
	struct visit v;
	char uuid[UUID_TEXT];
	enum hd_status rc;

	if ((rc = hub_require(hd, err)) != HD_OK || (rc = visit_edit_uuid(typed, uuid, err)) != HD_OK)
		return rc;
	if ((rc = domain_begin(hd, err)) != HD_OK)
		return rc;
	if ((rc = visit_edit_find(hd, uuid, &v, err)) != HD_OK)
		return domain_abort(hd, rc);
	/* Its booking, if it had one, has no visit of its own now: the
	 * settling below makes it what the lifecycle says it is. */
	if (store_visit_delete(hd->store, v.id) != STORE_OK)
		return domain_abort(hd, domain_store_fail(hd, err));
	if ((rc = visit_edit_resettle(hd, v.member_id, v.in_at, err)) != HD_OK)
		return domain_abort(hd, rc);
	if ((rc = domain_commit(hd, err)) != HD_OK)
		return rc;
	if (out != NULL)
		*out = v;
	return HD_OK;
}

enum hd_status
visit_add(struct hubdesk *hd, const struct visit_new *n, struct visit *out, char **err)
{
	struct member m;
	struct space sp;
	struct visit v;
	bool guest = n->member_code == NULL;
	enum hd_status rc;

	memset(&v, 0, sizeof v);
	if ((rc = hub_require(hd, err)) != HD_OK)
		return rc;
	if (guest == (n->guest_name == NULL) || (guest && n->host_code == NULL))
		return hd_fail(err, HD_INVALID, _("give the member, or the guest and their host"));
	if (guest && n->space_code != NULL && n->space_code[0] != '\0')
		return hd_fail(err, HD_INVALID, _("a guest's visit is at no space; leave the space out"));
	if (n->in_at == 0 || n->out_at == 0)
		return hd_fail(err, HD_INVALID, _("give both the check-in and the check-out time"));
	if ((guest && ((rc = text_clean_name(n->guest_name, _("the guest's name"), HD_NAME_CHARS, true,
	    v.name, err)) != HD_OK || (rc = text_clean(n->purpose, _("the purpose"), 120, false,
	    v.purpose, err)) != HD_OK)) ||
	    (rc = visit_edit_check_span(hd, n->in_at, n->out_at, err)) != HD_OK)
		return rc;
	if ((rc = domain_begin(hd, err)) != HD_OK)
		return rc;
	if ((rc = member_find(hd, guest ? n->host_code : n->member_code, &m, err)) != HD_OK)
		return domain_abort(hd, rc);
	ids_uuid_new(v.uuid);
	v.is_guest = guest;
	v.member_id = guest ? 0 : m.id;
	snprintf(v.member_code, sizeof v.member_code, "%s", m.code);
	if (guest)
		snprintf(v.host_name, sizeof v.host_name, "%s", m.name);
	else
		snprintf(v.name, sizeof v.name, "%s", m.name);
	v.in_at = n->in_at;
	v.out_at = n->out_at;
	if (n->space_code != NULL && n->space_code[0] != '\0') {
		if ((rc = space_get(hd, n->space_code, &sp, err)) != HD_OK)
			return domain_abort(hd, rc);
		v.space_id = sp.id;
		snprintf(v.space_code, sizeof v.space_code, "%s", sp.code);
	}
	if ((rc = visit_edit_check(hd, &v, err)) != HD_OK ||
	    (rc = visit_edit_stored(hd, store_visit_insert(hd->store, &v, v.member_id,
	        guest ? m.id : 0, 0), err)) != HD_OK ||
	    (rc = visit_edit_resettle(hd, v.member_id, v.in_at, err)) != HD_OK)
		return domain_abort(hd, rc);
	if ((rc = domain_commit(hd, err)) != HD_OK)
		return rc;
	if (out != NULL)
		*out = v;
	return HD_OK;
}
