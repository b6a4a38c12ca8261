/* ct-window-live.c — shared mode in the window: presence and live refresh
 *
 * Everything runs on the main thread from two timers; core keeps each step
 * short (a poll reads PRAGMA data_version and, only after another app
 * committed, the new audit_log rows; a heartbeat waits at most a second).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-window-live"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-change-toast.h"
#include "ct-change-watch.h"
#include "ct-live-refresh.h"
#include "ct-presence-button.h"
#include "ct-presence.h"
#include "ct-window-live.h"
#include "ct-window-private.h"

/* How often other apps' commits are looked for (HACKING.md: about a second). */
#define POLL_MS 1000

struct _CtWindowLive
{
  GObject        parent_instance;

  CtWindow      *window;        /* not owned: it owns us */
  CtContext     *context;
  CtChangeWatch *watch;
  GdkFrameClock *join_clock;    /* joining waits for the window's next frame */
  gulong         join_id;
  guint          poll_id;
  guint          heartbeat_id;
  AdwToast      *toast;         /* weak: the one shown now */
  char          *last_toast;
  guint          n_toasts;
};

G_DEFINE_FINAL_TYPE (CtWindowLive, ct_window_live, G_TYPE_OBJECT)

static void
toast (CtWindowLive *self,
       const char   *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  AdwToast *toast;

  g_free (self->last_toast);
  self->last_toast = g_strdup (text);
  self->n_toasts++;
  /* One toast at a time, saying the newest: a busy morning must not queue a
   * minute of them. */
  if (self->toast != NULL)
    {
      adw_toast_set_title (self->toast, escaped);
      return;
    }
  toast = adw_toast_new (escaped);
  g_set_weak_pointer (&self->toast, toast);
  ct_window_add_toast (self->window, toast);
}

static void
changed_cb (CtChangeWatch *watch,
            GPtrArray     *changes,
            CtWindowLive  *self)
{
  const CtDatabaseUser *account = ct_database_get_user (ct_context_get_database (self->context));
  const char *own[] = { ct_context_get_user (self->context),
                        account != NULL ? account->login : NULL, NULL };
  g_autofree char *title = NULL;
  g_autoptr(GError) error = NULL;

  if (!ct_live_reload_stores (self->context, changes, &error))
    {
      g_autofree char *message = NULL;

      /* Translators: %s says why, e.g. "The database is busy …" */
      message = g_strdup_printf (_("Could not read what others changed: %s"), error->message);
      toast (self, message);
    }
  ct_live_refresh_pages (self->window->view_stack, changes);
  if ((title = ct_change_toast_dup_title (changes, own)) != NULL)
    toast (self, title);
}

static void
join (CtWindowLive *self)
{
  CtDatabase *db = ct_context_get_database (self->context);
  const CtDatabaseUser *account = ct_database_get_user (db);
  g_autoptr(GError) error = NULL;

  if (!ct_presence_join (db, ct_context_get_user (self->context),
                         account != NULL ? account->login : NULL, &error))
    g_debug ("Not present in %s yet: %s", ct_database_get_path (db), error->message);
}

/* Who else is here; when the file is busy, the list shown stays. */
static void
update_others (CtWindowLive *self)
{
  CtDatabase *db = ct_context_get_database (self->context);
  g_autoptr(GPtrArray) others = NULL;
  g_autoptr(GError) error = NULL;

  if (self->window->presence_button == NULL)
    return;
  others = ct_presence_list_others (db, &error);
  if (others == NULL)
    {
      g_debug ("Who is present is unknown: %s", error->message);
      return;
    }
  ct_presence_button_set_others (self->window->presence_button, others,
                                 ct_clock_now (ct_context_get_clock (self->context)));
}

static void
user_changed_cb (CtWindowLive *self)
{
  join (self);
}

static gboolean
poll_cb (gpointer user_data)
{
  ct_window_live_poll (user_data);
  return G_SOURCE_CONTINUE;
}

static gboolean
heartbeat_cb (gpointer user_data)
{
  ct_window_live_heartbeat (user_data);
  return G_SOURCE_CONTINUE;
}

static void
cancel_join (CtWindowLive *self)
{
  /* A window destroyed before its frame took the handler with its clock. */
  if (self->join_clock != NULL && g_signal_handler_is_connected (self->join_clock, self->join_id))
    g_signal_handler_disconnect (self->join_clock, self->join_id);
  self->join_id = 0;
  g_clear_object (&self->join_clock);
}

static void
join_after_paint_cb (GdkFrameClock *clock,
                     CtWindowLive  *self)
{
  cancel_join (self);
  join (self);
  update_others (self);
}

