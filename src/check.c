/* hubdesk check: what is wrong with a hub's database (see backup.h). */
#include <stdlib.h>
#include <string.h>

#include "hubdesk/backup.h"
#include "hubdesk/lifecycle.h"
#include "hubdesk/store.h"
#include "hubdesk/xmalloc.h"
#include "domain.h"

static void
check_add(char ***v, size_t *n, char *text)
{
	*v = xreallocarray(*v, *n + 1, sizeof **v);
	(*v)[(*n)++] = text;
}

/* A store call that failed on the way is itself a finding: the file
 * cannot be read whole. */
static void
check_store_failed(struct hubdesk *hd, struct check_result *r)
{
	check_add(&r->findings, &r->nfindings, xasprintf(_("cannot read the database: %s"),
	    store_error(hd->store)));
}

static void
check_overlaps(struct hubdesk *hd, struct check_result *r)
{
	struct store_overlap *o;
	size_t n;
	char a[DOMAIN_WORDS], b[DOMAIN_WORDS];

	if (store_check_overlaps(hd->store, &o, &n) != STORE_OK) {
		check_store_failed(hd, r);
		return;
	}
	for (size_t i = 0; i < n; i++)
		check_add(&r->findings, &r->nfindings, xasprintf(_("the bookings %s (%s) and %s (%s) "
		    "of %s overlap"), o[i].a, domain_local(o[i].a_start, a), o[i].b,
		    domain_local(o[i].b_start, b), o[i].space));
	free(o);
}

static void
check_open_twice(struct hubdesk *hd, struct check_result *r)
{
	struct store_open_twice *o;
	size_t n;

	if (store_check_open_twice(hd->store, &o, &n) != STORE_OK) {
		check_store_failed(hd, r);
		return;
	}
	for (size_t i = 0; i < n; i++)
		check_add(&r->findings, &r->nfindings, xasprintf(o[i].space ?
		    _("the space %s has %d open visits") : _("the member %s has %d open visits"),
		    o[i].code, o[i].visits));
	free(o);
}

/* Open visits as the lifecycle sees them at now (lifecycle.c): one past
 * its day's closing reads as closed and the next change records it, so it
 * is a note; one that begins after now cannot have happened. */
static void
check_open_visits(struct hubdesk *hd, struct check_result *r)
{
	struct visit *v;
	size_t n;
	char a[DOMAIN_WORDS], b[DOMAIN_WORDS];

	if (store_visit_open_list(hd->store, &v, &n) != STORE_OK) {
		check_store_failed(hd, r);
		return;
	}
	for (size_t i = 0; i < n; i++) {
		time_t closes = lifecycle_closing_after(hd, v[i].in_at);
		const char *who = v[i].is_guest ? v[i].name : v[i].member_code;

		if (v[i].in_at > hd->now)
			check_add(&r->findings, &r->nfindings, xasprintf(_("the open visit %s of %s "
			    "begins at %s, after now"), v[i].uuid, who, domain_local(v[i].in_at, a)));
		else if (closes <= hd->now)
			check_add(&r->notes, &r->nnotes, xasprintf(_("the visit %s of %s, open since "
			    "%s, reads as closed at %s; the next change records it"), v[i].uuid, who,
			    domain_local(v[i].in_at, a), domain_local(closes, b)));
	}
	free(v);
}

enum hd_status
check_run(struct hubdesk *hd, struct check_result *r)
{
	struct store_facts f = { 0 };

	memset(r, 0, sizeof *r);
	if (store_facts(hd->store, &f) != STORE_OK) {
		check_store_failed(hd, r);
		return HD_STORE;
	}
	backup_facts_from(&f, &r->facts);
	r->integrity_ok = f.problems == 0;
	for (int i = 0; i < f.problems; i++)
		check_add(&r->findings, &r->nfindings, xasprintf(_("damage: %s"), f.problem[i]));
	if (f.level != store_schema_level())
		check_add(&r->findings, &r->nfindings, xasprintf(_("the schema level is %d, not %d"),
		    f.level, store_schema_level()));
	check_overlaps(hd, r);
	check_open_twice(hd, r);
	check_open_visits(hd, r);
	return r->nfindings == 0 ? HD_OK : HD_STORE;
}

void
check_result_free(struct check_result *r)
{
	for (size_t i = 0; i < r->nfindings; i++)
		free(r->findings[i]);
	for (size_t i = 0; i < r->nnotes; i++)
		free(r->notes[i]);
	free(r->findings);
	free(r->notes);
	memset(r, 0, sizeof *r);
}
