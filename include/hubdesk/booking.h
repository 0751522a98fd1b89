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
	int64_t member_id;
	char member_code[MEMBER_CODE_LEN + 1];
	char member_name[HD_TEXT];
	time_t starts_at, ends_at;
	char status[12]; /* "booked", "checked-in", "cancelled", "no-show" */
	time_t created_at;
};

/* How early before its start a booking can be checked in to. */
#define BOOKING_EARLY_CHECKIN (15 * 60)
/* How long after its start a booking waits for its member before it counts
 * as a no-show. */
#define BOOKING_GRACE (30 * 60)

struct booking_request {
	const char *member_code, *space_code;
	struct local_date date;
	int from_min, to_min; /* -1, -1: the whole opening day */
};

/* Books, refusing (HD_REFUSED, with what would work instead) a retired space,
 * a closed day, times outside opening hours or in the past, a taken slot and
 * a member who already holds another booking at that time. */
enum hd_status booking_create(struct hubdesk *hd, const struct booking_request *r,
    struct booking *out, char **err);
/* Cancels a booked (not yet checked-in) booking. */
enum hd_status booking_cancel(struct hubdesk *hd, const char *uuid, struct booking *out, char **err);

struct booking_filter {
	time_t from, to;        /* bookings that overlap [from, to) */
	const char *member_code; /* NULL: any */
	const char *space_code;  /* NULL: any */
};
/* Newly allocated array in start order; the caller frees it. */
enum hd_status booking_list(struct hubdesk *hd, const struct booking_filter *f,
    struct booking **out, size_t *n, char **err);

#endif
