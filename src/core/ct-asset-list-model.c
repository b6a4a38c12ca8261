/* ct-asset-list-model.c — the assets of a query as a lazy GListModel: the ids
 * read at once, the rows in pages read on demand with one SELECT … WHERE id
 * IN (…) each, and kept
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-asset-list-model"

#include "config.h"

#include <string.h>

#include "ct-asset-query.h"
#include "ct-record-store-private.h"

#define PAGE_SIZE CT_ASSET_LIST_MODEL_PAGE_SIZE

/* The text fields of a query, owned by the model. */
typedef enum { TEXT_CATEGORY, TEXT_STATUS, TEXT_SEARCH, TEXT_TODAY, N_TEXTS } QueryText;

struct _CtAssetListModel
{
  GObject        parent_instance;
  CtAssetStore  *store;
  CtAssetQuery   query;          /* its strings point into texts */
  char          *texts[N_TEXTS];
  gint64        *query_ids;      /* the query's ids (a drill-down), or NULL */
  GArray        *ids;            /* gint64, in the query's order */
  GPtrArray     *pages;          /* GPtrArray of CtAsset per page, NULL until read */
  char          *page_sql;       /* SELECT … WHERE id IN (PAGE_SIZE × ?) */
};

static void ct_asset_list_model_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CtAssetListModel, ct_asset_list_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      ct_asset_list_model_list_model_init))

enum {
  PROP_0,
  PROP_STORE,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
page_free (gpointer data)
{
  if (data != NULL)
    g_ptr_array_unref (data);
}

/* Makes the model's query a copy of @query, strings and ids and all. */
static void
set_query_copy (CtAssetListModel   *self,
                const CtAssetQuery *query)
{
  const char *texts[N_TEXTS] = { query->category, query->status, query->search, query->today };

  for (guint i = 0; i < N_TEXTS; i++)
    {
      g_free (self->texts[i]);
      self->texts[i] = g_strdup (texts[i]);
    }
  self->query = *query;
  self->query.category = self->texts[TEXT_CATEGORY];
  self->query.status = self->texts[TEXT_STATUS];
  self->query.search = self->texts[TEXT_SEARCH];
  self->query.today = self->texts[TEXT_TODAY];
  g_clear_pointer (&self->query_ids, g_free);
  if (query->ids != NULL)   /* an empty list stays a filter: never NULL */
    {
      self->query_ids = g_new0 (gint64, MAX (query->n_ids, 1));
      memcpy (self->query_ids, query->ids, query->n_ids * sizeof (gint64));
    }
  self->query.ids = self->query_ids;
}

static char *
build_page_sql (CtRecordStore *assets)
{
  g_autofree char *columns = ct_record_store_dup_select_columns (assets);
  GString *sql = g_string_new (NULL);

  g_string_append_printf (sql, "SELECT %s FROM assets WHERE id IN (?", columns);
  for (guint i = 1; i < PAGE_SIZE; i++)
    g_string_append (sql, ", ?");
  g_string_append (sql, ")");
  return g_string_free (sql, FALSE);
}

/* The rows of the ids @first … @first + @n − 1, by id; NULL with @error set. */
static GHashTable *
read_rows (CtAssetListModel  *self,
           guint              first,
           guint              n,
           GError           **error)
{
  CtRecordStore *assets = ct_asset_store_get_assets (self->store);
  CtDatabase *db = ct_asset_store_get_database (self->store);
  g_autoptr(GHashTable) rows = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                      g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  if (self->page_sql == NULL)
    self->page_sql = build_page_sql (assets);
  if (!(stmt = ct_database_prepare (db, self->page_sql, error)))
    return NULL;
  for (guint i = 0; i < n; i++)   /* the rest stay NULL: they match nothing */
    sqlite3_bind_int64 (stmt, (int) i + 1, g_array_index (self->ids, gint64, first + i));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CtRecord *record = ct_record_store_record_from_row (assets, stmt);

      g_hash_table_insert (rows, g_memdup2 (&(gint64) { ct_record_get_id (record) },
                                            sizeof (gint64)), record);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      ct_database_set_error (db, rc, error);
      return NULL;
    }
  return g_steal_pointer (&rows);
}

/* A stand-in for a row deleted since the ids were read (or unreadable):
 * blank until the next refresh. */
static CtAsset *
blank_asset (void)
{
  return ct_asset_new ("", "", "other", 0);
}

/* Page @index, read now (transfer full). */
static GPtrArray *
load_page (CtAssetListModel *self,
           guint             index)
{
  g_autoptr(GError) error = NULL;
  guint first = index * PAGE_SIZE;
  guint n = MIN (PAGE_SIZE, self->ids->len - first);
  g_autoptr(GHashTable) rows = read_rows (self, first, n, &error);
  GPtrArray *page = g_ptr_array_new_full (n, g_object_unref);

  if (rows == NULL)
    g_warning ("Cannot read the asset list: %s", error->message);
  for (guint i = 0; i < n; i++)
    {
      gint64 id = g_array_index (self->ids, gint64, first + i);
      CtRecord *record = rows != NULL ? g_hash_table_lookup (rows, &id) : NULL;

      if (record != NULL)
        g_ptr_array_add (page, g_object_ref (record));
      else
        g_ptr_array_add (page, blank_asset ());
    }
  if (rows != NULL)   /* kept; an unreadable page is tried again */
    g_ptr_array_index (self->pages, index) = g_ptr_array_ref (page);
  return page;
}

