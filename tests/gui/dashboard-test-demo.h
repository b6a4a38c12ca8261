/* dashboard-test-demo.h — the fixture of the dashboard's GUI tests over a
 * demo company: the Dashboard, Tickets and Assets tabs in a view stack
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-assets-page-private.h"
#include "ct-dashboard-page-private.h"
#include "gui-test-util.h"

G_BEGIN_DECLS

/* 2025-11-21 04:40 UTC, as the core tests. */
#define DASHBOARD_TEST_NOW 1763700000

typedef struct
{
  GuiTestFile      file;
  GtkWindow       *window;
  AdwViewStack    *stack;
  CtDashboardPage *page;
  CtAssetsPage    *assets;
} DashboardFixture;

/* Makes the demo company once (1,500 tickets and 300 assets of the year
 * before DASHBOARD_TEST_NOW); each fixture opens a copy of it. */
void dashboard_test_make_template (void);
void dashboard_test_remove_template (void);

void dashboard_fixture_set_up     (DashboardFixture *fixture,
                                   gconstpointer     data);
void dashboard_fixture_tear_down  (DashboardFixture *fixture,
                                   gconstpointer     data);

/* Runs the main loop while @busy (at most 30 s). */
void dashboard_test_wait_for      (CtDashboardPage  *page,
                                   gboolean        (*busy) (CtDashboardPage *));

G_END_DECLS
