/* iCalendar output (see ics.h). */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "hubdesk/i18n.h"
#include "hubdesk/ics.h"

/* RFC 5545 3.1: a content line is at most 75 octets before its CRLF. */
#define ICS_LINE_MAX 75

/* Writes one content line, folded: each continuation line starts with a
 * space, which counts in its 75 octets, and a fold never falls before a
 * UTF-8 continuation byte, so every line is valid UTF-8 by itself. */
static void
ics_line(FILE *f, const char *line)
{
	size_t len = strlen(line), at = 0, room = ICS_LINE_MAX;

	while (len - at > room) {
		size_t cut = at + room;

		while (cut > at && ((unsigned char)line[cut] & 0xC0) == 0x80)
			cut--;
		fwrite(line + at, 1, cut - at, f);
		fputs("\r\n ", f);
		at = cut;
		room = ICS_LINE_MAX - 1;
	}
	fwrite(line + at, 1, len - at, f);
	fputs("\r\n", f);
}

/* NAME:VALUE with VALUE a TEXT escaped as RFC 5545 3.3.11 says. */
static void
ics_text(FILE *f, const char *name, const char *value)
{
	char line[4 * 1024];
	size_t n = (size_t)snprintf(line, sizeof line, "%s:", name);

	for (const char *p = value; *p != '\0' && n + 3 < sizeof line; p++) {
		if (*p == '\\' || *p == ';' || *p == ',') {
			line[n++] = '\\';
			line[n++] = *p;
		} else if (*p == '\n') {
			line[n++] = '\\';
			line[n++] = 'n';
		} else if (*p != '\r') {
			line[n++] = *p;
		}
	}
	line[n] = '\0';
	ics_line(f, line);
}

static void
ics_time(FILE *f, const char *name, time_t t)
{
	struct tm tm;
	char line[64];

	gmtime_r(&t, &tm);
	snprintf(line, sizeof line, "%s:%04d%02d%02dT%02d%02d%02dZ", name, tm.tm_year + 1900,
	    tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
	ics_line(f, line);
}

int
ics_write(FILE *f, const struct hub *hub, const struct booking *v, size_t n, time_t now)
{
	char text[1024];

	ics_line(f, "BEGIN:VCALENDAR");
	ics_line(f, "VERSION:2.0");
	ics_line(f, "PRODID:-//hubdesk//hubdesk//EN");
	ics_line(f, "CALSCALE:GREGORIAN");
	ics_line(f, "METHOD:PUBLISH");
	for (size_t i = 0; i < n; i++) {
		bool cancelled = strcmp(v[i].status, "cancelled") == 0;

		ics_line(f, "BEGIN:VEVENT");
		snprintf(text, sizeof text, "UID:%s@hubdesk", v[i].uuid);
		ics_line(f, text);
		ics_time(f, "DTSTAMP", now);
		ics_time(f, "DTSTART", v[i].starts_at);
		ics_time(f, "DTEND", v[i].ends_at);
		/* TRANSLATORS: a calendar event's title: the space's code, the hub. */
		snprintf(text, sizeof text, C_("calendar event", "%s at %s"), v[i].space_code,
		    hub->name);
		ics_text(f, "SUMMARY", text);
		if (hub->municipality[0] != '\0')
			snprintf(text, sizeof text, "%s, %s", hub->name, hub->municipality);
		else
			snprintf(text, sizeof text, "%s", hub->name);
		ics_text(f, "LOCATION", text);
		ics_line(f, cancelled ? "STATUS:CANCELLED" : "STATUS:CONFIRMED");
		ics_line(f, "TRANSP:OPAQUE");
		ics_line(f, "END:VEVENT");
	}
	ics_line(f, "END:VCALENDAR");
	return ferror(f) ? -1 : 0;
}
