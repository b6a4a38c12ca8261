/* ct-record-validate.c — field checks shared by every record class
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-record"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-error.h"
#include "ct-record.h"

static const char *
field_nick (CtRecord   *self,
            const char *field)
{
  const CtTableInfo *table = ct_record_get_table (self);

  for (guint i = 0; i < table->n_fields; i++)
    if (g_str_equal (table->fields[i].name, field))
      return table->fields[i].nick ? _(table->fields[i].nick) : field;
  return field;
}

gboolean
ct_record_invalid (GError     **error,
                   const char  *format,
                   ...)
{
  va_list args;

  va_start (args, format);
  g_propagate_error (error, g_error_new_valist (CT_STORE_ERROR, CT_STORE_ERROR_INVALID,
                                                format, args));
  va_end (args);
  return FALSE;
}

gboolean
ct_record_require_text (CtRecord    *self,
                        const char  *field,
                        GError     **error)
{
  const char *value = ct_record_get_string (self, field);

  if (value != NULL && *value != '\0')
    return TRUE;
  return ct_record_invalid (error, _("%s is required."), field_nick (self, field));
}

gboolean
ct_record_require_ref (CtRecord    *self,
                       const char  *field,
                       GError     **error)
{
  if (ct_record_get_int (self, field) > 0)
    return TRUE;
  return ct_record_invalid (error, _("%s is required."), field_nick (self, field));
}

gboolean
ct_record_check_date (CtRecord    *self,
                      const char  *field,
                      GError     **error)
{
  const char *value = ct_record_get_string (self, field);
  g_autoptr(GDateTime) dt = NULL;
  g_autofree char *iso = NULL;

  if (value == NULL || *value == '\0')
    return TRUE;
  if (strlen (value) == 10)
    {
      iso = g_strconcat (value, "T00:00:00Z", NULL);
      dt = g_date_time_new_from_iso8601 (iso, NULL);
    }
  if (dt != NULL)
    return TRUE;
  return ct_record_invalid (error, _("%s: “%s” is not a date like 2024-03-05."),
                            field_nick (self, field), value);
}

/* Mainland mobile numbers, landlines with an optional area code and extension,
 * 400/800 service numbers, optionally prefixed with +86. */
gboolean
ct_record_check_phone (CtRecord    *self,
                       const char  *field,
                       GError     **error)
{
  static GRegex *regex;
  const char *value = ct_record_get_string (self, field);

  if (value == NULL || *value == '\0')
    return TRUE;
  if (g_once_init_enter (&regex))
    g_once_init_leave (&regex, g_regex_new (
      "^(\\+?86[- ]?)?(1[3-9][0-9]{9}|(0[0-9]{2,3}-?)?[1-9][0-9]{6,7}(-[0-9]{1,6})?"
      "|[48]00-?[0-9]{3}-?[0-9]{4})$", G_REGEX_OPTIMIZE, 0, NULL));
  if (g_regex_match (regex, value, 0, NULL))
    return TRUE;
  return ct_record_invalid (error, _("%s: “%s” is not a phone number (a mobile like "
                                     "13800138000 or a landline like 0755-12345678)."),
                            field_nick (self, field), value);
}