static GType
ct_asset_list_model_get_item_type (GListModel *model)
{
  return CT_TYPE_ASSET;
}

static guint
ct_asset_list_model_get_n_items (GListModel *model)
{
  return CT_ASSET_LIST_MODEL (model)->ids->len;
}

static gpointer
ct_asset_list_model_get_item (GListModel *model,
                              guint       position)
{
  CtAssetListModel *self = CT_ASSET_LIST_MODEL (model);
  guint index = position / PAGE_SIZE;
  g_autoptr(GPtrArray) page = NULL;

  if (position >= self->ids->len)
    return NULL;
  if (g_ptr_array_index (self->pages, index) != NULL)
    page = g_ptr_array_ref (g_ptr_array_index (self->pages, index));
  else
    page = load_page (self, index);
  return g_object_ref (g_ptr_array_index (page, position % PAGE_SIZE));
}

static void
ct_asset_list_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = ct_asset_list_model_get_item_type;
  iface->get_n_items = ct_asset_list_model_get_n_items;
  iface->get_item = ct_asset_list_model_get_item;
}

/* Takes @ids as the items: forgets every page and says what changed. */
static void
replace_ids (CtAssetListModel *self,
             GArray           *ids)
{
  guint old = self->ids->len;

  g_array_unref (self->ids);
  self->ids = ids;
  g_ptr_array_set_size (self->pages, 0);
  g_ptr_array_set_size (self->pages, (ids->len + PAGE_SIZE - 1) / PAGE_SIZE);
  if (old == 0 && ids->len == 0)
    return;
  g_list_model_items_changed (G_LIST_MODEL (self), 0, old, ids->len);
  if (old != ids->len)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

static void
ct_asset_list_model_finalize (GObject *object)
{
  CtAssetListModel *self = CT_ASSET_LIST_MODEL (object);

  for (guint i = 0; i < N_TEXTS; i++)
    g_free (self->texts[i]);
  g_clear_pointer (&self->ids, g_array_unref);
  g_clear_pointer (&self->query_ids, g_free);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->page_sql, g_free);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ct_asset_list_model_parent_class)->finalize (object);
}

static void
ct_asset_list_model_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  CtAssetListModel *self = CT_ASSET_LIST_MODEL (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->ids->len);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ct_asset_list_model_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  CtAssetListModel *self = CT_ASSET_LIST_MODEL (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ct_asset_list_model_class_init (CtAssetListModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ct_asset_list_model_finalize;
  object_class->get_property = ct_asset_list_model_get_property;
  object_class->set_property = ct_asset_list_model_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, CT_TYPE_ASSET_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ct_asset_list_model_init (CtAssetListModel *self)
{
  static const CtAssetQuery initial = CT_ASSET_QUERY_INIT;

  self->query = initial;
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->pages = g_ptr_array_new_with_free_func (page_free);
}

CtAssetListModel *
ct_asset_list_model_new (CtAssetStore *store)
{
  g_return_val_if_fail (CT_IS_ASSET_STORE (store), NULL);

  return g_object_new (CT_TYPE_ASSET_LIST_MODEL, "store", store, NULL);
}

CtAssetStore *
ct_asset_list_model_get_store (CtAssetListModel *self)
{
  g_return_val_if_fail (CT_IS_ASSET_LIST_MODEL (self), NULL);
  return self->store;
}

const CtAssetQuery *
ct_asset_list_model_get_query (CtAssetListModel *self)
{
  g_return_val_if_fail (CT_IS_ASSET_LIST_MODEL (self), NULL);
  return &self->query;
}

gboolean
ct_asset_list_model_set_query (CtAssetListModel    *self,
                               const CtAssetQuery  *query,
                               GError             **error)
{
  GArray *ids;

  g_return_val_if_fail (CT_IS_ASSET_LIST_MODEL (self), FALSE);
  g_return_val_if_fail (query != NULL, FALSE);

  if (!(ids = ct_asset_query_ids (self->store, query, error)))
    return FALSE;
  set_query_copy (self, query);
  replace_ids (self, ids);
  return TRUE;
}

gboolean
ct_asset_list_model_refresh (CtAssetListModel  *self,
                             GError           **error)
{
  GArray *ids;

  g_return_val_if_fail (CT_IS_ASSET_LIST_MODEL (self), FALSE);

  if (!(ids = ct_asset_query_ids (self->store, &self->query, error)))
    return FALSE;
  replace_ids (self, ids);
  return TRUE;
}

guint
ct_asset_list_model_find (CtAssetListModel *self,
                          gint64            id)
{
  g_return_val_if_fail (CT_IS_ASSET_LIST_MODEL (self), G_MAXUINT);

  for (guint i = 0; i < self->ids->len; i++)
    if (g_array_index (self->ids, gint64, i) == id)
      return i;
  return G_MAXUINT;
}
