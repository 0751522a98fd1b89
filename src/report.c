/* The month's figures written out (see report.h). The JSON keys are the
 * contract of docs/metrics.md and docs/dump-format.md; the text and CSV
 * carry the same figures. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "hubdesk/caltime.h"
#include "hubdesk/member.h"
#include "hubdesk/numfmt.h"
#include "hubdesk/report.h"
#include "hubdesk/table.h"
#include "hubdesk/text.h"

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
fold_list(struct stats_count *list, int *n)
{
	double other = 0;
	int k = 0, other_at = -1;

	for (int i = 0; i < *n; i++) {
		if (strcmp(list[i].name, "other") == 0) {
			other += list[i].value;
			continue;
		}
		if (list[i].value < DUMP_MIN_CELL || strcmp(list[i].name, "unknown") == 0)
			other += list[i].value;
		else
			list[k++] = list[i];
	}
	if (other > 0) {
		other_at = k;
		snprintf(list[k].name, sizeof list[k].name, "other");
		list[k++].value = other;
	}
	(void)other_at;
	*n = k;
}

void
report_fold(struct stats_month *m)
{
	int other = STATS_CATEGORIES - 1;

	fold_list(m->municipalities, &m->nmunicipalities);
	for (int i = 0; i < STATS_CATEGORIES - 1; i++) {
		if (m->category_unique[i] > 0 && m->category_unique[i] < DUMP_MIN_CELL) {
			m->category_unique[other] += m->category_unique[i];
			m->category_visits[other] += m->category_visits[i];
			m->category_unique[i] = m->category_visits[i] = 0;
		}
	}
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
	fputs(", \"by_room\": {", out);
	for (int i = 0; i < m->nrooms; i++) {
		fputs(i ? ", " : "", out);
		table_json_string(out, m->rooms[i].name);
		fputs(": ", out);
		num(out, m->rooms[i].value);
	}
	fputs("}},\n", out);
	indent_to(out, in);
	fputs("\"by_weekday_hour\": [", out);
	for (int d = 0; d < 7; d++) {
		fputs(d ? ",\n" : "\n", out);
		indent_to(out, in + 2);
		fputc('[', out);
		for (int h = 0; h < 24; h++) {
			fputs(h ? ", " : "", out);
			num(out, m->heat[d][h]);
		}
		fputc(']', out);
	}
	fputs("\n", out);
	indent_to(out, in);
	fputs("],\n", out);
	indent_to(out, in);
	fputs("\"by_category\": {", out);
	for (int i = 0, k = 0; i < STATS_CATEGORIES; i++) {
		if (m->category_unique[i] == 0 && m->category_visits[i] == 0)
			continue;
		fprintf(out, "%s\"%s\": {\"visits\": %d, \"unique_visitors\": %d}", k++ ? ", " : "",
		    member_categories[i], m->category_visits[i], m->category_unique[i]);
	}
	fputs("},\n", out);
	indent_to(out, in);
	fputs("\"by_municipality\": {", out);
	for (int i = 0; i < m->nmunicipalities; i++) {
		fputs(i ? ", " : "", out);
		table_json_string(out, m->municipalities[i].name);
		fprintf(out, ": %d", (int)m->municipalities[i].value);
	}
	fputs("},\n", out);
	indent_to(out, in);
	fprintf(out, "\"from_elsewhere\": %d", m->from_elsewhere);
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

	report_fold(&folded);
	gmtime_r(&now, &tm);
	strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", &tm);
	fprintf(out, "{\n  \"format\": \"%s\",\n  \"version\": %d,\n  \"generated_at\": \"%s\",\n",
	    DUMP_FORMAT, DUMP_VERSION, when);
	report_json_hub(out, h, "  ");
	report_json_members(out, &folded, NULL, 2);
	fputs("\n}\n", out);
}

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
	if (network != NULL)
		fprintf(out, "from elsewhere         %10d   (not the hub's own municipality)\n",
		    m->from_elsewhere);
	else
		fprintf(out, "from elsewhere         %10d   (home municipality not %s)\n",
		    m->from_elsewhere, h->municipality);
	fprintf(out, "peak presence          %10d   %s\n", m->peak_presence,
	    m->peak_label[0] ? m->peak_label : "nobody came");
	fprintf(out, "room hours booked      %10.1f\n", m->room_booked_hours);
	for (int i = 0; i < m->nrooms; i++)
		fprintf(out, "  %-20s %10.1f\n", m->rooms[i].name, m->rooms[i].value);
	fputs("\nby category               visits  unique\n", out);
	for (int i = 0; i < STATS_CATEGORIES; i++)
		fprintf(out, "  %-20s %10d %7d\n", member_categories[i], m->category_visits[i],
		    m->category_unique[i]);
	fputs("\nby home municipality      unique\n", out);
	for (int i = 0; i < m->nmunicipalities; i++) {
		fprintf(out, "  %s", m->municipalities[i].name);
		for (int w = text_width(m->municipalities[i].name); w < 20; w++)
			fputc(' ', out);
		fprintf(out, " %10d\n", (int)m->municipalities[i].value);
	}
	fputs("\noccupied desk-hours, weekday x hour\n     ", out);
	for (int hr = m->first_hour; hr <= m->last_hour; hr++)
		fprintf(out, " %5.2d", hr);
	for (int d = 0; d < 7; d++) {
		fprintf(out, "\n  %s", wd[d]);
		for (int hr = m->first_hour; hr <= m->last_hour; hr++)
			fprintf(out, " %5.1f", m->heat[d][hr]);
	}
	fputc('\n', out);
}

void
report_csv(FILE *out, const struct report_hub *h, const struct stats_month *m)
{
	char month[8];

#define ROW(k, fmt, v) numfmt_fprintf(out, "%s," fmt "\r\n", k, v)
	month_text(m, month);
	fputs("metric,value\r\n", out);
	ROW("hub", "%s", h->uuid);
	ROW("month", "%s", month);
	ROW("complete", "%s", m->complete ? "true" : "false");
	ROW("through", "%s", m->complete ? "" : m->through_label);
	ROW("available_desk_hours", "%.4f", m->available_desk_hours);
	ROW("booked_desk_hours", "%.4f", m->booked_desk_hours);
	ROW("occupied_desk_hours", "%.4f", m->occupied_desk_hours);
	ROW("booking_rate", "%.4f", m->booking_rate);
	ROW("occupancy_rate", "%.4f", m->occupancy_rate);
	ROW("bookings", "%d", m->bookings);
	ROW("no_shows", "%d", m->no_shows);
	ROW("no_show_rate", "%.4f", m->no_show_rate);
	ROW("visits", "%d", m->visits);
	ROW("guest_visits", "%d", m->guest_visits);
	ROW("unique_visitors", "%d", m->unique_visitors);
	ROW("visitor_days", "%d", m->visitor_days);
	ROW("new_members", "%d", m->new_members);
	ROW("organisations", "%d", m->organisations);
	ROW("peak_presence", "%d", m->peak_presence);
	ROW("peak_at", "%s", m->peak_label);
	ROW("room_booked_hours", "%.4f", m->room_booked_hours);
	ROW("from_elsewhere", "%d", m->from_elsewhere);
	for (int i = 0; i < STATS_CATEGORIES; i++) {
		fprintf(out, "by_category.%s.visits,%d\r\n", member_categories[i], m->category_visits[i]);
		fprintf(out, "by_category.%s.unique_visitors,%d\r\n", member_categories[i],
		    m->category_unique[i]);
	}
	for (int i = 0; i < m->nmunicipalities; i++) {
		fputs("\"by_municipality.", out);
		for (const char *p = m->municipalities[i].name; *p; p++) {
			if (*p == '"')
				fputc('"', out);
			fputc(*p, out);
		}
		fprintf(out, "\",%d\r\n", (int)m->municipalities[i].value);
	}
	for (int i = 0; i < m->nrooms; i++)
		numfmt_fprintf(out, "room_booked_hours.%s,%.4f\r\n", m->rooms[i].name,
		    m->rooms[i].value);
	for (int d = 0; d < 7; d++)
		for (int hr = 0; hr < 24; hr++)
			numfmt_fprintf(out, "by_weekday_hour.%d.%d,%.4f\r\n", d, hr, m->heat[d][hr]);
#undef ROW
}
