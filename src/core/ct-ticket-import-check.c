/* ct-ticket-import-check.c — the times, satisfaction and status of an imported
 * ticket, checked against each other and the clock
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-ticket-import"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ct-error.h"
#include "ct-ticket-import-private.h"

/* The lifecycle's times in the order they happen, with the status each one
 * leads to. */
static const struct
{
  CtTicketColumn  column;
  const char     *status;
} steps[] = {
  { CT_TICKET_COL_CREATED_AT,    "new" },
  { CT_TICKET_COL_ACCEPTED_AT,   "accepted" },
  { CT_TICKET_COL_DISPATCHED_AT, "dispatched" },
  { CT_TICKET_COL_ARRIVED_AT,    "in_progress" },
  { CT_TICKET_COL_RESOLVED_AT,   "resolved" },
  { CT_TICKET_COL_VISITED_AT,    "visited" },
  { CT_TICKET_COL_ARCHIVED_AT,   "archived" },
};

#define N_STEPS    G_N_ELEMENTS (steps)
#define STEP_ARRIVED  3
#define STEP_RESOLVED 4
#define STEP_VISITED  5

typedef struct
{
  gint64      at[N_STEPS];
  gint64      appointment;
  gint64      satisfaction;
  const char *status;
} Times;

/* How far along the lifecycle @status is (an index into steps), or -1 for
 * cancelled and invalid tickets, which may stop anywhere. */
static int
stage_of (const char *status)
{
  if (g_str_equal (status, "paused"))
    return STEP_ARRIVED;
  for (guint i = 0; i < N_STEPS; i++)
    {
      if (g_str_equal (steps[i].status, status))
        return i;
    }
  return -1;
}

static const char *
header_of (CtTicketImport *imp,
           CtTicketColumn  column)
{
  int index = imp->cell_of[column];

  return index >= 0 ? g_ptr_array_index (imp->table.header, index) : ct_ticket_columns[column].key;
}

static gboolean
read_time (CtTicketImport  *imp,
           CtTicketColumn   column,
           gint64          *out,
           GError         **error)
{
  const char *text = ct_ticket_import_cell (imp, column);

  *out = 0;
  if (*text == '\0' || ct_ticket_io_parse_time (text, imp->tz, out))
    return TRUE;
  return ct_ticket_import_cell_error (imp, column, error,
                                      _("\"%s\" is not a date and time like 2025-03-01 08:30 "
                                        "or 2025-03-01T08:30:00+08:00"), text);
}

static gboolean
read_satisfaction (CtTicketImport  *imp,
                   Times           *t,
                   GError         **error)
{
  const char *text = ct_ticket_import_cell (imp, CT_TICKET_COL_SATISFACTION);
  g_autofree char *number = g_strdup (text);

  t->satisfaction = 0;
  if (*text == '\0')
    return TRUE;
  if (g_str_has_suffix (number, "分"))
    number[strlen (number) - strlen ("分")] = '\0';
  if (g_ascii_string_to_signed (g_strstrip (number), 10, 1, 5, &t->satisfaction, NULL))
    return TRUE;
  return ct_ticket_import_cell_error (imp, CT_TICKET_COL_SATISFACTION, error,
                                      _("\"%s\" is not a satisfaction score from 1 to 5"), text);
}

static gboolean
read_all (CtTicketImport  *imp,
          Times           *t,
          GError         **error)
{
  for (guint i = 0; i < N_STEPS; i++)
    {
      if (!read_time (imp, steps[i].column, &t->at[i], error))
        return FALSE;
    }
  if (t->at[0] == 0)
    return ct_ticket_import_cell_error (imp, CT_TICKET_COL_CREATED_AT, error,
                                        _("the time the ticket was reported is empty"));
  return read_time (imp, CT_TICKET_COL_APPOINTMENT_AT, &t->appointment, error)
         && read_satisfaction (imp, t, error);
}

/* Each time at or after the ones before it, none in the future. */
static gboolean
check_order (CtTicketImport  *imp,
             const Times     *t,
             GError         **error)
{
  guint latest = 0;

  for (guint i = 0; i < N_STEPS; i++)
    {
      g_autofree char *when = NULL, *before = NULL;

      if (t->at[i] == 0)
        continue;
      if (t->at[i] <= imp->now && t->at[i] >= t->at[latest])
        {
          latest = i;
          continue;
        }
      when = ct_ticket_io_format_time (t->at[i], imp->tz, TRUE);
      if (t->at[i] > imp->now)
        return ct_ticket_import_cell_error (imp, steps[i].column, error,
                                            _("%s is in the future"), when);
      before = ct_ticket_io_format_time (t->at[latest], imp->tz, TRUE);
      return ct_ticket_import_cell_error (imp, steps[i].column, error,
                                          _("%s is before %s in the column \"%s\": the times "
                                            "of a ticket must not go backwards"),
                                          when, before, header_of (imp, steps[latest].column));
    }
  return TRUE;
}

