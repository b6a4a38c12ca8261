/* ct-ticket-list-model.c — the tickets of a query as a lazy GListModel: pages
 * read on demand, found through their boundary keys, the last few kept
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-ticket-list-model"

#include "config.h"

#include "ct-ticket-list-model-private.h"

#define PAGE_SIZE CT_TICKET_LIST_MODEL_PAGE_SIZE
#define N_CACHED_PAGES 8
/* From this many rows on, pages are read along the sort order's index (see
 * ct_ticket_filter_new ()); below, SQLite finds the rows and sorts them. */
#define WALK_THRESHOLD (32 * PAGE_SIZE)
/* The same along a partial index of the open tickets, which holds only those:
 * there a page reads few rows already when a fair share of them match. */
#define OPEN_WALK_THRESHOLD (4 * PAGE_SIZE)
/* Far jumps note the start of every CHUNK_PAGES-th page
 * (ct-ticket-list-model-jump.c). */
#define CHUNK_PAGES 64

typedef struct
{
  guint      index;
  GPtrArray *items;   /* CtTicket */
} Page;

static void ct_ticket_list_model_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CtTicketListModel, ct_ticket_list_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      ct_ticket_list_model_list_model_init))

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_QUERY,
  PROP_ERROR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
page_free (gpointer data)
{
  Page *page = data;

  g_ptr_array_unref (page->items);
  g_free (page);
}

static void
set_error (CtTicketListModel *self,
           GError            *error)
{
  if (error == NULL && self->error == NULL)
    return;
  if (error != NULL)
    g_warning ("Cannot read the ticket list: %s", error->message);
  g_clear_error (&self->error);
  self->error = error;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR]);
}

static guint
n_pages (CtTicketListModel *self)
{
  return (self->n_items + PAGE_SIZE - 1) / PAGE_SIZE;
}

static void
add_row_cb (CtTicketListModel *self,
            const CtListRow   *row,
            gpointer           user_data)
{
  g_ptr_array_add (user_data, ct_record_store_record_from_row (self->records, row->stmt));
}

static Page *
load_page (CtTicketListModel *self,
           guint              index)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_full (PAGE_SIZE, g_object_unref);
  const CtListCursor *start = ct_ticket_list_model_find_boundary (self, index, &error);
  CtListCursor *next = NULL;
  Page *page;

  if (start == NULL
      || ct_ticket_list_model_fetch (self, start, PAGE_SIZE, FALSE, FALSE, add_row_cb, items,
                                     &next, &error) < 0)
    {
      if (error != NULL)
        set_error (self, g_steal_pointer (&error));
      return NULL;
    }
  if (index + 1 < self->boundaries->len && next != NULL)
    ct_ticket_list_model_set_boundary (self, index + 1, next);
  else
    ct_list_cursor_free (next);

  page = g_new0 (Page, 1);
  page->index = index;
  page->items = g_steal_pointer (&items);
  g_queue_push_head (&self->pages, page);
  if (g_queue_get_length (&self->pages) > N_CACHED_PAGES)
    page_free (g_queue_pop_tail (&self->pages));
  return page;
}

static Page *
lookup_page (CtTicketListModel *self,
             guint              index)
{
  for (GList *l = self->pages.head; l != NULL; l = l->next)
    {
      Page *page = l->data;

      if (page->index != index)
        continue;
      if (l != self->pages.head)
        {
          g_queue_unlink (&self->pages, l);
          g_queue_push_head_link (&self->pages, l);
        }
      return page;
    }
  return NULL;
}

static gboolean
should_walk (CtTicketListModel *self)
{
  guint threshold = self->walk_threshold;

  if (threshold == WALK_THRESHOLD && ct_ticket_filter_has_open_index (self->filter))
    threshold = OPEN_WALK_THRESHOLD;
  return self->n_items >= threshold;
}

