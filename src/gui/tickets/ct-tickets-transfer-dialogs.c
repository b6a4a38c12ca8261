/* ct-tickets-transfer-dialogs.c — Import… and Export… of the Tickets page:
 * the file choosers, the import options and what a finished transfer shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-tickets-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-tickets-transfer-private.h"

/* Shows @title (transfer full). Toast titles are Pango markup: escape what
 * comes from outside (file names, errors). */
static void
show_toast (CtTicketsPage *self,
            char          *title)
{
  g_autofree char *owned = title;

  ct_page_show_toast (CT_PAGE (self), adw_toast_new (owned));
}

/* Export */

/* "Tickets 2026-11-21.xlsx", today in the database's time zone. */
static char *
dup_export_name (CtTicketsPage *self)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (ct_tickets_page_now (self));
  g_autoptr(GTimeZone) tz = self->tz ? g_time_zone_ref (self->tz) : g_time_zone_new_local ();
  g_autoptr(GDateTime) local = g_date_time_to_timezone (utc, tz);
  g_autofree char *date = g_date_time_format (local, "%Y-%m-%d");

  /* Translators: the name offered for an export; %s is today's date, 2026-11-21 */
  return g_strdup_printf (_("Tickets %s.xlsx"), date);
}

/* The export knows the name's extension (.csv or .xlsx, any case). */
static gboolean
has_extension (const char *path)
{
  CtTicketExportFormat format;

  return ct_ticket_export_format_from_path (path, &format);
}

static void
export_chosen_cb (GtkNativeDialog *native,
                  int              response,
                  CtTicketsPage   *self)
{
  g_autofree char *path = ct_transfer_take_export_path (native, response, has_extension);

  if (path != NULL)
    ct_tickets_page_export_to_path (self, path);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  g_autofree char *name = dup_export_name (CT_TICKETS_PAGE (widget));

  ct_transfer_chooser_show (ct_transfer_export_chooser_new (widget, name),
                            G_CALLBACK (export_chosen_cb), widget);
}

/* "Exported 1,234 tickets to 工单 2026-11-21.xlsx", and Open. */
static void
show_export_toast (CtTicketsPage     *self,
                   CtTicketsTransfer *job)
{
  g_autofree char *name = g_markup_escape_text (job->name, -1);
  g_autofree char *title = NULL;
  guint n = job->n_exported;

  /* Translators: "Exported 1,234 tickets to 工单 2026-11-21.xlsx" */
  title = g_strdup_printf (ngettext ("Exported %'u ticket to %s",
                                     "Exported %'u tickets to %s", n), n, name);
  ct_transfer_show_exported (CT_PAGE (self), title, job->path);
}

void
ct_tickets_page_show_exported (CtTicketsPage     *self,
                               CtTicketsTransfer *job,
                               const GError      *error)
{
  if (error == NULL)
    show_export_toast (self, job);
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    show_toast (self, g_strdup (_("Export cancelled")));
  else
    ct_transfer_show_error (GTK_WIDGET (self), _("Export Failed"), error->message);
}

/* Import */

/* "1 site, 2 buildings, 3 units", or NULL when nothing is created. */
static char *
dup_created (const CtTicketImportResult *result)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  guint n;

  if ((n = result->n_sites) > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%'u site", "%'u sites", n), n));
  if ((n = result->n_buildings) > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%'u building", "%'u buildings", n), n));
  if ((n = result->n_units) > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%'u unit", "%'u units", n), n));
  if ((n = result->n_departments) > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%'u department", "%'u departments", n),
                                             n));
  if (parts->len == 0)
    return NULL;
  g_ptr_array_add (parts, NULL);
  /* Translators: between the items of "1 site, 2 buildings, 3 units" */
  return g_strjoinv (_(", "), (char **) parts->pdata);
}

static void
checked_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     CtTicketsPage    *self)
{
  const char *path = g_object_get_data (G_OBJECT (dialog), "ct-path");
  CtTicketImportFlags flags = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dialog), "ct-flags"));

  if (g_strcmp0 (response, "import") == 0)
    ct_tickets_page_import_path (self, path, flags & ~CT_TICKET_IMPORT_DRY_RUN);
}

