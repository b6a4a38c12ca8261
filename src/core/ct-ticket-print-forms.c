/* ct-ticket-print-forms.c — the layouts of 派工单 (work order) and 回访记录表
 * (return-visit record)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-ticket-print"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-ticket-print-private.h"

#define GAP            10.0
#define RULE_SPACING   20.0
#define MATERIAL_ROWS  3
#define SIGN_LINE      26.0

static const char *
first_of (const char *text,
          const char *fallback)
{
  return text != NULL && *text != '\0' ? text : fallback;
}

static void
work_order_fields (CtPrintPage             *page,
                   const CtTicketPrintData *d)
{
  ct_ticket_print_pairs (page, _("Kind"), d->kind, _("Category"), d->category);
  ct_ticket_print_pairs (page, _("Site"), d->site, _("Unit"), d->address);
  ct_ticket_print_pairs (page, _("Owner"), d->owner, _("Owner phone"), d->owner_phone);
  ct_ticket_print_pairs (page, _("Reporter"), d->reporter, _("Contact phone"), d->phone);
  ct_ticket_print_span (page, _("Subject"), d->title, CT_PRINT_ROW_HEIGHT, 2);
  ct_ticket_print_span (page, _("Description"), d->description, 48, 4);
  ct_ticket_print_pairs (page, _("Reported"), d->created, _("Channel"), d->channel);
  ct_ticket_print_pairs (page, _("Dispatch time"), d->dispatched, _("Appointment time"), d->appointment);
  ct_ticket_print_pairs (page, _("Respond by"), d->due_response, _("Arrive by"), d->due_arrival);
  ct_ticket_print_pairs (page, _("Resolve by"), d->due_resolution,
                         _("Lead department"), d->department);
  ct_ticket_print_pairs (page, _("Technician"), d->assignee,
                         _("First contact"), d->first_contact);
  ct_ticket_print_pairs (page, _("Arrived"), d->arrived, _("Completed"), d->resolved);
}

/* The large box for 处理情况 of the work order, and the boxes of the
 * maintenance record form. */
void
ct_ticket_print_ruled_box (CtPrintPage *page,
                           const char  *title,
                           const char  *note,
                           double       height)
{
  const CtPrintCell header[] = { { title, 1.0, TRUE } };
  double width = ct_ticket_print_page_width (page);
  double top, text_height;

  ct_ticket_print_row (page, header, 1, CT_PRINT_ROW_HEIGHT, 1, FALSE);
  top = page->y;
  ct_ticket_print_rect (page, page->left, top, width, height, FALSE);
  text_height = ct_ticket_print_text (page, page->left + 6, top + 5, width - 12, note,
                                      CT_PRINT_VALUE_SIZE, CT_PRINT_REGULAR,
                                      (int) (height / RULE_SPACING), TRUE);
  cairo_set_source_rgb (page->cr, 0.7, 0.7, 0.7);
  cairo_set_line_width (page->cr, 0.4);
  for (double y = top + RULE_SPACING; y < top + height - 4; y += RULE_SPACING)
    if (y > top + text_height + 4)
      {
        cairo_move_to (page->cr, page->left + 6, y);
        cairo_line_to (page->cr, page->right - 6, y);
      }
  cairo_stroke (page->cr);
  page->y = top + height;
}

static void
materials_table (CtPrintPage *page)
{
  const CtPrintCell header[] = {
    { _("Materials used"), 0.40, TRUE }, { _("Specification"), 0.25, TRUE },
    { _("Quantity"), 0.12, TRUE }, { _("Note"), 0.23, TRUE },
  };
  const CtPrintCell blank[] = {
    { "", 0.40, FALSE }, { "", 0.25, FALSE }, { "", 0.12, FALSE }, { "", 0.23, FALSE },
  };

  ct_ticket_print_row (page, header, G_N_ELEMENTS (header), CT_PRINT_ROW_HEIGHT, 1, FALSE);
  for (guint i = 0; i < MATERIAL_ROWS; i++)
    ct_ticket_print_row (page, blank, G_N_ELEMENTS (blank), 20, 1, FALSE);
}

