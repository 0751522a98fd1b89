/* The month's report as one self-contained HTML page: key figures, a bar a
 * day of desk occupancy and the weekday × hour heat map as inline SVG, and
 * the category and municipality tables. No script, no network, nothing to
 * fetch; written as well-formed XML so a strict parser reads it too, and
 * laid out to print on A4. Every shade also carries its number. Numbers
 * with decimals go through numfmt: an SVG attribute needs its '.' in every
 * locale, and the page's text, in English, keeps it too. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "hubdesk/caltime.h"
#include "hubdesk/member.h"
#include "hubdesk/municipality.h"
#include "hubdesk/numfmt.h"
#include "hubdesk/report.h"
#include "hubdesk/rollup.h"

static void
esc(FILE *out, const char *s)
{
	for (; *s != '\0'; s++) {
		switch (*s) {
		case '&': fputs("&amp;", out); break;
		case '<': fputs("&lt;", out); break;
		case '>': fputs("&gt;", out); break;
		case '"': fputs("&quot;", out); break;
		case '\'': fputs("&#39;", out); break;
		default: fputc(*s, out);
		}
	}
}

#define HTML_WITHHELD "withheld: fewer than 3 people"

static double
pc(double rate)
{
	return isfinite(rate) ? 100.0 * rate : 0.0;
}

static void
figure(FILE *out, const char *label, const char *value, const char *note)
{
	fprintf(out, "<div class=\"fig\"><div class=\"v\">%s</div><div class=\"l\">", value);
	esc(out, label);
	fputs("</div>", out);
	if (note != NULL && *note != '\0') {
		fputs("<div class=\"n\">", out);
		esc(out, note);
		fputs("</div>", out);
	}
	fputs("</div>\n", out);
}

/* Days of the month up to through, today included: the open days after it,
 * of a month in progress, have no bar yet (a closed one still shows "-"). */
static int
days_so_far(const struct stats_month *m)
{
	struct local_date d;
	int minute;

	if (m->complete)
		return m->days;
	caltime_from_utc(m->through, &d, &minute);
	return d.day;
}

static void
daily_chart(FILE *out, const struct stats_month *m)
{
	const int w = 18, hgt = 120, left = 34, top = 10;
	int so_far = days_so_far(m);

	fprintf(out, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
	    "role=\"img\" aria-label=\"desk occupancy by day\">\n", left + m->days * w + 10,
	    hgt + top + 30);
	for (int p = 0; p <= 100; p += 50) {
		int y = top + hgt - hgt * p / 100;
		fprintf(out, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#bbb\"/>"
		    "<text x=\"0\" y=\"%d\" font-size=\"10\">%d%%</text>\n", left, y,
		    left + m->days * w, y, y + 4, p);
	}
	for (int d = 0; d < m->days; d++) {
		double share = m->available[d] > 0 ? m->occupied[d] / m->available[d] : 0;
		int bh = (int)lround(share * hgt), x = left + d * w;
		if (m->open[d] && d < so_far && m->withheld.day[d])
			fprintf(out, "<text x=\"%d\" y=\"%d\" font-size=\"8\" transform=\"rotate(-90 %d %d)\">"
			    "withheld</text>\n", x + 12, top + hgt - 2, x + 12, top + hgt - 2);
		else if (m->open[d] && d < so_far)
			numfmt_fprintf(out, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" "
			    "fill=\"#2b6cb0\"><title>%d: %.0f%%</title></rect>\n", x + 2, top + hgt - bh,
			    w - 4, bh, d + 1, 100 * share);
		else if (!m->open[d])
			fprintf(out, "<text x=\"%d\" y=\"%d\" font-size=\"10\">-</text>\n", x + 6,
			    top + hgt - 2);
		fprintf(out, "<text x=\"%d\" y=\"%d\" font-size=\"9\">%d</text>\n", x + 3,
		    top + hgt + 14, d + 1);
	}
	fputs("</svg>\n", out);
}

