/* The command line: a table of commands, each in a cli-*.c file, sharing
 * the option parser and the helpers here. Commands parse, call the domain
 * and print; they hold no rules of their own. */
#ifndef HUBDESK_CLI_H
#define HUBDESK_CLI_H

#include <stdbool.h>
#include <stdio.h>
#include <time.h>

#include "hubdesk/caltime.h"
#include "hubdesk/config.h"
#include "hubdesk/hub.h"
#include "hubdesk/i18n.h" /* the command table's texts are marked N_() */
#include "hubdesk/table.h"

#define HUBDESK_VERSION "0.1.0"

struct cli {
	const char *db_path;  /* resolved path of the database */
	const char *config_path; /* --config or HUBDESK_CONFIG, or NULL: the default files */
	const char *now;      /* --now or HUBDESK_NOW, or NULL */
	bool kiosk;           /* --kiosk: lock the terminal UI */
	struct config cfg;
	struct hubdesk *hd;   /* opened by cli_open() */
};

struct cli_command {
	const char *name;
	const char *usage;   /* the arguments, after the name */
	const char *summary; /* one line for the command list */
	const char *help;    /* more lines for "COMMAND --help", or NULL */
	int (*run)(struct cli *cli, const struct cli_command *self, int argc, char **argv);
};

/* One option of a command. value NULL: a flag that sets *flag. */
struct cli_opt {
	const char *name; /* without the dashes */
	const char **value;
	bool *flag;
};

/* Parses argv[1..] (argv[0] is the command) into opts and up to max_pos
 * positional arguments. Returns 0 to go on, -1 when --help was printed
 * (exit 0), or HD_INVALID after printing the error. */
int cli_args(const struct cli_command *cmd, int argc, char **argv, const struct cli_opt *opts,
    const char **pos, int min_pos, int max_pos);

/* Opens the database and applies --now; prints the error and returns the
 * exit status when it cannot. cli_open refuses a missing file; cli_create
 * (init, demo) creates it. */
int cli_open(struct cli *cli);
int cli_create(struct cli *cli);
/* Creates the folders above --db as cli_create does; prints the error and
 * returns the exit status when it cannot. */
int cli_db_folder(const struct cli *cli);
/* Prints a domain message on stderr as one line, "hubdesk: ABOUT: REASON;
 * HINT" (ABOUT when not NULL, HINT when the message has one). */