/* Forgets every row and boundary, counts again and says so. */
static void
reload (CtTicketListModel *self)
{
  g_autoptr(GError) error = NULL;
  guint old = self->n_items;
  gint64 count;

  g_queue_clear_full (&self->pages, page_free);
  g_ptr_array_set_size (self->boundaries, 0);
  self->chunks_mapped = FALSE;
  self->spec = ct_ticket_sort_get_spec (self->query->sort);
  g_clear_pointer (&self->filter, ct_ticket_filter_free);
  if (!ct_ticket_search_is_blank (self->query->search) && self->search_table == NULL)
    self->search_table = ct_ticket_search_acquire_table (self->db);
  self->filter = ct_ticket_filter_new_for (self->db, self->query, FALSE, self->search_table);
  count = -1;
  if (self->search_table == NULL
      || ct_ticket_search_fill (self->db, self->query->search, self->search_table, &error))
    count = ct_ticket_list_model_count (self, &error);
  self->n_items = (guint) CLAMP (count, 0, G_MAXUINT);
  set_error (self, g_steal_pointer (&error));
  if (should_walk (self))
    {
      g_clear_pointer (&self->filter, ct_ticket_filter_free);
      self->filter = ct_ticket_filter_new_for (self->db, self->query, TRUE, self->search_table);
    }
  g_ptr_array_set_size (self->boundaries, n_pages (self) + 1);
  ct_ticket_list_model_set_boundary (self, 0, ct_list_cursor_new_start (self, FALSE));
  if (old > 0 || self->n_items > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, old, self->n_items);
}

static GType
ct_ticket_list_model_get_item_type (GListModel *model)
{
  return CT_TYPE_TICKET;
}

static guint
ct_ticket_list_model_get_n_items (GListModel *model)
{
  return CT_TICKET_LIST_MODEL (model)->n_items;
}

static gpointer
ct_ticket_list_model_get_item (GListModel *model,
                               guint       position)
{
  CtTicketListModel *self = CT_TICKET_LIST_MODEL (model);
  guint index = position / PAGE_SIZE;
  Page *page;

  if (position >= self->n_items)
    return NULL;
  if ((page = lookup_page (self, index)) == NULL)
    page = load_page (self, index);
  if (page != NULL && position % PAGE_SIZE < page->items->len)
    return g_object_ref (g_ptr_array_index (page->items, position % PAGE_SIZE));
  /* Deleted by someone else since the count: blank until the next refresh. */
  return ct_ticket_new ("repair", "");
}

static void
ct_ticket_list_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = ct_ticket_list_model_get_item_type;
  iface->get_n_items = ct_ticket_list_model_get_n_items;
  iface->get_item = ct_ticket_list_model_get_item;
}

static void
ct_ticket_list_model_constructed (GObject *object)
{
  CtTicketListModel *self = CT_TICKET_LIST_MODEL (object);

  G_OBJECT_CLASS (ct_ticket_list_model_parent_class)->constructed (object);

  g_assert (self->db != NULL);
  self->records = ct_record_store_new (self->db, CT_TYPE_TICKET);
  ct_record_store_set_keep_model (self->records, FALSE);
  self->columns = ct_record_store_dup_select_columns (self->records);
  reload (self);
}

static void
ct_ticket_list_model_finalize (GObject *object)
{
  CtTicketListModel *self = CT_TICKET_LIST_MODEL (object);

  if (self->search_table != NULL)
    ct_ticket_search_release_table (self->db, g_steal_pointer (&self->search_table));
  g_queue_clear_full (&self->pages, page_free);
  g_clear_pointer (&self->boundaries, g_ptr_array_unref);
  g_clear_pointer (&self->filter, ct_ticket_filter_free);
  g_clear_pointer (&self->query, ct_ticket_query_free);
  g_clear_pointer (&self->columns, g_free);
  g_clear_error (&self->error);
  g_clear_object (&self->records);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (ct_ticket_list_model_parent_class)->finalize (object);
}

