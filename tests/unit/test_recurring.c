/* Series, days away and free spaces: what they refuse, and a write the
 * database refuses half-way leaving nothing booked or cancelled. */
#include <stdlib.h>

#include "fixture.h"
#include "hubdesk/store.h"
#include "test.h"

#define H(h, m) ((h) * 60 + (m))

static void
recurring_test_count(void *ctx, const struct series_outcome *o)
{
	*(int *)ctx += o->status == HD_OK;
}

/* How many of the member's bookings are booked, from now on. */
static size_t
recurring_test_booked(struct fixture *f, const struct member *m)
{
	struct booking *v = NULL;
	size_t n = 0, booked = 0;

	if (store_booking_list(f->hd->store, f->hd->now, INT64_MAX, m->id, 0, &v, &n) != STORE_OK)
		return (size_t)-1;
	for (size_t i = 0; i < n; i++)
		booked += strcmp(v[i].status, "booked") == 0;
	free(v);
	return booked;
}

TEST(recurring_a_series_refused_whole_or_failing_books_nothing)
{
	struct fixture f;
	struct booking_request r;
	char series[UUID_TEXT];
	int ok = 0;
	char *err = NULL;

	REQUIRE(fixture_open(&f, H(8, 0), H(17, 0), 0x1f) == 0);
	r = (struct booking_request){ .member_code = f.a.code, .space_code = "D01",
		.date = fixture_date("2026-11-24"), .from_min = H(9, 0), .to_min = H(12, 0) };
	CHECK_INT(booking_create_series(f.hd, &r, BOOKING_DAILY, fixture_date("2027-11-30"),
	    recurring_test_count, &ok, series, &err), HD_INVALID);
	CHECK(strncmp(err, "a series spans at most 366 days", 31) == 0);
	/* Saturday and Sunday only, on a Monday-to-Friday hub. */
	r.date = fixture_date("2026-11-28");
	CHECK_INT(booking_create_series(f.hd, &r, BOOKING_DAILY, fixture_date("2026-11-29"),
	    recurring_test_count, &ok, series, &err), HD_REFUSED);
	CHECK_STR(err, "the hub is closed on every day of the series; nothing was booked");
	/* The third occurrence's insert fails (not a conflict, which would
	 * refuse that day only): the first two go too. */
	r.date = fixture_date("2026-11-24");
	fixture_sql("CREATE TRIGGER t_no BEFORE INSERT ON booking WHEN NEW.starts_at > "
	    "CAST(strftime('%s', '2026-11-26') AS INTEGER) BEGIN SELECT json('broken'); END");
	CHECK_INT(booking_create_series(f.hd, &r, BOOKING_DAILY, fixture_date("2026-11-27"),
	    recurring_test_count, &ok, series, &err), HD_STORE);
	CHECK(strstr(err, "nothing was booked") != NULL);
	CHECK_INT(recurring_test_booked(&f, &f.a), 0);
	fixture_sql("DROP TRIGGER t_no");
	ok = 0;
	CHECK_INT(booking_create_series(f.hd, &r, BOOKING_DAILY, fixture_date("2026-11-27"),
	    recurring_test_count, &ok, series, &err), HD_OK);
	CHECK_INT(ok, 4);
	CHECK_INT(recurring_test_booked(&f, &f.a), 4);
	free(err);
	fixture_close(&f);
}

TEST(recurring_cancel_series_names_what_it_cannot_cancel)
{
	struct fixture f;
	struct booking_request r;
	struct booking b;
	char series[UUID_TEXT];
	int ok = 0, n = -1;
	char *err = NULL;

	REQUIRE(fixture_open(&f, H(8, 0), H(17, 0), 0x1f) == 0);
	CHECK_INT(booking_cancel_series(f.hd, "not-a-uuid", &n, &err), HD_INVALID);
	CHECK(strncmp(err, "'not-a-uuid' is not a series or booking UUID", 44) == 0);
	CHECK_INT(booking_cancel_series(f.hd, "0b6e8d0c-6a4f-4c39-9a55-2d1f5b6f0c11", &n, &err),
	    HD_REFUSED);
	CHECK(strncmp(err, "no series or booking has the UUID", 33) == 0);
	r = (struct booking_request){ .member_code = f.b.code, .space_code = "D02",
		.date = fixture_date("2026-11-25"), .from_min = H(9, 0), .to_min = H(12, 0) };
	REQUIRE(booking_create(f.hd, &r, &b, &err) == HD_OK);
	CHECK_INT(booking_cancel_series(f.hd, b.uuid, &n, &err), HD_REFUSED);
	CHECK(strstr(err, "is not part of a series") != NULL);
	r.member_code = f.a.code;
	r.space_code = "D01";
	r.date = fixture_date("2026-11-24");
	REQUIRE(booking_create_series(f.hd, &r, BOOKING_WEEKLY, fixture_date("2026-12-01"),
	    recurring_test_count, &ok, series, &err) == HD_OK);
	CHECK_INT(ok, 2);
	fixture_sql("CREATE TRIGGER t_no BEFORE UPDATE ON booking "
	    "BEGIN SELECT RAISE(ABORT, 'refused'); END");
	CHECK_INT(booking_cancel_series(f.hd, series, &n, &err), HD_STORE);
	CHECK_INT(recurring_test_booked(&f, &f.a), 2);
	fixture_sql("DROP TRIGGER t_no");
	REQUIRE(booking_cancel_series(f.hd, series, &n, &err) == HD_OK);
	CHECK_INT(n, 2);
	CHECK_INT(booking_cancel_series(f.hd, series, &n, &err), HD_REFUSED);
	CHECK(strstr(err, "has no booking to come to cancel") != NULL);
	CHECK_INT(recurring_test_booked(&f, &f.b), 1);
	free(err);
	fixture_close(&f);
}

