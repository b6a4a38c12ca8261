/* ct-ticket.c — the ticket record, its vocabularies and its SLA state
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-ticket"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-ticket.h"
#include "ct-vocab.h"

struct _CtTicket
{
  CtRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CtTicket, ct_ticket, CT_TYPE_RECORD)

static const CtField fields[] = {
  { "code",              CT_FIELD_TEXT,    N_("Ticket number") },
  { "kind",              CT_FIELD_TEXT,    N_("Kind") },
  { "repair_class",      CT_FIELD_TEXT,    N_("Repair class") },
  { "category",          CT_FIELD_TEXT,    N_("Category") },
  { "channel",           CT_FIELD_TEXT,    N_("Channel") },
  { "site_id",           CT_FIELD_REF,     N_("Site") },
  { "building_id",       CT_FIELD_REF,     N_("Building") },
  { "unit_id",           CT_FIELD_REF,     N_("Unit") },
  { "address",           CT_FIELD_TEXT,    N_("Address") },
  { "reporter",          CT_FIELD_TEXT,    N_("Reporter") },
  { "phone",             CT_FIELD_TEXT,    N_("Phone") },
  { "title",             CT_FIELD_TEXT,    N_("Title") },
  { "description",       CT_FIELD_TEXT,    N_("Description") },
  { "asset_id",          CT_FIELD_OPT_INT, N_("Asset") },
  { "owner_user",        CT_FIELD_TEXT,    N_("First-contact owner") },
  { "department_id",     CT_FIELD_REF,     N_("Lead department") },
  { "assignee_id",       CT_FIELD_REF,     N_("Assignee") },
  { "status",            CT_FIELD_TEXT,    N_("Status") },
  { "accepted_at",       CT_FIELD_OPT_INT, N_("Accepted") },
  { "dispatched_at",     CT_FIELD_OPT_INT, N_("Dispatch time") },
  { "arrived_at",        CT_FIELD_OPT_INT, N_("On site") },
  { "resolved_at",       CT_FIELD_OPT_INT, N_("Resolved") },
  { "visited_at",        CT_FIELD_OPT_INT, N_("Return visit") },
  { "archived_at",       CT_FIELD_OPT_INT, N_("Archived") },
  { "closed_at",         CT_FIELD_OPT_INT, N_("Closed") },
  { "appointment_at",    CT_FIELD_OPT_INT, N_("Appointment") },
  { "due_response_at",   CT_FIELD_OPT_INT, N_("Response due") },
  { "due_arrival_at",    CT_FIELD_OPT_INT, N_("Arrival due") },
  { "due_resolution_at", CT_FIELD_OPT_INT, N_("Resolution due") },
  { "paused_at",         CT_FIELD_OPT_INT, N_("Paused since") },
  { "pause_reason",      CT_FIELD_TEXT,    N_("Pause reason") },
  { "satisfaction",      CT_FIELD_OPT_INT, N_("Satisfaction") },
  { "visit_note",        CT_FIELD_TEXT,    N_("Visit note") },
  { "resolution_note",   CT_FIELD_TEXT,    N_("Resolution note") },
  { "close_reason",      CT_FIELD_TEXT,    N_("Reason") },
  { "reopened_count",    CT_FIELD_INT,     N_("Times reopened") },
  { "repeat_of_id",      CT_FIELD_REF,     N_("Repeat of") },
  { "merged_into_id",    CT_FIELD_REF,     N_("Merged into") },
  { "overdue_at",        CT_FIELD_OPT_INT, N_("Overdue since") },
};

static const CtTableInfo table = {
  "tickets", "ticket", "created_at DESC, id DESC", fields, G_N_ELEMENTS (fields)
};

static const CtTerm kinds[] = {
  { "repair",       N_("Repair"),       "报修|维修|報修|維修" },
  { "complaint",    N_("Complaint"),    "投诉|投訴" },
  { "consultation", N_("Consultation"), "咨询|諮詢|咨詢" },
  { "suggestion",   N_("Suggestion"),   "建议|意见|建議|意見|opinion" },
  { "praise",       N_("Praise"),       "表扬|表揚" },
};

static const CtTerm classes[] = {
  { "emergency",   N_("Emergency"),   "急修|紧急|緊急" },
  { "routine",     N_("Routine"),     "一般|零修|日常" },
  { "appointment", N_("Appointment"), "预约|預約" },
};

static const CtTerm channels[] = {
  { "phone",         N_("Phone"),         "电话|電話" },
  { "app",           N_("App"),           "app|APP|小程序" },
  { "wechat",        N_("WeChat"),        "微信" },
  { "walk-in",       N_("Walk-in"),       "来访|來訪|到访|上门" },
  { "email",         N_("Email"),         "邮件|郵件|e-mail" },
  { "owner_meeting", N_("Owner meeting"), "业主座谈会|業主座談會|座谈会" },
  { "inspection",    N_("Inspection"),    "巡检|巡檢|巡查" },
};

static const CtTerm statuses[] = {
  { "new",         N_("New"),         "待受理" },
  { "accepted",    N_("Accepted"),    "已受理" },
  { "dispatched",  N_("Dispatched"),  "已派单|已派單" },
  { "in_progress", N_("In progress"), "处理中|處理中" },
  { "paused",      N_("Paused"),      "暂停|暫停|挂起" },
  { "resolved",    N_("Resolved"),    "已完成|已解决|已解決" },
  { "visited",     N_("Visited"),     "已回访|已回訪" },
  { "archived",    N_("Archived"),    "已归档|已歸檔" },
  { "cancelled",   N_("Cancelled"),   "已取消" },
  { "invalid",     N_("Invalid"),     "无效|無效" },
};

static const char *const common_categories[] = {
  "水电", "电梯", "门窗", "管道疏通", "公共照明", "噪音", "卫生", "停车", "绿化", "安防",
  "消防", "物业费", "装修", "其他", NULL
};

static const char *const pause_reasons[] = {
  N_("Waiting for the owner"), N_("Waiting for parts"), N_("Waiting for a third party"), NULL
};

CT_VOCAB_KEYS_FUNC (ct_ticket_kinds, kinds)
CT_VOCAB_KEYS_FUNC (ct_ticket_repair_classes, classes)
CT_VOCAB_KEYS_FUNC (ct_ticket_channels, channels)
CT_VOCAB_KEYS_FUNC (ct_ticket_statuses, statuses)
const char *ct_ticket_kind_label (const char *key) { return ct_vocab_label (kinds, G_N_ELEMENTS (kinds), key); }
const char *ct_ticket_repair_class_label (const char *key) { return ct_vocab_label (classes, G_N_ELEMENTS (classes), key); }
const char *ct_ticket_channel_label (const char *key) { return ct_vocab_label (channels, G_N_ELEMENTS (channels), key); }
const char *ct_ticket_status_label (const char *key) { return ct_vocab_label (statuses, G_N_ELEMENTS (statuses), key); }

const char *
ct_ticket_kind_from_text (const char *text)
{
  return ct_vocab_from_text (kinds, G_N_ELEMENTS (kinds), text);
}

const char *
ct_ticket_repair_class_from_text (const char *text)
{
  return ct_vocab_from_text (classes, G_N_ELEMENTS (classes), text);
}

const char *
ct_ticket_channel_from_text (const char *text)
{
  return ct_vocab_from_text (channels, G_N_ELEMENTS (channels), text);
}

const char *
ct_ticket_status_from_text (const char *text)
{
  return ct_vocab_from_text (statuses, G_N_ELEMENTS (statuses), text);
}

const char *const *
ct_ticket_common_categories (void)
{
  return common_categories;
}

const char *const *
ct_ticket_pause_reasons (void)
{
  return pause_reasons;
}

const char *
ct_ticket_satisfaction_label (int score)
{
  static const char *const labels[] = {
    N_("Very dissatisfied"), N_("Dissatisfied"), N_("Basically satisfied"),
    N_("Fairly satisfied"), N_("Satisfied"),
  };

  return score >= 1 && score <= 5 ? _(labels[score - 1]) : "";
}

gboolean
ct_ticket_status_is_open (const char *status)
{
  return g_strcmp0 (status, "new") == 0 || g_strcmp0 (status, "accepted") == 0
      || g_strcmp0 (status, "dispatched") == 0 || g_strcmp0 (status, "in_progress") == 0
      || g_strcmp0 (status, "paused") == 0;
}

gboolean
ct_ticket_status_is_void (const char *status)
{
  return g_strcmp0 (status, "cancelled") == 0 || g_strcmp0 (status, "invalid") == 0;
}

static gboolean
ct_ticket_validate (CtRecord  *record,
                    GError   **error)
{
  const char *kind = ct_record_get_string (record, "kind");
  const char *repair_class = ct_record_get_string (record, "repair_class");
  gint64 score = ct_record_get_int (record, "satisfaction");

  if (!ct_record_require_text (record, "title", error)
      || !ct_record_require_ref (record, "site_id", error)
      || !ct_record_check_phone (record, "phone", error))
    return FALSE;
  if (!ct_vocab_label (kinds, G_N_ELEMENTS (kinds), kind))
    return ct_record_invalid (error, _("“%s” is not a ticket kind."), kind);
  if (g_str_equal (kind, "repair") && !ct_vocab_label (classes, G_N_ELEMENTS (classes), repair_class))
    return ct_record_invalid (error, _("A repair needs a class (emergency, routine or "
                                       "appointment), not “%s”."), repair_class);
  if (!g_str_equal (kind, "repair") && *repair_class != '\0')
    return ct_record_invalid (error, _("Only repairs have a repair class (“%s” given)."),
                              repair_class);
  if (!ct_vocab_label (channels, G_N_ELEMENTS (channels), ct_record_get_string (record, "channel")))
    return ct_record_invalid (error, _("“%s” is not a channel."),
                              ct_record_get_string (record, "channel"));
  if (!ct_vocab_label (statuses, G_N_ELEMENTS (statuses), ct_record_get_string (record, "status")))
    return ct_record_invalid (error, _("“%s” is not a ticket status."),
                              ct_record_get_string (record, "status"));
  if (g_str_equal (repair_class, "appointment") && ct_record_get_int (record, "appointment_at") == 0)
    return ct_record_invalid (error, "%s",
                              _("An appointment repair needs the appointment time."));
  if (score < 0 || score > 5)
    return ct_record_invalid (error, _("Satisfaction must be from 1 to 5, not %d."),
                              (int) score);
  return TRUE;
}

static char *
ct_ticket_dup_label (CtRecord *record)
{
  const char *code = ct_record_get_string (record, "code");

  return g_strdup (*code ? code : ct_record_get_string (record, "title"));
}

static void
ct_ticket_class_init (CtTicketClass *klass)
{
  CtRecordClass *record_class = CT_RECORD_CLASS (klass);

  ct_record_class_set_table (record_class, &table);
  record_class->validate = ct_ticket_validate;
  record_class->dup_label = ct_ticket_dup_label;
}

static void
ct_ticket_init (CtTicket *self)
{
}

CtTicket *
ct_ticket_new (const char *kind,
               const char *title)
{
  return g_object_new (CT_TYPE_TICKET, "kind", kind, "title", title, "status", "new",
                       "channel", "phone", NULL);
}

gint64
ct_ticket_get_time (CtTicket   *self,
                    const char *field)
{
  g_return_val_if_fail (CT_IS_TICKET (self), 0);
  return ct_record_get_int (CT_RECORD (self), field);
}

const char *
ct_ticket_get_status (CtTicket *self)
{
  g_return_val_if_fail (CT_IS_TICKET (self), NULL);
  return ct_record_get_string (CT_RECORD (self), "status");
}

const char *
ct_ticket_get_kind (CtTicket *self)
{
  g_return_val_if_fail (CT_IS_TICKET (self), NULL);
  return ct_record_get_string (CT_RECORD (self), "kind");
}

const char *
ct_ticket_get_code (CtTicket *self)
{
  g_return_val_if_fail (CT_IS_TICKET (self), NULL);
  return ct_record_get_string (CT_RECORD (self), "code");
}

/* The three targets: when each fell due and when it was met. */
static const struct { const char *due, *done; } targets[] = {
  { "due_response_at",   "accepted_at" },
  { "due_arrival_at",    "arrived_at" },
  { "due_resolution_at", "resolved_at" },
};

