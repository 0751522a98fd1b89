/* The month's figures written out: text for the terminal, CSV for a
 * spreadsheet, JSON (the report, and the aggregate-only monthly dump), and
 * one self-contained HTML page with inline SVG charts. */
#ifndef HUBDESK_REPORT_H
#define HUBDESK_REPORT_H

#include <stdbool.h>
#include <stdio.h>
#include <time.h>

#include "hubdesk/csv.h"
#include "hubdesk/hub.h"
#include "hubdesk/stats.h"

#define DUMP_FORMAT "hubdesk-dump"
/* 2: a breakdown or a cell may be null, withheld by the small-cell rule
 * (cells.h); a dump of version 1 may single people out and is not read. */
#define DUMP_VERSION 2

/* Who the figures are about: one hub, or (total) the network. */
struct report_hub {
	char uuid[UUID_TEXT];
	char name[HD_TEXT];
	char municipality[HD_TEXT]; /* the official Finnish name */
	int municipality_number;    /* municipality.h; 0 when unknown */
	char region[HD_TEXT];
};

void report_hub_of(const struct hub *h, struct report_hub *out);
/* The month as a heading says it, in the current language: "October
 * 2026", or "November 2026 so far, to Mon 2026-11-23 10:30" while it is in
 * progress. */
#define REPORT_PERIOD 160
void report_period(const struct stats_month *m, char buf[static REPORT_PERIOD]);
/* What people read, in the current language (each returns buf or a
 * constant string):
 *   report_when      a local "YYYY-MM-DD HH:MM" label as a day and a time
 *   report_months    a roll-up's "YYYY-MM" or "YYYY-MM..YYYY-MM" in words
 *   report_percent   a fraction as "46,8 %" with places decimals
 *   report_place     a municipality or room, "other" and "unknown" translated
 *   report_category  member_categories[i] in words */
char *report_when(char *buf, size_t n, const char *label);
char *report_months(char *buf, size_t n, const char *label);
char *report_percent(char *buf, size_t n, double rate, int places);
const char *report_place(const char *name);
/* A municipality of a report or a dump in the language (municipality.h),
 * "other" and "unknown" as report_place says them. */
const char *report_municipality(const char *name);
const char *report_category(int i);
/* s and spaces to width terminal columns (a translated word may hold ä or
 * ö, two bytes in one column), the spaces first when right. */
void report_column(FILE *out, const char *s, int width, bool right);
/* network_label NULL: one hub's month; else the roll-up's total, and the
 * months it covers. */
void report_text(FILE *out, const struct report_hub *h, const struct stats_month *m,
    const char *network_label);
void report_csv(FILE *out, const struct report_hub *h, const struct stats_month *m,
    enum csv_flavour flavour);
/* The figures as JSON members (no braces), indented by indent spaces;
 * month_label NULL: the month of m, whether it is complete, and through
 * when it is not (null when it is). */
void report_json_members(FILE *out, const struct stats_month *m, const char *month_label,
    int indent);
void report_json_hub(FILE *out, const struct report_hub *h, const char *indent);
void report_json(FILE *out, const struct report_hub *h, const struct stats_month *m);
/* The monthly dump: the report's JSON, as published (cells_publish), plus
 * format, version, generated_at. Only a complete month is dumped
 * (stats_require_complete). Every printer shows what m->withheld says is
 * withheld as such. */
/* The monthly dump (docs/dump-format.md): the hub with its public card,
 * the month's published figures, the free desks of the days to come. */
void report_dump(FILE *out, const struct hub *hub, const struct hub_card *card,
    const struct stats_month *m, time_t now);
void report_html(FILE *out, const struct report_hub *h, const struct stats_month *m);
struct rollup_item;
/* The roll-up as one HTML page, written in three parts so that its rows
 * can stream: the head (n dumps of the months label), a row per hub, then
 * the table's end and the network's figures. */
void report_html_rollup_head(FILE *out, size_t n, const char *label);
void report_html_rollup_row(FILE *out, const struct rollup_item *it);
void report_html_rollup_tail(FILE *out, const struct stats_month *total);
/* A page of the network's (network report, network hubs): its head and
 * heading, tables of text cells (NULL: empty), and its end, with the
 * appendix of the figures' definitions when definitions is true. */
void report_html_page_open(FILE *out, const char *title, const char *sub);
void report_html_table(FILE *out, const char *heading, int ncols, const char *const *heads);
void report_html_row(FILE *out, int ncols, const char *const *cells);
void report_html_table_end(FILE *out);
void report_html_page_close(FILE *out, bool definitions);

#endif
