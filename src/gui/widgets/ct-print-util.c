/* ct-print-util.c — what the print operations of the pages share: A4 by
 * default, drawn on the whole sheet in points, and the printer settings
 * remembered on the parent window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-print"

#include "config.h"

#include "ct-print-util.h"

static GtkPageSetup *
default_page_setup (void)
{
  GtkPageSetup *setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_PORTRAIT);
  return setup;
}

/* An operation of @n_pages named @job_name, with the settings last remembered
 * on @parent under @settings_key. Connect its "draw-page". */
GtkPrintOperation *
ct_print_operation_new (GtkWindow  *parent,
                        const char *settings_key,
                        const char *job_name,
                        int         n_pages)
{
  GtkPrintOperation *operation = NULL;
  GtkPrintSettings *saved = NULL;
  g_autoptr(GtkPrintSettings) settings = NULL;
  g_autoptr(GtkPageSetup) setup = NULL;

  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (settings_key != NULL && job_name != NULL, NULL);

  operation = gtk_print_operation_new ();
  saved = parent ? g_object_get_data (G_OBJECT (parent), settings_key) : NULL;
  settings = saved ? gtk_print_settings_copy (saved) : gtk_print_settings_new ();
  setup = default_page_setup ();
  gtk_print_operation_set_job_name (operation, job_name);
  gtk_print_operation_set_n_pages (operation, n_pages);
  /* The pages keep their own margins: draw on the whole sheet, in points. */
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  /* "Print to File" suggests "@job_name.pdf". */
  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_BASENAME, job_name);
  gtk_print_operation_set_print_settings (operation, settings);
  return operation;
}

/* After GTK_PRINT_OPERATION_RESULT_APPLY: the next print over @parent starts
 * from the settings of @operation. */
void
ct_print_operation_remember (GtkWindow         *parent,
                             const char        *settings_key,
                             GtkPrintOperation *operation)
{
  GtkPrintSettings *settings;

  g_return_if_fail (GTK_IS_PRINT_OPERATION (operation));
  g_return_if_fail (settings_key != NULL);

  settings = gtk_print_operation_get_print_settings (operation);
  if (parent != NULL && settings != NULL)
    g_object_set_data_full (G_OBJECT (parent), settings_key, g_object_ref (settings),
                            g_object_unref);
}
