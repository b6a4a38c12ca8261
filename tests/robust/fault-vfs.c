/* fault-vfs.c — an SQLite VFS that fails the N-th write, sync, lock,
 * truncate or delete
 *
 * Every file method is passed on to the unix VFS's file; the five methods
 * that can fail on a real disk or network first count the call and, when the
 * armed fault is due, fail without doing anything (as when the disk refuses).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sqlite3.h>

#include "fault-vfs.h"

typedef struct
{
  sqlite3_file  base;
  sqlite3_file *real;   /* follows this struct in the same allocation */
} FaultFile;

static struct
{
  gboolean   armed;
  FaultVfsOp op;
  guint      n;
  int        rc;
  gboolean   persistent;
  gboolean   fired;
  guint      calls[FAULT_VFS_N_OPS];
} fault;

static sqlite3_vfs *real_vfs;

/* SQLITE_OK, or the fault's code when this call of @op is to fail. */
static int
count_call (FaultVfsOp op)
{
  guint call;

  if (!fault.armed)
    return SQLITE_OK;
  call = ++fault.calls[op];
  if (op != fault.op || call < fault.n || (call > fault.n && !fault.persistent))
    return SQLITE_OK;
  fault.fired = TRUE;
  return fault.rc;
}

#define REAL(file) (((FaultFile *) (file))->real)

static int
file_close (sqlite3_file *file)
{
  return REAL (file)->pMethods->xClose (REAL (file));
}

static int
file_read (sqlite3_file *file, void *buf, int amount, sqlite3_int64 offset)
{
  return REAL (file)->pMethods->xRead (REAL (file), buf, amount, offset);
}

static int
file_write (sqlite3_file *file, const void *buf, int amount, sqlite3_int64 offset)
{
  int rc = count_call (FAULT_VFS_WRITE);

  return rc != SQLITE_OK ? rc : REAL (file)->pMethods->xWrite (REAL (file), buf, amount, offset);
}

static int
file_truncate (sqlite3_file *file, sqlite3_int64 size)
{
  int rc = count_call (FAULT_VFS_TRUNCATE);

  return rc != SQLITE_OK ? rc : REAL (file)->pMethods->xTruncate (REAL (file), size);
}

/* Counted, but not passed on: what is proved here is what SQLite does when a
 * sync fails, not that the disk keeps its data (test-kill9 does that), and
 * thousands of real fsyncs would make the test slow. */
static int
file_sync (sqlite3_file *file, int flags)
{
  return count_call (FAULT_VFS_SYNC);
}

static int
file_size (sqlite3_file *file, sqlite3_int64 *size)
{
  return REAL (file)->pMethods->xFileSize (REAL (file), size);
}

static int
file_lock (sqlite3_file *file, int level)
{
  int rc = count_call (FAULT_VFS_LOCK);

  return rc != SQLITE_OK ? rc : REAL (file)->pMethods->xLock (REAL (file), level);
}

static int
file_unlock (sqlite3_file *file, int level)
{
  return REAL (file)->pMethods->xUnlock (REAL (file), level);
}

static int
file_check_reserved (sqlite3_file *file, int *out)
{
  return REAL (file)->pMethods->xCheckReservedLock (REAL (file), out);
}

static int
file_control (sqlite3_file *file, int op, void *arg)
{
  return REAL (file)->pMethods->xFileControl (REAL (file), op, arg);
}

static int
file_sector_size (sqlite3_file *file)
{
  return REAL (file)->pMethods->xSectorSize (REAL (file));
}

static int
file_device_characteristics (sqlite3_file *file)
{
  return REAL (file)->pMethods->xDeviceCharacteristics (REAL (file));
}

static int
file_shm_map (sqlite3_file *file, int page, int size, int extend, void volatile **out)
{
  return REAL (file)->pMethods->xShmMap (REAL (file), page, size, extend, out);
}

/* In WAL mode the write lock is the exclusive lock of the first byte of the
 * shared memory's lock area (WAL_WRITE_LOCK). */
static int
file_shm_lock (sqlite3_file *file, int offset, int n, int flags)
{
  int rc = SQLITE_OK;

  if (offset == 0 && (flags & SQLITE_SHM_LOCK) && (flags & SQLITE_SHM_EXCLUSIVE))
    rc = count_call (FAULT_VFS_LOCK);
  return rc != SQLITE_OK ? rc : REAL (file)->pMethods->xShmLock (REAL (file), offset, n, flags);
}

static void
file_shm_barrier (sqlite3_file *file)
{
  REAL (file)->pMethods->xShmBarrier (REAL (file));
}

static int
file_shm_unmap (sqlite3_file *file, int delete_flag)
{
  return REAL (file)->pMethods->xShmUnmap (REAL (file), delete_flag);
}

