/* ct-asset-dialog-parse.c — typed values read from an asset editor: times,
 * dates, counts, yuan and meter values, with messages that name the field
 * and show how to type it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-asset-dialog"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <glib/gi18n.h>

#include "ct-asset-dialog-private.h"
#include "ct-ticket-detail-format.h"

/* Fails with "@label: @how" (both translated). */
static gboolean
fail_field (CtAssetDialog  *self,
            const char     *name,
            const char     *how,
            GError        **error)
{
  g_autofree char *label = ct_asset_dialog_dup_label (self, name);
  /* Translators: a field's label and how to type its value */
  g_autofree char *message = g_strdup_printf (_("%s: %s"), label, how);

  return ct_asset_dialog_fail (error, message);
}

char *
ct_asset_dialog_dup_required (CtAssetDialog  *self,
                              const char     *name,
                              const char     *message,
                              GError        **error)
{
  g_autofree char *value = ct_asset_dialog_dup_value (self, name);

  if (*value != '\0')
    return g_steal_pointer (&value);
  ct_asset_dialog_fail (error, message);
  return NULL;
}

gint64
ct_asset_dialog_get_id (CtAssetDialog *self,
                        const char    *name)
{
  g_autofree char *value = ct_asset_dialog_dup_value (self, name);

  return g_ascii_strtoll (value, NULL, 10);
}

gboolean
ct_asset_dialog_get_time (CtAssetDialog  *self,
                          const char     *name,
                          gint64          fallback,
                          gint64         *out,
                          GError        **error)
{
  g_autofree char *value = ct_asset_dialog_dup_value (self, name);

  if (*value == '\0')
    {
      *out = fallback;
      return TRUE;
    }
  if (ct_ticket_detail_parse_time (value, self->tz, out))
    return TRUE;
  return fail_field (self, name, _("type the year, month, day and time, for example "
                                   "2026-11-21 14:00."), error);
}

gboolean
ct_asset_dialog_get_past_time (CtAssetDialog  *self,
                               const char     *name,
                               gint64         *out,
                               GError        **error)
{
  gint64 now = ct_clock_now (ct_context_get_clock (self->context));

  if (!ct_asset_dialog_get_time (self, name, now, out, error))
    return FALSE;
  /* A minute's grace for a clock that runs a little ahead. */
  if (*out <= now + 60)
    return TRUE;
  return fail_field (self, name, _("this time is in the future: type when it happened."), error);
}

/* "2026-11-21", "2026/11/21" or "2026.11.21" → "2026-11-21"; NULL otherwise. */
static char *
normalise_date (const char *text)
{
  guint year = 0, month = 0, day = 0;
  char sep1 = 0, sep2 = 0;
  int end = 0;

  if (sscanf (text, "%4u%c%2u%c%2u%n", &year, &sep1, &month, &sep2, &day, &end) != 5
      || text[end] != '\0' || sep1 != sep2 || strchr ("-/.", sep1) == NULL
      || !g_date_valid_dmy (day, month, year))
    return NULL;
  return g_strdup_printf ("%04u-%02u-%02u", year, month, day);
}

gboolean
ct_asset_dialog_get_date (CtAssetDialog  *self,
                          const char     *name,
                          char          **out,
                          GError        **error)
{
  g_autofree char *value = ct_asset_dialog_dup_value (self, name);
  g_autofree char *date = NULL;

  if (*value == '\0')
    {
      *out = g_strdup ("");
      return TRUE;
    }
  date = normalise_date (value);
  if (date == NULL)
    return fail_field (self, name, _("type a date as year-month-day, for example 2026-11-21."),
                       error);
  *out = g_steal_pointer (&date);
  return TRUE;
}

gboolean
ct_asset_dialog_get_minutes (CtAssetDialog  *self,
                           const char     *name,
                           gint64         *out,
                           GError        **error)
{
  g_autofree char *value = ct_asset_dialog_dup_value (self, name);
  guint64 count = 0;

  if (*value == '\0')
    {
      *out = 0;
      return TRUE;
    }
  if (!g_ascii_string_to_unsigned (value, 10, 0, G_MAXINT32, &count, NULL))
    return fail_field (self, name, _("type a whole number of minutes, for example 45."), error);
  *out = (gint64) count;
  return TRUE;
}

/* "1,280.5" / "¥1280.50元" without the decoration. */
static char *
strip_money (const char *text)
{
  GString *plain = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == ',' || c == ' ' || c == 0xA5 /* ¥ */ || c == 0xFFE5 /* ￥ */
          || c == 0x5143 /* 元 */)
        continue;
      g_string_append_unichar (plain, c);
    }
  return g_string_free (plain, FALSE);
}

/* Whole yuan and up to two decimals, read as text so 0.1 stays 10 fen. */
static gboolean
parse_cents (const char *text,
             gint64     *out)
{
  const char *dot = strchr (text, '.');
  g_autofree char *whole = g_strndup (text, dot != NULL ? (gsize) (dot - text) : strlen (text));
  const char *fraction = dot != NULL ? dot + 1 : "";
  guint64 yuan = 0;
  gint64 fen = 0;

  if (*whole == '\0' && *fraction == '\0')
    return FALSE;
  if (*whole != '\0' && !g_ascii_string_to_unsigned (whole, 10, 0, G_MAXINT32, &yuan, NULL))
    return FALSE;
  if (strlen (fraction) > 2)
    return FALSE;
  for (guint i = 0; i < 2; i++)
    {
      if (fraction[0] != '\0' && !g_ascii_isdigit (fraction[0]))
        return FALSE;
      fen = fen * 10 + (fraction[0] != '\0' ? fraction[0] - '0' : 0);
      fraction += fraction[0] != '\0';
    }
  *out = (gint64) yuan * 100 + fen;
  return TRUE;
}

gboolean
ct_asset_dialog_get_cents (CtAssetDialog  *self,
                           const char     *name,
                           gint64         *out,
                           GError        **error)
{
  g_autofree char *value = ct_asset_dialog_dup_value (self, name);
  g_autofree char *plain = strip_money (value);

  if (*plain == '\0')
    {
      *out = 0;
      return TRUE;
    }
  if (parse_cents (plain, out))
    return TRUE;
  return fail_field (self, name, _("type the amount in yuan, for example 1280 or 1280.50."),
                     error);
}

gboolean
ct_asset_dialog_get_number (CtAssetDialog  *self,
                            const char     *name,
                            double         *out,
                            GError        **error)
{
  g_autofree char *value = ct_asset_dialog_dup_value (self, name);
  g_autofree char *plain = g_strdelimit (g_strdup (value), ",", ' ');
  char *end = NULL;
  g_autoptr(GString) digits = g_string_new (NULL);

  for (const char *p = plain; *p != '\0'; p++)
    if (*p != ' ')
      g_string_append_c (digits, *p);
  if (digits->len > 0)
    *out = g_ascii_strtod (digits->str, &end);
  if (digits->len == 0 || end == NULL || *end != '\0' || !isfinite (*out))
    return fail_field (self, name, _("type the number on the meter, for example 12345.6."),
                       error);
  return TRUE;
}

char *
ct_asset_dialog_dup_now_text (CtAssetDialog *self)
{
  return ct_ticket_detail_format_time (ct_clock_now (ct_context_get_clock (self->context)),
                                       self->tz);
}

char *
ct_asset_dialog_dup_today (CtAssetDialog *self)
{
  gint64 now = ct_clock_now (ct_context_get_clock (self->context));
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (now);
  g_autoptr(GDateTime) local = g_date_time_to_timezone (utc, self->tz);

  return g_date_time_format (local, "%Y-%m-%d");
}
