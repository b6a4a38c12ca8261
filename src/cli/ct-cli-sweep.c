/* ct-cli-sweep.c — caretaker-cli sla-sweep: mark the tickets that became overdue
 *
 * For cron: `sla-sweep --db PATH [--json]` marks every open ticket that passed
 * a deadline it has not met since the last sweep (an "overdue" event on its
 * timeline, in the audit log) and prints each with the deadline it missed and
 * how late it is, then the count. A second run right after finds none. Exit 0
 * whether or not any were found; 1 when the file cannot be swept.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ct-cli.h"
#include "ct-ticket-store.h"

typedef struct
{
  const char *key;       /* in --json */
  const char *label;     /* N_() */
  const char *due;       /* the ticket's fields */
  const char *done;
} Deadline;

static const Deadline deadlines[] = {
  { "response", N_("Response"), "due_response_at", "accepted_at" },
  { "arrival", N_("Arrival"), "due_arrival_at", "arrived_at" },
  { "resolution", N_("Resolution"), "due_resolution_at", "resolved_at" },
};

/* The earliest deadline @ticket passed without meeting it, or NULL. */
static const Deadline *
missed_deadline (CtTicket *ticket,
                 gint64    now,
                 gint64   *due)
{
  const Deadline *missed = NULL;

  *due = 0;
  for (guint i = 0; i < G_N_ELEMENTS (deadlines); i++)
    {
      gint64 at = ct_ticket_get_time (ticket, deadlines[i].due);

      if (at != 0 && at < now && ct_ticket_get_time (ticket, deadlines[i].done) == 0 &&
          (missed == NULL || at < *due))
        {
          missed = &deadlines[i];
          *due = at;
        }
    }
  return missed;
}

/* "45 min", "5 h 03 min", "2 d 4 h". */
static char *
format_late (gint64 seconds)
{
  gint64 minutes = MAX (seconds, 0) / 60;

  if (minutes < 60)
    return g_strdup_printf (_("%d min"), (int) minutes);
  if (minutes < 24 * 60)
    return g_strdup_printf (_("%d h %02d min"), (int) (minutes / 60), (int) (minutes % 60));
  return g_strdup_printf (_("%d d %d h"), (int) (minutes / (24 * 60)),
                          (int) (minutes / 60 % 24));
}

static char *
format_time (gint64     at,
             GTimeZone *tz,
             gboolean   iso)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (at);
  g_autoptr(GDateTime) local = g_date_time_to_timezone (utc, tz);

  return g_date_time_format (local, iso ? "%Y-%m-%dT%H:%M:%S%:z" : "%Y-%m-%d %H:%M");
}

typedef struct
{
  CtTicketStore *store;
  gint64         now;
  JsonBuilder   *builder;   /* NULL: text */
} Report;

static const char *
site_name (Report   *report,
           CtTicket *ticket)
{
  CtOrganisation *org = ct_ticket_store_get_organisation (report->store);
  CtRecord *site = ct_record_store_lookup (ct_organisation_get_sites (org),
                                           ct_record_get_int (CT_RECORD (ticket), "site_id"));

  return site ? ct_record_get_string (site, "name") : "";
}

static char *
kind_label (CtTicket *ticket)
{
  const char *repair_class = ct_record_get_string (CT_RECORD (ticket), "repair_class");

  if (*repair_class == '\0')
    return g_strdup (ct_ticket_kind_label (ct_ticket_get_kind (ticket)));
  /* Translators: a ticket kind and repair class, e.g. "Repair (emergency)" */
  return g_strdup_printf (_("%s (%s)"), ct_ticket_kind_label (ct_ticket_get_kind (ticket)),
                          ct_ticket_repair_class_label (repair_class));
}

static void
print_text (Report         *report,
            CtTicket       *ticket,
            const Deadline *missed,
            gint64          due,
            GTimeZone      *tz)
{
  CtRecord *r = CT_RECORD (ticket);
  g_autofree char *kind = kind_label (ticket);
  g_autofree char *when = format_time (due, tz, FALSE);
  g_autofree char *late = format_late (report->now - due);

  printf ("%s  %s  %s  %s %s\n", ct_ticket_get_code (ticket), kind,
          ct_record_get_string (r, "title"), site_name (report, ticket),
          ct_record_get_string (r, "address"));
  printf ("    ");
  /* Translators: "Resolution due 2026-11-20 14:00, 3 h 05 min late" */
  printf (_("%s due %s, %s late"), missed ? _(missed->label) : "", when, late);
  printf ("\n");
}

