/* The week at a glance and a kiosk noticing another program's writes: what
 * the screens ask of the domain between redraws. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "fixture.h"
#include "hubdesk/audit.h"
#include "hubdesk/grid.h"
#include "hubdesk/today.h"
#include "test.h"

#define H(h, m) ((h) * 60 + (m))

TEST(week_states_closed_free_partly_full_and_mine)
{
	struct fixture f;
	struct booking_request r;
	struct booking b;
	struct week w;
	char *err = NULL;

	REQUIRE(fixture_open(&f, H(8, 0), H(17, 0), 0x1f) == 0);
	r = (struct booking_request){ .member_code = f.b.code, .space_code = "D02",
		.date = fixture_date("2026-11-24"), .from_min = H(9, 0), .to_min = H(12, 0) };
	REQUIRE(booking_create(f.hd, &r, &b, &err) == HD_OK);
	r.space_code = "D03";
	r.date = fixture_date("2026-11-25");
	r.from_min = H(8, 0);
	r.to_min = H(17, 0);
	REQUIRE(booking_create(f.hd, &r, &b, &err) == HD_OK);
	r.member_code = f.a.code;
	r.space_code = "D01";
	r.date = fixture_date("2026-11-26");
	r.to_min = H(10, 0);
	REQUIRE(booking_create(f.hd, &r, &b, &err) == HD_OK);
	/* Any day of the week names it: Thursday here. */
	REQUIRE(grid_week(f.hd, fixture_date("2026-11-26"), f.a.code, &w, &err) == HD_OK);
	CHECK_INT(w.monday.day, 23);
	REQUIRE(w.nspaces == 4);
	CHECK_STR(w.spaces[1].code, "D02");
	CHECK_INT(w.state[1][1], WEEK_PARTLY);
	CHECK_INT(w.state[2][2], WEEK_FULL);
	CHECK_INT(w.state[0][3], WEEK_MINE);
	CHECK_INT(w.state[0][2], WEEK_FREE);
	CHECK_INT(w.state[0][5], WEEK_CLOSED);
	CHECK_INT(w.state[3][6], WEEK_CLOSED);
	grid_week_free(&w);
	CHECK(w.spaces == NULL && w.state == NULL);
	/* Someone else's view: D01 on Thursday is only partly taken. */
	REQUIRE(grid_week(f.hd, fixture_date("2026-11-29"), NULL, &w, &err) == HD_OK);
	CHECK_INT(w.monday.day, 23);
	CHECK_INT(w.state[0][3], WEEK_PARTLY);
	grid_week_free(&w);
	/* A week that cannot be read leaves nothing half filled. */
	fixture_sql("PRAGMA legacy_alter_table = ON; ALTER TABLE booking RENAME TO booking_gone");
	CHECK_INT(grid_week(f.hd, fixture_date("2026-11-26"), NULL, &w, &err), HD_STORE);
	CHECK(w.spaces == NULL && w.state == NULL && w.nspaces == 0);
	free(err);
	fixture_close(&f);
}

TEST(week_a_kiosk_sees_another_programs_write_and_reloads_the_hub)
{
	struct fixture f;
	char *err = NULL;

	REQUIRE(fixture_open(&f, H(8, 0), H(17, 0), 0x1f) == 0);
	/* The first look only learns where things stand. */
	CHECK(!hubdesk_changed(f.hd));
	CHECK(!hubdesk_changed(f.hd));
	fixture_sql("UPDATE hub SET name = 'Toinen piste'");
	CHECK(hubdesk_changed(f.hd));
	CHECK_STR(f.hd->hub.name, "Toinen piste");
	CHECK(!hubdesk_changed(f.hd));
	CHECK(!hubdesk_replaced(f.hd));
	CHECK_INT(hubdesk_reopen(f.hd, &err), HD_OK);
	CHECK_STR(f.hd->hub.name, "Toinen piste");
	free(err);
	fixture_close(&f);
}

TEST(week_the_kiosks_counts_that_cannot_be_read_are_storage_errors)
{
	struct fixture f;
	struct hubdesk *bare = NULL;
	struct today t;
	int n = -1;
	char wal[300];
	char *err = NULL;

	REQUIRE(fixture_open(&f, H(8, 0), H(17, 0), 0x1f) == 0);
	REQUIRE(today_get(f.hd, &t, &err) == HD_OK);
	CHECK_INT(t.desks, 3);
	REQUIRE(audit_unknown_code(f.hd, "door", &err) == HD_OK);
	REQUIRE(audit_unknown_codes_now(f.hd, "door", &n, &err) == HD_OK);
	CHECK_INT(n, 1);
	fixture_sql("PRAGMA legacy_alter_table = ON; ALTER TABLE booking RENAME TO gone");
	CHECK_INT(today_get(f.hd, &t, &err), HD_STORE);
	fixture_sql("PRAGMA legacy_alter_table = ON; ALTER TABLE gone RENAME TO booking;"
	    "ALTER TABLE space RENAME TO gone");
	CHECK_INT(today_get(f.hd, &t, &err), HD_STORE);
	fixture_sql("PRAGMA legacy_alter_table = ON; ALTER TABLE gone RENAME TO space;"
	    "ALTER TABLE closed_date RENAME TO gone");
	CHECK_INT(today_get(f.hd, &t, &err), HD_STORE);
	CHECK(strncmp(err, "database error: ", 16) == 0);
	fixture_sql("PRAGMA legacy_alter_table = ON; ALTER TABLE gone RENAME TO closed_date;"
	    "ALTER TABLE audit RENAME TO gone");
	CHECK_INT(audit_unknown_codes_now(f.hd, "door", &n, &err), HD_STORE);
	CHECK_INT(audit_unknown_code(f.hd, "door", &err), HD_STORE);
	fixture_close(&f);
	/* A new file with no hub yet: nothing to count. */
	snprintf(wal, sizeof wal, "%s-wal", test_db_path());
	unlink(test_db_path());
	unlink(wal);
	REQUIRE(hubdesk_open(test_db_path(), true, &bare, &err) == HD_OK);
	CHECK_INT(today_get(bare, &t, &err), HD_REFUSED);
	CHECK(strncmp(err, "this database has no hub yet", 28) == 0);
	hubdesk_close(bare);
	free(err);
}
