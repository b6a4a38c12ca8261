/* ct-sign-in-page.c — login and password before the pages of a database with
 * user accounts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-accounts"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-sign-in-page-private.h"
#include "ct-sign-in-task.h"

G_DEFINE_FINAL_TYPE (CtSignInPage, ct_sign_in_page, ADW_TYPE_BIN)

enum {
  SIGNED_IN,
  CANCELLED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* A refusal in red, "Signing in…" (@busy) dimmed. */
static void
show_status (CtSignInPage *self,
             const char   *message,
             gboolean      busy)
{
  GtkWidget *label = GTK_WIDGET (self->message_label);

  gtk_label_set_label (self->message_label, message ? message : "");
  gtk_widget_set_visible (label, message != NULL);
  if (busy)
    {
      gtk_widget_remove_css_class (label, "error");
      gtk_widget_add_css_class (label, "dim-label");
    }
  else
    {
      gtk_widget_remove_css_class (label, "dim-label");
      gtk_widget_add_css_class (label, "error");
    }
}

static void
show_message (CtSignInPage *self,
              const char   *message)
{
  show_status (self, message, FALSE);
}

/* While the password is checked: nothing to type in, nothing to submit. */
static void
set_busy (CtSignInPage *self,
          gboolean      busy)
{
  /* Not insensitive: the password row has the focus, and keeps it. */
  gtk_editable_set_editable (GTK_EDITABLE (self->login_row), !busy);
  gtk_editable_set_editable (GTK_EDITABLE (self->password_row), !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "sign-in.submit", !busy);
  if (busy)
    show_status (self, _("Signing in…"), TRUE);
}

static void
signed_in_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtUser) user = ct_sign_in_task_finish (CT_CONTEXT (source), result, &error);
  CtSignInPage *self;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;   /* the page let go of that file */
  self = CT_SIGN_IN_PAGE (user_data);
  g_clear_object (&self->cancellable);
  set_busy (self, FALSE);
  if (user == NULL)
    {
      g_debug ("Sign-in refused: %s", error->message);
      show_message (self, error->message);
      gtk_widget_grab_focus (GTK_WIDGET (self->password_row));
      return;
    }
  show_message (self, NULL);
  g_signal_emit (self, signals[SIGNED_IN], 0, user);
}

static void
cancel_sign_in (CtSignInPage *self)
{
  if (self->cancellable == NULL)
    return;
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  set_busy (self, FALSE);
}

static void
submit (CtSignInPage *self)
{
  g_autofree char *login = NULL;

  if (self->context == NULL || self->cancellable != NULL)
    return;

  login = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->login_row))));
  if (*login == '\0')
    {
      show_message (self, _("Enter your login, then your password."));
      gtk_widget_grab_focus (GTK_WIDGET (self->login_row));
      return;
    }

  self->cancellable = g_cancellable_new ();
  /* The page is kept alive until the answer (a cancelled one is dropped). */
  ct_sign_in_task_run (self->context, login,
                       gtk_editable_get_text (GTK_EDITABLE (self->password_row)),
                       self->cancellable, signed_in_cb, self);
  /* Never keep a password on screen longer than needed. */
  gtk_editable_set_text (GTK_EDITABLE (self->password_row), "");
  set_busy (self, TRUE);
}

static void
submit_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  submit (CT_SIGN_IN_PAGE (widget));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  g_signal_emit (widget, signals[CANCELLED], 0);
}

static void
login_activated_cb (CtSignInPage *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->password_row));
}

static void
password_activated_cb (CtSignInPage *self)
{
  submit (self);
}

static void
ct_sign_in_page_dispose (GObject *object)
{
  CtSignInPage *self = CT_SIGN_IN_PAGE (object);

  cancel_sign_in (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), CT_TYPE_SIGN_IN_PAGE);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (ct_sign_in_page_parent_class)->dispose (object);
}

static void
ct_sign_in_page_class_init (CtSignInPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ct_sign_in_page_dispose;

  /* The account signed in (CtUser); the database acts for it already. */
  signals[SIGNED_IN] = g_signal_new ("signed-in", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 1, CT_TYPE_USER);
  signals[CANCELLED] = g_signal_new ("cancelled", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/caretaker/Caretaker/ui/ct-sign-in-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CtSignInPage, window_title);
  gtk_widget_class_bind_template_child (widget_class, CtSignInPage, status_page);
  gtk_widget_class_bind_template_child (widget_class, CtSignInPage, login_row);
  gtk_widget_class_bind_template_child (widget_class, CtSignInPage, password_row);
  gtk_widget_class_bind_template_child (widget_class, CtSignInPage, message_label);
  gtk_widget_class_bind_template_callback (widget_class, login_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, password_activated_cb);

  gtk_widget_class_install_action (widget_class, "sign-in.submit", NULL, submit_action);
  gtk_widget_class_install_action (widget_class, "sign-in.cancel", NULL, cancel_action);
}

static void
ct_sign_in_page_init (CtSignInPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
ct_sign_in_page_new (void)
{
  return g_object_new (CT_TYPE_SIGN_IN_PAGE, NULL);
}

void
ct_sign_in_page_set_context (CtSignInPage *self,
                             CtContext    *context)
{
  g_autofree char *name = NULL;
  g_autofree char *description = NULL;

  g_return_if_fail (CT_IS_SIGN_IN_PAGE (self));
  g_return_if_fail (!context || CT_IS_CONTEXT (context));

  cancel_sign_in (self);
  g_set_object (&self->context, context);
  gtk_editable_set_text (GTK_EDITABLE (self->password_row), "");
  show_message (self, NULL);
  if (context == NULL)
    return;

  name = ct_database_dup_display_name (ct_context_get_database (context));
  /* Translators: %s is the file name of the database. */
  description = g_strdup_printf (_("“%s” has user accounts. Sign in to see and change its "
                                   "data."), name);
  adw_status_page_set_description (self->status_page, description);
  adw_window_title_set_title (self->window_title, name);
  adw_window_title_set_subtitle (self->window_title,
                                 ct_database_get_path (ct_context_get_database (context)));

  if (*gtk_editable_get_text (GTK_EDITABLE (self->login_row)) != '\0')
    gtk_widget_grab_focus (GTK_WIDGET (self->password_row));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->login_row));
}

CtContext *
ct_sign_in_page_get_context (CtSignInPage *self)
{
  g_return_val_if_fail (CT_IS_SIGN_IN_PAGE (self), NULL);
  return self->context;
}

gboolean
ct_sign_in_page_get_busy (CtSignInPage *self)
{
  g_return_val_if_fail (CT_IS_SIGN_IN_PAGE (self), FALSE);
  return self->cancellable != NULL;
}

const char *
ct_sign_in_page_get_message (CtSignInPage *self)
{
  g_return_val_if_fail (CT_IS_SIGN_IN_PAGE (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->message_label)))
    return NULL;
  return gtk_label_get_label (self->message_label);
}
