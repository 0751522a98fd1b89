/* push, and network init|report|hubs: the hub's dumps sent to the
 * network's central database, and the network read back from it
 * (docs/network.md). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "hubdesk/central.h"
#include "hubdesk/cli.h"
#include "hubdesk/csv.h"
#include "hubdesk/i18n.h"
#include "hubdesk/json.h"
#include "hubdesk/network.h"
#include "hubdesk/numfmt.h"
#include "hubdesk/outfile.h"
#include "hubdesk/report.h"
#include "hubdesk/table.h"
#include "hubdesk/text.h"
#include "hubdesk/xmalloc.h"

/* The connection string: the option, else $HUBDESK_PG, else network_db in
 * the config; NULL after a usage error naming all three. */
const char *
cli_network_conninfo(const struct cli *cli, const struct cli_command *self, const char *given,
    const char *option)
{
	const char *env = getenv("HUBDESK_PG");

	if (given != NULL && *given != '\0')
		return given;
	if (env != NULL && *env != '\0')
		return env;
	if (cli->cfg.network_db[0] != '\0')
		return cli->cfg.network_db;
	cli_usage_error(self, _("which network database? give %s CONNINFO, set HUBDESK_PG, or set "
	    "network_db in the config"), option);
	return NULL;
}

int
cli_network_open(const char *conn, struct central **c)
{
	char *err = NULL;
	enum hd_status st = central_open(conn, c, &err);

	return st == HD_OK ? 0 : cli_fail(st, err);
}

/* The database's answer, for people. */
static const char *
push_word(const char *result)
{
	if (strcmp(result, "stored") == 0)
		return _("stored");
	if (strcmp(result, "unchanged") == 0)
		return _("already there, unchanged");
	if (strcmp(result, "replaced") == 0)
		return _("replaced the older dump of the month");
	if (strcmp(result, "older") == 0)
		return _("kept as history: the database holds a newer dump of the month");
	return result;
}

static int
push_one(struct cli *cli, struct central *c, struct local_date first)
{
	char result[16], *err = NULL;
	enum hd_status st = network_push_month(cli->hd, c, first, result, &err);

	if (st != HD_OK)
		return cli_fail(st, err);
	printf("%04d-%02d: %s\n", first.year, first.month, push_word(result));
	return 0;
}

static int
run_push(struct cli *cli, const struct cli_command *self, int argc, char **argv)
{
	const char *month = NULL, *to = NULL, *conn;
	bool pending = false;
	const struct cli_opt opts[] = {
		{ "month", &month, NULL }, { "pending", NULL, &pending }, { "to", &to, NULL },
		{ NULL, NULL, NULL },
	};
	struct central *c = NULL;
	struct local_date first, *months = NULL;
	char *err = NULL, safe[TEXT_SAFE];
	size_t n = 0;
	int rc;

	if ((rc = cli_args(self, argc, argv, opts, NULL, 0, 0)) != 0)
		return rc;
	if ((month == NULL) == !pending)
		return cli_usage_error(self, _("give --month YYYY-MM or --pending"));
	if (month != NULL && caltime_parse_month(month, &first) != 0)
		return cli_usage_error(self, _("--month '%s' is not a month; write YYYY-MM"),
		    text_safe(month, safe));
	if ((conn = cli_network_conninfo(cli, self, to, "--to")) == NULL)
		return HD_INVALID;
	if ((rc = cli_open(cli)) != 0 || (rc = cli_network_open(conn, &c)) != 0)
		return rc;
	if (pending) {
		enum hd_status st = network_pending(cli->hd, c, &months, &n, &err);
		if (st != HD_OK)
			rc = cli_fail(st, err);
		else if (n == 0)
			puts(_("nothing to push: every month that has ended is in the network's database"));
	} else {
		rc = push_one(cli, c, first);
	}
	/* In order; the first failure stops, and what went before stays
	 * recorded: the rest are still pending next time. */
	for (size_t i = 0; pending && i < n && rc == 0; i++)
		rc = push_one(cli, c, months[i]);
	central_close(c);
	free(months);
	return rc;
}

