/* A small, strict JSON reader (RFC 8259) for reading dumps back: values
 * into a tree, a depth limit, and an error that says where. */
#ifndef HUBDESK_JSON_H
#define HUBDESK_JSON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum json_type { JSON_NULL, JSON_BOOL, JSON_NUMBER, JSON_STRING, JSON_ARRAY, JSON_OBJECT };

/* One value. Its kind's fields share their memory, so that a dump of a
 * million small values stays within tens of megabytes (24 bytes a node). */
struct json {
	enum json_type type;
	uint32_t n;                    /* items of an array or members of an object */
	union {
		bool boolean;          /* JSON_BOOL */
		double number;         /* JSON_NUMBER */
		char *string;          /* JSON_STRING, UTF-8, NUL-terminated */
		struct {
			struct json **items; /* JSON_ARRAY, JSON_OBJECT */
			char **keys;   /* JSON_OBJECT: the member names */
		};
	};
};

/* Parses text (len bytes). Returns a tree to free with json_free, or NULL
 * with *err (caller frees) saying what is wrong and at which byte. Memory
 * and time are linear in len: a string costs its own length, and arrays
 * and objects grow by doubling. */
struct json *json_parse(const char *text, size_t len, char **err);
/* Frees a tree json_parse returned (never a part of one), all of it. */
void json_free(struct json *j);
/* The member named key of an object, or NULL. */
const struct json *json_get(const struct json *obj, const char *key);
/* The number at key (def when missing or not a number). */
double json_number(const struct json *obj, const char *key, double def);
/* The string at key, or NULL. */
const char *json_string(const struct json *obj, const char *key);

#endif
