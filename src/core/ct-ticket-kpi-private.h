/* ct-ticket-kpi-private.h — what the KPI definitions, queries and formatting share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-ticket-kpi.h"

G_BEGIN_DECLS

/* Number of keys of ct_ticket_kpi_keys() and of ticket kinds. */
#define CT_TICKET_N_KPIS  17
#define CT_TICKET_N_KINDS 5

extern const char *const ct_ticket_kpi_kinds[CT_TICKET_N_KINDS];

typedef enum
{
  CT_TICKET_KPI_CREATED,   /* created_at in [from, to) */
  CT_TICKET_KPI_RESOLVED,  /* resolved_at in [from, to) */
  CT_TICKET_KPI_VISITED,   /* visited_at in [from, to) */
  CT_TICKET_KPI_OPEN,      /* open at :at = min(now, to) */
  CT_TICKET_KPI_N_SOURCES
} CtTicketKpiSource;

typedef struct
{
  const char        *key;
  CtKpiUnit          unit;
  CtTicketKpiSource  source;
  const char        *den;         /* a condition; NULL = every ticket of the source */
  const char        *num;         /* a condition within den (NULL = all of den), or
                                     for a score or duration the value summed or
                                     ranked */
  int                percentile;  /* 50 or 90: the value is ranked, not summed */
  double             target;      /* 0 = none */
  const char        *name;        /* marked for translation */
  const char        *definition;  /* marked for translation */
} CtTicketKpiDef;

extern const CtTicketKpiDef ct_ticket_kpi_defs[CT_TICKET_N_KPIS];

struct _CtTicketKpis
{
  CtKpiPeriod period;          /* now filled in */
  gint64      instant;         /* min(now, to) */
  gint64      num[CT_TICKET_N_KPIS];
  gint64      den[CT_TICKET_N_KPIS];
  double      value[CT_TICKET_N_KPIS];
  gboolean    has_value[CT_TICKET_N_KPIS];
  gint64      by_kind[CT_TICKET_N_KINDS];
};

/* The index of @key in ct_ticket_kpi_keys() and ct_ticket_kpi_defs, or -1. */
int                   ct_ticket_kpi_index (const char *key);
/* The row of @key, or NULL. */
const CtTicketKpiDef *ct_ticket_kpi_find  (const char *key);

G_END_DECLS
