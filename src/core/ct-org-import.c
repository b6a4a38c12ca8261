/* ct-org-import.c
 *
 * An import runs in two phases. Reading: every row is turned into a record
 * (new, or a copy of the existing one) and validated; missing parents are
 * created as records too when allowed; nothing touches the database. Writing:
 * the planned writes run in order inside one ct_database_write(), so either
 * all of them are saved or none.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-org-import"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ct-csv.h"
#include "ct-database-private.h"
#include "ct-error.h"
#include "ct-org-import.h"

#define MAX_COLUMNS 12
#define MAX_LINKS   2

/* Stands in for the id of a parent created by the same import, so that the
 * child validates; replaced by the real id before the child is written. */
#define PENDING_ID G_MAXINT64

typedef struct
{
  const char *key;       /* the English header */
  const char *aliases;   /* other accepted headers, normalised, '|'-separated */
  const char *field;     /* the record field filled from the column, or NULL */
  gboolean    required;
} ColumnSpec;

/* One planned insert or update. */
typedef struct
{
  CtRecordStore *store;
  CtRecord      *record;
  gboolean       update;
  guint          line;
  const char    *link_field[MAX_LINKS];   /* fields to set to ... */
  CtRecord      *link_parent[MAX_LINKS];  /* ... the id of a new parent */
} Write;

typedef struct _Import Import;

typedef struct
{
  const ColumnSpec *columns;
  guint             n_columns;
  gboolean        (*check_header) (Import  *imp,
                                   GError **error);
  gboolean        (*import_row)   (Import  *imp,
                                   GError **error);
} ImportKind;

struct _Import
{
  CtOrganisation   *org;
  const char       *actor;
  CtOrgImportFlags  flags;
  const ImportKind *kind;
  GPtrArray        *header;                /* char *, trimmed */
  int               cell_of[MAX_COLUMNS];  /* column spec → cell index or -1 */
  GPtrArray        *row;                   /* the current row, trimmed */
  guint             line;                  /* where the current row starts */
  GHashTable       *seen;                  /* row key → GUINT line */
  GHashTable       *parents;               /* "kind\x1ftext" → CtRecord */
  GHashTable       *units;                 /* unit_key () → CtRecord, lazily */
  GPtrArray        *writes;                /* Write */
  guint             n_imported;
  guint             n_updated;
  guint             n_created;
};

enum { U_SITE, U_BUILDING, U_ENTRANCE, U_ROOM, U_UNIT, U_FLOOR, U_OWNER_NAME, U_OWNER_PHONE,
       U_NOTE };

static const ColumnSpec unit_columns[] = {
  [U_SITE]        = { "site", "项目|小区|项目名称", NULL, TRUE },
  [U_BUILDING]    = { "building", "楼栋|楼号|栋", "building_id", FALSE },
  [U_ENTRANCE]    = { "entrance", "单元", "entrance", FALSE },
  [U_ROOM]        = { "room", "房号|房间号|室", "room", FALSE },
  [U_UNIT]        = { "unit", "address|房屋", NULL, FALSE },
  [U_FLOOR]       = { "floor", "楼层", "floor", FALSE },
  [U_OWNER_NAME]  = { "owner_name", "owner|业主|业主姓名", "owner_name", FALSE },
  [U_OWNER_PHONE] = { "owner_phone", "phone|电话|联系电话|手机|业主电话", "owner_phone", FALSE },
  [U_NOTE]        = { "note", "备注", "note", FALSE },
};

enum { S_EMPLOYEE_NO, S_NAME, S_DEPARTMENT, S_SITE, S_POST, S_PHONE, S_HIRED_ON, S_STATUS };

static const ColumnSpec staff_columns[] = {
  [S_EMPLOYEE_NO] = { "employee_no", "工号|员工编号", "employee_no", TRUE },
  [S_NAME]        = { "name", "姓名|员工姓名", "name", TRUE },
  [S_DEPARTMENT]  = { "department", "部门", "department_id", TRUE },
  [S_SITE]        = { "site", "项目|小区|项目名称", "site_id", FALSE },
  [S_POST]        = { "post", "岗位|职务", "post", FALSE },
  [S_PHONE]       = { "phone", "电话|手机|联系电话", "phone", FALSE },
  [S_HIRED_ON]    = { "hired_on", "入职日期", "hired_on", FALSE },
  [S_STATUS]      = { "status", "状态", "status", FALSE },
};

static const char *const building_suffixes[] = { "号楼", "栋", "幢", "座", NULL };
static const char *const entrance_suffixes[] = { "单元", NULL };
static const char *const room_suffixes[] = { "室", "号", NULL };
static const char *const floor_suffixes[] = { "层", "楼", "F", "f", NULL };

