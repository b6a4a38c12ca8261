/* test-audit-query.c — reading the audit log back: a record's history with
 * field changes, the filtered and paged log, who may read it, and the check
 * of the hash chain against rows changed behind Caretaker's back
 *
 * Every row here is written by the real stores.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "ct-audit-query.h"
#include "ct-backup-access.h"
#include "ct-database-private.h"
#include "ct-error.h"
#include "ct-test-util.h"
#include "ct-ticket-store.h"
#include "ct-user-store.h"

#define PASSWORD "翠湖花园2025!"

typedef struct
{
  CtTestFixture  base;
  CtTicketStore *tickets;
  CtSite        *site;
  CtUnit        *unit;
  CtStaff       *wang;
  gint64         engineering;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtBuilding) building = NULL;

  ct_test_fixture_set_up (&f->base, "ct-audit-query-XXXXXX", "audit.db");
  ct_test_fixture_open_organisation (&f->base);
  f->site = ct_test_add_site (f->base.org, NULL);
  building = ct_test_add_building (f->base.org, f->site);
  f->unit = ct_test_add_unit (f->base.org, building, NULL, NULL);
  f->engineering = ct_test_department_id (f->base.org, "engineering");
  f->wang = ct_test_add_staff (f->base.org, "CT0001", "王师傅", f->engineering);
  f->tickets = ct_ticket_store_new (f->base.org, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->site);
  g_clear_object (&f->unit);
  g_clear_object (&f->wang);
  g_clear_object (&f->tickets);
  ct_test_fixture_tear_down (&f->base);
}

static CtTicket *
create_ticket (Fixture    *f,
               const char *title)
{
  g_autoptr(GError) error = NULL;
  CtTicket *ticket = ct_ticket_new ("repair", title);

  g_object_set (ticket, "repair_class", "routine",
                "unit_id", ct_record_get_id (CT_RECORD (f->unit)),
                "site_id", ct_record_get_id (CT_RECORD (f->site)), "reporter", "王芳", NULL);
  g_assert_true (ct_ticket_store_create (f->tickets, ticket, "客服小李", &error));
  g_assert_no_error (error);
  return ticket;
}

static CtAuditChange *
find_change (GPtrArray  *changes,
             const char *field)
{
  for (guint i = 0; i < changes->len; i++)
    {
      CtAuditChange *change = g_ptr_array_index (changes, i);

      if (g_str_equal (change->field, field))
        return change;
    }
  return NULL;
}

static void
rename_site (Fixture    *f,
             const char *name,
             const char *actor)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtRecord) copy = ct_record_copy (CT_RECORD (f->site));

  ct_record_set_string (copy, "name", name);
  g_assert_true (ct_record_store_update (ct_organisation_get_sites (f->base.org), copy, actor,
                                         &error));
  g_assert_no_error (error);
  ct_record_assign (CT_RECORD (f->site), copy);
}

/* Created, then renamed: newest first, the rename shows only the name. */
static void
test_record_history (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GPtrArray) created = NULL;
  g_autoptr(CtSite) gone = ct_site_new ("JX", "锦绣苑");
  g_autoptr(GPtrArray) deleted = NULL;
  CtAuditEntry *entry;
  CtAuditChange *change;
  g_autofree char *subject = NULL;

  ct_clock_advance (f->base.clock, 60);
  rename_site (f, "翠湖花园二期", "王芳");

  history = ct_audit_query_history (f->base.db, "site", ct_record_get_id (CT_RECORD (f->site)),
                                    &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 2);
  entry = g_ptr_array_index (history, 0);
  g_assert_cmpstr (entry->action, ==, "update");
  g_assert_cmpstr (entry->actor, ==, "王芳");
  g_assert_cmpint (entry->at, ==, CT_TEST_NOW + 60);
  g_assert_cmpstr (ct_audit_action_label (entry->action), ==, "Changed");
  g_assert_cmpstr (ct_audit_entity_label (entry->entity), ==, "Site");
  subject = ct_audit_entry_dup_subject (entry);
  g_assert_cmpstr (subject, ==, "翠湖花园二期");

  changes = ct_audit_entry_changes (f->base.db, entry);
  g_assert_cmpuint (changes->len, ==, 1);
  change = g_ptr_array_index (changes, 0);
  g_assert_cmpstr (change->field, ==, "name");
  g_assert_cmpstr (change->label, ==, "Name");
  g_assert_cmpstr (change->old_value, ==, "翠湖花园");
  g_assert_cmpstr (change->new_value, ==, "翠湖花园二期");

  /* The insert shows the values it got, without the empty ones. */
  entry = g_ptr_array_index (history, 1);
  g_assert_cmpstr (entry->action, ==, "insert");
  g_assert_cmpint (((CtAuditEntry *) g_ptr_array_index (history, 0))->id, >, entry->id);
  created = ct_audit_entry_changes (f->base.db, entry);
  g_assert_cmpuint (created->len, ==, 2);
  g_assert_cmpstr (((CtAuditChange *) g_ptr_array_index (created, 0))->field, ==, "code");
  change = find_change (created, "name");
  g_assert_null (change->old_value);
  g_assert_cmpstr (change->new_value, ==, "翠湖花园");
  g_assert_null (find_change (created, "phone"));

  /* A delete shows the values it had. */
  ct_test_insert (ct_organisation_get_sites (f->base.org), gone);
  g_assert_true (ct_record_store_delete (ct_organisation_get_sites (f->base.org),
                                         CT_RECORD (gone), "王芳", &error));
  g_assert_no_error (error);
  g_clear_pointer (&history, g_ptr_array_unref);
  history = ct_audit_query_history (f->base.db, "site", ct_record_get_id (CT_RECORD (gone)),
                                    &error);
  g_assert_cmpuint (history->len, ==, 2);
  entry = g_ptr_array_index (history, 0);
  g_assert_cmpstr (entry->action, ==, "delete");
  deleted = ct_audit_entry_changes (f->base.db, entry);
  change = find_change (deleted, "name");
  g_assert_cmpstr (change->old_value, ==, "锦绣苑");
  g_assert_null (change->new_value);
}

