/* The lifecycle of bookings and visits: the rules that depend on the clock
 * and the sweep that records them (see lifecycle.h for the design). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hubdesk/booking.h"
#include "hubdesk/hub.h"
#include "hubdesk/lifecycle.h"
#include "hubdesk/store.h"
#include "domain.h"

time_t
lifecycle_closing_after(struct hubdesk *hd, time_t t)
{
	struct local_date d;
	int minute;
	time_t closes;

	const struct opening *o;

	caltime_from_utc(t, &d, &minute);
	if (hub_day_open(hd, d, NULL, &closes, NULL) == HD_OK && closes > t)
		return closes;
	/* A date closed after people came in (a holiday, or closed that very
	 * day) still ends at its weekday's closing time. */
	o = hub_hours_on(hd, d);
	if (o->open && (closes = caltime_to_utc_next(d, o->closes_min)) > t)
		return closes;
	return caltime_to_utc_next(caltime_add_days(d, 1), 0);
}

time_t
lifecycle_visit_until(struct hubdesk *hd, time_t in_at, time_t out_at)
{
	return out_at != 0 ? out_at : lifecycle_closing_after(hd, in_at);
}

bool
lifecycle_visit_in(struct hubdesk *hd, time_t in_at, time_t out_at)
{
	return out_at == 0 && in_at <= hd->now && lifecycle_closing_after(hd, in_at) > hd->now;
}

void
lifecycle_window(struct hubdesk *hd, time_t starts_at, time_t *opens, time_t *closes)
{
	*opens = starts_at - (time_t)hd->rules.checkin_early_minutes * 60;
	*closes = starts_at + (time_t)hd->rules.grace_minutes * 60;
}

bool
lifecycle_visit_meets(struct hubdesk *hd, time_t in_at, time_t out_at, time_t starts_at)
{
	time_t a, z;

	lifecycle_window(hd, starts_at, &a, &z);
	return in_at <= z && lifecycle_visit_until(hd, in_at, out_at) > a;
}

bool
lifecycle_booking_unsettled(struct hubdesk *hd, const char *status, time_t starts_at)
{
	time_t a, z;

	lifecycle_window(hd, starts_at, &a, &z);
	return strcmp(status, "booked") == 0 && z < hd->now;
}

const char *
lifecycle_booking_status(struct hubdesk *hd, const char *status, time_t starts_at, bool present)
{
	if (!lifecycle_booking_unsettled(hd, status, starts_at))
		return status;
	return present ? "checked-in" : "no-show";
}

/* Whether the member of b had a visit overlapping b's check-in window. */
static enum hd_status
member_came(struct hubdesk *hd, const struct booking *b, bool *came, char **err)
{
	struct visit *v;
	size_t n;
	time_t a, z;

	*came = false;
	lifecycle_window(hd, b->starts_at, &a, &z);
	if (store_visit_member_between(hd->store, b->member_id, a, z, &v, &n) != STORE_OK)
		return domain_store_fail(hd, err);
	for (size_t i = 0; i < n && !*came; i++)
		*came = lifecycle_visit_meets(hd, v[i].in_at, v[i].out_at, b->starts_at);
	free(v);
	return HD_OK;
}

enum hd_status
lifecycle_booking_settle(struct hubdesk *hd, struct booking *b, char **err)
{
	bool came;
	enum hd_status rc;

	if (!lifecycle_booking_unsettled(hd, b->status, b->starts_at))
		return HD_OK;
	if ((rc = member_came(hd, b, &came, err)) != HD_OK)
		return rc;
	snprintf(b->status, sizeof b->status, "%s",
	    lifecycle_booking_status(hd, b->status, b->starts_at, came));
	return HD_OK;
}

