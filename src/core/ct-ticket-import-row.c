/* ct-ticket-import-row.c — one row of a ticket import: its code, kind, texts
 * and counts (times: ct-ticket-import-check.c, places and people:
 * ct-ticket-import-org.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-ticket-import"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "ct-error.h"
#include "ct-ticket-import-private.h"

/* How much of the description becomes the title when the file has none. */
#define TITLE_FROM_DESCRIPTION_CHARS 30

/* Codes */

/* The line of the first row whose code @stmt returns, or 0; its code in @code. */
static guint
first_found (CtTicketImport  *imp,
             sqlite3_stmt    *stmt,
             char           **code)
{
  guint first = 0;

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *found = (const char *) sqlite3_column_text (stmt, 0);
      guint line = GPOINTER_TO_UINT (g_hash_table_lookup (imp->codes, found));

      if (line != 0 && (first == 0 || line < first))
        {
          first = line;
          g_free (*code);
          *code = g_strdup (found);
        }
    }
  sqlite3_reset (stmt);
  return first;
}

static char *
dup_codes_json (CtTicketImport *imp)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  GHashTableIter iter;
  gpointer code;

  json_builder_begin_array (builder);
  g_hash_table_iter_init (&iter, imp->codes);
  while (g_hash_table_iter_next (&iter, &code, NULL))
    json_builder_add_string_value (builder, code);
  json_builder_end_array (builder);
  root = json_builder_get_root (builder);
  return json_to_string (root, FALSE);
}

gboolean
ct_ticket_import_check_codes (CtTicketImport  *imp,
                              GError         **error)
{
  g_autofree char *json = NULL;
  g_autofree char *code = NULL;
  sqlite3_stmt *stmt;
  guint line;

  if (g_hash_table_size (imp->codes) == 0)
    return TRUE;
  stmt = ct_database_prepare (imp->db, "SELECT code FROM tickets "
                              "WHERE code IN (SELECT value FROM json_each (?))", error);
  if (stmt == NULL)
    return FALSE;
  json = dup_codes_json (imp);
  sqlite3_bind_text (stmt, 1, json, -1, SQLITE_STATIC);
  line = first_found (imp, stmt, &code);
  sqlite3_clear_bindings (stmt);
  if (line == 0)
    return TRUE;
  imp->table.line = line;
  g_clear_pointer (&imp->table.row, g_ptr_array_unref);
  imp->table.row = g_ptr_array_new ();
  return ct_ticket_import_cell_error (imp, CT_TICKET_COL_CODE, error,
                                      _("ticket %s is in the database already"), code);
}

/* Remembers the highest number of codes in the store's own form, T-2025-00042,
 * so that the store numbers the tickets it codes after them. */
static void
note_store_code (CtTicketImport *imp,
                 const char     *code)
{
  guint64 year, number;
  const char *p = code + strlen ("T-");
  char *end = NULL;

  if (!g_str_has_prefix (code, "T-") || strlen (code) < strlen ("T-2025-1") || p[4] != '-'
      || !g_ascii_isdigit (p[5]))
    return;
  year = g_ascii_strtoull (p, &end, 10);
  if (end != p + 4)
    return;
  number = g_ascii_strtoull (p + 5, &end, 10);
  if (*end != '\0' || number > G_MAXINT32)
    return;
  if (number > GPOINTER_TO_UINT (g_hash_table_lookup (imp->numbered, GUINT_TO_POINTER (year))))
    g_hash_table_insert (imp->numbered, GUINT_TO_POINTER (year), GUINT_TO_POINTER (number));
}

static gboolean
read_code (CtTicketImport  *imp,
           CtRecord        *ticket,
           GError         **error)
{
  const char *code = ct_ticket_io_unneutralise (ct_ticket_import_cell (imp, CT_TICKET_COL_CODE));
  guint first;

  if (*code == '\0')
    return TRUE;
  ct_record_set_string (ticket, "code", code);
  first = GPOINTER_TO_UINT (g_hash_table_lookup (imp->codes, code));
  if (first == 0)
    g_hash_table_insert (imp->codes, g_strdup (code), GUINT_TO_POINTER (imp->table.line));
  else if (first != imp->table.line)
    return ct_ticket_import_cell_error (imp, CT_TICKET_COL_CODE, error,
                                        _("ticket number %s is also on line %u"), code, first);
  if (!imp->saving)
    note_store_code (imp, code);
  return TRUE;
}

/* Vocabularies */

static gboolean
read_term (CtTicketImport      *imp,
           CtRecord            *ticket,
           CtTicketColumn       column,
           CtTicketTermFunc     from_text,
           const char *const   *keys,
           GError             **error)
{
  const char *text = ct_ticket_import_cell (imp, column);
  const char *key;
  g_autofree char *list = NULL;

  if (*text == '\0')
    return TRUE;
  key = ct_ticket_import_term (imp, column, from_text, text);
  if (key != NULL)
    {
      ct_record_set_string (ticket, ct_ticket_columns[column].key, key);
      return TRUE;
    }
  list = g_strjoinv (", ", (char **) keys);
  return ct_ticket_import_cell_error (imp, column, error, _("\"%s\" is not one of: %s"),
                                      text, list);
}

