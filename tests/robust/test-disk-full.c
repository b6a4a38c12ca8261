/* test-disk-full.c — a full disk: a clear error, nothing half saved, the
 * input kept for a retry
 *
 * The writing happens in a child process (g_test_trap_subprocess) whose file
 * size limit (RLIMIT_FSIZE, SIGXFSZ ignored) lets the database grow by a
 * little only, as a nearly full disk or a quota would: a write past the
 * limit fails with EFBIG. In the child:
 *
 * - importing 1,500 tickets in one transaction fails with
 *   CT_DATABASE_ERROR_FULL and says nothing was saved;
 * - so does creating one ticket with a long description, and the ticket
 *   handed in is untouched;
 * - ("retried" only) once space is freed (the limit lifted), the same ticket
 *   and the same import are saved.
 *
 * The parent then opens the file as the app does and checks integrity_check
 * and the content: exactly as before ("refused"), or with everything saved
 * once ("retried"). In shared mode (DELETE journal) and in WAL mode.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>

#include "ct-error.h"
#include "ct-ticket-import.h"
#include "ct-ticket-store.h"
#include "robust-dump.h"
#include "robust-util.h"

#define NOW        1763700000  /* 2025-11-21 04:40 UTC */
#define N_IMPORTED 1500
#define HEADROOM   (128 * 1024 + 1000)  /* bytes the file may still grow */
#define DB_ENV     "ROBUST_DISK_FULL_DB"

typedef struct
{
  gboolean shared;
  gboolean retry;
} Variant;

typedef struct
{
  CtClock        *clock;
  CtDatabase     *db;
  CtOrganisation *org;
  CtTicketStore  *tickets;
} App;

static void
app_open (App        *app,
          const char *path,
          gboolean    shared,
          gboolean    create)
{
  g_autoptr(GError) error = NULL;

  app->clock = ct_clock_new_fixed (NOW);
  app->db = ct_database_open (path, (shared ? CT_DATABASE_OPEN_SHARED : 0)
                                    | (create ? CT_DATABASE_OPEN_CREATE : 0),
                              app->clock, &error);
  g_assert_no_error (error);
  app->org = ct_organisation_new (app->db, &error);
  g_assert_no_error (error);
  app->tickets = ct_ticket_store_new (app->org, &error);
  g_assert_no_error (error);
}

static void
app_close (App *app)
{
  g_clear_object (&app->tickets);
  g_clear_object (&app->org);
  g_clear_object (&app->db);
  g_clear_object (&app->clock);
}

static GBytes *
make_csv (void)
{
  GString *csv = g_string_new ("小区,类型,报修类别,标题,内容,报修时间\r\n");
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < 60; i++)
    g_string_append (text, "业主反映卫生间天花板渗水，");
  for (guint i = 0; i < N_IMPORTED; i++)
    g_string_append_printf (csv, "阳光花园,报修,一般,渗水 %u,%s%u,2025-11-20 09:%02u\r\n",
                            i, text->str, i, i % 60);
  return g_string_free_to_bytes (csv);
}

static CtTicket *
long_ticket (App *app)
{
  CtTicket *ticket = ct_ticket_new ("complaint", "夜间施工噪音");
  GListModel *sites = ct_record_store_get_model (ct_organisation_get_sites (app->org));
  CtRecord *site = g_list_model_get_item (sites, 0);
  g_autofree char *description = g_strnfill (HEADROOM * 2, 'x');

  ct_record_set_int (CT_RECORD (ticket), "site_id", ct_record_get_id (site));
  ct_record_set_string (CT_RECORD (ticket), "description", description);
  g_object_unref (site);
  return ticket;
}

static void
assert_full (GError *error)
{
  g_assert_error (error, CT_DATABASE_ERROR, CT_DATABASE_ERROR_FULL);
  g_assert_nonnull (strstr (error->message, "Nothing was saved"));
}

