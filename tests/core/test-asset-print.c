/* test-asset-print.c — asset labels with a QR code and the maintenance record
 * form: the QR matrix, where the label draws it, deterministic pixels, what
 * the PDFs say, and clear errors
 *
 * The fixed clock is Friday 2025-11-21 12:40 in Asia/Shanghai (04:40 UTC).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "ct-asset-print-private.h"
#include "ct-error.h"
#include "ct-maintenance.h"
#include "ct-test-print.h"
#include "ct-test-util.h"

#define SCALE 2.0   /* 144 dpi: a QR module of ~1.07 mm is ~6 pixels */

typedef struct
{
  CtTestFixture  base;
  CtAssetStore  *store;
  CtAsset       *lift;    /* full record: building, plant room, contractor */
  CtAsset       *pump;    /* bare: no building, no location */
  gint64         site_id;
} Fixture;

static CtAsset *
create_asset (Fixture    *f,
              const char *code,
              const char *name,
              const char *category)
{
  g_autoptr(GError) error = NULL;
  CtAsset *asset = ct_asset_new (code, name, category, f->site_id);

  g_assert_true (ct_asset_store_create (f->store, asset, "admin", &error));
  g_assert_no_error (error);
  return asset;
}

static CtAsset *
create_lift (Fixture *f,
             gint64   building_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtAssetLocation) room = ct_asset_location_new (f->site_id, building_id, "plant_room",
                                                           "B1 电梯机房");
  CtAsset *lift = ct_asset_new ("DT-03-01", "3号楼1号客梯", "elevator", f->site_id);

  ct_test_insert (ct_asset_store_get_locations (f->store), room);
  g_object_set (lift, "building_id", building_id,
                "location_id", ct_record_get_id (CT_RECORD (room)),
                "manufacturer", "奥的斯", "model", "GeN2-MRL", "serial", "OT2019-5521",
                "contractor", "杭州安达电梯工程有限公司", "registration_no", "31103301002019070012",
                "statutory_due", "2026-03-15", NULL);
  g_assert_true (ct_asset_store_create (f->store, lift, "admin", &error));
  g_assert_no_error (error);
  return lift;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtSite) site = NULL;
  g_autoptr(CtBuilding) building = NULL;
  CtOrganisation *org;

  ct_test_fixture_set_up (&f->base, "ct-asset-print-XXXXXX", "print.db");
  ct_test_fixture_open_organisation (&f->base);
  org = f->base.org;
  g_assert_true (ct_database_set_setting (f->base.db, "admin", "company_name", "翠湖物业", &error));
  g_assert_no_error (error);
  site = ct_test_add_site (org, "0571-88886666");
  f->site_id = ct_record_get_id (CT_RECORD (site));
  building = ct_test_add_building (org, site);
  f->store = ct_asset_store_new (org, &error);
  g_assert_no_error (error);
  f->lift = create_lift (f, ct_record_get_id (CT_RECORD (building)));
  f->pump = create_asset (f, "SB-01", "生活水泵", "water");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->lift);
  g_clear_object (&f->pump);
  g_clear_object (&f->store);
  ct_test_fixture_tear_down (&f->base);
}

static CtAssetPrintData *
print_data (Fixture *f,
            CtAsset *asset)
{
  g_autoptr(GError) error = NULL;
  CtAssetPrintData *data = ct_asset_print_data_new (f->store, asset, &error);

  g_assert_no_error (error);
  g_assert_nonnull (data);
  return data;
}

/* ---- what is shown ---- */

static void
test_data (Fixture       *f,
           gconstpointer  unused)
{
  g_autoptr(CtAssetPrintData) lift = print_data (f, f->lift);
  g_autoptr(CtAssetPrintData) pump = print_data (f, f->pump);

  g_assert_cmpstr (lift->company, ==, "翠湖物业 · 翠湖花园");
  g_assert_cmpstr (lift->code, ==, "DT-03-01");
  g_assert_cmpstr (lift->category, ==, ct_asset_category_label ("elevator"));
  g_assert_cmpstr (lift->location, ==, "3号楼 · B1 电梯机房");
  g_assert_cmpstr (lift->service_phone, ==, "0571-88886666");
  g_assert_cmpstr (lift->statutory_due, ==, "2026-03-15");
  /* 04:40 UTC is 12:40 in Shanghai, whatever TZ says. */
  g_assert_cmpstr (lift->printed, ==, "2025-11-21 12:40");
  g_assert_cmpint (lift->recheck_ok, ==, -1);
  g_assert_cmpstr (pump->location, ==, "");
  g_assert_cmpstr (pump->contractor, ==, "");
}

