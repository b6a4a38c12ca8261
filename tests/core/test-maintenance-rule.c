/* test-maintenance-rule.c — repeat rules of maintenance plans: expansion
 * from a start date, month ends (RFC 5545 and the plain rules), the plain
 * rules' arithmetic against libical, checks, descriptions, vocabularies
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "ct-error.h"
#include "ct-maintenance-private.h"

static void
assert_dates (GPtrArray  *dates,
              const char *expected)
{
  g_autofree char *joined = NULL;

  g_ptr_array_add (dates, NULL);
  joined = g_strjoinv (" ", (char **) dates->pdata);
  g_ptr_array_remove_index (dates, dates->len - 1);
  g_assert_cmpstr (joined, ==, expected);
}

static GPtrArray *
occurrences (const char *rrule,
             const char *start,
             const char *from,
             const char *to)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *dates = ct_maintenance_occurrences (rrule, start, from, to, &error);

  g_assert_no_error (error);
  return dates;
}

/* The occurrences of @rrule from @start in [@from, @to] are @expected. */
static void
check_occurrences (const char *rrule,
                   const char *start,
                   const char *from,
                   const char *to,
                   const char *expected)
{
  g_autoptr(GPtrArray) dates = occurrences (rrule, start, from, to);

  assert_dates (dates, expected);
}

static void
test_rule_expand (void)
{
  check_occurrences ("FREQ=MONTHLY", "2025-01-15", "2025-01-01", "2025-06-30",
                     "2025-01-15 2025-02-15 2025-03-15 2025-04-15 2025-05-15 2025-06-15");
  /* Counted from the start, not from @from: January, April, July, October. */
  check_occurrences ("FREQ=MONTHLY;INTERVAL=3", "2025-01-15", "2025-03-01", "2026-01-31",
                     "2025-04-15 2025-07-15 2025-10-15 2026-01-15");
  check_occurrences ("FREQ=WEEKLY;INTERVAL=2", "2025-11-05", "2025-11-06", "2025-12-31",
                     "2025-11-19 2025-12-03 2025-12-17 2025-12-31");
  check_occurrences ("FREQ=MONTHLY", "2025-06-01", "2025-01-01", "2025-05-31", "");
  check_occurrences ("FREQ=MONTHLY;COUNT=3", "2025-01-15", "2025-02-01", "2025-12-31",
                     "2025-02-15 2025-03-15");
}

/* RFC 5545 skips the months a day does not exist in; Caretaker moves a
 * plain rule to the month's last day instead (see ct-maintenance-rule.c). */
static void
test_rule_month_end (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *after_31 = ct_maintenance_next_after ("FREQ=MONTHLY", "2026-01-31", &error);
  g_autofree char *after_early = ct_maintenance_next_after ("FREQ=MONTHLY", "2026-03-02",
                                                            &error);
  g_autofree char *after_end = ct_maintenance_next_after ("FREQ=MONTHLY;UNTIL=20260401",
                                                          "2026-03-02", &error);

  check_occurrences ("FREQ=MONTHLY", "2026-01-31", "2026-01-01", "2026-05-31",
                     "2026-01-31 2026-02-28 2026-03-31 2026-04-30 2026-05-31");
  check_occurrences ("FREQ=MONTHLY;INTERVAL=1", "2026-01-30", "2026-01-01", "2026-04-30",
                     "2026-01-30 2026-02-28 2026-03-30 2026-04-30");
  check_occurrences ("FREQ=MONTHLY;BYMONTHDAY=31", "2026-01-31", "2026-01-01", "2026-05-31",
                     "2026-01-31 2026-03-31 2026-05-31");
  check_occurrences ("FREQ=YEARLY", "2024-02-29", "2024-01-01", "2028-12-31",
                     "2024-02-29 2025-02-28 2026-02-28 2027-02-28 2028-02-29");
  g_assert_no_error (error);
  g_assert_cmpstr (after_31, ==, "2026-02-28");
  g_assert_cmpstr (after_early, ==, "2026-04-02");
  /* The rule ended: no next date, and no error. */
  g_assert_null (after_end);
}

/* The plain rules are expanded by date arithmetic: the same dates as
 * libical, from the start and from a later day, month ends included. */
