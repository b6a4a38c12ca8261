/* ct-asset-dialog-plan.c — a preventive maintenance plan: its rule (a common
 * one or an iCalendar RRULE typed in, checked as it is typed, with the next
 * three dates), basis, start, department, contractor and instructions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-asset-dialog"

#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "ct-asset-dialog-private.h"

#define STORE(self) (ct_context_get_assets ((self)->context))
#define CUSTOM "custom"

static char *
dup_rule (CtAssetDialog *self)
{
  g_autofree char *choice = ct_asset_dialog_dup_value (self, "rule");

  if (g_str_equal (choice, CUSTOM))
    return ct_asset_dialog_dup_value (self, "rrule");
  return g_steal_pointer (&choice);
}

static gboolean
is_common_rule (const char *rrule)
{
  const char *const *rules = ct_maintenance_common_rules ();

  for (guint i = 0; rules[i] != NULL; i += 2)
    if (g_strcmp0 (rules[i], rrule) == 0)
      return TRUE;
  return FALSE;
}

static char *
add_days (const char *date,
          guint       days)
{
  guint year, month, day;
  GDate d;
  char text[16];

  if (sscanf (date, "%4u-%2u-%2u", &year, &month, &day) != 3
      || !g_date_valid_dmy (day, month, year))
    return NULL;
  g_date_clear (&d, 1);
  g_date_set_dmy (&d, day, month, year);
  g_date_add_days (&d, days);
  g_date_strftime (text, sizeof text, "%Y-%m-%d", &d);
  return g_strdup (text);
}

/* The first three occurrences on or after @from, looking further ahead
 * until three are found (a yearly rule needs years). */
static GPtrArray *
next_dates (const char  *rrule,
            const char  *start,
            const char  *from,
            GError     **error)
{
  static const guint windows[] = { 100, 1200, 12000 };
  g_autoptr(GPtrArray) dates = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (windows); i++)
    {
      g_autofree char *to = add_days (from, windows[i]);

      g_clear_pointer (&dates, g_ptr_array_unref);
      dates = ct_maintenance_occurrences (rrule, start, from, to, error);
      if (dates == NULL || dates->len >= 3)
        break;
    }
  if (dates != NULL && dates->len > 3)
    g_ptr_array_remove_range (dates, 3, dates->len - 3);
  return g_steal_pointer (&dates);
}

static char *
dup_schedule_text (const char  *rrule,
                   const char  *start,
                   const char  *today,
                   GError     **error)
{
  const char *from = g_strcmp0 (start, today) > 0 ? start : today;
  g_autoptr(GPtrArray) dates = next_dates (rrule, start, from, error);
  g_autofree char *list = NULL;

  if (dates == NULL)
    return NULL;
  if (dates->len == 0)
    return g_strdup (_("The rule gives no more dates."));
  g_ptr_array_add (dates, NULL);
  /* Translators: joins the next dates of a plan */
  list = g_strjoinv (_(", "), (char **) dates->pdata);
  /* Translators: %s is a list of dates */
  return g_strdup_printf (_("Next due: %s"), list);
}

static char *
dup_preview (CtAssetDialog  *self,
             GError        **error)
{
  g_autofree char *rule = dup_rule (self);
  g_autofree char *basis = ct_asset_dialog_dup_value (self, "basis");
  g_autofree char *start = NULL;
  g_autofree char *today = ct_asset_dialog_dup_today (self);
  g_autofree char *step = NULL;

  if (!ct_maintenance_check_rule (rule, error)
      || !ct_asset_dialog_get_date (self, "starts_on", &start, error))
    return NULL;
  if (*start == '\0')
    return g_strdup (_("Type the start date to see the dates."));
  if (!g_str_equal (basis, "completion"))
    return dup_schedule_text (rule, start, today, error);
  step = ct_maintenance_describe_rule (rule);
  /* Translators: a completion-based plan; a date and a step such as “Every 3 months” */
  return g_strdup_printf (_("First due %s, then one step (%s) after each completion."),
                          start, step);
}

/* Custom starts from the rule chosen before, to be changed rather than typed. */
static void
remember_rule (CtAssetDialog *self,
               const char    *choice)
{
  const char *last = g_object_get_data (G_OBJECT (self), "ct-last-rule");
  g_autofree char *typed = ct_asset_dialog_dup_value (self, "rrule");

  if (!g_str_equal (choice, CUSTOM))
    g_object_set_data_full (G_OBJECT (self), "ct-last-rule", g_strdup (choice), g_free);
  else if (*typed == '\0' && last != NULL)
    {
      /* Once: setting the text changes the entry, which comes back here. */
      g_autofree char *rule = g_strdup (last);

      g_object_set_data (G_OBJECT (self), "ct-last-rule", NULL);
      ct_asset_dialog_set_value (self, "rrule", rule);
    }
}

