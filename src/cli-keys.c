/* member key add|list|remove and staff key add|list|remove: the SSH keys
 * that open a remote session (docs/remote.md). A key is given as the line
 * of its .pub file, quoted or as separate words, or with --file (- reads
 * standard input); it is checked, stored with its fingerprint, and removed
 * by that fingerprint. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hubdesk/caltime.h"
#include "hubdesk/cli.h"
#include "hubdesk/i18n.h"
#include "hubdesk/remote.h"

#define KEYS_FILE_MAX 16384 /* bytes of a .pub file read: a key line is at most 3 KB */

/* The first line of path (or stdin for "-") that is not blank and not a
 * # comment, into buf; 0, or the exit status after printing the error. */
static int
keys_read_file(const char *path, char *buf, size_t n)
{
	FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "r");
	char line[KEYS_FILE_MAX], safe[TEXT_SAFE];
	bool got = false, more = false;

	if (f == NULL) {
		fprintf(stderr, _("hubdesk: cannot read %s: %s; give the path of the key's .pub "
		    "file\n"), text_safe(path, safe), strerror(errno));
		return HD_INVALID;
	}
	buf[0] = '\0';
	while (fgets(line, sizeof line, f) != NULL) {
		const char *p = line + strspn(line, " \t\r\n");
		if (strchr(line, '\n') == NULL && !feof(f)) {
			if (f != stdin)
				fclose(f);
			fprintf(stderr, _("hubdesk: %s has a line too long for any key; give the "
			    "key's .pub file\n"), text_safe(path, safe));
			return HD_INVALID;
		}
		if (*p == '\0' || *p == '#')
			continue;
		if (got) {
			more = true;
			break;
		}
		snprintf(buf, n, "%s", line);
		got = true;
		/* A private key's many lines: its first says what it is. */
		if (strncmp(p, "-----BEGIN", 10) == 0)
			break;
	}
	if (f != stdin)
		fclose(f);
	if (!got || more) {
		fprintf(stderr, got ? _("hubdesk: %s holds more than one key; give one key at a "
		    "time\n") : _("hubdesk: %s holds no key; give the path of the key's .pub "
		    "file\n"), text_safe(path, safe));
		return HD_INVALID;
	}
	return 0;
}

static int
keys_add(struct cli *cli, const struct cli_command *self, enum remote_kind kind, int argc,
    char **argv)
{
	const char *pos[9] = { NULL }, *file = NULL;
	const struct cli_opt opts[] = { { "file", &file, NULL }, { NULL, NULL, NULL } };
	struct remote_key k;
	char line[KEYS_FILE_MAX], *err = NULL;
	size_t used = 0;
	int rc;

	if ((rc = cli_args(self, argc, argv, opts, pos, 1, 9)) != 0)
		return rc;
	if ((pos[1] != NULL) == (file != NULL))
		return cli_usage_error(self, _("give the key's line, or --file KEY.pub, not both"));
	if (file != NULL && (rc = keys_read_file(file, line, sizeof line)) != 0)
		return rc;
	/* The words of an unquoted line are one line again. */
	for (int i = 1; file == NULL && i < 9 && pos[i] != NULL; i++)
		used += (size_t)snprintf(line + used, used < sizeof line ? sizeof line - used : 0,
		    "%s%s", i > 1 ? " " : "", pos[i]);
	if (used >= sizeof line)
		return cli_usage_error(self, _("the key's line is too long"));
	if ((rc = cli_open(cli)) != 0)
		return rc;
	if ((rc = remote_key_add(cli->hd, kind, pos[0], line, &k, &err)) != HD_OK)
		return cli_fail(rc, err);
	printf("%s\n", k.fingerprint);
	return 0;
}

static int
keys_list(struct cli *cli, const struct cli_command *self, enum remote_kind kind, int argc,
    char **argv)
{
	static const char *const cols[] = { N_("fingerprint"), N_("type"), N_("bits"),
		N_("comment"), N_("added"), NULL };
	const char *pos[1], *format = NULL;
	const struct cli_opt opts[] = { { "format", &format, NULL }, { NULL, NULL, NULL } };
	struct remote_key *v;
	struct table *t;
	enum table_format f;
	size_t n;
	char *err = NULL, when[48], date[16], hhmm[8];
	int rc;

	if ((rc = cli_args(self, argc, argv, opts, pos, 1, 1)) != 0 ||
	    (rc = cli_format(format, &f)) != 0 || (rc = cli_open(cli)) != 0)
		return rc;
	if ((rc = remote_key_list(cli->hd, kind, pos[0], &v, &n, &err)) != HD_OK)
		return cli_fail(rc, err);
	t = table_new(cols);
	table_set_empty(t, _("no SSH keys"));
	for (size_t i = 0; i < n; i++) {
		table_row(t);
		table_str(t, v[i].fingerprint);
		table_str(t, v[i].type);
		table_int(t, v[i].bits);
		table_str(t, v[i].comment);
		if (f == TABLE_TEXT) {
			table_str(t, cli_local_text(v[i].added_at, when, sizeof when));
		} else {
			struct local_date d;
			int m;
			caltime_from_utc(v[i].added_at, &d, &m);
			snprintf(when, sizeof when, "%s %s", caltime_format_date(d, date),
			    caltime_format_hhmm(m, hhmm));
			table_str(t, when);
		}
	}
	table_print(t, f, stdout);
	table_free(t);
	free(v);
	return 0;
}

