/* ct-window-private.h — shared by ct-window.c and ct-window-actions.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-welcome-page.h"
#include "ct-window.h"
#include "live/ct-presence-button.h"
#include "live/ct-window-live.h"

G_BEGIN_DECLS

struct _CtWindow
{
  AdwApplicationWindow  parent_instance;

  CtContext            *context;
  GSettings            *settings;
  CtWindowLive         *live;            /* presence and live refresh */

  /* Template children */
  AdwToastOverlay      *toast_overlay;
  GtkStack             *stack;
  CtWelcomePage        *welcome_page;
  AdwViewSwitcherTitle *switcher_title;
  GtkWidget            *database_box;
  GtkImage             *database_icon;
  GtkLabel             *database_label;
  CtPresenceButton     *presence_button;
  AdwViewStack         *view_stack;
  AdwViewSwitcherBar   *switcher_bar;
  GMenu                *recent_section;
  GMenu                *account_section; /* bound by accounts/ct-accounts.c */
};

/* ct-window-actions.c */
void ct_window_class_install_actions (GtkWidgetClass *widget_class);
void ct_window_update_recent_menu    (CtWindow       *self);
/* Enables the actions that need an open database. */
void ct_window_update_actions        (CtWindow       *self);

G_END_DECLS
