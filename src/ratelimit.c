/* The limit on member codes tried at one kiosk (see ratelimit.h). */
#include <string.h>

#include "hubdesk/ratelimit.h"

void
ratelimit_init(struct ratelimit *r)
{
	memset(r, 0, sizeof *r);
}

/* Unknown codes recorded in the seconds up to and including now. */
static int
ratelimit_count(const struct ratelimit *r, time_t now, time_t seconds)
{
	int n = 0;

	for (int i = 0; i < r->nfail; i++)
		n += now - r->fail[i] < seconds && r->fail[i] <= now;
	return n;
}

int
ratelimit_fail(struct ratelimit *r, time_t now)
{
	time_t latest = r->fail[(r->head + RATELIMIT_HOURLY - 1) % RATELIMIT_HOURLY];
	int pause;

	if (r->nfail > 0 && now - latest >= RATELIMIT_QUIET)
		r->pauses = 0;
	r->fail[r->head] = now;
	r->head = (r->head + 1) % RATELIMIT_HOURLY;
	if (r->nfail < RATELIMIT_HOURLY)
		r->nfail++;
	if (ratelimit_count(r, now, RATELIMIT_WINDOW) < RATELIMIT_BURST &&
	    ratelimit_count(r, now, 3600) < RATELIMIT_HOURLY)
		return 0;
	/* Doubling stops at the cap before it could overflow. */
	pause = RATELIMIT_FIRST;
	for (int i = 0; i < r->pauses && pause < RATELIMIT_CAP; i++)
		pause *= 2;
	if (pause > RATELIMIT_CAP)
		pause = RATELIMIT_CAP;
	r->pauses++;
	r->until = now + pause;
	return pause;
}

void
ratelimit_resume(struct ratelimit *r, int n, time_t now)
{
	int pause = RATELIMIT_FIRST;

	ratelimit_init(r);
	if (n <= 0)
		return;
	for (int i = 0; i < n && i < RATELIMIT_HOURLY; i++)
		r->fail[i] = now;
	r->nfail = n < RATELIMIT_HOURLY ? n : RATELIMIT_HOURLY;
	r->head = r->nfail % RATELIMIT_HOURLY;
	if (n < RATELIMIT_BURST)
		return;
	r->pauses = n / RATELIMIT_BURST - 1;
	for (int i = 0; i < r->pauses && pause < RATELIMIT_CAP; i++)
		pause *= 2;
	if (pause > RATELIMIT_CAP)
		pause = RATELIMIT_CAP;
	r->pauses++;
	r->until = now + pause;
}

int
ratelimit_wait(const struct ratelimit *r, time_t now)
{
	time_t left = r->until - now;

	/* A clock set back must not stretch a pause beyond the longest. */
	if (left <= 0)
		return 0;
	return left > RATELIMIT_CAP ? RATELIMIT_CAP : (int)left;
}
