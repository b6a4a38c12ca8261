/* ct-cli-db.c — caretaker-cli init, check, backup and restore
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdio.h>

#include "ct-backup-rotation.h"
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

static void
add_string_array (JsonBuilder *builder,
                  const char  *name,
                  GPtrArray   *strings)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; i < strings->len; i++)
    json_builder_add_string_value (builder, g_ptr_array_index (strings, i));
  json_builder_end_array (builder);
}

static void
print_rotation (CtCliCommon *common,
                const char  *dir,
                CtBackupRun *run)
{
  g_autoptr(JsonBuilder) builder = NULL;

  if (common->json)
    {
      builder = ct_cli_json_new ();
      ct_cli_json_add_string (builder, "path", common->db);
      ct_cli_json_add_string (builder, "dir", dir);
      add_string_array (builder, "made", run->made);
      add_string_array (builder, "deleted", run->deleted);
      ct_cli_print_json (builder);
      return;
    }
  for (guint i = 0; i < run->made->len; i++)
    print_backup (common, g_ptr_array_index (run->made, i));
  for (guint i = 0; i < run->deleted->len; i++)
    printf (_("Deleted the old backup “%s”.\n"),
            (const char *) g_ptr_array_index (run->deleted, i));
  if (run->made->len == 0)
    printf (_("“%s” already has today’s backup in “%s”.\n"), common->db, dir);
}

/* backup --rotate: today's daily and this week's weekly backup, old ones deleted. */
static int
rotate_backups (CtCliCommon *common,
                const char  *dir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtDatabase) db = NULL;
  g_autoptr(CtBackupRun) run = NULL;
  g_autofree char *folder = dir ? g_strdup (dir) : ct_backup_rotation_default_dir (common->db);

  if (!(db = ct_database_open (common->db, CT_DATABASE_OPEN_DEFAULT, NULL, &error)) ||
      !(run = ct_backup_rotation_run (db, folder, NULL, &error)))
    return ct_cli_fail (error);
  print_rotation (common, folder, run);
  return CT_CLI_EXIT_OK;
}

static void
print_backup_info (JsonBuilder  *builder,
                   CtBackupInfo *info)
{
  g_autoptr(GDateTime) made = g_date_time_new_from_unix_local (info->made_at);
  g_autofree char *when = NULL;
  g_autofree char *size = NULL;

  if (builder == NULL)
    {
      when = g_date_time_format (made, "%Y-%m-%d %H:%M");
      size = g_format_size (info->size);
      /* Translators: when, kind ("Daily"), size ("1.2 MB"), file */
      printf (_("%s  %s  %s  %s\n"), when, ct_backup_kind_get_label (info->kind), size, info->path);
      return;
    }
  when = g_date_time_format_iso8601 (made);
  json_builder_begin_object (builder);
  ct_cli_json_add_string (builder, "path", info->path);
  ct_cli_json_add_string (builder, "kind", ct_backup_kind_to_string (info->kind));
  ct_cli_json_add_string (builder, "made_at", when);
  ct_cli_json_add_int (builder, "size", info->size);
  json_builder_end_object (builder);
}

/* backup --list: every backup of the database, newest first. The database
 * itself is not opened: a damaged file still finds its backups. */
static int
list_backups (CtCliCommon *common,
              const char  *dir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = ct_backup_rotation_list (common->db, dir, &error);
  g_autoptr(JsonBuilder) builder = NULL;

  if (list == NULL)
    return ct_cli_fail (error);
  if (common->json)
    {
      builder = ct_cli_json_new ();
      ct_cli_json_add_string (builder, "path", common->db);
      json_builder_set_member_name (builder, "backups");
      json_builder_begin_array (builder);
    }
  for (guint i = 0; i < list->len; i++)
    print_backup_info (builder, g_ptr_array_index (list, i));
  if (builder == NULL && list->len == 0)
    printf (_("No backups of “%s” found.\n"), common->db);
  if (builder == NULL)
    return CT_CLI_EXIT_OK;
  json_builder_end_array (builder);
  ct_cli_print_json (builder);
  return CT_CLI_EXIT_OK;
}

/* --rotate and --list take no FILE: decide before parsing how many
 * arguments to expect. */
static gboolean
asks_for_folder_mode (int    argc,
                      char **argv)
{
  for (int i = 1; i < argc; i++)
    if (g_str_equal (argv[i], "--rotate") || g_str_equal (argv[i], "--list"))
      return TRUE;
  return FALSE;
}

static int
backup_usage_fail (const char *message)
{
  fprintf (stderr, "caretaker-cli: %s\n", message);
  return CT_CLI_EXIT_USAGE;
}

static int
backup_to_file (CtCliCommon *common,
                const char  *backup)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtDatabase) db = NULL;

  if (path_is_taken (backup))
    return ct_cli_fail_printf (_("“%s” already exists: choose another name for the backup"),
                               backup);
  if (!(db = ct_database_open (common->db, CT_DATABASE_OPEN_DEFAULT, NULL, &error)) ||
      !ct_database_backup (db, backup, &error))
    return ct_cli_fail (error);
  print_backup (common, backup);
  return CT_CLI_EXIT_OK;
}

int
ct_cli_backup (int    argc,
               char **argv)
{
  g_auto(CtCliCommon) common = { 0 };
  g_autofree char *dir = NULL;
  gboolean rotate = FALSE;
  gboolean list = FALSE;
  gboolean folder_mode = asks_for_folder_mode (argc, argv);
  const GOptionEntry entries[] = {
    { "rotate", 0, 0, G_OPTION_ARG_NONE, &rotate,
      N_("Make today’s daily and this week’s weekly backup in the backup folder and delete "
         "the old ones (for cron)"), NULL },
    { "list", 0, 0, G_OPTION_ARG_NONE, &list,
      N_("List every backup of the database, newest first"), NULL },
    { "dir", 0, 0, G_OPTION_ARG_FILENAME, &dir,
      N_("Backup folder of --rotate and --list (default: “NAME backups” beside the "
         "database)"), N_("DIR") },
    { NULL }
  };

  ct_cli_common_init (&common, "backup", _("FILE | --rotate | --list"),
                      _("Writes a verified copy of the database to FILE, which must "
                        "not exist yet. With --rotate instead of FILE: makes today’s daily "
                        "and this week’s weekly backup in the backup folder and deletes "
                        "older ones, keeping 7 daily and 4 weekly. With --list: lists every "
                        "backup of the database, including those made before an upgrade, "
                        "an import or a restore."));
  g_option_context_add_main_entries (common.context, entries, GETTEXT_PACKAGE);
  if (!ct_cli_parse (&common, argc, argv, folder_mode ? 0 : 1))
    return CT_CLI_EXIT_USAGE;
  if (rotate && list)
    return backup_usage_fail (_("Use either --rotate or --list, not both"));
  if (dir && !rotate && !list)
    return backup_usage_fail (_("--dir goes with --rotate or --list"));
  if (rotate)
    return rotate_backups (&common, dir);
  if (list)
    return list_backups (&common, dir);
  if (common.args[1] == NULL)  /* "--rotate" was the value of another option */
    return backup_usage_fail (_("Missing argument: FILE, --rotate or --list"));
  return backup_to_file (&common, common.args[1]);
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
