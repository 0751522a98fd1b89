/* Bookings of a space by a member for a span of one opening day. */
#ifndef HUBDESK_BOOKING_H
#define HUBDESK_BOOKING_H

#include <stdint.h>
#include <time.h>

#include "hubdesk/member.h"
#include "hubdesk/space.h"

struct booking {
	int64_t id;
	char uuid[UUID_TEXT];
	int64_t space_id;
	char space_code[SPACE_CODE];
	char space_kind[8];
	int64_t member_id;
	char member_code[MEMBER_CODE_LEN + 1];
	char member_name[HD_TEXT];
	time_t starts_at, ends_at;
	char status[12]; /* "booked", "checked-in", "cancelled", "no-show" */
	time_t created_at;
	char series_uuid[UUID_TEXT]; /* empty: a single booking */
	char overridden[64];         /* rules staff set aside, or empty */
	char moved_from[SPACE_CODE]; /* the desk it was made for, when it moved */
};

struct booking_request {
	const char *member_code, *space_code;
	struct local_date date;
	int from_min, to_min; /* -1, -1: the whole opening day */
	bool override;        /* staff set the limits aside (recorded) */
	const char *series;   /* series UUID for a recurring booking, or NULL */
};

/* Books, refusing (HD_REFUSED, with what would work instead) a retired space,
 * a closed day, times outside opening hours or in the past, a taken slot and
 * a member who already holds another booking at that time. */
enum hd_status booking_create(struct hubdesk *hd, const struct booking_request *r,
    struct booking *out, char **err);
/* Cancels a booked (not yet checked-in) booking. as_member NULL acts as
 * staff (the command line, the staff screens): any booking, even one under
 * way. Otherwise the kiosk acts for that member: only their own booking,
 * and only before it starts. */
enum hd_status booking_cancel(struct hubdesk *hd, const char *uuid, const char *as_member,
    struct booking *out, char **err);

/* Recurring bookings: each occurrence is its own booking in one series. */
enum booking_repeat { BOOKING_DAILY, BOOKING_WEEKLY };
struct series_outcome {
	struct local_date date;
	enum hd_status status;         /* HD_OK: booked */
	const struct booking *booking; /* when booked */
	const char *why;               /* when refused */
};
/* Books r->date and its repetitions up to until (daily: every opening day;
 * weekly: the same weekday), calling each() for every occurrence once the
 * series is committed (never for a series that was not stored). Those
 * that break a rule or conflict are refused and the rest booked. Returns
 * HD_OK when all were booked, HD_REFUSED when any was refused, another
 * status (and nothing booked) when the request itself is wrong. */
enum hd_status booking_create_series(struct hubdesk *hd, const struct booking_request *r,
    enum booking_repeat repeat, struct local_date until,
    void (*each)(void *ctx, const struct series_outcome *o), void *ctx,
    char series[static UUID_TEXT], char **err);
/* Cancels a series' occurrences still to come. uuid is the series' UUID or
 * the UUID of any of its occurrences; a booking that belongs to no series
 * is refused. *cancelled says how many were cancelled. */
enum hd_status booking_cancel_series(struct hubdesk *hd, const char *uuid, int *cancelled,
    char **err);
/* Cancels a member's bookings to come that start on the days from..to:
 * going on holiday in one step. */
enum hd_status booking_cancel_range(struct hubdesk *hd, const char *member_code,
    struct local_date from, struct local_date to, int *cancelled, char **err);
/* What a staff change that touches bookings (closing a date, retiring a
 * space) did to each booking it found: the front ends list them all, so no
 * member's booking changes unseen. */
enum booking_fate {
	BOOKING_CANCELLED,      /* not yet used: cancelled */
	BOOKING_KEPT_UNDER_WAY, /* begun or checked in to: left as it was */
};
struct booking_affected {
	struct booking booking; /* as it stands after the change */
	enum booking_fate fate;
};
/* "cancelled" or "kept (under way)": how the front ends name a fate, the
 * same in every language for machines; marked N_, so people read _() of it. */
const char *booking_fate_text(enum booking_fate fate);

/* Spaces (of kind, or any when NULL) free for the whole span of date
 * (from_min -1: the whole opening day), newly allocated in code order. */
enum hd_status booking_free(struct hubdesk *hd, struct local_date date, int from_min,
    int to_min, const char *kind, struct space **out, size_t *n, char **err);

struct booking_filter {
	time_t from, to;        /* bookings that overlap [from, to) */
	const char *member_code; /* NULL: any */
	const char *space_code;  /* NULL: any */
};
/* Newly allocated array in start order; the caller frees it. */
enum hd_status booking_list(struct hubdesk *hd, const struct booking_filter *f,
    struct booking **out, size_t *n, char **err);

#endif
