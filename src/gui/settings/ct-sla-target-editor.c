/* ct-sla-target-editor.c — a number and a unit for one SLA target
 *
 * The number 0 shows as "—": no target. The unit carries the clock: minutes
 * and hours run 24×7, business minutes and hours only inside the work
 * calendar's hours, working days count whole normal weekdays. Emits "changed"
 * on every edit.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-sla-window"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "ct-sla-target-editor.h"

#define NO_TARGET "—"

struct _CtSlaTargetEditor
{
  GtkWidget      parent_instance;

  GtkSpinButton *spin;
  GtkDropDown   *unit;
};

G_DEFINE_FINAL_TYPE (CtSlaTargetEditor, ct_sla_target_editor, GTK_TYPE_WIDGET)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const struct
{
  const char *label;    /* N_() */
  CtSlaClock  clock;
  gint64      minutes;  /* per unit; days for working days */
} units[] = {
  [CT_SLA_UNIT_MINUTES]          = { N_("min"),            CT_SLA_CLOCK_24X7,     1 },
  [CT_SLA_UNIT_HOURS]            = { N_("hours"),          CT_SLA_CLOCK_24X7,     60 },
  [CT_SLA_UNIT_BUSINESS_MINUTES] = { N_("business min"),   CT_SLA_CLOCK_BUSINESS, 1 },
  [CT_SLA_UNIT_BUSINESS_HOURS]   = { N_("business hours"), CT_SLA_CLOCK_BUSINESS, 60 },
  [CT_SLA_UNIT_WORKDAYS]         = { N_("working days"),   CT_SLA_CLOCK_WORKDAYS, 1 },
};

static gboolean
output_cb (GtkSpinButton *spin,
           gpointer       user_data)
{
  int value = gtk_spin_button_get_value_as_int (spin);
  g_autofree char *text = value > 0 ? g_strdup_printf ("%d", value) : g_strdup (NO_TARGET);

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (spin)), text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

static int
input_cb (GtkSpinButton *spin,
          double        *value,
          gpointer       user_data)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (spin))));
  char *end = NULL;

  if (*text == '\0' || g_str_equal (text, NO_TARGET) || g_str_equal (text, "-"))
    {
      *value = 0;
      return TRUE;
    }
  *value = g_ascii_strtod (text, &end);
  if (end == text || *end != '\0' || *value < 0)
    return GTK_INPUT_ERROR;
  return TRUE;
}

static void
changed_cb (CtSlaTargetEditor *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static GtkStringList *
create_unit_list (void)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    gtk_string_list_append (list, _(units[i].label));
  return list;
}

static void
ct_sla_target_editor_dispose (GObject *object)
{
  CtSlaTargetEditor *self = CT_SLA_TARGET_EDITOR (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (ct_sla_target_editor_parent_class)->dispose (object);
}

static void
ct_sla_target_editor_class_init (CtSlaTargetEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ct_sla_target_editor_dispose;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "ct-sla-target");
}

static void
ct_sla_target_editor_init (CtSlaTargetEditor *self)
{
  g_autoptr(GtkStringList) list = create_unit_list ();
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 4);
  self->spin = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (0, 99999, 1));
  gtk_editable_set_width_chars (GTK_EDITABLE (self->spin), 5);
  /* new_with_range() makes it numeric, which would refuse the "—". */
  gtk_spin_button_set_numeric (self->spin, FALSE);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->spin), _("“—” or 0: no target"));
  g_signal_connect (self->spin, "output", G_CALLBACK (output_cb), NULL);
  g_signal_connect (self->spin, "input", G_CALLBACK (input_cb), NULL);
  g_signal_connect_swapped (self->spin, "value-changed", G_CALLBACK (changed_cb), self);
  gtk_widget_set_parent (GTK_WIDGET (self->spin), GTK_WIDGET (self));

  self->unit = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&list)), NULL));
  gtk_widget_set_hexpand (GTK_WIDGET (self->unit), TRUE);
  g_signal_connect_swapped (self->unit, "notify::selected", G_CALLBACK (changed_cb), self);
  gtk_widget_set_parent (GTK_WIDGET (self->unit), GTK_WIDGET (self));
}

GtkWidget *
ct_sla_target_editor_new (void)
{
  return g_object_new (CT_TYPE_SLA_TARGET_EDITOR, NULL);
}

void
ct_sla_target_editor_set_value (CtSlaTargetEditor *self,
                                guint              value,
                                CtSlaUnit          unit)
{
  g_return_if_fail (CT_IS_SLA_TARGET_EDITOR (self));
  g_return_if_fail (unit < G_N_ELEMENTS (units));

  gtk_drop_down_set_selected (self->unit, unit);
  gtk_spin_button_set_value (self->spin, value);
}

void
ct_sla_target_editor_set (CtSlaTargetEditor *self,
                          gint64             amount,
                          CtSlaClock         clock)
{
  CtSlaUnit unit;

  g_return_if_fail (CT_IS_SLA_TARGET_EDITOR (self));

  switch (clock)
    {
    case CT_SLA_CLOCK_WORKDAYS:
      unit = CT_SLA_UNIT_WORKDAYS;
      break;
    case CT_SLA_CLOCK_BUSINESS:
      unit = amount > 0 && amount % 60 == 0 ? CT_SLA_UNIT_BUSINESS_HOURS
                                            : CT_SLA_UNIT_BUSINESS_MINUTES;
      break;
    case CT_SLA_CLOCK_24X7:
    default:
      unit = amount > 0 && amount % 60 == 0 ? CT_SLA_UNIT_HOURS : CT_SLA_UNIT_MINUTES;
      break;
    }
  ct_sla_target_editor_set_value (self, (guint) CLAMP (amount / units[unit].minutes, 0, 99999),
                                  unit);
}

gint64
ct_sla_target_editor_get_amount (CtSlaTargetEditor *self)
{
  guint unit;

  g_return_val_if_fail (CT_IS_SLA_TARGET_EDITOR (self), 0);

  gtk_spin_button_update (self->spin);
  unit = MIN (gtk_drop_down_get_selected (self->unit), G_N_ELEMENTS (units) - 1);
  return (gint64) gtk_spin_button_get_value_as_int (self->spin) * units[unit].minutes;
}

CtSlaClock
ct_sla_target_editor_get_clock (CtSlaTargetEditor *self)
{
  guint unit;

  g_return_val_if_fail (CT_IS_SLA_TARGET_EDITOR (self), CT_SLA_CLOCK_24X7);

  unit = MIN (gtk_drop_down_get_selected (self->unit), G_N_ELEMENTS (units) - 1);
  return units[unit].clock;
}
