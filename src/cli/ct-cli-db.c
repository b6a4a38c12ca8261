/* ct-cli-db.c — caretaker-cli init, check, backup and restore
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdio.h>

#include "ct-cli.h"
#include "ct-organisation.h"

/* TRUE when something is at @path that a new file would replace: a non-empty
 * file, a directory, ... An empty file counts as nothing. */
static gboolean
path_is_taken (const char *path)
{
  GStatBuf st;

  if (g_stat (path, &st) != 0)
    return FALSE;
  return !S_ISREG (st.st_mode) || st.st_size > 0;
}

static gint64
file_size (const char *path)
{
  GStatBuf st;

  return g_stat (path, &st) == 0 ? (gint64) st.st_size : -1;
}

static void
print_init (CtCliCommon    *common,
            CtDatabase     *db,
            CtOrganisation *org)
{
  guint departments = ct_record_store_count (ct_organisation_get_departments (org));
  g_autoptr(JsonBuilder) builder = NULL;

  if (!common->json)
    {
      printf (_("Created “%s” (schema version %d) with %u departments.\n"),
              ct_database_get_path (db), ct_database_get_schema_version (db), departments);
      return;
    }
  builder = ct_cli_json_new ();
  ct_cli_json_add_string (builder, "path", ct_database_get_path (db));
  ct_cli_json_add_int (builder, "schema_version", ct_database_get_schema_version (db));
  ct_cli_json_add_int (builder, "departments", departments);
  ct_cli_print_json (builder);
}

static gboolean
create_database (CtCliCommon  *common,
                 GError      **error)
{
  g_autoptr(CtDatabase) db = NULL;
  g_autoptr(CtOrganisation) org = NULL;

  if (!(db = ct_database_open (common->db, CT_DATABASE_OPEN_CREATE, NULL, error)) ||
      !(org = ct_organisation_new (db, error)) ||
      !ct_organisation_ensure_default_departments (org, ct_cli_actor (), error))
    return FALSE;
  print_init (common, db, org);
  return TRUE;
}

int
ct_cli_init (int    argc,
             char **argv)
{
  g_auto(CtCliCommon) common = { 0 };
  g_autoptr(GError) error = NULL;
  gboolean existed;

  ct_cli_common_init (&common, "init", NULL,
                      _("Creates a new database file with the default departments."));
  if (!ct_cli_parse (&common, argc, argv, 0))
    return CT_CLI_EXIT_USAGE;
  if (path_is_taken (common.db))
    return ct_cli_fail_printf (_("“%s” already exists: init only creates new files; "
                                 "choose another name"), common.db);
  existed = g_file_test (common.db, G_FILE_TEST_EXISTS);
  if (create_database (&common, &error))
    return CT_CLI_EXIT_OK;
  if (!existed)
    ct_cli_remove_database (common.db);
  return ct_cli_fail (error);
}

static void
print_problems (CtCliCommon *common,
                GPtrArray   *problems)
{
  g_autoptr(JsonBuilder) builder = NULL;

  if (!common->json)
    {
      if (problems->len == 0)
        printf ("ok\n");
      for (guint i = 0; i < problems->len; i++)
        printf ("%s\n", (const char *) g_ptr_array_index (problems, i));
      return;
    }
  builder = ct_cli_json_new ();
  json_builder_set_member_name (builder, "ok");
  json_builder_add_boolean_value (builder, problems->len == 0);
  json_builder_set_member_name (builder, "problems");
  json_builder_begin_array (builder);
  for (guint i = 0; i < problems->len; i++)
    json_builder_add_string_value (builder, g_ptr_array_index (problems, i));
  json_builder_end_array (builder);
  ct_cli_print_json (builder);
}

/* A file that cannot be opened is one problem: the reason it was refused. */
static int
fail_check (CtCliCommon  *common,
            const GError *error)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new ();

  if (common->json)
    {
      g_ptr_array_add (problems, error->message);
      print_problems (common, problems);
    }
  return ct_cli_fail (error);
}