/* A ticket dispatched: status labels, the assignee's name, a local time. */
static void
test_ticket_changes (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtTicket) ticket = create_ticket (f, "卫生间漏水");
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GPtrArray) note = NULL;
  CtAuditChange *change;
  gint64 id = ct_record_get_id (CT_RECORD (ticket));

  g_assert_true (ct_ticket_store_dispatch (f->tickets, ticket, f->engineering,
                                           ct_record_get_id (CT_RECORD (f->wang)), "调度员", &error));
  g_assert_no_error (error);
  g_assert_true (ct_ticket_store_add_note (f->tickets, ticket, "业主下午在家", "调度员", &error));
  g_assert_no_error (error);

  history = ct_audit_query_history (f->base.db, "ticket", id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 3);

  /* The note row has no values: no changes, but it is listed. */
  note = ct_audit_entry_changes (f->base.db, g_ptr_array_index (history, 0));
  g_assert_cmpuint (note->len, ==, 0);

  changes = ct_audit_entry_changes (f->base.db, g_ptr_array_index (history, 1));
  change = find_change (changes, "status");
  g_assert_cmpstr (change->label, ==, "Status");
  g_assert_cmpstr (change->old_value, ==, ct_ticket_status_label ("new"));
  g_assert_cmpstr (change->new_value, ==, ct_ticket_status_label ("dispatched"));
  change = find_change (changes, "assignee_id");
  g_assert_cmpstr (change->label, ==, "Assignee");
  g_assert_null (change->old_value);
  g_assert_cmpstr (change->new_value, ==, "王师傅");
  change = find_change (changes, "department_id");
  g_assert_nonnull (change->new_value);
  /* CT_TEST_NOW is 2025-11-21 04:40 UTC; the tests run in Asia/Shanghai. */
  change = find_change (changes, "dispatched_at");
  g_assert_cmpstr (change->label, ==, "Dispatch time");
  g_assert_cmpstr (change->new_value, ==, "2025-11-21 12:40");
  g_assert_null (find_change (changes, "version"));
  g_assert_null (find_change (changes, "title"));

  /* The creation resolves the unit to its building and room. */
  g_clear_pointer (&changes, g_ptr_array_unref);
  changes = ct_audit_entry_changes (f->base.db, g_ptr_array_index (history, 2));
  g_assert_cmpstr (find_change (changes, "unit_id")->new_value, ==, "3号楼 2-1201");
  g_assert_cmpstr (find_change (changes, "kind")->new_value, ==, ct_ticket_kind_label ("repair"));
}

static guint
count (CtDatabase          *db,
       const CtAuditFilter *filter)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = ct_audit_query (db, filter, 0, 0, &error);

  g_assert_no_error (error);
  return rows->len;
}

