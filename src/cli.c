/* The command line's shared machinery: the command table, option parsing,
 * typed arguments and help (see cli.h). */
#include <errno.h>
#include <limits.h>
#include <pwd.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "hubdesk/audit.h"
#include "hubdesk/cli.h"
#include "hubdesk/i18n.h"
#include "hubdesk/text.h"

const struct cli_command *const cli_commands[] = {
	&cli_cmd_init, &cli_cmd_demo, &cli_cmd_status, &cli_cmd_hub, &cli_cmd_hours, &cli_cmd_closed,
	&cli_cmd_rules,
	&cli_cmd_staff, &cli_cmd_space, &cli_cmd_member,
	&cli_cmd_book, &cli_cmd_cancel, &cli_cmd_bookings, &cli_cmd_free,
	&cli_cmd_checkin, &cli_cmd_checkout, &cli_cmd_guest, &cli_cmd_guest_out, &cli_cmd_visits,
	&cli_cmd_visit, &cli_cmd_audit,
	&cli_cmd_report, &cli_cmd_dump, &cli_cmd_rollup, &cli_cmd_push, &cli_cmd_network,
	&cli_cmd_purge,
	&cli_cmd_backup, &cli_cmd_restore, &cli_cmd_check,
	&cli_cmd_ssh_keys, &cli_cmd_session,
	&cli_cmd_completion,
	NULL,
};

/* Each family with its sub-commands: dispatch finds them here only. */
static const struct {
	const struct cli_command *family;
	const struct cli_command *const *subs;
} cli_families[] = {
	{ &cli_cmd_closed, cli_closed_subs }, { &cli_cmd_rules, cli_rules_subs },
	{ &cli_cmd_staff, cli_staff_subs }, { &cli_cmd_space, cli_space_subs },
	{ &cli_cmd_member_key, cli_member_key_subs }, { &cli_cmd_staff_key, cli_staff_key_subs },
	{ &cli_cmd_member, cli_member_subs }, { &cli_cmd_visit, cli_visit_subs },
	{ &cli_cmd_network, cli_network_subs },
};

static const char exit_codes[] = N_(
    "Exit status: 0 done; 1 refused by a rule (slot taken, closed, already checked in,\n"
    "unknown member); 2 bad usage or invalid input; 3 storage error (the database\n"
    "is missing or not a hubdesk one, or a file could not be read or written).\n");

const struct cli_command *
cli_find(const char *name)
{
	for (int i = 0; cli_commands[i] != NULL; i++) {
		if (strcmp(cli_commands[i]->name, name) == 0)
			return cli_commands[i];
	}
	return NULL;
}

void
cli_print_help(FILE *out)
{
	fprintf(out, _("usage: %s\n\n"), "hubdesk [--db PATH] [--config PATH] "
	    "[--now \"YYYY-MM-DD HH:MM\"] [--lang LANG] [--kiosk] [COMMAND [ARGS]]");
	fputs(_("Desk booking, check-in and visitor log for a remote-work hub.\n"
	    "With no command, hubdesk opens the terminal UI (on a terminal; else the status).\n\n"
	    "Commands:\n"), out);
	for (int i = 0; cli_commands[i] != NULL; i++)
		fprintf(out, "  %-10s %s\n", cli_commands[i]->name, _(cli_commands[i]->summary));
	fputs(_("\nOptions:\n"
	    "  --db PATH      the database (else HUBDESK_DB, db_path in the config,\n"
	    "                 else $XDG_DATA_HOME/hubdesk/hubdesk.db)\n"
	    "  --config PATH  the config file (else $XDG_CONFIG_HOME/hubdesk/config)\n"
	    "  --now TIME     act as if the local time were TIME (or HUBDESK_NOW)\n"
	    "  --lang LANG    the language: fi, sv or en (else language in the config,\n"
	    "                 else the locale)\n"
	    "  --kiosk        lock the terminal UI: no quitting, Ctrl-C and Ctrl-Z ignored\n"
	    "  --help, --version\n\n"
	    "'hubdesk COMMAND --help' describes a command.\n"), out);
	fputs(_(exit_codes), out);
}

/* Whether usage has the placeholder word w, as in "--date D]". */
static bool
cli_usage_word(const char *usage, const char *w)
{
	size_t n = strlen(w);

	for (const char *p = strstr(usage, w); p != NULL; p = strstr(p + 1, w))
		if ((p == usage || p[-1] == ' ') && strchr(" ]|", p[n]) != NULL)
			return true;
	return false;
}

