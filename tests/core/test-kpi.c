/* test-kpi.c — every ticket KPI of KPI.md against values worked out by hand
 *
 * The 25 tickets of test-kpi-data.c (numbered 1–25 in the comments) have
 * chosen timestamps (Asia/Shanghai, UTC+8). "Now" is CT_TEST_NOW, Fri
 * 2025-11-21 12:40. The period is November 2025 unless a test says otherwise.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "ct-error.h"
#include "ct-ticket-kpi.h"
#include "ct-test-util.h"
#include "test-kpi-data.h"

typedef CtTestFixture Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  ct_test_fixture_set_up (f, "ct-kpi-XXXXXX", "kpi.db");
  f->db = ct_test_open (f->path, CT_DATABASE_OPEN_CREATE, f->clock);
  ct_test_kpi_fill (f->db);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  ct_test_fixture_tear_down (f);
}

static CtTicketKpis *
compute (Fixture *f,
         gint64   from,
         gint64   to,
         gint64   site_id)
{
  CtKpiPeriod period = { from, to, site_id, 0 };
  g_autoptr(GError) error = NULL;
  CtTicketKpis *kpis = ct_ticket_kpis_compute (f->db, &period, &error);

  g_assert_no_error (error);
  g_assert_nonnull (kpis);
  return kpis;
}

static void
assert_counts (CtTicketKpis *kpis,
               const char   *key,
               gint64        num,
               gint64        den)
{
  gint64 n = -1, d = -1;

  ct_ticket_kpis_get_counts (kpis, key, &n, &d);
  g_assert_cmpint (n, ==, num);
  g_assert_cmpint (d, ==, den);
}

/* A fraction num/den; with den 0 it has no value. */
static void
assert_ratio (CtTicketKpis *kpis,
              const char   *key,
              gint64        num,
              gint64        den)
{
  double value = -1;

  assert_counts (kpis, key, num, den);
  g_assert_cmpint (ct_ticket_kpi_get_unit (key), ==, CT_KPI_UNIT_FRACTION);
  g_assert_true (ct_ticket_kpis_get_value (kpis, key, &value) == (den > 0));
  if (den > 0)
    g_assert_cmpfloat_with_epsilon (value, (double) num / den, 1e-12);
}

static void
assert_value (CtTicketKpis *kpis,
              const char   *key,
              double        expected)
{
  double value = -1;

  g_assert_true (ct_ticket_kpis_get_value (kpis, key, &value));
  g_assert_cmpfloat_with_epsilon (value, expected, 1e-9);
}

static void
assert_no_value (CtTicketKpis *kpis,
                 const char   *key)
{
  g_autofree char *text = ct_ticket_kpis_format_value (kpis, key);

  g_assert_false (ct_ticket_kpis_get_value (kpis, key, NULL));
  g_assert_cmpstr (text, ==, "—");
}

static GArray *
ids (Fixture           *f,
     const CtKpiPeriod *period,
     const char        *key,
     gboolean           numerator)
{
  g_autoptr(GError) error = NULL;
  GArray *result = ct_ticket_kpi_ids (f->db, period, key, numerator, &error);

  g_assert_no_error (error);
  g_assert_nonnull (result);
  return result;
}

/* The drill-down lists hold as many tickets as the KPI counted. */
static void
assert_ids_match (Fixture      *f,
                  CtTicketKpis *kpis)
{
  const CtKpiPeriod *period = ct_ticket_kpis_get_period (kpis);
  const char *const *keys = ct_ticket_kpi_keys ();

  for (guint i = 0; keys[i] != NULL; i++)
    {
      CtKpiUnit unit = ct_ticket_kpi_get_unit (keys[i]);
      g_autoptr(GArray) num = ids (f, period, keys[i], TRUE);
      g_autoptr(GArray) den = ids (f, period, keys[i], FALSE);
      gint64 n, d;

      ct_ticket_kpis_get_counts (kpis, keys[i], &n, &d);
      g_assert_cmpint (den->len, ==, d);
      if (unit == CT_KPI_UNIT_FRACTION || unit == CT_KPI_UNIT_COUNT)
        g_assert_cmpint (num->len, ==, n);
      else
        g_assert_cmpint (num->len, ==, d);
    }
}

