/* ct-sla-window.h — the editor of the SLA policies (service levels)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ct-context.h"

G_BEGIN_DECLS

#define CT_TYPE_SLA_WINDOW (ct_sla_window_get_type ())
G_DECLARE_FINAL_TYPE (CtSlaWindow, ct_sla_window, CT, SLA_WINDOW, AdwWindow)

/* A modal window over @parent listing the policies of @context's tickets. */
CtSlaWindow *ct_sla_window_new  (GtkWindow    *parent,
                                 CtContext    *context);
/* Saves the policies that were edited (CT_STORE_ERROR_CONFLICT when someone
 * else changed one meanwhile: the ones before it are saved) and recalculates
 * the deadlines of their open tickets; @n_changed receives how many tickets
 * got new deadlines. This is what the Save button does before closing. */
gboolean     ct_sla_window_save (CtSlaWindow  *self,
                                 guint        *n_changed,
                                 GError      **error);

G_END_DECLS
