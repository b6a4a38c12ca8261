/* ct-live-refresh.h — what to read again after other apps' changes
 *
 * Which stores of the context and which tabs of the window depend on which
 * audit_log entities; a CT_CHANGE_ENTITY_DATABASE change touches them all.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ct-change-watch.h"
#include "ct-context.h"

G_BEGIN_DECLS

/* Reloads the context's stores that @changes (CtChange) touched: the
 * organisation, asset locations, SLA policies, the calendar cache, and tells
 * the asset store's listeners. FALSE with @error when the file could not be
 * read (the next change tries again). */
gboolean ct_live_reload_stores (CtContext     *context,
                                GPtrArray     *changes,
                                GError       **error);
/* ct_page_refresh() on the tabs of @stack that @changes touched. */
void     ct_live_refresh_pages (AdwViewStack  *stack,
                                GPtrArray     *changes);

G_END_DECLS
