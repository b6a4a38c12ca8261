/* ct-filter-util.h — the drop-downs of a filter bar: filled from a
 * vocabulary or a list of messages, read back as a key
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The words shown for @key of a vocabulary ("in_service": "In service"). */
typedef const char *(*CtFilterLabelFunc) (const char *key);

void        ct_filter_dropdown_set_strings (GtkDropDown       *dropdown,
                                            GPtrArray         *strings);
void        ct_filter_dropdown_fill_keys   (GtkDropDown       *dropdown,
                                            const char        *first,
                                            const char        *second,
                                            const char *const *keys,
                                            CtFilterLabelFunc  label);
void        ct_filter_dropdown_fill_msgids (GtkDropDown       *dropdown,
                                            const char *const *msgids);
const char *ct_filter_dropdown_get_key     (GtkDropDown       *dropdown,
                                            const char *const *keys,
                                            guint              skip);

G_END_DECLS
