/* ct-record-editor-private.h — shared by the editor's files and its tests
 *
 * Copyright 2025 The Caretaker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-record-editor.h"

G_BEGIN_DECLS

typedef struct
{
  const CtField     *field;
  GtkWidget         *row;
  GtkWidget         *input;   /* AdwEntryRow, GtkSpinButton or AdwComboRow */
  GArray            *ids;     /* REF: gint64 id per combo item (0 = none) */
  const char * const *keys;   /* staff status: key per combo item */
} CtEditorField;

struct _CtRecordEditor
{
  AdwWindow          parent_instance;

  CtContext         *context;
  CtRecordStore     *store;
  CtRecord          *record;      /* working copy */
  GPtrArray         *fields;      /* CtEditorField */
  AdwMessageDialog  *conflict_dialog;   /* weak */

  /* Template widgets */
  GtkButton         *save_button;
  GtkRevealer       *error_revealer;
  GtkLabel          *error_label;
  GtkListBox        *form_list;
};

/* ct-record-editor-fields.c */
void       ct_record_editor_build_form    (CtRecordEditor *self);
void       ct_record_editor_fill_form     (CtRecordEditor *self);
void       ct_record_editor_read_form     (CtRecordEditor *self,
                                           CtRecord       *record);
void       ct_editor_field_free           (gpointer        data);

/* ct-record-editor.c */
/* Shows @message above the form and marks the row whose label it names. */
void       ct_record_editor_show_error    (CtRecordEditor *self,
                                           const char     *message);
/* Reloads the stores and shows their version of the record in the form. */
void       ct_record_editor_reload        (CtRecordEditor *self);

/* ct-record-editor-conflict.c */
void       ct_record_editor_show_conflict (CtRecordEditor *self);

/* Testing API, used by tests/gui/test-organisation.c. */
void        ct_record_editor_set_field_text (CtRecordEditor *self,
                                             const char     *field,
                                             const char     *text);
const char *ct_record_editor_get_field_text (CtRecordEditor *self,
                                             const char     *field);
void        ct_record_editor_set_field_int  (CtRecordEditor *self,
                                             const char     *field,
                                             gint64          value);
gboolean    ct_record_editor_save           (CtRecordEditor *self);
/* The message shown in the form, or NULL. */
const char *ct_record_editor_get_error      (CtRecordEditor *self);
AdwMessageDialog *ct_record_editor_get_conflict_dialog (CtRecordEditor *self);

G_END_DECLS
