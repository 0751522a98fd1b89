/* Reading the audit log: who may, the rows in time order, and a kiosk's
 * count of unknown codes told as a sentence. */
#include <stdlib.h>

#include "fixture.h"
#include "hubdesk/audit.h"
#include "test.h"

TEST(audit_is_read_by_staff_and_admin_only)
{
	struct fixture f;
	struct audit_row *rows = NULL;
	size_t n = 0;
	char *err = NULL;

	REQUIRE(fixture_open(&f, 480, 1020, 0x1f) == 0);
	hubdesk_act_as(f.hd, HD_ROLE_KIOSK, NULL);
	CHECK(audit_list(f.hd, 0, f.hd->now + 1, &rows, &n, &err) == HD_REFUSED);
	CHECK(rows == NULL && n == 0);
	CHECK(err != NULL && strstr(err, "only staff and the hub's administrator") != NULL);
	free(err);
	err = NULL;
	hubdesk_act_as(f.hd, HD_ROLE_CLOCK, NULL);
	CHECK(audit_list(f.hd, 0, f.hd->now + 1, &rows, &n, &err) == HD_REFUSED);
	free(err);
	err = NULL;
	hubdesk_act_as(f.hd, HD_ROLE_STAFF, "Aino");
	REQUIRE(audit_list(f.hd, 0, f.hd->now + 1, &rows, &n, &err) == HD_OK);
	/* The fixture's hub, hours, spaces and members, oldest first. */
	CHECK(n > 8);
	if (n > 0) {
		CHECK_STR(rows[0].action, "hub.add");
		CHECK_STR(rows[n - 1].action, "member.add");
		CHECK_STR(rows[n - 1].subject, f.b.uuid);
	}
	audit_rows_free(rows, n);
	hubdesk_act_as(f.hd, HD_ROLE_ADMIN, NULL);
	REQUIRE(audit_list(f.hd, f.hd->now + 1, f.hd->now + 2, &rows, &n, &err) == HD_OK);
	CHECK_INT((int)n, 0);
	audit_rows_free(rows, n);
	fixture_close(&f);
}

TEST(audit_counts_unknown_codes_per_kiosk_and_hour)
{
	struct fixture f;
	struct audit_row *rows = NULL;
	size_t n = 0, found = 0;
	char *err = NULL, said[128];

	REQUIRE(fixture_open(&f, 480, 1020, 0x1f) == 0);
	REQUIRE(audit_unknown_code(f.hd, "tty1", &err) == HD_OK);
	REQUIRE(audit_unknown_code(f.hd, "tty2", &err) == HD_OK);
	REQUIRE(audit_unknown_code(f.hd, "tty1", &err) == HD_OK);
	hubdesk_act_as(f.hd, HD_ROLE_STAFF, NULL);
	REQUIRE(audit_list(f.hd, 0, f.hd->now + 1, &rows, &n, &err) == HD_OK);
	for (size_t i = 0; i < n; i++) {
		if (strcmp(rows[i].action, "kiosk.unknown-codes") != 0)
			continue;
		found++;
		CHECK_STR(rows[i].role, "kiosk");
		CHECK(rows[i].at == f.hd->now - f.hd->now % 3600);
		CHECK_STR(audit_detail_text(&rows[i], said, sizeof said),
		    strcmp(rows[i].subject, "tty1") == 0
		        ? "2 unknown codes at kiosk tty1 in the hour"
		        : "1 unknown code at kiosk tty2 in the hour");
	}
	CHECK_INT((int)found, 2);
	/* Any other row's detail reads as its JSON. */
	CHECK_STR(audit_detail_text(&rows[0], said, sizeof said), rows[0].detail);
	audit_rows_free(rows, n);
	fixture_close(&f);
}
