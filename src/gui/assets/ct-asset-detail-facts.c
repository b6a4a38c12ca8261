/* ct-asset-detail-facts.c — the status line, the facts of an asset and its
 * KPIs over the last 12 months
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-asset-detail"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-asset-detail-format.h"
#include "ct-asset-detail-private.h"
#include "ct-asset-kpi.h"
#include "ct-ticket-detail-format.h"

#define RECORD(self) (CT_RECORD ((self)->asset))

static const struct { const char *status, *icon, *style; } status_looks[] = {
  { "in_service",  "emblem-ok-symbolic",          "success" },
  { "down",        "dialog-warning-symbolic",     "error" },
  { "maintenance", "emblem-system-symbolic",      "warning" },
  { "retired",     "action-unavailable-symbolic", "dim-label" },
};

static const char *const kpi_keys[] = {
  "asset_availability", "mtbf_hours", "mttr_hours", "pm_compliance_rate",
};

/* The status line */

static char *
dup_date_of (CtAssetDetail *self,
             gint64         time)
{
  g_autofree char *text = ct_ticket_detail_format_time (time, self->tz);

  /* "2026-11-20 14:05" → "2026-11-20" */
  if (strlen (text) > 10)
    text[10] = '\0';
  return g_steal_pointer (&text);
}

/* "Since 2026-11-20 14:00 · 电梯困人 · T-2026-00012" of the open downtime. */
static char *
dup_downtime_text (CtAssetDetail *self)
{
  g_autoptr(GPtrArray) downtime = ct_asset_store_list_downtime (
    ct_context_get_assets (self->context), ct_record_get_id (RECORD (self)), NULL);
  CtDowntime *open = downtime != NULL && downtime->len > 0 ? g_ptr_array_index (downtime, 0)
                                                           : NULL;
  g_autofree char *since = NULL;
  GString *text;

  if (open == NULL || open->ended_at != 0)
    return g_strdup ("");
  since = ct_ticket_detail_format_time (open->started_at, self->tz);
  /* Translators: since when an asset is down */
  text = g_string_new (NULL);
  g_string_printf (text, _("Since %s"), since);
  if (open->reason != NULL && *open->reason != '\0')
    g_string_append_printf (text, " · %s", open->reason);
  if (open->ticket_code != NULL)
    g_string_append_printf (text, " · %s", open->ticket_code);
  return g_string_free (text, FALSE);
}

static char *
dup_status_detail (CtAssetDetail *self,
                   const char    *status)
{
  g_autofree char *date = NULL;

  if (g_str_equal (status, "retired"))
    {
      date = dup_date_of (self, ct_record_get_int (RECORD (self), "retired_at"));
      /* Translators: %s is a date */
      return g_strdup_printf (_("Retired on %s"), date);
    }
  if (g_str_equal (status, "in_service"))
    {
      date = dup_date_of (self, ct_record_get_int (RECORD (self), "service_from"));
      /* Translators: %s is a date */
      return g_strdup_printf (_("In service since %s"), date);
    }
  return dup_downtime_text (self);
}

void
ct_asset_detail_fill_status (CtAssetDetail *self)
{
  const char *status = ct_asset_get_status (self->asset);
  g_autofree char *detail = dup_status_detail (self, status);

  for (guint i = 0; i < G_N_ELEMENTS (status_looks); i++)
    {
      gboolean match = g_str_equal (status, status_looks[i].status);

      if (match)
        gtk_image_set_from_icon_name (self->status_icon, status_looks[i].icon);
      if (match)
        gtk_widget_add_css_class (self->status_pill, status_looks[i].style);
      else
        gtk_widget_remove_css_class (self->status_pill, status_looks[i].style);
    }
  gtk_label_set_text (self->status_label, ct_asset_status_label (status));
  gtk_label_set_text (self->status_detail_label, detail);
}

/* The facts grid: sections of label / value rows; a section without values
 * leaves no heading. */

typedef struct
{
  CtAssetDetail *self;
  int            row;
  int            heading;   /* row of the open section's heading, -1 none */
} Facts;

