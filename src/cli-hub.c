/* Commands about the hub itself: init, status, hub, hours, closed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <langinfo.h>
#include <locale.h>
#include <unistd.h>

#include "hubdesk/booking.h"
#include "hubdesk/cli.h"
#include "hubdesk/i18n.h"
#include "hubdesk/text.h"
#include "hubdesk/today.h"
#include "hubdesk/ui.h"

static int
run_init(struct cli *cli, const struct cli_command *self, int argc, char **argv)
{
	const char *name = NULL, *municipality = NULL, *region = NULL, *tz = NULL;
	const char *opens = "08:00", *closes = "17:00", *days = "mon-fri";
	const struct cli_opt opts[] = {
		{ "name", &name, NULL }, { "municipality", &municipality, NULL },
		{ "region", &region, NULL }, { "timezone", &tz, NULL },
		{ "opens", &opens, NULL }, { "closes", &closes, NULL }, { "days", &days, NULL },
		{ NULL, NULL, NULL },
	};
	struct hub_settings s;
	char *err = NULL, safe[TEXT_SAFE];
	int rc;

	if ((rc = cli_args(self, argc, argv, opts, NULL, 0, 0)) != 0)
		return rc;
	if (name == NULL || municipality == NULL)
		return cli_usage_error(self, _("--name and --municipality are required"));
	memset(&s, 0, sizeof s);
	s.name = name;
	s.municipality = municipality;
	s.region = region;
	s.timezone = tz != NULL ? tz : cli->cfg.timezone;
	if ((rc = cli_time("--opens", opens, &s.opens_min)) != 0 ||
	    (rc = cli_time("--closes", closes, &s.closes_min)) != 0)
		return rc;
	if (hub_parse_days(days, &s.days) != 0)
		return cli_usage_error(self, _("--days '%s' is not a list of days like mon-fri or "
		    "mon,wed,fri"), text_safe(days, safe));
	if ((rc = hub_settings_check(&s, NULL, &err)) != HD_OK)
		return cli_fail(rc, err);
	if ((rc = cli_create(cli)) != 0)
		return rc;
	if ((rc = hub_init(cli->hd, &s, &err)) != HD_OK)
		return cli_fail(rc, err);
	printf("%s\n", cli->hd->hub.uuid);
	return 0;
}

const struct cli_command cli_cmd_init = {
	"init",
	"--name NAME --municipality NAME [--region R] [--timezone TZ] [--opens HH:MM] "
	"[--closes HH:MM] [--days mon-fri]",
	N_("create the hub in a new database and print its UUID"),
	N_("Opening hours default to 08:00-17:00, Monday to Friday; the time zone to the\n"
	"config's timezone (Europe/Helsinki). --closes 24:00 keeps it open until midnight.\n"),
	run_init,
};

static void
print_hours(const struct hub *h, FILE *out)
{
	char day[32], a[16], b[16];

	for (int i = 0; i < 7; i++) {
		/* English shows the names `hours` takes (mon, sat); the other
		 * languages their own short weekdays (ma, lör). */
		if (i18n_current() == HD_LANG_EN)
			snprintf(day, sizeof day, "%s", hub_weekday_names[i]);
		else
			i18n_weekday(day, sizeof day, i);
		if (h->hours[i].open)
			fprintf(out, "  %-3s  %s\xe2\x80\x93%s\n", day,
			    i18n_time(a, sizeof a, h->hours[i].opens_min),
			    i18n_time(b, sizeof b, h->hours[i].closes_min));
		else
			fprintf(out, _("  %-3s  closed\n"), day);
	}
}