static int
file_fetch (sqlite3_file *file, sqlite3_int64 offset, int amount, void **out)
{
  return REAL (file)->pMethods->xFetch (REAL (file), offset, amount, out);
}

static int
file_unfetch (sqlite3_file *file, sqlite3_int64 offset, void *page)
{
  return REAL (file)->pMethods->xUnfetch (REAL (file), offset, page);
}

static const sqlite3_io_methods fault_io_methods = {
  3,
  file_close, file_read, file_write, file_truncate, file_sync, file_size,
  file_lock, file_unlock, file_check_reserved, file_control, file_sector_size,
  file_device_characteristics,
  file_shm_map, file_shm_lock, file_shm_barrier, file_shm_unmap,
  file_fetch, file_unfetch,
};

static int
vfs_open (sqlite3_vfs *vfs, const char *name, sqlite3_file *file, int flags, int *out_flags)
{
  FaultFile *self = (FaultFile *) file;
  int rc;

  self->real = (sqlite3_file *) &self[1];
  rc = real_vfs->xOpen (real_vfs, name, self->real, flags, out_flags);
  /* The unix VFS only offers version 3 methods: ours may stand in for them. */
  g_assert (self->real->pMethods == NULL || self->real->pMethods->iVersion == 3);
  self->base.pMethods = self->real->pMethods ? &fault_io_methods : NULL;
  return rc;
}

static int
vfs_delete (sqlite3_vfs *vfs, const char *name, int sync_dir)
{
  int rc = count_call (FAULT_VFS_DELETE);

  return rc != SQLITE_OK ? rc : real_vfs->xDelete (real_vfs, name, sync_dir);
}

static int
vfs_access (sqlite3_vfs *vfs, const char *name, int flags, int *out)
{
  return real_vfs->xAccess (real_vfs, name, flags, out);
}

static int
vfs_full_pathname (sqlite3_vfs *vfs, const char *name, int n, char *out)
{
  return real_vfs->xFullPathname (real_vfs, name, n, out);
}

static int
vfs_randomness (sqlite3_vfs *vfs, int n, char *out)
{
  return real_vfs->xRandomness (real_vfs, n, out);
}

static int
vfs_sleep (sqlite3_vfs *vfs, int usec)
{
  return real_vfs->xSleep (real_vfs, usec);
}

static int
vfs_current_time (sqlite3_vfs *vfs, double *out)
{
  return real_vfs->xCurrentTime (real_vfs, out);
}

static int
vfs_get_last_error (sqlite3_vfs *vfs, int n, char *out)
{
  return real_vfs->xGetLastError (real_vfs, n, out);
}

static int
vfs_current_time_int64 (sqlite3_vfs *vfs, sqlite3_int64 *out)
{
  return real_vfs->xCurrentTimeInt64 (real_vfs, out);
}

static sqlite3_vfs fault_vfs = {
  .iVersion = 2,
  .zName = "fault",
  .xOpen = vfs_open,
  .xDelete = vfs_delete,
  .xAccess = vfs_access,
  .xFullPathname = vfs_full_pathname,
  .xRandomness = vfs_randomness,
  .xSleep = vfs_sleep,
  .xCurrentTime = vfs_current_time,
  .xGetLastError = vfs_get_last_error,
  .xCurrentTimeInt64 = vfs_current_time_int64,
};

void
fault_vfs_register (void)
{
  if (real_vfs != NULL)
    return;
  real_vfs = sqlite3_vfs_find ("unix");
  g_assert_nonnull (real_vfs);
  fault_vfs.szOsFile = (int) sizeof (FaultFile) + real_vfs->szOsFile;
  fault_vfs.mxPathname = real_vfs->mxPathname;
  g_assert_cmpint (sqlite3_vfs_register (&fault_vfs, 1), ==, SQLITE_OK);
}

void
fault_vfs_arm (FaultVfsOp op,
               guint      n,
               int        rc,
               gboolean   persistent)
{
  g_assert (n >= 1 && op < FAULT_VFS_N_OPS);
  fault.op = op;
  fault.n = n;
  fault.rc = rc;
  fault.persistent = persistent;
  fault.fired = FALSE;
  for (guint i = 0; i < FAULT_VFS_N_OPS; i++)
    fault.calls[i] = 0;
  fault.armed = TRUE;
}

void
fault_vfs_disarm (void)
{
  fault.armed = FALSE;
}

gboolean
fault_vfs_fired (void)
{
  return fault.fired;
}

guint
fault_vfs_calls (FaultVfsOp op)
{
  g_assert (op < FAULT_VFS_N_OPS);
  return fault.calls[op];
}

const char *
fault_vfs_op_name (FaultVfsOp op)
{
  static const char *const names[FAULT_VFS_N_OPS] = {
    "write", "sync", "lock", "truncate", "delete",
  };

  g_assert (op < FAULT_VFS_N_OPS);
  return names[op];
}
