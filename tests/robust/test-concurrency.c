/* test-concurrency.c — four processes edit the same tickets: no lost update
 *
 * 4 workers × 500 edits in the suite, × 2,000 with CARETAKER_ROBUST_LONG=1.
 * Each worker does read-modify-write edits through the ticket store, each
 * adding 1 to a counter kept in a ticket's description. The store checks the
 * version inside the write transaction, so an edit made on a stale copy is
 * refused as a conflict. Afterwards the counters must add up to the number of
 * edits the workers reported saved — nothing lost — and every refusal must
 * have been a conflict, not another error.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>

#include "robust-util.h"

#define N_WORKERS 4

static void
test_no_lost_updates (void)
{
  g_autofree char *dir = cli_test_make_dir ("ct-concurrency-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "shared.caretaker", NULL);
  g_autofree char *edits = g_strdup_printf ("%u", robust_iterations (500, 2000));
  GSubprocess *workers[N_WORKERS];
  guint saved = 0, conflicts = 0;

  robust_run ("setup", path, "5", NULL);
  for (guint i = 0; i < N_WORKERS; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *seed = g_strdup_printf ("%u", 17 + i);

      workers[i] = robust_spawn (&error, "edit", path, edits, seed, NULL);
      g_assert_no_error (error);
    }
  for (guint i = 0; i < N_WORKERS; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *out = NULL;
      guint ok = 0, conflict = 0, other = 0, busy = 0;

      g_subprocess_communicate_utf8 (workers[i], NULL, NULL, &out, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpint (sscanf (out, "ok %u conflicts %u other %u busy %u",
                               &ok, &conflict, &other, &busy), ==, 4);
      g_test_message ("worker %u: %u saved, %u conflicts, %u busy retries", i, ok, conflict, busy);
      g_assert_cmpuint (other, ==, 0);
      g_assert_cmpuint (ok + conflict, ==, (guint) atoi (edits));
      g_assert_true (g_subprocess_get_successful (workers[i]));
      saved += ok;
      conflicts += conflict;
      g_object_unref (workers[i]);
    }

  /* Every saved edit is in the file, exactly once. */
  g_assert_cmpint (query_int (path, "SELECT sum(CAST(description AS INTEGER)) FROM tickets"),
                   ==, saved);
  g_assert_cmpint (query_int (path, "SELECT sum(version - 1) FROM tickets"), ==, saved);
  g_assert_cmpint (query_int (path,
                              "SELECT count(*) FROM tickets "
                              "WHERE version - 1 <> CAST(description AS INTEGER)"), ==, 0);
  /* The edits really competed. */
  g_assert_cmpuint (conflicts, >, 0);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM pragma_integrity_check "
                                    "WHERE integrity_check <> 'ok'"), ==, 0);
  cli_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/robust/concurrency/no-lost-updates", test_no_lost_updates);
  return g_test_run ();
}
