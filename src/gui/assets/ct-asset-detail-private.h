/* ct-asset-detail-private.h — shared by the asset detail pane's files and
 * its tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-asset-detail-format.h"
#include "ct-asset-detail.h"
#include "ct-maintenance.h"
#include "ct-meter.h"

G_BEGIN_DECLS

struct _CtAssetDetail
{
  GtkWidget         parent_instance;

  CtContext        *context;
  CtAsset          *asset;
  GTimeZone        *tz;             /* the database's zone */
  char             *today;          /* "YYYY-MM-DD" in that zone, at the last fill */
  GListModel       *plans;          /* CtMaintenancePlan of the asset */
  GListModel       *tasks;          /* open CtMaintenanceTask of the asset */
  GListModel       *meters;         /* CtMeter of the asset */
  GtkWindow        *dialog;         /* weak: the open editor */
  AdwMessageDialog *message_dialog; /* weak: an error without a form */
  char             *last_toast;     /* the title of the last toast, for tests */

  /* Template widgets */
  GtkStack         *stack;
  GtkImage         *category_icon;
  GtkLabel         *code_label;
  GtkLabel         *category_label;
  GtkLabel         *name_label;
  GtkWidget        *status_pill;
  GtkImage         *status_icon;
  GtkLabel         *status_label;
  GtkLabel         *status_detail_label;
  GtkBox           *action_box;
  GtkLabel         *zone_error_label;
  GtkLabel         *note_label;
  GtkGrid          *facts_grid;
  GtkLabel         *kpi_period_label;
  GtkListBox       *kpi_list;
  GtkLabel         *tasks_heading;
  GtkListBox       *tasks_list;
  GtkListBox       *plans_list;
  GtkWidget        *meters_box;
  GtkWidget        *anomaly_button;
  GtkLabel         *anomaly_rule_label;
  GtkListBox       *meters_list;
  GtkListBox       *timeline_list;
};

/* ct-asset-detail.c */
/* Shows what the store holds now for the shown asset and emits "changed". */
void        ct_asset_detail_saved           (CtAssetDetail *self);
GtkWindow  *ct_asset_detail_get_window      (CtAssetDetail *self);
/* Shows @toast (transfer full) in the toast overlay around the pane. */
void        ct_asset_detail_show_toast      (CtAssetDetail *self,
                                             AdwToast      *toast);
/* An error without a form, in a message dialog. */
void        ct_asset_detail_show_message    (CtAssetDetail *self,
                                             const char    *heading,
                                             const char    *message);

/* ct-asset-detail-rows.c */
/* Removes every row of @list. */
void        ct_asset_detail_clear_list      (GtkListBox    *list);
/* A row that says why a section is empty or could not be read. */
GtkWidget  *ct_asset_detail_note_row_new    (const char    *text,
                                             const char    *style_class);
/* A flat round "i" button showing @text in a popover and as its tooltip. */
GtkWidget  *ct_asset_detail_info_button_new (const char    *text);

/* A flat button for a row's suffix: @label (a mnemonic) or an icon, running
 * @action_name with @id. */
GtkWidget  *ct_asset_detail_row_button_new  (const char    *label,
                                             const char    *icon_name,
                                             const char    *action_name,
                                             gint64         id);
/* A row's prefix icon, hidden from screen readers. */
GtkWidget  *ct_asset_detail_prefix_icon_new (const char    *icon_name,
                                             const char    *style_class);

/* ct-asset-detail-facts.c: the status line, the facts grid and the KPIs */
void        ct_asset_detail_fill_status     (CtAssetDetail *self);
void        ct_asset_detail_fill_facts      (CtAssetDetail *self);
void        ct_asset_detail_fill_kpis       (CtAssetDetail *self);

/* ct-asset-detail-lists.c: open tasks, plans */
void        ct_asset_detail_fill_tasks      (CtAssetDetail *self);
void        ct_asset_detail_fill_plans      (CtAssetDetail *self);
/* ct-asset-detail-meters.c: the meters with their last readings, each with
 * New Reading and Edit; New Meter in the heading */
void        ct_asset_detail_fill_meters     (CtAssetDetail *self);
/* The title of plan @plan_id of the shown asset, or "". */
const char *ct_asset_detail_plan_title      (CtAssetDetail *self,
                                             gint64         plan_id);

/* ct-asset-detail-timeline.c */
void        ct_asset_detail_fill_timeline   (CtAssetDetail *self);

/* ct-asset-detail-actions.c */
void        ct_asset_detail_class_init_actions (GtkWidgetClass *widget_class);
void        ct_asset_detail_update_actions  (CtAssetDetail *self);
/* Opens the ticket @ticket_id in the Tickets tab when the window can; FALSE
 * when it cannot. */
gboolean    ct_asset_detail_open_ticket     (CtAssetDetail *self,
                                             gint64         ticket_id);

/* Testing API, used by tests/gui/test-asset-detail.c. */
GtkWindow  *ct_asset_detail_get_dialog      (CtAssetDetail *self);
AdwMessageDialog *ct_asset_detail_get_message_dialog (CtAssetDetail *self);
const char *ct_asset_detail_get_last_toast  (CtAssetDetail *self);
/* The rows of @list (ct-asset-detail-rows.c). */
guint       ct_asset_detail_count_rows      (GtkListBox    *list);
/* The text of the facts grid's value beside @label, or NULL. */
const char *ct_asset_detail_get_fact        (CtAssetDetail *self,
                                             const char    *label);

G_END_DECLS
