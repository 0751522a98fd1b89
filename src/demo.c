/* The demo hub (see demo.h).
 *
 * Each past day is simulated as its events in time order: bookings made a
 * few days ahead, arrivals (check-in to the booking, or a walk-in taking a
 * free desk), guests, departures. The clock (hd->now) is moved to each
 * event before the domain call, so "not in the past" and every other rule
 * apply to the demo as to real use. The whole fill is one transaction: a
 * failed demo leaves the database empty. */
#include <crypt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hubdesk/booking.h"
#include "hubdesk/demo.h"
#include "hubdesk/lifecycle.h"
#include "hubdesk/staff.h"
#include "hubdesk/store.h"
#include "hubdesk/visit.h"
#include "domain.h"

/* The demo PIN's hash, kept apart: the kiosk tells the demo's name and PIN
 * only while the demo administrator's hash is still this one. */
#define DEMO_PIN_SETTING "demo_staff_pin_hash"

#define DEMO_MEMBERS 150
#define DEMO_DESKS 24

static const char *const first_names[] = {
	"Aino", "Eino", "Juho", "Helmi", "Väinö", "Emma", "Olavi", "Liisa", "Mikko", "Sanna",
	"Päivi", "Jari", "Tiina", "Antti", "Kaisa", "Heikki", "Riikka", "Timo", "Johanna",
	"Ville", "Elina", "Pekka", "Marjut", "Lauri", "Noora", "Sami", "Hanna", "Toni", "Katja",
	"Jussi", "Outi", "Markku", "Satu", "Petteri", "Milla", "Aleksi", "Iida", "Onni", "Siiri",
	"Eetu", "Áile", "Máret", "Ánde", "Elle", "Niillas",
};
static const char *const last_names[] = {
	"Äijälä", "Mäkelä", "Korhonen", "Virtanen", "Nieminen", "Heikkilä", "Hämäläinen",
	"Koskinen", "Järvinen", "Lehtonen", "Saarinen", "Ylönen", "Peltoniemi", "Kangas",
	"Kuusisto", "Rintala", "Yli-Korpela", "Hakala", "Ojala", "Lähdesmäki", "Köykkä",
	"Mäenpää", "Östman", "Sara", "Guttorm", "Somby", "Länsman", "Valkeapää", "Aikio",
	"Näkkäläjärvi",
};
static const char *const elsewhere[] = {
	"Helsinki", "Tampere", "Seinäjoki", "Espoo", "Vaasa", "Oulu", "Alavus", "Lapua",
	"Ähtäri", "Jyväskylä", "Turku", "Ilmajoki", "Inari",
};
static const char *const organisations[] = {
	"Pohjanmaan Ohjelmisto Oy", "Tietotalo Oy", "Nordic Forest Data Oy", "Kuntaliitto",
	"Alavuden Kone Oy", "Suomen Metsäkeskus", "Verohallinto", "Oy Lakeuden Media Ab",
	"Helsingin kaupunki",
	"Vaasan yliopisto", "Seinäjoen ammattikorkeakoulu", /* the last two: students' */
};
static const char *const purposes[] = {
	"Palaveri", "Asiakastapaaminen", "Haastattelu", "Tutustuminen", "Koulutus",
};
static const char *const zones[] = { "Ikkuna", "Hiljainen", "Keskus", "Keittiö" };

#define N(a) (sizeof(a) / sizeof((a)[0]))

struct person {
	char code[MEMBER_CODE_LEN + 1];
	int join_day;  /* day index of the simulation when the member joins */
	int activity;  /* relative chance of coming on a given day */
	bool books;    /* plans ahead rather than walking in */
};

struct sim {
	struct hubdesk *hd;
	uint64_t *rng;
	struct person people[DEMO_MEMBERS];
	struct demo_summary sum;
	time_t real_now;
	struct local_date start; /* the first simulated day */
};

static int
rnd(struct sim *s, int n)
{
	return n <= 0 ? 0 : (int)(ids_next(s->rng) % (uint64_t)n);
}

static bool
chance(struct sim *s, int percent)
{
	return rnd(s, 100) < percent;
}

static time_t
at_minute(struct local_date d, int minute)
{
	return caltime_to_utc_next(d, minute);
}

