/* ct-demo-tickets.c — demo data: a year of service tickets for the demo company
 *
 * Bulk data, so no CtTicket objects and no per-row audit: the rows go straight
 * into tickets and ticket_events through cached prepared statements inside one
 * transaction, the search index is rebuilt once at the end, and one audit_log
 * row records the lot. The draws come from the demo's splitmix64 generator, so
 * a seed and a "now" give the same tickets on every machine.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-demo"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-database-private.h"
#include "ct-demo-assets.h"
#include "ct-demo-tickets-private.h"
#include "ct-permission.h"
#include "ct-ticket.h"

#define DEMO_ACTOR       "demo"
#define REPEAT_WINDOW    (30 * 24 * 3600)
#define REPEAT_PM        60      /* complaints that repeat a recent one on purpose */
#define N_RECENT         32
#define NOTE_PM          300     /* descriptions with an extra note */
#define BATCH            1024    /* tickets between checks for cancellation */
#define MAX_YEARS        8

typedef struct
{
  gint64 id;
  gint64 created_at;
} LastComplaint;

typedef struct
{
  guint  unit;
  guint  category;
  gint64 created_at;
} RecentComplaint;

typedef struct
{
  CtDatabase      *db;
  guint32          seed;
  guint            n_tickets;
  gint64           now;
  CtDemoProgress   progress;
  gpointer         user_data;
  GCancellable    *cancellable;
  double           progress_from;   /* this part of the progress bar */
  double           progress_span;

  CtDemoCompany    company;
  gint64          *times;
  LastComplaint   *last_complaints; /* [unit * n_complaint_slots + slot] */
  RecentComplaint  recent[N_RECENT];
  guint            n_recent;
  guint            years[MAX_YEARS];
  guint            counters[MAX_YEARS];
  guint            n_years;
  CtDemoWriter     writer;
} Gen;

static void
report (Gen        *gen,
        double      fraction,
        const char *message)
{
  if (gen->progress != NULL)
    gen->progress (gen->progress_from + gen->progress_span * CLAMP (fraction, 0.0, 1.0),
                   message, gen->user_data);
}

/* Codes continue the numbering of each year already in the file. */
static gboolean
read_counters (Gen     *gen,
               GError **error)
{
  sqlite3_stmt *stmt = ct_database_prepare (gen->db,
    "SELECT year, last FROM ticket_counters ORDER BY year DESC LIMIT ?", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  /* The latest years: the demo's twelve months are among them if anywhere. */
  sqlite3_bind_int (stmt, 1, MAX_YEARS - 2);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gen->years[gen->n_years] = sqlite3_column_int (stmt, 0);
      gen->counters[gen->n_years++] = sqlite3_column_int (stmt, 1);
    }
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    return TRUE;
  ct_database_set_error (gen->db, rc, error);
  return FALSE;
}

static guint
next_number (Gen  *gen,
             guint year)
{
  guint i;

  for (i = 0; i < gen->n_years && gen->years[i] != year; i++)
    ;
  if (i == gen->n_years)
    {
      /* Twelve months touch at most two years: the table never fills up. */
      g_assert (gen->n_years < MAX_YEARS);
      gen->years[i] = year;
      gen->counters[i] = 0;
      gen->n_years++;
    }
  return ++gen->counters[i];
}