enum hd_status
lifecycle_hold_until(struct hubdesk *hd, int64_t space_id, int64_t member_id, bool desk,
    time_t at, time_t *out, char **err)
{
	time_t closes = lifecycle_closing_after(hd, at), next;

	*out = closes;
	switch (store_booking_next_start(hd->store, space_id, at, closes, member_id, &next)) {
	case STORE_OK:
		if (next < *out)
			*out = next;
		break;
	case STORE_NOTFOUND:
		break;
	default:
		return domain_store_fail(hd, err);
	}
	/* One desk at a time: a desk held ends where the member's own booking
	 * of another desk begins. */
	if (!desk)
		return HD_OK;
	switch (store_booking_member_next_desk(hd->store, member_id, space_id, at, *out, &next)) {
	case STORE_OK:
		*out = next;
		return HD_OK;
	case STORE_NOTFOUND:
		return HD_OK;
	default:
		return domain_store_fail(hd, err);
	}
}

enum hd_status
lifecycle_sweep_tx(struct hubdesk *hd, int *no_shows, char **err)
{
	struct booking *waiting = NULL;
	struct visit *open = NULL;
	size_t nw = 0, nopen = 0;
	time_t a, z;
	enum hd_status rc = HD_OK;

	*no_shows = 0;
	/* Bookings whose window has passed: the window closes at start + grace. */
	lifecycle_window(hd, 0, &a, &z);
	if (store_booking_waiting(hd->store, hd->now - z, &waiting, &nw) != STORE_OK)
		return domain_store_fail(hd, err);
	for (size_t i = 0; i < nw && rc == HD_OK; i++) {
		struct booking *b = &waiting[i];
		if ((rc = lifecycle_booking_settle(hd, b, err)) != HD_OK)
			break;
		if (strcmp(b->status, "booked") == 0)
			continue;
		if (store_booking_set_status(hd->store, b->id, b->status, hd->now) != STORE_OK)
			rc = domain_store_fail(hd, err);
		*no_shows += strcmp(b->status, "no-show") == 0;
	}
	free(waiting);
	if (rc != HD_OK)
		return rc;

	if (store_visit_open_list(hd->store, &open, &nopen) != STORE_OK)
		return domain_store_fail(hd, err);
	for (size_t i = 0; i < nopen; i++) {
		time_t close_at = lifecycle_closing_after(hd, open[i].in_at);
		if (close_at <= hd->now &&
		    store_visit_auto_close(hd->store, open[i].id, close_at) != STORE_OK) {
			rc = domain_store_fail(hd, err);
			break;
		}
	}
	free(open);
	return rc;
}

/* True when the sweep has something to record: a read that takes no lock,
 * so that the common case (nothing due) costs no write transaction. */
static enum hd_status
sweep_due(struct hubdesk *hd, bool *due, char **err)
{
	struct booking *waiting = NULL;
	struct visit *open = NULL;
	size_t nw = 0, nopen = 0;
	time_t a, z;

	lifecycle_window(hd, 0, &a, &z);
	if (store_booking_waiting(hd->store, hd->now - z, &waiting, &nw) != STORE_OK)
		return domain_store_fail(hd, err);
	free(waiting);
	*due = nw > 0;
	if (*due)
		return HD_OK;
	if (store_visit_open_list(hd->store, &open, &nopen) != STORE_OK)
		return domain_store_fail(hd, err);
	for (size_t i = 0; i < nopen && !*due; i++)
		*due = !lifecycle_visit_in(hd, open[i].in_at, open[i].out_at) &&
		    open[i].in_at <= hd->now;
	free(open);
	return HD_OK;
}

enum hd_status
lifecycle_sweep(struct hubdesk *hd, char **err)
{
	bool due = false;
	int no_shows;
	enum hd_status rc;

	if (!hd->has_hub)
		return HD_OK;
	if ((rc = sweep_due(hd, &due, err)) != HD_OK || !due)
		return rc;
	if ((rc = domain_begin_as(hd, HD_ROLE_CLOCK, err)) != HD_OK)
		return rc;
	if ((rc = lifecycle_sweep_tx(hd, &no_shows, err)) != HD_OK) {
		store_rollback(hd->store);
		return rc;
	}
	return domain_commit(hd, err);
}