static enum hd_status
add_spaces(struct sim *s, char **err)
{
	char code[8], name[32], map[16];
	enum hd_status rc;

	for (int i = 0; i < DEMO_DESKS; i++) {
		/* Six desks a row in four rows, an aisle after the third. */
		int col = (i % 6) * 2 + (i % 6 >= 3 ? 2 : 0), row = (i / 6) * 2;
		struct space_new n = { 0 };

		snprintf(code, sizeof code, "D%02d", i + 1);
		snprintf(name, sizeof name, "Työpiste %d", i + 1);
		snprintf(map, sizeof map, "%d,%d", col, row);
		n.code = code, n.kind = "desk", n.name = name, n.zone = zones[i / 6], n.map = map;
		if ((rc = space_add(s->hd, &n, NULL, err)) != HD_OK)
			return rc;
	}
	struct space_new r1 = { .code = "R1", .kind = "room", .name = "Neuvotteluhuone Kuusi",
	    .zone = "Keskus", .map = "14,0", .capacity = 8 };
	struct space_new r2 = { .code = "R2", .kind = "room", .name = "Neuvotteluhuone Koivu",
	    .zone = "Hiljainen", .map = "14,4", .capacity = 4 };
	if ((rc = space_add(s->hd, &r1, NULL, err)) != HD_OK ||
	    (rc = space_add(s->hd, &r2, NULL, err)) != HD_OK)
		return rc;
	s->sum.spaces = DEMO_DESKS + 2;
	return HD_OK;
}

static enum hd_status
add_member(struct sim *s, int i, int days, char **err)
{
	struct person *p = &s->people[i];
	struct member_new n = { 0 };
	struct member m;
	char name[HD_TEXT], email[HD_TEXT], *a, *b;
	const char *first = first_names[rnd(s, N(first_names))];
	const char *last = last_names[rnd(s, N(last_names))];
	int r = rnd(s, 100);
	enum hd_status rc;

	snprintf(name, sizeof name, "%s %s", first, last);
	n.name = name;
	if (chance(s, 70)) {
		snprintf(email, sizeof email, "%s.%s@example.fi", first, last);
		/* Emails keep to ASCII: fold the Finnish and Sámi letters. */
		for (a = b = email; *a != '\0'; a++) {
			unsigned char c = (unsigned char)*a, d = (unsigned char)a[1];
			if (c == 0xc3 && d != '\0') {
				*b++ = (d == 0xb6 || d == 0x96) ? 'o' : 'a'; /* ö Ö; ä Ä å Á á */
				a++;
			} else if (c >= 'A' && c <= 'Z') {
				*b++ = (char)(c - 'A' + 'a');
			} else if (c < 0x80) {
				*b++ = (char)c;
			}
		}
		*b = '\0';
		n.email = email;
	}
	n.municipality = r < 55 ? s->hd->hub.municipality :
	    r < 95 ? elsewhere[rnd(s, N(elsewhere))] : NULL;
	r = rnd(s, 100);
	n.category = r < 50 ? "remote-employee" : r < 75 ? "entrepreneur" : r < 90 ? "student" :
	    "other";
	if (strcmp(n.category, "student") == 0)
		n.organisation = chance(s, 50) ? organisations[N(organisations) - 2 + rnd(s, 2)] : NULL;
	else if (strcmp(n.category, "remote-employee") == 0)
		n.organisation = organisations[rnd(s, N(organisations) - 2)];
	/* A third were there from the start; the rest join over the years. */
	p->join_day = i < DEMO_MEMBERS / 3 ? 0 : rnd(s, days > 0 ? days : 1);
	r = rnd(s, 100);
	p->activity = r < 15 ? 40 : r < 45 ? 12 : 3; /* regulars, weekly, now and then */
	p->books = chance(s, 60);
	s->hd->now = at_minute(caltime_add_days(s->start, p->join_day - 1 - rnd(s, 20)),
	    10 * 60 + rnd(s, 6 * 60));
	if ((rc = member_add(s->hd, &n, &m, err)) != HD_OK)
		return rc;
	memcpy(p->code, m.code, sizeof p->code);
	return HD_OK;
}

/* Visitors expected on a day: the week's rhythm, the year's, and growth. */
static int
expected_visitors(struct sim *s, struct local_date d, int day, int days)
{
	static const int weekday_pct[7] = { 85, 110, 100, 105, 65, 30, 20 };
	static const int month_pct[12] = { 90, 100, 100, 95, 95, 70, 35, 75, 105, 105, 100, 75 };
	int growth = days > 0 ? 60 + 50 * day / days : 100;
	int base = 15 * weekday_pct[caltime_weekday(d)] * month_pct[d.month - 1] / 100 *
	    growth / 10000;

	base += rnd(s, 5) - 2;
	return base < 0 ? 0 : base;
}

