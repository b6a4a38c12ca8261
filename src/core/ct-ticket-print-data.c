/* ct-ticket-print-data.c — what the printed forms show about one ticket
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-ticket-print"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-ticket-print.h"

static char *
dup_text (const char *text)
{
  return g_strdup (text != NULL ? text : "");
}

static void
replace_text (char **text,
              char  *value)
{
  g_free (*text);
  *text = value;
}

static char *
format_time (GTimeZone *tz,
             gint64     seconds)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (seconds <= 0 || (utc = g_date_time_new_from_unix_utc (seconds)) == NULL)
    return g_strdup ("");
  local = g_date_time_to_timezone (utc, tz);
  return g_date_time_format (local, "%Y-%m-%d %H:%M");
}

static char *
format_field_time (GTimeZone  *tz,
                   CtTicket   *ticket,
                   const char *field)
{
  return format_time (tz, ct_ticket_get_time (ticket, field));
}

/* The "name" of the record @id in @store, or "". */
static char *
dup_name (CtRecordStore *store,
          gint64         id)
{
  CtRecord *record = id > 0 ? ct_record_store_lookup (store, id) : NULL;

  return dup_text (record != NULL ? ct_record_get_string (record, "name") : NULL);
}

static char *
kind_text (CtTicket *ticket)
{
  const char *kind = ct_ticket_get_kind (ticket);
  const char *repair_class = ct_record_get_string (CT_RECORD (ticket), "repair_class");

  if (repair_class == NULL || *repair_class == '\0')
    return dup_text (ct_ticket_kind_label (kind));
  /* TRANSLATORS: kind and repair class of a ticket, "Repair · Emergency" */
  return g_strdup_printf (_("%s · %s"), ct_ticket_kind_label (kind),
                          ct_ticket_repair_class_label (repair_class));
}

/* Who made the last return visit, from the ticket's timeline. */
static gboolean
find_visitor (CtTicketStore  *store,
              CtTicket       *ticket,
              char          **visitor,
              GError        **error)
{
  g_autoptr(GPtrArray) events = NULL;

  *visitor = g_strdup ("");
  if (ct_ticket_get_time (ticket, "visited_at") == 0)
    return TRUE;
  events = ct_ticket_store_list_events (store, ct_record_get_id (CT_RECORD (ticket)), error);
  if (events == NULL)
    return FALSE;
  for (guint i = 0; i < events->len; i++)
    {
      CtTicketEvent *event = g_ptr_array_index (events, i);

      if (g_strcmp0 (event->type, "visited") == 0)
        replace_text (visitor, g_strdup (event->actor));
    }
  return TRUE;
}

static void
fill_unit (CtTicketPrintData *data,
           CtOrganisation    *org,
           CtTicket          *ticket)
{
  CtRecord *record = CT_RECORD (ticket);
  gint64 unit_id = ct_record_get_int (record, "unit_id");
  CtRecord *unit = NULL;

  if (unit_id > 0)
    unit = ct_record_store_lookup (ct_organisation_get_units (org), unit_id);
  data->address = dup_text (ct_record_get_string (record, "address"));
  if (*data->address == '\0' && unit != NULL)
    replace_text (&data->address, ct_organisation_dup_unit_address (org, CT_UNIT (unit)));
  data->owner = dup_text (unit != NULL ? ct_record_get_string (unit, "owner_name") : NULL);
  data->owner_phone = dup_text (unit != NULL ? ct_record_get_string (unit, "owner_phone") : NULL);
}

static void
fill_names (CtTicketPrintData *data,
            CtDatabase        *db,
            CtOrganisation    *org,
            CtTicket          *ticket)
{
  CtRecord *record = CT_RECORD (ticket);
  g_autofree char *company = ct_database_dup_setting (db, "company_name");

  data->site = dup_name (ct_organisation_get_sites (org), ct_record_get_int (record, "site_id"));
  if (company != NULL && *company != '\0' && *data->site != '\0')
    /* TRANSLATORS: heading of a printed form: company and site (小区) */
    data->company = g_strdup_printf (_("%s · %s"), company, data->site);
  else
    data->company = g_strdup (company != NULL && *company != '\0' ? company : data->site);
  data->department = dup_name (ct_organisation_get_departments (org),
                               ct_record_get_int (record, "department_id"));
  data->assignee = dup_name (ct_organisation_get_staff (org),
                             ct_record_get_int (record, "assignee_id"));
}

