/* ct-new-ticket-dialog-choices.c — kind and repair class as toggle groups
 * with one tab stop each, the channel, department and site choices, and the
 * category suggestions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-new-ticket-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-new-ticket-dialog-private.h"

typedef struct
{
  const char *key;
  const char *label;   /* N_(), with a mnemonic */
} Choice;

static const Choice kinds[] = {
  { "repair",       N_("_Repair") },
  { "complaint",    N_("Com_plaint") },
  { "consultation", N_("C_onsultation") },
  { "suggestion",   N_("Su_ggestion") },
  { "praise",       N_("Pra_ise") },
};

static const Choice classes[] = {
  { "emergency",   N_("_Emergency") },
  { "routine",     N_("Routi_ne") },
  { "appointment", N_("_Appointment") },
};

static GtkWidget *
active_toggle (GtkBox *box)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (box)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (child)))
      return child;
  return NULL;
}

static void
set_department_code (CtNewTicketDialog *self,
                     const char        *code)
{
  CtOrganisation *org = ct_context_get_organisation (self->context);
  CtDepartment *department = ct_organisation_find_department (org, code);
  gint64 id = department != NULL ? ct_record_get_id (CT_RECORD (department)) : 0;

  for (guint i = 0; i < self->department_ids->len; i++)
    if (g_array_index (self->department_ids, gint64, i) == id)
      {
        self->setting_department = TRUE;
        adw_combo_row_set_selected (self->department_row, i);
        self->setting_department = FALSE;
      }
}

static void
kind_changed (CtNewTicketDialog *self)
{
  gboolean repair = g_str_equal (self->kind, "repair");

  gtk_widget_set_visible (self->class_row, repair);
  g_free (self->repair_class);
  if (repair)
    {
      GtkWidget *active = active_toggle (self->class_box);

      self->repair_class = g_strdup (g_object_get_data (G_OBJECT (active), "ct-key"));
    }
  else
    self->repair_class = g_strdup ("");
  gtk_widget_set_visible (self->appointment_row, g_str_equal (self->repair_class, "appointment"));
  /* Repairs go to engineering, the rest to customer service, unless chosen. */
  if (!self->department_set)
    set_department_code (self, repair ? "engineering" : "service");
  ct_new_ticket_dialog_update_deadlines (self);
  ct_new_ticket_dialog_update_asset (self);
}

static void
toggle_cb (CtNewTicketDialog *self,
           GtkToggleButton   *button)
{
  GtkWidget *box = gtk_widget_get_parent (GTK_WIDGET (button));
  const char *key = g_object_get_data (G_OBJECT (button), "ct-key");

  /* One tab stop per group: only the active button takes focus. */
  gtk_widget_set_focusable (GTK_WIDGET (button), gtk_toggle_button_get_active (button));
  if (!gtk_toggle_button_get_active (button))
    return;
  if (box == GTK_WIDGET (self->kind_box))
    {
      g_free (self->kind);
      self->kind = g_strdup (key);
      gtk_label_set_mnemonic_widget (self->kind_label, GTK_WIDGET (button));
    }
  else
    gtk_label_set_mnemonic_widget (self->class_label, GTK_WIDGET (button));
  kind_changed (self);
}

/* Left and Right (Up and Down) choose the previous or next button of a group. */
static gboolean
toggles_key_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkBox                *box)
{
  GtkWidget *active = active_toggle (box);
  GtkWidget *next = NULL;

  if (active == NULL || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return FALSE;
  if (keyval == GDK_KEY_Right || keyval == GDK_KEY_Down)
    next = gtk_widget_get_next_sibling (active);
  else if (keyval == GDK_KEY_Left || keyval == GDK_KEY_Up)
    next = gtk_widget_get_prev_sibling (active);
  else
    return FALSE;
  if (next != NULL)
    {
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (next), TRUE);
      gtk_widget_grab_focus (next);
    }
  return TRUE;
}