static gboolean
write_counters (Gen     *gen,
                GError **error)
{
  for (guint i = 0; i < gen->n_years; i++)
    {
      sqlite3_stmt *stmt = ct_database_prepare (gen->db,
        "INSERT INTO ticket_counters (year, last) VALUES (?1, ?2) "
        "ON CONFLICT (year) DO UPDATE SET last = excluded.last", error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int (stmt, 1, gen->years[i]);
      sqlite3_bind_int (stmt, 2, gen->counters[i]);
      if (!ct_database_step_done (gen->db, stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* A complaint sometimes comes back: the same unit, the same category. */
static gboolean
repeat_recent (Gen          *gen,
               CtDemoTicket *ticket,
               guint        *unit)
{
  guint64 *rng = &gen->company.clock.rng;
  const RecentComplaint *recent;

  if (gen->n_recent == 0 || ct_demo_rng_below (rng, 1000) >= REPEAT_PM)
    return FALSE;
  recent = &gen->recent[ct_demo_rng_below (rng, MIN (gen->n_recent, N_RECENT))];
  if (ticket->created_at - recent->created_at > REPEAT_WINDOW - 3600)
    return FALSE;
  ticket->category = recent->category;
  *unit = recent->unit;
  return TRUE;
}

static char *
make_description (Gen                *gen,
                  const CtDemoTicket *ticket)
{
  guint64 *rng = &gen->company.clock.rng;
  const char *note;

  if ((ticket->kind != CT_DEMO_TICKET_REPAIR && ticket->kind != CT_DEMO_TICKET_COMPLAINT) ||
      ct_demo_rng_below (rng, 1000) >= NOTE_PM)
    return NULL;
  note = ct_demo_description_notes[ct_demo_rng_below (
    rng, g_strv_length ((char **) ct_demo_description_notes))];
  return g_strconcat (ticket->text->description, note, NULL);
}

static gpointer
pick_person (guint64   *rng,
             GPtrArray *people)
{
  return people->len > 0 ? g_ptr_array_index (people, ct_demo_rng_below (rng, people->len)) : NULL;
}

/* What was reported, where and by whom; who takes it and who does it. */
static const CtDemoSite *
draw_ticket (Gen          *gen,
             CtDemoTicket *ticket,
             guint        *unit)
{
  CtDemoCompany *company = &gen->company;
  guint64 *rng = &company->clock.rng;
  guint day = ct_demo_day_of (&company->clock, ticket->created_at);
  gboolean summer = company->clock.months[day] >= 6 && company->clock.months[day] <= 9;
  const CtDemoSite *site;

  ticket->kind = ct_demo_choose_weighted (ct_demo_ticket_kinds, CT_DEMO_TICKET_N_KINDS, rng);
  ticket->klass = ticket->kind != CT_DEMO_TICKET_REPAIR ? CT_DEMO_CLASS_NONE
                  : ct_demo_choose_weighted (ct_demo_repair_classes, CT_DEMO_N_CLASSES, rng);
  if (ticket->kind != CT_DEMO_TICKET_COMPLAINT || !repeat_recent (gen, ticket, unit))
    {
      ticket->category = ct_demo_choose (&company->categories[ticket->kind][ticket->klass][summer],
                                         rng);
      *unit = ct_demo_rng_below (rng, company->units->len);
    }
  ticket->text = &ct_demo_texts[ct_demo_choose (
    &company->texts[ticket->category * CT_DEMO_N_CLASSES + ticket->klass], rng)];
  ticket->description = make_description (gen, ticket);
  ticket->unit = &g_array_index (company->units, CtDemoUnit, *unit);
  ticket->channel = ct_demo_channels[ct_demo_choose_weighted (ct_demo_channels,
                                                              ct_demo_n_channels, rng)].key;
  site = g_ptr_array_index (company->sites, ticket->unit->site);
  ticket->site_id = site->id;
  ticket->clerk = pick_person (rng, site->clerks);
  ticket->worker = pick_person (rng, site->workers[ticket->category]);
  ticket->assignee_id = ticket->worker ? ticket->worker->id : 0;
  /* Nobody in the department here: the clerk sees to it, unassigned. */
  if (ticket->worker == NULL)
    ticket->worker = ticket->clerk;
  ticket->department_id = site->departments[ticket->category];
  return site;
}

/* A complaint of the same unit and category in the 30 days before is the
 * one this repeats (linked as the ticket store links it). */
static void
find_repeat (Gen          *gen,
             CtDemoTicket *ticket,
             guint         unit)
{
  int slot = gen->company.complaint_slot[ticket->category];
  const LastComplaint *last;

  if (ticket->kind != CT_DEMO_TICKET_COMPLAINT || slot < 0)
    return;
  last = &gen->last_complaints[unit * gen->company.n_complaint_slots + slot];
  if (last->id != 0 && ticket->created_at - last->created_at <= REPEAT_WINDOW)
    ticket->repeat_of_id = last->id;
}

static void
remember_complaint (Gen                *gen,
                    const CtDemoTicket *ticket,
                    guint               unit,
                    gint64              id)
{
  int slot = gen->company.complaint_slot[ticket->category];

  /* Cancelled and invalid complaints are not repeated, as in the ticket store. */
  if (ticket->kind != CT_DEMO_TICKET_COMPLAINT || slot < 0 ||
      ct_ticket_status_is_void (ticket->status))
    return;
  gen->last_complaints[unit * gen->company.n_complaint_slots + slot] =
    (LastComplaint) { id, ticket->created_at };
  gen->recent[gen->n_recent++ % N_RECENT] =
    (RecentComplaint) { unit, ticket->category, ticket->created_at };
}

static gboolean
write_ticket (Gen     *gen,
              gint64   created_at,
              GError **error)
{
  CtDemoClock *clock = &gen->company.clock;
  CtDemoTicket ticket = { .created_at = created_at };
  guint year = clock->years[ct_demo_day_of (clock, created_at)];
  const CtDemoSite *site;
  char code[32];
  gboolean ok;
  guint unit;
  gint64 id;

  site = draw_ticket (gen, &ticket, &unit);
  find_repeat (gen, &ticket, unit);
  ct_demo_plan_ticket (clock, site, &ticket);
  g_snprintf (code, sizeof code, "T-%04u-%05u", year, next_number (gen, year));
  ok = ct_demo_writer_add (&gen->writer, &ticket, code, &id, error);
  if (ok)
    remember_complaint (gen, &ticket, unit, id);
  g_free (ticket.description);
  return ok;
}

static gboolean
write_tickets (Gen     *gen,
               GError **error)
{
  for (guint i = 0; i < gen->n_tickets; i++)
    {
      if (i % BATCH == 0)
        {
          g_autofree char *message = NULL;

          if (g_cancellable_set_error_if_cancelled (gen->cancellable, error))
            return FALSE;
          message = g_strdup_printf (_("Creating tickets: %u of %u"), i, gen->n_tickets);
          report (gen, 0.02 + 0.58 * i / gen->n_tickets, message);
        }
      if (!write_ticket (gen, gen->times[i], error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
finish (Gen     *gen,
        GError **error)
{
  g_autofree char *audit = g_strdup_printf ("{\"count\": %u}", gen->n_tickets);

  if (g_cancellable_set_error_if_cancelled (gen->cancellable, error))
    return FALSE;
  /* Shares of the time measured with 1,000,000 tickets: the rows, the
   * indexes, the search index, then the commit. */
  report (gen, 0.60, _("Indexing the tickets"));
  if (!ct_demo_writer_build_indexes (&gen->writer, error) ||
      g_cancellable_set_error_if_cancelled (gen->cancellable, error))
    return FALSE;
  report (gen, 0.78, _("Building the search index"));
  if (!ct_demo_writer_build_search (&gen->writer, error) ||
      !write_counters (gen, error) ||
      !ct_database_audit (gen->db, DEMO_ACTOR, "tickets", 0, "insert", NULL, audit, error) ||
      g_cancellable_set_error_if_cancelled (gen->cancellable, error))
    return FALSE;
  report (gen, 0.90, _("Saving"));
  return TRUE;
}

static void
gen_clear (Gen *gen)
{
  ct_demo_company_clear (&gen->company);
  g_clear_pointer (&gen->times, g_free);
  g_clear_pointer (&gen->last_complaints, g_free);
  memset (gen->recent, 0, sizeof gen->recent);
  gen->n_recent = 0;
  gen->n_years = 0;
  ct_demo_writer_clear (&gen->writer);
}

/* Runs inside the transaction; starts from scratch so that a retry gives the
 * same rows. */
static gboolean
write_all (CtDatabase *db,
           gpointer    user_data,
           GError    **error)
{
  Gen *gen = user_data;
  CtDemoCompany *company = &gen->company;

  gen_clear (gen);
  report (gen, 0.0, _("Reading the organisation"));
  if (!ct_demo_company_load (company, db, gen->seed, gen->now, error) ||
      !read_counters (gen, error) || !ct_demo_writer_begin (&gen->writer, db, gen->n_tickets, error))
    return FALSE;
  gen->times = ct_demo_draw_times (&company->clock, gen->n_tickets);
  gen->last_complaints = g_new0 (LastComplaint,
                                 (gsize) company->units->len * company->n_complaint_slots);
  return write_tickets (gen, error) && finish (gen, error);
}

static gboolean
check_arguments (CtDatabase   *db,
                 GCancellable *cancellable,
                 GError      **error)
{
  g_return_val_if_fail (CT_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  return !g_cancellable_set_error_if_cancelled (cancellable, error);
}

gboolean
ct_demo_generate_tickets (CtDatabase     *db,
                          guint32         seed,
                          guint           n_tickets,
                          gint64          now,
                          CtDemoProgress  progress,
                          gpointer        user_data,
                          GCancellable   *cancellable,
                          GError        **error)
{
  Gen gen = { db, seed, n_tickets, now, progress, user_data, cancellable, 0.0, 1.0 };
  gboolean ok;

  if (!check_arguments (db, cancellable, error)
      || !ct_permission_check (db, "ticket", "create", 0, error))
    return FALSE;
  if (n_tickets == 0)
    return TRUE;
  ok = ct_database_write (db, write_all, &gen, error);
  gen_clear (&gen);
  return ok;
}

typedef struct
{
  const CtDemoOptions *options;
  Gen                 *gen;
} Company;

static void
company_progress_cb (double      fraction,
                     const char *message,
                     gpointer    user_data)
{
  Gen *gen = user_data;

  if (gen->progress != NULL)
    gen->progress (fraction * gen->progress_from, message, gen->user_data);
}

static gboolean
write_company (CtDatabase *db,
               gpointer    user_data,
               GError    **error)
{
  Company *company = user_data;
  Gen *gen = company->gen;

  if (!ct_demo_generate (db, company->options, company_progress_cb, gen, gen->cancellable,
                         error)
      || (gen->n_tickets > 0 && !write_all (db, gen, error)))
    return FALSE;
  /* The ledger links some of the tickets' repairs to equipment: after them.
   * It takes well under a second: reported as one step at the end. */
  if (company->options->n_assets > 0)
    report (gen, 0.95, _("Creating the equipment ledger"));
  return ct_demo_generate_assets (db, company->options->seed, company->options->n_assets,
                                  gen->now, NULL, NULL, gen->cancellable, error);
}

gboolean
ct_demo_generate_company (CtDatabase          *db,
                          const CtDemoOptions *options,
                          guint                n_tickets,
                          gint64               now,
                          CtDemoProgress       progress,
                          gpointer             user_data,
                          GCancellable        *cancellable,
                          GError             **error)
{
  Gen gen = { db, 0, n_tickets, now, progress, user_data, cancellable };
  Company company = { options, &gen };
  double units;
  gboolean ok;

  g_return_val_if_fail (options != NULL, FALSE);
  if (!check_arguments (db, cancellable, error))
    return FALSE;
  gen.seed = options->seed;
  /* Roughly how the time divides: units and staff go through the record
   * stores, tickets straight into SQL. */
  units = options->scale == CT_DEMO_SCALE_LARGE ? 60000 : 6000;
  gen.progress_from = units / (units + n_tickets / 4.0);
  gen.progress_span = 1.0 - gen.progress_from;
  ok = ct_database_write (db, write_company, &company, error);
  gen_clear (&gen);
  return ok;
}
