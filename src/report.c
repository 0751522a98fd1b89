/* The month's figures written out (see report.h). The JSON keys are the
 * contract of docs/metrics.md and docs/dump-format.md; the text and CSV
 * carry the same figures. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hubdesk/caltime.h"
#include "hubdesk/cells.h"
#include "hubdesk/csv.h"
#include "hubdesk/i18n.h"
#include "hubdesk/member.h"
#include "hubdesk/municipality.h"
#include "hubdesk/numfmt.h"
#include "hubdesk/report.h"
#include "hubdesk/table.h"
#include "hubdesk/text.h"
#include "hubdesk/xmalloc.h"

void
report_hub_of(const struct hub *h, struct report_hub *out)
{
	memset(out, 0, sizeof *out);
	snprintf(out->uuid, sizeof out->uuid, "%s", h->uuid);
	snprintf(out->name, sizeof out->name, "%s", h->name);
	snprintf(out->municipality, sizeof out->municipality, "%s", h->municipality);
	out->municipality_number = h->municipality_number;
	snprintf(out->region, sizeof out->region, "%s", h->region);
	/* A hub that named no region is in its municipality's (Statistics
	 * Finland's classification), so that the network's regions add up. */
	if (out->region[0] == '\0' && municipality_by_number(h->municipality_number) != NULL &&
	    municipality_by_number(h->municipality_number)->region_fi != NULL)
		snprintf(out->region, sizeof out->region, "%s",
		    municipality_by_number(h->municipality_number)->region_fi);
}

/* Decimal hours and fractions: four places, without trailing zeros, and
 * never NaN (a rate whose denominator is 0 is 0 already). */
static void
num(FILE *out, double v)
{
	char buf[NUMFMT_MAX];

	fputs(numfmt_fixed(buf, v, 4, true), out);
}

/* A cell's value, or null when it is withheld. */
static void
json_num(FILE *out, double v, bool withheld)
{
	if (withheld)
		fputs("null", out);
	else
		num(out, v);
}

static void
month_text(const struct stats_month *m, char buf[static 8])
{
	snprintf(buf, 8, "%04u-%02u", (unsigned)m->first.year % 10000u, (unsigned)m->first.month % 100u);
}

/* A local "YYYY-MM-DD HH:MM" (stats' labels, a dump's peak_at) as people
 * read it; a label that is none is kept as it is. */
char *
report_when(char *buf, size_t n, const char *label)
{
	struct local_date d;
	int minute;

	if (caltime_parse_datetime(label, &d, &minute) != 0)
		snprintf(buf, n, "%s", label);
	else
		i18n_datetime(buf, n, d.year, d.month, d.day, minute);
	return buf;
}

void
report_period(const struct stats_month *m, char buf[static REPORT_PERIOD])
{
	char month[I18N_DATE_MAX], when[I18N_DATE_MAX];

	i18n_month(month, sizeof month, m->first.year, m->first.month);
	if (m->complete)
		snprintf(buf, REPORT_PERIOD, "%s", month);
	else
		/* TRANSLATORS: a month in progress: "October 2026", then a day and a time. */
		snprintf(buf, REPORT_PERIOD, _("%s so far, to %s"), month,
		    report_when(when, sizeof when, m->through_label));
}

char *
report_months(char *buf, size_t n, const char *label)
{
	struct local_date lo, hi;
	char a[I18N_DATE_MAX], b[I18N_DATE_MAX];

	if (caltime_parse_month(label, &lo) == 0)
		return i18n_month(buf, n, lo.year, lo.month);
	if (strlen(label) == 16 && label[7] == '.' && label[8] == '.') {
		char first[8];
		snprintf(first, sizeof first, "%.7s", label);
		if (caltime_parse_month(first, &lo) == 0 && caltime_parse_month(label + 9, &hi) == 0) {
			/* TRANSLATORS: the months a roll-up covers, from the first to the last. */
			snprintf(buf, n, _("%s to %s"), i18n_month(a, sizeof a, lo.year, lo.month),
			    i18n_month(b, sizeof b, hi.year, hi.month));
			return buf;
		}
	}
	snprintf(buf, n, "%s", _("no months"));
	return buf;
}

char *
report_percent(char *buf, size_t n, double rate, int places)
{
	char num[I18N_DATE_MAX];

	snprintf(buf, n, "%s %%", i18n_number(num, sizeof num, 100.0 * (isfinite(rate) ? rate : 0),
	    places));
	return buf;
}

