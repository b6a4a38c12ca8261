/* ct-new-ticket-dialog.c — a new ticket taken during a phone call: unit, kind,
 * class, category, description, and the deadlines that will apply
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-new-ticket-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-error.h"
#include "ct-new-ticket-dialog-private.h"
#include "ct-ticket-detail-format.h"

G_DEFINE_FINAL_TYPE (CtNewTicketDialog, ct_new_ticket_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

enum {
  CREATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

void
ct_new_ticket_dialog_show_error (CtNewTicketDialog *self,
                                 const char        *message)
{
  /* Hidden rather than only folded: an empty wrapping label measures oddly. */
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_revealer), message != NULL);
  gtk_revealer_set_reveal_child (self->error_revealer, message != NULL);
}

/* The deadlines a ticket saved now would get, shown before saving. */
void
ct_new_ticket_dialog_update_deadlines (CtNewTicketDialog *self)
{
  CtTicketStore *store = ct_context_get_tickets (self->context);
  g_autoptr(CtTicket) scratch = ct_ticket_new (self->kind, "-");
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->appointment_entry));
  g_autofree char *line = NULL;
  CtSlaDeadlines deadlines;
  gint64 appointment = 0;

  if (self->tz == NULL)
    return;
  if (g_str_equal (self->repair_class, "appointment")
      && !ct_ticket_detail_parse_time (text, self->tz, &appointment))
    {
      gtk_label_set_text (self->deadlines_label,
                          _("Type the appointment time to see the deadlines."));
      return;
    }
  ct_record_set_string (CT_RECORD (scratch), "repair_class", self->repair_class);
  ct_record_set_int (CT_RECORD (scratch), "site_id", ct_new_ticket_dialog_get_site_id (self));
  ct_record_set_int (CT_RECORD (scratch), "appointment_at", appointment);
  ct_ticket_store_preview_deadlines (store, scratch, &deadlines);
  line = ct_ticket_detail_format_deadlines (&deadlines, self->tz,
                                            ct_clock_now (ct_context_get_clock (self->context)));
  gtk_label_set_text (self->deadlines_label, line);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  ct_new_ticket_dialog_save (CT_NEW_TICKET_DIALOG (widget));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  gtk_window_close (GTK_WINDOW (widget));
}

/* In the description, Enter saves, Shift+Enter starts a new line and Tab goes
 * to Save: the keyboard path ends there. */
static gboolean
description_key_cb (CtNewTicketDialog     *self,
                    guint                  keyval,
                    guint                  keycode,
                    GdkModifierType        state,
                    GtkEventControllerKey *controller)
{
  if ((keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter) && !(state & GDK_SHIFT_MASK))
    {
      ct_new_ticket_dialog_save (self);
      return TRUE;
    }
  if (keyval == GDK_KEY_Tab && !(state & (GDK_SHIFT_MASK | GDK_CONTROL_MASK)))
    {
      gtk_widget_grab_focus (self->save_button);
      return TRUE;
    }
  return FALSE;
}

static void
department_selected_cb (CtNewTicketDialog *self)
{
  if (!self->setting_department)
    self->department_set = TRUE;
}

static void
category_activate_cb (CtNewTicketDialog *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->description_view));
}

static void
appointment_activate_cb (CtNewTicketDialog *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->category_entry));
}

static void
place_activate_cb (CtNewTicketDialog *self)
{
  gtk_widget_child_focus (GTK_WIDGET (self->kind_box), GTK_DIR_TAB_FORWARD);
}

