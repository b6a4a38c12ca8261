/* ct-backup-rotation-list.c — backup file names and the list of backups
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-backup"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "ct-backup-rotation-private.h"
#include "ct-error.h"

#define SUFFIX ".caretaker"

static const struct
{
  const char *id;
  const char *label;
} kinds[] = {
  [CT_BACKUP_DAILY]            = { "daily", N_("Daily") },
  [CT_BACKUP_WEEKLY]           = { "weekly", N_("Weekly") },
  [CT_BACKUP_MANUAL]           = { "manual", N_("Made by hand") },
  [CT_BACKUP_BEFORE_MIGRATION] = { "before-migration", N_("Before an upgrade") },
  [CT_BACKUP_BEFORE_IMPORT]    = { "before-import", N_("Before an import") },
  [CT_BACKUP_BEFORE_RESTORE]   = { "before-restore", N_("Before a restore") },
};

/* Beside the database: FILE.before-WORD-….bak */
static const struct
{
  const char   *word;
  CtBackupKind  kind;
} beside[] = {
  { "schema-", CT_BACKUP_BEFORE_MIGRATION },
  { "import-", CT_BACKUP_BEFORE_IMPORT },
  { "restore-", CT_BACKUP_BEFORE_RESTORE },
};

/* @text matches @pattern exactly, where '#' is any ASCII digit. */
static gboolean
matches (const char *text,
         const char *pattern)
{
  for (; *pattern; pattern++, text++)
    if (*pattern == '#' ? !g_ascii_isdigit (*text) : *text != *pattern)
      return FALSE;
  return *text == '\0';
}

static int
number (const char *text,
        guint       len)
{
  g_autofree char *part = g_strndup (text, len);

  return atoi (part);
}

static gboolean
valid_date (const char *y,
            const char *m,
            const char *d)
{
  return g_date_valid_dmy (number (d, 2), number (m, 2), number (y, 4));
}

/* @rest: what follows "NAME-". */
static gboolean
parse_rest (const char   *rest,
            CtBackupKind *kind)
{
  if (matches (rest, "####-##-##" SUFFIX) && valid_date (rest, rest + 5, rest + 8))
    *kind = CT_BACKUP_DAILY;
  else if (matches (rest, "week-####-W##" SUFFIX)
           && number (rest + 11, 2) >= 1 && number (rest + 11, 2) <= 53)
    *kind = CT_BACKUP_WEEKLY;
  else if (matches (rest, "manual-########-######" SUFFIX)
           && valid_date (rest + 7, rest + 11, rest + 13))
    *kind = CT_BACKUP_MANUAL;
  else
    return FALSE;
  return TRUE;
}

static CtBackupInfo *
info_new (const char   *dir,
          const char   *name,
          CtBackupKind  kind)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  CtBackupInfo *info;
  GStatBuf st;

  if (g_stat (path, &st) != 0 || !S_ISREG (st.st_mode))
    return NULL;
  info = g_new0 (CtBackupInfo, 1);
  info->path = g_steal_pointer (&path);
  info->kind = kind;
  info->made_at = st.st_mtime;
  info->size = st.st_size;
  return info;
}

static gboolean
parse_beside_name (const char   *prefix,
                   const char   *name,
                   CtBackupKind *kind)
{
  const char *rest;

  if (!g_str_has_prefix (name, prefix) || !g_str_has_suffix (name, ".bak"))
    return FALSE;
  rest = name + strlen (prefix);
  for (guint i = 0; i < G_N_ELEMENTS (beside); i++)
    if (g_str_has_prefix (rest, beside[i].word))
      {
        *kind = beside[i].kind;
        return TRUE;
      }
  return FALSE;
}

/* Adds the backups of @dir that @parse accepts; a missing folder has none. */
static gboolean
scan (const char  *dir,
      const char  *prefix,
      gboolean   (*parse) (const char *, const char *, CtBackupKind *),
      GPtrArray   *infos,
      GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GDir) d = g_dir_open (dir, 0, &local_error);
  const char *name;
  CtBackupKind kind;

  if (d == NULL)
    {
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return TRUE;
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  while ((name = g_dir_read_name (d)) != NULL)
    {
      CtBackupInfo *info;

      if (parse (prefix, name, &kind) && (info = info_new (dir, name, kind)) != NULL)
        g_ptr_array_add (infos, info);
    }
  return TRUE;
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const CtBackupInfo *x = *(CtBackupInfo **) a;
  const CtBackupInfo *y = *(CtBackupInfo **) b;

  if (x->made_at != y->made_at)
    return x->made_at < y->made_at ? 1 : -1;
  return -g_strcmp0 (x->path, y->path);
}

void
ct_backup_info_free (CtBackupInfo *info)
{
  if (info == NULL)
    return;
  g_free (info->path);
  g_free (info);
}

const char *
ct_backup_kind_to_string (CtBackupKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (kinds), NULL);
  return kinds[kind].id;
}

const char *
ct_backup_kind_get_label (CtBackupKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (kinds), NULL);
  return _(kinds[kind].label);
}

char *
ct_backup_stem (const char *db_path)
{
  g_autofree char *base = g_path_get_basename (db_path);
  char *dot = strrchr (base, '.');

  if (dot != NULL && dot != base)
    *dot = '\0';
  return g_steal_pointer (&base);
}

char *
ct_backup_rotated_name (const char   *stem,
                        CtBackupKind  kind,
                        GDateTime    *when)
{
  const char *format;
  g_autofree char *stamp = NULL;

  switch (kind)
    {
    case CT_BACKUP_DAILY:  format = "%Y-%m-%d"; break;
    case CT_BACKUP_WEEKLY: format = "week-%G-W%V"; break;
    case CT_BACKUP_MANUAL: format = "manual-%Y%m%d-%H%M%S"; break;
    case CT_BACKUP_BEFORE_MIGRATION:
    case CT_BACKUP_BEFORE_IMPORT:
    case CT_BACKUP_BEFORE_RESTORE:
    default:
      g_return_val_if_reached (NULL);
    }
  stamp = g_date_time_format (when, format);
  return g_strconcat (stem, "-", stamp, SUFFIX, NULL);
}

gboolean
ct_backup_parse_rotated_name (const char   *stem,
                              const char   *name,
                              CtBackupKind *kind)
{
  gsize len = strlen (stem);

  if (strncmp (name, stem, len) != 0 || name[len] != '-')
    return FALSE;
  return parse_rest (name + len + 1, kind);
}

GPtrArray *
ct_backup_rotation_list (const char  *db_path,
                         const char  *dir,
                         GError     **error)
{
  g_autoptr(GPtrArray) infos = NULL;
  g_autofree char *path = NULL;
  g_autofree char *parent = NULL;
  g_autofree char *base = NULL;
  g_autofree char *stem = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *prefix = NULL;

  g_return_val_if_fail (db_path != NULL, NULL);

  path = g_canonicalize_filename (db_path, NULL);
  parent = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  stem = ct_backup_stem (path);
  folder = dir ? g_strdup (dir) : ct_backup_rotation_default_dir (path);
  prefix = g_strconcat (base, ".before-", NULL);
  infos = g_ptr_array_new_with_free_func ((GDestroyNotify) ct_backup_info_free);
  if (!scan (folder, stem, ct_backup_parse_rotated_name, infos, error)
      || !scan (parent, prefix, parse_beside_name, infos, error))
    return NULL;
  g_ptr_array_sort (infos, compare_newest_first);
  return g_steal_pointer (&infos);
}
