/* test-kpi-data.h — the tickets of test-kpi.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-database.h"

G_BEGIN_DECLS

/* Local times of October and November 2025 (UTC+8) as UTC seconds. */
#define OCT(d, h, m) (1759248000 + ((((gint64) (d) - 1) * 24 + (h)) * 60 + (m)) * 60)
#define NOV(d, h, m) (1761926400 + ((((gint64) (d) - 1) * 24 + (h)) * 60 + (m)) * 60)
#define NOV_START    NOV (1, 0, 0)
#define DEC_START    1764518400
#define OCT_START    OCT (1, 0, 0)

/* Writes two sites, three units and the 25 tickets of test-kpi-data.c
 * straight into @db. */
void ct_test_kpi_fill (CtDatabase *db);

G_END_DECLS
