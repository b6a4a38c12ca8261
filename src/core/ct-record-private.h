/* ct-record-private.h — for the stores of libcaretaker-core only
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-record.h"

G_BEGIN_DECLS

/* Sets field @index of a record that nobody has seen yet (being read from the
 * file): no trimming, no notification — the list pages read thousands. @text
 * is used for text and date fields, @number for the others. */
void ct_record_load_field (CtRecord   *self,
                           guint       index,
                           const char *text,
                           gint64      number);

G_END_DECLS
