/* ct-meter.h — electricity, water and gas meters, their readings and anomalies
 *
 * Readings are of cumulative meters. A reading's consumption is its value
 * minus the previous reading's; its daily rate is the consumption divided by
 * the days since the previous reading. The anomaly rule (shown in the app,
 * ct_meter_anomaly_rule()): a reading is flagged when the meter reads lower
 * than before, or when its daily rate is more than twice or less than half the
 * median daily rate of the meter's previous six readings (at least three are
 * needed; with fewer nothing is flagged but a reading lower than before).
 * ct_meter_add_reading () takes the history from the six readings before the
 * new one, leaving out those without a consumption of zero or more (the first
 * reading; readings lower than before: a meter replaced or misread). When
 * that median is zero, any use is flagged ("use where there usually is none").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-asset-store.h"

G_BEGIN_DECLS

/* Fields: code, name, kind (electricity, water, gas), site_id, building_id,
 * asset_id, note. */
#define CT_TYPE_METER (ct_meter_get_type ())
G_DECLARE_FINAL_TYPE (CtMeter, ct_meter, CT, METER, CtRecord)

CtMeter    *ct_meter_new                (const char *code,
                                         const char *name,
                                         const char *kind,
                                         gint64      site_id);
const char *const *ct_meter_kinds       (void);
const char *ct_meter_kind_label         (const char *kind);
const char *ct_meter_kind_from_text     (const char *text);
/* "kWh", "m³". */
const char *ct_meter_kind_unit          (const char *kind);
/* The rule above, translated, for the app. */
const char *ct_meter_anomaly_rule       (void);

/* The anomaly rule on numbers: @history_rates are the daily rates of up to the
 * six previous readings (oldest first). Returns TRUE and a translated @reason
 * ("3.2 × the usual daily use") when the new reading is anomalous. */
gboolean    ct_meter_judge              (const double *history_rates,
                                         guint         n_history,
                                         double        consumption,
                                         double        days,
                                         char        **reason);

typedef struct
{
  gint64    id;
  gint64    meter_id;
  gint64    read_at;
  double    value;
  gboolean  has_consumption;  /* FALSE for the meter's first reading */
  double    consumption;
  gboolean  anomaly;
  char     *reason;           /* why flagged, "" otherwise */
  char     *reader;
} CtMeterReading;

void        ct_meter_reading_free       (CtMeterReading *reading);

/* Meters of the ledger (a record store, kept loaded). */
CtRecordStore *ct_meter_get_store       (CtAssetStore *store);
/* Saves a new meter (its id is set) or changes to a meter. A meter of an
 * asset (asset_id) is where the asset is: its site and building are the
 * asset's; a retired asset gets no new meter. A code another meter has is
 * refused (CT_STORE_ERROR_DUPLICATE) and a meter changed by someone else
 * meanwhile is a CT_STORE_ERROR_CONFLICT, never overwritten. Checks the
 * permission (entity "meter", create or update), writes audit_log and emits
 * the asset store's "changed". The unit follows from the kind
 * (ct_meter_kind_unit ()); a meter has no multiplier or initial reading: its
 * first reading is the start. */
gboolean    ct_meter_create             (CtAssetStore  *store,
                                         CtMeter       *meter,
                                         const char    *actor,
                                         GError       **error);
gboolean    ct_meter_update             (CtAssetStore  *store,
                                         CtMeter       *meter,
                                         const char    *actor,
                                         GError       **error);
/* Meters of an asset (0 = all), a snapshot GListModel of CtMeter. */
GListModel *ct_meter_list               (CtAssetStore *store,
                                         gint64        asset_id,
                                         GError      **error);

/* Adds a reading at @read_at (must be later than the meter's last reading;
 * an earlier time is refused: readings are entered in order; @value must be a
 * number of zero or more); computes consumption and the anomaly flag, and
 * writes audit_log (entity "meter_reading"), in one write. @out (may be NULL)
 * receives the saved reading. Emits the asset store's "changed", unless
 * called inside another ct_database_write () (an import), whose caller emits
 * it once at the end. */
gboolean    ct_meter_add_reading        (CtAssetStore  *store,
                                         gint64         meter_id,
                                         gint64         read_at,
                                         double         value,
                                         const char    *reader,
                                         const char    *actor,
                                         CtMeterReading **out,
                                         GError       **error);
/* Readings of a meter, newest first, at most @limit (0 = all). GPtrArray of
 * CtMeterReading. */
GPtrArray  *ct_meter_list_readings      (CtAssetStore  *store,
                                         gint64         meter_id,
                                         guint          limit,
                                         GError       **error);
/* Anomalous readings of the meters of @asset_id (0 = all) since @since. */
GPtrArray  *ct_meter_list_anomalies     (CtAssetStore  *store,
                                         gint64         asset_id,
                                         gint64         since,
                                         GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtMeterReading, ct_meter_reading_free)

G_END_DECLS