static int
run_hub_edit(struct cli *cli, const struct cli_command *self, int argc, char **argv)
{
	const char *name = NULL, *address = NULL, *email = NULL;
	bool no_address = false, no_email = false;
	const struct cli_opt opts[] = {
		{ "name", &name, NULL }, { "address", &address, NULL },
		{ "no-address", NULL, &no_address }, { "email", &email, NULL },
		{ "no-email", NULL, &no_email }, { NULL, NULL, NULL },
	};
	struct hub_card_edit e;
	char *err = NULL;
	int rc;

	if ((rc = cli_args(self, argc, argv, opts, NULL, 0, 0)) != 0)
		return rc;
	if ((address != NULL && no_address) || (email != NULL && no_email))
		return cli_usage_error(self, _("give --address or --no-address, --email or "
		    "--no-email, not both"));
	if (name == NULL && address == NULL && email == NULL && !no_address && !no_email)
		return cli_usage_error(self, _("nothing to change; give --name, --address or --email"));
	if ((rc = cli_open(cli)) != 0)
		return rc;
	e.name = name;
	e.address = no_address ? "" : address;
	e.email = no_email ? "" : email;
	if ((rc = hub_edit(cli->hd, &e, &err)) != HD_OK)
		return cli_fail(rc, err);
	return 0;
}

static const struct cli_command hub_edit_cmd = {
	"hub edit", "[--name NAME] [--address TEXT|--no-address] [--email ADDRESS|--no-email]",
	N_("change the hub's name, or the address and contact e-mail of its public card"),
	N_("The address and e-mail are the hub's own, for the network's directory of hubs:\n"
	"the monthly dump carries them only when set (docs/dump-format.md). Never give a\n"
	"person's e-mail here.\n"),
	run_hub_edit,
};

static int
run_hub(struct cli *cli, const struct cli_command *self, int argc, char **argv)
{
	const char *format = NULL;
	const struct cli_opt opts[] = { { "format", &format, NULL }, { NULL, NULL, NULL } };
	const struct hub *h;
	enum table_format f;
	char *err = NULL, a[6], b[6];
	int rc;

	if (argc > 1 && strcmp(argv[1], "edit") == 0)
		return run_hub_edit(cli, &hub_edit_cmd, argc - 1, argv + 1);
	if ((rc = cli_args(self, argc, argv, opts, NULL, 0, 0)) != 0 ||
	    (rc = cli_format(format, &f)) != 0 || (rc = cli_open(cli)) != 0)
		return rc;
	if ((rc = hub_require(cli->hd, &err)) != HD_OK)
		return cli_fail(rc, err);
	h = &cli->hd->hub;
	if (f == TABLE_TEXT) {
		/* TRANSLATORS: keep the values lined up in one column. */
		printf(_("%s\n  uuid          %s\n  municipality  %s\n  region        %s\n"
		    "  time zone     %s\n"), h->name, h->uuid, h->municipality,
		    h->region[0] ? h->region : "-", h->timezone);
		/* TRANSLATORS: lined up with the lines above. */
		printf(_("  address       %s\n  e-mail        %s\nopening hours:\n"),
		    h->address[0] ? h->address : "-", h->email[0] ? h->email : "-");
		print_hours(h, stdout);
		return 0;
	}
	static const char *const cols[] = { N_("uuid"), N_("name"), N_("municipality"),
		N_("region"), N_("timezone"), N_("address"), N_("email"), N_("mon"), N_("tue"),
		N_("wed"), N_("thu"), N_("fri"), N_("sat"), N_("sun"), NULL };
	struct table *t = table_new(cols);
	table_row(t);
	table_str(t, h->uuid);
	table_str(t, h->name);
	table_str(t, h->municipality);
	table_str(t, h->region);
	table_str(t, h->timezone);
	table_str(t, h->address[0] ? h->address : NULL);
	table_str(t, h->email[0] ? h->email : NULL);
	for (int i = 0; i < 7; i++) {
		char span[16];
		snprintf(span, sizeof span, "%s-%s", caltime_format_hhmm(h->hours[i].opens_min, a),
		    caltime_format_hhmm(h->hours[i].closes_min, b));
		table_str(t, h->hours[i].open ? span : NULL);
	}
	table_print(t, f, stdout);
	table_free(t);
	return 0;
}

const struct cli_command cli_cmd_hub = {
	"hub", "[--format text|csv|csv-fi|json] | edit [--name NAME] [--address TEXT|--no-address] "
	"[--email ADDRESS|--no-email]",
	N_("show the hub's name, UUID, time zone and hours; edit its public card"),
	N_("  hub [--format F]   the hub, its address and e-mail, and its hours\n"
	"  hub edit ...       change its name, or the address and contact e-mail the\n"
	"                     monthly dump carries to the network's directory\n"), run_hub,
};

