/* ct-tickets-page.c — the Tickets tab: the queue over a lazy store model (sort,
 * filters and search in SQL), the detail of the selected ticket beside it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-tickets-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-new-ticket-dialog.h"
#include "ct-ticket-detail-private.h"
#include "ct-tickets-page-private.h"
#include "widgets/ct-record-list.h"

G_DEFINE_FINAL_TYPE (CtTicketsPage, ct_tickets_page, CT_TYPE_PAGE)

/* Whether the file holds no ticket at all (rather than none matching). */
static gboolean
database_is_empty (gpointer data)
{
  CtTicketsPage *self = data;
  g_autoptr(CtTicketListModel) all = NULL;

  all = ct_ticket_list_model_new (ct_ticket_list_model_get_database (self->model));
  return g_list_model_get_n_items (G_LIST_MODEL (all)) == 0;
}

static void
update_view (CtTicketsPage *self)
{
  guint n = self->model ? g_list_model_get_n_items (G_LIST_MODEL (self->model)) : 0;
  g_autofree char *count = NULL;

  if (self->model != NULL)
    count = g_strdup_printf (ngettext ("%u ticket", "%u tickets", n), n);
  ct_record_list_show (self->content_stack, self->count_label, G_LIST_MODEL (self->model), count,
                       database_is_empty, self);
}

/* Selects ticket @id when the list shows it. */
gboolean
ct_tickets_page_select_id (CtTicketsPage *self,
                           gint64         id)
{
  guint position;

  g_return_val_if_fail (CT_IS_TICKETS_PAGE (self), FALSE);

  if (self->model == NULL || id == 0 || !ct_ticket_list_model_find (self->model, id, &position))
    return FALSE;
  self->keep_id = id;
  ct_page_show_rows (gtk_single_selection_get_model (self->selection), position);
  gtk_single_selection_set_selected (self->selection, position);
  ct_record_list_scroll_to (self->column_view, position);
  return TRUE;
}

void
ct_tickets_page_apply_query (CtTicketsPage *self)
{
  if (self->model == NULL)
    return;
  ct_ticket_list_model_set_query (self->model, self->query);
  ct_tickets_page_select_id (self, self->keep_id);
  update_view (self);
}

void
ct_tickets_page_refresh (CtTicketsPage *self)
{
  if (self->model == NULL)
    return;
  ct_ticket_list_model_refresh (self->model);
  ct_tickets_page_select_id (self, self->keep_id);
  update_view (self);
  ct_tickets_page_update_badge (self);
}

/* Other apps changed tickets: the list, and the ticket shown even when the
 * filters hide it. Not under an open form: its save meets the version check
 * (a conflict to resolve, never a silent overwrite of their change). */
static void
ct_tickets_page_refresh_page (CtPage *page)
{
  CtTicketsPage *self = CT_TICKETS_PAGE (page);
  g_autoptr(CtTicket) shown = NULL;
  g_autoptr(CtTicket) stored = NULL;
  gboolean editing = ct_ticket_detail_get_dialog (self->detail) != NULL
                     || ct_ticket_detail_get_conflict_dialog (self->detail) != NULL;

  g_set_object (&shown, ct_ticket_detail_get_ticket (self->detail));
  ct_tickets_page_refresh (self);
  if (shown == NULL)
    return;
  if (editing)
    ct_ticket_detail_set_ticket (self->detail, shown);
  else if (ct_ticket_detail_get_ticket (self->detail) == shown
           && (stored = ct_ticket_store_load (ct_context_get_tickets (self->context),
                                              ct_record_get_id (CT_RECORD (shown)), NULL))
           && ct_record_get_version (CT_RECORD (stored)) != ct_record_get_version (CT_RECORD (shown)))
    ct_ticket_detail_set_ticket (self->detail, stored);
}

gint64
ct_tickets_page_now (CtTicketsPage *self)
{
  return self->context ? ct_clock_now (ct_context_get_clock (self->context)) : 0;
}

static void
selection_changed_cb (CtTicketsPage *self)
{
  CtTicket *ticket = gtk_single_selection_get_selected_item (self->selection);
  CtTicket *shown = ct_ticket_detail_get_ticket (self->detail);

  if (ct_record_list_pick (CT_RECORD (ticket), CT_RECORD (shown), &self->keep_id))
    ct_ticket_detail_set_ticket (self->detail, ticket);
}

