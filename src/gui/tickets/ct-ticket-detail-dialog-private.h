/* ct-ticket-detail-dialog-private.h — shared by the action form's files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-ticket-detail-dialog.h"

G_BEGIN_DECLS

typedef enum
{
  CT_DIALOG_FIELD_ENTRY,
  CT_DIALOG_FIELD_TEXT,
  CT_DIALOG_FIELD_CHOICE,
  CT_DIALOG_FIELD_SCORE,
} CtDialogFieldType;

typedef struct
{
  char      *name;
  CtDialogFieldType  type;
  GtkWidget *widget;    /* AdwEntryRow, GtkTextView, AdwComboRow (its keys: see
                         * ct-form-fields.c), or the score box */
  GtkWidget *outer;     /* what to hide */
  GtkWidget *checks[5]; /* score: [0] = 1 … [4] = 5 */
} CtDialogField;

struct _CtTicketDetailDialog
{
  AdwWindow    parent_instance;

  GtkWidget   *confirm_button;
  GtkLabel    *intro_label;
  GtkRevealer *error_revealer;
  GtkLabel    *error_label;
  GtkBox      *form;
  GtkListBox  *last_list;    /* where the next row goes, NULL after a non-row */
  GPtrArray   *fields;       /* CtDialogField */
};

/* ct-ticket-detail-dialog-fields.c */
void        ct_ticket_detail_dialog_field_free (gpointer data);

G_END_DECLS
