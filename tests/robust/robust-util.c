/* robust-util.c — helpers of the robustness tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "robust-util.h"

static GPtrArray *
collect_args (const char *first,
              va_list     ap)
{
  GPtrArray *argv = g_ptr_array_new ();
  const char *worker = g_getenv ("ROBUST_WORKER");

  g_assert_nonnull (worker);
  g_ptr_array_add (argv, (gpointer) worker);
  for (const char *arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  g_ptr_array_add (argv, NULL);
  return argv;
}

GSubprocess *
robust_spawn (GError    **error,
              const char *first,
              ...)
{
  g_autoptr(GPtrArray) argv = NULL;
  va_list ap;

  va_start (ap, first);
  argv = collect_args (first, ap);
  va_end (ap);
  return g_subprocess_newv ((const char *const *) argv->pdata, G_SUBPROCESS_FLAGS_STDOUT_PIPE,
                            error);
}

void
robust_run (const char *first,
            ...)
{
  g_autoptr(GPtrArray) argv = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  va_list ap;

  va_start (ap, first);
  argv = collect_args (first, ap);
  va_end (ap);
  process = g_subprocess_newv ((const char *const *) argv->pdata, G_SUBPROCESS_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_subprocess_wait_check (process, NULL, &error);
  g_assert_no_error (error);
}

guint
robust_iterations (guint ci,
                   guint long_run)
{
  return g_strcmp0 (g_getenv ("CARETAKER_ROBUST_LONG"), "1") == 0 ? long_run : ci;
}
