/* hubdesk's entry point; the program is cli_main (cli-main.c), which the
 * argv fuzz target calls in-process too. */
#include "hubdesk/cli.h"

int
main(int argc, char **argv)
{
	return cli_main(argc, argv);
}
