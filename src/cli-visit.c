/* checkin, checkout, guest, guest-out, visits. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hubdesk/cli.h"
#include "hubdesk/i18n.h"
#include "hubdesk/text.h"
#include "hubdesk/visit.h"

/* The event time: --at when given, else the clock. */
static int
event_time(struct cli *cli, const char *at, time_t *t)
{
	if (at == NULL) {
		*t = cli->hd->now;
		return 0;
	}
	return cli_at(cli, at, t);
}

static int
run_checkin(struct cli *cli, const struct cli_command *self, int argc, char **argv)
{
	const char *member = NULL, *space = NULL, *at = NULL;
	const struct cli_opt opts[] = {
		{ "member", &member, NULL }, { "space", &space, NULL }, { "at", &at, NULL },
		{ NULL, NULL, NULL },
	};
	struct visit v;
	struct local_date today, day;
	time_t t;
	char *err = NULL, hh[16], until[16], date[I18N_DATE_MAX], note[160], line[400];
	size_t used;
	int rc, minute;

	if ((rc = cli_args(self, argc, argv, opts, NULL, 0, 0)) != 0)
		return rc;
	if (member == NULL)
		return cli_usage_error(self, _("--member is required"));
	if ((rc = cli_open(cli)) != 0 || (rc = event_time(cli, at, &t)) != 0)
		return rc;
	if ((rc = visit_checkin(cli->hd, member, space, t, &v, &err)) != HD_OK)
		return cli_fail(rc, err);
	/* A visit entered for another day says which. */
	caltime_from_utc(cli->hd->now, &today, &minute);
	caltime_from_utc(v.in_at, &day, &minute);
	cli_clock_text(v.in_at, hh, sizeof hh);
	if (caltime_date_cmp(day, today) != 0)
		used = (size_t)snprintf(line, sizeof line, _("checked in %s on %s at %s"),
		    v.member_code, cli_date_text(day, date, sizeof date), hh);
	else
		used = (size_t)snprintf(line, sizeof line, _("checked in %s at %s"), v.member_code, hh);
	if (used < sizeof line && (v.how != CHECKIN_NO_DESK || v.booking_starts != 0))
		used += (size_t)snprintf(line + used, sizeof line - used, ", %s",
		    visit_checkin_note(&v, note, sizeof note));
	if (used < sizeof line && v.desk_free_until != 0 && v.how != CHECKIN_EARLY_ELSEWHERE)
		snprintf(line + used, sizeof line - used, _(", free until %s"),
		    cli_clock_text(v.desk_free_until, until, sizeof until));
	printf("%s\n", line);
	return 0;
}

const struct cli_command cli_cmd_checkin = {
	"checkin", "--member CODE [--space CODE|any] [--at \"YYYY-MM-DD HH:MM\"]",
	N_("check a member in (to their booking for now, else as a walk-in)"),
	N_("A booking in its check-in window (from checkin-early-minutes before its start\n"
	"to grace-minutes after) is taken; if someone sits at its desk, another desk of\n"
	"its kind is taken and the booking moves there. Arriving earlier on the day of a\n"
	"booking keeps it: its desk if that is free until the start, else a free desk\n"
	"now. Without a booking, --space CODE takes that space if it is free, --space\n"
	"any takes a free desk, and no --space checks in without a desk. A walk-in holds\n"
	"the desk until they check out, the desk's next booking or closing. --at records\n"
	"a past check-in; a visit left open yesterday is closed at its closing time.\n"),
	run_checkin,
};

static int
run_checkout(struct cli *cli, const struct cli_command *self, int argc, char **argv)
{
	const char *member = NULL, *at = NULL;
	const struct cli_opt opts[] = {
		{ "member", &member, NULL }, { "at", &at, NULL }, { NULL, NULL, NULL },
	};
	struct visit v;
	struct local_date today, day;
	time_t t;
	char *err = NULL, hh[16], date[I18N_DATE_MAX];
	int rc, minute;

	if ((rc = cli_args(self, argc, argv, opts, NULL, 0, 0)) != 0)
		return rc;
	if (member == NULL)
		return cli_usage_error(self, _("--member is required"));
	if ((rc = cli_open(cli)) != 0 || (rc = event_time(cli, at, &t)) != 0)
		return rc;
	if ((rc = visit_checkout(cli->hd, member, t, &v, &err)) != HD_OK)
		return cli_fail(rc, err);
	caltime_from_utc(cli->hd->now, &today, &minute);
	caltime_from_utc(v.out_at, &day, &minute);
	cli_clock_text(v.out_at, hh, sizeof hh);
	if (caltime_date_cmp(day, today) != 0)
		printf(_("checked out %s on %s at %s\n"), v.member_code,
		    cli_date_text(day, date, sizeof date), hh);
	else
		printf(_("checked out %s at %s\n"), v.member_code, hh);
	return 0;
}

const struct cli_command cli_cmd_checkout = {
	"checkout", "--member CODE [--at \"YYYY-MM-DD HH:MM\"]",
	N_("check a member out (--at: a forgotten check-out)"), NULL, run_checkout,
};