int
ct_cli_check (int    argc,
              char **argv)
{
  g_auto(CtCliCommon) common = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(CtDatabase) db = NULL;
  g_autoptr(GPtrArray) problems = NULL;

  ct_cli_common_init (&common, "check", NULL,
                      _("Checks a database: integrity, references, file type and "
                        "schema. Prints “ok” or one problem per line and exits 1."));
  if (!ct_cli_parse (&common, argc, argv, 0))
    return CT_CLI_EXIT_USAGE;
  /* A check never changes the file, not even to migrate it. */
  if (!(db = ct_database_open (common.db, CT_DATABASE_OPEN_NO_MIGRATE, NULL, &error)))
    return fail_check (&common, error);
  if (!ct_database_check (db, &problems, &error))
    return fail_check (&common, error);
  print_problems (&common, problems);
  if (problems->len == 0)
    return CT_CLI_EXIT_OK;
  return ct_cli_fail_printf (g_dngettext (GETTEXT_PACKAGE, "“%s” has %u problem",
                                          "“%s” has %u problems", problems->len),
                             common.db, problems->len);
}

/* {"path": database, "backup": file, @key: @value} (a string, a number or null) */
static void
print_copy_json (CtCliCommon *common,
                 const char  *backup,
                 const char  *key,
                 JsonNode    *value)
{
  g_autoptr(JsonBuilder) builder = ct_cli_json_new ();

  ct_cli_json_add_string (builder, "path", common->db);
  ct_cli_json_add_string (builder, "backup", backup);
  json_builder_set_member_name (builder, key);
  json_builder_add_value (builder, value);
  ct_cli_print_json (builder);
}

static void
print_backup (CtCliCommon *common,
              const char  *backup)
{
  gint64 size = file_size (backup);
  g_autofree char *size_text = NULL;
  JsonNode *node;

  if (common->json)
    {
      node = json_node_init_int (json_node_alloc (), size);
      print_copy_json (common, backup, "size", node);
      return;
    }
  size_text = g_format_size (size);
  /* Translators: database, backup file, size such as "1.2 MB" */
  printf (_("Backed up “%s” to “%s” (%s).\n"), common->db, backup, size_text);
}

static void
print_restore (CtCliCommon *common,
               const char  *backup,
               const char  *saved)
{
  JsonNode *node;

  if (common->json)
    {
      node = saved ? json_node_init_string (json_node_alloc (), saved)
                   : json_node_init_null (json_node_alloc ());
      print_copy_json (common, backup, "saved", node);
      return;
    }
  if (saved)
    printf (_("Restored “%s” from “%s”; the previous file was saved as “%s”.\n"),
            common->db, backup, saved);
  else
    printf (_("Restored “%s” from “%s”.\n"), common->db, backup);
}

int
ct_cli_backup (int    argc,
               char **argv)
{
  g_auto(CtCliCommon) common = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(CtDatabase) db = NULL;
  const char *backup;

  ct_cli_common_init (&common, "backup", _("FILE"),
                      _("Writes a verified copy of the database to FILE, which must "
                        "not exist yet."));
  if (!ct_cli_parse (&common, argc, argv, 1))
    return CT_CLI_EXIT_USAGE;
  backup = common.args[1];
  if (path_is_taken (backup))
    return ct_cli_fail_printf (_("“%s” already exists: choose another name for the backup"),
                               backup);
  if (!(db = ct_database_open (common.db, CT_DATABASE_OPEN_DEFAULT, NULL, &error)) ||
      !ct_database_backup (db, backup, &error))
    return ct_cli_fail (error);
  print_backup (&common, backup);
  return CT_CLI_EXIT_OK;
}

int
ct_cli_restore (int    argc,
                char **argv)
{
  g_auto(CtCliCommon) common = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *db_path = NULL;
  g_autofree char *backup_path = NULL;
  const char *backup;

  ct_cli_common_init (&common, "restore", _("FILE"),
                      _("Replaces the database with the backup FILE after checking "
                        "it. The current database is saved first."));
  if (!ct_cli_parse (&common, argc, argv, 1))
    return CT_CLI_EXIT_USAGE;
  backup = common.args[1];
  db_path = g_canonicalize_filename (common.db, NULL);
  backup_path = g_canonicalize_filename (backup, NULL);
  if (g_str_equal (db_path, backup_path))
    return ct_cli_fail_printf (_("“%s” is the database itself, not a backup of it"), backup);
  if (!ct_database_restore (backup, common.db, &saved, &error))
    return ct_cli_fail (error);
  print_restore (&common, backup, saved);
  return CT_CLI_EXIT_OK;
}