const char *
report_place(const char *name)
{
	if (strcmp(name, "other") == 0)
		/* TRANSLATORS: the people of the places not listed one by one. */
		return C_("report", "other");
	if (strcmp(name, "unknown") == 0)
		/* TRANSLATORS: members who gave no home municipality. */
		return C_("report", "unknown");
	return name;
}

const char *
report_municipality(const char *name)
{
	if (strcmp(name, "other") == 0 || strcmp(name, "unknown") == 0)
		return report_place(name);
	return municipality_name_of(name, i18n_current());
}

const char *
report_category(int i)
{
	/* The order of member_categories. */
	static const char *const names[STATS_CATEGORIES] = { NC_("category", "remote employee"),
		NC_("category", "entrepreneur"), NC_("category", "student"),
		NC_("category", "other") };

	return i >= 0 && i < STATS_CATEGORIES ? i18n_cgettext("category", names[i]) : "?";
}

static void
indent_to(FILE *out, int n)
{
	fprintf(out, "%*s", n, "");
}

void
report_json_members(FILE *out, const struct stats_month *m, const char *label, int in)
{
	char month[8];

	month_text(m, month);
	indent_to(out, in);
	fputs("\"month\": ", out);
	table_json_string(out, label != NULL ? label : month);
	fputs(",\n", out);
	if (label == NULL) {
		indent_to(out, in);
		fprintf(out, "\"complete\": %s,\n", m->complete ? "true" : "false");
		indent_to(out, in);
		fputs("\"through\": ", out);
		if (m->complete)
			fputs("null", out);
		else
			table_json_string(out, m->through_label);
		fputs(",\n", out);
	}
#define N(key, v) do { indent_to(out, in); fputs("\"" key "\": ", out); num(out, (v)); \
	fputs(",\n", out); } while (0)
#define I(key, v) do { indent_to(out, in); fprintf(out, "\"" key "\": %d,\n", (v)); } while (0)
	N("available_desk_hours", m->available_desk_hours);
	N("booked_desk_hours", m->booked_desk_hours);
	N("occupied_desk_hours", m->occupied_desk_hours);
	N("booking_rate", m->booking_rate);
	N("occupancy_rate", m->occupancy_rate);
	I("bookings", m->bookings);
	I("no_shows", m->no_shows);
	N("no_show_rate", m->no_show_rate);
	I("visits", m->visits);
	I("guest_visits", m->guest_visits);
	I("unique_visitors", m->unique_visitors);
	I("visitor_days", m->visitor_days);
	I("new_members", m->new_members);
	I("organisations", m->organisations);
	I("peak_presence", m->peak_presence);
#undef N
#undef I
	indent_to(out, in);
	if (m->peak_label[0] != '\0') {
		fputs("\"peak_at\": ", out);
		table_json_string(out, m->peak_label);
		fputs(",\n", out);
	} else
		fputs("\"peak_at\": null,\n", out);
	indent_to(out, in);
	fputs("\"room_booked_hours\": {\"total\": ", out);
	num(out, m->room_booked_hours);
	fputs(", \"by_room\": ", out);
	if (m->withheld.rooms_all)
		fputs("null", out);
	else {
		fputc('{', out);
		for (int i = 0; i < m->nrooms; i++) {
			fputs(i ? ", " : "", out);
			table_json_string(out, m->rooms[i].name);
			fputs(": ", out);
			json_num(out, m->rooms[i].value, m->withheld.room[i]);
		}
		fputc('}', out);
	}
	fputs("},\n", out);
	indent_to(out, in);
	fputs("\"by_weekday_hour\": ", out);
	if (m->withheld.heat_all)
		fputs("null", out);
	else {
		fputc('[', out);
		for (int d = 0; d < 7; d++) {
			fputs(d ? ",\n" : "\n", out);
			indent_to(out, in + 2);
			fputc('[', out);
			for (int h = 0; h < 24; h++) {
				fputs(h ? ", " : "", out);
				json_num(out, m->heat[d][h], m->withheld.heat[d * 24 + h]);
			}
			fputc(']', out);
		}
		fputs("\n", out);
		indent_to(out, in);
		fputc(']', out);
	}
	fputs(",\n", out);
	indent_to(out, in);
	fputs("\"by_category\": ", out);
	if (m->withheld.categories)
		fputs("null", out);
	else {
		fputc('{', out);
		for (int i = 0, k = 0; i < STATS_CATEGORIES; i++) {
			if (m->category_unique[i] == 0 && m->category_visits[i] == 0)
				continue;
			fprintf(out, "%s\"%s\": {\"visits\": %d, \"unique_visitors\": %d}", k++ ? ", " : "",
			    member_categories[i], m->category_visits[i], m->category_unique[i]);
		}
		fputc('}', out);
	}
	fputs(",\n", out);
	indent_to(out, in);
	fputs("\"by_municipality\": ", out);
	if (m->withheld.municipalities)
		fputs("null", out);
	else {
		fputc('{', out);
		for (int i = 0; i < m->nmunicipalities; i++) {
			fputs(i ? ", " : "", out);
			table_json_string(out, m->municipalities[i].name);
			fprintf(out, ": %d", (int)m->municipalities[i].value);
		}
		fputc('}', out);
	}
	fputs(",\n", out);
	indent_to(out, in);
	fputs("\"from_elsewhere\": ", out);
	if (m->withheld.from_elsewhere)
		fputs("null", out);
	else
		fprintf(out, "%d", m->from_elsewhere);
}

