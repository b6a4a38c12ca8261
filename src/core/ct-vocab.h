/* ct-vocab.h — small vocabularies: keys as stored, translated labels, aliases
 *
 * A vocabulary is a static array of CtTerm. Labels are marked with N_() and
 * translated when asked for; aliases are the words people type in imports
 * (报修, 電梯 …), '|'-separated and matched exactly.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  const char *key;
  const char *label;     /* N_() */
  const char *aliases;   /* '|'-separated, not translated */
} CtTerm;

/* The keys of @terms, NULL-terminated, in a static array filled once:
 * @keys must have room for @n + 1 entries. */
const char *const *ct_vocab_keys      (const CtTerm *terms,
                                       guint         n,
                                       const char  **keys);
/* The translated label of @key, or NULL when unknown. */
const char        *ct_vocab_label     (const CtTerm *terms,
                                       guint         n,
                                       const char   *key);
/* The key for @text: the key itself, the English or translated label (any
 * case) or an alias; NULL when unknown. */
const char        *ct_vocab_from_text (const CtTerm *terms,
                                       guint         n,
                                       const char   *text);

/* Defines NAME (void) returning the keys of the static array TERMS. */
#define CT_VOCAB_KEYS_FUNC(name, terms) \
  const char *const *name (void) \
  { \
    static const char *keys[G_N_ELEMENTS (terms) + 1]; \
    return ct_vocab_keys (terms, G_N_ELEMENTS (terms), keys); \
  }

G_END_DECLS
