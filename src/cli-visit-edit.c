/* visit edit|remove|add: staff correcting the visitor log. */
#include <stdio.h>
#include <stdlib.h>

#include "hubdesk/cli.h"
#include "hubdesk/i18n.h"
#include "hubdesk/visit.h"

/* A visit in words for a confirmation: "J93HN on 2026-11-22, 08:10–16:20
 * at D01"; the day is named only when it is not today. */
static const char *
cli_visit_words(struct cli *cli, const struct visit *v, char *buf, size_t n)
{
	struct local_date day;
	int minute;
	char date[I18N_DATE_MAX], a[16], b[16], when[48];
	size_t used;

	if (v->is_guest)
		used = (size_t)snprintf(buf, n, _("guest %s"), v->name);
	else
		used = (size_t)snprintf(buf, n, "%s", v->member_code);
	caltime_from_utc(v->in_at, &day, &minute);
	if (used < n && caltime_date_cmp(day, cli_today(cli)) != 0)
		used += (size_t)snprintf(buf + used, n - used, _(" on %s"),
		    cli_date_text(day, date, sizeof date));
	if (v->out_at != 0)
		snprintf(when, sizeof when, "%s\xe2\x80\x93%s", cli_clock_text(v->in_at, a, sizeof a),
		    cli_end_text(v->in_at, v->out_at, b, sizeof b));
	else
		snprintf(when, sizeof when, _("in since %s"), cli_clock_text(v->in_at, a, sizeof a));
	if (used < n)
		used += (size_t)snprintf(buf + used, n - used, ", %s", when);
	if (used < n && v->space_code[0] != '\0')
		snprintf(buf + used, n - used, _(" at %s"), v->space_code);
	return buf;
}

/* Reads --in and --out when given (0 when not). */
static int
cli_visit_times(struct cli *cli, const char *in, const char *out, time_t *in_at, time_t *out_at)
{
	int rc;

	*in_at = *out_at = 0;
	if (in != NULL && (rc = cli_when(cli, "--in", in, in_at)) != 0)
		return rc;
	if (out != NULL && (rc = cli_when(cli, "--out", out, out_at)) != 0)
		return rc;
	return 0;
}

static int
run_visit_edit(struct cli *cli, const struct cli_command *self, int argc, char **argv)
{
	const char *pos[1], *in = NULL, *out = NULL;
	const struct cli_opt opts[] = {
		{ "in", &in, NULL }, { "out", &out, NULL }, { NULL, NULL, NULL },
	};
	struct visit v;
	time_t in_at, out_at;
	char *err = NULL, words[HD_TEXT + 64];
	int rc;

	if ((rc = cli_args(self, argc, argv, opts, pos, 1, 1)) != 0)
		return rc;
	if (in == NULL && out == NULL)
		return cli_usage_error(self, _("give --in, --out or both"));
	if ((rc = cli_open(cli)) != 0 || (rc = cli_visit_times(cli, in, out, &in_at, &out_at)) != 0)
		return rc;
	if ((rc = visit_edit(cli->hd, pos[0], in_at, out_at, &v, &err)) != HD_OK)
		return cli_fail(rc, err);
	printf(_("changed the visit of %s\n"), cli_visit_words(cli, &v, words, sizeof words));
	return 0;
}

static int
run_visit_remove(struct cli *cli, const struct cli_command *self, int argc, char **argv)
{
	const char *pos[1];
	struct visit v;
	char *err = NULL, words[HD_TEXT + 64];
	int rc;

	if ((rc = cli_args(self, argc, argv, NULL, pos, 1, 1)) != 0 || (rc = cli_open(cli)) != 0)
		return rc;
	if ((rc = visit_remove(cli->hd, pos[0], &v, &err)) != HD_OK)
		return cli_fail(rc, err);
	printf(_("removed the visit of %s\n"), cli_visit_words(cli, &v, words, sizeof words));
	return 0;
}

