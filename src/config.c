/* The configuration file (see config.h and config.example). */
#include <errno.h>
#include <fcntl.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "hubdesk/caltime.h"
#include "hubdesk/config.h"
#include "hubdesk/i18n.h"
#include "hubdesk/rules.h"
#include "hubdesk/text.h"

/* Every key the file may hold: its name, where it goes, its default. */
static const struct config_key {
	const char *name;
	size_t offset, size;
	const char *def;
} config_keys[] = {
	{ "db_path", offsetof(struct config, db_path), sizeof(((struct config *)0)->db_path), "" },
	{ "timezone", offsetof(struct config, timezone), sizeof(((struct config *)0)->timezone),
	  CALTIME_DEFAULT_ZONE },
	{ "kiosk", offsetof(struct config, kiosk), sizeof(((struct config *)0)->kiosk), "no" },
	{ "idle_timeout", offsetof(struct config, idle_timeout),
	  sizeof(((struct config *)0)->idle_timeout), "60" },
	{ "staff_idle_timeout", offsetof(struct config, staff_idle_timeout),
	  sizeof(((struct config *)0)->staff_idle_timeout), "300" },
	{ "language", offsetof(struct config, language),
	  sizeof(((struct config *)0)->language), "" },
	{ "kiosk_name", offsetof(struct config, kiosk_name),
	  sizeof(((struct config *)0)->kiosk_name), "" },
	{ "network_db", offsetof(struct config, network_db),
	  sizeof(((struct config *)0)->network_db), "" },
	{ "ssh_user", offsetof(struct config, ssh_user), sizeof(((struct config *)0)->ssh_user),
	  "hub" },
	{ "session_idle_timeout", offsetof(struct config, session_idle_timeout),
	  sizeof(((struct config *)0)->session_idle_timeout), "300" },
};

#define NKEYS (sizeof config_keys / sizeof config_keys[0])

const char *
config_xdg_path(const char *xdg_var, const char *home_dir, const char *name, char *buf, size_t n)
{
	const char *xdg = getenv(xdg_var), *home = getenv("HOME");

	if (xdg != NULL && *xdg == '/')
		snprintf(buf, n, "%s/hubdesk/%s", xdg, name);
	else
		snprintf(buf, n, "%s/%s/hubdesk/%s", home != NULL ? home : ".", home_dir, name);
	return buf;
}

const char *
config_default_path(char *buf, size_t n)
{
	return config_xdg_path("XDG_CONFIG_HOME", ".config", "config", buf, n);
}

static char *
trim(char *s)
{
	char *e;

	while (*s == ' ' || *s == '\t')
		s++;
	e = s + strlen(s);
	while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\n' || e[-1] == '\r'))
		*--e = '\0';
	return s;
}

/* A booking rule's default (slot_minutes = 30): 1 when key is a rule and
 * the value was taken, 0 when key is no rule, -1 when the value is wrong. */
static int
rule_default(struct config *cfg, const char *key, const char *value)
{
	char dashed[64];
	struct rules scratch;
	size_t i;

	if (strlen(key) >= sizeof dashed)
		return 0;
	for (i = 0; key[i] != '\0'; i++)
		dashed[i] = key[i] == '_' ? '-' : key[i];
	dashed[i] = '\0';
	for (i = 0; rule_defs[i].key != NULL && i < 16; i++) {
		if (strcmp(rule_defs[i].key, dashed) != 0)
			continue;
		rules_builtin(&scratch);
		if (rules_parse(&scratch, dashed, value, NULL) != HD_OK ||
		    strlen(value) >= sizeof cfg->rule_value[i])
			return -1;
		snprintf(cfg->rule_value[i], sizeof cfg->rule_value[i], "%s", value);
		cfg->rule_given[i] = true;
		return 1;
	}
	return 0;
}

/* An idle timeout: whole seconds, from 5 (time to read a greeting) to a
 * day. */
static bool
config_seconds(const char *value)
{
	return value[0] != '\0' && strspn(value, "0123456789") == strlen(value) &&
	    atoi(value) >= 5 && atoi(value) <= 86400;
}

static void
config_defaults(struct config *cfg)
{
	for (size_t i = 0; i < NKEYS; i++)
		snprintf((char *)cfg + config_keys[i].offset, config_keys[i].size, "%s",
		    config_keys[i].def);
	memset(cfg->rule_given, 0, sizeof cfg->rule_given);
}

