/* ct-kpi-format.h — what the ticket and asset KPIs format alike
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Appends @value to @json rounded to @decimals (4, else 2) without trailing
 * zeros: 0.9731, 1.0, 85.5; never "-0.0". */
void ct_kpi_append_number (GString *json,
                           double   value,
                           int      decimals);

G_END_DECLS
