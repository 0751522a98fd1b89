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
	snprintf(out->region, sizeof out->region, "%s", h->region);
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

void
report_period(const struct stats_month *m, char buf[static REPORT_PERIOD])
{
	char month[8];

	month_text(m, month);
	if (m->complete)
		snprintf(buf, REPORT_PERIOD, "%s", month);
	else
		snprintf(buf, REPORT_PERIOD, "%s so far, to %s", month, m->through_label);
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

void
report_json_hub(FILE *out, const struct report_hub *h, const char *indent)
{
	fprintf(out, "%s\"hub\": {\"uuid\": ", indent);
	table_json_string(out, h->uuid);
	fputs(", \"name\": ", out);
	table_json_string(out, h->name);
	fputs(", \"municipality\": ", out);
	table_json_string(out, h->municipality);
	fputs(", \"region\": ", out);
	if (h->region[0] != '\0')
		table_json_string(out, h->region);
	else
		fputs("null", out);
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

void
report_dump(FILE *out, const struct report_hub *h, const struct stats_month *m, time_t now)
{
	struct stats_month folded = *m;
	struct tm tm;
	char when[32];

	cells_publish(&folded);
	gmtime_r(&now, &tm);
	strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", &tm);
	fprintf(out, "{\n  \"format\": \"%s\",\n  \"version\": %d,\n  \"generated_at\": \"%s\",\n",
	    DUMP_FORMAT, DUMP_VERSION, when);
	report_json_hub(out, h, "  ");
	report_json_members(out, &folded, NULL, 2);
	fputs("\n}\n", out);
}

#define WITHHELD "withheld"
#define WITHHELD_WHY "withheld: fewer than 3 people"

static void
pct(FILE *out, double rate)
{
	fprintf(out, "%.1f %%", 100.0 * (isfinite(rate) ? rate : 0));
}

void
report_text(FILE *out, const struct report_hub *h, const struct stats_month *m,
    const char *network)
{
	static const char *const wd[] = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };
	char period[REPORT_PERIOD];

	report_period(m, period);
	if (network != NULL)
		fprintf(out, "%s: %s\n(unique visitors, visitor-days, new members, organisations and "
		    "municipalities are sums over hubs)\n\n", h->name, network);
	else
		fprintf(out, "%s, %s: %s\n\n", h->name, h->municipality, period);
	fprintf(out, "desk-hours available   %10.1f\n", m->available_desk_hours);
	fprintf(out, "desk-hours booked      %10.1f   booking rate   ", m->booked_desk_hours);
	pct(out, m->booking_rate);
	fprintf(out, "\ndesk-hours occupied    %10.1f   occupancy      ", m->occupied_desk_hours);
	pct(out, m->occupancy_rate);
	fprintf(out, "\nbookings               %10d   no-shows %d (", m->bookings, m->no_shows);
	pct(out, m->no_show_rate);
	fprintf(out, ")\nvisits                 %10d   guests %d\n", m->visits, m->guest_visits);
	fprintf(out, "unique visitors        %10d   visitor-days %d, new members %d\n",
	    m->unique_visitors, m->visitor_days, m->new_members);
	fprintf(out, "organisations          %10d\n", m->organisations);
	if (m->withheld.from_elsewhere)
		fprintf(out, "from elsewhere         %10s\n", WITHHELD);
	else if (network != NULL)
		fprintf(out, "from elsewhere         %10d   (not the hub's own municipality)\n",
		    m->from_elsewhere);
	else
		fprintf(out, "from elsewhere         %10d   (home municipality not %s)\n",
		    m->from_elsewhere, h->municipality);
	fprintf(out, "peak presence          %10d   %s\n", m->peak_presence,
	    m->withheld.peak ? WITHHELD : m->peak_label[0] ? m->peak_label : "nobody came");
	fprintf(out, "room hours booked      %10.1f\n", m->room_booked_hours);
	for (int i = 0; i < m->nrooms && !m->withheld.rooms_all; i++) {
		if (m->withheld.room[i])
			fprintf(out, "  %-20s %10s\n", m->rooms[i].name, WITHHELD);
		else
			fprintf(out, "  %-20s %10.1f\n", m->rooms[i].name, m->rooms[i].value);
	}
	if (m->withheld.rooms_all)
		fprintf(out, "  by room: %s\n", WITHHELD_WHY);
	fputs("\nby category               visits  unique\n", out);
	if (m->withheld.categories)
		fprintf(out, "  %s\n", WITHHELD_WHY);
	for (int i = 0; i < STATS_CATEGORIES && !m->withheld.categories; i++)
		fprintf(out, "  %-20s %10d %7d\n", member_categories[i], m->category_visits[i],
		    m->category_unique[i]);
	fputs("\nby home municipality      unique\n", out);
	if (m->withheld.municipalities)
		fprintf(out, "  %s\n", WITHHELD_WHY);
	for (int i = 0; i < m->nmunicipalities; i++) {
		fprintf(out, "  %s", m->municipalities[i].name);
		for (int w = text_width(m->municipalities[i].name); w < 20; w++)
			fputc(' ', out);
		fprintf(out, " %10d\n", (int)m->municipalities[i].value);
	}
	fputs("\noccupied desk-hours, weekday x hour\n", out);
	if (m->withheld.heat_all) {
		fprintf(out, "  %s\n", WITHHELD_WHY);
		return;
	}
	fputs("     ", out);
	for (int hr = m->first_hour; hr <= m->last_hour; hr++)
		fprintf(out, " %5.2d", hr);
	for (int d = 0; d < 7; d++) {
		fprintf(out, "\n  %s", wd[d]);
		for (int hr = m->first_hour; hr <= m->last_hour; hr++) {
			if (m->withheld.heat[d * 24 + hr])
				fputs("     *", out);
			else
				fprintf(out, " %5.1f", m->heat[d][hr]);
		}
	}
	fputc('\n', out);
	for (int c = 0; c < 7 * 24; c++) {
		if (m->withheld.heat[c]) {
			fprintf(out, "  * %s\n", WITHHELD_WHY);
			break;
		}
	}
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