const struct cli_command cli_cmd_push = {
	"push", "--month YYYY-MM|--pending [--to CONNINFO]",
	N_("send the month's dump to the network's central database (docs/network.md)"),
	N_("--pending sends every month that has ended since the hub was made and is not yet\n"
	"acknowledged, oldest first. CONNINFO is a PostgreSQL connection string (libpq's:\n"
	"'host=db.example.fi dbname=hubnet user=kuortane sslmode=verify-full'); without\n"
	"--to, HUBDESK_PG or network_db in the config gives it. The dump is the one\n"
	"'hubdesk dump' writes: aggregates only. A push the database acknowledged is\n"
	"recorded in the hub's database; one that fails changes nothing and is tried again\n"
	"by the next --pending. Pushing a month twice stores it once. Needs PostgreSQL's\n"
	"client library (libpq5), loaded only by push and network.\n"),
	run_push,
};

static int
run_network_init(struct cli *cli, const struct cli_command *self, int argc, char **argv)
{
	const char *to = NULL, *conn;
	const struct cli_opt opts[] = { { "to", &to, NULL }, { NULL, NULL, NULL } };
	struct central *c;
	char *err = NULL;
	int rc, from, level;
	enum hd_status st;

	if ((rc = cli_args(self, argc, argv, opts, NULL, 0, 0)) != 0)
		return rc;
	if ((conn = cli_network_conninfo(cli, self, to, "--to")) == NULL)
		return HD_INVALID;
	if ((rc = cli_network_open(conn, &c)) != 0)
		return rc;
	st = central_migrate(c, &from, &level, &err);
	central_close(c);
	if (st != HD_OK)
		return cli_fail(st, err);
	if (from == level)
		printf(_("the network's database is up to date (level %d)\n"), level);
	else
		printf(_("the network's database is now at level %d (it was at %d)\n"), level, from);
	return 0;
}

/* One row of hubdesk.network_figures, as the database wrote its numbers:
 * the exact decimals that make the report equal a file roll-up's. */
enum {
	F_PLACE, F_PERIOD, F_DUMPS, F_HUBS, F_AVAIL, F_BOOKED, F_OCCUPIED, F_BOOKING_RATE,
	F_OCCUPANCY_RATE, F_BOOKINGS, F_NO_SHOWS, F_NO_SHOW_RATE, F_VISITS, F_GUEST_VISITS,
	F_UNIQUE, F_VISITOR_DAYS, F_NEW_MEMBERS, F_ORGANISATIONS, F_FROM_ELSEWHERE, F_PEAK,
	F_ROOM_HOURS, F_FIRST, F_LAST, F_COUNT
};
#define FIGURES_SQL "SELECT place, period, dumps, hubs, available_desk_hours, booked_desk_hours, " \
	"occupied_desk_hours, booking_rate, occupancy_rate, bookings, no_shows, no_show_rate, " \
	"visits, guest_visits, unique_visitors, visitor_days, new_members, organisations, " \
	"from_elsewhere, peak_presence, room_booked_hours, first_month, last_month " \
	"FROM hubdesk.network_figures_for($1) WHERE period = $1 "

/* The JSON and CSV keys of the fields, as a roll-up's. */
static const char *const field_key[F_COUNT] = { "place", "period", "dumps", "hubs",
	"available_desk_hours", "booked_desk_hours", "occupied_desk_hours", "booking_rate",
	"occupancy_rate", "bookings", "no_shows", "no_show_rate", "visits", "guest_visits",
	"unique_visitors", "visitor_days", "new_members", "organisations", "from_elsewhere",
	"peak_presence", "room_booked_hours", "first_month", "last_month" };

struct figures {
	char *f[F_COUNT]; /* owned; NULL: SQL null (withheld) */
};

char *
cli_network_printable(const char *s)
{
	size_t n = strlen(s) + 1;
	char *out = xmalloc(n);

	text_copy_printable(out, n, s);
	return out;
}

