/* The roll-up of many hubs' dumps (see rollup.h). A dump is read whole into
 * memory (they are a few kilobytes; more than a megabyte is refused) and
 * parsed strictly; every figure the total needs must be there. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "hubdesk/cells.h"
#include "hubdesk/i18n.h"
#include "hubdesk/json.h"
#include "hubdesk/member.h"
#include "hubdesk/municipality.h"
#include "hubdesk/rollup.h"
#include "hubdesk/stats.h"
#include "hubdesk/text.h"
#include "hubdesk/xmalloc.h"

#define DUMP_MAX_BYTES (1 << 20)

/* The file's text, or NULL with *err and *rc: HD_STORE when it cannot be
 * read, HD_INVALID when it is no file to read (a directory) or too big. */
static char *
slurp(const char *path, size_t *len, enum hd_status *rc, char **err)
{
	char safe[TEXT_SAFE], *buf;
	struct stat sb;
	FILE *f = fopen(path, "rb");
	size_t n = 0;
	int saved;

	*rc = HD_STORE;
	if (f == NULL) {
		*err = xasprintf(C_("report", "cannot read %s: %s"), text_safe(path, safe), strerror(errno));
		return NULL;
	}
	if (fstat(fileno(f), &sb) == 0 && S_ISDIR(sb.st_mode)) {
		fclose(f);
		*rc = HD_INVALID;
		*err = xasprintf(_("%s is a directory; give the dump files in it"),
		    text_safe(path, safe));
		return NULL;
	}
	buf = xmalloc(DUMP_MAX_BYTES + 1);
	n = fread(buf, 1, DUMP_MAX_BYTES + 1, f);
	saved = ferror(f) ? errno : 0;
	fclose(f);
	if (saved != 0) {
		free(buf);
		*err = xasprintf(C_("report", "cannot read %s: %s"), text_safe(path, safe), strerror(saved));
		return NULL;
	}
	if (n > DUMP_MAX_BYTES) {
		free(buf);
		*rc = HD_INVALID;
		*err = xasprintf(_("%s: too big to be a dump"), text_safe(path, safe));
		return NULL;
	}
	buf[n] = '\0';
	*len = n;
	return buf;
}

static void
copy(char *dst, size_t n, const char *src)
{
	snprintf(dst, n, "%s", src != NULL ? src : "");
}

/* Largest count and hour figures a dump may hold: far beyond any hub's
 * month, and small enough that the sum of ROLLUP_MAX_FILES dumps stays
 * within an int and loses no precision. */
#define DUMP_MAX_COUNT 1e6
#define DUMP_MAX_HOURS 1e7

static bool
count_ok(const struct json *x)
{
	return x != NULL && x->type == JSON_NUMBER && x->number >= 0 &&
	    x->number <= DUMP_MAX_COUNT && x->number == (double)(long long)x->number;
}

static bool
hours_ok(const struct json *x)
{
	return x != NULL && x->type == JSON_NUMBER && x->number >= 0 &&
	    x->number <= DUMP_MAX_HOURS;
}

static bool
withheld(const struct json *x)
{
	return x != NULL && x->type == JSON_NULL;
}

/* A name from a dump, made printable and cut to the list's width. */
static void
name_of(char *dst, size_t n, const char *src)
{
	text_copy_printable(dst, n, src != NULL ? src : "");
}

