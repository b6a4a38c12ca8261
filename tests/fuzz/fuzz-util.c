/* fuzz-util.c — what the fuzz targets share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>

#include "fuzz-util.h"

static char *dir;

void
fuzz_clear_dir (void)
{
  g_autoptr(GDir) handle = dir ? g_dir_open (dir, 0, NULL) : NULL;
  const char *name;

  while (handle && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_remove (path);
    }
}

static void
remove_dir (void)
{
  fuzz_clear_dir ();
  g_rmdir (dir);
  g_clear_pointer (&dir, g_free);
}

const char *
fuzz_dir (void)
{
  if (dir == NULL)
    {
      dir = g_dir_make_tmp ("caretaker-fuzz-XXXXXX", NULL);
      g_assert (dir != NULL);
      atexit (remove_dir);
    }
  return dir;
}

static GLogWriterOutput
log_writer_cb (GLogLevelFlags   level,
               const GLogField *fields,
               gsize            n_fields,
               gpointer         user_data)
{
  if (!(level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL)))
    return G_LOG_WRITER_HANDLED;
  g_log_writer_default (level, fields, n_fields, user_data);
  abort ();
}

void
fuzz_init_logging (void)
{
  static gboolean done;

  if (!done)
    g_log_set_writer_func (log_writer_cb, NULL, NULL);
  done = TRUE;
}
