/* ct-ticket-detail.c — one ticket: facts, deadlines, timeline and actions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-ticket-detail"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-ticket-detail-format.h"
#include "ct-ticket-detail-private.h"

G_DEFINE_FINAL_TYPE (CtTicketDetail, ct_ticket_detail, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_TICKET,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const char *const sla_classes[] = { "success", "warning", "error", "dim-label" };

static void
update_zone (CtTicketDetail *self)
{
  g_autoptr(GError) error = NULL;
  gint64 site_id = ct_record_get_int (CT_RECORD (self->ticket), "site_id");

  g_clear_pointer (&self->tz, g_time_zone_unref);
  self->tz = ct_ticket_detail_dup_timezone (ct_context_get_tickets (self->context), site_id,
                                            &error);
  gtk_widget_set_visible (GTK_WIDGET (self->zone_error_label), self->tz == NULL);
  if (self->tz != NULL)
    return;

  /* Times in UTC, said so, rather than silently hours off. */
  gtk_label_set_text (self->zone_error_label, error->message);
  self->tz = g_time_zone_new_utc ();
}

static void
update_sla (CtTicketDetail *self)
{
  const char *style_class = NULL;
  const char *icon_name = NULL;
  g_autofree char *text = NULL;

  if (self->ticket == NULL || self->context == NULL)
    return;

  text = ct_ticket_detail_format_sla (self->ticket, ct_ticket_detail_now (self),
                                      &style_class, &icon_name);
  gtk_label_set_text (self->sla_label, text);
  gtk_image_set_from_icon_name (self->sla_icon, icon_name);
  gtk_widget_set_visible (GTK_WIDGET (self->sla_icon), icon_name != NULL);
  for (guint i = 0; i < G_N_ELEMENTS (sla_classes); i++)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->sla_label), sla_classes[i]);
      gtk_widget_remove_css_class (GTK_WIDGET (self->sla_icon), sla_classes[i]);
    }
  gtk_widget_add_css_class (GTK_WIDGET (self->sla_label), style_class);
  gtk_widget_add_css_class (GTK_WIDGET (self->sla_icon), style_class);
}

static void
update_header (CtTicketDetail *self)
{
  CtRecord *record = CT_RECORD (self->ticket);
  const char *kind = ct_ticket_get_kind (self->ticket);
  const char *repair_class = ct_record_get_string (record, "repair_class");
  g_autofree char *kind_text = NULL;

  gtk_label_set_text (self->code_label, ct_ticket_get_code (self->ticket));
  if (repair_class != NULL && *repair_class != '\0')
    /* Translators: a ticket's kind and repair class, e.g. “Repair · Routine” */
    kind_text = g_strdup_printf (_("%s · %s"), ct_ticket_kind_label (kind),
                                 ct_ticket_repair_class_label (repair_class));
  else
    kind_text = g_strdup (ct_ticket_kind_label (kind));
  gtk_label_set_text (self->kind_label, kind_text != NULL ? kind_text : kind);
  gtk_widget_set_visible (self->repeat_badge, ct_record_get_int (record, "repeat_of_id") != 0);
  gtk_label_set_text (self->title_label, ct_record_get_string (record, "title"));
  gtk_label_set_text (self->status_label,
                      ct_ticket_status_label (ct_ticket_get_status (self->ticket)));
  gtk_label_set_text (self->description_label, ct_record_get_string (record, "description"));
  gtk_widget_set_visible (GTK_WIDGET (self->description_label),
                          *ct_record_get_string (record, "description") != '\0');
}

static void
update (CtTicketDetail *self)
{
  gboolean shown = self->ticket != NULL && self->context != NULL;

  gtk_stack_set_visible_child_name (self->stack, shown ? "ticket" : "empty");
  ct_ticket_detail_update_actions (self);
  if (!shown)
    return;

  update_zone (self);
  update_header (self);
  update_sla (self);
  ct_ticket_detail_fill_facts (self);
  ct_ticket_detail_fill_links (self);
  ct_ticket_detail_fill_timeline (self);
}

