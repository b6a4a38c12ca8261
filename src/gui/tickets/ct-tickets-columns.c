/* ct-tickets-columns.c — the cells of the ticket table, and header clicks
 * turned into the query's ORDER BY
 *
 * The columns carry GtkCustomSorters only so that GTK draws the sort arrows
 * and the column view's sorter says which header was clicked
 * (ct-column-sort.c): the rows are sorted by SQL, in the model.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-tickets-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-tickets-page-private.h"
#include "widgets/ct-column-cells.h"
#include "widgets/ct-column-sort.h"

typedef enum
{
  COLUMN_CODE,
  COLUMN_KIND,
  COLUMN_TITLE,
  COLUMN_UNIT,
  COLUMN_STATUS,
  COLUMN_ASSIGNEE,
  COLUMN_SLA,
  COLUMN_CREATED,
} Column;

/* "11-21 14:05" in the database's zone; "2024-11-21" for another year. */
static char *
dup_created_text (CtTicketsPage *self,
                  CtTicket      *ticket)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (ct_record_get_created_at (CT_RECORD (ticket)));
  g_autoptr(GDateTime) now_utc = g_date_time_new_from_unix_utc (ct_tickets_page_now (self));
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GDateTime) now = NULL;

  if (self->tz == NULL || utc == NULL || now_utc == NULL)
    return g_strdup ("");
  local = g_date_time_to_timezone (utc, self->tz);
  now = g_date_time_to_timezone (now_utc, self->tz);
  if (g_date_time_get_year (local) != g_date_time_get_year (now))
    return g_date_time_format (local, "%Y-%m-%d");
  return g_date_time_format (local, "%m-%d %H:%M");
}

static char *
dup_kind_text (CtTicket *ticket)
{
  const char *kind = ct_ticket_kind_label (ct_ticket_get_kind (ticket));
  const char *repair_class = ct_record_get_string (CT_RECORD (ticket), "repair_class");

  if (kind == NULL)
    return g_strdup (ct_ticket_get_kind (ticket));
  if (*repair_class == '\0' || ct_ticket_repair_class_label (repair_class) == NULL)
    return g_strdup (kind);
  /* Translators: the Kind column of a repair, %s is its class: “Emergency repair”. In
   * Chinese the class alone says it (急修, 一般维修, 预约维修): translate as “%s”. */
  return g_strdup_printf (_("%s repair"), ct_ticket_repair_class_label (repair_class));
}

static char *
dup_unit_text (CtTicketsPage *self,
               CtTicket      *ticket)
{
  const char *address = ct_record_get_string (CT_RECORD (ticket), "address");
  CtRecord *site;

  if (*address != '\0' || self->context == NULL)
    return g_strdup (address);
  site = ct_record_store_lookup (ct_organisation_get_sites (ct_context_get_organisation (self->context)),
                                 ct_record_get_int (CT_RECORD (ticket), "site_id"));
  return g_strdup (site != NULL ? ct_record_get_string (site, "name") : "");
}

static char *
dup_assignee_text (CtTicketsPage *self,
                   CtTicket      *ticket)
{
  gint64 id = ct_record_get_int (CT_RECORD (ticket), "assignee_id");
  CtRecord *staff;

  if (id == 0 || self->context == NULL)
    return g_strdup ("");
  staff = ct_record_store_lookup (ct_organisation_get_staff (ct_context_get_organisation (self->context)), id);
  return g_strdup (staff != NULL ? ct_record_get_string (staff, "name") : "");
}

static char *
dup_text (CtTicketsPage *self,
          Column         column,
          CtTicket      *ticket)
{
  const char *style_class, *icon_name;

  if (ticket == NULL || ct_record_get_id (CT_RECORD (ticket)) == 0)
    return g_strdup ("");
  switch (column)
    {
    case COLUMN_CODE:
      return g_strdup (ct_ticket_get_code (ticket));
    case COLUMN_KIND:
      return dup_kind_text (ticket);
    case COLUMN_TITLE:
      return g_strdup (ct_record_get_string (CT_RECORD (ticket), "title"));
    case COLUMN_UNIT:
      return dup_unit_text (self, ticket);
    case COLUMN_STATUS:
      return g_strdup (ct_ticket_status_label (ct_ticket_get_status (ticket)));
    case COLUMN_ASSIGNEE:
      return dup_assignee_text (self, ticket);
    case COLUMN_SLA:
      return ct_tickets_page_dup_sla_text (self, ticket, &style_class, &icon_name);
    case COLUMN_CREATED:
    default:
      return dup_created_text (self, ticket);
    }
}

static void
setup_text_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               CtTicketsPage            *self)
{
  gtk_list_item_set_child (item, ct_column_cell_new_text (8));
}

static void
setup_title_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                CtTicketsPage            *self)
{
  gtk_list_item_set_child (item, ct_column_cell_new_text (20));
}

static void
setup_sla_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              CtTicketsPage            *self)
{
  gtk_list_item_set_child (item, ct_column_cell_new_icon_text (12));
}

static void
bind_column (CtTicketsPage *self,
             GtkListItem   *item,
             Column         column)
{
  g_autofree char *text = dup_text (self, column, gtk_list_item_get_item (item));

  gtk_inscription_set_text (GTK_INSCRIPTION (gtk_list_item_get_child (item)), text);
}

