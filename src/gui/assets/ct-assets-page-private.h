/* ct-assets-page-private.h — shared by the Assets page's files and its tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-asset-detail.h"
#include "ct-asset-io.h"
#include "ct-asset-query.h"
#include "ct-assets-page.h"

G_BEGIN_DECLS

/* A CtAssetQuery that owns its strings (the query points into them). */
typedef struct
{
  CtAssetQuery  query;
  char         *category;
  char         *status;
  char         *search;
  GArray       *ids;        /* gint64: the drill-down's, or NULL */
} CtAssetsFilter;

void        ct_assets_filter_init               (CtAssetsFilter *filter);
void        ct_assets_filter_clear              (CtAssetsFilter *filter);
void        ct_assets_filter_set                (CtAssetsFilter *filter,
                                                 const char     *category,
                                                 const char     *status,
                                                 const char     *search);
/* Only the assets @ids (NULL: any; an empty array: none), copied. */
void        ct_assets_filter_set_ids            (CtAssetsFilter *filter,
                                                 GArray         *ids);
void        ct_assets_filter_copy               (CtAssetsFilter       *dest,
                                                 const CtAssetsFilter *src);

/* The location tree's node kinds. */
typedef enum
{
  CT_ASSETS_NODE_ALL,
  CT_ASSETS_NODE_SITE,
  CT_ASSETS_NODE_BUILDING,
  CT_ASSETS_NODE_LOCATION,
} CtAssetsNodeKind;

struct _CtAssetsPage
{
  CtPage              parent_instance;

  CtContext          *context;        /* kept to disconnect */
  CtAssetStore       *store;
  CtAssetListModel   *model;          /* NULL until the page is first shown */
  GtkMultiSelection  *selection;
  CtAssetsFilter      filter;         /* what the tree, filter bar and search ask for */
  GTimeZone          *tz;             /* of the database */
  gboolean            load_pending;   /* context set while hidden: load on map */
  gboolean            filling;        /* filters being set: ignore them */
  gint64              keep_id;        /* the asset to keep selected */
  guint               day_id;         /* fires after midnight: badge, due cells */
  gboolean            paned_placed;   /* the detail got its width once */

  /* Location tree */
  GListStore         *tree_root;
  GtkTreeListModel   *tree_model;
  GtkSingleSelection *tree_selection;
  GHashTable         *tree_nodes;     /* "site:ID" … → node (owned by the tree) */

  /* Import and export */
  GCancellable       *transfer;       /* while one runs */
  guint               pulse_id;

  /* Template widgets */
  GtkSearchEntry     *search_entry;
  GtkLabel           *count_label;
  GtkDropDown        *category_dropdown;
  GtkDropDown        *status_dropdown;
  GtkDropDown        *due_dropdown;
  GtkToggleButton    *tree_button;
  GtkLabel           *tree_label;     /* the location chosen, on the button */
  GtkListView        *tree_view;
  GtkStack           *content_stack;
  GtkColumnView      *column_view;
  GtkColumnViewColumn *code_column;
  GtkColumnViewColumn *name_column;
  GtkColumnViewColumn *category_column;
  GtkColumnViewColumn *location_column;
  GtkColumnViewColumn *status_column;
  GtkColumnViewColumn *next_due_column;
  GtkColumnViewColumn *statutory_column;
  GtkPaned           *detail_paned;
  CtAssetDetail      *detail;
  GtkRevealer        *transfer_revealer;
  GtkLabel           *transfer_label;
  GtkProgressBar     *transfer_progress;
  GtkRevealer        *ids_revealer;
  GtkLabel           *ids_label;
};

/* ct-assets-page.c */
GtkWindow  *ct_assets_page_get_window           (CtAssetsPage *self);
/* Shows @message (plain text, escaped here) in a toast. */
void        ct_assets_page_toast                (CtAssetsPage *self,
                                                 const char   *message);
/* "2025-11-21", the clock's today in the database's zone, + @days_ahead;
 * NULL without a file or zone. */
char       *ct_assets_page_dup_day              (CtAssetsPage *self,
                                                 int           days_ahead);

/* ct-assets-list.c: the ledger's model, count and empty states, and the
 * selected asset in the detail pane */
void        ct_assets_page_class_init_list      (GtkWidgetClass *widget_class);
void        ct_assets_page_init_list            (CtAssetsPage *self);
void        ct_assets_page_apply_query          (CtAssetsPage *self);
/* Reads the file again after a change, keeping the selected asset. */
void        ct_assets_page_refresh              (CtAssetsPage *self);
/* Shows the list, or why it is empty, and its count. */
void        ct_assets_page_update_view          (CtAssetsPage *self);

/* ct-assets-tree.c: site → building → floor/plant room, with counts */
void        ct_assets_page_class_init_tree      (GtkWidgetClass *widget_class);
void        ct_assets_page_init_tree            (CtAssetsPage *self);
/* Builds the tree of the context's organisation and locations anew. */
void        ct_assets_page_rebuild_tree         (CtAssetsPage *self);
/* Reads the counts again into the nodes shown. */
void        ct_assets_page_update_tree_counts   (CtAssetsPage *self);
void        ct_assets_page_clear_tree           (CtAssetsPage *self);
/* The site of the selected node (0: all sites). */
gint64      ct_assets_page_get_tree_site        (CtAssetsPage *self);

/* ct-assets-cells.c: what a cell of the ledger says */
typedef enum
{
  CT_ASSETS_COLUMN_CODE,
  CT_ASSETS_COLUMN_NAME,
  CT_ASSETS_COLUMN_CATEGORY,
  CT_ASSETS_COLUMN_LOCATION,
  CT_ASSETS_COLUMN_STATUS,
  CT_ASSETS_COLUMN_NEXT_DUE,
  CT_ASSETS_COLUMN_STATUTORY,
} CtAssetsColumn;

