/* The visitor log: check-in and check-out of members, guests signing in and
 * out, and the walk-in's free desk (see visit.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hubdesk/lifecycle.h"
#include "hubdesk/store.h"
#include "hubdesk/visit.h"
#include "domain.h"

enum hd_status
domain_check_at(struct hubdesk *hd, time_t at, char **err)
{
	if (at > hd->now)
		return hd_fail(err, HD_INVALID, _("that time is in the future; an event is recorded "
		    "when it happens" "\037" "give --at only for one that is past"));
	return HD_OK;
}

/* The schema's answer to a check-out: its triggers refuse one that would
 * make the visit overlap another (db/005_visit_overlap.sql). */
static enum hd_status
checked_out(struct hubdesk *hd, enum store_rc src, char **err)
{
	switch (src) {
	case STORE_OK:
		return HD_OK;
	case STORE_CONSTRAINT:
		return hd_fail(err, HD_REFUSED, _("a check-out then would overlap the next visit "
		    "recorded" "\037" "give an earlier --at"));
	default:
		return domain_store_fail(hd, err);
	}
}

static enum hd_status
close_visit(struct hubdesk *hd, struct visit *v, time_t at, char **err)
{
	char a[DOMAIN_WORDS], b[DOMAIN_WORDS];
	enum hd_status rc;

	if (at < v->in_at)
		return hd_fail(err, HD_REFUSED, _("check-out at %s would come before check-in at %s"
		    "\037" "give a later --at"), domain_local(at, a), domain_local(v->in_at, b));
	if ((rc = checked_out(hd, store_visit_close(hd->store, v->id, at), err)) != HD_OK)
		return rc;
	v->out_at = at;
	return HD_OK;
}

/* The member's visit that was under way at `at`, judged at that time: an
 * open one, or one the lifecycle closed at closing on that same day (a
 * check-out then corrects it). NOTFOUND when there is none; *last then
 * holds the latest visit begun before at, if any (last->id 0: none). */
static enum hd_status
visit_open_at(struct hubdesk *hd, int64_t member_id, time_t at, struct visit *out,
    struct visit *last, char **err)
{
	struct visit *v;
	size_t n;
	struct local_date d, dv;
	int minute;
	enum hd_status rc = HD_REFUSED;

	memset(last, 0, sizeof *last);
	caltime_from_utc(at, &d, &minute);
	if (store_visit_member_between(hd->store, member_id, caltime_to_utc_next(d, 0), at, &v,
	    &n) != STORE_OK)
		return domain_store_fail(hd, err);
	for (size_t i = n; i-- > 0;) {
		caltime_from_utc(v[i].in_at, &dv, &minute);
		if (v[i].in_at > at)
			continue;
		if (last->id == 0)
			*last = v[i];
		if (v[i].out_at == 0 || (v[i].auto_closed && caltime_date_cmp(d, dv) == 0) ||
		    v[i].out_at > at) {
			*out = v[i];
			rc = HD_OK;
			break;
		}
	}
	free(v);
	return rc;
}

/* Says why there is no visit to check the member out of at `at`: last is
 * their latest visit begun that day before at (id 0: none). */
static enum hd_status
refuse_nothing_open(struct hubdesk *hd, int64_t member_id, const char *who, time_t at,
    const struct visit *last, char **err)
{
	struct visit v;
	struct local_date d, dv, today;
	int mi;
	char a[DOMAIN_WORDS], b[DOMAIN_WORDS], day[DOMAIN_WORDS], hh[DOMAIN_WORDS];

	caltime_from_utc(at, &d, &mi);
	caltime_from_utc(hd->now, &today, &mi);
	if (last->id == 0 && store_visit_last_auto_closed(hd->store, member_id, &v) == STORE_OK &&
	    v.in_at <= at) {
		caltime_from_utc(v.in_at, &dv, &mi);
		return hd_fail(err, HD_REFUSED, _("%s's visit of %s was closed at closing time"
		    "\037" "give --at with the real check-out time that day"), who, domain_date(dv, day));
	}
	if (store_visit_open_of_member(hd->store, member_id, &v) == STORE_OK && v.in_at > at)
		return hd_fail(err, HD_REFUSED, _("check-out at %s would come before check-in at %s"
		    "\037" "give a later --at"), domain_local(at, a), domain_local(v.in_at, b));
	if (caltime_date_cmp(d, today) != 0) {
		if (last->id != 0 && last->out_at != 0)
			return hd_fail(err, HD_REFUSED, _("%s was not in at %s; nothing to check out "
			    "(checked out at %s that day)"), who, domain_local(at, a),
			    domain_time(last->out_at, hh));
		return hd_fail(err, HD_REFUSED, _("%s was not in at %s; nothing to check out"), who,
		    domain_local(at, a));
	}
	if (last->id != 0 && last->out_at != 0)
		return hd_fail(err, HD_REFUSED, _("%s is not checked in; nothing to check out "
		    "(checked out at %s)"), who, domain_time(last->out_at, hh));
	return hd_fail(err, HD_REFUSED, _("%s is not checked in; nothing to check out"), who);
}