/* A dry run passed: say what an import would do and offer it. */
static void
show_checked (CtTicketsPage     *self,
              CtTicketsTransfer *job)
{
  guint n = job->imported.n_tickets;
  g_autofree char *created = dup_created (&job->imported);
  g_autoptr(GString) body = g_string_new (NULL);
  AdwMessageDialog *dialog;

  g_string_append_printf (body, ngettext ("%'u ticket in “%s” can be imported.",
                                          "All %'u tickets in “%s” can be imported.", n),
                          n, job->name);
  if (created != NULL)
    {
      g_string_append_c (body, ' ');
      /* Translators: %s is "1 site, 2 buildings, 3 units" */
      g_string_append_printf (body, _("Importing them would also create %s."), created);
    }
  g_string_append_c (body, ' ');
  g_string_append (body, _("Nothing was written."));

  dialog = ct_transfer_ready_dialog_new (GTK_WIDGET (self), body->str, job->path);
  g_object_set_data (G_OBJECT (dialog), "ct-flags", GUINT_TO_POINTER (job->flags));
  g_signal_connect_object (dialog, "response", G_CALLBACK (checked_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The tickets are in the file: read the list and, when the worker's
 * connection added any, the organisation again. */
static void
show_done (CtTicketsPage     *self,
           CtTicketsTransfer *job)
{
  CtOrganisation *org = ct_context_get_organisation (self->context);
  g_autofree char *created = dup_created (&job->imported);
  guint n = job->imported.n_tickets;
  g_autoptr(GError) error = NULL;

  if (created != NULL && !ct_organisation_reload (org, &error))
    show_toast (self, g_markup_escape_text (error->message, -1));
  ct_tickets_page_refresh (self);
  if (created == NULL)
    show_toast (self, g_strdup_printf (ngettext ("Imported %'u ticket",
                                                 "Imported %'u tickets", n), n));
  else
    /* Translators: "Imported 120 tickets (3 units created)" */
    show_toast (self, g_strdup_printf (ngettext ("Imported %'u ticket (%s created)",
                                                 "Imported %'u tickets (%s created)", n),
                                       n, created));
}

void
ct_tickets_page_show_imported (CtTicketsPage     *self,
                               CtTicketsTransfer *job,
                               const GError      *error)
{
  if (error == NULL && (job->flags & CT_TICKET_IMPORT_DRY_RUN))
    show_checked (self, job);
  else if (error == NULL)
    show_done (self, job);
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    show_toast (self, g_strdup (_("Import cancelled: nothing was imported")));
  else
    ct_transfer_show_import_error (GTK_WIDGET (self), error);
}

static void
options_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     CtTicketsPage    *self)
{
  GtkCheckButton *create = g_object_get_data (G_OBJECT (dialog), "ct-create-missing");
  GtkCheckButton *dry_run = g_object_get_data (G_OBJECT (dialog), "ct-dry-run");
  CtTicketImportFlags flags = CT_TICKET_IMPORT_DEFAULT;

  if (g_strcmp0 (response, "import") != 0)
    return;
  if (gtk_check_button_get_active (create))
    flags |= CT_TICKET_IMPORT_CREATE_MISSING;
  if (gtk_check_button_get_active (dry_run))
    flags |= CT_TICKET_IMPORT_DRY_RUN;
  ct_tickets_page_import_path (self, g_object_get_data (G_OBJECT (dialog), "ct-path"), flags);
}

static GtkWidget *
add_check (GtkBox     *box,
           const char *label)
{
  GtkWidget *check = gtk_check_button_new_with_mnemonic (label);

  gtk_box_append (box, check);
  return check;
}

/* What the file must hold, and how to import it. */
static void
ask_options (CtTicketsPage *self,
             const char    *path)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *create = add_check (GTK_BOX (box), _("Create _missing sites, buildings and units"));
  GtkWidget *dry_run = add_check (GTK_BOX (box), _("Check _only (dry run)"));
  AdwMessageDialog *dialog;

  dialog = ct_transfer_options_dialog_new (GTK_WIDGET (self), path,
    _("The first row names the columns. Required: kind, site and created_at (类型, 项目, "
      "报修时间); others such as unit (3-2-1201), title, assignee and status are optional. "
      "Times are written like 2025-11-03 08:30. A file exported from this list imports "
      "as it is.\n\nEvery row is checked first: if one is wrong, nothing is imported."),
    box, dry_run);
  g_object_set_data (G_OBJECT (dialog), "ct-create-missing", create);
  g_object_set_data (G_OBJECT (dialog), "ct-dry-run", dry_run);
  g_signal_connect_object (dialog, "response", G_CALLBACK (options_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
import_chosen_cb (GtkNativeDialog *native,
                  int              response,
                  CtTicketsPage   *self)
{
  g_autofree char *path = ct_transfer_take_path (native, response);

  if (path != NULL)
    ask_options (self, path);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ct_transfer_chooser_show (ct_transfer_import_chooser_new (widget, _("Import Tickets")),
                            G_CALLBACK (import_chosen_cb), widget);
}

void
ct_tickets_page_class_init_transfer_dialogs (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "tickets.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "tickets.export", NULL, export_action);
}

/* Ctrl+Shift+E wherever the focus is, while the Tickets tab is shown. */
static gboolean
export_shortcut_cb (GtkWidget *widget,
                    GVariant  *args,
                    gpointer   user_data)
{
  CtTicketsPage *self = CT_TICKETS_PAGE (widget);

  if (!gtk_widget_get_mapped (widget) || self->context == NULL || self->transfer != NULL)
    return FALSE;
  return gtk_widget_activate_action (widget, "tickets.export", NULL);
}

void
ct_tickets_page_init_transfer (CtTicketsPage *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  GtkShortcutTrigger *trigger = gtk_keyval_trigger_new (GDK_KEY_e,
                                                        GDK_CONTROL_MASK | GDK_SHIFT_MASK);

  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (controller),
                                     GTK_SHORTCUT_SCOPE_GLOBAL);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (trigger,
                                                          gtk_callback_action_new (export_shortcut_cb,
                                                                                   NULL, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}
