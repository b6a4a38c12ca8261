/* ct-ticket-print.h — printed forms of a ticket: 派工单 and 回访记录表
 *
 * The forms are drawn with cairo and Pango (not GTK), so the app's print
 * dialog and `caretaker-cli print` produce the same pages. Sizes are in
 * points (1/72 inch); a form fits one page of any size near A4.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "ct-ticket-store.h"

G_BEGIN_DECLS

typedef enum
{
  CT_TICKET_FORM_WORK_ORDER,     /* 派工单, with signature lines */
  CT_TICKET_FORM_RETURN_VISIT,   /* 回访记录表, feedback A/B/C */
} CtTicketPrintForm;

/* A4 portrait in points. */
#define CT_TICKET_PRINT_A4_WIDTH  595.275590551
#define CT_TICKET_PRINT_A4_HEIGHT 841.889763780

/* What a form shows, already formatted ("" when there is nothing to show).
 * Times are "YYYY-MM-DD HH:MM" in the database's time zone. */
typedef struct
{
  char *company;          /* heading: company and site name */
  char *site;
  char *code;             /* T-2025-00001 */
  char *kind;             /* "Repair · Emergency" */
  char *category;
  char *channel;
  char *address;          /* unit, "3-2-1201" */
  char *owner;            /* the unit's owner */
  char *owner_phone;
  char *reporter;
  char *phone;            /* the reporter's phone */
  char *title;
  char *description;
  char *status;
  char *created;
  char *dispatched;
  char *arrived;
  char *resolved;
  char *appointment;
  char *due_response;
  char *due_arrival;
  char *due_resolution;
  char *department;
  char *assignee;
  char *first_contact;    /* 首问负责人 */
  char *resolution_note;
  int   score;            /* return-visit score 1–5, 0 = no visit yet */
  char *satisfaction;     /* "5 — Satisfied" */
  char *visit_note;
  char *visited;
  char *visitor;          /* who made the return visit */
  char *printed;          /* when the form was made (the database clock) */
} CtTicketPrintData;

/* Collects and formats everything the forms show about @ticket. */
CtTicketPrintData *ct_ticket_print_data_new  (CtTicketStore      *store,
                                              CtTicket           *ticket,
                                              GError            **error);
void               ct_ticket_print_data_free (CtTicketPrintData  *data);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtTicketPrintData, ct_ticket_print_data_free)

/* The A/B/C feedback grade of a visit score: 'A' (4–5 满意), 'B' (3 基本满意),
 * 'C' (1–2 不满意), or 0 when there is no score. */
char     ct_ticket_print_grade (int score);

/* Draws one page of @form for @data into the rectangle (0, 0, @width,
 * @height) of @cr, in points, with 15 mm margins. Same data, same pixels. */
void     ct_ticket_print_draw  (cairo_t                 *cr,
                                double                   width,
                                double                   height,
                                CtTicketPrintForm        form,
                                const CtTicketPrintData *data);

/* Writes an A4 PDF with one page of @form per element of @datas
 * (CtTicketPrintData *) to @path, replacing the file only when complete. */
gboolean ct_ticket_print_pdf   (const char              *path,
                                CtTicketPrintForm        form,
                                GPtrArray               *datas,
                                GError                 **error);

G_END_DECLS
