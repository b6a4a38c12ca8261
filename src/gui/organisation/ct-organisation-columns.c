/* ct-organisation-columns.c — the table columns of each section: cell text,
 * sorting (small tables: GTK's sort model) and the search filter
 *
 * Copyright 2025 The Caretaker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-organisation-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-organisation-page-private.h"

typedef enum
{
  COLUMN_TEXT,        /* a text field */
  COLUMN_INT,         /* an integer field, right-aligned, sorted as a number */
  COLUMN_REF,         /* the label of the record a REF field points to */
  COLUMN_UNIT_SITE,   /* the site of a unit's building */
  COLUMN_ADDRESS,     /* a unit's "3-2-1201" */
  COLUMN_STATUS,      /* a staff status, translated */
} ColumnKind;

typedef struct
{
  const char *title;   /* N_() */
  const char *field;
  ColumnKind  kind;
  int         chars;   /* natural width in characters */
  gboolean    expand;
} Column;

typedef struct
{
  CtOrganisationPage *page;
  const Column       *column;
} ColumnData;

static const Column site_columns[] = {
  { N_("Code"),     "code",    COLUMN_TEXT, 8,  FALSE },
  { N_("Name"),     "name",    COLUMN_TEXT, 18, TRUE },
  { N_("Address"),  "address", COLUMN_TEXT, 24, TRUE },
  { N_("Phone"),    "phone",   COLUMN_TEXT, 14, FALSE },
  { NULL }
};

static const Column building_columns[] = {
  { N_("Site"),      "site_id",   COLUMN_REF,  14, FALSE },
  { N_("Number"),    "code",      COLUMN_TEXT, 6,  FALSE },
  { N_("Name"),      "name",      COLUMN_TEXT, 16, TRUE },
  { N_("Floors"),    "floors",    COLUMN_INT,  6,  FALSE },
  { N_("Entrances"), "entrances", COLUMN_INT,  6,  FALSE },
  { NULL }
};

static const Column unit_columns[] = {
  { N_("Site"),    "building_id", COLUMN_UNIT_SITE, 14, FALSE },
  { N_("Address"), "room",        COLUMN_ADDRESS,   10, FALSE },
  { N_("Floor"),   "floor",       COLUMN_INT,       5,  FALSE },
  { N_("Owner"),   "owner_name",  COLUMN_TEXT,      12, TRUE },
  { N_("Phone"),   "owner_phone", COLUMN_TEXT,      14, FALSE },
  { N_("Note"),    "note",        COLUMN_TEXT,      16, TRUE },
  { NULL }
};

static const Column department_columns[] = {
  { N_("Code"),  "code",  COLUMN_TEXT, 12, FALSE },
  { N_("Name"),  "name",  COLUMN_TEXT, 20, TRUE },
  { N_("Phone"), "phone", COLUMN_TEXT, 14, FALSE },
  { NULL }
};

static const Column staff_columns[] = {
  { N_("Employee No."), "employee_no",   COLUMN_TEXT,   8,  FALSE },
  { N_("Full name"),    "name",          COLUMN_TEXT,   8,  TRUE },
  { N_("Department"),   "department_id", COLUMN_REF,    12, TRUE },
  { N_("Site"),         "site_id",       COLUMN_REF,    12, TRUE },
  { N_("Post"),         "post",          COLUMN_TEXT,   10, TRUE },
  { N_("Phone"),        "phone",         COLUMN_TEXT,   12, FALSE },
  { N_("Hired On"),     "hired_on",      COLUMN_TEXT,   10, FALSE },
  { N_("Status"),       "status",        COLUMN_STATUS, 8,  FALSE },
  { NULL }
};

static const Column * const section_columns[CT_ORG_N_SECTIONS] = {
  site_columns, building_columns, unit_columns, department_columns, staff_columns,
};

static char *
dup_raw_text (CtOrganisationPage *self,
               const Column       *column,
               CtRecord           *record)
{
  gint64 id;
  CtRecord *building;

  switch (column->kind)
    {
    case COLUMN_TEXT:
      return g_strdup (ct_record_get_string (record, column->field));
    case COLUMN_INT:
      return g_strdup_printf ("%" G_GINT64_FORMAT, ct_record_get_int (record, column->field));
    case COLUMN_REF:
      id = ct_record_get_int (record, column->field);
      if (id == 0 && CT_IS_STAFF (record))
        return g_strdup (_("Company-wide"));
      return ct_org_ref_dup_label (self->org, column->field, id);
    case COLUMN_UNIT_SITE:
      building = ct_record_store_lookup (ct_organisation_get_buildings (self->org),
                                         ct_record_get_int (record, "building_id"));
      if (building == NULL)
        return g_strdup ("");
      return ct_org_ref_dup_label (self->org, "site_id",
                                   ct_record_get_int (building, "site_id"));
    case COLUMN_ADDRESS:
      return ct_organisation_dup_unit_address (self->org, CT_UNIT (record));
    case COLUMN_STATUS:
      return g_strdup (ct_staff_status_label (ct_record_get_string (record, column->field)));
    default:
      g_assert_not_reached ();
    }
}

/* The text of @record's cell in @column; never NULL. */
static char *
dup_cell_text (CtOrganisationPage *self,
               const Column       *column,
               CtRecord           *record)
{
  char *text = dup_raw_text (self, column, record);

  return text != NULL ? text : g_strdup ("");
}

