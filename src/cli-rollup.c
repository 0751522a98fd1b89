/* rollup: many hubs' monthly dumps added up for the network. It needs no
 * hub database: a coordinator runs it on the dump files alone. */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hubdesk/cli.h"
#include "hubdesk/csv.h"
#include "hubdesk/i18n.h"
#include "hubdesk/numfmt.h"
#include "hubdesk/outfile.h"
#include "hubdesk/rollup.h"
#include "hubdesk/rollup-files.h"
#include "hubdesk/table.h"
#include "hubdesk/text.h"
#include "hubdesk/xmalloc.h"

/* A roll-up in progress: the running total, the hub-months seen, and the
 * rows of the hubs spooled to a temporary file in the output's format, to
 * be written after the head once every dump has been read (a refused dump
 * thus writes nothing, and memory stays that of one dump). */
struct rollup_run {
	const char *format;       /* text, csv, csv-fi, json or html */
	const char *output;       /* --output, or NULL */
	char lo[8], hi[8];        /* --months, or the first dump's month */
	bool months_given;
	size_t left_out;          /* dumps of months outside --months */
	struct rollup_item item;  /* the dump being read */
	struct rollup_total total;
	struct rollup_seen *seen;
	FILE *spool;
};

static void
row_text(FILE *out, const struct rollup_item *it)
{
	static const int width[] = { 32, 15, 10, 12, 7, 7, 9 };
	const struct stats_month *m = &it->m;
	double avail = m->available_desk_hours;
	char cell[7][REPORT_PERIOD];

	text_copy_printable(cell[0], sizeof cell[0], it->hub.name);
	report_months(cell[1], sizeof cell[1], it->month);
	report_percent(cell[2], sizeof cell[2], avail > 0 ? m->occupied_desk_hours / avail : 0, 1);
	report_percent(cell[3], sizeof cell[3], avail > 0 ? m->booked_desk_hours / avail : 0, 1);
	snprintf(cell[4], sizeof cell[4], "%d", m->visits);
	snprintf(cell[5], sizeof cell[5], "%d", m->unique_visitors);
	snprintf(cell[6], sizeof cell[6], "%d", m->no_shows);
	for (int c = 0; c < 7; c++) {
		fputs(c > 0 ? " " : "", out);
		report_column(out, cell[c], width[c], c > 1);
	}
	fputc('\n', out);
}

static void
head_text(FILE *out)
{
	static const int width[] = { 32, 15, 10, 12, 7, 7, 9 };
	const char *head[] = { C_("report", "hub"), C_("report", "month"),
		C_("report", "occupancy"), C_("report", "booked"), C_("report", "visits"),
		C_("report", "unique"), C_("report", "no-shows") };

	for (int c = 0; c < 7; c++) {
		fputs(c > 0 ? " " : "", out);
		report_column(out, head[c], width[c], c > 1);
	}
	fputc('\n', out);
}

static void
tail_text(FILE *out, const struct stats_month *t, size_t n, const char *label)
{
	struct report_hub net;

	memset(&net, 0, sizeof net);
	snprintf(net.name, sizeof net.name, ngettext("Network total of %zu dump",
	    "Network total of %zu dumps", n), n);
	fputc('\n', out);
	report_text(out, &net, t, label);
}

/* Keys, as in the dump: the same in every language. */
static const char *const csv_heads[] = { "hub", "name", "month", "available_desk_hours",
	"booked_desk_hours", "occupied_desk_hours", "booking_rate", "occupancy_rate",
	"bookings", "no_shows", "visits", "guest_visits", "unique_visitors", "visitor_days",
	"new_members", "from_elsewhere" };

