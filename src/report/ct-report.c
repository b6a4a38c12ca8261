/* ct-report.c — the operations report: figures, pages, PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-report"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "ct-export-util.h"
#include "ct-report-private.h"
#include "ct-work-calendar.h"

/* Where the KPI table starts on its pages and where the footer begins. */
#define TABLE_TOP     120.0
#define CONTENT_END   (CT_REPORT_PAGE_HEIGHT - CT_REPORT_MARGIN - 24.0)

/* Language */

void
ct_report_lang_push (CtReportLang *saved,
                     const char   *lang)
{
  const char *messages = setlocale (LC_MESSAGES, NULL);

  memset (saved, 0, sizeof *saved);
  if (lang == NULL || *lang == '\0')
    return;
  saved->swapped = TRUE;
  saved->language = g_strdup (g_getenv ("LANGUAGE"));
  saved->messages = g_strdup (messages);
  g_setenv ("LANGUAGE", lang, TRUE);
  /* gettext ignores $LANGUAGE in the "C" locale; setting LC_MESSAGES again
   * also tells it that the catalogues to use have changed. */
  if (messages == NULL || g_str_equal (messages, "C") || g_str_equal (messages, "POSIX"))
    setlocale (LC_MESSAGES, "C.UTF-8");
  else
    setlocale (LC_MESSAGES, saved->messages);
}

void
ct_report_lang_pop (CtReportLang *saved)
{
  if (!saved->swapped)
    return;
  if (saved->language)
    g_setenv ("LANGUAGE", saved->language, TRUE);
  else
    g_unsetenv ("LANGUAGE");
  setlocale (LC_MESSAGES, saved->messages ? saved->messages : "C");
  g_clear_pointer (&saved->language, g_free);
  g_clear_pointer (&saved->messages, g_free);
  saved->swapped = FALSE;
}

/* Set-up */

static const char *const ticket_table_keys[] = {
  "tickets_created", "response_on_time_rate", "repair_on_time_rate",
  "complaint_closure_rate", "complaint_on_time_rate", "return_visit_rate",
  "return_visit_rate_repairs", "return_visit_rate_complaints", "first_time_fix_rate",
  "repeat_complaint_rate", "satisfaction_rate", "satisfaction_score",
  "mean_time_to_resolve", "median_time_to_resolve", "p90_time_to_resolve",
  "backlog_open", "overdue_open",
};

static void
collect_keys (CtReport *self)
{
  const char *const *asset_keys = ct_asset_kpi_keys ();

  self->keys = g_ptr_array_new ();
  for (guint i = 0; i < G_N_ELEMENTS (ticket_table_keys); i++)
    if (ct_ticket_kpi_is_key (ticket_table_keys[i]))
      g_ptr_array_add (self->keys, (gpointer) ticket_table_keys[i]);
  for (guint i = 0; asset_keys[i] != NULL; i++)
    g_ptr_array_add (self->keys, (gpointer) asset_keys[i]);
}

static char *
format_local (GTimeZone  *tz,
              gint64      t,
              const char *format)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (t);
  g_autoptr(GDateTime) local = g_date_time_to_timezone (utc, tz);

  return g_date_time_format (local, format);
}

static void
make_texts (CtReport   *self,
            CtDatabase *db,
            const char *site_name)
{
  const CtKpiPeriod *period = ct_dashboard_get_period (self->dash);
  g_autofree char *when = ct_dashboard_period_title (period, self->tz);
  g_autofree char *from = format_local (self->tz, period->from, "%Y-%m-%d");
  g_autofree char *last = format_local (self->tz, period->to - 1, "%Y-%m-%d");

  self->company = ct_database_dup_setting (db, "company_name");
  if (self->company == NULL)
    self->company = g_strdup ("");
  self->site = g_strdup (site_name ? site_name : _("All sites"));
  /* Translators: the report's title, %s the period: 物业服务运营报告 2026年10月 */
  self->title = g_strdup_printf (_("Operations report %s"), when);
  self->period_text = g_strdup_printf ("%s – %s", from, last);
  self->printed_at = format_local (self->tz, period->now, "%Y-%m-%d %H:%M");
}

