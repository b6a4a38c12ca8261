/* ct-new-ticket-dialog-private.h — shared by the dialog's files and its tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-new-ticket-dialog.h"

G_BEGIN_DECLS

struct _CtNewTicketDialog
{
  AdwWindow       parent_instance;

  CtContext      *context;
  GTimeZone      *tz;
  GPtrArray      *units;          /* CtUnitMatch, built on the first search */
  GPtrArray      *matches;        /* CtUnitMatch (borrowed from units) shown */
  CtUnit         *unit;           /* picked, or NULL */
  gboolean        public_area;    /* picked "Public area" instead */
  gboolean        setting_text;   /* ignore our own search text change */
  gboolean        setting_department; /* ignore our own choice of department */
  gboolean        department_set; /* the user chose the department */
  char           *kind;           /* key */
  char           *repair_class;   /* key, "" for other kinds */
  GArray         *site_ids;       /* gint64 per site_dropdown item */
  GArray         *department_ids; /* gint64 per department_row item */
  CtAsset        *asset;          /* the equipment concerned, or NULL */
  GPtrArray      *asset_matches;  /* CtAsset shown in asset_list */
  gboolean        setting_asset_text; /* ignore our own asset text change */

  /* Template widgets */
  GtkWidget      *save_button;
  GtkRevealer    *error_revealer;
  GtkLabel       *error_label;
  GtkEntry       *search_entry;
  GtkListBox     *match_list;
  GtkWidget      *picked_box;
  GtkLabel       *picked_label;
  GtkWidget      *public_box;
  GtkDropDown    *site_dropdown;
  GtkEntry       *place_entry;
  GtkLabel       *kind_label;
  GtkBox         *kind_box;
  GtkWidget      *class_row;
  GtkLabel       *class_label;
  GtkBox         *class_box;
  GtkWidget      *appointment_row;
  GtkEntry       *appointment_entry;
  GtkEntry       *category_entry;
  GtkTextView    *description_view;
  GtkLabel       *deadlines_label;
  AdwEntryRow    *reporter_row;
  AdwEntryRow    *phone_row;
  AdwComboRow    *channel_row;
  AdwEntryRow    *title_row;
  AdwComboRow    *department_row;
  GtkEntry       *asset_entry;
  GtkListBox     *asset_list;
  GtkWidget      *asset_down_check;
};

/* One unit as searched and shown. */
typedef struct
{
  CtUnit *unit;
  gint64  site_id;
  char   *address;    /* "3-2-1201" */
  char   *place;      /* "翠湖花园 3-2-1201" */
  char   *label;      /* "翠湖花园 3-2-1201 · 王芳 · 13812345678" */
  char   *haystack;   /* casefolded site, address, owner and phone */
} CtUnitMatch;

/* ct-new-ticket-dialog.c */
void     ct_new_ticket_dialog_show_error   (CtNewTicketDialog *self,
                                            const char        *message);
/* Shows the deadlines a ticket saved now would get. */
void     ct_new_ticket_dialog_update_deadlines (CtNewTicketDialog *self);

/* ct-new-ticket-dialog-choices.c: fills the choices and builds the kind and
 * class toggles. */
void     ct_new_ticket_dialog_init_choices (CtNewTicketDialog *self);

/* ct-new-ticket-dialog-search.c */
void     ct_new_ticket_dialog_init_search  (CtNewTicketDialog *self);
void     ct_new_ticket_dialog_free_search  (CtNewTicketDialog *self);
/* Fills the match list for @text (up to 20 units, then "Public area"). */
void     ct_new_ticket_dialog_search       (CtNewTicketDialog *self,
                                            const char        *text);
gint64   ct_new_ticket_dialog_get_site_id  (CtNewTicketDialog *self);

/* ct-new-ticket-dialog-asset.c: the equipment concerned */
void     ct_new_ticket_dialog_init_asset   (CtNewTicketDialog *self);
void     ct_new_ticket_dialog_free_asset   (CtNewTicketDialog *self);
/* Shows the "mark down" check for a repair about an asset. */
void     ct_new_ticket_dialog_update_asset (CtNewTicketDialog *self);
/* Saves @ticket, through the asset's fault report when one is picked. */
gboolean ct_new_ticket_dialog_store        (CtNewTicketDialog  *self,
                                            CtTicket           *ticket,
                                            GError            **error);

/* Testing API, used by tests/gui/test-ticket-detail.c and test-asset-detail.c. */
void        ct_new_ticket_dialog_set_asset_text  (CtNewTicketDialog *self,
                                                  const char        *text);
guint       ct_new_ticket_dialog_get_n_asset_matches (CtNewTicketDialog *self);
gboolean    ct_new_ticket_dialog_pick_asset      (CtNewTicketDialog *self,
                                                  guint              index);
CtAsset    *ct_new_ticket_dialog_get_asset       (CtNewTicketDialog *self);
void        ct_new_ticket_dialog_set_mark_down   (CtNewTicketDialog *self,
                                                  gboolean           mark_down);
void        ct_new_ticket_dialog_set_search_text (CtNewTicketDialog *self,
                                                  const char        *text);
/* Matching units shown (without the "Public area" row). */
guint       ct_new_ticket_dialog_get_n_matches   (CtNewTicketDialog *self);
/* Picks match @index, or "Public area" when @index is the number of matches. */
gboolean    ct_new_ticket_dialog_pick            (CtNewTicketDialog *self,
                                                  guint              index);
CtUnit     *ct_new_ticket_dialog_get_unit        (CtNewTicketDialog *self);
void        ct_new_ticket_dialog_set_kind        (CtNewTicketDialog *self,
                                                  const char        *kind);
void        ct_new_ticket_dialog_set_repair_class (CtNewTicketDialog *self,
                                                  const char        *repair_class);
void        ct_new_ticket_dialog_set_category    (CtNewTicketDialog *self,
                                                  const char        *category);
void        ct_new_ticket_dialog_set_description (CtNewTicketDialog *self,
                                                  const char        *description);
const char *ct_new_ticket_dialog_get_reporter    (CtNewTicketDialog *self);
const char *ct_new_ticket_dialog_get_phone       (CtNewTicketDialog *self);
const char *ct_new_ticket_dialog_get_deadlines_text (CtNewTicketDialog *self);
/* Saves as the Save button does; FALSE leaves the dialog open with the error. */
gboolean    ct_new_ticket_dialog_save            (CtNewTicketDialog *self);
const char *ct_new_ticket_dialog_get_error       (CtNewTicketDialog *self);

G_END_DECLS
