/* member retire|erase|export, and purge: members who leave, and how long
 * the hub keeps what it holds about people. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hubdesk/cli.h"
#include "hubdesk/i18n.h"
#include "hubdesk/member-leave.h"
#include "hubdesk/remote.h"
#include "hubdesk/municipality.h"
#include "hubdesk/outfile.h"
#include "hubdesk/retention.h"

typedef enum hd_status (*leave_fn)(struct hubdesk *, const char *, struct member *,
    struct booking_affected **, size_t *, char **);

/* What retire and erase share: the code, --format, the call, and the
 * bookings it settled after done ("retired %s (%s)\n": the code and the
 * UUID, marked N_()) in text. */
static int
leave_run(struct cli *cli, const struct cli_command *self, int argc, char **argv, leave_fn fn,
    const char *done)
{
	const char *pos[1], *format = NULL;
	const struct cli_opt opts[] = { { "format", &format, NULL }, { NULL, NULL, NULL } };
	struct booking_affected *v;
	struct member m;
	enum table_format f;
	size_t n;
	char *err = NULL;
	int rc;

	if ((rc = cli_args(self, argc, argv, opts, pos, 1, 1)) != 0 ||
	    (rc = cli_format(format, &f)) != 0 || (rc = cli_open(cli)) != 0)
		return rc;
	if ((rc = fn(cli->hd, pos[0], &m, &v, &n, &err)) != HD_OK)
		return cli_fail(rc, err);
	if (f == TABLE_TEXT)
		printf(_(done), m.code, m.uuid);
	memset(&m, 0, sizeof m);
	cli_print_affected(v, n, f);
	free(v);
	return 0;
}

static int
run_member_retire(struct cli *cli, const struct cli_command *self, int argc, char **argv)
{
	return leave_run(cli, self, argc, argv, member_retire, N_("retired %s (%s)\n"));
}

static int
run_member_erase(struct cli *cli, const struct cli_command *self, int argc, char **argv)
{
	return leave_run(cli, self, argc, argv, member_erase, N_("erased %s (%s)\n"));
}

/* "YYYY-MM-DD HH:MM", or "" for 0. */
static const char *
leave_time(time_t t, char buf[static 17])
{
	if (t == 0)
		buf[0] = '\0';
	else
		caltime_format_local(t, buf);
	return buf;
}

/* One "key": value pair of a JSON object; text NULL or "" is null. */
static void
leave_json(FILE *f, const char *sep, const char *key, const char *text)
{
	fprintf(f, "%s\"%s\": ", sep, key);
	if (text == NULL || text[0] == '\0')
		fputs("null", f);
	else
		table_json_string(f, text);
}

