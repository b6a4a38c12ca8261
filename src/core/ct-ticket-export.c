/* ct-ticket-export.c — the tickets of a query, in its order, ready to write
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-ticket-export"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ct-database-private.h"
#include "ct-error.h"
#include "ct-ticket-export-private.h"
#include "ct-ticket-query-private.h"

/* Progress is reported every this many rows. */
#define PROGRESS_ROWS 1000

/* In the order of CtTicketColumn. */
static const char select_columns[] =
  "code, kind, repair_class, category, channel, site_id, building_id, unit_id, reporter, "
  "phone, title, description, department_id, assignee_id, created_at, accepted_at, "
  "dispatched_at, arrived_at, resolved_at, visited_at, archived_at, appointment_at, "
  "satisfaction, reopened_count, status";

struct _CtTicketExportRows
{
  CtOrganisation *org;
  CtDatabase     *db;
  GTimeZone      *tz;
  sqlite3_stmt   *stmt;
  guint           total;
  GHashTable     *units;         /* id → address, as met */
  GHashTable     *staff;         /* id → label */
  char            satisfaction[16];
  char            reopened[16];
};

static void
rows_free (CtTicketExportRows *rows)
{
  g_clear_pointer (&rows->tz, g_time_zone_unref);
  g_clear_pointer (&rows->stmt, sqlite3_finalize);
  g_clear_pointer (&rows->units, g_hash_table_unref);
  g_clear_pointer (&rows->staff, g_hash_table_unref);
  g_free (rows);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtTicketExportRows, rows_free)

/* Staff by name, or "name (employee number)" when others share the name, so
 * that the file imports again. */
static GHashTable *
label_staff (CtOrganisation *org)
{
  GListModel *model = ct_record_store_get_model (ct_organisation_get_staff (org));
  guint n = g_list_model_get_n_items (model);
  g_autoptr(GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTable *labels = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CtRecord) staff = g_list_model_get_item (model, i);
      const char *name = ct_record_get_string (staff, "name");
      guint count = GPOINTER_TO_UINT (g_hash_table_lookup (names, name));

      g_hash_table_insert (names, (gpointer) name, GUINT_TO_POINTER (count + 1));
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CtRecord) staff = g_list_model_get_item (model, i);
      const char *name = ct_record_get_string (staff, "name");
      gboolean shared = GPOINTER_TO_UINT (g_hash_table_lookup (names, name)) > 1;
      gint64 id = ct_record_get_id (staff);

      g_hash_table_insert (labels, g_memdup2 (&id, sizeof id),
                           shared ? g_strdup_printf ("%s (%s)", name,
                                                     ct_record_get_string (staff, "employee_no"))
                                  : g_strdup (name));
    }
  return labels;
}

static char *
order_by (const CtTicketQuery *query)
{
  const CtTicketSortSpec *spec = ct_ticket_sort_get_spec (query->sort);
  const char *direction = query->descending ? " DESC" : "";
  GString *sql = g_string_new (" ORDER BY ");

  /* Rows without the first key come last either way (like the list). */
  if (spec->nullable)
    g_string_append_printf (sql, "%s IS NULL, ", spec->keys[0]);
  for (guint i = 0; i < spec->n_keys; i++)
    g_string_append_printf (sql, "%s%s, ", spec->keys[i], direction);
  g_string_append_printf (sql, "id%s", direction);
  return g_string_free (sql, FALSE);
}

static gboolean
count_rows (CtTicketExportRows  *rows,
            CtTicketFilter      *filter,
            GError             **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM tickets WHERE %s",
                                          ct_ticket_filter_get_sql (filter));
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (ct_database_get_handle (rows->db), sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    {
      ct_ticket_filter_bind (filter, stmt, 1);
      rc = sqlite3_step (stmt);
      rows->total = rc == SQLITE_ROW ? (guint) sqlite3_column_int64 (stmt, 0) : 0;
    }
  if (rc != SQLITE_OK && rc != SQLITE_ROW)
    ct_database_set_error (rows->db, rc, error);
  sqlite3_finalize (stmt);
  return rc == SQLITE_OK || rc == SQLITE_ROW;
}

