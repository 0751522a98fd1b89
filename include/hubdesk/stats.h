/* The figures of one month, exactly as docs/metrics.md defines them: what
 * the staff screen, the report, the monthly dump and the roll-up show. */
#ifndef HUBDESK_STATS_H
#define HUBDESK_STATS_H

#include "hubdesk/hub.h"

#define STATS_CATEGORIES 4   /* member_categories, in that order */
/* Names listed one by one: Finland has 308 municipalities, and a hub a
 * few dozen rooms. Past the limit a count goes to "other", never lost. */
#define STATS_MAX_NAMES 320
#define STATS_MAX_ROOMS 64
#define STATS_NAME 96         /* bytes of a listed name */

struct stats_count {
	char name[STATS_NAME];
	double value;
};
/* Adds v to name's entry of list (n entries, at most max), making one; a
 * full list adds to its "other" entry instead. */
void stats_count_add(struct stats_count *list, int *n, int max, const char *name, double v);
/* Most first, ties by name, then "other" and "unknown": the order a list of
 * places is read in. */
void stats_sort_counts(struct stats_count *list, int n);

/* Figures left out of what is published (cells.h): a breakdown whole, or
 * single cells of one, indexed as the month's own arrays (heat by weekday
 * × 24 + hour). */
struct stats_withheld {
	bool categories, municipalities, from_elsewhere, peak;
	bool heat_all, days_all, rooms_all;
	bool heat[7 * 24], day[31], room[STATS_MAX_ROOMS];
};

struct stats_month {
	struct local_date first;   /* the 1st of the month */
	int days;                  /* in the month */
	bool open[31];             /* the hub opened that day */
	double available[31];      /* desk-hours: desks in use that day × open hours */
	double occupied[31];       /* desk-hours of member visits at desks, in open hours */
	double heat[7][24];        /* occupied desk-hours by weekday (0 = Monday) × hour */
	int first_hour, last_hour; /* the hours the hub was open in the month */
	/* The figures run up to through: the month's end when it has ended
	 * (complete), else now, and nothing after it counts. */
	bool complete;
	time_t through;
	char through_label[17];    /* through as local "YYYY-MM-DD HH:MM" */

	double available_desk_hours, booked_desk_hours, occupied_desk_hours;
	double booking_rate, occupancy_rate;
	int bookings, no_shows;
	double no_show_rate;
	int visits, guest_visits, unique_visitors, visitor_days, new_members, organisations;
	int peak_presence;
	time_t peak_at;            /* 0: nobody came */
	char peak_label[17];       /* peak_at as local "YYYY-MM-DD HH:MM", or "" */
	double room_booked_hours;
	struct stats_count rooms[STATS_MAX_ROOMS]; /* hours per room */
	int nrooms;
	int category_visits[STATS_CATEGORIES], category_unique[STATS_CATEGORIES];
	struct stats_count municipalities[STATS_MAX_NAMES]; /* unique visitors; "unknown" last */
	int nmunicipalities;
	int from_elsewhere;        /* unique visitors from another (known) municipality */
	/* The cells whose people may overlap (hours of the week, days, rooms)
	 * that a published version must withhold, as stats_month found them
	 * from who made each cell, or as a dump withheld them. */
	struct stats_withheld unsafe;
	/* What cells_publish withheld; nothing in the staff's full view. */
	struct stats_withheld withheld;
};

/* The month that contains the local date any_day: up to now (hd->now) when
 * it is in progress. Refuses (HD_REFUSED) a month that has not begun. */
enum hd_status stats_month(struct hubdesk *hd, struct local_date any_day, struct stats_month *out,
    char **err);
/* HD_OK if m is of a month that has ended, else HD_REFUSED saying so: for
 * what must not change once written, such as the monthly dump. */
enum hd_status stats_require_complete(const struct stats_month *m, char **err);

#endif
