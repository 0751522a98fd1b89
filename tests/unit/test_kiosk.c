/* What the kiosk plans for a member's code before anything is written:
 * check-out, their booking, a desk offered, or no desk. */
#include <stdlib.h>

#include "fixture.h"
#include "test.h"

#define H(h, m) ((h) * 60 + (m))

TEST(kiosk_plan_follows_the_member_and_the_free_desks)
{
	struct fixture f;
	struct booking_request r;
	struct booking b;
	struct kiosk_plan p;
	struct visit v;
	struct member_new mc = { "Kalle Koski", NULL, "Kuortane", NULL, "entrepreneur" };
	struct member c;
	char note[128];
	char *err = NULL;

	REQUIRE(fixture_open(&f, H(8, 0), H(17, 0), 0x1f) == 0);
	CHECK_INT(visit_kiosk_plan(f.hd, "ZZZZZ", &p, &err), HD_REFUSED);
	REQUIRE(visit_kiosk_plan(f.hd, f.a.code, &p, &err) == HD_OK);
	CHECK_INT(p.step, KIOSK_OFFER_DESK);
	CHECK_STR(p.space_code, "D01");
	r = (struct booking_request){ .member_code = f.b.code, .space_code = "D03",
		.date = fixture_date("2026-11-23"), .from_min = H(9, 0), .to_min = H(12, 0) };
	REQUIRE(booking_create(f.hd, &r, &b, &err) == HD_OK);
	REQUIRE(visit_kiosk_plan(f.hd, f.b.code, &p, &err) == HD_OK);
	CHECK_INT(p.step, KIOSK_BOOKED);
	CHECK_STR(p.booked_space, "D03");
	CHECK_INT(p.starts_at, b.starts_at);
	REQUIRE(visit_checkin(f.hd, f.b.code, NULL, f.hd->now, &v, &err) == HD_OK);
	CHECK_STR(visit_checkin_note(&v, note, sizeof note), "D03 (booked)");
	REQUIRE(visit_kiosk_plan(f.hd, f.b.code, &p, &err) == HD_OK);
	CHECK_INT(p.step, KIOSK_CHECK_OUT);
	CHECK_INT(p.since, f.hd->now);
	CHECK_STR(p.space_code, "D03");
	/* The last desk taken by a walk-in, another retired: no desk for c. */
	REQUIRE(visit_checkin(f.hd, f.a.code, "D01", f.hd->now, &v, &err) == HD_OK);
	CHECK_STR(visit_checkin_note(&v, note, sizeof note), "D01 (walk-in)");
	REQUIRE(space_retire(f.hd, "D02", NULL, NULL, &err) == HD_OK);
	REQUIRE(member_add(f.hd, &mc, &c, &err) == HD_OK);
	REQUIRE(visit_kiosk_plan(f.hd, c.code, &p, &err) == HD_OK);
	CHECK_INT(p.step, KIOSK_NO_DESK);
	REQUIRE(visit_checkin(f.hd, c.code, NULL, f.hd->now, &v, &err) == HD_OK);
	CHECK_STR(visit_checkin_note(&v, note, sizeof note), "without a desk");
	free(err);
	fixture_close(&f);
}
