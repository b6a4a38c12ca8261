/* ct-ticket-store-private.h — shared by the parts of CtTicketStore
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-database-private.h"
#include "ct-record-store-private.h"
#include "ct-ticket-store.h"

G_BEGIN_DECLS

struct _CtTicketStore
{
  GObject               parent_instance;
  CtOrganisation       *org;
  CtDatabase           *db;
  CtRecordStore        *tickets;     /* not kept loaded: 1M rows */
  CtRecordStore        *policies;
  GHashTable           *calendars;   /* site id → CtWorkCalendar */
  CtTicketEligibleFunc  eligible;
  gpointer              eligible_data;
  GDestroyNotify        eligible_destroy;
};

/* One change of a ticket: @copy carries the new values; the event describes it. */
typedef struct
{
  CtTicketStore *self;
  CtTicket      *copy;
  const char    *actor;
  const char    *event;        /* ticket_events.type */
  const char    *from_status;
  const char    *reason;
  char          *detail;       /* JSON or NULL */
  gboolean       text_changed; /* search index needs the new text */
  CtRecord      *before;       /* the stored row before the change (for the index) */
} CtTicketChange;

gint64   ct_ticket_store_now            (CtTicketStore  *self);
gboolean ct_ticket_store_insert_event   (CtTicketStore  *self,
                                         gint64          ticket_id,
                                         const char     *actor,
                                         const char     *type,
                                         const char     *from_status,
                                         const char     *to_status,
                                         const char     *reason,
                                         const char     *detail,
                                         GError        **error);
gboolean ct_ticket_store_insert_event_at (CtTicketStore *self,
                                         gint64          at,
                                         gint64          ticket_id,
                                         const char     *actor,
                                         const char     *type,
                                         const char     *from_status,
                                         const char     *to_status,
                                         const char     *reason,
                                         const char     *detail,
                                         GError        **error);
gboolean ct_ticket_store_index_text     (CtTicketStore  *self,
                                         CtRecord       *ticket,
                                         gboolean        remove,
                                         GError        **error);
gboolean ct_ticket_store_insert_link    (CtTicketStore  *self,
                                         gint64          from,
                                         gint64          to,
                                         const char     *type,
                                         GError        **error);
/* Deadlines from the policy, the site's calendar and the ticket's closed
 * pauses (from its timeline). */
gboolean ct_ticket_store_compute_deadlines (CtTicketStore *self,
                                         CtTicket       *ticket,
                                         GError        **error);
/* Creating tickets (ct-ticket-create.c), shared by ct_ticket_store_create ()
 * and the bulk writer of imports (ct-ticket-import-bulk.c). */

/* A complaint repeats one of the same unit and category made this long before. */
#define CT_TICKET_REPEAT_WINDOW (30 * 24 * 3600)
#define CT_TICKET_MAX_HISTORY   8

/* One row of a new ticket's timeline. */
typedef struct
{
  gint64      at;
  const char *type;
  const char *to_status;  /* "new" for "created", else NULL */
  char        reason[8];  /* the satisfaction score of "visited", else "" */
} CtTicketHistoryEvent;

/* Status "new", @actor as owner and now as creation time, where @ticket has none. */
void     ct_ticket_store_fill_new       (CtTicketStore  *self,
                                         CtTicket       *ticket,
                                         const char     *actor);
/* Inside the write, before the insert: the number (when @ticket has none),
 * site, building and address from the unit, the deadlines, and repeat_of_id
 * (the stored complaint it repeats; its creation time in @repeat_created_at,
 * which may be NULL). */
gboolean ct_ticket_store_prepare_new    (CtTicketStore  *self,
                                         CtTicket       *ticket,
                                         gint64         *repeat_created_at,
                                         GError        **error);
/* Whether @ticket is a kind that may repeat an earlier one (a complaint about a unit). */
gboolean ct_ticket_store_may_repeat     (CtRecord       *ticket);
/* The timeline of a new ticket: "created", then one event per time of its
 * history (an import's); returns how many of @events it filled. */
guint    ct_ticket_store_history_of     (CtTicket       *ticket,
                                         CtTicketHistoryEvent *events);

/* Saves @change->copy (version-checked) with its timeline event; on success
 * @ticket takes the new values. */
gboolean ct_ticket_store_commit         (CtTicketStore  *self,
                                         CtTicket       *ticket,
                                         CtTicketChange *change,
                                         GError        **error);

G_END_DECLS
