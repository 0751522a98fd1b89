/* demo: fill an empty database with a realistic hub. */
#include <stdio.h>
#include <stdlib.h>

#include "hubdesk/cli.h"
#include "hubdesk/i18n.h"
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
	/* Counts of several things in one line: each number is its own
	 * ngettext, so that every noun agrees with its count. */
	printf(_("demo hub '%s' in %s: "), cli->hd->hub.name, cli->db_path);
	printf(ngettext("%d space", "%d spaces", sum.spaces), sum.spaces);
	printf(", ");
	printf(ngettext("%d member", "%d members", sum.members), sum.members);
	printf(", ");
	printf(ngettext("%d booking", "%d bookings", sum.bookings), sum.bookings);
	printf(" (");
	printf(ngettext("%d no-show", "%d no-shows", sum.no_shows), sum.no_shows);
	printf(", ");
	printf(ngettext("%d cancelled", "%d cancelled", sum.cancelled), sum.cancelled);
	printf("), ");
	printf(ngettext("%d visit", "%d visits", sum.visits), sum.visits);
	printf(", ");
	printf(ngettext("%d guest", "%d guests", sum.guests), sum.guests);
	printf("\n");
	printf(_("staff PIN: %s for %s (the demo's administrator; 'hubdesk staff pin %s' sets "
	    "another)\n"), DEMO_STAFF_PIN, DEMO_STAFF_NAME, DEMO_STAFF_NAME);
	return 0;
}

/* The help names DEMO_STAFF_NAME and DEMO_STAFF_PIN (demo.h) as words, so
 * that it is one string to translate; tests/cli/demo.sh checks they agree. */
const struct cli_command cli_cmd_demo = {
	"demo", "[--months N] [--seed N]",
	N_("fill an empty database with a demo hub (default: 6 months of history)"),
	N_("24 desks, 2 meeting rooms, 150 members with Finnish names, N months of visits,\n"
	"guests, no-shows and cancellations up to now, and bookings for the coming two\n"
	"weeks. The same --seed gives the same hub (but for new UUIDs). Its administrator\n"
	"is demo with the PIN 246810, which the kiosk's home screen tells\n"
	"until another is set.\n"),
	run_demo,
};
