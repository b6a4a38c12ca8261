/* ct-organisation-page.c — the Organisation tab: sites, buildings, units,
 * departments and staff in one table per section
 *
 * Copyright 2025 The Caretaker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-organisation-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-organisation-page-private.h"

G_DEFINE_FINAL_TYPE (CtOrganisationPage, ct_organisation_page, CT_TYPE_PAGE)

enum {
  PROP_0,
  PROP_SECTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void apply_section (CtOrganisationPage *self);

static guint
count_section (CtOrganisationPage *self,
               int                 section)
{
  if (section < 0 || self->store_models[section] == NULL)
    return 0;
  return g_list_model_get_n_items (self->store_models[section]);
}

static void
update_counts (CtOrganisationPage *self)
{
  for (guint i = 0; i < CT_ORG_N_SECTIONS; i++)
    {
      g_autofree char *text = NULL;

      if (self->store_models[i] != NULL)
        text = g_strdup_printf ("%u", count_section (self, (int) i));
      gtk_label_set_text (self->count_labels[i], text != NULL ? text : "");
    }
}

static void
update_empty_page (CtOrganisationPage *self)
{
  int parent = ct_org_section_get_parent (self->section);
  gboolean have_parent = parent < 0 || count_section (self, parent) > 0;
  CtOrgSection target = have_parent ? self->section : (CtOrgSection) parent;
  gboolean import = self->section != CT_ORG_SECTION_SITES &&
                    self->section != CT_ORG_SECTION_DEPARTMENTS;

  adw_status_page_set_icon_name (self->empty_page, ct_org_section_get_icon_name (self->section));
  adw_status_page_set_title (self->empty_page, ct_org_section_get_empty_title (self->section));
  adw_status_page_set_description (self->empty_page,
                                   ct_org_section_get_empty_description (self->section,
                                                                         have_parent));
  gtk_button_set_label (self->empty_add_button, ct_org_section_get_add_label (target));
  gtk_widget_set_visible (GTK_WIDGET (self->empty_import_button), import);
  gtk_button_set_label (self->empty_import_button,
                        self->section == CT_ORG_SECTION_STAFF
                        ? _("_Import Staff from CSV…")
                        : _("_Import Units from CSV…"));
}

static void
update_view (CtOrganisationPage *self)
{
  const char *child = "list";

  if (self->org == NULL)
    child = "list";
  else if (count_section (self, self->section) == 0)
    {
      update_empty_page (self);
      child = "empty";
    }
  else if (g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)) == 0)
    child = "no-results";

  gtk_stack_set_visible_child_name (self->content_stack, child);
  ct_organisation_page_update_actions (self);
}

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  return ct_organisation_page_match (CT_ORGANISATION_PAGE (user_data), CT_RECORD (item));
}

static void
store_items_changed_cb (CtOrganisationPage *self,
                        guint               position,
                        guint               removed,
                        guint               added,
                        GListModel         *model)
{
  int parent = ct_org_section_get_parent (self->section);

  update_counts (self);
  if (parent >= 0 && model == self->store_models[parent])
    {
      ct_organisation_page_fill_dropdown (self);
      gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
    }
  if (model != self->store_models[self->section])
    ct_organisation_page_refresh_cells (self);
  update_view (self);
}

static void
filter_items_changed_cb (CtOrganisationPage *self)
{
  update_view (self);
}

static void
selection_changed_cb (CtOrganisationPage *self)
{
  ct_organisation_page_update_actions (self);
}

static void
section_row_selected_cb (CtOrganisationPage *self,
                         GtkListBoxRow      *row)
{
  CtOrgSection section;

  if (row == NULL || !ct_org_section_from_id (gtk_widget_get_name (GTK_WIDGET (row)), &section))
    return;
  if (section == self->section)
    return;

  self->section = section;
  apply_section (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECTION]);
}

static void
section_row_activated_cb (CtOrganisationPage *self,
                          GtkListBoxRow      *row)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
back_clicked_cb (CtOrganisationPage *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
search_changed_cb (CtOrganisationPage *self,
                   GtkSearchEntry     *entry)
{
  if (self->setting_search)
    return;
  ct_organisation_page_set_search_text (self, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
filter_selected_cb (CtOrganisationPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->filter_dropdown);

  if (self->filling_dropdown || selected >= self->filter_ids->len)
    return;
  self->filter_id = g_array_index (self->filter_ids, gint64, selected);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
column_view_activate_cb (CtOrganisationPage *self,
                         guint               position)
{
  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self), "org.edit", NULL);
}

static void
empty_add_clicked_cb (CtOrganisationPage *self)
{
  int parent = ct_org_section_get_parent (self->section);

  if (parent >= 0 && count_section (self, parent) == 0)
    ct_organisation_page_add_in (self, (CtOrgSection) parent);
  else
    ct_organisation_page_add_in (self, self->section);
}

static void
empty_import_clicked_cb (CtOrganisationPage *self)
{
  if (self->section == CT_ORG_SECTION_BUILDINGS)
    ct_organisation_page_set_section (self, "units");
  gtk_widget_activate_action (GTK_WIDGET (self), "org.import", NULL);
}

/* Shows the current section: its rows, columns, search and filter. */
static void
apply_section (CtOrganisationPage *self)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->section_list, (int) self->section);

  if (gtk_list_box_get_selected_row (self->section_list) != row)
    gtk_list_box_select_row (self->section_list, row);

  g_clear_pointer (&self->search_folded, g_free);
  self->setting_search = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  self->setting_search = FALSE;
  g_object_set (self->search_entry, "placeholder-text",
                ct_org_section_get_search_hint (self->section), NULL);
  gtk_widget_set_visible (self->import_button, ct_org_section_can_import (self->section));

  /* No rows while the columns change: cells must never see another table's records. */
  gtk_filter_list_model_set_model (self->filter_model, NULL);
  self->filter_id = 0;
  ct_organisation_page_fill_dropdown (self);
  ct_organisation_page_build_columns (self);
  gtk_filter_list_model_set_model (self->filter_model, self->store_models[self->section]);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  update_view (self);
}

