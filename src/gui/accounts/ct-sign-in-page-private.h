/* ct-sign-in-page-private.h — the sign-in page's widgets, for its tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-sign-in-page.h"

G_BEGIN_DECLS

struct _CtSignInPage
{
  AdwBin          parent_instance;

  CtContext      *context;
  GCancellable   *cancellable;   /* a sign-in under way */

  /* Template children */
  AdwWindowTitle *window_title;
  AdwStatusPage  *status_page;
  AdwEntryRow    *login_row;
  AdwEntryRow    *password_row;
  GtkLabel       *message_label;
};

G_END_DECLS
