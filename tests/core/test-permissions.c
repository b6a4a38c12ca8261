/* test-permissions.c — each role against the real stores: the writes the
 * matrix forbids are refused by core (and leave the file as it was), the
 * others succeed; a technician sees only the tickets assigned to them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sodium.h>
#include <string.h>

#include "ct-asset-store.h"
#include "ct-database-private.h"
#include "ct-error.h"
#include "ct-maintenance.h"
#include "ct-meter.h"
#include "ct-permission.h"
#include "ct-test-util.h"
#include "ct-ticket-list-model.h"
#include "ct-ticket-store.h"
#include "ct-user-store.h"

#define PASSWORD "翠湖花园2025!"

typedef struct
{
  CtTestFixture  base;
  CtTicketStore *tickets;
  CtAssetStore  *assets;
  CtUserStore   *users;
  CtSite        *site;
  CtUnit        *unit;
  CtStaff       *wang;       /* the technician's own staff record */
  CtStaff       *li;
  CtAsset       *lift;
  gint64         meter_id;
  gint64         engineering;
  CtTicket      *fresh;      /* new, nobody assigned */
  CtTicket      *own;        /* dispatched to 王师傅 */
  CtTicket      *other;      /* dispatched to 李师傅 */
  const char    *role;
} Fixture;

static CtTicket *
new_ticket (Fixture *f,
            gboolean save)
{
  g_autoptr(GError) error = NULL;
  CtTicket *ticket = ct_ticket_new ("repair", "卫生间漏水");

  g_object_set (ticket, "repair_class", "routine", "unit_id", ct_record_get_id (CT_RECORD (f->unit)),
                "site_id", ct_record_get_id (CT_RECORD (f->site)), "reporter", "王芳", NULL);
  if (save)
    {
      g_assert_true (ct_ticket_store_create (f->tickets, ticket, "admin", &error));
      g_assert_no_error (error);
    }
  return ticket;
}

static CtTicket *
dispatched_to (Fixture *f,
               CtStaff *staff)
{
  g_autoptr(GError) error = NULL;
  CtTicket *ticket = new_ticket (f, TRUE);

  g_assert_true (ct_ticket_store_dispatch (f->tickets, ticket, f->engineering,
                                           ct_record_get_id (CT_RECORD (staff)), "admin",
                                           &error));
  g_assert_no_error (error);
  return ticket;
}

static void
add_organisation (Fixture *f)
{
  CtOrganisation *org = f->base.org;
  g_autoptr(CtBuilding) building = NULL;

  f->site = ct_test_add_site (org, NULL);
  building = ct_test_add_building (org, f->site);
  f->unit = ct_test_add_unit (org, building, NULL, NULL);
  f->engineering = ct_test_department_id (org, "engineering");
  f->wang = ct_test_add_staff (org, "CT0001", "王师傅", f->engineering);
  f->li = ct_test_add_staff (org, "CT0002", "李师傅", f->engineering);
}

static void
add_ledger (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtMeter) meter = ct_meter_new ("E-01", "3号楼总表", "electricity",
                                           ct_record_get_id (CT_RECORD (f->site)));

  f->assets = ct_asset_store_new (f->base.org, &error);
  g_assert_no_error (error);
  f->lift = ct_asset_new ("DT-03-01", "3号楼1号客梯", "elevator",
                          ct_record_get_id (CT_RECORD (f->site)));
  g_assert_true (ct_asset_store_create (f->assets, f->lift, "admin", &error));
  g_assert_no_error (error);
  ct_test_insert (ct_meter_get_store (f->assets), meter);
  f->meter_id = ct_record_get_id (CT_RECORD (meter));
}

