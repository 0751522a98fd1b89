/* report and dump: the month's figures for a coordinator, and the
 * aggregate-only monthly dump for the network. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "hubdesk/cells.h"
#include "hubdesk/cli.h"
#include "hubdesk/i18n.h"
#include "hubdesk/outfile.h"
#include "hubdesk/report.h"
#include "hubdesk/stats.h"
#include "hubdesk/text.h"
#include "hubdesk/xmalloc.h"

int
cli_output_args(const struct cli *cli, const struct cli_command *self, const char **format,
    const char *output)
{
	char *err = NULL, safe[TEXT_SAFE];
	int rc;

	if (output != NULL && (rc = outfile_check(output, cli->db_path, &err)) != HD_OK)
		return cli_fail(rc, err);
	if (format == NULL)
		return 0;
	if (*format == NULL && output == NULL)
		*format = "text";
	if (*format == NULL && (*format = outfile_format(output)) == NULL)
		return cli_usage_error(self, _("cannot tell the format of --output %s; name it .html, "
		    ".csv, .json or .txt, or give --format"), text_safe(output, safe));
	if (strcmp(*format, "text") != 0 && strcmp(*format, "csv") != 0 &&
	    strcmp(*format, "csv-fi") != 0 && strcmp(*format, "json") != 0 &&
	    strcmp(*format, "html") != 0)
		return cli_usage_error(self, _("--format is text, csv, csv-fi, json or html"));
	return 0;
}

int
cli_output_open(const struct cli *cli, struct outfile *o, const char *path, bool private)
{
	char *err = NULL;
	int rc;

	if ((rc = outfile_open(o, path, cli->db_path, private, &err)) != HD_OK)
		return cli_fail(rc, err);
	return 0;
}

int
cli_output_done(struct outfile *o)
{
	char *err = NULL;
	int rc;

	if ((rc = outfile_commit(o, &err)) != HD_OK)
		return cli_fail(rc, err);
	return 0;
}

/* What report and dump share: the month's figures (newly allocated, into
 * *m) and where they go (*out; a dump's file is private). ended: refuse a
 * month that has not ended, before anything is written: a dump, and a
 * public report, whose figures taken twice in one month would tell what
 * the one person who came in between did. Returns 0, or the exit status
 * after the error was printed and nothing is left to free. */
static int
month_begin(struct cli *cli, const struct cli_command *self, const char *month,
    bool ended, bool private, const char *output, struct stats_month **m,
    struct outfile *out)
{
	struct local_date first;
	char *err = NULL, safe[TEXT_SAFE];
	int rc;

	if (month == NULL)
		return cli_usage_error(self, _("--month YYYY-MM is required"));
	if (caltime_parse_month(month, &first) != 0)
		return cli_usage_error(self, _("--month '%s' is not a month; write YYYY-MM"),
		    text_safe(month, safe));
	if ((rc = cli_open(cli)) != 0)
		return rc;
	if ((*m = malloc(sizeof **m)) == NULL)
		return cli_fail(HD_STORE, xstrdup(C_("report", "out of memory")));
	if ((rc = stats_month(cli->hd, first, *m, &err)) != HD_OK) {
		free(*m);
		return cli_fail(rc, err);
	}
	if (ended && (rc = stats_require_complete(*m, &err)) != HD_OK) {
		char *hint = xasprintf(private ? _("%s; a dump is of a month that has ended, and "
		    "'hubdesk report --month %04d-%02d' shows this one so far") : _("%s; a public report "
		    "is of a month that has ended, and 'hubdesk report --month %04d-%02d' shows this one "
		    "so far"), err, first.year, first.month);
		free(err);
		free(*m);
		return cli_fail(rc, hint);
	}
	if ((rc = cli_output_open(cli, out, output, private)) != 0) {
		free(*m);
		return rc;
	}
	return 0;
}

