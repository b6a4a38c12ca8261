/* ct-tickets-filters.c — the filter bar and the search entry, read into the
 * page's CtTicketQuery (the model turns it into SQL)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-tickets-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-tickets-page-private.h"
#include "widgets/ct-filter-util.h"

/* The status dropdown: open tickets, all, then each status. */
#define STATUS_OPEN 0
#define STATUS_ALL  1

typedef enum
{
  CREATED_ANY,
  CREATED_TODAY,
  CREATED_7_DAYS,
  CREATED_30_DAYS,
  CREATED_THIS_MONTH,
} CreatedPreset;

static const char *const created_presets[] = {
  N_("Any time"), N_("Today"), N_("Last 7 days"), N_("Last 30 days"), N_("This month"), NULL,
};

/* First item @all, then one per record of @store (label from @field), their
 * ids in @ids (0 for @all). Keeps the selected id when it still exists. */
static void
fill_records (GtkDropDown   *dropdown,
              GArray        *ids,
              const char    *all,
              CtRecordStore *store,
              const char    *field)
{
  GListModel *records = ct_record_store_get_model (store);
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
  guint selected = gtk_drop_down_get_selected (dropdown);
  gint64 keep = selected < ids->len ? g_array_index (ids, gint64, selected) : 0;
  guint n = g_list_model_get_n_items (records);

  g_array_set_size (ids, 0);
  g_array_append_val (ids, ((gint64) { 0 }));
  g_ptr_array_add (strings, g_strdup (all));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CtRecord) record = g_list_model_get_item (records, i);
      gint64 id = ct_record_get_id (record);

      g_array_append_val (ids, id);
      g_ptr_array_add (strings, g_strdup (ct_record_get_string (record, field)));
    }
  ct_filter_dropdown_set_strings (dropdown, strings);
  selected = 0;
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == keep)
      selected = i;
  gtk_drop_down_set_selected (dropdown, selected);
}

void
ct_tickets_page_fill_org_filters (CtTicketsPage *self)
{
  CtOrganisation *org;

  if (self->context == NULL)
    return;
  org = ct_context_get_organisation (self->context);
  self->filling = TRUE;
  fill_records (self->site_dropdown, self->site_ids, _("All sites"),
                ct_organisation_get_sites (org), "name");
  fill_records (self->department_dropdown, self->department_ids, _("All departments"),
                ct_organisation_get_departments (org), "name");
  fill_records (self->assignee_dropdown, self->assignee_ids, _("Anyone"),
                ct_organisation_get_staff (org), "name");
  self->filling = FALSE;
}

static gint64
selected_id (GtkDropDown *dropdown,
             GArray      *ids)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  return selected < ids->len ? g_array_index (ids, gint64, selected) : 0;
}

/* [from, to) of a preset, in the database's zone; 0, 0 for any time. */
static void
created_range (CtTicketsPage *self,
               CreatedPreset  preset,
               gint64        *from,
               gint64        *to)
{
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (ct_tickets_page_now (self));

  *from = *to = 0;
  if (preset == CREATED_ANY || self->tz == NULL || utc == NULL)
    return;
  now = g_date_time_to_timezone (utc, self->tz);
  start = g_date_time_new (self->tz, g_date_time_get_year (now), g_date_time_get_month (now),
                           preset == CREATED_THIS_MONTH ? 1 : g_date_time_get_day_of_month (now),
                           0, 0, 0);
  end = preset == CREATED_THIS_MONTH ? g_date_time_add_months (start, 1)
                                     : g_date_time_add_days (start, 1);
  *to = g_date_time_to_unix (end);
  if (preset == CREATED_7_DAYS || preset == CREATED_30_DAYS)
    {
      g_autoptr(GDateTime) earlier = g_date_time_add_days (start, preset == CREATED_7_DAYS ? -6 : -29);

      *from = g_date_time_to_unix (earlier);
      return;
    }
  *from = g_date_time_to_unix (start);
}

static char **
one_string (const char *value)
{
  const char *strv[] = { value, NULL };

  return g_strdupv ((char **) strv);
}

void
ct_tickets_page_read_filters (CtTicketsPage *self)
{
  CtTicketQuery *query = self->query;
  guint status = gtk_drop_down_get_selected (self->status_dropdown);
  const char *kind = ct_filter_dropdown_get_key (self->kind_dropdown, ct_ticket_kinds (), 1);
  const char *status_key = ct_filter_dropdown_get_key (self->status_dropdown,
                                                       ct_ticket_statuses (), 2);
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  g_clear_pointer (&query->statuses, g_strfreev);
  g_clear_pointer (&query->kinds, g_strfreev);
  if (status == STATUS_OPEN)
    query->statuses = one_string ("open");
  else if (status_key != NULL)
    query->statuses = one_string (status_key);
  if (kind != NULL)
    query->kinds = one_string (kind);
  query->site_id = selected_id (self->site_dropdown, self->site_ids);
  query->department_id = selected_id (self->department_dropdown, self->department_ids);
  query->assignee_id = selected_id (self->assignee_dropdown, self->assignee_ids);
  query->overdue_only = gtk_toggle_button_get_active (self->overdue_button);
  query->now = ct_tickets_page_now (self);
  created_range (self, gtk_drop_down_get_selected (self->created_dropdown),
                 &query->created_from, &query->created_to);
  g_clear_pointer (&query->search, g_free);
  query->search = *search != '\0' ? g_strdup (search) : NULL;
}

static void
filter_changed_cb (CtTicketsPage *self)
{
  if (self->filling)
    return;
  ct_tickets_page_read_filters (self);
  ct_tickets_page_apply_query (self);
}

static void
search_changed_cb (CtTicketsPage *self)
{
  filter_changed_cb (self);
}

void
ct_tickets_page_reset_filters (CtTicketsPage *self)
{
  self->filling = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_selected (self->status_dropdown, STATUS_OPEN);
  gtk_drop_down_set_selected (self->kind_dropdown, 0);
  gtk_drop_down_set_selected (self->site_dropdown, 0);
  gtk_drop_down_set_selected (self->department_dropdown, 0);
  gtk_drop_down_set_selected (self->assignee_dropdown, 0);
  gtk_drop_down_set_selected (self->created_dropdown, CREATED_ANY);
  gtk_toggle_button_set_active (self->overdue_button, FALSE);
  ct_tickets_page_clear_ids (self);
  self->filling = FALSE;
  filter_changed_cb (self);
}

void
ct_tickets_page_init_filters (CtTicketsPage *self)
{
  GtkExpression *expression;

  self->site_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->department_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->assignee_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  self->filling = TRUE;
  ct_filter_dropdown_fill_keys (self->status_dropdown, _("Open"), _("All statuses"),
                                ct_ticket_statuses (), ct_ticket_status_label);
  ct_filter_dropdown_fill_keys (self->kind_dropdown, _("All kinds"), NULL,
                                ct_ticket_kinds (), ct_ticket_kind_label);
  ct_filter_dropdown_fill_msgids (self->created_dropdown, created_presets);

  /* Type a name to find one of 140 people. */
  expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  gtk_drop_down_set_expression (self->assignee_dropdown, expression);
  gtk_expression_unref (expression);
  self->filling = FALSE;
  ct_tickets_page_read_filters (self);
}

void
ct_tickets_page_class_init_filters (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, CtTicketsPage, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CtTicketsPage, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CtTicketsPage, site_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CtTicketsPage, department_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CtTicketsPage, assignee_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CtTicketsPage, created_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CtTicketsPage, overdue_button);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
}
