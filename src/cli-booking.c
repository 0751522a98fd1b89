/* book, cancel, bookings. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hubdesk/booking.h"
#include "hubdesk/cli.h"
#include "hubdesk/ics.h"
#include "hubdesk/i18n.h"
#include "hubdesk/space.h"

/* Prints each occurrence of a series: UUIDs on stdout, refusals on stderr. */
static void
print_occurrence(void *ctx, const struct series_outcome *o)
{
	char date[I18N_DATE_MAX];

	(void)ctx;
	if (o->status == HD_OK)
		printf("%s\n", o->booking->uuid);
	else
		cli_print_error(cli_date_text(o->date, date, sizeof date),
		    o->why != NULL ? o->why : _("refused"));
}

static int
run_book(struct cli *cli, const struct cli_command *self, int argc, char **argv)
{
	const char *member = NULL, *space = NULL, *date = NULL, *from = NULL, *to = NULL;
	const char *repeat = NULL, *until = NULL;
	bool override = false;
	const struct cli_opt opts[] = {
		{ "member", &member, NULL }, { "space", &space, NULL }, { "date", &date, NULL },
		{ "from", &from, NULL }, { "to", &to, NULL }, { "repeat", &repeat, NULL },
		{ "until", &until, NULL }, { "override", NULL, &override }, { NULL, NULL, NULL },
	};
	struct booking_request r;
	struct booking b;
	struct local_date last;
	char *err = NULL, series[UUID_TEXT];
	enum booking_repeat rep = BOOKING_WEEKLY;
	int rc;

	if ((rc = cli_args(self, argc, argv, opts, NULL, 0, 0)) != 0)
		return rc;
	if (member == NULL || space == NULL || date == NULL)
		return cli_usage_error(self, _("--member, --space and --date are required"));
	if ((from == NULL) != (to == NULL))
		return cli_usage_error(self, _("give both --from and --to, or neither for the whole "
		    "day"));
	if ((repeat == NULL) != (until == NULL))
		return cli_usage_error(self, _("give both --repeat and --until, or neither"));
	if (repeat != NULL && strcmp(repeat, "weekly") != 0 && strcmp(repeat, "daily") != 0)
		return cli_usage_error(self, _("--repeat is daily or weekly"));
	if (repeat != NULL && strcmp(repeat, "daily") == 0)
		rep = BOOKING_DAILY;
	memset(&r, 0, sizeof r);
	r.member_code = member;
	r.space_code = space;
	r.from_min = r.to_min = -1;
	r.override = override;
	if (from != NULL && ((rc = cli_time("--from", from, &r.from_min)) != 0 ||
	    (rc = cli_time("--to", to, &r.to_min)) != 0))
		return rc;
	if ((rc = cli_open(cli)) != 0 || (rc = cli_date(cli, date, &r.date)) != 0 ||
	    (until != NULL && (rc = cli_date(cli, until, &last)) != 0))
		return rc;
	if (repeat != NULL) {
		rc = booking_create_series(cli->hd, &r, rep, last, print_occurrence, NULL, series, &err);
		/* Refusals of single occurrences were printed as they came; a
		 * refusal of the whole series comes back as a message. */
		return err == NULL ? (int)rc : cli_fail(rc, err);
	}
	if ((rc = booking_create(cli->hd, &r, &b, &err)) != HD_OK)
		return cli_fail(rc, err);
	printf("%s\n", b.uuid);
	return 0;
}

const struct cli_command cli_cmd_book = {
	"book", "--member CODE --space CODE --date YYYY-MM-DD [--from HH:MM --to HH:MM] "
	"[--repeat daily|weekly --until DATE] [--override]",
	N_("book a space; prints only the new booking's UUID (one per occurrence)"),
	N_("Without --from and --to the booking takes the whole opening day (today: the rest\n"
	"of it). --date also takes today and tomorrow. --repeat books each opening day\n"
	"(daily) or the same weekday (weekly) up to --until as one series: each booked\n"
	"occurrence's UUID goes to stdout, each refused one to stderr with the reason,\n"
	"and the exit status is 1 if any was refused. --override sets the hub's limits\n"
	"(slots, how far ahead, how many, how long) aside for staff; it is recorded.\n"),
	run_book,
};