/* The usages show ISO placeholders; the forms people type at a Finnish desk
 * are taken too, and a help that never said so would hide them. */
static void
cli_print_forms(FILE *out, const char *usage)
{
	bool datetime = strstr(usage, "YYYY-MM-DD HH:MM") != NULL;
	bool date = !datetime && (cli_usage_word(usage, "YYYY-MM-DD") || cli_usage_word(usage, "D"));
	bool time = !datetime && strstr(usage, "HH:MM") != NULL;

	if (datetime || date || time)
		fputc('\n', out);
	if (datetime)
		fprintf(out, _("A date and time may be typed %s.\n"), caltime_datetime_forms());
	if (date)
		fprintf(out, _("A date may be typed %s.\n"), caltime_day_forms());
	if (time)
		fprintf(out, _("A time may be typed %s.\n"), caltime_time_forms());
}

void
cli_print_usage(FILE *out, const struct cli_command *cmd)
{
	char usage[512];

	snprintf(usage, sizeof usage, "hubdesk %s %s", cmd->name, cmd->usage);
	fprintf(out, _("usage: %s\n\n"), usage);
	fprintf(out, "%s\n", _(cmd->summary));
	if (cmd->help != NULL)
		fprintf(out, "\n%s", _(cmd->help));
	cli_print_forms(out, cmd->usage);
	fputc('\n', out);
	fputs(_(exit_codes), out);
}

void
cli_print_error(const char *about, const char *message)
{
	const char *hint = hd_hint(message);

	fprintf(stderr, "hubdesk: %s%s%.*s%s%s\n", about != NULL ? about : "",
	    about != NULL ? ": " : "", (int)hd_reason_len(message), message,
	    hint != NULL ? "; " : "", hint != NULL ? hint : "");
}

int
cli_fail(int status, char *message)
{
	cli_print_error(NULL, message != NULL ? message : _("failed"));
	free(message);
	return status;
}

int
cli_usage_error(const struct cli_command *cmd, const char *fmt, ...)
{
	va_list ap;

	fputs("hubdesk: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, _("; see 'hubdesk %s --help'\n"), cmd->name);
	return HD_INVALID;
}

int
cli_args(const struct cli_command *cmd, int argc, char **argv, const struct cli_opt *opts,
    const char **pos, int min_pos, int max_pos)
{
	int npos = 0;
	bool options_done = false;
	char safe[TEXT_SAFE];

	for (int i = 1; i < argc; i++) {
		const char *a = argv[i], *eq;
		const struct cli_opt *o;
		size_t len;

		if (options_done || a[0] != '-' || a[1] != '-' || a[2] == '\0') {
			if (strcmp(a, "--") == 0 && !options_done) {
				options_done = true;
				continue;
			}
			if (npos == max_pos)
				return cli_usage_error(cmd, _("unexpected argument '%s'"), text_safe(a, safe));
			pos[npos++] = a;
			continue;
		}
		if (strcmp(a, "--help") == 0) {
			cli_print_usage(stdout, cmd);
			return -1;
		}
		if (strcmp(a, "--version") == 0) {
			printf("hubdesk %s\n", HUBDESK_VERSION);
			return -1;
		}
		eq = strchr(a + 2, '=');
		len = eq != NULL ? (size_t)(eq - a - 2) : strlen(a + 2);
		for (o = opts; o != NULL && o->name != NULL; o++) {
			if (strlen(o->name) == len && strncmp(o->name, a + 2, len) == 0)
				break;
		}
		if (o == NULL || o->name == NULL)
			return cli_usage_error(cmd, _("unknown option '%s'"), text_safe(a, safe));
		if (o->value == NULL) {
			if (eq != NULL)
				return cli_usage_error(cmd, _("--%s takes no value"), o->name);
			*o->flag = true;
		} else if (eq != NULL) {
			*o->value = eq + 1;
		} else if (i + 1 < argc) {
			*o->value = argv[++i];
		} else {
			return cli_usage_error(cmd, _("--%s needs a value"), o->name);
		}
	}
	if (npos < min_pos)
		return cli_usage_error(cmd, _("missing argument"));
	return 0;
}

/* Creates each missing folder above path (mode 0700: the database holds
 * personal data). */
static int
make_parents(const char *path)
{
	char buf[PATH_MAX];

	if (snprintf(buf, sizeof buf, "%s", path) >= (int)sizeof buf)
		return -1;
	for (char *p = buf + 1; *p != '\0'; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(buf, 0700) != 0 && errno != EEXIST)
			return -1;
		*p = '/';
	}
	return 0;
}

