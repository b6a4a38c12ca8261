/* ct-maintenance-rule.c — repeat rules of maintenance plans (iCalendar RRULE)
 *
 * Expansion is libical's, on all-day dates counted from the plan's start.
 * RFC 5545 skips a date that a month lacks: "FREQ=MONTHLY" from 31 January
 * gives 31 January, 31 March, 31 May … That surprises a property manager, so
 * for a plain rule (FREQ and INTERVAL only, as the plan dialog offers) started
 * on the 29th–31st the expansion asks libical for the start's day or, in a
 * shorter month, the month's last day (BYMONTHDAY=d,-1;BYSETPOS=1): 31 January,
 * 28 February, 31 March, 30 April … and yearly from 29 February falls on
 * 28 February in common years. A rule that names its days itself
 * ("FREQ=MONTHLY;BYMONTHDAY=31") keeps the RFC meaning: months without a 31st
 * are skipped.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-maintenance"

#include "config.h"

#include <glib/gi18n.h>
#include <libical/ical.h>
#include <string.h>

#include "ct-error.h"
#include "ct-maintenance-private.h"

/* Iterations of libical's iterator one expansion may take at most. */
#define MAX_STEPS 100000

typedef struct
{
  const char                   *rrule;
  const char                   *label;   /* N_() */
  icalrecurrencetype_frequency  freq;
  int                           interval;
} CommonRule;

static const CommonRule common_rules[] = {
  { "FREQ=MONTHLY",            N_("Monthly"),        ICAL_MONTHLY_RECURRENCE, 1 },
  { "FREQ=MONTHLY;INTERVAL=2", N_("Every 2 months"), ICAL_MONTHLY_RECURRENCE, 2 },
  { "FREQ=MONTHLY;INTERVAL=3", N_("Quarterly"),      ICAL_MONTHLY_RECURRENCE, 3 },
  { "FREQ=MONTHLY;INTERVAL=6", N_("Half-yearly"),    ICAL_MONTHLY_RECURRENCE, 6 },
  { "FREQ=YEARLY",             N_("Yearly"),         ICAL_YEARLY_RECURRENCE,  1 },
  { "FREQ=WEEKLY",             N_("Weekly"),         ICAL_WEEKLY_RECURRENCE,  1 },
  { "FREQ=WEEKLY;INTERVAL=2",  N_("Every 2 weeks"),  ICAL_WEEKLY_RECURRENCE,  2 },
};

static gboolean
parse_date (const char  *text,
            GDate       *date,
            GError     **error)
{
  if (ct_maintenance_parse_date (text, date))
    return TRUE;
  g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
               _("“%s” is not a date like 2024-03-05."), text ? text : "");
  return FALSE;
}

static struct icaltimetype
to_ical (const GDate *date)
{
  struct icaltimetype t = icaltime_null_date ();

  /* icaltime_null_date () leaves the time at -1, which moves the day back. */
  t.hour = t.minute = t.second = 0;
  t.year = g_date_get_year (date);
  t.month = g_date_get_month (date);
  t.day = g_date_get_day (date);
  return t;
}

/* libical reports errors through a global errno; it must never abort. */
static gboolean
parse_rule (const char                 *rrule,
            struct icalrecurrencetype  *rule)
{
  static gsize initialized;

  if (g_once_init_enter (&initialized))
    {
      icalerror_set_errors_are_fatal (0);
      g_once_init_leave (&initialized, 1);
    }
  if (rrule == NULL || *rrule == '\0')
    return FALSE;
  *rule = icalrecurrencetype_from_string (rrule);
  icalerror_clear_errno ();
  return rule->freq != ICAL_NO_RECURRENCE;
}