static void
row_csv(FILE *out, enum csv_flavour flavour, const struct stats_month *m, const char *uuid,
    const char *name, const char *month)
{
	struct csv_out w = { out, flavour, false };
	/* The rates as the roll-up computed them (rollup_rate), for hub and total. */
	const double hours[] = { m->available_desk_hours, m->booked_desk_hours,
		m->occupied_desk_hours, m->booking_rate, m->occupancy_rate };
	const int counts[] = { m->bookings, m->no_shows, m->visits, m->guest_visits,
		m->unique_visitors, m->visitor_days, m->new_members };
	char num[NUMFMT_MAX];

	csv_text(&w, uuid);
	csv_text(&w, name);
	csv_text(&w, month);
	for (size_t k = 0; k < sizeof hours / sizeof hours[0]; k++)
		csv_number(&w, numfmt_fixed(num, hours[k], 4, false));
	for (size_t k = 0; k < sizeof counts / sizeof counts[0]; k++)
		csv_number(&w, numfmt_fixed(num, counts[k], 0, false));
	if (m->withheld.from_elsewhere)
		csv_text(&w, NULL);
	else
		csv_number(&w, numfmt_fixed(num, m->from_elsewhere, 0, false));
	csv_end_row(&w);
}

static bool
is_csv(const char *format)
{
	return strcmp(format, "csv") == 0 || strcmp(format, "csv-fi") == 0;
}

static enum csv_flavour
flavour_of(const char *format)
{
	return strcmp(format, "csv") == 0 ? CSV_RFC : CSV_FI;
}

/* One hub's row, to the spool. */
static void
spool_row(struct rollup_run *r)
{
	const struct rollup_item *it = &r->item;

	if (strcmp(r->format, "json") == 0) {
		fputs(r->total.dumps > 1 ? ",\n    {\n" : "\n    {\n", r->spool);
		report_json_hub(r->spool, &it->hub, "      ");
		report_json_members(r->spool, &it->m, it->month, 6);
		fputs("\n    }", r->spool);
	} else if (is_csv(r->format)) {
		row_csv(r->spool, flavour_of(r->format), &it->m, it->hub.uuid, it->hub.name, it->month);
	} else if (strcmp(r->format, "html") == 0) {
		report_html_rollup_row(r->spool, it);
	} else {
		row_text(r->spool, it);
	}
}

/* The head, the spooled rows and the total, to out. */
static enum hd_status
write_rollup(struct rollup_run *r, FILE *out, const char *label, char **err)
{
	const struct stats_month *t = &r->total.m;
	size_t n = r->total.dumps, got;
	char buf[65536];

	if (strcmp(r->format, "json") == 0) {
		fputs("{\n  \"hubs\": [", out);
	} else if (is_csv(r->format)) {
		struct csv_out w;
		csv_begin(&w, out, flavour_of(r->format));
		for (size_t c = 0; c < sizeof csv_heads / sizeof csv_heads[0]; c++)
			csv_text(&w, csv_heads[c]);
		csv_end_row(&w);
	} else if (strcmp(r->format, "html") == 0) {
		report_html_rollup_head(out, n, label);
	} else {
		head_text(out);
	}
	rewind(r->spool);
	while ((got = fread(buf, 1, sizeof buf, r->spool)) > 0)
		fwrite(buf, 1, got, out);
	if (ferror(r->spool)) {
		*err = xasprintf(_("cannot read back the roll-up's temporary file: %s"), strerror(errno));
		return HD_STORE;
	}
	if (strcmp(r->format, "json") == 0) {
		fputs(n ? "\n  ],\n" : "],\n", out);
		fputs("  \"total\": {\n    \"hubs\": ", out);
		fprintf(out, "%zu,\n", n);
		fputs("    \"summed_over_hubs\": [\"unique_visitors\", \"visitor_days\", "
		    "\"new_members\", \"organisations\", \"from_elsewhere\", \"by_municipality\", "
		    "\"by_category.unique_visitors\"],\n", out);
		report_json_members(out, t, label, 4);
		fputs("\n  }\n}\n", out);
	} else if (is_csv(r->format)) {
		row_csv(out, flavour_of(r->format), t, "total", "network (sums over hubs)", label);
	} else if (strcmp(r->format, "html") == 0) {
		report_html_rollup_tail(out, t);
	} else {
		tail_text(out, t, n, label);
	}
	return HD_OK;
}

