/* The limit on member codes tried at a kiosk: pauses, their growth, and
 * how many codes someone at the door can try in a day. */
#include "hubdesk/ratelimit.h"
#include "test.h"

TEST(ratelimit_four_mistakes_in_a_minute_pause_nothing)
{
	struct ratelimit r;

	ratelimit_init(&r);
	for (int i = 0; i < 4; i++)
		CHECK_INT(ratelimit_fail(&r, 1000 + i * 10), 0);
	CHECK_INT(ratelimit_wait(&r, 1040), 0);
	/* The first fell out of the minute: a fifth now is still fine. */
	CHECK_INT(ratelimit_fail(&r, 1061), 0);
}

TEST(ratelimit_fifth_unknown_code_in_a_minute_pauses_30_s_then_doubles)
{
	struct ratelimit r;

	ratelimit_init(&r);
	for (int i = 0; i < 4; i++)
		CHECK_INT(ratelimit_fail(&r, 1000 + i), 0);
	CHECK_INT(ratelimit_fail(&r, 1004), 30);
	CHECK_INT(ratelimit_wait(&r, 1004), 30);
	CHECK_INT(ratelimit_wait(&r, 1020), 14);
	CHECK_INT(ratelimit_wait(&r, 1034), 0);
	/* Right after the pause the minute still holds five: the next one
	 * pauses again, twice as long, and so on up to the cap. */
	CHECK_INT(ratelimit_fail(&r, 1034), 60);
	CHECK_INT(ratelimit_wait(&r, 1035), 59);
	time_t t = 1094;
	int expect[] = { 120, 240, 480, 900, 900, 900 };
	for (size_t k = 0; k < sizeof expect / sizeof expect[0]; k++) {
		int got = 0;
		for (int i = 0; i < 5 && got == 0; i++)
			got = ratelimit_fail(&r, t++);
		CHECK_INT(got, expect[k]);
		t += got;
	}
}

TEST(ratelimit_a_quiet_hour_starts_again_at_30_s)
{
	struct ratelimit r;
	time_t t = 5000;

	ratelimit_init(&r);
	for (int round = 0; round < 3; round++) {
		int got = 0;
		for (int i = 0; i < 5 && got == 0; i++)
			got = ratelimit_fail(&r, t++);
		t += got;
	}
	t += RATELIMIT_QUIET;
	for (int i = 0; i < 4; i++)
		CHECK_INT(ratelimit_fail(&r, t + i), 0);
	CHECK_INT(ratelimit_fail(&r, t + 4), 30);
}

TEST(ratelimit_thirty_in_an_hour_pause_even_when_paced)
{
	struct ratelimit r;
	int paused = 0;

	ratelimit_init(&r);
	/* Four a minute never trips the minute's limit, but the hour's. */
	for (int i = 0; i < 30 && paused == 0; i++)
		paused = ratelimit_fail(&r, 100000 + i * 15);
	CHECK_INT(paused, 30);
	CHECK_INT(r.nfail, 30);
}

TEST(ratelimit_a_clock_set_back_waits_no_longer_than_the_cap)
{
	struct ratelimit r;

	ratelimit_init(&r);
	for (int i = 0; i < 5; i++)
		ratelimit_fail(&r, 1000000);
	CHECK_INT(ratelimit_wait(&r, 1000000 - 86400), RATELIMIT_CAP);
}

/* Codes tried in a day by someone who types one whenever the kiosk takes
 * it and at least every seconds apart. */
static int
ratelimit_day_of_guessing(time_t every)
{
	struct ratelimit r;
	time_t next = 0;
	int tried = 0;

	ratelimit_init(&r);
	for (time_t t = 0; t < 86400; t++) {
		if (t >= next && ratelimit_wait(&r, t) == 0) {
			ratelimit_fail(&r, t);
			tried++;
			next = t + every;
		}
	}
	return tried;
}

/* The figure docs/privacy.md gives: whatever pace someone at the door
 * keeps, from as fast as the kiosk takes codes to one every few minutes,
 * a day gives at most 800 tries. */
TEST(ratelimit_a_day_at_the_door_tries_at_most_800_codes)
{
	int most = 0, every_most = 0;

	for (time_t every = 1; every <= 300; every++) {
		int n = ratelimit_day_of_guessing(every);
		if (n > most)
			most = n, every_most = (int)every;
	}
	printf("    at most %d codes in a day (one every %d s or more)\n", most, every_most);
	CHECK(most <= 800);
	CHECK(ratelimit_day_of_guessing(1) < most); /* hammering is not the best pace */
}

/* A restart carries over the hour's count from the audit log: fewer than a
 * burst only count; a burst or more starts the pause it would have earned,
 * and the next unknown code pauses again, longer. */
TEST(ratelimit_a_restart_gives_no_fresh_tries)
{
	struct ratelimit r;

	ratelimit_resume(&r, 0, 5000);
	CHECK_INT(ratelimit_wait(&r, 5000), 0);
	ratelimit_resume(&r, 4, 5000);
	CHECK_INT(ratelimit_wait(&r, 5000), 0);
	CHECK_INT(ratelimit_fail(&r, 5001), 30); /* the fifth within the minute */
	ratelimit_resume(&r, 5, 5000);
	CHECK_INT(ratelimit_wait(&r, 5000), 30);
	CHECK_INT(ratelimit_fail(&r, 5030), 60);
	ratelimit_resume(&r, 12, 5000);
	CHECK_INT(ratelimit_wait(&r, 5000), 60);
	ratelimit_resume(&r, 500, 5000); /* a busy hour: the longest pause, no overflow */
	CHECK_INT(ratelimit_wait(&r, 5000), 900);
	CHECK_INT(ratelimit_fail(&r, 5900), 900);
}
