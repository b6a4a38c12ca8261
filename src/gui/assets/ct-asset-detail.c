/* ct-asset-detail.c — one asset: header, facts, KPIs, tasks, plans, meters,
 * history and actions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-asset-detail"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-asset-detail-private.h"
#include "ct-work-calendar.h"

G_DEFINE_FINAL_TYPE (CtAssetDetail, ct_asset_detail, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_ASSET,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* The status pill: a tinted rounded badge in the status's colour. */
static const char pill_css[] =
  ".ct-status-pill { padding: 2px 10px; border-radius: 999px;"
  " background-color: alpha(currentColor, 0.12); }";

static void
install_css (GtkWidget *widget)
{
  GdkDisplay *display = gtk_widget_get_display (widget);
  g_autoptr(GtkCssProvider) provider = NULL;

  if (g_object_get_data (G_OBJECT (display), "ct-asset-detail-css") != NULL)
    return;
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_data (provider, pill_css, -1);
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  g_object_set_data_full (G_OBJECT (display), "ct-asset-detail-css",
                          g_object_ref (provider), g_object_unref);
}

static void
update_zone (CtAssetDetail *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) local = NULL;

  g_clear_pointer (&self->tz, g_time_zone_unref);
  self->tz = ct_work_calendar_load_time_zone (ct_context_get_database (self->context), &error);
  gtk_widget_set_visible (GTK_WIDGET (self->zone_error_label), self->tz == NULL);
  if (self->tz == NULL)
    {
      /* Times in UTC, said so, rather than silently hours off. */
      gtk_label_set_text (self->zone_error_label, error->message);
      self->tz = g_time_zone_new_utc ();
    }
  now = g_date_time_new_from_unix_utc (ct_clock_now (ct_context_get_clock (self->context)));
  local = g_date_time_to_timezone (now, self->tz);
  g_free (self->today);
  self->today = g_date_time_format (local, "%Y-%m-%d");
}

static void
update_header (CtAssetDetail *self)
{
  CtRecord *record = CT_RECORD (self->asset);
  const char *category = ct_asset_get_category (self->asset);
  const char *note = ct_record_get_string (record, "note");

  gtk_image_set_from_icon_name (self->category_icon, ct_asset_category_icon (category));
  gtk_label_set_text (self->code_label, ct_asset_get_code (self->asset));
  gtk_label_set_text (self->category_label, ct_asset_category_label (category));
  gtk_label_set_text (self->name_label, ct_asset_get_name (self->asset));
  gtk_label_set_text (self->note_label, note);
  gtk_widget_set_visible (GTK_WIDGET (self->note_label), *note != '\0');
}

/* Reads the asset's plans, open tasks and meters once for the lists. */
static void
load_lists (CtAssetDetail *self)
{
  CtAssetStore *store = ct_context_get_assets (self->context);
  gint64 id = ct_record_get_id (CT_RECORD (self->asset));

  g_clear_object (&self->plans);
  g_clear_object (&self->tasks);
  g_clear_object (&self->meters);
  /* Errors show in the sections (they read again and say why). */
  self->plans = ct_maintenance_list_plans (store, id, NULL);
  self->tasks = ct_maintenance_list_tasks (store, id, TRUE, NULL);
  self->meters = ct_meter_list (store, id, NULL);
}

static void
update (CtAssetDetail *self)
{
  gboolean shown = self->asset != NULL && self->context != NULL;

  gtk_stack_set_visible_child_name (self->stack, shown ? "asset" : "empty");
  ct_asset_detail_update_actions (self);
  if (!shown)
    return;

  update_zone (self);
  load_lists (self);
  ct_asset_detail_update_actions (self);
  update_header (self);
  ct_asset_detail_fill_status (self);
  ct_asset_detail_fill_facts (self);
  ct_asset_detail_fill_kpis (self);
  ct_asset_detail_fill_tasks (self);
  ct_asset_detail_fill_plans (self);
  ct_asset_detail_fill_meters (self);
  ct_asset_detail_fill_timeline (self);
}

static void
ct_asset_detail_realize (GtkWidget *widget)
{
  install_css (widget);
  GTK_WIDGET_CLASS (ct_asset_detail_parent_class)->realize (widget);
}