static gboolean
read_kind (CtTicketImport  *imp,
           CtRecord        *ticket,
           GError         **error)
{
  const char *kind;
  gboolean repair;

  if (*ct_ticket_import_cell (imp, CT_TICKET_COL_KIND) == '\0')
    return ct_ticket_import_cell_error (imp, CT_TICKET_COL_KIND, error,
                                        _("the kind is empty"));
  if (!read_term (imp, ticket, CT_TICKET_COL_KIND, ct_ticket_kind_from_text,
                  ct_ticket_kinds (), error)
      || !read_term (imp, ticket, CT_TICKET_COL_REPAIR_CLASS, ct_ticket_repair_class_from_text,
                     ct_ticket_repair_classes (), error)
      || !read_term (imp, ticket, CT_TICKET_COL_CHANNEL, ct_ticket_channel_from_text,
                     ct_ticket_channels (), error))
    return FALSE;

  kind = ct_record_get_string (ticket, "kind");
  repair = g_str_equal (kind, "repair");
  if (repair && *ct_record_get_string (ticket, "repair_class") == '\0')
    return ct_ticket_import_cell_error (imp, CT_TICKET_COL_REPAIR_CLASS, error,
                                        _("a repair needs a class: emergency, routine or "
                                          "appointment"));
  if (!repair && *ct_record_get_string (ticket, "repair_class") != '\0')
    return ct_ticket_import_cell_error (imp, CT_TICKET_COL_REPAIR_CLASS, error,
                                        _("only repairs have a class (the kind is “%s”)"),
                                        ct_ticket_kind_label (kind));
  return TRUE;
}

/* Text and numbers */

static void
set_text (CtTicketImport *imp,
          CtRecord       *ticket,
          CtTicketColumn  column)
{
  const char *text = ct_ticket_io_unneutralise (ct_ticket_import_cell (imp, column));

  /* A new ticket's texts are empty. */
  if (*text != '\0')
    ct_record_set_string (ticket, ct_ticket_columns[column].key, text);
}

static char *
title_from_description (const char *description)
{
  gsize line_end = strcspn (description, "\r\n");
  g_autofree char *line = g_strndup (description, line_end);
  g_autofree char *start = NULL;

  if (g_utf8_strlen (line, -1) <= TITLE_FROM_DESCRIPTION_CHARS)
    return g_steal_pointer (&line);
  start = g_utf8_substring (line, 0, TITLE_FROM_DESCRIPTION_CHARS);
  return g_strconcat (start, "…", NULL);
}

static gboolean
read_texts (CtTicketImport  *imp,
            CtRecord        *ticket,
            GError         **error)
{
  static const CtTicketColumn columns[] = {
    CT_TICKET_COL_CATEGORY, CT_TICKET_COL_REPORTER, CT_TICKET_COL_TITLE,
    CT_TICKET_COL_DESCRIPTION,
  };
  g_autoptr(GString) phone = g_string_new (ct_ticket_import_cell (imp, CT_TICKET_COL_PHONE));

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    set_text (imp, ticket, columns[i]);
  if (*ct_record_get_string (ticket, "title") == '\0')
    {
      g_autofree char *title = title_from_description (ct_record_get_string (ticket,
                                                                             "description"));

      if (*title == '\0')
        return ct_ticket_import_cell_error (imp, CT_TICKET_COL_TITLE, error,
                                            _("the ticket has neither a title nor a "
                                              "description"));
      ct_record_set_string (ticket, "title", title);
    }

  g_string_replace (phone, " ", "", 0);
  ct_record_set_string (ticket, "phone", phone->str);
  if (!ct_record_check_phone (ticket, "phone", NULL))
    return ct_ticket_import_cell_error (imp, CT_TICKET_COL_PHONE, error,
                                        _("\"%s\" is not a phone number"),
                                        ct_ticket_import_cell (imp, CT_TICKET_COL_PHONE));
  return TRUE;
}

static gboolean
read_count (CtTicketImport  *imp,
            CtRecord        *ticket,
            GError         **error)
{
  const char *text = ct_ticket_import_cell (imp, CT_TICKET_COL_REOPENED_COUNT);
  gint64 count = 0;

  if (*text != '\0' && !g_ascii_string_to_signed (text, 10, 0, 1000, &count, NULL))
    return ct_ticket_import_cell_error (imp, CT_TICKET_COL_REOPENED_COUNT, error,
                                        _("\"%s\" is not a number of times from 0 to 1000"),
                                        text);
  if (count != 0)
    ct_record_set_int (ticket, "reopened_count", count);
  return TRUE;
}

/* ct_record_validate () of what the columns did not already check. */
static gboolean
validate (CtTicketImport  *imp,
          CtRecord        *ticket,
          GError         **error)
{
  g_autoptr(GError) local_error = NULL;

  if (ct_record_validate (ticket, &local_error))
    return TRUE;
  g_set_error (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_VALUE,
               _("Line %u: %s"), imp->table.line, local_error->message);
  return FALSE;
}

CtTicket *
ct_ticket_import_row (CtTicketImport  *imp,
                      GError         **error)
{
  g_autoptr(CtTicket) ticket = ct_ticket_new ("", "");
  CtRecord *r = CT_RECORD (ticket);

  if (!ct_csv_table_check_unnamed_cells (&imp->table, error)
      || !read_code (imp, r, error)
      || !read_kind (imp, r, error)
      || !read_texts (imp, r, error)
      || !ct_ticket_import_place (imp, r, error)
      || !ct_ticket_import_people (imp, r, error)
      || !read_count (imp, r, error)
      || !ct_ticket_import_read_times (imp, r, error)
      || !validate (imp, r, error))
    return NULL;
  return g_steal_pointer (&ticket);
}
