/* ct-user.c — the user account record and the roles vocabulary
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-user"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-error.h"
#include "ct-user.h"
#include "ct-vocab.h"

#define MAX_LOGIN_CHARS 64

struct _CtUser
{
  CtRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (CtUser, ct_user, CT_TYPE_RECORD)

static const CtField fields[] = {
  { "login",         CT_FIELD_TEXT,    N_("Login") },
  { "display_name",  CT_FIELD_TEXT,    N_("Name") },
  { "role",          CT_FIELD_TEXT,    N_("Role") },
  { "staff_id",      CT_FIELD_REF,     N_("Staff member") },
  { "active",        CT_FIELD_INT,     N_("Active") },
  { "last_login_at", CT_FIELD_OPT_INT, N_("Last sign-in") },
};

static const CtTableInfo table = {
  "users", "user", "login, id", fields, G_N_ELEMENTS (fields)
};

static const CtTerm roles[] = {
  { "admin",      N_("Administrator"),     "administrator|管理员|系统管理员|管理員|系統管理員" },
  { "manager",    N_("Project manager"),   "项目经理|经理|管理处主任|項目經理|經理" },
  { "dispatcher", N_("Dispatcher"),        "客服|调度|调度员|前台|調度|調度員" },
  { "technician", N_("Technician"),        "维修工|技工|维修员|工程人员|維修工|維修員|工程人員" },
  { "inspector",  N_("Quality inspector"), "品质督导|督导|品質督導|督導" },
  { "trainer",    N_("Trainer"),           "培训专员|培训师|培訓專員|培訓師" },
  { "viewer",     N_("Viewer"),            "只读|查看|唯讀|查看者" },
};

/* In the order of roles[]. */
static const char *const subjects[] = {
  N_("An administrator"), N_("A project manager"), N_("A dispatcher"), N_("A technician"),
  N_("A quality inspector"), N_("A trainer"), N_("A viewer"),
};

G_STATIC_ASSERT (G_N_ELEMENTS (roles) == G_N_ELEMENTS (subjects));

CT_VOCAB_KEYS_FUNC (ct_user_roles, roles)

const char *
ct_user_role_label (const char *role)
{
  return ct_vocab_label (roles, G_N_ELEMENTS (roles), role);
}

const char *
ct_user_role_from_text (const char *text)
{
  return ct_vocab_from_text (roles, G_N_ELEMENTS (roles), text);
}

const char *
ct_user_role_subject (const char *role)
{
  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    if (g_strcmp0 (roles[i].key, role) == 0)
      return _(subjects[i]);
  return _("This account");
}

static gboolean
check_login (const char  *login,
             GError     **error)
{
  for (const char *p = login; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_isspace (g_utf8_get_char (p)))
      {
        g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
                     _("The login “%s” contains a space: use letters, digits, dots or "
                       "dashes."), login);
        return FALSE;
      }
  if (g_utf8_strlen (login, -1) > MAX_LOGIN_CHARS)
    {
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
                   _("The login is longer than %d characters."), MAX_LOGIN_CHARS);
      return FALSE;
    }
  return TRUE;
}

static gboolean
ct_user_validate (CtRecord  *record,
                  GError   **error)
{
  const char *role = ct_record_get_string (record, "role");

  if (!ct_record_require_text (record, "login", error)
      || !check_login (ct_record_get_string (record, "login"), error))
    return FALSE;
  if (ct_user_role_label (role) == NULL)
    {
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
                   _("Role “%s” is not one of admin, manager, dispatcher, technician, "
                     "inspector, trainer or viewer."), role);
      return FALSE;
    }
  if (g_str_equal (role, "technician") && ct_record_get_int (record, "staff_id") <= 0)
    {
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
                   _("A technician account must be linked to a staff member: their jobs "
                     "are the tickets assigned to that person."));
      return FALSE;
    }
  return TRUE;
}

static char *
ct_user_dup_label (CtRecord *record)
{
  return g_strdup (ct_record_get_string (record, "login"));
}

static void
ct_user_class_init (CtUserClass *klass)
{
  CtRecordClass *record_class = CT_RECORD_CLASS (klass);

  ct_record_class_set_table (record_class, &table);
  record_class->validate = ct_user_validate;
  record_class->dup_label = ct_user_dup_label;
}

static void
ct_user_init (CtUser *self)
{
}

CtUser *
ct_user_new (const char *login,
             const char *display_name,
             const char *role)
{
  return g_object_new (CT_TYPE_USER, "login", login, "display_name", display_name ?: "",
                       "role", role, "active", (gint64) 1, NULL);
}

const char *
ct_user_get_login (CtUser *self)
{
  g_return_val_if_fail (CT_IS_USER (self), NULL);
  return ct_record_get_string (CT_RECORD (self), "login");
}

const char *
ct_user_get_role (CtUser *self)
{
  g_return_val_if_fail (CT_IS_USER (self), NULL);
  return ct_record_get_string (CT_RECORD (self), "role");
}

gint64
ct_user_get_staff_id (CtUser *self)
{
  g_return_val_if_fail (CT_IS_USER (self), 0);
  return ct_record_get_int (CT_RECORD (self), "staff_id");
}

gboolean
ct_user_is_active (CtUser *self)
{
  g_return_val_if_fail (CT_IS_USER (self), FALSE);
  return ct_record_get_int (CT_RECORD (self), "active") != 0;
}

const char *
ct_user_get_display_name (CtUser *self)
{
  const char *name;

  g_return_val_if_fail (CT_IS_USER (self), NULL);
  name = ct_record_get_string (CT_RECORD (self), "display_name");
  return *name != '\0' ? name : ct_user_get_login (self);
}
