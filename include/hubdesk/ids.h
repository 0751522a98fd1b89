/* Identifiers: UUIDs for everything that may leave the hub, short member
 * codes for people to type at the kiosk. */
#ifndef HUBDESK_IDS_H
#define HUBDESK_IDS_H

#include <stdbool.h>
#include <stdint.h>

#define UUID_TEXT 37 /* 36 characters and the NUL */
#define MEMBER_CODE_LEN 5
/* Letters and digits that cannot be mistaken for one another when read off
 * a card or typed: no 0/O/Q/D, 1/I/L, 2/Z, 5/S, 8/B, U/V. */
#define MEMBER_CODE_ALPHABET "34679ACEFGHJKMNPRTWXY"

void ids_uuid_new(char out[static UUID_TEXT]);
/* True when s is a UUID in canonical lowercase form. */
bool ids_uuid_valid(const char *s);
/* Copies s in lower case into out; true when that is a canonical UUID. */
bool ids_uuid_normalise(const char *s, char out[static UUID_TEXT]);

/* A small, fast generator (splitmix64) for member codes and demo data; not
 * for secrets. ids_seed_random() seeds from the operating system. */
uint64_t ids_next(uint64_t *state);
uint64_t ids_seed_random(void);
/* Writes a random member code of MEMBER_CODE_LEN characters. */
void ids_member_code(uint64_t *state, char out[static MEMBER_CODE_LEN + 1]);
/* Normalises typed code s to upper case into out; false if it cannot be a
 * member code (wrong length or characters). */
bool ids_member_code_normalise(const char *s, char out[static MEMBER_CODE_LEN + 1]);

#endif
