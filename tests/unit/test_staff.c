/* Staff members and their login: the lockout's arithmetic, the lockout
 * shared by two handles on one file and kept across a reopen, the
 * administrator's commands refused to staff; and the migrations of the
 * settings table and of the one staff PIN of before. */
#include <crypt.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>

#include "fixture.h"
#include "hubdesk/audit.h"
#include "hubdesk/rules.h"
#include "hubdesk/staff.h"
#include "hubdesk/store.h"
#include "test.h"

TEST(staff_pause_doubles_from_30_s_to_an_hour)
{
	struct staff_lockout l = { 0, 0, 0 };

	CHECK_INT((int)staff_pause_seconds(0), 30);
	CHECK_INT((int)staff_pause_seconds(1), 60);
	CHECK_INT((int)staff_pause_seconds(6), 1920);
	CHECK_INT((int)staff_pause_seconds(7), 3600); /* 3840, capped */
	CHECK_INT((int)staff_pause_seconds(1000), 3600);
	for (int i = 0; i < STAFF_TRIES - 1; i++)
		l = staff_lockout_wrong(l, 100);
	CHECK_INT(l.failures, 4);
	CHECK_INT((int)l.paused_until, 0);
	l = staff_lockout_wrong(l, 100);
	CHECK_INT(l.failures, 0);
	CHECK_INT(l.pauses, 1);
	CHECK_INT((int)l.paused_until, 130);
	for (int i = 0; i < STAFF_TRIES; i++)
		l = staff_lockout_wrong(l, 200);
	CHECK_INT((int)l.paused_until, 260);
	/* Trying every 6-digit PIN at one kiosk: 5 tries an hour once the cap
	 * is reached, so 10^6 PINs take 200000 hours (docs/privacy.md). */
	long long t = 0;
	l = (struct staff_lockout){ 0, 0, 0 };
	for (long long tries = 0; tries < 1000000; tries++) {
		l = staff_lockout_wrong(l, (time_t)t);
		if (l.failures == 0)
			t = l.paused_until;
	}
	CHECK(t / (365LL * 24 * 3600) >= 22);
}

static void
add_with_pin(struct fixture *f, const char *name, bool admin, const char *pin)
{
	char *err = NULL;

	CHECK(staff_add(f->hd, name, admin, NULL, &err) == HD_OK);
	CHECK(staff_set_pin(f->hd, name, pin, &err) == HD_OK);
	free(err);
}

TEST(staff_login_checks_name_and_pin_and_pauses_double)
{
	struct fixture f;
	struct staff_member m;
	char *err = NULL;
	time_t t;

	REQUIRE(fixture_open(&f, 480, 1020, 0x1f) == 0);
	t = f.hd->now;
	CHECK(staff_login(f.hd, "Kaisa", "135792", &m, &err) == HD_REFUSED);
	CHECK(strstr(err, "no staff member has a PIN yet") != NULL);
	CHECK(staff_add(f.hd, "Kaisa", true, NULL, &err) == HD_OK);
	CHECK(staff_add(f.hd, "kaisa", false, NULL, &err) == HD_REFUSED);
	CHECK(staff_add(f.hd, "\x1b[2J", false, NULL, &err) == HD_INVALID);
	CHECK(staff_set_pin(f.hd, "Kaisa", "12a456", &err) == HD_INVALID);
	CHECK(staff_set_pin(f.hd, "Kaisa", "12345", &err) == HD_INVALID);
	CHECK(staff_set_pin(f.hd, "Kaisa", "1234567890123", &err) == HD_INVALID);
	CHECK(staff_set_pin(f.hd, "Nobody", "135792", &err) == HD_REFUSED);
	REQUIRE(staff_set_pin(f.hd, "KAISA", "135792", &err) == HD_OK);
	add_with_pin(&f, "Äijä", false, "246802");
	/* A malformed entry is refused but is not a wrong try. */
	for (int i = 0; i < 10; i++)
		CHECK(staff_login(f.hd, "Kaisa", "", &m, &err) == HD_REFUSED);
	CHECK(staff_login(f.hd, "äIJÄ", "246802", &m, &err) == HD_OK);
	CHECK_STR(m.name, "Äijä");
	CHECK(!m.is_admin);
	/* An unknown name answers as a wrong PIN, and counts as one. */
	CHECK(staff_login(f.hd, "Nobody", "000000", &m, &err) == HD_REFUSED);
	CHECK_STR(err, "wrong name or PIN; 4 tries left before a pause");
	for (int i = 0; i < 3; i++)
		CHECK(staff_login(f.hd, "Kaisa", "000000", &m, &err) == HD_REFUSED);
	CHECK_STR(err, "wrong name or PIN; 1 try left before a pause");
	CHECK(staff_login(f.hd, "Kaisa", "000000", &m, &err) == HD_REFUSED);
	CHECK(strstr(err, "closed for 30 s") != NULL);
	f.hd->now = t + 29;
	CHECK(staff_login(f.hd, "Kaisa", "135792", &m, &err) == HD_REFUSED); /* even if right */
	CHECK(strstr(err, "try again in 1 s") != NULL);
	f.hd->now = t + 30;
	for (int i = 0; i < 5; i++)
		staff_login(f.hd, "Kaisa", "000000", &m, &err);
	CHECK(strstr(err, "closed for 60 s") != NULL);
	f.hd->now = t + 90;
	CHECK(staff_login(f.hd, "Kaisa", "135792", &m, &err) == HD_OK);
	CHECK(m.is_admin);
	/* The success cleared it: five fresh tries, and the first pause again. */
	for (int i = 0; i < 5; i++)
		staff_login(f.hd, "Kaisa", "000000", &m, &err);
	CHECK(strstr(err, "closed for 30 s") != NULL);
	free(err);
	fixture_close(&f);
}

