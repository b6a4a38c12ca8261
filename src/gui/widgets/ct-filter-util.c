/* ct-filter-util.c — the drop-downs of a filter bar: filled from a
 * vocabulary or a list of messages, read back as a key
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-filter"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-filter-util.h"

/* @strings (NULL-terminated here) become the items of @dropdown. */
void
ct_filter_dropdown_set_strings (GtkDropDown *dropdown,
                                GPtrArray   *strings)
{
  g_autoptr(GtkStringList) model = NULL;

  g_return_if_fail (GTK_IS_DROP_DOWN (dropdown));
  g_return_if_fail (strings != NULL);

  g_ptr_array_add (strings, NULL);
  model = gtk_string_list_new ((const char *const *) strings->pdata);
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (model));   /* the dropdown keeps it */
}

/* @first and @second (NULL: none), then the label of each of @keys. */
void
ct_filter_dropdown_fill_keys (GtkDropDown       *dropdown,
                              const char        *first,
                              const char        *second,
                              const char *const *keys,
                              CtFilterLabelFunc  label)
{
  g_autoptr(GPtrArray) strings = g_ptr_array_new ();

  g_return_if_fail (keys != NULL && label != NULL);

  if (first != NULL)
    g_ptr_array_add (strings, (gpointer) first);
  if (second != NULL)
    g_ptr_array_add (strings, (gpointer) second);
  for (const char *const *k = keys; *k != NULL; k++)
    g_ptr_array_add (strings, (gpointer) label (*k));
  ct_filter_dropdown_set_strings (dropdown, strings);
}

/* Each of @msgids (marked with N_()), translated. */
void
ct_filter_dropdown_fill_msgids (GtkDropDown       *dropdown,
                                const char *const *msgids)
{
  g_autoptr(GPtrArray) strings = g_ptr_array_new ();

  g_return_if_fail (msgids != NULL);

  for (guint i = 0; msgids[i] != NULL; i++)
    g_ptr_array_add (strings, (gpointer) _(msgids[i]));
  ct_filter_dropdown_set_strings (dropdown, strings);
}

/* The key of @keys at the selected item - @skip, or NULL (the first @skip
 * items: "all" and such). */
const char *
ct_filter_dropdown_get_key (GtkDropDown       *dropdown,
                            const char *const *keys,
                            guint              skip)
{
  guint selected;

  g_return_val_if_fail (GTK_IS_DROP_DOWN (dropdown), NULL);
  g_return_val_if_fail (keys != NULL, NULL);

  selected = gtk_drop_down_get_selected (dropdown);
  if (selected == GTK_INVALID_LIST_POSITION || selected < skip
      || selected - skip >= g_strv_length ((char **) keys))
    return NULL;
  return keys[selected - skip];
}
