/* tickets-test-page.c — the fixture of the Tickets tab's tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "tickets-test-page.h"

void
tickets_test_set_up (TicketsFixture *fixture,
                     const char     *tmpl,
                     guint           n_tickets)
{
  CtOrganisation *org;

  gui_test_file_open (&fixture->file, tmpl, NOW, "客服小陈");
  gui_test_file_add_departments (&fixture->file);
  org = ct_context_get_organisation (fixture->file.context);
  ct_test_tickets_add_org (org, &fixture->org);
  if (n_tickets > 0)
    ct_test_tickets_insert (fixture->file.db, &fixture->org, n_tickets, 17, NOW);

  fixture->page = CT_TICKETS_PAGE (ct_tickets_page_new ());
  fixture->window = gui_test_show_page (CT_PAGE (fixture->page), fixture->file.context,
                                        1200, 700);
}

void
tickets_test_tear_down (TicketsFixture *fixture,
                        gconstpointer   data)
{
  gui_test_destroy_toplevels ();
  gui_test_file_close (&fixture->file);
}