static gboolean
tick_cb (gpointer user_data)
{
  update_sla (CT_TICKET_DETAIL (user_data));
  return G_SOURCE_CONTINUE;
}

static void
ct_ticket_detail_map (GtkWidget *widget)
{
  CtTicketDetail *self = CT_TICKET_DETAIL (widget);

  GTK_WIDGET_CLASS (ct_ticket_detail_parent_class)->map (widget);
  update_sla (self);
  if (self->tick_id == 0)
    self->tick_id = g_timeout_add_seconds (30, tick_cb, self);
}

static void
ct_ticket_detail_unmap (GtkWidget *widget)
{
  CtTicketDetail *self = CT_TICKET_DETAIL (widget);

  g_clear_handle_id (&self->tick_id, g_source_remove);
  GTK_WIDGET_CLASS (ct_ticket_detail_parent_class)->unmap (widget);
}

static void
ct_ticket_detail_dispose (GObject *object)
{
  CtTicketDetail *self = CT_TICKET_DETAIL (object);

  g_clear_handle_id (&self->tick_id, g_source_remove);
  if (self->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->dialog));
  if (self->conflict_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->conflict_dialog));
  if (self->message_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->message_dialog));
  g_clear_weak_pointer (&self->dialog);
  g_clear_weak_pointer (&self->conflict_dialog);
  g_clear_weak_pointer (&self->message_dialog);
  gtk_widget_dispose_template (GTK_WIDGET (self), CT_TYPE_TICKET_DETAIL);
  g_clear_object (&self->theirs);
  g_clear_object (&self->ticket);
  g_clear_object (&self->context);
  g_clear_pointer (&self->tz, g_time_zone_unref);

  G_OBJECT_CLASS (ct_ticket_detail_parent_class)->dispose (object);
}

