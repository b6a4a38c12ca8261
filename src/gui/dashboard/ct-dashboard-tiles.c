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
#include "ct-dashboard-tile-text.h"

/* The seed targets first, then the main ticket and asset figures. */
static const char *const tile_keys[] = {
  "satisfaction_rate", "complaint_closure_rate", "asset_intact_rate", "downtime_change_yoy",
  "response_on_time_rate", "repair_on_time_rate", "complaint_on_time_rate",
  "return_visit_rate_repairs",
  "tickets_created", "backlog_open", "overdue_open", "first_time_fix_rate",
  "mean_time_to_resolve", "asset_availability", "mttr_hours", "pm_compliance_rate",
  NULL,
};

const char *const *
ct_dashboard_tile_keys (void)
{
  return tile_keys;
}

static GtkWidget *
new_label (const char *text,
           const char *style)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  /* Wrapped lines ask for no more than this: four tiles fit a wide window
   * in English as in Chinese. */
  gtk_label_set_max_width_chars (GTK_LABEL (label), 24);
  if (style != NULL)
    gtk_widget_add_css_class (label, style);
  return label;
}

/* The "i" button: the definition of KPI.md in a popover. */
static GtkWidget *
new_info_button (const CtDashboardFigure *figure)
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
new_header (const CtDashboardFigure *figure)
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
new_status (const CtDashboardFigure *figure)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  g_autofree char *target = NULL;
  gboolean met;

  if (!figure->has_target && figure->deadline != NULL)
    {
      /* Translators: a KPI tile's target, e.g. "Target: each ≤ 15 min" */
      g_autofree char *text = g_strdup_printf (_("Target: %s"), figure->deadline);
      GtkWidget *label = new_label (text, "dim-label");

      gtk_widget_set_tooltip_text (label, _("The deadline of every ticket; no share of tickets "
                                            "is set as a target for this rate."));
      gtk_box_append (GTK_BOX (box), label);
      return box;
    }
  if (!figure->has_target)
    {
      gtk_box_append (GTK_BOX (box), new_label (_("No target"), "dim-label"));
      return box;
    }
  target = ct_dashboard_figure_dup_target (figure);
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
new_tile (const CtDashboard       *result,
          const CtDashboardFigure *figure)
{
  GtkWidget *child = gtk_flow_box_child_new ();
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  g_autofree char *value = ct_dashboard_format_value (result, figure->key, FALSE);
  g_autofree char *counts = ct_dashboard_figure_dup_counts (figure);
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
      g_autofree char *change = ct_dashboard_figure_dup_change (figure);
      gboolean better = figure->lower_is_better ? figure->value < figure->before
                                                : figure->value > figure->before;
      GtkWidget *label = new_label (change, "caption");

      if (ct_dashboard_figure_change (figure) != 0)
        gtk_widget_set_tooltip_text (label, better ? _("Better than the period before")
                                                   : _("Worse than the period before"));
      gtk_box_append (GTK_BOX (card), label);
    }
  gtk_flow_box_child_set_child (GTK_FLOW_BOX_CHILD (child), frame);
  g_object_set_data (G_OBJECT (child), "ct-kpi-key", (gpointer) figure->key);
  g_object_set_data (G_OBJECT (child), "ct-value-label", value_label);
  gtk_widget_set_cursor_from_name (child, "pointer");
  gtk_widget_set_tooltip_text (child, figure->asset
                                      ? _("Click to see the assets behind this figure")
                                      : _("Click to see the tickets behind this figure"));
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
      CtDashboardFigure figure;

      if (ct_dashboard_figure_read (self->result, tile_keys[i], &figure))
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
