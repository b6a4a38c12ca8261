/* ct-org-import-private.h — the machinery shared by the organisation imports
 *
 * An import runs in two phases. Reading (ct-org-import-table.c): every row is
 * turned into a record (new, or a copy of the existing one) and validated;
 * missing parents are planned as new records too when allowed; nothing touches
 * the database. Writing (ct-org-import.c): the planned writes run in order
 * inside one ct_database_write (), so either all of them are saved or none.
 * ct-org-import-units.c and ct-org-import-staff.c describe the two kinds.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-csv-table.h"
#include "ct-org-import.h"

G_BEGIN_DECLS

#define CT_ORG_IMPORT_MAX_COLUMNS 12
#define CT_ORG_IMPORT_MAX_LINKS   2

/* Stands in for the id of a parent created by the same import, so that the
 * child validates; replaced by the real id before the child is written. */
#define CT_ORG_IMPORT_PENDING_ID G_MAXINT64

typedef struct
{
  const char *key;       /* the English header */
  const char *aliases;   /* other accepted headers, normalised, '|'-separated */
  const char *field;     /* the record field filled from the column, or NULL */
  gboolean    required;
} CtOrgImportColumn;

/* One planned insert or update. */
typedef struct
{
  CtRecordStore *store;
  CtRecord      *record;
  gboolean       update;
  guint          line;
  const char    *link_field[CT_ORG_IMPORT_MAX_LINKS];   /* fields to set to ... */
  CtRecord      *link_parent[CT_ORG_IMPORT_MAX_LINKS];  /* ... the id of a new parent */
} CtOrgImportWrite;

typedef struct _CtOrgImport CtOrgImport;

/* What is imported: the columns, a check of the header beyond the required
 * columns (may be NULL), and the planning of one row. */
typedef struct
{
  const CtOrgImportColumn *columns;
  guint                    n_columns;
  gboolean               (*check_header) (CtOrgImport  *imp,
                                          GError      **error);
  gboolean               (*import_row)   (CtOrgImport  *imp,
                                          GError      **error);
} CtOrgImportKind;

struct _CtOrgImport
{
  CtOrganisation        *org;
  const char            *actor;
  CtOrgImportFlags       flags;
  const CtOrgImportKind *kind;
  CtCsvTable             table;      /* header, current row and its line */
  /* column (index into kind->columns) → cell index, or -1 when absent */
  int                    cell_of[CT_ORG_IMPORT_MAX_COLUMNS];
  GHashTable            *seen;       /* row key → GUINT line */
  GHashTable            *parents;    /* "kind\x1ftext" → CtRecord */
  GHashTable            *units;      /* unit key → CtRecord, lazily */
  GPtrArray             *writes;     /* CtOrgImportWrite, in order */
  guint                  n_imported;
  guint                  n_updated;
  guint                  n_created;
};

extern const CtOrgImportKind ct_org_import_unit_kind;
extern const CtOrgImportKind ct_org_import_staff_kind;

/* Planned writes (ct-org-import.c) */
CtOrgImportWrite *ct_org_import_write_new  (CtRecordStore     *store,
                                            CtRecord          *record,
                                            guint              line,
                                            gboolean           update);
void              ct_org_import_write_free (CtOrgImportWrite  *w);
void              ct_org_import_write_link (CtOrgImportWrite  *w,
                                            const char        *field,
                                            CtRecord          *parent);
/* Validates the record of @w (transfer full) with ct_org_import_validate_row(),
 * then counts the row and plans @w unless it changes nothing. */
gboolean          ct_org_import_push_write (CtOrgImport       *imp,
                                            CtOrgImportWrite  *w,
                                            CtRecord          *existing,
                                            GError           **error);

/* Parents (ct-org-import.c); the records are owned by the import or a store */
CtRecord *ct_org_import_lookup_parent        (CtOrgImport       *imp,
                                              const char        *kind,
                                              const char        *text);
CtRecord *ct_org_import_remember_parent      (CtOrgImport       *imp,
                                              const char        *kind,
                                              const char        *text,
                                              CtRecord          *parent);
CtRecord *ct_org_import_create_parent        (CtOrgImport       *imp,
                                              guint              column,
                                              CtOrgImportWrite  *w,
                                              GError           **error);
gboolean  ct_org_import_may_create           (CtOrgImport       *imp,
                                              guint              column,
                                              GError           **error,
                                              const char        *format,
                                              ...) G_GNUC_PRINTF (4, 5);
CtRecord *ct_org_import_resolve_site         (CtOrgImport       *imp,
                                              guint              column,
                                              GError           **error);
CtRecord *ct_org_import_resolve_department   (CtOrgImport       *imp,
                                              guint              column,
                                              GError           **error);

/* Reading the table (ct-org-import-table.c) */
gboolean    ct_org_import_read_header          (CtOrgImport       *imp,
                                                CtCsvReader       *reader,
                                                GError           **error);
gboolean    ct_org_import_read_rows            (CtOrgImport       *imp,
                                                CtCsvReader       *reader,
                                                GError           **error);
gboolean    ct_org_import_header_error         (CtOrgImport       *imp,
                                                guint              cell_index,
                                                const char        *problem,
                                                GError           **error);
gboolean    ct_org_import_missing_column_error (CtOrgImport       *imp,
                                                guint              column,
                                                GError           **error);
/* The trimmed cell of @column in the current row; "" when absent. */
const char *ct_org_import_cell                 (CtOrgImport       *imp,
                                                guint              column);
/* Sets "Line N, column "header" (C): problem" and returns FALSE. */
gboolean    ct_org_import_cell_error           (CtOrgImport       *imp,
                                                guint              column,
                                                GError           **error,
                                                const char        *format,
                                                ...) G_GNUC_PRINTF (4, 5);
/* ct_record_validate () with the error pointed at the column it is about. */
gboolean    ct_org_import_validate_row         (CtOrgImport       *imp,
                                                CtRecord          *record,
                                                GError           **error);
/* 0 when @key (transfer full) is new, else the line where it was first seen. */
guint       ct_org_import_seen_before          (CtOrgImport       *imp,
                                                char              *key);
char       *ct_org_import_strip_suffix         (const char        *text,
                                                const char *const *suffixes);
/* Copies a non-empty cell into the column's field. */
void        ct_org_import_set_text             (CtOrgImport       *imp,
                                                CtRecord          *record,
                                                guint              column);
gboolean    ct_org_import_set_phone            (CtOrgImport       *imp,
                                                CtRecord          *record,
                                                guint              column,
                                                GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtOrgImportWrite, ct_org_import_write_free)

G_END_DECLS
