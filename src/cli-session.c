/* ssh-keys and session: the remote door (docs/remote.md).
 *
 * OpenSSH runs `hubdesk ssh-keys %u %t %k` as its AuthorizedKeysCommand for
 * each key a client offers to the hub's one SSH account. When the key is a
 * member's or a staff member's, it prints one authorized_keys line that
 * forces `hubdesk session` for that person and key; otherwise nothing, and
 * OpenSSH refuses the key. The session then serves that person alone: with
 * a terminal, the booking screens (a member) or the staff screens after the
 * PIN (staff); without one, a member's single command from
 * SSH_ORIGINAL_COMMAND, limited to book, cancel, bookings and free with the
 * member fixed. Every change made in a session is audited with the key's
 * fingerprint (hd->via). */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "hubdesk/audit.h"
#include "hubdesk/booking.h"
#include "hubdesk/caltime.h"
#include "hubdesk/cli.h"
#include "hubdesk/i18n.h"
#include "hubdesk/member.h"
#include "hubdesk/remote.h"
#include "hubdesk/space.h"
#include "hubdesk/ui.h"

#define SESSION_COMMAND_MAX 1024 /* bytes of SSH_ORIGINAL_COMMAND taken */
#define SESSION_WORDS_MAX 24

/* Appends s to buf (n bytes, *used so far) quoted for the account's shell,
 * in single quotes ('\'' for a quote inside), and then for authorized_keys'
 * command="…", where a double quote is written \". False when it does not
 * fit. */
static bool
session_quote(char *buf, size_t n, size_t *used, const char *s)
{
	char q[PATH_MAX * 5 + 8];
	size_t k = 0;

	q[k++] = ' ';
	q[k++] = '\'';
	for (; *s != '\0' && k + 8 < sizeof q; s++) {
		if (*s == '\'') {
			memcpy(q + k, "'\\''", 4);
			k += 4;
		} else if (*s == '"') {
			memcpy(q + k, "\\\"", 2);
			k += 2;
		} else {
			q[k++] = *s;
		}
	}
	if (*s != '\0')
		return false;
	q[k++] = '\'';
	q[k] = '\0';
	if (*used + k >= n)
		return false;
	memcpy(buf + *used, q, k + 1);
	*used += k;
	return true;
}

/* A path fit for the forced command: absolute, printable, one line. */
static bool
session_path_ok(const char *p)
{
	if (p[0] != '/')
		return false;
	for (; *p != '\0'; p++) {
		if ((unsigned char)*p < 0x20 || *p == 0x7f)
			return false;
	}
	return true;
}

