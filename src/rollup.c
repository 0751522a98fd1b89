/* The roll-up of many hubs' dumps (see rollup.h). A dump is read whole into
 * memory (they are a few kilobytes; more than a megabyte is refused) and
 * parsed strictly; every figure the total needs must be there. */
#include <errno.h>
#include <math.h>
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
	size_t n = 0, want;
	int saved;

	*rc = HD_STORE;
	if (f == NULL) {
		*err = xasprintf(C_("report", "cannot read %s: %s"), text_safe(path, safe), strerror(errno));
		return NULL;
	}
	if (fstat(fileno(f), &sb) != 0) {
		saved = errno;
		fclose(f);
		*err = xasprintf(C_("report", "cannot read %s: %s"), text_safe(path, safe), strerror(saved));
		return NULL;
	}
	if (S_ISDIR(sb.st_mode)) {
		fclose(f);
		*rc = HD_INVALID;
		*err = xasprintf(_("%s is a directory; give the dump files in it"),
		    text_safe(path, safe));
		return NULL;
	}
	/* A regular file's buffer is its size (a dump is a few kilobytes, and a
	 * roll-up reads thousands); one more byte tells that it grew. */
	want = S_ISREG(sb.st_mode) && sb.st_size < DUMP_MAX_BYTES ? (size_t)sb.st_size + 1 :
	    DUMP_MAX_BYTES + 1;
	buf = xmalloc(want + 1);
	n = fread(buf, 1, want, f);
	if (n == want && want <= DUMP_MAX_BYTES && !ferror(f)) {
		/* It grew while being read: read it again as a stream. */
		free(buf);
		rewind(f);
		buf = xmalloc(DUMP_MAX_BYTES + 2);
		n = fread(buf, 1, DUMP_MAX_BYTES + 1, f);
	}
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

/* Hours in a dump have at most four decimals (docs/dump-format.md), so the
 * roll-up adds them as whole ten-thousandths of an hour: sums of thousands
 * of dumps stay exact, and equal those of a database adding the same
 * decimals (docs/network.md). */
static bool
hours_ok(const struct json *x)
{
	double e4;

	if (x == NULL || x->type != JSON_NUMBER || x->number < 0 || x->number > DUMP_MAX_HOURS)
		return false;
	e4 = x->number * 1e4;
	return fabs(e4 - (double)llround(e4)) < 1e-3;
}

long long
rollup_e4(double hours)
{
	return llround(hours * 1e4);
}

