/* ct-sla.c — SLA policies (sla_policies) and the deadlines they give a ticket
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-sla"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "ct-error.h"
#include "ct-sla.h"
#include "ct-ticket.h"
#include "ct-work-calendar-private.h"

struct _CtSlaPolicy
{
  CtRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CtSlaPolicy, ct_sla_policy, CT_TYPE_RECORD)

static const CtField fields[] = {
  { "kind",              CT_FIELD_TEXT,    N_("Ticket type") },
  { "repair_class",      CT_FIELD_TEXT,    N_("Repair class") },
  { "response_target",   CT_FIELD_OPT_INT, N_("Response target") },
  { "response_clock",    CT_FIELD_TEXT,    N_("Response clock") },
  { "arrival_target",    CT_FIELD_OPT_INT, N_("Arrival target") },
  { "arrival_clock",     CT_FIELD_TEXT,    N_("Arrival clock") },
  { "resolution_target", CT_FIELD_OPT_INT, N_("Resolution target") },
  { "resolution_clock",  CT_FIELD_TEXT,    N_("Resolution clock") },
  { "from_appointment",  CT_FIELD_INT,     N_("Count from the appointment") },
};

static const CtTableInfo table = {
  "sla_policies", "sla_policy", "kind, repair_class, id", fields, G_N_ELEMENTS (fields)
};

static const char *const target_fields[] = {
  "response_target", "arrival_target", "resolution_target"
};
static const char *const clock_fields[] = {
  "response_clock", "arrival_clock", "resolution_clock"
};

static const char *
nick_of (const char *field)
{
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (g_str_equal (fields[i].name, field))
      return _(fields[i].nick);
  return field;
}

static gboolean
check_vocabulary (CtRecord  *record,
                  GError   **error)
{
  const char *kind = ct_record_get_string (record, "kind");
  const char *repair_class = ct_record_get_string (record, "repair_class");

  if (!g_strv_contains (ct_ticket_kinds (), kind))
    {
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
                   _("%s: “%s” is not a ticket type."), nick_of ("kind"), kind);
      return FALSE;
    }
  if (*repair_class != '\0' && !g_strv_contains (ct_ticket_repair_classes (), repair_class))
    {
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
                   _("%s: “%s” is not a repair class."), nick_of ("repair_class"), repair_class);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_target (CtRecord    *record,
              guint        target,
              GError     **error)
{
  const char *amount_field = target_fields[target];
  const char *clock_field = clock_fields[target];
  const char *clock = ct_record_get_string (record, clock_field);
  gint64 amount = ct_record_get_int (record, amount_field);

  if (amount < 0)
    {
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
                   _("%s cannot be negative."), nick_of (amount_field));
      return FALSE;
    }
  if (!ct_sla_clock_from_string (clock, NULL))
    {
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
                   _("%s: “%s” is not a clock (24x7, business or workdays)."),
                   nick_of (clock_field), clock);
      return FALSE;
    }
  return TRUE;
}

static gboolean
ct_sla_policy_validate (CtRecord  *record,
                        GError   **error)
{
  if (!ct_record_require_text (record, "kind", error) || !check_vocabulary (record, error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (target_fields); i++)
    if (!check_target (record, i, error))
      return FALSE;
  return TRUE;
}

static char *
ct_sla_policy_dup_label (CtRecord *record)
{
  const char *kind = ct_record_get_string (record, "kind");
  const char *repair_class = ct_record_get_string (record, "repair_class");
  const char *kind_label = ct_ticket_kind_label (kind);
  const char *class_label = ct_ticket_repair_class_label (repair_class);

  if (kind_label == NULL)
    kind_label = kind;
  if (*repair_class == '\0')
    return g_strdup (kind_label);
  /* TRANSLATORS: an SLA policy: ticket type · repair class, "报修 · 急修" */
  return g_strdup_printf (_("%s · %s"), kind_label, class_label ? class_label : repair_class);
}

static void
ct_sla_policy_class_init (CtSlaPolicyClass *klass)
{
  CtRecordClass *record_class = CT_RECORD_CLASS (klass);

  ct_record_class_set_table (record_class, &table);
  record_class->validate = ct_sla_policy_validate;
  record_class->dup_label = ct_sla_policy_dup_label;
}

static void
ct_sla_policy_init (CtSlaPolicy *self)
{
  ct_record_set_string (CT_RECORD (self), "response_clock", "24x7");
  ct_record_set_string (CT_RECORD (self), "arrival_clock", "24x7");
  ct_record_set_string (CT_RECORD (self), "resolution_clock", "24x7");
}

