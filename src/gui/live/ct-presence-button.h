/* ct-presence-button.h — "2 others" in the header bar: who else has the open
 * file open, listed in a popover; hidden when nobody else is there
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ct-presence.h"

G_BEGIN_DECLS

#define CT_TYPE_PRESENCE_BUTTON (ct_presence_button_get_type ())
G_DECLARE_FINAL_TYPE (CtPresenceButton, ct_presence_button, CT, PRESENCE_BUTTON, GtkWidget)

GtkWidget  *ct_presence_button_new        (void);
/* Shows @others (CtPresence, from ct_presence_list_others(); NULL or empty:
 * nobody, the button hides). @now (UTC seconds, the database's clock) tells
 * whether "since" was today. */
void        ct_presence_button_set_others (CtPresenceButton *self,
                                           GPtrArray        *others,
                                           gint64            now);
guint       ct_presence_button_get_count  (CtPresenceButton *self);

/* Testing API: the button's text ("2 others") and the popover's rows. */
const char *ct_presence_button_get_label  (CtPresenceButton *self);
GtkListBox *ct_presence_button_get_list   (CtPresenceButton *self);

G_END_DECLS