static void
heat_map(FILE *out, const struct stats_month *m)
{
	static const char *const wd[] = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };
	const int cw = 42, ch = 22, left = 36, top = 16;
	int hours = m->last_hour - m->first_hour + 1;
	double max = 0;

	for (int d = 0; d < 7; d++)
		for (int h = m->first_hour; h <= m->last_hour; h++)
			if (m->heat[d][h] > max)
				max = m->heat[d][h];
	if (m->withheld.heat_all) {
		fputs("<p>" HTML_WITHHELD "</p>\n", out);
		return;
	}
	fprintf(out, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
	    "role=\"img\" aria-label=\"occupied desk-hours by weekday and hour\">\n",
	    left + hours * cw + 4, top + 7 * ch + 4);
	for (int h = m->first_hour; h <= m->last_hour; h++)
		fprintf(out, "<text x=\"%d\" y=\"11\" font-size=\"10\">%02d</text>\n",
		    left + (h - m->first_hour) * cw + 14, h);
	for (int d = 0; d < 7; d++) {
		fprintf(out, "<text x=\"0\" y=\"%d\" font-size=\"11\">%s</text>\n",
		    top + d * ch + 15, wd[d]);
		for (int h = m->first_hour; h <= m->last_hour; h++) {
			double v = m->heat[d][h], o = max > 0 ? v / max : 0;
			int x = left + (h - m->first_hour) * cw, y = top + d * ch;
			if (m->withheld.heat[d * 24 + h]) {
				fprintf(out, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#eee\" "
				    "stroke=\"#ddd\"/><text x=\"%d\" y=\"%d\" font-size=\"8\" fill=\"#333\">"
				    "withheld</text>\n", x, y, cw - 1, ch - 1, x + 3, y + 14);
				continue;
			}
			numfmt_fprintf(out, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" "
			    "fill=\"#c05621\" "
			    "fill-opacity=\"%.2f\" stroke=\"#ddd\"/>"
			    "<text x=\"%d\" y=\"%d\" font-size=\"10\" fill=\"%s\">%.1f</text>\n",
			    x, y, cw - 1, ch - 1, o, x + 8, y + 15, o > 0.55 ? "#fff" : "#333", v);
		}
	}
	fputs("</svg>\n", out);
}

static void
page_head(FILE *out, const char *title, const char *month)
{
	fputs("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n"
	    "<head>\n<meta charset=\"utf-8\"/>\n<title>", out);
	esc(out, title);
	fprintf(out, " \xe2\x80\x94 %s</title>\n<style>\n"
	    "body{font-family:sans-serif;margin:2em;color:#222;max-width:60em}\n"
	    "h1{margin-bottom:0}.sub{color:#555;margin-top:.2em}\n"
	    ".figs{display:flex;flex-wrap:wrap;gap:.8em;margin:1.2em 0}\n"
	    ".fig{border:1px solid #ccc;border-radius:4px;padding:.6em .9em;min-width:9em}\n"
	    ".fig .v{font-size:1.6em;font-weight:bold}.fig .l{color:#444}.fig .n{color:#777;"
	    "font-size:.85em}\n"
	    "table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #ccc;"
	    "padding:.25em .6em;text-align:right}th{background:#f3f3f3}td:first-child,"
	    "th:first-child{text-align:left}\n"
	    "@media print{body{margin:0}.figs{gap:.4em}}\n</style>\n</head>\n<body>\n", month);
}

