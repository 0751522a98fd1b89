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
	char municipality[HD_TEXT];
	char organisation[HD_TEXT];
	char category[20];
	time_t created_at;
};

struct member_new {
	const char *name, *email, *municipality, *organisation, *category;
};

extern const char *const member_categories[]; /* NULL-terminated */
bool member_category_valid(const char *c);

/* Adds a member with a new unique kiosk code, filled into out. */
enum hd_status member_add(struct hubdesk *hd, const struct member_new *n, struct member *out, char **err);
/* Finds a member by kiosk code (case-blind). HD_REFUSED if none. */
enum hd_status member_get(struct hubdesk *hd, const char *code, struct member *out, char **err);
/* Newly allocated array ordered by name; the caller frees it. */
enum hd_status member_list(struct hubdesk *hd, struct member **out, size_t *n, char **err);

/* "Aino Äijälä" becomes "Aino Ä.": how the public screens and refusals name
 * a person, so that the kiosk never shows a full name. */
void member_short_name(const char *name, char out[static HD_TEXT]);

#endif
