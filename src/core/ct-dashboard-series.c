/* ct-dashboard-series.c — the dashboard's tables over time buckets
 *
 * Each bucket (a day or a week, clipped to the period) is a CtKpiPeriod of
 * its own, and its figures are the KPIs of that period, computed by
 * ct_ticket_kpis_compute () and ct_asset_kpis_compute (): the charts use the
 * very definitions of the tiles. Buckets that start after "now" have no
 * value for the figures taken at an instant (backlog, rates, intact rate).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-dashboard"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ct-dashboard-private.h"
#include "ct-ticket.h"

static const char *const kind_keys[] = {
  "repair", "complaint", "consultation", "suggestion", "praise",
};
static const char *const kind_labels[] = {
  N_("Repairs"), N_("Complaints"), N_("Consultations"), N_("Suggestions"), N_("Praise"),
};
static const char *const on_time_keys[] = { "repair_on_time_rate", "response_on_time_rate" };
static const char *const on_time_labels[] = { N_("Repairs on time"), N_("Response on time") };
static const char *const backlog_keys[] = { "open", "overdue" };
static const char *const backlog_labels[] = { N_("Open"), N_("Open and overdue") };
static const char *const satisfaction_keys[] = { "score" };
static const char *const satisfaction_labels[] = { N_("Satisfaction score") };
static const char *const asset_keys[] = { "downtime_hours", "intact_rate" };
static const char *const asset_labels[] = { N_("Downtime (hours)"), N_("Intact rate") };

/* The buckets of @period as [from, to) pairs (gint64). */
static GArray *
make_buckets (GTimeZone         *tz,
              const CtKpiPeriod *period,
              gboolean           weekly)
{
  GArray *buckets = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 start = ct_dashboard_bucket_start (tz, period->from, weekly);

  while (start < period->to)
    {
      gint64 next = ct_dashboard_bucket_next (tz, start, weekly);
      gint64 from = MAX (start, period->from), to = MIN (next, period->to);

      g_array_append_val (buckets, from);
      g_array_append_val (buckets, to);
      start = next;
    }
  return buckets;
}

/* "10-01" for a day or the first day of a week. */
static char *
bucket_label (GTimeZone *tz,
              gint64     from)
{
  g_autoptr(GDateTime) dt = ct_dashboard_local (tz, from);

  return g_date_time_format (dt, "%m-%d");
}

static void
init_bucket_table (CtDashboard       *self,
                   CtDashboardTableId id,
                   GArray            *buckets,
                   guint              n_columns,
                   const char *const *keys,
                   const char *const *labels)
{
  CtDashboardTable *table = &self->tables[id];

  ct_dashboard_table_init (table, buckets->len / 2, n_columns, keys, labels);
  for (guint r = 0; r < table->n_rows; r++)
    {
      table->row_from[r] = g_array_index (buckets, gint64, 2 * r);
      table->row_to[r] = g_array_index (buckets, gint64, 2 * r + 1);
      table->row_labels[r] = bucket_label (self->tz, table->row_from[r]);
    }
}

static double
ticket_value (const CtTicketKpis *kpis,
              const char         *key)
{
  double value;

  return ct_ticket_kpis_get_value (kpis, key, &value) ? value : NAN;
}

static void
fill_ticket_row (CtDashboard        *self,
                 guint               row,
                 const CtTicketKpis *kpis,
                 gboolean            started)
{
  gint64 overdue, open;

  for (guint k = 0; k < G_N_ELEMENTS (kind_keys); k++)
    ct_dashboard_table_set (&self->tables[CT_DASHBOARD_TICKETS_BY_KIND], row, k,
                            ct_ticket_kpis_get_created_by_kind (kpis, kind_keys[k]));
  if (!started)
    return;
  for (guint k = 0; k < G_N_ELEMENTS (on_time_keys); k++)
    ct_dashboard_table_set (&self->tables[CT_DASHBOARD_ON_TIME_RATE], row, k,
                            ticket_value (kpis, on_time_keys[k]));
  ct_ticket_kpis_get_counts (kpis, "overdue_open", &overdue, &open);
  ct_dashboard_table_set (&self->tables[CT_DASHBOARD_BACKLOG], row, 0, open);
  ct_dashboard_table_set (&self->tables[CT_DASHBOARD_BACKLOG], row, 1, overdue);
}

