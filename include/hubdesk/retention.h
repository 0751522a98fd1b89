/* Retention: guests' names, purposes and hosts, and audit rows, are kept
 * retention_days (a rule; 90 by default). Past it a guest's visit stays as
 * an anonymous row the statistics count as before, and the audit row goes.
 * No process needs to run: the first write of a day purges what is due. */
#ifndef HUBDESK_RETENTION_H
#define HUBDESK_RETENTION_H

#include <stdbool.h>
#include <time.h>

#include "hubdesk/hub.h"

struct retention_counts {
	int days;      /* retention_days in force */
	time_t cutoff; /* what began before this is past it */
	int guests;    /* guests' visits blanked (or to blank) */
	int audit;     /* audit rows deleted (or to delete) */
};

/* Purges now what is past the limit, in a transaction of its own audited
 * with the counts; dry_run: only counts, and writes nothing. */
enum hd_status retention_purge(struct hubdesk *hd, bool dry_run, struct retention_counts *c,
    char **err);

/* Before a write (domain_begin): the purge as the clock, at most once a
 * day and only when something is past the limit; when nothing is due it
 * only reads. */
enum hd_status retention_sweep(struct hubdesk *hd, char **err);

#endif