/* The administrator (the first account), then an account of @role signed in. */
static void
sign_in_as (Fixture    *f,
            const char *role)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtUser) admin = ct_user_new ("admin", "系统管理员", "admin");
  g_autoptr(CtUser) user = NULL;
  g_autoptr(CtUser) signed_in = NULL;

  g_assert_true (ct_user_store_create (f->users, admin, PASSWORD, "admin", &error));
  g_assert_no_error (error);
  signed_in = ct_user_store_sign_in (f->users, "admin", PASSWORD, &error);
  g_assert_no_error (error);
  if (!g_str_equal (role, "admin"))
    {
      user = ct_user_new (role, NULL, role);
      if (g_str_equal (role, "technician"))
        ct_record_set_int (CT_RECORD (user), "staff_id", ct_record_get_id (CT_RECORD (f->wang)));
      g_assert_true (ct_user_store_create (f->users, user, PASSWORD, "admin", &error));
      g_assert_no_error (error);
      g_clear_object (&signed_in);
      signed_in = ct_user_store_sign_in (f->users, role, PASSWORD, &error);
      g_assert_no_error (error);
    }
  g_assert_cmpstr (ct_database_get_user (f->base.db)->role, ==, role);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  ct_test_fixture_set_up (&f->base, "ct-permissions-XXXXXX", "permissions.db");
  ct_test_fixture_open_organisation (&f->base);
  f->role = data;
  add_organisation (f);
  f->tickets = ct_ticket_store_new (f->base.org, &error);
  g_assert_no_error (error);
  add_ledger (f);
  f->fresh = new_ticket (f, TRUE);
  f->own = dispatched_to (f, f->wang);
  f->other = dispatched_to (f, f->li);
  f->users = ct_user_store_new (f->base.db);
  if (f->role != NULL)
    sign_in_as (f, f->role);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->fresh);
  g_clear_object (&f->own);
  g_clear_object (&f->other);
  g_clear_object (&f->lift);
  g_clear_object (&f->site);
  g_clear_object (&f->unit);
  g_clear_object (&f->wang);
  g_clear_object (&f->li);
  g_clear_object (&f->users);
  g_clear_object (&f->assets);
  g_clear_object (&f->tickets);
  ct_test_fixture_tear_down (&f->base);
}

/* The operations, each through the store API the app and the CLI use. */

static gboolean
ticket_create (Fixture *f, GError **error)
{
  g_autoptr(CtTicket) ticket = new_ticket (f, FALSE);

  return ct_ticket_store_create (f->tickets, ticket, f->role, error);
}

static gboolean
ticket_dispatch (Fixture *f, GError **error)
{
  return ct_ticket_store_dispatch (f->tickets, f->fresh, f->engineering,
                                   ct_record_get_id (CT_RECORD (f->wang)), f->role, error);
}

static gboolean
ticket_resolve_own (Fixture *f, GError **error)
{
  return ct_ticket_store_resolve (f->tickets, f->own, "已更换阀门", f->role, error);
}

static gboolean
ticket_resolve_other (Fixture *f, GError **error)
{
  return ct_ticket_store_resolve (f->tickets, f->other, "已更换阀门", f->role, error);
}

static gboolean
ticket_note_own (Fixture *f, GError **error)
{
  return ct_ticket_store_add_note (f->tickets, f->own, "配件已到", f->role, error);
}

static gboolean
site_update (Fixture *f, GError **error)
{
  g_autoptr(CtRecord) copy = ct_record_copy (CT_RECORD (f->site));

  ct_record_set_string (copy, "phone", "021-66668888");
  return ct_record_store_update (ct_organisation_get_sites (f->base.org), copy, f->role, error);
}

static gboolean
unit_update (Fixture *f, GError **error)
{
  g_autoptr(CtRecord) copy = ct_record_copy (CT_RECORD (f->unit));

  ct_record_set_string (copy, "owner_phone", "13900139000");
  return ct_record_store_update (ct_organisation_get_units (f->base.org), copy, f->role, error);
}

static gboolean
staff_update (Fixture *f, GError **error)
{
  g_autoptr(CtRecord) copy = ct_record_copy (CT_RECORD (f->li));

  ct_record_set_string (copy, "post", "电梯维保");
  return ct_record_store_update (ct_organisation_get_staff (f->base.org), copy, f->role, error);
}

static gboolean
asset_create (Fixture *f, GError **error)
{
  g_autoptr(CtAsset) pump = ct_asset_new ("SB-01", "生活水泵", "water",
                                          ct_record_get_id (CT_RECORD (f->site)));

  return ct_asset_store_create (f->assets, pump, f->role, error);
}

static gboolean
asset_status (Fixture *f, GError **error)
{
  return ct_asset_store_set_status (f->assets, f->lift, "down", "困人故障", 0, 0, f->role, error);
}

static gboolean
fault_report (Fixture *f, GError **error)
{
  g_autoptr(CtTicket) ticket = new_ticket (f, FALSE);

  return ct_asset_store_report_fault (f->assets, f->tickets, f->lift, ticket, TRUE, f->role,
                                      error);
}

static gboolean
plan_create (Fixture *f, GError **error)
{
  g_autoptr(CtMaintenancePlan) plan =
    ct_maintenance_plan_new (ct_record_get_id (CT_RECORD (f->lift)), "电梯月度保养",
                             "FREQ=MONTHLY", "schedule", "2025-12-01");

  return ct_maintenance_create_plan (f->assets, plan, f->role, error);
}

static gboolean
reading_add (Fixture *f, GError **error)
{
  return ct_meter_add_reading (f->assets, f->meter_id, CT_TEST_NOW, 1234.5, "王师傅", f->role,
                               NULL, error);
}

