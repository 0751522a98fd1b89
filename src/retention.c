/* Retention of guests' personal fields and of audit rows (see
 * retention.h). */
#include <stdio.h>
#include <string.h>

#include "hubdesk/audit.h"
#include "hubdesk/retention.h"
#include "hubdesk/store.h"
#include "domain.h"

/* The day of the last purge, so that the sweep runs once a day: audit rows
 * come of age all the time, and a purge on every write would be one more
 * transaction each time. */
#define RETENTION_LAST_RUN "retention.last-run"

static void
retention_limits(struct hubdesk *hd, struct retention_counts *c)
{
	memset(c, 0, sizeof *c);
	c->days = hd->rules.retention_days;
	c->cutoff = hd->now - (time_t)c->days * 86400;
}

static const char *
retention_today(struct hubdesk *hd, char day[static 11])
{
	struct local_date d;
	int minute;

	caltime_from_utc(hd->now, &d, &minute);
	return caltime_format_date(d, day);
}

/* Inside the caller's transaction: purges, audits the counts, remembers
 * the day. */
static enum hd_status
retention_tx(struct hubdesk *hd, struct retention_counts *c, char **err)
{
	char detail[96], day[11];
	enum hd_status rc;

	if (store_retention_purge(hd->store, c->cutoff, &c->guests, &c->audit) != STORE_OK)
		return domain_store_fail(hd, err);
	snprintf(detail, sizeof detail, "{\"retention_days\":%d,\"guests\":%d,\"audit\":%d}",
	    c->days, c->guests, c->audit);
	if ((rc = audit_note(hd, "retention.run", NULL, detail, err)) != HD_OK)
		return rc;
	if (store_setting_set(hd->store, RETENTION_LAST_RUN, retention_today(hd, day)) != STORE_OK)
		return domain_store_fail(hd, err);
	return HD_OK;
}

enum hd_status
retention_purge(struct hubdesk *hd, bool dry_run, struct retention_counts *c, char **err)
{
	enum hd_status rc;

	retention_limits(hd, c);
	if ((rc = hub_require(hd, err)) != HD_OK)
		return rc;
	if (!dry_run && (rc = domain_require_admin(hd, _("purge data before its time"), err)) != HD_OK)
		return rc;
	if (dry_run) {
		if (store_retention_count(hd->store, c->cutoff, &c->guests, &c->audit) != STORE_OK)
			return domain_store_fail(hd, err);
		return HD_OK;
	}
	/* Not domain_begin: its sweep would purge first, as the clock, and
	 * leave this run nothing to say. */
	if ((rc = domain_begin_as(hd, hd->role, err)) != HD_OK)
		return rc;
	if ((rc = retention_tx(hd, c, err)) != HD_OK)
		return domain_abort(hd, rc);
	return domain_commit(hd, err);
}

enum hd_status
retention_sweep(struct hubdesk *hd, char **err)
{
	struct retention_counts c;
	char last[16], day[11];
	enum hd_status rc;

	/* Only the owner's processes purge by themselves: anyone else who may
	 * write the file could otherwise bring the purge forward with a clock
	 * (--now) or a config file (retention_days) of their own. The kiosk,
	 * run by the owner, purges with the first change of each day. */
	if (!hd->has_hub || !hd->owner)
		return HD_OK;
	/* Once a day per process is enough: a kiosk does not count old rows
	 * again before every check-in of the day. */
	if (strcmp(hd->retention_checked, retention_today(hd, day)) == 0)
		return HD_OK;
	retention_limits(hd, &c);
	switch (store_setting_get(hd->store, RETENTION_LAST_RUN, last, sizeof last)) {
	case STORE_OK:
		if (strcmp(last, day) == 0) {
			snprintf(hd->retention_checked, sizeof hd->retention_checked, "%s", day);
			return HD_OK;
		}
		break;
	case STORE_NOTFOUND:
		break;
	default:
		return domain_store_fail(hd, err);
	}
	if (store_retention_count(hd->store, c.cutoff, &c.guests, &c.audit) != STORE_OK)
		return domain_store_fail(hd, err);
	if (c.guests == 0 && c.audit == 0) {
		snprintf(hd->retention_checked, sizeof hd->retention_checked, "%s", day);
		return HD_OK;
	}
	if ((rc = domain_begin_as(hd, HD_ROLE_CLOCK, err)) != HD_OK)
		return rc;
	if ((rc = retention_tx(hd, &c, err)) != HD_OK)
		return domain_abort(hd, rc);
	if ((rc = domain_commit(hd, err)) == HD_OK)
		snprintf(hd->retention_checked, sizeof hd->retention_checked, "%s", day);
	return rc;
}