static gboolean cell_error (Import      *imp,
                            guint        spec,
                            GError     **error,
                            const char  *format,
                            ...) G_GNUC_PRINTF (4, 5);

/* Planned writes */

static void
write_free (Write *w)
{
  g_clear_object (&w->record);
  for (guint i = 0; i < MAX_LINKS; i++)
    g_clear_object (&w->link_parent[i]);
  g_free (w);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Write, write_free)

static Write *
write_new (CtRecordStore *store,
           CtRecord      *record,
           guint          line,
           gboolean       update)
{
  Write *w = g_new0 (Write, 1);

  w->store = store;
  w->record = record;
  w->line = line;
  w->update = update;
  return w;
}

/* Sets @field of the planned record to the id of @parent, now or, for a parent
 * this import creates, when the record is written. */
static void
write_link (Write      *w,
            const char *field,
            CtRecord   *parent)
{
  gint64 id = ct_record_get_id (parent);

  ct_record_set_int (w->record, field, id != 0 ? id : PENDING_ID);
  if (id != 0)
    return;

  for (guint i = 0; i < MAX_LINKS; i++)
    {
      if (w->link_field[i] == NULL || g_str_equal (w->link_field[i], field))
        {
          w->link_field[i] = field;
          g_set_object (&w->link_parent[i], parent);
          return;
        }
    }
  g_assert_not_reached ();
}

static gboolean
apply_write (Import  *imp,
             Write   *w,
             GError **error)
{
  gboolean ok;

  for (guint i = 0; i < MAX_LINKS && w->link_field[i] != NULL; i++)
    ct_record_set_int (w->record, w->link_field[i], ct_record_get_id (w->link_parent[i]));

  if (w->update)
    ok = ct_record_store_update (w->store, w->record, imp->actor, error);
  else
    ok = ct_record_store_insert (w->store, w->record, imp->actor, error);

  if (!ok)
    g_prefix_error (error, _("Line %u: "), w->line);
  return ok;
}

static gboolean
write_all_cb (CtDatabase  *db,
              gpointer     user_data,
              GError     **error)
{
  Import *imp = user_data;

  for (guint i = 0; i < imp->writes->len; i++)
    {
      if (!apply_write (imp, g_ptr_array_index (imp->writes, i), error))
        return FALSE;
    }
  return TRUE;
}

/* Counts the row and plans its write, unless it changes nothing. */
static gboolean
push_write (Import   *imp,
            Write    *w,
            CtRecord *existing)
{
  imp->n_imported++;
  if (existing != NULL)
    imp->n_updated++;

  if (existing != NULL && ct_record_equal_values (w->record, existing))
    write_free (w);
  else
    g_ptr_array_add (imp->writes, w);
  return TRUE;
}

/* Cells and errors */

static const char *
cell (Import *imp,
      guint   spec)
{
  int index = imp->cell_of[spec];

  if (index < 0 || (guint) index >= imp->row->len)
    return "";
  return g_ptr_array_index (imp->row, index);
}

static gboolean
cell_error (Import      *imp,
            guint        spec,
            GError     **error,
            const char  *format,
            ...)
{
  g_autofree char *problem = NULL;
  g_autofree char *letter = NULL;
  int index = imp->cell_of[spec];
  va_list args;

  va_start (args, format);
  problem = g_strdup_vprintf (format, args);
  va_end (args);

  if (index < 0)
    {
      g_set_error (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_VALUE,
                   _("Line %u: %s"), imp->line, problem);
      return FALSE;
    }

  letter = ct_csv_column_name (index);
  /* TRANSLATORS: Line 14, column "owner_phone" (E): "12345" is not a phone number */
  g_set_error (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_VALUE, _("Line %u, column \"%s\" (%s): %s"),
               imp->line, (const char *) g_ptr_array_index (imp->header, index), letter, problem);
  return FALSE;
}

static const char *
field_nick (CtRecord   *record,
            const char *field)
{
  const CtTableInfo *table = ct_record_get_table (record);

  for (guint i = 0; field != NULL && i < table->n_fields; i++)
    {
      if (g_str_equal (table->fields[i].name, field))
        return _(table->fields[i].nick);
    }
  return NULL;
}

/* The present column whose field the validation @message names, or -1. */
static int
column_named_in (Import     *imp,
                 CtRecord   *record,
                 const char *message)
{
  g_autofree char *folded = g_utf8_casefold (message, -1);
  gsize best_len = 0;
  int best = -1;

  for (guint i = 0; i < imp->kind->n_columns; i++)
    {
      const char *nick = field_nick (record, imp->kind->columns[i].field);
      g_autofree char *folded_nick = nick != NULL ? g_utf8_casefold (nick, -1) : NULL;

      if (imp->cell_of[i] < 0 || folded_nick == NULL || strlen (folded_nick) <= best_len)
        continue;
      if (strstr (folded, folded_nick) != NULL)
        {
          best = i;
          best_len = strlen (folded_nick);
        }
    }
  return best;
}