enum hd_status
visit_checkout(struct hubdesk *hd, const char *member_code, time_t at, struct visit *out,
    char **err)
{
	struct member m;
	struct visit v, last;
	enum hd_status rc;
	char who[HD_TEXT], hh[DOMAIN_WORDS];

	if ((rc = hub_require(hd, err)) != HD_OK || (rc = domain_check_at(hd, at, err)) != HD_OK)
		return rc;
	if ((rc = domain_at_door(hd, err)) != HD_OK)
		return rc;
	if ((rc = domain_begin(hd, err)) != HD_OK)
		return rc;
	if ((rc = member_find(hd, member_code, &m, err)) != HD_OK)
		return domain_abort(hd, rc);
	member_short_name(m.name, who);
	switch (visit_open_at(hd, m.id, at, &v, &last, err)) {
	case HD_OK:
		break;
	case HD_REFUSED:
		return domain_abort(hd, refuse_nothing_open(hd, m.id, who, at, &last, err));
	default:
		return domain_abort(hd, HD_STORE);
	}
	if (v.out_at != 0 && !v.auto_closed)
		return domain_abort(hd, hd_fail(err, HD_REFUSED, _("%s was in until %s that day" "\037"
		    "'hubdesk visit edit' changes a recorded check-out"), who,
		    domain_time(v.out_at, hh)));
	if (v.auto_closed) {
		/* Closed at closing by the lifecycle: the real time corrects it. */
		if ((rc = checked_out(hd, store_visit_correct_out(hd->store, v.id, at), err)) != HD_OK)
			return domain_abort(hd, rc);
		v.out_at = at;
		v.auto_closed = false;
	} else if ((rc = close_visit(hd, &v, at, err)) != HD_OK) {
		return domain_abort(hd, rc);
	}
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
	if ((rc = hub_require(hd, err)) != HD_OK || (rc = domain_check_at(hd, at, err)) != HD_OK ||
	    (rc = text_clean_name(name, _("the guest's name"), HD_NAME_CHARS, true, v.name, err)) != HD_OK ||
	    (rc = text_clean(purpose, _("the purpose"), 120, false, v.purpose, err)) != HD_OK)
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
	char hh[DOMAIN_WORDS], safe[TEXT_SAFE], uuid[UUID_TEXT];

	if ((rc = hub_require(hd, err)) != HD_OK || (rc = domain_check_at(hd, at, err)) != HD_OK)
		return rc;
	if (!ids_uuid_normalise(typed, uuid))
		return hd_fail(err, HD_INVALID, _("'%s' is not a visit UUID" "\037" "'hubdesk visits' lists them"),
		    text_safe(typed, safe));
	if ((rc = domain_begin(hd, err)) != HD_OK)
		return rc;
	switch (store_visit_by_uuid(hd->store, uuid, &v)) {
	case STORE_OK:
		break;
	case STORE_NOTFOUND:
		return domain_abort(hd, hd_fail(err, HD_REFUSED,
		    _("no visit has the UUID %s" "\037" "'hubdesk visits' lists them"), uuid));
	default:
		return domain_abort(hd, domain_store_fail(hd, err));
	}
	if (!v.is_guest)
		return domain_abort(hd, hd_fail(err, HD_REFUSED,
		    _("that visit is a member's" "\037" "use 'hubdesk checkout --member %s'"), v.member_code));
	if (v.out_at != 0)
		return domain_abort(hd, hd_fail(err, HD_REFUSED, _("the guest signed out already at %s"),
		    domain_local(v.out_at, hh)));
	if ((rc = close_visit(hd, &v, at, err)) != HD_OK)
		return domain_abort(hd, rc);
	if ((rc = domain_commit(hd, err)) != HD_OK)
		return rc;
	if (out != NULL)
		*out = v;
	return HD_OK;
}

enum hd_status
visit_guests_in(struct hubdesk *hd, struct visit **out, size_t *n, char **err)
{
	size_t k = 0;

	if (store_visit_open_list(hd->store, out, n) != STORE_OK)
		return domain_store_fail(hd, err);
	for (size_t i = 0; i < *n; i++) {
		if ((*out)[i].is_guest && lifecycle_visit_in(hd, (*out)[i].in_at, (*out)[i].out_at))
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
	/* What the sweep would record: closed at its day's closing, once that
	 * has passed. */
	for (size_t i = 0; i < *n; i++) {
		struct visit *v = &(*out)[i];
		time_t closes = lifecycle_visit_until(hd, v->in_at, 0);
		if (v->out_at == 0 && closes <= hd->now) {
			v->out_at = closes;
			v->auto_closed = true;
		}
	}
	return HD_OK;
}
