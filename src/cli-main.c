/* The whole program but the process: global options, the config file and
 * the database path, then a command, or the terminal UI when no command is
 * given. main.c only calls it; the argv fuzz target (tests/fuzz/argv.c)
 * calls it once an input, so it returns its exit status and never exits.
 * Commands finish before any terminal set-up, which keeps every one of them
 * scriptable and testable without a terminal. */
#include <errno.h>
#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hubdesk/cli.h"
#include "hubdesk/i18n.h"
#include "hubdesk/text.h"

/* Takes "--name VALUE" or "--name=VALUE" at argv[*i]; true when it matched. */
static bool
cli_main_global_opt(int argc, char **argv, int *i, const char *name, const char **value, int *bad)
{
	size_t len = strlen(name);
	const char *a = argv[*i];

	if (strncmp(a, name, len) != 0)
		return false;
	if (a[len] == '=') {
		*value = a + len + 1;
		return true;
	}
	if (a[len] != '\0')
		return false;
	if (*i + 1 >= argc) {
		fprintf(stderr, _("hubdesk: %s needs a value; see 'hubdesk --help'\n"), name);
		*bad = 1;
		return true;
	}
	*value = argv[++*i];
	return true;
}

int
cli_main(int argc, char **argv)
{
	struct cli cli;
	const char *db = NULL, *config = NULL, *now = NULL, *lang = NULL, *bad_lang = NULL;
	char db_buf[PATH_MAX], safe[TEXT_SAFE], *err = NULL;
	const struct cli_command *cmd;
	int i, bad = 0, rc;

	/* Characters follow the user's locale; words follow the language
	 * (i18n.h), and numbers for people are written by i18n_number, so
	 * printf's own decimal point is always the C one. What machines read
	 * and write never follows either (numfmt.h). */
	setlocale(LC_ALL, "");
	setlocale(LC_NUMERIC, "C");
	i18n_init(NULL, NULL, &bad_lang);
	memset(&cli, 0, sizeof cli);
	for (i = 1; i < argc && argv[i][0] == '-'; i++) {
		if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
			cli_print_help(stdout);
			return 0;
		}
		if (strcmp(argv[i], "--kiosk") == 0) {
			cli.kiosk = true;
			continue;
		}
		if (strcmp(argv[i], "--version") == 0) {
			printf("hubdesk %s\n", HUBDESK_VERSION);
			return 0;
		}
		if (cli_main_global_opt(argc, argv, &i, "--db", &db, &bad) ||
		    cli_main_global_opt(argc, argv, &i, "--config", &config, &bad) ||
		    cli_main_global_opt(argc, argv, &i, "--now", &now, &bad)) {
			if (bad)
				return HD_INVALID;
			continue;
		}
		/* At once, so that --help and every error after it are in it. */
		if (cli_main_global_opt(argc, argv, &i, "--lang", &lang, &bad)) {
			if (bad)
				return HD_INVALID;
			if (!i18n_init(lang, NULL, &bad_lang)) {
				fprintf(stderr, _("hubdesk: --lang '%s' is not a language; use fi, "
				    "sv or en\n"), text_safe(bad_lang, safe));
				return HD_INVALID;
			}
			continue;
		}
		fprintf(stderr, _("hubdesk: unknown option '%s'; see 'hubdesk --help'\n"),
		    text_safe(argv[i], safe));
		return HD_INVALID;
	}

	if (config == NULL)
		config = getenv("HUBDESK_CONFIG");
	cli.config_path = config;
	if ((config != NULL ? config_load(config, true, &cli.cfg, &err) :
	    config_load_default(&cli.cfg, &err)) != HD_OK)
		return cli_fail(HD_INVALID, err);
	if (lang == NULL && cli.cfg.language[0] != '\0' &&
	    !i18n_init(NULL, cli.cfg.language, &bad_lang)) {
		fprintf(stderr, _("hubdesk: the config's language '%s' is not a language; use fi, "
		    "sv or en\n"), text_safe(bad_lang, safe));
		return HD_INVALID;
	}
	if ((db != NULL && *db == '\0') || (now != NULL && *now == '\0')) {
		if (db != NULL && *db == '\0')
			fputs(_("hubdesk: --db is empty; give a path or leave the option out\n"), stderr);
		else
			fputs(_("hubdesk: --now is empty; give a time as \"YYYY-MM-DD HH:MM\" or leave "
			    "the option out\n"), stderr);
		return HD_INVALID;
	}
	if (db == NULL)
		db = getenv("HUBDESK_DB");
	if (db == NULL || *db == '\0')
		db = cli.cfg.db_path[0] != '\0' ? cli.cfg.db_path : NULL;
	if (db == NULL)
		db = config_xdg_path("XDG_DATA_HOME", ".local/share", "hubdesk.db", db_buf,
		    sizeof db_buf);
	cli.db_path = db;
	cli.now = now != NULL ? now : getenv("HUBDESK_NOW");
	if (cli.now != NULL && *cli.now == '\0')
		cli.now = NULL;

	if (i == argc) {
		rc = cli_no_command(&cli);
	} else if ((cmd = cli_find(argv[i])) != NULL) {
		rc = cmd->run(&cli, cmd, argc - i, argv + i);
	} else {
		fprintf(stderr, _("hubdesk: unknown command '%s'; see 'hubdesk --help'\n"),
		    text_safe(argv[i], safe));
		rc = HD_INVALID;
	}
	hubdesk_close(cli.hd);
	if (fflush(stdout) != 0 && rc == 0) {
		fprintf(stderr, _("hubdesk: cannot write the output: %s\n"), strerror(errno));
		rc = HD_STORE;
	}
	return rc < 0 ? 0 : rc;
}