/* The command line acts as the hub's administrator when run by the owner of
 * the database file; anyone else who can write it acts as staff, named by
 * their login. */
static void
cli_act_as_user(struct cli *cli)
{
	struct stat st;
	struct passwd *pw;
	char name[64];

	if (stat(cli->db_path, &st) == 0 && st.st_uid == geteuid()) {
		cli->hd->owner = true;
		hubdesk_act_as(cli->hd, HD_ROLE_ADMIN, NULL);
		return;
	}
	if ((pw = getpwuid(geteuid())) != NULL)
		snprintf(name, sizeof name, "%s", pw->pw_name);
	else
		snprintf(name, sizeof name, "uid %lu", (unsigned long)geteuid());
	hubdesk_act_as(cli->hd, HD_ROLE_STAFF, name);
}

static int
open_db(struct cli *cli, bool create)
{
	struct local_date d;
	char *err = NULL, safe[TEXT_SAFE];
	int minute, rc;

	if (cli->hd != NULL)
		return 0;
	/* Check what can be checked before the file is touched. */
	if (cli->now != NULL && caltime_parse_datetime(cli->now, &d, &minute) != 0) {
		fprintf(stderr, _("hubdesk: --now '%s' is not a local time; write it as %s\n"),
		    text_safe(cli->now, safe), caltime_datetime_forms());
		return HD_INVALID;
	}
	if (create && (rc = cli_db_folder(cli)) != 0)
		return rc;
	if ((rc = hubdesk_open(cli->db_path, create, &cli->hd, &err)) != HD_OK)
		return cli_fail(rc, err);
	cli_act_as_user(cli);
	/* The config's rule defaults go under the database's rules; without
	 * any, hubdesk_open's rules stand and nothing is read twice. */
	const char *defaults[16] = { NULL };
	bool any = false;
	for (int i = 0; i < 16 && rule_defs[i].key != NULL; i++) {
		defaults[i] = cli->cfg.rule_given[i] ? cli->cfg.rule_value[i] : NULL;
		any |= defaults[i] != NULL;
	}
	if (any && (rc = hubdesk_rule_defaults(cli->hd, defaults, &err)) != HD_OK)
		return cli_fail(rc, err);
	if (cli->now != NULL && (rc = hubdesk_set_now(cli->hd, cli->now, &err)) != HD_OK)
		return cli_fail(rc, err);
	return 0;
}

int
cli_db_folder(const struct cli *cli)
{
	char safe[TEXT_SAFE];

	if (make_parents(cli->db_path) == 0)
		return 0;
	fprintf(stderr, _("hubdesk: cannot create the folder for %s: %s; give --db PATH\n"),
	    text_safe(cli->db_path, safe), strerror(errno));
	return HD_STORE;
}

int
cli_open(struct cli *cli)
{
	return open_db(cli, false);
}

int
cli_create(struct cli *cli)
{
	return open_db(cli, true);
}

struct local_date
cli_today(const struct cli *cli)
{
	struct local_date d;
	int minute;

	caltime_from_utc(cli->hd->now, &d, &minute);
	return d;
}

int
cli_date(const struct cli *cli, const char *s, struct local_date *d)
{
	char safe[TEXT_SAFE];

	if (strcmp(s, "today") == 0) {
		*d = cli_today(cli);
		return 0;
	}
	if (strcmp(s, "tomorrow") == 0) {
		*d = caltime_add_days(cli_today(cli), 1);
		return 0;
	}
	if (caltime_parse_day(s, cli_today(cli), d) == 0)
		return 0;
	fprintf(stderr, _("hubdesk: '%s' is not a date; write it as %s (or today, tomorrow)\n"),
	    text_safe(s, safe), caltime_day_forms());
	return HD_INVALID;
}

int
cli_time(const char *what, const char *s, int *minute)
{
	char safe[TEXT_SAFE];

	if (caltime_parse_hhmm(s, minute) == 0)
		return 0;
	fprintf(stderr, _("hubdesk: %s '%s' is not a time; write it as %s\n"), what,
	    text_safe(s, safe), caltime_time_forms());
	return HD_INVALID;
}

int
cli_at(const struct cli *cli, const char *s, time_t *at)
{
	return cli_when(cli, "--at", s, at);
}

