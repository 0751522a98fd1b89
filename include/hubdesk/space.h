/* Spaces: desks, rooms and booths, with their place on the floor map. */
#ifndef HUBDESK_SPACE_H
#define HUBDESK_SPACE_H

#include <stdbool.h>
#include <stdint.h>
#include <time.h>

#include "hubdesk/hub.h"

#define SPACE_CODE 17

struct space {
	int64_t id;
	char code[SPACE_CODE];
	char kind[8];        /* "desk", "room" or "booth" */
	char name[HD_TEXT];
	int capacity;
	char zone[HD_TEXT];
	int map_col, map_row; /* -1 when not on the map */
	bool retired;
	time_t created_at, retired_at; /* retired_at 0: in use */
	time_t available_from; /* start of its first day in the figures */
};

struct space_new {
	const char *code, *kind, *name, *zone, *map; /* map is "COL,ROW" */
	int capacity; /* 0: the kind's default */
	const char *since; /* YYYY-MM-DD: first day it counts as available (add: today) */
};

bool space_kind_valid(const char *kind);
enum hd_status space_add(struct hubdesk *hd, const struct space_new *n, struct space *out, char **err);
/* Finds an active or retired space by code (case-blind). HD_REFUSED if none. */
enum hd_status space_get(struct hubdesk *hd, const char *code, struct space *out, char **err);
/* True when sp counts as available on the local day of t (from its
 * --since day on): only then may it be booked or sat at. */
bool space_available_on(const struct space *sp, time_t t);
/* HD_REFUSED, saying how to fix it, when sp is not available on t's day. */
enum hd_status space_check_available(struct hubdesk *hd, const struct space *sp, time_t t,
    char **err);
/* Newly allocated array in code order; the caller frees it. */
enum hd_status space_list(struct hubdesk *hd, bool with_retired, struct space **out, size_t *n, char **err);
/* Changes a space's name, zone, capacity and map position (n->code names
 * it; NULL fields stay; "" clears name, zone or map). */
enum hd_status space_update(struct hubdesk *hd, const struct space_new *n, struct space *out,
    char **err);
struct booking_affected; /* booking.h */
/* Retires a space: it keeps its history but can no longer be booked; its
 * bookings not yet used are cancelled, even one that has begun, so nobody
 * arrives to a missing desk; one checked in to is kept until its member
 * leaves. On HD_OK *out is a newly allocated array of the *n bookings found
 * and what became of each, in start order, that the caller frees (NULL when
 * none); out and n may both be NULL when the caller does not list them. */
enum hd_status space_retire(struct hubdesk *hd, const char *code,
    struct booking_affected **out, size_t *n, char **err);

/* A space's kind (desk, room, booth) as people read it in the current
 * language; any other text as it is. Keys, CSV and JSON keep the kind. */
const char *space_kind_text(const char *kind);

#endif
