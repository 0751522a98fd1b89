/* Check-in and check-out, walk-ins, guests. */
#include <stdlib.h>

#include "fixture.h"
#include "hubdesk/store.h"
#include "test.h"

#define H(h, m) ((h) * 60 + (m))

TEST(visit_checkin_attaches_to_a_booking_from_15_minutes_before)
{
	struct fixture f;
	struct booking_request r;
	struct booking b, after;
	struct visit v;
	char *err = NULL;

	REQUIRE(fixture_open(&f, H(8, 0), H(17, 0), 0x1f) == 0);
	r = (struct booking_request){ .member_code = f.a.code, .space_code = "D03",
		.date = fixture_date("2026-11-23"), .from_min = H(10, 0), .to_min = H(12, 0) };
	REQUIRE(booking_create(f.hd, &r, &b, &err) == HD_OK);
	/* Before the window: early, at the booked desk, which is free. */
	fixture_now(&f, "2026-11-23 09:44");
	CHECK(visit_checkin(f.hd, f.a.code, NULL, f.hd->now, &v, &err) == HD_OK);
	CHECK_INT(v.how, CHECKIN_EARLY);
	CHECK_STR(v.booking_uuid, b.uuid);
	CHECK_STR(v.space_code, "D03");
	/* In the window: the booking itself. */
	r.member_code = f.b.code;
	r.space_code = "D02";
	REQUIRE(booking_create(f.hd, &r, &b, &err) == HD_OK);
	fixture_now(&f, "2026-11-23 09:45");
	CHECK(visit_checkin(f.hd, f.b.code, NULL, f.hd->now, &v, &err) == HD_OK);
	CHECK_INT(v.how, CHECKIN_BOOKED);
	CHECK_STR(v.booking_uuid, b.uuid);
	CHECK_STR(v.space_code, "D02");
	CHECK(store_booking_by_uuid(f.hd->store, b.uuid, &after) == STORE_OK);
	CHECK_STR(after.status, "checked-in");
	free(err);
	fixture_close(&f);
}

TEST(visit_refuses_a_second_checkin_and_a_checkout_when_out)
{
	struct fixture f;
	struct visit v;
	char *err = NULL;

	REQUIRE(fixture_open(&f, H(8, 0), H(17, 0), 0x1f) == 0);
	CHECK(visit_checkout(f.hd, f.a.code, f.hd->now, &v, &err) == HD_REFUSED);
	CHECK_STR(err, "Aino Ä. is not checked in; nothing to check out");
	CHECK(visit_checkin(f.hd, f.a.code, "D01", f.hd->now, &v, &err) == HD_OK);
	CHECK(visit_checkin(f.hd, f.a.code, NULL, f.hd->now, &v, &err) == HD_REFUSED);
	CHECK(strstr(err, "Aino Ä. is checked in already (since 09:00 at D01)") != NULL);
	CHECK(visit_checkin(f.hd, f.b.code, "D01", f.hd->now, &v, &err) == HD_REFUSED);
	CHECK(strstr(err, "D01 is in use") != NULL);
	CHECK(visit_checkout(f.hd, f.a.code, f.hd->now - 60, &v, &err) == HD_REFUSED);
	CHECK(visit_checkout(f.hd, f.a.code, f.hd->now + 60, &v, &err) == HD_INVALID);
	CHECK(visit_checkout(f.hd, f.a.code, f.hd->now, &v, &err) == HD_OK);
	free(err);
	fixture_close(&f);
}

TEST(visit_backdated_checkin_cannot_overlap_a_recorded_visit)
{
	struct fixture f;
	struct visit v;
	char *err = NULL;

	REQUIRE(fixture_open(&f, H(8, 0), H(17, 0), 0x1f) == 0);
	REQUIRE(visit_checkin(f.hd, f.a.code, "D01", fixture_time("2026-11-23 08:00"), &v, &err) == HD_OK);
	REQUIRE(visit_checkout(f.hd, f.a.code, fixture_time("2026-11-23 08:50"), &v, &err) == HD_OK);
	CHECK(visit_checkin(f.hd, f.a.code, "D02", fixture_time("2026-11-23 08:30"), &v, &err) == HD_REFUSED);
	CHECK(strstr(err, "Aino Ä. was in 2026-11-23 08:00") != NULL);
	CHECK(visit_checkin(f.hd, f.b.code, "D01", fixture_time("2026-11-23 08:10"), &v, &err) == HD_REFUSED);
	CHECK(strstr(err, "D01 was in use") != NULL);
	CHECK(visit_checkin(f.hd, f.b.code, "D01", fixture_time("2026-11-23 08:50"), &v, &err) == HD_OK);
	free(err);
	fixture_close(&f);
}

