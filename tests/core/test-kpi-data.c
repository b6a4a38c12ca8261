/* test-kpi-data.c — 25 tickets with chosen timestamps for test-kpi.c
 *
 * Written straight into the tickets table (Asia/Shanghai, UTC+8); "now" in
 * the tests is CT_TEST_NOW, Fri 2025-11-21 12:40. test-kpi.c works out every
 * KPI of these rows by hand.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ct-database-private.h"
#include "test-kpi-data.h"

/* Units: U1 and U2 of site 1, U3 of site 2. */
enum { U1 = 1, U2, U3 };

typedef struct
{
  gint64      id;
  const char *kind, *cls, *category;
  gint64      site, unit;
  const char *status;
  gint64      created, accepted, arrived, resolved, visited, archived, appointment;
  gint64      due_response, due_arrival, due_resolution, paused;
  int         score, reopened;
} Row;

/* Each row: id, kind, class, category, site, unit, status;
 *           created, accepted, on site, resolved, visited, archived, appointment;
 *           response due, arrival due, resolution due, paused, score, reopened. */
static const Row rows[] = {
  /* Repairs of November, site 1 */
  { 1, "repair", "emergency", "水电", 1, 0, "visited",
    NOV (3, 9, 0), NOV (3, 9, 10), NOV (3, 9, 25), NOV (3, 11, 0), NOV (4, 10, 0), 0, 0,
    NOV (3, 9, 15), NOV (3, 9, 30), NOV (3, 21, 0), 0, 5, 0 },
  { 2, "repair", "emergency", "水电", 1, 0, "resolved",
    NOV (5, 20, 0), NOV (5, 20, 20), NOV (5, 20, 50), NOV (5, 23, 0), 0, 0, 0,
    NOV (5, 20, 15), NOV (5, 20, 30), NOV (6, 8, 0), 0, 0, 0 },
  { 3, "repair", "routine", "门窗", 1, 0, "archived",
    NOV (6, 10, 0), NOV (6, 10, 5), 0, NOV (7, 9, 0), NOV (8, 10, 0), NOV (9, 10, 0), 0,
    NOV (6, 10, 15), 0, NOV (7, 10, 0), 0, 4, 0 },
  { 4, "repair", "routine", "门窗", 1, 0, "visited",
    NOV (10, 14, 0), NOV (10, 14, 10), 0, NOV (12, 10, 0), NOV (13, 10, 0), 0, 0,
    NOV (10, 14, 15), 0, NOV (11, 14, 0), 0, 3, 1 },
  { 5, "repair", "appointment", "水电", 1, 0, "resolved",
    NOV (12, 8, 0), NOV (12, 8, 12), NOV (14, 14, 10), NOV (14, 16, 0), 0, 0, NOV (14, 14, 0),
    NOV (12, 8, 15), NOV (14, 14, 0), NOV (15, 14, 0), 0, 0, 0 },
  { 6, "repair", "appointment", "水电", 1, 0, "visited",
    NOV (13, 9, 0), NOV (13, 9, 5), NOV (15, 10, 20), NOV (15, 12, 0), NOV (16, 10, 0), 0,
    NOV (15, 10, 0), NOV (13, 9, 15), NOV (15, 10, 0), NOV (16, 10, 0), 0, 2, 0 },
  { 7, "repair", "routine", "电梯", 1, 0, "in_progress",
    NOV (18, 9, 0), NOV (18, 9, 30), 0, 0, 0, 0, 0,
    NOV (18, 9, 15), 0, NOV (19, 9, 0), 0, 0, 0 },
  { 8, "repair", "routine", "电梯", 1, 0, "paused",
    NOV (19, 10, 0), NOV (19, 10, 10), 0, 0, 0, 0, 0,
    NOV (19, 10, 15), 0, NOV (20, 10, 0), NOV (19, 15, 0), 0, 0 },
  { 9, "repair", "emergency", "水电", 1, 0, "new",
    NOV (21, 12, 30), 0, 0, 0, 0, 0, 0,
    NOV (21, 12, 45), NOV (21, 13, 0), NOV (22, 0, 30), 0, 0, 0 },
  { 10, "repair", "routine", "门窗", 1, 0, "new",
    NOV (21, 11, 0), 0, 0, 0, 0, 0, 0,
    NOV (21, 11, 15), 0, NOV (22, 11, 0), 0, 0, 0 },
  /* Complaints of November, site 1 */
  { 11, "complaint", "", "噪音", 1, U1, "visited",
    NOV (4, 10, 0), NOV (4, 11, 0), 0, NOV (6, 15, 0), NOV (7, 10, 0), 0, 0,
    NOV (4, 12, 0), 0, NOV (7, 18, 0), 0, 5, 0 },
  { 12, "complaint", "", "噪音", 1, U1, "in_progress",
    NOV (20, 9, 0), NOV (20, 10, 0), 0, 0, 0, 0, 0,
    NOV (20, 11, 0), 0, NOV (25, 18, 0), 0, 0, 0 },
  { 13, "complaint", "", "卫生", 1, U2, "resolved",
    NOV (15, 9, 0), NOV (15, 13, 0), 0, NOV (20, 10, 0), 0, 0, 0,
    NOV (15, 11, 0), 0, NOV (19, 18, 0), 0, 0, 0 },
  { 14, "complaint", "", "停车", 1, U2, "dispatched",
    NOV (16, 9, 0), NOV (16, 10, 30), 0, 0, 0, 0, 0,
    NOV (16, 11, 0), 0, NOV (19, 18, 0), 0, 0, 0 },
  /* A consultation visited without a score */
  { 15, "consultation", "", "", 1, 0, "visited",
    NOV (8, 10, 0), NOV (8, 10, 14), 0, NOV (8, 11, 30), NOV (8, 15, 0), 0, 0,
    NOV (8, 10, 15), 0, NOV (8, 12, 0), 0, 0, 0 },
  /* Cancelled and invalid: in no KPI, although their times would count */
  { 16, "repair", "routine", "门窗", 1, 0, "cancelled",
    NOV (9, 10, 0), NOV (9, 11, 0), 0, 0, 0, 0, 0,
    NOV (9, 10, 15), 0, NOV (10, 10, 0), 0, 0, 0 },
  { 17, "repair", "routine", "门窗", 1, 0, "invalid",
    NOV (17, 10, 0), NOV (17, 10, 5), 0, NOV (17, 12, 0), NOV (18, 10, 0), 0, 0,
    NOV (17, 10, 15), 0, NOV (18, 10, 0), 0, 1, 0 },
  /* October: created before the period */
  { 18, "repair", "routine", "水电", 1, 0, "visited",
    OCT (30, 10, 0), OCT (30, 10, 10), 0, NOV (2, 10, 0), NOV (2, 15, 0), 0, 0,
    OCT (30, 10, 15), 0, OCT (31, 10, 0), 0, 4, 0 },
  { 19, "repair", "emergency", "水电", 1, 0, "dispatched",
    OCT (20, 8, 0), OCT (20, 8, 5), 0, 0, 0, 0, 0,
    OCT (20, 8, 15), OCT (20, 8, 30), OCT (20, 20, 0), 0, 0, 0 },
  /* U2 卫生 exactly 31 days before ticket 13: not a repeat */
  { 20, "complaint", "", "卫生", 1, U2, "visited",
    OCT (15, 9, 0), OCT (15, 10, 0), 0, OCT (18, 10, 0), OCT (20, 10, 0), 0, 0,
    OCT (15, 11, 0), 0, OCT (20, 18, 0), 0, 5, 0 },
  /* A cancelled U2 停车 complaint six days before ticket 14 */
  { 21, "complaint", "", "停车", 1, U2, "cancelled",
    NOV (10, 9, 0), 0, 0, 0, 0, 0, 0,
    NOV (10, 11, 0), 0, NOV (13, 18, 0), 0, 0, 0 },
  /* Created at the first instant of the period */
  { 22, "consultation", "", "", 1, 0, "resolved",
    NOV (1, 0, 0), NOV (1, 0, 20), 0, NOV (1, 1, 0), 0, 0, 0,
    NOV (1, 0, 15), 0, NOV (1, 2, 0), 0, 0, 0 },
  /* Site 2 */
  { 23, "repair", "routine", "水电", 2, 0, "visited",
    NOV (7, 9, 0), NOV (7, 9, 10), 0, NOV (7, 15, 0), NOV (8, 10, 0), 0, 0,
    NOV (7, 9, 15), 0, NOV (8, 9, 0), 0, 5, 0 },
  { 24, "complaint", "", "噪音", 2, U3, "resolved",
    NOV (11, 9, 0), NOV (11, 10, 0), 0, NOV (13, 10, 0), 0, 0, 0,
    NOV (11, 11, 0), 0, NOV (14, 18, 0), 0, 0, 0 },
  /* U3 噪音 17 days before ticket 24, in October: a repeat across periods */
  { 25, "complaint", "", "噪音", 2, U3, "archived",
    OCT (25, 9, 0), OCT (25, 10, 0), 0, OCT (27, 10, 0), 0, OCT (29, 10, 0), 0,
    OCT (25, 11, 0), 0, OCT (28, 18, 0), 0, 0, 0 },
};

