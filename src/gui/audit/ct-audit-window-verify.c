/* ct-audit-window-verify.c — "Verify Chain": the hash chain of the whole log,
 * checked in a thread on a connection of its own, and the result in words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-audit-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-audit-window-private.h"
#include "ct-worker-db.h"

static void
verify_free (gpointer data)
{
  ct_audit_verify_clear (data);
  g_free (data);
}

static void
verify_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  CtAuditVerify *result = g_new0 (CtAuditVerify, 1);
  GError *error = NULL;

  if (ct_audit_verify_chain (task_data, result, &error))
    g_task_return_pointer (task, result, verify_free);
  else
    {
      verify_free (result);
      g_task_return_error (task, error);
    }
}

static void
show_result (CtAuditWindow *self,
             const char    *heading,
             const char    *body)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
verify_done (GObject      *source,
             GAsyncResult *res,
             gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  CtAuditVerify *result = g_task_propagate_pointer (G_TASK (res), &error);
  CtAuditWindow *self;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = CT_AUDIT_WINDOW (source);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "audit.verify", TRUE);
  gtk_button_set_label (self->verify_button, _("_Verify Chain"));
  if (result == NULL)
    show_result (self, _("Could Not Verify the Audit Log"), error->message);
  else if (result->first_broken == 0)
    {
      g_autofree char *count = g_strdup_printf ("%" G_GINT64_FORMAT, result->rows);
      g_autofree char *body =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "The %s entry matches its hash: it was not changed with "
                                      "another tool.",
                                      "All %s entries follow each other and match their hashes: "
                                      "none was changed, removed or inserted with another tool.",
                                      (gulong) result->rows), count);

      show_result (self, _("Audit Log Intact"), body);
    }
  else
    {
      g_autofree char *body =
        g_strdup_printf (_("%s\n\nThe entries before it are intact. Keep this file as evidence "
                           "and compare it with a backup made before the damage."),
                         result->problem);

      show_result (self, _("Audit Log Damaged"), body);
    }
  verify_free (result);
}

static void
verify_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CtAuditWindow *self = CT_AUDIT_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(GTask) task = NULL;
  CtDatabase *worker;

  if (self->context == NULL)
    return;
  worker = ct_worker_db_open (ct_context_get_database (self->context), &error);
  if (worker == NULL)
    {
      show_result (self, _("Could Not Verify the Audit Log"), error->message);
      return;
    }
  if (self->cancellable == NULL)
    self->cancellable = g_cancellable_new ();
  gtk_widget_action_set_enabled (widget, "audit.verify", FALSE);
  gtk_button_set_label (self->verify_button, _("Verifying…"));
  task = g_task_new (self, self->cancellable, verify_done, NULL);
  g_task_set_source_tag (task, verify_action);
  g_task_set_task_data (task, worker, g_object_unref);
  g_task_set_return_on_cancel (task, FALSE);
  g_task_run_in_thread (task, verify_thread);
}

void
ct_audit_window_class_init_verify (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "audit.verify", NULL, verify_action);
}
