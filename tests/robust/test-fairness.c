/* test-fairness.c — a program that writes back to back does not lock others out
 *
 * SQLite's locks on a shared file are not queued: a waiting program sleeps and
 * tries again, and a program that has just committed takes the write lock
 * again for its next write long before a sleeper wakes. Two workers create
 * tickets back to back here while this process saves a setting now and then,
 * each with a one-second retry limit: every save must get its turn. Before
 * the fix (ct-database.c, "taking turns at writing"), most saves waited out
 * the limit and failed with CT_DATABASE_ERROR_BUSY.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ct-database-private.h"
#include "ct-error.h"
#include "robust-util.h"

#define N_HAMMERS 2
#define N_SAVES   20

/* Waits until the worker has committed once: it is then writing in its loop. */
static void
wait_for_commit (GSubprocess *worker)
{
  GInputStream *out = g_subprocess_get_stdout_pipe (worker);
  char c = 0;

  while (c != '\n')
    g_assert_cmpint (g_input_stream_read (out, &c, 1, NULL, NULL), ==, 1);
}

static void
test_writer_gets_its_turn (void)
{
  g_autofree char *dir = cli_test_make_dir ("ct-fairness-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "shared.caretaker", NULL);
  g_autoptr(CtDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  GSubprocess *hammers[N_HAMMERS];
  gint64 longest = 0;

  robust_run ("setup", path, "1", NULL);
  for (guint i = 0; i < N_HAMMERS; i++)
    {
      hammers[i] = robust_spawn (&error, "write", path, NULL);
      g_assert_no_error (error);
      wait_for_commit (hammers[i]);
    }
  db = ct_database_open (path, CT_DATABASE_OPEN_SHARED, NULL, &error);
  g_assert_no_error (error);
  ct_database_set_write_retry_ms (db, 1000);

  for (guint i = 0; i < N_SAVES; i++)
    {
      g_autofree char *value = g_strdup_printf ("%u", i);
      gint64 start = g_get_monotonic_time ();

      g_assert_true (ct_database_set_setting (db, "probe", "fairness_probe", value, &error));
      g_assert_no_error (error);
      longest = MAX (longest, g_get_monotonic_time () - start);
      g_usleep (20000);
    }
  g_test_message ("longest wait for the write lock: %" G_GINT64_FORMAT " ms", longest / 1000);

  for (guint i = 0; i < N_HAMMERS; i++)
    {
      g_subprocess_force_exit (hammers[i]);
      g_subprocess_wait (hammers[i], NULL, NULL);
      g_object_unref (hammers[i]);
    }
  g_clear_object (&db);
  cli_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/robust/fairness/writer-gets-its-turn", test_writer_gets_its_turn);
  return g_test_run ();
}