static int
run_ssh_keys(struct cli *cli, const struct cli_command *self, int argc, char **argv)
{
	const char *pos[3];
	struct hubdesk *hd = NULL;
	struct remote_login l;
	char exe[PATH_MAX], db[PATH_MAX], conf[PATH_MAX], cmd[4 * PATH_MAX + 512];
	char *err = NULL;
	size_t used = 0;
	ssize_t len;
	bool ok;
	int rc;

	if ((rc = cli_args(self, argc, argv, NULL, pos, 3, 3)) != 0)
		return rc;
	/* Keys offered to any other account are not hubdesk's to answer. */
	if (strcmp(pos[0], cli->cfg.ssh_user) != 0)
		return 0;
	if ((len = readlink("/proc/self/exe", exe, sizeof exe - 1)) <= 0) {
		fputs(_("hubdesk: cannot tell where this program is (/proc/self/exe)\n"), stderr);
		return HD_STORE;
	}
	exe[len] = '\0';
	if (realpath(cli->db_path, db) == NULL ||
	    (cli->config_path != NULL && realpath(cli->config_path, conf) == NULL)) {
		fprintf(stderr, _("hubdesk: cannot find %s; give --db and --config as absolute "
		    "paths\n"), realpath(cli->db_path, db) == NULL ? cli->db_path : cli->config_path);
		return HD_STORE;
	}
	if (!session_path_ok(exe) || !session_path_ok(db) ||
	    (cli->config_path != NULL && !session_path_ok(conf))) {
		fputs(_("hubdesk: the program's, the database's or the config's path holds a control "
		    "character; move them to plain paths\n"), stderr);
		return HD_INVALID;
	}
	/* Read-only: OpenSSH asks for every key a client offers, while the
	 * kiosks write. */
	if (hubdesk_open_readonly(cli->db_path, &hd, &err) != HD_OK)
		return cli_fail(HD_STORE, err);
	rc = remote_login_of(hd, pos[1], pos[2], &l, &err);
	hubdesk_close(hd);
	free(err);
	if (rc != HD_OK)
		return rc == HD_STORE ? HD_STORE : 0;
	ok = session_quote(cmd, sizeof cmd, &used, exe);
	used += (size_t)snprintf(cmd + used, sizeof cmd - used, " --db");
	ok = ok && session_quote(cmd, sizeof cmd, &used, db);
	if (ok && cli->config_path != NULL) {
		used += (size_t)snprintf(cmd + used, sizeof cmd - used, " --config");
		ok = session_quote(cmd, sizeof cmd, &used, conf);
	}
	if (ok && l.kind == REMOTE_MEMBER) {
		used += (size_t)snprintf(cmd + used, sizeof cmd - used, " session --member %s",
		    l.member_code);
	} else if (ok) {
		used += (size_t)snprintf(cmd + used, sizeof cmd - used, " session --staff");
		ok = session_quote(cmd, sizeof cmd, &used, l.staff_name);
	}
	if (!ok || used + 64 >= sizeof cmd)
		return HD_INVALID;
	snprintf(cmd + used, sizeof cmd - used, " --key %s", l.fingerprint);
	/* cmd begins with the space session_quote puts before each word. */
	printf("restrict,pty,command=\"%s\" %s %s\n", cmd + 1, l.type, l.base64);
	return 0;
}

const struct cli_command cli_cmd_ssh_keys = {
	"ssh-keys", "USER KEYTYPE KEY",
	N_("for OpenSSH's AuthorizedKeysCommand: the line that lets a member's or staff key in"),
	N_("sshd runs it as 'hubdesk --db PATH ssh-keys %u %t %k' (docs/remote.md). For the\n"
	"account ssh_user of the config (default hub) and a key a member or a staff\n"
	"member holds, it prints one authorized_keys line: restrict,pty and a command\n"
	"that opens that person's session with this program's --db and --config. For\n"
	"anything else it prints nothing. It only reads the database.\n"),
	run_ssh_keys,
};

/* SSH_ORIGINAL_COMMAND as words: blanks separate them, '…' and "…" quote
 * (no escapes). Returns the count, or -1 after printing the error. */
static int
session_words(const char *line, char *buf, size_t n, char **words)
{
	int count = 0;
	size_t o = 0;
	const char *p = line;

	if (strlen(line) >= n || strlen(line) > SESSION_COMMAND_MAX) {
		fputs(_("hubdesk: the command is too long\n"), stderr);
		return -1;
	}
	while (*p != '\0') {
		while (*p == ' ' || *p == '\t')
			p++;
		if (*p == '\0')
			break;
		if (count == SESSION_WORDS_MAX) {
			fputs(_("hubdesk: the command has too many words\n"), stderr);
			return -1;
		}
		words[count++] = buf + o;
		while (*p != '\0' && *p != ' ' && *p != '\t') {
			if (*p == '\'' || *p == '"') {
				char q = *p++;
				while (*p != '\0' && *p != q)
					buf[o++] = *p++;
				if (*p != q) {
					fputs(_("hubdesk: a quote in the command is not closed\n"), stderr);
					return -1;
				}
				p++;
			} else {
				buf[o++] = *p++;
			}
		}
		buf[o++] = '\0';
	}
	return count;
}

/* The member's session: whose it is. */
struct session {
	const char *member;          /* the code, normalised */
	char who[HD_TEXT];           /* "Aino Ä." */
};

