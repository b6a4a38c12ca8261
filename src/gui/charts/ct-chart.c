/* ct-chart.c — a chart in a window: layers drawn by libcaretaker-charts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-chart"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ct-chart-private.h"

G_DEFINE_FINAL_TYPE (CtChart, ct_chart, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];
guint ct_chart_signals[CT_CHART_N_SIGNALS];

static void
update_accessible (CtChart *self)
{
  g_autofree char *summary = ct_chart_dup_summary (self);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  self->title && *self->title ? self->title : _("Chart"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, summary,
                                  -1);
}

static void
update_theme (CtChart *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  gboolean dark = adw_style_manager_get_dark (manager);
  CtChartThemeKind kind;

  if (adw_style_manager_get_high_contrast (manager))
    kind = dark ? CT_CHART_THEME_HIGH_CONTRAST_DARK : CT_CHART_THEME_HIGH_CONTRAST;
  else
    kind = dark ? CT_CHART_THEME_DARK : CT_CHART_THEME_LIGHT;
  ct_chart_theme_init (&self->theme, kind);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
layer_changed_cb (CtChart      *self,
                  CtChartLayer *layer)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
  update_accessible (self);
}

static void
style_changed_cb (CtChart *self)
{
  update_theme (self);
}

static void
ct_chart_snapshot (GtkWidget   *widget,
                   GtkSnapshot *snapshot)
{
  CtChart *self = CT_CHART (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  CtChartScene scene = { self->title, self->layers, &self->axes, TRUE };
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  ct_chart_render (&scene, cr, width, height, &self->theme);
  cairo_destroy (cr);
}

static void
ct_chart_measure (GtkWidget      *widget,
                  GtkOrientation  orientation,
                  int             for_size,
                  int            *minimum,
                  int            *natural,
                  int            *minimum_baseline,
                  int            *natural_baseline)
{
  gboolean horizontal = orientation == GTK_ORIENTATION_HORIZONTAL;

  *minimum = horizontal ? 200 : 140;
  *natural = horizontal ? 480 : 300;
}

static void
clear_layers (CtChart *self)
{
  for (guint i = 0; i < self->layers->len; i++)
    {
      CtChartLayer *layer = g_ptr_array_index (self->layers, i);

      g_signal_handlers_disconnect_by_data (layer, self);
      ct_chart_layer_clear_highlight (layer);
    }
  g_ptr_array_set_size (self->layers, 0);
  self->hover_layer = self->hover_series = self->hover_category = CT_CHART_NONE;
}

static void
ct_chart_dispose (GObject *object)
{
  clear_layers (CT_CHART (object));

  G_OBJECT_CLASS (ct_chart_parent_class)->dispose (object);
}

static void
ct_chart_finalize (GObject *object)
{
  CtChart *self = CT_CHART (object);

  g_clear_pointer (&self->layers, g_ptr_array_unref);
  g_clear_pointer (&self->title, g_free);

  G_OBJECT_CLASS (ct_chart_parent_class)->finalize (object);
}

static void
ct_chart_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, CT_CHART (object)->title);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ct_chart_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_TITLE:
      ct_chart_set_title (CT_CHART (object), g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ct_chart_class_init (CtChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ct_chart_dispose;
  object_class->finalize = ct_chart_finalize;
  object_class->get_property = ct_chart_get_property;
  object_class->set_property = ct_chart_set_property;

  widget_class->snapshot = ct_chart_snapshot;
  widget_class->measure = ct_chart_measure;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CtChart::item-activated:
   * @layer: the index of the layer
   * @series: the item's series (row of a heatmap)
   * @category: the item's category (bar, point, slice, gauge row, column)
   *
   * An item was clicked, or chosen with the arrow keys and Enter.
   */
  ct_chart_signals[CT_CHART_ITEM_ACTIVATED] =
    g_signal_new ("item-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 3, G_TYPE_UINT, G_TYPE_UINT, G_TYPE_UINT);

  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
ct_chart_init (CtChart *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();

  self->layers = g_ptr_array_new_with_free_func (g_object_unref);
  self->hover_layer = self->hover_series = self->hover_category = CT_CHART_NONE;
  ct_chart_axes_init (&self->axes);
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  ct_chart_add_controllers (self);
  g_signal_connect_object (manager, "notify::dark", G_CALLBACK (style_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (manager, "notify::high-contrast", G_CALLBACK (style_changed_cb), self,
                           G_CONNECT_SWAPPED);
  update_theme (self);
  update_accessible (self);
}

/* Public API */

GtkWidget *
ct_chart_new (void)
{
  return g_object_new (CT_TYPE_CHART, NULL);
}

const char *
ct_chart_get_title (CtChart *self)
{
  g_return_val_if_fail (CT_IS_CHART (self), NULL);

  return self->title;
}

void
ct_chart_set_title (CtChart    *self,
                    const char *title)
{
  g_return_if_fail (CT_IS_CHART (self));

  if (g_strcmp0 (self->title, title) == 0)
    return;
  g_free (self->title);
  self->title = g_strdup (title);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  update_accessible (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/* Draws @layer over the ones added before; the chart keeps a reference. */
void
ct_chart_add_layer (CtChart      *self,
                    CtChartLayer *layer)
{
  g_return_if_fail (CT_IS_CHART (self));
  g_return_if_fail (CT_IS_CHART_LAYER (layer));

  g_ptr_array_add (self->layers, g_object_ref (layer));
  g_signal_connect_object (layer, "changed", G_CALLBACK (layer_changed_cb), self,
                           G_CONNECT_SWAPPED);
  layer_changed_cb (self, layer);
}

void
ct_chart_remove_all_layers (CtChart *self)
{
  g_return_if_fail (CT_IS_CHART (self));

  clear_layers (self);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  update_accessible (self);
}

guint
ct_chart_get_n_layers (CtChart *self)
{
  g_return_val_if_fail (CT_IS_CHART (self), 0);

  return self->layers->len;
}

CtChartLayer *
ct_chart_get_layer (CtChart *self,
                    guint    index)
{
  g_return_val_if_fail (CT_IS_CHART (self), NULL);
  g_return_val_if_fail (index < self->layers->len, NULL);

  return g_ptr_array_index (self->layers, index);
}

const CtChartAxes *
ct_chart_get_axes (CtChart *self)
{
  g_return_val_if_fail (CT_IS_CHART (self), NULL);

  return &self->axes;
}

void
ct_chart_set_axes (CtChart           *self,
                   const CtChartAxes *axes)
{
  g_return_if_fail (CT_IS_CHART (self));
  g_return_if_fail (axes != NULL);

  self->axes = *axes;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The colours the chart draws with now (they follow AdwStyleManager). */
const CtChartTheme *
ct_chart_get_theme (CtChart *self)
{
  g_return_val_if_fail (CT_IS_CHART (self), NULL);

  return &self->theme;
}

/* What the chart shows, in sentences: its accessible description. */
char *
ct_chart_dup_summary (CtChart *self)
{
  CtChartScene scene = { self->title, self->layers, &self->axes, TRUE };

  g_return_val_if_fail (CT_IS_CHART (self), NULL);

  return ct_chart_scene_describe (&scene);
}
