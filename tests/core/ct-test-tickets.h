/* ct-test-tickets.h — many tickets, fast: SQL inserts for the list and page
 * tests (the ticket store computes deadlines; these rows carry made-up ones)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-organisation.h"

G_BEGIN_DECLS

#define CT_TEST_N_STAFF 6

typedef struct
{
  gint64 site_ids[2];
  gint64 department_ids[2];
  gint64 staff_ids[CT_TEST_N_STAFF];   /* two are both named 王芳 */
} CtTestTicketOrg;

/* Inserts two sites and six staff into @org (with its default departments). */
void ct_test_tickets_add_org (CtOrganisation        *org,
                              CtTestTicketOrg       *out);
/* Inserts @n tickets and their search index rows in one transaction: kinds,
 * statuses, titles, addresses, reporters, assignees and deadlines drawn from
 * @seed (deterministic), created on the hour in the 90 days before @now, some
 * past a deadline at @now. Codes are T-2024-00001 … (a year the store does not number
 * at @now) in a shuffled order. */
void ct_test_tickets_insert  (CtDatabase            *db,
                              const CtTestTicketOrg *org,
                              guint                  n,
                              guint32                seed,
                              gint64                 now);

G_END_DECLS
