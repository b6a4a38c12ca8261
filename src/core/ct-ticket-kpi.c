/* ct-ticket-kpi.c — the ticket KPIs of KPI.md: queries and computation
 *
 * The rows of ct_ticket_kpi_defs (ct-ticket-kpi-defs.c) become one aggregate
 * query per source (one pass for all its KPIs), the drill-down lists and the
 * ranked queries of the median and 90th percentile. Only SQL text written in
 * these two files goes into statements; the period is bound (:from, :to, :now,
 * :at = min(now, to), :site).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-ticket-kpi"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ct-error.h"
#include "ct-kpi-sql-private.h"
#include "ct-ticket-kpi-private.h"

#define VOID_OUT    "t.status NOT IN ('cancelled', 'invalid')"
#define OPEN_STATUS "t.status IN ('new', 'accepted', 'dispatched', 'in_progress', 'paused')"

/* The tickets of each source; "+" keeps the planner on the time index. */
static const char *const source_where[CT_TICKET_KPI_N_SOURCES] = {
  [CT_TICKET_KPI_CREATED]  = "t.created_at >= :from AND t.created_at < :to",
  [CT_TICKET_KPI_RESOLVED] = "t.resolved_at >= :from AND t.resolved_at < :to",
  [CT_TICKET_KPI_VISITED]  = "t.visited_at >= :from AND t.visited_at < :to",
  [CT_TICKET_KPI_OPEN]     = "((" OPEN_STATUS " AND t.created_at < :at) "
                             "OR (t.resolved_at >= :at AND +t.created_at < :at))",
};

G_DEFINE_BOXED_TYPE (CtTicketKpis, ct_ticket_kpis, ct_ticket_kpis_copy, ct_ticket_kpis_free)

/* SQL */

static void
append_where (GString           *sql,
              CtTicketKpiSource  source,
              gboolean           by_site)
{
  g_string_append_printf (sql, " FROM tickets t WHERE %s AND " VOID_OUT, source_where[source]);
  if (by_site)
    g_string_append (sql, source == CT_TICKET_KPI_CREATED ? " AND t.site_id = :site"
                                                          : " AND +t.site_id = :site");
}

/* sum(den) and sum(num within den) for a count or fraction; the sum of the
 * values for a score or a mean; nothing to sum for a percentile. */
static void
append_columns (GString              *sql,
                const CtTicketKpiDef *def)
{
  const char *den = def->den ? def->den : "1";

  g_string_append_printf (sql, ", sum(%s)", den);
  if (def->percentile)
    g_string_append (sql, ", 0");
  else if (def->num == NULL)
    g_string_append_printf (sql, ", sum(%s)", den);
  else if (def->unit == CT_KPI_UNIT_COUNT || def->unit == CT_KPI_UNIT_FRACTION)
    g_string_append_printf (sql, ", sum((%s) AND (%s))", den, def->num);
  else
    g_string_append_printf (sql, ", sum(CASE WHEN %s THEN %s END)", den, def->num);
}

static char *
aggregate_sql (CtTicketKpiSource source,
               gboolean          by_site)
{
  GString *sql = g_string_new ("SELECT count(*)");

  for (guint i = 0; i < CT_TICKET_N_KPIS; i++)
    if (ct_ticket_kpi_defs[i].source == source)
      append_columns (sql, &ct_ticket_kpi_defs[i]);
  for (guint k = 0; source == CT_TICKET_KPI_CREATED && k < CT_TICKET_N_KINDS; k++)
    g_string_append_printf (sql, ", sum(t.kind = '%s')", ct_ticket_kpi_kinds[k]);
  append_where (sql, source, by_site);
  return g_string_free (sql, FALSE);
}

/* The tickets behind a denominator (or numerator), by id; "+" keeps the
 * planner on the source's index (and off a scan in id order). */
