/* Booking rules in the domain: each refusal, its message, and that a
 * refusal leaves nothing behind. */
#include <stdlib.h>

#include "fixture.h"
#include "hubdesk/store.h"
#include "test.h"

static enum hd_status
book(struct fixture *f, const struct member *m, const char *space, const char *date, int from,
    int to, struct booking *out, char **err)
{
	struct booking_request r = { .member_code = m->code, .space_code = space,
		.date = fixture_date(date), .from_min = from, .to_min = to };

	return booking_create(f->hd, &r, out, err);
}

static size_t
count_bookings(struct fixture *f)
{
	struct booking_filter fl = { 0, (time_t)1 << 40, NULL, NULL };
	struct booking *v;
	size_t n = 0;

	booking_list(f->hd, &fl, &v, &n, NULL);
	free(v);
	return n;
}

#define H(h, m) ((h) * 60 + (m))

TEST(booking_explains_a_taken_slot_and_offers_the_free_time)
{
	struct fixture f;
	struct booking b;
	char *err = NULL;

	REQUIRE(fixture_open(&f, H(8, 0), H(17, 0), 0x1f) == 0);
	CHECK(book(&f, &f.a, "D01", "2026-11-24", H(9, 0), H(12, 0), &b, &err) == HD_OK);
	CHECK_STR(b.status, "booked");
	CHECK(book(&f, &f.b, "D01", "2026-11-24", H(11, 0), H(13, 0), NULL, &err) == HD_REFUSED);
	CHECK_STR(err, "D01 is booked 09:00\xe2\x80\x93" "12:00 by another member; free from 12:00");
	CHECK(book(&f, &f.b, "D01", "2026-11-24", H(12, 0), H(13, 0), NULL, &err) == HD_OK);
	CHECK(book(&f, &f.b, "D02", "2026-11-24", -1, -1, NULL, &err) == HD_REFUSED);
	CHECK(strstr(err, "you have D01 booked 12:00") != NULL);
	CHECK_INT(count_bookings(&f), 2);
	free(err);
	fixture_close(&f);
}

TEST(booking_refuses_closed_days_hours_and_the_past)
{
	struct fixture f;
	char *err = NULL;

	REQUIRE(fixture_open(&f, H(8, 0), H(17, 0), 0x1f) == 0);
	CHECK(book(&f, &f.a, "D01", "2026-11-28", -1, -1, NULL, &err) == HD_REFUSED);
	CHECK(strstr(err, "closed on Saturdays") != NULL);
	CHECK(hub_closed_add(f.hd, "2026-12-07", "Remontti", NULL, NULL, &err) == HD_OK);
	CHECK(book(&f, &f.a, "D01", "2026-12-07", -1, -1, NULL, &err) == HD_REFUSED);
	CHECK(strstr(err, "closed on 2026-12-07 (Remontti)") != NULL);
	CHECK(book(&f, &f.a, "D01", "2026-11-24", H(7, 30), H(9, 0), NULL, &err) == HD_REFUSED);
	CHECK(strstr(err, "open 08:00") != NULL);
	CHECK(book(&f, &f.a, "D01", "2026-11-24", H(16, 0), H(17, 30), NULL, &err) == HD_REFUSED);
	CHECK(book(&f, &f.a, "D01", "2026-11-20", -1, -1, NULL, &err) == HD_REFUSED);
	CHECK(strstr(err, "has passed") != NULL);
	/* Now is 09:00 on the 23rd: 08:00-10:00 has begun, the 09:00 slot has not passed. */
	CHECK(book(&f, &f.a, "D01", "2026-11-23", H(8, 0), H(10, 0), NULL, &err) == HD_REFUSED);
	CHECK(strstr(err, "book from 09:00") != NULL);
	fixture_now(&f, "2026-11-23 09:10");
	CHECK(book(&f, &f.a, "D01", "2026-11-23", H(9, 0), H(10, 0), NULL, &err) == HD_OK);
	CHECK(book(&f, &f.a, "D01", "2026-11-24", H(10, 0), H(10, 0), NULL, &err) == HD_INVALID);
	CHECK(book(&f, &f.a, "D01", "2026-11-24", H(10, 0), H(9, 0), NULL, &err) == HD_INVALID);
	CHECK_INT(count_bookings(&f), 1);
	free(err);
	fixture_close(&f);
}

TEST(booking_refuses_unknown_and_retired_spaces_and_members)
{
	struct fixture f;
	struct member ghost;
	char *err = NULL;

	REQUIRE(fixture_open(&f, H(8, 0), H(17, 0), 0x1f) == 0);
	CHECK(book(&f, &f.a, "D99", "2026-11-24", -1, -1, NULL, &err) == HD_REFUSED);
	CHECK(strstr(err, "no space has the code D99") != NULL);
	memset(&ghost, 0, sizeof ghost);
	strcpy(ghost.code, "XXXXX");
	CHECK(book(&f, &ghost, "D01", "2026-11-24", -1, -1, NULL, &err) == HD_REFUSED);
	CHECK(space_retire(f.hd, "D03", NULL, NULL, &err) == HD_OK);
	CHECK(book(&f, &f.a, "D03", "2026-11-24", -1, -1, NULL, &err) == HD_REFUSED);
	CHECK(strstr(err, "retired") != NULL);
	CHECK(space_retire(f.hd, "D03", NULL, NULL, &err) == HD_REFUSED);
	CHECK_INT(count_bookings(&f), 0);
	free(err);
	fixture_close(&f);
}

