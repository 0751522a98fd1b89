/* Spaces: what add, update and retire refuse, and the hub left as it was. */
#include <stdlib.h>

#include "fixture.h"
#include "hubdesk/store.h"
#include "test.h"

#define H(h, m) ((h) * 60 + (m))

TEST(space_add_refuses_bad_fields_and_adds_nothing)
{
	struct fixture f;
	struct space_new n = { .code = "D09" };
	struct space *v = NULL;
	size_t nv = 0;
	char *err = NULL;

	REQUIRE(fixture_open(&f, H(8, 0), H(17, 0), 0x1f) == 0);
	n.kind = "sofa";
	CHECK_INT(space_add(f.hd, &n, NULL, &err), HD_INVALID);
	CHECK_STR(err, "'sofa' is not a kind of space; use desk, room or booth");
	n.kind = NULL;
	n.capacity = 1001;
	CHECK_INT(space_add(f.hd, &n, NULL, &err), HD_INVALID);
	CHECK_STR(err, "the capacity is a number from 1 to 1000");
	n.capacity = -1;
	CHECK_INT(space_add(f.hd, &n, NULL, &err), HD_INVALID);
	n.capacity = 0;
	n.since = "2026-02-30";
	CHECK_INT(space_add(f.hd, &n, NULL, &err), HD_INVALID);
	CHECK(strncmp(err, "'2026-02-30' is not a date", 26) == 0);
	n.since = NULL;
	/* A map position is two numbers 0-999 and a comma, nothing else. */
	const char *maps[] = { "x,1", "1", "1,", "1,y", "1,2x", "1000,1", "1,1000", "-1,2" };
	for (size_t i = 0; i < sizeof maps / sizeof maps[0]; i++) {
		n.map = maps[i];
		CHECK_INT(space_add(f.hd, &n, NULL, &err), HD_INVALID);
		CHECK(strstr(err, "is not a map position; write COL,ROW") != NULL);
	}
	REQUIRE(space_list(f.hd, true, &v, &nv, &err) == HD_OK);
	CHECK_INT(nv, 4);
	free(v);
	free(err);
	fixture_close(&f);
}

TEST(space_map_positions_are_one_space_each)
{
	struct fixture f;
	struct space_new n = { .code = "D04", .map = "3,4" };
	struct space sp;
	char *err = NULL;

	REQUIRE(fixture_open(&f, H(8, 0), H(17, 0), 0x1f) == 0);
	REQUIRE(space_add(f.hd, &n, &sp, &err) == HD_OK);
	CHECK_INT(sp.map_col, 3);
	CHECK_INT(sp.map_row, 4);
	n.code = "D05";
	CHECK_INT(space_add(f.hd, &n, NULL, &err), HD_REFUSED);
	CHECK_STR(err, "map position 3,4 is taken by another space; choose a free spot");
	CHECK_INT(space_get(f.hd, "D05", &sp, &err), HD_REFUSED);
	n.code = "D01";
	CHECK_INT(space_update(f.hd, &n, NULL, &err), HD_REFUSED);
	CHECK(strncmp(err, "map position 3,4 is taken", 25) == 0);
	REQUIRE(space_get(f.hd, "D01", &sp, &err) == HD_OK);
	CHECK_INT(sp.map_col, -1);
	/* "" takes a space off the map, which frees its spot. */
	n.code = "D04";
	n.map = "";
	REQUIRE(space_update(f.hd, &n, &sp, &err) == HD_OK);
	CHECK_INT(sp.map_col, -1);
	n.code = "D01";
	n.map = "3,4";
	CHECK_INT(space_update(f.hd, &n, &sp, &err), HD_OK);
	CHECK_INT(sp.map_row, 4);
	free(err);
	fixture_close(&f);
}

TEST(space_retired_codes_stay_taken_and_retire_once)
{
	struct fixture f;
	struct space_new n = { .code = "d02" };
	struct space sp;
	struct booking_affected *a = NULL;
	size_t na = 0;
	char *err = NULL;

	REQUIRE(fixture_open(&f, H(8, 0), H(17, 0), 0x1f) == 0);
	CHECK_INT(space_add(f.hd, &n, NULL, &err), HD_REFUSED);
	CHECK_STR(err, "a space with the code D02 exists already; choose another code");
	REQUIRE(space_retire(f.hd, "D02", &a, &na, &err) == HD_OK);
	CHECK_INT(na, 0);
	free(a);
	CHECK_INT(space_retire(f.hd, "D02", &a, &na, &err), HD_REFUSED);
	CHECK_STR(err, "D02 is retired already");
	CHECK_INT(space_add(f.hd, &n, NULL, &err), HD_REFUSED);
	CHECK_STR(err, "a space with the code D02 exists already (retired); choose another code");
	CHECK_INT(space_retire(f.hd, "D77", &a, &na, &err), HD_REFUSED);
	CHECK(strncmp(err, "no space has the code D77", 25) == 0);
	REQUIRE(space_get(f.hd, "D02", &sp, &err) == HD_OK);
	CHECK(sp.retired);
	free(err);
	fixture_close(&f);
}

TEST(space_kinds_read_in_words_and_a_later_first_day)
{
	struct fixture f;
	struct space_new n = { .code = "B1", .kind = "booth", .since = "2026-11-25" };
	struct space sp;
	char *err = NULL;

	REQUIRE(fixture_open(&f, H(8, 0), H(17, 0), 0x1f) == 0);
	CHECK_STR(space_kind_text("desk"), "desk");
	CHECK_STR(space_kind_text("room"), "room");
	CHECK_STR(space_kind_text("booth"), "booth");
	CHECK_STR(space_kind_text("other"), "other");
	REQUIRE(space_add(f.hd, &n, &sp, &err) == HD_OK);
	CHECK_STR(sp.kind, "booth");
	CHECK_INT(sp.capacity, 1);
	CHECK(!space_available_on(&sp, fixture_time("2026-11-24 12:00")));
	CHECK(space_available_on(&sp, fixture_time("2026-11-25 00:00")));
	free(err);
	fixture_close(&f);
}

TEST(space_calls_need_a_hub)
{
	struct hubdesk *hd = NULL;
	struct space_new n = { .code = "D01" };
	struct booking_affected *a = NULL;
	size_t na = 0;
	char *err = NULL;

	REQUIRE(hubdesk_open(test_db_path(), true, &hd, &err) == HD_OK);
	CHECK_INT(space_add(hd, &n, NULL, &err), HD_REFUSED);
	CHECK(strncmp(err, "this database has no hub yet", 28) == 0);
	CHECK_INT(space_update(hd, &n, NULL, &err), HD_REFUSED);
	CHECK_INT(space_retire(hd, "D01", &a, &na, &err), HD_REFUSED);
	CHECK_INT(hub_closed_add(hd, "2026-12-01", NULL, &a, &na, &err), HD_REFUSED);
	CHECK_INT(hub_closed_remove(hd, "2026-12-01", &err), HD_REFUSED);
	CHECK(strncmp(err, "this database has no hub yet", 28) == 0);
	free(err);
	hubdesk_close(hd);
}
