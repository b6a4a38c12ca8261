/* ct-window-private.h — shared by ct-window.c and ct-window-actions.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-welcome-page.h"
#include "ct-window.h"

G_BEGIN_DECLS

struct _CtWindow
{
  AdwApplicationWindow  parent_instance;

  CtContext            *context;
  GSettings            *settings;

  /* Template children */
  AdwToastOverlay      *toast_overlay;
  GtkStack             *stack;
  CtWelcomePage        *welcome_page;
  AdwViewSwitcherTitle *switcher_title;
  GtkWidget            *database_box;
  GtkImage             *database_icon;
  GtkLabel             *database_label;
  AdwViewStack         *view_stack;
  AdwViewSwitcherBar   *switcher_bar;
  GMenu                *recent_section;
};

/* ct-window-actions.c */
void ct_window_class_install_actions (GtkWidgetClass *widget_class);
void ct_window_update_recent_menu    (CtWindow       *self);
/* Enables the actions that need an open database. */
void ct_window_update_actions        (CtWindow       *self);

G_END_DECLS
