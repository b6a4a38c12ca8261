/* ct-test-print.h — what the tests of printed forms share: the text of a PDF,
 * the time zone and the end of a run
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The text of the PDF @path by pdftotext (UTF-8, pages ended by '\f'), or
 * NULL when poppler-utils is not installed: skip the test then. */
char  *ct_test_pdf_text    (const char *path);
/* The number of pages of a pdftotext output. */
guint  ct_test_count_pages (const char *text);

/* g_test_init() with TZ elsewhere (America/New_York) on purpose: times must
 * come out in the database's zone, not the machine's. */
void   ct_test_print_init  (int         *argc,
                            char      ***argv);
/* g_test_run(), then cairo's fonts released for leak checkers. */
int    ct_test_print_run   (void);

G_END_DECLS
