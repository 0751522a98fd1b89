/* The figures of a month (see stats.h and docs/metrics.md). Two queries:
 * the visits and the bookings that overlap the month (a ten-year history
 * adds nothing to either); the rest is arithmetic over each day's opening
 * hours. A visit still open counts until the closing time of its day.
 *
 * A month in progress is cut at now (the "through" instant): every span is
 * clipped there and only what had begun by then is counted, so the figures
 * say what is true so far and none is about the future. A month that has
 * ended is cut at its end, which is why its figures never change. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "hubdesk/booking.h"
#include "hubdesk/cells.h"
#include "hubdesk/i18n.h"
#include "hubdesk/space.h"
#include "hubdesk/stats.h"
#include "hubdesk/store.h"
#include "hubdesk/text.h"
#include "hubdesk/lifecycle.h"
#include "hubdesk/municipality.h"
#include "domain.h"

/* Adds the seconds of [a, b) to the weekday × hour cells, hour by local
 * hour, and who made them to people. */
static void
add_heat(struct stats_month *m, struct cells_people *people, int64_t who, time_t a, time_t b)
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
		cells_people_add(people, caltime_weekday(d) * 24 + minute / 60, who);
		a = next;
	}
}

static int
room_index(const struct stats_month *m, const char *code)
{
	int i = 0;

	while (i < m->nrooms - 1 && strcmp(m->rooms[i].name, code) != 0)
		i++;
	return i; /* a room past the list's end is in its last entry, "other" */
}

/* Hours of [a, b) inside day i's opening hours. */
static double
clip_hours(time_t a, time_t b, time_t opens, time_t closes, time_t *ca, time_t *cb)
{
	if (a < opens)
		a = opens;
	if (b > closes)
		b = closes;
	*ca = a;
	*cb = b;
	return a < b ? (double)(b - a) / 3600.0 : 0.0;
}

void
stats_count_add(struct stats_count *list, int *n, int max, const char *name, double v)
{
	for (int i = 0; i < *n; i++) {
		if (strcmp(list[i].name, name) == 0) {
			list[i].value += v;
			return;
		}
	}
	if (*n < max - 1 || (*n < max && strcmp(name, "other") == 0)) {
		text_copy_printable(list[*n].name, sizeof list[*n].name, name);
		list[(*n)++].value = v;
		return;
	}
	/* Full: the last place is kept for "other". */
	stats_count_add(list, n, max, "other", v);
}

static int
category_index(const char *c)
{
	for (int i = 0; i < STATS_CATEGORIES; i++) {
		if (strcmp(c, member_categories[i]) == 0)
			return i;
	}
	return STATS_CATEGORIES - 1; /* "other" */
}

static int
cmp_i64(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;

	return (x > y) - (x < y);
}

/* Distinct values of a sorted array. */
static int
distinct(int64_t *v, size_t n)
{
	int d = 0;

	qsort(v, n, sizeof *v, cmp_i64);
	for (size_t i = 0; i < n; i++)
		d += i == 0 || v[i] != v[i - 1];
	return d;
}

/* "other" and "unknown" name no place, so they come after every place. */
static int
stats_rank(const char *name)
{
	return strcmp(name, "other") == 0 ? 1 : strcmp(name, "unknown") == 0 ? 2 : 0;
}

/* Most visitors first, then by name; "other", then "unknown", last. */
static int
cmp_count(const void *a, const void *b)
{
	const struct stats_count *x = a, *y = b;
	int xu = stats_rank(x->name), yu = stats_rank(y->name);

	if (xu != yu)
		return xu - yu;
	if (x->value != y->value)
		return x->value < y->value ? 1 : -1;
	return strcmp(x->name, y->name);
}

