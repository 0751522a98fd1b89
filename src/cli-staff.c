/* staff add|list|remove|pin: the staff members who open the staff screens.
 * A PIN is read from the terminal with echo off (asked twice), or as two
 * lines from standard input for scripts; it never appears in the arguments
 * or the environment, where ps or /proc could see it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "hubdesk/cli.h"
#include "hubdesk/i18n.h"
#include "hubdesk/staff.h"

/* Reads one line into buf without echo when stdin is a terminal; false at
 * the end of the input. */
static bool
staff_read_secret(const char *prompt, char *buf, size_t n)
{
	struct termios old, quiet;
	bool tty = isatty(STDIN_FILENO) != 0, got;
	char *nl;

	if (tty) {
		fputs(prompt, stderr);
		fflush(stderr);
		tcgetattr(STDIN_FILENO, &old);
		quiet = old;
		quiet.c_lflag &= ~(tcflag_t)ECHO;
		tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
	}
	got = fgets(buf, (int)n, stdin) != NULL;
	if (!got)
		buf[0] = '\0';
	if (tty) {
		tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
		fputc('\n', stderr);
	}
	if ((nl = strchr(buf, '\n')) != NULL)
		*nl = '\0';
	return got;
}

static void
staff_wipe_text(char *p, size_t n)
{
	volatile char *v = p;

	while (n-- > 0)
		*v++ = 0;
}

static int
run_staff_add(struct cli *cli, const struct cli_command *self, int argc, char **argv)
{
	const char *pos[1];
	bool admin = false;
	const struct cli_opt opts[] = { { "admin", NULL, &admin }, { NULL, NULL, NULL } };
	struct staff_member m;
	char *err = NULL;
	int rc;

	if ((rc = cli_args(self, argc, argv, opts, pos, 1, 1)) != 0 || (rc = cli_open(cli)) != 0)
		return rc;
	if ((rc = staff_add(cli->hd, pos[0], admin, &m, &err)) != HD_OK)
		return cli_fail(rc, err);
	/* The command to copy must work as typed: a name of two words is quoted. */
	printf(m.is_admin ? _("added %s (administrator), no PIN yet: 'hubdesk staff pin %s%s%s' "
	    "sets it\n") : _("added %s (staff), no PIN yet: 'hubdesk staff pin %s%s%s' sets it\n"),
	    m.name, strchr(m.name, ' ') ? "\"" : "", m.name, strchr(m.name, ' ') ? "\"" : "");
	return 0;
}

static int
run_staff_list(struct cli *cli, const struct cli_command *self, int argc, char **argv)
{
	static const char *const cols[] = { N_("name"), N_("role"), N_("pin"), N_("locked_until"),
		N_("uuid"), NULL };
	const char *format = NULL;
	const struct cli_opt opts[] = { { "format", &format, NULL }, { NULL, NULL, NULL } };
	struct staff_member *v;
	struct staff_lockout lock;
	struct table *t;
	enum table_format f;
	char until[64], local[48];
	size_t n;
	char *err = NULL;
	int rc;

	if ((rc = cli_args(self, argc, argv, opts, NULL, 0, 0)) != 0 ||
	    (rc = cli_format(format, &f)) != 0 || (rc = cli_open(cli)) != 0)
		return rc;
	if ((rc = staff_list(cli->hd, &v, &n, &lock, &err)) != HD_OK)
		return cli_fail(rc, err);
	/* One lockout for everyone: an unknown name's tries count too. */
	until[0] = '\0';
	if (lock.paused_until > cli->hd->now)
		snprintf(until, sizeof until, f == TABLE_TEXT ? C_("time and seconds", "%s:%02d")
		    : "%s:%02d", f == TABLE_TEXT ? cli_local_text(lock.paused_until, local, sizeof local)
		    : caltime_format_local(lock.paused_until, local), (int)(lock.paused_until % 60));
	t = table_new(cols);
	table_set_empty(t, _("no staff members yet; add one with 'hubdesk staff add NAME --admin'"));
	for (size_t i = 0; i < n; i++) {
		table_row(t);
		table_str(t, v[i].name);
		if (f == TABLE_TEXT) {
			table_str(t, v[i].is_admin ? C_("staff role", "admin") : C_("staff role", "staff"));
			table_str(t, v[i].has_pin ? C_("PIN", "set") : C_("PIN", "not set"));
		} else {
			table_str(t, v[i].is_admin ? "admin" : "staff");
			table_str(t, v[i].has_pin ? "set" : "not set");
		}
		table_str(t, until);
		table_str(t, v[i].uuid);
	}
	table_print(t, f, stdout);
	table_free(t);
	free(v);
	return 0;
}

