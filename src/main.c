/* hubdesk's entry point; the program is cli_main (cli-main.c), which the
 * argv fuzz target calls in-process too. */
#include <signal.h>

#include "hubdesk/cli.h"

int
main(int argc, char **argv)
{
	/* A file size limit (ulimit -f) would otherwise kill the process with
	 * a core dump mid-write: ignored, the write fails and SQLite rolls the
	 * transaction back, said as a full disk with exit status 3. */
	signal(SIGXFSZ, SIG_IGN);
	return cli_main(argc, argv);
}
