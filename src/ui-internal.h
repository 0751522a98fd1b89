/* Private to the ui*.c files: curses, the screen vtable and the helpers the
 * screens share. Screens never call refresh(): they draw into stdscr when
 * asked and return flags saying what changed; ui.c redraws once a loop. */
#ifndef HUBDESK_UI_INTERNAL_H
#define HUBDESK_UI_INTERNAL_H

#define NCURSES_WIDECHAR 1
#include <curses.h>
#include <stdbool.h>
#include <time.h>
#include <wchar.h>

#include "hubdesk/caltime.h"
#include "hubdesk/i18n.h"
#include "hubdesk/ratelimit.h"
#include "hubdesk/text.h"
#include "hubdesk/ui.h"

#define UI_MIN_COLS 80
#define UI_MIN_ROWS 24
#define UI_QUIT_QUESTION N_("Quit hubdesk? y: yes, any other key: no")

/* What a handler changed: the loop redraws when any bit is set. */
enum {
	UI_NOTHING = 0,
	UI_REDRAW = 1 << 0, /* the screen's contents changed */
	UI_RELOAD = 1 << 1, /* re-read the data before drawing */
	UI_QUIT = 1 << 2,
};

/* Colour pairs; each has a monochrome look too (see ui-draw.c). */
enum ui_pair {
	UI_PAIR_NORMAL = 0, UI_PAIR_TITLE, UI_PAIR_KEY, UI_PAIR_OK, UI_PAIR_ERROR,
	UI_PAIR_FREE, UI_PAIR_BOOKED, UI_PAIR_OCCUPIED, UI_PAIR_MINE, UI_PAIR_FIELD,
	UI_PAIR_COUNT,
};

struct ui;

/* Rows that stand for a class of keys rather than one (above every
 * character and KEY_ code): text typed into a field is a row of a key
 * table too, so the help can say what typing does. */
enum ui_key_class {
	UI_KEYS_CLASS = 0x200000,
	UI_KEYS_CODE = UI_KEYS_CLASS, /* a character of a member code, either case */
	UI_KEYS_DIGIT,   /* 0-9 */
	UI_KEYS_TEXT,    /* a printable character or an editing key of a field */
	UI_KEYS_MOVE,    /* the arrows and h j k l */
	UI_KEYS_LIST,    /* Up, Down, j, k, PgUp, PgDn, Home, End */
	UI_KEYS_YES,     /* y or Y, and the language's own (k, j) */
	UI_KEYS_OTHER,   /* any key no other row of the table takes */
};

/* One key of a screen: what the bottom bar and the help screen show, and
 * what it does. label NULL: not on the bar, but in the help. The action
 * reads the key itself (for a class row) from ui->ch and ui->is_key.
 * The words are marked N_() and translated as they are drawn. */
struct ui_key {
	int key;            /* a character, a KEY_ code, or a UI_KEYS_ class */
	const char *name;   /* how the key is written: "F2", "Enter", "A-Z 0-9" */
	const char *label;  /* bar label, short */
	const char *help;   /* the help screen's sentence */
	int (*action)(struct ui *ui);
};

/* Rows that many tables share. */
#define UI_KEY_HELP { KEY_F(1), "F1", N_("Help"), N_("Show every key of this screen"), \
	ui_key_help }
#define UI_KEY_HELP_Q { '?', "?", NULL, N_("Show every key of this screen, as F1"), ui_key_help }
#define UI_KEY_TYPING(action) { UI_KEYS_TEXT, N_("Typing"), NULL, N_("Type into the field; " \
	"Left, Right, Home, End, Backspace and Delete edit"), action }
#define UI_KEY_END { 0, NULL, NULL, NULL, NULL }
/* The key tables of a screen, one a mode, the first the one it opens in. */
#define UI_MODES(...) ((const struct ui_key *const[]){ __VA_ARGS__, NULL })

struct ui_form;
struct ui_code;
struct ui_list;
struct ui_yesno;

