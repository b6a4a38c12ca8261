/* ct-ticket-detail-private.h — shared by the detail pane's files and its tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-ticket-detail-dialog.h"
#include "ct-ticket-detail.h"

G_BEGIN_DECLS

struct _CtTicketDetail
{
  GtkWidget             parent_instance;

  CtContext            *context;
  CtTicket             *ticket;
  GTimeZone            *tz;               /* of the ticket's site calendar */
  CtTicket             *theirs;           /* the other version, while in conflict */
  gpointer              conflict_op;      /* CtTicketDetailOp refused as a conflict */
  CtTicketDetailDialog *dialog;           /* weak: the open action form */
  AdwMessageDialog     *conflict_dialog;  /* weak */
  AdwMessageDialog     *message_dialog;   /* weak: an error without a form */
  guint                 tick_id;          /* refreshes the SLA line */

  /* Template widgets */
  GtkStack             *stack;
  GtkLabel             *code_label;
  GtkLabel             *kind_label;
  GtkWidget            *repeat_badge;
  GtkLabel             *title_label;
  GtkLabel             *status_label;
  GtkImage             *sla_icon;
  GtkLabel             *sla_label;
  GtkBox               *action_box;
  GtkLabel             *zone_error_label;
  GtkLabel             *description_label;
  GtkGrid              *facts_grid;
  GtkWidget            *links_box;
  GtkListBox           *links_list;
  GtkListBox           *timeline_list;
};

/* ct-ticket-detail-facts.c: the grid of facts, the links and the timeline. */
void        ct_ticket_detail_fill_facts      (CtTicketDetail *self);
void        ct_ticket_detail_fill_links      (CtTicketDetail *self);
void        ct_ticket_detail_fill_timeline   (CtTicketDetail *self);
/* @field of @ticket as the user reads it ("2026-11-21 14:05", "工程部"). */
char       *ct_ticket_detail_dup_field_text  (CtTicketDetail *self,
                                              CtTicket       *ticket,
                                              const char     *field);
gint64      ct_ticket_detail_now             (CtTicketDetail *self);

/* ct-ticket-detail-actions.c */
typedef gboolean (*CtTicketDetailOp) (CtTicketDetail       *self,
                                      CtTicket             *ticket,
                                      CtTicketDetailDialog *dialog,
                                      GError              **error);

void        ct_ticket_detail_class_init_actions (GtkWidgetClass *widget_class);
/* Runs @op on a copy of the shown ticket (reading @dialog's fields, if any);
 * on success shows the copy, emits "changed" and closes @dialog; otherwise
 * shows the error (inline in @dialog, kept open) or the conflict. */
gboolean    ct_ticket_detail_run             (CtTicketDetail       *self,
                                              CtTicketDetailOp      op,
                                              CtTicketDetailDialog *dialog);
void        ct_ticket_detail_update_actions  (CtTicketDetail *self);
GtkWindow  *ct_ticket_detail_get_window      (CtTicketDetail *self);
/* Shows the saved @ticket and emits "changed". */
void        ct_ticket_detail_saved           (CtTicketDetail *self,
                                              CtTicket       *ticket);

/* ct-ticket-detail-forms.c, ct-ticket-detail-edit.c: the actions with a form. */
void        ct_ticket_detail_class_init_forms (GtkWidgetClass *widget_class);
/* A new form for the shown ticket, remembered as the open one; "confirm"
 * runs @op. */
CtTicketDetailDialog *ct_ticket_detail_open_form (CtTicketDetail   *self,
                                              const char       *title,
                                              const char       *confirm_label,
                                              gboolean          destructive,
                                              CtTicketDetailOp  op);
void        ct_ticket_detail_class_init_edit (GtkWidgetClass *widget_class);
/* Sets @error (CT_STORE_ERROR_INVALID, @message); returns FALSE. */
gboolean    ct_ticket_detail_fail            (GError              **error,
                                              const char           *message);
/* The chosen id of a choice whose keys are ids; 0 for none. */
gint64      ct_ticket_detail_dialog_dup_id   (CtTicketDetailDialog *dialog,
                                              const char           *name);
/* The text of @name, or NULL and @error set to @message when it is empty. */
char       *ct_ticket_detail_dialog_dup_required (CtTicketDetailDialog *dialog,
                                              const char           *name,
                                              const char           *message,
                                              GError              **error);
/* A choice of the departments, the ticket's lead department chosen. */
void        ct_ticket_detail_add_department_choice (CtTicketDetail     *self,
                                              CtTicketDetailDialog *dialog,
                                              const char           *label,
                                              gboolean              with_none);

/* ct-ticket-detail-conflict.c */
void        ct_ticket_detail_show_conflict   (CtTicketDetail *self,
                                              GtkWindow      *parent);

/* Testing API, used by tests/gui/test-ticket-detail.c. */
CtTicketDetailDialog *ct_ticket_detail_get_dialog          (CtTicketDetail *self);
AdwMessageDialog     *ct_ticket_detail_get_conflict_dialog (CtTicketDetail *self);
AdwMessageDialog     *ct_ticket_detail_get_message_dialog  (CtTicketDetail *self);
guint                 ct_ticket_detail_count_timeline      (CtTicketDetail *self);
const char           *ct_ticket_detail_get_sla_text        (CtTicketDetail *self);

G_END_DECLS