/* Reads path over what cfg holds: a key it sets replaces the value before. */
static enum hd_status
config_read(const char *path, bool required, struct config *cfg, char **err)
{
	char line[1024], *key, *value, *eq, safe[TEXT_SAFE], safe2[TEXT_SAFE], reason[1024];
	int lineno = 0;
	struct stat sb;
	FILE *f = NULL;
	int fd;

	/* Without blocking: a FIFO put where the config goes would otherwise
	 * hold every command until something writes to it. */
	if ((fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)) >= 0 &&
	    (f = fdopen(fd, "r")) == NULL)
		close(fd);
	if (f == NULL) {
		if (!required && errno == ENOENT)
			return HD_OK;
		/* The reason and the hint are translated apart: HD_HINT is no
		 * part of a message a catalogue can hold. */
		snprintf(reason, sizeof reason, _("cannot read the config file %s: %s"),
		    text_safe(path, safe), strerror(errno));
		return hd_fail(err, HD_INVALID, "%s" HD_HINT "%s", reason, _("check --config"));
	}
	if (fstat(fileno(f), &sb) != 0 || !S_ISREG(sb.st_mode)) {
		fclose(f);
		snprintf(reason, sizeof reason, _("the config file %s is not a regular file"),
		    text_safe(path, safe));
		return hd_fail(err, HD_INVALID, "%s" HD_HINT "%s", reason, _("check --config"));
	}
	while (fgets(line, sizeof line, f) != NULL) {
		size_t i;

		lineno++;
		if (strchr(line, '\n') == NULL && !feof(f)) {
			fclose(f);
			return hd_fail(err, HD_INVALID, _("%s:%d: the line is too long"),
			    text_safe(path, safe), lineno);
		}
		key = trim(line);
		if (*key == '#' || *key == '\0')
			continue;
		if ((eq = strchr(key, '=')) == NULL) {
			fclose(f);
			return hd_fail(err, HD_INVALID, _("%s:%d: expected 'key = value'"),
			    text_safe(path, safe), lineno);
		}
		*eq = '\0';
		key = trim(key);
		/* A # after blanks starts a comment: "slot_minutes = 30  # why". */
		for (char *c = eq + 1; *c != '\0'; c++) {
			if (*c == '#' && (c == eq + 1 || c[-1] == ' ' || c[-1] == '\t')) {
				*c = '\0';
				break;
			}
		}
		value = trim(eq + 1);
		for (i = 0; i < NKEYS && strcmp(key, config_keys[i].name) != 0; i++)
			;
		if (i == NKEYS) {
			int r = rule_default(cfg, key, value);
			if (r == 1)
				continue;
			if (r == -1) {
				fclose(f);
				return hd_fail(err, HD_INVALID, _("%s:%d: %s has a value out of its range; "
				    "config.example gives the ranges"), text_safe(path, safe), lineno,
				    text_safe(key, safe2));
			}
		}
		if (i == NKEYS) {
			fclose(f);
			return hd_fail(err, HD_INVALID, _("%s:%d: unknown key '%s'; config.example "
			    "lists the keys"), text_safe(path, safe), lineno, text_safe(key, safe2));
		}
		if (strlen(value) >= config_keys[i].size) {
			fclose(f);
			return hd_fail(err, HD_INVALID, _("%s:%d: the value of %s is too long"),
			    text_safe(path, safe), lineno, key);
		}
		snprintf((char *)cfg + config_keys[i].offset, config_keys[i].size, "%s", value);
	}
	fclose(f);
	if (strcmp(cfg->kiosk, "yes") != 0 && strcmp(cfg->kiosk, "no") != 0)
		return hd_fail(err, HD_INVALID, _("%s: kiosk is yes or no"), text_safe(path, safe));
	if (!config_seconds(cfg->idle_timeout))
		return hd_fail(err, HD_INVALID, _("%s: idle_timeout is a number of seconds from 5 to "
		    "86400"), text_safe(path, safe));
	if (!config_seconds(cfg->staff_idle_timeout))
		return hd_fail(err, HD_INVALID, _("%s: staff_idle_timeout is a number of seconds from "
		    "5 to 86400"), text_safe(path, safe));
	if (!config_seconds(cfg->session_idle_timeout))
		return hd_fail(err, HD_INVALID, _("%s: session_idle_timeout is a number of seconds "
		    "from 5 to 86400"), text_safe(path, safe));
	/* A login name as useradd takes it: ssh-keys compares it with %u. */
	if (cfg->ssh_user[0] == '\0' || cfg->ssh_user[0] == '-' ||
	    strspn(cfg->ssh_user, "abcdefghijklmnopqrstuvwxyz0123456789._-") != strlen(cfg->ssh_user))
		return hd_fail(err, HD_INVALID, _("%s: ssh_user is a login name (a-z, digits, '.', "
		    "'_' and '-'), e.g. hub"), text_safe(path, safe));
	if (strspn(cfg->kiosk_name, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
	    "0123456789._-") != strlen(cfg->kiosk_name))
		return hd_fail(err, HD_INVALID, _("%s: kiosk_name takes letters a-z, digits, '.', '_' "
		    "and '-' only, e.g. door-1"), text_safe(path, safe));
	if (!caltime_zone_exists(cfg->timezone))
		return hd_fail(err, HD_INVALID, _("%s: timezone '%s' is not installed; use a name "
		    "such as Europe/Helsinki"), text_safe(path, safe), text_safe(cfg->timezone, safe2));
	return HD_OK;
}

enum hd_status
config_load(const char *path, bool required, struct config *cfg, char **err)
{
	config_defaults(cfg);
	return config_read(path, required, cfg, err);
}

enum hd_status
config_load_default(struct config *cfg, char **err)
{
	const char *dirs = getenv("XDG_CONFIG_DIRS");
	char path[PATH_MAX], user[PATH_MAX];
	enum hd_status rc;
	size_t end;

	config_defaults(cfg);
	if (dirs == NULL || *dirs == '\0')
		dirs = "/etc";
	/* The first folder of the list matters most, so it is read last; a
	 * relative entry is ignored, as the XDG rule says. */
	for (end = strlen(dirs); end > 0;) {
		size_t start = end;

		while (start > 0 && dirs[start - 1] != ':')
			start--;
		if (dirs[start] == '/' && end - start < sizeof path - 16) {
			snprintf(path, sizeof path, "%.*s/hubdesk/config", (int)(end - start),
			    dirs + start);
			if ((rc = config_read(path, false, cfg, err)) != HD_OK)
				return rc;
		}
		end = start > 0 ? start - 1 : 0;
	}
	return config_read(config_default_path(user, sizeof user), false, cfg, err);
}