static int
run_staff_remove(struct cli *cli, const struct cli_command *self, int argc, char **argv)
{
	const char *pos[1];
	char *err = NULL;
	int rc;

	if ((rc = cli_args(self, argc, argv, NULL, pos, 1, 1)) != 0 || (rc = cli_open(cli)) != 0)
		return rc;
	if ((rc = staff_remove(cli->hd, pos[0], &err)) != HD_OK)
		return cli_fail(rc, err);
	printf(_("removed %s\n"), pos[0]);
	return 0;
}

static int
run_staff_pin(struct cli *cli, const struct cli_command *self, int argc, char **argv)
{
	const char *pos[1];
	char pin[64], again[64], *err = NULL;
	int rc;

	if ((rc = cli_args(self, argc, argv, NULL, pos, 1, 1)) != 0 || (rc = cli_open(cli)) != 0)
		return rc;
	/* Asked twice on a terminal and twice on stdin alike: a script's typo
	 * is caught the same way. */
	if (!staff_read_secret(_("New staff PIN (6-12 digits): "), pin, sizeof pin) ||
	    !staff_read_secret(_("The same PIN again: "), again, sizeof again) ||
	    strcmp(pin, again) != 0) {
		staff_wipe_text(pin, sizeof pin);
		staff_wipe_text(again, sizeof again);
		fputs(_("hubdesk: the PIN was not given the same twice; give it on two lines (twice on "
		    "a terminal); nothing was changed\n"), stderr);
		return HD_INVALID;
	}
	staff_wipe_text(again, sizeof again);
	rc = staff_set_pin(cli->hd, pos[0], pin, &err);
	staff_wipe_text(pin, sizeof pin);
	if (rc != HD_OK)
		return cli_fail(rc, err);
	printf(_("PIN set for %s\n"), pos[0]);
	return 0;
}

static const struct cli_command staff_add_cmd = {
	"staff add", "NAME [--admin]", N_("add a staff member (an administrator with --admin), no PIN yet"),
	NULL, run_staff_add,
};
static const struct cli_command staff_list_cmd = {
	"staff list", "[--format text|csv|csv-fi|json]",
	N_("the staff members: role, PIN set or not, and until when the staff screens are locked"),
	NULL, run_staff_list,
};
static const struct cli_command staff_remove_cmd = {
	"staff remove", "NAME", N_("remove a staff member"), NULL, run_staff_remove,
};
static const struct cli_command staff_pin_cmd = {
	"staff pin", "NAME",
	N_("set a staff member's PIN (asked twice on the terminal, or two lines on stdin)"),
	N_("The PIN is 6 to 12 digits. Only its yescrypt hash is stored.\n"), run_staff_pin,
};

const struct cli_command *const cli_staff_subs[] = { &staff_add_cmd, &staff_list_cmd,
	&staff_remove_cmd, &staff_pin_cmd, &cli_cmd_staff_key, NULL };

static int
run_staff(struct cli *cli, const struct cli_command *self, int argc, char **argv)
{
	return cli_dispatch(cli, self, argc, argv);
}

const struct cli_command cli_cmd_staff = {
	"staff", "add|list|remove|pin|key ...", N_("the staff members who open the staff screens"),
	N_("  staff add NAME [--admin]\n"
	"  staff list [--format text|csv|csv-fi|json]\n"
	"  staff remove NAME\n"
	"  staff pin NAME\n"
	"  staff key add|list|remove NAME ...\n\n"
	"All of them are the administrator's: the owner of the database file. A PIN is\n"
	"6 to 12 digits, read from the terminal (asked twice, not shown) or as two lines\n"
	"on standard input; only its yescrypt hash is stored. Names are matched\n"
	"whatever their case.\n"),
	run_staff,
};