static int
run_hours(struct cli *cli, const struct cli_command *self, int argc, char **argv)
{
	const char *pos[2];
	unsigned mask;
	int opens = 0, closes = 0, rc;
	char *err = NULL, safe[TEXT_SAFE];

	pos[1] = NULL;
	if ((rc = cli_args(self, argc, argv, NULL, pos, 2, 2)) != 0)
		return rc;
	if (hub_parse_days(pos[0], &mask) != 0)
		return cli_usage_error(self, _("'%s' is not a list of days like mon-fri"),
		    text_safe(pos[0], safe));
	if (strcmp(pos[1], "closed") != 0) {
		char from[8], to[8];
		const char *dash = strchr(pos[1], '-');
		if (dash == NULL || dash - pos[1] >= (long)sizeof from || strlen(dash + 1) >= sizeof to)
			return cli_usage_error(self, _("write the hours as HH:MM-HH:MM or closed"));
		snprintf(from, sizeof from, "%.*s", (int)(dash - pos[1]), pos[1]);
		snprintf(to, sizeof to, "%s", dash + 1);
		if ((rc = cli_time(_("opening"), from, &opens)) != 0 ||
		    (rc = cli_time(_("closing"), to, &closes)) != 0)
			return rc;
		if (closes <= opens)
			return cli_usage_error(self, _("closing must come after opening"));
	}
	if ((rc = cli_open(cli)) != 0)
		return rc;
	if ((rc = hub_set_hours(cli->hd, mask, opens, closes, &err)) != HD_OK)
		return cli_fail(rc, err);
	print_hours(&cli->hd->hub, stdout);
	return 0;
}

const struct cli_command cli_cmd_hours = {
	"hours", "DAYS HH:MM-HH:MM|closed", N_("set the opening hours of some weekdays"),
	N_("DAYS is mon-fri, sat, mon,wed,fri and so on. Existing bookings are kept.\n"),
	run_hours,
};

static int
run_closed_add(struct cli *cli, const struct cli_command *self, int argc, char **argv)
{
	const char *note = NULL, *format = NULL, *pos[1];
	const struct cli_opt opts[] = {
		{ "note", &note, NULL }, { "format", &format, NULL }, { NULL, NULL, NULL },
	};
	struct booking_affected *v;
	struct local_date d;
	enum table_format f;
	size_t n;
	char *err = NULL, date[I18N_DATE_MAX];
	int rc;

	if ((rc = cli_args(self, argc, argv, opts, pos, 1, 1)) != 0 ||
	    (rc = cli_format(format, &f)) != 0 || (rc = cli_open(cli)) != 0)
		return rc;
	if ((rc = hub_closed_add(cli->hd, pos[0], note, &v, &n, &err)) != HD_OK)
		return cli_fail(rc, err);
	if (f == TABLE_TEXT && caltime_parse_date(pos[0], &d) == 0)
		printf(_("closed %s\n"), cli_date_text(d, date, sizeof date));
	cli_print_affected(v, n, f);
	free(v);
	return 0;
}

static int
run_closed_remove(struct cli *cli, const struct cli_command *self, int argc, char **argv)
{
	const char *pos[1];
	char *err = NULL;
	int rc;

	if ((rc = cli_args(self, argc, argv, NULL, pos, 1, 1)) != 0 || (rc = cli_open(cli)) != 0)
		return rc;
	if ((rc = hub_closed_remove(cli->hd, pos[0], &err)) != HD_OK)
		return cli_fail(rc, err);
	return 0;
}

static int
run_closed_list(struct cli *cli, const struct cli_command *self, int argc, char **argv)
{
	static const char *const cols[] = { N_("date"), N_("note"), NULL };
	const char *format = NULL;
	const struct cli_opt opts[] = { { "format", &format, NULL }, { NULL, NULL, NULL } };
	struct closed_day *days;
	struct table *t;
	enum table_format f;
	size_t n;
	char *err = NULL, date[I18N_DATE_MAX];
	int rc;

	if ((rc = cli_args(self, argc, argv, opts, NULL, 0, 0)) != 0 ||
	    (rc = cli_format(format, &f)) != 0 || (rc = cli_open(cli)) != 0)
		return rc;
	if ((rc = hub_closed_list(cli->hd, &days, &n, &err)) != HD_OK)
		return cli_fail(rc, err);
	t = table_new(cols);
	table_set_empty(t, _("no closed dates"));
	for (size_t i = 0; i < n; i++) {
		table_row(t);
		table_str(t, f == TABLE_TEXT ? cli_date_text(days[i].date, date, sizeof date)
		                             : caltime_format_date(days[i].date, date));
		table_str(t, days[i].note);
	}
	table_print(t, f, stdout);
	table_free(t);
	free(days);
	return 0;
}

