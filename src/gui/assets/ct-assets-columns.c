/* ct-assets-columns.c — the cells of the ledger, and header clicks turned
 * into the query's ORDER BY
 *
 * The cells' contents come from ct-assets-cells.c. As on the Tickets tab, the
 * columns carry GtkCustomSorters only so that GTK draws the arrows
 * and says which header was clicked; SQL sorts, in the model.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-assets-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-assets-page-private.h"

static const char *const cell_classes[] = { "success", "warning", "error", "dim-label" };

typedef struct
{
  CtAssetsPage *page;
  CtAssetSort   sort;
} Probe;

static GtkWidget *
new_inscription (guint nat_chars)
{
  GtkWidget *label = gtk_inscription_new (NULL);

  gtk_inscription_set_nat_chars (GTK_INSCRIPTION (label), nat_chars);
  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (label),
                                     GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  return label;
}

static void
setup_text_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               CtAssetsPage             *self)
{
  gtk_list_item_set_child (item, new_inscription (8));
}

static void
setup_name_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               CtAssetsPage             *self)
{
  gtk_list_item_set_child (item, new_inscription (20));
}

/* An icon (hidden when none) and a text. */
static void
setup_icon_text_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    CtAssetsPage             *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = new_inscription (10);

  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), gtk_image_new ());
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_item_set_child (item, box);
}

static void
bind_column (CtAssetsPage   *self,
             GtkListItem    *item,
             CtAssetsColumn  column)
{
  GtkWidget *child = gtk_list_item_get_child (item);
  GtkWidget *label = child;
  CtAssetsCell cell;

  ct_assets_page_fill_cell (self, column, gtk_list_item_get_item (item), &cell);
  if (GTK_IS_BOX (child))
    {
      GtkWidget *image = gtk_widget_get_first_child (child);

      label = gtk_widget_get_next_sibling (image);
      gtk_image_set_from_icon_name (GTK_IMAGE (image), cell.icon_name);
      gtk_widget_set_visible (image, cell.icon_name != NULL);
    }
  for (guint i = 0; i < G_N_ELEMENTS (cell_classes); i++)
    gtk_widget_remove_css_class (child, cell_classes[i]);
  if (cell.style_class != NULL)
    gtk_widget_add_css_class (child, cell.style_class);
  gtk_widget_set_tooltip_text (child, cell.tooltip);
  gtk_inscription_set_text (GTK_INSCRIPTION (label), cell.text);
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

static int
probe_compare (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  Probe *probe = user_data;

  probe->page->probed = TRUE;
  probe->page->probed_sort = probe->sort;
  return -1;
}

/* A header was clicked: the primary column and its direction become the
 * query's sort (see ct-tickets-columns.c for how the primary is found). */
static void
sorter_changed_cb (CtAssetsPage    *self,
                   GtkSorterChange  change,
                   GtkSorter       *sorter)
{
  g_autoptr(GObject) a = g_object_new (G_TYPE_OBJECT, NULL);
  g_autoptr(GObject) b = g_object_new (G_TYPE_OBJECT, NULL);
  CtAssetQuery *query = &self->filter.query;
  GtkOrdering order;

  if (gtk_widget_in_destruction (GTK_WIDGET (self)))
    return;
  self->probed = FALSE;
  order = gtk_sorter_compare (sorter, a, b);
  if (!self->probed)
    return;
  if (query->sort == self->probed_sort && !query->descending == !(order == GTK_ORDERING_LARGER))
    return;
  query->sort = self->probed_sort;
  query->descending = order == GTK_ORDERING_LARGER;
  ct_assets_page_apply_query (self);
}

static void
set_sorter (CtAssetsPage        *self,
            GtkColumnViewColumn *column,
            CtAssetSort          sort)
{
  Probe *probe = g_new0 (Probe, 1);
  g_autoptr(GtkCustomSorter) sorter = NULL;

  probe->page = self;
  probe->sort = sort;
  sorter = gtk_custom_sorter_new (probe_compare, probe, g_free);
  gtk_column_view_column_set_sorter (column, GTK_SORTER (sorter));
}

void
ct_assets_page_init_columns (CtAssetsPage *self)
{
  set_sorter (self, self->code_column, CT_ASSET_SORT_CODE);
  set_sorter (self, self->name_column, CT_ASSET_SORT_NAME);
  set_sorter (self, self->category_column, CT_ASSET_SORT_CATEGORY);
  set_sorter (self, self->location_column, CT_ASSET_SORT_LOCATION);
  set_sorter (self, self->status_column, CT_ASSET_SORT_STATUS);
  set_sorter (self, self->next_due_column, CT_ASSET_SORT_NEXT_DUE);
  set_sorter (self, self->statutory_column, CT_ASSET_SORT_STATUTORY_DUE);
  self->filter.query.sort = CT_ASSET_SORT_CODE;
  self->filter.query.descending = FALSE;
  gtk_column_view_sort_by_column (self->column_view, self->code_column, GTK_SORT_ASCENDING);
  g_signal_connect_object (gtk_column_view_get_sorter (self->column_view), "changed",
                           G_CALLBACK (sorter_changed_cb), self, G_CONNECT_SWAPPED);
}

static void
rebind_column (GtkColumnViewColumn *column)
{
  g_autoptr(GtkListItemFactory) factory = NULL;

  factory = g_object_ref (gtk_column_view_column_get_factory (column));
  gtk_column_view_column_set_factory (column, NULL);
  gtk_column_view_column_set_factory (column, factory);
}

void
ct_assets_page_rebind_cells (CtAssetsPage *self)
{
  rebind_column (self->location_column);
  rebind_column (self->next_due_column);
  rebind_column (self->statutory_column);
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
