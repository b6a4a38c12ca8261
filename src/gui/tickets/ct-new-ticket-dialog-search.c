/* ct-new-ticket-dialog-search.c — find the caller's unit by address
 * (3-2-1201, 3栋2单元1201), owner name or phone, in memory
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-new-ticket-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-new-ticket-dialog-private.h"

#define MAX_MATCHES 20

static void
unit_match_free (gpointer data)
{
  CtUnitMatch *m = data;

  g_clear_object (&m->unit);
  g_free (m->address);
  g_free (m->place);
  g_free (m->label);
  g_free (m->haystack);
  g_free (m);
}

static gint64
site_of_unit (CtOrganisation *org,
              CtRecord       *unit)
{
  CtRecord *building = ct_record_store_lookup (ct_organisation_get_buildings (org),
                                               ct_record_get_int (unit, "building_id"));

  return building != NULL ? ct_record_get_int (building, "site_id") : 0;
}

static CtUnitMatch *
unit_match_new (CtOrganisation *org,
                CtRecord       *unit)
{
  CtUnitMatch *m = g_new0 (CtUnitMatch, 1);
  CtRecord *site;
  const char *site_name, *owner, *phone;
  g_autoptr(GString) label = g_string_new (NULL);
  g_autofree char *all = NULL;

  m->unit = CT_UNIT (g_object_ref (unit));
  m->site_id = site_of_unit (org, unit);
  m->address = ct_organisation_dup_unit_address (org, CT_UNIT (unit));
  site = ct_record_store_lookup (ct_organisation_get_sites (org), m->site_id);
  site_name = site != NULL ? ct_record_get_string (site, "name") : "";
  owner = ct_record_get_string (unit, "owner_name");
  phone = ct_record_get_string (unit, "owner_phone");

  m->place = g_strstrip (g_strdup_printf ("%s %s", site_name, m->address));
  g_string_append (label, m->place);
  if (*owner != '\0')
    g_string_append_printf (label, " · %s", owner);
  if (*phone != '\0')
    g_string_append_printf (label, " · %s", phone);
  m->label = g_string_free (g_steal_pointer (&label), FALSE);
  all = g_strjoin ("\n", site_name, m->address, owner, phone, NULL);
  m->haystack = g_utf8_casefold (all, -1);
  return m;
}

static void
build_index (CtNewTicketDialog *self)
{
  CtOrganisation *org = ct_context_get_organisation (self->context);
  GListModel *units = ct_record_store_get_model (ct_organisation_get_units (org));
  guint n = g_list_model_get_n_items (units);

  self->units = g_ptr_array_new_full (n, unit_match_free);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CtRecord) unit = g_list_model_get_item (units, i);

      g_ptr_array_add (self->units, unit_match_new (org, unit));
    }
}

/* The casefolded words of @text; an address word in any spelling becomes
 * "3-2-1201". */
static GStrv
split_query (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \t,，、", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *code = NULL, *entrance = NULL, *room = NULL;
      g_autofree char *address = NULL;
      g_autofree char *folded = NULL;

      if (*words[i] == '\0')
        continue;
      if (ct_unit_parse_address (words[i], &code, &entrance, &room))
        address = ct_unit_format_address (code, entrance, room);
      folded = g_utf8_casefold (address != NULL ? address : words[i], -1);
      g_strv_builder_add (builder, folded);
    }
  return g_strv_builder_end (builder);
}

/* 2: a word is the unit's whole address; 1: every word is found; 0: not all. */
static int
score (const CtUnitMatch *m,
       GStrv              words)
{
  gboolean exact = FALSE;

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (strstr (m->haystack, words[i]) == NULL)
        return 0;
      exact |= g_str_equal (m->address, words[i]);
    }
  return exact ? 2 : 1;
}

static void
find_matches (CtNewTicketDialog *self,
              const char        *text)
{
  g_auto(GStrv) words = split_query (text);

  g_ptr_array_set_size (self->matches, 0);
  if (words[0] == NULL)
    return;
  if (self->units == NULL)
    build_index (self);
  for (int wanted = 2; wanted >= 1; wanted--)
    for (guint i = 0; i < self->units->len && self->matches->len < MAX_MATCHES; i++)
      {
        CtUnitMatch *m = g_ptr_array_index (self->units, i);

        if (score (m, words) == wanted)
          g_ptr_array_add (self->matches, m);
      }
}

static GtkWidget *
match_row_new (const char *text,
               const char *icon_name)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *label = gtk_label_new (text);

  g_object_set (box, "margin-top", 6, "margin-bottom", 6, "margin-start", 12, "margin-end", 12,
                NULL);
  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name (icon_name));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_focusable (row, FALSE);
  return row;
}

void
ct_new_ticket_dialog_search (CtNewTicketDialog *self,
                             const char        *text)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->match_list))) != NULL)
    gtk_list_box_remove (self->match_list, child);
  find_matches (self, text);
  for (guint i = 0; i < self->matches->len; i++)
    {
      CtUnitMatch *m = g_ptr_array_index (self->matches, i);

      gtk_list_box_append (self->match_list, match_row_new (m->label, "go-home-symbolic"));
    }
  gtk_list_box_append (self->match_list,
                       match_row_new (_("Public area (no unit)…"), "mark-location-symbolic"));
  gtk_list_box_select_row (self->match_list, gtk_list_box_get_row_at_index (self->match_list, 0));
  gtk_widget_set_visible (GTK_WIDGET (self->match_list), *text != '\0');
}

static void
set_search_text (CtNewTicketDialog *self,
                 const char        *text)
{
  self->setting_text = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  gtk_editable_set_position (GTK_EDITABLE (self->search_entry), -1);
  self->setting_text = FALSE;
}

