/* ct-welcome-page.c — shown when no database is open
 *
 * Create, open, try the demo, or pick a recent file. Opening goes through the
 * window's "win.open-path" action; creating and choosing through the
 * application's "app.new-database" and "app.open-database".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-welcome-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-demo-task.h"
#include "ct-session.h"
#include "ct-welcome-page.h"

struct _CtWelcomePage
{
  GtkWidget       parent_instance;

  GSettings      *settings;
  GtkStringList  *recent;
  GCancellable   *demo_cancellable;
  GApplication   *held_application;

  /* Template children */
  GtkWidget      *status_page;
  GtkWidget      *actions_box;
  GtkWidget      *progress_box;
  GtkProgressBar *progress_bar;
  GtkLabel       *progress_label;
  GtkWidget      *recent_group;
  GtkListBox     *recent_list;
};

G_DEFINE_FINAL_TYPE (CtWelcomePage, ct_welcome_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
reload_recent (CtWelcomePage *self)
{
  g_auto(GStrv) paths = NULL;
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (self->recent));

  if (self->settings != NULL)
    paths = g_settings_get_strv (self->settings, "recent-databases");

  gtk_string_list_splice (self->recent, 0, n_old, (const char * const *) paths);
  gtk_widget_set_visible (self->recent_group, paths != NULL && paths[0] != NULL);
}

/* The missing file's row: dimmed, with a button that forgets it. */
static GtkWidget *
create_remove_button (const char *path)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Remove from List"));

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "welcome.forget-recent");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", path);
  return button;
}

static GtkWidget *
create_recent_row (gpointer item,
                   gpointer user_data)
{
  const char *path = gtk_string_object_get_string (item);
  gboolean exists = g_file_test (path, G_FILE_TEST_IS_REGULAR);
  g_autofree char *name = g_filename_display_basename (path);
  g_autofree char *folder = ct_session_dup_folder_label (path);
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();

  if (exists)
    subtitle = g_strdup (folder);
  else
    /* Translators: %s is a folder, like ~/Documents */
    subtitle = g_strdup_printf (_("Not found in %s"), folder);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_tooltip_text (row, path);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), exists);

  if (exists)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                               gtk_image_new_from_icon_name ("go-next-symbolic"));
  else
    {
      gtk_widget_add_css_class (row, "dim-label");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), create_remove_button (path));
    }

  return row;
}

static void
set_busy (CtWelcomePage *self,
          gboolean       busy)
{
  gtk_widget_set_sensitive (self->actions_box, !busy);
  gtk_widget_set_sensitive (self->recent_group, !busy);
  gtk_widget_set_visible (self->progress_box, busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "welcome.cancel-demo", busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "welcome.try-demo", !busy);

  if (busy)
    {
      gtk_progress_bar_set_fraction (self->progress_bar, 0.0);
      gtk_label_set_text (self->progress_label, _("Preparing the demo database…"));
    }
}

static void
demo_progress_cb (double      fraction,
                  const char *message,
                  gpointer    user_data)
{
  CtWelcomePage *self = user_data;

  gtk_progress_bar_set_fraction (self->progress_bar, CLAMP (fraction, 0.0, 1.0));
  if (message != NULL)
    gtk_label_set_text (self->progress_label, message);
}

static void
demo_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(CtWelcomePage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = ct_demo_task_finish (result, &error);

  g_clear_object (&self->demo_cancellable);
  if (self->held_application != NULL)
    g_application_release (self->held_application);
  g_clear_object (&self->held_application);

  /* Disposed meanwhile: the window is gone. */
  if (self->status_page == NULL)
    return;

  set_busy (self, FALSE);

  if (path != NULL)
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "win.open-path", "s", path);
      return;
    }

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  {
    GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
    GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                _("Could Not Create the Demo Database"),
                                                error->message);

    adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
    gtk_window_present (GTK_WINDOW (dialog));
  }
}

static void
recent_changed_cb (CtWelcomePage *self,
                   const char    *key,
                   GSettings     *settings)
{
  reload_recent (self);
}

static void
recent_row_activated_cb (CtWelcomePage *self,
                         GtkListBoxRow *row,
                         GtkListBox    *list)
{
  const char *path = gtk_string_list_get_string (self->recent, gtk_list_box_row_get_index (row));

  if (path != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.open-path", "s", path);
}

static void
try_demo_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  ct_welcome_page_try_demo (CT_WELCOME_PAGE (widget));
}

static void
cancel_demo_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CtWelcomePage *self = CT_WELCOME_PAGE (widget);

  if (self->demo_cancellable != NULL)
    g_cancellable_cancel (self->demo_cancellable);
}

static void
forget_recent_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  CtWelcomePage *self = CT_WELCOME_PAGE (widget);

  if (self->settings != NULL)
    ct_session_forget (self->settings, g_variant_get_string (parameter, NULL));
}

