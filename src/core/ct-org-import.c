/* ct-org-import.c — planned writes, parents and running an import
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-org-import"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ct-database-private.h"
#include "ct-error.h"
#include "ct-org-import-private.h"

/* Planned writes */

void
ct_org_import_write_free (CtOrgImportWrite *w)
{
  g_clear_object (&w->record);
  for (guint i = 0; i < CT_ORG_IMPORT_MAX_LINKS; i++)
    g_clear_object (&w->link_parent[i]);
  g_free (w);
}

CtOrgImportWrite *
ct_org_import_write_new (CtRecordStore *store,
                         CtRecord      *record,
                         guint          line,
                         gboolean       update)
{
  CtOrgImportWrite *w = g_new0 (CtOrgImportWrite, 1);

  w->store = store;
  w->record = record;
  w->line = line;
  w->update = update;
  return w;
}

/* Sets @field of the planned record to the id of @parent, now or, for a parent
 * this import creates, when the record is written. */
void
ct_org_import_write_link (CtOrgImportWrite *w,
                          const char       *field,
                          CtRecord         *parent)
{
  gint64 id = ct_record_get_id (parent);

  ct_record_set_int (w->record, field, id != 0 ? id : CT_ORG_IMPORT_PENDING_ID);
  if (id != 0)
    return;

  for (guint i = 0; i < CT_ORG_IMPORT_MAX_LINKS; i++)
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
apply_write (CtOrgImport       *imp,
             CtOrgImportWrite  *w,
             GError           **error)
{
  gboolean ok;

  for (guint i = 0; i < CT_ORG_IMPORT_MAX_LINKS && w->link_field[i] != NULL; i++)
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
  CtOrgImport *imp = user_data;

  for (guint i = 0; i < imp->writes->len; i++)
    {
      if (!apply_write (imp, g_ptr_array_index (imp->writes, i), error))
        return FALSE;
    }
  return TRUE;
}

/* Validates the row's record, then counts the row and plans its write, unless
 * it changes nothing. */
gboolean
ct_org_import_push_write (CtOrgImport       *imp,
                          CtOrgImportWrite  *w_,
                          CtRecord          *existing,
                          GError           **error)
{
  g_autoptr(CtOrgImportWrite) w = w_;

  if (!ct_org_import_validate_row (imp, w->record, error))
    return FALSE;

  imp->n_imported++;
  if (existing != NULL)
    imp->n_updated++;

  if (existing == NULL || !ct_record_equal_values (w->record, existing))
    g_ptr_array_add (imp->writes, g_steal_pointer (&w));
  return TRUE;
}

/* Parents: sites, buildings, departments */

CtRecord *
ct_org_import_lookup_parent (CtOrgImport *imp,
                             const char  *kind,
                             const char  *text)
{
  g_autofree char *key = g_strconcat (kind, "\x1f", text, NULL);

  return g_hash_table_lookup (imp->parents, key);
}

/* Returns @parent; NULL, the result of a failed lookup, is not remembered. */
CtRecord *
ct_org_import_remember_parent (CtOrgImport *imp,
                               const char  *kind,
                               const char  *text,
                               CtRecord    *parent)
{
  if (parent != NULL)
    g_hash_table_replace (imp->parents, g_strconcat (kind, "\x1f", text, NULL),
                          g_object_ref (parent));
  return parent;
}

/* Plans the insert of @w_ (transfer full), a parent the cell of @column names. */
CtRecord *
ct_org_import_create_parent (CtOrgImport       *imp,
                             guint              column,
                             CtOrgImportWrite  *w_,
                             GError           **error)
{
  g_autoptr(CtOrgImportWrite) w = w_;
  g_autoptr(GError) local_error = NULL;
  CtRecord *parent = w->record;

  if (!ct_record_validate (parent, &local_error))
    {
      ct_org_import_cell_error (imp, column, error, "%s", local_error->message);
      return NULL;
    }

  imp->n_created++;
  g_ptr_array_add (imp->writes, g_steal_pointer (&w));
  return parent;
}

/* TRUE when the import may create the missing parent; otherwise sets @error to
 * the problem and what to do about it. */
gboolean
ct_org_import_may_create (CtOrgImport  *imp,
                          guint         column,
                          GError      **error,
                          const char   *format,
                          ...)
{
  g_autofree char *problem = NULL;
  va_list args;

  if (imp->flags & CT_ORG_IMPORT_CREATE_MISSING)
    return TRUE;

  va_start (args, format);
  problem = g_strdup_vprintf (format, args);
  va_end (args);
  return ct_org_import_cell_error (imp, column, error,
                                   _("%s. Add it first, or let the import create missing "
                                     "sites, buildings and departments."), problem);
}

static CtRecord *
find_site (CtOrgImport *imp,
           const char  *text)
{
  CtRecordStore *sites = ct_organisation_get_sites (imp->org);
  CtRecord *site = ct_record_store_find (sites, "name", text);

  return site != NULL ? site : ct_record_store_find (sites, "code", text);
}

CtRecord *
ct_org_import_resolve_site (CtOrgImport  *imp,
                            guint         column,
                            GError      **error)
{
  CtRecordStore *sites = ct_organisation_get_sites (imp->org);
  const char *text = ct_org_import_cell (imp, column);
  CtRecord *site;

  if (*text == '\0')
    {
      ct_org_import_cell_error (imp, column, error, _("the site is empty"));
      return NULL;
    }

  site = ct_org_import_lookup_parent (imp, "site", text);
  if (site == NULL)
    site = find_site (imp, text);
  if (site == NULL
      && ct_org_import_may_create (imp, column, error, _("there is no site \"%s\""), text))
    {
      CtRecord *record = CT_RECORD (ct_site_new (text, text));

      site = ct_org_import_create_parent (imp, column,
                                          ct_org_import_write_new (sites, record,
                                                                   imp->table.line, FALSE),
                                          error);
    }
  return ct_org_import_remember_parent (imp, "site", text, site);
}

CtRecord *
ct_org_import_resolve_department (CtOrgImport  *imp,
                                  guint         column,
                                  GError      **error)
{
  CtRecordStore *departments = ct_organisation_get_departments (imp->org);
  const char *text = ct_org_import_cell (imp, column);
  CtRecord *department = ct_org_import_lookup_parent (imp, "department", text);

  if (department == NULL)
    department = (CtRecord *) ct_organisation_find_department (imp->org, text);
  if (department == NULL
      && ct_org_import_may_create (imp, column, error, _("there is no department \"%s\""), text))
    {
      CtRecord *record = CT_RECORD (ct_department_new (text, text));

      department = ct_org_import_create_parent (imp, column,
                                                ct_org_import_write_new (departments, record,
                                                                         imp->table.line, FALSE),
                                                error);
    }
  return ct_org_import_remember_parent (imp, "department", text, department);
}

/* Running an import */

static void
import_free (CtOrgImport *imp)
{
  ct_csv_table_clear (&imp->table);
  g_clear_pointer (&imp->seen, g_hash_table_unref);
  g_clear_pointer (&imp->parents, g_hash_table_unref);
  g_clear_pointer (&imp->units, g_hash_table_unref);
  g_clear_pointer (&imp->writes, g_ptr_array_unref);
  g_free (imp);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtOrgImport, import_free)

static CtOrgImport *
import_new (CtOrganisation        *org,
            const char            *actor,
            CtOrgImportFlags       flags,
            const CtOrgImportKind *kind)
{
  CtOrgImport *imp = g_new0 (CtOrgImport, 1);

  imp->org = org;
  imp->actor = actor;
  imp->flags = flags;
  imp->kind = kind;
  for (guint i = 0; i < CT_ORG_IMPORT_MAX_COLUMNS; i++)
    imp->cell_of[i] = -1;
  imp->seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  imp->parents = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  imp->writes = g_ptr_array_new_with_free_func ((GDestroyNotify) ct_org_import_write_free);
  return imp;
}

static gboolean
save (CtOrgImport  *imp,
      GError      **error)
{
  CtDatabase *db = ct_organisation_get_database (imp->org);
  g_autoptr(GError) reload_error = NULL;

  if (imp->writes->len == 0 || ct_database_write (db, write_all_cb, imp, error))
    return TRUE;

  /* The stores' models saw the writes that were rolled back. */
  if (!ct_organisation_reload (imp->org, &reload_error))
    g_warning ("Could not reload the organisation after a failed import: %s",
               reload_error->message);
  return FALSE;
}

static gboolean
run_import (CtOrganisation         *org,
            GBytes                 *csv,
            const char             *actor,
            CtOrgImportFlags        flags,
            const CtOrgImportKind  *kind,
            CtOrgImportResult      *result,
            GError                **error)
{
  g_autoptr(CtCsvReader) reader = NULL;
  g_autoptr(CtOrgImport) imp = NULL;

  if (result != NULL)
    memset (result, 0, sizeof *result);

  reader = ct_csv_reader_new_from_bytes (csv, error);
  if (reader == NULL)
    return FALSE;

  imp = import_new (org, actor, flags, kind);
  if (!ct_org_import_read_header (imp, reader, error)
      || !ct_org_import_read_rows (imp, reader, error)
      || !save (imp, error))
    return FALSE;

  if (result != NULL)
    {
      result->n_imported = imp->n_imported;
      result->n_created_parents = imp->n_created;
      result->n_updated = imp->n_updated;
    }
  return TRUE;
}

gboolean
ct_org_import_units (CtOrganisation     *org,
                     GBytes             *csv,
                     const char         *actor,
                     CtOrgImportFlags    flags,
                     CtOrgImportResult  *result,
                     GError            **error)
{
  g_return_val_if_fail (CT_IS_ORGANISATION (org), FALSE);
  g_return_val_if_fail (csv != NULL, FALSE);
  g_return_val_if_fail (actor != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return run_import (org, csv, actor, flags, &ct_org_import_unit_kind, result, error);
}

gboolean
ct_org_import_staff (CtOrganisation     *org,
                     GBytes             *csv,
                     const char         *actor,
                     CtOrgImportFlags    flags,
                     CtOrgImportResult  *result,
                     GError            **error)
{
  g_return_val_if_fail (CT_IS_ORGANISATION (org), FALSE);
  g_return_val_if_fail (csv != NULL, FALSE);
  g_return_val_if_fail (actor != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return run_import (org, csv, actor, flags, &ct_org_import_staff_kind, result, error);
}