static int
run_visit_add(struct cli *cli, const struct cli_command *self, int argc, char **argv)
{
	struct visit_new n = { 0 };
	const char *in = NULL, *out = NULL;
	const struct cli_opt opts[] = {
		{ "member", &n.member_code, NULL }, { "guest", &n.guest_name, NULL },
		{ "host", &n.host_code, NULL }, { "purpose", &n.purpose, NULL },
		{ "space", &n.space_code, NULL }, { "in", &in, NULL }, { "out", &out, NULL },
		{ NULL, NULL, NULL },
	};
	struct visit v;
	char *err = NULL, words[HD_TEXT + 64];
	int rc;

	if ((rc = cli_args(self, argc, argv, opts, NULL, 0, 0)) != 0)
		return rc;
	if ((n.member_code == NULL) == (n.guest_name == NULL))
		return cli_usage_error(self, _("give --member CODE, or --guest NAME with --host CODE"));
	if (n.guest_name != NULL && n.host_code == NULL)
		return cli_usage_error(self, _("--guest needs --host"));
	if (n.member_code != NULL && (n.host_code != NULL || n.purpose != NULL))
		return cli_usage_error(self, _("--host and --purpose are for a --guest"));
	if (n.guest_name != NULL && n.space_code != NULL)
		return cli_usage_error(self, _("a guest's visit is at no space; leave --space out"));
	if (in == NULL || out == NULL)
		return cli_usage_error(self, _("--in and --out are required"));
	if ((rc = cli_open(cli)) != 0 || (rc = cli_visit_times(cli, in, out, &n.in_at, &n.out_at)) != 0)
		return rc;
	if ((rc = visit_add(cli->hd, &n, &v, &err)) != HD_OK)
		return cli_fail(rc, err);
	printf(_("added the visit of %s (%s)\n"), cli_visit_words(cli, &v, words, sizeof words), v.uuid);
	return 0;
}

static const struct cli_command visit_edit_cmd = {
	.name = "visit edit",
	.usage = "UUID [--in \"YYYY-MM-DD HH:MM\"] [--out \"YYYY-MM-DD HH:MM\"]",
	.summary = N_("change a visit's check-in or check-out time"),
	.help = N_("The visit keeps to its day: check-out after check-in, by midnight of the day\n"
	"it began, neither time in the future, and no overlap with another visit of the\n"
	"member or at the same space. A visit still under way may get a new check-in;\n"
	"--out ends it. A check-out given replaces one set at closing time. HH:MM alone\n"
	"is today. 'hubdesk visits --date D' lists the UUIDs.\n"),
	.run = run_visit_edit,
};
static const struct cli_command visit_remove_cmd = {
	.name = "visit remove",
	.usage = "UUID",
	.summary = N_("remove a visit entered by mistake"),
	.help = N_("A visit under way may be removed too. A booking the visit was checked in to\n"
	"becomes what the booking rules make of it without that visit: waiting, kept\n"
	"or a no-show.\n"),
	.run = run_visit_remove,
};
static const struct cli_command visit_add_cmd = {
	.name = "visit add",
	.usage = "--member CODE | --guest NAME --host CODE [--purpose P]  --in \"YYYY-MM-DD HH:MM\" "
	"--out \"YYYY-MM-DD HH:MM\" [--space CODE]",
	.summary = N_("add a forgotten visit of a past day (or earlier today)"),
	.help = N_("Both times are required and keep the rules of 'visit edit'; --space must be\n"
	"available that day and not yet retired. Prints the visit in words and its UUID.\n"),
	.run = run_visit_add,
};

const struct cli_command *const cli_visit_subs[] = {
	&visit_edit_cmd, &visit_remove_cmd, &visit_add_cmd, NULL,
	};

static int
run_visit(struct cli *cli, const struct cli_command *self, int argc, char **argv)
{
	return cli_dispatch(cli, self, argc, argv);
}

const struct cli_command cli_cmd_visit = {
	.name = "visit",
	.usage = "edit|remove|add ...",
	.summary = N_("correct the visitor log (staff)"),
	.help = N_("  visit edit UUID [--in \"YYYY-MM-DD HH:MM\"] [--out \"YYYY-MM-DD HH:MM\"]\n"
	"  visit remove UUID\n"
	"  visit add --member CODE --in \"YYYY-MM-DD HH:MM\" --out \"YYYY-MM-DD HH:MM\" "
	"[--space CODE]\n"
	"  visit add --guest NAME --host CODE [--purpose P] --in ... --out ...\n"
	"\n"
	"A member's visits never overlap, nor do two visits at one space; a visit lies\n"
	"within its day and in the past. A correction that would break this is refused\n"
	"(exit 1) and changes nothing.\n"),
	.run = run_visit,
};
