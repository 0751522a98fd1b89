/* space add|list|retire. */
#include <stdio.h>
#include <stdlib.h>

#include "hubdesk/booking.h"
#include "hubdesk/cli.h"
#include "hubdesk/i18n.h"
#include "hubdesk/space.h"

static int
run_space_add(struct cli *cli, const struct cli_command *self, int argc, char **argv)
{
	const char *pos[1], *capacity = NULL;
	struct space_new n = { 0 };
	const struct cli_opt opts[] = {
		{ "kind", &n.kind, NULL }, { "name", &n.name, NULL },
		{ "capacity", &capacity, NULL }, { "zone", &n.zone, NULL },
		{ "map", &n.map, NULL }, { "since", &n.since, NULL }, { NULL, NULL, NULL },
	};
	struct space sp;
	char *err = NULL;
	int rc;

	if ((rc = cli_args(self, argc, argv, opts, pos, 1, 1)) != 0)
		return rc;
	n.code = pos[0];
	if (capacity != NULL && (rc = cli_int("--capacity", capacity, 1, 1000, &n.capacity)) != 0)
		return rc;
	if ((rc = cli_open(cli)) != 0)
		return rc;
	if ((rc = space_add(cli->hd, &n, &sp, &err)) != HD_OK)
		return cli_fail(rc, err);
	printf("%s\n", sp.code);
	return 0;
}

static int
run_space_edit(struct cli *cli, const struct cli_command *self, int argc, char **argv)
{
	const char *pos[1], *capacity = NULL;
	struct space_new n = { 0 };
	const struct cli_opt opts[] = {
		{ "name", &n.name, NULL }, { "capacity", &capacity, NULL }, { "zone", &n.zone, NULL },
		{ "map", &n.map, NULL }, { "since", &n.since, NULL }, { NULL, NULL, NULL },
	};
	char *err = NULL;
	int rc;

	if ((rc = cli_args(self, argc, argv, opts, pos, 1, 1)) != 0)
		return rc;
	n.code = pos[0];
	if (capacity != NULL && (rc = cli_int("--capacity", capacity, 1, 1000, &n.capacity)) != 0)
		return rc;
	if ((rc = cli_open(cli)) != 0)
		return rc;
	if ((rc = space_update(cli->hd, &n, NULL, &err)) != HD_OK)
		return cli_fail(rc, err);
	return 0;
}

static int
run_space_list(struct cli *cli, const struct cli_command *self, int argc, char **argv)
{
	static const char *const cols[] = { N_("code"), N_("kind"), N_("name"), N_("capacity"),
		N_("zone"), N_("map_col"), N_("map_row"), N_("status"), NULL };
	const char *format = NULL;
	bool all = false;
	const struct cli_opt opts[] = {
		{ "format", &format, NULL }, { "all", NULL, &all }, { NULL, NULL, NULL },
	};
	struct space *v;
	struct table *t;
	enum table_format f;
	size_t n;
	char *err = NULL;
	int rc;

	if ((rc = cli_args(self, argc, argv, opts, NULL, 0, 0)) != 0 ||
	    (rc = cli_format(format, &f)) != 0 || (rc = cli_open(cli)) != 0)
		return rc;
	if ((rc = space_list(cli->hd, all, &v, &n, &err)) != HD_OK)
		return cli_fail(rc, err);
	t = table_new(cols);
	table_set_empty(t, all ? _("no spaces yet; add one with 'hubdesk space add CODE'")
	                       : _("no spaces in use; 'hubdesk space list --all' shows retired ones"));
	for (size_t i = 0; i < n; i++) {
		table_row(t);
		table_str(t, v[i].code);
		table_str(t, f == TABLE_TEXT ? space_kind_text(v[i].kind) : v[i].kind);
		table_str(t, v[i].name);
		table_int(t, v[i].capacity);
		table_str(t, v[i].zone);
		if (v[i].map_col >= 0) {
			table_int(t, v[i].map_col);
			table_int(t, v[i].map_row);
		} else {
			table_null(t);
			table_null(t);
		}
		if (f == TABLE_TEXT)
			table_str(t, v[i].retired ? C_("space status", "retired")
			                          : C_("space status", "active"));
		else
			table_str(t, v[i].retired ? "retired" : "active");
	}
	table_print(t, f, stdout);
	table_free(t);
	free(v);
	return 0;
}

static int
run_space_retire(struct cli *cli, const struct cli_command *self, int argc, char **argv)
{
	const char *pos[1], *format = NULL;
	const struct cli_opt opts[] = { { "format", &format, NULL }, { NULL, NULL, NULL } };
	struct booking_affected *v;
	struct space sp;
	enum table_format f;
	size_t n;
	char *err = NULL;
	int rc;

	if ((rc = cli_args(self, argc, argv, opts, pos, 1, 1)) != 0 ||
	    (rc = cli_format(format, &f)) != 0 || (rc = cli_open(cli)) != 0)
		return rc;
	if ((rc = space_retire(cli->hd, pos[0], &v, &n, &err)) != HD_OK)
		return cli_fail(rc, err);
	if (f == TABLE_TEXT && space_get(cli->hd, pos[0], &sp, NULL) == HD_OK)
		printf(_("retired %s\n"), sp.code);
	cli_print_affected(v, n, f);
	free(v);
	return 0;
}

static const struct cli_command space_add_cmd = {
	"space add", "CODE [--kind desk|room|booth] [--name N] [--capacity N] [--zone Z] "
	"[--map COL,ROW] [--since DATE]", N_("add a space; prints its code"),
	N_("--since is the first day it counts as available (default today); visits and\n"
	"bookings before it are refused, so its figures never exceed what it offered.\n"),
	run_space_add,
};
static const struct cli_command space_edit_cmd = {
	"space edit", "CODE [--name N] [--capacity N] [--zone Z] [--map COL,ROW] [--since DATE]",
	N_("change a space; an empty value (--map '') clears it"), NULL, run_space_edit,
};
static const struct cli_command space_list_cmd = {
	"space list", "[--all] [--format text|csv|csv-fi|json]",
	N_("list the spaces in use (--all: retired ones too)"), NULL, run_space_list,
};
static const struct cli_command space_retire_cmd = {
	"space retire", "CODE [--format text|csv|csv-fi|json]",
	N_("stop using a space; its history stays, its bookings not yet used are cancelled"),
	N_("Its bookings not yet used are cancelled, even one that has begun; one checked\n"
	"in to is kept until its member leaves. Each is listed with what became of it:\n"
	"  cancelled 2026-12-07 09:00\xe2\x80\x93" "12:00 D01 AB3CD (UUID)\n"
	"or 'no bookings affected'; --format csv or json gives the list alone.\n"),
	run_space_retire,
};

const struct cli_command *const cli_space_subs[] = {
	&space_add_cmd, &space_edit_cmd, &space_list_cmd, &space_retire_cmd, NULL,
	};

static int
run_space(struct cli *cli, const struct cli_command *self, int argc, char **argv)
{
	return cli_dispatch(cli, self, argc, argv);
}

const struct cli_command cli_cmd_space = {
	"space", "add|edit|list|retire ...", N_("desks, rooms and booths"),
	"  space add CODE [--kind desk|room|booth] [--name N] [--capacity N] [--zone Z]\n"
	"            [--map COL,ROW] [--since DATE]\n"
	"  space edit CODE [--name N] [--capacity N] [--zone Z] [--map COL,ROW] [--since DATE]\n"
	"  space list [--all] [--format text|csv|csv-fi|json]\n"
	"  space retire CODE [--format text|csv|csv-fi|json]\n",
	run_space,
};
