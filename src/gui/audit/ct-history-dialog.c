/* ct-history-dialog.c — the History of one record, newest first
 *
 * A window over the record's window: one boxed row per audit entry ("王芳 ·
 * 2026-03-02 14:05 · Changed" and the fields it changed). When the user may
 * not read the record's history, or the log cannot be read, a status page
 * says why.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-history-dialog"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ct-audit-entry-view.h"
#include "ct-history-dialog.h"

static GtkWidget *
status_page_new (const char *icon,
                 const char *title,
                 const char *description)
{
  GtkWidget *page = adw_status_page_new ();

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (page), icon);
  adw_status_page_set_title (ADW_STATUS_PAGE (page), title);
  adw_status_page_set_description (ADW_STATUS_PAGE (page), description);
  gtk_widget_set_vexpand (page, TRUE);
  return page;
}

static GtkWidget *
entries_new (CtDatabase *db,
             GPtrArray  *entries)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_widget_set_valign (list, GTK_ALIGN_START);
  for (guint i = 0; i < entries->len; i++)
    {
      GtkWidget *view = ct_audit_entry_view_new (db, g_ptr_array_index (entries, i), FALSE);
      GtkWidget *row = gtk_list_box_row_new ();

      gtk_widget_set_margin_top (view, 10);
      gtk_widget_set_margin_bottom (view, 10);
      gtk_widget_set_margin_start (view, 12);
      gtk_widget_set_margin_end (view, 12);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), view);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 720);
  gtk_widget_set_margin_top (clamp, 18);
  gtk_widget_set_margin_bottom (clamp, 18);
  gtk_widget_set_margin_start (clamp, 12);
  gtk_widget_set_margin_end (clamp, 12);
  adw_clamp_set_child (ADW_CLAMP (clamp), list);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  return scrolled;
}

void
ct_history_dialog_present (GtkWidget  *parent,
                           CtContext  *context,
                           const char *entity,
                           gint64      entity_id,
                           const char *title)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  CtDatabase *db;
  GtkRoot *root;
  GtkWidget *window, *box, *header, *window_title, *content;

  g_return_if_fail (GTK_IS_WIDGET (parent));
  g_return_if_fail (CT_IS_CONTEXT (context));
  g_return_if_fail (entity != NULL);

  db = ct_context_get_database (context);
  entries = ct_audit_query_history (db, entity, entity_id, &error);

  window = adw_window_new ();
  gtk_window_set_title (GTK_WINDOW (window), _("History"));
  gtk_window_set_default_size (GTK_WINDOW (window), 620, 640);
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (window), TRUE);
  root = gtk_widget_get_root (parent);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (root));
  gtk_widget_add_css_class (window, "history-dialog");

  header = adw_header_bar_new ();
  window_title = adw_window_title_new (_("History"), title != NULL ? title : "");
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), window_title);

  if (entries == NULL)
    content = status_page_new ("dialog-warning-symbolic", _("History Not Available"),
                               error->message);
  else if (entries->len == 0)
    content = status_page_new ("document-open-recent-symbolic", _("No History"),
                               _("Nothing has been recorded for this record yet."));
  else
    content = entries_new (db, entries);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), content);
  adw_window_set_content (ADW_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
}
