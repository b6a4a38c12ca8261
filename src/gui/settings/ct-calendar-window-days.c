/* ct-calendar-window-days.c — holidays and make-up workdays: the list, Add,
 * Remove, Import… (CSV or .ics) and Export .ics…
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-calendar-window"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <stdlib.h>

#include "ct-calendar-io.h"
#include "ct-calendar-window-private.h"
#include "ct-error.h"

static const char *
type_label (const char *type)
{
  return g_strcmp0 (type, "workday") == 0 ? _("Make-up workday") : _("Holiday");
}

static int
weekday_of (const char *day)
{
  g_autoptr(GDateTime) date = NULL;
  int y, m, d;

  if (sscanf (day, "%d-%d-%d", &y, &m, &d) != 3 ||
      (date = g_date_time_new_utc (y, m, d, 0, 0, 0)) == NULL)
    return 1;
  return g_date_time_get_day_of_week (date);
}

static GtkWidget *
create_day_row (gpointer item,
                gpointer user_data)
{
  CtCalendarWindow *self = user_data;
  const char *day = gtk_string_object_get_string (GTK_STRING_OBJECT (item));
  const char *type = ct_work_calendar_get_day_type (self->calendar, day);
  const char *name = ct_work_calendar_get_day_name (self->calendar, day);
  g_autofree char *title = g_strdup_printf ("%s  %s", day,
                                            ct_calendar_window_weekday_name (weekday_of (day)));
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

  if (name != NULL && *name != '\0')
    /* TRANSLATORS: a holiday in the calendar's list, "Holiday · 春节" */
    subtitle = g_strdup_printf (_("%s · %s"), type_label (type), name);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle ? subtitle : type_label (type));
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (remove, _("Remove"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "calendar.remove-day");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "s", day);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  return row;
}

void
ct_calendar_window_bind_days (CtCalendarWindow *self)
{
  gtk_list_box_bind_model (self->days_list, G_LIST_MODEL (self->days), create_day_row, self,
                           NULL);
}

void
ct_calendar_window_refresh_days (CtCalendarWindow *self)
{
  g_autoptr(GPtrArray) days = NULL;
  g_autoptr(GPtrArray) strings = g_ptr_array_new ();
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->days));

  if (self->calendar != NULL)
    {
      days = ct_work_calendar_list_days (self->calendar);
      for (guint i = 0; i < days->len; i++)
        g_ptr_array_add (strings, ((CtCalendarDay *) days->pdata[i])->day);
    }
  g_ptr_array_add (strings, NULL);
  gtk_string_list_splice (self->days, 0, n_items, (const char * const *) strings->pdata);
}

/* "2026-02-17" or "2026/2/17" → "2026-02-17". */
static char *
parse_day (const char  *text,
           GError     **error)
{
  g_autoptr(GRegex) regex = g_regex_new ("^\\s*(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})\\s*$",
                                         0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  int parts[3] = { 0 };

  if (g_regex_match (regex, text, 0, &match))
    for (int i = 0; i < 3; i++)
      {
        g_autofree char *part = g_match_info_fetch (match, i + 1);

        parts[i] = atoi (part);
      }
  if (parts[0] == 0 || !g_date_valid_dmy (parts[2], parts[1], parts[0]))
    {
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
                   _("“%s” is not a date: write it as YYYY-MM-DD, for example 2026-02-17."),
                   text);
      return NULL;
    }
  return g_strdup_printf ("%04d-%02d-%02d", parts[0], parts[1], parts[2]);
}

static void
add_day_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  CtCalendarWindow *self = CT_CALENDAR_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  const char *type = gtk_drop_down_get_selected (self->type_dropdown) == 1 ? "workday" : "holiday";

  if (!ct_calendar_window_add_day (self, gtk_editable_get_text (GTK_EDITABLE (self->day_entry)),
                                   type, gtk_editable_get_text (GTK_EDITABLE (self->name_entry)),
                                   &error))
    {
      ct_calendar_window_show_error (self, error->message);
      gtk_widget_grab_focus (GTK_WIDGET (self->day_entry));
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->day_entry), "");
  gtk_editable_set_text (GTK_EDITABLE (self->name_entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->day_entry));
}

static void
remove_day_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  CtCalendarWindow *self = CT_CALENDAR_WINDOW (widget);

  ct_work_calendar_set_day (self->calendar, g_variant_get_string (parameter, NULL), NULL, NULL);
  ct_calendar_window_refresh_days (self);
}

static void
add_activate_cb (CtCalendarWindow *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "calendar.add-day", NULL);
}

static void
day_selected_cb (CtCalendarWindow *self)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (self->date_calendar);
  g_autofree char *text = g_date_time_format (date, "%Y-%m-%d");

  gtk_editable_set_text (GTK_EDITABLE (self->day_entry), text);
  gtk_popover_popdown (self->date_popover);
}