/* ---- the QR matrix ---- */

/* A finder pattern with its top left at (@x, @y): a dark 7 × 7 ring, a light
 * ring inside it, a dark 3 × 3 centre; the separator around it is light. */
static void
assert_finder (const CtAssetQr *qr,
               int              x,
               int              y)
{
  for (int dy = -1; dy <= 7; dy++)
    for (int dx = -1; dx <= 7; dx++)
      {
        int ring = MAX (ABS (2 * dx - 6), ABS (2 * dy - 6)) / 2;   /* 0 centre … 3 edge, 4 out */
        gboolean dark = ring == 3 || ring <= 1;

        if (x + dx < 0 || y + dy < 0 || x + dx >= qr->width || y + dy >= qr->width)
          continue;
        g_assert_cmpint (ct_asset_qr_is_dark (qr, x + dx, y + dy), ==, dark);
      }
}

static void
assert_symbol (const char *code,
               int         version)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtAssetQr) qr = ct_asset_qr_new (code, &error);

  g_assert_no_error (error);
  g_assert_cmpint (qr->version, ==, version);
  g_assert_cmpint (qr->width, ==, 17 + 4 * version);
  assert_finder (qr, 0, 0);
  assert_finder (qr, qr->width - 7, 0);
  assert_finder (qr, 0, qr->width - 7);
  /* The timing patterns alternate between the finders, dark on even modules;
   * the module at (8, width − 8) is always dark. */
  for (int i = 8; i < qr->width - 8; i++)
    {
      g_assert_cmpint (ct_asset_qr_is_dark (qr, i, 6), ==, i % 2 == 0);
      g_assert_cmpint (ct_asset_qr_is_dark (qr, 6, i), ==, i % 2 == 0);
    }
  g_assert_true (ct_asset_qr_is_dark (qr, 8, qr->width - 8));
}

/* Byte-mode capacities at level M (ISO/IEC 18004 table 7): version 1 holds
 * 14 bytes, 2 holds 26, 3 holds 42. */
static void
test_qr_matrix (void)
{
  /* 8 bytes → version 1, 21 × 21. */
  assert_symbol ("DT-03-01", 1);
  /* "3号楼" is 1 + 3 + 3 bytes: "DT-3号楼-0001" is 4 + 6 + 5 = 15 bytes,
   * one more than version 1 holds → version 2, 25 × 25. */
  assert_symbol ("DT-3号楼-0001", 2);
  /* 30 bytes → version 3, 29 × 29. */
  assert_symbol ("FIRE-PUMP-BUILDING-03-B1-00001", 3);
}

static void
test_qr_errors (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *huge = g_strnfill (3000, 'A');   /* version 40-M holds 2331 bytes */
  CtAssetQr *qr = ct_asset_qr_new ("", &error);

  g_assert_null (qr);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  qr = ct_asset_qr_new (huge, &error);
  g_assert_null (qr);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_nonnull (strstr (error->message, "AAAA"));
}

/* ---- the label drawn ---- */

static cairo_surface_t *
render_label (Fixture *f,
              CtAsset *asset,
              guint    index)
{
  g_autoptr(GError) error = NULL;
  int width = (int) (CT_TICKET_PRINT_A4_WIDTH * SCALE);
  int height = (int) (CT_TICKET_PRINT_A4_HEIGHT * SCALE);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, SCALE, SCALE);
  g_assert_true (ct_asset_print_draw_label (f->store, asset, cr, index, &error));
  g_assert_no_error (error);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* The grey level (0 black … 255 white) at the point (@x, @y) in points. */
static int
grey_at (cairo_surface_t *surface,
         double           x,
         double           y)
{
  const guchar *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint32 pixel = *(const guint32 *) (data + (int) (y * SCALE) * stride + (int) (x * SCALE) * 4);

  return (int) (((pixel >> 16) & 0xff) + ((pixel >> 8) & 0xff) + (pixel & 0xff)) / 3;
}

/* Label 3 is the right one of the second row. Its QR square: the centres of
 * the three finders are dark, their light rings and the quiet zone white,
 * the fourth corner has no finder. */