static int
run_report(struct cli *cli, const struct cli_command *self, int argc, char **argv)
{
	const char *month = NULL, *format = NULL, *output = NULL;
	bool public = false;
	const struct cli_opt opts[] = {
		{ "month", &month, NULL }, { "format", &format, NULL }, { "output", &output, NULL },
		{ "public", NULL, &public }, { NULL, NULL, NULL },
	};
	struct stats_month *m;
	struct report_hub h;
	struct outfile out;
	int rc;

	if ((rc = cli_args(self, argc, argv, opts, NULL, 0, 0)) != 0 ||
	    (rc = cli_output_args(cli, self, &format, output)) != 0 ||
	    (rc = month_begin(cli, self, month, public, false, output, &m, &out)) != 0)
		return rc;
	if (public)
		cells_publish(m);
	report_hub_of(&cli->hd->hub, &h);
	if (strcmp(format, "json") == 0)
		report_json(out.f, &h, m);
	else if (strcmp(format, "csv") == 0 || strcmp(format, "csv-fi") == 0)
		report_csv(out.f, &h, m, strcmp(format, "csv") == 0 ? CSV_RFC : CSV_FI);
	else if (strcmp(format, "html") == 0)
		report_html(out.f, &h, m);
	else
		report_text(out.f, &h, m, NULL);
	free(m);
	return cli_output_done(&out);
}

const struct cli_command cli_cmd_report = {
	"report", "--month YYYY-MM [--public] [--format text|csv|csv-fi|json|html] [--output FILE]",
	N_("the month's figures: occupancy, bookings, visitors (docs/metrics.md)"),
	N_("A month in progress is reported up to now and says so (\"so far, to ...\"; in\n"
	"JSON \"complete\": false and \"through\"); a month that has not begun is refused.\n"
	"--public is the version a hub sends out: no cell describes one or two people\n"
	"(such cells are folded into other or withheld; the totals stay), as in a dump,\n"
	"and, as a dump, only of a month that has ended.\n"
	"text and html are in the hub's language (--lang, the config's language, the\n"
	"locale); csv and json are the same in every language. html is one\n"
	"self-contained page with charts and the figures' definitions, laid out for A4,\n"
	"to open in a browser or print.\n"
	"Without --format, the extension of --output (.html .csv .json .txt) gives it.\n"
	"csv-fi, for a spreadsheet set to Finnish or Swedish, is chosen by --format only.\n"),
	run_report,
};

static int
run_dump(struct cli *cli, const struct cli_command *self, int argc, char **argv)
{
	const char *month = NULL, *output = NULL;
	const struct cli_opt opts[] = {
		{ "month", &month, NULL }, { "output", &output, NULL }, { NULL, NULL, NULL },
	};
	struct stats_month *m;
	struct outfile out;
	char safe[TEXT_SAFE];
	int rc;
	struct hub_card card;
	enum hd_status st;
	char *err = NULL;

	if ((rc = cli_args(self, argc, argv, opts, NULL, 0, 0)) != 0 ||
	    (rc = cli_output_args(cli, self, NULL, output)) != 0)
		return rc;
	/* A dump is JSON whatever it is called; a name saying otherwise misleads. */
	if (output != NULL && (outfile_format(output) == NULL || strcmp(outfile_format(output), "json") != 0))
		return cli_usage_error(self, _("a dump is JSON; name --output %s with .json at the end"),
		    text_safe(output, safe));
	if ((rc = month_begin(cli, self, month, true, true, output, &m, &out)) != 0)
		return rc;
	if ((st = hub_card_of(cli->hd, &card, &err)) != HD_OK) {
		outfile_abort(&out);
		free(m);
		return cli_fail(st, err);
	}
	report_dump(out.f, &cli->hd->hub, &card, m, cli->hd->now);
	free(m);
	return cli_output_done(&out);
}

const struct cli_command cli_cmd_dump = {
	"dump", "--month YYYY-MM [--output FILE]",
	N_("the aggregate-only monthly dump for the network (docs/dump-format.md)"),
	N_("No name, email, code, organisation or UUID of a person, booking or visit is in\n"
	"it, and no cell describes one or two people: such cells are folded into other\n"
	"or withheld (null), as in report --public.\n"
	"Only a month that has ended is dumped, so a dump never changes; the current\n"
	"month and months to come are refused. An --output file gets mode 0600, and its\n"
	"name ends in .json.\n"),
	run_dump,
};
