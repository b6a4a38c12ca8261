/* ct-sla-window.c — one row per SLA policy, with its response, arrival and
 * resolution targets
 *
 * The rows edit copies; Save writes the policies that changed (versioned: a
 * conflict is shown, never overwritten), recalculates the deadlines of their
 * open tickets and tells how many changed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-sla-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-settings-common.h"
#include "ct-sla-target-editor.h"
#include "ct-sla-window.h"

#define N_TARGETS 3

static const char *const target_fields[N_TARGETS] = {
  "response_target", "arrival_target", "resolution_target"
};
static const char *const clock_fields[N_TARGETS] = {
  "response_clock", "arrival_clock", "resolution_clock"
};
static const char *const target_names[N_TARGETS] = { "response", "arrival", "resolution" };
static const char *const target_labels[N_TARGETS] = {
  N_("Response"), N_("Arrival on site"), N_("Resolution")
};

typedef struct
{
  CtRecord          *policy;     /* the store's record */
  GtkWidget         *label;
  CtSlaTargetEditor *editors[N_TARGETS];
} PolicyRow;

struct _CtSlaWindow
{
  AdwWindow  parent_instance;

  CtContext *context;
  GPtrArray *rows;        /* PolicyRow */

  /* Template children */
  GtkGrid   *grid;
};

G_DEFINE_FINAL_TYPE (CtSlaWindow, ct_sla_window, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
policy_row_free (PolicyRow *row)
{
  g_clear_object (&row->policy);
  g_free (row);
}

static CtRecordStore *
get_policies (CtSlaWindow *self)
{
  return ct_ticket_store_get_policies (ct_context_get_tickets (self->context));
}

/* Repairs (emergency, routine, appointment) first, then the other kinds, in
 * the order of the vocabularies. */
static int
policy_rank (CtRecord *policy)
{
  const char *kind = ct_record_get_string (policy, "kind");
  const char *repair_class = ct_record_get_string (policy, "repair_class");
  const char *const *kinds = ct_ticket_kinds ();
  const char *const *classes = ct_ticket_repair_classes ();
  int rank = 0;

  for (int i = 0; kinds[i] != NULL; i++)
    if (g_str_equal (kinds[i], kind))
      rank = i * 10;
  for (int i = 0; classes[i] != NULL; i++)
    if (g_str_equal (classes[i], repair_class))
      rank += i + 1;
  return rank;
}

static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  const PolicyRow *row_a = *(PolicyRow * const *) a;
  const PolicyRow *row_b = *(PolicyRow * const *) b;

  return policy_rank (row_a->policy) - policy_rank (row_b->policy);
}

static GtkWidget *
create_label (CtRecord *policy)
{
  g_autofree char *label = ct_record_dup_label (policy);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (label);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_box_append (GTK_BOX (box), title);
  if (ct_record_get_int (policy, "from_appointment"))
    {
      GtkWidget *caption = gtk_label_new (_("Arrival and resolution count from the appointment; "
                                            "“—” arrival means at the appointment time"));

      gtk_label_set_xalign (GTK_LABEL (caption), 0);
      gtk_label_set_wrap (GTK_LABEL (caption), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (caption), 28);
      gtk_widget_add_css_class (caption, "caption");
      gtk_widget_add_css_class (caption, "dim-label");
      gtk_box_append (GTK_BOX (box), caption);
    }
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  return box;
}

static void
load_editor (CtSlaTargetEditor *editor,
             CtRecord          *policy,
             guint              target)
{
  CtSlaClock clock = CT_SLA_CLOCK_24X7;

  ct_sla_clock_from_string (ct_record_get_string (policy, clock_fields[target]), &clock);
  ct_sla_target_editor_set (editor, ct_record_get_int (policy, target_fields[target]), clock);
}

static PolicyRow *
create_row (CtRecord *policy)
{
  PolicyRow *row = g_new0 (PolicyRow, 1);
  g_autofree char *label = ct_record_dup_label (policy);

  row->policy = g_object_ref (policy);
  row->label = create_label (policy);
  for (guint i = 0; i < N_TARGETS; i++)
    {
      /* The widget name (repair/emergency/response) is for tests. */
      g_autofree char *name = g_strdup_printf ("%s/%s/%s", ct_record_get_string (policy, "kind"),
                                               ct_record_get_string (policy, "repair_class"),
                                               target_names[i]);
      /* TRANSLATORS: accessible name of a target editor, "Repair · Emergency: Response" */
      g_autofree char *a11y = g_strdup_printf (_("%s: %s"), label, _(target_labels[i]));

      row->editors[i] = CT_SLA_TARGET_EDITOR (ct_sla_target_editor_new ());
      gtk_widget_set_name (GTK_WIDGET (row->editors[i]), name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row->editors[i]),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, a11y, -1);
      gtk_widget_set_valign (GTK_WIDGET (row->editors[i]), GTK_ALIGN_CENTER);
      gtk_widget_set_hexpand (GTK_WIDGET (row->editors[i]), TRUE);
      load_editor (row->editors[i], policy, i);
    }
  return row;
}