/* Reads the figures of a dump (or of a report's JSON) into m. */
static const char *
read_figures(const struct json *j, struct stats_month *m, char peak[static 17])
{
	static const char *const ints[] = { "bookings", "no_shows", "visits", "guest_visits",
		"unique_visitors", "visitor_days", "new_members", "organisations", "peak_presence",
		NULL };
	int *const int_fields[] = { &m->bookings, &m->no_shows, &m->visits, &m->guest_visits,
		&m->unique_visitors, &m->visitor_days, &m->new_members, &m->organisations,
		&m->peak_presence };
	const struct json *x, *rooms, *heat, *cat, *mun;

	for (int i = 0; ints[i] != NULL; i++) {
		if (!count_ok(x = json_get(j, ints[i])))
			return ints[i];
		*int_fields[i] = (int)x->number;
	}
	if (m->no_shows > m->bookings)
		return "no_shows";
	/* A figure, a breakdown or a cell the hub withheld is null, and stays
	 * withheld: never read as 0. */
	x = json_get(j, "from_elsewhere");
	if (withheld(x))
		m->unsafe.from_elsewhere = true;
	else if (count_ok(x))
		m->from_elsewhere = (int)x->number;
	else
		return "from_elsewhere";
	static const char *const hours[] = { "available_desk_hours", "booked_desk_hours",
		"occupied_desk_hours", NULL };
	double *const hour_fields[] = { &m->available_desk_hours, &m->booked_desk_hours,
		&m->occupied_desk_hours };
	for (int i = 0; hours[i] != NULL; i++) {
		if (!hours_ok(x = json_get(j, hours[i])))
			return hours[i];
		*hour_fields[i] = x->number;
	}
	x = json_get(j, "peak_at");
	if (x != NULL && x->type == JSON_STRING) {
		struct local_date d;
		int minute;
		if (caltime_parse_datetime(x->string, &d, &minute) != 0)
			return "peak_at";
		copy(peak, 17, x->string);
	} else if (withheld(x)) {
		m->unsafe.peak = m->peak_presence > 0;
	} else {
		return "peak_at";
	}
	rooms = json_get(j, "room_booked_hours");
	if (rooms == NULL || rooms->type != JSON_OBJECT)
		return "room_booked_hours";
	if (!hours_ok(x = json_get(rooms, "total")))
		return "room_booked_hours";
	m->room_booked_hours = x->number;
	if ((x = json_get(rooms, "by_room")) != NULL && x->type == JSON_OBJECT) {
		for (size_t i = 0; i < x->n; i++) {
			char name[STATS_NAME];
			bool none = withheld(x->items[i]);
			if (!none && !hours_ok(x->items[i]))
				return "room_booked_hours";
			name_of(name, sizeof name, x->keys[i]);
			stats_count_add(m->rooms, &m->nrooms, STATS_MAX_ROOMS, name,
			    none ? 0 : x->items[i]->number);
			if (none)
				m->unsafe.room[m->nrooms - 1] = true;
		}
	} else if (withheld(x)) {
		m->unsafe.rooms_all = true;
	}
	/* Rates are recomputed from the figures, never taken on trust. */
	m->booking_rate = m->available_desk_hours > 0 ?
	    m->booked_desk_hours / m->available_desk_hours : 0;
	m->occupancy_rate = m->available_desk_hours > 0 ?
	    m->occupied_desk_hours / m->available_desk_hours : 0;
	m->no_show_rate = m->bookings > 0 ? (double)m->no_shows / m->bookings : 0;
	heat = json_get(j, "by_weekday_hour");
	if (withheld(heat))
		m->unsafe.heat_all = true;
	else if (heat == NULL || heat->type != JSON_ARRAY || heat->n != 7)
		return "by_weekday_hour";
	for (int d = 0; d < 7 && !m->unsafe.heat_all; d++) {
		const struct json *row = heat->items[d];
		if (row->type != JSON_ARRAY || row->n != 24)
			return "by_weekday_hour";
		for (int h = 0; h < 24; h++) {
			if (withheld(row->items[h]))
				m->unsafe.heat[d * 24 + h] = true;
			else if (!hours_ok(row->items[h]))
				return "by_weekday_hour";
			else
				m->heat[d][h] = row->items[h]->number;
		}
	}
	cat = json_get(j, "by_category");
	if (withheld(cat))
		m->unsafe.categories = true;
	else if (cat == NULL || cat->type != JSON_OBJECT)
		return "by_category";
	for (int i = 0; i < STATS_CATEGORIES && !m->unsafe.categories; i++) {
		const struct json *c = json_get(cat, member_categories[i]);
		if (c == NULL)
			continue;
		if (!count_ok(json_get(c, "visits")) || !count_ok(json_get(c, "unique_visitors")))
			return "by_category";
		m->category_visits[i] = (int)json_number(c, "visits", 0);
		m->category_unique[i] = (int)json_number(c, "unique_visitors", 0);
	}
	mun = json_get(j, "by_municipality");
	if (withheld(mun))
		m->unsafe.municipalities = true;
	else if (mun == NULL || mun->type != JSON_OBJECT)
		return "by_municipality";
	for (size_t i = 0; !m->unsafe.municipalities && i < mun->n; i++) {
		char name[STATS_NAME];
		if (!count_ok(mun->items[i]))
			return "by_municipality";
		name_of(name, sizeof name, mun->keys[i]);
		stats_count_add(m->municipalities, &m->nmunicipalities, STATS_MAX_NAMES, name,
		    mun->items[i]->number);
	}
	return NULL;
}

