/* ct-site.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-site"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-site.h"

struct _CtSite
{
  CtRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CtSite, ct_site, CT_TYPE_RECORD)

static const CtField fields[] = {
  { "code",    CT_FIELD_TEXT, N_("Code") },
  { "name",    CT_FIELD_TEXT, N_("Name") },
  { "address", CT_FIELD_TEXT, N_("Address") },
  { "phone",   CT_FIELD_TEXT, N_("Service desk phone") },
};

static const CtTableInfo table = {
  "sites", "site", "name, id", fields, G_N_ELEMENTS (fields)
};

static gboolean
ct_site_validate (CtRecord  *record,
                  GError   **error)
{
  return ct_record_require_text (record, "code", error)
      && ct_record_require_text (record, "name", error)
      && ct_record_check_phone (record, "phone", error);
}

static char *
ct_site_dup_label (CtRecord *record)
{
  return g_strdup (ct_record_get_string (record, "name"));
}

static void
ct_site_class_init (CtSiteClass *klass)
{
  CtRecordClass *record_class = CT_RECORD_CLASS (klass);

  ct_record_class_set_table (record_class, &table);
  record_class->validate = ct_site_validate;
  record_class->dup_label = ct_site_dup_label;
}

static void
ct_site_init (CtSite *self)
{
}

CtSite *
ct_site_new (const char *code,
             const char *name)
{
  return g_object_new (CT_TYPE_SITE, "code", code, "name", name, NULL);
}
