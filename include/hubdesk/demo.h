/* A realistic demo hub, generated through the same domain calls as real
 * use, so that its data obeys every rule and the schema's invariants. */
#ifndef HUBDESK_DEMO_H
#define HUBDESK_DEMO_H

#include <stdint.h>

#include "hubdesk/hub.h"

/* The demo hub's administrator and PIN: fixed and documented, so that
 * whoever tries the demo can open the staff screens. */
#define DEMO_STAFF_NAME "demo"
#define DEMO_STAFF_PIN "246810"

struct demo_summary {
	int spaces, members, bookings, visits, guests, no_shows, cancelled;
};

/* Fills an empty database: 24 desks and 2 rooms, 150 members, `months` of
 * history up to the clock's now (weekday and seasonal rhythm, walk-ins,
 * guests, no-shows, cancellations) and bookings for the coming two weeks.
 * The same seed gives the same hub, but for the UUIDs, which are new. */
enum hd_status demo_fill(struct hubdesk *hd, int months, uint64_t seed,
    struct demo_summary *out, char **err);

/* DEMO_STAFF_PIN when the database is a demo hub whose administrator
 * DEMO_STAFF_NAME still has the demo's PIN, else NULL: the kiosk tells
 * both on its first screen. */
const char *demo_staff_pin(struct hubdesk *hd);

#endif