static gboolean
setting_set (Fixture *f, GError **error)
{
  return ct_database_set_setting (f->base.db, f->role, "company_name", "翠湖物业", error);
}

static gboolean
user_create (Fixture *f, GError **error)
{
  g_autoptr(CtUser) user = ct_user_new ("zhaomin", "赵敏", "viewer");

  return ct_user_store_create (f->users, user, PASSWORD, f->role, error);
}

typedef gboolean (*Operation) (Fixture *f, GError **error);

static const struct { const char *name; Operation run; } operations[] = {
  { "ticket create", ticket_create },
  { "ticket dispatch", ticket_dispatch },
  { "resolve own ticket", ticket_resolve_own },
  { "resolve another's ticket", ticket_resolve_other },
  { "note on own ticket", ticket_note_own },
  { "site update", site_update },
  { "unit update", unit_update },
  { "staff update", staff_update },
  { "asset create", asset_create },
  { "asset status", asset_status },
  { "fault report", fault_report },
  { "plan create", plan_create },
  { "reading add", reading_add },
  { "setting set", setting_set },
  { "user create", user_create },
};

/* What each role may do, one letter per operation above: written out here,
 * not read from the matrix, so that a change of the matrix must change this
 * test too. */
static const struct { const char *role, *allowed; } expectations[] = {
  { "admin",      "yyyyyyyyyyyyyyy" },
  { "manager",    "yyyyyyyyyyyyyyn" },
  { "dispatcher", "yyyyynynnnynnnn" },
  { "technician", "nnynynnnnynnynn" },
  { "inspector",  "ynnnnnnnnnynnnn" },
  { "trainer",    "nnnnnnnynnnnnnn" },
  { "viewer",     "nnnnnnnnnnnnnnn" },
};

G_STATIC_ASSERT (G_N_ELEMENTS (operations) == 15);

static gint64
audit_rows (Fixture *f)
{
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  sqlite3_prepare_v2 (ct_database_get_handle (f->base.db), "SELECT count(*) FROM audit_log",
                      -1, &stmt, NULL);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

static void
test_role (Fixture       *f,
           gconstpointer  data)
{
  const char *allowed = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (expectations); i++)
    if (g_str_equal (expectations[i].role, f->role))
      allowed = expectations[i].allowed;
  g_assert_nonnull (allowed);
  g_assert_cmpuint (strlen (allowed), ==, G_N_ELEMENTS (operations));

  for (guint i = 0; i < G_N_ELEMENTS (operations); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 before = audit_rows (f);
      gboolean ok = operations[i].run (f, &error);

      g_test_message ("%s: %s → %s", f->role, operations[i].name, ok ? "done" : error->message);
      if (allowed[i] == 'y')
        {
          g_assert_no_error (error);
          g_assert_true (ok);
          g_assert_cmpint (audit_rows (f), >, before);
        }
      else
        {
          g_assert_false (ok);
          g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_PERMISSION);
          g_assert_cmpint (audit_rows (f), ==, before);
        }
    }
}

static guint
count_listed (Fixture              *f,
              const CtTicketQuery  *query)
{
  g_autoptr(CtTicketListModel) model = ct_ticket_list_model_new (f->base.db);

  if (query != NULL)
    ct_ticket_list_model_set_query (model, query);
  return g_list_model_get_n_items (G_LIST_MODEL (model));
}

/* A technician's list holds only their own tickets, whatever the filter, and
 * others' cannot be loaded by id or code; a dispatcher sees every ticket. */
static void
test_technician_sees_own_tickets (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtTicketQuery) others = ct_ticket_query_new ();
  g_autoptr(CtTicketQuery) search = ct_ticket_query_new ();
  g_autoptr(CtTicketListModel) model = ct_ticket_list_model_new (f->base.db);
  g_autoptr(CtTicket) own = NULL;
  g_autoptr(CtTicket) other = NULL;
  g_autoptr(CtTicket) by_code = NULL;
  g_autoptr(CtTicket) first = NULL;

  g_assert_cmpuint (count_listed (f, NULL), ==, 1);
  first = g_list_model_get_item (G_LIST_MODEL (model), 0);
  g_assert_cmpint (ct_record_get_id (CT_RECORD (first)), ==, ct_record_get_id (CT_RECORD (f->own)));
  others->assignee_id = ct_record_get_id (CT_RECORD (f->li));
  g_assert_cmpuint (count_listed (f, others), ==, 0);
  search->search = g_strdup ("卫生间漏水");
  g_assert_cmpuint (count_listed (f, search), ==, 1);

  own = ct_ticket_store_load (f->tickets, ct_record_get_id (CT_RECORD (f->own)), &error);
  g_assert_no_error (error);
  g_assert_nonnull (own);
  other = ct_ticket_store_load (f->tickets, ct_record_get_id (CT_RECORD (f->other)), &error);
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_PERMISSION);
  g_assert_null (other);
  g_clear_error (&error);
  by_code = ct_ticket_store_find_code (f->tickets, ct_ticket_get_code (f->fresh), &error);
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_PERMISSION);
  g_assert_null (by_code);
}

