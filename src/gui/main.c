/* main.c — starts the Caretaker application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "caretaker"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "ct-application.h"
#include "ct-bench-hook.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(CtApplication) app = NULL;

  ct_bench_hook_start_time = g_get_monotonic_time ();  /* see ct-bench-hook.c */
  setlocale (LC_ALL, "");
  /* CARETAKER_LOCALEDIR lets `build-aux/dev run` use the translations in build/po. */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("CARETAKER_LOCALEDIR") ?: LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_set_application_name (_("Caretaker"));

  app = ct_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
