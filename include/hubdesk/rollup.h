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
/* Checks that no hub and month come twice; HD_INVALID naming both files. */
enum hd_status rollup_check(const struct rollup_item *items, size_t n, char **err);
/* Adds the items up into total; its peak is the largest of any hub (and
 * when it was), and label says which months it covers. */
void rollup_total(const struct rollup_item *items, size_t n, struct stats_month *total,
    char label[static 24]);

#endif
