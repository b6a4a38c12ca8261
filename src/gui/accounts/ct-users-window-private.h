/* ct-users-window-private.h — shared by the Users window's files and tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-password-group.h"
#include "ct-user-store.h"
#include "ct-users-window.h"

G_BEGIN_DECLS

struct _CtUsersWindow
{
  AdwWindow        parent_instance;

  CtContext       *context;
  CtUserStore     *store;
  GListModel      *users;      /* the store's model of CtUser */
  GTimeZone       *tz;

  /* Template children */
  AdwToastOverlay *toast_overlay;
  GtkStack        *stack;
  GtkWidget       *add_button;
  AdwEntryRow     *admin_name_row;
  AdwEntryRow     *admin_login_row;
  CtPasswordGroup *admin_password;
  GtkListBox      *list_box;
};

/* ct-users-window.c */
void     ct_users_window_show_error   (CtUsersWindow *self,
                                       const char    *heading,
                                       const GError  *error);
void     ct_users_window_toast        (CtUsersWindow *self,
                                       const char    *title);
/* Reads the accounts again (shows an error when that fails). */
gboolean ct_users_window_reload       (CtUsersWindow *self);
/* After @user was saved: the list, and "user-changed" when it is the
 * signed-in person. */
void     ct_users_window_saved        (CtUsersWindow *self,
                                       CtUser        *user);

/* The account @id in the list, or NULL. */
CtUser  *ct_users_window_find         (CtUsersWindow *self,
                                       gint64         id);

/* ct-users-window-list.c */
GtkWidget *ct_users_window_create_row (gpointer       item,
                                       gpointer       user_data);
void     ct_users_window_class_init_list (GtkWidgetClass *widget_class);

G_END_DECLS