static void
ct_asset_detail_dispose (GObject *object)
{
  CtAssetDetail *self = CT_ASSET_DETAIL (object);

  if (self->dialog != NULL)
    gtk_window_destroy (self->dialog);
  if (self->message_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->message_dialog));
  g_clear_weak_pointer (&self->dialog);
  g_clear_weak_pointer (&self->message_dialog);
  gtk_widget_dispose_template (GTK_WIDGET (self), CT_TYPE_ASSET_DETAIL);
  g_clear_object (&self->plans);
  g_clear_object (&self->tasks);
  g_clear_object (&self->meters);
  g_clear_object (&self->asset);
  g_clear_object (&self->context);
  g_clear_pointer (&self->tz, g_time_zone_unref);
  g_clear_pointer (&self->today, g_free);
  g_clear_pointer (&self->last_toast, g_free);

  G_OBJECT_CLASS (ct_asset_detail_parent_class)->dispose (object);
}

static void
ct_asset_detail_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CtAssetDetail *self = CT_ASSET_DETAIL (object);

  switch (prop_id)
    {
    case PROP_CONTEXT: g_value_set_object (value, self->context); break;
    case PROP_ASSET:   g_value_set_object (value, self->asset); break;
    default:           G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ct_asset_detail_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  CtAssetDetail *self = CT_ASSET_DETAIL (object);

  switch (prop_id)
    {
    case PROP_CONTEXT: ct_asset_detail_set_context (self, g_value_get_object (value)); break;
    case PROP_ASSET:   ct_asset_detail_set_asset (self, g_value_get_object (value)); break;
    default:           G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ct_asset_detail_class_init (CtAssetDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ct_asset_detail_dispose;
  object_class->get_property = ct_asset_detail_get_property;
  object_class->set_property = ct_asset_detail_set_property;
  widget_class->realize = ct_asset_detail_realize;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, CT_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ASSET] =
    g_param_spec_object ("asset", NULL, NULL, CT_TYPE_ASSET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CtAssetDetail::changed:
   *
   * An action was saved: the shown asset is the stored one.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/caretaker/Caretaker/ui/ct-asset-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, CtAssetDetail, stack);
  gtk_widget_class_bind_template_child (widget_class, CtAssetDetail, category_icon);
  gtk_widget_class_bind_template_child (widget_class, CtAssetDetail, code_label);
  gtk_widget_class_bind_template_child (widget_class, CtAssetDetail, category_label);
  gtk_widget_class_bind_template_child (widget_class, CtAssetDetail, name_label);
  gtk_widget_class_bind_template_child (widget_class, CtAssetDetail, status_pill);
  gtk_widget_class_bind_template_child (widget_class, CtAssetDetail, status_icon);
  gtk_widget_class_bind_template_child (widget_class, CtAssetDetail, status_label);
  gtk_widget_class_bind_template_child (widget_class, CtAssetDetail, status_detail_label);
  gtk_widget_class_bind_template_child (widget_class, CtAssetDetail, action_box);
  gtk_widget_class_bind_template_child (widget_class, CtAssetDetail, zone_error_label);
  gtk_widget_class_bind_template_child (widget_class, CtAssetDetail, note_label);
  gtk_widget_class_bind_template_child (widget_class, CtAssetDetail, facts_grid);
  gtk_widget_class_bind_template_child (widget_class, CtAssetDetail, kpi_period_label);
  gtk_widget_class_bind_template_child (widget_class, CtAssetDetail, kpi_list);
  gtk_widget_class_bind_template_child (widget_class, CtAssetDetail, tasks_heading);
  gtk_widget_class_bind_template_child (widget_class, CtAssetDetail, tasks_list);
  gtk_widget_class_bind_template_child (widget_class, CtAssetDetail, plans_list);
  gtk_widget_class_bind_template_child (widget_class, CtAssetDetail, meters_box);
  gtk_widget_class_bind_template_child (widget_class, CtAssetDetail, anomaly_button);
  gtk_widget_class_bind_template_child (widget_class, CtAssetDetail, anomaly_rule_label);
  gtk_widget_class_bind_template_child (widget_class, CtAssetDetail, meters_list);
  gtk_widget_class_bind_template_child (widget_class, CtAssetDetail, timeline_list);

  ct_asset_detail_class_init_actions (widget_class);
}

static void
ct_asset_detail_init (CtAssetDetail *self)
{
  const char *rule = ct_meter_anomaly_rule ();

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_label_set_text (self->anomaly_rule_label, rule);
  gtk_widget_set_tooltip_text (self->anomaly_button, rule);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->anomaly_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("How unusual readings are found"),
                                  -1);
  update (self);
}

