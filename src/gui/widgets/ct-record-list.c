/* ct-record-list.c — what the record tables' pages (Tickets, Assets) share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-record-list"

#include "config.h"

#include "ct-record-list.h"

const char *
ct_record_list_show (GtkStack              *stack,
                     GtkLabel              *count_label,
                     GListModel            *model,
                     const char            *count,
                     CtRecordListEmptyFunc  file_is_empty,
                     gpointer               data)
{
  const char *child = "list";

  g_return_val_if_fail (GTK_IS_STACK (stack), NULL);
  g_return_val_if_fail (GTK_IS_LABEL (count_label), NULL);

  if (model != NULL && g_list_model_get_n_items (model) == 0)
    child = file_is_empty (data) ? "empty" : "no-results";
  gtk_stack_set_visible_child_name (stack, child);
  gtk_label_set_text (count_label, count != NULL ? count : "");
  return child;
}

gboolean
ct_record_list_pick (CtRecord *selected,
                     CtRecord *shown,
                     gint64   *keep_id)
{
  g_return_val_if_fail (keep_id != NULL, FALSE);

  if (selected == NULL || ct_record_get_id (selected) == 0)
    return FALSE;
  *keep_id = ct_record_get_id (selected);
  return shown == NULL || ct_record_get_id (shown) != *keep_id
         || ct_record_get_version (shown) != ct_record_get_version (selected);
}

/* Finds the list's own GtkListView, which scrolls. */
void
ct_record_list_scroll_to (GtkColumnView *view,
                          guint          position)
{
  g_return_if_fail (GTK_IS_COLUMN_VIEW (view));

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (view));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      gtk_widget_activate_action (child, "list.scroll-to-item", "u", position);
}
