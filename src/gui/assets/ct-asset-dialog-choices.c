/* ct-asset-dialog-choices.c — the keys and labels of an editor's drop-downs:
 * vocabularies and records by id
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-asset-dialog"

#include "config.h"

#include "ct-asset-dialog-private.h"

CtAssetChoices *
ct_asset_choices_new (void)
{
  CtAssetChoices *choices = g_new0 (CtAssetChoices, 1);

  /* Both stay NULL-terminated: items go in before the last slot. */
  choices->keys = g_ptr_array_new_with_free_func (g_free);
  choices->labels = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (choices->keys, NULL);
  g_ptr_array_add (choices->labels, NULL);
  return choices;
}

void
ct_asset_choices_free (CtAssetChoices *choices)
{
  g_ptr_array_unref (choices->keys);
  g_ptr_array_unref (choices->labels);
  g_free (choices);
}

void
ct_asset_choices_add (CtAssetChoices *choices,
                      const char     *key,
                      const char     *label)
{
  g_ptr_array_insert (choices->keys, choices->keys->len - 1, g_strdup (key));
  g_ptr_array_insert (choices->labels, choices->labels->len - 1, g_strdup (label));
}

void
ct_asset_choices_add_id (CtAssetChoices *choices,
                         gint64          id,
                         const char     *label)
{
  g_autofree char *key = g_strdup_printf ("%" G_GINT64_FORMAT, id);

  ct_asset_choices_add (choices, key, label);
}

GtkWidget *
ct_asset_dialog_add_choices (CtAssetDialog  *self,
                             const char     *name,
                             const char     *label,
                             CtAssetChoices *choices,
                             const char     *selected)
{
  return ct_asset_dialog_add_choice (self, name, label,
                                     (const char *const *) choices->keys->pdata,
                                     (const char *const *) choices->labels->pdata, selected);
}

void
ct_asset_dialog_set_choices_from (CtAssetDialog  *self,
                                  const char     *name,
                                  CtAssetChoices *choices,
                                  const char     *selected)
{
  ct_asset_dialog_set_choices (self, name, (const char *const *) choices->keys->pdata,
                               (const char *const *) choices->labels->pdata, selected);
}

/* A vocabulary's keys and their labels. */
CtAssetChoices *
ct_asset_choices_new_vocab (const char *const  *keys,
                            const char        *(*label) (const char *key))
{
  CtAssetChoices *choices = ct_asset_choices_new ();

  for (guint i = 0; keys[i] != NULL; i++)
    ct_asset_choices_add (choices, keys[i], label (keys[i]));
  return choices;
}

CtAssetChoices *
ct_asset_choices_new_records (GListModel *records,
                              const char *none_label,
                              const char *field,
                              gint64      value)
{
  CtAssetChoices *choices = ct_asset_choices_new ();

  ct_asset_choices_add (choices, "0", none_label);
  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(CtRecord) record = g_list_model_get_item (records, i);
      g_autofree char *label = NULL;

      if (field != NULL && ct_record_get_int (record, field) != value)
        continue;
      label = ct_record_dup_label (record);
      ct_asset_choices_add_id (choices, ct_record_get_id (record), label);
    }
  return choices;
}