/* book in a session: the member's own; without --space, the first desk
 * free for the whole span. */
static int
session_book(struct cli *cli, const struct session *s, const struct cli_command *self,
    int argc, char **argv)
{
	const char *space = NULL, *date = NULL, *from = NULL, *to = NULL;
	const struct cli_opt opts[] = {
		{ "space", &space, NULL }, { "date", &date, NULL }, { "from", &from, NULL },
		{ "to", &to, NULL }, { NULL, NULL, NULL },
	};
	struct booking_request r;
	struct booking b;
	struct space *free_desks = NULL;
	size_t n = 0;
	char *err = NULL, *first = NULL;
	int rc;

	if ((rc = cli_args(self, argc, argv, opts, NULL, 0, 0)) != 0)
		return rc;
	memset(&r, 0, sizeof r);
	r.member_code = s->member;
	if ((rc = cli_day_span(cli, self, date, from, to, &r.date, &r.from_min, &r.to_min)) != 0)
		return rc;
	if (space != NULL) {
		r.space_code = space;
		if ((rc = booking_create(cli->hd, &r, &b, &err)) != HD_OK)
			return cli_fail(rc, err);
		printf("%s\n", b.uuid);
		return 0;
	}
	if ((rc = booking_free(cli->hd, r.date, r.from_min, r.to_min, "desk", &free_desks, &n,
	    &err)) != HD_OK)
		return cli_fail(rc, err);
	/* Another kiosk may take a desk between the list and the booking: the
	 * next one is tried. A refusal by the hub's rules is the same for
	 * every desk, so the first is the one said. */
	rc = HD_REFUSED;
	for (size_t i = 0; i < n; i++) {
		r.space_code = free_desks[i].code;
		if ((rc = booking_create(cli->hd, &r, &b, &err)) == HD_OK)
			break;
		if (first == NULL)
			first = err;
		else
			free(err);
		err = NULL;
		if (rc != HD_REFUSED)
			break;
	}
	free(free_desks);
	if (rc == HD_OK) {
		free(first);
		printf("%s\n", b.uuid);
		return 0;
	}
	if (first != NULL)
		return cli_fail(rc, first);
	fprintf(stderr, _("hubdesk: no desk is free for the whole of that span; 'free --date D' "
	    "shows what is\n"));
	return HD_REFUSED;
}

static int
session_cancel(struct cli *cli, const struct session *s, const struct cli_command *self,
    int argc, char **argv)
{
	const char *pos[1] = { NULL }, *from = NULL, *to = NULL;
	const struct cli_opt opts[] = {
		{ "from", &from, NULL }, { "to", &to, NULL }, { NULL, NULL, NULL },
	};
	struct local_date d1, d2;
	struct booking b;
	char *err = NULL, date[I18N_DATE_MAX], a[16], e[16];
	int rc, n = 0, minute;

	if ((rc = cli_args(self, argc, argv, opts, pos, 0, 1)) != 0)
		return rc;
	if ((pos[0] != NULL) == (from != NULL || to != NULL) ||
	    (pos[0] == NULL && (from == NULL || to == NULL)))
		return cli_usage_error(self, _("give a booking's UUID, or --from D --to D"));
	if (pos[0] == NULL) {
		if ((rc = cli_date(cli, from, &d1)) != 0 || (rc = cli_date(cli, to, &d2)) != 0)
			return rc;
		if ((rc = booking_cancel_range(cli->hd, s->member, d1, d2, &n, &err)) != HD_OK)
			return cli_fail(rc, err);
		printf(ngettext("cancelled %d booking\n", "cancelled %d bookings\n", n), n);
		return 0;
	}
	/* As the kiosk cancels: only the member's own, before it starts. */
	if ((rc = booking_cancel(cli->hd, pos[0], s->member, &b, &err)) != HD_OK)
		return cli_fail(rc, err);
	caltime_from_utc(b.starts_at, &d1, &minute);
	printf(_("cancelled %s %s\xe2\x80\x93%s %s\n"), cli_date_text(d1, date, sizeof date),
	    cli_clock_text(b.starts_at, a, sizeof a), cli_end_text(b.starts_at, b.ends_at, e,
	    sizeof e), b.space_code);
	return 0;
}