static void
assert_ids (Fixture      *f,
            CtTicketKpis *kpis,
            const char   *key,
            gboolean      numerator,
            const char   *expected)
{
  g_autoptr(GArray) found = ids (f, ct_ticket_kpis_get_period (kpis), key, numerator);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < found->len; i++)
    g_string_append_printf (text, "%s%" G_GINT64_FORMAT, i ? " " : "",
                            g_array_index (found, gint64, i));
  g_assert_cmpstr (text->str, ==, expected);
}


/* November 2025, every site; now = Nov 21 12:40 = min(now, to). */
static void
test_november (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(CtTicketKpis) kpis = compute (f, NOV_START, DEC_START, 0);

  g_assert_cmpint (ct_ticket_kpis_get_instant (kpis), ==, CT_TEST_NOW);

  /* Created in November, not void: 1–15 and 22–24 without 16, 17 (void) = 18:
   * repairs 1–10, 23 = 11; complaints 11–14, 24 = 5; consultations 15, 22 = 2.
   * Ticket 22 was created at the first instant of the period. */
  assert_counts (kpis, "tickets_created", 18, 18);
  assert_value (kpis, "tickets_created", 18);
  g_assert_cmpint (ct_ticket_kpis_get_created_by_kind (kpis, "repair"), ==, 11);
  g_assert_cmpint (ct_ticket_kpis_get_created_by_kind (kpis, "complaint"), ==, 5);
  g_assert_cmpint (ct_ticket_kpis_get_created_by_kind (kpis, "consultation"), ==, 2);
  g_assert_cmpint (ct_ticket_kpis_get_created_by_kind (kpis, "suggestion"), ==, 0);
  g_assert_cmpint (ct_ticket_kpis_get_created_by_kind (kpis, "praise"), ==, 0);

  /* Response: 18 minus 9 (not accepted, due 12:45 > now) = 17 due. Late: 2 (20:20 >
   * 20:15), 7 (09:30 > 09:15), 10 (not accepted, due 11:15 ≤ now), 13 (13:00 >
   * 11:00), 22 (00:20 > 00:15) → 12 on time of 17. */
  assert_ratio (kpis, "response_on_time_rate", 12, 17);

  /* Repairs: 1 on site 09:25 ≤ 09:30 ✓; 2 on site 20:50 > 20:30 ✗; 3 resolved
   * Nov 7 09:00 ≤ 10:00 ✓; 4 resolved Nov 12 > Nov 11 ✗; 5 on site 14:10 ≤
   * 14:00 + 15 ✓; 6 on site 10:20 > 10:15 ✗; 7 and 8 unresolved, deadlines Nov
   * 19 and 20 ≤ now ✗; 23 ✓. Not due: 9 (arrival due 13:00), 10 (Nov 22).
   * → 4 of 9. */
  assert_ratio (kpis, "repair_on_time_rate", 4, 9);

  /* Complaints 11 (visited), 13, 24 (resolved) closed; 12, 14 open → 3 of 5. */
  assert_ratio (kpis, "complaint_closure_rate", 3, 5);
  /* Due for resolution: 11 ✓, 13 (Nov 20 > Nov 19 18:00) ✗, 14 (open, due Nov
   * 19) ✗, 24 ✓; 12 is due Nov 25 → 2 of 4. */
  assert_ratio (kpis, "complaint_on_time_rate", 2, 4);

  /* Resolved in November: 1–6, 11, 13, 15, 18 (created in October), 22, 23, 24
   * = 13; visited: 1, 3, 4, 6, 11, 15, 18, 23 = 8. Repairs 1–6, 18, 23 = 8, of
   * which 1, 3, 4, 6, 18, 23 visited = 6; complaints 11, 13, 24: 11 visited. */
  assert_ratio (kpis, "return_visit_rate", 8, 13);
  assert_ratio (kpis, "return_visit_rate_repairs", 6, 8);
  assert_ratio (kpis, "return_visit_rate_complaints", 1, 3);
  /* Of the 8 repairs resolved, 4 was reopened → 7 of 8. */
  assert_ratio (kpis, "first_time_fix_rate", 7, 8);

  /* Complaints 11–14, 24: 12 (U1 噪音, 11 sixteen days before) and 24 (U3 噪音,
   * 25 in October, 17 days before) are repeats; 13's U2 卫生 predecessor 20 is
   * 31 days before; 14's U2 停车 predecessor 21 was cancelled → 2 of 5. */
  assert_ratio (kpis, "repeat_complaint_rate", 2, 5);

  /* Visits in November with a score: 1 (5), 3 (4), 4 (3), 6 (2), 11 (5), 18 (4),
   * 23 (5) = 7; 15 has no score, 17 (score 1) is invalid. 4 or 5: 5 of 7.
   * Score: (5 + 4 + 3 + 2 + 5 + 4 + 5) = 28 → 28 × 20 / 7 = 80. */
  assert_ratio (kpis, "satisfaction_rate", 5, 7);
  assert_counts (kpis, "satisfaction_score", 28, 7);
  assert_value (kpis, "satisfaction_score", 80.0);

  /* Repairs resolved in November, minutes from creation: 1: 120, 2: 180,
   * 3: 1380, 4: 2640, 5: 3360, 6: 3060, 18: 4320, 23: 360. Sum 15 420 → mean
   * 1927.5. Sorted 120 180 360 1380 | 2640 3060 3360 4320: median (1380 + 2640)
   * / 2 = 2010; 90th percentile: rank ⌈0.9 × 8⌉ = 8 → 4320. */
  assert_counts (kpis, "mean_time_to_resolve", 15420 * 60, 8);
  assert_value (kpis, "mean_time_to_resolve", 1927.5);
  assert_counts (kpis, "median_time_to_resolve", 2010 * 60, 8);
  assert_value (kpis, "median_time_to_resolve", 2010);
  assert_counts (kpis, "p90_time_to_resolve", 4320 * 60, 8);
  assert_value (kpis, "p90_time_to_resolve", 4320);

  /* Open at now: 7, 8, 9, 10, 12, 14 and 19 (from October) = 7. Overdue: 7
   * (resolution due Nov 19), 10 (response due 11:15), 14 (resolution due Nov
   * 19), 19 (arrival due Oct 20); not 8 (paused before its deadline passed),
   * 9 (deadlines ahead), 12 (responded; resolution due Nov 25) → 4. */
  assert_counts (kpis, "backlog_open", 7, 7);
  assert_value (kpis, "backlog_open", 7);
  assert_counts (kpis, "overdue_open", 4, 7);
  assert_value (kpis, "overdue_open", 4);

  assert_ids_match (f, kpis);
}

