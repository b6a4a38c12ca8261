/* ct-ticket-edit.c — edits, notes, links and merges of tickets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-ticket-store"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-error.h"
#include "ct-ticket-store-private.h"

/* Fields a user may change with ct_ticket_store_edit(). */
static const char *const editable[] = {
  "kind", "repair_class", "category", "channel", "site_id", "building_id", "unit_id",
  "address", "reporter", "phone", "title", "description", "appointment_at", "department_id",
  "asset_id", NULL
};
/* Of those, the ones the deadlines depend on, and the ones in the search index. */
static const char *const timing[] = { "kind", "repair_class", "site_id", "appointment_at", NULL };
static const char *const indexed[] = { "title", "description", "address", "reporter", NULL };

static gboolean
differs (CtRecord          *a,
         CtRecord          *b,
         const char *const *fields)
{
  for (guint i = 0; fields[i]; i++)
    {
      GValue va = G_VALUE_INIT, vb = G_VALUE_INIT;
      gboolean same;

      g_object_get_property (G_OBJECT (a), fields[i], &va);
      g_object_get_property (G_OBJECT (b), fields[i], &vb);
      same = G_VALUE_HOLDS_STRING (&va)
        ? g_strcmp0 (g_value_get_string (&va), g_value_get_string (&vb)) == 0
        : g_value_get_int64 (&va) == g_value_get_int64 (&vb);
      g_value_unset (&va);
      g_value_unset (&vb);
      if (!same)
        return TRUE;
    }
  return FALSE;
}

gboolean
ct_ticket_store_edit (CtTicketStore  *self,
                      CtTicket       *ticket,
                      const char     *actor,
                      GError        **error)
{
  g_autoptr(CtRecord) stored = NULL;
  g_autoptr(CtRecord) copy = NULL;
  CtTicketChange change = { 0 };
  const char *status;

  g_return_val_if_fail (CT_IS_TICKET_STORE (self), FALSE);
  g_return_val_if_fail (CT_IS_TICKET (ticket), FALSE);

  status = ct_ticket_get_status (ticket);
  if (g_str_equal (status, "archived") || ct_ticket_status_is_void (status))
    {
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
                   _("%s is %s and can no longer be edited."), ct_ticket_get_code (ticket),
                   ct_ticket_status_label (status));
      return FALSE;
    }
  stored = ct_record_store_load (self->tickets, ct_record_get_id (CT_RECORD (ticket)), error);
  if (stored == NULL)
    {
      if (error && *error == NULL)
        g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_NOT_FOUND,
                     _("%s was deleted by someone else."), ct_ticket_get_code (ticket));
      return FALSE;
    }
  /* A stale copy is refused even when it changes nothing: the caller must see
   * what changed meanwhile. */
  if (ct_record_get_version (stored) != ct_record_get_version (CT_RECORD (ticket)))
    {
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_CONFLICT,
                   _("“%s” was changed by someone else since you opened it."),
                   ct_ticket_get_code (ticket));
      return FALSE;
    }
  /* Only the editable fields are taken from @ticket; the rest stays as the caller read it. */
  copy = ct_record_copy (CT_RECORD (ticket));
  if (ct_record_get_int (copy, "unit_id") != ct_record_get_int (stored, "unit_id")
      && ct_record_get_int (copy, "unit_id") != 0)
    {
      CtRecord *unit = ct_record_store_lookup (ct_organisation_get_units (self->org),
                                               ct_record_get_int (copy, "unit_id"));
      g_autofree char *address = unit ? ct_organisation_dup_unit_address (self->org, CT_UNIT (unit))
                                      : NULL;

      if (address)
        ct_record_set_string (copy, "address", address);
    }
  change.copy = CT_TICKET (copy);
  change.actor = actor;
  change.event = "edited";
  change.text_changed = differs (copy, stored, indexed);
  if (!differs (copy, stored, editable))
    return TRUE;
  if (!ct_record_validate (copy, error))
    return FALSE;
  if (differs (copy, stored, timing))
    {
      if (!ct_ticket_store_compute_deadlines (self, CT_TICKET (copy), error))
        return FALSE;
    }
  return ct_ticket_store_commit (self, ticket, &change, error);
}

typedef struct
{
  CtTicketStore *self;
  CtTicket      *ticket;
  CtTicket      *other;
  const char    *type;
  const char    *actor;
  const char    *note;
} LinkData;

static gboolean
note_func (CtDatabase  *db,
           gpointer     user_data,
           GError     **error)
{
  LinkData *d = user_data;
  gint64 id = ct_record_get_id (CT_RECORD (d->ticket));

  if (!ct_ticket_store_insert_event (d->self, id, d->actor, "note", NULL, NULL, d->note, NULL,
                                     error))
    return FALSE;
  return ct_database_audit (db, d->actor, "ticket", id, "update", NULL, NULL, error);
}

