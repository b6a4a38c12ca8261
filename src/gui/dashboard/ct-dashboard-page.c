/* ct-dashboard-page.c — the Dashboard tab: the top bar (period and site), the
 * computation started on every change, and the switch to the Tickets tab
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-dashboard-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ct-dashboard-page-private.h"
#include "ct-work-calendar.h"

G_DEFINE_FINAL_TYPE (CtDashboardPage, ct_dashboard_page, CT_TYPE_PAGE)

static const char *const presets[] = {
  N_("This month"), N_("Last month"), N_("This quarter"), N_("This year"), N_("Custom…"), NULL,
};

static gint64
selected_site (CtDashboardPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->site_dropdown);

  return selected < self->site_ids->len ? g_array_index (self->site_ids, gint64, selected) : 0;
}

static const char *const preset_texts[] = {
  "this-month", "last-month", "this-quarter", "this-year",
};

gboolean
ct_dashboard_page_read_period (CtDashboardPage *self,
                               CtKpiPeriod     *period,
                               GError         **error)
{
  CtDashboardPreset preset = gtk_drop_down_get_selected (self->period_dropdown);
  g_autofree char *custom = NULL;

  g_return_val_if_fail (self->context != NULL && self->tz != NULL, FALSE);

  memset (period, 0, sizeof *period);
  period->site_id = selected_site (self);
  period->now = ct_clock_now (ct_context_get_clock (self->context));
  if (preset < G_N_ELEMENTS (preset_texts))
    return ct_dashboard_period_parse (preset_texts[preset], self->tz, period->now, period, error);
  custom = g_strdup_printf ("%s..%s", gtk_editable_get_text (GTK_EDITABLE (self->from_entry)),
                            gtk_editable_get_text (GTK_EDITABLE (self->to_entry)));
  return ct_dashboard_period_parse (custom, self->tz, period->now, period, error);
}

static void
show_error (CtDashboardPage *self,
            const char      *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_stack_set_visible_child_name (self->content_stack, "error");
}

static void
recompute (CtDashboardPage *self)
{
  g_autoptr(GError) error = NULL;
  CtKpiPeriod period;

  if (self->context == NULL || self->tz == NULL || self->filling)
    return;
  /* Only on screen: the figures take seconds on a large file and would
   * compete with the tab that is shown. A hidden tab computes when shown. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      ct_dashboard_page_cancel (self);
      g_clear_pointer (&self->result, ct_dashboard_free);
      return;
    }
  if (!ct_dashboard_page_read_period (self, &period, &error))
    {
      ct_dashboard_page_cancel (self);
      show_error (self, error->message);
      return;
    }
  ct_dashboard_page_start (self, &period);
}

/* Other apps changed the file: the figures again. */
static void
ct_dashboard_page_refresh (CtPage *page)
{
  recompute (CT_DASHBOARD_PAGE (page));
}

static void
period_changed_cb (CtDashboardPage *self)
{
  gboolean custom = gtk_drop_down_get_selected (self->period_dropdown) == CT_DASHBOARD_CUSTOM;

  gtk_widget_set_visible (GTK_WIDGET (self->custom_box), custom);
  /* A custom range is computed when the user applies it. */
  if (!custom || self->filling)
    recompute (self);
}

/* Apply, Enter in a date, or another site. */
static void
custom_apply_cb (CtDashboardPage *self)
{
  recompute (self);
}

static void
tile_activated_cb (CtDashboardPage *self,
                   GtkFlowBoxChild *child)
{
  const char *key = g_object_get_data (G_OBJECT (child), "ct-kpi-key");

  if (key != NULL)
    ct_dashboard_page_activate_tile (self, key);
}

/* "All sites", then every site; keeps the chosen site when it still exists. */
static void
fill_sites (CtDashboardPage *self)
{
  GListModel *sites = ct_record_store_get_model (ct_organisation_get_sites (ct_context_get_organisation (self->context)));
  g_autoptr(GtkStringList) strings = gtk_string_list_new (NULL);
  gint64 keep = selected_site (self);
  guint selected = 0;

  g_array_set_size (self->site_ids, 0);
  g_array_append_val (self->site_ids, ((gint64) { 0 }));
  gtk_string_list_append (strings, _("All sites"));
  for (guint i = 0; i < g_list_model_get_n_items (sites); i++)
    {
      g_autoptr(CtRecord) site = g_list_model_get_item (sites, i);
      gint64 id = ct_record_get_id (site);

      if (id == keep)
        selected = self->site_ids->len;
      g_array_append_val (self->site_ids, id);
      gtk_string_list_append (strings, ct_record_get_string (site, "name"));
    }
  self->filling = TRUE;
  gtk_drop_down_set_model (self->site_dropdown, G_LIST_MODEL (strings));
  gtk_drop_down_set_selected (self->site_dropdown, selected);
  self->filling = FALSE;
}

static void
sites_changed_cb (CtDashboardPage *self)
{
  fill_sites (self);
}

static void
disconnect_context (CtDashboardPage *self)
{
  ct_dashboard_page_cancel (self);
  ct_dashboard_page_cancel_report (self);
  if (self->context != NULL)
    g_signal_handlers_disconnect_by_data (ct_record_store_get_model (ct_organisation_get_sites (ct_context_get_organisation (self->context))),
                                          self);
  g_clear_object (&self->context);
  g_clear_pointer (&self->tz, g_time_zone_unref);
  g_clear_pointer (&self->result, ct_dashboard_free);
}

