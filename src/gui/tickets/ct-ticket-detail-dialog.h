/* ct-ticket-detail-dialog.h — the small modal form behind one ticket action
 * (dispatch, pause, resolve, visit, reason, note, link, merge, edit)
 *
 * The form stays open until the action succeeds: the caller connects
 * "confirm", runs the action and closes the dialog on success, or shows the
 * error inline with ct_ticket_detail_dialog_show_error() so nothing typed is
 * lost.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CT_TYPE_TICKET_DETAIL_DIALOG (ct_ticket_detail_dialog_get_type ())
G_DECLARE_FINAL_TYPE (CtTicketDetailDialog, ct_ticket_detail_dialog,
                      CT, TICKET_DETAIL_DIALOG, AdwWindow)

CtTicketDetailDialog *ct_ticket_detail_dialog_new  (GtkWindow            *parent,
                                                    const char           *title,
                                                    const char           *confirm_label,
                                                    gboolean              destructive);
/* A line of explanation above the form. */
void        ct_ticket_detail_dialog_set_intro      (CtTicketDetailDialog *self,
                                                    const char           *text);

/* Fields, in order; @label has a mnemonic. The value of each is read with
 * ct_ticket_detail_dialog_dup_value() by @name. */
void        ct_ticket_detail_dialog_add_entry      (CtTicketDetailDialog *self,
                                                    const char           *name,
                                                    const char           *label,
                                                    const char           *text);
void        ct_ticket_detail_dialog_add_text       (CtTicketDetailDialog *self,
                                                    const char           *name,
                                                    const char           *label,
                                                    const char           *text);
/* A drop-down of @labels whose value is the matching key of @keys. */
void        ct_ticket_detail_dialog_add_choice     (CtTicketDetailDialog *self,
                                                    const char           *name,
                                                    const char           *label,
                                                    const char *const    *keys,
                                                    const char *const    *labels,
                                                    const char           *selected);
/* Replaces the items of choice @name. */
void        ct_ticket_detail_dialog_set_choices    (CtTicketDetailDialog *self,
                                                    const char           *name,
                                                    const char *const    *keys,
                                                    const char *const    *labels,
                                                    const char           *selected);
/* Scores 5 … 1 as radio buttons labelled "5 Satisfied" …; value "1"–"5". */
void        ct_ticket_detail_dialog_add_score      (CtTicketDetailDialog *self,
                                                    const char           *name,
                                                    const char           *label);
/* A line under choice @name (its subtitle). */
void        ct_ticket_detail_dialog_set_hint       (CtTicketDetailDialog *self,
                                                    const char           *name,
                                                    const char           *hint);
void        ct_ticket_detail_dialog_set_field_visible (CtTicketDetailDialog *self,
                                                    const char           *name,
                                                    gboolean              visible);

/* The text (stripped), the chosen key, or the score; "" when empty. */
char       *ct_ticket_detail_dialog_dup_value      (CtTicketDetailDialog *self,
                                                    const char           *name);
/* Sets a field as the user would (text, key or score); FALSE when the field or
 * the key does not exist. */
gboolean    ct_ticket_detail_dialog_set_value      (CtTicketDetailDialog *self,
                                                    const char           *name,
                                                    const char           *value);

void        ct_ticket_detail_dialog_show_error     (CtTicketDetailDialog *self,
                                                    const char           *message);
/* The message shown in the form, or NULL. */
const char *ct_ticket_detail_dialog_get_error      (CtTicketDetailDialog *self);
/* Emits "confirm", as the confirm button does. */
void        ct_ticket_detail_dialog_confirm        (CtTicketDetailDialog *self);

G_END_DECLS
