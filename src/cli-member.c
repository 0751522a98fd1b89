/* member add|edit|list|show; retire, export and erase are in cli-member-leave.c. */
#include <stdio.h>
#include <stdlib.h>

#include "hubdesk/cli.h"
#include "hubdesk/i18n.h"
#include "hubdesk/member.h"
#include "hubdesk/municipality.h"

static int
run_member_add(struct cli *cli, const struct cli_command *self, int argc, char **argv)
{
	const char *pos[1];
	struct member_new n = { 0 };
	const struct cli_opt opts[] = {
		{ "email", &n.email, NULL }, { "municipality", &n.municipality, NULL },
		{ "organisation", &n.organisation, NULL }, { "category", &n.category, NULL },
		{ NULL, NULL, NULL },
	};
	struct member m, same;
	char *err = NULL;
	int rc;

	if ((rc = cli_args(self, argc, argv, opts, pos, 1, 1)) != 0 || (rc = cli_open(cli)) != 0)
		return rc;
	n.name = pos[0];
	if ((rc = member_add(cli->hd, &n, &m, &err)) != HD_OK)
		return cli_fail(rc, err);
	/* Added all the same: two people may share a name and an address (a
	 * family's), but it is more often someone entered twice. */
	if ((rc = member_namesake(cli->hd, &m, &same, &err)) == HD_OK)
		fprintf(stderr, _("hubdesk: warning: a member named %s with that email already exists "
		    "(code %s)\n"), same.name, same.code);
	else if (rc != HD_REFUSED)
		cli_print_error(_("warning"), err);
	free(err);
	printf("%s\n", m.code);
	return 0;
}

static int
run_member_edit(struct cli *cli, const struct cli_command *self, int argc, char **argv)
{
	const char *pos[1];
	struct member_new n = { 0 };
	const struct cli_opt opts[] = {
		{ "name", &n.name, NULL }, { "email", &n.email, NULL },
		{ "municipality", &n.municipality, NULL }, { "organisation", &n.organisation, NULL },
		{ "category", &n.category, NULL }, { NULL, NULL, NULL },
	};
	char *err = NULL;
	int rc;

	if ((rc = cli_args(self, argc, argv, opts, pos, 1, 1)) != 0 || (rc = cli_open(cli)) != 0)
		return rc;
	if ((rc = member_update(cli->hd, pos[0], &n, NULL, &err)) != HD_OK)
		return cli_fail(rc, err);
	return 0;
}

static const char *const member_columns[] = { N_("code"), N_("name"), N_("email"),
	N_("municipality"), N_("municipality_number"), N_("organisation"), N_("category"),
	N_("uuid"), N_("created"), NULL };
/* With --all: when each member left, if they did. */
static const char *const member_all_columns[] = { N_("code"), N_("name"), N_("email"),
	N_("municipality"), N_("municipality_number"), N_("organisation"), N_("category"),
	N_("uuid"), N_("created"), N_("left"), NULL };

static void
member_row(struct table *t, const struct member *m, bool all)
{
	char created[17];

	table_row(t);
	table_str(t, m->code);
	table_str(t, m->name);
	table_str(t, m->email);
	table_str(t, m->municipality);
	if (m->municipality_number != MUNICIPALITY_UNKNOWN)
		table_int(t, m->municipality_number);
	else
		table_null(t);
	table_str(t, m->organisation);
	table_str(t, m->category);
	table_str(t, m->uuid);
	table_str(t, caltime_format_local(m->created_at, created));
	if (all)
		table_str(t, m->retired_at != 0 ? caltime_format_local(m->retired_at, created) : NULL);
}

static int
run_member_list(struct cli *cli, const struct cli_command *self, int argc, char **argv)
{
	const char *format = NULL;
	bool all = false;
	const struct cli_opt opts[] = { { "format", &format, NULL }, { "all", NULL, &all },
		{ NULL, NULL, NULL } };
	struct member *v;
	struct table *t;
	enum table_format f;
	size_t n;
	char *err = NULL;
	int rc;

	if ((rc = cli_args(self, argc, argv, opts, NULL, 0, 0)) != 0 ||
	    (rc = cli_format(format, &f)) != 0 || (rc = cli_open(cli)) != 0)
		return rc;
	if ((rc = member_list(cli->hd, all, &v, &n, &err)) != HD_OK)
		return cli_fail(rc, err);
	t = table_new(all ? member_all_columns : member_columns);
	table_set_empty(t, _("no members yet; add one with 'hubdesk member add NAME'"));
	for (size_t i = 0; i < n; i++)
		member_row(t, &v[i], all);
	table_print(t, f, stdout);
	table_free(t);
	free(v);
	return 0;
}

