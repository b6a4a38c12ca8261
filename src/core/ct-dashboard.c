/* ct-dashboard.c — the dashboard's numbers: KPIs of two periods and the tables
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-dashboard"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ct-clock.h"
#include "ct-dashboard-private.h"
#include "ct-error.h"
#include "ct-work-calendar.h"

G_DEFINE_QUARK (ct-dashboard-error-quark, ct_dashboard_error)

/* Tables */

void
ct_dashboard_table_init (CtDashboardTable  *table,
                         guint              n_rows,
                         guint              n_columns,
                         const char *const *keys,
                         const char *const *labels)
{
  table->n_rows = n_rows;
  table->n_columns = n_columns;
  table->row_labels = g_new0 (char *, n_rows + 1);
  table->row_from = g_new0 (gint64, MAX (n_rows, 1));
  table->row_to = g_new0 (gint64, MAX (n_rows, 1));
  table->row_id = g_new0 (gint64, MAX (n_rows, 1));
  table->column_keys = g_new0 (const char *, n_columns + 1);
  table->column_labels = g_new0 (char *, n_columns + 1);
  table->values = g_new (double, MAX (n_rows * n_columns, 1));
  for (guint i = 0; i < n_rows * n_columns; i++)
    table->values[i] = NAN;
  for (guint j = 0; j < n_columns; j++)
    {
      table->column_keys[j] = keys[j];
      table->column_labels[j] = g_strdup (_(labels[j]));
    }
}

void
ct_dashboard_table_clear (CtDashboardTable *table)
{
  g_strfreev (table->row_labels);
  g_free (table->row_from);
  g_free (table->row_to);
  g_free (table->row_id);
  g_free (table->column_keys);
  g_strfreev (table->column_labels);
  g_free (table->values);
  memset (table, 0, sizeof *table);
}

void
ct_dashboard_table_set (CtDashboardTable *table,
                        guint             row,
                        guint             column,
                        double            value)
{
  g_assert (row < table->n_rows && column < table->n_columns);
  table->values[row * table->n_columns + column] = value;
}

double
ct_dashboard_table_get (const CtDashboardTable *table,
                        guint                   row,
                        guint                   column)
{
  g_return_val_if_fail (table != NULL, NAN);
  if (row >= table->n_rows || column >= table->n_columns)
    return NAN;
  return table->values[row * table->n_columns + column];
}

int
ct_dashboard_table_find_column (const CtDashboardTable *table,
                                const char             *key)
{
  g_return_val_if_fail (table != NULL, -1);
  for (guint j = 0; key != NULL && j < table->n_columns; j++)
    if (g_str_equal (table->column_keys[j], key))
      return (int) j;
  return -1;
}

/* Buckets */

GDateTime *
ct_dashboard_local (GTimeZone *tz,
                    gint64     t)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (t);

  return g_date_time_to_timezone (utc, tz);
}

gint64
ct_dashboard_bucket_start (GTimeZone *tz,
                           gint64     t,
                           gboolean   weekly)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (t);
  g_autoptr(GDateTime) local = g_date_time_to_timezone (utc, tz);
  g_autoptr(GDateTime) day = g_date_time_new (tz, g_date_time_get_year (local),
                                              g_date_time_get_month (local),
                                              g_date_time_get_day_of_month (local), 0, 0, 0);
  g_autoptr(GDateTime) start = NULL;

  if (!weekly)
    return g_date_time_to_unix (day);
  start = g_date_time_add_days (day, 1 - g_date_time_get_day_of_week (day));
  return g_date_time_to_unix (start);
}

gint64
ct_dashboard_bucket_next (GTimeZone *tz,
                          gint64     start,
                          gboolean   weekly)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (start);
  g_autoptr(GDateTime) local = g_date_time_to_timezone (utc, tz);
  g_autoptr(GDateTime) next = g_date_time_add_days (local, weekly ? 7 : 1);

  return ct_dashboard_bucket_start (tz, g_date_time_to_unix (next) + 7200, FALSE);
}

/* Computation */

/* Whole calendar months: the same number of months before; otherwise the same
 * length in seconds ending at period->from. */
static void
previous_period (GTimeZone         *tz,
                 const CtKpiPeriod *period,
                 CtKpiPeriod       *out)
{
  g_autoptr(GDateTime) from = ct_dashboard_local (tz, period->from);
  g_autoptr(GDateTime) to = ct_dashboard_local (tz, period->to);
  int months;

  *out = *period;
  out->to = period->from;
  out->from = period->from - (period->to - period->from);
  if (from == NULL || to == NULL
      || g_date_time_get_day_of_month (from) != 1 || g_date_time_get_day_of_month (to) != 1
      || g_date_time_get_hour (from) != 0 || g_date_time_get_hour (to) != 0)
    return;
  months = (g_date_time_get_year (to) - g_date_time_get_year (from)) * 12
           + g_date_time_get_month (to) - g_date_time_get_month (from);
  if (months > 0)
    {
      g_autoptr(GDateTime) prev = g_date_time_add_months (from, -months);
      out->from = g_date_time_to_unix (prev);
    }
}

