/* Fuzz target: text people type or a database holds, on its way to the
 * kiosk screen: validation (text_clean, text_clean_name), folding
 * (text_squeeze, text_same_folded), the screen sanitiser text_copy_printable
 * that the store reads every text through, text_safe for error messages,
 * widths, and the kiosk's word wrap and sentence (ui-draw.c's pure part,
 * no curses screen). Whatever is made printable must be valid UTF-8. */
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "hubdesk/text.h"
#include "ui-internal.h"

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	/* The kiosk's own fallback locale (cli-hub.c). */
	setlocale(LC_ALL, "C.UTF-8");
	return 0;
}

static void
text_fuzz_wrap(const char *s, int width)
{
	struct ui_line lines[64];
	int n = ui_wrap(s, width, lines, 64);
	size_t len = strlen(s);

	for (int i = 0; i < n && i < 64; i++) {
		if (lines[i].off + lines[i].len > len || lines[i].len == 0)
			abort();
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = fuzz_string(data, size), out[HD_TEXT], small[7], safe[TEXT_SAFE];
	char sentence[64], upper[HD_TEXT], *err = NULL;
	int width = size > 0 ? data[0] % 90 : 1;

	if (text_clean(s, "name", HD_NAME_CHARS, true, out, &err) == HD_OK) {
		if (!text_utf8_valid(out) || text_width(out) < 0)
			abort();
	}
	free(err);
	err = NULL;
	if (text_clean_name(s, "name", HD_NAME_CHARS, false, out, &err) == HD_OK &&
	    !text_same_folded(out, out))
		abort();
	free(err);
	text_squeeze(s, out);
	text_copy_printable(out, sizeof out, s);
	text_copy_printable(small, sizeof small, s);
	if (!text_utf8_valid(out) || !text_utf8_valid(small) ||
	    !text_utf8_valid(text_safe(s, safe)))
		abort();
	(void)text_same_folded(s, out);
	(void)text_width(s);
	text_upper_ascii(s, upper, sizeof upper);
	text_fuzz_wrap(out, width);
	text_fuzz_wrap(s, width);
	ui_sentence(s, sentence, sizeof sentence);
	free(s);
	return 0;
}
