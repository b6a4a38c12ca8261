/* ct-test-tickets.c — many tickets, fast, with SQL
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ct-database-private.h"
#include "ct-test-tickets.h"

#define HOUR 3600

static const char *const titles[] = {
  "厨房水管漏水", "电梯故障困人", "楼道灯不亮", "楼上噪音扰民", "地下车库积水",
  "门禁卡失效", "绿化带杂草丛生", "垃圾清运不及时", "空调外机噪音", "卫生间下水道堵塞",
};
static const char *const descriptions[] = {
  "业主反映夜间有异响", "需要上门维修", "已多次报修未解决", "请尽快处理", "",
};
static const char *const reporters[] = {
  "王芳", "李娜", "张伟", "刘洋", "陈静", "杨磊", "欧阳娜", "Zhao Min",
};
static const char *const kinds[] = {
  "repair", "complaint", "consultation", "suggestion", "praise",
};
static const char *const classes[] = { "emergency", "routine", "appointment" };
static const char *const statuses[] = {
  "new", "accepted", "dispatched", "in_progress", "paused",
  "resolved", "visited", "archived", "cancelled", "invalid",
};
static const char *const staff_names[CT_TEST_N_STAFF] = {
  "王芳", "李强", "王芳", "张敏", "陈刚", "赵丽",
};

#define PICK(rand, array) (array[g_rand_int_range (rand, 0, G_N_ELEMENTS (array))])

typedef struct
{
  const CtTestTicketOrg *org;
  guint                  n;
  guint32                seed;
  gint64                 now;
} Fill;

static gint64
insert_record (CtRecordStore *store,
               gpointer       record)
{
  g_autoptr(CtRecord) owned = record;
  g_autoptr(GError) error = NULL;

  ct_record_store_insert (store, owned, "test", &error);
  g_assert_no_error (error);
  return ct_record_get_id (owned);
}

void
ct_test_tickets_add_org (CtOrganisation  *org,
                         CtTestTicketOrg *out)
{
  CtRecordStore *sites = ct_organisation_get_sites (org);

  out->site_ids[0] = insert_record (sites, ct_site_new ("SH01", "阳光花园"));
  out->site_ids[1] = insert_record (sites, ct_site_new ("SH02", "翠湖苑"));
  out->department_ids[0] = ct_record_get_id (CT_RECORD (ct_organisation_find_department (org, "engineering")));
  out->department_ids[1] = ct_record_get_id (CT_RECORD (ct_organisation_find_department (org, "service")));
  for (guint i = 0; i < CT_TEST_N_STAFF; i++)
    {
      g_autofree char *number = g_strdup_printf ("E%03u", i + 1);

      out->staff_ids[i] = insert_record (ct_organisation_get_staff (org),
                                         ct_staff_new (number, staff_names[i],
                                                       out->department_ids[i % 2]));
    }
}

/* @value, or NULL one time in @one_in. */
static void
bind_maybe (sqlite3_stmt *stmt,
            int           p,
            GRand        *rand,
            int           one_in,
            gint64        value)
{
  if (g_rand_int_range (rand, 0, one_in) != 0)
    sqlite3_bind_int64 (stmt, p, value);
}

static void
bind_times (sqlite3_stmt *stmt,
            GRand        *rand,
            gint64        created)
{
  /* accepted, arrived, resolved: some late, some missing */
  bind_maybe (stmt, 12, rand, 3, created + g_rand_int_range (rand, 1, 40) * 60);
  bind_maybe (stmt, 13, rand, 2, created + g_rand_int_range (rand, 10, 90) * 60);
  bind_maybe (stmt, 14, rand, 2, created + g_rand_int_range (rand, 1, 60) * HOUR);
  /* response, arrival and resolution due */
  bind_maybe (stmt, 15, rand, 4, created + 15 * 60);
  bind_maybe (stmt, 16, rand, 2, created + 30 * 60);
  bind_maybe (stmt, 17, rand, 3, created + g_rand_int_range (rand, 2, 200) * HOUR);
  sqlite3_bind_int64 (stmt, 18, created);
  sqlite3_bind_int64 (stmt, 19, created);
}

