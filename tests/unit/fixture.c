/* The domain tests' small hub (see fixture.h). */
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "fixture.h"
#include "hubdesk/audit.h"
#include "test.h"

int
fixture_open(struct fixture *f, int opens_min, int closes_min, unsigned days)
{
	struct hub_settings s = { "Testipiste", "Kuortane", NULL, "Europe/Helsinki",
		opens_min, closes_min, days };
	struct space_new d = { 0 };
	struct member_new ma = { "Aino Äijälä", NULL, "Kuortane", NULL, "remote-employee" };
	struct member_new mb = { "Ville Virtanen", NULL, "Helsinki", NULL, "entrepreneur" };
	const char *codes[] = { "D01", "D02", "D03" };
	char *err = NULL;

	memset(f, 0, sizeof *f);
	if (hubdesk_open(test_db_path(), true, &f->hd, &err) != HD_OK)
		return -1;
	fixture_now(f, "2026-11-23 09:00");
	/* As the command line run by the file's owner: the administrator, whom
	 * the rules and staff management need. A test of another role says so. */
	f->hd->owner = true;
	hubdesk_act_as(f->hd, HD_ROLE_ADMIN, NULL);
	if (hub_init(f->hd, &s, &err) != HD_OK)
		return -1;
	for (int i = 0; i < 3; i++) {
		d.code = codes[i];
		if (space_add(f->hd, &d, NULL, &err) != HD_OK)
			return -1;
	}
	d.code = "R1";
	d.kind = "room";
	if (space_add(f->hd, &d, NULL, &err) != HD_OK ||
	    member_add(f->hd, &ma, &f->a, &err) != HD_OK ||
	    member_add(f->hd, &mb, &f->b, &err) != HD_OK)
		return -1;
	free(err);
	return 0;
}

void
fixture_close(struct fixture *f)
{
	hubdesk_close(f->hd);
	f->hd = NULL;
}

void
fixture_now(struct fixture *f, const char *local)
{
	f->hd->now = fixture_time(local);
}

struct local_date
fixture_date(const char *s)
{
	struct local_date d = { 0, 0, 0 };

	caltime_parse_date(s, &d);
	return d;
}

time_t
fixture_time(const char *local)
{
	struct local_date d;
	int m;
	time_t t = 0;

	caltime_set_zone("Europe/Helsinki");
	if (caltime_parse_datetime(local, &d, &m) == 0)
		caltime_to_utc(d, m, &t);
	return t;
}

void
fixture_sql(const char *sql)
{
	sqlite3 *db;

	if (sqlite3_open(test_db_path(), &db) == SQLITE_OK)
		sqlite3_exec(db, sql, NULL, NULL, NULL);
	sqlite3_close(db);
}
