/* A small hub for domain tests: Mon-Fri 08:00-17:00 in Europe/Helsinki,
 * desks D01-D03, room R1, members a and b; the clock on Monday 2026-11-23
 * 09:00; it acts as the hub's administrator. */
#ifndef HUBDESK_TEST_FIXTURE_H
#define HUBDESK_TEST_FIXTURE_H

#include "hubdesk/booking.h"
#include "hubdesk/hub.h"
#include "hubdesk/member.h"
#include "hubdesk/space.h"
#include "hubdesk/visit.h"

struct fixture {
	struct hubdesk *hd;
	struct member a, b;
};

/* Returns 0 when the hub is ready. */
int fixture_open(struct fixture *f, int opens_min, int closes_min, unsigned days);
void fixture_close(struct fixture *f);
void fixture_now(struct fixture *f, const char *local);
struct local_date fixture_date(const char *s);
/* Runs sql on the hub's file through a connection of its own, as another
 * program would: a way to break the database under the hub. */
void fixture_sql(const char *sql);
time_t fixture_time(const char *local);

#endif
