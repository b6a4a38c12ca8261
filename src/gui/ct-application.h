/* ct-application.h — the Caretaker application: actions, options, settings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CT_TYPE_APPLICATION (ct_application_get_type ())
G_DECLARE_FINAL_TYPE (CtApplication, ct_application, CT, APPLICATION, AdwApplication)

CtApplication *ct_application_new          (void);
/* The application settings (org.caretaker.Caretaker); NULL before startup. */
GSettings     *ct_application_get_settings (CtApplication *self);

G_END_DECLS