struct figure_rows {
	struct figures *rows;
	size_t n, cap;
};

static int
take_figures(void *ctx, const char *const *fields, int n)
{
	struct figure_rows *r = ctx;
	struct figures *row;

	if (r->n == r->cap) {
		r->cap = r->cap ? r->cap * 2 : 32;
		r->rows = xreallocarray(r->rows, r->cap, sizeof *r->rows);
	}
	row = &r->rows[r->n++];
	for (int i = 0; i < F_COUNT; i++)
		row->f[i] = i < n && fields[i] != NULL ? cli_network_printable(fields[i]) : NULL;
	return 0;
}

static void
figure_rows_free(struct figure_rows *r)
{
	for (size_t i = 0; i < r->n; i++)
		for (int k = 0; k < F_COUNT; k++)
			free(r->rows[i].f[k]);
	free(r->rows);
}

/* A decimal as JSON writes it: "3200.0000" as 3200, "0.0130" as 0.013. */
static const char *
json_decimal(const char *s, char buf[static 64])
{
	size_t n;

	snprintf(buf, 64, "%s", s);
	if (strchr(buf, '.') == NULL)
		return buf;
	n = strlen(buf);
	while (n > 0 && buf[n - 1] == '0')
		buf[--n] = '\0';
	if (n > 0 && buf[n - 1] == '.')
		buf[--n] = '\0';
	return buf;
}

static void
json_figures(FILE *out, const struct figures *r, const char *indent)
{
	char num[64];

	for (int k = 0; k < F_COUNT; k++) {
		fprintf(out, "%s\"%s\": ", indent, field_key[k]);
		if (r->f[k] == NULL)
			fputs("null", out);
		else if (k == F_PLACE || k == F_PERIOD || k == F_FIRST || k == F_LAST)
			table_json_string(out, r->f[k]);
		else
			fputs(json_decimal(r->f[k], num), out);
		fputs(k + 1 < F_COUNT ? ",\n" : "\n", out);
	}
}

static void
csv_figures(struct csv_out *w, const struct figures *r, const char *place)
{
	for (int k = 0; k < F_COUNT; k++) {
		if (k == F_PLACE)
			csv_text(w, place);
		else if (k == F_PERIOD || k == F_FIRST || k == F_LAST)
			csv_text(w, r->f[k]);
		else if (r->f[k] == NULL)
			csv_text(w, NULL);
		else
			csv_number(w, r->f[k]);
	}
	csv_end_row(w);
}

static double
number(const char *s)
{
	char *end;
	return s != NULL ? numfmt_strtod(s, &end) : 0;
}

/* The text and HTML columns of a row. */
static void
row_cells(const struct figures *r, const char *place, char cells[7][REPORT_PERIOD])
{
	snprintf(cells[0], REPORT_PERIOD, "%s", place);
	snprintf(cells[1], REPORT_PERIOD, "%s", r->f[F_HUBS] != NULL ? r->f[F_HUBS] : "0");
	report_percent(cells[2], REPORT_PERIOD, number(r->f[F_OCCUPANCY_RATE]), 1);
	report_percent(cells[3], REPORT_PERIOD, number(r->f[F_BOOKING_RATE]), 1);
	snprintf(cells[4], REPORT_PERIOD, "%s", r->f[F_VISITS] != NULL ? r->f[F_VISITS] : "0");
	snprintf(cells[5], REPORT_PERIOD, "%s", r->f[F_UNIQUE] != NULL ? r->f[F_UNIQUE] : "0");
	snprintf(cells[6], REPORT_PERIOD, "%s", r->f[F_NO_SHOWS] != NULL ? r->f[F_NO_SHOWS] : "0");
}

