/* ct-ticket-io-private.h — what the ticket import and export share: the
 * exchange columns, the database's time zone and the timestamp format
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-database.h"

G_BEGIN_DECLS

/* The exchange columns, in the order of the files (DESIGN.md, issue 3). */
typedef enum
{
  CT_TICKET_COL_CODE,
  CT_TICKET_COL_KIND,
  CT_TICKET_COL_REPAIR_CLASS,
  CT_TICKET_COL_CATEGORY,
  CT_TICKET_COL_CHANNEL,
  CT_TICKET_COL_SITE,
  CT_TICKET_COL_BUILDING,
  CT_TICKET_COL_UNIT,
  CT_TICKET_COL_REPORTER,
  CT_TICKET_COL_PHONE,
  CT_TICKET_COL_TITLE,
  CT_TICKET_COL_DESCRIPTION,
  CT_TICKET_COL_DEPARTMENT,
  CT_TICKET_COL_ASSIGNEE,
  CT_TICKET_COL_CREATED_AT,
  CT_TICKET_COL_ACCEPTED_AT,
  CT_TICKET_COL_DISPATCHED_AT,
  CT_TICKET_COL_ARRIVED_AT,
  CT_TICKET_COL_RESOLVED_AT,
  CT_TICKET_COL_VISITED_AT,
  CT_TICKET_COL_ARCHIVED_AT,
  CT_TICKET_COL_APPOINTMENT_AT,
  CT_TICKET_COL_SATISFACTION,
  CT_TICKET_COL_REOPENED_COUNT,
  CT_TICKET_COL_STATUS,
  CT_TICKET_N_COLUMNS
} CtTicketColumn;

typedef struct
{
  const char *key;       /* the canonical English header, also the ticket field when
                            the column holds one directly */
  const char *label;     /* with context "ticket column": the header of an XLSX sheet */
  const char *aliases;   /* other accepted headers, normalised, '|'-separated */
  gboolean    is_time;
  int         width;     /* of the XLSX column, in characters */
} CtTicketColumnInfo;

extern const CtTicketColumnInfo ct_ticket_columns[CT_TICKET_N_COLUMNS];

/* The header label of @column in the user's language. */
const char *ct_ticket_column_label     (CtTicketColumn  column);
/* The column a header names (key, alias, English or translated label; case,
 * spaces and dashes do not matter), or -1. */
int         ct_ticket_column_find      (const char     *header);

/* The zone of the setting "time_zone" (default Asia/Shanghai); fails when this
 * computer does not know it. */
GTimeZone  *ct_ticket_io_dup_timezone  (CtDatabase     *db,
                                        GError        **error);
/* "YYYY-MM-DD HH:MM[:SS]" or "YYYY/M/D H:MM[:SS]" in @tz, or ISO 8601 with an
 * offset ("2025-03-01T08:30:00+08:00", "…Z"): UTC seconds in @out. */
gboolean    ct_ticket_io_parse_time    (const char     *text,
                                        GTimeZone      *tz,
                                        gint64         *out);
/* "YYYY-MM-DD HH:MM:SS" (or without seconds) of @unix_time in @tz. */
char       *ct_ticket_io_format_time   (gint64          unix_time,
                                        GTimeZone      *tz,
                                        gboolean        with_seconds);
/* TRUE when a spreadsheet could read @text as a formula or command:
 * it begins with = + - @, a tab or a carriage return. */
gboolean    ct_ticket_io_is_dangerous  (const char     *text);
/* @text, with a ' in front when it is dangerous. */
char       *ct_ticket_io_neutralise    (const char     *text);
/* The reverse, for imports of exported files: @text without the ' that
 * neutralised it (a pointer into @text). */
const char *ct_ticket_io_unneutralise  (const char     *text);

G_END_DECLS
