/* ct-site.h — a site (项目/小区): one residential estate under management
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-record.h"

G_BEGIN_DECLS

/* Fields: code, name, address, phone (the service desk). */
#define CT_TYPE_SITE (ct_site_get_type ())
G_DECLARE_FINAL_TYPE (CtSite, ct_site, CT, SITE, CtRecord)

CtSite *ct_site_new (const char *code,
                     const char *name);

G_END_DECLS
