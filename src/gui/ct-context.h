/* ct-context.h — what a page needs: the open database, its stores, the clock,
 * the acting user and the settings. Passed window → pages → dialogs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ct-asset-store.h"
#include "ct-clock.h"
#include "ct-database.h"
#include "ct-organisation.h"
#include "ct-ticket-store.h"

G_BEGIN_DECLS

#define CT_TYPE_CONTEXT (ct_context_get_type ())
G_DECLARE_FINAL_TYPE (CtContext, ct_context, CT, CONTEXT, GObject)

/* Loads the organisation stores of @db. @settings may be NULL. When @user is
 * NULL or empty, the user is ct_context_dup_default_user() and follows changes
 * of the "user-name" setting (property "user"). */
CtContext      *ct_context_new              (CtDatabase  *db,
                                             GSettings   *settings,
                                             const char  *user,
                                             GError     **error);
CtDatabase     *ct_context_get_database     (CtContext   *self);
CtOrganisation *ct_context_get_organisation (CtContext   *self);
/* The ticket store (lifecycle, SLA policies, calendars). */
CtTicketStore  *ct_context_get_tickets      (CtContext   *self);
/* The asset ledger (locations, assets; maintenance and meters through it). */
CtAssetStore   *ct_context_get_assets       (CtContext   *self);
CtClock        *ct_context_get_clock        (CtContext   *self);
GSettings      *ct_context_get_settings     (CtContext   *self);
/* The acting user written to the audit log. */
const char     *ct_context_get_user         (CtContext   *self);
void            ct_context_set_user         (CtContext   *self,
                                             const char  *user);
/* The "user-name" setting, else the account's real name, else its login. */
char           *ct_context_dup_default_user (GSettings   *settings);

G_END_DECLS
