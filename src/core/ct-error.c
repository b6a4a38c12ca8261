/* ct-error.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ct-error.h"

G_DEFINE_QUARK (ct-database-error-quark, ct_database_error)
G_DEFINE_QUARK (ct-store-error-quark, ct_store_error)
G_DEFINE_QUARK (ct-import-error-quark, ct_import_error)
