/* Members: the people who use the hub, known at the kiosk by a short code. */
#ifndef HUBDESK_MEMBER_H
#define HUBDESK_MEMBER_H

#include <stdint.h>
#include <time.h>

#include "hubdesk/hub.h"

struct member {
	int64_t id;
	char uuid[UUID_TEXT];
	char code[MEMBER_CODE_LEN + 1];
	char name[HD_TEXT];          /* empty once erased */
	char email[HD_TEXT];
	int municipality_number;     /* municipality.h: 0 unknown, or abroad */
	char municipality[HD_TEXT];  /* its municipality_key, for machines */
	char organisation[HD_TEXT];
	char category[20];
	time_t created_at;
	time_t retired_at;           /* 0: still a member */
	time_t erased_at;            /* 0: not erased (an erased code reads as "") */
};

struct member_new {
	/* municipality: a name in Finnish or Swedish, any case (municipality_parse). */
	const char *name, *email, *municipality, *organisation, *category;
};

extern const char *const member_categories[]; /* NULL-terminated */
bool member_category_valid(const char *c);

/* Adds a member with a new unique kiosk code, filled into out. */
enum hd_status member_add(struct hubdesk *hd, const struct member_new *n, struct member *out, char **err);
/* Changes a member's fields (NULL stays; "" clears an optional one). */
enum hd_status member_update(struct hubdesk *hd, const char *code, const struct member_new *n,
    struct member *out, char **err);
/* Finds a member by kiosk code (case-blind). HD_REFUSED if none, and for a
 * retired member: their code works no more at the kiosk, in a booking or
 * for a guest's host. */
enum hd_status member_get(struct hubdesk *hd, const char *code, struct member *out, char **err);
/* member_get, a retired member too: for their history, export or erasure. */
enum hd_status member_find(struct hubdesk *hd, const char *code, struct member *out, char **err);
/* Newly allocated array ordered by name, of the members not retired (all:
 * every member); the caller frees it. */
enum hd_status member_list(struct hubdesk *hd, bool all, struct member **out, size_t *n,
    char **err);

/* Another member with the same name and email as m (both given; case-blind),
 * into out: HD_OK when there is one, HD_REFUSED when not. `member add` warns
 * of a member entered twice. */
enum hd_status member_namesake(struct hubdesk *hd, const struct member *m, struct member *out,
    char **err);

/* True when typed (blanks around it aside) is at least MEMBER_SEARCH_MIN
 * letters, holds no space and begins the first word of name, case-blind
 * (å ä ö and the Sámi letters too): how the kiosk finds a host or a guest
 * leaving without ever confirming a surname. */
bool member_first_name_starts(const char *name, const char *typed);

/* Members whose first name begins with what was typed
 * (member_first_name_starts), for a guest naming a host: at most max of
 * them into out, as code and short name only, so the kiosk never lists
 * whole names. Matches that share a short name get
 * a detail that tells them apart: their organisation, else their home
 * municipality, else none (never the code or the surname). *more is set
 * when there were more. */
struct member_match {
	char code[MEMBER_CODE_LEN + 1];
	char short_name[HD_TEXT];
	char detail[HD_TEXT];        /* "" unless another match has the same short name */
};
#define MEMBER_SEARCH_MIN 3
enum hd_status member_search(struct hubdesk *hd, const char *typed, struct member_match *out,
    size_t max, size_t *n, bool *more, char **err);

/* "Aino Äijälä" becomes "Aino Ä.": how the public screens and refusals name
 * a person, so that the kiosk never shows a full name. */
void member_short_name(const char *name, char out[static HD_TEXT]);

#endif