static void
test_dispatcher_sees_all_tickets (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtTicket) other = NULL;

  g_assert_cmpuint (count_listed (f, NULL), ==, 3);
  other = ct_ticket_store_load (f->tickets, ct_record_get_id (CT_RECORD (f->other)), &error);
  g_assert_no_error (error);
  g_assert_nonnull (other);
}

/* Single-user mode (no accounts): everything, as before accounts existed. */
static void
test_no_users_allows_everything (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtUser) admin = ct_user_new ("wangfang", "王芳", "admin");

  g_assert_false (ct_user_store_has_users (f->base.db));
  g_assert_cmpuint (count_listed (f, NULL), ==, 3);
  f->role = "王芳";   /* only the actor's name */
  /* All but the last, user create: the first account must be an admin. */
  for (guint i = 0; i + 1 < G_N_ELEMENTS (operations); i++)
    {
      gboolean ok = operations[i].run (f, &error);

      g_assert_no_error (error);
      g_assert_true (ok);
    }
  f->role = NULL;
  g_assert_true (ct_user_store_create (f->users, admin, PASSWORD, "王芳", &error));
  g_assert_no_error (error);
}

static void
test_refusal_message (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (ct_asset_store_delete (f->assets, f->lift, "technician", &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_PERMISSION);
  g_assert_cmpstr (error->message, ==, "A technician may not delete assets.");
  g_clear_error (&error);
  g_assert_false (ticket_resolve_other (f, &error));
  g_assert_cmpstr (error->message, ==,
                   "A technician may only work with tickets assigned to them; this one is not.");
}

/* Every cell of the matrix is readable; an administrator may do everything
 * and a viewer nothing but read. */
static void
test_matrix_shape (void)
{
  const char *const *entities = ct_permission_entities ();
  const char *const *actions = ct_permission_actions ();

  g_assert_cmpuint (g_strv_length ((char **) entities), ==, 19);
  g_assert_cmpuint (g_strv_length ((char **) actions), ==, 8);
  for (guint e = 0; entities[e]; e++)
    for (guint a = 0; actions[a]; a++)
      {
        gboolean lifecycle = a >= 4;
        /* The audit log is append-only: it is only ever read. */
        gboolean applies = g_str_equal (entities[e], "audit") ? a == 0
                           : !lifecycle || g_str_equal (entities[e], "ticket");

        g_assert_cmpint (ct_permission_lookup ("admin", entities[e], actions[a]), ==,
                         applies ? CT_PERMISSION_YES : CT_PERMISSION_NO);
        if (!g_str_equal (entities[e], "user") && !g_str_equal (entities[e], "backup")
            && !g_str_equal (entities[e], "audit"))
          g_assert_cmpint (ct_permission_lookup ("viewer", entities[e], actions[a]), ==,
                           a == 0 ? CT_PERMISSION_YES : CT_PERMISSION_NO);
      }
  g_assert_cmpstr (ct_permission_action_for_event ("resolved"), ==, "resolve");
  g_assert_cmpstr (ct_permission_action_for_event ("reopened"), ==, "visit");
  g_assert_cmpstr (ct_permission_action_for_event ("edited"), ==, "update");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  ct_user_store_set_hash_limits (crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN);

  for (guint i = 0; i < G_N_ELEMENTS (expectations); i++)
    {
      g_autofree char *path = g_strdup_printf ("/permissions/role/%s", expectations[i].role);

      g_test_add (path, Fixture, expectations[i].role, fixture_set_up, test_role,
                  fixture_tear_down);
    }
  g_test_add ("/permissions/technician-sees-own-tickets", Fixture, "technician", fixture_set_up,
              test_technician_sees_own_tickets, fixture_tear_down);
  g_test_add ("/permissions/dispatcher-sees-all-tickets", Fixture, "dispatcher", fixture_set_up,
              test_dispatcher_sees_all_tickets, fixture_tear_down);
  g_test_add ("/permissions/no-users-allows-everything", Fixture, NULL, fixture_set_up,
              test_no_users_allows_everything, fixture_tear_down);
  g_test_add ("/permissions/refusal-message", Fixture, "technician", fixture_set_up,
              test_refusal_message, fixture_tear_down);
  g_test_add_func ("/permissions/matrix-shape", test_matrix_shape);
  return g_test_run ();
}