static void
ct_dashboard_page_context_changed (CtPage *page)
{
  CtDashboardPage *self = CT_DASHBOARD_PAGE (page);
  CtContext *context = ct_page_get_context (page);
  g_autoptr(GError) error = NULL;

  disconnect_context (self);
  gtk_stack_set_visible_child_name (self->content_stack, "empty");
  if (context == NULL)
    return;
  self->context = g_object_ref (context);
  self->tz = ct_work_calendar_load_time_zone (ct_context_get_database (context), &error);
  if (self->tz == NULL)
    {
      show_error (self, error->message);
      return;
    }
  g_signal_connect_object (ct_record_store_get_model (ct_organisation_get_sites (ct_context_get_organisation (context))),
                           "items-changed", G_CALLBACK (sites_changed_cb), self,
                           G_CONNECT_SWAPPED);
  fill_sites (self);
  recompute (self);
}

static void
ct_dashboard_page_map (GtkWidget *widget)
{
  CtDashboardPage *self = CT_DASHBOARD_PAGE (widget);

  GTK_WIDGET_CLASS (ct_dashboard_page_parent_class)->map (widget);
  if (self->result == NULL && !ct_dashboard_page_is_computing (self))
    recompute (self);
}

static void
ct_dashboard_page_dispose (GObject *object)
{
  CtDashboardPage *self = CT_DASHBOARD_PAGE (object);

  disconnect_context (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), CT_TYPE_DASHBOARD_PAGE);

  G_OBJECT_CLASS (ct_dashboard_page_parent_class)->dispose (object);
}

static void
ct_dashboard_page_finalize (GObject *object)
{
  CtDashboardPage *self = CT_DASHBOARD_PAGE (object);

  g_clear_pointer (&self->site_ids, g_array_unref);

  G_OBJECT_CLASS (ct_dashboard_page_parent_class)->finalize (object);
}

static void
ct_dashboard_page_class_init (CtDashboardPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CtPageClass *page_class = CT_PAGE_CLASS (klass);

  object_class->dispose = ct_dashboard_page_dispose;
  object_class->finalize = ct_dashboard_page_finalize;
  page_class->context_changed = ct_dashboard_page_context_changed;
  widget_class->map = ct_dashboard_page_map;
  page_class->refresh = ct_dashboard_page_refresh;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/caretaker/Caretaker/ui/ct-dashboard-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CtDashboardPage, period_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CtDashboardPage, site_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CtDashboardPage, custom_box);
  gtk_widget_class_bind_template_child (widget_class, CtDashboardPage, from_entry);
  gtk_widget_class_bind_template_child (widget_class, CtDashboardPage, to_entry);
  gtk_widget_class_bind_template_child (widget_class, CtDashboardPage, period_label);
  gtk_widget_class_bind_template_child (widget_class, CtDashboardPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, CtDashboardPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, CtDashboardPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, CtDashboardPage, tiles_box);
  gtk_widget_class_bind_template_child (widget_class, CtDashboardPage, charts_box);
  gtk_widget_class_bind_template_callback (widget_class, period_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, custom_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, tile_activated_cb);
  ct_dashboard_page_class_init_report (widget_class);
}

static void
ct_dashboard_page_init (CtDashboardPage *self)
{
  g_autoptr(GtkStringList) strings = gtk_string_list_new (NULL);

  self->site_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_widget_init_template (GTK_WIDGET (self));
  ct_page_set_title (CT_PAGE (self), _("Dashboard"));
  ct_page_set_icon_name (CT_PAGE (self), "network-cellular-signal-excellent-symbolic");

  for (guint i = 0; presets[i] != NULL; i++)
    gtk_string_list_append (strings, _(presets[i]));
  self->filling = TRUE;
  gtk_drop_down_set_model (self->period_dropdown, G_LIST_MODEL (strings));
  self->filling = FALSE;
}

GtkWidget *
ct_dashboard_page_new (void)
{
  return g_object_new (CT_TYPE_DASHBOARD_PAGE, NULL);
}

gboolean
ct_dashboard_page_is_computing (CtDashboardPage *self)
{
  g_return_val_if_fail (CT_IS_DASHBOARD_PAGE (self), FALSE);
  return self->computing != NULL;
}

void
ct_dashboard_page_set_preset (CtDashboardPage   *self,
                              CtDashboardPreset  preset)
{
  g_return_if_fail (CT_IS_DASHBOARD_PAGE (self));
  gtk_drop_down_set_selected (self->period_dropdown, preset);
}

void
ct_dashboard_page_set_custom (CtDashboardPage *self,
                              const char      *from,
                              const char      *to)
{
  g_return_if_fail (CT_IS_DASHBOARD_PAGE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->from_entry), from);
  gtk_editable_set_text (GTK_EDITABLE (self->to_entry), to);
  if (gtk_drop_down_get_selected (self->period_dropdown) != CT_DASHBOARD_CUSTOM)
    gtk_drop_down_set_selected (self->period_dropdown, CT_DASHBOARD_CUSTOM);
  recompute (self);
}

const CtDashboard *
ct_dashboard_page_get_result (CtDashboardPage *self)
{
  g_return_val_if_fail (CT_IS_DASHBOARD_PAGE (self), NULL);
  return self->result;
}
