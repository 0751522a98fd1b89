/* The UI's key tables, read as data (no terminal needed): every row of
 * every mode of every screen does something and says what, no row hides
 * another, and the shared rows find what they act on. */
#include <stdio.h>

#include "test.h"
#include "ui-internal.h"

/* A key each class takes, to check the class row is the one found. */
static void
class_example(int class, wint_t *ch, bool *is_key)
{
	static const struct { int class; wint_t ch; bool is_key; } ex[] = {
		{ UI_KEYS_CODE, 'a', false }, { UI_KEYS_DIGIT, '5', false },
		{ UI_KEYS_TEXT, L'\u00e4', false }, { UI_KEYS_MOVE, KEY_LEFT, true },
		{ UI_KEYS_LIST, KEY_NPAGE, true }, { UI_KEYS_YES, 'Y', false },
		{ UI_KEYS_OTHER, KEY_F(12), true },
	};

	for (size_t i = 0; i < sizeof ex / sizeof ex[0]; i++) {
		if (ex[i].class == class) {
			*ch = ex[i].ch;
			*is_key = ex[i].is_key;
			return;
		}
	}
	*ch = 0;
	*is_key = false;
}

static void
check_table(const struct ui_screen *s, const struct ui_key *keys)
{
	char what[160];

	for (const struct ui_key *k = keys; k->key != 0; k++) {
		snprintf(what, sizeof what, "%s screen, key %s", s->name,
		    k->name != NULL ? k->name : "(no name)");
		if (k->name == NULL || k->help == NULL || k->action == NULL)
			test_failed(__FILE__, __LINE__, what);
		for (const struct ui_key *o = keys; o != k; o++) {
			if (o->key == k->key)
				test_failed(__FILE__, __LINE__, what); /* listed twice */
		}
		if (k->key < UI_KEYS_CLASS) {
			/* Its own key finds this row. */
			if (ui_key_find(keys, (wint_t)k->key, k->key >= KEY_MIN) != k)
				test_failed(__FILE__, __LINE__, what);
		} else {
			wint_t ch;
			bool is_key;
			const struct ui_key *f;

			class_example(k->key, &ch, &is_key);
			f = ui_key_find(keys, ch, is_key);
			/* The class row, unless a row of that very key comes first. */
			if (ch == 0 || f == NULL || (f != k && f->key != (int)ch))
				test_failed(__FILE__, __LINE__, what);
			/* Its label clicked on the bar finds it too. */
			if (ui_key_find(keys, (wint_t)k->key, true) != k)
				test_failed(__FILE__, __LINE__, what);
		}
		/* The shared rows act on what the screen names. */
		if ((keys == ui_form_keys && s->form == NULL) ||
		    (keys == ui_code_keys && s->code == NULL) ||
		    ((k->action == ui_list_key_move || k->action == ui_list_key_click) &&
		    s->list == NULL) ||
		    ((k->action == ui_yesno_yes || k->action == ui_yesno_no) &&
		    s->yesno == NULL))
			test_failed(__FILE__, __LINE__, what);
	}
}

TEST(ui_every_key_row_does_something_and_says_what)
{
	size_t nscreens = 0, ntables = 0;

	for (size_t i = 0; ui_screens[i] != NULL; i++) {
		const struct ui_screen *s = ui_screens[i];

		nscreens++;
		REQUIRE(s->modes != NULL && s->modes[0] != NULL);
		for (size_t m = 0; s->modes[m] != NULL; m++) {
			CHECK(s->modes[m][0].key != 0);
			check_table(s, s->modes[m]);
			ntables++;
		}
		/* The form's discard question stands in for the screen's table. */
		if (s->form != NULL)
			check_table(s, ui_form_discard_keys);
		for (size_t j = 0; j < i; j++)
			CHECK(ui_screens[j] != s);
	}
	CHECK_INT(nscreens, 15);
	CHECK(ntables > nscreens);
	/* The quit question, which stands in for any screen's table. */
	check_table(&ui_home, ui_quit_keys);
	CHECK(ui_key_find(ui_quit_keys, 'y', false)->action != ui_key_find(ui_quit_keys, 'n', false)->action);
	CHECK(ui_key_find(ui_quit_keys, 3, false) != NULL);
}

TEST(ui_class_rows_and_any_other_key)
{
	static const struct ui_key question[] = {
		{ UI_KEYS_OTHER, "Other", "No", "no", ui_back },
		{ UI_KEYS_YES, "y", "Yes", "yes", ui_back },
		{ 'q', "q", NULL, "back", ui_back },
		UI_KEY_END,
	};

	/* y and Y are the yes row, q its own, anything else the other row,
	 * wherever the other row stands in the table. */
	CHECK(ui_key_find(question, 'y', false) == &question[1]);
	CHECK(ui_key_find(question, 'Y', false) == &question[1]);
	CHECK(ui_key_find(question, 'q', false) == &question[2]);
	CHECK(ui_key_find(question, 'n', false) == &question[0]);
	CHECK(ui_key_find(question, KEY_MOUSE, true) == &question[0]);
	/* A typed character is never taken for a KEY_ code of the same value. */
	CHECK(ui_key_find(ui_code_keys, KEY_F(1), false) == NULL);
	CHECK(ui_key_find(ui_code_keys, KEY_F(1), true) == &ui_code_keys[0]);
	/* Codes: the alphabet in either case; look-alikes (O, I, 1) are not. */
	CHECK(ui_code_char('k', false) && ui_code_char('K', false));
	CHECK(!ui_code_char('O', false) && !ui_code_char('1', false) && !ui_code_char('q', false));
}