static void
test_label_qr_corners (Fixture       *f,
                       gconstpointer  unused)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtAssetQr) qr = ct_asset_qr_new ("DT-03-01", &error);
  cairo_surface_t *surface = render_label (f, f->lift, 3);
  double x, y, module, first, last;

  ct_asset_print_label_origin (3, &x, &y);
  g_assert_cmpfloat_with_epsilon (x, (CT_TICKET_PRINT_A4_WIDTH + 0) / 2, 0.01);
  g_assert_cmpfloat_with_epsilon (y, 23.5 * CT_ASSET_PRINT_MM + 50 * CT_ASSET_PRINT_MM, 0.01);
  ct_asset_print_label_qr_origin (3, &x, &y);
  module = CT_ASSET_LABEL_QR_SIZE / (qr->width + 2 * CT_ASSET_QR_QUIET);
  /* The symbol is at least 20 mm wide. */
  g_assert_cmpfloat (qr->width * module, >=, 20 * CT_ASSET_PRINT_MM);
  first = CT_ASSET_QR_QUIET + 3.5;                 /* centre of a finder's first module row */
  last = CT_ASSET_QR_QUIET + qr->width - 3.5;
  g_assert_cmpint (grey_at (surface, x + first * module, y + first * module), <, 64);
  g_assert_cmpint (grey_at (surface, x + last * module, y + first * module), <, 64);
  g_assert_cmpint (grey_at (surface, x + first * module, y + last * module), <, 64);
  /* The light ring, 2 modules from the finder's centre. */
  g_assert_cmpint (grey_at (surface, x + (first - 2) * module, y + first * module), >, 192);
  g_assert_cmpint (grey_at (surface, x + last * module, y + (first + 2) * module), >, 192);
  /* The quiet zone. */
  g_assert_cmpint (grey_at (surface, x + 2 * module, y + first * module), >, 192);
  g_assert_cmpint (grey_at (surface, x + first * module, y + 2 * module), >, 192);
  /* Finder edges sit exactly on module boundaries: half a module in is dark. */
  g_assert_cmpint (grey_at (surface, x + (CT_ASSET_QR_QUIET + 0.5) * module,
                            y + (CT_ASSET_QR_QUIET + 0.5) * module), <, 64);
  cairo_surface_destroy (surface);
}

static cairo_status_t
append_cb (void                *closure,
           const unsigned char *bytes,
           unsigned int         length)
{
  g_byte_array_append (closure, bytes, length);
  return CAIRO_STATUS_SUCCESS;
}

static GBytes *
png_bytes (cairo_surface_t *surface)
{
  GByteArray *png = g_byte_array_new ();

  g_assert_cmpint (cairo_surface_write_to_png_stream (surface, append_cb, png), ==,
                   CAIRO_STATUS_SUCCESS);
  return g_byte_array_free_to_bytes (png);
}

static void
test_label_deterministic (Fixture       *f,
                          gconstpointer  unused)
{
  cairo_surface_t *first = render_label (f, f->lift, 0);
  cairo_surface_t *second = render_label (f, f->lift, 0);
  cairo_surface_t *other = render_label (f, f->pump, 0);
  g_autoptr(GBytes) a = png_bytes (first);
  g_autoptr(GBytes) b = png_bytes (second);
  g_autoptr(GBytes) c = png_bytes (other);

  g_assert_true (g_bytes_equal (a, b));
  g_assert_false (g_bytes_equal (a, c));
  cairo_surface_destroy (first);
  cairo_surface_destroy (second);
  cairo_surface_destroy (other);
}

/* Pixels that are not white outside the rectangle (@x, @y, @w, @h) in
 * points, grown by @grow pixels. */
static guint
ink_outside (cairo_surface_t *surface,
             double           x,
             double           y,
             double           w,
             double           h,
             int              grow)
{
  const guchar *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  int x0 = (int) (x * SCALE) - grow, y0 = (int) (y * SCALE) - grow;
  int x1 = (int) ((x + w) * SCALE) + grow, y1 = (int) ((y + h) * SCALE) + grow;
  guint n = 0;

  for (int py = 0; py < cairo_image_surface_get_height (surface); py++)
    for (int px = 0; px < cairo_image_surface_get_width (surface); px++)
      if (px < x0 || px > x1 || py < y0 || py > y1)
        n += (*(const guint32 *) (data + py * stride + px * 4) & 0xffffff) != 0xffffff;
  return n;
}