static void
disconnect_org (CtOrganisationPage *self)
{
  for (guint i = 0; i < CT_ORG_N_SECTIONS; i++)
    {
      if (self->store_models[i] != NULL)
        g_signal_handlers_disconnect_by_data (self->store_models[i], self);
      g_clear_object (&self->store_models[i]);
    }
  g_clear_object (&self->org);
}

static void
ct_organisation_page_context_changed (CtPage *page)
{
  CtOrganisationPage *self = CT_ORGANISATION_PAGE (page);
  CtContext *context = ct_page_get_context (page);

  gtk_filter_list_model_set_model (self->filter_model, NULL);
  disconnect_org (self);

  /* Loading every unit of a large company is for when the page is shown, not
   * for the start of the app: see map. */
  self->load_pending = context != NULL && !gtk_widget_get_mapped (GTK_WIDGET (page));
  if (context != NULL && !self->load_pending)
    {
      self->org = g_object_ref (ct_context_get_organisation (context));
      for (guint i = 0; i < CT_ORG_N_SECTIONS; i++)
        {
          CtRecordStore *store = ct_org_section_get_store ((CtOrgSection) i, self->org);

          self->store_models[i] = g_object_ref (ct_record_store_get_model (store));
          g_signal_connect_object (self->store_models[i], "items-changed",
                                   G_CALLBACK (store_items_changed_cb), self,
                                   G_CONNECT_SWAPPED);
        }
    }

  update_counts (self);
  apply_section (self);
}

static void
ct_organisation_page_dispose (GObject *object)
{
  CtOrganisationPage *self = CT_ORGANISATION_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CT_TYPE_ORGANISATION_PAGE);
  disconnect_org (self);
  g_clear_object (&self->selection);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->filter);
  g_clear_weak_pointer (&self->undo_toast);

  G_OBJECT_CLASS (ct_organisation_page_parent_class)->dispose (object);
}

static void
ct_organisation_page_finalize (GObject *object)
{
  CtOrganisationPage *self = CT_ORGANISATION_PAGE (object);

  g_clear_pointer (&self->filter_ids, g_array_unref);
  g_clear_pointer (&self->search_folded, g_free);

  G_OBJECT_CLASS (ct_organisation_page_parent_class)->finalize (object);
}

