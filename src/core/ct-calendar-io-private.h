/* ct-calendar-io-private.h — the days an import has read so far
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-calendar-io.h"

G_BEGIN_DECLS

typedef struct _CtDayList CtDayList;

CtDayList *ct_day_list_new   (void);
void       ct_day_list_free  (CtDayList               *self);
/* Records @day (YYYY-MM-DD) as @type; fails with CT_IMPORT_ERROR_VALUE when
 * the file already listed it as the other type. @where names the place in
 * the file ("Line 3", "Event “春节”"). */
gboolean   ct_day_list_add   (CtDayList               *self,
                              const char              *day,
                              const char              *type,
                              const char              *name,
                              const char              *where,
                              GError                 **error);
/* Fails with CT_IMPORT_ERROR_EMPTY when nothing was read. */
gboolean   ct_day_list_apply (CtDayList               *self,
                              CtWorkCalendar          *calendar,
                              CtCalendarImportCounts  *counts,
                              GError                 **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtDayList, ct_day_list_free)

G_END_DECLS