static void
ct_welcome_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (ct_welcome_page_parent_class)->map (widget);

  /* Files may have appeared or vanished since the list was built. */
  reload_recent (CT_WELCOME_PAGE (widget));
}

static void
ct_welcome_page_unroot (GtkWidget *widget)
{
  CtWelcomePage *self = CT_WELCOME_PAGE (widget);

  /* Closing the window stops the demo; the worker removes its files. */
  if (self->demo_cancellable != NULL)
    g_cancellable_cancel (self->demo_cancellable);

  GTK_WIDGET_CLASS (ct_welcome_page_parent_class)->unroot (widget);
}

static void
ct_welcome_page_dispose (GObject *object)
{
  CtWelcomePage *self = (CtWelcomePage *) object;

  if (self->demo_cancellable != NULL)
    g_cancellable_cancel (self->demo_cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), CT_TYPE_WELCOME_PAGE);

  g_clear_object (&self->demo_cancellable);
  g_clear_object (&self->settings);
  g_clear_object (&self->recent);

  G_OBJECT_CLASS (ct_welcome_page_parent_class)->dispose (object);
}

static void
ct_welcome_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CtWelcomePage *self = CT_WELCOME_PAGE (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ct_welcome_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  CtWelcomePage *self = CT_WELCOME_PAGE (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      ct_welcome_page_set_settings (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ct_welcome_page_class_init (CtWelcomePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ct_welcome_page_dispose;
  object_class->get_property = ct_welcome_page_get_property;
  object_class->set_property = ct_welcome_page_set_property;

  widget_class->map = ct_welcome_page_map;
  widget_class->unroot = ct_welcome_page_unroot;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/caretaker/Caretaker/ui/ct-welcome-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CtWelcomePage, status_page);
  gtk_widget_class_bind_template_child (widget_class, CtWelcomePage, actions_box);
  gtk_widget_class_bind_template_child (widget_class, CtWelcomePage, progress_box);
  gtk_widget_class_bind_template_child (widget_class, CtWelcomePage, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, CtWelcomePage, progress_label);
  gtk_widget_class_bind_template_child (widget_class, CtWelcomePage, recent_group);
  gtk_widget_class_bind_template_child (widget_class, CtWelcomePage, recent_list);
  gtk_widget_class_bind_template_callback (widget_class, recent_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "welcome.try-demo", NULL, try_demo_action);
  gtk_widget_class_install_action (widget_class, "welcome.cancel-demo", NULL, cancel_demo_action);
  gtk_widget_class_install_action (widget_class, "welcome.forget-recent", "s",
                                   forget_recent_action);
}

static void
ct_welcome_page_init (CtWelcomePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->recent = gtk_string_list_new (NULL);
  gtk_list_box_bind_model (self->recent_list, G_LIST_MODEL (self->recent),
                           create_recent_row, NULL, NULL);
  set_busy (self, FALSE);
  reload_recent (self);
}

GSettings *
ct_welcome_page_get_settings (CtWelcomePage *self)
{
  g_return_val_if_fail (CT_IS_WELCOME_PAGE (self), NULL);
  return self->settings;
}

void
ct_welcome_page_set_settings (CtWelcomePage *self,
                              GSettings     *settings)
{
  g_return_if_fail (CT_IS_WELCOME_PAGE (self));
  g_return_if_fail (!settings || G_IS_SETTINGS (settings));

  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_func (self->settings, recent_changed_cb, self);

  if (!g_set_object (&self->settings, settings))
    return;

  if (settings != NULL)
    g_signal_connect_object (settings, "changed::recent-databases",
                             G_CALLBACK (recent_changed_cb), self, G_CONNECT_SWAPPED);
  reload_recent (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SETTINGS]);
}

void
ct_welcome_page_try_demo (CtWelcomePage *self)
{
  g_autofree char *path = ct_session_dup_demo_path ();
  GtkRoot *root;

  g_return_if_fail (CT_IS_WELCOME_PAGE (self));

  if (self->demo_cancellable != NULL)
    return;

  if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "win.open-path", "s", path);
      return;
    }

  /* The application stays until the worker has cleaned up, even when the
   * window is closed meanwhile. */
  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (GTK_IS_WINDOW (root) && gtk_window_get_application (GTK_WINDOW (root)) != NULL)
    {
      self->held_application = g_object_ref (G_APPLICATION (gtk_window_get_application (GTK_WINDOW (root))));
      g_application_hold (self->held_application);
    }

  self->demo_cancellable = g_cancellable_new ();
  set_busy (self, TRUE);
  ct_demo_task_run (path, demo_progress_cb, self, self->demo_cancellable,
                    demo_done_cb, g_object_ref (self));
}

gboolean
ct_welcome_page_is_busy (CtWelcomePage *self)
{
  g_return_val_if_fail (CT_IS_WELCOME_PAGE (self), FALSE);
  return self->demo_cancellable != NULL;
}