enum hd_status
rollup_read(const char *path, struct rollup_item *out, char **err)
{
	char *text;
	size_t len;
	enum hd_status rc;

	if ((text = slurp(path, &len, &rc, err)) == NULL) {
		char safe[TEXT_SAFE];
		memset(out, 0, sizeof *out);
		copy(out->file, sizeof out->file, text_safe(path, safe));
		return rc;
	}
	rc = rollup_parse(path, text, len, out, err);
	free(text);
	return rc;
}

enum hd_status
rollup_parse(const char *name, const char *text, size_t len, struct rollup_item *out,
    char **err)
{
	char safe[TEXT_SAFE], *perr = NULL;
	const char *format, *month, *missing;
	const struct json *hub;
	struct json *j;
	double version;

	memset(out, 0, sizeof *out);
	copy(out->file, sizeof out->file, text_safe(name, safe));
	j = json_parse(text, len, &perr);
	if (j == NULL) {
		*err = xasprintf(_("%s: not a hubdesk dump (not JSON: %s)"), out->file, perr);
		free(perr);
		return HD_INVALID;
	}
	format = json_string(j, "format");
	version = json_number(j, "version", -1);
	month = json_string(j, "month");
	hub = json_get(j, "hub");
	if (format == NULL || strcmp(format, DUMP_FORMAT) != 0) {
		*err = xasprintf(_("%s: not a hubdesk dump (no \"format\": \"%s\")"), out->file,
		    DUMP_FORMAT);
		goto bad;
	}
	if (version != DUMP_VERSION) {
		if (version < 0)
			*err = xasprintf(_("%s: the dump has no version number"), out->file);
		else
			*err = xasprintf(version > DUMP_VERSION ?
			    _("%s: a dump of version %g; this hubdesk reads version %d: use a newer "
			    "hubdesk") :
			    _("%s: a dump of version %g; this hubdesk reads version %d, whose small "
			    "cells are withheld: dump the month again with this hubdesk"),
			    out->file, version, DUMP_VERSION);
		goto bad;
	}
	if (month == NULL || caltime_parse_month(month, &out->m.first) != 0 || hub == NULL ||
	    json_string(hub, "uuid") == NULL || !ids_uuid_valid(json_string(hub, "uuid"))) {
		*err = xasprintf(_("%s: the dump has no valid month or hub UUID"), out->file);
		goto bad;
	}
	copy(out->month, sizeof out->month, month);
	out->m.days = caltime_days_in_month(out->m.first.year, out->m.first.month);
	copy(out->hub.uuid, sizeof out->hub.uuid, json_string(hub, "uuid"));
	if (json_string(hub, "name") == NULL || json_string(hub, "municipality") == NULL) {
		*err = xasprintf(_("%s: the dump's hub has no name or municipality"), out->file);
		goto bad;
	}
	name_of(out->hub.name, sizeof out->hub.name, json_string(hub, "name"));
	name_of(out->hub.municipality, sizeof out->hub.municipality,
	    json_string(hub, "municipality"));
	/* From the name, which every dump has: older ones hold no number. */
	out->hub.municipality_number = municipality_number_of(out->hub.municipality);
	name_of(out->hub.region, sizeof out->hub.region, json_string(hub, "region"));
	if ((missing = read_figures(j, &out->m, out->m.peak_label)) != NULL) {
		*err = xasprintf(_("%s: the dump's %s is missing or wrong"), out->file, missing);
		goto bad;
	}
	/* What the roll-up prints of each hub is published too. */
	cells_publish(&out->m);
	json_free(j);
	return HD_OK;
bad:
	json_free(j);
	return HD_INVALID;
}

enum hd_status
rollup_check(const struct rollup_item *items, size_t n, char **err)
{
	for (size_t i = 0; i < n; i++) {
		for (size_t k = 0; k < i; k++) {
			if (strcmp(items[i].hub.uuid, items[k].hub.uuid) == 0 &&
			    strcmp(items[i].month, items[k].month) == 0) {
				*err = xasprintf(_("%s: hub %s, %s is in %s already; give each hub-month once"),
				    items[i].file, items[i].hub.uuid, items[i].month, items[k].file);
				return HD_INVALID;
			}
		}
	}
	return HD_OK;
}