TEST(recurring_days_away_refuse_a_wrong_span_and_an_unknown_member)
{
	struct fixture f;
	struct booking_request r;
	struct booking b;
	int n = -1;
	char *err = NULL;

	REQUIRE(fixture_open(&f, H(8, 0), H(17, 0), 0x1f) == 0);
	CHECK_INT(booking_cancel_range(f.hd, f.a.code, fixture_date("2026-11-30"),
	    fixture_date("2026-11-29"), &n, &err), HD_INVALID);
	CHECK(strncmp(err, "the last day comes before the first", 35) == 0);
	CHECK_INT(booking_cancel_range(f.hd, "ZZZZZ", fixture_date("2026-11-30"),
	    fixture_date("2026-12-04"), &n, &err), HD_REFUSED);
	r = (struct booking_request){ .member_code = f.a.code, .space_code = "D01",
		.date = fixture_date("2026-12-01"), .from_min = H(9, 0), .to_min = H(12, 0) };
	REQUIRE(booking_create(f.hd, &r, &b, &err) == HD_OK);
	fixture_sql("CREATE TRIGGER t_no BEFORE UPDATE ON booking "
	    "BEGIN SELECT RAISE(ABORT, 'refused'); END");
	CHECK_INT(booking_cancel_range(f.hd, f.a.code, fixture_date("2026-11-30"),
	    fixture_date("2026-12-04"), &n, &err), HD_STORE);
	CHECK_INT(recurring_test_booked(&f, &f.a), 1);
	fixture_sql("DROP TRIGGER t_no");
	REQUIRE(booking_cancel_range(f.hd, f.a.code, fixture_date("2026-11-30"),
	    fixture_date("2026-12-04"), &n, &err) == HD_OK);
	CHECK_INT(n, 1);
	CHECK_INT(recurring_test_booked(&f, &f.a), 0);
	free(err);
	fixture_close(&f);
}

TEST(recurring_free_spaces_refuse_what_cannot_be_asked)
{
	struct fixture f;
	struct space *v = NULL;
	size_t n = 0;
	char *err = NULL;

	REQUIRE(fixture_open(&f, H(8, 0), H(17, 0), 0x1f) == 0);
	CHECK_INT(booking_free(f.hd, fixture_date("2026-11-24"), -1, -1, "sofa", &v, &n, &err),
	    HD_INVALID);
	CHECK_INT(booking_free(f.hd, fixture_date("2026-11-24"), H(12, 0), H(11, 0), NULL, &v, &n,
	    &err), HD_INVALID);
	CHECK_STR(err, "the span must end after it starts");
	CHECK_INT(booking_free(f.hd, fixture_date("2026-11-24"), H(7, 0), H(11, 0), NULL, &v, &n,
	    &err), HD_REFUSED);
	CHECK(strncmp(err, "the hub is open 8.00", 20) == 0 || strncmp(err, "the hub is open 08:00", 21) == 0);
	CHECK_INT(booking_free(f.hd, fixture_date("2026-11-20"), -1, -1, NULL, &v, &n, &err),
	    HD_REFUSED);
	CHECK_STR(err, "that time has passed; ask about a time to come");
	CHECK(v == NULL && n == 0);
	/* The rest of today, rooms only. */
	REQUIRE(booking_free(f.hd, fixture_date("2026-11-23"), -1, -1, "room", &v, &n, &err) == HD_OK);
	CHECK_INT(n, 1);
	CHECK(n == 1 && strcmp(v[0].code, "R1") == 0);
	free(v);
	free(err);
	fixture_close(&f);
}
