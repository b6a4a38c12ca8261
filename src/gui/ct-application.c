/* ct-application.c — the Caretaker application: actions, options, settings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-application"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-application.h"
#include "ct-preferences-window.h"
#include "ct-window.h"

struct _CtApplication
{
  AdwApplication  parent_instance;
  GSettings      *settings;
};

G_DEFINE_FINAL_TYPE (CtApplication, ct_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "db", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Open the database file PATH"), N_("PATH") },
  { "demo", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Open the demo database, creating it first when needed"), NULL },
  { "demo-if-new", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Reopen the last database, or the demo database when there is none"), NULL },
  { NULL }
};

static void
apply_color_scheme (CtApplication *self)
{
  g_autofree char *scheme = g_settings_get_string (self->settings, "color-scheme");
  AdwStyleManager *manager = adw_style_manager_get_default ();
  AdwColorScheme value = ADW_COLOR_SCHEME_DEFAULT;

  if (g_str_equal (scheme, "light"))
    value = ADW_COLOR_SCHEME_FORCE_LIGHT;
  else if (g_str_equal (scheme, "dark"))
    value = ADW_COLOR_SCHEME_FORCE_DARK;

  adw_style_manager_set_color_scheme (manager, value);
}

/* Presents the active window, or a new one (then sets @created, which may be
 * NULL), and returns it. */
static CtWindow *
present_window (CtApplication *self,
                gboolean      *created)
{
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (self));
  CtWindow *window = CT_IS_WINDOW (active) ? CT_WINDOW (active) : NULL;

  if (created != NULL)
    *created = window == NULL;
  if (window == NULL)
    window = ct_window_new (GTK_APPLICATION (self), self->settings);

  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static void
color_scheme_changed_cb (CtApplication *self,
                         const char    *key,
                         GSettings     *settings)
{
  apply_color_scheme (self);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  CtApplication *self = user_data;
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));

  /* Closing (not destroying) lets each window save its size. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
  g_list_free (windows);
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  CtApplication *self = user_data;

  adw_show_about_window (gtk_application_get_active_window (GTK_APPLICATION (self)),
                         "application-name", _("Caretaker"),
                         "application-icon", APP_ID,
                         "version", PACKAGE_VERSION,
                         "developer-name", _("The Caretaker developers"),
                         "comments", _("Service tickets, assets, inspections, drills, "
                                       "surveys and training for property-management "
                                       "companies"),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "website", "https://caretaker.example.org",
                         "translator-credits", _("translator-credits"),
                         "copyright", "© 2025 The Caretaker developers",
                         NULL);
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  CtApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));

  gtk_window_present (GTK_WINDOW (ct_preferences_window_new (parent, self->settings)));
}

static void
shortcuts_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  CtApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  /* GtkApplication loads gtk/help-overlay.ui into every window. */
  if (window != NULL)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
}

static void
new_database_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  ct_window_choose_new_database (present_window (user_data, NULL));
}

static void
open_database_action (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  ct_window_choose_database (present_window (user_data, NULL));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_action },
  { "about", about_action },
  { "preferences", preferences_action },
  { "shortcuts", shortcuts_action },
  { "new-database", new_database_action },
  { "open-database", open_database_action },
};

static const struct {
  const char *action;
  const char *accels[3];
} app_accels[] = {
  { "app.quit", { "<Primary>q", NULL } },
  { "app.preferences", { "<Primary>comma", NULL } },
  { "app.shortcuts", { "<Primary>question", NULL } },
  { "app.new-database", { "<Primary>n", NULL } },
  { "app.open-database", { "<Primary>o", NULL } },
  { "window.close", { "<Primary>w", NULL } },
  /* Replaced by app.shortcuts. */
  { "win.show-help-overlay", { NULL } },
};

static void
ct_application_startup (GApplication *application)
{
  CtApplication *self = CT_APPLICATION (application);

  G_APPLICATION_CLASS (ct_application_parent_class)->startup (application);

  self->settings = g_settings_new (APP_ID);
  g_signal_connect_object (self->settings, "changed::color-scheme",
                           G_CALLBACK (color_scheme_changed_cb), self, G_CONNECT_SWAPPED);
  apply_color_scheme (self);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  for (guint i = 0; i < G_N_ELEMENTS (app_accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self), app_accels[i].action,
                                           app_accels[i].accels);
}

static void
ct_application_activate (GApplication *application)
{
  gboolean created;
  CtWindow *window = present_window (CT_APPLICATION (application), &created);

  if (created)
    ct_window_reopen_last (window);
}

static int
ct_application_command_line (GApplication            *application,
                             GApplicationCommandLine *command_line)
{
  CtApplication *self = CT_APPLICATION (application);
  GVariantDict *options = g_application_command_line_get_options_dict (command_line);
  const char *db_path = NULL;
  gboolean created;
  CtWindow *window = present_window (self, &created);

  if (g_variant_dict_lookup (options, "db", "^&ay", &db_path))
    {
      g_autoptr(GFile) file = g_application_command_line_create_file_for_arg (command_line,
                                                                              db_path);

      ct_window_open_file (window, file, FALSE);
    }
  else if (g_variant_dict_contains (options, "demo"))
    ct_window_open_demo (window);
  else if (created && !ct_window_reopen_last (window)
           && g_variant_dict_contains (options, "demo-if-new"))
    ct_window_open_demo (window);

  return EXIT_SUCCESS;
}

static void
ct_application_dispose (GObject *object)
{
  CtApplication *self = (CtApplication *) object;

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (ct_application_parent_class)->dispose (object);
}

static void
ct_application_class_init (CtApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = ct_application_dispose;

  app_class->startup = ct_application_startup;
  app_class->activate = ct_application_activate;
  app_class->command_line = ct_application_command_line;
}

static void
ct_application_init (CtApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
}

CtApplication *
ct_application_new (void)
{
  return g_object_new (CT_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_COMMAND_LINE,
                       "resource-base-path", "/org/caretaker/Caretaker",
                       NULL);
}

GSettings *
ct_application_get_settings (CtApplication *self)
{
  g_return_val_if_fail (CT_IS_APPLICATION (self), NULL);
  return self->settings;
}
