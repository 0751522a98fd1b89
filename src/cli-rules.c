/* rules show|set: the hub's booking rules. */
#include <stdio.h>
#include <stdlib.h>

#include "hubdesk/cli.h"
#include "hubdesk/i18n.h"
#include "hubdesk/rules.h"

static int
run_rules_show(struct cli *cli, const struct cli_command *self, int argc, char **argv)
{
	static const char *const cols[] = { N_("rule"), N_("value"), N_("meaning"), NULL };
	const char *format = NULL;
	const struct cli_opt opts[] = { { "format", &format, NULL }, { NULL, NULL, NULL } };
	enum table_format f;
	struct table *t;
	char *err = NULL, buf[32];
	int rc;

	if ((rc = cli_args(self, argc, argv, opts, NULL, 0, 0)) != 0 ||
	    (rc = cli_format(format, &f)) != 0 || (rc = cli_open(cli)) != 0)
		return rc;
	if ((rc = hub_require(cli->hd, &err)) != HD_OK)
		return cli_fail(rc, err);
	t = table_new(cols);
	for (const struct rule_def *d = rule_defs; d->key != NULL; d++) {
		table_row(t);
		table_str(t, d->key);
		if (d->yes_no)
			table_str(t, rules_format(&cli->hd->rules, d, buf, sizeof buf));
		else
			table_int(t, atoi(rules_format(&cli->hd->rules, d, buf, sizeof buf)));
		table_str(t, f == TABLE_TEXT ? _(d->help) : d->help);
	}
	for (const struct rule_fixed *d = rule_fixed; d->key != NULL; d++) {
		table_row(t);
		table_str(t, d->key);
		table_str(t, f == TABLE_TEXT ? C_("rule value", "always") : "always");
		table_str(t, f == TABLE_TEXT ? _(d->help) : d->help);
	}
	table_print(t, f, stdout);
	table_free(t);
	return 0;
}

static int
run_rules_set(struct cli *cli, const struct cli_command *self, int argc, char **argv)
{
	const char *pos[2];
	char *err = NULL;
	int rc;

	if ((rc = cli_args(self, argc, argv, NULL, pos, 2, 2)) != 0 || (rc = cli_open(cli)) != 0)
		return rc;
	if ((rc = rules_set(cli->hd, pos[0], pos[1], &err)) != HD_OK)
		return cli_fail(rc, err);
	return 0;
}

static const struct cli_command rules_show_cmd = {
	"rules show", "[--format text|csv|csv-fi|json]", N_("the booking rules in force"), NULL,
	run_rules_show,
};
static const struct cli_command rules_set_cmd = {
	"rules set", "KEY VALUE", N_("change a booking rule for this hub"), NULL, run_rules_set,
};

const struct cli_command *const cli_rules_subs[] = { &rules_show_cmd, &rules_set_cmd, NULL };

static int
run_rules(struct cli *cli, const struct cli_command *self, int argc, char **argv)
{
	return cli_dispatch(cli, self, argc, argv);
}

const struct cli_command cli_cmd_rules = {
	"rules", "show|set ...", N_("the hub's booking rules"),
	N_("  rules show [--format text|csv|csv-fi|json]\n"
	"  rules set KEY VALUE\n\n"
	"Keys: slot-minutes (30), book-ahead-days (14), max-future-bookings (5),\n"
	"desk-max-minutes (0: the whole opening day), room-max-minutes (240),\n"
	"checkin-early-minutes (15), grace-minutes (30), public-holidays (yes).\n"
	"The config file can give other defaults (slot_minutes = 60); what is set\n"
	"here wins over them. 'rules show' lists also the rules that always hold\n"
	"(open-day, opening-hours, not-past, space-available, no-overlap, one-place).\n"),
	run_rules,
};
