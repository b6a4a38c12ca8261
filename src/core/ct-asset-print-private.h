/* ct-asset-print-private.h — shared by the parts of ct-asset-print: what a
 * label and a form show, the QR matrix, the label grid
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-asset-print.h"
#include "ct-ticket-print-private.h"

G_BEGIN_DECLS

#define CT_ASSET_PRINT_MM            (72.0 / 25.4)
#define CT_ASSET_LABEL_WIDTH         (90.0 * CT_ASSET_PRINT_MM)
#define CT_ASSET_LABEL_HEIGHT        (50.0 * CT_ASSET_PRINT_MM)
#define CT_ASSET_LABEL_COLUMNS       2
#define CT_ASSET_LABEL_ROWS          5
/* The QR code's square on a label, quiet zone included. */
#define CT_ASSET_LABEL_QR_SIZE       (31.0 * CT_ASSET_PRINT_MM)
/* White modules around the symbol, as ISO/IEC 18004 asks. */
#define CT_ASSET_QR_QUIET            4

/* What the label and the form show, already formatted ("" when nothing).
 * The work fields are filled by ct_asset_print_data_add_work () only. */
typedef struct
{
  char     *company;        /* company · site */
  char     *site;
  char     *code;
  char     *name;
  char     *category;       /* translated label */
  char     *location;       /* "3号楼 · B1 配电室" */
  char     *manufacturer;
  char     *model;
  char     *serial;
  char     *contractor;
  char     *registration_no;
  char     *statutory_due;
  char     *service_phone;  /* the site's service desk */
  char     *printed;        /* "YYYY-MM-DD HH:MM", the database clock */
  /* The maintenance record form. */
  char     *plan;           /* plan title */
  char     *instructions;
  char     *due_on;
  char     *kind;           /* record kind, translated */
  char     *performed_on;   /* "YYYY-MM-DD" */
  char     *performer;
  char     *problem;
  char     *action;
  char     *recheck;
  int       recheck_ok;     /* 1 passed, 0 failed, -1 no record */
  char     *downtime;       /* minutes, "" without a record */
  char     *cost;           /* "120.00" yuan, "" without a record */
} CtAssetPrintData;

/* ct-asset-print-data.c */
CtAssetPrintData *ct_asset_print_data_new      (CtAssetStore      *store,
                                                CtAsset           *asset,
                                                GError           **error);
/* Adds the plan of task @task_id and the record @record_id (0 = none; the
 * task then comes from the record): both must be of the data's asset. */
gboolean          ct_asset_print_data_add_work (CtAssetPrintData  *data,
                                                CtAssetStore      *store,
                                                CtAsset           *asset,
                                                gint64             task_id,
                                                gint64             record_id,
                                                GError           **error);
void              ct_asset_print_data_free     (CtAssetPrintData  *data);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtAssetPrintData, ct_asset_print_data_free)

/* The modules of a QR code (ECC level M, 8-bit mode), without quiet zone. */
typedef struct
{
  int     version;   /* 1–40 */
  int     width;     /* modules per side: 17 + 4 × version */
  guint8 *dark;      /* width × width, row by row: 1 = dark */
} CtAssetQr;

/* ct-asset-print-qr.c */
CtAssetQr *ct_asset_qr_new     (const char      *text,
                                GError         **error);
void       ct_asset_qr_free    (CtAssetQr       *qr);
gboolean   ct_asset_qr_is_dark (const CtAssetQr *qr,
                                int              x,
                                int              y);
/* Fills the dark modules as one cairo path in the square (@x, @y, @size),
 * which includes the quiet zone; white is left unpainted. */
void       ct_asset_qr_draw    (const CtAssetQr *qr,
                                cairo_t         *cr,
                                double           x,
                                double           y,
                                double           size);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtAssetQr, ct_asset_qr_free)

/* ct-asset-print-label.c: the top left corner of label @index of a page
 * (row by row, two per row, centred on A4) and the top left of its QR
 * square (CT_ASSET_LABEL_QR_SIZE). */
void       ct_asset_print_label_origin  (guint                   index,
                                         double                 *x,
                                         double                 *y);
void       ct_asset_print_label_qr_origin (guint                 index,
                                         double                 *x,
                                         double                 *y);
void       ct_asset_print_label        (PangoFontMap           *font_map,
                                        cairo_t                *cr,
                                        guint                   index,
                                        const CtAssetPrintData *data,
                                        const CtAssetQr        *qr);

/* ct-asset-print-form.c: one page of @width × @height points. */
void       ct_asset_print_form         (PangoFontMap           *font_map,
                                        cairo_t                *cr,
                                        double                  width,
                                        double                  height,
                                        const CtAssetPrintData *data);

G_END_DECLS