static CtTicketExportRows *
rows_new (CtTicketStore        *store,
          const CtTicketQuery  *query,
          GError              **error)
{
  g_autoptr(CtTicketExportRows) rows = g_new0 (CtTicketExportRows, 1);
  g_autoptr(CtTicketFilter) filter =
    ct_ticket_filter_new_for (ct_ticket_store_get_database (store), query, TRUE, NULL);
  g_autofree char *order = order_by (query);
  g_autofree char *sql = NULL;
  int rc;

  rows->org = ct_ticket_store_get_organisation (store);
  rows->db = ct_ticket_store_get_database (store);
  if (!(rows->tz = ct_ticket_io_dup_timezone (rows->db, error))
      || !count_rows (rows, filter, error))
    return NULL;
  sql = g_strdup_printf ("SELECT %s FROM tickets WHERE %s%s", select_columns,
                         ct_ticket_filter_get_sql (filter), order);
  rc = sqlite3_prepare_v2 (ct_database_get_handle (rows->db), sql, -1, &rows->stmt, NULL);
  if (rc != SQLITE_OK)
    {
      ct_database_set_error (rows->db, rc, error);
      return NULL;
    }
  ct_ticket_filter_bind (filter, rows->stmt, 1);
  rows->units = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  rows->staff = label_staff (rows->org);
  return g_steal_pointer (&rows);
}

guint
ct_ticket_export_rows_get_total (CtTicketExportRows *rows)
{
  return rows->total;
}

GTimeZone *
ct_ticket_export_rows_get_timezone (CtTicketExportRows *rows)
{
  return rows->tz;
}

/* Row values */

static const char *
record_text (CtRecordStore *store,
             gint64         id,
             const char    *field)
{
  CtRecord *record = id != 0 ? ct_record_store_lookup (store, id) : NULL;

  return record != NULL ? ct_record_get_string (record, field) : "";
}

static const char *
unit_address (CtTicketExportRows *rows,
              gint64              id)
{
  CtRecord *unit;
  char *address;

  if (id == 0)
    return "";
  address = g_hash_table_lookup (rows->units, &id);
  if (address != NULL)
    return address;
  unit = ct_record_store_lookup (ct_organisation_get_units (rows->org), id);
  if (unit == NULL)
    return "";
  address = ct_organisation_dup_unit_address (rows->org, CT_UNIT (unit));
  g_hash_table_insert (rows->units, g_memdup2 (&id, sizeof id), address);
  return address;
}

static const char *
reference (CtTicketExportRows *rows,
           CtTicketColumn      column,
           gint64              id)
{
  const char *label;

  if (column == CT_TICKET_COL_SITE)
    return record_text (ct_organisation_get_sites (rows->org), id, "name");
  if (column == CT_TICKET_COL_BUILDING)
    return record_text (ct_organisation_get_buildings (rows->org), id, "code");
  if (column == CT_TICKET_COL_UNIT)
    return unit_address (rows, id);
  if (column == CT_TICKET_COL_DEPARTMENT)
    return record_text (ct_organisation_get_departments (rows->org), id, "name");
  g_assert (column == CT_TICKET_COL_ASSIGNEE);
  label = id != 0 ? g_hash_table_lookup (rows->staff, &id) : NULL;
  return label != NULL ? label : "";
}

static void
read_number (CtTicketExportRows *rows,
             CtTicketExportRow  *row,
             CtTicketColumn      column,
             char               *buffer)
{
  gint64 value = sqlite3_column_int64 (rows->stmt, column);

  row->number[column] = value;
  if (column == CT_TICKET_COL_SATISFACTION && value == 0)
    buffer[0] = '\0';
  else
    g_snprintf (buffer, 16, "%" G_GINT64_FORMAT, value);
  row->text[column] = buffer;
}

