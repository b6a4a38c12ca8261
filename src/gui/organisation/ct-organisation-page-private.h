/* ct-organisation-page-private.h — shared by the page's files and its tests
 *
 * Copyright 2025 The Caretaker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-org-section.h"
#include "ct-organisation-page.h"
#include "ct-record-editor.h"

G_BEGIN_DECLS

struct _CtOrganisationPage
{
  CtPage              parent_instance;

  CtOrgSection        section;
  CtOrganisation     *org;               /* of the context, kept to disconnect */
  GListModel         *store_models[CT_ORG_N_SECTIONS];
  gboolean            load_pending;      /* context set while hidden: load when mapped */
  GtkCustomFilter    *filter;
  GtkFilterListModel *filter_model;
  GtkSortListModel   *sort_model;
  GtkSingleSelection *selection;
  char               *search_folded;     /* casefolded search text, NULL = none */
  GArray             *filter_ids;        /* gint64 per filter_dropdown item; 0 = all */
  gint64              filter_id;         /* site (buildings) or building (units) */
  gboolean            filling_dropdown;
  gboolean            setting_search;    /* ignore the entry's own signals */
  AdwToast           *undo_toast;        /* weak */

  /* Template widgets */
  AdwLeaflet         *leaflet;
  GtkListBox         *section_list;
  GtkLabel           *count_labels[CT_ORG_N_SECTIONS];
  GtkButton          *back_button;
  GtkSearchEntry     *search_entry;
  GtkDropDown        *filter_dropdown;
  GtkWidget          *import_button;
  GtkStack           *content_stack;
  GtkColumnView      *column_view;
  AdwStatusPage      *empty_page;
  GtkButton          *empty_add_button;
  GtkButton          *empty_import_button;
};

/* ct-organisation-columns.c */
void        ct_organisation_page_build_columns   (CtOrganisationPage *self);
void        ct_organisation_page_refresh_cells   (CtOrganisationPage *self);
gboolean    ct_organisation_page_match           (CtOrganisationPage *self,
                                                  CtRecord           *record);

/* ct-organisation-page-filter.c */
void        ct_organisation_page_fill_dropdown   (CtOrganisationPage *self);
CtRecord   *ct_organisation_page_get_selected    (CtOrganisationPage *self);
void        ct_organisation_page_select_record   (CtOrganisationPage *self,
                                                  CtRecord           *record);

/* ct-organisation-page-actions.c, ct-organisation-page-import.c */
void        ct_organisation_page_class_init_actions (GtkWidgetClass *widget_class);
void        ct_organisation_page_class_init_import  (GtkWidgetClass *widget_class);
void        ct_organisation_page_update_actions  (CtOrganisationPage *self);
void        ct_organisation_page_add_in          (CtOrganisationPage *self,
                                                  CtOrgSection        section);
void        ct_organisation_page_show_error      (CtOrganisationPage *self,
                                                  const char         *heading,
                                                  const char         *body);

/* Testing API, used by tests/gui/test-organisation.c. */
GListModel     *ct_organisation_page_get_model       (CtOrganisationPage *self);
void            ct_organisation_page_set_search_text (CtOrganisationPage *self,
                                                      const char         *text);
gboolean        ct_organisation_page_set_filter_id   (CtOrganisationPage *self,
                                                      gint64              id);
const char     *ct_organisation_page_get_visible_child (CtOrganisationPage *self);
CtRecordEditor *ct_organisation_page_edit            (CtOrganisationPage *self,
                                                      CtRecord           *record);
AdwMessageDialog *ct_organisation_page_confirm_delete (CtOrganisationPage *self,
                                                      CtRecord           *record);
AdwToast       *ct_organisation_page_get_undo_toast  (CtOrganisationPage *self);
gboolean        ct_organisation_page_import_bytes    (CtOrganisationPage *self,
                                                      GBytes             *csv,
                                                      gboolean            create_missing);

G_END_DECLS
