/* ct-welcome-page.h — shown when no database is open
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CT_TYPE_WELCOME_PAGE (ct_welcome_page_get_type ())
G_DECLARE_FINAL_TYPE (CtWelcomePage, ct_welcome_page, CT, WELCOME_PAGE, GtkWidget)

GSettings *ct_welcome_page_get_settings (CtWelcomePage *self);
/* The recent list comes from @settings ("recent-databases"). */
void       ct_welcome_page_set_settings (CtWelcomePage *self,
                                         GSettings     *settings);
/* Creates the demo database in a worker thread with a progress bar, then
 * activates "win.open-path" with it; opens it directly when it exists. */
void       ct_welcome_page_try_demo     (CtWelcomePage *self);
gboolean   ct_welcome_page_is_busy      (CtWelcomePage *self);

G_END_DECLS
