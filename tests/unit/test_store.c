/* The store: file mode, migrations, transactions, and the schema's own
 * guard against double booking, tested below the domain's checks. */
#include <sqlite3.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fixture.h"
#include "hubdesk/store.h"
#include "test.h"

static void
raw_exec(const char *sql)
{
	sqlite3 *db;

	sqlite3_open(test_db_path(), &db);
	sqlite3_exec(db, sql, NULL, NULL, NULL);
	sqlite3_close(db);
}

TEST(store_creates_a_private_file_at_the_newest_level)
{
	struct store *st;
	struct stat sb;
	char *err = NULL;
	sqlite3 *db;
	sqlite3_stmt *s;

	REQUIRE(store_open(test_db_path(), true, &st, &err) == STORE_OK);
	store_close(st);
	REQUIRE(stat(test_db_path(), &sb) == 0);
	CHECK_INT(sb.st_mode & 0777, 0600);
	sqlite3_open(test_db_path(), &db);
	sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &s, NULL);
	CHECK(sqlite3_step(s) == SQLITE_ROW);
	CHECK_INT(sqlite3_column_int(s, 0), store_schema_level());
	sqlite3_finalize(s);
	sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &s, NULL);
	CHECK(sqlite3_step(s) == SQLITE_ROW);
	CHECK_STR((const char *)sqlite3_column_text(s, 0), "wal");
	sqlite3_finalize(s);
	sqlite3_close(db);
}

TEST(store_refuses_a_newer_schema_and_foreign_files)
{
	struct store *st;
	char *err = NULL;
	FILE *f;

	REQUIRE(store_open(test_db_path(), true, &st, &err) == STORE_OK);
	store_close(st);
	raw_exec("PRAGMA user_version = 99");
	CHECK(store_open(test_db_path(), true, &st, &err) == STORE_ERROR);
	CHECK(err != NULL && strstr(err, "newer hubdesk") != NULL);
	free(err);
	err = NULL;

	unlink(test_db_path());
	raw_exec("CREATE TABLE other (x)");
	CHECK(store_open(test_db_path(), true, &st, &err) == STORE_ERROR);
	CHECK(err != NULL && strstr(err, "not a hubdesk one") != NULL);
	free(err);
	err = NULL;

	unlink(test_db_path());
	REQUIRE((f = fopen(test_db_path(), "w")) != NULL);
	fputs("this is not a database, it is a shopping list\n", f);
	fclose(f);
	CHECK(store_open(test_db_path(), true, &st, &err) == STORE_ERROR);
	CHECK(err != NULL);
	free(err);
}

static struct booking
raw_booking(const struct fixture *f, int64_t space_id, const char *from, const char *to)
{
	struct booking b;

	memset(&b, 0, sizeof b);
	ids_uuid_new(b.uuid);
	b.space_id = space_id;
	b.member_id = f->a.id;
	b.starts_at = fixture_time(from);
	b.ends_at = fixture_time(to);
	strcpy(b.status, "booked");
	return b;
}

TEST(store_schema_refuses_overlapping_bookings_whatever_the_code_does)
{
	struct fixture f;
	struct space d1, d2;
	struct booking b;
	struct store *st;

	REQUIRE(fixture_open(&f, 480, 1020, 0x1f) == 0);
	st = f.hd->store;
	REQUIRE(store_space_by_code(st, "D01", &d1) == STORE_OK);
	REQUIRE(store_space_by_code(st, "D02", &d2) == STORE_OK);
	b = raw_booking(&f, d1.id, "2026-11-24 09:00", "2026-11-24 12:00");
	CHECK(store_booking_insert(st, &b) == STORE_OK);
	b = raw_booking(&f, d1.id, "2026-11-24 11:30", "2026-11-24 13:00");
	CHECK(store_booking_insert(st, &b) == STORE_CONSTRAINT);
	b = raw_booking(&f, d1.id, "2026-11-24 08:00", "2026-11-24 17:00");
	CHECK(store_booking_insert(st, &b) == STORE_CONSTRAINT); /* encloses it */
	b = raw_booking(&f, d1.id, "2026-11-24 10:00", "2026-11-24 11:00");
	CHECK(store_booking_insert(st, &b) == STORE_CONSTRAINT); /* inside it */
	b = raw_booking(&f, d1.id, "2026-11-24 12:00", "2026-11-24 13:00");
	CHECK(store_booking_insert(st, &b) == STORE_OK);         /* touches its end */
	b = raw_booking(&f, d2.id, "2026-11-24 09:00", "2026-11-24 12:00");
	CHECK(store_booking_insert(st, &b) == STORE_OK);         /* another desk */

	/* A cancelled booking frees the slot, and cannot come back over a new one. */
	struct booking c = raw_booking(&f, d2.id, "2026-11-25 09:00", "2026-11-25 12:00");
	REQUIRE(store_booking_insert(st, &c) == STORE_OK);
	CHECK(store_booking_set_status(st, c.id, "cancelled", f.hd->now) == STORE_OK);
	b = raw_booking(&f, d2.id, "2026-11-25 10:00", "2026-11-25 11:00");
	CHECK(store_booking_insert(st, &b) == STORE_OK);
	CHECK(store_booking_set_status(st, c.id, "booked", f.hd->now) == STORE_CONSTRAINT);

	/* Nonsense spans are refused by CHECK constraints. */
	b = raw_booking(&f, d2.id, "2026-11-26 12:00", "2026-11-26 09:00");
	CHECK(store_booking_insert(st, &b) == STORE_CONSTRAINT);
	b = raw_booking(&f, d2.id, "2026-11-26 08:00", "2026-11-28 08:00");
	CHECK(store_booking_insert(st, &b) == STORE_CONSTRAINT);
	fixture_close(&f);
}