/* TRUE when @rrule has no other parts than FREQ, INTERVAL and WKST. */
static gboolean
is_plain (const char *rrule)
{
  g_auto(GStrv) parts = g_strsplit (rrule, ";", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    if (g_ascii_strncasecmp (parts[i], "FREQ=", 5) != 0
        && g_ascii_strncasecmp (parts[i], "INTERVAL=", 9) != 0
        && g_ascii_strncasecmp (parts[i], "WKST=", 5) != 0)
      return FALSE;
  return TRUE;
}

/* The rule libical expands: see the top of this file. */
static char *
effective_rule (const char                      *rrule,
                const struct icalrecurrencetype *rule,
                const GDate                     *start)
{
  int day = g_date_get_day (start);

  if (day <= 28 || !is_plain (rrule))
    return g_strdup (rrule);
  if (rule->freq == ICAL_MONTHLY_RECURRENCE)
    return g_strdup_printf ("%s;BYMONTHDAY=%d,-1;BYSETPOS=1", rrule, day);
  if (rule->freq == ICAL_YEARLY_RECURRENCE && g_date_get_month (start) == G_DATE_FEBRUARY)
    return g_strdup_printf ("%s;BYMONTH=2;BYMONTHDAY=%d,-1;BYSETPOS=1", rrule, day);
  return g_strdup (rrule);
}

static void
expand_libical (const char                      *rrule,
                const struct icalrecurrencetype *parsed,
                const GDate                     *start,
                const GDate                     *from,
                const GDate                     *to,
                guint                            max,
                GPtrArray                       *out)
{
  g_autofree char *effective = effective_rule (rrule, parsed, start);
  struct icalrecurrencetype rule;
  icalrecur_iterator *it;

  if (!parse_rule (effective, &rule) || !(it = icalrecur_iterator_new (rule, to_ical (start))))
    return;
  /* Jump ahead rather than walk years of past occurrences (not with COUNT). */
  if (g_date_compare (from, start) > 0 && rule.count == 0)
    icalrecur_iterator_set_start (it, to_ical (from));
  for (guint steps = 0; steps < MAX_STEPS && out->len < max; steps++)
    {
      struct icaltimetype t = icalrecur_iterator_next (it);
      GDate date;

      if (icaltime_is_null_time (t) || !g_date_valid_dmy (t.day, t.month, t.year))
        break;
      g_date_clear (&date, 1);
      g_date_set_dmy (&date, t.day, t.month, t.year);
      if (!ct_maintenance_collect (&date, from, to, out))
        break;
    }
  icalrecur_iterator_free (it);
  icalerror_clear_errno ();
}

static CtRepeatUnit
unit_of (icalrecurrencetype_frequency freq)
{
  switch (freq)
    {
    case ICAL_DAILY_RECURRENCE:   return CT_REPEAT_DAY;
    case ICAL_WEEKLY_RECURRENCE:  return CT_REPEAT_WEEK;
    case ICAL_MONTHLY_RECURRENCE: return CT_REPEAT_MONTH;
    case ICAL_YEARLY_RECURRENCE:  return CT_REPEAT_YEAR;
    case ICAL_SECONDLY_RECURRENCE:
    case ICAL_MINUTELY_RECURRENCE:
    case ICAL_HOURLY_RECURRENCE:
    case ICAL_NO_RECURRENCE:
    default:
      g_return_val_if_reached (CT_REPEAT_DAY);
    }
}

/* Appends to @out the occurrences of @rrule counted from @start that fall in
 * [@from, @to] (@to NULL: no end), at most @max of them. */
static void
expand (const char  *rrule,
        const GDate *start,
        const GDate *from,
        const GDate *to,
        guint        max,
        gboolean     plain_ok,
        GPtrArray   *out)
{
  struct icalrecurrencetype rule;

  if (!parse_rule (rrule, &rule))
    return;
  if (plain_ok && is_plain (rrule) && rule.interval > 0
      && (rule.freq == ICAL_DAILY_RECURRENCE || rule.freq == ICAL_WEEKLY_RECURRENCE
          || rule.freq == ICAL_MONTHLY_RECURRENCE || rule.freq == ICAL_YEARLY_RECURRENCE))
    ct_maintenance_expand_plain (unit_of (rule.freq), rule.interval, start, from, to, max, out);
  else
    expand_libical (rrule, &rule, start, from, to, max, out);
}

GPtrArray *
ct_maintenance_expand_with_libical (const char *rrule,
                                    const char *dtstart,
                                    const char *from,
                                    const char *to)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);
  GDate start, first, last;

  if (ct_maintenance_parse_date (dtstart, &start) && ct_maintenance_parse_date (from, &first)
      && ct_maintenance_parse_date (to, &last))
    expand (rrule, &start, &first, &last, G_MAXUINT, FALSE, out);
  return out;
}

const char *const *
ct_maintenance_common_rules (void)
{
  static const char *pairs[G_N_ELEMENTS (common_rules) * 2 + 1];
  static gsize filled;

  if (g_once_init_enter (&filled))
    {
      for (guint i = 0; i < G_N_ELEMENTS (common_rules); i++)
        {
          pairs[i * 2] = common_rules[i].rrule;
          pairs[i * 2 + 1] = _(common_rules[i].label);
        }
      g_once_init_leave (&filled, 1);
    }
  return pairs;
}

static char *
describe_plain (icalrecurrencetype_frequency freq,
                guint                        n)
{
  for (guint i = 0; i < G_N_ELEMENTS (common_rules); i++)
    if (common_rules[i].freq == freq && common_rules[i].interval == (int) n)
      return g_strdup (_(common_rules[i].label));
  switch (freq)
    {
    case ICAL_DAILY_RECURRENCE:
      return n == 1 ? g_strdup (_("Daily"))
                    : g_strdup_printf (ngettext ("Every %u day", "Every %u days", n), n);
    case ICAL_WEEKLY_RECURRENCE:
      return g_strdup_printf (ngettext ("Every %u week", "Every %u weeks", n), n);
    case ICAL_MONTHLY_RECURRENCE:
      return g_strdup_printf (ngettext ("Every %u month", "Every %u months", n), n);
    case ICAL_YEARLY_RECURRENCE:
      return g_strdup_printf (ngettext ("Every %u year", "Every %u years", n), n);
    case ICAL_SECONDLY_RECURRENCE:
    case ICAL_MINUTELY_RECURRENCE:
    case ICAL_HOURLY_RECURRENCE:
    case ICAL_NO_RECURRENCE:
    default:
      return NULL;
    }
}

