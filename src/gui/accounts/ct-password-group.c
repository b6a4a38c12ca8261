/* ct-password-group.c — a new password typed twice, with a strength hint
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-accounts"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-error.h"
#include "ct-password-group.h"
#include "ct-user-store.h"

struct _CtPasswordGroup
{
  AdwPreferencesGroup  parent_instance;

  GtkWidget           *entry;
  GtkWidget           *repeat;
  GtkWidget           *hint;
};

G_DEFINE_FINAL_TYPE (CtPasswordGroup, ct_password_group, ADW_TYPE_PREFERENCES_GROUP)

/* Lower case, so compare after g_utf8_strdown (). */
static const char *const well_known[] = {
  "password", "password1", "passw0rd", "12345678", "123456789", "1234567890",
  "87654321", "qwertyui", "qwertyuiop", "asdfghjk", "iloveyou", "admin123",
  "abc12345", "a1234567", "caretaker", "11223344", "woaini1314", "5201314520",
};

static gboolean
is_well_known (const char *password)
{
  g_autofree char *lower = g_utf8_strdown (password, -1);

  for (guint i = 0; i < G_N_ELEMENTS (well_known); i++)
    if (g_str_equal (lower, well_known[i]))
      return TRUE;
  return FALSE;
}

CtPasswordStrength
ct_password_strength (const char *password)
{
  gboolean lower = FALSE, upper = FALSE, digit = FALSE, other = FALSE, wide = FALSE;
  gboolean varied = FALSE;
  gunichar first = 0;
  glong n;
  int kinds;

  if (password == NULL || *password == '\0')
    return CT_PASSWORD_EMPTY;

  n = g_utf8_strlen (password, -1);
  if (n < CT_USER_PASSWORD_MIN_CHARS)
    return CT_PASSWORD_TOO_SHORT;

  for (const char *p = password; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (first == 0)
        first = c;
      else if (c != first)
        varied = TRUE;
      if (g_unichar_islower (c))
        lower = TRUE;
      else if (g_unichar_isupper (c))
        upper = TRUE;
      else if (g_unichar_isdigit (c))
        digit = TRUE;
      else if (g_unichar_isalpha (c))
        wide = TRUE;  /* 汉字: each one of thousands */
      else
        other = TRUE;
    }

  kinds = lower + upper + digit + other + 2 * wide;
  if (!varied || is_well_known (password) || (kinds < 2 && n < 16))
    return CT_PASSWORD_WEAK;
  if (n >= 16 || (n >= 12 && kinds >= 3))
    return CT_PASSWORD_STRONG;
  return CT_PASSWORD_FAIR;
}

char *
ct_password_dup_hint (const char *password,
                      const char *repeat)
{
  CtPasswordStrength strength = ct_password_strength (password);

  if (strength > CT_PASSWORD_TOO_SHORT && repeat != NULL && *repeat != '\0'
      && g_strcmp0 (password, repeat) != 0)
    return g_strdup (_("The two passwords differ."));

  switch (strength)
    {
    case CT_PASSWORD_EMPTY:
      return g_strdup_printf (_("Use at least %d characters. A short sentence is easy to "
                                "remember and hard to guess."), CT_USER_PASSWORD_MIN_CHARS);
    case CT_PASSWORD_TOO_SHORT:
      return g_strdup_printf (_("Too short: use at least %d characters."),
                              CT_USER_PASSWORD_MIN_CHARS);
    case CT_PASSWORD_WEAK:
      return g_strdup (_("Weak: easy to guess. Make it longer, or mix letters, digits "
                         "and symbols."));
    case CT_PASSWORD_FAIR:
      return g_strdup (_("Fair. A longer password is stronger."));
    case CT_PASSWORD_STRONG:
    default:
      return g_strdup (_("Strong."));
    }
}

static void
text_changed_cb (CtPasswordGroup *self)
{
  const char *password = gtk_editable_get_text (GTK_EDITABLE (self->entry));
  const char *repeat = gtk_editable_get_text (GTK_EDITABLE (self->repeat));
  g_autofree char *hint = ct_password_dup_hint (password, repeat);
  CtPasswordStrength strength = ct_password_strength (password);
  gboolean differ = *repeat != '\0' && !g_str_equal (password, repeat);

  gtk_label_set_label (GTK_LABEL (self->hint), hint);
  if (differ && strength > CT_PASSWORD_TOO_SHORT)
    gtk_widget_add_css_class (self->hint, "error");
  else
    gtk_widget_remove_css_class (self->hint, "error");
  if (!differ && (strength == CT_PASSWORD_TOO_SHORT || strength == CT_PASSWORD_WEAK))
    gtk_widget_add_css_class (self->hint, "warning");
  else
    gtk_widget_remove_css_class (self->hint, "warning");
  if (!differ && strength == CT_PASSWORD_STRONG)
    gtk_widget_add_css_class (self->hint, "success");
  else
    gtk_widget_remove_css_class (self->hint, "success");
}

static void
ct_password_group_class_init (CtPasswordGroupClass *klass)
{
}

static void
ct_password_group_init (CtPasswordGroup *self)
{
  self->entry = adw_password_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->entry), _("Password"));
  self->repeat = adw_password_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->repeat), _("Repeat Password"));

  /* Below the rows: not a row, so the group puts it after its list. */
  self->hint = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->hint), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->hint), 0);
  gtk_widget_set_margin_top (self->hint, 6);
  gtk_widget_add_css_class (self->hint, "caption");

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), self->entry);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), self->repeat);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), self->hint);

  g_signal_connect_object (self->entry, "changed", G_CALLBACK (text_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->repeat, "changed", G_CALLBACK (text_changed_cb), self,
                           G_CONNECT_SWAPPED);
  text_changed_cb (self);
}

GtkWidget *
ct_password_group_new (const char *title)
{
  return g_object_new (CT_TYPE_PASSWORD_GROUP, "title", title, NULL);
}

const char *
ct_password_group_get_password (CtPasswordGroup  *self,
                                GError          **error)
{
  const char *password, *repeat;

  g_return_val_if_fail (CT_IS_PASSWORD_GROUP (self), NULL);

  password = gtk_editable_get_text (GTK_EDITABLE (self->entry));
  repeat = gtk_editable_get_text (GTK_EDITABLE (self->repeat));
  if (*password == '\0')
    {
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
                   _("Enter a password, then the same again under “Repeat Password”."));
      return NULL;
    }
  if (!g_str_equal (password, repeat))
    {
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
                   _("The two passwords differ: type the same password in both fields."));
      return NULL;
    }
  return password;
}

void
ct_password_group_clear (CtPasswordGroup *self)
{
  g_return_if_fail (CT_IS_PASSWORD_GROUP (self));

  gtk_editable_set_text (GTK_EDITABLE (self->entry), "");
  gtk_editable_set_text (GTK_EDITABLE (self->repeat), "");
}

GtkEditable *
ct_password_group_get_entry (CtPasswordGroup *self)
{
  g_return_val_if_fail (CT_IS_PASSWORD_GROUP (self), NULL);
  return GTK_EDITABLE (self->entry);
}

GtkEditable *
ct_password_group_get_repeat (CtPasswordGroup *self)
{
  g_return_val_if_fail (CT_IS_PASSWORD_GROUP (self), NULL);
  return GTK_EDITABLE (self->repeat);
}

const char *
ct_password_group_get_hint (CtPasswordGroup *self)
{
  g_return_val_if_fail (CT_IS_PASSWORD_GROUP (self), NULL);
  return gtk_label_get_label (GTK_LABEL (self->hint));
}