static void
signatures (CtPrintPage             *page,
            const CtTicketPrintData *d)
{
  const char *const ratings[] = { _("Satisfied"), _("Basically satisfied"), _("Dissatisfied") };
  double y = page->y;
  double x;

  x = ct_ticket_print_sign_field (page, page->left, y, _("Technician (signature)"), "", 130);
  ct_ticket_print_sign_field (page, x, y, _("Date"), "", 90);
  y += SIGN_LINE;
  x = ct_ticket_print_sign_field (page, page->left, y, _("Owner rating"), NULL, 0);
  ct_ticket_print_choices (page, x - 8, y, ratings, G_N_ELEMENTS (ratings), -1);
  y += SIGN_LINE;
  x = ct_ticket_print_sign_field (page, page->left, y, _("Owner confirmation (signature)"),
                                  "", 130);
  ct_ticket_print_sign_field (page, x, y, _("Date"), "", 90);
  y += SIGN_LINE;
  x = ct_ticket_print_sign_field (page, page->left, y, _("Visitor"), d->visitor, 100);
  ct_ticket_print_sign_field (page, x, y, _("Visit date"), d->visited, 110);
  page->y = y + SIGN_LINE;
}

void
ct_ticket_print_work_order (CtPrintPage             *page,
                            const CtTicketPrintData *d)
{
  double footer = CT_PRINT_ROW_HEIGHT + 20 * MATERIAL_ROWS + GAP + 4 * SIGN_LINE;
  double box;

  ct_ticket_print_heading (page, _("Work Order"), d);
  work_order_fields (page, d);
  page->y += GAP;
  box = page->bottom - page->y - CT_PRINT_ROW_HEIGHT - GAP - footer;
  ct_ticket_print_ruled_box (page, _("Work done"), d->resolution_note,
                             MAX (box, 3 * RULE_SPACING));
  page->y += GAP;
  materials_table (page);
  page->y += GAP + 6;
  signatures (page, d);
}

/* 回访意见: A 满意, B 基本满意, C 不满意, ticked from the visit's score. */
static void
feedback_row (CtPrintPage             *page,
              const CtTicketPrintData *d)
{
  g_autofree char *a = g_strdup_printf ("A %s", _("Satisfied"));
  g_autofree char *b = g_strdup_printf ("B %s", _("Basically satisfied"));
  g_autofree char *c = g_strdup_printf ("C %s", _("Dissatisfied"));
  const char *const choices[] = { a, b, c };
  const CtPrintCell cells[] = { { _("Feedback"), 0.16, TRUE }, { "", 0.84, FALSE } };
  char grade = ct_ticket_print_grade (d->score);
  double top = page->y;

  ct_ticket_print_row (page, cells, G_N_ELEMENTS (cells), 28, 1, FALSE);
  ct_ticket_print_choices (page, page->left + ct_ticket_print_page_width (page) * 0.16 + 8,
                           top + 7, choices, G_N_ELEMENTS (choices),
                           grade != 0 ? grade - 'A' : -1);
}

void
ct_ticket_print_return_visit (CtPrintPage             *page,
                              const CtTicketPrintData *d)
{
  double room;

  ct_ticket_print_heading (page, _("Return Visit Record"), d);
  ct_ticket_print_pairs (page, _("Visit date"), d->visited, _("Work order no."), d->code);
  ct_ticket_print_pairs (page, _("Site"), d->site, _("Unit"), d->address);
  ct_ticket_print_pairs (page, _("Owner"), d->owner, _("Owner phone"), d->owner_phone);
  ct_ticket_print_pairs (page, _("Person visited"), first_of (d->reporter, d->owner),
                         _("Contact phone"), first_of (d->phone, d->owner_phone));
  ct_ticket_print_pairs (page, _("Kind"), d->kind, _("Category"), d->category);
  ct_ticket_print_span (page, _("Subject"), d->title, CT_PRINT_ROW_HEIGHT, 2);
  ct_ticket_print_pairs (page, _("Reported"), d->created, _("Completed"), d->resolved);
  ct_ticket_print_pairs (page, _("Technician"), d->assignee, _("Department"), d->department);
  ct_ticket_print_span (page, _("Work done"), d->resolution_note, 60, 4);
  feedback_row (page, d);
  ct_ticket_print_span (page, _("Score"), d->satisfaction, CT_PRINT_ROW_HEIGHT, 1);
  /* The rest of the page: the owner's words, then what is to be followed up. */
  room = page->bottom - page->y - 2 * CT_PRINT_ROW_HEIGHT - GAP;
  ct_ticket_print_span (page, _("Owner comments"), d->visit_note, MAX (room * 0.55, 40), 8);
  ct_ticket_print_span (page, _("Follow-up"), "", MAX (room * 0.45, 30), 1);
  ct_ticket_print_pairs (page, _("Visitor"), d->visitor, _("Owner signature"), "");
  page->y += 6;
  ct_ticket_print_line (page, _("Feedback: A = score 4–5, B = score 3, C = score 1–2."), 8,
                        CT_PRINT_REGULAR);
}
