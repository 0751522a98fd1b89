/* The lifecycle of bookings and visits (see lifecycle.h). */
#include <stdlib.h>

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

	caltime_from_utc(t, &d, &minute);
	if (hub_day_open(hd, d, NULL, &closes, NULL) == HD_OK && closes > t)
		return closes;
	return caltime_to_utc_next(caltime_add_days(d, 1), 0);
}

enum hd_status
lifecycle_sweep(struct hubdesk *hd, char **err)
{
	struct visit *open = NULL;
	size_t n = 0;
	int marked;

	if (store_booking_mark_no_shows(hd->store, hd->now - (time_t)hd->rules.grace_minutes * 60,
	    &marked) != STORE_OK ||
	    store_visit_open_list(hd->store, &open, &n) != STORE_OK)
		return domain_store_fail(hd, err);
	for (size_t i = 0; i < n; i++) {
		time_t close_at = lifecycle_closing_after(hd, open[i].in_at);
		if (close_at <= hd->now &&
		    store_visit_auto_close(hd->store, open[i].id, close_at) != STORE_OK) {
			free(open);
			return domain_store_fail(hd, err);
		}
	}
	free(open);
	return HD_OK;
}
