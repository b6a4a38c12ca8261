/* ct-assets-columns.c — the cells of the ledger, and header clicks turned
 * into the query's ORDER BY
 *
 * The cells' contents come from ct-assets-cells.c. As on the Tickets tab, the
 * columns carry GtkCustomSorters only so that GTK draws the arrows
 * and says which header was clicked (ct-column-sort.c); SQL sorts, in the model.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-assets-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-assets-page-private.h"
#include "widgets/ct-column-cells.h"
#include "widgets/ct-column-sort.h"

static void
setup_text_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               CtAssetsPage             *self)
{
  gtk_list_item_set_child (item, ct_column_cell_new_text (8));
}

static void
setup_name_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               CtAssetsPage             *self)
{
  gtk_list_item_set_child (item, ct_column_cell_new_text (20));
}

/* An icon (hidden when none) and a text. */
static void
setup_icon_text_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    CtAssetsPage             *self)
{
  gtk_list_item_set_child (item, ct_column_cell_new_icon_text (10));
}

static void
bind_column (CtAssetsPage   *self,
             GtkListItem    *item,
             CtAssetsColumn  column)
{
  CtAssetsCell cell;

  ct_assets_page_fill_cell (self, column, gtk_list_item_get_item (item), &cell);
  ct_column_cell_set (gtk_list_item_get_child (item), cell.text, cell.style_class,
                      cell.icon_name, cell.tooltip);
  ct_assets_cell_clear (&cell);
}

/* The bind callbacks of the columns. */
#define BIND(name, column) \
  static void \
  name (GtkSignalListItemFactory *factory, \
        GtkListItem              *item, \
        CtAssetsPage             *self) \
  { \
    bind_column (self, item, column); \
  }

BIND (bind_code_cb, CT_ASSETS_COLUMN_CODE)
BIND (bind_name_cb, CT_ASSETS_COLUMN_NAME)
BIND (bind_category_cb, CT_ASSETS_COLUMN_CATEGORY)
BIND (bind_location_cb, CT_ASSETS_COLUMN_LOCATION)
BIND (bind_status_cb, CT_ASSETS_COLUMN_STATUS)
BIND (bind_next_due_cb, CT_ASSETS_COLUMN_NEXT_DUE)
BIND (bind_statutory_cb, CT_ASSETS_COLUMN_STATUTORY)

/* A header was clicked: the primary column and its direction become the
 * query's sort (see ct-column-sort.c for how the primary is found). */
static void
sorter_changed_cb (CtAssetsPage    *self,
                   GtkSorterChange  change,
                   GtkSorter       *sorter)
{
  CtAssetQuery *query = &self->filter.query;
  int sort = query->sort;
  gboolean descending = query->descending;

  if (gtk_widget_in_destruction (GTK_WIDGET (self))
      || !ct_column_sort_update (sorter, &sort, &descending))
    return;
  query->sort = (CtAssetSort) sort;
  query->descending = descending;
  ct_assets_page_apply_query (self);
}

void
ct_assets_page_init_columns (CtAssetsPage *self)
{
  ct_column_sort_attach (self->code_column, CT_ASSET_SORT_CODE);
  ct_column_sort_attach (self->name_column, CT_ASSET_SORT_NAME);
  ct_column_sort_attach (self->category_column, CT_ASSET_SORT_CATEGORY);
  ct_column_sort_attach (self->location_column, CT_ASSET_SORT_LOCATION);
  ct_column_sort_attach (self->status_column, CT_ASSET_SORT_STATUS);
  ct_column_sort_attach (self->next_due_column, CT_ASSET_SORT_NEXT_DUE);
  ct_column_sort_attach (self->statutory_column, CT_ASSET_SORT_STATUTORY_DUE);
  self->filter.query.sort = CT_ASSET_SORT_CODE;
  self->filter.query.descending = FALSE;
  gtk_column_view_sort_by_column (self->column_view, self->code_column, GTK_SORT_ASCENDING);
  g_signal_connect_object (gtk_column_view_get_sorter (self->column_view), "changed",
                           G_CALLBACK (sorter_changed_cb), self, G_CONNECT_SWAPPED);
}

void
ct_assets_page_rebind_cells (CtAssetsPage *self)
{
  ct_column_rebind (self->location_column);
  ct_column_rebind (self->next_due_column);
  ct_column_rebind (self->statutory_column);
}

static gboolean
column_of (CtAssetsPage        *self,
           GtkColumnViewColumn *column,
           CtAssetsColumn      *out)
{
  GtkColumnViewColumn *columns[] = {
    self->code_column, self->name_column, self->category_column, self->location_column,
    self->status_column, self->next_due_column, self->statutory_column,
  };

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    if (columns[i] == column)
      {
        *out = (CtAssetsColumn) i;
        return TRUE;
      }
  return FALSE;
}

/* The cell of @column at @position, as bound. */
static gboolean
fill_at (CtAssetsPage        *self,
         GtkColumnViewColumn *column,
         guint                position,
         CtAssetsCell        *cell)
{
  g_autoptr(CtAsset) asset = NULL;
  CtAssetsColumn which;

  if (self->model == NULL || !column_of (self, column, &which))
    return FALSE;
  asset = g_list_model_get_item (G_LIST_MODEL (self->model), position);
  ct_assets_page_fill_cell (self, which, asset, cell);
  return TRUE;
}

char *
ct_assets_page_dup_cell_text (CtAssetsPage        *self,
                              GtkColumnViewColumn *column,
                              guint                position)
{
  CtAssetsCell cell;

  g_return_val_if_fail (CT_IS_ASSETS_PAGE (self), NULL);

  if (!fill_at (self, column, position, &cell))
    return NULL;
  g_free (cell.tooltip);
  return cell.text;
}

const char *
ct_assets_page_get_cell_class (CtAssetsPage        *self,
                               GtkColumnViewColumn *column,
                               guint                position)
{
  CtAssetsCell cell;

  g_return_val_if_fail (CT_IS_ASSETS_PAGE (self), NULL);

  if (!fill_at (self, column, position, &cell))
    return NULL;
  ct_assets_cell_clear (&cell);
  return cell.style_class;
}

void
ct_assets_page_class_init_columns (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, CtAssetsPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, CtAssetsPage, code_column);
  gtk_widget_class_bind_template_child (widget_class, CtAssetsPage, name_column);
  gtk_widget_class_bind_template_child (widget_class, CtAssetsPage, category_column);
  gtk_widget_class_bind_template_child (widget_class, CtAssetsPage, location_column);
  gtk_widget_class_bind_template_child (widget_class, CtAssetsPage, status_column);
  gtk_widget_class_bind_template_child (widget_class, CtAssetsPage, next_due_column);
  gtk_widget_class_bind_template_child (widget_class, CtAssetsPage, statutory_column);
  gtk_widget_class_bind_template_callback (widget_class, setup_text_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_name_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_icon_text_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_code_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_name_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_category_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_location_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_status_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_next_due_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_statutory_cb);
}