static void
add_toast (CtCalendarWindow *self,
           const char       *title)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
}

static void
import_file (CtCalendarWindow *self,
             GFile            *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  CtCalendarImportCounts counts = { 0 };
  guint n_days;

  if (!ct_calendar_io_import_file (self->calendar, file, &counts, &error))
    {
      g_autofree char *name = g_file_get_parse_name (file);
      g_autofree char *message = g_strdup_printf (_("Nothing was imported from “%s”: %s"),
                                                  name, error->message);

      ct_calendar_window_show_error (self, message);
      return;
    }
  ct_calendar_window_clear_error (self);
  ct_calendar_window_refresh_days (self);
  n_days = counts.holidays + counts.workdays;
  title = g_strdup_printf (ngettext ("Imported %u day; save to keep it",
                                     "Imported %u days; save to keep them", n_days), n_days);
  add_toast (self, title);
}

static void
export_file (CtCalendarWindow *self,
             GFile            *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *title = NULL;
  gint64 now = ct_clock_now (ct_context_get_clock (self->context));

  if (!ct_calendar_io_export_file (self->calendar, file, now, &error))
    {
      ct_calendar_window_show_error (self, error->message);
      return;
    }
  title = g_strdup_printf (_("Exported to “%s”"), name);
  add_toast (self, title);
}

static void
chooser_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     gpointer         user_data)
{
  g_autoptr(CtCalendarWindow) self = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      if (gtk_file_chooser_get_action (GTK_FILE_CHOOSER (dialog)) == GTK_FILE_CHOOSER_ACTION_SAVE)
        export_file (self, file);
      else
        import_file (self, file);
    }
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
add_filter (GtkFileChooser     *chooser,
            const char         *name,
            const char * const *patterns)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  for (guint i = 0; patterns[i] != NULL; i++)
    gtk_file_filter_add_pattern (filter, patterns[i]);
  gtk_file_chooser_add_filter (chooser, filter);
}

static void
show_chooser (CtCalendarWindow     *self,
              GtkFileChooserAction  action)
{
  static const char * const calendars[] = { "*.csv", "*.ics", "*.ical", "*.txt", NULL };
  static const char * const ics[] = { "*.ics", NULL };
  static const char * const all[] = { "*", NULL };
  gboolean save = action == GTK_FILE_CHOOSER_ACTION_SAVE;
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (save ? _("Export the Holidays") : _("Import Holidays"),
                                         GTK_WINDOW (self), action,
                                         save ? _("_Export") : _("_Import"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  if (save)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), "work-calendar.ics");
  add_filter (GTK_FILE_CHOOSER (chooser),
              save ? _("iCalendar Files") : _("Calendars (CSV, iCalendar)"), save ? ics : calendars);
  add_filter (GTK_FILE_CHOOSER (chooser), _("All Files"), all);
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  show_chooser (CT_CALENDAR_WINDOW (widget), GTK_FILE_CHOOSER_ACTION_OPEN);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  show_chooser (CT_CALENDAR_WINDOW (widget), GTK_FILE_CHOOSER_ACTION_SAVE);
}

void
ct_calendar_window_class_add_day_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "calendar.add-day", NULL, add_day_action);
  gtk_widget_class_install_action (widget_class, "calendar.remove-day", "s", remove_day_action);
  gtk_widget_class_install_action (widget_class, "calendar.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "calendar.export", NULL, export_action);
  gtk_widget_class_bind_template_callback (widget_class, add_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, day_selected_cb);
}

gboolean
ct_calendar_window_add_day (CtCalendarWindow  *self,
                            const char        *day,
                            const char        *type,
                            const char        *name,
                            GError           **error)
{
  g_autofree char *normal = NULL;
  g_autofree char *trimmed = g_strstrip (g_strdup (name != NULL ? name : ""));

  g_return_val_if_fail (CT_IS_CALENDAR_WINDOW (self), FALSE);
  g_return_val_if_fail (day != NULL, FALSE);
  g_return_val_if_fail (g_strcmp0 (type, "holiday") == 0 || g_strcmp0 (type, "workday") == 0,
                        FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->calendar == NULL)
    {
      g_set_error_literal (error, CT_STORE_ERROR, CT_STORE_ERROR_NOT_FOUND,
                           _("The work calendar could not be loaded."));
      return FALSE;
    }
  if ((normal = parse_day (day, error)) == NULL)
    return FALSE;
  ct_work_calendar_set_day (self->calendar, normal, type, trimmed);
  ct_calendar_window_clear_error (self);
  ct_calendar_window_refresh_days (self);
  return TRUE;
}