TEST(visit_walk_in_prefers_a_desk_free_all_day)
{
	struct fixture f;
	struct booking_request r;
	struct kiosk_plan p;
	struct member c;
	struct member_new mc = { .name = "Juho Järvinen" };
	struct visit v;
	char *err = NULL;

	REQUIRE(fixture_open(&f, H(8, 0), H(17, 0), 0x1f) == 0);
	REQUIRE(member_add(f.hd, &mc, &c, &err) == HD_OK);
	r = (struct booking_request){ .member_code = c.code, .space_code = "D01",
		.date = fixture_date("2026-11-23"), .from_min = H(13, 0), .to_min = H(17, 0) };
	REQUIRE(booking_create(f.hd, &r, NULL, &err) == HD_OK);
	CHECK(visit_kiosk_plan(f.hd, f.a.code, &p, &err) == HD_OK);
	CHECK_INT(p.step, KIOSK_OFFER_DESK);
	CHECK_STR(p.space_code, "D02");
	CHECK_INT(p.free_until, 0);
	CHECK(visit_checkin(f.hd, f.a.code, "D02", f.hd->now, &v, &err) == HD_OK);
	CHECK(visit_kiosk_plan(f.hd, f.b.code, &p, &err) == HD_OK);
	CHECK_STR(p.space_code, "D03");
	CHECK(visit_checkin(f.hd, f.b.code, "any", f.hd->now, &v, &err) == HD_OK);
	CHECK_STR(v.space_code, "D03");
	/* Only D01 is left, and only until its booking at 13:00: that is the
	 * next walk-in's hold. */
	CHECK(visit_kiosk_plan(f.hd, c.code, &p, &err) == HD_OK);
	CHECK_INT(p.step, KIOSK_BOOKED); /* c's booking later today: early */
	REQUIRE(member_add(f.hd, &(struct member_new){ .name = "Eeva Eskola" }, &c, &err) == HD_OK);
	CHECK(visit_checkin(f.hd, c.code, "any", f.hd->now, &v, &err) == HD_OK);
	CHECK_STR(v.space_code, "D01");
	CHECK_INT(v.hold_until, fixture_time("2026-11-23 13:00"));
	free(err);
	fixture_close(&f);
}

TEST(visit_guests_sign_in_and_out_once)
{
	struct fixture f;
	struct visit g, v;
	char *err = NULL;

	REQUIRE(fixture_open(&f, H(8, 0), H(17, 0), 0x1f) == 0);
	CHECK(visit_guest_in(f.hd, "Máret Sara", f.a.code, "Palaveri", f.hd->now, &g, &err) == HD_OK);
	CHECK(g.is_guest);
	CHECK(visit_guest_in(f.hd, "", f.a.code, NULL, f.hd->now, &v, &err) == HD_INVALID);
	CHECK(visit_guest_in(f.hd, "X", "AAAAA", NULL, f.hd->now, &v, &err) == HD_REFUSED);
	CHECK(visit_guest_out(f.hd, g.uuid, f.hd->now, &v, &err) == HD_OK);
	CHECK(visit_guest_out(f.hd, g.uuid, f.hd->now, &v, &err) == HD_REFUSED);
	CHECK(strstr(err, "signed out already") != NULL);
	free(err);
	fixture_close(&f);
}

