/* ct-new-ticket-dialog-save.c — the form read into a ticket and saved
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-new-ticket-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-error.h"
#include "ct-new-ticket-dialog-private.h"
#include "ct-ticket-detail-format.h"

static gboolean
fail (GError     **error,
      const char  *message)
{
  g_set_error_literal (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID, message);
  return FALSE;
}

static char *
dup_description (CtNewTicketDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->description_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

/* "水电：厨房水龙头漏水" from the category and the description's first words. */
static char *
make_title (const char *category,
            const char *description)
{
  g_autoptr(GString) words = g_string_new (NULL);
  const char *p;

  for (p = description; *p != '\0' && g_utf8_strlen (words->str, -1) < 24;
       p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\n' || g_utf8_strchr ("。！？；.!?;", -1, c) != NULL)
        break;
      g_string_append_unichar (words, c);
    }
  if (*p != '\0' && g_utf8_strlen (words->str, -1) >= 24)
    g_string_append (words, "…");
  g_strstrip (words->str);
  if (*category == '\0')
    return g_string_free (g_steal_pointer (&words), FALSE);
  if (words->len == 0)
    return g_strdup (category);
  /* Translators: an automatic ticket title, category and the description's first words */
  return g_strdup_printf (_("%s: %s"), category, words->str);
}

static gboolean
set_place (CtNewTicketDialog  *self,
           CtTicket           *ticket,
           GError            **error)
{
  CtRecord *r = CT_RECORD (ticket);
  g_autofree char *place = NULL;

  if (self->unit != NULL)
    {
      ct_record_set_int (r, "unit_id", ct_record_get_id (CT_RECORD (self->unit)));
      ct_record_set_int (r, "building_id", ct_record_get_int (CT_RECORD (self->unit), "building_id"));
      ct_record_set_int (r, "site_id", ct_new_ticket_dialog_get_site_id (self));
      return TRUE;
    }
  if (!self->public_area)
    return fail (error,
      _("Pick the caller’s unit first: type the unit (3-2-1201), the owner’s name or the "
        "phone number and press Enter, or choose “Public area”."));
  place = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->place_entry))));
  if (*place == '\0')
    return fail (error,
      _("Say where in the public area, for example the lift lobby of building 3."));
  ct_record_set_int (r, "site_id", ct_new_ticket_dialog_get_site_id (self));
  ct_record_set_string (r, "address", place);
  return TRUE;
}

static gboolean
set_appointment (CtNewTicketDialog  *self,
                 CtTicket           *ticket,
                 GError            **error)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->appointment_entry));
  gint64 when = 0;

  if (!g_str_equal (self->repair_class, "appointment"))
    return TRUE;
  if (!ct_ticket_detail_parse_time (text, self->tz, &when))
    return fail (error, _("Type the appointment as year-month-day and time, for example "
                          "2026-11-21 14:00."));
  ct_record_set_int (CT_RECORD (ticket), "appointment_at", when);
  return TRUE;
}

static gint64
selected_id (GArray *ids,
             guint   selected)
{
  return selected < ids->len ? g_array_index (ids, gint64, selected) : 0;
}

/* The ticket the form describes, or NULL and @error naming what is missing. */
static CtTicket *
build_ticket (CtNewTicketDialog  *self,
              GError            **error)
{
  g_autofree char *description = dup_description (self);
  g_autofree char *category = g_strstrip (g_strdup (gtk_editable_get_text (
                                GTK_EDITABLE (self->category_entry))));
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (
                             GTK_EDITABLE (self->title_row))));
  guint channel = adw_combo_row_get_selected (self->channel_row);
  g_autoptr(CtTicket) ticket = NULL;
  CtRecord *r;

  if (*title == '\0')
    {
      g_free (title);
      title = make_title (category, description);
    }
  if (*title == '\0')
    {
      fail (error, _("Describe the problem: type a description or a title."));
      return NULL;
    }
  ticket = ct_ticket_new (self->kind, title);
  r = CT_RECORD (ticket);
  ct_record_set_string (r, "repair_class", self->repair_class);
  ct_record_set_string (r, "category", category);
  ct_record_set_string (r, "description", description);
  ct_record_set_string (r, "channel", ct_ticket_channels ()[channel]);
  ct_record_set_string (r, "reporter", gtk_editable_get_text (GTK_EDITABLE (self->reporter_row)));
  ct_record_set_string (r, "phone", gtk_editable_get_text (GTK_EDITABLE (self->phone_row)));
  ct_record_set_int (r, "department_id",
                     selected_id (self->department_ids,
                                  adw_combo_row_get_selected (self->department_row)));
  if (!set_place (self, ticket, error) || !set_appointment (self, ticket, error))
    return NULL;
  return g_steal_pointer (&ticket);
}

gboolean
ct_new_ticket_dialog_save (CtNewTicketDialog *self)
{
  g_autoptr(CtTicket) ticket = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (CT_IS_NEW_TICKET_DIALOG (self), FALSE);

  ct_new_ticket_dialog_show_error (self, NULL);
  ticket = build_ticket (self, &error);
  if (ticket == NULL || !ct_new_ticket_dialog_store (self, ticket, &error))
    {
      ct_new_ticket_dialog_show_error (self, error->message);
      if (self->unit == NULL && !self->public_area)
        gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
      return FALSE;
    }
  g_signal_emit_by_name (self, "created", ticket);
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

void
ct_new_ticket_dialog_set_category (CtNewTicketDialog *self,
                                   const char        *category)
{
  g_return_if_fail (CT_IS_NEW_TICKET_DIALOG (self));
  gtk_editable_set_text (GTK_EDITABLE (self->category_entry), category);
}

void
ct_new_ticket_dialog_set_description (CtNewTicketDialog *self,
                                      const char        *description)
{
  g_return_if_fail (CT_IS_NEW_TICKET_DIALOG (self));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->description_view), description, -1);
}

