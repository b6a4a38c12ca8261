/* ct-demo-tickets.h — demo data: a year of service tickets for the demo company
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-demo.h"

G_BEGIN_DECLS

/* The ticket count of `caretaker-cli demo` and of the app's demo company:
 * about a year of a small company's service requests. */
#define CT_DEMO_DEFAULT_TICKETS 3000
/* The most one call makes (a benchmark needs 1,000,000). */
#define CT_DEMO_MAX_TICKETS     10000000

/* Adds @n_tickets tickets created in the twelve months before @now (UTC
 * seconds) to the organisation already in @db (sites, buildings, units with
 * owners, departments and staff: see ct_demo_generate()), with their whole
 * timeline: kinds, categories, channels and intake hours as a real service desk
 * sees them; deadlines from the SLA policies on each site's work calendar; most
 * closed on time, some late, some reopened, paused or cancelled; return visits
 * with scores; the latest still open, a few of them overdue. Also fills the
 * search index and the ticket counters, so that new tickets continue the
 * numbering, and writes one audit_log row for the lot.
 *
 * The tickets depend only on @seed, @now and the organisation: no clock is
 * read. Everything is written in one transaction: on failure or cancellation
 * (G_IO_ERROR_CANCELLED) nothing is saved. @progress is called from the
 * calling thread. */
gboolean ct_demo_generate_tickets (CtDatabase     *db,
                                   guint32         seed,
                                   guint           n_tickets,
                                   gint64          now,
                                   CtDemoProgress  progress,
                                   gpointer        user_data,
                                   GCancellable   *cancellable,
                                   GError        **error);

/* ct_demo_generate() followed by ct_demo_generate_tickets() with
 * @options->seed and ct_demo_generate_assets() (ct-demo-assets.h) with
 * @options->n_assets, in one transaction: all or nothing. @n_tickets 0 and
 * n_assets 0 give the organisation only. */
gboolean ct_demo_generate_company (CtDatabase          *db,
                                   const CtDemoOptions *options,
                                   guint                n_tickets,
                                   gint64               now,
                                   CtDemoProgress       progress,
                                   gpointer             user_data,
                                   GCancellable        *cancellable,
                                   GError             **error);

G_END_DECLS
