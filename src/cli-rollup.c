/* rollup: many hubs' monthly dumps added up for the network. It needs no
 * hub database: a coordinator runs it on the dump files alone. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hubdesk/cli.h"
#include "hubdesk/csv.h"
#include "hubdesk/i18n.h"
#include "hubdesk/numfmt.h"
#include "hubdesk/outfile.h"
#include "hubdesk/rollup.h"
#include "hubdesk/table.h"
#include "hubdesk/text.h"

#define ROLLUP_MAX_FILES 2000 /* see DUMP_MAX_COUNT in rollup.c */

static void
rollup_json(FILE *out, const struct rollup_item *items, size_t n, const struct stats_month *t,
    const char *label)
{
	fputs("{\n  \"hubs\": [", out);
	for (size_t i = 0; i < n; i++) {
		fputs(i ? ",\n    {\n" : "\n    {\n", out);
		report_json_hub(out, &items[i].hub, "      ");
		report_json_members(out, &items[i].m, items[i].month, 6);
		fputs("\n    }", out);
	}
	fputs(n ? "\n  ],\n" : "],\n", out);
	fputs("  \"total\": {\n    \"hubs\": ", out);
	fprintf(out, "%zu,\n", n);
	fputs("    \"summed_over_hubs\": [\"unique_visitors\", \"visitor_days\", \"new_members\", "
	    "\"organisations\", \"from_elsewhere\", \"by_municipality\", "
	    "\"by_category.unique_visitors\"],\n", out);
	report_json_members(out, t, label, 4);
	fputs("\n  }\n}\n", out);
}