static void
write_report(FILE *out, const char *format, const struct figure_rows *rows,
    const struct figures *total, const char *region, const char *period)
{
	static const int width[] = { 32, 6, 10, 12, 9, 9, 9 };
	const char *heads[] = { region != NULL ? C_("report", "municipality") : C_("report", "region"),
		C_("report", "hubs"), C_("report", "occupancy"), C_("report", "booked"),
		C_("report", "visits"), C_("report", "unique"), C_("report", "no-shows") };
	const char *total_name = region != NULL ? region : _("network");
	char cells[7][REPORT_PERIOD], months[REPORT_PERIOD], title[256];

	report_months(months, sizeof months, strlen(period) == 4 ? total->f[F_FIRST] : period);
	if (strlen(period) == 4) {
		char a[REPORT_PERIOD], b[REPORT_PERIOD];
		report_months(a, sizeof a, total->f[F_FIRST]);
		report_months(b, sizeof b, total->f[F_LAST]);
		snprintf(months, sizeof months, _("%s to date (%s to %s)"), period, a, b);
	}
	if (strcmp(format, "json") == 0) {
		fputs("{\n  \"rows\": [", out);
		for (size_t i = 0; i < rows->n; i++) {
			fputs(i ? ",\n    {\n" : "\n    {\n", out);
			json_figures(out, &rows->rows[i], "      ");
			fputs("    }", out);
		}
		fputs(rows->n ? "\n  ],\n  \"total\": {\n" : "],\n  \"total\": {\n", out);
		json_figures(out, total, "    ");
		fputs("  }\n}\n", out);
	} else if (strcmp(format, "csv") == 0 || strcmp(format, "csv-fi") == 0) {
		struct csv_out w;
		csv_begin(&w, out, strcmp(format, "csv") == 0 ? CSV_RFC : CSV_FI);
		for (int k = 0; k < F_COUNT; k++)
			csv_text(&w, field_key[k]);
		csv_end_row(&w);
		for (size_t i = 0; i < rows->n; i++)
			csv_figures(&w, &rows->rows[i], rows->rows[i].f[F_PLACE]);
		csv_figures(&w, total, "total");
	} else if (strcmp(format, "html") == 0) {
		const char *row[7];
		if (region != NULL)
			snprintf(title, sizeof title, _("The network's figures: %s"), region);
		else
			snprintf(title, sizeof title, "%s", _("The network's figures"));
		report_html_page_open(out, title, months);
		report_html_table(out, NULL, 7, heads);
		for (size_t i = 0; i <= rows->n; i++) {
			row_cells(i < rows->n ? &rows->rows[i] : total, i < rows->n ?
			    rows->rows[i].f[F_PLACE] : total_name, cells);
			for (int c = 0; c < 7; c++)
				row[c] = cells[c];
			report_html_row(out, 7, row);
		}
		report_html_table_end(out);
		report_html_page_close(out, true);
	} else {
		fprintf(out, "%s\n\n", months);
		for (int c = 0; c < 7; c++) {
			fputs(c > 0 ? " " : "", out);
			report_column(out, heads[c], width[c], c > 0);
		}
		fputc('\n', out);
		for (size_t i = 0; i <= rows->n; i++) {
			if (i == rows->n)
				fputc('\n', out);
			row_cells(i < rows->n ? &rows->rows[i] : total, i < rows->n ?
			    rows->rows[i].f[F_PLACE] : total_name, cells);
			for (int c = 0; c < 7; c++) {
				fputs(c > 0 ? " " : "", out);
				report_column(out, cells[c], width[c], c > 0);
			}
			fputc('\n', out);
		}
	}
}

