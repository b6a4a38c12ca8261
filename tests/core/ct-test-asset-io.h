/* ct-test-asset-io.h — the fixture of the asset import and export tests: a
 * ledger with two sites, buildings, departments and two meters, and CSV files
 * written into its folder
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-asset-io.h"
#include "ct-test-util.h"

G_BEGIN_DECLS

typedef struct
{
  CtTestFixture  base;
  CtAssetStore  *store;
  gint64         sites[2];      /* 阳光花园 (SH01), 翠湖花园 (CH02) */
  gint64         buildings[2];  /* 阳光花园 buildings "1" (1号楼) and "2" (2号楼) */
  gint64         meters[2];     /* E-01 electricity, W-01 water, of 阳光花园 */
} CtTestAssetIo;

void      ct_test_asset_io_set_up      (CtTestAssetIo      *f,
                                        gconstpointer       data);
void      ct_test_asset_io_tear_down   (CtTestAssetIo      *f,
                                        gconstpointer       data);
/* Writes @contents to the file @name of the fixture's folder; its path. */
char     *ct_test_asset_io_write       (CtTestAssetIo      *f,
                                        const char         *name,
                                        const char         *contents);
/* Imports @contents (written to a file), which must succeed with @n_rows;
 * @result may be NULL. */
void      ct_test_asset_io_import_ok   (CtTestAssetIo      *f,
                                        CtAssetImportKind   kind,
                                        const char         *contents,
                                        gboolean            dry_run,
                                        guint               n_rows,
                                        CtAssetImportResult *result);
/* Imports @contents, which must fail with exactly @message. */
void      ct_test_asset_io_import_fails (CtTestAssetIo     *f,
                                         CtAssetImportKind  kind,
                                         const char        *contents,
                                         const char        *message);
/* The number of rows of @table in the file. */
gint64    ct_test_asset_io_count       (CtTestAssetIo      *f,
                                        const char         *table);
/* The asset with @code, which must exist. */
CtRecord *ct_test_asset_io_asset       (CtTestAssetIo      *f,
                                        const char         *code);
/* The number of files in the fixture's folder whose names contain @part. */
guint     ct_test_asset_io_count_files (CtTestAssetIo      *f,
                                        const char         *part);

/* The tests of test-asset-io-rows.c, added by test-asset-io.c's main (). */
void      test_asset_io_add_row_tests  (void);

G_END_DECLS