/* Filters by entity, record, actor, action, period and text; pages by id. */
static void
test_query_filters (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtTicket) leak = NULL;
  g_autoptr(CtTicket) lift = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  g_auto(GStrv) actors = NULL;
  g_auto(GStrv) entities = NULL;
  gint64 total = ct_test_query_int (f->base.db, "SELECT count(*) FROM audit_log");
  gint64 before = 0, last_id = G_MAXINT64;
  guint pages = 0;

  ct_clock_advance (f->base.clock, 3600);
  leak = create_ticket (f, "厨房水管爆裂");
  ct_clock_advance (f->base.clock, 3600);
  lift = create_ticket (f, "电梯困人");
  rename_site (f, "翠湖花园东区", "王芳");
  total += 3;

  g_assert_cmpuint (count (f->base.db, NULL), ==, total);
  g_assert_cmpuint (count (f->base.db, &(CtAuditFilter) { .entity = "ticket" }), ==, 2);
  g_assert_cmpuint (count (f->base.db, &(CtAuditFilter) {
    .entity = "ticket", .entity_id = ct_record_get_id (CT_RECORD (lift)) }), ==, 1);
  g_assert_cmpuint (count (f->base.db, &(CtAuditFilter) { .actor = "客服小李" }), ==, 2);
  g_assert_cmpuint (count (f->base.db, &(CtAuditFilter) { .actor = "客服" }), ==, 0);
  g_assert_cmpuint (count (f->base.db, &(CtAuditFilter) { .action = "update" }), ==, 1);
  g_assert_cmpuint (count (f->base.db, &(CtAuditFilter) { .text = "电梯" }), ==, 1);
  g_assert_cmpuint (count (f->base.db, &(CtAuditFilter) { .text = "翠湖花园" }), >=, 2);
  /* LIKE's wildcards are only characters in the text. */
  g_assert_cmpuint (count (f->base.db, &(CtAuditFilter) { .text = "%" }), ==, 0);
  g_assert_cmpuint (count (f->base.db, &(CtAuditFilter) { .text = "_" }), >, 0);
  g_assert_cmpuint (count (f->base.db, &(CtAuditFilter) {
    .from = CT_TEST_NOW + 3600, .to = CT_TEST_NOW + 7200 }), ==, 1);
  g_assert_cmpuint (count (f->base.db, &(CtAuditFilter) { .from = CT_TEST_NOW + 7200 }), ==, 2);

  /* Pages of 4, newest first, each row once. */
  for (;;)
    {
      g_autoptr(GPtrArray) page = ct_audit_query (f->base.db, NULL, before, 4, &error);

      g_assert_no_error (error);
      if (page->len == 0)
        break;
      g_assert_cmpuint (page->len, <=, 4);
      for (guint i = 0; i < page->len; i++)
        {
          CtAuditEntry *entry = g_ptr_array_index (page, i);

          g_assert_cmpint (entry->id, <, last_id);
          last_id = entry->id;
          g_assert_true (g_hash_table_add (seen, GSIZE_TO_POINTER ((gsize) entry->id)));
        }
      before = last_id;
      pages++;
    }
  g_assert_cmpuint (g_hash_table_size (seen), ==, total);
  g_assert_cmpuint (pages, ==, (total + 3) / 4);

  actors = ct_audit_query_actors (f->base.db, &error);
  g_assert_no_error (error);
  g_assert_true (g_strv_contains ((const char *const *) actors, "王芳"));
  g_assert_true (g_strv_contains ((const char *const *) actors, "客服小李"));
  entities = ct_audit_query_entities (f->base.db, &error);
  g_assert_true (g_strv_contains ((const char *const *) entities, "ticket"));
  g_assert_true (g_strv_contains ((const char *const *) entities, "site"));
}

static CtUser *
add_user (CtUserStore *users,
          const char  *login,
          const char  *role,
          gint64       staff_id)
{
  g_autoptr(GError) error = NULL;
  CtUser *user = ct_user_new (login, NULL, role);

  if (staff_id != 0)
    ct_record_set_int (CT_RECORD (user), "staff_id", staff_id);
  g_assert_true (ct_user_store_create (users, user, PASSWORD, "admin", &error));
  g_assert_no_error (error);
  return user;
}

static void
sign_in (CtUserStore *users,
         const char  *login)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtUser) user = ct_user_store_sign_in (users, login, PASSWORD, &error);

  g_assert_no_error (error);
}

