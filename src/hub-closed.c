/* The hub's closed dates: holidays of its own beyond the public ones.
 * Closing a date cancels its bookings in the same transaction. */
#include <stdio.h>
#include <stdlib.h>

#include "hubdesk/booking.h"
#include "hubdesk/hub.h"
#include "hubdesk/store.h"
#include "domain.h"

enum hd_status
hub_closed_add(struct hubdesk *hd, const char *date, const char *note,
    struct booking_affected **out, size_t *n, char **err)
{
	struct local_date d;
	struct booking *v = NULL;
	struct booking_affected *a = NULL;
	size_t nv = 0;
	char clean[HD_TEXT], canon[11], day[DOMAIN_WORDS], canon_safe[TEXT_SAFE];
	enum hd_status rc;

	if (out != NULL) {
		*out = NULL;
		*n = 0;
	}
	if ((rc = hub_require(hd, err)) != HD_OK)
		return rc;
	if (caltime_parse_date(date, &d) != 0)
		return hd_fail(err, HD_INVALID, _("'%s' is not a date; write it as YYYY-MM-DD"),
		    text_safe(date, canon_safe));
	if ((rc = text_clean(note, _("the note"), 120, false, clean, err)) != HD_OK)
		return rc;
	{
		/* A day gone keeps its figures: closing it would take away the
		 * hours its visits were counted against. */
		struct local_date today;
		int minute;
		caltime_from_utc(hd->now, &today, &minute);
		if (caltime_date_cmp(d, today) < 0)
			return hd_fail(err, HD_REFUSED, _("%s has passed; closed dates are for today and the "
			    "days to come"), domain_date(d, day));
	}
	if ((rc = domain_begin(hd, err)) != HD_OK)
		return rc;
	/* Bookings never run past midnight, so those of the day are those
	 * that start on it; the ones already over stay as they were. */
	if (store_closed_add(hd->store, caltime_format_date(d, canon), clean) != STORE_OK ||
	    store_booking_active_starting(hd->store, caltime_to_utc_next(d, 0),
	        caltime_to_utc_next(caltime_add_days(d, 1), 0), hd->now, &v, &nv) != STORE_OK)
		return domain_abort(hd, domain_store_fail(hd, err));
	rc = domain_settle_bookings(hd, v, nv, false, &a, err);
	free(v);
	if (rc != HD_OK)
		return domain_abort(hd, rc);
	return domain_commit_settled(hd, a, nv, out, n, err);
}

enum hd_status
hub_closed_remove(struct hubdesk *hd, const char *date, char **err)
{
	struct local_date d;
	char canon[11], safe[TEXT_SAFE];
	enum hd_status rc;

	if ((rc = hub_require(hd, err)) != HD_OK)
		return rc;
	if (caltime_parse_date(date, &d) != 0)
		return hd_fail(err, HD_INVALID, _("'%s' is not a date; write it as YYYY-MM-DD"),
		    text_safe(date, safe));
	if ((rc = domain_begin(hd, err)) != HD_OK)
		return rc;
	switch (store_closed_remove(hd->store, caltime_format_date(d, canon))) {
	case STORE_OK:
		return domain_commit(hd, err);
	case STORE_NOTFOUND:
		return domain_abort(hd, hd_fail(err, HD_REFUSED,
		    _("%s is not a closed date" "\037" "'hubdesk closed list' shows them"), canon));
	default:
		return domain_abort(hd, domain_store_fail(hd, err));
	}
}

enum hd_status
hub_closed_list(struct hubdesk *hd, struct closed_day **out, size_t *n, char **err)
{
	if (store_closed_list(hd->store, out, n) != STORE_OK)
		return domain_store_fail(hd, err);
	return HD_OK;
}