/* The hub object's keys, left open for a dump to add its card. */
static void
json_hub_keys(FILE *out, const struct report_hub *h, const char *indent)
{
	fprintf(out, "%s\"hub\": {\"uuid\": ", indent);
	table_json_string(out, h->uuid);
	fputs(", \"name\": ", out);
	table_json_string(out, h->name);
	fputs(", \"municipality\": ", out);
	table_json_string(out, h->municipality);
	if (h->municipality_number != MUNICIPALITY_UNKNOWN)
		fprintf(out, ", \"municipality_number\": %d", h->municipality_number);
	else
		fputs(", \"municipality_number\": null", out);
	fputs(", \"region\": ", out);
	if (h->region[0] != '\0')
		table_json_string(out, h->region);
	else
		fputs("null", out);
}

void
report_json_hub(FILE *out, const struct report_hub *h, const char *indent)
{
	json_hub_keys(out, h, indent);
	fputs("},\n", out);
}

void
report_json(FILE *out, const struct report_hub *h, const struct stats_month *m)
{
	fputs("{\n", out);
	report_json_hub(out, h, "  ");
	report_json_members(out, m, NULL, 2);
	fputs("\n}\n", out);
}

/* The dump's hub: report_json_hub's keys, then the public card. */
static void
dump_hub(FILE *out, const struct hub *hub, const struct hub_card *card)
{
	static const char *const days[] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };
	struct report_hub h;
	char a[6], b[6];

	report_hub_of(hub, &h);
	json_hub_keys(out, &h, "  ");
	fputs(", \"hours\": {", out);
	for (int i = 0; i < 7; i++) {
		fprintf(out, "%s\"%s\": ", i ? ", " : "", days[i]);
		if (hub->hours[i].open)
			fprintf(out, "\"%s-%s\"", caltime_format_hhmm(hub->hours[i].opens_min, a),
			    caltime_format_hhmm(hub->hours[i].closes_min, b));
		else
			fputs("null", out);
	}
	fprintf(out, "}, \"desks\": %d, \"rooms\": %d, \"booths\": %d", card->desks, card->rooms,
	    card->booths);
	if (hub->address[0] != '\0') {
		fputs(", \"address\": ", out);
		table_json_string(out, hub->address);
	}
	if (hub->email[0] != '\0') {
		fputs(", \"email\": ", out);
		table_json_string(out, hub->email);
	}
	fputs("},\n", out);
}

void
report_dump(FILE *out, const struct hub *hub, const struct hub_card *card,
    const struct stats_month *m, time_t now)
{
	struct stats_month folded = *m;
	struct tm tm;
	char when[32];

	cells_publish(&folded);
	gmtime_r(&now, &tm);
	strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", &tm);
	fprintf(out, "{\n  \"format\": \"%s\",\n  \"version\": %d,\n  \"generated_at\": \"%s\",\n",
	    DUMP_FORMAT, DUMP_VERSION, when);
	dump_hub(out, hub, card);
	report_json_members(out, &folded, NULL, 2);
	/* Desks free for the whole of each day to come: counts of desks only. */
	fputs(",\n  \"free_desks\": [", out);
	for (int k = 0; k < HUB_FREE_DAYS; k++) {
		char day[11];
		caltime_format_date(card->days[k].date, day);
		fprintf(out, "%s{\"date\": \"%s\", \"open\": %s, \"free\": %d}", k ? ", " : "", day,
		    card->days[k].open ? "true" : "false", card->days[k].free);
	}
	fputs("]\n}\n", out);
}