char *
ct_maintenance_describe_rule (const char *rrule)
{
  struct icalrecurrencetype rule;
  char *text = NULL;

  if (rrule == NULL)
    return g_strdup ("");
  if (parse_rule (rrule, &rule) && is_plain (rrule) && rule.interval > 0)
    text = describe_plain (rule.freq, (guint) rule.interval);
  return text ? text : g_strdup (rrule);
}

static gboolean
rule_error (GError **error,
            char    *message)
{
  g_set_error_literal (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID, message);
  g_free (message);
  return FALSE;
}

/* The checks that need no expansion: a rule libical reads, daily or slower. */
static gboolean
check_syntax (const char  *rrule,
              GError     **error)
{
  struct icalrecurrencetype rule;

  if (rrule == NULL || *rrule == '\0')
    return rule_error (error, g_strdup (_("Say how often the plan repeats, e.g. FREQ=MONTHLY "
                                          "or FREQ=MONTHLY;INTERVAL=3 for quarterly.")));
  if (!parse_rule (rrule, &rule))
    return rule_error (error, g_strdup_printf (_("“%s” is not a repeat rule (iCalendar RRULE): "
                                                 "write it like FREQ=MONTHLY or "
                                                 "FREQ=MONTHLY;INTERVAL=3."), rrule));
  if (rule.freq == ICAL_SECONDLY_RECURRENCE || rule.freq == ICAL_MINUTELY_RECURRENCE
      || rule.freq == ICAL_HOURLY_RECURRENCE)
    return rule_error (error, g_strdup_printf (_("“%s” repeats more often than daily: "
                                                 "maintenance is planned in days (FREQ=DAILY, "
                                                 "WEEKLY, MONTHLY or YEARLY)."), rrule));
  return TRUE;
}

gboolean
ct_maintenance_check_rule (const char  *rrule,
                           GError     **error)
{
  g_autoptr(GPtrArray) first = NULL;
  GDate start;

  if (!check_syntax (rrule, error))
    return FALSE;
  first = g_ptr_array_new_with_free_func (g_free);
  g_date_clear (&start, 1);
  g_date_set_dmy (&start, 1, G_DATE_JANUARY, 2000);
  expand (rrule, &start, &start, NULL, 1, TRUE, first);
  if (first->len == 0)
    return rule_error (error, g_strdup_printf (_("“%s” never falls on a date: check its month "
                                                 "and day parts."), rrule));
  return TRUE;
}

GPtrArray *
ct_maintenance_occurrences (const char  *rrule,
                            const char  *dtstart,
                            const char  *from,
                            const char  *to,
                            GError     **error)
{
  GPtrArray *out;
  GDate start, first, last;

  if (!check_syntax (rrule, error) || !parse_date (dtstart, &start, error)
      || !parse_date (from, &first, error) || !parse_date (to, &last, error))
    return NULL;
  out = g_ptr_array_new_with_free_func (g_free);
  if (g_date_compare (&first, &start) < 0)
    first = start;
  if (g_date_compare (&first, &last) <= 0)
    expand (rrule, &start, &first, &last, G_MAXUINT, TRUE, out);
  return out;
}

char *
ct_maintenance_next_after (const char  *rrule,
                           const char  *dtstart,
                           GError     **error)
{
  g_autoptr(GPtrArray) next = NULL;
  GDate start, after;

  if (!check_syntax (rrule, error) || !parse_date (dtstart, &start, error))
    return NULL;
  next = g_ptr_array_new_with_free_func (g_free);
  after = start;
  g_date_add_days (&after, 1);
  expand (rrule, &start, &after, NULL, 1, TRUE, next);
  return next->len > 0 ? g_strdup (g_ptr_array_index (next, 0)) : NULL;
}

char *
ct_maintenance_first_from (const char *rrule,
                           const char *dtstart,
                           const char *from)
{
  g_autoptr(GPtrArray) first = g_ptr_array_new_with_free_func (g_free);
  GDate start, after;

  if (!ct_maintenance_parse_date (dtstart, &start) || !ct_maintenance_parse_date (from, &after))
    return NULL;
  if (g_date_compare (&after, &start) < 0)
    after = start;
  expand (rrule, &start, &after, NULL, 1, TRUE, first);
  return first->len > 0 ? g_strdup (g_ptr_array_index (first, 0)) : NULL;
}
