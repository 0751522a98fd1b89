/* Utilisation of one month, as docs/metrics.md defines it: desk-hours
 * available and occupied, per day and per weekday × hour. */
#ifndef HUBDESK_STATS_H
#define HUBDESK_STATS_H

#include "hubdesk/hub.h"

struct stats_month {
	struct local_date first;   /* the 1st of the month */
	int days;                  /* in the month */
	bool open[31];             /* the hub opened that day */
	double available[31];      /* desk-hours: desks in use that day × open hours */
	double occupied[31];       /* desk-hours of member visits at desks, in open hours */
	double heat[7][24];        /* occupied desk-hours by weekday (0 = Monday) × hour */
	double available_total, occupied_total;
	int first_hour, last_hour; /* the hours the hub was open in the month */
};

/* The month that contains the local date any_day. */
enum hd_status stats_month(struct hubdesk *hd, struct local_date any_day, struct stats_month *out,
    char **err);

#endif