static void
rollup_text(FILE *out, const struct rollup_item *items, size_t n, const struct stats_month *t,
    const char *label)
{
	static const int width[] = { 32, 15, 10, 12, 7, 7, 9 };
	const char *head[] = { C_("report", "hub"), C_("report", "month"),
		C_("report", "occupancy"), C_("report", "booked"), C_("report", "visits"),
		C_("report", "unique"), C_("report", "no-shows") };
	struct report_hub net;

	for (int c = 0; c < 7; c++) {
		fputs(c > 0 ? " " : "", out);
		report_column(out, head[c], width[c], c > 1);
	}
	fputc('\n', out);
	for (size_t i = 0; i < n; i++) {
		const struct stats_month *m = &items[i].m;
		double avail = m->available_desk_hours;
		char cell[7][REPORT_PERIOD];
		snprintf(cell[0], sizeof cell[0], "%s", items[i].hub.name);
		report_months(cell[1], sizeof cell[1], items[i].month);
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
	memset(&net, 0, sizeof net);
	snprintf(net.name, sizeof net.name, ngettext("Network total of %zu dump",
	    "Network total of %zu dumps", n), n);
	fputc('\n', out);
	report_text(out, &net, t, label);
}

static void
rollup_csv(FILE *out, const struct rollup_item *items, size_t n, const struct stats_month *t,
    const char *label, enum csv_flavour flavour)
{
	/* Keys, as in the dump: the same in every language. */
	static const char *const heads[] = { "hub", "name", "month", "available_desk_hours",
		"booked_desk_hours", "occupied_desk_hours", "booking_rate", "occupancy_rate",
		"bookings", "no_shows", "visits", "guest_visits", "unique_visitors", "visitor_days",
		"new_members", "from_elsewhere" };
	struct csv_out w;
	char num[NUMFMT_MAX];

	csv_begin(&w, out, flavour);
	for (size_t c = 0; c < sizeof heads / sizeof heads[0]; c++)
		csv_text(&w, heads[c]);
	csv_end_row(&w);
	for (size_t i = 0; i <= n; i++) {
		const struct stats_month *m = i < n ? &items[i].m : t;
		double occ = m->available_desk_hours > 0 ? m->occupied_desk_hours / m->available_desk_hours : 0;
		double bk = m->available_desk_hours > 0 ? m->booked_desk_hours / m->available_desk_hours : 0;
		const double hours[] = { m->available_desk_hours, m->booked_desk_hours,
			m->occupied_desk_hours, bk, occ };
		const int counts[] = { m->bookings, m->no_shows, m->visits, m->guest_visits,
			m->unique_visitors, m->visitor_days, m->new_members };

		csv_text(&w, i < n ? items[i].hub.uuid : "total");
		csv_text(&w, i < n ? items[i].hub.name : "network (sums over hubs)");
		csv_text(&w, i < n ? items[i].month : label);
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
}

static int
run_rollup(struct cli *cli, const struct cli_command *self, int argc, char **argv)
{
	const char *format = NULL, *output = NULL;
	const struct cli_opt opts[] = {
		{ "format", &format, NULL }, { "output", &output, NULL }, { NULL, NULL, NULL },
	};
	const char **files;
	struct rollup_item *items;
	struct stats_month *total;
	char label[24], *err = NULL;
	size_t n = 0;
	struct outfile out;
	int rc;

	files = calloc(ROLLUP_MAX_FILES, sizeof *files);
	if (files == NULL)
		return cli_fail(HD_STORE, NULL);
	if ((rc = cli_args(self, argc, argv, opts, files, 1, ROLLUP_MAX_FILES)) != 0) {
		free(files);
		return rc;
	}
	while (n < ROLLUP_MAX_FILES && files[n] != NULL)
		n++;
	if ((rc = cli_output_args(cli, self, &format, output)) != 0) {
		free(files);
		return rc;
	}
	/* The roll-up renamed over one of its dumps would lose that dump. */
	for (size_t i = 0; output != NULL && i < n; i++) {
		if (outfile_same(output, files[i])) {
			char safe[TEXT_SAFE];
			free(files);
			return cli_usage_error(self, _("--output %s is one of the dumps to add up; "
			    "give another file"), text_safe(output, safe));
		}
	}
	items = calloc(n, sizeof *items);
	total = calloc(1, sizeof *total);
	if (items == NULL || total == NULL) {
		free(files);
		free(items);
		free(total);
		return cli_fail(HD_STORE, NULL);
	}
	rc = 0;
	for (size_t i = 0; i < n && rc == 0; i++) {
		enum hd_status st = rollup_read(files[i], &items[i], &err);
		if (st != HD_OK)
			rc = cli_fail(st, err);
	}
	if (rc == 0 && rollup_check(items, n, &err) != HD_OK)
		rc = cli_fail(HD_INVALID, err);
	if (rc == 0)
		rc = cli_output_open(cli, &out, output, false);
	if (rc == 0) {
		rollup_total(items, n, total, label);
		if (strcmp(format, "json") == 0)
			rollup_json(out.f, items, n, total, label);
		else if (strcmp(format, "csv") == 0 || strcmp(format, "csv-fi") == 0)
			rollup_csv(out.f, items, n, total, label,
			    strcmp(format, "csv") == 0 ? CSV_RFC : CSV_FI);
		else if (strcmp(format, "html") == 0)
			report_html_rollup(out.f, items, n, total, label);
		else
			rollup_text(out.f, items, n, total, label);
		rc = cli_output_done(&out);
	}
	free(files);
	free(items);
	free(total);
	return rc;
}

const struct cli_command cli_cmd_rollup = {
	"rollup", "FILE... [--format text|csv|csv-fi|json|html] [--output FILE]",
	N_("add up monthly dumps of many hubs for the network (no database needed)"),
	N_("Hours and counts are summed and rates recomputed from the sums. Unique visitors,\n"
	"organisations and municipalities can only be summed over hubs: a person who\n"
	"visits two hubs counts twice. A file that is not a dump, a newer version, or the\n"
	"same hub and month twice is refused with the file's name (exit status 2), as is\n"
	"a directory; a file that cannot be read is exit status 3. Without --format, the\n"
	"extension of --output (.html .csv .json .txt) gives it; --output is never one of\n"
	"the dumps.\n"),
	run_rollup,
};