/* --months: YYYY, YYYY-MM or YYYY-MM..YYYY-MM, into lo and hi. */
static bool
parse_months(const char *s, char lo[static 8], char hi[static 8])
{
	struct local_date d;
	const char *dots = strstr(s, "..");

	if (strlen(s) == 4 && caltime_parse_month((char[8]){ s[0], s[1], s[2], s[3], '-', '0', '1', 0 },
	    &d) == 0) {
		snprintf(lo, 8, "%.4s-01", s);
		snprintf(hi, 8, "%.4s-12", s);
		return true;
	}
	if (dots == NULL) {
		if (strlen(s) != 7 || caltime_parse_month(s, &d) != 0)
			return false;
		snprintf(lo, 8, "%s", s);
		snprintf(hi, 8, "%s", s);
		return true;
	}
	if (dots - s != 7 || strlen(dots + 2) != 7)
		return false;
	snprintf(lo, 8, "%.7s", s);
	snprintf(hi, 8, "%s", dots + 2);
	return caltime_parse_month(lo, &d) == 0 && caltime_parse_month(hi, &d) == 0 &&
	    strcmp(lo, hi) <= 0;
}

/* Reads one dump and adds it in (rollup_file_fn). */
static enum hd_status
take_dump(const char *path, void *ctx, char **err)
{
	struct rollup_run *r = ctx;
	struct rollup_item *it = &r->item;
	enum hd_status st;
	char safe[TEXT_SAFE];

	/* The roll-up renamed over one of its dumps would lose that dump. */
	if (r->output != NULL && outfile_same(r->output, path)) {
		*err = xasprintf(_("--output %s is one of the dumps to add up; give another file"),
		    text_safe(r->output, safe));
		return HD_INVALID;
	}
	if ((st = rollup_read(path, it, err)) != HD_OK)
		return st;
	if (!r->months_given && r->lo[0] == '\0') {
		snprintf(r->lo, sizeof r->lo, "%s", it->month);
		snprintf(r->hi, sizeof r->hi, "%s", it->month);
	}
	if (strcmp(it->month, r->lo) < 0 || strcmp(it->month, r->hi) > 0) {
		if (r->months_given) {
			r->left_out++;
			return HD_OK;
		}
		*err = xasprintf(_("%s: a dump of %s among dumps of %s; give --months to add up "
		    "several months (--months %s..%s, or a year: --months %.4s)"), it->file, it->month,
		    r->lo, strcmp(it->month, r->lo) < 0 ? it->month : r->lo,
		    strcmp(it->month, r->hi) > 0 ? it->month : r->hi, r->lo);
		return HD_INVALID;
	}
	if ((st = rollup_seen_add(r->seen, it, err)) != HD_OK)
		return st;
	if ((st = rollup_add(&r->total, it, err)) != HD_OK)
		return st;
	spool_row(r);
	if (ferror(r->spool)) {
		*err = xasprintf(_("cannot write the roll-up's temporary file: %s"), strerror(errno));
		return HD_STORE;
	}
	return HD_OK;
}

