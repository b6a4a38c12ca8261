/* ct-assets-ids.c — the ledger limited to a list of asset ids, the
 * dashboard's drill-down: a banner says how many and why, Clear drops it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-assets-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-assets-page-private.h"

/* The status drop-down's "All statuses" (ct-assets-filters.c). */
#define STATUS_ALL 1

void
ct_assets_page_clear_ids (CtAssetsPage *self)
{
  ct_assets_filter_set_ids (&self->filter, NULL);
  gtk_revealer_set_reveal_child (self->ids_revealer, FALSE);
}

const char *
ct_assets_page_get_ids_banner (CtAssetsPage *self)
{
  g_return_val_if_fail (CT_IS_ASSETS_PAGE (self), NULL);

  if (!gtk_revealer_get_reveal_child (self->ids_revealer))
    return NULL;
  return gtk_label_get_text (self->ids_label);
}

static void
clear_ids_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CtAssetsPage *self = CT_ASSETS_PAGE (widget);

  ct_assets_page_select_node (self, "all");
  ct_assets_page_reset_filters (self);
}

void
ct_assets_page_show_ids (CtAssetsPage *self,
                         GArray       *ids,
                         const char   *title)
{
  g_autofree char *text = NULL;
  guint n;

  g_return_if_fail (CT_IS_ASSETS_PAGE (self));
  g_return_if_fail (ids != NULL && title != NULL);

  /* Every other filter goes, the tree shows every site, and retired assets
   * count too: exactly the assets behind the figure. */
  ct_assets_page_select_node (self, "all");
  ct_assets_page_reset_filters (self);
  self->filling = TRUE;
  gtk_drop_down_set_selected (self->status_dropdown, STATUS_ALL);
  self->filling = FALSE;
  ct_assets_page_read_filters (self);
  ct_assets_filter_set_ids (&self->filter, ids);
  self->keep_id = 0;
  ct_assets_page_apply_query (self);

  /* The page reads the ledger when first shown: count what it will show. */
  n = self->model != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->model))
                          : self->store != NULL ? ct_asset_query_count (self->store,
                                                                        &self->filter.query,
                                                                        NULL)
                                                : 0;
  text = g_strdup_printf (ngettext ("Showing the %u asset behind “%s”",
                                    "Showing the %u assets behind “%s”", n), n, title);
  gtk_label_set_text (self->ids_label, text);
  gtk_revealer_set_reveal_child (self->ids_revealer, TRUE);
}

void
ct_assets_page_class_init_ids (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, CtAssetsPage, ids_revealer);
  gtk_widget_class_bind_template_child (widget_class, CtAssetsPage, ids_label);
  gtk_widget_class_install_action (widget_class, "assets.clear-ids", NULL, clear_ids_action);
}
