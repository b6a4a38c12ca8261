/* test-ticket-print.c — the printed forms: what they show, the PDF, and
 * deterministic drawing that stays on its page
 *
 * The fixed clock is Friday 2025-11-21 12:40 in Asia/Shanghai (04:40 UTC).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "ct-test-print.h"
#include "ct-test-util.h"
#include "ct-ticket-print.h"

#define MINUTE 60

typedef struct
{
  CtTestFixture  base;
  CtTicketStore *store;
  CtTicket      *ticket;   /* resolved and visited, score 4 */
  CtTicket      *fresh;    /* just created */
} Fixture;

static CtTicket *
create_ticket (Fixture    *f,
               gint64      site_id,
               gint64      unit_id,
               const char *title)
{
  g_autoptr(GError) error = NULL;
  CtTicket *ticket = ct_ticket_new ("repair", title);

  g_object_set (ticket, "repair_class", "routine", "category", "水电",
                "site_id", site_id, "unit_id", unit_id,
                "reporter", "王芳", "phone", "13800138000",
                "description", "楼下天花板渗水，请尽快上门", NULL);
  g_assert_true (ct_ticket_store_create (f->store, ticket, "客服小张", &error));
  g_assert_no_error (error);
  return ticket;
}

static void
work_through (Fixture  *f,
              CtTicket *ticket,
              gint64    department,
              gint64    assignee)
{
  g_autoptr(GError) error = NULL;
  CtClock *clock = f->base.clock;

  g_assert_true (ct_ticket_store_accept (f->store, ticket, "客服小张", &error));
  g_assert_true (ct_ticket_store_dispatch (f->store, ticket, department, assignee, "客服小张",
                                           &error));
  ct_clock_advance (clock, 20 * MINUTE);
  g_assert_true (ct_ticket_store_arrive (f->store, ticket, "王师傅", &error));
  ct_clock_advance (clock, 40 * MINUTE);
  g_assert_true (ct_ticket_store_resolve (f->store, ticket, "更换角阀，试水无渗漏", "王师傅",
                                          &error));
  ct_clock_advance (clock, 24 * 60 * MINUTE);
  g_assert_true (ct_ticket_store_visit (f->store, ticket, 4, "师傅很准时", "回访员小刘", &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtBuilding) building = NULL;
  g_autoptr(CtSite) site = NULL;
  g_autoptr(CtUnit) unit = NULL;
  g_autoptr(CtStaff) staff = NULL;
  CtOrganisation *org;
  gint64 engineering;

  ct_test_fixture_set_up (&f->base, "ct-print-XXXXXX", "print.db");
  ct_test_fixture_open_organisation (&f->base);
  org = f->base.org;
  site = ct_test_add_site (org, NULL);
  building = ct_test_add_building (org, site);
  unit = ct_test_add_unit (org, building, "王芳", "13800138000");
  engineering = ct_test_department_id (org, "engineering");
  staff = ct_test_add_staff (org, "CT0001", "王师傅", engineering);
  f->store = ct_ticket_store_new (org, &error);
  g_assert_no_error (error);

  f->ticket = create_ticket (f, ct_record_get_id (CT_RECORD (site)),
                             ct_record_get_id (CT_RECORD (unit)), "卫生间漏水");
  f->fresh = create_ticket (f, ct_record_get_id (CT_RECORD (site)),
                            ct_record_get_id (CT_RECORD (unit)), "厨房水龙头滴水");
  work_through (f, f->ticket, engineering, ct_record_get_id (CT_RECORD (staff)));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->ticket);
  g_clear_object (&f->fresh);
  g_clear_object (&f->store);
  ct_test_fixture_tear_down (&f->base);
}

static CtTicketPrintData *
print_data (Fixture  *f,
            CtTicket *ticket)
{
  g_autoptr(GError) error = NULL;
  CtTicketPrintData *data = ct_ticket_print_data_new (f->store, ticket, &error);

  g_assert_no_error (error);
  g_assert_nonnull (data);
  return data;
}

/* Every field, with times in the database's zone (the test runs with TZ set
 * elsewhere on purpose). */
