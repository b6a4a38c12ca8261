/* ct-user-editor-private.h — the account editor's widgets, for its tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-password-group.h"
#include "ct-user-editor.h"

G_BEGIN_DECLS

struct _CtUserEditor
{
  AdwWindow         parent_instance;

  CtUsersWindow    *owner;
  CtUser           *user;       /* NULL when adding */
  CtUserEditorMode  mode;
  GArray           *staff_ids;  /* gint64 per item of the staff row; 0 = none */

  /* Template children */
  AdwWindowTitle   *window_title;
  AdwPreferencesGroup *details_group;
  AdwEntryRow      *name_row;
  AdwEntryRow      *login_row;
  AdwComboRow      *role_row;
  AdwComboRow      *staff_row;
  CtPasswordGroup  *password_group;
};

G_END_DECLS