static void
pick_unit (CtNewTicketDialog *self,
           CtUnitMatch       *m)
{
  CtRecord *unit = CT_RECORD (m->unit);

  const char *owner = ct_record_get_string (unit, "owner_name");
  const char *phone = ct_record_get_string (unit, "owner_phone");
  g_autofree char *who = NULL;

  g_set_object (&self->unit, m->unit);
  self->public_area = FALSE;
  set_search_text (self, m->place);
  gtk_editable_set_text (GTK_EDITABLE (self->reporter_row), owner);
  gtk_editable_set_text (GTK_EDITABLE (self->phone_row), phone);
  if (*owner == '\0' && *phone == '\0')
    who = g_strdup (_("No owner on record: type the caller’s name and number below"));
  else
    /* Translators: the owner of the unit picked, e.g. “Owner: 王芳 · 13812345678” */
    who = g_strdup_printf (_("Owner: %s · %s"), owner, phone);
  gtk_label_set_text (self->picked_label, who);
}

static void
pick_public_area (CtNewTicketDialog *self)
{
  g_clear_object (&self->unit);
  self->public_area = TRUE;
  set_search_text (self, _("Public area"));
}

gboolean
ct_new_ticket_dialog_pick (CtNewTicketDialog *self,
                           guint              index)
{
  g_return_val_if_fail (CT_IS_NEW_TICKET_DIALOG (self), FALSE);

  if (index > self->matches->len)
    return FALSE;
  if (index < self->matches->len)
    pick_unit (self, g_ptr_array_index (self->matches, index));
  else
    pick_public_area (self);
  gtk_widget_set_visible (GTK_WIDGET (self->match_list), FALSE);
  gtk_widget_set_visible (self->picked_box, self->unit != NULL);
  gtk_widget_set_visible (self->public_box, self->public_area);
  ct_new_ticket_dialog_update_deadlines (self);
  return TRUE;
}

static void
search_changed_cb (CtNewTicketDialog *self)
{
  if (self->setting_text)
    return;
  if (self->unit != NULL || self->public_area)
    {
      g_clear_object (&self->unit);
      self->public_area = FALSE;
      gtk_widget_set_visible (self->picked_box, FALSE);
      gtk_widget_set_visible (self->public_box, FALSE);
      ct_new_ticket_dialog_update_deadlines (self);
    }
  ct_new_ticket_dialog_search (self, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
search_activate_cb (CtNewTicketDialog *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->match_list);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->match_list)) || row == NULL)
    return;
  ct_new_ticket_dialog_pick (self, (guint) gtk_list_box_row_get_index (row));
  if (self->public_area)
    gtk_widget_grab_focus (GTK_WIDGET (self->place_entry));
  else
    gtk_widget_child_focus (GTK_WIDGET (self->kind_box), GTK_DIR_TAB_FORWARD);
}

static void
match_activated_cb (CtNewTicketDialog *self,
                    GtkListBoxRow     *row)
{
  gtk_list_box_select_row (self->match_list, row);
  search_activate_cb (self);
}

/* Up and Down move through the matches while typing goes on in the entry. */
static gboolean
search_key_cb (CtNewTicketDialog     *self,
               guint                  keyval,
               guint                  keycode,
               GdkModifierType        state,
               GtkEventControllerKey *controller)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->match_list);
  int index = row != NULL ? gtk_list_box_row_get_index (row) : -1;
  int step = keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down ? 1
             : keyval == GDK_KEY_Up || keyval == GDK_KEY_KP_Up ? -1 : 0;
  GtkListBoxRow *next;

  if (step == 0 || !gtk_widget_get_visible (GTK_WIDGET (self->match_list)))
    return FALSE;
  next = gtk_list_box_get_row_at_index (self->match_list, MAX (index + step, 0));
  if (next != NULL)
    gtk_list_box_select_row (self->match_list, next);
  return TRUE;
}

void
ct_new_ticket_dialog_init_search (CtNewTicketDialog *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->matches = g_ptr_array_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (search_key_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);
  g_signal_connect_object (self->search_entry, "changed", G_CALLBACK (search_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "activate", G_CALLBACK (search_activate_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->match_list, "row-activated", G_CALLBACK (match_activated_cb),
                           self, G_CONNECT_SWAPPED);
}

void
ct_new_ticket_dialog_free_search (CtNewTicketDialog *self)
{
  g_clear_pointer (&self->matches, g_ptr_array_unref);
  g_clear_pointer (&self->units, g_ptr_array_unref);
  g_clear_object (&self->unit);
}

gint64
ct_new_ticket_dialog_get_site_id (CtNewTicketDialog *self)
{
  guint selected;

  if (self->unit != NULL)
    return site_of_unit (ct_context_get_organisation (self->context), CT_RECORD (self->unit));
  selected = gtk_drop_down_get_selected (self->site_dropdown);
  if (self->public_area && selected < self->site_ids->len)
    return g_array_index (self->site_ids, gint64, selected);
  return 0;
}

void
ct_new_ticket_dialog_set_search_text (CtNewTicketDialog *self,
                                      const char        *text)
{
  g_return_if_fail (CT_IS_NEW_TICKET_DIALOG (self));
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
}

guint
ct_new_ticket_dialog_get_n_matches (CtNewTicketDialog *self)
{
  g_return_val_if_fail (CT_IS_NEW_TICKET_DIALOG (self), 0);
  return self->matches->len;
}

CtUnit *
ct_new_ticket_dialog_get_unit (CtNewTicketDialog *self)
{
  g_return_val_if_fail (CT_IS_NEW_TICKET_DIALOG (self), NULL);
  return self->unit;
}