static void
add_json (Report         *report,
          CtTicket       *ticket,
          const Deadline *missed,
          gint64          due,
          GTimeZone      *tz)
{
  CtRecord *r = CT_RECORD (ticket);
  JsonBuilder *builder = report->builder;
  g_autofree char *when = format_time (due, tz, TRUE);

  json_builder_begin_object (builder);
  ct_cli_json_add_string (builder, "code", ct_ticket_get_code (ticket));
  ct_cli_json_add_string (builder, "kind", ct_ticket_get_kind (ticket));
  ct_cli_json_add_string (builder, "repair_class", ct_record_get_string (r, "repair_class"));
  ct_cli_json_add_string (builder, "title", ct_record_get_string (r, "title"));
  ct_cli_json_add_string (builder, "site", site_name (report, ticket));
  ct_cli_json_add_string (builder, "address", ct_record_get_string (r, "address"));
  ct_cli_json_add_string (builder, "status", ct_ticket_get_status (ticket));
  ct_cli_json_add_string (builder, "deadline", missed ? missed->key : "");
  ct_cli_json_add_string (builder, "due_at", when);
  json_builder_set_member_name (builder, "minutes_late");
  json_builder_add_double_value (builder, (report->now - due) / 60.0);
  json_builder_end_object (builder);
}

static gboolean
report_ticket (Report    *report,
               CtTicket  *ticket,
               GError   **error)
{
  gint64 site_id = ct_record_get_int (CT_RECORD (ticket), "site_id");
  CtWorkCalendar *calendar = ct_ticket_store_get_calendar (report->store, site_id, error);
  const Deadline *missed;
  gint64 due;

  if (calendar == NULL)
    return FALSE;
  missed = missed_deadline (ticket, report->now, &due);
  if (missed == NULL)
    due = ct_ticket_get_time (ticket, "overdue_at");
  if (report->builder != NULL)
    add_json (report, ticket, missed, due, ct_work_calendar_get_timezone (calendar));
  else
    print_text (report, ticket, missed, due, ct_work_calendar_get_timezone (calendar));
  return TRUE;
}

static gboolean
sweep (CtCliCommon  *common,
       GError      **error)
{
  g_autoptr(CtDatabase) db = NULL;
  g_autoptr(CtOrganisation) org = NULL;
  g_autoptr(CtTicketStore) store = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(JsonBuilder) builder = NULL;
  Report report = { 0 };

  if (!(db = ct_cli_open (common->db, CT_DATABASE_OPEN_DEFAULT, error)) ||
      !(org = ct_organisation_new (db, error)) ||
      !(store = ct_ticket_store_new (org, error)) ||
      !(found = ct_ticket_store_sweep_overdue (store, ct_cli_actor (), error)))
    return FALSE;
  report = (Report) { store, ct_clock_now (ct_database_get_clock (db)), NULL };
  if (common->json)
    {
      report.builder = builder = ct_cli_json_new ();
      ct_cli_json_add_int (builder, "count", found->len);
      json_builder_set_member_name (builder, "tickets");
      json_builder_begin_array (builder);
    }
  for (guint i = 0; i < found->len; i++)
    if (!report_ticket (&report, g_ptr_array_index (found, i), error))
      return FALSE;
  if (builder != NULL)
    {
      json_builder_end_array (builder);
      ct_cli_print_json (builder);
    }
  else if (found->len == 0)
    printf ("%s\n", _("No ticket became overdue since the last sweep."));
  else
    printf (ngettext ("%u ticket became overdue.\n", "%u tickets became overdue.\n",
                      found->len), found->len);
  return TRUE;
}

int
ct_cli_sweep (int    argc,
              char **argv)
{
  g_auto(CtCliCommon) common = { 0 };
  g_autoptr(GError) error = NULL;

  ct_cli_common_init (&common, "sla-sweep", NULL,
                      _("Marks the open tickets that passed a deadline since the last "
                        "sweep and prints them, with the deadline missed and how late. "
                        "Run it from cron every few minutes."));
  if (!ct_cli_parse (&common, argc, argv, 0))
    return CT_CLI_EXIT_USAGE;
  if (!sweep (&common, &error))
    return ct_cli_fail (error);
  return CT_CLI_EXIT_OK;
}