static void
detail_changed_cb (CtTicketsPage *self)
{
  CtTicket *ticket = ct_ticket_detail_get_ticket (self->detail);

  if (ticket != NULL)
    self->keep_id = ct_record_get_id (CT_RECORD (ticket));
  ct_tickets_page_refresh (self);
}

static void
ticket_created_cb (CtTicketsPage *self,
                   CtTicket      *ticket)
{
  self->keep_id = ct_record_get_id (CT_RECORD (ticket));
  ct_tickets_page_refresh (self);
  if (!ct_tickets_page_select_id (self, self->keep_id))
    ct_ticket_detail_set_ticket (self->detail, ticket);   /* hidden by the filters */
}

static void
new_ticket_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  CtTicketsPage *self = CT_TICKETS_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog;

  if (self->context == NULL)
    return;
  dialog = ct_new_ticket_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                     self->context);
  g_signal_connect_object (dialog, "created", G_CALLBACK (ticket_created_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
reset_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  ct_tickets_page_reset_filters (CT_TICKETS_PAGE (widget));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_widget_grab_focus (GTK_WIDGET (CT_TICKETS_PAGE (widget)->search_entry));
}

static void
org_changed_cb (CtTicketsPage *self)
{
  ct_tickets_page_fill_org_filters (self);
  ct_tickets_page_refresh_org_cells (self);
}

static void
disconnect_context (CtTicketsPage *self)
{
  ct_tickets_page_stop_overdue (self);
  ct_tickets_page_abandon_transfer (self);
  if (self->context != NULL)
    {
      CtOrganisation *org = ct_context_get_organisation (self->context);

      g_signal_handlers_disconnect_by_data (ct_record_store_get_model (ct_organisation_get_staff (org)), self);
      g_signal_handlers_disconnect_by_data (ct_record_store_get_model (ct_organisation_get_sites (org)), self);
      g_signal_handlers_disconnect_by_data (ct_record_store_get_model (ct_organisation_get_departments (org)), self);
    }
  gtk_single_selection_set_model (self->selection, NULL);
  g_clear_object (&self->model);
  g_clear_object (&self->context);
  g_clear_pointer (&self->tz, g_time_zone_unref);
}

static void
watch_org (CtTicketsPage *self,
           CtRecordStore *store)
{
  g_signal_connect_object (ct_record_store_get_model (store), "items-changed",
                           G_CALLBACK (org_changed_cb), self, G_CONNECT_SWAPPED);
}

static void
start_overdue (CtPage *page)
{
  ct_tickets_page_start_overdue (CT_TICKETS_PAGE (page));
}

static void
ct_tickets_page_context_changed (CtPage *page)
{
  CtTicketsPage *self = CT_TICKETS_PAGE (page);
  CtContext *context = ct_page_get_context (page);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) rows = NULL;
  CtOrganisation *org;

  disconnect_context (self);
  self->keep_id = 0;
  ct_ticket_detail_set_ticket (self->detail, NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "tickets.new", context != NULL);
  if (context == NULL)
    {
      ct_tickets_page_update_transfer_actions (self);
      update_view (self);
      return;
    }
  self->context = g_object_ref (context);
  org = ct_context_get_organisation (context);
  self->tz = ct_work_calendar_load_time_zone (ct_context_get_database (context), &error);
  if (self->tz == NULL)   /* times stay blank rather than hours off */
    ct_page_show_toast (CT_PAGE (self), adw_toast_new (error->message));
  watch_org (self, ct_organisation_get_staff (org));
  watch_org (self, ct_organisation_get_sites (org));
  watch_org (self, ct_organisation_get_departments (org));
  /* Another file: its own sites and staff, the default view. */
  ct_tickets_page_reset_filters (self);
  ct_tickets_page_fill_org_filters (self);
  ct_tickets_page_read_filters (self);

  self->model = ct_ticket_list_model_new_for_query (ct_context_get_database (context),
                                                    self->query);
  rows = ct_page_stage_rows (CT_PAGE (self), G_LIST_MODEL (self->model));
  gtk_single_selection_set_model (self->selection, rows);
  update_view (self);
  ct_tickets_page_update_transfer_actions (self);
  /* The sweep writes and both read every open ticket (~20 ms at a million):
   * after the list is on screen. */
  ct_page_after_frame (CT_PAGE (self), start_overdue);
}

