/* ct-record.h — base class of every editable row (site, unit, staff, ...)
 *
 * A record class describes its table once (CtTableInfo); CtRecord turns every
 * field into a GObject property of the same name, and CtRecordStore turns the
 * description into SQL (values are always bound, never formatted into SQL).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  CT_FIELD_TEXT,   /* TEXT NOT NULL, "" when empty */
  CT_FIELD_INT,    /* INTEGER NOT NULL */
  CT_FIELD_REF,    /* INTEGER id of another record, 0 = NULL */
  CT_FIELD_DATE,   /* TEXT 'YYYY-MM-DD' or NULL ("" in the property) */
  CT_FIELD_OPT_INT, /* INTEGER or NULL (0 = NULL): timestamps, scores */
} CtFieldType;

typedef struct
{
  const char  *name;     /* column name = property name (use '_' not '-') */
  CtFieldType  type;
  const char  *nick;     /* label, marked for translation */
} CtField;

typedef struct
{
  const char    *table;      /* SQL table */
  const char    *entity;     /* audit_log entity name, e.g. "unit" */
  const char    *order_by;   /* ORDER BY of the store's model, e.g. "name, id" */
  const CtField *fields;
  guint          n_fields;
} CtTableInfo;

#define CT_TYPE_RECORD (ct_record_get_type ())
G_DECLARE_DERIVABLE_TYPE (CtRecord, ct_record, CT, RECORD, GObject)

struct _CtRecordClass
{
  GObjectClass parent_class;

  const CtTableInfo *table;
  GParamSpec       **field_pspecs;   /* private: the property of each field */

  /* Checks the field values; the error names the field in words a user knows. */
  gboolean (*validate)  (CtRecord  *self,
                         GError   **error);
  /* A short label for lists and messages ("3-2-1201", "王芳"). */
  char    *(*dup_label) (CtRecord  *self);
};

/* To be called in class_init of a subclass: stores @table and installs one
 * property per field. */
void         ct_record_class_set_table (CtRecordClass     *klass,
                                        const CtTableInfo *table);

const CtTableInfo *ct_record_get_table (CtRecord   *self);
gint64       ct_record_get_id          (CtRecord   *self);
gint64       ct_record_get_version     (CtRecord   *self);
gint64       ct_record_get_created_at  (CtRecord   *self);
gint64       ct_record_get_updated_at  (CtRecord   *self);

const char  *ct_record_get_string      (CtRecord   *self,
                                        const char *field);
void         ct_record_set_string      (CtRecord   *self,
                                        const char *field,
                                        const char *value);
gint64       ct_record_get_int         (CtRecord   *self,
                                        const char *field);
void         ct_record_set_int         (CtRecord   *self,
                                        const char *field,
                                        gint64      value);

gboolean     ct_record_validate        (CtRecord   *self,
                                        GError    **error);
char        *ct_record_dup_label       (CtRecord   *self);
/* A new record of the same type with the same id, version and values: edit the
 * copy in a dialog and hand it to ct_record_store_update(). */
CtRecord    *ct_record_copy            (CtRecord   *self);
/* Makes @self equal to @from (same type): values, id, version, timestamps;
 * notifies the properties that changed. */
void         ct_record_assign          (CtRecord   *self,
                                        CtRecord   *from);
gboolean     ct_record_equal_values    (CtRecord   *a,
                                        CtRecord   *b);
/* {"id":…, "version":…, field:value, …} for the audit log and --json output. */
char        *ct_record_to_json         (CtRecord   *self);

/* For the store only. */
void         ct_record_set_meta        (CtRecord   *self,
                                        gint64      id,
                                        gint64      version,
                                        gint64      created_at,
                                        gint64      updated_at);

/* Validation helpers for subclasses: fail with CT_STORE_ERROR_INVALID naming the
 * field's translated nick. */
gboolean     ct_record_require_text    (CtRecord   *self,
                                        const char *field,
                                        GError    **error);
gboolean     ct_record_require_ref     (CtRecord   *self,
                                        const char *field,
                                        GError    **error);
gboolean     ct_record_check_date      (CtRecord   *self,
                                        const char *field,
                                        GError    **error);
gboolean     ct_record_check_phone     (CtRecord   *self,
                                        const char *field,
                                        GError    **error);
/* Sets @error to CT_STORE_ERROR_INVALID with the message @format makes;
 * returns FALSE, for `return ct_record_invalid (error, …);` in a validate. */
gboolean     ct_record_invalid         (GError    **error,
                                        const char *format,
                                        ...) G_GNUC_PRINTF (2, 3);

G_END_DECLS
