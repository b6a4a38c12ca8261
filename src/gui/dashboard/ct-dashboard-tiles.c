/* ct-dashboard-tiles.c — the KPI tiles: value, target, met or missed (an
 * icon and a word, never colour alone), the change from the period before,
 * the definition behind an "i" button, and the drill-down of a click
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-dashboard-page"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "ct-charts.h"
#include "ct-dashboard-page-private.h"

/* The seed targets first, then the main ticket and asset figures. */
static const char *const tile_keys[] = {
  "satisfaction_rate", "complaint_closure_rate", "asset_intact_rate", "downtime_change_yoy",
  "response_on_time_rate", "repair_on_time_rate",
  "tickets_created", "backlog_open", "overdue_open", "first_time_fix_rate",
  "mean_time_to_resolve", "pm_compliance_rate",
  NULL,
};

const char *const *
ct_dashboard_tile_keys (void)
{
  return tile_keys;
}

/* What a tile needs of a KPI, whichever module computes it. */
typedef struct
{
  const char *key;
  gboolean    asset;
  CtKpiUnit   unit;
  gboolean    has_value;
  double      value;
  gboolean    has_before;
  double      before;
  gboolean    has_target;
  double      target;
  gboolean    lower_is_better;
  gboolean    met;
  double      numerator;
  double      denominator;
} Figure;

static gboolean
read_figure (const CtDashboard *result,
             const char        *key,
             Figure            *figure)
{
  CtDashboardTile tile;

  memset (figure, 0, sizeof *figure);
  if (!ct_dashboard_get_tile (result, key, &tile))
    return FALSE;
  figure->key = key;
  figure->asset = !ct_ticket_kpi_is_key (key);
  figure->has_value = tile.has_value;
  figure->value = tile.value;
  figure->has_before = tile.has_previous;
  figure->before = tile.previous;
  figure->has_target = tile.has_target;
  figure->target = tile.target;
  figure->lower_is_better = tile.lower_is_better;
  figure->met = tile.met;
  if (figure->asset)
    {
      figure->unit = ct_asset_kpi_get_unit (key);
      ct_asset_kpis_get_counts (ct_dashboard_get_asset_kpis (result), key,
                                &figure->numerator, &figure->denominator);
    }
  else
    {
      gint64 numerator, denominator;

      figure->unit = ct_ticket_kpi_get_unit (key);
      ct_ticket_kpis_get_counts (ct_dashboard_get_ticket_kpis (result), key,
                                 &numerator, &denominator);
      figure->numerator = numerator;
      figure->denominator = denominator;
    }
  return TRUE;
}

static CtChartUnit
chart_unit (CtKpiUnit unit)
{
  switch (unit)
    {
    case CT_KPI_UNIT_FRACTION:
      return CT_CHART_UNIT_PERCENT;
    case CT_KPI_UNIT_MINUTES:
      return CT_CHART_UNIT_MINUTES;
    case CT_KPI_UNIT_COUNT:
      return CT_CHART_UNIT_COUNT;
    case CT_KPI_UNIT_SCORE:
    default:
      return CT_CHART_UNIT_NUMBER;
    }
}

/* "≥ 90.0 %", "≤ −30.0 %". */
static char *
dup_target_text (const Figure *figure)
{
  g_autofree char *value = ct_chart_format_value (figure->target, chart_unit (figure->unit));

  /* Translators: a KPI target, "at least" and "at most" */
  return g_strdup_printf (figure->lower_is_better ? _("Target ≤ %s") : _("Target ≥ %s"), value);
}

