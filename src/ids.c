/* UUIDs and member codes (see ids.h). */
#include <stdio.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>
#include <uuid.h>

#include "hubdesk/ids.h"
#include "hubdesk/text.h"

void
ids_uuid_new(char out[static UUID_TEXT])
{
	uuid_t u;

	uuid_generate_random(u);
	uuid_unparse_lower(u, out);
}

bool
ids_uuid_valid(const char *s)
{
	if (s == NULL || strlen(s) != 36)
		return false;
	for (int i = 0; i < 36; i++) {
		if (i == 8 || i == 13 || i == 18 || i == 23) {
			if (s[i] != '-')
				return false;
		} else if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f'))) {
			return false;
		}
	}
	return true;
}

bool
ids_uuid_normalise(const char *s, char out[static UUID_TEXT])
{
	if (s == NULL || strlen(s) != 36)
		return false;
	for (int i = 0; i <= 36; i++)
		out[i] = (s[i] >= 'A' && s[i] <= 'F') ? (char)(s[i] - 'A' + 'a') : s[i];
	return ids_uuid_valid(out);
}

uint64_t
ids_next(uint64_t *state)
{
	uint64_t z = (*state += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

uint64_t
ids_seed_random(void)
{
	uint64_t seed;

	if (getrandom(&seed, sizeof seed, 0) != (ssize_t)sizeof seed)
		seed = (uint64_t)time(NULL) ^ ((uint64_t)getpid() << 32);
	return seed;
}

void
ids_member_code(uint64_t *state, char out[static MEMBER_CODE_LEN + 1])
{
	static const char alphabet[] = MEMBER_CODE_ALPHABET;

	for (int i = 0; i < MEMBER_CODE_LEN; i++)
		out[i] = alphabet[ids_next(state) % (sizeof alphabet - 1)];
	out[MEMBER_CODE_LEN] = '\0';
}

bool
ids_member_code_normalise(const char *s, char out[static MEMBER_CODE_LEN + 1])
{
	if (s == NULL || strlen(s) != MEMBER_CODE_LEN)
		return false;
	text_upper_ascii(s, out, MEMBER_CODE_LEN + 1);
	for (int i = 0; i < MEMBER_CODE_LEN; i++) {
		if (strchr(MEMBER_CODE_ALPHABET, out[i]) == NULL)
			return false;
	}
	return true;
}