static void
test_rule_plain (void)
{
  static const char *const rules[] = {
    "FREQ=DAILY;INTERVAL=3", "FREQ=WEEKLY", "FREQ=WEEKLY;INTERVAL=2", "FREQ=MONTHLY",
    "FREQ=MONTHLY;INTERVAL=2", "FREQ=MONTHLY;INTERVAL=3", "FREQ=MONTHLY;INTERVAL=6",
    "FREQ=YEARLY", "freq=monthly;interval=5", "FREQ=YEARLY;INTERVAL=2",
  };
  static const char *const starts[] = {
    "2024-01-31", "2024-02-29", "2025-01-15", "2025-08-30", "2025-12-31", "2026-03-29",
  };
  static const char *const froms[] = { "2020-01-01", "2026-05-01", "2027-02-28" };

  for (guint r = 0; r < G_N_ELEMENTS (rules); r++)
    for (guint s = 0; s < G_N_ELEMENTS (starts); s++)
      for (guint i = 0; i < G_N_ELEMENTS (froms); i++)
        {
          g_autoptr(GPtrArray) fast = occurrences (rules[r], starts[s], froms[i], "2029-12-31");
          g_autoptr(GPtrArray) slow = ct_maintenance_expand_with_libical (rules[r], starts[s],
                                                                          froms[i],
                                                                          "2029-12-31");

          g_assert_cmpuint (fast->len, >, 0);
          g_assert_cmpuint (fast->len, ==, slow->len);
          for (guint k = 0; k < fast->len; k++)
            g_assert_cmpstr (g_ptr_array_index (fast, k), ==, g_ptr_array_index (slow, k));
        }
}

static void
assert_bad_rule (const char *rrule,
                 const char *needle)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (ct_maintenance_check_rule (rrule, &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, needle));
}

static void
test_rule_check (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) none = NULL;
  const char *const *common = ct_maintenance_common_rules ();
  g_autofree char *every_4 = ct_maintenance_describe_rule ("FREQ=MONTHLY;INTERVAL=4");
  g_autofree char *quarterly = ct_maintenance_describe_rule ("FREQ=MONTHLY;INTERVAL=3");
  g_autofree char *daily = ct_maintenance_describe_rule ("FREQ=DAILY");
  g_autofree char *mondays = ct_maintenance_describe_rule ("FREQ=WEEKLY;BYDAY=MO");

  for (guint i = 0; common[i] != NULL; i += 2)
    {
      g_autofree char *label = ct_maintenance_describe_rule (common[i]);

      g_assert_true (ct_maintenance_check_rule (common[i], &error));
      g_assert_no_error (error);
      g_assert_cmpstr (label, ==, common[i + 1]);
    }
  g_assert_cmpuint (g_strv_length ((char **) common), ==, 14);
  g_assert_cmpstr (common[0], ==, "FREQ=MONTHLY");
  g_assert_cmpstr (common[7], ==, "Half-yearly");
  g_assert_cmpstr (every_4, ==, "Every 4 months");
  g_assert_cmpstr (quarterly, ==, "Quarterly");
  g_assert_cmpstr (daily, ==, "Daily");
  g_assert_cmpstr (mondays, ==, "FREQ=WEEKLY;BYDAY=MO");

  assert_bad_rule ("", "FREQ=MONTHLY");
  assert_bad_rule ("monthly", "“monthly” is not a repeat rule");
  assert_bad_rule ("RRULE:FREQ=MONTHLY", "is not a repeat rule");
  assert_bad_rule ("FREQ=HOURLY", "more often than daily");
  assert_bad_rule ("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", "never falls on a date");
  none = ct_maintenance_occurrences ("FREQ=MONTHLY", "2025-02-30", "2025-01-01", "2025-12-31",
                                     &error);
  g_assert_null (none);
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "2025-02-30"));

  g_assert_cmpstr (ct_maintenance_basis_from_text ("按完成日"), ==, "completion");
  g_assert_cmpstr (ct_maintenance_basis_from_text ("schedule"), ==, "schedule");
  g_assert_cmpstr (ct_maintenance_record_kind_from_text ("维修"), ==, "corrective");
  g_assert_cmpstr (ct_maintenance_record_kind_label ("inspection"), ==, "Inspection");
  g_assert_cmpstr (ct_maintenance_task_status_label ("skipped"), ==, "Skipped");
  g_assert_null (ct_maintenance_record_kind_from_text ("保险"));
  g_assert_cmpuint (g_strv_length ((char **) ct_maintenance_bases ()), ==, 2);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/maintenance/rule/expand", test_rule_expand);
  g_test_add_func ("/maintenance/rule/month-end", test_rule_month_end);
  g_test_add_func ("/maintenance/rule/plain", test_rule_plain);
  g_test_add_func ("/maintenance/rule/check", test_rule_check);
  return g_test_run ();
}
