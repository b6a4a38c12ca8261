/* ct-record-editor.h — the modal form that adds or edits one record
 *
 * Copyright 2025 The Caretaker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ct-context.h"

G_BEGIN_DECLS

#define CT_TYPE_RECORD_EDITOR (ct_record_editor_get_type ())
G_DECLARE_FINAL_TYPE (CtRecordEditor, ct_record_editor, CT, RECORD_EDITOR, AdwWindow)

/* Edits a copy of @record when its id is set; otherwise inserts a new record
 * with @record's values (NULL: a blank record of @store's type). The form is
 * built from the record's CtTableInfo. On success emits "saved" with the
 * stored record and closes; on failure shows the message and keeps the input. */
CtRecordEditor *ct_record_editor_new        (CtContext      *context,
                                             CtRecordStore  *store,
                                             CtRecord       *record);
gboolean        ct_record_editor_is_new     (CtRecordEditor *self);
/* The working copy the form writes into. */
CtRecord       *ct_record_editor_get_record (CtRecordEditor *self);

G_END_DECLS
