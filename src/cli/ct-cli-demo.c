/* ct-cli-demo.c — caretaker-cli demo
 *
 * The demo data are written in a worker thread while the main loop waits for
 * Ctrl+C (SIGINT) or SIGTERM, which cancel it: the transaction is rolled back
 * and the file is left as it was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-cli"

#include "config.h"

#include <glib-unix.h>
#include <glib/gi18n.h>
#include <signal.h>
#include <stdio.h>
#include <unistd.h>

#include "ct-cli.h"
#include "ct-demo-assets.h"
#include "ct-demo-tickets.h"
#include "ct-organisation.h"

typedef struct
{
  CtDatabase    *db;
  CtDemoOptions  options;
  guint          n_tickets;
  gint64         now;
  gboolean       show_progress;
  gboolean       done;
  GError        *error;
} DemoRun;

static void
progress_cb (double      fraction,
             const char *message,
             gpointer    user_data)
{
  /* \r and "erase line": the next report overwrites this one. */
  fprintf (stderr, "\r\033[K%3d%% %s", (int) (fraction * 100 + 0.5), message);
  fflush (stderr);
}

static void
demo_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  DemoRun *run = task_data;
  GError *error = NULL;

  if (ct_demo_generate_company (run->db, &run->options, run->n_tickets, run->now,
                                run->show_progress ? progress_cb : NULL, NULL, cancellable,
                                &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
demo_done_cb (GObject      *source_object,
              GAsyncResult *result,
              gpointer      user_data)
{
  DemoRun *run = user_data;

  g_task_propagate_boolean (G_TASK (result), &run->error);
  run->done = TRUE;
}

static gboolean
cancel_cb (gpointer user_data)
{
  g_cancellable_cancel (G_CANCELLABLE (user_data));
  return G_SOURCE_CONTINUE;
}

static gboolean
run_demo (DemoRun  *run,
          GError  **error)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, demo_done_cb, run);
  guint sigint = g_unix_signal_add (SIGINT, cancel_cb, cancellable);
  guint sigterm = g_unix_signal_add (SIGTERM, cancel_cb, cancellable);

  /* Once committed, the data are saved even if a signal comes late. */
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_task_data (task, run, NULL);
  g_task_run_in_thread (task, demo_thread);
  while (!run->done)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (sigint);
  g_source_remove (sigterm);
  if (run->show_progress)
    fprintf (stderr, "\r\033[K");
  if (run->error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&run->error));
      return FALSE;
    }
  return TRUE;
}

static void
add_count (JsonBuilder   *builder,
           const char    *name,
           CtRecordStore *store)
{
  ct_cli_json_add_int (builder, name, ct_record_store_count (store));
}

static void
print_counts (CtCliCommon    *common,
              CtOrganisation *org,
              guint           n_tickets)
{
  CtDemoAssetCounts assets = { 0 };
  g_autoptr(JsonBuilder) builder = NULL;

  /* Only for the report: the data are saved whatever happens here. */
  ct_demo_assets_count (ct_organisation_get_database (org), &assets, NULL);

  if (!common->json)
    {
      printf (_("Filled “%s” with %u sites, %u buildings, %u units, %u departments and "
                "%u staff.\n"), common->db,
              ct_record_store_count (ct_organisation_get_sites (org)),
              ct_record_store_count (ct_organisation_get_buildings (org)),
              ct_record_store_count (ct_organisation_get_units (org)),
              ct_record_store_count (ct_organisation_get_departments (org)),
              ct_record_store_count (ct_organisation_get_staff (org)));
      if (n_tickets > 0)
        printf (ngettext ("Added %u ticket from the last twelve months.\n",
                          "Added %u tickets from the last twelve months.\n", n_tickets),
                n_tickets);
      if (assets.assets > 0)
        /* Translators: the demo's equipment ledger, "Added 1547 assets with 908
         * maintenance plans and 80 meters, with their history." */
        printf (ngettext ("Added %u asset with %u maintenance plans and %u meters, with "
                          "their history.\n",
                          "Added %u assets with %u maintenance plans and %u meters, with "
                          "their history.\n", assets.assets),
                assets.assets, assets.plans, assets.meters);
      return;
    }
  builder = ct_cli_json_new ();
  add_count (builder, "sites", ct_organisation_get_sites (org));
  add_count (builder, "buildings", ct_organisation_get_buildings (org));
  add_count (builder, "units", ct_organisation_get_units (org));
  add_count (builder, "departments", ct_organisation_get_departments (org));
  add_count (builder, "staff", ct_organisation_get_staff (org));
  ct_cli_json_add_int (builder, "tickets", n_tickets);
  ct_cli_json_add_int (builder, "assets", assets.assets);
  ct_cli_json_add_int (builder, "maintenance_plans", assets.plans);
  ct_cli_json_add_int (builder, "maintenance_tasks", assets.tasks);
  ct_cli_json_add_int (builder, "meters", assets.meters);
  ct_cli_json_add_int (builder, "meter_readings", assets.readings);
  ct_cli_print_json (builder);
}

