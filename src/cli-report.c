/* report and dump: the month's figures for a coordinator, and the
 * aggregate-only monthly dump for the network. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "hubdesk/cli.h"
#include "hubdesk/report.h"
#include "hubdesk/stats.h"
#include "hubdesk/text.h"
#include "hubdesk/xmalloc.h"

/* Opens where the output goes: stdout, or a temporary file beside FILE
 * that cli_output_done() renames into place, so a reader never sees half
 * a report. */
FILE *
cli_output_open(const char *path, char tmp[static 4096])
{
	FILE *f;
	char safe[TEXT_SAFE];

	if (path == NULL)
		return stdout;
	if (snprintf(tmp, 4096, "%s.tmp%ld", path, (long)getpid()) >= 4096 ||
	    (f = fopen(tmp, "w")) == NULL) {
		fprintf(stderr, "hubdesk: cannot write %s: %s; check --output\n", text_safe(path, safe),
		    strerror(errno));
		return NULL;
	}
	return f;
}

int
cli_output_done(FILE *f, const char *path, const char *tmp)
{
	char safe[TEXT_SAFE];
	bool ok;

	if (f == stdout)
		return 0;
	ok = fflush(f) == 0 && fsync(fileno(f)) == 0;
	ok = fclose(f) == 0 && ok;
	if (!ok || rename(tmp, path) != 0) {
		fprintf(stderr, "hubdesk: cannot write %s: %s\n", text_safe(path, safe), strerror(errno));
		unlink(tmp);
		return HD_STORE;
	}
	return 0;
}

int
cli_report_format(const struct cli_command *self, const char *format)
{
	if (strcmp(format, "text") != 0 && strcmp(format, "csv") != 0 &&
	    strcmp(format, "json") != 0 && strcmp(format, "html") != 0)
		return cli_usage_error(self, "--format is text, csv, json or html");
	return 0;
}

/* What report and dump share: the month's figures (newly allocated, into
 * *m) and where they go (*out). ended: refuse a month that has not ended,
 * before anything is written. Returns 0, or the exit status after the
 * error was printed and nothing is left to free. */
static int
month_begin(struct cli *cli, const struct cli_command *self, const char *month,
    bool ended, const char *output, char tmp[static 4096], struct stats_month **m, FILE **out)
{
	struct local_date first;
	char *err = NULL, safe[TEXT_SAFE];
	int rc;

	if (month == NULL)
		return cli_usage_error(self, "--month YYYY-MM is required");
	if (caltime_parse_month(month, &first) != 0)
		return cli_usage_error(self, "--month '%s' is not a month; write YYYY-MM",
		    text_safe(month, safe));
	if ((rc = cli_open(cli)) != 0)
		return rc;
	if ((*m = malloc(sizeof **m)) == NULL)
		return cli_fail(HD_STORE, xstrdup("out of memory"));
	if ((rc = stats_month(cli->hd, first, *m, &err)) != HD_OK) {
		free(*m);
		return cli_fail(rc, err);
	}
	if (ended && (rc = stats_require_complete(*m, &err)) != HD_OK) {
		char *hint = xasprintf("%s; a dump is of a month that has ended, and 'hubdesk report "
		    "--month %04d-%02d' shows this one so far", err, first.year, first.month);
		free(err);
		free(*m);
		return cli_fail(rc, hint);
	}
	if ((*out = cli_output_open(output, tmp)) == NULL) {
		free(*m);
		return HD_STORE;
	}
	return 0;
}

static int
run_report(struct cli *cli, const struct cli_command *self, int argc, char **argv)
{
	const char *month = NULL, *format = "text", *output = NULL;
	const struct cli_opt opts[] = {
		{ "month", &month, NULL }, { "format", &format, NULL }, { "output", &output, NULL },
		{ NULL, NULL, NULL },
	};
	struct stats_month *m;
	struct report_hub h;
	char tmp[4096];
	FILE *out;
	int rc;

	if ((rc = cli_args(self, argc, argv, opts, NULL, 0, 0)) != 0 ||
	    (rc = cli_report_format(self, format)) != 0 ||
	    (rc = month_begin(cli, self, month, false, output, tmp, &m, &out)) != 0)
		return rc;
	report_hub_of(&cli->hd->hub, &h);
	if (strcmp(format, "json") == 0)
		report_json(out, &h, m);
	else if (strcmp(format, "csv") == 0)
		report_csv(out, &h, m);
	else if (strcmp(format, "html") == 0)
		report_html(out, &h, m);
	else
		report_text(out, &h, m, NULL);
	free(m);
	return cli_output_done(out, output, tmp);
}

const struct cli_command cli_cmd_report = {
	"report", "--month YYYY-MM [--format text|csv|json|html] [--output FILE]",
	"the month's figures: occupancy, bookings, visitors (docs/metrics.md)",
	"A month in progress is reported up to now and says so (\"so far, to ...\"; in\n"
	"JSON \"complete\": false and \"through\"); a month that has not begun is refused.\n"
	"html is one self-contained page with charts, to open in a browser or print.\n",
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
	struct report_hub h;
	char tmp[4096];
	FILE *out;
	int rc;

	if ((rc = cli_args(self, argc, argv, opts, NULL, 0, 0)) != 0 ||
	    (rc = month_begin(cli, self, month, true, output, tmp, &m, &out)) != 0)
		return rc;
	report_hub_of(&cli->hd->hub, &h);
	report_dump(out, &h, m, time(NULL));
	free(m);
	return cli_output_done(out, output, tmp);
}

const struct cli_command cli_cmd_dump = {
	"dump", "--month YYYY-MM [--output FILE]",
	"the aggregate-only monthly dump for the network (docs/dump-format.md)",
	"No name, email, code, organisation or UUID of a person, booking or visit is in\n"
	"it, and a municipality or category of fewer than 3 people is folded into other.\n"
	"Only a month that has ended is dumped, so a dump never changes; the current\n"
	"month and months to come are refused.\n",
	run_dump,
};