static void
read_row (CtTicketExportRows *rows,
          CtTicketExportRow  *row)
{
  static const CtTicketColumn references[] = {
    CT_TICKET_COL_SITE, CT_TICKET_COL_BUILDING, CT_TICKET_COL_UNIT, CT_TICKET_COL_DEPARTMENT,
    CT_TICKET_COL_ASSIGNEE,
  };

  for (guint i = 0; i < CT_TICKET_N_COLUMNS; i++)
    {
      const char *text = (const char *) sqlite3_column_text (rows->stmt, i);

      row->number[i] = 0;
      row->text[i] = ct_ticket_columns[i].is_time || text == NULL ? "" : text;
      if (ct_ticket_columns[i].is_time)
        row->number[i] = sqlite3_column_int64 (rows->stmt, i);
    }
  for (guint i = 0; i < G_N_ELEMENTS (references); i++)
    row->text[references[i]] = reference (rows, references[i],
                                          sqlite3_column_int64 (rows->stmt, references[i]));
  read_number (rows, row, CT_TICKET_COL_SATISFACTION, rows->satisfaction);
  read_number (rows, row, CT_TICKET_COL_REOPENED_COUNT, rows->reopened);
}

gboolean
ct_ticket_export_rows_next (CtTicketExportRows  *rows,
                            CtTicketExportRow   *row,
                            GError             **error)
{
  int rc = sqlite3_step (rows->stmt);

  if (rc == SQLITE_ROW)
    {
      read_row (rows, row);
      return TRUE;
    }
  if (rc != SQLITE_DONE)
    ct_database_set_error (rows->db, rc, error);
  return FALSE;
}

/* Running an export */

gboolean
ct_ticket_export_row_done (CtTicketExportRun  *run,
                           GError            **error)
{
  guint total = ct_ticket_export_rows_get_total (run->rows);
  g_autofree char *message = NULL;

  run->n_written++;
  if (g_cancellable_set_error_if_cancelled (run->cancellable, error))
    return FALSE;
  if (run->progress_cb == NULL || run->n_written % PROGRESS_ROWS != 0)
    return TRUE;
  message = g_strdup_printf (_("Writing ticket %u of %u…"), run->n_written, total);
  run->progress_cb (total > 0 ? MIN (1.0, (double) run->n_written / total) : 1.0, message,
                    run->user_data);
  return TRUE;
}

gboolean
ct_ticket_export_format_from_path (const char           *path,
                                   CtTicketExportFormat *format)
{
  g_autofree char *lower = NULL;

  g_return_val_if_fail (path != NULL && format != NULL, FALSE);

  lower = g_ascii_strdown (path, -1);
  if (g_str_has_suffix (lower, ".csv"))
    *format = CT_TICKET_EXPORT_CSV;
  else if (g_str_has_suffix (lower, ".xlsx"))
    *format = CT_TICKET_EXPORT_XLSX;
  else
    return FALSE;
  return TRUE;
}

gboolean
ct_ticket_export (CtTicketStore          *store,
                  const CtTicketQuery    *query,
                  const char             *path,
                  CtTicketExportFormat    format,
                  CtTicketExportProgress  progress_cb,
                  gpointer                user_data,
                  GCancellable           *cancellable,
                  guint                  *n_rows,
                  GError                **error)
{
  g_autoptr(CtTicketExportRows) rows = NULL;
  CtTicketExportRun run = { NULL, path, progress_cb, user_data, cancellable, 0 };
  gboolean ok;

  g_return_val_if_fail (CT_IS_TICKET_STORE (store), FALSE);
  g_return_val_if_fail (query != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (n_rows != NULL)
    *n_rows = 0;
  if (!(rows = run.rows = rows_new (store, query, error)))
    return FALSE;
  if (format == CT_TICKET_EXPORT_XLSX)
    ok = ct_ticket_export_write_xlsx (&run, error);
  else
    ok = ct_ticket_export_write_csv (&run, error);
  if (ok && progress_cb != NULL)
    progress_cb (1.0, _("Done"), user_data);
  if (ok && n_rows != NULL)
    *n_rows = run.n_written;
  return ok;
}

gboolean
ct_ticket_export_csv (CtTicketStore        *store,
                      const CtTicketQuery  *query,
                      const char           *path,
                      GError              **error)
{
  return ct_ticket_export (store, query, path, CT_TICKET_EXPORT_CSV, NULL, NULL, NULL, NULL,
                           error);
}

gboolean
ct_ticket_export_xlsx (CtTicketStore        *store,
                       const CtTicketQuery  *query,
                       const char           *path,
                       GError              **error)
{
  return ct_ticket_export (store, query, path, CT_TICKET_EXPORT_XLSX, NULL, NULL, NULL, NULL,
                           error);
}