static void
update_preview (CtAssetDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *choice = ct_asset_dialog_dup_value (self, "rule");

  remember_rule (self, choice);
  ct_asset_dialog_set_field_visible (self, "rrule", g_str_equal (choice, CUSTOM));
  text = dup_preview (self, &error);
  gtk_label_set_text (self->caption, text != NULL ? text : error->message);
  if (text != NULL)
    gtk_widget_remove_css_class (GTK_WIDGET (self->caption), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->caption), "error");
}

static CtAssetChoices *
rule_choices (void)
{
  const char *const *rules = ct_maintenance_common_rules ();
  CtAssetChoices *choices = ct_asset_choices_new ();

  for (guint i = 0; rules[i] != NULL && rules[i + 1] != NULL; i += 2)
    ct_asset_choices_add (choices, rules[i], rules[i + 1]);
  ct_asset_choices_add (choices, CUSTOM, _("Custom rule…"));
  return choices;
}

static CtAssetChoices *
department_choices (CtAssetDialog *self)
{
  GListModel *departments = ct_record_store_get_model (
    ct_organisation_get_departments (ct_context_get_organisation (self->context)));

  return ct_asset_choices_new_records (departments, _("None"), NULL, 0);
}

static void
add_rule_fields (CtAssetDialog *self,
                 CtRecord      *plan)
{
  const char *rrule = ct_record_get_string (plan, "rrule");
  gboolean common = is_common_rule (rrule);
  g_autoptr(CtAssetChoices) rules = rule_choices ();
  g_autoptr(CtAssetChoices) bases =
    ct_asset_choices_new_vocab (ct_maintenance_bases (), ct_maintenance_basis_label);
  GtkWidget *entry;

  ct_asset_dialog_add_group (self, _("Recurrence"), NULL);
  ct_asset_dialog_add_choices (self, "rule", _("_Repeats"), rules, common ? rrule : CUSTOM);
  entry = ct_asset_dialog_add_entry (self, "rrule", _("R_ule, e.g. FREQ=MONTHLY;INTERVAL=2"),
                                     common ? "" : rrule);
  g_signal_connect_object (entry, "changed", G_CALLBACK (update_preview), self,
                           G_CONNECT_SWAPPED);
  ct_asset_dialog_add_choices (self, "basis", _("Counted _from"), bases,
                               ct_record_get_string (plan, "basis"));
  ct_asset_dialog_set_hint (self, "basis", _("The schedule keeps fixed dates; completion "
                                             "counts from when the last task was done"));
  entry = ct_asset_dialog_add_entry (self, "starts_on", _("_Starts on (YYYY-MM-DD)"),
                                     ct_record_get_string (plan, "starts_on"));
  g_signal_connect_object (entry, "changed", G_CALLBACK (update_preview), self,
                           G_CONNECT_SWAPPED);
  ct_asset_dialog_add_caption (self);
  g_signal_connect (self, "field-changed::rule", G_CALLBACK (update_preview), NULL);
  g_signal_connect (self, "field-changed::basis", G_CALLBACK (update_preview), NULL);
}

static void
build_form (CtAssetDialog *self,
            CtRecord      *plan,
            gboolean       editing)
{
  g_autoptr(CtAssetChoices) departments = department_choices (self);
  g_autofree char *department = g_strdup_printf ("%" G_GINT64_FORMAT,
                                                 ct_record_get_int (plan, "department_id"));
  g_autofree char *intro = ct_record_dup_label (CT_RECORD (self->asset));

  ct_asset_dialog_set_intro (self, intro);
  ct_asset_dialog_add_group (self, NULL, NULL);
  ct_asset_dialog_add_entry (self, "title", _("_Title"), ct_record_get_string (plan, "title"));
  if (editing)
    ct_asset_dialog_add_switch (self, "active", _("A_ctive"),
                                _("An inactive plan makes no more tasks"),
                                ct_record_get_int (plan, "active") != 0);
  add_rule_fields (self, plan);
  ct_asset_dialog_add_group (self, _("Who"), NULL);
  ct_asset_dialog_add_choices (self, "department", _("_Department"), departments, department);
  ct_asset_dialog_add_entry (self, "contractor", _("Main_tenance contractor"),
                             ct_record_get_string (plan, "contractor"));
  ct_asset_dialog_add_text (self, "instructions", _("_Instructions"),
                            ct_record_get_string (plan, "instructions"));
  update_preview (self);
  gtk_window_set_default_size (GTK_WINDOW (self), 560, 700);
}