/* Site 2 only: tickets 23 (repair) and 24 (complaint); 25 is from October. */
static void
test_site (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(CtTicketKpis) kpis = compute (f, NOV_START, DEC_START, 2);

  assert_counts (kpis, "tickets_created", 2, 2);
  g_assert_cmpint (ct_ticket_kpis_get_created_by_kind (kpis, "repair"), ==, 1);
  g_assert_cmpint (ct_ticket_kpis_get_created_by_kind (kpis, "complaint"), ==, 1);
  assert_ratio (kpis, "response_on_time_rate", 2, 2);
  assert_ratio (kpis, "repair_on_time_rate", 1, 1);
  assert_ratio (kpis, "complaint_closure_rate", 1, 1);
  assert_ratio (kpis, "complaint_on_time_rate", 1, 1);
  assert_ratio (kpis, "repeat_complaint_rate", 1, 1);
  /* 23 visited, 24 not. */
  assert_ratio (kpis, "return_visit_rate", 1, 2);
  assert_ratio (kpis, "return_visit_rate_repairs", 1, 1);
  assert_ratio (kpis, "return_visit_rate_complaints", 0, 1);
  assert_ratio (kpis, "first_time_fix_rate", 1, 1);
  assert_ratio (kpis, "satisfaction_rate", 1, 1);
  assert_value (kpis, "satisfaction_score", 100.0);
  /* One repair, 360 minutes: mean, median and 90th percentile alike. */
  assert_value (kpis, "mean_time_to_resolve", 360);
  assert_value (kpis, "median_time_to_resolve", 360);
  assert_value (kpis, "p90_time_to_resolve", 360);
  /* Nothing open: a count of 0 is a value, not "—". */
  assert_counts (kpis, "backlog_open", 0, 0);
  assert_value (kpis, "backlog_open", 0);
  assert_value (kpis, "overdue_open", 0);
  assert_ids_match (f, kpis);
}

