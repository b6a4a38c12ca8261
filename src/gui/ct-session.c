/* ct-session.c — opening a database file for the window, and the recent list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-session"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-session.h"

static char *
canonical_path (const char *path)
{
  return g_canonicalize_filename (path, NULL);
}

/* TRUE when recent[i] already occurred in recent[0 .. i-1]. */
static gboolean
appears_before (const char * const *recent,
                guint               i)
{
  for (guint j = 0; j < i; j++)
    if (g_strcmp0 (recent[j], recent[i]) == 0)
      return TRUE;
  return FALSE;
}

CtContext *
ct_session_open (const char  *path,
                 gboolean     create,
                 CtClock     *clock,
                 GSettings   *settings,
                 GError     **error)
{
  g_autoptr(CtDatabase) db = NULL;
  g_autoptr(CtContext) context = NULL;
  CtDatabaseOpenFlags flags = create ? CT_DATABASE_OPEN_CREATE : CT_DATABASE_OPEN_DEFAULT;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (!clock || CT_IS_CLOCK (clock), NULL);
  g_return_val_if_fail (!settings || G_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  db = ct_database_open (path, flags, clock, error);
  if (db == NULL)
    return NULL;

  context = ct_context_new (db, settings, NULL, error);
  if (context == NULL)
    return NULL;

  if (create &&
      !ct_organisation_ensure_default_departments (ct_context_get_organisation (context),
                                                   ct_context_get_user (context),
                                                   error))
    return NULL;

  return g_steal_pointer (&context);
}

char **
ct_session_recent_add (const char * const *recent,
                       const char         *path,
                       guint               max)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  guint n = 0;

  g_return_val_if_fail (path != NULL, NULL);

  if (max > 0)
    {
      g_strv_builder_add (builder, path);
      n++;
    }

  for (guint i = 0; recent != NULL && recent[i] != NULL && n < max; i++)
    {
      if (g_strcmp0 (recent[i], path) == 0 || *recent[i] == '\0')
        continue;
      if (appears_before (recent, i))
        continue;

      g_strv_builder_add (builder, recent[i]);
      n++;
    }

  return g_strv_builder_end (builder);
}

char **
ct_session_recent_remove (const char * const *recent,
                          const char         *path)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (path != NULL, NULL);

  for (guint i = 0; recent != NULL && recent[i] != NULL; i++)
    if (g_strcmp0 (recent[i], path) != 0)
      g_strv_builder_add (builder, recent[i]);

  return g_strv_builder_end (builder);
}

void
ct_session_remember (GSettings  *settings,
                     const char *path)
{
  g_auto(GStrv) recent = NULL;
  g_auto(GStrv) updated = NULL;
  g_autofree char *canonical = NULL;

  g_return_if_fail (G_IS_SETTINGS (settings));
  g_return_if_fail (path != NULL);

  canonical = canonical_path (path);
  recent = g_settings_get_strv (settings, "recent-databases");
  updated = ct_session_recent_add ((const char * const *) recent, canonical,
                                   CT_SESSION_MAX_RECENT);

  g_settings_set_strv (settings, "recent-databases", (const char * const *) updated);
  g_settings_set_string (settings, "last-database", canonical);
}

void
ct_session_forget (GSettings  *settings,
                   const char *path)
{
  g_auto(GStrv) recent = NULL;
  g_auto(GStrv) updated = NULL;
  g_autofree char *last = NULL;

  g_return_if_fail (G_IS_SETTINGS (settings));
  g_return_if_fail (path != NULL);

  recent = g_settings_get_strv (settings, "recent-databases");
  updated = ct_session_recent_remove ((const char * const *) recent, path);
  g_settings_set_strv (settings, "recent-databases", (const char * const *) updated);

  last = g_settings_get_string (settings, "last-database");
  if (g_strcmp0 (last, path) == 0)
    g_settings_set_string (settings, "last-database", "");
}

char *
ct_session_dup_demo_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "caretaker", "demo.db", NULL);
}

char *
ct_session_dup_folder_label (const char *path)
{
  g_autofree char *dir = NULL;
  const char *home = g_get_home_dir ();
  gsize home_len = home ? strlen (home) : 0;

  g_return_val_if_fail (path != NULL, NULL);

  dir = g_path_get_dirname (path);
  if (home_len > 1 && g_str_has_prefix (dir, home) &&
      (dir[home_len] == '\0' || dir[home_len] == G_DIR_SEPARATOR))
    {
      g_autofree char *tail = g_filename_display_name (dir + home_len);

      return g_strconcat ("~", tail, NULL);
    }

  return g_filename_display_name (dir);
}
