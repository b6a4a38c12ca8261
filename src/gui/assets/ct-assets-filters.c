/* ct-assets-filters.c — the filter bar and the search entry, read into the
 * page's CtAssetQuery (the model turns it into SQL); the location comes from
 * the tree (ct-assets-tree.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-assets-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-assets-page-private.h"
#include "widgets/ct-filter-util.h"

/* The status dropdown: not retired, all, then each status. */
#define STATUS_NOT_RETIRED 0
#define STATUS_ALL         1

/* The due dropdown, in the order of CtAssetDue. */
static const char *const due_labels[] = {
  N_("Any dates"), N_("Due within 30 days"), N_("Overdue"), NULL,
};

void
ct_assets_filter_init (CtAssetsFilter *filter)
{
  CtAssetQuery init = CT_ASSET_QUERY_INIT;

  memset (filter, 0, sizeof *filter);
  filter->query = init;
}

static void
clear_texts (CtAssetsFilter *filter)
{
  g_clear_pointer (&filter->category, g_free);
  g_clear_pointer (&filter->status, g_free);
  g_clear_pointer (&filter->search, g_free);
  filter->query.category = filter->query.status = filter->query.search = NULL;
}

void
ct_assets_filter_clear (CtAssetsFilter *filter)
{
  clear_texts (filter);
  ct_assets_filter_set_ids (filter, NULL);
}

/* NULL: any asset; an empty array: none. */
void
ct_assets_filter_set_ids (CtAssetsFilter *filter,
                          GArray         *ids)
{
  g_clear_pointer (&filter->ids, g_array_unref);
  filter->query.ids = NULL;
  filter->query.n_ids = 0;
  if (ids == NULL)
    return;
  filter->ids = g_array_sized_new (FALSE, TRUE, sizeof (gint64), MAX (ids->len, 1));
  g_array_append_vals (filter->ids, ids->data, ids->len);
  /* Never NULL, even for an empty list: that is a filter too (no asset). */
  g_array_set_size (filter->ids, MAX (ids->len, 1));
  filter->query.ids = (const gint64 *) (gpointer) filter->ids->data;
  filter->query.n_ids = ids->len;
}

/* NULL or "" for none. */
void
ct_assets_filter_set (CtAssetsFilter *filter,
                      const char     *category,
                      const char     *status,
                      const char     *search)
{
  clear_texts (filter);
  filter->category = category && *category ? g_strdup (category) : NULL;
  filter->status = status && *status ? g_strdup (status) : NULL;
  filter->search = search && *search ? g_strdup (search) : NULL;
  filter->query.category = filter->category;
  filter->query.status = filter->status;
  filter->query.search = filter->search;
}

/* @dest must be initialised. */
void
ct_assets_filter_copy (CtAssetsFilter       *dest,
                       const CtAssetsFilter *src)
{
  ct_assets_filter_clear (dest);
  dest->query = src->query;
  dest->query.ids = NULL;
  dest->query.n_ids = 0;
  ct_assets_filter_set (dest, src->category, src->status, src->search);
  if (src->ids != NULL)
    {
      g_autoptr(GArray) ids = g_array_copy (src->ids);

      g_array_set_size (ids, src->query.n_ids);
      ct_assets_filter_set_ids (dest, ids);
    }
}

void
ct_assets_page_read_filters (CtAssetsPage *self)
{
  CtAssetQuery *query = &self->filter.query;
  guint status = gtk_drop_down_get_selected (self->status_dropdown);
  guint due = gtk_drop_down_get_selected (self->due_dropdown);

  ct_assets_filter_set (&self->filter,
                        ct_filter_dropdown_get_key (self->category_dropdown,
                                                    ct_asset_categories (), 1),
                        ct_filter_dropdown_get_key (self->status_dropdown,
                                                    ct_asset_statuses (), 2),
                        gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  query->include_retired = status == STATUS_ALL;
  query->due = due == CT_ASSET_DUE_SOON || due == CT_ASSET_DUE_OVERDUE ? (CtAssetDue) due
                                                                      : CT_ASSET_DUE_ANY;
}

static void
filter_changed_cb (CtAssetsPage *self)
{
  if (self->filling)
    return;
  ct_assets_page_read_filters (self);
  ct_assets_page_apply_query (self);
}

static void
search_changed_cb (CtAssetsPage *self)
{
  filter_changed_cb (self);
}

void
ct_assets_page_reset_filters (CtAssetsPage *self)
{
  ct_assets_page_clear_ids (self);
  self->filling = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_selected (self->status_dropdown, STATUS_NOT_RETIRED);
  gtk_drop_down_set_selected (self->category_dropdown, 0);
  gtk_drop_down_set_selected (self->due_dropdown, CT_ASSET_DUE_ANY);
  self->filling = FALSE;
  filter_changed_cb (self);
}

void
ct_assets_page_init_filters (CtAssetsPage *self)
{
  self->filling = TRUE;
  ct_filter_dropdown_fill_keys (self->status_dropdown, _("Not retired"), _("All statuses"),
                                ct_asset_statuses (), ct_asset_status_label);
  ct_filter_dropdown_fill_keys (self->category_dropdown, _("All categories"), NULL,
                                ct_asset_categories (), ct_asset_category_label);
  ct_filter_dropdown_fill_msgids (self->due_dropdown, due_labels);
  self->filling = FALSE;
  ct_assets_page_read_filters (self);
}

void
ct_assets_page_class_init_filters (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, CtAssetsPage, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CtAssetsPage, category_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CtAssetsPage, due_dropdown);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
}
