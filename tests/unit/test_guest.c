/* Guests signing in and out: who is in, and what a sign-out refuses. */
#include <stdlib.h>

#include "fixture.h"
#include "test.h"

#define H(h, m) ((h) * 60 + (m))

TEST(guest_sign_out_refuses_members_unknown_and_twice)
{
	struct fixture f;
	struct visit g, m, *v = NULL;
	size_t n = 0;
	char *err = NULL;

	REQUIRE(fixture_open(&f, H(8, 0), H(17, 0), 0x1f) == 0);
	REQUIRE(visit_guest_in(f.hd, "Maija Meikäläinen", f.a.code, "palaveri", f.hd->now, &g,
	    &err) == HD_OK);
	REQUIRE(visit_checkin(f.hd, f.b.code, "D01", f.hd->now, &m, &err) == HD_OK);
	REQUIRE(visit_guests_in(f.hd, &v, &n, &err) == HD_OK);
	CHECK_INT(n, 1);
	CHECK(n == 1 && strcmp(v[0].uuid, g.uuid) == 0);
	free(v);
	CHECK_INT(visit_guest_out(f.hd, "nonsense", f.hd->now, &g, &err), HD_INVALID);
	CHECK(strncmp(err, "'nonsense' is not a visit UUID", 30) == 0);
	CHECK_INT(visit_guest_out(f.hd, "0b6e8d0c-6a4f-4c39-9a55-2d1f5b6f0c11", f.hd->now, &g, &err),
	    HD_REFUSED);
	CHECK(strncmp(err, "no visit has the UUID", 21) == 0);
	CHECK_INT(visit_guest_out(f.hd, m.uuid, f.hd->now, &m, &err), HD_REFUSED);
	CHECK(strncmp(err, "that visit is a member's", 24) == 0);
	CHECK_INT(visit_guest_out(f.hd, g.uuid, f.hd->now - 60, &m, &err), HD_REFUSED);
	CHECK(strstr(err, "would come before check-in") != NULL);
	fixture_now(&f, "2026-11-23 10:00");
	REQUIRE(visit_guest_out(f.hd, g.uuid, f.hd->now, &g, &err) == HD_OK);
	CHECK_INT(visit_guest_out(f.hd, g.uuid, f.hd->now, &g, &err), HD_REFUSED);
	CHECK(strncmp(err, "the guest signed out already at", 31) == 0);
	REQUIRE(visit_guests_in(f.hd, &v, &n, &err) == HD_OK);
	CHECK_INT(n, 0);
	free(v);
	CHECK_INT(visit_guest_in(f.hd, "Maija", "ZZZZZ", NULL, f.hd->now, &g, &err), HD_REFUSED);
	fixture_sql("CREATE TRIGGER t_no BEFORE INSERT ON visit BEGIN SELECT json('broken'); END");
	CHECK_INT(visit_guest_in(f.hd, "Maija", f.a.code, NULL, f.hd->now, &g, &err), HD_STORE);
	fixture_sql("DROP TRIGGER t_no; PRAGMA legacy_alter_table = ON; ALTER TABLE visit RENAME TO gone");
	CHECK_INT(visit_guests_in(f.hd, &v, &n, &err), HD_STORE);
	free(err);
	fixture_close(&f);
}
