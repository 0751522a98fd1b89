/* The visitor log: members checking in and out, and guests signing in. */
#ifndef HUBDESK_VISIT_H
#define HUBDESK_VISIT_H

#include <stdbool.h>
#include <stdint.h>
#include <time.h>

#include "hubdesk/booking.h"

/* How a member was checked in: what the kiosk and the command line say. */
enum checkin_how {
	CHECKIN_NO_DESK,         /* in the hub, at no particular space */
	CHECKIN_WALK_IN,         /* a free space, held until desk_free_until or closing */
	CHECKIN_BOOKED,          /* to their booking, at its desk */
	CHECKIN_MOVED,           /* to their booking; its desk was in use, so it moved */
	CHECKIN_STANDBY,         /* to their booking; its desk is in use and no desk is free
	                            for all of it, so they sit elsewhere for now */
	CHECKIN_EARLY,           /* before the booking's window, at its desk */
	CHECKIN_EARLY_ELSEWHERE, /* before the window, at a free desk; the booked desk is
	                            theirs from its start */
};

struct visit {
	int64_t id;
	int64_t member_id;                     /* 0 for a guest */
	char uuid[UUID_TEXT];
	bool is_guest;
	char member_code[MEMBER_CODE_LEN + 1]; /* the member, or a guest's host */
	char name[HD_TEXT];                    /* member's or guest's name */
	char host_name[HD_TEXT];
	char purpose[HD_TEXT];
	int64_t space_id;                      /* 0: no space */
	char space_code[SPACE_CODE];
	char space_kind[8];
	char booking_uuid[UUID_TEXT];          /* empty: walk-in */
	time_t in_at, out_at;                  /* out_at 0: still in */
	time_t desk_free_until;                /* set by check-in: when the desk is
	                                          booked next today (0: all day) */
	bool auto_closed;                      /* closed by the sweep at closing */
	time_t hold_until;                     /* the hold on the space (0: none) */
	/* Set by check-in only: */
	enum checkin_how how;
	char booked_space[SPACE_CODE];         /* the desk booked, when not space_code */
	time_t booking_starts, booking_ends;   /* the booking taken or kept */
};

/* space_code: NULL for no particular space, "any" for a free desk, else a
 * space code. at: when it happened (the clock's now unless a correction).
 * A member with a booking in its window is checked in to it (at another
 * desk of its kind when someone sits at theirs); one with a booking later
 * that day keeps it (at its desk when that is free until it starts). */
enum hd_status visit_checkin(struct hubdesk *hd, const char *member_code,
    const char *space_code, time_t at, struct visit *out, char **err);
enum hd_status visit_checkout(struct hubdesk *hd, const char *member_code, time_t at,
    struct visit *out, char **err);
enum hd_status visit_guest_in(struct hubdesk *hd, const char *name, const char *host_code,
    const char *purpose, time_t at, struct visit *out, char **err);
enum hd_status visit_guest_out(struct hubdesk *hd, const char *uuid, time_t at,
    struct visit *out, char **err);
/* The check-in's place in words for a confirmation: "D05 (booked)",
 * "D07 (booked; moved from D05, which is in use)", "D02 (walk-in)". */
const char *visit_checkin_note(const struct visit *v, char *buf, size_t n);
/* What typing a member code at the kiosk would do now. */
enum kiosk_step {
	KIOSK_CHECK_OUT,  /* the member is in: check them out */
	KIOSK_BOOKED,     /* a booking can be checked in to */
	KIOSK_OFFER_DESK, /* no booking: offer the walk-in a free desk */
	KIOSK_NO_DESK,    /* no booking and no free desk: in without a desk */
};

struct kiosk_plan {
	enum kiosk_step step;
	char member_code[MEMBER_CODE_LEN + 1];
	char short_name[HD_TEXT]; /* "Aino Ä.": all the kiosk shows of a person */
	char space_code[SPACE_CODE]; /* the booked, current or offered space */
	time_t since;                /* KIOSK_CHECK_OUT: checked in at */
	time_t starts_at, ends_at;   /* KIOSK_BOOKED: the booking */
	time_t free_until;           /* the hold's end before closing (0: all day) */
	enum checkin_how how;        /* KIOSK_BOOKED: what the check-in will do */
	char booked_space[SPACE_CODE]; /* the booked space, when not space_code */
};

/* Looks up what the code would do, changing nothing; HD_REFUSED with the
 * reason for an unknown code. The kiosk then calls visit_checkin() or
 * visit_checkout() with what the member chose. */
enum hd_status visit_kiosk_plan(struct hubdesk *hd, const char *member_code,
    struct kiosk_plan *out, char **err);

/* Corrections by staff (visit-edit.c). A corrected visit lies within the
 * local day it began on, is over by now unless it is under way, and
 * overlaps no other visit of its member nor any other visit at its space;
 * its space counts as available that day and was not retired by then. A
 * correction that breaks a rule is refused (HD_REFUSED, or HD_INVALID for
 * a time in the future) and changes nothing. The member's bookings of the
 * days touched become what the lifecycle makes of the corrected log. */

/* Changes the check-in (in_at) and check-out (out_at) of the visit with
 * that UUID; 0 leaves a time as it is. A visit under way may get a new
 * check-in, and a check-out, which ends it; a check-out given clears the
 * mark of one closed at closing time. The changed visit goes to *out. */
enum hd_status visit_edit(struct hubdesk *hd, const char *uuid, time_t in_at, time_t out_at,
    struct visit *out, char **err);
/* Removes a visit entered by mistake (one under way too); a booking it was
 * checked in to goes back to what the lifecycle says it is. The removed
 * visit goes to *out when out is not NULL. */
enum hd_status visit_remove(struct hubdesk *hd, const char *uuid, struct visit *out,
    char **err);
/* A forgotten visit, of a member (member_code) or of a guest (guest_name,
 * host_code, purpose), with both its times. */
struct visit_new {
	const char *member_code;                     /* a member's visit, or NULL: */
	const char *guest_name, *host_code, *purpose; /* a guest's (purpose may be NULL) */
	const char *space_code;                      /* NULL or "": at no space */
	time_t in_at, out_at;
};
enum hd_status visit_add(struct hubdesk *hd, const struct visit_new *n, struct visit *out,
    char **err);

/* Guests signed in and not yet out, oldest first, newly allocated. */
enum hd_status visit_guests_in(struct hubdesk *hd, struct visit **out, size_t *n, char **err);

/* Visits that began in [from, to), newly allocated, in time order, as the
 * lifecycle sees them: one left open after its day's closing has passed
 * reads as closed then (auto_closed), as the sweep will record it. */
enum hd_status visit_list(struct hubdesk *hd, time_t from, time_t to,
    struct visit **out, size_t *n, char **err);

#endif