double
rollup_rate(long long num, long long den)
{
	__int128 n = num, d = den;

	if (den <= 0 || num < 0)
		return 0;
	/* num / den rounded to four decimals, half up, in whole numbers: no
	 * double's rounding comes between the sums and the digits written. */
	return (double)(long long)((n * 20000 + d) / (2 * d)) / 1e4;
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
	m->booking_rate = rollup_rate(rollup_e4(m->booked_desk_hours),
	    rollup_e4(m->available_desk_hours));
	m->occupancy_rate = rollup_rate(rollup_e4(m->occupied_desk_hours),
	    rollup_e4(m->available_desk_hours));
	m->no_show_rate = rollup_rate(m->no_shows, m->bookings);
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

/* The hub-months seen: an open-addressing hash table of "uuid month" keys,
 * each with the first file that held it, so that a duplicate is found in
 * constant time and both files are named. */
struct seen_slot {
	char key[48];   /* "UUID YYYY-MM"; empty: a free slot */
	char *file;
};

struct rollup_seen {
	struct seen_slot *slot;
	size_t cap, used;   /* cap: a power of two, at least twice used */
};

struct rollup_seen *
rollup_seen_new(void)
{
	struct rollup_seen *s = xcalloc(1, sizeof *s);
	s->cap = 1024;
	s->slot = xcalloc(s->cap, sizeof *s->slot);
	return s;
}

void
rollup_seen_free(struct rollup_seen *s)
{
	if (s == NULL)
		return;
	for (size_t i = 0; i < s->cap; i++)
		free(s->slot[i].file);
	free(s->slot);
	free(s);
}

static size_t
seen_hash(const char *key)
{
	size_t h = 14695981039346656037u; /* FNV-1a */
	for (; *key != '\0'; key++)
		h = (h ^ (unsigned char)*key) * 1099511628211u;
	return h;
}

static struct seen_slot *
seen_find(struct seen_slot *slot, size_t cap, const char *key)
{
	size_t i = seen_hash(key) & (cap - 1);
	while (slot[i].key[0] != '\0' && strcmp(slot[i].key, key) != 0)
		i = (i + 1) & (cap - 1);
	return &slot[i];
}

static void
seen_grow(struct rollup_seen *s)
{
	size_t cap = s->cap * 2;
	struct seen_slot *slot = xcalloc(cap, sizeof *slot);
	for (size_t i = 0; i < s->cap; i++)
		if (s->slot[i].key[0] != '\0')
			*seen_find(slot, cap, s->slot[i].key) = s->slot[i];
	free(s->slot);
	s->slot = slot;
	s->cap = cap;
}

enum hd_status
rollup_seen_add(struct rollup_seen *s, const struct rollup_item *it, char **err)
{
	struct seen_slot *e;
	char key[48];

	snprintf(key, sizeof key, "%s %s", it->hub.uuid, it->month);
	e = seen_find(s->slot, s->cap, key);
	if (e->key[0] != '\0') {
		*err = xasprintf(_("%s: hub %s, %s is in %s already; give each hub-month once"),
		    it->file, it->hub.uuid, it->month, e->file);
		return HD_INVALID;
	}
	snprintf(e->key, sizeof e->key, "%s", key);
	e->file = xstrdup(it->file);
	if (++s->used * 2 > s->cap)
		seen_grow(s);
	return HD_OK;
}

void
rollup_begin(struct rollup_total *t)
{
	memset(t, 0, sizeof *t);
	t->m.first_hour = 24;
}

/* a += b, unless the sum would leave an int. */
static bool
add_int(int *a, int b)
{
	return !__builtin_add_overflow(*a, b, a);
}

enum hd_status
rollup_add(struct rollup_total *total, const struct rollup_item *it, char **err)
{
	struct stats_month *t = &total->m;
	const struct stats_month *m = &it->m;
	int *const sums[] = { &t->bookings, &t->no_shows, &t->visits, &t->guest_visits,
		&t->unique_visitors, &t->visitor_days, &t->new_members, &t->organisations,
		&t->from_elsewhere };
	const int adds[] = { m->bookings, m->no_shows, m->visits, m->guest_visits,
		m->unique_visitors, m->visitor_days, m->new_members, m->organisations,
		m->from_elsewhere };

	/* Each count of a dump is at most DUMP_MAX_COUNT, so only the sum of
	 * thousands of dumps can overflow; checked on a copy of the counts, so
	 * that a refused dump adds nothing. */
	for (size_t k = 0; k < sizeof adds / sizeof adds[0]; k++) {
		int v = *sums[k];
		if (!add_int(&v, adds[k])) {
			*err = xasprintf(_("%s: the sums of the dumps grow too large to add up; "
			    "roll up fewer dumps at a time"), it->file);
			return HD_INVALID;
		}
	}
	for (size_t k = 0; k < sizeof adds / sizeof adds[0]; k++)
		*sums[k] += adds[k];
	total->dumps++;
	total->available_e4 += rollup_e4(m->available_desk_hours);
	total->booked_e4 += rollup_e4(m->booked_desk_hours);
	total->occupied_e4 += rollup_e4(m->occupied_desk_hours);
	total->room_e4 += rollup_e4(m->room_booked_hours);
	t->unsafe.from_elsewhere |= m->withheld.from_elsewhere;
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
	/* A hub's withheld breakdown goes whole into "other" (the people not
	 * listed), which cells_publish then judges like any cell. */
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
	if (total->lo[0] == '\0' || strcmp(it->month, total->lo) < 0) {
		copy(total->lo, sizeof total->lo, it->month);
		t->first = m->first;
	}
	if (total->hi[0] == '\0' || strcmp(it->month, total->hi) > 0)
		copy(total->hi, sizeof total->hi, it->month);
	return HD_OK;
}

void
rollup_end(struct rollup_total *total, char label[static 24])
{
	struct stats_month *t = &total->m;

	if (t->first_hour > t->last_hour)
		t->first_hour = t->last_hour = 0;
	/* An exact sum of ten-thousandths, as a double, prints back as written. */
	t->available_desk_hours = (double)total->available_e4 / 1e4;
	t->booked_desk_hours = (double)total->booked_e4 / 1e4;
	t->occupied_desk_hours = (double)total->occupied_e4 / 1e4;
	t->room_booked_hours = (double)total->room_e4 / 1e4;
	/* Rates from the summed numerators and denominators, never averaged. */
	t->booking_rate = rollup_rate(total->booked_e4, total->available_e4);
	t->occupancy_rate = rollup_rate(total->occupied_e4, total->available_e4);
	t->no_show_rate = rollup_rate(t->no_shows, t->bookings);
	if (total->lo[0] == '\0')
		snprintf(label, 24, "none");
	else if (strcmp(total->lo, total->hi) == 0)
		snprintf(label, 24, "%s", total->lo);
	else
		snprintf(label, 24, "%s..%s", total->lo, total->hi);
	cells_publish(t);
	/* The hubs are listed in the order read; the total reads as a hub's does. */
	stats_sort_counts(t->municipalities, t->nmunicipalities);
}