static void
add_page (CtReport         *self,
          CtReportPageKind  kind,
          guint             first,
          guint             last)
{
  CtReportPage page = { kind, first, last };

  g_array_append_val (self->pages, page);
}

/* The chart pages, then as many table pages as the rows need. */
static void
paginate (CtReport *self)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);
  double y = TABLE_TOP + ct_report_table_header_height ();
  guint first = 0;

  self->pages = g_array_new (FALSE, FALSE, sizeof (CtReportPage));
  add_page (self, CT_REPORT_PAGE_SUMMARY, 0, 0);
  add_page (self, CT_REPORT_PAGE_TICKETS, 0, 0);
  add_page (self, CT_REPORT_PAGE_SERVICE, 0, 0);
  for (guint row = 0; row < self->keys->len; row++)
    {
      double h = ct_report_table_row_height (self, cr, row);

      if (y + h > CONTENT_END && row > first)
        {
          add_page (self, CT_REPORT_PAGE_TABLE, first, row);
          first = row;
          y = TABLE_TOP + ct_report_table_header_height ();
        }
      y += h;
    }
  add_page (self, CT_REPORT_PAGE_TABLE, first, self->keys->len);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

CtReport *
ct_report_new (CtDatabase        *db,
               const CtKpiPeriod *period,
               const char        *site_name,
               const char        *lang,
               GError           **error)
{
  g_autoptr(CtReport) self = g_new0 (CtReport, 1);
  CtReportLang saved;

  g_return_val_if_fail (CT_IS_DATABASE (db), NULL);
  g_return_val_if_fail (period != NULL, NULL);

  self->lang = g_strdup (lang);
  if (!(self->tz = ct_work_calendar_load_time_zone (db, error)))
    return NULL;
  ct_report_lang_push (&saved, self->lang);
  self->dash = ct_dashboard_compute (db, period, error);
  if (self->dash != NULL)
    {
      make_texts (self, db, site_name);
      collect_keys (self);
      paginate (self);
    }
  ct_report_lang_pop (&saved);
  return self->dash ? g_steal_pointer (&self) : NULL;
}

void
ct_report_free (CtReport *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->dash, ct_dashboard_free);
  g_clear_pointer (&self->tz, g_time_zone_unref);
  g_clear_pointer (&self->keys, g_ptr_array_unref);
  g_clear_pointer (&self->pages, g_array_unref);
  g_free (self->lang);
  g_free (self->company);
  g_free (self->site);
  g_free (self->title);
  g_free (self->period_text);
  g_free (self->printed_at);
  g_free (self);
}

guint
ct_report_get_n_pages (CtReport *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->pages->len;
}

const CtDashboard *
ct_report_get_dashboard (CtReport *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->dash;
}

const char *
ct_report_get_title (CtReport *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->title;
}

/* Drawing */

static void
draw_content (CtReport           *self,
              cairo_t            *cr,
              const CtReportPage *page)
{
  const double x = CT_REPORT_MARGIN, w = CT_REPORT_PAGE_WIDTH - 2 * CT_REPORT_MARGIN;
  const double half = (w - 12) / 2;
  double y;

  switch (page->kind)
    {
    case CT_REPORT_PAGE_SUMMARY:
      y = ct_report_draw_tiles (self, cr, 118);
      ct_report_draw_chart (self, cr, CT_DASHBOARD_TICKETS_BY_KIND, x, y + 12, w,
                            CONTENT_END - y - 12);
      break;
    case CT_REPORT_PAGE_TICKETS:
      ct_report_draw_chart (self, cr, CT_DASHBOARD_ON_TIME_RATE, x, 110, w, 200);
      ct_report_draw_chart (self, cr, CT_DASHBOARD_BACKLOG, x, 320, w, 200);
      ct_report_draw_chart (self, cr, CT_DASHBOARD_RESPONSE_TIME, x, 530, half, 240);
      ct_report_draw_chart (self, cr, CT_DASHBOARD_DEPARTMENTS, x + half + 12, 530, half, 240);
      break;
    case CT_REPORT_PAGE_SERVICE:
      ct_report_draw_chart (self, cr, CT_DASHBOARD_SATISFACTION, x, 110, half, 220);
      ct_report_draw_chart (self, cr, CT_DASHBOARD_ASSETS, x + half + 12, 110, half, 220);
      ct_report_draw_chart (self, cr, CT_DASHBOARD_HEATMAP, x, 350, w, 300);
      break;
    case CT_REPORT_PAGE_TABLE:
      ct_report_draw_table (self, cr, page->first, page->last, TABLE_TOP);
      break;
    default:
      g_assert_not_reached ();
    }
}

