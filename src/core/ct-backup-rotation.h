/* ct-backup-rotation.h — automatic daily and weekly backups, and the list of
 * every backup of a database for the Backups view
 *
 * The rotated backups live in a folder of their own, by default
 * "<folder of the database>/<NAME> backups", where NAME is the database file's
 * name without its extension:
 *
 *   NAME-2026-03-02.caretaker          daily, the 7 newest are kept
 *   NAME-week-2026-W10.caretaker       weekly (ISO week), the 4 newest are kept
 *   NAME-manual-20260302-083000.caretaker   "Back up now", never deleted
 *
 * Rotation only ever deletes files whose whole name is one of its own daily or
 * weekly names for this NAME: anything else in the folder is left alone.
 * Other code writes backups beside the database file; they are listed too,
 * never deleted here:
 *
 *   FILE.before-schema-5-20260302-083000.bak   before a migration (ct-database.c)
 *   FILE.before-import-20260302-083000.bak     before an import (of tickets or assets)
 *   FILE.before-restore-20260302-083000.bak    the file a restore replaced
 *
 * Every backup is made with ct_database_backup(): the SQLite backup API, fsync,
 * then integrity_check and application_id verified before it gets its name.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-database.h"

G_BEGIN_DECLS

#define CT_BACKUP_KEEP_DAILY  7
#define CT_BACKUP_KEEP_WEEKLY 4

typedef enum
{
  CT_BACKUP_DAILY,
  CT_BACKUP_WEEKLY,
  CT_BACKUP_MANUAL,
  CT_BACKUP_BEFORE_MIGRATION,
  CT_BACKUP_BEFORE_IMPORT,
  CT_BACKUP_BEFORE_RESTORE,
} CtBackupKind;

typedef struct
{
  char         *path;
  CtBackupKind  kind;
  gint64        made_at;   /* the file's modification time, UTC seconds */
  gint64        size;      /* bytes */
} CtBackupInfo;

void ct_backup_info_free (CtBackupInfo *info);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtBackupInfo, ct_backup_info_free)

/* What one rotation did: paths of the backups made and of those deleted. */
typedef struct
{
  GPtrArray *made;
  GPtrArray *deleted;
} CtBackupRun;

void ct_backup_run_free (CtBackupRun *run);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtBackupRun, ct_backup_run_free)

/* "daily", "weekly", "manual", "before-migration", "before-import",
 * "before-restore": for --json and scripts. */
const char   *ct_backup_kind_to_string       (CtBackupKind  kind);
/* The same, translated, for people. */
const char   *ct_backup_kind_get_label       (CtBackupKind  kind);

/* "<folder of @db_path>/<NAME> backups" */
char         *ct_backup_rotation_default_dir (const char   *db_path);

/* Makes today's daily backup unless it exists and this ISO week's weekly one
 * unless it exists (so on Mondays, or on the first run of a week), then
 * deletes the dailies beyond the 7 newest and the weeklies beyond the 4
 * newest. "Today" and "this week" are those of @now in its own time zone
 * (NULL: now, local time). @dir NULL = the default folder, created when
 * missing. When a backup cannot be made nothing is deleted. Takes as long as
 * copying the file: run it off the main thread, on a connection of its own. */
CtBackupRun  *ct_backup_rotation_run         (CtDatabase   *db,
                                              const char   *dir,
                                              GDateTime    *now,
                                              GError      **error);
/* A backup rotation never deletes ("Back up now"); returns its path. */
char         *ct_backup_rotation_backup_now  (CtDatabase   *db,
                                              const char   *dir,
                                              GDateTime    *now,
                                              GError      **error);
/* Every backup of the database at @db_path (which need not open: this is
 * where a damaged file finds its backups): the rotated ones in @dir (NULL =
 * the default folder; a missing folder holds none) and those beside the file.
 * A GPtrArray of CtBackupInfo, newest first. */
GPtrArray    *ct_backup_rotation_list        (const char   *db_path,
                                              const char   *dir,
                                              GError      **error);
/* Replaces the database at @db_path with @backup after verifying @backup; the
 * current file is first copied to FILE.before-restore-STAMP.bak, whose path is
 * returned in @saved (may be NULL). Close every CtDatabase on the file first
 * and open it again afterwards; other apps on a shared file see the change on
 * their next poll (CT_CHANGE_ENTITY_DATABASE). */
gboolean      ct_backup_rotation_restore     (const char   *db_path,
                                              const char   *backup,
                                              char        **saved,
                                              GError      **error);

G_END_DECLS
