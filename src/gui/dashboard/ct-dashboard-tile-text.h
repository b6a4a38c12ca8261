/* ct-dashboard-tile-text.h — what a KPI tile says: its figures, whichever
 * module computes them, and the texts made of them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-dashboard.h"

G_BEGIN_DECLS

/* What a tile needs of a KPI, whichever module computes it. */
typedef struct
{
  const char *key;
  gboolean    asset;
  CtKpiUnit   unit;
  gboolean    has_value;
  double      value;
  gboolean    has_before;
  double      before;
  gboolean    has_target;
  double      target;
  gboolean    lower_is_better;
  gboolean    met;
  const char *deadline;
  double      numerator;
  double      denominator;
  guint       n_assets;      /* behind an asset figure */
} CtDashboardFigure;

/* FALSE when @key is no KPI of the dashboard. */
gboolean ct_dashboard_figure_read       (const CtDashboard       *result,
                                         const char              *key,
                                         CtDashboardFigure       *figure);
/* "Target ≥ 90.0 %", "Target ≤ −30.0 %". */
char    *ct_dashboard_figure_dup_target (const CtDashboardFigure *figure);
/* The change from the period before, 0 when it does not show at the
 * precision of the figures. */
double   ct_dashboard_figure_change     (const CtDashboardFigure *figure);
/* "▲ +2.1 pt from the period before", "= no change from the period before". */
char    *ct_dashboard_figure_dup_change (const CtDashboardFigure *figure);
/* "412 of 430 tickets", "3 of 300 assets not intact"; NULL for a ticket
 * figure that is no rate. */
char    *ct_dashboard_figure_dup_counts (const CtDashboardFigure *figure);

G_END_DECLS