static int
keys_remove(struct cli *cli, const struct cli_command *self, enum remote_kind kind, int argc,
    char **argv)
{
	const char *pos[2];
	char *err = NULL;
	int rc;

	if ((rc = cli_args(self, argc, argv, NULL, pos, 2, 2)) != 0 || (rc = cli_open(cli)) != 0)
		return rc;
	if ((rc = remote_key_remove(cli->hd, kind, pos[0], pos[1], &err)) != HD_OK)
		return cli_fail(rc, err);
	printf(_("removed %s\n"), pos[1]);
	return 0;
}

static int run_member_key_add(struct cli *c, const struct cli_command *s, int argc, char **argv)
{ return keys_add(c, s, REMOTE_MEMBER, argc, argv); }
static int run_member_key_list(struct cli *c, const struct cli_command *s, int argc, char **argv)
{ return keys_list(c, s, REMOTE_MEMBER, argc, argv); }
static int run_member_key_remove(struct cli *c, const struct cli_command *s, int argc, char **argv)
{ return keys_remove(c, s, REMOTE_MEMBER, argc, argv); }
static int run_staff_key_add(struct cli *c, const struct cli_command *s, int argc, char **argv)
{ return keys_add(c, s, REMOTE_STAFF, argc, argv); }
static int run_staff_key_list(struct cli *c, const struct cli_command *s, int argc, char **argv)
{ return keys_list(c, s, REMOTE_STAFF, argc, argv); }
static int run_staff_key_remove(struct cli *c, const struct cli_command *s, int argc, char **argv)
{ return keys_remove(c, s, REMOTE_STAFF, argc, argv); }

#define KEYS_ADD_HELP                                                          \
	N_("The key is the line of the person's .pub file (~/.ssh/id_ed25519.pub),\n" \
	"quoted or not, or --file KEY.pub (- reads it from standard input). ed25519,\n"  \
	"ECDSA and RSA keys of 3072 bits or more are taken. Prints the key's\n"            \
	"fingerprint, as 'ssh-keygen -l' shows it to its owner.\n")

static const struct cli_command member_key_add_cmd = {
	"member key add", "CODE KEY-LINE | CODE --file KEY.pub",
	N_("let a member book from home over SSH with this key"), KEYS_ADD_HELP,
	run_member_key_add,
};
static const struct cli_command member_key_list_cmd = {
	"member key list", "CODE [--format text|csv|csv-fi|json]", N_("a member's SSH keys"),
	NULL, run_member_key_list,
};
static const struct cli_command member_key_remove_cmd = {
	"member key remove", "CODE FINGERPRINT", N_("take a member's SSH key away"), NULL,
	run_member_key_remove,
};
static const struct cli_command staff_key_add_cmd = {
	"staff key add", "NAME KEY-LINE | NAME --file KEY.pub",
	N_("let a staff member open the staff screens from afar with this key (after the PIN)"),
	KEYS_ADD_HELP, run_staff_key_add,
};
static const struct cli_command staff_key_list_cmd = {
	"staff key list", "NAME [--format text|csv|csv-fi|json]", N_("a staff member's SSH keys"),
	NULL, run_staff_key_list,
};
static const struct cli_command staff_key_remove_cmd = {
	"staff key remove", "NAME FINGERPRINT", N_("take a staff member's SSH key away"), NULL,
	run_staff_key_remove,
};

const struct cli_command *const cli_member_key_subs[] = { &member_key_add_cmd,
	&member_key_list_cmd, &member_key_remove_cmd, NULL };
const struct cli_command *const cli_staff_key_subs[] = { &staff_key_add_cmd,
	&staff_key_list_cmd, &staff_key_remove_cmd, NULL };

static int
run_keys(struct cli *cli, const struct cli_command *self, int argc, char **argv)
{
	return cli_dispatch(cli, self, argc, argv);
}

const struct cli_command cli_cmd_member_key = {
	"member key", "add|list|remove ...", N_("the SSH keys a member books from home with"),
	"  member key add CODE KEY-LINE | CODE --file KEY.pub\n"
	"  member key list CODE [--format text|csv|csv-fi|json]\n"
	"  member key remove CODE FINGERPRINT\n",
	run_keys,
};

const struct cli_command cli_cmd_staff_key = {
	"staff key", "add|list|remove ...", N_("the SSH keys staff open the staff screens with"),
	"  staff key add NAME KEY-LINE | NAME --file KEY.pub\n"
	"  staff key list NAME [--format text|csv|csv-fi|json]\n"
	"  staff key remove NAME FINGERPRINT\n",
	run_keys,
};
