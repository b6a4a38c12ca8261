/* ct-ticket-io.c — the exchange columns of tickets, time zone and timestamps
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-ticket-io"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ct-csv-table.h"
#include "ct-error.h"
#include "ct-ticket-io-private.h"

#define DEFAULT_TIME_ZONE "Asia/Shanghai"
#define COLUMN_CONTEXT "ticket column"

/* Aliases: Simplified Chinese, Traditional Chinese, then other English words. */
const CtTicketColumnInfo ct_ticket_columns[CT_TICKET_N_COLUMNS] = {
  { "code", NC_("ticket column", "Ticket number"),
    "工单号|工单编号|单号|编号|工單號|工單編號|單號|編號|ticket|number", FALSE, 16 },
  { "kind", NC_("ticket column", "Kind"),
    "类型|工单类型|類型|工單類型|type", FALSE, 10 },
  { "repair_class", NC_("ticket column", "Repair class"),
    "报修类别|维修类别|报修类型|報修類別|維修類別|報修類型|class", FALSE, 10 },
  { "category", NC_("ticket column", "Category"),
    "类别|分类|类目|類別|分類|類目", FALSE, 10 },
  { "channel", NC_("ticket column", "Channel"),
    "渠道|来源|报修渠道|來源|報修渠道|source", FALSE, 10 },
  { "site", NC_("ticket column", "Site"),
    "项目|小区|项目名称|項目|小區|項目名稱|社區", FALSE, 16 },
  { "building", NC_("ticket column", "Building"),
    "楼栋|楼号|栋|樓棟|樓號|棟", FALSE, 8 },
  { "unit", NC_("ticket column", "Unit"),
    "房号|房屋|房间|房屋地址|地址|房號|房間|address|room", FALSE, 12 },
  { "reporter", NC_("ticket column", "Reporter"),
    "报事人|联系人|报修人|业主|報事人|聯絡人|聯繫人|報修人|業主|contact", FALSE, 10 },
  { "phone", NC_("ticket column", "Phone"),
    "电话|联系电话|手机|電話|聯絡電話|聯繫電話|手機", FALSE, 14 },
  { "title", NC_("ticket column", "Title"),
    "标题|主题|標題|主題|subject", FALSE, 24 },
  { "description", NC_("ticket column", "Description"),
    "内容|描述|详情|工单内容|报修内容|內容|詳情|工單內容|報修內容", FALSE, 40 },
  { "department", NC_("ticket column", "Department"),
    "部门|责任部门|部門|責任部門", FALSE, 14 },
  { "assignee", NC_("ticket column", "Assignee"),
    "处理人|维修人员|维修人|执行人|處理人|維修人員|維修人|執行人", FALSE, 10 },
  { "created_at", NC_("ticket column", "Reported"),
    "报修时间|创建时间|报事时间|建单时间|報修時間|創建時間|建立時間|報事時間|建單時間|created",
    TRUE, 17 },
  { "accepted_at", NC_("ticket column", "Accepted"),
    "受理时间|受理時間|accepted", TRUE, 17 },
  { "dispatched_at", NC_("ticket column", "Dispatched"),
    "派单时间|派單時間|dispatched", TRUE, 17 },
  { "arrived_at", NC_("ticket column", "On site"),
    "到场时间|到达时间|到場時間|到達時間|arrived", TRUE, 17 },
  { "resolved_at", NC_("ticket column", "Resolved"),
    "完成时间|办结时间|完成時間|辦結時間|resolved", TRUE, 17 },
  { "visited_at", NC_("ticket column", "Return visit"),
    "回访时间|回訪時間|visited", TRUE, 17 },
  { "archived_at", NC_("ticket column", "Archived"),
    "归档时间|歸檔時間|archived", TRUE, 17 },
  { "appointment_at", NC_("ticket column", "Appointment"),
    "预约时间|預約時間|appointment", TRUE, 17 },
  { "satisfaction", NC_("ticket column", "Satisfaction"),
    "满意度|评分|滿意度|評分|score", FALSE, 8 },
  { "reopened_count", NC_("ticket column", "Reopened"),
    "返修次数|重开次数|返修次數|重開次數|reopened", FALSE, 8 },
  { "status", NC_("ticket column", "Status"),
    "状态|狀態", FALSE, 10 },
};

/* Columns */

const char *
ct_ticket_column_label (CtTicketColumn column)
{
  g_return_val_if_fail (column < CT_TICKET_N_COLUMNS, NULL);
  return g_dpgettext2 (GETTEXT_PACKAGE, COLUMN_CONTEXT, ct_ticket_columns[column].label);
}

static gboolean
names_column (const CtTicketColumnInfo *info,
              const char               *name)
{
  const char *label = g_dpgettext2 (GETTEXT_PACKAGE, COLUMN_CONTEXT, info->label);
  g_autofree char *english = ct_csv_table_normalise_header (info->label);
  g_autofree char *local = ct_csv_table_normalise_header (label);

  return g_str_equal (name, info->key) || ct_csv_table_is_alias (info->aliases, name)
         || g_str_equal (name, english) || g_str_equal (name, local);
}

int
ct_ticket_column_find (const char *header)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (header != NULL, -1);

  name = ct_csv_table_normalise_header (header);
  for (guint i = 0; i < CT_TICKET_N_COLUMNS; i++)
    {
      if (names_column (&ct_ticket_columns[i], name))
        return (int) i;
    }
  return -1;
}

/* Time zone */