TEST(visit_corrections_keep_a_member_to_one_visit_at_a_time)
{
	struct fixture f;
	struct visit v, w;
	struct visit_new n = { 0 };
	char *err = NULL;

	REQUIRE(fixture_open(&f, H(8, 0), H(17, 0), 0x1f) == 0);
	fixture_now(&f, "2026-11-24 12:00");
	n.member_code = f.a.code;
	n.space_code = "D01";
	n.in_at = fixture_time("2026-11-23 08:00");
	n.out_at = fixture_time("2026-11-23 12:00");
	REQUIRE(visit_add(f.hd, &n, &v, &err) == HD_OK);
	CHECK_STR(v.space_code, "D01");
	n.space_code = NULL;
	n.in_at = fixture_time("2026-11-23 11:00");
	n.out_at = fixture_time("2026-11-23 13:00");
	CHECK(visit_add(f.hd, &n, &w, &err) == HD_REFUSED);
	CHECK(strstr(err, "Aino Ä. was in 2026-11-23 08:00\xe2\x80\x93" "12:00") != NULL);
	n.in_at = fixture_time("2026-11-23 12:00");
	REQUIRE(visit_add(f.hd, &n, &w, &err) == HD_OK); /* touching is fine */
	CHECK(visit_edit(f.hd, v.uuid, 0, fixture_time("2026-11-23 12:30"), &v, &err) == HD_REFUSED);
	CHECK(visit_edit(f.hd, v.uuid, fixture_time("2026-11-23 07:30"), 0, &v, &err) == HD_OK);
	CHECK_INT(v.out_at, fixture_time("2026-11-23 12:00"));
	CHECK(visit_edit(f.hd, v.uuid, 0, fixture_time("2026-11-23 07:00"), &v, &err) == HD_REFUSED);
	CHECK(visit_edit(f.hd, v.uuid, 0, fixture_time("2026-11-24 12:01"), &v, &err) == HD_INVALID);
	CHECK(visit_edit(f.hd, v.uuid, 0, fixture_time("2026-11-24 08:00"), &v, &err) == HD_REFUSED);
	CHECK(strstr(err, "by 24:00 on 2026-11-23") != NULL);
	CHECK(visit_remove(f.hd, w.uuid, NULL, &err) == HD_OK);
	CHECK(visit_remove(f.hd, w.uuid, NULL, &err) == HD_REFUSED);
	CHECK(visit_edit(f.hd, v.uuid, 0, fixture_time("2026-11-23 12:30"), &v, &err) == HD_OK);
	free(err);
	fixture_close(&f);
}

TEST(visit_corrections_settle_the_members_bookings_again)
{
	struct fixture f;
	struct booking_request r;
	struct booking b, after;
	struct visit v;
	struct visit_new n = { 0 };
	char *err = NULL;

	REQUIRE(fixture_open(&f, H(8, 0), H(17, 0), 0x1f) == 0);
	r = (struct booking_request){ .member_code = f.a.code, .space_code = "D02",
		.date = fixture_date("2026-11-23"), .from_min = H(10, 0), .to_min = H(12, 0) };
	REQUIRE(booking_create(f.hd, &r, &b, &err) == HD_OK);
	/* Checked in to it, then the visit is removed: waiting again while
	 * the window is open, a no-show once it has passed. */
	fixture_now(&f, "2026-11-23 10:05");
	REQUIRE(visit_checkin(f.hd, f.a.code, NULL, f.hd->now, &v, &err) == HD_OK);
	CHECK_STR(v.booking_uuid, b.uuid);
	fixture_now(&f, "2026-11-23 10:10");
	REQUIRE(visit_remove(f.hd, v.uuid, &v, &err) == HD_OK);
	REQUIRE(store_booking_by_uuid(f.hd->store, b.uuid, &after) == STORE_OK);
	CHECK_STR(after.status, "booked");
	fixture_now(&f, "2026-11-23 10:20");
	REQUIRE(visit_checkin(f.hd, f.a.code, NULL, f.hd->now, &v, &err) == HD_OK);
	fixture_now(&f, "2026-11-23 11:00");
	REQUIRE(visit_remove(f.hd, v.uuid, &v, &err) == HD_OK);
	REQUIRE(store_booking_by_uuid(f.hd->store, b.uuid, &after) == STORE_OK);
	CHECK_STR(after.status, "no-show");
	/* A forgotten visit added over its window keeps it; moved away, not. */
	n.member_code = f.a.code;
	n.in_at = fixture_time("2026-11-23 09:50");
	n.out_at = fixture_time("2026-11-23 10:50");
	REQUIRE(visit_add(f.hd, &n, &v, &err) == HD_OK);
	REQUIRE(store_booking_by_uuid(f.hd->store, b.uuid, &after) == STORE_OK);
	CHECK_STR(after.status, "checked-in");
	REQUIRE(visit_edit(f.hd, v.uuid, fixture_time("2026-11-23 08:00"),
	    fixture_time("2026-11-23 09:00"), &v, &err) == HD_OK);
	REQUIRE(store_booking_by_uuid(f.hd->store, b.uuid, &after) == STORE_OK);
	CHECK_STR(after.status, "no-show");
	free(err);
	fixture_close(&f);
}