CtSlaState
ct_ticket_sla_state (CtTicket *self,
                     gint64    now,
                     gint64   *deadline)
{
  CtRecord *r = CT_RECORD (self);
  const char *status = ct_ticket_get_status (self);
  gboolean open, paused, any = FALSE, missed = FALSE, overdue = FALSE;
  gint64 next = 0, finished;

  g_return_val_if_fail (CT_IS_TICKET (self), CT_SLA_STATE_NONE);

  if (deadline)
    *deadline = 0;
  if (ct_ticket_status_is_void (status))
    return CT_SLA_STATE_NONE;
  open = ct_ticket_status_is_open (status);
  paused = g_strcmp0 (status, "paused") == 0;
  finished = ct_record_get_int (r, "resolved_at");
  for (guint i = 0; i < G_N_ELEMENTS (targets); i++)
    {
      gint64 due = ct_record_get_int (r, targets[i].due);
      gint64 done = ct_record_get_int (r, targets[i].done);

      if (due == 0)
        continue;
      any = TRUE;
      if (done != 0)
        missed |= done > due;          /* met, but late */
      else if (!open)
        missed |= finished != 0 && finished > due;
      else if (now > due && !paused)
        overdue = TRUE;                /* past and not met: what KPI.md calls overdue */
      else if (next == 0 || due < next)
        next = due;
    }
  if (deadline)
    *deadline = next;
  if (!open)
    return !any ? CT_SLA_STATE_NONE : missed ? CT_SLA_STATE_MISSED : CT_SLA_STATE_MET;
  if (overdue)
    return CT_SLA_STATE_OVERDUE;
  if (paused)
    return CT_SLA_STATE_PAUSED;
  if (next == 0)
    return any ? CT_SLA_STATE_ON_TIME : CT_SLA_STATE_NONE;
  if ((next - now) * 4 < next - ct_record_get_created_at (r))
    return CT_SLA_STATE_DUE_SOON;
  return CT_SLA_STATE_ON_TIME;
}