static void
ct_ticket_list_model_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  CtTicketListModel *self = CT_TICKET_LIST_MODEL (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->db);
      break;
    case PROP_QUERY:
      g_value_set_boxed (value, self->query);
      break;
    case PROP_ERROR:
      g_value_set_boxed (value, self->error);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ct_ticket_list_model_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  CtTicketListModel *self = CT_TICKET_LIST_MODEL (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->db = g_value_dup_object (value);
      break;
    case PROP_QUERY:
      if (g_value_get_boxed (value) != NULL)   /* NULL at construction: all tickets */
        ct_ticket_list_model_set_query (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ct_ticket_list_model_class_init (CtTicketListModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = ct_ticket_list_model_constructed;
  object_class->finalize = ct_ticket_list_model_finalize;
  object_class->get_property = ct_ticket_list_model_get_property;
  object_class->set_property = ct_ticket_list_model_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, CT_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_QUERY] =
    g_param_spec_boxed ("query", NULL, NULL, CT_TYPE_TICKET_QUERY,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_EXPLICIT_NOTIFY
                        | G_PARAM_STATIC_STRINGS);
  properties[PROP_ERROR] =
    g_param_spec_boxed ("error", NULL, NULL, G_TYPE_ERROR,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ct_ticket_list_model_init (CtTicketListModel *self)
{
  self->query = ct_ticket_query_new ();
  self->walk_threshold = WALK_THRESHOLD;
  self->chunk_pages = CHUNK_PAGES;
  self->boundaries = g_ptr_array_new_with_free_func ((GDestroyNotify) ct_list_cursor_free);
  g_queue_init (&self->pages);
}

CtTicketListModel *
ct_ticket_list_model_new (CtDatabase *db)
{
  g_return_val_if_fail (CT_IS_DATABASE (db), NULL);

  return g_object_new (CT_TYPE_TICKET_LIST_MODEL, "database", db, NULL);
}

CtTicketListModel *
ct_ticket_list_model_new_for_query (CtDatabase          *db,
                                    const CtTicketQuery *query)
{
  g_return_val_if_fail (CT_IS_DATABASE (db), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  return g_object_new (CT_TYPE_TICKET_LIST_MODEL, "database", db, "query", query, NULL);
}

CtDatabase *
ct_ticket_list_model_get_database (CtTicketListModel *self)
{
  g_return_val_if_fail (CT_IS_TICKET_LIST_MODEL (self), NULL);
  return self->db;
}

const CtTicketQuery *
ct_ticket_list_model_get_query (CtTicketListModel *self)
{
  g_return_val_if_fail (CT_IS_TICKET_LIST_MODEL (self), NULL);
  return self->query;
}

void
ct_ticket_list_model_set_query (CtTicketListModel   *self,
                                const CtTicketQuery *query)
{
  g_return_if_fail (CT_IS_TICKET_LIST_MODEL (self));
  g_return_if_fail (query != NULL);

  if (ct_ticket_query_equal (self->query, query))
    return;
  g_clear_pointer (&self->query, ct_ticket_query_free);
  self->query = ct_ticket_query_copy (query);
  if (self->records == NULL)   /* during construction */
    return;
  reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUERY]);
}

void
ct_ticket_list_model_refresh (CtTicketListModel *self)
{
  g_return_if_fail (CT_IS_TICKET_LIST_MODEL (self));
  reload (self);
}

gboolean
ct_ticket_list_model_find (CtTicketListModel *self,
                           gint64             id,
                           guint             *position)
{
  g_autoptr(GError) error = NULL;
  gint64 before;

  g_return_val_if_fail (CT_IS_TICKET_LIST_MODEL (self), FALSE);

  before = ct_ticket_list_model_count_before (self, id, &error);
  if (error != NULL)
    set_error (self, g_steal_pointer (&error));
  if (before < 0 || before >= self->n_items)
    return FALSE;
  if (position != NULL)
    *position = (guint) before;
  return TRUE;
}

const GError *
ct_ticket_list_model_get_error (CtTicketListModel *self)
{
  g_return_val_if_fail (CT_IS_TICKET_LIST_MODEL (self), NULL);
  return self->error;
}

void
ct_ticket_list_model_set_walk_threshold (CtTicketListModel *self,
                                         guint              rows)
{
  g_return_if_fail (CT_IS_TICKET_LIST_MODEL (self));

  self->walk_threshold = rows;
  reload (self);
}

void
ct_ticket_list_model_set_chunk_pages (CtTicketListModel *self,
                                      guint              pages)
{
  g_return_if_fail (CT_IS_TICKET_LIST_MODEL (self));
  g_return_if_fail (pages > 0);

  self->chunk_pages = pages;
}
