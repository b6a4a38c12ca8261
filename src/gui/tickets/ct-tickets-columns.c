/* ct-tickets-columns.c — the cells of the ticket table, and header clicks
 * turned into the query's ORDER BY
 *
 * The columns carry GtkCustomSorters only so that GTK draws the sort arrows
 * and the column view's sorter says which header was clicked: the rows are
 * never sorted by GTK (that would read every ticket) but by SQL, in the model.
 * GTK 4.8 cannot tell which column is the primary one, so the page asks the
 * column view's sorter to compare two objects: the first column sorter it
 * calls is the primary one, and the sign of the answer is the direction.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-tickets-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-tickets-page-private.h"

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

static const char *const sla_classes[] = { "success", "warning", "error", "dim-label" };

typedef struct
{
  CtTicketsPage *page;
  CtTicketSort   sort;
} Probe;

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

static GtkWidget *
new_inscription (guint nat_chars)
{
  GtkWidget *label = gtk_inscription_new (NULL);

  gtk_inscription_set_nat_chars (GTK_INSCRIPTION (label), nat_chars);
  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (label),
                                     GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  return label;
}

static void
setup_text_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               CtTicketsPage            *self)
{
  gtk_list_item_set_child (item, new_inscription (8));
}

static void
setup_title_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                CtTicketsPage            *self)
{
  gtk_list_item_set_child (item, new_inscription (20));
}

static void
setup_sla_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              CtTicketsPage            *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = new_inscription (12);

  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), gtk_image_new ());
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_item_set_child (item, box);
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
  gtk_widget_set_tooltip_text (gtk_list_item_get_child (item),
                               gtk_inscription_get_text (GTK_INSCRIPTION (gtk_list_item_get_child (item))));
}

static void
bind_sla_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             CtTicketsPage            *self)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *image = gtk_widget_get_first_child (box);
  CtTicket *ticket = gtk_list_item_get_item (item);
  const char *style_class = NULL, *icon_name = NULL;
  g_autofree char *text = NULL;
  g_autofree char *tooltip = NULL;

  if (ticket != NULL && ct_record_get_id (CT_RECORD (ticket)) != 0)
    {
      text = ct_tickets_page_dup_sla_text (self, ticket, &style_class, &icon_name);
      tooltip = ct_tickets_page_dup_sla_tooltip (self, ticket);
    }
  gtk_widget_set_tooltip_text (box, tooltip);
  for (guint i = 0; i < G_N_ELEMENTS (sla_classes); i++)
    gtk_widget_remove_css_class (box, sla_classes[i]);
  if (style_class != NULL)
    gtk_widget_add_css_class (box, style_class);
  gtk_image_set_from_icon_name (GTK_IMAGE (image), icon_name);
  gtk_widget_set_visible (image, icon_name != NULL);
  gtk_inscription_set_text (GTK_INSCRIPTION (gtk_widget_get_next_sibling (image)), text);
}

static int
probe_compare (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  Probe *probe = user_data;

  probe->page->probed = TRUE;
  probe->page->probed_sort = probe->sort;
  return -1;
}

/* A header was clicked: the primary column and its direction become the
 * query's sort. */
static void
sorter_changed_cb (CtTicketsPage *self,
                   GtkSorterChange change,
                   GtkSorter     *sorter)
{
  g_autoptr(GObject) a = g_object_new (G_TYPE_OBJECT, NULL);
  g_autoptr(GObject) b = g_object_new (G_TYPE_OBJECT, NULL);
  GtkOrdering order;

  if (self->query == NULL || gtk_widget_in_destruction (GTK_WIDGET (self)))
    return;
  self->probed = FALSE;
  order = gtk_sorter_compare (sorter, a, b);
  if (!self->probed)
    return;
  if (self->query->sort == self->probed_sort
      && !self->query->descending == !(order == GTK_ORDERING_LARGER))
    return;
  self->query->sort = self->probed_sort;
  self->query->descending = order == GTK_ORDERING_LARGER;
  ct_tickets_page_apply_query (self);
}

static void
set_sorter (CtTicketsPage       *self,
            GtkColumnViewColumn *column,
            CtTicketSort         sort)
{
  Probe *probe = g_new0 (Probe, 1);
  g_autoptr(GtkCustomSorter) sorter = NULL;

  probe->page = self;
  probe->sort = sort;
  sorter = gtk_custom_sorter_new (probe_compare, probe, g_free);
  gtk_column_view_column_set_sorter (column, GTK_SORTER (sorter));
}

void
ct_tickets_page_init_columns (CtTicketsPage *self)
{
  set_sorter (self, self->code_column, CT_TICKET_SORT_CODE);
  set_sorter (self, self->kind_column, CT_TICKET_SORT_KIND);
  set_sorter (self, self->title_column, CT_TICKET_SORT_TITLE);
  set_sorter (self, self->unit_column, CT_TICKET_SORT_ADDRESS);
  set_sorter (self, self->status_column, CT_TICKET_SORT_STATUS);
  set_sorter (self, self->assignee_column, CT_TICKET_SORT_ASSIGNEE);
  set_sorter (self, self->sla_column, CT_TICKET_SORT_DUE);
  set_sorter (self, self->created_column, CT_TICKET_SORT_CREATED);
  gtk_column_view_sort_by_column (self->column_view, self->created_column, GTK_SORT_DESCENDING);
  g_signal_connect_object (gtk_column_view_get_sorter (self->column_view), "changed",
                           G_CALLBACK (sorter_changed_cb), self, G_CONNECT_SWAPPED);
}

static void
rebind_column (GtkColumnViewColumn *column)
{
  g_autoptr(GtkListItemFactory) factory = NULL;

  factory = g_object_ref (gtk_column_view_column_get_factory (column));
  gtk_column_view_column_set_factory (column, NULL);
  gtk_column_view_column_set_factory (column, factory);
}

/* Time passes: the deadlines' "left" and "overdue" texts are bound again. */
void
ct_tickets_page_refresh_sla_cells (CtTicketsPage *self)
{
  rebind_column (self->sla_column);
}

/* Sites or staff were renamed. */
void
ct_tickets_page_refresh_org_cells (CtTicketsPage *self)
{
  rebind_column (self->unit_column);
  rebind_column (self->assignee_column);
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