void
rollup_total(const struct rollup_item *items, size_t n, struct stats_month *t,
    char label[static 24])
{
	const char *lo = NULL, *hi = NULL;

	memset(t, 0, sizeof *t);
	t->first_hour = 24;
	for (size_t i = 0; i < n; i++) {
		const struct stats_month *m = &items[i].m;
		t->available_desk_hours += m->available_desk_hours;
		t->booked_desk_hours += m->booked_desk_hours;
		t->occupied_desk_hours += m->occupied_desk_hours;
		t->bookings += m->bookings;
		t->no_shows += m->no_shows;
		t->visits += m->visits;
		t->guest_visits += m->guest_visits;
		t->unique_visitors += m->unique_visitors;
		t->visitor_days += m->visitor_days;
		t->new_members += m->new_members;
		t->organisations += m->organisations;
		t->from_elsewhere += m->from_elsewhere;
		t->unsafe.from_elsewhere |= m->withheld.from_elsewhere;
		t->room_booked_hours += m->room_booked_hours;
		if (m->peak_presence > t->peak_presence) {
			t->peak_presence = m->peak_presence;
			t->unsafe.peak = m->withheld.peak;
			copy(t->peak_label, sizeof t->peak_label, m->peak_label);
		}
		/* A cell withheld by one hub leaves the sum unknown. */
		t->unsafe.heat_all |= m->withheld.heat_all;
		for (int d = 0; d < 7; d++)
			for (int h = 0; h < 24; h++) {
				bool some = m->heat[d][h] > 0 || m->withheld.heat[d * 24 + h];
				t->heat[d][h] += m->heat[d][h];
				t->unsafe.heat[d * 24 + h] |= m->withheld.heat[d * 24 + h];
				if (some && h < t->first_hour)
					t->first_hour = h;
				if (some && h > t->last_hour)
					t->last_hour = h;
			}
		/* A hub's withheld breakdown goes whole into "other" (the people
		 * not listed), which cells_publish then judges like any cell. */
		for (int c = 0; c < STATS_CATEGORIES; c++) {
			t->category_visits[c] += m->category_visits[c];
			t->category_unique[c] += m->category_unique[c];
		}
		if (m->withheld.categories) {
			t->category_visits[STATS_CATEGORIES - 1] += m->visits;
			t->category_unique[STATS_CATEGORIES - 1] += m->unique_visitors;
		}
		for (int k = 0; k < m->nmunicipalities; k++)
			stats_count_add(t->municipalities, &t->nmunicipalities, STATS_MAX_NAMES,
			    m->municipalities[k].name, m->municipalities[k].value);
		if (m->withheld.municipalities && m->unique_visitors > 0)
			stats_count_add(t->municipalities, &t->nmunicipalities, STATS_MAX_NAMES, "other",
			    m->unique_visitors);
		if (lo == NULL || strcmp(items[i].month, lo) < 0)
			lo = items[i].month;
		if (hi == NULL || strcmp(items[i].month, hi) > 0)
			hi = items[i].month;
	}
	if (t->first_hour > t->last_hour)
		t->first_hour = t->last_hour = 0;
	/* Rates from the summed numerators and denominators, never averaged. */
	t->booking_rate = t->available_desk_hours > 0 ? t->booked_desk_hours / t->available_desk_hours : 0;
	t->occupancy_rate = t->available_desk_hours > 0 ?
	    t->occupied_desk_hours / t->available_desk_hours : 0;
	t->no_show_rate = t->bookings > 0 ? (double)t->no_shows / t->bookings : 0;
	if (lo == NULL)
		snprintf(label, 24, "none");
	else if (strcmp(lo, hi) == 0)
		snprintf(label, 24, "%s", lo);
	else
		snprintf(label, 24, "%s..%s", lo, hi);
	if (n > 0)
		t->first = items[0].m.first;
	cells_publish(t);
	/* The hubs' lists come in file order; the total reads as a hub's does. */
	stats_sort_counts(t->municipalities, t->nmunicipalities);
}