CtAssetDetail *
ct_asset_detail_new (CtContext *ctx)
{
  g_return_val_if_fail (ctx == NULL || CT_IS_CONTEXT (ctx), NULL);
  return g_object_new (CT_TYPE_ASSET_DETAIL, "context", ctx, NULL);
}

CtContext *
ct_asset_detail_get_context (CtAssetDetail *self)
{
  g_return_val_if_fail (CT_IS_ASSET_DETAIL (self), NULL);
  return self->context;
}

void
ct_asset_detail_set_context (CtAssetDetail *self,
                             CtContext     *context)
{
  g_return_if_fail (CT_IS_ASSET_DETAIL (self));
  g_return_if_fail (context == NULL || CT_IS_CONTEXT (context));

  if (!g_set_object (&self->context, context))
    return;
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

CtAsset *
ct_asset_detail_get_asset (CtAssetDetail *self)
{
  g_return_val_if_fail (CT_IS_ASSET_DETAIL (self), NULL);
  return self->asset;
}

void
ct_asset_detail_set_asset (CtAssetDetail *self,
                           CtAsset       *asset)
{
  g_return_if_fail (CT_IS_ASSET_DETAIL (self));
  g_return_if_fail (asset == NULL || CT_IS_ASSET (asset));

  if (!g_set_object (&self->asset, asset))
    return;
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ASSET]);
}

void
ct_asset_detail_reload (CtAssetDetail *self)
{
  g_autoptr(CtAsset) stored = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (CT_IS_ASSET_DETAIL (self));

  if (self->asset == NULL || self->context == NULL)
    return;
  stored = ct_asset_store_load (ct_context_get_assets (self->context),
                                ct_record_get_id (CT_RECORD (self->asset)), &error);
  if (stored == NULL && error != NULL)
    {
      ct_asset_detail_show_message (self, _("Could Not Read the Asset"), error->message);
      return;
    }
  /* Deleted meanwhile: nothing to show. */
  g_set_object (&self->asset, stored);
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ASSET]);
}

void
ct_asset_detail_saved (CtAssetDetail *self)
{
  g_assert (CT_IS_ASSET_DETAIL (self));

  ct_asset_detail_reload (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

GtkWindow *
ct_asset_detail_get_window (CtAssetDetail *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

void
ct_asset_detail_show_toast (CtAssetDetail *self,
                            AdwToast      *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  g_free (self->last_toast);
  self->last_toast = g_strdup (adw_toast_get_title (toast));
  if (overlay == NULL)
    {
      g_debug ("No toast overlay for “%s”", adw_toast_get_title (toast));
      g_object_unref (toast);
      return;
    }
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

void
ct_asset_detail_show_message (CtAssetDetail *self,
                              const char    *heading,
                              const char    *message)
{
  GtkWidget *dialog = adw_message_dialog_new (ct_asset_detail_get_window (self), heading,
                                              message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  g_set_weak_pointer (&self->message_dialog, ADW_MESSAGE_DIALOG (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

GtkWindow *
ct_asset_detail_get_dialog (CtAssetDetail *self)
{
  g_return_val_if_fail (CT_IS_ASSET_DETAIL (self), NULL);
  return self->dialog;
}

AdwMessageDialog *
ct_asset_detail_get_message_dialog (CtAssetDetail *self)
{
  g_return_val_if_fail (CT_IS_ASSET_DETAIL (self), NULL);
  return self->message_dialog;
}

const char *
ct_asset_detail_get_last_toast (CtAssetDetail *self)
{
  g_return_val_if_fail (CT_IS_ASSET_DETAIL (self), NULL);
  return self->last_toast;
}

const char *
ct_asset_detail_get_fact (CtAssetDetail *self,
                          const char    *label)
{
  g_return_val_if_fail (CT_IS_ASSET_DETAIL (self), NULL);

  for (int row = 0; gtk_grid_get_child_at (self->facts_grid, 0, row) != NULL; row++)
    {
      GtkWidget *name = gtk_grid_get_child_at (self->facts_grid, 0, row);
      GtkWidget *value = gtk_grid_get_child_at (self->facts_grid, 1, row);

      if (value != NULL && GTK_IS_LABEL (name)
          && g_strcmp0 (gtk_label_get_text (GTK_LABEL (name)), label) == 0)
        return gtk_label_get_text (GTK_LABEL (value));
    }
  return NULL;
}