static void
facts_close (Facts *facts)
{
  GtkGrid *grid = facts->self->facts_grid;

  if (facts->heading >= 0 && facts->row == facts->heading + 1)
    {
      gtk_grid_remove (grid, gtk_grid_get_child_at (grid, 0, facts->heading));
      facts->row = facts->heading;
    }
  facts->heading = -1;
}

static void
facts_section (Facts      *facts,
               const char *title)
{
  GtkWidget *label = gtk_label_new (title);

  facts_close (facts);
  g_object_set (label, "xalign", 0.0f, "margin-top", facts->row > 0 ? 12 : 0, NULL);
  gtk_widget_add_css_class (label, "heading");
  gtk_grid_attach (facts->self->facts_grid, label, 0, facts->row, 2, 1);
  facts->heading = facts->row++;
}

static void
facts_add (Facts      *facts,
           const char *label,
           const char *value,
           const char *style_class)
{
  GtkWidget *name;
  GtkWidget *text;

  if (value == NULL || *value == '\0')
    return;
  name = gtk_label_new (label);
  text = gtk_label_new (value);
  g_object_set (name, "xalign", 0.0f, "yalign", 0.0f, NULL);
  gtk_widget_add_css_class (name, "dim-label");
  g_object_set (text, "xalign", 0.0f, "wrap", TRUE, "wrap-mode", PANGO_WRAP_WORD_CHAR,
                "selectable", TRUE, "focusable", FALSE, "hexpand", TRUE, NULL);
  if (style_class != NULL)
    gtk_widget_add_css_class (text, style_class);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (text), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  name, NULL, -1);
  gtk_grid_attach (facts->self->facts_grid, name, 0, facts->row, 1, 1);
  gtk_grid_attach (facts->self->facts_grid, text, 1, facts->row, 1, 1);
  facts->row++;
}

static void
facts_field (Facts      *facts,
             const char *field)
{
  CtAssetDetail *self = facts->self;
  g_autofree char *value = ct_asset_detail_dup_field_text (self->context, self->tz,
                                                           RECORD (self), field);

  facts_add (facts, ct_asset_detail_field_label (RECORD (self), field), value, NULL);
}

/* A date field with how far it is: "2026-12-01 · in 8 days", "… · 3 days ago"
 * styled @past_style when past and "warning" within @soon_days. */
static void
facts_due (Facts      *facts,
           const char *field,
           int         soon_days,
           const char *past_style)
{
  CtAssetDetail *self = facts->self;
  const char *date = ct_record_get_string (RECORD (self), field);
  int days = ct_asset_detail_days_between (self->today, date);
  const char *style = days < 0 ? past_style : days <= soon_days ? "warning" : NULL;
  g_autofree char *text = NULL;

  if (*date == '\0')
    return;
  if (days < 0)
    /* Translators: a date and how long ago it passed */
    text = g_strdup_printf (ngettext ("%s · %d day ago", "%s · %d days ago", -days), date, -days);
  else if (days == 0)
    /* Translators: a date that is today */
    text = g_strdup_printf (_("%s · today"), date);
  else
    /* Translators: a date and how far ahead it is */
    text = g_strdup_printf (ngettext ("%s · in %d day", "%s · in %d days", days), date, days);
  facts_add (facts, ct_asset_detail_field_label (RECORD (self), field), text, style);
}

/* "三菱 · LEHY-III", or whichever of the two is known. */
static char *
dup_make (CtRecord *asset)
{
  const char *manufacturer = ct_record_get_string (asset, "manufacturer");
  const char *model = ct_record_get_string (asset, "model");

  if (*manufacturer != '\0' && *model != '\0')
    return g_strdup_printf ("%s · %s", manufacturer, model);
  return g_strdup (*manufacturer != '\0' ? manufacturer : model);
}

