/* ct-column-cells.c — the cells of the record tables: GtkInscriptions, alone
 * or after an icon, their tooltips and their rebinding
 *
 * A cell's tooltip is kept as data and given in "query-tooltip", when it is
 * shown: gtk_widget_set_tooltip_text () asks the display where the pointer is
 * (a round trip to the X server) every time a cell is bound, dozens of times
 * for a screenful of rows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-column-cells"

#include "config.h"

#include "ct-column-cells.h"

static const char *const cell_classes[] = { "success", "warning", "error", "dim-label" };

#define TOOLTIP_KEY "ct-column-cell-tooltip"

static gboolean
query_tooltip_cb (GtkWidget  *cell,
                  int         x,
                  int         y,
                  gboolean    keyboard,
                  GtkTooltip *tooltip,
                  gpointer    user_data)
{
  const char *text = g_object_get_data (G_OBJECT (cell), TOOLTIP_KEY);

  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

void
ct_column_cell_set_tooltip (GtkWidget  *cell,
                            const char *tooltip)
{
  g_return_if_fail (GTK_IS_WIDGET (cell));

  if (tooltip != NULL && *tooltip == '\0')
    tooltip = NULL;
  g_object_set_data_full (G_OBJECT (cell), TOOLTIP_KEY, g_strdup (tooltip), g_free);
  gtk_widget_set_has_tooltip (cell, tooltip != NULL);
}

const char *
ct_column_cell_get_tooltip (GtkWidget *cell)
{
  g_return_val_if_fail (GTK_IS_WIDGET (cell), NULL);
  return g_object_get_data (G_OBJECT (cell), TOOLTIP_KEY);
}

GtkWidget *
ct_column_cell_new_text (guint nat_chars)
{
  GtkWidget *label = gtk_inscription_new (NULL);

  gtk_inscription_set_nat_chars (GTK_INSCRIPTION (label), nat_chars);
  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (label),
                                     GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  g_signal_connect (label, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);
  return label;
}

GtkWidget *
ct_column_cell_new_icon_text (guint nat_chars)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = ct_column_cell_new_text (nat_chars);

  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), gtk_image_new ());
  gtk_box_append (GTK_BOX (box), label);
  g_signal_connect (box, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);
  return box;
}

void
ct_column_cell_set (GtkWidget  *cell,
                    const char *text,
                    const char *style_class,
                    const char *icon_name,
                    const char *tooltip)
{
  GtkWidget *label = cell;

  g_return_if_fail (GTK_IS_WIDGET (cell));

  if (GTK_IS_BOX (cell))
    {
      GtkWidget *image = gtk_widget_get_first_child (cell);

      label = gtk_widget_get_next_sibling (image);
      gtk_image_set_from_icon_name (GTK_IMAGE (image), icon_name);
      gtk_widget_set_visible (image, icon_name != NULL);
    }
  for (guint i = 0; i < G_N_ELEMENTS (cell_classes); i++)
    gtk_widget_remove_css_class (cell, cell_classes[i]);
  if (style_class != NULL)
    gtk_widget_add_css_class (cell, style_class);
  ct_column_cell_set_tooltip (cell, tooltip);
  gtk_inscription_set_text (GTK_INSCRIPTION (label), text);
}

void
ct_column_rebind (GtkColumnViewColumn *column)
{
  g_autoptr(GtkListItemFactory) factory = NULL;

  g_return_if_fail (GTK_IS_COLUMN_VIEW_COLUMN (column));

  factory = g_object_ref (gtk_column_view_column_get_factory (column));
  gtk_column_view_column_set_factory (column, NULL);
  gtk_column_view_column_set_factory (column, factory);
}
