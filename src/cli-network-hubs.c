/* network hubs: the network's directory, each hub's public card from its
 * newest dump and the desks free on a day, read from the central database
 * (docs/network.md). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "hubdesk/central.h"
#include "hubdesk/cli.h"
#include "hubdesk/csv.h"
#include "hubdesk/i18n.h"
#include "hubdesk/json.h"
#include "hubdesk/network.h"
#include "hubdesk/numfmt.h"
#include "hubdesk/outfile.h"
#include "hubdesk/report.h"
#include "hubdesk/table.h"
#include "hubdesk/text.h"
#include "hubdesk/xmalloc.h"

/* One hub of the directory, from its newest dump's card. */
struct hub_row {
	char *uuid, *name, *municipality, *region, *card, *free_desks;
};

struct hub_rows {
	struct hub_row *rows;
	size_t n, cap;
};

static int
take_hub(void *ctx, const char *const *f, int n)
{
	struct hub_rows *r = ctx;
	struct hub_row *h;

	if (n < 6)
		return HD_STORE;
	if (r->n == r->cap) {
		r->cap = r->cap ? r->cap * 2 : 64;
		r->rows = xreallocarray(r->rows, r->cap, sizeof *r->rows);
	}
	h = &r->rows[r->n++];
	h->uuid = cli_network_printable(f[0]);
	h->name = cli_network_printable(f[1]);
	h->municipality = cli_network_printable(f[2]);
	h->region = cli_network_printable(f[3] != NULL ? f[3] : "");
	h->card = xstrdup(f[4] != NULL ? f[4] : "{}");
	h->free_desks = xstrdup(f[5] != NULL ? f[5] : "[]");
	return 0;
}

static void
hub_rows_free(struct hub_rows *r)
{
	for (size_t i = 0; i < r->n; i++) {
		free(r->rows[i].uuid);
		free(r->rows[i].name);
		free(r->rows[i].municipality);
		free(r->rows[i].region);
		free(r->rows[i].card);
		free(r->rows[i].free_desks);
	}
	free(r->rows);
}

/* What a hub's card and free desks say, read from their JSON. */
struct card {
	char address[256], email[256], hours[160];
	int desks, rooms;
	int free;      /* desks free all day on the date; -1: not known */
	bool open;
};

static void
read_card(const struct hub_row *h, const char *date, struct card *out)
{
	static const char *const days[] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };
	char *err = NULL;
	struct json *card = json_parse(h->card, strlen(h->card), &err);
	struct json *fd;
	const struct json *hours;
	size_t o = 0;

	free(err);
	err = NULL;
	memset(out, 0, sizeof *out);
	out->free = -1;
	if (card != NULL) {
		text_copy_printable(out->address, sizeof out->address,
		    json_string(card, "address") != NULL ? json_string(card, "address") : "");
		text_copy_printable(out->email, sizeof out->email,
		    json_string(card, "email") != NULL ? json_string(card, "email") : "");
		out->desks = (int)json_number(card, "desks", 0);
		out->rooms = (int)json_number(card, "rooms", 0);
		hours = json_get(card, "hours");
		for (int i = 0; i < 7 && hours != NULL; i++) {
			const char *span = json_string(hours, days[i]);
			char wd[32], clean[32];
			if (span == NULL || o >= sizeof out->hours)
				continue;
			int oh, om, ch, cm;
			char a[I18N_DATE_MAX], b[I18N_DATE_MAX];
			/* Written for people as the language writes times (8.00–17.00). */
			if (sscanf(span, "%2d:%2d-%2d:%2d", &oh, &om, &ch, &cm) == 4)
				snprintf(clean, sizeof clean, "%s\xe2\x80\x93%s", i18n_time(a, sizeof a, oh * 60 + om),
				    i18n_time(b, sizeof b, ch * 60 + cm));
			else
				text_copy_printable(clean, sizeof clean, span);
			o += (size_t)snprintf(out->hours + o, sizeof out->hours - o, "%s%s %s",
			    o ? ", " : "", i18n_weekday(wd, sizeof wd, i), clean);
		}
		json_free(card);
	}
	fd = json_parse(h->free_desks, strlen(h->free_desks), &err);
	free(err);
	for (size_t i = 0; fd != NULL && fd->type == JSON_ARRAY && i < fd->n; i++) {
		const char *d = json_string(fd->items[i], "date");
		const struct json *open = json_get(fd->items[i], "open");
		if (d != NULL && strcmp(d, date) == 0) {
			out->free = (int)json_number(fd->items[i], "free", 0);
			out->open = open != NULL && open->type == JSON_BOOL && open->boolean;
		}
	}
	json_free(fd);
}