/* Very long text stays inside its label (the last one of the page). */
static void
test_label_stays_inside (Fixture       *f,
                         gconstpointer  unused)
{
  g_autoptr(GString) text = g_string_new (NULL);
  cairo_surface_t *surface;
  double x, y;

  for (guint i = 0; i < 40; i++)
    g_string_append (text, "地下车库排风机组");
  g_object_set (f->lift, "name", text->str, "contractor", text->str,
                "code", "DT-3号楼-0001-很长很长很长的编号", NULL);
  surface = render_label (f, f->lift, CT_ASSET_LABELS_PER_PAGE - 1);
  ct_asset_print_label_origin (CT_ASSET_LABELS_PER_PAGE - 1, &x, &y);
  g_assert_cmpuint (ink_outside (surface, x, y, CT_ASSET_LABEL_WIDTH, CT_ASSET_LABEL_HEIGHT, 2),
                    ==, 0);
  cairo_surface_destroy (surface);
}

/* ---- PDFs ---- */

static void
assert_contains (const char         *text,
                 const char *const  *needles)
{
  for (guint i = 0; needles[i] != NULL; i++)
    if (strstr (text, needles[i]) == NULL)
      g_error ("“%s” is not in the PDF:\n%s", needles[i], text);
}

/* 12 labels: the lift, the pump and 10 more → two pages (10 + 2). */
static void
test_pdf_labels (Fixture       *f,
                 gconstpointer  unused)
{
  g_autofree char *path = g_build_filename (f->base.dir, "labels.pdf", NULL);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  const char *const expected[] = {
    "DT-03-01", "3号楼1号客梯", "SB-01", "生活水泵", "SB-12", "翠湖物业 · 翠湖花园",
    "3号楼 · B1 电梯机房", "杭州安达电梯", "0571-88886666", NULL,
  };
  gint64 id;

  id = ct_record_get_id (CT_RECORD (f->lift));
  g_array_append_val (ids, id);
  id = ct_record_get_id (CT_RECORD (f->pump));
  g_array_append_val (ids, id);
  for (guint i = 3; i <= 12; i++)
    {
      g_autofree char *code = g_strdup_printf ("SB-%02u", i);
      g_autoptr(CtAsset) asset = create_asset (f, code, "排污泵", "water");

      id = ct_record_get_id (CT_RECORD (asset));
      g_array_append_val (ids, id);
    }
  g_assert_true (ct_asset_print_labels_pdf (f->store, ids, path, &error));
  g_assert_no_error (error);
  if ((text = ct_test_pdf_text (path)) == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return;
    }
  g_assert_cmpuint (ct_test_count_pages (text), ==, 2);
  assert_contains (text, expected);
}