static void
export_json(FILE *f, const struct member_export *x)
{
	const struct member *m = &x->member;
	char t1[17], t2[17], t3[17];

	fputs("{\n  \"member\": {", f);
	leave_json(f, "", "code", m->code);
	leave_json(f, ", ", "name", m->name);
	leave_json(f, ", ", "email", m->email);
	leave_json(f, ", ", "municipality", m->municipality);
	if (m->municipality_number != MUNICIPALITY_UNKNOWN)
		fprintf(f, ", \"municipality_number\": %d", m->municipality_number);
	else
		fputs(", \"municipality_number\": null", f);
	leave_json(f, ", ", "organisation", m->organisation);
	leave_json(f, ", ", "category", m->category);
	leave_json(f, ", ", "uuid", m->uuid);
	leave_json(f, ", ", "created", leave_time(m->created_at, t1));
	leave_json(f, ", ", "retired", leave_time(m->retired_at, t2));
	leave_json(f, ", ", "erased", leave_time(m->erased_at, t3));
	fputs("},\n  \"bookings\": [", f);
	for (size_t i = 0; i < x->nbookings; i++) {
		const struct booking *b = &x->bookings[i];
		fprintf(f, "%s\n    {", i == 0 ? "" : ",");
		leave_json(f, "", "uuid", b->uuid);
		leave_json(f, ", ", "space", b->space_code);
		leave_json(f, ", ", "starts", leave_time(b->starts_at, t1));
		leave_json(f, ", ", "ends", leave_time(b->ends_at, t2));
		leave_json(f, ", ", "status", b->status);
		leave_json(f, ", ", "made", leave_time(b->created_at, t3));
		leave_json(f, ", ", "series", b->series_uuid);
		leave_json(f, ", ", "moved_from", b->moved_from);
		fputc('}', f);
	}
	fputs("\n  ],\n  \"visits\": [", f);
	for (size_t i = 0; i < x->nvisits; i++) {
		const struct visit *v = &x->visits[i];
		fprintf(f, "%s\n    {", i == 0 ? "" : ",");
		leave_json(f, "", "uuid", v->uuid);
		leave_json(f, ", ", "kind", v->is_guest ? "guest they hosted" : "their visit");
		leave_json(f, ", ", "space", v->space_code);
		leave_json(f, ", ", "in", leave_time(v->in_at, t1));
		leave_json(f, ", ", "out", leave_time(v->out_at, t2));
		leave_json(f, ", ", "purpose", v->purpose);
		fputc('}', f);
	}
	fputs("\n  ],\n  \"audit\": [", f);
	for (size_t i = 0; i < x->naudit; i++) {
		const struct audit_row *a = &x->audit[i];
		fprintf(f, "%s\n    {", i == 0 ? "" : ",");
		leave_json(f, "", "at", leave_time(a->at, t1));
		leave_json(f, ", ", "role", a->role);
		leave_json(f, ", ", "action", a->action);
		leave_json(f, ", ", "subject", a->subject);
		fprintf(f, ", \"detail\": %s}", a->detail != NULL ? a->detail : "null");
	}
	fputs("\n  ],\n  \"ssh_keys\": [", f);
	for (size_t i = 0; i < x->nkeys; i++) {
		const struct remote_key *k = &x->keys[i];
		fprintf(f, "%s\n    {", i == 0 ? "" : ",");
		leave_json(f, "", "fingerprint", k->fingerprint);
		leave_json(f, ", ", "type", k->type);
		leave_json(f, ", ", "comment", k->comment);
		leave_json(f, ", ", "added", leave_time(k->added_at, t1));
		fputc('}', f);
	}
	fputs("\n  ]\n}\n", f);
}

/* leave_time for people: "23.11.2026 9.30" in fi and sv, "" for 0. */
static const char *
leave_text(time_t t, char buf[static 48])
{
	if (t == 0)
		buf[0] = '\0';
	else
		cli_local_text(t, buf, 48);
	return buf;
}

static void
export_text(FILE *f, const struct member_export *x)
{
	const struct member *m = &x->member;
	char t1[48], t2[48];

	/* TRANSLATORS: keep the values lined up in one column. */
	fprintf(f, _("Member\n  name          %s\n  code          %s\n  email         %s\n"
	    "  municipality  %s\n  organisation  %s\n  category      %s\n  uuid          %s\n"
	    "  member since  %s\n"), m->name[0] ? m->name : _("(erased)"), m->code,
	    m->email, m->municipality_number != MUNICIPALITY_UNKNOWN ?
	    municipality_name(m->municipality_number, i18n_current()) : "",
	    m->organisation, m->category, m->uuid,
	    leave_text(m->created_at, t1));
	if (m->retired_at != 0)
		fprintf(f, _("  left          %s\n"), leave_text(m->retired_at, t1));
	fprintf(f, _("\nBookings (%zu)\n"), x->nbookings);
	for (size_t i = 0; i < x->nbookings; i++)
		fprintf(f, "  %s  %s  %-6s %s\n", leave_text(x->bookings[i].starts_at, t1),
		    leave_text(x->bookings[i].ends_at, t2), x->bookings[i].space_code,
		    x->bookings[i].status);
	fprintf(f, _("\nVisits and guests they hosted (%zu)\n"), x->nvisits);
	for (size_t i = 0; i < x->nvisits; i++)
		fprintf(f, "  %s  %s  %-6s %s%s%s\n", leave_text(x->visits[i].in_at, t1),
		    leave_text(x->visits[i].out_at, t2), x->visits[i].space_code,
		    x->visits[i].is_guest ? _("a guest they hosted") : _("their visit"),
		    x->visits[i].purpose[0] ? ": " : "", x->visits[i].purpose);
	fprintf(f, _("\nSSH keys to book from home with (%zu)\n"), x->nkeys);
	for (size_t i = 0; i < x->nkeys; i++)
		fprintf(f, "  %s  %s  %s %s\n", leave_text(x->keys[i].added_at, t1),
		    x->keys[i].fingerprint, x->keys[i].type, x->keys[i].comment);
	fprintf(f, _("\nAudit log rows naming them (%zu)\n"), x->naudit);
	for (size_t i = 0; i < x->naudit; i++)
		fprintf(f, "  %s  %-6s %-16s %s %s\n", leave_text(x->audit[i].at, t1),
		    x->audit[i].role, x->audit[i].action, x->audit[i].subject,
		    x->audit[i].detail != NULL ? x->audit[i].detail : "");
}

