/* ct-column-cells.c — the cells of the record tables: GtkInscriptions, alone
 * or after an icon, and their rebinding
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-column-cells"

#include "config.h"

#include "ct-column-cells.h"

static const char *const cell_classes[] = { "success", "warning", "error", "dim-label" };

GtkWidget *
ct_column_cell_new_text (guint nat_chars)
{
  GtkWidget *label = gtk_inscription_new (NULL);

  gtk_inscription_set_nat_chars (GTK_INSCRIPTION (label), nat_chars);
  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (label),
                                     GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
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
  gtk_widget_set_tooltip_text (cell, tooltip);
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