static char *
ids_sql (const CtTicketKpiDef *def,
         gboolean              by_site,
         gboolean              numerator)
{
  GString *sql = g_string_new ("SELECT t.id");

  append_where (sql, def->source, by_site);
  if (def->den)
    g_string_append_printf (sql, " AND +(%s)", def->den);
  if (numerator && def->num && !def->percentile
      && (def->unit == CT_KPI_UNIT_COUNT || def->unit == CT_KPI_UNIT_FRACTION))
    g_string_append_printf (sql, " AND +(%s)", def->num);
  g_string_append (sql, " ORDER BY +t.id");
  return g_string_free (sql, FALSE);
}

static char *
rank_sql (const CtTicketKpiDef *def,
          gboolean              by_site)
{
  GString *sql = g_string_new (NULL);

  g_string_append_printf (sql, "SELECT %s AS value", def->num);
  append_where (sql, def->source, by_site);
  if (def->den)
    g_string_append_printf (sql, " AND +(%s)", def->den);
  g_string_append (sql, " ORDER BY value LIMIT :limit OFFSET :offset");
  return g_string_free (sql, FALSE);
}

/* A copy of @period with now filled in; fails when it ends before it starts. */
static gboolean
normalise_period (CtDatabase        *db,
                  const CtKpiPeriod *period,
                  CtKpiPeriod       *out,
                  GError           **error)
{
  *out = *period;
  if (out->to <= out->from)
    {
      g_set_error_literal (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
                           _("The period must end after it starts: choose a later end date."));
      return FALSE;
    }
  if (out->now == 0)
    out->now = ct_clock_now (ct_database_get_clock (db));
  return TRUE;
}

/* Drill-down */

GArray *
ct_ticket_kpi_ids (CtDatabase        *db,
                   const CtKpiPeriod *period,
                   const char        *key,
                   gboolean           numerator,
                   GError           **error)
{
  const CtTicketKpiDef *def = ct_ticket_kpi_find (key);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *sql = NULL;
  CtKpiPeriod p;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (CT_IS_DATABASE (db), NULL);
  g_return_val_if_fail (period != NULL, NULL);
  g_return_val_if_fail (def != NULL, NULL);

  if (!normalise_period (db, period, &p, error))
    return NULL;
  sql = ids_sql (def, p.site_id != 0, numerator);
  if (!(stmt = ct_kpi_prepare (db, sql, &p, error)))
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_array_append_val (ids, (gint64) { sqlite3_column_int64 (stmt, 0) });
  if (!ct_kpi_finish (db, stmt, rc, error))
    return NULL;
  return g_steal_pointer (&ids);
}

/* Computation */

static gboolean
run_aggregate (CtDatabase         *db,
               CtTicketKpis       *self,
               CtTicketKpiSource   source,
               GError            **error)
{
  g_autofree char *sql = aggregate_sql (source, self->period.site_id != 0);
  sqlite3_stmt *stmt;
  int rc, col = 1;

  if (!(stmt = ct_kpi_prepare (db, sql, &self->period, error)))
    return FALSE;
  if ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      for (guint i = 0; i < CT_TICKET_N_KPIS; i++)
        {
          if (ct_ticket_kpi_defs[i].source != source)
            continue;
          self->den[i] = sqlite3_column_int64 (stmt, col++);
          self->num[i] = sqlite3_column_int64 (stmt, col++);
        }
      for (guint k = 0; source == CT_TICKET_KPI_CREATED && k < CT_TICKET_N_KINDS; k++)
        self->by_kind[k] = sqlite3_column_int64 (stmt, col++);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    ct_database_set_error (db, rc, error);
  return rc == SQLITE_ROW;
}

/* The median (the mean of the two middle values when their number is even)
 * or the nearest-rank percentile: the value at rank ⌈p·n/100⌉. */