void
ct_report_draw_page (CtReport *self,
                     cairo_t  *cr,
                     guint     page_nr,
                     double    width,
                     double    height)
{
  double scale;
  CtReportLang saved;

  g_return_if_fail (self != NULL && cr != NULL);
  g_return_if_fail (page_nr < self->pages->len);

  scale = MIN (width / CT_REPORT_PAGE_WIDTH, height / CT_REPORT_PAGE_HEIGHT);
  ct_report_lang_push (&saved, self->lang);
  cairo_save (cr);
  cairo_translate (cr, (width - CT_REPORT_PAGE_WIDTH * scale) / 2,
                   (height - CT_REPORT_PAGE_HEIGHT * scale) / 2);
  cairo_scale (cr, scale, scale);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, 0, 0, CT_REPORT_PAGE_WIDTH, CT_REPORT_PAGE_HEIGHT);
  cairo_fill (cr);
  ct_report_draw_header (self, cr, page_nr);
  draw_content (self, cr, &g_array_index (self->pages, CtReportPage, page_nr));
  cairo_restore (cr);
  ct_report_lang_pop (&saved);
}

/* PDF */

static gboolean
draw_pdf (CtReport    *self,
          const char  *tmp,
          GError     **error)
{
  cairo_surface_t *surface = cairo_pdf_surface_create (tmp, CT_REPORT_PAGE_WIDTH,
                                                       CT_REPORT_PAGE_HEIGHT);
  cairo_t *cr = cairo_create (surface);
  cairo_status_t status;

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, self->title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Caretaker");
  for (guint i = 0; i < self->pages->len; i++)
    {
      ct_report_draw_page (self, cr, i, CT_REPORT_PAGE_WIDTH, CT_REPORT_PAGE_HEIGHT);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write “%s”: %s"),
               tmp, cairo_status_to_string (status));
  return FALSE;
}

gboolean
ct_report_save_pdf (CtReport    *self,
                    const char  *path,
                    GError     **error)
{
  g_autofree char *tmp = NULL;

  g_return_val_if_fail (self != NULL && path != NULL, FALSE);

  if (!(tmp = ct_export_create_beside (path, error)))
    return FALSE;
  if (draw_pdf (self, tmp, error))
    return ct_export_move_into_place (tmp, path, error);
  g_unlink (tmp);
  return FALSE;
}

gboolean
ct_report_write_pdf (CtDatabase        *db,
                     const CtKpiPeriod *period,
                     const char        *site_name,
                     const char        *lang,
                     const char        *path,
                     GError           **error)
{
  g_autoptr(CtReport) report = ct_report_new (db, period, site_name, lang, error);

  return report != NULL && ct_report_save_pdf (report, path, error);
}

gboolean
ct_report_write_xlsx (CtDatabase        *db,
                      const CtKpiPeriod *period,
                      const char        *site_name,
                      const char        *lang,
                      const char        *path,
                      GError           **error)
{
  g_autoptr(CtReport) report = ct_report_new (db, period, site_name, lang, error);

  return report != NULL && ct_report_save_xlsx (report, path, error);
}
