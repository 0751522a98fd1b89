/* book, cancel, bookings. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hubdesk/booking.h"
#include "hubdesk/cli.h"

static int
run_book(struct cli *cli, const struct cli_command *self, int argc, char **argv)
{
	const char *member = NULL, *space = NULL, *date = NULL, *from = NULL, *to = NULL;
	const struct cli_opt opts[] = {
		{ "member", &member, NULL }, { "space", &space, NULL }, { "date", &date, NULL },
		{ "from", &from, NULL }, { "to", &to, NULL }, { NULL, NULL, NULL },
	};
	struct booking_request r;
	struct booking b;
	char *err = NULL;
	int rc;

	if ((rc = cli_args(self, argc, argv, opts, NULL, 0, 0)) != 0)
		return rc;
	if (member == NULL || space == NULL || date == NULL)
		return cli_usage_error(self, "--member, --space and --date are required");
	if ((from == NULL) != (to == NULL))
		return cli_usage_error(self, "give both --from and --to, or neither for the whole day");
	memset(&r, 0, sizeof r);
	r.member_code = member;
	r.space_code = space;
	r.from_min = r.to_min = -1;
	if (from != NULL && ((rc = cli_time("--from", from, &r.from_min)) != 0 ||
	    (rc = cli_time("--to", to, &r.to_min)) != 0))
		return rc;
	if ((rc = cli_open(cli)) != 0 || (rc = cli_date(cli, date, &r.date)) != 0)
		return rc;
	if ((rc = booking_create(cli->hd, &r, &b, &err)) != HD_OK)
		return cli_fail(rc, err);
	printf("%s\n", b.uuid);
	return 0;
}

const struct cli_command cli_cmd_book = {
	"book", "--member CODE --space CODE --date YYYY-MM-DD [--from HH:MM --to HH:MM]",
	"book a space; prints only the new booking's UUID",
	"Without --from and --to the booking takes the whole opening day (today: the rest\n"
	"of it). --date also takes today and tomorrow.\n",
	run_book,
};

static int
run_cancel(struct cli *cli, const struct cli_command *self, int argc, char **argv)
{
	const char *pos[1];
	struct booking b;
	char *err = NULL;
	int rc;

	if ((rc = cli_args(self, argc, argv, NULL, pos, 1, 1)) != 0 || (rc = cli_open(cli)) != 0)
		return rc;
	if ((rc = booking_cancel(cli->hd, pos[0], &b, &err)) != HD_OK)
		return cli_fail(rc, err);
	return 0;
}

const struct cli_command cli_cmd_cancel = {
	"cancel", "BOOKING-UUID", "cancel a booking that has not been used", NULL, run_cancel,
};

static int
run_bookings(struct cli *cli, const struct cli_command *self, int argc, char **argv)
{
	static const char *const cols[] = { "uuid", "date", "from", "to", "space", "member",
		"name", "status", NULL };
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
	char *err = NULL, buf[11], a[6], b[6];
	int rc;

	if ((rc = cli_args(self, argc, argv, opts, NULL, 0, 0)) != 0 ||
	    (rc = cli_format(format, &f)) != 0)
		return rc;
	if (date != NULL && (from != NULL || to != NULL))
		return cli_usage_error(self, "give --date, or --from and --to, not both");
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
			return cli_usage_error(self, "--to comes before --from");
	}
	cli_day_range(d1, d2, &fl.from, &fl.to);
	if ((rc = booking_list(cli->hd, &fl, &v, &n, &err)) != HD_OK)
		return cli_fail(rc, err);
	t = table_new(cols);
	table_set_empty(t, "no bookings");
	for (size_t i = 0; i < n; i++) {
		struct local_date d;
		int m;
		caltime_from_utc(v[i].starts_at, &d, &m);
		table_row(t);
		table_str(t, v[i].uuid);
		table_str(t, caltime_format_date(d, buf));
		table_str(t, caltime_format_hhmm(m, a));
		table_str(t, caltime_format_end(v[i].starts_at, v[i].ends_at, b));
		table_str(t, v[i].space_code);
		table_str(t, v[i].member_code);
		table_str(t, v[i].member_name);
		table_str(t, v[i].status);
	}
	table_print(t, f, stdout);
	table_free(t);
	free(v);
	return 0;
}

const struct cli_command cli_cmd_bookings = {
	"bookings",
	"[--date D | --from D --to D] [--member CODE] [--space CODE] [--format text|csv|json]",
	"list bookings (default: today, or --from, and the 14 days after)",
	"Lists bookings of every status that overlap the days given.\n",
	run_bookings,
};