static void
ct_organisation_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  CtOrganisationPage *self = CT_ORGANISATION_PAGE (object);

  switch (prop_id)
    {
    case PROP_SECTION:
      g_value_set_string (value, ct_organisation_page_get_section (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ct_organisation_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  CtOrganisationPage *self = CT_ORGANISATION_PAGE (object);

  switch (prop_id)
    {
    case PROP_SECTION:
      ct_organisation_page_set_section (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ct_organisation_page_map (GtkWidget *widget)
{
  CtOrganisationPage *self = CT_ORGANISATION_PAGE (widget);

  GTK_WIDGET_CLASS (ct_organisation_page_parent_class)->map (widget);
  if (self->load_pending)
    ct_organisation_page_context_changed (CT_PAGE (self));
}

static void
ct_organisation_page_class_init (CtOrganisationPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  CtPageClass *page_class = CT_PAGE_CLASS (klass);
  static const char * const count_names[CT_ORG_N_SECTIONS] = {
    "sites_count", "buildings_count", "units_count", "departments_count", "staff_count",
  };

  object_class->dispose = ct_organisation_page_dispose;
  object_class->finalize = ct_organisation_page_finalize;
  object_class->get_property = ct_organisation_page_get_property;
  object_class->set_property = ct_organisation_page_set_property;
  page_class->context_changed = ct_organisation_page_context_changed;
  widget_class->map = ct_organisation_page_map;

  properties[PROP_SECTION] =
    g_param_spec_string ("section", NULL, NULL, "buildings",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/caretaker/Caretaker/ui/ct-organisation-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CtOrganisationPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, CtOrganisationPage, section_list);
  gtk_widget_class_bind_template_child (widget_class, CtOrganisationPage, back_button);
  gtk_widget_class_bind_template_child (widget_class, CtOrganisationPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CtOrganisationPage, filter_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CtOrganisationPage, import_button);
  gtk_widget_class_bind_template_child (widget_class, CtOrganisationPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, CtOrganisationPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, CtOrganisationPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, CtOrganisationPage, empty_add_button);
  gtk_widget_class_bind_template_child (widget_class, CtOrganisationPage, empty_import_button);
  for (guint i = 0; i < CT_ORG_N_SECTIONS; i++)
    gtk_widget_class_bind_template_child_full (widget_class, count_names[i], FALSE,
                                               G_STRUCT_OFFSET (CtOrganisationPage,
                                                                count_labels)
                                               + (gssize) (i * sizeof (GtkLabel *)));
  gtk_widget_class_bind_template_callback (widget_class, section_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, section_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, filter_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, column_view_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, empty_add_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, empty_import_clicked_cb);

  ct_organisation_page_class_init_actions (widget_class);
}

static void
ct_organisation_page_init (CtOrganisationPage *self)
{
  GtkSorter *sorter;

  self->section = CT_ORG_SECTION_BUILDINGS;
  self->filter_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_widget_init_template (GTK_WIDGET (self));
  ct_page_set_title (CT_PAGE (self), _("Organisation"));
  ct_page_set_icon_name (CT_PAGE (self), "system-users-symbolic");

  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->filter_model = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (self->filter)));
  sorter = gtk_column_view_get_sorter (self->column_view);
  self->sort_model = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filter_model)),
                                              g_object_ref (sorter));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->sort_model)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  gtk_drop_down_set_expression (self->filter_dropdown,
                                gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL,
                                                             "string"));
  gtk_drop_down_set_enable_search (self->filter_dropdown, TRUE);

  g_signal_connect_object (self->filter_model, "items-changed",
                           G_CALLBACK (filter_items_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);

  apply_section (self);
}

GtkWidget *
ct_organisation_page_new (void)
{
  return g_object_new (CT_TYPE_ORGANISATION_PAGE, NULL);
}

const char *
ct_organisation_page_get_section (CtOrganisationPage *self)
{
  g_return_val_if_fail (CT_IS_ORGANISATION_PAGE (self), NULL);

  return ct_org_section_get_id (self->section);
}

void
ct_organisation_page_set_section (CtOrganisationPage *self,
                                  const char         *section)
{
  CtOrgSection value;

  g_return_if_fail (CT_IS_ORGANISATION_PAGE (self));
  g_return_if_fail (section != NULL);

  if (!ct_org_section_from_id (section, &value))
    {
      g_critical ("Unknown organisation section “%s”", section);
      return;
    }
  if (value == self->section)
    return;

  self->section = value;
  apply_section (self);
  adw_leaflet_set_visible_child_name (self->leaflet, "content");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECTION]);
}
