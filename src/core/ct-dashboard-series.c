/* ct-dashboard-series.c — the dashboard's tables over time buckets
 *
 * Each bucket (a day or a week, clipped to the period) is a CtKpiPeriod of
 * its own, and its figures are the KPIs of that period, as
 * ct_ticket_kpis_compute () and ct_asset_kpis_compute () would give them:
 * the charts use the very definitions of the tiles. They are computed for
 * all buckets at once (ct-dashboard-grouped.c). Buckets that start after
 * "now" have no value for the figures taken at an instant (backlog, rates,
 * satisfaction, assets).
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
  return ct_dashboard_fill_grouped (self, db, error);
}