static void
ct_tickets_page_dispose (GObject *object)
{
  CtTicketsPage *self = CT_TICKETS_PAGE (object);

  disconnect_context (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), CT_TYPE_TICKETS_PAGE);
  g_clear_object (&self->selection);

  G_OBJECT_CLASS (ct_tickets_page_parent_class)->dispose (object);
}

static void
ct_tickets_page_finalize (GObject *object)
{
  CtTicketsPage *self = CT_TICKETS_PAGE (object);

  g_clear_pointer (&self->query, ct_ticket_query_free);
  g_clear_pointer (&self->site_ids, g_array_unref);
  g_clear_pointer (&self->department_ids, g_array_unref);
  g_clear_pointer (&self->assignee_ids, g_array_unref);

  G_OBJECT_CLASS (ct_tickets_page_parent_class)->finalize (object);
}

static void
ct_tickets_page_class_init (CtTicketsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CtPageClass *page_class = CT_PAGE_CLASS (klass);

  object_class->dispose = ct_tickets_page_dispose;
  object_class->finalize = ct_tickets_page_finalize;
  page_class->context_changed = ct_tickets_page_context_changed;
  page_class->refresh = ct_tickets_page_refresh_page;

  g_type_ensure (CT_TYPE_TICKET_DETAIL);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/caretaker/Caretaker/ui/ct-tickets-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CtTicketsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CtTicketsPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, CtTicketsPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, CtTicketsPage, detail);
  gtk_widget_class_bind_template_callback (widget_class, detail_changed_cb);
  ct_tickets_page_class_init_columns (widget_class);
  ct_tickets_page_class_init_filters (widget_class);
  ct_tickets_page_class_init_transfer (widget_class);
  ct_tickets_page_class_init_ids (widget_class);

  gtk_widget_class_install_action (widget_class, "tickets.new", NULL, new_ticket_action);
  gtk_widget_class_install_action (widget_class, "tickets.reset-filters", NULL,
                                   reset_filters_action);
  gtk_widget_class_install_action (widget_class, "tickets.search", NULL, search_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "tickets.search", NULL);
}

/* Ctrl+T anywhere in the window, whichever tab is shown. */
static void
add_global_shortcut (CtTicketsPage *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (controller),
                                     GTK_SHORTCUT_SCOPE_GLOBAL);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_t,
                                                                                  GDK_CONTROL_MASK),
                                                          gtk_named_action_new ("tickets.new")));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

static void
ct_tickets_page_init (CtTicketsPage *self)
{
  self->query = ct_ticket_query_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  ct_page_set_title (CT_PAGE (self), _("Tickets"));
  ct_page_set_icon_name (CT_PAGE (self), "task-due-symbolic");

  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);

  ct_tickets_page_init_filters (self);
  ct_tickets_page_init_columns (self);
  add_global_shortcut (self);
  ct_tickets_page_init_transfer (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "tickets.new", FALSE);
  ct_tickets_page_update_transfer_actions (self);
  update_view (self);
}

GtkWidget *
ct_tickets_page_new (void)
{
  return g_object_new (CT_TYPE_TICKETS_PAGE, NULL);
}

GListModel *
ct_tickets_page_get_model (CtTicketsPage *self)
{
  g_return_val_if_fail (CT_IS_TICKETS_PAGE (self), NULL);
  return self->model ? G_LIST_MODEL (self->model) : NULL;
}

void
ct_tickets_page_set_search_text (CtTicketsPage *self,
                                 const char    *text)
{
  g_return_if_fail (CT_IS_TICKETS_PAGE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  ct_tickets_page_read_filters (self);   /* now, not after the typing delay */
  ct_tickets_page_apply_query (self);
}

const char *
ct_tickets_page_get_visible_child (CtTicketsPage *self)
{
  g_return_val_if_fail (CT_IS_TICKETS_PAGE (self), NULL);
  return gtk_stack_get_visible_child_name (self->content_stack);
}

CtTicket *
ct_tickets_page_get_selected (CtTicketsPage *self)
{
  g_return_val_if_fail (CT_IS_TICKETS_PAGE (self), NULL);
  return gtk_single_selection_get_selected_item (self->selection);
}