static void
clear_rows (CtSlaWindow *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      PolicyRow *row = g_ptr_array_index (self->rows, i);

      gtk_grid_remove (self->grid, row->label);
      for (guint j = 0; j < N_TARGETS; j++)
        gtk_grid_remove (self->grid, GTK_WIDGET (row->editors[j]));
    }
  g_ptr_array_set_size (self->rows, 0);
}

static void
populate (CtSlaWindow *self)
{
  GListModel *model;

  clear_rows (self);
  if (self->context == NULL)
    return;
  model = ct_record_store_get_model (get_policies (self));
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(CtRecord) policy = g_list_model_get_item (model, i);

      g_ptr_array_add (self->rows, create_row (policy));
    }
  g_ptr_array_sort (self->rows, compare_rows);
  for (guint i = 0; i < self->rows->len; i++)
    {
      PolicyRow *row = g_ptr_array_index (self->rows, i);

      gtk_grid_attach (self->grid, row->label, 0, (int) i + 1, 1, 1);
      for (guint j = 0; j < N_TARGETS; j++)
        gtk_grid_attach (self->grid, GTK_WIDGET (row->editors[j]), (int) j + 1, (int) i + 1, 1, 1);
    }
}

/* A copy of the row's policy with the edited targets. */
static CtRecord *
dup_edited (PolicyRow *row)
{
  CtRecord *copy = ct_record_copy (row->policy);

  for (guint i = 0; i < N_TARGETS; i++)
    {
      CtSlaClock clock = ct_sla_target_editor_get_clock (row->editors[i]);

      ct_record_set_int (copy, target_fields[i], ct_sla_target_editor_get_amount (row->editors[i]));
      ct_record_set_string (copy, clock_fields[i], ct_sla_clock_to_string (clock));
    }
  return copy;
}

/* Saves one row if it changed; adds the tickets whose deadlines moved. */
static gboolean
save_row (CtSlaWindow  *self,
          PolicyRow    *row,
          guint        *n_changed,
          GError      **error)
{
  g_autoptr(CtRecord) copy = dup_edited (row);
  const char *user = ct_context_get_user (self->context);
  GError *local_error = NULL;
  guint n;

  if (ct_record_equal_values (copy, row->policy))
    return TRUE;
  if (!ct_record_store_update (get_policies (self), copy, user, error))
    return FALSE;
  g_set_object (&row->policy, copy);
  n = ct_ticket_store_apply_policy (ct_context_get_tickets (self->context), CT_SLA_POLICY (copy),
                                    user, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  *n_changed += n;
  return TRUE;
}

static void
error_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   CtSlaWindow      *self)
{
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "reload"))
    return;
  if (!ct_record_store_reload (get_policies (self), &error))
    g_warning ("Could not reload the service levels: %s", error->message);
  populate (self);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CtSlaWindow *self = CT_SLA_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  guint n_changed = 0;

  if (!ct_sla_window_save (self, &n_changed, &error))
    {
      ct_settings_present_save_error (GTK_WINDOW (self), _("Could Not Save the Service Levels"),
                                      error,
                                      _("Reload to see the targets as they are now, then make "
                                        "your changes again."),
                                      G_CALLBACK (error_response_cb));
      return;
    }
  ct_settings_announce_saved (GTK_WINDOW (self), n_changed, _("Service levels saved"),
                              ngettext ("Service levels saved; %u open ticket has new deadlines",
                                        "Service levels saved; %u open tickets have new deadlines",
                                        n_changed), n_changed);
  gtk_window_close (GTK_WINDOW (self));
}

static void
ct_sla_window_dispose (GObject *object)
{
  CtSlaWindow *self = CT_SLA_WINDOW (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), CT_TYPE_SLA_WINDOW);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (ct_sla_window_parent_class)->dispose (object);
}

static void
ct_sla_window_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CtSlaWindow *self = CT_SLA_WINDOW (object);

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
ct_sla_window_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  CtSlaWindow *self = CT_SLA_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      populate (self);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ct_sla_window_class_init (CtSlaWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ct_sla_window_dispose;
  object_class->get_property = ct_sla_window_get_property;
  object_class->set_property = ct_sla_window_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, CT_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/caretaker/Caretaker/ui/ct-sla-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CtSlaWindow, grid);
  gtk_widget_class_install_action (widget_class, "sla.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ct_sla_window_init (CtSlaWindow *self)
{
  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) policy_row_free);
  gtk_widget_init_template (GTK_WIDGET (self));
}

CtSlaWindow *
ct_sla_window_new (GtkWindow *parent,
                   CtContext *context)
{
  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CT_IS_CONTEXT (context), NULL);

  return g_object_new (CT_TYPE_SLA_WINDOW,
                       "transient-for", parent,
                       "context", context,
                       NULL);
}

gboolean
ct_sla_window_save (CtSlaWindow  *self,
                    guint        *n_changed,
                    GError      **error)
{
  guint changed = 0;
  gboolean ok = TRUE;

  g_return_val_if_fail (CT_IS_SLA_WINDOW (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  for (guint i = 0; ok && i < self->rows->len; i++)
    ok = save_row (self, g_ptr_array_index (self->rows, i), &changed, error);
  if (n_changed != NULL)
    *n_changed = changed;
  return ok;
}
