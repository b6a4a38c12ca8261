/* ct-record.c — a row of a table as a GObject whose properties are its fields
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-record"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <sqlite3.h>
#include <string.h>

#include "ct-error.h"
#include "ct-record-private.h"

/* A field's value: text fields (TEXT, DATE) hold a string, never NULL; the
 * others a number. A record read from the file keeps all its strings in one
 * block after the slots (the list pages read thousands of records; a GValue
 * and an allocation per field made reading a page several times slower than
 * SQLite's part of it); a string set later is allocated alone and marked in
 * @owned. */
typedef union
{
  const char *text;
  gint64      number;
} Slot;

typedef struct
{
  Slot   *slots;    /* one per field of the class's table, then the owned
                     * flags, then the strings read from the file */
  guint8 *owned;    /* per field: slots[i].text is allocated on its own */
  gint64  id;
  gint64  version;
  gint64  created_at;
  gint64  updated_at;
} CtRecordPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (CtRecord, ct_record, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_VERSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static inline gboolean
is_text (const CtField *field)
{
  return field->type == CT_FIELD_TEXT || field->type == CT_FIELD_DATE;
}

/* The slots block with @extra bytes of strings after the flags; texts "". */
static void
alloc_slots (CtRecordPrivate   *priv,
             const CtTableInfo *table,
             gsize              extra)
{
  guint n = table->n_fields;

  priv->slots = g_malloc (n * sizeof (Slot) + n + extra);
  priv->owned = (guint8 *) (priv->slots + n);
  memset (priv->owned, 0, n);
  for (guint i = 0; i < n; i++)
    {
      if (is_text (&table->fields[i]))
        priv->slots[i].text = "";
      else
        priv->slots[i].number = 0;
    }
}

static void
free_slots (CtRecordPrivate   *priv,
            const CtTableInfo *table)
{
  if (priv->slots == NULL)
    return;
  for (guint i = 0; i < table->n_fields; i++)
    if (priv->owned[i])
      g_free ((char *) priv->slots[i].text);
  g_clear_pointer (&priv->slots, g_free);
  priv->owned = NULL;
}

static Slot *
ensure_slots (CtRecord *self)
{
  CtRecordPrivate *priv = ct_record_get_instance_private (self);
  const CtTableInfo *table = CT_RECORD_GET_CLASS (self)->table;

  g_assert (table != NULL);
  if (priv->slots == NULL)
    alloc_slots (priv, table, 0);
  return priv->slots;
}

/* Replaces text slot @i by @text, which it takes. */
static void
take_text (CtRecordPrivate *priv,
           guint            i,
           char            *text)
{
  if (priv->owned[i])
    g_free ((char *) priv->slots[i].text);
  priv->slots[i].text = text;
  priv->owned[i] = TRUE;
}

/* The index of @field: first by address (the names callers pass are mostly
 * the same literals as the table's), then by name. */
static int
field_index (CtRecord   *self,
             const char *field)
{
  const CtTableInfo *table = CT_RECORD_GET_CLASS (self)->table;

  for (guint i = 0; i < table->n_fields; i++)
    if (table->fields[i].name == field)
      return (int) i;
  for (guint i = 0; i < table->n_fields; i++)
    if (g_str_equal (table->fields[i].name, field))
      return (int) i;
  g_critical ("%s has no field “%s”", G_OBJECT_TYPE_NAME (self), field);
  return -1;
}

static void
field_get_property (GObject    *object,
                    guint       prop_id,
                    GValue     *value,
                    GParamSpec *pspec)
{
  CtRecord *self = CT_RECORD (object);
  const Slot *slot = &ensure_slots (self)[prop_id - 1];

  if (is_text (&CT_RECORD_GET_CLASS (self)->table->fields[prop_id - 1]))
    g_value_set_string (value, slot->text);
  else
    g_value_set_int64 (value, slot->number);
}

/* Sets text field @i to @value, trimmed; whether it changed. */
static gboolean
set_text (CtRecord   *self,
          guint       i,
          const char *value)
{
  CtRecordPrivate *priv = ct_record_get_instance_private (self);
  Slot *slot = &ensure_slots (self)[i];
  g_autofree char *text = g_strstrip (g_strdup (value ?: ""));

  if (g_str_equal (text, slot->text))
    return FALSE;
  take_text (priv, i, g_steal_pointer (&text));
  return TRUE;
}

static gboolean
set_number (CtRecord *self,
            guint     i,
            gint64    value)
{
  Slot *slot = &ensure_slots (self)[i];

  if (slot->number == value)
    return FALSE;
  slot->number = value;
  return TRUE;
}

static void
field_set_property (GObject      *object,
                    guint         prop_id,
                    const GValue *value,
                    GParamSpec   *pspec)
{
  CtRecord *self = CT_RECORD (object);
  guint i = prop_id - 1;

  if (is_text (&CT_RECORD_GET_CLASS (self)->table->fields[i])
      ? set_text (self, i, g_value_get_string (value))
      : set_number (self, i, g_value_get_int64 (value)))
    g_object_notify_by_pspec (object, pspec);
}

static void
ct_record_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  CtRecordPrivate *priv = ct_record_get_instance_private (CT_RECORD (object));

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, priv->id);
      break;
    case PROP_VERSION:
      g_value_set_int64 (value, priv->version);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ct_record_finalize (GObject *object)
{
  CtRecord *self = CT_RECORD (object);
  CtRecordPrivate *priv = ct_record_get_instance_private (self);

  free_slots (priv, CT_RECORD_GET_CLASS (self)->table);
  G_OBJECT_CLASS (ct_record_parent_class)->finalize (object);
}

