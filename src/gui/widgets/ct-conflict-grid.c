/* ct-conflict-grid.c — the "Field | mine | theirs" grid of a "Changed by
 * someone else" dialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "ct-conflict-grid.h"

#define N_ROWS_KEY "ct-conflict-grid-n-rows"

static GtkWidget *
cell_new (const char *text,
          const char *style_class)
{
  GtkWidget *label = gtk_label_new (*text != '\0' ? text : "—");

  /* A floor on the width: measured narrow, wrapping labels ask for a tall
   * dialog that then shows mostly empty. */
  g_object_set (label, "xalign", 0.0f, "yalign", 0.0f, "wrap", TRUE,
                "wrap-mode", PANGO_WRAP_WORD_CHAR, "width-chars", 12, "max-width-chars", 28,
                "selectable", TRUE, NULL);
  if (style_class != NULL)
    gtk_widget_add_css_class (label, style_class);
  return label;
}

GtkWidget *
ct_conflict_grid_new (const char *mine_heading,
                      const char *theirs_heading)
{
  GtkGrid *grid = GTK_GRID (gtk_grid_new ());

  gtk_grid_set_column_spacing (grid, 18);
  gtk_grid_set_row_spacing (grid, 6);
  gtk_grid_attach (grid, cell_new (_("Field"), "heading"), 0, 0, 1, 1);
  gtk_grid_attach (grid, cell_new (mine_heading, "heading"), 1, 0, 1, 1);
  gtk_grid_attach (grid, cell_new (theirs_heading, "heading"), 2, 0, 1, 1);
  return GTK_WIDGET (grid);
}

guint
ct_conflict_grid_get_n_rows (GtkWidget *grid)
{
  g_return_val_if_fail (GTK_IS_GRID (grid), 0);

  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (grid), N_ROWS_KEY));
}

void
ct_conflict_grid_add (GtkWidget  *grid,
                      const char *field,
                      const char *mine,
                      const char *theirs)
{
  guint row;

  g_return_if_fail (GTK_IS_GRID (grid));

  row = ct_conflict_grid_get_n_rows (grid) + 1;
  gtk_grid_attach (GTK_GRID (grid), cell_new (field, "dim-label"), 0, (int) row, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), cell_new (mine != NULL ? mine : "", NULL), 1, (int) row, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), cell_new (theirs != NULL ? theirs : "", NULL), 2, (int) row,
                   1, 1);
  g_object_set_data (G_OBJECT (grid), N_ROWS_KEY, GUINT_TO_POINTER (row));
}

void
ct_conflict_grid_add_note (GtkWidget  *grid,
                           const char *text)
{
  g_return_if_fail (GTK_IS_GRID (grid));

  gtk_grid_attach (GTK_GRID (grid), cell_new (text, "dim-label"), 0,
                   (int) ct_conflict_grid_get_n_rows (grid) + 1, 3, 1);
}