static void
test_data (Fixture       *f,
           gconstpointer  unused)
{
  g_autoptr(CtTicketPrintData) data = print_data (f, f->ticket);
  g_autoptr(CtTicketPrintData) fresh = print_data (f, f->fresh);

  g_assert_cmpstr (data->code, ==, ct_ticket_get_code (f->ticket));
  g_assert_cmpstr (data->site, ==, "翠湖花园");
  g_assert_cmpstr (data->company, ==, "翠湖花园");
  g_assert_cmpstr (data->address, ==, "3-2-1201");
  g_assert_cmpstr (data->owner, ==, "王芳");
  g_assert_cmpstr (data->owner_phone, ==, "13800138000");
  g_assert_cmpstr (data->kind, ==, "Repair · Routine");
  g_assert_cmpstr (data->category, ==, "水电");
  g_assert_cmpstr (data->channel, ==, "Phone");
  g_assert_cmpstr (data->title, ==, "卫生间漏水");
  g_assert_cmpstr (data->assignee, ==, "王师傅");
  g_assert_cmpstr (data->department, ==, "Engineering and Repairs");
  g_assert_cmpstr (data->first_contact, ==, "客服小张");
  g_assert_cmpstr (data->created, ==, "2025-11-21 12:40");
  g_assert_cmpstr (data->arrived, ==, "2025-11-21 13:00");
  g_assert_cmpstr (data->resolved, ==, "2025-11-21 13:40");
  g_assert_cmpstr (data->due_resolution, ==, "2025-11-22 12:40");
  g_assert_cmpstr (data->visited, ==, "2025-11-22 13:40");
  g_assert_cmpstr (data->printed, ==, "2025-11-22 13:40");
  g_assert_cmpstr (data->resolution_note, ==, "更换角阀，试水无渗漏");
  g_assert_cmpstr (data->visit_note, ==, "师傅很准时");
  g_assert_cmpstr (data->visitor, ==, "回访员小刘");
  g_assert_cmpint (data->score, ==, 4);
  g_assert_cmpstr (data->satisfaction, ==, "4 — Fairly satisfied");

  /* Nothing happened yet: empty, never "1970-01-01". */
  g_assert_cmpstr (fresh->resolved, ==, "");
  g_assert_cmpstr (fresh->visitor, ==, "");
  g_assert_cmpstr (fresh->assignee, ==, "");
  g_assert_cmpint (fresh->score, ==, 0);
}

static void
test_company_setting (Fixture       *f,
                      gconstpointer  unused)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtTicketPrintData) data = NULL;

  g_assert_true (ct_database_set_setting (f->base.db, "admin", "company_name", "安居物业",
                                          &error));
  g_assert_no_error (error);
  data = print_data (f, f->ticket);
  g_assert_cmpstr (data->company, ==, "安居物业 · 翠湖花园");
}

static void
test_grade (void)
{
  g_assert_cmpint (ct_ticket_print_grade (5), ==, 'A');
  g_assert_cmpint (ct_ticket_print_grade (4), ==, 'A');
  g_assert_cmpint (ct_ticket_print_grade (3), ==, 'B');
  g_assert_cmpint (ct_ticket_print_grade (2), ==, 'C');
  g_assert_cmpint (ct_ticket_print_grade (1), ==, 'C');
  g_assert_cmpint (ct_ticket_print_grade (0), ==, 0);
}