static char *
ct_record_real_dup_label (CtRecord *self)
{
  return g_strdup_printf ("#%" G_GINT64_FORMAT, ct_record_get_id (self));
}

static void
ct_record_class_init (CtRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = ct_record_get_property;
  object_class->finalize = ct_record_finalize;
  klass->dup_label = ct_record_real_dup_label;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_VERSION] =
    g_param_spec_int64 ("version", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ct_record_init (CtRecord *self)
{
}

void
ct_record_class_set_table (CtRecordClass     *klass,
                           const CtTableInfo *table)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  g_assert (table->n_fields <= CT_RECORD_MAX_FIELDS);
  klass->table = table;
  klass->field_pspecs = g_new0 (GParamSpec *, table->n_fields);   /* lives as the class */
  object_class->get_property = field_get_property;
  object_class->set_property = field_set_property;
  for (guint i = 0; i < table->n_fields; i++)
    {
      const CtField *f = &table->fields[i];
      GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_NICK
                          | G_PARAM_STATIC_BLURB; /* names with "_" are copied */
      GParamSpec *pspec;

      if (is_text (f))
        pspec = g_param_spec_string (f->name, NULL, NULL, "", flags);
      else
        pspec = g_param_spec_int64 (f->name, NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
      g_object_class_install_property (object_class, i + 1, pspec);
      klass->field_pspecs[i] = pspec;
    }
}

void
ct_record_load_row (CtRecord     *self,
                    sqlite3_stmt *stmt,
                    int           first)
{
  CtRecordPrivate *priv = ct_record_get_instance_private (self);
  const CtTableInfo *table = CT_RECORD_GET_CLASS (self)->table;
  const char *texts[CT_RECORD_MAX_FIELDS];
  gsize extra = 0;
  char *arena;

  /* An init () may have set defaults: the row replaces them. */
  free_slots (priv, table);
  /* The length after the text: sqlite3_column_bytes () then counts the UTF-8
   * SQLite just made, with no second conversion. */
  for (guint i = 0; i < table->n_fields; i++)
    if (is_text (&table->fields[i]))
      {
        texts[i] = (const char *) sqlite3_column_text (stmt, first + (int) i);
        if (texts[i] != NULL)
          extra += (gsize) sqlite3_column_bytes (stmt, first + (int) i) + 1;
      }
  alloc_slots (priv, table, extra);
  arena = (char *) priv->owned + table->n_fields;
  for (guint i = 0; i < table->n_fields; i++)
    {
      if (!is_text (&table->fields[i]))
        priv->slots[i].number = sqlite3_column_int64 (stmt, first + (int) i);
      else if (texts[i] != NULL && texts[i][0] != '\0')
        {
          gsize len = (gsize) sqlite3_column_bytes (stmt, first + (int) i);

          memcpy (arena, texts[i], len);
          arena[len] = '\0';
          priv->slots[i].text = arena;
          arena += len + 1;
        }
    }
}

void
ct_record_load_meta (CtRecord *self,
                     gint64    id,
                     gint64    version,
                     gint64    created_at,
                     gint64    updated_at)
{
  CtRecordPrivate *priv = ct_record_get_instance_private (self);

  priv->id = id;
  priv->version = version;
  priv->created_at = created_at;
  priv->updated_at = updated_at;
}

const CtTableInfo *
ct_record_get_table (CtRecord *self)
{
  g_return_val_if_fail (CT_IS_RECORD (self), NULL);
  return CT_RECORD_GET_CLASS (self)->table;
}

gint64
ct_record_get_id (CtRecord *self)
{
  CtRecordPrivate *priv = ct_record_get_instance_private (self);

  g_return_val_if_fail (CT_IS_RECORD (self), 0);
  return priv->id;
}

gint64
ct_record_get_version (CtRecord *self)
{
  CtRecordPrivate *priv = ct_record_get_instance_private (self);

  g_return_val_if_fail (CT_IS_RECORD (self), 0);
  return priv->version;
}

gint64
ct_record_get_created_at (CtRecord *self)
{
  CtRecordPrivate *priv = ct_record_get_instance_private (self);

  g_return_val_if_fail (CT_IS_RECORD (self), 0);
  return priv->created_at;
}

gint64
ct_record_get_updated_at (CtRecord *self)
{
  CtRecordPrivate *priv = ct_record_get_instance_private (self);

  g_return_val_if_fail (CT_IS_RECORD (self), 0);
  return priv->updated_at;
}

void
ct_record_set_meta (CtRecord *self,
                    gint64    id,
                    gint64    version,
                    gint64    created_at,
                    gint64    updated_at)
{
  CtRecordPrivate *priv = ct_record_get_instance_private (self);

  g_return_if_fail (CT_IS_RECORD (self));
  priv->created_at = created_at;
  priv->updated_at = updated_at;
  if (priv->id != id)
    {
      priv->id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
    }
  if (priv->version != version)
    {
      priv->version = version;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VERSION]);
    }
}