static gboolean
insert_one (CtDatabase    *db,
            Fill          *fill,
            GRand         *rand,
            guint          number,
            GError       **error)
{
  const CtTestTicketOrg *org = fill->org;
  const char *kind = PICK (rand, kinds);
  g_autofree char *code = g_strdup_printf ("T-2024-%05u", number);
  g_autofree char *address = g_strdup_printf ("%d-%d-%d%02d", g_rand_int_range (rand, 1, 13),
                                              g_rand_int_range (rand, 1, 4),
                                              g_rand_int_range (rand, 1, 31),
                                              g_rand_int_range (rand, 1, 5));
  gint64 created = fill->now - g_rand_int_range (rand, 0, 90 * 24) * HOUR;
  sqlite3_stmt *stmt = ct_database_prepare (db,
    "INSERT INTO tickets (code, kind, repair_class, category, channel, site_id, address, "
    "reporter, title, description, department_id, assignee_id, status, accepted_at, "
    "arrived_at, resolved_at, due_response_at, due_arrival_at, due_resolution_at, "
    "created_at, updated_at) VALUES (?, ?, ?, '', 'phone', ?, ?, ?, ?, ?, ?, ?, ?, "
    "?, ?, ?, ?, ?, ?, ?, ?)", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, code, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, kind, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, g_str_equal (kind, "repair") ? PICK (rand, classes) : "", -1,
                     SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 4, org->site_ids[g_rand_int_range (rand, 0, 2)]);
  sqlite3_bind_text (stmt, 5, address, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, PICK (rand, reporters), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, PICK (rand, titles), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 8, PICK (rand, descriptions), -1, SQLITE_STATIC);
  bind_maybe (stmt, 9, rand, 4, org->department_ids[g_rand_int_range (rand, 0, 2)]);
  bind_maybe (stmt, 10, rand, 3, org->staff_ids[g_rand_int_range (rand, 0, CT_TEST_N_STAFF)]);
  sqlite3_bind_text (stmt, 11, PICK (rand, statuses), -1, SQLITE_STATIC);
  bind_times (stmt, rand, created);
  if (!ct_database_step_done (db, stmt, error))
    return FALSE;
  stmt = ct_database_prepare (db,
    "INSERT INTO tickets_fts (rowid, title, description, address, reporter) "
    "SELECT id, title, description, address, reporter FROM tickets WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, sqlite3_last_insert_rowid (ct_database_get_handle (db)));
  return ct_database_step_done (db, stmt, error);
}

static gboolean
fill_cb (CtDatabase  *db,
         gpointer     user_data,
         GError     **error)
{
  Fill *fill = user_data;
  g_autoptr(GRand) rand = g_rand_new_with_seed (fill->seed);
  g_autofree guint *numbers = g_new (guint, fill->n);

  /* Codes in a shuffled order, so that code order is not id order. */
  for (guint i = 0; i < fill->n; i++)
    numbers[i] = i + 1;
  for (guint i = fill->n; i > 1; i--)
    {
      guint j = (guint) g_rand_int_range (rand, 0, (gint32) i);
      guint swap = numbers[i - 1];

      numbers[i - 1] = numbers[j];
      numbers[j] = swap;
    }
  for (guint i = 0; i < fill->n; i++)
    if (!insert_one (db, fill, rand, numbers[i], error))
      return FALSE;
  return TRUE;
}

void
ct_test_tickets_insert (CtDatabase            *db,
                        const CtTestTicketOrg *org,
                        guint                  n,
                        guint32                seed,
                        gint64                 now)
{
  Fill fill = { org, n, seed, now };
  g_autoptr(GError) error = NULL;

  ct_database_write (db, fill_cb, &fill, &error);
  g_assert_no_error (error);
}
