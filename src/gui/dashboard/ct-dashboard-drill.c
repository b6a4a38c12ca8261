/* ct-dashboard-drill.c — drill-down: a click on a tile opens the Tickets or
 * the Assets tab on exactly the records behind its number
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-dashboard-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-assets-page.h"
#include "ct-dashboard-page-private.h"
#include "ct-tickets-page.h"

/* What the assets behind an asset tile are (ct_dashboard_asset_ids ()), for
 * the title of the Assets tab's list. */
static const struct { const char *key; const char *which; } asset_lists[] = {
  /* Translators: the assets behind the intact rate, shown in the Assets tab */
  { "asset_intact_rate", N_("not intact") },
  /* Translators: the assets behind availability, shown in the Assets tab */
  { "asset_availability", N_("with downtime") },
  { "downtime_change_yoy", N_("with downtime") },
  /* Translators: the assets behind the mean time between failures */
  { "mtbf_hours", N_("with a failure") },
  /* Translators: the assets behind the mean time to repair */
  { "mttr_hours", N_("repaired") },
  /* Translators: the assets behind planned maintenance on time */
  { "pm_compliance_rate", N_("with maintenance due") },
};

static const char *
asset_list_name (const char *key)
{
  for (guint i = 0; i < G_N_ELEMENTS (asset_lists); i++)
    if (g_str_equal (asset_lists[i].key, key))
      return _(asset_lists[i].which);
  g_return_val_if_reached ("");
}

/* The Tickets tab is the sibling "tickets" in the window's AdwViewStack. */
void
ct_dashboard_page_show_tickets (CtDashboardPage *self,
                                GArray          *ids,
                                const char      *kind,
                                const char      *title)
{
  GtkWidget *stack = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_VIEW_STACK);
  GtkWidget *tickets;

  g_return_if_fail (CT_IS_DASHBOARD_PAGE (self));

  if (stack == NULL)
    return;
  tickets = adw_view_stack_get_child_by_name (ADW_VIEW_STACK (stack), "tickets");
  if (tickets == NULL || !CT_IS_TICKETS_PAGE (tickets))
    return;
  ct_tickets_page_show_ids (CT_TICKETS_PAGE (tickets), ids, kind, title);
  adw_view_stack_set_visible_child (ADW_VIEW_STACK (stack), tickets);
}

/* The Assets tab is the sibling "assets". */
void
ct_dashboard_page_show_assets (CtDashboardPage *self,
                               GArray          *ids,
                               const char      *title)
{
  GtkWidget *stack = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_VIEW_STACK);
  GtkWidget *assets;

  g_return_if_fail (CT_IS_DASHBOARD_PAGE (self));

  if (stack == NULL)
    return;
  assets = adw_view_stack_get_child_by_name (ADW_VIEW_STACK (stack), "assets");
  if (assets == NULL || !CT_IS_ASSETS_PAGE (assets))
    return;
  ct_assets_page_show_ids (CT_ASSETS_PAGE (assets), ids, title);
  adw_view_stack_set_visible_child (ADW_VIEW_STACK (stack), assets);
}

/* The assets behind an asset figure, as its caption counts them. */
static gboolean
activate_asset_tile (CtDashboardPage *self,
                     const char      *key)
{
  const GArray *list = ct_dashboard_get_asset_ids (self->result, key);
  g_autoptr(GArray) ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), list->len);
  /* "设备完好率 · 未完好" */
  g_autofree char *title = g_strdup_printf ("%s · %s", ct_asset_kpi_name (key),
                                            asset_list_name (key));

  g_array_append_vals (ids, list->data, list->len);
  ct_dashboard_page_show_assets (self, ids, title);
  return TRUE;
}

/* The tickets behind a ticket figure: the counted ones for a count, those in
 * the denominator of a rate (the caption says how many); the assets behind
 * an asset figure. */
gboolean
ct_dashboard_page_activate_tile (CtDashboardPage *self,
                                 const char      *key)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autofree char *title = NULL;
  gboolean numerator;

  g_return_val_if_fail (CT_IS_DASHBOARD_PAGE (self), FALSE);

  if (self->result == NULL || self->context == NULL)
    return FALSE;
  if (ct_asset_kpi_is_key (key))
    return activate_asset_tile (self, key);
  if (!ct_ticket_kpi_is_key (key))
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