static void
write_hubs(FILE *out, const char *format, const struct hub_rows *hubs, const char *date)
{
	const char *heads[] = { _("hub"), C_("report", "municipality"), C_("report", "region"),
		_("opening hours"), _("desks"), _("rooms"), _("free desks"), _("address"),
		_("e-mail") };
	char title[128], free_text[64], desks[16], rooms[16];
	struct card k;

	snprintf(title, sizeof title, _("Hubs with free desks on %s"), date);
	if (strcmp(format, "json") == 0)
		fprintf(out, "{\n  \"date\": \"%s\",\n  \"hubs\": [", date);
	else if (strcmp(format, "html") == 0) {
		report_html_page_open(out, _("The network's hubs"), title);
		report_html_table(out, NULL, 9, heads);
	}
	for (size_t i = 0; i < hubs->n; i++) {
		const struct hub_row *h = &hubs->rows[i];
		read_card(h, date, &k);
		if (k.free < 0)
			snprintf(free_text, sizeof free_text, "%s", _("not known"));
		else if (!k.open)
			snprintf(free_text, sizeof free_text, "%s", _("closed"));
		else
			snprintf(free_text, sizeof free_text, "%d", k.free);
		snprintf(desks, sizeof desks, "%d", k.desks);
		snprintf(rooms, sizeof rooms, "%d", k.rooms);
		if (strcmp(format, "json") == 0) {
			fputs(i ? ",\n    {\"uuid\": " : "\n    {\"uuid\": ", out);
			table_json_string(out, h->uuid);
			fputs(", \"card\": ", out);
			fputs(h->card, out);
			fputs(", \"free_desks\": ", out);
			if (k.free < 0)
				fputs("null", out);
			else
				fprintf(out, "{\"date\": \"%s\", \"open\": %s, \"free\": %d}", date,
				    k.open ? "true" : "false", k.free);
			fputs("}", out);
		} else if (strcmp(format, "html") == 0) {
			const char *cells[] = { h->name, report_municipality(h->municipality), h->region,
				k.hours, desks, rooms, free_text, k.address, k.email };
			report_html_row(out, 9, cells);
		} else {
			if (h->region[0] != '\0')
				fprintf(out, "%s, %s (%s)\n", h->name, report_municipality(h->municipality),
				    h->region);
			else
				fprintf(out, "%s, %s\n", h->name, report_municipality(h->municipality));
			fprintf(out, "  %s: %s; %s: %s; %s: %s\n", _("free desks"), free_text, _("desks"),
			    desks, _("rooms"), rooms);
			if (k.hours[0] != '\0')
				fprintf(out, "  %s\n", k.hours);
			if (k.address[0] != '\0')
				fprintf(out, "  %s\n", k.address);
			if (k.email[0] != '\0')
				fprintf(out, "  %s\n", k.email);
		}
	}
	if (strcmp(format, "json") == 0)
		fputs(hubs->n ? "\n  ]\n}\n" : "]\n}\n", out);
	else if (strcmp(format, "html") == 0) {
		report_html_table_end(out);
		report_html_page_close(out, false);
	}
}