/* A label for an asset that is gone: nothing written, the id named. */
static void
test_pdf_labels_missing (Fixture       *f,
                         gconstpointer  unused)
{
  g_autofree char *path = g_build_filename (f->base.dir, "labels.pdf", NULL);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  gint64 id = 9999;

  g_array_append_val (ids, id);
  g_assert_false (ct_asset_print_labels_pdf (f->store, ids, path, &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "9999"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* The blank form: the asset's facts, headings, no record. */
static void
test_pdf_form_blank (Fixture       *f,
                     gconstpointer  unused)
{
  g_autofree char *path = g_build_filename (f->base.dir, "form.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  const char *const expected[] = {
    "Maintenance Record", "DT-03-01", "3号楼1号客梯", "奥的斯", "GeN2-MRL", "OT2019-5521",
    "31103301002019070012", "2026-03-15", "Problem found", "Action taken", "Recheck result",
    "Downtime", "Cost (yuan)", "Performed by (signature)",
    "Rechecked by (signature)", NULL,
  };

  g_assert_true (ct_asset_print_form_pdf (f->store, f->lift, 0, 0, path, &error));
  g_assert_no_error (error);
  if ((text = ct_test_pdf_text (path)) == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return;
    }
  g_assert_cmpuint (ct_test_count_pages (text), ==, 1);
  assert_contains (text, expected);
  g_assert_null (strstr (text, "Maintenance plan"));
}

/* A monthly plan from 2025-11-01; its task of 2025-12-01 completed with a
 * record: returns the record (and the task through @task_id). */
static CtMaintenanceRecord *
complete_task (Fixture *f,
               gint64  *task_id)
{
  g_autoptr(GError) error = NULL;
  gint64 asset_id = ct_record_get_id (CT_RECORD (f->lift));
  g_autoptr(CtMaintenancePlan) plan = ct_maintenance_plan_new (asset_id, "电梯月度保养",
                                                               "FREQ=MONTHLY", "schedule",
                                                               "2025-12-01");
  g_autoptr(GListModel) tasks = NULL;
  g_autoptr(CtMaintenanceTask) task = NULL;
  CtMaintenanceRecord *record = ct_maintenance_record_new (asset_id, "preventive");
  guint n_created = 0;
  gboolean ok;

  g_object_set (plan, "instructions", "检查曳引机、制动器和门机，清洁轿顶", NULL);
  ok = ct_maintenance_create_plan (f->store, plan, "admin", &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_true (ct_maintenance_generate (f->store, "2025-11-21", 15, &n_created, &error));
  g_assert_no_error (error);
  tasks = ct_maintenance_list_tasks (f->store, asset_id, TRUE, &error);
  g_assert_no_error (error);
  /* Tasks by due date: the first is the start. */
  g_assert_cmpuint (g_list_model_get_n_items (tasks), >=, 1);
  task = g_list_model_get_item (tasks, 0);
  g_assert_cmpstr (ct_record_get_string (CT_RECORD (task), "due_on"), ==, "2025-12-01");
  g_object_set (record, "performer", "王师傅", "problem", "曳引机异响",
                "action", "更换曳引机轴承并加注润滑油", "recheck", "运行平稳，无异响",
                "recheck_ok", (gint64) 1, "downtime_minutes", (gint64) 45,
                "cost_cents", (gint64) 12050, NULL);
  g_assert_true (ct_maintenance_complete_task (f->store, task, record, "admin", &error));
  g_assert_no_error (error);
  *task_id = ct_record_get_id (CT_RECORD (task));
  return record;
}

/* Filled from the record; the task comes from the record when not given. */
static void
test_pdf_form_record (Fixture       *f,
                      gconstpointer  unused)
{
  g_autofree char *path = g_build_filename (f->base.dir, "form.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gint64 task_id = 0;
  g_autoptr(CtMaintenanceRecord) record = complete_task (f, &task_id);
  const char *const expected[] = {
    "电梯月度保养", "检查曳引机、制动器和门机", "2025-12-01", "曳引机异响",
    "更换曳引机轴承并加注润滑油", "运行平稳，无异响", "王师傅", "45", "120.50",
    "2025-11-21", NULL,
  };

  g_assert_true (ct_asset_print_form_pdf (f->store, f->lift, 0,
                                          ct_record_get_id (CT_RECORD (record)), path, &error));
  g_assert_no_error (error);
  if ((text = ct_test_pdf_text (path)) == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return;
    }
  assert_contains (text, expected);
}

/* A task or record of another asset is refused, naming both. */
static void
test_form_wrong_asset (Fixture       *f,
                       gconstpointer  unused)
{
  g_autofree char *path = g_build_filename (f->base.dir, "form.pdf", NULL);
  g_autoptr(GError) error = NULL;
  gint64 task_id = 0;
  g_autoptr(CtMaintenanceRecord) record = complete_task (f, &task_id);

  g_assert_false (ct_asset_print_form_pdf (f->store, f->pump, task_id, 0, path, &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "SB-01"));
  g_clear_error (&error);
  g_assert_false (ct_asset_print_form_pdf (f->store, f->pump, 0,
                                           ct_record_get_id (CT_RECORD (record)), path, &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* A folder that does not exist: a clear error naming the file. */
static void
test_pdf_error (Fixture       *f,
                gconstpointer  unused)
{
  g_autofree char *path = g_build_filename (f->base.dir, "missing", "form.pdf", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (ct_asset_print_form_pdf (f->store, f->lift, 0, 0, path, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, path));
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

  add ("/asset-print/data", test_data);
  g_test_add_func ("/asset-print/qr/matrix", test_qr_matrix);
  g_test_add_func ("/asset-print/qr/errors", test_qr_errors);
  add ("/asset-print/label/qr-corners", test_label_qr_corners);
  add ("/asset-print/label/deterministic", test_label_deterministic);
  add ("/asset-print/label/stays-inside", test_label_stays_inside);
  add ("/asset-print/pdf/labels", test_pdf_labels);
  add ("/asset-print/pdf/labels-missing", test_pdf_labels_missing);
  add ("/asset-print/pdf/form-blank", test_pdf_form_blank);
  add ("/asset-print/pdf/form-record", test_pdf_form_record);
  add ("/asset-print/pdf/form-wrong-asset", test_form_wrong_asset);
  add ("/asset-print/pdf/error", test_pdf_error);
  return ct_test_print_run ();
}