static int
run_cancel(struct cli *cli, const struct cli_command *self, int argc, char **argv)
{
	const char *pos[1] = { NULL }, *series = NULL, *member = NULL, *from = NULL, *to = NULL;
	const struct cli_opt opts[] = {
		{ "series", &series, NULL }, { "member", &member, NULL }, { "from", &from, NULL },
		{ "to", &to, NULL }, { NULL, NULL, NULL },
	};
	struct local_date d1, d2;
	struct booking b;
	char *err = NULL;
	int rc, n = 0;

	if ((rc = cli_args(self, argc, argv, opts, pos, 0, 1)) != 0)
		return rc;
	if ((pos[0] != NULL) + (series != NULL) + (member != NULL) != 1)
		return cli_usage_error(self, _("give a booking UUID, --series UUID, or --member CODE "
		    "--from D --to D"));
	if (member != NULL && (from == NULL || to == NULL))
		return cli_usage_error(self, _("--member needs --from and --to"));
	if ((rc = cli_open(cli)) != 0)
		return rc;
	if (series != NULL) {
		if ((rc = booking_cancel_series(cli->hd, series, &n, &err)) != HD_OK)
			return cli_fail(rc, err);
		printf(ngettext("cancelled %d booking\n", "cancelled %d bookings\n", n), n);
		return 0;
	}
	if (member != NULL) {
		if ((rc = cli_date(cli, from, &d1)) != 0 || (rc = cli_date(cli, to, &d2)) != 0)
			return rc;
		if ((rc = booking_cancel_range(cli->hd, member, d1, d2, &n, &err)) != HD_OK)
			return cli_fail(rc, err);
		printf(ngettext("cancelled %d booking\n", "cancelled %d bookings\n", n), n);
		return 0;
	}
	if ((rc = booking_cancel(cli->hd, pos[0], NULL, &b, &err)) != HD_OK)
		return cli_fail(rc, err);
	return 0;
}

const struct cli_command cli_cmd_cancel = {
	"cancel", "BOOKING-UUID | --series UUID | --member CODE --from D --to D",
	N_("cancel a booking, a series' bookings to come, or a member's days away"),
	N_("--series takes the series' UUID or the UUID of any of its occurrences (both are\n"
	"in 'hubdesk bookings'); a booking of no series is cancelled with\n"
	"'hubdesk cancel UUID'. The command line acts with staff rights: it may cancel\n"
	"a booking under way.\n"),
	run_cancel,
};

void
cli_print_affected(const struct booking_affected *v, size_t n, enum table_format f)
{
	static const char *const cols[] = { N_("fate"), N_("uuid"), N_("date"), N_("from"),
		N_("to"), N_("space"), N_("member"), N_("name"), NULL };
	struct table *t;
	char date[I18N_DATE_MAX], a[16], b[16];

	if (f == TABLE_TEXT && n == 0) {
		printf(_("no bookings affected\n"));
		return;
	}
	t = f == TABLE_TEXT ? NULL : table_new(cols);
	for (size_t i = 0; i < n; i++) {
		const struct booking *k = &v[i].booking;
		struct local_date d;
		int m;

		caltime_from_utc(k->starts_at, &d, &m);
		if (t == NULL) {
			cli_date_text(d, date, sizeof date);
			cli_clock_text(k->starts_at, a, sizeof a);
			cli_end_text(k->starts_at, k->ends_at, b, sizeof b);
			printf("%s %s %s\xe2\x80\x93%s %s %s (%s)\n", booking_fate_text(v[i].fate), date,
			    a, b, k->space_code, k->member_code, k->uuid);
			continue;
		}
		caltime_format_date(d, date);
		caltime_format_hhmm(m, a);
		caltime_format_end(k->starts_at, k->ends_at, b);
		table_row(t);
		table_str(t, booking_fate_text(v[i].fate));
		table_str(t, k->uuid);
		table_str(t, date);
		table_str(t, a);
		table_str(t, b);
		table_str(t, k->space_code);
		table_str(t, k->member_code);
		table_str(t, k->member_name);
	}
	if (t != NULL) {
		table_print(t, f, stdout);
		table_free(t);
	}
}

static int
run_free(struct cli *cli, const struct cli_command *self, int argc, char **argv)
{
	static const char *const cols[] = { N_("code"), N_("kind"), N_("name"), N_("capacity"),
		N_("zone"), NULL };
	const char *date = NULL, *from = NULL, *to = NULL, *kind = NULL, *format = NULL;
	const struct cli_opt opts[] = {
		{ "date", &date, NULL }, { "from", &from, NULL }, { "to", &to, NULL },
		{ "kind", &kind, NULL }, { "format", &format, NULL }, { NULL, NULL, NULL },
	};
	struct local_date d;
	struct space *v;
	struct table *t;
	enum table_format f;
	size_t n;
	int a = -1, z = -1, rc;
	char *err = NULL;

	if ((rc = cli_args(self, argc, argv, opts, NULL, 0, 0)) != 0 ||
	    (rc = cli_format(format, &f)) != 0)
		return rc;
	if ((rc = cli_day_span(cli, self, date, from, to, &d, &a, &z)) != 0)
		return rc;
	if ((rc = booking_free(cli->hd, d, a, z, kind, &v, &n, &err)) != HD_OK)
		return cli_fail(rc, err);
	t = table_new(cols);
	table_set_empty(t, _("nothing is free for the whole of that time"));
	for (size_t i = 0; i < n; i++) {
		table_row(t);
		table_str(t, v[i].code);
		table_str(t, f == TABLE_TEXT ? space_kind_text(v[i].kind) : v[i].kind);
		table_str(t, v[i].name);
		table_int(t, v[i].capacity);
		table_str(t, v[i].zone);
	}
	table_print(t, f, stdout);
	table_free(t);
	free(v);
	return 0;
}

