/* bench-app.c — caretaker-bench section 2: app start (first frame, peak RSS)
 *
 * Launches `caretaker --db FILE` with CARETAKER_BENCH_FIRST_FRAME set (see
 * src/gui/ct-bench-hook.c): the app prints "first-frame-usec N" after the first
 * frame showing the Tickets tab with rows, and "vmhwm-kib N", its VmHWM then
 * (not ru_maxrss: Linux carries it over from the forking parent, and the
 * benchmark itself is large after generating 1M tickets), then closes its
 * window and quits.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include "bench.h"

#define APP_TIMEOUT_MS 120000

static char **
app_env (Bench *bench)
{
  char **env = g_get_environ ();

  env = g_environ_setenv (env, "CARETAKER_BENCH_FIRST_FRAME", "1", TRUE);
  env = g_environ_setenv (env, "GDK_DEBUG", "gl-disable", TRUE);
  env = g_environ_setenv (env, "GSK_RENDERER", "cairo", FALSE);
  env = g_environ_setenv (env, "GSETTINGS_BACKEND", "memory", TRUE);
  env = g_environ_setenv (env, "GSETTINGS_SCHEMA_DIR", bench->schema_dir, TRUE);
  env = g_environ_setenv (env, "NO_AT_BRIDGE", "1", TRUE);
  env = g_environ_setenv (env, "GTK_A11Y", "none", FALSE);
  return env;
}

/* The number after @key in @text (a whole line), or -1. */
static gint64
find_number (const char *text,
             const char *key)
{
  const char *line = strstr (text, key);

  if (line == NULL || strchr (line, '\n') == NULL)
    return -1;
  return g_ascii_strtoll (line + strlen (key), NULL, 10);
}

/* Reads the child's stdout until the probe's lines, EOF or the timeout: the
 * first frame in µs, and @hwm in KiB; -1 when they do not come. */
static gint64
read_first_frame (int     fd,
                  gint64 *hwm)
{
  g_autoptr(GString) out = g_string_new (NULL);
  gint64 deadline = g_get_monotonic_time () + APP_TIMEOUT_MS * 1000;

  *hwm = -1;
  while (g_get_monotonic_time () < deadline)
    {
      struct pollfd pfd = { fd, POLLIN, 0 };
      char buf[512];
      ssize_t n;

      if (poll (&pfd, 1, 200) <= 0)
        continue;
      n = read (fd, buf, sizeof buf);
      if (n <= 0)
        break;
      g_string_append_len (out, buf, n);
      *hwm = find_number (out->str, "vmhwm-kib ");
      if (*hwm >= 0 && find_number (out->str, "first-frame-usec ") >= 0)
        return find_number (out->str, "first-frame-usec ");
    }
  return -1;
}

static gboolean
launch (Bench      *bench,
        BenchSize  *size,
        double     *frame_ms,
        double     *wall_ms,
        double     *rss_mib,
        GError    **error)
{
  const char *argv[] = { bench->app, "--db", size->path, NULL };
  g_auto(GStrv) env = app_env (bench);
  GPid pid;
  int out_fd, status;
  gint64 start = g_get_monotonic_time ();
  gint64 usec, hwm;

  if (!g_spawn_async_with_pipes (NULL, (char **) argv, env, G_SPAWN_DO_NOT_REAP_CHILD,
                                 NULL, NULL, &pid, NULL, &out_fd, NULL, error))
    return FALSE;
  usec = read_first_frame (out_fd, &hwm);
  *wall_ms = bench_ms_since (start);
  if (usec < 0)
    kill (pid, SIGKILL);
  close (out_fd);
  while (waitpid (pid, &status, 0) < 0 && errno == EINTR)
    ;
  g_spawn_close_pid (pid);
  if (usec < 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   "%s --db %s did not print its first frame (status %d)",
                   bench->app, size->path, status);
      return FALSE;
    }
  if (hwm < 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   "%s did not print its VmHWM", bench->app);
      return FALSE;
    }
  *frame_ms = usec / 1000.0;
  *rss_mib = hwm / 1024.0;
  return TRUE;
}

static gboolean
measure_size (Bench      *bench,
              BenchSize  *size,
              double     *frame_median,
              double     *rss_median)
{
  g_autoptr(GArray) frame = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) wall = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) rss = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *frame_name = g_strdup_printf ("app.%s.first_frame_since_main", size->label);
  g_autofree char *wall_name = g_strdup_printf ("app.%s.first_frame_since_spawn", size->label);
  g_autofree char *rss_name = g_strdup_printf ("app.%s.peak_rss", size->label);

  for (guint i = 0; i < bench->app_reps; i++)
    {
      g_autoptr(GError) error = NULL;
      double f, w, r;

      if (!launch (bench, size, &f, &w, &r, &error))
        {
          bench_fail (bench, "app start at %s: %s", size->label, error->message);
          return FALSE;
        }
      g_array_append_val (frame, f);
      g_array_append_val (wall, w);
      g_array_append_val (rss, r);
    }
  bench_figure (bench, frame_name, "ms", frame, NULL, FALSE);
  bench_figure (bench, wall_name, "ms", wall, NULL, FALSE);
  bench_figure (bench, rss_name, "MiB", rss, NULL, FALSE);
  *frame_median = bench_median (frame);
  *rss_median = bench_median (rss);
  return TRUE;
}

void
bench_app_start (Bench *bench)
{
  BenchSize *small = g_ptr_array_index (bench->sizes, 0);
  BenchSize *large = bench_largest (bench);
  g_autofree char *frame_ratio = NULL;
  g_autofree char *rss_ratio = NULL;
  double f1, r1, f2, r2;

  bench_section ("2. app start: first frame with the Tickets tab, peak RSS");
  if (!g_file_test (bench->app, G_FILE_TEST_IS_EXECUTABLE))
    {
      bench_note (bench, "not measured: app start: %s was not built (-Dgui=false?)", bench->app);
      return;
    }
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      bench_note (bench, "not measured: app start: no DISPLAY (run under xvfb-run)");
      return;
    }
  if (!measure_size (bench, small, &f1, &r1) || !measure_size (bench, large, &f2, &r2))
    return;
  frame_ratio = g_strdup_printf ("app.first_frame.%s/%s", large->label, small->label);
  rss_ratio = g_strdup_printf ("app.peak_rss.%s/%s", large->label, small->label);
  bench_value (bench, frame_ratio, "ratio", f2 / f1, "<= 1.2", f2 / f1 <= 1.2);
  bench_value (bench, rss_ratio, "ratio", r2 / r1, "<= 1.3", r2 / r1 <= 1.3);
}
