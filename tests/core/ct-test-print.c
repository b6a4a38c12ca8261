/* ct-test-print.c — the text of a PDF, for the tests of printed forms
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo.h>

#include "ct-test-print.h"

char *
ct_test_pdf_text (const char *path)
{
  g_autofree char *tool = g_find_program_in_path ("pdftotext");
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };

  if (tool == NULL)
    return NULL;
  argv[0] = tool;
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL,
                &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

guint
ct_test_count_pages (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p; p++)
    n += *p == '\f';
  return n;
}

void
ct_test_print_init (int    *argc,
                    char ***argv)
{
  g_setenv ("TZ", "America/New_York", TRUE);
  g_test_init (argc, argv, NULL);
}

int
ct_test_print_run (void)
{
  int status = g_test_run ();

  /* Cairo keeps fonts until exit: release them for leak checkers. */
  cairo_debug_reset_static_data ();
  return status;
}