static int
run_member_show(struct cli *cli, const struct cli_command *self, int argc, char **argv)
{
	const char *format = NULL, *pos[1];
	const struct cli_opt opts[] = { { "format", &format, NULL }, { NULL, NULL, NULL } };
	struct member m;
	struct table *t;
	enum table_format f;
	char *err = NULL, created[48];
	int rc;

	if ((rc = cli_args(self, argc, argv, opts, pos, 1, 1)) != 0 ||
	    (rc = cli_format(format, &f)) != 0 || (rc = cli_open(cli)) != 0)
		return rc;
	if ((rc = member_find(cli->hd, pos[0], &m, &err)) != HD_OK)
		return cli_fail(rc, err);
	if (f == TABLE_TEXT) {
		/* TRANSLATORS: keep the values lined up in one column. */
		printf(_("%s\n  code          %s\n  email         %s\n  municipality  %s\n"
		    "  organisation  %s\n  category      %s\n  uuid          %s\n  member since  %s\n"),
		    m.name[0] ? m.name : _("(erased)"), m.code, m.email[0] ? m.email : "-",
		    m.municipality_number != MUNICIPALITY_UNKNOWN ?
		    municipality_name(m.municipality_number, i18n_current()) : "-",
		    m.organisation[0] ? m.organisation : "-", m.category, m.uuid,
		    cli_local_text(m.created_at, created, sizeof created));
		return 0;
	}
	t = table_new(member_columns);
	member_row(t, &m, false);
	table_print(t, f, stdout);
	table_free(t);
	return 0;
}

static const struct cli_command member_add_cmd = {
	"member add", "NAME [--email E] [--municipality M] [--organisation O] [--category C]",
	N_("add a member; prints only the new kiosk code"),
	N_("C is remote-employee, entrepreneur, student or other (the default).\n"),
	run_member_add,
};
static const struct cli_command member_edit_cmd = {
	"member edit", "CODE [--name N] [--email E] [--municipality M] [--organisation O] "
	"[--category C]", N_("change a member; an empty value clears an optional field"), NULL,
	run_member_edit,
};
static const struct cli_command member_list_cmd = {
	"member list", "[--all] [--format text|csv|csv-fi|json]",
	N_("list the members (--all: those who left too)"), NULL, run_member_list,
};
static const struct cli_command member_show_cmd = {
	"member show", "CODE [--format text|csv|csv-fi|json]", N_("show one member"), NULL,
	run_member_show,
};

const struct cli_command *const cli_member_subs[] = {
	&member_add_cmd, &member_edit_cmd, &member_list_cmd, &member_show_cmd,
	&cli_cmd_member_import, &cli_cmd_member_retire, &cli_cmd_member_export, &cli_cmd_member_erase,
	&cli_cmd_member_key, NULL,
	};

static int
run_member(struct cli *cli, const struct cli_command *self, int argc, char **argv)
{
	return cli_dispatch(cli, self, argc, argv);
}

const struct cli_command cli_cmd_member = {
	"member", "add|edit|list|show|import|retire|export|erase|key ...", N_("the hub's members"),
	"  member add NAME [--email E] [--municipality M] [--organisation O] [--category C]\n"
	"  member edit CODE [--name N] [--email E] [--municipality M] [--organisation O]\n"
	"              [--category C]\n"
	"  member list [--all] [--format text|csv|csv-fi|json]\n"
	"  member show CODE [--format text|csv|csv-fi|json]\n"
	"  member import FILE.csv [--dry-run] [--format csv|csv-fi|text|json]\n"
	"  member retire CODE [--format text|csv|csv-fi|json]\n"
	"  member export CODE [--format text|json] [--output FILE]\n"
	"  member erase CODE [--format text|csv|csv-fi|json]\n"
	"  member key add CODE KEY-LINE | CODE --file KEY.pub\n"
	"  member key list CODE [--format text|csv|csv-fi|json]\n"
	"  member key remove CODE FINGERPRINT\n",
	run_member,
};
