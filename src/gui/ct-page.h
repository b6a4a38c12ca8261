/* ct-page.h — base class of the window's tabs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "ct-context.h"

G_BEGIN_DECLS

#define CT_TYPE_PAGE (ct_page_get_type ())
G_DECLARE_DERIVABLE_TYPE (CtPage, ct_page, CT, PAGE, GtkWidget)

typedef void (*CtPageFunc) (CtPage *self);

struct _CtPageClass
{
  GtkWidgetClass parent_class;

  /* Called after the context changed (it may be NULL). */
  void (*context_changed) (CtPage *self);
  /* Reads the file again: other apps changed it (see ct_page_refresh()). */
  void (*refresh)         (CtPage *self);
};

CtContext  *ct_page_get_context   (CtPage     *self);
void        ct_page_set_context   (CtPage     *self,
                                   CtContext  *context);
const char *ct_page_get_title     (CtPage     *self);
void        ct_page_set_title     (CtPage     *self,
                                   const char *title);
const char *ct_page_get_icon_name (CtPage     *self);
void        ct_page_set_icon_name (CtPage     *self,
                                   const char *icon_name);
guint       ct_page_get_badge     (CtPage     *self);
void        ct_page_set_badge     (CtPage     *self,
                                   guint       badge);
/* Shows @toast (transfer full) in the window's AdwToastOverlay, found among the
 * page's ancestors; dropped when the page is not inside one. */
void        ct_page_show_toast    (CtPage     *self,
                                   AdwToast   *toast);
/* Other apps changed the file: runs the page's refresh now when it is
 * shown, else when it is next shown (a hidden page does not read the file
 * for nothing). Pages without a refresh follow their stores' signals. */
void        ct_page_refresh       (CtPage     *self);
/* TRUE while a refresh waits for the page to be shown. */
gboolean    ct_page_get_refresh_pending (CtPage *self);
/* Runs @func after the window's next frame (at once before the window is
 * realized); one at a time, dropped when the context changes. */
void        ct_page_after_frame   (CtPage     *self,
                                   CtPageFunc  func);
/* @model for a list view of the page, its rows shown a screenful first and
 * the rest over the next frames (GTK makes widgets for 200 rows at once). */
GListModel *ct_page_stage_rows    (CtPage     *self,
                                   GListModel *model);
/* Shows all the rows of @staged when @position is not shown yet. */
void        ct_page_show_rows     (GListModel *staged,
                                   guint       position);

G_END_DECLS