static void
bind_time (sqlite3_stmt *stmt,
           int           column,
           gint64        value)
{
  if (value == 0)
    sqlite3_bind_null (stmt, column);
  else
    sqlite3_bind_int64 (stmt, column, value);
}

static void
insert_row (CtDatabase *db,
            const Row  *r)
{
  g_autofree char *code = g_strdup_printf ("T-2025-%05" G_GINT64_FORMAT, r->id);
  const gint64 times[] = { r->created, r->accepted, r->arrived, r->resolved, r->visited,
                           r->archived, r->appointment, r->due_response, r->due_arrival,
                           r->due_resolution, r->paused, r->score };
  sqlite3_stmt *stmt = ct_database_prepare (db,
    "INSERT INTO tickets (id, code, kind, repair_class, category, site_id, unit_id, title, "
    "status, reopened_count, created_at, accepted_at, arrived_at, resolved_at, visited_at, "
    "archived_at, appointment_at, due_response_at, due_arrival_at, due_resolution_at, "
    "paused_at, satisfaction, updated_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, '工单', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?10)", NULL);

  g_assert_nonnull (stmt);
  sqlite3_bind_int64 (stmt, 1, r->id);
  sqlite3_bind_text (stmt, 2, code, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, r->kind, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, r->cls, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, r->category, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 6, r->site);
  bind_time (stmt, 7, r->unit);
  sqlite3_bind_text (stmt, 8, r->status, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 9, r->reopened);
  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    bind_time (stmt, 10 + (int) i, times[i]);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_reset (stmt);
}

void
ct_test_kpi_fill (CtDatabase *db)
{
  g_assert_cmpint (sqlite3_exec (ct_database_get_handle (db),
    "INSERT INTO sites (id, code, name, created_at, updated_at) "
    "  VALUES (1, 'S1', '阳光花园', 0, 0), (2, 'S2', '翠湖苑', 0, 0);"
    "INSERT INTO buildings (id, site_id, code, name, created_at, updated_at) "
    "  VALUES (1, 1, '1', '1栋', 0, 0), (2, 2, '1', '1栋', 0, 0);"
    "INSERT INTO units (id, building_id, room, created_at, updated_at) "
    "  VALUES (1, 1, '101', 0, 0), (2, 1, '102', 0, 0), (3, 2, '201', 0, 0);",
    NULL, NULL, NULL), ==, SQLITE_OK);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    insert_row (db, &rows[i]);
}
