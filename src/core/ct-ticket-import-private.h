/* ct-ticket-import-private.h — the parts of a ticket import
 *
 * An import reads the file twice. The first pass (checking) turns every row
 * into a ticket and checks it; organisation records the file names but the
 * database lacks are planned (with CT_TICKET_IMPORT_CREATE_MISSING) and stand
 * in for themselves with a provisional id. Nothing is written. The second pass
 * runs inside one ct_database_write (): the planned records are inserted, so
 * they get their ids, then each row is turned into a ticket again — now with
 * real ids — and saved. Turning a row into a ticket is the same code in both
 * passes, so what was checked is what is saved.
 *
 * ct-ticket-import.c runs the first pass, ct-ticket-import-save.c the second,
 * which hands the tickets to the bulk writer of ct-ticket-import-bulk.c;
 * ct-ticket-import-table.c reads the header and splits the rows into cells,
 * ct-ticket-import-row.c reads a row, ct-ticket-import-check.c checks times
 * and status, ct-ticket-import-org.c finds (or plans) sites, buildings, units,
 * departments and staff by name.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-csv-table.h"
#include "ct-database-private.h"
#include "ct-ticket-import.h"
#include "ct-ticket-io-private.h"

G_BEGIN_DECLS

/* Stands in for the id of an organisation record the import will create. */
#define CT_TICKET_IMPORT_PENDING_ID G_MAXINT64

/* For tests: save every ticket with ct_ticket_store_create (), one by one, as
 * imports did before the bulk writer (its audit row per ticket included); the
 * reference the bulk writer is compared with. */
#define CT_TICKET_IMPORT_ONE_BY_ONE ((CtTicketImportFlags) (1 << 16))

typedef struct _CtTicketImport CtTicketImport;

struct _CtTicketImport
{
  CtTicketStore       *store;
  CtOrganisation      *org;
  CtDatabase          *db;
  const char          *actor;
  CtTicketImportFlags  flags;
  GTimeZone           *tz;
  gint64               now;
  gboolean             saving;    /* second pass */

  CtCsvTable           table;     /* header, current row and its line */
  int                  cell_of[CT_TICKET_N_COLUMNS];  /* column → cell index, or -1 */
  GHashTable          *codes;     /* ticket number → GUINT line */
  GHashTable          *numbered;  /* year → highest N of the file's codes T-year-N */
  GHashTable          *terms[CT_TICKET_N_COLUMNS];  /* text → vocabulary key, as met */

  /* Organisation lookups (ct-ticket-import-org.c), built once */
  GHashTable          *sites;        /* name or code → CtRecord */
  GHashTable          *buildings;    /* "site\x1fcode" or name → CtRecord */
  GHashTable          *units;        /* "building\x1fentrance\x1froom" → CtRecord */
  GHashTable          *departments;  /* casefolded code, or name → CtRecord */
  GHashTable          *staff_by_no;  /* employee number → CtRecord */
  GHashTable          *staff_by_name; /* name → CtRecord, or NULL value when shared */
  GPtrArray           *planned;      /* CtTicketImportParent, in the order to insert */

  CtTicketImportResult counts;
};

/* One run of ct_ticket_import_csv (): the import and what it reports to. */
typedef struct
{
  CtTicketImport          *imp;
  GBytes                  *csv;
  CtTicketImportProgress   progress_cb;
  gpointer                 user_data;
  GCancellable            *cancellable;
  guint                    n_lines;   /* of the file, for progress while checking */
} CtTicketImportRun;

/* Progress is reported every this many rows. */
#define CT_TICKET_IMPORT_PROGRESS_ROWS 500
/* The share of the work that checking is, when the rows are saved after. */
#define CT_TICKET_IMPORT_CHECK_SHARE 0.15

/* Checks for cancellation; reports @fraction every PROGRESS_ROWS rows. */
gboolean    ct_ticket_import_report      (CtTicketImportRun *run,
                                          guint            n_rows,
                                          double           fraction,
                                          const char      *message,
                                          GError         **error);