TEST(staff_lockout_is_shared_by_two_kiosks_and_kept_across_a_reopen)
{
	struct fixture f;
	struct hubdesk *other;
	struct staff_member m;
	char *err = NULL;
	time_t t;

	REQUIRE(fixture_open(&f, 480, 1020, 0x1f) == 0);
	add_with_pin(&f, "Kaisa", true, "135792");
	REQUIRE(hubdesk_open(test_db_path(), false, &other, &err) == HD_OK);
	t = other->now = f.hd->now;
	for (int i = 0; i < 3; i++)
		CHECK(staff_login(f.hd, "Kaisa", "000000", &m, &err) == HD_REFUSED);
	/* The second kiosk goes on from the first one's count. */
	CHECK(staff_login(other, "Kaisa", "000000", &m, &err) == HD_REFUSED);
	CHECK_STR(err, "wrong name or PIN; 1 try left before a pause");
	CHECK(staff_login(other, "Kaisa", "000000", &m, &err) == HD_REFUSED);
	CHECK(staff_login(f.hd, "Kaisa", "135792", &m, &err) == HD_REFUSED);
	CHECK(strstr(err, "too many wrong tries; try again in 30 s") != NULL);
	hubdesk_close(other);
	/* A restart gives no fresh tries either. */
	fixture_close(&f);
	REQUIRE(hubdesk_open(test_db_path(), false, &f.hd, &err) == HD_OK);
	f.hd->now = t + 10;
	CHECK(staff_login(f.hd, "Kaisa", "135792", &m, &err) == HD_REFUSED);
	CHECK(strstr(err, "try again in 20 s") != NULL);
	f.hd->now = t + 30;
	CHECK(staff_login(f.hd, "Kaisa", "135792", &m, &err) == HD_OK);
	free(err);
	hubdesk_close(f.hd);
}

TEST(staff_may_not_change_rules_or_staff)
{
	struct fixture f;
	struct staff_member *v;
	struct staff_lockout lock;
	size_t n;
	char *err = NULL;

	REQUIRE(fixture_open(&f, 480, 1020, 0x1f) == 0);
	add_with_pin(&f, "Kaisa", true, "135792");
	hubdesk_act_as(f.hd, HD_ROLE_STAFF, "Kaisa");
	CHECK(rules_set(f.hd, "grace-minutes", "20", &err) == HD_REFUSED);
	CHECK(strstr(err, "only the hub's administrator may change the rules") != NULL);
	CHECK(staff_add(f.hd, "Ville", false, NULL, &err) == HD_REFUSED);
	CHECK(staff_set_pin(f.hd, "Kaisa", "111111", &err) == HD_REFUSED);
	CHECK(staff_remove(f.hd, "Kaisa", &err) == HD_REFUSED);
	CHECK(staff_list(f.hd, &v, &n, &lock, &err) == HD_REFUSED);
	hubdesk_act_as(f.hd, HD_ROLE_KIOSK, NULL);
	CHECK(rules_set(f.hd, "grace-minutes", "20", &err) == HD_REFUSED);
	hubdesk_act_as(f.hd, HD_ROLE_ADMIN, NULL);
	CHECK(staff_list(f.hd, &v, &n, &lock, &err) == HD_OK);
	CHECK(n == 1 && v[0].has_pin && v[0].is_admin);
	free(v);
	CHECK(rules_set(f.hd, "grace-minutes", "20", &err) == HD_OK);
	free(err);
	fixture_close(&f);
}

