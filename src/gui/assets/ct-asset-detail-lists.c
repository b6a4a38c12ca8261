/* ct-asset-detail-lists.c — an asset's open maintenance tasks (overdue ones
 * flagged) and its plans
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-asset-detail"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-asset-detail-format.h"
#include "ct-asset-detail-private.h"
#include "ct-ticket-detail-format.h"

const char *
ct_asset_detail_plan_title (CtAssetDetail *self,
                            gint64         plan_id)
{
  g_autoptr(CtRecord) plan = ct_asset_detail_find_item (self->plans, plan_id);

  /* The model keeps the plan: its strings outlive this reference. */
  return plan != NULL ? ct_record_get_string (plan, "title") : "";
}

/* Tasks */

static void
add_menu_item (GMenu      *menu,
               const char *label,
               const char *action_name,
               gint64      id)
{
  g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (item, action_name, g_variant_new_int64 (id));
  g_menu_item_set_attribute (item, "hidden-when", "s", "action-disabled");
  g_menu_append_item (menu, item);
}

/* Skip and print, less often needed than Complete. */
static GtkWidget *
task_menu_button_new (gint64 id)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  GtkWidget *button = gtk_menu_button_new ();

  add_menu_item (menu, _("S_kip…"), "asset.skip-task", id);
  add_menu_item (menu, _("Print Maintenance _Form…"), "asset.print-task-form", id);
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
  gtk_widget_set_tooltip_text (button, _("More Actions"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  return button;
}

/* "Due 2026-11-20 · overdue by 3 days" and whether it is overdue. */
static char *
dup_due_text (CtAssetDetail *self,
              const char    *due_on,
              gboolean      *overdue)
{
  int days = ct_asset_detail_days_between (self->today, due_on);

  *overdue = days < 0;
  if (days < 0)
    /* Translators: a task's due date and how late it is */
    return g_strdup_printf (ngettext ("Due %s · overdue by %d day", "Due %s · overdue by %d days",
                                      -days), due_on, -days);
  if (days == 0)
    /* Translators: a task due today */
    return g_strdup_printf (_("Due %s · today"), due_on);
  /* Translators: a task's due date and how far ahead */
  return g_strdup_printf (ngettext ("Due %s · in %d day", "Due %s · in %d days", days), due_on,
                          days);
}

static GtkWidget *
task_row_new (CtAssetDetail *self,
              CtRecord      *task)
{
  GtkWidget *row = adw_action_row_new ();
  gint64 id = ct_record_get_id (task);
  gboolean overdue = FALSE;
  g_autofree char *due = dup_due_text (self, ct_record_get_string (task, "due_on"), &overdue);
  gboolean retired = g_str_equal (ct_asset_get_status (self->asset), "retired");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 ct_asset_detail_plan_title (self, ct_record_get_int (task,
                                                                                      "plan_id")));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), due);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                             ct_asset_detail_prefix_icon_new (overdue ? "dialog-warning-symbolic"
                                                                      : "alarm-symbolic",
                                                              overdue ? "error" : "dim-label"));
  if (overdue)
    gtk_widget_add_css_class (row, "ct-overdue");
  if (!retired)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                               ct_asset_detail_row_button_new (_("_Complete…"), NULL,
                                                               "asset.complete-task", id));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), task_menu_button_new (id));
  return row;
}

void
ct_asset_detail_fill_tasks (CtAssetDetail *self)
{
  guint n = self->tasks != NULL ? g_list_model_get_n_items (self->tasks) : 0;
  guint overdue = 0;

  ct_asset_detail_clear_list (self->tasks_list);
  if (self->tasks == NULL)
    {
      gtk_list_box_append (self->tasks_list,
                           ct_asset_detail_note_row_new (_("The tasks could not be read."), "error"));
      return;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CtRecord) task = g_list_model_get_item (self->tasks, i);

      overdue += ct_asset_detail_days_between (self->today,
                                               ct_record_get_string (task, "due_on")) < 0;
      gtk_list_box_append (self->tasks_list, task_row_new (self, task));
    }
  if (n == 0)
    gtk_list_box_append (self->tasks_list,
                         ct_asset_detail_note_row_new (_("No open tasks."), NULL));
  if (overdue > 0)
    {
      /* Translators: the heading of the open tasks, with how many are overdue */
      g_autofree char *heading = g_strdup_printf (ngettext ("Open Maintenance Tasks · %u overdue",
                                                            "Open Maintenance Tasks · %u overdue",
                                                            overdue), overdue);

      gtk_label_set_text (self->tasks_heading, heading);
    }
  else
    gtk_label_set_text (self->tasks_heading, _("Open Maintenance Tasks"));
}

/* Plans */

/* "Every month · counted from the schedule · from 2026-01-01 · 工程部". */
static char *
dup_plan_subtitle (CtAssetDetail *self,
                   CtRecord      *plan)
{
  g_autofree char *rule = ct_maintenance_describe_rule (ct_record_get_string (plan, "rrule"));
  g_autofree char *department = ct_asset_detail_dup_field_text (self->context, self->tz, plan,
                                                                "department_id");
  GString *text = g_string_new (rule);

  g_string_append_printf (text, " · %s",
                          ct_maintenance_basis_label (ct_record_get_string (plan, "basis")));
  g_string_append (text, " · ");
  /* Translators: when a plan starts, %s is a date */
  g_string_append_printf (text, _("from %s"), ct_record_get_string (plan, "starts_on"));
  if (*department != '\0')
    g_string_append_printf (text, " · %s", department);
  if (ct_record_get_int (plan, "active") == 0)
    g_string_append_printf (text, " · %s", _("Inactive"));
  return g_string_free (text, FALSE);
}

void
ct_asset_detail_fill_plans (CtAssetDetail *self)
{
  guint n = self->plans != NULL ? g_list_model_get_n_items (self->plans) : 0;

  ct_asset_detail_clear_list (self->plans_list);
  if (self->plans == NULL)
    {
      gtk_list_box_append (self->plans_list,
                           ct_asset_detail_note_row_new (_("The plans could not be read."), "error"));
      return;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CtRecord) plan = g_list_model_get_item (self->plans, i);
      g_autofree char *subtitle = dup_plan_subtitle (self, plan);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *edit = ct_asset_detail_row_button_new (NULL, "document-edit-symbolic",
                                                        "asset.edit-plan",
                                                        ct_record_get_id (plan));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     ct_record_get_string (plan, "title"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_widget_set_tooltip_text (edit, _("Edit the plan"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), edit);
      gtk_list_box_append (self->plans_list, row);
    }
  if (n == 0)
    gtk_list_box_append (self->plans_list,
                         ct_asset_detail_note_row_new (_("No maintenance plan yet."), NULL));
}