/* The second pass (ct-ticket-import-save.c): saves every row, all or nothing. */
gboolean    ct_ticket_import_save        (CtTicketImportRun *run,
                                          GError         **error);

/* The bulk writer (ct-ticket-import-bulk.c), inside the write. */
typedef struct _CtTicketBulk CtTicketBulk;

CtTicketBulk *ct_ticket_bulk_new         (CtTicketStore   *store,
                                          const char      *actor,
                                          GError         **error);
/* Checks the permission, numbers @ticket and computes what the store does on
 * creation (ct_ticket_store_prepare_new ()); errors concern this ticket. */
gboolean    ct_ticket_bulk_add           (CtTicketBulk    *bulk,
                                          CtTicket        *ticket,
                                          GError         **error);
/* Writes the tickets added when a batch is full; errors are the database's. */
gboolean    ct_ticket_bulk_write         (CtTicketBulk    *bulk,
                                          GError         **error);
/* Writes the rest, the search index of the new tickets and the audit row. */
gboolean    ct_ticket_bulk_finish        (CtTicketBulk    *bulk,
                                          GError         **error);
void        ct_ticket_bulk_free          (CtTicketBulk    *bulk);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtTicketBulk, ct_ticket_bulk_free)

/* An organisation record to insert before the tickets. */
typedef struct
{
  CtRecordStore *store;
  CtRecord      *record;
  const char    *link_field;    /* set to the id of ... */
  CtRecord      *link_parent;   /* ... this planned parent, when not NULL */
} CtTicketImportParent;

void      ct_ticket_import_parent_free (CtTicketImportParent *parent);

/* The table (ct-ticket-import-table.c) */
gboolean    ct_ticket_import_read_header (CtTicketImport  *imp,
                                          CtCsvReader     *reader,
                                          GError         **error);
/* The trimmed cell of @column in the current row; "" when absent. */
const char *ct_ticket_import_cell        (CtTicketImport  *imp,
                                          CtTicketColumn   column);
/* Sets "Line N, column "header" (C): problem" and returns FALSE. */
gboolean    ct_ticket_import_cell_error  (CtTicketImport  *imp,
                                          CtTicketColumn   column,
                                          GError         **error,
                                          const char      *format,
                                          ...) G_GNUC_PRINTF (4, 5);

typedef const char *(*CtTicketTermFunc) (const char *text);

/* @from_text (@text), remembered per column: the files repeat a few words. */
const char *ct_ticket_import_term        (CtTicketImport  *imp,
                                          CtTicketColumn   column,
                                          CtTicketTermFunc from_text,
                                          const char      *text);

/* Rows (ct-ticket-import-row.c) */

/* The ticket of the current row, checked; NULL with @error naming line and
 * column. */
CtTicket   *ct_ticket_import_row         (CtTicketImport  *imp,
                                          GError         **error);
/* Fails naming the first row whose code the database has already. */
gboolean    ct_ticket_import_check_codes (CtTicketImport  *imp,
                                          GError         **error);

/* Times and status (ct-ticket-import-check.c): reads the time columns into
 * @ticket and checks them against each other, the clock and the status. */
gboolean    ct_ticket_import_read_times  (CtTicketImport  *imp,
                                          CtRecord        *ticket,
                                          GError         **error);

/* Organisation (ct-ticket-import-org.c) */
void        ct_ticket_import_index_org   (CtTicketImport  *imp);
/* Sets site_id, building_id and unit_id of @ticket. */
gboolean    ct_ticket_import_place       (CtTicketImport  *imp,
                                          CtRecord        *ticket,
                                          GError         **error);
/* Sets department_id and assignee_id of @ticket. */
gboolean    ct_ticket_import_people      (CtTicketImport  *imp,
                                          CtRecord        *ticket,
                                          GError         **error);
/* Inserts the planned records; inside the write. */
gboolean    ct_ticket_import_save_parents (CtTicketImport *imp,
                                          GError         **error);

G_END_DECLS