/* "3-2-1201" → "0000000003-0000000002-0000001201": digit runs compare as numbers. */
static char *
natural_key (const char *text)
{
  GString *key = g_string_sized_new (strlen (text) + 16);

  while (*text != '\0')
    {
      const char *end = text;

      while (g_ascii_isdigit (*end))
        end++;
      if (end == text)
        {
          g_string_append_c (key, *text++);
          continue;
        }
      for (gsize pad = (gsize) (end - text); pad < 10; pad++)
        g_string_append_c (key, '0');
      g_string_append_len (key, text, end - text);
      text = end;
    }
  return g_string_free (key, FALSE);
}

static char *
sort_text_cb (CtRecord   *record,
              ColumnData *data)
{
  g_autofree char *text = NULL;

  if (record == NULL || data->page->org == NULL)
    return NULL;
  text = dup_cell_text (data->page, data->column, record);
  return natural_key (text);
}

static gint64
sort_int_cb (CtRecord   *record,
             ColumnData *data)
{
  return record != NULL ? ct_record_get_int (record, data->column->field) : 0;
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               ColumnData               *data)
{
  GtkWidget *label = gtk_inscription_new (NULL);

  gtk_inscription_set_nat_chars (GTK_INSCRIPTION (label), (guint) data->column->chars);
  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (label),
                                     GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  if (data->column->kind == COLUMN_INT)
    {
      gtk_inscription_set_xalign (GTK_INSCRIPTION (label), 1.0);
      gtk_widget_add_css_class (label, "numeric");
    }
  gtk_list_item_set_child (item, label);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              ColumnData               *data)
{
  GtkInscription *label = GTK_INSCRIPTION (gtk_list_item_get_child (item));
  CtRecord *record = gtk_list_item_get_item (item);
  g_autofree char *text = NULL;

  if (data->page->org != NULL)
    text = dup_cell_text (data->page, data->column, record);
  gtk_inscription_set_text (label, text);
}

static GtkSorter *
new_sorter (ColumnData *data)
{
  GtkExpression *expression;

  if (data->column->kind == COLUMN_INT)
    {
      expression = gtk_cclosure_expression_new (G_TYPE_INT64, NULL, 0, NULL,
                                                G_CALLBACK (sort_int_cb), data, NULL);
      return GTK_SORTER (gtk_numeric_sorter_new (expression));
    }

  expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                            G_CALLBACK (sort_text_cb), data, NULL);
  return GTK_SORTER (gtk_string_sorter_new (expression));
}

static GtkColumnViewColumn *
new_column (CtOrganisationPage *self,
            const Column       *column)
{
  ColumnData *data = g_new0 (ColumnData, 1);
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *view_column;
  g_autoptr(GtkSorter) sorter = NULL;

  data->page = self;
  data->column = column;
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), data);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), data);

  view_column = gtk_column_view_column_new (_(column->title), factory);
  g_object_set_data_full (G_OBJECT (view_column), "ct-column-data", data, g_free);
  sorter = new_sorter (data);
  gtk_column_view_column_set_sorter (view_column, sorter);
  gtk_column_view_column_set_expand (view_column, column->expand);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  return view_column;
}

/* Replaces the columns by those of the current section. */
void
ct_organisation_page_build_columns (CtOrganisationPage *self)
{
  GListModel *columns = gtk_column_view_get_columns (self->column_view);
  const Column *column;

  while (g_list_model_get_n_items (columns) > 0)
    {
      g_autoptr(GtkColumnViewColumn) old = g_list_model_get_item (columns, 0);

      gtk_column_view_remove_column (self->column_view, old);
    }

  for (column = section_columns[self->section]; column->title != NULL; column++)
    {
      g_autoptr(GtkColumnViewColumn) view_column = new_column (self, column);

      gtk_column_view_append_column (self->column_view, view_column);
    }
}

/* Rebinds every cell: the labels of referenced records may have changed. */
void
ct_organisation_page_refresh_cells (CtOrganisationPage *self)
{
  GListModel *columns = gtk_column_view_get_columns (self->column_view);
  guint n = g_list_model_get_n_items (columns);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);
      g_autoptr(GtkListItemFactory) factory = NULL;

      factory = g_object_ref (gtk_column_view_column_get_factory (column));
      gtk_column_view_column_set_factory (column, NULL);
      gtk_column_view_column_set_factory (column, factory);
    }
}

static gboolean
match_filter_id (CtOrganisationPage *self,
                 CtRecord           *record)
{
  if (self->filter_id == 0)
    return TRUE;
  if (self->section == CT_ORG_SECTION_BUILDINGS)
    return ct_record_get_int (record, "site_id") == self->filter_id;
  if (self->section == CT_ORG_SECTION_UNITS)
    return ct_record_get_int (record, "building_id") == self->filter_id;
  return TRUE;
}

/* Whether @record passes the site/building filter and the search text, which
 * may appear in any of the visible columns. */
gboolean
ct_organisation_page_match (CtOrganisationPage *self,
                            CtRecord           *record)
{
  if (self->org == NULL || !match_filter_id (self, record))
    return FALSE;
  if (self->search_folded == NULL)
    return TRUE;

  for (const Column *column = section_columns[self->section]; column->title; column++)
    {
      g_autofree char *text = dup_cell_text (self, column, record);
      g_autofree char *folded = g_utf8_casefold (text, -1);

      if (strstr (folded, self->search_folded) != NULL)
        return TRUE;
    }
  return FALSE;
}