/* "▲ +2.1 pt", "▼ −3", "= no change" against the period before. */
static char *
dup_change_text (const Figure *figure)
{
  double change = figure->value - figure->before;
  const char *arrow = change > 0 ? "▲" : "▼";
  const char *sign = change > 0 ? "+" : "−";
  g_autofree char *amount = NULL;

  if (fabs (change) < 1e-9)
    return g_strdup (_("= no change from the period before"));
  if (figure->unit == CT_KPI_UNIT_FRACTION)
    {
      g_autofree char *points = ct_chart_format_count (fabs (change) * 100.0, 1);

      /* Translators: a change in percentage points */
      amount = g_strdup_printf (_("%s pt"), points);
    }
  else if (figure->unit == CT_KPI_UNIT_MINUTES)
    amount = ct_chart_format_minutes (fabs (change));
  else
    amount = ct_chart_format_count (fabs (change), figure->unit == CT_KPI_UNIT_COUNT && !figure->asset ? 0 : 1);
  /* Translators: arrow, sign and amount, e.g. "▲ +2.1 pt from the period before" */
  return g_strdup_printf (_("%s %s%s from the period before"), arrow, sign, amount);
}

static char *
dup_value_text (const CtDashboard *result,
                const Figure      *figure)
{
  return ct_dashboard_format_value (result, figure->key, FALSE);
}

/* "412 of 430 tickets" under a rate; NULL for other figures. */
static char *
dup_counts_text (const Figure *figure)
{
  guint numerator = (guint) MAX (figure->numerator, 0);
  guint denominator = (guint) MAX (figure->denominator, 0);

  if (figure->unit != CT_KPI_UNIT_FRACTION || g_str_equal (figure->key, "downtime_change_yoy"))
    return NULL;
  if (figure->asset)
    return g_strdup_printf (ngettext ("%u of %u asset", "%u of %u assets", denominator),
                            numerator, denominator);
  return g_strdup_printf (ngettext ("%u of %u ticket", "%u of %u tickets", denominator),
                          numerator, denominator);
}

static GtkWidget *
new_label (const char *text,
           const char *style)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  if (style != NULL)
    gtk_widget_add_css_class (label, style);
  return label;
}

/* The "i" button: the definition of KPI.md in a popover. */
static GtkWidget *
new_info_button (const Figure *figure)
{
  const char *definition = figure->asset ? ct_asset_kpi_definition (figure->key)
                                         : ct_ticket_kpi_definition (figure->key);
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *label = new_label (definition, NULL);

  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_widget_set_margin_start (label, 6);
  gtk_widget_set_margin_end (label, 6);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_popover_set_child (GTK_POPOVER (popover), label);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "help-about-symbolic");
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (button, _("What this figure means"));
  return button;
}

static GtkWidget *
new_header (const Figure *figure)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  const char *name = figure->asset ? ct_asset_kpi_name (figure->key)
                                   : ct_ticket_kpi_name (figure->key);
  GtkWidget *title = new_label (name, "heading");

  gtk_widget_set_hexpand (title, TRUE);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), new_info_button (figure));
  return box;
}

/* Met or missed: an icon, a word and a style class. */
static GtkWidget *
new_status (const Figure *figure)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  g_autofree char *target = NULL;
  gboolean met;

  if (!figure->has_target)
    {
      gtk_box_append (GTK_BOX (box), new_label (_("No target"), "dim-label"));
      return box;
    }
  target = dup_target_text (figure);
  met = figure->met;
  if (figure->has_value)
    {
      GtkWidget *icon = gtk_image_new_from_icon_name (met ? "emblem-ok-symbolic"
                                                          : "dialog-warning-symbolic");
      GtkWidget *word = new_label (met ? _("Met") : _("Missed"), met ? "success" : "warning");

      gtk_widget_add_css_class (icon, met ? "success" : "warning");
      gtk_box_append (GTK_BOX (box), icon);
      gtk_box_append (GTK_BOX (box), word);
    }
  gtk_box_append (GTK_BOX (box), new_label (target, "dim-label"));
  return box;
}

