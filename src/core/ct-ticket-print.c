/* ct-ticket-print.c — draws a ticket's printed form and writes forms to PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-ticket-print"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>

#include "ct-ticket-print-private.h"

typedef struct
{
  GOutputStream *stream;
  GError        *error;   /* the first write error */
} PdfSink;

typedef struct
{
  CtTicketPrintForm  form;
  GPtrArray         *datas;
} TicketPages;

static const char *
form_title (CtTicketPrintForm form)
{
  switch (form)
    {
    case CT_TICKET_FORM_WORK_ORDER:
      return _("Work Order");
    case CT_TICKET_FORM_RETURN_VISIT:
      return _("Return Visit Record");
    default:
      g_return_val_if_reached ("");
    }
}

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *bytes,
          unsigned int         length)
{
  PdfSink *sink = closure;

  if (sink->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  if (!g_output_stream_write_all (sink->stream, bytes, length, NULL, NULL, &sink->error))
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

static void
draw_form (PangoFontMap            *font_map,
           cairo_t                 *cr,
           double                   width,
           double                   height,
           CtTicketPrintForm        form,
           const CtTicketPrintData *data)
{
  CtPrintPage page = { 0 };

  cairo_save (cr);
  ct_ticket_print_page_init (&page, font_map, cr, width, height);
  switch (form)
    {
    case CT_TICKET_FORM_WORK_ORDER:
      ct_ticket_print_work_order (&page, data);
      break;
    case CT_TICKET_FORM_RETURN_VISIT:
      ct_ticket_print_return_visit (&page, data);
      break;
    default:
      g_warn_if_reached ();
    }
  ct_ticket_print_page_clear (&page);
  cairo_restore (cr);
}

static void
draw_ticket_pages (cairo_t      *cr,
                   PangoFontMap *font_map,
                   gpointer      user_data)
{
  const TicketPages *pages = user_data;

  for (guint i = 0; i < pages->datas->len; i++)
    {
      draw_form (font_map, cr, CT_TICKET_PRINT_A4_WIDTH, CT_TICKET_PRINT_A4_HEIGHT, pages->form,
                 g_ptr_array_index (pages->datas, i));
      cairo_show_page (cr);
    }
}

/* One font map for the whole document: fonts are looked up once. */
static void
draw_pages (cairo_surface_t *surface,
            CtPrintDrawFunc  draw,
            gpointer         user_data)
{
  g_autoptr(PangoFontMap) font_map = pango_cairo_font_map_new ();
  cairo_t *cr = cairo_create (surface);

  draw (cr, font_map, user_data);
  cairo_destroy (cr);
}

/* Draws into a PDF surface writing to @sink; FALSE with @error set when cairo
 * or the file failed. */
static gboolean
write_pdf (PdfSink          *sink,
           const char       *path,
           const char       *title,
           CtPrintDrawFunc   draw,
           gpointer          user_data,
           GError          **error)
{
  cairo_surface_t *surface;
  cairo_status_t status;

  surface = cairo_pdf_surface_create_for_stream (write_cb, sink, CT_TICKET_PRINT_A4_WIDTH,
                                                 CT_TICKET_PRINT_A4_HEIGHT);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Caretaker");
  draw_pages (surface, draw, user_data);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (sink->error != NULL)
    {
      g_set_error (error, sink->error->domain, sink->error->code,
                   _("Could not write “%s”: %s"), path, sink->error->message);
      return FALSE;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not draw the forms for “%s”: %s"), path,
                   cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

void
ct_ticket_print_draw (cairo_t                 *cr,
                      double                   width,
                      double                   height,
                      CtTicketPrintForm        form,
                      const CtTicketPrintData *data)
{
  g_autoptr(PangoFontMap) font_map = NULL;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (data != NULL);

  font_map = pango_cairo_font_map_new ();
  draw_form (font_map, cr, width, height, form, data);
}

gboolean
ct_ticket_print_write_pdf (const char       *path,
                           const char       *title,
                           CtPrintDrawFunc   draw,
                           gpointer          user_data,
                           GError          **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  PdfSink sink = { 0 };
  gboolean existed;
  gboolean ok;

  file = g_file_new_for_path (path);
  existed = g_file_query_exists (file, NULL);
  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL,
                           &local_error);
  if (stream == NULL)
    {
      g_set_error (error, local_error->domain, local_error->code,
                   _("Could not write “%s”: %s"), path, local_error->message);
      return FALSE;
    }
  sink.stream = G_OUTPUT_STREAM (stream);
  ok = write_pdf (&sink, path, title, draw, user_data, error);
  g_clear_error (&sink.error);
  if (!ok)
    {
      /* Keep the old file: drop what was written instead of replacing it. */
      g_autoptr(GCancellable) cancel = g_cancellable_new ();

      g_cancellable_cancel (cancel);
      g_output_stream_close (G_OUTPUT_STREAM (stream), cancel, NULL);
      if (!existed)
        g_file_delete (file, NULL, NULL);
      return FALSE;
    }
  if (!g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, &local_error))
    {
      g_set_error (error, local_error->domain, local_error->code,
                   _("Could not write “%s”: %s"), path, local_error->message);
      return FALSE;
    }
  return TRUE;
}

gboolean
ct_ticket_print_pdf (const char         *path,
                     CtTicketPrintForm   form,
                     GPtrArray          *datas,
                     GError            **error)
{
  TicketPages pages = { form, datas };

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (datas != NULL && datas->len > 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return ct_ticket_print_write_pdf (path, form_title (form), draw_ticket_pages, &pages, error);
}
