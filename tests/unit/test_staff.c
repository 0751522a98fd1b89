/* The staff PIN: hashing, checking, the pause after wrong tries; and the
 * migration that brought the settings table. */
#include <sqlite3.h>
#include <stdlib.h>

#include "fixture.h"
#include "hubdesk/staff.h"
#include "hubdesk/store.h"
#include "test.h"

TEST(staff_pin_checks_and_pauses_double)
{
	struct fixture f;
	struct staff_gate g = { 0, 0, 0 };
	char *err = NULL;
	time_t t = 1000;

	REQUIRE(fixture_open(&f, 480, 1020, 0x1f) == 0);
	CHECK(!staff_has_pin(f.hd));
	CHECK(staff_try(f.hd, &g, "1234", t, &err) == HD_REFUSED);
	CHECK(staff_set_pin(f.hd, "12a4", &err) == HD_INVALID);
	CHECK(staff_set_pin(f.hd, "123", &err) == HD_INVALID);
	CHECK(staff_set_pin(f.hd, "1234567890123", &err) == HD_INVALID);
	/* A malformed entry is refused but is not a wrong try. */
	for (int i = 0; i < 10; i++)
		CHECK(staff_try(f.hd, &g, "", t, &err) == HD_REFUSED);
	CHECK_INT(g.failures, 0);
	REQUIRE(staff_set_pin(f.hd, "2468", &err) == HD_OK);
	CHECK(staff_has_pin(f.hd));
	CHECK(staff_try(f.hd, &g, "2468", t, &err) == HD_OK);
	for (int i = 0; i < 4; i++)
		CHECK(staff_try(f.hd, &g, "0000", t, &err) == HD_REFUSED);
	CHECK(staff_try(f.hd, &g, "0000", t, &err) == HD_REFUSED);
	CHECK(strstr(err, "closed for 30 s") != NULL);
	CHECK(staff_try(f.hd, &g, "2468", t + 29, &err) == HD_REFUSED); /* paused, even if right */
	for (int i = 0; i < 5; i++)
		staff_try(f.hd, &g, "0000", t + 30, &err);
	CHECK(strstr(err, "closed for 60 s") != NULL);
	CHECK(staff_try(f.hd, &g, "2468", t + 90, &err) == HD_OK);
	CHECK_INT(g.pauses, 0);
	free(err);
	fixture_close(&f);
}

TEST(store_migrates_a_level_one_database)
{
	struct store *st;
	struct hub h;
	sqlite3 *db;
	char *err = NULL, value[16];

	/* What hubdesk 0.1 left: migration 001 only, with a hub in it. */
	REQUIRE(store_migrations[0].level == 1);
	sqlite3_open(test_db_path(), &db);
	REQUIRE(sqlite3_exec(db, store_migrations[0].sql, NULL, NULL, NULL) == SQLITE_OK);
	sqlite3_exec(db, "PRAGMA user_version = 1; INSERT INTO hub VALUES (1, "
	    "'00000000-0000-4000-8000-000000000000', 'Vanha', 'Kuortane', NULL, "
	    "'Europe/Helsinki', 0)", NULL, NULL, NULL);
	sqlite3_close(db);

	REQUIRE(store_open(test_db_path(), false, &st, &err) == STORE_OK);
	CHECK(store_hub_get(st, &h) == STORE_OK);
	CHECK_STR(h.name, "Vanha");
	CHECK(store_setting_set(st, "x", "y") == STORE_OK);
	CHECK(store_setting_get(st, "x", value, sizeof value) == STORE_OK);
	CHECK_STR(value, "y");
	store_close(st);
	sqlite3_open(test_db_path(), &db);
	sqlite3_stmt *s;
	sqlite3_prepare_v2(db, "SELECT (SELECT user_version FROM pragma_user_version), "
	    "(SELECT count(*) FROM pragma_table_info('booking') WHERE name = 'series_uuid')",
	    -1, &s, NULL);
	CHECK(sqlite3_step(s) == SQLITE_ROW);
	CHECK_INT(sqlite3_column_int(s, 0), store_schema_level());
	CHECK_INT(sqlite3_column_int(s, 1), 1);
	sqlite3_finalize(s);
	sqlite3_close(db);
	free(err);
}
