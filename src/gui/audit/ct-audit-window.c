/* ct-audit-window.c — the Audit Log: filters, a paged list of entries
 * (newest first, CT_AUDIT_WINDOW_PAGE at a time) and the selected entry's
 * changes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-audit-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-audit-entry-view.h"
#include "ct-audit-window-private.h"

G_DEFINE_FINAL_TYPE (CtAuditWindow, ct_audit_window, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The period dropdown's items, in days back from now (0 = any time, -1 =
 * since local midnight). */
static const int period_days[] = { 0, -1, 7, 30, 365 };

static void
set_choices (GtkDropDown        *dropdown,
             char             ***keys,
             const char         *any_label,
             const char *const  *values,
             const char       *(*label) (const char *value))
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  GtkStringList *list = gtk_string_list_new (NULL);

  gtk_string_list_append (list, any_label);
  g_strv_builder_add (builder, "");
  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    {
      gtk_string_list_append (list, label != NULL ? label (values[i]) : values[i]);
      g_strv_builder_add (builder, values[i]);
    }
  g_strfreev (*keys);
  *keys = g_strv_builder_end (builder);
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (list));
  g_object_unref (list);
}

static const char *
selected_key (GtkDropDown *dropdown,
              char       **keys)
{
  guint i = gtk_drop_down_get_selected (dropdown);

  return keys != NULL && i != GTK_INVALID_LIST_POSITION && i < g_strv_length (keys) ? keys[i]
                                                                                     : "";
}

static void
fill_filter (CtAuditWindow *self,
             CtAuditFilter *filter)
{
  guint period = gtk_drop_down_get_selected (self->period_dropdown);
  gint64 now = ct_clock_now (ct_context_get_clock (self->context));

  filter->actor = selected_key (self->actor_dropdown, self->actor_keys);
  filter->entity = selected_key (self->entity_dropdown, self->entity_keys);
  filter->action = selected_key (self->action_dropdown, self->action_keys);
  filter->text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  if (period < G_N_ELEMENTS (period_days) && period_days[period] > 0)
    filter->from = now - (gint64) period_days[period] * 24 * 3600;
  else if (period < G_N_ELEMENTS (period_days) && period_days[period] < 0)
    {
      g_autoptr(GDateTime) local = g_date_time_new_from_unix_local (now);
      g_autoptr(GDateTime) midnight =
        g_date_time_new_local (g_date_time_get_year (local), g_date_time_get_month (local),
                               g_date_time_get_day_of_month (local), 0, 0, 0);

      filter->from = g_date_time_to_unix (midnight);
    }
}

static void
show_list_status (CtAuditWindow *self,
                  const char    *icon,
                  const char    *title,
                  const char    *description)
{
  adw_status_page_set_icon_name (self->list_status, icon);
  adw_status_page_set_title (self->list_status, title);
  adw_status_page_set_description (self->list_status, description);
  gtk_stack_set_visible_child_name (self->list_stack, "status");
}

static GtkWidget *
entry_row_new (const CtAuditEntry *entry,
               guint               index)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *record = ct_audit_entry_dup_record (entry);
  g_autofree char *heading = ct_audit_entry_dup_heading (entry);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), record);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), heading);
  g_object_set_data (G_OBJECT (row), "entry-index", GUINT_TO_POINTER (index + 1));
  return row;
}

static GtkWidget *
more_row_new (void)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (_("Show _Older Entries"));

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "audit.more");
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_top (button, 6);
  gtk_widget_set_margin_bottom (button, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), button);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_name (row, "more-row");
  return row;
}

static void
remove_more_row (CtAuditWindow *self)
{
  GtkWidget *last = gtk_widget_get_last_child (GTK_WIDGET (self->list_box));

  if (last != NULL && g_strcmp0 (gtk_widget_get_name (last), "more-row") == 0)
    gtk_list_box_remove (self->list_box, last);
}

/* Appends the page before the last entry shown (all from the newest when
 * none is shown). */
static void
load_page (CtAuditWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) page = NULL;
  CtAuditFilter filter = { 0 };
  gint64 before = 0;

  if (self->entries->len > 0)
    before = ((CtAuditEntry *) g_ptr_array_index (self->entries, self->entries->len - 1))->id;
  fill_filter (self, &filter);
  page = ct_audit_query (ct_context_get_database (self->context), &filter, before,
                         CT_AUDIT_WINDOW_PAGE, &error);
  remove_more_row (self);
  if (page == NULL)
    {
      show_list_status (self, "dialog-warning-symbolic", _("The Audit Log Could Not Be Read"),
                        error->message);
      self->more = FALSE;
      return;
    }
  /* The entries move to self->entries. */
  g_ptr_array_set_free_func (page, NULL);
  for (guint i = 0; i < page->len; i++)
    {
      gtk_list_box_append (self->list_box, entry_row_new (g_ptr_array_index (page, i),
                                                          self->entries->len));
      g_ptr_array_add (self->entries, g_ptr_array_index (page, i));
    }
  /* A full page may have more behind it. */
  self->more = page->len == CT_AUDIT_WINDOW_PAGE;
  if (self->more)
    gtk_list_box_append (self->list_box, more_row_new ());
  if (self->entries->len == 0)
    show_list_status (self, "edit-find-symbolic", _("No Entries"),
                      _("No entry of the audit log matches these filters."));
  else
    gtk_stack_set_visible_child_name (self->list_stack, "list");
}

