/* ct-assets-page.c — the Assets tab: the location tree beside the ledger over
 * a lazy store model (sort, filters and search in SQL), the detail of the
 * selected asset on the right (the list and the detail: ct-assets-list.c)
 *
 * The ledger is read when the tab is first shown; the badge (overdue
 * maintenance tasks) is one count and is kept from the start.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-assets-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-assets-page-private.h"

G_DEFINE_FINAL_TYPE (CtAssetsPage, ct_assets_page, CT_TYPE_PAGE)

static void
show_error (CtAssetsPage *self,
            const GError *error)
{
  ct_assets_page_toast (self, error->message);
}

GtkWindow *
ct_assets_page_get_window (CtAssetsPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

void
ct_assets_page_toast (CtAssetsPage *self,
                      const char   *message)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  ct_page_show_toast (CT_PAGE (self), adw_toast_new (escaped));
}

char *
ct_assets_page_dup_day (CtAssetsPage *self,
                        int           days_ahead)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GDateTime) day = NULL;

  if (self->context == NULL || self->tz == NULL)
    return NULL;
  utc = g_date_time_new_from_unix_utc (ct_clock_now (ct_context_get_clock (self->context)));
  local = g_date_time_to_timezone (utc, self->tz);
  day = g_date_time_add_days (local, days_ahead);
  return g_date_time_format (day, "%Y-%m-%d");
}

static void
store_changed_cb (CtAssetsPage *self)
{
  ct_assets_page_refresh (self);
}

static void
structure_changed_cb (CtAssetsPage *self)
{
  if (self->model == NULL)
    return;
  ct_assets_page_rebuild_tree (self);
  ct_assets_page_rebind_cells (self);
}

static void
watch_structure (CtAssetsPage  *self,
                 CtRecordStore *store)
{
  g_signal_connect_object (ct_record_store_get_model (store), "items-changed",
                           G_CALLBACK (structure_changed_cb), self, G_CONNECT_SWAPPED);
}

static void
unwatch_structure (CtAssetsPage  *self,
                   CtRecordStore *store)
{
  g_signal_handlers_disconnect_by_data (ct_record_store_get_model (store), self);
}

static void
disconnect_context (CtAssetsPage *self)
{
  ct_assets_page_stop_day_timer (self);
  ct_assets_page_abandon_transfer (self);
  if (self->context != NULL)
    {
      CtOrganisation *org = ct_context_get_organisation (self->context);

      g_signal_handlers_disconnect_by_data (self->store, self);
      unwatch_structure (self, ct_organisation_get_sites (org));
      unwatch_structure (self, ct_organisation_get_buildings (org));
      unwatch_structure (self, ct_asset_store_get_locations (self->store));
    }
  ct_assets_page_clear_tree (self);
  gtk_multi_selection_set_model (self->selection, NULL);
  g_clear_object (&self->model);
  g_clear_object (&self->store);
  g_clear_object (&self->context);
  g_clear_pointer (&self->tz, g_time_zone_unref);
}

/* Reads the tree and the ledger: when the page is first shown. */
static void
load (CtAssetsPage *self)
{
  CtOrganisation *org = ct_context_get_organisation (self->context);
  g_autoptr(GError) error = NULL;

  self->load_pending = FALSE;
  watch_structure (self, ct_organisation_get_sites (org));
  watch_structure (self, ct_organisation_get_buildings (org));
  watch_structure (self, ct_asset_store_get_locations (self->store));

  /* The tree's selection sets the query's location, then the model runs it. */
  ct_assets_page_rebuild_tree (self);
  self->model = ct_asset_list_model_new (self->store);
  ct_assets_page_read_filters (self);
  if (!ct_asset_list_model_set_query (self->model, &self->filter.query, &error))
    show_error (self, error);
  gtk_multi_selection_set_model (self->selection, G_LIST_MODEL (self->model));
  ct_assets_page_update_view (self);
  ct_assets_page_update_actions (self);
}

static void
update_badge_cb (CtPage *page)
{
  ct_assets_page_update_badge (CT_ASSETS_PAGE (page));
}

