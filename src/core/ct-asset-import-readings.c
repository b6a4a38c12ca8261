/* ct-asset-import-readings.c — the rows of a meter reading import, saved in
 * the order of time per meter so that consumption and anomalies come out as
 * if the readings had been entered one by one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-asset-io"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ct-asset-import-private.h"
#include "ct-meter.h"
#include "ct-ticket-io-private.h"

typedef struct
{
  guint   row;       /* index in imp->rows */
  gint64  meter_id;
  gint64  read_at;
  double  value;
} Reading;

static gboolean
read_meter (CtAssetImport  *imp,
            Reading        *reading,
            GError        **error)
{
  const char *code = ct_asset_import_cell (imp, CT_READING_COL_METER);
  CtRecord *meter = ct_record_store_find (ct_meter_get_store (imp->store), "code", code);

  if (meter == NULL)
    return ct_asset_import_error (imp, CT_READING_COL_METER, error,
                                  _("there is no meter “%s”; add the meter to the ledger "
                                    "first"), code);
  reading->meter_id = ct_record_get_id (meter);
  return TRUE;
}

static gboolean
read_time (CtAssetImport  *imp,
           Reading        *reading,
           GError        **error)
{
  const char *text = ct_asset_import_cell (imp, CT_READING_COL_READ_AT);

  if (!ct_asset_import_parse_time (text, imp->tz, &reading->read_at))
    return ct_asset_import_error (imp, CT_READING_COL_READ_AT, error,
                                  _("“%s” is not a time like 2026-03-01 08:30 or a date "
                                    "like 2026-03-01"), text);
  if (reading->read_at > imp->now)
    return ct_asset_import_error (imp, CT_READING_COL_READ_AT, error,
                                  _("%s is in the future"), text);
  return TRUE;
}

/* "12345.6", also with thousands separators: "12,345.6". */
static gboolean
read_value (CtAssetImport  *imp,
            Reading        *reading,
            GError        **error)
{
  const char *text = ct_asset_import_cell (imp, CT_READING_COL_VALUE);
  g_autofree char *plain = g_strdup (text);
  char *end = NULL;
  char *to = plain;

  for (const char *p = text; *p != '\0'; p++)
    if (*p != ',')
      *to++ = *p;
  *to = '\0';
  reading->value = g_ascii_strtod (plain, &end);
  if (end == plain || *end != '\0' || !isfinite (reading->value))
    return ct_asset_import_error (imp, CT_READING_COL_VALUE, error,
                                  _("“%s” is not a number"), text);
  if (reading->value < 0)
    return ct_asset_import_error (imp, CT_READING_COL_VALUE, error,
                                  _("a meter reading cannot be negative"));
  return TRUE;
}

static int
compare_readings (gconstpointer a,
                  gconstpointer b)
{
  const Reading *x = a, *y = b;

  if (x->meter_id != y->meter_id)
    return x->meter_id < y->meter_id ? -1 : 1;
  if (x->read_at != y->read_at)
    return x->read_at < y->read_at ? -1 : 1;
  return x->row < y->row ? -1 : (x->row > y->row);
}

/* Every row read and checked, sorted by meter and time. */
static GArray *
read_all (CtAssetImport  *imp,
          GError        **error)
{
  g_autoptr(GArray) readings = g_array_sized_new (FALSE, TRUE, sizeof (Reading),
                                                  imp->rows->len);

  for (guint i = 0; i < imp->rows->len; i++)
    {
      Reading reading = { i, 0, 0, 0.0 };

      ct_asset_import_select_row (imp, i);
      for (const int *c = imp->set->required; *c >= 0; c++)
        if (!ct_asset_import_require (imp, *c, error))
          return NULL;
      if (!read_meter (imp, &reading, error) || !read_time (imp, &reading, error)
          || !read_value (imp, &reading, error))
        return NULL;
      g_array_append_val (readings, reading);
    }
  g_array_sort (readings, compare_readings);
  return g_steal_pointer (&readings);
}

/* The earliest reading of a meter in the file must come after the meter's
 * last reading in the ledger: readings are entered in order. */
static gboolean
check_after_last (CtAssetImport  *imp,
                  const Reading  *reading,
                  GError        **error)
{
  g_autoptr(GPtrArray) last = ct_meter_list_readings (imp->store, reading->meter_id, 1, error);
  g_autofree char *when = NULL;
  gint64 last_at;

  if (last == NULL)
    return ct_asset_import_line_error (imp, error);
  if (last->len == 0)
    return TRUE;
  last_at = ((CtMeterReading *) g_ptr_array_index (last, 0))->read_at;
  if (reading->read_at > last_at)
    return TRUE;
  when = ct_ticket_io_format_time (last_at, imp->tz, FALSE);
  return ct_asset_import_error (imp, CT_READING_COL_READ_AT, error,
                                _("the meter was last read at %s; the readings of a file must "
                                  "come after those in the ledger"), when);
}

static gboolean
save_reading (CtAssetImport  *imp,
              const Reading  *reading,
              const Reading  *previous,
              GError        **error)
{
  g_autoptr(CtMeterReading) saved = NULL;
  CtAssetImportRow *before;

  ct_asset_import_select_row (imp, reading->row);
  if (previous == NULL || previous->meter_id != reading->meter_id)
    {
      if (!check_after_last (imp, reading, error))
        return FALSE;
    }
  else if (previous->read_at == reading->read_at)
    {
      before = g_ptr_array_index (imp->rows, previous->row);
      return ct_asset_import_error (imp, CT_READING_COL_READ_AT, error,
                                    _("line %u has a reading of this meter at the same time"),
                                    before->line);
    }
  if (!ct_meter_add_reading (imp->store, reading->meter_id, reading->read_at, reading->value,
                             ct_asset_import_cell (imp, CT_READING_COL_READER), imp->actor,
                             &saved, error))
    return ct_asset_import_line_error (imp, error);
  imp->result.n_rows++;
  if (saved != NULL && saved->anomaly)
    imp->result.n_anomalies++;
  return TRUE;
}

gboolean
ct_asset_import_save_readings (CtAssetImport  *imp,
                               GError        **error)
{
  g_autoptr(GArray) readings = read_all (imp, error);

  if (readings == NULL)
    return FALSE;
  for (guint i = 0; i < readings->len; i++)
    {
      const Reading *reading = &g_array_index (readings, Reading, i);

      if (!save_reading (imp, reading, i > 0 ? reading - 1 : NULL, error))
        return FALSE;
    }
  return TRUE;
}