static int
run_network_report(struct cli *cli, const struct cli_command *self, int argc, char **argv)
{
	const char *month = NULL, *year = NULL, *region = NULL, *format = NULL, *output = NULL;
	const char *from = NULL, *conn;
	const struct cli_opt opts[] = {
		{ "month", &month, NULL }, { "year", &year, NULL }, { "region", &region, NULL },
		{ "format", &format, NULL }, { "output", &output, NULL }, { "from", &from, NULL },
		{ NULL, NULL, NULL },
	};
	struct figure_rows rows = { 0 }, total = { 0 };
	struct central *c;
	struct local_date d;
	struct outfile out;
	char *err = NULL, safe[TEXT_SAFE];
	const char *period;
	enum hd_status st;
	int rc;

	if ((rc = cli_args(self, argc, argv, opts, NULL, 0, 0)) != 0 ||
	    (rc = cli_output_args(cli, self, &format, output)) != 0)
		return rc;
	if ((month == NULL) == (year == NULL))
		return cli_usage_error(self, _("give --month YYYY-MM or --year YYYY"));
	period = month != NULL ? month : year;
	if ((month != NULL && caltime_parse_month(month, &d) != 0) ||
	    (year != NULL && (strlen(year) != 4 || strspn(year, "0123456789") != 4)))
		return cli_usage_error(self, month != NULL ?
		    _("--month '%s' is not a month; write YYYY-MM") : _("--year '%s' is not a year; write YYYY"),
		    text_safe(period, safe));
	if ((conn = cli_network_conninfo(cli, self, from, "--from")) == NULL)
		return HD_INVALID;
	if ((rc = cli_network_open(conn, &c)) != 0)
		return rc;
	if (region != NULL) {
		const char *p[] = { period, region };
		st = central_query(c, FIGURES_SQL "AND level = 'municipality' AND region = $2 "
		    "ORDER BY place", 2, p, take_figures, &rows, &err);
		if (st == HD_OK)
			st = central_query(c, FIGURES_SQL "AND level = 'region' AND region = $2", 2, p,
			    take_figures, &total, &err);
	} else {
		const char *p[] = { period };
		st = central_query(c, FIGURES_SQL "AND level = 'region' ORDER BY place", 1, p,
		    take_figures, &rows, &err);
		if (st == HD_OK)
			st = central_query(c, FIGURES_SQL "AND level = 'network'", 1, p, take_figures,
			    &total, &err);
	}
	central_close(c);
	if (st == HD_OK && total.n == 0) {
		st = HD_INVALID;
		err = region != NULL ?
		    xasprintf(_("the network's database holds no dump of %s from the region %s"), period,
		    text_safe(region, safe)) :
		    xasprintf(_("the network's database holds no dump of %s"), period);
	}
	if (st != HD_OK)
		rc = cli_fail(st, err);
	else if ((rc = cli_output_open(cli, &out, output, false)) == 0) {
		write_report(out.f, format, &rows, &total.rows[0], region, period);
		rc = cli_output_done(&out);
	}
	figure_rows_free(&rows);
	figure_rows_free(&total);
	return rc;
}

static const struct cli_command network_init = {
	"network init", "[--to CONNINFO]",
	N_("create or update the network's central database (PostgreSQL)"),
	N_("Brings the schema hubdesk to the newest level in one transaction, and makes the\n"
	"roles hubdesk_push (may only hand in dumps) and hubdesk_read (may read the figures)\n"
	"for the database's administrator to grant to login roles (docs/network.md).\n"),
	run_network_init,
};
static const struct cli_command network_report = {
	"network report", "--month YYYY-MM|--year YYYY [--region R] "
	"[--format text|csv|csv-fi|json|html] [--output FILE] [--from CONNINFO]",
	N_("the network's figures from its central database, by region"),
	N_("A row per region (with --region, per municipality of that region) and the\n"
	"total: hours and counts summed, rates recomputed from the sums, exactly as\n"
	"'hubdesk rollup' adds up the same dumps. --year is the year to date.\n"),
	run_network_report,
};
const struct cli_command *const cli_network_subs[] = {
	&network_init, &network_report, &cli_cmd_network_hubs, NULL,
};

static int
run_network(struct cli *cli, const struct cli_command *self, int argc, char **argv)
{
	return cli_dispatch(cli, self, argc, argv);
}

const struct cli_command cli_cmd_network = {
	"network", "init|report|hubs ...",
	N_("the network's central database: create it, read its figures and hubs"),
	"  network init [--to CONNINFO]\n"
	"  network report --month YYYY-MM|--year YYYY [--region R] [--format F] [--output FILE]\n"
	"                 [--from CONNINFO]\n"
	"  network hubs [--region R] [--date DATE] [--format F] [--output FILE] [--from CONNINFO]\n",
	run_network,
};