static GtkWidget *
new_tile (const CtDashboard *result,
          const Figure      *figure)
{
  GtkWidget *child = gtk_flow_box_child_new ();
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  g_autofree char *value = dup_value_text (result, figure);
  g_autofree char *counts = dup_counts_text (figure);
  GtkWidget *value_label = new_label (value, "title-1");
  GtkWidget *frame = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_widget_add_css_class (frame, "card");
  gtk_widget_add_css_class (frame, "ct-kpi-tile");
  gtk_widget_set_size_request (frame, 220, -1);
  g_object_set (card, "margin-start", 12, "margin-end", 6, "margin-top", 6, "margin-bottom", 12, NULL);
  gtk_box_append (GTK_BOX (frame), card);
  gtk_box_append (GTK_BOX (card), new_header (figure));
  gtk_box_append (GTK_BOX (card), value_label);
  if (counts != NULL)
    gtk_box_append (GTK_BOX (card), new_label (counts, "caption"));
  gtk_box_append (GTK_BOX (card), new_status (figure));
  if (figure->has_value && figure->has_before)
    {
      g_autofree char *change = dup_change_text (figure);
      gboolean better = figure->lower_is_better ? figure->value < figure->before
                                                : figure->value > figure->before;
      GtkWidget *label = new_label (change, "caption");

      if (fabs (figure->value - figure->before) > 1e-9)
        gtk_widget_set_tooltip_text (label, better ? _("Better than the period before")
                                                   : _("Worse than the period before"));
      gtk_box_append (GTK_BOX (card), label);
    }
  gtk_flow_box_child_set_child (GTK_FLOW_BOX_CHILD (child), frame);
  g_object_set_data (G_OBJECT (child), "ct-kpi-key", (gpointer) figure->key);
  g_object_set_data (G_OBJECT (child), "ct-value-label", value_label);
  if (!figure->asset)
    {
      gtk_widget_set_cursor_from_name (child, "pointer");
      gtk_widget_set_tooltip_text (child, _("Click to see the tickets behind this figure"));
    }
  else
    gtk_widget_set_focusable (child, FALSE);
  return child;
}

void
ct_dashboard_page_show_tiles (CtDashboardPage *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->tiles_box))) != NULL)
    gtk_flow_box_remove (self->tiles_box, child);
  if (self->result == NULL)
    return;
  for (guint i = 0; tile_keys[i] != NULL; i++)
    {
      Figure figure;

      if (read_figure (self->result, tile_keys[i], &figure))
        gtk_flow_box_append (self->tiles_box, new_tile (self->result, &figure));
    }
}

static GtkFlowBoxChild *
find_tile (CtDashboardPage *self,
           const char      *key)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->tiles_box));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      const char *tile_key = g_object_get_data (G_OBJECT (child), "ct-kpi-key");

      if (tile_key != NULL && g_str_equal (tile_key, key))
        return GTK_FLOW_BOX_CHILD (child);
    }
  return NULL;
}

const char *
ct_dashboard_page_get_tile_value (CtDashboardPage *self,
                                  const char      *key)
{
  GtkFlowBoxChild *tile;

  g_return_val_if_fail (CT_IS_DASHBOARD_PAGE (self), NULL);

  tile = find_tile (self, key);
  if (tile == NULL)
    return NULL;
  return gtk_label_get_text (g_object_get_data (G_OBJECT (tile), "ct-value-label"));
}

/* The tickets behind a ticket figure: the counted ones for a count, those in
 * the denominator of a rate (the caption says how many). */
gboolean
ct_dashboard_page_activate_tile (CtDashboardPage *self,
                                 const char      *key)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autofree char *title = NULL;
  gboolean numerator;

  g_return_val_if_fail (CT_IS_DASHBOARD_PAGE (self), FALSE);

  if (self->result == NULL || self->context == NULL || !ct_ticket_kpi_is_key (key))
    return FALSE;
  numerator = ct_ticket_kpi_get_unit (key) != CT_KPI_UNIT_FRACTION;
  ids = ct_ticket_kpi_ids (ct_context_get_database (self->context),
                           ct_dashboard_get_period (self->result),
                           key, numerator, &error);
  if (ids == NULL)
    {
      ct_page_show_toast (CT_PAGE (self), adw_toast_new (error->message));
      return FALSE;
    }
  title = g_strdup (ct_ticket_kpi_name (key));
  ct_dashboard_page_show_tickets (self, ids, NULL, title);
  return TRUE;
}
