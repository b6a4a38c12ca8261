/* test-kill9.c — a writer killed with SIGKILL at random moments loses nothing
 *
 * A worker creates tickets in a loop and prints each ticket's code once its
 * transaction has committed. The test kills it at a random moment, then opens
 * the file as the app does (which refuses damaged files), runs
 * integrity_check, and checks that every ticket the worker reported committed
 * is there. 25 kills in the suite, 250 with CARETAKER_ROBUST_LONG=1.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <signal.h>
#include <string.h>

#include "ct-database.h"
#include "robust-util.h"

typedef struct
{
  GPtrArray  *committed;   /* codes read from the worker */
  GString    *pending;     /* an incomplete last line */
} Reader;

static void
take_lines (Reader     *reader,
            const char *data,
            gsize       len)
{
  char *newline;

  g_string_append_len (reader->pending, data, (gssize) len);
  while ((newline = strchr (reader->pending->str, '\n')) != NULL)
    {
      g_autofree char *line = g_strndup (reader->pending->str,
                                         (gsize) (newline - reader->pending->str));

      if (g_str_has_prefix (line, "committed "))
        g_ptr_array_add (reader->committed, g_strdup (line + strlen ("committed ")));
      g_string_erase (reader->pending, 0, newline - reader->pending->str + 1);
    }
}

/* Reads what the worker wrote until it is dead and its pipe is closed. */
static void
drain (GInputStream *out,
       Reader       *reader)
{
  char buffer[4096];
  gssize n;

  while ((n = g_input_stream_read (out, buffer, sizeof buffer, NULL, NULL)) > 0)
    take_lines (reader, buffer, (gsize) n);
}

/* Waits for the worker's first "committed" line. */
static void
first_commit (GInputStream *out,
              Reader       *reader)
{
  guint before = reader->committed->len;
  char c;

  while (reader->committed->len == before && g_input_stream_read (out, &c, 1, NULL, NULL) == 1)
    take_lines (reader, &c, 1);
  g_assert_cmpuint (reader->committed->len, >, before);
}

static void
check_file (const char *path,
            GPtrArray  *committed,
            guint       round)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtDatabase) db = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *sql = NULL;

  /* Opening replays or discards the hot journal, as the app does. */
  db = ct_database_open (path, CT_DATABASE_OPEN_SHARED, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (ct_database_check (db, &problems, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
  g_clear_object (&db);

  if (committed->len == 0)
    return;
  sql = g_strdup_printf ("SELECT count(*) FROM tickets WHERE code = '%s'",
                         (const char *) g_ptr_array_index (committed, committed->len - 1));
  /* Codes are given in order: the last one reported implies all earlier ones
   * (checked fully every tenth round). */
  g_assert_cmpint (query_int (path, sql), ==, 1);
  if (round % 10 == 0)
    for (guint i = 0; i < committed->len; i++)
      {
        g_autofree char *one = g_strdup_printf ("SELECT count(*) FROM tickets WHERE code = '%s'",
                                                (const char *) g_ptr_array_index (committed, i));

        g_assert_cmpint (query_int (path, one), ==, 1);
      }
}

static void
test_kill9 (void)
{
  g_autofree char *dir = cli_test_make_dir ("ct-kill9-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "shared.caretaker", NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261121);
  g_autoptr(GPtrArray) committed = g_ptr_array_new_with_free_func (g_free);
  guint rounds = robust_iterations (25, 250);
  guint killed_mid_way = 0;

  robust_run ("setup", path, "1", NULL);
  for (guint round = 0; round < rounds; round++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GSubprocess) worker = robust_spawn (&error, "write", path, NULL);
      g_autoptr(GString) pending = g_string_new (NULL);
      Reader reader = { committed, pending };
      guint before = committed->len;

      g_assert_no_error (error);
      /* Once the worker is writing (its first commit reported), kill it
       * within the next 0–60 ms: between commits or in the middle of one. */
      first_commit (g_subprocess_get_stdout_pipe (worker), &reader);
      g_usleep ((gulong) g_rand_int_range (rand, 0, 60000));
      g_subprocess_force_exit (worker);
      g_subprocess_wait (worker, NULL, &error);
      g_assert_no_error (error);
      g_assert_true (g_subprocess_get_if_signaled (worker));
      g_assert_cmpint (g_subprocess_get_term_sig (worker), ==, SIGKILL);
      drain (g_subprocess_get_stdout_pipe (worker), &reader);
      if (committed->len > before + 1)
        killed_mid_way++;
      check_file (path, committed, round);
    }
  g_test_message ("%u kills, %u after commits, %u tickets committed",
                  rounds, killed_mid_way, committed->len);
  /* Most kills landed after further commits, not right after the first. */
  g_assert_cmpuint (killed_mid_way, >, rounds / 3);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM tickets"), >=, committed->len + 1);
  cli_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/robust/kill9/committed-survive", test_kill9);
  return g_test_run ();
}