struct ui_screen {
	const char *name;
	const char *title;
	void (*enter)(struct ui *ui);          /* becoming the current screen */
	void (*reload)(struct ui *ui);         /* re-read data (timer, change) */
	void (*draw)(struct ui *ui);
	/* Every key goes through these tables (UI_MODES, ending with NULL):
	 * mode says which applies now (NULL: always the first). The bar and
	 * the help show that one. */
	const struct ui_key *const *modes;
	int (*mode)(struct ui *ui);
	/* Forgets everything of the person who used the screen (the idle
	 * timer and the way home call it); NULL when it holds nothing. */
	void (*reset)(struct ui *ui);
	/* The screen's own form, code prompt, list and question, that the
	 * shared rows (ui_form_keys, ui_code_keys, UI_KEY_LIST_ROWS,
	 * ui_yesno_yes and _no) act on; NULL: none. */
	struct ui_form *form;
	struct ui_code *code;
	struct ui_list *list;
	struct ui_yesno *yesno;
};

/* A y/n question of a screen: while open, the screen's mode is a table of
 * a UI_KEYS_YES row (ui_yesno_yes: closes it and calls yes) and a
 * UI_KEY_NO row (any other key closes it). */
struct ui_yesno {
	bool open;
	int (*yes)(struct ui *ui);
};
void ui_ask(struct ui_yesno *q, int (*yes)(struct ui *ui));
int ui_yesno_yes(struct ui *ui);
int ui_yesno_no(struct ui *ui);
#define UI_KEY_NO(help) { UI_KEYS_OTHER, N_("Other"), N_("No"), help, ui_yesno_no }

struct ui {
	struct hubdesk *hd;
	struct ui_options opt;
	const struct ui_screen *screen;
	const struct ui_screen *stack[8]; /* where Escape goes back to */
	int depth;
	time_t clock_offset;              /* now = time() + offset */
	time_t last_input;
	bool colour;
	bool quit_asked;                  /* home: waiting for y/n */
	/* What the person's last action came to (a greeting, a booking, a
	 * refusal): shown in the middle of the screen until the next key. */
	char outcome[512];
	bool outcome_error;
	char status[256];                 /* the status line's message */
	bool status_error;
	time_t status_at;
	struct { int key, x0, x1; } bar[16]; /* where each bar label was drawn */
	MEVENT mouse;                     /* the click a KEY_MOUSE is about */
	int nbar;
	wint_t ch;                        /* the key being handled */
	bool is_key;                      /* ch is a KEY_ code */
	unsigned long nkeys;              /* keys handled so far */
	struct ratelimit codes;           /* unknown member codes typed here */
	/* Who logged in to the staff screens: their changes are this role's
	 * and name's; outside the staff screens the kiosk's. */
	enum hd_role staff_role;
	char staff_name[HD_TEXT];
	/* Why a remote session ended by itself, said once the terminal is
	 * the shell's again; "" when it was left. */
	char ended[256];
};

/* The key table of screen s's current mode. */
const struct ui_key *ui_keys(struct ui *ui, const struct ui_screen *s);
/* The row of keys that takes a key: a row of its own first, then the
 * classes in table order, UI_KEYS_OTHER last; NULL when none does. */
const struct ui_key *ui_key_find(const struct ui_key *keys, wint_t ch, bool is_key);
/* A row's words as drawn, in the language now: its key ("F1", or the
 * language's yes key for a UI_KEYS_YES row), its bar label (the language
 * key's is the name of the language it switches to) and its help sentence
 * (written into buf of n bytes, which it returns). */
const char *ui_key_name(const struct ui_key *k);
const char *ui_key_label(const struct ui_key *k);
const char *ui_key_help_text(const struct ui_key *k, char *buf, size_t n);
/* A string of a table, marked N_(), translated; NULL and "" as they are. */
const char *ui_tr(const char *s);
/* Hands a key to the current screen's table (Enter and Backspace in all
 * their spellings as one); returns the action's flags. */
int ui_key_dispatch(struct ui *ui, wint_t ch, bool is_key);

extern const struct ui_screen ui_home, ui_help, ui_grid, ui_guest, ui_map, ui_session;
extern const struct ui_screen ui_staff_pin, ui_staff_menu, ui_staff_log, ui_staff_bookings,
    ui_staff_spaces, ui_staff_members, ui_staff_stats, ui_staff_rules, ui_staff_audit;

/* Every screen, ending with NULL (ui-screens.c). */
extern const struct ui_screen *const ui_screens[];
/* Calls every screen's reset: nothing of the last person stays. */
void ui_screens_reset(struct ui *ui);
/* Ends the program when s is not in ui_screens[]: a screen the way home
 * would not reset is a mistake to find at its first opening. */
