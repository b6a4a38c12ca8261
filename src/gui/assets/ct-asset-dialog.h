/* ct-asset-dialog.h — the editors of the asset ledger: a new or changed asset,
 * its status, a completed task or record, a plan, a meter, a reading, a fault
 * report
 *
 * Each is a modal window over @parent that saves through the context's asset
 * store (whose "changed" then fires), emits "saved" and closes. A failed save
 * shows the message in the window and keeps what was typed; a stale save
 * (someone else changed the record meanwhile) asks whether to reload their
 * version or keep mine.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ct-context.h"
#include "ct-maintenance.h"
#include "ct-meter.h"

G_BEGIN_DECLS

#define CT_TYPE_ASSET_DIALOG (ct_asset_dialog_get_type ())
G_DECLARE_FINAL_TYPE (CtAssetDialog, ct_asset_dialog, CT, ASSET_DIALOG, AdwWindow)

/* Signals:
 * "saved" (GObject *result): the stored asset (new, edit, status), ticket
 *   (fault report), record (task completed, record), task (skipped), plan,
 *   meter or NULL (reading).
 * "reloaded" (GObject *theirs): after a conflict the user chose to see the
 *   other version (the asset, task or plan as stored now). */

/* A new asset, its site preset to @site_id (0: none chosen). */
GtkWidget *ct_asset_dialog_new_asset     (GtkWindow         *parent,
                                          CtContext         *ctx,
                                          gint64             site_id);
/* The descriptive fields of @asset (status, downtime and dates kept). */
GtkWidget *ct_asset_dialog_edit_asset    (GtkWindow         *parent,
                                          CtContext         *ctx,
                                          CtAsset           *asset);
/* In service, down, under maintenance or retired, with a reason and time. */
GtkWidget *ct_asset_dialog_change_status (GtkWindow         *parent,
                                          CtContext         *ctx,
                                          CtAsset           *asset);
/* Completes open @task of @asset with a maintenance record: problem, action,
 * recheck result and whether it passed, performer (the user by default),
 * time, downtime minutes and cost in yuan. */
GtkWidget *ct_asset_dialog_complete_task (GtkWindow         *parent,
                                          CtContext         *ctx,
                                          CtAsset           *asset,
                                          CtMaintenanceTask *task);
/* Skips open @task with a reason. */
GtkWidget *ct_asset_dialog_skip_task     (GtkWindow         *parent,
                                          CtContext         *ctx,
                                          CtAsset           *asset,
                                          CtMaintenanceTask *task);
/* A maintenance record without a task (corrective work, an inspection). */
GtkWidget *ct_asset_dialog_add_record    (GtkWindow         *parent,
                                          CtContext         *ctx,
                                          CtAsset           *asset);
/* A new plan of @asset (@plan NULL) or changes to @plan; the next three
 * dates of the rule show as it is typed. */
GtkWidget *ct_asset_dialog_plan          (GtkWindow         *parent,
                                          CtContext         *ctx,
                                          CtAsset           *asset,
                                          CtMaintenancePlan *plan);
/* A reading of one of @asset's meters (@meter_id chosen, 0: the first);
 * after saving the window stays open and says whether the reading was
 * flagged, for the next meter. */
GtkWidget *ct_asset_dialog_reading       (GtkWindow         *parent,
                                          CtContext         *ctx,
                                          CtAsset           *asset,
                                          gint64             meter_id);
/* A new meter of @asset (@meter NULL; its code offered as the asset's code
 * and M1, M2 …) or changes to @meter: code, name, kind (the unit follows)
 * and note. */
GtkWidget *ct_asset_dialog_meter         (GtkWindow         *parent,
                                          CtContext         *ctx,
                                          CtAsset           *asset,
                                          CtMeter           *meter);
/* A repair ticket about @asset (title, description, emergency or routine),
 * optionally marking the asset down. */
GtkWidget *ct_asset_dialog_report_fault  (GtkWindow         *parent,
                                          CtContext         *ctx,
                                          CtAsset           *asset);

G_END_DECLS
