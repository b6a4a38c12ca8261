/* ct-window.c — the main window: the welcome page, or the pages of one database
 *
 * The window owns the CtContext of the open database. Its .ui declares the
 * pages inside the AdwViewStack, each with "context" bound from the window.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-window"

#include "config.h"

#include <glib/gi18n.h>

#include "assets/ct-assets-page.h"
#include "dashboard/ct-dashboard-page.h"
#include "organisation/ct-organisation-page.h"
#include "tickets/ct-tickets-page.h"

#include "ct-bench-hook.h"
#include "ct-page.h"
#include "ct-session.h"
#include "ct-window-private.h"

G_DEFINE_FINAL_TYPE (CtWindow, ct_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_titles (CtWindow *self)
{
  CtDatabase *db;
  g_autofree char *name = NULL;
  g_autofree char *subtitle = NULL;

  if (self->context == NULL)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Caretaker"));
      return;
    }

  db = ct_context_get_database (self->context);
  name = ct_database_dup_display_name (db);
  if (ct_database_is_shared (db))
    subtitle = g_strdup (_("Shared file"));
  else
    subtitle = ct_session_dup_folder_label (ct_database_get_path (db));

  gtk_window_set_title (GTK_WINDOW (self), name);
  adw_view_switcher_title_set_title (self->switcher_title, name);
  adw_view_switcher_title_set_subtitle (self->switcher_title, subtitle);
  /* The switcher hides the title when the window is wide: say which file is
   * open beside it, always. */
  gtk_label_set_label (self->database_label, name);
  gtk_image_set_from_icon_name (self->database_icon, ct_database_is_shared (db)
                                ? "folder-remote-symbolic" : "drive-harddisk-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->database_box), ct_database_get_path (db));
}

/* Whether the window has begun a frame yet. */
static gboolean
has_drawn (CtWindow *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  return clock != NULL && gdk_frame_clock_get_current_timings (clock) != NULL;
}

static void
restore_size (CtWindow *self)
{
  int width, height;

  if (self->settings == NULL)
    return;

  width = g_settings_get_int (self->settings, "window-width");
  height = g_settings_get_int (self->settings, "window-height");
  gtk_window_set_default_size (GTK_WINDOW (self), MAX (width, 360), MAX (height, 294));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static void
save_size (CtWindow *self)
{
  int width, height;
  gboolean maximized = gtk_window_is_maximized (GTK_WINDOW (self));

  if (self->settings == NULL)
    return;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  if (!maximized && width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_set_boolean (self->settings, "window-maximized", maximized);
}

static void
recent_changed_cb (CtWindow   *self,
                   const char *key,
                   GSettings  *settings)
{
  ct_window_update_recent_menu (self);
}

static gboolean
ct_window_close_request (GtkWindow *window)
{
  save_size (CT_WINDOW (window));

  return GTK_WINDOW_CLASS (ct_window_parent_class)->close_request (window);
}

static void
ct_window_constructed (GObject *object)
{
  CtWindow *self = (CtWindow *) object;

  G_OBJECT_CLASS (ct_window_parent_class)->constructed (object);

  restore_size (self);
  ct_welcome_page_set_settings (self->welcome_page, self->settings);
  if (self->settings != NULL)
    g_signal_connect_object (self->settings, "changed::recent-databases",
                             G_CALLBACK (recent_changed_cb), self, G_CONNECT_SWAPPED);
  ct_window_update_recent_menu (self);
}

static void
ct_window_dispose (GObject *object)
{
  CtWindow *self = (CtWindow *) object;

  g_clear_object (&self->live);   /* leaves the file */
  gtk_widget_dispose_template (GTK_WIDGET (self), CT_TYPE_WINDOW);

  g_clear_object (&self->context);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (ct_window_parent_class)->dispose (object);
}

static void
ct_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  CtWindow *self = CT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ct_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  CtWindow *self = CT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      ct_window_set_context (self, g_value_get_object (value));
      break;
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ct_window_class_init (CtWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = ct_window_constructed;
  object_class->dispose = ct_window_dispose;
  object_class->get_property = ct_window_get_property;
  object_class->set_property = ct_window_set_property;

  window_class->close_request = ct_window_close_request;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, CT_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (CT_TYPE_WELCOME_PAGE);
  g_type_ensure (CT_TYPE_ORGANISATION_PAGE);
  g_type_ensure (CT_TYPE_TICKETS_PAGE);
  g_type_ensure (CT_TYPE_ASSETS_PAGE);
  g_type_ensure (CT_TYPE_DASHBOARD_PAGE);
  g_type_ensure (CT_TYPE_PRESENCE_BUTTON);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/caretaker/Caretaker/ui/ct-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CtWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CtWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, CtWindow, welcome_page);
  gtk_widget_class_bind_template_child (widget_class, CtWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, CtWindow, database_box);
  gtk_widget_class_bind_template_child (widget_class, CtWindow, database_icon);
  gtk_widget_class_bind_template_child (widget_class, CtWindow, database_label);
  gtk_widget_class_bind_template_child (widget_class, CtWindow, presence_button);
  gtk_widget_class_bind_template_child (widget_class, CtWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, CtWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, CtWindow, recent_section);

  ct_window_class_install_actions (widget_class);
}

static void
ct_window_init (CtWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->live = ct_window_live_new (self);

#if DEVELOPMENT
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif

  update_titles (self);
  ct_window_update_actions (self);
}

CtWindow *
ct_window_new (GtkApplication *application,
               GSettings      *settings)
{
  g_return_val_if_fail (!application || GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (!settings || G_IS_SETTINGS (settings), NULL);

  return g_object_new (CT_TYPE_WINDOW,
                       "application", application,
                       "settings", settings,
                       NULL);
}

GSettings *
ct_window_get_settings (CtWindow *self)
{
  g_return_val_if_fail (CT_IS_WINDOW (self), NULL);
  return self->settings;
}

CtContext *
ct_window_get_context (CtWindow *self)
{
  g_return_val_if_fail (CT_IS_WINDOW (self), NULL);
  return self->context;
}

void
ct_window_set_context (CtWindow  *self,
                       CtContext *context)
{
  g_return_if_fail (CT_IS_WINDOW (self));
  g_return_if_fail (!context || CT_IS_CONTEXT (context));

  if (!g_set_object (&self->context, context))
    return;

  update_titles (self);
  ct_window_update_actions (self);
  /* A file opened before the window's first frame shows at once, without
   * the welcome page fading out on the first frames. */
  gtk_stack_set_visible_child_full (self->stack, context ? "main" : "welcome",
                                    has_drawn (self) ? gtk_stack_get_transition_type (self->stack)
                                                     : GTK_STACK_TRANSITION_TYPE_NONE);
  ct_window_live_set_context (self->live, context);
  if (context != NULL)
    ct_bench_hook_watch (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

void
ct_window_add_toast (CtWindow *self,
                     AdwToast *toast)
{
  g_return_if_fail (CT_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
ct_window_show_error (CtWindow     *self,
                      const char   *heading,
                      const GError *error)
{
  GtkWidget *dialog;

  g_return_if_fail (CT_IS_WINDOW (self));
  g_return_if_fail (heading != NULL);
  g_return_if_fail (error != NULL);

  g_debug ("%s: %s", heading, error->message);

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}