const struct cli_command cli_cmd_free = {
	"free", "--date D [--from HH:MM --to HH:MM] [--kind desk|room|booth] "
	"[--format text|csv|csv-fi|json]",
	N_("the spaces free for the whole of a span (default: the whole opening day)"), NULL,
	run_free,
};

/* A booking's status in words for the text table: the statuses of
 * db/001_init.sql; an unknown one is shown as stored. */
static const char *
cli_booking_status(const char *status)
{
	static const char *const words[][2] = {
		{ "booked", NC_("booking status", "booked") },
		{ "checked-in", NC_("booking status", "checked-in") },
		{ "cancelled", NC_("booking status", "cancelled") },
		{ "no-show", NC_("booking status", "no-show") },
	};

	for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
		if (strcmp(status, words[i][0]) == 0)
			return i18n_cgettext("booking status", words[i][1]);
	return status;
}

static int
run_bookings(struct cli *cli, const struct cli_command *self, int argc, char **argv)
{
	static const char *const cols[] = { N_("uuid"), N_("date"), N_("from"), N_("to"),
		N_("space"), N_("member"), N_("name"), N_("status"), N_("series"), NULL };
	const char *date = NULL, *from = NULL, *to = NULL, *format = NULL;
	struct booking_filter fl = { 0 };
	const struct cli_opt opts[] = {
		{ "date", &date, NULL }, { "from", &from, NULL }, { "to", &to, NULL },
		{ "member", &fl.member_code, NULL }, { "space", &fl.space_code, NULL },
		{ "format", &format, NULL }, { NULL, NULL, NULL },
	};
	struct local_date d1, d2;
	struct booking *v;
	struct table *t;
	enum table_format f;
	size_t n;
	char *err = NULL, buf[I18N_DATE_MAX], a[16], b[16];
	bool ics;
	int rc;

	if ((rc = cli_args(self, argc, argv, opts, NULL, 0, 0)) != 0)
		return rc;
	/* A calendar is one member's: an .ics of everyone's would fill each
	 * importer's calendar with other people's desks. */
	ics = format != NULL && strcmp(format, "ics") == 0;
	if (ics && fl.member_code == NULL)
		return cli_usage_error(self, _("--format ics is a member's calendar; give --member CODE"));
	if (!ics && (rc = cli_format(format, &f)) != 0)
		return rc;
	if (date != NULL && (from != NULL || to != NULL))
		return cli_usage_error(self, _("give --date, or --from and --to, not both"));
	if ((rc = cli_open(cli)) != 0)
		return rc;
	if (date != NULL) {
		if ((rc = cli_date(cli, date, &d1)) != 0)
			return rc;
		d2 = d1;
	} else {
		d1 = cli_today(cli);
		if (from != NULL && (rc = cli_date(cli, from, &d1)) != 0)
			return rc;
		d2 = caltime_add_days(d1, 14);
		if (to != NULL && (rc = cli_date(cli, to, &d2)) != 0)
			return rc;
		if (caltime_date_cmp(d2, d1) < 0)
			return cli_usage_error(self, _("--to comes before --from"));
	}
	cli_day_range(d1, d2, &fl.from, &fl.to);
	if ((rc = booking_list(cli->hd, &fl, &v, &n, &err)) != HD_OK)
		return cli_fail(rc, err);
	if (ics) {
		rc = ics_write(stdout, &cli->hd->hub, v, n, cli->hd->now) == 0 && fflush(stdout) == 0 ?
		    0 : HD_STORE;
		free(v);
		return rc;
	}
	t = table_new(cols);
	table_set_empty(t, _("no bookings"));
	for (size_t i = 0; i < n; i++) {
		struct local_date d;
		int m;
		caltime_from_utc(v[i].starts_at, &d, &m);
		table_row(t);
		table_str(t, v[i].uuid);
		if (f == TABLE_TEXT) {
			table_str(t, cli_date_text(d, buf, sizeof buf));
			table_str(t, cli_clock_text(v[i].starts_at, a, sizeof a));
			table_str(t, cli_end_text(v[i].starts_at, v[i].ends_at, b, sizeof b));
		} else {
			table_str(t, caltime_format_date(d, buf));
			table_str(t, caltime_format_hhmm(m, a));
			table_str(t, caltime_format_end(v[i].starts_at, v[i].ends_at, b));
		}
		table_str(t, v[i].space_code);
		table_str(t, v[i].member_code);
		table_str(t, v[i].member_name);
		table_str(t, f == TABLE_TEXT ? cli_booking_status(v[i].status) : v[i].status);
		table_str(t, v[i].series_uuid);
	}
	table_print(t, f, stdout);
	table_free(t);
	free(v);
	return 0;
}

const struct cli_command cli_cmd_bookings = {
	"bookings",
	"[--date D | --from D --to D] [--member CODE] [--space CODE] "
	"[--format text|csv|csv-fi|json|ics]",
	N_("list bookings (default: today, or --from, and the 14 days after)"),
	N_("Lists bookings of every status that overlap the days given. --format ics, with\n"
	"--member, writes that member's bookings as an iCalendar file (RFC 5545).\n"),
	run_bookings,
};