static const struct cli_command closed_add = {
	"closed add", "DATE [--note TEXT] [--format text|csv|csv-fi|json]",
	N_("close the hub on DATE; cancels its bookings to come and lists them"),
	N_("The bookings of DATE still to come are cancelled in the same step; those under\n"
	"way (begun or checked in to) are kept. Each is listed with what became of it:\n"
	"  cancelled 2026-12-07 09:00\xe2\x80\x93" "12:00 D01 AB3CD (UUID)\n"
	"  kept (under way) 2026-12-07 08:00\xe2\x80\x93" "17:00 D02 C4FGH (UUID)\n"
	"or 'no bookings affected'; --format csv or json gives the list alone.\n"),
	run_closed_add,
};
static const struct cli_command closed_remove = {
	"closed remove", "DATE", N_("open the hub again on DATE"), NULL, run_closed_remove,
};
static const struct cli_command closed_list = {
	"closed list", "[--format text|csv|csv-fi|json]", N_("list the closed dates"), NULL,
	run_closed_list,
};

const struct cli_command *const cli_closed_subs[] = {
	&closed_add, &closed_remove, &closed_list, NULL,
	};

static int
run_closed(struct cli *cli, const struct cli_command *self, int argc, char **argv)
{
	return cli_dispatch(cli, self, argc, argv);
}

const struct cli_command cli_cmd_closed = {
	"closed", "add|remove|list ...", N_("the dates the hub is closed (holidays, repairs)"),
	"  closed add DATE [--note TEXT] [--format F]\n  closed remove DATE\n"
	"  closed list [--format F]\n",
	run_closed,
};

static int
print_status(struct cli *cli, enum table_format f)
{
	static const char *const cols[] = { N_("date"), N_("open"), N_("opens"), N_("closes"),
		N_("desks"), N_("desks_free_now"), N_("desks_free_rest_of_day"), N_("members_in"),
		N_("guests_in"), N_("bookings_today"), NULL };
	struct today t;
	struct table *tab;
	char *err = NULL, date[I18N_DATE_MAX], a[16], b[16], members[64], guests[64];
	int rc;

	if ((rc = today_get(cli->hd, &t, &err)) != HD_OK)
		return cli_fail(rc, err);
	if (f == TABLE_TEXT) {
		printf("%s, %s\n", cli->hd->hub.name,
		    i18n_day(date, sizeof date, t.date.year, t.date.month, t.date.day));
		if (t.open)
			printf(_("open %s\xe2\x80\x93%s\n"), cli_clock_text(t.opens, a, sizeof a),
			    cli_end_text(t.opens, t.closes, b, sizeof b));
		else
			printf(_("closed today\n"));
		printf(_("desks free now: %d of %d (%d free for the rest of the day)\n"),
		    t.desks_free_now, t.desks, t.desks_free_rest);
		snprintf(members, sizeof members, ngettext("%d member", "%d members", t.members_in),
		    t.members_in);
		snprintf(guests, sizeof guests, ngettext("%d guest", "%d guests", t.guests_in),
		    t.guests_in);
		printf(_("in now: %s, %s\n"), members, guests);
		printf(_("bookings today: %d\n"), t.bookings_today);
		return 0;
	}
	caltime_format_date(t.date, date);
	tab = table_new(cols);
	table_row(tab);
	table_str(tab, date);
	table_int(tab, t.open);
	if (t.open) {
		table_str(tab, caltime_format_time(t.opens, a));
		table_str(tab, caltime_format_end(t.opens, t.closes, b));
	} else {
		table_null(tab);
		table_null(tab);
	}
	table_int(tab, t.desks);
	table_int(tab, t.desks_free_now);
	table_int(tab, t.desks_free_rest);
	table_int(tab, t.members_in);
	table_int(tab, t.guests_in);
	table_int(tab, t.bookings_today);
	table_print(tab, f, stdout);
	table_free(tab);
	return 0;
}

