/* tickets-test-page.h — the fixture of the Tickets tab's tests: a file of
 * generated tickets and the page over it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-tickets-page-private.h"
#include "gui-test-util.h"
#include "../core/ct-test-tickets.h"

G_BEGIN_DECLS

/* 2025-11-21 04:40 UTC. */
#define NOW 1763700000

typedef struct
{
  GuiTestFile      file;
  CtTestTicketOrg  org;
  GtkWindow       *window;
  CtTicketsPage   *page;
} TicketsFixture;

/* A fresh file (a folder from @tmpl) at NOW, signed in as 客服小陈, with the
 * organisation of ct_test_tickets_add_org() and @n_tickets tickets of seed
 * 17 (none for 0), and a Tickets page showing it in a 1200 × 700 window. */
void     tickets_test_set_up    (TicketsFixture *fixture,
                                 const char     *tmpl,
                                 guint           n_tickets);
void     tickets_test_tear_down (TicketsFixture *fixture,
                                 gconstpointer   data);

G_END_DECLS
