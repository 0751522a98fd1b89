/* Recurring bookings, cancelling many at once (a series, a member's days
 * away, the bookings a staff change touches), and finding a free space
 * (see booking.h). A series is booked in one transaction, each occurrence
 * inside a savepoint of its own: a refused occurrence rolls back alone and
 * the others stand, and the file never holds half an occurrence. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hubdesk/booking.h"
#include "hubdesk/lifecycle.h"
#include "hubdesk/store.h"
#include "hubdesk/xmalloc.h"
#include "domain.h"

#define SERIES_MAX_DAYS 366

/* The outcomes of a series, kept until its commit: a booking's UUID told
 * before COMMIT returned would be acknowledged and then lost if the commit
 * failed (a full disk) or the process died. */
struct series_kept {
	struct series_outcome o;
	struct booking b;
	char *why;
};

static void
series_kept_free(struct series_kept *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i].why);
	free(v);
}

enum hd_status
booking_create_series(struct hubdesk *hd, const struct booking_request *r,
    enum booking_repeat repeat, struct local_date until,
    void (*each)(void *ctx, const struct series_outcome *o), void *ctx,
    char series[static UUID_TEXT], char **err)
{
	struct booking_request occ = *r;
	struct local_date d;
	struct series_kept *kept = NULL;
	size_t nkept = 0, cap = 0;
	bool refused = false;
	enum hd_status rc;
	int span, tried = 0;

	if ((rc = hub_require(hd, err)) != HD_OK)
		return rc;
	span = 0;
	for (d = r->date; caltime_date_cmp(d, until) < 0 && span <= SERIES_MAX_DAYS;
	    d = caltime_add_days(d, 1))
		span++;
	if (caltime_date_cmp(until, r->date) < 0)
		return hd_fail(err, HD_INVALID, _("the series ends before its first day" "\037"
		    "give an --until on or after --date"));
	if (span > SERIES_MAX_DAYS)
		return hd_fail(err, HD_INVALID, _("a series spans at most %d days" "\037" "give an earlier --until"),
		    SERIES_MAX_DAYS);
	ids_uuid_new(series);
	occ.series = series;
	if ((rc = domain_begin(hd, err)) != HD_OK)
		return rc;
	for (d = r->date; caltime_date_cmp(d, until) <= 0;
	    d = caltime_add_days(d, repeat == BOOKING_WEEKLY ? 7 : 1)) {
		struct series_kept *k;

		/* Daily means on the days the hub opens: closed days are skipped,
		 * not refused. */
		if (repeat == BOOKING_DAILY && hub_day_open(hd, d, NULL, NULL, NULL) != HD_OK)
			continue;
		occ.date = d;
		tried++;
		if (nkept == cap) {
			cap = cap == 0 ? 16 : cap * 2;
			kept = xreallocarray(kept, cap, sizeof *kept);
		}
		k = &kept[nkept++];
		memset(k, 0, sizeof *k);
		k->o.date = d;
		k->o.status = booking_create(hd, &occ, &k->b, &k->why);
		if (k->o.status == HD_STORE) {
			series_kept_free(kept, nkept);
			store_rollback(hd->store);
			return hd_fail(err, HD_STORE, _("database error: %s; nothing was booked"),
			    store_error(hd->store));
		}
		refused |= k->o.status != HD_OK;
	}
	if (tried == 0)
		return domain_abort(hd, hd_fail(err, HD_REFUSED, _("the hub is closed on every day of "
		    "the series; nothing was booked")));
	if ((rc = domain_commit(hd, err)) != HD_OK) {
		series_kept_free(kept, nkept);
		return rc;
	}
	for (size_t i = 0; i < nkept; i++) {
		kept[i].o.booking = kept[i].o.status == HD_OK ? &kept[i].b : NULL;
		kept[i].o.why = kept[i].why;
		each(ctx, &kept[i].o);
	}
	series_kept_free(kept, nkept);
	return refused ? HD_REFUSED : HD_OK;
}

