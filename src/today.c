/* The hub at a glance (see today.h): the day's occupancy as the lifecycle
 * sees it, counted. Two indexed reads of a day's rows: cheap enough for
 * the kiosk to call on every refresh. */
#include <stdlib.h>
#include <string.h>

#include "hubdesk/booking.h"
#include "hubdesk/lifecycle.h"
#include "hubdesk/space.h"
#include "hubdesk/store.h"
#include "hubdesk/today.h"
#include "domain.h"

enum hd_status
today_get(struct hubdesk *hd, struct today *out, char **err)
{
	struct occupancy occ;
	struct space *sp;
	size_t nsp;
	time_t day_start, day_end, until;
	int minute;
	char *why = NULL;
	enum hd_status rc;

	memset(out, 0, sizeof *out);
	if ((rc = hub_require(hd, err)) != HD_OK)
		return rc;
	caltime_from_utc(hd->now, &out->date, &minute);
	rc = hub_day_open(hd, out->date, &out->opens, &out->closes, &why);
	if (rc == HD_STORE) {
		/* Not a closed day: the closed dates could not be read. */
		hd_fail(err, rc, "%s", why);
		free(why);
		return rc;
	}
	free(why);
	out->open = rc == HD_OK;
	day_start = caltime_to_utc_next(out->date, 0);
	day_end = caltime_to_utc_next(caltime_add_days(out->date, 1), 0);
	until = out->open && out->closes > hd->now ? out->closes : hd->now + 1;
	if ((rc = space_list(hd, false, &sp, &nsp, err)) != HD_OK)
		return rc;
	if ((rc = occupancy_load(hd, day_start, day_end, &occ, err)) != HD_OK) {
		free(sp);
		return rc;
	}
	for (size_t i = 0; i < nsp; i++) {
		if (strcmp(sp[i].kind, "desk") != 0 || !space_available_on(&sp[i], hd->now))
			continue;
		out->desks++;
		out->desks_free_now += !occupancy_taken(&occ, hd->now, sp[i].id, hd->now, hd->now + 1,
		    0, NULL);
		out->desks_free_rest += !occupancy_taken(&occ, hd->now, sp[i].id, hd->now, until, 0,
		    NULL);
	}
	for (size_t i = 0; i < occ.nin; i++) {
		out->members_in += !occ.in[i].is_guest;
		out->guests_in += occ.in[i].is_guest;
	}
	for (size_t i = 0; i < occ.nbookings; i++)
		out->bookings_today += occ.bookings[i].starts_at >= day_start;
	free(sp);
	occupancy_free(&occ);
	return HD_OK;
}