/* October, wholly before now: open state at to = Nov 1 00:00. */
static void
test_past_period (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(CtTicketKpis) kpis = compute (f, OCT_START, NOV_START, 0);

  g_assert_cmpint (ct_ticket_kpis_get_instant (kpis), ==, NOV_START);
  /* 18, 19 (repairs), 20, 25 (complaints). */
  assert_counts (kpis, "tickets_created", 4, 4);
  assert_ratio (kpis, "response_on_time_rate", 4, 4);
  /* 18 resolved Nov 2 after its Oct 31 deadline; 19 never on site: 0 of 2 is
   * 0 %, a value. */
  assert_ratio (kpis, "repair_on_time_rate", 0, 2);
  assert_value (kpis, "repair_on_time_rate", 0.0);
  assert_ratio (kpis, "complaint_closure_rate", 2, 2);
  assert_ratio (kpis, "complaint_on_time_rate", 2, 2);
  assert_ratio (kpis, "repeat_complaint_rate", 0, 2);
  /* Resolved in October: 20 and 25 (complaints), 20 visited (Oct 20, score 5). */
  assert_ratio (kpis, "return_visit_rate", 1, 2);
  assert_ratio (kpis, "return_visit_rate_repairs", 0, 0);
  assert_no_value (kpis, "return_visit_rate_repairs");
  assert_ratio (kpis, "first_time_fix_rate", 0, 0);
  assert_no_value (kpis, "mean_time_to_resolve");
  assert_no_value (kpis, "median_time_to_resolve");
  assert_no_value (kpis, "p90_time_to_resolve");
  assert_ratio (kpis, "satisfaction_rate", 1, 1);
  /* Open at Nov 1 00:00: 18 (resolved Nov 2) and 19; 20 and 25 were resolved.
   * Both overdue then: 18's resolution was due Oct 31, 19's arrival Oct 20. */
  assert_counts (kpis, "backlog_open", 2, 2);
  assert_counts (kpis, "overdue_open", 2, 2);
  assert_ids (f, kpis, "backlog_open", FALSE, "18 19");
  assert_ids_match (f, kpis);
}

/* January 2025 has no tickets: every ratio is null, never 0 or 100 %. */
static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(CtTicketKpis) kpis = compute (f, 1735660800, 1738339200, 0);
  const char *const *keys = ct_ticket_kpi_keys ();
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *json = ct_ticket_kpis_to_json (kpis, NULL);
  JsonObject *root;

  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  for (guint i = 0; keys[i] != NULL; i++)
    {
      if (ct_ticket_kpi_get_unit (keys[i]) == CT_KPI_UNIT_COUNT)
        {
          assert_value (kpis, keys[i], 0);
          g_assert_cmpint (json_object_get_int_member (root, keys[i]), ==, 0);
          continue;
        }
      assert_no_value (kpis, keys[i]);
      g_assert_true (json_object_get_null_member (root, keys[i]));
    }
  assert_ids_match (f, kpis);
}

static void
test_ids (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(CtTicketKpis) kpis = compute (f, NOV_START, DEC_START, 0);
  g_autoptr(CtTicketKpis) site2 = compute (f, NOV_START, DEC_START, 2);

  assert_ids (f, kpis, "response_on_time_rate", FALSE,
              "1 2 3 4 5 6 7 8 10 11 12 13 14 15 22 23 24");
  assert_ids (f, kpis, "repair_on_time_rate", TRUE, "1 3 5 23");
  assert_ids (f, kpis, "repair_on_time_rate", FALSE, "1 2 3 4 5 6 7 8 23");
  assert_ids (f, kpis, "repeat_complaint_rate", TRUE, "12 24");
  assert_ids (f, kpis, "first_time_fix_rate", TRUE, "1 2 3 5 6 18 23");
  assert_ids (f, kpis, "satisfaction_rate", TRUE, "1 3 11 18 23");
  assert_ids (f, kpis, "median_time_to_resolve", TRUE, "1 2 3 4 5 6 18 23");
  assert_ids (f, kpis, "backlog_open", TRUE, "7 8 9 10 12 14 19");
  assert_ids (f, kpis, "overdue_open", TRUE, "7 10 14 19");
  assert_ids (f, kpis, "overdue_open", FALSE, "7 8 9 10 12 14 19");
  assert_ids (f, site2, "tickets_created", TRUE, "23 24");
  assert_ids (f, site2, "return_visit_rate", TRUE, "23");
}