static gboolean
parse_options (CtDemoOptions  *options,
               gint64          seed,
               const char     *scale,
               gint64          tickets,
               gint64          assets,
               GError        **error)
{
  if (assets < -1 || assets > CT_DEMO_MAX_ASSETS)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--assets must be between 0 and %u"), CT_DEMO_MAX_ASSETS);
      return FALSE;
    }
  options->n_assets = assets < 0 ? CT_DEMO_ASSETS_LEDGER : (guint) assets;
  if (tickets < 0 || tickets > CT_DEMO_MAX_TICKETS)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--tickets must be between 0 and %u"), CT_DEMO_MAX_TICKETS);
      return FALSE;
    }
  if (seed < 0 || seed > G_MAXUINT32)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--seed must be between 0 and %u"), G_MAXUINT32);
      return FALSE;
    }
  options->seed = (guint32) seed;
  if (scale != NULL && !ct_demo_scale_from_string (scale, &options->scale))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--scale must be “small” or “large”, not “%s”"), scale);
      return FALSE;
    }
  return TRUE;
}

static gboolean
fill_database (CtCliCommon          *common,
               const CtDemoOptions  *options,
               guint                 n_tickets,
               GError              **error)
{
  g_autoptr(CtDatabase) db = NULL;
  g_autoptr(CtOrganisation) org = NULL;
  DemoRun run = { .options = *options, .n_tickets = n_tickets };

  if (!(db = ct_cli_open (common->db, CT_DATABASE_OPEN_CREATE, error)))
    return FALSE;
  run.db = db;
  run.now = ct_clock_now (ct_database_get_clock (db));
  run.show_progress = !common->json && isatty (STDERR_FILENO);
  if (!run_demo (&run, error) || !(org = ct_organisation_new (db, error)))
    return FALSE;
  print_counts (common, org, n_tickets);
  return TRUE;
}

int
ct_cli_demo (int    argc,
             char **argv)
{
  g_auto(CtCliCommon) common = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *scale = NULL;
  gint64 seed = 1;
  gint64 tickets = CT_DEMO_DEFAULT_TICKETS;
  gint64 assets = -1;
  CtDemoOptions options;
  gboolean existed;
  const GOptionEntry entries[] = {
    { "seed", 0, 0, G_OPTION_ARG_INT64, &seed,
      N_("Seed of the generator: the same seed gives the same data (default 1)"), N_("N") },
    { "scale", 0, 0, G_OPTION_ARG_STRING, &scale,
      N_("small (3 sites, ~6,000 units) or large (10 sites, ~60,000 units)"), N_("SCALE") },
    { "tickets", 0, 0, G_OPTION_ARG_INT64, &tickets,
      N_("Tickets of the last twelve months, with their history (default 3,000; 0 for none)"),
      N_("N") },
    { "assets", 0, 0, G_OPTION_ARG_INT64, &assets,
      N_("Assets of the equipment ledger, with a year of maintenance and downtime (default: "
         "what the buildings need, about 1,500 at the small scale; 0 for none)"), N_("N") },
    { NULL }
  };

  ct_cli_common_init (&common, "demo", NULL,
                      _("Fills a database with a demo property company: sites, "
                        "buildings, units and owners, departments and staff, a year "
                        "of service tickets and the equipment ledger with its "
                        "maintenance, downtime and meter readings. The file is created "
                        "if needed and must not have sites yet."));
  g_option_context_add_main_entries (common.context, entries, GETTEXT_PACKAGE);
  if (!ct_cli_parse (&common, argc, argv, 0))
    return CT_CLI_EXIT_USAGE;
  ct_demo_options_init (&options);
  if (!parse_options (&options, seed, scale, tickets, assets, &error))
    {
      fprintf (stderr, "caretaker-cli: %s\n", error->message);
      return CT_CLI_EXIT_USAGE;
    }
  existed = g_file_test (common.db, G_FILE_TEST_EXISTS);
  if (fill_database (&common, &options, (guint) tickets, &error))
    return CT_CLI_EXIT_OK;
  /* Cancelled or failed: a file made only for the demo goes away again. */
  if (!existed)
    ct_cli_remove_database (common.db);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return ct_cli_fail_printf (_("Cancelled: nothing was saved"));
  return ct_cli_fail (error);
}