static void
fill_text (CtTicketPrintData *data,
           CtTicket          *ticket)
{
  CtRecord *record = CT_RECORD (ticket);
  const char *channel = ct_record_get_string (record, "channel");

  data->code = dup_text (ct_ticket_get_code (ticket));
  data->kind = kind_text (ticket);
  data->category = dup_text (ct_record_get_string (record, "category"));
  data->channel = dup_text (channel && *channel ? ct_ticket_channel_label (channel) : NULL);
  data->reporter = dup_text (ct_record_get_string (record, "reporter"));
  data->phone = dup_text (ct_record_get_string (record, "phone"));
  data->title = dup_text (ct_record_get_string (record, "title"));
  data->description = dup_text (ct_record_get_string (record, "description"));
  data->status = dup_text (ct_ticket_status_label (ct_ticket_get_status (ticket)));
  data->first_contact = dup_text (ct_record_get_string (record, "owner_user"));
  data->resolution_note = dup_text (ct_record_get_string (record, "resolution_note"));
  data->visit_note = dup_text (ct_record_get_string (record, "visit_note"));
  data->score = (int) ct_record_get_int (record, "satisfaction");
  if (data->score >= 1 && data->score <= 5)
    /* TRANSLATORS: a return-visit score and its meaning, "5 — Satisfied" */
    data->satisfaction = g_strdup_printf (_("%d — %s"), data->score,
                                          ct_ticket_satisfaction_label (data->score));
  else
    data->satisfaction = g_strdup ("");
}

static void
fill_times (CtTicketPrintData *data,
            GTimeZone         *tz,
            CtTicket          *ticket,
            gint64             now)
{
  data->created = format_time (tz, ct_record_get_created_at (CT_RECORD (ticket)));
  data->dispatched = format_field_time (tz, ticket, "dispatched_at");
  data->arrived = format_field_time (tz, ticket, "arrived_at");
  data->resolved = format_field_time (tz, ticket, "resolved_at");
  data->appointment = format_field_time (tz, ticket, "appointment_at");
  data->due_response = format_field_time (tz, ticket, "due_response_at");
  data->due_arrival = format_field_time (tz, ticket, "due_arrival_at");
  data->due_resolution = format_field_time (tz, ticket, "due_resolution_at");
  data->visited = format_field_time (tz, ticket, "visited_at");
  data->printed = format_time (tz, now);
}

CtTicketPrintData *
ct_ticket_print_data_new (CtTicketStore  *store,
                          CtTicket       *ticket,
                          GError        **error)
{
  g_autoptr(CtTicketPrintData) data = NULL;
  g_autoptr(GTimeZone) tz = NULL;
  CtOrganisation *org;
  CtDatabase *db;

  g_return_val_if_fail (CT_IS_TICKET_STORE (store), NULL);
  g_return_val_if_fail (CT_IS_TICKET (ticket), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  org = ct_ticket_store_get_organisation (store);
  db = ct_ticket_store_get_database (store);
  if ((tz = ct_work_calendar_load_time_zone (db, error)) == NULL)
    return NULL;
  data = g_new0 (CtTicketPrintData, 1);
  if (!find_visitor (store, ticket, &data->visitor, error))
    return NULL;
  fill_text (data, ticket);
  fill_unit (data, org, ticket);
  fill_names (data, db, org, ticket);
  fill_times (data, tz, ticket, ct_clock_now (ct_database_get_clock (db)));
  return g_steal_pointer (&data);
}

static void
clear_strings (CtTicketPrintData *data)
{
  char **strings[] = {
    &data->company, &data->site, &data->code, &data->kind, &data->category,
    &data->channel, &data->address, &data->owner, &data->owner_phone,
    &data->reporter, &data->phone, &data->title, &data->description,
    &data->status, &data->created, &data->dispatched, &data->arrived,
    &data->resolved, &data->appointment, &data->due_response, &data->due_arrival,
    &data->due_resolution, &data->department, &data->assignee,
    &data->first_contact, &data->resolution_note, &data->satisfaction,
    &data->visit_note, &data->visited, &data->visitor, &data->printed,
  };

  for (guint i = 0; i < G_N_ELEMENTS (strings); i++)
    g_clear_pointer (strings[i], g_free);
}

void
ct_ticket_print_data_free (CtTicketPrintData *data)
{
  if (data == NULL)
    return;
  clear_strings (data);
  g_free (data);
}

char
ct_ticket_print_grade (int score)
{
  if (score >= 4 && score <= 5)
    return 'A';
  if (score == 3)
    return 'B';
  if (score >= 1 && score <= 2)
    return 'C';
  return 0;
}
