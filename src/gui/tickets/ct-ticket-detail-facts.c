/* ct-ticket-detail-facts.c — the facts of a ticket, its links and timeline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-ticket-detail"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-ticket-detail-format.h"
#include "ct-ticket-detail-private.h"
#include "widgets/ct-facts.h"

/* A deadline and the time that met it. */
static const struct { const char *due, *done, *label; } deadlines[] = {
  { "due_response_at",   "accepted_at", N_("Response due") },
  { "due_arrival_at",    "arrived_at",  N_("Arrival due") },
  { "due_resolution_at", "resolved_at", N_("Resolution due") },
};

static const char *const time_fields[] = {
  "accepted_at", "dispatched_at", "arrived_at", "resolved_at", "visited_at", "archived_at",
  "closed_at",
};

static void
clear_children (GtkWidget *parent)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (parent)) != NULL)
    {
      if (GTK_IS_LIST_BOX (parent))
        gtk_list_box_remove (GTK_LIST_BOX (parent), child);
      else
        gtk_grid_remove (GTK_GRID (parent), child);
    }
}

static char *
dup_ref_text (CtTicketDetail *self,
              const char     *field,
              gint64          id)
{
  CtOrganisation *org = ct_context_get_organisation (self->context);
  char *text = ct_facts_dup_org_ref (org, field, id);
  CtRecord *unit;

  if (text != NULL)
    return text;
  if (g_str_equal (field, "unit_id"))
    {
      unit = id != 0 ? ct_record_store_lookup (ct_organisation_get_units (org), id) : NULL;
      return unit != NULL ? ct_organisation_dup_unit_address (org, CT_UNIT (unit))
                          : ct_facts_dup_record_label (ct_organisation_get_units (org), id);
    }
  return ct_facts_dup_ticket_code (self->context, id);   /* repeat_of_id, merged_into_id */
}

static char *
dup_text_value (const char *field,
                const char *value)
{
  const char *label = NULL;

  if (g_str_equal (field, "kind"))
    label = ct_ticket_kind_label (value);
  else if (g_str_equal (field, "repair_class"))
    label = ct_ticket_repair_class_label (value);
  else if (g_str_equal (field, "channel"))
    label = ct_ticket_channel_label (value);
  else if (g_str_equal (field, "status"))
    label = ct_ticket_status_label (value);
  else if (g_str_equal (field, "pause_reason"))
    label = ct_ticket_detail_pause_reason_label (value);
  return g_strdup (label != NULL ? label : value);
}

char *
ct_ticket_detail_dup_field_text (CtTicketDetail *self,
                                 CtTicket       *ticket,
                                 const char     *field)
{
  CtRecord *record = CT_RECORD (ticket);
  const CtField *info = ct_facts_find_field (record, field);
  gint64 value;

  g_return_val_if_fail (info != NULL, NULL);

  if (info->type == CT_FIELD_TEXT || info->type == CT_FIELD_DATE)
    return dup_text_value (field, ct_record_get_string (record, field));

  value = ct_record_get_int (record, field);
  if (info->type == CT_FIELD_REF)
    return dup_ref_text (self, field, value);
  if (g_str_equal (field, "satisfaction"))
    return value == 0 ? g_strdup ("")
                      : g_strdup_printf ("%d · %s", (int) value,
                                         ct_ticket_detail_score_label ((int) value));
  if (info->type == CT_FIELD_OPT_INT && g_str_has_suffix (field, "_at"))
    return ct_ticket_detail_format_time (value, self->tz);
  if (info->type == CT_FIELD_OPT_INT && value == 0)
    return g_strdup ("");
  return g_strdup_printf ("%" G_GINT64_FORMAT, value);
}

/* One row of the grid: a dim label and its value; skipped when empty. */
static void
add_fact (CtTicketDetail *self,
          int            *row,
          const char     *label,
          const char     *value,
          const char     *style_class)
{
  GtkWidget *name;
  GtkWidget *text;

  if (value == NULL || *value == '\0')
    return;
  name = gtk_label_new (label);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_yalign (GTK_LABEL (name), 0);
  gtk_widget_add_css_class (name, "dim-label");
  text = gtk_label_new (value);
  g_object_set (text, "xalign", 0.0f, "wrap", TRUE, "wrap-mode", PANGO_WRAP_WORD_CHAR,
                "selectable", TRUE, "focusable", FALSE, "hexpand", TRUE, NULL);
  if (style_class != NULL)
    gtk_widget_add_css_class (text, style_class);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (text), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  name, NULL, -1);
  gtk_grid_attach (self->facts_grid, name, 0, *row, 1, 1);
  gtk_grid_attach (self->facts_grid, text, 1, *row, 1, 1);
  (*row)++;
}

