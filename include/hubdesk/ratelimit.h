/* The limit on member codes tried at one kiosk: someone at the door who
 * types code after code to find a member's is paused, longer each time,
 * while a member who mistypes theirs once or twice never notices it. Only
 * unknown codes count; the codes themselves are not kept. */
#ifndef HUBDESK_RATELIMIT_H
#define HUBDESK_RATELIMIT_H

#include <time.h>

#define RATELIMIT_BURST 5      /* unknown codes within ... */
#define RATELIMIT_WINDOW 60    /* ... this many seconds start a pause */
#define RATELIMIT_HOURLY 30    /* or this many within an hour */
#define RATELIMIT_FIRST 30     /* the first pause, in seconds; each next doubles */
#define RATELIMIT_CAP 900      /* the longest pause */
#define RATELIMIT_QUIET 3600   /* an hour with no unknown code starts again at the first */

struct ratelimit {
	time_t fail[RATELIMIT_HOURLY]; /* the latest unknown codes' times, a ring */
	int nfail, head;               /* how many it holds; where the next goes */
	int pauses;                    /* since the kiosk was last quiet */
	time_t until;                  /* no code is taken before this */
};

void ratelimit_init(struct ratelimit *r);
/* Records an unknown code typed at now; returns the seconds of the pause it
 * starts, or 0 when it starts none. */
int ratelimit_fail(struct ratelimit *r, time_t now);
/* Carries over n unknown codes that this kiosk's audit count holds for the
 * hour under way, so that restarting the program gives no fresh tries: they
 * count as typed at now, and, when they are enough for a pause, the pause
 * they would have earned (as many doublings as bursts beyond the first)
 * starts now. */
void ratelimit_resume(struct ratelimit *r, int n, time_t now);
/* Seconds until a code is taken again (0: now). */
int ratelimit_wait(const struct ratelimit *r, time_t now);

#endif