static void
set_file_limit (rlim_t limit)
{
  struct rlimit lim;

  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &lim), ==, 0);
  lim.rlim_cur = limit;
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &lim), ==, 0);
}

/* The child: the disk fills up during the writes. */
static void
child (const Variant *variant)
{
  const char *path = g_getenv (DB_ENV);
  g_autoptr(GBytes) csv = make_csv ();
  g_autoptr(GError) error = NULL;
  g_autoptr(CtTicket) ticket = NULL;
  App app = { NULL };
  GStatBuf st;

  g_assert_nonnull (path);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  signal (SIGXFSZ, SIG_IGN);
  app_open (&app, path, variant->shared, FALSE);
  ticket = long_ticket (&app);
  set_file_limit ((rlim_t) st.st_size + HEADROOM);

  g_assert_false (ct_ticket_import_csv (app.tickets, csv, "王芳", CT_TICKET_IMPORT_DEFAULT,
                                       NULL, NULL, NULL, NULL, &error));
  assert_full (error);
  g_clear_error (&error);
  g_assert_false (ct_ticket_store_create (app.tickets, ticket, "王芳", &error));
  assert_full (error);
  g_clear_error (&error);
  g_assert_cmpint (ct_record_get_id (CT_RECORD (ticket)), ==, 0);
  g_assert_cmpstr (ct_ticket_get_code (ticket), ==, "");

  if (variant->retry)
    {
      set_file_limit (RLIM_INFINITY);
      ct_ticket_store_create (app.tickets, ticket, "王芳", &error);
      g_assert_no_error (error);
      ct_ticket_import_csv (app.tickets, csv, "王芳", CT_TICKET_IMPORT_DEFAULT,
                            NULL, NULL, NULL, NULL, &error);
      g_assert_no_error (error);
    }
  app_close (&app);
}

static char *
make_base (const char *dir,
           gboolean    shared)
{
  g_autofree char *path = g_build_filename (dir, "full.caretaker", NULL);
  g_autoptr(CtSite) site = ct_site_new ("SH01", "阳光花园");
  g_autoptr(GError) error = NULL;
  App app = { NULL };

  app_open (&app, path, shared, TRUE);
  ct_organisation_ensure_default_departments (app.org, "setup", &error);
  g_assert_no_error (error);
  ct_record_store_insert (ct_organisation_get_sites (app.org), CT_RECORD (site), "setup", &error);
  g_assert_no_error (error);
  app_close (&app);
  return g_steal_pointer (&path);
}

static void
test_disk_full (gconstpointer data)
{
  const Variant *variant = data;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  App app = { NULL };

  if (g_test_subprocess ())
    {
      child (variant);
      return;
    }
  dir = cli_test_make_dir ("ct-disk-full-XXXXXX");
  path = make_base (dir, variant->shared);
  before = robust_dump_hash (path);
  g_setenv (DB_ENV, path, TRUE);
  g_test_trap_subprocess (NULL, 120 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();

  /* The app opens the file (rolling back what the child left unfinished). */
  app_open (&app, path, variant->shared, FALSE);
  app_close (&app);
  after = robust_dump_hash (path);
  if (variant->retry)
    {
      g_assert_cmpstr (after, !=, before);
      g_assert_cmpint (query_int (path, "SELECT count(*) FROM tickets"), ==, N_IMPORTED + 1);
    }
  else
    g_assert_cmpstr (after, ==, before);
  cli_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  static const Variant variants[] = {
    { TRUE, FALSE }, { TRUE, TRUE }, { FALSE, FALSE }, { FALSE, TRUE },
  };

  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (variants); i++)
    {
      g_autofree char *path = g_strdup_printf ("/robust/disk-full/%s/%s",
                                               variants[i].shared ? "shared" : "wal",
                                               variants[i].retry ? "retried" : "refused");

      g_test_add_data_func (path, &variants[i], test_disk_full);
    }
  return g_test_run ();
}
