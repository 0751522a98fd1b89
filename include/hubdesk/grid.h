/* The booking grid of a day: spaces × the hub's booking slots, each slot's
 * state for the person looking at it. The slots follow the rules: they
 * begin at opening, end on slot-minutes boundaries and at closing, so every
 * span the grid offers is one a booking may have. The domain works it out
 * once per reload; the UI only draws it. */
#ifndef HUBDESK_GRID_H
#define HUBDESK_GRID_H

#include <stdbool.h>
#include <stddef.h>

#include "hubdesk/booking.h"

enum grid_state {
	GRID_FREE,     /* bookable */
	GRID_PAST,     /* free, but the time has gone */
	GRID_BOOKED,   /* someone else's booking */
	GRID_OCCUPIED, /* someone is sitting there now */
	GRID_MINE,     /* the viewer's own booking */
};

struct grid {
	struct local_date date;
	bool open;               /* false: closed that day (reason in why) */
	char why[HD_TEXT];
	int nslots;
	int *bounds;             /* nslots + 1 local minutes: slot i is [bounds[i], bounds[i+1]) */
	struct space *spaces;    /* active spaces, in code order */
	size_t nspaces;
	unsigned char *state;    /* nspaces × nslots enum grid_state */
	int *booking;            /* same shape: index into bookings, or -1 */
	struct booking *bookings;
	size_t nbookings;
};

/* Fills g for date as seen by member_code (NULL: nobody's bookings are
 * "mine"). Free with grid_free. */
enum hd_status grid_day(struct hubdesk *hd, struct local_date date, const char *member_code,
    struct grid *g, char **err);
void grid_free(struct grid *g);
/* Where slot i begins and ends, in local minutes of the day. */
static inline int
grid_slot_from(const struct grid *g, int i)
{
	return g->bounds[i];
}
static inline int
grid_slot_to(const struct grid *g, int i)
{
	return g->bounds[i + 1];
}
static inline enum grid_state
grid_at(const struct grid *g, size_t space, int slot)
{
	return (enum grid_state)g->state[space * (size_t)g->nslots + (size_t)slot];
}

/* A week at a glance for one viewer: per space and day, whether it is
 * free all day, partly or fully booked, or holds the viewer's booking. */
enum week_state { WEEK_CLOSED, WEEK_FREE, WEEK_PARTLY, WEEK_FULL, WEEK_MINE };
struct week {
	struct local_date monday;
	struct space *spaces;
	size_t nspaces;
	unsigned char (*state)[7]; /* nspaces rows of enum week_state */
};
enum hd_status grid_week(struct hubdesk *hd, struct local_date any_day, const char *member_code,
    struct week *w, char **err);
void grid_week_free(struct week *w);

/* The spaces as they are now, for the floor map. */
struct map_spot {
	struct space space;
	enum grid_state state;  /* GRID_FREE, _BOOKED, _OCCUPIED or _MINE */
	time_t next_booking;    /* free now: when it is booked next today, or 0 */
};
/* Active spaces and their state at the clock's now, seen by member_code
 * (NULL: nobody); newly allocated, the caller frees *out. */
enum hd_status grid_now(struct hubdesk *hd, const char *member_code, struct map_spot **out,
    size_t *n, char **err);

#endif