/* The series that uuid names inside the caller's transaction: uuid itself
 * when bookings carry it as their series, else the series of the booking
 * whose UUID it is. A booking of its own is refused: it has no series. */
static enum hd_status
series_of(struct hubdesk *hd, const char *uuid, char series[static UUID_TEXT], char **err)
{
	struct booking b;

	switch (store_booking_series_exists(hd->store, uuid)) {
	case STORE_OK:
		snprintf(series, UUID_TEXT, "%s", uuid);
		return HD_OK;
	case STORE_NOTFOUND:
		break;
	default:
		return domain_store_fail(hd, err);
	}
	switch (store_booking_by_uuid(hd->store, uuid, &b)) {
	case STORE_OK:
		break;
	case STORE_NOTFOUND:
		return hd_fail(err, HD_REFUSED, _("no series or booking has the UUID %s" "\037"
		    "'hubdesk bookings' lists them"), uuid);
	default:
		return domain_store_fail(hd, err);
	}
	if (b.series_uuid[0] == '\0')
		return hd_fail(err, HD_REFUSED, _("the booking %s is not part of a series" "\037"
		    "cancel it alone with 'hubdesk cancel %s'"), uuid, uuid);
	snprintf(series, UUID_TEXT, "%s", b.series_uuid);
	return HD_OK;
}

enum hd_status
booking_cancel_series(struct hubdesk *hd, const char *typed, int *cancelled, char **err)
{
	char uuid[UUID_TEXT], series[UUID_TEXT], safe[TEXT_SAFE];
	enum hd_status rc;

	*cancelled = 0;
	if ((rc = hub_require(hd, err)) != HD_OK)
		return rc;
	if (!ids_uuid_normalise(typed, uuid))
		return hd_fail(err, HD_INVALID, _("'%s' is not a series or booking UUID" "\037"
		    "'hubdesk bookings' shows them"), text_safe(typed, safe));
	if ((rc = domain_begin(hd, err)) != HD_OK)
		return rc;
	if ((rc = series_of(hd, uuid, series, err)) != HD_OK)
		return domain_abort(hd, rc);
	if (store_booking_cancel_series(hd->store, series, hd->now, cancelled) != STORE_OK)
		return domain_abort(hd, domain_store_fail(hd, err));
	if (*cancelled == 0)
		return domain_abort(hd, hd_fail(err, HD_REFUSED, _("the series %s has no booking to come "
		    "to cancel"), series));
	return domain_commit(hd, err);
}

enum hd_status
booking_cancel_range(struct hubdesk *hd, const char *member_code, struct local_date from,
    struct local_date to, int *cancelled, char **err)
{
	struct member m;
	enum hd_status rc;

	*cancelled = 0;
	if ((rc = hub_require(hd, err)) != HD_OK)
		return rc;
	if (caltime_date_cmp(to, from) < 0)
		return hd_fail(err, HD_INVALID, _("the last day comes before the first" "\037"
		    "give a --to on or after --from"));
	if ((rc = domain_begin(hd, err)) != HD_OK)
		return rc;
	if ((rc = member_get(hd, member_code, &m, err)) != HD_OK)
		return domain_abort(hd, rc);
	if (store_booking_cancel_member_range(hd->store, m.id, caltime_to_utc_next(from, 0),
	    caltime_to_utc_next(caltime_add_days(to, 1), 0), hd->now, cancelled) != STORE_OK)
		return domain_abort(hd, domain_store_fail(hd, err));
	return domain_commit(hd, err);
}