void ui_screen_check(const struct ui_screen *s);

/* The staff screens' people's words (ui-staff-text.c): a time and a span
 * of times ("9.30", "9.30–12.00" in fi and sv), a date ("24.11.2026"),
 * each into buf of n bytes, which it returns; and a list's column heads,
 * marked NC_("staff list", …) in the screen's table, translated and drawn
 * as ui_put_cells draws a row. */
#define UI_STAFF_HEADS_MAX 8
char *ui_staff_time(time_t t, char *buf, size_t n);
char *ui_staff_span(time_t start, time_t end, char *buf, size_t n);
char *ui_staff_date(struct local_date d, char *buf, size_t n);
void ui_staff_heads(int row, int x, const char *const *heads, const int *widths, int n);

/* Opens the floor map for a member (NULL: asks for the code on Enter). */
void ui_map_open(struct ui *ui, const char *member_code, const char *short_name);

/* Opens the booking grid for a member (NULL: asks for the code when the
 * person first picks a slot). */
void ui_grid_open(struct ui *ui, const char *member_code, const char *short_name);

/* The terminal (ui-term.c). Start: signals caught, curses set up; false
 * when curses cannot drive the terminal. End: the terminal as it was
 * (again and again, so it serves as the fatal() hook); free: end, then
 * release curses. */
bool ui_term_start(bool kiosk);
void ui_term_end(void);
void ui_term_free(void);
/* 0 while the UI goes on, else its exit status: 128 + SIGHUP or SIGTERM
 * once one was caught, 128 + SIGHUP when the terminal has hung up (checked
 * when read_failed: the last wait for a key returned nothing). */
int ui_term_ended(bool read_failed);
/* True once for each Ctrl-C (SIGINT) on an unlocked UI. */
bool ui_term_interrupted(void);

/* Screen changes: push remembers the current one for Escape. */
void ui_push(struct ui *ui, const struct ui_screen *s);
/* Leaves the current screen (calling its reset) for the one before. */
int ui_back(struct ui *ui);
/* Replaces the current screen without remembering it (PIN → staff menu). */
void ui_replace(struct ui *ui, const struct ui_screen *s);
void ui_home_reset(struct ui *ui);
/* True when the home screen holds something of a person (a typed code, an
 * offer, a confirmation, a language chosen) that the idle timer should clear. */
bool ui_home_busy(struct ui *ui);

/* A domain message as every screen shows it: its reason without the hint
 * (which names flags and commands), ending in one full stop; written into
 * buf of size bytes, which it returns. ui_say and ui_outcome apply it; a
 * screen that puts a message into its own text calls it. */