static gboolean
read_plan (CtAssetDialog  *self,
           CtRecord       *plan,
           GError        **error)
{
  g_autofree char *title = NULL;
  g_autofree char *rule = dup_rule (self);
  g_autofree char *basis = ct_asset_dialog_dup_value (self, "basis");
  g_autofree char *start = NULL;
  g_autofree char *contractor = ct_asset_dialog_dup_value (self, "contractor");
  g_autofree char *instructions = ct_asset_dialog_dup_value (self, "instructions");

  title = ct_asset_dialog_dup_required (self, "title", _("Name the plan, for example: monthly "
                                                         "elevator maintenance."), error);
  if (title == NULL || !ct_maintenance_check_rule (rule, error)
      || !ct_asset_dialog_get_date (self, "starts_on", &start, error))
    return FALSE;
  if (*start == '\0')
    return ct_asset_dialog_fail (error, _("Type the date the plan starts, for example "
                                          "2026-12-01."));
  ct_record_set_string (plan, "title", title);
  ct_record_set_string (plan, "rrule", rule);
  ct_record_set_string (plan, "basis", basis);
  ct_record_set_string (plan, "starts_on", start);
  ct_record_set_int (plan, "department_id", ct_asset_dialog_get_id (self, "department"));
  ct_record_set_string (plan, "contractor", contractor);
  ct_record_set_string (plan, "instructions", instructions);
  if (ct_record_get_id (plan) != 0)
    ct_record_set_int (plan, "active", ct_asset_dialog_get_switch (self, "active"));
  return TRUE;
}

static gboolean
save_plan (CtAssetDialog  *self,
           GError        **error)
{
  const char *actor = ct_context_get_user (self->context);
  g_autoptr(CtRecord) plan = NULL;

  if (self->target != NULL)
    plan = ct_record_copy (self->target);
  else
    plan = CT_RECORD (ct_maintenance_plan_new (ct_record_get_id (CT_RECORD (self->asset)), "",
                                               "FREQ=MONTHLY", "schedule", ""));
  if (!read_plan (self, plan, error))
    return FALSE;
  if (self->target != NULL
      ? !ct_maintenance_update_plan (STORE (self), CT_MAINTENANCE_PLAN (plan), actor, error)
      : !ct_maintenance_create_plan (STORE (self), CT_MAINTENANCE_PLAN (plan), actor, error))
    return FALSE;
  ct_asset_dialog_set_result (self, plan);
  return TRUE;
}

/* A new plan as the form first shows it. */
static CtMaintenancePlan *
blank_plan (CtAssetDialog *self)
{
  CtRecord *asset = CT_RECORD (self->asset);
  CtDepartment *engineering = ct_organisation_find_department (
    ct_context_get_organisation (self->context), "engineering");
  g_autofree char *today = ct_asset_dialog_dup_today (self);
  /* Translators: the title a new plan starts with, e.g. “Elevator maintenance” */
  g_autofree char *title = g_strdup_printf (_("%s maintenance"),
                                            ct_asset_category_label (ct_asset_get_category (
                                              self->asset)));
  CtMaintenancePlan *plan = ct_maintenance_plan_new (ct_record_get_id (asset), title,
                                                     "FREQ=MONTHLY", "schedule", today);

  ct_record_set_string (CT_RECORD (plan), "contractor",
                        ct_record_get_string (asset, "contractor"));
  if (engineering != NULL)
    ct_record_set_int (CT_RECORD (plan), "department_id",
                       ct_record_get_id (CT_RECORD (engineering)));
  return plan;
}

GtkWidget *
ct_asset_dialog_plan (GtkWindow         *parent,
                      CtContext         *ctx,
                      CtAsset           *asset,
                      CtMaintenancePlan *plan)
{
  g_autoptr(CtMaintenancePlan) blank = NULL;
  g_autoptr(CtRecord) copy = NULL;
  CtAssetDialog *self;

  g_return_val_if_fail (CT_IS_CONTEXT (ctx), NULL);
  g_return_val_if_fail (CT_IS_ASSET (asset), NULL);
  g_return_val_if_fail (plan == NULL || CT_IS_MAINTENANCE_PLAN (plan), NULL);

  self = ct_asset_dialog_new_form (parent, ctx, plan != NULL ? _("Edit Maintenance Plan")
                                                             : _("New Maintenance Plan"),
                                   _("_Save"), save_plan);
  ct_asset_dialog_set_asset (self, asset);
  if (plan != NULL)
    {
      copy = ct_record_copy (CT_RECORD (plan));
      ct_asset_dialog_set_target (self, copy);
      build_form (self, copy, TRUE);
    }
  else
    {
      blank = blank_plan (self);
      build_form (self, CT_RECORD (blank), FALSE);
    }
  return GTK_WIDGET (self);
}
