/* assets-test-ledger.h — the ledger of the Assets tab's tests, made through
 * core (two sites, plans with overdue tasks, a down, a retired and a
 * maintained asset), and the page over it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-assets-page-private.h"
#include "gui-test-util.h"

G_BEGIN_DECLS

/* 2025-11-21 04:40 UTC: 12:40 in Shanghai, today is 2025-11-21 and "due soon"
 * runs to 2025-12-21 included. */
#define NOW 1763700000
#define DAY 86400

enum { S_SUN, S_LAKE, N_SITES };                        /* 阳光花园, 翠湖苑 */
enum { B_3, B_5, B_1, N_BUILDINGS };                    /* 3栋, 5栋 (阳光花园), 1栋 (翠湖苑) */
enum { L_B1, L_B1_EAST, L_ROOF, L_PUMP, N_LOCATIONS };  /* B1_EAST is inside B1 */

/* Open tasks made when the plans are saved (90 days ahead, to 2026-02-19):
 *   A01 monthly from 10-01: 10-01, 11-01 overdue; 12-01, 01-01, 02-01
 *   A02 monthly from 12-05: 12-05, 01-05, 02-05            (next due soon)
 *   A05 quarterly from 08-15: 08-15, 11-15 overdue; 02-15
 *   A06 monthly from 2026-01-10: 01-10, 02-10
 *   A12 monthly from 11-20: 11-20 overdue; 12-20, 01-20
 * Overdue tasks: 2 + 2 + 1 = 5 (the badge). Overdue assets (a task or the
 * statutory inspection past): A01, A05, A12. Due soon: A02 (task 12-05), A10
 * (warranty ends 12-01). */
#define N_ASSETS 12
#define N_OVERDUE_TASKS 5

typedef struct
{
  GuiTestFile   file;
  CtAssetStore *store;
  gint64        sites[N_SITES];
  gint64        buildings[N_BUILDINGS];
  gint64        locations[N_LOCATIONS];
  GtkWindow    *window;
  CtAssetsPage *page;
} AssetsFixture;

/* A fresh file at NOW with the ledger (@data NULL) or only the places
 * (@data non-NULL), and an Assets page showing it in a 1280 × 760 window. */
void     assets_test_set_up      (AssetsFixture       *f,
                                  gconstpointer        data);
void     assets_test_tear_down   (AssetsFixture       *f,
                                  gconstpointer        data);
/* Inserts @record (owned) into @store; returns its id. */
gint64   assets_test_insert      (AssetsFixture       *f,
                                  CtRecordStore       *store,
                                  gpointer             record);
guint    assets_test_n_rows      (AssetsFixture       *f);
char    *assets_test_cell        (AssetsFixture       *f,
                                  GtkColumnViewColumn *column,
                                  guint                position);
/* The row of asset @code in the list, or G_MAXUINT. */
guint    assets_test_row_of      (AssetsFixture       *f,
                                  const char          *code);
/* "site:3" */
char    *assets_test_key         (const char          *prefix,
                                  gint64               id);
/* The tree shows node @prefix:@id as @expected, "阳光花园 (7)". */
void     assets_test_assert_node (AssetsFixture       *f,
                                  const char          *prefix,
                                  gint64               id,
                                  const char          *expected);
void     assets_test_select_node (AssetsFixture       *f,
                                  const char          *prefix,
                                  gint64               id);

G_END_DECLS
