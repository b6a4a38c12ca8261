/* ct-ticket-kpi-private.h — what the KPI computation and its formatting share
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

/* The index of @key in ct_ticket_kpi_keys(), or -1. */
int ct_ticket_kpi_index (const char *key);

G_END_DECLS
