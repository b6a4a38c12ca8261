/* ct-tickets-page-private.h — shared by the page's files and its tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-ticket-detail.h"
#include "ct-ticket-import.h"
#include "ct-ticket-list-model.h"
#include "ct-tickets-page.h"

G_BEGIN_DECLS

struct _CtTicketsPage
{
  CtPage              parent_instance;

  CtContext          *context;        /* kept to disconnect */
  CtTicketListModel  *model;
  GtkSingleSelection *selection;
  CtTicketQuery      *query;          /* what the filter bar asks for */
  GTimeZone          *tz;             /* of the database */
  GArray             *site_ids;       /* gint64 per dropdown item; 0 = all */
  GArray             *department_ids;
  GArray             *assignee_ids;
  gboolean            filling;        /* dropdowns being rebuilt: ignore them */
  gint64              keep_id;        /* the ticket to keep selected */
  guint               tick_id;        /* the minute timer: badge, sweep, SLA cells */
  gboolean            swept;          /* the first sweep (silent) is done */
  GCancellable       *transfer;       /* while an import or export runs */

  /* Template widgets */
  GtkSearchEntry     *search_entry;
  GtkLabel           *count_label;
  GtkDropDown        *status_dropdown;
  GtkDropDown        *kind_dropdown;
  GtkDropDown        *site_dropdown;
  GtkDropDown        *department_dropdown;
  GtkDropDown        *assignee_dropdown;
  GtkDropDown        *created_dropdown;
  GtkToggleButton    *overdue_button;
  GtkStack           *content_stack;
  GtkColumnView      *column_view;
  GtkColumnViewColumn *code_column;
  GtkColumnViewColumn *kind_column;
  GtkColumnViewColumn *title_column;
  GtkColumnViewColumn *unit_column;
  GtkColumnViewColumn *status_column;
  GtkColumnViewColumn *assignee_column;
  GtkColumnViewColumn *sla_column;
  GtkColumnViewColumn *created_column;
  CtTicketDetail     *detail;
  GtkRevealer        *transfer_revealer;
  GtkLabel           *transfer_label;
  GtkProgressBar     *transfer_progress;
  GtkRevealer        *ids_revealer;
  GtkLabel           *ids_label;
};

/* ct-tickets-page.c */
void        ct_tickets_page_apply_query         (CtTicketsPage *self);
gint64      ct_tickets_page_now                 (CtTicketsPage *self);
/* Reads the file again after a change, keeping the selected ticket. */
void        ct_tickets_page_refresh             (CtTicketsPage *self);

/* ct-tickets-columns.c: cells, and header clicks turned into the query's sort */
void        ct_tickets_page_class_init_columns  (GtkWidgetClass *widget_class);
void        ct_tickets_page_init_columns        (CtTicketsPage *self);
void        ct_tickets_page_refresh_sla_cells   (CtTicketsPage *self);
void        ct_tickets_page_refresh_org_cells   (CtTicketsPage *self);

/* ct-tickets-sla.c: the Deadline column */
/* "2 d 4 h" left to resolve, "Overdue 3 h", "Paused", "Met" … with a style
 * class and an icon name (NULL: none), so that colour is never the only sign. */
char       *ct_tickets_page_dup_sla_text        (CtTicketsPage *self,
                                                 CtTicket      *ticket,
                                                 const char   **style_class,
                                                 const char   **icon_name);
/* "Respond by 14:20 · On site by 14:35 · Resolve by tomorrow 02:05". */
char       *ct_tickets_page_dup_sla_tooltip     (CtTicketsPage *self,
                                                 CtTicket      *ticket);

/* ct-tickets-filters.c: the filter bar and search turned into the query */
void        ct_tickets_page_class_init_filters  (GtkWidgetClass *widget_class);
void        ct_tickets_page_init_filters        (CtTicketsPage *self);
void        ct_tickets_page_fill_org_filters    (CtTicketsPage *self);
void        ct_tickets_page_read_filters        (CtTicketsPage *self);
void        ct_tickets_page_reset_filters       (CtTicketsPage *self);

/* ct-tickets-overdue.c: the badge, the sweep and its notifications */
void        ct_tickets_page_start_overdue       (CtTicketsPage *self);
void        ct_tickets_page_stop_overdue        (CtTicketsPage *self);
void        ct_tickets_page_update_badge        (CtTicketsPage *self);
/* Sweeps now: marks newly overdue tickets and, after the first sweep, sends a
 * notification naming them; returns how many it found. */
guint       ct_tickets_page_sweep               (CtTicketsPage *self);

/* ct-tickets-transfer.c and ct-tickets-transfer-dialogs.c: Import… and
 * Export…, run in a worker thread on a connection of its own, with a progress
 * bar and Cancel in the page */
void        ct_tickets_page_class_init_transfer (GtkWidgetClass *widget_class);
/* Ctrl+Shift+E exports while the page is shown, wherever the focus is. */
void        ct_tickets_page_init_transfer       (CtTicketsPage  *self);
/* Enables Import and Export when a file is open and nothing is running. */
void        ct_tickets_page_update_transfer_actions (CtTicketsPage *self);
/* Stops the running import or export, if any, without showing its result
 * (the page closes or shows another file). Cancel is "tickets.cancel-transfer". */
void        ct_tickets_page_abandon_transfer    (CtTicketsPage *self);
/* What Export and Import do once the file is chosen (also for the tests):
 * FALSE when no file is open or another transfer runs. */
gboolean    ct_tickets_page_export_to_path      (CtTicketsPage *self,
                                                 const char    *path);
gboolean    ct_tickets_page_import_path         (CtTicketsPage *self,
                                                 const char    *path,
                                                 CtTicketImportFlags flags);
gboolean    ct_tickets_page_is_transferring     (CtTicketsPage *self);

/* ct-tickets-ids.c: the list limited to given ids (dashboard drill-down) */
void        ct_tickets_page_class_init_ids      (GtkWidgetClass *widget_class);
/* Drops the id list and hides its banner (the caller applies the query). */
void        ct_tickets_page_clear_ids           (CtTicketsPage *self);

/* Testing API, used by tests/gui/test-tickets-page.c. */
GListModel *ct_tickets_page_get_model           (CtTicketsPage *self);
void        ct_tickets_page_set_search_text     (CtTicketsPage *self,
                                                 const char    *text);
const char *ct_tickets_page_get_visible_child   (CtTicketsPage *self);
CtTicket   *ct_tickets_page_get_selected        (CtTicketsPage *self);
gboolean    ct_tickets_page_select_id           (CtTicketsPage *self,
                                                 gint64         id);
/* "T-2026-00001" as its cell shows it in @column at @position. */
char       *ct_tickets_page_dup_cell_text       (CtTicketsPage *self,
                                                 GtkColumnViewColumn *column,
                                                 guint          position);

G_END_DECLS
