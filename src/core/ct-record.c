/* ct-record.c — a row of a table as a GObject whose properties are its fields
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-record"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "ct-error.h"
#include "ct-record-private.h"

typedef struct
{
  GValue *values;   /* one per field of the class's table */
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

static GType
field_gtype (CtFieldType type)
{
  switch (type)
    {
    case CT_FIELD_INT:
    case CT_FIELD_REF:
    case CT_FIELD_OPT_INT:
      return G_TYPE_INT64;
    case CT_FIELD_TEXT:
    case CT_FIELD_DATE:
    default:
      return G_TYPE_STRING;
    }
}

static GValue *
ensure_values (CtRecord *self)
{
  CtRecordPrivate *priv = ct_record_get_instance_private (self);
  const CtTableInfo *table = CT_RECORD_GET_CLASS (self)->table;

  g_assert (table != NULL);
  if (priv->values == NULL)
    {
      priv->values = g_new0 (GValue, table->n_fields);
      for (guint i = 0; i < table->n_fields; i++)
        {
          g_value_init (&priv->values[i], field_gtype (table->fields[i].type));
          if (G_VALUE_HOLDS_STRING (&priv->values[i]))
            g_value_set_static_string (&priv->values[i], "");
        }
    }
  return priv->values;
}

static int
field_index (CtRecord   *self,
             const char *field)
{
  const CtTableInfo *table = CT_RECORD_GET_CLASS (self)->table;

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
  GValue *values = ensure_values (CT_RECORD (object));

  g_value_copy (&values[prop_id - 1], value);
}

static void
field_set_property (GObject      *object,
                    guint         prop_id,
                    const GValue *value,
                    GParamSpec   *pspec)
{
  CtRecord *self = CT_RECORD (object);
  GValue *slot = &ensure_values (self)[prop_id - 1];

  if (G_VALUE_HOLDS_STRING (slot))
    {
      g_autofree char *text = g_strstrip (g_strdup (g_value_get_string (value) ?: ""));

      if (g_strcmp0 (text, g_value_get_string (slot)) == 0)
        return;
      g_value_take_string (slot, g_steal_pointer (&text));
    }
  else
    {
      if (g_value_get_int64 (slot) == g_value_get_int64 (value))
        return;
      g_value_set_int64 (slot, g_value_get_int64 (value));
    }
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

  if (priv->values)
    {
      for (guint i = 0; i < CT_RECORD_GET_CLASS (self)->table->n_fields; i++)
        g_value_unset (&priv->values[i]);
      g_free (priv->values);
    }
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

  klass->table = table;
  object_class->get_property = field_get_property;
  object_class->set_property = field_set_property;
  for (guint i = 0; i < table->n_fields; i++)
    {
      const CtField *f = &table->fields[i];
      GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_NICK
                          | G_PARAM_STATIC_BLURB; /* names with "_" are copied */
      GParamSpec *pspec;

      if (field_gtype (f->type) == G_TYPE_STRING)
        pspec = g_param_spec_string (f->name, NULL, NULL, "", flags);
      else
        pspec = g_param_spec_int64 (f->name, NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
      g_object_class_install_property (object_class, i + 1, pspec);
    }
}

void
ct_record_load_field (CtRecord   *self,
                      guint       index,
                      const char *text,
                      gint64      number)
{
  GValue *slot = &ensure_values (self)[index];

  if (G_VALUE_HOLDS_STRING (slot))
    g_value_set_string (slot, text ? text : "");
  else
    g_value_set_int64 (slot, number);
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
  return g_value_get_string (&ensure_values (self)[i]);
}

void
ct_record_set_string (CtRecord   *self,
                      const char *field,
                      const char *value)
{
  g_return_if_fail (CT_IS_RECORD (self));
  g_object_set (self, field, value, NULL);
}

gint64
ct_record_get_int (CtRecord   *self,
                   const char *field)
{
  int i;

  g_return_val_if_fail (CT_IS_RECORD (self), 0);
  if ((i = field_index (self, field)) < 0)
    return 0;
  return g_value_get_int64 (&ensure_values (self)[i]);
}

void
ct_record_set_int (CtRecord   *self,
                   const char *field,
                   gint64      value)
{
  g_return_if_fail (CT_IS_RECORD (self));
  g_object_set (self, field, value, NULL);
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
  const CtTableInfo *table;
  CtRecord *copy;
  GValue *from, *to;

  g_return_val_if_fail (CT_IS_RECORD (self), NULL);
  table = ct_record_get_table (self);
  copy = g_object_new (G_OBJECT_TYPE (self), NULL);
  from = ensure_values (self);
  to = ensure_values (copy);
  for (guint i = 0; i < table->n_fields; i++)
    g_value_copy (&from[i], &to[i]);
  ct_record_set_meta (copy, priv->id, priv->version, priv->created_at, priv->updated_at);
  return copy;
}

void
ct_record_assign (CtRecord *self,
                  CtRecord *from)
{
  CtRecordPrivate *fpriv = ct_record_get_instance_private (from);
  const CtTableInfo *table;
  GValue *src;

  g_return_if_fail (CT_IS_RECORD (self) && CT_IS_RECORD (from));
  g_return_if_fail (G_OBJECT_TYPE (self) == G_OBJECT_TYPE (from));

  table = ct_record_get_table (self);
  src = ensure_values (from);
  g_object_freeze_notify (G_OBJECT (self));
  for (guint i = 0; i < table->n_fields; i++)
    g_object_set_property (G_OBJECT (self), table->fields[i].name, &src[i]);
  ct_record_set_meta (self, fpriv->id, fpriv->version, fpriv->created_at, fpriv->updated_at);
  g_object_thaw_notify (G_OBJECT (self));
}

gboolean
ct_record_equal_values (CtRecord *a,
                        CtRecord *b)
{
  const CtTableInfo *table;
  GValue *va, *vb;

  g_return_val_if_fail (CT_IS_RECORD (a) && CT_IS_RECORD (b), FALSE);
  if (G_OBJECT_TYPE (a) != G_OBJECT_TYPE (b))
    return FALSE;
  table = ct_record_get_table (a);
  va = ensure_values (a);
  vb = ensure_values (b);
  for (guint i = 0; i < table->n_fields; i++)
    {
      if (G_VALUE_HOLDS_STRING (&va[i])
          ? g_strcmp0 (g_value_get_string (&va[i]), g_value_get_string (&vb[i])) != 0
          : g_value_get_int64 (&va[i]) != g_value_get_int64 (&vb[i]))
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
  GValue *values;

  g_return_val_if_fail (CT_IS_RECORD (self), NULL);
  table = ct_record_get_table (self);
  values = ensure_values (self);
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
        json_builder_add_string_value (builder, g_value_get_string (&values[i]));
      else if (f->type == CT_FIELD_DATE && *g_value_get_string (&values[i]) != '\0')
        json_builder_add_string_value (builder, g_value_get_string (&values[i]));
      else if (f->type == CT_FIELD_INT
               || ((f->type == CT_FIELD_REF || f->type == CT_FIELD_OPT_INT)
                   && g_value_get_int64 (&values[i]) != 0))
        json_builder_add_int_value (builder, g_value_get_int64 (&values[i]));
      else
        json_builder_add_null_value (builder);
    }
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  return json_to_string (root, FALSE);
}