void cli_print_error(const char *about, const char *message);
/* Prints "hubdesk: MESSAGE" to stderr, frees it, and returns status. */
int cli_fail(int status, char *message);
int cli_usage_error(const struct cli_command *cmd, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void cli_print_usage(FILE *out, const struct cli_command *cmd);

/* The program (main calls it): runs argv as the command line and returns
 * the exit status; it never calls exit() itself. */
int cli_main(int argc, char **argv);

/* Typed values; each prints a one-line error and returns HD_INVALID. */
int cli_date(const struct cli *cli, const char *s, struct local_date *d);
int cli_time(const char *what, const char *s, int *minute);
int cli_at(const struct cli *cli, const char *s, time_t *at);
/* cli_at for an option named opt ("--in"): its errors name it. */
int cli_when(const struct cli *cli, const char *opt, const char *s, time_t *at);
int cli_format(const char *s, enum table_format *f);
int cli_int(const char *what, const char *s, int lo, int hi, int *out);
/* A day and a span of it, as book, free and a session's book take them:
 * --date required, --from and --to both or neither (-1, -1: the whole
 * opening day). Opens the database (a date may be "today"). 0, or the
 * exit status after the error. */
int cli_day_span(struct cli *cli, const struct cli_command *self, const char *date,
    const char *from, const char *to, struct local_date *d, int *from_min, int *to_min);
/* The local date the clock shows. */
struct local_date cli_today(const struct cli *cli);
/* [start, end) of local dates from..to inclusive, as UTC. */
void cli_day_range(struct local_date from, struct local_date to, time_t *start, time_t *end);

/* Dates and times for people, in the language (i18n.h): "23.11.2026",
 * "9.30", "23.11.2026 9.30" in fi and sv, ISO in en. An end at the day's
 * midnight is 24.00. Text output only: CSV and JSON keep caltime's forms. */
char *cli_date_text(struct local_date d, char *buf, size_t n);
char *cli_clock_text(time_t t, char *buf, size_t n);
char *cli_end_text(time_t start, time_t end, char *buf, size_t n);
char *cli_local_text(time_t t, char *buf, size_t n);

struct booking_affected; /* booking.h */
/* Prints what a staff change (closed add, space retire) did to each of n
 * bookings: in text one line each after the caller's confirmation,
 * "cancelled 2026-12-07 09:00-12:00 D01 AB3CD (UUID)", or "no bookings
 * affected"; in CSV or JSON a table of them alone. */
void cli_print_affected(const struct booking_affected *v, size_t n, enum table_format f);

/* Dispatches argv[0] among a family's sub-commands (space add|list|retire). */
int cli_dispatch(struct cli *cli, const struct cli_command *family, int argc, char **argv);
/* A family's sub-commands, NULL-terminated, or NULL when cmd is no family:
 * what cli_dispatch runs and what the completion offers. */
const struct cli_command *const *cli_subs(const struct cli_command *cmd);
extern const struct cli_command *const cli_closed_subs[], *const cli_rules_subs[],
    *const cli_space_subs[], *const cli_staff_subs[], *const cli_visit_subs[],
    *const cli_member_subs[];

extern const struct cli_command *const cli_commands[]; /* NULL-terminated */
const struct cli_command *cli_find(const char *name);
void cli_print_help(FILE *out);

/* The commands, one family per cli-*.c file. */
extern const struct cli_command cli_cmd_init, cli_cmd_hub, cli_cmd_hours, cli_cmd_closed;
extern const struct cli_command cli_cmd_demo, cli_cmd_status, cli_cmd_staff, cli_cmd_rules;
/* 0 when the terminal UI can start here (TERM known to terminfo, a UTF-8
 * locale, taken as C.UTF-8 when none is set); else the exit status after
 * saying what to set. */
int cli_ui_ready(void);
/* `hubdesk` alone: the terminal UI on a terminal, the status otherwise. */
int cli_no_command(struct cli *cli);
extern const struct cli_command cli_cmd_space, cli_cmd_member;
extern const struct cli_command cli_cmd_member_retire, cli_cmd_member_export,
    cli_cmd_member_erase, cli_cmd_purge;
extern const struct cli_command cli_cmd_member_import;
/* member key and staff key (cli-keys.c); ssh-keys and session (cli-session.c). */
extern const struct cli_command cli_cmd_member_key, cli_cmd_staff_key;
extern const struct cli_command *const cli_member_key_subs[], *const cli_staff_key_subs[];
extern const struct cli_command cli_cmd_ssh_keys, cli_cmd_session;
extern const struct cli_command cli_cmd_book, cli_cmd_cancel, cli_cmd_bookings, cli_cmd_free;
extern const struct cli_command cli_cmd_report, cli_cmd_dump, cli_cmd_rollup;
/* Checks --output before any work (a directory, FIFO, device or link, or
 * the hub database or its -wal, -shm or -journal file, is refused) and settles *format: --format when
 * given, else the extension of --output (.html .csv .json .txt), else
 * text. format NULL: the command has no --format (dump). Returns 0, or the
 * exit status after printing the error. */
int cli_output_args(const struct cli *cli, const struct cli_command *self, const char **format,
    const char *output);
/* Where a report goes (outfile.h): stdout, or FILE written whole and
 * renamed into place by cli_output_done; private: mode 0600 (a dump).
 * Both return 0 or the exit status after printing the error. */
struct outfile;
int cli_output_open(const struct cli *cli, struct outfile *o, const char *path, bool private);
int cli_output_done(struct outfile *o);
extern const struct cli_command cli_cmd_checkin, cli_cmd_checkout, cli_cmd_guest,
    cli_cmd_guest_out, cli_cmd_visits, cli_cmd_visit;
extern const struct cli_command cli_cmd_audit;
/* backup, restore, check (cli-backup.c) */
extern const struct cli_command cli_cmd_backup, cli_cmd_restore, cli_cmd_check;
/* push, network init|report (cli-network.c), network hubs (cli-network-hubs.c) */
extern const struct cli_command cli_cmd_push, cli_cmd_network, cli_cmd_network_hubs;
extern const struct cli_command *const cli_network_subs[];
struct central;
/* The connection string: given (--to, --from), else $HUBDESK_PG, else
 * network_db in the config; NULL after a usage error naming all three. */
const char *cli_network_conninfo(const struct cli *cli, const struct cli_command *self,
    const char *given, const char *option);
/* Connects; 0, or the exit status after the error was printed. */
int cli_network_open(const char *conn, struct central **c);
/* A copy (newly allocated) of text from the central database fit for a
 * terminal: what a forged dump put there must not drive it. */
char *cli_network_printable(const char *s);
/* completion bash: the shell completion, written from cli_commands[]. */
extern const struct cli_command cli_cmd_completion;

#endif