TEST(member_short_name_keeps_whole_characters)
{
	char out[HD_TEXT];

	member_short_name("Aino Äijälä", out);
	CHECK_STR(out, "Aino Ä.");
	member_short_name("Áile Ŋuvvos", out);
	CHECK_STR(out, "Áile Ŋ.");
	member_short_name("Madonna", out);
	CHECK_STR(out, "Madonna");
	member_short_name("Anna Maija Ö", out);
	CHECK_STR(out, "Anna Ö.");
	member_short_name("Trailing ", out);
	CHECK_STR(out, "Trailing");
	member_short_name("Aino\xc2\xa0\xc3\x84ij\xc3\xa4l\xc3\xa4", out); /* no-break space */
	CHECK_STR(out, "Aino \xc3\x84.");
	char long_name[HD_TEXT] = "";
	for (int i = 0; i < 62; i++)
		strcat(long_name, "\xf0\x9d\x90\x80"); /* a four-byte letter */
	strcat(long_name, " Ekman");
	member_short_name(long_name, out);
	CHECK(strstr(out, "Ekman") == NULL);
	CHECK(strlen(out) <= 40 + 4);
}

/* "Aino H." whatever spaces or invisible characters sit between the words,
 * even in a name that reached the database without being folded. */
TEST(member_short_name_sees_every_space_and_no_invisible_character)
{
	static const char *const spaces[] = {
		"\xc2\xa0", "\xe1\x9a\x80", "\xe2\x80\x80", "\xe2\x80\x89", "\xe2\x80\x8a",
		"\xe2\x80\xaf", "\xe2\x81\x9f", "\xe3\x80\x80", "  \xe2\x80\x89 ",
	};
	char name[64], out[HD_TEXT];

	for (size_t i = 0; i < sizeof spaces / sizeof spaces[0]; i++) {
		snprintf(name, sizeof name, "Aino%sHolmberg", spaces[i]);
		member_short_name(name, out);
		CHECK_STR(out, "Aino H.");
	}
	member_short_name("\xe2\x80\x89" "Aino Holmberg\xe3\x80\x80", out);
	CHECK_STR(out, "Aino H.");
	member_short_name("Aino \xc2\xad\xe2\x81\xa0Holmberg", out); /* soft hyphen, word joiner */
	CHECK_STR(out, "Aino H.");
	member_short_name("Aino Maria\xe2\x80\x89Holmberg", out);
	CHECK_STR(out, "Aino H.");
}

TEST(member_search_matches_the_first_name_only_folding_case_and_letters)
{
	struct fixture f;
	struct member_match m[5];
	struct member_new n = { "Áile Ámmir", NULL, NULL, NULL, NULL };
	size_t count;
	bool more;
	char *err = NULL;

	REQUIRE(fixture_open(&f, H(8, 0), H(17, 0), 0x1f) == 0);
	REQUIRE(member_add(f.hd, &n, NULL, &err) == HD_OK);
	CHECK(member_search(f.hd, " AIN ", m, 5, &count, &more, &err) == HD_OK);
	CHECK_INT(count, 1);
	CHECK_STR(m[0].short_name, "Aino Ä.");
	CHECK_STR(m[0].code, f.a.code);
	CHECK(member_search(f.hd, "áIL", m, 5, &count, &more, &err) == HD_OK);
	CHECK_INT(count, 1);
	CHECK_STR(m[0].short_name, "Áile Á.");
	/* Never the surname, alone or after the first name. */
	static const char *const surname[] = { "äij", "ÄIJÄLÄ", "ámm", "aino ä", "aino äij", "aino\xe2\x80\x89ä" };
	for (size_t i = 0; i < sizeof surname / sizeof surname[0]; i++) {
		CHECK(member_search(f.hd, surname[i], m, 5, &count, &more, &err) == HD_OK);
		CHECK_INT(count, 0);
	}
	CHECK(member_search(f.hd, "ai", m, 5, &count, &more, &err) == HD_OK);
	CHECK_INT(count, 0); /* fewer than three letters: nothing */
	CHECK(member_search(f.hd, "ino", m, 5, &count, &more, &err) == HD_OK);
	CHECK_INT(count, 0); /* words are matched from their start */
	for (int i = 0; i < 6; i++) {
		struct member_new x = { "Pekka Mäki", NULL, NULL, NULL, NULL };
		REQUIRE(member_add(f.hd, &x, NULL, &err) == HD_OK);
	}
	CHECK(member_search(f.hd, "pek", m, 5, &count, &more, &err) == HD_OK);
	CHECK_INT(count, 5);
	CHECK(more);
	free(err);
	fixture_close(&f);
}