static void
add_equipment_facts (Facts *facts)
{
  g_autofree char *make = dup_make (RECORD (facts->self));

  facts_section (facts, _("Equipment"));
  facts_add (facts, _("Make and model"), make, NULL);
  facts_field (facts, "serial");
  facts_field (facts, "installed_on");
  facts_due (facts, "warranty_until", 30, "dim-label");
  facts_field (facts, "criticality");
}

void
ct_asset_detail_fill_facts (CtAssetDetail *self)
{
  Facts facts = { self, 0, -1 };
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->facts_grid))) != NULL)
    gtk_grid_remove (self->facts_grid, child);
  facts_section (&facts, _("Place"));
  facts_field (&facts, "site_id");
  facts_field (&facts, "building_id");
  facts_field (&facts, "location_id");
  facts_field (&facts, "parent_id");
  add_equipment_facts (&facts);
  facts_section (&facts, _("Maintenance"));
  facts_field (&facts, "contractor");
  facts_due (&facts, "contract_until", 30, "error");
  facts_due (&facts, "next_due", 7, "error");
  if (ct_asset_category_is_special (ct_asset_get_category (self->asset)))
    {
      facts_section (&facts, _("Special Equipment"));
      facts_field (&facts, "registration_no");
      facts_due (&facts, "statutory_due", 30, "error");
    }
  facts_close (&facts);
}

/* KPIs */

/* The 12 months up to now: from the same day a year ago, at midnight. */
static void
last_year (CtAssetDetail *self,
           CtKpiPeriod   *period)
{
  gint64 now = ct_clock_now (ct_context_get_clock (self->context));
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (now);
  g_autoptr(GDateTime) local = g_date_time_to_timezone (utc, self->tz);
  g_autoptr(GDateTime) year_ago = g_date_time_add_years (local, -1);
  g_autoptr(GDateTime) start = g_date_time_new (self->tz, g_date_time_get_year (year_ago),
                                                g_date_time_get_month (year_ago),
                                                g_date_time_get_day_of_month (year_ago), 0, 0, 0);
  g_autofree char *from = g_date_time_format (start, "%Y-%m-%d");
  /* Translators: a period from a date to a date */
  g_autofree char *text = g_strdup_printf (_("%s – %s"), from, self->today);

  period->from = g_date_time_to_unix (start);
  period->to = now;
  period->site_id = 0;
  period->now = now;
  gtk_label_set_text (self->kpi_period_label, text);
}

static const char *
kpi_style (const CtAssetKpis *kpis,
           const char        *key)
{
  double value, target;
  gboolean lower_is_better = FALSE;

  if (!ct_asset_kpis_get_value (kpis, key, &value)
      || !ct_asset_kpi_target (key, &target, &lower_is_better))
    return NULL;
  if (lower_is_better ? value <= target : value >= target)
    return "success";
  return "warning";
}

static GtkWidget *
kpi_row_new (const CtAssetKpis *kpis,
             const char        *key)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *value = ct_asset_kpis_format_value (kpis, key);
  GtkWidget *label = gtk_label_new (value);
  const char *style = kpi_style (kpis, key);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ct_asset_kpi_name (key));
  gtk_widget_add_css_class (label, "numeric");
  gtk_widget_add_css_class (label, "heading");
  if (style != NULL)
    gtk_widget_add_css_class (label, style);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             ct_asset_detail_info_button_new (ct_asset_kpi_definition (key)));
  return row;
}

void
ct_asset_detail_fill_kpis (CtAssetDetail *self)
{
  g_autoptr(CtAssetKpis) kpis = NULL;
  g_autoptr(GError) error = NULL;
  CtKpiPeriod period;

  ct_asset_detail_clear_list (self->kpi_list);
  last_year (self, &period);
  kpis = ct_asset_kpis_compute_for_asset (ct_context_get_database (self->context), &period,
                                          ct_record_get_id (RECORD (self)), &error);
  if (kpis == NULL)
    {
      gtk_list_box_append (self->kpi_list, ct_asset_detail_note_row_new (error->message, "error"));
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (kpi_keys); i++)
    gtk_list_box_append (self->kpi_list, kpi_row_new (kpis, kpi_keys[i]));
}
