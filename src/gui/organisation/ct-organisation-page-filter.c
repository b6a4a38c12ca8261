/* ct-organisation-page-filter.c — the search text, the site or building
 * filter, the selection, and the page's testing API
 *
 * Copyright 2025 The Caretaker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-organisation-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-organisation-page-private.h"

void
ct_organisation_page_fill_dropdown (CtOrganisationPage *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GListModel *model;
  gint64 all = 0;
  guint selected = 0;
  guint n;

  g_array_set_size (self->filter_ids, 0);
  if (self->org == NULL ||
      (self->section != CT_ORG_SECTION_BUILDINGS && self->section != CT_ORG_SECTION_UNITS))
    {
      gtk_widget_set_visible (GTK_WIDGET (self->filter_dropdown), FALSE);
      self->filter_id = 0;
      return;
    }

  gtk_string_list_append (labels, self->section == CT_ORG_SECTION_BUILDINGS
                                  ? _("All Sites") : _("All Buildings"));
  g_array_append_val (self->filter_ids, all);
  model = self->store_models[self->section == CT_ORG_SECTION_BUILDINGS
                             ? CT_ORG_SECTION_SITES : CT_ORG_SECTION_BUILDINGS];
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CtRecord) record = g_list_model_get_item (model, i);
      g_autofree char *label = ct_org_dup_label (self->org, record);
      gint64 id = ct_record_get_id (record);

      if (id == self->filter_id)
        selected = i + 1;
      gtk_string_list_append (labels, label);
      g_array_append_val (self->filter_ids, id);
    }

  self->filling_dropdown = TRUE;
  gtk_drop_down_set_model (self->filter_dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (self->filter_dropdown, selected);
  self->filling_dropdown = FALSE;
  self->filter_id = g_array_index (self->filter_ids, gint64, selected);
  gtk_widget_set_visible (GTK_WIDGET (self->filter_dropdown), n > 1);
}

/* Rows match when a cell contains the text: a longer text can only drop rows,
 * a shorter one only add them, and the filter model then checks fewer rows. */
static GtkFilterChange
filter_change (const char *old_text,
               const char *new_text)
{
  if (old_text == NULL || (new_text != NULL && strstr (new_text, old_text) != NULL))
    return GTK_FILTER_CHANGE_MORE_STRICT;
  if (new_text == NULL || strstr (old_text, new_text) != NULL)
    return GTK_FILTER_CHANGE_LESS_STRICT;
  return GTK_FILTER_CHANGE_DIFFERENT;
}

CtRecord *
ct_organisation_page_get_selected (CtOrganisationPage *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

void
ct_organisation_page_select_record (CtOrganisationPage *self,
                                    CtRecord           *record)
{
  GListModel *model = G_LIST_MODEL (self->sort_model);
  gint64 id = ct_record_get_id (record);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CtRecord) item = g_list_model_get_item (model, i);

      if (ct_record_get_id (item) == id)
        {
          gtk_single_selection_set_selected (self->selection, i);
          return;
        }
    }
}

GListModel *
ct_organisation_page_get_model (CtOrganisationPage *self)
{
  g_return_val_if_fail (CT_IS_ORGANISATION_PAGE (self), NULL);

  return G_LIST_MODEL (self->sort_model);
}

void
ct_organisation_page_set_search_text (CtOrganisationPage *self,
                                      const char         *text)
{
  g_autofree char *folded = NULL;
  GtkFilterChange change;

  g_return_if_fail (CT_IS_ORGANISATION_PAGE (self));

  if (text != NULL && *text != '\0')
    folded = g_utf8_casefold (text, -1);
  if (g_strcmp0 (folded, self->search_folded) == 0)
    return;

  change = filter_change (self->search_folded, folded);
  g_free (self->search_folded);
  self->search_folded = g_steal_pointer (&folded);
  if (g_strcmp0 (text, gtk_editable_get_text (GTK_EDITABLE (self->search_entry))) != 0)
    {
      /* Replacing the text passes through "" which emits "search-changed" at once. */
      self->setting_search = TRUE;
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text != NULL ? text : "");
      self->setting_search = FALSE;
    }
  gtk_filter_changed (GTK_FILTER (self->filter), change);
}

gboolean
ct_organisation_page_set_filter_id (CtOrganisationPage *self,
                                    gint64              id)
{
  g_return_val_if_fail (CT_IS_ORGANISATION_PAGE (self), FALSE);

  for (guint i = 0; i < self->filter_ids->len; i++)
    if (g_array_index (self->filter_ids, gint64, i) == id)
      {
        gtk_drop_down_set_selected (self->filter_dropdown, i);
        return TRUE;
      }
  return FALSE;
}

const char *
ct_organisation_page_get_visible_child (CtOrganisationPage *self)
{
  g_return_val_if_fail (CT_IS_ORGANISATION_PAGE (self), NULL);

  return gtk_stack_get_visible_child_name (self->content_stack);
}
