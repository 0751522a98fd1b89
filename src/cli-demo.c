/* demo: fill an empty database with a realistic hub. */
#include <stdio.h>
#include <stdlib.h>

#include "hubdesk/cli.h"
#include "hubdesk/demo.h"

static int
run_demo(struct cli *cli, const struct cli_command *self, int argc, char **argv)
{
	const char *months = NULL, *seed = NULL;
	const struct cli_opt opts[] = {
		{ "months", &months, NULL }, { "seed", &seed, NULL }, { NULL, NULL, NULL },
	};
	struct demo_summary sum;
	int m = 6, sd = 1, rc;
	char *err = NULL;

	if ((rc = cli_args(self, argc, argv, opts, NULL, 0, 0)) != 0)
		return rc;
	if ((months != NULL && (rc = cli_int("--months", months, 0, 240, &m)) != 0) ||
	    (seed != NULL && (rc = cli_int("--seed", seed, 0, 2147483647, &sd)) != 0))
		return rc;
	if ((rc = cli_create(cli)) != 0)
		return rc;
	if ((rc = demo_fill(cli->hd, m, (uint64_t)sd, &sum, &err)) != HD_OK)
		return cli_fail(rc, err);
	printf("demo hub '%s' in %s: %d spaces, %d members, %d bookings (%d no-shows, "
	    "%d cancelled), %d visits, %d guests\n", cli->hd->hub.name, cli->db_path, sum.spaces,
	    sum.members, sum.bookings, sum.no_shows, sum.cancelled, sum.visits, sum.guests);
	printf("staff PIN: %s for %s (the demo's administrator; 'hubdesk staff pin %s' sets "
	    "another)\n", DEMO_STAFF_PIN, DEMO_STAFF_NAME, DEMO_STAFF_NAME);
	return 0;
}

const struct cli_command cli_cmd_demo = {
	"demo", "[--months N] [--seed N]",
	"fill an empty database with a demo hub (default: 6 months of history)",
	"24 desks, 2 meeting rooms, 150 members with Finnish names, N months of visits,\n"
	"guests, no-shows and cancellations up to now, and bookings for the coming two\n"
	"weeks. The same --seed gives the same hub (but for new UUIDs). Its administrator\n"
	"is " DEMO_STAFF_NAME " with the PIN " DEMO_STAFF_PIN ", which the kiosk's home screen tells\n"
	"until another is set.\n",
	run_demo,
};