/* The day of the directory: DATE as other commands take it, against a
 * today from --now or the clock, for no hub database need be at hand. */
static int
directory_day(const struct cli *cli, const char *s, struct local_date *d)
{
	struct local_date today;
	char safe[TEXT_SAFE];
	int minute;

	if (cli->now == NULL || caltime_parse_datetime(cli->now, &today, &minute) != 0)
		caltime_from_utc(time(NULL), &today, &minute);
	if (s == NULL || strcmp(s, "today") == 0) {
		*d = today;
		return 0;
	}
	if (strcmp(s, "tomorrow") == 0) {
		*d = caltime_add_days(today, 1);
		return 0;
	}
	if (caltime_parse_day(s, today, d) == 0)
		return 0;
	fprintf(stderr, _("hubdesk: '%s' is not a date; write it as %s (or today, tomorrow)\n"),
	    text_safe(s, safe), caltime_day_forms());
	return HD_INVALID;
}

static int
run_network_hubs(struct cli *cli, const struct cli_command *self, int argc, char **argv)
{
	const char *region = NULL, *date = NULL, *format = NULL, *output = NULL, *from = NULL;
	const char *conn;
	const struct cli_opt opts[] = {
		{ "region", &region, NULL }, { "date", &date, NULL }, { "format", &format, NULL },
		{ "output", &output, NULL }, { "from", &from, NULL }, { NULL, NULL, NULL },
	};
	struct hub_rows hubs = { 0 };
	struct central *c;
	struct local_date d;
	struct outfile out;
	char *err = NULL, day[11];
	enum hd_status st;
	int rc;

	if ((rc = cli_args(self, argc, argv, opts, NULL, 0, 0)) != 0 ||
	    (rc = cli_output_args(cli, self, &format, output)) != 0)
		return rc;
	if (strcmp(format, "csv") == 0 || strcmp(format, "csv-fi") == 0)
		return cli_usage_error(self, _("--format %s: network hubs writes text, json or html"),
		    format);
	if ((rc = directory_day(cli, date, &d)) != 0)
		return rc;
	snprintf(day, sizeof day, "%04d-%02d-%02d", d.year, d.month, d.day);
	if ((conn = cli_network_conninfo(cli, self, from, "--from")) == NULL)
		return HD_INVALID;
	if ((rc = cli_network_open(conn, &c)) != 0)
		return rc;
	{
		const char *p[] = { region != NULL ? region : "" };
		st = central_query(c, "SELECT uuid, name, municipality, region, card::text, "
		    "free_desks::text FROM hubdesk.hub WHERE $1 = '' OR region = $1 "
		    "ORDER BY region, municipality, name, uuid", 1, p, take_hub, &hubs, &err);
	}
	central_close(c);
	if (st == HD_OK && hubs.n == 0) {
		char safe[TEXT_SAFE];
		st = HD_INVALID;
		err = region != NULL ?
		    xasprintf(_("the network's database holds no hub in the region %s"),
		    text_safe(region, safe)) :
		    xasprintf(_("the network's database holds no hub yet; hubs appear with their "
		    "first push"));
	}
	if (st != HD_OK)
		rc = cli_fail(st, err);
	else if ((rc = cli_output_open(cli, &out, output, false)) == 0) {
		write_hubs(out.f, format, &hubs, day);
		rc = cli_output_done(&out);
	}
	hub_rows_free(&hubs);
	return rc;
}

const struct cli_command cli_cmd_network_hubs = {
	"network hubs", "[--region R] [--date DATE] [--format text|json|html] [--output FILE] "
	"[--from CONNINFO]",
	N_("the network's hubs with their cards and free desks on a day (default today)"),
	N_("Each hub as its newest dump describes it: name, municipality, opening hours,\n"
	"desks and rooms, address and e-mail where the hub gave them, and the desks free\n"
	"for the whole of DATE (within 14 days of that dump). The HTML is one page a\n"
	"network can publish.\n"),
	run_network_hubs,
};