enum ev_kind { EV_IN, EV_OUT, EV_GUEST_IN, EV_GUEST_OUT };
struct event {
	time_t at;
	enum ev_kind kind;
	int person;        /* member, or the guest's host */
	bool booked;
	char uuid[UUID_TEXT];
};

static int
event_cmp(const void *a, const void *b)
{
	const struct event *x = a, *y = b;

	if (x->at != y->at)
		return x->at < y->at ? -1 : 1;
	return (int)x->kind - (int)y->kind;
}

/* Books a span for person p on day d, made some days ahead. */
static bool
book(struct sim *s, int p, struct local_date d, int from, int to, const char *space)
{
	struct booking_request r = { .member_code = s->people[p].code, .space_code = space,
		.date = d, .from_min = from, .to_min = to };
	struct booking b;
	time_t saved = s->hd->now;
	bool ok;

	s->hd->now = at_minute(caltime_add_days(d, -1 - rnd(s, 6)), 9 * 60 + rnd(s, 9 * 60));
	if (s->hd->now > saved)
		s->hd->now = saved;
	ok = booking_create(s->hd, &r, &b, NULL) == HD_OK;
	if (ok && chance(s, 7)) {
		/* Plans change: cancelled the day before. */
		s->hd->now = at_minute(caltime_add_days(d, -1), 16 * 60);
		if (s->hd->now <= saved && booking_cancel(s->hd, b.uuid, s->people[p].code, NULL, NULL) == HD_OK) {
			s->sum.cancelled++;
			ok = false;
		}
	}
	s->hd->now = saved;
	if (ok)
		s->sum.bookings++;
	return ok;
}

static enum hd_status
simulate_day(struct sim *s, struct local_date d, int day, int days, char **err)
{
	const struct opening *o = &s->hd->hub.hours[caltime_weekday(d)];
	struct event ev[128];
	bool came[DEMO_MEMBERS] = { false };
	char desk[8];
	int n = 0, want, open = o->opens_min, close = o->closes_min;
	enum hd_status rc;

	if (hub_day_open(s->hd, d, NULL, NULL, NULL) != HD_OK)
		return HD_OK;
	want = expected_visitors(s, d, day, days);
	for (int tries = 0; n < want * 2 && n + 4 < (int)N(ev) && tries < want * 20; tries++) {
		int p = rnd(s, DEMO_MEMBERS);
		int arrive, leave;

		if (came[p] || s->people[p].join_day > day || rnd(s, 40) >= s->people[p].activity)
			continue;
		came[p] = true;
		arrive = open + rnd(s, 150);                   /* most come in the morning */
		leave = arrive + 150 + rnd(s, 330);
		if (leave > close)
			leave = close;
		ev[n] = (struct event){ at_minute(d, arrive), EV_IN, p, false, "" };
		if (s->people[p].books) {
			int from = open + (rnd(s, 3) == 0 ? 0 : (arrive - open) / 30 * 30);
			int to = chance(s, 40) ? close : from + ((leave - from + 29) / 30) * 30;
			if (to > close)
				to = close;
			snprintf(desk, sizeof desk, "D%02d", 1 + rnd(s, DEMO_DESKS));
			ev[n].booked = book(s, p, d, from, to, desk);
			if (ev[n].booked && chance(s, 9))
				continue; /* a no-show: booked, never came */
			/* People who booked come around the start, within the
			 * check-in window and its grace. */
			if (ev[n].booked)
				ev[n].at = at_minute(d, from - 10 + rnd(s, 35));
		}
		n++;
		ev[n] = (struct event){ at_minute(d, leave), EV_OUT, p, false, "" };
		if (chance(s, 3))
			ev[n].at = at_minute(d, close); /* forgot; staff closed it */
		n++;
		if (chance(s, 12) && n + 2 < (int)N(ev)) {
			int g = arrive + 60 + rnd(s, 120);
			if (g + 90 < leave) {
				ev[n++] = (struct event){ at_minute(d, g), EV_GUEST_IN, p, false, "" };
				ev[n++] = (struct event){ at_minute(d, g + 30 + rnd(s, 60)), EV_GUEST_OUT,
				    p, false, "" };
			}
		}
	}
	/* A meeting room for a couple of hours now and then. */
	if (chance(s, 35)) {
		int p = rnd(s, DEMO_MEMBERS), from = open + 60 + 30 * rnd(s, 10);
		if (s->people[p].join_day <= day && from + 120 <= close)
			book(s, p, d, from, from + 60 + 60 * rnd(s, 2), chance(s, 50) ? "R1" : "R2");
	}

	qsort(ev, (size_t)n, sizeof ev[0], event_cmp);
	for (int i = 0; i < n; i++) {
		struct visit v;
		const char *code = s->people[ev[i].person].code;

		if (ev[i].at > s->real_now)
			break; /* today: what has not happened yet */
		s->hd->now = ev[i].at;
		switch (ev[i].kind) {
		case EV_IN:
			rc = visit_checkin(s->hd, code, ev[i].booked ? NULL : chance(s, 90) ? "any" : NULL,
			    ev[i].at, &v, NULL);
			if (rc == HD_OK)
				s->sum.visits++;
			break;
		case EV_OUT:
			visit_checkout(s->hd, code, ev[i].at, NULL, NULL);
			break;
		case EV_GUEST_IN: {
			char guest[HD_TEXT];
			snprintf(guest, sizeof guest, "%s %s", first_names[rnd(s, N(first_names))],
			    last_names[rnd(s, N(last_names))]);
			rc = visit_guest_in(s->hd, guest, code, purposes[rnd(s, N(purposes))], ev[i].at,
			    &v, err);
			if (rc != HD_OK)
				return rc;
			s->sum.guests++;
			/* The guest's sign-out is the next guest event of this host. */
			for (int j = i + 1; j < n; j++) {
				if (ev[j].kind == EV_GUEST_OUT && ev[j].person == ev[i].person &&
				    ev[j].uuid[0] == '\0') {
					memcpy(ev[j].uuid, v.uuid, sizeof v.uuid);
					break;
				}
			}
			break;
		}
		case EV_GUEST_OUT:
			if (ev[i].uuid[0] != '\0')
				visit_guest_out(s->hd, ev[i].uuid, ev[i].at, NULL, NULL);
			break;
		}
	}
	return HD_OK;
}