/* Active spaces of kind (NULL: any) that nobody holds over [from, to). */
static enum hd_status
free_spaces(struct hubdesk *hd, const char *kind, time_t from, time_t to, struct space **out,
    size_t *n, char **err)
{
	struct occupancy occ;
	struct space *all;
	size_t nall, k = 0;
	enum hd_status rc;

	if ((rc = space_list(hd, false, &all, &nall, err)) != HD_OK)
		return rc;
	if ((rc = occupancy_load(hd, from, to, &occ, err)) != HD_OK) {
		free(all);
		return rc;
	}
	for (size_t i = 0; i < nall; i++) {
		if ((kind == NULL || strcmp(all[i].kind, kind) == 0) &&
		    space_available_on(&all[i], from) &&
		    !occupancy_taken(&occ, hd->now, all[i].id, from, to, 0, NULL))
			all[k++] = all[i];
	}
	occupancy_free(&occ);
	*out = all;
	*n = k;
	return HD_OK;
}

const char *
booking_fate_text(enum booking_fate fate)
{
	/* Marked for the front ends to translate when people read it; the
	 * machine outputs (CSV, JSON) keep these words. */
	return fate == BOOKING_CANCELLED ? N_("cancelled") : N_("kept (under way)");
}

enum hd_status
domain_settle_bookings(struct hubdesk *hd, const struct booking *v, size_t n, bool cancel_begun,
    struct booking_affected **out, char **err)
{
	struct booking_affected *a;

	*out = NULL;
	if (n == 0)
		return HD_OK;
	a = xcalloc(n, sizeof *a);
	for (size_t i = 0; i < n; i++) {
		a[i].booking = v[i];
		a[i].fate = BOOKING_KEPT_UNDER_WAY;
		if (strcmp(v[i].status, "booked") != 0 ||
		    (!cancel_begun && v[i].starts_at <= hd->now))
			continue;
		if (store_booking_set_status(hd->store, v[i].id, "cancelled", hd->now) != STORE_OK) {
			free(a);
			return domain_store_fail(hd, err);
		}
		snprintf(a[i].booking.status, sizeof a[i].booking.status, "cancelled");
		a[i].fate = BOOKING_CANCELLED;
	}
	*out = a;
	return HD_OK;
}

enum hd_status
domain_commit_settled(struct hubdesk *hd, struct booking_affected *a, size_t n,
    struct booking_affected **out, size_t *nout, char **err)
{
	enum hd_status rc = domain_commit(hd, err);

	if (rc != HD_OK || out == NULL) {
		free(a);
		return rc;
	}
	*out = a;
	*nout = n;
	return HD_OK;
}

enum hd_status
booking_free(struct hubdesk *hd, struct local_date date, int from_min, int to_min,
    const char *kind, struct space **out, size_t *n, char **err)
{
	const struct opening *o;
	time_t from, to;
	char safe[TEXT_SAFE], hh1[DOMAIN_WORDS], hh2[DOMAIN_WORDS];
	enum hd_status rc;

	*out = NULL;
	*n = 0;
	if ((rc = hub_require(hd, err)) != HD_OK)
		return rc;
	if (kind != NULL && !space_kind_valid(kind))
		return hd_fail(err, HD_INVALID, _("'%s' is not a kind of space; use desk, room or booth"),
		    text_safe(kind, safe));
	if ((rc = hub_day_open(hd, date, &from, &to, err)) != HD_OK)
		return rc;
	if (from_min >= 0) {
		o = hub_hours_on(hd, date);
		if (to_min <= from_min)
			return hd_fail(err, HD_INVALID, _("the span must end after it starts"));
		if (from_min < o->opens_min || to_min > o->closes_min)
			return hd_fail(err, HD_REFUSED, _("the hub is open %s\xe2\x80\x93%s that day; ask "
			    "within those hours"), domain_hhmm(o->opens_min, hh1),
			    domain_hhmm(o->closes_min, hh2));
		from = caltime_to_utc_next(date, from_min);
		to = caltime_to_utc_next(date, to_min);
	}
	if (to <= hd->now)
		return hd_fail(err, HD_REFUSED, _("that time has passed; ask about a time to come"));
	if (from < hd->now)
		from = hd->now;
	return free_spaces(hd, kind, from, to, out, n, err);
}
