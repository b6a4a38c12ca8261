/* ct-chart-input.c — CtChart's pointer and keys: hover, click, arrow keys
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-chart"

#include "config.h"

#include "ct-chart-private.h"

/* Marks one item (or none, @layer CT_CHART_NONE) and shows its value. */
void
ct_chart_set_hover (CtChart *self,
                    guint    layer,
                    guint    series,
                    guint    category)
{
  g_autofree char *text = NULL;

  if (self->hover_layer == layer && self->hover_series == series
      && self->hover_category == category)
    return;
  self->hover_layer = layer;
  self->hover_series = series;
  self->hover_category = category;
  for (guint i = 0; i < self->layers->len; i++)
    {
      CtChartLayer *each = g_ptr_array_index (self->layers, i);

      if (i == layer)
        ct_chart_layer_set_highlight (each, series, category);
      else
        ct_chart_layer_clear_highlight (each);
    }
  if (layer != CT_CHART_NONE)
    text = ct_chart_layer_dup_item_text (g_ptr_array_index (self->layers, layer), series, category);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), text);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The topmost layer's item at (@x, @y) of the last draw. */
static gboolean
pick (CtChart *self,
      double   x,
      double   y,
      guint   *layer,
      guint   *series,
      guint   *category)
{
  for (guint i = self->layers->len; i > 0; i--)
    if (ct_chart_layer_pick (g_ptr_array_index (self->layers, i - 1), x, y, series, category, NULL))
      {
        *layer = i - 1;
        return TRUE;
      }
  return FALSE;
}

/* The keyboard's item: the hovered one moved by (@d_category, @d_series),
 * or the first item of the first layer with data. */
static void
move_cursor (CtChart *self,
             int      d_category,
             int      d_series)
{
  guint layer = self->hover_layer;
  CtChartData *data;
  int series, category;

  if (layer == CT_CHART_NONE)
    for (layer = 0; layer < self->layers->len; layer++)
      if (ct_chart_data_get_n_categories (ct_chart_layer_get_data (ct_chart_get_layer (self, layer))))
        break;
  if (layer >= self->layers->len)
    return;
  data = ct_chart_layer_get_data (g_ptr_array_index (self->layers, layer));
  if (ct_chart_data_get_n_series (data) == 0 || ct_chart_data_get_n_categories (data) == 0)
    return;
  series = self->hover_layer == CT_CHART_NONE ? 0 : (int) self->hover_series + d_series;
  category = self->hover_layer == CT_CHART_NONE ? 0 : (int) self->hover_category + d_category;
  ct_chart_set_hover (self, layer, CLAMP (series, 0, (int) ct_chart_data_get_n_series (data) - 1),
             CLAMP (category, 0, (int) ct_chart_data_get_n_categories (data) - 1));
}

static void
motion_cb (CtChart                  *self,
           double                    x,
           double                    y,
           GtkEventControllerMotion *controller)
{
  guint layer, series, category;

  if (pick (self, x, y, &layer, &series, &category))
    ct_chart_set_hover (self, layer, series, category);
  else
    ct_chart_set_hover (self, CT_CHART_NONE, CT_CHART_NONE, CT_CHART_NONE);
}

static void
leave_cb (CtChart                  *self,
          GtkEventControllerMotion *controller)
{
  ct_chart_set_hover (self, CT_CHART_NONE, CT_CHART_NONE, CT_CHART_NONE);
}

static void
released_cb (CtChart         *self,
             int              n_press,
             double           x,
             double           y,
             GtkGestureClick *gesture)
{
  guint layer, series, category;

  if (!pick (self, x, y, &layer, &series, &category))
    return;
  ct_chart_set_hover (self, layer, series, category);
  g_signal_emit (self, ct_chart_signals[CT_CHART_ITEM_ACTIVATED], 0, layer, series, category);
}

static gboolean
key_pressed_cb (CtChart               *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  switch (keyval)
    {
    case GDK_KEY_Left:
      move_cursor (self, -1, 0);
      return TRUE;
    case GDK_KEY_Right:
      move_cursor (self, 1, 0);
      return TRUE;
    case GDK_KEY_Up:
      move_cursor (self, 0, -1);
      return TRUE;
    case GDK_KEY_Down:
      move_cursor (self, 0, 1);
      return TRUE;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_space:
      if (self->hover_layer == CT_CHART_NONE)
        return FALSE;
      g_signal_emit (self, ct_chart_signals[CT_CHART_ITEM_ACTIVATED], 0, self->hover_layer, self->hover_series,
                     self->hover_category);
      return TRUE;
    default:
      return FALSE;
    }
}

void
ct_chart_add_controllers (CtChart *self)
{
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  g_signal_connect_swapped (motion, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect_swapped (motion, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect_swapped (click, "released", G_CALLBACK (released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