static void
reload (CtAuditWindow *self)
{
  GtkWidget *child;

  if (self->context == NULL)
    return;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);
  g_ptr_array_set_size (self->entries, 0);
  gtk_stack_set_visible_child_name (self->detail_stack, "none");
  load_page (self);
}

static void
filter_changed_cb (CtAuditWindow *self)
{
  reload (self);
}

static void
row_selected_cb (CtAuditWindow *self,
                 GtkListBoxRow *row)
{
  guint index = row != NULL
                ? GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "entry-index")) : 0;

  /* The list lets go of its rows while the window is disposed. */
  if (self->entries == NULL)
    return;
  if (index == 0 || index > self->entries->len)
    {
      gtk_stack_set_visible_child_name (self->detail_stack, "none");
      return;
    }
  adw_bin_set_child (self->detail_bin,
                     ct_audit_entry_view_new (ct_context_get_database (self->context),
                                              g_ptr_array_index (self->entries, index - 1), TRUE));
  gtk_stack_set_visible_child_name (self->detail_stack, "entry");
}

static void
more_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  load_page (CT_AUDIT_WINDOW (widget));
}

/* The dropdowns' choices from the log itself. */
static void
load_choices (CtAuditWindow *self)
{
  CtDatabase *db = ct_context_get_database (self->context);
  g_auto(GStrv) actors = ct_audit_query_actors (db, NULL);
  g_auto(GStrv) entities = ct_audit_query_entities (db, NULL);

  set_choices (self->actor_dropdown, &self->actor_keys, _("Anyone"),
               (const char *const *) actors, NULL);
  set_choices (self->entity_dropdown, &self->entity_keys, _("All records"),
               (const char *const *) entities, ct_audit_entity_label);
  set_choices (self->action_dropdown, &self->action_keys, _("All actions"), ct_audit_actions (),
               ct_audit_action_label);
}

static void
ct_audit_window_constructed (GObject *object)
{
  CtAuditWindow *self = CT_AUDIT_WINDOW (object);

  G_OBJECT_CLASS (ct_audit_window_parent_class)->constructed (object);
  if (self->context == NULL)
    return;
  g_signal_handlers_block_by_func (self->actor_dropdown, filter_changed_cb, self);
  g_signal_handlers_block_by_func (self->entity_dropdown, filter_changed_cb, self);
  g_signal_handlers_block_by_func (self->action_dropdown, filter_changed_cb, self);
  load_choices (self);
  g_signal_handlers_unblock_by_func (self->actor_dropdown, filter_changed_cb, self);
  g_signal_handlers_unblock_by_func (self->entity_dropdown, filter_changed_cb, self);
  g_signal_handlers_unblock_by_func (self->action_dropdown, filter_changed_cb, self);
  reload (self);
}

static void
ct_audit_window_dispose (GObject *object)
{
  CtAuditWindow *self = CT_AUDIT_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->context);
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_clear_pointer (&self->actor_keys, g_strfreev);
  g_clear_pointer (&self->entity_keys, g_strfreev);
  g_clear_pointer (&self->action_keys, g_strfreev);
  G_OBJECT_CLASS (ct_audit_window_parent_class)->dispose (object);
}

static void
ct_audit_window_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  CtAuditWindow *self = CT_AUDIT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ct_audit_window_class_init (CtAuditWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ct_audit_window_constructed;
  object_class->dispose = ct_audit_window_dispose;
  object_class->set_property = ct_audit_window_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, CT_TYPE_CONTEXT,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/caretaker/Caretaker/ui/ct-audit-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CtAuditWindow, verify_button);
  gtk_widget_class_bind_template_child (widget_class, CtAuditWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CtAuditWindow, actor_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CtAuditWindow, entity_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CtAuditWindow, action_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CtAuditWindow, period_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CtAuditWindow, list_stack);
  gtk_widget_class_bind_template_child (widget_class, CtAuditWindow, list_box);
  gtk_widget_class_bind_template_child (widget_class, CtAuditWindow, list_status);
  gtk_widget_class_bind_template_child (widget_class, CtAuditWindow, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, CtAuditWindow, detail_bin);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_selected_cb);
  gtk_widget_class_install_action (widget_class, "audit.more", NULL, more_action);
  ct_audit_window_class_init_verify (widget_class);
}

static void
ct_audit_window_init (CtAuditWindow *self)
{
  self->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) ct_audit_entry_free);
  gtk_widget_init_template (GTK_WIDGET (self));
}

CtAuditWindow *
ct_audit_window_new (GtkWindow *parent,
                     CtContext *context)
{
  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CT_IS_CONTEXT (context), NULL);

  return g_object_new (CT_TYPE_AUDIT_WINDOW, "transient-for", parent, "context", context, NULL);
}
