/* Utilisation of a month, checked against figures worked out by hand. */
#include <math.h>
#include <stdlib.h>

#include "fixture.h"
#include "hubdesk/stats.h"
#include "test.h"

#define NEAR(a, b) (fabs((a) - (b)) < 1e-9)

static void
visit(struct fixture *f, const char *code, const char *space, const char *in, const char *out)
{
	struct visit v;
	char *err = NULL;

	if (visit_checkin(f->hd, code, space, fixture_time(in), &v, &err) != HD_OK)
		test_failed(__FILE__, __LINE__, err);
	if (out != NULL && visit_checkout(f->hd, code, fixture_time(out), &v, &err) != HD_OK)
		test_failed(__FILE__, __LINE__, err);
	free(err);
}

TEST(stats_month_by_hand)
{
	struct fixture f;
	struct stats_month m;
	struct member c;
	struct member_new nc = { "Eino Ojala", NULL, NULL, NULL, NULL };
	char *err = NULL;

	REQUIRE(fixture_open(&f, 8 * 60, 17 * 60, 0x1f) == 0);
	REQUIRE(member_add(f.hd, &nc, &c, &err) == HD_OK);
	fixture_now(&f, "2026-11-24 18:00");
	visit(&f, f.a.code, "D01", "2026-11-23 08:30", "2026-11-23 12:00"); /* 3.5 h */
	visit(&f, f.b.code, "D02", "2026-11-23 07:30", "2026-11-23 09:15"); /* 1.25 h from 08:00 */
	visit(&f, f.b.code, "R1", "2026-11-24 10:00", "2026-11-24 11:00");  /* a room: not a desk */
	visit(&f, f.a.code, NULL, "2026-11-24 10:00", "2026-11-24 11:00");  /* no desk */
	visit(&f, c.code, "D03", "2026-11-24 16:00", NULL);                 /* open: until 17:00 */
	REQUIRE(visit_guest_in(f.hd, "Gus", f.a.code, NULL, fixture_time("2026-11-24 09:00"), NULL,
	    &err) == HD_OK);

	/* The month has ended: the whole of it. */
	fixture_now(&f, "2026-12-01 09:00");
	REQUIRE(stats_month(f.hd, fixture_date("2026-11-15"), &m, &err) == HD_OK);
	CHECK(m.complete);
	CHECK_INT(stats_require_complete(&m, NULL), HD_OK);
	CHECK_INT(m.days, 30);
	CHECK(!m.open[0] && m.open[1] && !m.open[6]); /* Sun 1st, Mon 2nd, Sat 7th */
	/* The desks were added on Monday the 23rd, so they count from that day:
	 * 6 weekdays (23rd-27th, 30th) × 3 desks × 9 hours; the room does not. */
	CHECK(NEAR(m.available_desk_hours, 162.0));
	CHECK(NEAR(m.available[21], 0.0));
	CHECK(NEAR(m.available[22], 27.0));
	CHECK(NEAR(m.occupied[22], 4.75));
	CHECK(NEAR(m.occupied[23], 1.0));
	CHECK(NEAR(m.occupied_desk_hours, 5.75));
	CHECK(NEAR(m.heat[0][8], 1.5));
	CHECK(NEAR(m.heat[0][9], 1.25));
	CHECK(NEAR(m.heat[0][10], 1.0));
	CHECK(NEAR(m.heat[0][11], 1.0));
	CHECK(NEAR(m.heat[0][12], 0.0));
	CHECK(NEAR(m.heat[1][16], 1.0));
	CHECK(NEAR(m.heat[1][10], 0.0));
	CHECK_INT(m.first_hour, 8);
	CHECK_INT(m.last_hour, 16);
	CHECK_INT(m.visits, 5);
	CHECK_INT(m.guest_visits, 1);

	/* In progress after Tuesday's closing: the 23rd and 24th, nothing of
	 * the days to come; the visit left open counts to closing. */
	fixture_now(&f, "2026-11-24 18:00");
	REQUIRE(stats_month(f.hd, fixture_date("2026-11-15"), &m, &err) == HD_OK);
	CHECK(!m.complete);
	CHECK_STR(m.through_label, "2026-11-24 18:00");
	CHECK_INT(stats_require_complete(&m, NULL), HD_REFUSED);
	CHECK(NEAR(m.available_desk_hours, 54.0));
	CHECK(NEAR(m.available[24], 0.0));
	CHECK(m.open[24]);
	CHECK(NEAR(m.occupied_desk_hours, 5.75));

	/* At 16:30 on the 24th: today's hours to now, the open visit to now,
	 * and the guest and the visits after 16:30 not yet. */
	fixture_now(&f, "2026-11-24 16:30");
	REQUIRE(stats_month(f.hd, fixture_date("2026-11-15"), &m, &err) == HD_OK);
	CHECK(NEAR(m.available[23], 25.5));
	CHECK(NEAR(m.available_desk_hours, 52.5));
	CHECK(NEAR(m.occupied[23], 0.5));
	CHECK(NEAR(m.heat[1][16], 0.5));
	CHECK_INT(m.visits, 5);
	CHECK_INT(m.peak_presence, 3); /* Gus, Aino and Ville at 10:00 */
	fixture_now(&f, "2026-11-24 10:30");
	REQUIRE(stats_month(f.hd, fixture_date("2026-11-15"), &m, &err) == HD_OK);
	CHECK_INT(m.visits, 4); /* Eino's at 16:00 not yet */
	CHECK(NEAR(m.occupied[23], 0.0));

	/* A month that has not begun is refused. */
	CHECK_INT(stats_month(f.hd, fixture_date("2026-12-01"), &m, NULL), HD_REFUSED);

	/* A desk retired during the month is available only until then. */
	fixture_now(&f, "2026-11-25 12:00");
	REQUIRE(space_retire(f.hd, "D03", NULL, NULL, &err) == HD_OK);
	fixture_now(&f, "2026-12-01 09:00");
	REQUIRE(stats_month(f.hd, fixture_date("2026-11-01"), &m, &err) == HD_OK);
	CHECK(NEAR(m.available[24], 27.0)); /* the 25th: retired at noon, so open at opening */
	CHECK(NEAR(m.available[25], 18.0)); /* the 26th: two desks */
	free(err);
	fixture_close(&f);
}
