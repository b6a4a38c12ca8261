/* ct-live-refresh.c — what to read again after other apps' changes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-live-refresh"

#include "config.h"

#include "ct-live-refresh.h"
#include "ct-page.h"

/* The audit_log entities behind each store and tab. */
static const char *const org_entities[] = {
  "site", "building", "unit", "department", "staff", NULL
};
static const char *const calendar_entities[] = {
  "calendar", "setting", "site", "sla_policy", NULL
};
static const char *const asset_entities[] = {
  "asset", "assets", "asset_location", "asset_downtime", "maintenance_plan",
  "maintenance_task", "maintenance_tasks", "maintenance_record", "meter",
  "meter_reading", "site", "building", NULL
};
static const char *const ticket_entities[] = {
  "ticket", "tickets", "ticket_link", "sla_policy", "calendar", "setting", "site",
  "building", "unit", "department", "staff", NULL
};
static const char *const location_entities[] = { "asset_location", NULL };
static const char *const policy_entities[] = { "sla_policy", NULL };
/* Accounts have no tab of their own; the rest moves the dashboard's figures. */
static const char *const not_business[] = { "user", NULL };

/* Which tabs refresh for which entities (NULL: any). */
static const struct
{
  const char        *page;
  const char *const *entities;
} page_entities[] = {
  { "tickets", ticket_entities },
  { "assets", asset_entities },
  { "organisation", org_entities },
  { "dashboard", NULL },
};

/* Did @changes touch one of @entities? A replaced file touches everything. */
static gboolean
touches (GPtrArray          *changes,
         const char * const *entities)
{
  for (guint i = 0; i < changes->len; i++)
    {
      const char *entity = ((CtChange *) g_ptr_array_index (changes, i))->entity;

      if (g_str_equal (entity, CT_CHANGE_ENTITY_DATABASE) || g_strv_contains (entities, entity))
        return TRUE;
    }
  return FALSE;
}

static gboolean
touches_business (GPtrArray *changes)
{
  for (guint i = 0; i < changes->len; i++)
    if (!g_strv_contains (not_business, ((CtChange *) g_ptr_array_index (changes, i))->entity))
      return TRUE;
  return FALSE;
}

gboolean
ct_live_reload_stores (CtContext  *context,
                       GPtrArray  *changes,
                       GError    **error)
{
  CtTicketStore *tickets;
  CtAssetStore *assets;

  g_return_val_if_fail (CT_IS_CONTEXT (context), FALSE);
  g_return_val_if_fail (changes != NULL, FALSE);

  tickets = ct_context_get_tickets (context);
  assets = ct_context_get_assets (context);
  if (touches (changes, calendar_entities))
    ct_ticket_store_invalidate_calendars (tickets);
  if ((touches (changes, org_entities)
       && !ct_organisation_reload (ct_context_get_organisation (context), error))
      || (touches (changes, location_entities)
          && !ct_record_store_reload (ct_asset_store_get_locations (assets), error))
      || (touches (changes, policy_entities)
          && !ct_record_store_reload (ct_ticket_store_get_policies (tickets), error)))
    return FALSE;
  if (touches (changes, asset_entities))
    ct_asset_store_emit_changed (assets);   /* the Assets tab and its detail */
  return TRUE;
}

void
ct_live_refresh_pages (AdwViewStack *stack,
                       GPtrArray    *changes)
{
  gboolean business;

  g_return_if_fail (ADW_IS_VIEW_STACK (stack));
  g_return_if_fail (changes != NULL);

  business = touches_business (changes);
  for (guint i = 0; i < G_N_ELEMENTS (page_entities); i++)
    {
      GtkWidget *page = adw_view_stack_get_child_by_name (stack, page_entities[i].page);

      if (!CT_IS_PAGE (page))
        continue;
      if (page_entities[i].entities != NULL ? touches (changes, page_entities[i].entities)
                                            : business)
        ct_page_refresh (CT_PAGE (page));
    }
}