/* A later "now" moves the open state and what is due, not the period. */
static void
test_now (Fixture       *f,
          gconstpointer  data)
{
  CtKpiPeriod period = { NOV_START, DEC_START, 0, NOV (23, 12, 0) };
  g_autoptr(GError) error = NULL;
  g_autoptr(CtTicketKpis) kpis = ct_ticket_kpis_compute (f->db, &period, &error);

  g_assert_no_error (error);
  /* Nov 23: 9's response is due too (not accepted) → 12 of 18; its arrival
   * and 10's resolution are due (not done) → 4 of 11. */
  assert_ratio (kpis, "response_on_time_rate", 12, 18);
  assert_ratio (kpis, "repair_on_time_rate", 4, 11);
  /* Overdue: 7, 9, 10, 14, 19. */
  assert_counts (kpis, "overdue_open", 5, 7);
}

static void
test_bad_period (Fixture       *f,
                 gconstpointer  data)
{
  CtKpiPeriod period = { NOV_START, NOV_START, 0, 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(CtTicketKpis) kpis = ct_ticket_kpis_compute (f->db, &period, &error);
  g_autoptr(GArray) found = NULL;

  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID);
  g_assert_null (kpis);
  g_clear_error (&error);
  found = ct_ticket_kpi_ids (f->db, &period, "backlog_open", TRUE, &error);
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID);
  g_assert_null (found);
}

static void
test_json (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(CtTicketKpis) kpis = compute (f, NOV_START, DEC_START, 0);
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Asia/Shanghai");
  g_autofree char *json = ct_ticket_kpis_to_json (kpis, tz);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root, *counts;

  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "from"), ==,
                   "2025-11-01T00:00:00+08:00");
  g_assert_cmpstr (json_object_get_string_member (root, "now"), ==,
                   "2025-11-21T12:40:00+08:00");
  g_assert_true (json_object_get_null_member (root, "site_id"));
  g_assert_cmpint (json_object_get_int_member (root, "tickets_created"), ==, 18);
  g_assert_cmpint (json_object_get_int_member (
    json_object_get_object_member (root, "tickets_created_by_kind"), "repair"), ==, 11);
  /* Fractions rounded to four decimals: 12/17 = 0.70588… */
  g_assert_cmpfloat (json_object_get_double_member (root, "response_on_time_rate"), ==, 0.7059);
  g_assert_nonnull (strstr (json, "\"response_on_time_rate\" : 0.7059,"));
  g_assert_cmpfloat (json_object_get_double_member (root, "satisfaction_score"), ==, 80.0);
  g_assert_cmpfloat (json_object_get_double_member (root, "mean_time_to_resolve"), ==, 1927.5);
  g_assert_cmpint (json_object_get_int_member (root, "overdue_open"), ==, 4);
  counts = json_object_get_object_member (root, "counts");
  for (const char *const *key = ct_ticket_kpi_keys (); *key; key++)
    {
      JsonObject *pair = json_object_get_object_member (counts, *key);
      gint64 n, d;

      g_assert_true (json_object_has_member (root, *key));
      ct_ticket_kpis_get_counts (kpis, *key, &n, &d);
      g_assert_cmpint (json_object_get_int_member (pair, "numerator"), ==, n);
      g_assert_cmpint (json_object_get_int_member (pair, "denominator"), ==, d);
    }
}

