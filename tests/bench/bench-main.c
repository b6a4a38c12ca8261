/* bench-main.c — caretaker-bench: how fast Caretaker is at 1k … 1M tickets
 *
 *   caretaker-bench [--quick] [--json FILE] [--dir DIR] [--app PATH] [--cli PATH]
 *                   [--only app,list,search,kpi,import]
 *
 * See HACKING.md "The benchmark". It measures; it does not judge: it exits
 * non-zero only when something fails, never because a figure is slow.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <stdio.h>

#include "bench.h"

static void
add_size (Bench      *bench,
          guint       n_tickets,
          const char *label)
{
  BenchSize *size = g_new0 (BenchSize, 1);
  g_autofree char *name = g_strdup_printf ("tickets-%s.db", label);

  size->n_tickets = n_tickets;
  size->label = g_strdup (label);
  size->path = g_build_filename (bench->dir, name, NULL);
  g_ptr_array_add (bench->sizes, size);
}

static void
size_free (gpointer data)
{
  BenchSize *size = data;

  g_free (size->label);
  g_free (size->path);
  g_free (size);
}

static gboolean
write_json (Bench      *bench,
            const char *path,
            GError    **error)
{
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  JsonBuilder *b = bench->json;

  json_builder_end_array (b);
  json_builder_set_member_name (b, "not_measured");
  json_builder_begin_array (b);
  for (guint i = 0; i < bench->notes->len; i++)
    json_builder_add_string_value (b, g_ptr_array_index (bench->notes, i));
  json_builder_end_array (b);
  json_builder_end_object (b);
  root = json_builder_get_root (b);
  json_generator_set_root (gen, root);
  json_generator_set_pretty (gen, TRUE);
  return json_generator_to_file (gen, path, error);
}

static void
begin_json (Bench *bench)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *date = g_date_time_format_iso8601 (now);
  JsonBuilder *b = bench->json;

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "mode");
  json_builder_add_string_value (b, bench->quick ? "quick" : "full");
  json_builder_set_member_name (b, "date");
  json_builder_add_string_value (b, date);
  json_builder_set_member_name (b, "figures");
  json_builder_begin_array (b);
}

static gboolean
wanted (GStrv        only,
        const char  *section)
{
  return only == NULL || g_strv_contains ((const char *const *) only, section);
}

int
main (int   argc,
      char *argv[])
{
  gboolean quick = FALSE;
  g_autofree char *json_path = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *app = NULL;
  g_autofree char *cli = NULL;
  g_autofree char *tmp_dir = NULL;
  g_autofree char *only_text = NULL;
  g_auto(GStrv) only = NULL;
  const GOptionEntry entries[] = {
    { "quick", 0, 0, G_OPTION_ARG_NONE, &quick, "CI smoke run: 1k and 20k tickets, few repetitions", NULL },
    { "json", 0, 0, G_OPTION_ARG_FILENAME, &json_path, "Write every figure to FILE", "FILE" },
    { "dir", 0, 0, G_OPTION_ARG_FILENAME, &dir, "Keep (and reuse) the databases in DIR", "DIR" },
    { "app", 0, 0, G_OPTION_ARG_FILENAME, &app, "The caretaker binary", "PATH" },
    { "cli", 0, 0, G_OPTION_ARG_FILENAME, &cli, "The caretaker-cli binary", "PATH" },
    { "only", 0, 0, G_OPTION_ARG_STRING, &only_text, "Only these sections (after generation)", "app,list,search,kpi,import" },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("— measure Caretaker at 1k … 1M tickets");
  g_autoptr(GError) error = NULL;
  Bench bench = { 0 };
  gint64 start = g_get_monotonic_time ();

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("caretaker-bench: %s\n", error->message);
      return 2;
    }

  if (only_text != NULL)
    only = g_strsplit (only_text, ",", -1);
  if (dir == NULL)
    {
      tmp_dir = g_dir_make_tmp ("caretaker-bench-XXXXXX", &error);
      if (tmp_dir == NULL)
        {
          g_printerr ("caretaker-bench: %s\n", error->message);
          return 1;
        }
    }
  else
    g_mkdir_with_parents (dir, 0755);

  bench.quick = quick;
  bench.dir = dir ? dir : tmp_dir;
  bench.app = app ? g_strdup (app) : g_build_filename (BENCH_BUILD_ROOT, "src", "gui", "caretaker", NULL);
  bench.cli = cli ? g_strdup (cli) : g_build_filename (BENCH_BUILD_ROOT, "src", "cli", "caretaker-cli", NULL);
  bench.schema_dir = g_build_filename (BENCH_BUILD_ROOT, "data", NULL);
  bench.sqlite3 = g_find_program_in_path ("sqlite3");
  bench.sizes = g_ptr_array_new_with_free_func (size_free);
  bench.notes = g_ptr_array_new_with_free_func (g_free);
  bench.json = json_builder_new ();
  bench.reps = quick ? 3 : 7;
  bench.app_reps = quick ? 2 : 5;
  add_size (&bench, 1000, "1k");
  if (quick)
    add_size (&bench, 20000, "20k");
  else
    {
      add_size (&bench, 100000, "100k");
      add_size (&bench, 1000000, "1M");
    }
  begin_json (&bench);
  printf ("caretaker-bench (%s mode), databases in %s\n", quick ? "quick" : "full", bench.dir);

  if (!bench_generate (&bench, &error))
    {
      g_printerr ("caretaker-bench: %s\n", error->message);
      return 1;
    }
  if (wanted (only, "app"))
    bench_app_start (&bench);
  if (wanted (only, "list"))
    bench_list_paging (&bench);
  if (wanted (only, "search"))
    bench_search (&bench);
  if (wanted (only, "kpi"))
    bench_kpis (&bench);
  if (wanted (only, "import"))
    bench_import (&bench);

  printf ("\ntotal time %.1f s\n", bench_ms_since (start) / 1000);
  if (json_path != NULL && !write_json (&bench, json_path, &error))
    {
      g_printerr ("caretaker-bench: cannot write %s: %s\n", json_path, error->message);
      return 1;
    }

  if (tmp_dir != NULL)
    {
      for (guint i = 0; i < bench.sizes->len; i++)
        {
          BenchSize *size = g_ptr_array_index (bench.sizes, i);
          g_autofree char *wal = g_strconcat (size->path, "-wal", NULL);
          g_autofree char *shm = g_strconcat (size->path, "-shm", NULL);

          g_unlink (size->path);
          g_unlink (wal);
          g_unlink (shm);
        }
      if (g_rmdir (tmp_dir) != 0)
        printf ("note: %s was not empty and is left behind\n", tmp_dir);
    }
  g_ptr_array_unref (bench.sizes);
  g_ptr_array_unref (bench.notes);
  g_object_unref (bench.json);
  g_free (bench.app);
  g_free (bench.cli);
  g_free (bench.schema_dir);
  g_free (bench.sqlite3);
  if (bench.failed)
    g_printerr ("caretaker-bench: some figures could not be measured because of errors (above)\n");
  return bench.failed ? 1 : 0;
}
