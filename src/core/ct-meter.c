/* ct-meter.c — the meter record, its vocabulary, the store of meters and the
 * anomaly rule on numbers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-meter"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>

#include "ct-error.h"
#include "ct-meter.h"
#include "ct-vocab.h"

/* The rule of ct-meter.h. */
#define MIN_HISTORY 3
#define MAX_HISTORY 6
#define HIGH_FACTOR 2.0
#define LOW_FACTOR 0.5

struct _CtMeter
{
  CtRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CtMeter, ct_meter, CT_TYPE_RECORD)

static const CtField fields[] = {
  { "code",        CT_FIELD_TEXT, N_("Code") },
  { "name",        CT_FIELD_TEXT, N_("Name") },
  { "kind",        CT_FIELD_TEXT, N_("Kind") },
  { "site_id",     CT_FIELD_REF,  N_("Site") },
  { "building_id", CT_FIELD_REF,  N_("Building") },
  { "asset_id",    CT_FIELD_REF,  N_("Asset") },
  { "note",        CT_FIELD_TEXT, N_("Note") },
};

static const CtTableInfo table = {
  "meters", "meter", "code, id", fields, G_N_ELEMENTS (fields)
};

static const CtTerm kinds[] = {
  { "electricity", N_("Electricity"), "电|电表|用电|電|電錶|電表|用電" },
  { "water",       N_("Water"),       "水|水表|用水|水錶" },
  { "gas",         N_("Gas"),         "燃气|煤气|天然气|气表|燃氣|煤氣|天然氣|氣錶" },
};

CT_VOCAB_KEYS_FUNC (ct_meter_kinds, kinds)

const char *
ct_meter_kind_label (const char *kind)
{
  return ct_vocab_label (kinds, G_N_ELEMENTS (kinds), kind);
}

const char *
ct_meter_kind_from_text (const char *text)
{
  return ct_vocab_from_text (kinds, G_N_ELEMENTS (kinds), text);
}

const char *
ct_meter_kind_unit (const char *kind)
{
  return g_strcmp0 (kind, "electricity") == 0 ? "kWh" : "m³";
}

const char *
ct_meter_anomaly_rule (void)
{
  return _("A reading is flagged when the meter reads lower than before, or when its daily "
           "use (the consumption since the previous reading divided by the days between "
           "them) is more than twice or less than half the median daily use of the meter’s "
           "previous six readings. At least three earlier readings are needed: until then "
           "only a reading lower than before is flagged.");
}

static gboolean
ct_meter_validate (CtRecord  *record,
                   GError   **error)
{
  const char *kind = ct_record_get_string (record, "kind");

  if (!ct_record_require_text (record, "code", error)
      || !ct_record_require_text (record, "name", error)
      || !ct_record_require_ref (record, "site_id", error))
    return FALSE;
  if (ct_meter_kind_label (kind) == NULL)
    {
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
                   _("“%s” is not a kind of meter (electricity, water or gas)."), kind);
      return FALSE;
    }
  return TRUE;
}

static char *
ct_meter_dup_label (CtRecord *record)
{
  return g_strdup_printf ("%s %s", ct_record_get_string (record, "code"),
                          ct_record_get_string (record, "name"));
}

static void
ct_meter_class_init (CtMeterClass *klass)
{
  CtRecordClass *record_class = CT_RECORD_CLASS (klass);

  ct_record_class_set_table (record_class, &table);
  record_class->validate = ct_meter_validate;
  record_class->dup_label = ct_meter_dup_label;
}

static void
ct_meter_init (CtMeter *self)
{
}

CtMeter *
ct_meter_new (const char *code,
              const char *name,
              const char *kind,
              gint64      site_id)
{
  return g_object_new (CT_TYPE_METER, "code", code, "name", name, "kind", kind,
                       "site_id", site_id, NULL);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median_of (const double *values,
           guint         n)
{
  double sorted[MAX_HISTORY];

  g_assert (n > 0 && n <= MAX_HISTORY);

  memcpy (sorted, values, n * sizeof (double));
  qsort (sorted, n, sizeof (double), compare_doubles);
  return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}

static gboolean
flag (char **reason,
      char  *text)
{
  if (reason != NULL)
    *reason = text;
  else
    g_free (text);
  return TRUE;
}

gboolean
ct_meter_judge (const double *history_rates,
                guint         n_history,
                double        consumption,
                double        days,
                char        **reason)
{
  double median, rate;

  g_return_val_if_fail (history_rates != NULL || n_history == 0, FALSE);

  if (reason != NULL)
    *reason = NULL;
  if (consumption < 0)
    return flag (reason, g_strdup (_("reads lower than the previous reading")));
  if (n_history < MIN_HISTORY || !(days > 0) || !isfinite (consumption))
    return FALSE;
  if (n_history > MAX_HISTORY)   /* the six most recent */
    {
      history_rates += n_history - MAX_HISTORY;
      n_history = MAX_HISTORY;
    }
  median = median_of (history_rates, n_history);
  rate = consumption / days;
  if (!(rate > HIGH_FACTOR * median) && !(rate < LOW_FACTOR * median))
    return FALSE;
  if (median <= 0)
    return flag (reason, g_strdup (_("use where there usually is none")));
  /* TRANSLATORS: "3.2 × the usual daily use" */
  return flag (reason, g_strdup_printf (_("%.1f × the usual daily use"), rate / median));
}

CtRecordStore *
ct_meter_get_store (CtAssetStore *store)
{
  CtRecordStore *meters;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (CT_IS_ASSET_STORE (store), NULL);

  if ((meters = g_object_get_data (G_OBJECT (store), "ct-meter-store")) != NULL)
    return meters;
  meters = ct_record_store_new (ct_asset_store_get_database (store), CT_TYPE_METER);
  if (!ct_record_store_reload (meters, &error))
    g_warning ("Cannot read the meters: %s", error->message);
  g_object_set_data_full (G_OBJECT (store), "ct-meter-store", meters, g_object_unref);
  return meters;
}

GListModel *
ct_meter_list (CtAssetStore  *store,
               gint64         asset_id,
               GError       **error)
{
  CtRecordStore *meters;
  GListModel *model;
  GListStore *snapshot;
  guint n;

  g_return_val_if_fail (CT_IS_ASSET_STORE (store), NULL);

  meters = ct_meter_get_store (store);
  if (asset_id != 0)
    return ct_record_store_query (meters, "asset_id", asset_id, error);
  if (!ct_record_store_reload (meters, error))
    return NULL;
  model = ct_record_store_get_model (meters);
  snapshot = g_list_store_new (CT_TYPE_METER);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) meter = g_list_model_get_item (model, i);

      g_list_store_append (snapshot, meter);
    }
  return G_LIST_MODEL (snapshot);
}
