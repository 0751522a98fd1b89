/* What members' leaving, closed dates and the retention purge refuse, each
 * with its reason and nothing written. */
#include <stdlib.h>

#include "fixture.h"
#include "hubdesk/audit.h"
#include "hubdesk/member-leave.h"
#include "hubdesk/retention.h"
#include "hubdesk/store.h"
#include "test.h"

#define H(h, m) ((h) * 60 + (m))

TEST(leave_unknown_codes_and_staff_are_refused)
{
	struct fixture f;
	struct member_export x;
	struct booking_affected *a = NULL;
	size_t na = 0;
	char *err = NULL;

	REQUIRE(fixture_open(&f, H(8, 0), H(17, 0), 0x1f) == 0);
	CHECK_INT(member_retire(f.hd, "ZZZZZ", NULL, &a, &na, &err), HD_REFUSED);
	CHECK(strncmp(err, "no member has the code", 22) == 0);
	CHECK_INT(member_erase(f.hd, "ZZZZZ", NULL, &a, &na, &err), HD_REFUSED);
	CHECK(strncmp(err, "no member has the code", 22) == 0);
	CHECK_INT(member_export(f.hd, "ZZZZZ", &x, &err), HD_REFUSED);
	CHECK(x.bookings == NULL && x.nbookings == 0);
	member_export_free(&x);
	hubdesk_act_as(f.hd, HD_ROLE_STAFF, "Sari");
	CHECK_INT(member_erase(f.hd, f.a.code, NULL, &a, &na, &err), HD_REFUSED);
	CHECK(strncmp(err, "only the hub's administrator may erase a member", 47) == 0);
	CHECK(a == NULL && na == 0);
	/* Staff may still read what is held about a member. */
	REQUIRE(member_export(f.hd, f.a.code, &x, &err) == HD_OK);
	CHECK_STR(x.member.name, "Aino Äijälä");
	member_export_free(&x);
	free(err);
	fixture_close(&f);
}

TEST(leave_a_failed_audit_row_undoes_retire_and_erase)
{
	struct fixture f;
	struct member m;
	struct booking_request r;
	struct booking b;
	struct booking_affected *a = NULL;
	size_t na = 0;
	char *err = NULL;

	REQUIRE(fixture_open(&f, H(8, 0), H(17, 0), 0x1f) == 0);
	r = (struct booking_request){ .member_code = f.a.code, .space_code = "D01",
		.date = fixture_date("2026-11-24"), .from_min = H(9, 0), .to_min = H(12, 0) };
	REQUIRE(booking_create(f.hd, &r, &b, &err) == HD_OK);
	fixture_sql("CREATE TRIGGER t_no BEFORE INSERT ON audit WHEN NEW.action IN "
	    "('member.retire', 'member.erase') BEGIN SELECT RAISE(ABORT, 'refused'); END");
	CHECK_INT(member_retire(f.hd, f.a.code, NULL, &a, &na, &err), HD_STORE);
	CHECK(strncmp(err, "database error: ", 16) == 0);
	CHECK(a == NULL && na == 0);
	CHECK_INT(member_erase(f.hd, f.a.code, NULL, &a, &na, &err), HD_STORE);
	CHECK(a == NULL && na == 0);
	/* Neither left a trace: the member and the booking as they were. */
	REQUIRE(member_get(f.hd, f.a.code, &m, &err) == HD_OK);
	CHECK_STR(m.name, "Aino Äijälä");
	CHECK_INT(m.retired_at, 0);
	REQUIRE(store_booking_by_uuid(f.hd->store, b.uuid, &b) == STORE_OK);
	CHECK_STR(b.status, "booked");
	fixture_sql("DROP TRIGGER t_no");
	REQUIRE(member_retire(f.hd, f.a.code, &m, &a, &na, &err) == HD_OK);
	CHECK_INT(na, 1);
	CHECK(a != NULL && a[0].fate == BOOKING_CANCELLED);
	free(a);
	free(err);
	fixture_close(&f);
}