static void
connect_keys (CtNewTicketDialog *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (description_key_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->description_view), keys);
  g_signal_connect_object (self->category_entry, "activate", G_CALLBACK (category_activate_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->place_entry, "activate", G_CALLBACK (place_activate_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->appointment_entry, "activate",
                           G_CALLBACK (appointment_activate_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->appointment_entry, "changed", G_CALLBACK (ct_new_ticket_dialog_update_deadlines),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->site_dropdown, "notify::selected",
                           G_CALLBACK (ct_new_ticket_dialog_update_deadlines), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->department_row, "notify::selected",
                           G_CALLBACK (department_selected_cb), self, G_CONNECT_SWAPPED);
}

static void
ct_new_ticket_dialog_constructed (GObject *object)
{
  CtNewTicketDialog *self = CT_NEW_TICKET_DIALOG (object);
  g_autoptr(GError) error = NULL;

  G_OBJECT_CLASS (ct_new_ticket_dialog_parent_class)->constructed (object);
  g_assert (CT_IS_CONTEXT (self->context));

  self->tz = ct_ticket_detail_dup_timezone (ct_context_get_tickets (self->context), 0, &error);
  if (self->tz == NULL)
    ct_new_ticket_dialog_show_error (self, error->message);
  ct_new_ticket_dialog_init_search (self);
  ct_new_ticket_dialog_init_choices (self);
  ct_new_ticket_dialog_init_asset (self);
  connect_keys (self);
}

/* The call starts with who calls: focus the search when the dialog opens. */
static void
ct_new_ticket_dialog_map (GtkWidget *widget)
{
  CtNewTicketDialog *self = CT_NEW_TICKET_DIALOG (widget);

  GTK_WIDGET_CLASS (ct_new_ticket_dialog_parent_class)->map (widget);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
ct_new_ticket_dialog_dispose (GObject *object)
{
  CtNewTicketDialog *self = CT_NEW_TICKET_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CT_TYPE_NEW_TICKET_DIALOG);
  ct_new_ticket_dialog_free_search (self);
  ct_new_ticket_dialog_free_asset (self);
  g_clear_pointer (&self->tz, g_time_zone_unref);
  g_clear_pointer (&self->site_ids, g_array_unref);
  g_clear_pointer (&self->department_ids, g_array_unref);
  g_clear_pointer (&self->kind, g_free);
  g_clear_pointer (&self->repair_class, g_free);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (ct_new_ticket_dialog_parent_class)->dispose (object);
}

static void
ct_new_ticket_dialog_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  CtNewTicketDialog *self = CT_NEW_TICKET_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CONTEXT: g_value_set_object (value, self->context); break;
    default:           G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ct_new_ticket_dialog_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  CtNewTicketDialog *self = CT_NEW_TICKET_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CONTEXT: self->context = g_value_dup_object (value); break;
    default:           G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ct_new_ticket_dialog_class_init (CtNewTicketDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ct_new_ticket_dialog_constructed;
  object_class->dispose = ct_new_ticket_dialog_dispose;
  object_class->get_property = ct_new_ticket_dialog_get_property;
  object_class->set_property = ct_new_ticket_dialog_set_property;
  widget_class->map = ct_new_ticket_dialog_map;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, CT_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CtNewTicketDialog::created:
   * @ticket: the ticket as stored (code, deadlines)
   */
  signals[CREATED] =
    g_signal_new ("created", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, CT_TYPE_TICKET);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/caretaker/Caretaker/ui/ct-new-ticket-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CtNewTicketDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, CtNewTicketDialog, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, CtNewTicketDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, CtNewTicketDialog, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CtNewTicketDialog, match_list);
  gtk_widget_class_bind_template_child (widget_class, CtNewTicketDialog, picked_box);
  gtk_widget_class_bind_template_child (widget_class, CtNewTicketDialog, picked_label);
  gtk_widget_class_bind_template_child (widget_class, CtNewTicketDialog, public_box);
  gtk_widget_class_bind_template_child (widget_class, CtNewTicketDialog, site_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CtNewTicketDialog, place_entry);
  gtk_widget_class_bind_template_child (widget_class, CtNewTicketDialog, kind_label);
  gtk_widget_class_bind_template_child (widget_class, CtNewTicketDialog, kind_box);
  gtk_widget_class_bind_template_child (widget_class, CtNewTicketDialog, class_row);
  gtk_widget_class_bind_template_child (widget_class, CtNewTicketDialog, class_label);
  gtk_widget_class_bind_template_child (widget_class, CtNewTicketDialog, class_box);
  gtk_widget_class_bind_template_child (widget_class, CtNewTicketDialog, appointment_row);
  gtk_widget_class_bind_template_child (widget_class, CtNewTicketDialog, appointment_entry);
  gtk_widget_class_bind_template_child (widget_class, CtNewTicketDialog, category_entry);
  gtk_widget_class_bind_template_child (widget_class, CtNewTicketDialog, description_view);
  gtk_widget_class_bind_template_child (widget_class, CtNewTicketDialog, deadlines_label);
  gtk_widget_class_bind_template_child (widget_class, CtNewTicketDialog, reporter_row);
  gtk_widget_class_bind_template_child (widget_class, CtNewTicketDialog, phone_row);
  gtk_widget_class_bind_template_child (widget_class, CtNewTicketDialog, channel_row);
  gtk_widget_class_bind_template_child (widget_class, CtNewTicketDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, CtNewTicketDialog, department_row);
  gtk_widget_class_bind_template_child (widget_class, CtNewTicketDialog, asset_entry);
  gtk_widget_class_bind_template_child (widget_class, CtNewTicketDialog, asset_list);
  gtk_widget_class_bind_template_child (widget_class, CtNewTicketDialog, asset_down_check);

  gtk_widget_class_install_action (widget_class, "new-ticket.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "new-ticket.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "new-ticket.cancel", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "new-ticket.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK,
                                       "new-ticket.save", NULL);
}

static void
ct_new_ticket_dialog_init (CtNewTicketDialog *self)
{
  self->kind = g_strdup ("repair");
  self->repair_class = g_strdup ("routine");
  self->site_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->department_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
ct_new_ticket_dialog_new (GtkWindow *parent,
                          CtContext *context)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CT_IS_CONTEXT (context), NULL);

  return g_object_new (CT_TYPE_NEW_TICKET_DIALOG, "transient-for", parent, "context", context,
                       NULL);
}

const char *
ct_new_ticket_dialog_get_reporter (CtNewTicketDialog *self)
{
  g_return_val_if_fail (CT_IS_NEW_TICKET_DIALOG (self), NULL);
  return gtk_editable_get_text (GTK_EDITABLE (self->reporter_row));
}

const char *
ct_new_ticket_dialog_get_phone (CtNewTicketDialog *self)
{
  g_return_val_if_fail (CT_IS_NEW_TICKET_DIALOG (self), NULL);
  return gtk_editable_get_text (GTK_EDITABLE (self->phone_row));
}

const char *
ct_new_ticket_dialog_get_deadlines_text (CtNewTicketDialog *self)
{
  g_return_val_if_fail (CT_IS_NEW_TICKET_DIALOG (self), NULL);
  return gtk_label_get_text (self->deadlines_label);
}

const char *
ct_new_ticket_dialog_get_error (CtNewTicketDialog *self)
{
  g_return_val_if_fail (CT_IS_NEW_TICKET_DIALOG (self), NULL);

  if (!gtk_revealer_get_reveal_child (self->error_revealer))
    return NULL;
  return gtk_label_get_text (self->error_label);
}
