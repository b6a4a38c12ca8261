/* ct-asset-detail-format.h — the values of the ledger's records as a user
 * reads them, for the detail pane, its dialogs and their conflict view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-context.h"

G_BEGIN_DECLS

/* @field of @record (an asset, location, plan, task or record) as shown:
 * vocabulary labels, names of referenced records, times in @tz, yuan; "" when
 * empty. */
char       *ct_asset_detail_dup_field_text (CtContext  *ctx,
                                            GTimeZone  *tz,
                                            CtRecord   *record,
                                            const char *field);
/* The translated label of @field of @record's table. */
const char *ct_asset_detail_field_label    (CtRecord   *record,
                                            const char *field);
/* "E-01 1号楼1号客梯" for asset @id; "" for 0. */
char       *ct_asset_detail_dup_asset_label (CtContext *ctx,
                                            gint64      id);
/* "1,280.50" for 128050 fen. */
char       *ct_asset_detail_format_yuan    (gint64      cents);
/* Days from date @from to date @to ("YYYY-MM-DD"); 0 when either is bad. */
int         ct_asset_detail_days_between   (const char *from,
                                            const char *to);

/* The record of @model (a list of CtRecord, may be NULL) with @id, or NULL
 * (transfer full). */
gpointer    ct_asset_detail_find_item      (GListModel *model,
                                            gint64      id);

G_END_DECLS
