/* Utilisation of a month (see stats.h and docs/metrics.md). One query for
 * the desks, one for the visits at desks that overlap the month; the rest
 * is clipping spans to each day's opening hours. A visit still open is
 * counted until the closing time of the day it began. */
#include <stdlib.h>
#include <string.h>

#include "hubdesk/space.h"
#include "hubdesk/stats.h"
#include "hubdesk/store.h"
#include "domain.h"

/* Adds the seconds of [a, b) to the weekday × hour cells, hour by local hour. */
static void
add_heat(struct stats_month *m, time_t a, time_t b)
{
	while (a < b) {
		struct local_date d;
		int minute;
		time_t next;

		caltime_from_utc(a, &d, &minute);
		next = a + (60 - minute % 60) * 60 - a % 60;
		if (next > b)
			next = b;
		m->heat[caltime_weekday(d)][minute / 60] += (double)(next - a) / 3600.0;
		a = next;
	}
}

enum hd_status
stats_month(struct hubdesk *hd, struct local_date any_day, struct stats_month *out, char **err)
{
	struct space *desks = NULL;
	struct store_span *spans = NULL;
	size_t ndesks = 0, nspans = 0;
	time_t opens[31], closes[31];
	enum hd_status rc;

	memset(out, 0, sizeof *out);
	if ((rc = hub_require(hd, err)) != HD_OK)
		return rc;
	out->first = (struct local_date){ any_day.year, any_day.month, 1 };
	out->days = caltime_days_in_month(any_day.year, any_day.month);
	out->first_hour = 24;
	for (int i = 0; i < out->days; i++) {
		struct local_date d = caltime_add_days(out->first, i);
		const struct opening *o = &hd->hub.hours[caltime_weekday(d)];
		out->open[i] = hub_day_open(hd, d, &opens[i], &closes[i], NULL) == HD_OK;
		if (out->open[i] && o->opens_min / 60 < out->first_hour)
			out->first_hour = o->opens_min / 60;
		if (out->open[i] && (o->closes_min - 1) / 60 > out->last_hour)
			out->last_hour = (o->closes_min - 1) / 60;
	}
	if (out->first_hour > out->last_hour)
		out->first_hour = out->last_hour = 0;

	if ((rc = space_list(hd, true, &desks, &ndesks, err)) != HD_OK)
		return rc;
	if (store_desk_spans(hd->store, caltime_to_utc_next(out->first, 0),
	    caltime_to_utc_next(caltime_add_days(out->first, out->days), 0), &spans, &nspans) !=
	    STORE_OK) {
		free(desks);
		return domain_store_fail(hd, err);
	}
	for (int i = 0; i < out->days; i++) {
		if (!out->open[i])
			continue;
		for (size_t k = 0; k < ndesks; k++) {
			if (strcmp(desks[k].kind, "desk") != 0 || desks[k].created_at >= closes[i] ||
			    (desks[k].retired_at != 0 && desks[k].retired_at <= opens[i]))
				continue;
			out->available[i] += (double)(closes[i] - opens[i]) / 3600.0;
		}
		for (size_t k = 0; k < nspans; k++) {
			time_t a = spans[k].in_at, b = spans[k].out_at;
			if (b == 0) { /* still open: until the closing of its first day */
				struct local_date d;
				int minute;
				time_t c;
				caltime_from_utc(a, &d, &minute);
				b = hub_day_open(hd, d, NULL, &c, NULL) == HD_OK && c > a ? c : a;
			}
			if (a < opens[i])
				a = opens[i];
			if (b > closes[i])
				b = closes[i];
			if (a >= b)
				continue;
			out->occupied[i] += (double)(b - a) / 3600.0;
			add_heat(out, a, b);
		}
		out->available_total += out->available[i];
		out->occupied_total += out->occupied[i];
	}
	free(desks);
	free(spans);
	return HD_OK;
}
