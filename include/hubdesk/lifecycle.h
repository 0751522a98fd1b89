/* The lifecycle of bookings and visits: every rule that depends on the
 * clock lives here and nowhere else. */
#ifndef HUBDESK_LIFECYCLE_H
#define HUBDESK_LIFECYCLE_H

#include <time.h>

#include "hubdesk/status.h"

struct hubdesk;

/* Closing time of the local day that contains t (the next midnight when
 * the hub is closed that day or t is after closing). */
time_t lifecycle_closing_after(struct hubdesk *hd, time_t t);

/* Records what the clock has made true: bookings nobody came to by start +
 * grace become no-shows, visits left open past their day's closing are
 * closed at closing. Runs inside the caller's transaction. */
enum hd_status lifecycle_sweep(struct hubdesk *hd, char **err);

#endif