static gboolean
run_rank (CtDatabase    *db,
          CtTicketKpis  *self,
          guint          i,
          GError       **error)
{
  const CtTicketKpiDef *def = &ct_ticket_kpi_defs[i];
  g_autofree char *sql = rank_sql (def, self->period.site_id != 0);
  gint64 n = self->den[i], limit = 1, offset;
  double values[2] = { 0, 0 };
  sqlite3_stmt *stmt;
  int rc, got = 0;

  if (n == 0)
    return TRUE;
  if (def->percentile == 50)
    {
      offset = (n - 1) / 2;
      limit = n % 2 ? 1 : 2;
    }
  else
    offset = (n * def->percentile + 99) / 100 - 1;
  if (!(stmt = ct_kpi_prepare (db, sql, &self->period, error)))
    return FALSE;
  ct_kpi_bind (stmt, ":limit", limit);
  ct_kpi_bind (stmt, ":offset", offset);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW && got < 2)
    values[got++] = sqlite3_column_double (stmt, 0);
  if (!ct_kpi_finish (db, stmt, rc, error))
    return FALSE;
  self->has_value[i] = got > 0;
  self->value[i] = (got == 2 ? (values[0] + values[1]) / 2 : values[0]) / 60.0;
  self->num[i] = (gint64) round (self->value[i] * 60.0);
  return TRUE;
}

static void
finish_values (CtTicketKpis *self)
{
  for (guint i = 0; i < CT_TICKET_N_KPIS; i++)
    {
      double num = self->num[i], den = self->den[i];

      if (ct_ticket_kpi_defs[i].percentile)
        continue;
      self->has_value[i] = ct_ticket_kpi_defs[i].unit == CT_KPI_UNIT_COUNT || den > 0;
      switch (ct_ticket_kpi_defs[i].unit)
        {
        case CT_KPI_UNIT_COUNT:
          self->value[i] = num;
          break;
        case CT_KPI_UNIT_FRACTION:
          self->value[i] = den > 0 ? num / den : 0;
          break;
        case CT_KPI_UNIT_SCORE:
          self->value[i] = den > 0 ? num * 20.0 / den : 0;
          break;
        case CT_KPI_UNIT_MINUTES:
          self->value[i] = den > 0 ? num / 60.0 / den : 0;
          break;
        default:
          g_assert_not_reached ();
        }
    }
}

static gboolean
run_queries (CtDatabase    *db,
             CtTicketKpis  *self,
             GError       **error)
{
  for (CtTicketKpiSource s = 0; s < CT_TICKET_KPI_N_SOURCES; s++)
    if (!run_aggregate (db, self, s, error))
      return FALSE;
  for (guint i = 0; i < CT_TICKET_N_KPIS; i++)
    if (ct_ticket_kpi_defs[i].percentile && !run_rank (db, self, i, error))
      return FALSE;
  return TRUE;
}

/* One read transaction, so that every figure comes from the same snapshot
 * (unless the caller is already inside one). */
static gboolean
compute_in_snapshot (CtDatabase    *db,
                     CtTicketKpis  *self,
                     GError       **error)
{
  sqlite3 *handle = ct_database_get_handle (db);
  gboolean own = sqlite3_get_autocommit (handle) != 0;
  gboolean ok;
  int rc;

  if (own && (rc = sqlite3_exec (handle, "BEGIN", NULL, NULL, NULL)) != SQLITE_OK)
    {
      ct_database_set_error (db, rc, error);
      return FALSE;
    }
  ok = run_queries (db, self, error);
  /* Nothing was written: ending the read transaction either way is the same. */
  if (own && sqlite3_exec (handle, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
    sqlite3_exec (handle, "ROLLBACK", NULL, NULL, NULL);
  return ok;
}

CtTicketKpis *
ct_ticket_kpis_compute (CtDatabase        *db,
                        const CtKpiPeriod *period,
                        GError           **error)
{
  g_autoptr(CtTicketKpis) self = NULL;

  g_return_val_if_fail (CT_IS_DATABASE (db), NULL);
  g_return_val_if_fail (period != NULL, NULL);

  self = g_new0 (CtTicketKpis, 1);
  if (!normalise_period (db, period, &self->period, error))
    return NULL;
  self->instant = MIN (self->period.now, self->period.to);
  if (!compute_in_snapshot (db, self, error))
    return NULL;
  finish_values (self);
  return g_steal_pointer (&self);
}

CtTicketKpis *
ct_ticket_kpis_copy (const CtTicketKpis *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return g_memdup2 (self, sizeof *self);
}

void
ct_ticket_kpis_free (CtTicketKpis *self)
{
  g_free (self);
}
