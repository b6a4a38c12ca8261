/* ct-database.h — one Caretaker database file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ct-clock.h"

G_BEGIN_DECLS

/* PRAGMA application_id of every Caretaker file: 'CTKR'. */
#define CT_DATABASE_APPLICATION_ID 0x43544B52

typedef enum
{
  CT_DATABASE_OPEN_DEFAULT      = 0,
  CT_DATABASE_OPEN_CREATE       = 1 << 0, /* create the file if it does not exist */
  CT_DATABASE_OPEN_SHARED       = 1 << 1, /* force shared mode (DELETE journal) */
  CT_DATABASE_OPEN_NO_MIGRATE   = 1 << 2, /* refuse an older schema instead of migrating */
} CtDatabaseOpenFlags;

#define CT_TYPE_DATABASE (ct_database_get_type ())
G_DECLARE_FINAL_TYPE (CtDatabase, ct_database, CT, DATABASE, GObject)

/* Opens (or with CT_DATABASE_OPEN_CREATE creates) @path. Refuses files of other
 * programs, files made by a newer Caretaker and files whose schema holds objects
 * Caretaker did not create. Migrates an older schema after a backup. */
CtDatabase *ct_database_open               (const char          *path,
                                            CtDatabaseOpenFlags  flags,
                                            CtClock             *clock,
                                            GError             **error);
const char *ct_database_get_path           (CtDatabase          *self);
char       *ct_database_dup_display_name   (CtDatabase          *self);
CtClock    *ct_database_get_clock          (CtDatabase          *self);
/* TRUE when the file lives on a network or FUSE filesystem or was opened shared:
 * DELETE journal and synchronous=FULL instead of WAL. */
gboolean    ct_database_is_shared          (CtDatabase          *self);
const char *ct_database_get_journal_mode   (CtDatabase          *self);
int         ct_database_get_schema_version (CtDatabase          *self);
/* The backup file written before the last migration, or NULL. */
const char *ct_database_get_migration_backup (CtDatabase        *self);

/* The user the database acts for (ct-permission.h checks every store write
 * against this role). @role NULL: nobody is signed in — in a database without
 * user accounts everything is allowed (single-user local mode); in one with
 * accounts, writes are refused until someone signs in. Set by
 * ct_user_store_sign_in (); @staff_id is 0 when the account has no staff link. */
typedef struct
{
  gint64      user_id;
  const char *login;
  const char *role;
  gint64      staff_id;
} CtDatabaseUser;

void        ct_database_set_user           (CtDatabase          *self,
                                            gint64               user_id,
                                            const char          *login,
                                            const char          *role,
                                            gint64               staff_id);
/* Owned by the database, valid until the next ct_database_set_user (). */
const CtDatabaseUser *ct_database_get_user (CtDatabase          *self);

/* Settings stored in the database (time zone, company name, ...). */
char       *ct_database_dup_setting        (CtDatabase          *self,
                                            const char          *key);
gboolean    ct_database_set_setting        (CtDatabase          *self,
                                            const char          *actor,
                                            const char          *key,
                                            const char          *value,
                                            GError             **error);

/* Ends the read transactions of statements left on a row (a lookup that read
 * one row keeps its statement, and so a SHARED lock, until the statement is
 * used again). On a shared file such a lock stops every other program from
 * committing: writes call this after committing, and the change watch on every poll.
 * Nothing happens inside a write transaction. */
void        ct_database_release_reads      (CtDatabase          *self);
/* The schema version this build of Caretaker writes. */
int         ct_database_latest_schema_version (void);

/* Checks of `caretaker-cli check`: integrity_check, foreign_key_check,
 * application_id and the schema audit. Each problem is one line in @problems. */
gboolean    ct_database_check              (CtDatabase          *self,
                                            GPtrArray          **problems,
                                            GError             **error);

/* Writes a consistent copy to @dest with the SQLite backup API, fsyncs it and
 * verifies it (integrity_check, application_id). */
gboolean    ct_database_backup             (CtDatabase          *self,
                                            const char          *dest,
                                            GError             **error);
/* Backs the file up to "FILE.before-import-YYYYMMDD-HHMMSS.bak" (numbered
 * when taken already; the time from the database's clock) before an import
 * writes; the error then says that nothing was imported. Returns the path
 * of the backup, or NULL with @error. */
char       *ct_database_backup_before_import (CtDatabase        *self,
                                              GError           **error);
/* Replaces the database at @path with @backup after verifying @backup; the file at
 * @path is first backed up to @path_saved (if not NULL and @path exists). */
gboolean    ct_database_restore            (const char          *backup,
                                            const char          *path,
                                            char               **path_saved,
                                            GError             **error);

G_END_DECLS
