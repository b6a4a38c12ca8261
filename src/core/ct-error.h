/* ct-error.h — error domains of libcaretaker-core
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define CT_DATABASE_ERROR (ct_database_error_quark ())
#define CT_STORE_ERROR    (ct_store_error_quark ())
#define CT_IMPORT_ERROR   (ct_import_error_quark ())

typedef enum
{
  CT_DATABASE_ERROR_FAILED,       /* any other SQLite failure */
  CT_DATABASE_ERROR_NOT_FOUND,    /* the file does not exist */
  CT_DATABASE_ERROR_FOREIGN,      /* not a Caretaker database (application_id) */
  CT_DATABASE_ERROR_NEWER,        /* made by a newer Caretaker (user_version) */
  CT_DATABASE_ERROR_CORRUPT,      /* integrity check failed, not a database */
  CT_DATABASE_ERROR_SCHEMA,       /* unexpected or missing schema objects */
  CT_DATABASE_ERROR_BUSY,         /* another program holds the write lock */
  CT_DATABASE_ERROR_FULL,         /* disk full: nothing was saved */
  CT_DATABASE_ERROR_IO,           /* I/O error: nothing was saved */
  CT_DATABASE_ERROR_READONLY,     /* the file cannot be written */
  CT_DATABASE_ERROR_BACKUP,       /* a backup could not be made or verified */
} CtDatabaseError;

typedef enum
{
  CT_STORE_ERROR_INVALID,         /* a field value is not acceptable */
  CT_STORE_ERROR_DUPLICATE,       /* violates a uniqueness rule */
  CT_STORE_ERROR_IN_USE,          /* still referenced by other records */
  CT_STORE_ERROR_NOT_FOUND,       /* the record no longer exists */
  CT_STORE_ERROR_CONFLICT,        /* changed by someone else since it was read */
  CT_STORE_ERROR_PERMISSION,      /* the acting user may not do this */
} CtStoreError;

typedef enum
{
  CT_IMPORT_ERROR_ENCODING,       /* not UTF-8 */
  CT_IMPORT_ERROR_SYNTAX,         /* malformed CSV (unterminated quote, ...) */
  CT_IMPORT_ERROR_HEADER,         /* missing or unknown column */
  CT_IMPORT_ERROR_VALUE,          /* a cell has an invalid value */
  CT_IMPORT_ERROR_EMPTY,          /* the file has no data rows */
} CtImportError;

GQuark ct_database_error_quark (void);
GQuark ct_store_error_quark    (void);
GQuark ct_import_error_quark   (void);

G_END_DECLS
