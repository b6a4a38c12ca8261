/* ct-sla-target-editor.h — one SLA target: an amount and its unit/clock
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "ct-work-calendar.h"

G_BEGIN_DECLS

#define CT_TYPE_SLA_TARGET_EDITOR (ct_sla_target_editor_get_type ())
G_DECLARE_FINAL_TYPE (CtSlaTargetEditor, ct_sla_target_editor, CT, SLA_TARGET_EDITOR, GtkWidget)

/* The units offered: the clock is part of the unit ("15 business hours"). */
typedef enum
{
  CT_SLA_UNIT_MINUTES,            /* 24×7 */
  CT_SLA_UNIT_HOURS,              /* 24×7 */
  CT_SLA_UNIT_BUSINESS_MINUTES,
  CT_SLA_UNIT_BUSINESS_HOURS,
  CT_SLA_UNIT_WORKDAYS,
} CtSlaUnit;

GtkWidget  *ct_sla_target_editor_new        (void);
/* Shows @amount (minutes, or days on CT_SLA_CLOCK_WORKDAYS; 0 = no target)
 * in the largest whole unit. */
void        ct_sla_target_editor_set        (CtSlaTargetEditor *self,
                                             gint64             amount,
                                             CtSlaClock         clock);
/* The amount as stored: minutes, or days on CT_SLA_CLOCK_WORKDAYS. */
gint64      ct_sla_target_editor_get_amount (CtSlaTargetEditor *self);
CtSlaClock  ct_sla_target_editor_get_clock  (CtSlaTargetEditor *self);
/* What the user sees: a number (0 = no target) in @unit. */
void        ct_sla_target_editor_set_value  (CtSlaTargetEditor *self,
                                             guint              value,
                                             CtSlaUnit          unit);

G_END_DECLS