/* The coming two weeks: bookings only, fewer the further ahead. */
static void
future_bookings(struct sim *s, struct local_date today, int day, int days)
{
	char desk[8];

	for (int k = 1; k <= 14; k++) {
		struct local_date d = caltime_add_days(today, k);
		const struct opening *o = &s->hd->hub.hours[caltime_weekday(d)];
		int want;

		if (hub_day_open(s->hd, d, NULL, NULL, NULL) != HD_OK)
			continue;
		want = expected_visitors(s, d, day, days) * (16 - k) / 20;
		for (int i = 0; i < want * 3 && want > 0; i++) {
			int p = rnd(s, DEMO_MEMBERS), from = o->opens_min + 30 * rnd(s, 4);
			if (!s->people[p].books || rnd(s, 40) >= s->people[p].activity)
				continue;
			snprintf(desk, sizeof desk, "D%02d", 1 + rnd(s, DEMO_DESKS));
			struct booking_request r = { .member_code = s->people[p].code, .space_code = desk,
				.date = d, .from_min = chance(s, 50) ? -1 : from };
			r.to_min = r.from_min < 0 ? -1 : from + 180 + 30 * rnd(s, 6);
			if (r.to_min > o->closes_min)
				r.to_min = o->closes_min;
			if (booking_create(s->hd, &r, NULL, NULL) == HD_OK)
				s->sum.bookings++;
			want--;
		}
	}
}

/* The public holidays are closed by the hub's rules; a village hub also
 * takes a summer break: the last two weeks of July. */
static enum hd_status
add_closed_days(struct sim *s, struct local_date from, struct local_date to, char **err)
{
	char date[11];
	enum hd_status rc;

	for (int y = from.year; y <= to.year; y++) {
		for (int day = 18; day <= 31; day++) {
			struct local_date d = { y, 7, day };
			if ((rc = hub_closed_add(s->hd, caltime_format_date(d, date), "Kesätauko",
			    NULL, NULL, err)) != HD_OK)
				return rc;
		}
	}
	return HD_OK;
}

/* Adds the demo's administrator with the demo PIN and marks the hub as a
 * demo. */
static enum hd_status
demo_set_pin(struct hubdesk *hd, char **err)
{
	char hash[STAFF_HASH_MAX];
	enum hd_status rc;

	if ((rc = staff_add(hd, DEMO_STAFF_NAME, true, NULL, err)) != HD_OK ||
	    (rc = staff_set_pin(hd, DEMO_STAFF_NAME, DEMO_STAFF_PIN, err)) != HD_OK ||
	    (rc = staff_pin_hash(hd, DEMO_STAFF_NAME, hash, err)) != HD_OK)
		return rc;
	if (store_setting_set(hd->store, DEMO_PIN_SETTING, hash) != STORE_OK)
		return domain_store_fail(hd, err);
	return HD_OK;
}