typedef struct
{
  char       *text;
  const char *icon_name;     /* NULL: none */
  const char *style_class;   /* "error", "warning", "dim-label" or NULL */
  char       *tooltip;
} CtAssetsCell;

void        ct_assets_cell_clear                (CtAssetsCell   *cell);
/* Fills @cell (uninitialised) for @column of @asset (NULL: blank). */
void        ct_assets_page_fill_cell            (CtAssetsPage   *self,
                                                 CtAssetsColumn  column,
                                                 CtAsset        *asset,
                                                 CtAssetsCell   *cell);

/* ct-assets-columns.c: cells, and header clicks turned into the query's sort */
void        ct_assets_page_class_init_columns   (GtkWidgetClass *widget_class);
void        ct_assets_page_init_columns         (CtAssetsPage *self);
/* The day changed or the organisation was renamed: bind the cells again. */
void        ct_assets_page_rebind_cells         (CtAssetsPage *self);

/* ct-assets-filters.c: the filter bar and search turned into the query */
void        ct_assets_page_class_init_filters   (GtkWidgetClass *widget_class);
void        ct_assets_page_init_filters         (CtAssetsPage *self);
void        ct_assets_page_read_filters         (CtAssetsPage *self);
/* Back to the default view: every site, not retired, no search. */
void        ct_assets_page_reset_filters        (CtAssetsPage *self);

/* ct-assets-ids.c: the list limited to the ids of a drill-down, under a
 * banner with Clear */
void        ct_assets_page_class_init_ids       (GtkWidgetClass *widget_class);
/* Drops the ids and hides the banner (the query is not run again). */
void        ct_assets_page_clear_ids            (CtAssetsPage *self);
/* The banner's text, NULL when hidden (for tests). */
const char *ct_assets_page_get_ids_banner       (CtAssetsPage *self);

/* ct-assets-overdue.c: the badge (overdue maintenance tasks), read again on
 * every change of the store and after midnight */
void        ct_assets_page_update_badge         (CtAssetsPage *self);
void        ct_assets_page_start_day_timer      (CtAssetsPage *self);
void        ct_assets_page_stop_day_timer       (CtAssetsPage *self);

/* ct-assets-actions.c: New asset, Generate tasks, Print labels and form */
void        ct_assets_page_class_init_actions   (GtkWidgetClass *widget_class);
/* Enables the actions that need a file, a selection or no running transfer. */
void        ct_assets_page_update_actions       (CtAssetsPage *self);
/* What "Generate Maintenance Tasks" does: tasks for 60 days, a toast with
 * the count; FALSE with @error when it failed. */
gboolean    ct_assets_page_generate_tasks       (CtAssetsPage *self,
                                                 guint        *n_created,
                                                 GError      **error);
/* The ids of the selected assets, in list order (empty: none). */
GArray     *ct_assets_page_dup_selected_ids     (CtAssetsPage *self);
/* The ids of every asset the list shows, in its order. */
GArray     *ct_assets_page_dup_listed_ids       (CtAssetsPage *self,
                                                 GError      **error);

/* ct-assets-transfer.c and ct-assets-transfer-dialogs.c: Import… and
 * Export…, run in a worker thread on a connection of its own, with a
 * progress bar in the page */
void        ct_assets_page_class_init_transfer  (GtkWidgetClass *widget_class);
/* Drops a running transfer's result (the page closes or shows another file). */
void        ct_assets_page_abandon_transfer     (CtAssetsPage *self);
gboolean    ct_assets_page_is_transferring      (CtAssetsPage *self);
/* What Export and Import do once the file is chosen (also for the tests):
 * FALSE when no file is open or another transfer runs. */
gboolean    ct_assets_page_export_to_path       (CtAssetsPage *self,
                                                 const char   *path);
/* The same for the plans or readings of the site chosen in the tree (all
 * sites when none), or the assets of the list. */
gboolean    ct_assets_page_export_kind_to_path  (CtAssetsPage *self,
                                                 CtAssetImportKind kind,
                                                 const char   *path);
gboolean    ct_assets_page_import_path          (CtAssetsPage *self,
                                                 CtAssetImportKind kind,
                                                 const char   *path,
                                                 gboolean      dry_run);

/* Testing API, used by tests/gui/test-assets-page.c. */
GListModel *ct_assets_page_get_model            (CtAssetsPage *self);
void        ct_assets_page_set_search_text      (CtAssetsPage *self,
                                                 const char   *text);
const char *ct_assets_page_get_visible_child    (CtAssetsPage *self);
/* The first selected asset, or NULL. */
CtAsset    *ct_assets_page_get_selected         (CtAssetsPage *self);
gboolean    ct_assets_page_select_id            (CtAssetsPage *self,
                                                 gint64        id);
/* Selects the tree node "all", "site:ID", "building:ID" or "location:ID",
 * expanding its ancestors; FALSE when there is none. */
gboolean    ct_assets_page_select_node          (CtAssetsPage *self,
                                                 const char   *key);
/* "电梯 (12)": the label and count of a node as the tree shows it. */
char       *ct_assets_page_dup_node_text        (CtAssetsPage *self,
                                                 const char   *key);
/* The text of @column's cell at @position. */
char       *ct_assets_page_dup_cell_text        (CtAssetsPage *self,
                                                 GtkColumnViewColumn *column,
                                                 guint         position);
/* The style class of @column's cell at @position ("error" …), or NULL. */
const char *ct_assets_page_get_cell_class       (CtAssetsPage *self,
                                                 GtkColumnViewColumn *column,
                                                 guint         position);

G_END_DECLS
