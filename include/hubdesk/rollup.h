/* The network's roll-up: monthly dumps of many hubs read back, checked and
 * added up. Hours and counts are summed and rates recomputed from the sums
 * (never averaged); unique visitors and organisations can only be summed
 * over hubs, and say so. */
#ifndef HUBDESK_ROLLUP_H
#define HUBDESK_ROLLUP_H

#include "hubdesk/report.h"

struct rollup_item {
	char file[256];
	struct report_hub hub;
	char month[8];            /* YYYY-MM */
	struct stats_month m;     /* m.peak_label: the dump's peak_at */
};

/* Reads one dump. HD_INVALID with a message naming the file and why it is
 * refused (a directory, not a dump, a newer version, a missing figure);
 * HD_STORE when it cannot be read ("cannot read FILE: REASON"). */
enum hd_status rollup_read(const char *path, struct rollup_item *out, char **err);
/* rollup_read's reading of the text of a dump (len bytes) called name in
 * its messages: the roll-up's whole judgement of a dump, without a file. */
enum hd_status rollup_parse(const char *name, const char *text, size_t len,
    struct rollup_item *out, char **err);
/* The hub-months a roll-up has read, and the file each came from. */
struct rollup_seen;
struct rollup_seen *rollup_seen_new(void);
/* HD_INVALID naming both files when the item's hub and month came before. */
enum hd_status rollup_seen_add(struct rollup_seen *s, const struct rollup_item *it, char **err);
void rollup_seen_free(struct rollup_seen *s);

/* The running total of a roll-up: the dumps are added one at a time, so
 * its memory does not grow with their number. */
struct rollup_total {
	struct stats_month m;   /* its peak: the largest of any hub, and when */
	size_t dumps;
	char lo[8], hi[8];      /* the first and last month added */
	/* The hours summed exactly, in ten-thousandths (rollup_e4). */
	long long available_e4, booked_e4, occupied_e4, room_e4;
};
void rollup_begin(struct rollup_total *t);
/* Adds one dump; HD_INVALID (and nothing added) when a sum would overflow. */
enum hd_status rollup_add(struct rollup_total *t, const struct rollup_item *it, char **err);
/* Rates from the sums, the small-cell rule, and label: the months covered. */
void rollup_end(struct rollup_total *t, char label[static 24]);

/* Hours as whole ten-thousandths: a dump's hours have at most four
 * decimals, so this is exact. */
long long rollup_e4(double hours);
/* num / den rounded half up to four decimals (0 when den is 0): the rule
 * of the roll-up's rates, which the central database's views follow. */
double rollup_rate(long long num, long long den);

#endif