const char *
ct_record_get_string (CtRecord   *self,
                      const char *field)
{
  int i;

  g_return_val_if_fail (CT_IS_RECORD (self), NULL);
  if ((i = field_index (self, field)) < 0)
    return NULL;
  return ensure_slots (self)[i].text;
}

/* Straight to the slot and the field's property, without the property
 * lookup and GValues of g_object_set () (a tenth of a ticket import). */
void
ct_record_set_string (CtRecord   *self,
                      const char *field,
                      const char *value)
{
  CtRecordClass *klass;
  int i;

  g_return_if_fail (CT_IS_RECORD (self));
  klass = CT_RECORD_GET_CLASS (self);
  if ((i = field_index (self, field)) < 0)
    return;
  if (!is_text (&klass->table->fields[i]))
    g_object_set (self, field, value, NULL);   /* complains of the type */
  else if (set_text (self, (guint) i, value))
    g_object_notify_by_pspec (G_OBJECT (self), klass->field_pspecs[i]);
}

gint64
ct_record_get_int (CtRecord   *self,
                   const char *field)
{
  int i;

  g_return_val_if_fail (CT_IS_RECORD (self), 0);
  if ((i = field_index (self, field)) < 0)
    return 0;
  return ensure_slots (self)[i].number;
}

void
ct_record_set_int (CtRecord   *self,
                   const char *field,
                   gint64      value)
{
  CtRecordClass *klass;
  int i;

  g_return_if_fail (CT_IS_RECORD (self));
  klass = CT_RECORD_GET_CLASS (self);
  if ((i = field_index (self, field)) < 0)
    return;
  if (is_text (&klass->table->fields[i]))
    g_object_set (self, field, value, NULL);   /* complains of the type */
  else if (set_number (self, (guint) i, value))
    g_object_notify_by_pspec (G_OBJECT (self), klass->field_pspecs[i]);
}

gboolean
ct_record_validate (CtRecord  *self,
                    GError   **error)
{
  CtRecordClass *klass;

  g_return_val_if_fail (CT_IS_RECORD (self), FALSE);
  klass = CT_RECORD_GET_CLASS (self);
  return klass->validate ? klass->validate (self, error) : TRUE;
}

