/* ct-asset-print.c — draws asset labels and the maintenance record form, and
 * writes them to PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-asset-print"

#include "config.h"

#include <inttypes.h>

#include <glib/gi18n.h>

#include "ct-asset-print-private.h"
#include "ct-error.h"

/* The labels of a document: CtAssetPrintData and their CtAssetQr, in order. */
typedef struct
{
  GPtrArray *datas;
  GPtrArray *qrs;
} LabelSheet;

static void
label_sheet_clear (LabelSheet *sheet)
{
  g_clear_pointer (&sheet->datas, g_ptr_array_unref);
  g_clear_pointer (&sheet->qrs, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (LabelSheet, label_sheet_clear)

static void
label_sheet_init (LabelSheet *sheet)
{
  sheet->datas = g_ptr_array_new_with_free_func ((GDestroyNotify) ct_asset_print_data_free);
  sheet->qrs = g_ptr_array_new_with_free_func ((GDestroyNotify) ct_asset_qr_free);
}

static gboolean
label_sheet_add (LabelSheet    *sheet,
                 CtAssetStore  *store,
                 CtAsset       *asset,
                 GError       **error)
{
  g_autoptr(CtAssetPrintData) data = NULL;
  g_autoptr(CtAssetQr) qr = NULL;

  if (!(data = ct_asset_print_data_new (store, asset, error)) ||
      !(qr = ct_asset_qr_new (data->code, error)))
    return FALSE;
  g_ptr_array_add (sheet->datas, g_steal_pointer (&data));
  g_ptr_array_add (sheet->qrs, g_steal_pointer (&qr));
  return TRUE;
}

static gboolean
label_sheet_load (LabelSheet    *sheet,
                  CtAssetStore  *store,
                  GArray        *asset_ids,
                  GError       **error)
{
  label_sheet_init (sheet);
  for (guint i = 0; i < asset_ids->len; i++)
    {
      gint64 id = g_array_index (asset_ids, gint64, i);
      g_autoptr(GError) local_error = NULL;
      g_autoptr(CtAsset) asset = ct_asset_store_load (store, id, &local_error);

      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      if (asset == NULL)
        {
          g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_NOT_FOUND,
                       _("Asset %" PRId64 " no longer exists: its label cannot be "
                         "printed."), id);
          return FALSE;
        }
      if (!label_sheet_add (sheet, store, asset, error))
        return FALSE;
    }
  return TRUE;
}

/* Ten labels a page; the last page may be partly empty. */
static void
draw_label_pages (cairo_t      *cr,
                  PangoFontMap *font_map,
                  gpointer      user_data)
{
  LabelSheet *sheet = user_data;

  for (guint i = 0; i < sheet->datas->len; i++)
    {
      guint index = i % CT_ASSET_LABELS_PER_PAGE;

      ct_asset_print_label (font_map, cr, index, sheet->datas->pdata[i], sheet->qrs->pdata[i]);
      if (index == CT_ASSET_LABELS_PER_PAGE - 1 || i + 1 == sheet->datas->len)
        cairo_show_page (cr);
    }
}

static void
draw_form_page (cairo_t      *cr,
                PangoFontMap *font_map,
                gpointer      user_data)
{
  ct_asset_print_form (font_map, cr, CT_TICKET_PRINT_A4_WIDTH, CT_TICKET_PRINT_A4_HEIGHT,
                       user_data);
  cairo_show_page (cr);
}

static CtAssetPrintData *
form_data_new (CtAssetStore  *store,
               CtAsset       *asset,
               gint64         task_id,
               gint64         record_id,
               GError       **error)
{
  g_autoptr(CtAssetPrintData) data = ct_asset_print_data_new (store, asset, error);

  if (data == NULL || !ct_asset_print_data_add_work (data, store, asset, task_id, record_id, error))
    return NULL;
  return g_steal_pointer (&data);
}

gboolean
ct_asset_print_draw_label (CtAssetStore  *store,
                           CtAsset       *asset,
                           cairo_t       *cr,
                           guint          index,
                           GError       **error)
{
  g_auto(LabelSheet) sheet = { 0 };
  g_autoptr(PangoFontMap) font_map = NULL;

  g_return_val_if_fail (CT_IS_ASSET_STORE (store), FALSE);
  g_return_val_if_fail (CT_IS_ASSET (asset), FALSE);
  g_return_val_if_fail (cr != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  label_sheet_init (&sheet);
  if (!label_sheet_add (&sheet, store, asset, error))
    return FALSE;
  font_map = pango_cairo_font_map_new ();
  ct_asset_print_label (font_map, cr, index % CT_ASSET_LABELS_PER_PAGE, sheet.datas->pdata[0],
                        sheet.qrs->pdata[0]);
  return TRUE;
}

gboolean
ct_asset_print_draw_form (CtAssetStore  *store,
                          CtAsset       *asset,
                          gint64         task_id,
                          gint64         record_id,
                          cairo_t       *cr,
                          double         width,
                          double         height,
                          GError       **error)
{
  g_autoptr(CtAssetPrintData) data = NULL;
  g_autoptr(PangoFontMap) font_map = NULL;

  g_return_val_if_fail (CT_IS_ASSET_STORE (store), FALSE);
  g_return_val_if_fail (CT_IS_ASSET (asset), FALSE);
  g_return_val_if_fail (cr != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!(data = form_data_new (store, asset, task_id, record_id, error)))
    return FALSE;
  font_map = pango_cairo_font_map_new ();
  ct_asset_print_form (font_map, cr, width, height, data);
  return TRUE;
}

gboolean
ct_asset_print_labels_pdf (CtAssetStore  *store,
                           GArray        *asset_ids,
                           const char    *path,
                           GError       **error)
{
  g_auto(LabelSheet) sheet = { 0 };

  g_return_val_if_fail (CT_IS_ASSET_STORE (store), FALSE);
  g_return_val_if_fail (asset_ids != NULL && asset_ids->len > 0, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!label_sheet_load (&sheet, store, asset_ids, error))
    return FALSE;
  return ct_ticket_print_write_pdf (path, _("Asset Labels"), draw_label_pages, &sheet, error);
}

gboolean
ct_asset_print_form_pdf (CtAssetStore  *store,
                         CtAsset       *asset,
                         gint64         task_id,
                         gint64         record_id,
                         const char    *path,
                         GError       **error)
{
  g_autoptr(CtAssetPrintData) data = NULL;

  g_return_val_if_fail (CT_IS_ASSET_STORE (store), FALSE);
  g_return_val_if_fail (CT_IS_ASSET (asset), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!(data = form_data_new (store, asset, task_id, record_id, error)))
    return FALSE;
  return ct_ticket_print_write_pdf (path, _("Maintenance Record"), draw_form_page, data, error);
}