static int
run_status(struct cli *cli, const struct cli_command *self, int argc, char **argv)
{
	const char *format = NULL;
	const struct cli_opt opts[] = { { "format", &format, NULL }, { NULL, NULL, NULL } };
	enum table_format f;
	int rc;

	if ((rc = cli_args(self, argc, argv, opts, NULL, 0, 0)) != 0 ||
	    (rc = cli_format(format, &f)) != 0 || (rc = cli_open(cli)) != 0)
		return rc;
	return print_status(cli, f);
}

const struct cli_command cli_cmd_status = {
	"status", "[--format text|csv|csv-fi|json]",
	N_("the hub now: desks free, people in, today's bookings"), NULL, run_status,
};

/* The kiosk's name in the audit log: the config's kiosk_name, else its
 * terminal's ("/dev/tty1" is tty1, "/dev/pts/3" is pts-3). */
static void
kiosk_name(const struct cli *cli, char out[static 32])
{
	const char *tty = ttyname(STDIN_FILENO);

	if (cli->cfg.kiosk_name[0] != '\0') {
		snprintf(out, 32, "%s", cli->cfg.kiosk_name);
		return;
	}
	if (tty == NULL)
		tty = "kiosk";
	if (strncmp(tty, "/dev/", 5) == 0)
		tty += 5;
	snprintf(out, 32, "%s", tty);
	for (char *c = out; *c != '\0'; c++)
		if (*c == '/')
			*c = '-';
}

int
cli_ui_ready(void)
{
	if (!ui_terminal_usable()) {
		const char *term = getenv("TERM");
		char safe[TEXT_SAFE];
		if (term != NULL && *term != '\0')
			fprintf(stderr, _("hubdesk: the terminal UI needs a terminal it can drive "
			    "(TERM=%s); set TERM, e.g. TERM=xterm-256color, or give a command "
			    "(hubdesk --help)\n"), text_safe(term, safe));
		else
			fputs(_("hubdesk: the terminal UI needs a terminal it can drive (TERM is not "
			    "set); set TERM, e.g. TERM=xterm-256color, or give a command "
			    "(hubdesk --help)\n"), stderr);
		return HD_INVALID;
	}
	/* A fresh machine's root shell often has no locale set: the UI then
	 * takes C.UTF-8 (every glibc has it) rather than garble Äijälä. */
	if (strcmp(nl_langinfo(CODESET), "UTF-8") != 0)
		setlocale(LC_ALL, "C.UTF-8");
	if (strcmp(nl_langinfo(CODESET), "UTF-8") != 0) {
		fputs(_("hubdesk: the terminal UI needs a UTF-8 locale (names like Äijälä); set "
		    "LANG=C.UTF-8 or fi_FI.UTF-8\n"), stderr);
		return HD_INVALID;
	}
	return 0;
}

int
cli_no_command(struct cli *cli)
{
	int rc;

	struct ui_options opt;
	char *err = NULL;

	if ((rc = cli_open(cli)) != 0)
		return rc;
	if ((rc = hub_require(cli->hd, &err)) != HD_OK)
		return cli_fail(rc, err);
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		fputs(_("hubdesk: not a terminal, so here is the status; 'hubdesk --help' lists the "
		    "commands\n"), stderr);
		return print_status(cli, TABLE_TEXT);
	}
	if ((rc = cli_ui_ready()) != 0)
		return rc;
	memset(&opt, 0, sizeof opt);
	opt.kiosk = cli->kiosk || strcmp(cli->cfg.kiosk, "yes") == 0;
	opt.idle_seconds = atoi(cli->cfg.idle_timeout);
	opt.staff_idle_seconds = atoi(cli->cfg.staff_idle_timeout);
	opt.fixed_clock = cli->now != NULL;
	kiosk_name(cli, opt.kiosk_name);
	return ui_run(cli->hd, &opt);
}