/* The key figures, the charts and the tables of m. */
static void
page_figures(FILE *out, const struct stats_month *m, bool daily)
{
	char v[64], n[128];

	fputs("<div class=\"figs\">\n", out);
	numfmt_snprintf(v, sizeof v, "%.0f%%", pc(m->occupancy_rate));
	numfmt_snprintf(n, sizeof n, "%.1f of %.1f desk-hours", m->occupied_desk_hours,
	    m->available_desk_hours);
	figure(out, "desk occupancy", v, n);
	numfmt_snprintf(v, sizeof v, "%.0f%%", pc(m->booking_rate));
	numfmt_snprintf(n, sizeof n, "%.1f desk-hours booked", m->booked_desk_hours);
	figure(out, "booked", v, n);
	snprintf(v, sizeof v, "%d", m->visits);
	snprintf(n, sizeof n, "%d visitor-days, %d guests", m->visitor_days, m->guest_visits);
	figure(out, "visits", v, n);
	snprintf(v, sizeof v, "%d", m->unique_visitors);
	if (m->withheld.from_elsewhere)
		snprintf(n, sizeof n, "%d new, from elsewhere withheld", m->new_members);
	else
		snprintf(n, sizeof n, "%d new, %d from elsewhere", m->new_members, m->from_elsewhere);
	figure(out, "unique visitors", v, n);
	snprintf(v, sizeof v, "%d", m->bookings);
	numfmt_snprintf(n, sizeof n, "%d no-shows (%.0f%%)", m->no_shows, pc(m->no_show_rate));
	figure(out, "bookings", v, n);
	snprintf(v, sizeof v, "%d", m->peak_presence);
	figure(out, "peak presence", v, m->withheld.peak ? "when: withheld" :
	    m->peak_label[0] ? m->peak_label : "nobody came");
	snprintf(v, sizeof v, "%d", m->organisations);
	figure(out, "organisations", v, "among visiting members");
	numfmt_snprintf(v, sizeof v, "%.1f", m->room_booked_hours);
	figure(out, "room hours booked", v, NULL);
	fputs("</div>\n", out);
	if (daily) {
		fputs("<h2>Desk occupancy by day</h2>\n", out);
		daily_chart(out, m);
	}
	fputs("<h2>Occupied desk-hours by weekday and hour</h2>\n", out);
	heat_map(out, m);
	fputs("<h2>Visitors by category</h2>\n<table>\n<tr><th>category</th><th>visits</th>"
	    "<th>unique visitors</th></tr>\n", out);
	if (m->withheld.categories)
		fputs("<tr><td colspan=\"3\">" HTML_WITHHELD "</td></tr>\n", out);
	for (int i = 0; i < STATS_CATEGORIES && !m->withheld.categories; i++)
		fprintf(out, "<tr><td>%s</td><td>%d</td><td>%d</td></tr>\n", member_categories[i],
		    m->category_visits[i], m->category_unique[i]);
	fputs("</table>\n<h2>Unique visitors by home municipality</h2>\n<table>\n"
	    "<tr><th>municipality</th><th>unique visitors</th></tr>\n", out);
	if (m->withheld.municipalities)
		fputs("<tr><td colspan=\"2\">" HTML_WITHHELD "</td></tr>\n", out);
	for (int i = 0; i < m->nmunicipalities; i++) {
		fputs("<tr><td>", out);
		esc(out, municipality_name_of(m->municipalities[i].name, i18n_current()));
		fprintf(out, "</td><td>%d</td></tr>\n", (int)m->municipalities[i].value);
	}
	if (m->withheld.from_elsewhere)
		fputs("<tr><th>from elsewhere</th><th>withheld</th></tr>\n</table>\n", out);
	else
		fprintf(out, "<tr><th>from elsewhere</th><th>%d</th></tr>\n</table>\n",
		    m->from_elsewhere);
	if (m->nrooms > 0) {
		fputs("<h2>Rooms</h2>\n<table>\n<tr><th>room</th><th>hours booked</th></tr>\n", out);
		if (m->withheld.rooms_all)
			fputs("<tr><td colspan=\"2\">" HTML_WITHHELD "</td></tr>\n", out);
		for (int i = 0; i < m->nrooms && !m->withheld.rooms_all; i++) {
			fputs("<tr><td>", out);
			esc(out, m->rooms[i].name);
			if (m->withheld.room[i])
				fputs("</td><td>withheld</td></tr>\n", out);
			else
				numfmt_fprintf(out, "</td><td>%.1f</td></tr>\n", m->rooms[i].value);
		}
		fputs("</table>\n", out);
	}
}

static void
page_end(FILE *out)
{
	fputs("<p class=\"sub\">Definitions: docs/metrics.md of hubdesk. Figures are aggregates; "
	    "no person is named.</p>\n</body>\n</html>\n", out);
}

void
report_html(FILE *out, const struct report_hub *h, const struct stats_month *m)
{
	char month[REPORT_PERIOD];

	report_period(m, month);
	page_head(out, h->name, month);
	fputs("<h1>", out);
	esc(out, h->name);
	fputs("</h1>\n<p class=\"sub\">", out);
	esc(out, municipality_name_of(h->municipality, i18n_current()));
	if (h->region[0] != '\0') {
		fputs(", ", out);
		esc(out, h->region);
	}
	fprintf(out, " \xc2\xb7 %s \xc2\xb7 hub %s</p>\n", month, h->uuid);
	page_figures(out, m, true);
	page_end(out);
}

void
report_html_rollup(FILE *out, const struct rollup_item *items, size_t n,
    const struct stats_month *t, const char *label)
{
	page_head(out, "Network", label);
	fprintf(out, "<h1>Network of %zu dump%s</h1>\n<p class=\"sub\">%s \xc2\xb7 unique "
	    "visitors, organisations and municipalities are sums over hubs</p>\n<table>\n"
	    "<tr><th>hub</th><th>municipality</th><th>month</th><th>occupancy</th><th>booked</th>"
	    "<th>visits</th><th>unique visitors</th><th>no-shows</th></tr>\n", n, n == 1 ? "" : "s",
	    label);
	for (size_t i = 0; i < n; i++) {
		const struct stats_month *m = &items[i].m;
		fputs("<tr><td>", out);
		esc(out, items[i].hub.name);
		fputs("</td><td>", out);
		esc(out, municipality_name_of(items[i].hub.municipality, i18n_current()));
		numfmt_fprintf(out, "</td><td>%s</td><td>%.0f%%</td><td>%.0f%%</td><td>%d</td>"
		    "<td>%d</td><td>%d</td></tr>\n", items[i].month,
		    m->available_desk_hours > 0 ? pc(m->occupied_desk_hours / m->available_desk_hours) : 0,
		    m->available_desk_hours > 0 ? pc(m->booked_desk_hours / m->available_desk_hours) : 0,
		    m->visits, m->unique_visitors, m->no_shows);
	}
	fputs("</table>\n<h2>Network total</h2>\n", out);
	page_figures(out, t, false);
	page_end(out);
}