/* What the kiosk asks of an open login when another process wrote. */
TEST(staff_role_of_follows_a_removal)
{
	struct fixture f;
	enum hd_role role = HD_ROLE_CLOCK;
	char *err = NULL;

	REQUIRE(fixture_open(&f, 480, 1020, 0x1f) == 0);
	add_with_pin(&f, "Kaisa", true, "135792");
	add_with_pin(&f, "Ville", false, "246802");
	CHECK(staff_role_of(f.hd, "kaisa", &role, &err) == HD_OK);
	CHECK_INT((int)role, HD_ROLE_ADMIN);
	CHECK(staff_role_of(f.hd, "Ville", &role, &err) == HD_OK);
	CHECK_INT((int)role, HD_ROLE_STAFF);
	CHECK(staff_remove(f.hd, "Ville", &err) == HD_OK);
	CHECK(staff_role_of(f.hd, "Ville", &role, &err) == HD_OK);
	CHECK_INT((int)role, HD_ROLE_KIOSK);
	free(err);
	fixture_close(&f);
}

TEST(store_makes_the_one_staff_pin_of_before_an_administrators)
{
	struct hubdesk *hd;
	struct staff_member m;
	struct crypt_data cd;
	char salt[CRYPT_GENSALT_OUTPUT_SIZE], sql[1024], *err = NULL;
	sqlite3 *db;

	/* A hub of level 7 whose staff PIN was set with `staff-pin`. */
	memset(&cd, 0, sizeof cd);
	REQUIRE(crypt_gensalt_rn("$y$", 0, NULL, 0, salt, sizeof salt) != NULL);
	REQUIRE(crypt_rn("246813", salt, &cd, sizeof cd) != NULL);
	snprintf(sql, sizeof sql, "PRAGMA user_version = 7; INSERT INTO hub VALUES (1, "
	    "'00000000-0000-4000-8000-000000000000', 'Vanha', 'Kuortane', NULL, "
	    "'Europe/Helsinki', 0); INSERT INTO setting VALUES ('staff_pin_hash', '%s')", cd.output);
	sqlite3_open(test_db_path(), &db);
	for (int i = 0; store_migrations[i].level != 0 && store_migrations[i].level <= 7; i++)
		REQUIRE(sqlite3_exec(db, store_migrations[i].sql, NULL, NULL, NULL) == SQLITE_OK);
	REQUIRE(sqlite3_exec(db, sql, NULL, NULL, NULL) == SQLITE_OK);
	sqlite3_close(db);
	REQUIRE(hubdesk_open(test_db_path(), false, &hd, &err) == HD_OK);
	CHECK(staff_login(hd, "Admin", "246813", &m, &err) == HD_OK);
	CHECK(m.is_admin);
	hubdesk_close(hd);
	sqlite3_open(test_db_path(), &db);
	sqlite3_stmt *s;
	sqlite3_prepare_v2(db, "SELECT (SELECT count(*) FROM setting WHERE key = 'staff_pin_hash'),"
	    " (SELECT count(*) FROM staff WHERE name = 'admin' AND is_admin = 1 AND uuid LIKE "
	    "'________-____-4___-____-____________')", -1, &s, NULL);
	CHECK(sqlite3_step(s) == SQLITE_ROW);
	CHECK_INT(sqlite3_column_int(s, 0), 0);
	CHECK_INT(sqlite3_column_int(s, 1), 1);
	sqlite3_finalize(s);
	sqlite3_close(db);
	free(err);
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