TEST(leave_a_failed_write_is_a_storage_error)
{
	struct fixture f;
	struct member m;
	struct member_export x;
	struct booking_affected *a = NULL;
	size_t na = 0;
	char *err = NULL;

	REQUIRE(fixture_open(&f, H(8, 0), H(17, 0), 0x1f) == 0);
	fixture_sql("CREATE TRIGGER t_no BEFORE UPDATE ON member "
	    "BEGIN SELECT RAISE(ABORT, 'refused'); END");
	CHECK_INT(member_retire(f.hd, f.a.code, NULL, &a, &na, &err), HD_STORE);
	CHECK_INT(member_erase(f.hd, f.b.code, NULL, &a, &na, &err), HD_STORE);
	CHECK(strncmp(err, "database error: ", 16) == 0);
	fixture_sql("DROP TRIGGER t_no; PRAGMA legacy_alter_table = ON; "
	    "ALTER TABLE booking RENAME TO booking_gone");
	CHECK_INT(member_export(f.hd, f.a.code, &x, &err), HD_STORE);
	member_export_free(&x);
	CHECK_INT(member_retire(f.hd, f.a.code, NULL, &a, &na, &err), HD_STORE);
	fixture_sql("PRAGMA legacy_alter_table = ON; ALTER TABLE booking_gone RENAME TO booking");
	REQUIRE(member_get(f.hd, f.b.code, &m, &err) == HD_OK);
	CHECK_STR(m.name, "Ville Virtanen");
	REQUIRE(member_get(f.hd, f.a.code, &m, &err) == HD_OK);
	CHECK_INT(m.retired_at, 0);
	free(err);
	fixture_close(&f);
}

TEST(closed_dates_refuse_bad_and_past_dates_and_unknown_ones)
{
	struct fixture f;
	struct closed_day *v = NULL;
	struct booking_affected *a = NULL;
	size_t nv = 0, na = 0;
	char long_note[200];
	char *err = NULL;

	REQUIRE(fixture_open(&f, H(8, 0), H(17, 0), 0x1f) == 0);
	CHECK_INT(hub_closed_add(f.hd, "2026-13-01", NULL, &a, &na, &err), HD_INVALID);
	CHECK_STR(err, "'2026-13-01' is not a date; write it as YYYY-MM-DD");
	CHECK_INT(hub_closed_add(f.hd, "2026-11-22", NULL, &a, &na, &err), HD_REFUSED);
	CHECK(strstr(err, "has passed; closed dates are for today and the days to come") != NULL);
	memset(long_note, 'x', sizeof long_note - 1);
	long_note[sizeof long_note - 1] = '\0';
	CHECK_INT(hub_closed_add(f.hd, "2026-12-01", long_note, &a, &na, &err), HD_INVALID);
	CHECK_INT(hub_closed_remove(f.hd, "2026-12-32", &err), HD_INVALID);
	CHECK_INT(hub_closed_remove(f.hd, "2026-12-01", &err), HD_REFUSED);
	CHECK(strncmp(err, "2026-12-01 is not a closed date", 31) == 0);
	REQUIRE(hub_closed_list(f.hd, &v, &nv, &err) == HD_OK);
	CHECK_INT(nv, 0);
	free(v);
	/* Today may be closed; then it can be opened again. */
	REQUIRE(hub_closed_add(f.hd, "2026-11-23", "vesivahinko", &a, &na, &err) == HD_OK);
	free(a);
	REQUIRE(hub_closed_list(f.hd, &v, &nv, &err) == HD_OK);
	CHECK_INT(nv, 1);
	free(v);
	CHECK_INT(hub_closed_remove(f.hd, "2026-11-23", &err), HD_OK);
	free(err);
	fixture_close(&f);
}