void
report_column(FILE *out, const char *s, int width, bool right)
{
	int w = text_width(s);

	if (!right)
		fputs(s, out);
	for (; w < width; w++)
		fputc(' ', out);
	if (right)
		fputs(s, out);
}

/* One line of figures: its label, the value right-aligned below the
 * others, and what goes with it. */
static int report_label_width = 22;

/* The label column as wide as the longest label of the report in its
 * language ("työpistetunteja tarjolla" is 24), never narrower than 22. */
static void
report_fit_labels(const struct stats_month *m)
{
	static const char *const labels[] = { NC_("report", "desk-hours available"),
		NC_("report", "desk-hours booked"), NC_("report", "desk-hours occupied"),
		NC_("report", "bookings"), NC_("report", "visits"),
		NC_("report", "unique visitors"), NC_("report", "organisations"),
		NC_("report", "from elsewhere"), NC_("report", "peak presence"),
		NC_("report", "room hours booked") };
	int w;

	report_label_width = 22;
	for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++) {
		w = text_width(i18n_cgettext("report", labels[i])) + 1;
		report_label_width = w > report_label_width ? w : report_label_width;
	}
	for (int i = 0; i < m->nrooms; i++) {
		w = text_width(report_place(m->rooms[i].name)) + 3;
		report_label_width = w > report_label_width ? w : report_label_width;
	}
	for (int i = 0; i < m->nmunicipalities; i++) {
		w = text_width(report_municipality(m->municipalities[i].name)) + 3;
		report_label_width = w > report_label_width ? w : report_label_width;
	}
}

static void
report_row(FILE *out, int indent, const char *label, const char *value, const char *note)
{
	report_column(out, "", indent, false);
	report_column(out, label, report_label_width - indent, false);
	fputc(' ', out);
	report_column(out, value, 10, true);
	if (note != NULL && *note != '\0')
		fprintf(out, "   %s", note);
	fputc('\n', out);
}

/* "booking rate   2.7 %": a second figure on a line, its label in a column
 * of its own. */
static const char *
report_pair(char *buf, size_t n, const char *label, const char *value)
{
	int pad = 15 - text_width(label);

	snprintf(buf, n, "%s%*s%s", label, pad > 1 ? pad : 1, "", value);
	return buf;
}

static const char *
report_num(char *buf, size_t n, double v, int places)
{
	return i18n_number(buf, n, v, places);
}

static const char *
report_int(char *buf, size_t n, int v)
{
	snprintf(buf, n, "%d", v);
	return buf;
}

/* The weekday × hour cells, or why they are not shown. */
static void
report_text_heat(FILE *out, const struct stats_month *m, const char *why)
{
	char v[I18N_DATE_MAX];

	fprintf(out, "\n%s\n", C_("report", "occupied desk-hours, weekday x hour"));
	if (m->withheld.heat_all) {
		fprintf(out, "  %s\n", why);
		return;
	}
	fputs("     ", out);
	for (int hr = m->first_hour; hr <= m->last_hour; hr++)
		fprintf(out, " %5.2d", hr);
	for (int d = 0; d < 7; d++) {
		fputs("\n  ", out);
		report_column(out, i18n_weekday(v, sizeof v, d), 3, false);
		for (int hr = m->first_hour; hr <= m->last_hour; hr++) {
			fputc(' ', out);
			report_column(out, m->withheld.heat[d * 24 + hr] ? "*" :
			    report_num(v, sizeof v, m->heat[d][hr], 1), 5, true);
		}
	}
	fputc('\n', out);
	for (int c = 0; c < 7 * 24; c++) {
		if (m->withheld.heat[c]) {
			fprintf(out, "  * %s\n", why);
			break;
		}
	}
}