static void
ct_assets_page_context_changed (CtPage *page)
{
  CtAssetsPage *self = CT_ASSETS_PAGE (page);
  CtContext *context = ct_page_get_context (page);
  g_autoptr(GError) error = NULL;

  disconnect_context (self);
  self->keep_id = 0;
  ct_asset_detail_set_asset (self->detail, NULL);
  ct_assets_page_reset_filters (self);
  if (context != NULL)
    {
      self->context = g_object_ref (context);
      self->store = g_object_ref (ct_context_get_assets (context));
      self->tz = ct_work_calendar_load_time_zone (ct_context_get_database (context), &error);
      if (self->tz == NULL)   /* dates stay uncoloured rather than a day off */
        show_error (self, error);
      g_signal_connect_object (self->store, "changed", G_CALLBACK (store_changed_cb), self,
                               G_CONNECT_SWAPPED);
      ct_assets_page_start_day_timer (self);
      /* A large ledger is read when the tab is shown, not when the app starts. */
      self->load_pending = TRUE;
      if (gtk_widget_get_mapped (GTK_WIDGET (self)))
        load (self);
      /* The badge counts the overdue tasks (a few ms at a million tickets'
       * ledgers): after the first frame. */
      ct_page_after_frame (page, update_badge_cb);
    }
  else
    ct_assets_page_update_badge (self);
  ct_assets_page_update_view (self);
  ct_assets_page_update_actions (self);
}

static void
ct_assets_page_map (GtkWidget *widget)
{
  CtAssetsPage *self = CT_ASSETS_PAGE (widget);

  GTK_WIDGET_CLASS (ct_assets_page_parent_class)->map (widget);
  if (self->load_pending && self->context != NULL)
    load (self);
}

static void
reset_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  CtAssetsPage *self = CT_ASSETS_PAGE (widget);

  ct_assets_page_select_node (self, "all");
  ct_assets_page_reset_filters (self);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_widget_grab_focus (GTK_WIDGET (CT_ASSETS_PAGE (widget)->search_entry));
}

static void
toggle_locations_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  GtkToggleButton *button = CT_ASSETS_PAGE (widget)->tree_button;

  gtk_toggle_button_set_active (button, !gtk_toggle_button_get_active (button));
}

static void
ct_assets_page_dispose (GObject *object)
{
  CtAssetsPage *self = CT_ASSETS_PAGE (object);

  disconnect_context (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), CT_TYPE_ASSETS_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->tree_selection);
  g_clear_object (&self->tree_model);
  g_clear_pointer (&self->tree_nodes, g_hash_table_unref);

  G_OBJECT_CLASS (ct_assets_page_parent_class)->dispose (object);
}

static void
ct_assets_page_finalize (GObject *object)
{
  CtAssetsPage *self = CT_ASSETS_PAGE (object);

  ct_assets_filter_clear (&self->filter);

  G_OBJECT_CLASS (ct_assets_page_parent_class)->finalize (object);
}

static void
ct_assets_page_class_init (CtAssetsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CtPageClass *page_class = CT_PAGE_CLASS (klass);

  object_class->dispose = ct_assets_page_dispose;
  object_class->finalize = ct_assets_page_finalize;
  widget_class->map = ct_assets_page_map;
  page_class->context_changed = ct_assets_page_context_changed;

  g_type_ensure (CT_TYPE_ASSET_DETAIL);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/caretaker/Caretaker/ui/ct-assets-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CtAssetsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CtAssetsPage, tree_button);
  gtk_widget_class_bind_template_child (widget_class, CtAssetsPage, tree_label);
  ct_assets_page_class_init_list (widget_class);
  ct_assets_page_class_init_tree (widget_class);
  ct_assets_page_class_init_columns (widget_class);
  ct_assets_page_class_init_filters (widget_class);
  ct_assets_page_class_init_actions (widget_class);
  ct_assets_page_class_init_transfer (widget_class);
  ct_assets_page_class_init_ids (widget_class);

  gtk_widget_class_install_action (widget_class, "assets.reset-filters", NULL,
                                   reset_filters_action);
  gtk_widget_class_install_action (widget_class, "assets.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "assets.toggle-locations", NULL,
                                   toggle_locations_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "assets.toggle-locations", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "assets.search", NULL);
}

static void
ct_assets_page_init (CtAssetsPage *self)
{
  ct_assets_filter_init (&self->filter);
  gtk_widget_init_template (GTK_WIDGET (self));
  ct_page_set_title (CT_PAGE (self), _("Assets"));
  ct_page_set_icon_name (CT_PAGE (self), "applications-engineering-symbolic");

  ct_assets_page_init_list (self);
  ct_assets_page_init_tree (self);
  ct_assets_page_init_filters (self);
  ct_assets_page_init_columns (self);
  ct_assets_page_update_actions (self);
  ct_assets_page_update_view (self);
}

GtkWidget *
ct_assets_page_new (void)
{
  return g_object_new (CT_TYPE_ASSETS_PAGE, NULL);
}

void
ct_assets_page_set_search_text (CtAssetsPage *self,
                                const char   *text)
{
  g_return_if_fail (CT_IS_ASSETS_PAGE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  ct_assets_page_read_filters (self);   /* now, not after the typing delay */
  ct_assets_page_apply_query (self);
}