static int
run_member_export(struct cli *cli, const struct cli_command *self, int argc, char **argv)
{
	const char *pos[1], *format = NULL, *output = NULL;
	const struct cli_opt opts[] = {
		{ "format", &format, NULL }, { "output", &output, NULL }, { NULL, NULL, NULL },
	};
	struct member_export x;
	struct outfile out;
	char *err = NULL;
	int rc;

	if ((rc = cli_args(self, argc, argv, opts, pos, 1, 1)) != 0 ||
	    (rc = cli_output_args(cli, self, &format, output)) != 0)
		return rc;
	if (strcmp(format, "text") != 0 && strcmp(format, "json") != 0)
		return cli_usage_error(self, _("an export is text or json: give --format text or json, "
		    "or an --output file ending in .txt or .json"));
	if ((rc = cli_open(cli)) != 0)
		return rc;
	if ((rc = member_export(cli->hd, pos[0], &x, &err)) != HD_OK) {
		member_export_free(&x);
		return cli_fail(rc, err);
	}
	/* A person's whole record: private to whoever runs it, as a dump. */
	if ((rc = cli_output_open(cli, &out, output, true)) != 0) {
		member_export_free(&x);
		return rc;
	}
	if (strcmp(format, "json") == 0)
		export_json(out.f, &x);
	else
		export_text(out.f, &x);
	member_export_free(&x);
	return cli_output_done(&out);
}

const struct cli_command cli_cmd_member_retire = {
	"member retire", "CODE [--format text|csv|csv-fi|json]",
	N_("a member leaves: the code stops working, bookings to come are cancelled"),
	N_("Their history stays; 'member list --all' still lists them.\n"), run_member_retire,
};
const struct cli_command cli_cmd_member_erase = {
	"member erase", "CODE [--format text|csv|csv-fi|json]",
	N_("the administrator erases a member's name, e-mail, code and organisation"),
	N_("Their visits and bookings stay as anonymous rows, so no figure changes.\n"),
	run_member_erase,
};
const struct cli_command cli_cmd_member_export = {
	"member export", "CODE [--format text|json] [--output FILE]",
	N_("everything the hub holds about one member, for an access request"), NULL,
	run_member_export,
};

static int
run_purge(struct cli *cli, const struct cli_command *self, int argc, char **argv)
{
	bool dry = false;
	const struct cli_opt opts[] = { { "dry-run", NULL, &dry }, { NULL, NULL, NULL } };
	struct retention_counts c;
	char *err = NULL, when[48], guests[160], rows[96];
	int rc;

	if ((rc = cli_args(self, argc, argv, opts, NULL, 0, 0)) != 0 || (rc = cli_open(cli)) != 0)
		return rc;
	if ((rc = retention_purge(cli->hd, dry, &c, &err)) != HD_OK)
		return cli_fail(rc, err);
	/* Two counts in one sentence: each its own ngettext, so that each noun
	 * agrees with its number, in the conditional or the past. */
	if (dry)
		snprintf(guests, sizeof guests, ngettext("would blank %d guest visit of their name, "
		    "purpose and host", "would blank %d guest visits of their name, purpose and host",
		    c.guests), c.guests);
	else
		snprintf(guests, sizeof guests, ngettext("blanked %d guest visit of their name, "
		    "purpose and host", "blanked %d guest visits of their name, purpose and host",
		    c.guests), c.guests);
	if (dry)
		snprintf(rows, sizeof rows, ngettext("would delete %d audit row",
		    "would delete %d audit rows", c.audit), c.audit);
	else
		snprintf(rows, sizeof rows, ngettext("deleted %d audit row", "deleted %d audit rows",
		    c.audit), c.audit);
	printf(_("%s, and %s, from before %s (retention-days %d)\n"), guests, rows,
	    cli_local_text(c.cutoff, when, sizeof when), c.days);
	return 0;
}

const struct cli_command cli_cmd_purge = {
	"purge", "[--dry-run]",
	N_("blank guests' names and delete audit rows older than retention-days now"),
	N_("It also runs by itself with the first change of a day. --dry-run only counts.\n"),
	run_purge,
};