static void
build_toggles (CtNewTicketDialog *self,
               GtkBox            *box,
               const Choice      *choices,
               guint              n_choices,
               const char        *selected)
{
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkToggleButton *first = NULL;

  for (guint i = 0; i < n_choices; i++)
    {
      GtkWidget *button = gtk_toggle_button_new_with_mnemonic (_(choices[i].label));

      g_object_set_data (G_OBJECT (button), "ct-key", (gpointer) choices[i].key);
      gtk_widget_set_focusable (button, FALSE);
      if (first != NULL)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), first);
      else
        first = GTK_TOGGLE_BUTTON (button);
      g_signal_connect_object (button, "toggled", G_CALLBACK (toggle_cb), self,
                               G_CONNECT_SWAPPED);
      gtk_box_append (box, button);
      if (g_str_equal (choices[i].key, selected))
        gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), TRUE);
    }
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (toggles_key_cb), box, 0);
  gtk_widget_add_controller (GTK_WIDGET (box), keys);
}

static void
select_toggle (GtkBox     *box,
               const char *key)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (box)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (g_strcmp0 (g_object_get_data (G_OBJECT (child), "ct-key"), key) == 0)
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (child), TRUE);
}

static GtkStringList *
fill_records (CtRecordStore *store,
              GArray        *ids)
{
  GListModel *model = ct_record_store_get_model (store);
  GtkStringList *list = gtk_string_list_new (NULL);

  g_array_set_size (ids, 0);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(CtRecord) record = g_list_model_get_item (model, i);
      g_autofree char *label = ct_record_dup_label (record);
      gint64 id = ct_record_get_id (record);

      gtk_string_list_append (list, label);
      g_array_append_val (ids, id);
    }
  return list;
}

static void
fill_choices (CtNewTicketDialog *self)
{
  CtOrganisation *org = ct_context_get_organisation (self->context);
  const char *const *channels = ct_ticket_channels ();
  g_autoptr(GtkStringList) channel_list = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) sites = fill_records (ct_organisation_get_sites (org), self->site_ids);
  g_autoptr(GtkStringList) departments = NULL;

  departments = fill_records (ct_organisation_get_departments (org), self->department_ids);
  for (guint i = 0; channels[i] != NULL; i++)
    gtk_string_list_append (channel_list, ct_ticket_channel_label (channels[i]));
  adw_combo_row_set_model (self->channel_row, G_LIST_MODEL (channel_list));
  gtk_drop_down_set_model (self->site_dropdown, G_LIST_MODEL (sites));
  self->setting_department = TRUE;
  adw_combo_row_set_model (self->department_row, G_LIST_MODEL (departments));
  self->setting_department = FALSE;
}

static void
fill_category_completion (CtNewTicketDialog *self)
{
  const char *const *categories = ct_ticket_common_categories ();
  g_autoptr(GtkListStore) store = gtk_list_store_new (1, G_TYPE_STRING);
  g_autoptr(GtkEntryCompletion) completion = gtk_entry_completion_new ();
  g_autofree char *examples = NULL;

  for (guint i = 0; categories[i] != NULL; i++)
    gtk_list_store_insert_with_values (store, NULL, -1, 0, categories[i], -1);
  gtk_entry_completion_set_model (completion, GTK_TREE_MODEL (store));
  gtk_entry_completion_set_text_column (completion, 0);
  gtk_entry_completion_set_minimum_key_length (completion, 1);
  gtk_entry_completion_set_inline_completion (completion, TRUE);
  gtk_entry_set_completion (self->category_entry, completion);
  examples = g_strjoin ("、", categories[0], categories[1], categories[2], categories[3], "…",
                        NULL);
  gtk_entry_set_placeholder_text (self->category_entry, examples);
}

void
ct_new_ticket_dialog_init_choices (CtNewTicketDialog *self)
{
  fill_choices (self);
  fill_category_completion (self);
  /* The classes first: choosing the kind reads the chosen class. */
  build_toggles (self, self->class_box, classes, G_N_ELEMENTS (classes), "routine");
  build_toggles (self, self->kind_box, kinds, G_N_ELEMENTS (kinds), "repair");
}

void
ct_new_ticket_dialog_set_kind (CtNewTicketDialog *self,
                               const char        *kind)
{
  g_return_if_fail (CT_IS_NEW_TICKET_DIALOG (self));
  select_toggle (self->kind_box, kind);
}

void
ct_new_ticket_dialog_set_repair_class (CtNewTicketDialog *self,
                                       const char        *repair_class)
{
  g_return_if_fail (CT_IS_NEW_TICKET_DIALOG (self));
  select_toggle (self->class_box, repair_class);
}

