/* ct-assets-overdue.c — the tab's badge: open maintenance tasks past their
 * due date, counted again on every change of the ledger and after midnight
 * (in the database's zone), when yesterday's tasks become overdue
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-assets-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-assets-page-private.h"
#include "ct-maintenance.h"

/* Without a time zone the day is checked once an hour. */
#define FALLBACK_SECONDS 3600

void
ct_assets_page_update_badge (CtAssetsPage *self)
{
  g_autoptr(GError) error = NULL;
  guint n = 0;

  if (self->store != NULL)
    n = ct_maintenance_count_overdue (self->store, NULL, &error);
  if (error != NULL)   /* another program may hold the file: the next change retries */
    g_warning ("Cannot count overdue maintenance tasks: %s", error->message);
  ct_page_set_badge (CT_PAGE (self), n);
}

/* Seconds from the clock's now to just after the next midnight. */
static guint
seconds_to_midnight (CtAssetsPage *self)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GDateTime) midnight = NULL;
  g_autoptr(GDateTime) next = NULL;

  if (self->tz == NULL)
    return FALLBACK_SECONDS;
  utc = g_date_time_new_from_unix_utc (ct_clock_now (ct_context_get_clock (self->context)));
  local = g_date_time_to_timezone (utc, self->tz);
  midnight = g_date_time_new (self->tz, g_date_time_get_year (local),
                              g_date_time_get_month (local),
                              g_date_time_get_day_of_month (local), 0, 0, 0);
  next = g_date_time_add_days (midnight, 1);
  return (guint) CLAMP (g_date_time_difference (next, local) / G_TIME_SPAN_SECOND + 1,
                        1, 25 * 3600);
}

static gboolean
new_day_cb (gpointer user_data)
{
  CtAssetsPage *self = CT_ASSETS_PAGE (user_data);

  self->day_id = 0;
  /* "Overdue" and "due soon" are relative to today. */
  ct_assets_page_refresh (self);
  ct_assets_page_rebind_cells (self);
  ct_assets_page_start_day_timer (self);
  return G_SOURCE_REMOVE;
}

void
ct_assets_page_start_day_timer (CtAssetsPage *self)
{
  ct_assets_page_stop_day_timer (self);
  if (self->context != NULL)
    self->day_id = g_timeout_add_seconds (seconds_to_midnight (self), new_day_cb, self);
}

void
ct_assets_page_stop_day_timer (CtAssetsPage *self)
{
  g_clear_handle_id (&self->day_id, g_source_remove);
}
