/* ct-column-sort.c — header clicks of a GtkColumnView turned into a query's
 * ORDER BY
 *
 * The columns carry GtkCustomSorters only so that GTK draws the sort arrows
 * and the column view's sorter says which header was clicked: the rows are
 * never sorted by GTK (that would read every row) but by SQL, in the model.
 * GTK 4.8 cannot tell which column is the primary one, so the column view's
 * sorter is asked to compare two objects: the first column sorter it calls is
 * the primary one, and the sign of the answer is the direction.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-column-sort"

#include "config.h"

#include "ct-column-sort.h"

#define PROBE_KEY "ct-column-sort-probe"

typedef struct
{
  gboolean probed;
  int      sort;
} Probe;

static void
note (gconstpointer object,
      int           sort)
{
  Probe *probe = g_object_get_data (G_OBJECT (object), PROBE_KEY);

  if (probe == NULL)
    return;
  probe->probed = TRUE;
  probe->sort = sort;
}

static int
probe_compare (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  note (a, GPOINTER_TO_INT (user_data));
  note (b, GPOINTER_TO_INT (user_data));
  return -1;
}

void
ct_column_sort_attach (GtkColumnViewColumn *column,
                       int                  sort)
{
  g_autoptr(GtkCustomSorter) sorter = NULL;

  g_return_if_fail (GTK_IS_COLUMN_VIEW_COLUMN (column));

  sorter = gtk_custom_sorter_new (probe_compare, GINT_TO_POINTER (sort), NULL);
  gtk_column_view_column_set_sorter (column, GTK_SORTER (sorter));
}

gboolean
ct_column_sort_update (GtkSorter *sorter,
                       int       *sort,
                       gboolean  *descending)
{
  g_autoptr(GObject) a = g_object_new (G_TYPE_OBJECT, NULL);
  g_autoptr(GObject) b = g_object_new (G_TYPE_OBJECT, NULL);
  Probe probe = { FALSE, 0 };
  GtkOrdering order;

  g_return_val_if_fail (GTK_IS_SORTER (sorter), FALSE);

  g_object_set_data (a, PROBE_KEY, &probe);
  g_object_set_data (b, PROBE_KEY, &probe);
  order = gtk_sorter_compare (sorter, a, b);
  if (!probe.probed)
    return FALSE;
  if (*sort == probe.sort && !*descending == !(order == GTK_ORDERING_LARGER))
    return FALSE;
  *sort = probe.sort;
  *descending = order == GTK_ORDERING_LARGER;
  return TRUE;
}
