/* ct-charts.h — everything of libcaretaker-charts in one include
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-chart-axes.h"
#include "ct-chart-bar.h"
#include "ct-chart-donut.h"
#include "ct-chart-gauge.h"
#include "ct-chart-heatmap.h"
#include "ct-chart-layer.h"
#include "ct-chart-line.h"
#include "ct-chart-model.h"
#include "ct-chart-render.h"
#include "ct-chart-scale.h"
#include "ct-chart-text.h"
#include "ct-chart-theme.h"
