/* ct-ticket-import.h — import historical tickets from a CSV file
 *
 * All or nothing: every row is read and checked before anything is written;
 * then the missing organisation records (when allowed) and every ticket are
 * written in one transaction. Errors are CT_IMPORT_ERROR naming line and
 * column, or the database's errors (full, busy, …), which name no line.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "ct-ticket-store.h"

G_BEGIN_DECLS

typedef enum
{
  CT_TICKET_IMPORT_DEFAULT        = 0,
  /* Create the sites, buildings, units and departments the file names but the
   * database lacks, instead of failing. Staff are never created. */
  CT_TICKET_IMPORT_CREATE_MISSING = 1 << 0,
  /* Check everything and count, but write nothing. */
  CT_TICKET_IMPORT_DRY_RUN        = 1 << 1,
} CtTicketImportFlags;

typedef struct
{
  guint n_tickets;       /* rows imported (or, in a dry run, that would be) */
  guint n_sites;         /* organisation records created (or to be created) */
  guint n_buildings;
  guint n_units;
  guint n_departments;
} CtTicketImportResult;

/* Called with the share of the work done (0.0 … 1.0) and what is happening,
 * in the user's language, from the thread running the import. */
typedef void (*CtTicketImportProgress) (double      fraction,
                                        const char *message,
                                        gpointer    user_data);

/* Columns (headers are case-insensitive; Chinese headers accepted, Simplified
 * and Traditional): code (工单号; empty = numbered by the store), kind (类型),
 * repair_class (报修类别), category (类别), channel (渠道, 来源; default phone),
 * site (项目, 小区; name or code), building (楼栋; code or name), unit (房号:
 * "3-2-1201", or "2-1201"/"1201" with a building), reporter (报事人), phone
 * (电话), title (标题; default: the start of the description), description
 * (内容), department (部门; code or name), assignee (处理人; name or employee
 * number), created_at (报修时间, required), accepted_at (受理时间),
 * dispatched_at (派单时间), arrived_at (到场时间), resolved_at (完成时间),
 * visited_at (回访时间), archived_at (归档时间), appointment_at (预约时间),
 * satisfaction (满意度, 1–5), reopened_count (返修次数), status (状态; default:
 * from the latest time given).
 * Kinds, classes, channels and statuses: keys, English or Chinese labels.
 * Times: "YYYY-MM-DD HH:MM[:SS]" or "YYYY/M/D H:MM" in the database's time
 * zone, or ISO 8601 with an offset; empty = did not happen. They must not go
 * backwards (created ≤ accepted ≤ dispatched ≤ arrived ≤ resolved ≤ visited ≤
 * archived), lie in the future, or disagree with the status. Deadlines come
 * from the current SLA policies. */
gboolean ct_ticket_import_csv (CtTicketStore           *store,
                               GBytes                  *csv,
                               const char              *actor,
                               CtTicketImportFlags      flags,
                               CtTicketImportProgress   progress_cb,
                               gpointer                 user_data,
                               GCancellable            *cancellable,
                               CtTicketImportResult    *result,
                               GError                 **error);

/* An import records all its tickets in one audit_log row: entity "ticket",
 * entity_id 0, action "insert", the importer as actor, the time of the import,
 * and new_json {"import": COUNT, "first_id": FIRST, "last_id": LAST} — the
 * tickets are FIRST … LAST. Returns the id of the audit_log row that recorded
 * the import of ticket @ticket_id, 0 when no import did (it was created one by
 * one, with an audit row of its own), or -1 with @error when the log cannot be
 * read. For the History of a ticket. */
gint64   ct_ticket_import_find_audit (CtDatabase              *db,
                                      gint64                   ticket_id,
                                      GError                 **error);

G_END_DECLS