static void
ct_ticket_detail_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CtTicketDetail *self = CT_TICKET_DETAIL (object);

  switch (prop_id)
    {
    case PROP_CONTEXT: g_value_set_object (value, self->context); break;
    case PROP_TICKET:  g_value_set_object (value, self->ticket); break;
    default:           G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ct_ticket_detail_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  CtTicketDetail *self = CT_TICKET_DETAIL (object);

  switch (prop_id)
    {
    case PROP_CONTEXT: ct_ticket_detail_set_context (self, g_value_get_object (value)); break;
    case PROP_TICKET:  ct_ticket_detail_set_ticket (self, g_value_get_object (value)); break;
    default:           G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ct_ticket_detail_class_init (CtTicketDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ct_ticket_detail_dispose;
  object_class->get_property = ct_ticket_detail_get_property;
  object_class->set_property = ct_ticket_detail_set_property;
  widget_class->map = ct_ticket_detail_map;
  widget_class->unmap = ct_ticket_detail_unmap;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, CT_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TICKET] =
    g_param_spec_object ("ticket", NULL, NULL, CT_TYPE_TICKET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CtTicketDetail::changed:
   *
   * An action was saved: the shown ticket is the stored one.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/caretaker/Caretaker/ui/ct-ticket-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, CtTicketDetail, stack);
  gtk_widget_class_bind_template_child (widget_class, CtTicketDetail, code_label);
  gtk_widget_class_bind_template_child (widget_class, CtTicketDetail, kind_label);
  gtk_widget_class_bind_template_child (widget_class, CtTicketDetail, repeat_badge);
  gtk_widget_class_bind_template_child (widget_class, CtTicketDetail, title_label);
  gtk_widget_class_bind_template_child (widget_class, CtTicketDetail, status_label);
  gtk_widget_class_bind_template_child (widget_class, CtTicketDetail, sla_icon);
  gtk_widget_class_bind_template_child (widget_class, CtTicketDetail, sla_label);
  gtk_widget_class_bind_template_child (widget_class, CtTicketDetail, action_box);
  gtk_widget_class_bind_template_child (widget_class, CtTicketDetail, zone_error_label);
  gtk_widget_class_bind_template_child (widget_class, CtTicketDetail, description_label);
  gtk_widget_class_bind_template_child (widget_class, CtTicketDetail, facts_grid);
  gtk_widget_class_bind_template_child (widget_class, CtTicketDetail, links_box);
  gtk_widget_class_bind_template_child (widget_class, CtTicketDetail, links_list);
  gtk_widget_class_bind_template_child (widget_class, CtTicketDetail, timeline_list);

  ct_ticket_detail_class_init_actions (widget_class);
}

static void
ct_ticket_detail_init (CtTicketDetail *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update (self);
}

GtkWidget *
ct_ticket_detail_new (void)
{
  return g_object_new (CT_TYPE_TICKET_DETAIL, NULL);
}

CtContext *
ct_ticket_detail_get_context (CtTicketDetail *self)
{
  g_return_val_if_fail (CT_IS_TICKET_DETAIL (self), NULL);
  return self->context;
}

void
ct_ticket_detail_set_context (CtTicketDetail *self,
                              CtContext      *context)
{
  g_return_if_fail (CT_IS_TICKET_DETAIL (self));
  g_return_if_fail (context == NULL || CT_IS_CONTEXT (context));

  if (!g_set_object (&self->context, context))
    return;
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

CtTicket *
ct_ticket_detail_get_ticket (CtTicketDetail *self)
{
  g_return_val_if_fail (CT_IS_TICKET_DETAIL (self), NULL);
  return self->ticket;
}

void
ct_ticket_detail_set_ticket (CtTicketDetail *self,
                             CtTicket       *ticket)
{
  g_return_if_fail (CT_IS_TICKET_DETAIL (self));
  g_return_if_fail (ticket == NULL || CT_IS_TICKET (ticket));

  if (!g_set_object (&self->ticket, ticket))
    return;
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TICKET]);
}

/* Shows the saved @ticket (a copy the store updated) and emits "changed". */
void
ct_ticket_detail_saved (CtTicketDetail *self,
                        CtTicket       *ticket)
{
  g_assert (CT_IS_TICKET_DETAIL (self));

  ct_ticket_detail_set_ticket (self, ticket);
  g_signal_emit (self, signals[CHANGED], 0);
}

gint64
ct_ticket_detail_now (CtTicketDetail *self)
{
  return ct_clock_now (ct_context_get_clock (self->context));
}

CtTicketDetailDialog *
ct_ticket_detail_get_dialog (CtTicketDetail *self)
{
  g_return_val_if_fail (CT_IS_TICKET_DETAIL (self), NULL);
  return self->dialog;
}

AdwMessageDialog *
ct_ticket_detail_get_conflict_dialog (CtTicketDetail *self)
{
  g_return_val_if_fail (CT_IS_TICKET_DETAIL (self), NULL);
  return self->conflict_dialog;
}

AdwMessageDialog *
ct_ticket_detail_get_message_dialog (CtTicketDetail *self)
{
  g_return_val_if_fail (CT_IS_TICKET_DETAIL (self), NULL);
  return self->message_dialog;
}

guint
ct_ticket_detail_count_timeline (CtTicketDetail *self)
{
  guint n = 0;

  g_return_val_if_fail (CT_IS_TICKET_DETAIL (self), 0);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->timeline_list));
       row != NULL; row = gtk_widget_get_next_sibling (row))
    n += GTK_IS_LIST_BOX_ROW (row);
  return n;
}

const char *
ct_ticket_detail_get_sla_text (CtTicketDetail *self)
{
  g_return_val_if_fail (CT_IS_TICKET_DETAIL (self), NULL);
  return gtk_label_get_text (self->sla_label);
}
