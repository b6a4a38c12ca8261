/* ct-column-cells.h — the cells of the record tables: GtkInscriptions, alone
 * or after an icon, and their rebinding
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* An ellipsizing GtkInscription @nat_chars wide. */
GtkWidget  *ct_column_cell_new_text        (guint                nat_chars);
/* A box of an icon (hidden when none) and such an inscription. */
GtkWidget  *ct_column_cell_new_icon_text   (guint                nat_chars);
/* Shows @text in @cell (either kind), with @icon_name (NULL: none) beside it,
 * @style_class (success, warning, error, dim-label or NULL) and @tooltip. */
void        ct_column_cell_set             (GtkWidget           *cell,
                                            const char          *text,
                                            const char          *style_class,
                                            const char          *icon_name,
                                            const char          *tooltip);
/* The tooltip of a cell made here (NULL or "": none), given when shown. */
void        ct_column_cell_set_tooltip     (GtkWidget           *cell,
                                            const char          *tooltip);
const char *ct_column_cell_get_tooltip     (GtkWidget           *cell);
/* Binds the cells of @column again (the values they show have changed). */
void        ct_column_rebind               (GtkColumnViewColumn *column);

G_END_DECLS