/* bookings in a session: the command's own, with --member fixed and its
 * usage as the session takes it. */
static const struct cli_command session_bookings_cmd = {
	"bookings", "[--date D | --from D --to D] [--format text|csv|json|ics]",
	N_("your bookings (default: today and the 14 days after)"), NULL, NULL,
};

static int
session_bookings(struct cli *cli, const struct session *s, int argc, char **argv)
{
	char *args[SESSION_WORDS_MAX + 3], member[] = "--member";
	char code[MEMBER_CODE_LEN + 1];

	for (int i = 1; i < argc; i++) {
		if (strncmp(argv[i], "--member", 8) == 0 && (argv[i][8] == '\0' || argv[i][8] == '=')) {
			fputs(_("hubdesk: a session shows your own bookings; leave --member out\n"),
			    stderr);
			return HD_INVALID;
		}
	}
	snprintf(code, sizeof code, "%s", s->member);
	for (int i = 0; i < argc; i++)
		args[i] = argv[i];
	args[argc] = member;
	args[argc + 1] = code;
	args[argc + 2] = NULL;
	return cli_cmd_bookings.run(cli, &session_bookings_cmd, argc + 2, args);
}

static const struct cli_command session_book_cmd = {
	"book", "--date D [--from HH:MM --to HH:MM] [--space CODE]",
	N_("book for yourself; without --space, a desk free for the whole span"), NULL, NULL,
};
static const struct cli_command session_cancel_cmd = {
	"cancel", "BOOKING-UUID | --from D --to D",
	N_("cancel a booking of yours, or your bookings on those days"), NULL, NULL,
};

static void
session_commands_help(FILE *out)
{
	fputs(_("In a session, one of:\n"), out);
	fprintf(out, "  book %s\n  cancel %s\n  bookings %s\n  free %s\n", session_book_cmd.usage,
	    session_cancel_cmd.usage, session_bookings_cmd.usage, cli_cmd_free.usage);
}

/* One command from SSH_ORIGINAL_COMMAND. */
static int
session_one_command(struct cli *cli, const struct session *s, const char *line)
{
	char buf[SESSION_COMMAND_MAX + 1], *words[SESSION_WORDS_MAX + 1], safe[TEXT_SAFE];
	int n = session_words(line, buf, sizeof buf, words), skip = 0;

	if (n < 0)
		return HD_INVALID;
	/* "ssh hub@hub hubdesk book …" reads as well. */
	if (n > 0 && strcmp(words[0], "hubdesk") == 0)
		skip = 1;
	n -= skip;
	words[skip + n] = NULL;
	if (n == 0 || strcmp(words[skip], "help") == 0 || strcmp(words[skip], "--help") == 0) {
		session_commands_help(n == 0 ? stderr : stdout);
		return n == 0 ? HD_INVALID : 0;
	}
	if (strcmp(words[skip], "book") == 0)
		return session_book(cli, s, &session_book_cmd, n, words + skip);
	if (strcmp(words[skip], "cancel") == 0)
		return session_cancel(cli, s, &session_cancel_cmd, n, words + skip);
	if (strcmp(words[skip], "bookings") == 0)
		return session_bookings(cli, s, n, words + skip);
	if (strcmp(words[skip], "free") == 0)
		return cli_cmd_free.run(cli, &cli_cmd_free, n, words + skip);
	fprintf(stderr, _("hubdesk: '%s' is not for a session; it takes book, cancel, bookings "
	    "and free ('help' says how)\n"), text_safe(words[skip], safe));
	return HD_INVALID;
}

