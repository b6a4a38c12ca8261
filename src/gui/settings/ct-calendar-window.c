/* ct-calendar-window.c — edits the company work calendar: business hours,
 * holidays and make-up workdays (调休)
 *
 * The window edits a copy of the calendar loaded for itself; Cancel drops
 * it. Save writes it (versioned: a change made elsewhere meanwhile is shown,
 * not overwritten) and makes the ticket store reload its calendars.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-calendar-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-calendar-window-private.h"
#include "ct-error.h"
#include "ct-settings-common.h"

G_DEFINE_FINAL_TYPE (CtCalendarWindow, ct_calendar_window, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void
ct_calendar_window_show_error (CtCalendarWindow *self,
                               const char       *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
}

void
ct_calendar_window_clear_error (CtCalendarWindow *self)
{
  gtk_revealer_set_reveal_child (self->error_revealer, FALSE);
}

/* Loads the company calendar afresh and shows it. */
static void
load (CtCalendarWindow *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_object (&self->calendar);
  self->calendar = ct_work_calendar_load (ct_context_get_database (self->context), 0, &error);
  if (self->calendar == NULL)
    ct_calendar_window_show_error (self, error->message);
  else
    ct_calendar_window_clear_error (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "calendar.save", self->calendar != NULL);
  {
    g_autofree char *zone = ct_database_dup_setting (ct_context_get_database (self->context),
                                                     "time_zone");

    gtk_editable_set_text (GTK_EDITABLE (self->time_zone_row), zone ? zone : "Asia/Shanghai");
  }
  ct_calendar_window_load_hours (self);
  ct_calendar_window_refresh_days (self);
}

/* Writes the time zone setting when it changed; refuses zones this machine
 * does not know rather than falling back to UTC. */
static gboolean
apply_time_zone (CtCalendarWindow  *self,
                 GError           **error)
{
  CtDatabase *db = ct_context_get_database (self->context);
  g_autofree char *zone = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->time_zone_row))));
  g_autofree char *stored = ct_database_dup_setting (db, "time_zone");
  g_autoptr(GTimeZone) tz = NULL;

  if (g_strcmp0 (zone, stored ? stored : "Asia/Shanghai") == 0)
    return TRUE;
  tz = g_time_zone_new_identifier (zone);
  if (*zone == '\0' || tz == NULL)
    {
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
                   _("“%s” is not a time zone this computer knows. Use a name like "
                     "Asia/Shanghai or Asia/Taipei."), zone);
      return FALSE;
    }
  return ct_database_set_setting (db, ct_context_get_user (self->context), "time_zone", zone,
                                  error);
}

/* Does @policy count any target on the work calendar? */
static gboolean
uses_calendar (CtRecord *policy)
{
  static const char *const clocks[] = { "response_clock", "arrival_clock", "resolution_clock" };

  for (guint i = 0; i < G_N_ELEMENTS (clocks); i++)
    if (g_strcmp0 (ct_record_get_string (policy, clocks[i]), "24x7") != 0)
      return TRUE;
  return FALSE;
}

/* The deadlines of open tickets on a business or working-day clock move
 * with the calendar, as they do when a policy changes. */
static gboolean
recompute_deadlines (CtCalendarWindow  *self,
                     guint             *n_changed,
                     GError           **error)
{
  CtTicketStore *tickets = ct_context_get_tickets (self->context);
  GListModel *policies = ct_record_store_get_model (ct_ticket_store_get_policies (tickets));

  for (guint i = 0; i < g_list_model_get_n_items (policies); i++)
    {
      g_autoptr(CtRecord) policy = g_list_model_get_item (policies, i);
      GError *local_error = NULL;

      if (!uses_calendar (policy))
        continue;
      *n_changed += ct_ticket_store_apply_policy (tickets, CT_SLA_POLICY (policy),
                                                  ct_context_get_user (self->context),
                                                  &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, local_error);
          return FALSE;
        }
    }
  return TRUE;
}

