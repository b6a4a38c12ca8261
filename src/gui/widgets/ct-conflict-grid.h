/* ct-conflict-grid.h — the "Field | mine | theirs" grid of a "Changed by
 * someone else" dialog: the fields that differ, one row each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* A grid with headings in row 0: "Field" (column 0), @mine_heading
 * (column 1) and @theirs_heading (column 2). */
GtkWidget *ct_conflict_grid_new         (const char *mine_heading,
                                         const char *theirs_heading);
/* Adds a row: @field's name, then what @mine and @theirs say ("—" when
 * empty). */
void       ct_conflict_grid_add         (GtkWidget  *grid,
                                         const char *field,
                                         const char *mine,
                                         const char *theirs);
/* How many rows ct_conflict_grid_add() added. */
guint      ct_conflict_grid_get_n_rows  (GtkWidget  *grid);
/* A dimmed line across all three columns below the rows, e.g. why no field
 * differs. */
void       ct_conflict_grid_add_note    (GtkWidget  *grid,
                                         const char *text);

G_END_DECLS
