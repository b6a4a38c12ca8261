/* ct-audit-entry-view.c — one audit log entry for people
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-audit"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-audit-entry-view.h"

char *
ct_audit_format_time (gint64 at)
{
  g_autoptr(GDateTime) local = g_date_time_new_from_unix_local (at);

  return local != NULL ? g_date_time_format (local, "%Y-%m-%d %H:%M") : g_strdup ("?");
}

char *
ct_audit_entry_dup_heading (const CtAuditEntry *entry)
{
  g_autofree char *when = NULL;
  const char *who;

  g_return_val_if_fail (entry != NULL, NULL);

  when = ct_audit_format_time (entry->at);
  who = entry->actor != NULL && *entry->actor != '\0' ? entry->actor : _("Unknown");
  /* Translators: who, when, what they did: "王芳 · 2026-03-02 14:05 · Changed" */
  return g_strdup_printf (C_("audit entry", "%s · %s · %s"), who, when,
                          ct_audit_action_label (entry->action));
}

char *
ct_audit_entry_dup_record (const CtAuditEntry *entry)
{
  g_autofree char *subject = NULL;

  g_return_val_if_fail (entry != NULL, NULL);

  subject = ct_audit_entry_dup_subject (entry);
  /* Translators: a kind of record and its name: "Ticket T-2026-00012" */
  return g_strdup_printf (C_("audit record", "%s %s"), ct_audit_entity_label (entry->entity),
                          subject);
}

char *
ct_audit_format_change (const CtAuditEntry  *entry,
                        const CtAuditChange *change)
{
  const char *old_value = change->old_value != NULL ? change->old_value : "—";
  const char *new_value = change->new_value != NULL ? change->new_value : "—";

  g_return_val_if_fail (entry != NULL && change != NULL, NULL);

  if (change->old_value == NULL
      && (g_strcmp0 (entry->action, "insert") == 0 || g_strcmp0 (entry->action, "restore") == 0))
    /* Translators: a field and its value: "Status: New" */
    return g_strdup_printf (C_("audit change", "%s: %s"), change->label, new_value);
  if (change->new_value == NULL && g_strcmp0 (entry->action, "delete") == 0)
    return g_strdup_printf (C_("audit change", "%s: %s"), change->label, old_value);
  /* Translators: a field, its old and its new value: "Status: New → Dispatched" */
  return g_strdup_printf (C_("audit change", "%s: %s → %s"), change->label, old_value, new_value);
}

static GtkWidget *
line_new (const char *text,
          const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

GtkWidget *
ct_audit_entry_view_new (CtDatabase         *db,
                         const CtAuditEntry *entry,
                         gboolean            with_record)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  g_autoptr(GPtrArray) changes = ct_audit_entry_changes (db, entry);
  g_autofree char *heading = ct_audit_entry_dup_heading (entry);

  gtk_widget_add_css_class (box, "audit-entry");
  if (with_record)
    {
      g_autofree char *record = ct_audit_entry_dup_record (entry);

      gtk_box_append (GTK_BOX (box), line_new (record, "title-4"));
    }
  gtk_box_append (GTK_BOX (box), line_new (heading, "heading"));
  for (guint i = 0; i < changes->len; i++)
    {
      g_autofree char *text = ct_audit_format_change (entry, g_ptr_array_index (changes, i));

      gtk_box_append (GTK_BOX (box), line_new (text, NULL));
    }
  if (changes->len == 0)
    gtk_box_append (GTK_BOX (box),
                    line_new (_("No field values were recorded (a note, a link or a step "
                                "of the timeline)."), "dim-label"));
  return box;
}