const char *
demo_staff_pin(struct hubdesk *hd)
{
	char hash[STAFF_HASH_MAX], demo[STAFF_HASH_MAX];

	if (!hd->has_hub ||
	    store_setting_get(hd->store, DEMO_PIN_SETTING, demo, sizeof demo) != STORE_OK ||
	    staff_pin_hash(hd, DEMO_STAFF_NAME, hash, NULL) != HD_OK)
		return NULL;
	return strcmp(hash, demo) == 0 ? DEMO_STAFF_PIN : NULL;
}

enum hd_status
demo_fill(struct hubdesk *hd, int months, uint64_t seed, struct demo_summary *out, char **err)
{
	struct sim *s;
	struct hub_settings hs = { "Kuortaneen etätyöpiste", "Kuortane", "Etelä-Pohjanmaa",
		NULL, 8 * 60, 17 * 60, 0x1f };
	struct local_date today, start, d;
	int minute, days, day, no_shows;
	enum hd_status rc;

	if (hd->has_hub)
		return hd_fail(err, HD_REFUSED, _("the database holds the hub '%s' already; the demo "
		    "fills only an empty one" "\037" "give another --db"), hd->hub.name);
	if (months < 0 || months > 240)
		return hd_fail(err, HD_INVALID, _("a demo spans 0 to 240 months" "\037"
		    "give --months from 0 to 240"));
	s = calloc(1, sizeof *s);
	if (s == NULL)
		return hd_fail(err, HD_STORE, _("out of memory"));
	s->hd = hd;
	s->rng = &hd->rng;
	hd->rng = seed;
	s->real_now = hd->now;
	caltime_from_utc(hd->now, &today, &minute);
	start = today;
	for (int i = 0; i < months; i++)
		start = caltime_add_days((struct local_date){ start.year, start.month, 1 }, -1);
	start.day = today.day <= caltime_days_in_month(start.year, start.month) ? today.day :
	    caltime_days_in_month(start.year, start.month);
	s->start = start;
	days = 0;
	for (d = start; caltime_date_cmp(d, today) < 0; d = caltime_add_days(d, 1))
		days++;

	if ((rc = domain_begin(hd, err)) != HD_OK) {
		free(s);
		return rc;
	}
	hd->now = at_minute(caltime_add_days(start, -30), 9 * 60);
	if ((rc = hub_init(hd, &hs, err)) != HD_OK)
		goto fail;
	/* The closed dates are entered as if ahead of time, as a hub would. */
	hd->now = at_minute(caltime_add_days(start, -400), 9 * 60);
	if ((rc = add_closed_days(s, start, caltime_add_days(today, 30), err)) != HD_OK)
		goto fail;
	hd->now = at_minute(caltime_add_days(start, -30), 9 * 60);
	if ((rc = add_spaces(s, err)) != HD_OK)
		goto fail;
	for (int i = 0; i < DEMO_MEMBERS; i++) {
		if ((rc = add_member(s, i, days, err)) != HD_OK)
			goto fail;
	}
	s->sum.members = DEMO_MEMBERS;
	day = 0;
	for (d = start; caltime_date_cmp(d, today) <= 0; d = caltime_add_days(d, 1), day++) {
		if ((rc = simulate_day(s, d, day, days, err)) != HD_OK)
			goto fail;
		/* The day is over: the lifecycle settles its bookings, as the
		 * next morning's first write would. */
		hd->now = at_minute(d, 23 * 60 + 59) < s->real_now ? at_minute(d, 23 * 60 + 59) :
		    s->real_now;
		if ((rc = lifecycle_sweep_tx(hd, &no_shows, err)) != HD_OK)
			goto fail;
		s->sum.no_shows += no_shows;
	}
	hd->now = s->real_now;
	future_bookings(s, today, days, days);
	if ((rc = lifecycle_sweep_tx(hd, &no_shows, err)) != HD_OK)
		goto fail;
	s->sum.no_shows += no_shows;
	if ((rc = demo_set_pin(hd, err)) != HD_OK)
		goto fail;
	if ((rc = domain_commit(hd, err)) != HD_OK) {
		free(s);
		return rc;
	}
	if (out != NULL)
		*out = s->sum;
	free(s);
	hd->rng = ids_seed_random();
	return HD_OK;
fail:
	domain_abort(hd, rc);
	hd->has_hub = false;
	hd->now = s->real_now;
	free(s);
	return rc;
}