static void
add_field_fact (CtTicketDetail *self,
                int            *row,
                const char     *field)
{
  g_autofree char *value = ct_ticket_detail_dup_field_text (self, self->ticket, field);

  add_fact (self, row, _(ct_facts_find_field (CT_RECORD (self->ticket), field)->nick), value, NULL);
}

/* Starts a section; returns the row of its heading for end_section(). */
static int
add_heading (CtTicketDetail *self,
             int            *row,
             const char     *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  if (*row > 0)
    gtk_widget_set_margin_top (label, 12);
  gtk_grid_attach (self->facts_grid, label, 0, *row, 2, 1);
  return (*row)++;
}

/* Drops the heading of a section that got no facts. */
static void
end_section (CtTicketDetail *self,
             int            *row,
             int             heading_row)
{
  if (*row != heading_row + 1)
    return;
  gtk_grid_remove (self->facts_grid, gtk_grid_get_child_at (self->facts_grid, 0, heading_row));
  *row = heading_row;
}

/* "翠湖花园 3-2-1201" and "王芳 · 13812345678" of the ticket's unit. */
static void
add_caller_facts (CtTicketDetail *self,
                  int            *row)
{
  CtRecord *record = CT_RECORD (self->ticket);
  CtOrganisation *org = ct_context_get_organisation (self->context);
  CtRecord *unit = ct_record_store_lookup (ct_organisation_get_units (org),
                                           ct_record_get_int (record, "unit_id"));
  g_autofree char *site = ct_ticket_detail_dup_field_text (self, self->ticket, "site_id");
  g_autofree char *place = g_strdup_printf ("%s %s", site, ct_record_get_string (record, "address"));
  g_autofree char *owner = NULL;
  g_autofree char *reporter = NULL;
  int heading = add_heading (self, row, _("Caller"));

  add_fact (self, row, unit != NULL ? _("Unit") : _("Place"), g_strstrip (place), NULL);
  if (unit != NULL)
    owner = g_strjoin (" · ", ct_record_get_string (unit, "owner_name"),
                       ct_record_get_string (unit, "owner_phone"), NULL);
  add_fact (self, row, _("Owner"), owner != NULL && g_strcmp0 (owner, " · ") != 0 ? owner : NULL,
            NULL);
  reporter = g_strjoin (" · ", ct_record_get_string (record, "reporter"),
                        ct_record_get_string (record, "phone"), NULL);
  add_fact (self, row, _("Reporter"), g_strcmp0 (reporter, " · ") != 0 ? reporter : NULL, NULL);
  add_field_fact (self, row, "channel");
  end_section (self, row, heading);
}

static void
add_deadline_fact (CtTicketDetail *self,
                   int            *row,
                   guint           i)
{
  gint64 due = ct_ticket_get_time (self->ticket, deadlines[i].due);
  gint64 done = ct_ticket_get_time (self->ticket, deadlines[i].done);
  gint64 now = ct_ticket_detail_now (self);
  g_autofree char *when = ct_ticket_detail_format_time (due, self->tz);
  g_autofree char *late = NULL;
  g_autofree char *text = NULL;

  if (due == 0)
    return;
  if ((done != 0 && done > due) || (done == 0 && now > due))
    late = ct_ticket_detail_format_duration ((done != 0 ? done : now) - due);
  if (late != NULL)
    /* Translators: a deadline and how late it was met, e.g. “2026-11-21 14:20 · late by 25 min” */
    text = g_strdup_printf (_("%s · late by %s"), when, late);
  else if (done != 0)
    /* Translators: a deadline that was met */
    text = g_strdup_printf (_("%s · met"), when);
  add_fact (self, row, _(deadlines[i].label), text != NULL ? text : when,
            late != NULL ? "error" : NULL);
}

static void
add_time_facts (CtTicketDetail *self,
                int            *row)
{
  g_autofree char *created = NULL;
  int heading = add_heading (self, row, _("Times"));

  created = ct_ticket_detail_format_time (ct_record_get_created_at (CT_RECORD (self->ticket)),
                                          self->tz);
  add_fact (self, row, _("Created"), created, NULL);
  add_field_fact (self, row, "appointment_at");
  for (guint i = 0; i < G_N_ELEMENTS (time_fields); i++)
    add_field_fact (self, row, time_fields[i]);
  for (guint i = 0; i < G_N_ELEMENTS (deadlines); i++)
    add_deadline_fact (self, row, i);
  end_section (self, row, heading);
}

