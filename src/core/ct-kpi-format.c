/* ct-kpi-format.c — what the ticket and asset KPIs format alike
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-kpi"

#include "config.h"

#include <string.h>

#include "ct-kpi-format.h"

void
ct_kpi_append_number (GString *json,
                      double   value,
                      int      decimals)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  gsize len;

  g_ascii_formatd (buffer, sizeof buffer, decimals == 4 ? "%.4f" : "%.2f", value);
  len = strlen (buffer);
  while (len > 2 && buffer[len - 1] == '0' && buffer[len - 2] != '.')
    buffer[--len] = '\0';
  if (g_str_equal (buffer, "-0.0"))
    g_strlcpy (buffer, "0.0", sizeof buffer);
  g_string_append (json, buffer);
}
