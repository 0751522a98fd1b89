/* The lifecycle of bookings and visits: every rule that depends on the
 * clock lives here and nowhere else.
 *
 * Design. What the database holds is what people did (booked, checked in,
 * checked out); what the clock makes of it is worked out here, the same way
 * for every read and every write:
 *
 * - A booking waits for its member from start - checkin-early-minutes to
 *   start + grace-minutes (its check-in window). A booking whose member had
 *   no visit at the hub overlapping that window is a no-show once the window
 *   has passed, and its space is free again; a member who was in the hub at
 *   the time kept it, whatever desk they sat at.
 * - A visit left open is closed at its day's closing time (auto-closed).
 * - A member sitting at a space holds it from check-in until the next
 *   booking of that space by someone else starts, or closing, whichever is
 *   first (visit.hold_until); check-out ends the hold at once.
 *
 * Reads apply these rules to the rows as they are, so a read never writes.
 * Writes first run lifecycle_sweep(), which records what the clock has made
 * true in a transaction of its own (domain_begin), so that a refused
 * command cannot roll it back; after it the rows and the rules agree. */
#ifndef HUBDESK_LIFECYCLE_H
#define HUBDESK_LIFECYCLE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "hubdesk/booking.h"
#include "hubdesk/status.h"
#include "hubdesk/visit.h"

struct hubdesk;

/* Closing time of the local day that contains t (the next midnight when
 * the hub is closed that day or t is after closing). */
time_t lifecycle_closing_after(struct hubdesk *hd, time_t t);

/* The instant a visit that began at in_at and ended at out_at (0: never
 * checked out) ends: its check-out, or the closing of its day. */
time_t lifecycle_visit_until(struct hubdesk *hd, time_t in_at, time_t out_at);
/* True when the visit is still under way at the clock's now: not checked
 * out, and its day has not closed. */
bool lifecycle_visit_in(struct hubdesk *hd, time_t in_at, time_t out_at);

/* A booking's check-in window: [*opens, *closes], both inclusive. */
void lifecycle_window(struct hubdesk *hd, time_t starts_at, time_t *opens, time_t *closes);
/* True when the visit [in_at, out_at) overlaps the window of a booking
 * starting at starts_at: its member was at the hub in time. */
bool lifecycle_visit_meets(struct hubdesk *hd, time_t in_at, time_t out_at, time_t starts_at);
/* What a booking stored as status is at the clock's now, given whether its
 * member came in its window (present; asked only for a booking still
 * "booked" whose window has passed): "booked", "checked-in", "no-show" or
 * "cancelled". */
const char *lifecycle_booking_status(struct hubdesk *hd, const char *status, time_t starts_at,
    bool present);
/* True when the booking's stored status no longer says what it is: still
 * "booked" after its window. */
bool lifecycle_booking_unsettled(struct hubdesk *hd, const char *status, time_t starts_at);
/* Rewrites b->status to what it is now, asking the store whether its
 * member came when that matters. */
enum hd_status lifecycle_booking_settle(struct hubdesk *hd, struct booking *b, char **err);

/* Until when a member checking in at space_id at `at` would hold it: the
 * start of the next active booking of the space by anyone but member_id,
 * or the closing of the day, whichever comes first; for a desk, also no
 * later than the start of the member's own booking of another desk (one
 * desk at a time). */
enum hd_status lifecycle_hold_until(struct hubdesk *hd, int64_t space_id, int64_t member_id,
    bool desk, time_t at, time_t *out, char **err);

/* Records what the clock has made true (no-shows and kept bookings, visits
 * left open past closing). Called by domain_begin in a transaction of its
 * own; changes nothing when nothing is due. */
enum hd_status lifecycle_sweep(struct hubdesk *hd, char **err);
/* The sweep's work inside the caller's transaction (the demo's). */
enum hd_status lifecycle_sweep_tx(struct hubdesk *hd, int *no_shows, char **err);

/* Who holds which space over a span of time, as the clock sees it now:
 * active bookings (waiting in their window, kept, or checked in), the
 * holds of members sitting at a space, and who is in the hub now. */
struct occupancy {
	time_t from, to;          /* the span it was loaded for */
	struct booking *bookings; /* active bookings overlapping it */
	size_t nbookings;
	struct visit *in;         /* members and guests in now */
	size_t nin;
};

enum taken_by { TAKEN_NOT, TAKEN_BOOKING, TAKEN_HOLD, TAKEN_SITTING };
struct taken {
	enum taken_by by;
	int64_t member_id;
	time_t from, until;               /* the span that is taken (until 0: unknown) */
	const struct booking *booking;    /* TAKEN_BOOKING */
	const struct visit *visit;        /* TAKEN_HOLD, TAKEN_SITTING */
};

/* Loads what holds spaces over [from, to). Free with occupancy_free. */
enum hd_status occupancy_load(struct hubdesk *hd, time_t from, time_t to, struct occupancy *o,
    char **err);
void occupancy_free(struct occupancy *o);
/* Whether space_id is taken during [a, b) by anyone but except_member (0:
 * anyone); the first thing that takes it goes to *why when not NULL.
 * Someone sitting there counts while now is inside [a, b). */
bool occupancy_taken(const struct occupancy *o, time_t now, int64_t space_id, time_t a, time_t b,
    int64_t except_member, struct taken *why);
/* The first instant at or after t when space_id is taken by anyone but
 * except_member, or limit when it stays free until then. */
time_t occupancy_free_until(const struct occupancy *o, time_t now, int64_t space_id, time_t t,
    time_t limit, int64_t except_member);
/* The first instant after t when space_id stops being taken, as far as is
 * known (0: someone is sitting there with no end in sight). */
time_t occupancy_free_from(const struct occupancy *o, time_t now, int64_t space_id, time_t t);
/* The member's visit in the hub now, if any. */
const struct visit *occupancy_member_in(const struct occupancy *o, int64_t member_id);

#endif
