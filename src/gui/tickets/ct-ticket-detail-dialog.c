/* ct-ticket-detail-dialog.c — the small modal form behind one ticket action
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-ticket-detail"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-ticket-detail-dialog-private.h"

G_DEFINE_FINAL_TYPE (CtTicketDetailDialog, ct_ticket_detail_dialog, ADW_TYPE_WINDOW)

enum {
  CONFIRM,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
confirm_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  ct_ticket_detail_dialog_confirm (CT_TICKET_DETAIL_DIALOG (widget));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static GtkWidget *
build_header (CtTicketDetailDialog *self,
              const char           *confirm_label,
              gboolean              destructive)
{
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));

  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "dialog.cancel");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);

  self->confirm_button = gtk_button_new_with_mnemonic (confirm_label);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->confirm_button), "dialog.confirm");
  gtk_widget_add_css_class (self->confirm_button,
                            destructive ? "destructive-action" : "suggested-action");
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->confirm_button);
  gtk_window_set_default_widget (GTK_WINDOW (self), self->confirm_button);
  return header;
}

static GtkWidget *
build_error (CtTicketDetailDialog *self)
{
  self->error_label = g_object_new (GTK_TYPE_LABEL, "accessible-role", GTK_ACCESSIBLE_ROLE_ALERT,
                                    NULL);
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_label_set_wrap_mode (self->error_label, PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (self->error_label, 0);
  gtk_label_set_selectable (self->error_label, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");

  self->error_revealer = GTK_REVEALER (gtk_revealer_new ());
  gtk_widget_set_visible (GTK_WIDGET (self->error_revealer), FALSE);
  gtk_revealer_set_child (self->error_revealer, GTK_WIDGET (self->error_label));
  return GTK_WIDGET (self->error_revealer);
}

static void
build (CtTicketDetailDialog *self,
       const char           *confirm_label,
       gboolean              destructive)
{
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *body = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  gtk_box_append (GTK_BOX (content), build_header (self, confirm_label, destructive));
  g_object_set (body, "margin-top", 12, "margin-bottom", 18, "margin-start", 18,
                "margin-end", 18, NULL);
  self->intro_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->intro_label, TRUE);
  gtk_label_set_xalign (self->intro_label, 0);
  gtk_widget_set_visible (GTK_WIDGET (self->intro_label), FALSE);
  gtk_box_append (GTK_BOX (body), GTK_WIDGET (self->intro_label));
  gtk_box_append (GTK_BOX (body), build_error (self));
  self->form = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 12));
  gtk_box_append (GTK_BOX (body), GTK_WIDGET (self->form));
  gtk_box_append (GTK_BOX (content), body);
  adw_window_set_content (ADW_WINDOW (self), content);
}

static void
ct_ticket_detail_dialog_finalize (GObject *object)
{
  CtTicketDetailDialog *self = CT_TICKET_DETAIL_DIALOG (object);

  g_clear_pointer (&self->fields, g_ptr_array_unref);

  G_OBJECT_CLASS (ct_ticket_detail_dialog_parent_class)->finalize (object);
}

static void
ct_ticket_detail_dialog_class_init (CtTicketDetailDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = ct_ticket_detail_dialog_finalize;

  /**
   * CtTicketDetailDialog::confirm:
   *
   * The user asked for the action: run it, then close the dialog on success
   * or show the error with ct_ticket_detail_dialog_show_error().
   */
  signals[CONFIRM] =
    g_signal_new ("confirm", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * CtTicketDetailDialog::field-changed:
   * @name: the field whose choice changed
   */
  g_signal_new ("field-changed", G_TYPE_FROM_CLASS (klass),
                G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_install_action (widget_class, "dialog.confirm", NULL, confirm_action);
  gtk_widget_class_install_action (widget_class, "dialog.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "dialog.cancel", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "dialog.confirm", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK,
                                       "dialog.confirm", NULL);
}

static void
ct_ticket_detail_dialog_init (CtTicketDetailDialog *self)
{
  self->fields = g_ptr_array_new_with_free_func (ct_ticket_detail_dialog_field_free);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 480, -1);
}

CtTicketDetailDialog *
ct_ticket_detail_dialog_new (GtkWindow  *parent,
                             const char *title,
                             const char *confirm_label,
                             gboolean    destructive)
{
  CtTicketDetailDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  self = g_object_new (CT_TYPE_TICKET_DETAIL_DIALOG, "title", title,
                       "transient-for", parent, NULL);
  build (self, confirm_label, destructive);
  return self;
}

void
ct_ticket_detail_dialog_set_intro (CtTicketDetailDialog *self,
                                   const char           *text)
{
  g_return_if_fail (CT_IS_TICKET_DETAIL_DIALOG (self));

  gtk_label_set_text (self->intro_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->intro_label), text != NULL && *text != '\0');
}

void
ct_ticket_detail_dialog_show_error (CtTicketDetailDialog *self,
                                    const char           *message)
{
  gboolean shown = message != NULL && *message != '\0';

  g_return_if_fail (CT_IS_TICKET_DETAIL_DIALOG (self));

  /* Hidden rather than only folded: an empty wrapping label measures oddly. */
  gtk_label_set_text (self->error_label, shown ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_revealer), shown);
  gtk_revealer_set_reveal_child (self->error_revealer, shown);
}

const char *
ct_ticket_detail_dialog_get_error (CtTicketDetailDialog *self)
{
  g_return_val_if_fail (CT_IS_TICKET_DETAIL_DIALOG (self), NULL);

  if (!gtk_revealer_get_reveal_child (self->error_revealer))
    return NULL;
  return gtk_label_get_text (self->error_label);
}

void
ct_ticket_detail_dialog_confirm (CtTicketDetailDialog *self)
{
  g_return_if_fail (CT_IS_TICKET_DETAIL_DIALOG (self));

  g_signal_emit (self, signals[CONFIRM], 0);
}
