/* ct-column-sort.h — header clicks of a GtkColumnView turned into a query's
 * ORDER BY
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Gives @column a sorter that never sorts rows but names @sort, one of the
 * query's sort keys, when the column view's sorter asks it. */
void        ct_column_sort_attach          (GtkColumnViewColumn *column,
                                            int                  sort);
/* Asks @sorter (a column view's) which column is the primary one and in which
 * direction; when that differs from *@sort and *@descending, stores it there
 * and returns TRUE. */
gboolean    ct_column_sort_update          (GtkSorter           *sorter,
                                            int                 *sort,
                                            gboolean            *descending);

G_END_DECLS
