/* ct-export-util.c — safe cells and complete files for the exports
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-export"

#include "config.h"

#include <errno.h>
#include <gio/gio.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ct-export-util.h"
#include "ct-ticket-io-private.h"

static gboolean
set_write_error (const char  *path,
                 int          saved_errno,
                 GError     **error)
{
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               _("Could not write “%s”: %s"), path, g_strerror (saved_errno));
  return FALSE;
}

char *
ct_export_xlsx_text (const char *text)
{
  char *safe = ct_ticket_io_neutralise (text);

  if (g_utf8_strlen (safe, -1) > CT_EXPORT_XLSX_CELL_MAX)
    *g_utf8_offset_to_pointer (safe, CT_EXPORT_XLSX_CELL_MAX) = '\0';
  return safe;
}

gboolean
ct_export_xlsx_check (lxw_error    rc,
                      const char  *path,
                      GError     **error)
{
  if (rc == LXW_NO_ERROR)
    return TRUE;
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write “%s”: %s"),
               path, lxw_strerror (rc));
  return FALSE;
}

char *
ct_export_create_beside (const char  *path,
                         GError     **error)
{
  g_autofree char *tmp = g_strconcat (path, ".XXXXXX", NULL);
  int fd = g_mkstemp (tmp);

  if (fd < 0)
    {
      set_write_error (path, errno, error);
      return NULL;
    }
  /* As readable as a file saved by a spreadsheet, not private like a mkstemp one. */
  fchmod (fd, 0644);
  close (fd);
  return g_steal_pointer (&tmp);
}

gboolean
ct_export_move_into_place (const char  *tmp,
                           const char  *path,
                           GError     **error)
{
  int saved_errno;

  if (g_rename (tmp, path) == 0)
    return TRUE;
  saved_errno = errno;
  g_unlink (tmp);
  return set_write_error (path, saved_errno, error);
}
