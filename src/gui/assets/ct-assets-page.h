/* ct-assets-page.h — the Assets tab: the location tree, the ledger with
 * filters and search, the detail of the selected asset and the badge of
 * overdue maintenance tasks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-page.h"

G_BEGIN_DECLS

#define CT_TYPE_ASSETS_PAGE (ct_assets_page_get_type ())
G_DECLARE_FINAL_TYPE (CtAssetsPage, ct_assets_page, CT, ASSETS_PAGE, CtPage)

GtkWidget *ct_assets_page_new (void);
/* Shows exactly the assets @ids (gint64) with every other filter and the
 * location tree selection cleared, under a banner "Showing the 12 assets
 * behind “@title”" with a Clear button (the same as the Tickets tab's). */
void       ct_assets_page_show_ids (CtAssetsPage *self,
                                    GArray       *ids,
                                    const char   *title);

G_END_DECLS
