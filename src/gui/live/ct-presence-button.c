/* ct-presence-button.c — who else has the open file open, beside its name
 *
 * A flat menu button "👥 2 others" whose popover lists each other app: "王芳
 * on PC-3", "Since 09:12". The window's live module (ct-window-live.c) feeds
 * it on every heartbeat.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-presence-button"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-presence-button.h"

struct _CtPresenceButton
{
  GtkWidget      parent_instance;

  GtkMenuButton *button;
  GtkLabel      *label;
  GtkListBox    *list;
  guint          count;
};

G_DEFINE_FINAL_TYPE (CtPresenceButton, ct_presence_button, GTK_TYPE_WIDGET)

/* "Since 09:12" today, else "Since 2026-11-20 17:45", in this computer's zone. */
static char *
dup_since (gint64 since,
           gint64 now)
{
  g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (since);
  g_autoptr(GDateTime) today = g_date_time_new_from_unix_local (now);
  g_autofree char *text = NULL;

  if (when == NULL || today == NULL)
    return g_strdup ("");
  if (g_date_time_get_year (when) == g_date_time_get_year (today)
      && g_date_time_get_day_of_year (when) == g_date_time_get_day_of_year (today))
    text = g_date_time_format (when, "%H:%M");
  else
    text = g_date_time_format (when, "%Y-%m-%d %H:%M");
  /* Translators: when another user opened the file, "Since 09:12" */
  return g_strdup_printf (_("Since %s"), text);
}

static GtkWidget *
row_new (const CtPresence *presence,
         gint64            now)
{
  g_autofree char *title = ct_presence_describe (presence);
  g_autofree char *since = dup_since (presence->since, now);
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), since);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("avatar-default-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  return row;
}

static GtkWidget *
popover_new (CtPresenceButton *self)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *heading = gtk_label_new (_("Also Open on Other Computers"));
  GtkWidget *note = gtk_label_new (_("Their changes appear here within a second. Two people "
                                     "saving the same record are told, not overwritten."));
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_add_css_class (heading, "heading");
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_label_set_wrap (GTK_LABEL (note), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (note), 36);
  gtk_label_set_xalign (GTK_LABEL (note), 0);
  gtk_widget_add_css_class (note, "dim-label");
  gtk_widget_add_css_class (note, "caption");

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 360);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->list));

  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), scrolled);
  gtk_box_append (GTK_BOX (box), note);
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  return popover;
}

static void
ct_presence_button_dispose (GObject *object)
{
  CtPresenceButton *self = CT_PRESENCE_BUTTON (object);

  g_clear_pointer ((GtkWidget **) &self->button, gtk_widget_unparent);

  G_OBJECT_CLASS (ct_presence_button_parent_class)->dispose (object);
}

static void
ct_presence_button_class_init (CtPresenceButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ct_presence_button_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ct_presence_button_init (CtPresenceButton *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  self->label = GTK_LABEL (gtk_label_new (NULL));
  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name ("system-users-symbolic"));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->label));

  self->button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_child (self->button, box);
  gtk_menu_button_set_popover (self->button, popover_new (self));
  gtk_widget_add_css_class (GTK_WIDGET (self->button), "flat");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->button),
                               _("Who else has this file open"));
  gtk_widget_set_parent (GTK_WIDGET (self->button), GTK_WIDGET (self));
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

GtkWidget *
ct_presence_button_new (void)
{
  return g_object_new (CT_TYPE_PRESENCE_BUTTON, NULL);
}

void
ct_presence_button_set_others (CtPresenceButton *self,
                               GPtrArray        *others,
                               gint64            now)
{
  g_autofree char *text = NULL;
  GtkWidget *row;

  g_return_if_fail (CT_IS_PRESENCE_BUTTON (self));

  while ((row = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, row);
  self->count = others != NULL ? others->len : 0;
  for (guint i = 0; i < self->count; i++)
    gtk_list_box_append (self->list, row_new (g_ptr_array_index (others, i), now));

  text = g_strdup_printf (ngettext ("%u other", "%u others", self->count), self->count);
  gtk_label_set_text (self->label, text);
  if (self->count == 0)
    gtk_menu_button_popdown (self->button);
  gtk_widget_set_visible (GTK_WIDGET (self), self->count > 0);
}

guint
ct_presence_button_get_count (CtPresenceButton *self)
{
  g_return_val_if_fail (CT_IS_PRESENCE_BUTTON (self), 0);
  return self->count;
}

const char *
ct_presence_button_get_label (CtPresenceButton *self)
{
  g_return_val_if_fail (CT_IS_PRESENCE_BUTTON (self), NULL);
  return gtk_label_get_text (self->label);
}

GtkListBox *
ct_presence_button_get_list (CtPresenceButton *self)
{
  g_return_val_if_fail (CT_IS_PRESENCE_BUTTON (self), NULL);
  return self->list;
}
