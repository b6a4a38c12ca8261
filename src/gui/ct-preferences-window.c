/* ct-preferences-window.c — appearance and the name written to the audit log
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-context.h"
#include "ct-preferences-window.h"

struct _CtPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;

  /* Template children */
  AdwComboRow          *style_row;
  AdwEntryRow          *name_row;
  AdwPreferencesGroup  *name_group;
};

G_DEFINE_FINAL_TYPE (CtPreferencesWindow, ct_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* Positions in the style row's model, in the .ui. */
static const char * const color_schemes[] = { "follow", "light", "dark" };

static gboolean
scheme_to_selected (GValue   *value,
                    GVariant *variant,
                    gpointer  user_data)
{
  const char *scheme = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (color_schemes); i++)
    if (g_str_equal (scheme, color_schemes[i]))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }
  return FALSE;
}

static GVariant *
selected_to_scheme (const GValue       *value,
                    const GVariantType *expected_type,
                    gpointer            user_data)
{
  guint selected = g_value_get_uint (value);

  if (selected >= G_N_ELEMENTS (color_schemes))
    return NULL;
  return g_variant_new_string (color_schemes[selected]);
}

static void
update_name_row (CtPreferencesWindow *self)
{
  g_autofree char *name = g_settings_get_string (self->settings, "user-name");

  if (g_strcmp0 (name, gtk_editable_get_text (GTK_EDITABLE (self->name_row))) == 0)
    return;

  /* A text set here is no edit: keep the apply button hidden. */
  adw_entry_row_set_show_apply_button (self->name_row, FALSE);
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), name);
  adw_entry_row_set_show_apply_button (self->name_row, TRUE);
}

static void
name_apply_cb (CtPreferencesWindow *self,
               AdwEntryRow         *row)
{
  g_autofree char *name = g_strdup (gtk_editable_get_text (GTK_EDITABLE (row)));

  g_strstrip (name);
  g_settings_set_string (self->settings, "user-name", name);
}

static void
user_name_changed_cb (CtPreferencesWindow *self,
                      const char          *key,
                      GSettings           *settings)
{
  update_name_row (self);
}

static void
ct_preferences_window_dispose (GObject *object)
{
  CtPreferencesWindow *self = (CtPreferencesWindow *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), CT_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (ct_preferences_window_parent_class)->dispose (object);
}

static void
ct_preferences_window_class_init (CtPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ct_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/caretaker/Caretaker/ui/ct-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CtPreferencesWindow, style_row);
  gtk_widget_class_bind_template_child (widget_class, CtPreferencesWindow, name_row);
  gtk_widget_class_bind_template_child (widget_class, CtPreferencesWindow, name_group);
  gtk_widget_class_bind_template_callback (widget_class, name_apply_cb);
}

static void
ct_preferences_window_init (CtPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

CtPreferencesWindow *
ct_preferences_window_new (GtkWindow *parent,
                           GSettings *settings)
{
  CtPreferencesWindow *self;
  g_autofree char *fallback = NULL;
  g_autofree char *description = NULL;

  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (CT_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "modal", parent != NULL,
                       NULL);
  self->settings = g_object_ref (settings);

  g_settings_bind_with_mapping (settings, "color-scheme", self->style_row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                scheme_to_selected, selected_to_scheme, NULL, NULL);

  update_name_row (self);
  g_signal_connect_object (settings, "changed::user-name",
                           G_CALLBACK (user_name_changed_cb), self, G_CONNECT_SWAPPED);

  /* What an empty name falls back to. */
  fallback = ct_context_dup_default_user (NULL);
  description = g_strdup_printf (_("Written to the history of every change you make. "
                                   "When empty, your account name “%s” is used."),
                                 fallback);
  adw_preferences_group_set_description (self->name_group, description);

  return self;
}