static void
test_format (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(CtTicketKpis) kpis = compute (f, NOV_START, DEC_START, 0);
  static const struct { const char *key, *text; } expected[] = {
    { "tickets_created", "18" },
    { "response_on_time_rate", "70.6 %" },       /* 12/17 */
    { "first_time_fix_rate", "87.5 %" },         /* 7/8 */
    { "satisfaction_score", "80.0" },
    { "mean_time_to_resolve", "1 d 8 h" },       /* 1927.5 → 1928 min */
    { "p90_time_to_resolve", "3 d 0 h" },        /* 4320 min */
  };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *text = ct_ticket_kpis_format_value (kpis, expected[i].key);

      g_assert_cmpstr (text, ==, expected[i].text);
    }
}

/* Every key has a name and a definition; unknown keys are refused. */
static void
test_keys (void)
{
  const char *const *keys = ct_ticket_kpi_keys ();
  double target = 0;

  g_assert_cmpuint (g_strv_length ((char **) keys), ==, 17);
  g_assert_cmpstr (keys[0], ==, "tickets_created");
  for (guint i = 0; keys[i] != NULL; i++)
    {
      g_assert_true (ct_ticket_kpi_is_key (keys[i]));
      g_assert_cmpuint (strlen (ct_ticket_kpi_name (keys[i])), >, 2);
      g_assert_cmpuint (strlen (ct_ticket_kpi_definition (keys[i])), >, 30);
    }
  g_assert_cmpstr (ct_ticket_kpi_name ("response_on_time_rate"), ==, "Response on time");
  g_assert_false (ct_ticket_kpi_is_key ("tickets_created_by_kind"));
  g_assert_false (ct_ticket_kpi_is_key ("nonsense"));
  g_assert_true (ct_ticket_kpi_target ("return_visit_rate_repairs", &target));
  g_assert_cmpfloat (target, ==, 0.30);
  g_assert_true (ct_ticket_kpi_target ("return_visit_rate_complaints", &target));
  g_assert_cmpfloat (target, ==, 1.0);
  g_assert_false (ct_ticket_kpi_target ("backlog_open", NULL));
}

static void
test_dates (void)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Asia/Shanghai");
  static const char *const bad[] = { "2025-13-01", "2025-02-30", "2025-11-1", "20251101",
                                     "2025-11-01x", "", "next monday" };
  CtKpiPeriod period = { 0 };
  gint64 now = 0;

  g_assert_nonnull (tz);
  g_assert_true (ct_kpi_period_set_dates (&period, tz, "2025-11-01", "2025-12-01", NULL));
  g_assert_cmpint (period.from, ==, NOV_START);
  g_assert_cmpint (period.to, ==, DEC_START);
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (ct_kpi_period_set_dates (&period, tz, bad[i], "2025-12-01", &error));
      g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, "YYYY-MM-DD"));
    }
  g_assert_false (ct_kpi_period_set_dates (&period, tz, "2025-12-01", "2025-12-01", NULL));
  g_assert_false (ct_kpi_period_set_dates (&period, tz, "2025-12-01", "2025-11-01", NULL));
  g_assert_cmpint (period.from, ==, NOV_START);

  g_assert_true (ct_kpi_parse_time (tz, "2025-11-21 12:40", &now, NULL));
  g_assert_cmpint (now, ==, CT_TEST_NOW);
  g_assert_true (ct_kpi_parse_time (tz, "2025-11-21T12:40:30", &now, NULL));
  g_assert_cmpint (now, ==, CT_TEST_NOW + 30);
  g_assert_false (ct_kpi_parse_time (tz, "2025-11-21 24:00", &now, NULL));
  g_assert_false (ct_kpi_parse_time (tz, "2025-11-21", &now, NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/kpi/november", test_november);
  ADD ("/kpi/site", test_site);
  ADD ("/kpi/past-period", test_past_period);
  ADD ("/kpi/empty", test_empty);
  ADD ("/kpi/ids", test_ids);
  ADD ("/kpi/now", test_now);
  ADD ("/kpi/bad-period", test_bad_period);
  ADD ("/kpi/json", test_json);
  ADD ("/kpi/format", test_format);
#undef ADD
  g_test_add_func ("/kpi/keys", test_keys);
  g_test_add_func ("/kpi/dates", test_dates);
  return g_test_run ();
}