static gboolean
validate_row (Import    *imp,
              CtRecord  *record,
              GError   **error)
{
  g_autoptr(GError) local_error = NULL;
  int spec;

  if (ct_record_validate (record, &local_error))
    return TRUE;

  spec = column_named_in (imp, record, local_error->message);
  if (spec >= 0)
    return cell_error (imp, spec, error, "%s", local_error->message);

  g_set_error (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_VALUE,
               _("Line %u: %s"), imp->line, local_error->message);
  return FALSE;
}

/* Cell values */

static char *
strip_suffix (const char        *text,
              const char *const *suffixes)
{
  gsize len = strlen (text);

  for (guint i = 0; suffixes[i] != NULL; i++)
    {
      if (g_str_has_suffix (text, suffixes[i]))
        return g_strstrip (g_strndup (text, len - strlen (suffixes[i])));
    }
  return g_strdup (text);
}

static void
set_text (Import   *imp,
          CtRecord *record,
          guint     spec)
{
  const char *value = cell (imp, spec);

  if (*value != '\0')
    ct_record_set_string (record, imp->kind->columns[spec].field, value);
}

static gboolean
set_phone (Import    *imp,
           CtRecord  *record,
           guint      spec,
           GError   **error)
{
  const char *field = imp->kind->columns[spec].field;
  const char *text = cell (imp, spec);
  g_autoptr(GString) phone = g_string_new (NULL);

  for (const char *p = g_str_has_prefix (text, "+86") ? text + 3 : text; *p != '\0'; p++)
    {
      if (*p != ' ')
        g_string_append_c (phone, *p);
    }
  if (phone->len == 0)
    return TRUE;

  ct_record_set_string (record, field, phone->str);
  if (ct_record_check_phone (record, field, NULL))
    return TRUE;
  return cell_error (imp, spec, error, _("\"%s\" is not a phone number"), text);
}

static gboolean
read_number (const char **p,
             guint        max_digits,
             guint       *value)
{
  guint n_digits = 0;

  for (*value = 0; g_ascii_isdigit (**p) && n_digits < max_digits; (*p)++, n_digits++)
    *value = *value * 10 + (**p - '0');
  return n_digits > 0 && !g_ascii_isdigit (**p);
}

static gboolean
skip_date_separator (const char **p,
                     const char  *word)
{
  if (**p == '-' || **p == '/' || **p == '.')
    {
      (*p)++;
      return TRUE;
    }
  if (!g_str_has_prefix (*p, word))
    return FALSE;
  *p += strlen (word);
  return TRUE;
}

/* "2024-03-05", "2024/3/5", "2024.3.5" or "2024年3月5日" → "2024-03-05". */
static char *
parse_date (const char *text)
{
  const char *p = text;
  guint year, month, day;

  if (!read_number (&p, 4, &year) || !skip_date_separator (&p, "年")
      || !read_number (&p, 2, &month) || !skip_date_separator (&p, "月")
      || !read_number (&p, 2, &day))
    return NULL;
  if (g_str_has_prefix (p, "日"))
    p += strlen ("日");
  if (*p != '\0' || year < 1900
      || !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return NULL;

  return g_strdup_printf ("%04u-%02u-%02u", year, month, day);
}

/* Header */

static char *
normalise_header (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);

  g_strdelimit (g_strstrip (folded), " -", '_');
  return g_steal_pointer (&folded);
}

static int
find_column (const ImportKind *kind,
             const char       *header)
{
  g_autofree char *name = normalise_header (header);

  for (guint i = 0; i < kind->n_columns; i++)
    {
      g_auto(GStrv) aliases = g_strsplit (kind->columns[i].aliases, "|", -1);

      if (g_str_equal (name, kind->columns[i].key)
          || g_strv_contains ((const char *const *) aliases, name))
        return i;
    }
  return -1;
}

static char *
dup_known_columns (const ImportKind *kind)
{
  g_autoptr(GString) list = g_string_new (NULL);

  for (guint i = 0; i < kind->n_columns; i++)
    g_string_append_printf (list, "%s%s", i > 0 ? ", " : "", kind->columns[i].key);
  return g_string_free (g_steal_pointer (&list), FALSE);
}

static gboolean
header_error (Import      *imp,
              guint        cell_index,
              const char  *problem,
              GError     **error)
{
  g_autofree char *letter = ct_csv_column_name (cell_index);

  g_set_error (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_HEADER, _("Line %u, column \"%s\" (%s): %s"),
               imp->line, (const char *) g_ptr_array_index (imp->header, cell_index), letter,
               problem);
  return FALSE;
}