void
report_text(FILE *out, const struct report_hub *h, const struct stats_month *m,
    const char *network)
{
	const char *withheld = C_("report", "withheld");
	const char *why = _("withheld: fewer than 3 people");
	char period[REPORT_PERIOD], v[I18N_DATE_MAX], a[I18N_DATE_MAX], note[256];

	report_fit_labels(m);

	if (network != NULL)
		fprintf(out, "%s: %s\n%s\n\n", h->name, report_months(period, sizeof period, network),
		    _("(unique visitors, visitor-days, new members, organisations and "
		    "municipalities are sums over hubs)"));
	else
		fprintf(out, "%s, %s: %s\n\n", h->name, report_municipality(h->municipality),
		    (report_period(m, period), period));
	report_row(out, 0, C_("report", "desk-hours available"),
	    report_num(v, sizeof v, m->available_desk_hours, 1), NULL);
	report_row(out, 0, C_("report", "desk-hours booked"),
	    report_num(v, sizeof v, m->booked_desk_hours, 1),
	    report_pair(note, sizeof note, C_("report", "booking rate"),
	    report_percent(a, sizeof a, m->booking_rate, 1)));
	report_row(out, 0, C_("report", "desk-hours occupied"),
	    report_num(v, sizeof v, m->occupied_desk_hours, 1),
	    report_pair(note, sizeof note, C_("report", "occupancy"),
	    report_percent(a, sizeof a, m->occupancy_rate, 1)));
	snprintf(note, sizeof note, _("no-shows %d (%s)"), m->no_shows,
	    report_percent(a, sizeof a, m->no_show_rate, 1));
	report_row(out, 0, C_("report", "bookings"), report_int(v, sizeof v, m->bookings), note);
	snprintf(note, sizeof note, _("guests %d"), m->guest_visits);
	report_row(out, 0, C_("report", "visits"), report_int(v, sizeof v, m->visits), note);
	snprintf(note, sizeof note, _("visitor-days %d, new members %d"), m->visitor_days,
	    m->new_members);
	report_row(out, 0, C_("report", "unique visitors"),
	    report_int(v, sizeof v, m->unique_visitors), note);
	report_row(out, 0, C_("report", "organisations"), report_int(v, sizeof v, m->organisations),
	    NULL);
	if (network != NULL)
		snprintf(note, sizeof note, "%s", _("(not the hub's own municipality)"));
	else
		snprintf(note, sizeof note, _("(home municipality not %s)"),
		    report_municipality(h->municipality));
	report_row(out, 0, C_("report", "from elsewhere"), m->withheld.from_elsewhere ? withheld :
	    report_int(v, sizeof v, m->from_elsewhere), m->withheld.from_elsewhere ? NULL : note);
	report_row(out, 0, C_("report", "peak presence"), report_int(v, sizeof v, m->peak_presence),
	    m->withheld.peak ? withheld : m->peak_label[0] ?
	    report_when(a, sizeof a, m->peak_label) : _("nobody came"));
	report_row(out, 0, C_("report", "room hours booked"),
	    report_num(v, sizeof v, m->room_booked_hours, 1), NULL);
	for (int i = 0; i < m->nrooms && !m->withheld.rooms_all; i++)
		report_row(out, 2, report_place(m->rooms[i].name), m->withheld.room[i] ? withheld :
		    report_num(v, sizeof v, m->rooms[i].value, 1), NULL);
	if (m->withheld.rooms_all)
		fprintf(out, "  %s %s\n", C_("report", "by room:"), why);
	fputc('\n', out);
	report_column(out, C_("report", "by category"), 23, false);
	report_column(out, C_("report", "visits"), 10, true);
	fputc(' ', out);
	report_column(out, C_("report", "unique"), 7, true);
	fputc('\n', out);
	if (m->withheld.categories)
		fprintf(out, "  %s\n", why);
	for (int i = 0; i < STATS_CATEGORIES && !m->withheld.categories; i++) {
		fputs("  ", out);
		report_column(out, report_category(i), 20, false);
		fprintf(out, " %10d %7d\n", m->category_visits[i], m->category_unique[i]);
	}
	fputc('\n', out);
	report_column(out, C_("report", "by home municipality"), report_label_width + 1, false);
	report_column(out, C_("report", "unique"), 10, true);
	fputc('\n', out);
	if (m->withheld.municipalities)
		fprintf(out, "  %s\n", why);
	for (int i = 0; i < m->nmunicipalities; i++)
		report_row(out, 2, report_municipality(m->municipalities[i].name),
		    report_int(v, sizeof v, (int)m->municipalities[i].value), NULL);
	report_text_heat(out, m, why);
}

