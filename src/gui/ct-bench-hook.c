/* ct-bench-hook.c — the first-frame probe of caretaker-bench
 *
 * Only active when the environment variable CARETAKER_BENCH_FIRST_FRAME is set
 * (tests/bench/bench-app.c sets it). After every frame the window paints it
 * checks whether the Tickets tab is the visible page, is mapped and its list
 * model has been counted with rows; the first frame that shows them ends the
 * run: "first-frame-usec N" (microseconds since the start of main ()) and
 * "vmhwm-kib N" (the peak RSS so far) on stdout, then the window closes and the
 * application quits as when a person closes it: the database is closed, so
 * its WAL is checkpointed and removed and the next start does not find an
 * orphan WAL (which is tried on a copy of the whole file first).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-bench-hook"

#include "config.h"

#include <stdio.h>
#include <string.h>

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

/* VmHWM of this process in KiB, or -1. */
static gint64
read_hwm (void)
{
  g_autofree char *text = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &text, NULL, NULL)
      || (line = strstr (text, "VmHWM:")) == NULL)
    return -1;
  return g_ascii_strtoll (line + strlen ("VmHWM:"), NULL, 10);
}

static gboolean
close_cb (gpointer user_data)
{
  gtk_window_destroy (GTK_WINDOW (user_data));
  return G_SOURCE_REMOVE;
}

static void
after_paint_cb (GdkFrameClock *clock,
                CtWindow      *self)
{
  gint64 usec;

  if (!tickets_shown (self))
    {
      /* Keep frames coming until the rows are there. */
      gtk_widget_queue_draw (GTK_WIDGET (self));
      return;
    }
  g_signal_handlers_disconnect_by_func (clock, after_paint_cb, self);
  usec = g_get_monotonic_time () - ct_bench_hook_start_time;
  printf ("first-frame-usec %" G_GINT64_FORMAT "\nvmhwm-kib %" G_GINT64_FORMAT "\n",
          usec, read_hwm ());
  fflush (stdout);
  g_idle_add_full (G_PRIORITY_HIGH, close_cb, g_object_ref (self), g_object_unref);
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