static gboolean
compute_kpis (CtDashboard  *self,
              CtDatabase   *db,
              GError      **error)
{
  if (!(self->tickets = ct_ticket_kpis_compute (db, &self->period, error)))
    return FALSE;
  if (!(self->previous_tickets = ct_ticket_kpis_compute (db, &self->previous, error)))
    return FALSE;
  if (!(self->assets = ct_asset_kpis_compute (db, &self->period, error)))
    return FALSE;
  if (!(self->previous_assets = ct_asset_kpis_compute (db, &self->previous, error)))
    return FALSE;
  return TRUE;
}

CtDashboard *
ct_dashboard_compute (CtDatabase        *db,
                      const CtKpiPeriod *period,
                      GError           **error)
{
  g_autoptr(CtDashboard) self = NULL;

  g_return_val_if_fail (CT_IS_DATABASE (db), NULL);
  g_return_val_if_fail (period != NULL, NULL);

  if (period->to <= period->from)
    {
      g_set_error_literal (error, CT_DASHBOARD_ERROR, CT_DASHBOARD_ERROR_PERIOD,
                           _("The period must end after it starts: choose a later end date."));
      return NULL;
    }
  self = g_new0 (CtDashboard, 1);
  if (!(self->tz = ct_work_calendar_load_time_zone (db, error)))
    return NULL;
  self->period = *period;
  if (self->period.now == 0)
    self->period.now = ct_clock_now (ct_database_get_clock (db));
  self->weekly = (period->to - period->from) > CT_DASHBOARD_MAX_DAILY_DAYS * 86400 + 3600;
  previous_period (self->tz, &self->period, &self->previous);
  if (!compute_kpis (self, db, error)
      || !ct_dashboard_fill_series (self, db, error)
      || !ct_dashboard_fill_sql (self, db, error)
      || !ct_dashboard_fill_asset_ids (self, db, error))
    return NULL;
  return g_steal_pointer (&self);
}

void
ct_dashboard_free (CtDashboard *self)
{
  if (self == NULL)
    return;
  for (guint i = 0; i < CT_DASHBOARD_N_TABLES; i++)
    ct_dashboard_table_clear (&self->tables[i]);
  for (guint i = 0; i < CT_ASSET_N_KPIS; i++)
    g_clear_pointer (&self->asset_ids[i], g_array_unref);
  g_clear_pointer (&self->tickets, ct_ticket_kpis_free);
  g_clear_pointer (&self->previous_tickets, ct_ticket_kpis_free);
  g_clear_pointer (&self->assets, ct_asset_kpis_free);
  g_clear_pointer (&self->previous_assets, ct_asset_kpis_free);
  g_clear_pointer (&self->tz, g_time_zone_unref);
  g_free (self);
}

/* Getters */

const CtKpiPeriod *
ct_dashboard_get_period (const CtDashboard *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return &self->period;
}

const CtKpiPeriod *
ct_dashboard_get_previous_period (const CtDashboard *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return &self->previous;
}

gboolean
ct_dashboard_get_weekly (const CtDashboard *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->weekly;
}

const CtTicketKpis *
ct_dashboard_get_ticket_kpis (const CtDashboard *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->tickets;
}

const CtTicketKpis *
ct_dashboard_get_previous_ticket_kpis (const CtDashboard *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->previous_tickets;
}

const CtAssetKpis *
ct_dashboard_get_asset_kpis (const CtDashboard *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->assets;
}

const CtAssetKpis *
ct_dashboard_get_previous_asset_kpis (const CtDashboard *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->previous_assets;
}

const CtDashboardTable *
ct_dashboard_get_table (const CtDashboard  *self,
                        CtDashboardTableId  id)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (id < CT_DASHBOARD_N_TABLES, NULL);
  return &self->tables[id];
}

gboolean
ct_dashboard_get_row_period (const CtDashboard  *self,
                             CtDashboardTableId  id,
                             guint               row,
                             CtKpiPeriod        *out)
{
  const CtDashboardTable *table;

  g_return_val_if_fail (self != NULL && out != NULL, FALSE);
  g_return_val_if_fail (id < CT_DASHBOARD_N_TABLES, FALSE);
  table = &self->tables[id];
  if (row >= table->n_rows || table->row_to[row] == 0)
    return FALSE;
  *out = self->period;
  out->from = table->row_from[row];
  out->to = table->row_to[row];
  return TRUE;
}