static void
conflict_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      CtCalendarWindow *self)
{
  if (g_str_equal (response, "reload"))
    load (self);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CtCalendarWindow *self = CT_CALENDAR_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  guint n_changed = 0;

  if (!ct_calendar_window_save (self, &n_changed, &error))
    {
      if (g_error_matches (error, CT_STORE_ERROR, CT_STORE_ERROR_CONFLICT))
        {
          ct_settings_present_save_error (GTK_WINDOW (self),
                                          _("Could Not Save the Work Calendar"), error,
                                          _("Reload to see the calendar as it is now, then "
                                            "make your changes again."),
                                          G_CALLBACK (conflict_response_cb));
        }
      else
        {
          ct_calendar_window_show_error (self, error->message);
        }
      return;
    }
  ct_settings_announce_saved (GTK_WINDOW (self), n_changed, _("Work calendar saved"),
                              ngettext ("Work calendar saved; %u open ticket has new deadlines",
                                        "Work calendar saved; %u open tickets have new deadlines",
                                        n_changed), n_changed);
  gtk_window_close (GTK_WINDOW (self));
}

static void
ct_calendar_window_dispose (GObject *object)
{
  CtCalendarWindow *self = CT_CALENDAR_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CT_TYPE_CALENDAR_WINDOW);
  g_clear_object (&self->days);
  g_clear_object (&self->calendar);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (ct_calendar_window_parent_class)->dispose (object);
}

static void
ct_calendar_window_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  CtCalendarWindow *self = CT_CALENDAR_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ct_calendar_window_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  CtCalendarWindow *self = CT_CALENDAR_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      if (self->context != NULL)
        load (self);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ct_calendar_window_class_init (CtCalendarWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ct_calendar_window_dispose;
  object_class->get_property = ct_calendar_window_get_property;
  object_class->set_property = ct_calendar_window_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, CT_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/caretaker/Caretaker/ui/ct-calendar-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CtCalendarWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CtCalendarWindow, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, CtCalendarWindow, error_label);
  gtk_widget_class_bind_template_child (widget_class, CtCalendarWindow, hours_list);
  gtk_widget_class_bind_template_child (widget_class, CtCalendarWindow, time_zone_row);
  gtk_widget_class_bind_template_child (widget_class, CtCalendarWindow, days_list);
  gtk_widget_class_bind_template_child (widget_class, CtCalendarWindow, day_entry);
  gtk_widget_class_bind_template_child (widget_class, CtCalendarWindow, date_popover);
  gtk_widget_class_bind_template_child (widget_class, CtCalendarWindow, date_calendar);
  gtk_widget_class_bind_template_child (widget_class, CtCalendarWindow, type_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CtCalendarWindow, name_entry);
  gtk_widget_class_install_action (widget_class, "calendar.save", NULL, save_action);
  ct_calendar_window_class_add_day_actions (widget_class);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ct_calendar_window_init (CtCalendarWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->days = gtk_string_list_new (NULL);
  ct_calendar_window_build_hours (self);
  ct_calendar_window_bind_days (self);
}

CtCalendarWindow *
ct_calendar_window_new (GtkWindow *parent,
                        CtContext *context)
{
  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CT_IS_CONTEXT (context), NULL);

  return g_object_new (CT_TYPE_CALENDAR_WINDOW,
                       "transient-for", parent,
                       "context", context,
                       NULL);
}

gboolean
ct_calendar_window_save (CtCalendarWindow  *self,
                         guint             *n_changed,
                         GError           **error)
{
  CtTicketStore *tickets;
  gboolean saved;
  guint changed = 0;

  g_return_val_if_fail (CT_IS_CALENDAR_WINDOW (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (n_changed != NULL)
    *n_changed = 0;
  if (self->calendar == NULL)
    {
      g_set_error_literal (error, CT_STORE_ERROR, CT_STORE_ERROR_NOT_FOUND,
                           _("The work calendar could not be loaded."));
      return FALSE;
    }
  if (!ct_calendar_window_apply_hours (self, error) || !apply_time_zone (self, error))
    return FALSE;
  tickets = ct_context_get_tickets (self->context);
  saved = ct_work_calendar_save (self->calendar, ct_context_get_database (self->context),
                                 ct_context_get_user (self->context), error);
  /* Even after a failure: the store must not keep a calendar that differs
   * from the file. */
  ct_ticket_store_invalidate_calendars (tickets);
  if (!saved || !recompute_deadlines (self, &changed, error))
    return FALSE;
  if (n_changed != NULL)
    *n_changed = changed;
  return TRUE;
}
