/* ct-asset-print-data.c — what an asset's label and maintenance record form
 * show, gathered from the ledger and formatted
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-asset-print"

#include "config.h"

#include <inttypes.h>

#include <glib/gi18n.h>

#include "ct-asset-print-private.h"
#include "ct-error.h"
#include "ct-maintenance.h"
#include "ct-work-calendar.h"

static char *
dup_field (gpointer    record,
           const char *field)
{
  const char *text = record != NULL ? ct_record_get_string (CT_RECORD (record), field) : NULL;

  return g_strdup (text != NULL ? text : "");
}

static CtRecord *
lookup (CtRecordStore *store,
        CtRecord      *record,
        const char    *ref_field)
{
  gint64 id = ct_record_get_int (record, ref_field);

  return id > 0 ? ct_record_store_lookup (store, id) : NULL;
}

static char *
format_time (GTimeZone  *tz,
             gint64      seconds,
             const char *format)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (seconds <= 0 || (utc = g_date_time_new_from_unix_utc (seconds)) == NULL)
    return g_strdup ("");
  local = g_date_time_to_timezone (utc, tz);
  return g_date_time_format (local, format);
}

/* "Company · Site" as on the ticket forms, or whichever of them exists. */
static char *
company_text (CtDatabase *db,
              const char *site)
{
  g_autofree char *company = ct_database_dup_setting (db, "company_name");

  if (company == NULL || *company == '\0')
    return g_strdup (site);
  if (*site == '\0')
    return g_steal_pointer (&company);
  /* TRANSLATORS: heading of a printed form: company and site (小区) */
  return g_strdup_printf (_("%s · %s"), company, site);
}

/* Building and plant room, "3号楼 · B1 配电室". */
static char *
location_text (CtAssetStore *store,
               CtRecord     *asset)
{
  CtOrganisation *org = ct_asset_store_get_organisation (store);
  CtRecord *building = lookup (ct_organisation_get_buildings (org), asset, "building_id");
  CtRecord *location = lookup (ct_asset_store_get_locations (store), asset, "location_id");
  g_autofree char *building_name = dup_field (building, "name");
  g_autofree char *location_name = dup_field (location, "name");

  if (*building_name == '\0' || *location_name == '\0')
    return g_strconcat (building_name, location_name, NULL);
  /* TRANSLATORS: where an asset is, "Building 3 · B1 switch room" */
  return g_strdup_printf (_("%s · %s"), building_name, location_name);
}

static void
fill_asset (CtAssetPrintData *data,
            CtAsset          *asset)
{
  data->code = dup_field (asset, "code");
  data->name = dup_field (asset, "name");
  data->category = g_strdup (ct_asset_category_label (ct_asset_get_category (asset)));
  data->manufacturer = dup_field (asset, "manufacturer");
  data->model = dup_field (asset, "model");
  data->serial = dup_field (asset, "serial");
  data->contractor = dup_field (asset, "contractor");
  data->registration_no = dup_field (asset, "registration_no");
  data->statutory_due = dup_field (asset, "statutory_due");
}

CtAssetPrintData *
ct_asset_print_data_new (CtAssetStore  *store,
                         CtAsset       *asset,
                         GError       **error)
{
  g_autoptr(CtAssetPrintData) data = NULL;
  g_autoptr(GTimeZone) tz = NULL;
  CtDatabase *db;
  CtRecord *site;

  g_return_val_if_fail (CT_IS_ASSET_STORE (store), NULL);
  g_return_val_if_fail (CT_IS_ASSET (asset), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  db = ct_asset_store_get_database (store);
  if ((tz = ct_work_calendar_load_time_zone (db, error)) == NULL)
    return NULL;
  site = lookup (ct_organisation_get_sites (ct_asset_store_get_organisation (store)),
                 CT_RECORD (asset), "site_id");
  data = g_new0 (CtAssetPrintData, 1);
  fill_asset (data, asset);
  data->site = dup_field (site, "name");
  data->service_phone = dup_field (site, "phone");
  data->company = company_text (db, data->site);
  data->location = location_text (store, CT_RECORD (asset));
  data->printed = format_time (tz, ct_clock_now (ct_database_get_clock (db)), "%Y-%m-%d %H:%M");
  data->recheck_ok = -1;
  return g_steal_pointer (&data);
}

/* Reads record @id of @type into @out, left NULL when it does not exist or
 * is not of @asset; FALSE only when the file could not be read. */
static gboolean
load_of_asset (CtAssetStore  *store,
               GType          type,
               gint64         id,
               CtAsset       *asset,
               CtRecord     **out,
               GError       **error)
{
  CtDatabase *db = ct_asset_store_get_database (store);
  g_autoptr(CtRecordStore) records = ct_record_store_new (db, type);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(CtRecord) record = ct_record_store_load (records, id, &local_error);

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (record != NULL
      && ct_record_get_int (record, "asset_id") == ct_record_get_id (CT_RECORD (asset)))
    *out = g_steal_pointer (&record);
  return TRUE;
}

static gboolean
add_task (CtAssetPrintData  *data,
          CtAssetStore      *store,
          CtAsset           *asset,
          gint64             task_id,
          GError           **error)
{
  g_autoptr(CtRecord) task = NULL;
  g_autoptr(CtRecord) plan = NULL;

  if (!load_of_asset (store, CT_TYPE_MAINTENANCE_TASK, task_id, asset, &task, error))
    return FALSE;
  if (task == NULL)
    {
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_NOT_FOUND,
                   _("Maintenance task %" PRId64 " does not exist or is not a task "
                     "of asset “%s”."), task_id, ct_asset_get_code (asset));
      return FALSE;
    }
  if (!load_of_asset (store, CT_TYPE_MAINTENANCE_PLAN, ct_record_get_int (task, "plan_id"),
                      asset, &plan, error))
    return FALSE;
  data->due_on = dup_field (task, "due_on");
  data->plan = dup_field (plan, "title");
  data->instructions = dup_field (plan, "instructions");
  return TRUE;
}

