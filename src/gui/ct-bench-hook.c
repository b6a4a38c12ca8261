/* ct-bench-hook.c — the first-frame probe of caretaker-bench
 *
 * Only active when the environment variable CARETAKER_BENCH_FIRST_FRAME is set
 * (tests/bench/bench-app.c sets it). After every frame the window paints it
 * checks whether the Tickets tab is the visible page, is mapped and its list
 * model has been counted with rows; the first frame that shows them ends the
 * run: one line "first-frame-usec N" on stdout, then the application quits.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-bench-hook"

#include "config.h"

#include <stdio.h>

#include "tickets/ct-tickets-page-private.h"

#include "ct-bench-hook.h"
#include "ct-window-private.h"

gint64 ct_bench_hook_start_time;

static gboolean
tickets_shown (CtWindow *self)
{
  GtkWidget *page = adw_view_stack_get_child_by_name (self->view_stack, "tickets");
  GListModel *model;

  if (page == NULL || !gtk_widget_get_mapped (page)
      || g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "tickets") != 0)
    return FALSE;
  model = ct_tickets_page_get_model (CT_TICKETS_PAGE (page));
  return model != NULL && g_list_model_get_n_items (model) > 0;
}

static void
after_paint_cb (GdkFrameClock *clock,
                CtWindow      *self)
{
  if (!tickets_shown (self))
    {
      /* Keep frames coming until the rows are there. */
      gtk_widget_queue_draw (GTK_WIDGET (self));
      return;
    }
  g_signal_handlers_disconnect_by_func (clock, after_paint_cb, self);
  printf ("first-frame-usec %" G_GINT64_FORMAT "\n",
          g_get_monotonic_time () - ct_bench_hook_start_time);
  fflush (stdout);
  g_application_quit (G_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))));
}

static void
realized_cb (CtWindow *self)
{
  g_signal_connect_object (gtk_widget_get_frame_clock (GTK_WIDGET (self)), "after-paint",
                           G_CALLBACK (after_paint_cb), self, 0);
}

void
ct_bench_hook_watch (CtWindow *window)
{
  static gboolean watching;

  if (watching || g_getenv ("CARETAKER_BENCH_FIRST_FRAME") == NULL)
    return;
  watching = TRUE;
  /* The figure is the first frame of the Tickets tab, whichever tab opens first. */
  adw_view_stack_set_visible_child_name (window->view_stack, "tickets");
  if (gtk_widget_get_realized (GTK_WIDGET (window)))
    realized_cb (window);
  else
    g_signal_connect (window, "realize", G_CALLBACK (realized_cb), NULL);
  gtk_widget_queue_draw (GTK_WIDGET (window));
}
