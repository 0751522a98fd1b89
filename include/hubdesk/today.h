/* The hub at a glance: what the home screen and `hubdesk status` show. */
#ifndef HUBDESK_TODAY_H
#define HUBDESK_TODAY_H

#include <stdbool.h>
#include <time.h>

#include "hubdesk/hub.h"

struct today {
	struct local_date date;
	bool open;            /* the hub opens today */
	time_t opens, closes; /* today's hours when open */
	int desks;            /* desks in use (not retired) */
	int desks_free_now;   /* no booking now and nobody sitting there */
	int desks_free_rest;  /* free from now until closing */
	int members_in, guests_in;
	int bookings_today;   /* active bookings starting today */
};

enum hd_status today_get(struct hubdesk *hd, struct today *out, char **err);

#endif
