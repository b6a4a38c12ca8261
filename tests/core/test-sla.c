/* test-sla.c — SLA policies and the deadlines they give (DESIGN.md defaults)
 *
 * Calendar: Monday–Friday 08:30–12:00, 13:30–18:00 in Asia/Shanghai, with the
 * real 2026 Spring Festival: 02-15..02-23 holidays, 02-14 and 02-28 (Saturdays)
 * make-up workdays. 2026-01-05 is a Monday, 2026-02-13 a Friday.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ct-error.h"
#include "ct-sla.h"
#include "ct-test-util.h"

typedef struct
{
  CtTestFixture  base;
  GTimeZone     *tz;
  CtWorkCalendar *cal;
  CtRecordStore *policies;
} Fixture;

/* @instant in @tz, or "none" for 0 (no deadline). */
static char *
show (GTimeZone *tz,
      gint64     instant)
{
  if (instant == 0)
    return g_strdup ("none");
  return ct_test_show (tz, instant);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  ct_test_fixture_set_up (&f->base, "ct-sla-XXXXXX", "sla.db");
  ct_test_fixture_open_organisation (&f->base);
  f->cal = ct_work_calendar_load (f->base.db, 0, &error);
  g_assert_no_error (error);
  f->tz = g_time_zone_ref (ct_work_calendar_get_timezone (f->cal));
  ct_test_add_spring_festival (f->cal);
  f->policies = ct_record_store_new (f->base.db, CT_TYPE_SLA_POLICY);
  g_assert_true (ct_record_store_reload (f->policies, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->policies);
  g_clear_object (&f->cal);
  g_clear_pointer (&f->tz, g_time_zone_unref);
  ct_test_fixture_tear_down (&f->base);
}

/* Computes and compares the three deadlines as local "YYYY-MM-DD HH:MM"
 * ("none" for no deadline). */
static void
assert_deadlines (Fixture          *f,
                  const char       *kind,
                  const char       *repair_class,
                  const char       *created,
                  const char       *appointment,
                  const CtSlaPause *pauses,
                  guint             n_pauses,
                  const char       *response,
                  const char       *arrival,
                  const char       *resolution)
{
  CtSlaPolicy *policy = ct_sla_find_policy (f->policies, kind, repair_class);
  CtSlaDeadlines out = { 1, 1, 1 };
  g_autofree char *got_response = NULL;
  g_autofree char *got_arrival = NULL;
  g_autofree char *got_resolution = NULL;

  g_assert_nonnull (policy);
  ct_sla_compute (f->cal, policy, ct_test_at (f->tz, created),
                  appointment ? ct_test_at (f->tz, appointment) : 0, pauses, n_pauses, &out);
  got_response = show (f->tz, out.response);
  got_arrival = show (f->tz, out.arrival);
  got_resolution = show (f->tz, out.resolution);
  g_assert_cmpstr (got_response, ==, response);
  g_assert_cmpstr (got_arrival, ==, arrival);
  g_assert_cmpstr (got_resolution, ==, resolution);
}

static void
test_policies (Fixture       *f,
               gconstpointer  data)
{
  CtSlaPolicy *policy = ct_sla_find_policy (f->policies, "repair", "emergency");
  g_autofree char *label = NULL;
  g_autoptr(CtRecord) copy = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (ct_record_store_count (f->policies), ==, 7);
  g_assert_nonnull (policy);
  g_assert_null (ct_sla_find_policy (f->policies, "repair", ""));
  g_assert_nonnull (ct_sla_find_policy (f->policies, "complaint", NULL));
  label = ct_record_dup_label (CT_RECORD (policy));
  g_assert_cmpstr (label, ==, "Repair · Emergency");
  g_assert_cmpint (ct_record_get_int (CT_RECORD (policy), "resolution_target"), ==, 720);

  copy = ct_record_copy (CT_RECORD (policy));
  ct_record_set_int (copy, "arrival_target", -5);
  g_assert_false (ct_record_validate (copy, &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  ct_record_set_int (copy, "arrival_target", 45);
  ct_record_set_string (copy, "arrival_clock", "weekly");
  g_assert_false (ct_record_validate (copy, &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  ct_record_set_string (copy, "arrival_clock", "business");
  g_assert_true (ct_record_store_update (f->policies, copy, "李强", &error));
  g_assert_no_error (error);
  policy = ct_sla_find_policy (f->policies, "repair", "emergency");
  g_assert_cmpint (ct_record_get_int (CT_RECORD (policy), "arrival_target"), ==, 45);
  g_assert_cmpstr (ct_record_get_string (CT_RECORD (policy), "arrival_clock"), ==, "business");
}

static void
test_emergency (Fixture       *f,
                gconstpointer  data)
{
  /* 15 / 30 / 720 minutes on the 24×7 clock. */
  assert_deadlines (f, "repair", "emergency", "2026-01-05 10:00", NULL, NULL, 0,
                    "2026-01-05 10:15", "2026-01-05 10:30", "2026-01-05 22:00");
  /* Saturday night: the clock does not stop for weekends or nights. */
  assert_deadlines (f, "repair", "emergency", "2026-01-10 23:50", NULL, NULL, 0,
                    "2026-01-11 00:05", "2026-01-11 00:20", "2026-01-11 11:50");
}

static void
test_routine_and_others (Fixture       *f,
                         gconstpointer  data)
{
  /* Routine: no arrival target, resolution 24 h. */
  assert_deadlines (f, "repair", "routine", "2026-01-05 10:00", NULL, NULL, 0,
                    "2026-01-05 10:15", "none", "2026-01-06 10:00");
  /* Praise: a response within a day, nothing else. */
  assert_deadlines (f, "praise", "", "2026-01-05 10:00", NULL, NULL, 0,
                    "2026-01-06 10:00", "none", "none");
  /* Suggestion: 7 working days = 3360 business minutes from Fri 01-09 17:00:
   * Fri 60; Mon 12 – Fri 16: 2400 (2460); Mon 19: 480 (2940); Tue 20 needs
   * 420: 210 in the morning, 13:30 + 210 = 17:00. */
  assert_deadlines (f, "suggestion", "", "2026-01-09 17:00", NULL, NULL, 0,
                    "2026-01-10 17:00", "none", "2026-01-20 17:00");
}

static void
test_complaint_spring_festival (Fixture       *f,
                                gconstpointer  data)
{
  /* Response 2 h and owner contacted in 12 h, 24×7; resolution 3 working
   * days = 1440 business minutes: Fri 02-13 10:00–18:00 = 390; make-up Sat
   * 02-14 = 480 (870); 02-15..02-23 春节; Tue 02-24 = 480 (1350); Wed 02-25
   * 08:30 + 90 = 10:00. */
  assert_deadlines (f, "complaint", "", "2026-02-13 10:00", NULL, NULL, 0,
                    "2026-02-13 12:00", "2026-02-13 22:00", "2026-02-25 10:00");
}

static void
test_appointment (Fixture       *f,
                  gconstpointer  data)
{
  const CtSlaPause before[] = {
    { ct_test_at (f->tz, "2026-01-05 11:00"), ct_test_at (f->tz, "2026-01-06 11:00") },
  };

  /* Arrival exactly at the appointment, resolution 24 h after it; the
   * response still counts from creation. */
  assert_deadlines (f, "repair", "appointment", "2026-01-05 10:00", "2026-01-07 15:00", NULL, 0,
                    "2026-01-05 10:15", "2026-01-07 15:00", "2026-01-08 15:00");
  /* A pause before the appointment does not move what counts from it, and
   * starts after the response deadline. */
  assert_deadlines (f, "repair", "appointment", "2026-01-05 10:00", "2026-01-07 15:00",
                    before, 1,
                    "2026-01-05 10:15", "2026-01-07 15:00", "2026-01-08 15:00");
  /* No appointment time: no arrival deadline, resolution from creation. */
  assert_deadlines (f, "repair", "appointment", "2026-01-05 10:00", NULL, NULL, 0,
                    "2026-01-05 10:15", "none", "2026-01-06 10:00");
}

static void
test_pause_business (Fixture       *f,
                     gconstpointer  data)
{
  /* Complaint on Mon 01-05 10:00: resolution 1440 business minutes: Mon 390,
   * Tue 480 (870), Wed 480 (1350), Thu 08:30 + 90 = 10:00. Paused Mon 17:00 →
   * Tue 09:00: 60 + 30 = 90 business minutes → Thu 11:30. The arrival
   * (12 h 24×7, 22:00) is pushed by 16 wall-clock hours → Tue 14:00. The
   * response (12:00) came before the pause and stays. */
  const CtSlaPause pauses[] = {
    { ct_test_at (f->tz, "2026-01-05 17:00"), ct_test_at (f->tz, "2026-01-06 09:00") },
  };

  assert_deadlines (f, "complaint", "", "2026-01-05 10:00", NULL, NULL, 0,
                    "2026-01-05 12:00", "2026-01-05 22:00", "2026-01-08 10:00");
  assert_deadlines (f, "complaint", "", "2026-01-05 10:00", NULL, pauses, 1,
                    "2026-01-05 12:00", "2026-01-06 14:00", "2026-01-08 11:30");
}

static void
test_pause_24x7 (Fixture       *f,
                 gconstpointer  data)
{
  /* Emergency on Mon 01-05 20:00: resolution Tue 08:00. Pauses, given out
   * of order, handled in time order against the deadline as it moves:
   *   A Mon 23:00–Tue 01:30: +150 min → Tue 10:30;
   *   C Tue 10:20–10:40, starts before 10:30: +20 → 10:50;
   *   B Tue 10:40–10:50, starts before 10:50: +10 → 11:00;
   *   D Tue 10:55, still open: ignored;
   *   E Tue 11:30–12:00, after the deadline: ignored.
   * Response 20:15 and arrival 20:30 come before every pause. */
  const CtSlaPause pauses[] = {
    { ct_test_at (f->tz, "2026-01-06 10:40"), ct_test_at (f->tz, "2026-01-06 10:50") },
    { ct_test_at (f->tz, "2026-01-06 11:30"), ct_test_at (f->tz, "2026-01-06 12:00") },
    { ct_test_at (f->tz, "2026-01-06 10:55"), 0 },
    { ct_test_at (f->tz, "2026-01-05 23:00"), ct_test_at (f->tz, "2026-01-06 01:30") },
    { ct_test_at (f->tz, "2026-01-06 10:20"), ct_test_at (f->tz, "2026-01-06 10:40") },
  };

  assert_deadlines (f, "repair", "emergency", "2026-01-05 20:00", NULL, pauses,
                    G_N_ELEMENTS (pauses),
                    "2026-01-05 20:15", "2026-01-05 20:30", "2026-01-06 11:00");
}

static void
test_many (Fixture       *f,
           gconstpointer  data)
{
  CtSlaPolicy *complaint = ct_sla_find_policy (f->policies, "complaint", "");
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  gint64 start = ct_test_at (f->tz, "2026-01-01 00:00");

  /* 20,000 complaints over a year: every resolution deadline is 1440
   * business minutes after creation, and never before it. */
  for (guint i = 0; i < 20000; i++)
    {
      gint64 created = start + g_rand_int_range (rand, 0, 365 * 86400);
      CtSlaDeadlines out;

      ct_sla_compute (f->cal, complaint, created, 0, NULL, 0, &out);
      g_assert_cmpint (out.resolution, >, created);
      g_assert_cmpint (ct_work_calendar_minutes_between (f->cal, created, out.resolution,
                                                         CT_SLA_CLOCK_BUSINESS), ==, 1440);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/sla/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("policies", test_policies);
  ADD ("emergency", test_emergency);
  ADD ("routine-and-others", test_routine_and_others);
  ADD ("complaint-spring-festival", test_complaint_spring_festival);
  ADD ("appointment", test_appointment);
  ADD ("pause-business", test_pause_business);
  ADD ("pause-24x7", test_pause_24x7);
  ADD ("many", test_many);
#undef ADD
  return g_test_run ();
}
