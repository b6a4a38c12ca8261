/* ct-chart-layer.c — one kind of mark drawn over a chart's data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-charts"

#include "config.h"

#include <math.h>

#include "ct-chart-layer-private.h"

typedef struct
{
  CtChartData *data;
  char        *title;
  guint        color_offset;
  gboolean     horizontal;
  double       domain_min;    /* NAN: from the layer's own extent */
  double       domain_max;
  CtChartRect  plot;
  guint        highlight_series;
  guint        highlight_category;
} CtChartLayerPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (CtChartLayer, ct_chart_layer, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DATA,
  PROP_TITLE,
  PROP_COLOR_OFFSET,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
legend_item_clear (gpointer data)
{
  CtChartLegendItem *item = data;

  g_clear_pointer (&item->label, g_free);
}

/* The domain the layer draws with: the one its chart set, or its own. */
static void
effective_domain (CtChartLayer *self,
                  double       *min,
                  double       *max)
{
  CtChartLayerPrivate *priv = ct_chart_layer_get_instance_private (self);
  CtChartTicks ticks;
  double lo = 0;
  double hi = 0;

  if (isfinite (priv->domain_min) && isfinite (priv->domain_max))
    {
      *min = priv->domain_min;
      *max = priv->domain_max;
      return;
    }
  ct_chart_layer_get_extent (self, &lo, &hi);
  ct_chart_ticks_compute (&ticks, MIN (lo, 0), MAX (hi, 0), 6,
                          priv->data ? ct_chart_data_get_unit (priv->data) : CT_CHART_UNIT_COUNT);
  *min = ticks.min;
  *max = ticks.max;
}

static CtChartAxesKind
default_get_axes_kind (CtChartLayer *self)
{
  return CT_CHART_AXES_NONE;
}

static void
ct_chart_layer_finalize (GObject *object)
{
  CtChartLayer *self = CT_CHART_LAYER (object);
  CtChartLayerPrivate *priv = ct_chart_layer_get_instance_private (self);

  g_clear_object (&priv->data);
  g_clear_pointer (&priv->title, g_free);

  G_OBJECT_CLASS (ct_chart_layer_parent_class)->finalize (object);
}

static void
ct_chart_layer_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CtChartLayer *self = CT_CHART_LAYER (object);
  CtChartLayerPrivate *priv = ct_chart_layer_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_DATA:
      g_value_set_object (value, priv->data);
      break;
    case PROP_TITLE:
      g_value_set_string (value, priv->title);
      break;
    case PROP_COLOR_OFFSET:
      g_value_set_uint (value, priv->color_offset);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ct_chart_layer_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  CtChartLayer *self = CT_CHART_LAYER (object);

  switch (prop_id)
    {
    case PROP_DATA:
      ct_chart_layer_set_data (self, g_value_get_object (value));
      break;
    case PROP_TITLE:
      ct_chart_layer_set_title (self, g_value_get_string (value));
      break;
    case PROP_COLOR_OFFSET:
      ct_chart_layer_set_color_offset (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ct_chart_layer_class_init (CtChartLayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ct_chart_layer_finalize;
  object_class->get_property = ct_chart_layer_get_property;
  object_class->set_property = ct_chart_layer_set_property;

  klass->get_axes_kind = default_get_axes_kind;
  klass->item_text = ct_chart_layer_default_item_text;
  klass->add_legend = ct_chart_layer_default_legend;
  klass->describe = ct_chart_layer_describe_values;

  properties[PROP_DATA] =
    g_param_spec_object ("data", NULL, NULL, CT_TYPE_CHART_DATA,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COLOR_OFFSET] =
    g_param_spec_uint ("color-offset", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Anything that changes what the layer draws or says. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
ct_chart_layer_init (CtChartLayer *self)
{
  CtChartLayerPrivate *priv = ct_chart_layer_get_instance_private (self);

  priv->data = ct_chart_data_new (CT_CHART_UNIT_COUNT);
  priv->domain_min = priv->domain_max = NAN;
  priv->highlight_series = priv->highlight_category = CT_CHART_NO_ITEM;
}

/* Public API */

CtChartData *
ct_chart_layer_get_data (CtChartLayer *self)
{
  CtChartLayerPrivate *priv = ct_chart_layer_get_instance_private (self);

  g_return_val_if_fail (CT_IS_CHART_LAYER (self), NULL);

  return priv->data;
}

/* @data: NULL for an empty table. The layer keeps a reference. */
void
ct_chart_layer_set_data (CtChartLayer *self,
                         CtChartData  *data)
{
  CtChartLayerPrivate *priv = ct_chart_layer_get_instance_private (self);
  g_autoptr(CtChartData) empty = NULL;

  g_return_if_fail (CT_IS_CHART_LAYER (self));
  g_return_if_fail (data == NULL || CT_IS_CHART_DATA (data));

  if (data == NULL)
    data = empty = ct_chart_data_new (CT_CHART_UNIT_COUNT);
  if (!g_set_object (&priv->data, data))
    return;
  ct_chart_layer_clear_highlight (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATA]);
  ct_chart_layer_changed (self);
}

const char *
ct_chart_layer_get_title (CtChartLayer *self)
{
  CtChartLayerPrivate *priv = ct_chart_layer_get_instance_private (self);

  g_return_val_if_fail (CT_IS_CHART_LAYER (self), NULL);

  return priv->title;
}

void
ct_chart_layer_set_title (CtChartLayer *self,
                          const char   *title)
{
  CtChartLayerPrivate *priv = ct_chart_layer_get_instance_private (self);

  g_return_if_fail (CT_IS_CHART_LAYER (self));

  if (g_strcmp0 (priv->title, title) == 0)
    return;
  g_free (priv->title);
  priv->title = g_strdup (title);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
  ct_chart_layer_changed (self);
}

guint
ct_chart_layer_get_color_offset (CtChartLayer *self)
{
  CtChartLayerPrivate *priv = ct_chart_layer_get_instance_private (self);

  g_return_val_if_fail (CT_IS_CHART_LAYER (self), 0);

  return priv->color_offset;
}

/* The theme colour of the layer's first series: two layers in one chart
 * start at different offsets to keep their colours apart. */
void
ct_chart_layer_set_color_offset (CtChartLayer *self,
                                 guint         offset)
{
  CtChartLayerPrivate *priv = ct_chart_layer_get_instance_private (self);

  g_return_if_fail (CT_IS_CHART_LAYER (self));

  if (priv->color_offset == offset)
    return;
  priv->color_offset = offset;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLOR_OFFSET]);
  ct_chart_layer_changed (self);
}

/* Whether categories run down the side and values across (ranking bars). */
gboolean
ct_chart_layer_get_horizontal (CtChartLayer *self)
{
  CtChartLayerPrivate *priv = ct_chart_layer_get_instance_private (self);

  g_return_val_if_fail (CT_IS_CHART_LAYER (self), FALSE);

  return priv->horizontal;
}

CtChartAxesKind
ct_chart_layer_get_axes_kind (CtChartLayer *self)
{
  g_return_val_if_fail (CT_IS_CHART_LAYER (self), CT_CHART_AXES_NONE);

  return CT_CHART_LAYER_GET_CLASS (self)->get_axes_kind (self);
}

/* The values the layer needs on its value axis; FALSE when it has none. */
gboolean
ct_chart_layer_get_extent (CtChartLayer *self,
                           double       *min,
                           double       *max)
{
  CtChartLayerPrivate *priv = ct_chart_layer_get_instance_private (self);
  CtChartLayerClass *klass;

  g_return_val_if_fail (CT_IS_CHART_LAYER (self), FALSE);
  g_return_val_if_fail (min != NULL && max != NULL, FALSE);

  klass = CT_CHART_LAYER_GET_CLASS (self);
  if (klass->get_extent)
    return klass->get_extent (self, min, max);
  return ct_chart_data_get_range (priv->data, min, max);
}

/* The value axis of the chart: NAN, NAN for the layer's own. */
void
ct_chart_layer_set_domain (CtChartLayer *self,
                           double        min,
                           double        max)
{
  CtChartLayerPrivate *priv = ct_chart_layer_get_instance_private (self);

  g_return_if_fail (CT_IS_CHART_LAYER (self));

  priv->domain_min = min;
  priv->domain_max = max;
}

void
ct_chart_layer_get_domain (CtChartLayer *self,
                           double       *min,
                           double       *max)
{
  g_return_if_fail (CT_IS_CHART_LAYER (self));
  g_return_if_fail (min != NULL && max != NULL);

  effective_domain (self, min, max);
}

/* Where the layer draws: set by ct_chart_layer_draw (), or by hand to ask a
 * layer for its geometry without drawing it. */
void
ct_chart_layer_set_plot (CtChartLayer      *self,
                         const CtChartRect *plot)
{
  CtChartLayerPrivate *priv = ct_chart_layer_get_instance_private (self);

  g_return_if_fail (CT_IS_CHART_LAYER (self));
  g_return_if_fail (plot != NULL);

  priv->plot = *plot;
}

const CtChartRect *
ct_chart_layer_get_plot (CtChartLayer *self)
{
  CtChartLayerPrivate *priv = ct_chart_layer_get_instance_private (self);

  g_return_val_if_fail (CT_IS_CHART_LAYER (self), NULL);

  return &priv->plot;
}

void
ct_chart_layer_draw (CtChartLayer       *self,
                     cairo_t            *cr,
                     const CtChartRect  *plot,
                     const CtChartTheme *theme)
{
  g_return_if_fail (CT_IS_CHART_LAYER (self));
  g_return_if_fail (cr != NULL && plot != NULL && theme != NULL);

  ct_chart_layer_set_plot (self, plot);
  cairo_save (cr);
  CT_CHART_LAYER_GET_CLASS (self)->draw (self, cr, theme);
  cairo_restore (cr);
}

/* The item at (@x, @y) of the last draw: its series and category, and in
 * @text (nullable) its label and exact value for a tooltip. */
gboolean
ct_chart_layer_pick (CtChartLayer  *self,
                     double         x,
                     double         y,
                     guint         *series,
                     guint         *category,
                     char         **text)
{
  CtChartLayerPrivate *priv = ct_chart_layer_get_instance_private (self);
  guint s = 0;
  guint c = 0;

  g_return_val_if_fail (CT_IS_CHART_LAYER (self), FALSE);

  if (priv->plot.width <= 0 || priv->plot.height <= 0
      || !CT_CHART_LAYER_GET_CLASS (self)->pick (self, x, y, &s, &c))
    return FALSE;
  if (series)
    *series = s;
  if (category)
    *category = c;
  if (text)
    *text = ct_chart_layer_dup_item_text (self, s, c);
  return TRUE;
}

char *
ct_chart_layer_dup_item_text (CtChartLayer *self,
                              guint         series,
                              guint         category)
{
  CtChartLayerPrivate *priv = ct_chart_layer_get_instance_private (self);

  g_return_val_if_fail (CT_IS_CHART_LAYER (self), NULL);
  g_return_val_if_fail (series < ct_chart_data_get_n_series (priv->data), NULL);
  g_return_val_if_fail (category < ct_chart_data_get_n_categories (priv->data), NULL);

  return CT_CHART_LAYER_GET_CLASS (self)->item_text (self, series, category);
}

/* Appends the layer's CtChartLegendItems to @items (from
 * ct_chart_legend_items_new ()). */
void
ct_chart_layer_add_legend (CtChartLayer *self,
                           GArray       *items)
{
  g_return_if_fail (CT_IS_CHART_LAYER (self));
  g_return_if_fail (items != NULL);

  CT_CHART_LAYER_GET_CLASS (self)->add_legend (self, items);
}

/* What the layer shows, in sentences, for a screen reader or a report. */
char *
ct_chart_layer_describe (CtChartLayer *self)
{
  g_return_val_if_fail (CT_IS_CHART_LAYER (self), NULL);

  return CT_CHART_LAYER_GET_CLASS (self)->describe (self);
}

/* Marks the item under the pointer (or the keyboard focus) for the next
 * draw. This does not emit "changed" (what the layer says is the same): the
 * caller redraws. */
void
ct_chart_layer_set_highlight (CtChartLayer *self,
                              guint         series,
                              guint         category)
{
  CtChartLayerPrivate *priv = ct_chart_layer_get_instance_private (self);

  g_return_if_fail (CT_IS_CHART_LAYER (self));

  priv->highlight_series = series;
  priv->highlight_category = category;
}

void
ct_chart_layer_clear_highlight (CtChartLayer *self)
{
  ct_chart_layer_set_highlight (self, CT_CHART_NO_ITEM, CT_CHART_NO_ITEM);
}

gboolean
ct_chart_layer_get_highlight (CtChartLayer *self,
                              guint        *series,
                              guint        *category)
{
  CtChartLayerPrivate *priv = ct_chart_layer_get_instance_private (self);

  g_return_val_if_fail (CT_IS_CHART_LAYER (self), FALSE);

  if (series)
    *series = priv->highlight_series;
  if (category)
    *category = priv->highlight_category;
  return priv->highlight_series != CT_CHART_NO_ITEM;
}

GArray *
ct_chart_legend_items_new (void)
{
  GArray *items = g_array_new (FALSE, TRUE, sizeof (CtChartLegendItem));

  g_array_set_clear_func (items, legend_item_clear);
  return items;
}

/* Protected */

void
ct_chart_layer_changed (CtChartLayer *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

void
ct_chart_layer_set_horizontal (CtChartLayer *self,
                               gboolean      horizontal)
{
  CtChartLayerPrivate *priv = ct_chart_layer_get_instance_private (self);

  priv->horizontal = !!horizontal;
}