int
cli_when(const struct cli *cli, const char *opt, const char *s, time_t *at)
{
	struct local_date d;
	int minute;
	char safe[TEXT_SAFE];

	if (caltime_parse_datetime(s, &d, &minute) != 0) {
		if (caltime_parse_hhmm(s, &minute) != 0 || minute == 1440) {
			fprintf(stderr, _("hubdesk: %s '%s' is not a time; write %s, or a time "
			    "alone for today\n"), opt, text_safe(s, safe), caltime_datetime_forms());
			return HD_INVALID;
		}
		d = cli_today(cli);
	}
	if (caltime_to_utc(d, minute, at) != 0) {
		fprintf(stderr, _("hubdesk: %s '%s' does not exist: the clocks go forward over it\n"),
		    opt, text_safe(s, safe));
		return HD_INVALID;
	}
	return 0;
}

int
cli_format(const char *s, enum table_format *f)
{
	char safe[TEXT_SAFE];

	if (s == NULL) {
		*f = TABLE_TEXT;
		return 0;
	}
	if (table_parse_format(s, f) == 0)
		return 0;
	fprintf(stderr, _("hubdesk: '%s' is not a format; use text, csv, csv-fi or json\n"), text_safe(s, safe));
	return HD_INVALID;
}

int
cli_int(const char *what, const char *s, int lo, int hi, int *out)
{
	char *end, safe[TEXT_SAFE];
	long v;

	v = strtol(s, &end, 10);
	if (*s == '\0' || *end != '\0' || v < lo || v > hi) {
		fprintf(stderr, _("hubdesk: %s '%s' is not a number from %d to %d\n"), what,
		    text_safe(s, safe), lo, hi);
		return HD_INVALID;
	}
	*out = (int)v;
	return 0;
}

void
cli_day_range(struct local_date from, struct local_date to, time_t *start, time_t *end)
{
	*start = caltime_to_utc_next(from, 0);
	*end = caltime_to_utc_next(caltime_add_days(to, 1), 0);
}

int
cli_day_span(struct cli *cli, const struct cli_command *self, const char *date,
    const char *from, const char *to, struct local_date *d, int *from_min, int *to_min)
{
	int rc;

	*from_min = *to_min = -1;
	if (date == NULL)
		return cli_usage_error(self, _("--date is required"));
	if ((from == NULL) != (to == NULL))
		return cli_usage_error(self, _("give both --from and --to, or neither for the whole "
		    "day"));
	if (from != NULL && ((rc = cli_time("--from", from, from_min)) != 0 ||
	    (rc = cli_time("--to", to, to_min)) != 0))
		return rc;
	if ((rc = cli_open(cli)) != 0)
		return rc;
	return cli_date(cli, date, d);
}

char *
cli_date_text(struct local_date d, char *buf, size_t n)
{
	return i18n_date(buf, n, d.year, d.month, d.day);
}

char *
cli_clock_text(time_t t, char *buf, size_t n)
{
	return i18n_clock(buf, n, t);
}

char *
cli_end_text(time_t start, time_t end, char *buf, size_t n)
{
	return i18n_end(buf, n, start, end);
}

char *
cli_local_text(time_t t, char *buf, size_t n)
{
	struct local_date d;
	char date[I18N_DATE_MAX], hhmm[16];
	int minute;

	caltime_from_utc(t, &d, &minute);
	snprintf(buf, n, "%s %s", i18n_date(date, sizeof date, d.year, d.month, d.day),
	    i18n_time(hhmm, sizeof hhmm, minute));
	return buf;
}

const struct cli_command *const *
cli_subs(const struct cli_command *cmd)
{
	for (size_t i = 0; i < sizeof cli_families / sizeof cli_families[0]; i++) {
		if (cli_families[i].family == cmd)
			return cli_families[i].subs;
	}
	return NULL;
}

int
cli_dispatch(struct cli *cli, const struct cli_command *family, int argc, char **argv)
{
	const struct cli_command *const *subs = cli_subs(family);
	char safe[TEXT_SAFE];

	if (argc < 2)
		return cli_usage_error(family, _("say what to do: %s"), family->usage);
	if (strcmp(argv[1], "--help") == 0) {
		cli_print_usage(stdout, family);
		return 0;
	}
	for (int i = 0; subs[i] != NULL; i++) {
		if (strcmp(subs[i]->name + strlen(family->name) + 1, argv[1]) == 0)
			return subs[i]->run(cli, subs[i], argc - 1, argv + 1);
	}
	return cli_usage_error(family, _("unknown %s command '%s'"), family->name,
	    text_safe(argv[1], safe));
}