const char *ui_sentence(const char *msg, char *buf, size_t size);
/* The status line: a message that stays until replaced or timed out. */
void ui_say(struct ui *ui, bool error, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* The outcome of what the person just did, success or refusal, for the
 * screen to show where they are looking (ui_outcome_draw or _box); the
 * next key clears it. */
void ui_outcome(struct ui *ui, bool error, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* A one-line text field of wide characters (ui-field.c). */
#define UI_FIELD_MAX 1000 /* what a field can hold: a pasted SSH key line */
#define UI_FIELD_TEXT 254 /* what a form's field takes unless its screen says more */
struct ui_field {
	wchar_t text[UI_FIELD_MAX + 1];
	int len, cursor, max;    /* max: characters allowed, at most UI_FIELD_MAX */
};
void ui_field_clear(struct ui_field *f);
void ui_field_set(struct ui_field *f, const char *utf8);
void ui_field_utf8(const struct ui_field *f, char *out, size_t n);
/* Edits f with a key; returns 1 when it took the key. */
int ui_field_key(struct ui_field *f, wint_t ch, bool is_key);
/* True for the keys ui_field_key edits with (UI_KEYS_TEXT). */
bool ui_field_takes(wint_t ch, bool is_key);
void ui_field_draw(struct ui *ui, const struct ui_field *f, int row, int col, int width,
    bool focus);

/* A scrolling list (ui-list.c); the screen draws each item. */
struct ui_list {
	size_t n, sel, top;
	int row, rows;               /* where it was last drawn */
	const char *empty;           /* shown when n is 0 */
	void (*draw_item)(struct ui *ui, size_t i, int row);
};
void ui_list_draw(struct ui *ui, struct ui_list *l, int row, int rows);
/* "↑ N more above · ↓ N more below" on row, from col: rows that do not fit. */
void ui_more_draw(int row, int col, size_t above, size_t below);
/* Moves the selection with a key; returns 1 when it took the key. */
int ui_list_key(struct ui_list *l, wint_t ch, bool is_key);
/* True for the keys ui_list_key moves with (UI_KEYS_LIST). */
bool ui_list_takes(wint_t ch, bool is_key);
/* The rows that move the screen's list (ui_screen.list) and pick a row
 * with a click. */
int ui_list_key_move(struct ui *ui);
int ui_list_key_click(struct ui *ui);
#define UI_KEY_LIST_MOVE                                                       \
	{ UI_KEYS_LIST, N_("Up Down"), NULL, N_("Move the highlight (also j k, PgUp, PgDn, "  \
	  "Home, End)"), ui_list_key_move }
#define UI_KEY_LIST_ROWS                                                       \
	UI_KEY_LIST_MOVE,                                                      \
	{ KEY_MOUSE, N_("Click"), NULL, N_("Highlight the row clicked"), ui_list_key_click }
/* Selects the item on screen row y; false if there is none. */
bool ui_list_click(struct ui_list *l, int y);
/* Moves a list of one day's items to another day, from its top. */
int ui_list_shift_day(struct ui_list *l, struct local_date *day, int days);

/* A form of labelled fields (ui-form.c) for adding and editing; the
 * screen names it in ui_screen.form and shows ui_form_keys while it is
 * open. */
#define UI_FORM_MAX 8
struct ui_form {
	const char *title;
	int n, focus;
	bool open;
	bool discard_asked;    /* Escape with changes: "Discard the changes?" */
	const char *label[UI_FORM_MAX];
	struct ui_field field[UI_FORM_MAX];
	struct ui_field was[UI_FORM_MAX]; /* the fields as opened */
	/* Enter on the last field; closing the form is its choice. */
	int (*save)(struct ui *ui);
};
void ui_form_open(struct ui_form *f, const char *title, int n, const char *const *labels,
    const char *const *values);
void ui_form_draw(struct ui *ui, struct ui_form *f, int row);
void ui_form_value(const struct ui_form *f, int i, char *out, size_t n);
/* True when f is open with a field changed since it was opened. */
bool ui_form_changed(const struct ui_form *f);
extern const struct ui_key ui_form_keys[];
/* The discard question's keys, standing in for the screen's table while
 * it is open: y closes the form unsaved, any other key keeps it. */
extern const struct ui_key ui_form_discard_keys[];
/* Above the status line, when the screen's form has changes: the discard
 * question, or (idle_left >= 0: the seconds before the idle timer goes
 * home) that the form will close unsaved. */
void ui_form_question_draw(struct ui *ui, int idle_left);

/* The member-code prompt the grid and the map share (ui-code.c): the
 * screen names it in ui_screen.code and shows ui_code_keys while it is
 * open; Enter looks the code up and hands the member to done. */
struct ui_code {
	bool open;
	char typed[6];
	int (*done)(struct ui *ui, const char *member, const char *who);
};
void ui_code_open(struct ui_code *c);
void ui_code_draw(struct ui *ui, const struct ui_code *c, int row);
extern const struct ui_key ui_code_keys[];
/* True for a character of a member code (UI_KEYS_CODE). */
bool ui_code_char(wint_t ch, bool is_key);
/* Adds a code character to code, or takes the last one off (Backspace). */
void ui_code_type(char code[static 6], wint_t ch, bool is_key);

/* An unknown code was typed: counted against this kiosk's limit and in
 * the audit log's count for the hour (never the code itself). */
void ui_code_unknown(struct ui *ui);
/* At start: carries over the unknown codes this kiosk saw in the hour under
 * way, from the audit log, so that a restart gives no fresh tries. */
void ui_code_resume(struct ui *ui);
/* Seconds before this kiosk takes a code again after too many unknown
 * ones (0: it takes one now); the screens then ignore code keys. */
int ui_code_wait(const struct ui *ui);
/* The pause as the screens say it, with the time left, into buf. */
const char *ui_code_pause_text(const struct ui *ui, char *buf, size_t n);

/* Looks up a typed code (none during a pause); on success fills member
 * (the code) and who ("Aino Ä.") and returns true, else shows the reason
 * and returns false. */
bool ui_member(struct ui *ui, const char *typed, char member[static 6], char who[static HD_TEXT]);
/* Arrow keys and h j k l as a direction; false for any other key. */
bool ui_direction(wint_t ch, bool is_key, int *dx, int *dy);
/* Key actions every screen shares. */
int ui_key_help(struct ui *ui);
/* The language key (ui-lang.c): the kiosk in the next language (fi, sv,
 * en, fi …) for the person at it, until ui_go_home or the end of their
 * action calls i18n_reset. Its label and help, in that next language. */
int ui_key_language(struct ui *ui);
const char *ui_lang_label(void);
const char *ui_lang_help(char *buf, size_t n);
/* People's times of day in the language now, from an instant (ui_time)
 * or as the end of a span (ui_time_end: "24.00" at the next midnight). */
#define UI_TIME_MAX 16
char *ui_time(time_t t, char buf[static UI_TIME_MAX]);
char *ui_time_end(time_t start, time_t end, char buf[static UI_TIME_MAX]);
/* On a locked kiosk (F10, q, Ctrl-C): the staff prompt, asking for an
 * administrator's name and PIN to stop hubdesk. */
void ui_staff_stop(struct ui *ui);
/* Asks "Quit hubdesk?" (F10, q, Ctrl-C); a locked kiosk asks for an
 * administrator instead (ui_staff_stop). */
int ui_key_quit(struct ui *ui);
/* Whether key row k is offered (bar and help) on this UI now. */
bool ui_key_shown(const struct ui *ui, const struct ui_key *k);
/* The home screen's q: the quit question when no code is typed. */
int ui_home_key_q(struct ui *ui);
/* The quit question's keys: y quits, any other key keeps running. */
extern const struct ui_key ui_quit_keys[];

/* Drawing helpers (ui-draw.c). */
void ui_draw_init(struct ui *ui);
void ui_attr(struct ui *ui, enum ui_pair pair, bool bold);
void ui_attr_off(struct ui *ui);
void ui_title_bar(struct ui *ui, const char *title);
void ui_key_bar(struct ui *ui);
void ui_status_line(struct ui *ui);
/* Writes UTF-8 s at row, col, cut to width columns; returns columns used. */
int ui_put(int row, int col, const char *s, int width);
void ui_put_centre(int row, const char *s);
/* Draws n cells side by side from column x, each cut to its width in
 * terminal columns and followed by a space: a table row that stays aligned
 * whatever letters the cells hold. */
void ui_put_cells(int row, int x, const char *const *cells, const int *widths, int n);
int ui_width(const char *s);
/* Text wrapped at spaces into lines of at most a width: each line is bytes
 * [off, off + len) of the text, width columns wide. */
struct ui_line {
	size_t off, len;
	int width;
};
#define UI_WRAP_MAX 16   /* lines ui_put_wrapped draws at most */
#define UI_STATUS_ROWS 3 /* rows a long status message may take */
/* Fills up to max lines (lines may be NULL) and returns how many the text
 * needs; a word wider than a line is broken where it must be. */
int ui_wrap(const char *s, int width, struct ui_line *lines, int max);
/* Draws s wrapped to width columns from row, col, at most rows rows (the
 * last ends in "…" when more was needed), each line centred in the width
 * when centre; returns the rows used. */
int ui_put_wrapped(int row, int col, int width, int rows, bool centre, const char *s);
/* A question or refusal about the screen's selection, wrapped in the rows
 * just above the status line, from the bottom up (at most
 * UI_QUESTION_ROWS), in bold of the pair's colour. */
#define UI_QUESTION_ROWS 3
void ui_question(struct ui *ui, enum ui_pair pair, const char *s);
/* The outcome, wrapped and centred in width columns from row, in the
 * colour of success or refusal; returns the rows used (0: none). */
int ui_outcome_draw(struct ui *ui, int row, int width, int rows);
/* The outcome in a framed box over the middle of the screen, for screens
 * whose middle is a grid or a map. */
void ui_outcome_box(struct ui *ui);

#endif
