/* ct-presence.h — who else has the database open
 *
 * Every running app keeps one row in db_sessions: the signed-in user, the
 * computer, the process, when it opened the file and a heartbeat. The app
 * joins after opening the file, calls ct_presence_heartbeat() about every
 * CT_PRESENCE_HEARTBEAT_SECONDS and leaves when it closes the file. A row
 * whose heartbeat is older than CT_PRESENCE_STALE_SECONDS (by the clock of the
 * database, see ct_database_get_clock()) belongs to an app that crashed or lost
 * the network: it is not listed, and the next heartbeat of any app deletes it.
 * The computers sharing a file must agree on the time within a minute or so
 * (NTP); a computer whose clock is slow is seen as absent now and then.
 *
 * Presence is a hint for people, not business data: the rows are written in
 * short write transactions of their own and never appear in audit_log.
 *
 * Which row is ours is remembered on the CtDatabase object itself: each
 * connection (each CtDatabase) joins at most once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-database.h"

G_BEGIN_DECLS

#define CT_PRESENCE_HEARTBEAT_SECONDS 30
#define CT_PRESENCE_STALE_SECONDS     120

/* One other app that has the file open. */
typedef struct
{
  char   *user;          /* display name, "王芳" */
  char   *login;         /* "wangfang"; "" when the database has no accounts */
  char   *host;          /* computer name, "PC-3" */
  gint64  pid;
  gint64  since;         /* when it opened the file, UTC seconds */
  gint64  heartbeat_at;  /* its last heartbeat, UTC seconds */
} CtPresence;

void        ct_presence_free            (CtPresence    *presence);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtPresence, ct_presence_free)

/* Adds our row (this computer's name, this process); joining again replaces
 * it, e.g. after another user signed in. */
gboolean    ct_presence_join            (CtDatabase    *db,
                                         const char    *user,
                                         const char    *login,
                                         GError       **error);
/* Refreshes our heartbeat (adding our row again if another app removed it
 * as stale) and deletes stale rows. Gives up after about a second when the
 * file is busy: a missed heartbeat is harmless, the next one catches up.
 * Does nothing before ct_presence_join(). */
gboolean    ct_presence_heartbeat       (CtDatabase    *db,
                                         GError       **error);
/* Removes our row. Safe to call when not joined. */
gboolean    ct_presence_leave           (CtDatabase    *db,
                                         GError       **error);
gboolean    ct_presence_is_joined       (CtDatabase    *db);

/* The other apps with the file open (not us, not stale), by user name:
 * a GPtrArray of CtPresence, owning them. Waits at most a fraction of a
 * second for another app's commit (then CT_DATABASE_ERROR_BUSY: keep showing
 * the previous list). */
GPtrArray  *ct_presence_list_others     (CtDatabase    *db,
                                         GError       **error);
/* "王芳 on PC-3" */
char       *ct_presence_describe        (const CtPresence *presence);
/* A best guess at who holds the write lock, for the "database is busy"
 * message: "王芳 on PC-3", or NULL when nobody else is present. SQLite cannot
 * tell who holds a lock: this is the other app whose user wrote the newest
 * audit_log row, else the other app with the newest heartbeat. Never waits
 * more than a fraction of a second. */
char       *ct_presence_describe_writer (CtDatabase    *db);

G_END_DECLS
