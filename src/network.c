/* Pushing the hub's monthly dumps to the network (see network.h). The
 * dump is made exactly as `hubdesk dump` makes it, so what the central
 * database holds is what a file would have carried. */
#include <stdio.h>
#include <stdlib.h>
#include <stdbool.h>
#include <string.h>

#include "hubdesk/network.h"
#include "hubdesk/report.h"
#include "hubdesk/stats.h"
#include "hubdesk/store.h"
#include "hubdesk/xmalloc.h"
#include "domain.h"

enum hd_status
network_dump_text(struct hubdesk *hd, struct local_date first, char **text, char **err)
{
	struct stats_month *m = xmalloc(sizeof *m);
	struct hub_card card;
	enum hd_status rc;
	size_t len;
	FILE *f;

	*text = NULL;
	if ((rc = stats_month(hd, first, m, err)) != HD_OK ||
	    (rc = stats_require_complete(m, err)) != HD_OK ||
	    (rc = hub_card_of(hd, &card, err)) != HD_OK) {
		free(m);
		return rc;
	}
	if ((f = open_memstream(text, &len)) == NULL) {
		free(m);
		return hd_fail(err, HD_STORE, _("out of memory"));
	}
	report_dump(f, &hd->hub, &card, m, hd->now);
	free(m);
	if (fclose(f) != 0) {
		free(*text);
		*text = NULL;
		return hd_fail(err, HD_STORE, _("out of memory"));
	}
	return HD_OK;
}

/* The month the hub was made in, as a local first day. */
static enum hd_status
created_month(struct hubdesk *hd, struct local_date *first, char **err)
{
	time_t created;
	int minute;

	if (store_hub_created(hd->store, &created) != STORE_OK)
		return domain_store_fail(hd, err);
	caltime_from_utc(created, first, &minute);
	first->day = 1;
	return HD_OK;
}

enum hd_status
network_push_month(struct hubdesk *hd, struct central *c, struct local_date first,
    char result[static 16], char **err)
{
	char *text, month[8], generated[32] = "";
	struct local_date made;
	const char *g;
	enum hd_status rc;

	result[0] = '\0';
	if ((rc = created_month(hd, &made, err)) != HD_OK)
		return rc;
	if (first.year < made.year || (first.year == made.year && first.month < made.month))
		return hd_fail(err, HD_REFUSED, _("the hub was made in %04d-%02d; it has no month "
		    "before that to push"), made.year, made.month);
	if ((rc = network_dump_text(hd, first, &text, err)) != HD_OK)
		return rc;
	if ((g = strstr(text, "\"generated_at\": \"")) != NULL)
		snprintf(generated, sizeof generated, "%.20s", g + strlen("\"generated_at\": \""));
	rc = central_push(c, text, result, err);
	free(text);
	if (rc != HD_OK)
		return rc;
	/* Acknowledged: recorded, so the month is no longer pending. Should
	 * this fail, the month is pushed again later and the database answers
	 * "unchanged": nothing is stored twice. */
	snprintf(month, sizeof month, "%04d-%02d", first.year, first.month);
	if ((rc = domain_begin(hd, err)) != HD_OK)
		return rc;
	if (store_push_record(hd->store, month, hd->now, result, generated) != STORE_OK)
		return domain_abort(hd, domain_store_fail(hd, err));
	return domain_commit(hd, err);
}

struct month_list {
	char (*month)[8];
	size_t n, cap;
};

static int
take_month(void *ctx, const char *const *fields, int n)
{
	struct month_list *l = ctx;

	if (n < 1 || fields[0] == NULL)
		return 0;
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 32;
		l->month = xreallocarray(l->month, l->cap, sizeof *l->month);
	}
	snprintf(l->month[l->n++], 8, "%.7s", fields[0]);
	return 0;
}

static bool
listed(const struct month_list *l, const char *month)
{
	for (size_t i = 0; i < l->n; i++)
		if (strcmp(l->month[i], month) == 0)
			return true;
	return false;
}

enum hd_status
network_pending(struct hubdesk *hd, struct central *c, struct local_date **months, size_t *n,
    char **err)
{
	struct month_list held = { 0 };
	struct local_date d, now;
	size_t cap = 0;
	enum hd_status rc;
	int minute;

	*months = NULL;
	*n = 0;
	if ((rc = created_month(hd, &d, err)) != HD_OK)
		return rc;
	/* What the database holds decides, not this hub's own record of its
	 * pushes, so that a new or restored database is filled again. */
	if ((rc = central_hub_months(c, hd->hub.uuid, take_month, &held, err)) != HD_OK)
		return rc;
	caltime_from_utc(hd->now, &now, &minute);
	/* Every month that has ended: up to the one before now's. */
	while (d.year < now.year || (d.year == now.year && d.month < now.month)) {
		char label[8];
		snprintf(label, sizeof label, "%04d-%02d", d.year, d.month);
		if (!listed(&held, label)) {
			if (*n == cap) {
				cap = cap ? cap * 2 : 16;
				*months = xreallocarray(*months, cap, sizeof **months);
			}
			(*months)[(*n)++] = d;
		}
		d.month = d.month == 12 ? 1 : d.month + 1;
		d.year += d.month == 1;
	}
	free(held.month);
	return HD_OK;
}