static void
check_pdf (Fixture           *f,
           CtTicketPrintForm  form,
           const char        *title)
{
  g_autofree char *path = g_build_filename (f->base.dir, "form.pdf", NULL);
  g_autoptr(GPtrArray) datas = g_ptr_array_new_with_free_func ((GDestroyNotify) ct_ticket_print_data_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  g_ptr_array_add (datas, print_data (f, f->ticket));
  g_ptr_array_add (datas, print_data (f, f->fresh));
  g_assert_true (ct_ticket_print_pdf (path, form, datas, &error));
  g_assert_no_error (error);
  if ((text = ct_test_pdf_text (path)) == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return;
    }
  g_assert_cmpuint (ct_test_count_pages (text), ==, 2);
  g_assert_nonnull (strstr (text, ct_ticket_get_code (f->ticket)));
  g_assert_nonnull (strstr (text, ct_ticket_get_code (f->fresh)));
  g_assert_nonnull (strstr (text, "3-2-1201"));
  g_assert_nonnull (strstr (text, "王芳"));
  g_assert_nonnull (strstr (text, title));
}

static void
test_pdf_work_order (Fixture       *f,
                     gconstpointer  unused)
{
  check_pdf (f, CT_TICKET_FORM_WORK_ORDER, "Work Order");
}

static void
test_pdf_return_visit (Fixture       *f,
                       gconstpointer  unused)
{
  check_pdf (f, CT_TICKET_FORM_RETURN_VISIT, "Return Visit Record");
}

/* A folder that does not exist: a clear error naming the file. */
static void
test_pdf_error (Fixture       *f,
                gconstpointer  unused)
{
  g_autofree char *path = g_build_filename (f->base.dir, "missing", "form.pdf", NULL);
  g_autoptr(GPtrArray) datas = g_ptr_array_new_with_free_func ((GDestroyNotify) ct_ticket_print_data_free);
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (datas, print_data (f, f->ticket));
  g_assert_false (ct_ticket_print_pdf (path, CT_TICKET_FORM_WORK_ORDER, datas, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, path));
}

/* One point per pixel, on white; @extra rows below the page. */
static cairo_surface_t *
render (CtTicketPrintForm        form,
        const CtTicketPrintData *data,
        int                      extra)
{
  int width = (int) CT_TICKET_PRINT_A4_WIDTH, height = (int) CT_TICKET_PRINT_A4_HEIGHT;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width,
                                                         height + extra);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  ct_ticket_print_draw (cr, width, height, form, data);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static gboolean
same_pixels (cairo_surface_t *a,
             cairo_surface_t *b)
{
  size_t size = (size_t) cairo_image_surface_get_stride (a) * cairo_image_surface_get_height (a);

  return memcmp (cairo_image_surface_get_data (a), cairo_image_surface_get_data (b), size) == 0;
}

/* Pixels that are not white in rows [@from, @to). */
static guint
count_ink (cairo_surface_t *surface,
           int              from,
           int              to)
{
  const guchar *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  int width = cairo_image_surface_get_width (surface);
  guint n = 0;

  for (int y = from; y < to; y++)
    for (int x = 0; x < width; x++)
      n += (*(const guint32 *) (data + y * stride + x * 4) & 0xffffff) != 0xffffff;
  return n;
}

static void
test_deterministic (Fixture       *f,
                    gconstpointer  unused)
{
  g_autoptr(CtTicketPrintData) data = print_data (f, f->ticket);

  for (int form = CT_TICKET_FORM_WORK_ORDER; form <= CT_TICKET_FORM_RETURN_VISIT; form++)
    {
      cairo_surface_t *first = render (form, data, 0);
      cairo_surface_t *second = render (form, data, 0);

      g_assert_true (same_pixels (first, second));
      /* Text and table borders: far from blank. */
      g_assert_cmpuint (count_ink (first, 0, cairo_image_surface_get_height (first)), >, 20000);
      cairo_surface_destroy (first);
      cairo_surface_destroy (second);
    }
}

/* The visit's score ticks box A: the form with a score differs from one
 * without, and only there. */
static void
test_feedback_tick (Fixture       *f,
                    gconstpointer  unused)
{
  g_autoptr(CtTicketPrintData) data = print_data (f, f->ticket);
  cairo_surface_t *ticked = render (CT_TICKET_FORM_RETURN_VISIT, data, 0);
  cairo_surface_t *unticked;
  int score = data->score;
  char *satisfaction = data->satisfaction;

  data->score = 0;
  data->satisfaction = (char *) "";
  unticked = render (CT_TICKET_FORM_RETURN_VISIT, data, 0);
  data->score = score;
  data->satisfaction = satisfaction;
  g_assert_false (same_pixels (ticked, unticked));
  cairo_surface_destroy (ticked);
  cairo_surface_destroy (unticked);
}

/* Very long text is cut short: nothing is drawn below the page. */
static void
test_stays_on_page (Fixture       *f,
                    gconstpointer  unused)
{
  g_autoptr(CtTicketPrintData) data = print_data (f, f->ticket);
  g_autoptr(GString) text = g_string_new (NULL);
  int height = (int) CT_TICKET_PRINT_A4_HEIGHT;

  for (guint i = 0; i < 300; i++)
    g_string_append (text, "楼下天花板渗水，墙面起皮。");
  g_free (data->description);
  data->description = g_strdup (text->str);
  g_free (data->resolution_note);
  data->resolution_note = g_strdup (text->str);
  g_free (data->visit_note);
  data->visit_note = g_strdup (text->str);
  for (int form = CT_TICKET_FORM_WORK_ORDER; form <= CT_TICKET_FORM_RETURN_VISIT; form++)
    {
      cairo_surface_t *surface = render (form, data, 400);

      g_assert_cmpuint (count_ink (surface, height - 30, height), ==, 0);
      g_assert_cmpuint (count_ink (surface, height, height + 400), ==, 0);
      cairo_surface_destroy (surface);
    }
}

static void
add (const char *path,
     void      (*func) (Fixture *, gconstpointer))
{
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down);
}

int
main (int    argc,
      char **argv)
{
  ct_test_print_init (&argc, &argv);

  add ("/ticket-print/data", test_data);
  add ("/ticket-print/company-setting", test_company_setting);
  g_test_add_func ("/ticket-print/grade", test_grade);
  add ("/ticket-print/pdf/work-order", test_pdf_work_order);
  add ("/ticket-print/pdf/return-visit", test_pdf_return_visit);
  add ("/ticket-print/pdf/error", test_pdf_error);
  add ("/ticket-print/draw/deterministic", test_deterministic);
  add ("/ticket-print/draw/feedback-tick", test_feedback_tick);
  add ("/ticket-print/draw/stays-on-page", test_stays_on_page);
  return ct_test_print_run ();
}
