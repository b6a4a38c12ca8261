/* ct-cli-util.c — small pieces several commands of caretaker-cli share
 *
 * Usage messages, opening a database with its organisation or its time zone,
 * finding a site by name or code and reporting an export.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-cli"

#include "config.h"

#include <glib/gi18n.h>
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

/* "翠湖花园, 锦绣华庭" or "none". */
static char *
site_names (CtRecordStore *sites)
{
  GListModel *model = ct_record_store_get_model (sites);
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(CtRecord) site = g_list_model_get_item (model, i);

      g_string_append_printf (names, "%s%s", i ? ", " : "", ct_record_get_string (site, "name"));
    }
  if (names->len == 0)
    /* Translators: the list of sites when there is none */
    g_string_append (names, _("none"));
  return g_string_free (g_steal_pointer (&names), FALSE);
}

gboolean
ct_cli_lookup_site (CtDatabase  *db,
                    const char  *name,
                    gint64      *site_id,
                    char       **site_name,
                    GError     **error)
{
  g_autoptr(CtRecordStore) sites = ct_record_store_new (db, CT_TYPE_SITE);
  CtRecord *site;

  if (!ct_record_store_reload (sites, error))
    return FALSE;
  site = ct_cli_find_site (sites, name);
  if (site == NULL)
    {
      g_autofree char *known = site_names (sites);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("No site is called “%s” in “%s”. Its sites: %s."), name,
                   ct_database_get_path (db), known);
      return FALSE;
    }
  *site_id = ct_record_get_id (site);
  if (site_name != NULL)
    *site_name = g_strdup (ct_record_get_string (site, "name"));
  return TRUE;
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