static int
run_rollup(struct cli *cli, const struct cli_command *self, int argc, char **argv)
{
	const char *format = NULL, *output = NULL, *months = NULL;
	const struct cli_opt opts[] = {
		{ "format", &format, NULL }, { "output", &output, NULL }, { "months", &months, NULL },
		{ NULL, NULL, NULL },
	};
	const char **args;
	struct rollup_run *r;
	char label[24], *err = NULL;
	enum hd_status st = HD_OK;
	bool stdin_used = false;
	struct outfile out;
	int rc;

	/* As many names as the command line holds; more come with "-". */
	args = calloc((size_t)argc + 1, sizeof *args);
	r = calloc(1, sizeof *r);
	if (args == NULL || r == NULL) {
		free(args);
		free(r);
		return cli_fail(HD_STORE, NULL);
	}
	if ((rc = cli_args(self, argc, argv, opts, args, 1, argc)) != 0 ||
	    (rc = cli_output_args(cli, self, &format, output)) != 0)
		goto done;
	if (months != NULL) {
		char safe[TEXT_SAFE];
		if (!parse_months(months, r->lo, r->hi)) {
			rc = cli_usage_error(self, _("--months %s: give YYYY-MM, YYYY-MM..YYYY-MM or a "
			    "year YYYY"), text_safe(months, safe));
			goto done;
		}
		r->months_given = true;
	}
	for (int i = 0; args[i] != NULL; i++) {
		if (strcmp(args[i], "-") == 0 && stdin_used) {
			rc = cli_usage_error(self, _("'-' (the list of dumps on standard input) is given "
			    "twice; give it once"));
			goto done;
		}
		stdin_used |= strcmp(args[i], "-") == 0;
	}
	r->format = format;
	r->output = output;
	r->seen = rollup_seen_new();
	if ((r->spool = tmpfile()) == NULL) {
		rc = cli_fail(HD_STORE, xasprintf(_("cannot make the roll-up's temporary file: %s"),
		    strerror(errno)));
		goto done;
	}
	rollup_begin(&r->total);
	for (int i = 0; args[i] != NULL && st == HD_OK; i++)
		st = rollup_files_each(args[i], stdin, take_dump, r, &err);
	if (st != HD_OK) {
		rc = cli_fail(st, err);
		goto done;
	}
	if (r->total.dumps == 0) {
		rc = cli_fail(HD_INVALID, r->left_out > 0 ?
		    xasprintf(_("no dump of %s among those given (%zu of other months)"), months,
		    r->left_out) :
		    xasprintf(_("no dump to add up: the folders given hold no FILE.json")));
		goto done;
	}
	if (r->left_out > 0)
		fprintf(stderr, ngettext("hubdesk: left out %zu dump of months outside %s\n",
		    "hubdesk: left out %zu dumps of months outside %s\n", r->left_out), r->left_out,
		    months);
	if ((rc = cli_output_open(cli, &out, output, false)) != 0)
		goto done;
	rollup_end(&r->total, label);
	if ((st = write_rollup(r, out.f, label, &err)) != HD_OK) {
		outfile_abort(&out);
		rc = cli_fail(st, err);
		goto done;
	}
	rc = cli_output_done(&out);
done:
	if (r->spool != NULL)
		fclose(r->spool);
	rollup_seen_free(r->seen);
	free(r);
	free(args);
	return rc;
}

const struct cli_command cli_cmd_rollup = {
	"rollup", "FILE|DIR|-... [--months YYYY-MM[..YYYY-MM]|YYYY] "
	"[--format text|csv|csv-fi|json|html] [--output FILE]",
	N_("add up monthly dumps of many hubs for the network (no database needed)"),
	N_("Hours and counts are summed and rates recomputed from the sums. Unique visitors,\n"
	"organisations and municipalities can only be summed over hubs: a person who\n"
	"visits two hubs counts twice. A folder gives its *.json files and its\n"
	"subfolders'; '-' reads the names of files and folders from standard input, one\n"
	"a line. The dumps must be of one month unless --months names the months to add\n"
	"up; dumps of other months are then left out, and counted on standard error. A\n"
	"file that is not a dump, a newer version, or the same hub and month twice is\n"
	"refused with the file's name (exit status 2); a file that cannot be read is\n"
	"exit status 3. Without --format, the extension of --output (.html .csv .json\n"
	".txt) gives it; --output is never one of the dumps.\n"),
	run_rollup,
};
