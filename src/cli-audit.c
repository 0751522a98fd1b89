/* audit: the audit log of some days, for people or for machines. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hubdesk/audit.h"
#include "hubdesk/cli.h"
#include "hubdesk/i18n.h"
#include "hubdesk/outfile.h"

/* An instant for machines: ISO 8601 in the hub's zone with its offset
 * ("2026-11-23T09:00:00+02:00"), so the local time the other lists show
 * stays readable and the hour the clocks go back is not ambiguous. */
static const char *
audit_iso_time(time_t t, char buf[static 26])
{
	struct tm tm;
	char zone[8];

	if (localtime_r(&t, &tm) == NULL || strftime(buf, 20, "%Y-%m-%dT%H:%M:%S", &tm) == 0 ||
	    strftime(zone, sizeof zone, "%z", &tm) != 5) {
		snprintf(buf, 26, "%lld", (long long)t);
		return buf;
	}
	snprintf(buf + 19, 7, "%.3s:%.2s", zone, zone + 3);
	return buf;
}

/* The days asked for: --from alone runs to today, --to alone is that day,
 * neither is today. */
static int
audit_days(struct cli *cli, const struct cli_command *self, const char *from, const char *to,
    time_t *start, time_t *end)
{
	struct local_date d1, d2, today = cli_today(cli);
	int rc;

	d2 = today;
	if (to != NULL && (rc = cli_date(cli, to, &d2)) != 0)
		return rc;
	d1 = d2;
	if (from != NULL && (rc = cli_date(cli, from, &d1)) != 0)
		return rc;
	if (from != NULL && to == NULL && caltime_date_cmp(d1, today) > 0)
		d2 = d1;
	if (caltime_date_cmp(d2, d1) < 0)
		return cli_usage_error(self, _("--to comes before --from"));
	cli_day_range(d1, d2, start, end);
	return 0;
}

static void
audit_print(const struct audit_row *v, size_t n, enum table_format f, FILE *out)
{
	static const char *const cols[] = { N_("at"), N_("role"), N_("staff"), N_("action"),
		N_("subject"), N_("detail"), N_("via"), NULL };
	static const char *const text_cols[] = { N_("at"), N_("role"), N_("staff"), N_("action"),
		N_("subject"), N_("detail"), NULL };
	struct table *t = table_new(f == TABLE_TEXT ? text_cols : cols);
	char when[48], said[HD_TEXT + 64], detail[HD_TEXT + 160];

	table_set_empty(t, _("no audit rows"));
	for (size_t i = 0; i < n; i++) {
		table_row(t);
		table_str(t, f == TABLE_TEXT ? cli_local_text(v[i].at, when, sizeof when)
		                            : audit_iso_time(v[i].at, when));
		table_str(t, v[i].role);
		table_str(t, v[i].staff);
		table_str(t, v[i].action);
		table_str(t, v[i].subject);
		/* People read a count of unknown codes as a sentence; machines
		 * get every detail as its JSON. */
		if (f != TABLE_TEXT) {
			table_str(t, v[i].detail);
			table_str(t, v[i].via);
			continue;
		}
		/* A change made over SSH says through which key, after it. */
		const char *text = audit_detail_text(&v[i], said, sizeof said);
		if (v[i].via[0] == '\0') {
			table_str(t, text);
			continue;
		}
		snprintf(detail, sizeof detail, "%s (ssh %s)", text, v[i].via);
		table_str(t, detail);
	}
	table_print(t, f, out);
	table_free(t);
}

static int
run_audit(struct cli *cli, const struct cli_command *self, int argc, char **argv)
{
	const char *from = NULL, *to = NULL, *format = NULL, *output = NULL;
	const struct cli_opt opts[] = {
		{ "from", &from, NULL }, { "to", &to, NULL }, { "format", &format, NULL },
		{ "output", &output, NULL }, { NULL, NULL, NULL },
	};
	struct audit_row *v;
	struct outfile out;
	enum table_format f;
	time_t start, end;
	size_t n;
	char *err = NULL;
	int rc;

	if ((rc = cli_args(self, argc, argv, opts, NULL, 0, 0)) != 0 ||
	    (rc = cli_output_args(cli, self, &format, output)) != 0)
		return rc;
	if (strcmp(format, "html") == 0)
		return cli_usage_error(self, _("--format is text, csv, csv-fi or json"));
	if ((rc = cli_format(format, &f)) != 0 || (rc = cli_open(cli)) != 0 ||
	    (rc = audit_days(cli, self, from, to, &start, &end)) != 0)
		return rc;
	if ((rc = audit_list(cli->hd, start, end, &v, &n, &err)) != HD_OK)
		return cli_fail(rc, err);
	/* Who worked when is not for everyone who can read the folder. */
	if ((rc = cli_output_open(cli, &out, output, true)) != 0) {
		audit_rows_free(v, n);
		return rc;
	}
	audit_print(v, n, f, out.f);
	audit_rows_free(v, n);
	return cli_output_done(&out);
}

const struct cli_command cli_cmd_audit = {
	"audit", "[--from D] [--to D] [--format text|csv|csv-fi|json] [--output FILE]",
	N_("the audit log: who changed what, and when (default: today)"),
	N_("Rows in time order: when, the role (kiosk, staff, admin, or clock for what the\n"
	"clock decided), the staff member, the action, its subject (a UUID, space code,\n"
	"date, weekday, setting or kiosk), the change as compact JSON, and via: the SSH\n"
	"key's fingerprint when a remote session made it. People are named by UUID\n"
	"only. --from alone runs to today, --to alone is that day. Text shows the hub's\n"
	"local time; csv and json give it in ISO 8601 with the zone's offset. --output\n"
	"writes the file whole, readable by its owner only.\n"),
	run_audit,
};
