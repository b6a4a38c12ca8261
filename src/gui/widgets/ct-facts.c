/* ct-facts.c — record values as the detail panes show them: the field's
 * description and the names of referenced records
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-facts"

#include "config.h"

#include "ct-facts.h"

const CtField *
ct_facts_find_field (CtRecord   *record,
                     const char *field)
{
  const CtTableInfo *table;

  g_return_val_if_fail (CT_IS_RECORD (record), NULL);

  table = ct_record_get_table (record);
  for (guint i = 0; i < table->n_fields; i++)
    if (g_str_equal (table->fields[i].name, field))
      return &table->fields[i];
  return NULL;
}

char *
ct_facts_dup_record_label (CtRecordStore *store,
                           gint64         id)
{
  CtRecord *record;

  if (id == 0)
    return g_strdup ("");
  record = ct_record_store_lookup (store, id);
  if (record == NULL)
    return g_strdup_printf ("#%" G_GINT64_FORMAT, id);
  return ct_record_dup_label (record);
}

char *
ct_facts_dup_org_ref (CtOrganisation *org,
                      const char     *field,
                      gint64          id)
{
  if (g_str_equal (field, "site_id"))
    return ct_facts_dup_record_label (ct_organisation_get_sites (org), id);
  if (g_str_equal (field, "building_id"))
    return ct_facts_dup_record_label (ct_organisation_get_buildings (org), id);
  if (g_str_equal (field, "department_id"))
    return ct_facts_dup_record_label (ct_organisation_get_departments (org), id);
  if (g_str_equal (field, "assignee_id"))
    return ct_facts_dup_record_label (ct_organisation_get_staff (org), id);
  return NULL;
}

char *
ct_facts_dup_ticket_code (CtContext *ctx,
                          gint64     id)
{
  g_autoptr(CtTicket) ticket = NULL;

  if (id == 0)
    return g_strdup ("");
  ticket = ct_ticket_store_load (ct_context_get_tickets (ctx), id, NULL);
  if (ticket == NULL)
    return g_strdup_printf ("#%" G_GINT64_FORMAT, id);
  return g_strdup (ct_ticket_get_code (ticket));
}
