/* ct-cli-util.c — small pieces several commands of caretaker-cli share
 *
 * Usage messages, opening a database with its organisation or its time zone,
 * finding a site by name or code and reporting an export.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-cli"

#include "config.h"

#include <stdio.h>

#include "ct-cli.h"
#include "ct-work-calendar.h"

gboolean
ct_cli_usage_error (const char *format,
                    ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  fprintf (stderr, "caretaker-cli: %s\n", message);
  return FALSE;
}

int
ct_cli_usage_fail (const char *message)
{
  ct_cli_usage_error ("%s", message);
  return CT_CLI_EXIT_USAGE;
}

CtOrganisation *
ct_cli_open_organisation (const char  *path,
                          GError     **error)
{
  g_autoptr(CtDatabase) db = ct_cli_open (path, CT_DATABASE_OPEN_DEFAULT, error);

  if (db == NULL)
    return NULL;
  return ct_organisation_new (db, error);
}

CtDatabase *
ct_cli_open_zoned (const char  *path,
                   GTimeZone  **tz,
                   GError     **error)
{
  g_autoptr(CtDatabase) db = ct_database_open (path, CT_DATABASE_OPEN_DEFAULT, NULL, error);

  if (db == NULL || !(*tz = ct_work_calendar_load_time_zone (db, error)))
    return NULL;
  return g_steal_pointer (&db);
}

CtRecord *
ct_cli_find_site (CtRecordStore *sites,
                  const char    *text)
{
  CtRecord *site = ct_record_store_find (sites, "name", text);

  return site != NULL ? site : ct_record_store_find (sites, "code", text);
}

void
ct_cli_print_written (gboolean    json,
                      const char *message,
                      const char *path,
                      const char *member,
                      guint       n_rows)
{
  g_autoptr(JsonBuilder) builder = NULL;

  if (!json)
    {
      fputs (message, stdout);
      return;
    }
  builder = ct_cli_json_new ();
  ct_cli_json_add_string (builder, "file", path);
  ct_cli_json_add_int (builder, member, n_rows);
  ct_cli_print_json (builder);
}