TEST(closed_dates_a_failed_write_changes_nothing)
{
	struct fixture f;
	struct closed_day *v = NULL;
	struct booking_request r;
	struct booking b;
	struct booking_affected *a = NULL;
	size_t nv = 0, na = 0;
	char *err = NULL;

	REQUIRE(fixture_open(&f, H(8, 0), H(17, 0), 0x1f) == 0);
	r = (struct booking_request){ .member_code = f.a.code, .space_code = "D01",
		.date = fixture_date("2026-12-01"), .from_min = H(9, 0), .to_min = H(12, 0) };
	REQUIRE(booking_create(f.hd, &r, &b, &err) == HD_OK);
	fixture_sql("CREATE TRIGGER t_no BEFORE UPDATE ON booking "
	    "BEGIN SELECT RAISE(ABORT, 'refused'); END");
	CHECK_INT(hub_closed_add(f.hd, "2026-12-01", NULL, &a, &na, &err), HD_STORE);
	CHECK(a == NULL && na == 0);
	fixture_sql("DROP TRIGGER t_no; CREATE TRIGGER t_no BEFORE INSERT ON closed_date "
	    "BEGIN SELECT RAISE(ABORT, 'refused'); END");
	CHECK_INT(hub_closed_add(f.hd, "2026-12-01", NULL, &a, &na, &err), HD_STORE);
	CHECK(strncmp(err, "database error: ", 16) == 0);
	REQUIRE(hub_closed_list(f.hd, &v, &nv, &err) == HD_OK);
	CHECK_INT(nv, 0);
	free(v);
	REQUIRE(store_booking_by_uuid(f.hd->store, b.uuid, &b) == STORE_OK);
	CHECK_STR(b.status, "booked");
	fixture_sql("DROP TRIGGER t_no");
	REQUIRE(hub_closed_add(f.hd, "2026-12-01", NULL, &a, &na, &err) == HD_OK);
	fixture_sql("CREATE TRIGGER t_no BEFORE DELETE ON closed_date "
	    "BEGIN SELECT RAISE(ABORT, 'refused'); END");
	CHECK_INT(hub_closed_remove(f.hd, "2026-12-01", &err), HD_STORE);
	fixture_sql("PRAGMA legacy_alter_table = ON; ALTER TABLE closed_date RENAME TO gone");
	CHECK_INT(hub_closed_list(f.hd, &v, &nv, &err), HD_STORE);
	free(a);
	free(err);
	fixture_close(&f);
}

TEST(retention_purge_is_the_administrators_and_counts_first)
{
	struct fixture f;
	struct retention_counts c;
	char *err = NULL;

	REQUIRE(fixture_open(&f, H(8, 0), H(17, 0), 0x1f) == 0);
	hubdesk_act_as(f.hd, HD_ROLE_STAFF, "Sari");
	CHECK_INT(retention_purge(f.hd, false, &c, &err), HD_REFUSED);
	CHECK(strncmp(err, "only the hub's administrator may purge data before its time", 59) == 0);
	/* Counting writes nothing, so staff may. */
	REQUIRE(retention_purge(f.hd, true, &c, &err) == HD_OK);
	CHECK_INT(c.guests, 0);
	CHECK_INT(c.audit, 0);
	hubdesk_act_as(f.hd, HD_ROLE_ADMIN, NULL);
	fixture_sql("CREATE TRIGGER t_no BEFORE INSERT ON audit WHEN NEW.action = 'retention.run' "
	    "BEGIN SELECT RAISE(ABORT, 'refused'); END");
	CHECK_INT(retention_purge(f.hd, false, &c, &err), HD_STORE);
	fixture_sql("DROP TRIGGER t_no; CREATE TRIGGER t_no BEFORE INSERT ON setting "
	    "BEGIN SELECT RAISE(ABORT, 'refused'); END");
	CHECK_INT(retention_purge(f.hd, false, &c, &err), HD_STORE);
	fixture_sql("DROP TRIGGER t_no; PRAGMA legacy_alter_table = ON; "
	    "ALTER TABLE audit RENAME TO audit_gone");
	CHECK_INT(retention_purge(f.hd, true, &c, &err), HD_STORE);
	CHECK(strncmp(err, "database error: ", 16) == 0);
	free(err);
	fixture_close(&f);
}
