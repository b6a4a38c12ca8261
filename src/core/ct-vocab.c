/* ct-vocab.c — small vocabularies with translated labels and aliases
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-vocab"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-vocab.h"

const char *const *
ct_vocab_keys (const CtTerm *terms,
               guint         n,
               const char  **keys)
{
  /* Filled once, first entry last; concurrent callers write the same values. */
  if (keys[0] == NULL)
    {
      for (guint i = 1; i < n; i++)
        keys[i] = terms[i].key;
      keys[n] = NULL;
      keys[0] = terms[0].key;
    }
  return keys;
}

const char *
ct_vocab_label (const CtTerm *terms,
                guint         n,
                const char   *key)
{
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (terms[i].key, key) == 0)
      return _(terms[i].label);
  return NULL;
}

const char *
ct_vocab_from_text (const CtTerm *terms,
                    guint         n,
                    const char   *text)
{
  g_autofree char *trimmed = NULL;
  g_autofree char *folded = NULL;

  if (text == NULL)
    return NULL;
  trimmed = g_strstrip (g_strdup (text));
  folded = g_utf8_casefold (trimmed, -1);
  for (guint i = 0; i < n; i++)
    {
      g_auto(GStrv) aliases = g_strsplit (terms[i].aliases, "|", -1);
      g_autofree char *english = g_utf8_casefold (terms[i].label, -1);
      g_autofree char *local = g_utf8_casefold (_(terms[i].label), -1);

      if (g_str_equal (folded, terms[i].key) || g_str_equal (folded, english)
          || g_str_equal (folded, local)
          || g_strv_contains ((const char *const *) aliases, trimmed))
        return terms[i].key;
    }
  return NULL;
}
