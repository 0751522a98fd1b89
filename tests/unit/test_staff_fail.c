/* Staff management and the login when the database refuses a read or a
 * write: a storage error, nothing written, no try counted. */
#include <stdlib.h>

#include "fixture.h"
#include "hubdesk/staff.h"
#include "test.h"

#define H(h, m) ((h) * 60 + (m))

TEST(staff_pin_hash_refuses_unknown_names_and_no_pin)
{
	struct fixture f;
	char hash[STAFF_HASH_MAX];
	char *err = NULL;

	REQUIRE(fixture_open(&f, H(8, 0), H(17, 0), 0x1f) == 0);
	REQUIRE(staff_add(f.hd, "Sari", false, NULL, &err) == HD_OK);
	CHECK_INT(staff_pin_hash(f.hd, "Pekka", hash, &err), HD_REFUSED);
	CHECK_STR(err, "no staff member of that name");
	CHECK_INT(staff_pin_hash(f.hd, "Sari", hash, &err), HD_REFUSED);
	CHECK_STR(err, "no PIN is set");
	REQUIRE(staff_set_pin(f.hd, "sari", "135790", &err) == HD_OK);
	REQUIRE(staff_pin_hash(f.hd, "SARI", hash, &err) == HD_OK);
	CHECK(strncmp(hash, "$y$", 3) == 0);
	free(err);
	fixture_close(&f);
}

TEST(staff_a_refused_write_or_read_is_a_storage_error)
{
	struct fixture f;
	struct staff_member *v = NULL, m;
	struct staff_lockout lock;
	enum hd_role role;
	char hash[STAFF_HASH_MAX];
	size_t n = 0;
	char *err = NULL;

	REQUIRE(fixture_open(&f, H(8, 0), H(17, 0), 0x1f) == 0);
	REQUIRE(staff_add(f.hd, "Sari", false, NULL, &err) == HD_OK);
	REQUIRE(staff_set_pin(f.hd, "Sari", "135790", &err) == HD_OK);
	fixture_sql("CREATE TRIGGER t_no BEFORE INSERT ON staff BEGIN SELECT json('broken'); END;"
	    "CREATE TRIGGER t_no2 BEFORE DELETE ON staff BEGIN SELECT json('broken'); END;"
	    "CREATE TRIGGER t_no3 BEFORE UPDATE ON staff_lockout BEGIN SELECT json('broken'); END");
	CHECK_INT(staff_add(f.hd, "Pekka", false, NULL, &err), HD_STORE);
	CHECK(strncmp(err, "database error: ", 16) == 0);
	CHECK_INT(staff_remove(f.hd, "Sari", &err), HD_STORE);
	/* A wrong PIN whose count cannot be kept is not let through. */
	CHECK_INT(staff_login(f.hd, "Sari", "000000", &m, &err), HD_STORE);
	fixture_sql("DROP TRIGGER t_no; DROP TRIGGER t_no2; DROP TRIGGER t_no3");
	REQUIRE(staff_list(f.hd, &v, &n, &lock, &err) == HD_OK);
	CHECK_INT(n, 1);
	CHECK_INT(lock.failures, 0);
	free(v);
	fixture_sql("PRAGMA legacy_alter_table = ON; ALTER TABLE staff_lockout RENAME TO gone1");
	CHECK_INT(staff_list(f.hd, &v, &n, &lock, &err), HD_STORE);
	CHECK(v == NULL && n == 0);
	CHECK_INT(staff_login(f.hd, "Sari", "135790", &m, &err), HD_STORE);
	fixture_sql("PRAGMA legacy_alter_table = ON; ALTER TABLE gone1 RENAME TO staff_lockout;"
	    "ALTER TABLE staff RENAME TO gone2");
	CHECK_INT(staff_add(f.hd, "Pekka", false, NULL, &err), HD_STORE);
	CHECK_INT(staff_remove(f.hd, "Sari", &err), HD_STORE);
	CHECK_INT(staff_set_pin(f.hd, "Sari", "246802", &err), HD_STORE);
	CHECK_INT(staff_role_of(f.hd, "Sari", &role, &err), HD_STORE);
	CHECK_INT(staff_pin_hash(f.hd, "Sari", hash, &err), HD_STORE);
	CHECK_INT(staff_login(f.hd, "Sari", "135790", &m, &err), HD_STORE);
	free(err);
	fixture_close(&f);
}