/* The status of the file, or the one the latest time leads to. */
static gboolean
read_status (CtTicketImport  *imp,
             Times           *t,
             GError         **error)
{
  const char *text = ct_ticket_import_cell (imp, CT_TICKET_COL_STATUS);
  g_autofree char *list = NULL;

  if (*text == '\0')
    {
      for (guint i = 0; i < N_STEPS; i++)
        {
          if (t->at[i] != 0)
            t->status = steps[i].status;
        }
      return TRUE;
    }
  t->status = ct_ticket_import_term (imp, CT_TICKET_COL_STATUS, ct_ticket_status_from_text, text);
  if (t->status != NULL)
    return TRUE;
  list = g_strjoinv (", ", (char **) ct_ticket_statuses ());
  return ct_ticket_import_cell_error (imp, CT_TICKET_COL_STATUS, error,
                                      _("\"%s\" is not one of: %s"), text, list);
}

static gboolean
require_time (CtTicketImport  *imp,
              const Times     *t,
              guint            step,
              GError         **error)
{
  if (t->at[step] != 0)
    return TRUE;
  return ct_ticket_import_cell_error (imp, CT_TICKET_COL_STATUS, error,
                                      _("a ticket with the status “%s” needs a time in the "
                                        "column \"%s\""), ct_ticket_status_label (t->status),
                                      header_of (imp, steps[step].column));
}

static gboolean
check_status (CtTicketImport  *imp,
              const Times     *t,
              GError         **error)
{
  int stage = stage_of (t->status);

  if (t->satisfaction != 0 && t->at[STEP_VISITED] == 0)
    return ct_ticket_import_cell_error (imp, CT_TICKET_COL_SATISFACTION, error,
                                        _("a satisfaction score needs the time of the return "
                                          "visit in the column \"%s\""),
                                        header_of (imp, CT_TICKET_COL_VISITED_AT));
  if (stage < 0)
    return TRUE;
  for (guint i = stage + 1; i < N_STEPS; i++)
    {
      if (t->at[i] != 0)
        return ct_ticket_import_cell_error (imp, steps[i].column, error,
                                            _("the status is “%s”, but this time says the "
                                              "ticket went further; correct the status or "
                                              "clear the time"),
                                            ct_ticket_status_label (t->status));
    }
  if (stage != STEP_ARRIVED && !require_time (imp, t, stage, error))
    return FALSE;
  if (stage >= STEP_RESOLVED && !require_time (imp, t, STEP_RESOLVED, error))
    return FALSE;
  if (g_str_equal (t->status, "visited") && t->satisfaction == 0)
    return ct_ticket_import_cell_error (imp, CT_TICKET_COL_SATISFACTION, error,
                                        _("a visited ticket needs a satisfaction score from "
                                          "1 to 5"));
  return TRUE;
}

static gboolean
check_appointment (CtTicketImport  *imp,
                   CtRecord        *ticket,
                   const Times     *t,
                   GError         **error)
{
  if (t->appointment != 0 || !g_str_equal (ct_record_get_string (ticket, "repair_class"),
                                            "appointment"))
    return TRUE;
  return ct_ticket_import_cell_error (imp, CT_TICKET_COL_APPOINTMENT_AT, error,
                                      _("an appointment repair needs the appointment time "
                                        "(column appointment_at)"));
}

static gint64
latest_time (const Times *t)
{
  gint64 latest = 0;

  for (guint i = 0; i < N_STEPS; i++)
    latest = MAX (latest, t->at[i]);
  return latest;
}

/* Sets @field of a new ticket (all 0) when the file gives it. */
static void
set_time (CtRecord   *ticket,
          const char *field,
          gint64      value)
{
  if (value != 0)
    ct_record_set_int (ticket, field, value);
}

static void
apply (CtRecord    *ticket,
       const Times *t)
{
  for (guint i = 1; i < N_STEPS; i++)
    set_time (ticket, ct_ticket_columns[steps[i].column].key, t->at[i]);
  set_time (ticket, "appointment_at", t->appointment);
  set_time (ticket, "satisfaction", t->satisfaction);
  ct_record_set_string (ticket, "status", t->status);
  /* The best the file tells: when a closed ticket was closed, since when a
   * paused one is paused. */
  if (ct_ticket_status_is_void (t->status))
    ct_record_set_int (ticket, "closed_at", latest_time (t));
  if (g_str_equal (t->status, "paused"))
    ct_record_set_int (ticket, "paused_at", latest_time (t));
  ct_record_set_meta (ticket, 0, 0, t->at[0], 0);
}

gboolean
ct_ticket_import_read_times (CtTicketImport  *imp,
                             CtRecord        *ticket,
                             GError         **error)
{
  Times t = { { 0 } };

  if (!read_all (imp, &t, error)
      || !check_order (imp, &t, error)
      || !read_status (imp, &t, error)
      || !check_status (imp, &t, error)
      || !check_appointment (imp, ticket, &t, error))
    return FALSE;
  apply (ticket, &t);
  return TRUE;
}