/* With accounts: the log is the administrator's; a record's history follows
 * the read permission of the record. */
static void
test_permissions (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtUserStore) users = ct_user_store_new (f->base.db);
  g_autoptr(CtTicket) own = create_ticket (f, "卫生间漏水");
  g_autoptr(CtTicket) other = create_ticket (f, "电梯困人");
  g_autoptr(CtUser) admin = NULL;
  g_autoptr(CtUser) dispatcher = NULL;
  g_autoptr(CtUser) technician = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  CtAuditVerify verify = { 0 };

  g_assert_true (ct_ticket_store_dispatch (f->tickets, own, f->engineering,
                                           ct_record_get_id (CT_RECORD (f->wang)), "admin", &error));
  g_assert_no_error (error);

  /* No accounts: everything may be read. */
  g_assert_true (ct_audit_may_read_log (f->base.db, &error));
  g_assert_no_error (error);

  admin = add_user (users, "admin", "admin", 0);
  sign_in (users, "admin");
  dispatcher = add_user (users, "diaodu", "dispatcher", 0);
  technician = add_user (users, "wang", "technician", ct_record_get_id (CT_RECORD (f->wang)));
  rows = ct_audit_query (f->base.db, NULL, 0, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 10);
  g_clear_pointer (&rows, g_ptr_array_unref);

  /* Nobody signed in. */
  ct_database_set_user (f->base.db, 0, NULL, NULL, 0);
  g_assert_null (ct_audit_query (f->base.db, NULL, 0, 10, &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_PERMISSION);
  g_assert_nonnull (strstr (error->message, "administrator"));
  g_clear_error (&error);
  g_assert_false (ct_audit_verify_chain (f->base.db, &verify, &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_PERMISSION);
  g_clear_error (&error);

  /* A dispatcher: no log, no actors, but every ticket's history. */
  sign_in (users, "diaodu");
  g_assert_null (ct_audit_query (f->base.db, NULL, 0, 10, &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_PERMISSION);
  g_assert_cmpstr (error->message, ==, "A dispatcher may not see the audit log.");
  g_clear_error (&error);
  g_assert_null (ct_audit_query_actors (f->base.db, &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_PERMISSION);
  g_clear_error (&error);
  rows = ct_audit_query_history (f->base.db, "ticket", ct_record_get_id (CT_RECORD (other)),
                                 &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 1);
  g_clear_pointer (&rows, g_ptr_array_unref);
  /* Rows of entities outside the matrix are the log's. */
  g_assert_null (ct_audit_query_history (f->base.db, "asset_downtime", 1, &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_PERMISSION);
  g_clear_error (&error);

  /* A technician: the history of their own tickets only. */
  sign_in (users, "wang");
  rows = ct_audit_query_history (f->base.db, "ticket", ct_record_get_id (CT_RECORD (own)), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 2);
  g_clear_pointer (&rows, g_ptr_array_unref);
  g_assert_null (ct_audit_query_history (f->base.db, "ticket",
                                         ct_record_get_id (CT_RECORD (other)), &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_PERMISSION);
  g_clear_error (&error);

  sign_in (users, "admin");
  g_assert_true (ct_audit_verify_chain (f->base.db, &verify, &error));
  g_assert_no_error (error);
  g_assert_cmpint (verify.first_broken, ==, 0);
  ct_audit_verify_clear (&verify);
}

static void
exec (CtDatabase *db,
      const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (ct_database_get_handle (db), sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

/* The chain holds after real writes and breaks at the first row changed,
 * removed or slipped in behind Caretaker's back. */
static void
test_verify_chain (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  CtAuditVerify verify = { 0 };
  gint64 total, third, fifth;

  rename_site (f, "翠湖花园二期", "王芳");
  total = ct_test_query_int (f->base.db, "SELECT count(*) FROM audit_log");
  third = ct_test_query_int (f->base.db, "SELECT id FROM audit_log ORDER BY id LIMIT 1 OFFSET 2");
  fifth = ct_test_query_int (f->base.db, "SELECT id FROM audit_log ORDER BY id LIMIT 1 OFFSET 4");
  g_assert_cmpint (total, >, 6);

  g_assert_true (ct_audit_verify_chain (f->base.db, &verify, &error));
  g_assert_no_error (error);
  g_assert_cmpint (verify.rows, ==, total);
  g_assert_cmpint (verify.first_broken, ==, 0);
  g_assert_null (verify.problem);

  /* Someone removes the fifth row with an SQLite tool: the next row breaks. */
  exec (f->base.db, "DROP TRIGGER audit_log_no_delete; DROP TRIGGER audit_log_no_update");
  {
    g_autofree char *sql = g_strdup_printf ("DELETE FROM audit_log WHERE id = %" G_GINT64_FORMAT,
                                            fifth);
    exec (f->base.db, sql);
  }
  g_assert_true (ct_audit_verify_chain (f->base.db, &verify, &error));
  g_assert_cmpint (verify.first_broken, ==,
                   ct_test_query_int (f->base.db, "SELECT id FROM audit_log ORDER BY id "
                                                  "LIMIT 1 OFFSET 4"));
  g_assert_cmpint (verify.rows, ==, 4);
  g_assert_nonnull (strstr (verify.problem, "removed or inserted"));

  /* … and a value changed in the third row is found first. */
  {
    g_autofree char *sql = g_strdup_printf ("UPDATE audit_log SET actor = 'x' WHERE id = %"
                                            G_GINT64_FORMAT, third);
    exec (f->base.db, sql);
  }
  g_assert_true (ct_audit_verify_chain (f->base.db, &verify, &error));
  g_assert_no_error (error);
  g_assert_cmpint (verify.first_broken, ==, third);
  g_assert_cmpint (verify.rows, ==, 2);
  g_assert_nonnull (strstr (verify.problem, "changed after it was written"));
  ct_audit_verify_clear (&verify);
}

/* Backups for people: a dispatcher may not, a manager may back up and restore. */
static void
test_backup_access (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtUserStore) users = ct_user_store_new (f->base.db);
  g_autoptr(CtUser) admin = add_user (users, "admin", "admin", 0);
  g_autoptr(CtUser) manager = NULL;
  g_autoptr(CtUser) dispatcher = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(CtOrganisation) reopened = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *saved = NULL;
  CtSite *site;

  sign_in (users, "admin");
  manager = add_user (users, "jingli", "manager", 0);
  dispatcher = add_user (users, "diaodu", "dispatcher", 0);

  sign_in (users, "diaodu");
  g_assert_null (ct_backup_access_backup_now (f->base.db, &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_PERMISSION);
  g_clear_error (&error);
  g_assert_false (ct_backup_access_check (f->base.db, CT_BACKUP_ACCESS_RESTORE, &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_PERMISSION);
  g_clear_error (&error);
  g_assert_null (ct_backup_access_list (f->base.db, &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_PERMISSION);
  g_clear_error (&error);

  sign_in (users, "jingli");
  backup = ct_backup_access_backup_now (f->base.db, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_test (backup, G_FILE_TEST_IS_REGULAR));
  list = ct_backup_access_list (f->base.db, &error);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpint (((CtBackupInfo *) g_ptr_array_index (list, 0))->kind, ==, CT_BACKUP_MANUAL);

  rename_site (f, "改过的名字", "jingli");
  g_assert_true (ct_backup_access_restore (f->base.db, backup, &saved, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (saved, G_FILE_TEST_IS_REGULAR));
  reopened = ct_test_reopen (f->base.path, f->base.clock);
  site = CT_SITE (ct_record_store_find (ct_organisation_get_sites (reopened), "code", "CH"));
  g_assert_cmpstr (ct_record_get_string (CT_RECORD (site), "name"), ==, "翠湖花园");

  /* The test folder is flat: remove the backups' folder here. */
  g_unlink (saved);
  g_unlink (backup);
  {
    g_autofree char *dir = g_path_get_dirname (backup);

    g_rmdir (dir);
  }
}

int
main (int    argc,
      char **argv)
{
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/audit-query/record-history", Fixture, NULL, fixture_set_up,
              test_record_history, fixture_tear_down);
  g_test_add ("/audit-query/ticket-changes", Fixture, NULL, fixture_set_up,
              test_ticket_changes, fixture_tear_down);
  g_test_add ("/audit-query/filters-and-pages", Fixture, NULL, fixture_set_up,
              test_query_filters, fixture_tear_down);
  g_test_add ("/audit-query/permissions", Fixture, NULL, fixture_set_up,
              test_permissions, fixture_tear_down);
  g_test_add ("/audit-query/verify-chain", Fixture, NULL, fixture_set_up,
              test_verify_chain, fixture_tear_down);
  g_test_add ("/audit-query/backup-access", Fixture, NULL, fixture_set_up,
              test_backup_access, fixture_tear_down);
  return g_test_run ();
}