/* Joins after the window's next frame: the write waits for the file's lock
 * (up to a second when another app writes to a shared file), and the first
 * frame of the file need not. At once when the window is not realized. */
static void
join_after_frame (CtWindowLive *self)
{
  GtkWidget *window = GTK_WIDGET (self->window);

  if (!gtk_widget_get_realized (window))
    {
      join (self);
      update_others (self);
      return;
    }
  self->join_clock = g_object_ref (gtk_widget_get_frame_clock (window));
  self->join_id = g_signal_connect (self->join_clock, "after-paint",
                                    G_CALLBACK (join_after_paint_cb), self);
  gtk_widget_queue_draw (window);
}

static void
stop (CtWindowLive *self)
{
  g_autoptr(GError) error = NULL;

  cancel_join (self);
  g_clear_handle_id (&self->poll_id, g_source_remove);
  g_clear_handle_id (&self->heartbeat_id, g_source_remove);
  if (self->watch != NULL)
    g_signal_handlers_disconnect_by_data (self->watch, self);
  g_clear_object (&self->watch);
  if (self->context != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->context, self);
      if (!ct_presence_leave (ct_context_get_database (self->context), &error))
        g_debug ("Leaving failed (the row expires): %s", error->message);
    }
  g_clear_object (&self->context);
  if (self->window->presence_button != NULL)
    ct_presence_button_set_others (self->window->presence_button, NULL, 0);
}

static void
ct_window_live_dispose (GObject *object)
{
  CtWindowLive *self = CT_WINDOW_LIVE (object);

  stop (self);
  g_clear_weak_pointer (&self->toast);

  G_OBJECT_CLASS (ct_window_live_parent_class)->dispose (object);
}

static void
ct_window_live_finalize (GObject *object)
{
  CtWindowLive *self = CT_WINDOW_LIVE (object);

  g_free (self->last_toast);

  G_OBJECT_CLASS (ct_window_live_parent_class)->finalize (object);
}

static void
ct_window_live_class_init (CtWindowLiveClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ct_window_live_dispose;
  object_class->finalize = ct_window_live_finalize;
}

static void
ct_window_live_init (CtWindowLive *self)
{
}

CtWindowLive *
ct_window_live_new (CtWindow *window)
{
  CtWindowLive *self;

  g_return_val_if_fail (CT_IS_WINDOW (window), NULL);

  self = g_object_new (CT_TYPE_WINDOW_LIVE, NULL);
  self->window = window;
  return self;
}

void
ct_window_live_set_context (CtWindowLive *self,
                            CtContext    *context)
{
  g_return_if_fail (CT_IS_WINDOW_LIVE (self));
  g_return_if_fail (!context || CT_IS_CONTEXT (context));

  if (context == self->context)
    return;
  stop (self);
  if (context == NULL)
    return;

  self->context = g_object_ref (context);
  self->watch = ct_change_watch_new (ct_context_get_database (context));
  g_signal_connect (self->watch, "changed", G_CALLBACK (changed_cb), self);
  g_signal_connect_swapped (context, "notify::user", G_CALLBACK (user_changed_cb), self);
  join_after_frame (self);
  self->poll_id = g_timeout_add (POLL_MS, poll_cb, self);
  self->heartbeat_id = g_timeout_add_seconds (CT_PRESENCE_HEARTBEAT_SECONDS, heartbeat_cb, self);
}

guint
ct_window_live_poll (CtWindowLive *self)
{
  g_return_val_if_fail (CT_IS_WINDOW_LIVE (self), 0);

  return self->watch != NULL ? ct_change_watch_poll (self->watch) : 0;
}

void
ct_window_live_heartbeat (CtWindowLive *self)
{
  g_autoptr(GError) error = NULL;
  CtDatabase *db;

  g_return_if_fail (CT_IS_WINDOW_LIVE (self));

  if (self->context == NULL)
    return;
  db = ct_context_get_database (self->context);
  if (!ct_presence_is_joined (db))
    join (self);   /* the file was busy or read-only when it opened */
  else if (!ct_presence_heartbeat (db, &error))
    g_debug ("Missed a heartbeat: %s", error->message);
  update_others (self);
}

const char *
ct_window_live_get_last_toast (CtWindowLive *self)
{
  g_return_val_if_fail (CT_IS_WINDOW_LIVE (self), NULL);
  return self->last_toast;
}

guint
ct_window_live_get_n_toasts (CtWindowLive *self)
{
  g_return_val_if_fail (CT_IS_WINDOW_LIVE (self), 0);
  return self->n_toasts;
}
