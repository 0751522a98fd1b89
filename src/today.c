/* The hub at a glance (see today.h). A handful of indexed counts: cheap
 * enough for the kiosk to call on every refresh. */
#include <string.h>

#include "hubdesk/booking.h"
#include "hubdesk/store.h"
#include "hubdesk/today.h"
#include "domain.h"

enum hd_status
today_get(struct hubdesk *hd, struct today *out, char **err)
{
	struct store_counts c;
	time_t day_start, day_end, until;
	int minute;
	enum hd_status rc;

	memset(out, 0, sizeof *out);
	if ((rc = hub_require(hd, err)) != HD_OK)
		return rc;
	caltime_from_utc(hd->now, &out->date, &minute);
	out->open = hub_day_open(hd, out->date, &out->opens, &out->closes, NULL) == HD_OK;
	day_start = caltime_to_utc_next(out->date, 0);
	day_end = caltime_to_utc_next(caltime_add_days(out->date, 1), 0);
	until = out->open && out->closes > hd->now ? out->closes : hd->now + 1;
	if (store_counts(hd->store, hd->now, until, day_start, day_end,
	    hd->now - BOOKING_GRACE(hd), &c) != STORE_OK)
		return domain_store_fail(hd, err);
	out->desks = c.desks;
	out->desks_free_now = c.desks_free_now;
	out->desks_free_rest = c.desks_free_rest;
	out->members_in = c.members_in;
	out->guests_in = c.guests_in;
	out->bookings_today = c.bookings_today;
	return HD_OK;
}
