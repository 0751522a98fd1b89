/* The configuration file: "key = value" lines and # comments. Every key is
 * one row of the table in config.c and is explained in config.example. */
#ifndef HUBDESK_CONFIG_H
#define HUBDESK_CONFIG_H

#include <limits.h>
#include <stddef.h>
#include <stdbool.h>

#include "hubdesk/status.h"

struct config {
	char db_path[PATH_MAX]; /* "" : the default place */
	char timezone[64];      /* zone of a new hub */
	char kiosk[8];          /* "yes": the UI is a locked kiosk */
	char idle_timeout[16];  /* seconds before the kiosk clears itself */
	char staff_idle_timeout[16]; /* the same on the staff screens */
	char language[32];      /* "": the locale's (i18n.h) */
	char kiosk_name[32];    /* the kiosk in the audit log; "": its terminal's name */
	char network_db[1024];  /* the network's database, a libpq connection string */
	char ssh_user[33];      /* the one account remote sessions log in as (ssh-keys) */
	char session_idle_timeout[16]; /* seconds before an idle remote session ends */
	/* Defaults for the booking rules (rules.h), by rule_defs index: the
	 * file writes them with underscores (slot_minutes = 30). */
	char rule_value[16][16];
	bool rule_given[16];
};

/* Fills cfg with the defaults, then reads path. A missing file is fine when
 * it was not named by the user (required false). */
enum hd_status config_load(const char *path, bool required, struct config *cfg, char **err);
/* Fills cfg with the defaults, then reads the system-wide files
 * hubdesk/config of each folder of $XDG_CONFIG_DIRS (default /etc: so
 * /etc/hubdesk/config), the first folder's winning, then the user's
 * (config_default_path), whose keys win over them all. Any may be missing.
 * A file named by --config or HUBDESK_CONFIG is read alone (config_load). */
enum hd_status config_load_default(struct config *cfg, char **err);
/* $VAR/hubdesk/NAME when the variable xdg_var holds an absolute path, else
 * $HOME/home_dir/hubdesk/NAME, into buf: the XDG base directory rule. */
const char *config_xdg_path(const char *xdg_var, const char *home_dir, const char *name,
    char *buf, size_t n);
/* The default config path ($XDG_CONFIG_HOME/hubdesk/config) into buf. */
const char *config_default_path(char *buf, size_t n);

#endif