TEST(booking_cancel_only_before_use)
{
	struct fixture f;
	struct booking b;
	struct visit v;
	char *err = NULL;

	REQUIRE(fixture_open(&f, H(8, 0), H(17, 0), 0x1f) == 0);
	REQUIRE(book(&f, &f.a, "D01", "2026-11-23", H(9, 0), H(12, 0), &b, &err) == HD_OK);
	CHECK(visit_checkin(f.hd, f.a.code, NULL, f.hd->now, &v, &err) == HD_OK);
	CHECK(booking_cancel(f.hd, b.uuid, NULL, NULL, &err) == HD_REFUSED);
	CHECK(strstr(err, "checked-in") != NULL);
	REQUIRE(book(&f, &f.b, "D02", "2026-11-24", -1, -1, &b, &err) == HD_OK);
	CHECK(booking_cancel(f.hd, b.uuid, NULL, &b, &err) == HD_OK);
	CHECK_STR(b.status, "cancelled");
	CHECK(booking_cancel(f.hd, b.uuid, NULL, NULL, &err) == HD_REFUSED);
	CHECK(booking_cancel(f.hd, "not-a-uuid", NULL, NULL, &err) == HD_INVALID);
	/* At the kiosk a member cancels only their own booking, before it starts. */
	REQUIRE(book(&f, &f.b, "D03", "2026-11-25", -1, -1, &b, &err) == HD_OK);
	CHECK(booking_cancel(f.hd, b.uuid, f.a.code, NULL, &err) == HD_REFUSED);
	CHECK(strstr(err, "another member's") != NULL);
	CHECK(booking_cancel(f.hd, b.uuid, f.b.code, NULL, &err) == HD_OK);
	CHECK(booking_cancel(f.hd, "00000000-0000-4000-8000-000000000000", NULL, NULL, &err) == HD_REFUSED);
	free(err);
	fixture_close(&f);
}

TEST(booking_walk_in_at_the_desk_blocks_a_booking_for_now)
{
	struct fixture f;
	struct visit v;
	char *err = NULL;

	REQUIRE(fixture_open(&f, H(8, 0), H(17, 0), 0x1f) == 0);
	REQUIRE(visit_checkin(f.hd, f.a.code, "D02", f.hd->now, &v, &err) == HD_OK);
	CHECK(book(&f, &f.b, "D02", "2026-11-23", H(9, 0), H(11, 0), NULL, &err) == HD_REFUSED);
	CHECK(strstr(err, "D02 is in use by a walk-in for the rest of the day") != NULL);
	CHECK(book(&f, &f.b, "D02", "2026-11-24", H(9, 0), H(11, 0), NULL, &err) == HD_OK);
	free(err);
	fixture_close(&f);
}

TEST(booking_and_rule_checks_share_one_transaction_with_the_demo)
{
	struct fixture f;
	struct booking b;
	char *err = NULL;

	/* A refusal inside an outer transaction must not undo the outer work. */
	REQUIRE(fixture_open(&f, H(8, 0), H(17, 0), 0x1f) == 0);
	REQUIRE(store_begin(f.hd->store) == STORE_OK);
	CHECK(book(&f, &f.a, "D01", "2026-11-24", -1, -1, &b, &err) == HD_OK);
	CHECK(book(&f, &f.b, "D01", "2026-11-24", -1, -1, NULL, &err) == HD_REFUSED);
	CHECK(book(&f, &f.b, "D02", "2026-11-24", -1, -1, NULL, &err) == HD_OK);
	CHECK(store_commit(f.hd->store) == STORE_OK);
	CHECK_INT(count_bookings(&f), 2);
	free(err);
	fixture_close(&f);
}

TEST(booking_closing_a_date_or_retiring_a_space_lists_what_it_did)
{
	struct fixture f;
	struct booking b1, b2, b3;
	struct booking_affected *a;
	size_t n;
	char *err = NULL;

	REQUIRE(fixture_open(&f, H(8, 0), H(17, 0), 0x1f) == 0);
	REQUIRE(book(&f, &f.a, "D01", "2026-11-23", H(9, 0), H(12, 0), &b1, &err) == HD_OK);
	REQUIRE(book(&f, &f.b, "D02", "2026-11-23", H(13, 0), H(15, 0), &b2, &err) == HD_OK);
	REQUIRE(book(&f, &f.a, "D03", "2026-11-24", -1, -1, &b3, &err) == HD_OK);
	fixture_now(&f, "2026-11-23 09:10");
	/* Closing today: what has begun is kept, what is to come cancelled. */
	REQUIRE(hub_closed_add(f.hd, "2026-11-23", NULL, &a, &n, &err) == HD_OK);
	REQUIRE(n == 2);
	CHECK_STR(a[0].booking.uuid, b1.uuid);
	CHECK(a[0].fate == BOOKING_KEPT_UNDER_WAY);
	CHECK_STR(a[0].booking.status, "booked");
	CHECK_STR(a[1].booking.uuid, b2.uuid);
	CHECK(a[1].fate == BOOKING_CANCELLED);
	CHECK_STR(a[1].booking.status, "cancelled");
	CHECK_STR(booking_fate_text(a[0].fate), "kept (under way)");
	free(a);
	/* A retired space is of no use, so a booking begun but not yet used
	 * is cancelled too. */
	REQUIRE(space_retire(f.hd, "D01", &a, &n, &err) == HD_OK);
	REQUIRE(n == 1);
	CHECK(a[0].fate == BOOKING_CANCELLED);
	free(a);
	REQUIRE(space_retire(f.hd, "D02", &a, &n, &err) == HD_OK);
	CHECK(n == 0);
	CHECK(a == NULL);
	/* A refusal hands back nothing. */
	CHECK(space_retire(f.hd, "D02", &a, &n, &err) == HD_REFUSED);
	CHECK(a == NULL);
	CHECK(n == 0);
	CHECK_INT(count_bookings(&f), 3);
	free(err);
	fixture_close(&f);
}
