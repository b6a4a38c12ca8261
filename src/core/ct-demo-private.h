/* ct-demo-private.h — shared by ct-demo.c (planning and writing the demo) and
 * ct-demo-data.c (the company's tables and the seeded generator drawing from them)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-demo.h"
#include "ct-organisation.h"

G_BEGIN_DECLS

#define CT_DEMO_N_SITES_SMALL 3
#define CT_DEMO_N_SITES       10

typedef enum
{
  CT_DEMO_KIND_HIGH_RISE,
  CT_DEMO_KIND_LOW_RISE,
  CT_DEMO_KIND_VILLA,
  CT_DEMO_N_KINDS
} CtDemoBuildingKind;

typedef struct
{
  const char *code;
  const char *name;
  const char *address;
  const char *phone;
  guint8      small[CT_DEMO_N_KINDS];   /* buildings of each kind; all 0 = not in small */
  guint8      large[CT_DEMO_N_KINDS];
} CtDemoSiteInfo;

typedef struct
{
  const char *department;       /* code of a default department */
  const char *post;
  gboolean    per_site;         /* FALSE: company-wide (site_id 0) */
  gboolean    leader;           /* always active */
  guint       fixed;
  guint       per_10k_units;    /* more staff for every 10,000 units served */
} CtDemoPostInfo;

/* ct-demo-data.c: the tables */
extern const CtDemoSiteInfo ct_demo_sites[CT_DEMO_N_SITES];
extern const CtDemoPostInfo ct_demo_posts[];
extern const guint          ct_demo_n_posts;

/* ct-demo-data.c: the splitmix64 generator; the same @state gives the same draws */
guint64   ct_demo_rng_next       (guint64                   *state);
/* 0 … n-1 (the modulo bias is far below anything visible in demo data) */
guint     ct_demo_rng_below      (guint64                   *state,
                                  guint                      n);
guint     ct_demo_rng_range      (guint64                   *state,
                                  guint                      lo,
                                  guint                      hi);

/* ct-demo-data.c: records drawn from the tables */
char     *ct_demo_make_name       (guint64                   *rng);
char     *ct_demo_make_mobile     (guint64                   *rng);
/* @info with its Chinese name and phone when the table knows it. */
CtRecord *ct_demo_make_department (const CtDepartmentDefault *info);
CtRecord *ct_demo_make_site       (guint                      site);
/* Staff number CT@number in the post @post; drawn: name, phone, status, hire date. */
CtRecord *ct_demo_make_staff      (guint64                   *rng,
                                   guint                      number,
                                   const CtDemoPostInfo      *post,
                                   gint64                     department_id,
                                   gint64                     site_id);

G_END_DECLS
