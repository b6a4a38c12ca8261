/* ct-record-list.h — what the record tables' pages (Tickets, Assets) share:
 * the stack of list, "empty" and "no-results", the count, the selection kept
 * in the detail pane, scrolling
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "ct-record.h"

G_BEGIN_DECLS

typedef gboolean (*CtRecordListEmptyFunc) (gpointer data);

/* Shows "list" in @stack or, when @model (NULL: not read yet) has no rows,
 * "empty" if @file_is_empty says the file holds none and "no-results"
 * otherwise; puts @count (NULL: nothing) in @count_label. Returns the child. */
const char *ct_record_list_show            (GtkStack              *stack,
                                            GtkLabel              *count_label,
                                            GListModel            *model,
                                            const char            *count,
                                            CtRecordListEmptyFunc  file_is_empty,
                                            gpointer               data);
/* The selection changed to @selected: whether the detail pane, showing
 * @shown, should show it. FALSE when nothing real is selected (a refresh
 * drops the selection for a moment) or when it shows that version already.
 * Stores the selected id in @keep_id. */
gboolean    ct_record_list_pick            (CtRecord              *selected,
                                            CtRecord              *shown,
                                            gint64                *keep_id);
/* Scrolls @view to row @position (GTK 4.8 has no gtk_column_view_scroll_to ()). */
void        ct_record_list_scroll_to       (GtkColumnView         *view,
                                            guint                  position);

G_END_DECLS