void
stats_sort_counts(struct stats_count *list, int n)
{
	if (n > 1)
		qsort(list, (size_t)n, sizeof *list, cmp_count);
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

struct event {
	time_t at;
	int delta;
};

static int
cmp_event(const void *a, const void *b)
{
	const struct event *x = a, *y = b;

	if (x->at != y->at)
		return x->at < y->at ? -1 : 1;
	return x->delta - y->delta; /* leaving before arriving at the same instant */
}

/* What booking b is now (lifecycle.h), its member's presence read from the
 * month's visits. */
static const char *
booking_status_now(struct hubdesk *hd, const struct store_booking_row *b,
    const struct store_visit_row *v, size_t nv)
{
	bool present = false;

	if (!lifecycle_booking_unsettled(hd, b->status, b->starts_at))
		return b->status;
	for (size_t k = 0; k < nv && !present; k++)
		present = !v[k].is_guest && v[k].member_id == b->member_id &&
		    lifecycle_visit_meets(hd, v[k].in_at, v[k].out_at, b->starts_at);
	return lifecycle_booking_status(hd, b->status, b->starts_at, present);
}

enum hd_status
stats_month(struct hubdesk *hd, struct local_date any_day, struct stats_month *out, char **err)
{
	struct space *spaces = NULL;
	struct store_visit_row *v = NULL;
	struct store_booking_row *b = NULL;
	size_t nspaces = 0, nv = 0, nb = 0;
	time_t opens[31], closes[31], month_from, month_to, through;
	int64_t *ids = NULL, *days = NULL, *new_ids = NULL;
	struct event *ev = NULL;
	size_t nids = 0, ndays = 0, nnew = 0, nev = 0;
	/* Who made each cell that people may share, for the small-cell rule. */
	struct cells_people heat_people = { 0 }, day_people = { 0 }, room_people = { 0 };
	enum hd_status rc;

	memset(out, 0, sizeof *out);
	if ((rc = hub_require(hd, err)) != HD_OK)
		return rc;
	out->first = (struct local_date){ any_day.year, any_day.month, 1 };
	out->days = caltime_days_in_month(any_day.year, any_day.month);
	month_from = caltime_to_utc_next(out->first, 0);
	month_to = caltime_to_utc_next(caltime_add_days(out->first, out->days), 0);
	if (hd->now < month_from) {
		char when[17];
		return hd_fail(err, HD_REFUSED, _("%04d-%02d has not begun yet; it is %s"),
		    out->first.year, out->first.month, caltime_format_local(hd->now, when));
	}
	out->complete = hd->now >= month_to;
	through = out->complete ? month_to : hd->now;
	out->through = through;
	caltime_format_local(through, out->through_label);
	out->first_hour = 24;
	for (int i = 0; i < out->days; i++) {
		struct local_date d = caltime_add_days(out->first, i);
		const struct opening *o = hub_hours_on(hd, d);
		out->open[i] = hub_day_open(hd, d, &opens[i], &closes[i], NULL) == HD_OK;
		if (out->open[i] && o->opens_min / 60 < out->first_hour)
			out->first_hour = o->opens_min / 60;
		if (out->open[i] && (o->closes_min - 1) / 60 > out->last_hour)
			out->last_hour = (o->closes_min - 1) / 60;
	}
	if (out->first_hour > out->last_hour)
		out->first_hour = out->last_hour = 0;

	if ((rc = space_list(hd, true, &spaces, &nspaces, err)) != HD_OK)
		return rc;
	if (store_visit_rows(hd->store, month_from, month_to, &v, &nv) != STORE_OK ||
	    store_booking_rows(hd->store, month_from, month_to, &b, &nb) != STORE_OK) {
		free(spaces);
		free(v);
		return domain_store_fail(hd, err);
	}
	ids = calloc(nv + 1, sizeof *ids);
	days = calloc(nv + 1, sizeof *days);
	new_ids = calloc(nv + 1, sizeof *new_ids);
	ev = calloc(2 * nv + 1, sizeof *ev);
	if (ids == NULL || days == NULL || new_ids == NULL || ev == NULL) {
		rc = hd_fail(err, HD_STORE, "%s", C_("report", "out of memory"));
		goto done;
	}

	/* Per open day up to through: desks in use, desk visits, desk bookings,
	 * rooms. Today's opening hours end at now; a day after now has none. */
	for (int i = 0; i < out->days; i++) {
		time_t cut = closes[i] < through ? closes[i] : through;
		if (!out->open[i] || cut <= opens[i])
			continue;
		for (size_t k = 0; k < nspaces; k++) {
			if (strcmp(spaces[k].kind, "desk") != 0 || !space_available_on(&spaces[k], opens[i]) ||
			    (spaces[k].retired_at != 0 && spaces[k].retired_at <= opens[i]))
				continue;
			out->available[i] += (double)(cut - opens[i]) / 3600.0;
		}
		for (size_t k = 0; k < nv; k++) {
			time_t a = v[k].in_at, e = v[k].out_at, ca, cb;
			if (v[k].is_guest || !v[k].at_desk)
				continue;
			e = lifecycle_visit_until(hd, a, e);
			out->occupied[i] += clip_hours(a, e, opens[i], cut, &ca, &cb);
			if (ca < cb) {
				add_heat(out, &heat_people, v[k].member_id, ca, cb);
				cells_people_add(&day_people, i, v[k].member_id);
			}
		}
		for (size_t k = 0; k < nb; k++) {
			time_t ca, cb;
			double h = clip_hours(b[k].starts_at, b[k].ends_at, opens[i], cut, &ca, &cb);
			if (strcmp(b[k].kind, "desk") == 0) {
				out->booked_desk_hours += h;
			} else if (strcmp(b[k].kind, "room") == 0 && h > 0) {
				out->room_booked_hours += h;
				stats_count_add(out->rooms, &out->nrooms, STATS_MAX_ROOMS, b[k].space_code, h);
				cells_people_add(&room_people, room_index(out, b[k].space_code),
				    b[k].member_id);
			}
		}
		out->available_desk_hours += out->available[i];
		out->occupied_desk_hours += out->occupied[i];
	}
	out->booking_rate = out->available_desk_hours > 0 ?
	    out->booked_desk_hours / out->available_desk_hours : 0;
	out->occupancy_rate = out->available_desk_hours > 0 ?
	    out->occupied_desk_hours / out->available_desk_hours : 0;

	/* Bookings starting in the month by through; no-shows among them. */
	for (size_t k = 0; k < nb; k++) {
		if (b[k].starts_at < month_from || b[k].starts_at >= through)
			continue;
		out->bookings++;
		if (strcmp(booking_status_now(hd, &b[k], v, nv), "no-show") == 0)
			out->no_shows++;
	}
	out->no_show_rate = out->bookings > 0 ? (double)out->no_shows / out->bookings : 0;

	/* Visits that began in the month by through, and everyone present up to
	 * then, for the peak. */
	for (size_t k = 0; k < nv; k++) {
		time_t a = v[k].in_at, e = lifecycle_visit_until(hd, a, v[k].out_at);
		if (e > through)
			e = through;
		if (a < through && e > month_from && e > a) {
			ev[nev++] = (struct event){ a < month_from ? month_from : a, 1 };
			ev[nev++] = (struct event){ e, -1 };
		}
		if (a < month_from || a >= through)
			continue;
		if (v[k].is_guest) {
			out->guest_visits++;
			continue;
		}
		struct local_date d;
		int minute;
		caltime_from_utc(a, &d, &minute);
		out->visits++;
		out->category_visits[category_index(v[k].category)]++;
		ids[nids++] = v[k].member_id;
		days[ndays++] = v[k].member_id * 100000 + (int64_t)d.day;
		if (v[k].first_visit >= month_from)
			new_ids[nnew++] = v[k].member_id;
	}
	out->unique_visitors = distinct(ids, nids);
	out->visitor_days = distinct(days, ndays);
	out->new_members = distinct(new_ids, nnew);

	/* Per distinct visiting member: category, municipality, organisation. */
	{
		const char **orgs = calloc(nids + 1, sizeof *orgs);
		size_t norgs = 0;
		int64_t last = -1;
		if (orgs == NULL) {
			rc = hd_fail(err, HD_STORE, "%s", C_("report", "out of memory"));
			goto done;
		}
		for (size_t i = 0; i < nids; i++) {
			const struct store_visit_row *r = NULL;
			if (ids[i] == last)
				continue;
			last = ids[i];
			for (size_t k = 0; k < nv && r == NULL; k++) {
				if (!v[k].is_guest && v[k].member_id == last)
					r = &v[k];
			}
			out->category_unique[category_index(r->category)]++;
			if (r->municipality_number == MUNICIPALITY_UNKNOWN) {
				stats_count_add(out->municipalities, &out->nmunicipalities, STATS_MAX_NAMES,
				    "unknown", 1);
			} else {
				stats_count_add(out->municipalities, &out->nmunicipalities, STATS_MAX_NAMES,
				    municipality_key(r->municipality_number), 1);
				/* By number: Helsingfors is Helsinki. */
				if (r->municipality_number != hd->hub.municipality_number)
					out->from_elsewhere++;
			}
			if (r->organisation[0] != '\0')
				orgs[norgs++] = r->organisation;
		}
		/* Distinct organisations, however many. */
		qsort(orgs, norgs, sizeof *orgs, cmp_str);
		for (size_t i = 0; i < norgs; i++)
			out->organisations += i == 0 || strcmp(orgs[i], orgs[i - 1]) != 0;
		free(orgs);
		stats_sort_counts(out->municipalities, out->nmunicipalities);
	}

	/* The peak: the most people in at one moment, and when it first was. */
	qsort(ev, nev, sizeof *ev, cmp_event);
	int present = 0;
	for (size_t k = 0; k < nev; k++) {
		present += ev[k].delta;
		if (present > out->peak_presence) {
			out->peak_presence = present;
			out->peak_at = ev[k].at;
		}
	}
	if (out->peak_at != 0)
		caltime_format_local(out->peak_at, out->peak_label);
	out->unsafe.heat_all = !cells_choose_people(&heat_people, 7 * 24, out->unsafe.heat);
	out->unsafe.days_all = !cells_choose_people(&day_people, out->days, out->unsafe.day);
	out->unsafe.rooms_all = !cells_choose_people(&room_people, out->nrooms, out->unsafe.room);
	rc = HD_OK;
done:
	cells_people_free(&heat_people);
	cells_people_free(&day_people);
	cells_people_free(&room_people);
	free(spaces);
	free(v);
	free(b);
	free(ids);
	free(days);
	free(new_ids);
	free(ev);
	return rc;
}

enum hd_status
stats_require_complete(const struct stats_month *m, char **err)
{
	char ends[11];

	if (m->complete)
		return HD_OK;
	return hd_fail(err, HD_REFUSED, _("%04d-%02d has not ended yet (it ends at %s 00:00), "
	    "so its figures can still change"), m->first.year, m->first.month,
	    caltime_format_date(caltime_add_days(m->first, m->days), ends));
}
