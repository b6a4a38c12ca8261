/* fault-vfs.h — an SQLite VFS that fails the N-th write, sync, lock,
 * truncate or delete, for the fault-injection test
 *
 * The VFS wraps the default unix VFS and is registered as the default, so
 * every connection the process opens without naming a VFS (Caretaker's among
 * them) goes through it. Disarmed, it only passes calls on, except xSync,
 * which it counts and skips (durability is test-kill9's subject).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  FAULT_VFS_WRITE,      /* xWrite of any file */
  FAULT_VFS_SYNC,       /* xSync of any file */
  FAULT_VFS_LOCK,       /* xLock; in WAL mode the write lock */
  FAULT_VFS_TRUNCATE,   /* xTruncate of any file */
  FAULT_VFS_DELETE,     /* xDelete (the journal, at commit) */
  FAULT_VFS_N_OPS
} FaultVfsOp;

/* Registers the VFS "fault" as the process's default (once). */
void     fault_vfs_register (void);
/* From now on the @n-th call (1-based) of @op fails with @rc (an SQLite
 * result code, e.g. SQLITE_IOERR_WRITE); with @persistent every later call
 * of @op fails too. Calls are counted from here. */
void     fault_vfs_arm      (FaultVfsOp  op,
                             guint       n,
                             int         rc,
                             gboolean    persistent);
/* Lets every call through again. */
void     fault_vfs_disarm   (void);
/* Whether the armed fault fired since fault_vfs_arm(). */
gboolean fault_vfs_fired    (void);
/* The calls of @op seen since fault_vfs_arm(). */
guint    fault_vfs_calls    (FaultVfsOp  op);
const char *fault_vfs_op_name (FaultVfsOp op);

G_END_DECLS