GTimeZone *
ct_ticket_io_dup_timezone (CtDatabase  *db,
                           GError     **error)
{
  g_autofree char *name = ct_database_dup_setting (db, "time_zone");
  GTimeZone *tz;

  if (name == NULL || *g_strstrip (name) == '\0')
    {
      g_free (name);
      name = g_strdup (DEFAULT_TIME_ZONE);
    }
  tz = g_time_zone_new_identifier (name);
  if (tz == NULL)
    g_set_error (error, CT_DATABASE_ERROR, CT_DATABASE_ERROR_FAILED,
                 _("The database’s time zone “%s” is not known on this computer. "
                   "Install the time zone data (tzdata) or correct the time zone "
                   "in the Work Calendar window (main menu)."), name);
  return tz;
}

/* Timestamps */

typedef struct
{
  int      year, month, day, hour, minute, second;
  gboolean has_offset;
  int      offset;   /* seconds east of UTC */
} Stamp;

static gboolean
read_number (const char **p,
             guint        min_digits,
             guint        max_digits,
             int         *out)
{
  guint n = 0;
  int value = 0;

  while (n < max_digits && g_ascii_isdigit ((*p)[n]))
    value = value * 10 + ((*p)[n++] - '0');
  if (n < min_digits)
    return FALSE;
  *p += n;
  *out = value;
  return TRUE;
}

static gboolean
expect (const char **p,
        char         c)
{
  if (**p != c)
    return FALSE;
  (*p)++;
  return TRUE;
}

static gboolean
read_date (const char **p,
           Stamp       *s)
{
  char separator;

  if (!read_number (p, 4, 4, &s->year))
    return FALSE;
  separator = **p;
  if (separator != '-' && separator != '/')
    return FALSE;
  (*p)++;
  return read_number (p, 1, 2, &s->month) && expect (p, separator)
         && read_number (p, 1, 2, &s->day);
}

static gboolean
read_clock (const char **p,
            Stamp       *s)
{
  if (!expect (p, ' ') && !expect (p, 'T'))
    return FALSE;
  if (!read_number (p, 1, 2, &s->hour) || !expect (p, ':') || !read_number (p, 2, 2, &s->minute))
    return FALSE;
  s->second = 0;
  if (expect (p, ':') && !read_number (p, 2, 2, &s->second))
    return FALSE;
  if (expect (p, '.') && !g_ascii_isdigit (**p))
    return FALSE;
  while (g_ascii_isdigit (**p))
    (*p)++;   /* fractions of a second are dropped */
  return TRUE;
}

static gboolean
read_offset (const char **p,
             Stamp       *s)
{
  int sign, hours, minutes = 0;

  expect (p, ' ');
  if (**p == '\0')
    return TRUE;
  s->has_offset = TRUE;
  if (expect (p, 'Z') || expect (p, 'z'))
    return TRUE;
  if (**p != '+' && **p != '-')
    return FALSE;
  sign = *(*p)++ == '-' ? -1 : 1;
  if (!read_number (p, 2, 2, &hours))
    return FALSE;
  if ((expect (p, ':') || g_ascii_isdigit (**p)) && !read_number (p, 2, 2, &minutes))
    return FALSE;
  if (hours > 14 || minutes > 59)
    return FALSE;
  s->offset = sign * (hours * 3600 + minutes * 60);
  return TRUE;
}

gboolean
ct_ticket_io_parse_time (const char *text,
                         GTimeZone  *tz,
                         gint64     *out)
{
  g_autoptr(GDateTime) dt = NULL;
  Stamp s = { 0 };
  const char *p = text;

  g_return_val_if_fail (text != NULL && tz != NULL && out != NULL, FALSE);

  if (!read_date (&p, &s) || !read_clock (&p, &s) || !read_offset (&p, &s) || *p != '\0')
    return FALSE;
  if (s.year < 1970 || s.hour > 23 || s.minute > 59 || s.second > 59)
    return FALSE;
  /* NULL for dates that do not exist (2025-02-30). */
  if (s.has_offset)
    dt = g_date_time_new_utc (s.year, s.month, s.day, s.hour, s.minute, s.second);
  else
    dt = g_date_time_new (tz, s.year, s.month, s.day, s.hour, s.minute, s.second);
  if (dt == NULL)
    return FALSE;
  *out = g_date_time_to_unix (dt) - s.offset;
  return TRUE;
}

char *
ct_ticket_io_format_time (gint64     unix_time,
                          GTimeZone *tz,
                          gboolean   with_seconds)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (unix_time);
  g_autoptr(GDateTime) local = NULL;

  g_return_val_if_fail (utc != NULL, NULL);
  local = g_date_time_to_timezone (utc, tz);
  return g_date_time_format (local, with_seconds ? "%Y-%m-%d %H:%M:%S" : "%Y-%m-%d %H:%M");
}

/* Formula injection */

gboolean
ct_ticket_io_is_dangerous (const char *text)
{
  return text != NULL && text[0] != '\0' && strchr ("=+-@\t\r", text[0]) != NULL;
}

char *
ct_ticket_io_neutralise (const char *text)
{
  if (ct_ticket_io_is_dangerous (text))
    return g_strconcat ("'", text, NULL);
  return g_strdup (text != NULL ? text : "");
}

const char *
ct_ticket_io_unneutralise (const char *text)
{
  if (text[0] == '\'' && ct_ticket_io_is_dangerous (text + 1))
    return text + 1;
  return text;
}
