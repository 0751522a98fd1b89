/* The booking grid and the floor map as the lifecycle sees them: the slots
 * follow the rules, and a walk-in's hold shows as taken. */
#include <stdlib.h>
#include <string.h>

#include "fixture.h"
#include "hubdesk/grid.h"
#include "hubdesk/visit.h"
#include "test.h"

#define H(h, m) ((h) * 60 + (m))

/* Books every span the grid offers on D01 (slot a to slot b), one at a
 * time, cancelling each: each must be accepted. Returns how many failed. */
static int
every_span_is_bookable(struct fixture *f, const char *date)
{
	struct grid g;
	char *err = NULL;
	int failed = 0;

	if (grid_day(f->hd, fixture_date(date), f->a.code, &g, &err) != HD_OK)
		return -1;
	for (int a = 0; a < g.nslots; a++) {
		for (int b = a; b < g.nslots; b++) {
			struct booking_request r = { .member_code = f->a.code, .space_code = "D01",
				.date = g.date, .from_min = grid_slot_from(&g, a),
				.to_min = grid_slot_to(&g, b) };
			struct booking bk;
			if (booking_create(f->hd, &r, &bk, &err) != HD_OK) {
				fprintf(stderr, "    %d-%d refused: %s\n", r.from_min, r.to_min,
				    err != NULL ? err : "?");
				failed++;
				continue;
			}
			booking_cancel(f->hd, bk.uuid, NULL, NULL, &err);
		}
	}
	grid_free(&g);
	free(err);
	return failed;
}

TEST(grid_8_the_grid_follows_the_rules_with_hour_slots)
{
	struct fixture f;
	struct grid g;
	char *err = NULL;

	REQUIRE(fixture_open(&f, H(8, 0), H(17, 0), 0x1f) == 0);
	REQUIRE(rules_set(f.hd, "slot-minutes", "60", &err) == HD_OK);
	REQUIRE(grid_day(f.hd, fixture_date("2026-11-24"), f.a.code, &g, &err) == HD_OK);
	CHECK_INT(g.nslots, 9);
	CHECK_INT(grid_slot_from(&g, 0), H(8, 0));
	CHECK_INT(grid_slot_to(&g, 8), H(17, 0));
	grid_free(&g);
	REQUIRE(rules_set(f.hd, "max-future-bookings", "1000", &err) == HD_OK);
	CHECK_INT(every_span_is_bookable(&f, "2026-11-24"), 0);
	free(err);
	fixture_close(&f);
}

TEST(grid_8_the_grid_follows_the_rules_when_the_hub_opens_at_08_15)
{
	struct fixture f;
	struct grid g;
	char *err = NULL;

	REQUIRE(fixture_open(&f, H(8, 15), H(16, 45), 0x1f) == 0);
	REQUIRE(grid_day(f.hd, fixture_date("2026-11-24"), f.a.code, &g, &err) == HD_OK);
	/* 08:15-08:30, then half hours, the last 16:30-16:45. */
	CHECK_INT(g.nslots, 18);
	CHECK_INT(grid_slot_from(&g, 0), H(8, 15));
	CHECK_INT(grid_slot_to(&g, 0), H(8, 30));
	CHECK_INT(grid_slot_from(&g, 1), H(8, 30));
	CHECK_INT(grid_slot_to(&g, 17), H(16, 45));
	grid_free(&g);
	REQUIRE(rules_set(f.hd, "max-future-bookings", "1000", &err) == HD_OK);
	CHECK_INT(every_span_is_bookable(&f, "2026-11-24"), 0);
	REQUIRE(rules_set(f.hd, "slot-minutes", "60", &err) == HD_OK);
	CHECK_INT(every_span_is_bookable(&f, "2026-11-24"), 0);
	free(err);
	fixture_close(&f);
}

TEST(grid_3_a_walk_ins_hold_shows_taken_on_the_grid_and_the_map)
{
	struct fixture f;
	struct grid g;
	struct map_spot *spots;
	size_t n;
	struct booking_request r;
	char *err = NULL;

	REQUIRE(fixture_open(&f, H(8, 0), H(17, 0), 0x1f) == 0);
	r = (struct booking_request){ .member_code = f.b.code, .space_code = "D02",
		.date = fixture_date("2026-11-23"), .from_min = H(14, 0), .to_min = H(16, 0) };
	REQUIRE(booking_create(f.hd, &r, NULL, &err) == HD_OK);
	REQUIRE(visit_checkin(f.hd, f.a.code, "D02", f.hd->now, NULL, &err) == HD_OK);
	REQUIRE(grid_day(f.hd, fixture_date("2026-11-23"), f.b.code, &g, &err) == HD_OK);
	/* D02 (row 1): in use from now until 14:00, then b's own booking. */
	for (int s = 0; s < g.nslots; s++) {
		int m = grid_slot_from(&g, s);
		enum grid_state want = m < H(9, 0) ? GRID_PAST : m < H(14, 0) ? GRID_OCCUPIED :
		    m < H(16, 0) ? GRID_MINE : GRID_FREE;
		CHECK_INT(grid_at(&g, 1, s), want);
	}
	grid_free(&g);
	REQUIRE(grid_now(f.hd, f.b.code, &spots, &n, &err) == HD_OK);
	CHECK_STR(spots[1].space.code, "D02");
	CHECK_INT(spots[1].state, GRID_OCCUPIED);
	CHECK_INT(spots[0].state, GRID_FREE);
	CHECK_INT(spots[0].next_booking, 0);
	free(spots);
	/* Check-out frees the rest of the span at once. */
	REQUIRE(visit_checkout(f.hd, f.a.code, f.hd->now, NULL, &err) == HD_OK);
	REQUIRE(grid_day(f.hd, fixture_date("2026-11-23"), f.b.code, &g, &err) == HD_OK);
	CHECK_INT(grid_at(&g, 1, 4), GRID_FREE); /* 10:00 */
	grid_free(&g);
	free(err);
	fixture_close(&f);
}

/* The spaces read, the bookings do not: the floor map once kept the count
 * of the spaces it had freed, and the grid showed every slot free. */
TEST(grid_a_read_that_fails_leaves_nothing_half_filled)
{
	struct fixture f;
	struct grid g;
	struct map_spot *spots = NULL;
	size_t n = 99;
	char *err = NULL;

	REQUIRE(fixture_open(&f, H(8, 0), H(17, 0), 0x1f) == 0);
	fixture_sql("PRAGMA legacy_alter_table = ON; ALTER TABLE booking RENAME TO booking_gone");
	CHECK_INT(grid_now(f.hd, NULL, &spots, &n, &err), HD_STORE);
	CHECK(spots == NULL);
	CHECK_INT(n, 0);
	CHECK(err != NULL && strncmp(err, "database error: ", 16) == 0);
	CHECK_INT(grid_day(f.hd, fixture_date("2026-11-23"), NULL, &g, &err), HD_STORE);
	CHECK_INT(g.nspaces, 0);
	CHECK_INT(g.nslots, 0);
	CHECK(g.spaces == NULL && g.state == NULL && g.bounds == NULL);
	grid_free(&g);
	/* The file whole again: the next read works. */
	fixture_sql("PRAGMA legacy_alter_table = ON; ALTER TABLE booking_gone RENAME TO booking");
	REQUIRE(grid_now(f.hd, NULL, &spots, &n, &err) == HD_OK);
	CHECK_INT(n, 4);
	free(spots);
	free(err);
	fixture_close(&f);
}