/* The bind callbacks of the plain text columns. */
#define BIND_TEXT(name, column) \
  static void \
  name (GtkSignalListItemFactory *factory, \
        GtkListItem              *item, \
        CtTicketsPage            *self) \
  { \
    bind_column (self, item, column); \
  }

BIND_TEXT (bind_code_cb, COLUMN_CODE)
BIND_TEXT (bind_kind_cb, COLUMN_KIND)
BIND_TEXT (bind_unit_cb, COLUMN_UNIT)
BIND_TEXT (bind_status_cb, COLUMN_STATUS)
BIND_TEXT (bind_assignee_cb, COLUMN_ASSIGNEE)
BIND_TEXT (bind_created_cb, COLUMN_CREATED)

static void
bind_title_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               CtTicketsPage            *self)
{
  bind_column (self, item, COLUMN_TITLE);
  ct_column_cell_set_tooltip (gtk_list_item_get_child (item),
                              gtk_inscription_get_text (GTK_INSCRIPTION (gtk_list_item_get_child (item))));
}

static void
bind_sla_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             CtTicketsPage            *self)
{
  CtTicket *ticket = gtk_list_item_get_item (item);
  const char *style_class = NULL, *icon_name = NULL;
  g_autofree char *text = NULL;
  g_autofree char *tooltip = NULL;

  if (ticket != NULL && ct_record_get_id (CT_RECORD (ticket)) != 0)
    {
      text = ct_tickets_page_dup_sla_text (self, ticket, &style_class, &icon_name);
      tooltip = ct_tickets_page_dup_sla_tooltip (self, ticket);
    }
  ct_column_cell_set (gtk_list_item_get_child (item), text, style_class, icon_name, tooltip);
}

/* A header was clicked: the primary column and its direction become the
 * query's sort. */
static void
sorter_changed_cb (CtTicketsPage *self,
                   GtkSorterChange change,
                   GtkSorter     *sorter)
{
  int sort;
  gboolean descending;

  if (self->query == NULL || gtk_widget_in_destruction (GTK_WIDGET (self)))
    return;
  sort = self->query->sort;
  descending = self->query->descending;
  if (!ct_column_sort_update (sorter, &sort, &descending))
    return;
  self->query->sort = (CtTicketSort) sort;
  self->query->descending = descending;
  ct_tickets_page_apply_query (self);
}

void
ct_tickets_page_init_columns (CtTicketsPage *self)
{
  ct_column_sort_attach (self->code_column, CT_TICKET_SORT_CODE);
  ct_column_sort_attach (self->kind_column, CT_TICKET_SORT_KIND);
  ct_column_sort_attach (self->title_column, CT_TICKET_SORT_TITLE);
  ct_column_sort_attach (self->unit_column, CT_TICKET_SORT_ADDRESS);
  ct_column_sort_attach (self->status_column, CT_TICKET_SORT_STATUS);
  ct_column_sort_attach (self->assignee_column, CT_TICKET_SORT_ASSIGNEE);
  ct_column_sort_attach (self->sla_column, CT_TICKET_SORT_DUE);
  ct_column_sort_attach (self->created_column, CT_TICKET_SORT_CREATED);
  gtk_column_view_sort_by_column (self->column_view, self->created_column, GTK_SORT_DESCENDING);
  g_signal_connect_object (gtk_column_view_get_sorter (self->column_view), "changed",
                           G_CALLBACK (sorter_changed_cb), self, G_CONNECT_SWAPPED);
}

/* Time passes: the deadlines' "left" and "overdue" texts are bound again. */
void
ct_tickets_page_refresh_sla_cells (CtTicketsPage *self)
{
  ct_column_rebind (self->sla_column);
}

/* Sites or staff were renamed. */
void
ct_tickets_page_refresh_org_cells (CtTicketsPage *self)
{
  ct_column_rebind (self->unit_column);
  ct_column_rebind (self->assignee_column);
}

char *
ct_tickets_page_dup_cell_text (CtTicketsPage       *self,
                               GtkColumnViewColumn *column,
                               guint                position)
{
  GtkColumnViewColumn *columns[] = {
    self->code_column, self->kind_column, self->title_column, self->unit_column,
    self->status_column, self->assignee_column, self->sla_column, self->created_column,
  };
  g_autoptr(CtTicket) ticket = NULL;

  g_return_val_if_fail (CT_IS_TICKETS_PAGE (self), NULL);

  if (self->model == NULL)
    return NULL;
  ticket = g_list_model_get_item (G_LIST_MODEL (self->model), position);
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    if (columns[i] == column)
      return dup_text (self, (Column) i, ticket);
  return NULL;
}

void
ct_tickets_page_class_init_columns (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, CtTicketsPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, CtTicketsPage, code_column);
  gtk_widget_class_bind_template_child (widget_class, CtTicketsPage, kind_column);
  gtk_widget_class_bind_template_child (widget_class, CtTicketsPage, title_column);
  gtk_widget_class_bind_template_child (widget_class, CtTicketsPage, unit_column);
  gtk_widget_class_bind_template_child (widget_class, CtTicketsPage, status_column);
  gtk_widget_class_bind_template_child (widget_class, CtTicketsPage, assignee_column);
  gtk_widget_class_bind_template_child (widget_class, CtTicketsPage, sla_column);
  gtk_widget_class_bind_template_child (widget_class, CtTicketsPage, created_column);
  gtk_widget_class_bind_template_callback (widget_class, setup_text_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_title_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_sla_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_code_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_kind_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_title_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_unit_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_status_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_assignee_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_sla_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_created_cb);
}