CtSlaPolicy *
ct_sla_find_policy (CtRecordStore *policies,
                    const char    *kind,
                    const char    *repair_class)
{
  GListModel *model;
  guint n;

  g_return_val_if_fail (CT_IS_RECORD_STORE (policies), NULL);
  g_return_val_if_fail (kind != NULL, NULL);

  model = ct_record_store_get_model (policies);
  n = g_list_model_get_n_items (model);
  repair_class = repair_class ? repair_class : "";
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CtRecord) record = g_list_model_get_item (model, i);

      if (CT_IS_SLA_POLICY (record)
          && g_str_equal (ct_record_get_string (record, "kind"), kind)
          && g_str_equal (ct_record_get_string (record, "repair_class"), repair_class))
        return CT_SLA_POLICY (record);
    }
  return NULL;
}

static int
compare_pauses (gconstpointer a,
                gconstpointer b)
{
  const CtSlaPause *x = a;
  const CtSlaPause *y = b;

  return (x->start > y->start) - (x->start < y->start);
}

/* Pushes @deadline by each closed pause that starts before it, by the pause's
 * length on @clock from @base on (time before the clock started is not lost). */
static gint64
apply_pauses (CtWorkCalendar   *calendar,
              CtSlaClock        clock,
              gint64            base,
              gint64            deadline,
              const CtSlaPause *pauses,
              guint             n_pauses)
{
  for (guint i = 0; i < n_pauses && deadline != 0; i++)
    {
      gint64 start = MAX (pauses[i].start, base);
      gint64 length;

      if (pauses[i].end == 0 || pauses[i].end <= start || start >= deadline)
        continue;
      length = ct_work_calendar_seconds_between (calendar, start, pauses[i].end, clock);
      deadline = ct_work_calendar_add_seconds (calendar, deadline, length, clock);
    }
  return deadline;
}

typedef struct
{
  gint64     amount;
  CtSlaClock clock;
} Target;

static gint64
compute_target (CtWorkCalendar   *calendar,
                const Target     *target,
                gboolean          appointment,
                gint64            base,
                const CtSlaPause *pauses,
                guint             n_pauses)
{
  CtSlaClock clock = target->clock;
  gint64 deadline;

  if (target->amount <= 0 && !appointment)
    return 0;
  deadline = target->amount <= 0 ? base
                                 : ct_work_calendar_add (calendar, base, target->amount, clock);
  if (clock == CT_SLA_CLOCK_WORKDAYS)
    clock = CT_SLA_CLOCK_BUSINESS;
  return apply_pauses (calendar, clock, base, deadline, pauses, n_pauses);
}

void
ct_sla_compute (CtWorkCalendar   *calendar,
                CtSlaPolicy      *policy,
                gint64            created_at,
                gint64            appointment_at,
                const CtSlaPause *pauses,
                guint             n_pauses,
                CtSlaDeadlines   *out)
{
  g_autofree CtSlaPause *sorted = NULL;
  CtRecord *record = CT_RECORD (policy);
  gboolean from_appointment;
  gint64 *results[3];

  g_return_if_fail (CT_IS_WORK_CALENDAR (calendar));
  g_return_if_fail (CT_IS_SLA_POLICY (policy));
  g_return_if_fail (n_pauses == 0 || pauses != NULL);
  g_return_if_fail (out != NULL);

  results[0] = &out->response;
  results[1] = &out->arrival;
  results[2] = &out->resolution;
  if (n_pauses > 1)
    {
      sorted = g_memdup2 (pauses, n_pauses * sizeof *pauses);
      qsort (sorted, n_pauses, sizeof *sorted, compare_pauses);
      pauses = sorted;
    }
  from_appointment = appointment_at != 0 && ct_record_get_int (record, "from_appointment") != 0;
  for (guint i = 0; i < G_N_ELEMENTS (target_fields); i++)
    {
      /* Arrival and resolution of appointment repairs count from the appointment. */
      gboolean appointment = i > 0 && from_appointment;
      Target target = { ct_record_get_int (record, target_fields[i]), CT_SLA_CLOCK_24X7 };

      ct_sla_clock_from_string (ct_record_get_string (record, clock_fields[i]), &target.clock);
      *results[i] = compute_target (calendar, &target, appointment,
                                    appointment ? appointment_at : created_at, pauses, n_pauses);
    }
}