void
ct_ticket_detail_fill_facts (CtTicketDetail *self)
{
  static const char *const handling[] = {
    "category", "owner_user", "department_id", "assignee_id",
  };
  static const char *const result[] = {
    "pause_reason", "resolution_note", "satisfaction", "visit_note", "close_reason",
    "merged_into_id",
  };
  int row = 0;
  int heading;

  clear_children (GTK_WIDGET (self->facts_grid));
  add_caller_facts (self, &row);
  heading = add_heading (self, &row, _("Handling"));
  for (guint i = 0; i < G_N_ELEMENTS (handling); i++)
    add_field_fact (self, &row, handling[i]);
  end_section (self, &row, heading);
  add_time_facts (self, &row);
  heading = add_heading (self, &row, _("Result"));
  for (guint i = 0; i < G_N_ELEMENTS (result); i++)
    add_field_fact (self, &row, result[i]);
  if (ct_record_get_int (CT_RECORD (self->ticket), "reopened_count") > 0)
    add_field_fact (self, &row, "reopened_count");
  end_section (self, &row, heading);
}

static const char *
link_type_label (const CtTicketLink *link)
{
  if (g_str_equal (link->type, "duplicate"))
    return link->outgoing ? _("Duplicate of") : _("Has duplicate");
  if (g_str_equal (link->type, "repeat"))
    return link->outgoing ? _("Repeat complaint of") : _("Repeated by");
  return _("Related to");
}

void
ct_ticket_detail_fill_links (CtTicketDetail *self)
{
  g_autoptr(GPtrArray) links = NULL;
  g_autoptr(GError) error = NULL;

  clear_children (GTK_WIDGET (self->links_list));
  links = ct_ticket_store_list_links (ct_context_get_tickets (self->context),
                                      ct_record_get_id (CT_RECORD (self->ticket)), &error);
  if (links == NULL)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), error->message);
      gtk_list_box_append (self->links_list, row);
      gtk_widget_set_visible (self->links_box, TRUE);
      return;
    }
  for (guint i = 0; i < links->len; i++)
    {
      CtTicketLink *link = g_ptr_array_index (links, i);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), link->other_code);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), link_type_label (link));
      gtk_list_box_append (self->links_list, row);
    }
  gtk_widget_set_visible (self->links_box, links->len > 0);
}

static GtkWidget *
event_row_new (CtTicketDetail      *self,
               const CtTicketEvent *event)
{
  g_autofree char *summary = ct_ticket_event_dup_summary (event);
  g_autofree char *when = ct_ticket_detail_format_time (event->at, self->tz);
  g_autofree char *meta = g_strdup_printf ("%s · %s", when, event->actor);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *label = gtk_label_new (summary);
  GtkWidget *row = gtk_list_box_row_new ();

  g_object_set (box, "margin-top", 8, "margin-bottom", 8, "margin-start", 12, "margin-end", 12,
                NULL);
  g_object_set (label, "xalign", 0.0f, "wrap", TRUE, "wrap-mode", PANGO_WRAP_WORD_CHAR, NULL);
  gtk_box_append (GTK_BOX (box), label);
  if (event->reason != NULL && *event->reason != '\0' && strstr (summary, event->reason) == NULL)
    {
      label = gtk_label_new (event->reason);
      g_object_set (label, "xalign", 0.0f, "wrap", TRUE, "wrap-mode", PANGO_WRAP_WORD_CHAR,
                    "selectable", TRUE, "focusable", FALSE, NULL);
      gtk_box_append (GTK_BOX (box), label);
    }
  label = gtk_label_new (meta);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "caption");
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  return row;
}

void
ct_ticket_detail_fill_timeline (CtTicketDetail *self)
{
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GError) error = NULL;

  clear_children (GTK_WIDGET (self->timeline_list));
  events = ct_ticket_store_list_events (ct_context_get_tickets (self->context),
                                        ct_record_get_id (CT_RECORD (self->ticket)), &error);
  if (events == NULL)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), error->message);
      gtk_list_box_append (self->timeline_list, row);
      return;
    }
  for (guint i = 0; i < events->len; i++)
    gtk_list_box_append (self->timeline_list,
                         event_row_new (self, g_ptr_array_index (events, i)));
}
