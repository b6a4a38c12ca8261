/* ct-asset-print-qr.c — the QR code of an asset code, with libqrencode, drawn
 * as cairo rectangles
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-asset-print"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <qrencode.h>

#include "ct-asset-print-private.h"

CtAssetQr *
ct_asset_qr_new (const char  *text,
                 GError     **error)
{
  QRcode *code;
  CtAssetQr *qr;
  int n;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* 8-bit mode: the UTF-8 bytes of the code as they are, so that a scanner
   * reads back exactly the code (Kanji mode would re-encode CJK in Shift JIS). */
  errno = 0;
  code = *text != '\0' ? QRcode_encodeString8bit (text, 0, QR_ECLEVEL_M) : NULL;
  if (code == NULL)
    {
      int saved = *text != '\0' ? errno : EINVAL;

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("Could not make the QR code of asset “%s”: %s"), text,
                   saved == ERANGE ? _("the code is too long")
                                   : saved == EINVAL ? _("the code is empty")
                                                     : g_strerror (saved));
      return NULL;
    }
  qr = g_new0 (CtAssetQr, 1);
  qr->version = code->version;
  qr->width = code->width;
  n = code->width * code->width;
  qr->dark = g_new (guint8, n);
  for (int i = 0; i < n; i++)
    qr->dark[i] = code->data[i] & 1;
  QRcode_free (code);
  return qr;
}

void
ct_asset_qr_free (CtAssetQr *qr)
{
  if (qr == NULL)
    return;
  g_free (qr->dark);
  g_free (qr);
}

gboolean
ct_asset_qr_is_dark (const CtAssetQr *qr,
                     int              x,
                     int              y)
{
  g_return_val_if_fail (qr != NULL, FALSE);

  if (x < 0 || y < 0 || x >= qr->width || y >= qr->width)
    return FALSE;
  return qr->dark[y * qr->width + x] != 0;
}

void
ct_asset_qr_draw (const CtAssetQr *qr,
                  cairo_t         *cr,
                  double           x,
                  double           y,
                  double           size)
{
  double module;

  g_return_if_fail (qr != NULL);
  g_return_if_fail (cr != NULL);

  module = size / (qr->width + 2 * CT_ASSET_QR_QUIET);
  x += CT_ASSET_QR_QUIET * module;
  y += CT_ASSET_QR_QUIET * module;
  cairo_save (cr);
  cairo_new_path (cr);
  /* One rectangle per run of dark modules in a row, all filled at once: no
   * hairline seams between neighbours in a PDF viewer. */
  for (int row = 0; row < qr->width; row++)
    for (int col = 0; col < qr->width; col++)
      {
        int start = col;

        while (col < qr->width && ct_asset_qr_is_dark (qr, col, row))
          col++;
        if (col > start)
          cairo_rectangle (cr, x + start * module, y + row * module,
                           (col - start) * module, module);
      }
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_WINDING);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_fill (cr);
  cairo_restore (cr);
}