char *
ct_record_dup_label (CtRecord *self)
{
  g_return_val_if_fail (CT_IS_RECORD (self), NULL);
  return CT_RECORD_GET_CLASS (self)->dup_label (self);
}

CtRecord *
ct_record_copy (CtRecord *self)
{
  CtRecordPrivate *priv = ct_record_get_instance_private (self);
  CtRecordPrivate *cpriv;
  const CtTableInfo *table;
  CtRecord *copy;
  const Slot *from;

  g_return_val_if_fail (CT_IS_RECORD (self), NULL);
  table = ct_record_get_table (self);
  copy = g_object_new (G_OBJECT_TYPE (self), NULL);
  cpriv = ct_record_get_instance_private (copy);
  from = ensure_slots (self);
  ensure_slots (copy);
  for (guint i = 0; i < table->n_fields; i++)
    {
      if (!is_text (&table->fields[i]))
        cpriv->slots[i].number = from[i].number;
      else if (from[i].text[0] != '\0')
        take_text (cpriv, i, g_strdup (from[i].text));
    }
  ct_record_load_meta (copy, priv->id, priv->version, priv->created_at, priv->updated_at);
  return copy;
}

void
ct_record_assign (CtRecord *self,
                  CtRecord *from)
{
  CtRecordPrivate *fpriv = ct_record_get_instance_private (from);
  const CtTableInfo *table;
  const Slot *src;

  g_return_if_fail (CT_IS_RECORD (self) && CT_IS_RECORD (from));
  g_return_if_fail (G_OBJECT_TYPE (self) == G_OBJECT_TYPE (from));

  table = ct_record_get_table (self);
  src = ensure_slots (from);
  g_object_freeze_notify (G_OBJECT (self));
  for (guint i = 0; i < table->n_fields; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      if (is_text (&table->fields[i]))
        g_value_set_static_string (g_value_init (&value, G_TYPE_STRING), src[i].text);
      else
        g_value_set_int64 (g_value_init (&value, G_TYPE_INT64), src[i].number);
      g_object_set_property (G_OBJECT (self), table->fields[i].name, &value);
    }
  ct_record_set_meta (self, fpriv->id, fpriv->version, fpriv->created_at, fpriv->updated_at);
  g_object_thaw_notify (G_OBJECT (self));
}

gboolean
ct_record_equal_values (CtRecord *a,
                        CtRecord *b)
{
  const CtTableInfo *table;
  const Slot *va, *vb;

  g_return_val_if_fail (CT_IS_RECORD (a) && CT_IS_RECORD (b), FALSE);
  if (G_OBJECT_TYPE (a) != G_OBJECT_TYPE (b))
    return FALSE;
  table = ct_record_get_table (a);
  va = ensure_slots (a);
  vb = ensure_slots (b);
  for (guint i = 0; i < table->n_fields; i++)
    {
      if (is_text (&table->fields[i])
          ? !g_str_equal (va[i].text, vb[i].text)
          : va[i].number != vb[i].number)
        return FALSE;
    }
  return TRUE;
}

char *
ct_record_to_json (CtRecord *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  const CtTableInfo *table;
  const Slot *values;

  g_return_val_if_fail (CT_IS_RECORD (self), NULL);
  table = ct_record_get_table (self);
  values = ensure_slots (self);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, ct_record_get_id (self));
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, ct_record_get_version (self));
  for (guint i = 0; i < table->n_fields; i++)
    {
      const CtField *f = &table->fields[i];

      json_builder_set_member_name (builder, f->name);
      if (f->type == CT_FIELD_TEXT)
        json_builder_add_string_value (builder, values[i].text);
      else if (f->type == CT_FIELD_DATE && *values[i].text != '\0')
        json_builder_add_string_value (builder, values[i].text);
      else if (f->type == CT_FIELD_INT
               || ((f->type == CT_FIELD_REF || f->type == CT_FIELD_OPT_INT)
                   && values[i].number != 0))
        json_builder_add_int_value (builder, values[i].number);
      else
        json_builder_add_null_value (builder);
    }
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  return json_to_string (root, FALSE);
}