static gboolean
fill_ticket_buckets (CtDashboard  *self,
                     CtDatabase   *db,
                     GError      **error)
{
  const CtDashboardTable *table = &self->tables[CT_DASHBOARD_TICKETS_BY_KIND];

  for (guint r = 0; r < table->n_rows; r++)
    {
      g_autoptr(CtTicketKpis) kpis = NULL;
      CtKpiPeriod p = self->period;

      p.from = table->row_from[r];
      p.to = table->row_to[r];
      if (!(kpis = ct_ticket_kpis_compute (db, &p, error)))
        return FALSE;
      fill_ticket_row (self, r, kpis, p.from <= self->period.now);
    }
  return TRUE;
}

static gboolean
fill_week_buckets (CtDashboard  *self,
                   CtDatabase   *db,
                   GError      **error)
{
  const CtDashboardTable *table = &self->tables[CT_DASHBOARD_SATISFACTION];

  for (guint r = 0; r < table->n_rows; r++)
    {
      g_autoptr(CtTicketKpis) tickets = NULL;
      g_autoptr(CtAssetKpis) assets = NULL;
      CtKpiPeriod p = self->period;
      double down = 0, service = 0, intact;

      p.from = table->row_from[r];
      p.to = table->row_to[r];
      if (p.from > self->period.now)
        continue;
      if (!(tickets = ct_ticket_kpis_compute (db, &p, error))
          || !(assets = ct_asset_kpis_compute (db, &p, error)))
        return FALSE;
      ct_dashboard_table_set (&self->tables[CT_DASHBOARD_SATISFACTION], r, 0,
                              ticket_value (tickets, "satisfaction_score"));
      /* asset_availability counts: seconds down / seconds in service. */
      ct_asset_kpis_get_counts (assets, "asset_availability", &down, &service);
      ct_dashboard_table_set (&self->tables[CT_DASHBOARD_ASSETS], r, 0, down / 3600.0);
      if (ct_asset_kpis_get_value (assets, "asset_intact_rate", &intact))
        ct_dashboard_table_set (&self->tables[CT_DASHBOARD_ASSETS], r, 1, intact);
    }
  return TRUE;
}

gboolean
ct_dashboard_fill_series (CtDashboard  *self,
                          CtDatabase   *db,
                          GError      **error)
{
  g_autoptr(GArray) buckets = make_buckets (self->tz, &self->period, self->weekly);
  g_autoptr(GArray) weeks = make_buckets (self->tz, &self->period, TRUE);

  init_bucket_table (self, CT_DASHBOARD_TICKETS_BY_KIND, buckets,
                     G_N_ELEMENTS (kind_keys), kind_keys, kind_labels);
  /* The kinds as the Tickets tab names them (报修, 投诉 …). */
  for (guint k = 0; k < G_N_ELEMENTS (kind_keys); k++)
    {
      g_free (self->tables[CT_DASHBOARD_TICKETS_BY_KIND].column_labels[k]);
      self->tables[CT_DASHBOARD_TICKETS_BY_KIND].column_labels[k] =
        g_strdup (ct_ticket_kind_label (kind_keys[k]));
    }
  init_bucket_table (self, CT_DASHBOARD_ON_TIME_RATE, buckets,
                     G_N_ELEMENTS (on_time_keys), on_time_keys, on_time_labels);
  init_bucket_table (self, CT_DASHBOARD_BACKLOG, buckets,
                     G_N_ELEMENTS (backlog_keys), backlog_keys, backlog_labels);
  init_bucket_table (self, CT_DASHBOARD_SATISFACTION, weeks,
                     G_N_ELEMENTS (satisfaction_keys), satisfaction_keys, satisfaction_labels);
  init_bucket_table (self, CT_DASHBOARD_ASSETS, weeks,
                     G_N_ELEMENTS (asset_keys), asset_keys, asset_labels);
  return fill_ticket_buckets (self, db, error) && fill_week_buckets (self, db, error);
}
