/* ct-dashboard-report-chooser.c — Save as PDF… and Export to Excel… ask
 * for the file (GtkFileChooserNative, offering "Operations report 2026年10月
 * 翠湖花园.pdf"), then ct_dashboard_page_report () writes it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-dashboard-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-dashboard-page-private.h"
#include "widgets/ct-transfer-dialogs.h"

#define XLSX_TYPE "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

static GtkWindow *
get_window (CtDashboardPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static gboolean
has_extension (const char *path,
               const char *extension)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  return g_str_has_suffix (lower, extension);
}

static void
chosen_cb (GtkNativeDialog *native,
           int              response,
           CtDashboardPage *self)
{
  CtDashboardReportKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (native), "ct-kind"));
  const char *extension = kind == CT_DASHBOARD_REPORT_PDF ? ".pdf" : ".xlsx";
  g_autofree char *path = ct_transfer_take_path (native, response);

  if (path == NULL)
    return;
  if (!has_extension (path, extension))
    {
      char *named = g_strconcat (path, extension, NULL);

      g_free (path);
      path = named;
    }
  ct_dashboard_page_report (self, kind, path);
}

/* "物业服务运营报告 2026年10月 翠湖花园.pdf" */
static char *
dup_file_name (CtDashboardPage       *self,
               CtDashboardReportKind  kind)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *when = NULL;
  g_autofree char *site = ct_dashboard_page_dup_site_name (self);
  g_autofree char *title = NULL;
  CtKpiPeriod period;

  if (!ct_dashboard_page_read_period (self, &period, &error))
    when = g_strdup ("");
  else
    when = ct_dashboard_period_title (&period, self->tz);
  /* Translators: the report's title, as in the report itself */
  title = g_strdup_printf (_("Operations report %s"), when);
  return g_strdup_printf ("%s%s%s%s", g_strstrip (title), site ? " " : "", site ? site : "",
                          kind == CT_DASHBOARD_REPORT_PDF ? ".pdf" : ".xlsx");
}

static void
choose_file (CtDashboardPage       *self,
             CtDashboardReportKind  kind)
{
  gboolean pdf = kind == CT_DASHBOARD_REPORT_PDF;
  g_autofree char *name = NULL;
  GtkFileChooserNative *native;

  if (self->context == NULL || self->tz == NULL)
    return;
  name = dup_file_name (self, kind);

  native = gtk_file_chooser_native_new (pdf ? _("Save the Report as PDF")
                                            : _("Export the KPI Tables to Excel"),
                                        get_window (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                        pdf ? _("_Save") : _("_Export"), _("_Cancel"));
  ct_transfer_chooser_add_filter (GTK_FILE_CHOOSER (native),
                                  pdf ? _("PDF Documents") : _("Excel Workbooks"),
                                  pdf ? "*.pdf" : "*.xlsx",
                                  pdf ? "application/pdf" : XLSX_TYPE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  g_object_set_data (G_OBJECT (native), "ct-kind", GINT_TO_POINTER (kind));
  ct_transfer_chooser_show (native, G_CALLBACK (chosen_cb), self);
}

static void
print_report_action (GtkWidget  *widget,
                     const char *action,
                     GVariant   *parameter)
{
  ct_dashboard_page_report (CT_DASHBOARD_PAGE (widget), CT_DASHBOARD_REPORT_PRINT, NULL);
}

static void
save_pdf_action (GtkWidget  *widget,
                 const char *action,
                 GVariant   *parameter)
{
  choose_file (CT_DASHBOARD_PAGE (widget), CT_DASHBOARD_REPORT_PDF);
}

static void
export_xlsx_action (GtkWidget  *widget,
                    const char *action,
                    GVariant   *parameter)
{
  choose_file (CT_DASHBOARD_PAGE (widget), CT_DASHBOARD_REPORT_XLSX);
}

void
ct_dashboard_page_class_init_report (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "dashboard.print-report", NULL,
                                   print_report_action);
  gtk_widget_class_install_action (widget_class, "dashboard.save-pdf", NULL, save_pdf_action);
  gtk_widget_class_install_action (widget_class, "dashboard.export-xlsx", NULL,
                                   export_xlsx_action);
}