static char *
format_cost (gint64 cents)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT ".%02d", cents / 100, (int) (cents % 100));
}

static void
fill_record (CtAssetPrintData *data,
             CtRecord         *record,
             GTimeZone        *tz)
{
  data->kind = g_strdup (ct_maintenance_record_kind_label (ct_record_get_string (record, "kind")));
  data->performed_on = format_time (tz, ct_record_get_int (record, "performed_at"), "%Y-%m-%d");
  data->performer = dup_field (record, "performer");
  data->problem = dup_field (record, "problem");
  data->action = dup_field (record, "action");
  data->recheck = dup_field (record, "recheck");
  data->recheck_ok = ct_record_get_int (record, "recheck_ok") != 0;
  data->downtime = g_strdup_printf ("%" G_GINT64_FORMAT,
                                    ct_record_get_int (record, "downtime_minutes"));
  data->cost = format_cost (ct_record_get_int (record, "cost_cents"));
}

static gboolean
add_record (CtAssetPrintData  *data,
            CtAssetStore      *store,
            CtAsset           *asset,
            gint64            *task_id,
            gint64             record_id,
            GError           **error)
{
  g_autoptr(CtRecord) record = NULL;
  g_autoptr(GTimeZone) tz = NULL;

  if ((tz = ct_work_calendar_load_time_zone (ct_asset_store_get_database (store), error)) == NULL
      || !load_of_asset (store, CT_TYPE_MAINTENANCE_RECORD, record_id, asset, &record, error))
    return FALSE;
  if (record == NULL)
    {
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_NOT_FOUND,
                   _("Maintenance record %" PRId64 " does not exist or is not a "
                     "record of asset “%s”."), record_id, ct_asset_get_code (asset));
      return FALSE;
    }
  fill_record (data, record, tz);
  if (*task_id <= 0)
    *task_id = ct_record_get_int (record, "task_id");
  return TRUE;
}

static void
fill_blanks (CtAssetPrintData *data)
{
  char **fields[] = {
    &data->plan, &data->instructions, &data->due_on, &data->kind, &data->performed_on,
    &data->performer, &data->problem, &data->action, &data->recheck, &data->downtime,
    &data->cost,
  };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (*fields[i] == NULL)
      *fields[i] = g_strdup ("");
}

gboolean
ct_asset_print_data_add_work (CtAssetPrintData  *data,
                              CtAssetStore      *store,
                              CtAsset           *asset,
                              gint64             task_id,
                              gint64             record_id,
                              GError           **error)
{
  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (CT_IS_ASSET_STORE (store), FALSE);
  g_return_val_if_fail (CT_IS_ASSET (asset), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (record_id > 0 && !add_record (data, store, asset, &task_id, record_id, error))
    return FALSE;
  if (task_id > 0 && !add_task (data, store, asset, task_id, error))
    return FALSE;
  fill_blanks (data);
  return TRUE;
}

static void
clear_strings (CtAssetPrintData *data)
{
  char **fields[] = {
    &data->company, &data->site, &data->code, &data->name, &data->category,
    &data->location, &data->manufacturer, &data->model, &data->serial, &data->contractor,
    &data->registration_no, &data->statutory_due, &data->service_phone, &data->printed,
    &data->plan, &data->instructions, &data->due_on, &data->kind, &data->performed_on,
    &data->performer, &data->problem, &data->action, &data->recheck, &data->downtime,
    &data->cost,
  };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    g_clear_pointer (fields[i], g_free);
}

void
ct_asset_print_data_free (CtAssetPrintData *data)
{
  if (data == NULL)
    return;
  clear_strings (data);
  g_free (data);
}
