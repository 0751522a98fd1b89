/* The month's report as one self-contained HTML page, in the language of
 * the process (--lang, the config, the locale): key figures, a bar a day of
 * desk occupancy and the weekday × hour heat map as inline SVG, the category
 * and municipality tables, and an appendix that defines every figure, so the
 * page stands alone when it is printed and sent to a funder. No script, no
 * network, nothing to fetch, and no internal identifier (no UUID, no member
 * code); written as well-formed XML so a strict parser reads it too, and
 * laid out for A4 with no table or chart split over two pages. Every shade
 * also carries its number. Numbers people read go through i18n_number (a
 * decimal comma in fi and sv); an SVG attribute keeps numfmt's point. */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "hubdesk/caltime.h"
#include "hubdesk/i18n.h"
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

/* "withheld: fewer than 3 people", and a withheld cell's one word. */
#define HTML_WHY() _("withheld: fewer than 3 people")
#define HTML_WITHHELD() C_("report", "withheld")

static void
figure(FILE *out, const char *label, const char *value, const char *note)
{
	fputs("<div class=\"fig\"><div class=\"v\">", out);
	esc(out, value);
	fputs("</div><div class=\"l\">", out);
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

/* An <svg> of w × h that shrinks to the page's width when printed. */
static void
html_svg_open(FILE *out, int w, int h, const char *label)
{
	fprintf(out, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
	    "viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"", w, h, w, h);
	esc(out, label);
	fputs("\">\n", out);
}

static void
daily_chart(FILE *out, const struct stats_month *m)
{
	const int w = 18, hgt = 120, left = 34, top = 10;
	int so_far = days_so_far(m);
	char pct[I18N_DATE_MAX];

	html_svg_open(out, left + m->days * w + 10, hgt + top + 30, _("desk occupancy by day"));
	for (int p = 0; p <= 100; p += 50) {
		int y = top + hgt - hgt * p / 100;
		fprintf(out, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#bbb\"/>"
		    "<text x=\"0\" y=\"%d\" font-size=\"10\">%d %%</text>\n", left, y,
		    left + m->days * w, y, y + 4, p);
	}
	for (int d = 0; d < m->days; d++) {
		double share = m->available[d] > 0 ? m->occupied[d] / m->available[d] : 0;
		int bh = (int)lround(share * hgt), x = left + d * w;
		if (m->open[d] && d < so_far && m->withheld.day[d]) {
			fprintf(out, "<text x=\"%d\" y=\"%d\" font-size=\"8\" transform=\"rotate(-90 %d %d)\">",
			    x + 12, top + hgt - 2, x + 12, top + hgt - 2);
			esc(out, HTML_WITHHELD());
			fputs("</text>\n", out);
		} else if (m->open[d] && d < so_far) {
			fprintf(out, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" "
			    "fill=\"#2b6cb0\"><title>%d: %s</title></rect>\n", x + 2, top + hgt - bh,
			    w - 4, bh, d + 1, report_percent(pct, sizeof pct, share, 0));
		} else if (!m->open[d]) {
			fprintf(out, "<text x=\"%d\" y=\"%d\" font-size=\"10\">-</text>\n", x + 6,
			    top + hgt - 2);
		}
		fprintf(out, "<text x=\"%d\" y=\"%d\" font-size=\"9\">%d</text>\n", x + 3,
		    top + hgt + 14, d + 1);
	}
	fputs("</svg>\n", out);
}

static void
heat_map(FILE *out, const struct stats_month *m)
{
	const int cw = 42, ch = 22, left = 36, top = 16;
	int hours = m->last_hour - m->first_hour + 1;
	double max = 0;
	char text[I18N_DATE_MAX];

	for (int d = 0; d < 7; d++)
		for (int h = m->first_hour; h <= m->last_hour; h++)
			if (m->heat[d][h] > max)
				max = m->heat[d][h];
	if (m->withheld.heat_all) {
		fputs("<p>", out);
		esc(out, HTML_WHY());
		fputs("</p>\n", out);
		return;
	}
	html_svg_open(out, left + hours * cw + 4, top + 7 * ch + 4,
	    _("occupied desk-hours by weekday and hour"));
	for (int h = m->first_hour; h <= m->last_hour; h++)
		fprintf(out, "<text x=\"%d\" y=\"11\" font-size=\"10\">%02d</text>\n",
		    left + (h - m->first_hour) * cw + 14, h);
	for (int d = 0; d < 7; d++) {
		fprintf(out, "<text x=\"0\" y=\"%d\" font-size=\"11\">", top + d * ch + 15);
		esc(out, i18n_weekday(text, sizeof text, d));
		fputs("</text>\n", out);
		for (int h = m->first_hour; h <= m->last_hour; h++) {
			double v = m->heat[d][h], o = max > 0 ? v / max : 0;
			int x = left + (h - m->first_hour) * cw, y = top + d * ch;
			if (m->withheld.heat[d * 24 + h]) {
				fprintf(out, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#eee\" "
				    "stroke=\"#ddd\"/><text x=\"%d\" y=\"%d\" font-size=\"8\" fill=\"#333\">",
				    x, y, cw - 1, ch - 1, x + 3, y + 14);
				esc(out, HTML_WITHHELD());
				fputs("</text>\n", out);
				continue;
			}
			numfmt_fprintf(out, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" "
			    "fill=\"#c05621\" fill-opacity=\"%.2f\" stroke=\"#ddd\"/>"
			    "<text x=\"%d\" y=\"%d\" font-size=\"10\" fill=\"%s\">", x, y, cw - 1, ch - 1,
			    o, x + 8, y + 15, o > 0.55 ? "#fff" : "#333");
			fprintf(out, "%s</text>\n", i18n_number(text, sizeof text, v, 1));
		}
	}
	fputs("</svg>\n", out);
}

/* A4, and nothing that belongs together split by a page break: a table, a
 * chart with its heading, the key figures, a definition. */
static const char html_style[] =
    "@page{size:A4;margin:15mm 14mm}\n"
    "body{font-family:sans-serif;margin:2em;color:#222;max-width:60em}\n"
    "h1{margin-bottom:0}.sub{color:#555;margin-top:.2em}\n"
    ".figs{display:flex;flex-wrap:wrap;gap:.8em;margin:1.2em 0}\n"
    ".fig{border:1px solid #ccc;border-radius:4px;padding:.6em .9em;min-width:9em}\n"
    ".fig .v{font-size:1.6em;font-weight:bold}.fig .l{color:#444}.fig .n{color:#777;"
    "font-size:.85em}\n"
    "table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #ccc;"
    "padding:.25em .6em;text-align:right}th{background:#f3f3f3}td:first-child,"
    "th:first-child{text-align:left}\n"
    "svg{max-width:100%;height:auto}\n"
    "section,table,figure,svg,.figs,.fig,dl>div{break-inside:avoid;page-break-inside:avoid}\n"
    "h2{break-after:avoid;page-break-after:avoid}\n"
    "dt{font-weight:bold;margin-top:.5em}dd{margin-left:1.5em}\n"
    "@media print{body{margin:0;max-width:none;font-size:10pt}.figs{gap:.4em}"
    ".appendix{break-before:page;page-break-before:always}}\n";

static void
page_head(FILE *out, const char *title, const char *when)
{
	fprintf(out, "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"%s\">\n"
	    "<head>\n<meta charset=\"utf-8\"/>\n<title>", i18n_code(i18n_current()));
	esc(out, title);
	fputs(" \xe2\x80\x94 ", out);
	esc(out, when);
	fprintf(out, "</title>\n<style>\n%s</style>\n</head>\n<body>\n", html_style);
}

/* A heading and what it heads, kept on one page. */
static void
section_open(FILE *out, const char *heading)
{
	fputs("<section>\n<h2>", out);
	esc(out, heading);
	fputs("</h2>\n", out);
}

/* A table's header row of n cells. */
static void
table_open(FILE *out, int n, ...)
{
	va_list ap;

	va_start(ap, n);
	fputs("<table>\n<tr>", out);
	for (int i = 0; i < n; i++) {
		fputs("<th>", out);
		esc(out, va_arg(ap, const char *));
		fputs("</th>", out);
	}
	fputs("</tr>\n", out);
	va_end(ap);
}

/* A row of a name and one figure, or a row saying the rows are withheld. */
static void
table_row(FILE *out, const char *cell, const char *name, const char *value)
{
	fprintf(out, "<tr><%s>", cell);
	esc(out, name);
	fprintf(out, "</%s><%s>", cell, cell);
	esc(out, value);
	fprintf(out, "</%s></tr>\n", cell);
}

static void
table_withheld(FILE *out, int columns)
{
	fprintf(out, "<tr><td colspan=\"%d\">", columns);
	esc(out, HTML_WHY());
	fputs("</td></tr>\n", out);
}

/* The key figures of m. */
static void
page_key_figures(FILE *out, const struct stats_month *m)
{
	char v[64], n[320], a[128], b[128];

	fputs("<div class=\"figs\">\n", out);
	i18n_number(a, sizeof a, m->occupied_desk_hours, 1);
	i18n_number(b, sizeof b, m->available_desk_hours, 1);
	snprintf(n, sizeof n, _("%s of %s desk-hours"), a, b);
	figure(out, C_("report", "desk occupancy"), report_percent(v, sizeof v, m->occupancy_rate, 0),
	    n);
	snprintf(n, sizeof n, _("%s desk-hours booked"),
	    i18n_number(a, sizeof a, m->booked_desk_hours, 1));
	figure(out, C_("report", "booked"), report_percent(v, sizeof v, m->booking_rate, 0), n);
	snprintf(a, sizeof a, ngettext("%d visitor-day", "%d visitor-days", m->visitor_days),
	    m->visitor_days);
	snprintf(b, sizeof b, ngettext("%d guest", "%d guests", m->guest_visits), m->guest_visits);
	snprintf(n, sizeof n, "%s, %s", a, b);
	snprintf(v, sizeof v, "%d", m->visits);
	figure(out, C_("report", "visits"), v, n);
	snprintf(a, sizeof a, ngettext("%d new", "%d new", m->new_members), m->new_members);
	if (m->withheld.from_elsewhere)
		snprintf(b, sizeof b, "%s", _("from elsewhere withheld"));
	else
		snprintf(b, sizeof b, _("%d from elsewhere"), m->from_elsewhere);
	snprintf(n, sizeof n, "%s, %s", a, b);
	snprintf(v, sizeof v, "%d", m->unique_visitors);
	figure(out, C_("report", "unique visitors"), v, n);
	snprintf(n, sizeof n, ngettext("%d no-show (%s)", "%d no-shows (%s)", m->no_shows),
	    m->no_shows, report_percent(a, sizeof a, m->no_show_rate, 0));
	snprintf(v, sizeof v, "%d", m->bookings);
	figure(out, C_("report", "bookings"), v, n);
	snprintf(v, sizeof v, "%d", m->peak_presence);
	figure(out, C_("report", "peak presence"), v, m->withheld.peak ? _("when: withheld") :
	    m->peak_label[0] ? report_when(n, sizeof n, m->peak_label) : _("nobody came"));
	snprintf(v, sizeof v, "%d", m->organisations);
	figure(out, C_("report", "organisations"), v, _("among visiting members"));
	figure(out, C_("report", "room hours booked"),
	    i18n_number(v, sizeof v, m->room_booked_hours, 1), NULL);
	fputs("</div>\n", out);
}

/* The charts and the tables of m. */
static void
page_figures(FILE *out, const struct stats_month *m, bool daily)
{
	char v[64], c[64];

	page_key_figures(out, m);
	if (daily) {
		section_open(out, _("Desk occupancy by day"));
		daily_chart(out, m);
		fputs("</section>\n", out);
	}
	section_open(out, _("Occupied desk-hours by weekday and hour"));
	heat_map(out, m);
	fputs("</section>\n", out);
	section_open(out, _("Visitors by category"));
	table_open(out, 3, C_("report", "category"), C_("report", "visits"),
	    C_("report", "unique visitors"));
	if (m->withheld.categories)
		table_withheld(out, 3);
	for (int i = 0; i < STATS_CATEGORIES && !m->withheld.categories; i++) {
		fputs("<tr><td>", out);
		esc(out, report_category(i));
		fprintf(out, "</td><td>%d</td><td>%d</td></tr>\n", m->category_visits[i],
		    m->category_unique[i]);
	}
	fputs("</table>\n</section>\n", out);
	section_open(out, _("Unique visitors by home municipality"));
	table_open(out, 2, C_("report", "municipality"), C_("report", "unique visitors"));
	if (m->withheld.municipalities)
		table_withheld(out, 2);
	for (int i = 0; i < m->nmunicipalities; i++) {
		snprintf(v, sizeof v, "%d", (int)m->municipalities[i].value);
		table_row(out, "td", report_municipality(m->municipalities[i].name), v);
	}
	snprintf(v, sizeof v, "%d", m->from_elsewhere);
	table_row(out, "th", C_("report", "from elsewhere"),
	    m->withheld.from_elsewhere ? HTML_WITHHELD() : v);
	fputs("</table>\n</section>\n", out);
	if (m->nrooms > 0) {
		section_open(out, _("Rooms"));
		table_open(out, 2, C_("report", "room"), C_("report", "hours booked"));
		if (m->withheld.rooms_all)
			table_withheld(out, 2);
		for (int i = 0; i < m->nrooms && !m->withheld.rooms_all; i++)
			table_row(out, "td", report_place(m->rooms[i].name), m->withheld.room[i] ?
			    HTML_WITHHELD() : i18n_number(c, sizeof c, m->rooms[i].value, 1));
		fputs("</table>\n</section>\n", out);
	}
}

/* What each figure means (docs/metrics.md), so the printed page needs no
 * other document. */
static const char *const html_terms[][2] = {
	{ NC_("report", "desk-hours available"), N_("For each day the hub was open: the desks "
	    "in use that day times that day's opening hours, summed over the month. Days with "
	    "no opening hours, public holidays and closed dates count for nothing.") },
	{ NC_("report", "desk occupancy"), N_("Occupied desk-hours divided by available "
	    "desk-hours. A desk-hour is occupied while a member is checked in at the desk, within "
	    "opening hours; a visit left open counts until that day's closing time.") },
	{ NC_("report", "booked"), N_("Booked desk-hours divided by available desk-hours. "
	    "Booked desk-hours are the desk bookings that were not cancelled, no-shows included, "
	    "within opening hours; a walk-in's desk is not a booking.") },
	{ NC_("report", "visits"), N_("Members' check-ins in the month. A visitor-day is one "
	    "member on one date, however many times they checked in; guests are the guests "
	    "signed in.") },
	{ NC_("report", "unique visitors"), N_("Different members who checked in during the "
	    "month. New ones checked in for the first time ever; those from elsewhere have a "
	    "known home municipality other than the hub's.") },
	{ NC_("report", "bookings"), N_("Bookings of any space starting in the month that were "
	    "not cancelled. A no-show is a booking whose member was not in the hub during its "
	    "check-in window; the no-show rate is no-shows divided by bookings.") },
	{ NC_("report", "peak presence"), N_("The most people, members and guests, in the hub "
	    "at one moment, and the first time it happened.") },
	{ NC_("report", "organisations"), N_("Different organisations among the members who "
	    "visited.") },
	{ NC_("report", "room hours booked"), N_("Hours of room bookings that were not "
	    "cancelled, within opening hours.") },
};

static void
page_appendix(FILE *out, bool network)
{
	fputs("<section class=\"appendix\">\n<h2>", out);
	esc(out, _("Appendix: definitions"));
	fputs("</h2>\n<p>", out);
	esc(out, _("All figures are for one calendar month in the hub's local time. Opening hours "
	    "are the hub's hours on the days it was open; hours are decimal hours."));
	fputs("</p>\n<dl>\n", out);
	for (size_t i = 0; i < sizeof html_terms / sizeof html_terms[0]; i++) {
		fputs("<div><dt>", out);
		esc(out, i18n_cgettext("report", html_terms[i][0]));
		fputs("</dt><dd>", out);
		esc(out, _(html_terms[i][1]));
		fputs("</dd></div>\n", out);
	}
	fputs("</dl>\n<p>", out);
	esc(out, _("Every rate is computed from the month's sums, never averaged, and is 0 when "
	    "there is nothing to divide by. A month in progress is counted up to the moment the "
	    "report was made, and says so."));
	fputs("</p>\n<p>", out);
	esc(out, _("Small cells: no figure may describe one or two people. In a public report, "
	    "a monthly dump and a network total, a category or municipality of one or two people "
	    "is counted under other, and an hour of the week, a day, a room or a figure made by one "
	    "or two people is withheld; the totals do not change. Figures are aggregates and no "
	    "person is named."));
	fputs("</p>\n", out);
	if (network) {
		fputs("<p>", out);
		esc(out, _("In a network total, hours and counts are summed over the hubs and rates "
		    "computed from the sums. Unique visitors, organisations and municipalities can only "
		    "be summed over hubs: a person who visits two hubs counts twice."));
		fputs("</p>\n", out);
	}
	fputs("</section>\n</body>\n</html>\n", out);
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
	fputs(" \xc2\xb7 ", out);
	esc(out, month);
	fputs("</p>\n", out);
	page_figures(out, m, true);
	page_appendix(out, false);
}

void
report_html_rollup_head(FILE *out, size_t n, const char *label)
{
	char months[REPORT_PERIOD], title[128];

	report_months(months, sizeof months, label);
	snprintf(title, sizeof title, ngettext("Network of %zu dump", "Network of %zu dumps", n), n);
	page_head(out, title, months);
	fputs("<h1>", out);
	esc(out, title);
	fputs("</h1>\n<p class=\"sub\">", out);
	esc(out, months);
	fputs(" \xc2\xb7 ", out);
	esc(out, _("unique visitors, organisations and municipalities are sums over hubs"));
	fputs("</p>\n<section>\n", out);
	table_open(out, 8, C_("report", "hub"), C_("report", "municipality"), C_("report", "month"),
	    C_("report", "occupancy"), C_("report", "booked"), C_("report", "visits"),
	    C_("report", "unique visitors"), C_("report", "no-shows"));
}

void
report_html_rollup_row(FILE *out, const struct rollup_item *it)
{
	char months[REPORT_PERIOD], a[I18N_DATE_MAX], b[I18N_DATE_MAX];
	const struct stats_month *m = &it->m;
	double avail = m->available_desk_hours;

	fputs("<tr><td>", out);
	esc(out, it->hub.name);
	fputs("</td><td>", out);
	esc(out, report_municipality(it->hub.municipality));
	fputs("</td><td>", out);
	esc(out, report_months(months, sizeof months, it->month));
	fprintf(out, "</td><td>%s</td><td>%s</td><td>%d</td><td>%d</td><td>%d</td></tr>\n",
	    report_percent(a, sizeof a, avail > 0 ? m->occupied_desk_hours / avail : 0, 0),
	    report_percent(b, sizeof b, avail > 0 ? m->booked_desk_hours / avail : 0, 0),
	    m->visits, m->unique_visitors, m->no_shows);
}

void
report_html_rollup_tail(FILE *out, const struct stats_month *t)
{
	fputs("</table>\n</section>\n<h2>", out);
	esc(out, _("Network total"));
	fputs("</h2>\n", out);
	page_figures(out, t, false);
	page_appendix(out, true);
}

/* The network's pages (network report, network hubs): a heading, tables
 * of text cells, and, for figures, the appendix of definitions. */
void
report_html_page_open(FILE *out, const char *title, const char *sub)
{
	page_head(out, title, sub);
	fputs("<h1>", out);
	esc(out, title);
	fputs("</h1>\n<p class=\"sub\">", out);
	esc(out, sub);
	fputs("</p>\n", out);
}

void
report_html_table(FILE *out, const char *heading, int ncols, const char *const *heads)
{
	fputs("<section>\n", out);
	if (heading != NULL) {
		fputs("<h2>", out);
		esc(out, heading);
		fputs("</h2>\n", out);
	}
	fputs("<table>\n<tr>", out);
	for (int i = 0; i < ncols; i++) {
		fputs("<th>", out);
		esc(out, heads[i]);
		fputs("</th>", out);
	}
	fputs("</tr>\n", out);
}

void
report_html_row(FILE *out, int ncols, const char *const *cells)
{
	fputs("<tr>", out);
	for (int i = 0; i < ncols; i++) {
		fputs("<td>", out);
		esc(out, cells[i] != NULL ? cells[i] : "");
		fputs("</td>", out);
	}
	fputs("</tr>\n", out);
}

void
report_html_table_end(FILE *out)
{
	fputs("</table>\n</section>\n", out);
}

void
report_html_page_close(FILE *out, bool definitions)
{
	if (definitions)
		page_appendix(out, true);
	else
		fputs("</body>\n</html>\n", out);
}