gboolean
ct_ticket_store_add_note (CtTicketStore  *self,
                          CtTicket       *ticket,
                          const char     *note,
                          const char     *actor,
                          GError        **error)
{
  LinkData d = { self, ticket, NULL, NULL, actor, note };
  g_autofree char *trimmed = g_strstrip (g_strdup (note ? note : ""));

  g_return_val_if_fail (CT_IS_TICKET_STORE (self), FALSE);
  if (!ct_permission_check_record (self->db, CT_RECORD (ticket), "update", error))
    return FALSE;
  if (*trimmed == '\0')
    {
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID, _("The note is empty."));
      return FALSE;
    }
  d.note = trimmed;
  return ct_database_write (self->db, note_func, &d, error);
}

static gboolean
link_func (CtDatabase  *db,
           gpointer     user_data,
           GError     **error)
{
  LinkData *d = user_data;
  gint64 a = ct_record_get_id (CT_RECORD (d->ticket));
  gint64 b = ct_record_get_id (CT_RECORD (d->other));
  g_autofree char *detail = g_strdup_printf ("{\"type\":\"%s\"}", d->type);

  return ct_ticket_store_insert_link (d->self, a, b, d->type, error)
      && ct_ticket_store_insert_event (d->self, a, d->actor, "linked", NULL, NULL,
                                       ct_ticket_get_code (d->other), detail, error)
      && ct_ticket_store_insert_event (d->self, b, d->actor, "linked", NULL, NULL,
                                       ct_ticket_get_code (d->ticket), detail, error)
      && ct_database_audit (db, d->actor, "ticket_link", a, "insert", NULL, detail, error);
}

gboolean
ct_ticket_store_link (CtTicketStore  *self,
                      CtTicket       *ticket,
                      CtTicket       *other,
                      const char     *type,
                      const char     *actor,
                      GError        **error)
{
  LinkData d = { self, ticket, other, type, actor, NULL };

  g_return_val_if_fail (CT_IS_TICKET_STORE (self), FALSE);
  g_return_val_if_fail (g_strcmp0 (type, "duplicate") == 0 || g_strcmp0 (type, "related") == 0,
                        FALSE);
  if (!ct_permission_check_record (self->db, CT_RECORD (ticket), "update", error)
      || !ct_permission_check_record (self->db, CT_RECORD (other), "update", error))
    return FALSE;

  if (ct_record_get_id (CT_RECORD (ticket)) == ct_record_get_id (CT_RECORD (other)))
    {
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
                   _("A ticket cannot be linked to itself."));
      return FALSE;
    }
  return ct_database_write (self->db, link_func, &d, error);
}

static gboolean
merge_func (CtDatabase  *db,
            gpointer     user_data,
            GError     **error)
{
  LinkData *d = user_data;
  g_autofree char *reason = g_strdup_printf (_("Merged into %s"), ct_ticket_get_code (d->other));
  g_autofree char *note = g_strdup_printf (_("%s merged into this ticket"),
                                           ct_ticket_get_code (d->ticket));
  g_autoptr(CtRecord) copy = ct_record_copy (CT_RECORD (d->ticket));
  CtTicketChange change = { 0 };

  ct_record_set_string (copy, "status", "invalid");
  ct_record_set_string (copy, "close_reason", reason);
  ct_record_set_int (copy, "closed_at", ct_ticket_store_now (d->self));
  ct_record_set_int (copy, "merged_into_id", ct_record_get_id (CT_RECORD (d->other)));
  change.copy = CT_TICKET (copy);
  change.actor = d->actor;
  change.event = "merged";
  change.reason = reason;
  d->type = "duplicate";
  d->note = note;
  if (!link_func (db, d, error) || !ct_ticket_store_commit (d->self, d->ticket, &change, error))
    return FALSE;
  /* The ticket kept is told on its own timeline. */
  d->ticket = d->other;
  return note_func (db, d, error);
}

gboolean
ct_ticket_store_merge (CtTicketStore  *self,
                       CtTicket       *duplicate,
                       CtTicket       *into,
                       const char     *actor,
                       GError        **error)
{
  LinkData d = { self, duplicate, into, "duplicate", actor, NULL };
  g_autoptr(CtRecord) before = NULL;

  g_return_val_if_fail (CT_IS_TICKET_STORE (self), FALSE);
  if (!ct_permission_check_record (self->db, CT_RECORD (into), "update", error))
    return FALSE;

  if (!ct_ticket_status_is_open (ct_ticket_get_status (duplicate)))
    {
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
                   _("%s is %s: only an open ticket can be merged into another."),
                   ct_ticket_get_code (duplicate),
                   ct_ticket_status_label (ct_ticket_get_status (duplicate)));
      return FALSE;
    }
  if (ct_record_get_id (CT_RECORD (duplicate)) == ct_record_get_id (CT_RECORD (into)))
    {
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
                   _("A ticket cannot be merged into itself."));
      return FALSE;
    }
  /* On failure the caller's ticket must stay as it was. */
  before = ct_record_copy (CT_RECORD (duplicate));
  if (ct_database_write (self->db, merge_func, &d, error))
    return TRUE;
  ct_record_assign (CT_RECORD (duplicate), before);
  return FALSE;
}