TEST(store_nested_transactions_roll_back_only_the_inner_part)
{
	struct fixture f;
	struct closed_day *days;
	size_t n;

	REQUIRE(fixture_open(&f, 480, 1020, 0x1f) == 0);
	REQUIRE(store_begin(f.hd->store) == STORE_OK);
	CHECK(store_closed_add(f.hd->store, "2026-12-01", "outer") == STORE_OK);
	REQUIRE(store_begin(f.hd->store) == STORE_OK);
	CHECK(store_closed_add(f.hd->store, "2026-12-02", "inner") == STORE_OK);
	store_rollback(f.hd->store);
	CHECK(store_commit(f.hd->store) == STORE_OK);
	REQUIRE(store_closed_list(f.hd->store, &days, &n) == STORE_OK);
	CHECK_INT(n, 1);
	CHECK_STR(days[0].note, "outer");
	free(days);
	fixture_close(&f);
}

TEST(store_one_open_visit_per_member_and_per_space)
{
	struct fixture f;
	struct space d1;
	struct visit v;

	REQUIRE(fixture_open(&f, 480, 1020, 0x1f) == 0);
	REQUIRE(store_space_by_code(f.hd->store, "D01", &d1) == STORE_OK);
	memset(&v, 0, sizeof v);
	ids_uuid_new(v.uuid);
	v.in_at = f.hd->now;
	v.space_id = d1.id;
	CHECK(store_visit_insert(f.hd->store, &v, f.a.id, 0, 0) == STORE_OK);
	ids_uuid_new(v.uuid);
	v.space_id = 0;
	CHECK(store_visit_insert(f.hd->store, &v, f.a.id, 0, 0) == STORE_CONSTRAINT);
	ids_uuid_new(v.uuid);
	v.space_id = d1.id;
	CHECK(store_visit_insert(f.hd->store, &v, f.b.id, 0, 0) == STORE_CONSTRAINT);
	fixture_close(&f);
}

/* A closed visit of member_id at space_id (0: none) over [in, out). */
static enum store_rc
raw_visit(struct fixture *f, int64_t member_id, int64_t space_id, const char *in,
    const char *out, struct visit *v)
{
	(void)f;
	memset(v, 0, sizeof *v);
	ids_uuid_new(v->uuid);
	v->space_id = space_id;
	v->in_at = fixture_time(in);
	v->out_at = out != NULL ? fixture_time(out) : 0;
	return store_visit_insert(f->hd->store, v, member_id, 0, 0);
}

TEST(store_schema_refuses_overlapping_visits_whatever_the_code_does)
{
	struct fixture f;
	struct space d1, d2;
	struct visit v, w;
	struct store *st;

	REQUIRE(fixture_open(&f, 480, 1020, 0x1f) == 0);
	st = f.hd->store;
	REQUIRE(store_space_by_code(st, "D01", &d1) == STORE_OK);
	REQUIRE(store_space_by_code(st, "D02", &d2) == STORE_OK);
	fixture_now(&f, "2026-11-24 18:00");
	CHECK(raw_visit(&f, f.a.id, d1.id, "2026-11-23 09:00", "2026-11-23 12:00", &v) == STORE_OK);
	/* The same member elsewhere, or someone else at the same desk: refused. */
	CHECK(raw_visit(&f, f.a.id, d2.id, "2026-11-23 11:00", "2026-11-23 13:00", &w) ==
	    STORE_CONSTRAINT);
	CHECK(raw_visit(&f, f.a.id, 0, "2026-11-23 08:00", "2026-11-23 17:00", &w) ==
	    STORE_CONSTRAINT); /* encloses it */
	CHECK(raw_visit(&f, f.b.id, d1.id, "2026-11-23 10:00", "2026-11-23 11:00", &w) ==
	    STORE_CONSTRAINT); /* inside it */
	CHECK(raw_visit(&f, f.b.id, d1.id, "2026-11-23 08:00", NULL, &w) == STORE_CONSTRAINT);
	/* Touching is not overlapping; another member at another desk is fine. */
	CHECK(raw_visit(&f, f.b.id, d1.id, "2026-11-23 12:00", "2026-11-23 13:00", &w) == STORE_OK);
	CHECK(raw_visit(&f, f.b.id, d2.id, "2026-11-23 12:30", "2026-11-23 14:00", &w) ==
	    STORE_CONSTRAINT); /* b was at D01 until 13:00 */
	CHECK(raw_visit(&f, f.b.id, d2.id, "2026-11-23 09:00", "2026-11-23 11:00", &w) == STORE_OK);
	/* A change of times is held to the same rule. */
	CHECK(store_visit_set_times(st, v.id, v.in_at, fixture_time("2026-11-23 12:30"), false) ==
	    STORE_CONSTRAINT);
	CHECK(store_visit_set_times(st, v.id, fixture_time("2026-11-23 11:00"),
	    fixture_time("2026-11-23 12:00"), false) == STORE_OK);
	CHECK(store_visit_set_times(st, w.id, fixture_time("2026-11-23 08:00"),
	    fixture_time("2026-11-23 11:00"), false) == STORE_OK);
	fixture_close(&f);
}