static int
run_session(struct cli *cli, const struct cli_command *self, int argc, char **argv)
{
	const char *member = NULL, *staff = NULL, *key = NULL, *line;
	const struct cli_opt opts[] = {
		{ "member", &member, NULL }, { "staff", &staff, NULL }, { "key", &key, NULL },
		{ NULL, NULL, NULL },
	};
	struct ui_options opt;
	struct session s;
	struct member m;
	char *err = NULL, code[MEMBER_CODE_LEN + 1];
	int rc;

	if ((rc = cli_args(self, argc, argv, opts, NULL, 0, 0)) != 0)
		return rc;
	if ((member == NULL) == (staff == NULL) || key == NULL)
		return cli_usage_error(self, _("give --member CODE or --staff NAME, and --key "
		    "FINGERPRINT"));
	/* The clock is the machine's: an SSH client may be let to set
	 * variables (AcceptEnv), and time is no client's to choose. */
	if (cli->now != NULL && getenv("HUBDESK_NOW") != NULL && cli->now == getenv("HUBDESK_NOW"))
		cli->now = NULL;
	if ((rc = cli_open(cli)) != 0)
		return rc;
	/* Whoever owns the file, a session acts as its person: a member as
	 * the kiosk does, staff only once their PIN is given. */
	hubdesk_act_as(cli->hd, HD_ROLE_KIOSK, NULL);
	snprintf(cli->hd->via, sizeof cli->hd->via, "%s", key);
	if ((rc = hub_require(cli->hd, &err)) != HD_OK ||
	    (rc = remote_login_check(cli->hd, member != NULL ? REMOTE_MEMBER : REMOTE_STAFF,
	    member != NULL ? member : staff, key, &err)) != HD_OK)
		return cli_fail(rc, err);
	line = getenv("SSH_ORIGINAL_COMMAND");
	if (member != NULL) {
		if ((rc = member_get(cli->hd, member, &m, &err)) != HD_OK)
			return cli_fail(rc, err);
		snprintf(code, sizeof code, "%s", m.code);
		s.member = code;
		member_short_name(m.name, s.who);
		if (line != NULL && line[strspn(line, " \t")] != '\0')
			return session_one_command(cli, &s, line);
	} else if (line != NULL && line[strspn(line, " \t")] != '\0') {
		fputs(_("hubdesk: a staff session takes no command; connect with a terminal (ssh -t) "
		    "and give your PIN\n"), stderr);
		return HD_INVALID;
	}
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		fputs(member != NULL ? _("hubdesk: this session needs a terminal (ssh -t), or a "
		    "command: book, cancel, bookings or free\n") : _("hubdesk: this session needs a "
		    "terminal (ssh -t)\n"), stderr);
		return HD_INVALID;
	}
	if ((rc = cli_ui_ready()) != 0)
		return rc;
	memset(&opt, 0, sizeof opt);
	opt.idle_seconds = opt.staff_idle_seconds = atoi(cli->cfg.session_idle_timeout);
	opt.session_idle_seconds = atoi(cli->cfg.session_idle_timeout);
	opt.fixed_clock = cli->now != NULL;
	snprintf(opt.kiosk_name, sizeof opt.kiosk_name, "ssh");
	if (member != NULL) {
		opt.session = UI_SESSION_MEMBER;
		snprintf(opt.session_member, sizeof opt.session_member, "%s", s.member);
		snprintf(opt.session_who, sizeof opt.session_who, "%s", s.who);
	} else {
		opt.session = UI_SESSION_STAFF;
		snprintf(opt.session_staff, sizeof opt.session_staff, "%s", staff);
	}
	return ui_run(cli->hd, &opt);
}

const struct cli_command cli_cmd_session = {
	"session", "--member CODE | --staff NAME, --key FINGERPRINT",
	N_("a remote session over SSH (started by ssh-keys' line, not typed by hand)"),
	N_("With a terminal, a member's session is the kiosk's booking side for that member\n"
	"alone, and a staff session the staff screens after that staff member's PIN.\n"
	"Without one, a member's session runs the one command in SSH_ORIGINAL_COMMAND:\n"
	"book, cancel, bookings or free, for that member only. The session ends after\n"
	"session_idle_timeout seconds without a key; each change names the key in the\n"
	"audit log.\n"),
	run_session,
};