static int
run_guest(struct cli *cli, const struct cli_command *self, int argc, char **argv)
{
	const char *name = NULL, *host = NULL, *purpose = NULL, *at = NULL;
	const struct cli_opt opts[] = {
		{ "name", &name, NULL }, { "host", &host, NULL }, { "purpose", &purpose, NULL },
		{ "at", &at, NULL }, { NULL, NULL, NULL },
	};
	struct visit v;
	time_t t;
	char *err = NULL;
	int rc;

	if ((rc = cli_args(self, argc, argv, opts, NULL, 0, 0)) != 0)
		return rc;
	if (name == NULL || host == NULL)
		return cli_usage_error(self, _("--name and --host are required"));
	if ((rc = cli_open(cli)) != 0 || (rc = event_time(cli, at, &t)) != 0)
		return rc;
	if ((rc = visit_guest_in(cli->hd, name, host, purpose, t, &v, &err)) != HD_OK)
		return cli_fail(rc, err);
	printf("%s\n", v.uuid);
	return 0;
}

const struct cli_command cli_cmd_guest = {
	"guest", "--name NAME --host CODE [--purpose TEXT] [--at \"YYYY-MM-DD HH:MM\"]",
	N_("sign a guest in; prints only the visit's UUID"), NULL, run_guest,
};

static int
run_guest_out(struct cli *cli, const struct cli_command *self, int argc, char **argv)
{
	const char *at = NULL, *pos[1];
	const struct cli_opt opts[] = { { "at", &at, NULL }, { NULL, NULL, NULL } };
	struct visit v;
	time_t t;
	char *err = NULL;
	int rc;

	if ((rc = cli_args(self, argc, argv, opts, pos, 1, 1)) != 0)
		return rc;
	if ((rc = cli_open(cli)) != 0 || (rc = event_time(cli, at, &t)) != 0)
		return rc;
	if ((rc = visit_guest_out(cli->hd, pos[0], t, &v, &err)) != HD_OK)
		return cli_fail(rc, err);
	return 0;
}

const struct cli_command cli_cmd_guest_out = {
	"guest-out", "VISIT-UUID [--at \"YYYY-MM-DD HH:MM\"]", N_("sign a guest out"), NULL,
	run_guest_out,
};

static int
run_visits(struct cli *cli, const struct cli_command *self, int argc, char **argv)
{
	static const char *const cols[] = { N_("uuid"), N_("kind"), N_("member"), N_("name"),
		N_("host"), N_("purpose"), N_("space"), N_("booking"), N_("in"), N_("out"),
		N_("auto_closed"), NULL };
	const char *date = NULL, *month = NULL, *format = NULL;
	const struct cli_opt opts[] = {
		{ "date", &date, NULL }, { "month", &month, NULL }, { "format", &format, NULL },
		{ NULL, NULL, NULL },
	};
	struct local_date d1, d2;
	struct visit *v;
	struct table *t;
	enum table_format f;
	time_t from, to;
	size_t n;
	char *err = NULL, a[48], b[48], safe[TEXT_SAFE];
	int rc;

	if ((rc = cli_args(self, argc, argv, opts, NULL, 0, 0)) != 0 ||
	    (rc = cli_format(format, &f)) != 0)
		return rc;
	if (date != NULL && month != NULL)
		return cli_usage_error(self, _("give --date or --month, not both"));
	if ((rc = cli_open(cli)) != 0)
		return rc;
	if (month != NULL) {
		if (caltime_parse_month(month, &d1) != 0)
			return cli_usage_error(self, _("--month '%s' is not a month; write YYYY-MM"),
			    text_safe(month, safe));
		d2 = caltime_add_days(d1, caltime_days_in_month(d1.year, d1.month) - 1);
	} else if (date != NULL) {
		if ((rc = cli_date(cli, date, &d1)) != 0)
			return rc;
		d2 = d1;
	} else {
		d1 = d2 = cli_today(cli);
	}
	cli_day_range(d1, d2, &from, &to);
	if ((rc = visit_list(cli->hd, from, to, &v, &n, &err)) != HD_OK)
		return cli_fail(rc, err);
	t = table_new(cols);
	table_set_empty(t, _("no visits"));
	for (size_t i = 0; i < n; i++) {
		table_row(t);
		table_str(t, v[i].uuid);
		/* Text names the kind in the language; CSV and JSON keep the key. */
		if (f == TABLE_TEXT)
			table_str(t, v[i].is_guest ? C_("visit kind", "guest") : C_("visit kind", "member"));
		else
			table_str(t, v[i].is_guest ? "guest" : "member");
		table_str(t, v[i].is_guest ? NULL : v[i].member_code);
		table_str(t, v[i].name);
		table_str(t, v[i].is_guest ? v[i].member_code : NULL);
		table_str(t, v[i].purpose);
		table_str(t, v[i].space_code);
		table_str(t, v[i].booking_uuid);
		if (f == TABLE_TEXT) {
			table_str(t, cli_local_text(v[i].in_at, a, sizeof a));
			table_str(t, v[i].out_at != 0 ? cli_local_text(v[i].out_at, b, sizeof b) : NULL);
		} else {
			table_str(t, caltime_format_local(v[i].in_at, a));
			table_str(t, v[i].out_at != 0 ? caltime_format_local(v[i].out_at, b) : NULL);
		}
		table_int(t, v[i].auto_closed);
	}
	table_print(t, f, stdout);
	table_free(t);
	free(v);
	return 0;
}

const struct cli_command cli_cmd_visits = {
	"visits", "[--date D | --month YYYY-MM] [--format text|csv|csv-fi|json]",
	N_("the visitor log (default: today)"), NULL, run_visits,
};