/* A CSV row of a figure that may be withheld (an empty value). */
static void
csv_row(struct csv_out *w, const char *key, int places, double v, bool withheld)
{
	char num[NUMFMT_MAX];

	csv_text(w, key);
	if (withheld)
		csv_text(w, NULL);
	else
		csv_number(w, numfmt_fixed(num, v, places, false));
	csv_end_row(w);
}

static void
csv_text_row(struct csv_out *w, const char *key, const char *value)
{
	csv_text(w, key);
	csv_text(w, value);
	csv_end_row(w);
}

void
report_csv(FILE *out, const struct report_hub *h, const struct stats_month *m,
    enum csv_flavour flavour)
{
	char month[8], key[HD_TEXT + 40];
	struct csv_out w;

	month_text(m, month);
	csv_begin(&w, out, flavour);
	csv_head(&w, N_("metric"));
	csv_head(&w, N_("value"));
	csv_end_row(&w);
	csv_text_row(&w, "hub", h->uuid);
	csv_text_row(&w, "month", month);
	csv_text_row(&w, "complete", m->complete ? "true" : "false");
	csv_text_row(&w, "through", m->complete ? "" : m->through_label);
	csv_row(&w, "available_desk_hours", 4, m->available_desk_hours, false);
	csv_row(&w, "booked_desk_hours", 4, m->booked_desk_hours, false);
	csv_row(&w, "occupied_desk_hours", 4, m->occupied_desk_hours, false);
	csv_row(&w, "booking_rate", 4, m->booking_rate, false);
	csv_row(&w, "occupancy_rate", 4, m->occupancy_rate, false);
	csv_row(&w, "bookings", 0, m->bookings, false);
	csv_row(&w, "no_shows", 0, m->no_shows, false);
	csv_row(&w, "no_show_rate", 4, m->no_show_rate, false);
	csv_row(&w, "visits", 0, m->visits, false);
	csv_row(&w, "guest_visits", 0, m->guest_visits, false);
	csv_row(&w, "unique_visitors", 0, m->unique_visitors, false);
	csv_row(&w, "visitor_days", 0, m->visitor_days, false);
	csv_row(&w, "new_members", 0, m->new_members, false);
	csv_row(&w, "organisations", 0, m->organisations, false);
	csv_row(&w, "peak_presence", 0, m->peak_presence, false);
	csv_text_row(&w, "peak_at", m->peak_label);
	csv_row(&w, "room_booked_hours", 4, m->room_booked_hours, false);
	csv_row(&w, "from_elsewhere", 0, m->from_elsewhere, m->withheld.from_elsewhere);
	if (m->withheld.categories)
		csv_text_row(&w, "by_category", NULL);
	for (int i = 0; i < STATS_CATEGORIES && !m->withheld.categories; i++) {
		snprintf(key, sizeof key, "by_category.%s.visits", member_categories[i]);
		csv_row(&w, key, 0, m->category_visits[i], false);
		snprintf(key, sizeof key, "by_category.%s.unique_visitors", member_categories[i]);
		csv_row(&w, key, 0, m->category_unique[i], false);
	}
	if (m->withheld.municipalities)
		csv_text_row(&w, "by_municipality", NULL);
	for (int i = 0; i < m->nmunicipalities; i++) {
		snprintf(key, sizeof key, "by_municipality.%s", m->municipalities[i].name);
		csv_row(&w, key, 0, m->municipalities[i].value, false);
	}
	if (m->withheld.rooms_all)
		csv_text_row(&w, "room_booked_hours.by_room", NULL);
	for (int i = 0; i < m->nrooms && !m->withheld.rooms_all; i++) {
		snprintf(key, sizeof key, "room_booked_hours.%s", m->rooms[i].name);
		csv_row(&w, key, 4, m->rooms[i].value, m->withheld.room[i]);
	}
	if (m->withheld.heat_all)
		csv_text_row(&w, "by_weekday_hour", NULL);
	for (int c = 0; c < 7 * 24 && !m->withheld.heat_all; c++) {
		snprintf(key, sizeof key, "by_weekday_hour.%d.%d", c / 24, c % 24);
		csv_row(&w, key, 4, m->heat[c / 24][c % 24], m->withheld.heat[c]);
	}
}
