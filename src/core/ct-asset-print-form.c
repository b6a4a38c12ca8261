/* ct-asset-print-form.c — the layout of 维保记录表 (maintenance record form):
 * the asset's facts, the plan, problem / action / recheck boxes, signatures
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-asset-print"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-asset-print-private.h"

#define GAP         10.0
#define MIN_BOX     44.0
#define SIGN_LINE   26.0
#define CHOICE_ROW  26.0
#define SIGN_WIDTH  170.0   /* room for "钱鹏（杭州华电电力工程有限公司）" */
#define DATE_WIDTH  90.0

static void
asset_facts (CtPrintPage            *page,
             const CtAssetPrintData *d)
{
  ct_ticket_print_pairs (page, _("Asset code"), d->code, _("Asset name"), d->name);
  ct_ticket_print_pairs (page, _("Category"), d->category, _("Location"), d->location);
  ct_ticket_print_pairs (page, _("Manufacturer"), d->manufacturer, _("Model"), d->model);
  ct_ticket_print_pairs (page, _("Serial number"), d->serial, _("Contractor"), d->contractor);
  ct_ticket_print_pairs (page, _("Registration no."), d->registration_no,
                         _("Statutory inspection due"), d->statutory_due);
}

static void
work_facts (CtPrintPage            *page,
            const CtAssetPrintData *d)
{
  if (*d->plan != '\0')
    {
      ct_ticket_print_span (page, _("Maintenance plan"), d->plan, CT_PRINT_ROW_HEIGHT, 2);
      ct_ticket_print_span (page, _("Instructions"), d->instructions, 40, 5);
    }
  ct_ticket_print_pairs (page, _("Due date"), d->due_on, _("Work type"), d->kind);
}

/* 复查结论: passed or failed, ticked from the record. */
static void
recheck_row (CtPrintPage            *page,
             const CtAssetPrintData *d)
{
  const char *const choices[] = { _("Passed"), _("Failed") };
  const CtPrintCell cells[] = { { _("Recheck conclusion"), 0.16, TRUE }, { "", 0.84, FALSE } };
  double top = page->y;
  double line = ct_ticket_print_text (page, 0, 0, ct_ticket_print_page_width (page), choices[0],
                                      CT_PRINT_VALUE_SIZE, CT_PRINT_REGULAR, 1, FALSE);

  /* The row grows when its label wraps: the boxes stay in its middle. */
  ct_ticket_print_row (page, cells, G_N_ELEMENTS (cells), CHOICE_ROW, 1, FALSE);
  ct_ticket_print_choices (page, page->left + ct_ticket_print_page_width (page) * 0.16 + 8,
                           top + (page->y - top - line) / 2, choices, G_N_ELEMENTS (choices),
                           d->recheck_ok < 0 ? -1 : d->recheck_ok ? 0 : 1);
}

static void
signatures (CtPrintPage            *page,
            const CtAssetPrintData *d)
{
  double y = page->y;
  double x;

  x = ct_ticket_print_sign_field (page, page->left, y, _("Performed by (signature)"),
                                  d->performer, SIGN_WIDTH);
  ct_ticket_print_sign_field (page, x, y, _("Date"), d->performed_on, DATE_WIDTH);
  y += SIGN_LINE;
  x = ct_ticket_print_sign_field (page, page->left, y, _("Rechecked by (signature)"), "",
                                  SIGN_WIDTH);
  ct_ticket_print_sign_field (page, x, y, _("Date"), "", DATE_WIDTH);
  page->y = y + SIGN_LINE;
}

/* Problem, action and recheck share what is left above the footer. */
static void
work_boxes (CtPrintPage            *page,
            const CtAssetPrintData *d,
            double                  footer)
{
  const char *titles[] = { _("Problem found"), _("Action taken"), _("Recheck result") };
  const char *notes[] = { d->problem, d->action, d->recheck };
  double room = page->bottom - page->y - footer
                - G_N_ELEMENTS (titles) * (CT_PRINT_ROW_HEIGHT + GAP / 2);
  double box = MAX (room / G_N_ELEMENTS (titles), MIN_BOX);

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      ct_ticket_print_ruled_box (page, titles[i], notes[i], box);
      page->y += GAP / 2;
    }
}

static void
draw_form (CtPrintPage            *page,
           const CtAssetPrintData *d)
{
  /* The heading of the ticket forms: company, title, number, print time. */
  CtTicketPrintData heading = { 0 };
  double footer = CHOICE_ROW + CT_PRINT_ROW_HEIGHT + GAP + 6 + 2 * SIGN_LINE;

  heading.company = d->company;
  heading.code = d->code;
  heading.printed = d->printed;
  ct_ticket_print_heading (page, _("Maintenance Record"), &heading);
  asset_facts (page, d);
  page->y += GAP;
  work_facts (page, d);
  page->y += GAP;
  work_boxes (page, d, footer);
  recheck_row (page, d);
  ct_ticket_print_pairs (page, _("Downtime (minutes)"), d->downtime, _("Cost (yuan)"), d->cost);
  page->y += GAP + 6;
  signatures (page, d);
}

void
ct_asset_print_form (PangoFontMap           *font_map,
                     cairo_t                *cr,
                     double                  width,
                     double                  height,
                     const CtAssetPrintData *data)
{
  CtPrintPage page = { 0 };

  g_assert (data != NULL && data->plan != NULL);

  cairo_save (cr);
  ct_ticket_print_page_init (&page, font_map, cr, width, height);
  draw_form (&page, data);
  ct_ticket_print_page_clear (&page);
  cairo_restore (cr);
}
